/* Memory and string helpers. memcpy/memmove/memset use 64-bit words when
 * the pointers allow it: page copies and clears are on the fault path. */
#include "lib/string.h"

/* Words when the pointer and length allow, eight stores per loop branch
 * over whole 64-byte blocks: every page-table page and zeroed page. */
void *memset(void *dst, int c, size_t n) {
  uint8 *d = dst;
  if ((((uint64)d | n) & 7) == 0) {
    uint64 w = (uint8)c;
    w |= w << 8;
    w |= w << 16;
    w |= w << 32;
    uint64 *p = (uint64 *)d, *blocks = p + (n & ~63UL) / 8, *end = p + n / 8;
    for (; p < blocks; p += 8) {
#pragma GCC unroll 8
      for (int k = 0; k < 8; k++)
        p[k] = w;
    }
    while (p < end)
      *p++ = w;
    return dst;
  }
  while (n--)
    *d++ = (uint8)c;
  return dst;
}

void *memmove(void *dst, const void *src, size_t n) {
  uint8 *d = dst;
  const uint8 *s = src;
  if (d == s || n == 0)
    return dst;
  if (d < s || d >= s + n)
    return memcpy(dst, src, n);
  while (n--)
    d[n] = s[n];
  return dst;
}

/* Word copy when both ends are 8-byte aligned: unrolled by eight (one
 * loop branch per 64 bytes) over whole blocks, as in every page copy, then
 * words and bytes for the rest (a trapframe, a stat). */
void *memcpy(void *dst, const void *src, size_t n) {
  uint8 *d = dst;
  const uint8 *s = src;
  if ((((uint64)d | (uint64)s) & 7) == 0) {
    uint64 *dw = (uint64 *)d;
    const uint64 *sw = (const uint64 *)s;
    for (const uint64 *end = sw + (n & ~63UL) / 8; sw < end; dw += 8, sw += 8) {
      uint64 a = sw[0], b = sw[1], c = sw[2], e = sw[3];
      uint64 f = sw[4], g = sw[5], h = sw[6], i = sw[7];
      dw[0] = a;
      dw[1] = b;
      dw[2] = c;
      dw[3] = e;
      dw[4] = f;
      dw[5] = g;
      dw[6] = h;
      dw[7] = i;
    }
    for (n &= 63; n >= 8; n -= 8)
      *dw++ = *sw++;
    d = (uint8 *)dw;
    s = (const uint8 *)sw;
  }
  while (n--)
    *d++ = *s++;
  return dst;
}

int memcmp(const void *a, const void *b, size_t n) {
  const uint8 *x = a, *y = b;
  for (; n; n--, x++, y++)
    if (*x != *y)
      return *x - *y;
  return 0;
}

size_t strlen(const char *s) {
  size_t n = 0;
  while (s[n])
    n++;
  return n;
}

char *strchr(const char *s, int c) {
  for (; *s; s++)
    if (*s == (char)c)
      return (char *)s;
  return c == 0 ? (char *)s : NULL;
}

int strncmp(const char *a, const char *b, size_t n) {
  for (; n && *a && *a == *b; n--, a++, b++)
    ;
  return n ? (uint8)*a - (uint8)*b : 0;
}

char *safestrcpy(char *dst, const char *src, size_t n) {
  size_t i = 0;
  for (; i + 1 < n && src[i]; i++)
    dst[i] = src[i];
  if (n)
    dst[i] = 0;
  return dst;
}
