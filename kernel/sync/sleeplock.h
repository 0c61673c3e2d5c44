/* Sleeping mutexes: for long critical sections that may block. Taken only
 * with no spinlock or rwlock held (debug builds check: sync/lockorder.h). */
#ifndef SLEEPLOCK_H
#define SLEEPLOCK_H
#include "sync/spinlock.h"

struct sleeplock {
  struct spinlock lk; /* protects the fields below */
  bool locked;
  int pid; /* holder, for debugging */
  const char *name;
};

void sleeplock_init(struct sleeplock *l, const char *name);
void sleeplock_acquire(struct sleeplock *l);
void sleeplock_release(struct sleeplock *l);
bool sleeplock_holding(struct sleeplock *l);

#endif
