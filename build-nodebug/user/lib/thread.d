build-nodebug/user/lib/thread.o: user/lib/thread.S kernel/uapi/syscall.h
kernel/uapi/syscall.h:
