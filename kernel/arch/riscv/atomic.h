/* Compare-and-swap and fences with the orderings RVWMO actually gives, and
 * the one AMO that C has no builtin for (max).
 *
 * GCC 12 compiles __atomic_compare_exchange_n with a relaxed failure
 * order, for acquire, acq_rel or seq_cst success alike, as "lr; bne;
 * sc.aq; bnez": no release at all, and the A extension does not promise
 * that .aq on an SC orders anything; a release CAS gets no ordering at all.
 * So every CAS in the kernel is one of these instead, built from a relaxed
 * LR/SC loop (which GCC emits correctly: plain lr and sc) and explicit
 * fences. scripts/check-atomics fails the tests if build/kernel.asm holds
 * an "sc.aq" or an "lr.rl", or if kernel code outside this file and
 * mm/page.h calls __atomic_compare_exchange_n. */
#ifndef ATOMIC_H
#define ATOMIC_H
#include "lib/types.h"

/* fence rw,rw: every earlier load and store before every later one. The
 * one fence that orders a store before a later load (RVWMO lets a store
 * wait in a buffer past later loads to other addresses). */
static inline void fence_rw_rw(void) { asm volatile("fence rw,rw" ::: "memory"); }
/* fence r,rw: earlier loads before everything later (acquire after a
 * read or an LR/SC). */
static inline void fence_acquire(void) { asm volatile("fence r,rw" ::: "memory"); }
/* fence rw,w: everything earlier before later stores (release). */
static inline void fence_release(void) { asm volatile("fence rw,w" ::: "memory"); }

/* Acquire CAS on a 32-bit word (locks): the fence after a successful
 * swap orders the critical section after the LR that saw the old value,
 * which the successful SC makes the value the lock had when taken. */
static inline bool cas32_acquire(uint32 *p, uint32 old, uint32 new) {
  bool ok = __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED);
  if (ok)
    fence_acquire();
  return ok;
}

/* Fully ordered CAS on a doubleword: fence rw,w before (everything earlier,
 * such as a copied page's contents, is visible before the new value) and
 * fence rw,rw after a success (the new value is visible before any later
 * load, such as the read of an address space's active harts). */
static inline bool cas64(uint64 *p, uint64 old, uint64 new) {
  fence_release();
  bool ok = __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED);
  if (ok)
    fence_rw_rw();
  return ok;
}

/* *p = max(*p, n) (signed) with one amomax.w; relaxed: it orders nothing. */
static inline void atomic_max32_relaxed(int *p, int n) {
  __asm__ volatile("amomax.w zero, %1, %0" : "+A"(*p) : "r"(n) : "memory");
}

#endif
