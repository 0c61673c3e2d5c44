/* System-call numbers, shared by the kernel and the user library.
 * 1..21 are the xv6-riscv ABI (fixed); 22 and up are ours. */
#ifndef UAPI_SYSCALL_H
#define UAPI_SYSCALL_H

/* Every system call, one line each: number, name, how the user library
 * provides it (STUB: a stub in user/lib/usys.S loads the number and traps;
 * OWN: the library writes its own, user/lib/thread.S), and the library's
 * prototype (return type, parameters). From this table come the SYS_
 * numbers (below), the kernel's dispatch table and handler prototypes
 * (sys/syscall.c, sys/sysfuncs.h: each call is int64 sys_NAME(void)), and
 * the user library's prototypes (user.h) and stubs. Adding a call is a
 * line here and its sys_NAME in kernel/sys/. */
#define NORETURN __attribute__((noreturn))
#define SYSCALLS(X)                                                                                \
  X(1, fork, STUB, int, (void))                                                                    \
  X(2, exit, STUB, NORETURN int, (int status))                                                     \
  X(3, wait, STUB, int, (int *status))                                                             \
  X(4, pipe, STUB, int, (int *fds))                                                                \
  X(5, read, STUB, int, (int fd, void *buf, int n))                                                \
  X(6, kill, STUB, int, (int pid))                                                                 \
  X(7, exec, STUB, int, (const char *path, char **argv))                                           \
  X(8, fstat, STUB, int, (int fd, struct stat *st))                                                \
  X(9, chdir, STUB, int, (const char *path))                                                       \
  X(10, dup, STUB, int, (int fd))                                                                  \
  X(11, getpid, STUB, int, (void))                                                                 \
  X(12, sbrk, STUB, char *, (int n))                                                               \
  X(13, sleep, STUB, int, (int ticks))                                                             \
  X(14, uptime, STUB, int, (void))                                                                 \
  X(15, open, STUB, int, (const char *path, int flags))                                            \
  X(16, write, STUB, int, (int fd, const void *buf, int n))                                        \
  X(17, mknod, STUB, int, (const char *path, short major, short minor))                            \
  X(18, unlink, STUB, int, (const char *path))                                                     \
  X(19, link, STUB, int, (const char *old, const char *new))                                       \
  X(20, mkdir, STUB, int, (const char *path))                                                      \
  X(21, close, STUB, int, (int fd))                                                                \
  /* Extensions (README, "System calls beyond xv6"). */                                            \
  /* halts the machine, printing "cowos: poweroff status=N" */                                     \
  X(22, poweroff, STUB, NORETURN void, (int status))                                               \
  /* sets (FORK_EAGER/COW/ODF) or queries (-1) the fork mode; returns the previous */              \
  X(23, forkmode, STUB, int, (int mode))                                                           \
  /* copies min(n, VMSTAT_COUNT) counters; returns VMSTAT_COUNT */                                 \
  X(24, vmstat, STUB, int, (uint64 * vals, int n))                                                 \
  /* number of harts running the kernel */                                                         \
  X(25, ncpu, STUB, int, (void))                                                                   \
  /* starts fn(arg) in this address space on the given stack (16-byte aligned top);                \
   * returns a thread id > 0 or -1; when fn returns the thread ends (thread_exit) */               \
  X(26, thread_create, OWN, int, (void (*fn)(void *), void *arg, void *stack_top))                 \
  /* ends the calling thread; the last thread's exit ends the process with status */               \
  X(27, thread_exit, STUB, NORETURN void, (int status))                                            \
  /* waits for thread tid of this process to end; 0 or -1 */                                       \
  X(28, thread_join, STUB, int, (int tid, int *status))                                            \
  /* TLB_IPI or TLB_SBI_RFENCE, -1 queries; returns the previous mode */                           \
  X(29, tlbmode, STUB, int, (int mode))                                                            \
  /* runs a kernel microbenchmark (KBENCH_*) iters times on this hart; returns the                 \
   * elapsed time-CSR ticks, or -1 */                                                              \
  X(30, kbench, STUB, long, (int which, long iters))                                               \
  /* prints every thread (pid, name, state, wait channel) and what each hart runs to               \
   * the console, like Ctrl-P; returns 0 */                                                        \
  X(31, procdump, STUB, int, (void))                                                               \
  /* debugging: fills info[PAGEINFO_WORDS] for the page mapping user address va (its frame,        \
   * reference count and PAGEINFO_* flags); 0, or -1 when va is not mapped */                      \
  X(32, pageinfo, STUB, int, (const void *va, uint64 *info))

/* The numbers: SYS_fork == 1 ... (an enum in C, .equ symbols in assembly). */
#ifdef __ASSEMBLER__
#define SYSCALL_EQU(num, name, how, ret, params) .equ SYS_##name, num;
SYSCALLS(SYSCALL_EQU)
#undef SYSCALL_EQU
#else
enum syscall_number {
#define SYSCALL_ENUM(num, name, how, ret, params) SYS_##name = num,
  SYSCALLS(SYSCALL_ENUM)
#undef SYSCALL_ENUM
};
/* The highest number: the calls are numbered 1, 2, ... without gaps. */
#define SYSCALL_ONE(num, name, how, ret, params) +1
enum { SYS_MAX = 0 SYSCALLS(SYSCALL_ONE) };
#undef SYSCALL_ONE
#endif

#define FORK_EAGER 0
#define FORK_COW 1
#define FORK_ODF 2 /* on-demand fork: COW, and the leaf page tables shared too */
#define FORK_MODE_NAME(m)                                                                          \
  ((m) == FORK_EAGER ? "eager" : (m) == FORK_COW ? "cow" : (m) == FORK_ODF ? "odf" : "unknown")

#define TLB_IPI 0        /* shootdowns by our own IPI + mailbox protocol */
#define TLB_SBI_RFENCE 1 /* shootdowns by the SBI RFENCE extension */

/* pageinfo's words: the page frame number, the reference count, flags. */
#define PAGEINFO_PFN 0
#define PAGEINFO_REFS 1
#define PAGEINFO_FLAGS 2
#define PAGEINFO_WORDS 3
#define PAGEINFO_R 1   /* readable */
#define PAGEINFO_W 2   /* writable */
#define PAGEINFO_X 4   /* executable */
#define PAGEINFO_COW 8 /* copy-on-write: a store copies it (or reuses a sole owner's) */

#define KBENCH_PAGE_COPY 0 /* copy one 4 KiB page (the fault path's copy) */
#define KBENCH_REF_AMO 1   /* get+put on one shared hot page's AMO count */
#define KBENCH_REF_LOCK 2  /* the same under one global spinlock (lab design) */
#define KBENCH_NULL 3      /* nothing: the system-call round trip alone */
#define KBENCH_SHOOTDOWN                                                                           \
  4 /* one shootdown round to every other hart running                                             \
     * the caller's address space (see tlbmode) */

#endif
