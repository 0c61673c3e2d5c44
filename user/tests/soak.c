/* soak SECONDS [SEED]: the long stress run behind `make stress`. Until the
 * deadline it runs workloads one after another, in turn: the system-call
 * fuzzer (many processes on every hart) and the COW, thread and stress
 * suites (each checks its own leaks, so they must not overlap). Then it
 * checks that every child was reaped, that free pages came back to where
 * they started, and that the counters balance:
 * page_allocs - page_frees == total_pages - free_pages. */
#include "user.h"

static const char *const jobs[][4] = {
    {"fuzz", "SEED", "20", 0}, {"tcow", 0}, {"tthread", 0}, {"tstress", 0},
};
#define NJOBS (int)(sizeof(jobs) / sizeof(jobs[0]))

static int passed, failed;

static void verdict(const char *name, int ok, const char *why) {
  if (ok) {
    printf("test soak-%s: PASS\n", name);
    passed++;
  } else {
    printf("test soak-%s: FAIL: %s\n", name, why);
    failed++;
  }
}

/* Starts job j (the fuzzer gets a fresh seed each time); returns its pid. */
static int start(int j, int seed) {
  char seedbuf[16], *argv[4];
  snprintf(seedbuf, sizeof seedbuf, "%d", seed);
  for (int i = 0; i < 4; i++)
    argv[i] = jobs[j][i] && strcmp(jobs[j][i], "SEED") == 0 ? seedbuf : (char *)jobs[j][i];
  int pid = fork();
  if (pid == 0) {
    exec(argv[0], argv);
    printf("soak: exec %s failed\n", argv[0]);
    exit(127);
  }
  return pid;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(2, "usage: soak SECONDS [SEED]\n");
    exit(2);
  }
  int secs = atoi(argv[1]), seed = argc > 2 ? atoi(argv[2]) : 1, runs = 0, bad = 0;
  long free0 = (long)vmstat_get(VM_free_pages);
  int deadline = uptime() + secs * 100, next = 0, running = 0;
  printf("soak: %d s on %d harts, seed %d, %ld free pages\n", secs, ncpu(), seed, free0);
  while (uptime() < deadline || running > 0) {
    while (running < 1 && uptime() < deadline) {
      if (start(next % NJOBS, seed + next) > 0)
        running++;
      next++;
    }
    int st;
    if (wait(&st) < 0)
      break;
    running--;
    runs++;
    if (st != 0) {
      bad++;
      printf("soak: a workload exited with status %d\n", st);
    }
  }
  char why[96];
  snprintf(why, sizeof why, "%d of %d workloads failed", bad, runs);
  verdict("workloads", bad == 0 && runs > 0, why);
  verdict("all-reaped", wait(0) < 0, "a child was left unreaped");
  long free1 = (long)vmstat_get(VM_free_pages);
  for (int i = 0; i < 40 && free1 != free0; i++) {
    sleep(5);
    free1 = (long)vmstat_get(VM_free_pages);
  }
  snprintf(why, sizeof why, "free pages %ld, want %ld", free1, free0);
  verdict("no-leak", free1 == free0, why);
  long inuse = (long)vmstat_get(VM_total_pages) - free1;
  long net = (long)(vmstat_get(VM_page_allocs) - vmstat_get(VM_page_frees));
  snprintf(why, sizeof why, "allocs - frees = %ld, pages in use = %ld", net, inuse);
  verdict("counters-balance", net == inuse, why);
  printf("soak: %d workloads run\n", runs);
  printf("guest: %d passed, %d failed\n", passed, failed);
  exit(failed ? 1 : 0);
}
