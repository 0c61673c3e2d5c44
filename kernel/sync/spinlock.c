/* Spinlocks; push_off, whose nesting they rely on, is per-hart state
 * (arch/riscv/cpu.c). */
#include "sync/spinlock.h"
#include "arch/riscv/cpu.h"
#include "lib/printf.h"
#include "arch/riscv/tlb.h"

void spin_init(struct spinlock *lk, const char *name) {
  lk->locked = 0;
  lk->name = name;
  lk->owner = NULL;
  if (KDEBUG)
    lk->class = lockorder_class(name);
}

/* Interrupts stay off while any lock is held on this hart, so an interrupt
 * handler can never spin on a lock its own hart holds. */
void spin_lock(struct spinlock *lk) {
  push_off();
  if (spin_holding(lk))
    panic("spin_lock: %s already held by this hart", lk->name);
  if (KDEBUG)
    lockorder_take(lk, lk->class);
  /* amoswap.w.aq: acquire orders the critical section after the take. */
  while (__atomic_exchange_n(&lk->locked, 1, __ATOMIC_ACQUIRE) != 0)
    while (__atomic_load_n(&lk->locked, __ATOMIC_RELAXED))
      tlb_poll(); /* keep answering shootdowns while interrupts are off */
  lk->owner = mycpu();
}

void spin_unlock(struct spinlock *lk) {
  if (!spin_holding(lk))
    panic("spin_unlock: %s not held by this hart", lk->name);
  if (KDEBUG)
    lockorder_drop(lk);
  lk->owner = NULL;
  /* amoswap.w.rl: release publishes the critical section's writes. */
  __atomic_store_n(&lk->locked, 0, __ATOMIC_RELEASE);
  pop_off();
}

/* True if this hart holds lk. Caller has interrupts off. */
bool spin_holding(struct spinlock *lk) {
  return __atomic_load_n(&lk->locked, __ATOMIC_RELAXED) && lk->owner == mycpu();
}
