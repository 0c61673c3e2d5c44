/* What the kernel needs from the flattened device tree (DTB) that the
 * firmware passes at boot: memory, harts, bootargs, UART, PLIC, timebase. */
#ifndef DTB_H
#define DTB_H
#include "lib/types.h"
#include "param.h"

#define DTB_MAX_RESERVED 8

struct machine {
  uint64 mem_base, mem_size;
  int nharts;
  uint64 hartids[NCPU]; /* enabled harts, in tree order */
  uint64 timebase_hz;
  uint64 uart_base;
  int uart_irq;
  uint64 plic_base;
  int nreserved;
  struct {
    uint64 base, size;
  } reserved[DTB_MAX_RESERVED];
  char bootargs[256];
  uint64 dtb_pa, dtb_size; /* the blob itself, also reserved until parsed */
};

extern struct machine machine; /* filled once at boot, then read-only */

/* Parses the DTB at blob, which the kernel reaches at that address and
 * which lies at physical address pa; panics if it is not one. */
void dtb_parse(const void *blob, uint64 pa);

#endif
