/* cowfault: the cost of single page faults against their floor, in one boot.
 *
 * Per iteration (n of them, default 7), with a parent region of R KiB
 * (-p, default 32768) written page by page:
 *   trap         one system-call round trip (kbench KBENCH_NULL, timed here
 *                over TRAP_CALLS calls)
 *   page_copy    one 4 KiB copy in the kernel (kbench KBENCH_PAGE_COPY)
 *   floor        trap + page_copy, the least a copying fault can cost
 *   copy_fault   a COW child writes one word in each of the region's first
 *                FAULT_PAGES pages while the parent still shares them: one
 *                copying fault per page (time per page)
 *   reuse_fault  after that child exits the parent writes the same pages,
 *                now its own: one sole-owner fault per page, no copy
 *   first_touch  a child touches STACK_PAGES fresh stack pages: one
 *                demand-zero fault per page
 *   copy_vs_floor, reuse_vs_copy   the ratios, per iteration (unit x)
 *   unshare_fault   in ODF mode (on-demand fork), the parent's first access
 *                (a read) to each 2 MiB leaf table of the region while a
 *                child still shares it: one unshare per table (copy the
 *                table, take a reference on its 512 pages, write-protect
 *                them in both copies); time per table
 *   revalidate_fault  the same after the child has exited: the parent is
 *                the table's last sharer and takes it back, no copy
 *   cow_fork_512_pages  what 512 pages add to a COW fork + exit + wait:
 *                (the fork of the whole region - the fork of the region
 *                shrunk to SMALL_KB) / (the pages between) x 512, per
 *                iteration: the per-page work an unshare replaces
 *   fork_write_all  fork + the child writes every page of the region +
 *                exit + wait, eager, COW and ODF alternating (rotated)
 * and the counters per fault (copies, reuses, zero fills, unshares,
 * revalidations: unit count), which show what each fault did. */
#include "bench.h"

#define TRAP_CALLS 200
#define COPY_ITERS 200
#define FAULT_PAGES 1024 /* 4 MiB */
#define STACK_PAGES 128  /* 512 KiB of the 1 MiB stack limit */
#define STACK_GAP (16 * 1024)
#define TABLE_SPAN (2UL * 1024 * 1024) /* what one leaf table maps */
#define SMALL_KB 64                    /* the small fork of cow_fork_512_pages */
#define NMODES 3

static const int modes[NMODES] = {FORK_EAGER, FORK_COW, FORK_ODF};
static struct samples trap, copy, floor_, cfault, rfault, ftouch, cvf, rvc;
static struct samples c_copies, r_reuses, r_copies, f_zero, wall[NMODES];
static struct samples ufault, vfault, fork512, u_unshares, v_revals;

/* Returns the milliticks of one system-call round trip (mean of many). */
static long time_trap(void) {
  uint64 t0 = rdtime();
  for (int i = 0; i < TRAP_CALLS; i++)
    kbench(KBENCH_NULL, 0);
  return (long)(rdtime() - t0) * MT_PER_TICK / TRAP_CALLS;
}

/* Returns the milliticks of one kernel page copy. */
static long time_page_copy(void) {
  long t = kbench(KBENCH_PAGE_COPY, COPY_ITERS);
  if (t < 0)
    BENCH_FAIL("kbench(KBENCH_PAGE_COPY) failed");
  return t * MT_PER_TICK / COPY_ITERS;
}

/* Writes one word in each of npages pages at p; returns milliticks per page
 * and sets *d to the counter deltas over the loop. */
static long time_writes(char *p, long npages, long val, struct vmsnap *a, struct vmsnap *b) {
  vmsnap_take(a);
  uint64 t0 = rdtime();
  for (long i = 0; i < npages; i++)
    *(volatile long *)(p + i * PGSIZE + 8) = val;
  uint64 t1 = rdtime();
  vmsnap_take(b);
  return (long)(t1 - t0) * MT_PER_TICK / npages;
}

/* What a child sends back through its pipe. */
struct child_report {
  long per_page; /* milliticks */
  long copies, reuses, zero_fills;
};

static void send_report(int fd, long per_page, struct vmsnap *a, struct vmsnap *b) {
  struct child_report r = {per_page, vmsnap_delta(a, b, VM_cow_copies),
                           vmsnap_delta(a, b, VM_cow_reuses), vmsnap_delta(a, b, VM_zero_fills)};
  if (write(fd, &r, sizeof r) != sizeof r)
    exit(2);
}

/* Runs body in a child that reports through a pipe; returns the report. */
static struct child_report in_child(void (*body)(int fd, char *), char *region) {
  int fds[2];
  struct child_report r;
  if (pipe(fds) < 0)
    BENCH_FAIL("pipe failed");
  int pid = fork();
  if (pid < 0)
    BENCH_FAIL("fork failed");
  if (pid == 0) {
    close(fds[0]);
    body(fds[1], region);
    exit(0);
  }
  close(fds[1]);
  if (read(fds[0], &r, sizeof r) != sizeof r)
    BENCH_FAIL("child sent no report");
  close(fds[0]);
  wait_ok(pid);
  return r;
}

static void child_copy(int fd, char *region) {
  struct vmsnap a, b;
  long t = time_writes(region, FAULT_PAGES, 7, &a, &b);
  send_report(fd, t, &a, &b);
}

/* Touches STACK_PAGES never-used stack pages below the current one. */
static void child_first_touch(int fd, char *unused) {
  struct vmsnap a, b;
  uint64 sp;
  __asm__ volatile("mv %0, sp" : "=r"(sp));
  char *top = (char *)((sp - STACK_GAP) & ~(PGSIZE - 1));
  vmsnap_take(&a);
  uint64 t0 = rdtime();
  for (long i = 0; i < STACK_PAGES; i++)
    *(volatile char *)(top - i * PGSIZE) = 1;
  uint64 t1 = rdtime();
  vmsnap_take(&b);
  send_report(fd, (long)(t1 - t0) * MT_PER_TICK / STACK_PAGES, &a, &b);
}

static void add_count(struct samples *s, long count, long per) {
  samples_add(s, per ? count * 1000 / per : 0);
}

/* One iteration of the single-fault figures. */
static void fault_iteration(char *region) {
  long tr = time_trap(), pc = time_page_copy();
  samples_add(&trap, tr);
  samples_add(&copy, pc);
  samples_add(&floor_, tr + pc);
  forkmode(FORK_COW);
  struct child_report c = in_child(child_copy, region);
  samples_add(&cfault, c.per_page);
  add_count(&c_copies, c.copies, FAULT_PAGES);
  samples_add(&cvf, ratio_milli(c.per_page, tr + pc));
  struct vmsnap a, b; /* the child is gone: the parent owns each page alone */
  long r = time_writes(region, FAULT_PAGES, 9, &a, &b);
  samples_add(&rfault, r);
  add_count(&r_reuses, vmsnap_delta(&a, &b, VM_cow_reuses), FAULT_PAGES);
  add_count(&r_copies, vmsnap_delta(&a, &b, VM_cow_copies), FAULT_PAGES);
  samples_add(&rvc, ratio_milli(r, c.per_page));
  struct child_report f = in_child(child_first_touch, region);
  samples_add(&ftouch, f.per_page);
  add_count(&f_zero, f.zero_fills, STACK_PAGES);
}

/* The region's whole leaf tables: sets *first to the first table's start
 * and returns how many there are. */
static long region_tables(char *region, long kb, char **first) {
  uint64 a = ((uint64)region + TABLE_SPAN - 1) & ~(TABLE_SPAN - 1);
  uint64 end = (uint64)region + kb * 1024;
  *first = (char *)a;
  return a + TABLE_SPAN <= end ? (long)((end - a) / TABLE_SPAN) : 0;
}

/* Reads one word in each of ntables tables from first; returns
 * milliticks per table and sets *a, *b around the loop. */
static long time_table_reads(char *first, long ntables, struct vmsnap *a, struct vmsnap *b) {
  vmsnap_take(a);
  uint64 t0 = rdtime();
  for (long t = 0; t < ntables; t++)
    (void)*(volatile long *)(first + t * TABLE_SPAN + 16);
  uint64 t1 = rdtime();
  vmsnap_take(b);
  return (long)(t1 - t0) * MT_PER_TICK / ntables;
}

/* Times fork + exit + wait in COW mode with the region's first kb KiB
 * resident and writable. */
static long time_cow_fork(char *region, long kb) {
  forkmode(FORK_COW);
  touch_pages(region, kb * 1024, 5);
  uint64 t0 = rdtime();
  int pid = fork();
  if (pid < 0)
    BENCH_FAIL("fork failed");
  if (pid == 0)
    exit(0);
  wait_ok(pid);
  return (long)(rdtime() - t0) * MT_PER_TICK;
}

/* One iteration of the ODF figures: unshare and revalidation faults, and
 * the per-page COW fork work they stand against. */
static void odf_iteration(char *region, long kb) {
  char *first;
  long nt = region_tables(region, kb, &first);
  struct vmsnap a, b;
  int hold[2];
  char c = 0;
  touch_pages(region, kb * 1024, 6);
  forkmode(FORK_ODF);
  if (pipe(hold) < 0)
    BENCH_FAIL("pipe failed");
  int pid = fork();
  if (pid < 0)
    BENCH_FAIL("fork failed");
  if (pid == 0) { /* shares every table until the parent is done */
    close(hold[1]);
    exit(read(hold[0], &c, 1) == 1 ? 0 : 2);
  }
  close(hold[0]);
  samples_add(&ufault, time_table_reads(first, nt, &a, &b));
  add_count(&u_unshares, vmsnap_delta(&a, &b, VM_odf_unshares), nt);
  if (write(hold[1], &c, 1) != 1)
    BENCH_FAIL("pipe write failed");
  close(hold[1]);
  wait_ok(pid);

  touch_pages(region, kb * 1024, 7);
  if ((pid = fork()) < 0)
    BENCH_FAIL("fork failed");
  if (pid == 0)
    exit(0);
  wait_ok(pid);
  samples_add(&vfault, time_table_reads(first, nt, &a, &b));
  add_count(&v_revals, vmsnap_delta(&a, &b, VM_odf_revalidations), nt);

  long big = time_cow_fork(region, kb);
  if (sbrk(-(int)((kb - SMALL_KB) * 1024)) == (char *)-1)
    BENCH_FAIL("sbrk shrink failed");
  long small = time_cow_fork(region, SMALL_KB);
  if (!heap_grow_kb(kb - SMALL_KB))
    BENCH_FAIL("sbrk regrow failed");
  samples_add(&fork512, (big - small) * 512 / ((kb - SMALL_KB) / 4));
}

/* Times fork + child writes every page + exit + wait in mode m. */
static long time_fork_write_all(int m, char *region, long kb) {
  forkmode(m);
  touch_pages(region, kb * 1024, 3);
  uint64 t0 = rdtime();
  int pid = fork();
  if (pid < 0)
    BENCH_FAIL("fork failed");
  if (pid == 0) {
    touch_pages(region, kb * 1024, 4);
    exit(0);
  }
  wait_ok(pid);
  return (long)(rdtime() - t0) * MT_PER_TICK;
}

int main(int argc, char **argv) {
  bench_parse("cowfault", argc, argv, 7, 32768);
  if (bopt.smoke)
    bopt.param = FAULT_PAGES * 4;
  long kb = bopt.param;
  if (kb < FAULT_PAGES * 4)
    kb = FAULT_PAGES * 4;
  int mode0 = forkmode(-1);
  if (free_kb_after(4096) < 2 * kb)
    BENCH_FAIL("not enough free memory for a %ld KiB region", kb);
  char *region = heap_grow_kb(kb);
  if (!region)
    BENCH_FAIL("sbrk of %ld KiB failed", kb);
  fault_iteration(region); /* warm-up */
  odf_iteration(region, kb);
  trap.n = copy.n = floor_.n = cfault.n = rfault.n = ftouch.n = cvf.n = rvc.n = 0;
  c_copies.n = r_reuses.n = r_copies.n = f_zero.n = 0;
  ufault.n = vfault.n = fork512.n = u_unshares.n = v_revals.n = 0;
  for (int i = 0; i < bopt.iters; i++) {
    fault_iteration(region);
    odf_iteration(region, kb);
    for (int j = 0; j < NMODES; j++) {
      int k = (i + j) % NMODES; /* rotate which mode goes first */
      samples_add(&wall[k], time_fork_write_all(modes[k], region, kb));
    }
  }
  long fk = FAULT_PAGES * 4, sk = STACK_PAGES * 4;
  emit_time("cow", 0, "trap", &trap);
  emit_time("cow", 4, "page_copy", &copy);
  emit_time("cow", 4, "floor", &floor_);
  emit_time("cow", fk, "copy_fault", &cfault);
  emit_time("cow", fk, "reuse_fault", &rfault);
  emit_time("cow", sk, "first_touch", &ftouch);
  emit_milli("cow", fk, "copy_vs_floor", "x", &cvf);
  emit_milli("cow", fk, "reuse_vs_copy", "x", &rvc);
  emit_milli("cow", fk, "copy_fault_copies", "count", &c_copies);
  emit_milli("cow", fk, "reuse_fault_reuses", "count", &r_reuses);
  emit_milli("cow", fk, "reuse_fault_copies", "count", &r_copies);
  emit_milli("cow", sk, "first_touch_zero_fills", "count", &f_zero);
  emit_time("odf", 2048, "unshare_fault", &ufault);
  emit_time("odf", 2048, "revalidate_fault", &vfault);
  emit_time("cow", 2048, "cow_fork_512_pages", &fork512);
  emit_milli("odf", 2048, "unshare_fault_unshares", "count", &u_unshares);
  emit_milli("odf", 2048, "revalidate_fault_revalidations", "count", &v_revals);
  for (int k = 0; k < NMODES; k++)
    emit_time(FORK_MODE_NAME(modes[k]), kb, "fork_write_all", &wall[k]);
  forkmode(mode0);
  emit_done();
  return 0;
}
