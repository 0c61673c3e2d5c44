/* Formatted output: printf, fprintf and snprintf over one formatter.
 * Output to a descriptor collects in a 512-byte buffer and goes out in one
 * write per call (longer output in buffer-sized chunks), so lines printed
 * by concurrent processes do not interleave. */
#include <stdarg.h>
#include "user.h"

#define OUTBUF 512

/* A destination: a descriptor (fd >= 0, flushed when full) or a string
 * (fd < 0, truncated at cap). */
struct out {
  char *buf;
  int cap;
  int len;
  int fd;
  int total; /* characters produced, including any truncated */
};

/* One conversion's flags: %[-][0][width][l|ll|z]c. */
struct spec {
  int left;
  int zero;
  int width;
  int islong;
};

/* Writes out what is buffered for a descriptor destination. */
static void out_flush(struct out *o) {
  if (o->fd >= 0 && o->len > 0)
    write(o->fd, o->buf, o->len);
  o->len = 0;
}

/* Appends one character, flushing or truncating when the buffer is full. */
static void out_char(struct out *o, char c) {
  o->total++;
  if (o->len == o->cap) {
    if (o->fd < 0)
      return;
    out_flush(o);
  }
  o->buf[o->len++] = c;
}

/* Appends n copies of c. */
static void out_repeat(struct out *o, char c, int n) {
  while (n-- > 0)
    out_char(o, c);
}

/* Appends prefix and body padded to the spec's width. */
static void out_field(struct out *o, const char *pre, const char *s, int n, const struct spec *sp) {
  int plen = strlen(pre);
  int pad = sp->width - plen - n;
  if (!sp->left && !sp->zero)
    out_repeat(o, ' ', pad);
  while (*pre)
    out_char(o, *pre++);
  if (!sp->left && sp->zero)
    out_repeat(o, '0', pad);
  while (n-- > 0)
    out_char(o, *s++);
  if (sp->left)
    out_repeat(o, ' ', pad);
}

/* Appends v in the given base with an optional prefix ("-" or "0x"). */
static void out_number(struct out *o, uint64 v, int base, const char *pre, const struct spec *sp) {
  char digits[24];
  int i = sizeof(digits);
  do {
    digits[--i] = "0123456789abcdef"[v % base];
    v /= base;
  } while (v != 0);
  out_field(o, pre, digits + i, sizeof(digits) - i, sp);
}

/* Handles %d: takes an int or a long as the spec says. */
static void out_signed(struct out *o, va_list *ap, const struct spec *sp) {
  long v = sp->islong ? va_arg(*ap, long) : va_arg(*ap, int);
  if (v < 0)
    out_number(o, -(uint64)v, 10, "-", sp);
  else
    out_number(o, v, 10, "", sp);
}

/* Handles %u and %x: takes an unsigned int or unsigned long. */
static void out_unsigned(struct out *o, va_list *ap, int base, const struct spec *sp) {
  uint64 v = sp->islong ? va_arg(*ap, unsigned long) : va_arg(*ap, unsigned int);
  out_number(o, v, base, "", sp);
}

/* Handles %s; a NULL string prints as "(null)". */
static void out_string(struct out *o, const char *s, const struct spec *sp) {
  if (s == NULL)
    s = "(null)";
  out_field(o, "", s, strlen(s), sp);
}

/* Parses the flags after '%'; returns a pointer to the conversion letter. */
static const char *parse_spec(const char *f, struct spec *sp) {
  memset(sp, 0, sizeof(*sp));
  for (;; f++) {
    if (*f == '-')
      sp->left = 1;
    else if (*f == '0')
      sp->zero = 1;
    else
      break;
  }
  while (*f >= '0' && *f <= '9')
    sp->width = sp->width * 10 + (*f++ - '0');
  while (*f == 'l' || *f == 'z') {
    sp->islong = 1;
    f++;
  }
  return f;
}

/* Runs the conversion at c; unknown ones are printed as they stand. */
static void out_conversion(struct out *o, char c, va_list *ap, const struct spec *sp) {
  char ch;
  switch (c) {
  case 'd':
    out_signed(o, ap, sp);
    break;
  case 'u':
    out_unsigned(o, ap, 10, sp);
    break;
  case 'x':
    out_unsigned(o, ap, 16, sp);
    break;
  case 'p':
    out_number(o, (uint64)va_arg(*ap, void *), 16, "0x", sp);
    break;
  case 's':
    out_string(o, va_arg(*ap, const char *), sp);
    break;
  case 'c':
    ch = (char)va_arg(*ap, int);
    out_field(o, "", &ch, 1, sp);
    break;
  case '%':
    out_char(o, '%');
    break;
  default:
    out_char(o, '%');
    if (c)
      out_char(o, c);
    break;
  }
}

/* Formats fmt with ap into o. */
static void format(struct out *o, const char *fmt, va_list ap) {
  struct spec sp;
  va_list args;
  va_copy(args, ap);
  while (*fmt) {
    if (*fmt != '%') {
      out_char(o, *fmt++);
      continue;
    }
    fmt = parse_spec(fmt + 1, &sp);
    out_conversion(o, *fmt, &args, &sp);
    if (*fmt)
      fmt++;
  }
  va_end(args);
}

/* Formats to descriptor fd with one write per 512 bytes of output. */
static void print_fd(int fd, const char *fmt, va_list ap) {
  char buf[OUTBUF];
  struct out o = {buf, sizeof(buf), 0, fd, 0};
  format(&o, fmt, ap);
  out_flush(&o);
}

/* Prints to standard output. */
void printf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  print_fd(1, fmt, ap);
  va_end(ap);
}

/* Prints to descriptor fd. */
void fprintf(int fd, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  print_fd(fd, fmt, ap);
  va_end(ap);
}

/* Formats into buf, truncating to size-1 characters plus a NUL; returns
 * the length the whole output would have had (as C's snprintf). */
int snprintf(char *buf, int size, const char *fmt, ...) {
  va_list ap;
  struct out o = {buf, size > 0 ? size - 1 : 0, 0, -1, 0};
  va_start(ap, fmt);
  format(&o, fmt, ap);
  va_end(ap);
  if (size > 0)
    buf[o.len] = 0;
  return o.total;
}
