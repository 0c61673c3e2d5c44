/* bench.h: the timing, statistics and result-line helper shared by the
 * benchmark programs in bench/.
 *
 * A program collects samples in "milliticks" (1/1000 of a 10 MHz time-CSR
 * tick: 0.1 ns of wall time, or 0.1 guest instruction under QEMU
 * `-icount shift=0`, where the time CSR advances one tick per 100
 * instructions) and prints one line per figure:
 *
 *   @result bench=fork mode=cow harts=4 size_kb=16384 metric=latency
 *           unit=us median=1.234 p10=1.100 p90=1.500 n=9
 *
 * (on one line). scripts/bench parses these lines and adds the clock, host,
 * date and commit. Times print in microseconds, or in instructions when the
 * program runs with -i (the host passes it for icount boots). A program
 * ends with "@done bench=NAME status=ok" when every figure came out; a
 * figure it cannot measure is an "@skip bench=NAME ... reason=..." line.
 *
 * Options common to every benchmark (bench_parse):
 *   -i        report times as guest instructions (icount boot)
 *   -n N      samples per configuration
 *   -s LIST   sizes in KiB, comma separated (the fork benchmarks)
 *   -p N      the benchmark's own size parameter (pages, iterations, ...)
 *   -k        keep the boot's fork mode instead of alternating (hyperfine)
 *   -x        smoke test: one sample at the program's tiniest sizes
 */
#ifndef BENCH_H
#define BENCH_H

#include "user.h"

#define PGSIZE 4096UL
#define TICKS_PER_S 10000000L /* the time CSR runs at 10 MHz */
#define MT_PER_TICK 1000L     /* sample unit: milliticks */
#define BENCH_MAXS 256        /* most samples per figure */
#define BENCH_MAXSIZES 16

#define BENCH_UNUSED __attribute__((unused))

/* Options from the command line; fields the program does not use stay 0. */
struct bench_opts {
  int icount;                 /* -i: report instructions, not us */
  int iters;                  /* -n */
  long sizes[BENCH_MAXSIZES]; /* -s, KiB */
  int nsizes;
  long param;    /* -p */
  int keep_mode; /* -k */
  int smoke;     /* -x */
};

/* A set of samples (milliticks or fixed-point values). */
struct samples {
  long v[BENCH_MAXS];
  int n;
};

static struct bench_opts bopt;
static const char *bench_name = "?";

/* Prints an error line for the host and exits with status 1. */
#define BENCH_FAIL(...)                                                                            \
  do {                                                                                             \
    char bf_[200];                                                                                 \
    snprintf(bf_, sizeof bf_, __VA_ARGS__);                                                        \
    printf("@error bench=%s msg=%s\n", bench_name, bf_);                                           \
    exit(1);                                                                                       \
  } while (0)

/* Parses the common options into bopt, with defaults iters and param;
 * sizes stay as given when -s is absent; -x forces one sample (the program
 * shrinks its sizes itself). Exits on a bad option. */
static BENCH_UNUSED void bench_parse(const char *name, int argc, char **argv, int iters,
                                     long param) {
  bench_name = name;
  bopt.iters = iters;
  bopt.param = param;
  for (int i = 1; i < argc; i++) {
    char *a = argv[i];
    if (strcmp(a, "-i") == 0)
      bopt.icount = 1;
    else if (strcmp(a, "-k") == 0)
      bopt.keep_mode = 1;
    else if (strcmp(a, "-x") == 0)
      bopt.smoke = 1;
    else if (strcmp(a, "-n") == 0 && i + 1 < argc)
      bopt.iters = atoi(argv[++i]);
    else if (strcmp(a, "-p") == 0 && i + 1 < argc)
      bopt.param = atoi(argv[++i]);
    else if (strcmp(a, "-s") == 0 && i + 1 < argc) {
      char *s = argv[++i];
      bopt.nsizes = 0;
      while (*s && bopt.nsizes < BENCH_MAXSIZES) {
        bopt.sizes[bopt.nsizes++] = atoi(s);
        while (*s && *s != ',')
          s++;
        if (*s == ',')
          s++;
      }
    } else
      BENCH_FAIL("bad option %s (use -i -k -x -n N -s KIB,.. -p N)", a);
  }
  if (bopt.smoke)
    bopt.iters = 1;
  if (bopt.iters < 1)
    bopt.iters = 1;
  if (bopt.iters > BENCH_MAXS)
    bopt.iters = BENCH_MAXS;
}

static BENCH_UNUSED void samples_add(struct samples *s, long v) {
  if (s->n < BENCH_MAXS)
    s->v[s->n++] = v;
}

/* Sorts the samples ascending (insertion sort: n is small). */
static BENCH_UNUSED void samples_sort(struct samples *s) {
  for (int i = 1; i < s->n; i++) {
    long x = s->v[i];
    int j = i - 1;
    while (j >= 0 && s->v[j] > x) {
      s->v[j + 1] = s->v[j];
      j--;
    }
    s->v[j + 1] = x;
  }
}

/* Returns the q-th percentile (0..100) of sorted samples, interpolating
 * linearly between neighbours (q = 50 of an even count is the mean of the
 * middle two). */
static BENCH_UNUSED long samples_pct(const struct samples *s, int q) {
  if (s->n == 0)
    return 0;
  long pos = (long)q * (s->n - 1); /* in hundredths of an index */
  int i = pos / 100;
  long frac = pos % 100;
  if (i + 1 >= s->n)
    return s->v[s->n - 1];
  return s->v[i] + (s->v[i + 1] - s->v[i]) * frac / 100;
}

/* Formats x/1000 with three decimals into buf (x may be negative). */
static BENCH_UNUSED char *fmt_milli(char *buf, int size, long x) {
  const char *sign = x < 0 ? "-" : "";
  if (x < 0)
    x = -x;
  snprintf(buf, size, "%s%ld.%03ld", sign, x / 1000, x % 1000);
  return buf;
}

/* Converts milliticks to the reporting unit, times 1000: microseconds
 * (1 tick = 0.1 us) or, under icount, instructions (1 tick = 100). */
static BENCH_UNUSED long mt_to_milliunit(long mt) { return bopt.icount ? mt * 100 : mt / 10; }

static BENCH_UNUSED const char *time_unit(void) { return bopt.icount ? "insn" : "us"; }

/* Prints one result line for values already in the unit, times 1000. */
static BENCH_UNUSED void emit_milli(const char *mode, long size_kb, const char *metric,
                                    const char *unit, struct samples *s) {
  char a[32], b[32], c[32];
  samples_sort(s);
  printf("@result bench=%s mode=%s harts=%d size_kb=%ld metric=%s unit=%s median=%s p10=%s "
         "p90=%s n=%d\n",
         bench_name, mode, ncpu(), size_kb, metric, unit,
         fmt_milli(a, sizeof a, samples_pct(s, 50)), fmt_milli(b, sizeof b, samples_pct(s, 10)),
         fmt_milli(c, sizeof c, samples_pct(s, 90)), s->n);
}

/* Prints one result line for samples in milliticks, as us or insn. */
static BENCH_UNUSED void emit_time(const char *mode, long size_kb, const char *metric,
                                   struct samples *s) {
  struct samples u;
  u.n = s->n;
  for (int i = 0; i < s->n; i++)
    u.v[i] = mt_to_milliunit(s->v[i]);
  emit_milli(mode, size_kb, metric, time_unit(), &u);
}

/* Returns the events-per-second rate for count events in ticks, times
 * 1000 (per second of wall time, or per 1e9 instructions under icount). */
static BENCH_UNUSED long rate_milli(long count, long ticks) {
  if (ticks <= 0)
    ticks = 1;
  return (long)((unsigned long)count * (TICKS_PER_S * 1000UL) / (unsigned long)ticks);
}

static BENCH_UNUSED const char *rate_unit(void) { return bopt.icount ? "per_Ginsn" : "per_s"; }

/* Returns a/b times 1000 (b = 0 gives 0). */
static BENCH_UNUSED long ratio_milli(long a, long b) { return b ? a * 1000 / b : 0; }

static BENCH_UNUSED void emit_skip(const char *mode, long size_kb, const char *reason) {
  printf("@skip bench=%s mode=%s harts=%d size_kb=%ld reason=%s\n", bench_name, mode, ncpu(),
         size_kb, reason);
}

static BENCH_UNUSED void emit_done(void) { printf("@done bench=%s status=ok\n", bench_name); }

/* A snapshot of every vmstat counter. */
struct vmsnap {
  uint64 v[VMSTAT_COUNT];
};

static BENCH_UNUSED void vmsnap_take(struct vmsnap *s) {
  if (vmstat(s->v, VMSTAT_COUNT) < VMSTAT_COUNT)
    BENCH_FAIL("vmstat failed");
}

/* Returns counter i of b minus a. */
static BENCH_UNUSED long vmsnap_delta(const struct vmsnap *a, const struct vmsnap *b, int i) {
  return (long)(b->v[i] - a->v[i]);
}

/* Grows the heap by kb KiB with sbrk and writes every page; returns the
 * start, or NULL when the memory is not there. */
static BENCH_UNUSED char *heap_grow_kb(long kb) {
  long bytes = kb * 1024;
  char *p = sbrk(bytes);
  if (p == (char *)-1)
    return NULL;
  for (long off = 0; off < bytes; off += PGSIZE)
    p[off] = 1;
  return p;
}

/* Writes one word in every page of [p, p + bytes) (makes shared pages
 * private again, untimed). */
static BENCH_UNUSED void touch_pages(char *p, long bytes, long val) {
  for (long off = 0; off < bytes; off += PGSIZE)
    *(volatile long *)(p + off) = val;
}

/* Returns free pages minus reserve, in KiB (negative if short). */
static BENCH_UNUSED long free_kb_after(long reserve_pages) {
  return ((long)vmstat_get(VM_free_pages) - reserve_pages) * (long)(PGSIZE / 1024);
}

/* Waits for child pid; fails the benchmark unless it exited with 0. */
static BENCH_UNUSED void wait_ok(int pid) {
  int st = -1;
  int got = wait(&st);
  if (got != pid || st != 0)
    BENCH_FAIL("child %d ended with status %d (wait returned %d)", pid, st, got);
}

/* Waits for n children in any order; fails the benchmark unless every one
 * exited with 0. */
static BENCH_UNUSED void wait_all_ok(int n) {
  for (int i = 0; i < n; i++) {
    int st = -1;
    int got = wait(&st);
    if (got < 0 || st != 0)
      BENCH_FAIL("child %d ended with status %d", got, st);
  }
}

#endif
