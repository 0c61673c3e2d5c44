/* The page-fault path: copy-on-write breaks, sole-owner reuse, demand-zero
 * stack pages. Runs with vs->lock held for reading, so faults of sibling
 * threads run concurrently and settle every race by PTE compare-and-swap. */
#include "mm/fault.h"
#include "mm/page.h"
#include "mm/kalloc.h"
#include "arch/riscv/tlb.h"
#include "arch/riscv/riscv.h"
#include "proc/cpu.h"
#include "lib/string.h"

/* Other harts running vs must drop their entry for va before the old page
 * can be released or the new one written (rules 4 and 6). */
static void flush_page_everywhere(struct vmspace *vs, uint64 va) {
  tlb_flush_local(va, va + PGSIZE);
  uint64 others = __atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) & ~(1UL << mycpu()->id);
  if (others)
    tlb_shootdown(others, va, va + PGSIZE);
}

/* Resolves a write to the COW page *p maps at va.
 *   1. Read the PTE; if it is no longer COW, someone resolved it: done.
 *   2. If our mapping holds the only reference (count 1, read with
 *      acquire), make it writable in place by CAS: a reuse, no copy, and
 *      no flush: a stale read-only entry for the same page can only cause
 *      one spurious fault, which vm_fault answers with a local flush.
 *   3. Otherwise copy the page into a new one, outside any lock.
 *   4. Install the copy by CAS against the PTE read in step 1. If the PTE
 *      changed, another thread won: free our copy and start again.
 *   5. Shoot down other harts' entries for va, then (only then) drop our
 *      reference to the old page.
 * Returns FAULT_OK or FAULT_OOM. */
static enum fault_result cow_break(struct vmspace *vs, pte_t *p, uint64 va) {
  stat_inc(VM_cow_faults);
  for (;;) {
    pte_t pte = pte_load(p);
    if (!pte_is_cow(pte)) {
      stat_inc(VM_fault_races);
      return FAULT_OK;
    }
    uint64 old_pa = pte_pa(pte);
    if (page_ref_count(old_pa) == 1) {
      if (!pte_cas(p, pte, pte_cow_break(pte, old_pa)))
        continue;
      stat_inc(VM_cow_reuses);
      return FAULT_OK;
    }
    void *copy = page_alloc();
    if (!copy)
      return FAULT_OOM;
    memcpy(copy, P2V(old_pa), PGSIZE);
    if (!pte_cas(p, pte, pte_cow_break(pte, V2P(copy)))) {
      page_free(copy);
      stat_inc(VM_cow_cas_lost);
      stat_inc(VM_fault_races);
      continue;
    }
    flush_page_everywhere(vs, va);
    page_free(P2V(old_pa));
    stat_inc(VM_cow_copies);
    return FAULT_OK;
  }
}

/* Maps a zeroed page at va (stack growth). Returns FAULT_OK or FAULT_OOM. */
static enum fault_result zero_fill(struct vmspace *vs, uint64 va) {
  pte_t *p = pmap_walk(vs->pt, va, true);
  void *page = p ? page_alloc_zeroed() : NULL;
  if (!page)
    return FAULT_OOM;
  pte_t fresh = PA2PTE(V2P(page)) | PTE_V | PTE_R | PTE_W | PTE_U | PTE_A | PTE_D;
  if (!pmap_fill(p, fresh))
    page_free(page); /* a sibling thread filled it first */
  else
    stat_inc(VM_zero_fills);
  return FAULT_OK;
}

static bool in_stack(struct vmspace *vs, uint64 va) {
  return va >= vs->stack_low && va < USTACK_TOP;
}

/* One walk, then at most one resolution: each resolver leaves the PTE at
 * p usable for acc (by us or by a racing sibling), so no second walk.
 * *spurious is set when the PTE already allowed the access. */
static enum fault_result resolve(struct vmspace *vs, uint64 va, enum access acc, pte_t **out,
                                 bool *spurious) {
  *spurious = false;
  if (va >= USER_TOP)
    return FAULT_BAD_ADDRESS;
  pte_t *p = pmap_walk(vs->pt, va, false);
  pte_t pte = p ? pte_load(p) : 0;
  enum fault_result r;
  if (pte_allows(pte, acc)) {
    *spurious = true;
    r = FAULT_OK;
  } else if (pte_valid(pte) && acc == ACC_WRITE && pte_is_cow(pte)) {
    r = cow_break(vs, p, va);
  } else if (!pte_valid(pte) && in_stack(vs, va)) {
    r = zero_fill(vs, va);
    if (!p)
      p = pmap_walk(vs->pt, va, false); /* zero_fill made the tables */
  } else {
    r = FAULT_BAD_ADDRESS;
  }
  *out = p;
  return r;
}

enum fault_result vm_resolve(struct vmspace *vs, uint64 va, enum access acc, pte_t **out) {
  bool spurious;
  return resolve(vs, va, acc, out, &spurious);
}

enum fault_result vm_fault(struct vmspace *vs, uint64 va, enum access acc) {
  pte_t *p;
  bool spurious;
  rw_read_lock(&vs->lock);
  enum fault_result r = resolve(vs, va, acc, &p, &spurious);
  rw_read_unlock(&vs->lock);
  if (spurious) { /* a stale entry of ours: a sibling already resolved it */
    tlb_flush_local(va, va + PGSIZE);
    stat_inc(VM_fault_races);
  }
  return r;
}

void *vm_user_page(struct vmspace *vs, uint64 va, enum access acc, bool *oom) {
  pte_t *p;
  enum fault_result r = vm_resolve(vs, va, acc, &p);
  *oom = r == FAULT_OOM;
  return r == FAULT_OK ? P2V(pte_pa(pte_load(p))) : NULL;
}
