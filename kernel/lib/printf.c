/* Kernel formatted output and panic. */
#include <stdarg.h>
#include "lib/printf.h"
#include "lib/types.h"

volatile uint32 panicked; /* set once by the first panic; other harts halt */

static void put_uint(uint64 v, int base, int width) {
  char buf[24];
  int i = 0;
  do {
    buf[i++] = "0123456789abcdef"[v % base];
    v /= base;
  } while (v);
  while (i < width)
    buf[i++] = '0';
  while (i)
    uart_putc_locked(buf[--i]);
}

static void put_str(const char *s) {
  if (!s)
    s = "(null)";
  while (*s)
    uart_putc_locked(*s++);
}

/* Formats one conversion at *fmt (after '%'); returns the next character. */
static const char *put_conv(const char *fmt, va_list *ap) {
  int lng = 0;
  while (*fmt == 'l') {
    lng = 1;
    fmt++;
  }
  switch (*fmt) {
  case 'd': {
    int64 v = lng ? va_arg(*ap, int64) : va_arg(*ap, int);
    if (v < 0) {
      uart_putc_locked('-');
      put_uint(-(uint64)v, 10, 0);
    } else {
      put_uint(v, 10, 0);
    }
    break;
  }
  case 'u':
    put_uint(lng ? va_arg(*ap, uint64) : va_arg(*ap, uint), 10, 0);
    break;
  case 'x':
    put_uint(lng ? va_arg(*ap, uint64) : va_arg(*ap, uint), 16, 0);
    break;
  case 'p':
    put_str("0x");
    put_uint(va_arg(*ap, uint64), 16, 16);
    break;
  case 's':
    put_str(va_arg(*ap, const char *));
    break;
  case 'c':
    uart_putc_locked(va_arg(*ap, int));
    break;
  case '%':
    uart_putc_locked('%');
    break;
  case 0:
    return fmt;
  default:
    uart_putc_locked('%');
    uart_putc_locked(*fmt);
  }
  return fmt + 1;
}

static void vkprintf(const char *fmt, va_list ap) {
  while (*fmt) {
    if (*fmt != '%') {
      uart_putc_locked(*fmt++);
      continue;
    }
    fmt = put_conv(fmt + 1, &ap);
  }
}

void kprintf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  uart_lock();
  vkprintf(fmt, ap);
  uart_unlock();
  va_end(ap);
}

void panic(const char *fmt, ...) {
  va_list ap;
  uint64 hartid = hart_stop();
  bool first = !__atomic_exchange_n(&panicked, 1, __ATOMIC_SEQ_CST);
  if (first)
    uart_panic_mode();
  va_start(ap, fmt);
  kprintf("panic: hart %d: ", (int)hartid);
  vkprintf(fmt, ap);
  va_end(ap);
  kprintf("\n");
  backtrace();
  hart_halt();
}
