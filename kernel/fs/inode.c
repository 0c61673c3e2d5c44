/* The inode table and inode data: allocation, reference counting, freeing
 * an inode when its last link and last reference are gone, and reading and
 * writing file contents kept in pages (one index page per inode). */
#include "fs/inode.h"
#include "fs/fs.h"
#include "arch/riscv/memlayout.h"
#include "lib/printf.h"
#include "lib/string.h"
#include "mm/kalloc.h"
#include "mm/uaccess.h"
#include "mm/page.h"
#include "arch/riscv/cpu.h"
#include "uapi/vmstat.h"
#include "sync/spinlock.h"

_Static_assert(MAXFILEPAGES * sizeof(void *) <= PGSIZE, "a file's page index must fit in one page");
_Static_assert(PGSIZE % sizeof(struct dirent) == 0, "directory entries never straddle pages");
_Static_assert(NINODE <= 65535, "inode numbers fit a dirent's ushort");

#define MAXFILESIZE ((uint64)MAXFILEPAGES * PGSIZE)

struct sleeplock fs_ns_lock;

static struct {
  struct spinlock lock; /* protects ref of every inode, and type
                           of a free slot (type 0) */
  struct inode inode[NINODE];
} itable;

/* Initialises the table. Called once at boot, before any other use. */
void inode_table_init(void) {
  spin_init(&itable.lock, "itable");
  sleeplock_init(&fs_ns_lock, "fs_ns");
  for (int i = 0; i < NINODE; i++) {
    itable.inode[i].inum = i + 1;
    sleeplock_init(&itable.inode[i].lock, "inode");
  }
}

/* Returns a fresh inode with ref 1, or NULL if every slot is in use. */
struct inode *inode_alloc(short type, short major, short minor) {
  KASSERT(type == T_DIR || type == T_FILE || type == T_DEVICE);
  struct inode *ip = NULL;
  spin_lock(&itable.lock);
  for (int i = 0; i < NINODE; i++) {
    if (itable.inode[i].type == 0) {
      ip = &itable.inode[i];
      ip->type = type;
      ip->ref = 1;
      break;
    }
  }
  spin_unlock(&itable.lock);
  if (ip == NULL)
    return NULL;
  /* Unreachable by anyone else until the caller links it somewhere. */
  ip->major = major;
  ip->minor = minor;
  ip->nlink = 0;
  ip->size = 0;
  ip->pages = NULL;
  return ip;
}

/* Returns inum's inode with one more reference. Caller holds fs_ns_lock,
 * and inum came from a directory entry (so the inode is live). */
struct inode *inode_get(uint inum) {
  KASSERT(inum >= 1 && inum <= NINODE);
  return inode_dup(&itable.inode[inum - 1]);
}

/* Returns ip with one more reference. Caller already holds one (or
 * fs_ns_lock, with ip named by a directory entry). */
struct inode *inode_dup(struct inode *ip) {
  spin_lock(&itable.lock);
  KASSERT(ip->type != 0);
  ip->ref++;
  spin_unlock(&itable.lock);
  return ip;
}

/* Drops the file's reference to every data page (a page that processes
 * map lives on with their references) and frees the index. Caller holds
 * ip->lock, or is the only one who can reach ip. */
static void inode_free_pages(struct inode *ip) {
  if (ip->pages == NULL)
    return;
  for (int i = 0; i < MAXFILEPAGES; i++)
    if (ip->pages[i] != NULL)
      page_put(ip->pages[i]);
  page_put(ip->pages);
  ip->pages = NULL;
}

/* Drops a reference. When it was the last one and no directory entry
 * names the inode, its pages are freed and the slot reused. No lock held
 * on entry, except possibly fs_ns_lock. (nlink cannot change under us once
 * ref is 0: changing it needs a reference.) */
void inode_put(struct inode *ip) {
  spin_lock(&itable.lock);
  KASSERT(ip->ref > 0);
  ip->ref--;
  bool dead = ip->ref == 0 && ip->nlink == 0;
  spin_unlock(&itable.lock);
  if (!dead)
    return;
  /* Unreachable now: no entry names it and nobody holds it. */
  inode_free_pages(ip);
  ip->size = 0;
  spin_lock(&itable.lock);
  ip->type = 0;
  spin_unlock(&itable.lock);
}

/* Returns T_DIR, T_FILE or T_DEVICE. Caller holds a reference. */
int inode_type(struct inode *ip) { return ip->type; }

/* Returns a device inode's major number (0 for others). Caller holds a
 * reference. */
int inode_major(struct inode *ip) { return ip->major; }

/* Takes ip's data lock (sleeps). Caller holds a reference. */
void inode_lock(struct inode *ip) { sleeplock_acquire(&ip->lock); }

/* Releases ip's data lock. Caller holds it. */
void inode_unlock(struct inode *ip) { sleeplock_release(&ip->lock); }

/* Returns data page pg of ip, allocating it (and the index) if alloc is
 * set; NULL if absent or out of memory. Caller holds ip->lock. */
static void *inode_page(struct inode *ip, uint64 pg, bool alloc) {
  if (ip->pages == NULL) {
    if (!alloc)
      return NULL;
    ip->pages = page_alloc_zeroed();
    if (ip->pages == NULL)
      return NULL;
  }
  if (ip->pages[pg] == NULL && alloc)
    ip->pages[pg] = page_alloc();
  return ip->pages[pg];
}

bool inode_pages_get_locked(struct inode *ip, uint64 pg, int n, void **pages) {
  LOCK_ASSERT(sleeplock_holding(&ip->lock));
  if (n <= 0 || pg + n > MAXFILEPAGES || (pg + n) * PGSIZE > ip->size)
    return false;
  for (int i = 0; i < n; i++) {
    pages[i] = ip->pages[pg + i]; /* every page below size exists */
    KASSERT(pages[i] != NULL);
    page_ref_get(V2P(pages[i]));
  }
  return true;
}

/* Gives ip a private copy of its data page pg when a mapping shares it
 * (count above one: see inode.h), so the caller's write changes only the
 * file. Returns the page to write, or NULL out of memory (the file is
 * unchanged). Caller holds ip->lock, and page pg exists. */
static char *inode_page_unshare(struct inode *ip, uint64 pg) {
  char *old = ip->pages[pg];
  if (page_ref_count(V2P(old)) == 1)
    return old;
  char *copy = page_alloc();
  if (copy == NULL)
    return NULL;
  memcpy(copy, old, PGSIZE);
  ip->pages[pg] = copy;
  page_put(old); /* the mappers keep theirs */
  stat_inc(VM_file_cow_copies);
  return copy;
}

/* Returns bytes copied out of ip from off (at most n), 0 at end of file,
 * or -1 when the first copy failed. Caller holds ip->lock. */
int inode_read_locked(struct inode *ip, int user_dst, uint64 dst, uint64 off, uint64 n) {
  LOCK_ASSERT(sleeplock_holding(&ip->lock));
  if (off >= ip->size)
    return 0;
  if (n > ip->size - off)
    n = ip->size - off;
  uint64 done = 0;
  while (done < n) {
    uint64 pos = off + done;
    uint64 m = PGSIZE - pos % PGSIZE;
    if (m > n - done)
      m = n - done;
    char *page = inode_page(ip, pos / PGSIZE, false);
    KASSERT(page != NULL); /* every page below size exists */
    if (either_copyout(user_dst, dst + done, page + pos % PGSIZE, m) < 0)
      return done > 0 ? (int)done : -1;
    done += m;
  }
  return (int)done;
}

/* Returns bytes written into ip at off (at most n), or -1 when none could
 * be: off past the end, file at its size limit, no memory, bad source.
 * Grows size to cover what was written. Caller holds ip->lock. */
int inode_write_locked(struct inode *ip, int user_src, uint64 src, uint64 off, uint64 n) {
  LOCK_ASSERT(sleeplock_holding(&ip->lock));
  if (off > ip->size || off >= MAXFILESIZE)
    return -1;
  if (n > MAXFILESIZE - off)
    n = MAXFILESIZE - off;
  uint64 done = 0;
  while (done < n) {
    uint64 pos = off + done;
    uint64 m = PGSIZE - pos % PGSIZE;
    if (m > n - done)
      m = n - done;
    char *page = inode_page(ip, pos / PGSIZE, true);
    if (page != NULL)
      page = inode_page_unshare(ip, pos / PGSIZE);
    if (page == NULL)
      break;
    if (either_copyin(page + pos % PGSIZE, user_src, src + done, m) < 0)
      break;
    done += m;
    if (off + done > ip->size)
      ip->size = off + done;
  }
  if (done == 0 && n > 0)
    return -1;
  return (int)done;
}

/* Empties ip. Caller holds ip->lock. */
void inode_truncate_locked(struct inode *ip) {
  LOCK_ASSERT(sleeplock_holding(&ip->lock));
  inode_free_pages(ip);
  ip->size = 0;
}

/* Empties ip, taking ip->lock. Caller holds a reference. */
void inode_truncate(struct inode *ip) {
  inode_lock(ip);
  inode_truncate_locked(ip);
  inode_unlock(ip);
}

/* Fills *st from ip. Caller holds ip->lock. */
void inode_stat_locked(struct inode *ip, struct stat *st) {
  LOCK_ASSERT(sleeplock_holding(&ip->lock));
  memset(st, 0, sizeof(*st)); /* no kernel bytes in the padding */
  st->dev = ROOTDEV;
  st->ino = ip->inum;
  st->type = ip->type;
  st->nlink = ip->nlink;
  st->size = ip->size;
}

/* Fills *st from ip, taking ip->lock. Caller holds a reference. */
void inode_stat(struct inode *ip, struct stat *st) {
  inode_lock(ip);
  inode_stat_locked(ip, st);
  inode_unlock(ip);
}

/* Returns bytes read (see inode_read_locked); takes ip->lock itself.
 * Caller holds a reference. Devices have no data here: -1. */
int inode_read(struct inode *ip, int user_dst, uint64 dst, uint64 off, uint64 n) {
  if (ip->type == T_DEVICE)
    return -1;
  inode_lock(ip);
  int r = inode_read_locked(ip, user_dst, dst, off, n);
  inode_unlock(ip);
  return r;
}

/* Returns entry idx of directory dp. Caller holds fs_ns_lock or dp->lock,
 * and idx * sizeof(struct dirent) < dp->size. */
struct dirent *dir_entry(struct inode *dp, uint64 idx) {
  uint64 off = idx * sizeof(struct dirent);
  char *page = inode_page(dp, off / PGSIZE, false);
  KASSERT(page != NULL);
  return (struct dirent *)(page + off % PGSIZE);
}
