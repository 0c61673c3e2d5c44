build-nodebug/bench/shootdown.o: bench/shootdown.c bench/bthread.h \
 bench/bench.h user/lib/user.h kernel/uapi/stat.h kernel/uapi/syscall.h \
 kernel/uapi/vmstat.h
bench/bthread.h:
bench/bench.h:
user/lib/user.h:
kernel/uapi/stat.h:
kernel/uapi/syscall.h:
kernel/uapi/vmstat.h:
