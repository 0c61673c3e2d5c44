/* The namespace: directories, path lookup, creating, linking and unlinking
 * names, and building the root directory from the boot image. Every
 * function here that reads or changes directory entries holds fs_ns_lock,
 * so a lookup and the change that depends on it are one atomic step. */
#include "fs/fs.h"
#include "fs/file.h"
#include "fs/image.h"
#include "fs/inode.h"
#include "fs/pipe.h"
#include "lib/printf.h"
#include "lib/string.h"
#include "mm/kalloc.h"
#include "arch/riscv/memlayout.h"
#include "sync/wait.h"

static struct inode *root; /* set once by fs_init, then read-only */

/* Returns the root directory (no new reference). */
struct inode *fs_root(void) {
  return root;
}

/* Returns true if entry de holds name (NUL-terminated, <= DIRSIZ). */
static bool dirent_is(const struct dirent *de, const char *name) {
  return de->inum != 0 && strncmp(de->name, name, DIRSIZ) == 0;
}

/* Returns the inode number that name has in dp, or 0; if idx is not NULL
 * stores the entry index there. Caller holds fs_ns_lock; dp is a dir. */
static uint dir_lookup(struct inode *dp, const char *name, uint64 *idx) {
  uint64 n = dp->size / sizeof(struct dirent);
  for (uint64 i = 0; i < n; i++) {
    struct dirent *de = dir_entry(dp, i);
    if (dirent_is(de, name)) {
      if (idx != NULL)
        *idx = i;
      return de->inum;
    }
  }
  return 0;
}

/* Returns the index of a free entry in dp, appending one if none; -1 when
 * out of memory or dp is full. Caller holds fs_ns_lock and dp->lock. */
static int64 dir_free_slot(struct inode *dp) {
  uint64 n = dp->size / sizeof(struct dirent);
  for (uint64 i = 0; i < n; i++)
    if (dir_entry(dp, i)->inum == 0)
      return i;
  struct dirent empty;
  memset(&empty, 0, sizeof(empty));
  if (inode_write_locked(dp, 0, (uint64)&empty, dp->size, sizeof(empty)) != sizeof(empty))
    return -1;
  return n;
}

/* Adds entry name -> inum to dp. Returns 0, or -1 when out of memory.
 * Does not touch nlink. Caller holds fs_ns_lock; name is not in dp. */
static int dir_add(struct inode *dp, const char *name, uint inum) {
  inode_lock(dp);
  int64 i = dir_free_slot(dp);
  if (i >= 0) {
    struct dirent *de = dir_entry(dp, i);
    memset(de->name, 0, DIRSIZ);
    memmove(de->name, name, strlen(name) < DIRSIZ ? strlen(name) : DIRSIZ);
    de->inum = inum;
  }
  inode_unlock(dp);
  return i >= 0 ? 0 : -1;
}

/* Clears entry idx of dp. Caller holds fs_ns_lock. */
static void dir_clear(struct inode *dp, uint64 idx) {
  inode_lock(dp);
  dir_entry(dp, idx)->inum = 0;
  inode_unlock(dp);
}

/* Returns true if dp holds nothing but "." and "..". Caller holds
 * fs_ns_lock. */
static bool dir_is_empty(struct inode *dp) {
  uint64 n = dp->size / sizeof(struct dirent);
  for (uint64 i = 0; i < n; i++) {
    struct dirent *de = dir_entry(dp, i);
    if (de->inum != 0 && !dirent_is(de, ".") && !dirent_is(de, ".."))
      return false;
  }
  return true;
}

/* Returns true if dp is a directory still linked into the tree (a removed
 * one may live on as a cwd; nothing may be added to it). Caller holds
 * fs_ns_lock. */
static bool dir_is_live(struct inode *dp) { return dp->type == T_DIR && dp->nlink > 0; }

/* Adds delta to ip's link count. Caller holds fs_ns_lock. */
static void inode_add_links(struct inode *ip, int delta) {
  inode_lock(ip);
  ip->nlink += delta;
  KASSERT(ip->nlink >= 0);
  inode_unlock(ip);
}

/* Copies the next component of *path into name (NUL-terminated) and
 * advances *path past it. Returns 1 if a component was found, 0 at the
 * end of the path, -1 if the component is longer than DIRSIZ. */
static int path_next(const char **path, char *name) {
  const char *p = *path;
  while (*p == '/')
    p++;
  if (*p == 0)
    return 0;
  const char *start = p;
  while (*p != '/' && *p != 0)
    p++;
  size_t len = p - start;
  if (len > DIRSIZ) /* xv6 semantics: longer components are truncated */
    len = DIRSIZ;
  memmove(name, start, len);
  name[len] = 0;
  while (*p == '/')
    p++;
  *path = p;
  return 1;
}

/* Returns a reference to the directory where a walk of path starts. */
static struct inode *path_start(const char *path) {
  struct inode *ip = *path == '/' ? NULL : current_cwd_dup();
  return ip ? ip : inode_dup(root);
}

/* Walks path. With parent set, stops before the last component, copies
 * it to name and returns its directory (NULL if the path has no
 * component). Returns a referenced inode or NULL. Caller holds
 * fs_ns_lock. */
static struct inode *path_walk(const char *path, bool parent, char *name) {
  struct inode *ip = path_start(path);
  int r;
  while ((r = path_next(&path, name)) == 1) {
    if (ip->type != T_DIR)
      break;
    if (parent && *path == 0)
      return ip;
    uint inum = dir_lookup(ip, name, NULL);
    if (inum == 0)
      break;
    struct inode *next = inode_get(inum);
    inode_put(ip);
    ip = next;
  }
  if (r == 0 && !parent)
    return ip;
  inode_put(ip);
  return NULL;
}

/* Returns a referenced inode for path, or NULL. No lock held on entry. */
struct inode *namei(const char *path) {
  char name[DIRSIZ + 1];
  sleeplock_acquire(&fs_ns_lock);
  struct inode *ip = path_walk(path, false, name);
  sleeplock_release(&fs_ns_lock);
  return ip;
}

/* Returns a new directory inode inside dp holding "." and "..", or NULL.
 * Caller holds fs_ns_lock. */
static struct inode *dir_new(struct inode *dp) {
  struct inode *ip = inode_alloc(T_DIR, 0, 0);
  if (ip == NULL)
    return NULL;
  if (dir_add(ip, ".", ip->inum) < 0 || dir_add(ip, "..", dp->inum) < 0) {
    inode_put(ip); /* nlink 0: freed */
    return NULL;
  }
  return ip;
}

/* Makes name in dp refer to a new inode of the given type. Returns it
 * referenced, or NULL (table full, out of memory). Caller holds
 * fs_ns_lock; name is not in dp. */
static struct inode *dir_create(struct inode *dp, const char *name, short type, short major,
                                short minor) {
  struct inode *ip = type == T_DIR ? dir_new(dp) : inode_alloc(type, major, minor);
  if (ip == NULL)
    return NULL;
  if (dir_add(dp, name, ip->inum) < 0) {
    inode_put(ip);
    return NULL;
  }
  inode_add_links(ip, 1);
  if (type == T_DIR)
    inode_add_links(dp, 1); /* the new ".." */
  return ip;
}

/* Returns existing inode inum, referenced, if a create of the given type
 * may use it: both it and the request are regular files (a device also
 * qualifies, as in xv6: open(O_CREATE) of a device opens it). Otherwise
 * NULL. Caller holds fs_ns_lock; inum came from a directory entry. */
static struct inode *dir_reuse(uint inum, short type) {
  struct inode *ip = inode_get(inum);
  if (type == T_FILE && (ip->type == T_FILE || ip->type == T_DEVICE))
    return ip;
  inode_put(ip);
  return NULL;
}

/* Creates path as a new inode of the given type and returns it
 * referenced; if path exists, see dir_reuse. NULL for a bad or existing
 * path, a removed parent, or no memory or inodes. No lock held. */
struct inode *fs_create(const char *path, short type, short major, short minor) {
  char name[DIRSIZ + 1];
  struct inode *ip = NULL;
  sleeplock_acquire(&fs_ns_lock);
  struct inode *dp = path_walk(path, true, name);
  if (dp != NULL) {
    uint inum = dir_lookup(dp, name, NULL);
    if (inum != 0)
      ip = dir_reuse(inum, type);
    else if (dir_is_live(dp))
      ip = dir_create(dp, name, type, major, minor);
    inode_put(dp);
  }
  sleeplock_release(&fs_ns_lock);
  return ip;
}

/* Makes new name the same inode as old. Returns 0, or -1: old missing or
 * a directory, new's directory missing, new exists, out of memory. */
int fs_link(const char *old, const char *new) {
  char name[DIRSIZ + 1];
  int r = -1;
  sleeplock_acquire(&fs_ns_lock);
  struct inode *ip = path_walk(old, false, name);
  if (ip == NULL)
    goto out;
  struct inode *dp = ip->type == T_DIR ? NULL : path_walk(new, true, name);
  if (dp != NULL) {
    if (dir_is_live(dp) && dir_lookup(dp, name, NULL) == 0 && dir_add(dp, name, ip->inum) == 0) {
      inode_add_links(ip, 1);
      r = 0;
    }
    inode_put(dp);
  }
  inode_put(ip);
out:
  sleeplock_release(&fs_ns_lock);
  return r;
}

/* Removes the entry name (entry index idx) from dp and drops the link it
 * held on ip. A removed directory loses "." and ".." too, so a process
 * whose cwd it is finds nothing there and can create nothing there (see
 * dir_is_live). Caller holds fs_ns_lock; the checks are done. */
static void dir_remove(struct inode *dp, uint64 idx, struct inode *ip) {
  dir_clear(dp, idx);
  if (ip->type == T_DIR) {
    inode_add_links(dp, -1); /* ip's ".." */
    inode_lock(ip);
    inode_truncate_locked(ip);
    inode_unlock(ip);
  }
  inode_add_links(ip, -1);
}

/* Removes path's last name. Returns 0, or -1: missing, "." or "..", or a
 * non-empty directory. The inode lives on while referenced. */
int fs_unlink(const char *path) {
  char name[DIRSIZ + 1];
  int r = -1;
  sleeplock_acquire(&fs_ns_lock);
  struct inode *dp = path_walk(path, true, name);
  if (dp == NULL)
    goto out;
  uint64 idx;
  uint inum = 0;
  if (strncmp(name, ".", DIRSIZ) != 0 && strncmp(name, "..", DIRSIZ) != 0)
    inum = dir_lookup(dp, name, &idx);
  if (inum != 0) {
    struct inode *ip = inode_get(inum);
    if (ip->type != T_DIR || dir_is_empty(ip)) {
      dir_remove(dp, idx, ip);
      r = 0;
    }
    inode_put(ip);
  }
  inode_put(dp);
out:
  sleeplock_release(&fs_ns_lock);
  return r;
}

/* The directory of the root named by the first len bytes of name,
 * created if missing, referenced; NULL if name is bad or not a directory.
 * Caller holds fs_ns_lock. */
static struct inode *image_dir(const char *name, size_t len) {
  char dname[DIRSIZ + 1];
  if (len == 0 || len > DIRSIZ)
    return NULL;
  memmove(dname, name, len);
  dname[len] = 0;
  uint inum = dir_lookup(root, dname, NULL);
  if (inum == 0)
    return dir_create(root, dname, T_DIR, 0, 0);
  struct inode *dp = inode_get(inum);
  if (dp->type == T_DIR)
    return dp;
  inode_put(dp);
  return NULL;
}

/* Adds one boot-image file, "NAME" to the root or "DIR/NAME" to a
 * directory of the root (made on first use); warns and skips it on a bad
 * name. Caller holds fs_ns_lock. */
static void fs_unpack(const struct image_file *f) {
  const char *slash = strchr(f->name, '/');
  const char *name = slash ? slash + 1 : f->name;
  struct inode *dp = slash ? image_dir(f->name, slash - f->name) : inode_dup(root);
  size_t len = strlen(name);
  if (dp == NULL || len == 0 || len > DIRSIZ || strchr(name, '/') ||
      dir_lookup(dp, name, NULL) != 0) {
    kprintf("fs: image file \"%s\": bad or duplicate name, skipped\n", f->name);
    if (dp)
      inode_put(dp);
    return;
  }
  struct inode *ip = dir_create(dp, name, T_FILE, 0, 0);
  inode_put(dp);
  if (ip == NULL)
    panic("fs_init: no inode or memory for %s", f->name);
  inode_lock(ip);
  int n = inode_write_locked(ip, 0, (uint64)f->data, 0, f->size);
  inode_unlock(ip);
  if (f->size > 0 && (n < 0 || (uint64)n != f->size))
    panic("fs_init: %s: %lu bytes do not fit (file limit or memory)", f->name, f->size);
  inode_put(ip);
}

/* Stops the boot with a plain message when RAM cannot hold the boot
 * image's files (their data pages) with room to spare for running them. */
static void check_image_fits(void) {
  uint64 pages = 0;
  for (const struct image_file *f = fs_image; f->name != NULL; f++)
    pages += (f->size + PGSIZE - 1) / PGSIZE;
  uint64 free = kalloc_free_pages();
  if (pages + IMAGE_SPARE_PAGES > free)
    panic("cowos: RAM too small: the boot image's files need %lu KiB and "
          "only %lu KiB are free; boot with more memory (-m)",
          pages * (PGSIZE / 1024), free * (PGSIZE / 1024));
}

/* Builds the root directory (inode 1) and unpacks the boot image into
 * it. Called once at boot, on one hart, before any process runs. */
void fs_init(void) {
  inode_table_init();
  file_init();
  pipe_init();
  sleeplock_acquire(&fs_ns_lock);
  root = inode_alloc(T_DIR, 0, 0);
  KASSERT(root != NULL && root->inum == ROOTINO);
  if (dir_add(root, ".", ROOTINO) < 0 || dir_add(root, "..", ROOTINO) < 0)
    panic("fs_init: out of memory");
  root->nlink = 1; /* never freed: the reference from alloc is kept */
  check_image_fits();
  for (const struct image_file *f = fs_image; f->name != NULL; f++)
    fs_unpack(f);
  sleeplock_release(&fs_ns_lock);
}
