/* The per-hart timer: one interrupt every tick (TICK_HZ per second),
 * programmed through the SBI. */
#ifndef TIMER_H
#define TIMER_H
#include "lib/types.h"

/* Programs this hart's first tick. On cpu 0, called first, also reads the
 * timebase: the count of ticks starts here. */
void timer_init_hart(void);
/* Handles this hart's timer interrupt by programming the next tick. On cpu
 * 0 returns true with *ticks set to the ticks since boot, read from the
 * time CSR (so the count keeps up with real time when a tick is late: a
 * busy host may not run a hart for milliseconds); false elsewhere. */
bool timer_intr(uint64 *ticks);

#endif
