/* nop: exits at once with status 0; the program that forkexec execs. */
#include "user.h"

int main(void) { return 0; }
