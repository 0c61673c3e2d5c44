/* tcowrace: copy-on-write races between threads of one process and a
 * forked child, and how many shootdowns COW work costs (PLATFORM.md rules
 * 4, 5, 6 and 13). The cases run in the boot's shootdown and fork modes;
 * scripts/test runs this program in both shootdown modes (tlbmode=sbi) and
 * all three fork modes. In eager mode a fork shares no page, so the races
 * have no COW break to race with (their checks still hold) and the counts
 * are those of a fork that changes none of the parent's entries.
 *
 * Values are chosen so that the DEBUG kernel's freed-page poison (0x5a in
 * every byte) is never a value any case writes: seeing it means a page was
 * read after it was freed. */
#include "t.h"

#define MAXT 8
#define STACK 16384
static char stacks[MAXT][STACK] __attribute__((aligned(16)));
static void *stack_top(int i) { return stacks[i] + STACK; }

#define POISON_BYTE 0x5a
#define TICKS_PER_MS 10000UL /* the 10 MHz timebase */

/* ---- a parent's threads read pages its main thread breaks ----
 *
 * Round after round the parent fills NPAGES pages with their old byte and
 * forks, so that the pages are COW-shared; the main thread then breaks
 * COW on each page in turn (storing its new byte), announcing in cur the
 * page it is at, while reader threads read that page (through the kernel,
 * or through their own TLB). Partway through, the child is told to break
 * COW on the page the main thread is about to break, then to exit: the two
 * breaks race (each copies, and the later put frees the old page), and the
 * exit drops the child's other references while the main thread is still
 * breaking, so the main thread's put of an old page may be the last one;
 * either way an old page is freed while readers may still be reading it. */
#define NPAGES 8
#define MAXREADERS 3
static uint64 shared_pages[NPAGES + 1][PGSIZE / 8] __attribute__((aligned(PGSIZE)));
static volatile int cur;                     /* page the main thread is at; NPAGES: done */
static volatile int round_go;                /* round number the readers may start */
static volatile int round_done[MAXREADERS];  /* last round each reader finished */
static volatile int reader_quit;             /* the readers' threads end */
static volatile long reads_done[MAXREADERS]; /* pages each read, all rounds */
static volatile int started[NPAGES];         /* a reader has begun page k (this round) */

static uchar old_byte(int k) { return 0x10 + k; }    /* before the break */
static uchar parent_byte(int k) { return 0x80 + k; } /* the main thread's store */

static uint64 byte_word(uchar b) { return 0x0101010101010101UL * b; }

/* Breaks COW on each page in turn: announces it, waits (up to a
 * millisecond) for a reader to begin on it and 0 to 150 microseconds
 * longer (varying, so that the break comes at every stage of the reader's
 * copy), then stores its new byte all over it.
 * Just before the first store to page exit_at (the break), tells the
 * child to break the same page and exit, by writing a byte to the file
 * fd. Ends with cur = NPAGES. */
#define LAG_STEP (TICKS_PER_MS / 100)
static void break_in_turn(int round, int exit_at, int fd) {
  for (int k = 0; k < NPAGES; k++) {
    cur = k;
    for (uint64 end = rdtime() + TICKS_PER_MS; !started[k] && rdtime() < end;)
      ;
    for (uint64 end = rdtime() + (round * 7 + k * 13) % 16 * LAG_STEP; rdtime() < end;)
      ;
    if (k == exit_at && write(fd, "x", 1) != 1)
      T_FAIL("cannot tell the child to exit");
    uint64 w = byte_word(parent_byte(k));
    for (int i = 0; i < PGSIZE / 8; i++)
      shared_pages[k][i] = w;
  }
  cur = NPAGES;
}

/* The child: spins until the file fd has a byte (fstat, so that it
 * acts as soon as told: a sleeping child may wait a tick for a hart),
 * breaks COW on page k as the main thread does at the same moment (with
 * the byte the main thread stores, so readers see no third value), then
 * exits, dropping its references. */
static void break_and_exit_when_told(int fd, int k) {
  struct stat st;
  do {
    if (fstat(fd, &st) < 0)
      exit(1);
  } while (st.size == 0);
  uint64 w = byte_word(parent_byte(k));
  for (int i = 0; i < PGSIZE / 8; i++)
    shared_pages[k][i] = w;
  exit(0);
}

/* Fails unless byte v, read at offset off of page k, is its old byte or
 * the main thread's new one. */
static void check_byte(uchar v, long off, int k, int round, const char *how) {
  if (v == old_byte(k) || v == parent_byte(k))
    return;
  if (v == POISON_BYTE)
    T_FAIL("round %d page %d byte %ld %s is 0x5a: a freed page was read", round, k, off, how);
  T_FAIL("round %d page %d byte %ld %s is 0x%x, want 0x%x or 0x%x", round, k, off, how, v,
         old_byte(k), parent_byte(k));
}

/* check_byte for n bytes read from page k starting at offset off, a word
 * at a time where a word is all old or all new. */
static void check_bytes(const uchar *b, long n, long off, int k, int round, const char *how) {
  uint64 old = byte_word(old_byte(k)), new = byte_word(parent_byte(k));
  long i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64 w = *(const uint64 *)(b + i);
    if (w != old && w != new)
      for (int j = 0; j < 8; j++)
        check_byte(b[i + j], off + i + j, k, round, how);
  }
  for (; i < n; i++)
    check_byte(b[i], off + i, k, round, how);
}

/* The kernel reader: write(2)s page k to a file, reads the copy back
 * through a second descriptor and checks it. The write starts one byte
 * into page k (and takes the next page's first byte), so that the kernel
 * copies 4095 bytes from page k under one look-up, a byte at a time (the
 * source is not word aligned): a long copy, as likely as can be to be
 * under way when page k's old page is freed. The file starts again
 * (O_TRUNC) before it reaches its size limit. */
#define FILE_PAGES 256
struct kreader {
  char path[16];
  int wfd, rfd, pages; /* pages written since the file started */
  uchar got[PGSIZE];
};
static struct kreader kreaders[MAXREADERS] __attribute__((aligned(PGSIZE)));

static void kreader_open(struct kreader *r) {
  r->wfd = open(r->path, O_CREATE | O_WRONLY | O_TRUNC);
  r->rfd = open(r->path, O_RDONLY);
  if (r->wfd < 0 || r->rfd < 0)
    T_FAIL("open %s failed", r->path);
  r->pages = 0;
}

static void kreader_close(struct kreader *r) {
  close(r->wfd);
  close(r->rfd);
}

static void kernel_read_page(int me, int k, int round) {
  struct kreader *r = &kreaders[me];
  if (r->pages == FILE_PAGES) {
    kreader_close(r);
    kreader_open(r);
  }
  if (write(r->wfd, (char *)shared_pages[k] + 1, PGSIZE) != PGSIZE)
    T_FAIL("round %d: write of page %d to %s failed", round, k, r->path);
  r->pages++;
  if (read(r->rfd, r->got, PGSIZE) != PGSIZE)
    T_FAIL("round %d: reading %s back failed", round, r->path);
  check_bytes(r->got, PGSIZE - 1, 1, k, round, "as the kernel read it");
  check_byte(r->got[PGSIZE - 1], 0, k + 1, round, "as the kernel read it");
}

/* The TLB reader: loads every word of page k, through this hart's TLB. */
static void user_read_page(int me, int k, int round) {
  const volatile uint64 *w = shared_pages[k];
  uint64 old = byte_word(old_byte(k)), new = byte_word(parent_byte(k));
  for (int i = 0; i < PGSIZE / 8; i++) {
    uint64 v = w[i];
    if (v != old && v != new)
      check_bytes((const uchar *)&v, 8, i * 8, k, round, "as a sibling thread loaded it");
  }
}

static void (*read_page)(int me, int k, int round);

/* A reader thread (arg: its index): in each round, reads the page the
 * main thread is at until it is done. */
static void reader(void *arg) {
  int me = (int)(long)arg;
  for (int round = 1;; round++) {
    while (round_go < round && !reader_quit)
      ;
    if (reader_quit)
      thread_exit(0);
    for (int k; (k = cur) < NPAGES;) {
      if (k < 0)
        continue;
      started[k] = 1;
      read_page(me, k, round);
      reads_done[me]++;
    }
    round_done[me] = round;
  }
}

/* Runs rounds with readers reading by how (one to MAXREADERS of them:
 * one per hart the main thread and the child leave), for 4 seconds but at
 * least 20 rounds and at most 2000. */
static void schedule_rounds(void (*how)(int, int, int)) {
  int n = ncpu() - 2, tid[MAXREADERS], round;
  if (n < 1)
    n = 1;
  if (n > MAXREADERS)
    n = MAXREADERS;
  read_page = how;
  round_go = reader_quit = 0;
  for (int i = 0; i < n; i++) {
    round_done[i] = 0;
    reads_done[i] = 0;
    snprintf(kreaders[i].path, sizeof kreaders[i].path, "/tcr_read%d", i);
    if (how == kernel_read_page)
      kreader_open(&kreaders[i]);
  }
  for (long i = 0; i < n; i++)
    CHECK((tid[i] = thread_create(reader, (void *)i, stack_top(i))) > 0);
  int end = uptime() + 4 * TICKS_PER_S;
  for (round = 1; round <= 2000 && (round <= 20 || uptime() < end); round++) {
    for (int k = 0; k <= NPAGES; k++) /* the last one stays unbroken */
      for (int i = 0; i < PGSIZE / 8; i++)
        shared_pages[k][i] = byte_word(old_byte(k));
    cur = -1;
    int fd = open("/tcr_exit", O_CREATE | O_RDWR | O_TRUNC);
    CHECK(fd >= 0);
    int exit_at = 1 + round % (NPAGES - 2);
    int pid = t_fork();
    if (pid == 0)
      break_and_exit_when_told(fd, exit_at);
    for (int k = 0; k < NPAGES; k++) /* after the fork: the flags' page is ours */
      started[k] = 0;
    round_go = round;
    break_in_turn(round, exit_at, fd);
    close(fd);
    for (int i = 0; i < n; i++)
      while (round_done[i] < round)
        ;
    t_wait_ok(pid, "sharing child");
  }
  CHECK_EQ(unlink("/tcr_exit"), 0);
  reader_quit = 1;
  for (int i = 0; i < n; i++) {
    CHECK_EQ(thread_join(tid[i], 0), 0);
    if (how == kernel_read_page) {
      kreader_close(&kreaders[i]);
      CHECK_EQ(unlink(kreaders[i].path), 0);
    }
    if (reads_done[i] == 0)
      T_FAIL("reader %d read nothing in %d rounds", i, round - 1);
  }
}

/* Rule 13: kernel copies from user memory (write(2) of a COW-shared
 * page) while a sibling thread breaks COW on the page being copied and
 * the child drops the last other reference: the kernel must hold the page
 * for each copy, so no byte of the freed page's poison (or of its next
 * owner's data) is ever read. */
static void kernel_read_vs_cow(void) { schedule_rounds(kernel_read_page); }

/* Rule 4: sibling threads reading a COW page through their TLBs while
 * another thread breaks COW on it and the child drops the last other
 * reference: the old page is freed only once no TLB entry for it is left,
 * so no reader sees poison. */
static void tlb_read_vs_cow(void) { schedule_rounds(user_read_page); }

/* ---- rule 6: break-before-make ----
 *
 * Two writer threads store into the same COW pages at once (one breaks
 * COW; the other may find the new writable PTE while the break's
 * shootdown is still under way), each then publishing a flag in a private
 * page; reader threads spin on the flags and, once a flag is up, must see
 * that writer's store. A make-before-break kernel lets the second writer
 * store into the new page while a reader still reads the old one through
 * a stale TLB entry. */
#define BBM_PAGES 8
#define BBM_WRITERS 2
static uint64 bbm_pages[BBM_PAGES][PGSIZE / 8] __attribute__((aligned(PGSIZE)));
static volatile int bbm_flag[BBM_PAGES][BBM_WRITERS] __attribute__((aligned(PGSIZE)));
static volatile int bbm_round, bbm_go, bbm_arrived, bbm_n;

static uint64 bbm_value(int round, int page, int w) {
  return ((uint64)round << 32) | (page << 8) | (w + 1);
}
/* Each writer's word: a cache line of its own. */
static int bbm_word(int w) { return w * 8; }

static void bbm_arrive(void) {
  if (__atomic_add_fetch(&bbm_arrived, 1, __ATOMIC_SEQ_CST) == bbm_n)
    bbm_go = 1;
}

static void bbm_writer(void *arg) {
  int w = (int)(long)arg, round = bbm_round;
  bbm_arrive();
  while (!bbm_go)
    ;
  for (int p = 0; p < BBM_PAGES; p++) {
    ((volatile uint64 *)bbm_pages[p])[bbm_word(w)] = bbm_value(round, p, w);
    __atomic_store_n(&bbm_flag[p][w], round, __ATOMIC_RELEASE);
  }
}

/* Loads every writer word once per pass (keeping the old pages in this
 * hart's TLB) until every flag is up; each flag seen up needs its value. */
static void bbm_reader(void *arg) {
  int round = bbm_round, seen = 0;
  uint64 sum = 0;
  bbm_arrive();
  while (seen < BBM_PAGES * BBM_WRITERS) {
    seen = 0;
    for (int p = 0; p < BBM_PAGES; p++) {
      for (int w = 0; w < BBM_WRITERS; w++) {
        int up = __atomic_load_n(&bbm_flag[p][w], __ATOMIC_ACQUIRE) == round;
        uint64 v = ((volatile uint64 *)bbm_pages[p])[bbm_word(w)];
        sum += v;
        if (!up)
          continue;
        seen++;
        if (v != bbm_value(round, p, w))
          T_FAIL("round %d page %d: writer %d's flag is up but its store is not seen (0x%lx)",
                 round, p, w, v);
      }
    }
  }
  thread_exit((int)(sum & 0)); /* sum: keep the loads */
}

static void break_before_make(void) {
  int readers = ncpu() - BBM_WRITERS, sync[2];
  if (readers < 1)
    readers = 1;
  if (readers > MAXT - BBM_WRITERS)
    readers = MAXT - BBM_WRITERS;
  int end = uptime() + 4 * TICKS_PER_S, rounds = 0;
  for (int round = 1; round <= 400 && (round <= 20 || uptime() < end); round++, rounds++) {
    for (int p = 0; p < BBM_PAGES; p++)
      bbm_pages[p][bbm_word(0)] = bbm_pages[p][bbm_word(1)] = 0;
    CHECK_EQ(pipe(sync), 0);
    int pid = t_fork(); /* shares bbm_pages copy-on-write */
    if (pid == 0) {
      close(sync[1]);
      t_await(sync[0]); /* keeps its references until the round is over */
      exit(0);
    }
    close(sync[0]);
    for (int p = 0; p < BBM_PAGES; p++) /* the flags' page: private again */
      for (int w = 0; w < BBM_WRITERS; w++)
        bbm_flag[p][w] = 0;
    bbm_round = round;
    bbm_go = bbm_arrived = 0;
    bbm_n = BBM_WRITERS + readers;
    int tid[MAXT];
    for (long i = 0; i < readers; i++)
      CHECK((tid[i] = thread_create(bbm_reader, 0, stack_top(i))) > 0);
    for (long w = 0; w < BBM_WRITERS; w++)
      CHECK((tid[readers + w] = thread_create(bbm_writer, (void *)w, stack_top(readers + w))) > 0);
    for (int i = 0; i < bbm_n; i++)
      CHECK_EQ(thread_join(tid[i], 0), 0);
    t_signal(sync[1]);
    close(sync[1]);
    t_wait_ok(pid, "sharing child");
  }
  CHECK(rounds >= 20);
}

/* ---- rule 5 and the IPI counts ---- */

/* The spinning sibling stores nothing once it spins: a store of its to a
 * page a fork just shared would make a COW fault, and a shootdown, of its
 * own. */
static volatile int spin_stop, spin_started;
static void spinner(void *arg) {
  spin_started = 1;
  while (!spin_stop)
    ;
}

/* Starts a sibling that spins (on another hart, while there is one) and
 * waits until it runs; returns its thread id. */
static int start_spinner(void) {
  spin_stop = spin_started = 0;
  int tid = thread_create(spinner, 0, stack_top(0));
  CHECK(tid > 0);
  while (!spin_started)
    ;
  return tid;
}

static void stop_spinner(int tid) {
  spin_stop = 1;
  CHECK_EQ(thread_join(tid, 0), 0);
}

/* Measures the shootdown rounds and IPIs of op while a sibling spins:
 * tries up to 20 times until a try saw the sibling on another hart (one
 * round at least); fails if any try made more than one round. With
 * want 0 (an op that changes no entry the sibling may hold), makes three
 * tries and fails if any made a round. */
static void rounds_each(const char *what, void (*op)(void), long want) {
  int tid = start_spinner(), hit = 0;
  t_warm_stack();
  uint64 v0[VMSTAT_COUNT], v1[VMSTAT_COUNT];
  vmstat(v1, VMSTAT_COUNT); /* both arrays' pages written before op */
  for (int t = 0; t < 20 && !hit; t++) {
    vmstat(v0, VMSTAT_COUNT);
    op();
    vmstat(v1, VMSTAT_COUNT);
    long rounds = v1[VM_shootdowns] - v0[VM_shootdowns];
    long ipis = v1[VM_ipis_sent] - v0[VM_ipis_sent];
    if (rounds > want)
      T_FAIL("%s made %ld shootdown rounds (%ld IPIs), want %ld", what, rounds, ipis, want);
    if (ipis > rounds)
      T_FAIL("%s sent %ld IPIs in %ld rounds to one sibling", what, ipis, rounds);
    hit = rounds == want && t >= 2; /* want 0: three tries */
  }
  stop_spinner(tid);
  if (ncpu() > 1 && !hit && want > 0)
    T_FAIL("%s: no shootdown in 20 tries: the sibling never ran on another hart", what);
}

#define SHRINK_PAGES 1000
static void op_shrink(void) {
  int bytes = SHRINK_PAGES * (int)PGSIZE;
  char *p = sbrk(bytes);
  if (p == (char *)-1)
    T_FAIL("sbrk(%d pages) failed", SHRINK_PAGES);
  for (long i = 0; i < SHRINK_PAGES; i++)
    p[i * PGSIZE] = 1;
  if (sbrk(-bytes) != p + bytes)
    T_FAIL("sbrk shrink failed");
}

static void op_fork(void) {
  if (t_fork_exit_wait() <= 0)
    T_FAIL("fork failed");
}

/* Rule 5: shrinking the heap by 1000 pages while a sibling thread runs on
 * another hart: one shootdown round for the whole range. */
static void shrink_one_round(void) { rounds_each("an sbrk shrink of 1000 pages", op_shrink, 1); }

/* Rule 5: a fork of a process with many pages, a sibling thread running
 * on another hart: one shootdown round for the whole space (cow: the
 * parent's leaves made read-only; odf: its level-1 entries made invalid;
 * eager: its writable leaves made read-only before the copy, so that the
 * sibling's stores stop and the copy is one instant's). (The child exits at
 * once and nothing is stored to memory until it is reaped, so no COW
 * fault's own shootdown is counted; an odf unshare needs none, the
 * entries it replaces being invalid everywhere since the fork's round.) */
static void fork_one_round(void) {
  char *p = sbrk(400 * PGSIZE);
  CHECK(p != (char *)-1);
  for (long i = 0; i < 400; i++)
    p[i * PGSIZE] = 1;
  rounds_each("a fork of 400 pages", op_fork, 1);
}

/* Rule 5: a single-threaded process sends no IPI at all: not for a fork,
 * nor for the COW copies after it (the child keeps its references; odf:
 * nor for the unshares before them). Eager: nothing to copy. */
static void single_thread_no_ipi(void) {
  char *p = sbrk(16 * PGSIZE);
  CHECK(p != (char *)-1);
  memset(p, 1, 16 * PGSIZE);
  t_warm_stack();
  uint64 v0[VMSTAT_COUNT], v1[VMSTAT_COUNT];
  int sync[2];
  CHECK_EQ(pipe(sync), 0);
  vmstat(v1, VMSTAT_COUNT);
  vmstat(v0, VMSTAT_COUNT);
  int pid = t_fork();
  if (pid == 0) {
    close(sync[1]);
    t_await(sync[0]);
    exit(0);
  }
  for (int i = 0; i < 16; i++)
    p[i * PGSIZE] = 2; /* COW copies: the child still shares the pages */
  vmstat(v1, VMSTAT_COUNT);
  t_signal(sync[1]);
  t_wait_ok(pid, "sharing child");
  close(sync[0]);
  close(sync[1]);
  long copies = v1[VM_cow_copies] - v0[VM_cow_copies];
  if (forkmode(-1) == FORK_EAGER ? copies != 0 : copies < 16)
    T_FAIL("%ld COW copies for 16 shared pages written (%s mode)", copies,
           FORK_MODE_NAME(forkmode(-1)));
  if (v1[VM_ipis_sent] != v0[VM_ipis_sent] || v1[VM_shootdowns] != v0[VM_shootdowns])
    T_FAIL("a single-threaded fork and 16 COW copies sent %ld IPIs in %ld rounds",
           (long)(v1[VM_ipis_sent] - v0[VM_ipis_sent]),
           (long)(v1[VM_shootdowns] - v0[VM_shootdowns]));
}

static const struct t_case cases[] = {
    {"cow_kernel_read_vs_break", kernel_read_vs_cow, 0},
    {"cow_tlb_read_vs_break", tlb_read_vs_cow, 0},
    {"cow_break_before_make", break_before_make, 0},
    {"shootdown_shrink_one_round", shrink_one_round, 0},
    {"shootdown_fork_one_round", fork_one_round, 0},
    {"shootdown_single_thread_none", single_thread_no_ipi, 0},
    {0, 0, 0},
};

int main(int argc, char **argv) { t_main(argc, argv, cases); }
