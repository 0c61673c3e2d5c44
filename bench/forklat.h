/* forklat.h: the latency loop shared by the fork and forkexec benchmarks.
 *
 * For each parent size (heap KiB written page by page, on top of the
 * program's own few pages) it times fork + [exec of /nop in the child] +
 * exit + wait, in eager and COW mode alternating (eager, cow, eager, cow,
 * ...) within the boot, after one untimed warm-up fork in each mode.
 * Before every timed fork the parent writes one word in each of its pages,
 * so that every fork finds the whole heap writable and must write-protect
 * (COW) or copy (eager) all of it. With -k (one mode, the boot's: the
 * hyperfine workload) the parent does not write between forks, like a
 * shell that forks and execs over and over. Sizes whose eager copy would
 * not fit in free memory are skipped with an @skip line. Large sizes (64 MiB and up)
 * run at most max(3, n/2) samples per mode to bound the run time.
 *
 * Result lines per size and mode: metric=latency (us or insn), and for
 * each mode the counters per fork: eager_pages (pages copied by eager fork)
 * and ipis (shootdown IPIs sent, which must be 0 for a single-threaded
 * parent). */
#ifndef FORKLAT_H
#define FORKLAT_H

#include "bench.h"

#define FORKLAT_RESERVE_PAGES 4096 /* keep 16 MiB free beyond the copy */
#define FORKLAT_BIG_KB (64 * 1024)

/* Times one fork (+ exec) + exit + wait in the current mode; returns
 * milliticks and sets *eager_pages and *ipis to the counter deltas. */
static long forklat_once(int do_exec, long *eager_pages, long *ipis) {
  struct vmsnap a, b;
  static char *nop_argv[] = {"/nop", NULL};
  vmsnap_take(&a);
  uint64 t0 = rdtime();
  int pid = fork();
  if (pid < 0)
    BENCH_FAIL("fork failed");
  if (pid == 0) {
    if (do_exec) {
      exec(nop_argv[0], nop_argv);
      printf("@error bench=%s msg=exec /nop failed\n", bench_name);
      exit(127);
    }
    exit(0);
  }
  wait_ok(pid);
  uint64 t1 = rdtime();
  vmsnap_take(&b);
  *eager_pages = vmsnap_delta(&a, &b, VM_eager_copied_pages);
  *ipis = vmsnap_delta(&a, &b, VM_ipis_sent);
  return (long)(t1 - t0) * MT_PER_TICK;
}

/* Measures one parent size; heap already holds kb KiB at base. */
static void forklat_size(int do_exec, char *base, long kb) {
  int modes[2] = {FORK_EAGER, FORK_COW};
  int nmodes = 2;
  if (bopt.keep_mode) {
    modes[0] = forkmode(-1);
    nmodes = 1;
  }
  int n = bopt.iters;
  if (kb >= FORKLAT_BIG_KB && !bopt.keep_mode && n > 3)
    n = n / 2 < 3 ? 3 : n / 2;
  static struct samples s[2], pages[2], ipis[2];
  long np, ni;
  for (int k = 0; k < 2; k++)
    s[k].n = pages[k].n = ipis[k].n = 0;
  for (int k = 0; k < nmodes; k++) { /* warm-up, untimed */
    forkmode(modes[k]);
    touch_pages(base, kb * 1024, 2);
    forklat_once(do_exec, &np, &ni);
  }
  for (int i = 0; i < n; i++) {
    for (int k = 0; k < nmodes; k++) {
      forkmode(modes[k]);
      if (!bopt.keep_mode)
        touch_pages(base, kb * 1024, i);
      samples_add(&s[k], forklat_once(do_exec, &np, &ni));
      samples_add(&pages[k], np * 1000);
      samples_add(&ipis[k], ni * 1000);
    }
  }
  for (int k = 0; k < nmodes; k++) {
    const char *m = mode_name(modes[k]);
    emit_time(m, kb, "latency", &s[k]);
    if (modes[k] == FORK_EAGER)
      emit_milli(m, kb, "eager_pages", "count", &pages[k]);
    emit_milli(m, kb, "ipis", "count", &ipis[k]);
  }
}

/* Runs the whole size list; returns the exit status. */
static int forklat_main(const char *name, int do_exec, int argc, char **argv) {
  static const long dflt[] = {64, 1024, 4096, 16384, 32768, 65536, 262144};
  bopt.nsizes = sizeof dflt / sizeof dflt[0];
  for (int i = 0; i < bopt.nsizes; i++)
    bopt.sizes[i] = dflt[i];
  bench_parse(name, argc, argv, 7, 0);
  if (bopt.smoke) {
    bopt.nsizes = 2;
    bopt.sizes[0] = 64;
    bopt.sizes[1] = 1024;
  }
  int mode0 = forkmode(-1);
  char *base = NULL;
  long have = 0;
  for (int i = 0; i < bopt.nsizes; i++) {
    long kb = bopt.sizes[i];
    if (kb < have) {
      emit_skip("both", kb, "sizes_must_grow");
      continue;
    }
    /* the growth itself, then an eager child's copy, must fit */
    if (free_kb_after(FORKLAT_RESERVE_PAGES) < (kb - have) + kb) {
      emit_skip("both", kb, "not_enough_free_memory");
      continue;
    }
    char *p = heap_grow_kb(kb - have);
    if (!p)
      BENCH_FAIL("sbrk of %ld KiB failed", kb - have);
    if (!base)
      base = p;
    have = kb;
    forklat_size(do_exec, base, kb);
  }
  forkmode(mode0);
  emit_done();
  return 0;
}

#endif
