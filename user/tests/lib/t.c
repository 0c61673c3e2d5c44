/* t.c: the test harness (the test library; t.h says what it does): the
 * case runner and its watchdog, failure reports, and the helpers the
 * cases share. */
#include "t.h"

int t_reason_fd = -1;      /* write end of the reason pipe, in cases */
static int t_beat_fd = -1; /* write end of the watchdog's beat pipe, in cases */
static int t_beat_at;      /* uptime of the last beat sent (per process) */
int t_crowd;               /* -c: others run beside us; no page check */

/* Ends the calling process with status T_FAIL_STATUS after reporting msg. */
__attribute__((noreturn)) void t_fail_msg(const char *msg) {
  char buf[T_REASON_MAX + 2];
  int n = strlen(msg);
  if (n > T_REASON_MAX)
    n = T_REASON_MAX;
  memcpy(buf, msg, n);
  buf[n++] = '\n';
  if (t_reason_fd >= 0)
    write(t_reason_fd, buf, n);
  else
    write(2, buf, n);
  exit(T_FAIL_STATUS);
}

/* Blocks until a byte arrives on fd (a start or release signal from
 * another process); fails the caller if none can. */
void t_await(int fd) {
  char c;
  if (read(fd, &c, 1) != 1)
    T_FAIL("sync read failed");
}
/* Sends one such byte on fd. */
void t_signal(int fd) {
  if (write(fd, "s", 1) != 1)
    T_FAIL("sync write failed");
}

/* Forks a child that exits at once, and waits for it, with no store to
 * user memory on either side between fork and wait (so no COW fault).
 * Returns the child's pid, or -1 if fork failed. */
long t_fork_exit_wait(void) {
  register long a0 __asm__("a0");
  __asm__ volatile("li a7, %[fork]\n"
                   "ecall\n"
                   "bnez a0, 1f\n"
                   "li a7, %[exit]\n"
                   "ecall\n" /* child: exit(0) */
                   "1: bltz a0, 2f\n"
                   "mv t0, a0\n"
                   "li a0, 0\n"
                   "li a7, %[wait]\n"
                   "ecall\n" /* parent: wait(0) */
                   "mv a0, t0\n"
                   "2:\n"
                   : "=r"(a0)
                   : [fork] "i"(SYS_fork), [exit] "i"(SYS_exit), [wait] "i"(SYS_wait)
                   : "a7", "t0", "memory");
  return a0;
}

/* Tells the case's watchdog that the case is getting on; call it once per
 * round of a long loop, from the case or any process it forks (nothing
 * unless the case is marked T_PROGRESS). Sends at most one byte a second
 * (the watchdog only needs to know there was one). */
void t_progress(void) {
  int now = uptime();
  if (t_beat_fd < 0 || now - t_beat_at < TICKS_PER_S)
    return;
  t_beat_at = now;
  write(t_beat_fd, "b", 1);
}

/* Free pages right now. */
long t_free(void) { return (long)vmstat_get(VM_free_pages); }

long t_exhaust(void) {
  long grabbed = 0;
  for (long step = 256; step > 0;) {
    if (sbrk(step * PGSIZE) == (char *)-1)
      step /= 2;
    else
      grabbed += step;
  }
  return grabbed;
}

int t_read_all(int fd, char *buf, int size) {
  int n = 0, r;
  while (n < size - 1 && (r = read(fd, buf + n, size - 1 - n)) > 0)
    n += r;
  buf[n] = 0;
  return n;
}

/* Waits (up to 30 s of real time: a busy host may not run an exiting
 * process's hart for a while) for free_pages to equal want, giving
 * exiting processes and init's reaping time to finish; returns the last
 * value. A leak still fails, only later. */
long t_free_settle(long want) {
  long f = t_free();
  for (int i = 0; i < 600 && f != want; i++) {
    sleep(5);
    f = t_free();
  }
  return f;
}

/* Children reaped by t_wait while it looked for another one. */
#define T_MAX_REAPED NPROC
static int t_reaped_pid[T_MAX_REAPED], t_reaped_st[T_MAX_REAPED];

/* Waits for the child pid and returns its status; children met on the
 * way are kept for later calls. Fails the caller if pid is no child. */
int t_wait(int pid) {
  for (int i = 0; i < T_MAX_REAPED; i++) {
    if (t_reaped_pid[i] == pid && pid > 0) {
      t_reaped_pid[i] = 0;
      return t_reaped_st[i];
    }
  }
  for (;;) {
    int st = 0, r = wait(&st);
    if (r == pid)
      return st;
    if (r < 0)
      T_FAIL("wait: child %d missing", pid);
    for (int i = 0; i < T_MAX_REAPED; i++) {
      if (t_reaped_pid[i] == 0) {
        t_reaped_pid[i] = r;
        t_reaped_st[i] = st;
        break;
      }
    }
  }
}

/* Fails the caller unless child pid exits with status 0. */
void t_wait_ok(int pid, const char *what) {
  int st = t_wait(pid);
  if (st != 0)
    T_FAIL("%s: child exited with status %d", what, st);
}

/* Runs fn in a child (which exits 0 if fn returns); returns its status. */
int t_child_status(void (*fn)(void)) {
  int pid = fork();
  if (pid < 0)
    T_FAIL("fork failed");
  if (pid == 0) {
    fn();
    exit(0);
  }
  return t_wait(pid);
}

/* Fork that must succeed. */
int t_fork(void) {
  int pid = fork();
  if (pid < 0)
    T_FAIL("fork failed");
  return pid;
}

/* A simple deterministic pseudo-random sequence (xorshift). */
uint64 t_rand(uint64 *s) {
  uint64 x = *s;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  return *s = x;
}

/* Writes a few pages of stack below the caller's frame, so that the
 * stack calls made afterwards need no new or copied pages: call it before
 * taking a free-page count that must come back exactly. */
__attribute__((noinline)) void t_warm_stack(void) {
  volatile char pad[4 * PGSIZE];
  for (uint64 i = 0; i < sizeof pad; i += 512)
    pad[i] = 0;
}

/* A watchdog's beat counter, advanced by its counting thread and read by
 * its main thread (relaxed both: a count, ordering nothing). */
static long t_dog_beats;
/* The counting thread's stack (written whole before the watch starts). */
static char t_dog_stack[1024] __attribute__((aligned(16)));

/* The watchdog's counting thread: counts the bytes that arrive on the
 * descriptor arg until end of file. */
static void t_dog_count(void *arg) {
  int fd = (int)(long)arg;
  char c;
  while (read(fd, &c, 1) == 1)
    __atomic_fetch_add(&t_dog_beats, 1, __ATOMIC_RELAXED);
}

/* A watchdog, in the calling process: takes every page its watch will
 * write (the beat counter's, the counting thread's stack, and its own
 * stack from this frame down), reports one byte on ready_fd, then counts
 * the bytes arriving on fd (none if fd < 0) in a thread and returns once
 * secs seconds have passed with none (if the thread cannot start, none is
 * seen: secs in all). While bytes keep coming, prints a line naming name
 * (NULL: none) each time another secs seconds have gone by. So that it
 * allocates nothing while the watched process counts free pages, nothing
 * after the ready byte writes above this frame: callers exit once it
 * returns. */
__attribute__((noinline)) void t_dog_run(int ready_fd, int fd, int secs, const char *name) {
  t_dog_beats = 0;
  memset(t_dog_stack, 0, sizeof t_dog_stack);
  t_warm_stack();
  long seen = 0;
  int start = uptime(), last = start, note = start + secs * TICKS_PER_S;
  write(ready_fd, "r", 1);
  if (fd >= 0)
    thread_create(t_dog_count, (void *)(long)fd, t_dog_stack + sizeof t_dog_stack);
  for (;;) {
    sleep(TICKS_PER_S);
    int now = uptime();
    long b = __atomic_load_n(&t_dog_beats, __ATOMIC_RELAXED);
    if (b != seen) {
      seen = b;
      last = now;
    }
    if (now - last >= secs * TICKS_PER_S)
      return;
    if (name && now >= note) {
      printf("t: %s still running after %d s, and getting on\n", name, (now - start) / TICKS_PER_S);
      note = now + secs * TICKS_PER_S;
    }
  }
}

/* Set by t_reap when a case ran out of time (written only then, while the
 * case may still share the page: a timeout is a failure anyway). */
int t_dog_fired;

/* Reaps the case pid and the watchdog dog (none if dog <= 0), whichever
 * ends first; returns the case's status. A watchdog that exits 0 slept its
 * fill: t_dog_fired is set, and the case named name is reported and
 * killed (name NULL: the watchdog killed it itself). */
__attribute__((noinline)) int t_reap(const char *name, int pid, int dog) {
  int st = 0;
  for (int left = dog > 0 ? 2 : 1; left > 0;) {
    int s = 0, r = wait(&s);
    if (r < 0)
      break;
    if (r == pid) {
      st = s;
      left--;
      if (dog > 0)
        kill(dog);
    } else if (r == dog) {
      left--;
      if (s == 0 && !name) {
        t_dog_fired = 1;
      } else if (s == 0) { /* the case is still running */
        printf("test %s: timed out with %ld pages free; every thread, before the kill:\n", name,
               t_free());
        procdump(); /* what the case's processes wait on, for the log */
        t_dog_fired = kill(pid) == 0;
      }
    }
  }
  return st;
}

/* Runs one case; prints its line; returns 1 if it passed.
 *
 * Many cases count free pages around what they do, so nothing else may
 * allocate while they run. The watchdog is therefore forked first and
 * reports (through the go pipe) once it has taken every page its watch
 * will use (t_dog_run); the case waits on the same pipe for the go
 * that the runner gives once it has written its own stack again (so that
 * its waits copy no page still shared with the case). Before this order a
 * watchdog first run, or forked, while a case counted: one page (a
 * watchdog's stack) or some 29 (the whole fork) went missing from the
 * case's own count, in a case that leaked nothing. */
static int t_run_case(const struct t_case *c) {
  char why[T_REASON_MAX + 64];
  int fds[2], go[2], beat[2] = {-1, -1}, timeout = c->timeout_s ? c->timeout_s : T_TIMEOUT_S;
  char b = 0;
  long free0 = t_free();

  why[0] = 0;
  if (pipe(fds) < 0 || pipe(go) < 0 || ((c->flags & T_PROGRESS) && pipe(beat) < 0)) {
    printf("test %s: FAIL: harness: pipe failed\n", c->name);
    return 0;
  }
  int dog = fork();
  if (dog == 0) {
    close(fds[0]);
    close(fds[1]);
    close(go[0]);
    if (beat[1] >= 0)
      close(beat[1]);
    t_dog_run(go[1], beat[0], timeout, c->name);
    exit(0);
  }
  if (dog > 0 && read(go[0], &b, 1) != 1)
    dog = -1;
  int pid = fork();
  if (pid == 0) {
    close(fds[0]);
    if (beat[0] >= 0)
      close(beat[0]);
    t_reason_fd = fds[1];
    t_beat_fd = beat[1];
    t_beat_at = uptime();
    if (read(go[0], &b, 1) != 1)
      exit(T_FAIL_STATUS);
    close(go[0]);
    close(go[1]);
    c->fn();
    exit(0);
  }
  close(fds[1]);
  close(go[0]);
  if (beat[0] >= 0) {
    close(beat[0]);
    close(beat[1]);
  }
  if (pid < 0) {
    close(fds[0]);
    close(go[1]);
    if (dog > 0) {
      kill(dog);
      wait(0);
    }
    printf("test %s: FAIL: harness: fork failed\n", c->name);
    return 0;
  }
  t_warm_stack(); /* where t_reap's frame and its calls will be */
  write(go[1], &b, 1);
  close(go[1]);
  int st = t_reap(c->name, pid, dog), timed_out = t_dog_fired;
  t_dog_fired = 0;
  if (st == T_FAIL_STATUS) {
    int n = read(fds[0], why, T_REASON_MAX);
    if (n < 0)
      n = 0;
    why[n] = 0;
    char *nl = strchr(why, '\n');
    if (nl)
      *nl = 0;
    if (why[0] == 0)
      strcpy(why, "failed with no reason");
  } else if (timed_out) {
    snprintf(why, sizeof why, "timeout: %d s without progress", timeout);
  } else if (st == -1) {
    strcpy(why, "case process killed (status -1)");
  } else if (st != 0) {
    snprintf(why, sizeof why, "exit status %d", st);
  }
  close(fds[0]);
  if (c->cleanup)
    c->cleanup();
  if (why[0] == 0 && !t_crowd) {
    long free1 = t_free_settle(free0);
    if (free1 != free0)
      snprintf(why, sizeof why, "leaked %ld pages (free %ld -> %ld)", free0 - free1, free0, free1);
  }
  if (why[0]) {
    printf("test %s: FAIL: %s\n", c->name, why);
    return 0;
  }
  printf("test %s: PASS\n", c->name);
  return 1;
}

/* Waits (at most about 10 s) until the free-page count has held still for
 * a quarter of a second: a process of the program run before this one, or
 * of a case that failed (an orphan, which init reaps), may still be
 * exiting, and the next case's count would then see its pages come back,
 * as "leaked -1 pages". */
static void t_quiesce(void) {
  long f = t_free();
  for (int still = 0, i = 0; still < 5 && i < 200; i++) {
    sleep(TICKS_PER_S / 20);
    long g = t_free();
    still = g == f ? still + 1 : 0;
    f = g;
  }
}

/* Whether case name matches pattern p: the same name, or, for a p ending
 * in '*', a name that begins with what comes before it. */
static int t_matches(const char *p, const char *name) {
  int n = strlen(p);
  return n > 0 && p[n - 1] == '*' ? strncmp(p, name, n - 1) == 0 : strcmp(p, name) == 0;
}

/* Whether argv[1..argc-1] selects case name: one names it (NAME, or
 * PREFIX*), or, when every one is an exclusion (-NAME, -PREFIX*), none
 * excludes it; none at all selects every case. The boot line that carries
 * runtests' arguments holds 255 characters, so long lists matter. */
static int t_wanted(int argc, char **argv, const char *name) {
  int want = 1;
  for (int i = 1; i < argc; i++)
    if (argv[i][0] != '-')
      want = 0;
  for (int i = 1; i < argc; i++) {
    if (argv[i][0] == '-' && t_matches(argv[i] + 1, name))
      return 0;
    if (argv[i][0] != '-' && t_matches(argv[i], name))
      want = 1;
  }
  return want;
}

/* Runs the cases argv[1..] selects (t_wanted; after "-c", crowd mode)
 * from the table, which ends with a zero entry; exits 0 if all passed. */
__attribute__((noreturn)) void t_main(int argc, char **argv, const struct t_case *cases) {
  int mode = forkmode(-1), tlb = tlbmode(-1), failed = 0;
  char buf[64];

  if (argc > 1 && strcmp(argv[1], "-c") == 0) {
    t_crowd = 1;
    argv++;
    argc--;
  }
  t_warm_stack();
  snprintf(buf, sizeof buf, "%d %ld %s", argc, 0L, "warm");
  if (!t_crowd)
    t_quiesce();
  for (const struct t_case *c = cases; c->name; c++) {
    if (!t_wanted(argc, argv, c->name))
      continue;
    if (!t_run_case(c)) {
      failed++;
      if (!t_crowd)
        t_quiesce(); /* its orphans' pages are not the next case's */
    }
    if (forkmode(-1) != mode)
      forkmode(mode); /* a case that died may have left the mode changed */
    if (tlbmode(-1) != tlb)
      tlbmode(tlb);
  }
  exit(failed ? 1 : 0);
}
