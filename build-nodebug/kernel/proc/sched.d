build-nodebug/kernel/proc/sched.o: kernel/proc/sched.c \
 kernel/proc/sched.h kernel/proc/proc.h kernel/lib/types.h kernel/param.h \
 kernel/sync/spinlock.h kernel/arch/riscv/trapframe.h kernel/proc/cpu.h \
 kernel/arch/riscv/riscv.h kernel/uapi/vmstat.h kernel/mm/vm.h \
 kernel/arch/riscv/pmap.h kernel/arch/riscv/pte.h \
 kernel/arch/riscv/memlayout.h kernel/sync/rwlock.h kernel/sync/wait.h \
 kernel/lib/printf.h
kernel/proc/sched.h:
kernel/proc/proc.h:
kernel/lib/types.h:
kernel/param.h:
kernel/sync/spinlock.h:
kernel/arch/riscv/trapframe.h:
kernel/proc/cpu.h:
kernel/arch/riscv/riscv.h:
kernel/uapi/vmstat.h:
kernel/mm/vm.h:
kernel/arch/riscv/pmap.h:
kernel/arch/riscv/pte.h:
kernel/arch/riscv/memlayout.h:
kernel/sync/rwlock.h:
kernel/sync/wait.h:
kernel/lib/printf.h:
