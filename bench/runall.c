/* runall: runs several benchmark programs one after another in one boot,
 * for the smoke test: runall PROG ARGS... + PROG ARGS... + ...
 * Prints "@run prog=NAME status=N" after each and exits with the number of
 * programs that did not exit with 0. */
#include "user.h"

#define MAXCMD 32

/* Runs argv[0] with argv in a child; returns its exit status (127 if it
 * could not be started). */
static int run(char **argv) {
  int pid = fork();
  if (pid < 0)
    return 127;
  if (pid == 0) {
    exec(argv[0], argv);
    printf("@error bench=runall msg=exec %s failed\n", argv[0]);
    exit(127);
  }
  int st = 127;
  while (wait(&st) != pid)
    ;
  return st;
}

int main(int argc, char **argv) {
  int failed = 0;
  char *cmd[MAXCMD + 1];
  for (int i = 1; i < argc;) {
    int n = 0;
    while (i < argc && strcmp(argv[i], "+") != 0 && n < MAXCMD)
      cmd[n++] = argv[i++];
    cmd[n] = NULL;
    i++; /* the "+" */
    if (n == 0)
      continue;
    int st = run(cmd);
    printf("@run prog=%s status=%d\n", cmd[0], st);
    failed += st != 0;
  }
  return failed;
}
