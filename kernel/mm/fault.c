/* The page-fault path: copy-on-write breaks, sole-owner reuse, demand-zero
 * stack pages, and the pinned pages of kernel copies. Runs with vs->lock
 * held for reading, so faults of sibling threads run concurrently and
 * settle every race by PTE compare-and-swap; a COW copy takes its entry
 * out of use (busy) until every hart has dropped the old one. */
#include "mm/fault.h"
#include "mm/page.h"
#include "mm/kalloc.h"
#include "arch/riscv/tlb.h"
#include "arch/riscv/riscv.h"
#include "arch/riscv/cpu.h"
#include "sync/wait.h"
#include "lib/string.h"

/* Resolves a write to the COW page *p maps at va. Break before make
 * (rule 6): no thread may write the copy while any hart can still read the
 * old page through a stale entry, so the entry is out of use (busy) from
 * before the shootdown until the copy is installed.
 *   1. Read the PTE; if it is no longer a valid COW entry, a sibling
 *      resolved it or is resolving it (busy): the access retries.
 *   2. If our mapping holds the only reference (count 1, read with
 *      acquire), make it writable in place by CAS: a reuse, no copy, no
 *      flush: every entry anywhere maps this same page, and a stale
 *      read-only one only costs a spurious fault.
 *   3. Otherwise copy the page into a new one (under the read lock, with
 *      interrupts off). Out of memory is final only if the page is still
 *      shared (others may have let go meanwhile, making it a reuse; a
 *      kernel copy's short-lived pin can still make this an OOM kill that
 *      waiting would have avoided).
 *   4. CAS the PTE from what step 1 read to busy (V clear, page kept). A
 *      lost CAS means a sibling got there first: free our copy, retry.
 *   5. Flush va here and on every other hart running vs, waiting for all
 *      (pmap_invalidate_page; the CAS's fence orders the busy entry before the
 *      read of the active harts, rule 12). From here no hart running vs
 *      holds an entry for the old page, and none can load one: walks find
 *      busy. (Harts that left vs may keep stale entries; they flush all
 *      before they run it again.)
 *   6. Store the writable entry for the copy: a plain store (a busy entry
 *      is only written by its maker), ordered after the CAS by RVWMO's
 *      same-address rule, so after the copy's contents too.
 *   7. Only now drop our reference to the old page (rule 4).
 * With no other hart running vs this is one CAS, one store, no IPI.
 * Returns FAULT_OK (the access retries) or FAULT_OOM. */
static enum fault_result cow_break(struct vmspace *vs, pte_t *p, uint64 va) {
  stat_inc(VM_cow_faults);
  for (;;) {
    pte_t pte = pte_load(p);
    if (!pte_valid(pte) || !pte_is_cow(pte)) {
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
    if (!copy) {
      if (page_ref_count(old_pa) == 1)
        continue;
      return FAULT_OOM;
    }
    memcpy(copy, P2V(old_pa), PGSIZE);
    if (!pte_cas(p, pte, pte_busy(pte))) {
      page_put(copy);
      stat_inc(VM_cow_cas_lost);
      stat_inc(VM_fault_races);
      continue;
    }
    pmap_invalidate_page(&vs->pmap, va);
    pte_store_owned(p, pte_cow_break(pte, V2P(copy)));
    page_put(P2V(old_pa));
    stat_inc(VM_cow_copies);
    return FAULT_OK;
  }
}

/* Maps a zeroed page at va (stack growth). Returns FAULT_OK or FAULT_OOM. */
static enum fault_result zero_fill(struct vmspace *vs, uint64 va) {
  pte_t *p = pmap_walk(&vs->pmap, va, true);
  void *page = p ? page_alloc_zeroed() : NULL;
  if (!page)
    return FAULT_OOM;
  if (!pmap_fill(p, pmap_leaf(V2P(page), PROT_R | PROT_W)))
    page_put(page); /* a sibling thread filled it first */
  else
    stat_inc(VM_zero_fills);
  return FAULT_OK;
}

static bool in_stack(struct vmspace *vs, uint64 va) {
  return va >= vs->stack_low && va < USTACK_TOP;
}

/* One walk, then at most one resolution: each resolver leaves the PTE at
 * p usable for acc, or busy while a racing sibling replaces its page (the
 * access then retries), so no second walk. The exception is a leaf table
 * shared by an ODF fork (the walk finds no table): it is taken first, then
 * walked again; *out is NULL (FAULT_OK: retry) while a sibling takes it.
 * *spurious is set when the PTE already allowed the access, unless this
 * fault just took the table (that flushed this hart's TLB already). */
static enum fault_result resolve(struct vmspace *vs, uint64 va, enum access acc, pte_t **out,
                                 bool *spurious) {
  *spurious = false;
  *out = NULL;
  if (va >= USER_TOP)
    return FAULT_BAD_ADDRESS;
  pte_t *p = pmap_walk(&vs->pmap, va, false);
  int taken = PMAP_NOT_SHARED;
  if (!p) {
    taken = pmap_unshare(&vs->pmap, va);
    if (taken == PMAP_OOM)
      return FAULT_OOM;
    if (taken != PMAP_NOT_SHARED && !(p = pmap_walk(&vs->pmap, va, false))) {
      stat_inc(VM_fault_races); /* a sibling thread is taking the table */
      return FAULT_OK;
    }
  }
  pte_t pte = p ? pte_load(p) : 0;
  enum fault_result r;
  if (pte_allows(pte, acc)) {
    *spurious = taken != PMAP_TAKEN;
    r = FAULT_OK;
  } else if (pte_is_busy(pte)) { /* a sibling is replacing the page: retry */
    stat_inc(VM_fault_races);
    r = FAULT_OK;
  } else if (pte_valid(pte) && acc == ACC_WRITE && pte_is_cow(pte)) {
    r = cow_break(vs, p, va);
  } else if (!pte_valid(pte) && in_stack(vs, va)) {
    r = zero_fill(vs, va);
    if (!p)
      p = pmap_walk(&vs->pmap, va, false); /* zero_fill made the tables */
  } else {
    r = FAULT_BAD_ADDRESS;
  }
  *out = p;
  return r;
}

enum fault_result vm_resolve(struct vmspace *vs, uint64 va, enum access acc, pte_t **out) {
  LOCK_ASSERT(rw_held(&vs->lock) || vs != current_vm()); /* or exec's new space */
  bool spurious;
  return resolve(vs, va, acc, out, &spurious);
}

enum fault_result vm_fault(struct vmspace *vs, uint64 va, enum access acc) {
  pte_t *p;
  bool spurious;
  rw_read_lock(&vs->lock);
  enum fault_result r = resolve(vs, va, acc, &p, &spurious);
  if (spurious) { /* a stale entry of ours: a sibling already resolved it */
    /* With interrupts off: this hart's TLB. All of it: the stale entry
     * may be an invalid non-leaf one (a sibling took a shared table),
     * which sfence.vma with an address leaves in place. */
    tlb_flush_local(0, TLB_FLUSH_EVERYTHING);
    stat_inc(VM_fault_races);
  }
  rw_read_unlock(&vs->lock);
  return r;
}

void *vm_user_page(struct vmspace *vs, uint64 va, enum access acc, bool *oom) {
  for (;;) {
    pte_t *p;
    enum fault_result r = vm_resolve(vs, va, acc, &p);
    *oom = r == FAULT_OOM;
    if (r != FAULT_OK)
      return NULL;
    pte_t pte = p ? pte_load(p) : 0;
    if (!pte_allows(pte, acc)) { /* busy: wait for the sibling's install */
      tlb_poll();
      continue;
    }
    /* Pin (rule 13): a sibling's COW break may replace and release this
     * page mid-copy (in RFENCE mode nothing waits for this hart). */
    uint64 pa = pte_pa(pte);
    if (page_ref_tryget(pa)) {
      if (pte_load(p) == pte)
        return P2V(pa);
      page_put(P2V(pa));
    }
  }
}
