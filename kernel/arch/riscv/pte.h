/* Sv39 page-table entries (privileged spec, section "Sv39"). Only the page
 * table code (arch/riscv/pmap.c) and the fault path look inside them. */
#ifndef PTE_H
#define PTE_H
#include "lib/types.h"
#include "arch/riscv/memlayout.h"
#include "arch/riscv/atomic.h"

typedef uint64 pte_t;
#define PT_ENTRIES 512      /* PTEs in a table: one page */
typedef pte_t *pagetable_t; /* PT_ENTRIES PTEs */

#define PTE_V (1UL << 0)
#define PTE_R (1UL << 1)
#define PTE_W (1UL << 2)
#define PTE_X (1UL << 3)
#define PTE_U (1UL << 4)
#define PTE_G (1UL << 5)
#define PTE_A (1UL << 6)
#define PTE_D (1UL << 7)
#define PTE_COW (1UL << 8) /* RSW bit: shared copy-on-write, was writable */
/* RSW bit, only ever with V clear: the entry is out of use while the hart
 * that cleared V replaces its page (a COW copy) or removes it (unmap); the
 * PPN and the other flags stay, so that hart can finish. Hardware treats it
 * as any invalid entry: an access faults. A hart may go on faulting on it
 * for a while after the install (the privileged spec lets a TLB remember
 * an invalid entry until an sfence.vma); the fault path then finds the
 * PTE valid, calls the fault spurious and flushes. */
#define PTE_BUSY (1UL << 9)
/* In a level-1 entry with V clear (On-demand fork, pmap.c): the leaf table
 * it points to is shared with other address spaces, read-only for all of
 * them, and this entry holds one of its references. The same RSW bit as
 * PTE_COW, which only valid leaves carry; hardware ignores every bit of an
 * invalid entry. A claimed one (BUSY too) is being made private. */
#define PTE_SHARED (1UL << 8)

#define PTE_PPN_SHIFT 10
#define PA2PTE(pa) ((((uint64)(pa)) >> 12) << PTE_PPN_SHIFT)
#define PTE2PA(pte) ((((pte) >> PTE_PPN_SHIFT) & ((1UL << 44) - 1)) << 12)
#define PTE_FLAGS(pte) ((pte)&0x3FFUL)
#define PTE_LEAF(pte) (((pte) & (PTE_R | PTE_W | PTE_X)) != 0)

#define PX_SHIFT(level) (PGSHIFT + 9 * (level))
#define PX(level, va) ((((uint64)(va)) >> PX_SHIFT(level)) & (PT_ENTRIES - 1))

/* Access kinds and the PTE operations the fault path uses. A live PTE is
 * only changed by compare-and-swap (QEMU's walker sets A/D bits with its own
 * CAS, so a plain read-modify-write could lose an update). */
enum access { ACC_READ, ACC_WRITE, ACC_EXEC };

static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }

/* Stores a PTE that only this hart may change now: one aligned doubleword
 * store, single-copy atomic under RVWMO, so a concurrent walker or reader
 * sees the old or the new entry. The cases: a busy entry (only the hart
 * that made it busy writes it, and walkers write no invalid entry), and
 * leaves under the space's write lock (faults, the only other writers,
 * are excluded; leaves are made with A and D set, so walkers write
 * nothing). GCC 12 turns every __atomic_store_n into an AMO swap, which
 * QEMU runs out of line; this is the store itself. No ordering: callers
 * order it (cow_break: same-address order after its CAS). */
static inline void pte_store_owned(pte_t *p, pte_t v) { *(volatile pte_t *)p = v; }

/* Fully ordered CAS (atomic.h): the release orders a copied page's
 * contents before the entry that maps it, and the trailing fence rw,rw
 * orders the new entry before a later read of the space's active harts
 * (rule 12). */
static inline bool pte_cas(pte_t *p, pte_t old, pte_t new) { return cas64(p, old, new); }

static inline bool pte_valid(pte_t pte) { return (pte & PTE_V) != 0; }
static inline bool pte_is_cow(pte_t pte) { return (pte & PTE_COW) != 0; }
static inline uint64 pte_pa(pte_t pte) { return PTE2PA(pte); }
static inline bool pte_is_busy(pte_t pte) { return (pte & (PTE_V | PTE_BUSY)) == PTE_BUSY; }
static inline bool pte_is_shared(pte_t pte) {
  return (pte & (PTE_V | PTE_BUSY | PTE_SHARED)) == PTE_SHARED;
}
/* pte taken out of use, keeping its page and flags (see PTE_BUSY). */
static inline pte_t pte_busy(pte_t pte) { return (pte & ~PTE_V) | PTE_BUSY; }

/* True if a user access of this kind is allowed by pte. W without R is a
 * reserved encoding that faults on every access, so it allows none (never a
 * "spurious" fault retried forever). */
static inline bool pte_allows(pte_t pte, enum access acc) {
  if (!(pte & PTE_V) || !(pte & PTE_U) || (pte & (PTE_R | PTE_W)) == PTE_W)
    return false;
  if (acc == ACC_WRITE)
    return (pte & PTE_W) != 0;
  if (acc == ACC_EXEC)
    return (pte & PTE_X) != 0;
  return (pte & PTE_R) != 0;
}

/* The writable private PTE that replaces a COW one, for page pa. */
static inline pte_t pte_cow_break(pte_t pte, uint64 pa) {
  return PA2PTE(pa) | (PTE_FLAGS(pte) & ~PTE_COW) | PTE_W | PTE_A | PTE_D;
}

#endif
