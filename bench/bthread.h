/* bthread.h: running one worker per hart for the benchmarks: the calling
 * thread is worker 0 and creates workers 1..n-1 as threads of this process,
 * on stacks taken from sbrk at that moment (so that they are private even
 * after a fork), lines them up on a start flag and joins them. */
#ifndef BTHREAD_H
#define BTHREAD_H

#include "bench.h"

#define BT_MAX 8
#define BT_STACK (16 * 1024)

struct bt_group {
  int n;
  void (*fn)(int idx, void *arg);
  void *arg;
  void (*before_go)(void *arg); /* optional: runs once all are lined up */
  volatile int ready;           /* workers that reached the start line */
  volatile int go;
  int tid[BT_MAX];
};

struct bt_start {
  struct bt_group *g;
  int idx;
};

static struct bt_start bt_starts[BT_MAX];

static void bt_wait_go(struct bt_group *g) {
  __atomic_fetch_add(&g->ready, 1, __ATOMIC_ACQ_REL);
  while (!__atomic_load_n(&g->go, __ATOMIC_ACQUIRE))
    ;
}

static void bt_entry(void *a) {
  struct bt_start *s = a;
  bt_wait_go(s->g);
  s->g->fn(s->idx, s->g->arg);
}

/* Runs fn(i, arg) on n workers (i = 0 on the caller) released together
 * (after g->before_go(arg), if set, once all n are waiting);
 * returns 0, or -1 (after joining what started) if a thread could not be
 * created. g must stay valid until it returns. */
static BENCH_UNUSED int bt_run(struct bt_group *g, int n, void (*fn)(int, void *), void *arg) {
  static char *stacks;
  if (!stacks) {
    stacks = sbrk(BT_MAX * BT_STACK);
    if (stacks == (char *)-1)
      BENCH_FAIL("sbrk for thread stacks failed");
  }
  g->n = n;
  g->fn = fn; /* g->before_go is the caller's to set */
  g->arg = arg;
  g->ready = 0;
  g->go = 0;
  int made = 1, err = 0;
  for (int i = 1; i < n; i++, made++) {
    bt_starts[i] = (struct bt_start){g, i};
    g->tid[i] = thread_create(bt_entry, &bt_starts[i], stacks + (i + 1) * BT_STACK);
    if (g->tid[i] <= 0) {
      err = -1;
      break;
    }
  }
  /* Spin for up to 1 ms, then sleep a tick at a time, so that a new
   * thread queued behind this one on the same hart gets to run. */
  uint64 t0 = rdtime();
  while (__atomic_load_n(&g->ready, __ATOMIC_ACQUIRE) < made - 1)
    if (rdtime() - t0 > TICKS_PER_S / 1000)
      sleep(1);
  if (g->before_go)
    g->before_go(arg);
  __atomic_store_n(&g->go, 1, __ATOMIC_RELEASE);
  if (!err)
    fn(0, arg);
  for (int i = 1; i < made; i++) {
    int st;
    if (thread_join(g->tid[i], &st) < 0)
      err = -1;
  }
  return err;
}

#endif
