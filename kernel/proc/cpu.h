/* Per-hart state: what runs here, the scheduler's context, the interrupt
 * nesting of push_off, the page cache and the counters. tp holds the
 * address of this hart's struct cpu whenever the kernel runs. */
#ifndef CPU_H
#define CPU_H
#include "lib/types.h"
#include "param.h"
#include "arch/riscv/riscv.h"
#include "arch/riscv/trapframe.h"
#include "uapi/vmstat.h"

struct thread;
struct vmspace;

struct cpu {
  /* Private to this hart (touched only by code running on it): */
  struct thread *thread;     /* running thread, NULL in the scheduler */
  struct context sched_ctx;  /* swtch here to enter the scheduler */
  int noff;                  /* push_off nesting depth */
  bool intena;               /* were interrupts on before push_off? */
  int id;                    /* index in cpus[], 0..ncpu-1 */
  uint64 hartid;             /* the hart id from the device tree */
  struct vmspace *vs;        /* address space in satp, NULL = kernel's */

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
