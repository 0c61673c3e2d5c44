/* telf: exec of malformed programs. scripts/mkbadelf makes broken copies
 * of /echo at build time (truncated, zero-length, wrong magic, class,
 * byte order or machine, bad program headers, filesz > memsz, segments
 * beyond 1 << 38, wrapping, misaligned or overlapping, data beyond the end
 * of the file, entry outside the text); they sit in the test-data
 * directory as /t/bad_*.
 * exec of each must return -1 and leave the caller exactly as it was: its
 * memory, its descriptors, its other threads, and no page lost.
 * Two more copies are odd but legal (a writable segment without PF_R), and
 * /t/echo_omagic is echo linked with `ld -N` as xv6 links forktest (offset
 * and address disagree modulo the page size): those must run as echo does. */
#include "t.h"

/* Every variant scripts/mkbadelf makes (scripts/mkbadelf --list). */
static const char *bad[] = {
    "bad_empty",   "bad_hdronly",  "bad_midph",   "bad_trunc",   "bad_magic",
    "bad_class",   "bad_data",     "bad_machine", "bad_phent",   "bad_nophdr",
    "bad_phnum",   "bad_phoff",    "bad_filesz",  "bad_fileend", "bad_offbig",
    "bad_offwrap", "bad_vabig",    "bad_vaend",   "bad_vawrap",  "bad_memwrap",
    "bad_kernva",  "bad_misalign", "bad_overlap", "bad_entry",   0,
};

/* The variants that must run: data PF_W only, text PF_W|PF_X. */
static const char *odd[] = {"bad_wonly", "bad_wx", 0};

/* ---------------------------------------------------------------- the caller's image */

#define PAT_WORDS 2048 /* 4 pages of data */
static uint64 data_pat[PAT_WORDS] = {1};
static uint64 bss_pat[PAT_WORDS];
static uint64 *heap_pat;

static uint64 pat(int region, int i) { return (uint64)region << 40 | (uint64)i * 0x9e3779b9UL; }

/* Fills data, bss and a heap area with a pattern; the heap area is taken
 * once per process (sbrk). */
static void image_fill(void) {
  if (!heap_pat) {
    heap_pat = (uint64 *)sbrk(PAT_WORDS * sizeof(uint64));
    CHECK(heap_pat != (uint64 *)-1);
  }
  for (int i = 0; i < PAT_WORDS; i++) {
    data_pat[i] = pat(1, i);
    bss_pat[i] = pat(2, i);
    heap_pat[i] = pat(3, i);
  }
}

static void image_check(const char *after) {
  for (int i = 0; i < PAT_WORDS; i++) {
    if (data_pat[i] != pat(1, i) || bss_pat[i] != pat(2, i) || heap_pat[i] != pat(3, i))
      T_FAIL("memory changed at word %d after exec %s", i, after);
  }
}

/* What each descriptor names: fstat's identity, or -1 when closed. */
struct fdsnap {
  int ok[NOFILE];
  struct stat st[NOFILE];
};

static void fd_snap(struct fdsnap *s) {
  for (int fd = 0; fd < NOFILE; fd++)
    s->ok[fd] = fstat(fd, &s->st[fd]);
}

static void fd_check(const struct fdsnap *want, const char *after) {
  struct fdsnap now;
  fd_snap(&now);
  for (int fd = 0; fd < NOFILE; fd++) {
    if (now.ok[fd] != want->ok[fd] || (now.ok[fd] == 0 && (now.st[fd].ino != want->st[fd].ino ||
                                                           now.st[fd].type != want->st[fd].type)))
      T_FAIL("descriptor %d changed after exec %s", fd, after);
  }
}

/* Opens a file and a pipe (with a byte in it) so there is more to keep. */
static void open_some(int *file, int p[2]) {
  *file = open("/echo", O_RDONLY);
  CHECK(*file >= 0);
  CHECK_EQ(pipe(p), 0);
  CHECK_EQ(write(p[1], "k", 1), 1);
}

/* The descriptors still work: the file reads, the pipe holds its byte. */
static void use_some(int file, int p[2]) {
  char c[4];
  CHECK_EQ(read(file, c, 4), 4);
  CHECK(c[0] == 0x7f && c[1] == 'E');
  CHECK_EQ(read(p[0], c, 1), 1);
  CHECK_EQ(c[0], 'k');
  close(file);
  close(p[0]);
  close(p[1]);
}

/* exec of /t/NAME with argv; must be -1. */
static void exec_must_fail(const char *name, char **argv) {
  char path[32];
  snprintf(path, sizeof path, "/t/%s", name);
  int r = exec(path, argv);
  if (r != -1)
    T_FAIL("exec %s returned %d, want -1", path, r);
}

/* ---------------------------------------------------------------- cases */

/* True if name is in the null-terminated list. */
static int listed(const char **list, const char *name) {
  for (int i = 0; list[i]; i++)
    if (strcmp(list[i], name) == 0)
      return 1;
  return 0;
}

/* The bad_* names of directory dir that telf does not list (the root
 * should have none at all); fails the case on the first. */
static void no_stray_bad(const char *dir, int listed_ok) {
  int fd = open(dir, O_RDONLY);
  CHECK(fd >= 0);
  struct {
    ushort inum;
    char name[14];
  } de;
  while (read(fd, &de, sizeof de) == sizeof de) {
    if (de.inum == 0 || strncmp(de.name, "bad_", 4) != 0)
      continue;
    char name[15];
    memcpy(name, de.name, 14);
    name[14] = 0;
    if (!listed_ok || (!listed(bad, name) && !listed(odd, name)))
      T_FAIL("%s/%s is in the image but not in telf's list for it", dir, name);
  }
  close(fd);
}

/* Every variant is in /t, nothing else named bad_* is, and the root holds
 * no test data. */
static void present(void) {
  struct stat st;
  for (int i = 0; odd[i]; i++) {
    char path[32];
    snprintf(path, sizeof path, "/t/%s", odd[i]);
    if (stat(path, &st) < 0 || st.type != T_FILE || st.size < 64)
      T_FAIL("%s missing from the image (Makefile rule for scripts/mkbadelf?)", path);
  }
  for (int i = 0; bad[i]; i++) {
    char path[32];
    snprintf(path, sizeof path, "/t/%s", bad[i]);
    if (stat(path, &st) < 0)
      T_FAIL("%s missing from the image (Makefile rule for scripts/mkbadelf?)", path);
    CHECK_EQ(st.type, T_FILE);
    if (strcmp(bad[i], "bad_empty") == 0)
      CHECK_EQ(st.size, 0);
    else
      CHECK(st.size >= 64);
  }
  no_stray_bad("/t", 1);
  no_stray_bad("/", 0);
}

/* Runs the echo program at path with one argument, word, in a child whose
 * output goes to a pipe; fails the case unless it exits 0 having printed
 * word and a newline (status 99: its exec failed; -1: it was killed). */
static void echo_runs(const char *path, const char *word) {
  int p[2];
  CHECK_EQ(pipe(p), 0);
  int pid = t_fork();
  if (pid == 0) {
    close(1);
    dup(p[1]);
    close(p[0]);
    close(p[1]);
    char *argv[] = {"echo", (char *)word, 0};
    exec(path, argv);
    exit(99);
  }
  close(p[1]);
  char buf[32];
  int n = t_read_all(p[0], buf, sizeof buf);
  close(p[0]);
  int st = t_wait(pid);
  if (st != 0)
    T_FAIL("%s exited with status %d (99: exec failed), output '%s'", path, st, buf);
  int len = strlen(word);
  if (n != len + 1 || strncmp(buf, word, len) != 0 || buf[len] != '\n')
    T_FAIL("%s printed '%s', want '%s'", path, buf, word);
}

/* The good program the variants come from does run. */
static void good_runs(void) { echo_runs("/echo", "elf-ok"); }

/* A writable segment without PF_R is mapped readable too: the program
 * runs, where a W-without-R page (reserved in Sv39) would fault on every
 * access, and a fault path that called those faults spurious would retry
 * the same instruction forever. */
static void odd_flags_run(void) {
  for (int i = 0; odd[i]; i++) {
    char path[32];
    snprintf(path, sizeof path, "/t/%s", odd[i]);
    echo_runs(path, "elf-odd");
  }
}

/* xv6 links forktest with `ld -N`: one segment at file offset 0xb0 and
 * address 0. The loader copies bytes, so such a program runs. */
static void omagic_runs(void) { echo_runs("/t/echo_omagic", "elf-omagic"); }

/* Each variant: -1, memory and descriptors unchanged, and the caller goes
 * on (its files still work). */
static void each_rejected(void) {
  int file, p[2];
  struct fdsnap fds;
  image_fill();
  open_some(&file, p);
  fd_snap(&fds);
  volatile uint64 on_stack = 0x5eed;
  char *argv[] = {"echo", "must-not-run", 0};
  for (int i = 0; bad[i]; i++) {
    exec_must_fail(bad[i], argv);
    image_check(bad[i]);
    fd_check(&fds, bad[i]);
    CHECK_EQ(on_stack, 0x5eed);
  }
  use_some(file, p);
}

/* The same with the longest argument list the kernel takes: the pages it
 * copies the arguments into come back. */
static void with_many_args(void) {
  static char strs[MAXARG][MAXARGLEN];
  char *argv[MAXARG + 1];
  for (int i = 0; i < MAXARG; i++) {
    memset(strs[i], 'a' + i % 26, MAXARGLEN - 1);
    strs[i][MAXARGLEN - 1] = 0;
    argv[i] = strs[i];
  }
  argv[MAXARG] = 0;
  image_fill();
  for (int round = 0; round < 2; round++)
    for (int i = 0; bad[i]; i++) {
      exec_must_fail(bad[i], argv);
      image_check(bad[i]);
    }
}

/* A caller whose pages are COW-shared with its parent: the failed exec
 * must neither disturb the sharing nor leak the shared pages. */
static void cow_shared(void) {
  image_fill();
  int pid = t_fork();
  if (pid == 0) {
    char *argv[] = {"echo", 0};
    for (int i = 0; bad[i]; i++) {
      exec_must_fail(bad[i], argv);
      image_check(bad[i]);
    }
    /* Now write: the copies are ours, the parent's stay. */
    for (int i = 0; i < PAT_WORDS; i++)
      heap_pat[i] = data_pat[i] = 0;
    exit(0);
  }
  t_wait_ok(pid, "exec'ing child");
  image_check("in a child");
}

/* Other threads of the caller keep running through the failed execs. */
#define NTH 3
static char th_stack[NTH][8192] __attribute__((aligned(16)));
static volatile int th_stop;
static volatile long th_count[NTH];

static void counter(void *arg) {
  long i = (long)arg;
  while (!th_stop)
    th_count[i]++;
  thread_exit(40 + (int)i);
}

static void with_threads(void) {
  int tid[NTH];
  th_stop = 0;
  for (long i = 0; i < NTH; i++) {
    th_count[i] = 0;
    CHECK((tid[i] = thread_create(counter, (void *)i, th_stack[i] + sizeof th_stack[i])) > 0);
  }
  image_fill();
  char *argv[] = {"echo", 0};
  for (int i = 0; bad[i]; i++) {
    exec_must_fail(bad[i], argv);
    image_check(bad[i]);
  }
  /* Each thread still counts. */
  for (int i = 0; i < NTH; i++) {
    long c0 = th_count[i];
    uint64 t0 = rdtime();
    while (th_count[i] == c0)
      if (rdtime() - t0 > 30UL * 10000000UL)
        T_FAIL("thread %d stopped after the failed execs", i);
  }
  th_stop = 1;
  for (int i = 0; i < NTH; i++) {
    int st = 0;
    CHECK_EQ(thread_join(tid[i], &st), 0);
    CHECK_EQ(st, 40 + i);
  }
}

/* Many processes on every hart exec the variants at once. */
static void concurrent(void) {
  int n = 2 * ncpu(), pids[16];
  if (n > 16)
    n = 16;
  image_fill();
  for (int w = 0; w < n; w++) {
    pids[w] = t_fork();
    if (pids[w] == 0) {
      char *argv[] = {"echo", "x", 0};
      int nb = 0;
      while (bad[nb])
        nb++;
      for (int round = 0; round < 5; round++)
        for (int i = 0; i < nb; i++)
          exec_must_fail(bad[(i + w) % nb], argv);
      image_check("in a worker");
      exit(0);
    }
  }
  for (int w = 0; w < n; w++)
    t_wait_ok(pids[w], "worker");
}

/* Directories, devices and missing files are no programs either. */
static void not_programs(void) {
  char *argv[] = {"x", 0};
  image_fill();
  CHECK_EQ(exec("/", argv), -1);
  CHECK_EQ(exec(".", argv), -1);
  CHECK_EQ(exec("console", argv), -1);
  CHECK_EQ(exec("/t/bad_none", argv), -1);
  CHECK_EQ(exec("/t/bad_empty/x", argv), -1);
  image_check("of a non-program");
}

static const struct t_case cases[] = {
    {"present", present},
    {"good_runs", good_runs},
    {"odd_flags_run", odd_flags_run},
    {"omagic_runs", omagic_runs},
    {"each_rejected", each_rejected},
    {"with_many_args", with_many_args},
    {"cow_shared", cow_shared},
    {"with_threads", with_threads},
    {"concurrent", concurrent},
    {"not_programs", not_programs},
    {0, 0},
};

int main(int argc, char **argv) { t_main(argc, argv, cases); }
