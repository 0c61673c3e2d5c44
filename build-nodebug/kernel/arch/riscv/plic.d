build-nodebug/kernel/arch/riscv/plic.o: kernel/arch/riscv/plic.c \
 kernel/arch/riscv/plic.h kernel/lib/types.h \
 kernel/arch/riscv/memlayout.h
kernel/arch/riscv/plic.h:
kernel/lib/types.h:
kernel/arch/riscv/memlayout.h:
