build-nodebug/kernel/fs/inode.o: kernel/fs/inode.c kernel/fs/inode.h \
 kernel/lib/types.h kernel/param.h kernel/sync/sleeplock.h \
 kernel/sync/spinlock.h kernel/uapi/stat.h kernel/fs/fs.h \
 kernel/arch/riscv/memlayout.h kernel/lib/printf.h kernel/lib/string.h \
 kernel/mm/kalloc.h kernel/mm/uaccess.h
kernel/fs/inode.h:
kernel/lib/types.h:
kernel/param.h:
kernel/sync/sleeplock.h:
kernel/sync/spinlock.h:
kernel/uapi/stat.h:
kernel/fs/fs.h:
kernel/arch/riscv/memlayout.h:
kernel/lib/printf.h:
kernel/lib/string.h:
kernel/mm/kalloc.h:
kernel/mm/uaccess.h:
