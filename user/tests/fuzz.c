/* fuzz: the system-call fuzzer.
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
 * CALLS random system calls (numbers 0..30, 32, 33 and some far out of
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
#include "user.h"
#include "param.h"

#define PGSIZE 4096UL
#define PGROUNDUP(a) (((uint64)(a) + PGSIZE - 1) & ~(PGSIZE - 1))
#define KERNEL_VA 0xffffffc080200000UL
#define DIRECT_MAP 0xffffffc000000000UL
#define USER_TOP (1UL << 38)
#define LIVE_STACK (64 * 1024) /* more stack than our frames ever use */
#define INT_MAX 0x7fffffff
#define INT_MIN (-INT_MAX - 1)
#define STR_(x) #x
#define STR(x) STR_(x)
#define NELEM(a) ((int)(sizeof(a) / sizeof((a)[0])))

#define MAXPROCS 24      /* most episode slots */
#define DEF_CALLS 160    /* calls per episode (main thread) */
#define THREAD_CALLS 80  /* calls per fuzzing thread */
#define CHILD_CALLS 12   /* most calls per forked child */
#define COW_PAGES 16     /* the parent's area, COW-shared with all episodes */
#define PRIV_PAGES 8     /* each episode's own heap area */
#define MAXKIDS 3        /* live children per episode */
#define NFTH 2           /* fuzzing threads per episode */
#define FTH_STACK 16384
#define EP_DEADLINE_S 20 /* an episode still running after this is killed */
#define HANG_S 30        /* ... and must then end within this */
#define SETTLE_S 20      /* for free pages to come back at the end */
#define OUTFD 15         /* the parent's stdout in episodes; never fuzzed */

/* Episode exit statuses. */
#define EP_DONE 1000 /* + calls made: finished, checks passed */
#define EP_EXIT 86   /* a fuzzed exit or thread_exit ended it */
#define EP_CHILD 87  /* a forked child's end */
#define EP_BAD 99    /* a check failed (reason printed) */

/* ---------------------------------------------------------------- randomness */

static uint64 splitmix(uint64 x) {
  x += 0x9e3779b97f4a7c15UL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9UL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebUL;
  return (x ^ (x >> 31)) | 1; /* never 0: xorshift would stick */
}

/* One generator per line of control (xorshift64*). */
struct rng {
  uint64 s;
};

static uint64 rnd(struct rng *r) {
  uint64 x = r->s;
  x ^= x >> 12;
  x ^= x << 25;
  x ^= x >> 27;
  r->s = x;
  return x * 0x2545f4914f6cdd1dUL;
}

static uint64 below(struct rng *r, uint64 n) { return n ? rnd(r) % n : 0; }
static int chance(struct rng *r, int one_in) { return below(r, one_in) == 0; }

static uint64 slot_seed(uint64 seed, int slot) { return splitmix(seed ^ ((uint64)(slot + 1) << 32)); }
static uint64 episode_seed(uint64 sub, int ep) { return splitmix(sub + (uint64)ep * 0x9e3779b97f4a7c15UL); }

/* ---------------------------------------------------------------- raw calls */

static __attribute__((noreturn)) void sys_exit(int status) {
  syscall(SYS_exit, status, 0, 0, 0, 0, 0);
  for (;;)
    ;
}

/* A thread entry that touches no memory: it ends its thread at once, so
 * any stack will do. */
_Static_assert(SYS_thread_exit == 27, "th_exit_now's system-call number");
__attribute__((naked)) static void th_exit_now(void) {
  __asm__("li a0, " STR(EP_EXIT) "\n\tli a7, 27\n\tecall\n1:\tj 1b");
}

/* ---------------------------------------------------------------- episode state */

enum fdkind { K_NONE, K_FILE, K_DIR, K_PIPE_R, K_PIPE_W, K_OTHER };
enum ctx { C_MAIN, C_THREAD, C_CHILD };

/* Set by the parent, inherited by every episode. */
static char *cow_area;   /* COW_PAGES pages, pattern written by the parent */
static uint64 big_limit; /* largest bounded sbrk, in bytes */
static uint64 text_span; /* bytes from addr_of on that are surely text */
static int huge_ok;      /* -k: unbounded sbrk and kbench counts too */
static int shared_run;   /* -c: other programs run beside us (no global checks) */
/* The stack ends at ustack_top (found from where exec put argv[0]) and
 * grows down to stack_low, the guard page below it; our frames in use lie
 * above live_low. */
static uint64 ustack_top, stack_low, guard_page, live_low;
static int verbose;      /* -e: print every call (on OUTFD) */
static char nonul[2 * MAXPATH]; /* 'n' bytes: no NUL within MAXPATH */

/* The running episode; written by its main thread (threads only read). */
static struct {
  uint64 seed;
  int pid;
  char *priv;      /* PRIV_PAGES of its own heap */
  uint64 heap_lo;  /* = cow_area: the lowest heap address we use */
  uint64 init_brk; /* the break after priv */
  uint64 brk;      /* our idea of the break (threads only grow it) */
  uint64 canary[256];
  signed char kind[NOFILE]; /* what each descriptor is (enum fdkind) */
  signed char pipe_of[NOFILE];
  struct {
    int used, avail, nr, nw; /* bytes buffered; our read and write fds */
  } pipes[NOFILE];
  int kids[8]; /* the last pids forked (kill targets) */
  int nkids;   /* forked and not yet reaped */
  int kidseq;
  int tids[8]; /* th_exit_now threads not yet joined */
  int ntids;
  int fth_tid[NFTH]; /* fuzzing threads (0: none) */
  long calls;
  volatile uint64 *stack_canary; /* a word in episode()'s frame */
  uint64 trace;                  /* hash of the main thread's call numbers */
} E;

#define STACK_CANARY(seed) ((seed) ^ 0x5ca1ab1e0ddba11UL)

static char fth_stack[NFTH][FTH_STACK] __attribute__((aligned(16)));
static volatile long fth_calls[NFTH];
/* Descriptors the fuzzing threads opened (bit per fd): they close and dup
 * only these, so that the main thread's record of its pipes stays true. */
static uint thr_fds;

/* ---------------------------------------------------------------- numbers */

static const long bad_ints[] = {0, -1, 1, 2, 15, 16, 17, 64, 1000, 4096, INT_MAX, INT_MIN,
                                -16, 0x10000, -4096, 0x7ffff000};

static long any_int(struct rng *r) {
  if (chance(r, 4))
    return (long)(int)rnd(r);
  return bad_ints[below(r, NELEM(bad_ints))];
}

/* v with junk in the upper 32 bits, sometimes: an int argument must be
 * read as an int. */
static long wide(struct rng *r, long v) {
  return chance(r, 8) ? (long)((uint64)(uint)v | (rnd(r) << 32)) : v;
}

/* A length: small, page-sized, huge or negative. */
static long any_len(struct rng *r) {
  switch (below(r, 14)) {
  case 0: return 0;
  case 1: return 1;
  case 2: case 3: return 1 + below(r, 64);
  case 4: return 4095 + below(r, 3);
  case 5: return 8192;
  case 6: case 7: return below(r, 65536);
  case 8: return 1 << 20;
  case 9: return INT_MAX;
  case 10: return -1;
  case 11: return INT_MIN;
  case 12: return 0x7ffff000;
  default: return (long)(int)rnd(r);
  }
}

/* ---------------------------------------------------------------- addresses */

enum akind {
  A_NULL, A_NEG1, A_KERNEL, A_DIRECT, A_BELOW_TOP, A_TOP, A_NONCANON, A_RANDOM, A_TEXT,
  A_COW, A_PRIV, A_HEAPEND, A_GUARD, A_STACKLOW, A_STACKBUF, A_UNALIGNED, A_GAP, A_RODATA,
  A_NKINDS
};
static const char *const akind_name[A_NKINDS] = {
    "null", "-1", "kernel", "direct-map", "below-top", "top", "noncanon", "random", "text",
    "cow", "priv", "heap-end", "guard", "stack-low", "stack-buf", "unaligned", "gap", "rodata",
};
/* How often each kind is drawn (sum 100). */
static const uchar akind_weight[A_NKINDS] = {4, 3, 5, 3, 4, 3, 3, 2, 6, 16, 14, 10, 4, 3, 8, 6, 3, 3};

static int pick_akind(struct rng *r) {
  int w = below(r, 100);
  for (int k = 0; k < A_NKINDS; k++) {
    if (w < akind_weight[k])
      return k;
    w -= akind_weight[k];
  }
  return A_PRIV;
}

static uint64 addr_kind(struct rng *r, int k, char *sbuf, int sbuflen, long *cap);

/* A pointer of kind k. *cap is the most bytes the kernel may be asked to
 * write there without reaching our own frames, -1 for any. The kernel
 * writes upward from a pointer into the stack region, growing the stack
 * on its way, so such a write must stop below live_low (A_STACKBUF: at the
 * end of sbuf, sbuflen bytes in the caller's frame). Every other writable
 * kind lies in the heap, above all our control state. */
static uint64 addr_of(struct rng *r, int k, char *sbuf, int sbuflen, long *cap) {
  uint64 a = addr_kind(r, k, sbuf, sbuflen, cap);
  if (k != A_STACKBUF && a >= guard_page && a < ustack_top) {
    if (a >= live_low)
      a = ustack_top + (a & (PGSIZE - 1)); /* never into live frames */
    else
      *cap = live_low - a;
  }
  return a;
}

static uint64 addr_kind(struct rng *r, int k, char *sbuf, int sbuflen, long *cap) {
  uint64 brk_page = PGROUNDUP(E.brk);
  *cap = -1;
  switch (k) {
  case A_NULL: return 0;
  case A_NEG1: return ~0UL;
  case A_KERNEL: return KERNEL_VA + below(r, 4) * PGSIZE + below(r, 2) * below(r, PGSIZE);
  case A_DIRECT: return DIRECT_MAP + below(r, 1UL << 28);
  case A_BELOW_TOP: return USER_TOP - 1 - below(r, chance(r, 2) ? 16 : 2 * PGSIZE);
  case A_TOP: return USER_TOP + below(r, 2) * below(r, 8192);
  case A_NONCANON: return (1UL << 39) + (below(r, 2) << 62) + below(r, PGSIZE);
  case A_RANDOM: return rnd(r);
  case A_TEXT: return text_span ? (uint64)addr_of + below(r, text_span) : 0;
  case A_COW: return E.heap_lo + below(r, COW_PAGES * PGSIZE);
  case A_PRIV: return (uint64)E.priv + below(r, PRIV_PAGES * PGSIZE);
  case A_HEAPEND:
    if (brk_page < E.heap_lo + PGSIZE) /* heap shrunk away: not into our bss */
      return brk_page + PGSIZE;
    return brk_page - 1 - below(r, chance(r, 2) ? 64 : PGSIZE);
  case A_GUARD: return guard_page + below(r, PGSIZE);
  case A_STACKLOW: return stack_low + below(r, 16 * PGSIZE);
  case A_STACKBUF: {
    long off = below(r, sbuflen);
    *cap = sbuflen - off;
    return (uint64)sbuf + off;
  }
  case A_UNALIGNED: return (uint64)E.priv + 1 + 2 * below(r, 2048);
  case A_GAP: return brk_page + (1 + below(r, 64)) * PGSIZE;
  default: return (uint64)akind_name[below(r, A_NKINDS)] + below(r, 4);
  }
}

/* ---------------------------------------------------------------- paths */

/* Names for calls that create or remove: all resolve inside /fz. */
static const char *const scratch_names[] = {
    "a", "b", "c", "d", "dd", "d/e", "d/f", "d/dd", "dd/x", "d/dd/y", "/fz/a", "/fz/g",
    "/fz/d/e", "/fz/dd/z", "a_name_longer_than_fourteen", "d/a_very_long_component_name",
    "d/", "./b", "d/./e", "//fz//h",
};
/* Names every create and remove must refuse (or keep inside /fz). */
static const char *const refused_names[] = {".", "..", "/", "", "d/..", "/fz/..", "/fz/.",
                                            "nosuchdir/x", "a/b"};
/* Directories to chdir to, all inside /fz (sibling threads resolve
 * relative names against the same working directory meanwhile, so it may
 * never leave /fz, even for a moment). */
static const char *const dir_names[] = {"/fz", "/fz/d", "d", "dd", "/fz/dd", "d/dd", "a",
                                        "/fz/nosuch", ".", "d/..", "/fz/.", "/fz/d/..",
                                        "", "a/b", "d/dd/y"};
/* Readable files, only ever opened O_RDONLY. Absolute paths are built
 * at run time ("/" + name), so that none lies in our image for a stray
 * pointer to find. The malformed programs are test data, in /t. */
static const char *const ro_names[] = {"echo", "t/bad_empty", "t/bad_trunc", "t/bad_machine",
                                       "t/bad_overlap", "t/bad_misalign", "t/bad_vaend",
                                       "t/bad_phnum", "nonexistent"};
/* Programs to exec: all fail. */
static const char *const bad_progs[] = {
    "t/bad_empty",  "t/bad_hdronly", "t/bad_midph",   "t/bad_trunc",   "t/bad_magic",    "t/bad_class",
    "t/bad_data",   "t/bad_machine", "t/bad_phent",   "t/bad_nophdr",  "t/bad_phnum",    "t/bad_phoff",
    "t/bad_filesz", "t/bad_fileend", "t/bad_offbig",  "t/bad_offwrap", "t/bad_vabig",    "t/bad_vaend",
    "t/bad_vawrap", "t/bad_memwrap", "t/bad_kernva",  "t/bad_misalign", "t/bad_overlap", "t/bad_entry",
    "no_such_prog", "fz", "",
};

enum pclass { P_CREATE, P_CHDIR, P_READ };

/* A path argument of class pc, built in pbuf (MAXPATH + 8 bytes) when it
 * must be. Pointers for P_CREATE and P_CHDIR never aim at memory whose
 * contents could spell a path out of /fz. */
static uint64 path_arg(struct rng *r, int ctx, int pc, char *pbuf) {
  long cap;
  switch (below(r, 16)) {
  case 0: { /* a pointer of no use */
    static const uchar safe[] = {A_NULL, A_NEG1, A_KERNEL, A_BELOW_TOP, A_TOP, A_NONCANON,
                                 A_GUARD, A_GAP};
    int k = pc != P_READ ? safe[below(r, sizeof safe)] : pick_akind(r);
    return addr_of(r, k, pbuf, MAXPATH, &cap);
  }
  case 1: /* no NUL within MAXPATH */
    return (uint64)nonul + below(r, 8);
  case 2: { /* characters up to the unmapped page past the break */
    uint64 end = PGROUNDUP(E.brk), at = end - 1 - below(r, 6);
    if (ctx != C_MAIN || end < E.heap_lo + PGSIZE)
      return (uint64)nonul;
    for (uint64 a = at; a < end; a++)
      *(volatile char *)a = 'q';
    return at;
  }
  case 3: /* MAXPATH - 1 characters and the NUL, or one more */
    memset(pbuf, 'x', MAXPATH + 1);
    memcpy(pbuf, "/fz/", 4);
    pbuf[chance(r, 2) ? MAXPATH - 1 : MAXPATH] = 0;
    return (uint64)pbuf;
  case 4:
    if (pc == P_CHDIR)
      break;
    return (uint64)refused_names[below(r, NELEM(refused_names))];
  default:
    break;
  }
  if (pc == P_CHDIR)
    return (uint64)dir_names[below(r, NELEM(dir_names))];
  if (pc == P_READ && chance(r, 2)) {
    pbuf[0] = '/';
    strcpy(pbuf + 1, ro_names[below(r, NELEM(ro_names))]);
    return (uint64)pbuf;
  }
  return (uint64)scratch_names[below(r, NELEM(scratch_names))];
}

/* Puts the working directory back in /fz after a chdir that succeeded on
 * a name not our own (a stray pointer may have named "/" or ".."). */
static void keep_cwd(uint64 path) {
  for (int i = 0; i < NELEM(dir_names); i++)
    if (path == (uint64)dir_names[i])
      return;
  chdir("/fz");
}

/* ---------------------------------------------------------------- descriptors */

/* A descriptor argument: mostly one we hold (of kind want, if >= 0),
 * sometimes a closed or out-of-range one. Never OUTFD. */
static long fd_arg(struct rng *r, int want) {
  int w = below(r, 20);
  if (w < 14) {
    int start = below(r, NOFILE);
    for (int i = 0; i < NOFILE; i++) {
      int fd = (start + i) % NOFILE;
      if (fd != OUTFD && E.kind[fd] != K_NONE && (want < 0 || E.kind[fd] == want))
        return fd;
    }
  }
  if (w < 17)
    return below(r, OUTFD);
  static const long bad[] = {-1, 16, 17, 64, 1000, INT_MAX, INT_MIN, -16};
  return wide(r, bad[below(r, NELEM(bad))]);
}

static int fd_kind(long fd) { return fd >= 0 && fd < NOFILE ? E.kind[fd] : K_NONE; }

static int lowest_free_fd(int after) {
  uint busy = __atomic_load_n(&thr_fds, __ATOMIC_RELAXED);
  for (int fd = after + 1; fd < NOFILE; fd++)
    if (fd != OUTFD && E.kind[fd] == K_NONE && !((busy >> fd) & 1))
      return fd;
  return -1;
}

/* One of the fuzzing threads' own descriptors, or -1. */
static long thread_fd(struct rng *r) {
  uint busy = __atomic_load_n(&thr_fds, __ATOMIC_RELAXED);
  if (!busy)
    return -1;
  int start = below(r, NOFILE);
  for (int i = 0; i < NOFILE; i++)
    if ((busy >> ((start + i) % NOFILE)) & 1)
      return (start + i) % NOFILE;
  return -1;
}

static void fd_set_kind(int fd, int kind, int pipe) {
  if (fd < 0 || fd >= NOFILE)
    return;
  E.kind[fd] = kind;
  E.pipe_of[fd] = pipe;
  if (kind == K_PIPE_R)
    E.pipes[pipe].nr++;
  if (kind == K_PIPE_W)
    E.pipes[pipe].nw++;
}

static void fd_forget(int fd) {
  if (fd < 0 || fd >= NOFILE || E.kind[fd] == K_NONE)
    return;
  int p = E.pipe_of[fd], k = E.kind[fd];
  if (k == K_PIPE_R)
    E.pipes[p].nr--;
  if (k == K_PIPE_W)
    E.pipes[p].nw--;
  if ((k == K_PIPE_R || k == K_PIPE_W) && E.pipes[p].nr == 0 && E.pipes[p].nw == 0)
    E.pipes[p].used = 0;
  E.kind[fd] = K_NONE;
}

/* After a successful open: what did we get? */
static void fd_learn(int fd) {
  struct stat st;
  if (fd < 0 || fd >= NOFILE)
    return;
  int kind = K_OTHER;
  if (fstat(fd, &st) == 0)
    kind = st.type == T_DIR ? K_DIR : st.type == T_FILE ? K_FILE : K_OTHER;
  fd_set_kind(fd, kind, 0);
}

/* ---------------------------------------------------------------- making a call */

struct call {
  long n, a[6];
  int skip;         /* make no call after all */
  const char *note; /* what the main pointer is, for the log */
};

static void child_run(struct rng *r);

/* Which calls, how often, by context: main thread, fuzzing thread, child.
 * Children make no call that can wait (read, write, fork, sleep > 3). */
struct weight {
  uchar n, main, thread, child;
};
#define OP_BADNUM 0  /* an invalid system-call number */
#define OP_TOUCH 255 /* user-mode stores into the heap (COW faults) */
static const struct weight weights[] = {
    {SYS_fork, 3, 2, 0},          {SYS_exit, 1, 0, 0},         {SYS_wait, 3, 2, 2},
    {SYS_pipe, 4, 0, 2},          {SYS_read, 10, 6, 0},        {SYS_kill, 3, 2, 2},
    {SYS_exec, 4, 2, 2},          {SYS_fstat, 5, 5, 5},        {SYS_chdir, 3, 1, 3},
    {SYS_dup, 5, 1, 4},           {SYS_getpid, 1, 1, 1},       {SYS_sbrk, 8, 6, 6},
    {SYS_sleep, 1, 1, 1},         {SYS_uptime, 1, 1, 1},       {SYS_open, 8, 1, 6},
    {SYS_write, 10, 6, 0},        {SYS_mknod, 2, 1, 2},        {SYS_unlink, 4, 3, 4},
    {SYS_link, 3, 2, 3},          {SYS_mkdir, 3, 2, 3},        {SYS_close, 5, 1, 5},
    {SYS_forkmode, 1, 1, 1},      {SYS_vmstat, 3, 3, 3},       {SYS_ncpu, 1, 1, 1},
    {SYS_thread_create, 3, 0, 1}, {SYS_thread_exit, 1, 0, 0},  {SYS_thread_join, 2, 0, 1},
    {SYS_tlbmode, 1, 1, 1},       {SYS_kbench, 2, 2, 2},       {OP_BADNUM, 1, 1, 1},
    {OP_TOUCH, 6, 6, 6},
};

static uint skipped; /* -s N: bit N set, call N is never made */

static int weight_of(const struct weight *w, int ctx) {
  if (w->n < 32 && (skipped >> w->n) & 1)
    return 0;
  return ctx == C_MAIN ? w->main : ctx == C_THREAD ? w->thread : w->child;
}

static int pick_call(struct rng *r, int ctx) {
  int total = 0;
  for (int i = 0; i < NELEM(weights); i++)
    total += weight_of(&weights[i], ctx);
  int w = below(r, total);
  for (int i = 0; i < NELEM(weights); i++) {
    if (w < weight_of(&weights[i], ctx))
      return weights[i].n;
    w -= weight_of(&weights[i], ctx);
  }
  return SYS_getpid;
}

/* An argv for exec, built at av (room for MAXARG + 2 pointers). */
static uint64 argv_arg(struct rng *r, int ctx, char **av, char *sbuf, int sbuflen) {
  long cap;
  switch (below(r, 8)) {
  case 0:
    return addr_of(r, pick_akind(r), sbuf, sbuflen, &cap);
  case 1: /* one argument too many */
    for (int i = 0; i <= MAXARG; i++)
      av[i] = "x";
    av[MAXARG + 1] = 0;
    return (uint64)av;
  case 2: /* a string pointer of no use */
    av[0] = "echo";
    av[1] = (char *)addr_of(r, pick_akind(r), sbuf, sbuflen, &cap);
    av[2] = 0;
    return (uint64)av;
  case 3: { /* the array runs into the unmapped page past the break */
    uint64 end = PGROUNDUP(E.brk);
    if (ctx != C_MAIN || end < E.heap_lo + PGSIZE)
      return 0;
    *(char *volatile *)(end - 8) = "echo";
    return end - 8;
  }
  default:
    av[0] = "echo";
    av[1] = "fuzz";
    av[2] = 0;
    return (uint64)av;
  }
}

static void make_exec(struct rng *r, int ctx, struct call *c, char *pbuf, char **av,
                      char *sbuf, int sbuflen) {
  int w = below(r, 64), out = E.kind[1] == K_PIPE_W ? E.pipe_of[1] : -1;
  if (out >= 0 && E.pipes[out].nr > 0 && E.pipes[out].avail > PIPESIZE - 256)
    w = 1; /* echo would wait forever to write into a pipe only it reads */
  if (w == 0 && ctx != C_CHILD) { /* a real, harmless program: the episode ends */
    strcpy(pbuf, "/echo");
    c->a[0] = (uint64)pbuf;
  } else if (w < 40 || ctx == C_CHILD) {
    pbuf[0] = '/';
    strcpy(pbuf + 1, bad_progs[below(r, NELEM(bad_progs))]);
    c->a[0] = (uint64)pbuf;
    if (chance(r, 8) && ctx != C_CHILD)
      c->a[0] = (uint64)pbuf + 1; /* relative: looked up in /fz */
  } else { /* scratch files (junk), directories, refused names, bad pointers */
    c->a[0] = path_arg(r, ctx, P_CREATE, pbuf);
    c->note = "scratch";
  }
  c->a[1] = argv_arg(r, ctx, av, sbuf, sbuflen);
}

static long sbrk_arg(struct rng *r, int ctx) {
  long n;
  switch (below(r, 12)) {
  case 0: n = 0; break;
  case 1: case 2: n = below(r, 3 * PGSIZE); break;
  case 3: n = -(long)below(r, 3 * PGSIZE); break;
  case 4: n = (1 + below(r, 8)) * PGSIZE; break;
  case 5: n = -(long)(1 + below(r, 8)) * PGSIZE; break;
  case 6: n = below(r, big_limit + 1); break;
  case 7: n = INT_MIN; break;
  case 8: n = -(long)(E.brk - E.heap_lo) - (long)below(r, 3) * PGSIZE; break; /* below the heap */
  case 9: n = huge_ok && chance(r, 4) ? INT_MAX : -(long)(E.brk - E.init_brk); break;
  case 10: n = -1; break;
  default: n = 1 + below(r, 100); break;
  }
  /* Shrinking below the episode's own area is rare (it unmaps the
   * targets); threads and children never shrink (main tracks the break). */
  if (n < 0 && n != INT_MIN && n != -1 && !(ctx == C_MAIN && chance(r, 10)) &&
      (long)E.brk + n < (long)E.init_brk)
    n = -(long)(E.brk > E.init_brk ? E.brk - E.init_brk : 0);
  if (ctx != C_MAIN && n < 0 && n != INT_MIN)
    n = 0;
  return n;
}

static void make_rw(struct rng *r, int ctx, struct call *c, int k, char *sbuf, int sbuflen) {
  long cap, fd = fd_arg(r, ctx == C_THREAD ? K_FILE : -1), len = any_len(r);
  int kind = fd_kind(fd);
  c->a[0] = fd;
  c->a[1] = addr_of(r, k, sbuf, sbuflen, &cap);
  c->note = akind_name[k];
  if (c->n == SYS_read && cap >= 0 && len > cap)
    len = cap; /* never over our own frames */
  if (kind == K_PIPE_R || kind == K_PIPE_W) {
    int p = E.pipe_of[fd];
    if (ctx != C_MAIN) {
      c->skip = 1; /* pipes are the main thread's */
    } else if (c->n == SYS_read && kind == K_PIPE_R) {
      if (E.pipes[p].avail == 0 && E.pipes[p].nw > 0)
        c->skip = 1; /* it would wait for a writer that is us */
    } else if (c->n == SYS_write && kind == K_PIPE_W && E.pipes[p].nr > 0) {
      long room = PIPESIZE - E.pipes[p].avail;
      if (len > room || len < 0)
        len = room; /* never wait for a reader that is us */
    }
  }
  c->a[2] = wide(r, len);
}

/* Fills c with a random call for context ctx (c->skip: make none).
 * sbuf (sbuflen >= MAXPATH + 8) and pbuf (MAXPATH + 8) are buffers in the
 * caller's frame, av room for an argv. */
static void make_call(struct rng *r, int ctx, struct call *c, char *sbuf, int sbuflen,
                      char *pbuf, char **av) {
  long cap = -1;
  int k = pick_akind(r);
  for (int i = 0; i < 6; i++)
    c->a[i] = rnd(r); /* unused arguments are junk */
  c->n = pick_call(r, ctx);
  c->skip = 0;
  c->note = "";
  switch (c->n) {
  case OP_BADNUM: {
    static const long nums[] = {0, 32, 33, 100, 255, 1000, -1, INT_MIN, 1L << 40};
    c->n = nums[below(r, NELEM(nums))];
    break;
  }
  case SYS_fork:
    if (ctx == C_MAIN && E.nkids >= MAXKIDS)
      c->n = SYS_wait, c->a[0] = 0; /* reap one first (children end soon) */
    break;
  case SYS_exit:
  case SYS_thread_exit:
    c->skip = !chance(r, 32); /* rarer still: it ends the episode */
    c->a[0] = EP_EXIT;
    break;
  case SYS_wait:
  case SYS_pipe:
    c->a[0] = addr_of(r, k, sbuf, sbuflen, &cap);
    c->note = akind_name[k];
    if (cap >= 0 && cap < 8)
      c->a[0] = (uint64)sbuf;
    break;
  case SYS_fstat:
    c->a[0] = fd_arg(r, -1);
    c->a[1] = addr_of(r, k, sbuf, sbuflen, &cap);
    c->note = akind_name[k];
    if (cap >= 0 && cap < (long)sizeof(struct stat))
      c->a[1] = (uint64)sbuf;
    break;
  case SYS_vmstat: {
    static const long ns[] = {0, 1, 2, VMSTAT_COUNT, VMSTAT_COUNT + 1, 1000, -1, INT_MIN,
                              INT_MAX};
    c->a[0] = addr_of(r, k, sbuf, sbuflen, &cap);
    c->note = akind_name[k];
    long n = ns[below(r, NELEM(ns))];
    if (cap >= 0 && n * 8 > cap)
      n = cap / 8;
    c->a[1] = wide(r, n);
    break;
  }
  case SYS_read:
  case SYS_write:
    make_rw(r, ctx, c, k, sbuf, sbuflen);
    break;
  case SYS_kill: {
    int w = below(r, 10);
    if (w < 5 && E.kidseq > 0)
      c->a[0] = E.kids[below(r, E.kidseq < 8 ? E.kidseq : 8)];
    else if (w == 5 && ctx != C_THREAD && chance(r, 8))
      c->a[0] = getpid(); /* ourselves */
    else {
      static const long pids[] = {0, -1, INT_MIN, INT_MAX, 1000000, -2};
      c->a[0] = pids[below(r, NELEM(pids))];
    }
    break;
  }
  case SYS_exec:
    make_exec(r, ctx, c, pbuf, av, sbuf, sbuflen);
    break;
  case SYS_chdir:
    c->a[0] = path_arg(r, ctx, P_CHDIR, pbuf);
    break;
  case SYS_dup:
  case SYS_close:
    c->a[0] = ctx == C_THREAD ? thread_fd(r) : fd_arg(r, -1);
    c->skip = ctx == C_THREAD && (long)c->a[0] < 0;
    break;
  case SYS_sbrk:
    c->a[0] = sbrk_arg(r, ctx);
    break;
  case SYS_sleep: {
    static const long ts[] = {0, 1, 2, -1, INT_MIN, 3};
    c->a[0] = ts[below(r, NELEM(ts))];
    if (ctx == C_MAIN && chance(r, 400))
      c->a[0] = INT_MAX; /* until the deadline's kill */
    break;
  }
  case SYS_open: {
    static const long fl[] = {O_RDONLY, O_WRONLY, O_RDWR, O_CREATE | O_RDWR,
                              O_CREATE | O_WRONLY | O_TRUNC, O_TRUNC | O_RDWR, O_CREATE};
    if (chance(r, 3)) { /* read-only: any readable name */
      c->a[0] = path_arg(r, ctx, P_READ, pbuf);
      c->a[1] = O_RDONLY;
    } else {
      c->a[0] = path_arg(r, ctx, P_CREATE, pbuf);
      c->a[1] = chance(r, 6) ? (long)(int)rnd(r) : fl[below(r, NELEM(fl))];
    }
    break;
  }
  case SYS_mknod: {
    /* Never 1, the console, even after truncation to a short. */
    static const long majors[] = {0, 2, 7, 9, -1, 32767, -32768, 0x10002, 0x7fffffff};
    c->a[0] = path_arg(r, ctx, P_CREATE, pbuf);
    c->a[1] = majors[below(r, NELEM(majors))];
    c->a[2] = any_int(r);
    break;
  }
  case SYS_unlink:
  case SYS_mkdir:
    c->a[0] = path_arg(r, ctx, P_CREATE, pbuf);
    break;
  case SYS_link: /* never from a root file: writes through the link would change it */
    c->a[0] = path_arg(r, ctx, P_CREATE, pbuf);
    c->a[1] = path_arg(r, ctx, P_CREATE, sbuf);
    break;
  case SYS_forkmode:
  case SYS_tlbmode: {
    static const long ms[] = {-1, -1, 0, 1, 2, -2, INT_MIN, 1000};
    c->a[0] = wide(r, ms[below(r, NELEM(ms))]);
    break;
  }
  case SYS_thread_create: {
    int w = below(r, 32);
    c->a[1] = rnd(r);
    if (w == 0 && ctx == C_MAIN) { /* entries that fault: the episode dies */
      static const uchar killers[] = {A_BELOW_TOP, A_GAP, A_COW, A_PRIV};
      c->a[0] = addr_of(r, killers[below(r, sizeof killers)], sbuf, sbuflen, &cap);
      c->a[2] = (uint64)&fth_stack[0][FTH_STACK];
      c->note = "faulting entry";
    } else if (w < 8) { /* entries or stacks the kernel must refuse */
      static const long st[] = {(long)KERNEL_VA, (long)USER_TOP, -1, 8, 0};
      c->a[0] = chance(r, 2) ? (uint64)th_exit_now
                             : addr_of(r, chance(r, 2) ? A_KERNEL : A_NEG1, sbuf, sbuflen, &cap);
      c->a[2] = st[below(r, NELEM(st))];
      if (c->a[2] == 0)
        c->a[2] = (uint64)&fth_stack[1][FTH_STACK - 8]; /* unaligned */
      c->note = "refused";
    } else if (ctx != C_MAIN || E.ntids < 4) { /* ends at once: any stack */
      c->a[0] = (uint64)th_exit_now;
      c->a[2] = addr_of(r, pick_akind(r), sbuf, sbuflen, &cap) & ~15UL;
      c->note = "exit-now";
    } else {
      c->skip = 1;
    }
    break;
  }
  case SYS_thread_join: {
    static const long ts[] = {0, -1, NTHREAD, NTHREAD + 1, INT_MAX, INT_MIN, 1};
    if (chance(r, 2) && E.ntids > 0 && ctx == C_MAIN)
      c->a[0] = E.tids[E.ntids - 1];
    else
      c->a[0] = ts[below(r, NELEM(ts))];
    c->a[1] = addr_of(r, k, sbuf, sbuflen, &cap);
    if (cap >= 0 && cap < 4)
      c->a[1] = (uint64)sbuf;
    c->note = akind_name[k];
    break;
  }
  case SYS_kbench: {
    static const long it[] = {0, 1, 2, 16, -1, -1000, (long)(1UL << 63)};
    c->a[0] = chance(r, 2) ? (long)below(r, 6) : any_int(r);
    c->a[1] = it[below(r, NELEM(it))];
    if (huge_ok && chance(r, 16))
      c->a[1] = 1L << 40;
    break;
  }
  default: /* getpid, uptime, ncpu, OP_TOUCH: junk arguments */
    break;
  }
}

/* User-mode stores into the heap area known to be mapped: COW faults from
 * user mode beside the kernel's. */
static void touch(struct rng *r) {
  uint64 lo = E.heap_lo, hi = E.brk < E.init_brk ? E.brk : E.init_brk;
  for (int i = 0; i < 4 && hi > lo; i++)
    *(volatile char *)(lo + below(r, hi - lo)) = (char)rnd(r);
}

/* Updates what the main thread knows after call c returned ret. */
static void learn(const struct call *c, long ret, const char *sbuf) {
  int fd = (int)c->a[0];
  switch (c->n) {
  case SYS_fork:
    if (ret > 0) {
      E.kids[E.kidseq++ % 8] = ret;
      E.nkids++;
    }
    break;
  case SYS_wait:
    if (ret > 0 && E.nkids > 0)
      E.nkids--;
    break;
  case SYS_open:
    if (ret >= 0)
      fd_learn(ret);
    break;
  case SYS_dup:
    if (ret >= 0 && fd >= 0 && fd < NOFILE)
      fd_set_kind(ret, E.kind[fd], E.pipe_of[fd]);
    break;
  case SYS_close:
    if (ret == 0)
      fd_forget(fd);
    break;
  case SYS_pipe:
    if (ret == 0) {
      int p = 0, r0, r1;
      while (p < NOFILE - 1 && E.pipes[p].used)
        p++;
      E.pipes[p].used = 1;
      E.pipes[p].avail = 0;
      /* The kernel wrote the pair at a[0] (so we may read it back); a
       * sibling thread may have overwritten it since: then guess the two
       * lowest free descriptors (xv6's rule). */
      const int *got = (const int *)c->a[0];
      r0 = got[0];
      r1 = got[1];
      if (r0 < 0 || r0 >= NOFILE || r1 < 0 || r1 >= NOFILE || r0 == r1 ||
          E.kind[r0] != K_NONE || E.kind[r1] != K_NONE) {
        r0 = lowest_free_fd(-1);
        r1 = lowest_free_fd(r0);
      }
      fd_set_kind(r0, K_PIPE_R, p);
      fd_set_kind(r1, K_PIPE_W, p);
    }
    break;
  case SYS_read:
  case SYS_write: {
    int kind = fd_kind(fd);
    if (ret > 0 && c->n == SYS_read && kind == K_PIPE_R)
      E.pipes[(int)E.pipe_of[fd]].avail -= ret;
    if (ret > 0 && c->n == SYS_write && kind == K_PIPE_W)
      E.pipes[(int)E.pipe_of[fd]].avail += ret;
    break;
  }
  case SYS_sbrk:
    if (ret != -1)
      E.brk = ret + (int)c->a[0];
    break;
  case SYS_thread_create:
    if (ret > 0 && c->a[0] == (uint64)th_exit_now && E.ntids < 8)
      E.tids[E.ntids++] = ret;
    break;
  case SYS_thread_join:
    if (E.ntids > 0 && (int)c->a[0] == E.tids[E.ntids - 1])
      E.ntids--; /* joined now (a refused status copy frees it too) */
    break;
  }
}

static const char *const sys_name[] = {
    "sys0",  "fork",  "exit",  "wait",   "pipe",  "read",     "kill",     "exec",
    "fstat", "chdir", "dup",   "getpid", "sbrk",  "sleep",    "uptime",   "open",
    "write", "mknod", "unlink", "link",  "mkdir", "close",    "poweroff", "forkmode",
    "vmstat", "ncpu", "thread_create", "thread_exit", "thread_join", "tlbmode", "kbench",
};

static struct call last_main; /* the main thread's latest call, off the stack */
static long last_main_i;

static void log_call(int ctx, long i, const struct call *c) {
  fprintf(OUTFD, "fuzz: %s %ld: %s(0x%lx, 0x%lx, 0x%lx) %s\n",
          ctx == C_MAIN ? "main" : ctx == C_THREAD ? "thread" : "child", i,
          c->n >= 0 && c->n < NELEM(sys_name) ? sys_name[c->n] : "bad-number", c->a[0], c->a[1],
          c->a[2], c->note);
}

/* Makes one random call in context ctx; returns 1 if it made one. */
static int one_call(struct rng *r, int ctx, long i) {
  char sbuf[MAXPATH + 64] __attribute__((aligned(16)));
  char pbuf[MAXPATH + 8];
  char *av[MAXARG + 2];
  struct call c;
  memset(sbuf, 0, sizeof sbuf);
  make_call(r, ctx, &c, sbuf, sizeof sbuf, pbuf, av);
  if (c.skip)
    return 0;
  if (c.n == OP_TOUCH) {
    touch(r);
    return 1;
  }
  if (verbose)
    log_call(ctx, i, &c);
  if (ctx == C_MAIN) {
    last_main = c, last_main_i = i;
    E.trace = (E.trace ^ (uint64)c.n) * 0x100000001b3UL; /* FNV-1a over call numbers */
  }
  long ret = syscall(c.n, c.a[0], c.a[1], c.a[2], c.a[3], c.a[4], c.a[5]);
  if (c.n == SYS_fork && ret == 0) {
    struct rng cr = {splitmix(r->s ^ 0xc41dUL)};
    child_run(&cr);
  }
  if (verbose)
    fprintf(OUTFD, "fuzz:   = %ld\n", ret);
  if (c.n == SYS_chdir && ret == 0)
    keep_cwd(c.a[0]);
  /* The call returned: our stack must be as we left it. */
  if (E.stack_canary && *E.stack_canary != STACK_CANARY(E.seed)) {
    struct call seen = last_main;
    fprintf(OUTFD, "fuzz: FAIL: episode 0x%lx: stack word at %p is 0x%lx; main's last call:\n",
            E.seed, E.stack_canary, *E.stack_canary);
    log_call(C_MAIN, last_main_i, &seen);
    sys_exit(EP_BAD);
  }
  if (ctx == C_MAIN)
    learn(&c, ret, sbuf);
  if (ctx == C_THREAD && ret >= 0 && ret < NOFILE && (c.n == SYS_open || c.n == SYS_dup))
    __atomic_fetch_or(&thr_fds, 1U << ret, __ATOMIC_RELAXED);
  if (ctx == C_THREAD && ret == 0 && c.n == SYS_close)
    __atomic_fetch_and(&thr_fds, ~(1U << c.a[0]), __ATOMIC_RELAXED);
  return 1;
}

/* A forked child: a few calls that cannot wait, then exit. Runs on the
 * stack of whoever forked (the main thread or a fuzzing thread). */
static void child_run(struct rng *r) {
  E.nkids = E.kidseq = E.ntids = 0;
  int n = below(r, CHILD_CALLS + 1);
  for (int i = 0; i < n; i++)
    one_call(r, C_CHILD, i);
  sys_exit(EP_CHILD);
}

/* A fuzzing thread: THREAD_CALLS calls beside the main thread. */
static void fth_main(void *arg) {
  long i = (long)arg;
  struct rng r = {splitmix(E.seed + 77 * (i + 1))};
  for (long n = 0; n < THREAD_CALLS; n++)
    fth_calls[i] += one_call(&r, C_THREAD, n);
  thread_exit(EP_EXIT);
}

/* ---------------------------------------------------------------- an episode */

static __attribute__((noreturn)) void episode_fail(const char *why) {
  fprintf(OUTFD, "fuzz: FAIL: episode 0x%lx: %s\n", E.seed, why);
  sys_exit(EP_BAD);
}

/* Runs episode seed with ncalls main-thread calls; never returns. */
static __attribute__((noreturn)) void episode(uint64 seed, int ncalls) {
  struct rng r = {seed};
  volatile uint64 canary = STACK_CANARY(seed);
  E.seed = seed;
  E.trace = 0xcbf29ce484222325UL;
  E.pid = getpid();
  E.stack_canary = &canary;
  for (int i = 0; i < NELEM(E.canary); i++)
    E.canary[i] = seed * (i + 3);
  E.heap_lo = (uint64)cow_area;
  E.priv = sbrk(PRIV_PAGES * PGSIZE);
  if (E.priv == (char *)-1)
    sys_exit(EP_DONE); /* no memory to fuzz with (another test's doing) */
  for (uint64 i = 0; i < PRIV_PAGES * PGSIZE; i += 64)
    E.priv[i] = (char)(seed >> (i % 56));
  E.init_brk = E.brk = (uint64)sbrk(0);
  for (int fd = 0; fd < NOFILE; fd++) {
    if (fd != OUTFD)
      close(fd);
    E.kind[fd] = K_NONE;
  }
  if (chdir("/fz") < 0)
    episode_fail("cannot chdir to /fz");
  if (chance(&r, 2))
    for (long i = 0; i < NFTH; i++)
      E.fth_tid[i] = thread_create(fth_main, (void *)i, &fth_stack[i][FTH_STACK]);
  for (long i = 0; i < ncalls; i++)
    E.calls += one_call(&r, C_MAIN, i);
  for (int i = 0; i < NFTH; i++)
    if (E.fth_tid[i] > 0)
      thread_join(E.fth_tid[i], 0);
  if (verbose) /* -e: what a replay must reproduce (with no threads, exactly) */
    fprintf(OUTFD, "fuzz: episode 0x%lx: main-call trace 0x%lx over %ld calls, %s\n", seed,
            E.trace, E.calls, E.fth_tid[0] > 0 ? "with threads" : "no threads");
  /* Every call returned or killed us: are we still ourselves? */
  if (getpid() != E.pid)
    episode_fail("getpid changed");
  for (int i = 0; i < NELEM(E.canary); i++)
    if (E.canary[i] != seed * (i + 3))
      episode_fail("canary overwritten");
  sys_exit(EP_DONE + E.calls + fth_calls[0] + fth_calls[1]);
}

/* ---------------------------------------------------------------- the parent */

static int failures;

/* Reports a failed check (the line scripts and tfuzz look for). */
#define FAILF(...)                                         \
  do {                                                     \
    char fail_buf_[200];                                   \
    snprintf(fail_buf_, sizeof fail_buf_, __VA_ARGS__);    \
    printf("fuzz: FAIL: %s\n", fail_buf_);                 \
    failures++;                                            \
  } while (0)

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

static uint64 cow_word(int i) { return 0xc0a0000000000000UL ^ (uint64)i * 0x100000001b3UL; }

static int cow_intact(void) {
  uint64 *w = (uint64 *)cow_area;
  for (int i = 0; i < (int)(COW_PAGES * PGSIZE / 8); i++)
    if (w[i] != cow_word(i))
      return 0;
  return 1;
}

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
      FAILF("episode 0x%lx (pid %d) still running %d s after kill: kernel hang?", s->seed,
            s->pid, HANG_S);
      s->killed = -1;
    }
  }
}

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

static void usage(void) {
  printf("usage: fuzz [-v] [-k] [-c] [-s SYSNUM]... SEED SECONDS [PROCS]\n"
         "       fuzz [-k] [-s SYSNUM]... -e EPSEED [CALLS]\n");
  exit(2);
}

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
  rm_tree("/fz", 0);      /* a killed run's leftovers */
  mkdir("/fz");           /* grows / now if it must, not during the run */
  rm_tree("/fz", 0);
  nroot0 = root_list(root0, MAXROOT);
  warm_stack();
  long free0 = free_pages();
  if (show_eps)
    printf("fuzz: free pages %ld at start, %ld at the baseline; %d root entries\n",
           free_at_start, free0, nroot0);
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
         n_done ? "finished" : n_exit ? "exited" : n_exec ? "exec'd echo" : n_killed ? "was killed"
         : n_deadline ? "was killed at its deadline" : "did not end", free0, f);
  printf("fuzz: %s\n", failures ? "FAIL" : "PASS");
  exit(failures ? 1 : 0);
}

int main(int argc, char **argv) {
  int ai = 1, rep = 0;
  if (E.pid != 0) { /* _start run again inside an episode: a jump to 0 */
    uint64 sp = (uint64)__builtin_frame_address(0);
    fprintf(OUTFD, "fuzz: FAIL: episode 0x%lx (pid %d): main entered again, argc %d argv %p sp %p (%s), %ld calls, threads %ld %ld\n",
            E.seed, E.pid, argc, argv, (void *)sp,
            sp - (uint64)fth_stack[0] < FTH_STACK ? "thread 0" : sp - (uint64)fth_stack[1] < FTH_STACK ? "thread 1" : "main stack",
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
  printf("fuzz: seed %lu (0x%lx), %d s, %d procs on %d harts%s", seed, seed, secs, nprocs,
         ncpu(), huge_ok ? ", unbounded sizes (-k)" : "");
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
         n_eps, (uptime() - start) / TICK_HZ, n_done, n_exit, n_exec, n_killed, n_deadline,
         n_calls, n_forkfail, free0, f);
  printf("fuzz: %s\n", failures ? "FAIL" : "PASS");
  exit(failures ? 1 : 0);
}
