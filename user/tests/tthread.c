/* tthread: threads sharing an address space, TLB shootdown, and COW under
 * threads (PLATFORM.md rules 4, 5, 6 and 11). The cases run in the boot's
 * fork mode; the two about pages shared copy-on-write (a fork's snapshot
 * while siblings write, siblings racing on one COW page) run in cow mode
 * in an eager boot (see cow_mode). */
#include "t.h"

/* The COW race's fork mode: the boot's if it shares pages (cow, odf), else
 * cow: an eager fork shares no page for threads to race on. The harness
 * restores the mode after the case. */
static void cow_mode(void) {
  if (forkmode(-1) == FORK_EAGER)
    forkmode(FORK_COW);
}

#define MAXT 8
#define STACK 16384
static char stacks[MAXT][STACK] __attribute__((aligned(16)));
static void *stack_top(int i) { return stacks[i] + STACK; }

static volatile int go, stop;
static volatile long spins[MAXT];

static void spin_until_stop(void *arg) {
  long i = (long)arg;
  while (!stop)
    spins[i]++;
}

static int nthreads_for_test(void) {
  int n = ncpu();
  return n < 2 ? 2 : (n > MAXT ? MAXT : n);
}

/* create/join: statuses come back, a shared counter sees every add. */
static volatile int counter;
static void add_1000(void *arg) {
  for (int i = 0; i < 1000; i++)
    __atomic_fetch_add(&counter, 1, __ATOMIC_RELAXED);
  thread_exit((int)(long)arg + 100);
}

static void t_create_join(void) {
  int n = nthreads_for_test(), tid[MAXT];
  counter = 0;
  for (long i = 0; i < n; i++)
    CHECK((tid[i] = thread_create(add_1000, (void *)i, stack_top(i))) > 0);
  for (int i = 0; i < n; i++) {
    int st = -7;
    CHECK_EQ(thread_join(tid[i], &st), 0);
    CHECK_EQ(st, 100 + i);
    CHECK(thread_join(tid[i], &st) < 0); /* already joined */
  }
  CHECK_EQ(counter, 1000 * n);
  CHECK(thread_join(0, 0) < 0);
  CHECK(thread_join(100000, 0) < 0);
}

/* Writers store sequence numbers s = 1, 2, ... in word s % WORDS of their
 * own area (several pages); a snapshot taken at any instant then holds,
 * for some S, the newest s <= S of each residue. */
#define WORDS 4096 /* 8 pages of longs per writer */
static long areas[MAXT][WORDS] __attribute__((aligned(4096)));

static void writer(void *arg) {
  long *a = areas[(long)arg];
  for (long s = 1; !stop; s++)
    a[s % WORDS] = s;
}

/* Checks that area a is a prefix snapshot; returns 0 if consistent. */
static int snapshot_ok(const long *a) {
  long max = 0;
  for (int k = 0; k < WORDS; k++)
    if (a[k] > max)
      max = a[k];
  for (int k = 0; k < WORDS; k++) {
    long want = max - ((max - k) % WORDS + WORDS) % WORDS; /* newest s<=max, s%W==k */
    if (want <= 0)
      want = 0;
    if (a[k] != want)
      return -1;
  }
  return 0;
}

/* In every fork mode: an eager fork of a threaded parent first stops the
 * siblings' stores (pmap_fork_eager); without that, its child got each
 * page as it was at a different moment ("writer 6's area is not a
 * snapshot" at 8 harts). */
static void t_fork_snapshot(void) {
  int n = nthreads_for_test() - 1, tid[MAXT];
  stop = 0;
  for (long i = 0; i < n; i++)
    CHECK((tid[i] = thread_create(writer, (void *)i, stack_top(i))) > 0);
  sleep(2);
  for (int round = 0; round < 20; round++) {
    int pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
      static long first[WORDS];
      for (int i = 0; i < n; i++) {
        if (snapshot_ok(areas[i]) < 0)
          T_FAIL("round %d: writer %d's area is not a snapshot", round, i);
      }
      memcpy(first, areas[0], sizeof first);
      sleep(2); /* the parent's writers keep going */
      if (memcmp(first, areas[0], sizeof first) != 0)
        T_FAIL("round %d: the child's snapshot changed after fork", round);
      exit(0);
    }
    t_wait_ok(pid, "snapshot child");
    t_progress();
  }
  stop = 1;
  for (int i = 0; i < n; i++)
    CHECK_EQ(thread_join(tid[i], 0), 0);
}

/* Many threads store to one COW page at once; every store survives and
 * the race shows in the counters: a lost CAS, or a fault that found the
 * page already resolved by a sibling (fault_races counts both). The last writer to arrive
 * starts the race, so all of them are on a hart when it begins. */
#define RACE_PAGES 16
static char race_pages[RACE_PAGES][4096] __attribute__((aligned(4096)));
static volatile int arrived;
static int race_n;
static void race_writer(void *arg) {
  long i = (long)arg;
  if (__atomic_add_fetch(&arrived, 1, __ATOMIC_SEQ_CST) == race_n)
    go = 1;
  while (!go)
    ;
  for (int pg = 0; pg < RACE_PAGES; pg++) /* all writers walk the pages in step */
    race_pages[pg][i * 64] = (char)(i + 1);
}

static void t_cow_race(void) {
  int n = nthreads_for_test(), tid[MAXT];
  cow_mode();
  uint64 races0 = vmstat_get(VM_fault_races);
  race_n = n;
  for (int round = 0; round < 400; round++) {
    memset(race_pages, 0, sizeof race_pages);
    int pid = fork(); /* shares race_pages copy-on-write */
    CHECK(pid >= 0);
    if (pid == 0) {
      sleep(1000);
      exit(0);
    }
    go = 0;
    arrived = 0;
    for (long i = 0; i < n; i++)
      CHECK((tid[i] = thread_create(race_writer, (void *)i, stack_top(i))) > 0);
    for (int i = 0; i < n; i++)
      CHECK_EQ(thread_join(tid[i], 0), 0);
    for (int pg = 0; pg < RACE_PAGES; pg++)
      for (int i = 0; i < n; i++)
        CHECK_EQ(race_pages[pg][i * 64], i + 1);
    kill(pid);
    CHECK_EQ(t_wait(pid), -1);
    if (ncpu() > 1 && vmstat_get(VM_fault_races) > races0 && round >= 20)
      break;
    t_progress();
  }
  if (ncpu() > 1 && vmstat_get(VM_fault_races) == races0)
    T_FAIL("no two threads ever raced on one COW page in 400 rounds");
}

/* After sbrk shrinks the heap, a sibling that had the pages in its TLB must
 * fault on them: the process dies (-1) instead of reading freed memory. */
static volatile char *shrink_region;
static volatile int shrunk;
static void shrink_reader(void *arg) {
  long sum = 0;
  while (!shrunk)
    sum += shrink_region[0] + shrink_region[8192];
  sum += shrink_region[8192]; /* must fault now */
  exit(55 + (int)(sum & 0));
}

static void shrink_child(void) {
  char *r = sbrk(4 * 4096);
  CHECK(r != (char *)-1);
  memset(r, 1, 4 * 4096);
  shrink_region = r;
  int tid = thread_create(shrink_reader, 0, stack_top(0));
  CHECK(tid > 0);
  sleep(2);
  CHECK(sbrk(-4 * 4096) == r + 4 * 4096);
  shrunk = 1;
  thread_join(tid, 0);
  exit(56);
}

static void t_sbrk_shrink_threads(void) {
  for (int i = 0; i < 3; i++)
    CHECK_EQ(t_child_status(shrink_child), -1);
}

/* Every hart initiates shootdowns at once: in each of ncpu processes one
 * thread grows and shrinks the heap (each shrink shoots down the sibling's
 * hart) while the sibling keeps writing; nobody deadlocks. Whether two
 * threads of one process ever run at the same moment in that crowd is up
 * to the scheduler (per-hart round robin can settle into running all the
 * shrinkers, then all the writers), so the check that shrinks do shoot
 * down runs after it, with one such process alone: its two threads are the
 * only runnable ones, each on a hart of its own. */
static long busy_page[512] __attribute__((aligned(4096)));
static void busy_writer(void *arg) {
  for (long i = 0; !stop; i++)
    busy_page[i & 511] = i;
}

static void storm_process(int secs) {
  stop = 0;
  int tid = thread_create(busy_writer, 0, stack_top(0));
  CHECK(tid > 0);
  int end = uptime() + secs * TICKS_PER_S;
  while (uptime() < end) {
    char *p = sbrk(8192);
    CHECK(p != (char *)-1);
    p[0] = p[4096] = 1;
    CHECK(sbrk(-8192) == p + 8192);
    t_progress();
  }
  stop = 1;
  CHECK_EQ(thread_join(tid, 0), 0);
}

static void storm(int procs, int secs) {
  int pids[MAXT];
  for (int i = 0; i < procs; i++) {
    pids[i] = t_fork();
    if (pids[i] == 0) {
      storm_process(secs);
      exit(0);
    }
  }
  for (int i = 0; i < procs; i++)
    t_wait_ok(pids[i], "storm process");
}

static void t_shootdown_storm(void) {
  storm(ncpu(), 2);
  uint64 sd0 = vmstat_get(VM_shootdowns);
  storm(1, 1);
  if (ncpu() > 1 && vmstat_get(VM_shootdowns) == sd0)
    T_FAIL("no shootdown from a process whose threads ran on two harts");
}

/* A single-threaded process forking sends no IPIs. */
static void t_fork_no_ipi(void) {
  char *mem = sbrk(64 * 4096);
  CHECK(mem != (char *)-1);
  memset(mem, 3, 64 * 4096);
  uint64 ipi0 = vmstat_get(VM_ipis_sent);
  for (int i = 0; i < 30; i++) {
    int pid = t_fork();
    if (pid == 0) {
      mem[i * 4096] = 9;
      exit(0);
    }
    t_wait_ok(pid, "child");
    mem[i * 4096] = 7;
  }
  uint64 sent = vmstat_get(VM_ipis_sent) - ipi0;
  if (sent > 2)
    T_FAIL("%d IPIs sent for 30 forks of a single-threaded process", (int)sent);
}

/* On-demand fork under threads: every fork makes the parent's tables
 * shared, and its spinning threads (their text, spins[] and stacks) fault
 * on them at once, on every hart; one takes each table and the others
 * must retry, never be killed. Once a fault whose walk saw the table
 * shared, and whose pmap_unshare then found it valid (a sibling had taken
 * it), was killed as a bad address: within some 200 forks at 2 harts. */
#define ODF_STORM_FORKS 1500
static void t_odf_fork_storm(void) {
  forkmode(FORK_ODF); /* t_main restores the mode */
  int n = nthreads_for_test(), tid[MAXT];
  uint64 shared0 = vmstat_get(VM_odf_tables_shared);
  stop = 0;
  for (long i = 1; i < n; i++)
    CHECK((tid[i] = thread_create(spin_until_stop, (void *)i, stack_top(i))) > 0);
  for (int r = 0; r < ODF_STORM_FORKS; r++) {
    int pid = t_fork();
    if (pid == 0)
      exit(0);
    t_wait_ok(pid, "child");
    if (r % 100 == 0)
      t_progress();
  }
  stop = 1;
  for (int i = 1; i < n; i++)
    CHECK_EQ(thread_join(tid[i], 0), 0);
  CHECK(vmstat_get(VM_odf_tables_shared) - shared0 >= ODF_STORM_FORKS);
}

/* exit() from one thread ends the others; kill ends them all (-1). */
static void exit_from_thread(void *arg) {
  sleep(10);
  exit(7);
}
static void exit_child(void) {
  stop = 0;
  for (long i = 1; i < 3; i++)
    thread_create(spin_until_stop, (void *)i, stack_top(i));
  thread_create(exit_from_thread, 0, stack_top(0));
  for (;;)
    sleep(100);
}
static void kill_child(void) {
  stop = 0;
  for (long i = 0; i < 3; i++)
    thread_create(spin_until_stop, (void *)i, stack_top(i));
  for (;;)
    ;
}

static void t_exit_kill_threads(void) {
  CHECK_EQ(t_child_status(exit_child), 7);
  int pid = t_fork();
  if (pid == 0)
    kill_child();
  sleep(10);
  CHECK_EQ(kill(pid), 0);
  CHECK_EQ(t_wait(pid), -1);
}

/* The last thread to exit ends the process with its status. */
static void last_exit(void *arg) { thread_exit(42); }
static void last_child(void) {
  thread_create(last_exit, 0, stack_top(0));
  thread_exit(3); /* not last: the sibling's 42 is the process status */
}
static void t_last_thread_exit(void) {
  int st = t_child_status(last_child);
  CHECK(st == 42 || st == 3);
}

/* fork from a thread copies only that thread; exec from a thread ends the
 * siblings. */
static void fork_in_thread(void *arg) {
  int pid = fork();
  if (pid == 0) {
    long a = spins[1];
    sleep(5);
    exit(spins[1] == a ? 0 : 1); /* no sibling runs in the child */
  }
  int st = -1;
  while (wait(&st) != pid)
    ;
  thread_exit(st);
}
static void exec_in_thread(void *arg) {
  char *argv[] = {"echo", "exec-from-thread", 0};
  exec("/echo", argv);
  thread_exit(99);
}
static void fork_exec_child(void) {
  stop = 0;
  thread_create(spin_until_stop, (void *)1, stack_top(1));
  int tid = thread_create(fork_in_thread, 0, stack_top(0));
  int st = -1;
  CHECK_EQ(thread_join(tid, &st), 0);
  CHECK_EQ(st, 0);
  thread_create(exec_in_thread, 0, stack_top(2));
  for (;;)
    sleep(100);
}
static void t_fork_exec_threads(void) { CHECK_EQ(t_child_status(fork_exec_child), 0); }

/* exec from a thread ends siblings that sleep in the kernel, not only
 * those that run: one waits for a child that outlives the exec, one joins
 * a thread that never ends, one spins in user mode. Each must give up its
 * wait and end, or the exec waits for them forever. */
static int exec_pipe[2];
static void wait_in_thread(void *arg) {
  wait(0); /* the grandchild ends only after the exec (the pipe's EOF) */
  thread_exit(98);
}
static void exec_after_sleep(void *arg) {
  sleep(10); /* let the others start waiting */
  char *argv[] = {"echo", "exec-ended-waiters", 0};
  exec("/echo", argv);
  thread_exit(99);
}
static void exec_waiters_child(void) {
  stop = 0;
  CHECK_EQ(pipe(exec_pipe), 0);
  int pid = fork();
  if (pid == 0) { /* reads until the exec'd echo exits and closes the pipe */
    char c;
    close(exec_pipe[1]);
    exit(read(exec_pipe[0], &c, 1) == 0 ? 0 : 1);
  }
  CHECK(pid > 0);
  close(exec_pipe[0]);
  int spinner = thread_create(spin_until_stop, (void *)1, stack_top(1));
  thread_create(wait_in_thread, 0, stack_top(2));
  thread_create(exec_after_sleep, 0, stack_top(3));
  thread_join(spinner, 0); /* never ends by itself: stop stays 0 */
  exit(97);
}
static void t_exec_ends_waiters(void) { CHECK_EQ(t_child_status(exec_waiters_child), 0); }

/* A kill lands at every point of a wait: a child reads bytes one at a time
 * from a pipe, sleeping between them, while the parent feeds it and then,
 * after a random delay, kills it and stops feeding. A kill that slipped in
 * between the child's test of its wait and its sleep would leave it asleep
 * for ever, since no byte comes again (the case times out). That window
 * was a few instructions wide: with it widened by a 50-iteration loop this
 * case hung in every run at 4 harts; unwidened it rarely lands in it. */
static void t_kill_vs_sleep(void) {
  uint64 seed = 0x4b1115eedUL;
  for (int i = 0; i < 300; i++) {
    int p[2];
    char c = 'x';
    CHECK_EQ(pipe(p), 0);
    int pid = t_fork();
    if (pid == 0) {
      close(p[1]);
      while (read(p[0], &c, 1) == 1)
        ;
      exit(0);
    }
    close(p[0]);
    for (int n = t_rand(&seed) % 8; n >= 0; n--) {
      CHECK_EQ(write(p[1], &c, 1), 1);
      for (volatile long k = t_rand(&seed) % 3000; k > 0; k--)
        ;
    }
    CHECK_EQ(kill(pid), 0);
    int st = t_wait(pid);
    if (st != -1)
      T_FAIL("round %d: the killed reader exited with %d", i, st);
    close(p[1]);
    t_progress();
  }
}

/* A killed process exits with -1 even when its last thread was ending of
 * its own accord: the child's main thread sleeps, its second thread spins
 * a while and calls thread_exit(0), and the parent kills the child at
 * about that moment. The main thread, woken by the kill, ends first; the
 * other's thread_exit, entered after the kill but before its next trap,
 * was then the last thread's exit and gave the process status 0. (It made
 * runtests' watchdog, a killed process with a thread just done, look as
 * if it had fired: "no line for 300 s" after 25 s.) */
static void exit_after_spin(void *arg) {
  for (volatile long k = (long)arg; k > 0; k--)
    ;
  thread_exit(0);
}
static void t_kill_vs_thread_exit(void) {
  uint64 seed = 0x7e11edUL;
  for (int i = 0; i < 200; i++) {
    long spin = 2000 + t_rand(&seed) % 20000;
    int go[2];
    char c;
    CHECK_EQ(pipe(go), 0);
    int pid = t_fork();
    if (pid == 0) {
      close(go[0]);
      thread_create(exit_after_spin, (void *)spin, stack_top(0));
      write(go[1], "g", 1);
      for (;;)
        sleep(100);
    }
    close(go[1]);
    CHECK_EQ(read(go[0], &c, 1), 1);
    close(go[0]);
    for (volatile long k = spin; k > 0; k--)
      ;
    CHECK_EQ(kill(pid), 0);
    int st = t_wait(pid);
    if (st != -1)
      T_FAIL("round %d: the killed child exited with %d", i, st);
    t_progress();
  }
}

/* fork copies the descriptor table and cwd while sibling threads open,
 * close and chdir: every file fork takes must still be open (the kernel
 * asserts it), and the children see working descriptors. At 8 harts on
 * the 2-core host a round took 65 ms at load 8 and up to 190 ms at load
 * 16 to 20 (every fork waits on all seven busy harts), so the timeout is
 * for a round that does not end (t_progress), not for all 1500. */
static void open_close_chdir(void *arg) {
  while (!stop) {
    int fd[2];
    for (int i = 0; i < 2; i++)
      fd[i] = open("/echo", O_RDONLY);
    for (int i = 0; i < 2; i++)
      if (fd[i] >= 0)
        close(fd[i]);
    chdir((long)arg & 1 ? "/" : "/tt_fork_dir");
  }
  thread_exit(0);
}

static void t_fork_vs_close(void) {
  int n = nthreads_for_test() - 1, tid[MAXT];
  unlink("/tt_fork_dir");
  CHECK_EQ(mkdir("/tt_fork_dir"), 0);
  stop = 0;
  for (long i = 0; i < n; i++)
    CHECK((tid[i] = thread_create(open_close_chdir, (void *)i, stack_top(i))) > 0);
  for (int round = 0; round < 1500; round++) {
    int pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
      struct stat st;
      for (int fd = 3; fd < NOFILE; fd++) /* whatever it got must work */
        if (fstat(fd, &st) == 0 && st.type != T_FILE)
          exit(1);
      exit(0);
    }
    CHECK_EQ(t_wait(pid), 0);
    t_progress();
  }
  stop = 1;
  for (int i = 0; i < n; i++)
    CHECK_EQ(thread_join(tid[i], 0), 0);
  chdir("/");
  CHECK_EQ(unlink("/tt_fork_dir"), 0);
}
/* Removes the directory if the case did not (it was killed): it holds two
 * pages, which runtests would count as lost. */
static void fork_vs_close_cleanup(void) { unlink("/tt_fork_dir"); }

static const struct t_case cases[] = {
    {"thread_create_join", t_create_join, 0},
    {"thread_fork_snapshot", t_fork_snapshot, 120, T_PROGRESS},
    {"thread_cow_race", t_cow_race, 120, T_PROGRESS},
    {"thread_sbrk_shrink", t_sbrk_shrink_threads, 0},
    {"thread_shootdown_storm", t_shootdown_storm, 120, T_PROGRESS},
    {"thread_fork_no_ipi", t_fork_no_ipi, 0},
    {"thread_odf_fork_storm", t_odf_fork_storm, 120, T_PROGRESS},
    {"thread_exit_kill", t_exit_kill_threads, 0},
    {"thread_last_exit", t_last_thread_exit, 0},
    {"thread_fork_exec", t_fork_exec_threads, 0},
    {"thread_exec_ends_waiters", t_exec_ends_waiters, 20},
    {"thread_kill_vs_sleep", t_kill_vs_sleep, 0, T_PROGRESS},
    {"thread_kill_vs_thread_exit", t_kill_vs_thread_exit, 0, T_PROGRESS},
    {"thread_fork_vs_close", t_fork_vs_close, 120, T_PROGRESS, fork_vs_close_cleanup},
    {0, 0, 0},
};

int main(int argc, char **argv) { t_main(argc, argv, cases); }
