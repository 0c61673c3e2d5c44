build-nodebug/kernel/mm/kalloc.o: kernel/mm/kalloc.c kernel/mm/kalloc.h \
 kernel/lib/types.h kernel/mm/page.h kernel/arch/riscv/memlayout.h \
 kernel/proc/cpu.h kernel/param.h kernel/arch/riscv/riscv.h \
 kernel/arch/riscv/trapframe.h kernel/uapi/vmstat.h \
 kernel/sync/spinlock.h kernel/lib/printf.h kernel/lib/string.h
kernel/mm/kalloc.h:
kernel/lib/types.h:
kernel/mm/page.h:
kernel/arch/riscv/memlayout.h:
kernel/proc/cpu.h:
kernel/param.h:
kernel/arch/riscv/riscv.h:
kernel/arch/riscv/trapframe.h:
kernel/uapi/vmstat.h:
kernel/sync/spinlock.h:
kernel/lib/printf.h:
kernel/lib/string.h:
