/* Address spaces: creation, exec's segments, sbrk, fork, activation
 * (see vm.h for the locking protocol). */
#include "mm/vm.h"
#include "mm/fault.h"
#include "mm/kalloc.h"
#include "mm/page.h"
#include "arch/riscv/cpu.h"
#include "arch/riscv/tlb.h"
#include "lib/string.h"
#include "lib/printf.h"
#include "param.h"
#include "uapi/syscall.h"

/* FORK_EAGER, FORK_COW or FORK_ODF; relaxed: each fork reads it once, no
 * ordering. */
static int fork_mode = FORK_COW;

int vm_fork_mode(void) { return __atomic_load_n(&fork_mode, __ATOMIC_RELAXED); }

int vm_set_fork_mode(int mode) { return __atomic_exchange_n(&fork_mode, mode, __ATOMIC_RELAXED); }

struct vmspace *vm_create(void) {
  struct vmspace *vs = page_alloc_zeroed();
  if (!vs)
    return NULL;
  _Static_assert(sizeof(struct vmspace) <= PGSIZE, "vmspace fits a page");
  if (pmap_create(&vs->pmap) < 0) {
    page_put(vs);
    return NULL;
  }
  rw_init(&vs->lock, "vmspace");
  vs->stack_low = USTACK_TOP - USTACK_LIMIT;
  return vs;
}

/* Caller guarantees no thread will run vs again (pmap_destroy waits for a
 * hart still on its way out). */
void vm_destroy(struct vmspace *vs) {
  pmap_destroy(&vs->pmap);
  page_put(vs);
}

/* The heap may grow up to one guard page below the stack's limit. */
static uint64 heap_limit(struct vmspace *vs) { return vs->stack_low - PGSIZE; }

int vm_add_segment(struct vmspace *vs, uint64 va, uint64 len, int prot, uint64 hole,
                   uint64 hole_end) {
  uint64 end = va + len;
  if (len == 0)
    return 0;
  if (end < va || end > heap_limit(vs) || vs->nseg == VM_MAX_SEGS)
    return -1;
  for (int i = 0; i < vs->nseg; i++)
    if (va < vs->seg[i].end && vs->seg[i].start < end)
      return -1;
  vs->seg[vs->nseg++] = (struct vm_seg){va, end, prot};
  KASSERT(hole % PGSIZE == 0 && hole_end % PGSIZE == 0 && hole <= hole_end);
  KASSERT(hole == hole_end || (hole >= va && hole_end <= end));
  for (uint64 a = PGROUNDDOWN(va); a < end; a += PGSIZE) {
    if (a >= hole && a < hole_end) { /* vm_map_file_pages fills it */
      a = hole_end - PGSIZE;
      continue;
    }
    pte_t *p = pmap_walk(&vs->pmap, a, false);
    if (p && pte_valid(*p)) { /* shares a page with an earlier segment */
      pmap_add_prot(&vs->pmap, a, prot);
      continue;
    }
    void *page = page_alloc_zeroed();
    if (!page)
      return -1;
    if (pmap_enter(&vs->pmap, a, V2P(page), prot) < 0) {
      page_put(page);
      return -1;
    }
  }
  /* The heap starts on a leaf table of its own, so that after an ODF
   * fork the first access to the program's text or data (every process's
   * next instruction) takes a table of a few pages, not one full of
   * heap. */
  uint64 heap = (end + PMAP_TABLE_SPAN - 1) & ~(PMAP_TABLE_SPAN - 1);
  if (heap > vs->heap_start)
    vs->heap_start = vs->brk = heap;
  return 0;
}

int vm_map_file_pages(struct vmspace *vs, uint64 va, void *const *pages, int n, int prot) {
  int done = pmap_enter_shared(&vs->pmap, va, pages, n, prot);
  stat_add(VM_exec_mapped_pages, done);
  for (int i = done; i < n; i++)
    page_put(pages[i]);
  return done == n ? 0 : -1;
}

int vm_page_info(struct vmspace *vs, uint64 va, uint64 *pfn, uint64 *refs, int *prot, bool *cow) {
  int r = -1;
  rw_read_lock(&vs->lock);
  pte_t *p = va < USER_TOP ? pmap_walk(&vs->pmap, va, false) : NULL;
  while (!p && va < USER_TOP && pmap_unshare(&vs->pmap, va) > PMAP_NOT_SHARED) {
    tlb_poll(); /* while a sibling thread holds the claim */
    p = pmap_walk(&vs->pmap, va, false);
  }
  pte_t pte = p ? pte_load(p) : 0;
  if (pte_valid(pte)) {
    *pfn = pte_pa(pte) >> PGSHIFT;
    *refs = page_ref_count(pte_pa(pte));
    *prot = (pte_allows(pte, ACC_READ) ? PROT_R : 0) | (pte_allows(pte, ACC_WRITE) ? PROT_W : 0) |
            (pte_allows(pte, ACC_EXEC) ? PROT_X : 0);
    *cow = pte_is_cow(pte);
    r = 0;
  }
  rw_read_unlock(&vs->lock);
  return r;
}

void *vm_kaddr(struct vmspace *vs, uint64 va) {
  pte_t *p = va < USER_TOP ? pmap_walk(&vs->pmap, va, false) : NULL;
  pte_t pte = p ? pte_load(p) : 0;
  return pte_valid(pte) ? (char *)P2V(pte_pa(pte)) + (va & (PGSIZE - 1)) : NULL;
}

int vm_write(struct vmspace *vs, uint64 va, const void *src, uint64 n) {
  while (n > 0) {
    pte_t *p = va < USER_TOP ? pmap_walk(&vs->pmap, va, false) : NULL;
    pte_t pte = p ? pte_load(p) : 0;
    if (!pte_valid(pte)) {
      /* Only the stack may be absent; grow it as a write would. */
      if (vm_resolve(vs, va, ACC_WRITE, &p) != FAULT_OK)
        return -1;
      pte = pte_load(p);
    }
    uint64 off = va & (PGSIZE - 1), chunk = PGSIZE - off < n ? PGSIZE - off : n;
    memcpy((char *)P2V(pte_pa(pte)) + off, src, chunk);
    va += chunk;
    src = (const char *)src + chunk;
    n -= chunk;
  }
  return 0;
}

/* Zero-fills [from, to) inside the break's last page, breaking COW as a
 * user store would. Returns 0 or -1 (no memory). Caller write-holds. */
static int zero_tail(struct vmspace *vs, uint64 from, uint64 to) {
  if (from >= to)
    return 0;
  pte_t *p;
  if (vm_resolve(vs, from, ACC_WRITE, &p) != FAULT_OK)
    return -1;
  KASSERT(pte_allows(pte_load(p), ACC_WRITE)); /* write-held: never busy */
  memset((char *)P2V(pte_pa(pte_load(p))) + (from & (PGSIZE - 1)), 0, to - from);
  return 0;
}

static int64 heap_grow(struct vmspace *vs, uint64 old, uint64 new) {
  uint64 tail_end = PGROUNDUP(old) < new ? PGROUNDUP(old) : new;
  if (zero_tail(vs, old, tail_end) < 0)
    return -1;
  for (uint64 a = PGROUNDUP(old); a < new; a += PGSIZE) {
    void *page = page_alloc_zeroed();
    if (!page || pmap_enter(&vs->pmap, a, V2P(page), PROT_R | PROT_W) < 0) {
      if (page)
        page_put(page);
      /* Cannot fail: pmap_enter made the range's tables private. */
      pmap_remove(&vs->pmap, PGROUNDUP(old), a);
      return -1;
    }
  }
  return 0;
}

int64 vm_sbrk(struct vmspace *vs, int64 n) {
  rw_write_lock(&vs->lock);
  uint64 old = vs->brk, new = old + n;
  int64 r = old;
  if ((n > 0 && (new < old || new > heap_limit(vs))) ||
      (n < 0 && (new > old || new < vs->heap_start)))
    r = -1;
  else if (n > 0 && heap_grow(vs, old, new) < 0)
    r = -1;
  else if (n < 0 && pmap_remove(&vs->pmap, PGROUNDUP(new), PGROUNDUP(old)) < 0)
    r = -1; /* a shared leaf table could not be made private */
  if (r != -1)
    vs->brk = new;
  rw_write_unlock(&vs->lock);
  return r;
}

struct vmspace *vm_fork(struct vmspace *vs, int mode, const int *nthreads) {
  struct vmspace *child = vm_create();
  if (!child)
    return NULL;
  rw_write_lock(&vs->lock);
  memcpy(child->seg, vs->seg, sizeof(vs->seg));
  child->nseg = vs->nseg;
  child->heap_start = vs->heap_start;
  child->brk = vs->brk;
  child->stack_low = vs->stack_low;
  uint64 n = 0;
  int r;
  if (mode == FORK_COW) {
    r = pmap_fork_cow(&vs->pmap, &child->pmap, &n);
  } else if (mode == FORK_ODF) {
    r = pmap_fork_odf(&vs->pmap, &child->pmap, &n);
    stat_add(VM_odf_tables_shared, n);
  } else {
    /* Relaxed, under the write lock: see vm.h. */
    bool threaded = __atomic_load_n(nthreads, __ATOMIC_RELAXED) > 1;
    r = pmap_fork_eager(&vs->pmap, &child->pmap, threaded, &n);
    stat_add(VM_eager_copied_pages, n);
  }
  rw_write_unlock(&vs->lock);
  if (r < 0) {
    vm_destroy(child);
    return NULL;
  }
  return child;
}

void vm_activate(struct vmspace *vs) { pmap_activate(&vs->pmap); }

void vm_deactivate(struct vmspace *vs) { pmap_deactivate(&vs->pmap); }
