build-nodebug/user/tests/runtests.o: user/tests/runtests.c user/tests/t.h \
 user/lib/user.h kernel/uapi/stat.h kernel/uapi/syscall.h \
 kernel/uapi/vmstat.h kernel/param.h
user/tests/t.h:
user/lib/user.h:
kernel/uapi/stat.h:
kernel/uapi/syscall.h:
kernel/uapi/vmstat.h:
kernel/param.h:
