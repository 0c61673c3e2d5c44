/* Boot: OpenSBI enters _start in S-mode at the kernel's physical address with
 * paging off (a0 = hartid, a1 = DTB physical address); harts started later
 * through SBI HSM enter secondary_start (a0 = hartid, a1 = cpu index).
 * Both turn on paging with kernel_pagetable (which maps the kernel both at
 * its physical address and in the upper half), jump to the upper half, take
 * their scheduler stack and call into C. */
#include "param.h"

#define SATP_SV39 (8 << 60)

.section .text.boot
.globl _start
_start:
	mv s3, a0                 /* hartid (s0 becomes the frame pointer) */
	mv s1, a1
	li s2, 0                  /* the boot hart is cpu 0 */
	call enable_paging
	/* Clear .bss (upper-half addresses now). */
	la t0, kernel_bss_start
	la t1, kernel_bss_end
1:	bgeu t0, t1, 2f
	sd zero, 0(t0)
	addi t0, t0, 8
	j 1b
2:	call take_stack
	mv a0, s3
	mv a1, s1
	call kmain
	j halt

.globl secondary_start
secondary_start:
	mv s3, a0
	mv s2, a1
	call enable_paging
	call take_stack
	mv a0, s3
	mv a1, s2
	call kmain_secondary
	j halt

/* Runs at the physical address; returns at the upper-half alias of ra. */
enable_paging:
	lla t0, kernel_pagetable
	srli t0, t0, 12
	li t1, SATP_SV39
	or t0, t0, t1
	sfence.vma zero, zero
	csrw satp, t0
	sfence.vma zero, zero
	li t0, 0xFFFFFFC000000000
	add ra, ra, t0
	ret

/* sp = top of cpu s2's scheduler stack; fp = 0 ends backtraces. The C
 * entry points set tp (this hart's struct cpu) themselves. */
take_stack:
	la sp, cpu_stacks
	li t0, KSTACK_SIZE
	addi t1, s2, 1
	mul t1, t1, t0
	add sp, sp, t1
	li s0, 0
	ret

halt:
	wfi
	j halt
