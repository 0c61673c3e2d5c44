build-nodebug/kernel/arch/riscv/trap.o: kernel/arch/riscv/trap.c \
 kernel/arch/riscv/trap.h kernel/lib/types.h kernel/arch/riscv/riscv.h \
 kernel/arch/riscv/sbi.h kernel/arch/riscv/plic.h kernel/arch/riscv/tlb.h \
 kernel/arch/riscv/trapframe.h kernel/proc/proc.h kernel/param.h \
 kernel/sync/spinlock.h kernel/proc/cpu.h kernel/uapi/vmstat.h \
 kernel/mm/vm.h kernel/arch/riscv/pmap.h kernel/arch/riscv/pte.h \
 kernel/arch/riscv/memlayout.h kernel/sync/rwlock.h kernel/sys/syscall.h \
 kernel/dev/uart.h kernel/sync/wait.h kernel/lib/dtb.h \
 kernel/lib/printf.h
kernel/arch/riscv/trap.h:
kernel/lib/types.h:
kernel/arch/riscv/riscv.h:
kernel/arch/riscv/sbi.h:
kernel/arch/riscv/plic.h:
kernel/arch/riscv/tlb.h:
kernel/arch/riscv/trapframe.h:
kernel/proc/proc.h:
kernel/param.h:
kernel/sync/spinlock.h:
kernel/proc/cpu.h:
kernel/uapi/vmstat.h:
kernel/mm/vm.h:
kernel/arch/riscv/pmap.h:
kernel/arch/riscv/pte.h:
kernel/arch/riscv/memlayout.h:
kernel/sync/rwlock.h:
kernel/sys/syscall.h:
kernel/dev/uart.h:
kernel/sync/wait.h:
kernel/lib/dtb.h:
kernel/lib/printf.h:
