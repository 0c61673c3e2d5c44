/* The per-hart structures, their boot stacks and the threads' kernel
 * stacks. */
#include "arch/riscv/cpu.h"
#include "lib/printf.h"

struct cpu cpus[NCPU];
int ncpu = 1;
/* Scheduler stacks, taken by entry.S (one per hart). */
char cpu_stacks[NCPU][KSTACK_SIZE] __attribute__((aligned(16)));
/* Thread kernel stacks, thread slot i on kstacks[i] (see cpu.h). */
char kstacks[NTHREAD][KSTACK_SIZE] __attribute__((aligned(16)));

uint64 stat_sum(int idx) {
  uint64 n = 0;
  for (int i = 0; i < ncpu; i++)
    n += __atomic_load_n(&cpus[i].stats[idx], __ATOMIC_RELAXED);
  return n;
}

/* panic's hart services (lib/printf.h). */
unsigned long hart_stop(void) {
  intr_off();
  return mycpu()->hartid;
}

void hart_halt(void) {
  for (;;)
    wfi();
}
