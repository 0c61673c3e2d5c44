/* fork: latency of fork + exit + wait against the parent's resident size,
 * eager against COW in one boot (see forklat.h). */
#include "forklat.h"

int main(int argc, char **argv) { return forklat_main("fork", 0, argc, argv); }
