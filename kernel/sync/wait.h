/* Sleep and wakeup: the one service the scheduler offers to the layers above
 * it (files, pipes, memory), so they need not know about processes. */
#ifndef WAIT_H
#define WAIT_H
#include "sync/spinlock.h"

struct vmspace;
struct inode;

/* Atomically releases lk and sleeps on chan; reacquires lk before returning.
 * Caller holds lk. May return spuriously: callers re-check their condition
 * in a loop. For waits that must not outlast the process, sleep_killable. */
void sleep_on(void *chan, struct spinlock *lk);
/* sleep_on for a wait that a kill, an exit or a sibling's exec must end.
 * Returns false, with lk held and having slept or not, when the caller
 * must give up (then it returns -1 to user mode, which ends the thread);
 * true when woken otherwise (re-check the condition). The test is made
 * after the thread is marked asleep, so a kill that lands between the
 * caller's test of its condition and the sleep is never lost. */
bool sleep_killable(void *chan, struct spinlock *lk);
/* Wakes every thread sleeping on chan. Caller may hold any lock that is not
 * a thread lock. */
void wakeup(void *chan);
/* Prints every live thread (pid, name, state, channel) and what each hart
 * runs, without locks: a debug aid for hangs (console Ctrl-P). */
void thread_dump(void);
/* pid of the current process, 0 if none (for lock debugging). */
int current_pid(void);
/* The current process's address space (for user copies). */
struct vmspace *current_vm(void);
/* A new reference (inode_dup) to the current process's working directory,
 * where relative paths start; NULL if no process runs or it has none. */
struct inode *current_cwd_dup(void);
/* Handles lack of memory at va for the current process. Returns false
 * when it has killed it (counted in oom_kills; it exits at its next
 * return to user mode); true for init, which is never killed: it has
 * waited a tick (counted in init_oom_waits) and the caller retries. */
bool current_kill_oom(uint64 va);

#endif
