/* forkexec: latency of fork + exec of a tiny program (/nop) + exit + wait
 * against the parent's resident size, eager, COW and ODF alternating in
 * one boot (see forklat.h). */
#include "forklat.h"

int main(int argc, char **argv) { return forklat_main("forkexec", 1, argc, argv); }
