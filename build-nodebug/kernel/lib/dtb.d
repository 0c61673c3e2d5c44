build-nodebug/kernel/lib/dtb.o: kernel/lib/dtb.c kernel/lib/dtb.h \
 kernel/lib/types.h kernel/param.h kernel/lib/printf.h \
 kernel/lib/string.h kernel/arch/riscv/memlayout.h
kernel/lib/dtb.h:
kernel/lib/types.h:
kernel/param.h:
kernel/lib/printf.h:
kernel/lib/string.h:
kernel/arch/riscv/memlayout.h:
