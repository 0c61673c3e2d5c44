/* The system-wide open-file table, and read/write/stat/close on an open
 * file: dispatch to the inode, pipe or device behind it. */
#include "fs/file.h"
#include "fs/fs.h"
#include "fs/inode.h"
#include "fs/pipe.h"
#include "lib/printf.h"
#include "mm/uaccess.h"
#include "param.h"
#include "sync/spinlock.h"

static struct {
  struct spinlock lock; /* protects every file's ref */
  struct file file[NFILE];
} ftable;

/* Written by dev_register at boot, then read-only. */
static struct devsw devsw[NDEV];

/* See file.h. */
void file_init(void) { spin_init(&ftable.lock, "ftable"); }

/* See file.h. */
void dev_register(int major, int (*read)(uint64, int), int (*write)(uint64, int)) {
  KASSERT(major >= 0 && major < NDEV);
  devsw[major].read = read;
  devsw[major].write = write;
}

/* See file.h. */
bool dev_exists(int major) {
  return major >= 0 && major < NDEV && (devsw[major].read != NULL || devsw[major].write != NULL);
}

/* See file.h. */
struct file *file_alloc(void) {
  struct file *f = NULL;
  spin_lock(&ftable.lock);
  for (int i = 0; i < NFILE && f == NULL; i++) {
    if (ftable.file[i].ref == 0) {
      f = &ftable.file[i];
      f->ref = 1;
    }
  }
  spin_unlock(&ftable.lock);
  if (f == NULL)
    return NULL;
  f->type = FD_NONE;
  f->readable = f->writable = false;
  f->pipe = NULL;
  f->ip = NULL;
  f->major = 0;
  f->off = 0;
  return f;
}

/* See file.h. */
struct file *file_dup(struct file *f) {
  spin_lock(&ftable.lock);
  KASSERT(f->ref >= 1);
  f->ref++;
  spin_unlock(&ftable.lock);
  return f;
}

/* See file.h. */
void file_close(struct file *f) {
  spin_lock(&ftable.lock);
  KASSERT(f->ref >= 1);
  if (--f->ref > 0) {
    spin_unlock(&ftable.lock);
    return;
  }
  struct file closed = *f; /* f's slot may be reused once unlocked */
  f->type = FD_NONE;
  spin_unlock(&ftable.lock);
  if (closed.type == FD_PIPE)
    pipe_close(closed.pipe, closed.writable);
  else if (closed.type == FD_INODE || closed.type == FD_DEVICE)
    inode_put(closed.ip);
}

/* Returns bytes read from inode file f at its offset, advancing it. */
static int file_read_inode(struct file *f, uint64 addr, int n) {
  inode_lock(f->ip);
  int r = inode_read_locked(f->ip, 1, addr, f->off, n);
  if (r > 0)
    f->off += r;
  inode_unlock(f->ip);
  return r;
}

/* See file.h. */
int file_read(struct file *f, uint64 addr, int n) {
  if (!f->readable || n < 0)
    return -1;
  if (n == 0)
    return 0;
  switch (f->type) {
  case FD_INODE:
    return file_read_inode(f, addr, n);
  case FD_PIPE:
    return pipe_read(f->pipe, addr, n);
  case FD_DEVICE:
    if (f->major < 0 || f->major >= NDEV || devsw[f->major].read == NULL)
      return -1;
    return devsw[f->major].read(addr, n);
  default:
    return -1;
  }
}

/* Returns bytes written to inode file f at its offset, advancing it. */
static int file_write_inode(struct file *f, uint64 addr, int n) {
  inode_lock(f->ip);
  int r = inode_write_locked(f->ip, 1, addr, f->off, n);
  if (r > 0)
    f->off += r;
  inode_unlock(f->ip);
  return r;
}

/* See file.h. */
int file_write(struct file *f, uint64 addr, int n) {
  if (!f->writable || n < 0)
    return -1;
  if (n == 0)
    return 0;
  switch (f->type) {
  case FD_INODE:
    return file_write_inode(f, addr, n);
  case FD_PIPE:
    return pipe_write(f->pipe, addr, n);
  case FD_DEVICE:
    if (f->major < 0 || f->major >= NDEV || devsw[f->major].write == NULL)
      return -1;
    return devsw[f->major].write(addr, n);
  default:
    return -1;
  }
}

/* See file.h. */
int file_stat(struct file *f, uint64 addr) {
  if (f->type != FD_INODE && f->type != FD_DEVICE)
    return -1;
  struct stat st;
  inode_lock(f->ip);
  inode_stat_locked(f->ip, &st);
  inode_unlock(f->ip);
  return copyout(addr, &st, sizeof(st)) < 0 ? -1 : 0;
}
