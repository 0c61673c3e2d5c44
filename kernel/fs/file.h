/* Open-file objects (what a descriptor points to), the system-wide file
 * table, and the device switch that routes device files to their drivers. */
#ifndef FILE_H
#define FILE_H
#include "lib/types.h"
#include "param.h"

struct inode;
struct pipe;

enum file_type { FD_NONE, FD_INODE, FD_PIPE, FD_DEVICE };

struct file {
  /* The file-table lock (fs/file.c) must be held when using this: */
  int ref; /* descriptors (in any process) naming this file */

  /* Set by whoever allocated the file before it is shared, then
   * read-only until the last close: */
  enum file_type type;
  bool readable;
  bool writable;
  struct pipe *pipe; /* FD_PIPE */
  struct inode *ip;  /* FD_INODE, FD_DEVICE (holds a reference) */
  short major;       /* FD_DEVICE */

  /* ip->lock must be held when using this (FD_INODE only): */
  uint64 off;
};

/* Initialises the file table. Called once at boot (by fs_init). */
void file_init(void);
/* Returns a file with ref 1 and type FD_NONE, or NULL if the table is
 * full. The caller fills in the rest before sharing it. */
struct file *file_alloc(void);
/* Adds a reference; returns f. Caller holds one. */
struct file *file_dup(struct file *f);
/* Drops a reference; the last one closes the pipe end or puts the inode.
 * Caller holds one; no lock held. */
void file_close(struct file *f);
/* Read/write n bytes at user address addr. Return the byte count (0 for
 * n == 0 or end of file), or -1 (not readable/writable, bad address with
 * nothing done, killed, broken pipe, ...). */
int file_read(struct file *f, uint64 addr, int n);
int file_write(struct file *f, uint64 addr, int n);
/* Copies a struct stat to user address addr. 0, or -1 (pipe, bad
 * address). */
int file_stat(struct file *f, uint64 addr);

/* The device switch: drivers for T_DEVICE files, indexed by major. Each
 * function moves n bytes to/from user address addr and returns the count
 * or -1. */
struct devsw {
  int (*read)(uint64 addr, int n);
  int (*write)(uint64 addr, int n);
};
/* Installs a driver at boot, before any process runs. */
void dev_register(int major, int (*read)(uint64, int), int (*write)(uint64, int));
/* Returns true if major has a driver. */
bool dev_exists(int major);

#endif
