build-nodebug/kernel/sync/sleeplock.o: kernel/sync/sleeplock.c \
 kernel/sync/sleeplock.h kernel/sync/spinlock.h kernel/lib/types.h \
 kernel/sync/wait.h
kernel/sync/sleeplock.h:
kernel/sync/spinlock.h:
kernel/lib/types.h:
kernel/sync/wait.h:
