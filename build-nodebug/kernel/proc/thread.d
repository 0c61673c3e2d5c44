build-nodebug/kernel/proc/thread.o: kernel/proc/thread.c \
 kernel/proc/proc.h kernel/lib/types.h kernel/param.h \
 kernel/sync/spinlock.h kernel/arch/riscv/trapframe.h kernel/proc/sched.h \
 kernel/mm/uaccess.h kernel/sync/wait.h kernel/arch/riscv/memlayout.h
kernel/proc/proc.h:
kernel/lib/types.h:
kernel/param.h:
kernel/sync/spinlock.h:
kernel/arch/riscv/trapframe.h:
kernel/proc/sched.h:
kernel/mm/uaccess.h:
kernel/sync/wait.h:
kernel/arch/riscv/memlayout.h:
