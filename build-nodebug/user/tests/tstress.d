build-nodebug/user/tests/tstress.o: user/tests/tstress.c user/tests/t.h \
 user/lib/user.h kernel/uapi/stat.h kernel/uapi/syscall.h \
 kernel/uapi/vmstat.h kernel/param.h
user/tests/t.h:
user/lib/user.h:
kernel/uapi/stat.h:
kernel/uapi/syscall.h:
kernel/uapi/vmstat.h:
kernel/param.h:
