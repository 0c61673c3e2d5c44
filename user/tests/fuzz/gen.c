/* gen.c: the fuzzer's argument generators: hostile numbers, lengths,
 * pointers of every kind, paths that stay inside /fz, and descriptors. */
#include "fuzz.h"

/* ---------------------------------------------------------------- numbers */

static const long bad_ints[] = {0,    -1,   1,       2,       15,  16,      17,    64,
                                1000, 4096, INT_MAX, INT_MIN, -16, 0x10000, -4096, 0x7ffff000};

/* Returns an int argument: mostly a hostile constant, sometimes random. */
long any_int(struct rng *r) {
  if (chance(r, 4))
    return (long)(int)rnd(r);
  return bad_ints[below(r, NELEM(bad_ints))];
}

/* v with junk in the upper 32 bits, sometimes: an int argument must be
 * read as an int. */
long wide(struct rng *r, long v) {
  return chance(r, 8) ? (long)((uint64)(uint)v | (rnd(r) << 32)) : v;
}

/* A length: small, page-sized, huge or negative. */
long any_len(struct rng *r) {
  switch (below(r, 14)) {
  case 0:
    return 0;
  case 1:
    return 1;
  case 2:
  case 3:
    return 1 + below(r, 64);
  case 4:
    return 4095 + below(r, 3);
  case 5:
    return 8192;
  case 6:
  case 7:
    return below(r, 65536);
  case 8:
    return 1 << 20;
  case 9:
    return INT_MAX;
  case 10:
    return -1;
  case 11:
    return INT_MIN;
  case 12:
    return 0x7ffff000;
  default:
    return (long)(int)rnd(r);
  }
}

/* ---------------------------------------------------------------- addresses */

const char *const akind_name[A_NKINDS] = {
    "null",     "-1",        "kernel",    "direct-map", "below-top", "top",
    "noncanon", "random",    "text",      "cow",        "priv",      "heap-end",
    "guard",    "stack-low", "stack-buf", "unaligned",  "gap",       "rodata",
};
/* How often each kind is drawn (sum 100). */
static const uchar akind_weight[A_NKINDS] = {4,  3,  5,  3, 4, 3, 3, 2, 6,
                                             16, 14, 10, 4, 3, 8, 6, 3, 3};

/* Returns a pointer kind (enum akind), drawn by akind_weight. */
int pick_akind(struct rng *r) {
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
uint64 addr_of(struct rng *r, int k, char *sbuf, int sbuflen, long *cap) {
  uint64 a = addr_kind(r, k, sbuf, sbuflen, cap);
  if (k != A_STACKBUF && a >= guard_page && a < ustack_top) {
    if (a >= live_low)
      a = ustack_top + (a & (PGSIZE - 1)); /* never into live frames */
    else
      *cap = live_low - a;
  }
  return a;
}

/* Returns a pointer of kind k, before addr_of keeps it off live frames;
 * sets *cap as addr_of says. */
static uint64 addr_kind(struct rng *r, int k, char *sbuf, int sbuflen, long *cap) {
  uint64 brk_page = PGROUNDUP(E.brk);
  *cap = -1;
  switch (k) {
  case A_NULL:
    return 0;
  case A_NEG1:
    return ~0UL;
  case A_KERNEL:
    return KERNEL_VA + below(r, 4) * PGSIZE + below(r, 2) * below(r, PGSIZE);
  case A_DIRECT:
    return DIRECT_MAP + below(r, 1UL << 28);
  case A_BELOW_TOP:
    return USER_TOP - 1 - below(r, chance(r, 2) ? 16 : 2 * PGSIZE);
  case A_TOP:
    return USER_TOP + below(r, 2) * below(r, 8192);
  case A_NONCANON:
    return (1UL << 39) + (below(r, 2) << 62) + below(r, PGSIZE);
  case A_RANDOM:
    return rnd(r);
  case A_TEXT:
    return text_span ? (uint64)addr_of + below(r, text_span) : 0;
  case A_COW:
    return E.heap_lo + below(r, COW_PAGES * PGSIZE);
  case A_PRIV:
    return (uint64)E.priv + below(r, PRIV_PAGES * PGSIZE);
  case A_HEAPEND:
    if (brk_page < E.heap_lo + PGSIZE) /* heap shrunk away: not into our bss */
      return brk_page + PGSIZE;
    return brk_page - 1 - below(r, chance(r, 2) ? 64 : PGSIZE);
  case A_GUARD:
    return guard_page + below(r, PGSIZE);
  case A_STACKLOW:
    return stack_low + below(r, 16 * PGSIZE);
  case A_STACKBUF: {
    long off = below(r, sbuflen);
    *cap = sbuflen - off;
    return (uint64)sbuf + off;
  }
  case A_UNALIGNED:
    return (uint64)E.priv + 1 + 2 * below(r, 2048);
  case A_GAP:
    return brk_page + (1 + below(r, 64)) * PGSIZE;
  default:
    return (uint64)akind_name[below(r, A_NKINDS)] + below(r, 4);
  }
}

/* ---------------------------------------------------------------- paths */

/* Names for calls that create or remove: all resolve inside /fz. */
static const char *const scratch_names[] = {
    "a",
    "b",
    "c",
    "d",
    "dd",
    "d/e",
    "d/f",
    "d/dd",
    "dd/x",
    "d/dd/y",
    "/fz/a",
    "/fz/g",
    "/fz/d/e",
    "/fz/dd/z",
    "a_name_longer_than_fourteen",
    "d/a_very_long_component_name",
    "d/",
    "./b",
    "d/./e",
    "//fz//h",
};
/* Names every create and remove must refuse (or keep inside /fz). */
static const char *const refused_names[] = {".",      "..",    "/",           "",   "d/..",
                                            "/fz/..", "/fz/.", "nosuchdir/x", "a/b"};
/* Directories to chdir to, all inside /fz (sibling threads resolve
 * relative names against the same working directory meanwhile, so it may
 * never leave /fz, even for a moment). */
static const char *const dir_names[] = {"/fz",   "/fz/d",    "d",          "dd",  "/fz/dd",
                                        "d/dd",  "a",        "/fz/nosuch", ".",   "d/..",
                                        "/fz/.", "/fz/d/..", "",           "a/b", "d/dd/y"};
/* Readable files, only ever opened O_RDONLY. Absolute paths are built
 * at run time ("/" + name), so that none lies in our image for a stray
 * pointer to find. The malformed programs are test data, in /t. */
static const char *const ro_names[] = {"echo",          "t/bad_empty",   "t/bad_trunc",
                                       "t/bad_machine", "t/bad_overlap", "t/bad_misalign",
                                       "t/bad_vaend",   "t/bad_phnum",   "nonexistent"};

/* A path argument of class pc, built in pbuf (MAXPATH + 8 bytes) when it
 * must be. Pointers for P_CREATE and P_CHDIR never aim at memory whose
 * contents could spell a path out of /fz. */
uint64 path_arg(struct rng *r, int ctx, int pc, char *pbuf) {
  long cap;
  switch (below(r, 16)) {
  case 0: { /* a pointer of no use */
    static const uchar safe[] = {A_NULL, A_NEG1,     A_KERNEL, A_BELOW_TOP,
                                 A_TOP,  A_NONCANON, A_GUARD,  A_GAP};
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
void keep_cwd(uint64 path) {
  for (int i = 0; i < NELEM(dir_names); i++)
    if (path == (uint64)dir_names[i])
      return;
  chdir("/fz");
}

/* ---------------------------------------------------------------- descriptors */

/* A descriptor argument: mostly one we hold (of kind want, if >= 0),
 * sometimes a closed or out-of-range one. Never OUTFD. */
long fd_arg(struct rng *r, int want) {
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

/* One of the fuzzing threads' own descriptors, or -1. */
long thread_fd(struct rng *r) {
  uint busy = __atomic_load_n(&thr_fds, __ATOMIC_RELAXED);
  if (!busy)
    return -1;
  int start = below(r, NOFILE);
  for (int i = 0; i < NOFILE; i++)
    if ((busy >> ((start + i) % NOFILE)) & 1)
      return (start + i) % NOFILE;
  return -1;
}
