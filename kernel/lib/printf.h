/* Kernel console output. kprintf holds the console lock for the whole call,
 * so lines from different harts never interleave mid-line.
 * Formats: %d %u %x %lx %ld %lu %p %s %c %%. */
#ifndef PRINTF_H
#define PRINTF_H

void kprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Prints "panic: hart H: <message>", a backtrace, and stops every hart. */
void panic(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

/* What kprintf and panic need from the layers above lib, declared here so
 * that lib includes nothing of theirs (the one place lib calls out):
 * console output from dev/uart.c, one lock held across a whole message,
 * taken no more once a panic began (the holder may be dead); and the hart
 * from arch/riscv: stopping it (interrupts off; returns its hart id), its
 * backtrace (arch/riscv/backtrace.c: "backtrace:" and a line per frame
 * above the caller's, innermost first, named from the kernel's symbol
 * table; it stops at a frame pointer that is not a kernel address or does
 * not grow, or after 24 frames) and halting it for good. */
void uart_lock(void);
void uart_unlock(void);
void uart_putc_locked(int c);
void uart_panic_mode(void);
unsigned long hart_stop(void);
void backtrace(void);
void hart_halt(void) __attribute__((noreturn));

/* Assertion that names the function and the failed condition. */
#define KASSERT(cond)                                                                              \
  do {                                                                                             \
    if (!(cond))                                                                                   \
      panic("%s:%d: %s: assertion failed: %s", __FILE__, __LINE__, __func__, #cond);               \
  } while (0)

#endif
