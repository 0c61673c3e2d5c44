/* Every system-call implementation, for the dispatch table in syscall.c.
 * Each returns the value for the caller's a0 (-1 on error). */
#ifndef SYSFUNCS_H
#define SYSFUNCS_H
#include "lib/types.h"

/* sys/sys_proc.c */
int64 sys_fork(void);
int64 sys_exit(void);
int64 sys_wait(void);
int64 sys_kill(void);
int64 sys_exec(void);
int64 sys_getpid(void);
int64 sys_sleep(void);
int64 sys_uptime(void);
int64 sys_poweroff(void);
int64 sys_ncpu(void);
int64 sys_thread_create(void);
int64 sys_thread_exit(void);
int64 sys_thread_join(void);
int64 sys_procdump(void);

/* sys/sys_bench.c */
void kbench_init(void); /* boot: takes the kernel's one lifelong benchmark page */
int64 sys_tlbmode(void);
int64 sys_kbench(void);

/* sys/sys_mem.c */
int64 sys_sbrk(void);
int64 sys_forkmode(void);
int64 sys_vmstat(void);

/* sys/sys_file.c */
int64 sys_pipe(void);
int64 sys_read(void);
int64 sys_write(void);
int64 sys_close(void);
int64 sys_fstat(void);
int64 sys_chdir(void);
int64 sys_dup(void);
int64 sys_open(void);
int64 sys_mknod(void);
int64 sys_unlink(void);
int64 sys_link(void);
int64 sys_mkdir(void);

#endif
