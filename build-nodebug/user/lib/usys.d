build-nodebug/user/lib/usys.o: user/lib/usys.S kernel/uapi/syscall.h
kernel/uapi/syscall.h:
