/* Memory and string helpers (the kernel's small libc). */
#ifndef KSTRING_H
#define KSTRING_H
#include "lib/types.h"

void *memset(void *dst, int c, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
/* The first c in s (the NUL itself for c == 0), or NULL. */
char *strchr(const char *s, int c);
int strncmp(const char *a, const char *b, size_t n);
/* Copies at most n-1 bytes and always NUL-terminates (n > 0). */
char *safestrcpy(char *dst, const char *src, size_t n);

#endif
