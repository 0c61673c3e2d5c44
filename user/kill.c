/* kill: kill the processes with the given pids. */
#include "user.h"

/* Returns 1 if s is a non-empty string of decimal digits. */
static int is_pid(const char *s) {
  if (*s == 0)
    return 0;
  for (; *s; s++) {
    if (*s < '0' || *s > '9')
      return 0;
  }
  return 1;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(2, "usage: kill pid...\n");
    return 1;
  }
  int status = 0;
  for (int i = 1; i < argc; i++) {
    if (!is_pid(argv[i])) {
      fprintf(2, "kill: bad pid %s\n", argv[i]);
      status = 1;
    } else if (kill(atoi(argv[i])) < 0) {
      fprintf(2, "kill: no process %s\n", argv[i]);
      status = 1;
    }
  }
  return status;
}
