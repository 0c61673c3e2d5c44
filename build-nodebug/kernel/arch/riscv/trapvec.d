build-nodebug/kernel/arch/riscv/trapvec.o: kernel/arch/riscv/trapvec.S \
 kernel/arch/riscv/trapframe.h
kernel/arch/riscv/trapframe.h:
