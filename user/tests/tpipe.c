/* tpipe: pipes: data integrity across fork, end of file when the last
 * writer closes, writing with no reader, transfers much larger than the
 * pipe's buffer, many concurrent writers and readers, blocked ends woken
 * by close. */
#include "t.h"

static uint64 sum_bytes(const uchar *p, int n, uint64 h) {
  for (int i = 0; i < n; i++)
    h = (h ^ p[i]) * 0x100000001b3UL;
  return h;
}

/* Writes total bytes of a seeded pseudo-random stream to fd (fd < 0:
 * nowhere) in chunks of varying size; returns the stream's hash. */
static uint64 send_stream(int fd, long total, uint64 seed) {
  static uchar buf[9000];
  uint64 h = 0xcbf29ce484222325UL, r = seed;
  while (total > 0) {
    int n = 1 + t_rand(&r) % sizeof buf;
    if (n > total)
      n = total;
    for (int i = 0; i < n; i++)
      buf[i] = (uchar)t_rand(&r);
    if (fd >= 0 && write(fd, buf, n) != n)
      T_FAIL("pipe write of %d failed", n);
    h = sum_bytes(buf, n, h);
    total -= n;
  }
  return h;
}

/* Reads fd to end of file; returns the hash and sets *total. */
static uint64 recv_stream(int fd, long *total) {
  static uchar buf[5000];
  uint64 h = 0xcbf29ce484222325UL, r = 77;
  long got = 0;
  for (;;) {
    int n = read(fd, buf, 1 + t_rand(&r) % sizeof buf);
    if (n < 0)
      T_FAIL("pipe read failed");
    if (n == 0)
      break;
    h = sum_bytes(buf, n, h);
    got += n;
  }
  *total = got;
  return h;
}

static void basic(void) {
  int p[2];
  CHECK_EQ(pipe(p), 0);
  CHECK(p[0] >= 0 && p[1] >= 0 && p[0] != p[1]);
  CHECK_EQ(write(p[1], "hello", 5), 5);
  char buf[16];
  CHECK_EQ(read(p[0], buf, sizeof buf), 5); /* returns what is there */
  CHECK(memcmp(buf, "hello", 5) == 0);
  CHECK_EQ(write(p[1], "ab", 2), 2);
  CHECK_EQ(write(p[1], "cd", 2), 2);
  CHECK_EQ(read(p[0], buf, 3), 3);
  CHECK(memcmp(buf, "abc", 3) == 0);
  CHECK_EQ(read(p[0], buf, 3), 1);
  CHECK_EQ(buf[0], 'd');
  close(p[1]);
  CHECK_EQ(read(p[0], buf, 3), 0);
  CHECK_EQ(read(p[0], buf, 3), 0);
  close(p[0]);
}

/* A stream from child to parent, several times the buffer size. */
static void across_fork(void) {
  int p[2];
  CHECK_EQ(pipe(p), 0);
  long total = 20 * PIPESIZE + 123;
  int pid = t_fork();
  if (pid == 0) {
    close(p[0]);
    uint64 h = send_stream(p[1], total, 42);
    /* Send the hash last, so that the reader can compare. */
    write(p[1], &h, sizeof h);
    exit(0);
  }
  close(p[1]);
  static uchar all[20 * PIPESIZE + 123 + 8];
  long got = 0;
  int n;
  while ((n = read(p[0], all + got, sizeof all - got)) > 0)
    got += n;
  CHECK_EQ(got, total + 8);
  uint64 h, want = sum_bytes(all, total, 0xcbf29ce484222325UL);
  memcpy(&h, all + total, 8);
  CHECK(h == want);
  close(p[0]);
  t_wait_ok(pid, "sender");
}

/* 256 KiB parent to child and back at once, through two pipes. */
static void large_both_ways(void) {
  int down[2], up[2];
  CHECK_EQ(pipe(down), 0);
  CHECK_EQ(pipe(up), 0);
  long total = 256 * 1024;
  int pid = t_fork();
  if (pid == 0) {
    close(down[1]);
    close(up[0]);
    /* Echo everything back, in odd-sized pieces. */
    static uchar buf[3001];
    int n;
    while ((n = read(down[0], buf, sizeof buf)) > 0)
      if (write(up[1], buf, n) != n)
        exit(2);
    exit(n == 0 ? 0 : 3);
  }
  close(down[0]);
  close(up[1]);
  /* A second child reads the echo so that neither side can deadlock. */
  int rd = t_fork();
  if (rd == 0) {
    close(down[1]);
    long got;
    uint64 h = recv_stream(up[0], &got);
    if (got != total)
      T_FAIL("echo returned %ld bytes, want %ld", got, total);
    if (h != send_stream(-1, total, 99))
      T_FAIL("echoed data differs");
    exit(0);
  }
  close(up[0]);
  send_stream(down[1], total, 99);
  close(down[1]);
  t_wait_ok(pid, "echo");
  t_wait_ok(rd, "reader");
}

/* EOF comes only when every copy of the write end is closed. */
static void eof_all_writers(void) {
  int p[2], go[2];
  CHECK_EQ(pipe(p), 0);
  CHECK_EQ(pipe(go), 0);
  int pid = t_fork();
  if (pid == 0) {
    /* Holds a write end until told to close it. */
    close(p[0]);
    char c;
    read(go[0], &c, 1);
    write(p[1], "z", 1);
    exit(0);
  }
  close(go[0]);
  close(p[1]);
  /* The child still holds a write end: a reader must block, not see EOF.
   * Prove it by having the child write only 10 ticks from now. */
  int t0 = uptime();
  int waker = t_fork();
  if (waker == 0) {
    sleep(10);
    write(go[1], "g", 1);
    exit(0);
  }
  char buf[4];
  CHECK_EQ(read(p[0], buf, 4), 1);
  CHECK_EQ(buf[0], 'z');
  CHECK(uptime() - t0 >= 9);
  CHECK_EQ(read(p[0], buf, 4), 0);
  close(p[0]);
  close(go[1]);
  t_wait_ok(pid, "writer");
  t_wait_ok(waker, "waker");
}

/* A reader blocked on an empty pipe wakes with 0 when the last writer
 * closes, even from another process. */
static void eof_wakes_reader(void) {
  int p[2];
  CHECK_EQ(pipe(p), 0);
  int pid = t_fork();
  if (pid == 0) {
    close(p[1]);
    char c;
    int n = read(p[0], &c, 1);
    exit(n == 0 ? 0 : 1);
  }
  sleep(5);
  close(p[1]);
  close(p[0]);
  t_wait_ok(pid, "blocked reader");
}

static void no_reader(void) {
  int p[2];
  CHECK_EQ(pipe(p), 0);
  close(p[0]);
  CHECK_EQ(write(p[1], "x", 1), -1);
  CHECK_EQ(write(p[1], "xyz", 3), -1);
  close(p[1]);
  /* A writer blocked on a full pipe fails when the reader goes away. */
  CHECK_EQ(pipe(p), 0);
  int pid = t_fork();
  if (pid == 0) {
    close(p[0]);
    static char big[3 * PIPESIZE];
    int n = write(p[1], big, sizeof big);
    exit(n == (int)sizeof big ? 1 : 0);
  }
  close(p[1]);
  char buf[100];
  CHECK_EQ(read(p[0], buf, sizeof buf), sizeof buf);
  sleep(5);
  close(p[0]);
  t_wait_ok(pid, "blocked writer");
}

/* N writers each write a known number of bytes of their own value; the
 * reader counts bytes per value. Needs no write atomicity. */
static void many_writers(void) {
  enum { W = 12, EACH = 3 * PIPESIZE + 17 };
  int p[2], pids[W];
  CHECK_EQ(pipe(p), 0);
  for (int w = 0; w < W; w++) {
    pids[w] = t_fork();
    if (pids[w] == 0) {
      close(p[0]);
      char buf[300];
      memset(buf, 'A' + w, sizeof buf);
      for (int left = EACH; left > 0;) {
        int n = left < (int)sizeof buf ? left : (int)sizeof buf;
        n = 1 + (left * 7 + w) % n;
        if (write(p[1], buf, n) != n)
          exit(1);
        left -= n;
      }
      exit(0);
    }
  }
  close(p[1]);
  long count[W] = {0}, other = 0;
  char buf[1000];
  int n;
  while ((n = read(p[0], buf, sizeof buf)) > 0) {
    for (int i = 0; i < n; i++) {
      int w = buf[i] - 'A';
      if (w >= 0 && w < W)
        count[w]++;
      else
        other++;
    }
  }
  CHECK_EQ(n, 0);
  CHECK_EQ(other, 0);
  for (int w = 0; w < W; w++)
    if (count[w] != EACH)
      T_FAIL("writer %d: %ld bytes arrived, want %d", w, count[w], EACH);
  for (int w = 0; w < W; w++)
    t_wait_ok(pids[w], "writer");
  close(p[0]);
}

/* Several readers share one pipe: every byte is read exactly once. */
static void many_readers(void) {
  enum { R = 6, TOTAL = 64 * 1024 };
  int p[2], res[2], pids[R];
  CHECK_EQ(pipe(p), 0);
  CHECK_EQ(pipe(res), 0);
  for (int r = 0; r < R; r++) {
    pids[r] = t_fork();
    if (pids[r] == 0) {
      close(p[1]);
      close(res[0]);
      long sum = 0, cnt = 0;
      uchar buf[700];
      int n;
      while ((n = read(p[0], buf, 1 + (cnt % sizeof buf))) > 0) {
        for (int i = 0; i < n; i++)
          sum += buf[i];
        cnt += n;
      }
      long out[2] = {cnt, sum};
      write(res[1], out, sizeof out);
      exit(n == 0 ? 0 : 1);
    }
  }
  close(p[0]);
  close(res[1]);
  static uchar data[TOTAL];
  long want = 0;
  for (int i = 0; i < TOTAL; i++)
    want += data[i] = (uchar)(i * 31 + 7);
  for (int off = 0; off < TOTAL; off += 1000)
    CHECK_EQ(write(p[1], data + off, TOTAL - off < 1000 ? TOTAL - off : 1000),
             TOTAL - off < 1000 ? TOTAL - off : 1000);
  close(p[1]);
  long cnt = 0, sum = 0, out[2];
  for (int r = 0; r < R; r++) {
    CHECK_EQ(read(res[0], out, sizeof out), sizeof out);
    cnt += out[0];
    sum += out[1];
  }
  CHECK_EQ(cnt, TOTAL);
  CHECK_EQ(sum, want);
  for (int r = 0; r < R; r++)
    t_wait_ok(pids[r], "reader");
  close(res[0]);
}

/* Pipes created and destroyed many times hand their memory back. */
static void create_destroy(void) {
  t_warm_stack();
  int p[2];
  CHECK_EQ(pipe(p), 0);
  close(p[0]);
  close(p[1]);
  long free0 = t_free();
  for (int i = 0; i < 200; i++) {
    if (pipe(p) < 0)
      T_FAIL("pipe %d failed", i);
    write(p[1], "abc", 3);
    if (i % 2)
      close(p[0]), close(p[1]);
    else
      close(p[1]), close(p[0]);
  }
  long f = t_free_settle(free0);
  if (f != free0)
    T_FAIL("free pages %ld, want %ld", f, free0);
}

/* A reader killed while blocked, and a writer killed while blocked. */
static void kill_blocked(void) {
  int p[2];
  CHECK_EQ(pipe(p), 0);
  int r = t_fork();
  if (r == 0) {
    char c;
    read(p[0], &c, 1);
    exit(0);
  }
  int w = t_fork();
  if (w == 0) {
    static char big[3 * PIPESIZE];
    write(p[1], big, sizeof big); /* fills the pipe; r reads at most 1 */
    exit(0);
  }
  sleep(10);
  CHECK_EQ(kill(w), 0);
  CHECK_EQ(t_wait(w), -1);
  /* r may have consumed a byte of w's data and exited 0; if it is still
   * blocked it must die of the kill. */
  kill(r);
  int st = t_wait(r);
  CHECK(st == 0 || st == -1);
  close(p[0]);
  close(p[1]);
}

static const struct t_case cases[] = {
    {"basic", basic},
    {"across_fork", across_fork},
    {"large_both_ways", large_both_ways},
    {"eof_all_writers", eof_all_writers},
    {"eof_wakes_reader", eof_wakes_reader},
    {"no_reader", no_reader},
    {"many_writers", many_writers},
    {"many_readers", many_readers},
    {"create_destroy", create_destroy},
    {"kill_blocked", kill_blocked},
    {0},
};

int main(int argc, char **argv) { t_main(argc, argv, cases); }
