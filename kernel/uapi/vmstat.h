/* Memory-system counters exported by the vmstat system call.
 * One X-macro lists them so that kernel and user agree on order and names.
 * Counters are summed over harts; "gauges" (free_pages, total_pages) are
 * read at the moment of the call. */
#ifndef UAPI_VMSTAT_H
#define UAPI_VMSTAT_H

#define VMSTAT_FIELDS(X)                                                                           \
  X(free_pages)         /* gauge: pages in the allocator (pool + caches) */                        \
  X(total_pages)        /* gauge: pages the allocator manages */                                   \
  X(page_allocs)        /* pages handed out */                                                     \
  X(page_frees)         /* pages returned (reference count reached 0) */                           \
  X(forks)              /* successful forks, all modes */                                          \
  X(odf_tables_shared)  /* leaf tables shared by ODF forks (one per child entry) */                \
  X(odf_unshares)       /* shared tables copied at a first access (ODF) */                         \
  X(odf_revalidations)  /* shared tables taken back without a copy: last sharer */                 \
  X(cow_faults)         /* write faults on COW pages (user and kernel) */                          \
  X(cow_copies)         /* ... resolved by copying the page */                                     \
  X(cow_reuses)         /* ... resolved by reusing a sole-owner page */                            \
  X(cow_cas_lost)       /* copies discarded after losing the PTE CAS */                            \
  X(fault_races)        /* faults that found their PTE already resolved by                         \
                           a sibling thread (or lost the CAS to one) */                            \
  X(eager_copied_pages) /* pages copied by eager fork */                                           \
  X(exec_mapped_pages)  /* program pages exec mapped from the file's own pages */                  \
  X(exec_copied_pages)  /* program pages exec filled by copying file bytes */                      \
  X(file_cow_copies)    /* file pages a write copied because a mapping held them */                \
  X(oom_kills)          /* processes killed for lack of memory */                                  \
  X(init_oom_waits)     /* ticks init waited for memory instead (rule 14) */                       \
  X(zero_fills)         /* demand-zero pages (stack growth) */                                     \
  X(pool_refills)       /* per-hart cache refills from the shared pool */                          \
  X(pool_drains)        /* per-hart cache drains to the shared pool */                             \
  X(shootdowns)         /* shootdown rounds that targeted other harts */                           \
  X(ipis_sent)          /* shootdown IPIs sent (one per target hart) */                            \
  X(ipis_received)      /* shootdown requests served */                                            \
  X(tlb_flush_page)     /* sfence.vma of one page */                                               \
  X(tlb_flush_all)      /* sfence.vma of the whole TLB */

enum vmstat_index {
#define VMSTAT_ENUM(name) VM_##name,
  VMSTAT_FIELDS(VMSTAT_ENUM)
#undef VMSTAT_ENUM
      VMSTAT_COUNT
};

#endif
