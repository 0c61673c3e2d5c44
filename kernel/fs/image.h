/* The boot image: files the Makefile links into the kernel (see
 * scripts/mkimage), unpacked into the root directory (and directories of
 * it) by fs_init. */
#ifndef IMAGE_H
#define IMAGE_H
#include "lib/types.h"

struct image_file {
  const char *name; /* "NAME" in "/" or "DIR/NAME" in "/DIR", each at most DIRSIZ bytes */
  const uint8 *data;
  uint64 size;
};

/* Terminated by an entry whose name is NULL. */
extern const struct image_file fs_image[];

#endif
