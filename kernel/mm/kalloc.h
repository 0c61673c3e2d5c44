/* Physical page allocator. Pages are addressed by their kernel virtual
 * address in the direct map (see arch/riscv/memlayout.h). A page from
 * page_alloc has reference count 1; page_put drops one reference and the
 * page returns to the pool when the count reaches 0 (mm/page.h). */
#ifndef KALLOC_H
#define KALLOC_H
#include "lib/types.h"

void kalloc_init(uint64 pa_start, uint64 pa_end);
/* Returns a page (not zeroed), or NULL when memory is exhausted. */
void *page_alloc(void);
/* Returns a zero-filled page, or NULL. */
void *page_alloc_zeroed(void);
/* Drops one reference; frees the page at zero. */
void page_put(void *va);
/* Returns a page whose count has just reached zero to the allocator. */
void page_release(void *va);
/* Pages currently free (exact when no allocation is in flight). */
uint64 kalloc_free_pages(void);
uint64 kalloc_total_pages(void);

#endif
