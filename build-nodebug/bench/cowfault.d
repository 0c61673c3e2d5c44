build-nodebug/bench/cowfault.o: bench/cowfault.c bench/bench.h \
 user/lib/user.h kernel/uapi/stat.h kernel/uapi/syscall.h \
 kernel/uapi/vmstat.h
bench/bench.h:
user/lib/user.h:
kernel/uapi/stat.h:
kernel/uapi/syscall.h:
kernel/uapi/vmstat.h:
