/* forkmode: show or set how fork copies memory: eager copy, copy-on-write,
 * or on-demand fork (copy-on-write with the leaf page tables shared too). */
#include "user.h"

static const char usage[] = "usage: forkmode [eager|cow|odf]\n";

int main(int argc, char **argv) {
  int mode = -1;
  if (argc > 2) {
    fprintf(2, "%s", usage);
    return 1;
  }
  if (argc == 2) {
    for (int m = FORK_EAGER; m <= FORK_ODF; m++)
      if (strcmp(argv[1], FORK_MODE_NAME(m)) == 0)
        mode = m;
    if (mode < 0) {
      fprintf(2, "%s", usage);
      return 1;
    }
  }
  int old = forkmode(mode);
  if (old < 0) {
    fprintf(2, "forkmode: system call failed\n");
    return 1;
  }
  printf("forkmode: %s\n", FORK_MODE_NAME(mode < 0 ? old : mode));
  return 0;
}
