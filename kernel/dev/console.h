/* The console device (major CONSOLE_MAJOR): output to the UART, and
 * line-buffered, echoed input with simple editing. */
#ifndef CONSOLE_H
#define CONSOLE_H

/* Registers the console in the device switch. Called once at boot. */
void console_init(void);
/* Feeds one received character to the line discipline. Called from the
 * UART interrupt handler. */
void console_intr(int c);

#endif
