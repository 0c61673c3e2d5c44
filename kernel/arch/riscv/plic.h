/* The platform-level interrupt controller (S-mode contexts). */
#ifndef PLIC_H
#define PLIC_H
#include "lib/types.h"

void plic_init(uint64 base_pa, int irq);
void plic_init_hart(uint64 hartid);
int plic_claim(uint64 hartid);
void plic_complete(uint64 hartid, int irq);

#endif
