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
#define SYS_thread_create 26 /* int thread_create(void (*fn)(void *), void *arg, void *stack_top):
                              * starts fn(arg) in this address space on the given
                              * stack (16-byte aligned top); returns a thread id > 0 or -1.
                              * When fn returns, the thread ends (the user library
                              * makes it call thread_exit). */
#define SYS_thread_exit 27   /* void thread_exit(int status): ends the calling thread;
                              * the last thread's exit ends the process with status */
#define SYS_thread_join 28   /* int thread_join(int tid, int *status): waits for thread
                              * tid of this process to end; 0 or -1 */
#define SYS_tlbmode 29       /* int tlbmode(int mode): TLB_IPI or TLB_SBI_RFENCE, -1
                              * queries; returns the previous mode */
#define SYS_kbench 30        /* long kbench(int which, long iters): runs a kernel
                              * microbenchmark (KBENCH_*) iters times on this hart and
                              * returns the elapsed time CSR ticks, or -1 */
#define SYS_procdump 31      /* int procdump(void): prints every thread (pid, name,
                              * state, wait channel) and what each hart runs to the
                              * console, like Ctrl-P; returns 0 */

#define SYS_MAX 31

#define FORK_EAGER 0
#define FORK_COW 1

#define TLB_IPI 0        /* shootdowns by our own IPI + mailbox protocol */
#define TLB_SBI_RFENCE 1 /* shootdowns by the SBI RFENCE extension */

#define KBENCH_PAGE_COPY 0   /* copy one 4 KiB page (the fault path's copy) */
#define KBENCH_REF_AMO 1     /* get+put on one shared hot page's AMO count */
#define KBENCH_REF_LOCK 2    /* the same under one global spinlock (lab design) */
#define KBENCH_NULL 3        /* nothing: the system-call round trip alone */
#define KBENCH_SHOOTDOWN 4   /* one shootdown round to every other hart running
                              * the caller's address space (see tlbmode) */

#endif
