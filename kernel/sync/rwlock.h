/* Spinning reader-writer locks, held with interrupts off (like spinlocks).
 * Readers share; a writer excludes everyone. A waiting writer blocks new
 * readers, so a stream of page faults cannot starve fork. Debug builds
 * check the lock order (sync/lockorder.h) as for spinlocks. */
#ifndef RWLOCK_H
#define RWLOCK_H
#include "lib/types.h"
#include "sync/lockorder.h"

struct rwlock {
  /* bit 31: writer holds; bit 30: writer waiting; bits 0..29: readers.
   * Taken by an LR/SC compare-and-swap followed by fence r,rw (acquire:
   * cas32_acquire), dropped by a release AMO (GCC: fence iorw,ow; amo). */
  uint32 state;
  uint8 class; /* enum lock_class, from name; set and read in debug builds */
  const char *name;
};

void rw_init(struct rwlock *l, const char *name);
void rw_read_lock(struct rwlock *l);
void rw_read_unlock(struct rwlock *l);
void rw_write_lock(struct rwlock *l);
void rw_write_unlock(struct rwlock *l);
/* True if this hart holds l, for reading or writing. Debug builds only
 * (lockorder_held): for LOCK_ASSERT. */
bool rw_held(struct rwlock *l);

#endif
