/* fork: latency of fork + exit + wait against the parent's resident size,
 * eager, COW and ODF alternating in one boot, with the parent's refaults
 * after each fork (see forklat.h). */
#include "forklat.h"

int main(int argc, char **argv) { return forklat_main("fork", 0, argc, argv); }
