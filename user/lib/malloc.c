/* malloc and free over sbrk.
 * Every block, free or in use, starts with a 16-byte header holding its
 * size. Free blocks sit on one list sorted by address, so free() merges a
 * block with its free neighbours. malloc takes the first block that fits,
 * carving the request from its end, and grows the heap with sbrk by at
 * least GROW_MIN bytes when nothing fits. Payloads are 16-byte aligned.
 * A spinlock makes malloc and free safe for threads sharing the heap. */
#include "user.h"

#define ALIGN 16
#define GROW_MIN (64 * 1024)
#define MAX_REQUEST (0x7fffffffUL - GROW_MIN) /* sbrk takes an int */

struct block {
  size_t size;        /* bytes including this header; multiple of ALIGN */
  struct block *next; /* next free block by address (free blocks only) */
};

/* Smallest block worth splitting off: a header and one aligned unit. */
#define MIN_BLOCK (sizeof(struct block) + ALIGN)

static struct block *free_list; /* guarded by heap_lock */
static int heap_lock;

/* Takes heap_lock, spinning while another thread holds it. */
static void heap_acquire(void) {
  while (__atomic_exchange_n(&heap_lock, 1, __ATOMIC_ACQUIRE) != 0)
    ;
}

/* Releases heap_lock. */
static void heap_release(void) { __atomic_store_n(&heap_lock, 0, __ATOMIC_RELEASE); }

/* Returns n rounded up to a multiple of ALIGN. */
static size_t round_up(size_t n) { return (n + ALIGN - 1) & ~(size_t)(ALIGN - 1); }

/* Stops the program when free() is handed a pointer that overlaps a free
 * block (a double free or a stray pointer). */
static void corrupt(struct block *b) {
  fprintf(2, "free: bad pointer %p\n", (void *)(b + 1));
  exit(1);
}

/* Merges free block a with the next one on the list when they touch. */
static void merge_next(struct block *a) {
  struct block *b = a->next;
  if (b != NULL && (char *)a + a->size == (char *)b) {
    a->size += b->size;
    a->next = b->next;
  }
}

/* Puts block b on the free list in address order, merging neighbours. */
static void insert_free(struct block *b) {
  struct block *prev = NULL, *next = free_list;
  while (next != NULL && next < b) {
    prev = next;
    next = next->next;
  }
  if ((next != NULL && (char *)b + b->size > (char *)next) ||
      (prev != NULL && (char *)prev + prev->size > (char *)b))
    corrupt(b);
  b->next = next;
  merge_next(b);
  if (prev == NULL) {
    free_list = b;
  } else {
    prev->next = b;
    merge_next(prev);
  }
}

/* Adds at least need bytes of fresh heap to the free list; returns 0, or
 * -1 when sbrk fails. */
static int grow(size_t need) {
  size_t chunk = need > GROW_MIN ? need : GROW_MIN;
  size_t pad = -(uint64)sbrk(0) & (ALIGN - 1);
  char *p = sbrk(pad + chunk);
  if (p == (char *)-1 && chunk > need) {
    chunk = need;
    p = sbrk(pad + chunk);
  }
  if (p == (char *)-1)
    return -1;
  struct block *b = (struct block *)(p + pad);
  b->size = chunk;
  insert_free(b);
  return 0;
}

/* Takes need bytes from the first free block large enough; returns the
 * block, or NULL when none is. */
static struct block *take_fit(size_t need) {
  struct block **link = &free_list;
  for (struct block *b = free_list; b != NULL; link = &b->next, b = b->next) {
    if (b->size < need)
      continue;
    if (b->size - need < MIN_BLOCK) {
      *link = b->next;
      return b;
    }
    b->size -= need;
    struct block *tail = (struct block *)((char *)b + b->size);
    tail->size = need;
    return tail;
  }
  return NULL;
}

/* Returns n bytes aligned to 16, or NULL when the heap cannot grow. */
void *malloc(size_t n) {
  if (n > MAX_REQUEST)
    return NULL;
  size_t need = round_up((n ? n : 1) + sizeof(struct block));
  heap_acquire();
  struct block *b = take_fit(need);
  if (b == NULL && grow(need) == 0)
    b = take_fit(need);
  heap_release();
  return b != NULL ? b + 1 : NULL;
}

/* Returns the block at p (from malloc) to the free list; NULL is ignored. */
void free(void *p) {
  if (p == NULL)
    return;
  heap_acquire();
  insert_free((struct block *)p - 1);
  heap_release();
}
