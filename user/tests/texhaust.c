/* texhaust: running out of everything. Each case drives one resource to
 * its limit (processes, threads, memory by many processes at once, memory
 * through COW faults, descriptors, pipes, the open-file table, inodes),
 * checks that the call that hits the limit fails cleanly (-1, or an
 * out-of-memory kill of the faulting process only), that the system then
 * recovers (the same call works again), and (the harness) that every page
 * comes back.
 *
 * Memory hogs run as separately exec'd programs ("texhaust --hog",
 * "texhaust --cowoom"), so they share no page with the case process: while
 * memory is gone, the processes that do not allocate must not need a page
 * (a copy-on-write fault of their own would make them a victim too). */
#include "t.h"

#define SELF "/texhaust"
#define CHUNK (256 * 1024)

/* Forks a child that runs "texhaust MODE" with stdin in, stdout out and
 * stderr err (in and out above 2; err 2 keeps the console). */
static int spawn(const char *mode, int in, int out, int err) {
  int pid = fork();
  if (pid == 0) {
    close(0);
    dup(in);
    close(1);
    dup(out);
    if (err != 2) {
      close(2);
      dup(err);
    }
    for (int fd = 3; fd < NOFILE; fd++)
      close(fd);
    char *argv[] = {"texhaust", (char *)mode, 0};
    exec(SELF, argv);
    exit(126);
  }
  return pid;
}

/* ---------------------------------------------------------------- processes */

/* Forkers fork children until fork fails; children wait on the release
 * pipe. While the table is full our own fork fails too; after the release
 * it works again. The forkers start together once all exist (another
 * hart may run the first at once, and it would fill the table before we
 * made the last). */
static void fork_bomb(void) {
  enum { FORKERS = 4 };
  int rel[2], rep[2], go[2], forkers[FORKERS];
  CHECK_EQ(pipe(rel), 0);
  CHECK_EQ(pipe(rep), 0);
  CHECK_EQ(pipe(go), 0);
  for (int f = 0; f < FORKERS; f++) {
    forkers[f] = t_fork();
    if (forkers[f] == 0) {
      close(rel[1]);
      close(rep[0]);
      close(go[1]);
      t_await(go[0]);
      close(go[0]);
      int n = 0, pid;
      while ((pid = fork()) > 0)
        n++;
      if (pid == 0) { /* a bomb child: wait for the release */
        char c;
        read(rel[0], &c, 1);
        exit(0);
      }
      write(rep[1], &n, sizeof n); /* fork failed: report, wait */
      char c;
      read(rel[0], &c, 1);
      int reaped = 0, st;
      while (wait(&st) > 0)
        reaped += st == 0;
      exit(reaped == n ? 0 : 1);
    }
  }
  close(rep[1]);
  close(go[0]);
  for (int f = 0; f < FORKERS; f++)
    t_signal(go[1]);
  close(go[1]);
  int total = 0;
  for (int f = 0; f < FORKERS; f++) {
    int n = 0;
    CHECK_EQ(read(rep[0], &n, sizeof n), (int)sizeof n);
    total += n;
  }
  close(rep[0]);
  int extra = fork(); /* the table is full now */
  if (extra == 0)
    exit(0);
  if (extra > 0)
    t_wait(extra);
  close(rel[0]);
  close(rel[1]); /* release: every bomb child reads end of file */
  for (int f = 0; f < FORKERS; f++)
    t_wait_ok(forkers[f], "forker");
  if (extra > 0)
    T_FAIL("fork succeeded with the process table full");
  if (total < NPROC / 2)
    T_FAIL("only %d forks before the table was full (NPROC %d)", total, NPROC);
  int pid = t_fork(); /* recovered */
  if (pid == 0)
    exit(0);
  t_wait_ok(pid, "fork after the bomb");
}

/* ---------------------------------------------------------------- threads */

#define MAXTH NTHREAD
static char th_stacks[MAXTH][1024] __attribute__((aligned(16)));
static volatile int th_go;

static void th_wait(void *arg) {
  while (!th_go)
    sleep(1);
  thread_exit((int)(long)arg);
}

/* Threads until thread_create fails; all join; then it works again. */
static void thread_bomb(void) {
  static int tids[MAXTH];
  int n = 0;
  th_go = 0;
  while (n < MAXTH) {
    int tid = thread_create(th_wait, (void *)(long)n, th_stacks[n] + sizeof th_stacks[n]);
    if (tid < 0)
      break;
    tids[n++] = tid;
  }
  if (n == MAXTH)
    T_FAIL("%d threads created with NTHREAD %d", n, NTHREAD);
  CHECK(n >= NTHREAD / 4);
  th_go = 1;
  for (int i = 0; i < n; i++) {
    int st = -1;
    CHECK_EQ(thread_join(tids[i], &st), 0);
    CHECK_EQ(st, i);
  }
  th_go = 0;
  int tid = thread_create(th_wait, (void *)7L, th_stacks[0] + sizeof th_stacks[0]);
  CHECK(tid > 0);
  th_go = 1;
  int st;
  CHECK_EQ(thread_join(tid, &st), 0);
  CHECK_EQ(st, 7);
}

/* ---------------------------------------------------------------- memory */

/* texhaust --hog: says it is ready (a byte on stdout), waits for a byte
 * on stdin, takes memory with sbrk until it fails (big chunks, then
 * pages), reports the bytes taken on stdout, and waits for end of file on
 * fd 2, the release. Exits 0 (sbrk failed cleanly). The release must not
 * come on stdin: a hog done early would eat the start bytes of those not
 * yet woken, which would then never start (seen at 8 harts). */
static void hog(void) {
  char c = 'r';
  t_warm_stack();
  if (write(1, &c, 1) != 1 || read(0, &c, 1) != 1)
    exit(2);
  long got = 0;
  for (long step = CHUNK; step >= (long)PGSIZE; step /= 4)
    while (sbrk(step) != (char *)-1)
      got += step;
  write(1, &got, sizeof got);
  while (read(2, &c, 1) > 0)
    ;
  exit(0);
}

/* 2 hogs per hart take all memory at once; each sbrk that cannot be had
 * fails, nobody is killed, and everything comes back. The start waits
 * until every hog has exec'd and said so: a child still between fork and
 * exec when memory runs out could neither copy its stack nor load its
 * image, and would never report. */
static void memory_many(void) {
  int n = 2 * ncpu(), go[2], rep[2], rel[2], pids[16];
  if (n > 16)
    n = 16;
  long free0 = t_free();
  CHECK_EQ(pipe(go), 0);
  CHECK_EQ(pipe(rep), 0);
  CHECK_EQ(pipe(rel), 0);
  for (int i = 0; i < n; i++)
    CHECK((pids[i] = spawn("--hog", go[0], rep[1], rel[0])) > 0);
  close(go[0]);
  close(rep[1]);
  close(rel[0]);
  t_warm_stack();
  long total = 0, got;
  char start[16] = {0}, ready;
  for (int i = 0; i < n; i++) /* nothing else is on rep before the start */
    CHECK_EQ(read(rep[0], &ready, 1), 1);
  CHECK_EQ(write(go[1], start, n), n);
  for (int i = 0; i < n; i++) {
    CHECK_EQ(read(rep[0], &got, sizeof got), (int)sizeof got);
    total += got;
  }
  long low = t_free();
  close(rel[1]); /* release */
  close(go[1]);
  close(rep[0]);
  for (int i = 0; i < n; i++)
    t_wait_ok(pids[i], "hog");
  if (total / (long)PGSIZE < free0 / 2)
    T_FAIL("%d hogs took only %ld of %ld free pages", n, total / (long)PGSIZE, free0);
  if (low > free0 / 50 + 64)
    T_FAIL("%ld pages still free with every sbrk failing", low);
}

/* texhaust --cowoom: a heap of a third of free memory, shared with 4
 * children that each write every page of it (a COW copy each) and hold
 * the copies until all are done: more than there is. Children that cannot
 * get a page are killed (status -1); the rest finish; the parent's own
 * pages are untouched. Prints the counts; exits 0 if that all held.
 * The children start writing only once all are forked and the parent has
 * rewritten its stack: its own stack pages, shared by fork, would
 * otherwise need copies while memory is gone, making it a victim too. */
/* cowoom's part after the forks, in a frame of its own below cowoom's,
 * on stack pages already copied. Returns cowoom's exit status. */
static __attribute__((noinline)) int cowoom_parent(int kids, int done, int rel, int go,
                                                   const uint64 *heap, long pages) {
  char c, start[8] = {0};
  if (write(go, start, kids) != kids)
    return 10;
  close(go);
  /* Wait until every child has finished or died: each survivor writes a
   * byte and closes its end, the dead ones close theirs by dying. */
  while (read(done, &c, 1) == 1)
    ;
  close(rel);
  int ok = 0, killed = 0, other = 0;
  for (int k = 0; k < kids; k++) {
    int st = 0;
    if (wait(&st) < 0)
      return 6;
    if (st == 0)
      ok++;
    else if (st == -1)
      killed++;
    else
      other++;
  }
  for (long p = 0; p < pages; p++)
    if (heap[p * PGSIZE / 8] != (uint64)p)
      return 7; /* the children's writes reached our pages */
  printf("texhaust: cowoom: %ld shared pages, %d children finished, %d killed for memory\n", pages,
         ok, killed);
  return other == 0 && killed >= 1 && ok + killed == kids ? 0 : 8;
}

static void cowoom(void) {
  enum { KIDS = 4 };
  t_warm_stack();
  long pages = t_free() / 3;
  uint64 *heap = (uint64 *)sbrk(pages * PGSIZE);
  if (heap == (uint64 *)-1)
    exit(2);
  for (long p = 0; p < pages; p++)
    heap[p * PGSIZE / 8] = p;
  int done[2], rel[2], go[2], pids[KIDS];
  if (pipe(done) < 0 || pipe(rel) < 0 || pipe(go) < 0)
    exit(3);
  for (int k = 0; k < KIDS; k++) {
    pids[k] = fork();
    if (pids[k] < 0)
      exit(4);
    if (pids[k] == 0) {
      close(rel[1]);
      close(go[1]);
      char g;
      if (read(go[0], &g, 1) != 1) /* wait for the start */
        exit(9);
      for (long p = 0; p < pages; p++)
        heap[p * PGSIZE / 8] = p + 1000000 * (k + 1); /* a copy per page */
      for (long p = 0; p < pages; p++)
        if (heap[p * PGSIZE / 8] != (uint64)(p + 1000000 * (k + 1)))
          exit(5);
      write(done[1], "d", 1);
      close(done[1]); /* the parent sees end of file once all are done or dead */
      char c;
      read(rel[0], &c, 1); /* hold the copies until released */
      exit(0);
    }
  }
  close(done[1]);
  close(rel[0]);
  close(go[0]);
  t_warm_stack(); /* our own copies of the stack below, while there is memory */
  exit(cowoom_parent(KIDS, done[0], rel[1], go[1], heap, pages));
}

/* In the boot's fork mode if it shares pages (cow, odf: there the
 * children's first writes also unshare the heap's leaf tables), else in
 * cow mode. */
static void cow_oom(void) {
  if (forkmode(-1) == FORK_EAGER)
    forkmode(FORK_COW);
  uint64 kills0 = vmstat_get(VM_oom_kills);
  int in[2], out = dup(1);
  CHECK_EQ(pipe(in), 0);
  int pid = spawn("--cowoom", in[0], out, 2);
  CHECK(pid > 0);
  close(in[0]);
  close(in[1]);
  close(out);
  t_warm_stack();
  int st = t_wait(pid);
  if (st != 0)
    T_FAIL("cowoom exited %d (2-7, 9, 10: setup or data, 8: no child killed or other status)", st);
  CHECK(vmstat_get(VM_oom_kills) > kills0);
}

/* ---------------------------------------------------------------- descriptors */

/* open until -1 at NOFILE; dup and pipe fail then too, leaving nothing
 * behind; after closing, all work again. */
static void fd_exhaust(void) {
  int fds[NOFILE], n = 0, fd, closed = 0;
  struct stat st;
  for (fd = 0; fd < NOFILE; fd++) { /* closed: no file (fstat) and no pipe (dup) */
    int d = fstat(fd, &st) < 0 ? dup(fd) : fd;
    closed += d < 0;
    if (d >= 0 && d != fd)
      close(d);
  }
  int first = open("/echo", O_RDONLY); /* the lowest free descriptor */
  CHECK(first >= 0);
  close(first);
  while ((fd = open("/echo", O_RDONLY)) >= 0)
    fds[n++] = fd;
  CHECK_EQ(n, closed);
  CHECK_EQ(dup(fds[0]), -1);
  int p[2] = {-5, -5};
  CHECK_EQ(pipe(p), -1);
  CHECK_EQ(p[0], -5); /* nothing written back on failure */
  /* One slot free: a pipe needs two, and must not keep the one. */
  close(fds[--n]);
  CHECK_EQ(pipe(p), -1);
  CHECK((fd = dup(fds[0])) >= 0);
  close(fd);
  while (n > 0)
    close(fds[--n]);
  CHECK_EQ(pipe(p), 0);
  CHECK_EQ(p[0], first);
  close(p[0]);
  close(p[1]);
}

/* Children each hold descriptors to fill a system-wide table, on every
 * hart at once; the calls that find it full (while the caller has room
 * for more descriptors) fail cleanly; after they exit it works again. what: 0 = pipes (the pipe
 * table), 1 = files (the open file table). */
static void table_fill(int what) {
  enum { KIDS = 24 }; /* 24 * 12 descriptors > NFILE, 24 * 6 pipes > NFILE / 2 */
  int rel[2], rep[2], pids[KIDS];
  CHECK_EQ(pipe(rel), 0);
  CHECK_EQ(pipe(rep), 0);
  for (int k = 0; k < KIDS; k++) {
    pids[k] = t_fork();
    if (pids[k] == 0) {
      close(rel[1]);
      close(rep[0]);
      close(0);
      close(1);
      close(2);
      close(t_reason_fd);
      int n = 0, failed = 0, p[2];
      for (;;) {
        if (what == 0 && pipe(p) == 0)
          n += 2;
        else if (what == 1 && open("/echo", O_RDONLY) >= 0)
          n++;
        else
          break;
      }
      /* Why did it stop: our own NOFILE descriptors, or the system
       * table? The first if we have no room for what we asked. */
      int d1 = dup(rel[0]), d2 = dup(rel[0]);
      failed = what == 0 ? d2 >= 0 : d1 >= 0;
      if (d1 >= 0)
        close(d1);
      if (d2 >= 0)
        close(d2);
      int msg[2] = {n, failed};
      write(rep[1], msg, sizeof msg);
      char c;
      read(rel[0], &c, 1);
      exit(0);
    }
  }
  close(rep[1]);
  int total = 0, table_full = 0;
  for (int k = 0; k < KIDS; k++) {
    int msg[2];
    CHECK_EQ(read(rep[0], msg, sizeof msg), (int)sizeof msg);
    total += msg[0];
    table_full += msg[1];
  }
  close(rep[0]);
  close(rel[0]);
  close(rel[1]);
  for (int k = 0; k < KIDS; k++)
    t_wait_ok(pids[k], "holder");
  int p[2];
  if (table_full == 0)
    T_FAIL("no holder hit the system-wide limit (%d held)", total);
  if (what == 0) { /* recovered */
    CHECK_EQ(pipe(p), 0);
    close(p[0]);
    close(p[1]);
  } else {
    int fd = open("/echo", O_RDONLY);
    CHECK(fd >= 0);
    close(fd);
  }
}

static void pipe_exhaust(void) { table_fill(0); }
static void file_table_exhaust(void) { table_fill(1); }

/* Creates files until the inode table (or memory) runs out, then removes
 * them all: every create after the first failure fails, and then works. */
static void inode_exhaust(void) {
  char name[32];
  int n = 0;
  CHECK_EQ(mkdir("/tex"), 0);
  for (;;) {
    snprintf(name, sizeof name, "/tex/f%d", n);
    int fd = open(name, O_CREATE | O_RDWR);
    if (fd < 0)
      break;
    close(fd);
    if (++n > 100000)
      T_FAIL("no limit on inodes");
  }
  CHECK(n > 100);
  CHECK_EQ(mkdir("/tex/d"), -1);
  CHECK_EQ(open("/tex/g", O_CREATE | O_RDWR), -1);
  for (int i = 0; i < n; i++) {
    snprintf(name, sizeof name, "/tex/f%d", i);
    CHECK_EQ(unlink(name), 0);
  }
  int fd = open("/tex/g", O_CREATE | O_RDWR);
  CHECK(fd >= 0);
  close(fd);
  CHECK_EQ(unlink("/tex/g"), 0);
  CHECK_EQ(unlink("/tex"), 0);
}

static const struct t_case cases[] = {
    {"fork_bomb", fork_bomb},
    {"thread_bomb", thread_bomb},
    {"memory_many", memory_many, 120},
    {"cow_oom", cow_oom, 120},
    {"fd_exhaust", fd_exhaust},
    {"pipe_exhaust", pipe_exhaust},
    {"file_table_exhaust", file_table_exhaust},
    {"inode_exhaust", inode_exhaust, 120},
    {0, 0},
};

int main(int argc, char **argv) {
  if (argc == 2 && strcmp(argv[1], "--hog") == 0)
    hog();
  if (argc == 2 && strcmp(argv[1], "--cowoom") == 0)
    cowoom();
  t_main(argc, argv, cases);
}
