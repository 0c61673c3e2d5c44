/* runtests [PROG[:CASE,CASE...]...]: runs the test programs (default:
 * all, in a fixed order; after a colon, only the named cases) one at a
 * time, passing their output through to the console while
 * counting its "test NAME: PASS|FAIL" lines. After each program it adds
 *   test exit-PROG: PASS|FAIL    its exit status agrees with its lines
 *   test leak-PROG: PASS|FAIL    free pages are back to their value before
 * and at the end prints "guest: N passed, M failed". Exits 0 only if
 * nothing failed. A program that prints no line for PROG_STALL_S is
 * killed (by "runtests --watchdog SECONDS", see start_watchdog): a slow
 * host makes a program slower, not a failure, since every case prints
 * its verdict, or a note that it is still getting on, within its own
 * timeout (t.h). */
#include "t.h"

/* More than the longest case timeout (180 s) plus t_free_settle's 30 s. */
#define PROG_STALL_S 300

static const char *all_progs[] = {
    "tsyscall", "tfs",  "tpipe",   "tproc", "tinit", "tmem",     "tcow",  "tthread",
    "tcowrace", "todf", "tstress", "telf",  "tfmap", "texhaust", "tfuzz", 0,
};

static int passed, failed;
static int boot_fork_mode; /* the fork mode the boot chose (forkmode=) */
static int boot_tlb_mode;  /* the shootdown mode the boot chose */

static void result(const char *kind, const char *prog, const char *why) {
  if (why) {
    printf("test %s-%s: FAIL: %s\n", kind, prog, why);
    failed++;
  } else {
    printf("test %s-%s: PASS\n", kind, prog);
    passed++;
  }
}

/* Counts one output line of a program (without its newline). */
static void count_line(const char *line, int n, int *p, int *f) {
  if (n < 5 || strncmp(line, "test ", 5) != 0)
    return;
  for (int i = 5; i + 6 <= n; i++) {
    if (line[i] == ':' && line[i + 1] == ' ') {
      if (n - i == 6 && strncmp(line + i, ": PASS", 6) == 0)
        (*p)++;
      else if (strncmp(line + i, ": FAIL", 6) == 0)
        (*f)++;
      return;
    }
  }
}

/* Copies the program's output from fd to the console line by line (one
 * write per line), counting test lines, and sends one byte per line to
 * the watchdog on dog (none if dog < 0). */
static void relay(int fd, int *p, int *f, int dog) {
  static char line[512];
  static char buf[512];
  int len = 0, n;
  while ((n = read(fd, buf, sizeof buf)) > 0) {
    for (int i = 0; i < n; i++) {
      line[len++] = buf[i];
      if (buf[i] == '\n' || len == (int)sizeof line) {
        write(1, line, len);
        count_line(line, line[len - 1] == '\n' ? len - 1 : len, p, f);
        len = 0;
        if (dog >= 0)
          write(dog, ".", 1);
      }
    }
  }
  if (len > 0) {
    line[len++] = '\n';
    write(1, line, len);
    count_line(line, len - 1, p, f);
  }
}

/* Starts the watchdog for the program pid: "runtests --watchdog" run as
 * its own program, so that it shares no pages with us (our writes while
 * it watches copy nothing), and fully started before the program runs (so
 * the program's free-page counts see none of its allocations). Returns
 * its pid, with *ctl the descriptor on which to send it a byte per line
 * of output; -1 on failure. */
static int start_watchdog(int pid, int *ctl) {
  int c[2], r[2];
  char ch;
  if (pipe(c) < 0)
    return -1;
  if (pipe(r) < 0) {
    close(c[0]);
    close(c[1]);
    return -1;
  }
  int dog = fork();
  if (dog == 0) {
    char secs[16], spid[16];
    snprintf(secs, sizeof secs, "%d", PROG_STALL_S);
    snprintf(spid, sizeof spid, "%d", pid);
    close(0);
    dup(c[0]);
    close(1);
    dup(r[1]);
    for (int fd = 3; fd < NOFILE; fd++) /* ours and the program's pipes */
      close(fd);
    char *argv[] = {"runtests", "--watchdog", secs, spid, 0};
    exec("/runtests", argv);
    exit(2);
  }
  close(c[0]);
  close(r[1]);
  if (dog < 0 || read(r[0], &ch, 1) != 1) {
    close(c[1]);
    close(r[0]);
    return -1;
  }
  close(r[0]);
  *ctl = c[1];
  return dog;
}

/* The watchdog: reports ready on fd 1, then counts the bytes that come on
 * fd 0 (one per line the program prints) and kills process pid once secs
 * seconds pass with none, after printing (on fd 2, the console: nobody
 * reads fd 1 by then) every thread's state. Exits 0 if it killed it. */
static void watchdog(int secs, int pid) {
  t_dog_run(1, 0, secs, NULL);
  fprintf(2, "runtests: pid %d printed nothing for %d s; every thread, before the kill:\n", pid,
          secs);
  procdump();
  exit(kill(pid) == 0 ? 0 : 1);
}

/* Runs prog (with the cases in the comma-separated list cases, NULL for
 * all) with its output through a pipe; returns its exit status and the
 * counts of its PASS and FAIL lines; -2 if it timed out. The program
 * waits to exec until its watchdog is ready. */
static int run(const char *prog, char *cases, int *p, int *f) {
  char path[32], ch;
  int fds[2], go[2], ctl = -1;
  snprintf(path, sizeof path, "/%s", prog);
  if (pipe(fds) < 0)
    return -3;
  if (pipe(go) < 0) {
    close(fds[0]);
    close(fds[1]);
    return -3;
  }
  int pid = fork();
  if (pid == 0) {
    close(fds[0]);
    close(1);
    dup(fds[1]);
    close(2);
    dup(fds[1]);
    close(fds[1]);
    close(go[1]);
    if (read(go[0], &ch, 1) != 1)
      exit(127);
    close(go[0]);
    char *argv[MAXARG];
    int argc = 0;
    argv[argc++] = (char *)prog;
    for (char *c = cases; c && *c && argc < MAXARG - 1;) {
      argv[argc++] = c;
      char *comma = strchr(c, ',');
      if (!comma)
        break;
      *comma = 0;
      c = comma + 1;
    }
    argv[argc] = 0;
    exec(path, argv);
    printf("runtests: exec %s failed\n", path);
    exit(127);
  }
  close(fds[1]);
  close(go[0]);
  if (pid < 0) {
    close(fds[0]);
    close(go[1]);
    return -3;
  }
  int dog = start_watchdog(pid, &ctl);
  write(go[1], "g", 1);
  close(go[1]);
  relay(fds[0], p, f, ctl);
  close(fds[0]);
  if (ctl >= 0)
    close(ctl);
  int st = t_reap(NULL, pid, dog), timed_out = t_dog_fired;
  t_dog_fired = 0;
  return timed_out ? -2 : st;
}

/* Runs one PROG[:CASE,...] argument (which it may modify). */
static void run_one(char *arg) {
  char why[96];
  int p = 0, f = 0;
  char *colon = strchr(arg, ':'), *prog = arg;
  if (colon)
    *colon = 0;
  long free0 = t_free();
  int st = run(prog, colon ? colon + 1 : 0, &p, &f);
  passed += p;
  failed += f;
  why[0] = 0;
  if (st == -2)
    snprintf(why, sizeof why, "no line for %d s (killed)", PROG_STALL_S);
  else if (st == -3)
    snprintf(why, sizeof why, "could not start");
  else if (p + f == 0)
    snprintf(why, sizeof why, "no test lines (status %d)", st);
  else if (st != 0 && f == 0)
    snprintf(why, sizeof why, "status %d with no failed test", st);
  else if (st == 0 && f > 0)
    snprintf(why, sizeof why, "status 0 with %d failed tests", f);
  result("exit", prog, why[0] ? why : 0);
  if (forkmode(-1) != boot_fork_mode)
    forkmode(boot_fork_mode);
  if (tlbmode(-1) != boot_tlb_mode)
    tlbmode(boot_tlb_mode);
  long free1 = t_free_settle(free0);
  if (free1 != free0)
    snprintf(why, sizeof why, "%ld pages lost (free %ld -> %ld)", free0 - free1, free0, free1);
  else
    why[0] = 0;
  result("leak", prog, why[0] ? why : 0);
}

int main(int argc, char **argv) {
  if (argc == 4 && strcmp(argv[1], "--watchdog") == 0)
    watchdog(atoi(argv[2]), atoi(argv[3]));
  t_warm_stack();
  boot_fork_mode = forkmode(-1);
  boot_tlb_mode = tlbmode(-1);
  if (argc > 1) {
    for (int i = 1; i < argc; i++)
      run_one(argv[i]);
  } else {
    for (int i = 0; all_progs[i]; i++) {
      char name[32];
      strcpy(name, all_progs[i]);
      run_one(name);
    }
  }
  printf("guest: %d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
