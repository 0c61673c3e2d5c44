/* NS16550A UART: output is polled (QEMU's UART never makes us wait long),
 * input is interrupt-driven and handed to the console line discipline. */
#include "dev/uart.h"
#include "lib/printf.h"
#include "dev/console.h"
#include "arch/riscv/memlayout.h"
#include "sync/spinlock.h"

#define RHR 0 /* receive holding (read) */
#define THR 0 /* transmit holding (write) */
#define IER 1 /* interrupt enable */
#define FCR 2 /* FIFO control */
#define LCR 3 /* line control */
#define LSR 5 /* line status */
#define IER_RX 0x01
#define FCR_ENABLE_CLEAR 0x07
#define LCR_8N1 0x03
#define LSR_RX_READY 0x01
#define LSR_TX_IDLE 0x20

static volatile uint8 *uart_regs; /* written once at boot */
static int uart_irq_num;          /* written once at boot */
static struct spinlock out_lock;  /* serialises all console output */
static bool panic_mode;           /* set once by panic; then no locking */

void uart_init(uint64 base_pa, int irq) {
  uart_regs = P2V(base_pa);
  uart_irq_num = irq;
  spin_init(&out_lock, "uart_out");
  uart_regs[IER] = 0;
  uart_regs[LCR] = LCR_8N1;
  uart_regs[FCR] = FCR_ENABLE_CLEAR;
  uart_regs[IER] = IER_RX;
}

int uart_irq(void) { return uart_irq_num; }

void uart_putc_locked(int c) {
  LOCK_ASSERT(panic_mode || spin_holding(&out_lock));
  while ((uart_regs[LSR] & LSR_TX_IDLE) == 0)
    ;
  uart_regs[THR] = (uint8)c;
}

void uart_lock(void) {
  if (!panic_mode)
    spin_lock(&out_lock);
}

void uart_unlock(void) {
  if (!panic_mode)
    spin_unlock(&out_lock);
}

void uart_panic_mode(void) { panic_mode = true; }

void uart_write(const char *buf, int n) {
  uart_lock();
  for (int i = 0; i < n; i++)
    uart_putc_locked(buf[i]);
  uart_unlock();
}

void uart_intr(void) {
  while (uart_regs[LSR] & LSR_RX_READY)
    console_intr(uart_regs[RHR]);
}
