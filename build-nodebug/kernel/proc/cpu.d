build-nodebug/kernel/proc/cpu.o: kernel/proc/cpu.c kernel/proc/cpu.h \
 kernel/lib/types.h kernel/param.h kernel/arch/riscv/riscv.h \
 kernel/arch/riscv/trapframe.h kernel/uapi/vmstat.h
kernel/proc/cpu.h:
kernel/lib/types.h:
kernel/param.h:
kernel/arch/riscv/riscv.h:
kernel/arch/riscv/trapframe.h:
kernel/uapi/vmstat.h:
