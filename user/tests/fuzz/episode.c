/* episode.c: the fuzzer's episodes: a child process that makes random
 * calls from its main thread, from two fuzzing threads and from the
 * children it forks, then checks that it is still itself. */
#include "fuzz.h"

/* Ends the process with status, by the raw call (no library code). */
__attribute__((noreturn)) void sys_exit(int status) {
  syscall(SYS_exit, status, 0, 0, 0, 0, 0);
  for (;;)
    ;
}

#define STACK_CANARY(seed) ((seed) ^ 0x5ca1ab1e0ddba11UL)

static void child_run(struct rng *r);

/* User-mode stores into the heap area known to be mapped: COW faults from
 * user mode beside the kernel's. */
static void touch(struct rng *r) {
  uint64 lo = E.heap_lo, hi = E.brk < E.init_brk ? E.brk : E.init_brk;
  for (int i = 0; i < 4 && hi > lo; i++)
    *(volatile char *)(lo + below(r, hi - lo)) = (char)rnd(r);
}

static struct call last_main; /* the main thread's latest call, off the stack */
static long last_main_i;

/* Makes one random call in context ctx; returns 1 if it made one. */
static int one_call(struct rng *r, int ctx, long i) {
  char sbuf[MAXPATH + 64] __attribute__((aligned(16)));
  char pbuf[MAXPATH + 8];
  char *av[MAXARG + 2];
  struct call c;
  memset(sbuf, 0, sizeof sbuf);
  make_call(r, ctx, &c, sbuf, sizeof sbuf, pbuf, av);
  if (c.skip)
    return 0;
  if (c.n == OP_TOUCH) {
    touch(r);
    return 1;
  }
  if (verbose)
    log_call(ctx, i, &c);
  if (ctx == C_MAIN) {
    last_main = c, last_main_i = i;
    E.trace = (E.trace ^ (uint64)c.n) * 0x100000001b3UL; /* FNV-1a over call numbers */
  }
  long ret = syscall(c.n, c.a[0], c.a[1], c.a[2], c.a[3], c.a[4], c.a[5]);
  if (c.n == SYS_fork && ret == 0) {
    struct rng cr = {splitmix(r->s ^ 0xc41dUL)};
    child_run(&cr);
  }
  if (verbose)
    fprintf(OUTFD, "fuzz:   = %ld\n", ret);
  if (c.n == SYS_chdir && ret == 0)
    keep_cwd(c.a[0]);
  /* The call returned: our stack must be as we left it. */
  if (E.stack_canary && *E.stack_canary != STACK_CANARY(E.seed)) {
    struct call seen = last_main;
    fprintf(OUTFD, "fuzz: FAIL: episode 0x%lx: stack word at %p is 0x%lx; main's last call:\n",
            E.seed, E.stack_canary, *E.stack_canary);
    log_call(C_MAIN, last_main_i, &seen);
    sys_exit(EP_BAD);
  }
  if (ctx == C_MAIN)
    learn(&c, ret, sbuf);
  if (ctx == C_THREAD && ret >= 0 && ret < NOFILE && (c.n == SYS_open || c.n == SYS_dup))
    __atomic_fetch_or(&thr_fds, 1U << ret, __ATOMIC_RELAXED);
  if (ctx == C_THREAD && ret == 0 && c.n == SYS_close)
    __atomic_fetch_and(&thr_fds, ~(1U << c.a[0]), __ATOMIC_RELAXED);
  return 1;
}

/* A forked child: a few calls that cannot wait, then exit. Runs on the
 * stack of whoever forked (the main thread or a fuzzing thread). */
static void child_run(struct rng *r) {
  E.nkids = E.kidseq = E.ntids = 0;
  int n = below(r, CHILD_CALLS + 1);
  for (int i = 0; i < n; i++)
    one_call(r, C_CHILD, i);
  sys_exit(EP_CHILD);
}

/* A fuzzing thread: THREAD_CALLS calls beside the main thread. */
static void fth_main(void *arg) {
  long i = (long)arg;
  struct rng r = {splitmix(E.seed + 77 * (i + 1))};
  for (long n = 0; n < THREAD_CALLS; n++)
    fth_calls[i] += one_call(&r, C_THREAD, n);
  thread_exit(EP_EXIT);
}

/* ---------------------------------------------------------------- an episode */

/* Reports why the running episode failed and ends it with EP_BAD. */
static __attribute__((noreturn)) void episode_fail(const char *why) {
  fprintf(OUTFD, "fuzz: FAIL: episode 0x%lx: %s\n", E.seed, why);
  sys_exit(EP_BAD);
}

/* Runs episode seed with ncalls main-thread calls; never returns. */
__attribute__((noreturn)) void episode(uint64 seed, int ncalls) {
  struct rng r = {seed};
  volatile uint64 canary = STACK_CANARY(seed);
  E.seed = seed;
  E.trace = 0xcbf29ce484222325UL;
  E.pid = getpid();
  E.stack_canary = &canary;
  for (int i = 0; i < NELEM(E.canary); i++)
    E.canary[i] = seed * (i + 3);
  E.heap_lo = (uint64)cow_area;
  E.priv = sbrk(PRIV_PAGES * PGSIZE);
  if (E.priv == (char *)-1)
    sys_exit(EP_DONE); /* no memory to fuzz with (another test's doing) */
  for (uint64 i = 0; i < PRIV_PAGES * PGSIZE; i += 64)
    E.priv[i] = (char)(seed >> (i % 56));
  E.init_brk = E.brk = (uint64)sbrk(0);
  for (int fd = 0; fd < NOFILE; fd++) {
    if (fd != OUTFD)
      close(fd);
    E.kind[fd] = K_NONE;
  }
  if (chdir("/fz") < 0)
    episode_fail("cannot chdir to /fz");
  if (chance(&r, 2))
    for (long i = 0; i < NFTH; i++)
      E.fth_tid[i] = thread_create(fth_main, (void *)i, &fth_stack[i][FTH_STACK]);
  for (long i = 0; i < ncalls; i++)
    E.calls += one_call(&r, C_MAIN, i);
  for (int i = 0; i < NFTH; i++)
    if (E.fth_tid[i] > 0)
      thread_join(E.fth_tid[i], 0);
  if (verbose) /* -e: what a replay must reproduce (with no threads, exactly) */
    fprintf(OUTFD, "fuzz: episode 0x%lx: main-call trace 0x%lx over %ld calls, %s\n", seed, E.trace,
            E.calls, E.fth_tid[0] > 0 ? "with threads" : "no threads");
  /* Every call returned or killed us: are we still ourselves? */
  if (getpid() != E.pid)
    episode_fail("getpid changed");
  for (int i = 0; i < NELEM(E.canary); i++)
    if (E.canary[i] != seed * (i + 3))
      episode_fail("canary overwritten");
  sys_exit(EP_DONE + E.calls + fth_calls[0] + fth_calls[1]);
}
