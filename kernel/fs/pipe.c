/* Pipes: the pipe table, the ring buffer (one page per pipe) and blocking
 * read and write. User memory is copied through a small kernel buffer on
 * the stack, never while holding a pipe's spinlock. */
#include "fs/pipe.h"
#include "fs/file.h"
#include "lib/printf.h"
#include "lib/string.h"
#include "mm/kalloc.h"
#include "mm/uaccess.h"
#include "param.h"
#include "sync/spinlock.h"
#include "sync/wait.h"

#define NPIPE (NFILE / 2) /* each pipe holds two open files */

_Static_assert(PIPESIZE <= 4096, "a pipe's ring fits in one page");

struct pipe {
  /* pipe_table.lock must be held when using this: */
  bool used;

  struct spinlock lock;
  /* lock must be held when using these: */
  char *buf;      /* PIPESIZE-byte ring (a page); set at allocation */
  uint64 nread;   /* bytes ever read; readers wait on &nwrite */
  uint64 nwrite;  /* bytes ever written; writers wait on &nread */
  bool readopen;  /* a read end is still open */
  bool writeopen; /* a write end is still open */
  bool reading;   /* a reader is copying out (others wait: keeps order) */
};

static struct {
  struct spinlock lock;
  struct pipe pipe[NPIPE];
} pipe_table;

/* See pipe.h. */
void pipe_init(void) { spin_init(&pipe_table.lock, "pipe_table"); }

/* Returns an unused pipe slot marked used, or NULL. */
static struct pipe *pipe_slot_alloc(void) {
  struct pipe *p = NULL;
  spin_lock(&pipe_table.lock);
  for (int i = 0; i < NPIPE && p == NULL; i++) {
    if (!pipe_table.pipe[i].used) {
      p = &pipe_table.pipe[i];
      p->used = true;
    }
  }
  spin_unlock(&pipe_table.lock);
  return p;
}

/* Returns p's slot (and its ring page) to the pool. Nobody else can
 * reach p. */
static void pipe_free(struct pipe *p) {
  if (p->buf != NULL)
    page_put(p->buf);
  p->buf = NULL;
  spin_lock(&pipe_table.lock);
  p->used = false;
  spin_unlock(&pipe_table.lock);
}

/* Fills in f as one end of pipe p. */
static void pipe_file_init(struct file *f, struct pipe *p, bool writable) {
  f->type = FD_PIPE;
  f->pipe = p;
  f->readable = !writable;
  f->writable = writable;
}

/* See pipe.h. */
int pipe_alloc(struct file **rf, struct file **wf) {
  struct pipe *p = pipe_slot_alloc();
  if (p == NULL)
    return -1;
  spin_init(&p->lock, "pipe");
  p->buf = page_alloc();
  p->nread = p->nwrite = 0;
  p->readopen = p->writeopen = true;
  p->reading = false;
  struct file *r = p->buf != NULL ? file_alloc() : NULL;
  struct file *w = r != NULL ? file_alloc() : NULL;
  if (w == NULL) {
    if (r != NULL)
      file_close(r); /* still FD_NONE: only frees the slot */
    pipe_free(p);
    return -1;
  }
  pipe_file_init(r, p, false);
  pipe_file_init(w, p, true);
  *rf = r;
  *wf = w;
  return 0;
}

/* See pipe.h. Caller holds no lock. */
void pipe_close(struct pipe *p, bool writable) {
  spin_lock(&p->lock);
  if (writable) {
    p->writeopen = false;
    wakeup(&p->nwrite);
  } else {
    p->readopen = false;
    wakeup(&p->nread);
  }
  bool dead = !p->readopen && !p->writeopen;
  spin_unlock(&p->lock);
  if (dead)
    pipe_free(p);
}

/* Waits until this reader may take its turn: no other reader copying and
 * data present or no writer left. Returns 0, or -1 if killed. Caller
 * holds p->lock (released while asleep). */
static int pipe_wait_readable(struct pipe *p) {
  while (p->reading || (p->nread == p->nwrite && p->writeopen))
    if (!sleep_killable(&p->nwrite, &p->lock))
      return -1;
  return 0;
}

/* Copies up to max buffered bytes (without consuming them) into dst;
 * returns the count. Caller holds p->lock. */
static int pipe_peek(struct pipe *p, char *dst, int max) {
  int m = 0;
  while (m < max && p->nread + m != p->nwrite) {
    uint64 at = (p->nread + m) % PIPESIZE;
    int k = PIPESIZE - at; /* contiguous run up to the ring's end */
    if (k > max - m)
      k = max - m;
    if ((uint64)k > p->nwrite - p->nread - m)
      k = p->nwrite - p->nread - m;
    memmove(dst + m, p->buf + at, k);
    m += k;
  }
  return m;
}

/* See pipe.h. Only one reader copies at a time (p->reading), so bytes are
 * consumed only after they reached the user, in order. */
int pipe_read(struct pipe *p, uint64 addr, int n) {
  char kbuf[PIPE_CHUNK];
  int done = 0;
  bool fault = false;
  spin_lock(&p->lock);
  if (pipe_wait_readable(p) < 0) {
    spin_unlock(&p->lock);
    return -1;
  }
  p->reading = true;
  while (done < n && p->nread != p->nwrite) {
    int m = pipe_peek(p, kbuf, n - done < PIPE_CHUNK ? n - done : PIPE_CHUNK);
    spin_unlock(&p->lock);
    fault = copyout(addr + done, kbuf, m) < 0;
    spin_lock(&p->lock);
    if (fault)
      break;
    p->nread += m;
    done += m;
    wakeup(&p->nread);
  }
  p->reading = false;
  wakeup(&p->nwrite); /* the next reader's turn */
  spin_unlock(&p->lock);
  return fault && done == 0 ? -1 : done;
}

/* Puts all m bytes of src into the ring, waiting for room. Returns 0, or
 * -1 if the read end is closed or the caller is killed. No lock held. */
static int pipe_put(struct pipe *p, const char *src, int m) {
  int i = 0;
  spin_lock(&p->lock);
  while (i < m) {
    if (!p->readopen) {
      spin_unlock(&p->lock);
      return -1;
    }
    uint64 room = PIPESIZE - (p->nwrite - p->nread);
    if (room == 0) {
      wakeup(&p->nwrite);
      if (!sleep_killable(&p->nread, &p->lock)) {
        spin_unlock(&p->lock);
        return -1;
      }
      continue;
    }
    uint64 at = p->nwrite % PIPESIZE;
    int k = PIPESIZE - at;
    if (k > m - i)
      k = m - i;
    if ((uint64)k > room)
      k = room;
    memmove(p->buf + at, src + i, k);
    p->nwrite += k;
    i += k;
  }
  wakeup(&p->nwrite);
  spin_unlock(&p->lock);
  return 0;
}

/* See pipe.h. */
int pipe_write(struct pipe *p, uint64 addr, int n) {
  char kbuf[PIPE_CHUNK];
  int done = 0;
  while (done < n) {
    int m = n - done < PIPE_CHUNK ? n - done : PIPE_CHUNK;
    if (copyin(kbuf, addr + done, m) < 0)
      return done > 0 ? done : -1;
    if (pipe_put(p, kbuf, m) < 0)
      return -1;
    done += m;
  }
  return done;
}
