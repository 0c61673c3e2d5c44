build-nodebug/kernel/mm/fault.o: kernel/mm/fault.c kernel/mm/fault.h \
 kernel/mm/vm.h kernel/lib/types.h kernel/arch/riscv/pmap.h \
 kernel/arch/riscv/pte.h kernel/arch/riscv/memlayout.h \
 kernel/sync/rwlock.h kernel/mm/page.h kernel/mm/kalloc.h \
 kernel/arch/riscv/tlb.h kernel/arch/riscv/riscv.h kernel/proc/cpu.h \
 kernel/param.h kernel/arch/riscv/trapframe.h kernel/uapi/vmstat.h \
 kernel/lib/string.h
kernel/mm/fault.h:
kernel/mm/vm.h:
kernel/lib/types.h:
kernel/arch/riscv/pmap.h:
kernel/arch/riscv/pte.h:
kernel/arch/riscv/memlayout.h:
kernel/sync/rwlock.h:
kernel/mm/page.h:
kernel/mm/kalloc.h:
kernel/arch/riscv/tlb.h:
kernel/arch/riscv/riscv.h:
kernel/proc/cpu.h:
kernel/param.h:
kernel/arch/riscv/trapframe.h:
kernel/uapi/vmstat.h:
kernel/lib/string.h:
