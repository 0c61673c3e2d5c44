/* tstress: many processes on all harts at once: forking, piping, writing
 * shared pages, exec'ing, being killed, while the fork mode flips; every
 * result is checked and all memory must come back. */
#include "t.h"

#define SELF "/tstress"

/* Workers for a case: per_hart on each hart, at most max; half that in a
 * crowd (-c), where the soak's other programs need process slots too. */
static int nworkers(int per_hart, int max) {
  int n = per_hart * ncpu();
  n = n > max ? max : n;
  return t_crowd ? (n + 1) / 2 : n;
}

/* Starts n workers running fn(i); fails unless all exit 0. */
static void run_workers(int n, void (*fn)(int)) {
  int pids[64];
  for (int i = 0; i < n; i++) {
    pids[i] = t_fork();
    if (pids[i] == 0) {
      fn(i);
      exit(0);
    }
  }
  for (int i = 0; i < n; i++)
    t_wait_ok(pids[i], "worker");
}

static uchar byte_at(int seed, int i) { return (uchar)(seed * 131 + i * 7 + (i >> 9)); }

/* One round: a child writes a seeded stream into a pipe and its status;
 * the parent checks both. A heap area shared by the fork is written by
 * both sides and checked by both. */
static void fork_pipe_worker(int w) {
  enum { ROUNDS = 12, BYTES = 6000, PAGES = 4 };
  char *heap = sbrk(PAGES * PGSIZE);
  if (heap == (char *)-1)
    T_FAIL("worker %d: sbrk failed", w);
  for (int round = 0; round < ROUNDS; round++) {
    int seed = w * 1000 + round;
    for (int i = 0; i < PAGES; i++)
      heap[i * PGSIZE] = (char)seed;
    int p[2];
    if (pipe(p) < 0)
      T_FAIL("worker %d: pipe failed", w);
    int pid = fork();
    if (pid < 0)
      T_FAIL("worker %d: fork failed", w);
    if (pid == 0) {
      close(p[0]);
      for (int i = 0; i < PAGES; i++) {
        if (heap[i * PGSIZE] != (char)seed)
          exit(1);
        heap[i * PGSIZE] = (char)~seed;
      }
      uchar buf[BYTES];
      for (int i = 0; i < BYTES; i++)
        buf[i] = byte_at(seed, i);
      if (write(p[1], buf, BYTES) != BYTES)
        exit(2);
      exit(round + 10);
    }
    close(p[1]);
    for (int i = 0; i < PAGES; i++)
      heap[i * PGSIZE + 1] = 1; /* the parent writes too */
    uchar buf[1000];
    int got = 0, n;
    while ((n = read(p[0], buf, sizeof buf)) > 0) {
      for (int i = 0; i < n; i++)
        if (buf[i] != byte_at(seed, got + i))
          T_FAIL("worker %d round %d: byte %d wrong", w, round, got + i);
      got += n;
    }
    close(p[0]);
    if (got != BYTES)
      T_FAIL("worker %d round %d: %d bytes", w, round, got);
    int st = t_wait(pid);
    if (st != round + 10)
      T_FAIL("worker %d round %d: child status %d", w, round, st);
    for (int i = 0; i < PAGES; i++)
      if (heap[i * PGSIZE] != (char)seed)
        T_FAIL("worker %d round %d: child's write leaked to parent", w, round);
  }
}

static void fork_pipe(void) { run_workers(nworkers(4, 26), fork_pipe_worker); }

/* Fork while another process flips the fork mode among eager, cow and
 * odf: every kind of child must behave the same. */
static void mode_flip_worker(int w) {
  enum { ROUNDS = 25, PAGES = 8 };
  uint64 *heap = (uint64 *)sbrk(PAGES * PGSIZE);
  if (heap == (uint64 *)-1)
    T_FAIL("sbrk failed");
  long nw = PAGES * PGSIZE / 8;
  for (int round = 0; round < ROUNDS; round++) {
    for (long i = 0; i < nw; i += 16)
      heap[i] = w * 100000 + round * 100 + i;
    int pid = fork();
    if (pid < 0)
      T_FAIL("fork failed");
    if (pid == 0) {
      for (long i = 0; i < nw; i += 16)
        if (heap[i] != (uint64)(w * 100000 + round * 100 + i))
          exit(1);
      for (long i = 0; i < nw; i += 16)
        heap[i] = 0;
      exit(0);
    }
    for (long i = 8; i < nw; i += 16)
      heap[i] = 5;
    t_wait_ok(pid, "mode-flip child");
    for (long i = 0; i < nw; i += 16)
      if (heap[i] != (uint64)(w * 100000 + round * 100 + i))
        T_FAIL("worker %d: child's write visible", w);
  }
}

static void mode_flip(void) {
  int mode0 = forkmode(-1);
  int flipper = t_fork();
  if (flipper == 0) {
    for (int k = 0;; k++) {
      forkmode(k % 3 == 0 ? FORK_EAGER : k % 3 == 1 ? FORK_COW : FORK_ODF);
      sleep(1);
    }
  }
  run_workers(nworkers(3, 24), mode_flip_worker);
  kill(flipper);
  CHECK_EQ(t_wait(flipper), -1);
  forkmode(mode0);
}

/* exec from many processes at once. */
static void exec_worker(int w) {
  for (int round = 0; round < 4; round++) {
    char code[8];
    snprintf(code, sizeof code, "%d", (w + round) % 50);
    char *argv[] = {"tstress", "--exit", code, 0};
    int pid = fork();
    if (pid < 0)
      T_FAIL("fork failed");
    if (pid == 0) {
      exec(SELF, argv);
      exit(99);
    }
    int st = t_wait(pid);
    if (st != (w + round) % 50)
      T_FAIL("exec'd child status %d, want %d", st, (w + round) % 50);
  }
}

static void exec_many(void) { run_workers(nworkers(2, 16), exec_worker); }

/* Processes that fork and write shared memory, killed at random times. */
static void kill_worker(int w) {
  uint64 r = w + 1;
  char *heap = sbrk(8 * PGSIZE);
  for (int round = 0; round < 6; round++) {
    int pid = fork();
    if (pid < 0)
      T_FAIL("fork failed");
    if (pid == 0) {
      for (;;) {
        int c = fork();
        if (c == 0) {
          for (int i = 0; i < 8; i++)
            heap[i * PGSIZE] = i;
          exit(0);
        }
        if (c > 0)
          wait(0);
        for (int i = 0; i < 8; i++)
          heap[i * PGSIZE + 8] = i;
      }
    }
    sleep(1 + t_rand(&r) % 4);
    kill(pid);
    if (t_wait(pid) != -1)
      T_FAIL("killed process did not exit with -1");
  }
}

static void kill_many(void) { run_workers(nworkers(2, 16), kill_worker); }

static const struct t_case cases[] = {
    {"fork_pipe", fork_pipe, 180},
    {"mode_flip", mode_flip, 180},
    {"exec_many", exec_many, 180},
    {"kill_many", kill_many, 180},
    {0},
};

int main(int argc, char **argv) {
  if (argc == 3 && strcmp(argv[1], "--exit") == 0)
    return atoi(argv[2]);
  t_main(argc, argv, cases);
}
