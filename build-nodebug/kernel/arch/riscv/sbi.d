build-nodebug/kernel/arch/riscv/sbi.o: kernel/arch/riscv/sbi.c \
 kernel/arch/riscv/sbi.h kernel/lib/types.h
kernel/arch/riscv/sbi.h:
kernel/lib/types.h:
