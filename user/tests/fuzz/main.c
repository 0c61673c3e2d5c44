/* fuzz: the system-call fuzzer. This file, main.c, is the parent: it
 * starts and polices the episodes, checks what they leave behind, and
 * reads the command line; fuzz.h lists the other layers.
 *
 *   fuzz [-v] [-k] [-c] [-s N]... SEED SECONDS [PROCS]
 *       fuzz for SECONDS with PROCS processes (default 2 per hart)
 *   fuzz [-k] [-s N]... -e EPSEED [CALLS]
 *       replay one episode alone, printing every call before making it
 *   -v   print each episode's seed and pid as it starts, and page counts
 *   -k   add the unbounded cases: sbrk of more memory than the machine
 *        has, kbench with 2^40 iterations (both starve everyone else)
 *   -c   others run beside us: skip the checks of global state (free
 *        pages, new root entries); whoever runs us checks them at the end
 *   -s N never make system call N (to look past a known bug)
 *
 * PROCS slots each run a stream of "episodes": a child process that makes
 * CALLS random system calls (numbers 0..30, 32 to 34 and some far out of
 * range, extensions included, poweroff and procdump, which only prints,
 * excluded) with arguments drawn from
 * hostile sets: 0, -1, huge and negative lengths and counts, ints with
 * junk in the upper register half, kernel and direct-map addresses,
 * addresses just below and beyond the user limit (1 << 38) and
 * non-canonical ones, unaligned pointers, pointers into read-only text and
 * rodata, into pages shared copy-on-write with the parent, into the stack
 * guard page and the not yet grown stack, buffers that run off the end of
 * the heap into unmapped memory, descriptors closed, of the wrong kind or
 * out of range, paths with no NUL within MAXPATH bytes or that run into an
 * unmapped page, argv arrays too long or half-mapped, thread entries and
 * stacks that are refused or fault. Half the episodes also run two fuzzing
 * threads, so calls race with their siblings' sbrk, fork, exec, close,
 * chdir and COW faults; user-mode stores into the shared heap pages are
 * mixed in. Episodes fork children that make a few calls that cannot
 * block, and exit.
 *
 * Reproducible: slot i's sub-seed comes from SEED and i (printed at
 * start), episode j's seed from the sub-seed and j, and every choice from
 * xorshift generators seeded with those; the same SEED replays the same
 * call streams (the interleaving differs). After a panic, run again with
 * -v to see which episodes were running, and replay them one at a time
 * with -e: the last call printed before a panic is the culprit.
 *
 * What keeps the fuzzer from harming anything but itself: it kills only
 * its own children (and itself); execs only nonexistent or malformed
 * files (/t/bad_*) and, outside forked children, /echo; opens files outside
 * /fz read-only and never links to them; creates and removes files only
 * under /fz (every path it can form resolves there, and the working
 * directory never leaves it); never opens the console (the parent's
 * stdout is kept at descriptor OUTFD, which no call is given); flips the
 * fork and TLB modes but restores them at the end; bounds sbrk growth; and
 * never lets the kernel write into its own control data or live frames.
 *
 * Checks, each printed as "fuzz: FAIL: ...": an episode that ends
 * normally re-checks its pid, a canary area and a word of its stack (so a
 * call returned or killed only its caller) and exits EP_DONE + calls made;
 * an episode may also exit by a fuzzed exit, exec /echo or be killed (a
 * fault, its own kill, out of memory), any other status is a failure; an
 * episode still running EP_DEADLINE_S after it started (a call may wait
 * forever, e.g. sleep(INT_MAX)) is killed and must then end within HANG_S
 * (else the kernel hangs); the parent's own copy of the COW-shared area is
 * unchanged; /fz can be removed; no file outside /fz changed; free pages
 * come back to their value before the run; the fork and TLB modes are
 * restored. Ends with "fuzz: PASS" (exit 0) or "fuzz: FAIL" (exit 1). */
#include "fuzz.h"

/* The sub-seed of slot slot, and episode ep's seed from a sub-seed. */
static uint64 slot_seed(uint64 seed, int slot) {
  return splitmix(seed ^ ((uint64)(slot + 1) << 32));
}
static uint64 episode_seed(uint64 sub, int ep) {
  return splitmix(sub + (uint64)ep * 0x9e3779b97f4a7c15UL);
}

/* ---------------------------------------------------------------- checks */

static int failures;

/* Reports a failed check (the line scripts and tfuzz look for). */
#define FAILF(...)                                                                                 \
  do {                                                                                             \
    char fail_buf_[200];                                                                           \
    snprintf(fail_buf_, sizeof fail_buf_, __VA_ARGS__);                                            \
    printf("fuzz: FAIL: %s\n", fail_buf_);                                                         \
    failures++;                                                                                    \
  } while (0)

/* Free pages right now. */
static long free_pages(void) { return (long)vmstat_get(VM_free_pages); }

/* Removes path and everything below it; returns unlink's result for path. */
static int rm_tree(const char *path, int depth) {
  struct stat st;
  int fd = open(path, O_RDONLY); /* fails on devices: unlink them anyway */
  if (fd >= 0 && fstat(fd, &st) == 0 && st.type == T_DIR && depth < 40) {
    struct {
      ushort inum;
      char name[14];
    } de;
    char sub[MAXPATH];
    int plen = strlen(path);
    while (read(fd, &de, sizeof de) == sizeof de) {
      if (de.inum == 0 || strcmp(de.name, ".") == 0 || strcmp(de.name, "..") == 0)
        continue;
      if (plen + 16 > MAXPATH)
        continue;
      memcpy(sub, path, plen);
      sub[plen] = '/';
      memcpy(sub + plen + 1, de.name, 14);
      sub[plen + 15] = 0;
      rm_tree(sub, depth + 1);
    }
  }
  if (fd >= 0)
    close(fd);
  return unlink(path);
}

/* Word i of the COW-shared area's pattern; returns 1 if the parent's
 * copy still holds the whole pattern. */
static uint64 cow_word(int i) { return 0xc0a0000000000000UL ^ (uint64)i * 0x100000001b3UL; }

static int cow_intact(void) {
  uint64 *w = (uint64 *)cow_area;
  for (int i = 0; i < (int)(COW_PAGES * PGSIZE / 8); i++)
    if (w[i] != cow_word(i))
      return 0;
  return 1;
}

/* ---------------------------------------------------------------- episode slots */

struct slot {
  uint64 sub;  /* sub-seed */
  int ep;      /* episodes started */
  int pid;     /* the running episode, 0 if none */
  int started; /* its start (ticks) */
  int killed;  /* when we killed it for its deadline; < 0 once reported hung */
  uint64 seed;
};

static struct slot slots[MAXPROCS];
static int nprocs, ncalls_ep = DEF_CALLS, show_eps, t_start;
static long n_done, n_exit, n_exec, n_killed, n_deadline, n_calls, n_eps, n_forkfail;

/* Forks slot s's next episode; returns its pid or -1. */
static int start_episode(struct slot *s, int idx) {
  uint64 seed = episode_seed(s->sub, s->ep);
  int pid = fork();
  if (pid == 0)
    episode(seed, ncalls_ep);
  if (pid < 0) {
    n_forkfail++;
    return -1;
  }
  if (show_eps)
    printf("fuzz: proc %d episode %d seed 0x%lx pid %d\n", idx, s->ep, seed, pid);
  s->seed = seed;
  s->ep++;
  s->pid = pid;
  s->started = uptime();
  s->killed = 0;
  n_eps++;
  return pid;
}

/* Accounts for the end of slot s's episode with status st. */
static void episode_ended(struct slot *s, int st) {
  if (s->killed)
    n_deadline++;
  else if (st >= EP_DONE) {
    n_done++;
    n_calls += st - EP_DONE;
  } else if (st == EP_EXIT)
    n_exit++;
  else if (st == 0 || st == 1) /* echo: 1 when it cannot write (fd 1 closed) */
    n_exec++;
  else if (st == -1)
    n_killed++;
  else
    FAILF("episode 0x%lx ended with status %d", s->seed, st);
  s->pid = 0;
}

/* Kills episodes past their deadline; reports those that outlive it. */
static void police(void) {
  int now = uptime();
  for (int i = 0; i < nprocs; i++) {
    struct slot *s = &slots[i];
    if (!s->pid)
      continue;
    if (!s->killed && now - s->started > EP_DEADLINE_S * TICK_HZ) {
      kill(s->pid);
      s->killed = now;
    } else if (s->killed > 0 && now - s->killed > HANG_S * TICK_HZ) {
      FAILF("episode 0x%lx (pid %d) still running %d s after kill: kernel hang?", s->seed, s->pid,
            HANG_S);
      s->killed = -1;
    }
  }
}

/* Returns how many episodes are running. */
static int running(void) {
  int n = 0;
  for (int i = 0; i < nprocs; i++)
    n += slots[i].pid != 0;
  return n;
}

/* A child that exits after ticks, so that the parent's wait returns. */
static int start_timer(int ticks) {
  int pid = fork();
  if (pid == 0) {
    sleep(ticks);
    exit(0);
  }
  return pid;
}

/* Waits for episodes, starting new ones until end (ticks); returns when
 * all have ended, or at giveup (ticks) if some never do. */
static void run_slots(int end, int giveup) {
  int timer = 0, last_report = uptime();
  for (;;) {
    int now = uptime();
    if (now < end)
      for (int i = 0; i < nprocs; i++)
        if (!slots[i].pid && start_episode(&slots[i], i) < 0)
          break; /* no process slot now: later */
    police();
    if (now - last_report >= 10 * TICK_HZ) {
      printf("fuzz: %d s: %ld episodes, %ld calls in finished ones, %d running\n",
             (now - t_start) / TICK_HZ, n_eps, n_calls, running());
      last_report = now;
    }
    if ((now >= end && running() == 0) || now >= giveup)
      break;
    if (!timer && (timer = start_timer(TICK_HZ / 2)) < 0) {
      timer = 0;
      sleep(TICK_HZ / 5); /* the process table is full: wait and retry */
      continue;
    }
    int st = 0, pid = wait(&st);
    if (pid < 0) {
      sleep(TICK_HZ / 5);
      continue;
    }
    if (pid == timer) {
      timer = 0;
      continue;
    }
    for (int i = 0; i < nprocs; i++)
      if (slots[i].pid == pid)
        episode_ended(&slots[i], st);
  }
  if (timer > 0) { /* it ends at once when killed */
    kill(timer);
    for (int st = 0, pid; (pid = wait(&st)) >= 0 && pid != timer;)
      for (int i = 0; i < nprocs; i++)
        if (slots[i].pid == pid)
          episode_ended(&slots[i], st);
  }
}

/* ---------------------------------------------------------------- a run, the command line */

/* Prints the usage and exits 2. */
static void usage(void) {
  printf("usage: fuzz [-v] [-k] [-c] [-s SYSNUM]... SEED SECONDS [PROCS]\n"
         "       fuzz [-k] [-s SYSNUM]... -e EPSEED [CALLS]\n");
  exit(2);
}

/* Returns the decimal or 0x-hex number s; exits through usage if it is none. */
static uint64 parse_u64(const char *s) {
  uint64 v = 0;
  int base = 10;
  if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    base = 16;
    s += 2;
  }
  if (!*s)
    usage();
  for (; *s; s++) {
    int d = *s >= '0' && *s <= '9'   ? *s - '0'
            : *s >= 'a' && *s <= 'f' ? *s - 'a' + 10
            : *s >= 'A' && *s <= 'F' ? *s - 'A' + 10
                                     : 99;
    if (d >= base)
      usage();
    v = v * base + d;
  }
  return v;
}

/* Writes stack pages below us now, so later calls need none. */
static __attribute__((noinline)) void warm_stack(void) {
  volatile char pad[6 * PGSIZE];
  for (uint64 i = 0; i < sizeof pad; i += 512)
    pad[i] = 0;
}

/* Makes OUTFD a copy of stdout (descriptors below it stay as they were). */
static void make_outfd(void) {
  int got[NOFILE], n = 0, fd;
  while ((fd = dup(1)) >= 0 && fd < OUTFD)
    got[n++] = fd;
  for (int i = 0; i < n; i++)
    close(got[i]);
  if (fd != OUTFD) {
    printf("fuzz: FAIL: setup: cannot make descriptor %d (dup: %d)\n", OUTFD, fd);
    exit(1);
  }
}

/* The root directory's entries (name, inode, size), to check that the
 * fuzzer left every file outside /fz as it was. */
#define MAXROOT 160
struct rootent {
  char name[16];
  uint ino;
  uint64 size;
};
static struct rootent root0[MAXROOT];
static int nroot0;

/* Reads the root's entries into ents; returns how many (at most max). */
static int root_list(struct rootent *ents, int max) {
  struct {
    ushort inum;
    char name[14];
  } de;
  int n = 0, fd = open("/", O_RDONLY);
  while (fd >= 0 && n < max && read(fd, &de, sizeof de) == sizeof de) {
    if (de.inum == 0)
      continue;
    struct stat st;
    char path[16] = "/";
    memcpy(path + 1, de.name, 14);
    path[15] = 0;
    memcpy(ents[n].name, de.name, 14);
    ents[n].name[14] = 0;
    ents[n].ino = de.inum;
    ents[n].size = stat(path, &st) == 0 ? st.size : ~0UL;
    n++;
  }
  if (fd >= 0)
    close(fd);
  return n;
}

/* Fails for every root entry added, removed or changed since setup. */
static void root_check(void) {
  static struct rootent now[MAXROOT];
  int n = root_list(now, MAXROOT);
  for (int i = 0; i < n; i++) {
    int j = 0;
    while (j < nroot0 && strcmp(root0[j].name, now[i].name) != 0)
      j++;
    if (shared_run && (j == nroot0 || now[i].name[0] == '.'))
      continue; /* another program's doing */
    if (j == nroot0)
      FAILF("/%s appeared in the root (a path escaped /fz)", now[i].name);
    else if (root0[j].ino != now[i].ino || root0[j].size != now[i].size)
      FAILF("/%s changed: inode %d size %ld, was inode %d size %ld", now[i].name, now[i].ino,
            (long)now[i].size, root0[j].ino, (long)root0[j].size);
  }
  if (n < nroot0 && !shared_run)
    FAILF("%d root entries gone", nroot0 - n);
}

/* What episodes inherit; returns the free-page baseline. */
static long setup(void) {
  long free_at_start = free_pages();
  cow_area = sbrk(COW_PAGES * PGSIZE);
  if (cow_area == (char *)-1) {
    printf("fuzz: FAIL: setup: no memory for the shared area (%ld pages free)\n", free_at_start);
    exit(1);
  }
  uint64 *w = (uint64 *)cow_area;
  for (int i = 0; i < (int)(COW_PAGES * PGSIZE / 8); i++)
    w[i] = cow_word(i);
  memset(nonul, 'n', sizeof nonul);
  /* Text pointers must stay in text (read-only): addr_of and what follows
   * it run on for pages before the data segment starts. */
  uint64 data_lo = (uint64)&cow_area < (uint64)&E ? (uint64)&cow_area : (uint64)&E;
  text_span = (uint64)addr_of + 2048 + PGSIZE <= (data_lo & ~(PGSIZE - 1)) ? 2048 : 0;
  make_outfd();
  rm_tree("/fz", 0); /* a killed run's leftovers */
  mkdir("/fz");      /* grows / now if it must, not during the run */
  rm_tree("/fz", 0);
  nroot0 = root_list(root0, MAXROOT);
  warm_stack();
  long free0 = free_pages();
  if (show_eps)
    printf("fuzz: free pages %ld at start, %ld at the baseline; %d root entries\n", free_at_start,
           free0, nroot0);
  if (mkdir("/fz") < 0) {
    printf("fuzz: FAIL: setup: cannot make /fz\n");
    exit(1);
  }
  return free0;
}

/* Checks the end state; returns the free pages seen. */
static long finish(long free0, int mode0, int tlb0) {
  if (rm_tree("/fz", 0) < 0)
    FAILF("cannot remove /fz");
  root_check();
  if (forkmode(-1) != mode0)
    forkmode(mode0);
  if (tlbmode(-1) != tlb0)
    tlbmode(tlb0);
  if (forkmode(-1) != mode0 || tlbmode(-1) != tlb0)
    FAILF("modes not restored: fork %d tlb %d", forkmode(-1), tlbmode(-1));
  if (!cow_intact())
    FAILF("the parent's copy of the COW-shared pages changed");
  long f = free_pages();
  if (show_eps)
    printf("fuzz: free pages %ld before settling (baseline %ld)\n", f, free0);
  if (shared_run)
    return f; /* others allocate too: whoever runs us checks at the end */
  for (int i = 0; i < SETTLE_S * 10 && f != free0; i++) {
    sleep(TICK_HZ / 10);
    f = free_pages();
  }
  if (f != free0)
    FAILF("free pages %ld, want %ld: %ld lost", f, free0, free0 - f);
  return f;
}

/* fuzz -e EPSEED [CALLS]: one episode, every call printed. */
static void replay(uint64 seed, int calls) {
  int mode0 = forkmode(-1), tlb0 = tlbmode(-1);
  long free0 = setup();
  big_limit = 64 * PGSIZE;
  printf("fuzz: replaying episode 0x%lx, %d calls\n", seed, calls);
  verbose = 1;
  int pid = fork();
  if (pid == 0)
    episode(seed, calls);
  verbose = 0;
  nprocs = 1;
  slots[0] = (struct slot){.pid = pid, .started = uptime(), .seed = seed};
  t_start = uptime();
  run_slots(0, uptime() + (EP_DEADLINE_S + HANG_S + 10) * TICK_HZ);
  long f = finish(free0, mode0, tlb0);
  printf("fuzz: episode 0x%lx %s; free pages %ld -> %ld\n", seed,
         n_done       ? "finished"
         : n_exit     ? "exited"
         : n_exec     ? "exec'd echo"
         : n_killed   ? "was killed"
         : n_deadline ? "was killed at its deadline"
                      : "did not end",
         free0, f);
  printf("fuzz: %s\n", failures ? "FAIL" : "PASS");
  exit(failures ? 1 : 0);
}

/* fuzz [options] SEED SECONDS [PROCS], or fuzz [options] -e EPSEED [CALLS]:
 * see the top of this file. */
int main(int argc, char **argv) {
  int ai = 1, rep = 0;
  if (E.pid != 0) { /* _start run again inside an episode: a jump to 0 */
    uint64 sp = (uint64)__builtin_frame_address(0);
    fprintf(OUTFD,
            "fuzz: FAIL: episode 0x%lx (pid %d): main entered again, argc %d argv %p sp %p (%s), "
            "%ld calls, threads %ld %ld\n",
            E.seed, E.pid, argc, argv, (void *)sp,
            sp - (uint64)fth_stack[0] < FTH_STACK   ? "thread 0"
            : sp - (uint64)fth_stack[1] < FTH_STACK ? "thread 1"
                                                    : "main stack",
            E.calls, fth_calls[0], fth_calls[1]);
    sys_exit(EP_BAD);
  }
  ustack_top = PGROUNDUP((uint64)argv[0] + strlen(argv[0]) + 1);
  stack_low = ustack_top - USTACK_LIMIT;
  guard_page = stack_low - PGSIZE;
  live_low = ustack_top - LIVE_STACK;
  for (; ai < argc && argv[ai][0] == '-'; ai++) {
    if (strcmp(argv[ai], "-v") == 0)
      show_eps = 1;
    else if (strcmp(argv[ai], "-k") == 0)
      huge_ok = 1;
    else if (strcmp(argv[ai], "-c") == 0)
      shared_run = 1;
    else if (strcmp(argv[ai], "-e") == 0)
      rep = 1;
    else if (strcmp(argv[ai], "-s") == 0 && ai + 1 < argc)
      skipped |= 1U << (atoi(argv[++ai]) & 31);
    else
      usage();
  }
  if (rep) {
    if (argc - ai < 1 || argc - ai > 2)
      usage();
    replay(parse_u64(argv[ai]), argc - ai == 2 ? atoi(argv[ai + 1]) : DEF_CALLS);
  }
  if (argc - ai < 2 || argc - ai > 3)
    usage();
  uint64 seed = parse_u64(argv[ai]);
  int secs = atoi(argv[ai + 1]);
  nprocs = argc - ai == 3 ? atoi(argv[ai + 2]) : 2 * ncpu();
  if (nprocs < 1)
    nprocs = 1;
  if (nprocs > MAXPROCS)
    nprocs = MAXPROCS;
  printf("fuzz: seed %lu (0x%lx), %d s, %d procs on %d harts%s", seed, seed, secs, nprocs, ncpu(),
         huge_ok ? ", unbounded sizes (-k)" : "");
  if (skipped)
    printf(", never calling mask 0x%x (-s)", skipped);
  printf("\n");
  for (int i = 0; i < nprocs; i++) {
    slots[i].sub = slot_seed(seed, i);
    printf("fuzz: proc %d subseed 0x%lx\n", i, slots[i].sub);
  }
  int mode0 = forkmode(-1), tlb0 = tlbmode(-1);
  long free0 = setup();
  big_limit = (uint64)free0 * PGSIZE / (16 * nprocs);
  if (big_limit > 256 * PGSIZE)
    big_limit = 256 * PGSIZE;
  int start = t_start = uptime();
  run_slots(start + secs * TICK_HZ, start + (secs + EP_DEADLINE_S + HANG_S + 10) * TICK_HZ);
  if (running())
    FAILF("%d episodes never ended", running());
  long f = finish(free0, mode0, tlb0);
  printf("fuzz: %ld episodes in %d s: %ld finished, %ld exited, %ld exec'd echo, %ld killed "
         "(fault, kill or oom), %ld killed at deadline; %ld calls in finished episodes; "
         "%ld forks refused; free pages %ld -> %ld\n",
         n_eps, (uptime() - start) / TICK_HZ, n_done, n_exit, n_exec, n_killed, n_deadline, n_calls,
         n_forkfail, free0, f);
  printf("fuzz: %s\n", failures ? "FAIL" : "PASS");
  exit(failures ? 1 : 0);
}
