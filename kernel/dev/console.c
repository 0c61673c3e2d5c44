/* The console device: writes go straight to the UART; reads return whole
 * lines typed by the user, edited in an input ring (backspace, ctrl-U kills
 * the line, ctrl-D ends input, CR becomes newline) and echoed as typed.
 * Ctrl-P prints every thread and hart (a debug aid). */
#include "dev/console.h"
#include "dev/uart.h"
#include "fs/file.h"
#include "mm/uaccess.h"
#include "sync/spinlock.h"
#include "sync/wait.h"
#include "uapi/stat.h"

#define CTRL(c) ((c) - '@')
#define KEY_BACKSPACE '\b'
#define KEY_DELETE 0x7f
#define INPUT_SIZE 128 /* bytes of typed input buffered */
#define CONS_CHUNK 128 /* bytes copied to/from user per step */

static struct {
  struct spinlock lock;
  /* lock must be held when using these. Indices grow without bound and
   * are taken modulo INPUT_SIZE; r <= w <= e <= r + INPUT_SIZE. */
  char buf[INPUT_SIZE];
  uint64 r; /* next byte a reader takes; readers wait on &r */
  uint64 w; /* end of committed input (complete lines, ctrl-D) */
  uint64 e; /* end of the line being edited */
} cons;

/* Writes n bytes from user address addr to the UART. Returns the count,
 * or -1 if none could be copied. */
static int console_write(uint64 addr, int n) {
  char kbuf[CONS_CHUNK];
  int done = 0;
  while (done < n) {
    int m = n - done < CONS_CHUNK ? n - done : CONS_CHUNK;
    if (copyin(kbuf, addr + done, m) < 0)
      return done > 0 ? done : -1;
    uart_write(kbuf, m);
    done += m;
  }
  return done;
}

/* Moves committed input into dst (at most max bytes), stopping after a
 * newline or before a ctrl-D; a ctrl-D found with nothing taken yet is
 * consumed (end of input: returns 0). Returns the count. Caller holds
 * cons.lock. */
static int console_take(char *dst, int max) {
  int m = 0;
  while (m < max && cons.r != cons.w) {
    char c = cons.buf[cons.r % INPUT_SIZE];
    if (c == CTRL('D')) {
      if (m == 0)
        cons.r++;
      break;
    }
    dst[m++] = c;
    cons.r++;
    if (c == '\n')
      break;
  }
  return m;
}

/* Waits for a committed line (or end of input), then copies up to n bytes
 * of it to user address addr. Returns the count, 0 at end of input, or -1
 * if killed or nothing could be copied out. */
static int console_read(uint64 addr, int n) {
  char kbuf[CONS_CHUNK];
  spin_lock(&cons.lock);
  while (cons.r == cons.w) {
    if (!sleep_killable(&cons.r, &cons.lock)) {
      spin_unlock(&cons.lock);
      return -1;
    }
  }
  int m = console_take(kbuf, n < CONS_CHUNK ? n : CONS_CHUNK);
  spin_unlock(&cons.lock);
  if (m > 0 && copyout(addr, kbuf, m) < 0)
    return -1;
  return m;
}

/* Echoes one character as typed. Caller holds cons.lock. */
static void console_echo(int c) {
  if (c == KEY_BACKSPACE) {
    uart_write("\b \b", 3);
  } else {
    char ch = c;
    uart_write(&ch, 1);
  }
}

/* Erases the last edited character, if any. Caller holds cons.lock. */
static void console_erase(void) {
  if (cons.e != cons.w) {
    cons.e--;
    console_echo(KEY_BACKSPACE);
  }
}

/* Appends c to the line being edited and commits the line when it ends
 * (newline, ctrl-D, buffer full). Caller holds cons.lock. */
static void console_append(int c) {
  if (c == 0 || cons.e - cons.r >= INPUT_SIZE)
    return;
  if (c == '\r')
    c = '\n';
  if (c != CTRL('D'))
    console_echo(c);
  cons.buf[cons.e++ % INPUT_SIZE] = c;
  if (c == '\n' || c == CTRL('D') || cons.e - cons.r == INPUT_SIZE) {
    cons.w = cons.e;
    wakeup(&cons.r);
  }
}

/* See console.h. */
void console_intr(int c) {
  if (c == CTRL('P')) { /* debug aid: list every thread, like xv6's ^P */
    thread_dump();
    return;
  }
  spin_lock(&cons.lock);
  switch (c) {
  case CTRL('U'):
    while (cons.e != cons.w) /* the edited line holds no newline */
      console_erase();
    break;
  case KEY_BACKSPACE:
  case KEY_DELETE:
    console_erase();
    break;
  default:
    console_append(c);
    break;
  }
  spin_unlock(&cons.lock);
}

/* See console.h. */
void console_init(void) {
  spin_init(&cons.lock, "console");
  dev_register(CONSOLE_MAJOR, console_read, console_write);
}
