/* The page-descriptor array and reference counting (see page.h). */
#include "mm/page.h"
#include "lib/printf.h"
#include "lib/string.h"

struct page *page_array;
uint64 *page_pt_groups;
uint32 *page_pt_sharers;
uint64 page_first_pfn;
uint64 page_npages;

/* The counts, then (8-byte aligned) the table summaries, then the
 * tables' sharer counts. */
static uint64 counts_bytes(uint64 npages) { return (npages * sizeof(struct page) + 7) & ~7UL; }

uint64 page_array_bytes(uint64 mem_size) {
  uint64 npages = mem_size >> PGSHIFT;
  return counts_bytes(npages) + npages * (sizeof(uint64) + sizeof(uint32));
}

void page_array_init(uint64 mem_base, uint64 mem_size, uint64 array_pa) {
  page_first_pfn = mem_base >> PGSHIFT;
  page_npages = mem_size >> PGSHIFT;
  page_array = P2V(array_pa);
  page_pt_groups = P2V(array_pa + counts_bytes(page_npages));
  page_pt_sharers = (uint32 *)(page_pt_groups + page_npages);
  memset(page_array, 0, page_array_bytes(mem_size));
}

void page_bad_pa(uint64 pa) { panic("pa_to_page: %p is not RAM", (void *)pa); }

void page_ref_underflow(uint32 *count) {
  bool table = count >= page_pt_sharers && count < page_pt_sharers + page_npages;
  uint64 i = table ? (uint64)(count - page_pt_sharers) : (uint64)((struct page *)count - page_array);
  panic("page_ref_put: %s count of page %p below zero", table ? "sharer" : "reference",
        (void *)((page_first_pfn + i) << PGSHIFT));
}

void page_ref_init(uint64 pa) {
  struct page *pg = pa_to_page(pa);
  if (KDEBUG && __atomic_load_n(&pg->refs, __ATOMIC_RELAXED) != 0)
    panic("page_ref_init: free page %p has %u references", (void *)pa, pg->refs);
  /* Relaxed: nobody else can see a page that is being allocated. */
  __atomic_store_n(&pg->refs, 1, __ATOMIC_RELAXED);
}
