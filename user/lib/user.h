/* The user library: system-call stubs (xv6 ABI plus cowos extensions),
 * strings, formatted output and a malloc over sbrk. */
#ifndef USER_H
#define USER_H

typedef unsigned char uchar;
typedef unsigned short ushort;
typedef unsigned int uint;
typedef unsigned long uint64;
typedef unsigned long size_t;

#include "uapi/stat.h"
#include "uapi/syscall.h"
#include "uapi/vmstat.h"

#define NULL ((void *)0)

/* System calls: the xv6 ABI (numbers 1..21) and the extensions (22 and
 * up), declared from the one table in kernel/uapi/syscall.h. */
#define SYSCALL_DECL(num, name, how, ret, params) ret name params;
SYSCALLS(SYSCALL_DECL)
#undef SYSCALL_DECL
long syscall(long n, long a, long b, long c, long d, long e, long f); /* any call, raw */

/* Strings and memory. */
int stat(const char *path, struct stat *st);
char *strcpy(char *dst, const char *src);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
size_t strlen(const char *s);
char *strchr(const char *s, int c);
void *memset(void *dst, int c, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);
char *gets(char *buf, int max);
int atoi(const char *s);

/* Formatted output: %d %u %x %p %s %c %l{d,u,x} %%. Each call formats into
 * a buffer and issues one write, so lines from processes do not interleave. */
void printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void fprintf(int fd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int snprintf(char *buf, int size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Heap over sbrk. */
void *malloc(size_t n);
void free(void *p);

/* Read the 10 MHz time CSR (user mode may read it on cowos). */
static inline uint64 rdtime(void) {
  uint64 t;
  __asm__ volatile("rdtime %0" : "=r"(t));
  return t;
}

/* vmstat counter by index (enum vmstat_index); exits on failure. */
uint64 vmstat_get(int index);

#endif
