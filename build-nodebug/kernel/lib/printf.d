build-nodebug/kernel/lib/printf.o: kernel/lib/printf.c \
 /usr/lib/gcc/riscv64-unknown-elf/12.2.0/include/stdarg.h \
 kernel/lib/printf.h kernel/lib/types.h kernel/dev/uart.h \
 kernel/proc/cpu.h kernel/param.h kernel/arch/riscv/riscv.h \
 kernel/arch/riscv/trapframe.h kernel/uapi/vmstat.h \
 kernel/arch/riscv/memlayout.h
/usr/lib/gcc/riscv64-unknown-elf/12.2.0/include/stdarg.h:
kernel/lib/printf.h:
kernel/lib/types.h:
kernel/dev/uart.h:
kernel/proc/cpu.h:
kernel/param.h:
kernel/arch/riscv/riscv.h:
kernel/arch/riscv/trapframe.h:
kernel/uapi/vmstat.h:
kernel/arch/riscv/memlayout.h:
