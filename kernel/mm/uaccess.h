/* Copies between the kernel and the current process's user memory. They go
 * through the kernel's direct map of physical memory (no sstatus.SUM
 * toggling), break copy-on-write exactly as a user store would (rule 7), grow
 * the stack on demand, and fail with -1 on any address the process could not
 * access itself. */
#ifndef UACCESS_H
#define UACCESS_H
#include "lib/types.h"

int copyout(uint64 dst_uva, const void *src, size_t n);
int copyin(void *dst, uint64 src_uva, size_t n);
/* Copies a NUL-terminated string of at most max bytes (NUL included).
 * Returns its length, or -1 on a bad address or no NUL within max. */
int copyinstr(char *dst, uint64 src_uva, size_t max);
/* user_addr selects copyout/copyin (1) or a plain kernel memmove (0). */
int either_copyout(int user_dst, uint64 dst, const void *src, size_t n);
int either_copyin(void *dst, int user_src, uint64 src, size_t n);

#endif
