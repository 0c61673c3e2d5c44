/* soak SECONDS [SEED]: the long stress run behind `make stress` (and, 30 s
 * of it, `make test`). It runs rounds until SECONDS have passed; a round
 * has three parts:
 *
 *  1. The crowd, for up to CROWD_S seconds, everything at once on every
 *     hart: the system-call fuzzer (fuzz -c, a fresh seed each round),
 *     COW crowds (tstress's forking, piping, exec'ing and killing workers,
 *     run again and again) and per-process exhaustion (texhaust's
 *     descriptor case, again and again), while the fork mode flips among
 *     eager, cow and odf every tenth of a second (set back after the
 *     crowd). Each checks its own results; "-c" tells them that others
 *     allocate beside them, so they leave the page count to us.
 *  2. The exclusive suites, one at a time: texhaust whole (fork bombs,
 *     thread bombs, memory exhaustion by many processes, pipe, open-file
 *     and inode tables: each drains a machine-wide resource, so anyone
 *     beside it would fail for want of it), then tcow, tthread and
 *     tstress's fork-mode flip, with their exact per-case page checks.
 *  3. The checkpoint: every child reaped, free pages back to the value
 *     before round 1, page_allocs - page_frees == total_pages - free_pages,
 *     fork and TLB modes as they were.
 *
 * A round that starts before the deadline runs to its end, so the run
 * lasts SECONDS plus up to one round's tail. Verdicts are "test soak-...:"
 * lines; the round that first breaks a check is named in the reason. */
#include "user.h"
#include "param.h"

#define CROWD_S 60  /* longest crowd phase */
#define SETTLE_S 10 /* how long exiting processes may take to free pages */

/* Programs run in a crowd over and over, each by its own looper. */
static char *const crowd_loops[][6] = {
    {"tstress", "-c", "fork_pipe", "exec_many", "kill_many", 0},
    {"texhaust", "-c", "fd_exhaust", 0},
};
#define NLOOPS (int)(sizeof(crowd_loops) / sizeof(crowd_loops[0]))

/* Then alone, one after another. */
static char *const exclusive[][3] = {
    {"texhaust", 0},
    {"tcow", 0},
    {"tthread", 0},
    {"tstress", "mode_flip", 0},
};
#define NEXCL (int)(sizeof(exclusive) / sizeof(exclusive[0]))

/* The checks, each with the first round's reason it failed ("" passed). */
enum { C_WORK, C_REAP, C_LEAK, C_COUNT, C_MODE, NCHECKS };
static const char *const check_names[NCHECKS] = {"workloads", "all-reaped", "no-leak",
                                                 "counters-balance", "modes-restored"};
static char problem[NCHECKS][100];

#define NOTE(check, round, fmt, ...)                                                               \
  do {                                                                                             \
    if (problem[check][0] == 0)                                                                    \
      snprintf(problem[check], sizeof problem[check], "round %d: " fmt, round, __VA_ARGS__);       \
  } while (0)

/* Starts argv[0] (from /) in a child; returns its pid. */
static int spawn(char *const *argv) {
  int pid = fork();
  if (pid == 0) {
    exec(argv[0], (char **)argv);
    printf("soak: exec %s failed\n", argv[0]);
    exit(127);
  }
  if (pid < 0)
    printf("soak: fork for %s failed\n", argv[0]);
  return pid;
}

/* Runs argv and waits for it; returns its exit status (-2 if not started). */
static int run(char *const *argv) {
  int pid = spawn(argv), st = -2;
  if (pid > 0 && wait(&st) != pid)
    st = -2;
  return st;
}

/* A looper: runs argv again and again until the deadline (in ticks);
 * exits 0 if every run exited 0, else 1. */
static void looper(char *const *argv, int deadline) {
  int runs = 0;
  while (uptime() < deadline) {
    int st = run(argv);
    runs++;
    if (st != 0) {
      printf("soak: %s (run %d of a crowd) exited with status %d\n", argv[0], runs, st);
      exit(1);
    }
  }
  printf("soak: %s ran %d times in the crowd\n", argv[0], runs);
  exit(0);
}

/* The crowd's fork-mode flipper: eager, cow and odf in turn, a tenth of a
 * second each, until the deadline (in ticks). */
static void flipper(int deadline) {
  static const int modes[] = {FORK_EAGER, FORK_COW, FORK_ODF};
  for (int k = 0; uptime() < deadline; k++) {
    forkmode(modes[k % 3]);
    sleep(TICK_HZ / 10);
  }
  exit(0);
}

/* Phase 1: returns the number of crowd members that failed. Sets the fork
 * mode back to mode0 after it (the flipper, and the fuzzer's calls, leave
 * it anywhere). */
static int crowd(int secs, int seed, int mode0) {
  char seedbuf[16], secbuf[16], procbuf[16];
  snprintf(seedbuf, sizeof seedbuf, "%d", seed);
  snprintf(secbuf, sizeof secbuf, "%d", secs);
  snprintf(procbuf, sizeof procbuf, "%d", ncpu()); /* one per hart: the others need slots */
  char *fuzz[] = {"fuzz", "-c", seedbuf, secbuf, procbuf, 0};
  int deadline = uptime() + secs * TICK_HZ, members = 0, bad = 0, st;
  printf("soak: crowd for %d s: fuzz -c %s %s %s beside %d loopers and a fork-mode flipper\n", secs,
         seedbuf, secbuf, procbuf, NLOOPS);
  if (spawn(fuzz) > 0)
    members++;
  else
    bad++;
  for (int i = 0; i <= NLOOPS; i++) {
    int pid = fork();
    if (pid == 0 && i == NLOOPS)
      flipper(deadline);
    if (pid == 0)
      looper(crowd_loops[i], deadline);
    if (pid > 0)
      members++;
    else
      bad++;
  }
  for (; members > 0 && wait(&st) > 0; members--)
    bad += st != 0;
  forkmode(mode0);
  return bad;
}

/* Phase 2: returns the number of suites that failed. */
static int alone(void) {
  int bad = 0;
  for (int i = 0; i < NEXCL; i++) {
    int st = run(exclusive[i]);
    if (st != 0) {
      printf("soak: %s exited with status %d\n", exclusive[i][0], st);
      bad++;
    }
  }
  return bad;
}

/* Phase 3: notes what is wrong now. */
static void checkpoint(int round, long free0, int mode0, int tlb0) {
  if (wait(0) >= 0)
    NOTE(C_REAP, round, "%s", "a child was left unreaped");
  long f = (long)vmstat_get(VM_free_pages);
  for (int i = 0; i < SETTLE_S * 10 && f != free0; i++) {
    sleep(TICK_HZ / 10);
    f = (long)vmstat_get(VM_free_pages);
  }
  if (f != free0)
    NOTE(C_LEAK, round, "free pages %ld, want %ld", f, free0);
  long inuse = (long)vmstat_get(VM_total_pages) - (long)vmstat_get(VM_free_pages);
  long net = (long)(vmstat_get(VM_page_allocs) - vmstat_get(VM_page_frees));
  if (net != inuse)
    NOTE(C_COUNT, round, "page_allocs - page_frees = %ld, pages in use %ld", net, inuse);
  int mode = forkmode(-1), tlb = tlbmode(-1);
  if (mode != mode0 || tlb != tlb0)
    NOTE(C_MODE, round, "fork mode %d, tlb mode %d; want %d, %d", mode, tlb, mode0, tlb0);
  printf("soak: round %d checked: free pages %ld (start %ld), allocs - frees %ld, in use %ld\n",
         round, f, free0, net, inuse);
}

int main(int argc, char **argv) {
  if (argc < 2 || argc > 3) {
    fprintf(2, "usage: soak SECONDS [SEED]\n");
    exit(2);
  }
  int secs = atoi(argv[1]), seed = argc > 2 ? atoi(argv[2]) : 1;
  int mode0 = forkmode(-1), tlb0 = tlbmode(-1), start = uptime();
  int deadline = start + secs * TICK_HZ, round = 0, crowd_bad = 0, alone_bad = 0;
  long free0 = (long)vmstat_get(VM_free_pages);
  printf("soak: %d s on %d harts, seed %d, %ld free pages\n", secs, ncpu(), seed, free0);
  do {
    round++;
    int left = (deadline - uptime()) / TICK_HZ;
    int c = crowd(left < 5 ? 5 : left > CROWD_S ? CROWD_S : left, seed + round - 1, mode0);
    int a = alone();
    crowd_bad += c;
    alone_bad += a;
    if (c || a)
      NOTE(C_WORK, round, "%d crowd members and %d suites failed", c, a);
    checkpoint(round, free0, mode0, tlb0);
    printf("soak: round %d done at %d s: %d crowd failures, %d suite failures so far\n", round,
           (uptime() - start) / TICK_HZ, crowd_bad, alone_bad);
  } while (uptime() < deadline);
  int failed = 0;
  for (int i = 0; i < NCHECKS; i++) {
    if (problem[i][0])
      printf("test soak-%s: FAIL: %s\n", check_names[i], problem[i]);
    else
      printf("test soak-%s: PASS\n", check_names[i]);
    failed += problem[i][0] != 0;
  }
  printf("soak: %d rounds in %d s\n", round, (uptime() - start) / TICK_HZ);
  printf("guest: %d passed, %d failed\n", NCHECKS - failed, failed);
  exit(failed ? 1 : 0);
}
