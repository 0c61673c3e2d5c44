build-nodebug/kernel/mm/vm.o: kernel/mm/vm.c kernel/mm/vm.h \
 kernel/lib/types.h kernel/arch/riscv/pmap.h kernel/arch/riscv/pte.h \
 kernel/arch/riscv/memlayout.h kernel/sync/rwlock.h kernel/mm/fault.h \
 kernel/mm/kalloc.h kernel/arch/riscv/tlb.h kernel/proc/cpu.h \
 kernel/param.h kernel/arch/riscv/riscv.h kernel/arch/riscv/trapframe.h \
 kernel/uapi/vmstat.h kernel/lib/string.h kernel/lib/printf.h \
 kernel/uapi/syscall.h
kernel/mm/vm.h:
kernel/lib/types.h:
kernel/arch/riscv/pmap.h:
kernel/arch/riscv/pte.h:
kernel/arch/riscv/memlayout.h:
kernel/sync/rwlock.h:
kernel/mm/fault.h:
kernel/mm/kalloc.h:
kernel/arch/riscv/tlb.h:
kernel/proc/cpu.h:
kernel/param.h:
kernel/arch/riscv/riscv.h:
kernel/arch/riscv/trapframe.h:
kernel/uapi/vmstat.h:
kernel/lib/string.h:
kernel/lib/printf.h:
kernel/uapi/syscall.h:
