build-nodebug/kernel/sys/sys_proc.o: kernel/sys/sys_proc.c \
 kernel/sys/sysfuncs.h kernel/lib/types.h kernel/sys/syscall.h \
 kernel/proc/proc.h kernel/param.h kernel/sync/spinlock.h \
 kernel/arch/riscv/trapframe.h kernel/proc/exec.h kernel/proc/cpu.h \
 kernel/arch/riscv/riscv.h kernel/uapi/vmstat.h kernel/mm/kalloc.h \
 kernel/mm/uaccess.h kernel/arch/riscv/trap.h kernel/arch/riscv/sbi.h \
 kernel/lib/printf.h
kernel/sys/sysfuncs.h:
kernel/lib/types.h:
kernel/sys/syscall.h:
kernel/proc/proc.h:
kernel/param.h:
kernel/sync/spinlock.h:
kernel/arch/riscv/trapframe.h:
kernel/proc/exec.h:
kernel/proc/cpu.h:
kernel/arch/riscv/riscv.h:
kernel/uapi/vmstat.h:
kernel/mm/kalloc.h:
kernel/mm/uaccess.h:
kernel/arch/riscv/trap.h:
kernel/arch/riscv/sbi.h:
kernel/lib/printf.h:
