/* forklat.h: the latency loop shared by the fork and forkexec benchmarks.
 *
 * For each parent size (heap KiB written page by page, on top of the
 * program's own few pages) it times fork + [exec of /nop in the child] +
 * exit + wait in the three fork modes, eager, COW and ODF (on-demand
 * fork), alternating within the boot (eager, cow, odf, then cow, odf,
 * eager, ...: no mode always first), after one untimed warm-up cycle in
 * each mode. After every timed fork the parent rewrites one word in each
 * of its pages (timed too: the refault), so that every fork finds the
 * whole heap writable and private and must write-protect (COW), share the
 * tables of (ODF) or copy (eager) all of it. With -k (one mode, the boot's:
 * the hyperfine workload) the parent does not write between forks, like a
 * shell that forks and execs over and over. A size whose growth would not
 * fit in free memory is skipped, and so is eager mode at a size whose
 * eager copy would not fit, each with an @skip line. Large sizes (64 MiB
 * and up) run at most max(3, n/2) samples per mode to bound the run time.
 *
 * Result lines per size and mode:
 *   latency   fork (+ exec) + exit + wait (us or insn)
 *   refault   the parent then writes one word in every page of its heap:
 *             nothing to fault in eager mode, a reuse fault per page in
 *             COW mode (the child is gone), one revalidation per leaf table
 *             in ODF mode (not with -k)
 *   cycle     latency + refault of the same fork: the honest total (not
 *             with -k)
 * and counters per fork: eager_pages (pages copied, eager mode), ipis
 * (shootdown IPIs sent, which must be 0 for a single-threaded parent),
 * tlb_flush_all (whole-TLB flushes over the cycle, every hart: costly in
 * wall time under QEMU, which refills its TLB afterwards), and in ODF mode
 * over the whole cycle tables_shared, unshares and revalidations (vmstat
 * odf_*). */
#ifndef FORKLAT_H
#define FORKLAT_H

#include "bench.h"

#define FORKLAT_RESERVE_PAGES 4096 /* keep 16 MiB free beyond the copy */
#define FORKLAT_BIG_KB (64 * 1024)
#define FORKLAT_NMODES 3

static const int forklat_modes[FORKLAT_NMODES] = {FORK_EAGER, FORK_COW, FORK_ODF};

/* Times one fork (+ exec) + exit + wait in the current mode; returns
 * milliticks. *a is taken before the fork, *b after the wait. */
static long forklat_once(int do_exec, struct vmsnap *a, struct vmsnap *b) {
  static char *nop_argv[] = {"/nop", NULL};
  vmsnap_take(a);
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
  vmsnap_take(b);
  return (long)(t1 - t0) * MT_PER_TICK;
}

/* Times the parent's rewrite of every page of [base, base + bytes);
 * returns milliticks; *c is taken after it. */
static long forklat_refault(char *base, long bytes, long val, struct vmsnap *c) {
  uint64 t0 = rdtime();
  touch_pages(base, bytes, val);
  uint64 t1 = rdtime();
  vmsnap_take(c);
  return (long)(t1 - t0) * MT_PER_TICK;
}

/* The samples of one mode at one size. */
struct forklat_mode {
  struct samples lat, refault, cycle;
  struct samples eager_pages, ipis, flush_all, tables_shared, unshares, revalidations; /* x1000 */
};

/* Runs one timed cycle (fork, then the refault unless -k) in mode m and
 * adds its samples to s when rec. */
static void forklat_cycle(int do_exec, char *base, long kb, long val, struct forklat_mode *s,
                          int rec) {
  struct vmsnap a, b, c;
  long lat = forklat_once(do_exec, &a, &b), rf = 0;
  c = b;
  if (!bopt.keep_mode)
    rf = forklat_refault(base, kb * 1024, val, &c);
  if (!rec)
    return;
  samples_add(&s->lat, lat);
  samples_add(&s->refault, rf);
  samples_add(&s->cycle, lat + rf);
  samples_add(&s->eager_pages, vmsnap_delta(&a, &b, VM_eager_copied_pages) * 1000);
  samples_add(&s->ipis, vmsnap_delta(&a, &b, VM_ipis_sent) * 1000);
  samples_add(&s->flush_all, vmsnap_delta(&a, &c, VM_tlb_flush_all) * 1000);
  samples_add(&s->tables_shared, vmsnap_delta(&a, &c, VM_odf_tables_shared) * 1000);
  samples_add(&s->unshares, vmsnap_delta(&a, &c, VM_odf_unshares) * 1000);
  samples_add(&s->revalidations, vmsnap_delta(&a, &c, VM_odf_revalidations) * 1000);
}

static void forklat_emit(int m, long kb, struct forklat_mode *s) {
  const char *name = FORK_MODE_NAME(m);
  emit_time(name, kb, "latency", &s->lat);
  if (!bopt.keep_mode) {
    emit_time(name, kb, "refault", &s->refault);
    emit_time(name, kb, "cycle", &s->cycle);
  }
  if (m == FORK_EAGER)
    emit_milli(name, kb, "eager_pages", "count", &s->eager_pages);
  emit_milli(name, kb, "ipis", "count", &s->ipis);
  emit_milli(name, kb, "tlb_flush_all", "count", &s->flush_all);
  if (m == FORK_ODF) {
    emit_milli(name, kb, "tables_shared", "count", &s->tables_shared);
    emit_milli(name, kb, "unshares", "count", &s->unshares);
    emit_milli(name, kb, "revalidations", "count", &s->revalidations);
  }
}

/* Measures one parent size; heap already holds kb KiB at base, all of it
 * written. With eager 0 the eager mode is left out (its copy would not
 * fit). */
static void forklat_size(int do_exec, char *base, long kb, int eager) {
  int modes[FORKLAT_NMODES], nmodes = 0;
  if (bopt.keep_mode)
    modes[nmodes++] = forkmode(-1);
  else
    for (int k = 0; k < FORKLAT_NMODES; k++)
      if (eager || forklat_modes[k] != FORK_EAGER)
        modes[nmodes++] = forklat_modes[k];
  int n = bopt.iters;
  if (kb >= FORKLAT_BIG_KB && !bopt.keep_mode && n > 3)
    n = n / 2 < 3 ? 3 : n / 2;
  static struct forklat_mode s[FORKLAT_NMODES];
  for (int k = 0; k < nmodes; k++) { /* warm-up, untimed */
    s[k] = (struct forklat_mode){0};
    forkmode(modes[k]);
    forklat_cycle(do_exec, base, kb, 2, &s[k], 0);
  }
  for (int i = 0; i < n; i++)
    for (int j = 0; j < nmodes; j++) {
      int k = (i + j) % nmodes; /* rotate which mode goes first */
      forkmode(modes[k]);
      forklat_cycle(do_exec, base, kb, i + 3, &s[k], 1);
    }
  for (int k = 0; k < nmodes; k++)
    forklat_emit(modes[k], kb, &s[k]);
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
      emit_skip("all", kb, "sizes_must_grow");
      continue;
    }
    if (free_kb_after(FORKLAT_RESERVE_PAGES) < kb - have) {
      emit_skip("all", kb, "not_enough_free_memory");
      continue;
    }
    /* an eager child's copy must fit beside the grown heap */
    int eager = free_kb_after(FORKLAT_RESERVE_PAGES) >= (kb - have) + kb;
    if (!eager && !bopt.keep_mode)
      emit_skip("eager", kb, "not_enough_free_memory");
    if (!eager && bopt.keep_mode && mode0 == FORK_EAGER) {
      emit_skip("eager", kb, "not_enough_free_memory");
      continue;
    }
    char *p = heap_grow_kb(kb - have);
    if (!p)
      BENCH_FAIL("sbrk of %ld KiB failed", kb - have);
    if (!base)
      base = p;
    have = kb;
    forklat_size(do_exec, base, kb, eager);
  }
  forkmode(mode0);
  emit_done();
  return 0;
}

#endif
