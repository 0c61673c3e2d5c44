/* Scheduler internals shared by proc/ files. */
#ifndef SCHED_H
#define SCHED_H
#include "proc/proc.h"
#include "arch/riscv/atomic.h"

#define KSTACK_CANARY 0x6b73746b63616e61UL /* at the base of each kernel stack */

extern struct thread threads[NTHREAD];
/* Every thread slot ever taken lies below threads_end: it only grows
 * (thread_alloc raises it under the new slot's lock, before the slot
 * leaves T_UNUSED), so scans for threads in use stop there and cost what
 * the system has used, not NTHREAD. Read relaxed: whoever scans for a
 * thread learned of it through a lock released after the raise. */
extern int threads_end;

/* *end = max(*end, n) with one AMO; relaxed (see threads_end). */
static inline void slots_end_raise(int *end, int n) { atomic_max32_relaxed(end, n); }
static inline int slots_end(int *end) { return __atomic_load_n(end, __ATOMIC_RELAXED); }

void scheduler(void) __attribute__((noreturn));
void sched(void);
void swtch(struct context *old, struct context *new);

/* proc.c internals shared with thread.c. */
struct thread *thread_alloc(struct proc *p, void (*entry)(void));
void thread_free(struct thread *t);
void thread_first_entry(void);
void wake_threads_locked(struct proc *p);

#endif
