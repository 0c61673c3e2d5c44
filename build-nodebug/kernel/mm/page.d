build-nodebug/kernel/mm/page.o: kernel/mm/page.c kernel/mm/page.h \
 kernel/lib/types.h kernel/arch/riscv/memlayout.h kernel/lib/printf.h \
 kernel/lib/string.h
kernel/mm/page.h:
kernel/lib/types.h:
kernel/arch/riscv/memlayout.h:
kernel/lib/printf.h:
kernel/lib/string.h:
