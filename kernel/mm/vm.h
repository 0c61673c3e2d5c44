/* Address spaces: a page table plus the regions that say which absent
 * pages are valid (the stack below its mapped part), the heap break, and
 * the machine's view of it (struct pmap: the page table and the harts
 * that may hold TLB entries for it).
 *
 * Locking protocol (vs->lock, a reader-writer spinlock):
 *   readers: page faults and kernel copies to/from user memory. They
 *     change PTEs (demand-zero, COW) only by compare-and-swap on a PTE they
 *     saw (and a COW copy's final store into the busy entry it made), so
 *     concurrent readers never lose or leak a page.
 *   writers: fork's write-protect pass and sbrk. A writer sees no fault in
 *     progress, so fork never shares a page whose COW copy is
 *     half-installed. exec's and exit's teardowns take no lock: by then
 *     the process has one thread, so nothing else uses the space.
 * Lock order: sync/lockorder.h. */
#ifndef VM_H
#define VM_H
#include "lib/types.h"
#include "param.h"
#include "arch/riscv/pmap.h"
#include "sync/rwlock.h"

struct vm_seg {
  uint64 start, end; /* page-aligned */
  int prot;          /* PROT_R/W/X */
};

struct vmspace {
  struct rwlock lock;
  struct pmap pmap; /* the table and the harts running it */

  /* Written under lock (write), read under lock (read): */
  struct vm_seg seg[VM_MAX_SEGS]; /* program segments, loaded at exec */
  int nseg;
  uint64 heap_start; /* first byte of the heap */
  uint64 brk;        /* end of the heap (byte granularity) */
  uint64 stack_low;  /* lowest valid stack address */
};

struct vmspace *vm_create(void);
void vm_destroy(struct vmspace *vs);
/* Adds the segment [va, va+len) with prot (exec's segments) and maps
 * zeroed private pages for it, except for the page-aligned range
 * [hole, hole_end) inside it, left empty for vm_map_file_page (hole ==
 * hole_end: none). Returns 0, or -1 on overlap with an earlier segment,
 * too many segments or no memory. */
int vm_add_segment(struct vmspace *vs, uint64 va, uint64 len, int prot, uint64 hole,
                   uint64 hole_end);
/* Maps n of a file's pages (kernel addresses) at va, va + PGSIZE, ..., in
 * a hole that vm_add_segment left: read-only if prot has no PROT_W,
 * copy-on-write if it has (the first store copies: the file's own
 * reference keeps the count above one). The mappings take over the
 * caller's references; those not mapped are dropped on failure. Returns 0,
 * or -1 out of memory (exec's loader, on a space no thread runs yet). */
int vm_map_file_pages(struct vmspace *vs, uint64 va, void *const *pages, int n, int prot);
/* What maps va in vs (the pageinfo system call, for tests): *pfn the page
 * frame number, *refs its reference count at the time of the call, *prot
 * the PTE's PROT_R/W/X, *cow whether it is copy-on-write. 0, or -1 when va
 * is not mapped. A table an ODF fork left shared is taken first, as any
 * access would take it. Takes vs->lock for reading. */
int vm_page_info(struct vmspace *vs, uint64 va, uint64 *pfn, uint64 *refs, int *prot, bool *cow);
/* The kernel address of va's byte in vs's mapped page, or NULL (exec's
 * loader, on a space no thread runs yet). */
void *vm_kaddr(struct vmspace *vs, uint64 va);
/* Copies into vs's memory, bypassing page protections (exec's loader). */
int vm_write(struct vmspace *vs, uint64 va, const void *src, uint64 n);
/* Returns the kernel address of the page holding va in vs, made accessible
 * for acc exactly as a user access would (COW broken for writes, stack
 * grown) and pinned: it holds a reference, so no sibling's COW break can
 * release it while the kernel copies (rule 13); the caller drops it with
 * page_put. NULL if the process could not access it. Caller holds
 * vs->lock for reading. *oom is set when the failure is lack of memory. */
void *vm_user_page(struct vmspace *vs, uint64 va, enum access acc, bool *oom);
/* Grows (n > 0) or shrinks (n < 0) the heap; returns the old break or -1. */
int64 vm_sbrk(struct vmspace *vs, int64 n);
/* A copy of vs for a child: its pages copied (eager), shared
 * copy-on-write (COW), or its leaf page tables shared (ODF). NULL when
 * memory runs out (nothing leaked). *nthreads is the forking process's
 * thread count: with other threads an eager copy first stops their stores
 * (pmap_fork_eager). It is read under vs->lock held for writing, without
 * the process's lock: thread_create counts a new thread and then passes
 * through vs->lock before the thread may run, so a thread this read
 * misses starts only after the fork. */
struct vmspace *vm_fork(struct vmspace *vs, int mode, const int *nthreads);

/* Page-fault entry from the trap handler. */
enum fault_result { FAULT_OK, FAULT_BAD_ADDRESS, FAULT_OOM };
enum fault_result vm_fault(struct vmspace *vs, uint64 va, enum access acc);

/* Runs vs on this hart / stops running it (pmap_activate, pmap_deactivate).
 * Caller has interrupts off. */
void vm_activate(struct vmspace *vs);
void vm_deactivate(struct vmspace *vs);

/* Global fork mode (FORK_EAGER, FORK_COW or FORK_ODF). */
int vm_fork_mode(void);
int vm_set_fork_mode(int mode);

#endif
