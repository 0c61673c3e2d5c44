/* cat: copy the named files (or standard input) to standard output. */
#include "user.h"

static char buf[4096];

/* Copies fd to standard output; returns 0, or -1 on a read or write error. */
static int copy(int fd) {
  int n;
  while ((n = read(fd, buf, sizeof(buf))) > 0) {
    if (write(1, buf, n) != n)
      return -1;
  }
  return n < 0 ? -1 : 0;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    if (copy(0) < 0) {
      fprintf(2, "cat: read error\n");
      return 1;
    }
    return 0;
  }
  int status = 0;
  for (int i = 1; i < argc; i++) {
    int fd = open(argv[i], O_RDONLY);
    if (fd < 0) {
      fprintf(2, "cat: cannot open %s\n", argv[i]);
      status = 1;
      continue;
    }
    if (copy(fd) < 0) {
      fprintf(2, "cat: error reading %s\n", argv[i]);
      status = 1;
    }
    close(fd);
  }
  return status;
}
