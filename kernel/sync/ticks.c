/* The tick count and the sleeps on it. */
#include "sync/ticks.h"
#include "sync/spinlock.h"
#include "sync/wait.h"

static struct spinlock ticks_lock;
static uint64 ticks; /* ticks_lock */

void ticks_init(void) { spin_init(&ticks_lock, "ticks"); }

uint64 ticks_now(void) {
  spin_lock(&ticks_lock);
  uint64 t = ticks;
  spin_unlock(&ticks_lock);
  return t;
}

int ticks_sleep(uint64 n) {
  spin_lock(&ticks_lock);
  uint64 start = ticks;
  while (ticks - start < n) {
    if (!sleep_killable(&ticks, &ticks_lock)) {
      spin_unlock(&ticks_lock);
      return -1;
    }
  }
  spin_unlock(&ticks_lock);
  return 0;
}

void ticks_advance(uint64 t) {
  spin_lock(&ticks_lock);
  if (t > ticks) {
    ticks = t;
    wakeup(&ticks);
  }
  spin_unlock(&ticks_lock);
}
