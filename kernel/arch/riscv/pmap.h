/* The machine seam: an address space as Sv39 sees it (struct pmap: its
 * root table and the harts that run it) and everything done to it. The
 * machine-independent memory code (mm/) says what changed (a page, a
 * range, the whole space) and the pmap decides how to flush: this hart,
 * then the other harts running it, in one round. Generic code never sees a
 * PTE bit, satp or sfence.vma; the fault path uses the PTE accessors of
 * pte.h and builds entries with pmap_leaf. */
#ifndef PMAP_H
#define PMAP_H
#include "lib/types.h"
#include "arch/riscv/pte.h"
#include "arch/riscv/tlb.h"

/* The address space one leaf table maps (2 MiB): the unit that on-demand
 * fork shares and unshares. */
#define PMAP_TABLE_SPAN (1UL << PX_SHIFT(1))

/* Protections for pmap_enter and pmap_leaf (user pages). */
#define PROT_R 1
#define PROT_W 2
#define PROT_X 4

struct pmap {
  pagetable_t root; /* set by pmap_create, freed by pmap_destroy */
  /* Harts whose satp holds root (bit = cpu id), so the only harts that
   * can use entries for it. Set and cleared only by the hart itself with
   * AMOs: pmap_activate does amoor, then fence rw,rw before satp and its
   * TLB fills (so a hart changing a PTE either sees the bit, after its
   * own fence in pmap_invalidate_*, or this hart's walks see the new PTE);
   * pmap_deactivate does amoand with release, after satp left the table.
   * A hart that left may keep stale entries, but activation flushes its
   * whole TLB first. */
  uint64 active;
};

extern pte_t kernel_pagetable[PT_ENTRIES];

/* Maps all RAM in the direct map; called once at boot. */
void pmap_init(uint64 mem_base, uint64 mem_size);
/* Gives pm a new root holding only the kernel's mappings; 0, or -1 out of
 * memory. */
int pmap_create(struct pmap *pm);
/* Frees the user half: drops one reference on every mapped page and frees
 * every table page. No thread may run pm again; a hart whose last thread
 * of it has just ended may still be on its way out of satp, and is waited
 * for. */
void pmap_destroy(struct pmap *pm);
/* Returns the level-0 PTE for va, allocating missing tables if alloc
 * (installed by CAS, so concurrent faults may race); NULL if absent or out
 * of memory. (pmap_walk_table is its body, on a root table; inline so the
 * fault path loads the root itself, as before the seam.) */
pte_t *pmap_walk_table(pagetable_t root, uint64 va, bool alloc);
static inline pte_t *pmap_walk(struct pmap *pm, uint64 va, bool alloc) {
  return pmap_walk_table(pm->root, va, alloc);
}
/* The PTE permission bits for prot. */
static inline pte_t pmap_prot_bits(int prot) {
  return (prot & PROT_R ? PTE_R : 0) | (prot & PROT_W ? PTE_W : 0) | (prot & PROT_X ? PTE_X : 0);
}
/* A user leaf for page pa with prot (A and D set, as every leaf here: the
 * walker then never writes a live PTE). */
static inline pte_t pmap_leaf(uint64 pa, int prot) {
  return PA2PTE(pa) | pmap_prot_bits(prot) | PTE_V | PTE_U | PTE_A | PTE_D;
}
/* Maps page pa at va with prot. Returns 0, or -1 if a table page could not
 * be allocated. The slot must be empty. */
int pmap_enter(struct pmap *pm, uint64 va, uint64 pa, int prot);
/* A copy-on-write user leaf for page pa: prot without PROT_W, plus the COW
 * mark, so the first store copies the page, or makes it writable in place
 * once this mapping holds its only reference (fault.c's cow_break), as
 * after a fork. exec maps a writable segment's file pages so. */
static inline pte_t pmap_cow_leaf(uint64 pa, int prot) {
  return pmap_leaf(pa, prot & ~PROT_W) | PTE_COW;
}
/* Maps n pages, which other mappings may share (a file's pages, given by
 * their kernel addresses), at va, va + PGSIZE, ...: read-only with prot
 * when prot has no PROT_W, copy-on-write (pmap_cow_leaf) when it has.
 * Each PTE owns the reference the caller passes in for its page. One walk
 * per leaf table. Only for a space no hart runs yet (exec's loader: plain
 * stores). Returns how many were mapped: n, or fewer when a table
 * page could not be allocated (the rest are the caller's still). The
 * slots must be empty. */
int pmap_enter_shared(struct pmap *pm, uint64 va, void *const *pages, int n, int prot);
/* Fills the empty slot *p with fresh by compare-and-swap, recording it for
 * fork and exit's walks; false if the slot was not empty (a sibling filled
 * it first). Caller holds the space's lock (reading is enough). */
bool pmap_fill(pte_t *p, pte_t fresh);
/* Adds prot to an existing mapping (exec: two segments sharing a page). */
void pmap_add_prot(struct pmap *pm, uint64 va, int prot);

/* Fork copies. COW: every writable or COW page becomes read-only + COW in
 * both tables and gains a reference; read-only pages are shared as they
 * are; then, if any PTE was write-protected, the parent is invalidated
 * everywhere, once (rule 5). Eager: every page is copied into a new
 * private page. Both return 0, or -1 out of memory (child then holds what
 * was done so far, to be freed by pmap_destroy). *cow_protected counts
 * parent PTEs write-protected, *copied pages copied. Caller write-holds
 * the parent's lock. */
int pmap_fork_cow(struct pmap *parent, struct pmap *child, uint64 *cow_protected);
/* threaded: the parent has other threads, whose stores would go on during
 * the copy; its writable pages are then first made read-only + COW and
 * invalidated everywhere (still its own: no reference is taken), so that
 * the copy is a snapshot. */
int pmap_fork_eager(struct pmap *parent, struct pmap *child, bool threaded, uint64 *copied);

/* On-demand fork (ODF): the child shares the parent's leaf tables, each
 * with a count of its sharers (page.h). Both sides' level-1
 * entries for it become invalid and marked shared (PTE_SHARED): no leaf is
 * touched, and fork costs one entry per 2 MiB of mapped space. Then one
 * invalidation round of the parent. The first access below a shared entry
 * faults, and pmap_unshare takes the table: back in place if the other
 * sharers are gone, else copied write-protected (COW). Returns 0 or -1 as
 * the others; *tables_shared counts the child's shared entries. Caller
 * write-holds the parent's lock. */
int pmap_fork_odf(struct pmap *parent, struct pmap *child, uint64 *tables_shared);
/* If pm shares the leaf table covering va (ODF), makes it pm's own:
 * revalidated if pm is its last sharer, else a write-protected copy.
 * Returns PMAP_NOT_SHARED; PMAP_TAKEN (this call took it, and flushed this
 * hart's TLB); PMAP_SIBLING (another thread of pm holds or just held the
 * claim: walk again, and retry while the table is still absent); or
 * PMAP_OOM. Caller holds the space's lock (reading is enough). */
enum { PMAP_OOM = -1, PMAP_NOT_SHARED, PMAP_TAKEN, PMAP_SIBLING };
int pmap_unshare(struct pmap *pm, uint64 va);

/* Unmaps [start, end): takes its PTEs out of use, invalidates the range
 * everywhere (one round, rule 5), and only then drops the pages'
 * references and clears the PTEs (rule 4). A shared leaf table wholly
 * inside is let go; one partly inside is first made private, which can
 * run out of memory: then nothing is unmapped and it returns -1, else 0.
 * Caller write-holds the space's lock. */
int pmap_remove(struct pmap *pm, uint64 start, uint64 end);

/* Flush one page, a range or everything of pm from this hart's TLB and
 * from every other hart running pm, and return when all have done so (one
 * round, whatever the size). Call after the PTE changes: a fence orders
 * them before the read of pm->active (rule 12). Caller has interrupts off
 * (holds the space's lock). */
void pmap_invalidate_range(struct pmap *pm, uint64 start, uint64 end);
static inline void pmap_invalidate_page(struct pmap *pm, uint64 va) {
  pmap_invalidate_range(pm, va, va + PGSIZE);
}
static inline void pmap_invalidate_all(struct pmap *pm) {
  pmap_invalidate_range(pm, 0, TLB_FLUSH_EVERYTHING);
}
/* Only the other harts' part of pmap_invalidate_range (the shootdown
 * benchmark times one round). */
void pmap_shootdown_others(struct pmap *pm, uint64 start, uint64 end);

/* How many ASID bits satp holds on this hart (0 = no ASIDs). */
int pmap_probe_asid_bits(void);
/* Runs pm on this hart: joins pm->active, loads satp, flushes this hart's
 * non-global entries. Caller has interrupts off. */
void pmap_activate(struct pmap *pm);
/* Stops running pm on this hart: satp to the kernel-only table (no flush,
 * see pmap.c), then leaves pm->active. Caller has interrupts off. */
void pmap_deactivate(struct pmap *pm);

#endif
