/* Sleeping mutexes, built on a spinlock and sleep/wakeup. */
#include "sync/sleeplock.h"
#include "sync/wait.h"

void sleeplock_init(struct sleeplock *l, const char *name) {
  spin_init(&l->lk, "sleeplock");
  l->name = name;
  l->locked = false;
  l->pid = 0;
}

void sleeplock_acquire(struct sleeplock *l) {
  if (KDEBUG)
    lockorder_check_sleep(l, l->name);
  spin_lock(&l->lk);
  while (l->locked)
    sleep_on(l, &l->lk);
  l->locked = true;
  l->pid = current_pid();
  spin_unlock(&l->lk);
}

void sleeplock_release(struct sleeplock *l) {
  spin_lock(&l->lk);
  l->locked = false;
  l->pid = 0;
  wakeup(l);
  spin_unlock(&l->lk);
}

bool sleeplock_holding(struct sleeplock *l) {
  spin_lock(&l->lk);
  bool r = l->locked && l->pid == current_pid();
  spin_unlock(&l->lk);
  return r;
}
