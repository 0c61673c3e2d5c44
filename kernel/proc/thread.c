/* Threads sharing one address space: start, join, and ending all but one
 * (for exec). Thread exit lives in proc.c beside process exit. */
#include "proc/proc.h"
#include "proc/sched.h"
#include "mm/uaccess.h"
#include "mm/vm.h"
#include "sync/wait.h"
#include "arch/riscv/memlayout.h"

int thread_create(uint64 entry, uint64 arg, uint64 stack_top) {
  struct proc *p = curproc();
  if (entry >= USER_TOP || stack_top >= USER_TOP || (stack_top & 15))
    return -1;
  struct thread *t = thread_alloc(p, thread_first_entry);
  if (!t)
    return -1;
  spin_lock(&p->lock);
  if (p->killed || p->single) {
    spin_unlock(&p->lock);
    thread_free(t);
    return -1;
  }
  p->nthreads++;
  spin_unlock(&p->lock);
  /* A fork holding the space's lock for writing has read nthreads, or
   * will see the count just raised (vm_fork): the thread may run only
   * after that fork, whose eager copy then needs no protection from it. */
  rw_read_lock(&p->vm->lock);
  rw_read_unlock(&p->vm->lock);
  *t->tf = *curthread()->tf; /* keeps gp and tp */
  t->tf->epc = entry;
  t->tf->x[REG_SP] = stack_top;
  t->tf->x[REG_A0] = arg;
  t->tf->x[REG_RA] = 0;
  int tid = t->tid + 1;
  spin_lock(&t->lock);
  t->state = T_RUNNABLE;
  spin_unlock(&t->lock);
  return tid;
}

int thread_join(int tid, uint64 status_uva) {
  struct proc *p = curproc();
  if (tid < 1 || tid > NTHREAD)
    return -1;
  struct thread *t = &threads[tid - 1];
  spin_lock(&p->lock);
  if (t->proc != p || t == curthread()) {
    spin_unlock(&p->lock);
    return -1;
  }
  while (!t->ended) {
    if (!sleep_killable(t, &p->lock)) { /* killed, exiting or exec'ing */
      spin_unlock(&p->lock);
      return -1;
    }
    if (t->proc != p) { /* joined by a sibling meanwhile */
      spin_unlock(&p->lock);
      return -1;
    }
  }
  int xstate = t->xstate;
  thread_free(t); /* waits on t->lock until it is off its hart */
  spin_unlock(&p->lock);
  if (status_uva && copyout(status_uva, &xstate, sizeof(xstate)) < 0)
    return -1;
  return 0;
}

int proc_single_thread(void) {
  struct proc *p = curproc();
  struct thread *self = curthread();
  spin_lock(&p->lock);
  if (p->single && p->single != self) {
    spin_unlock(&p->lock);
    return -1;
  }
  p->single = self;
  wake_threads_locked(p);
  while (p->nthreads > 1)
    sleep_on(&p->nthreads, &p->lock);
  p->single = NULL;
  spin_unlock(&p->lock);
  return 0;
}
