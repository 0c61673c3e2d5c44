build-nodebug/kernel/sync/spinlock.o: kernel/sync/spinlock.c \
 kernel/sync/spinlock.h kernel/lib/types.h kernel/proc/cpu.h \
 kernel/param.h kernel/arch/riscv/riscv.h kernel/arch/riscv/trapframe.h \
 kernel/uapi/vmstat.h kernel/lib/printf.h kernel/arch/riscv/tlb.h
kernel/sync/spinlock.h:
kernel/lib/types.h:
kernel/proc/cpu.h:
kernel/param.h:
kernel/arch/riscv/riscv.h:
kernel/arch/riscv/trapframe.h:
kernel/uapi/vmstat.h:
kernel/lib/printf.h:
kernel/arch/riscv/tlb.h:
