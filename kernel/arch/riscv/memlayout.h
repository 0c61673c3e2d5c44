/* The virtual address layout.
 *
 * Lower half (user, per process): [0, USER_TOP) = 256 GiB, the Sv39 user
 *   range. Program segments from 0, heap above them, the stack just below
 *   USTACK_TOP (four pages under USER_TOP) growing down to
 *   USTACK_TOP - USTACK_LIMIT, with an unmapped
 *   guard page below that.
 * Upper half (kernel, in every page table, global): all physical addresses
 *   mapped at PA + PHYS_OFFSET with 1 GiB pages; the kernel image is linked
 *   there too (kernel.ld). A trap therefore never switches satp and never
 *   flushes the TLB. */
#ifndef MEMLAYOUT_H
#define MEMLAYOUT_H

#define PGSIZE 4096UL
#define PGSHIFT 12
#define PGROUNDUP(a) (((a) + PGSIZE - 1) & ~(PGSIZE - 1))
#define PGROUNDDOWN(a) ((a) & ~(PGSIZE - 1))

#define PHYS_OFFSET 0xFFFFFFC000000000UL
#define P2V(pa) ((void *)((uint64)(pa) + PHYS_OFFSET))
#define V2P(va) ((uint64)(va)-PHYS_OFFSET)
#define KERNEL_PA 0x80200000UL

#define USER_TOP (1UL << 38)
/* The top four pages stay unmapped, as xv6 leaves its trampoline and
 * trapframe (and the pages below) unreachable: xv6's usertests probe them. */
#define USTACK_TOP (USER_TOP - 4 * PGSIZE)

#endif
