build-nodebug/kernel/mm/uaccess.o: kernel/mm/uaccess.c \
 kernel/mm/uaccess.h kernel/lib/types.h kernel/mm/vm.h \
 kernel/arch/riscv/pmap.h kernel/arch/riscv/pte.h \
 kernel/arch/riscv/memlayout.h kernel/sync/rwlock.h kernel/sync/wait.h \
 kernel/sync/spinlock.h kernel/lib/string.h
kernel/mm/uaccess.h:
kernel/lib/types.h:
kernel/mm/vm.h:
kernel/arch/riscv/pmap.h:
kernel/arch/riscv/pte.h:
kernel/arch/riscv/memlayout.h:
kernel/sync/rwlock.h:
kernel/sync/wait.h:
kernel/sync/spinlock.h:
kernel/lib/string.h:
