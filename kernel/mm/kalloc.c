/* The physical page allocator. Each hart keeps a small cache of free pages
 * (struct cpu.pcp) behind its own uncontended lock; only refilling an
 * empty cache or draining a full one takes the shared pool's lock,
 * PCP_BATCH pages at a time. When the pool is empty too, an allocation
 * takes a page from another hart's cache, so it fails only when no page is
 * free anywhere. With KDEBUG, free pages are poisoned and
 * checked when handed out again, so a write after free is caught. */
#include "mm/kalloc.h"
#include "mm/page.h"
#include "arch/riscv/cpu.h"
#include "sync/spinlock.h"
#include "lib/printf.h"
#include "lib/string.h"
#include "arch/riscv/tlb.h"

#define POISON 0x5a5a5a5a5a5a5a5aUL

/* A free page holds the link to the next one in its first word. */
struct free_page {
  struct free_page *next;
};

static struct {
  struct spinlock lock;
  /* pool.lock must be held when using these: */
  struct free_page *head;
  uint64 count; /* also read without the lock (relaxed) for statistics */
  uint64 total; /* pages managed; written once at boot */
} pool;

static void poison(void *va) {
  if (KDEBUG)
    memset(va, 0x5a, PGSIZE);
}

static void check_poison(void *va) {
  if (!KDEBUG)
    return;
  uint64 *w = va;
  for (int i = 1; i < PGSIZE / 8; i++) /* word 0 held the free-list link */
    if (w[i] != POISON)
      panic("page_alloc: page %p written after it was freed (word %d = %p)", (void *)V2P(va), i,
            (void *)w[i]);
}

void kalloc_init(uint64 pa_start, uint64 pa_end) {
  spin_init(&pool.lock, "page_pool");
  for (uint64 pa = PGROUNDUP(pa_start); pa + PGSIZE <= pa_end; pa += PGSIZE) {
    struct free_page *fp = P2V(pa);
    poison(fp);
    fp->next = pool.head;
    pool.head = fp;
    pool.count++;
  }
  pool.total = pool.count;
}

/* Moves up to PCP_BATCH pages from the pool to this hart's cache.
 * Caller has interrupts off and holds c's pcp lock. */
static void pcp_refill(struct cpu *c) {
  spin_lock(&pool.lock);
  while (c->pcp.count < PCP_BATCH && pool.head) {
    c->pcp.pages[c->pcp.count++] = pool.head;
    pool.head = pool.head->next;
    pool.count--;
  }
  spin_unlock(&pool.lock);
  stat_inc(VM_pool_refills);
}

/* Moves PCP_BATCH pages from this hart's full cache to the pool. Caller
 * has interrupts off and holds c's pcp lock. */
static void pcp_drain(struct cpu *c) {
  spin_lock(&pool.lock);
  for (int i = 0; i < PCP_BATCH; i++) {
    struct free_page *fp = c->pcp.pages[--c->pcp.count];
    fp->next = pool.head;
    pool.head = fp;
    pool.count++;
  }
  spin_unlock(&pool.lock);
  stat_inc(VM_pool_drains);
}

/* Caller has interrupts off; spins serve shootdowns (rule 11). */
static void pcp_lock(struct cpu *c) {
  while (__atomic_exchange_n(&c->pcp.lock, 1, __ATOMIC_ACQUIRE))
    tlb_poll();
}

static void pcp_unlock(struct cpu *c) { __atomic_store_n(&c->pcp.lock, 0, __ATOMIC_RELEASE); }

/* Takes one page from another hart's cache; NULL if every cache is empty.
 * Caller has interrupts off and holds no pcp lock. */
static void *pcp_steal(struct cpu *self) {
  for (int i = 0; i < ncpu; i++) {
    struct cpu *o = &cpus[i];
    if (o == self || __atomic_load_n(&o->pcp.count, __ATOMIC_RELAXED) == 0)
      continue;
    pcp_lock(o);
    void *va = o->pcp.count ? o->pcp.pages[--o->pcp.count] : NULL;
    pcp_unlock(o);
    if (va)
      return va;
  }
  return NULL;
}

void *page_alloc(void) {
  push_off();
  struct cpu *c = mycpu();
  pcp_lock(c);
  if (c->pcp.count == 0)
    pcp_refill(c);
  void *va = c->pcp.count ? c->pcp.pages[--c->pcp.count] : NULL;
  pcp_unlock(c);
  if (!va)
    va = pcp_steal(c);
  pop_off();
  if (!va)
    return NULL;
  check_poison(va);
  page_ref_init(V2P(va));
  stat_inc(VM_page_allocs);
  return va;
}

void *page_alloc_zeroed(void) {
  void *va = page_alloc();
  if (va)
    memset(va, 0, PGSIZE);
  return va;
}

void page_put(void *va) {
  if (page_ref_put(V2P(va)))
    page_release(va);
}

void page_release(void *va) {
  poison(va);
  push_off();
  struct cpu *c = mycpu();
  pcp_lock(c);
  if (c->pcp.count == PCP_HIGH)
    pcp_drain(c);
  c->pcp.pages[c->pcp.count++] = va;
  pcp_unlock(c);
  pop_off();
  stat_inc(VM_page_frees);
}

uint64 kalloc_free_pages(void) {
  uint64 n = __atomic_load_n(&pool.count, __ATOMIC_RELAXED);
  for (int i = 0; i < ncpu; i++)
    n += __atomic_load_n(&cpus[i].pcp.count, __ATOMIC_RELAXED);
  return n;
}

uint64 kalloc_total_pages(void) { return pool.total; }
