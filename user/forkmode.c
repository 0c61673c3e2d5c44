/* forkmode: show or set how fork copies memory (eager copy or copy-on-write). */
#include "user.h"

/* Returns the name of a fork mode. */
static const char *mode_name(int mode) {
  return mode == FORK_COW ? "cow" : mode == FORK_EAGER ? "eager" : "unknown";
}

int main(int argc, char **argv) {
  int mode = -1;
  if (argc > 2) {
    fprintf(2, "usage: forkmode [eager|cow]\n");
    return 1;
  }
  if (argc == 2) {
    if (strcmp(argv[1], "eager") == 0) {
      mode = FORK_EAGER;
    } else if (strcmp(argv[1], "cow") == 0) {
      mode = FORK_COW;
    } else {
      fprintf(2, "usage: forkmode [eager|cow]\n");
      return 1;
    }
  }
  int old = forkmode(mode);
  if (old < 0) {
    fprintf(2, "forkmode: system call failed\n");
    return 1;
  }
  printf("forkmode: %s\n", mode_name(mode < 0 ? old : mode));
  return 0;
}
