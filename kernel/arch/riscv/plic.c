/* PLIC on QEMU virt: hart h's S-mode context is 2h+1. Register offsets from
 * the RISC-V PLIC specification. */
#include "arch/riscv/plic.h"
#include "arch/riscv/memlayout.h"

#define PRIORITY(irq) (4 * (irq))
#define SENABLE(ctx) (0x2000 + 0x80 * (ctx))
#define STHRESHOLD(ctx) (0x200000 + 0x1000 * (ctx))
#define SCLAIM(ctx) (0x200004 + 0x1000 * (ctx))
#define SCONTEXT(hart) (2 * (hart) + 1)

static volatile uint8 *plic; /* written once at boot */
static int enabled_irq;      /* the one source we use: the UART */

static volatile uint32 *reg(uint64 off) { return (volatile uint32 *)(plic + off); }

void plic_init(uint64 base_pa, int irq) {
  plic = P2V(base_pa);
  enabled_irq = irq;
  *reg(PRIORITY(irq)) = 1;
}

void plic_init_hart(uint64 hartid) {
  *reg(SENABLE(SCONTEXT(hartid)) + 4 * (enabled_irq / 32)) = 1U << (enabled_irq % 32);
  *reg(STHRESHOLD(SCONTEXT(hartid))) = 0;
}

int plic_claim(uint64 hartid) { return *reg(SCLAIM(SCONTEXT(hartid))); }

void plic_complete(uint64 hartid, int irq) { *reg(SCLAIM(SCONTEXT(hartid))) = irq; }
