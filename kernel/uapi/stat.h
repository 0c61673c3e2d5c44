/* struct stat and open flags: the xv6 ABI's layouts (ABI.md). */
#ifndef UAPI_STAT_H
#define UAPI_STAT_H

#define T_DIR 1
#define T_FILE 2
#define T_DEVICE 3

struct stat {
  int dev;
  unsigned int ino;
  short type;
  short nlink;
  unsigned long size;
};

#define O_RDONLY 0x000
#define O_WRONLY 0x001
#define O_RDWR 0x002
#define O_CREATE 0x200
#define O_TRUNC 0x400

#define CONSOLE_MAJOR 1

#endif
