/* Sv39 page tables: creation, walks, fork copies, unmapping, activation.
 * Root entries 0..255 map user space (per process); 256..511 are the
 * kernel's direct map of physical memory, 1 GiB leaves marked global,
 * copied into every root so a trap never changes satp. */
#include "arch/riscv/pmap.h"
#include "arch/riscv/riscv.h"
#include "mm/kalloc.h"
#include "mm/page.h"
#include "lib/string.h"
#include "lib/printf.h"
#include "arch/riscv/tlb.h"
#include "arch/riscv/atomic.h"
#include "arch/riscv/cpu.h"

#define GIGA (1UL << 30)
#define KERNEL_LEAF (PTE_V | PTE_R | PTE_W | PTE_X | PTE_G | PTE_A | PTE_D)
#define USER_ROOT_ENTRIES (PT_ENTRIES / 2)

/* The boot table: RAM's first GiB at its physical address (entry 2, for
 * the jump to the upper half) and, in the upper half, devices (PA 0-1 GiB)
 * and that same GiB of RAM. pmap_init maps the rest of RAM. */
pte_t kernel_pagetable[PT_ENTRIES] __attribute__((aligned(4096), section(".data.pagetable"))) = {
    [2] = PA2PTE(0x80000000UL) | (KERNEL_LEAF & ~PTE_G),
    [256] = PA2PTE(0x0UL) | KERNEL_LEAF,
    [258] = PA2PTE(0x80000000UL) | KERNEL_LEAF,
};

void pmap_init(uint64 mem_base, uint64 mem_size) {
  for (uint64 pa = mem_base & ~(GIGA - 1); pa < mem_base + mem_size; pa += GIGA)
    kernel_pagetable[PX(2, pa + PHYS_OFFSET)] = PA2PTE(pa) | KERNEL_LEAF;
  sfence_vma_all();
}

int pmap_probe_asid_bits(void) {
  uint64 old = csr_read(satp);
  csr_write(satp, old | (SATP_ASID_MASK << SATP_ASID_SHIFT));
  uint64 asid = (csr_read(satp) >> SATP_ASID_SHIFT) & SATP_ASID_MASK;
  csr_write(satp, old);
  sfence_vma_all();
  int bits = 0;
  while (asid & (1UL << bits))
    bits++;
  return bits;
}

/* Table walks visit only the groups of eight slots that were ever filled.
 * A small process's tables are almost all empty (a 64 KiB one has some 2300
 * slots in its root, two L1 and two L0 tables, and uses about 20), so fork
 * and exit pay for what is mapped, not for every slot. Each table page
 * has a word of one bit per group (page_pt_groups, page.h): set, by an AMO OR
 * (relaxed), whenever an empty slot is filled, by whoever fills it while
 * holding the address space's lock (a fault reading, sbrk writing) or
 * owning a space nobody else sees yet (exec, fork's child); read by walkers
 * that hold the lock for writing (fork) or own a dead space (destroy), so
 * the lock orders every set before the read. Bits are
 * never cleared while the table lives: a set bit means "look here", and a
 * group may be empty again. The page loops' inner eight are unrolled. */
#define GROUP 8

static uint64 *groups_of(pagetable_t t) { return pa_to_pt_groups(V2P(t)); }

/* Records that *slot (in some table) is being filled. Bits are never
 * cleared while the table lives, so a bit already seen set needs no AMO:
 * sbrk and exec fill whole groups, and only the first fill pays. */
static void mark_slot(pte_t *slot) {
  uint64 off = (uint64)slot & (PGSIZE - 1);
  uint64 *groups = groups_of((pagetable_t)((uint64)slot - off));
  uint64 bit = 1UL << (off / (GROUP * sizeof(pte_t)));
  if (!(__atomic_load_n(groups, __ATOMIC_RELAXED) & bit))
    __atomic_fetch_or(groups, bit, __ATOMIC_RELAXED);
}

/* Moves to the next marked group: shifts *m (the groups not yet visited,
 * bit 0 being the group at slot *g) until bit 0 is set, a whole empty byte
 * at a time first (rv64gc has no count-trailing-zeros instruction); false
 * when no group is left. A full table pays a few instructions per group. */
static inline bool next_group(uint64 *m, uint64 *g) {
  if (*m == 0)
    return false;
  for (; !(*m & 0xff); *m >>= 8)
    *g += 8 * GROUP;
  for (; !(*m & 1); *m >>= 1)
    *g += GROUP;
  return true;
}

/* Runs the statement that follows once per group marked in the word
 * groups, with g the group's first slot. */
#define for_each_group(groups, g)                                                                  \
  for (uint64 m_ = (groups), g = 0; next_group(&m_, &g); m_ >>= 1, g += GROUP)

static uint32 *sharers_of(pagetable_t t) { return pa_to_pt_sharers(V2P(t)); }

/* A zeroed table page with no group marked and one sharer, or NULL. */
static pagetable_t table_alloc(void) {
  pagetable_t t = page_alloc_zeroed();
  if (t) { /* not yet visible to any walker or sharer: plain stores */
    *groups_of(t) = 0;
    *sharers_of(t) = 1;
  }
  return t;
}

/* KDEBUG: every slot of a group not marked in t is empty, not even a
 * shared table's invalid entry (a fill that skipped mark_slot would hide
 * pages or tables from fork and exit). */
static void check_groups(pagetable_t t, int nslots) {
  if (!KDEBUG)
    return;
  uint64 m = *groups_of(t);
  for (int k = 0; k < nslots; k++)
    if (!(m & (1UL << (k / GROUP))) && pte_load(&t[k]) != 0)
      panic("pmap: table %p slot %d filled but its group not marked", (void *)V2P(t), k);
}

int pmap_create(struct pmap *pm) {
  pagetable_t pt = table_alloc();
  if (!pt)
    return -1;
  memcpy(&pt[USER_ROOT_ENTRIES], &kernel_pagetable[USER_ROOT_ENTRIES],
         USER_ROOT_ENTRIES * sizeof(pte_t));
  pm->root = pt;
  pm->active = 0;
  return 0;
}

static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }

static int unshare_slot(pte_t *slot);

/* Returns the table that entry *slot points to, creating it if absent (or
 * taking it, if shared). */
static pagetable_t next_table(pte_t *slot, bool alloc) {
  pte_t pte = pte_load(slot);
  if (pte & PTE_V)
    return table_of(pte);
  if (!alloc)
    return NULL;
  if (pte != 0) { /* a shared leaf table (only level-1 entries): make it ours */
    if (unshare_slot(slot) == PMAP_OOM)
      return NULL;
    pte = pte_load(slot);
    /* Claimed by a sibling cannot happen here: alloc walks under the read
     * lock (zero_fill) follow resolve's own pmap_unshare, and the others
     * hold the write lock or a space no thread runs. */
    KASSERT(pte & PTE_V);
    return (pte & PTE_V) ? table_of(pte) : NULL;
  }
  pagetable_t page = table_alloc();
  if (!page)
    return NULL;
  pte_t fresh = PA2PTE(V2P(page)) | PTE_V;
  if (pte_cas(slot, pte, fresh)) {
    mark_slot(slot);
    return page;
  }
  page_put(page); /* another hart installed one first */
  return table_of(pte_load(slot));
}

pte_t *pmap_walk_table(pagetable_t pt, uint64 va, bool alloc) {
  KASSERT(va < USER_TOP);
  if (!alloc) { /* the fault path's walk: two loads, no calls */
    pte_t e2 = pte_load(&pt[PX(2, va)]);
    if (!(e2 & PTE_V))
      return NULL;
    pte_t e1 = pte_load(&table_of(e2)[PX(1, va)]);
    return (e1 & PTE_V) ? &table_of(e1)[PX(0, va)] : NULL;
  }
  pagetable_t l1 = next_table(&pt[PX(2, va)], alloc);
  if (!l1)
    return NULL;
  pagetable_t l0 = next_table(&l1[PX(1, va)], alloc);
  if (!l0)
    return NULL;
  return &l0[PX(0, va)];
}

int pmap_enter(struct pmap *pm, uint64 va, uint64 pa, int prot) {
  pte_t *p = pmap_walk(pm, va, true);
  if (!p)
    return -1;
  if (!pmap_fill(p, pmap_leaf(pa, prot)))
    panic("pmap_enter: %p already mapped", (void *)va);
  return 0;
}

/* exec's loop over a program's pages: the space is new and no hart runs
 * it, so each slot gets a plain store, and a group is marked (mark_slot)
 * at its first slot only. */
int pmap_enter_shared(struct pmap *pm, uint64 va, void *const *pages, int n, int prot) {
  pte_t flags = prot & PROT_W ? pmap_cow_leaf(0, prot) : pmap_leaf(0, prot);
  pte_t *p = NULL;
  for (int i = 0; i < n; i++, va += PGSIZE, p++) {
    if (!p || PX(0, va) == 0) { /* the first page, or a new leaf table */
      p = pmap_walk(pm, va, true);
      if (!p)
        return i;
    }
    if (pte_load(p) != 0)
      panic("pmap_enter_shared: %p already mapped", (void *)va);
    pte_store_owned(p, PA2PTE(V2P(pages[i])) | flags);
    if (i == 0 || PX(0, va) % GROUP == 0)
      mark_slot(p);
  }
  return n;
}

bool pmap_fill(pte_t *p, pte_t fresh) {
  if (!pte_cas(p, 0, fresh))
    return false;
  mark_slot(p);
  return true;
}

void pmap_add_prot(struct pmap *pm, uint64 va, int prot) {
  pte_t *p = pmap_walk(pm, va, false);
  KASSERT(p && pte_valid(*p));
  __atomic_fetch_or(p, pmap_prot_bits(prot), __ATOMIC_RELAXED);
}

/* Drops the reference of every page one leaf table maps (page.h's
 * page_ref_put_desc over the page array read into locals, as in
 * share_leaves), for exit and exec. */
static void release_leaves(pte_t *l0) {
  struct page *pages = page_array;
  uint64 first = page_first_pfn, n = page_npages;
  check_groups(l0, PT_ENTRIES);
  for_each_group(*groups_of(l0), g) {
#pragma GCC unroll 8
    for (int j = 0; j < GROUP; j++) {
      uint64 k = g + j;
      pte_t pte = l0[k];
      if (!(pte & PTE_V))
        continue;
      uint64 i = (pte >> PTE_PPN_SHIFT) - first;
      if (i >= n)
        page_bad_pa(PTE2PA(pte));
      if (page_ref_put_desc(&pages[i]))
        page_release(P2V(PTE2PA(pte)));
    }
  }
}

/* Drops one sharer of leaf table t (a private one has just one, page.h's
 * page_pt_sharers); the last also drops the references of every page t
 * maps and puts the table page. The put's release orders this side's use
 * of t (an unsharer's protection of its leaves) before whoever frees or
 * revalidates it; the last put's acquire orders every other sharer's use
 * before the release. */
__attribute__((noinline)) static void table_free(pagetable_t t) {
  release_leaves(t);
  page_put(t);
}
static inline void table_put(pagetable_t t) {
  if (refcount_put(sharers_of(t)))
    table_free(t); /* out of line: a fork's child puts every table, rarely the last */
}

/* Whether level-1 entry e holds a leaf table: its own (valid) or one it
 * shares (ODF). */
static bool holds_table(pte_t e) { return (e & PTE_V) || pte_is_shared(e); }

/* Frees the L0 tables under one L1 table, with their pages' references. */
static void destroy_l1(pagetable_t l1) {
  check_groups(l1, PT_ENTRIES);
  for_each_group(*groups_of(l1), g) {
    for (uint64 j = g; j < g + GROUP; j++) {
      KASSERT(!pte_is_busy(l1[j])); /* claims end before the read lock is dropped */
      if (holds_table(l1[j]))
        table_put(table_of(l1[j]));
    }
  }
  page_put(l1);
}

void pmap_destroy(struct pmap *pm) {
  while (__atomic_load_n(&pm->active, __ATOMIC_ACQUIRE) != 0) {
    push_off(); /* tlb_poll serves this hart's mailbox: no migrating */
    tlb_poll();
    pop_off();
  }
  pagetable_t pt = pm->root;
  check_groups(pt, USER_ROOT_ENTRIES);
  for_each_group(*groups_of(pt), g) {
    for (uint64 i = g; i < g + GROUP; i++)
      if (pt[i] & PTE_V)
        destroy_l1(table_of(pt[i]));
  }
  page_put(pt);
}

/* Makes (or finds) the child's table mirroring parent slot i. */
static pagetable_t child_table(pagetable_t child, int i) {
  if (child[i] & PTE_V)
    return table_of(child[i]);
  pagetable_t t = table_alloc();
  if (t) {
    child[i] = PA2PTE(V2P(t)) | PTE_V; /* the child is not live: plain store */
    mark_slot(&child[i]);
  }
  return t;
}

/* Shares one leaf table copy-on-write; returns PTEs write-protected. The
 * fork hot loop: the page array is read into locals once (the AMOs would
 * otherwise make the compiler reload it for every page). exclusive: no
 * other hart changes the source's PTEs but to this same value, so a plain
 * store replaces the LR/SC loop. That holds when no other hart runs the
 * parent (our leaves already have A and D set, so even the walker writes
 * nothing), and always for a shared table being unshared (reached by no
 * valid entry, so used by no walker, and every sharer unsharing it at once
 * stores the same read-only + COW value). */
static int64 share_leaves(pte_t *parent, pte_t *child, bool exclusive) {
  struct page *pages = page_array;
  uint64 first = page_first_pfn, n = page_npages, protected = 0;
  uint64 groups = *groups_of(parent);
  *groups_of(child) = groups; /* the child's slots: the parent's valid ones */
  for_each_group(groups, g) {
#pragma GCC unroll 8
    for (int j = 0; j < GROUP; j++) {
      uint64 k = g + j;
      pte_t pte = pte_load(&parent[k]);
      if (!(pte & PTE_V))
        continue;
      if (pte & PTE_W) {
        pte_t ro = (pte & ~PTE_W) | PTE_COW;
        if (exclusive)
          pte_store_owned(&parent[k], ro);
        else
          while (!pte_cas(&parent[k], pte, ro)) {
            pte = pte_load(&parent[k]);
            ro = (pte & ~PTE_W) | PTE_COW;
          }
        pte = ro;
        protected++;
      }
      uint64 i = (pte >> PTE_PPN_SHIFT) - first;
      if (i >= n)
        page_bad_pa(PTE2PA(pte));
      page_ref_get_desc(&pages[i]);
      child[k] = pte;
    }
  }
  return protected;
}

/* What fork_tables does with each pair of L1 tables, and its tallies. */
struct fork_walk {
  int (*l1)(pagetable_t l1p, pagetable_t l1c, struct fork_walk *w);
  int64 (*leaf)(pte_t *, pte_t *, bool); /* COW and eager: per leaf table */
  bool exclusive;                        /* no other hart runs the parent */
  bool changed;                          /* ODF: a parent entry was made shared */
  uint64 total;                          /* what the leaf calls (or ODF) counted */
};

/* COW and eager, one L1 table: the child's own L0 tables, filled by
 * w->leaf from the parent's (its own, or one it shares: a COW child then
 * gets a private table from a shared one, and the parent keeps sharing). */
static int fork_l1(pagetable_t l1p, pagetable_t l1c, struct fork_walk *w) {
  for_each_group(*groups_of(l1p), g) {
    for (uint64 j = g; j < g + GROUP; j++) {
      if (!holds_table(l1p[j]))
        continue;
      pagetable_t l0c = child_table(l1c, j);
      if (!l0c)
        return -1;
      int64 n = w->leaf(table_of(l1p[j]), l0c, w->exclusive);
      if (n < 0)
        return -1;
      w->total += n;
    }
  }
  return 0;
}

/* ODF, one L1 table: the parent's leaf tables become shared, each gaining
 * a reference for the child's entry; the parent's entries turn invalid
 * (plain stores: the write lock excludes claims, and walkers never write
 * a non-leaf entry). A table already shared (the parent is itself an ODF
 * child that has not touched it) just gains the child's reference. No
 * leaf is read or written. */
static int share_l1(pagetable_t l1p, pagetable_t l1c, struct fork_walk *w) {
  uint64 groups = *groups_of(l1p);
  *groups_of(l1c) = groups;
  for_each_group(groups, g) {
    for (uint64 j = g; j < g + GROUP; j++) {
      pte_t e = l1p[j];
      if (e & PTE_V) {
        e = PA2PTE(PTE2PA(e)) | PTE_SHARED;
        pte_store_owned(&l1p[j], e);
        w->changed = true;
      } else if (!pte_is_shared(e)) {
        continue;
      }
      refcount_get(sharers_of(table_of(e))); /* relaxed: the parent's entry holds one */
      l1c[j] = e;
      w->total++;
    }
  }
  return 0;
}

/* Walks the parent's root, building the child's, and hands each pair of
 * L1 tables to w->l1 (leaf work stays off this loop). Returns 0, or -1
 * out of memory. */
static int fork_tables(pagetable_t parent, pagetable_t child, struct fork_walk *w) {
  for_each_group(*groups_of(parent), g) {
    for (uint64 i = g; i < g + GROUP; i++) {
      if (!(parent[i] & PTE_V))
        continue;
      pagetable_t l1c = child_table(child, i);
      if (!l1c || w->l1(table_of(parent[i]), l1c, w) < 0)
        return -1;
    }
  }
  return 0;
}

/* The others in pm->active, read after a fence that orders this hart's
 * PTE stores before it (rule 12; vm's activation has the mirror fence). */
static uint64 other_harts(struct pmap *pm) {
  fence_rw_rw();
  return __atomic_load_n(&pm->active, __ATOMIC_RELAXED) & ~(1UL << mycpu()->id);
}

int pmap_fork_cow(struct pmap *parent, struct pmap *child, uint64 *cow_protected) {
  /* A first look, before any store: if no other hart runs the parent,
   * its PTEs are written with plain stores (safe in any case: the caller
   * write-holds the space's lock, so no fault changes them, and leaves
   * have A and D set, so no walker does; a hart that starts running the
   * parent meanwhile is caught by pmap_invalidate_all's fence and re-read
   * of the active harts). */
  struct fork_walk w = {
      .l1 = fork_l1,
      .leaf = share_leaves,
      .exclusive =
          (__atomic_load_n(&parent->active, __ATOMIC_RELAXED) & ~(1UL << mycpu()->id)) == 0,
  };
  int r = fork_tables(parent->root, child->root, &w);
  *cow_protected = w.total;
  if (w.total > 0) /* rule 5: no writable entry for a now-shared page survives */
    pmap_invalidate_all(parent);
  return r;
}

/* Copies one leaf table's pages (exclusive is unused: the parent's PTEs
 * are only read). Returns pages copied, or -1. */
static int64 copy_leaves(pte_t *parent, pte_t *child, bool exclusive) {
  int64 copied = 0;
  uint64 groups = *groups_of(parent);
  *groups_of(child) = groups;
  for_each_group(groups, g) {
    for (int j = 0; j < GROUP; j++) {
      uint64 k = g + j;
      pte_t pte = pte_load(&parent[k]);
      if (!(pte & PTE_V))
        continue;
      void *page = page_alloc();
      if (!page)
        return -1;
      memcpy(page, P2V(PTE2PA(pte)), PGSIZE);
      pte_t flags = PTE_FLAGS(pte) | PTE_A | PTE_D;
      if (flags & PTE_COW)
        flags = (flags & ~PTE_COW) | PTE_W; /* the copy is private */
      child[k] = PA2PTE(V2P(page)) | flags;
      copied++;
    }
  }
  return copied;
}

/* Eager fork's first pass for a parent with other threads. They go on
 * storing through writable entries while its pages are copied, so the
 * child would get each page as it was at a different moment. Each
 * writable leaf therefore becomes read-only + COW first, by CAS as in
 * share_leaves, but with no reference taken: the parent stays the sole
 * owner, and its next store is a reuse fault, no copy. The child's tables
 * are made on the way, and copy_leaves then fills them. Returns PTEs
 * protected. */
static int64 protect_leaves(pte_t *parent, pte_t *child, bool exclusive) {
  (void)child;
  (void)exclusive;
  int64 n = 0;
  for_each_group(*groups_of(parent), g) {
    for (int j = 0; j < GROUP; j++) {
      pte_t *p = &parent[g + j];
      for (pte_t pte = pte_load(p); (pte & (PTE_V | PTE_W)) == (PTE_V | PTE_W); pte = pte_load(p))
        if (pte_cas(p, pte, (pte & ~PTE_W) | PTE_COW)) {
          n++;
          break;
        }
    }
  }
  return n;
}

int pmap_fork_eager(struct pmap *parent, struct pmap *child, bool threaded, uint64 *copied) {
  if (threaded) { /* stop the siblings' stores: then the copy is one instant's */
    struct fork_walk p = {.l1 = fork_l1, .leaf = protect_leaves};
    int r = fork_tables(parent->root, child->root, &p);
    if (p.total > 0) /* rule 5, even if memory ran out midway */
      pmap_invalidate_all(parent);
    if (r < 0)
      return -1;
  }
  struct fork_walk w = {.l1 = fork_l1, .leaf = copy_leaves};
  int r = fork_tables(parent->root, child->root, &w);
  *copied = w.total;
  return r;
}

/* On-demand fork: O(leaf tables), not O(pages). Then one round, so that
 * no hart keeps an entry (leaf or not) reached through the parent's
 * now-invalid L1 entries: from here on, a shared table's leaves are used
 * by no TLB and no walker, until one side takes the table (pmap_unshare).
 * The round also runs when memory ran out midway: the entries already
 * made shared stay so (the child's references go with pmap_destroy). */
int pmap_fork_odf(struct pmap *parent, struct pmap *child, uint64 *tables_shared) {
  struct fork_walk w = {.l1 = share_l1};
  int r = fork_tables(parent->root, child->root, &w);
  *tables_shared = w.total;
  if (w.changed)
    pmap_invalidate_all(parent);
  return r;
}

/* Makes the claimed entry *slot, which shared table e, valid again. If the
 * table's sharer count is 1 (acquire: every other sharer's put, so its last use
 * and any protection of the leaves, came before), no one else holds it:
 * revalidate it, O(1). Otherwise unshare: copy it write-protected (the
 * per-page work of a COW fork, done once per table actually used), publish
 * the copy (release: its entries before the entry that reaches them), and
 * only then put the shared table (release: the protection of its leaves
 * and the page references come before a sharer that then finds count 1
 * revalidates it). Returns 0, or -1 out of memory (the claim is given back
 * unless the others left meanwhile). */
static int take_table(pte_t *slot, pte_t e) {
  pagetable_t t = table_of(e), copy = NULL;
  uint32 *sharers = sharers_of(t);
  if (refcount_read(sharers) > 1 && !(copy = table_alloc()) && refcount_read(sharers) > 1) {
    pte_store_owned(slot, e);
    return -1;
  }
  if (!copy) {
    pte_store_owned(slot, PA2PTE(V2P(t)) | PTE_V);
    stat_inc(VM_odf_revalidations);
    return 0;
  }
  share_leaves(t, copy, true);
  fence_release();
  pte_store_owned(slot, PA2PTE(V2P(copy)) | PTE_V);
  table_put(t);
  stat_inc(VM_odf_unshares);
  return 0;
}

/* If level-1 entry *slot shares its table, claims it by CAS (so one thread
 * of the space takes it; the others find it busy and retry) and takes it
 * (take_table). Then a full flush of this hart's TLB: sfence.vma with an
 * address orders and flushes only leaf entries, and a hart may keep an
 * invalid non-leaf entry. Returns pmap_unshare's PMAP_* results. A valid
 * entry is a sibling's work too: the caller's walk found none, so another
 * thread took the table since (its walk must run again, or a mapped page
 * would look absent). */
static int unshare_slot(pte_t *slot) {
  pte_t e = pte_load(slot);
  if (!pte_is_shared(e))
    return pte_is_busy(e) || pte_valid(e) ? PMAP_SIBLING : PMAP_NOT_SHARED;
  if (!pte_cas(slot, e, pte_busy(e)))
    return PMAP_SIBLING;
  if (take_table(slot, e) < 0)
    return PMAP_OOM;
  tlb_flush_local(0, TLB_FLUSH_EVERYTHING);
  return PMAP_TAKEN;
}

/* The level-1 entry for va, or NULL if it has no L1 table. */
static pte_t *l1_slot(pagetable_t root, uint64 va) {
  pte_t e2 = pte_load(&root[PX(2, va)]);
  return (e2 & PTE_V) ? &table_of(e2)[PX(1, va)] : NULL;
}

int pmap_unshare(struct pmap *pm, uint64 va) {
  pte_t *slot = l1_slot(pm->root, va);
  return slot ? unshare_slot(slot) : PMAP_NOT_SHARED;
}

/* Shared leaf tables first (ODF): one wholly inside [start, end) is let
 * go (its entry cleared: an invalid entry becoming empty needs no flush);
 * one partly inside is made private, so that only its part is unmapped.
 * The partial ones go first, so running out of memory unmaps nothing. */
static int unshare_range(struct pmap *pm, uint64 start, uint64 end) {
  for (int pass = 0; pass < 2; pass++) {
    for (uint64 r = start & ~(PMAP_TABLE_SPAN - 1); r < end; r += PMAP_TABLE_SPAN) {
      pte_t *slot = l1_slot(pm->root, r);
      pte_t e = slot ? pte_load(slot) : 0;
      if (!pte_is_shared(e))
        continue;
      bool whole = r >= start && r + PMAP_TABLE_SPAN <= end;
      if (pass == 0 && !whole && unshare_slot(slot) == PMAP_OOM)
        return -1;
      if (pass == 1 && whole) {
        pte_store_owned(slot, 0);
        table_put(table_of(e));
      }
    }
  }
  return 0;
}

/* Two passes under the space's write lock, one flush round between them
 * (rules 4 and 6): first every mapped entry of the range is taken out of
 * use (busy: V clear, page kept, so no walk can load it again), then the
 * range is flushed everywhere, then each page's reference is dropped and
 * its entry cleared. Plain stores: faults are excluded and leaves have A
 * and D set, so no walker writes them either. */
int pmap_remove(struct pmap *pm, uint64 start, uint64 end) {
  if (start >= end) /* (a shrink within the break's last page) */
    return 0;
  if (unshare_range(pm, start, end) < 0)
    return -1;
  bool any = false;
  for (uint64 va = start; va < end; va += PGSIZE) {
    pte_t *p = pmap_walk(pm, va, false);
    pte_t pte = p ? pte_load(p) : 0;
    if (pte_valid(pte)) {
      pte_store_owned(p, pte_busy(pte));
      any = true;
    }
  }
  if (!any)
    return 0;
  pmap_invalidate_range(pm, start, end);
  for (uint64 va = start; va < end; va += PGSIZE) {
    pte_t *p = pmap_walk(pm, va, false);
    pte_t pte = p ? pte_load(p) : 0;
    if (pte_is_busy(pte)) {
      pte_store_owned(p, 0);
      page_put(P2V(pte_pa(pte)));
    }
  }
  return 0;
}

void pmap_invalidate_range(struct pmap *pm, uint64 start, uint64 end) {
  tlb_flush_local(start, end);
  uint64 others = other_harts(pm);
  if (others)
    tlb_shootdown(others, start, end);
}

void pmap_shootdown_others(struct pmap *pm, uint64 start, uint64 end) {
  uint64 others = other_harts(pm);
  if (others)
    tlb_shootdown(others, start, end);
}

/* The mirror of other_harts' fence: our bit is visible before any walk of
 * ours reads a PTE (satp and the flush come after the fence), so a hart
 * changing a PTE either sees our bit or we see its new PTE (rule 12). */
void pmap_activate(struct pmap *pm) {
  __atomic_fetch_or(&pm->active, 1UL << mycpu()->id, __ATOMIC_RELAXED);
  fence_rw_rw();
  csr_write(satp, SATP_MODE_SV39 | (V2P(pm->root) >> PGSHIFT));
  sfence_vma_asid(0);
  stat_inc(VM_tlb_flush_all);
}

/* No flush: while satp holds the kernel table this hart makes no user
 * access, so stale user entries are harmless until the next
 * pmap_activate, which flushes them. Release: this hart's user accesses
 * come before it leaves pm->active. */
void pmap_deactivate(struct pmap *pm) {
  csr_write(satp, SATP_MODE_SV39 | (V2P(kernel_pagetable) >> PGSHIFT));
  __atomic_fetch_and(&pm->active, ~(1UL << mycpu()->id), __ATOMIC_RELEASE);
}
