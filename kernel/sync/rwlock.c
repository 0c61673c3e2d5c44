/* Reader-writer spinlocks (see rwlock.h for the state word). */
#include "sync/rwlock.h"
#include "sync/spinlock.h"
#include "arch/riscv/cpu.h"
#include "lib/printf.h"
#include "arch/riscv/tlb.h"
#include "arch/riscv/atomic.h"

#define RW_WRITER (1U << 31)
#define RW_WAITING (1U << 30)
#define RW_READERS 0x3FFFFFFFU

void rw_init(struct rwlock *l, const char *name) {
  l->state = 0;
  l->name = name;
  if (KDEBUG)
    l->class = lockorder_class(name);
}

void rw_read_lock(struct rwlock *l) {
  push_off();
  if (KDEBUG)
    lockorder_take(l, l->class);
  for (;;) {
    uint32 s = __atomic_load_n(&l->state, __ATOMIC_RELAXED);
    if (s & (RW_WRITER | RW_WAITING)) {
      tlb_poll(); /* a writer may be waiting for our acknowledgement */
      continue;
    }
    /* Acquire: the reader's section sees the last writer's updates. */
    if (cas32_acquire(&l->state, s, s + 1))
      return;
  }
}

void rw_read_unlock(struct rwlock *l) {
  /* Release: our reads finish before a writer can take the lock. */
  uint32 old = __atomic_fetch_sub(&l->state, 1, __ATOMIC_RELEASE);
  if ((old & RW_READERS) == 0)
    panic("rw_read_unlock: %s has no readers", l->name);
  if (KDEBUG)
    lockorder_drop(l);
  pop_off();
}

void rw_write_lock(struct rwlock *l) {
  push_off();
  if (KDEBUG)
    lockorder_take(l, l->class);
  for (;;) {
    uint32 s = __atomic_load_n(&l->state, __ATOMIC_RELAXED);
    if ((s & ~RW_WAITING) == 0) {
      if (cas32_acquire(&l->state, s, RW_WRITER))
        return;
    } else if (!(s & RW_WAITING)) {
      /* Relaxed: only a hint that holds new readers back. */
      __atomic_fetch_or(&l->state, RW_WAITING, __ATOMIC_RELAXED);
    } else {
      tlb_poll();
    }
  }
}

void rw_write_unlock(struct rwlock *l) {
  if (!(__atomic_load_n(&l->state, __ATOMIC_RELAXED) & RW_WRITER))
    panic("rw_write_unlock: %s not write-held", l->name);
  if (KDEBUG)
    lockorder_drop(l);
  /* Release: publishes the writer's page-table changes. The waiting bit
   * may have been set again by another writer; clear both. */
  __atomic_fetch_and(&l->state, ~(RW_WRITER | RW_WAITING), __ATOMIC_RELEASE);
  pop_off();
}

bool rw_held(struct rwlock *l) { return lockorder_held(l); }
