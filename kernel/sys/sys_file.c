/* File-system calls: descriptors (open, dup, close, pipe), data (read,
 * write, fstat) and the namespace (mkdir, mknod, link, unlink, chdir).
 * Every bad argument yields -1. */
#include "sys/sysfuncs.h"
#include "sys/syscall.h"
#include "fs/file.h"
#include "fs/fs.h"
#include "fs/pipe.h"
#include "mm/uaccess.h"
#include "param.h"
#include "proc/proc.h"
#include "sync/spinlock.h"
#include "uapi/stat.h"

/* Returns the lowest free descriptor of the current process, now naming f,
 * or -1 if all NOFILE are in use (f is then not consumed). */
static int fd_alloc(struct file *f) {
  struct proc *p = curproc();
  spin_lock(&p->lock); /* threads of p may allocate at once */
  for (int fd = 0; fd < NOFILE; fd++) {
    if (p->ofile[fd] == NULL) {
      p->ofile[fd] = f;
      spin_unlock(&p->lock);
      return fd;
    }
  }
  spin_unlock(&p->lock);
  return -1;
}

/* Empties descriptor fd of the current process; returns the file it
 * named, or NULL if it was already empty (a sibling thread closed it). */
static struct file *fd_take(int fd) {
  struct proc *p = curproc();
  spin_lock(&p->lock);
  struct file *f = p->ofile[fd];
  p->ofile[fd] = NULL;
  spin_unlock(&p->lock);
  return f;
}

/* Empties descriptor fd of the current process if it still names f;
 * returns whether it did (the caller then owns that reference). */
static bool fd_untake(int fd, struct file *f) {
  struct proc *p = curproc();
  spin_lock(&p->lock);
  bool mine = p->ofile[fd] == f;
  if (mine)
    p->ofile[fd] = NULL;
  spin_unlock(&p->lock);
  return mine;
}

/* int read(int fd, void *buf, int n) */
int64 sys_read(void) {
  struct file *f;
  if (arg_fd(0, NULL, &f) < 0)
    return -1;
  int r = file_read(f, arg_addr(1), arg_int(2));
  file_close(f);
  return r;
}

/* int write(int fd, const void *buf, int n) */
int64 sys_write(void) {
  struct file *f;
  if (arg_fd(0, NULL, &f) < 0)
    return -1;
  int r = file_write(f, arg_addr(1), arg_int(2));
  file_close(f);
  return r;
}

/* int close(int fd) */
int64 sys_close(void) {
  int fd;
  if (arg_fd(0, &fd, NULL) < 0)
    return -1;
  struct file *f = fd_take(fd);
  if (f == NULL)
    return -1;
  file_close(f);
  return 0;
}

/* int fstat(int fd, struct stat *st) */
int64 sys_fstat(void) {
  struct file *f;
  if (arg_fd(0, NULL, &f) < 0)
    return -1;
  int r = file_stat(f, arg_addr(1));
  file_close(f);
  return r;
}

/* int dup(int fd): the lowest free descriptor, naming the same file. */
int64 sys_dup(void) {
  struct file *f;
  if (arg_fd(0, NULL, &f) < 0)
    return -1;
  int fd = fd_alloc(f); /* the new descriptor keeps arg_fd's reference */
  if (fd < 0)
    file_close(f);
  return fd;
}

/* int pipe(int fd[2]): fd[0] reads, fd[1] writes. */
int64 sys_pipe(void) {
  uint64 fds_uva = arg_addr(0);
  struct file *rf, *wf;
  if (pipe_alloc(&rf, &wf) < 0)
    return -1;
  int fd[2] = {fd_alloc(rf), -1};
  if (fd[0] >= 0)
    fd[1] = fd_alloc(wf);
  if (fd[1] < 0 || copyout(fds_uva, fd, sizeof(fd)) < 0) {
    /* A sibling thread may have closed a descriptor meanwhile (and
     * dropped that reference itself) or reused the number. */
    if (fd[0] < 0 || fd_untake(fd[0], rf))
      file_close(rf);
    if (fd[1] < 0 || fd_untake(fd[1], wf))
      file_close(wf);
    return -1;
  }
  return 0;
}

/* Returns the inode open(path, flags) should open, referenced, or NULL:
 * missing path, failed create, a directory opened for writing, a device
 * without a driver. */
static struct inode *open_inode(const char *path, int flags) {
  struct inode *ip = (flags & O_CREATE) ? fs_create(path, T_FILE, 0, 0) : namei(path);
  if (ip == NULL)
    return NULL;
  int type = inode_type(ip);
  if ((type == T_DIR && (flags & (O_WRONLY | O_RDWR | O_TRUNC))) ||
      (type == T_DEVICE && !dev_exists(inode_major(ip)))) {
    inode_put(ip);
    return NULL;
  }
  return ip;
}

/* Returns an open file for ip (whose reference it takes over), or NULL
 * with ip put. */
static struct file *open_file(struct inode *ip, int flags) {
  struct file *f = file_alloc();
  if (f == NULL) {
    inode_put(ip);
    return NULL;
  }
  f->type = inode_type(ip) == T_DEVICE ? FD_DEVICE : FD_INODE;
  f->ip = ip;
  f->major = inode_major(ip);
  f->readable = !(flags & O_WRONLY);
  f->writable = (flags & (O_WRONLY | O_RDWR)) != 0;
  return f;
}

/* int open(const char *path, int flags) */
int64 sys_open(void) {
  char path[MAXPATH];
  if (arg_str(0, path, MAXPATH) < 0)
    return -1;
  int flags = arg_int(1);
  struct inode *ip = open_inode(path, flags);
  if (ip == NULL)
    return -1;
  struct file *f = open_file(ip, flags);
  if (f == NULL)
    return -1;
  int fd = fd_alloc(f);
  if (fd < 0) {
    file_close(f);
    return -1;
  }
  if ((flags & O_TRUNC) && inode_type(ip) == T_FILE)
    inode_truncate(ip);
  return fd;
}

/* Creates path as a new inode of type; returns 0 or -1. */
static int64 make_node(short type, short major, short minor) {
  char path[MAXPATH];
  if (arg_str(0, path, MAXPATH) < 0)
    return -1;
  struct inode *ip = fs_create(path, type, major, minor);
  if (ip == NULL)
    return -1;
  inode_put(ip);
  return 0;
}

/* int mkdir(const char *path) */
int64 sys_mkdir(void) { return make_node(T_DIR, 0, 0); }

/* int mknod(const char *path, short major, short minor) */
int64 sys_mknod(void) { return make_node(T_DEVICE, (short)arg_int(1), (short)arg_int(2)); }

/* int link(const char *old, const char *new) */
int64 sys_link(void) {
  char old[MAXPATH], new[MAXPATH];
  if (arg_str(0, old, MAXPATH) < 0 || arg_str(1, new, MAXPATH) < 0)
    return -1;
  return fs_link(old, new);
}

/* int unlink(const char *path) */
int64 sys_unlink(void) {
  char path[MAXPATH];
  if (arg_str(0, path, MAXPATH) < 0)
    return -1;
  return fs_unlink(path);
}

/* int chdir(const char *path): path must be a directory. */
int64 sys_chdir(void) {
  char path[MAXPATH];
  if (arg_str(0, path, MAXPATH) < 0)
    return -1;
  struct inode *ip = namei(path);
  if (ip == NULL)
    return -1;
  if (inode_type(ip) != T_DIR) {
    inode_put(ip);
    return -1;
  }
  struct proc *p = curproc();
  spin_lock(&p->lock); /* a sibling thread may chdir at once */
  struct inode *old = p->cwd;
  p->cwd = ip;
  spin_unlock(&p->lock);
  if (old != NULL)
    inode_put(old);
  return 0;
}
