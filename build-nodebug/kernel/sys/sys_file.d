build-nodebug/kernel/sys/sys_file.o: kernel/sys/sys_file.c \
 kernel/sys/sysfuncs.h kernel/lib/types.h kernel/sys/syscall.h \
 kernel/fs/file.h kernel/fs/fs.h kernel/uapi/stat.h kernel/fs/pipe.h \
 kernel/mm/uaccess.h kernel/param.h kernel/proc/proc.h \
 kernel/sync/spinlock.h kernel/arch/riscv/trapframe.h
kernel/sys/sysfuncs.h:
kernel/lib/types.h:
kernel/sys/syscall.h:
kernel/fs/file.h:
kernel/fs/fs.h:
kernel/uapi/stat.h:
kernel/fs/pipe.h:
kernel/mm/uaccess.h:
kernel/param.h:
kernel/proc/proc.h:
kernel/sync/spinlock.h:
kernel/arch/riscv/trapframe.h:
