/* Kernel-side microbenchmarks (kbench) and the shootdown-mechanism switch,
 * for the benchmark suite. Each kbench call times iters repetitions on the
 * calling hart and returns the elapsed time-CSR ticks. */
#include "sys/sysfuncs.h"
#include "sys/syscall.h"
#include "proc/proc.h"
#include "arch/riscv/cpu.h"
#include "mm/kalloc.h"
#include "mm/page.h"
#include "mm/vm.h"
#include "arch/riscv/tlb.h"
#include "arch/riscv/riscv.h"
#include "sync/spinlock.h"
#include "lib/printf.h"
#include "lib/string.h"
#include "uapi/syscall.h"

/* The hot page every hart hammers: taken at boot (so no free-page count a
 * program takes sees it disappear later) and kept for the kernel's life.
 * Written once before the other harts start; read-only after. */
static void *hot_page;
/* The classic lab design: a plain count under one global lock. */
static struct spinlock lab_lock;
static uint64 lab_count; /* lab_lock */

void kbench_init(void) {
  spin_init(&lab_lock, "kbench_lab");
  hot_page = page_alloc();
  if (!hot_page)
    panic("kbench_init: no page");
}

static void bench_refs_amo(uint64 pa, long iters) {
  for (long i = 0; i < iters; i++) {
    page_ref_get(pa);
    page_ref_put(pa);
  }
}

static void bench_refs_lock(long iters) {
  for (long i = 0; i < iters; i++) {
    spin_lock(&lab_lock);
    lab_count++;
    spin_unlock(&lab_lock);
    spin_lock(&lab_lock);
    lab_count--;
    spin_unlock(&lab_lock);
  }
}

static int bench_page_copy(long iters) {
  void *a = page_alloc(), *b = page_alloc();
  if (a && b)
    for (long i = 0; i < iters; i++)
      memcpy(a, b, PGSIZE);
  if (a)
    page_put(a);
  if (b)
    page_put(b);
  return a && b ? 0 : -1;
}

static void bench_shootdown(long iters) {
  struct vmspace *vs = curproc()->vm;
  for (long i = 0; i < iters; i++) {
    push_off();
    pmap_shootdown_others(&vs->pmap, 0, PGSIZE);
    pop_off();
  }
}

int64 sys_kbench(void) {
  int which = arg_int(0);
  long iters = (long)arg_addr(1);
  if (iters < 0)
    return -1;
  uint64 t0 = r_time();
  switch (which) {
  case KBENCH_PAGE_COPY:
    if (bench_page_copy(iters) < 0)
      return -1;
    break;
  case KBENCH_REF_AMO:
    bench_refs_amo(V2P(hot_page), iters);
    break;
  case KBENCH_REF_LOCK:
    bench_refs_lock(iters);
    break;
  case KBENCH_NULL:
    break;
  case KBENCH_SHOOTDOWN:
    bench_shootdown(iters);
    break;
  default:
    return -1;
  }
  return r_time() - t0;
}

int64 sys_tlbmode(void) {
  int m = arg_int(0);
  if (m == -1)
    return tlb_mode();
  if (m != TLB_IPI && m != TLB_SBI_RFENCE)
    return -1;
  return tlb_set_mode(m);
}
