/* Per-hart state: what runs here, the scheduler's context, the interrupt
 * nesting of push_off, the page cache and the counters. tp holds the
 * address of this hart's struct cpu whenever the kernel runs. Also the
 * kernel stacks, whose layout tells a thread which one it runs on. */
#ifndef CPU_H
#define CPU_H
#include "lib/types.h"
#include "param.h"
#include "arch/riscv/riscv.h"
#include "arch/riscv/trapframe.h"
#include "uapi/vmstat.h"
#include "lib/printf.h"

struct thread;
struct vmspace;

struct cpu {
  /* Private to this hart (touched only by code running on it): */
  struct thread *thread;    /* running thread, NULL in the scheduler */
  struct context sched_ctx; /* swtch here to enter the scheduler */
  int noff;                 /* push_off nesting depth */
  bool intena;              /* were interrupts on before push_off? */
  int id;                   /* index in cpus[], 0..ncpu-1 */
  uint64 hartid;            /* the hart id from the device tree */
  struct vmspace *vs;       /* address space in satp, NULL = kernel's */

  /* Free-page cache, used with interrupts off. pcp.lock (a bare AMO
   * lock: amoswap.w.aq to take, store-release to drop) is taken by the
   * owner on every use, so it is uncontended, and by another hart only
   * when the shared pool is empty and that hart steals pages. */
  struct {
    uint32 lock;
    int count;
    void *pages[PCP_HIGH];
  } pcp;

  /* Counters: added to with relaxed AMOs (a thread may migrate between
   * reading mycpu() and adding, so another hart's slot can be hit; the
   * AMO keeps that correct); summed by vmstat. */
  uint64 stats[VMSTAT_COUNT];
} __attribute__((aligned(64)));

extern struct cpu cpus[NCPU];
extern int ncpu; /* harts started; written once at boot */

static inline struct cpu *mycpu(void) { return (struct cpu *)r_tp(); }

/* Nestable interrupt disable for the current hart: interrupts are back on
 * at the pop_off matching the outermost push_off if they were on before
 * it. Inline: every spinlock take and release does one. */
static inline void push_off(void) {
  bool old = intr_get();
  intr_off();
  struct cpu *c = mycpu();
  if (c->noff == 0)
    c->intena = old;
  c->noff++;
}

static inline void pop_off(void) {
  struct cpu *c = mycpu();
  if (intr_get())
    panic("pop_off: interrupts on");
  if (c->noff < 1)
    panic("pop_off: not pushed");
  if (--c->noff == 0 && c->intena)
    intr_on();
}

/* Thread slot i always runs on kstacks[i] (proc.c sets each thread's
 * kstack from it). */
extern char kstacks[NTHREAD][KSTACK_SIZE];

/* The index in kstacks of the stack this code runs on, read from sp; NTHREAD
 * or more on a hart's boot or scheduler stack. No CSR access and no
 * interrupts off: the answer moves with the stack. */
static inline uint64 kstack_index(void) { return (r_sp() - (uint64)kstacks) / KSTACK_SIZE; }

/* Relaxed: counters order nothing; they are read only for statistics. */
static inline void stat_inc(int idx) {
  __atomic_fetch_add(&mycpu()->stats[idx], 1, __ATOMIC_RELAXED);
}
static inline void stat_add(int idx, uint64 n) {
  __atomic_fetch_add(&mycpu()->stats[idx], n, __ATOMIC_RELAXED);
}
/* Sum of one counter over all harts. */
uint64 stat_sum(int idx);

#endif
