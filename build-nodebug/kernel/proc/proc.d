build-nodebug/kernel/proc/proc.o: kernel/proc/proc.c kernel/proc/proc.h \
 kernel/lib/types.h kernel/param.h kernel/sync/spinlock.h \
 kernel/arch/riscv/trapframe.h kernel/proc/sched.h kernel/proc/exec.h \
 kernel/proc/cpu.h kernel/arch/riscv/riscv.h kernel/uapi/vmstat.h \
 kernel/mm/vm.h kernel/arch/riscv/pmap.h kernel/arch/riscv/pte.h \
 kernel/arch/riscv/memlayout.h kernel/sync/rwlock.h kernel/mm/uaccess.h \
 kernel/fs/fs.h kernel/uapi/stat.h kernel/fs/file.h kernel/sync/wait.h \
 kernel/arch/riscv/trap.h kernel/lib/printf.h kernel/lib/string.h
kernel/proc/proc.h:
kernel/lib/types.h:
kernel/param.h:
kernel/sync/spinlock.h:
kernel/arch/riscv/trapframe.h:
kernel/proc/sched.h:
kernel/proc/exec.h:
kernel/proc/cpu.h:
kernel/arch/riscv/riscv.h:
kernel/uapi/vmstat.h:
kernel/mm/vm.h:
kernel/arch/riscv/pmap.h:
kernel/arch/riscv/pte.h:
kernel/arch/riscv/memlayout.h:
kernel/sync/rwlock.h:
kernel/mm/uaccess.h:
kernel/fs/fs.h:
kernel/uapi/stat.h:
kernel/fs/file.h:
kernel/sync/wait.h:
kernel/arch/riscv/trap.h:
kernel/lib/printf.h:
kernel/lib/string.h:
