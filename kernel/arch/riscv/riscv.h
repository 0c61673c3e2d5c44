/* RISC-V supervisor-mode CSRs and instructions, as inline functions, with
 * the bit and cause numbers of the privileged specification named. */
#ifndef RISCV_H
#define RISCV_H
#include "lib/types.h"

#define SSTATUS_SIE (1UL << 1)  /* supervisor interrupts enabled */
#define SSTATUS_SPIE (1UL << 5) /* SIE before the trap */
#define SSTATUS_SPP (1UL << 8)  /* previous mode: 1 = S, 0 = U */
#define SSTATUS_SUM (1UL << 18) /* S-mode may touch U pages */

#define SIE_SSIE (1UL << 1) /* software (IPI) */
#define SIE_STIE (1UL << 5) /* timer */
#define SIE_SEIE (1UL << 9) /* external (PLIC) */
#define SIP_SSIP (1UL << 1)

#define SCAUSE_INTERRUPT (1UL << 63)
#define IRQ_S_SOFT 1
#define IRQ_S_TIMER 5
#define IRQ_S_EXT 9

#define SCAUSE_INSN_MISALIGNED 0
#define SCAUSE_INSN_ACCESS 1
#define SCAUSE_ILLEGAL_INSN 2
#define SCAUSE_BREAKPOINT 3
#define SCAUSE_LOAD_MISALIGNED 4
#define SCAUSE_LOAD_ACCESS 5
#define SCAUSE_STORE_MISALIGNED 6
#define SCAUSE_STORE_ACCESS 7
#define SCAUSE_ECALL_U 8
#define SCAUSE_INSN_PAGE_FAULT 12
#define SCAUSE_LOAD_PAGE_FAULT 13
#define SCAUSE_STORE_PAGE_FAULT 15

#define SCOUNTEREN_TM (1UL << 1) /* user may read the time CSR */

#define SATP_MODE_SV39 (8UL << 60)
#define SATP_ASID_SHIFT 44
#define SATP_ASID_MASK 0xFFFFUL

#define csr_read(csr)                                                                              \
  ({                                                                                               \
    uint64 __v;                                                                                    \
    __asm__ volatile("csrr %0, " #csr : "=r"(__v));                                                \
    __v;                                                                                           \
  })
#define csr_write(csr, val) __asm__ volatile("csrw " #csr ", %0" ::"rK"(val))
#define csr_set(csr, bits) __asm__ volatile("csrs " #csr ", %0" ::"rK"(bits))
#define csr_clear(csr, bits) __asm__ volatile("csrc " #csr ", %0" ::"rK"(bits))

static inline void intr_on(void) { csr_set(sstatus, SSTATUS_SIE); }
static inline void intr_off(void) { csr_clear(sstatus, SSTATUS_SIE); }
static inline bool intr_get(void) { return (csr_read(sstatus) & SSTATUS_SIE) != 0; }

static inline uint64 r_tp(void) {
  uint64 x;
  __asm__ volatile("mv %0, tp" : "=r"(x));
  return x;
}
static inline void w_tp(uint64 x) { __asm__ volatile("mv tp, %0" ::"r"(x)); }
static inline uint64 r_sp(void) {
  uint64 x;
  __asm__ volatile("mv %0, sp" : "=r"(x));
  return x;
}
static inline uint64 r_fp(void) {
  uint64 x;
  __asm__ volatile("mv %0, s0" : "=r"(x));
  return x;
}
static inline uint64 r_time(void) { return csr_read(time); }

/* Flush this hart's TLB entries: all of them, or those of one address. */
static inline void sfence_vma_all(void) { __asm__ volatile("sfence.vma zero, zero" ::: "memory"); }
static inline void sfence_vma_page(uint64 va) {
  __asm__ volatile("sfence.vma %0, zero" ::"r"(va) : "memory");
}
/* Flush the non-global entries of one ASID (kernel mappings are global). */
static inline void sfence_vma_asid(uint64 asid) {
  __asm__ volatile("sfence.vma zero, %0" ::"r"(asid) : "memory");
}
static inline void wfi(void) { __asm__ volatile("wfi"); }

#endif
