/* Every system-call implementation, for the dispatch table in syscall.c.
 * Each returns the value for the caller's a0 (-1 on error). */
#ifndef SYSFUNCS_H
#define SYSFUNCS_H
#include "lib/types.h"
#include "uapi/syscall.h"

/* int64 sys_NAME(void) for every call of the table, in sys_proc.c,
 * sys_file.c, sys_mem.c or sys_bench.c. */
#define SYSCALL_PROTO(num, name, how, ret, params) int64 sys_##name(void);
SYSCALLS(SYSCALL_PROTO)
#undef SYSCALL_PROTO

/* sys/sys_bench.c */
void kbench_init(void); /* boot: takes the kernel's one lifelong benchmark page */

#endif
