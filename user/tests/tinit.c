/* tinit: init cannot be killed (kill(1) fails and init goes on reaping
 * orphans), and wait: a status pointer that cannot be written leaves the
 * child to be waited for again, and threads of one parent waiting at once
 * get every child exactly once. */
#include "t.h"

/* Children whose parent is gone, for init to reap; the caller checks
 * that their pages come back. Each sleeps a little so that init is
 * asleep in wait when they end. */
static void make_orphans(int n) {
  int mid = t_fork();
  if (mid == 0) {
    for (int i = 0; i < n; i++) {
      int g = fork();
      if (g < 0)
        exit(1);
      if (g == 0) {
        sleep(2 + i % 5);
        exit(0);
      }
    }
    exit(0);
  }
  t_wait_ok(mid, "orphan maker");
}

/* kill(1) fails and does nothing, from any process and however often;
 * init then still reaps orphans (a killed init would have stopped the
 * kernel: it must never exit). */
static void kill_init(void) {
  t_warm_stack();
  long free0 = t_free();
  CHECK_EQ(kill(1), -1);
  int pid = t_fork();
  if (pid == 0) {
    for (int i = 0; i < 100; i++)
      if (kill(1) != -1)
        exit(1);
    exit(0);
  }
  t_wait_ok(pid, "killer");
  make_orphans(8);
  CHECK_EQ(kill(1), -1);
  long f = t_free_settle(free0);
  if (f != free0)
    T_FAIL("free pages %ld, want %ld: init did not reap the orphans", f, free0);
}

/* Addresses wait cannot store a status at: kernel, beyond user space,
 * straddling its end, read-only program text, unmapped. */
static int *bad_status(int i) {
  static int *const bad[] = {
      (int *)KERNEL_VA,         (int *)(USER_VA_END + 64), (int *)(USER_VA_END - 2),
      (int *)(uint64)kill_init, (int *)(1UL << 32), /* between heap and stack */
  };
  return bad[i % (sizeof bad / sizeof bad[0])];
}

/* A wait whose status cannot be copied out returns -1 and reaps nothing:
 * a second wait with a good pointer gets the child and its status. */
static void wait_bad_status(void) {
  for (int i = 0; i < 5; i++) {
    int pid = t_fork();
    if (pid == 0)
      exit(40 + i);
    CHECK_EQ(wait(bad_status(i)), -1);
    CHECK_EQ(wait(bad_status(i + 1)), -1); /* still there */
    int st = -5;
    CHECK_EQ(wait(&st), pid);
    CHECK_EQ(st, 40 + i);
    CHECK_EQ(wait(&st), -1); /* now gone */
  }
}

#define WAITERS 4
#define KIDS 48
static char w_stacks[WAITERS][4096] __attribute__((aligned(16)));
static int w_pid[KIDS];          /* the children, in fork order */
static int w_seen[KIDS];         /* times each was reported (atomic adds) */
static int w_bad_status;         /* a status that did not match its child */
static int w_stray;              /* a pid that was no child */
static volatile int w_good_done; /* good waiters that saw -1 */
static int w_rel[2];             /* child 0 holds on until a byte comes here */
static int w_reported;           /* children reported so far (atomic adds) */
/* Pages for the good waiters' statuses, a fresh one per wait: shared
 * copy-on-write with the children (child 0 holds them until the others
 * are reported), so each status copy-out breaks COW, with a shootdown to
 * the other waiters' harts: the window between a waiter's claim and its
 * reap is as wide as a page copy and an IPI round. */
#define W_PAGES (3 * (KIDS + WAITERS)) /* 3 rounds; each waiter's last wait fails */
static int w_spage[W_PAGES][PGSIZE / sizeof(int)];
static int w_next; /* next unused page of w_spage (atomic adds) */

/* Records one wait result: pid r with status st. */
static void w_record(int r, int st) {
  for (int i = 0; i < KIDS; i++) {
    if (w_pid[i] == r) {
      __atomic_fetch_add(&w_seen[i], 1, __ATOMIC_RELAXED);
      if (st != i)
        __atomic_store_n(&w_bad_status, 1, __ATOMIC_RELAXED);
      if (__atomic_add_fetch(&w_reported, 1, __ATOMIC_RELAXED) == KIDS - 1)
        t_signal(w_rel[1]); /* only child 0 is left: let it go */
      return;
    }
  }
  __atomic_store_n(&w_stray, r, __ATOMIC_RELAXED);
}

/* A waiter: waits until there are no children left. Waiter 0 also keeps
 * trying a status it cannot store, so its claims are given back. */
static void waiter(void *arg) {
  long k = (long)arg;
  if (k == 0) {
    for (int i = 0; __atomic_load_n(&w_good_done, __ATOMIC_ACQUIRE) < WAITERS - 1; i++)
      if (wait(bad_status(i)) > 0)
        __atomic_store_n(&w_stray, -1, __ATOMIC_RELAXED);
    thread_exit(0);
  }
  int r;
  for (;;) {
    int n = __atomic_fetch_add(&w_next, 1, __ATOMIC_RELAXED), local = -9;
    int *st = n < W_PAGES ? &w_spage[n][0] : &local;
    if ((r = wait(st)) <= 0)
      break;
    w_record(r, *st);
  }
  __atomic_fetch_add(&w_good_done, 1, __ATOMIC_RELEASE);
  thread_exit(0);
}

/* WAITERS threads of one process wait for KIDS children at once, which
 * end in bursts: every child is reported exactly once, with its own
 * status, and then every waiter finds none left. */
static void wait_threads(void) {
  int go[2], tids[WAITERS];
  CHECK_EQ(pipe(go), 0);
  CHECK_EQ(pipe(w_rel), 0);
  w_next = 0;
  for (int round = 0; round < 3; round++) {
    memset(w_seen, 0, sizeof w_seen);
    w_good_done = 0;
    w_reported = 0;
    for (int i = 0; i < KIDS; i++) {
      w_pid[i] = t_fork();
      if (w_pid[i] == 0) {
        close(go[1]);
        t_await(go[0]);
        if (i == 0)
          t_await(w_rel[0]);
        else if (i % 3)
          sleep(i % 4);
        exit(i);
      }
    }
    for (long k = 0; k < WAITERS; k++)
      CHECK((tids[k] = thread_create(waiter, (void *)k, w_stacks[k] + sizeof w_stacks[k])) > 0);
    for (int i = 0; i < KIDS; i++)
      t_signal(go[1]);
    for (int k = 0; k < WAITERS; k++)
      CHECK_EQ(thread_join(tids[k], 0), 0);
    if (w_stray)
      T_FAIL("round %d: wait returned %d, no child (or a bad status pointer succeeded)", round,
             w_stray);
    CHECK_EQ(w_bad_status, 0);
    for (int i = 0; i < KIDS; i++)
      if (w_seen[i] != 1)
        T_FAIL("round %d: child %d (pid %d) reported %d times", round, i, w_pid[i], w_seen[i]);
  }
  close(go[0]);
  close(go[1]);
  close(w_rel[0]);
  close(w_rel[1]);
}

static const struct t_case cases[] = {
    {"kill_init", kill_init},
    {"wait_bad_status", wait_bad_status},
    {"wait_threads", wait_threads},
    {0},
};

int main(int argc, char **argv) { t_main(argc, argv, cases); }
