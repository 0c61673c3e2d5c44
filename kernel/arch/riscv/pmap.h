/* Page tables: the narrow interface between the machine-independent memory
 * code (mm/) and Sv39. Generic code never writes satp or runs sfence.vma;
 * the fault path uses the PTE operations of pte.h. */
#ifndef PMAP_H
#define PMAP_H
#include "lib/types.h"
#include "arch/riscv/pte.h"

/* Protections for pmap_enter (user pages). */
#define PROT_R 1
#define PROT_W 2
#define PROT_X 4

extern pte_t kernel_pagetable[PT_ENTRIES];

/* Maps all RAM in the direct map; called once at boot. */
void pmap_init(uint64 mem_base, uint64 mem_size);
/* A new page table holding only the kernel's mappings, or NULL. */
pagetable_t pmap_create(void);
/* Frees the user half: drops one reference on every mapped page and frees
 * every table page. The table must be active on no hart. */
void pmap_destroy(pagetable_t pt);
/* Returns the level-0 PTE for va, allocating missing tables if alloc
 * (installed by CAS, so concurrent faults may race); NULL if absent or out
 * of memory. */
pte_t *pmap_walk(pagetable_t pt, uint64 va, bool alloc);
/* Maps page pa at va with prot (user, A and D set). Returns 0, or -1 if a
 * table page could not be allocated. The slot must be empty. */
int pmap_enter(pagetable_t pt, uint64 va, uint64 pa, int prot);
/* Fills the empty slot *p with fresh by compare-and-swap, recording it for
 * fork and exit's walks; false if the slot was not empty (a sibling filled
 * it first). Caller holds the space's lock (reading is enough). */
bool pmap_fill(pte_t *p, pte_t fresh);
/* Adds prot to an existing mapping (exec: two segments sharing a page). */
void pmap_add_prot(pagetable_t pt, uint64 va, int prot);

/* Fork copies. COW: every writable or COW page becomes read-only + COW in
 * both tables and gains a reference; read-only pages are shared as they
 * are. Eager: every page is copied into a new private page. Both return 0,
 * or -1 out of memory (child then holds what was done so far, to be freed
 * by pmap_destroy). cow_protected counts parent PTEs write-protected.
 * exclusive: no other hart ran the parent when fork looked; then its PTEs
 * are written with plain stores (safe in any case: the caller write-holds
 * the space's lock, so no fault changes them, and leaves have A and D set,
 * so no walker does; a hart that starts running the parent meanwhile is
 * caught by vm_invalidate's fence and re-read of the active harts). */
int pmap_fork_cow(pagetable_t parent, pagetable_t child, bool exclusive, uint64 *cow_protected);
int pmap_fork_eager(pagetable_t parent, pagetable_t child, uint64 *copied);

/* Unmaps [start, end): takes its PTEs out of use, calls flush(arg, start,
 * end) once to flush every TLB that may hold them (this hart's and the
 * others'), and only then drops the pages' references and clears the PTEs
 * (rule 4; one flush round per range, rule 5). Caller write-holds the
 * space's lock. */
typedef void (*flush_fn)(void *arg, uint64 start, uint64 end);
void pmap_remove(pagetable_t pt, uint64 start, uint64 end, flush_fn flush, void *arg);

/* How many ASID bits satp holds on this hart (0 = no ASIDs). */
int pmap_probe_asid_bits(void);
/* Loads pt into satp and flushes this hart's non-global entries. */
void pmap_activate(pagetable_t pt);
/* Switches this hart to the kernel-only table (no flush, see pmap.c). */
void pmap_activate_kernel(void);

#endif
