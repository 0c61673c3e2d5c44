build-nodebug/user/lib/string.o: user/lib/string.c user/lib/user.h \
 kernel/uapi/stat.h kernel/uapi/syscall.h kernel/uapi/vmstat.h
user/lib/user.h:
kernel/uapi/stat.h:
kernel/uapi/syscall.h:
kernel/uapi/vmstat.h:
