/* poweroff: halt the machine, reporting an exit status (default 0). */
#include "user.h"

/* Returns 1 if s is a decimal integer with an optional leading minus. */
static int is_int(const char *s) {
  if (*s == '-')
    s++;
  if (*s == 0)
    return 0;
  for (; *s; s++) {
    if (*s < '0' || *s > '9')
      return 0;
  }
  return 1;
}

int main(int argc, char **argv) {
  if (argc > 2 || (argc == 2 && !is_int(argv[1]))) {
    fprintf(2, "usage: poweroff [status]\n");
    return 1;
  }
  poweroff(argc == 2 ? atoi(argv[1]) : 0);
}
