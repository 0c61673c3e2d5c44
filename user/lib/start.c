/* Program entry: the kernel starts every program at _start with a0 = argc
 * and a1 = argv; _start runs main and exits with its return value. */
#include "user.h"

int main(int argc, char **argv);

/* Never returns: main's result becomes the exit status. */
__attribute__((section(".text.start"), noreturn)) void _start(int argc, char **argv) {
  exit(main(argc, argv));
}
