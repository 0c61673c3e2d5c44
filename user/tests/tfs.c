/* tfs: files and directories: create, read, write, truncate, offsets,
 * unlink while open, links, mkdir/unlink rules, directory entries, chdir
 * and relative paths, name and path limits, descriptor limits. Every case
 * works under its own directory in / and removes it. */
#include "t.h"

struct dirent {
  ushort inum;
  char name[DIRSIZ];
};

static void fill(char *buf, int n, int seed) {
  for (int i = 0; i < n; i++)
    buf[i] = (char)(seed + i * 7 + (i >> 8));
}

static int check_fill(const char *buf, int n, int seed) {
  for (int i = 0; i < n; i++)
    if (buf[i] != (char)(seed + i * 7 + (i >> 8)))
      return i;
  return -1;
}

static struct stat fst(int fd) {
  struct stat st;
  if (fstat(fd, &st) < 0)
    T_FAIL("fstat(%d) failed", fd);
  return st;
}

static struct stat pst(const char *path) {
  struct stat st;
  if (stat(path, &st) < 0)
    T_FAIL("stat(%s) failed", path);
  return st;
}

static void must_mkdir(const char *path) {
  if (mkdir(path) < 0)
    T_FAIL("mkdir(%s) failed", path);
}

static void must_unlink(const char *path) {
  if (unlink(path) < 0)
    T_FAIL("unlink(%s) failed", path);
}

static char iobuf[4096]; /* put_file's and check_file's buffer */

/* Writes n pattern bytes to a new file path. */
static void put_file(const char *path, int n, int seed) {
  char *buf = iobuf;
  int fd = open(path, O_CREATE | O_WRONLY);
  if (fd < 0)
    T_FAIL("create %s failed", path);
  for (int off = 0; off < n;) {
    int k = n - off < 4096 ? n - off : 4096;
    for (int i = 0; i < k; i++)
      buf[i] = (char)(seed + (off + i) * 7 + ((off + i) >> 8));
    if (write(fd, buf, k) != k)
      T_FAIL("write %s at %d failed", path, off);
    off += k;
  }
  close(fd);
}

/* Checks that path holds exactly the n pattern bytes. */
static void check_file(const char *path, int n, int seed) {
  char *buf = iobuf;
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    T_FAIL("open %s failed", path);
  CHECK_EQ(fst(fd).size, n);
  for (int off = 0;;) {
    int k = read(fd, buf, 4096);
    if (k < 0)
      T_FAIL("read %s failed", path);
    if (k == 0) {
      if (off != n)
        T_FAIL("%s: %d bytes, want %d", path, off, n);
      break;
    }
    for (int i = 0; i < k; i++)
      if (buf[i] != (char)(seed + (off + i) * 7 + ((off + i) >> 8)))
        T_FAIL("%s: wrong byte at %d", path, off + i);
    off += k;
  }
  close(fd);
}

static void create_rw(void) {
  must_mkdir("/tfs.a");
  int fd = open("/tfs.a/f", O_CREATE | O_RDWR);
  CHECK(fd >= 0);
  struct stat st = fst(fd);
  CHECK_EQ(st.type, T_FILE);
  CHECK_EQ(st.nlink, 1);
  CHECK_EQ(st.size, 0);
  char buf[3000], back[3000];
  fill(buf, sizeof buf, 1);
  CHECK_EQ(write(fd, buf, sizeof buf), sizeof buf);
  CHECK_EQ(fst(fd).size, 3000);
  CHECK_EQ(read(fd, back, 10), 0); /* at end of file */
  close(fd);
  fd = open("/tfs.a/f", O_RDONLY);
  CHECK(fd >= 0);
  CHECK_EQ(read(fd, back, sizeof back), sizeof back);
  CHECK(memcmp(buf, back, sizeof buf) == 0);
  CHECK_EQ(read(fd, back, 1), 0);
  close(fd);
  /* O_CREATE on an existing file opens it without truncating. */
  fd = open("/tfs.a/f", O_CREATE | O_RDWR);
  CHECK(fd >= 0);
  CHECK_EQ(fst(fd).size, 3000);
  close(fd);
  /* Opening a missing file without O_CREATE fails. */
  CHECK_EQ(open("/tfs.a/nope", O_RDONLY), -1);
  CHECK_EQ(open("/tfs.a/nope/x", O_CREATE | O_RDWR), -1);
  must_unlink("/tfs.a/f");
  must_unlink("/tfs.a");
}

static void big_file(void) {
  must_mkdir("/tfs.b");
  put_file("/tfs.b/big", 300 * 1024 + 123, 9);
  check_file("/tfs.b/big", 300 * 1024 + 123, 9);
  must_unlink("/tfs.b/big");
  must_unlink("/tfs.b");
}

/* Files are limited to MAXFILEPAGES pages: writes past it fail, and the
 * pages come back on unlink. */
static void file_limit(void) {
  static char buf[8192];
  must_mkdir("/tfs.l");
  int fd = open("/tfs.l/f", O_CREATE | O_WRONLY);
  CHECK(fd >= 0);
  long limit = (long)MAXFILEPAGES * PGSIZE, total = 0;
  int r = 0;
  while (total < limit + 4 * (long)sizeof buf) {
    r = write(fd, buf, sizeof buf);
    if (r <= 0)
      break;
    total += r;
  }
  CHECK(r <= 0);
  CHECK(total >= limit - (long)sizeof buf && total <= limit);
  CHECK_EQ(write(fd, buf, 1), -1);
  CHECK_EQ(fst(fd).size, total);
  close(fd);
  must_unlink("/tfs.l/f");
  must_unlink("/tfs.l");
}

static void trunc(void) {
  must_mkdir("/tfs.t");
  put_file("/tfs.t/f", 5000, 3);
  int fd = open("/tfs.t/f", O_WRONLY | O_TRUNC);
  CHECK(fd >= 0);
  CHECK_EQ(fst(fd).size, 0);
  CHECK_EQ(write(fd, "hi", 2), 2);
  close(fd);
  fd = open("/tfs.t/f", O_RDONLY);
  char buf[16];
  CHECK_EQ(read(fd, buf, sizeof buf), 2);
  CHECK(memcmp(buf, "hi", 2) == 0);
  close(fd);
  /* O_TRUNC | O_CREATE on a new file, and O_RDONLY | O_TRUNC. */
  fd = open("/tfs.t/g", O_CREATE | O_TRUNC | O_RDWR);
  CHECK(fd >= 0);
  close(fd);
  CHECK_EQ(pst("/tfs.t/g").size, 0);
  must_unlink("/tfs.t/f");
  must_unlink("/tfs.t/g");
  must_unlink("/tfs.t");
}

/* Each open has its own offset; dup and fork share one. */
static void offsets(void) {
  must_mkdir("/tfs.o");
  int a = open("/tfs.o/f", O_CREATE | O_RDWR);
  CHECK(a >= 0);
  CHECK_EQ(write(a, "abc", 3), 3);
  CHECK_EQ(write(a, "def", 3), 3); /* appends at the offset */
  int b = open("/tfs.o/f", O_RDWR);
  CHECK(b >= 0);
  CHECK_EQ(write(b, "XY", 2), 2); /* b's offset is 0 */
  char buf[16];
  int c = open("/tfs.o/f", O_RDONLY);
  CHECK_EQ(read(c, buf, 16), 6);
  CHECK(memcmp(buf, "XYcdef", 6) == 0);
  close(c);
  int d = dup(b);
  CHECK(d >= 0);
  CHECK_EQ(write(d, "Z", 1), 1); /* shares b's offset: lands at 2 */
  CHECK_EQ(write(b, "W", 1), 1); /* and b's moved on: lands at 3 */
  int pid = t_fork();
  if (pid == 0) {
    if (write(b, "K", 1) != 1)
      exit(1);
    exit(0);
  }
  t_wait_ok(pid, "writer");
  CHECK_EQ(write(b, "L", 1), 1); /* after the child's byte */
  CHECK_EQ(write(a, "gh", 2), 2);
  c = open("/tfs.o/f", O_RDONLY);
  CHECK_EQ(read(c, buf, 16), 8);
  CHECK(memcmp(buf, "XYZWKLgh", 8) == 0);
  close(a);
  close(b);
  close(c);
  close(d);
  must_unlink("/tfs.o/f");
  must_unlink("/tfs.o");
}

static void unlink_open(void) {
  static char buf[20000];
  must_mkdir("/tfs.u");
  /* Fault in (copy from the parent) every page this case will use before
   * counting free pages. */
  memset(buf, 0, sizeof buf);
  memset(iobuf, 0, sizeof iobuf);
  t_warm_stack();
  put_file("/tfs.u/w", 10, 1);
  check_file("/tfs.u/w", 10, 1);
  must_unlink("/tfs.u/w");
  long free0 = t_free();
  put_file("/tfs.u/f", 20000, 5);
  int fd = open("/tfs.u/f", O_RDWR);
  CHECK(fd >= 0);
  must_unlink("/tfs.u/f");
  CHECK_EQ(open("/tfs.u/f", O_RDONLY), -1);
  CHECK_EQ(unlink("/tfs.u/f"), -1);
  /* The open file lives on, readable and writable. */
  CHECK_EQ(read(fd, buf, sizeof buf), sizeof buf);
  CHECK_EQ(check_fill(buf, 100, 5), -1);
  CHECK_EQ(write(fd, "more", 4), 4);
  CHECK_EQ(fst(fd).size, 20004);
  CHECK_EQ(fst(fd).nlink, 0);
  /* A new file of the same name is a different file. */
  put_file("/tfs.u/f", 10, 6);
  check_file("/tfs.u/f", 10, 6);
  must_unlink("/tfs.u/f");
  close(fd);
  /* Its pages came back with the last close. */
  long f = t_free_settle(free0);
  if (f != free0)
    T_FAIL("free pages %ld, want %ld after last close", f, free0);
  must_unlink("/tfs.u");
}

static void links(void) {
  must_mkdir("/tfs.k");
  must_mkdir("/tfs.k/d");
  put_file("/tfs.k/a", 777, 8);
  CHECK_EQ(link("/tfs.k/a", "/tfs.k/b"), 0);
  CHECK_EQ(link("/tfs.k/a", "/tfs.k/d/c"), 0);
  CHECK_EQ(pst("/tfs.k/a").nlink, 3);
  CHECK_EQ(pst("/tfs.k/b").ino, pst("/tfs.k/a").ino);
  check_file("/tfs.k/d/c", 777, 8);
  /* Writes through one name show through the others. */
  int fd = open("/tfs.k/b", O_WRONLY);
  CHECK_EQ(write(fd, "!", 1), 1);
  close(fd);
  fd = open("/tfs.k/d/c", O_RDONLY);
  char ch = 0;
  CHECK_EQ(read(fd, &ch, 1), 1);
  CHECK_EQ(ch, '!');
  close(fd);
  /* Failures. */
  CHECK_EQ(link("/tfs.k/a", "/tfs.k/b"), -1);     /* exists */
  CHECK_EQ(link("/tfs.k/a", "/tfs.k/d"), -1);     /* exists (a dir) */
  CHECK_EQ(link("/tfs.k/none", "/tfs.k/x"), -1);  /* no source */
  CHECK_EQ(link("/tfs.k/a", "/tfs.k/no/x"), -1);  /* no parent */
  CHECK_EQ(link("/tfs.k/d", "/tfs.k/dlink"), -1); /* a directory */
  CHECK_EQ(link("/tfs.k", "/tfs.k/d/up"), -1);
  CHECK(open("/tfs.k/dlink", O_RDONLY) < 0);
  must_unlink("/tfs.k/a");
  CHECK_EQ(pst("/tfs.k/b").nlink, 2);
  must_unlink("/tfs.k/d/c");
  CHECK_EQ(pst("/tfs.k/b").nlink, 1);
  must_unlink("/tfs.k/b");
  must_unlink("/tfs.k/d");
  must_unlink("/tfs.k");
}

static void mkdir_rules(void) {
  must_mkdir("/tfs.m");
  CHECK_EQ(mkdir("/tfs.m"), -1);      /* exists */
  CHECK_EQ(mkdir("/tfs.none/x"), -1); /* no parent */
  CHECK_EQ(mkdir("/"), -1);
  put_file("/tfs.m/f", 1, 1);
  CHECK_EQ(mkdir("/tfs.m/f"), -1);   /* a file has that name */
  CHECK_EQ(mkdir("/tfs.m/f/x"), -1); /* parent is a file */
  CHECK_EQ(open("/tfs.m/f/x", O_CREATE | O_RDWR), -1);
  must_mkdir("/tfs.m/d");
  struct stat st = pst("/tfs.m/d");
  CHECK_EQ(st.type, T_DIR);
  /* Directories cannot be opened for writing, nor created over. */
  CHECK_EQ(open("/tfs.m/d", O_WRONLY), -1);
  CHECK_EQ(open("/tfs.m/d", O_RDWR), -1);
  CHECK_EQ(open("/tfs.m/d", O_CREATE | O_RDWR), -1);
  int fd = open("/tfs.m/d", O_RDONLY);
  CHECK(fd >= 0);
  CHECK_EQ(write(fd, "x", 1), -1);
  close(fd);
  /* Only empty directories can be removed; never . or .. */
  must_mkdir("/tfs.m/d/e");
  CHECK_EQ(unlink("/tfs.m/d"), -1);
  CHECK_EQ(unlink("/tfs.m/d/."), -1);
  CHECK_EQ(unlink("/tfs.m/d/.."), -1);
  CHECK_EQ(unlink("/tfs.m/d/e/."), -1);
  CHECK_EQ(unlink("/"), -1);
  CHECK_EQ(unlink("/tfs.m/d/e/../e/.."), -1);
  must_unlink("/tfs.m/d/e");
  must_unlink("/tfs.m/d");
  CHECK(open("/tfs.m/d", O_RDONLY) < 0);
  must_unlink("/tfs.m/f");
  must_unlink("/tfs.m");
}

/* Reads directory path; returns the number of used entries and checks
 * that entries are 16 bytes and reads return whole entries. */
static int read_dir(const char *path, struct dirent *out, int max) {
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    T_FAIL("open dir %s failed", path);
  CHECK_EQ(sizeof(struct dirent), 16);
  int n = 0, r;
  struct dirent de;
  while ((r = read(fd, &de, sizeof de)) == sizeof de) {
    if (de.inum == 0)
      continue;
    if (n < max)
      out[n] = de;
    n++;
  }
  CHECK_EQ(r, 0);
  /* The size is a whole number of entries. */
  CHECK_EQ(fst(fd).size % 16, 0);
  close(fd);
  return n;
}

static int find(struct dirent *d, int n, const char *name) {
  for (int i = 0; i < n; i++)
    if (strncmp(d[i].name, name, DIRSIZ) == 0)
      return d[i].inum;
  return 0;
}

static void dirents(void) {
  static struct dirent d[256];
  must_mkdir("/tfs.e");
  put_file("/tfs.e/x", 1, 1);
  must_mkdir("/tfs.e/yy");
  const char *n14 = "abcdefghijklmn"; /* DIRSIZ characters: no NUL */
  char p14[40] = "/tfs.e/";
  strcpy(p14 + 7, n14);
  put_file(p14, 3, 2);
  int n = read_dir("/tfs.e", d, 256);
  CHECK_EQ(n, 5);
  CHECK_EQ(find(d, n, "."), pst("/tfs.e").ino);
  CHECK_EQ(find(d, n, ".."), pst("/").ino);
  CHECK_EQ(find(d, n, "x"), pst("/tfs.e/x").ino);
  CHECK_EQ(find(d, n, "yy"), pst("/tfs.e/yy").ino);
  CHECK_EQ(find(d, n, n14), pst(p14).ino);
  check_file(p14, 3, 2);
  /* In the subdirectory, .. is the parent. */
  n = read_dir("/tfs.e/yy", d, 256);
  CHECK_EQ(n, 2);
  CHECK_EQ(find(d, n, ".."), pst("/tfs.e").ino);
  /* The root lists . and .. (both itself) and the programs. */
  n = read_dir("/", d, 256);
  CHECK(n >= 5);
  CHECK_EQ(find(d, n, "."), pst("/").ino);
  CHECK_EQ(find(d, n, ".."), pst("/").ino);
  CHECK(find(d, n, "init") != 0);
  CHECK(find(d, n, "tfs") != 0);
  CHECK(find(d, n, "tfs.e") != 0);
  /* Removed entries disappear. */
  must_unlink("/tfs.e/x");
  must_unlink(p14);
  must_unlink("/tfs.e/yy");
  n = read_dir("/tfs.e", d, 256);
  CHECK_EQ(n, 2);
  CHECK_EQ(find(d, n, "x"), 0);
  must_unlink("/tfs.e");
}

static void chdir_relative(void) {
  must_mkdir("/tfs.c");
  must_mkdir("/tfs.c/d");
  CHECK_EQ(chdir("/tfs.c/d"), 0);
  put_file("f", 10, 4);
  check_file("/tfs.c/d/f", 10, 4);
  check_file("./f", 10, 4);
  check_file("../d/./f", 10, 4);
  CHECK_EQ(chdir(".."), 0);
  check_file("d/f", 10, 4);
  CHECK_EQ(chdir("nope"), -1);
  CHECK_EQ(chdir("d/f"), -1); /* a file */
  check_file("d/f", 10, 4);   /* cwd unchanged by the failures */
  must_mkdir("d/e");
  CHECK_EQ(chdir("d/e"), 0);
  check_file("../f", 10, 4);
  CHECK_EQ(chdir("../../.."), 0);
  check_file("tfs.c/d/f", 10, 4); /* now at / */
  CHECK_EQ(chdir(".."), 0);       /* /.. is / */
  check_file("tfs.c/d/f", 10, 4);
  /* Programs are found relative to / when cwd is /. */
  int fd = open("init", O_RDONLY);
  CHECK(fd >= 0);
  close(fd);
  /* A child's chdir does not move the parent. */
  int pid = t_fork();
  if (pid == 0) {
    if (chdir("/tfs.c/d") < 0 || open("f", O_RDONLY) < 0)
      exit(1);
    exit(0);
  }
  t_wait_ok(pid, "chdir child");
  fd = open("tfs.c", O_RDONLY);
  CHECK(fd >= 0);
  close(fd);
  must_unlink("/tfs.c/d/e");
  must_unlink("/tfs.c/d/f");
  must_unlink("/tfs.c/d");
  must_unlink("/tfs.c");
}

static void name_limits(void) {
  must_mkdir("/tfs.n");
  /* Components longer than 14 bytes are truncated to 14, as on xv6: the
   * long name and its first 14 bytes are one file. */
  int lf = open("/tfs.n/abcdefghijklmno", O_CREATE | O_RDWR);
  CHECK(lf >= 0);
  CHECK_EQ(write(lf, "x", 1), 1);
  close(lf);
  struct stat st;
  CHECK_EQ(stat("/tfs.n/abcdefghijklmn", &st), 0);
  CHECK_EQ(st.size, 1);
  CHECK_EQ(stat("/tfs.n/abcdefghijklmnXYZ", &st), 0);
  CHECK_EQ(mkdir("/tfs.n/abcdefghijklmn"), -1); /* the same name exists */
  must_unlink("/tfs.n/abcdefghijklmnopqrstuvwxyz");
  CHECK(open("/tfs.n/abcdefghijklmn", O_RDONLY) < 0);
  /* A path longer than MAXPATH is refused even when it would resolve. */
  char path[300];
  strcpy(path, "/tfs.n");
  while (strlen(path) < MAXPATH + 20)
    strcpy(path + strlen(path), "/.");
  strcpy(path + strlen(path), "/f");
  CHECK_EQ(open(path, O_CREATE | O_RDWR), -1);
  CHECK(open("/tfs.n/f", O_RDONLY) < 0);
  CHECK_EQ(mkdir(path), -1);
  /* One that fits works. */
  path[MAXPATH - 10] = 0;
  strcpy(path + strlen(path), "/f");
  int fd = open(path, O_CREATE | O_RDWR);
  CHECK(fd >= 0);
  close(fd);
  must_unlink("/tfs.n/f");
  /* Empty paths name nothing to create. */
  CHECK_EQ(open("", O_CREATE | O_RDWR), -1);
  CHECK_EQ(mkdir(""), -1);
  must_unlink("/tfs.n");
}

static void fd_limits(void) {
  must_mkdir("/tfs.f");
  put_file("/tfs.f/f", 1, 1);
  int fds[NOFILE + 2], n = 0, fd;
  while (n < NOFILE + 2 && (fd = open("/tfs.f/f", O_RDONLY)) >= 0)
    fds[n++] = fd;
  CHECK(n < NOFILE + 2);
  CHECK(n >= NOFILE - 6);
  CHECK_EQ(dup(0), -1);
  int p[2];
  CHECK_EQ(pipe(p), -1);
  /* The lowest free descriptor is reused. */
  int mid = fds[n / 2];
  close(mid);
  CHECK_EQ(open("/tfs.f/f", O_RDONLY), mid);
  close(mid);
  CHECK_EQ(dup(0), mid);
  for (int i = 0; i < n; i++)
    close(fds[i]);
  must_unlink("/tfs.f/f");
  must_unlink("/tfs.f");
}

/* Several processes creating, writing, checking and removing files in one
 * directory at once. */
static void concurrent_files(void) {
  must_mkdir("/tfs.p");
  int nproc = 2 * ncpu(), pids[16];
  if (nproc > 16)
    nproc = 16;
  for (int i = 0; i < nproc; i++) {
    pids[i] = t_fork();
    if (pids[i] == 0) {
      char name[32];
      snprintf(name, sizeof name, "/tfs.p/f%d", i);
      for (int round = 0; round < 10; round++) {
        put_file(name, 3000 + 100 * i, i + round);
        check_file(name, 3000 + 100 * i, i + round);
        must_unlink(name);
      }
      exit(0);
    }
  }
  for (int i = 0; i < nproc; i++)
    t_wait_ok(pids[i], "file worker");
  static struct dirent d[64];
  CHECK_EQ(read_dir("/tfs.p", d, 64), 2);
  must_unlink("/tfs.p");
}

static const struct t_case cases[] = {
    {"create_rw", create_rw},
    {"big_file", big_file},
    {"file_limit", file_limit},
    {"trunc", trunc},
    {"offsets", offsets},
    {"unlink_open", unlink_open},
    {"links", links},
    {"mkdir_rules", mkdir_rules},
    {"dirents", dirents},
    {"chdir_relative", chdir_relative},
    {"name_limits", name_limits},
    {"fd_limits", fd_limits},
    {"concurrent_files", concurrent_files},
    {0},
};

int main(int argc, char **argv) { t_main(argc, argv, cases); }
