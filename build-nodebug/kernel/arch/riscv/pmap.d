build-nodebug/kernel/arch/riscv/pmap.o: kernel/arch/riscv/pmap.c \
 kernel/arch/riscv/pmap.h kernel/lib/types.h kernel/arch/riscv/pte.h \
 kernel/arch/riscv/memlayout.h kernel/arch/riscv/riscv.h \
 kernel/mm/kalloc.h kernel/mm/page.h kernel/lib/string.h \
 kernel/lib/printf.h kernel/proc/cpu.h kernel/param.h \
 kernel/arch/riscv/trapframe.h kernel/uapi/vmstat.h
kernel/arch/riscv/pmap.h:
kernel/lib/types.h:
kernel/arch/riscv/pte.h:
kernel/arch/riscv/memlayout.h:
kernel/arch/riscv/riscv.h:
kernel/mm/kalloc.h:
kernel/mm/page.h:
kernel/lib/string.h:
kernel/lib/printf.h:
kernel/proc/cpu.h:
kernel/param.h:
kernel/arch/riscv/trapframe.h:
kernel/uapi/vmstat.h:
