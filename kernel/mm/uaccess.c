/* Copies between kernel and user memory through the direct map. Each page
 * is resolved with vm_user_page under the address space's read lock, so a
 * kernel write breaks COW exactly as a user store would (rule 7), and is
 * pinned for the copy (rule 13): a sibling thread may still replace a COW
 * page it reads (its own fault holds the lock for reading too), and then
 * the copy reads the old contents, as a read just before the sibling's
 * store would, but the old page is not released until the pin is dropped.
 * The read lock keeps out sbrk, which could unmap a page; exec and exit
 * tear a space down only once no other thread of it is left. */
#include "mm/uaccess.h"
#include "mm/vm.h"
#include "mm/kalloc.h"
#include "sync/wait.h"
#include "lib/string.h"

/* Calls fn on each page-sized piece of [uva, uva+n) with the piece's
 * kernel address. Returns 0, or -1 at the first inaccessible page. Caller
 * holds no spinlock: a copy may sleep (init waiting for memory) and takes
 * vs->lock, first in sync/lockorder.h (debug builds check it there). */
static int for_each_piece(uint64 uva, size_t n, enum access acc,
                          int (*fn)(char *kva, size_t len, void *arg), void *arg) {
  struct vmspace *vs = current_vm();
  while (n > 0) {
    uint64 off = uva & (PGSIZE - 1);
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
    bool oom;
    rw_read_lock(&vs->lock);
    char *page = vm_user_page(vs, uva, acc, &oom);
    int r = -1;
    if (page) {
      r = fn(page + off, len, arg);
      page_put(page); /* the pin */
    }
    rw_read_unlock(&vs->lock);
    if (oom && current_kill_oom(uva))
      continue; /* init, which waited for memory: the same piece again */
    if (r < 0)
      return -1;
    if (r > 0) /* fn says stop (string end) */
      return 0;
    uva += len;
    n -= len;
  }
  return 0;
}

static int put_piece(char *kva, size_t len, void *arg) {
  const char **src = arg;
  memcpy(kva, *src, len);
  *src += len;
  return 0;
}

static int get_piece(char *kva, size_t len, void *arg) {
  char **dst = arg;
  memcpy(*dst, kva, len);
  *dst += len;
  return 0;
}

int copyout(uint64 dst_uva, const void *src, size_t n) {
  if (dst_uva + n < dst_uva)
    return -1;
  return for_each_piece(dst_uva, n, ACC_WRITE, put_piece, &src);
}

int copyin(void *dst, uint64 src_uva, size_t n) {
  if (src_uva + n < src_uva)
    return -1;
  return for_each_piece(src_uva, n, ACC_READ, get_piece, &dst);
}

struct str_state {
  char *dst;
  size_t len; /* bytes copied, NUL excluded */
  bool done;  /* NUL found */
};

static int str_piece(char *kva, size_t len, void *arg) {
  struct str_state *s = arg;
  for (size_t i = 0; i < len; i++) {
    s->dst[s->len] = kva[i];
    if (kva[i] == 0) {
      s->done = true;
      return 1;
    }
    s->len++;
  }
  return 0;
}

int copyinstr(char *dst, uint64 src_uva, size_t max) {
  struct str_state s = {dst, 0, false};
  if (max == 0 || src_uva + max < src_uva)
    return -1;
  if (for_each_piece(src_uva, max, ACC_READ, str_piece, &s) < 0 || !s.done)
    return -1;
  return s.len;
}

int either_copyout(int user_dst, uint64 dst, const void *src, size_t n) {
  if (user_dst)
    return copyout(dst, src, n);
  memmove((void *)dst, src, n);
  return 0;
}

int either_copyin(void *dst, int user_src, uint64 src, size_t n) {
  if (user_src)
    return copyin(dst, src, n);
  memmove(dst, (void *)src, n);
  return 0;
}
