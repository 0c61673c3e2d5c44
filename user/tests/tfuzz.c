/* tfuzz: the system-call fuzzer's slice in the test suite, and the hostile
 * arguments it draws from, one by one with exact expectations.
 *   slice        /fuzz for SLICE_S seconds; the seed comes from the hart
 *                count, so each boot of make test fuzzes differently but
 *                reproducibly ("fuzz SEED SECONDS" replays it)
 *   replay       one episode run twice makes the same main-thread calls
 *   hostile_*    every bad pointer, length, descriptor, path and number:
 *                the call returns -1 (or does what the ABI says), the
 *                caller carries on with its memory and descriptors intact
 *   balance      page_allocs - page_frees == total_pages - free_pages */
#include "t.h"

#define SLICE_S 10
#define INT_MAX 0x7fffffff
#define INT_MIN (-INT_MAX - 1)
#define TOP_PAGE (USER_VA_END - PGSIZE) /* above the stack: never mapped */
#define NONCANON (1UL << 39)            /* not a Sv39 address at all */
#define DIRECT_MAP 0xffffffc000000000UL /* the kernel's map of RAM */

static int contains(const char *s, const char *sub) {
  int n = strlen(sub);
  for (; *s; s++)
    if (strncmp(s, sub, n) == 0)
      return 1;
  return 0;
}

/* ---------------------------------------------------------------- the fuzzer */

static void slice(void) {
  char seed[24], secs[8];
  snprintf(seed, sizeof seed, "%d", 0x5eed00 + ncpu());
  snprintf(secs, sizeof secs, "%d", SLICE_S);
  char *argv[] = {"fuzz", seed, secs, 0};
  int pid = t_fork();
  if (pid == 0) {
    exec("/fuzz", argv);
    exit(126);
  }
  int st = t_wait(pid);
  if (st != 0)
    T_FAIL("fuzz %s %s exited %d (its \"fuzz: FAIL\" lines say why)", seed, secs, st);
}

/* Runs "fuzz -e seed 60"; copies its trace line into line ("" if the
 * episode ran fuzzing threads, whose interleaving no replay repeats). */
static char cur[512]; /* the line being read */

static void trace_of(const char *seed, char *line, int max) {
  int p[2];
  /* The fuzzer counts free pages: take our own pages (copies of those we
   * share with t_main) before it starts, not while we read its output. */
  t_warm_stack();
  memset(cur, 0, sizeof cur);
  memset(line, 0, max);
  CHECK_EQ(pipe(p), 0);
  char *argv[] = {"fuzz", "-e", (char *)seed, "60", 0};
  int pid = t_fork();
  if (pid == 0) {
    close(p[0]);
    close(1);
    dup(p[1]);
    close(p[1]);
    exec("/fuzz", argv);
    exit(126);
  }
  close(p[1]);
  char chunk[256];
  int len = 0, n;
  line[0] = 0;
  while ((n = read(p[0], chunk, sizeof chunk)) > 0) {
    for (int i = 0; i < n; i++) {
      if (chunk[i] != '\n') {
        if (len < (int)sizeof cur - 1)
          cur[len++] = chunk[i];
        continue;
      }
      cur[len] = 0;
      if (contains(cur, "FAIL"))
        printf("%s\n", cur); /* why it will exit non-zero */
      if (contains(cur, "main-call trace") && contains(cur, "no threads")) {
        int m = len < max - 1 ? len : max - 1;
        memcpy(line, cur, m);
        line[m] = 0;
      }
      len = 0;
    }
  }
  close(p[0]);
  int st = t_wait(pid);
  if (st != 0)
    T_FAIL("fuzz -e %s exited %d", seed, st);
}

static void replay(void) {
  for (int i = 0; i < 8; i++) {
    char seed[24], a[200], b[200];
    snprintf(seed, sizeof seed, "%d", 1000 + i);
    trace_of(seed, a, sizeof a);
    if (a[0] == 0)
      continue; /* it had threads: try the next seed */
    trace_of(seed, b, sizeof b);
    if (strcmp(a, b) != 0)
      T_FAIL("episode %s replayed differently: \"%s\" then \"%s\"", seed, a, b);
    return;
  }
  T_FAIL("no thread-free episode among 8 seeds");
}

/* ---------------------------------------------------------------- hostile arguments */

/* Pointers no call may use: the kernel, beyond the user limit, never
 * mapped, not canonical. */
static const uint64 bad_ptrs[] = {
    KERNEL_VA, KERNEL_VA + 0x1234, DIRECT_MAP,      DIRECT_MAP + 0x80200000UL, ~0UL,
    ~0UL - 7,  USER_VA_END,        USER_VA_END - 1, USER_VA_END - 8,           TOP_PAGE,
    NONCANON,  1UL << 63,
};
#define NBAD (int)(sizeof bad_ptrs / sizeof bad_ptrs[0])

static uint64 pattern[512] = {7}; /* data the kernel must never touch */
static void pattern_fill(void) {
  for (int i = 0; i < 512; i++)
    pattern[i] = 0x600dUL * (i + 1);
}
static void pattern_check(const char *after) {
  for (int i = 0; i < 512; i++)
    if (pattern[i] != 0x600dUL * (i + 1))
      T_FAIL("our data changed after %s", after);
}

/* The break's page end: the page above it is unmapped. */
static uint64 heap_end(void) { return PGROUNDUP((uint64)sbrk(0)); }

/* A buffer that runs from mapped heap into the unmapped page above. */
static char *half_mapped(int mapped) {
  uint64 end = heap_end();
  if ((uint64)sbrk(0) == end) { /* page-aligned break: map one more page */
    CHECK(sbrk(PGSIZE) != (char *)-1);
    end += PGSIZE;
  }
  memset((char *)end - mapped, 'h', mapped);
  return (char *)end - mapped;
}

/* read, write, fstat, pipe, wait, vmstat, thread_join: bad buffers. */
static void hostile_buffers(void) {
  int fd = open("/echo", O_RDONLY), p[2];
  CHECK(fd >= 0);
  CHECK_EQ(pipe(p), 0);
  CHECK_EQ(write(p[1], "0123456789", 10), 10);
  pattern_fill();
  struct stat st;
  uint64 vals[VMSTAT_COUNT];
  for (int i = 0; i < NBAD; i++) {
    char *b = (char *)bad_ptrs[i];
    CHECK_EQ(read(fd, b, 16), -1);
    CHECK_EQ(read(p[0], b, 4), -1);
    CHECK_EQ(write(p[1], b, 4), -1);
    CHECK_EQ(fstat(fd, (struct stat *)b), -1);
    CHECK_EQ(pipe((int *)b), -1);
    CHECK_EQ(vmstat((uint64 *)b, VMSTAT_COUNT), -1);
  }
  /* Nothing was consumed by the failed reads: the pipe still holds all. */
  char got[16];
  CHECK_EQ(read(p[0], got, 10), 10);
  CHECK(memcmp(got, "0123456789", 10) == 0);
  /* Read-only text and rodata take no data. */
  CHECK_EQ(read(fd, (char *)(uint64)hostile_buffers, 16), -1);
  CHECK_EQ(fstat(fd, (struct stat *)(uint64)hostile_buffers), -1);
  CHECK_EQ(vmstat((uint64 *)(uint64) "rodata", 2), -1);
  /* A buffer running into unmapped memory: a read stops there. */
  char *h = half_mapped(100);
  int n = read(fd, h, 4096);
  CHECK(n == -1 || n == 100);
  CHECK_EQ(fstat(fd, (struct stat *)(h + 100 - 8)), -1);
  /* Lengths: negative and huge. */
  CHECK_EQ(read(fd, got, -1), -1);
  CHECK_EQ(read(fd, got, INT_MIN), -1);
  CHECK_EQ(write(p[1], got, -5), -1);
  CHECK_EQ(vmstat(vals, -1), -1);
  CHECK_EQ(vmstat(vals, INT_MIN), -1);
  CHECK_EQ(vmstat(vals, INT_MAX), VMSTAT_COUNT); /* at most VMSTAT_COUNT copied */
  /* An int argument is an int: junk in the upper half is ignored. */
  CHECK_EQ(syscall(SYS_write, p[1] | 0x500000000L, (long)"ab", 2 | 0x700000000L, 1, 2, 3), 2);
  CHECK_EQ(read(p[0], got, 2), 2);
  /* wait's status pointer: a zombie stays until a good wait. */
  int pid = t_fork();
  if (pid == 0)
    exit(42);
  sleep(5);
  for (int i = 0; i < NBAD; i++)
    CHECK_EQ(wait((int *)bad_ptrs[i]), -1);
  CHECK_EQ(wait((int *)(uint64)hostile_buffers), -1);
  int s = 0;
  CHECK_EQ(wait(&s), pid);
  CHECK_EQ(s, 42);
  CHECK_EQ(fstat(fd, &st), 0);
  pattern_check("bad buffers");
  close(fd);
  close(p[0]);
  close(p[1]);
}

/* open, mkdir, mknod, unlink, link, chdir, exec: bad paths. */
static void hostile_paths(void) {
  static char nonul[2 * MAXPATH];
  memset(nonul, 'n', sizeof nonul);
  char *cross = half_mapped(5); /* "hhhhh" and then unmapped */
  char maxlen[MAXPATH + 2];
  memset(maxlen, 'x', sizeof maxlen);
  memcpy(maxlen, "/tfz/", 5);
  maxlen[MAXPATH] = 0; /* MAXPATH characters: one too many */
  const char *paths[NBAD + 4];
  int np = 0;
  for (int i = 0; i < NBAD; i++)
    paths[np++] = (const char *)bad_ptrs[i];
  paths[np++] = nonul;
  paths[np++] = cross;
  paths[np++] = maxlen;
  CHECK_EQ(mkdir("/tfz"), 0);
  pattern_fill();
  char *argv[] = {"echo", 0};
  for (int i = 0; i < np; i++) {
    CHECK_EQ(open(paths[i], O_RDONLY), -1);
    CHECK_EQ(open(paths[i], O_CREATE | O_RDWR), -1);
    CHECK_EQ(mkdir(paths[i]), -1);
    CHECK_EQ(mknod(paths[i], 7, 0), -1);
    CHECK_EQ(unlink(paths[i]), -1);
    CHECK_EQ(link("/echo", paths[i]), -1);
    CHECK_EQ(link(paths[i], "/tfz/l"), -1);
    CHECK_EQ(chdir(paths[i]), -1);
    CHECK_EQ(exec(paths[i], argv), -1);
  }
  /* The longest path that fits works; names that must be refused are. */
  maxlen[MAXPATH - 1] = 0;
  int fd = open(maxlen, O_CREATE | O_RDWR);
  if (fd >= 0) { /* created (long names may be truncated): remove it */
    close(fd);
    CHECK_EQ(unlink(maxlen), 0);
  }
  CHECK_EQ(unlink("/tfz/."), -1);
  CHECK_EQ(unlink("/tfz/.."), -1);
  CHECK_EQ(unlink("/"), -1);
  CHECK_EQ(mkdir("/tfz/.."), -1);
  CHECK_EQ(link("/tfz", "/tfz/dirlink"), -1); /* no links to directories */
  CHECK_EQ(open("/tfz", O_RDWR), -1);
  CHECK_EQ(unlink("/tfz"), 0);
  pattern_check("bad paths");
}

/* exec: bad argv arrays and strings; the caller survives each. */
static void hostile_argv(void) {
  static char *many[MAXARG + 2];
  for (int i = 0; i <= MAXARG; i++)
    many[i] = "x";
  many[MAXARG + 1] = 0;
  pattern_fill();
  for (int i = 0; i < NBAD; i++) {
    CHECK_EQ(exec("/echo", (char **)bad_ptrs[i]), -1);
    char *argv[] = {"echo", (char *)bad_ptrs[i], 0};
    CHECK_EQ(exec("/echo", argv), -1);
  }
  CHECK_EQ(exec("/echo", many), -1); /* MAXARG + 1 arguments */
  /* The array itself runs into unmapped memory. */
  uint64 end = heap_end();
  if ((uint64)sbrk(0) == end) {
    CHECK(sbrk(PGSIZE) != (char *)-1);
    end += PGSIZE;
  }
  *(char **)(end - 8) = "echo";
  CHECK_EQ(exec("/echo", (char **)(end - 8)), -1);
  /* A string with no end. */
  char *h = half_mapped(3);
  char *argv[] = {"echo", h, 0};
  CHECK_EQ(exec("/echo", argv), -1);
  pattern_check("bad argv");
}

/* Descriptors closed, out of range, or of the wrong kind. */
static void hostile_fds(void) {
  static const long fds[] = {-1, 16, 17, 64, 1000, INT_MAX, INT_MIN, -16, 10, 14};
  char b[8];
  struct stat st;
  for (int i = 0; i < (int)(sizeof fds / sizeof fds[0]); i++) {
    int fd = fds[i];
    CHECK_EQ(read(fd, b, 1), -1);
    CHECK_EQ(write(fd, b, 1), -1);
    CHECK_EQ(fstat(fd, &st), -1);
    CHECK_EQ(dup(fd), -1);
    CHECK_EQ(close(fd), -1);
  }
  int p[2];
  CHECK_EQ(pipe(p), 0);
  CHECK_EQ(write(p[0], "x", 1), -1); /* the read end */
  CHECK_EQ(read(p[1], b, 1), -1);    /* the write end */
  CHECK_EQ(fstat(p[0], &st), -1);    /* pipes have no inode */
  int d = open("/", O_RDONLY);
  CHECK(d >= 0);
  CHECK_EQ(write(d, "x", 1), -1); /* a directory */
  close(d);
  close(p[0]);
  close(p[1]);
  /* An fd in range whose upper register half is junk names that fd. */
  int fd = open("/echo", O_RDONLY);
  CHECK_EQ(syscall(SYS_fstat, fd | (0x1234L << 32), (long)&st, 0, 0, 0, 0), 0);
  close(fd);
}

/* Memory, threads, processes and the extensions: bad numbers. */
static void hostile_numbers(void) {
  char *brk0 = sbrk(0);
  CHECK(sbrk(INT_MIN) == (char *)-1);
  CHECK(sbrk(-(int)((uint64)brk0 + PGSIZE)) == (char *)-1); /* below the heap */
  CHECK(sbrk(0) == brk0);
  CHECK_EQ(kill(0), -1);
  CHECK_EQ(kill(-1), -1);
  CHECK_EQ(kill(INT_MIN), -1);
  CHECK_EQ(kill(1000000), -1);
  static const long nums[] = {0, 32, 33, 100, 1000, -1, INT_MIN, 1L << 40};
  for (int i = 0; i < (int)(sizeof nums / sizeof nums[0]); i++)
    CHECK_EQ(syscall(nums[i], 1, 2, 3, 4, 5, 6), -1);
  int fm = forkmode(-1), tm = tlbmode(-1);
  CHECK_EQ(forkmode(FORK_ODF + 1), -1);
  CHECK_EQ(forkmode(INT_MIN), -1);
  CHECK_EQ(tlbmode(2), -1);
  CHECK_EQ(tlbmode(-2), -1);
  CHECK_EQ(forkmode(-1), fm);
  CHECK_EQ(tlbmode(-1), tm);
  CHECK_EQ(kbench(99, 1), -1);
  CHECK_EQ(kbench(-1, 1), -1);
  CHECK_EQ(kbench(KBENCH_NULL, -1), -1);
  CHECK_EQ(syscall(SYS_kbench, KBENCH_NULL, (long)(1UL << 63), 0, 0, 0, 0), -1);
  /* thread_create: entries and stacks to refuse. */
  static char stk[4096] __attribute__((aligned(16)));
  void *top = stk + sizeof stk;
  CHECK_EQ(syscall(SYS_thread_create, KERNEL_VA, 0, (long)top, 0, 0, 0), -1);
  CHECK_EQ(syscall(SYS_thread_create, (long)USER_VA_END, 0, (long)top, 0, 0, 0), -1);
  CHECK_EQ(syscall(SYS_thread_create, -1, 0, (long)top, 0, 0, 0), -1);
  CHECK_EQ(syscall(SYS_thread_create, (long)hostile_numbers, 0, KERNEL_VA, 0, 0, 0), -1);
  CHECK_EQ(syscall(SYS_thread_create, (long)hostile_numbers, 0, (long)USER_VA_END, 0, 0, 0), -1);
  CHECK_EQ(syscall(SYS_thread_create, (long)hostile_numbers, 0, (long)top - 8, 0, 0, 0), -1);
  static const long tids[] = {0, -1, NTHREAD + 1, INT_MAX, INT_MIN};
  for (int i = 0; i < (int)(sizeof tids / sizeof tids[0]); i++)
    CHECK_EQ(thread_join(tids[i], 0), -1);
  CHECK(sleep(-1) <= 0);
  CHECK(sleep(INT_MIN) <= 0);
  CHECK(uptime() > 0);
}

/* A thread whose entry faults takes its process down, nothing else. */
static void fault_entry_child(void) {
  static char stk[4096] __attribute__((aligned(16)));
  uint64 gap = heap_end() + 64 * PGSIZE;
  CHECK(syscall(SYS_thread_create, (long)gap, 0, (long)(stk + sizeof stk), 0, 0, 0) > 0);
  sleep(100); /* killed long before this ends */
  exit(0);
}

static void hostile_thread_entry(void) {
  pattern_fill();
  CHECK_EQ(t_child_status(fault_entry_child), -1);
  pattern_check("a child's faulting thread");
}

/* ---------------------------------------------------------------- counters */

/* With nothing else running, every page the allocator handed out and did
 * not get back is in use, and no other. */
static void balance(void) {
  long net = 0, inuse = 0;
  for (int i = 0; i < 20; i++) {
    uint64 v[VMSTAT_COUNT];
    CHECK_EQ(vmstat(v, VMSTAT_COUNT), VMSTAT_COUNT);
    net = (long)(v[VM_page_allocs] - v[VM_page_frees]);
    inuse = (long)(v[VM_total_pages] - v[VM_free_pages]);
    if (net == inuse)
      return;
    sleep(5); /* someone was mid-allocation: look again */
  }
  T_FAIL("page_allocs - page_frees = %ld, total - free = %ld", net, inuse);
}

static const struct t_case cases[] = {
    {"hostile_buffers", hostile_buffers},
    {"hostile_paths", hostile_paths},
    {"hostile_argv", hostile_argv},
    {"hostile_fds", hostile_fds},
    {"hostile_numbers", hostile_numbers},
    {"hostile_thread_entry", hostile_thread_entry},
    {"balance", balance},
    {"replay", replay, 120},
    {"slice", slice, 180},
    {"balance_after", balance},
    {0, 0},
};

int main(int argc, char **argv) { t_main(argc, argv, cases); }
