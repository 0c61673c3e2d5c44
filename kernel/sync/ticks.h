/* Ticks since boot (TICK_HZ per second), and sleeping for some. cpu 0's
 * timer interrupt advances the count. */
#ifndef TICKS_H
#define TICKS_H
#include "lib/types.h"

/* Called once at boot, before the first timer interrupt. */
void ticks_init(void);
uint64 ticks_now(void);
/* Sleeps for n ticks; returns 0, or -1 if a kill, an exit or a sibling's
 * exec ended the wait (see sleep_killable). */
int ticks_sleep(uint64 n);
/* Raises the count to t (it may jump by more than 1, never back) and wakes
 * the sleepers. Called by cpu 0's timer interrupt. */
void ticks_advance(uint64 t);

#endif
