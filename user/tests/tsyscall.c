/* tsyscall: system calls given bad arguments (bad pointers, kernel and
 * out-of-range addresses, bad lengths, bad descriptors, unterminated
 * paths) must fail with -1 and leave the caller and the kernel intact. */
#include "t.h"

#define DIR "/tsys.d"
#define FILE DIR "/f"

/* Addresses no user pointer may reach. */
static const uint64 bad_addrs[] = {
    KERNEL_VA,            /* the kernel's image */
    0xffffffc000000000UL, /* the kernel's direct map of RAM */
    USER_VA_END,          /* first address beyond Sv39 user space */
    USER_VA_END + 0x1000, /* beyond it */
    1UL << 39,            /* not sign-extended: invalid in Sv39 */
    0x0000800000000000UL, /* far beyond */
    0xfffffffffffff000UL, /* the last page of the address space */
};
#define NBAD (sizeof bad_addrs / sizeof bad_addrs[0])

static long sys3(long num, long a0, long a1, long a2) {
  register long r0 __asm__("a0") = a0;
  register long r1 __asm__("a1") = a1;
  register long r2 __asm__("a2") = a2;
  register long r7 __asm__("a7") = num;
  __asm__ volatile("ecall" : "+r"(r0) : "r"(r1), "r"(r2), "r"(r7) : "memory");
  return r0;
}

/* The page-aligned end of a fresh heap area of npages pages, with nothing
 * mapped above it. */
static char *heap_end(int npages) {
  char *b = sbrk(0);
  if (sbrk(PGROUNDUP(b) - (uint64)b) == (char *)-1)
    T_FAIL("sbrk align failed");
  char *p = sbrk(npages * PGSIZE);
  if (p == (char *)-1)
    T_FAIL("sbrk failed");
  return p + npages * PGSIZE;
}

/* Makes DIR and FILE with n bytes of pattern; returns an O_RDWR fd. */
static int make_file(int n) {
  static char buf[8192];
  mkdir(DIR);
  int fd = open(FILE, O_CREATE | O_RDWR | O_TRUNC);
  if (fd < 0)
    T_FAIL("cannot create " FILE);
  for (int i = 0; i < (int)sizeof buf; i++)
    buf[i] = 'a' + i % 23;
  while (n > 0) {
    int k = n < (int)sizeof buf ? n : (int)sizeof buf;
    if (write(fd, buf, k) != k)
      T_FAIL("write to " FILE " failed");
    n -= k;
  }
  close(fd);
  fd = open(FILE, O_RDWR);
  if (fd < 0)
    T_FAIL("cannot reopen " FILE);
  return fd;
}

static void cleanup(int fd) {
  close(fd);
  CHECK_EQ(unlink(FILE), 0);
  CHECK_EQ(unlink(DIR), 0);
}

static long file_size(int fd) {
  struct stat st;
  if (fstat(fd, &st) < 0)
    T_FAIL("fstat failed");
  return st.size;
}

static void bad_syscall_number(void) {
  CHECK_EQ(sys3(0, 0, 0, 0), -1);
  CHECK_EQ(sys3(SYS_MAX + 1, 0, 0, 0), -1);
  CHECK_EQ(sys3(999, 1, 2, 3), -1);
  CHECK_EQ(sys3(-1, 0, 0, 0), -1);
  CHECK(getpid() > 0);
}

/* procdump prints the thread table (to the console, which a test cannot
 * read back) and leaves the caller running; its arguments are ignored. */
static void procdump_call(void) {
  CHECK_EQ(procdump(), 0);
  CHECK_EQ(sys3(SYS_procdump, -1, 0x7fffffffL, 0), 0);
  CHECK(getpid() > 0);
}

static void read_bad_ptr(void) {
  int fd = make_file(8192);
  for (uint64 i = 0; i < NBAD; i++) {
    if (read(fd, (void *)bad_addrs[i], 16) != -1)
      T_FAIL("read into %p did not fail", (void *)bad_addrs[i]);
  }
  /* Straddling the end of user space. */
  CHECK_EQ(read(fd, (void *)(USER_VA_END - 8), 64), -1);
  /* Unmapped user memory between heap and stack. */
  CHECK_EQ(read(fd, (void *)(PGROUNDUP(sbrk(0)) + 64 * PGSIZE), 16), -1);
  /* Program text is read-only: the kernel must not write it either. */
  char *text = (char *)(uint64)read_bad_ptr;
  char before[32];
  memcpy(before, text, sizeof before);
  CHECK_EQ(read(fd, text, sizeof before), -1);
  CHECK(memcmp(before, text, sizeof before) == 0);
  /* Good reads still work, unaligned and across a page boundary. */
  char *end = heap_end(2);
  char *p = end - PGSIZE - 7;
  close(fd);
  fd = open(FILE, O_RDONLY);
  CHECK_EQ(read(fd, p, 100), 100);
  for (int i = 0; i < 100; i++)
    CHECK_EQ(p[i], 'a' + i % 23);
  cleanup(fd);
}

static void write_bad_ptr(void) {
  int fd = make_file(0);
  for (uint64 i = 0; i < NBAD; i++) {
    if (write(fd, (void *)bad_addrs[i], 16) != -1)
      T_FAIL("write from %p did not fail", (void *)bad_addrs[i]);
  }
  CHECK_EQ(write(fd, (void *)(PGROUNDUP(sbrk(0)) + 64 * PGSIZE), 16), -1);
  CHECK_EQ(file_size(fd), 0);
  /* Text is readable, so writing from it works. */
  CHECK_EQ(write(fd, (void *)(uint64)write_bad_ptr, 16), 16);
  CHECK_EQ(file_size(fd), 16);
  cleanup(fd);
}

static void bad_lengths(void) {
  int fd = make_file(8192);
  char *end = heap_end(1), *buf = end - 100;
  CHECK_EQ(read(fd, buf, -1), -1);
  CHECK_EQ(read(fd, buf, -4096), -1);
  CHECK_EQ(read(fd, buf, (int)0x80000000), -1);
  CHECK_EQ(write(fd, buf, -1), -1);
  CHECK_EQ(write(fd, buf, (int)0x80000000), -1);
  CHECK_EQ(read(fd, buf, 0), 0);
  CHECK_EQ(write(fd, buf, 0), 0);
  /* 100 valid bytes, then an unmapped page: longer copies must fail. */
  CHECK_EQ(read(fd, buf, 8192), -1);
  CHECK_EQ(read(fd, buf, 0x7fffffff), -1);
  CHECK_EQ(write(fd, buf, 0x7fffffff), -1);
  CHECK_EQ(write(fd, buf, 4096), -1);
  /* Pipes too. */
  int p[2];
  CHECK_EQ(pipe(p), 0);
  CHECK_EQ(write(p[1], buf, -1), -1);
  CHECK_EQ(read(p[0], buf, -1), -1);
  CHECK_EQ(write(p[1], buf, 4096), -1);
  CHECK_EQ(write(p[1], "xyz", 3), 3);
  CHECK_EQ(read(p[0], buf, 3), 3);
  CHECK(memcmp(buf, "xyz", 3) == 0);
  close(p[0]);
  close(p[1]);
  cleanup(fd);
}

static void bad_fds(void) {
  static const int fds[] = {-1, -100, NOFILE, NOFILE + 1, 1000, 1 << 30};
  char buf[8];
  struct stat st;
  for (uint64 i = 0; i < sizeof fds / sizeof fds[0]; i++) {
    int fd = fds[i];
    if (read(fd, buf, 1) != -1 || write(fd, "x", 1) != -1 || close(fd) != -1 ||
        fstat(fd, &st) != -1 || dup(fd) != -1)
      T_FAIL("descriptor %d was accepted", fd);
  }
  /* A closed descriptor. */
  int fd = make_file(10);
  int d = dup(fd);
  CHECK(d >= 0);
  CHECK_EQ(close(d), 0);
  CHECK_EQ(close(d), -1);
  CHECK_EQ(read(d, buf, 1), -1);
  CHECK_EQ(write(d, buf, 1), -1);
  CHECK_EQ(fstat(d, &st), -1);
  close(fd);
  /* Wrong direction. */
  fd = open(FILE, O_RDONLY);
  CHECK_EQ(write(fd, "x", 1), -1);
  close(fd);
  fd = open(FILE, O_WRONLY);
  CHECK_EQ(read(fd, buf, 1), -1);
  int p[2];
  CHECK_EQ(pipe(p), 0);
  CHECK_EQ(write(p[0], "x", 1), -1);
  CHECK_EQ(read(p[1], buf, 1), -1);
  close(p[0]);
  close(p[1]);
  cleanup(fd);
}

static void bad_path_ptrs(void) {
  char *argv[] = {"x", 0};
  for (uint64 i = 0; i < NBAD; i++) {
    const char *s = (const char *)bad_addrs[i];
    if (open(s, O_RDONLY) != -1 || open(s, O_CREATE | O_RDWR) != -1 || mkdir(s) != -1 ||
        chdir(s) != -1 || unlink(s) != -1 || link("/init", s) != -1 || link(s, "/tsys.l") != -1 ||
        mknod(s, 1, 0) != -1 || exec(s, argv) != -1)
      T_FAIL("path at %p was accepted", (void *)s);
  }
  CHECK(open("/tsys.l", O_RDONLY) < 0);
}

/* A path running into an unmapped page, with no NUL. */
static void unterminated_path(void) {
  char *end = heap_end(1);
  memset(end - PGSIZE, 'a', PGSIZE);
  char *s = end - 20;
  char *argv[] = {"x", 0};
  CHECK_EQ(open(s, O_RDONLY), -1);
  CHECK_EQ(open(s, O_CREATE | O_RDWR), -1);
  CHECK_EQ(mkdir(s), -1);
  CHECK_EQ(chdir(s), -1);
  CHECK_EQ(unlink(s), -1);
  CHECK_EQ(link("/init", s), -1);
  CHECK_EQ(mknod(s, 1, 0), -1);
  CHECK_EQ(exec(s, argv), -1);
  /* Nothing named by the first 14 bytes may have appeared. */
  char name[20] = "/";
  memcpy(name + 1, s, 14);
  CHECK(open(name, O_RDONLY) < 0);
  /* A path of more than MAXPATH bytes. */
  char *longp = end - PGSIZE;
  longp[0] = '/';
  longp[MAXPATH + 40] = 0;
  CHECK_EQ(open(longp, O_CREATE | O_RDWR), -1);
  CHECK_EQ(mkdir(longp), -1);
}

static void struct_out_bad_ptr(void) {
  int fd = make_file(10);
  for (uint64 i = 0; i < NBAD; i++) {
    if (fstat(fd, (struct stat *)bad_addrs[i]) != -1 || pipe((int *)bad_addrs[i]) != -1 ||
        vmstat((uint64 *)bad_addrs[i], VMSTAT_COUNT) != -1)
      T_FAIL("output struct at %p was accepted", (void *)bad_addrs[i]);
  }
  void *text = (void *)(uint64)struct_out_bad_ptr;
  CHECK_EQ(fstat(fd, text), -1);
  CHECK_EQ(pipe(text), -1);
  CHECK_EQ(fstat(fd, (struct stat *)(USER_VA_END - 8)), -1);
  /* Failed pipe() calls must not leave descriptors behind. */
  int lo = dup(0);
  CHECK(lo >= 0);
  close(lo);
  CHECK_EQ(pipe((int *)KERNEL_VA), -1);
  CHECK_EQ(pipe(text), -1);
  int d = dup(0);
  CHECK_EQ(d, lo);
  close(d);
  /* vmstat with odd counts. */
  uint64 vals[VMSTAT_COUNT + 4];
  CHECK_EQ(vmstat(vals, -1), -1);
  CHECK_EQ(vmstat(vals, 0), VMSTAT_COUNT);
  vals[1] = 12345;
  CHECK_EQ(vmstat(vals, 1), VMSTAT_COUNT);
  CHECK_EQ(vals[1], 12345);
  CHECK_EQ(vmstat(vals, VMSTAT_COUNT + 4), VMSTAT_COUNT);
  CHECK(vals[VM_total_pages] > 0 && vals[VM_free_pages] <= vals[VM_total_pages]);
  cleanup(fd);
}

static void wait_bad_ptr(void) {
  int pid = t_fork();
  if (pid == 0)
    exit(3);
  sleep(2);
  CHECK_EQ(wait((int *)KERNEL_VA), -1);
  /* The child is either still waitable or was reaped; nothing else. */
  int st = 0, r = wait(&st);
  CHECK(r == -1 || (r == pid && st == 3));
  CHECK_EQ(wait(&st), -1);
}

static void exec_bad_argv(void) {
  char *end = heap_end(1);
  char *bad_elem[] = {"tsyscall", (char *)KERNEL_VA, 0};
  CHECK_EQ(exec("/tsyscall", (char **)KERNEL_VA), -1);
  CHECK_EQ(exec("/tsyscall", (char **)USER_VA_END), -1);
  CHECK_EQ(exec("/tsyscall", bad_elem), -1);
  /* An argv array that runs into an unmapped page with no NULL. */
  char **unterminated = (char **)(end - 2 * sizeof(char *));
  unterminated[0] = "tsyscall";
  unterminated[1] = "x";
  CHECK_EQ(exec("/tsyscall", unterminated), -1);
  /* An argument string that runs into an unmapped page with no NUL. */
  memset(end - 64, 'z', 64);
  char *bad_str[] = {"tsyscall", end - 3, 0};
  CHECK_EQ(exec("/tsyscall", bad_str), -1);
  /* More than MAXARG arguments. */
  char *many[MAXARG + 2];
  for (int i = 0; i < MAXARG + 1; i++)
    many[i] = "arg";
  many[MAXARG + 1] = 0;
  CHECK_EQ(exec("/tsyscall", many), -1);
  CHECK(getpid() > 0);
}

static void misc_bad_args(void) {
  CHECK_EQ(kill(-1), -1);
  CHECK_EQ(kill(0), -1);
  CHECK_EQ(kill(1 << 30), -1);
  int mode = forkmode(-1);
  CHECK(mode == FORK_COW || mode == FORK_EAGER || mode == FORK_ODF);
  CHECK_EQ(forkmode(FORK_ODF + 1), -1);
  CHECK_EQ(forkmode(7), -1);
  CHECK_EQ(forkmode(-2), -1);
  CHECK_EQ(forkmode(-1), mode);
  int t0 = uptime();
  sleep(-1);
  sleep(0);
  CHECK(uptime() - t0 < 5 * TICKS_PER_S);
  CHECK(ncpu() >= 1 && ncpu() <= NCPU);
}

/* After all of that, the kernel still forks, pipes and exits. */
static void kernel_alive(void) {
  int p[2];
  CHECK_EQ(pipe(p), 0);
  int pid = t_fork();
  if (pid == 0) {
    write(p[1], "ok", 2);
    exit(5);
  }
  char b[2];
  CHECK_EQ(read(p[0], b, 2), 2);
  CHECK_EQ(t_wait(pid), 5);
  close(p[0]);
  close(p[1]);
}

static const struct t_case cases[] = {
    {"bad_syscall_number", bad_syscall_number},
    {"procdump_call", procdump_call},
    {"read_bad_ptr", read_bad_ptr},
    {"write_bad_ptr", write_bad_ptr},
    {"bad_lengths", bad_lengths},
    {"bad_fds", bad_fds},
    {"bad_path_ptrs", bad_path_ptrs},
    {"unterminated_path", unterminated_path},
    {"struct_out_bad_ptr", struct_out_bad_ptr},
    {"wait_bad_ptr", wait_bad_ptr},
    {"exec_bad_argv", exec_bad_argv},
    {"misc_bad_args", misc_bad_args},
    {"kernel_alive", kernel_alive},
    {0},
};

int main(int argc, char **argv) { t_main(argc, argv, cases); }
