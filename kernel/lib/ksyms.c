/* Looks addresses up in the symbol table that the build makes from the
 * kernel's first link (scripts/mkksyms) and puts into the second. */
#include "lib/ksyms.h"

extern const uint64 ksyms_count;  /* entries in the table */
extern const uint64 ksyms_addr[]; /* ascending */
extern const uint32 ksyms_name[]; /* offsets into ksyms_str */
extern const char ksyms_str[];
extern char kernel_text_end[]; /* kernel.ld */

const char *ksym_lookup(uint64 pc, uint64 *off) {
  uint64 lo = 0, hi = ksyms_count;
  if (hi == 0 || pc < ksyms_addr[0] || pc >= (uint64)kernel_text_end)
    return NULL;
  while (hi - lo > 1) { /* the last entry at or below pc */
    uint64 mid = lo + (hi - lo) / 2;
    if (ksyms_addr[mid] <= pc)
      lo = mid;
    else
      hi = mid;
  }
  *off = pc - ksyms_addr[lo];
  return ksyms_str + ksyms_name[lo];
}
