/* NS16550A UART driver: polled output, interrupt-driven input. */
#ifndef UART_H
#define UART_H
#include "lib/types.h"

void uart_init(uint64 base_pa, int irq);
int uart_irq(void);
/* Writes n bytes, atomically with respect to other uart_write calls and to
 * kprintf (one console output lock), so lines do not interleave. */
void uart_write(const char *buf, int n);
/* Called from the trap handler on the UART's interrupt: hands every received
 * character to console_intr (dev/console.h). */
void uart_intr(void);
/* kprintf's output (uart_lock, uart_putc_locked, ...) is declared in
 * lib/printf.h, which the driver implements. */

#endif
