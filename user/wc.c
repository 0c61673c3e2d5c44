/* wc: count lines, words and bytes of the named files (or standard input). */
#include "user.h"

struct counts {
  uint64 lines, words, bytes;
};

static char buf[4096];

/* Adds fd's counts to *c; returns 0, or -1 on a read error. */
static int count(int fd, struct counts *c) {
  int n, inword = 0;
  while ((n = read(fd, buf, sizeof(buf))) > 0) {
    c->bytes += n;
    for (int i = 0; i < n; i++) {
      char ch = buf[i];
      if (ch == '\n')
        c->lines++;
      if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\v' || ch == '\f') {
        inword = 0;
      } else if (!inword) {
        inword = 1;
        c->words++;
      }
    }
  }
  return n < 0 ? -1 : 0;
}

/* Prints one result line; name is NULL for standard input. */
static void report(const struct counts *c, const char *name) {
  if (name != NULL)
    printf("%lu %lu %lu %s\n", c->lines, c->words, c->bytes, name);
  else
    printf("%lu %lu %lu\n", c->lines, c->words, c->bytes);
}

int main(int argc, char **argv) {
  struct counts total = {0, 0, 0};
  if (argc < 2) {
    if (count(0, &total) < 0) {
      fprintf(2, "wc: read error\n");
      return 1;
    }
    report(&total, NULL);
    return 0;
  }
  int status = 0;
  for (int i = 1; i < argc; i++) {
    struct counts c = {0, 0, 0};
    int fd = open(argv[i], O_RDONLY);
    if (fd < 0) {
      fprintf(2, "wc: cannot open %s\n", argv[i]);
      status = 1;
      continue;
    }
    if (count(fd, &c) < 0) {
      fprintf(2, "wc: error reading %s\n", argv[i]);
      status = 1;
    }
    close(fd);
    report(&c, argv[i]);
    total.lines += c.lines;
    total.words += c.words;
    total.bytes += c.bytes;
  }
  if (argc > 2)
    report(&total, "total");
  return status;
}
