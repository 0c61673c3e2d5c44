build-nodebug/kernel/sys/syscall.o: kernel/sys/syscall.c \
 kernel/sys/syscall.h kernel/lib/types.h kernel/sys/sysfuncs.h \
 kernel/proc/proc.h kernel/param.h kernel/sync/spinlock.h \
 kernel/arch/riscv/trapframe.h kernel/fs/file.h kernel/mm/uaccess.h \
 kernel/uapi/syscall.h
kernel/sys/syscall.h:
kernel/lib/types.h:
kernel/sys/sysfuncs.h:
kernel/proc/proc.h:
kernel/param.h:
kernel/sync/spinlock.h:
kernel/arch/riscv/trapframe.h:
kernel/fs/file.h:
kernel/mm/uaccess.h:
kernel/uapi/syscall.h:
