build-nodebug/bench/fork.o: bench/fork.c bench/forklat.h bench/bench.h \
 user/lib/user.h kernel/uapi/stat.h kernel/uapi/syscall.h \
 kernel/uapi/vmstat.h
bench/forklat.h:
bench/bench.h:
user/lib/user.h:
kernel/uapi/stat.h:
kernel/uapi/syscall.h:
kernel/uapi/vmstat.h:
