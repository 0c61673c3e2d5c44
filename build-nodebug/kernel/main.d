build-nodebug/kernel/main.o: kernel/main.c kernel/lib/dtb.h \
 kernel/lib/types.h kernel/param.h kernel/lib/printf.h \
 kernel/lib/string.h kernel/arch/riscv/memlayout.h \
 kernel/arch/riscv/pmap.h kernel/arch/riscv/pte.h \
 kernel/arch/riscv/memlayout.h kernel/arch/riscv/plic.h \
 kernel/arch/riscv/sbi.h kernel/arch/riscv/trap.h kernel/dev/uart.h \
 kernel/dev/console.h kernel/fs/fs.h kernel/uapi/stat.h \
 kernel/mm/kalloc.h kernel/mm/page.h kernel/mm/vm.h \
 kernel/arch/riscv/pmap.h kernel/sync/rwlock.h kernel/proc/cpu.h \
 kernel/arch/riscv/riscv.h kernel/arch/riscv/trapframe.h \
 kernel/uapi/vmstat.h kernel/proc/proc.h kernel/sync/spinlock.h \
 kernel/proc/sched.h kernel/proc/proc.h kernel/uapi/syscall.h
kernel/lib/dtb.h:
kernel/lib/types.h:
kernel/param.h:
kernel/lib/printf.h:
kernel/lib/string.h:
kernel/arch/riscv/memlayout.h:
kernel/arch/riscv/pmap.h:
kernel/arch/riscv/pte.h:
kernel/arch/riscv/memlayout.h:
kernel/arch/riscv/plic.h:
kernel/arch/riscv/sbi.h:
kernel/arch/riscv/trap.h:
kernel/dev/uart.h:
kernel/dev/console.h:
kernel/fs/fs.h:
kernel/uapi/stat.h:
kernel/mm/kalloc.h:
kernel/mm/page.h:
kernel/mm/vm.h:
kernel/arch/riscv/pmap.h:
kernel/sync/rwlock.h:
kernel/proc/cpu.h:
kernel/arch/riscv/riscv.h:
kernel/arch/riscv/trapframe.h:
kernel/uapi/vmstat.h:
kernel/proc/proc.h:
kernel/sync/spinlock.h:
kernel/proc/sched.h:
kernel/proc/proc.h:
kernel/uapi/syscall.h:
