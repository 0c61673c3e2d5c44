/* execmap: what exec costs now that it maps a program's pages from the
 * file instead of copying them.
 *
 *   latency     fork + exec + exit + wait of /nop (a 4 KiB program,
 *               mode=nop size_kb=4) and of /bigtext (1 MiB more text,
 *               mode=big size_kb=1024), alternating, from a small parent;
 *               with each, the pages exec mapped and copied per exec
 *               (metrics mapped_pages and copied_pages, count)
 *   free_kb     the free memory that 8 shells (/sh, idle, waiting on their
 *               input) take together, in KiB (mode=sh size_kb=0)
 *
 * With -i (icount) the latencies are guest instructions. */
#include "bench.h"

#define SHELLS 8

/* One fork + exec of path + exit + wait, in milliticks; *mapped and
 * *copied get the counter deltas. */
static long forkexec_once(const char *path, long *mapped, long *copied) {
  struct vmsnap a, b;
  char *argv[] = {(char *)path, 0};
  vmsnap_take(&a);
  uint64 t0 = rdtime();
  int pid = fork();
  if (pid < 0)
    BENCH_FAIL("fork failed");
  if (pid == 0) {
    exec(path, argv);
    printf("@error bench=%s msg=exec %s failed\n", bench_name, path);
    exit(127);
  }
  wait_ok(pid);
  uint64 t1 = rdtime();
  vmsnap_take(&b);
  *mapped = vmsnap_delta(&a, &b, VM_exec_mapped_pages);
  *copied = vmsnap_delta(&a, &b, VM_exec_copied_pages);
  return (long)(t1 - t0) * MT_PER_TICK;
}

static void latency(void) {
  static const char *paths[2] = {"/nop", "/bigtext"};
  static const char *modes[2] = {"nop", "big"};
  static const long sizes[2] = {4, 1024};
  static struct samples s[2], mp[2], cp[2];
  long m, c;
  for (int k = 0; k < 2; k++) /* warm-up, untimed */
    forkexec_once(paths[k], &m, &c);
  for (int i = 0; i < bopt.iters; i++) {
    for (int k = 0; k < 2; k++) {
      samples_add(&s[k], forkexec_once(paths[k], &m, &c));
      samples_add(&mp[k], m * 1000);
      samples_add(&cp[k], c * 1000);
    }
  }
  for (int k = 0; k < 2; k++) {
    emit_time(modes[k], sizes[k], "latency", &s[k]);
    emit_milli(modes[k], sizes[k], "mapped_pages", "count", &mp[k]);
    emit_milli(modes[k], sizes[k], "copied_pages", "count", &cp[k]);
  }
}

/* Free pages once the count stops moving (children still starting or
 * exiting), read after a few quiet ticks. */
static long free_settled(void) {
  long f = vmstat_get(VM_free_pages);
  for (int quiet = 0, i = 0; quiet < 3 && i < 200; i++) {
    sleep(1);
    long g = vmstat_get(VM_free_pages);
    quiet = g == f ? quiet + 1 : 0;
    f = g;
  }
  return f;
}

/* Starts SHELLS shells, each reading a pipe of its own and writing to one
 * pipe they share, measures what they hold once idle, then closes their
 * input so they exit. Returns KiB, times 1000. */
static long shells_once(void) {
  int in[SHELLS], out[2];
  long before = free_settled();
  if (pipe(out) < 0)
    BENCH_FAIL("pipe failed");
  for (int i = 0; i < SHELLS; i++) {
    int p[2];
    if (pipe(p) < 0)
      BENCH_FAIL("pipe failed");
    int pid = fork();
    if (pid < 0)
      BENCH_FAIL("fork failed");
    if (pid == 0) {
      close(0);
      dup(p[0]);
      close(1);
      dup(out[1]);
      close(2);
      dup(out[1]);
      for (int j = 0; j < i; j++) /* the earlier shells' inputs */
        close(in[j]);
      close(p[0]);
      close(p[1]);
      close(out[0]);
      close(out[1]);
      char *argv[] = {"sh", 0};
      exec("/sh", argv);
      exit(127);
    }
    close(p[0]);
    in[i] = p[1];
  }
  long after = free_settled();
  for (int i = 0; i < SHELLS; i++)
    close(in[i]);
  close(out[1]);
  wait_all_ok(SHELLS);
  close(out[0]);
  return (before - after) * (long)(PGSIZE / 1024) * 1000;
}

static void shells(void) {
  static struct samples s;
  int n = bopt.iters < 3 ? bopt.iters : 3; /* each sample waits for quiet ticks */
  for (int i = 0; i < n; i++)
    samples_add(&s, shells_once());
  emit_milli("sh", 0, "free_kb", "KiB", &s);
}

int main(int argc, char **argv) {
  bench_parse("execmap", argc, argv, 7, 0);
  latency();
  shells();
  emit_done();
  return 0;
}
