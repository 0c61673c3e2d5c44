/* Scheduler internals shared by proc/ files. */
#ifndef SCHED_H
#define SCHED_H
#include "proc/proc.h"

#define KSTACK_CANARY 0x6b73746b63616e61UL /* at the base of each kernel stack */

extern struct thread threads[NTHREAD];

void scheduler(void) __attribute__((noreturn));
void sched(void);
void swtch(struct context *old, struct context *new);

/* proc.c internals shared with thread.c. */
struct thread *thread_alloc(struct proc *p, void (*entry)(void));
void thread_free(struct thread *t);
void thread_first_entry(void);
void wake_threads_locked(struct proc *p);

#endif
