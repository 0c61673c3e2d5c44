build-nodebug/kernel/proc/exec.o: kernel/proc/exec.c kernel/proc/exec.h \
 kernel/proc/elf.h kernel/lib/types.h kernel/proc/proc.h kernel/param.h \
 kernel/sync/spinlock.h kernel/arch/riscv/trapframe.h kernel/proc/cpu.h \
 kernel/arch/riscv/riscv.h kernel/uapi/vmstat.h kernel/mm/vm.h \
 kernel/arch/riscv/pmap.h kernel/arch/riscv/pte.h \
 kernel/arch/riscv/memlayout.h kernel/sync/rwlock.h kernel/fs/fs.h \
 kernel/uapi/stat.h kernel/lib/string.h
kernel/proc/exec.h:
kernel/proc/elf.h:
kernel/lib/types.h:
kernel/proc/proc.h:
kernel/param.h:
kernel/sync/spinlock.h:
kernel/arch/riscv/trapframe.h:
kernel/proc/cpu.h:
kernel/arch/riscv/riscv.h:
kernel/uapi/vmstat.h:
kernel/mm/vm.h:
kernel/arch/riscv/pmap.h:
kernel/arch/riscv/pte.h:
kernel/arch/riscv/memlayout.h:
kernel/sync/rwlock.h:
kernel/fs/fs.h:
kernel/uapi/stat.h:
kernel/lib/string.h:
