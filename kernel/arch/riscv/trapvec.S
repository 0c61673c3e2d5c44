/* Trap entry and exit. stvec points at trap_vector for both user and kernel
 * traps; sscratch tells them apart: it holds the current thread's trapframe
 * (top of its kernel stack) while the hart runs user code, and 0 in the
 * kernel. The kernel is mapped in every page table, so no satp switch. */
#include "arch/riscv/trapframe.h"

.section .text
.globl trap_vector
.align 4
trap_vector:
	csrrw sp, sscratch, sp
	bnez sp, from_user
	/* From the kernel: put sp back, keep sscratch 0. */
	csrrw sp, sscratch, sp
	addi sp, sp, -144
	sd ra, 0(sp)
	sd t0, 8(sp)
	sd t1, 16(sp)
	sd t2, 24(sp)
	sd a0, 32(sp)
	sd a1, 40(sp)
	sd a2, 48(sp)
	sd a3, 56(sp)
	sd a4, 64(sp)
	sd a5, 72(sp)
	sd a6, 80(sp)
	sd a7, 88(sp)
	sd t3, 96(sp)
	sd t4, 104(sp)
	sd t5, 112(sp)
	sd t6, 120(sp)
	sd s0, 128(sp)
	csrr t0, sepc
	sd t0, 136(sp)
	/* A frame record (fp, ra=sepc) so backtraces cross the trap. */
	addi s0, sp, 144
	call kernel_trap
	ld ra, 0(sp)
	ld t0, 8(sp)
	ld t1, 16(sp)
	ld t2, 24(sp)
	ld a0, 32(sp)
	ld a1, 40(sp)
	ld a2, 48(sp)
	ld a3, 56(sp)
	ld a4, 64(sp)
	ld a5, 72(sp)
	ld a6, 80(sp)
	ld a7, 88(sp)
	ld t3, 96(sp)
	ld t4, 104(sp)
	ld t5, 112(sp)
	ld t6, 120(sp)
	ld s0, 128(sp)
	addi sp, sp, 144
	sret

from_user:
	/* sp = trapframe, sscratch = user sp. */
	sd x1, 8(sp)
	sd x3, 24(sp)
	sd x4, 32(sp)
	sd x5, 40(sp)
	sd x6, 48(sp)
	sd x7, 56(sp)
	sd x8, 64(sp)
	sd x9, 72(sp)
	sd x10, 80(sp)
	sd x11, 88(sp)
	sd x12, 96(sp)
	sd x13, 104(sp)
	sd x14, 112(sp)
	sd x15, 120(sp)
	sd x16, 128(sp)
	sd x17, 136(sp)
	sd x18, 144(sp)
	sd x19, 152(sp)
	sd x20, 160(sp)
	sd x21, 168(sp)
	sd x22, 176(sp)
	sd x23, 184(sp)
	sd x24, 192(sp)
	sd x25, 200(sp)
	sd x26, 208(sp)
	sd x27, 216(sp)
	sd x28, 224(sp)
	sd x29, 232(sp)
	sd x30, 240(sp)
	sd x31, 248(sp)
	csrrw t0, sscratch, zero
	sd t0, 16(sp)
	csrr t0, sepc
	sd t0, TF_EPC(sp)
	ld tp, TF_KTP(sp)
	li s0, 0
	mv a0, sp
	call user_trap
	/* user_trap returns with interrupts off, ready to go back. */
	mv a0, sp

/* Returns to user mode with the registers in trapframe a0. Caller has set
 * sepc-independent state: sstatus.SPP = 0, SPIE = 1, and tf->kernel_tp. */
.globl user_return
user_return:
	mv sp, a0
	csrw sscratch, sp
	ld t0, TF_EPC(sp)
	csrw sepc, t0
	ld x1, 8(sp)
	ld x3, 24(sp)
	ld x4, 32(sp)
	ld x5, 40(sp)
	ld x6, 48(sp)
	ld x7, 56(sp)
	ld x8, 64(sp)
	ld x9, 72(sp)
	ld x10, 80(sp)
	ld x11, 88(sp)
	ld x12, 96(sp)
	ld x13, 104(sp)
	ld x14, 112(sp)
	ld x15, 120(sp)
	ld x16, 128(sp)
	ld x17, 136(sp)
	ld x18, 144(sp)
	ld x19, 152(sp)
	ld x20, 160(sp)
	ld x21, 168(sp)
	ld x22, 176(sp)
	ld x23, 184(sp)
	ld x24, 192(sp)
	ld x25, 200(sp)
	ld x26, 208(sp)
	ld x27, 216(sp)
	ld x28, 224(sp)
	ld x29, 232(sp)
	ld x30, 240(sp)
	ld x31, 248(sp)
	ld x2, 16(sp)
	sret
