build-nodebug/kernel/fs/file.o: kernel/fs/file.c kernel/fs/file.h \
 kernel/lib/types.h kernel/fs/fs.h kernel/uapi/stat.h kernel/fs/inode.h \
 kernel/param.h kernel/sync/sleeplock.h kernel/sync/spinlock.h \
 kernel/fs/pipe.h kernel/lib/printf.h kernel/mm/uaccess.h
kernel/fs/file.h:
kernel/lib/types.h:
kernel/fs/fs.h:
kernel/uapi/stat.h:
kernel/fs/inode.h:
kernel/param.h:
kernel/sync/sleeplock.h:
kernel/sync/spinlock.h:
kernel/fs/pipe.h:
kernel/lib/printf.h:
kernel/mm/uaccess.h:
