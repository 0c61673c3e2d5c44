/* tproc: processes: fork, exit status through wait, wait with no
 * children, orphans, kill, exec (arguments, failures that leave the
 * caller intact, malformed ELF files), descriptor inheritance, limits. */
#include "t.h"

#define SELF "/tproc"

/* ---- helper modes: tproc runs itself through exec with these ---- */

static uint64 read_sp(void) {
  uint64 sp;
  __asm__ volatile("mv %0, sp" : "=r"(sp));
  return sp;
}

/* tproc --argv N ARG...: exits 0 if argc == N and argument i (from 2) is
 * the string mode_arg(i), 1 otherwise. */
static void mode_arg(int i, char *out, int max) {
  int len = i == 4 ? 0 : (i * 37) % 50; /* argument 4 is empty */
  if (len >= max)
    len = max - 1;
  for (int k = 0; k < len; k++)
    out[k] = 'a' + (i + k) % 26;
  out[len] = 0;
}

static int helper(int argc, char **argv) {
  if (strcmp(argv[1], "--argv") == 0) {
    if (argc != atoi(argv[2]) || argv[argc] != 0 || (read_sp() & 15) != 0)
      return 1;
    if (strcmp(argv[0], "tproc") != 0)
      return 2;
    char want[64];
    for (int i = 3; i < argc; i++) {
      mode_arg(i, want, sizeof want);
      if (strcmp(argv[i], want) != 0)
        return 3;
    }
    return 0;
  }
  if (strcmp(argv[1], "--long") == 0) { /* one argument of atoi(argv[2]) 'x' */
    int n = atoi(argv[2]);
    if (argc != 4 || (int)strlen(argv[3]) != n)
      return 1;
    for (int i = 0; i < n; i++)
      if (argv[3][i] != 'x')
        return 2;
    return 0;
  }
  if (strcmp(argv[1], "--write-fd") == 0) { /* writes a message to fd */
    int fd = atoi(argv[2]);
    return write(fd, "from exec", 9) == 9 ? 0 : 1;
  }
  if (strcmp(argv[1], "--exit") == 0)
    return atoi(argv[2]);
  return -1;
}

/* ---- cases ---- */

static void exit_status(void) {
  static const int codes[] = {0, 1, 42, 127, 255, -7, 1000};
  for (uint64 i = 0; i < sizeof codes / sizeof codes[0]; i++) {
    int pid = t_fork();
    if (pid == 0)
      exit(codes[i]);
    int st = 12345, r = wait(&st);
    CHECK_EQ(r, pid);
    CHECK_EQ(st, codes[i]);
  }
  /* main's return value is the exit status too. */
  char *argv[] = {"tproc", "--exit", "77", 0};
  int pid = t_fork();
  if (pid == 0) {
    exec(SELF, argv);
    exit(99);
  }
  CHECK_EQ(t_wait(pid), 77);
}

static void wait_no_children(void) {
  int st = 5;
  CHECK_EQ(wait(&st), -1);
  CHECK_EQ(st, 5);
  CHECK_EQ(wait(0), -1);
  int pid = t_fork();
  if (pid == 0)
    exit(0);
  CHECK_EQ(wait(0), pid); /* status may be NULL */
  CHECK_EQ(wait(0), -1);
}

static void wait_many(void) {
  enum { N = 20 };
  int pids[N], seen[N] = {0};
  for (int i = 0; i < N; i++) {
    pids[i] = t_fork();
    if (pids[i] == 0) {
      sleep((i * 7) % 5);
      exit(100 + i);
    }
  }
  for (int k = 0; k < N; k++) {
    int st, r = wait(&st);
    int i = 0;
    while (i < N && pids[i] != r)
      i++;
    if (i == N)
      T_FAIL("wait returned %d, not a child", r);
    CHECK_EQ(seen[i], 0);
    seen[i] = 1;
    CHECK_EQ(st, 100 + i);
  }
  CHECK_EQ(wait(0), -1);
  /* pids are distinct and positive */
  for (int i = 0; i < N; i++) {
    CHECK(pids[i] > 0);
    for (int j = 0; j < i; j++)
      CHECK(pids[i] != pids[j]);
  }
}

static void fork_pids(void) {
  int p[2];
  CHECK_EQ(pipe(p), 0);
  int me = getpid();
  int pid = t_fork();
  if (pid == 0) {
    int mine = getpid();
    write(p[1], &mine, sizeof mine);
    exit(mine == me ? 1 : 0);
  }
  int child = 0;
  CHECK_EQ(read(p[0], &child, sizeof child), sizeof child);
  CHECK_EQ(child, pid);
  CHECK_EQ(getpid(), me);
  t_wait_ok(pid, "child");
  close(p[0]);
  close(p[1]);
}

/* Children whose parent exits go to init, which reaps them; they are
 * not the grandparent's children. */
static void orphans(void) {
  enum { N = 8 };
  int p[2];
  t_warm_stack();
  long free0 = t_free();
  CHECK_EQ(pipe(p), 0);
  int mid = t_fork();
  if (mid == 0) {
    for (int i = 0; i < N; i++) {
      int g = fork();
      if (g < 0)
        exit(1);
      if (g == 0) {
        sleep(10 + i);
        write(p[1], "g", 1);
        exit(0);
      }
    }
    exit(0); /* leaves N orphans */
  }
  close(p[1]);
  t_wait_ok(mid, "middle");
  /* The orphans still run, but they are not ours to wait for. */
  CHECK_EQ(wait(0), -1);
  char buf[N];
  int got = 0, n;
  while ((n = read(p[0], buf, sizeof buf)) > 0)
    got += n;
  CHECK_EQ(got, N);
  close(p[0]);
  /* init reaps them: all their memory comes back. */
  long f = t_free_settle(free0);
  if (f != free0)
    T_FAIL("free pages %ld, want %ld after the orphans exited", f, free0);
}

static void sleeper(void) {
  sleep(100000);
  exit(0);
}

static void looper(void) {
  for (volatile long i = 0;; i++)
    ;
}

static void self_killer(void) {
  kill(getpid());
  for (volatile int i = 0; i < 100000000; i++)
    ;
  exit(0);
}

static void kill_children(void) {
  void (*fns[])(void) = {sleeper, looper, sleeper, looper};
  int pids[4];
  for (int i = 0; i < 4; i++) {
    pids[i] = t_fork();
    if (pids[i] == 0) {
      fns[i]();
      exit(0);
    }
  }
  sleep(3);
  int t0 = uptime();
  for (int i = 0; i < 4; i++)
    CHECK_EQ(kill(pids[i]), 0);
  for (int i = 0; i < 4; i++)
    if (t_wait(pids[i]) != -1)
      T_FAIL("killed child %d did not exit with -1", i);
  CHECK(uptime() - t0 < 3 * TICKS_PER_S);
  CHECK_EQ(kill(pids[0]), -1); /* gone */
  CHECK_EQ(t_child_status(self_killer), -1);
}

/* Killing a child that already exited leaves its status alone. */
static void kill_zombie(void) {
  int pid = t_fork();
  if (pid == 0)
    exit(9);
  sleep(5);
  kill(pid);
  CHECK_EQ(t_wait(pid), 9);
}

static int global_pattern[1024] = {1, 2, 3};

static void check_image_intact(void) {
  for (int i = 0; i < 1024; i++)
    if (global_pattern[i] != i * 3 + 1)
      T_FAIL("data changed at %d after a failed exec", i);
}

/* Writes data to a new file path. */
static void put(const char *path, const void *data, int n) {
  int fd = open(path, O_CREATE | O_WRONLY | O_TRUNC);
  if (fd < 0 || write(fd, data, n) != n)
    T_FAIL("cannot write %s", path);
  close(fd);
}

static void exec_bad_path(void) {
  for (int i = 0; i < 1024; i++)
    global_pattern[i] = i * 3 + 1;
  char *argv[] = {"x", 0};
  CHECK_EQ(exec("/no-such-program", argv), -1);
  CHECK_EQ(exec("", argv), -1);
  CHECK_EQ(exec("/", argv), -1);
  CHECK_EQ(exec("/tproc/x", argv), -1);
  mkdir("/tproc.d");
  put("/tproc.d/text", "#!/bin/sh\necho hi\n", 18);
  CHECK_EQ(exec("/tproc.d/text", argv), -1);
  put("/tproc.d/empty", "", 0);
  CHECK_EQ(exec("/tproc.d/empty", argv), -1);
  check_image_intact();
  CHECK_EQ(unlink("/tproc.d/text"), 0);
  CHECK_EQ(unlink("/tproc.d/empty"), 0);
  CHECK_EQ(unlink("/tproc.d"), 0);
}

/* ELF64 offsets used to corrupt a copy of this program. */
#define E_ENTRY 24
#define E_PHOFF 32
#define E_PHENTSIZE 54
#define E_PHNUM 56
#define P_TYPE 0
#define P_OFFSET 8
#define P_VADDR 16
#define P_FILESZ 32
#define P_MEMSZ 40
#define PT_LOAD 1

static void set64(uchar *p, uint64 v) { memcpy(p, &v, 8); }
static void set16(uchar *p, ushort v) { memcpy(p, &v, 2); }
static uint64 get64(uchar *p) {
  uint64 v;
  memcpy(&v, p, 8);
  return v;
}

/* Offset of the first PT_LOAD program header in image. */
static int first_load(uchar *img) {
  uint64 phoff = get64(img + E_PHOFF);
  ushort phnum, phent;
  memcpy(&phnum, img + E_PHNUM, 2);
  memcpy(&phent, img + E_PHENTSIZE, 2);
  for (int i = 0; i < phnum; i++) {
    uint ty;
    memcpy(&ty, img + phoff + i * phent + P_TYPE, 4);
    if (ty == PT_LOAD)
      return phoff + i * phent;
  }
  T_FAIL("no PT_LOAD in " SELF);
}

static void exec_bad_elf(void) {
  int fd = open(SELF, O_RDONLY);
  CHECK(fd >= 0);
  struct stat st;
  CHECK_EQ(fstat(fd, &st), 0);
  int size = st.size;
  uchar *orig = (uchar *)sbrk(2 * PGROUNDUP(size));
  CHECK(orig != (uchar *)-1);
  uchar *img = orig + PGROUNDUP(size);
  CHECK_EQ(read(fd, orig, size), size);
  close(fd);
  for (int i = 0; i < 1024; i++)
    global_pattern[i] = i * 3 + 1;
  mkdir("/tproc.e");
  char *argv[] = {"tproc", "--exit", "0", 0};
  int ph = first_load(orig);
  for (int v = 0; v < 10; v++) {
    memcpy(img, orig, size);
    int n = size;
    switch (v) {
    case 0:
      img[0] = 0x7e;
      break; /* bad magic */
    case 1:
      n = 40;
      break; /* cut in the header */
    case 2:
      n = ph + 20;
      break; /* cut in a phdr */
    case 3:
      set64(img + E_PHOFF, 0xfffffffffff0UL);
      break; /* phdrs out of file */
    case 4:
      set64(img + ph + P_FILESZ, get64(img + ph + P_MEMSZ) + 4096);
      break;
    case 5:
      set64(img + ph + P_MEMSZ, 0xfffffffffffff000UL);
      break; /* wraps */
    case 6:
      set64(img + ph + P_VADDR, 0xffffffc080200000UL);
      break; /* kernel */
    case 7:
      set64(img + ph + P_VADDR, get64(img + ph + P_VADDR) + 1);
      break; /* unaligned */
    case 8:
      set64(img + ph + P_OFFSET, 0x7ffffff0UL);
      break; /* data beyond file */
    case 9:
      set16(img + E_PHNUM, 0xffff);
      break; /* phdrs beyond file */
    }
    put("/tproc.e/bad", img, n);
    if (exec("/tproc.e/bad", argv) != -1)
      T_FAIL("malformed ELF %d was accepted", v);
    check_image_intact();
  }
  /* The unmodified copy runs. */
  put("/tproc.e/good", orig, size);
  int pid = t_fork();
  if (pid == 0) {
    exec("/tproc.e/good", argv);
    exit(99);
  }
  CHECK_EQ(t_wait(pid), 0);
  CHECK_EQ(unlink("/tproc.e/bad"), 0);
  CHECK_EQ(unlink("/tproc.e/good"), 0);
  CHECK_EQ(unlink("/tproc.e"), 0);
}

/* Runs SELF with argv in a child; returns its status. */
static int run_self(char **argv) {
  int pid = t_fork();
  if (pid == 0) {
    exec(SELF, argv);
    exit(99);
  }
  return t_wait(pid);
}

static void exec_args(void) {
  static char strs[MAXARG][64];
  char *argv[MAXARG + 2];
  char count[8];
  for (int argc = 3; argc <= MAXARG; argc += (argc < 8 ? 1 : 8)) {
    argv[0] = "tproc";
    argv[1] = "--argv";
    snprintf(count, sizeof count, "%d", argc);
    argv[2] = count;
    for (int i = 3; i < argc; i++) {
      mode_arg(i, strs[i], sizeof strs[i]);
      argv[i] = strs[i];
    }
    argv[argc] = 0;
    int st = run_self(argv);
    if (st != 0)
      T_FAIL("exec with %d arguments: helper status %d", argc, st);
  }
  /* MAXARG exactly, then one more: refused, and the caller goes on. */
  for (int i = 3; i < MAXARG; i++) {
    mode_arg(i, strs[i], sizeof strs[i]);
    argv[i] = strs[i];
  }
  snprintf(count, sizeof count, "%d", MAXARG);
  argv[MAXARG] = 0;
  CHECK_EQ(run_self(argv), 0);
  argv[MAXARG] = "extra";
  argv[MAXARG + 1] = 0;
  CHECK_EQ(exec(SELF, argv), -1);
  /* A long argument. */
  static char big[MAXARGLEN];
  memset(big, 'x', sizeof big);
  big[MAXARGLEN - 1] = 0;
  char n[8];
  snprintf(n, sizeof n, "%d", MAXARGLEN - 1);
  char *largv[] = {"tproc", "--long", n, big, 0};
  CHECK_EQ(run_self(largv), 0);
}

static void exec_keeps_fds(void) {
  int p[2];
  CHECK_EQ(pipe(p), 0);
  char fdstr[8];
  snprintf(fdstr, sizeof fdstr, "%d", p[1]);
  char *argv[] = {"tproc", "--write-fd", fdstr, 0};
  int pid = t_fork();
  if (pid == 0) {
    close(p[0]);
    exec(SELF, argv);
    exit(99);
  }
  close(p[1]);
  char buf[16];
  CHECK_EQ(read(p[0], buf, sizeof buf), 9);
  CHECK(memcmp(buf, "from exec", 9) == 0);
  CHECK_EQ(read(p[0], buf, sizeof buf), 0);
  CHECK_EQ(t_wait(pid), 0);
  close(p[0]);
}

/* exec from a process with a big heap and many shared pages frees them. */
static void exec_frees(void) {
  t_warm_stack();
  long free0 = t_free();
  int pid = t_fork();
  if (pid == 0) {
    char *p = sbrk(300 * PGSIZE);
    if (p == (char *)-1)
      exit(1);
    for (int i = 0; i < 300; i++)
      p[i * PGSIZE] = i;
    char *argv[] = {"tproc", "--exit", "0", 0};
    exec(SELF, argv);
    exit(99);
  }
  CHECK_EQ(t_wait(pid), 0);
  long f = t_free_settle(free0);
  if (f != free0)
    T_FAIL("free pages %ld, want %ld", f, free0);
}

/* Fork until the process table is full: fork then returns -1 cleanly. */
static void fork_until_full(void) {
  int p[2], pids[NPROC + 8], n = 0;
  CHECK_EQ(pipe(p), 0);
  while (n < NPROC + 8) {
    int pid = fork();
    if (pid < 0)
      break;
    if (pid == 0) {
      char c;
      close(p[1]);
      read(p[0], &c, 1); /* wait for the parent to close */
      exit(0);
    }
    pids[n++] = pid;
  }
  close(p[1]);
  close(p[0]);
  if (n == NPROC + 8)
    T_FAIL("%d forks succeeded with NPROC %d", n, NPROC);
  CHECK(n >= NPROC / 2);
  for (int i = 0; i < n; i++)
    t_wait_ok(pids[i], "blocked child");
  /* Fork works again. */
  int pid = t_fork();
  if (pid == 0)
    exit(0);
  t_wait_ok(pid, "after full");
}

/* exit closes descriptors: a reader sees end of file. */
static void exit_closes_fds(void) {
  int p[2];
  CHECK_EQ(pipe(p), 0);
  int pid = t_fork();
  if (pid == 0) {
    write(p[1], "a", 1);
    exit(0); /* p[0], p[1] still open */
  }
  close(p[1]);
  char buf[4];
  CHECK_EQ(read(p[0], buf, 4), 1);
  CHECK_EQ(read(p[0], buf, 4), 0);
  t_wait_ok(pid, "child");
  close(p[0]);
}

/* A chain of processes, each waiting for the next. */
static int chain(int depth) {
  if (depth == 0)
    return 0;
  int pid = fork();
  if (pid < 0)
    return 100;
  if (pid == 0)
    exit(chain(depth - 1) + 1);
  int st = 0;
  if (wait(&st) != pid)
    return 200;
  return st;
}

static void fork_chain(void) { CHECK_EQ(chain(15), 15); }

static void sleep_uptime(void) {
  int t0 = uptime();
  CHECK(t0 > 0);
  CHECK_EQ(sleep(20), 0);
  int t1 = uptime();
  CHECK(t1 - t0 >= 19);
  CHECK(t1 - t0 < 20 + 5 * TICKS_PER_S);
}

static const struct t_case cases[] = {
    {"exit_status", exit_status},
    {"wait_no_children", wait_no_children},
    {"wait_many", wait_many},
    {"fork_pids", fork_pids},
    {"orphans", orphans},
    {"kill_children", kill_children},
    {"kill_zombie", kill_zombie},
    {"exec_bad_path", exec_bad_path},
    {"exec_bad_elf", exec_bad_elf},
    {"exec_args", exec_args},
    {"exec_keeps_fds", exec_keeps_fds},
    {"exec_frees", exec_frees},
    {"fork_until_full", fork_until_full},
    {"exit_closes_fds", exit_closes_fds},
    {"fork_chain", fork_chain},
    {"sleep_uptime", sleep_uptime},
    {0},
};

int main(int argc, char **argv) {
  if (argc > 1 && argv[1][0] == '-' && argv[1][1] == '-')
    return helper(argc, argv);
  t_main(argc, argv, cases);
}
