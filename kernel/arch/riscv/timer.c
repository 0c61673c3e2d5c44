/* Timer programming: the tick interval from the device tree's timebase,
 * next deadlines by SBI set_timer. */
#include "arch/riscv/timer.h"
#include "arch/riscv/cpu.h"
#include "arch/riscv/sbi.h"
#include "lib/dtb.h"
#include "param.h"

static uint64 tick_interval; /* timebase units per tick; set once at boot */
static uint64 boot_time;     /* the time CSR at boot; set once at boot */

void timer_init_hart(void) {
  if (mycpu()->id == 0) {
    tick_interval = machine.timebase_hz / TICK_HZ;
    boot_time = r_time();
  }
  sbi_set_timer(r_time() + tick_interval);
}

bool timer_intr(uint64 *ticks) {
  uint64 now = r_time();
  if (mycpu()->id != 0) {
    sbi_set_timer(now + tick_interval);
    return false;
  }
  uint64 t = (now - boot_time) / tick_interval;
  /* The next tick boundary, not now + interval: no drift. */
  sbi_set_timer(boot_time + (t + 1) * tick_interval);
  *ticks = t;
  return true;
}
