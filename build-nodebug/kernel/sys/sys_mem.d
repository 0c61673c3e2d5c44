build-nodebug/kernel/sys/sys_mem.o: kernel/sys/sys_mem.c \
 kernel/sys/sysfuncs.h kernel/lib/types.h kernel/sys/syscall.h \
 kernel/proc/proc.h kernel/param.h kernel/sync/spinlock.h \
 kernel/arch/riscv/trapframe.h kernel/proc/cpu.h \
 kernel/arch/riscv/riscv.h kernel/uapi/vmstat.h kernel/mm/vm.h \
 kernel/arch/riscv/pmap.h kernel/arch/riscv/pte.h \
 kernel/arch/riscv/memlayout.h kernel/sync/rwlock.h kernel/mm/kalloc.h \
 kernel/mm/uaccess.h kernel/uapi/syscall.h
kernel/sys/sysfuncs.h:
kernel/lib/types.h:
kernel/sys/syscall.h:
kernel/proc/proc.h:
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
kernel/mm/kalloc.h:
kernel/mm/uaccess.h:
kernel/uapi/syscall.h:
