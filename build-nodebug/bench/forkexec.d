build-nodebug/bench/forkexec.o: bench/forkexec.c bench/forklat.h \
 bench/bench.h user/lib/user.h kernel/uapi/stat.h kernel/uapi/syscall.h \
 kernel/uapi/vmstat.h
bench/forklat.h:
bench/bench.h:
user/lib/user.h:
kernel/uapi/stat.h:
kernel/uapi/syscall.h:
kernel/uapi/vmstat.h:
