/* The in-memory file system: inodes, directories, path lookup.
 * Everything lives in RAM; the initial contents come from an image linked
 * into the kernel (see fs/image.h and scripts/mkimage). */
#ifndef FS_H
#define FS_H
#include "lib/types.h"
#include "uapi/stat.h"

struct inode;

/* Builds the root directory and unpacks the boot image into it; also
 * sets up the open-file and pipe tables. Called once at boot. */
void fs_init(void);
struct inode *fs_root(void);

/* Path lookup relative to the current process's cwd (absolute if path
 * starts with '/'). Returns a referenced inode, or NULL. */
struct inode *namei(const char *path);
struct inode *inode_dup(struct inode *ip);
void inode_put(struct inode *ip);
int inode_type(struct inode *ip);  /* T_DIR, T_FILE or T_DEVICE */
int inode_major(struct inode *ip); /* T_DEVICE's major number */
/* Empties a regular file (open's O_TRUNC). Caller holds a reference. */
void inode_truncate(struct inode *ip);
/* Fills st (type, size, ...) for ip. */
void inode_stat(struct inode *ip, struct stat *st);
/* Reads up to n bytes at off into dst (user or kernel address); returns
 * the byte count, or -1 on a bad user address. */
int inode_read(struct inode *ip, int user_dst, uint64 dst, uint64 off, uint64 n);

/* Namespace changes (fs/dir.c); each is atomic with respect to the others
 * and to lookups. Path components longer than DIRSIZ make them fail. */
/* Creates path (T_DIR, T_FILE or T_DEVICE with major/minor) and returns
 * it referenced. If path exists: returns it only when type is T_FILE and
 * it is a file or device (open's O_CREATE), else NULL. NULL also for a
 * missing or removed parent directory, or no memory or inodes. */
struct inode *fs_create(const char *path, short type, short major, short minor);
/* Gives old's inode (not a directory) the extra name new. 0 or -1. */
int fs_link(const char *old, const char *new);
/* Removes a name: fails (-1) if missing, "." or "..", or a non-empty
 * directory. The inode lives on while referenced. 0 or -1. */
int fs_unlink(const char *path);

#endif
