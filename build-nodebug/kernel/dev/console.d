build-nodebug/kernel/dev/console.o: kernel/dev/console.c \
 kernel/dev/console.h kernel/dev/uart.h kernel/lib/types.h \
 kernel/fs/file.h kernel/mm/uaccess.h kernel/sync/spinlock.h \
 kernel/sync/wait.h kernel/uapi/stat.h
kernel/dev/console.h:
kernel/dev/uart.h:
kernel/lib/types.h:
kernel/fs/file.h:
kernel/mm/uaccess.h:
kernel/sync/spinlock.h:
kernel/sync/wait.h:
kernel/uapi/stat.h:
