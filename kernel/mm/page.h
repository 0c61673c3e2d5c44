/* Page descriptors: one per physical page of RAM, in an array indexed by
 * page frame number, each holding the page's reference count.
 *
 * Memory ordering of the count (the Linux convention):
 *   page_ref_get   relaxed   amoadd.w: the caller already holds a reference
 *                            (or owns the page), so nothing needs ordering;
 *   page_ref_put   release   fence rw,w; amoadd.w: this owner's accesses to the page
 *                            happen before whoever frees or reuses it; the
 *                            put that reaches zero adds an acquire fence so
 *                            the freeing hart sees every other owner's
 *                            accesses as done;
 *   page_ref_count acquire   for the COW sole-owner test: a count of 1 read
 *                            here means every other owner's put (and so its
 *                            TLB flush and last access) happened before;
 *   page_ref_tryget acquire  a kernel copy pinning a page it found in a PTE
 *                            without owning a reference: increments unless
 *                            the count is 0 (the page is free or being
 *                            freed), then fence r,rw, which orders the LR
 *                            before the caller's re-read of the PTE; the
 *                            successful SC makes the LR's value the one
 *                            just before the increment, so if the re-read
 *                            still finds the page, the increment came
 *                            before any put that unmapped it. A pin keeps
 *                            the page from being freed, not from being
 *                            made writable in place by its sole mapping
 *                            (a reuse keeps the page, so copies stay
 *                            coherent). A stale tryget may briefly raise
 *                            a page just reallocated to someone else;
 *                            it never raises 0, so no count is lost.
 * No lock is ever taken for a count. */
#ifndef PAGE_H
#define PAGE_H
#include "lib/types.h"
#include "arch/riscv/memlayout.h"
#include "arch/riscv/atomic.h"

struct page {
  uint32 refs; /* mappings and kernel owners; AMOs only */
};

extern struct page *page_array; /* set once at boot */
extern uint64 page_first_pfn;   /* pfn of page_array[0] */
extern uint64 page_npages;

/* Beside each descriptor, for a page that holds a page table: which groups
 * of its slots were ever filled (arch/riscv/pmap.c says how it is kept).
 * An array of its own, so that the counts stay 4 bytes apart: fork and exit
 * sweep them a page at a time, and a 16-byte stride made a 32 MiB fork+exec
 * about a fifth slower on the host (its cache), for no fewer instructions. */
extern uint64 *page_pt_groups;
/* Beside each descriptor too, for a leaf table that on-demand fork shares:
 * its sharers, the address spaces whose level-1 entries hold it (1 while
 * private). Not the page's own count: a kernel copy's pin (page_ref_tryget)
 * may briefly raise the count of a page just reused as a table and drop
 * it with a plain put; on a shared count that put could be the last one
 * and free the table without dropping its pages' references. The page
 * count keeps the table's one allocation reference until the last sharer
 * lets go. Same orderings as the page count, by the same functions. */
extern uint32 *page_pt_sharers;

/* Places the descriptors at array_pa (page_array_bytes of memory). */
void page_array_init(uint64 mem_base, uint64 mem_size, uint64 array_pa);
uint64 page_array_bytes(uint64 mem_size);
void page_bad_pa(uint64 pa) __attribute__((noreturn));

static inline uint64 pa_to_index(uint64 pa) {
  uint64 i = (pa >> PGSHIFT) - page_first_pfn;
  if (i >= page_npages)
    page_bad_pa(pa);
  return i;
}
static inline struct page *pa_to_page(uint64 pa) { return &page_array[pa_to_index(pa)]; }
static inline uint64 *pa_to_pt_groups(uint64 pa) { return &page_pt_groups[pa_to_index(pa)]; }
static inline uint32 *pa_to_pt_sharers(uint64 pa) { return &page_pt_sharers[pa_to_index(pa)]; }

/* The count operations on a descriptor already found (pmap's fork and
 * exit loops index page_array themselves, once per page, so the orderings
 * and the underflow panic still live only here). */
void page_ref_underflow(uint32 *count) __attribute__((noreturn, cold));
/* The orderings above, on any such count (a page's or a table's sharers). */
static inline void refcount_get(uint32 *count) { __atomic_fetch_add(count, 1, __ATOMIC_RELAXED); }
/* Drops one reference; true if it was the last. */
static inline bool refcount_put(uint32 *count) {
  uint32 old = __atomic_fetch_sub(count, 1, __ATOMIC_RELEASE);
  if (old == 1) {
    __atomic_thread_fence(__ATOMIC_ACQUIRE);
    return true;
  }
  if (old == 0)
    page_ref_underflow(count);
  return false;
}
static inline uint32 refcount_read(uint32 *count) {
  return __atomic_load_n(count, __ATOMIC_ACQUIRE);
}
static inline void page_ref_get_desc(struct page *pg) { refcount_get(&pg->refs); }
static inline bool page_ref_put_desc(struct page *pg) { return refcount_put(&pg->refs); }
static inline void page_ref_get(uint64 pa) { page_ref_get_desc(pa_to_page(pa)); }
static inline uint32 page_ref_count(uint64 pa) { return refcount_read(&pa_to_page(pa)->refs); }
static inline bool page_ref_tryget(uint64 pa) {
  uint32 *refs = &pa_to_page(pa)->refs;
  uint32 n = __atomic_load_n(refs, __ATOMIC_RELAXED);
  do {
    if (n == 0)
      return false;
  } while (!__atomic_compare_exchange_n(refs, &n, n + 1, true, __ATOMIC_RELAXED, __ATOMIC_RELAXED));
  fence_acquire();
  return true;
}
/* Drops one reference; returns true if it was the last (the caller then
 * returns the page to the allocator). Panics on underflow. */
static inline bool page_ref_put(uint64 pa) { return page_ref_put_desc(pa_to_page(pa)); }
/* Sets the count of a page just taken from the free pool. */
void page_ref_init(uint64 pa);

#endif
