build-nodebug/user/lib/printf.o: user/lib/printf.c \
 /usr/lib/gcc/riscv64-unknown-elf/12.2.0/include/stdarg.h user/lib/user.h \
 kernel/uapi/stat.h kernel/uapi/syscall.h kernel/uapi/vmstat.h
/usr/lib/gcc/riscv64-unknown-elf/12.2.0/include/stdarg.h:
user/lib/user.h:
kernel/uapi/stat.h:
kernel/uapi/syscall.h:
kernel/uapi/vmstat.h:
