/* The kernel's symbol table, for backtraces that name functions. */
#ifndef KSYMS_H
#define KSYMS_H
#include "lib/types.h"

/* Returns the name of the kernel function holding pc and sets *off to pc's
 * offset in it; NULL if pc is not in kernel text. */
const char *ksym_lookup(uint64 pc, uint64 *off);

#endif
