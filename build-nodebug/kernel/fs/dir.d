build-nodebug/kernel/fs/dir.o: kernel/fs/dir.c kernel/fs/fs.h \
 kernel/lib/types.h kernel/uapi/stat.h kernel/fs/file.h kernel/fs/image.h \
 kernel/fs/inode.h kernel/param.h kernel/sync/sleeplock.h \
 kernel/sync/spinlock.h kernel/fs/pipe.h kernel/lib/printf.h \
 kernel/lib/string.h kernel/proc/proc.h kernel/arch/riscv/trapframe.h
kernel/fs/fs.h:
kernel/lib/types.h:
kernel/uapi/stat.h:
kernel/fs/file.h:
kernel/fs/image.h:
kernel/fs/inode.h:
kernel/param.h:
kernel/sync/sleeplock.h:
kernel/sync/spinlock.h:
kernel/fs/pipe.h:
kernel/lib/printf.h:
kernel/lib/string.h:
kernel/proc/proc.h:
kernel/arch/riscv/trapframe.h:
