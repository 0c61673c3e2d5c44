build-nodebug/kernel/dev/uart.o: kernel/dev/uart.c kernel/dev/uart.h \
 kernel/lib/types.h kernel/dev/console.h kernel/arch/riscv/memlayout.h \
 kernel/sync/spinlock.h
kernel/dev/uart.h:
kernel/lib/types.h:
kernel/dev/console.h:
kernel/arch/riscv/memlayout.h:
kernel/sync/spinlock.h:
