/* Walks the frame-pointer chain: in a frame that calls others, ra at fp-8
 * and the caller's fp at fp-16. */
#include "arch/riscv/memlayout.h"
#include "arch/riscv/riscv.h"
#include "lib/ksyms.h"
#include "lib/printf.h"

void backtrace(void) {
  uint64 fp = *(uint64 *)(r_fp() - 16); /* the caller's frame */
  kprintf("backtrace:\n");
  for (int depth = 0; depth < 24; depth++) {
    if (fp < PHYS_OFFSET || (fp & 7) || fp == 0)
      break;
    uint64 ra = *(uint64 *)(fp - 8);
    uint64 prev = *(uint64 *)(fp - 16);
    if (ra < PHYS_OFFSET)
      break;
    uint64 pc = ra - 4, off;
    const char *fn = ksym_lookup(pc, &off);
    if (fn)
      kprintf("  %p %s+0x%lx\n", (void *)pc, fn, off);
    else
      kprintf("  %p\n", (void *)pc);
    if (prev <= fp)
      break;
    fp = prev;
  }
}
