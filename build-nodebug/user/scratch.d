build-nodebug/user/scratch.o: user/scratch.c user/lib/user.h \
 kernel/uapi/stat.h kernel/uapi/syscall.h kernel/uapi/vmstat.h
user/lib/user.h:
kernel/uapi/stat.h:
kernel/uapi/syscall.h:
kernel/uapi/vmstat.h:
