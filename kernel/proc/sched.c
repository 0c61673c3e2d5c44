/* The per-hart scheduler, context switches, sleep and wakeup. A thread
 * switches to the scheduler holding only its own t->lock, which the
 * scheduler releases once the thread is off its stack. The lock order,
 * with the process locks' place in it: sync/lockorder.h. */
#include "proc/sched.h"
#include "proc/proc.h"
#include "arch/riscv/cpu.h"
#include "mm/vm.h"
#include "sync/wait.h"
#include "lib/printf.h"

struct thread threads[NTHREAD];
int threads_end; /* see sched.h */

struct proc *curproc(void) {
  struct thread *t = curthread();
  return t ? t->proc : NULL;
}

/* Runs t on this hart: its address space, then its context.
 * Caller holds t->lock. Returns when t gives the hart back. */
static void run_thread(struct cpu *c, struct thread *t) {
  t->state = T_RUNNING;
  c->thread = t;
  c->vs = t->proc->vm; /* NULL for a thread past release of its space (exit) */
  if (c->vs)
    vm_activate(c->vs);
  swtch(&c->sched_ctx, &t->ctx);
  if (c->vs) /* NULL if the thread let go of its address space (exit) */
    vm_deactivate(c->vs);
  c->vs = NULL;
  c->thread = NULL;
}

void scheduler(void) {
  struct cpu *c = mycpu();
  int next = c->id * (NTHREAD / NCPU); /* harts start their scans apart */
  for (;;) {
    intr_on();
    bool ran = false;
    /* Round robin: scan from just after the last thread run here. */
    int end = slots_end(&threads_end);
    for (int n = 0; n < end && !ran; n++) {
      struct thread *t = &threads[(next + n) % end];
      /* Unlocked peek (relaxed) to skip idle slots without their locks. */
      if (__atomic_load_n(&t->state, __ATOMIC_RELAXED) != T_RUNNABLE)
        continue;
      spin_lock(&t->lock);
      if (t->state == T_RUNNABLE) {
        run_thread(c, t);
        ran = true;
        next = t - threads + 1;
      }
      spin_unlock(&t->lock);
    }
    if (!ran)
      wfi();
  }
}

/* Switches to the scheduler. Caller holds only t->lock and has set
 * t->state away from T_RUNNING. */
void sched(void) {
  struct thread *t = curthread();
  struct cpu *c = mycpu();
  if (!spin_holding(&t->lock))
    panic("sched: thread lock not held");
  if (c->noff != 1)
    panic("sched: %d locks held", c->noff);
  if (t->state == T_RUNNING)
    panic("sched: thread still running");
  if (intr_get())
    panic("sched: interrupts on");
  if (*(uint64 *)t->kstack != KSTACK_CANARY)
    panic("sched: kernel stack overflow in pid %d", t->proc->pid);
  bool intena = c->intena;
  swtch(&t->ctx, &c->sched_ctx);
  mycpu()->intena = intena;
}

void proc_yield(void) {
  struct thread *t = curthread();
  spin_lock(&t->lock);
  t->state = T_RUNNABLE;
  sched();
  spin_unlock(&t->lock);
}

/* Sleeps on chan, letting go of lk; returns with lk held again. Caller
 * holds t->lock (released on return) and lk. */
static void sleep_locked(struct thread *t, void *chan, struct spinlock *lk) {
  LOCK_ASSERT(spin_holding(&t->lock) && spin_holding(lk));
  /* Mark ourselves asleep before letting go of lk: a waker that takes lk
   * next then sees T_SLEEPING even through wakeup's unlocked peek. */
  t->chan = chan;
  t->state = T_SLEEPING;
  spin_unlock(lk);
  sched();
  t->chan = NULL;
  spin_unlock(&t->lock);
  spin_lock(lk);
}

void sleep_on(void *chan, struct spinlock *lk) {
  struct thread *t = curthread();
  spin_lock(&t->lock);
  sleep_locked(t, chan, lk);
}

bool sleep_killable(void *chan, struct spinlock *lk) {
  struct thread *t = curthread();
  struct proc *p = t->proc;
  spin_lock(&t->lock);
  /* Whoever kills (proc_kill, proc_exit) or execs sets its flag under
   * p->lock and then takes our t->lock to wake us: if it took t->lock
   * before we did, its flag is visible here; if after, it sees us
   * T_SLEEPING and makes us runnable. */
  if (thread_must_exit(p, t)) {
    spin_unlock(&t->lock);
    return false;
  }
  sleep_locked(t, chan, lk);
  return !thread_must_exit(p, t);
}

void wakeup(void *chan) {
  struct thread *self = curthread(), *end = &threads[slots_end(&threads_end)];
  for (struct thread *t = threads; t < end; t++) {
    if (t == self || __atomic_load_n(&t->state, __ATOMIC_RELAXED) != T_SLEEPING)
      continue;
    spin_lock(&t->lock);
    if (t->state == T_SLEEPING && t->chan == chan)
      t->state = T_RUNNABLE;
    spin_unlock(&t->lock);
  }
}

void thread_dump(void) {
  static const char *names[] = {"unused", "embryo", "sleep", "runnable", "run", "exited"};
  kprintf("\n");
  for (struct thread *t = threads; t < &threads[slots_end(&threads_end)]; t++) {
    enum thread_state st = __atomic_load_n(&t->state, __ATOMIC_RELAXED);
    struct proc *p = t->proc;
    if (st == T_UNUSED || !p)
      continue;
    kprintf("tid %d pid %d %s: %s chan %p\n", t->tid + 1, p->pid, p->name, names[st], t->chan);
  }
  for (int i = 0; i < ncpu; i++) {
    struct thread *t = cpus[i].thread;
    kprintf("hart %d: %s tid %d, %d locks\n", (int)cpus[i].hartid, t ? "runs" : "idle",
            t ? t->tid + 1 : 0, cpus[i].noff);
  }
}
