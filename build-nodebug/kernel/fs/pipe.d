build-nodebug/kernel/fs/pipe.o: kernel/fs/pipe.c kernel/fs/pipe.h \
 kernel/lib/types.h kernel/fs/file.h kernel/lib/printf.h \
 kernel/lib/string.h kernel/mm/kalloc.h kernel/mm/uaccess.h \
 kernel/param.h kernel/sync/spinlock.h kernel/sync/wait.h
kernel/fs/pipe.h:
kernel/lib/types.h:
kernel/fs/file.h:
kernel/lib/printf.h:
kernel/lib/string.h:
kernel/mm/kalloc.h:
kernel/mm/uaccess.h:
kernel/param.h:
kernel/sync/spinlock.h:
kernel/sync/wait.h:
