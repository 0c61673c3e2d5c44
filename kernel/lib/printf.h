/* Kernel console output. kprintf holds the console lock for the whole call,
 * so lines from different harts never interleave mid-line.
 * Formats: %d %u %x %lx %ld %lu %p %s %c %%. */
#ifndef PRINTF_H
#define PRINTF_H

void kprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Prints "panic: hart H: <message>", a backtrace, and stops every hart. */
void panic(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

/* Assertion that names the function and the failed condition. */
#define KASSERT(cond)                                                                              \
  do {                                                                                             \
    if (!(cond))                                                                                   \
      panic("%s:%d: %s: assertion failed: %s", __FILE__, __LINE__, __func__, #cond);               \
  } while (0)

#endif
