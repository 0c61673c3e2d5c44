/* shootdown: latency of one TLB shootdown round against the number of
 * target harts, the kernel's own IPI + mailbox protocol against SBI RFENCE,
 * in one boot.
 *
 * ncpu - 1 threads of this process spin in user mode, one per other hart,
 * so that every other hart runs this address space; the main thread then
 * calls kbench(KBENCH_SHOOTDOWN, iters) (iters rounds, each shooting down
 * one page on every other hart running the address space) under
 * tlbmode(TLB_IPI) and tlbmode(TLB_SBI_RFENCE), alternating (ipi, rfence,
 * rfence, ipi, ...) for n rounds after a calibration that picks iters so a
 * sample takes about TARGET_TICKS. Figures: latency per round (us or insn)
 * and targets (IPIs sent per round: the harts actually reached). With one
 * hart there are no targets and the figure is the call's own cost. */
#include "bthread.h"

#define TARGET_TICKS 200000L /* 20 ms */
#define CAL_ITERS 5L

static volatile int stop;

struct sround {
  long iters;
  struct samples lat[2], targets[2];
};

/* Returns ticks for iters rounds in mode m and sets *ipis. */
static long time_mode(int m, long iters, long *ipis) {
  struct vmsnap a, b;
  if (tlbmode(m) < 0)
    BENCH_FAIL("tlbmode(%d) failed", m);
  vmsnap_take(&a);
  long t = kbench(KBENCH_SHOOTDOWN, iters);
  vmsnap_take(&b);
  if (t < 0)
    BENCH_FAIL("kbench(KBENCH_SHOOTDOWN) failed");
  *ipis = vmsnap_delta(&a, &b, VM_ipis_sent);
  return t;
}

static void measure(struct sround *s) {
  const int modes[2] = {TLB_IPI, TLB_SBI_RFENCE};
  long ipis, iters[2];
  for (int v = 0; v < 2; v++) {
    long t = time_mode(modes[v], CAL_ITERS, &ipis);
    long it = t > 0 ? CAL_ITERS * TARGET_TICKS / t : 10000;
    iters[v] = bopt.param > 0 ? bopt.param : (it < 3 ? 3 : (it > 100000 ? 100000 : it));
  }
  for (int i = 0; i < bopt.iters; i++) {
    for (int k = 0; k < 2; k++) {
      int v = (i + k) % 2;
      long t = time_mode(modes[v], iters[v], &ipis);
      samples_add(&s->lat[v], t * MT_PER_TICK / iters[v]);
      samples_add(&s->targets[v], ipis * 1000 / iters[v]);
    }
  }
}

static void worker(int idx, void *arg) {
  if (idx == 0) {
    /* let every spinner get onto its hart before the first round */
    uint64 t0 = rdtime();
    while (rdtime() - t0 < 100000) /* 10 ms */
      ;
    measure(arg);
    __atomic_store_n(&stop, 1, __ATOMIC_RELEASE);
    return;
  }
  while (!__atomic_load_n(&stop, __ATOMIC_ACQUIRE))
    ;
}

int main(int argc, char **argv) {
  bench_parse("shootdown", argc, argv, 7, 0);
  if (bopt.smoke)
    bopt.param = 3;
  int n = ncpu() > BT_MAX ? BT_MAX : ncpu();
  static struct sround s;
  static struct bt_group g;
  int mode0 = tlbmode(-1);
  if (mode0 < 0)
    BENCH_FAIL("tlbmode(-1) failed");
  if (bt_run(&g, n, worker, &s) < 0)
    BENCH_FAIL("thread_create or thread_join failed");
  tlbmode(mode0);
  const char *name[2] = {"ipi", "rfence"};
  for (int v = 0; v < 2; v++) {
    emit_time(name[v], 0, "latency", &s.lat[v]);
    emit_milli(name[v], 0, "targets", "count", &s.targets[v]);
  }
  emit_done();
  return 0;
}
