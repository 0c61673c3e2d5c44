/* In-memory inodes: the inode table, reference counts, file data in pages,
 * and the namespace lock. Internal to fs/, to the file layer (fs/file.c,
 * sys/sys_file.c) and to exec's loader (proc/exec.c, which reads a program
 * and takes its pages under one hold of ip->lock); the rest of the kernel
 * uses fs/fs.h. The order of fs_ns_lock, the inode locks and the itable
 * lock: sync/lockorder.h.
 *
 * File pages and mappings. A data page may be mapped by processes that
 * run the file (exec maps whole pages of a program's segments), each PTE
 * holding a reference of its own (mm/page.h) beside the file's one, taken
 * under ip->lock. The file is copy-on-write towards them: a write to a
 * page whose count is above one first gives the file a copy and drops the
 * file's reference to the old page, which the mappers keep; truncate and
 * the freeing of an unlinked inode drop only the file's references. So
 * nothing a process maps ever changes under it. Only a holder of ip->lock
 * adds a mapping's reference, so a count of one read under ip->lock
 * (acquire) means that no mapping remains and none can appear while the
 * lock is held: the write may go into the page in place. */
#ifndef FS_INODE_H
#define FS_INODE_H
#include "lib/types.h"
#include "param.h"
#include "sync/sleeplock.h"
#include "uapi/stat.h"

#define ROOTINO 1 /* the root directory */
#define ROOTDEV 1 /* st_dev reported by fstat, as xv6 */

/* One directory entry, stored as-is in a directory's data (ABI.md). */
struct dirent {
  ushort inum;       /* 0: empty slot */
  char name[DIRSIZ]; /* NUL-padded; no NUL when DIRSIZ bytes long */
};
_Static_assert(sizeof(struct dirent) == 16, "dirent is 16 bytes (ABI)");

struct inode {
  /* Set when the slot is allocated, then read-only until it is freed: */
  uint inum;
  short type;         /* 0 = free slot (written under the itable lock) */
  short major, minor; /* T_DEVICE only */

  /* Itable lock (fs/inode.c) must be held when using this: */
  int ref; /* in-kernel references: open files, cwds, walks */

  /* Written with fs_ns_lock and lock both held; read with either: */
  short nlink; /* directory entries naming this inode */

  struct sleeplock lock;
  /* lock must be held when using these (for a directory, writers also
   * hold fs_ns_lock, so path lookup may read them under fs_ns_lock): */
  uint64 size;  /* bytes; every page below size is allocated */
  void **pages; /* page of MAXFILEPAGES data-page pointers, or NULL */
};

/* Guards every directory's entries and every inode's nlink. */
extern struct sleeplock fs_ns_lock;

void inode_table_init(void);
/* Returns a new inode of the given type with ref 1, nlink 0, size 0, or
 * NULL when the table is full. */
struct inode *inode_alloc(short type, short major, short minor);
/* Returns a referenced inode for a live inode number. Caller holds
 * fs_ns_lock and found inum in a directory entry. */
struct inode *inode_get(uint inum);

void inode_lock(struct inode *ip);
void inode_unlock(struct inode *ip);

/* Data access; caller holds ip->lock. user_* selects a user (1) or
 * kernel (0) address. read returns bytes copied (0 at or past the end) or
 * -1 when nothing could be copied to a bad address; write requires
 * off <= size and returns bytes written, or -1 when none could be (bad
 * address, out of memory, file full). */
int inode_read_locked(struct inode *ip, int user_dst, uint64 dst, uint64 off, uint64 n);
int inode_write_locked(struct inode *ip, int user_src, uint64 src, uint64 off, uint64 n);
/* Fills pages[0..n) with ip's data pages pg, pg + 1, ... (kernel
 * addresses), each with one more reference, which the caller's mapping
 * will own, when they all lie wholly below size; returns false (taking
 * nothing) otherwise. Caller holds ip->lock. */
bool inode_pages_get_locked(struct inode *ip, uint64 pg, int n, void **pages);
/* Drops the file's every data page (mappers keep theirs) and sets size to
 * 0. Caller holds ip->lock. */
void inode_truncate_locked(struct inode *ip);
/* Fills *st. Caller holds ip->lock. */
void inode_stat_locked(struct inode *ip, struct stat *st);

/* Returns a pointer to directory entry idx of dp (idx*16 < dp->size).
 * Caller holds fs_ns_lock or dp->lock. */
struct dirent *dir_entry(struct inode *dp, uint64 idx);

#endif
