/* fuzz.h: what the fuzzer's five layers share: its limits, the random
 * generators, the kinds of argument and descriptor, the episode's state
 * and each layer's entry points. The layers, bottom up: gen.c (argument
 * generators), calls.c (the call table), state.c (the state model),
 * episode.c (episodes) and main.c (the parent: checks and the command
 * line, whose opening comment says what the fuzzer does). */
#ifndef FUZZ_H
#define FUZZ_H

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

#define MAXPROCS 24     /* most episode slots */
#define DEF_CALLS 160   /* calls per episode (main thread) */
#define THREAD_CALLS 80 /* calls per fuzzing thread */
#define CHILD_CALLS 12  /* most calls per forked child */
#define COW_PAGES 16    /* the parent's area, COW-shared with all episodes */
#define PRIV_PAGES 8    /* each episode's own heap area */
#define MAXKIDS 3       /* live children per episode */
#define NFTH 2          /* fuzzing threads per episode */
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

static inline uint64 splitmix(uint64 x) {
  x += 0x9e3779b97f4a7c15UL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9UL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebUL;
  return (x ^ (x >> 31)) | 1; /* never 0: xorshift would stick */
}

/* One generator per line of control (xorshift64*). */
struct rng {
  uint64 s;
};

static inline uint64 rnd(struct rng *r) {
  uint64 x = r->s;
  x ^= x >> 12;
  x ^= x << 25;
  x ^= x >> 27;
  r->s = x;
  return x * 0x2545f4914f6cdd1dUL;
}

static inline uint64 below(struct rng *r, uint64 n) { return n ? rnd(r) % n : 0; }
static inline int chance(struct rng *r, int one_in) { return below(r, one_in) == 0; }

/* ---------------------------------------------------------------- kinds */

enum fdkind { K_NONE, K_FILE, K_DIR, K_PIPE_R, K_PIPE_W, K_OTHER };
enum ctx { C_MAIN, C_THREAD, C_CHILD };
enum akind {
  A_NULL,
  A_NEG1,
  A_KERNEL,
  A_DIRECT,
  A_BELOW_TOP,
  A_TOP,
  A_NONCANON,
  A_RANDOM,
  A_TEXT,
  A_COW,
  A_PRIV,
  A_HEAPEND,
  A_GUARD,
  A_STACKLOW,
  A_STACKBUF,
  A_UNALIGNED,
  A_GAP,
  A_RODATA,
  A_NKINDS
};

enum pclass { P_CREATE, P_CHDIR, P_READ };

/* A call to make: its number, its arguments, and a note for the log. */
struct call {
  long n, a[6];
  int skip;         /* make no call after all */
  const char *note; /* what the main pointer is, for the log */
};
#define OP_BADNUM 0  /* an invalid system-call number */
#define OP_TOUCH 255 /* user-mode stores into the heap (COW faults) */

/* ---------------------------------------------------------------- state (state.c) */

/* Set by the parent, inherited by every episode. */
extern char *cow_area;   /* COW_PAGES pages, pattern written by the parent */
extern uint64 big_limit; /* largest bounded sbrk, in bytes */
extern uint64 text_span; /* bytes from addr_of on that are surely text */
extern int huge_ok;      /* -k: unbounded sbrk and kbench counts too */
extern int shared_run;   /* -c: other programs run beside us (no global checks) */
/* The stack ends at ustack_top (found from where exec put argv[0]) and
 * grows down to stack_low, the guard page below it; our frames in use lie
 * above live_low. */
extern uint64 ustack_top, stack_low, guard_page, live_low;
extern int verbose;             /* -e: print every call (on OUTFD) */
extern char nonul[2 * MAXPATH]; /* 'n' bytes: no NUL within MAXPATH */

/* The running episode; written by its main thread (threads only read). */
struct episode_state {
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
};
extern struct episode_state E;

extern char fth_stack[NFTH][FTH_STACK] __attribute__((aligned(16)));
extern volatile long fth_calls[NFTH];
/* Descriptors the fuzzing threads opened (bit per fd): they close and dup
 * only these, so that the main thread's record of its pipes stays true. */
extern uint thr_fds;

int fd_kind(long fd);
void learn(const struct call *c, long ret, const char *sbuf);

/* ---------------------------------------------------------------- arguments (gen.c) */

extern const char *const akind_name[A_NKINDS];
long any_int(struct rng *r);
long wide(struct rng *r, long v);
long any_len(struct rng *r);
int pick_akind(struct rng *r);
uint64 addr_of(struct rng *r, int k, char *sbuf, int sbuflen, long *cap);
uint64 path_arg(struct rng *r, int ctx, int pc, char *pbuf);
void keep_cwd(uint64 path);
long fd_arg(struct rng *r, int want);
long thread_fd(struct rng *r);

/* ---------------------------------------------------------------- calls (calls.c) */

extern uint skipped; /* -s N: bit N set, call N is never made */
__attribute__((naked)) void th_exit_now(void);
void make_call(struct rng *r, int ctx, struct call *c, char *sbuf, int sbuflen, char *pbuf,
               char **av);
void log_call(int ctx, long i, const struct call *c);

/* ---------------------------------------------------------------- episodes (episode.c) */

__attribute__((noreturn)) void sys_exit(int status);
__attribute__((noreturn)) void episode(uint64 seed, int ncalls);

#endif
