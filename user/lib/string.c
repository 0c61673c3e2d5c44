/* String and memory routines for user programs. */
#include "user.h"

/* Keeps GCC from turning the loops below into calls to themselves. */
#define NO_LIBCALL __attribute__((optimize("no-tree-loop-distribute-patterns")))

/* Copies src (with its NUL) to dst; returns dst. */
char *strcpy(char *dst, const char *src) {
  char *d = dst;
  while ((*d++ = *src++) != 0)
    ;
  return dst;
}

/* Returns <0, 0 or >0 as a sorts before, equal to or after b. */
int strcmp(const char *a, const char *b) {
  while (*a && *a == *b) {
    a++;
    b++;
  }
  return (uchar)*a - (uchar)*b;
}

/* Like strcmp but looks at no more than n characters. */
int strncmp(const char *a, const char *b, size_t n) {
  for (; n > 0; n--, a++, b++) {
    if (*a != *b || *a == 0)
      return (uchar)*a - (uchar)*b;
  }
  return 0;
}

/* Returns the number of characters before the NUL. */
size_t strlen(const char *s) {
  const char *p = s;
  while (*p)
    p++;
  return p - s;
}

/* Returns the first c in s (the NUL itself when c is 0), or NULL. */
char *strchr(const char *s, int c) {
  for (;; s++) {
    if (*s == (char)c)
      return (char *)s;
    if (*s == 0)
      return NULL;
  }
}

/* A word that may alias any object, for the word-at-a-time loops. */
typedef uint64 __attribute__((may_alias)) word_t;
#define WORD sizeof(word_t)

/* Returns 1 if p is word-aligned. */
static int aligned(const void *p) { return ((uint64)p & (WORD - 1)) == 0; }

/* Fills n bytes of dst with c, a word at a time where aligned; returns dst. */
NO_LIBCALL void *memset(void *dst, int c, size_t n) {
  uchar *d = dst;
  for (; n > 0 && !aligned(d); n--)
    *d++ = (uchar)c;
  word_t pattern = (uchar)c * 0x0101010101010101UL;
  for (; n >= WORD; n -= WORD, d += WORD)
    *(word_t *)d = pattern;
  while (n-- > 0)
    *d++ = (uchar)c;
  return dst;
}

/* Copies n bytes from low to high addresses, by words when both pointers
 * share an alignment. */
NO_LIBCALL static void copy_up(uchar *d, const uchar *s, size_t n) {
  if (aligned((void *)((uint64)d ^ (uint64)s))) {
    for (; n > 0 && !aligned(d); n--)
      *d++ = *s++;
    for (; n >= WORD; n -= WORD, d += WORD, s += WORD)
      *(word_t *)d = *(const word_t *)s;
  }
  while (n-- > 0)
    *d++ = *s++;
}

/* Copies n bytes from high to low addresses (for dst above src), by words
 * when both pointers share an alignment. */
NO_LIBCALL static void copy_down(uchar *d, const uchar *s, size_t n) {
  d += n;
  s += n;
  if (aligned((void *)((uint64)d ^ (uint64)s))) {
    for (; n > 0 && !aligned(d); n--)
      *--d = *--s;
    for (; n >= WORD; n -= WORD) {
      d -= WORD;
      s -= WORD;
      *(word_t *)d = *(const word_t *)s;
    }
  }
  while (n-- > 0)
    *--d = *--s;
}

/* Copies n bytes, correct for overlapping ranges; returns dst. */
void *memmove(void *dst, const void *src, size_t n) {
  if ((uchar *)dst <= (const uchar *)src || (uchar *)dst >= (const uchar *)src + n)
    copy_up(dst, src, n);
  else
    copy_down(dst, src, n);
  return dst;
}

/* Copies n bytes (ranges may overlap; this is memmove); returns dst. */
void *memcpy(void *dst, const void *src, size_t n) { return memmove(dst, src, n); }

/* Returns <0, 0 or >0 comparing the first n bytes as unsigned. */
int memcmp(const void *a, const void *b, size_t n) {
  const uchar *x = a, *y = b;
  for (; n > 0; n--, x++, y++) {
    if (*x != *y)
      return *x - *y;
  }
  return 0;
}
