/* Calls into the SBI firmware (OpenSBI): timer, IPIs, remote fences, hart
 * start, shutdown. Extension and function ids from the SBI specification. */
#ifndef SBI_H
#define SBI_H
#include "lib/types.h"

#define SBI_EXT_BASE 0x10
#define SBI_EXT_TIME 0x54494D45
#define SBI_EXT_IPI 0x735049
#define SBI_EXT_RFENCE 0x52464E43
#define SBI_EXT_HSM 0x48534D
#define SBI_EXT_SRST 0x53525354

/* Function ids, each within its extension. */
#define SBI_BASE_PROBE_EXTENSION 3
#define SBI_TIME_SET_TIMER 0
#define SBI_IPI_SEND_IPI 0
#define SBI_RFENCE_REMOTE_SFENCE_VMA 1
#define SBI_HSM_HART_START 0
#define SBI_SRST_SYSTEM_RESET 0
#define SBI_SRST_TYPE_SHUTDOWN 0
#define SBI_SRST_REASON_NONE 0
#define SBI_SRST_REASON_FAILURE 1

struct sbiret {
  long error; /* 0 = success */
  long value;
};

struct sbiret sbi_call(uint64 ext, uint64 fid, uint64 a0, uint64 a1, uint64 a2);
bool sbi_probe(uint64 ext);
void sbi_set_timer(uint64 stime);
void sbi_send_ipi(uint64 hart_mask, uint64 hart_mask_base);
void sbi_remote_sfence_vma(uint64 hart_mask, uint64 hart_mask_base, uint64 start, uint64 size);
long sbi_hart_start(uint64 hartid, uint64 start_pa, uint64 opaque);
void sbi_shutdown(bool failure) __attribute__((noreturn));

#endif
