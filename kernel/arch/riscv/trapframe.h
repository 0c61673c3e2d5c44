/* Saved register layouts shared by C and assembly; the offsets the assembly
 * uses are checked at compile time in trap.c. */
#ifndef TRAPFRAME_H
#define TRAPFRAME_H
#ifndef __ASSEMBLER__
#include "lib/types.h"
#endif

#ifndef __ASSEMBLER__
/* User registers, saved at the top of the thread's kernel stack on every
 * trap from user mode. x[i] holds register xi (x[0] is unused). */
struct trapframe {
  uint64 x[32];
  uint64 epc;       /* user pc */
  uint64 kernel_tp; /* this hart's struct cpu *, reloaded on entry */
  uint64 kernel_sp; /* where the kernel stack starts below this frame */
  uint64 pad;       /* keeps the frame a multiple of 16 bytes */
};
#endif
#define TF_EPC 256
#define TF_KTP 264
#define TF_KSP 272
#define TF_SIZE 288

#define REG_RA 1
#define REG_SP 2
#define REG_A0 10
#define REG_A1 11
#define REG_A7 17

#ifndef __ASSEMBLER__
/* Callee-saved registers, saved by swtch. */
struct context {
  uint64 ra;
  uint64 sp;
  uint64 s[12];
};
#endif

#endif
