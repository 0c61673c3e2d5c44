/* Small helpers over system calls: stat, gets, atoi, vmstat_get. */
#include "user.h"

/* Fills *st for path; returns 0, or -1 if it cannot be opened or stat'ed. */
int stat(const char *path, struct stat *st) {
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    return -1;
  int r = fstat(fd, st);
  close(fd);
  return r;
}

/* Reads one line from fd 0 into buf (keeping the newline), at most max-1
 * characters, NUL-terminated; returns buf ("" at end of input). */
char *gets(char *buf, int max) {
  int i = 0;
  char c;
  while (i + 1 < max && read(0, &c, 1) == 1) {
    buf[i++] = c;
    if (c == '\n' || c == '\r')
      break;
  }
  if (max > 0)
    buf[i] = 0;
  return buf;
}

/* Returns the decimal number at the start of s (optional sign, no spaces). */
int atoi(const char *s) {
  int neg = 0, n = 0;
  if (*s == '-' || *s == '+')
    neg = *s++ == '-';
  while (*s >= '0' && *s <= '9')
    n = n * 10 + (*s++ - '0');
  return neg ? -n : n;
}

/* Returns vmstat counter number index; exits on failure. */
uint64 vmstat_get(int index) {
  uint64 vals[VMSTAT_COUNT];
  if (index < 0 || index >= VMSTAT_COUNT) {
    fprintf(2, "vmstat_get: bad index %d\n", index);
    exit(1);
  }
  int n = vmstat(vals, VMSTAT_COUNT);
  if (n <= index) {
    fprintf(2, "vmstat_get: vmstat failed (%d)\n", n);
    exit(1);
  }
  return vals[index];
}
