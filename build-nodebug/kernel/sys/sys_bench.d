build-nodebug/kernel/sys/sys_bench.o: kernel/sys/sys_bench.c \
 kernel/sys/sysfuncs.h kernel/lib/types.h kernel/sys/syscall.h \
 kernel/proc/proc.h kernel/param.h kernel/sync/spinlock.h \
 kernel/arch/riscv/trapframe.h kernel/proc/cpu.h \
 kernel/arch/riscv/riscv.h kernel/uapi/vmstat.h kernel/mm/kalloc.h \
 kernel/mm/page.h kernel/arch/riscv/memlayout.h kernel/mm/vm.h \
 kernel/arch/riscv/pmap.h kernel/arch/riscv/pte.h kernel/sync/rwlock.h \
 kernel/arch/riscv/tlb.h kernel/lib/string.h kernel/uapi/syscall.h
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
kernel/mm/kalloc.h:
kernel/mm/page.h:
kernel/arch/riscv/memlayout.h:
kernel/mm/vm.h:
kernel/arch/riscv/pmap.h:
kernel/arch/riscv/pte.h:
kernel/sync/rwlock.h:
kernel/arch/riscv/tlb.h:
kernel/lib/string.h:
kernel/uapi/syscall.h:
