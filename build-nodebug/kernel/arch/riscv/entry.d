build-nodebug/kernel/arch/riscv/entry.o: kernel/arch/riscv/entry.S \
 kernel/param.h
kernel/param.h:
