/* Tunables: every size and limit of the kernel, in one place. */
#ifndef PARAM_H
#define PARAM_H

#define NCPU 8                     /* most harts the kernel will start */
#define NPROC 128                  /* process slots */
#define NTHREAD 256                /* thread slots (each with a kernel stack) */
#define KSTACK_SIZE (16 * 1024)    /* per-thread kernel stack */
#define NOFILE 16                  /* open descriptors per process (xv6's limit) */
#define NFILE 256                  /* open files, system-wide */
#define MAXPATH 128                /* longest path, including the NUL */
#define DIRSIZ 14                  /* longest path component */
#define MAXARG 32                  /* most exec arguments */
#define MAXARGLEN 1024             /* longest exec argument, including the NUL */
#define PIPESIZE 4096              /* bytes buffered in a pipe */
#define TICK_HZ 100                /* timer interrupts per second per hart */
#define USTACK_LIMIT (1024 * 1024) /* user stack grows on demand up to this */
#define MAXFILEPAGES 512           /* largest in-memory file: 512 pages = 2 MiB */
#define IMAGE_SPARE_PAGES 256      /* free pages the boot image must leave (1 MiB) */

#define NINODE 1024      /* inode slots; inode number = slot index + 1 */
#define NDEV 10          /* device numbers (major) */
#define VM_MAX_SEGS 8    /* program segments per address space */
#define ELF_MAX_PHDRS 16 /* program headers exec reads */
#define PIPE_CHUNK 512   /* bytes a pipe copies to/from user per step */

/* Per-hart page cache: refill/drain this many pages at a time from the
 * shared pool; the cache holds at most PCP_HIGH. */
#define PCP_BATCH 32
#define PCP_HIGH 64

#endif
