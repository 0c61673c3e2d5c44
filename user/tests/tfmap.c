/* tfmap: exec maps a program's pages from the file instead of copying
 * them. Text pages are the file's own frames, shared by every process
 * running the program; data pages are the file's too, copy-on-write; the
 * file is copy-on-write towards its mappers, so rewriting, truncating or
 * unlinking a running program changes nothing it runs or reads, and no
 * page is lost once they exit (the harness checks the free-page count
 * after every case).
 *
 * The programs run are copies of this one, started as "tfmap --run": a
 * runner that obeys one-letter commands on its standard input and answers
 * each with a struct reply on its standard output (what maps its first
 * text page and its data page, and whether its text and data still hold
 * what they held when it started). pageinfo (a debugging system call)
 * names the frames. */
#include "t.h"

#define PROG "/tfmap"
#define COPY "/fmap_prog" /* the copy that cases rewrite, truncate, unlink */
#define ECHO "/echo"

/* Initialised data, page-aligned: two whole pages of the data segment's
 * file bytes, so exec maps them from the file (copy-on-write). */
#define DATA_WORDS 1024
#define DATA_PAT 0x5a5a00005a5a0000UL
static uint64 fdata[DATA_WORDS]
    __attribute__((aligned(4096))) = {[0 ... DATA_WORDS - 1] = DATA_PAT};
#define DW_STORE 0 /* the word the 's' command stores to (data page 0) */
#define DW_READ 8  /* the word the 'r' command read()s into */

/* The bytes of text the runner checksums: its first two pages, whole file
 * pages of the text segment (text_pages checks the segment is longer). */
#define SUM_BYTES (2 * PGSIZE)

/* ---------------------------------------------------------------- ELF */

struct phdr {
  uint type, flags;
  uint64 offset, vaddr, paddr, filesz, memsz, align;
};
#define PT_LOAD 1
#define PF_W 2

/* Reads the program headers of path's PT_LOAD segments into ph (at most
 * max); returns how many. */
static int load_headers(const char *path, struct phdr *ph, int max) {
  static uchar head[PGSIZE];
  int fd = open(path, O_RDONLY);
  CHECK(fd >= 0);
  int got = read(fd, head, sizeof head);
  close(fd);
  CHECK(got >= 64);
  uint64 phoff = *(uint64 *)(head + 32);
  int phnum = *(ushort *)(head + 56), n = 0;
  CHECK(phoff + phnum * sizeof(struct phdr) <= (uint64)got);
  for (int i = 0; i < phnum; i++) {
    struct phdr p;
    memcpy(&p, head + phoff + i * sizeof p, sizeof p);
    if (p.type == PT_LOAD && p.memsz > 0 && n < max)
      ph[n++] = p;
  }
  return n;
}

/* The pages exec maps from the file and the pages it copies into, for
 * path's segments (exec.c's load_segment: whole pages of a segment's file
 * bytes are mapped when offset and address agree modulo the page size). */
static void page_split(const char *path, long *mapped, long *copied) {
  struct phdr ph[8];
  int n = load_headers(path, ph, 8);
  *mapped = *copied = 0;
  for (int i = 0; i < n; i++) {
    uint64 va = ph[i].vaddr, fend = va + ph[i].filesz;
    uint64 lo = PGROUNDUP(va), hi = fend & ~(PGSIZE - 1);
    if ((va - ph[i].offset) % PGSIZE != 0 || lo >= hi)
      lo = hi = 0;
    *mapped += (hi - lo) / PGSIZE;
    for (uint64 a = va; a < fend; a = (a & ~(PGSIZE - 1)) + PGSIZE)
      if (a < lo || a >= hi)
        (*copied)++;
  }
}

/* ---------------------------------------------------------------- the runner */

struct reply {
  uint64 text[PAGEINFO_WORDS]; /* pageinfo of address 0: the first text page */
  uint64 data[PAGEINFO_WORDS]; /* pageinfo of fdata's first page */
  uint64 ok;                   /* 1: text and data as at the start */
};

static uint64 text_sum0;
/* The program's first byte (address 0), through a volatile so the compiler
 * does not treat it as a null pointer. */
static uint64 *volatile text0 = 0;

static uint64 text_sum(void) {
  uint64 s = 0;
  for (uint64 i = 0; i < SUM_BYTES / sizeof(uint64); i++)
    s = s * 31 + text0[i];
  return s;
}

/* Text unchanged since the start, data as the file gave it (but for the
 * words the commands wrote). */
static int image_ok(void) {
  if (text_sum() != text_sum0)
    return 0;
  for (int i = 0; i < DATA_WORDS; i++)
    if (i != DW_STORE && i != DW_READ && fdata[i] != DATA_PAT)
      return 0;
  return 1;
}

static void reply_send(void) {
  struct reply r;
  memset(&r, 0, sizeof r);
  if (pageinfo(text0, r.text) < 0 || pageinfo(fdata, r.data) < 0)
    exit(3);
  r.ok = image_ok();
  if (write(1, &r, sizeof r) != sizeof r)
    exit(4);
}

/* "tfmap --run": answers commands until 'q' or end of input:
 *   i  report
 *   s  store to data page 0, then report
 *   r  read() 8 bytes of input into data page 0 (a kernel write), report
 *   f  fork in the current mode; the child stores to data page 0 and
 *      reports, then exits; the parent reports after it */
static int runner(void) {
  text_sum0 = text_sum();
  char c;
  while (read(0, &c, 1) == 1) {
    if (c == 'q')
      return 0;
    if (c == 's')
      fdata[DW_STORE] = 1;
    if (c == 'r' && read(0, &fdata[DW_READ], 8) != 8)
      return 5;
    if (c == 'f') {
      int pid = fork();
      if (pid < 0)
        return 6;
      if (pid == 0) {
        fdata[DW_STORE] = 2;
        reply_send();
        exit(image_ok() ? 0 : 7);
      }
      int st;
      if (wait(&st) != pid || st != 0)
        return 8;
      if (fdata[DW_STORE] == 2)
        return 9;
    }
    reply_send();
  }
  return 0;
}

struct run {
  int pid, to, from;
};

/* Starts path as a runner. */
static struct run run_start(const char *path) {
  int in[2], out[2];
  CHECK_EQ(pipe(in), 0);
  CHECK_EQ(pipe(out), 0);
  struct run r;
  r.pid = t_fork();
  if (r.pid == 0) {
    close(0);
    dup(in[0]);
    close(1);
    dup(out[1]);
    close(in[0]);
    close(in[1]);
    close(out[0]);
    close(out[1]);
    char *argv[] = {"tfmap", "--run", 0};
    exec(path, argv);
    exit(99);
  }
  close(in[0]);
  close(out[1]);
  r.to = in[1];
  r.from = out[0];
  return r;
}

/* The runner's next reply (to command c). */
static struct reply run_reply(struct run *r, char c) {
  struct reply rep;
  int got = 0, k;
  while (got < (int)sizeof rep && (k = read(r->from, (char *)&rep + got, sizeof rep - got)) > 0)
    got += k;
  if (got != (int)sizeof rep)
    T_FAIL("runner %d sent no reply to '%c' (status %d)", r->pid, c, t_wait(r->pid));
  return rep;
}

/* Sends command c (and n extra bytes) and returns the runner's reply (for
 * 'f', its child's; the runner's own follows, for run_reply). */
static struct reply run_cmd(struct run *r, char c, const void *extra, int n) {
  CHECK_EQ(write(r->to, &c, 1), 1);
  if (n > 0)
    CHECK_EQ(write(r->to, extra, n), n);
  return run_reply(r, c);
}

/* Ends the runner ('q') and fails the case unless it exited 0. */
static void run_end(struct run *r) {
  CHECK_EQ(write(r->to, "q", 1), 1);
  close(r->to);
  close(r->from);
  int st = t_wait(r->pid);
  if (st != 0)
    T_FAIL("runner exited with status %d", st);
}

/* ---------------------------------------------------------------- files */

/* Writes src's bytes to dst from offset 0 (truncating dst first if
 * trunc); returns bytes written. */
static long copy_into(const char *src, const char *dst, int trunc) {
  int in = open(src, O_RDONLY), out = open(dst, O_CREATE | O_WRONLY | (trunc ? O_TRUNC : 0));
  CHECK(in >= 0 && out >= 0);
  static char buf[4096];
  long total = 0;
  int n;
  while ((n = read(in, buf, sizeof buf)) > 0) {
    CHECK_EQ(write(out, buf, n), n);
    total += n;
  }
  close(in);
  close(out);
  return total;
}

static long file_size(const char *path) {
  struct stat st;
  CHECK_EQ(stat(path, &st), 0);
  return st.size;
}

static void rm_copy(void) { unlink(COPY); }

/* Runs path ("echo" argv) with output to a pipe; returns its exit status
 * and what it printed in buf. */
static int run_echo(const char *path, char *buf, int size) {
  int p[2];
  CHECK_EQ(pipe(p), 0);
  int pid = t_fork();
  if (pid == 0) {
    close(1);
    dup(p[1]);
    close(p[0]);
    close(p[1]);
    char *argv[] = {"echo", "new-version", 0};
    exec(path, argv);
    exit(99);
  }
  close(p[1]);
  int n = 0, k;
  while (n < size - 1 && (k = read(p[0], buf + n, size - 1 - n)) > 0)
    n += k;
  buf[n] = 0;
  close(p[0]);
  return t_wait(pid);
}

/* ---------------------------------------------------------------- cases */

/* The runner's own assumptions about this program's layout hold. */
static void layout(void) {
  struct phdr ph[8];
  int n = load_headers(PROG, ph, 8);
  CHECK(n >= 2);
  CHECK_EQ(ph[0].vaddr, 0);
  CHECK_EQ(ph[0].flags & PF_W, 0);
  CHECK(ph[0].filesz >= SUM_BYTES);
  CHECK_EQ((uint64)fdata % PGSIZE, 0);
  int found = 0;
  for (int i = 0; i < n; i++)
    if ((ph[i].flags & PF_W) && ph[i].vaddr <= (uint64)fdata &&
        (uint64)fdata + sizeof fdata <= ph[i].vaddr + ph[i].filesz)
      found = 1;
  CHECK(found);
}

/* Two processes running one program map the same frames for its text,
 * read-only, and the same file frames for its data, copy-on-write; the
 * counters say what exec mapped and copied. */
static void text_shared(void) {
  long mapped, copied;
  page_split(PROG, &mapped, &copied);
  CHECK(mapped >= 3);
  uint64 m0 = vmstat_get(VM_exec_mapped_pages), c0 = vmstat_get(VM_exec_copied_pages);
  struct run a = run_start(PROG), b = run_start(PROG);
  struct reply ra = run_cmd(&a, 'i', 0, 0), rb = run_cmd(&b, 'i', 0, 0);
  uint64 m1 = vmstat_get(VM_exec_mapped_pages), c1 = vmstat_get(VM_exec_copied_pages);
  uint64 self[PAGEINFO_WORDS];
  CHECK_EQ(pageinfo(text0, self), 0);
  if (ra.text[PAGEINFO_PFN] != rb.text[PAGEINFO_PFN] || ra.text[PAGEINFO_PFN] != self[PAGEINFO_PFN])
    T_FAIL("text page 0 in frames %ld and %ld (this process: %ld): copied, not mapped",
           ra.text[PAGEINFO_PFN], rb.text[PAGEINFO_PFN], self[PAGEINFO_PFN]);
  CHECK_EQ(ra.text[PAGEINFO_FLAGS], PAGEINFO_R | PAGEINFO_X);
  CHECK(ra.text[PAGEINFO_REFS] >= 4); /* the file, a, b, this process */
  if (ra.data[PAGEINFO_PFN] != rb.data[PAGEINFO_PFN])
    T_FAIL("data page 0 in frames %ld and %ld before any store", ra.data[PAGEINFO_PFN],
           rb.data[PAGEINFO_PFN]);
  CHECK_EQ(ra.data[PAGEINFO_FLAGS], PAGEINFO_R | PAGEINFO_COW);
  CHECK(ra.ok && rb.ok);
  if (!t_crowd) {
    CHECK_EQ(m1 - m0, 2 * mapped);
    CHECK_EQ(c1 - c0, 2 * copied);
  }
  run_end(&a);
  run_end(&b);
}

/* A store to a mapped data page, by the process or by the kernel (read()
 * into it), copies it for that process only: the other runner and the
 * file keep the old bytes. */
static void data_private(void) {
  struct run a = run_start(PROG), b = run_start(PROG);
  struct reply rb0 = run_cmd(&b, 'i', 0, 0);
  uint64 c0 = vmstat_get(VM_cow_copies);
  struct reply ra = run_cmd(&a, 's', 0, 0);
  CHECK(vmstat_get(VM_cow_copies) > c0);
  CHECK(ra.data[PAGEINFO_PFN] != rb0.data[PAGEINFO_PFN]);
  CHECK_EQ(ra.data[PAGEINFO_FLAGS], PAGEINFO_R | PAGEINFO_W);
  uint64 word = 0x1234;
  struct reply rb = run_cmd(&b, 'r', &word, 8);
  CHECK(rb.data[PAGEINFO_PFN] != rb0.data[PAGEINFO_PFN]);
  CHECK(rb.data[PAGEINFO_PFN] != ra.data[PAGEINFO_PFN]);
  CHECK(ra.ok && rb.ok); /* neither sees the other's word */
  /* A fresh runner gets the file's bytes: every word the pattern. */
  struct run c = run_start(PROG);
  struct reply rc = run_cmd(&c, 'i', 0, 0);
  CHECK(rc.ok);
  CHECK_EQ(rc.data[PAGEINFO_PFN], rb0.data[PAGEINFO_PFN]);
  run_end(&a);
  run_end(&b);
  run_end(&c);
}

/* Which way the file is changed under its runners. */
enum change { REWRITE, TRUNCATE, UNLINK };

/* Several runners of a copy of this program; then the copy is changed
 * under them. They must go on running the program they started with, and
 * their pages come back once they exit (the harness's page check). */
static void change_running(enum change how) {
  copy_into(PROG, COPY, 1);
  int n = 3;
  struct run r[3];
  for (int i = 0; i < n; i++)
    r[i] = run_start(COPY);
  struct reply r0 = run_cmd(&r[0], 'i', 0, 0);
  for (int i = 1; i < n; i++)
    CHECK_EQ(run_cmd(&r[i], 'i', 0, 0).text[PAGEINFO_PFN], r0.text[PAGEINFO_PFN]);
  uint64 f0 = vmstat_get(VM_file_cow_copies);
  if (how == REWRITE)
    copy_into(ECHO, COPY, 0); /* over the first bytes, in place */
  else if (how == TRUNCATE)
    copy_into(ECHO, COPY, 1);
  else
    CHECK_EQ(unlink(COPY), 0);
  uint64 f1 = vmstat_get(VM_file_cow_copies);
  for (int i = 0; i < n; i++) {
    struct reply ri = run_cmd(&r[i], 'i', 0, 0);
    if (!ri.ok)
      T_FAIL("runner %d: its text or data changed with the file", i);
    CHECK_EQ(ri.text[PAGEINFO_PFN], r0.text[PAGEINFO_PFN]);
    run_cmd(&r[i], 's', 0, 0); /* the data copy works from the old page */
  }
  if (how == REWRITE) /* the file copied the pages it shared */
    CHECK(f1 > f0);
  else /* truncate gave the file new pages, unlink none: nothing copied */
    CHECK_EQ(f1, f0);
  if (how != UNLINK) { /* the file itself changed: a new exec runs echo */
    char buf[64];
    int st = run_echo(COPY, buf, sizeof buf);
    if (st != 0 || strcmp(buf, "new-version\n") != 0)
      T_FAIL("the changed file ran with status %d, printed '%s'", st, buf);
    if (how == REWRITE)
      CHECK_EQ(file_size(COPY), file_size(PROG));
  }
  for (int i = 0; i < n; i++)
    run_end(&r[i]);
  rm_copy();
}

static void rewrite_running(void) { change_running(REWRITE); }
static void truncate_running(void) { change_running(TRUNCATE); }
static void unlink_running(void) { change_running(UNLINK); }

/* Fork of a process whose pages came from the file: COW and ODF fork
 * share the text frames (ODF its leaf tables too), and the child's store
 * copies the data page; eager fork gives the child copies of all. No
 * child's store reaches the parent (the runner checks) or the file. */
static void fork_mapped(void) {
  int modes[3] = {FORK_COW, FORK_ODF, FORK_EAGER};
  for (int k = 0; k < 3; k++) {
    int old = forkmode(modes[k]);
    struct run a = run_start(PROG);
    struct reply before = run_cmd(&a, 'i', 0, 0);
    struct reply child = run_cmd(&a, 'f', 0, 0);
    CHECK(run_reply(&a, 'f').ok); /* the runner's, once its child is gone */
    CHECK(child.ok);
    if (modes[k] != FORK_EAGER)
      CHECK_EQ(child.text[PAGEINFO_PFN], before.text[PAGEINFO_PFN]);
    else
      CHECK(child.text[PAGEINFO_PFN] != before.text[PAGEINFO_PFN]);
    CHECK(child.data[PAGEINFO_PFN] != before.data[PAGEINFO_PFN]);
    CHECK_EQ(child.data[PAGEINFO_FLAGS], PAGEINFO_R | PAGEINFO_W);
    struct reply last = run_cmd(&a, 'i', 0, 0);
    CHECK(last.ok);
    CHECK_EQ(last.data[PAGEINFO_PFN], before.data[PAGEINFO_PFN]);
    run_end(&a);
    forkmode(old);
  }
  struct run c = run_start(PROG);
  CHECK(run_cmd(&c, 'i', 0, 0).ok); /* the file's data is the pattern still */
  run_end(&c);
}

/* The kernel's user copies on mapped pages: write() from text works (a
 * read of a file page), read() into text fails with -1 without harming
 * the process or the file, a user store to text kills. */
static void user_copies(void) {
  int p[2];
  CHECK_EQ(pipe(p), 0);
  CHECK_EQ(write(p[1], text0, 64), 64);
  char buf[64];
  CHECK_EQ(read(p[0], buf, 64), 64);
  CHECK_EQ(memcmp(buf, text0, 64), 0);
  CHECK_EQ(write(p[1], "xxxxxxxx", 8), 8);
  CHECK_EQ(read(p[0], text0 + 2, 8), -1);
  close(p[0]);
  close(p[1]);
  struct run a = run_start(PROG);
  CHECK(run_cmd(&a, 'i', 0, 0).ok);
  run_end(&a);
  int pid = t_fork();
  if (pid == 0) {
    text0[2] = 1;
    exit(0);
  }
  CHECK_EQ(t_wait(pid), -1);
}

/* Writes the first len bytes of src to dst (created or truncated). */
static void copy_prefix(const char *src, const char *dst, long len) {
  int in = open(src, O_RDONLY), out = open(dst, O_CREATE | O_WRONLY | O_TRUNC);
  CHECK(in >= 0 && out >= 0);
  static char buf[4096];
  for (long done = 0; done < len;) {
    int m = len - done < (long)sizeof buf ? (int)(len - done) : (int)sizeof buf;
    CHECK_EQ(read(in, buf, m), m);
    CHECK_EQ(write(out, buf, m), m);
    done += m;
  }
  close(in);
  close(out);
}

/* exec of truncated copies of the program (the headers cut, or segments
 * reaching beyond the file's end, the last by one byte) fails cleanly,
 * leaving this process as it was; the whole program still runs. */
static void malformed(void) {
  long size = file_size(PROG);
  long cut[] = {0, 63, 64, 1000, PGSIZE, 2 * PGSIZE + 1, size - 1};
  for (int i = 0; i < (int)(sizeof cut / sizeof cut[0]); i++) {
    copy_prefix(PROG, COPY, cut[i]);
    char *argv[] = {"tfmap", "--exit", "0", 0};
    int r = exec(COPY, argv);
    if (r != -1)
      T_FAIL("exec of the first %ld bytes returned %d", cut[i], r);
  }
  rm_copy();
  struct run a = run_start(PROG);
  CHECK(run_cmd(&a, 'i', 0, 0).ok);
  run_end(&a);
}

/* A program linked with `ld -N` (offset and address disagree modulo the
 * page size) is copied, not mapped, and runs. */
static void omagic_copied(void) {
  uint64 m0 = vmstat_get(VM_exec_mapped_pages), c0 = vmstat_get(VM_exec_copied_pages);
  char buf[64];
  int st = run_echo("/t/echo_omagic", buf, sizeof buf);
  CHECK_EQ(st, 0);
  CHECK_EQ(strcmp(buf, "new-version\n"), 0);
  if (!t_crowd)
    CHECK_EQ(vmstat_get(VM_exec_mapped_pages), m0);
  CHECK(vmstat_get(VM_exec_copied_pages) > c0);
}

/* exec while a sibling thread rewrites the program file: each write()
 * puts one whole program over the file's start (echo, or this one), and
 * exec reads the file under its lock, so it runs one version whole: echo
 * (status 0, its line) or tfmap --exit 7 (status 7, silent). */
static char *img[2];
static long img_len[2];
static volatile int writer_rounds;

/* Reads the whole of path into img[k] (on the heap). */
static void load_image(int k, const char *path) {
  img_len[k] = file_size(path);
  img[k] = malloc(img_len[k]);
  CHECK(img[k] != 0);
  int fd = open(path, O_RDONLY);
  CHECK(fd >= 0);
  CHECK_EQ(read(fd, img[k], img_len[k]), img_len[k]);
  close(fd);
}

static void writer(void *arg) {
  (void)arg;
  for (int k = 0;; k ^= 1) {
    int fd = open(COPY, O_WRONLY);
    if (fd < 0 || write(fd, img[k], img_len[k]) != img_len[k])
      exit(97);
    close(fd);
    writer_rounds++;
  }
}

static char wstack[8192] __attribute__((aligned(16)));

static void exec_while_writing(void) {
  load_image(0, ECHO);
  load_image(1, PROG);
  copy_into(PROG, COPY, 1);
  int ran[2] = {0, 0};
  for (int round = 0; round < 8; round++) {
    int p[2];
    CHECK_EQ(pipe(p), 0);
    int pid = t_fork();
    if (pid == 0) {
      close(1);
      dup(p[1]);
      close(p[0]);
      close(p[1]);
      writer_rounds = 0;
      if (thread_create(writer, 0, wstack + sizeof wstack) < 0)
        exit(98);
      while (writer_rounds < 1 + round % 3)
        sleep(0);
      char *argv[] = {"tfmap", "--exit", "7", 0};
      exec(COPY, argv);
      exit(99);
    }
    close(p[1]);
    char buf[64];
    int n = t_read_all(p[0], buf, sizeof buf);
    close(p[0]);
    int st = t_wait(pid);
    if (st == 0 && strcmp(buf, "--exit 7\n") == 0)
      ran[0]++;
    else if (st == 7 && n == 0)
      ran[1]++;
    else
      T_FAIL("round %d: exec ran with status %d, printed '%s'", round, st, buf);
  }
  CHECK_EQ(ran[0] + ran[1], 8);
  rm_copy();
}

static const struct t_case cases[] = {
    {"layout", layout},
    {"text_shared", text_shared},
    {"data_private", data_private},
    {"rewrite_running", rewrite_running, 0, 0, rm_copy},
    {"truncate_running", truncate_running, 0, 0, rm_copy},
    {"unlink_running", unlink_running, 0, 0, rm_copy},
    {"fork_mapped", fork_mapped},
    {"user_copies", user_copies},
    {"malformed", malformed, 0, 0, rm_copy},
    {"omagic_copied", omagic_copied},
    {"exec_while_writing", exec_while_writing, 0, 0, rm_copy},
    {0},
};

int main(int argc, char **argv) {
  if (argc == 2 && strcmp(argv[1], "--run") == 0)
    return runner();
  if (argc == 3 && strcmp(argv[1], "--exit") == 0)
    return atoi(argv[2]);
  t_main(argc, argv, cases);
}
