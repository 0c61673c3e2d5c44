/* Trap handling: system calls, faults and interrupts, from user or kernel. */
#ifndef TRAP_H
#define TRAP_H
#include "lib/types.h"

/* Per-hart trap setup: stvec, interrupt enables, user access to time, the
 * first timer tick. */
void trap_init_hart(void);
/* Returns to user mode with the current thread's saved registers. */
void user_trap_return(void) __attribute__((noreturn));

#endif
