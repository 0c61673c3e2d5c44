/* t.h: the harness shared by the in-guest test programs (the test
 * library, user/tests/lib/t.c, which every test links).
 *
 * A program lists its cases in a table and calls t_main. Each case runs in
 * a forked child under a watchdog, so a crash or a hang is that case's
 * FAIL and the next case still runs. For every case t_main prints exactly
 *   test NAME: PASS        or        test NAME: FAIL: reason
 * and it fails a passing case that did not give back every page it took
 * (free_pages must return to its value before the case). The program exits
 * 0 only if every case passed. "PROG CASE..." runs only the cases named
 * (a name ending in '*': every case it begins), "PROG -CASE..." all but
 * those. Started as "PROG -c [CASE...]" (crowd
 * mode, for the soak), it skips that page check, because other programs
 * allocate beside it; whoever runs it checks the pages once all are done.
 *
 * Inside a case (or any process it forks) CHECK, CHECK_EQ and T_FAIL end
 * the process with status T_FAIL_STATUS after sending the reason to t_main
 * through a pipe; the first reason sent is the one printed. Only t_main
 * prints.
 *
 * A case marked T_PROGRESS calls t_progress once per round of its long
 * loops, and its timeout is a time without progress, not a time in all:
 * it fails for time only when its timeout passes with no call, so a slow
 * host makes it slower but not a failure. While it keeps getting on past
 * its timeout, its watchdog prints "t: NAME still running ..." once per
 * timeout, which is what keeps runtests' own watchdog (no line for a
 * while) from firing. Such a case holds one more descriptor (the beat
 * pipe), so a case that needs all NOFILE of them is not marked. */
#ifndef T_H
#define T_H

#include "user.h"
#include "param.h"

#define PGSIZE 4096UL
#define PGROUNDUP(a) (((uint64)(a) + PGSIZE - 1) & ~(PGSIZE - 1))
#define KERNEL_VA 0xffffffc080200000UL /* where the kernel is mapped */
#define USER_VA_END (1UL << 38)        /* first address beyond user space */
#define TICKS_PER_S TICK_HZ

struct t_case {
  const char *name;
  void (*fn)(void);
  int timeout_s; /* 0: the default, T_TIMEOUT_S */
  int flags;     /* T_PROGRESS or 0 */
  /* Run by the runner once the case has ended, however it ended (NULL:
   * nothing): removes what a case killed midway leaves in the file
   * system, so that only the case fails, not the page check after it. */
  void (*cleanup)(void);
};

#define T_TIMEOUT_S 60
#define T_PROGRESS 1 /* the case calls t_progress; see the top of this file */
#define T_REASON_MAX 150
#define T_FAIL_STATUS 97 /* exit status of a process that failed a check */

extern int t_reason_fd; /* write end of the reason pipe, in cases (-1 outside) */
extern int t_crowd;     /* -c: others run beside us; no page check */
extern int t_dog_fired; /* set by t_reap when a case ran out of time */

/* Reporting a failure (T_FAIL, CHECK and CHECK_EQ call it). */
__attribute__((noreturn)) void t_fail_msg(const char *msg);

#define T_FAIL(...)                                                                                \
  do {                                                                                             \
    char t_buf_[T_REASON_MAX + 1];                                                                 \
    snprintf(t_buf_, sizeof t_buf_, __VA_ARGS__);                                                  \
    t_fail_msg(t_buf_);                                                                            \
  } while (0)

#define CHECK(c)                                                                                   \
  do {                                                                                             \
    if (!(c))                                                                                      \
      T_FAIL("line %d: %s", __LINE__, #c);                                                         \
  } while (0)

#define CHECK_EQ(a, b)                                                                             \
  do {                                                                                             \
    long t_a_ = (long)(a), t_b_ = (long)(b);                                                       \
    if (t_a_ != t_b_)                                                                              \
      T_FAIL("line %d: %s is %ld, want %ld", __LINE__, #a, t_a_, t_b_);                            \
  } while (0)

/* Processes: start and release signals over a pipe, forks and waits that
 * fail the caller when they fail. */
void t_await(int fd);
void t_signal(int fd);
long t_fork_exit_wait(void);
int t_fork(void);
int t_wait(int pid);
void t_wait_ok(int pid, const char *what);
int t_child_status(void (*fn)(void));

/* Pages and the stack: free pages now, free pages once settled, a stack
 * made private below the caller. */
long t_free(void);
long t_free_settle(long want);
/* Takes every page sbrk can get, in shrinking steps; returns how many.
 * The caller's stack must already be private (t_warm_stack). */
long t_exhaust(void);
/* Reads fd to its end, or until size-1 bytes, into buf, NUL-terminated;
 * returns the bytes read. */
int t_read_all(int fd, char *buf, int size);
__attribute__((noinline)) void t_warm_stack(void);

/* A deterministic pseudo-random sequence. */
uint64 t_rand(uint64 *s);

/* Running cases: the beat of a T_PROGRESS case, the table runner, and the
 * watchdog and reaper it is built of (runtests uses them for its own). */
void t_progress(void);
__attribute__((noreturn)) void t_main(int argc, char **argv, const struct t_case *cases);
__attribute__((noinline)) void t_dog_run(int ready_fd, int fd, int secs, const char *name);
__attribute__((noinline)) int t_reap(const char *name, int pid, int dog);

#endif
