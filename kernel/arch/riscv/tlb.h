/* TLB shootdown across harts. The initiator posts a request (a range) in
 * each target's mailbox, sends one SBI IPI to all targets at once, and waits
 * for every target to flush and acknowledge, serving requests sent to
 * itself meanwhile (rule 11: two harts shooting at each other never
 * deadlock). Past TLB_FLUSH_ALL_THRESHOLD pages a target flushes everything. */
#ifndef TLB_H
#define TLB_H
#include "lib/types.h"

#define TLB_FLUSH_ALL_THRESHOLD 16
#define TLB_FLUSH_EVERYTHING ((uint64)-1)

/* Flushes [start, end) (or everything, end = TLB_FLUSH_EVERYTHING) on the
 * harts in cpu_mask other than this one; returns when all have done so. */
void tlb_shootdown(uint64 cpu_mask, uint64 start, uint64 end);
/* Serves pending requests addressed to this hart (IPI handler, spin loops). */
void tlb_poll(void);
/* TLB_IPI (default) or TLB_SBI_RFENCE; returns the previous mode. */
int tlb_set_mode(int mode);
int tlb_mode(void);
/* Local flush of a range, counted. */
void tlb_flush_local(uint64 start, uint64 end);

#endif
