/* Spinlocks: busy-wait mutual exclusion with interrupts off on the holder's
 * hart. Acquiring a lock this hart already holds, or releasing one it does
 * not hold, panics; so, in debug builds, does taking one out of the lock
 * order (sync/lockorder.h). */
#ifndef SPINLOCK_H
#define SPINLOCK_H
#include "lib/types.h"
#include "sync/lockorder.h"

struct cpu;

struct spinlock {
  uint32 locked;     /* 0 or 1; amoswap.w.aq to take, amoswap.w.rl to drop */
  uint8 class;       /* enum lock_class, from name; set and read in debug builds */
  const char *name;  /* for panics */
  struct cpu *owner; /* holder's hart; written only by the holder */
};

void spin_init(struct spinlock *lk, const char *name);
void spin_lock(struct spinlock *lk);
void spin_unlock(struct spinlock *lk);
bool spin_holding(struct spinlock *lk);

#endif
