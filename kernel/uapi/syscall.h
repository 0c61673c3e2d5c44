/* System-call numbers, shared by the kernel and the user library.
 * 1..21 are the xv6-riscv ABI (fixed, see ABI.md); 22 and up are ours. */
#ifndef UAPI_SYSCALL_H
#define UAPI_SYSCALL_H

#define SYS_fork 1
#define SYS_exit 2
#define SYS_wait 3
#define SYS_pipe 4
#define SYS_read 5
#define SYS_kill 6
#define SYS_exec 7
#define SYS_fstat 8
#define SYS_chdir 9
#define SYS_dup 10
#define SYS_getpid 11
#define SYS_sbrk 12
#define SYS_sleep 13
#define SYS_uptime 14
#define SYS_open 15
#define SYS_write 16
#define SYS_mknod 17
#define SYS_unlink 18
#define SYS_link 19
#define SYS_mkdir 20
#define SYS_close 21

/* Extensions. */
#define SYS_poweroff 22 /* void poweroff(int status): halt the machine */
#define SYS_forkmode 23 /* int forkmode(int mode): set (FORK_EAGER/FORK_COW) or query (-1); returns the previous mode */
#define SYS_vmstat 24   /* int vmstat(uint64 *vals, int n): copies min(n, VMSTAT_COUNT) counters; returns VMSTAT_COUNT */
#define SYS_ncpu 25     /* int ncpu(void): number of harts running the kernel */

#define SYS_MAX 25

#define FORK_EAGER 0
#define FORK_COW 1

#endif
