/* state.c: the fuzzer's state model: what the parent sets up for every
 * episode, and what an episode's main thread knows of its own heap,
 * descriptors, pipes, children and threads, updated after each call. */
#include "fuzz.h"

/* Set by the parent, inherited by every episode. */
char *cow_area;   /* COW_PAGES pages, pattern written by the parent */
uint64 big_limit; /* largest bounded sbrk, in bytes */
uint64 text_span; /* bytes from addr_of on that are surely text */
int huge_ok;      /* -k: unbounded sbrk and kbench counts too */
int shared_run;   /* -c: other programs run beside us (no global checks) */
/* The stack ends at ustack_top (found from where exec put argv[0]) and
 * grows down to stack_low, the guard page below it; our frames in use lie
 * above live_low. */
uint64 ustack_top, stack_low, guard_page, live_low;
int verbose;             /* -e: print every call (on OUTFD) */
char nonul[2 * MAXPATH]; /* 'n' bytes: no NUL within MAXPATH */

/* The running episode; written by its main thread (threads only read). */
struct episode_state E;

char fth_stack[NFTH][FTH_STACK] __attribute__((aligned(16)));
volatile long fth_calls[NFTH];
/* Descriptors the fuzzing threads opened (bit per fd): they close and dup
 * only these, so that the main thread's record of its pipes stays true. */
uint thr_fds;

/* Returns what descriptor fd is (enum fdkind; K_NONE out of range). */
int fd_kind(long fd) { return fd >= 0 && fd < NOFILE ? E.kind[fd] : K_NONE; }

/* Returns the lowest descriptor above after that neither the main thread
 * nor a fuzzing thread holds, or -1. */
static int lowest_free_fd(int after) {
  uint busy = __atomic_load_n(&thr_fds, __ATOMIC_RELAXED);
  for (int fd = after + 1; fd < NOFILE; fd++)
    if (fd != OUTFD && E.kind[fd] == K_NONE && !((busy >> fd) & 1))
      return fd;
  return -1;
}

/* Records fd as of kind kind (one end of pipe pipe, for a pipe). */
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

/* Records fd as closed; a pipe none of whose ends is held is free again. */
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

/* Updates what the main thread knows after call c returned ret. */
void learn(const struct call *c, long ret, const char *sbuf) {
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
      if (r0 < 0 || r0 >= NOFILE || r1 < 0 || r1 >= NOFILE || r0 == r1 || E.kind[r0] != K_NONE ||
          E.kind[r1] != K_NONE) {
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
