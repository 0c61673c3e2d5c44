build-nodebug/kernel/arch/riscv/tlb.o: kernel/arch/riscv/tlb.c \
 kernel/arch/riscv/tlb.h kernel/lib/types.h kernel/arch/riscv/riscv.h \
 kernel/arch/riscv/sbi.h kernel/arch/riscv/memlayout.h kernel/proc/cpu.h \
 kernel/param.h kernel/arch/riscv/trapframe.h kernel/uapi/vmstat.h \
 kernel/sync/spinlock.h kernel/uapi/syscall.h
kernel/arch/riscv/tlb.h:
kernel/lib/types.h:
kernel/arch/riscv/riscv.h:
kernel/arch/riscv/sbi.h:
kernel/arch/riscv/memlayout.h:
kernel/proc/cpu.h:
kernel/param.h:
kernel/arch/riscv/trapframe.h:
kernel/uapi/vmstat.h:
kernel/sync/spinlock.h:
kernel/uapi/syscall.h:
