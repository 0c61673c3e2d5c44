/* tcow: copy-on-write fork (PLATFORM.md rules 1-3, 7-10): fork copies
 * what its mode says; writes on either side stay private, across
 * generations, from many harts at once, and when the kernel is the writer
 * (read, pipe, wait, fstat into a shared page); text stays read-only; a
 * sole owner reuses its page; memory exhaustion inside a COW fault kills
 * only the faulter; big forks work in the sharing modes and fail cleanly
 * in eager mode; nothing leaks.
 *
 * The cases run in the fork mode the boot chose (forkmode=eager|cow|odf;
 * scripts/test boots each), and each checks what that mode promises: the
 * counters of a fork and of the writes after it differ by mode, isolation
 * does not. The cases about pages shared copy-on-write (running out of
 * memory in a COW fault, copies then reuse) run in cow mode in an eager
 * boot, where no fork shares a page; fork_counts and two_thirds switch
 * modes themselves. */
#include "t.h"

#define SELF "/tcow"

/* ---- helpers ---- */

static uint64 vm(int i) { return vmstat_get(i); }

/* A fresh, touched, private heap area of n pages. */
static char *area(long n) {
  char *p = sbrk(n * PGSIZE);
  if (p == (char *)-1)
    T_FAIL("sbrk(%ld pages) failed", n);
  for (long i = 0; i < n; i++)
    p[i * PGSIZE] = 1;
  return p;
}

/* The value every word i of a region holds in generation g. */
static uint64 pat(int region, long i, int g) {
  return ((uint64)g << 56) ^ ((uint64)region << 48) ^ (i * 0x9e3779b97f4a7c15UL);
}

static void fill(uint64 *w, long n, int region, int g) {
  for (long i = 0; i < n; i++)
    w[i] = pat(region, i, g);
}

/* Fails (naming who) unless the region holds generation g. */
static void check(uint64 *w, long n, int region, int g, const char *who) {
  for (long i = 0; i < n; i++)
    if (w[i] != pat(region, i, g))
      T_FAIL("%s: region %d word %ld is from another generation", who, region, i);
}

/* The fork mode under test: the boot's. */
static int mode(void) {
  int m = forkmode(-1);
  if (m != FORK_EAGER && m != FORK_COW && m != FORK_ODF)
    T_FAIL("forkmode(-1) is %d", m);
  return m;
}

/* A mode whose forks share pages copy-on-write: the boot's, or cow in an
 * eager boot. Set for the rest of the case (the harness restores it). */
static int sharing_mode(void) {
  int m = mode() == FORK_EAGER ? FORK_COW : mode();
  forkmode(m);
  return m;
}

/* ---- what a fork copies: every page (eager), no page (cow), not even
 * a page table entry (odf) ---- */

/* A fork of a process with 400 resident heap pages; the child exits at
 * once, then the parent writes every heap page. eager: about 400 pages
 * copied, no COW fault after. cow: nothing copied, some 40 pages of page
 * tables, and the writes reuse their pages (the child has gone). odf:
 * nothing copied, a few pages (the child's space, root and L1 table, and
 * the text's table, which the parent's first instruction fetch unshares
 * while the child lives: 5 at 1 to 4 harts), the leaf tables shared, and
 * the writes make no COW fault at all: the leaves were never
 * write-protected, the heap's table comes back whole. */
static void fork_cost(void) {
  enum { N = 400 };
  int m = mode();
  char *p = area(N);
  t_warm_stack();
  uint64 v0[VMSTAT_COUNT], v1[VMSTAT_COUNT], v2[VMSTAT_COUNT];
  vmstat(v1, VMSTAT_COUNT); /* the arrays' pages private before fork */
  vmstat(v2, VMSTAT_COUNT);
  vmstat(v0, VMSTAT_COUNT);
  long pid = t_fork_exit_wait();
  vmstat(v1, VMSTAT_COUNT);
  CHECK(pid > 0);
  for (int i = 0; i < N; i++)
    p[i * PGSIZE] = 2;
  vmstat(v2, VMSTAT_COUNT);
  long allocs = v1[VM_page_allocs] - v0[VM_page_allocs];
  long copied = v1[VM_eager_copied_pages] - v0[VM_eager_copied_pages];
  long shared = v1[VM_odf_tables_shared] - v0[VM_odf_tables_shared];
  long faults = v2[VM_cow_faults] - v1[VM_cow_faults];
  CHECK_EQ(v1[VM_forks] - v0[VM_forks], 1);
  CHECK_EQ(v2[VM_cow_copies] - v0[VM_cow_copies], 0);
  if (m == FORK_EAGER) {
    if (copied < N || copied > N + 300)
      T_FAIL("eager fork copied %ld pages; about %d heap pages + program", copied, N);
    CHECK(allocs >= copied);
    CHECK_EQ(shared, 0);
    CHECK_EQ(faults, 0); /* eager-forked pages stay writable */
    return;
  }
  CHECK_EQ(copied, 0);
  if (m == FORK_COW) {
    if (allocs > 40)
      T_FAIL("cow fork allocated %ld pages", allocs);
    CHECK_EQ(shared, 0);
    if (v2[VM_cow_reuses] - v1[VM_cow_reuses] < N)
      T_FAIL("%d writes after the child exited made %ld reuses", N,
             (long)(v2[VM_cow_reuses] - v1[VM_cow_reuses]));
    return;
  }
  /* odf: text and data, heap, stack: a leaf table each at least. */
  if (allocs > 8)
    T_FAIL("odf fork allocated %ld pages", allocs);
  if (shared < 3)
    T_FAIL("odf fork shared %ld leaf tables, want text, heap and stack's", shared);
  if (faults != 0)
    T_FAIL("%ld COW faults after an odf fork whose child exited", faults);
  CHECK(v2[VM_odf_revalidations] - v1[VM_odf_revalidations] >= 1);
}

/* A fork of a process holding two thirds of free memory: fine in a
 * sharing mode (the boot's; cow in an eager boot), -1 (and nothing leaked)
 * in eager mode. */
static void two_thirds(void) {
  int share = sharing_mode();
  t_warm_stack();
  long n = t_free() * 2 / 3;
  uint64 *p = (uint64 *)sbrk(n * PGSIZE);
  CHECK(p != (uint64 *)-1);
  long wpp = PGSIZE / 8;
  for (long i = 0; i < n; i++)
    p[i * wpp] = i;
  int pid = fork();
  CHECK(pid >= 0);
  if (pid == 0) {
    for (long i = 0; i < n; i += 61)
      if (p[i * wpp] != (uint64)i)
        T_FAIL("child: page %ld lost its contents", i);
    for (long i = 0; i < 64; i++)
      p[i * wpp] = ~i;
    for (long i = 0; i < 64; i++)
      if (p[i * wpp] != ~(uint64)i)
        exit(2);
    exit(0);
  }
  t_wait_ok(pid, "two-thirds child");
  for (long i = 0; i < n; i++)
    if (p[i * wpp] != (uint64)i)
      T_FAIL("parent: page %ld changed", i);
  forkmode(FORK_EAGER);
  long f0 = t_free();
  pid = fork();
  if (pid == 0)
    exit(0);
  forkmode(share);
  if (pid > 0) {
    t_wait(pid);
    T_FAIL("eager fork of %ld resident pages succeeded with %ld free", n, f0);
  }
  long f1 = t_free_settle(f0);
  if (f1 != f0)
    T_FAIL("failed eager fork leaked: free %ld -> %ld", f0, f1);
  CHECK(sbrk(-(int)(n * PGSIZE)) != (char *)-1);
}

/* ---- isolation ---- */

#define NW 2048 /* words per region: 4 pages */
static uint64 g_data[NW] = {1};
static uint64 g_bss[NW];

/* Data, bss, heap and stack regions, written by parent, child and
 * grandchild in turn: each sees only its own generation. */
static void isolation(void) {
  uint64 stack[NW];
  uint64 *heap = (uint64 *)sbrk(NW * 8);
  uint64 *r[4] = {g_data, g_bss, heap, stack};
  for (int k = 0; k < 4; k++)
    fill(r[k], NW, k, 1);
  int up[2], down[2];
  CHECK_EQ(pipe(up), 0);
  CHECK_EQ(pipe(down), 0);
  int pid = t_fork();
  if (pid == 0) {
    for (int k = 0; k < 4; k++)
      check(r[k], NW, k, 1, "child before writing");
    for (int k = 0; k < 4; k++)
      fill(r[k], NW, k, 2);
    int gpid = t_fork();
    if (gpid == 0) {
      for (int k = 0; k < 4; k++)
        check(r[k], NW, k, 2, "grandchild");
      for (int k = 0; k < 4; k++)
        fill(r[k], NW, k, 3);
      for (int k = 0; k < 4; k++)
        check(r[k], NW, k, 3, "grandchild after writing");
      exit(0);
    }
    t_wait_ok(gpid, "grandchild");
    for (int k = 0; k < 4; k++)
      check(r[k], NW, k, 2, "child after grandchild");
    t_signal(up[1]);
    t_await(down[0]);
    for (int k = 0; k < 4; k++)
      check(r[k], NW, k, 2, "child after parent wrote");
    exit(0);
  }
  t_await(up[0]);
  for (int k = 0; k < 4; k++)
    check(r[k], NW, k, 1, "parent after child wrote");
  for (int k = 0; k < 4; k++)
    fill(r[k], NW, k, 4);
  t_signal(down[1]);
  t_wait_ok(pid, "child");
  for (int k = 0; k < 4; k++)
    check(r[k], NW, k, 4, "parent at end");
}

/* 4 * ncpu children write the same shared pages at once while the parent
 * writes half of them; everyone sees only its own writes. */
#define MW_PAGES 24
static void many_writers(void) {
  long wpp = PGSIZE / 8, nw = MW_PAGES * wpp;
  uint64 *sh = (uint64 *)area(MW_PAGES);
  fill(sh, nw, 7, 0);
  int n = 4 * ncpu(), pids[64], go[2];
  if (n > 32)
    n = 32;
  CHECK_EQ(pipe(go), 0);
  for (int c = 0; c < n; c++) {
    pids[c] = t_fork();
    if (pids[c] == 0) {
      close(go[1]);
      t_await(go[0]);
      for (int round = 0; round < 3; round++) {
        /* Write word c of every 64-word group of every page. */
        for (long i = c % 64; i < nw; i += 64)
          sh[i] = 1000 + c + round;
        for (long i = 0; i < nw; i++) {
          uint64 want = (i % 64 == c % 64) ? (uint64)(1000 + c + round) : pat(7, i, 0);
          if (sh[i] != want)
            T_FAIL("writer %d round %d: word %ld wrong", c, round, i);
        }
      }
      exit(0);
    }
  }
  close(go[0]);
  /* Release everyone at once. */
  for (int c = 0; c < n; c++)
    t_signal(go[1]);
  for (long i = 0; i < nw / 2; i++)
    sh[i] = pat(7, i, 9);
  for (int c = 0; c < n; c++)
    t_wait_ok(pids[c], "writer");
  close(go[1]);
  for (long i = 0; i < nw; i++)
    if (sh[i] != pat(7, i, i < nw / 2 ? 9 : 0))
      T_FAIL("parent: word %ld wrong after the writers", i);
}

/* ---- the kernel as the writer (rule 7) ---- */

#define RD_BYTES (3 * PGSIZE + 100)

/* Reads RD_BYTES into buf+37 from a fresh source: a file or a pipe. */
static void kernel_fill(int from_pipe, char *buf) {
  int fd;
  if (from_pipe) {
    int p[2];
    if (pipe(p) < 0)
      T_FAIL("pipe failed");
    int pid = t_fork();
    if (pid == 0) {
      static char src[RD_BYTES];
      for (int i = 0; i < RD_BYTES; i++)
        src[i] = 'A' + i % 26;
      write(p[1], src, RD_BYTES);
      exit(0);
    }
    close(p[1]);
    fd = p[0];
    long got = 0;
    int n;
    while (got < RD_BYTES && (n = read(fd, buf + 37 + got, RD_BYTES - got)) > 0)
      got += n;
    if (got != RD_BYTES)
      T_FAIL("pipe read %ld bytes", got);
    t_wait_ok(pid, "pipe source");
  } else {
    fd = open("/tcow.file", O_RDONLY);
    if (fd < 0)
      T_FAIL("open /tcow.file failed");
    if (read(fd, buf + 37, RD_BYTES) != RD_BYTES)
      T_FAIL("file read failed");
  }
  close(fd);
}

static void check_filled(const char *buf, const char *who) {
  for (int i = 0; i < RD_BYTES; i++)
    if (buf[37 + i] != 'A' + i % 26)
      T_FAIL("%s: byte %d not what was read", who, i);
}

static void check_untouched(const char *buf, int len, const char *who) {
  for (int i = 0; i < len; i++)
    if (buf[i] != (char)(i * 13))
      T_FAIL("%s: byte %d changed by the other's read", who, i);
}

static void kernel_write_body(int from_pipe) {
  if (!from_pipe) {
    int fd = open("/tcow.file", O_CREATE | O_WRONLY | O_TRUNC);
    CHECK(fd >= 0);
    for (int i = 0; i < RD_BYTES; i++) {
      char c = 'A' + i % 26;
      write(fd, &c, 1);
    }
    close(fd);
  }
  int len = RD_BYTES + 200;
  char *buf = sbrk(PGROUNDUP(len));
  for (int i = 0; i < len; i++)
    buf[i] = (char)(i * 13);
  /* The child reads into the shared buffer: the parent's stays. */
  int pid = t_fork();
  if (pid == 0) {
    kernel_fill(from_pipe, buf);
    check_filled(buf, "child after its read");
    check_untouched(buf, 37, "child");
    exit(0);
  }
  t_wait_ok(pid, "reading child");
  check_untouched(buf, len, "parent");
  /* The parent reads while a child shares the buffer: the child's stays. */
  int s[2];
  CHECK_EQ(pipe(s), 0);
  pid = t_fork();
  if (pid == 0) {
    t_await(s[0]);
    check_untouched(buf, len, "waiting child");
    exit(0);
  }
  kernel_fill(from_pipe, buf);
  check_filled(buf, "parent after its read");
  t_signal(s[1]);
  t_wait_ok(pid, "waiting child");
  if (!from_pipe)
    CHECK_EQ(unlink("/tcow.file"), 0);
}

static void read_file(void) { kernel_write_body(0); }
static void read_pipe(void) { kernel_write_body(1); }

/* wait's status, pipe's descriptors, fstat's and vmstat's structures
 * written by the kernel into a page shared with a sleeping child. */
static void syscall_out(void) {
  uchar *w = (uchar *)area(1);
  memset(w, 0x5a, PGSIZE);
  int s[2];
  CHECK_EQ(pipe(s), 0);
  int watcher = t_fork();
  if (watcher == 0) {
    t_await(s[0]);
    for (uint64 i = 0; i < PGSIZE; i++)
      if (w[i] != 0x5a)
        T_FAIL("watcher: shared byte %ld changed by the parent's syscalls", (long)i);
    exit(0);
  }
  long pid = t_fork();
  if (pid == 0)
    exit(7);
  /* No user store into w from here on: only the kernel writes it. */
  int *st = (int *)w;
  CHECK_EQ(wait(st), pid);
  int *fds = (int *)(w + 64);
  CHECK_EQ(pipe(fds), 0);
  int fd = open(SELF, O_RDONLY);
  CHECK(fd >= 0);
  struct stat *sp = (struct stat *)(w + 128);
  CHECK_EQ(fstat(fd, sp), 0);
  close(fd);
  uint64 *vals = (uint64 *)(w + 256);
  CHECK_EQ(vmstat(vals, VMSTAT_COUNT), VMSTAT_COUNT);
  CHECK_EQ(*st, 7);
  CHECK(fds[0] >= 0 && fds[1] >= 0 && fds[0] != fds[1]);
  CHECK_EQ(write(fds[1], "q", 1), 1);
  char c = 0;
  CHECK_EQ(read(fds[0], &c, 1), 1);
  CHECK_EQ(c, 'q');
  CHECK(vals[VM_total_pages] > 0);
  CHECK_EQ(sp->type, T_FILE);
  CHECK(sp->size > 0);
  close(fds[0]);
  close(fds[1]);
  t_signal(s[1]);
  t_wait_ok(watcher, "watcher");
}

/* ---- text stays read-only after fork (rule 2) ---- */

static void write_own_text(void) { *(volatile uint *)(uint64)write_own_text = 0; }

static void text_fork_then_write(void) {
  /* A process that has forked writes its text: killed too. */
  int pid = fork();
  if (pid == 0) {
    sleep(3);
    exit(0);
  }
  write_own_text();
}

static void text_read_into(void) {
  int fd = open(SELF, O_RDONLY);
  char *text = (char *)(uint64)text_read_into;
  char before[64];
  memcpy(before, text, sizeof before);
  if (read(fd, text, sizeof before) != -1)
    exit(1);
  if (memcmp(before, text, sizeof before) != 0)
    exit(2);
  exit(0);
}

static void text_readonly(void) {
  char before[64];
  char *text = (char *)(uint64)write_own_text;
  memcpy(before, text, sizeof before);
  CHECK_EQ(t_child_status(write_own_text), -1);
  CHECK_EQ(t_child_status(text_fork_then_write), -1);
  CHECK_EQ(t_child_status(text_read_into), 0);
  CHECK(memcmp(before, text, sizeof before) == 0);
}

/* ---- sole owners reuse; shared pages copy (rules 1, 3) ---- */

/* Writes by a parent whose children have all exited: cow: each reuses its
 * page (no copy); odf: no COW fault at all (the parent takes its leaf
 * tables back whole, writable leaves and all); eager: no COW fault. */
static void check_sole_writes(char *p, int pg, int off) {
  int m = mode();
  uint64 c0 = vm(VM_cow_copies), r0 = vm(VM_cow_reuses), f0 = vm(VM_cow_faults);
  uint64 v0 = vm(VM_odf_revalidations);
  for (int i = 0; i < pg; i++)
    p[i * PGSIZE + off] = 9;
  uint64 c1 = vm(VM_cow_copies), r1 = vm(VM_cow_reuses), f1 = vm(VM_cow_faults);
  uint64 v1 = vm(VM_odf_revalidations);
  if (c1 != c0)
    T_FAIL("sole owner's writes made %ld copies", (long)(c1 - c0));
  if (m == FORK_COW && r1 - r0 < (uint64)pg)
    T_FAIL("%d sole-owner writes counted %ld reuses", pg, (long)(r1 - r0));
  if (m != FORK_COW && f1 != f0)
    T_FAIL("%s: %d sole-owner writes made %ld COW faults", FORK_MODE_NAME(m), pg, (long)(f1 - f0));
  if (m == FORK_ODF && v1 == v0)
    T_FAIL("odf: the heap's leaf table was not revalidated");
}

static void reuse_sole_owner(void) {
  t_warm_stack();
  (void)vm(VM_cow_copies);
  char *p = area(8);
  CHECK(t_fork_exit_wait() > 0);
  check_sole_writes(p, 8, 5);
  /* Many children that exit leave the parent sole owner again. */
  for (int k = 0; k < 20; k++)
    CHECK(t_fork_exit_wait() > 0);
  check_sole_writes(p, 8, 6);
}

/* With live sharers, writes copy; the last sharer then reuses. odf: the
 * parent and the first C - 1 children unshare the heap's table, the last
 * child revalidates it and reuses the pages. (A sharing mode: cow in an
 * eager boot.) */
static void copy_then_reuse(void) {
  enum { C = 6, PG = 8 };
  int m = sharing_mode();
  t_warm_stack();
  uint64 u0 = vm(VM_odf_unshares), v0 = vm(VM_odf_revalidations);
  char *p = area(PG);
  int go[C][2], pids[C];
  for (int c = 0; c < C; c++)
    CHECK_EQ(pipe(go[c]), 0);
  for (int c = 0; c < C; c++) {
    pids[c] = t_fork();
    if (pids[c] == 0) {
      t_await(go[c][0]);
      for (int i = 0; i < PG; i++)
        p[i * PGSIZE] = 50 + c;
      for (int i = 0; i < PG; i++)
        if (p[i * PGSIZE] != 50 + c || p[i * PGSIZE + 1] != 0)
          exit(1);
      exit(0);
    }
  }
  uint64 c0 = vm(VM_cow_copies);
  for (int i = 0; i < PG; i++)
    p[i * PGSIZE] = 40;
  uint64 c1 = vm(VM_cow_copies);
  if (c1 - c0 < PG)
    T_FAIL("parent's %d writes to shared pages made %ld copies", PG, (long)(c1 - c0));
  /* Release the children one at a time: the last one owns the pages. */
  uint64 r0 = vm(VM_cow_reuses);
  for (int c = 0; c < C; c++) {
    t_signal(go[c][1]);
    t_wait_ok(pids[c], "sharer");
  }
  uint64 r1 = vm(VM_cow_reuses);
  if (r1 - r0 < PG)
    T_FAIL("last sharer made %ld reuses, want >= %d", (long)(r1 - r0), PG);
  for (int i = 0; i < PG; i++)
    CHECK_EQ(p[i * PGSIZE], 40);
  if (m == FORK_ODF) {
    if (vm(VM_odf_unshares) - u0 < C)
      T_FAIL("odf: %ld unshares for the parent and %d children", (long)(vm(VM_odf_unshares) - u0),
             C - 1);
    CHECK(vm(VM_odf_revalidations) - v0 >= 1);
  }
}

/* ---- out of memory in a COW fault kills only the faulter (rule 10) ---- */

static void oom_in_fault(void) {
  enum { K = 1024 };
  sharing_mode();
  t_warm_stack();
  (void)vm(VM_oom_kills);
  char *brk0 = sbrk(0);
  char *r = area(K);
  char *x = area(1);
  int go[2];
  CHECK_EQ(pipe(go), 0);
  uint64 oom0 = vm(VM_oom_kills);
  volatile int here = 0;
  int pid = t_fork();
  if (pid == 0) {
    x[0] = 1;          /* copies x while memory is plentiful */
    read(go[0], x, 1); /* the kernel writes x: already private */
    for (int i = 0; i < K; i++)
      r[i * PGSIZE] = 2; /* needs K copies: runs out */
    exit(0);
  }
  /* Our stack pages become private before memory runs out: this frame's
   * and the ones below it. */
  here = 1;
  (void)here;
  t_warm_stack();
  long grabbed = t_exhaust();
  long left = t_free();
  t_signal(go[1]);
  int st = t_wait(pid);
  uint64 oom1 = vm(VM_oom_kills);
  if (st != -1)
    T_FAIL("child status %d with %ld pages free, want -1 (killed)", st, left);
  CHECK_EQ(oom1 - oom0, 1);
  /* We go on: our memory is intact and usable. */
  for (int i = 0; i < K; i++)
    if (r[i * PGSIZE] != 1)
      T_FAIL("parent's page %d changed", i);
  CHECK(sbrk(-(int)(grabbed * PGSIZE)) != (char *)-1);
  for (int i = 0; i < K; i++)
    r[i * PGSIZE] = 3;
  CHECK(sbrk(-(int)(sbrk(0) - brk0)) != (char *)-1);
  int p2 = t_fork();
  if (p2 == 0)
    exit(0);
  t_wait_ok(p2, "after oom");
}

/* The kernel writing into a shared page (read into a COW buffer) with
 * memory exhausted: read fails or the reader is killed; nobody else is
 * hurt and the shared data stays. */
static void oom_in_kernel_write(void) {
  enum { K = 1024 };
  sharing_mode();
  t_warm_stack();
  (void)vm(VM_oom_kills);
  char *brk0 = sbrk(0);
  char *r = area(K);
  char *x = area(1);
  int go[2], data[2];
  CHECK_EQ(pipe(go), 0);
  CHECK_EQ(pipe(data), 0);
  static char ks[K];
  memset(ks, 'k', K);
  CHECK_EQ(write(data[1], ks, K), K);
  uint64 oom0 = vm(VM_oom_kills);
  volatile int here = 0;
  int pid = t_fork();
  if (pid == 0) {
    x[0] = 1;
    read(go[0], x, 1);
    for (int i = 0; i < K; i++)
      if (read(data[0], r + i * PGSIZE, 1) != 1)
        exit(3); /* the kernel's copy-out failed cleanly */
    exit(0);
  }
  here = 1;
  (void)here;
  t_warm_stack();
  long grabbed = t_exhaust();
  t_signal(go[1]);
  int st = t_wait(pid);
  uint64 oom1 = vm(VM_oom_kills);
  if (st != 3 && st != -1)
    T_FAIL("reader's status %d: want 3 (read failed) or -1 (killed)", st);
  CHECK(oom1 - oom0 <= 1);
  for (int i = 0; i < K; i++)
    if (r[i * PGSIZE] != 1)
      T_FAIL("parent's page %d changed", i);
  CHECK(sbrk(-(int)(grabbed * PGSIZE)) != (char *)-1);
  CHECK(sbrk(-(int)(sbrk(0) - brk0)) != (char *)-1);
  close(data[0]);
  close(data[1]);
  close(go[0]);
  close(go[1]);
}

/* Fork with memory exhausted returns -1 and leaks nothing (rule 10).
 * A child exhausts memory and tries to fork; its page tables for the
 * grabbed heap stay until it exits, so count free pages after that. */
static void fork_oom(void) {
  t_warm_stack();
  long f0 = t_free();
  int pid = t_fork();
  if (pid == 0) {
    t_warm_stack();
    long grabbed = t_exhaust();
    int fails = 0;
    for (int k = 0; k < 3; k++) {
      int c = fork();
      if (c == 0)
        exit(0);
      if (c < 0)
        fails++;
      else
        wait(0);
    }
    sbrk(-(int)(grabbed * PGSIZE));
    exit(fails > 0 ? 0 : 5);
  }
  int st = t_wait(pid);
  if (st == 5)
    T_FAIL("fork succeeded 3 times with memory exhausted");
  CHECK_EQ(st, 0);
  long f1 = t_free_settle(f0);
  if (f1 != f0)
    T_FAIL("free pages %ld after the failed forks, want %ld", f1, f0);
}

/* ---- heap, stack and exec while shared ---- */

static void shrink_shared(void) {
  uint64 *p = (uint64 *)area(16);
  long nw = 16 * PGSIZE / 8;
  fill(p, nw, 3, 1);
  int pid = t_fork();
  if (pid == 0) {
    CHECK(sbrk(-(int)(16 * PGSIZE)) != (char *)-1);
    CHECK(sbrk(16 * PGSIZE) == (char *)p);
    for (long i = 0; i < nw; i++)
      if (p[i] != 0)
        T_FAIL("child: regrown heap shows the parent's data at word %ld", i);
    fill(p, nw, 3, 2);
    exit(0);
  }
  t_wait_ok(pid, "shrinking child");
  check(p, nw, 3, 1, "parent after child shrank");
  /* The parent shrinks while a child still shares the pages. */
  int s[2];
  CHECK_EQ(pipe(s), 0);
  pid = t_fork();
  if (pid == 0) {
    t_await(s[0]);
    check(p, nw, 3, 1, "child after parent shrank");
    fill(p, nw, 3, 5);
    exit(0);
  }
  CHECK(sbrk(-(int)(16 * PGSIZE)) == (char *)p + 16 * PGSIZE);
  CHECK(sbrk(16 * PGSIZE) == (char *)p);
  for (long i = 0; i < nw; i++)
    if (p[i] != 0)
      T_FAIL("parent: regrown heap shows old data at word %ld", i);
  t_signal(s[1]);
  t_wait_ok(pid, "sharing child");
  for (long i = 0; i < nw; i++)
    if (p[i] != 0)
      T_FAIL("parent: child's writes visible at word %ld", i);
}

static __attribute__((noinline)) int frames(int depth, int fd) {
  volatile uint64 local[100];
  for (int i = 0; i < 100; i++)
    local[i] = depth * 1000 + i;
  int r = 0;
  if (depth > 0) {
    r = frames(depth - 1, fd);
  } else {
    int pid = fork();
    if (pid < 0)
      return -1000;
    if (pid == 0)
      return -1; /* the child unwinds, overwriting its frames */
    r = pid;
  }
  for (int i = 0; i < 100; i++)
    if (local[i] != (uint64)(depth * 1000 + i))
      return -2000;
  for (int i = 0; i < 100; i++)
    local[i] = 7;
  return r;
}

static void stack_shared(void) {
  int r = frames(200, 0);
  if (r == -1)
    exit(0); /* child: unwound fine */
  if (r == -2000)
    T_FAIL("a stack frame changed");
  CHECK(r > 0);
  t_wait_ok(r, "unwinding child");
  /* And once more, now that the parent unwound too. */
  r = frames(200, 0);
  if (r == -1)
    exit(0);
  CHECK(r > 0);
  t_wait_ok(r, "second child");
}

static void exec_shared(void) {
  uint64 *p = (uint64 *)area(32);
  long nw = 32 * PGSIZE / 8;
  fill(p, nw, 5, 1);
  int pids[4];
  for (int c = 0; c < 4; c++) {
    pids[c] = t_fork();
    if (pids[c] == 0) {
      fill(p, nw / 2, 5, 2 + c); /* some pages copied, some still shared */
      char *argv[] = {"tcow", "--exit", "0", 0};
      exec(SELF, argv);
      exit(99);
    }
  }
  fill(p + nw / 4, nw / 4, 6, 1);
  for (int c = 0; c < 4; c++)
    CHECK_EQ(t_wait(pids[c]), 0);
  check(p, nw / 4, 5, 1, "parent");
  check(p + nw / 4, nw / 4, 6, 1, "parent");
  for (long i = nw / 2; i < nw; i++)
    if (p[i] != pat(5, i, 1))
      T_FAIL("parent: word %ld changed by a child", i);
}

/* Children killed in the middle of writing shared pages. */
static void kill_shared(void) {
  uint64 *p = (uint64 *)area(32);
  long nw = 32 * PGSIZE / 8;
  fill(p, nw, 8, 1);
  int n = 2 * ncpu(), pids[16];
  if (n > 16)
    n = 16;
  for (int c = 0; c < n; c++) {
    pids[c] = t_fork();
    if (pids[c] == 0)
      for (uint64 g = 2;; g++)
        fill(p, nw, 8, g);
  }
  sleep(5);
  for (int c = 0; c < n; c++)
    CHECK_EQ(kill(pids[c]), 0);
  for (int c = 0; c < n; c++)
    CHECK_EQ(t_wait(pids[c]), -1);
  check(p, nw, 8, 1, "parent");
}

/* Fork storms in all three modes: counters add up and memory comes
 * back. */
static void fork_counts(void) {
  t_warm_stack();
  (void)area(64);
  uint64 f0 = vm(VM_forks), e0 = vm(VM_eager_copied_pages), s0 = vm(VM_odf_tables_shared);
  for (int m = FORK_EAGER; m <= FORK_ODF; m++) {
    forkmode(m);
    for (int k = 0; k < 10; k++)
      CHECK(t_fork_exit_wait() > 0);
  }
  CHECK_EQ(vm(VM_forks) - f0, 30);
  CHECK(vm(VM_eager_copied_pages) - e0 >= 10 * 64);
  CHECK(vm(VM_odf_tables_shared) - s0 >= 10 * 3);
}

static const struct t_case cases[] = {
    {"fork_cost", fork_cost},
    {"two_thirds", two_thirds},
    {"isolation", isolation},
    {"many_writers", many_writers},
    {"read_file", read_file},
    {"read_pipe", read_pipe},
    {"syscall_out", syscall_out},
    {"text_readonly", text_readonly},
    {"reuse_sole_owner", reuse_sole_owner},
    {"copy_then_reuse", copy_then_reuse},
    {"oom_in_fault", oom_in_fault},
    {"oom_in_kernel_write", oom_in_kernel_write},
    {"fork_oom", fork_oom},
    {"shrink_shared", shrink_shared},
    {"stack_shared", stack_shared},
    {"exec_shared", exec_shared},
    {"kill_shared", kill_shared},
    {"fork_counts", fork_counts},
    {0},
};

int main(int argc, char **argv) {
  if (argc == 3 && strcmp(argv[1], "--exit") == 0)
    return atoi(argv[2]);
  t_main(argc, argv, cases);
}
