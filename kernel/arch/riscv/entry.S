/* Boot: OpenSBI enters _start in S-mode at the kernel's physical address with
 * paging off (a0 = hartid, a1 = DTB physical address); harts started later
 * through SBI HSM enter secondary_start (a0 = hartid, a1 not used).
 * Both turn on paging with kernel_pagetable (which maps the kernel both at
 * its physical address and in the upper half), jump to the upper half, take
 * their scheduler stack and call into C.
 *
 * A started hart may come in at _start, and its a1 may be anything
 * (issue 10, defect 11). OpenSBI 1.1's sbi_hsm_hart_start (lib/sbi/sbi_hsm.c)
 * moves the target's HSM state from STOPPED to START_PENDING first and only
 * then writes the target's scratch next_arg1 and next_addr. The target
 * polls that state in sbi_hsm_hart_wait, a wfi loop that is usually a spin
 * (the IPI that ended its wait for the cold boot is still pending); once it
 * sees START_PENDING it runs its warm-boot setup and jumps to next_addr with
 * a1 = next_arg1. If the boot hart stalls between the state change and
 * those stores (on QEMU: its host thread is descheduled on a loaded host),
 * the target reads what every hart's scratch got at firmware start:
 * next_addr = 0x80200000 (_start) and next_arg1 = the DTB; with one store
 * done, another mix (any mix by RVWMO: there is no fence). The boot hart's
 * HSM call still returns success. OpenSBI fixed this in 1.3 (commit e8e9ed37),
 * but the kernel must boot on 1.1:
 *  - _start claims "first entry" with an AMO on boot_entered, in .data so
 *    that the BSS clear cannot reset it, before it touches anything; every
 *    later entrant is a started hart and goes the secondary way;
 *  - no hart trusts a1 once it is not first: it finds its cpu index by
 *    looking up its hartid (a0 is always right) in boot_hartids, after
 *    waiting for the boot hart to publish the table (boot_ncpu, main.c's
 *    start_other_harts). */
#include "param.h"

#define SATP_SV39 (8 << 60)

.section .text.boot
.globl _start
_start:
	/* Relaxed: only the old value matters here. A later entrant's
	 * ordering comes from the acquire of boot_ncpu in find_cpu. */
	lla t0, boot_entered
	li t1, 1
	amoswap.w t1, t1, (t0)
	bnez t1, secondary_start  /* not the first: a started hart */
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
	call find_cpu
	call enable_paging
	call take_stack
	mv a0, s3
	mv a1, s2
	call kmain_secondary
	j halt

/* s2 = the cpu index of hart a0, once the boot hart has published
 * boot_hartids. A hart that is not in the table was not started by the
 * kernel and parks. Runs at the physical address, uses no stack. */
find_cpu:
	lla t0, boot_ncpu
1:	lw t1, 0(t0)
	beqz t1, 1b
	fence r, rw               /* acquire: pairs with the store-release of boot_ncpu */
	lla t2, boot_hartids
	li s2, 0
2:	bgeu s2, t1, halt
	ld t3, 0(t2)
	beq t3, a0, 3f
	addi s2, s2, 1
	addi t2, t2, 8
	j 2b
3:	ret

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

.section .data
.balign 4
/* 0 until the first hart enters _start (amoswap, relaxed); never cleared. */
boot_entered:
	.word 0
/* The number of cpus once boot_hartids is filled, 0 before: written once
 * by the boot hart (store-release), read by find_cpu (acquire). In .data
 * so that its 0 comes from the image, never from the BSS clear. */
.globl boot_ncpu
boot_ncpu:
	.word 0

.section .bss
.balign 8
/* boot_hartids[i] = the hartid of cpu i; written by the boot hart before
 * it publishes boot_ncpu, read-only after. */
.globl boot_hartids
boot_hartids:
	.zero 8 * NCPU
