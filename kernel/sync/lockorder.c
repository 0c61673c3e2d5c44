/* The run-time check of the lock order (lockorder.h), for debug builds:
 * each hart's record of the spinning locks it holds. */
#include "sync/lockorder.h"
#include "sync/spinlock.h"
#include "arch/riscv/cpu.h"
#include "lib/string.h"
#include "param.h"

#define HELD_MAX 8 /* spinning locks one hart may hold at once; the kernel nests 3 deep */

#define LOCK_CLASS_NAME(name) #name,
static const char *const class_names[LOCK_NCLASSES] = {"(none)", LOCK_CLASSES(LOCK_CLASS_NAME)};
#undef LOCK_CLASS_NAME

/* Private to each hart, used with interrupts off: the spinning locks it
 * holds, oldest first, so in increasing class. */
struct held_locks {
  int n;
  const void *lock[HELD_MAX];
  enum lock_class cl[HELD_MAX];
};
static struct held_locks held[NCPU];

/* This hart's record. Caller has interrupts off. */
static struct held_locks *held_here(void) { return &held[mycpu()->id]; }

enum lock_class lockorder_class(const char *name) {
  for (int cl = LOCK_NONE + 1; cl < LOCK_NCLASSES; cl++)
    if (strncmp(class_names[cl], name, strlen(class_names[cl]) + 1) == 0) /* NUL too */
      return cl;
  panic("lock %s has no class: add it to LOCK_CLASSES (sync/lockorder.h)", name);
}

void lockorder_take(const void *lock, enum lock_class cl) {
  struct held_locks *h = held_here();
  if (cl == LOCK_NONE)
    panic("lock order: lock %p taken before spin_init or rw_init", lock);
  if (h->n > 0 && h->cl[h->n - 1] >= cl)
    panic("lock order: taking %s %p while holding %s %p", class_names[cl], lock,
          class_names[h->cl[h->n - 1]], h->lock[h->n - 1]);
  if (h->n == HELD_MAX)
    panic("lock order: more than %d locks held", HELD_MAX);
  h->lock[h->n] = lock;
  h->cl[h->n++] = cl;
}

void lockorder_drop(const void *lock) {
  struct held_locks *h = held_here();
  int i = h->n - 1;
  while (i >= 0 && h->lock[i] != lock)
    i--;
  if (i < 0)
    panic("lock order: releasing %p, which this hart did not take", lock);
  for (h->n--; i < h->n; i++) {
    h->lock[i] = h->lock[i + 1];
    h->cl[i] = h->cl[i + 1];
  }
}

void lockorder_check_sleep(const void *lock, const char *name) {
  push_off();
  struct held_locks *h = held_here();
  if (h->n > 0)
    panic("lock order: taking sleep lock %s %p while holding %s %p", name, lock,
          class_names[h->cl[h->n - 1]], h->lock[h->n - 1]);
  pop_off();
}

bool lockorder_held(const void *lock) {
  if (!KDEBUG)
    panic("lockorder_held: release builds keep no record of held locks");
  push_off();
  struct held_locks *h = held_here();
  bool found = false;
  for (int i = 0; i < h->n && !found; i++)
    found = h->lock[i] == lock;
  pop_off();
  return found;
}
