/* refcount: throughput of taking and dropping references to one hot page
 * from every hart at once, the lock-free AMO counter (this kernel's design)
 * against a plain counter under one global spinlock (the classic COW-lab
 * design), in one boot.
 *
 * One worker per hart (the main thread and ncpu - 1 threads), released
 * together, each calls kbench(KBENCH_REF_AMO or KBENCH_REF_LOCK, iters):
 * iters get+put pairs in the kernel. An op is one get+put pair. Throughput
 * = workers * iters / (last worker's end - first worker's start). The
 * variants alternate (amo, lock, lock, amo, ...) for n rounds after a
 * calibration round that picks iters per variant so that a round takes
 * about TARGET_TICKS. Figures: throughput (Mops per second, or per 1e9
 * instructions under icount), amo_vs_lock (the ratio within each round pair),
 * and ns_per_op (one hart's elapsed time over its iters, median over the
 * workers: us or insn per op). */
#include "bthread.h"

#define TARGET_TICKS 500000L /* 50 ms of the 10 MHz clock */
#define CAL_ITERS 2000L

struct rround {
  int which;
  long iters;
  uint64 t0[BT_MAX], t1[BT_MAX];
  long ticks[BT_MAX];
  int failed;
};

static void worker(int idx, void *arg) {
  struct rround *r = arg;
  r->t0[idx] = rdtime();
  r->ticks[idx] = kbench(r->which, r->iters);
  r->t1[idx] = rdtime();
  if (r->ticks[idx] < 0)
    r->failed = 1;
}

/* Runs one round on n workers; returns the window in ticks. */
static long run_round(struct rround *r, int n) {
  static struct bt_group g;
  r->failed = 0;
  if (bt_run(&g, n, worker, r) < 0)
    BENCH_FAIL("thread_create or thread_join failed");
  if (r->failed)
    BENCH_FAIL("kbench(%d) failed", r->which);
  uint64 t0 = r->t0[0], t1 = r->t1[0];
  for (int i = 1; i < n; i++) {
    t0 = r->t0[i] < t0 ? r->t0[i] : t0;
    t1 = r->t1[i] > t1 ? r->t1[i] : t1;
  }
  return (long)(t1 - t0) > 0 ? (long)(t1 - t0) : 1;
}

/* Returns iters for variant which so that a round takes ~TARGET_TICKS. */
static long calibrate(int which, int n) {
  static struct rround r;
  r.which = which;
  r.iters = CAL_ITERS;
  long t = run_round(&r, n);
  long it = CAL_ITERS * TARGET_TICKS / t;
  return it < 1000 ? 1000 : (it > 20000000 ? 20000000 : it);
}

int main(int argc, char **argv) {
  bench_parse("refcount", argc, argv, 5, 0);
  if (bopt.smoke)
    bopt.param = 1000;
  int n = ncpu() > BT_MAX ? BT_MAX : ncpu();
  static struct samples thr[2], lat[2], ratio;
  static struct rround r;
  const int which[2] = {KBENCH_REF_AMO, KBENCH_REF_LOCK};
  long iters[2];
  for (int v = 0; v < 2; v++)
    iters[v] = bopt.param > 0 ? bopt.param : calibrate(which[v], n);
  for (int i = 0; i < bopt.iters; i++) {
    long rate[2];
    for (int k = 0; k < 2; k++) {
      int v = (i + k) % 2; /* amo first in even rounds, lock first in odd */
      r.which = which[v];
      r.iters = iters[v];
      long window = run_round(&r, n);
      /* Mops per second, times 1000 = ops * 1e7 / ticks (ticks at 10 MHz) */
      rate[v] = (long)n * iters[v] * 10000 / window;
      samples_add(&thr[v], rate[v]);
      struct samples per = {.n = 0};
      for (int w = 0; w < n; w++)
        samples_add(&per, r.ticks[w] * MT_PER_TICK / iters[v]);
      samples_sort(&per);
      samples_add(&lat[v], samples_pct(&per, 50));
    }
    samples_add(&ratio, ratio_milli(rate[0], rate[1]));
  }
  const char *name[2] = {"amo", "lock"};
  const char *unit = bopt.icount ? "Mops_per_Ginsn" : "Mops_per_s";
  for (int v = 0; v < 2; v++) {
    emit_milli(name[v], 0, "throughput", unit, &thr[v]);
    emit_time(name[v], 0, "op_latency", &lat[v]);
  }
  emit_milli("amo", 0, "amo_vs_lock", "x", &ratio);
  emit_done();
  return 0;
}
