/* calls.c: the fuzzer's call table: which system calls each context
 * makes and how often, and the arguments each call gets. */
#include "fuzz.h"

/* A thread entry that touches no memory: it ends its thread at once, so
 * any stack will do. */
_Static_assert(SYS_thread_exit == 27, "th_exit_now's system-call number");
__attribute__((naked)) void th_exit_now(void) {
  __asm__("li a0, " STR(EP_EXIT) "\n\tli a7, 27\n\tecall\n1:\tj 1b");
}

/* Which calls, how often, by context: main thread, fuzzing thread, child.
 * Children make no call that can wait (read, write, fork, sleep > 3). */
struct weight {
  uchar n, main, thread, child;
};
static const struct weight weights[] = {
    {SYS_fork, 3, 2, 0},          {SYS_exit, 1, 0, 0},        {SYS_wait, 3, 2, 2},
    {SYS_pipe, 4, 0, 2},          {SYS_read, 10, 6, 0},       {SYS_kill, 3, 2, 2},
    {SYS_exec, 4, 2, 2},          {SYS_fstat, 5, 5, 5},       {SYS_chdir, 3, 1, 3},
    {SYS_dup, 5, 1, 4},           {SYS_getpid, 1, 1, 1},      {SYS_sbrk, 8, 6, 6},
    {SYS_sleep, 1, 1, 1},         {SYS_uptime, 1, 1, 1},      {SYS_open, 8, 1, 6},
    {SYS_write, 10, 6, 0},        {SYS_mknod, 2, 1, 2},       {SYS_unlink, 4, 3, 4},
    {SYS_link, 3, 2, 3},          {SYS_mkdir, 3, 2, 3},       {SYS_close, 5, 1, 5},
    {SYS_forkmode, 1, 1, 1},      {SYS_vmstat, 3, 3, 3},      {SYS_ncpu, 1, 1, 1},
    {SYS_thread_create, 3, 0, 1}, {SYS_thread_exit, 1, 0, 0}, {SYS_thread_join, 2, 0, 1},
    {SYS_tlbmode, 1, 1, 1},       {SYS_kbench, 2, 2, 2},      {SYS_pageinfo, 2, 2, 2},
    {OP_BADNUM, 1, 1, 1},         {OP_TOUCH, 6, 6, 6},
};

uint skipped; /* -s N: bit N set, call N is never made */

/* Returns how often w is drawn in context ctx (0: never). */
static int weight_of(const struct weight *w, int ctx) {
  if (w->n < 32 && (skipped >> w->n) & 1)
    return 0;
  return ctx == C_MAIN ? w->main : ctx == C_THREAD ? w->thread : w->child;
}

/* Returns a call number for context ctx, drawn by weight. */
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

/* Programs to exec: all fail. */
static const char *const bad_progs[] = {
    "t/bad_empty",
    "t/bad_hdronly",
    "t/bad_midph",
    "t/bad_trunc",
    "t/bad_magic",
    "t/bad_class",
    "t/bad_data",
    "t/bad_machine",
    "t/bad_phent",
    "t/bad_nophdr",
    "t/bad_phnum",
    "t/bad_phoff",
    "t/bad_filesz",
    "t/bad_fileend",
    "t/bad_offbig",
    "t/bad_offwrap",
    "t/bad_vabig",
    "t/bad_vaend",
    "t/bad_vawrap",
    "t/bad_memwrap",
    "t/bad_kernva",
    "t/bad_misalign",
    "t/bad_overlap",
    "t/bad_entry",
    "no_such_prog",
    "fz",
    "",
};

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

/* Fills c, an exec, with a program that fails (or, rarely, /echo, which
 * ends the episode) and an argv built at av. */
static void make_exec(struct rng *r, int ctx, struct call *c, char *pbuf, char **av, char *sbuf,
                      int sbuflen) {
  int w = below(r, 64), out = E.kind[1] == K_PIPE_W ? E.pipe_of[1] : -1;
  if (out >= 0 && E.pipes[out].nr > 0 && E.pipes[out].avail > PIPESIZE - 256)
    w = 1;                        /* echo would wait forever to write into a pipe only it reads */
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

/* Returns an sbrk increment for context ctx: mostly small, sometimes huge,
 * negative or below the heap; only the main thread shrinks the break. */
static long sbrk_arg(struct rng *r, int ctx) {
  long n;
  switch (below(r, 12)) {
  case 0:
    n = 0;
    break;
  case 1:
  case 2:
    n = below(r, 3 * PGSIZE);
    break;
  case 3:
    n = -(long)below(r, 3 * PGSIZE);
    break;
  case 4:
    n = (1 + below(r, 8)) * PGSIZE;
    break;
  case 5:
    n = -(long)(1 + below(r, 8)) * PGSIZE;
    break;
  case 6:
    n = below(r, big_limit + 1);
    break;
  case 7:
    n = INT_MIN;
    break;
  case 8:
    n = -(long)(E.brk - E.heap_lo) - (long)below(r, 3) * PGSIZE;
    break; /* below the heap */
  case 9:
    n = huge_ok && chance(r, 4) ? INT_MAX : -(long)(E.brk - E.init_brk);
    break;
  case 10:
    n = -1;
    break;
  default:
    n = 1 + below(r, 100);
    break;
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

/* Fills c, a read or a write, with a descriptor, a pointer of kind k and
 * a length that never reaches our frames nor waits on a pipe only we use. */
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
void make_call(struct rng *r, int ctx, struct call *c, char *sbuf, int sbuflen, char *pbuf,
               char **av) {
  long cap = -1;
  int k = pick_akind(r);
  for (int i = 0; i < 6; i++)
    c->a[i] = rnd(r); /* unused arguments are junk */
  c->n = pick_call(r, ctx);
  c->skip = 0;
  c->note = "";
  switch (c->n) {
  case OP_BADNUM: {
    static const long nums[] = {0, 33, 34, 100, 255, 1000, -1, INT_MIN, 1L << 40};
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
  case SYS_pageinfo: /* any address to look up; the answer only where it may go */
    c->a[0] = addr_of(r, pick_akind(r), sbuf, sbuflen, &cap);
    c->a[1] = addr_of(r, k, sbuf, sbuflen, &cap);
    c->note = akind_name[k];
    if (cap >= 0 && cap < PAGEINFO_WORDS * 8)
      c->a[1] = (uint64)sbuf;
    break;
  case SYS_vmstat: {
    static const long ns[] = {0, 1, 2, VMSTAT_COUNT, VMSTAT_COUNT + 1, 1000, -1, INT_MIN, INT_MAX};
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
    static const long fl[] = {
        O_RDONLY,         O_WRONLY, O_RDWR, O_CREATE | O_RDWR, O_CREATE | O_WRONLY | O_TRUNC,
        O_TRUNC | O_RDWR, O_CREATE};
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

/* System-call names for the log, by number. */
static const char *const sys_name[] = {
    "sys0",        "fork",     "exit",     "wait",     "pipe",     "read",          "kill",
    "exec",        "fstat",    "chdir",    "dup",      "getpid",   "sbrk",          "sleep",
    "uptime",      "open",     "write",    "mknod",    "unlink",   "link",          "mkdir",
    "close",       "poweroff", "forkmode", "vmstat",   "ncpu",     "thread_create", "thread_exit",
    "thread_join", "tlbmode",  "kbench",   "procdump", "pageinfo",
};

/* Prints call c, number i of context ctx, on OUTFD. */
void log_call(int ctx, long i, const struct call *c) {
  fprintf(OUTFD, "fuzz: %s %ld: %s(0x%lx, 0x%lx, 0x%lx) %s\n",
          ctx == C_MAIN     ? "main"
          : ctx == C_THREAD ? "thread"
                            : "child",
          i, c->n >= 0 && c->n < NELEM(sys_name) ? sys_name[c->n] : "bad-number", c->a[0], c->a[1],
          c->a[2], c->note);
}
