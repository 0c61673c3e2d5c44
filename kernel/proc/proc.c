/* Process and thread lifecycle: allocation, fork, exit, wait, kill, and the
 * first process. */
#include "proc/proc.h"
#include "proc/sched.h"
#include "proc/exec.h"
#include "arch/riscv/cpu.h"
#include "mm/vm.h"
#include "mm/uaccess.h"
#include "fs/fs.h"
#include "fs/file.h"
#include "sync/wait.h"
#include "sync/ticks.h"
#include "arch/riscv/trap.h"
#include "lib/printf.h"
#include "lib/string.h"

static struct proc procs[NPROC];
/* Every process slot ever taken lies below procs_end; it grows like
 * threads_end (see sched.h), raised under the new slot's lock. */
static int procs_end;
static struct proc *initproc; /* set once at boot */
static struct spinlock pid_lock;
static int next_pid = 1;        /* pid_lock */
struct spinlock proc_wait_lock; /* protects every p->parent */

/* The thread whose kernel stack we are on (thread i always runs on
 * kstacks[i]), or NULL on a hart's boot or scheduler stack: the same
 * answer as mycpu()->thread wherever a thread calls it, but read from sp
 * (kstack_index), so it needs no interrupts off against migration (the
 * stack moves with the thread) and no CSR access, which QEMU runs out of
 * line. Every system call asks it several times. */
struct thread *curthread(void) {
  uint64 i = kstack_index();
  return i < NTHREAD ? &threads[i] : NULL;
}

void proc_init(void) {
  spin_init(&pid_lock, "pid");
  spin_init(&proc_wait_lock, "wait");
  for (int i = 0; i < NPROC; i++)
    spin_init(&procs[i].lock, "proc");
  for (int i = 0; i < NTHREAD; i++) {
    spin_init(&threads[i].lock, "thread");
    threads[i].kstack = kstacks[i];
    threads[i].tf = (struct trapframe *)(kstacks[i] + KSTACK_SIZE - sizeof(struct trapframe));
  }
}

/* Takes a free thread slot for p, set to start at entry; NULL if none.
 * The thread stays T_EMBRYO (invisible to the scheduler). */
struct thread *thread_alloc(struct proc *p, void (*entry)(void)) {
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
    spin_lock(&t->lock);
    if (t->state == T_UNUSED) {
      slots_end_raise(&threads_end, t - threads + 1);
      t->state = T_EMBRYO;
      t->proc = p;
      t->tid = t - threads;
      t->chan = NULL;
      t->ended = false;
      spin_unlock(&t->lock);
      *(uint64 *)t->kstack = KSTACK_CANARY;
      memset(&t->ctx, 0, sizeof(t->ctx));
      t->ctx.ra = (uint64)entry;
      t->ctx.sp = (uint64)t->tf;
      return t;
    }
    spin_unlock(&t->lock);
  }
  return NULL;
}

void thread_free(struct thread *t) {
  spin_lock(&t->lock);
  t->state = T_UNUSED;
  t->proc = NULL;
  spin_unlock(&t->lock);
}

/* Takes a free process slot with one thread starting at entry; NULL if
 * either table is full. */
static struct proc *proc_alloc(void (*entry)(void), struct thread **tp) {
  for (struct proc *p = procs; p < &procs[NPROC]; p++) {
    spin_lock(&p->lock);
    if (p->state != P_UNUSED) {
      spin_unlock(&p->lock);
      continue;
    }
    slots_end_raise(&procs_end, p - procs + 1);
    p->state = P_USED;
    p->killed = false;
    p->exiting = false;
    p->single = NULL;
    p->xstate = 0;
    p->nthreads = 1;
    spin_unlock(&p->lock);
    *tp = thread_alloc(p, entry);
    if (!*tp) {
      spin_lock(&p->lock);
      p->state = P_UNUSED;
      spin_unlock(&p->lock);
      return NULL;
    }
    spin_lock(&pid_lock);
    p->pid = next_pid++;
    spin_unlock(&pid_lock);
    return p;
  }
  return NULL;
}

/* Frees the slots of a process no thread runs any more. */
static void proc_release(struct proc *p, struct thread *t) {
  thread_free(t);
  spin_lock(&p->lock);
  p->state = P_UNUSED;
  p->pid = 0;
  spin_unlock(&p->lock);
}

/* A new thread's first instructions in the kernel: the scheduler still
 * holds its lock. */
void thread_first_entry(void) {
  spin_unlock(&curthread()->lock);
  user_trap_return();
}

static char **init_argv;

static void init_first_entry(void) {
  spin_unlock(&curthread()->lock);
  if (exec("/init", init_argv) < 0)
    panic("proc_start_init: cannot exec /init");
  user_trap_return();
}

void proc_start_init(char **argv) {
  struct thread *t;
  struct proc *p = proc_alloc(init_first_entry, &t);
  if (!p || !(p->vm = vm_create()))
    panic("proc_start_init: out of memory");
  init_argv = argv;
  p->cwd = inode_dup(fs_root());
  safestrcpy(p->name, "init", sizeof(p->name));
  initproc = p;
  spin_lock(&t->lock);
  t->state = T_RUNNABLE;
  spin_unlock(&t->lock);
}

int proc_fork(void) {
  struct proc *p = curproc(), *np;
  struct thread *t = curthread(), *nt;
  if (!(np = proc_alloc(thread_first_entry, &nt)))
    return -1;
  if (!(np->vm = vm_fork(p->vm, vm_fork_mode(), &p->nthreads))) {
    proc_release(np, nt);
    return -1;
  }
  *nt->tf = *t->tf;
  nt->tf->x[REG_A0] = 0;
  spin_lock(&p->lock); /* a sibling thread may close or chdir at once */
  for (int fd = 0; fd < NOFILE; fd++)
    np->ofile[fd] = p->ofile[fd] ? file_dup(p->ofile[fd]) : NULL;
  np->cwd = inode_dup(p->cwd);
  spin_unlock(&p->lock);
  safestrcpy(np->name, p->name, sizeof(np->name));
  int pid = np->pid;
  spin_lock(&proc_wait_lock);
  np->parent = p;
  spin_unlock(&proc_wait_lock);
  spin_lock(&nt->lock);
  nt->state = T_RUNNABLE;
  spin_unlock(&nt->lock);
  stat_inc(VM_forks);
  return pid;
}

/* Gives p's children to init. Caller holds proc_wait_lock. */
static void reparent(struct proc *p) {
  for (struct proc *c = procs; c < &procs[slots_end(&procs_end)]; c++) {
    if (c->parent == p) {
      c->parent = initproc;
      wakeup(initproc);
    }
  }
}

/* Lets go of the address space: off this hart, then freed. p->vm
 * and the hart's vs are cleared with interrupts still off, so a preemption
 * after pop_off finds no space to switch back in (run_thread would
 * re-activate it, and vm_destroy would then wait for our own active bit). */
static void release_vm(struct proc *p) {
  struct vmspace *vs = p->vm;
  push_off();
  vm_deactivate(vs);
  mycpu()->vs = NULL;
  p->vm = NULL;
  pop_off();
  vm_destroy(vs);
}

/* Ends thread t while others of p live on: it waits, T_EXITED, to be
 * joined or reaped. Caller holds p->lock; never returns. */
static __attribute__((noreturn)) void thread_end_locked(struct proc *p, struct thread *t,
                                                        int status) {
  LOCK_ASSERT(spin_holding(&p->lock));
  t->ended = true;
  t->xstate = status;
  p->nthreads--;
  wakeup(t);            /* a joiner */
  wakeup(&p->nthreads); /* an exec waiting to be single-threaded */
  spin_lock(&t->lock);
  spin_unlock(&p->lock);
  t->state = T_EXITED;
  sched();
  panic("thread_end_locked: ended thread ran");
}

/* Tears down the process; called by its last thread. */
static __attribute__((noreturn)) void proc_teardown(struct proc *p, struct thread *t, int status) {
  if (p == initproc)
    panic("init exited with status %d", status);
  for (int fd = 0; fd < NOFILE; fd++) {
    if (p->ofile[fd]) {
      file_close(p->ofile[fd]);
      p->ofile[fd] = NULL;
    }
  }
  inode_put(p->cwd);
  p->cwd = NULL;
  release_vm(p);

  spin_lock(&proc_wait_lock);
  reparent(p);
  wakeup(p->parent);
  spin_lock(&p->lock);
  p->xstate = status;
  p->state = P_ZOMBIE;
  p->nthreads--;
  t->ended = true;
  spin_unlock(&p->lock);
  spin_lock(&t->lock);
  t->state = T_EXITED;
  spin_unlock(&proc_wait_lock);
  sched();
  panic("proc_exit: zombie ran");
}

void proc_exit(int status) {
  struct proc *p = curproc();
  struct thread *t = curthread();
  spin_lock(&p->lock);
  if (p->nthreads > 1) {
    /* Others live: record the status, make them end, and leave the
     * teardown to whichever thread ends last. */
    if (!p->single || p->single == t) { /* not just yielding to an exec */
      if (!p->exiting && !p->killed) {
        p->exiting = true;
        p->xstate = status;
      }
      p->killed = true;
      wake_threads_locked(p);
    }
    thread_end_locked(p, t, status);
  }
  /* The last thread: the status of an exit() that ended the others, or -1
   * if the process was killed (this thread may have called thread_exit
   * after the kill but before its next trap would have ended it). */
  if (p->exiting)
    status = p->xstate;
  else if (p->killed)
    status = -1;
  spin_unlock(&p->lock);
  proc_teardown(p, t, status);
}

void thread_exit(int status) {
  struct proc *p = curproc();
  spin_lock(&p->lock);
  if (p->nthreads > 1)
    thread_end_locked(p, curthread(), status);
  spin_unlock(&p->lock);
  proc_exit(status);
}

/* Frees a zombie's thread slots; each is off-CPU once its lock is free. */
static void reap(struct proc *zp) {
  for (struct thread *t = threads; t < &threads[slots_end(&threads_end)]; t++) {
    if (t->proc != zp)
      continue;
    spin_lock(&t->lock);
    KASSERT(t->state == T_EXITED);
    t->state = T_UNUSED;
    t->proc = NULL;
    spin_unlock(&t->lock);
  }
}

/* Claims one unclaimed zombie child of p, if there is one: returns it
 * with *pid and *xstate copied, or NULL. Caller holds proc_wait_lock.
 * *have_kids says whether p has any child, claimed ones included (a claim
 * may be given back). */
static struct proc *claim_zombie(struct proc *p, int *pid, int *xstate, bool *have_kids) {
  for (struct proc *c = procs; c < &procs[slots_end(&procs_end)]; c++) {
    if (c->parent != p)
      continue;
    *have_kids = true;
    if (c->claimed)
      continue;
    spin_lock(&c->lock);
    bool zombie = c->state == P_ZOMBIE;
    *pid = c->pid;
    *xstate = c->xstate;
    spin_unlock(&c->lock);
    if (zombie) {
      c->claimed = true;
      return c;
    }
  }
  return NULL;
}

/* Ends a claim on zombie c: frees it when reaped, or leaves it to be
 * waited for again (its status could not be copied out). Either way wakes
 * p's other waiters, who slept while c was claimed. Caller holds
 * proc_wait_lock. */
static void claim_end(struct proc *p, struct proc *c, bool reaped) {
  c->claimed = false;
  if (reaped) {
    spin_lock(&c->lock);
    reap(c);
    c->parent = NULL;
    c->state = P_UNUSED;
    c->pid = 0;
    spin_unlock(&c->lock);
  }
  wakeup(p);
}

/* Two threads of one parent may wait at once: a zombie is claimed under
 * proc_wait_lock, so no other waiter reports it, and its status is
 * copied out with no lock held (a copy takes vs->lock and may fault or
 * sleep); only then is it freed, or, if the copy failed, given back. */
int proc_wait(uint64 status_uva) {
  struct proc *p = curproc();
  spin_lock(&proc_wait_lock);
  for (;;) {
    bool have_kids = false;
    int pid, xstate;
    struct proc *c = claim_zombie(p, &pid, &xstate, &have_kids);
    if (c) {
      spin_unlock(&proc_wait_lock);
      bool ok = !status_uva || copyout(status_uva, &xstate, sizeof(xstate)) == 0;
      spin_lock(&proc_wait_lock);
      claim_end(p, c, ok);
      spin_unlock(&proc_wait_lock);
      return ok ? pid : -1;
    }
    if (!have_kids || !sleep_killable(p, &proc_wait_lock)) {
      spin_unlock(&proc_wait_lock);
      return -1;
    }
  }
}

/* Makes p's sleeping threads runnable so they notice they must end.
 * Caller holds p->lock. */
void wake_threads_locked(struct proc *p) {
  LOCK_ASSERT(spin_holding(&p->lock));
  for (struct thread *t = threads; t < &threads[slots_end(&threads_end)]; t++) {
    if (t->proc != p)
      continue;
    spin_lock(&t->lock);
    if (t->state == T_SLEEPING)
      t->state = T_RUNNABLE;
    spin_unlock(&t->lock);
  }
}

int proc_kill(int pid) {
  if (pid <= 0)
    return -1;
  for (struct proc *p = procs; p < &procs[slots_end(&procs_end)]; p++) {
    spin_lock(&p->lock);
    if (p->pid == pid && p->state == P_USED && p != initproc) {
      p->killed = true;
      wake_threads_locked(p);
      spin_unlock(&p->lock);
      return 0;
    }
    spin_unlock(&p->lock);
  }
  return -1;
}

void proc_set_killed(struct proc *p) {
  if (p == initproc)
    panic("init (pid %d) faulted, see the line above: /init is broken", p->pid);
  spin_lock(&p->lock);
  p->killed = true;
  spin_unlock(&p->lock);
}

/* Lock-free (relaxed loads) because every trap return asks. killed only
 * goes from clear to set; single is cleared only when its exec has ended
 * every other thread, so no thread can misread it. A late answer is caught
 * at the next trap. */
bool thread_must_exit(struct proc *p, struct thread *t) {
  struct thread *single = __atomic_load_n(&p->single, __ATOMIC_RELAXED);
  return __atomic_load_n(&p->killed, __ATOMIC_RELAXED) || (single && single != t);
}

int current_pid(void) {
  struct proc *p = curproc();
  return p ? p->pid : 0;
}

struct vmspace *current_vm(void) {
  return curproc()->vm;
}

struct inode *current_cwd_dup(void) {
  struct proc *p = curproc();
  if (p == NULL)
    return NULL;
  spin_lock(&p->lock); /* a sibling thread's chdir may drop the old cwd */
  struct inode *ip = p->cwd ? inode_dup(p->cwd) : NULL;
  spin_unlock(&p->lock);
  return ip;
}

bool current_kill_oom(uint64 va) {
  struct proc *p = curproc();
  if (p == initproc) {
    /* Init must not die (rule 14): it waits for the memory that the OOM
     * kills and exits of others give back. Init is never killed, so the
     * killable tick sleep ends only with the tick. */
    stat_inc(VM_init_oom_waits);
    ticks_sleep(1);
    return true;
  }
  kprintf("pid %d (%s): killed: out of memory at %p\n", p->pid, p->name, (void *)va);
  stat_inc(VM_oom_kills);
  proc_set_killed(p);
  return false;
}
