/* The kernel's one lock order, and its check at run time in debug builds.
 *
 * Lock ordering in cowos:
 *
 * Sleep locks (sync/sleeplock.h) are held across sleeps. A thread takes
 * one only while it holds no spinning lock, and may take any spinning lock
 * under one.
 *   fs_ns_lock ("fs_ns")     namespace changes and path lookup (fs/dir.c)
 *     ip->lock ("inode")     one at a time: dir.c locks a directory, then
 *                            the inode an entry names, never both at once
 * Spinning locks taken under them: p->lock and itable (path_start), itable
 * (inode_get, inode_put), vs->lock (the user copies of inode_read_locked
 * and inode_write_locked), the page allocator's (inode_page, the file's
 * copy-on-write in inode_write_locked, and exec's loader, which builds
 * the new space's pages and tables under one hold of the program's
 * ip->lock and takes no vs->lock: no thread runs that space yet).
 *
 * Spinning locks (spinlocks and the vs->lock rwlock) are held with
 * interrupts off on one hart. LOCK_CLASSES below lists their classes
 * outermost first: a hart takes a lock only if every spinning lock it
 * holds is of an earlier class. Beside each class: its lock, and which
 * locks may be held when it is taken, with the paths that do so ("none":
 * it is taken alone). One lock is outside the run-time check:
 *   pcp.lock (struct cpu; the bare AMO lock of mm/kalloc.c) ranks between
 *   thread and page_pool: taken under vs->lock or alone (page_alloc,
 *   page_release), one hart's at a time (pcp_steal lets go of its own
 *   first); pool.lock is taken under it (refill, drain).
 *
 * Across the layers, then: vs->lock comes first, so no spinning lock is
 * held across a user copy (wait and thread_join copy their status out
 * after letting go; pipes and the console copy through a kernel buffer);
 * only the page allocator's locks and uart_out are taken under vs->lock.
 * p->lock is the file layer's way in: ftable (file_dup) and itable
 * (inode_dup) under it, never the reverse.
 *
 * Special cases, all within the order:
 *   - t->lock is held across swtch: the scheduler takes it and the thread
 *     lets go of it on return from sched (proc_yield, sleep, a new thread's
 *     first entry), or the thread takes it and the scheduler lets go once
 *     the thread is off its stack (sched, exit). Both ends run on one hart,
 *     so the lock stays in that hart's record of held locks. A thread
 *     enters sched holding t->lock only (sched checks).
 *   - sleep_on(chan, lk) takes t->lock while holding lk, lets go of lk, and
 *     takes lk again after letting go of t->lock: every lock a thread
 *     sleeps on (wait, proc, ticks, console, pipe, sleeplock) comes before
 *     thread. wakeup takes thread locks, so it is never called under one.
 *   - Interrupts are off while any spinning lock is held, so an interrupt
 *     handler (the timer's ticks_lock, the console's cons.lock) starts with
 *     none held on its hart.
 *   - A hart spinning for any of these locks answers TLB shootdowns
 *     (tlb_poll), so a shootdown sent under vs->lock never waits for a hart
 *     that waits for a lock.
 *   - kprintf takes uart_out, the last class, so it may print under any
 *     lock; panic turns that lock off first, so it takes none.
 * There are no exceptions. */
#ifndef LOCKORDER_H
#define LOCKORDER_H
#include "lib/types.h"
#include "lib/printf.h"

#define LOCK_CLASSES(X)                                                                            \
  X(vmspace)    /* vs->lock, rwlock. Held: none (faults, user copies, fork, sbrk) */               \
  X(wait)       /* proc_wait_lock. Held: none (fork, exit, wait) */                                \
  X(proc)       /* p->lock. Held: wait (exit, wait's claim of a child) or none */                  \
  X(ftable)     /* ftable.lock. Held: proc (file_dup in fork and arg_fd) or none */                \
  X(itable)     /* itable.lock. Held: proc (inode_dup in fork, path_start) or none */              \
  X(pid)        /* pid_lock. Held: none */                                                         \
  X(pipe_table) /* pipe_table.lock. Held: none */                                                  \
  X(kbench_lab) /* sys_bench.c's lab_lock. Held: none */                                           \
  X(ticks)      /* ticks_lock. Held: none (timer interrupt, sleep, uptime) */                      \
  X(console)    /* cons.lock. Held: none (console read, its interrupt) */                          \
  X(pipe)       /* a pipe's lock. Held: none */                                                    \
  X(sleeplock)  /* a sleep lock's own lk. Held: none */                                            \
  X(thread)     /* t->lock. Held: wait, proc, ticks, console, pipe or sleeplock (sleep's lk,       \
                 * wakeup, wake_threads_locked in kill, exit and exec, wait's reap, thread_join's  \
                 * free), or none (the scheduler) */                                               \
  X(page_pool)  /* pool.lock. Held: the hart's pcp.lock (refill, drain) */                         \
  X(uart_out)   /* out_lock. Held: anything (kprintf), console (echo) or none */

#define LOCK_CLASS_ENUM(name) LOCK_##name,
/* A lock's class is named by the name it is initialised with; its rank is
 * its place in LOCK_CLASSES. LOCK_NONE: not initialised by spin_init or
 * rw_init. */
enum lock_class { LOCK_NONE, LOCK_CLASSES(LOCK_CLASS_ENUM) LOCK_NCLASSES };
#undef LOCK_CLASS_ENUM

/* A KASSERT made in debug builds (KDEBUG) only: lock ownership, which the
 * _locked functions check on entry and release builds do not pay for. */
#define LOCK_ASSERT(cond)                                                                          \
  do {                                                                                             \
    if (KDEBUG)                                                                                    \
      KASSERT(cond);                                                                               \
  } while (0)

/* The run-time check, called only when KDEBUG is set. Each hart keeps the
 * spinning locks it holds, in the order taken (so in rank order). */

/* Returns the class named name; panics if LOCK_CLASSES lacks it. */
enum lock_class lockorder_class(const char *name);
/* Records that this hart takes lock, of class cl, before it spins for it.
 * Panics naming both locks if this hart holds one of the same or a later
 * class, or if lock has no class. Caller has interrupts off. */
void lockorder_take(const void *lock, enum lock_class cl);
/* Forgets lock (released, in any order). Panics if this hart does not hold
 * it. Caller has interrupts off. */
void lockorder_drop(const void *lock);
/* Panics, naming both, if this hart holds a spinning lock: the check made
 * before taking the sleep lock named name. */
void lockorder_check_sleep(const void *lock, const char *name);
/* True if this hart holds lock (a spinlock or rwlock, read or written).
 * Debug builds only (release builds keep no record: it panics there). */
bool lockorder_held(const void *lock);

#endif
