/* echo: print the arguments separated by spaces, then a newline, in one write. */
#include "user.h"

int main(int argc, char **argv) {
  size_t len = 1;
  for (int i = 1; i < argc; i++)
    len += strlen(argv[i]) + 1;
  char *line = malloc(len);
  if (line == NULL) {
    fprintf(2, "echo: out of memory\n");
    return 1;
  }
  char *p = line;
  for (int i = 1; i < argc; i++) {
    if (i > 1)
      *p++ = ' ';
    strcpy(p, argv[i]);
    p += strlen(p);
  }
  *p++ = '\n';
  if (write(1, line, p - line) != p - line) {
    fprintf(2, "echo: write error\n");
    return 1;
  }
  return 0;
}
