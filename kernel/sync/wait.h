/* Sleep and wakeup: the one service the scheduler offers to the layers above
 * it (files, pipes, memory), so they need not know about processes. */
#ifndef WAIT_H
#define WAIT_H
#include "sync/spinlock.h"

struct vmspace;

/* Atomically releases lk and sleeps on chan; reacquires lk before returning.
 * Caller holds lk. May return spuriously: callers re-check their condition
 * in a loop and also check current_killed(). */
void sleep_on(void *chan, struct spinlock *lk);
/* Wakes every thread sleeping on chan. Caller may hold any lock that is not
 * a thread lock. */
void wakeup(void *chan);
/* True if the current process has been killed (callers should give up). */
bool current_killed(void);
/* Prints every live thread (pid, name, state, channel) and what each hart
 * runs, without locks: a debug aid for hangs (console Ctrl-P). */
void thread_dump(void);
/* pid of the current process, 0 if none (for lock debugging). */
int current_pid(void);
/* The current process's address space (for user copies). */
struct vmspace *current_vm(void);
/* Kills the current process for lack of memory at va (counted in
 * oom_kills; it exits at its next return to user mode). */
void current_kill_oom(uint64 va);

#endif
