/* init: the first process. Opens the console as descriptors 0, 1 and 2.
 * With arguments (the boot command line after "--"), runs them once as a
 * command and powers the machine off with its exit status; without, keeps
 * a shell running and reaps orphaned processes. */
#include "user.h"

/* Makes descriptors 0, 1 and 2 the console (keeping any already open),
 * creating the device file if needed; exits on failure, silently since
 * there is nothing to print on. */
static void open_console(void) {
  int fd = open("console", O_RDWR);
  if (fd < 0) {
    mknod("console", CONSOLE_MAJOR, 0);
    fd = open("console", O_RDWR);
  }
  while (fd >= 0 && fd < 2)
    fd = dup(fd);
  if (fd < 0)
    exit(1);
  if (fd > 2)
    close(fd);
}

/* Starts argv[0] with arguments argv in a child; returns its pid. A child
 * whose exec fails exits with status 127. */
static int spawn(char **argv) {
  int pid = fork();
  if (pid < 0) {
    fprintf(2, "init: fork failed\n");
    return -1;
  }
  if (pid == 0) {
    exec(argv[0], argv);
    fprintf(2, "init: exec %s failed\n", argv[0]);
    exit(127);
  }
  return pid;
}

/* Waits until child pid exits, reaping any other children on the way;
 * returns its exit status, or -1 if there is no such child. */
static int wait_for(int pid) {
  int status, got;
  while ((got = wait(&status)) >= 0) {
    if (got == pid)
      return status;
  }
  return -1;
}

/* Runs the boot command once and powers off with its status. */
static void run_once(char **argv) {
  int pid = spawn(argv);
  poweroff(pid < 0 ? 1 : wait_for(pid));
}

/* Keeps a shell on the console forever. */
static void run_shell(void) {
  char *argv[] = {"sh", NULL};
  for (;;) {
    printf("init: starting sh\n");
    int pid = spawn(argv);
    if (pid < 0)
      sleep(10);
    else
      wait_for(pid);
  }
}

int main(int argc, char **argv) {
  open_console();
  if (argc > 1)
    run_once(argv + 1);
  run_shell();
  return 0;
}
