/* Spinlocks: busy-wait mutual exclusion with interrupts off on the holder's
 * hart. Acquiring a lock this hart already holds, or releasing one it does
 * not hold, panics. */
#ifndef SPINLOCK_H
#define SPINLOCK_H
#include "lib/types.h"

struct cpu;

struct spinlock {
  uint32 locked;     /* 0 or 1; amoswap.w.aq to take, amoswap.w.rl to drop */
  const char *name;  /* for panics */
  struct cpu *owner; /* holder's hart; written only by the holder */
};

void spin_init(struct spinlock *lk, const char *name);
void spin_lock(struct spinlock *lk);
void spin_unlock(struct spinlock *lk);
bool spin_holding(struct spinlock *lk);

#endif
