build-nodebug/kernel/sync/rwlock.o: kernel/sync/rwlock.c \
 kernel/sync/rwlock.h kernel/lib/types.h kernel/sync/spinlock.h \
 kernel/lib/printf.h kernel/arch/riscv/tlb.h
kernel/sync/rwlock.h:
kernel/lib/types.h:
kernel/sync/spinlock.h:
kernel/lib/printf.h:
kernel/arch/riscv/tlb.h:
