/* todf: on-demand fork (forkmode=odf): a fork shares the parent's leaf
 * page tables (2 MiB of address space each) instead of its pages' entries,
 * and the first access by either side takes the table back: revalidated
 * in O(1) if the other side has gone, else unshared (copied, its writable
 * leaves made COW). Every case sets odf mode itself (the harness restores
 * the boot's), so the program means the same in every boot; the races need
 * several harts. The counters odf_tables_shared, odf_unshares and
 * odf_revalidations (vmstat) show which path a case took.
 *
 * Regions of whole leaf tables come from the heap, which starts at a table
 * boundary; each page's first and last words hold a value of its page and
 * generation, never the DEBUG kernel's freed-page poison. */
#include "t.h"

#define SELF "/todf"
#define TPAGES 512               /* pages one leaf table maps */
#define SPAN (TPAGES * PGSIZE)   /* the address space one leaf table maps */
#define WPP ((long)(PGSIZE / 8)) /* words per page */
#define TICKS_PER_US 10UL        /* the 10 MHz timebase */
#define MAXT 8
#define STACK 16384
static char stacks[MAXT][STACK] __attribute__((aligned(16)));
static void *stack_top(int i) { return stacks[i] + STACK; }

static uint64 vm(int i) { return vmstat_get(i); }

/* ---- regions and their values ---- */

/* n whole leaf tables of fresh heap, from a table boundary, every page
 * written with generation 1. */
static uint64 *tables(int n) {
  uint64 pad = (SPAN - (uint64)sbrk(0) % SPAN) % SPAN;
  if (pad && sbrk(pad) == (char *)-1)
    T_FAIL("sbrk(%ld) to a table boundary failed", (long)pad);
  uint64 *p = (uint64 *)sbrk(n * SPAN);
  if (p == (uint64 *)-1)
    T_FAIL("sbrk(%d tables) failed", n);
  return p;
}

static uint64 val(long pg, int g) { return ((uint64)g << 44) ^ (pg * 0x9e3779b97f4a7c15UL) ^ 7; }

/* Writes generation g into pages [from, to) of p, one page at a time
 * downwards if down. */
static void put(uint64 *p, long from, long to, int g, int down) {
  for (long i = 0; i < to - from; i++) {
    long pg = down ? to - 1 - i : from + i;
    p[pg * WPP] = val(pg, g);
    p[pg * WPP + WPP - 1] = ~val(pg, g);
  }
}

/* The first page of [from, to) that does not hold generation g, or -1;
 * *got: the value found there. */
static long bad(const uint64 *p, long from, long to, int g, uint64 *got) {
  for (long pg = from; pg < to; pg++) {
    volatile const uint64 *w = p + pg * WPP;
    if (w[0] != val(pg, g) || w[WPP - 1] != ~val(pg, g)) {
      *got = w[0];
      return pg;
    }
  }
  return -1;
}

/* Fails unless pages [from, to) of p hold generation g (who: whose view). */
static void expect(const uint64 *p, long from, long to, int g, const char *who) {
  uint64 got;
  long pg = bad(p, from, to, g, &got);
  if (pg >= 0)
    T_FAIL("%s: page %ld holds 0x%lx, not generation %d's", who, pg, got, g);
}

/* Spins until the time CSR reaches t. */
static void at(uint64 t) {
  while (rdtime() < t)
    ;
}

/* ---- cost: O(tables), not O(pages) ---- */

/* A fork of a 64 MiB parent (32 leaf tables of resident pages) allocates
 * a few pages (the child's space, root, L1 table; a text table the
 * parent's first fetch unshares while the child lives), not one per leaf
 * table as a cow fork would (32 at least), and shares every leaf table;
 * once the child has exited, the parent's writes revalidate each table
 * and make no COW fault: no leaf was write-protected. */
static void fork_64m(void) {
  enum { N = 32 };
  forkmode(FORK_ODF);
  uint64 *p = tables(N);
  put(p, 0, N * TPAGES, 1, 0);
  t_warm_stack();
  uint64 v0[VMSTAT_COUNT], v1[VMSTAT_COUNT], v2[VMSTAT_COUNT];
  vmstat(v1, VMSTAT_COUNT); /* the arrays' pages private before fork */
  vmstat(v2, VMSTAT_COUNT);
  vmstat(v0, VMSTAT_COUNT);
  CHECK(t_fork_exit_wait() > 0);
  vmstat(v1, VMSTAT_COUNT);
  put(p, 0, N * TPAGES, 2, 0);
  vmstat(v2, VMSTAT_COUNT);
  long allocs = v1[VM_page_allocs] - v0[VM_page_allocs];
  long shared = v1[VM_odf_tables_shared] - v0[VM_odf_tables_shared];
  if (allocs > 8)
    T_FAIL("odf fork of %d tables allocated %ld pages", N, allocs);
  if (shared < N + 2)
    T_FAIL("odf fork shared %ld leaf tables, want %d of heap, text's and stack's", shared, N);
  CHECK_EQ(v1[VM_cow_copies] - v0[VM_cow_copies], 0);
  CHECK_EQ(v2[VM_cow_faults] - v1[VM_cow_faults], 0);
  if (v2[VM_odf_revalidations] - v1[VM_odf_revalidations] < N)
    T_FAIL("%ld revalidations for %d heap tables whose child exited",
           (long)(v2[VM_odf_revalidations] - v1[VM_odf_revalidations]), N);
  CHECK_EQ(v2[VM_page_allocs] - v1[VM_page_allocs], 0);
  expect(p, 0, N * TPAGES, 2, "parent");
}

/* ---- isolation ---- */

#define NW (4 * WPP) /* words per small region: 4 pages */
static uint64 g_data[NW] = {1};
static uint64 g_bss[NW];

static void fill_w(uint64 *w, int k, int g) {
  for (long i = 0; i < NW; i++)
    w[i] = val(i + k * NW, g);
}
static void check_w(const uint64 *w, int k, int g, const char *who) {
  for (long i = 0; i < NW; i++)
    if (w[i] != val(i + k * NW, g))
      T_FAIL("%s: region %d word %ld is not generation %d's", who, k, i, g);
}

/* Text, data, bss, heap and stack after an odf fork: both sides write
 * their own generation at once, then each sees only its own; the text is
 * the same on both sides. Each of the three tables (text and data, heap,
 * stack) is unshared by whichever side comes first (the other is alive). */
static void isolation(void) {
  forkmode(FORK_ODF);
  uint64 stack[NW];
  uint64 *heap = tables(1);
  uint64 *r[4] = {g_data, g_bss, heap, stack};
  const char *text = (const char *)(uint64)isolation;
  char text0[256];
  memcpy(text0, text, sizeof text0);
  for (int k = 0; k < 4; k++)
    fill_w(r[k], k, 1);
  int up[2], down[2];
  CHECK_EQ(pipe(up), 0);
  CHECK_EQ(pipe(down), 0);
  uint64 u0 = vm(VM_odf_unshares);
  int pid = t_fork();
  if (pid == 0) {
    close(down[1]); /* a parent that fails ends our wait */
    for (int k = 0; k < 4; k++)
      check_w(r[k], k, 1, "child before writing");
    for (int k = 0; k < 4; k++)
      fill_w(r[k], k, 2);
    for (int k = 0; k < 4; k++)
      check_w(r[k], k, 2, "child after writing");
    CHECK(memcmp(text0, text, sizeof text0) == 0);
    t_signal(up[1]);
    t_await(down[0]);
    for (int k = 0; k < 4; k++)
      check_w(r[k], k, 2, "child after the parent wrote");
    exit(0);
  }
  for (int k = 0; k < 4; k++)
    fill_w(r[k], k, 3);
  for (int k = 0; k < 4; k++)
    check_w(r[k], k, 3, "parent after writing");
  t_await(up[0]);
  for (int k = 0; k < 4; k++)
    check_w(r[k], k, 3, "parent after the child wrote");
  CHECK(memcmp(text0, text, sizeof text0) == 0);
  t_signal(down[1]);
  t_wait_ok(pid, "child");
  if (vm(VM_odf_unshares) - u0 < 3)
    T_FAIL("%ld unshares for three tables both sides wrote", (long)(vm(VM_odf_unshares) - u0));
}

/* ---- races between processes ---- */

/* Reads a start time from fd (sent by the parent once all are forked). */
static uint64 start_time(int fd) {
  uint64 t;
  if (read(fd, &t, sizeof t) != sizeof t)
    T_FAIL("no start time");
  return t;
}

static void send_times(int fd, int n, uint64 t) {
  for (int i = 0; i < n; i++)
    if (write(fd, &t, sizeof t) != sizeof t)
      T_FAIL("cannot send the start time");
}

/* The parent and ncpu - 1 children (one at least) all write two shared
 * tables at the same moment (from different harts), each then seeing only
 * its own writes: every one of them takes both tables at once, by
 * unsharing, the last perhaps by revalidating. The start times differ a
 * little by round, so that each side arrives first sometimes. */
static void unshare_both(void) {
  enum { ROUNDS = 30, N = 2 };
  forkmode(FORK_ODF);
  int kids = ncpu() - 1 < 1 ? 1 : ncpu() - 1, pids[MAXT];
  uint64 *p = tables(N);
  uint64 u0 = vm(VM_odf_unshares), v0 = vm(VM_odf_revalidations);
  for (int round = 0; round < ROUNDS; round++) {
    put(p, 0, N * TPAGES, 1, 0);
    int tp[2];
    CHECK_EQ(pipe(tp), 0);
    for (int c = 0; c < kids; c++) {
      pids[c] = t_fork();
      if (pids[c] == 0) {
        close(tp[1]); /* a parent that fails ends our wait */
        at(start_time(tp[0]) + (round * 7 + c * 3) % 5 * 20 * TICKS_PER_US);
        put(p, 0, N * TPAGES, 10 + c, c & 1);
        expect(p, 0, N * TPAGES, 10 + c, "child after writing");
        exit(0);
      }
    }
    uint64 t0 = rdtime() + 5000 * TICKS_PER_US;
    send_times(tp[1], kids, t0);
    at(t0 + round % 5 * 20 * TICKS_PER_US);
    put(p, 0, N * TPAGES, 2, 1);
    expect(p, 0, N * TPAGES, 2, "parent after writing");
    for (int c = 0; c < kids; c++)
      t_wait_ok(pids[c], "writer");
    expect(p, 0, N * TPAGES, 2, "parent after the children");
    close(tp[0]);
    close(tp[1]);
    t_progress();
  }
  uint64 takes = vm(VM_odf_unshares) - u0 + vm(VM_odf_revalidations) - v0;
  if (vm(VM_odf_unshares) - u0 < ROUNDS * N)
    T_FAIL("%ld unshares in %d rounds of %d tables", (long)(vm(VM_odf_unshares) - u0), ROUNDS, N);
  if (takes < (uint64)ROUNDS * N * (kids + 1))
    T_FAIL("%ld takes of %d tables by %d processes in %d rounds", (long)takes, N, kids + 1, ROUNDS);
}

/* One side revalidating while the other unshares. Round after round one
 * side (parent and child in turn) reads a shared table of written pages
 * (a load: the read fault unshares it, the other side being alive) and
 * checks that every page holds the value from before the fork, while the
 * other side, starting a little earlier or later each round (-20 to +58
 * microseconds), writes every page from the last down. When the writer
 * comes during the unshare it finds its table still shared (or claimed,
 * by the other process: no claim spans processes) and unshares too, or,
 * if the reader has dropped its reference already, revalidates it: the
 * reader must by then have write-protected every leaf and taken each
 * page's reference, or the writer's stores land in pages the reader's
 * copy maps (an unsharer that puts the table first fails this). */
static void revalidate_vs_unshare(void) {
  enum { ROUNDS = 240 };
  forkmode(FORK_ODF);
  uint64 *p = tables(1);
  uint64 u0 = vm(VM_odf_unshares), v0 = vm(VM_odf_revalidations);
  int rounds = 0;
  for (int end = uptime() + 8 * TICKS_PER_S; rounds < ROUNDS && (rounds < 40 || uptime() < end);
       rounds++) {
    int round = rounds;
    put(p, 0, TPAGES, 1, 0);
    int tp[2];
    CHECK_EQ(pipe(tp), 0);
    long lag = (long)(round / 2 % 40) * 2 - 20; /* microseconds the writer starts after */
    int child_reads = round & 1;
    int pid = t_fork();
    uint64 t0;
    if (pid != 0) {
      t0 = rdtime() + 3000 * TICKS_PER_US;
      send_times(tp[1], 1, t0);
    } else {
      close(tp[1]); /* a parent that fails ends our wait */
      t0 = start_time(tp[0]);
    }
    uint64 reader_at = t0 + (lag < 0 ? -lag : 0) * TICKS_PER_US;
    uint64 writer_at = t0 + (lag > 0 ? lag : 0) * TICKS_PER_US;
    if ((pid == 0) == child_reads) { /* the reader */
      at(reader_at);
      uint64 got;
      long pg = bad(p, 0, TPAGES, 1, &got);
      if (pg >= 0)
        T_FAIL("round %d (writer at %ld us): the %s sees page %ld as 0x%lx: the other's write",
               round, lag, pid == 0 ? "child" : "parent", pg, got);
    } else {
      at(writer_at);
      put(p, 0, TPAGES, 2 + (pid == 0), 1);
      expect(p, 0, TPAGES, 2 + (pid == 0), "the writer");
    }
    if (pid == 0)
      exit(0);
    t_wait_ok(pid, "other side");
    close(tp[0]);
    close(tp[1]);
    t_progress();
  }
  if (vm(VM_odf_unshares) - u0 < (uint64)rounds)
    T_FAIL("%ld unshares in %d rounds", (long)(vm(VM_odf_unshares) - u0), rounds);
  if (vm(VM_odf_revalidations) == v0)
    T_FAIL("no revalidation in %d rounds: the second side never came last", rounds);
}

/* ---- threads of one process ---- */

/* Threads of one process take shared tables at once (one claims each, the
 * others find it claimed and retry, or find it taken already), by user
 * stores and loads and by kernel copies: read() into the tables' pages
 * from a pipe, write() from them into one. All walk the same TH_TABLES
 * tables in step, so that each table is a race of its own. A child holds
 * the tables, so each take is an unshare, and at the end checks that it
 * saw none of the threads' accesses. Every access must succeed (none is
 * killed, no copy fails, for a table it found taken) and every store and
 * read must land. */
#define TH_TABLES 8
#define TH_BYTES 200
#define TH_WORDS 32 /* the words of each thread's page the threads may change */
static uint64 *th_region;
static volatile int th_go, th_arrived, th_n;
static int th_in[2], th_out[2];
static uint64 th_before[MAXT][TH_TABLES][TH_WORDS]; /* those words at the fork */

/* Thread i's page in table t. */
static long th_page(int i, int t) { return t * TPAGES + 100 + i * 50; }

static void th_body(void *arg) {
  long i = (long)arg;
  if (__atomic_add_fetch(&th_arrived, 1, __ATOMIC_SEQ_CST) == th_n)
    th_go = 1;
  while (!th_go)
    ;
  for (int t = 0; t < TH_TABLES; t++) {
    uint64 *w = th_region + th_page(i, t) * WPP;
    switch (i % 4) {
    case 0: /* a user store */
      w[1] = 0x77000 + i;
      break;
    case 1: /* a user load */
      if (w[0] != val(th_page(i, t), 1))
        thread_exit(3);
      break;
    case 2: /* the kernel writes the page */
      if (read(th_in[0], (char *)w + 8, TH_BYTES) != TH_BYTES)
        thread_exit(4);
      break;
    case 3: /* the kernel reads the page */
      if (write(th_out[1], (char *)w, TH_BYTES) != TH_BYTES)
        thread_exit(5);
      break;
    }
  }
  thread_exit(0);
}

/* Whether v is word 0 of some copier thread's page (the pipe holds their
 * pages in an order no one knows). */
static int th_copied(uint64 v, int n) {
  for (int j = 3; j < n; j += 4)
    for (int t = 0; t < TH_TABLES; t++)
      if (v == val(th_page(j, t), 1))
        return 1;
  return 0;
}

static void threads_fault(void) {
  forkmode(FORK_ODF);
  int n = ncpu() < 4 ? 4 : ncpu() > MAXT ? MAXT : ncpu(), tid[MAXT], readers = 0, copiers = 0;
  for (int i = 0; i < n; i++) {
    readers += i % 4 == 2;
    copiers += i % 4 == 3;
  }
  th_region = tables(TH_TABLES);
  th_n = n;
  CHECK_EQ(pipe(th_in), 0);
  CHECK_EQ(pipe(th_out), 0);
  static char src[TH_BYTES], got[TH_BYTES];
  uint64 u0 = vm(VM_odf_unshares), r0 = vm(VM_fault_races);
  int rounds = 0;
  for (; rounds < 300 && (rounds < 30 || (ncpu() > 1 && vm(VM_fault_races) == r0)); rounds++) {
    put(th_region, 0, TH_TABLES * TPAGES, 1, 0);
    for (int i = 0; i < TH_BYTES; i++)
      src[i] = (char)(rounds + i * 3);
    for (int k = 0; k < readers * TH_TABLES; k++)
      CHECK_EQ(write(th_in[1], src, TH_BYTES), TH_BYTES);
    for (int i = 0; i < n; i++)
      for (int t = 0; t < TH_TABLES; t++)
        memcpy(th_before[i][t], th_region + th_page(i, t) * WPP, sizeof th_before[i][t]);
    int s[2];
    CHECK_EQ(pipe(s), 0);
    int pid = t_fork();
    if (pid == 0) {
      close(s[1]); /* a parent that fails ends our wait */
      t_await(s[0]);
      expect(th_region, 0, TH_TABLES * TPAGES, 1, "child");
      for (int i = 0; i < n; i++)
        for (int t = 0; t < TH_TABLES; t++)
          if (memcmp(th_before[i][t], th_region + th_page(i, t) * WPP, sizeof th_before[i][t]))
            T_FAIL("round %d: the child sees thread %d's access to table %d", rounds, i, t);
      exit(0);
    }
    th_go = th_arrived = 0;
    for (long i = 0; i < n; i++)
      CHECK((tid[i] = thread_create(th_body, (void *)i, stack_top(i))) > 0);
    for (int i = 0; i < n; i++) {
      int st = -1;
      CHECK_EQ(thread_join(tid[i], &st), 0);
      if (st != 0)
        T_FAIL("round %d: thread %d's access failed (%d)", rounds, i, st);
    }
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < TH_TABLES; t++) {
        uint64 *w = th_region + th_page(i, t) * WPP;
        if (i % 4 == 0)
          CHECK_EQ(w[1], 0x77000 + i);
        if (i % 4 == 2 && memcmp((char *)w + 8, src, TH_BYTES) != 0)
          T_FAIL("round %d: thread %d's read() into table %d did not land", rounds, i, t);
      }
    }
    for (int k = 0; k < copiers * TH_TABLES; k++) {
      CHECK_EQ(read(th_out[0], got, TH_BYTES), TH_BYTES);
      if (!th_copied(*(uint64 *)got, n))
        T_FAIL("round %d: write() from a page sent 0x%lx", rounds, *(uint64 *)got);
    }
    t_signal(s[1]);
    t_wait_ok(pid, "sharing child");
    close(s[0]);
    close(s[1]);
    t_progress();
  }
  if (vm(VM_odf_unshares) - u0 < (uint64)rounds * TH_TABLES)
    T_FAIL("%ld unshares of %d tables in %d rounds", (long)(vm(VM_odf_unshares) - u0), TH_TABLES,
           rounds);
  if (ncpu() > 1 && vm(VM_fault_races) == r0)
    T_FAIL("no thread ever found a table taken by a sibling in %d rounds", rounds);
}

/* ---- out of memory ---- */

/* A child that takes (reads) tables of the region; it loads a word of
 * each, so that only an unshare, never a COW copy, needs memory. */
static void oom_loader(int go, const uint64 *p, int n) {
  t_await(go);
  for (int k = 0; k < n; k++)
    if (p[k * TPAGES * WPP] != val(k * TPAGES, 1))
      exit(2);
  exit(0);
}

/* The same by a kernel copy: write() from each table's first page. */
static void oom_copier(int go, int out, const uint64 *p, int n) {
  t_await(go);
  for (int k = 0; k < n; k++)
    if (write(out, (const char *)(p + k * TPAGES * WPP), 8) != 8)
      exit(3); /* the copy failed cleanly */
  exit(0);
}

/* Out of memory in an unshare kills only the faulter: two children share
 * the parent's tables; with memory exhausted each in turn reads them (by
 * loads, then by a kernel copy); its unshare finds no page for the copy
 * of a table: the loader is killed, the copier's write fails or it is
 * killed. Then the parent, the tables' last sharer, reads and writes all
 * of them with no page free: revalidations need no memory, and its leaves
 * are writable still (no COW fault). Nothing leaks (the harness). */
static void oom_unshare(void) {
  enum { N = 4 };
  forkmode(FORK_ODF);
  t_warm_stack();
  char *brk0 = sbrk(0);
  uint64 *p = tables(N);
  put(p, 0, N * TPAGES, 1, 0);
  int go1[2], go2[2], out[2];
  CHECK_EQ(pipe(go1), 0);
  CHECK_EQ(pipe(go2), 0);
  CHECK_EQ(pipe(out), 0);
  int loader = t_fork();
  if (loader == 0) {
    close(go1[1]); /* a parent that fails ends our wait */
    oom_loader(go1[0], p, N);
  }
  int copier = t_fork();
  if (copier == 0) {
    close(go2[1]);
    oom_copier(go2[0], out[1], p, N);
  }
  t_warm_stack(); /* our stack's table: ours again, while memory lasts */
  uint64 oom0 = vm(VM_oom_kills), v0 = vm(VM_odf_revalidations);
  long grabbed = t_exhaust();
  t_signal(go1[1]);
  int st1 = t_wait(loader);
  grabbed += t_exhaust(); /* what the loader's death gave back */
  long left = t_free();
  t_signal(go2[1]);
  int st2 = t_wait(copier);
  grabbed += t_exhaust();
  uint64 f0 = vm(VM_cow_faults);
  expect(p, 0, N * TPAGES, 1, "parent with memory exhausted");
  put(p, 0, N * TPAGES, 2, 0);
  uint64 f1 = vm(VM_cow_faults), v1 = vm(VM_odf_revalidations), oom1 = vm(VM_oom_kills);
  CHECK(sbrk(-(int)(grabbed * PGSIZE)) != (char *)-1);
  if (st1 != -1)
    T_FAIL("loader's status %d with memory exhausted, want -1 (killed)", st1);
  if (st2 != 3 && st2 != -1)
    T_FAIL("copier's status %d with %ld pages free: want 3 (write failed) or -1", st2, left);
  if (oom1 - oom0 < 1 || oom1 - oom0 > 2)
    T_FAIL("%ld OOM kills, want the loader's (and maybe the copier's)", (long)(oom1 - oom0));
  if (v1 - v0 < N)
    T_FAIL("%ld revalidations of %d tables, with no page free", (long)(v1 - v0), N);
  CHECK_EQ(f1 - f0, 0);
  expect(p, 0, N * TPAGES, 2, "parent");
  CHECK(sbrk(-(int)(sbrk(0) - brk0)) != (char *)-1);
  close(out[0]);
  close(out[1]);
}

/* ---- generations, exec, sbrk, kill, modes ---- */

/* Three generations share one table: the parent forks a child that,
 * without touching the table, forks a grandchild (its entry, shared,
 * gives the grandchild one more reference: no table is copied). The
 * grandchild sees the parent's data, then each generation in turn (the
 * youngest first) writes its own, unsharing; the last, the parent, finds
 * itself the only sharer and revalidates, and reuses every page (the
 * unsharers made its leaves COW; it alone maps the pages now). */
static void three_generations(void) {
  forkmode(FORK_ODF);
  uint64 *p = tables(1);
  put(p, 0, TPAGES, 1, 0);
  uint64 sh0 = vm(VM_odf_tables_shared);
  int pid = t_fork();
  if (pid == 0) {
    int g = t_fork();
    if (g == 0) {
      uint64 u0 = vm(VM_odf_unshares);
      expect(p, 0, TPAGES, 1, "grandchild");
      if (vm(VM_odf_unshares) == u0)
        T_FAIL("the grandchild's read did not unshare a table three share");
      put(p, 0, TPAGES, 3, 0);
      expect(p, 0, TPAGES, 3, "grandchild after writing");
      exit(0);
    }
    t_wait_ok(g, "grandchild");
    expect(p, 0, TPAGES, 1, "child after the grandchild wrote");
    put(p, 0, TPAGES, 2, 1);
    expect(p, 0, TPAGES, 2, "child after writing");
    exit(0);
  }
  t_wait_ok(pid, "child");
  if (vm(VM_odf_tables_shared) - sh0 < 6)
    T_FAIL("two forks shared %ld tables", (long)(vm(VM_odf_tables_shared) - sh0));
  uint64 v0 = vm(VM_odf_revalidations), c0 = vm(VM_cow_copies), r0 = vm(VM_cow_reuses);
  expect(p, 0, TPAGES, 1, "parent after both wrote");
  put(p, 0, TPAGES, 4, 0);
  if (vm(VM_odf_revalidations) == v0)
    T_FAIL("the last sharer did not revalidate");
  /* The unsharers made the leaves COW; we own every page alone now. */
  CHECK_EQ(vm(VM_cow_copies) - c0, 0);
  CHECK(vm(VM_cow_reuses) - r0 >= TPAGES);
  expect(p, 0, TPAGES, 4, "parent");
}

/* A child that execs while the parent refaults its tables: the exec's
 * teardown puts each shared table while the parent takes them (unshare
 * while the child holds them, revalidate once it has let go). The child
 * execs at once or after a few microseconds, varying by round. */
static void exec_refault(void) {
  enum { N = 8, ROUNDS = 24 };
  forkmode(FORK_ODF);
  uint64 *p = tables(N);
  uint64 u0 = vm(VM_odf_unshares), v0 = vm(VM_odf_revalidations);
  for (int round = 0; round < ROUNDS; round++) {
    put(p, 0, N * TPAGES, 1, 0);
    int pid = t_fork();
    if (pid == 0) {
      at(rdtime() + round % 6 * 30 * TICKS_PER_US);
      char code[8];
      snprintf(code, sizeof code, "%d", round);
      char *argv[] = {"todf", "--exit", code, 0};
      exec(SELF, argv);
      exit(99);
    }
    put(p, 0, N * TPAGES, 2, round & 1);
    expect(p, 0, N * TPAGES, 2, "parent");
    CHECK_EQ(t_wait(pid), round);
    t_progress();
  }
  uint64 takes = vm(VM_odf_unshares) - u0 + vm(VM_odf_revalidations) - v0;
  if (takes < (uint64)N * ROUNDS)
    T_FAIL("%ld takes of %d tables in %d rounds", (long)takes, N, ROUNDS);
}

/* sbrk shrink across shared tables: from 3 whole tables to 1 and a
 * quarter, so that the last table is let go whole (its entry cleared, no
 * copy) and the middle one is unshared first and then cut; then the heap
 * grows back, showing zeros. The other side keeps all three tables'
 * pages. Once with the parent shrinking, once with the child; the other
 * side waits, its own faults done, so that the counters count only the
 * shrink's: one unshare, one page (the partial table's copy). */
static void shrink_side(uint64 *p, const char *who) {
  long keep = TPAGES + TPAGES / 4;
  t_warm_stack();
  (void)vm(VM_odf_unshares); /* the stack's table, taken by the copy-out */
  uint64 u0 = vm(VM_odf_unshares), a0 = vm(VM_page_allocs);
  CHECK(sbrk(-(int)((3 * TPAGES - keep) * PGSIZE)) == (char *)(p + 3 * TPAGES * WPP));
  uint64 u1 = vm(VM_odf_unshares), a1 = vm(VM_page_allocs);
  if (u1 - u0 != 1 || a1 - a0 != 1)
    T_FAIL("%s: a shrink across a partial and a whole shared table made %ld unshares and "
           "allocated %ld pages, want 1 and 1",
           who, (long)(u1 - u0), (long)(a1 - a0));
  CHECK(sbrk((3 * TPAGES - keep) * PGSIZE) == (char *)(p + keep * WPP));
  for (long pg = keep; pg < 3 * TPAGES; pg++)
    if (p[pg * WPP] != 0 || p[pg * WPP + WPP - 1] != 0)
      T_FAIL("%s: regrown page %ld is not zero", who, pg);
  expect(p, 0, keep, 1, who);
  put(p, 0, 3 * TPAGES, 4, 0);
}

static void sbrk_shrink(void) {
  forkmode(FORK_ODF);
  uint64 *p = tables(3);
  for (int shrinker_is_child = 0; shrinker_is_child < 2; shrinker_is_child++) {
    put(p, 0, 3 * TPAGES, 1, 0);
    int ready[2], s[2];
    CHECK_EQ(pipe(ready), 0);
    CHECK_EQ(pipe(s), 0);
    int pid = t_fork();
    if (pid == 0) {
      close(s[1]); /* a parent that fails ends our wait */
      if (shrinker_is_child) {
        shrink_side(p, "child");
      } else {
        t_warm_stack();
        t_signal(ready[1]);
        t_await(s[0]);
        expect(p, 0, 3 * TPAGES, 1, "child after the parent shrank");
      }
      exit(0);
    }
    close(ready[1]); /* a child that fails ends our wait */
    if (!shrinker_is_child) {
      t_await(ready[0]);
      shrink_side(p, "parent");
    }
    t_signal(s[1]);
    t_wait_ok(pid, "child");
    if (shrinker_is_child)
      expect(p, 0, 3 * TPAGES, 1, "parent after the child shrank");
    close(ready[0]);
    close(s[0]);
    close(s[1]);
  }
}

/* sbrk grow into a shared table: the heap ends mid-table; the child grows
 * it there (unsharing the table first), sees zeros in the new pages and
 * the parent's data below; the parent's pages stay its own. */
static void sbrk_grow(void) {
  forkmode(FORK_ODF);
  uint64 *p = tables(1);
  CHECK(sbrk(-(int)(SPAN / 2)) != (char *)-1); /* the heap ends mid-table */
  put(p, 0, TPAGES / 2, 1, 0);
  int pid = t_fork();
  if (pid == 0) {
    t_warm_stack();
    (void)vm(VM_odf_unshares); /* the stack's table, taken by the copy-out */
    uint64 u0 = vm(VM_odf_unshares);
    CHECK(sbrk(SPAN / 4) == (char *)(p + TPAGES / 2 * WPP));
    if (vm(VM_odf_unshares) == u0)
      T_FAIL("growing into a shared table did not unshare it");
    for (long pg = TPAGES / 2; pg < TPAGES * 3 / 4; pg++)
      if (p[pg * WPP] != 0)
        T_FAIL("child: grown page %ld is not zero", pg);
    expect(p, 0, TPAGES / 2, 1, "child");
    put(p, 0, TPAGES * 3 / 4, 2, 0);
    exit(0);
  }
  t_wait_ok(pid, "growing child");
  expect(p, 0, TPAGES / 2, 1, "parent");
  CHECK(sbrk(0) == (char *)(p + TPAGES / 2 * WPP));
}

/* Kill during an unshare: children that fork and then write many shared
 * tables (each write taking a table: unshares while the grandchild lives,
 * revalidations after) are killed at random moments; the parent's data
 * stays, and every table and page comes back (the harness). */
static void kill_unshare(void) {
  enum { N = 6 };
  forkmode(FORK_ODF);
  uint64 *p = tables(N);
  put(p, 0, N * TPAGES, 1, 0);
  int n = 2 * ncpu() > 12 ? 12 : 2 * ncpu(), pids[12];
  uint64 u0 = vm(VM_odf_unshares), seed = 0x0df;
  for (int round = 0; round < 3; round++) {
    for (int c = 0; c < n; c++) {
      pids[c] = t_fork();
      if (pids[c] == 0) {
        for (int g = 10;; g++) {
          int gc = fork();
          if (gc == 0) {
            put(p, 0, N * TPAGES, g + 1000, 1);
            exit(0);
          }
          put(p, 0, N * TPAGES, g, g & 1);
          if (gc > 0)
            wait(0);
        }
      }
    }
    for (int c = 0; c < n; c++) {
      for (volatile long k = t_rand(&seed) % 200000; k > 0; k--)
        ;
      CHECK_EQ(kill(pids[c]), 0);
    }
    for (int c = 0; c < n; c++)
      CHECK_EQ(t_wait(pids[c]), -1);
    expect(p, 0, N * TPAGES, 1, "parent");
    t_progress();
  }
  if (vm(VM_odf_unshares) - u0 < (uint64)n)
    T_FAIL("only %ld unshares by %d killed writers", (long)(vm(VM_odf_unshares) - u0), n);
}

/* Cow and eager forks of a process whose tables are still shared from an
 * odf fork (the mode changed at run time): the cow child gets private
 * tables built from the shared ones (their writable leaves made COW), the
 * eager child copies of their pages; every one of the four sees the
 * parent's data, then writes its own and sees only that. */
static void mode_switch(void) {
  enum { N = 2 };
  forkmode(FORK_ODF);
  uint64 *p = tables(N);
  put(p, 0, N * TPAGES, 1, 0);
  int s[2];
  CHECK_EQ(pipe(s), 0);
  int odf = t_fork();
  if (odf == 0) {
    close(s[1]); /* a parent that fails ends our wait */
    t_await(s[0]);
    expect(p, 0, N * TPAGES, 1, "odf child");
    put(p, 0, N * TPAGES, 2, 0);
    expect(p, 0, N * TPAGES, 2, "odf child after writing");
    exit(0);
  }
  /* Our heap tables stay shared: no access to p until the forks are done. */
  int modes[2] = {FORK_COW, FORK_EAGER}, pids[2];
  uint64 c0 = vm(VM_cow_faults), e0 = vm(VM_eager_copied_pages);
  for (int k = 0; k < 2; k++) {
    forkmode(modes[k]);
    pids[k] = t_fork();
    if (pids[k] == 0) {
      close(s[1]);
      t_await(s[0]);
      expect(p, 0, N * TPAGES, 1, k ? "eager child" : "cow child");
      put(p, 0, N * TPAGES, 3 + k, 1);
      expect(p, 0, N * TPAGES, 3 + k, "cow or eager child after writing");
      exit(0);
    }
  }
  uint64 e1 = vm(VM_eager_copied_pages);
  forkmode(FORK_ODF);
  if (e1 - e0 < N * TPAGES)
    T_FAIL("the eager fork copied %ld pages of %d shared tables", (long)(e1 - e0), N);
  put(p, 0, N * TPAGES, 5, 0);
  for (int k = 0; k < 3; k++)
    t_signal(s[1]);
  t_wait_ok(odf, "odf child");
  for (int k = 0; k < 2; k++)
    t_wait_ok(pids[k], "cow or eager child");
  expect(p, 0, N * TPAGES, 5, "parent");
  if (vm(VM_cow_faults) - c0 < N * TPAGES)
    T_FAIL("%ld COW faults: the cow child's and our writes to shared leaves",
           (long)(vm(VM_cow_faults) - c0));
  close(s[0]);
  close(s[1]);
}

static const struct t_case cases[] = {
    {"odf_fork_64m", fork_64m},
    {"odf_isolation", isolation},
    {"odf_unshare_both", unshare_both, 60, T_PROGRESS},
    {"odf_revalidate_vs_unshare", revalidate_vs_unshare, 60, T_PROGRESS},
    {"odf_threads_fault", threads_fault, 60, T_PROGRESS},
    {"odf_oom_unshare", oom_unshare, 120},
    {"odf_three_generations", three_generations},
    {"odf_exec_refault", exec_refault, 60, T_PROGRESS},
    {"odf_sbrk_shrink", sbrk_shrink},
    {"odf_sbrk_grow", sbrk_grow},
    {"odf_kill_unshare", kill_unshare, 60, T_PROGRESS},
    {"odf_mode_switch", mode_switch},
    {0},
};

int main(int argc, char **argv) {
  if (argc == 3 && strcmp(argv[1], "--exit") == 0)
    return atoi(argv[2]);
  t_main(argc, argv, cases);
}
