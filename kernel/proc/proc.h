/* Processes and threads. A process owns an address space, open files and a
 * cwd; a thread is what the scheduler runs (kernel stack, saved context,
 * user registers). Every process has at least one thread. */
#ifndef PROC_H
#define PROC_H
#include "lib/types.h"
#include "param.h"
#include "sync/spinlock.h"
#include "arch/riscv/trapframe.h"

struct vmspace;
struct file;
struct inode;

enum thread_state { T_UNUSED, T_EMBRYO, T_SLEEPING, T_RUNNABLE, T_RUNNING, T_EXITED };
enum proc_state { P_UNUSED, P_USED, P_ZOMBIE };

struct thread {
  struct spinlock lock;
  /* t->lock must be held when using these: */
  enum thread_state state;
  void *chan; /* sleeping on chan, if non-NULL */

  /* Set at creation, then read-only until the slot is freed: */
  struct proc *proc;
  int tid;
  char *kstack;         /* base of the KSTACK_SIZE kernel stack */
  struct trapframe *tf; /* user registers, at the top of kstack */

  /* proc->lock must be held when using these: */
  bool ended; /* has called thread exit; waiting to be joined */
  int xstate; /* its exit status, for thread_join */

  /* Private to the thread (and to the scheduler while switching): */
  struct context ctx; /* saved by swtch */
};

struct proc {
  struct spinlock lock;
  /* p->lock must be held when using these: */
  enum proc_state state;
  int pid;
  bool killed;
  int xstate;            /* exit status for the parent's wait */
  int nthreads;          /* live threads; the last to exit ends the process (also read,
                          * relaxed, by vm_fork: see vm.h) */
  bool exiting;          /* exit() called while other threads lived: xstate holds it */
  struct thread *single; /* exec in progress: every other thread must end */

  /* proc_wait_lock must be held when using these: */
  struct proc *parent;
  bool claimed; /* zombie: a wait of the parent is copying its status out */

  /* Used by the process's own threads; slots of ofile and cwd are
   * changed under p->lock, since sibling threads may race: */
  struct vmspace *vm;
  struct file *ofile[NOFILE];
  struct inode *cwd;
  char name[16];
};

struct proc *curproc(void);
struct thread *curthread(void);

void proc_init(void);
/* Creates the first process running /init with argv from the boot arguments. */
void proc_start_init(char **argv);
int proc_fork(void);
void proc_exit(int status) __attribute__((noreturn));
/* Waits for a child to exit and reaps it; returns its pid, with its exit
 * status copied to status_uva unless that is 0. Returns -1 if there is no
 * child, the wait was killed, or the status could not be copied (the
 * child is then left to be waited for again). */
int proc_wait(uint64 status_uva);
/* Marks process pid killed (it exits at its next return to user mode)
 * and wakes its sleeping threads. Returns 0, or -1 if there is no such
 * live process or it is init, which nothing can kill (rule 14). */
int proc_kill(int pid);
void proc_yield(void);
/* Marks p killed for a fault of its own; it exits at its next return to
 * user mode. Init is never killed: no other process can reach its memory
 * or registers, so a fault of init is a broken /init program, and the
 * kernel stops with a panic naming it. */
void proc_set_killed(struct proc *p);
/* True if thread t of p must end now (process killed or exec elsewhere). */
bool thread_must_exit(struct proc *p, struct thread *t);

/* Threads (proc/thread.c). */
int thread_create(uint64 entry, uint64 arg, uint64 stack_top);
void thread_exit(int status) __attribute__((noreturn));
int thread_join(int tid, uint64 status_uva);
/* Ends every other thread of the current process; -1 if another exec is
 * already doing so. */
int proc_single_thread(void);

#endif
