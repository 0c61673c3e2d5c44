/* SBI calls: ecall with a7 = extension, a6 = function, a0..a5 = arguments;
 * the firmware answers a0 = error, a1 = value. */
#include "arch/riscv/sbi.h"

struct sbiret sbi_call(uint64 ext, uint64 fid, uint64 a0, uint64 a1, uint64 a2) {
  register uint64 r0 __asm__("a0") = a0;
  register uint64 r1 __asm__("a1") = a1;
  register uint64 r2 __asm__("a2") = a2;
  register uint64 r6 __asm__("a6") = fid;
  register uint64 r7 __asm__("a7") = ext;
  __asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r6), "r"(r7) : "memory");
  return (struct sbiret){.error = (long)r0, .value = (long)r1};
}

bool sbi_probe(uint64 ext) {
  struct sbiret r = sbi_call(SBI_EXT_BASE, SBI_BASE_PROBE_EXTENSION, ext, 0, 0);
  return r.error == 0 && r.value != 0;
}

void sbi_set_timer(uint64 stime) { sbi_call(SBI_EXT_TIME, SBI_TIME_SET_TIMER, stime, 0, 0); }

void sbi_send_ipi(uint64 hart_mask, uint64 hart_mask_base) {
  sbi_call(SBI_EXT_IPI, SBI_IPI_SEND_IPI, hart_mask, hart_mask_base, 0);
}

/* Fences the given harts' TLBs for [start, start+size); size -1 = all. */
void sbi_remote_sfence_vma(uint64 hart_mask, uint64 hart_mask_base, uint64 start, uint64 size) {
  register uint64 r0 __asm__("a0") = hart_mask;
  register uint64 r1 __asm__("a1") = hart_mask_base;
  register uint64 r2 __asm__("a2") = start;
  register uint64 r3 __asm__("a3") = size;
  register uint64 r6 __asm__("a6") = SBI_RFENCE_REMOTE_SFENCE_VMA;
  register uint64 r7 __asm__("a7") = SBI_EXT_RFENCE;
  __asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r3), "r"(r6), "r"(r7) : "memory");
}

long sbi_hart_start(uint64 hartid, uint64 start_pa, uint64 opaque) {
  return sbi_call(SBI_EXT_HSM, SBI_HSM_HART_START, hartid, start_pa, opaque).error;
}

void sbi_shutdown(bool failure) {
  sbi_call(SBI_EXT_SRST, SBI_SRST_SYSTEM_RESET, SBI_SRST_TYPE_SHUTDOWN,
           failure ? SBI_SRST_REASON_FAILURE : SBI_SRST_REASON_NONE, 0);
  for (;;)
    __asm__ volatile("wfi");
}
