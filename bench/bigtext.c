/* bigtext: exits at once with status 0, like /nop, but its text segment
 * holds 1 MiB more (a read-only table, which the linker script puts in the
 * text segment): the program execmap execs to compare with /nop. */
#include "user.h"

#define BIG_WORDS (1024 * 1024 / sizeof(uint64))

/* Non-zero, so it is file bytes (in .rodata), not .bss; used, so it stays. */
__attribute__((used)) static const uint64 big[BIG_WORDS] = {[0 ... BIG_WORDS - 1] =
                                                                0x0123456789abcdefUL};

int main(void) { return 0; }
