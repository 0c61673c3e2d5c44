/* pwrite: parallel writes to pages shared by fork, by P processes and by T
 * threads, one writer per hart (P = T = the boot's hart count).
 *
 * proc:   the parent fills a region of R pages per writer (at most -p,
 *         default 1024 = 4 MiB; an untimed calibration round picks R so
 *         that a round takes about 0.2 s) and forks P children (COW); released together
 *         through a pipe, each child writes its own word in every page of
 *         the region (P * R copying faults in all, each child on its own
 *         copies), then checks every page: its word, the parent's pattern,
 *         and no other writer's word. The parent checks its region after.
 * thread: the parent fills T * R pages, starts T - 1 threads and, when all
 *         spin on the start line, forks a holder child that shares the
 *         region (the fork must shoot down the spinning threads' entries).
 *         Then thread i writes its own word in every page, starting at
 *         page i * R and wrapping, so each page is copied once, by whoever
 *         reaches it first, and threads that catch up race for it (CAS
 *         races). Each page must end with every writer's word and the
 *         pattern; the holder checks that it still sees the original.
 * Figures per variant (median over n rounds, alternating proc and thread):
 *   faults_per_s   writer pages / (last writer's end - first one's start)
 *                  (per 1e9 instructions under icount)
 *   copies, reuses, cas_lost, shootdowns, ipis  counters per writer page */
#include "bthread.h"

#define TARGET_TICKS 2000000L /* a round should take about 0.2 s */
#define CAL_PAGES 16L
#define SLOT_MAX BT_MAX /* writer words 1..BT_MAX of each page */
#define LAST_WORD (PGSIZE / 8 - 1)

static long pattern(long page) { return 0x5a5a0000L + page; }
static long mark(int w, long page) { return ((long)(w + 1) << 32) | page; }

/* Fills npages pages at r: the pattern in the first and last words, zeroes
 * in the writer slots. */
static void fill(long *r, long npages) {
  for (long p = 0; p < npages; p++) {
    long *w = r + p * (PGSIZE / 8);
    w[0] = pattern(p);
    w[LAST_WORD] = ~pattern(p);
    for (int s = 1; s <= SLOT_MAX; s++)
      w[s] = 0;
  }
}

/* Returns 0 if every page holds the pattern, the marks of the writers in
 * the mask 'marked' and zero in every other slot; else the bad page + 1. */
static long check(long *r, long npages, int marked) {
  for (long p = 0; p < npages; p++) {
    long *w = r + p * (PGSIZE / 8);
    if (w[0] != pattern(p) || w[LAST_WORD] != ~pattern(p))
      return p + 1;
    for (int s = 0; s < SLOT_MAX; s++)
      if (w[s + 1] != ((marked >> s) & 1 ? mark(s, p) : 0))
        return p + 1;
  }
  return 0;
}

/* Writes writer w's mark into npages pages starting at page first,
 * wrapping at total. */
static void write_marks(long *r, int w, long first, long npages, long total) {
  long p = first;
  for (long i = 0; i < npages; i++) {
    r[p * (PGSIZE / 8) + 1 + w] = mark(w, p);
    if (++p == total)
      p = 0;
  }
}

struct span {
  uint64 t0, t1;
  long bad; /* check() result */
};

static struct samples rate[2], per[2][5];
static const int counters[5] = {VM_cow_copies, VM_cow_reuses, VM_cow_cas_lost, VM_shootdowns,
                                VM_ipis_sent};
static const char *counter_names[5] = {"copies", "reuses", "cas_lost", "shootdowns", "ipis"};

/* Returns the window from the first writer's start to the last one's end,
 * in ticks (at least 1). */
static long window(struct span *sp, int n) {
  uint64 t0 = sp[0].t0, t1 = sp[0].t1;
  for (int i = 1; i < n; i++) {
    t0 = sp[i].t0 < t0 ? sp[i].t0 : t0;
    t1 = sp[i].t1 > t1 ? sp[i].t1 : t1;
  }
  return (long)(t1 - t0) > 0 ? (long)(t1 - t0) : 1;
}

/* Adds one round's figures for variant v (when rec) and returns the
 * round's window in ticks. */
static long record(int v, int rec, struct span *sp, int n, long pages, struct vmsnap *a,
                   struct vmsnap *b) {
  long w = window(sp, n);
  if (!rec)
    return w;
  samples_add(&rate[v], rate_milli(pages, w));
  for (int c = 0; c < 5; c++)
    samples_add(&per[v][c], vmsnap_delta(a, b, counters[c]) * 1000 / pages);
  return w;
}

/* ---------------------------------------------------------------- proc */

static void proc_child(long *r, long R, int w, int go_fd, int rep_fd) {
  char c;
  struct span s;
  if (read(go_fd, &c, 1) != 1)
    exit(2);
  s.t0 = rdtime();
  write_marks(r, w, 0, R, R);
  s.t1 = rdtime();
  s.bad = check(r, R, 1 << w);
  write(rep_fd, &s, sizeof s);
  exit(s.bad ? 1 : 0);
}

static long round_proc(long *r, long R, int P, int rec) {
  int go[2], rep[2], pid[BT_MAX];
  struct span sp[BT_MAX];
  struct vmsnap a, b;
  if (pipe(go) < 0 || pipe(rep) < 0)
    BENCH_FAIL("pipe failed");
  forkmode(FORK_COW);
  vmsnap_take(&a);
  for (int w = 0; w < P; w++) {
    if ((pid[w] = fork()) < 0)
      BENCH_FAIL("fork failed");
    if (pid[w] == 0) {
      close(go[1]);
      close(rep[0]);
      proc_child(r, R, w, go[0], rep[1]);
    }
  }
  close(go[0]);
  close(rep[1]);
  char start[BT_MAX] = {0};
  write(go[1], start, P);
  for (int i = 0; i < P; i++)
    if (read(rep[0], &sp[i], sizeof sp[i]) != sizeof sp[i])
      BENCH_FAIL("proc writer %d sent no report", i);
  wait_all_ok(P);
  vmsnap_take(&b);
  close(go[1]);
  close(rep[0]);
  for (int i = 0; i < P; i++)
    if (sp[i].bad)
      BENCH_FAIL("proc writer saw wrong data at page %ld", sp[i].bad - 1);
  long bad = check(r, R, 0);
  if (bad)
    BENCH_FAIL("parent's region changed by its children at page %ld", bad - 1);
  return record(0, rec, sp, P, P * R, &a, &b);
}

/* -------------------------------------------------------------- thread */

struct tround {
  long *r;
  long R, total;
  int T;
  int hold[2]; /* the holder child waits on hold[0] */
  int holder;
  struct vmsnap a;
  struct span sp[BT_MAX];
};

static void holder_child(struct tround *t) {
  char c;
  close(t->hold[1]);
  if (read(t->hold[0], &c, 1) != 1)
    exit(2);
  exit(check(t->r, t->total, 0) ? 1 : 0);
}

/* Runs with every thread spinning: fork the holder, then start the clock. */
static void fork_holder(void *arg) {
  struct tround *t = arg;
  forkmode(FORK_COW);
  if ((t->holder = fork()) < 0)
    BENCH_FAIL("fork failed");
  if (t->holder == 0)
    holder_child(t);
  vmsnap_take(&t->a);
}

static void thread_writer(int w, void *arg) {
  struct tround *t = arg;
  t->sp[w].t0 = rdtime();
  write_marks(t->r, w, w * t->R, t->total, t->total);
  t->sp[w].t1 = rdtime();
}

static long round_thread(long *r, long R, int T, int rec) {
  static struct bt_group g;
  static struct tround t;
  struct vmsnap b;
  t = (struct tround){.r = r, .R = R, .total = R * T, .T = T};
  fill(r, t.total);
  if (pipe(t.hold) < 0)
    BENCH_FAIL("pipe failed");
  g.before_go = fork_holder;
  if (bt_run(&g, T, thread_writer, &t) < 0)
    BENCH_FAIL("thread_create or thread_join failed");
  vmsnap_take(&b);
  long bad = check(r, t.total, (1 << T) - 1);
  if (bad)
    BENCH_FAIL("threads' region wrong at page %ld", bad - 1);
  close(t.hold[0]);
  write(t.hold[1], "x", 1);
  close(t.hold[1]);
  int st = -1;
  if (wait(&st) != t.holder || st != 0)
    BENCH_FAIL("holder child saw the threads' writes (status %d)", st);
  return record(1, rec, t.sp, T, t.total, &t.a, &b);
}

/* Runs one round of variant v with R pages per writer; returns ticks. */
static long round_v(int v, long *r, long R, int H, int rec) {
  fill(r, R * H);
  return v ? round_thread(r, R, H, rec) : round_proc(r, R, H, rec);
}

/* Returns the pages per writer that make a round of variant v take about
 * TARGET_TICKS, from an untimed round of CAL_PAGES (at most rmax). */
static long calibrate(int v, long *r, int H, long rmax) {
  long t = round_v(v, r, CAL_PAGES, H, 0);
  long R = CAL_PAGES * TARGET_TICKS / t;
  return R < CAL_PAGES ? CAL_PAGES : (R > rmax ? rmax : R);
}

int main(int argc, char **argv) {
  bench_parse("pwrite", argc, argv, 5, 1024);
  if (bopt.smoke)
    bopt.param = CAL_PAGES;
  long rmax = bopt.param < CAL_PAGES ? CAL_PAGES : bopt.param;
  int H = ncpu();
  if (H > BT_MAX)
    H = BT_MAX;
  long region_kb = rmax * H * (PGSIZE / 1024);
  if (free_kb_after(4096) < 3 * region_kb)
    BENCH_FAIL("not enough free memory for %ld KiB", region_kb);
  int mode0 = forkmode(-1);
  long *r = (long *)heap_grow_kb(region_kb);
  if (!r)
    BENCH_FAIL("sbrk failed");
  long R[2];
  for (int v = 0; v < 2; v++)
    R[v] = calibrate(v, r, H, rmax);
  for (int i = 0; i < bopt.iters; i++)
    for (int k = 0; k < 2; k++) {
      int v = (i + k) % 2; /* proc first in even rounds, thread in odd */
      round_v(v, r, R[v], H, 1);
    }
  const char *vname[2] = {"proc", "thread"};
  for (int v = 0; v < 2; v++) {
    long kb = R[v] * (PGSIZE / 1024); /* per writer */
    emit_milli(vname[v], kb, "faults_per_s", rate_unit(), &rate[v]);
    for (int c = 0; c < 5; c++)
      emit_milli(vname[v], kb, counter_names[c], "per_fault", &per[v][c]);
  }
  forkmode(mode0);
  emit_done();
  return 0;
}
