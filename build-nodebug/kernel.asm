
build-nodebug/kernel.elf:     file format elf64-littleriscv


Disassembly of section .text:

ffffffc080200000 <_start>:
#define SATP_SV39 (8 << 60)

.section .text.boot
.globl _start
_start:
	mv s0, a0
ffffffc080200000:	842a                	mv	s0,a0
	mv s1, a1
ffffffc080200002:	84ae                	mv	s1,a1
	li s2, 0                  /* the boot hart is cpu 0 */
ffffffc080200004:	4901                	li	s2,0
	call enable_paging
ffffffc080200006:	044000ef          	jal	ffffffc08020004a <enable_paging>
	/* Clear .bss (upper-half addresses now). */
	la t0, kernel_bss_start
ffffffc08020000a:	0027a297          	auipc	t0,0x27a
ffffffc08020000e:	03628293          	add	t0,t0,54 # ffffffc08047a040 <enabled_irq>
	la t1, kernel_bss_end
ffffffc080200012:	004bf317          	auipc	t1,0x4bf
ffffffc080200016:	c5e30313          	add	t1,t1,-930 # ffffffc0806bec70 <kernel_bss_end>
1:	bgeu t0, t1, 2f
ffffffc08020001a:	0062f663          	bgeu	t0,t1,ffffffc080200026 <_start+0x26>
	sd zero, 0(t0)
ffffffc08020001e:	0002b023          	sd	zero,0(t0)
	addi t0, t0, 8
ffffffc080200022:	02a1                	add	t0,t0,8
	j 1b
ffffffc080200024:	bfdd                	j	ffffffc08020001a <_start+0x1a>
2:	call take_stack
ffffffc080200026:	050000ef          	jal	ffffffc080200076 <take_stack>
	mv a0, s0
ffffffc08020002a:	8522                	mv	a0,s0
	mv a1, s1
ffffffc08020002c:	85a6                	mv	a1,s1
	call kmain
ffffffc08020002e:	637030ef          	jal	ffffffc080203e64 <kmain>
	j halt
ffffffc080200032:	a8b1                	j	ffffffc08020008e <halt>

ffffffc080200034 <secondary_start>:

.globl secondary_start
secondary_start:
	mv s0, a0
ffffffc080200034:	842a                	mv	s0,a0
	mv s2, a1
ffffffc080200036:	892e                	mv	s2,a1
	call enable_paging
ffffffc080200038:	012000ef          	jal	ffffffc08020004a <enable_paging>
	call take_stack
ffffffc08020003c:	03a000ef          	jal	ffffffc080200076 <take_stack>
	mv a0, s0
ffffffc080200040:	8522                	mv	a0,s0
	mv a1, s2
ffffffc080200042:	85ca                	mv	a1,s2
	call kmain_secondary
ffffffc080200044:	10c040ef          	jal	ffffffc080204150 <kmain_secondary>
	j halt
ffffffc080200048:	a099                	j	ffffffc08020008e <halt>

ffffffc08020004a <enable_paging>:

/* Runs at the physical address; returns at the upper-half alias of ra. */
enable_paging:
	lla t0, kernel_pagetable
ffffffc08020004a:	00279297          	auipc	t0,0x279
ffffffc08020004e:	fb628293          	add	t0,t0,-74 # ffffffc080479000 <kernel_pagetable>
	srli t0, t0, 12
ffffffc080200052:	00c2d293          	srl	t0,t0,0xc
	li t1, SATP_SV39
ffffffc080200056:	fff0031b          	addw	t1,zero,-1
ffffffc08020005a:	137e                	sll	t1,t1,0x3f
	or t0, t0, t1
ffffffc08020005c:	0062e2b3          	or	t0,t0,t1
	sfence.vma zero, zero
ffffffc080200060:	12000073          	sfence.vma
	csrw satp, t0
ffffffc080200064:	18029073          	csrw	satp,t0
	sfence.vma zero, zero
ffffffc080200068:	12000073          	sfence.vma
	li t0, 0xFFFFFFC000000000
ffffffc08020006c:	fff0029b          	addw	t0,zero,-1
ffffffc080200070:	129a                	sll	t0,t0,0x26
	add ra, ra, t0
ffffffc080200072:	9096                	add	ra,ra,t0
	ret
ffffffc080200074:	8082                	ret

ffffffc080200076 <take_stack>:

/* sp = top of cpu s2's scheduler stack; fp = 0 ends backtraces. The C
 * entry points set tp (this hart's struct cpu) themselves. */
take_stack:
	la sp, cpu_stacks
ffffffc080200076:	00294117          	auipc	sp,0x294
ffffffc08020007a:	9ca10113          	add	sp,sp,-1590 # ffffffc080493a40 <cpu_stacks>
	li t0, KSTACK_SIZE
ffffffc08020007e:	6291                	lui	t0,0x4
	addi t1, s2, 1
ffffffc080200080:	00190313          	add	t1,s2,1
	mul t1, t1, t0
ffffffc080200084:	02530333          	mul	t1,t1,t0
	add sp, sp, t1
ffffffc080200088:	911a                	add	sp,sp,t1
	li s0, 0
ffffffc08020008a:	4401                	li	s0,0
	ret
ffffffc08020008c:	8082                	ret

ffffffc08020008e <halt>:

halt:
	wfi
ffffffc08020008e:	10500073          	wfi
	j halt
ffffffc080200092:	bff5                	j	ffffffc08020008e <halt>

ffffffc080200094 <plic_init>:
static volatile uint8 *plic;  /* written once at boot */
static int enabled_irq;       /* the one source we use: the UART */

static volatile uint32 *reg(uint64 off) { return (volatile uint32 *)(plic + off); }

void plic_init(uint64 base_pa, int irq) {
ffffffc080200094:	1141                	add	sp,sp,-16
  plic = P2V(base_pa);
ffffffc080200096:	577d                	li	a4,-1
void plic_init(uint64 base_pa, int irq) {
ffffffc080200098:	e422                	sd	s0,8(sp)
  plic = P2V(base_pa);
ffffffc08020009a:	171a                	sll	a4,a4,0x26
void plic_init(uint64 base_pa, int irq) {
ffffffc08020009c:	0800                	add	s0,sp,16
  plic = P2V(base_pa);
ffffffc08020009e:	953a                	add	a0,a0,a4
  enabled_irq = irq;
  *reg(PRIORITY(irq)) = 1;
}
ffffffc0802000a0:	6422                	ld	s0,8(sp)
  plic = P2V(base_pa);
ffffffc0802000a2:	0027a717          	auipc	a4,0x27a
ffffffc0802000a6:	faa73323          	sd	a0,-90(a4) # ffffffc08047a048 <plic>
  enabled_irq = irq;
ffffffc0802000aa:	0027a717          	auipc	a4,0x27a
ffffffc0802000ae:	f8b72b23          	sw	a1,-106(a4) # ffffffc08047a040 <enabled_irq>
  *reg(PRIORITY(irq)) = 1;
ffffffc0802000b2:	0025979b          	sllw	a5,a1,0x2
static volatile uint32 *reg(uint64 off) { return (volatile uint32 *)(plic + off); }
ffffffc0802000b6:	97aa                	add	a5,a5,a0
  *reg(PRIORITY(irq)) = 1;
ffffffc0802000b8:	4705                	li	a4,1
ffffffc0802000ba:	c398                	sw	a4,0(a5)
}
ffffffc0802000bc:	0141                	add	sp,sp,16
ffffffc0802000be:	8082                	ret

ffffffc0802000c0 <plic_init_hart>:

void plic_init_hart(uint64 hartid) {
ffffffc0802000c0:	1141                	add	sp,sp,-16
ffffffc0802000c2:	e422                	sd	s0,8(sp)
ffffffc0802000c4:	0800                	add	s0,sp,16
  *reg(SENABLE(SCONTEXT(hartid)) + 4 * (enabled_irq / 32)) = 1U << (enabled_irq % 32);
ffffffc0802000c6:	0027a617          	auipc	a2,0x27a
ffffffc0802000ca:	f7a62603          	lw	a2,-134(a2) # ffffffc08047a040 <enabled_irq>
ffffffc0802000ce:	41f6579b          	sraw	a5,a2,0x1f
ffffffc0802000d2:	01b7d79b          	srlw	a5,a5,0x1b
ffffffc0802000d6:	9fb1                	addw	a5,a5,a2
ffffffc0802000d8:	4057d79b          	sraw	a5,a5,0x5
ffffffc0802000dc:	00851713          	sll	a4,a0,0x8
ffffffc0802000e0:	0027979b          	sllw	a5,a5,0x2
ffffffc0802000e4:	6689                	lui	a3,0x2
ffffffc0802000e6:	97ba                	add	a5,a5,a4
ffffffc0802000e8:	08068693          	add	a3,a3,128 # 2080 <KERNEL_PA-0x801fdf80>
ffffffc0802000ec:	97b6                	add	a5,a5,a3
ffffffc0802000ee:	4685                	li	a3,1
static volatile uint32 *reg(uint64 off) { return (volatile uint32 *)(plic + off); }
ffffffc0802000f0:	0027a717          	auipc	a4,0x27a
ffffffc0802000f4:	f5873703          	ld	a4,-168(a4) # ffffffc08047a048 <plic>
  *reg(SENABLE(SCONTEXT(hartid)) + 4 * (enabled_irq / 32)) = 1U << (enabled_irq % 32);
ffffffc0802000f8:	00c696bb          	sllw	a3,a3,a2
  *reg(STHRESHOLD(SCONTEXT(hartid))) = 0;
ffffffc0802000fc:	0536                	sll	a0,a0,0xd
ffffffc0802000fe:	00201637          	lui	a2,0x201
}
ffffffc080200102:	6422                	ld	s0,8(sp)
static volatile uint32 *reg(uint64 off) { return (volatile uint32 *)(plic + off); }
ffffffc080200104:	97ba                	add	a5,a5,a4
  *reg(STHRESHOLD(SCONTEXT(hartid))) = 0;
ffffffc080200106:	9532                	add	a0,a0,a2
  *reg(SENABLE(SCONTEXT(hartid)) + 4 * (enabled_irq / 32)) = 1U << (enabled_irq % 32);
ffffffc080200108:	c394                	sw	a3,0(a5)
static volatile uint32 *reg(uint64 off) { return (volatile uint32 *)(plic + off); }
ffffffc08020010a:	972a                	add	a4,a4,a0
  *reg(STHRESHOLD(SCONTEXT(hartid))) = 0;
ffffffc08020010c:	00072023          	sw	zero,0(a4)
}
ffffffc080200110:	0141                	add	sp,sp,16
ffffffc080200112:	8082                	ret

ffffffc080200114 <plic_claim>:

int plic_claim(uint64 hartid) { return *reg(SCLAIM(SCONTEXT(hartid))); }
ffffffc080200114:	1141                	add	sp,sp,-16
ffffffc080200116:	e422                	sd	s0,8(sp)
ffffffc080200118:	0800                	add	s0,sp,16
ffffffc08020011a:	002017b7          	lui	a5,0x201
ffffffc08020011e:	6422                	ld	s0,8(sp)
ffffffc080200120:	0791                	add	a5,a5,4 # 201004 <KERNEL_PA-0x7fffeffc>
ffffffc080200122:	0536                	sll	a0,a0,0xd
ffffffc080200124:	953e                	add	a0,a0,a5
static volatile uint32 *reg(uint64 off) { return (volatile uint32 *)(plic + off); }
ffffffc080200126:	0027a797          	auipc	a5,0x27a
ffffffc08020012a:	f227b783          	ld	a5,-222(a5) # ffffffc08047a048 <plic>
ffffffc08020012e:	97aa                	add	a5,a5,a0
int plic_claim(uint64 hartid) { return *reg(SCLAIM(SCONTEXT(hartid))); }
ffffffc080200130:	4388                	lw	a0,0(a5)
ffffffc080200132:	0141                	add	sp,sp,16
ffffffc080200134:	8082                	ret

ffffffc080200136 <plic_complete>:

void plic_complete(uint64 hartid, int irq) { *reg(SCLAIM(SCONTEXT(hartid))) = irq; }
ffffffc080200136:	1141                	add	sp,sp,-16
ffffffc080200138:	e422                	sd	s0,8(sp)
ffffffc08020013a:	002017b7          	lui	a5,0x201
ffffffc08020013e:	0800                	add	s0,sp,16
ffffffc080200140:	0791                	add	a5,a5,4 # 201004 <KERNEL_PA-0x7fffeffc>
ffffffc080200142:	0536                	sll	a0,a0,0xd
ffffffc080200144:	6422                	ld	s0,8(sp)
ffffffc080200146:	953e                	add	a0,a0,a5
static volatile uint32 *reg(uint64 off) { return (volatile uint32 *)(plic + off); }
ffffffc080200148:	0027a797          	auipc	a5,0x27a
ffffffc08020014c:	f007b783          	ld	a5,-256(a5) # ffffffc08047a048 <plic>
ffffffc080200150:	97aa                	add	a5,a5,a0
void plic_complete(uint64 hartid, int irq) { *reg(SCLAIM(SCONTEXT(hartid))) = irq; }
ffffffc080200152:	c38c                	sw	a1,0(a5)
ffffffc080200154:	0141                	add	sp,sp,16
ffffffc080200156:	8082                	ret

ffffffc080200158 <child_table>:
  }
  page_free(pt);
}

/* Makes (or finds) the child's table mirroring parent slot i. */
static pagetable_t child_table(pagetable_t child, int i) {
ffffffc080200158:	1101                	add	sp,sp,-32
ffffffc08020015a:	e822                	sd	s0,16(sp)
ffffffc08020015c:	e426                	sd	s1,8(sp)
ffffffc08020015e:	ec06                	sd	ra,24(sp)
ffffffc080200160:	1000                	add	s0,sp,32
  if (child[i] & PTE_V)
ffffffc080200162:	058e                	sll	a1,a1,0x3
ffffffc080200164:	00b504b3          	add	s1,a0,a1
ffffffc080200168:	609c                	ld	a5,0(s1)
ffffffc08020016a:	0017f713          	and	a4,a5,1
ffffffc08020016e:	cf19                	beqz	a4,ffffffc08020018c <child_table+0x34>
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200170:	00279513          	sll	a0,a5,0x2
ffffffc080200174:	fff007b7          	lui	a5,0xfff00
ffffffc080200178:	83a1                	srl	a5,a5,0x8
ffffffc08020017a:	8d7d                	and	a0,a0,a5
ffffffc08020017c:	57fd                	li	a5,-1
ffffffc08020017e:	179a                	sll	a5,a5,0x26
ffffffc080200180:	953e                	add	a0,a0,a5
    return table_of(child[i]);
  pagetable_t t = page_alloc_zeroed();
  if (t)
    child[i] = PA2PTE(V2P(t)) | PTE_V; /* the child is not live: plain store */
  return t;
}
ffffffc080200182:	60e2                	ld	ra,24(sp)
ffffffc080200184:	6442                	ld	s0,16(sp)
ffffffc080200186:	64a2                	ld	s1,8(sp)
ffffffc080200188:	6105                	add	sp,sp,32
ffffffc08020018a:	8082                	ret
  pagetable_t t = page_alloc_zeroed();
ffffffc08020018c:	4ac040ef          	jal	ffffffc080204638 <page_alloc_zeroed>
  if (t)
ffffffc080200190:	d96d                	beqz	a0,ffffffc080200182 <child_table+0x2a>
    child[i] = PA2PTE(V2P(t)) | PTE_V; /* the child is not live: plain store */
ffffffc080200192:	4785                	li	a5,1
ffffffc080200194:	179a                	sll	a5,a5,0x26
ffffffc080200196:	97aa                	add	a5,a5,a0
ffffffc080200198:	83b1                	srl	a5,a5,0xc
}
ffffffc08020019a:	60e2                	ld	ra,24(sp)
ffffffc08020019c:	6442                	ld	s0,16(sp)
    child[i] = PA2PTE(V2P(t)) | PTE_V; /* the child is not live: plain store */
ffffffc08020019e:	07aa                	sll	a5,a5,0xa
ffffffc0802001a0:	0017e793          	or	a5,a5,1
ffffffc0802001a4:	e09c                	sd	a5,0(s1)
}
ffffffc0802001a6:	64a2                	ld	s1,8(sp)
ffffffc0802001a8:	6105                	add	sp,sp,32
ffffffc0802001aa:	8082                	ret

ffffffc0802001ac <next_table.constprop.0>:
static pagetable_t next_table(pte_t *slot, bool alloc) {
ffffffc0802001ac:	7179                	add	sp,sp,-48
ffffffc0802001ae:	f022                	sd	s0,32(sp)
ffffffc0802001b0:	f406                	sd	ra,40(sp)
ffffffc0802001b2:	ec26                	sd	s1,24(sp)
ffffffc0802001b4:	e84a                	sd	s2,16(sp)
ffffffc0802001b6:	e44e                	sd	s3,8(sp)
ffffffc0802001b8:	1800                	add	s0,sp,48
/* Access kinds and the PTE operations the fault path uses. A live PTE is
 * only changed by compare-and-swap (QEMU's walker sets A/D bits with its own
 * CAS, so a plain read-modify-write could lose an update). */
enum access { ACC_READ, ACC_WRITE, ACC_EXEC };

static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc0802001ba:	00053903          	ld	s2,0(a0)
  if (pte & PTE_V)
ffffffc0802001be:	00197793          	and	a5,s2,1
ffffffc0802001c2:	ef9d                	bnez	a5,ffffffc080200200 <next_table.constprop.0+0x54>
ffffffc0802001c4:	84aa                	mv	s1,a0
  void *page = page_alloc_zeroed();
ffffffc0802001c6:	472040ef          	jal	ffffffc080204638 <page_alloc_zeroed>
ffffffc0802001ca:	87aa                	mv	a5,a0
  if (!page)
ffffffc0802001cc:	c115                	beqz	a0,ffffffc0802001f0 <next_table.constprop.0+0x44>
  pte_t fresh = PA2PTE(V2P(page)) | PTE_V;
ffffffc0802001ce:	4985                	li	s3,1
ffffffc0802001d0:	199a                	sll	s3,s3,0x26
ffffffc0802001d2:	01350733          	add	a4,a0,s3
ffffffc0802001d6:	8331                	srl	a4,a4,0xc
ffffffc0802001d8:	072a                	sll	a4,a4,0xa
ffffffc0802001da:	00176713          	or	a4,a4,1

/* Acq_rel LR/SC loop: release orders the new page's contents (copied just
 * before) ahead of its PTE; acquire orders what follows after the swap. */
static inline bool pte_cas(pte_t *p, pte_t old, pte_t new) {
  return __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
ffffffc0802001de:	1004b6af          	lr.d	a3,(s1)
ffffffc0802001e2:	01269563          	bne	a3,s2,ffffffc0802001ec <next_table.constprop.0+0x40>
ffffffc0802001e6:	1ce4b62f          	sc.d.aq	a2,a4,(s1)
ffffffc0802001ea:	fa75                	bnez	a2,ffffffc0802001de <next_table.constprop.0+0x32>
  if (pte_cas(slot, pte, fresh))
ffffffc0802001ec:	03269b63          	bne	a3,s2,ffffffc080200222 <next_table.constprop.0+0x76>
}
ffffffc0802001f0:	70a2                	ld	ra,40(sp)
ffffffc0802001f2:	7402                	ld	s0,32(sp)
ffffffc0802001f4:	64e2                	ld	s1,24(sp)
ffffffc0802001f6:	6942                	ld	s2,16(sp)
ffffffc0802001f8:	69a2                	ld	s3,8(sp)
ffffffc0802001fa:	853e                	mv	a0,a5
ffffffc0802001fc:	6145                	add	sp,sp,48
ffffffc0802001fe:	8082                	ret
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200200:	fff007b7          	lui	a5,0xfff00
ffffffc080200204:	83a1                	srl	a5,a5,0x8
ffffffc080200206:	090a                	sll	s2,s2,0x2
ffffffc080200208:	00f97933          	and	s2,s2,a5
}
ffffffc08020020c:	70a2                	ld	ra,40(sp)
ffffffc08020020e:	7402                	ld	s0,32(sp)
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200210:	57fd                	li	a5,-1
ffffffc080200212:	179a                	sll	a5,a5,0x26
ffffffc080200214:	97ca                	add	a5,a5,s2
}
ffffffc080200216:	64e2                	ld	s1,24(sp)
ffffffc080200218:	6942                	ld	s2,16(sp)
ffffffc08020021a:	69a2                	ld	s3,8(sp)
ffffffc08020021c:	853e                	mv	a0,a5
ffffffc08020021e:	6145                	add	sp,sp,48
ffffffc080200220:	8082                	ret
  page_free(page); /* another hart installed one first */
ffffffc080200222:	4f6040ef          	jal	ffffffc080204718 <page_free>
static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc080200226:	609c                	ld	a5,0(s1)
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200228:	fff00737          	lui	a4,0xfff00
ffffffc08020022c:	8321                	srl	a4,a4,0x8
ffffffc08020022e:	078a                	sll	a5,a5,0x2
ffffffc080200230:	8ff9                	and	a5,a5,a4
ffffffc080200232:	413787b3          	sub	a5,a5,s3
  return table_of(pte_load(slot));
ffffffc080200236:	bf6d                	j	ffffffc0802001f0 <next_table.constprop.0+0x44>

ffffffc080200238 <pmap_init>:
void pmap_init(uint64 mem_base, uint64 mem_size) {
ffffffc080200238:	1141                	add	sp,sp,-16
ffffffc08020023a:	e422                	sd	s0,8(sp)
  for (uint64 pa = mem_base & ~(GIGA - 1); pa < mem_base + mem_size; pa += GIGA)
ffffffc08020023c:	c00006b7          	lui	a3,0xc0000
void pmap_init(uint64 mem_base, uint64 mem_size) {
ffffffc080200240:	0800                	add	s0,sp,16
  for (uint64 pa = mem_base & ~(GIGA - 1); pa < mem_base + mem_size; pa += GIGA)
ffffffc080200242:	8ee9                	and	a3,a3,a0
ffffffc080200244:	95aa                	add	a1,a1,a0
ffffffc080200246:	02b6fa63          	bgeu	a3,a1,ffffffc08020027a <pmap_init+0x42>
    kernel_pagetable[PX(2, pa + PHYS_OFFSET)] = PA2PTE(pa) | KERNEL_LEAF;
ffffffc08020024a:	567d                	li	a2,-1
ffffffc08020024c:	00279817          	auipc	a6,0x279
ffffffc080200250:	db480813          	add	a6,a6,-588 # ffffffc080479000 <kernel_pagetable>
ffffffc080200254:	161a                	sll	a2,a2,0x26
  for (uint64 pa = mem_base & ~(GIGA - 1); pa < mem_base + mem_size; pa += GIGA)
ffffffc080200256:	40000537          	lui	a0,0x40000
    kernel_pagetable[PX(2, pa + PHYS_OFFSET)] = PA2PTE(pa) | KERNEL_LEAF;
ffffffc08020025a:	00c687b3          	add	a5,a3,a2
ffffffc08020025e:	83f9                	srl	a5,a5,0x1e
ffffffc080200260:	00c6d713          	srl	a4,a3,0xc
ffffffc080200264:	1ff7f793          	and	a5,a5,511
ffffffc080200268:	078e                	sll	a5,a5,0x3
ffffffc08020026a:	072a                	sll	a4,a4,0xa
ffffffc08020026c:	97c2                	add	a5,a5,a6
ffffffc08020026e:	0ef76713          	or	a4,a4,239
ffffffc080200272:	e398                	sd	a4,0(a5)
  for (uint64 pa = mem_base & ~(GIGA - 1); pa < mem_base + mem_size; pa += GIGA)
ffffffc080200274:	96aa                	add	a3,a3,a0
ffffffc080200276:	feb6e2e3          	bltu	a3,a1,ffffffc08020025a <pmap_init+0x22>
  return x;
}
static inline uint64 r_time(void) { return csr_read(time); }

/* Flush this hart's TLB entries: all of them, or those of one address. */
static inline void sfence_vma_all(void) { __asm__ volatile("sfence.vma zero, zero" ::: "memory"); }
ffffffc08020027a:	12000073          	sfence.vma
}
ffffffc08020027e:	6422                	ld	s0,8(sp)
ffffffc080200280:	0141                	add	sp,sp,16
ffffffc080200282:	8082                	ret

ffffffc080200284 <pmap_probe_asid_bits>:
int pmap_probe_asid_bits(void) {
ffffffc080200284:	1141                	add	sp,sp,-16
ffffffc080200286:	e422                	sd	s0,8(sp)
ffffffc080200288:	0800                	add	s0,sp,16
  uint64 old = csr_read(satp);
ffffffc08020028a:	180026f3          	csrr	a3,satp
  csr_write(satp, old | (SATP_ASID_MASK << SATP_ASID_SHIFT));
ffffffc08020028e:	0ffff7b7          	lui	a5,0xffff
ffffffc080200292:	1782                	sll	a5,a5,0x20
ffffffc080200294:	8fd5                	or	a5,a5,a3
ffffffc080200296:	18079073          	csrw	satp,a5
  uint64 asid = (csr_read(satp) >> SATP_ASID_SHIFT) & SATP_ASID_MASK;
ffffffc08020029a:	180027f3          	csrr	a5,satp
ffffffc08020029e:	93b1                	srl	a5,a5,0x2c
ffffffc0802002a0:	03079713          	sll	a4,a5,0x30
  csr_write(satp, old);
ffffffc0802002a4:	18069073          	csrw	satp,a3
ffffffc0802002a8:	12000073          	sfence.vma
  while (asid & (1UL << bits))
ffffffc0802002ac:	8b85                	and	a5,a5,1
ffffffc0802002ae:	cb99                	beqz	a5,ffffffc0802002c4 <pmap_probe_asid_bits+0x40>
ffffffc0802002b0:	9341                	srl	a4,a4,0x30
  int bits = 0;
ffffffc0802002b2:	4501                	li	a0,0
    bits++;
ffffffc0802002b4:	2505                	addw	a0,a0,1 # 40000001 <KERNEL_PA-0x401fffff>
  while (asid & (1UL << bits))
ffffffc0802002b6:	00a757b3          	srl	a5,a4,a0
ffffffc0802002ba:	8b85                	and	a5,a5,1
ffffffc0802002bc:	ffe5                	bnez	a5,ffffffc0802002b4 <pmap_probe_asid_bits+0x30>
}
ffffffc0802002be:	6422                	ld	s0,8(sp)
ffffffc0802002c0:	0141                	add	sp,sp,16
ffffffc0802002c2:	8082                	ret
ffffffc0802002c4:	6422                	ld	s0,8(sp)
  int bits = 0;
ffffffc0802002c6:	4501                	li	a0,0
}
ffffffc0802002c8:	0141                	add	sp,sp,16
ffffffc0802002ca:	8082                	ret

ffffffc0802002cc <pmap_create>:
pagetable_t pmap_create(void) {
ffffffc0802002cc:	1101                	add	sp,sp,-32
ffffffc0802002ce:	e822                	sd	s0,16(sp)
ffffffc0802002d0:	e426                	sd	s1,8(sp)
ffffffc0802002d2:	ec06                	sd	ra,24(sp)
ffffffc0802002d4:	1000                	add	s0,sp,32
  pagetable_t pt = page_alloc_zeroed();
ffffffc0802002d6:	362040ef          	jal	ffffffc080204638 <page_alloc_zeroed>
ffffffc0802002da:	84aa                	mv	s1,a0
  if (pt)
ffffffc0802002dc:	c919                	beqz	a0,ffffffc0802002f2 <pmap_create+0x26>
    memcpy(&pt[USER_ROOT_ENTRIES], &kernel_pagetable[USER_ROOT_ENTRIES],
ffffffc0802002de:	6605                	lui	a2,0x1
ffffffc0802002e0:	80060613          	add	a2,a2,-2048 # 800 <KERNEL_PA-0x801ff800>
ffffffc0802002e4:	00279597          	auipc	a1,0x279
ffffffc0802002e8:	51c58593          	add	a1,a1,1308 # ffffffc080479800 <kernel_pagetable+0x800>
ffffffc0802002ec:	9532                	add	a0,a0,a2
ffffffc0802002ee:	1df030ef          	jal	ffffffc080203ccc <memcpy>
}
ffffffc0802002f2:	60e2                	ld	ra,24(sp)
ffffffc0802002f4:	6442                	ld	s0,16(sp)
ffffffc0802002f6:	8526                	mv	a0,s1
ffffffc0802002f8:	64a2                	ld	s1,8(sp)
ffffffc0802002fa:	6105                	add	sp,sp,32
ffffffc0802002fc:	8082                	ret

ffffffc0802002fe <pmap_walk>:
pte_t *pmap_walk(pagetable_t pt, uint64 va, bool alloc) {
ffffffc0802002fe:	1101                	add	sp,sp,-32
ffffffc080200300:	e822                	sd	s0,16(sp)
ffffffc080200302:	ec06                	sd	ra,24(sp)
ffffffc080200304:	e426                	sd	s1,8(sp)
ffffffc080200306:	1000                	add	s0,sp,32
  KASSERT(va < USER_TOP);
ffffffc080200308:	577d                	li	a4,-1
ffffffc08020030a:	01a75793          	srl	a5,a4,0x1a
ffffffc08020030e:	08b7e963          	bltu	a5,a1,ffffffc0802003a0 <pmap_walk+0xa2>
    pte_t e2 = pte_load(&pt[PX(2, va)]);
ffffffc080200312:	01e5d793          	srl	a5,a1,0x1e
ffffffc080200316:	078e                	sll	a5,a5,0x3
ffffffc080200318:	84ae                	mv	s1,a1
ffffffc08020031a:	953e                	add	a0,a0,a5
  if (!alloc) { /* the fault path's walk: two loads, no calls */
ffffffc08020031c:	c61d                	beqz	a2,ffffffc08020034a <pmap_walk+0x4c>
  pagetable_t l1 = next_table(&pt[PX(2, va)], alloc);
ffffffc08020031e:	e8fff0ef          	jal	ffffffc0802001ac <next_table.constprop.0>
  if (!l1)
ffffffc080200322:	c92d                	beqz	a0,ffffffc080200394 <pmap_walk+0x96>
  pagetable_t l0 = next_table(&l1[PX(1, va)], alloc);
ffffffc080200324:	0154d793          	srl	a5,s1,0x15
ffffffc080200328:	1ff7f793          	and	a5,a5,511
ffffffc08020032c:	078e                	sll	a5,a5,0x3
ffffffc08020032e:	953e                	add	a0,a0,a5
ffffffc080200330:	e7dff0ef          	jal	ffffffc0802001ac <next_table.constprop.0>
  if (!l0)
ffffffc080200334:	c125                	beqz	a0,ffffffc080200394 <pmap_walk+0x96>
}
ffffffc080200336:	60e2                	ld	ra,24(sp)
ffffffc080200338:	6442                	ld	s0,16(sp)
  return &l0[PX(0, va)];
ffffffc08020033a:	80b1                	srl	s1,s1,0xc
ffffffc08020033c:	1ff4f493          	and	s1,s1,511
ffffffc080200340:	048e                	sll	s1,s1,0x3
ffffffc080200342:	9526                	add	a0,a0,s1
}
ffffffc080200344:	64a2                	ld	s1,8(sp)
ffffffc080200346:	6105                	add	sp,sp,32
ffffffc080200348:	8082                	ret
ffffffc08020034a:	6114                	ld	a3,0(a0)
    if (!(e2 & PTE_V))
ffffffc08020034c:	0016f793          	and	a5,a3,1
ffffffc080200350:	c3b1                	beqz	a5,ffffffc080200394 <pmap_walk+0x96>
    pte_t e1 = pte_load(&table_of(e2)[PX(1, va)]);
ffffffc080200352:	0155d793          	srl	a5,a1,0x15
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200356:	fff00637          	lui	a2,0xfff00
ffffffc08020035a:	068a                	sll	a3,a3,0x2
ffffffc08020035c:	8221                	srl	a2,a2,0x8
    pte_t e1 = pte_load(&table_of(e2)[PX(1, va)]);
ffffffc08020035e:	1ff7f793          	and	a5,a5,511
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200362:	8ef1                	and	a3,a3,a2
ffffffc080200364:	078e                	sll	a5,a5,0x3
ffffffc080200366:	97b6                	add	a5,a5,a3
ffffffc080200368:	171a                	sll	a4,a4,0x26
ffffffc08020036a:	97ba                	add	a5,a5,a4
ffffffc08020036c:	639c                	ld	a5,0(a5)
    return (e1 & PTE_V) ? &table_of(e1)[PX(0, va)] : NULL;
ffffffc08020036e:	0017f693          	and	a3,a5,1
ffffffc080200372:	c28d                	beqz	a3,ffffffc080200394 <pmap_walk+0x96>
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200374:	00a7d513          	srl	a0,a5,0xa
}
ffffffc080200378:	60e2                	ld	ra,24(sp)
ffffffc08020037a:	6442                	ld	s0,16(sp)
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc08020037c:	0532                	sll	a0,a0,0xc
    return (e1 & PTE_V) ? &table_of(e1)[PX(0, va)] : NULL;
ffffffc08020037e:	00c5d493          	srl	s1,a1,0xc
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200382:	8d71                	and	a0,a0,a2
    return (e1 & PTE_V) ? &table_of(e1)[PX(0, va)] : NULL;
ffffffc080200384:	1ff4f493          	and	s1,s1,511
ffffffc080200388:	048e                	sll	s1,s1,0x3
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc08020038a:	953a                	add	a0,a0,a4
    return (e1 & PTE_V) ? &table_of(e1)[PX(0, va)] : NULL;
ffffffc08020038c:	9526                	add	a0,a0,s1
}
ffffffc08020038e:	64a2                	ld	s1,8(sp)
ffffffc080200390:	6105                	add	sp,sp,32
ffffffc080200392:	8082                	ret
ffffffc080200394:	60e2                	ld	ra,24(sp)
ffffffc080200396:	6442                	ld	s0,16(sp)
ffffffc080200398:	64a2                	ld	s1,8(sp)
      return NULL;
ffffffc08020039a:	4501                	li	a0,0
}
ffffffc08020039c:	6105                	add	sp,sp,32
ffffffc08020039e:	8082                	ret
  KASSERT(va < USER_TOP);
ffffffc0802003a0:	00008717          	auipc	a4,0x8
ffffffc0802003a4:	ca070713          	add	a4,a4,-864 # ffffffc080208040 <__func__.0+0x10>
ffffffc0802003a8:	00008697          	auipc	a3,0x8
ffffffc0802003ac:	d5868693          	add	a3,a3,-680 # ffffffc080208100 <__func__.1>
ffffffc0802003b0:	04800613          	li	a2,72
ffffffc0802003b4:	00008597          	auipc	a1,0x8
ffffffc0802003b8:	c9c58593          	add	a1,a1,-868 # ffffffc080208050 <__func__.0+0x20>
ffffffc0802003bc:	00008517          	auipc	a0,0x8
ffffffc0802003c0:	cb450513          	add	a0,a0,-844 # ffffffc080208070 <__func__.0+0x40>
ffffffc0802003c4:	7ec030ef          	jal	ffffffc080203bb0 <panic>

ffffffc0802003c8 <pmap_enter>:
int pmap_enter(pagetable_t pt, uint64 va, uint64 pa, int prot) {
ffffffc0802003c8:	7179                	add	sp,sp,-48
ffffffc0802003ca:	f022                	sd	s0,32(sp)
ffffffc0802003cc:	f406                	sd	ra,40(sp)
ffffffc0802003ce:	ec26                	sd	s1,24(sp)
ffffffc0802003d0:	e84a                	sd	s2,16(sp)
ffffffc0802003d2:	e44e                	sd	s3,8(sp)
ffffffc0802003d4:	1800                	add	s0,sp,48
  KASSERT(va < USER_TOP);
ffffffc0802003d6:	57fd                	li	a5,-1
ffffffc0802003d8:	83e9                	srl	a5,a5,0x1a
ffffffc0802003da:	06b7eb63          	bltu	a5,a1,ffffffc080200450 <pmap_enter+0x88>
  pagetable_t l1 = next_table(&pt[PX(2, va)], alloc);
ffffffc0802003de:	01e5d793          	srl	a5,a1,0x1e
ffffffc0802003e2:	078e                	sll	a5,a5,0x3
ffffffc0802003e4:	953e                	add	a0,a0,a5
ffffffc0802003e6:	89ae                	mv	s3,a1
ffffffc0802003e8:	84b2                	mv	s1,a2
ffffffc0802003ea:	8936                	mv	s2,a3
ffffffc0802003ec:	dc1ff0ef          	jal	ffffffc0802001ac <next_table.constprop.0>
  if (!l1)
ffffffc0802003f0:	c921                	beqz	a0,ffffffc080200440 <pmap_enter+0x78>
  pagetable_t l0 = next_table(&l1[PX(1, va)], alloc);
ffffffc0802003f2:	0159d793          	srl	a5,s3,0x15
ffffffc0802003f6:	1ff7f793          	and	a5,a5,511
ffffffc0802003fa:	078e                	sll	a5,a5,0x3
ffffffc0802003fc:	953e                	add	a0,a0,a5
ffffffc0802003fe:	dafff0ef          	jal	ffffffc0802001ac <next_table.constprop.0>
  if (!l0)
ffffffc080200402:	cd1d                	beqz	a0,ffffffc080200440 <pmap_enter+0x78>
  return &l0[PX(0, va)];
ffffffc080200404:	00c9d793          	srl	a5,s3,0xc
  pte_t fresh = PA2PTE(pa) | prot_bits(prot) | PTE_V | PTE_U | PTE_A | PTE_D;
ffffffc080200408:	80b1                	srl	s1,s1,0xc
  return (prot & PROT_R ? PTE_R : 0) | (prot & PROT_W ? PTE_W : 0) | (prot & PROT_X ? PTE_X : 0);
ffffffc08020040a:	0906                	sll	s2,s2,0x1
ffffffc08020040c:	00e97913          	and	s2,s2,14
  return &l0[PX(0, va)];
ffffffc080200410:	1ff7f793          	and	a5,a5,511
  pte_t fresh = PA2PTE(pa) | prot_bits(prot) | PTE_V | PTE_U | PTE_A | PTE_D;
ffffffc080200414:	04aa                	sll	s1,s1,0xa
  return __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
ffffffc080200416:	078e                	sll	a5,a5,0x3
ffffffc080200418:	0124e4b3          	or	s1,s1,s2
ffffffc08020041c:	953e                	add	a0,a0,a5
ffffffc08020041e:	0d14e493          	or	s1,s1,209
ffffffc080200422:	100537af          	lr.d	a5,(a0)
ffffffc080200426:	e781                	bnez	a5,ffffffc08020042e <pmap_enter+0x66>
ffffffc080200428:	1c95372f          	sc.d.aq	a4,s1,(a0)
ffffffc08020042c:	fb7d                	bnez	a4,ffffffc080200422 <pmap_enter+0x5a>
  return 0;
ffffffc08020042e:	4501                	li	a0,0
  if (!pte_cas(p, 0, fresh))
ffffffc080200430:	e7a1                	bnez	a5,ffffffc080200478 <pmap_enter+0xb0>
}
ffffffc080200432:	70a2                	ld	ra,40(sp)
ffffffc080200434:	7402                	ld	s0,32(sp)
ffffffc080200436:	64e2                	ld	s1,24(sp)
ffffffc080200438:	6942                	ld	s2,16(sp)
ffffffc08020043a:	69a2                	ld	s3,8(sp)
ffffffc08020043c:	6145                	add	sp,sp,48
ffffffc08020043e:	8082                	ret
ffffffc080200440:	70a2                	ld	ra,40(sp)
ffffffc080200442:	7402                	ld	s0,32(sp)
ffffffc080200444:	64e2                	ld	s1,24(sp)
ffffffc080200446:	6942                	ld	s2,16(sp)
ffffffc080200448:	69a2                	ld	s3,8(sp)
    return -1;
ffffffc08020044a:	557d                	li	a0,-1
}
ffffffc08020044c:	6145                	add	sp,sp,48
ffffffc08020044e:	8082                	ret
  KASSERT(va < USER_TOP);
ffffffc080200450:	00008717          	auipc	a4,0x8
ffffffc080200454:	bf070713          	add	a4,a4,-1040 # ffffffc080208040 <__func__.0+0x10>
ffffffc080200458:	00008697          	auipc	a3,0x8
ffffffc08020045c:	ca868693          	add	a3,a3,-856 # ffffffc080208100 <__func__.1>
ffffffc080200460:	04800613          	li	a2,72
ffffffc080200464:	00008597          	auipc	a1,0x8
ffffffc080200468:	bec58593          	add	a1,a1,-1044 # ffffffc080208050 <__func__.0+0x20>
ffffffc08020046c:	00008517          	auipc	a0,0x8
ffffffc080200470:	c0450513          	add	a0,a0,-1020 # ffffffc080208070 <__func__.0+0x40>
ffffffc080200474:	73c030ef          	jal	ffffffc080203bb0 <panic>
    panic("pmap_enter: %p already mapped", (void *)va);
ffffffc080200478:	85ce                	mv	a1,s3
ffffffc08020047a:	00008517          	auipc	a0,0x8
ffffffc08020047e:	c1650513          	add	a0,a0,-1002 # ffffffc080208090 <__func__.0+0x60>
ffffffc080200482:	72e030ef          	jal	ffffffc080203bb0 <panic>

ffffffc080200486 <pmap_add_prot>:
void pmap_add_prot(pagetable_t pt, uint64 va, int prot) {
ffffffc080200486:	1101                	add	sp,sp,-32
ffffffc080200488:	e822                	sd	s0,16(sp)
ffffffc08020048a:	e426                	sd	s1,8(sp)
ffffffc08020048c:	ec06                	sd	ra,24(sp)
ffffffc08020048e:	1000                	add	s0,sp,32
ffffffc080200490:	84b2                	mv	s1,a2
  pte_t *p = pmap_walk(pt, va, false);
ffffffc080200492:	4601                	li	a2,0
ffffffc080200494:	e6bff0ef          	jal	ffffffc0802002fe <pmap_walk>
  KASSERT(p && pte_valid(*p));
ffffffc080200498:	cd11                	beqz	a0,ffffffc0802004b4 <pmap_add_prot+0x2e>
}

static inline bool pte_valid(pte_t pte) { return (pte & PTE_V) != 0; }
ffffffc08020049a:	611c                	ld	a5,0(a0)
ffffffc08020049c:	8b85                	and	a5,a5,1
ffffffc08020049e:	cb99                	beqz	a5,ffffffc0802004b4 <pmap_add_prot+0x2e>
  return (prot & PROT_R ? PTE_R : 0) | (prot & PROT_W ? PTE_W : 0) | (prot & PROT_X ? PTE_X : 0);
ffffffc0802004a0:	00149793          	sll	a5,s1,0x1
ffffffc0802004a4:	8bb9                	and	a5,a5,14
  __atomic_fetch_or(p, prot_bits(prot), __ATOMIC_RELAXED);
ffffffc0802004a6:	40f5302f          	amoor.d	zero,a5,(a0)
}
ffffffc0802004aa:	60e2                	ld	ra,24(sp)
ffffffc0802004ac:	6442                	ld	s0,16(sp)
ffffffc0802004ae:	64a2                	ld	s1,8(sp)
ffffffc0802004b0:	6105                	add	sp,sp,32
ffffffc0802004b2:	8082                	ret
  KASSERT(p && pte_valid(*p));
ffffffc0802004b4:	00008717          	auipc	a4,0x8
ffffffc0802004b8:	bfc70713          	add	a4,a4,-1028 # ffffffc0802080b0 <__func__.0+0x80>
ffffffc0802004bc:	00008697          	auipc	a3,0x8
ffffffc0802004c0:	c5468693          	add	a3,a3,-940 # ffffffc080208110 <__func__.0>
ffffffc0802004c4:	06900613          	li	a2,105
ffffffc0802004c8:	00008597          	auipc	a1,0x8
ffffffc0802004cc:	b8858593          	add	a1,a1,-1144 # ffffffc080208050 <__func__.0+0x20>
ffffffc0802004d0:	00008517          	auipc	a0,0x8
ffffffc0802004d4:	ba050513          	add	a0,a0,-1120 # ffffffc080208070 <__func__.0+0x40>
ffffffc0802004d8:	6d8030ef          	jal	ffffffc080203bb0 <panic>

ffffffc0802004dc <pmap_destroy>:
void pmap_destroy(pagetable_t pt) {
ffffffc0802004dc:	7135                	add	sp,sp,-160
ffffffc0802004de:	e8e2                	sd	s8,80(sp)
ffffffc0802004e0:	6c05                	lui	s8,0x1
ffffffc0802004e2:	e922                	sd	s0,144(sp)
ffffffc0802004e4:	e526                	sd	s1,136(sp)
ffffffc0802004e6:	f0da                	sd	s6,96(sp)
ffffffc0802004e8:	ed06                	sd	ra,152(sp)
ffffffc0802004ea:	e14a                	sd	s2,128(sp)
ffffffc0802004ec:	fcce                	sd	s3,120(sp)
ffffffc0802004ee:	f8d2                	sd	s4,112(sp)
ffffffc0802004f0:	f4d6                	sd	s5,104(sp)
ffffffc0802004f2:	ecde                	sd	s7,88(sp)
ffffffc0802004f4:	e4e6                	sd	s9,72(sp)
ffffffc0802004f6:	e0ea                	sd	s10,64(sp)
ffffffc0802004f8:	fc6e                	sd	s11,56(sp)
ffffffc0802004fa:	1100                	add	s0,sp,160
ffffffc0802004fc:	fc000b37          	lui	s6,0xfc000
ffffffc080200500:	800c0c13          	add	s8,s8,-2048 # 800 <KERNEL_PA-0x801ff800>
ffffffc080200504:	018507b3          	add	a5,a0,s8
ffffffc080200508:	0b05                	add	s6,s6,1 # fffffffffc000001 <kernel_end+0x3f7b941001>
ffffffc08020050a:	f6f43423          	sd	a5,-152(s0)
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc08020050e:	fff004b7          	lui	s1,0xfff00
ffffffc080200512:	00cb1793          	sll	a5,s6,0xc
void pmap_destroy(pagetable_t pt) {
ffffffc080200516:	f6a43023          	sd	a0,-160(s0)
ffffffc08020051a:	f6a43c23          	sd	a0,-136(s0)
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc08020051e:	80a1                	srl	s1,s1,0x8
ffffffc080200520:	f8f43023          	sd	a5,-128(s0)
    if (!(pt[i] & PTE_V))
ffffffc080200524:	f7843783          	ld	a5,-136(s0)
ffffffc080200528:	639c                	ld	a5,0(a5)
ffffffc08020052a:	0017f713          	and	a4,a5,1
ffffffc08020052e:	ef05                	bnez	a4,ffffffc080200566 <pmap_destroy+0x8a>
  for (int i = 0; i < USER_ROOT_ENTRIES; i++) {
ffffffc080200530:	f7843783          	ld	a5,-136(s0)
ffffffc080200534:	f6843703          	ld	a4,-152(s0)
ffffffc080200538:	07a1                	add	a5,a5,8 # ffff008 <KERNEL_PA-0x70200ff8>
ffffffc08020053a:	f6f43c23          	sd	a5,-136(s0)
ffffffc08020053e:	fee793e3          	bne	a5,a4,ffffffc080200524 <pmap_destroy+0x48>
  page_free(pt);
ffffffc080200542:	f6043503          	ld	a0,-160(s0)
}
ffffffc080200546:	644a                	ld	s0,144(sp)
ffffffc080200548:	60ea                	ld	ra,152(sp)
ffffffc08020054a:	64aa                	ld	s1,136(sp)
ffffffc08020054c:	690a                	ld	s2,128(sp)
ffffffc08020054e:	79e6                	ld	s3,120(sp)
ffffffc080200550:	7a46                	ld	s4,112(sp)
ffffffc080200552:	7aa6                	ld	s5,104(sp)
ffffffc080200554:	7b06                	ld	s6,96(sp)
ffffffc080200556:	6be6                	ld	s7,88(sp)
ffffffc080200558:	6c46                	ld	s8,80(sp)
ffffffc08020055a:	6ca6                	ld	s9,72(sp)
ffffffc08020055c:	6d06                	ld	s10,64(sp)
ffffffc08020055e:	7de2                	ld	s11,56(sp)
ffffffc080200560:	610d                	add	sp,sp,160
  page_free(pt);
ffffffc080200562:	1b60406f          	j	ffffffc080204718 <page_free>
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200566:	00279a13          	sll	s4,a5,0x2
ffffffc08020056a:	597d                	li	s2,-1
ffffffc08020056c:	f8043783          	ld	a5,-128(s0)
ffffffc080200570:	009a7a33          	and	s4,s4,s1
ffffffc080200574:	191a                	sll	s2,s2,0x26
ffffffc080200576:	012a09b3          	add	s3,s4,s2
ffffffc08020057a:	f7343823          	sd	s3,-144(s0)
    for (int j = 0; j < 512; j++) {
ffffffc08020057e:	9a3e                	add	s4,s4,a5
      if (!(l1[j] & PTE_V))
ffffffc080200580:	0009b783          	ld	a5,0(s3)
ffffffc080200584:	0017f713          	and	a4,a5,1
ffffffc080200588:	c349                	beqz	a4,ffffffc08020060a <pmap_destroy+0x12e>
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc08020058a:	00279713          	sll	a4,a5,0x2
ffffffc08020058e:	f8043783          	ld	a5,-128(s0)
ffffffc080200592:	8f65                	and	a4,a4,s1
ffffffc080200594:	01270db3          	add	s11,a4,s2
ffffffc080200598:	f9b43423          	sd	s11,-120(s0)
  struct page *pages = page_array;
ffffffc08020059c:	0027aa97          	auipc	s5,0x27a
ffffffc0802005a0:	afcaba83          	ld	s5,-1284(s5) # ffffffc08047a098 <page_array>
  uint64 first = page_first_pfn, n = page_npages;
ffffffc0802005a4:	0027ab17          	auipc	s6,0x27a
ffffffc0802005a8:	aecb3b03          	ld	s6,-1300(s6) # ffffffc08047a090 <page_first_pfn>
ffffffc0802005ac:	0027ac97          	auipc	s9,0x27a
ffffffc0802005b0:	adccbc83          	ld	s9,-1316(s9) # ffffffc08047a088 <page_npages>
  for (int k = 0; k < 512; k++) {
ffffffc0802005b4:	00f70bb3          	add	s7,a4,a5
    uint32 old = __atomic_fetch_sub(&pages[i].refs, 1, __ATOMIC_RELEASE);
ffffffc0802005b8:	5d7d                	li	s10,-1
    if (old == 1) {
ffffffc0802005ba:	4c05                	li	s8,1
ffffffc0802005bc:	a029                	j	ffffffc0802005c6 <pmap_destroy+0xea>
    } else if (old == 0) {
ffffffc0802005be:	c7ad                	beqz	a5,ffffffc080200628 <pmap_destroy+0x14c>
  for (int k = 0; k < 512; k++) {
ffffffc0802005c0:	0da1                	add	s11,s11,8
ffffffc0802005c2:	05bb8063          	beq	s7,s11,ffffffc080200602 <pmap_destroy+0x126>
    pte_t pte = l0[k];
ffffffc0802005c6:	000db503          	ld	a0,0(s11)
    if (!(pte & PTE_V))
ffffffc0802005ca:	00157793          	and	a5,a0,1
ffffffc0802005ce:	dbed                	beqz	a5,ffffffc0802005c0 <pmap_destroy+0xe4>
    uint64 i = (pte >> PTE_PPN_SHIFT) - first;
ffffffc0802005d0:	8129                	srl	a0,a0,0xa
ffffffc0802005d2:	416507b3          	sub	a5,a0,s6
    if (i >= n)
ffffffc0802005d6:	0597f263          	bgeu	a5,s9,ffffffc08020061a <pmap_destroy+0x13e>
    uint32 old = __atomic_fetch_sub(&pages[i].refs, 1, __ATOMIC_RELEASE);
ffffffc0802005da:	078a                	sll	a5,a5,0x2
ffffffc0802005dc:	97d6                	add	a5,a5,s5
ffffffc0802005de:	0f50000f          	fence	iorw,ow
ffffffc0802005e2:	01a7a32f          	amoadd.w	t1,s10,(a5)
ffffffc0802005e6:	0003079b          	sext.w	a5,t1
    if (old == 1) {
ffffffc0802005ea:	fd879ae3          	bne	a5,s8,ffffffc0802005be <pmap_destroy+0xe2>
      __atomic_thread_fence(__ATOMIC_ACQUIRE);
ffffffc0802005ee:	0ff0000f          	fence
      page_release(P2V(PTE2PA(pte)));
ffffffc0802005f2:	0532                	sll	a0,a0,0xc
ffffffc0802005f4:	8d65                	and	a0,a0,s1
ffffffc0802005f6:	954a                	add	a0,a0,s2
  for (int k = 0; k < 512; k++) {
ffffffc0802005f8:	0da1                	add	s11,s11,8
      page_release(P2V(PTE2PA(pte)));
ffffffc0802005fa:	064040ef          	jal	ffffffc08020465e <page_release>
  for (int k = 0; k < 512; k++) {
ffffffc0802005fe:	fdbb94e3          	bne	s7,s11,ffffffc0802005c6 <pmap_destroy+0xea>
      page_free(l0);
ffffffc080200602:	f8843503          	ld	a0,-120(s0)
ffffffc080200606:	112040ef          	jal	ffffffc080204718 <page_free>
    for (int j = 0; j < 512; j++) {
ffffffc08020060a:	09a1                	add	s3,s3,8
ffffffc08020060c:	f7499ae3          	bne	s3,s4,ffffffc080200580 <pmap_destroy+0xa4>
    page_free(l1);
ffffffc080200610:	f7043503          	ld	a0,-144(s0)
ffffffc080200614:	104040ef          	jal	ffffffc080204718 <page_free>
ffffffc080200618:	bf21                	j	ffffffc080200530 <pmap_destroy+0x54>
      page_bad_pa(PTE2PA(pte));
ffffffc08020061a:	fff007b7          	lui	a5,0xfff00
ffffffc08020061e:	0532                	sll	a0,a0,0xc
ffffffc080200620:	83a1                	srl	a5,a5,0x8
ffffffc080200622:	8d7d                	and	a0,a0,a5
ffffffc080200624:	1ae040ef          	jal	ffffffc0802047d2 <page_bad_pa>
      panic("pmap_destroy: reference count of page %p below zero", (void *)PTE2PA(pte));
ffffffc080200628:	fff005b7          	lui	a1,0xfff00
ffffffc08020062c:	0532                	sll	a0,a0,0xc
ffffffc08020062e:	81a1                	srl	a1,a1,0x8
ffffffc080200630:	8de9                	and	a1,a1,a0
ffffffc080200632:	00008517          	auipc	a0,0x8
ffffffc080200636:	a9650513          	add	a0,a0,-1386 # ffffffc0802080c8 <__func__.0+0x98>
ffffffc08020063a:	576030ef          	jal	ffffffc080203bb0 <panic>

ffffffc08020063e <pmap_fork_cow>:
    child[k] = pte;
  }
  return protected;
}

int pmap_fork_cow(pagetable_t parent, pagetable_t child, bool exclusive, uint64 *cow_protected) {
ffffffc08020063e:	7175                	add	sp,sp,-144
ffffffc080200640:	e122                	sd	s0,128(sp)
ffffffc080200642:	fca6                	sd	s1,120(sp)
ffffffc080200644:	f8ca                	sd	s2,112(sp)
ffffffc080200646:	f4ce                	sd	s3,104(sp)
ffffffc080200648:	e4de                	sd	s7,72(sp)
ffffffc08020064a:	f86a                	sd	s10,48(sp)
ffffffc08020064c:	f46e                	sd	s11,40(sp)
ffffffc08020064e:	e506                	sd	ra,136(sp)
ffffffc080200650:	f0d2                	sd	s4,96(sp)
ffffffc080200652:	ecd6                	sd	s5,88(sp)
ffffffc080200654:	e8da                	sd	s6,80(sp)
ffffffc080200656:	e0e2                	sd	s8,64(sp)
ffffffc080200658:	fc66                	sd	s9,56(sp)
ffffffc08020065a:	0900                	add	s0,sp,144
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc08020065c:	fff00937          	lui	s2,0xfff00
ffffffc080200660:	54fd                	li	s1,-1
int pmap_fork_cow(pagetable_t parent, pagetable_t child, bool exclusive, uint64 *cow_protected) {
ffffffc080200662:	f8b43423          	sd	a1,-120(s0)
ffffffc080200666:	8d36                	mv	s10,a3
ffffffc080200668:	8bb2                	mv	s7,a2
  *cow_protected = 0;
ffffffc08020066a:	0006b023          	sd	zero,0(a3)
  for (int i = 0; i < USER_ROOT_ENTRIES; i++) {
ffffffc08020066e:	8daa                	mv	s11,a0
ffffffc080200670:	4581                	li	a1,0
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200672:	00895913          	srl	s2,s2,0x8
ffffffc080200676:	149a                	sll	s1,s1,0x26
  struct page *pages = page_array;
ffffffc080200678:	0027a997          	auipc	s3,0x27a
ffffffc08020067c:	a2098993          	add	s3,s3,-1504 # ffffffc08047a098 <page_array>
    if (!(parent[i] & PTE_V))
ffffffc080200680:	000db783          	ld	a5,0(s11)
ffffffc080200684:	0017f713          	and	a4,a5,1
ffffffc080200688:	eb09                	bnez	a4,ffffffc08020069a <pmap_fork_cow+0x5c>
  for (int i = 0; i < USER_ROOT_ENTRIES; i++) {
ffffffc08020068a:	2585                	addw	a1,a1,1 # fffffffffff00001 <kernel_end+0x3f7f841001>
ffffffc08020068c:	10000793          	li	a5,256
ffffffc080200690:	0da1                	add	s11,s11,8
ffffffc080200692:	fef597e3          	bne	a1,a5,ffffffc080200680 <pmap_fork_cow+0x42>
      if (!l0c)
        return -1;
      *cow_protected += share_leaves(table_of(l1p[j]), l0c, exclusive);
    }
  }
  return 0;
ffffffc080200696:	4501                	li	a0,0
ffffffc080200698:	a239                	j	ffffffc0802007a6 <pmap_fork_cow+0x168>
    pagetable_t l1p = table_of(parent[i]), l1c = child_table(child, i);
ffffffc08020069a:	f8843503          	ld	a0,-120(s0)
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc08020069e:	00279c13          	sll	s8,a5,0x2
ffffffc0802006a2:	012c7c33          	and	s8,s8,s2
    pagetable_t l1p = table_of(parent[i]), l1c = child_table(child, i);
ffffffc0802006a6:	f6b43c23          	sd	a1,-136(s0)
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc0802006aa:	9c26                	add	s8,s8,s1
    pagetable_t l1p = table_of(parent[i]), l1c = child_table(child, i);
ffffffc0802006ac:	aadff0ef          	jal	ffffffc080200158 <child_table>
    if (!l1c)
ffffffc0802006b0:	c975                	beqz	a0,ffffffc0802007a4 <pmap_fork_cow+0x166>
    for (int j = 0; j < 512; j++) {
ffffffc0802006b2:	4c81                	li	s9,0
ffffffc0802006b4:	f9b43023          	sd	s11,-128(s0)
  uint64 first = page_first_pfn, n = page_npages, protected = 0;
ffffffc0802006b8:	0027ab17          	auipc	s6,0x27a
ffffffc0802006bc:	9d8b0b13          	add	s6,s6,-1576 # ffffffc08047a090 <page_first_pfn>
ffffffc0802006c0:	8dea                	mv	s11,s10
ffffffc0802006c2:	0027aa97          	auipc	s5,0x27a
ffffffc0802006c6:	9c6a8a93          	add	s5,s5,-1594 # ffffffc08047a088 <page_npages>
ffffffc0802006ca:	8d62                	mv	s10,s8
ffffffc0802006cc:	6a05                	lui	s4,0x1
ffffffc0802006ce:	8c66                	mv	s8,s9
ffffffc0802006d0:	8cde                	mv	s9,s7
ffffffc0802006d2:	8baa                	mv	s7,a0
      if (!(l1p[j] & PTE_V))
ffffffc0802006d4:	000d3703          	ld	a4,0(s10)
ffffffc0802006d8:	8b05                	and	a4,a4,1
ffffffc0802006da:	cf35                	beqz	a4,ffffffc080200756 <pmap_fork_cow+0x118>
      pagetable_t l0c = child_table(l1c, j);
ffffffc0802006dc:	85e2                	mv	a1,s8
ffffffc0802006de:	855e                	mv	a0,s7
ffffffc0802006e0:	a79ff0ef          	jal	ffffffc080200158 <child_table>
      if (!l0c)
ffffffc0802006e4:	c161                	beqz	a0,ffffffc0802007a4 <pmap_fork_cow+0x166>
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc0802006e6:	000d3603          	ld	a2,0(s10)
  struct page *pages = page_array;
ffffffc0802006ea:	0009bf03          	ld	t5,0(s3)
  uint64 first = page_first_pfn, n = page_npages, protected = 0;
ffffffc0802006ee:	000b3e83          	ld	t4,0(s6)
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc0802006f2:	060a                	sll	a2,a2,0x2
ffffffc0802006f4:	01267633          	and	a2,a2,s2
  uint64 first = page_first_pfn, n = page_npages, protected = 0;
ffffffc0802006f8:	000abe03          	ld	t3,0(s5)
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc0802006fc:	9626                	add	a2,a2,s1
  uint64 first = page_first_pfn, n = page_npages, protected = 0;
ffffffc0802006fe:	86aa                	mv	a3,a0
ffffffc080200700:	01450833          	add	a6,a0,s4
ffffffc080200704:	4881                	li	a7,0
ffffffc080200706:	8e09                	sub	a2,a2,a0
    __atomic_fetch_add(&pages[i].refs, 1, __ATOMIC_RELAXED); /* page_ref_get */
ffffffc080200708:	4305                	li	t1,1
    pte_t pte = pte_load(&parent[k]);
ffffffc08020070a:	00d607b3          	add	a5,a2,a3
static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc08020070e:	6398                	ld	a4,0(a5)
    if (!(pte & PTE_V))
ffffffc080200710:	00177593          	and	a1,a4,1
ffffffc080200714:	c98d                	beqz	a1,ffffffc080200746 <pmap_fork_cow+0x108>
    if (pte & PTE_W) {
ffffffc080200716:	00477593          	and	a1,a4,4
ffffffc08020071a:	c999                	beqz	a1,ffffffc080200730 <pmap_fork_cow+0xf2>
      pte_t ro = (pte & ~PTE_W) | PTE_COW;
ffffffc08020071c:	efb77593          	and	a1,a4,-261
ffffffc080200720:	1005e593          	or	a1,a1,256
      if (exclusive)
ffffffc080200724:	040c8663          	beqz	s9,ffffffc080200770 <pmap_fork_cow+0x132>
        __atomic_store_n(&parent[k], ro, __ATOMIC_RELAXED);
ffffffc080200728:	08b7b02f          	amoswap.d	zero,a1,(a5)
      pte_t ro = (pte & ~PTE_W) | PTE_COW;
ffffffc08020072c:	872e                	mv	a4,a1
      protected++;
ffffffc08020072e:	0885                	add	a7,a7,1
    uint64 i = (pte >> PTE_PPN_SHIFT) - first;
ffffffc080200730:	00a75513          	srl	a0,a4,0xa
ffffffc080200734:	41d507b3          	sub	a5,a0,t4
    if (i >= n)
ffffffc080200738:	09c7f663          	bgeu	a5,t3,ffffffc0802007c4 <pmap_fork_cow+0x186>
    __atomic_fetch_add(&pages[i].refs, 1, __ATOMIC_RELAXED); /* page_ref_get */
ffffffc08020073c:	078a                	sll	a5,a5,0x2
ffffffc08020073e:	97fa                	add	a5,a5,t5
ffffffc080200740:	0067a02f          	amoadd.w	zero,t1,(a5)
    child[k] = pte;
ffffffc080200744:	e298                	sd	a4,0(a3)
  for (int k = 0; k < 512; k++) {
ffffffc080200746:	06a1                	add	a3,a3,8
ffffffc080200748:	fcd811e3          	bne	a6,a3,ffffffc08020070a <pmap_fork_cow+0xcc>
      *cow_protected += share_leaves(table_of(l1p[j]), l0c, exclusive);
ffffffc08020074c:	000db703          	ld	a4,0(s11)
ffffffc080200750:	9746                	add	a4,a4,a7
ffffffc080200752:	00edb023          	sd	a4,0(s11)
    for (int j = 0; j < 512; j++) {
ffffffc080200756:	2c05                	addw	s8,s8,1
ffffffc080200758:	20000713          	li	a4,512
ffffffc08020075c:	0d21                	add	s10,s10,8
ffffffc08020075e:	f6ec1be3          	bne	s8,a4,ffffffc0802006d4 <pmap_fork_cow+0x96>
ffffffc080200762:	8d6e                	mv	s10,s11
ffffffc080200764:	f7843583          	ld	a1,-136(s0)
ffffffc080200768:	f8043d83          	ld	s11,-128(s0)
ffffffc08020076c:	8be6                	mv	s7,s9
ffffffc08020076e:	bf31                	j	ffffffc08020068a <pmap_fork_cow+0x4c>
  return __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
ffffffc080200770:	1007b52f          	lr.d	a0,(a5)
ffffffc080200774:	00e51663          	bne	a0,a4,ffffffc080200780 <pmap_fork_cow+0x142>
ffffffc080200778:	1cb7bfaf          	sc.d.aq	t6,a1,(a5)
ffffffc08020077c:	fe0f9ae3          	bnez	t6,ffffffc080200770 <pmap_fork_cow+0x132>
        while (!pte_cas(&parent[k], pte, ro)) {
ffffffc080200780:	fae506e3          	beq	a0,a4,ffffffc08020072c <pmap_fork_cow+0xee>
static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc080200784:	638c                	ld	a1,0(a5)
          ro = (pte & ~PTE_W) | PTE_COW;
ffffffc080200786:	efb5f713          	and	a4,a1,-261
ffffffc08020078a:	10076713          	or	a4,a4,256
  return __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
ffffffc08020078e:	1007b52f          	lr.d	a0,(a5)
ffffffc080200792:	00b51663          	bne	a0,a1,ffffffc08020079e <pmap_fork_cow+0x160>
ffffffc080200796:	1ce7bfaf          	sc.d.aq	t6,a4,(a5)
ffffffc08020079a:	fe0f9ae3          	bnez	t6,ffffffc08020078e <pmap_fork_cow+0x150>
        while (!pte_cas(&parent[k], pte, ro)) {
ffffffc08020079e:	f8b508e3          	beq	a0,a1,ffffffc08020072e <pmap_fork_cow+0xf0>
ffffffc0802007a2:	b7cd                	j	ffffffc080200784 <pmap_fork_cow+0x146>
      return -1;
ffffffc0802007a4:	557d                	li	a0,-1
}
ffffffc0802007a6:	60aa                	ld	ra,136(sp)
ffffffc0802007a8:	640a                	ld	s0,128(sp)
ffffffc0802007aa:	74e6                	ld	s1,120(sp)
ffffffc0802007ac:	7946                	ld	s2,112(sp)
ffffffc0802007ae:	79a6                	ld	s3,104(sp)
ffffffc0802007b0:	7a06                	ld	s4,96(sp)
ffffffc0802007b2:	6ae6                	ld	s5,88(sp)
ffffffc0802007b4:	6b46                	ld	s6,80(sp)
ffffffc0802007b6:	6ba6                	ld	s7,72(sp)
ffffffc0802007b8:	6c06                	ld	s8,64(sp)
ffffffc0802007ba:	7ce2                	ld	s9,56(sp)
ffffffc0802007bc:	7d42                	ld	s10,48(sp)
ffffffc0802007be:	7da2                	ld	s11,40(sp)
ffffffc0802007c0:	6149                	add	sp,sp,144
ffffffc0802007c2:	8082                	ret
      page_bad_pa(PTE2PA(pte));
ffffffc0802007c4:	fff007b7          	lui	a5,0xfff00
ffffffc0802007c8:	0532                	sll	a0,a0,0xc
ffffffc0802007ca:	83a1                	srl	a5,a5,0x8
ffffffc0802007cc:	8d7d                	and	a0,a0,a5
ffffffc0802007ce:	004040ef          	jal	ffffffc0802047d2 <page_bad_pa>

ffffffc0802007d2 <pmap_fork_eager>:
    copied++;
  }
  return copied;
}

int pmap_fork_eager(pagetable_t parent, pagetable_t child, uint64 *copied) {
ffffffc0802007d2:	7135                	add	sp,sp,-160
ffffffc0802007d4:	e922                	sd	s0,144(sp)
ffffffc0802007d6:	f8d2                	sd	s4,112(sp)
ffffffc0802007d8:	f4d6                	sd	s5,104(sp)
ffffffc0802007da:	ed06                	sd	ra,152(sp)
ffffffc0802007dc:	e526                	sd	s1,136(sp)
ffffffc0802007de:	e14a                	sd	s2,128(sp)
ffffffc0802007e0:	fcce                	sd	s3,120(sp)
ffffffc0802007e2:	f0da                	sd	s6,96(sp)
ffffffc0802007e4:	ecde                	sd	s7,88(sp)
ffffffc0802007e6:	e8e2                	sd	s8,80(sp)
ffffffc0802007e8:	e4e6                	sd	s9,72(sp)
ffffffc0802007ea:	e0ea                	sd	s10,64(sp)
ffffffc0802007ec:	fc6e                	sd	s11,56(sp)
ffffffc0802007ee:	1100                	add	s0,sp,160
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc0802007f0:	fff00ab7          	lui	s5,0xfff00
ffffffc0802007f4:	5a7d                	li	s4,-1
int pmap_fork_eager(pagetable_t parent, pagetable_t child, uint64 *copied) {
ffffffc0802007f6:	f8c43023          	sd	a2,-128(s0)
ffffffc0802007fa:	f6b43423          	sd	a1,-152(s0)
  *copied = 0;
ffffffc0802007fe:	00063023          	sd	zero,0(a2) # fffffffffff00000 <kernel_end+0x3f7f841000>
  for (int i = 0; i < USER_ROOT_ENTRIES; i++) {
ffffffc080200802:	f6a43c23          	sd	a0,-136(s0)
ffffffc080200806:	f6043823          	sd	zero,-144(s0)
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc08020080a:	008ada93          	srl	s5,s5,0x8
ffffffc08020080e:	1a1a                	sll	s4,s4,0x26
    if (!(parent[i] & PTE_V))
ffffffc080200810:	f7843783          	ld	a5,-136(s0)
ffffffc080200814:	639c                	ld	a5,0(a5)
ffffffc080200816:	0017f713          	and	a4,a5,1
ffffffc08020081a:	e315                	bnez	a4,ffffffc08020083e <pmap_fork_eager+0x6c>
  for (int i = 0; i < USER_ROOT_ENTRIES; i++) {
ffffffc08020081c:	f7043783          	ld	a5,-144(s0)
ffffffc080200820:	f7843683          	ld	a3,-136(s0)
ffffffc080200824:	0017871b          	addw	a4,a5,1 # fffffffffff00001 <kernel_end+0x3f7f841001>
ffffffc080200828:	06a1                	add	a3,a3,8
ffffffc08020082a:	f6e43823          	sd	a4,-144(s0)
ffffffc08020082e:	10000793          	li	a5,256
ffffffc080200832:	f6d43c23          	sd	a3,-136(s0)
ffffffc080200836:	fcf71de3          	bne	a4,a5,ffffffc080200810 <pmap_fork_eager+0x3e>
      if (n < 0)
        return -1;
      *copied += n;
    }
  }
  return 0;
ffffffc08020083a:	4501                	li	a0,0
ffffffc08020083c:	a05d                	j	ffffffc0802008e2 <pmap_fork_eager+0x110>
    pagetable_t l1p = table_of(parent[i]), l1c = child_table(child, i);
ffffffc08020083e:	f7043583          	ld	a1,-144(s0)
ffffffc080200842:	f6843503          	ld	a0,-152(s0)
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200846:	00279b93          	sll	s7,a5,0x2
ffffffc08020084a:	015bfbb3          	and	s7,s7,s5
    pagetable_t l1p = table_of(parent[i]), l1c = child_table(child, i);
ffffffc08020084e:	90bff0ef          	jal	ffffffc080200158 <child_table>
ffffffc080200852:	f8a43423          	sd	a0,-120(s0)
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200856:	9bd2                	add	s7,s7,s4
    if (!l1c)
ffffffc080200858:	c541                	beqz	a0,ffffffc0802008e0 <pmap_fork_eager+0x10e>
    child[k] = PA2PTE(V2P(page)) | flags;
ffffffc08020085a:	4b05                	li	s6,1
    for (int j = 0; j < 512; j++) {
ffffffc08020085c:	4c01                	li	s8,0
    child[k] = PA2PTE(V2P(page)) | flags;
ffffffc08020085e:	1b1a                	sll	s6,s6,0x26
      if (!(l1p[j] & PTE_V))
ffffffc080200860:	000bb783          	ld	a5,0(s7)
ffffffc080200864:	8b85                	and	a5,a5,1
ffffffc080200866:	c3d5                	beqz	a5,ffffffc08020090a <pmap_fork_eager+0x138>
      pagetable_t l0c = child_table(l1c, j);
ffffffc080200868:	f8843503          	ld	a0,-120(s0)
ffffffc08020086c:	85e2                	mv	a1,s8
ffffffc08020086e:	8ebff0ef          	jal	ffffffc080200158 <child_table>
      if (!l0c)
ffffffc080200872:	c53d                	beqz	a0,ffffffc0802008e0 <pmap_fork_eager+0x10e>
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200874:	000bb483          	ld	s1,0(s7)
ffffffc080200878:	6785                	lui	a5,0x1
ffffffc08020087a:	8daa                	mv	s11,a0
ffffffc08020087c:	048a                	sll	s1,s1,0x2
ffffffc08020087e:	0154f4b3          	and	s1,s1,s5
ffffffc080200882:	94d2                	add	s1,s1,s4
  for (int k = 0; k < 512; k++) {
ffffffc080200884:	00f50933          	add	s2,a0,a5
  int64 copied = 0;
ffffffc080200888:	4981                	li	s3,0
ffffffc08020088a:	8c89                	sub	s1,s1,a0
ffffffc08020088c:	a80d                	j	ffffffc0802008be <pmap_fork_eager+0xec>
    memcpy(page, P2V(PTE2PA(pte)), PGSIZE);
ffffffc08020088e:	43e030ef          	jal	ffffffc080203ccc <memcpy>
      flags = (flags & ~PTE_COW) | PTE_W; /* the copy is private */
ffffffc080200892:	23bcf713          	and	a4,s9,571
    if (flags & PTE_COW)
ffffffc080200896:	100cf613          	and	a2,s9,256
    pte_t flags = PTE_FLAGS(pte) | PTE_A | PTE_D;
ffffffc08020089a:	33fcf593          	and	a1,s9,831
      flags = (flags & ~PTE_COW) | PTE_W; /* the copy is private */
ffffffc08020089e:	0c476713          	or	a4,a4,196
    if (flags & PTE_COW)
ffffffc0802008a2:	e219                	bnez	a2,ffffffc0802008a8 <pmap_fork_eager+0xd6>
    pte_t flags = PTE_FLAGS(pte) | PTE_A | PTE_D;
ffffffc0802008a4:	0c05e713          	or	a4,a1,192
    child[k] = PA2PTE(V2P(page)) | flags;
ffffffc0802008a8:	016d07b3          	add	a5,s10,s6
ffffffc0802008ac:	83b1                	srl	a5,a5,0xc
ffffffc0802008ae:	07aa                	sll	a5,a5,0xa
ffffffc0802008b0:	8fd9                	or	a5,a5,a4
ffffffc0802008b2:	00fdb023          	sd	a5,0(s11)
    copied++;
ffffffc0802008b6:	0985                	add	s3,s3,1
  for (int k = 0; k < 512; k++) {
ffffffc0802008b8:	0da1                	add	s11,s11,8
ffffffc0802008ba:	05b90363          	beq	s2,s11,ffffffc080200900 <pmap_fork_eager+0x12e>
static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc0802008be:	01b487b3          	add	a5,s1,s11
ffffffc0802008c2:	0007bc83          	ld	s9,0(a5) # 1000 <KERNEL_PA-0x801ff000>
    if (!(pte & PTE_V))
ffffffc0802008c6:	001cf793          	and	a5,s9,1
ffffffc0802008ca:	d7fd                	beqz	a5,ffffffc0802008b8 <pmap_fork_eager+0xe6>
    void *page = page_alloc();
ffffffc0802008cc:	485030ef          	jal	ffffffc080204550 <page_alloc>
    memcpy(page, P2V(PTE2PA(pte)), PGSIZE);
ffffffc0802008d0:	002c9593          	sll	a1,s9,0x2
ffffffc0802008d4:	0155f5b3          	and	a1,a1,s5
ffffffc0802008d8:	6605                	lui	a2,0x1
ffffffc0802008da:	95d2                	add	a1,a1,s4
    void *page = page_alloc();
ffffffc0802008dc:	8d2a                	mv	s10,a0
    if (!page)
ffffffc0802008de:	f945                	bnez	a0,ffffffc08020088e <pmap_fork_eager+0xbc>
      return -1;
ffffffc0802008e0:	557d                	li	a0,-1
}
ffffffc0802008e2:	60ea                	ld	ra,152(sp)
ffffffc0802008e4:	644a                	ld	s0,144(sp)
ffffffc0802008e6:	64aa                	ld	s1,136(sp)
ffffffc0802008e8:	690a                	ld	s2,128(sp)
ffffffc0802008ea:	79e6                	ld	s3,120(sp)
ffffffc0802008ec:	7a46                	ld	s4,112(sp)
ffffffc0802008ee:	7aa6                	ld	s5,104(sp)
ffffffc0802008f0:	7b06                	ld	s6,96(sp)
ffffffc0802008f2:	6be6                	ld	s7,88(sp)
ffffffc0802008f4:	6c46                	ld	s8,80(sp)
ffffffc0802008f6:	6ca6                	ld	s9,72(sp)
ffffffc0802008f8:	6d06                	ld	s10,64(sp)
ffffffc0802008fa:	7de2                	ld	s11,56(sp)
ffffffc0802008fc:	610d                	add	sp,sp,160
ffffffc0802008fe:	8082                	ret
      *copied += n;
ffffffc080200900:	f8043703          	ld	a4,-128(s0)
ffffffc080200904:	631c                	ld	a5,0(a4)
ffffffc080200906:	97ce                	add	a5,a5,s3
ffffffc080200908:	e31c                	sd	a5,0(a4)
    for (int j = 0; j < 512; j++) {
ffffffc08020090a:	2c05                	addw	s8,s8,1
ffffffc08020090c:	20000793          	li	a5,512
ffffffc080200910:	0ba1                	add	s7,s7,8
ffffffc080200912:	f4fc17e3          	bne	s8,a5,ffffffc080200860 <pmap_fork_eager+0x8e>
ffffffc080200916:	b719                	j	ffffffc08020081c <pmap_fork_eager+0x4a>

ffffffc080200918 <pmap_remove>:
}

void pmap_remove(pagetable_t pt, uint64 start, uint64 end, flush_fn flush_others, void *arg) {
  void *batch[REMOVE_BATCH];
  int n = 0;
  for (uint64 va = start; va < end; va += PGSIZE) {
ffffffc080200918:	12c5f063          	bgeu	a1,a2,ffffffc080200a38 <pmap_remove+0x120>
void pmap_remove(pagetable_t pt, uint64 start, uint64 end, flush_fn flush_others, void *arg) {
ffffffc08020091c:	b9010113          	add	sp,sp,-1136
ffffffc080200920:	46813023          	sd	s0,1120(sp)
ffffffc080200924:	44913c23          	sd	s1,1112(sp)
ffffffc080200928:	45213823          	sd	s2,1104(sp)
ffffffc08020092c:	45313423          	sd	s3,1096(sp)
ffffffc080200930:	45413023          	sd	s4,1088(sp)
ffffffc080200934:	43513c23          	sd	s5,1080(sp)
ffffffc080200938:	43613823          	sd	s6,1072(sp)
ffffffc08020093c:	43713423          	sd	s7,1064(sp)
ffffffc080200940:	43813023          	sd	s8,1056(sp)
ffffffc080200944:	41913c23          	sd	s9,1048(sp)
ffffffc080200948:	41a13823          	sd	s10,1040(sp)
ffffffc08020094c:	46113423          	sd	ra,1128(sp)
ffffffc080200950:	41b13423          	sd	s11,1032(sp)
ffffffc080200954:	47010413          	add	s0,sp,1136
    if (!p)
      continue;
    pte_t old = __atomic_exchange_n(p, 0, __ATOMIC_ACQ_REL);
    if (!(old & PTE_V))
      continue;
    batch[n++] = P2V(PTE2PA(old));
ffffffc080200958:	fff00ab7          	lui	s5,0xfff00
ffffffc08020095c:	5a7d                	li	s4,-1
void pmap_remove(pagetable_t pt, uint64 start, uint64 end, flush_fn flush_others, void *arg) {
ffffffc08020095e:	8cae                	mv	s9,a1
ffffffc080200960:	84b2                	mv	s1,a2
ffffffc080200962:	892a                	mv	s2,a0
ffffffc080200964:	8b36                	mv	s6,a3
ffffffc080200966:	8c3a                	mv	s8,a4
  int n = 0;
ffffffc080200968:	4d01                	li	s10,0
    batch[n++] = P2V(PTE2PA(old));
ffffffc08020096a:	008ada93          	srl	s5,s5,0x8
ffffffc08020096e:	1a1a                	sll	s4,s4,0x26
    if (n == REMOVE_BATCH) {
ffffffc080200970:	08000b93          	li	s7,128
  for (uint64 va = start; va < end; va += PGSIZE) {
ffffffc080200974:	6985                	lui	s3,0x1
    pte_t *p = pmap_walk(pt, va, false);
ffffffc080200976:	4601                	li	a2,0
ffffffc080200978:	85e6                	mv	a1,s9
ffffffc08020097a:	854a                	mv	a0,s2
ffffffc08020097c:	983ff0ef          	jal	ffffffc0802002fe <pmap_walk>
    if (!p)
ffffffc080200980:	c51d                	beqz	a0,ffffffc0802009ae <pmap_remove+0x96>
    pte_t old = __atomic_exchange_n(p, 0, __ATOMIC_ACQ_REL);
ffffffc080200982:	4781                	li	a5,0
ffffffc080200984:	0f50000f          	fence	iorw,ow
ffffffc080200988:	0cf537af          	amoswap.d.aq	a5,a5,(a0)
    if (!(old & PTE_V))
ffffffc08020098c:	0017f713          	and	a4,a5,1
ffffffc080200990:	cf19                	beqz	a4,ffffffc0802009ae <pmap_remove+0x96>
    batch[n++] = P2V(PTE2PA(old));
ffffffc080200992:	003d1713          	sll	a4,s10,0x3
ffffffc080200996:	078a                	sll	a5,a5,0x2
ffffffc080200998:	0157f7b3          	and	a5,a5,s5
ffffffc08020099c:	f9070713          	add	a4,a4,-112
ffffffc0802009a0:	9722                	add	a4,a4,s0
ffffffc0802009a2:	97d2                	add	a5,a5,s4
ffffffc0802009a4:	c0f73023          	sd	a5,-1024(a4)
    if (n == REMOVE_BATCH) {
ffffffc0802009a8:	2d05                	addw	s10,s10,1
ffffffc0802009aa:	077d0463          	beq	s10,s7,ffffffc080200a12 <pmap_remove+0xfa>
  for (uint64 va = start; va < end; va += PGSIZE) {
ffffffc0802009ae:	9cce                	add	s9,s9,s3
ffffffc0802009b0:	fc9ce3e3          	bltu	s9,s1,ffffffc080200976 <pmap_remove+0x5e>
  if (n == 0)
ffffffc0802009b4:	020d0263          	beqz	s10,ffffffc0802009d8 <pmap_remove+0xc0>
ffffffc0802009b8:	12000073          	sfence.vma
  if (flush_others)
ffffffc0802009bc:	000b0463          	beqz	s6,ffffffc0802009c4 <pmap_remove+0xac>
    flush_others(arg);
ffffffc0802009c0:	8562                	mv	a0,s8
ffffffc0802009c2:	9b02                	jalr	s6
  for (int i = 0; i < n; i++)
ffffffc0802009c4:	b9040493          	add	s1,s0,-1136
ffffffc0802009c8:	0d0e                	sll	s10,s10,0x3
ffffffc0802009ca:	9d26                	add	s10,s10,s1
    page_free(batch[i]);
ffffffc0802009cc:	6088                	ld	a0,0(s1)
  for (int i = 0; i < n; i++)
ffffffc0802009ce:	04a1                	add	s1,s1,8 # fffffffffff00008 <kernel_end+0x3f7f841008>
    page_free(batch[i]);
ffffffc0802009d0:	549030ef          	jal	ffffffc080204718 <page_free>
  for (int i = 0; i < n; i++)
ffffffc0802009d4:	fe9d1ce3          	bne	s10,s1,ffffffc0802009cc <pmap_remove+0xb4>
      release_batch(batch, n, flush_others, arg);
      n = 0;
    }
  }
  release_batch(batch, n, flush_others, arg);
}
ffffffc0802009d8:	46813083          	ld	ra,1128(sp)
ffffffc0802009dc:	46013403          	ld	s0,1120(sp)
ffffffc0802009e0:	45813483          	ld	s1,1112(sp)
ffffffc0802009e4:	45013903          	ld	s2,1104(sp)
ffffffc0802009e8:	44813983          	ld	s3,1096(sp)
ffffffc0802009ec:	44013a03          	ld	s4,1088(sp)
ffffffc0802009f0:	43813a83          	ld	s5,1080(sp)
ffffffc0802009f4:	43013b03          	ld	s6,1072(sp)
ffffffc0802009f8:	42813b83          	ld	s7,1064(sp)
ffffffc0802009fc:	42013c03          	ld	s8,1056(sp)
ffffffc080200a00:	41813c83          	ld	s9,1048(sp)
ffffffc080200a04:	41013d03          	ld	s10,1040(sp)
ffffffc080200a08:	40813d83          	ld	s11,1032(sp)
ffffffc080200a0c:	47010113          	add	sp,sp,1136
ffffffc080200a10:	8082                	ret
ffffffc080200a12:	12000073          	sfence.vma
  if (flush_others)
ffffffc080200a16:	000b0463          	beqz	s6,ffffffc080200a1e <pmap_remove+0x106>
    flush_others(arg);
ffffffc080200a1a:	8562                	mv	a0,s8
ffffffc080200a1c:	9b02                	jalr	s6
  for (int i = 0; i < n; i++)
ffffffc080200a1e:	b9040d13          	add	s10,s0,-1136
ffffffc080200a22:	f9040d93          	add	s11,s0,-112
    page_free(batch[i]);
ffffffc080200a26:	000d3503          	ld	a0,0(s10)
  for (int i = 0; i < n; i++)
ffffffc080200a2a:	0d21                	add	s10,s10,8
    page_free(batch[i]);
ffffffc080200a2c:	4ed030ef          	jal	ffffffc080204718 <page_free>
  for (int i = 0; i < n; i++)
ffffffc080200a30:	ffbd1be3          	bne	s10,s11,ffffffc080200a26 <pmap_remove+0x10e>
      n = 0;
ffffffc080200a34:	4d01                	li	s10,0
ffffffc080200a36:	bfa5                	j	ffffffc0802009ae <pmap_remove+0x96>
ffffffc080200a38:	8082                	ret

ffffffc080200a3a <pmap_activate>:

void pmap_activate(pagetable_t pt) {
  csr_write(satp, SATP_MODE_SV39 | (V2P(pt) >> PGSHIFT));
ffffffc080200a3a:	4705                	li	a4,1
ffffffc080200a3c:	02671793          	sll	a5,a4,0x26
void pmap_activate(pagetable_t pt) {
ffffffc080200a40:	1141                	add	sp,sp,-16
  csr_write(satp, SATP_MODE_SV39 | (V2P(pt) >> PGSHIFT));
ffffffc080200a42:	953e                	add	a0,a0,a5
ffffffc080200a44:	57fd                	li	a5,-1
void pmap_activate(pagetable_t pt) {
ffffffc080200a46:	e422                	sd	s0,8(sp)
  csr_write(satp, SATP_MODE_SV39 | (V2P(pt) >> PGSHIFT));
ffffffc080200a48:	17fe                	sll	a5,a5,0x3f
void pmap_activate(pagetable_t pt) {
ffffffc080200a4a:	0800                	add	s0,sp,16
  csr_write(satp, SATP_MODE_SV39 | (V2P(pt) >> PGSHIFT));
ffffffc080200a4c:	8131                	srl	a0,a0,0xc
ffffffc080200a4e:	8d5d                	or	a0,a0,a5
ffffffc080200a50:	18051073          	csrw	satp,a0
static inline void sfence_vma_page(uint64 va) {
  __asm__ volatile("sfence.vma %0, zero" ::"r"(va) : "memory");
}
/* Flush the non-global entries of one ASID (kernel mappings are global). */
static inline void sfence_vma_asid(uint64 asid) {
  __asm__ volatile("sfence.vma zero, %0" ::"r"(asid) : "memory");
ffffffc080200a54:	4781                	li	a5,0
ffffffc080200a56:	12f00073          	sfence.vma	zero,a5
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080200a5a:	8792                	mv	a5,tp

static inline struct cpu *mycpu(void) { return (struct cpu *)r_tp(); }

/* Relaxed: counters order nothing; they are read only for statistics. */
static inline void stat_inc(int idx) {
  __atomic_fetch_add(&mycpu()->stats[idx], 1, __ATOMIC_RELAXED);
ffffffc080200a5c:	33078793          	add	a5,a5,816
ffffffc080200a60:	00e7b02f          	amoadd.d	zero,a4,(a5)
  sfence_vma_asid(0);
  stat_inc(VM_tlb_flush_all);
}
ffffffc080200a64:	6422                	ld	s0,8(sp)
ffffffc080200a66:	0141                	add	sp,sp,16
ffffffc080200a68:	8082                	ret

ffffffc080200a6a <pmap_activate_kernel>:

/* No flush: while satp holds the kernel table this hart makes no user
 * access, so stale user entries are harmless until the next
 * pmap_activate, which flushes them. */
void pmap_activate_kernel(void) {
  csr_write(satp, SATP_MODE_SV39 | (V2P(kernel_pagetable) >> PGSHIFT));
ffffffc080200a6a:	4705                	li	a4,1
ffffffc080200a6c:	171a                	sll	a4,a4,0x26
ffffffc080200a6e:	00278797          	auipc	a5,0x278
ffffffc080200a72:	59278793          	add	a5,a5,1426 # ffffffc080479000 <kernel_pagetable>
void pmap_activate_kernel(void) {
ffffffc080200a76:	1141                	add	sp,sp,-16
  csr_write(satp, SATP_MODE_SV39 | (V2P(kernel_pagetable) >> PGSHIFT));
ffffffc080200a78:	97ba                	add	a5,a5,a4
ffffffc080200a7a:	577d                	li	a4,-1
void pmap_activate_kernel(void) {
ffffffc080200a7c:	e422                	sd	s0,8(sp)
  csr_write(satp, SATP_MODE_SV39 | (V2P(kernel_pagetable) >> PGSHIFT));
ffffffc080200a7e:	177e                	sll	a4,a4,0x3f
void pmap_activate_kernel(void) {
ffffffc080200a80:	0800                	add	s0,sp,16
  csr_write(satp, SATP_MODE_SV39 | (V2P(kernel_pagetable) >> PGSHIFT));
ffffffc080200a82:	83b1                	srl	a5,a5,0xc
ffffffc080200a84:	8fd9                	or	a5,a5,a4
ffffffc080200a86:	18079073          	csrw	satp,a5
}
ffffffc080200a8a:	6422                	ld	s0,8(sp)
ffffffc080200a8c:	0141                	add	sp,sp,16
ffffffc080200a8e:	8082                	ret

ffffffc080200a90 <sbi_call>:
/* SBI calls: ecall with a7 = extension, a6 = function, a0..a5 = arguments;
 * the firmware answers a0 = error, a1 = value. */
#include "arch/riscv/sbi.h"

struct sbiret sbi_call(uint64 ext, uint64 fid, uint64 a0, uint64 a1, uint64 a2) {
ffffffc080200a90:	1101                	add	sp,sp,-32
ffffffc080200a92:	ec22                	sd	s0,24(sp)
ffffffc080200a94:	1000                	add	s0,sp,32
ffffffc080200a96:	88aa                	mv	a7,a0
ffffffc080200a98:	882e                	mv	a6,a1
  register uint64 r0 __asm__("a0") = a0;
ffffffc080200a9a:	8532                	mv	a0,a2
  register uint64 r1 __asm__("a1") = a1;
ffffffc080200a9c:	85b6                	mv	a1,a3
  register uint64 r2 __asm__("a2") = a2;
ffffffc080200a9e:	863a                	mv	a2,a4
  register uint64 r6 __asm__("a6") = fid;
  register uint64 r7 __asm__("a7") = ext;
  __asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r6), "r"(r7) : "memory");
ffffffc080200aa0:	00000073          	ecall
  return (struct sbiret){.error = (long)r0, .value = (long)r1};
}
ffffffc080200aa4:	6462                	ld	s0,24(sp)
ffffffc080200aa6:	6105                	add	sp,sp,32
ffffffc080200aa8:	8082                	ret

ffffffc080200aaa <sbi_probe>:

bool sbi_probe(uint64 ext) {
ffffffc080200aaa:	1141                	add	sp,sp,-16
ffffffc080200aac:	e422                	sd	s0,8(sp)
ffffffc080200aae:	0800                	add	s0,sp,16
  register uint64 r1 __asm__("a1") = a1;
ffffffc080200ab0:	4581                	li	a1,0
  register uint64 r2 __asm__("a2") = a2;
ffffffc080200ab2:	4601                	li	a2,0
  register uint64 r6 __asm__("a6") = fid;
ffffffc080200ab4:	480d                	li	a6,3
  register uint64 r7 __asm__("a7") = ext;
ffffffc080200ab6:	48c1                	li	a7,16
  __asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r6), "r"(r7) : "memory");
ffffffc080200ab8:	00000073          	ecall
  struct sbiret r = sbi_call(SBI_EXT_BASE, 3, ext, 0, 0);
  return r.error == 0 && r.value != 0;
ffffffc080200abc:	e511                	bnez	a0,ffffffc080200ac8 <sbi_probe+0x1e>
}
ffffffc080200abe:	6422                	ld	s0,8(sp)
  return r.error == 0 && r.value != 0;
ffffffc080200ac0:	00b03533          	snez	a0,a1
}
ffffffc080200ac4:	0141                	add	sp,sp,16
ffffffc080200ac6:	8082                	ret
ffffffc080200ac8:	6422                	ld	s0,8(sp)
ffffffc080200aca:	4501                	li	a0,0
ffffffc080200acc:	0141                	add	sp,sp,16
ffffffc080200ace:	8082                	ret

ffffffc080200ad0 <sbi_set_timer>:

void sbi_set_timer(uint64 stime) { sbi_call(SBI_EXT_TIME, 0, stime, 0, 0); }
ffffffc080200ad0:	1141                	add	sp,sp,-16
ffffffc080200ad2:	e422                	sd	s0,8(sp)
  register uint64 r7 __asm__("a7") = ext;
ffffffc080200ad4:	544958b7          	lui	a7,0x54495
void sbi_set_timer(uint64 stime) { sbi_call(SBI_EXT_TIME, 0, stime, 0, 0); }
ffffffc080200ad8:	0800                	add	s0,sp,16
  register uint64 r1 __asm__("a1") = a1;
ffffffc080200ada:	4581                	li	a1,0
  register uint64 r2 __asm__("a2") = a2;
ffffffc080200adc:	4601                	li	a2,0
  register uint64 r6 __asm__("a6") = fid;
ffffffc080200ade:	4801                	li	a6,0
  register uint64 r7 __asm__("a7") = ext;
ffffffc080200ae0:	d4588893          	add	a7,a7,-699 # 54494d45 <KERNEL_PA-0x2bd6b2bb>
  __asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r6), "r"(r7) : "memory");
ffffffc080200ae4:	00000073          	ecall
void sbi_set_timer(uint64 stime) { sbi_call(SBI_EXT_TIME, 0, stime, 0, 0); }
ffffffc080200ae8:	6422                	ld	s0,8(sp)
ffffffc080200aea:	0141                	add	sp,sp,16
ffffffc080200aec:	8082                	ret

ffffffc080200aee <sbi_send_ipi>:

void sbi_send_ipi(uint64 hart_mask, uint64 hart_mask_base) {
ffffffc080200aee:	1141                	add	sp,sp,-16
ffffffc080200af0:	e422                	sd	s0,8(sp)
  register uint64 r7 __asm__("a7") = ext;
ffffffc080200af2:	007358b7          	lui	a7,0x735
void sbi_send_ipi(uint64 hart_mask, uint64 hart_mask_base) {
ffffffc080200af6:	0800                	add	s0,sp,16
  register uint64 r2 __asm__("a2") = a2;
ffffffc080200af8:	4601                	li	a2,0
  register uint64 r6 __asm__("a6") = fid;
ffffffc080200afa:	4801                	li	a6,0
  register uint64 r7 __asm__("a7") = ext;
ffffffc080200afc:	04988893          	add	a7,a7,73 # 735049 <KERNEL_PA-0x7facafb7>
  __asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r6), "r"(r7) : "memory");
ffffffc080200b00:	00000073          	ecall
  sbi_call(SBI_EXT_IPI, 0, hart_mask, hart_mask_base, 0);
}
ffffffc080200b04:	6422                	ld	s0,8(sp)
ffffffc080200b06:	0141                	add	sp,sp,16
ffffffc080200b08:	8082                	ret

ffffffc080200b0a <sbi_remote_sfence_vma>:

/* Fences the given harts' TLBs for [start, start+size); size -1 = all. */
void sbi_remote_sfence_vma(uint64 hart_mask, uint64 hart_mask_base, uint64 start, uint64 size) {
ffffffc080200b0a:	1141                	add	sp,sp,-16
ffffffc080200b0c:	e422                	sd	s0,8(sp)
  register uint64 r0 __asm__("a0") = hart_mask;
  register uint64 r1 __asm__("a1") = hart_mask_base;
  register uint64 r2 __asm__("a2") = start;
  register uint64 r3 __asm__("a3") = size;
  register uint64 r6 __asm__("a6") = 1;
  register uint64 r7 __asm__("a7") = SBI_EXT_RFENCE;
ffffffc080200b0e:	524658b7          	lui	a7,0x52465
void sbi_remote_sfence_vma(uint64 hart_mask, uint64 hart_mask_base, uint64 start, uint64 size) {
ffffffc080200b12:	0800                	add	s0,sp,16
  register uint64 r6 __asm__("a6") = 1;
ffffffc080200b14:	4805                	li	a6,1
  register uint64 r7 __asm__("a7") = SBI_EXT_RFENCE;
ffffffc080200b16:	e4388893          	add	a7,a7,-445 # 52464e43 <KERNEL_PA-0x2dd9b1bd>
  __asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r3), "r"(r6), "r"(r7) : "memory");
ffffffc080200b1a:	00000073          	ecall
}
ffffffc080200b1e:	6422                	ld	s0,8(sp)
ffffffc080200b20:	0141                	add	sp,sp,16
ffffffc080200b22:	8082                	ret

ffffffc080200b24 <sbi_hart_start>:

long sbi_hart_start(uint64 hartid, uint64 start_pa, uint64 opaque) {
ffffffc080200b24:	1141                	add	sp,sp,-16
ffffffc080200b26:	e422                	sd	s0,8(sp)
  register uint64 r7 __asm__("a7") = ext;
ffffffc080200b28:	004858b7          	lui	a7,0x485
long sbi_hart_start(uint64 hartid, uint64 start_pa, uint64 opaque) {
ffffffc080200b2c:	0800                	add	s0,sp,16
  register uint64 r6 __asm__("a6") = fid;
ffffffc080200b2e:	4801                	li	a6,0
  register uint64 r7 __asm__("a7") = ext;
ffffffc080200b30:	34d88893          	add	a7,a7,845 # 48534d <KERNEL_PA-0x7fd7acb3>
  __asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r6), "r"(r7) : "memory");
ffffffc080200b34:	00000073          	ecall
  return sbi_call(SBI_EXT_HSM, 0, hartid, start_pa, opaque).error;
}
ffffffc080200b38:	6422                	ld	s0,8(sp)
ffffffc080200b3a:	0141                	add	sp,sp,16
ffffffc080200b3c:	8082                	ret

ffffffc080200b3e <sbi_shutdown>:

void sbi_shutdown(bool failure) {
ffffffc080200b3e:	1141                	add	sp,sp,-16
ffffffc080200b40:	e422                	sd	s0,8(sp)
  register uint64 r7 __asm__("a7") = ext;
ffffffc080200b42:	535258b7          	lui	a7,0x53525
void sbi_shutdown(bool failure) {
ffffffc080200b46:	0800                	add	s0,sp,16
ffffffc080200b48:	85aa                	mv	a1,a0
  register uint64 r0 __asm__("a0") = a0;
ffffffc080200b4a:	4501                	li	a0,0
  register uint64 r2 __asm__("a2") = a2;
ffffffc080200b4c:	4601                	li	a2,0
  register uint64 r6 __asm__("a6") = fid;
ffffffc080200b4e:	4801                	li	a6,0
  register uint64 r7 __asm__("a7") = ext;
ffffffc080200b50:	35488893          	add	a7,a7,852 # 53525354 <KERNEL_PA-0x2ccdacac>
  __asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r6), "r"(r7) : "memory");
ffffffc080200b54:	00000073          	ecall
  sbi_call(SBI_EXT_SRST, 0, 0, failure ? 1 : 0, 0);
  for (;;)
    __asm__ volatile("wfi");
ffffffc080200b58:	10500073          	wfi
ffffffc080200b5c:	10500073          	wfi
  for (;;)
ffffffc080200b60:	bfe5                	j	ffffffc080200b58 <sbi_shutdown+0x1a>

ffffffc080200b62 <swtch>:
 * callee-saved registers in old, loads them from new, and returns on new's
 * stack. */
.section .text
.globl swtch
swtch:
	sd ra, 0(a0)
ffffffc080200b62:	00153023          	sd	ra,0(a0)
	sd sp, 8(a0)
ffffffc080200b66:	00253423          	sd	sp,8(a0)
	sd s0, 16(a0)
ffffffc080200b6a:	e900                	sd	s0,16(a0)
	sd s1, 24(a0)
ffffffc080200b6c:	ed04                	sd	s1,24(a0)
	sd s2, 32(a0)
ffffffc080200b6e:	03253023          	sd	s2,32(a0)
	sd s3, 40(a0)
ffffffc080200b72:	03353423          	sd	s3,40(a0)
	sd s4, 48(a0)
ffffffc080200b76:	03453823          	sd	s4,48(a0)
	sd s5, 56(a0)
ffffffc080200b7a:	03553c23          	sd	s5,56(a0)
	sd s6, 64(a0)
ffffffc080200b7e:	05653023          	sd	s6,64(a0)
	sd s7, 72(a0)
ffffffc080200b82:	05753423          	sd	s7,72(a0)
	sd s8, 80(a0)
ffffffc080200b86:	05853823          	sd	s8,80(a0)
	sd s9, 88(a0)
ffffffc080200b8a:	05953c23          	sd	s9,88(a0)
	sd s10, 96(a0)
ffffffc080200b8e:	07a53023          	sd	s10,96(a0)
	sd s11, 104(a0)
ffffffc080200b92:	07b53423          	sd	s11,104(a0)
	ld ra, 0(a1)
ffffffc080200b96:	0005b083          	ld	ra,0(a1)
	ld sp, 8(a1)
ffffffc080200b9a:	0085b103          	ld	sp,8(a1)
	ld s0, 16(a1)
ffffffc080200b9e:	6980                	ld	s0,16(a1)
	ld s1, 24(a1)
ffffffc080200ba0:	6d84                	ld	s1,24(a1)
	ld s2, 32(a1)
ffffffc080200ba2:	0205b903          	ld	s2,32(a1)
	ld s3, 40(a1)
ffffffc080200ba6:	0285b983          	ld	s3,40(a1)
	ld s4, 48(a1)
ffffffc080200baa:	0305ba03          	ld	s4,48(a1)
	ld s5, 56(a1)
ffffffc080200bae:	0385ba83          	ld	s5,56(a1)
	ld s6, 64(a1)
ffffffc080200bb2:	0405bb03          	ld	s6,64(a1)
	ld s7, 72(a1)
ffffffc080200bb6:	0485bb83          	ld	s7,72(a1)
	ld s8, 80(a1)
ffffffc080200bba:	0505bc03          	ld	s8,80(a1)
	ld s9, 88(a1)
ffffffc080200bbe:	0585bc83          	ld	s9,88(a1)
	ld s10, 96(a1)
ffffffc080200bc2:	0605bd03          	ld	s10,96(a1)
	ld s11, 104(a1)
ffffffc080200bc6:	0685bd83          	ld	s11,104(a1)
	ret
ffffffc080200bca:	8082                	ret

ffffffc080200bcc <tlb_flush_local>:
 * initiator with amoor.d.rl (publishes the request), cleared by the target
 * with amoand.d.rl after flushing (publishes the flush); both sides read it
 * with acquire. */
static uint64 pending[NCPU];

void tlb_flush_local(uint64 start, uint64 end) {
ffffffc080200bcc:	1141                	add	sp,sp,-16
ffffffc080200bce:	e422                	sd	s0,8(sp)
ffffffc080200bd0:	0800                	add	s0,sp,16
  if (end == TLB_FLUSH_EVERYTHING || (end - start) / PGSIZE > TLB_FLUSH_ALL_PAGES) {
ffffffc080200bd2:	57fd                	li	a5,-1
ffffffc080200bd4:	02f58863          	beq	a1,a5,ffffffc080200c04 <tlb_flush_local+0x38>
ffffffc080200bd8:	40a587b3          	sub	a5,a1,a0
ffffffc080200bdc:	6745                	lui	a4,0x11
ffffffc080200bde:	02e7f363          	bgeu	a5,a4,ffffffc080200c04 <tlb_flush_local+0x38>
ffffffc080200be2:	4685                	li	a3,1
    sfence_vma_all();
    stat_inc(VM_tlb_flush_all);
    return;
  }
  for (uint64 va = start; va < end; va += PGSIZE) {
ffffffc080200be4:	6705                	lui	a4,0x1
ffffffc080200be6:	00b57c63          	bgeu	a0,a1,ffffffc080200bfe <tlb_flush_local+0x32>
  __asm__ volatile("sfence.vma %0, zero" ::"r"(va) : "memory");
ffffffc080200bea:	12050073          	sfence.vma	a0
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080200bee:	8792                	mv	a5,tp
ffffffc080200bf0:	32878793          	add	a5,a5,808
ffffffc080200bf4:	00d7b02f          	amoadd.d	zero,a3,(a5)
ffffffc080200bf8:	953a                	add	a0,a0,a4
ffffffc080200bfa:	feb568e3          	bltu	a0,a1,ffffffc080200bea <tlb_flush_local+0x1e>
    sfence_vma_page(va);
    stat_inc(VM_tlb_flush_page);
  }
}
ffffffc080200bfe:	6422                	ld	s0,8(sp)
ffffffc080200c00:	0141                	add	sp,sp,16
ffffffc080200c02:	8082                	ret
static inline void sfence_vma_all(void) { __asm__ volatile("sfence.vma zero, zero" ::: "memory"); }
ffffffc080200c04:	12000073          	sfence.vma
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080200c08:	8792                	mv	a5,tp
ffffffc080200c0a:	4705                	li	a4,1
ffffffc080200c0c:	33078793          	add	a5,a5,816
ffffffc080200c10:	00e7b02f          	amoadd.d	zero,a4,(a5)
ffffffc080200c14:	6422                	ld	s0,8(sp)
ffffffc080200c16:	0141                	add	sp,sp,16
ffffffc080200c18:	8082                	ret

ffffffc080200c1a <tlb_poll>:

void tlb_poll(void) {
ffffffc080200c1a:	7139                	add	sp,sp,-64
ffffffc080200c1c:	f822                	sd	s0,48(sp)
ffffffc080200c1e:	fc06                	sd	ra,56(sp)
ffffffc080200c20:	f426                	sd	s1,40(sp)
ffffffc080200c22:	f04a                	sd	s2,32(sp)
ffffffc080200c24:	ec4e                	sd	s3,24(sp)
ffffffc080200c26:	e852                	sd	s4,16(sp)
ffffffc080200c28:	e456                	sd	s5,8(sp)
ffffffc080200c2a:	e05a                	sd	s6,0(sp)
ffffffc080200c2c:	0080                	add	s0,sp,64
ffffffc080200c2e:	8792                	mv	a5,tp
  int me = mycpu()->id;
ffffffc080200c30:	0807aa03          	lw	s4,128(a5)
  uint64 mine = __atomic_load_n(&pending[me], __ATOMIC_ACQUIRE);
ffffffc080200c34:	00279a97          	auipc	s5,0x279
ffffffc080200c38:	48ca8a93          	add	s5,s5,1164 # ffffffc08047a0c0 <pending>
ffffffc080200c3c:	0a0e                	sll	s4,s4,0x3
ffffffc080200c3e:	014a89b3          	add	s3,s5,s4
ffffffc080200c42:	0009b903          	ld	s2,0(s3) # 1000 <KERNEL_PA-0x801ff000>
ffffffc080200c46:	0ff0000f          	fence
  while (mine) {
ffffffc080200c4a:	04090363          	beqz	s2,ffffffc080200c90 <tlb_poll+0x76>
ffffffc080200c4e:	4b05                	li	s6,1
    int from = __builtin_ctzl(mine);
ffffffc080200c50:	854a                	mv	a0,s2
ffffffc080200c52:	6e4060ef          	jal	ffffffc080207336 <__ctzdi2>
ffffffc080200c56:	0005049b          	sext.w	s1,a0
    mine &= mine - 1;
    tlb_flush_local(mailbox[me][from].start, mailbox[me][from].end);
ffffffc080200c5a:	009a07b3          	add	a5,s4,s1
ffffffc080200c5e:	0792                	sll	a5,a5,0x4
ffffffc080200c60:	97d6                	add	a5,a5,s5
ffffffc080200c62:	67ac                	ld	a1,72(a5)
ffffffc080200c64:	63a8                	ld	a0,64(a5)
    mine &= mine - 1;
ffffffc080200c66:	fff90793          	add	a5,s2,-1 # ffffffffffefffff <kernel_end+0x3f7f840fff>
ffffffc080200c6a:	00f97933          	and	s2,s2,a5
    tlb_flush_local(mailbox[me][from].start, mailbox[me][from].end);
ffffffc080200c6e:	f5fff0ef          	jal	ffffffc080200bcc <tlb_flush_local>
ffffffc080200c72:	8792                	mv	a5,tp
ffffffc080200c74:	32078793          	add	a5,a5,800
ffffffc080200c78:	0167b02f          	amoadd.d	zero,s6,(a5)
    stat_inc(VM_ipis_received);
    __atomic_fetch_and(&pending[me], ~(1UL << from), __ATOMIC_RELEASE);
ffffffc080200c7c:	009b14b3          	sll	s1,s6,s1
ffffffc080200c80:	fff4c493          	not	s1,s1
ffffffc080200c84:	0f50000f          	fence	iorw,ow
ffffffc080200c88:	6099b02f          	amoand.d	zero,s1,(s3)
  while (mine) {
ffffffc080200c8c:	fc0912e3          	bnez	s2,ffffffc080200c50 <tlb_poll+0x36>
  }
}
ffffffc080200c90:	70e2                	ld	ra,56(sp)
ffffffc080200c92:	7442                	ld	s0,48(sp)
ffffffc080200c94:	74a2                	ld	s1,40(sp)
ffffffc080200c96:	7902                	ld	s2,32(sp)
ffffffc080200c98:	69e2                	ld	s3,24(sp)
ffffffc080200c9a:	6a42                	ld	s4,16(sp)
ffffffc080200c9c:	6aa2                	ld	s5,8(sp)
ffffffc080200c9e:	6b02                	ld	s6,0(sp)
ffffffc080200ca0:	6121                	add	sp,sp,64
ffffffc080200ca2:	8082                	ret

ffffffc080200ca4 <tlb_set_mode>:

int tlb_set_mode(int m) { return __atomic_exchange_n(&mode, m, __ATOMIC_RELAXED); }
ffffffc080200ca4:	1141                	add	sp,sp,-16
ffffffc080200ca6:	e422                	sd	s0,8(sp)
ffffffc080200ca8:	0800                	add	s0,sp,16
ffffffc080200caa:	00279797          	auipc	a5,0x279
ffffffc080200cae:	3a678793          	add	a5,a5,934 # ffffffc08047a050 <mode>
ffffffc080200cb2:	08a7a52f          	amoswap.w	a0,a0,(a5)
ffffffc080200cb6:	6422                	ld	s0,8(sp)
ffffffc080200cb8:	2501                	sext.w	a0,a0
ffffffc080200cba:	0141                	add	sp,sp,16
ffffffc080200cbc:	8082                	ret

ffffffc080200cbe <tlb_mode>:

int tlb_mode(void) { return __atomic_load_n(&mode, __ATOMIC_RELAXED); }
ffffffc080200cbe:	1141                	add	sp,sp,-16
ffffffc080200cc0:	e422                	sd	s0,8(sp)
ffffffc080200cc2:	0800                	add	s0,sp,16
ffffffc080200cc4:	00279517          	auipc	a0,0x279
ffffffc080200cc8:	38c52503          	lw	a0,908(a0) # ffffffc08047a050 <mode>
ffffffc080200ccc:	6422                	ld	s0,8(sp)
ffffffc080200cce:	0141                	add	sp,sp,16
ffffffc080200cd0:	8082                	ret

ffffffc080200cd2 <tlb_shootdown>:
  else
    sbi_remote_sfence_vma(harts, 0, start, end - start);
  stat_inc(VM_shootdowns);
}

void tlb_shootdown(uint64 cpu_mask, uint64 start, uint64 end) {
ffffffc080200cd2:	7159                	add	sp,sp,-112
ffffffc080200cd4:	f0a2                	sd	s0,96(sp)
ffffffc080200cd6:	eca6                	sd	s1,88(sp)
ffffffc080200cd8:	e0d2                	sd	s4,64(sp)
ffffffc080200cda:	fc56                	sd	s5,56(sp)
ffffffc080200cdc:	f486                	sd	ra,104(sp)
ffffffc080200cde:	e8ca                	sd	s2,80(sp)
ffffffc080200ce0:	e4ce                	sd	s3,72(sp)
ffffffc080200ce2:	f85a                	sd	s6,48(sp)
ffffffc080200ce4:	f45e                	sd	s7,40(sp)
ffffffc080200ce6:	f062                	sd	s8,32(sp)
ffffffc080200ce8:	ec66                	sd	s9,24(sp)
ffffffc080200cea:	e86a                	sd	s10,16(sp)
ffffffc080200cec:	e46e                	sd	s11,8(sp)
ffffffc080200cee:	1880                	add	s0,sp,112
ffffffc080200cf0:	8a2a                	mv	s4,a0
ffffffc080200cf2:	84ae                	mv	s1,a1
ffffffc080200cf4:	8ab2                	mv	s5,a2
  push_off();
ffffffc080200cf6:	273050ef          	jal	ffffffc080206768 <push_off>
ffffffc080200cfa:	8792                	mv	a5,tp
  int me = mycpu()->id;
ffffffc080200cfc:	0807ab03          	lw	s6,128(a5)
  cpu_mask &= ~(1UL << me);
ffffffc080200d00:	4785                	li	a5,1
ffffffc080200d02:	01679933          	sll	s2,a5,s6
ffffffc080200d06:	fff94993          	not	s3,s2
ffffffc080200d0a:	0149f9b3          	and	s3,s3,s4
  if (cpu_mask == 0) {
ffffffc080200d0e:	0a098a63          	beqz	s3,ffffffc080200dc2 <tlb_shootdown+0xf0>
int tlb_mode(void) { return __atomic_load_n(&mode, __ATOMIC_RELAXED); }
ffffffc080200d12:	00279717          	auipc	a4,0x279
ffffffc080200d16:	33e72703          	lw	a4,830(a4) # ffffffc08047a050 <mode>
    pop_off();
    return;
  }
  if (tlb_mode() == TLB_SBI_RFENCE) {
ffffffc080200d1a:	0cf70463          	beq	a4,a5,ffffffc080200de2 <tlb_shootdown+0x110>
ffffffc080200d1e:	8cce                	mv	s9,s3
    shootdown_rfence(cpu_mask, start, end);
    pop_off();
    return;
  }
  uint64 harts = 0;
ffffffc080200d20:	4d81                	li	s11,0
ffffffc080200d22:	002b3b97          	auipc	s7,0x2b3
ffffffc080200d26:	d1eb8b93          	add	s7,s7,-738 # ffffffc0804b3a40 <cpus>
ffffffc080200d2a:	00279a17          	auipc	s4,0x279
ffffffc080200d2e:	396a0a13          	add	s4,s4,918 # ffffffc08047a0c0 <pending>
  for (uint64 m = cpu_mask; m; m &= m - 1) {
    int t = __builtin_ctzl(m);
    mailbox[t][me].start = start;
    mailbox[t][me].end = end;
    __atomic_fetch_or(&pending[t], 1UL << me, __ATOMIC_RELEASE);
    harts |= 1UL << cpus[t].hartid;
ffffffc080200d32:	34000c13          	li	s8,832
ffffffc080200d36:	4d05                	li	s10,1
    int t = __builtin_ctzl(m);
ffffffc080200d38:	8566                	mv	a0,s9
ffffffc080200d3a:	5fc060ef          	jal	ffffffc080207336 <__ctzdi2>
ffffffc080200d3e:	2501                	sext.w	a0,a0
    mailbox[t][me].start = start;
ffffffc080200d40:	00351713          	sll	a4,a0,0x3
ffffffc080200d44:	016707b3          	add	a5,a4,s6
ffffffc080200d48:	0792                	sll	a5,a5,0x4
ffffffc080200d4a:	97d2                	add	a5,a5,s4
ffffffc080200d4c:	e3a4                	sd	s1,64(a5)
    mailbox[t][me].end = end;
ffffffc080200d4e:	0557b423          	sd	s5,72(a5)
    __atomic_fetch_or(&pending[t], 1UL << me, __ATOMIC_RELEASE);
ffffffc080200d52:	00ea07b3          	add	a5,s4,a4
ffffffc080200d56:	0f50000f          	fence	iorw,ow
ffffffc080200d5a:	4127b02f          	amoor.d	zero,s2,(a5)
    harts |= 1UL << cpus[t].hartid;
ffffffc080200d5e:	03850533          	mul	a0,a0,s8
ffffffc080200d62:	955e                	add	a0,a0,s7
ffffffc080200d64:	655c                	ld	a5,136(a0)
ffffffc080200d66:	00fd17b3          	sll	a5,s10,a5
ffffffc080200d6a:	00fdedb3          	or	s11,s11,a5
ffffffc080200d6e:	8792                	mv	a5,tp
ffffffc080200d70:	31878793          	add	a5,a5,792
ffffffc080200d74:	01a7b02f          	amoadd.d	zero,s10,(a5)
  for (uint64 m = cpu_mask; m; m &= m - 1) {
ffffffc080200d78:	fffc8793          	add	a5,s9,-1
ffffffc080200d7c:	00fcfcb3          	and	s9,s9,a5
ffffffc080200d80:	fa0c9ce3          	bnez	s9,ffffffc080200d38 <tlb_shootdown+0x66>
    stat_inc(VM_ipis_sent);
  }
  sbi_send_ipi(harts, 0);
ffffffc080200d84:	4581                	li	a1,0
ffffffc080200d86:	856e                	mv	a0,s11
ffffffc080200d88:	d67ff0ef          	jal	ffffffc080200aee <sbi_send_ipi>
ffffffc080200d8c:	8792                	mv	a5,tp
ffffffc080200d8e:	31078793          	add	a5,a5,784
ffffffc080200d92:	01a7b02f          	amoadd.d	zero,s10,(a5)
  stat_inc(VM_shootdowns);
  for (uint64 m = cpu_mask; m; m &= m - 1) {
    int t = __builtin_ctzl(m);
ffffffc080200d96:	854e                	mv	a0,s3
ffffffc080200d98:	59e060ef          	jal	ffffffc080207336 <__ctzdi2>
ffffffc080200d9c:	0005049b          	sext.w	s1,a0
    while (__atomic_load_n(&pending[t], __ATOMIC_ACQUIRE) & (1UL << me))
ffffffc080200da0:	048e                	sll	s1,s1,0x3
ffffffc080200da2:	94d2                	add	s1,s1,s4
ffffffc080200da4:	a019                	j	ffffffc080200daa <tlb_shootdown+0xd8>
      tlb_poll();
ffffffc080200da6:	e75ff0ef          	jal	ffffffc080200c1a <tlb_poll>
    while (__atomic_load_n(&pending[t], __ATOMIC_ACQUIRE) & (1UL << me))
ffffffc080200daa:	609c                	ld	a5,0(s1)
ffffffc080200dac:	0ff0000f          	fence
ffffffc080200db0:	00f977b3          	and	a5,s2,a5
ffffffc080200db4:	fbed                	bnez	a5,ffffffc080200da6 <tlb_shootdown+0xd4>
  for (uint64 m = cpu_mask; m; m &= m - 1) {
ffffffc080200db6:	fff98793          	add	a5,s3,-1
ffffffc080200dba:	00f9f9b3          	and	s3,s3,a5
ffffffc080200dbe:	fc099ce3          	bnez	s3,ffffffc080200d96 <tlb_shootdown+0xc4>
  }
  pop_off();
}
ffffffc080200dc2:	7406                	ld	s0,96(sp)
ffffffc080200dc4:	70a6                	ld	ra,104(sp)
ffffffc080200dc6:	64e6                	ld	s1,88(sp)
ffffffc080200dc8:	6946                	ld	s2,80(sp)
ffffffc080200dca:	69a6                	ld	s3,72(sp)
ffffffc080200dcc:	6a06                	ld	s4,64(sp)
ffffffc080200dce:	7ae2                	ld	s5,56(sp)
ffffffc080200dd0:	7b42                	ld	s6,48(sp)
ffffffc080200dd2:	7ba2                	ld	s7,40(sp)
ffffffc080200dd4:	7c02                	ld	s8,32(sp)
ffffffc080200dd6:	6ce2                	ld	s9,24(sp)
ffffffc080200dd8:	6d42                	ld	s10,16(sp)
ffffffc080200dda:	6da2                	ld	s11,8(sp)
ffffffc080200ddc:	6165                	add	sp,sp,112
    pop_off();
ffffffc080200dde:	1b10506f          	j	ffffffc08020678e <pop_off>
  uint64 harts = 0;
ffffffc080200de2:	4a01                	li	s4,0
ffffffc080200de4:	002b3b97          	auipc	s7,0x2b3
ffffffc080200de8:	c5cb8b93          	add	s7,s7,-932 # ffffffc0804b3a40 <cpus>
    harts |= 1UL << cpus[__builtin_ctzl(m)].hartid;
ffffffc080200dec:	34000913          	li	s2,832
ffffffc080200df0:	4b05                	li	s6,1
ffffffc080200df2:	854e                	mv	a0,s3
ffffffc080200df4:	542060ef          	jal	ffffffc080207336 <__ctzdi2>
ffffffc080200df8:	0005079b          	sext.w	a5,a0
ffffffc080200dfc:	032787b3          	mul	a5,a5,s2
ffffffc080200e00:	97de                	add	a5,a5,s7
ffffffc080200e02:	67dc                	ld	a5,136(a5)
ffffffc080200e04:	00fb17b3          	sll	a5,s6,a5
ffffffc080200e08:	00fa6a33          	or	s4,s4,a5
ffffffc080200e0c:	8792                	mv	a5,tp
ffffffc080200e0e:	31878793          	add	a5,a5,792
ffffffc080200e12:	0167b02f          	amoadd.d	zero,s6,(a5)
  for (uint64 m = cpu_mask; m; m &= m - 1) {
ffffffc080200e16:	fff98793          	add	a5,s3,-1
ffffffc080200e1a:	00f9f9b3          	and	s3,s3,a5
ffffffc080200e1e:	fc099ae3          	bnez	s3,ffffffc080200df2 <tlb_shootdown+0x120>
  if (end == TLB_FLUSH_EVERYTHING)
ffffffc080200e22:	57fd                	li	a5,-1
ffffffc080200e24:	02fa8063          	beq	s5,a5,ffffffc080200e44 <tlb_shootdown+0x172>
    sbi_remote_sfence_vma(harts, 0, start, end - start);
ffffffc080200e28:	409a86b3          	sub	a3,s5,s1
ffffffc080200e2c:	8626                	mv	a2,s1
ffffffc080200e2e:	4581                	li	a1,0
ffffffc080200e30:	8552                	mv	a0,s4
ffffffc080200e32:	cd9ff0ef          	jal	ffffffc080200b0a <sbi_remote_sfence_vma>
ffffffc080200e36:	8792                	mv	a5,tp
ffffffc080200e38:	4705                	li	a4,1
ffffffc080200e3a:	31078793          	add	a5,a5,784
ffffffc080200e3e:	00e7b02f          	amoadd.d	zero,a4,(a5)
ffffffc080200e42:	b741                	j	ffffffc080200dc2 <tlb_shootdown+0xf0>
    sbi_remote_sfence_vma(harts, 0, 0, (uint64)-1);
ffffffc080200e44:	56fd                	li	a3,-1
ffffffc080200e46:	4601                	li	a2,0
ffffffc080200e48:	4581                	li	a1,0
ffffffc080200e4a:	8552                	mv	a0,s4
ffffffc080200e4c:	cbfff0ef          	jal	ffffffc080200b0a <sbi_remote_sfence_vma>
ffffffc080200e50:	b7dd                	j	ffffffc080200e36 <tlb_shootdown+0x164>

ffffffc080200e52 <handle_interrupt>:
  }
  sbi_set_timer(r_time() + tick_interval);
}

/* Handles an interrupt; returns true for a timer tick (time to yield). */
static bool handle_interrupt(uint64 scause) {
ffffffc080200e52:	1101                	add	sp,sp,-32
ffffffc080200e54:	e822                	sd	s0,16(sp)
ffffffc080200e56:	ec06                	sd	ra,24(sp)
ffffffc080200e58:	e426                	sd	s1,8(sp)
ffffffc080200e5a:	1000                	add	s0,sp,32
  switch (scause & ~SCAUSE_INTERRUPT) {
ffffffc080200e5c:	00151793          	sll	a5,a0,0x1
ffffffc080200e60:	8385                	srl	a5,a5,0x1
ffffffc080200e62:	4715                	li	a4,5
ffffffc080200e64:	00e78f63          	beq	a5,a4,ffffffc080200e82 <handle_interrupt+0x30>
ffffffc080200e68:	4725                	li	a4,9
ffffffc080200e6a:	06e78363          	beq	a5,a4,ffffffc080200ed0 <handle_interrupt+0x7e>
ffffffc080200e6e:	4705                	li	a4,1
ffffffc080200e70:	04e78663          	beq	a5,a4,ffffffc080200ebc <handle_interrupt+0x6a>
    if (irq)
      plic_complete(mycpu()->hartid, irq);
    return false;
  }
  default:
    panic("unexpected interrupt, scause %p", (void *)scause);
ffffffc080200e74:	85aa                	mv	a1,a0
ffffffc080200e76:	00007517          	auipc	a0,0x7
ffffffc080200e7a:	2aa50513          	add	a0,a0,682 # ffffffc080208120 <__func__.0+0x10>
ffffffc080200e7e:	533020ef          	jal	ffffffc080203bb0 <panic>
  if (panicked)
ffffffc080200e82:	00279797          	auipc	a5,0x279
ffffffc080200e86:	1fe7a783          	lw	a5,510(a5) # ffffffc08047a080 <panicked>
ffffffc080200e8a:	e785                	bnez	a5,ffffffc080200eb2 <handle_interrupt+0x60>
ffffffc080200e8c:	8792                	mv	a5,tp
  if (mycpu()->id == 0) {
ffffffc080200e8e:	0807a783          	lw	a5,128(a5)
ffffffc080200e92:	c3bd                	beqz	a5,ffffffc080200ef8 <handle_interrupt+0xa6>
static inline uint64 r_time(void) { return csr_read(time); }
ffffffc080200e94:	c0102573          	rdtime	a0
  sbi_set_timer(r_time() + tick_interval);
ffffffc080200e98:	00279797          	auipc	a5,0x279
ffffffc080200e9c:	1c07b783          	ld	a5,448(a5) # ffffffc08047a058 <tick_interval>
ffffffc080200ea0:	953e                	add	a0,a0,a5
ffffffc080200ea2:	c2fff0ef          	jal	ffffffc080200ad0 <sbi_set_timer>
  }
}
ffffffc080200ea6:	60e2                	ld	ra,24(sp)
ffffffc080200ea8:	6442                	ld	s0,16(sp)
ffffffc080200eaa:	64a2                	ld	s1,8(sp)
    return true;
ffffffc080200eac:	4505                	li	a0,1
}
ffffffc080200eae:	6105                	add	sp,sp,32
ffffffc080200eb0:	8082                	ret
}
static inline void wfi(void) { __asm__ volatile("wfi"); }
ffffffc080200eb2:	10500073          	wfi
ffffffc080200eb6:	10500073          	wfi
ffffffc080200eba:	bfe5                	j	ffffffc080200eb2 <handle_interrupt+0x60>
    csr_clear(sip, SIP_SSIP);
ffffffc080200ebc:	14417073          	csrc	sip,2
    tlb_poll();
ffffffc080200ec0:	d5bff0ef          	jal	ffffffc080200c1a <tlb_poll>
}
ffffffc080200ec4:	60e2                	ld	ra,24(sp)
ffffffc080200ec6:	6442                	ld	s0,16(sp)
ffffffc080200ec8:	64a2                	ld	s1,8(sp)
    return false;
ffffffc080200eca:	4501                	li	a0,0
}
ffffffc080200ecc:	6105                	add	sp,sp,32
ffffffc080200ece:	8082                	ret
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080200ed0:	8792                	mv	a5,tp
    int irq = plic_claim(mycpu()->hartid);
ffffffc080200ed2:	67c8                	ld	a0,136(a5)
ffffffc080200ed4:	a40ff0ef          	jal	ffffffc080200114 <plic_claim>
ffffffc080200ed8:	84aa                	mv	s1,a0
    if (irq == uart_irq())
ffffffc080200eda:	7e6000ef          	jal	ffffffc0802016c0 <uart_irq>
ffffffc080200ede:	00950963          	beq	a0,s1,ffffffc080200ef0 <handle_interrupt+0x9e>
    if (irq)
ffffffc080200ee2:	d0ed                	beqz	s1,ffffffc080200ec4 <handle_interrupt+0x72>
ffffffc080200ee4:	8792                	mv	a5,tp
      plic_complete(mycpu()->hartid, irq);
ffffffc080200ee6:	67c8                	ld	a0,136(a5)
ffffffc080200ee8:	85a6                	mv	a1,s1
ffffffc080200eea:	a4cff0ef          	jal	ffffffc080200136 <plic_complete>
ffffffc080200eee:	bfd9                	j	ffffffc080200ec4 <handle_interrupt+0x72>
      uart_intr();
ffffffc080200ef0:	0f9000ef          	jal	ffffffc0802017e8 <uart_intr>
    if (irq)
ffffffc080200ef4:	d8e1                	beqz	s1,ffffffc080200ec4 <handle_interrupt+0x72>
ffffffc080200ef6:	b7fd                	j	ffffffc080200ee4 <handle_interrupt+0x92>
    spin_lock(&ticks_lock);
ffffffc080200ef8:	00279517          	auipc	a0,0x279
ffffffc080200efc:	60850513          	add	a0,a0,1544 # ffffffc08047a500 <ticks_lock>
ffffffc080200f00:	7de050ef          	jal	ffffffc0802066de <spin_lock>
    ticks++;
ffffffc080200f04:	00279517          	auipc	a0,0x279
ffffffc080200f08:	15c50513          	add	a0,a0,348 # ffffffc08047a060 <ticks>
ffffffc080200f0c:	611c                	ld	a5,0(a0)
ffffffc080200f0e:	0785                	add	a5,a5,1
ffffffc080200f10:	e11c                	sd	a5,0(a0)
    wakeup(&ticks);
ffffffc080200f12:	34c050ef          	jal	ffffffc08020625e <wakeup>
    spin_unlock(&ticks_lock);
ffffffc080200f16:	00279517          	auipc	a0,0x279
ffffffc080200f1a:	5ea50513          	add	a0,a0,1514 # ffffffc08047a500 <ticks_lock>
ffffffc080200f1e:	0bb050ef          	jal	ffffffc0802067d8 <spin_unlock>
ffffffc080200f22:	bf8d                	j	ffffffc080200e94 <handle_interrupt+0x42>

ffffffc080200f24 <trap_init_hart>:
  csr_write(stvec, (uint64)trap_vector);
ffffffc080200f24:	00000797          	auipc	a5,0x0
ffffffc080200f28:	34c78793          	add	a5,a5,844 # ffffffc080201270 <trap_vector>
ffffffc080200f2c:	10579073          	csrw	stvec,a5
  csr_write(sscratch, 0);
ffffffc080200f30:	14005073          	csrw	sscratch,0
  csr_write(scounteren, SCOUNTEREN_TM);
ffffffc080200f34:	10615073          	csrw	scounteren,2
ffffffc080200f38:	8792                	mv	a5,tp
  if (mycpu()->id == 0) {
ffffffc080200f3a:	0807a783          	lw	a5,128(a5)
ffffffc080200f3e:	cf89                	beqz	a5,ffffffc080200f58 <trap_init_hart+0x34>
  sbi_set_timer(r_time() + tick_interval);
ffffffc080200f40:	00279797          	auipc	a5,0x279
ffffffc080200f44:	1187b783          	ld	a5,280(a5) # ffffffc08047a058 <tick_interval>
  csr_set(sie, SIE_SSIE | SIE_STIE | SIE_SEIE);
ffffffc080200f48:	22200713          	li	a4,546
ffffffc080200f4c:	10472073          	csrs	sie,a4
static inline uint64 r_time(void) { return csr_read(time); }
ffffffc080200f50:	c0102573          	rdtime	a0
  sbi_set_timer(r_time() + tick_interval);
ffffffc080200f54:	953e                	add	a0,a0,a5
ffffffc080200f56:	bead                	j	ffffffc080200ad0 <sbi_set_timer>
void trap_init_hart(void) {
ffffffc080200f58:	1141                	add	sp,sp,-16
ffffffc080200f5a:	e022                	sd	s0,0(sp)
ffffffc080200f5c:	e406                	sd	ra,8(sp)
ffffffc080200f5e:	0800                	add	s0,sp,16
    spin_init(&ticks_lock, "ticks");
ffffffc080200f60:	00007597          	auipc	a1,0x7
ffffffc080200f64:	1e058593          	add	a1,a1,480 # ffffffc080208140 <__func__.0+0x30>
ffffffc080200f68:	00279517          	auipc	a0,0x279
ffffffc080200f6c:	59850513          	add	a0,a0,1432 # ffffffc08047a500 <ticks_lock>
ffffffc080200f70:	758050ef          	jal	ffffffc0802066c8 <spin_init>
    tick_interval = machine.timebase_hz / TICK_HZ;
ffffffc080200f74:	06400713          	li	a4,100
ffffffc080200f78:	00292797          	auipc	a5,0x292
ffffffc080200f7c:	7d07b783          	ld	a5,2000(a5) # ffffffc080493748 <machine+0x58>
ffffffc080200f80:	02e7d7b3          	divu	a5,a5,a4
ffffffc080200f84:	00279717          	auipc	a4,0x279
ffffffc080200f88:	0cf73a23          	sd	a5,212(a4) # ffffffc08047a058 <tick_interval>
  csr_set(sie, SIE_SSIE | SIE_STIE | SIE_SEIE);
ffffffc080200f8c:	22200713          	li	a4,546
ffffffc080200f90:	10472073          	csrs	sie,a4
ffffffc080200f94:	c0102573          	rdtime	a0
}
ffffffc080200f98:	6402                	ld	s0,0(sp)
ffffffc080200f9a:	60a2                	ld	ra,8(sp)
  sbi_set_timer(r_time() + tick_interval);
ffffffc080200f9c:	953e                	add	a0,a0,a5
}
ffffffc080200f9e:	0141                	add	sp,sp,16
  sbi_set_timer(r_time() + tick_interval);
ffffffc080200fa0:	be05                	j	ffffffc080200ad0 <sbi_set_timer>

ffffffc080200fa2 <ticks_now>:
uint64 ticks_now(void) {
ffffffc080200fa2:	1101                	add	sp,sp,-32
ffffffc080200fa4:	ec06                	sd	ra,24(sp)
ffffffc080200fa6:	e822                	sd	s0,16(sp)
ffffffc080200fa8:	e426                	sd	s1,8(sp)
ffffffc080200faa:	1000                	add	s0,sp,32
  spin_lock(&ticks_lock);
ffffffc080200fac:	00279497          	auipc	s1,0x279
ffffffc080200fb0:	55448493          	add	s1,s1,1364 # ffffffc08047a500 <ticks_lock>
ffffffc080200fb4:	8526                	mv	a0,s1
ffffffc080200fb6:	728050ef          	jal	ffffffc0802066de <spin_lock>
  spin_unlock(&ticks_lock);
ffffffc080200fba:	8526                	mv	a0,s1
  uint64 t = ticks;
ffffffc080200fbc:	00279497          	auipc	s1,0x279
ffffffc080200fc0:	0a44b483          	ld	s1,164(s1) # ffffffc08047a060 <ticks>
  spin_unlock(&ticks_lock);
ffffffc080200fc4:	015050ef          	jal	ffffffc0802067d8 <spin_unlock>
}
ffffffc080200fc8:	60e2                	ld	ra,24(sp)
ffffffc080200fca:	6442                	ld	s0,16(sp)
ffffffc080200fcc:	8526                	mv	a0,s1
ffffffc080200fce:	64a2                	ld	s1,8(sp)
ffffffc080200fd0:	6105                	add	sp,sp,32
ffffffc080200fd2:	8082                	ret

ffffffc080200fd4 <ticks_sleep>:
int ticks_sleep(uint64 n) {
ffffffc080200fd4:	7179                	add	sp,sp,-48
ffffffc080200fd6:	f022                	sd	s0,32(sp)
ffffffc080200fd8:	ec26                	sd	s1,24(sp)
ffffffc080200fda:	e84a                	sd	s2,16(sp)
ffffffc080200fdc:	e052                	sd	s4,0(sp)
ffffffc080200fde:	f406                	sd	ra,40(sp)
ffffffc080200fe0:	e44e                	sd	s3,8(sp)
ffffffc080200fe2:	1800                	add	s0,sp,48
ffffffc080200fe4:	892a                	mv	s2,a0
  uint64 start = ticks;
ffffffc080200fe6:	00279497          	auipc	s1,0x279
ffffffc080200fea:	07a48493          	add	s1,s1,122 # ffffffc08047a060 <ticks>
  spin_lock(&ticks_lock);
ffffffc080200fee:	00279517          	auipc	a0,0x279
ffffffc080200ff2:	51250513          	add	a0,a0,1298 # ffffffc08047a500 <ticks_lock>
ffffffc080200ff6:	6e8050ef          	jal	ffffffc0802066de <spin_lock>
  uint64 start = ticks;
ffffffc080200ffa:	0004ba03          	ld	s4,0(s1)
  while (ticks - start < n) {
ffffffc080200ffe:	04090363          	beqz	s2,ffffffc080201044 <ticks_sleep+0x70>
    sleep_on(&ticks, &ticks_lock);
ffffffc080201002:	00279997          	auipc	s3,0x279
ffffffc080201006:	4fe98993          	add	s3,s3,1278 # ffffffc08047a500 <ticks_lock>
ffffffc08020100a:	a801                	j	ffffffc08020101a <ticks_sleep+0x46>
ffffffc08020100c:	202050ef          	jal	ffffffc08020620e <sleep_on>
  while (ticks - start < n) {
ffffffc080201010:	609c                	ld	a5,0(s1)
ffffffc080201012:	414787b3          	sub	a5,a5,s4
ffffffc080201016:	0327f763          	bgeu	a5,s2,ffffffc080201044 <ticks_sleep+0x70>
    if (current_killed()) {
ffffffc08020101a:	71b040ef          	jal	ffffffc080205f34 <current_killed>
ffffffc08020101e:	87aa                	mv	a5,a0
    sleep_on(&ticks, &ticks_lock);
ffffffc080201020:	85ce                	mv	a1,s3
ffffffc080201022:	8526                	mv	a0,s1
    if (current_killed()) {
ffffffc080201024:	d7e5                	beqz	a5,ffffffc08020100c <ticks_sleep+0x38>
      spin_unlock(&ticks_lock);
ffffffc080201026:	00279517          	auipc	a0,0x279
ffffffc08020102a:	4da50513          	add	a0,a0,1242 # ffffffc08047a500 <ticks_lock>
ffffffc08020102e:	7aa050ef          	jal	ffffffc0802067d8 <spin_unlock>
}
ffffffc080201032:	70a2                	ld	ra,40(sp)
ffffffc080201034:	7402                	ld	s0,32(sp)
ffffffc080201036:	64e2                	ld	s1,24(sp)
ffffffc080201038:	6942                	ld	s2,16(sp)
ffffffc08020103a:	69a2                	ld	s3,8(sp)
ffffffc08020103c:	6a02                	ld	s4,0(sp)
      return -1;
ffffffc08020103e:	557d                	li	a0,-1
}
ffffffc080201040:	6145                	add	sp,sp,48
ffffffc080201042:	8082                	ret
  spin_unlock(&ticks_lock);
ffffffc080201044:	00279517          	auipc	a0,0x279
ffffffc080201048:	4bc50513          	add	a0,a0,1212 # ffffffc08047a500 <ticks_lock>
ffffffc08020104c:	78c050ef          	jal	ffffffc0802067d8 <spin_unlock>
}
ffffffc080201050:	70a2                	ld	ra,40(sp)
ffffffc080201052:	7402                	ld	s0,32(sp)
ffffffc080201054:	64e2                	ld	s1,24(sp)
ffffffc080201056:	6942                	ld	s2,16(sp)
ffffffc080201058:	69a2                	ld	s3,8(sp)
ffffffc08020105a:	6a02                	ld	s4,0(sp)
  return 0;
ffffffc08020105c:	4501                	li	a0,0
}
ffffffc08020105e:	6145                	add	sp,sp,48
ffffffc080201060:	8082                	ret

ffffffc080201062 <user_trap>:
  csr_set(sstatus, SSTATUS_SPIE);
}

/* Called by trap_vector with the user registers saved in tf; returns to
 * trap_vector, which resumes user mode (via user_return). */
void user_trap(struct trapframe *tf) {
ffffffc080201062:	7139                	add	sp,sp,-64
ffffffc080201064:	f822                	sd	s0,48(sp)
ffffffc080201066:	f04a                	sd	s2,32(sp)
ffffffc080201068:	fc06                	sd	ra,56(sp)
ffffffc08020106a:	f426                	sd	s1,40(sp)
ffffffc08020106c:	ec4e                	sd	s3,24(sp)
ffffffc08020106e:	e852                	sd	s4,16(sp)
ffffffc080201070:	e456                	sd	s5,8(sp)
ffffffc080201072:	e05a                	sd	s6,0(sp)
ffffffc080201074:	0080                	add	s0,sp,64
ffffffc080201076:	892a                	mv	s2,a0
  uint64 scause = csr_read(scause), stval = csr_read(stval);
ffffffc080201078:	142024f3          	csrr	s1,scause
ffffffc08020107c:	14302af3          	csrr	s5,stval
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080201080:	8792                	mv	a5,tp
  struct thread *t = mycpu()->thread; /* interrupts are still off */
ffffffc080201082:	0007ba03          	ld	s4,0(a5)
  struct proc *p = t->proc;
ffffffc080201086:	028a3983          	ld	s3,40(s4)
  bool yield = false;
  if (scause & SCAUSE_INTERRUPT) {
ffffffc08020108a:	0604cf63          	bltz	s1,ffffffc080201108 <user_trap+0xa6>
    yield = handle_interrupt(scause);
  } else if (scause == SCAUSE_ECALL_U) {
ffffffc08020108e:	4721                	li	a4,8
    tf->epc += 4;
ffffffc080201090:	10053b03          	ld	s6,256(a0)
  } else if (scause == SCAUSE_ECALL_U) {
ffffffc080201094:	0ce48863          	beq	s1,a4,ffffffc080201164 <user_trap+0x102>
    intr_on();
    syscall();
  } else if (scause == SCAUSE_STORE_PAGE_FAULT || scause == SCAUSE_LOAD_PAGE_FAULT ||
ffffffc080201098:	47bd                	li	a5,15
ffffffc08020109a:	0cf48163          	beq	s1,a5,ffffffc08020115c <user_trap+0xfa>
ffffffc08020109e:	4735                	li	a4,13
ffffffc0802010a0:	00e48963          	beq	s1,a4,ffffffc0802010b2 <user_trap+0x50>
ffffffc0802010a4:	4731                	li	a4,12
ffffffc0802010a6:	06e49e63          	bne	s1,a4,ffffffc080201122 <user_trap+0xc0>
static inline void intr_on(void) { csr_set(sstatus, SSTATUS_SIE); }
ffffffc0802010aa:	10016073          	csrs	sstatus,2
                    : scause == SCAUSE_INSN_PAGE_FAULT ? ACC_EXEC
ffffffc0802010ae:	4609                	li	a2,2
ffffffc0802010b0:	a021                	j	ffffffc0802010b8 <user_trap+0x56>
ffffffc0802010b2:	10016073          	csrs	sstatus,2
ffffffc0802010b6:	4601                	li	a2,0
  enum fault_result r = vm_fault(p->vm, stval, acc);
ffffffc0802010b8:	0409b503          	ld	a0,64(s3)
ffffffc0802010bc:	85d6                	mv	a1,s5
ffffffc0802010be:	32a030ef          	jal	ffffffc0802043e8 <vm_fault>
ffffffc0802010c2:	2501                	sext.w	a0,a0
  if (r == FAULT_OOM)
ffffffc0802010c4:	4789                	li	a5,2
ffffffc0802010c6:	0af50e63          	beq	a0,a5,ffffffc080201182 <user_trap+0x120>
  else if (r == FAULT_BAD_ADDRESS)
ffffffc0802010ca:	4785                	li	a5,1
ffffffc0802010cc:	0cf50463          	beq	a0,a5,ffffffc080201194 <user_trap+0x132>
    intr_on();
    user_page_fault(p, scause, stval, tf->epc);
  } else {
    kill_for_fault(p, scause, stval, tf->epc);
  }
  if (thread_must_exit(p, t))
ffffffc0802010d0:	85d2                	mv	a1,s4
ffffffc0802010d2:	854e                	mv	a0,s3
ffffffc0802010d4:	641040ef          	jal	ffffffc080205f14 <thread_must_exit>
ffffffc0802010d8:	e155                	bnez	a0,ffffffc08020117c <user_trap+0x11a>
static inline void intr_off(void) { csr_clear(sstatus, SSTATUS_SIE); }
ffffffc0802010da:	10017073          	csrc	sstatus,2
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc0802010de:	8792                	mv	a5,tp
  tf->kernel_tp = (uint64)mycpu();
ffffffc0802010e0:	10f93423          	sd	a5,264(s2)
  csr_clear(sstatus, SSTATUS_SPP);
ffffffc0802010e4:	10000793          	li	a5,256
ffffffc0802010e8:	1007b073          	csrc	sstatus,a5
  csr_set(sstatus, SSTATUS_SPIE);
ffffffc0802010ec:	02000793          	li	a5,32
ffffffc0802010f0:	1007a073          	csrs	sstatus,a5
    proc_exit(-1);
  if (yield)
    proc_yield();
  prepare_return(tf);
}
ffffffc0802010f4:	70e2                	ld	ra,56(sp)
ffffffc0802010f6:	7442                	ld	s0,48(sp)
ffffffc0802010f8:	74a2                	ld	s1,40(sp)
ffffffc0802010fa:	7902                	ld	s2,32(sp)
ffffffc0802010fc:	69e2                	ld	s3,24(sp)
ffffffc0802010fe:	6a42                	ld	s4,16(sp)
ffffffc080201100:	6aa2                	ld	s5,8(sp)
ffffffc080201102:	6b02                	ld	s6,0(sp)
ffffffc080201104:	6121                	add	sp,sp,64
ffffffc080201106:	8082                	ret
    yield = handle_interrupt(scause);
ffffffc080201108:	8526                	mv	a0,s1
ffffffc08020110a:	d49ff0ef          	jal	ffffffc080200e52 <handle_interrupt>
ffffffc08020110e:	84aa                	mv	s1,a0
  if (thread_must_exit(p, t))
ffffffc080201110:	85d2                	mv	a1,s4
ffffffc080201112:	854e                	mv	a0,s3
ffffffc080201114:	601040ef          	jal	ffffffc080205f14 <thread_must_exit>
ffffffc080201118:	e135                	bnez	a0,ffffffc08020117c <user_trap+0x11a>
  if (yield)
ffffffc08020111a:	d0e1                	beqz	s1,ffffffc0802010da <user_trap+0x78>
    proc_yield();
ffffffc08020111c:	0c2050ef          	jal	ffffffc0802061de <proc_yield>
ffffffc080201120:	bf6d                	j	ffffffc0802010da <user_trap+0x78>
  kprintf("pid %d (%s): killed: %s at %p (pc %p)\n", p->pid, p->name, cause_name(scause),
ffffffc080201122:	01c9a583          	lw	a1,28(s3)
ffffffc080201126:	0d098613          	add	a2,s3,208
ffffffc08020112a:	00007697          	auipc	a3,0x7
ffffffc08020112e:	01e68693          	add	a3,a3,30 # ffffffc080208148 <__func__.0+0x38>
ffffffc080201132:	0097e963          	bltu	a5,s1,ffffffc080201144 <user_trap+0xe2>
ffffffc080201136:	048e                	sll	s1,s1,0x3
ffffffc080201138:	00007797          	auipc	a5,0x7
ffffffc08020113c:	1b078793          	add	a5,a5,432 # ffffffc0802082e8 <CSWTCH.21>
ffffffc080201140:	97a6                	add	a5,a5,s1
ffffffc080201142:	6394                	ld	a3,0(a5)
ffffffc080201144:	87da                	mv	a5,s6
ffffffc080201146:	8756                	mv	a4,s5
ffffffc080201148:	00007517          	auipc	a0,0x7
ffffffc08020114c:	01050513          	add	a0,a0,16 # ffffffc080208158 <__func__.0+0x48>
ffffffc080201150:	21f020ef          	jal	ffffffc080203b6e <kprintf>
  proc_set_killed(p);
ffffffc080201154:	854e                	mv	a0,s3
ffffffc080201156:	571040ef          	jal	ffffffc080205ec6 <proc_set_killed>
ffffffc08020115a:	bf9d                	j	ffffffc0802010d0 <user_trap+0x6e>
static inline void intr_on(void) { csr_set(sstatus, SSTATUS_SIE); }
ffffffc08020115c:	10016073          	csrs	sstatus,2
                    : scause == SCAUSE_INSN_PAGE_FAULT ? ACC_EXEC
ffffffc080201160:	4605                	li	a2,1
ffffffc080201162:	bf99                	j	ffffffc0802010b8 <user_trap+0x56>
    tf->epc += 4;
ffffffc080201164:	0b11                	add	s6,s6,4
ffffffc080201166:	11653023          	sd	s6,256(a0)
ffffffc08020116a:	10016073          	csrs	sstatus,2
    syscall();
ffffffc08020116e:	0a6060ef          	jal	ffffffc080207214 <syscall>
  if (thread_must_exit(p, t))
ffffffc080201172:	85d2                	mv	a1,s4
ffffffc080201174:	854e                	mv	a0,s3
ffffffc080201176:	59f040ef          	jal	ffffffc080205f14 <thread_must_exit>
ffffffc08020117a:	d125                	beqz	a0,ffffffc0802010da <user_trap+0x78>
    proc_exit(-1);
ffffffc08020117c:	557d                	li	a0,-1
ffffffc08020117e:	2e1040ef          	jal	ffffffc080205c5e <proc_exit>
    current_kill_oom(stval);
ffffffc080201182:	8556                	mv	a0,s5
ffffffc080201184:	619040ef          	jal	ffffffc080205f9c <current_kill_oom>
  if (thread_must_exit(p, t))
ffffffc080201188:	85d2                	mv	a1,s4
ffffffc08020118a:	854e                	mv	a0,s3
ffffffc08020118c:	589040ef          	jal	ffffffc080205f14 <thread_must_exit>
ffffffc080201190:	d529                	beqz	a0,ffffffc0802010da <user_trap+0x78>
ffffffc080201192:	b7ed                	j	ffffffc08020117c <user_trap+0x11a>
  kprintf("pid %d (%s): killed: %s at %p (pc %p)\n", p->pid, p->name, cause_name(scause),
ffffffc080201194:	47bd                	li	a5,15
ffffffc080201196:	01c9a583          	lw	a1,28(s3)
ffffffc08020119a:	0d098613          	add	a2,s3,208
ffffffc08020119e:	00007697          	auipc	a3,0x7
ffffffc0802011a2:	faa68693          	add	a3,a3,-86 # ffffffc080208148 <__func__.0+0x38>
ffffffc0802011a6:	f897efe3          	bltu	a5,s1,ffffffc080201144 <user_trap+0xe2>
ffffffc0802011aa:	b771                	j	ffffffc080201136 <user_trap+0xd4>

ffffffc0802011ac <user_trap_return>:

void user_trap_return(void) {
ffffffc0802011ac:	1141                	add	sp,sp,-16
ffffffc0802011ae:	e022                	sd	s0,0(sp)
ffffffc0802011b0:	e406                	sd	ra,8(sp)
ffffffc0802011b2:	0800                	add	s0,sp,16
  struct trapframe *tf = curthread()->tf;
ffffffc0802011b4:	637040ef          	jal	ffffffc080205fea <curthread>
ffffffc0802011b8:	6128                	ld	a0,64(a0)
static inline void intr_off(void) { csr_clear(sstatus, SSTATUS_SIE); }
ffffffc0802011ba:	10017073          	csrc	sstatus,2
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc0802011be:	8792                	mv	a5,tp
  tf->kernel_tp = (uint64)mycpu();
ffffffc0802011c0:	10f53423          	sd	a5,264(a0)
  csr_clear(sstatus, SSTATUS_SPP);
ffffffc0802011c4:	10000793          	li	a5,256
ffffffc0802011c8:	1007b073          	csrc	sstatus,a5
  csr_set(sstatus, SSTATUS_SPIE);
ffffffc0802011cc:	02000793          	li	a5,32
ffffffc0802011d0:	1007a073          	csrs	sstatus,a5
  prepare_return(tf);
  user_return(tf);
ffffffc0802011d4:	154000ef          	jal	ffffffc080201328 <user_return>

ffffffc0802011d8 <kernel_trap>:
}

/* Called by trap_vector for traps taken in supervisor mode. */
void kernel_trap(void) {
ffffffc0802011d8:	1101                	add	sp,sp,-32
ffffffc0802011da:	e822                	sd	s0,16(sp)
ffffffc0802011dc:	ec06                	sd	ra,24(sp)
ffffffc0802011de:	e426                	sd	s1,8(sp)
ffffffc0802011e0:	e04a                	sd	s2,0(sp)
ffffffc0802011e2:	1000                	add	s0,sp,32
  uint64 sepc = csr_read(sepc), sstatus = csr_read(sstatus), scause = csr_read(scause);
ffffffc0802011e4:	14102973          	csrr	s2,sepc
ffffffc0802011e8:	100024f3          	csrr	s1,sstatus
ffffffc0802011ec:	14202673          	csrr	a2,scause
  if (!(sstatus & SSTATUS_SPP))
ffffffc0802011f0:	1004f793          	and	a5,s1,256
ffffffc0802011f4:	cb9d                	beqz	a5,ffffffc08020122a <kernel_trap+0x52>
    panic("kernel_trap: not from supervisor mode");
  if (!(scause & SCAUSE_INTERRUPT))
ffffffc0802011f6:	04065063          	bgez	a2,ffffffc080201236 <kernel_trap+0x5e>
    panic("kernel trap: %s (scause %lu) at pc %p, stval %p", cause_name(scause), scause,
          (void *)sepc, (void *)csr_read(stval));
  bool tick = handle_interrupt(scause);
ffffffc0802011fa:	8532                	mv	a0,a2
ffffffc0802011fc:	c57ff0ef          	jal	ffffffc080200e52 <handle_interrupt>
ffffffc080201200:	8792                	mv	a5,tp
  struct thread *t = mycpu()->thread;
  if (tick && t && t->state == T_RUNNING)
ffffffc080201202:	c519                	beqz	a0,ffffffc080201210 <kernel_trap+0x38>
  struct thread *t = mycpu()->thread;
ffffffc080201204:	639c                	ld	a5,0(a5)
  if (tick && t && t->state == T_RUNNING)
ffffffc080201206:	c789                	beqz	a5,ffffffc080201210 <kernel_trap+0x38>
ffffffc080201208:	4f98                	lw	a4,24(a5)
ffffffc08020120a:	4791                	li	a5,4
ffffffc08020120c:	00f70c63          	beq	a4,a5,ffffffc080201224 <kernel_trap+0x4c>
    proc_yield();
  /* A yield may have run other traps; restore ours. */
  csr_write(sepc, sepc);
ffffffc080201210:	14191073          	csrw	sepc,s2
  csr_write(sstatus, sstatus);
ffffffc080201214:	10049073          	csrw	sstatus,s1
}
ffffffc080201218:	60e2                	ld	ra,24(sp)
ffffffc08020121a:	6442                	ld	s0,16(sp)
ffffffc08020121c:	64a2                	ld	s1,8(sp)
ffffffc08020121e:	6902                	ld	s2,0(sp)
ffffffc080201220:	6105                	add	sp,sp,32
ffffffc080201222:	8082                	ret
    proc_yield();
ffffffc080201224:	7bb040ef          	jal	ffffffc0802061de <proc_yield>
ffffffc080201228:	b7e5                	j	ffffffc080201210 <kernel_trap+0x38>
    panic("kernel_trap: not from supervisor mode");
ffffffc08020122a:	00007517          	auipc	a0,0x7
ffffffc08020122e:	f5650513          	add	a0,a0,-170 # ffffffc080208180 <__func__.0+0x70>
ffffffc080201232:	17f020ef          	jal	ffffffc080203bb0 <panic>
  switch (scause) {
ffffffc080201236:	47bd                	li	a5,15
  if (!(scause & SCAUSE_INTERRUPT))
ffffffc080201238:	00007597          	auipc	a1,0x7
ffffffc08020123c:	f1058593          	add	a1,a1,-240 # ffffffc080208148 <__func__.0+0x38>
ffffffc080201240:	00c7ea63          	bltu	a5,a2,ffffffc080201254 <kernel_trap+0x7c>
ffffffc080201244:	00361713          	sll	a4,a2,0x3
ffffffc080201248:	00007797          	auipc	a5,0x7
ffffffc08020124c:	0a078793          	add	a5,a5,160 # ffffffc0802082e8 <CSWTCH.21>
ffffffc080201250:	97ba                	add	a5,a5,a4
ffffffc080201252:	638c                	ld	a1,0(a5)
          (void *)sepc, (void *)csr_read(stval));
ffffffc080201254:	14302773          	csrr	a4,stval
    panic("kernel trap: %s (scause %lu) at pc %p, stval %p", cause_name(scause), scause,
ffffffc080201258:	00007517          	auipc	a0,0x7
ffffffc08020125c:	f5050513          	add	a0,a0,-176 # ffffffc0802081a8 <__func__.0+0x98>
ffffffc080201260:	86ca                	mv	a3,s2
ffffffc080201262:	14f020ef          	jal	ffffffc080203bb0 <panic>
	...

ffffffc080201270 <trap_vector>:

.section .text
.globl trap_vector
.align 4
trap_vector:
	csrrw sp, sscratch, sp
ffffffc080201270:	14011173          	csrrw	sp,sscratch,sp
	bnez sp, from_user
ffffffc080201274:	06011063          	bnez	sp,ffffffc0802012d4 <from_user>
	/* From the kernel: put sp back, keep sscratch 0. */
	csrrw sp, sscratch, sp
ffffffc080201278:	14011173          	csrrw	sp,sscratch,sp
	addi sp, sp, -144
ffffffc08020127c:	7175                	add	sp,sp,-144
	sd ra, 0(sp)
ffffffc08020127e:	e006                	sd	ra,0(sp)
	sd t0, 8(sp)
ffffffc080201280:	e416                	sd	t0,8(sp)
	sd t1, 16(sp)
ffffffc080201282:	e81a                	sd	t1,16(sp)
	sd t2, 24(sp)
ffffffc080201284:	ec1e                	sd	t2,24(sp)
	sd a0, 32(sp)
ffffffc080201286:	f02a                	sd	a0,32(sp)
	sd a1, 40(sp)
ffffffc080201288:	f42e                	sd	a1,40(sp)
	sd a2, 48(sp)
ffffffc08020128a:	f832                	sd	a2,48(sp)
	sd a3, 56(sp)
ffffffc08020128c:	fc36                	sd	a3,56(sp)
	sd a4, 64(sp)
ffffffc08020128e:	e0ba                	sd	a4,64(sp)
	sd a5, 72(sp)
ffffffc080201290:	e4be                	sd	a5,72(sp)
	sd a6, 80(sp)
ffffffc080201292:	e8c2                	sd	a6,80(sp)
	sd a7, 88(sp)
ffffffc080201294:	ecc6                	sd	a7,88(sp)
	sd t3, 96(sp)
ffffffc080201296:	f0f2                	sd	t3,96(sp)
	sd t4, 104(sp)
ffffffc080201298:	f4f6                	sd	t4,104(sp)
	sd t5, 112(sp)
ffffffc08020129a:	f8fa                	sd	t5,112(sp)
	sd t6, 120(sp)
ffffffc08020129c:	fcfe                	sd	t6,120(sp)
	sd s0, 128(sp)
ffffffc08020129e:	e122                	sd	s0,128(sp)
	csrr t0, sepc
ffffffc0802012a0:	141022f3          	csrr	t0,sepc
	sd t0, 136(sp)
ffffffc0802012a4:	e516                	sd	t0,136(sp)
	/* A frame record (fp, ra=sepc) so backtraces cross the trap. */
	addi s0, sp, 144
ffffffc0802012a6:	0900                	add	s0,sp,144
	call kernel_trap
ffffffc0802012a8:	f31ff0ef          	jal	ffffffc0802011d8 <kernel_trap>
	ld ra, 0(sp)
ffffffc0802012ac:	6082                	ld	ra,0(sp)
	ld t0, 8(sp)
ffffffc0802012ae:	62a2                	ld	t0,8(sp)
	ld t1, 16(sp)
ffffffc0802012b0:	6342                	ld	t1,16(sp)
	ld t2, 24(sp)
ffffffc0802012b2:	63e2                	ld	t2,24(sp)
	ld a0, 32(sp)
ffffffc0802012b4:	7502                	ld	a0,32(sp)
	ld a1, 40(sp)
ffffffc0802012b6:	75a2                	ld	a1,40(sp)
	ld a2, 48(sp)
ffffffc0802012b8:	7642                	ld	a2,48(sp)
	ld a3, 56(sp)
ffffffc0802012ba:	76e2                	ld	a3,56(sp)
	ld a4, 64(sp)
ffffffc0802012bc:	6706                	ld	a4,64(sp)
	ld a5, 72(sp)
ffffffc0802012be:	67a6                	ld	a5,72(sp)
	ld a6, 80(sp)
ffffffc0802012c0:	6846                	ld	a6,80(sp)
	ld a7, 88(sp)
ffffffc0802012c2:	68e6                	ld	a7,88(sp)
	ld t3, 96(sp)
ffffffc0802012c4:	7e06                	ld	t3,96(sp)
	ld t4, 104(sp)
ffffffc0802012c6:	7ea6                	ld	t4,104(sp)
	ld t5, 112(sp)
ffffffc0802012c8:	7f46                	ld	t5,112(sp)
	ld t6, 120(sp)
ffffffc0802012ca:	7fe6                	ld	t6,120(sp)
	ld s0, 128(sp)
ffffffc0802012cc:	640a                	ld	s0,128(sp)
	addi sp, sp, 144
ffffffc0802012ce:	6149                	add	sp,sp,144
	sret
ffffffc0802012d0:	10200073          	sret

ffffffc0802012d4 <from_user>:

from_user:
	/* sp = trapframe, sscratch = user sp. */
	sd x1, 8(sp)
ffffffc0802012d4:	e406                	sd	ra,8(sp)
	sd x3, 24(sp)
ffffffc0802012d6:	ec0e                	sd	gp,24(sp)
	sd x4, 32(sp)
ffffffc0802012d8:	f012                	sd	tp,32(sp)
	sd x5, 40(sp)
ffffffc0802012da:	f416                	sd	t0,40(sp)
	sd x6, 48(sp)
ffffffc0802012dc:	f81a                	sd	t1,48(sp)
	sd x7, 56(sp)
ffffffc0802012de:	fc1e                	sd	t2,56(sp)
	sd x8, 64(sp)
ffffffc0802012e0:	e0a2                	sd	s0,64(sp)
	sd x9, 72(sp)
ffffffc0802012e2:	e4a6                	sd	s1,72(sp)
	sd x10, 80(sp)
ffffffc0802012e4:	e8aa                	sd	a0,80(sp)
	sd x11, 88(sp)
ffffffc0802012e6:	ecae                	sd	a1,88(sp)
	sd x12, 96(sp)
ffffffc0802012e8:	f0b2                	sd	a2,96(sp)
	sd x13, 104(sp)
ffffffc0802012ea:	f4b6                	sd	a3,104(sp)
	sd x14, 112(sp)
ffffffc0802012ec:	f8ba                	sd	a4,112(sp)
	sd x15, 120(sp)
ffffffc0802012ee:	fcbe                	sd	a5,120(sp)
	sd x16, 128(sp)
ffffffc0802012f0:	e142                	sd	a6,128(sp)
	sd x17, 136(sp)
ffffffc0802012f2:	e546                	sd	a7,136(sp)
	sd x18, 144(sp)
ffffffc0802012f4:	e94a                	sd	s2,144(sp)
	sd x19, 152(sp)
ffffffc0802012f6:	ed4e                	sd	s3,152(sp)
	sd x20, 160(sp)
ffffffc0802012f8:	f152                	sd	s4,160(sp)
	sd x21, 168(sp)
ffffffc0802012fa:	f556                	sd	s5,168(sp)
	sd x22, 176(sp)
ffffffc0802012fc:	f95a                	sd	s6,176(sp)
	sd x23, 184(sp)
ffffffc0802012fe:	fd5e                	sd	s7,184(sp)
	sd x24, 192(sp)
ffffffc080201300:	e1e2                	sd	s8,192(sp)
	sd x25, 200(sp)
ffffffc080201302:	e5e6                	sd	s9,200(sp)
	sd x26, 208(sp)
ffffffc080201304:	e9ea                	sd	s10,208(sp)
	sd x27, 216(sp)
ffffffc080201306:	edee                	sd	s11,216(sp)
	sd x28, 224(sp)
ffffffc080201308:	f1f2                	sd	t3,224(sp)
	sd x29, 232(sp)
ffffffc08020130a:	f5f6                	sd	t4,232(sp)
	sd x30, 240(sp)
ffffffc08020130c:	f9fa                	sd	t5,240(sp)
	sd x31, 248(sp)
ffffffc08020130e:	fdfe                	sd	t6,248(sp)
	csrrw t0, sscratch, zero
ffffffc080201310:	140012f3          	csrrw	t0,sscratch,zero
	sd t0, 16(sp)
ffffffc080201314:	e816                	sd	t0,16(sp)
	csrr t0, sepc
ffffffc080201316:	141022f3          	csrr	t0,sepc
	sd t0, TF_EPC(sp)
ffffffc08020131a:	e216                	sd	t0,256(sp)
	ld tp, TF_KTP(sp)
ffffffc08020131c:	6232                	ld	tp,264(sp)
	li s0, 0
ffffffc08020131e:	4401                	li	s0,0
	mv a0, sp
ffffffc080201320:	850a                	mv	a0,sp
	call user_trap
ffffffc080201322:	d41ff0ef          	jal	ffffffc080201062 <user_trap>
	/* user_trap returns with interrupts off, ready to go back. */
	mv a0, sp
ffffffc080201326:	850a                	mv	a0,sp

ffffffc080201328 <user_return>:

/* Returns to user mode with the registers in trapframe a0. Caller has set
 * sepc-independent state: sstatus.SPP = 0, SPIE = 1, and tf->kernel_tp. */
.globl user_return
user_return:
	mv sp, a0
ffffffc080201328:	812a                	mv	sp,a0
	csrw sscratch, sp
ffffffc08020132a:	14011073          	csrw	sscratch,sp
	ld t0, TF_EPC(sp)
ffffffc08020132e:	6292                	ld	t0,256(sp)
	csrw sepc, t0
ffffffc080201330:	14129073          	csrw	sepc,t0
	ld x1, 8(sp)
ffffffc080201334:	60a2                	ld	ra,8(sp)
	ld x3, 24(sp)
ffffffc080201336:	61e2                	ld	gp,24(sp)
	ld x4, 32(sp)
ffffffc080201338:	7202                	ld	tp,32(sp)
	ld x5, 40(sp)
ffffffc08020133a:	72a2                	ld	t0,40(sp)
	ld x6, 48(sp)
ffffffc08020133c:	7342                	ld	t1,48(sp)
	ld x7, 56(sp)
ffffffc08020133e:	73e2                	ld	t2,56(sp)
	ld x8, 64(sp)
ffffffc080201340:	6406                	ld	s0,64(sp)
	ld x9, 72(sp)
ffffffc080201342:	64a6                	ld	s1,72(sp)
	ld x10, 80(sp)
ffffffc080201344:	6546                	ld	a0,80(sp)
	ld x11, 88(sp)
ffffffc080201346:	65e6                	ld	a1,88(sp)
	ld x12, 96(sp)
ffffffc080201348:	7606                	ld	a2,96(sp)
	ld x13, 104(sp)
ffffffc08020134a:	76a6                	ld	a3,104(sp)
	ld x14, 112(sp)
ffffffc08020134c:	7746                	ld	a4,112(sp)
	ld x15, 120(sp)
ffffffc08020134e:	77e6                	ld	a5,120(sp)
	ld x16, 128(sp)
ffffffc080201350:	680a                	ld	a6,128(sp)
	ld x17, 136(sp)
ffffffc080201352:	68aa                	ld	a7,136(sp)
	ld x18, 144(sp)
ffffffc080201354:	694a                	ld	s2,144(sp)
	ld x19, 152(sp)
ffffffc080201356:	69ea                	ld	s3,152(sp)
	ld x20, 160(sp)
ffffffc080201358:	7a0a                	ld	s4,160(sp)
	ld x21, 168(sp)
ffffffc08020135a:	7aaa                	ld	s5,168(sp)
	ld x22, 176(sp)
ffffffc08020135c:	7b4a                	ld	s6,176(sp)
	ld x23, 184(sp)
ffffffc08020135e:	7bea                	ld	s7,184(sp)
	ld x24, 192(sp)
ffffffc080201360:	6c0e                	ld	s8,192(sp)
	ld x25, 200(sp)
ffffffc080201362:	6cae                	ld	s9,200(sp)
	ld x26, 208(sp)
ffffffc080201364:	6d4e                	ld	s10,208(sp)
	ld x27, 216(sp)
ffffffc080201366:	6dee                	ld	s11,216(sp)
	ld x28, 224(sp)
ffffffc080201368:	7e0e                	ld	t3,224(sp)
	ld x29, 232(sp)
ffffffc08020136a:	7eae                	ld	t4,232(sp)
	ld x30, 240(sp)
ffffffc08020136c:	7f4e                	ld	t5,240(sp)
	ld x31, 248(sp)
ffffffc08020136e:	7fee                	ld	t6,248(sp)
	ld x2, 16(sp)
ffffffc080201370:	6142                	ld	sp,16(sp)
	sret
ffffffc080201372:	10200073          	sret
ffffffc080201376:	0000                	unimp
	...

ffffffc08020137a <console_write>:
} cons;

/* Writes n bytes from user address addr to the UART. Returns the count,
 * or -1 if none could be copied. */
static int console_write(uint64 addr, int n)
{
ffffffc08020137a:	7131                	add	sp,sp,-192
ffffffc08020137c:	f922                	sd	s0,176(sp)
ffffffc08020137e:	fd06                	sd	ra,184(sp)
ffffffc080201380:	f526                	sd	s1,168(sp)
ffffffc080201382:	f14a                	sd	s2,160(sp)
ffffffc080201384:	ed4e                	sd	s3,152(sp)
ffffffc080201386:	e952                	sd	s4,144(sp)
ffffffc080201388:	e556                	sd	s5,136(sp)
ffffffc08020138a:	e15a                	sd	s6,128(sp)
ffffffc08020138c:	0180                	add	s0,sp,192
  char kbuf[CONS_CHUNK];
  int done = 0;
  while (done < n) {
ffffffc08020138e:	06b05363          	blez	a1,ffffffc0802013f4 <console_write+0x7a>
ffffffc080201392:	8a2e                	mv	s4,a1
ffffffc080201394:	8aaa                	mv	s5,a0
  int done = 0;
ffffffc080201396:	4481                	li	s1,0
    int m = n - done < CONS_CHUNK ? n - done : CONS_CHUNK;
ffffffc080201398:	08000b13          	li	s6,128
ffffffc08020139c:	a039                	j	ffffffc0802013aa <console_write+0x30>
    if (copyin(kbuf, addr + done, m) < 0)
      return done > 0 ? done : -1;
    uart_write(kbuf, m);
    done += m;
ffffffc08020139e:	009984bb          	addw	s1,s3,s1
    uart_write(kbuf, m);
ffffffc0802013a2:	3ba000ef          	jal	ffffffc08020175c <uart_write>
  while (done < n) {
ffffffc0802013a6:	0344da63          	bge	s1,s4,ffffffc0802013da <console_write+0x60>
    int m = n - done < CONS_CHUNK ? n - done : CONS_CHUNK;
ffffffc0802013aa:	409a093b          	subw	s2,s4,s1
ffffffc0802013ae:	89ca                	mv	s3,s2
    if (copyin(kbuf, addr + done, m) < 0)
ffffffc0802013b0:	015485b3          	add	a1,s1,s5
ffffffc0802013b4:	f4040513          	add	a0,s0,-192
    int m = n - done < CONS_CHUNK ? n - done : CONS_CHUNK;
ffffffc0802013b8:	012b5663          	bge	s6,s2,ffffffc0802013c4 <console_write+0x4a>
ffffffc0802013bc:	08000913          	li	s2,128
ffffffc0802013c0:	08000993          	li	s3,128
    if (copyin(kbuf, addr + done, m) < 0)
ffffffc0802013c4:	864a                	mv	a2,s2
ffffffc0802013c6:	58e030ef          	jal	ffffffc080204954 <copyin>
ffffffc0802013ca:	87aa                	mv	a5,a0
    uart_write(kbuf, m);
ffffffc0802013cc:	85ca                	mv	a1,s2
ffffffc0802013ce:	f4040513          	add	a0,s0,-192
    if (copyin(kbuf, addr + done, m) < 0)
ffffffc0802013d2:	fc07d6e3          	bgez	a5,ffffffc08020139e <console_write+0x24>
      return done > 0 ? done : -1;
ffffffc0802013d6:	00905d63          	blez	s1,ffffffc0802013f0 <console_write+0x76>
  }
  return done;
}
ffffffc0802013da:	70ea                	ld	ra,184(sp)
ffffffc0802013dc:	744a                	ld	s0,176(sp)
ffffffc0802013de:	790a                	ld	s2,160(sp)
ffffffc0802013e0:	69ea                	ld	s3,152(sp)
ffffffc0802013e2:	6a4a                	ld	s4,144(sp)
ffffffc0802013e4:	6aaa                	ld	s5,136(sp)
ffffffc0802013e6:	6b0a                	ld	s6,128(sp)
ffffffc0802013e8:	8526                	mv	a0,s1
ffffffc0802013ea:	74aa                	ld	s1,168(sp)
ffffffc0802013ec:	6129                	add	sp,sp,192
ffffffc0802013ee:	8082                	ret
      return done > 0 ? done : -1;
ffffffc0802013f0:	54fd                	li	s1,-1
ffffffc0802013f2:	b7e5                	j	ffffffc0802013da <console_write+0x60>
  int done = 0;
ffffffc0802013f4:	4481                	li	s1,0
ffffffc0802013f6:	b7d5                	j	ffffffc0802013da <console_write+0x60>

ffffffc0802013f8 <console_read>:

/* Waits for a committed line (or end of input), then copies up to n bytes
 * of it to user address addr. Returns the count, 0 at end of input, or -1
 * if killed or nothing could be copied out. */
static int console_read(uint64 addr, int n)
{
ffffffc0802013f8:	7171                	add	sp,sp,-176
ffffffc0802013fa:	f122                	sd	s0,160(sp)
ffffffc0802013fc:	ed26                	sd	s1,152(sp)
ffffffc0802013fe:	e94a                	sd	s2,144(sp)
ffffffc080201400:	e152                	sd	s4,128(sp)
  char kbuf[CONS_CHUNK];
  spin_lock(&cons.lock);
ffffffc080201402:	00279497          	auipc	s1,0x279
ffffffc080201406:	11648493          	add	s1,s1,278 # ffffffc08047a518 <cons>
{
ffffffc08020140a:	f506                	sd	ra,168(sp)
ffffffc08020140c:	e54e                	sd	s3,136(sp)
ffffffc08020140e:	1900                	add	s0,sp,176
ffffffc080201410:	892a                	mv	s2,a0
  spin_lock(&cons.lock);
ffffffc080201412:	8526                	mv	a0,s1
{
ffffffc080201414:	8a2e                	mv	s4,a1
  spin_lock(&cons.lock);
ffffffc080201416:	2c8050ef          	jal	ffffffc0802066de <spin_lock>
  while (cons.r == cons.w) {
ffffffc08020141a:	6cd4                	ld	a3,152(s1)
ffffffc08020141c:	0a04b803          	ld	a6,160(s1)
ffffffc080201420:	02d81c63          	bne	a6,a3,ffffffc080201458 <console_read+0x60>
    if (current_killed()) {
      spin_unlock(&cons.lock);
      return -1;
    }
    sleep_on(&cons.r, &cons.lock);
ffffffc080201424:	00279997          	auipc	s3,0x279
ffffffc080201428:	18c98993          	add	s3,s3,396 # ffffffc08047a5b0 <cons+0x98>
ffffffc08020142c:	a801                	j	ffffffc08020143c <console_read+0x44>
ffffffc08020142e:	5e1040ef          	jal	ffffffc08020620e <sleep_on>
  while (cons.r == cons.w) {
ffffffc080201432:	6cd4                	ld	a3,152(s1)
ffffffc080201434:	0a04b803          	ld	a6,160(s1)
ffffffc080201438:	03069063          	bne	a3,a6,ffffffc080201458 <console_read+0x60>
    if (current_killed()) {
ffffffc08020143c:	2f9040ef          	jal	ffffffc080205f34 <current_killed>
ffffffc080201440:	87aa                	mv	a5,a0
    sleep_on(&cons.r, &cons.lock);
ffffffc080201442:	85a6                	mv	a1,s1
ffffffc080201444:	854e                	mv	a0,s3
    if (current_killed()) {
ffffffc080201446:	d7e5                	beqz	a5,ffffffc08020142e <console_read+0x36>
      spin_unlock(&cons.lock);
ffffffc080201448:	00279517          	auipc	a0,0x279
ffffffc08020144c:	0d050513          	add	a0,a0,208 # ffffffc08047a518 <cons>
ffffffc080201450:	388050ef          	jal	ffffffc0802067d8 <spin_unlock>
      return -1;
ffffffc080201454:	59fd                	li	s3,-1
ffffffc080201456:	a095                	j	ffffffc0802014ba <console_read+0xc2>
  }
  int m = console_take(kbuf, n < CONS_CHUNK ? n : CONS_CHUNK);
ffffffc080201458:	08000793          	li	a5,128
ffffffc08020145c:	000a061b          	sext.w	a2,s4
ffffffc080201460:	0747c663          	blt	a5,s4,ffffffc0802014cc <console_read+0xd4>
  while (m < max && cons.r != cons.w) {
ffffffc080201464:	8736                	mv	a4,a3
ffffffc080201466:	4581                	li	a1,0
  int m = 0;
ffffffc080201468:	4981                	li	s3,0
    if (c == CTRL('D')) {
ffffffc08020146a:	4511                	li	a0,4
    if (c == '\n')
ffffffc08020146c:	4329                	li	t1,10
  while (m < max && cons.r != cons.w) {
ffffffc08020146e:	a831                	j	ffffffc08020148a <console_read+0x92>
ffffffc080201470:	08e80063          	beq	a6,a4,ffffffc0802014f0 <console_read+0xf8>
    char c = cons.buf[cons.r % INPUT_SIZE];
ffffffc080201474:	0188c883          	lbu	a7,24(a7)
    if (c == CTRL('D')) {
ffffffc080201478:	08a88063          	beq	a7,a0,ffffffc0802014f8 <console_read+0x100>
    dst[m++] = c;
ffffffc08020147c:	01178023          	sb	a7,0(a5)
ffffffc080201480:	2985                	addw	s3,s3,1
    cons.r++;
ffffffc080201482:	0705                	add	a4,a4,1
    if (c == '\n')
ffffffc080201484:	4585                	li	a1,1
ffffffc080201486:	04688663          	beq	a7,t1,ffffffc0802014d2 <console_read+0xda>
    char c = cons.buf[cons.r % INPUT_SIZE];
ffffffc08020148a:	07f77793          	and	a5,a4,127
ffffffc08020148e:	00f488b3          	add	a7,s1,a5
    dst[m++] = c;
ffffffc080201492:	f5040a13          	add	s4,s0,-176
ffffffc080201496:	40d707b3          	sub	a5,a4,a3
ffffffc08020149a:	97d2                	add	a5,a5,s4
  while (m < max && cons.r != cons.w) {
ffffffc08020149c:	fcc9cae3          	blt	s3,a2,ffffffc080201470 <console_read+0x78>
ffffffc0802014a0:	c191                	beqz	a1,ffffffc0802014a4 <console_read+0xac>
ffffffc0802014a2:	ecd8                	sd	a4,152(s1)
  spin_unlock(&cons.lock);
ffffffc0802014a4:	00279517          	auipc	a0,0x279
ffffffc0802014a8:	07450513          	add	a0,a0,116 # ffffffc08047a518 <cons>
ffffffc0802014ac:	32c050ef          	jal	ffffffc0802067d8 <spin_unlock>
  if (m > 0 && copyout(addr, kbuf, m) < 0)
ffffffc0802014b0:	f5040a13          	add	s4,s0,-176
ffffffc0802014b4:	02099663          	bnez	s3,ffffffc0802014e0 <console_read+0xe8>
      return -1;
ffffffc0802014b8:	4981                	li	s3,0
    return -1;
  return m;
}
ffffffc0802014ba:	70aa                	ld	ra,168(sp)
ffffffc0802014bc:	740a                	ld	s0,160(sp)
ffffffc0802014be:	64ea                	ld	s1,152(sp)
ffffffc0802014c0:	694a                	ld	s2,144(sp)
ffffffc0802014c2:	6a0a                	ld	s4,128(sp)
ffffffc0802014c4:	854e                	mv	a0,s3
ffffffc0802014c6:	69aa                	ld	s3,136(sp)
ffffffc0802014c8:	614d                	add	sp,sp,176
ffffffc0802014ca:	8082                	ret
  int m = console_take(kbuf, n < CONS_CHUNK ? n : CONS_CHUNK);
ffffffc0802014cc:	08000613          	li	a2,128
ffffffc0802014d0:	bf51                	j	ffffffc080201464 <console_read+0x6c>
  spin_unlock(&cons.lock);
ffffffc0802014d2:	00279517          	auipc	a0,0x279
ffffffc0802014d6:	04650513          	add	a0,a0,70 # ffffffc08047a518 <cons>
ffffffc0802014da:	ecd8                	sd	a4,152(s1)
ffffffc0802014dc:	2fc050ef          	jal	ffffffc0802067d8 <spin_unlock>
  if (m > 0 && copyout(addr, kbuf, m) < 0)
ffffffc0802014e0:	864e                	mv	a2,s3
ffffffc0802014e2:	85d2                	mv	a1,s4
ffffffc0802014e4:	854a                	mv	a0,s2
ffffffc0802014e6:	3aa030ef          	jal	ffffffc080204890 <copyout>
ffffffc0802014ea:	fc0558e3          	bgez	a0,ffffffc0802014ba <console_read+0xc2>
ffffffc0802014ee:	b79d                	j	ffffffc080201454 <console_read+0x5c>
ffffffc0802014f0:	d9d5                	beqz	a1,ffffffc0802014a4 <console_read+0xac>
ffffffc0802014f2:	0904bc23          	sd	a6,152(s1)
ffffffc0802014f6:	b77d                	j	ffffffc0802014a4 <console_read+0xac>
ffffffc0802014f8:	c191                	beqz	a1,ffffffc0802014fc <console_read+0x104>
ffffffc0802014fa:	ecd8                	sd	a4,152(s1)
      if (m == 0)
ffffffc0802014fc:	00098b63          	beqz	s3,ffffffc080201512 <console_read+0x11a>
  spin_unlock(&cons.lock);
ffffffc080201500:	00279517          	auipc	a0,0x279
ffffffc080201504:	01850513          	add	a0,a0,24 # ffffffc08047a518 <cons>
ffffffc080201508:	2d0050ef          	jal	ffffffc0802067d8 <spin_unlock>
  if (m > 0 && copyout(addr, kbuf, m) < 0)
ffffffc08020150c:	f5040a13          	add	s4,s0,-176
ffffffc080201510:	bfc1                	j	ffffffc0802014e0 <console_read+0xe8>
        cons.r++;
ffffffc080201512:	0705                	add	a4,a4,1
  spin_unlock(&cons.lock);
ffffffc080201514:	00279517          	auipc	a0,0x279
ffffffc080201518:	00450513          	add	a0,a0,4 # ffffffc08047a518 <cons>
        cons.r++;
ffffffc08020151c:	ecd8                	sd	a4,152(s1)
  spin_unlock(&cons.lock);
ffffffc08020151e:	2ba050ef          	jal	ffffffc0802067d8 <spin_unlock>
  if (m > 0 && copyout(addr, kbuf, m) < 0)
ffffffc080201522:	bf59                	j	ffffffc0802014b8 <console_read+0xc0>

ffffffc080201524 <console_intr>:
  }
}

/* See console.h. */
void console_intr(int c)
{
ffffffc080201524:	7139                	add	sp,sp,-64
ffffffc080201526:	f822                	sd	s0,48(sp)
ffffffc080201528:	f426                	sd	s1,40(sp)
ffffffc08020152a:	f04a                	sd	s2,32(sp)
ffffffc08020152c:	fc06                	sd	ra,56(sp)
ffffffc08020152e:	ec4e                	sd	s3,24(sp)
ffffffc080201530:	0080                	add	s0,sp,64
  spin_lock(&cons.lock);
ffffffc080201532:	00279497          	auipc	s1,0x279
ffffffc080201536:	fe648493          	add	s1,s1,-26 # ffffffc08047a518 <cons>
{
ffffffc08020153a:	892a                	mv	s2,a0
  spin_lock(&cons.lock);
ffffffc08020153c:	8526                	mv	a0,s1
ffffffc08020153e:	1a0050ef          	jal	ffffffc0802066de <spin_lock>
  switch (c) {
ffffffc080201542:	47d5                	li	a5,21
ffffffc080201544:	08f90a63          	beq	s2,a5,ffffffc0802015d8 <console_intr+0xb4>
ffffffc080201548:	07f00793          	li	a5,127
ffffffc08020154c:	06f90863          	beq	s2,a5,ffffffc0802015bc <console_intr+0x98>
ffffffc080201550:	4721                	li	a4,8
ffffffc080201552:	06e90563          	beq	s2,a4,ffffffc0802015bc <console_intr+0x98>
  if (c == 0 || cons.e - cons.r >= INPUT_SIZE)
ffffffc080201556:	04090763          	beqz	s2,ffffffc0802015a4 <console_intr+0x80>
ffffffc08020155a:	74d8                	ld	a4,168(s1)
ffffffc08020155c:	6cd4                	ld	a3,152(s1)
ffffffc08020155e:	40d706b3          	sub	a3,a4,a3
ffffffc080201562:	04d7e163          	bltu	a5,a3,ffffffc0802015a4 <console_intr+0x80>
  if (c == '\r')
ffffffc080201566:	47b5                	li	a5,13
ffffffc080201568:	08f90b63          	beq	s2,a5,ffffffc0802015fe <console_intr+0xda>
  if (c != CTRL('D'))
ffffffc08020156c:	4791                	li	a5,4
ffffffc08020156e:	0af90163          	beq	s2,a5,ffffffc080201610 <console_intr+0xec>
    char ch = c;
ffffffc080201572:	0ff97993          	zext.b	s3,s2
    uart_write(&ch, 1);
ffffffc080201576:	4585                	li	a1,1
ffffffc080201578:	fcf40513          	add	a0,s0,-49
    char ch = c;
ffffffc08020157c:	fd3407a3          	sb	s3,-49(s0)
    uart_write(&ch, 1);
ffffffc080201580:	1dc000ef          	jal	ffffffc08020175c <uart_write>
  cons.buf[cons.e++ % INPUT_SIZE] = c;
ffffffc080201584:	74d8                	ld	a4,168(s1)
  if (c == '\n' || c == CTRL('D') || cons.e - cons.r == INPUT_SIZE) {
ffffffc080201586:	46a9                	li	a3,10
  cons.buf[cons.e++ % INPUT_SIZE] = c;
ffffffc080201588:	07f77793          	and	a5,a4,127
ffffffc08020158c:	97a6                	add	a5,a5,s1
ffffffc08020158e:	0705                	add	a4,a4,1
ffffffc080201590:	f4d8                	sd	a4,168(s1)
ffffffc080201592:	01378c23          	sb	s3,24(a5)
  if (c == '\n' || c == CTRL('D') || cons.e - cons.r == INPUT_SIZE) {
ffffffc080201596:	08d90463          	beq	s2,a3,ffffffc08020161e <console_intr+0xfa>
ffffffc08020159a:	6cdc                	ld	a5,152(s1)
ffffffc08020159c:	f8070693          	add	a3,a4,-128
ffffffc0802015a0:	06f68f63          	beq	a3,a5,ffffffc08020161e <console_intr+0xfa>
  default:
    console_append(c);
    break;
  }
  spin_unlock(&cons.lock);
}
ffffffc0802015a4:	7442                	ld	s0,48(sp)
ffffffc0802015a6:	70e2                	ld	ra,56(sp)
ffffffc0802015a8:	74a2                	ld	s1,40(sp)
ffffffc0802015aa:	7902                	ld	s2,32(sp)
ffffffc0802015ac:	69e2                	ld	s3,24(sp)
  spin_unlock(&cons.lock);
ffffffc0802015ae:	00279517          	auipc	a0,0x279
ffffffc0802015b2:	f6a50513          	add	a0,a0,-150 # ffffffc08047a518 <cons>
}
ffffffc0802015b6:	6121                	add	sp,sp,64
  spin_unlock(&cons.lock);
ffffffc0802015b8:	2200506f          	j	ffffffc0802067d8 <spin_unlock>
  if (cons.e != cons.w) {
ffffffc0802015bc:	74dc                	ld	a5,168(s1)
ffffffc0802015be:	70d8                	ld	a4,160(s1)
ffffffc0802015c0:	fee782e3          	beq	a5,a4,ffffffc0802015a4 <console_intr+0x80>
    cons.e--;
ffffffc0802015c4:	17fd                	add	a5,a5,-1
    uart_write("\b \b", 3);
ffffffc0802015c6:	458d                	li	a1,3
ffffffc0802015c8:	00007517          	auipc	a0,0x7
ffffffc0802015cc:	da050513          	add	a0,a0,-608 # ffffffc080208368 <CSWTCH.21+0x80>
    cons.e--;
ffffffc0802015d0:	f4dc                	sd	a5,168(s1)
    uart_write("\b \b", 3);
ffffffc0802015d2:	18a000ef          	jal	ffffffc08020175c <uart_write>
ffffffc0802015d6:	b7f9                	j	ffffffc0802015a4 <console_intr+0x80>
    while (cons.e != cons.w) /* the edited line holds no newline */
ffffffc0802015d8:	74dc                	ld	a5,168(s1)
ffffffc0802015da:	70d8                	ld	a4,160(s1)
    uart_write("\b \b", 3);
ffffffc0802015dc:	00007917          	auipc	s2,0x7
ffffffc0802015e0:	d8c90913          	add	s2,s2,-628 # ffffffc080208368 <CSWTCH.21+0x80>
    while (cons.e != cons.w) /* the edited line holds no newline */
ffffffc0802015e4:	fcf700e3          	beq	a4,a5,ffffffc0802015a4 <console_intr+0x80>
    cons.e--;
ffffffc0802015e8:	17fd                	add	a5,a5,-1
    uart_write("\b \b", 3);
ffffffc0802015ea:	458d                	li	a1,3
ffffffc0802015ec:	854a                	mv	a0,s2
    cons.e--;
ffffffc0802015ee:	f4dc                	sd	a5,168(s1)
    uart_write("\b \b", 3);
ffffffc0802015f0:	16c000ef          	jal	ffffffc08020175c <uart_write>
    while (cons.e != cons.w) /* the edited line holds no newline */
ffffffc0802015f4:	74dc                	ld	a5,168(s1)
ffffffc0802015f6:	70d8                	ld	a4,160(s1)
ffffffc0802015f8:	fee798e3          	bne	a5,a4,ffffffc0802015e8 <console_intr+0xc4>
ffffffc0802015fc:	b765                	j	ffffffc0802015a4 <console_intr+0x80>
    char ch = c;
ffffffc0802015fe:	4929                	li	s2,10
    uart_write(&ch, 1);
ffffffc080201600:	4585                	li	a1,1
ffffffc080201602:	fcf40513          	add	a0,s0,-49
    char ch = c;
ffffffc080201606:	fd2407a3          	sb	s2,-49(s0)
    uart_write(&ch, 1);
ffffffc08020160a:	152000ef          	jal	ffffffc08020175c <uart_write>
  cons.buf[cons.e++ % INPUT_SIZE] = c;
ffffffc08020160e:	74d8                	ld	a4,168(s1)
ffffffc080201610:	07f77793          	and	a5,a4,127
ffffffc080201614:	0705                	add	a4,a4,1
ffffffc080201616:	97a6                	add	a5,a5,s1
ffffffc080201618:	f4d8                	sd	a4,168(s1)
ffffffc08020161a:	01278c23          	sb	s2,24(a5)
    wakeup(&cons.r);
ffffffc08020161e:	00279517          	auipc	a0,0x279
ffffffc080201622:	f9250513          	add	a0,a0,-110 # ffffffc08047a5b0 <cons+0x98>
    cons.w = cons.e;
ffffffc080201626:	f0d8                	sd	a4,160(s1)
    wakeup(&cons.r);
ffffffc080201628:	437040ef          	jal	ffffffc08020625e <wakeup>
ffffffc08020162c:	bfa5                	j	ffffffc0802015a4 <console_intr+0x80>

ffffffc08020162e <console_init>:

/* See console.h. */
void console_init(void)
{
ffffffc08020162e:	1141                	add	sp,sp,-16
ffffffc080201630:	e022                	sd	s0,0(sp)
ffffffc080201632:	e406                	sd	ra,8(sp)
ffffffc080201634:	0800                	add	s0,sp,16
  spin_init(&cons.lock, "console");
ffffffc080201636:	00007597          	auipc	a1,0x7
ffffffc08020163a:	d3a58593          	add	a1,a1,-710 # ffffffc080208370 <CSWTCH.21+0x88>
ffffffc08020163e:	00279517          	auipc	a0,0x279
ffffffc080201642:	eda50513          	add	a0,a0,-294 # ffffffc08047a518 <cons>
ffffffc080201646:	082050ef          	jal	ffffffc0802066c8 <spin_init>
  dev_register(CONSOLE_MAJOR, console_read, console_write);
}
ffffffc08020164a:	6402                	ld	s0,0(sp)
ffffffc08020164c:	60a2                	ld	ra,8(sp)
  dev_register(CONSOLE_MAJOR, console_read, console_write);
ffffffc08020164e:	00000617          	auipc	a2,0x0
ffffffc080201652:	d2c60613          	add	a2,a2,-724 # ffffffc08020137a <console_write>
ffffffc080201656:	00000597          	auipc	a1,0x0
ffffffc08020165a:	da258593          	add	a1,a1,-606 # ffffffc0802013f8 <console_read>
ffffffc08020165e:	4505                	li	a0,1
}
ffffffc080201660:	0141                	add	sp,sp,16
  dev_register(CONSOLE_MAJOR, console_read, console_write);
ffffffc080201662:	20b0006f          	j	ffffffc08020206c <dev_register>

ffffffc080201666 <uart_init>:
static volatile uint8 *uart_regs; /* written once at boot */
static int uart_irq_num;          /* written once at boot */
static struct spinlock out_lock;  /* serialises all console output */
static bool panic_mode;           /* set once by panic; then no locking */

void uart_init(uint64 base_pa, int irq) {
ffffffc080201666:	1101                	add	sp,sp,-32
  uart_regs = P2V(base_pa);
ffffffc080201668:	57fd                	li	a5,-1
void uart_init(uint64 base_pa, int irq) {
ffffffc08020166a:	e822                	sd	s0,16(sp)
ffffffc08020166c:	e426                	sd	s1,8(sp)
ffffffc08020166e:	ec06                	sd	ra,24(sp)
ffffffc080201670:	1000                	add	s0,sp,32
  uart_regs = P2V(base_pa);
ffffffc080201672:	179a                	sll	a5,a5,0x26
ffffffc080201674:	97aa                	add	a5,a5,a0
void uart_init(uint64 base_pa, int irq) {
ffffffc080201676:	872e                	mv	a4,a1
  uart_regs = P2V(base_pa);
ffffffc080201678:	00279497          	auipc	s1,0x279
ffffffc08020167c:	9f848493          	add	s1,s1,-1544 # ffffffc08047a070 <uart_regs>
  uart_irq_num = irq;
  spin_init(&out_lock, "uart_out");
ffffffc080201680:	00007597          	auipc	a1,0x7
ffffffc080201684:	cf858593          	add	a1,a1,-776 # ffffffc080208378 <CSWTCH.21+0x90>
ffffffc080201688:	00279517          	auipc	a0,0x279
ffffffc08020168c:	f4050513          	add	a0,a0,-192 # ffffffc08047a5c8 <out_lock>
  uart_regs = P2V(base_pa);
ffffffc080201690:	e09c                	sd	a5,0(s1)
  uart_irq_num = irq;
ffffffc080201692:	00279797          	auipc	a5,0x279
ffffffc080201696:	9ce7ad23          	sw	a4,-1574(a5) # ffffffc08047a06c <uart_irq_num>
  spin_init(&out_lock, "uart_out");
ffffffc08020169a:	02e050ef          	jal	ffffffc0802066c8 <spin_init>
  uart_regs[IER] = 0;
ffffffc08020169e:	609c                	ld	a5,0(s1)
  uart_regs[LCR] = LCR_8N1;
ffffffc0802016a0:	470d                	li	a4,3
  uart_regs[IER] = 0;
ffffffc0802016a2:	000780a3          	sb	zero,1(a5)
  uart_regs[LCR] = LCR_8N1;
ffffffc0802016a6:	00e781a3          	sb	a4,3(a5)
  uart_regs[FCR] = FCR_ENABLE_CLEAR;
ffffffc0802016aa:	471d                	li	a4,7
ffffffc0802016ac:	00e78123          	sb	a4,2(a5)
  uart_regs[IER] = IER_RX;
ffffffc0802016b0:	4705                	li	a4,1
ffffffc0802016b2:	00e780a3          	sb	a4,1(a5)
}
ffffffc0802016b6:	60e2                	ld	ra,24(sp)
ffffffc0802016b8:	6442                	ld	s0,16(sp)
ffffffc0802016ba:	64a2                	ld	s1,8(sp)
ffffffc0802016bc:	6105                	add	sp,sp,32
ffffffc0802016be:	8082                	ret

ffffffc0802016c0 <uart_irq>:

int uart_irq(void) { return uart_irq_num; }
ffffffc0802016c0:	1141                	add	sp,sp,-16
ffffffc0802016c2:	e422                	sd	s0,8(sp)
ffffffc0802016c4:	0800                	add	s0,sp,16
ffffffc0802016c6:	6422                	ld	s0,8(sp)
ffffffc0802016c8:	00279517          	auipc	a0,0x279
ffffffc0802016cc:	9a452503          	lw	a0,-1628(a0) # ffffffc08047a06c <uart_irq_num>
ffffffc0802016d0:	0141                	add	sp,sp,16
ffffffc0802016d2:	8082                	ret

ffffffc0802016d4 <uart_putc_locked>:

void uart_putc_locked(int c) {
ffffffc0802016d4:	1141                	add	sp,sp,-16
ffffffc0802016d6:	e422                	sd	s0,8(sp)
ffffffc0802016d8:	0800                	add	s0,sp,16
  while ((uart_regs[LSR] & LSR_TX_IDLE) == 0)
ffffffc0802016da:	00279717          	auipc	a4,0x279
ffffffc0802016de:	99673703          	ld	a4,-1642(a4) # ffffffc08047a070 <uart_regs>
ffffffc0802016e2:	00574783          	lbu	a5,5(a4)
ffffffc0802016e6:	0207f793          	and	a5,a5,32
ffffffc0802016ea:	dfe5                	beqz	a5,ffffffc0802016e2 <uart_putc_locked+0xe>
    ;
  uart_regs[THR] = (uint8)c;
ffffffc0802016ec:	0ff57513          	zext.b	a0,a0
ffffffc0802016f0:	00a70023          	sb	a0,0(a4)
}
ffffffc0802016f4:	6422                	ld	s0,8(sp)
ffffffc0802016f6:	0141                	add	sp,sp,16
ffffffc0802016f8:	8082                	ret

ffffffc0802016fa <uart_lock>:

void uart_lock(void) {
ffffffc0802016fa:	1141                	add	sp,sp,-16
ffffffc0802016fc:	e422                	sd	s0,8(sp)
ffffffc0802016fe:	0800                	add	s0,sp,16
  if (!panic_mode)
ffffffc080201700:	00279797          	auipc	a5,0x279
ffffffc080201704:	9687c783          	lbu	a5,-1688(a5) # ffffffc08047a068 <panic_mode>
ffffffc080201708:	c781                	beqz	a5,ffffffc080201710 <uart_lock+0x16>
    spin_lock(&out_lock);
}
ffffffc08020170a:	6422                	ld	s0,8(sp)
ffffffc08020170c:	0141                	add	sp,sp,16
ffffffc08020170e:	8082                	ret
ffffffc080201710:	6422                	ld	s0,8(sp)
    spin_lock(&out_lock);
ffffffc080201712:	00279517          	auipc	a0,0x279
ffffffc080201716:	eb650513          	add	a0,a0,-330 # ffffffc08047a5c8 <out_lock>
}
ffffffc08020171a:	0141                	add	sp,sp,16
    spin_lock(&out_lock);
ffffffc08020171c:	7c30406f          	j	ffffffc0802066de <spin_lock>

ffffffc080201720 <uart_unlock>:

void uart_unlock(void) {
ffffffc080201720:	1141                	add	sp,sp,-16
ffffffc080201722:	e422                	sd	s0,8(sp)
ffffffc080201724:	0800                	add	s0,sp,16
  if (!panic_mode)
ffffffc080201726:	00279797          	auipc	a5,0x279
ffffffc08020172a:	9427c783          	lbu	a5,-1726(a5) # ffffffc08047a068 <panic_mode>
ffffffc08020172e:	c781                	beqz	a5,ffffffc080201736 <uart_unlock+0x16>
    spin_unlock(&out_lock);
}
ffffffc080201730:	6422                	ld	s0,8(sp)
ffffffc080201732:	0141                	add	sp,sp,16
ffffffc080201734:	8082                	ret
ffffffc080201736:	6422                	ld	s0,8(sp)
    spin_unlock(&out_lock);
ffffffc080201738:	00279517          	auipc	a0,0x279
ffffffc08020173c:	e9050513          	add	a0,a0,-368 # ffffffc08047a5c8 <out_lock>
}
ffffffc080201740:	0141                	add	sp,sp,16
    spin_unlock(&out_lock);
ffffffc080201742:	0960506f          	j	ffffffc0802067d8 <spin_unlock>

ffffffc080201746 <uart_panic_mode>:

void uart_panic_mode(void) { panic_mode = true; }
ffffffc080201746:	1141                	add	sp,sp,-16
ffffffc080201748:	e422                	sd	s0,8(sp)
ffffffc08020174a:	0800                	add	s0,sp,16
ffffffc08020174c:	6422                	ld	s0,8(sp)
ffffffc08020174e:	4785                	li	a5,1
ffffffc080201750:	00279717          	auipc	a4,0x279
ffffffc080201754:	90f70c23          	sb	a5,-1768(a4) # ffffffc08047a068 <panic_mode>
ffffffc080201758:	0141                	add	sp,sp,16
ffffffc08020175a:	8082                	ret

ffffffc08020175c <uart_write>:

void uart_write(const char *buf, int n) {
ffffffc08020175c:	7179                	add	sp,sp,-48
ffffffc08020175e:	f022                	sd	s0,32(sp)
ffffffc080201760:	ec26                	sd	s1,24(sp)
ffffffc080201762:	e84a                	sd	s2,16(sp)
ffffffc080201764:	e44e                	sd	s3,8(sp)
ffffffc080201766:	f406                	sd	ra,40(sp)
ffffffc080201768:	1800                	add	s0,sp,48
  if (!panic_mode)
ffffffc08020176a:	00279997          	auipc	s3,0x279
ffffffc08020176e:	8fe98993          	add	s3,s3,-1794 # ffffffc08047a068 <panic_mode>
ffffffc080201772:	0009c783          	lbu	a5,0(s3)
void uart_write(const char *buf, int n) {
ffffffc080201776:	892a                	mv	s2,a0
ffffffc080201778:	84ae                	mv	s1,a1
  if (!panic_mode)
ffffffc08020177a:	c3b1                	beqz	a5,ffffffc0802017be <uart_write+0x62>
  uart_lock();
  for (int i = 0; i < n; i++)
ffffffc08020177c:	02b05a63          	blez	a1,ffffffc0802017b0 <uart_write+0x54>
  while ((uart_regs[LSR] & LSR_TX_IDLE) == 0)
ffffffc080201780:	00279717          	auipc	a4,0x279
ffffffc080201784:	8f073703          	ld	a4,-1808(a4) # ffffffc08047a070 <uart_regs>
ffffffc080201788:	4681                	li	a3,0
    uart_putc_locked(buf[i]);
ffffffc08020178a:	00d907b3          	add	a5,s2,a3
ffffffc08020178e:	0007c603          	lbu	a2,0(a5)
  while ((uart_regs[LSR] & LSR_TX_IDLE) == 0)
ffffffc080201792:	00574783          	lbu	a5,5(a4)
ffffffc080201796:	0207f793          	and	a5,a5,32
ffffffc08020179a:	dfe5                	beqz	a5,ffffffc080201792 <uart_write+0x36>
  for (int i = 0; i < n; i++)
ffffffc08020179c:	0685                	add	a3,a3,1
  uart_regs[THR] = (uint8)c;
ffffffc08020179e:	00c70023          	sb	a2,0(a4)
  for (int i = 0; i < n; i++)
ffffffc0802017a2:	0006879b          	sext.w	a5,a3
ffffffc0802017a6:	fe97c2e3          	blt	a5,s1,ffffffc08020178a <uart_write+0x2e>
  if (!panic_mode)
ffffffc0802017aa:	0009c783          	lbu	a5,0(s3)
ffffffc0802017ae:	c38d                	beqz	a5,ffffffc0802017d0 <uart_write+0x74>
  uart_unlock();
}
ffffffc0802017b0:	70a2                	ld	ra,40(sp)
ffffffc0802017b2:	7402                	ld	s0,32(sp)
ffffffc0802017b4:	64e2                	ld	s1,24(sp)
ffffffc0802017b6:	6942                	ld	s2,16(sp)
ffffffc0802017b8:	69a2                	ld	s3,8(sp)
ffffffc0802017ba:	6145                	add	sp,sp,48
ffffffc0802017bc:	8082                	ret
    spin_lock(&out_lock);
ffffffc0802017be:	00279517          	auipc	a0,0x279
ffffffc0802017c2:	e0a50513          	add	a0,a0,-502 # ffffffc08047a5c8 <out_lock>
ffffffc0802017c6:	719040ef          	jal	ffffffc0802066de <spin_lock>
  for (int i = 0; i < n; i++)
ffffffc0802017ca:	fa904be3          	bgtz	s1,ffffffc080201780 <uart_write+0x24>
ffffffc0802017ce:	bff1                	j	ffffffc0802017aa <uart_write+0x4e>
}
ffffffc0802017d0:	7402                	ld	s0,32(sp)
ffffffc0802017d2:	70a2                	ld	ra,40(sp)
ffffffc0802017d4:	64e2                	ld	s1,24(sp)
ffffffc0802017d6:	6942                	ld	s2,16(sp)
ffffffc0802017d8:	69a2                	ld	s3,8(sp)
    spin_unlock(&out_lock);
ffffffc0802017da:	00279517          	auipc	a0,0x279
ffffffc0802017de:	dee50513          	add	a0,a0,-530 # ffffffc08047a5c8 <out_lock>
}
ffffffc0802017e2:	6145                	add	sp,sp,48
    spin_unlock(&out_lock);
ffffffc0802017e4:	7f50406f          	j	ffffffc0802067d8 <spin_unlock>

ffffffc0802017e8 <uart_intr>:

void uart_intr(void) {
ffffffc0802017e8:	1101                	add	sp,sp,-32
ffffffc0802017ea:	e822                	sd	s0,16(sp)
ffffffc0802017ec:	e426                	sd	s1,8(sp)
ffffffc0802017ee:	ec06                	sd	ra,24(sp)
ffffffc0802017f0:	1000                	add	s0,sp,32
  while (uart_regs[LSR] & LSR_RX_READY)
ffffffc0802017f2:	00279497          	auipc	s1,0x279
ffffffc0802017f6:	87e48493          	add	s1,s1,-1922 # ffffffc08047a070 <uart_regs>
ffffffc0802017fa:	6098                	ld	a4,0(s1)
ffffffc0802017fc:	00574783          	lbu	a5,5(a4)
ffffffc080201800:	8b85                	and	a5,a5,1
ffffffc080201802:	cb91                	beqz	a5,ffffffc080201816 <uart_intr+0x2e>
    console_intr(uart_regs[RHR]);
ffffffc080201804:	00074503          	lbu	a0,0(a4)
ffffffc080201808:	d1dff0ef          	jal	ffffffc080201524 <console_intr>
  while (uart_regs[LSR] & LSR_RX_READY)
ffffffc08020180c:	6098                	ld	a4,0(s1)
ffffffc08020180e:	00574783          	lbu	a5,5(a4)
ffffffc080201812:	8b85                	and	a5,a5,1
ffffffc080201814:	fbe5                	bnez	a5,ffffffc080201804 <uart_intr+0x1c>
}
ffffffc080201816:	60e2                	ld	ra,24(sp)
ffffffc080201818:	6442                	ld	s0,16(sp)
ffffffc08020181a:	64a2                	ld	s1,8(sp)
ffffffc08020181c:	6105                	add	sp,sp,32
ffffffc08020181e:	8082                	ret

ffffffc080201820 <dir_add>:
}

/* Adds entry name -> inum to dp. Returns 0, or -1 when out of memory.
 * Does not touch nlink. Caller holds fs_ns_lock; name is not in dp. */
static int dir_add(struct inode *dp, const char *name, uint inum)
{
ffffffc080201820:	715d                	add	sp,sp,-80
ffffffc080201822:	e0a2                	sd	s0,64(sp)
ffffffc080201824:	fc26                	sd	s1,56(sp)
ffffffc080201826:	f84a                	sd	s2,48(sp)
ffffffc080201828:	f44e                	sd	s3,40(sp)
ffffffc08020182a:	f052                	sd	s4,32(sp)
ffffffc08020182c:	ec56                	sd	s5,24(sp)
ffffffc08020182e:	e486                	sd	ra,72(sp)
ffffffc080201830:	0880                	add	s0,sp,80
ffffffc080201832:	892a                	mv	s2,a0
ffffffc080201834:	8aae                	mv	s5,a1
ffffffc080201836:	8a32                	mv	s4,a2
  inode_lock(dp);
ffffffc080201838:	7b1000ef          	jal	ffffffc0802027e8 <inode_lock>
  uint64 n = dp->size / sizeof(struct dirent);
ffffffc08020183c:	04093983          	ld	s3,64(s2)
ffffffc080201840:	4481                	li	s1,0
ffffffc080201842:	0049d993          	srl	s3,s3,0x4
  for (uint64 i = 0; i < n; i++)
ffffffc080201846:	00099663          	bnez	s3,ffffffc080201852 <dir_add+0x32>
ffffffc08020184a:	a829                	j	ffffffc080201864 <dir_add+0x44>
ffffffc08020184c:	0485                	add	s1,s1,1
ffffffc08020184e:	00998b63          	beq	s3,s1,ffffffc080201864 <dir_add+0x44>
    if (dir_entry(dp, i)->inum == 0)
ffffffc080201852:	85a6                	mv	a1,s1
ffffffc080201854:	854a                	mv	a0,s2
ffffffc080201856:	31c010ef          	jal	ffffffc080202b72 <dir_entry>
ffffffc08020185a:	00055783          	lhu	a5,0(a0)
ffffffc08020185e:	f7fd                	bnez	a5,ffffffc08020184c <dir_add+0x2c>
ffffffc080201860:	89a6                	mv	s3,s1
ffffffc080201862:	a01d                	j	ffffffc080201888 <dir_add+0x68>
  memset(&empty, 0, sizeof(empty));
ffffffc080201864:	4641                	li	a2,16
ffffffc080201866:	4581                	li	a1,0
ffffffc080201868:	fb040513          	add	a0,s0,-80
ffffffc08020186c:	414020ef          	jal	ffffffc080203c80 <memset>
  if (inode_write_locked(dp, 0, (uint64)&empty, dp->size, sizeof(empty)) !=
ffffffc080201870:	04093683          	ld	a3,64(s2)
ffffffc080201874:	4741                	li	a4,16
ffffffc080201876:	fb040613          	add	a2,s0,-80
ffffffc08020187a:	4581                	li	a1,0
ffffffc08020187c:	854a                	mv	a0,s2
ffffffc08020187e:	05a010ef          	jal	ffffffc0802028d8 <inode_write_locked>
ffffffc080201882:	47c1                	li	a5,16
ffffffc080201884:	04f51863          	bne	a0,a5,ffffffc0802018d4 <dir_add+0xb4>
  int64 i = dir_free_slot(dp);
  if (i >= 0) {
    struct dirent *de = dir_entry(dp, i);
ffffffc080201888:	85ce                	mv	a1,s3
ffffffc08020188a:	854a                	mv	a0,s2
ffffffc08020188c:	2e6010ef          	jal	ffffffc080202b72 <dir_entry>
    memset(de->name, 0, DIRSIZ);
ffffffc080201890:	00250993          	add	s3,a0,2
ffffffc080201894:	4639                	li	a2,14
ffffffc080201896:	4581                	li	a1,0
    struct dirent *de = dir_entry(dp, i);
ffffffc080201898:	84aa                	mv	s1,a0
    memset(de->name, 0, DIRSIZ);
ffffffc08020189a:	854e                	mv	a0,s3
ffffffc08020189c:	3e4020ef          	jal	ffffffc080203c80 <memset>
    memmove(de->name, name, strlen(name) < DIRSIZ ? strlen(name) : DIRSIZ);
ffffffc0802018a0:	8556                	mv	a0,s5
ffffffc0802018a2:	51e020ef          	jal	ffffffc080203dc0 <strlen>
ffffffc0802018a6:	47b5                	li	a5,13
ffffffc0802018a8:	4639                	li	a2,14
ffffffc0802018aa:	02a7fa63          	bgeu	a5,a0,ffffffc0802018de <dir_add+0xbe>
ffffffc0802018ae:	85d6                	mv	a1,s5
ffffffc0802018b0:	854e                	mv	a0,s3
ffffffc0802018b2:	49e020ef          	jal	ffffffc080203d50 <memmove>
    de->inum = inum;
  }
  inode_unlock(dp);
ffffffc0802018b6:	854a                	mv	a0,s2
    de->inum = inum;
ffffffc0802018b8:	01449023          	sh	s4,0(s1)
  inode_unlock(dp);
ffffffc0802018bc:	73d000ef          	jal	ffffffc0802027f8 <inode_unlock>
  return i >= 0 ? 0 : -1;
ffffffc0802018c0:	4501                	li	a0,0
}
ffffffc0802018c2:	60a6                	ld	ra,72(sp)
ffffffc0802018c4:	6406                	ld	s0,64(sp)
ffffffc0802018c6:	74e2                	ld	s1,56(sp)
ffffffc0802018c8:	7942                	ld	s2,48(sp)
ffffffc0802018ca:	79a2                	ld	s3,40(sp)
ffffffc0802018cc:	7a02                	ld	s4,32(sp)
ffffffc0802018ce:	6ae2                	ld	s5,24(sp)
ffffffc0802018d0:	6161                	add	sp,sp,80
ffffffc0802018d2:	8082                	ret
  inode_unlock(dp);
ffffffc0802018d4:	854a                	mv	a0,s2
ffffffc0802018d6:	723000ef          	jal	ffffffc0802027f8 <inode_unlock>
  return i >= 0 ? 0 : -1;
ffffffc0802018da:	557d                	li	a0,-1
ffffffc0802018dc:	b7dd                	j	ffffffc0802018c2 <dir_add+0xa2>
    memmove(de->name, name, strlen(name) < DIRSIZ ? strlen(name) : DIRSIZ);
ffffffc0802018de:	8556                	mv	a0,s5
ffffffc0802018e0:	4e0020ef          	jal	ffffffc080203dc0 <strlen>
ffffffc0802018e4:	862a                	mv	a2,a0
ffffffc0802018e6:	b7e1                	j	ffffffc0802018ae <dir_add+0x8e>

ffffffc0802018e8 <inode_add_links.part.0>:
{
  return dp->type == T_DIR && dp->nlink > 0;
}

/* Adds delta to ip's link count. Caller holds fs_ns_lock. */
static void inode_add_links(struct inode *ip, int delta)
ffffffc0802018e8:	1141                	add	sp,sp,-16
ffffffc0802018ea:	e022                	sd	s0,0(sp)
ffffffc0802018ec:	e406                	sd	ra,8(sp)
ffffffc0802018ee:	0800                	add	s0,sp,16
{
  inode_lock(ip);
  ip->nlink += delta;
  KASSERT(ip->nlink >= 0);
ffffffc0802018f0:	00007717          	auipc	a4,0x7
ffffffc0802018f4:	a9870713          	add	a4,a4,-1384 # ffffffc080208388 <CSWTCH.21+0xa0>
ffffffc0802018f8:	00007697          	auipc	a3,0x7
ffffffc0802018fc:	ba068693          	add	a3,a3,-1120 # ffffffc080208498 <__func__.1>
ffffffc080201900:	07500613          	li	a2,117
ffffffc080201904:	00007597          	auipc	a1,0x7
ffffffc080201908:	a9458593          	add	a1,a1,-1388 # ffffffc080208398 <CSWTCH.21+0xb0>
ffffffc08020190c:	00006517          	auipc	a0,0x6
ffffffc080201910:	76450513          	add	a0,a0,1892 # ffffffc080208070 <__func__.0+0x40>
ffffffc080201914:	29c020ef          	jal	ffffffc080203bb0 <panic>

ffffffc080201918 <dir_lookup>:
{
ffffffc080201918:	7139                	add	sp,sp,-64
ffffffc08020191a:	f822                	sd	s0,48(sp)
ffffffc08020191c:	e852                	sd	s4,16(sp)
ffffffc08020191e:	fc06                	sd	ra,56(sp)
ffffffc080201920:	f426                	sd	s1,40(sp)
ffffffc080201922:	f04a                	sd	s2,32(sp)
ffffffc080201924:	ec4e                	sd	s3,24(sp)
ffffffc080201926:	e456                	sd	s5,8(sp)
ffffffc080201928:	e05a                	sd	s6,0(sp)
ffffffc08020192a:	0080                	add	s0,sp,64
  uint64 n = dp->size / sizeof(struct dirent);
ffffffc08020192c:	04053a03          	ld	s4,64(a0)
ffffffc080201930:	004a5a13          	srl	s4,s4,0x4
  for (uint64 i = 0; i < n; i++) {
ffffffc080201934:	020a0f63          	beqz	s4,ffffffc080201972 <dir_lookup+0x5a>
ffffffc080201938:	89aa                	mv	s3,a0
ffffffc08020193a:	8aae                	mv	s5,a1
ffffffc08020193c:	8b32                	mv	s6,a2
ffffffc08020193e:	4901                	li	s2,0
ffffffc080201940:	a021                	j	ffffffc080201948 <dir_lookup+0x30>
ffffffc080201942:	0905                	add	s2,s2,1
ffffffc080201944:	032a0763          	beq	s4,s2,ffffffc080201972 <dir_lookup+0x5a>
    struct dirent *de = dir_entry(dp, i);
ffffffc080201948:	85ca                	mv	a1,s2
ffffffc08020194a:	854e                	mv	a0,s3
ffffffc08020194c:	226010ef          	jal	ffffffc080202b72 <dir_entry>
  return de->inum != 0 && strncmp(de->name, name, DIRSIZ) == 0;
ffffffc080201950:	00055783          	lhu	a5,0(a0)
    struct dirent *de = dir_entry(dp, i);
ffffffc080201954:	84aa                	mv	s1,a0
  return de->inum != 0 && strncmp(de->name, name, DIRSIZ) == 0;
ffffffc080201956:	d7f5                	beqz	a5,ffffffc080201942 <dir_lookup+0x2a>
ffffffc080201958:	4639                	li	a2,14
ffffffc08020195a:	85d6                	mv	a1,s5
ffffffc08020195c:	0509                	add	a0,a0,2
ffffffc08020195e:	48c020ef          	jal	ffffffc080203dea <strncmp>
ffffffc080201962:	f165                	bnez	a0,ffffffc080201942 <dir_lookup+0x2a>
      if (idx != NULL)
ffffffc080201964:	000b0463          	beqz	s6,ffffffc08020196c <dir_lookup+0x54>
        *idx = i;
ffffffc080201968:	012b3023          	sd	s2,0(s6)
      return de->inum;
ffffffc08020196c:	0004d503          	lhu	a0,0(s1)
ffffffc080201970:	a011                	j	ffffffc080201974 <dir_lookup+0x5c>
  return 0;
ffffffc080201972:	4501                	li	a0,0
}
ffffffc080201974:	70e2                	ld	ra,56(sp)
ffffffc080201976:	7442                	ld	s0,48(sp)
ffffffc080201978:	74a2                	ld	s1,40(sp)
ffffffc08020197a:	7902                	ld	s2,32(sp)
ffffffc08020197c:	69e2                	ld	s3,24(sp)
ffffffc08020197e:	6a42                	ld	s4,16(sp)
ffffffc080201980:	6aa2                	ld	s5,8(sp)
ffffffc080201982:	6b02                	ld	s6,0(sp)
ffffffc080201984:	6121                	add	sp,sp,64
ffffffc080201986:	8082                	ret

ffffffc080201988 <path_walk>:
/* Walks path. With parent set, stops before the last component, copies
 * it to name and returns its directory (NULL if the path has no
 * component). Returns a referenced inode or NULL. Caller holds
 * fs_ns_lock. */
static struct inode *path_walk(const char *path, bool parent, char *name)
{
ffffffc080201988:	711d                	add	sp,sp,-96
ffffffc08020198a:	e8a2                	sd	s0,80(sp)
ffffffc08020198c:	e4a6                	sd	s1,72(sp)
ffffffc08020198e:	f456                	sd	s5,40(sp)
ffffffc080201990:	f05a                	sd	s6,32(sp)
ffffffc080201992:	ec86                	sd	ra,88(sp)
ffffffc080201994:	e0ca                	sd	s2,64(sp)
ffffffc080201996:	fc4e                	sd	s3,56(sp)
ffffffc080201998:	f852                	sd	s4,48(sp)
ffffffc08020199a:	ec5e                	sd	s7,24(sp)
ffffffc08020199c:	e862                	sd	s8,16(sp)
ffffffc08020199e:	e466                	sd	s9,8(sp)
ffffffc0802019a0:	1080                	add	s0,sp,96
ffffffc0802019a2:	84aa                	mv	s1,a0
ffffffc0802019a4:	8b2e                	mv	s6,a1
ffffffc0802019a6:	8ab2                	mv	s5,a2
  struct proc *p = curproc();
ffffffc0802019a8:	664040ef          	jal	ffffffc08020600c <curproc>
  if (*path == '/' || p == NULL || p->cwd == NULL)
ffffffc0802019ac:	0004c703          	lbu	a4,0(s1)
ffffffc0802019b0:	02f00793          	li	a5,47
ffffffc0802019b4:	0cf70663          	beq	a4,a5,ffffffc080201a80 <path_walk+0xf8>
ffffffc0802019b8:	c561                	beqz	a0,ffffffc080201a80 <path_walk+0xf8>
ffffffc0802019ba:	6568                	ld	a0,200(a0)
ffffffc0802019bc:	c171                	beqz	a0,ffffffc080201a80 <path_walk+0xf8>
  return inode_dup(p->cwd);
ffffffc0802019be:	50d000ef          	jal	ffffffc0802026ca <inode_dup>
ffffffc0802019c2:	8a2a                	mv	s4,a0
  while (*p == '/')
ffffffc0802019c4:	02f00993          	li	s3,47
  if (len > DIRSIZ) {
ffffffc0802019c8:	4c39                	li	s8,14
  struct inode *ip = path_start(path);
  int r;
  while ((r = path_next(&path, name)) == 1) {
    if (ip->type != T_DIR)
ffffffc0802019ca:	4b85                	li	s7,1
  while (*p == '/')
ffffffc0802019cc:	0004c783          	lbu	a5,0(s1)
ffffffc0802019d0:	01379763          	bne	a5,s3,ffffffc0802019de <path_walk+0x56>
ffffffc0802019d4:	0014c783          	lbu	a5,1(s1)
    p++;
ffffffc0802019d8:	0485                	add	s1,s1,1
  while (*p == '/')
ffffffc0802019da:	ff378de3          	beq	a5,s3,ffffffc0802019d4 <path_walk+0x4c>
  if (*p == 0)
ffffffc0802019de:	cfd1                	beqz	a5,ffffffc080201a7a <path_walk+0xf2>
  while (*p != '/' && *p != 0)
ffffffc0802019e0:	0004c783          	lbu	a5,0(s1)
ffffffc0802019e4:	8926                	mv	s2,s1
ffffffc0802019e6:	8cd6                	mv	s9,s5
  size_t len = p - start;
ffffffc0802019e8:	4601                	li	a2,0
  while (*p != '/' && *p != 0)
ffffffc0802019ea:	05378063          	beq	a5,s3,ffffffc080201a2a <path_walk+0xa2>
ffffffc0802019ee:	c791                	beqz	a5,ffffffc0802019fa <path_walk+0x72>
ffffffc0802019f0:	00194783          	lbu	a5,1(s2)
    p++;
ffffffc0802019f4:	0905                	add	s2,s2,1
  while (*p != '/' && *p != 0)
ffffffc0802019f6:	ff379ce3          	bne	a5,s3,ffffffc0802019ee <path_walk+0x66>
  size_t len = p - start;
ffffffc0802019fa:	40990633          	sub	a2,s2,s1
  if (len > DIRSIZ) {
ffffffc0802019fe:	02cc7463          	bgeu	s8,a2,ffffffc080201a26 <path_walk+0x9e>
    inode_put(ip);
    ip = next;
  }
  if (r == 0 && !parent)
    return ip;
  inode_put(ip);
ffffffc080201a02:	8552                	mv	a0,s4
ffffffc080201a04:	507000ef          	jal	ffffffc08020270a <inode_put>
  return NULL;
ffffffc080201a08:	4a01                	li	s4,0
}
ffffffc080201a0a:	60e6                	ld	ra,88(sp)
ffffffc080201a0c:	6446                	ld	s0,80(sp)
ffffffc080201a0e:	64a6                	ld	s1,72(sp)
ffffffc080201a10:	6906                	ld	s2,64(sp)
ffffffc080201a12:	79e2                	ld	s3,56(sp)
ffffffc080201a14:	7aa2                	ld	s5,40(sp)
ffffffc080201a16:	7b02                	ld	s6,32(sp)
ffffffc080201a18:	6be2                	ld	s7,24(sp)
ffffffc080201a1a:	6c42                	ld	s8,16(sp)
ffffffc080201a1c:	6ca2                	ld	s9,8(sp)
ffffffc080201a1e:	8552                	mv	a0,s4
ffffffc080201a20:	7a42                	ld	s4,48(sp)
ffffffc080201a22:	6125                	add	sp,sp,96
ffffffc080201a24:	8082                	ret
  name[len] = 0;
ffffffc080201a26:	00ca8cb3          	add	s9,s5,a2
  memmove(name, start, len);
ffffffc080201a2a:	85a6                	mv	a1,s1
ffffffc080201a2c:	8556                	mv	a0,s5
ffffffc080201a2e:	322020ef          	jal	ffffffc080203d50 <memmove>
  name[len] = 0;
ffffffc080201a32:	000c8023          	sb	zero,0(s9)
  while (*p == '/')
ffffffc080201a36:	00094783          	lbu	a5,0(s2)
ffffffc080201a3a:	84ca                	mv	s1,s2
ffffffc080201a3c:	01379763          	bne	a5,s3,ffffffc080201a4a <path_walk+0xc2>
ffffffc080201a40:	0014c783          	lbu	a5,1(s1)
    p++;
ffffffc080201a44:	0485                	add	s1,s1,1
  while (*p == '/')
ffffffc080201a46:	ff378de3          	beq	a5,s3,ffffffc080201a40 <path_walk+0xb8>
    if (ip->type != T_DIR)
ffffffc080201a4a:	004a1783          	lh	a5,4(s4)
ffffffc080201a4e:	fb779ae3          	bne	a5,s7,ffffffc080201a02 <path_walk+0x7a>
    if (parent && *path == 0)
ffffffc080201a52:	000b0563          	beqz	s6,ffffffc080201a5c <path_walk+0xd4>
ffffffc080201a56:	0004c783          	lbu	a5,0(s1)
ffffffc080201a5a:	dbc5                	beqz	a5,ffffffc080201a0a <path_walk+0x82>
    uint inum = dir_lookup(ip, name, NULL);
ffffffc080201a5c:	4601                	li	a2,0
ffffffc080201a5e:	85d6                	mv	a1,s5
ffffffc080201a60:	8552                	mv	a0,s4
ffffffc080201a62:	eb7ff0ef          	jal	ffffffc080201918 <dir_lookup>
ffffffc080201a66:	2501                	sext.w	a0,a0
    if (inum == 0)
ffffffc080201a68:	dd49                	beqz	a0,ffffffc080201a02 <path_walk+0x7a>
    struct inode *next = inode_get(inum);
ffffffc080201a6a:	3d1000ef          	jal	ffffffc08020263a <inode_get>
ffffffc080201a6e:	892a                	mv	s2,a0
    inode_put(ip);
ffffffc080201a70:	8552                	mv	a0,s4
ffffffc080201a72:	499000ef          	jal	ffffffc08020270a <inode_put>
    ip = next;
ffffffc080201a76:	8a4a                	mv	s4,s2
ffffffc080201a78:	bf91                	j	ffffffc0802019cc <path_walk+0x44>
  if (r == 0 && !parent)
ffffffc080201a7a:	f80b08e3          	beqz	s6,ffffffc080201a0a <path_walk+0x82>
ffffffc080201a7e:	b751                	j	ffffffc080201a02 <path_walk+0x7a>
    return inode_dup(root);
ffffffc080201a80:	00278517          	auipc	a0,0x278
ffffffc080201a84:	5f853503          	ld	a0,1528(a0) # ffffffc08047a078 <root>
ffffffc080201a88:	443000ef          	jal	ffffffc0802026ca <inode_dup>
ffffffc080201a8c:	8a2a                	mv	s4,a0
ffffffc080201a8e:	bf1d                	j	ffffffc0802019c4 <path_walk+0x3c>

ffffffc080201a90 <fs_root>:
{
ffffffc080201a90:	1141                	add	sp,sp,-16
ffffffc080201a92:	e422                	sd	s0,8(sp)
ffffffc080201a94:	0800                	add	s0,sp,16
}
ffffffc080201a96:	6422                	ld	s0,8(sp)
ffffffc080201a98:	00278517          	auipc	a0,0x278
ffffffc080201a9c:	5e053503          	ld	a0,1504(a0) # ffffffc08047a078 <root>
ffffffc080201aa0:	0141                	add	sp,sp,16
ffffffc080201aa2:	8082                	ret

ffffffc080201aa4 <namei>:

/* Returns a referenced inode for path, or NULL. No lock held on entry. */
struct inode *namei(const char *path)
{
ffffffc080201aa4:	7179                	add	sp,sp,-48
ffffffc080201aa6:	f406                	sd	ra,40(sp)
ffffffc080201aa8:	f022                	sd	s0,32(sp)
ffffffc080201aaa:	ec26                	sd	s1,24(sp)
ffffffc080201aac:	1800                	add	s0,sp,48
ffffffc080201aae:	84aa                	mv	s1,a0
  char name[DIRSIZ + 1];
  sleeplock_acquire(&fs_ns_lock);
ffffffc080201ab0:	0027c517          	auipc	a0,0x27c
ffffffc080201ab4:	be850513          	add	a0,a0,-1048 # ffffffc08047d698 <fs_ns_lock>
ffffffc080201ab8:	36b040ef          	jal	ffffffc080206622 <sleeplock_acquire>
  struct inode *ip = path_walk(path, false, name);
ffffffc080201abc:	fd040613          	add	a2,s0,-48
ffffffc080201ac0:	4581                	li	a1,0
ffffffc080201ac2:	8526                	mv	a0,s1
ffffffc080201ac4:	ec5ff0ef          	jal	ffffffc080201988 <path_walk>
ffffffc080201ac8:	84aa                	mv	s1,a0
  sleeplock_release(&fs_ns_lock);
ffffffc080201aca:	0027c517          	auipc	a0,0x27c
ffffffc080201ace:	bce50513          	add	a0,a0,-1074 # ffffffc08047d698 <fs_ns_lock>
ffffffc080201ad2:	38d040ef          	jal	ffffffc08020665e <sleeplock_release>
  return ip;
}
ffffffc080201ad6:	70a2                	ld	ra,40(sp)
ffffffc080201ad8:	7402                	ld	s0,32(sp)
ffffffc080201ada:	8526                	mv	a0,s1
ffffffc080201adc:	64e2                	ld	s1,24(sp)
ffffffc080201ade:	6145                	add	sp,sp,48
ffffffc080201ae0:	8082                	ret

ffffffc080201ae2 <fs_create>:
/* Creates path as a new inode of the given type and returns it
 * referenced; if path exists, see dir_reuse. NULL for a bad or existing
 * path, a removed parent, or no memory or inodes. No lock held. */
struct inode *fs_create(const char *path, short type, short major,
                        short minor)
{
ffffffc080201ae2:	7139                	add	sp,sp,-64
ffffffc080201ae4:	f822                	sd	s0,48(sp)
ffffffc080201ae6:	f426                	sd	s1,40(sp)
ffffffc080201ae8:	f04a                	sd	s2,32(sp)
ffffffc080201aea:	ec4e                	sd	s3,24(sp)
ffffffc080201aec:	e852                	sd	s4,16(sp)
ffffffc080201aee:	0080                	add	s0,sp,64
ffffffc080201af0:	fc06                	sd	ra,56(sp)
ffffffc080201af2:	84aa                	mv	s1,a0
  char name[DIRSIZ + 1];
  struct inode *ip = NULL;
  sleeplock_acquire(&fs_ns_lock);
ffffffc080201af4:	0027c517          	auipc	a0,0x27c
ffffffc080201af8:	ba450513          	add	a0,a0,-1116 # ffffffc08047d698 <fs_ns_lock>
{
ffffffc080201afc:	89ae                	mv	s3,a1
ffffffc080201afe:	8a32                	mv	s4,a2
ffffffc080201b00:	8936                	mv	s2,a3
  sleeplock_acquire(&fs_ns_lock);
ffffffc080201b02:	321040ef          	jal	ffffffc080206622 <sleeplock_acquire>
  struct inode *dp = path_walk(path, true, name);
ffffffc080201b06:	fc040613          	add	a2,s0,-64
ffffffc080201b0a:	4585                	li	a1,1
ffffffc080201b0c:	8526                	mv	a0,s1
ffffffc080201b0e:	e7bff0ef          	jal	ffffffc080201988 <path_walk>
  if (dp != NULL) {
ffffffc080201b12:	c529                	beqz	a0,ffffffc080201b5c <fs_create+0x7a>
    uint inum = dir_lookup(dp, name, NULL);
ffffffc080201b14:	4601                	li	a2,0
ffffffc080201b16:	fc040593          	add	a1,s0,-64
ffffffc080201b1a:	84aa                	mv	s1,a0
ffffffc080201b1c:	dfdff0ef          	jal	ffffffc080201918 <dir_lookup>
ffffffc080201b20:	2501                	sext.w	a0,a0
    if (inum != 0)
ffffffc080201b22:	e919                	bnez	a0,ffffffc080201b38 <fs_create+0x56>
  return dp->type == T_DIR && dp->nlink > 0;
ffffffc080201b24:	00449783          	lh	a5,4(s1)
ffffffc080201b28:	4705                	li	a4,1
ffffffc080201b2a:	04e78963          	beq	a5,a4,ffffffc080201b7c <fs_create+0x9a>
  return NULL;
ffffffc080201b2e:	4901                	li	s2,0
      ip = dir_reuse(inum, type);
    else if (dir_is_live(dp))
      ip = dir_create(dp, name, type, major, minor);
    inode_put(dp);
ffffffc080201b30:	8526                	mv	a0,s1
ffffffc080201b32:	3d9000ef          	jal	ffffffc08020270a <inode_put>
ffffffc080201b36:	a025                	j	ffffffc080201b5e <fs_create+0x7c>
  struct inode *ip = inode_get(inum);
ffffffc080201b38:	303000ef          	jal	ffffffc08020263a <inode_get>
  if (type == T_FILE && (ip->type == T_FILE || ip->type == T_DEVICE))
ffffffc080201b3c:	4789                	li	a5,2
  struct inode *ip = inode_get(inum);
ffffffc080201b3e:	892a                	mv	s2,a0
  if (type == T_FILE && (ip->type == T_FILE || ip->type == T_DEVICE))
ffffffc080201b40:	00f99a63          	bne	s3,a5,ffffffc080201b54 <fs_create+0x72>
ffffffc080201b44:	00455783          	lhu	a5,4(a0)
ffffffc080201b48:	4705                	li	a4,1
ffffffc080201b4a:	37f9                	addw	a5,a5,-2
ffffffc080201b4c:	17c2                	sll	a5,a5,0x30
ffffffc080201b4e:	93c1                	srl	a5,a5,0x30
ffffffc080201b50:	fef770e3          	bgeu	a4,a5,ffffffc080201b30 <fs_create+0x4e>
  inode_put(ip);
ffffffc080201b54:	854a                	mv	a0,s2
ffffffc080201b56:	3b5000ef          	jal	ffffffc08020270a <inode_put>
  return NULL;
ffffffc080201b5a:	bfd1                	j	ffffffc080201b2e <fs_create+0x4c>
  struct inode *ip = NULL;
ffffffc080201b5c:	4901                	li	s2,0
  }
  sleeplock_release(&fs_ns_lock);
ffffffc080201b5e:	0027c517          	auipc	a0,0x27c
ffffffc080201b62:	b3a50513          	add	a0,a0,-1222 # ffffffc08047d698 <fs_ns_lock>
ffffffc080201b66:	2f9040ef          	jal	ffffffc08020665e <sleeplock_release>
  return ip;
}
ffffffc080201b6a:	70e2                	ld	ra,56(sp)
ffffffc080201b6c:	7442                	ld	s0,48(sp)
ffffffc080201b6e:	74a2                	ld	s1,40(sp)
ffffffc080201b70:	69e2                	ld	s3,24(sp)
ffffffc080201b72:	6a42                	ld	s4,16(sp)
ffffffc080201b74:	854a                	mv	a0,s2
ffffffc080201b76:	7902                	ld	s2,32(sp)
ffffffc080201b78:	6121                	add	sp,sp,64
ffffffc080201b7a:	8082                	ret
  return dp->type == T_DIR && dp->nlink > 0;
ffffffc080201b7c:	01049703          	lh	a4,16(s1)
ffffffc080201b80:	fae057e3          	blez	a4,ffffffc080201b2e <fs_create+0x4c>
                                   : inode_alloc(type, major, minor);
ffffffc080201b84:	06f98863          	beq	s3,a5,ffffffc080201bf4 <fs_create+0x112>
ffffffc080201b88:	864a                	mv	a2,s2
ffffffc080201b8a:	85d2                	mv	a1,s4
ffffffc080201b8c:	854e                	mv	a0,s3
ffffffc080201b8e:	1bd000ef          	jal	ffffffc08020254a <inode_alloc>
ffffffc080201b92:	892a                	mv	s2,a0
  if (ip == NULL)
ffffffc080201b94:	dd49                	beqz	a0,ffffffc080201b2e <fs_create+0x4c>
  if (dir_add(dp, name, ip->inum) < 0) {
ffffffc080201b96:	00092603          	lw	a2,0(s2)
ffffffc080201b9a:	fc040593          	add	a1,s0,-64
ffffffc080201b9e:	8526                	mv	a0,s1
ffffffc080201ba0:	c81ff0ef          	jal	ffffffc080201820 <dir_add>
ffffffc080201ba4:	fa0548e3          	bltz	a0,ffffffc080201b54 <fs_create+0x72>
  inode_lock(ip);
ffffffc080201ba8:	854a                	mv	a0,s2
ffffffc080201baa:	43f000ef          	jal	ffffffc0802027e8 <inode_lock>
  ip->nlink += delta;
ffffffc080201bae:	01095783          	lhu	a5,16(s2)
ffffffc080201bb2:	2785                	addw	a5,a5,1
ffffffc080201bb4:	0107979b          	sllw	a5,a5,0x10
ffffffc080201bb8:	4107d79b          	sraw	a5,a5,0x10
ffffffc080201bbc:	00f91823          	sh	a5,16(s2)
  KASSERT(ip->nlink >= 0);
ffffffc080201bc0:	0607c563          	bltz	a5,ffffffc080201c2a <fs_create+0x148>
  inode_unlock(ip);
ffffffc080201bc4:	854a                	mv	a0,s2
ffffffc080201bc6:	433000ef          	jal	ffffffc0802027f8 <inode_unlock>
  if (type == T_DIR)
ffffffc080201bca:	4785                	li	a5,1
ffffffc080201bcc:	f6f992e3          	bne	s3,a5,ffffffc080201b30 <fs_create+0x4e>
  inode_lock(ip);
ffffffc080201bd0:	8526                	mv	a0,s1
ffffffc080201bd2:	417000ef          	jal	ffffffc0802027e8 <inode_lock>
  ip->nlink += delta;
ffffffc080201bd6:	0104d783          	lhu	a5,16(s1)
ffffffc080201bda:	2785                	addw	a5,a5,1
ffffffc080201bdc:	0107979b          	sllw	a5,a5,0x10
ffffffc080201be0:	4107d79b          	sraw	a5,a5,0x10
ffffffc080201be4:	00f49823          	sh	a5,16(s1)
  KASSERT(ip->nlink >= 0);
ffffffc080201be8:	0407c163          	bltz	a5,ffffffc080201c2a <fs_create+0x148>
  inode_unlock(ip);
ffffffc080201bec:	8526                	mv	a0,s1
ffffffc080201bee:	40b000ef          	jal	ffffffc0802027f8 <inode_unlock>
}
ffffffc080201bf2:	bf3d                	j	ffffffc080201b30 <fs_create+0x4e>
  struct inode *ip = inode_alloc(T_DIR, 0, 0);
ffffffc080201bf4:	4601                	li	a2,0
ffffffc080201bf6:	4581                	li	a1,0
ffffffc080201bf8:	4505                	li	a0,1
ffffffc080201bfa:	151000ef          	jal	ffffffc08020254a <inode_alloc>
ffffffc080201bfe:	892a                	mv	s2,a0
  if (ip == NULL)
ffffffc080201c00:	d51d                	beqz	a0,ffffffc080201b2e <fs_create+0x4c>
  if (dir_add(ip, ".", ip->inum) < 0 || dir_add(ip, "..", dp->inum) < 0) {
ffffffc080201c02:	4110                	lw	a2,0(a0)
ffffffc080201c04:	00006597          	auipc	a1,0x6
ffffffc080201c08:	7a458593          	add	a1,a1,1956 # ffffffc0802083a8 <CSWTCH.21+0xc0>
ffffffc080201c0c:	c15ff0ef          	jal	ffffffc080201820 <dir_add>
ffffffc080201c10:	f40542e3          	bltz	a0,ffffffc080201b54 <fs_create+0x72>
ffffffc080201c14:	4090                	lw	a2,0(s1)
ffffffc080201c16:	00006597          	auipc	a1,0x6
ffffffc080201c1a:	79a58593          	add	a1,a1,1946 # ffffffc0802083b0 <CSWTCH.21+0xc8>
ffffffc080201c1e:	854a                	mv	a0,s2
ffffffc080201c20:	c01ff0ef          	jal	ffffffc080201820 <dir_add>
ffffffc080201c24:	f60559e3          	bgez	a0,ffffffc080201b96 <fs_create+0xb4>
ffffffc080201c28:	b735                	j	ffffffc080201b54 <fs_create+0x72>
ffffffc080201c2a:	cbfff0ef          	jal	ffffffc0802018e8 <inode_add_links.part.0>

ffffffc080201c2e <fs_link>:

/* Makes new name the same inode as old. Returns 0, or -1: old missing or
 * a directory, new's directory missing, new exists, out of memory. */
int fs_link(const char *old, const char *new)
{
ffffffc080201c2e:	7139                	add	sp,sp,-64
ffffffc080201c30:	f822                	sd	s0,48(sp)
ffffffc080201c32:	f426                	sd	s1,40(sp)
ffffffc080201c34:	f04a                	sd	s2,32(sp)
ffffffc080201c36:	0080                	add	s0,sp,64
ffffffc080201c38:	fc06                	sd	ra,56(sp)
ffffffc080201c3a:	ec4e                	sd	s3,24(sp)
ffffffc080201c3c:	84aa                	mv	s1,a0
  char name[DIRSIZ + 1];
  int r = -1;
  sleeplock_acquire(&fs_ns_lock);
ffffffc080201c3e:	0027c517          	auipc	a0,0x27c
ffffffc080201c42:	a5a50513          	add	a0,a0,-1446 # ffffffc08047d698 <fs_ns_lock>
{
ffffffc080201c46:	892e                	mv	s2,a1
  sleeplock_acquire(&fs_ns_lock);
ffffffc080201c48:	1db040ef          	jal	ffffffc080206622 <sleeplock_acquire>
  struct inode *ip = path_walk(old, false, name);
ffffffc080201c4c:	fc040613          	add	a2,s0,-64
ffffffc080201c50:	4581                	li	a1,0
ffffffc080201c52:	8526                	mv	a0,s1
ffffffc080201c54:	d35ff0ef          	jal	ffffffc080201988 <path_walk>
  if (ip == NULL)
ffffffc080201c58:	cd59                	beqz	a0,ffffffc080201cf6 <fs_link+0xc8>
    goto out;
  struct inode *dp = ip->type == T_DIR ? NULL : path_walk(new, true, name);
ffffffc080201c5a:	00451783          	lh	a5,4(a0)
ffffffc080201c5e:	4985                	li	s3,1
ffffffc080201c60:	84aa                	mv	s1,a0
ffffffc080201c62:	03379463          	bne	a5,s3,ffffffc080201c8a <fs_link+0x5c>
  int r = -1;
ffffffc080201c66:	59fd                	li	s3,-1
      inode_add_links(ip, 1);
      r = 0;
    }
    inode_put(dp);
  }
  inode_put(ip);
ffffffc080201c68:	8526                	mv	a0,s1
ffffffc080201c6a:	2a1000ef          	jal	ffffffc08020270a <inode_put>
out:
  sleeplock_release(&fs_ns_lock);
ffffffc080201c6e:	0027c517          	auipc	a0,0x27c
ffffffc080201c72:	a2a50513          	add	a0,a0,-1494 # ffffffc08047d698 <fs_ns_lock>
ffffffc080201c76:	1e9040ef          	jal	ffffffc08020665e <sleeplock_release>
  return r;
}
ffffffc080201c7a:	70e2                	ld	ra,56(sp)
ffffffc080201c7c:	7442                	ld	s0,48(sp)
ffffffc080201c7e:	74a2                	ld	s1,40(sp)
ffffffc080201c80:	7902                	ld	s2,32(sp)
ffffffc080201c82:	854e                	mv	a0,s3
ffffffc080201c84:	69e2                	ld	s3,24(sp)
ffffffc080201c86:	6121                	add	sp,sp,64
ffffffc080201c88:	8082                	ret
  struct inode *dp = ip->type == T_DIR ? NULL : path_walk(new, true, name);
ffffffc080201c8a:	854a                	mv	a0,s2
ffffffc080201c8c:	fc040613          	add	a2,s0,-64
ffffffc080201c90:	4585                	li	a1,1
ffffffc080201c92:	cf7ff0ef          	jal	ffffffc080201988 <path_walk>
ffffffc080201c96:	892a                	mv	s2,a0
  if (dp != NULL) {
ffffffc080201c98:	d579                	beqz	a0,ffffffc080201c66 <fs_link+0x38>
  return dp->type == T_DIR && dp->nlink > 0;
ffffffc080201c9a:	00451783          	lh	a5,4(a0)
ffffffc080201c9e:	01378763          	beq	a5,s3,ffffffc080201cac <fs_link+0x7e>
  int r = -1;
ffffffc080201ca2:	59fd                	li	s3,-1
    inode_put(dp);
ffffffc080201ca4:	854a                	mv	a0,s2
ffffffc080201ca6:	265000ef          	jal	ffffffc08020270a <inode_put>
ffffffc080201caa:	bf7d                	j	ffffffc080201c68 <fs_link+0x3a>
  return dp->type == T_DIR && dp->nlink > 0;
ffffffc080201cac:	01051783          	lh	a5,16(a0)
ffffffc080201cb0:	fef059e3          	blez	a5,ffffffc080201ca2 <fs_link+0x74>
    if (dir_is_live(dp) && dir_lookup(dp, name, NULL) == 0 &&
ffffffc080201cb4:	4601                	li	a2,0
ffffffc080201cb6:	fc040593          	add	a1,s0,-64
ffffffc080201cba:	c5fff0ef          	jal	ffffffc080201918 <dir_lookup>
ffffffc080201cbe:	2501                	sext.w	a0,a0
ffffffc080201cc0:	f16d                	bnez	a0,ffffffc080201ca2 <fs_link+0x74>
        dir_add(dp, name, ip->inum) == 0) {
ffffffc080201cc2:	4090                	lw	a2,0(s1)
ffffffc080201cc4:	fc040593          	add	a1,s0,-64
ffffffc080201cc8:	854a                	mv	a0,s2
ffffffc080201cca:	b57ff0ef          	jal	ffffffc080201820 <dir_add>
ffffffc080201cce:	89aa                	mv	s3,a0
    if (dir_is_live(dp) && dir_lookup(dp, name, NULL) == 0 &&
ffffffc080201cd0:	f969                	bnez	a0,ffffffc080201ca2 <fs_link+0x74>
  inode_lock(ip);
ffffffc080201cd2:	8526                	mv	a0,s1
ffffffc080201cd4:	315000ef          	jal	ffffffc0802027e8 <inode_lock>
  ip->nlink += delta;
ffffffc080201cd8:	0104d783          	lhu	a5,16(s1)
ffffffc080201cdc:	2785                	addw	a5,a5,1
ffffffc080201cde:	0107979b          	sllw	a5,a5,0x10
ffffffc080201ce2:	4107d79b          	sraw	a5,a5,0x10
ffffffc080201ce6:	00f49823          	sh	a5,16(s1)
  KASSERT(ip->nlink >= 0);
ffffffc080201cea:	0007c863          	bltz	a5,ffffffc080201cfa <fs_link+0xcc>
  inode_unlock(ip);
ffffffc080201cee:	8526                	mv	a0,s1
ffffffc080201cf0:	309000ef          	jal	ffffffc0802027f8 <inode_unlock>
}
ffffffc080201cf4:	bf45                	j	ffffffc080201ca4 <fs_link+0x76>
  int r = -1;
ffffffc080201cf6:	59fd                	li	s3,-1
ffffffc080201cf8:	bf9d                	j	ffffffc080201c6e <fs_link+0x40>
ffffffc080201cfa:	befff0ef          	jal	ffffffc0802018e8 <inode_add_links.part.0>

ffffffc080201cfe <fs_unlink>:
}

/* Removes path's last name. Returns 0, or -1: missing, "." or "..", or a
 * non-empty directory. The inode lives on while referenced. */
int fs_unlink(const char *path)
{
ffffffc080201cfe:	7159                	add	sp,sp,-112
ffffffc080201d00:	f0a2                	sd	s0,96(sp)
ffffffc080201d02:	eca6                	sd	s1,88(sp)
ffffffc080201d04:	1880                	add	s0,sp,112
ffffffc080201d06:	f486                	sd	ra,104(sp)
ffffffc080201d08:	e8ca                	sd	s2,80(sp)
ffffffc080201d0a:	e4ce                	sd	s3,72(sp)
ffffffc080201d0c:	e0d2                	sd	s4,64(sp)
ffffffc080201d0e:	fc56                	sd	s5,56(sp)
ffffffc080201d10:	f85a                	sd	s6,48(sp)
ffffffc080201d12:	f45e                	sd	s7,40(sp)
ffffffc080201d14:	84aa                	mv	s1,a0
  char name[DIRSIZ + 1];
  int r = -1;
  sleeplock_acquire(&fs_ns_lock);
ffffffc080201d16:	0027c517          	auipc	a0,0x27c
ffffffc080201d1a:	98250513          	add	a0,a0,-1662 # ffffffc08047d698 <fs_ns_lock>
ffffffc080201d1e:	105040ef          	jal	ffffffc080206622 <sleeplock_acquire>
  struct inode *dp = path_walk(path, true, name);
ffffffc080201d22:	fa040613          	add	a2,s0,-96
ffffffc080201d26:	4585                	li	a1,1
ffffffc080201d28:	8526                	mv	a0,s1
ffffffc080201d2a:	c5fff0ef          	jal	ffffffc080201988 <path_walk>
  if (dp == NULL)
ffffffc080201d2e:	12050663          	beqz	a0,ffffffc080201e5a <fs_unlink+0x15c>
    goto out;
  uint64 idx;
  uint inum = 0;
  if (strncmp(name, ".", DIRSIZ) != 0 && strncmp(name, "..", DIRSIZ) != 0)
ffffffc080201d32:	84aa                	mv	s1,a0
ffffffc080201d34:	4639                	li	a2,14
ffffffc080201d36:	00006597          	auipc	a1,0x6
ffffffc080201d3a:	67258593          	add	a1,a1,1650 # ffffffc0802083a8 <CSWTCH.21+0xc0>
ffffffc080201d3e:	fa040513          	add	a0,s0,-96
ffffffc080201d42:	0a8020ef          	jal	ffffffc080203dea <strncmp>
ffffffc080201d46:	e51d                	bnez	a0,ffffffc080201d74 <fs_unlink+0x76>
  int r = -1;
ffffffc080201d48:	597d                	li	s2,-1
      dir_remove(dp, idx, ip);
      r = 0;
    }
    inode_put(ip);
  }
  inode_put(dp);
ffffffc080201d4a:	8526                	mv	a0,s1
ffffffc080201d4c:	1bf000ef          	jal	ffffffc08020270a <inode_put>
out:
  sleeplock_release(&fs_ns_lock);
ffffffc080201d50:	0027c517          	auipc	a0,0x27c
ffffffc080201d54:	94850513          	add	a0,a0,-1720 # ffffffc08047d698 <fs_ns_lock>
ffffffc080201d58:	107040ef          	jal	ffffffc08020665e <sleeplock_release>
  return r;
}
ffffffc080201d5c:	70a6                	ld	ra,104(sp)
ffffffc080201d5e:	7406                	ld	s0,96(sp)
ffffffc080201d60:	64e6                	ld	s1,88(sp)
ffffffc080201d62:	69a6                	ld	s3,72(sp)
ffffffc080201d64:	6a06                	ld	s4,64(sp)
ffffffc080201d66:	7ae2                	ld	s5,56(sp)
ffffffc080201d68:	7b42                	ld	s6,48(sp)
ffffffc080201d6a:	7ba2                	ld	s7,40(sp)
ffffffc080201d6c:	854a                	mv	a0,s2
ffffffc080201d6e:	6946                	ld	s2,80(sp)
ffffffc080201d70:	6165                	add	sp,sp,112
ffffffc080201d72:	8082                	ret
  if (strncmp(name, ".", DIRSIZ) != 0 && strncmp(name, "..", DIRSIZ) != 0)
ffffffc080201d74:	4639                	li	a2,14
ffffffc080201d76:	00006597          	auipc	a1,0x6
ffffffc080201d7a:	63a58593          	add	a1,a1,1594 # ffffffc0802083b0 <CSWTCH.21+0xc8>
ffffffc080201d7e:	fa040513          	add	a0,s0,-96
ffffffc080201d82:	068020ef          	jal	ffffffc080203dea <strncmp>
ffffffc080201d86:	d169                	beqz	a0,ffffffc080201d48 <fs_unlink+0x4a>
    inum = dir_lookup(dp, name, &idx);
ffffffc080201d88:	f9840613          	add	a2,s0,-104
ffffffc080201d8c:	fa040593          	add	a1,s0,-96
ffffffc080201d90:	8526                	mv	a0,s1
ffffffc080201d92:	b87ff0ef          	jal	ffffffc080201918 <dir_lookup>
ffffffc080201d96:	2501                	sext.w	a0,a0
  if (inum != 0) {
ffffffc080201d98:	d945                	beqz	a0,ffffffc080201d48 <fs_unlink+0x4a>
    struct inode *ip = inode_get(inum);
ffffffc080201d9a:	0a1000ef          	jal	ffffffc08020263a <inode_get>
    if (ip->type != T_DIR || dir_is_empty(ip)) {
ffffffc080201d9e:	00451703          	lh	a4,4(a0)
ffffffc080201da2:	4785                	li	a5,1
    struct inode *ip = inode_get(inum);
ffffffc080201da4:	8a2a                	mv	s4,a0
    if (ip->type != T_DIR || dir_is_empty(ip)) {
ffffffc080201da6:	04f70b63          	beq	a4,a5,ffffffc080201dfc <fs_unlink+0xfe>
      dir_remove(dp, idx, ip);
ffffffc080201daa:	f9843903          	ld	s2,-104(s0)
  inode_lock(dp);
ffffffc080201dae:	8526                	mv	a0,s1
ffffffc080201db0:	239000ef          	jal	ffffffc0802027e8 <inode_lock>
  dir_entry(dp, idx)->inum = 0;
ffffffc080201db4:	85ca                	mv	a1,s2
ffffffc080201db6:	8526                	mv	a0,s1
ffffffc080201db8:	5bb000ef          	jal	ffffffc080202b72 <dir_entry>
ffffffc080201dbc:	00051023          	sh	zero,0(a0)
  inode_unlock(dp);
ffffffc080201dc0:	8526                	mv	a0,s1
ffffffc080201dc2:	237000ef          	jal	ffffffc0802027f8 <inode_unlock>
  if (ip->type == T_DIR) {
ffffffc080201dc6:	004a1703          	lh	a4,4(s4)
ffffffc080201dca:	4785                	li	a5,1
ffffffc080201dcc:	08f70963          	beq	a4,a5,ffffffc080201e5e <fs_unlink+0x160>
  inode_lock(ip);
ffffffc080201dd0:	8552                	mv	a0,s4
ffffffc080201dd2:	217000ef          	jal	ffffffc0802027e8 <inode_lock>
  ip->nlink += delta;
ffffffc080201dd6:	010a5783          	lhu	a5,16(s4)
ffffffc080201dda:	37fd                	addw	a5,a5,-1
ffffffc080201ddc:	0107979b          	sllw	a5,a5,0x10
ffffffc080201de0:	4107d79b          	sraw	a5,a5,0x10
ffffffc080201de4:	00fa1823          	sh	a5,16(s4)
  KASSERT(ip->nlink >= 0);
ffffffc080201de8:	0a07c663          	bltz	a5,ffffffc080201e94 <fs_unlink+0x196>
  inode_unlock(ip);
ffffffc080201dec:	8552                	mv	a0,s4
ffffffc080201dee:	20b000ef          	jal	ffffffc0802027f8 <inode_unlock>
      r = 0;
ffffffc080201df2:	4901                	li	s2,0
    inode_put(ip);
ffffffc080201df4:	8552                	mv	a0,s4
ffffffc080201df6:	115000ef          	jal	ffffffc08020270a <inode_put>
ffffffc080201dfa:	bf81                	j	ffffffc080201d4a <fs_unlink+0x4c>
  uint64 n = dp->size / sizeof(struct dirent);
ffffffc080201dfc:	04053a83          	ld	s5,64(a0)
ffffffc080201e00:	004ada93          	srl	s5,s5,0x4
  for (uint64 i = 0; i < n; i++) {
ffffffc080201e04:	fa0a83e3          	beqz	s5,ffffffc080201daa <fs_unlink+0xac>
ffffffc080201e08:	4981                	li	s3,0
  return de->inum != 0 && strncmp(de->name, name, DIRSIZ) == 0;
ffffffc080201e0a:	00006b97          	auipc	s7,0x6
ffffffc080201e0e:	59eb8b93          	add	s7,s7,1438 # ffffffc0802083a8 <CSWTCH.21+0xc0>
ffffffc080201e12:	a021                	j	ffffffc080201e1a <fs_unlink+0x11c>
  for (uint64 i = 0; i < n; i++) {
ffffffc080201e14:	0985                	add	s3,s3,1
ffffffc080201e16:	f93a8ae3          	beq	s5,s3,ffffffc080201daa <fs_unlink+0xac>
    struct dirent *de = dir_entry(dp, i);
ffffffc080201e1a:	85ce                	mv	a1,s3
ffffffc080201e1c:	8552                	mv	a0,s4
ffffffc080201e1e:	555000ef          	jal	ffffffc080202b72 <dir_entry>
    if (de->inum != 0 && !dirent_is(de, ".") && !dirent_is(de, ".."))
ffffffc080201e22:	00055783          	lhu	a5,0(a0)
    struct dirent *de = dir_entry(dp, i);
ffffffc080201e26:	892a                	mv	s2,a0
    if (de->inum != 0 && !dirent_is(de, ".") && !dirent_is(de, ".."))
ffffffc080201e28:	d7f5                	beqz	a5,ffffffc080201e14 <fs_unlink+0x116>
  return de->inum != 0 && strncmp(de->name, name, DIRSIZ) == 0;
ffffffc080201e2a:	00250b13          	add	s6,a0,2
ffffffc080201e2e:	4639                	li	a2,14
ffffffc080201e30:	85de                	mv	a1,s7
ffffffc080201e32:	855a                	mv	a0,s6
ffffffc080201e34:	7b7010ef          	jal	ffffffc080203dea <strncmp>
ffffffc080201e38:	dd71                	beqz	a0,ffffffc080201e14 <fs_unlink+0x116>
ffffffc080201e3a:	00095783          	lhu	a5,0(s2)
ffffffc080201e3e:	e399                	bnez	a5,ffffffc080201e44 <fs_unlink+0x146>
  int r = -1;
ffffffc080201e40:	597d                	li	s2,-1
ffffffc080201e42:	bf4d                	j	ffffffc080201df4 <fs_unlink+0xf6>
  return de->inum != 0 && strncmp(de->name, name, DIRSIZ) == 0;
ffffffc080201e44:	4639                	li	a2,14
ffffffc080201e46:	00006597          	auipc	a1,0x6
ffffffc080201e4a:	56a58593          	add	a1,a1,1386 # ffffffc0802083b0 <CSWTCH.21+0xc8>
ffffffc080201e4e:	855a                	mv	a0,s6
ffffffc080201e50:	79b010ef          	jal	ffffffc080203dea <strncmp>
ffffffc080201e54:	d161                	beqz	a0,ffffffc080201e14 <fs_unlink+0x116>
  int r = -1;
ffffffc080201e56:	597d                	li	s2,-1
ffffffc080201e58:	bf71                	j	ffffffc080201df4 <fs_unlink+0xf6>
ffffffc080201e5a:	597d                	li	s2,-1
ffffffc080201e5c:	bdd5                	j	ffffffc080201d50 <fs_unlink+0x52>
  inode_lock(ip);
ffffffc080201e5e:	8526                	mv	a0,s1
ffffffc080201e60:	189000ef          	jal	ffffffc0802027e8 <inode_lock>
  ip->nlink += delta;
ffffffc080201e64:	0104d783          	lhu	a5,16(s1)
ffffffc080201e68:	37fd                	addw	a5,a5,-1
ffffffc080201e6a:	0107979b          	sllw	a5,a5,0x10
ffffffc080201e6e:	4107d79b          	sraw	a5,a5,0x10
ffffffc080201e72:	00f49823          	sh	a5,16(s1)
  KASSERT(ip->nlink >= 0);
ffffffc080201e76:	0007cf63          	bltz	a5,ffffffc080201e94 <fs_unlink+0x196>
  inode_unlock(ip);
ffffffc080201e7a:	8526                	mv	a0,s1
ffffffc080201e7c:	17d000ef          	jal	ffffffc0802027f8 <inode_unlock>
    inode_lock(ip);
ffffffc080201e80:	8552                	mv	a0,s4
ffffffc080201e82:	167000ef          	jal	ffffffc0802027e8 <inode_lock>
    inode_truncate_locked(ip);
ffffffc080201e86:	8552                	mv	a0,s4
ffffffc080201e88:	343000ef          	jal	ffffffc0802029ca <inode_truncate_locked>
    inode_unlock(ip);
ffffffc080201e8c:	8552                	mv	a0,s4
ffffffc080201e8e:	16b000ef          	jal	ffffffc0802027f8 <inode_unlock>
ffffffc080201e92:	bf3d                	j	ffffffc080201dd0 <fs_unlink+0xd2>
ffffffc080201e94:	a55ff0ef          	jal	ffffffc0802018e8 <inode_add_links.part.0>

ffffffc080201e98 <fs_init>:
}

/* Builds the root directory (inode 1) and unpacks the boot image into
 * it. Called once at boot, on one hart, before any process runs. */
void fs_init(void)
{
ffffffc080201e98:	715d                	add	sp,sp,-80
ffffffc080201e9a:	e486                	sd	ra,72(sp)
ffffffc080201e9c:	e0a2                	sd	s0,64(sp)
ffffffc080201e9e:	f44e                	sd	s3,40(sp)
ffffffc080201ea0:	0880                	add	s0,sp,80
ffffffc080201ea2:	fc26                	sd	s1,56(sp)
ffffffc080201ea4:	f84a                	sd	s2,48(sp)
ffffffc080201ea6:	f052                	sd	s4,32(sp)
ffffffc080201ea8:	ec56                	sd	s5,24(sp)
ffffffc080201eaa:	e85a                	sd	s6,16(sp)
ffffffc080201eac:	e45e                	sd	s7,8(sp)
  inode_table_init();
ffffffc080201eae:	628000ef          	jal	ffffffc0802024d6 <inode_table_init>
  file_init();
ffffffc080201eb2:	19c000ef          	jal	ffffffc08020204e <file_init>
  pipe_init();
ffffffc080201eb6:	509000ef          	jal	ffffffc080202bbe <pipe_init>
  sleeplock_acquire(&fs_ns_lock);
ffffffc080201eba:	0027b517          	auipc	a0,0x27b
ffffffc080201ebe:	7de50513          	add	a0,a0,2014 # ffffffc08047d698 <fs_ns_lock>
ffffffc080201ec2:	760040ef          	jal	ffffffc080206622 <sleeplock_acquire>
  root = inode_alloc(T_DIR, 0, 0);
ffffffc080201ec6:	4601                	li	a2,0
ffffffc080201ec8:	4581                	li	a1,0
ffffffc080201eca:	4505                	li	a0,1
ffffffc080201ecc:	67e000ef          	jal	ffffffc08020254a <inode_alloc>
ffffffc080201ed0:	00278997          	auipc	s3,0x278
ffffffc080201ed4:	1a898993          	add	s3,s3,424 # ffffffc08047a078 <root>
ffffffc080201ed8:	00a9b023          	sd	a0,0(s3)
  KASSERT(root != NULL && root->inum == ROOTINO);
ffffffc080201edc:	14050563          	beqz	a0,ffffffc080202026 <fs_init+0x18e>
ffffffc080201ee0:	00052903          	lw	s2,0(a0)
ffffffc080201ee4:	4785                	li	a5,1
ffffffc080201ee6:	14f91063          	bne	s2,a5,ffffffc080202026 <fs_init+0x18e>
  if (dir_add(root, ".", ROOTINO) < 0 || dir_add(root, "..", ROOTINO) < 0)
ffffffc080201eea:	4605                	li	a2,1
ffffffc080201eec:	00006597          	auipc	a1,0x6
ffffffc080201ef0:	4bc58593          	add	a1,a1,1212 # ffffffc0802083a8 <CSWTCH.21+0xc0>
ffffffc080201ef4:	92dff0ef          	jal	ffffffc080201820 <dir_add>
ffffffc080201ef8:	12054163          	bltz	a0,ffffffc08020201a <fs_init+0x182>
ffffffc080201efc:	0009b503          	ld	a0,0(s3)
ffffffc080201f00:	4605                	li	a2,1
ffffffc080201f02:	00006597          	auipc	a1,0x6
ffffffc080201f06:	4ae58593          	add	a1,a1,1198 # ffffffc0802083b0 <CSWTCH.21+0xc8>
ffffffc080201f0a:	917ff0ef          	jal	ffffffc080201820 <dir_add>
ffffffc080201f0e:	10054663          	bltz	a0,ffffffc08020201a <fs_init+0x182>
    panic("fs_init: out of memory");
  root->nlink = 1; /* never freed: the reference from alloc is kept */
ffffffc080201f12:	0009b783          	ld	a5,0(s3)
  for (const struct image_file *f = fs_image; f->name != NULL; f++)
ffffffc080201f16:	00276497          	auipc	s1,0x276
ffffffc080201f1a:	3f248493          	add	s1,s1,1010 # ffffffc080478308 <fs_image>
ffffffc080201f1e:	6088                	ld	a0,0(s1)
  root->nlink = 1; /* never freed: the reference from alloc is kept */
ffffffc080201f20:	01279823          	sh	s2,16(a5)
  for (const struct image_file *f = fs_image; f->name != NULL; f++)
ffffffc080201f24:	c945                	beqz	a0,ffffffc080201fd4 <fs_init+0x13c>
  if (len == 0 || len > DIRSIZ || dir_lookup(root, f->name, NULL) != 0) {
ffffffc080201f26:	4a35                	li	s4,13
    kprintf("fs: image file \"%s\": bad or duplicate name, skipped\n",
ffffffc080201f28:	00006a97          	auipc	s5,0x6
ffffffc080201f2c:	4d0a8a93          	add	s5,s5,1232 # ffffffc0802083f8 <CSWTCH.21+0x110>
ffffffc080201f30:	a071                	j	ffffffc080201fbc <fs_init+0x124>
  if (len == 0 || len > DIRSIZ || dir_lookup(root, f->name, NULL) != 0) {
ffffffc080201f32:	608c                	ld	a1,0(s1)
ffffffc080201f34:	0009b503          	ld	a0,0(s3)
ffffffc080201f38:	4601                	li	a2,0
ffffffc080201f3a:	9dfff0ef          	jal	ffffffc080201918 <dir_lookup>
ffffffc080201f3e:	2501                	sext.w	a0,a0
ffffffc080201f40:	e159                	bnez	a0,ffffffc080201fc6 <fs_init+0x12e>
                                   : inode_alloc(type, major, minor);
ffffffc080201f42:	4601                	li	a2,0
ffffffc080201f44:	4581                	li	a1,0
ffffffc080201f46:	4509                	li	a0,2
  struct inode *ip = dir_create(root, f->name, T_FILE, 0, 0);
ffffffc080201f48:	0009bb03          	ld	s6,0(s3)
ffffffc080201f4c:	0004bb83          	ld	s7,0(s1)
                                   : inode_alloc(type, major, minor);
ffffffc080201f50:	5fa000ef          	jal	ffffffc08020254a <inode_alloc>
ffffffc080201f54:	892a                	mv	s2,a0
  if (ip == NULL)
ffffffc080201f56:	c155                	beqz	a0,ffffffc080201ffa <fs_init+0x162>
  if (dir_add(dp, name, ip->inum) < 0) {
ffffffc080201f58:	4110                	lw	a2,0(a0)
ffffffc080201f5a:	85de                	mv	a1,s7
ffffffc080201f5c:	855a                	mv	a0,s6
ffffffc080201f5e:	8c3ff0ef          	jal	ffffffc080201820 <dir_add>
ffffffc080201f62:	08054963          	bltz	a0,ffffffc080201ff4 <fs_init+0x15c>
  inode_lock(ip);
ffffffc080201f66:	854a                	mv	a0,s2
ffffffc080201f68:	081000ef          	jal	ffffffc0802027e8 <inode_lock>
  ip->nlink += delta;
ffffffc080201f6c:	01095783          	lhu	a5,16(s2)
ffffffc080201f70:	2785                	addw	a5,a5,1
ffffffc080201f72:	0107979b          	sllw	a5,a5,0x10
ffffffc080201f76:	4107d79b          	sraw	a5,a5,0x10
ffffffc080201f7a:	00f91823          	sh	a5,16(s2)
  KASSERT(ip->nlink >= 0);
ffffffc080201f7e:	0807cc63          	bltz	a5,ffffffc080202016 <fs_init+0x17e>
  inode_unlock(ip);
ffffffc080201f82:	854a                	mv	a0,s2
ffffffc080201f84:	075000ef          	jal	ffffffc0802027f8 <inode_unlock>
  inode_lock(ip);
ffffffc080201f88:	854a                	mv	a0,s2
ffffffc080201f8a:	05f000ef          	jal	ffffffc0802027e8 <inode_lock>
  int n = inode_write_locked(ip, 0, (uint64)f->data, 0, f->size);
ffffffc080201f8e:	6490                	ld	a2,8(s1)
ffffffc080201f90:	6898                	ld	a4,16(s1)
ffffffc080201f92:	4681                	li	a3,0
ffffffc080201f94:	4581                	li	a1,0
ffffffc080201f96:	854a                	mv	a0,s2
ffffffc080201f98:	141000ef          	jal	ffffffc0802028d8 <inode_write_locked>
ffffffc080201f9c:	8b2a                	mv	s6,a0
  inode_unlock(ip);
ffffffc080201f9e:	854a                	mv	a0,s2
ffffffc080201fa0:	059000ef          	jal	ffffffc0802027f8 <inode_unlock>
  if (f->size > 0 && (n < 0 || (uint64)n != f->size))
ffffffc080201fa4:	6890                	ld	a2,16(s1)
ffffffc080201fa6:	c609                	beqz	a2,ffffffc080201fb0 <fs_init+0x118>
ffffffc080201fa8:	060b4063          	bltz	s6,ffffffc080202008 <fs_init+0x170>
ffffffc080201fac:	05661e63          	bne	a2,s6,ffffffc080202008 <fs_init+0x170>
  inode_put(ip);
ffffffc080201fb0:	854a                	mv	a0,s2
ffffffc080201fb2:	758000ef          	jal	ffffffc08020270a <inode_put>
  for (const struct image_file *f = fs_image; f->name != NULL; f++)
ffffffc080201fb6:	6c88                	ld	a0,24(s1)
ffffffc080201fb8:	04e1                	add	s1,s1,24
ffffffc080201fba:	cd09                	beqz	a0,ffffffc080201fd4 <fs_init+0x13c>
  size_t len = strlen(f->name);
ffffffc080201fbc:	605010ef          	jal	ffffffc080203dc0 <strlen>
  if (len == 0 || len > DIRSIZ || dir_lookup(root, f->name, NULL) != 0) {
ffffffc080201fc0:	157d                	add	a0,a0,-1
ffffffc080201fc2:	f6aa78e3          	bgeu	s4,a0,ffffffc080201f32 <fs_init+0x9a>
    kprintf("fs: image file \"%s\": bad or duplicate name, skipped\n",
ffffffc080201fc6:	608c                	ld	a1,0(s1)
ffffffc080201fc8:	8556                	mv	a0,s5
  for (const struct image_file *f = fs_image; f->name != NULL; f++)
ffffffc080201fca:	04e1                	add	s1,s1,24
    kprintf("fs: image file \"%s\": bad or duplicate name, skipped\n",
ffffffc080201fcc:	3a3010ef          	jal	ffffffc080203b6e <kprintf>
  for (const struct image_file *f = fs_image; f->name != NULL; f++)
ffffffc080201fd0:	6088                	ld	a0,0(s1)
ffffffc080201fd2:	f56d                	bnez	a0,ffffffc080201fbc <fs_init+0x124>
    fs_unpack(f);
  sleeplock_release(&fs_ns_lock);
}
ffffffc080201fd4:	6406                	ld	s0,64(sp)
ffffffc080201fd6:	60a6                	ld	ra,72(sp)
ffffffc080201fd8:	74e2                	ld	s1,56(sp)
ffffffc080201fda:	7942                	ld	s2,48(sp)
ffffffc080201fdc:	79a2                	ld	s3,40(sp)
ffffffc080201fde:	7a02                	ld	s4,32(sp)
ffffffc080201fe0:	6ae2                	ld	s5,24(sp)
ffffffc080201fe2:	6b42                	ld	s6,16(sp)
ffffffc080201fe4:	6ba2                	ld	s7,8(sp)
  sleeplock_release(&fs_ns_lock);
ffffffc080201fe6:	0027b517          	auipc	a0,0x27b
ffffffc080201fea:	6b250513          	add	a0,a0,1714 # ffffffc08047d698 <fs_ns_lock>
}
ffffffc080201fee:	6161                	add	sp,sp,80
  sleeplock_release(&fs_ns_lock);
ffffffc080201ff0:	66e0406f          	j	ffffffc08020665e <sleeplock_release>
    inode_put(ip);
ffffffc080201ff4:	854a                	mv	a0,s2
ffffffc080201ff6:	714000ef          	jal	ffffffc08020270a <inode_put>
    panic("fs_init: no inode or memory for %s", f->name);
ffffffc080201ffa:	608c                	ld	a1,0(s1)
ffffffc080201ffc:	00006517          	auipc	a0,0x6
ffffffc080202000:	43450513          	add	a0,a0,1076 # ffffffc080208430 <CSWTCH.21+0x148>
ffffffc080202004:	3ad010ef          	jal	ffffffc080203bb0 <panic>
    panic("fs_init: %s: %lu bytes do not fit (file limit or memory)",
ffffffc080202008:	608c                	ld	a1,0(s1)
ffffffc08020200a:	00006517          	auipc	a0,0x6
ffffffc08020200e:	44e50513          	add	a0,a0,1102 # ffffffc080208458 <CSWTCH.21+0x170>
ffffffc080202012:	39f010ef          	jal	ffffffc080203bb0 <panic>
ffffffc080202016:	8d3ff0ef          	jal	ffffffc0802018e8 <inode_add_links.part.0>
    panic("fs_init: out of memory");
ffffffc08020201a:	00006517          	auipc	a0,0x6
ffffffc08020201e:	3c650513          	add	a0,a0,966 # ffffffc0802083e0 <CSWTCH.21+0xf8>
ffffffc080202022:	38f010ef          	jal	ffffffc080203bb0 <panic>
  KASSERT(root != NULL && root->inum == ROOTINO);
ffffffc080202026:	00006717          	auipc	a4,0x6
ffffffc08020202a:	39270713          	add	a4,a4,914 # ffffffc0802083b8 <CSWTCH.21+0xd0>
ffffffc08020202e:	00006697          	auipc	a3,0x6
ffffffc080202032:	fd268693          	add	a3,a3,-46 # ffffffc080208000 <kernel_text_end>
ffffffc080202036:	16a00613          	li	a2,362
ffffffc08020203a:	00006597          	auipc	a1,0x6
ffffffc08020203e:	35e58593          	add	a1,a1,862 # ffffffc080208398 <CSWTCH.21+0xb0>
ffffffc080202042:	00006517          	auipc	a0,0x6
ffffffc080202046:	02e50513          	add	a0,a0,46 # ffffffc080208070 <__func__.0+0x40>
ffffffc08020204a:	367010ef          	jal	ffffffc080203bb0 <panic>

ffffffc08020204e <file_init>:
/* Written by dev_register at boot, then read-only. */
static struct devsw devsw[NDEV];

/* See file.h. */
void file_init(void)
{
ffffffc08020204e:	1141                	add	sp,sp,-16
ffffffc080202050:	e422                	sd	s0,8(sp)
ffffffc080202052:	0800                	add	s0,sp,16
  spin_init(&ftable.lock, "ftable");
}
ffffffc080202054:	6422                	ld	s0,8(sp)
  spin_init(&ftable.lock, "ftable");
ffffffc080202056:	00006597          	auipc	a1,0x6
ffffffc08020205a:	45258593          	add	a1,a1,1106 # ffffffc0802084a8 <__func__.1+0x10>
ffffffc08020205e:	00278517          	auipc	a0,0x278
ffffffc080202062:	62250513          	add	a0,a0,1570 # ffffffc08047a680 <ftable>
}
ffffffc080202066:	0141                	add	sp,sp,16
  spin_init(&ftable.lock, "ftable");
ffffffc080202068:	6600406f          	j	ffffffc0802066c8 <spin_init>

ffffffc08020206c <dev_register>:

/* See file.h. */
void dev_register(int major, int (*read)(uint64, int),
                  int (*write)(uint64, int))
{
  KASSERT(major >= 0 && major < NDEV);
ffffffc08020206c:	47a5                	li	a5,9
ffffffc08020206e:	00a7eb63          	bltu	a5,a0,ffffffc080202084 <dev_register+0x18>
  devsw[major].read = read;
ffffffc080202072:	0512                	sll	a0,a0,0x4
ffffffc080202074:	00278797          	auipc	a5,0x278
ffffffc080202078:	56c78793          	add	a5,a5,1388 # ffffffc08047a5e0 <devsw>
ffffffc08020207c:	97aa                	add	a5,a5,a0
ffffffc08020207e:	e38c                	sd	a1,0(a5)
  devsw[major].write = write;
ffffffc080202080:	e790                	sd	a2,8(a5)
ffffffc080202082:	8082                	ret
{
ffffffc080202084:	1141                	add	sp,sp,-16
ffffffc080202086:	e022                	sd	s0,0(sp)
ffffffc080202088:	e406                	sd	ra,8(sp)
ffffffc08020208a:	0800                	add	s0,sp,16
  KASSERT(major >= 0 && major < NDEV);
ffffffc08020208c:	00006717          	auipc	a4,0x6
ffffffc080202090:	42470713          	add	a4,a4,1060 # ffffffc0802084b0 <__func__.1+0x18>
ffffffc080202094:	00006697          	auipc	a3,0x6
ffffffc080202098:	46468693          	add	a3,a3,1124 # ffffffc0802084f8 <__func__.2>
ffffffc08020209c:	4679                	li	a2,30
ffffffc08020209e:	00006597          	auipc	a1,0x6
ffffffc0802020a2:	43258593          	add	a1,a1,1074 # ffffffc0802084d0 <__func__.1+0x38>
ffffffc0802020a6:	00006517          	auipc	a0,0x6
ffffffc0802020aa:	fca50513          	add	a0,a0,-54 # ffffffc080208070 <__func__.0+0x40>
ffffffc0802020ae:	303010ef          	jal	ffffffc080203bb0 <panic>

ffffffc0802020b2 <dev_exists>:
}

/* See file.h. */
bool dev_exists(int major)
{
ffffffc0802020b2:	1141                	add	sp,sp,-16
ffffffc0802020b4:	e422                	sd	s0,8(sp)
ffffffc0802020b6:	0800                	add	s0,sp,16
  return major >= 0 && major < NDEV &&
ffffffc0802020b8:	47a5                	li	a5,9
ffffffc0802020ba:	00a7ee63          	bltu	a5,a0,ffffffc0802020d6 <dev_exists+0x24>
         (devsw[major].read != NULL || devsw[major].write != NULL);
ffffffc0802020be:	0512                	sll	a0,a0,0x4
ffffffc0802020c0:	00278797          	auipc	a5,0x278
ffffffc0802020c4:	52078793          	add	a5,a5,1312 # ffffffc08047a5e0 <devsw>
ffffffc0802020c8:	97aa                	add	a5,a5,a0
  return major >= 0 && major < NDEV &&
ffffffc0802020ca:	6398                	ld	a4,0(a5)
ffffffc0802020cc:	4505                	li	a0,1
ffffffc0802020ce:	cb01                	beqz	a4,ffffffc0802020de <dev_exists+0x2c>
}
ffffffc0802020d0:	6422                	ld	s0,8(sp)
ffffffc0802020d2:	0141                	add	sp,sp,16
ffffffc0802020d4:	8082                	ret
ffffffc0802020d6:	6422                	ld	s0,8(sp)
ffffffc0802020d8:	4501                	li	a0,0
ffffffc0802020da:	0141                	add	sp,sp,16
ffffffc0802020dc:	8082                	ret
         (devsw[major].read != NULL || devsw[major].write != NULL);
ffffffc0802020de:	6788                	ld	a0,8(a5)
}
ffffffc0802020e0:	6422                	ld	s0,8(sp)
         (devsw[major].read != NULL || devsw[major].write != NULL);
ffffffc0802020e2:	00a03533          	snez	a0,a0
}
ffffffc0802020e6:	0141                	add	sp,sp,16
ffffffc0802020e8:	8082                	ret

ffffffc0802020ea <file_alloc>:

/* See file.h. */
struct file *file_alloc(void)
{
ffffffc0802020ea:	7139                	add	sp,sp,-64
ffffffc0802020ec:	f822                	sd	s0,48(sp)
ffffffc0802020ee:	f04a                	sd	s2,32(sp)
ffffffc0802020f0:	fc06                	sd	ra,56(sp)
ffffffc0802020f2:	f426                	sd	s1,40(sp)
ffffffc0802020f4:	ec4e                	sd	s3,24(sp)
ffffffc0802020f6:	e852                	sd	s4,16(sp)
ffffffc0802020f8:	e456                	sd	s5,8(sp)
ffffffc0802020fa:	0080                	add	s0,sp,64
  struct file *f = NULL;
  spin_lock(&ftable.lock);
ffffffc0802020fc:	00278517          	auipc	a0,0x278
ffffffc080202100:	58450513          	add	a0,a0,1412 # ffffffc08047a680 <ftable>
ffffffc080202104:	5da040ef          	jal	ffffffc0802066de <spin_lock>
  for (int i = 0; i < NFILE && f == NULL; i++) {
ffffffc080202108:	4901                	li	s2,0
ffffffc08020210a:	00278797          	auipc	a5,0x278
ffffffc08020210e:	58e78793          	add	a5,a5,1422 # ffffffc08047a698 <ftable+0x18>
ffffffc080202112:	10000693          	li	a3,256
    if (ftable.file[i].ref == 0) {
ffffffc080202116:	4398                	lw	a4,0(a5)
  for (int i = 0; i < NFILE && f == NULL; i++) {
ffffffc080202118:	03078793          	add	a5,a5,48
    if (ftable.file[i].ref == 0) {
ffffffc08020211c:	e72d                	bnez	a4,ffffffc080202186 <file_alloc+0x9c>
      f = &ftable.file[i];
ffffffc08020211e:	00191493          	sll	s1,s2,0x1
ffffffc080202122:	94ca                	add	s1,s1,s2
ffffffc080202124:	00278997          	auipc	s3,0x278
ffffffc080202128:	55c98993          	add	s3,s3,1372 # ffffffc08047a680 <ftable>
ffffffc08020212c:	0492                	sll	s1,s1,0x4
      f->ref = 1;
ffffffc08020212e:	00998a33          	add	s4,s3,s1
ffffffc080202132:	4785                	li	a5,1
    }
  }
  spin_unlock(&ftable.lock);
ffffffc080202134:	854e                	mv	a0,s3
      f->ref = 1;
ffffffc080202136:	00fa2c23          	sw	a5,24(s4)
    return NULL;
  f->type = FD_NONE;
  f->readable = f->writable = false;
  f->pipe = NULL;
  f->ip = NULL;
  f->major = 0;
ffffffc08020213a:	0905                	add	s2,s2,1
  spin_unlock(&ftable.lock);
ffffffc08020213c:	69c040ef          	jal	ffffffc0802067d8 <spin_unlock>
  f->major = 0;
ffffffc080202140:	00191793          	sll	a5,s2,0x1
ffffffc080202144:	97ca                	add	a5,a5,s2
  f->readable = f->writable = false;
ffffffc080202146:	00278717          	auipc	a4,0x278
ffffffc08020214a:	55a70713          	add	a4,a4,1370 # ffffffc08047a6a0 <ftable+0x20>
      f = &ftable.file[i];
ffffffc08020214e:	01848a93          	add	s5,s1,24
  f->type = FD_NONE;
ffffffc080202152:	000a2e23          	sw	zero,28(s4)
  f->readable = f->writable = false;
ffffffc080202156:	94ba                	add	s1,s1,a4
  f->major = 0;
ffffffc080202158:	0792                	sll	a5,a5,0x4
  f->readable = f->writable = false;
ffffffc08020215a:	00049023          	sh	zero,0(s1)
      f = &ftable.file[i];
ffffffc08020215e:	9ace                	add	s5,s5,s3
  f->major = 0;
ffffffc080202160:	99be                	add	s3,s3,a5
  f->pipe = NULL;
ffffffc080202162:	020a3423          	sd	zero,40(s4)
  f->ip = NULL;
ffffffc080202166:	020a3823          	sd	zero,48(s4)
  f->major = 0;
ffffffc08020216a:	00099423          	sh	zero,8(s3)
  f->off = 0;
ffffffc08020216e:	0009b823          	sd	zero,16(s3)
  return f;
}
ffffffc080202172:	70e2                	ld	ra,56(sp)
ffffffc080202174:	7442                	ld	s0,48(sp)
ffffffc080202176:	74a2                	ld	s1,40(sp)
ffffffc080202178:	7902                	ld	s2,32(sp)
ffffffc08020217a:	69e2                	ld	s3,24(sp)
ffffffc08020217c:	6a42                	ld	s4,16(sp)
ffffffc08020217e:	8556                	mv	a0,s5
ffffffc080202180:	6aa2                	ld	s5,8(sp)
ffffffc080202182:	6121                	add	sp,sp,64
ffffffc080202184:	8082                	ret
  for (int i = 0; i < NFILE && f == NULL; i++) {
ffffffc080202186:	2905                	addw	s2,s2,1
ffffffc080202188:	f8d917e3          	bne	s2,a3,ffffffc080202116 <file_alloc+0x2c>
  spin_unlock(&ftable.lock);
ffffffc08020218c:	00278517          	auipc	a0,0x278
ffffffc080202190:	4f450513          	add	a0,a0,1268 # ffffffc08047a680 <ftable>
ffffffc080202194:	644040ef          	jal	ffffffc0802067d8 <spin_unlock>
  if (f == NULL)
ffffffc080202198:	4a81                	li	s5,0
ffffffc08020219a:	bfe1                	j	ffffffc080202172 <file_alloc+0x88>

ffffffc08020219c <file_dup>:

/* See file.h. */
struct file *file_dup(struct file *f)
{
ffffffc08020219c:	1101                	add	sp,sp,-32
ffffffc08020219e:	e822                	sd	s0,16(sp)
ffffffc0802021a0:	e426                	sd	s1,8(sp)
ffffffc0802021a2:	ec06                	sd	ra,24(sp)
ffffffc0802021a4:	1000                	add	s0,sp,32
ffffffc0802021a6:	84aa                	mv	s1,a0
  spin_lock(&ftable.lock);
ffffffc0802021a8:	00278517          	auipc	a0,0x278
ffffffc0802021ac:	4d850513          	add	a0,a0,1240 # ffffffc08047a680 <ftable>
ffffffc0802021b0:	52e040ef          	jal	ffffffc0802066de <spin_lock>
  KASSERT(f->ref >= 1);
ffffffc0802021b4:	409c                	lw	a5,0(s1)
ffffffc0802021b6:	02f05063          	blez	a5,ffffffc0802021d6 <file_dup+0x3a>
  f->ref++;
ffffffc0802021ba:	2785                	addw	a5,a5,1
ffffffc0802021bc:	c09c                	sw	a5,0(s1)
  spin_unlock(&ftable.lock);
ffffffc0802021be:	00278517          	auipc	a0,0x278
ffffffc0802021c2:	4c250513          	add	a0,a0,1218 # ffffffc08047a680 <ftable>
ffffffc0802021c6:	612040ef          	jal	ffffffc0802067d8 <spin_unlock>
  return f;
}
ffffffc0802021ca:	60e2                	ld	ra,24(sp)
ffffffc0802021cc:	6442                	ld	s0,16(sp)
ffffffc0802021ce:	8526                	mv	a0,s1
ffffffc0802021d0:	64a2                	ld	s1,8(sp)
ffffffc0802021d2:	6105                	add	sp,sp,32
ffffffc0802021d4:	8082                	ret
  KASSERT(f->ref >= 1);
ffffffc0802021d6:	00006717          	auipc	a4,0x6
ffffffc0802021da:	31270713          	add	a4,a4,786 # ffffffc0802084e8 <__func__.1+0x50>
ffffffc0802021de:	00006697          	auipc	a3,0x6
ffffffc0802021e2:	32a68693          	add	a3,a3,810 # ffffffc080208508 <__func__.1>
ffffffc0802021e6:	04500613          	li	a2,69
ffffffc0802021ea:	00006597          	auipc	a1,0x6
ffffffc0802021ee:	2e658593          	add	a1,a1,742 # ffffffc0802084d0 <__func__.1+0x38>
ffffffc0802021f2:	00006517          	auipc	a0,0x6
ffffffc0802021f6:	e7e50513          	add	a0,a0,-386 # ffffffc080208070 <__func__.0+0x40>
ffffffc0802021fa:	1b7010ef          	jal	ffffffc080203bb0 <panic>

ffffffc0802021fe <file_close>:

/* See file.h. */
void file_close(struct file *f)
{
ffffffc0802021fe:	7179                	add	sp,sp,-48
ffffffc080202200:	f022                	sd	s0,32(sp)
ffffffc080202202:	ec26                	sd	s1,24(sp)
ffffffc080202204:	f406                	sd	ra,40(sp)
ffffffc080202206:	e84a                	sd	s2,16(sp)
ffffffc080202208:	e44e                	sd	s3,8(sp)
ffffffc08020220a:	e052                	sd	s4,0(sp)
ffffffc08020220c:	1800                	add	s0,sp,48
ffffffc08020220e:	84aa                	mv	s1,a0
  spin_lock(&ftable.lock);
ffffffc080202210:	00278517          	auipc	a0,0x278
ffffffc080202214:	47050513          	add	a0,a0,1136 # ffffffc08047a680 <ftable>
ffffffc080202218:	4c6040ef          	jal	ffffffc0802066de <spin_lock>
  KASSERT(f->ref >= 1);
ffffffc08020221c:	409c                	lw	a5,0(s1)
ffffffc08020221e:	08f05663          	blez	a5,ffffffc0802022aa <file_close+0xac>
  if (--f->ref > 0) {
ffffffc080202222:	fff7871b          	addw	a4,a5,-1
ffffffc080202226:	c098                	sw	a4,0(s1)
ffffffc080202228:	eb29                	bnez	a4,ffffffc08020227a <file_close+0x7c>
    spin_unlock(&ftable.lock);
    return;
  }
  struct file closed = *f; /* f's slot may be reused once unlocked */
ffffffc08020222a:	0044a903          	lw	s2,4(s1)
  f->type = FD_NONE;
  spin_unlock(&ftable.lock);
ffffffc08020222e:	00278517          	auipc	a0,0x278
ffffffc080202232:	45250513          	add	a0,a0,1106 # ffffffc08047a680 <ftable>
  f->type = FD_NONE;
ffffffc080202236:	0004a223          	sw	zero,4(s1)
  struct file closed = *f; /* f's slot may be reused once unlocked */
ffffffc08020223a:	0094ca03          	lbu	s4,9(s1)
ffffffc08020223e:	0104b983          	ld	s3,16(s1)
ffffffc080202242:	6c84                	ld	s1,24(s1)
  spin_unlock(&ftable.lock);
ffffffc080202244:	594040ef          	jal	ffffffc0802067d8 <spin_unlock>
  if (closed.type == FD_PIPE)
ffffffc080202248:	4789                	li	a5,2
ffffffc08020224a:	04f90563          	beq	s2,a5,ffffffc080202294 <file_close+0x96>
    pipe_close(closed.pipe, closed.writable);
  else if (closed.type == FD_INODE || closed.type == FD_DEVICE)
ffffffc08020224e:	ffd97913          	and	s2,s2,-3
ffffffc080202252:	4785                	li	a5,1
ffffffc080202254:	00f90a63          	beq	s2,a5,ffffffc080202268 <file_close+0x6a>
    inode_put(closed.ip);
}
ffffffc080202258:	70a2                	ld	ra,40(sp)
ffffffc08020225a:	7402                	ld	s0,32(sp)
ffffffc08020225c:	64e2                	ld	s1,24(sp)
ffffffc08020225e:	6942                	ld	s2,16(sp)
ffffffc080202260:	69a2                	ld	s3,8(sp)
ffffffc080202262:	6a02                	ld	s4,0(sp)
ffffffc080202264:	6145                	add	sp,sp,48
ffffffc080202266:	8082                	ret
ffffffc080202268:	7402                	ld	s0,32(sp)
ffffffc08020226a:	70a2                	ld	ra,40(sp)
ffffffc08020226c:	6942                	ld	s2,16(sp)
ffffffc08020226e:	69a2                	ld	s3,8(sp)
ffffffc080202270:	6a02                	ld	s4,0(sp)
    inode_put(closed.ip);
ffffffc080202272:	8526                	mv	a0,s1
}
ffffffc080202274:	64e2                	ld	s1,24(sp)
ffffffc080202276:	6145                	add	sp,sp,48
    inode_put(closed.ip);
ffffffc080202278:	a949                	j	ffffffc08020270a <inode_put>
}
ffffffc08020227a:	7402                	ld	s0,32(sp)
ffffffc08020227c:	70a2                	ld	ra,40(sp)
ffffffc08020227e:	64e2                	ld	s1,24(sp)
ffffffc080202280:	6942                	ld	s2,16(sp)
ffffffc080202282:	69a2                	ld	s3,8(sp)
ffffffc080202284:	6a02                	ld	s4,0(sp)
    spin_unlock(&ftable.lock);
ffffffc080202286:	00278517          	auipc	a0,0x278
ffffffc08020228a:	3fa50513          	add	a0,a0,1018 # ffffffc08047a680 <ftable>
}
ffffffc08020228e:	6145                	add	sp,sp,48
    spin_unlock(&ftable.lock);
ffffffc080202290:	5480406f          	j	ffffffc0802067d8 <spin_unlock>
}
ffffffc080202294:	7402                	ld	s0,32(sp)
ffffffc080202296:	70a2                	ld	ra,40(sp)
ffffffc080202298:	64e2                	ld	s1,24(sp)
ffffffc08020229a:	6942                	ld	s2,16(sp)
    pipe_close(closed.pipe, closed.writable);
ffffffc08020229c:	85d2                	mv	a1,s4
ffffffc08020229e:	854e                	mv	a0,s3
}
ffffffc0802022a0:	6a02                	ld	s4,0(sp)
ffffffc0802022a2:	69a2                	ld	s3,8(sp)
ffffffc0802022a4:	6145                	add	sp,sp,48
    pipe_close(closed.pipe, closed.writable);
ffffffc0802022a6:	26d0006f          	j	ffffffc080202d12 <pipe_close>
  KASSERT(f->ref >= 1);
ffffffc0802022aa:	00006717          	auipc	a4,0x6
ffffffc0802022ae:	23e70713          	add	a4,a4,574 # ffffffc0802084e8 <__func__.1+0x50>
ffffffc0802022b2:	00006697          	auipc	a3,0x6
ffffffc0802022b6:	26668693          	add	a3,a3,614 # ffffffc080208518 <__func__.0>
ffffffc0802022ba:	04f00613          	li	a2,79
ffffffc0802022be:	00006597          	auipc	a1,0x6
ffffffc0802022c2:	21258593          	add	a1,a1,530 # ffffffc0802084d0 <__func__.1+0x38>
ffffffc0802022c6:	00006517          	auipc	a0,0x6
ffffffc0802022ca:	daa50513          	add	a0,a0,-598 # ffffffc080208070 <__func__.0+0x40>
ffffffc0802022ce:	0e3010ef          	jal	ffffffc080203bb0 <panic>

ffffffc0802022d2 <file_read>:
  return r;
}

/* See file.h. */
int file_read(struct file *f, uint64 addr, int n)
{
ffffffc0802022d2:	7179                	add	sp,sp,-48
ffffffc0802022d4:	f022                	sd	s0,32(sp)
ffffffc0802022d6:	f406                	sd	ra,40(sp)
ffffffc0802022d8:	ec26                	sd	s1,24(sp)
ffffffc0802022da:	e84a                	sd	s2,16(sp)
ffffffc0802022dc:	e44e                	sd	s3,8(sp)
ffffffc0802022de:	e052                	sd	s4,0(sp)
ffffffc0802022e0:	1800                	add	s0,sp,48
  if (!f->readable || n < 0)
ffffffc0802022e2:	00854783          	lbu	a5,8(a0)
ffffffc0802022e6:	c7cd                	beqz	a5,ffffffc080202390 <file_read+0xbe>
ffffffc0802022e8:	8932                	mv	s2,a2
ffffffc0802022ea:	0a064363          	bltz	a2,ffffffc080202390 <file_read+0xbe>
    return -1;
  if (n == 0)
ffffffc0802022ee:	c61d                	beqz	a2,ffffffc08020231c <file_read+0x4a>
    return 0;
  switch (f->type) {
ffffffc0802022f0:	415c                	lw	a5,4(a0)
ffffffc0802022f2:	4709                	li	a4,2
ffffffc0802022f4:	84aa                	mv	s1,a0
ffffffc0802022f6:	08e78363          	beq	a5,a4,ffffffc08020237c <file_read+0xaa>
ffffffc0802022fa:	470d                	li	a4,3
ffffffc0802022fc:	89ae                	mv	s3,a1
ffffffc0802022fe:	04e78563          	beq	a5,a4,ffffffc080202348 <file_read+0x76>
ffffffc080202302:	4705                	li	a4,1
ffffffc080202304:	5a7d                	li	s4,-1
ffffffc080202306:	00e78d63          	beq	a5,a4,ffffffc080202320 <file_read+0x4e>
      return -1;
    return devsw[f->major].read(addr, n);
  default:
    return -1;
  }
}
ffffffc08020230a:	70a2                	ld	ra,40(sp)
ffffffc08020230c:	7402                	ld	s0,32(sp)
ffffffc08020230e:	64e2                	ld	s1,24(sp)
ffffffc080202310:	6942                	ld	s2,16(sp)
ffffffc080202312:	69a2                	ld	s3,8(sp)
ffffffc080202314:	8552                	mv	a0,s4
ffffffc080202316:	6a02                	ld	s4,0(sp)
ffffffc080202318:	6145                	add	sp,sp,48
ffffffc08020231a:	8082                	ret
    return 0;
ffffffc08020231c:	4a01                	li	s4,0
ffffffc08020231e:	b7f5                	j	ffffffc08020230a <file_read+0x38>
  inode_lock(f->ip);
ffffffc080202320:	6d08                	ld	a0,24(a0)
ffffffc080202322:	4c6000ef          	jal	ffffffc0802027e8 <inode_lock>
  int r = inode_read_locked(f->ip, 1, addr, f->off, n);
ffffffc080202326:	7494                	ld	a3,40(s1)
ffffffc080202328:	6c88                	ld	a0,24(s1)
ffffffc08020232a:	874a                	mv	a4,s2
ffffffc08020232c:	864e                	mv	a2,s3
ffffffc08020232e:	4585                	li	a1,1
ffffffc080202330:	4d8000ef          	jal	ffffffc080202808 <inode_read_locked>
ffffffc080202334:	8a2a                	mv	s4,a0
  if (r > 0)
ffffffc080202336:	00a05563          	blez	a0,ffffffc080202340 <file_read+0x6e>
    f->off += r;
ffffffc08020233a:	749c                	ld	a5,40(s1)
ffffffc08020233c:	97aa                	add	a5,a5,a0
ffffffc08020233e:	f49c                	sd	a5,40(s1)
  inode_unlock(f->ip);
ffffffc080202340:	6c88                	ld	a0,24(s1)
ffffffc080202342:	4b6000ef          	jal	ffffffc0802027f8 <inode_unlock>
    return file_read_inode(f, addr, n);
ffffffc080202346:	b7d1                	j	ffffffc08020230a <file_read+0x38>
    if (f->major < 0 || f->major >= NDEV || devsw[f->major].read == NULL)
ffffffc080202348:	02051783          	lh	a5,32(a0)
ffffffc08020234c:	4725                	li	a4,9
ffffffc08020234e:	03079693          	sll	a3,a5,0x30
ffffffc080202352:	92c1                	srl	a3,a3,0x30
ffffffc080202354:	02d76e63          	bltu	a4,a3,ffffffc080202390 <file_read+0xbe>
ffffffc080202358:	0792                	sll	a5,a5,0x4
ffffffc08020235a:	00278717          	auipc	a4,0x278
ffffffc08020235e:	28670713          	add	a4,a4,646 # ffffffc08047a5e0 <devsw>
ffffffc080202362:	97ba                	add	a5,a5,a4
ffffffc080202364:	639c                	ld	a5,0(a5)
ffffffc080202366:	c78d                	beqz	a5,ffffffc080202390 <file_read+0xbe>
}
ffffffc080202368:	7402                	ld	s0,32(sp)
ffffffc08020236a:	70a2                	ld	ra,40(sp)
ffffffc08020236c:	64e2                	ld	s1,24(sp)
ffffffc08020236e:	6942                	ld	s2,16(sp)
ffffffc080202370:	6a02                	ld	s4,0(sp)
    return devsw[f->major].read(addr, n);
ffffffc080202372:	854e                	mv	a0,s3
}
ffffffc080202374:	69a2                	ld	s3,8(sp)
    return devsw[f->major].read(addr, n);
ffffffc080202376:	85b2                	mv	a1,a2
}
ffffffc080202378:	6145                	add	sp,sp,48
    return devsw[f->major].read(addr, n);
ffffffc08020237a:	8782                	jr	a5
}
ffffffc08020237c:	7402                	ld	s0,32(sp)
ffffffc08020237e:	70a2                	ld	ra,40(sp)
ffffffc080202380:	64e2                	ld	s1,24(sp)
ffffffc080202382:	6942                	ld	s2,16(sp)
ffffffc080202384:	69a2                	ld	s3,8(sp)
ffffffc080202386:	6a02                	ld	s4,0(sp)
    return pipe_read(f->pipe, addr, n);
ffffffc080202388:	6908                	ld	a0,16(a0)
}
ffffffc08020238a:	6145                	add	sp,sp,48
    return pipe_read(f->pipe, addr, n);
ffffffc08020238c:	2070006f          	j	ffffffc080202d92 <pipe_read>
ffffffc080202390:	5a7d                	li	s4,-1
ffffffc080202392:	bfa5                	j	ffffffc08020230a <file_read+0x38>

ffffffc080202394 <file_write>:
  return r;
}

/* See file.h. */
int file_write(struct file *f, uint64 addr, int n)
{
ffffffc080202394:	7179                	add	sp,sp,-48
ffffffc080202396:	f022                	sd	s0,32(sp)
ffffffc080202398:	f406                	sd	ra,40(sp)
ffffffc08020239a:	ec26                	sd	s1,24(sp)
ffffffc08020239c:	e84a                	sd	s2,16(sp)
ffffffc08020239e:	e44e                	sd	s3,8(sp)
ffffffc0802023a0:	e052                	sd	s4,0(sp)
ffffffc0802023a2:	1800                	add	s0,sp,48
  if (!f->writable || n < 0)
ffffffc0802023a4:	00954783          	lbu	a5,9(a0)
ffffffc0802023a8:	c7cd                	beqz	a5,ffffffc080202452 <file_write+0xbe>
ffffffc0802023aa:	8932                	mv	s2,a2
ffffffc0802023ac:	0a064363          	bltz	a2,ffffffc080202452 <file_write+0xbe>
    return -1;
  if (n == 0)
ffffffc0802023b0:	c61d                	beqz	a2,ffffffc0802023de <file_write+0x4a>
    return 0;
  switch (f->type) {
ffffffc0802023b2:	415c                	lw	a5,4(a0)
ffffffc0802023b4:	4709                	li	a4,2
ffffffc0802023b6:	84aa                	mv	s1,a0
ffffffc0802023b8:	08e78363          	beq	a5,a4,ffffffc08020243e <file_write+0xaa>
ffffffc0802023bc:	470d                	li	a4,3
ffffffc0802023be:	89ae                	mv	s3,a1
ffffffc0802023c0:	04e78563          	beq	a5,a4,ffffffc08020240a <file_write+0x76>
ffffffc0802023c4:	4705                	li	a4,1
ffffffc0802023c6:	5a7d                	li	s4,-1
ffffffc0802023c8:	00e78d63          	beq	a5,a4,ffffffc0802023e2 <file_write+0x4e>
      return -1;
    return devsw[f->major].write(addr, n);
  default:
    return -1;
  }
}
ffffffc0802023cc:	70a2                	ld	ra,40(sp)
ffffffc0802023ce:	7402                	ld	s0,32(sp)
ffffffc0802023d0:	64e2                	ld	s1,24(sp)
ffffffc0802023d2:	6942                	ld	s2,16(sp)
ffffffc0802023d4:	69a2                	ld	s3,8(sp)
ffffffc0802023d6:	8552                	mv	a0,s4
ffffffc0802023d8:	6a02                	ld	s4,0(sp)
ffffffc0802023da:	6145                	add	sp,sp,48
ffffffc0802023dc:	8082                	ret
    return 0;
ffffffc0802023de:	4a01                	li	s4,0
ffffffc0802023e0:	b7f5                	j	ffffffc0802023cc <file_write+0x38>
  inode_lock(f->ip);
ffffffc0802023e2:	6d08                	ld	a0,24(a0)
ffffffc0802023e4:	404000ef          	jal	ffffffc0802027e8 <inode_lock>
  int r = inode_write_locked(f->ip, 1, addr, f->off, n);
ffffffc0802023e8:	7494                	ld	a3,40(s1)
ffffffc0802023ea:	6c88                	ld	a0,24(s1)
ffffffc0802023ec:	874a                	mv	a4,s2
ffffffc0802023ee:	864e                	mv	a2,s3
ffffffc0802023f0:	4585                	li	a1,1
ffffffc0802023f2:	4e6000ef          	jal	ffffffc0802028d8 <inode_write_locked>
ffffffc0802023f6:	8a2a                	mv	s4,a0
  if (r > 0)
ffffffc0802023f8:	00a05563          	blez	a0,ffffffc080202402 <file_write+0x6e>
    f->off += r;
ffffffc0802023fc:	749c                	ld	a5,40(s1)
ffffffc0802023fe:	97aa                	add	a5,a5,a0
ffffffc080202400:	f49c                	sd	a5,40(s1)
  inode_unlock(f->ip);
ffffffc080202402:	6c88                	ld	a0,24(s1)
ffffffc080202404:	3f4000ef          	jal	ffffffc0802027f8 <inode_unlock>
    return file_write_inode(f, addr, n);
ffffffc080202408:	b7d1                	j	ffffffc0802023cc <file_write+0x38>
    if (f->major < 0 || f->major >= NDEV || devsw[f->major].write == NULL)
ffffffc08020240a:	02051783          	lh	a5,32(a0)
ffffffc08020240e:	4725                	li	a4,9
ffffffc080202410:	03079693          	sll	a3,a5,0x30
ffffffc080202414:	92c1                	srl	a3,a3,0x30
ffffffc080202416:	02d76e63          	bltu	a4,a3,ffffffc080202452 <file_write+0xbe>
ffffffc08020241a:	0792                	sll	a5,a5,0x4
ffffffc08020241c:	00278717          	auipc	a4,0x278
ffffffc080202420:	1c470713          	add	a4,a4,452 # ffffffc08047a5e0 <devsw>
ffffffc080202424:	97ba                	add	a5,a5,a4
ffffffc080202426:	679c                	ld	a5,8(a5)
ffffffc080202428:	c78d                	beqz	a5,ffffffc080202452 <file_write+0xbe>
}
ffffffc08020242a:	7402                	ld	s0,32(sp)
ffffffc08020242c:	70a2                	ld	ra,40(sp)
ffffffc08020242e:	64e2                	ld	s1,24(sp)
ffffffc080202430:	6942                	ld	s2,16(sp)
ffffffc080202432:	6a02                	ld	s4,0(sp)
    return devsw[f->major].write(addr, n);
ffffffc080202434:	854e                	mv	a0,s3
}
ffffffc080202436:	69a2                	ld	s3,8(sp)
    return devsw[f->major].write(addr, n);
ffffffc080202438:	85b2                	mv	a1,a2
}
ffffffc08020243a:	6145                	add	sp,sp,48
    return devsw[f->major].write(addr, n);
ffffffc08020243c:	8782                	jr	a5
}
ffffffc08020243e:	7402                	ld	s0,32(sp)
ffffffc080202440:	70a2                	ld	ra,40(sp)
ffffffc080202442:	64e2                	ld	s1,24(sp)
ffffffc080202444:	6942                	ld	s2,16(sp)
ffffffc080202446:	69a2                	ld	s3,8(sp)
ffffffc080202448:	6a02                	ld	s4,0(sp)
    return pipe_write(f->pipe, addr, n);
ffffffc08020244a:	6908                	ld	a0,16(a0)
}
ffffffc08020244c:	6145                	add	sp,sp,48
    return pipe_write(f->pipe, addr, n);
ffffffc08020244e:	2f70006f          	j	ffffffc080202f44 <pipe_write>
ffffffc080202452:	5a7d                	li	s4,-1
ffffffc080202454:	bfa5                	j	ffffffc0802023cc <file_write+0x38>

ffffffc080202456 <file_stat>:

/* See file.h. */
int file_stat(struct file *f, uint64 addr)
{
  if (f->type != FD_INODE && f->type != FD_DEVICE)
ffffffc080202456:	415c                	lw	a5,4(a0)
ffffffc080202458:	4705                	li	a4,1
ffffffc08020245a:	9bf5                	and	a5,a5,-3
ffffffc08020245c:	00e78463          	beq	a5,a4,ffffffc080202464 <file_stat+0xe>
    return -1;
ffffffc080202460:	557d                	li	a0,-1
  struct stat st;
  inode_lock(f->ip);
  inode_stat_locked(f->ip, &st);
  inode_unlock(f->ip);
  return copyout(addr, &st, sizeof(st)) < 0 ? -1 : 0;
}
ffffffc080202462:	8082                	ret
{
ffffffc080202464:	7139                	add	sp,sp,-64
ffffffc080202466:	fc06                	sd	ra,56(sp)
ffffffc080202468:	f822                	sd	s0,48(sp)
ffffffc08020246a:	f426                	sd	s1,40(sp)
ffffffc08020246c:	0080                	add	s0,sp,64
ffffffc08020246e:	f04a                	sd	s2,32(sp)
ffffffc080202470:	84aa                	mv	s1,a0
  inode_lock(f->ip);
ffffffc080202472:	6d08                	ld	a0,24(a0)
ffffffc080202474:	892e                	mv	s2,a1
ffffffc080202476:	372000ef          	jal	ffffffc0802027e8 <inode_lock>
  inode_stat_locked(f->ip, &st);
ffffffc08020247a:	6c88                	ld	a0,24(s1)
ffffffc08020247c:	fc840593          	add	a1,s0,-56
ffffffc080202480:	5f2000ef          	jal	ffffffc080202a72 <inode_stat_locked>
  inode_unlock(f->ip);
ffffffc080202484:	6c88                	ld	a0,24(s1)
ffffffc080202486:	372000ef          	jal	ffffffc0802027f8 <inode_unlock>
  return copyout(addr, &st, sizeof(st)) < 0 ? -1 : 0;
ffffffc08020248a:	fc840593          	add	a1,s0,-56
ffffffc08020248e:	854a                	mv	a0,s2
ffffffc080202490:	4661                	li	a2,24
ffffffc080202492:	3fe020ef          	jal	ffffffc080204890 <copyout>
}
ffffffc080202496:	70e2                	ld	ra,56(sp)
ffffffc080202498:	7442                	ld	s0,48(sp)
ffffffc08020249a:	74a2                	ld	s1,40(sp)
ffffffc08020249c:	7902                	ld	s2,32(sp)
  return copyout(addr, &st, sizeof(st)) < 0 ? -1 : 0;
ffffffc08020249e:	41f5551b          	sraw	a0,a0,0x1f
}
ffffffc0802024a2:	6121                	add	sp,sp,64
ffffffc0802024a4:	8082                	ret

ffffffc0802024a6 <inode_dup.part.0>:
  return inode_dup(&itable.inode[inum - 1]);
}

/* Returns ip with one more reference. Caller already holds one (or
 * fs_ns_lock, with ip named by a directory entry). */
struct inode *inode_dup(struct inode *ip)
ffffffc0802024a6:	1141                	add	sp,sp,-16
ffffffc0802024a8:	e022                	sd	s0,0(sp)
ffffffc0802024aa:	e406                	sd	ra,8(sp)
ffffffc0802024ac:	0800                	add	s0,sp,16
{
  spin_lock(&itable.lock);
  KASSERT(ip->type != 0);
ffffffc0802024ae:	00006717          	auipc	a4,0x6
ffffffc0802024b2:	07a70713          	add	a4,a4,122 # ffffffc080208528 <__func__.0+0x10>
ffffffc0802024b6:	00006697          	auipc	a3,0x6
ffffffc0802024ba:	12a68693          	add	a3,a3,298 # ffffffc0802085e0 <__func__.3>
ffffffc0802024be:	04f00613          	li	a2,79
ffffffc0802024c2:	00006597          	auipc	a1,0x6
ffffffc0802024c6:	07658593          	add	a1,a1,118 # ffffffc080208538 <__func__.0+0x20>
ffffffc0802024ca:	00006517          	auipc	a0,0x6
ffffffc0802024ce:	ba650513          	add	a0,a0,-1114 # ffffffc080208070 <__func__.0+0x40>
ffffffc0802024d2:	6de010ef          	jal	ffffffc080203bb0 <panic>

ffffffc0802024d6 <inode_table_init>:
{
ffffffc0802024d6:	7179                	add	sp,sp,-48
ffffffc0802024d8:	f406                	sd	ra,40(sp)
ffffffc0802024da:	f022                	sd	s0,32(sp)
ffffffc0802024dc:	ec26                	sd	s1,24(sp)
ffffffc0802024de:	e84a                	sd	s2,16(sp)
ffffffc0802024e0:	e44e                	sd	s3,8(sp)
ffffffc0802024e2:	e052                	sd	s4,0(sp)
ffffffc0802024e4:	1800                	add	s0,sp,48
  spin_init(&itable.lock, "itable");
ffffffc0802024e6:	00006597          	auipc	a1,0x6
ffffffc0802024ea:	06a58593          	add	a1,a1,106 # ffffffc080208550 <__func__.0+0x38>
ffffffc0802024ee:	0027b517          	auipc	a0,0x27b
ffffffc0802024f2:	1d250513          	add	a0,a0,466 # ffffffc08047d6c0 <itable>
ffffffc0802024f6:	1d2040ef          	jal	ffffffc0802066c8 <spin_init>
  sleeplock_init(&fs_ns_lock, "fs_ns");
ffffffc0802024fa:	00006597          	auipc	a1,0x6
ffffffc0802024fe:	05e58593          	add	a1,a1,94 # ffffffc080208558 <__func__.0+0x40>
ffffffc080202502:	0027b517          	auipc	a0,0x27b
ffffffc080202506:	19650513          	add	a0,a0,406 # ffffffc08047d698 <fs_ns_lock>
ffffffc08020250a:	0e4040ef          	jal	ffffffc0802065ee <sleeplock_init>
  for (int i = 0; i < NINODE; i++) {
ffffffc08020250e:	0027b497          	auipc	s1,0x27b
ffffffc080202512:	1e248493          	add	s1,s1,482 # ffffffc08047d6f0 <itable+0x30>
ffffffc080202516:	4901                	li	s2,0
    sleeplock_init(&itable.inode[i].lock, "inode");
ffffffc080202518:	00006a17          	auipc	s4,0x6
ffffffc08020251c:	048a0a13          	add	s4,s4,72 # ffffffc080208560 <__func__.0+0x48>
  for (int i = 0; i < NINODE; i++) {
ffffffc080202520:	40000993          	li	s3,1024
    itable.inode[i].inum = i + 1;
ffffffc080202524:	2905                	addw	s2,s2,1
    sleeplock_init(&itable.inode[i].lock, "inode");
ffffffc080202526:	8526                	mv	a0,s1
    itable.inode[i].inum = i + 1;
ffffffc080202528:	ff24a423          	sw	s2,-24(s1)
    sleeplock_init(&itable.inode[i].lock, "inode");
ffffffc08020252c:	85d2                	mv	a1,s4
ffffffc08020252e:	0c0040ef          	jal	ffffffc0802065ee <sleeplock_init>
  for (int i = 0; i < NINODE; i++) {
ffffffc080202532:	05048493          	add	s1,s1,80
ffffffc080202536:	ff3917e3          	bne	s2,s3,ffffffc080202524 <inode_table_init+0x4e>
}
ffffffc08020253a:	70a2                	ld	ra,40(sp)
ffffffc08020253c:	7402                	ld	s0,32(sp)
ffffffc08020253e:	64e2                	ld	s1,24(sp)
ffffffc080202540:	6942                	ld	s2,16(sp)
ffffffc080202542:	69a2                	ld	s3,8(sp)
ffffffc080202544:	6a02                	ld	s4,0(sp)
ffffffc080202546:	6145                	add	sp,sp,48
ffffffc080202548:	8082                	ret

ffffffc08020254a <inode_alloc>:
{
ffffffc08020254a:	715d                	add	sp,sp,-80
  KASSERT(type == T_DIR || type == T_FILE || type == T_DEVICE);
ffffffc08020254c:	fff5079b          	addw	a5,a0,-1
{
ffffffc080202550:	e0a2                	sd	s0,64(sp)
ffffffc080202552:	e486                	sd	ra,72(sp)
ffffffc080202554:	fc26                	sd	s1,56(sp)
ffffffc080202556:	f84a                	sd	s2,48(sp)
ffffffc080202558:	f44e                	sd	s3,40(sp)
ffffffc08020255a:	f052                	sd	s4,32(sp)
ffffffc08020255c:	ec56                	sd	s5,24(sp)
ffffffc08020255e:	e85a                	sd	s6,16(sp)
ffffffc080202560:	e45e                	sd	s7,8(sp)
ffffffc080202562:	0880                	add	s0,sp,80
  KASSERT(type == T_DIR || type == T_FILE || type == T_DEVICE);
ffffffc080202564:	17c2                	sll	a5,a5,0x30
ffffffc080202566:	93c1                	srl	a5,a5,0x30
ffffffc080202568:	4709                	li	a4,2
ffffffc08020256a:	0af76463          	bltu	a4,a5,ffffffc080202612 <inode_alloc+0xc8>
ffffffc08020256e:	8baa                	mv	s7,a0
  spin_lock(&itable.lock);
ffffffc080202570:	0027b517          	auipc	a0,0x27b
ffffffc080202574:	15050513          	add	a0,a0,336 # ffffffc08047d6c0 <itable>
ffffffc080202578:	8a2e                	mv	s4,a1
ffffffc08020257a:	89b2                	mv	s3,a2
ffffffc08020257c:	162040ef          	jal	ffffffc0802066de <spin_lock>
  for (int i = 0; i < NINODE; i++) {
ffffffc080202580:	4481                	li	s1,0
ffffffc080202582:	0027b797          	auipc	a5,0x27b
ffffffc080202586:	15a78793          	add	a5,a5,346 # ffffffc08047d6dc <itable+0x1c>
ffffffc08020258a:	40000693          	li	a3,1024
ffffffc08020258e:	a031                	j	ffffffc08020259a <inode_alloc+0x50>
ffffffc080202590:	2485                	addw	s1,s1,1
ffffffc080202592:	05078793          	add	a5,a5,80
ffffffc080202596:	06d48663          	beq	s1,a3,ffffffc080202602 <inode_alloc+0xb8>
    if (itable.inode[i].type == 0) {
ffffffc08020259a:	00079703          	lh	a4,0(a5)
ffffffc08020259e:	fb6d                	bnez	a4,ffffffc080202590 <inode_alloc+0x46>
      ip = &itable.inode[i];
ffffffc0802025a0:	00249793          	sll	a5,s1,0x2
ffffffc0802025a4:	97a6                	add	a5,a5,s1
ffffffc0802025a6:	0027ba97          	auipc	s5,0x27b
ffffffc0802025aa:	11aa8a93          	add	s5,s5,282 # ffffffc08047d6c0 <itable>
ffffffc0802025ae:	0792                	sll	a5,a5,0x4
      ip->type = type;
ffffffc0802025b0:	00fa8b33          	add	s6,s5,a5
      ip = &itable.inode[i];
ffffffc0802025b4:	07e1                	add	a5,a5,24
  spin_unlock(&itable.lock);
ffffffc0802025b6:	8556                	mv	a0,s5
      ip = &itable.inode[i];
ffffffc0802025b8:	01578933          	add	s2,a5,s5
      ip->ref = 1;
ffffffc0802025bc:	4785                	li	a5,1
ffffffc0802025be:	02fb2223          	sw	a5,36(s6)
  ip->size = 0;
ffffffc0802025c2:	0485                	add	s1,s1,1
      ip->type = type;
ffffffc0802025c4:	017b1e23          	sh	s7,28(s6)
  spin_unlock(&itable.lock);
ffffffc0802025c8:	210040ef          	jal	ffffffc0802067d8 <spin_unlock>
  ip->size = 0;
ffffffc0802025cc:	00249793          	sll	a5,s1,0x2
ffffffc0802025d0:	97a6                	add	a5,a5,s1
ffffffc0802025d2:	0792                	sll	a5,a5,0x4
ffffffc0802025d4:	9abe                	add	s5,s5,a5
  ip->major = major;
ffffffc0802025d6:	014b1f23          	sh	s4,30(s6)
  ip->minor = minor;
ffffffc0802025da:	033b1023          	sh	s3,32(s6)
  ip->nlink = 0;
ffffffc0802025de:	020b1423          	sh	zero,40(s6)
  ip->size = 0;
ffffffc0802025e2:	000ab423          	sd	zero,8(s5)
  ip->pages = NULL;
ffffffc0802025e6:	000ab823          	sd	zero,16(s5)
}
ffffffc0802025ea:	60a6                	ld	ra,72(sp)
ffffffc0802025ec:	6406                	ld	s0,64(sp)
ffffffc0802025ee:	74e2                	ld	s1,56(sp)
ffffffc0802025f0:	79a2                	ld	s3,40(sp)
ffffffc0802025f2:	7a02                	ld	s4,32(sp)
ffffffc0802025f4:	6ae2                	ld	s5,24(sp)
ffffffc0802025f6:	6b42                	ld	s6,16(sp)
ffffffc0802025f8:	6ba2                	ld	s7,8(sp)
ffffffc0802025fa:	854a                	mv	a0,s2
ffffffc0802025fc:	7942                	ld	s2,48(sp)
ffffffc0802025fe:	6161                	add	sp,sp,80
ffffffc080202600:	8082                	ret
  spin_unlock(&itable.lock);
ffffffc080202602:	0027b517          	auipc	a0,0x27b
ffffffc080202606:	0be50513          	add	a0,a0,190 # ffffffc08047d6c0 <itable>
ffffffc08020260a:	1ce040ef          	jal	ffffffc0802067d8 <spin_unlock>
    return NULL;
ffffffc08020260e:	4901                	li	s2,0
ffffffc080202610:	bfe9                	j	ffffffc0802025ea <inode_alloc+0xa0>
  KASSERT(type == T_DIR || type == T_FILE || type == T_DEVICE);
ffffffc080202612:	00006717          	auipc	a4,0x6
ffffffc080202616:	f5670713          	add	a4,a4,-170 # ffffffc080208568 <__func__.0+0x50>
ffffffc08020261a:	00006697          	auipc	a3,0x6
ffffffc08020261e:	fd668693          	add	a3,a3,-42 # ffffffc0802085f0 <__func__.5>
ffffffc080202622:	02b00613          	li	a2,43
ffffffc080202626:	00006597          	auipc	a1,0x6
ffffffc08020262a:	f1258593          	add	a1,a1,-238 # ffffffc080208538 <__func__.0+0x20>
ffffffc08020262e:	00006517          	auipc	a0,0x6
ffffffc080202632:	a4250513          	add	a0,a0,-1470 # ffffffc080208070 <__func__.0+0x40>
ffffffc080202636:	57a010ef          	jal	ffffffc080203bb0 <panic>

ffffffc08020263a <inode_get>:
{
ffffffc08020263a:	7179                	add	sp,sp,-48
ffffffc08020263c:	f022                	sd	s0,32(sp)
ffffffc08020263e:	f406                	sd	ra,40(sp)
ffffffc080202640:	ec26                	sd	s1,24(sp)
ffffffc080202642:	e84a                	sd	s2,16(sp)
ffffffc080202644:	e44e                	sd	s3,8(sp)
ffffffc080202646:	1800                	add	s0,sp,48
  KASSERT(inum >= 1 && inum <= NINODE);
ffffffc080202648:	357d                	addw	a0,a0,-1
ffffffc08020264a:	0005071b          	sext.w	a4,a0
ffffffc08020264e:	3ff00793          	li	a5,1023
ffffffc080202652:	04e7e663          	bltu	a5,a4,ffffffc08020269e <inode_get+0x64>
  return inode_dup(&itable.inode[inum - 1]);
ffffffc080202656:	1502                	sll	a0,a0,0x20
ffffffc080202658:	9101                	srl	a0,a0,0x20
ffffffc08020265a:	0027b917          	auipc	s2,0x27b
ffffffc08020265e:	06690913          	add	s2,s2,102 # ffffffc08047d6c0 <itable>
ffffffc080202662:	00251793          	sll	a5,a0,0x2
ffffffc080202666:	97aa                	add	a5,a5,a0
  spin_lock(&itable.lock);
ffffffc080202668:	854a                	mv	a0,s2
  return inode_dup(&itable.inode[inum - 1]);
ffffffc08020266a:	00479493          	sll	s1,a5,0x4
  spin_lock(&itable.lock);
ffffffc08020266e:	070040ef          	jal	ffffffc0802066de <spin_lock>
  KASSERT(ip->type != 0);
ffffffc080202672:	009907b3          	add	a5,s2,s1
ffffffc080202676:	01c79703          	lh	a4,28(a5)
  return inode_dup(&itable.inode[inum - 1]);
ffffffc08020267a:	01848993          	add	s3,s1,24
ffffffc08020267e:	99ca                	add	s3,s3,s2
  KASSERT(ip->type != 0);
ffffffc080202680:	c339                	beqz	a4,ffffffc0802026c6 <inode_get+0x8c>
  ip->ref++;
ffffffc080202682:	53d8                	lw	a4,36(a5)
  spin_unlock(&itable.lock);
ffffffc080202684:	854a                	mv	a0,s2
  ip->ref++;
ffffffc080202686:	2705                	addw	a4,a4,1
ffffffc080202688:	d3d8                	sw	a4,36(a5)
  spin_unlock(&itable.lock);
ffffffc08020268a:	14e040ef          	jal	ffffffc0802067d8 <spin_unlock>
}
ffffffc08020268e:	70a2                	ld	ra,40(sp)
ffffffc080202690:	7402                	ld	s0,32(sp)
ffffffc080202692:	64e2                	ld	s1,24(sp)
ffffffc080202694:	6942                	ld	s2,16(sp)
ffffffc080202696:	854e                	mv	a0,s3
ffffffc080202698:	69a2                	ld	s3,8(sp)
ffffffc08020269a:	6145                	add	sp,sp,48
ffffffc08020269c:	8082                	ret
  KASSERT(inum >= 1 && inum <= NINODE);
ffffffc08020269e:	00006717          	auipc	a4,0x6
ffffffc0802026a2:	f0270713          	add	a4,a4,-254 # ffffffc0802085a0 <__func__.0+0x88>
ffffffc0802026a6:	00006697          	auipc	a3,0x6
ffffffc0802026aa:	f5a68693          	add	a3,a3,-166 # ffffffc080208600 <__func__.4>
ffffffc0802026ae:	04600613          	li	a2,70
ffffffc0802026b2:	00006597          	auipc	a1,0x6
ffffffc0802026b6:	e8658593          	add	a1,a1,-378 # ffffffc080208538 <__func__.0+0x20>
ffffffc0802026ba:	00006517          	auipc	a0,0x6
ffffffc0802026be:	9b650513          	add	a0,a0,-1610 # ffffffc080208070 <__func__.0+0x40>
ffffffc0802026c2:	4ee010ef          	jal	ffffffc080203bb0 <panic>
ffffffc0802026c6:	de1ff0ef          	jal	ffffffc0802024a6 <inode_dup.part.0>

ffffffc0802026ca <inode_dup>:
{
ffffffc0802026ca:	1101                	add	sp,sp,-32
ffffffc0802026cc:	e822                	sd	s0,16(sp)
ffffffc0802026ce:	e426                	sd	s1,8(sp)
ffffffc0802026d0:	ec06                	sd	ra,24(sp)
ffffffc0802026d2:	1000                	add	s0,sp,32
ffffffc0802026d4:	84aa                	mv	s1,a0
  spin_lock(&itable.lock);
ffffffc0802026d6:	0027b517          	auipc	a0,0x27b
ffffffc0802026da:	fea50513          	add	a0,a0,-22 # ffffffc08047d6c0 <itable>
ffffffc0802026de:	000040ef          	jal	ffffffc0802066de <spin_lock>
  KASSERT(ip->type != 0);
ffffffc0802026e2:	00449783          	lh	a5,4(s1)
ffffffc0802026e6:	c385                	beqz	a5,ffffffc080202706 <inode_dup+0x3c>
  ip->ref++;
ffffffc0802026e8:	44dc                	lw	a5,12(s1)
  spin_unlock(&itable.lock);
ffffffc0802026ea:	0027b517          	auipc	a0,0x27b
ffffffc0802026ee:	fd650513          	add	a0,a0,-42 # ffffffc08047d6c0 <itable>
  ip->ref++;
ffffffc0802026f2:	2785                	addw	a5,a5,1
ffffffc0802026f4:	c4dc                	sw	a5,12(s1)
  spin_unlock(&itable.lock);
ffffffc0802026f6:	0e2040ef          	jal	ffffffc0802067d8 <spin_unlock>
  return ip;
}
ffffffc0802026fa:	60e2                	ld	ra,24(sp)
ffffffc0802026fc:	6442                	ld	s0,16(sp)
ffffffc0802026fe:	8526                	mv	a0,s1
ffffffc080202700:	64a2                	ld	s1,8(sp)
ffffffc080202702:	6105                	add	sp,sp,32
ffffffc080202704:	8082                	ret
ffffffc080202706:	da1ff0ef          	jal	ffffffc0802024a6 <inode_dup.part.0>

ffffffc08020270a <inode_put>:
/* Drops a reference. When it was the last one and no directory entry
 * names the inode, its pages are freed and the slot reused. No lock held
 * on entry, except possibly fs_ns_lock. (nlink cannot change under us once
 * ref is 0: changing it needs a reference.) */
void inode_put(struct inode *ip)
{
ffffffc08020270a:	7179                	add	sp,sp,-48
ffffffc08020270c:	f022                	sd	s0,32(sp)
ffffffc08020270e:	e44e                	sd	s3,8(sp)
ffffffc080202710:	f406                	sd	ra,40(sp)
ffffffc080202712:	ec26                	sd	s1,24(sp)
ffffffc080202714:	e84a                	sd	s2,16(sp)
ffffffc080202716:	1800                	add	s0,sp,48
ffffffc080202718:	89aa                	mv	s3,a0
  spin_lock(&itable.lock);
ffffffc08020271a:	0027b517          	auipc	a0,0x27b
ffffffc08020271e:	fa650513          	add	a0,a0,-90 # ffffffc08047d6c0 <itable>
ffffffc080202722:	7bd030ef          	jal	ffffffc0802066de <spin_lock>
  KASSERT(ip->ref > 0);
ffffffc080202726:	00c9a783          	lw	a5,12(s3)
ffffffc08020272a:	06f05b63          	blez	a5,ffffffc0802027a0 <inode_put+0x96>
  ip->ref--;
ffffffc08020272e:	fff7871b          	addw	a4,a5,-1
ffffffc080202732:	00e9a623          	sw	a4,12(s3)
  bool dead = ip->ref == 0 && ip->nlink == 0;
  spin_unlock(&itable.lock);
ffffffc080202736:	0027b517          	auipc	a0,0x27b
ffffffc08020273a:	f8a50513          	add	a0,a0,-118 # ffffffc08047d6c0 <itable>
  bool dead = ip->ref == 0 && ip->nlink == 0;
ffffffc08020273e:	eb29                	bnez	a4,ffffffc080202790 <inode_put+0x86>
ffffffc080202740:	01099783          	lh	a5,16(s3)
ffffffc080202744:	e7b1                	bnez	a5,ffffffc080202790 <inode_put+0x86>
  spin_unlock(&itable.lock);
ffffffc080202746:	092040ef          	jal	ffffffc0802067d8 <spin_unlock>
  if (ip->pages == NULL)
ffffffc08020274a:	0489b703          	ld	a4,72(s3)
ffffffc08020274e:	c31d                	beqz	a4,ffffffc080202774 <inode_put+0x6a>
ffffffc080202750:	4481                	li	s1,0
  for (int i = 0; i < MAXFILEPAGES; i++)
ffffffc080202752:	6905                	lui	s2,0x1
    if (ip->pages[i] != NULL)
ffffffc080202754:	009707b3          	add	a5,a4,s1
ffffffc080202758:	6388                	ld	a0,0(a5)
ffffffc08020275a:	c509                	beqz	a0,ffffffc080202764 <inode_put+0x5a>
      page_free(ip->pages[i]);
ffffffc08020275c:	7bd010ef          	jal	ffffffc080204718 <page_free>
  page_free(ip->pages);
ffffffc080202760:	0489b703          	ld	a4,72(s3)
  for (int i = 0; i < MAXFILEPAGES; i++)
ffffffc080202764:	04a1                	add	s1,s1,8
ffffffc080202766:	ff2497e3          	bne	s1,s2,ffffffc080202754 <inode_put+0x4a>
  page_free(ip->pages);
ffffffc08020276a:	853a                	mv	a0,a4
ffffffc08020276c:	7ad010ef          	jal	ffffffc080204718 <page_free>
  ip->pages = NULL;
ffffffc080202770:	0409b423          	sd	zero,72(s3)
  if (!dead)
    return;
  /* Unreachable now: no entry names it and nobody holds it. */
  inode_free_pages(ip);
  ip->size = 0;
  spin_lock(&itable.lock);
ffffffc080202774:	0027b517          	auipc	a0,0x27b
ffffffc080202778:	f4c50513          	add	a0,a0,-180 # ffffffc08047d6c0 <itable>
  ip->size = 0;
ffffffc08020277c:	0409b023          	sd	zero,64(s3)
  spin_lock(&itable.lock);
ffffffc080202780:	75f030ef          	jal	ffffffc0802066de <spin_lock>
  ip->type = 0;
  spin_unlock(&itable.lock);
ffffffc080202784:	0027b517          	auipc	a0,0x27b
ffffffc080202788:	f3c50513          	add	a0,a0,-196 # ffffffc08047d6c0 <itable>
  ip->type = 0;
ffffffc08020278c:	00099223          	sh	zero,4(s3)
}
ffffffc080202790:	7402                	ld	s0,32(sp)
ffffffc080202792:	70a2                	ld	ra,40(sp)
ffffffc080202794:	64e2                	ld	s1,24(sp)
ffffffc080202796:	6942                	ld	s2,16(sp)
ffffffc080202798:	69a2                	ld	s3,8(sp)
ffffffc08020279a:	6145                	add	sp,sp,48
  spin_unlock(&itable.lock);
ffffffc08020279c:	03c0406f          	j	ffffffc0802067d8 <spin_unlock>
  KASSERT(ip->ref > 0);
ffffffc0802027a0:	00006717          	auipc	a4,0x6
ffffffc0802027a4:	e2070713          	add	a4,a4,-480 # ffffffc0802085c0 <__func__.0+0xa8>
ffffffc0802027a8:	00006697          	auipc	a3,0x6
ffffffc0802027ac:	e6868693          	add	a3,a3,-408 # ffffffc080208610 <__func__.2>
ffffffc0802027b0:	06900613          	li	a2,105
ffffffc0802027b4:	00006597          	auipc	a1,0x6
ffffffc0802027b8:	d8458593          	add	a1,a1,-636 # ffffffc080208538 <__func__.0+0x20>
ffffffc0802027bc:	00006517          	auipc	a0,0x6
ffffffc0802027c0:	8b450513          	add	a0,a0,-1868 # ffffffc080208070 <__func__.0+0x40>
ffffffc0802027c4:	3ec010ef          	jal	ffffffc080203bb0 <panic>

ffffffc0802027c8 <inode_type>:

/* Returns T_DIR, T_FILE or T_DEVICE. Caller holds a reference. */
int inode_type(struct inode *ip)
{
ffffffc0802027c8:	1141                	add	sp,sp,-16
ffffffc0802027ca:	e422                	sd	s0,8(sp)
ffffffc0802027cc:	0800                	add	s0,sp,16
  return ip->type;
}
ffffffc0802027ce:	6422                	ld	s0,8(sp)
ffffffc0802027d0:	00451503          	lh	a0,4(a0)
ffffffc0802027d4:	0141                	add	sp,sp,16
ffffffc0802027d6:	8082                	ret

ffffffc0802027d8 <inode_major>:

/* Returns a device inode's major number (0 for others). Caller holds a
 * reference. */
int inode_major(struct inode *ip)
{
ffffffc0802027d8:	1141                	add	sp,sp,-16
ffffffc0802027da:	e422                	sd	s0,8(sp)
ffffffc0802027dc:	0800                	add	s0,sp,16
  return ip->major;
}
ffffffc0802027de:	6422                	ld	s0,8(sp)
ffffffc0802027e0:	00651503          	lh	a0,6(a0)
ffffffc0802027e4:	0141                	add	sp,sp,16
ffffffc0802027e6:	8082                	ret

ffffffc0802027e8 <inode_lock>:

/* Takes ip's data lock (sleeps). Caller holds a reference. */
void inode_lock(struct inode *ip)
{
ffffffc0802027e8:	1141                	add	sp,sp,-16
ffffffc0802027ea:	e422                	sd	s0,8(sp)
ffffffc0802027ec:	0800                	add	s0,sp,16
  sleeplock_acquire(&ip->lock);
}
ffffffc0802027ee:	6422                	ld	s0,8(sp)
  sleeplock_acquire(&ip->lock);
ffffffc0802027f0:	0561                	add	a0,a0,24
}
ffffffc0802027f2:	0141                	add	sp,sp,16
  sleeplock_acquire(&ip->lock);
ffffffc0802027f4:	62f0306f          	j	ffffffc080206622 <sleeplock_acquire>

ffffffc0802027f8 <inode_unlock>:

/* Releases ip's data lock. Caller holds it. */
void inode_unlock(struct inode *ip)
{
ffffffc0802027f8:	1141                	add	sp,sp,-16
ffffffc0802027fa:	e422                	sd	s0,8(sp)
ffffffc0802027fc:	0800                	add	s0,sp,16
  sleeplock_release(&ip->lock);
}
ffffffc0802027fe:	6422                	ld	s0,8(sp)
  sleeplock_release(&ip->lock);
ffffffc080202800:	0561                	add	a0,a0,24
}
ffffffc080202802:	0141                	add	sp,sp,16
  sleeplock_release(&ip->lock);
ffffffc080202804:	65b0306f          	j	ffffffc08020665e <sleeplock_release>

ffffffc080202808 <inode_read_locked>:

/* Returns bytes copied out of ip from off (at most n), 0 at end of file,
 * or -1 when the first copy failed. Caller holds ip->lock. */
int inode_read_locked(struct inode *ip, int user_dst, uint64 dst, uint64 off,
                      uint64 n)
{
ffffffc080202808:	711d                	add	sp,sp,-96
ffffffc08020280a:	e8a2                	sd	s0,80(sp)
ffffffc08020280c:	e466                	sd	s9,8(sp)
ffffffc08020280e:	ec86                	sd	ra,88(sp)
ffffffc080202810:	e4a6                	sd	s1,72(sp)
ffffffc080202812:	e0ca                	sd	s2,64(sp)
ffffffc080202814:	fc4e                	sd	s3,56(sp)
ffffffc080202816:	f852                	sd	s4,48(sp)
ffffffc080202818:	f456                	sd	s5,40(sp)
ffffffc08020281a:	f05a                	sd	s6,32(sp)
ffffffc08020281c:	ec5e                	sd	s7,24(sp)
ffffffc08020281e:	e862                	sd	s8,16(sp)
ffffffc080202820:	1080                	add	s0,sp,96
  if (off >= ip->size)
ffffffc080202822:	04053c83          	ld	s9,64(a0)
ffffffc080202826:	0b96f763          	bgeu	a3,s9,ffffffc0802028d4 <inode_read_locked+0xcc>
    return 0;
  if (n > ip->size - off)
ffffffc08020282a:	40dc8cb3          	sub	s9,s9,a3
ffffffc08020282e:	8a2a                	mv	s4,a0
ffffffc080202830:	89b6                	mv	s3,a3
ffffffc080202832:	8aae                	mv	s5,a1
ffffffc080202834:	8b32                	mv	s6,a2
ffffffc080202836:	07976c63          	bltu	a4,s9,ffffffc0802028ae <inode_read_locked+0xa6>
    n = ip->size - off;
  uint64 done = 0;
  while (done < n) {
ffffffc08020283a:	080c8d63          	beqz	s9,ffffffc0802028d4 <inode_read_locked+0xcc>
    uint64 pos = off + done;
    uint64 m = PGSIZE - pos % PGSIZE;
ffffffc08020283e:	6b85                	lui	s7,0x1
  uint64 done = 0;
ffffffc080202840:	4481                	li	s1,0
    uint64 m = PGSIZE - pos % PGSIZE;
ffffffc080202842:	fffb8c13          	add	s8,s7,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc080202846:	a015                	j	ffffffc08020286a <inode_read_locked+0x62>
    if (m > n - done)
      m = n - done;
    char *page = inode_page(ip, pos / PGSIZE, false);
ffffffc080202848:	83b1                	srl	a5,a5,0xc
  if (ip->pages[pg] == NULL && alloc)
ffffffc08020284a:	078e                	sll	a5,a5,0x3
ffffffc08020284c:	973e                	add	a4,a4,a5
ffffffc08020284e:	631c                	ld	a5,0(a4)
    KASSERT(page != NULL); /* every page below size exists */
ffffffc080202850:	cb9d                	beqz	a5,ffffffc080202886 <inode_read_locked+0x7e>
    if (either_copyout(user_dst, dst + done, page + pos % PGSIZE, m) < 0)
ffffffc080202852:	86ca                	mv	a3,s2
ffffffc080202854:	963e                	add	a2,a2,a5
ffffffc080202856:	009b05b3          	add	a1,s6,s1
ffffffc08020285a:	8556                	mv	a0,s5
ffffffc08020285c:	2b4020ef          	jal	ffffffc080204b10 <either_copyout>
ffffffc080202860:	04054963          	bltz	a0,ffffffc0802028b2 <inode_read_locked+0xaa>
      return done > 0 ? (int)done : -1;
    done += m;
ffffffc080202864:	94ca                	add	s1,s1,s2
  while (done < n) {
ffffffc080202866:	0594f863          	bgeu	s1,s9,ffffffc0802028b6 <inode_read_locked+0xae>
    uint64 pos = off + done;
ffffffc08020286a:	009987b3          	add	a5,s3,s1
    uint64 m = PGSIZE - pos % PGSIZE;
ffffffc08020286e:	0187f633          	and	a2,a5,s8
ffffffc080202872:	40cb8733          	sub	a4,s7,a2
ffffffc080202876:	409c8933          	sub	s2,s9,s1
ffffffc08020287a:	01277363          	bgeu	a4,s2,ffffffc080202880 <inode_read_locked+0x78>
ffffffc08020287e:	893a                	mv	s2,a4
  if (ip->pages == NULL) {
ffffffc080202880:	048a3703          	ld	a4,72(s4)
ffffffc080202884:	f371                	bnez	a4,ffffffc080202848 <inode_read_locked+0x40>
    KASSERT(page != NULL); /* every page below size exists */
ffffffc080202886:	00006717          	auipc	a4,0x6
ffffffc08020288a:	d4a70713          	add	a4,a4,-694 # ffffffc0802085d0 <__func__.0+0xb8>
ffffffc08020288e:	00006697          	auipc	a3,0x6
ffffffc080202892:	d9268693          	add	a3,a3,-622 # ffffffc080208620 <__func__.1>
ffffffc080202896:	0b000613          	li	a2,176
ffffffc08020289a:	00006597          	auipc	a1,0x6
ffffffc08020289e:	c9e58593          	add	a1,a1,-866 # ffffffc080208538 <__func__.0+0x20>
ffffffc0802028a2:	00005517          	auipc	a0,0x5
ffffffc0802028a6:	7ce50513          	add	a0,a0,1998 # ffffffc080208070 <__func__.0+0x40>
ffffffc0802028aa:	306010ef          	jal	ffffffc080203bb0 <panic>
ffffffc0802028ae:	8cba                	mv	s9,a4
ffffffc0802028b0:	b769                	j	ffffffc08020283a <inode_read_locked+0x32>
      return done > 0 ? (int)done : -1;
ffffffc0802028b2:	557d                	li	a0,-1
ffffffc0802028b4:	c099                	beqz	s1,ffffffc0802028ba <inode_read_locked+0xb2>
  }
  return (int)done;
ffffffc0802028b6:	0004851b          	sext.w	a0,s1
}
ffffffc0802028ba:	60e6                	ld	ra,88(sp)
ffffffc0802028bc:	6446                	ld	s0,80(sp)
ffffffc0802028be:	64a6                	ld	s1,72(sp)
ffffffc0802028c0:	6906                	ld	s2,64(sp)
ffffffc0802028c2:	79e2                	ld	s3,56(sp)
ffffffc0802028c4:	7a42                	ld	s4,48(sp)
ffffffc0802028c6:	7aa2                	ld	s5,40(sp)
ffffffc0802028c8:	7b02                	ld	s6,32(sp)
ffffffc0802028ca:	6be2                	ld	s7,24(sp)
ffffffc0802028cc:	6c42                	ld	s8,16(sp)
ffffffc0802028ce:	6ca2                	ld	s9,8(sp)
ffffffc0802028d0:	6125                	add	sp,sp,96
ffffffc0802028d2:	8082                	ret
    return 0;
ffffffc0802028d4:	4501                	li	a0,0
ffffffc0802028d6:	b7d5                	j	ffffffc0802028ba <inode_read_locked+0xb2>

ffffffc0802028d8 <inode_write_locked>:
/* Returns bytes written into ip at off (at most n), or -1 when none could
 * be: off past the end, file at its size limit, no memory, bad source.
 * Grows size to cover what was written. Caller holds ip->lock. */
int inode_write_locked(struct inode *ip, int user_src, uint64 src, uint64 off,
                       uint64 n)
{
ffffffc0802028d8:	7119                	add	sp,sp,-128
ffffffc0802028da:	f8a2                	sd	s0,112(sp)
ffffffc0802028dc:	fc86                	sd	ra,120(sp)
ffffffc0802028de:	f4a6                	sd	s1,104(sp)
ffffffc0802028e0:	f0ca                	sd	s2,96(sp)
ffffffc0802028e2:	ecce                	sd	s3,88(sp)
ffffffc0802028e4:	e8d2                	sd	s4,80(sp)
ffffffc0802028e6:	e4d6                	sd	s5,72(sp)
ffffffc0802028e8:	e0da                	sd	s6,64(sp)
ffffffc0802028ea:	fc5e                	sd	s7,56(sp)
ffffffc0802028ec:	f862                	sd	s8,48(sp)
ffffffc0802028ee:	f466                	sd	s9,40(sp)
ffffffc0802028f0:	f06a                	sd	s10,32(sp)
ffffffc0802028f2:	ec6e                	sd	s11,24(sp)
ffffffc0802028f4:	0100                	add	s0,sp,128
  if (off > ip->size || off >= MAXFILESIZE)
ffffffc0802028f6:	613c                	ld	a5,64(a0)
{
ffffffc0802028f8:	f8b43423          	sd	a1,-120(s0)
  if (off > ip->size || off >= MAXFILESIZE)
ffffffc0802028fc:	08d7e763          	bltu	a5,a3,ffffffc08020298a <inode_write_locked+0xb2>
ffffffc080202900:	002009b7          	lui	s3,0x200
ffffffc080202904:	8a36                	mv	s4,a3
ffffffc080202906:	0936f263          	bgeu	a3,s3,ffffffc08020298a <inode_write_locked+0xb2>
    return -1;
  if (n > MAXFILESIZE - off)
ffffffc08020290a:	40d989b3          	sub	s3,s3,a3
ffffffc08020290e:	8daa                	mv	s11,a0
ffffffc080202910:	8b32                	mv	s6,a2
ffffffc080202912:	0b376863          	bltu	a4,s3,ffffffc0802029c2 <inode_write_locked+0xea>
    n = MAXFILESIZE - off;
  uint64 done = 0;
  while (done < n) {
ffffffc080202916:	0a098863          	beqz	s3,ffffffc0802029c6 <inode_write_locked+0xee>
    uint64 pos = off + done;
    uint64 m = PGSIZE - pos % PGSIZE;
ffffffc08020291a:	6b85                	lui	s7,0x1
  uint64 done = 0;
ffffffc08020291c:	4c81                	li	s9,0
ffffffc08020291e:	87d2                	mv	a5,s4
    uint64 m = PGSIZE - pos % PGSIZE;
ffffffc080202920:	fffb8c13          	add	s8,s7,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc080202924:	0187fab3          	and	s5,a5,s8
    if (m > n - done)
ffffffc080202928:	41998d33          	sub	s10,s3,s9
    uint64 m = PGSIZE - pos % PGSIZE;
ffffffc08020292c:	415b86b3          	sub	a3,s7,s5
ffffffc080202930:	01a6f363          	bgeu	a3,s10,ffffffc080202936 <inode_write_locked+0x5e>
ffffffc080202934:	8d36                	mv	s10,a3
  if (ip->pages == NULL) {
ffffffc080202936:	048db503          	ld	a0,72(s11)
      m = n - done;
    char *page = inode_page(ip, pos / PGSIZE, true);
ffffffc08020293a:	83b1                	srl	a5,a5,0xc
  if (ip->pages[pg] == NULL && alloc)
ffffffc08020293c:	00379493          	sll	s1,a5,0x3
  if (ip->pages == NULL) {
ffffffc080202940:	cd15                	beqz	a0,ffffffc08020297c <inode_write_locked+0xa4>
  if (ip->pages[pg] == NULL && alloc)
ffffffc080202942:	00950933          	add	s2,a0,s1
ffffffc080202946:	00093503          	ld	a0,0(s2) # 1000 <KERNEL_PA-0x801ff000>
ffffffc08020294a:	c125                	beqz	a0,ffffffc0802029aa <inode_write_locked+0xd2>
    if (page == NULL)
      break;
    if (either_copyin(page + pos % PGSIZE, user_src, src + done, m) < 0)
ffffffc08020294c:	f8843583          	ld	a1,-120(s0)
ffffffc080202950:	016c8633          	add	a2,s9,s6
ffffffc080202954:	86ea                	mv	a3,s10
ffffffc080202956:	9556                	add	a0,a0,s5
ffffffc080202958:	27c020ef          	jal	ffffffc080204bd4 <either_copyin>
ffffffc08020295c:	02054563          	bltz	a0,ffffffc080202986 <inode_write_locked+0xae>
      break;
    done += m;
    if (off + done > ip->size)
ffffffc080202960:	040db703          	ld	a4,64(s11)
    done += m;
ffffffc080202964:	9cea                	add	s9,s9,s10
    if (off + done > ip->size)
ffffffc080202966:	019a07b3          	add	a5,s4,s9
ffffffc08020296a:	00f77463          	bgeu	a4,a5,ffffffc080202972 <inode_write_locked+0x9a>
      ip->size = off + done;
ffffffc08020296e:	04fdb023          	sd	a5,64(s11)
  while (done < n) {
ffffffc080202972:	fb3ce9e3          	bltu	s9,s3,ffffffc080202924 <inode_write_locked+0x4c>
  }
  if (done == 0 && n > 0)
    return -1;
  return (int)done;
ffffffc080202976:	000c851b          	sext.w	a0,s9
ffffffc08020297a:	a809                	j	ffffffc08020298c <inode_write_locked+0xb4>
    ip->pages = page_alloc_zeroed();
ffffffc08020297c:	4bd010ef          	jal	ffffffc080204638 <page_alloc_zeroed>
ffffffc080202980:	04adb423          	sd	a0,72(s11)
    if (ip->pages == NULL)
ffffffc080202984:	fd5d                	bnez	a0,ffffffc080202942 <inode_write_locked+0x6a>
  if (done == 0 && n > 0)
ffffffc080202986:	fe0c98e3          	bnez	s9,ffffffc080202976 <inode_write_locked+0x9e>
    return -1;
ffffffc08020298a:	557d                	li	a0,-1
}
ffffffc08020298c:	70e6                	ld	ra,120(sp)
ffffffc08020298e:	7446                	ld	s0,112(sp)
ffffffc080202990:	74a6                	ld	s1,104(sp)
ffffffc080202992:	7906                	ld	s2,96(sp)
ffffffc080202994:	69e6                	ld	s3,88(sp)
ffffffc080202996:	6a46                	ld	s4,80(sp)
ffffffc080202998:	6aa6                	ld	s5,72(sp)
ffffffc08020299a:	6b06                	ld	s6,64(sp)
ffffffc08020299c:	7be2                	ld	s7,56(sp)
ffffffc08020299e:	7c42                	ld	s8,48(sp)
ffffffc0802029a0:	7ca2                	ld	s9,40(sp)
ffffffc0802029a2:	7d02                	ld	s10,32(sp)
ffffffc0802029a4:	6de2                	ld	s11,24(sp)
ffffffc0802029a6:	6109                	add	sp,sp,128
ffffffc0802029a8:	8082                	ret
    ip->pages[pg] = page_alloc();
ffffffc0802029aa:	3a7010ef          	jal	ffffffc080204550 <page_alloc>
ffffffc0802029ae:	00a93023          	sd	a0,0(s2)
  return ip->pages[pg];
ffffffc0802029b2:	048db783          	ld	a5,72(s11)
ffffffc0802029b6:	97a6                	add	a5,a5,s1
ffffffc0802029b8:	6388                	ld	a0,0(a5)
    if (page == NULL)
ffffffc0802029ba:	f949                	bnez	a0,ffffffc08020294c <inode_write_locked+0x74>
  if (done == 0 && n > 0)
ffffffc0802029bc:	fc0c87e3          	beqz	s9,ffffffc08020298a <inode_write_locked+0xb2>
ffffffc0802029c0:	bf5d                	j	ffffffc080202976 <inode_write_locked+0x9e>
ffffffc0802029c2:	89ba                	mv	s3,a4
ffffffc0802029c4:	bf89                	j	ffffffc080202916 <inode_write_locked+0x3e>
  while (done < n) {
ffffffc0802029c6:	4501                	li	a0,0
  return (int)done;
ffffffc0802029c8:	b7d1                	j	ffffffc08020298c <inode_write_locked+0xb4>

ffffffc0802029ca <inode_truncate_locked>:

/* Empties ip. Caller holds ip->lock. */
void inode_truncate_locked(struct inode *ip)
{
ffffffc0802029ca:	7179                	add	sp,sp,-48
ffffffc0802029cc:	f022                	sd	s0,32(sp)
ffffffc0802029ce:	e44e                	sd	s3,8(sp)
ffffffc0802029d0:	f406                	sd	ra,40(sp)
ffffffc0802029d2:	ec26                	sd	s1,24(sp)
ffffffc0802029d4:	e84a                	sd	s2,16(sp)
ffffffc0802029d6:	1800                	add	s0,sp,48
  if (ip->pages == NULL)
ffffffc0802029d8:	6538                	ld	a4,72(a0)
{
ffffffc0802029da:	89aa                	mv	s3,a0
  if (ip->pages == NULL)
ffffffc0802029dc:	c31d                	beqz	a4,ffffffc080202a02 <inode_truncate_locked+0x38>
ffffffc0802029de:	4481                	li	s1,0
  for (int i = 0; i < MAXFILEPAGES; i++)
ffffffc0802029e0:	6905                	lui	s2,0x1
    if (ip->pages[i] != NULL)
ffffffc0802029e2:	009707b3          	add	a5,a4,s1
ffffffc0802029e6:	6388                	ld	a0,0(a5)
  for (int i = 0; i < MAXFILEPAGES; i++)
ffffffc0802029e8:	04a1                	add	s1,s1,8
    if (ip->pages[i] != NULL)
ffffffc0802029ea:	c509                	beqz	a0,ffffffc0802029f4 <inode_truncate_locked+0x2a>
      page_free(ip->pages[i]);
ffffffc0802029ec:	52d010ef          	jal	ffffffc080204718 <page_free>
  page_free(ip->pages);
ffffffc0802029f0:	0489b703          	ld	a4,72(s3) # 200048 <KERNEL_PA-0x7fffffb8>
  for (int i = 0; i < MAXFILEPAGES; i++)
ffffffc0802029f4:	ff2497e3          	bne	s1,s2,ffffffc0802029e2 <inode_truncate_locked+0x18>
  page_free(ip->pages);
ffffffc0802029f8:	853a                	mv	a0,a4
ffffffc0802029fa:	51f010ef          	jal	ffffffc080204718 <page_free>
  ip->pages = NULL;
ffffffc0802029fe:	0409b423          	sd	zero,72(s3)
  inode_free_pages(ip);
  ip->size = 0;
}
ffffffc080202a02:	70a2                	ld	ra,40(sp)
ffffffc080202a04:	7402                	ld	s0,32(sp)
  ip->size = 0;
ffffffc080202a06:	0409b023          	sd	zero,64(s3)
}
ffffffc080202a0a:	64e2                	ld	s1,24(sp)
ffffffc080202a0c:	6942                	ld	s2,16(sp)
ffffffc080202a0e:	69a2                	ld	s3,8(sp)
ffffffc080202a10:	6145                	add	sp,sp,48
ffffffc080202a12:	8082                	ret

ffffffc080202a14 <inode_truncate>:

/* Empties ip, taking ip->lock. Caller holds a reference. */
void inode_truncate(struct inode *ip)
{
ffffffc080202a14:	7179                	add	sp,sp,-48
ffffffc080202a16:	f022                	sd	s0,32(sp)
ffffffc080202a18:	e44e                	sd	s3,8(sp)
ffffffc080202a1a:	e052                	sd	s4,0(sp)
ffffffc080202a1c:	f406                	sd	ra,40(sp)
ffffffc080202a1e:	ec26                	sd	s1,24(sp)
ffffffc080202a20:	e84a                	sd	s2,16(sp)
ffffffc080202a22:	1800                	add	s0,sp,48
  sleeplock_acquire(&ip->lock);
ffffffc080202a24:	01850a13          	add	s4,a0,24
{
ffffffc080202a28:	89aa                	mv	s3,a0
  sleeplock_acquire(&ip->lock);
ffffffc080202a2a:	8552                	mv	a0,s4
ffffffc080202a2c:	3f7030ef          	jal	ffffffc080206622 <sleeplock_acquire>
  if (ip->pages == NULL)
ffffffc080202a30:	0489b703          	ld	a4,72(s3)
ffffffc080202a34:	c31d                	beqz	a4,ffffffc080202a5a <inode_truncate+0x46>
ffffffc080202a36:	4481                	li	s1,0
  for (int i = 0; i < MAXFILEPAGES; i++)
ffffffc080202a38:	6905                	lui	s2,0x1
    if (ip->pages[i] != NULL)
ffffffc080202a3a:	009707b3          	add	a5,a4,s1
ffffffc080202a3e:	6388                	ld	a0,0(a5)
  for (int i = 0; i < MAXFILEPAGES; i++)
ffffffc080202a40:	04a1                	add	s1,s1,8
    if (ip->pages[i] != NULL)
ffffffc080202a42:	c509                	beqz	a0,ffffffc080202a4c <inode_truncate+0x38>
      page_free(ip->pages[i]);
ffffffc080202a44:	4d5010ef          	jal	ffffffc080204718 <page_free>
  page_free(ip->pages);
ffffffc080202a48:	0489b703          	ld	a4,72(s3)
  for (int i = 0; i < MAXFILEPAGES; i++)
ffffffc080202a4c:	ff2497e3          	bne	s1,s2,ffffffc080202a3a <inode_truncate+0x26>
  page_free(ip->pages);
ffffffc080202a50:	853a                	mv	a0,a4
ffffffc080202a52:	4c7010ef          	jal	ffffffc080204718 <page_free>
  ip->pages = NULL;
ffffffc080202a56:	0409b423          	sd	zero,72(s3)
  inode_lock(ip);
  inode_truncate_locked(ip);
  inode_unlock(ip);
}
ffffffc080202a5a:	7402                	ld	s0,32(sp)
ffffffc080202a5c:	70a2                	ld	ra,40(sp)
ffffffc080202a5e:	64e2                	ld	s1,24(sp)
ffffffc080202a60:	6942                	ld	s2,16(sp)
  ip->size = 0;
ffffffc080202a62:	0409b023          	sd	zero,64(s3)
  sleeplock_release(&ip->lock);
ffffffc080202a66:	8552                	mv	a0,s4
}
ffffffc080202a68:	69a2                	ld	s3,8(sp)
ffffffc080202a6a:	6a02                	ld	s4,0(sp)
ffffffc080202a6c:	6145                	add	sp,sp,48
  sleeplock_release(&ip->lock);
ffffffc080202a6e:	3f10306f          	j	ffffffc08020665e <sleeplock_release>

ffffffc080202a72 <inode_stat_locked>:

/* Fills *st from ip. Caller holds ip->lock. */
void inode_stat_locked(struct inode *ip, struct stat *st)
{
ffffffc080202a72:	1101                	add	sp,sp,-32
ffffffc080202a74:	e822                	sd	s0,16(sp)
ffffffc080202a76:	e426                	sd	s1,8(sp)
ffffffc080202a78:	e04a                	sd	s2,0(sp)
ffffffc080202a7a:	ec06                	sd	ra,24(sp)
ffffffc080202a7c:	1000                	add	s0,sp,32
ffffffc080202a7e:	84ae                	mv	s1,a1
ffffffc080202a80:	892a                	mv	s2,a0
  memset(st, 0, sizeof(*st)); /* no kernel bytes in the padding */
ffffffc080202a82:	4661                	li	a2,24
ffffffc080202a84:	8526                	mv	a0,s1
ffffffc080202a86:	4581                	li	a1,0
ffffffc080202a88:	1f8010ef          	jal	ffffffc080203c80 <memset>
  st->dev = ROOTDEV;
  st->ino = ip->inum;
  st->type = ip->type;
ffffffc080202a8c:	01095703          	lhu	a4,16(s2) # 1010 <KERNEL_PA-0x801feff0>
ffffffc080202a90:	00495783          	lhu	a5,4(s2)
  st->ino = ip->inum;
ffffffc080202a94:	00092603          	lw	a2,0(s2)
  st->nlink = ip->nlink;
  st->size = ip->size;
ffffffc080202a98:	04093683          	ld	a3,64(s2)
}
ffffffc080202a9c:	60e2                	ld	ra,24(sp)
ffffffc080202a9e:	6442                	ld	s0,16(sp)
  st->type = ip->type;
ffffffc080202aa0:	0107171b          	sllw	a4,a4,0x10
ffffffc080202aa4:	8fd9                	or	a5,a5,a4
  st->dev = ROOTDEV;
ffffffc080202aa6:	4705                	li	a4,1
ffffffc080202aa8:	c098                	sw	a4,0(s1)
  st->ino = ip->inum;
ffffffc080202aaa:	c0d0                	sw	a2,4(s1)
  st->type = ip->type;
ffffffc080202aac:	c49c                	sw	a5,8(s1)
  st->size = ip->size;
ffffffc080202aae:	e894                	sd	a3,16(s1)
}
ffffffc080202ab0:	6902                	ld	s2,0(sp)
ffffffc080202ab2:	64a2                	ld	s1,8(sp)
ffffffc080202ab4:	6105                	add	sp,sp,32
ffffffc080202ab6:	8082                	ret

ffffffc080202ab8 <inode_stat>:

/* Fills *st from ip, taking ip->lock. Caller holds a reference. */
void inode_stat(struct inode *ip, struct stat *st)
{
ffffffc080202ab8:	7179                	add	sp,sp,-48
ffffffc080202aba:	f406                	sd	ra,40(sp)
ffffffc080202abc:	f022                	sd	s0,32(sp)
ffffffc080202abe:	ec26                	sd	s1,24(sp)
ffffffc080202ac0:	e84a                	sd	s2,16(sp)
ffffffc080202ac2:	e44e                	sd	s3,8(sp)
ffffffc080202ac4:	1800                	add	s0,sp,48
  sleeplock_acquire(&ip->lock);
ffffffc080202ac6:	01850993          	add	s3,a0,24
{
ffffffc080202aca:	892a                	mv	s2,a0
  sleeplock_acquire(&ip->lock);
ffffffc080202acc:	854e                	mv	a0,s3
{
ffffffc080202ace:	84ae                	mv	s1,a1
  sleeplock_acquire(&ip->lock);
ffffffc080202ad0:	353030ef          	jal	ffffffc080206622 <sleeplock_acquire>
  memset(st, 0, sizeof(*st)); /* no kernel bytes in the padding */
ffffffc080202ad4:	4661                	li	a2,24
ffffffc080202ad6:	8526                	mv	a0,s1
ffffffc080202ad8:	4581                	li	a1,0
ffffffc080202ada:	1a6010ef          	jal	ffffffc080203c80 <memset>
  st->type = ip->type;
ffffffc080202ade:	01095703          	lhu	a4,16(s2)
ffffffc080202ae2:	00495783          	lhu	a5,4(s2)
  st->ino = ip->inum;
ffffffc080202ae6:	00092603          	lw	a2,0(s2)
  st->size = ip->size;
ffffffc080202aea:	04093683          	ld	a3,64(s2)
  st->type = ip->type;
ffffffc080202aee:	0107171b          	sllw	a4,a4,0x10
  inode_lock(ip);
  inode_stat_locked(ip, st);
  inode_unlock(ip);
}
ffffffc080202af2:	7402                	ld	s0,32(sp)
  st->type = ip->type;
ffffffc080202af4:	8fd9                	or	a5,a5,a4
  st->dev = ROOTDEV;
ffffffc080202af6:	4705                	li	a4,1
}
ffffffc080202af8:	70a2                	ld	ra,40(sp)
ffffffc080202afa:	6942                	ld	s2,16(sp)
  st->dev = ROOTDEV;
ffffffc080202afc:	c098                	sw	a4,0(s1)
  st->ino = ip->inum;
ffffffc080202afe:	c0d0                	sw	a2,4(s1)
  st->type = ip->type;
ffffffc080202b00:	c49c                	sw	a5,8(s1)
  st->size = ip->size;
ffffffc080202b02:	e894                	sd	a3,16(s1)
  sleeplock_release(&ip->lock);
ffffffc080202b04:	854e                	mv	a0,s3
}
ffffffc080202b06:	64e2                	ld	s1,24(sp)
ffffffc080202b08:	69a2                	ld	s3,8(sp)
ffffffc080202b0a:	6145                	add	sp,sp,48
  sleeplock_release(&ip->lock);
ffffffc080202b0c:	3530306f          	j	ffffffc08020665e <sleeplock_release>

ffffffc080202b10 <inode_read>:

/* Returns bytes read (see inode_read_locked); takes ip->lock itself.
 * Caller holds a reference. Devices have no data here: -1. */
int inode_read(struct inode *ip, int user_dst, uint64 dst, uint64 off,
               uint64 n)
{
ffffffc080202b10:	7139                	add	sp,sp,-64
ffffffc080202b12:	f822                	sd	s0,48(sp)
ffffffc080202b14:	f426                	sd	s1,40(sp)
ffffffc080202b16:	fc06                	sd	ra,56(sp)
ffffffc080202b18:	f04a                	sd	s2,32(sp)
ffffffc080202b1a:	ec4e                	sd	s3,24(sp)
ffffffc080202b1c:	e852                	sd	s4,16(sp)
ffffffc080202b1e:	e456                	sd	s5,8(sp)
ffffffc080202b20:	e05a                	sd	s6,0(sp)
ffffffc080202b22:	0080                	add	s0,sp,64
ffffffc080202b24:	84aa                	mv	s1,a0
  if (ip->type == T_DEVICE)
ffffffc080202b26:	00451503          	lh	a0,4(a0)
ffffffc080202b2a:	478d                	li	a5,3
ffffffc080202b2c:	04f50163          	beq	a0,a5,ffffffc080202b6e <inode_read+0x5e>
  sleeplock_acquire(&ip->lock);
ffffffc080202b30:	01848b13          	add	s6,s1,24
ffffffc080202b34:	855a                	mv	a0,s6
ffffffc080202b36:	892e                	mv	s2,a1
ffffffc080202b38:	89b2                	mv	s3,a2
ffffffc080202b3a:	8a36                	mv	s4,a3
ffffffc080202b3c:	8aba                	mv	s5,a4
ffffffc080202b3e:	2e5030ef          	jal	ffffffc080206622 <sleeplock_acquire>
    return -1;
  inode_lock(ip);
  int r = inode_read_locked(ip, user_dst, dst, off, n);
ffffffc080202b42:	8526                	mv	a0,s1
ffffffc080202b44:	8756                	mv	a4,s5
ffffffc080202b46:	86d2                	mv	a3,s4
ffffffc080202b48:	864e                	mv	a2,s3
ffffffc080202b4a:	85ca                	mv	a1,s2
ffffffc080202b4c:	cbdff0ef          	jal	ffffffc080202808 <inode_read_locked>
ffffffc080202b50:	84aa                	mv	s1,a0
  sleeplock_release(&ip->lock);
ffffffc080202b52:	855a                	mv	a0,s6
ffffffc080202b54:	30b030ef          	jal	ffffffc08020665e <sleeplock_release>
  inode_unlock(ip);
  return r;
}
ffffffc080202b58:	70e2                	ld	ra,56(sp)
ffffffc080202b5a:	7442                	ld	s0,48(sp)
ffffffc080202b5c:	7902                	ld	s2,32(sp)
ffffffc080202b5e:	69e2                	ld	s3,24(sp)
ffffffc080202b60:	6a42                	ld	s4,16(sp)
ffffffc080202b62:	6aa2                	ld	s5,8(sp)
ffffffc080202b64:	6b02                	ld	s6,0(sp)
ffffffc080202b66:	8526                	mv	a0,s1
ffffffc080202b68:	74a2                	ld	s1,40(sp)
ffffffc080202b6a:	6121                	add	sp,sp,64
ffffffc080202b6c:	8082                	ret
    return -1;
ffffffc080202b6e:	54fd                	li	s1,-1
ffffffc080202b70:	b7e5                	j	ffffffc080202b58 <inode_read+0x48>

ffffffc080202b72 <dir_entry>:
  if (ip->pages == NULL) {
ffffffc080202b72:	653c                	ld	a5,72(a0)
ffffffc080202b74:	cf89                	beqz	a5,ffffffc080202b8e <dir_entry+0x1c>

/* Returns entry idx of directory dp. Caller holds fs_ns_lock or dp->lock,
 * and idx * sizeof(struct dirent) < dp->size. */
struct dirent *dir_entry(struct inode *dp, uint64 idx)
{
  uint64 off = idx * sizeof(struct dirent);
ffffffc080202b76:	0592                	sll	a1,a1,0x4
  char *page = inode_page(dp, off / PGSIZE, false);
ffffffc080202b78:	00c5d713          	srl	a4,a1,0xc
  if (ip->pages[pg] == NULL && alloc)
ffffffc080202b7c:	070e                	sll	a4,a4,0x3
ffffffc080202b7e:	97ba                	add	a5,a5,a4
ffffffc080202b80:	6388                	ld	a0,0(a5)
  KASSERT(page != NULL);
ffffffc080202b82:	c511                	beqz	a0,ffffffc080202b8e <dir_entry+0x1c>
  return (struct dirent *)(page + off % PGSIZE);
ffffffc080202b84:	6785                	lui	a5,0x1
ffffffc080202b86:	17fd                	add	a5,a5,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc080202b88:	8dfd                	and	a1,a1,a5
}
ffffffc080202b8a:	952e                	add	a0,a0,a1
ffffffc080202b8c:	8082                	ret
{
ffffffc080202b8e:	1141                	add	sp,sp,-16
ffffffc080202b90:	e022                	sd	s0,0(sp)
ffffffc080202b92:	e406                	sd	ra,8(sp)
ffffffc080202b94:	0800                	add	s0,sp,16
  KASSERT(page != NULL);
ffffffc080202b96:	00006717          	auipc	a4,0x6
ffffffc080202b9a:	a3a70713          	add	a4,a4,-1478 # ffffffc0802085d0 <__func__.0+0xb8>
ffffffc080202b9e:	00006697          	auipc	a3,0x6
ffffffc080202ba2:	a9a68693          	add	a3,a3,-1382 # ffffffc080208638 <__func__.0>
ffffffc080202ba6:	10b00613          	li	a2,267
ffffffc080202baa:	00006597          	auipc	a1,0x6
ffffffc080202bae:	98e58593          	add	a1,a1,-1650 # ffffffc080208538 <__func__.0+0x20>
ffffffc080202bb2:	00005517          	auipc	a0,0x5
ffffffc080202bb6:	4be50513          	add	a0,a0,1214 # ffffffc080208070 <__func__.0+0x40>
ffffffc080202bba:	7f7000ef          	jal	ffffffc080203bb0 <panic>

ffffffc080202bbe <pipe_init>:
  struct pipe pipe[NPIPE];
} pipe_table;

/* See pipe.h. */
void pipe_init(void)
{
ffffffc080202bbe:	1141                	add	sp,sp,-16
ffffffc080202bc0:	e422                	sd	s0,8(sp)
ffffffc080202bc2:	0800                	add	s0,sp,16
  spin_init(&pipe_table.lock, "pipe_table");
}
ffffffc080202bc4:	6422                	ld	s0,8(sp)
  spin_init(&pipe_table.lock, "pipe_table");
ffffffc080202bc6:	00006597          	auipc	a1,0x6
ffffffc080202bca:	a8258593          	add	a1,a1,-1406 # ffffffc080208648 <__func__.0+0x10>
ffffffc080202bce:	0028f517          	auipc	a0,0x28f
ffffffc080202bd2:	b0a50513          	add	a0,a0,-1270 # ffffffc0804916d8 <pipe_table>
}
ffffffc080202bd6:	0141                	add	sp,sp,16
  spin_init(&pipe_table.lock, "pipe_table");
ffffffc080202bd8:	2f10306f          	j	ffffffc0802066c8 <spin_init>

ffffffc080202bdc <pipe_alloc>:
  f->writable = writable;
}

/* See pipe.h. */
int pipe_alloc(struct file **rf, struct file **wf)
{
ffffffc080202bdc:	715d                	add	sp,sp,-80
ffffffc080202bde:	e0a2                	sd	s0,64(sp)
ffffffc080202be0:	fc26                	sd	s1,56(sp)
ffffffc080202be2:	f44e                	sd	s3,40(sp)
ffffffc080202be4:	f052                	sd	s4,32(sp)
ffffffc080202be6:	e486                	sd	ra,72(sp)
ffffffc080202be8:	f84a                	sd	s2,48(sp)
ffffffc080202bea:	ec56                	sd	s5,24(sp)
ffffffc080202bec:	e85a                	sd	s6,16(sp)
ffffffc080202bee:	e45e                	sd	s7,8(sp)
ffffffc080202bf0:	0880                	add	s0,sp,80
ffffffc080202bf2:	8a2a                	mv	s4,a0
  spin_lock(&pipe_table.lock);
ffffffc080202bf4:	0028f517          	auipc	a0,0x28f
ffffffc080202bf8:	ae450513          	add	a0,a0,-1308 # ffffffc0804916d8 <pipe_table>
{
ffffffc080202bfc:	89ae                	mv	s3,a1
  spin_lock(&pipe_table.lock);
ffffffc080202bfe:	2e1030ef          	jal	ffffffc0802066de <spin_lock>
  for (int i = 0; i < NPIPE && p == NULL; i++) {
ffffffc080202c02:	4481                	li	s1,0
ffffffc080202c04:	0028f797          	auipc	a5,0x28f
ffffffc080202c08:	aec78793          	add	a5,a5,-1300 # ffffffc0804916f0 <pipe_table+0x18>
ffffffc080202c0c:	08000693          	li	a3,128
    if (!pipe_table.pipe[i].used) {
ffffffc080202c10:	0007c703          	lbu	a4,0(a5)
  for (int i = 0; i < NPIPE && p == NULL; i++) {
ffffffc080202c14:	04078793          	add	a5,a5,64
    if (!pipe_table.pipe[i].used) {
ffffffc080202c18:	e755                	bnez	a4,ffffffc080202cc4 <pipe_alloc+0xe8>
      p->used = true;
ffffffc080202c1a:	0028f917          	auipc	s2,0x28f
ffffffc080202c1e:	abe90913          	add	s2,s2,-1346 # ffffffc0804916d8 <pipe_table>
ffffffc080202c22:	00649b13          	sll	s6,s1,0x6
ffffffc080202c26:	01690bb3          	add	s7,s2,s6
  spin_unlock(&pipe_table.lock);
ffffffc080202c2a:	854a                	mv	a0,s2
      p->used = true;
ffffffc080202c2c:	4a85                	li	s5,1
ffffffc080202c2e:	015b8c23          	sb	s5,24(s7)
  spin_unlock(&pipe_table.lock);
ffffffc080202c32:	3a7030ef          	jal	ffffffc0802067d8 <spin_unlock>
  struct pipe *p = pipe_slot_alloc();
  if (p == NULL)
    return -1;
  spin_init(&p->lock, "pipe");
ffffffc080202c36:	020b0513          	add	a0,s6,32
ffffffc080202c3a:	00006597          	auipc	a1,0x6
ffffffc080202c3e:	a1e58593          	add	a1,a1,-1506 # ffffffc080208658 <__func__.0+0x20>
ffffffc080202c42:	954a                	add	a0,a0,s2
ffffffc080202c44:	285030ef          	jal	ffffffc0802066c8 <spin_init>
  p->buf = page_alloc();
  p->nread = p->nwrite = 0;
ffffffc080202c48:	0485                	add	s1,s1,1
  p->buf = page_alloc();
ffffffc080202c4a:	107010ef          	jal	ffffffc080204550 <page_alloc>
  p->nread = p->nwrite = 0;
ffffffc080202c4e:	049a                	sll	s1,s1,0x6
ffffffc080202c50:	009907b3          	add	a5,s2,s1
  p->readopen = p->writeopen = true;
ffffffc080202c54:	0028f717          	auipc	a4,0x28f
ffffffc080202c58:	a9470713          	add	a4,a4,-1388 # ffffffc0804916e8 <pipe_table+0x10>
ffffffc080202c5c:	94ba                	add	s1,s1,a4
  p->buf = page_alloc();
ffffffc080202c5e:	02abbc23          	sd	a0,56(s7)
  p->nread = p->nwrite = 0;
ffffffc080202c62:	0007b423          	sd	zero,8(a5)
ffffffc080202c66:	040bb023          	sd	zero,64(s7)
  p->readopen = p->writeopen = true;
ffffffc080202c6a:	10100713          	li	a4,257
ffffffc080202c6e:	00e49023          	sh	a4,0(s1)
  p->reading = false;
ffffffc080202c72:	00078923          	sb	zero,18(a5)
  struct file *r = p->buf != NULL ? file_alloc() : NULL;
ffffffc080202c76:	c93d                	beqz	a0,ffffffc080202cec <pipe_alloc+0x110>
ffffffc080202c78:	c72ff0ef          	jal	ffffffc0802020ea <file_alloc>
ffffffc080202c7c:	84aa                	mv	s1,a0
  struct file *w = r != NULL ? file_alloc() : NULL;
ffffffc080202c7e:	c12d                	beqz	a0,ffffffc080202ce0 <pipe_alloc+0x104>
ffffffc080202c80:	c6aff0ef          	jal	ffffffc0802020ea <file_alloc>
  if (w == NULL) {
ffffffc080202c84:	c939                	beqz	a0,ffffffc080202cda <pipe_alloc+0xfe>
      p = &pipe_table.pipe[i];
ffffffc080202c86:	0b61                	add	s6,s6,24
  f->type = FD_PIPE;
ffffffc080202c88:	4789                	li	a5,2
      p = &pipe_table.pipe[i];
ffffffc080202c8a:	995a                	add	s2,s2,s6
  f->type = FD_PIPE;
ffffffc080202c8c:	c0dc                	sw	a5,4(s1)
  f->pipe = p;
ffffffc080202c8e:	0124b823          	sd	s2,16(s1)
  f->readable = !writable;
ffffffc080202c92:	01549423          	sh	s5,8(s1)
  f->type = FD_PIPE;
ffffffc080202c96:	c15c                	sw	a5,4(a0)
  f->readable = !writable;
ffffffc080202c98:	10000793          	li	a5,256
  f->pipe = p;
ffffffc080202c9c:	01253823          	sd	s2,16(a0)
  f->readable = !writable;
ffffffc080202ca0:	00f51423          	sh	a5,8(a0)
    pipe_free(p);
    return -1;
  }
  pipe_file_init(r, p, false);
  pipe_file_init(w, p, true);
  *rf = r;
ffffffc080202ca4:	009a3023          	sd	s1,0(s4)
  *wf = w;
ffffffc080202ca8:	00a9b023          	sd	a0,0(s3)
  return 0;
ffffffc080202cac:	4501                	li	a0,0
}
ffffffc080202cae:	60a6                	ld	ra,72(sp)
ffffffc080202cb0:	6406                	ld	s0,64(sp)
ffffffc080202cb2:	74e2                	ld	s1,56(sp)
ffffffc080202cb4:	7942                	ld	s2,48(sp)
ffffffc080202cb6:	79a2                	ld	s3,40(sp)
ffffffc080202cb8:	7a02                	ld	s4,32(sp)
ffffffc080202cba:	6ae2                	ld	s5,24(sp)
ffffffc080202cbc:	6b42                	ld	s6,16(sp)
ffffffc080202cbe:	6ba2                	ld	s7,8(sp)
ffffffc080202cc0:	6161                	add	sp,sp,80
ffffffc080202cc2:	8082                	ret
  for (int i = 0; i < NPIPE && p == NULL; i++) {
ffffffc080202cc4:	2485                	addw	s1,s1,1
ffffffc080202cc6:	f4d495e3          	bne	s1,a3,ffffffc080202c10 <pipe_alloc+0x34>
  spin_unlock(&pipe_table.lock);
ffffffc080202cca:	0028f517          	auipc	a0,0x28f
ffffffc080202cce:	a0e50513          	add	a0,a0,-1522 # ffffffc0804916d8 <pipe_table>
ffffffc080202cd2:	307030ef          	jal	ffffffc0802067d8 <spin_unlock>
    return -1;
ffffffc080202cd6:	557d                	li	a0,-1
ffffffc080202cd8:	bfd9                	j	ffffffc080202cae <pipe_alloc+0xd2>
      file_close(r); /* still FD_NONE: only frees the slot */
ffffffc080202cda:	8526                	mv	a0,s1
ffffffc080202cdc:	d22ff0ef          	jal	ffffffc0802021fe <file_close>
  if (p->buf != NULL)
ffffffc080202ce0:	016907b3          	add	a5,s2,s6
ffffffc080202ce4:	7f88                	ld	a0,56(a5)
ffffffc080202ce6:	c119                	beqz	a0,ffffffc080202cec <pipe_alloc+0x110>
    page_free(p->buf);
ffffffc080202ce8:	231010ef          	jal	ffffffc080204718 <page_free>
  p->buf = NULL;
ffffffc080202cec:	995a                	add	s2,s2,s6
  spin_lock(&pipe_table.lock);
ffffffc080202cee:	0028f517          	auipc	a0,0x28f
ffffffc080202cf2:	9ea50513          	add	a0,a0,-1558 # ffffffc0804916d8 <pipe_table>
  p->buf = NULL;
ffffffc080202cf6:	02093c23          	sd	zero,56(s2)
  spin_lock(&pipe_table.lock);
ffffffc080202cfa:	1e5030ef          	jal	ffffffc0802066de <spin_lock>
  spin_unlock(&pipe_table.lock);
ffffffc080202cfe:	0028f517          	auipc	a0,0x28f
ffffffc080202d02:	9da50513          	add	a0,a0,-1574 # ffffffc0804916d8 <pipe_table>
  p->used = false;
ffffffc080202d06:	00090c23          	sb	zero,24(s2)
  spin_unlock(&pipe_table.lock);
ffffffc080202d0a:	2cf030ef          	jal	ffffffc0802067d8 <spin_unlock>
    return -1;
ffffffc080202d0e:	557d                	li	a0,-1
ffffffc080202d10:	bf79                	j	ffffffc080202cae <pipe_alloc+0xd2>

ffffffc080202d12 <pipe_close>:

/* See pipe.h. Caller holds no lock. */
void pipe_close(struct pipe *p, bool writable)
{
ffffffc080202d12:	7179                	add	sp,sp,-48
ffffffc080202d14:	f022                	sd	s0,32(sp)
ffffffc080202d16:	ec26                	sd	s1,24(sp)
ffffffc080202d18:	e84a                	sd	s2,16(sp)
ffffffc080202d1a:	e44e                	sd	s3,8(sp)
ffffffc080202d1c:	f406                	sd	ra,40(sp)
ffffffc080202d1e:	1800                	add	s0,sp,48
  spin_lock(&p->lock);
ffffffc080202d20:	00850993          	add	s3,a0,8
{
ffffffc080202d24:	84aa                	mv	s1,a0
ffffffc080202d26:	892e                	mv	s2,a1
  spin_lock(&p->lock);
ffffffc080202d28:	854e                	mv	a0,s3
ffffffc080202d2a:	1b5030ef          	jal	ffffffc0802066de <spin_lock>
  if (writable) {
ffffffc080202d2e:	04090b63          	beqz	s2,ffffffc080202d84 <pipe_close+0x72>
    p->writeopen = false;
ffffffc080202d32:	02048ca3          	sb	zero,57(s1)
    wakeup(&p->nwrite);
ffffffc080202d36:	03048513          	add	a0,s1,48
ffffffc080202d3a:	524030ef          	jal	ffffffc08020625e <wakeup>
  } else {
    p->readopen = false;
    wakeup(&p->nread);
  }
  bool dead = !p->readopen && !p->writeopen;
ffffffc080202d3e:	0384c783          	lbu	a5,56(s1)
  spin_unlock(&p->lock);
ffffffc080202d42:	854e                	mv	a0,s3
  bool dead = !p->readopen && !p->writeopen;
ffffffc080202d44:	eb85                	bnez	a5,ffffffc080202d74 <pipe_close+0x62>
ffffffc080202d46:	0394c783          	lbu	a5,57(s1)
ffffffc080202d4a:	e78d                	bnez	a5,ffffffc080202d74 <pipe_close+0x62>
  spin_unlock(&p->lock);
ffffffc080202d4c:	28d030ef          	jal	ffffffc0802067d8 <spin_unlock>
  if (p->buf != NULL)
ffffffc080202d50:	7088                	ld	a0,32(s1)
ffffffc080202d52:	c119                	beqz	a0,ffffffc080202d58 <pipe_close+0x46>
    page_free(p->buf);
ffffffc080202d54:	1c5010ef          	jal	ffffffc080204718 <page_free>
  spin_lock(&pipe_table.lock);
ffffffc080202d58:	0028f517          	auipc	a0,0x28f
ffffffc080202d5c:	98050513          	add	a0,a0,-1664 # ffffffc0804916d8 <pipe_table>
  p->buf = NULL;
ffffffc080202d60:	0204b023          	sd	zero,32(s1)
  spin_lock(&pipe_table.lock);
ffffffc080202d64:	17b030ef          	jal	ffffffc0802066de <spin_lock>
  spin_unlock(&pipe_table.lock);
ffffffc080202d68:	0028f517          	auipc	a0,0x28f
ffffffc080202d6c:	97050513          	add	a0,a0,-1680 # ffffffc0804916d8 <pipe_table>
  p->used = false;
ffffffc080202d70:	00048023          	sb	zero,0(s1)
  if (dead)
    pipe_free(p);
}
ffffffc080202d74:	7402                	ld	s0,32(sp)
ffffffc080202d76:	70a2                	ld	ra,40(sp)
ffffffc080202d78:	64e2                	ld	s1,24(sp)
ffffffc080202d7a:	6942                	ld	s2,16(sp)
ffffffc080202d7c:	69a2                	ld	s3,8(sp)
ffffffc080202d7e:	6145                	add	sp,sp,48
  spin_unlock(&pipe_table.lock);
ffffffc080202d80:	2590306f          	j	ffffffc0802067d8 <spin_unlock>
    p->readopen = false;
ffffffc080202d84:	02048c23          	sb	zero,56(s1)
    wakeup(&p->nread);
ffffffc080202d88:	02848513          	add	a0,s1,40
ffffffc080202d8c:	4d2030ef          	jal	ffffffc08020625e <wakeup>
ffffffc080202d90:	b77d                	j	ffffffc080202d3e <pipe_close+0x2c>

ffffffc080202d92 <pipe_read>:
}

/* See pipe.h. Only one reader copies at a time (p->reading), so bytes are
 * consumed only after they reached the user, in order. */
int pipe_read(struct pipe *p, uint64 addr, int n)
{
ffffffc080202d92:	d8010113          	add	sp,sp,-640
ffffffc080202d96:	26813823          	sd	s0,624(sp)
ffffffc080202d9a:	26913423          	sd	s1,616(sp)
ffffffc080202d9e:	25513423          	sd	s5,584(sp)
ffffffc080202da2:	25613023          	sd	s6,576(sp)
ffffffc080202da6:	23713c23          	sd	s7,568(sp)
ffffffc080202daa:	21b13c23          	sd	s11,536(sp)
ffffffc080202dae:	26113c23          	sd	ra,632(sp)
ffffffc080202db2:	27213023          	sd	s2,608(sp)
ffffffc080202db6:	25313c23          	sd	s3,600(sp)
ffffffc080202dba:	25413823          	sd	s4,592(sp)
ffffffc080202dbe:	23813823          	sd	s8,560(sp)
ffffffc080202dc2:	23913423          	sd	s9,552(sp)
ffffffc080202dc6:	23a13023          	sd	s10,544(sp)
ffffffc080202dca:	0500                	add	s0,sp,640
  char kbuf[PIPE_CHUNK];
  int done = 0;
  bool fault = false;
  spin_lock(&p->lock);
ffffffc080202dcc:	00850a93          	add	s5,a0,8
{
ffffffc080202dd0:	8daa                	mv	s11,a0
  spin_lock(&p->lock);
ffffffc080202dd2:	8556                	mv	a0,s5
{
ffffffc080202dd4:	8bae                	mv	s7,a1
ffffffc080202dd6:	8b32                	mv	s6,a2
    sleep_on(&p->nwrite, &p->lock);
ffffffc080202dd8:	030d8493          	add	s1,s11,48
  spin_lock(&p->lock);
ffffffc080202ddc:	103030ef          	jal	ffffffc0802066de <spin_lock>
  while (p->reading || (p->nread == p->nwrite && p->writeopen)) {
ffffffc080202de0:	a019                	j	ffffffc080202de6 <pipe_read+0x54>
    sleep_on(&p->nwrite, &p->lock);
ffffffc080202de2:	42c030ef          	jal	ffffffc08020620e <sleep_on>
  while (p->reading || (p->nread == p->nwrite && p->writeopen)) {
ffffffc080202de6:	03adc783          	lbu	a5,58(s11)
ffffffc080202dea:	eb91                	bnez	a5,ffffffc080202dfe <pipe_read+0x6c>
ffffffc080202dec:	028db783          	ld	a5,40(s11)
ffffffc080202df0:	030db703          	ld	a4,48(s11)
ffffffc080202df4:	02e79063          	bne	a5,a4,ffffffc080202e14 <pipe_read+0x82>
ffffffc080202df8:	039dc683          	lbu	a3,57(s11)
ffffffc080202dfc:	ce81                	beqz	a3,ffffffc080202e14 <pipe_read+0x82>
    if (current_killed())
ffffffc080202dfe:	136030ef          	jal	ffffffc080205f34 <current_killed>
ffffffc080202e02:	87aa                	mv	a5,a0
    sleep_on(&p->nwrite, &p->lock);
ffffffc080202e04:	85d6                	mv	a1,s5
ffffffc080202e06:	8526                	mv	a0,s1
    if (current_killed())
ffffffc080202e08:	dfe9                	beqz	a5,ffffffc080202de2 <pipe_read+0x50>
  if (pipe_wait_readable(p) < 0) {
    spin_unlock(&p->lock);
ffffffc080202e0a:	8556                	mv	a0,s5
ffffffc080202e0c:	1cd030ef          	jal	ffffffc0802067d8 <spin_unlock>
    return -1;
ffffffc080202e10:	5a7d                	li	s4,-1
ffffffc080202e12:	a8dd                	j	ffffffc080202f08 <pipe_read+0x176>
  }
  p->reading = true;
ffffffc080202e14:	4685                	li	a3,1
ffffffc080202e16:	02dd8d23          	sb	a3,58(s11)
    sleep_on(&p->nwrite, &p->lock);
ffffffc080202e1a:	030d8693          	add	a3,s11,48
ffffffc080202e1e:	d8d43423          	sd	a3,-632(s0)
  int done = 0;
ffffffc080202e22:	4a01                	li	s4,0
  while (done < n && p->nread != p->nwrite) {
ffffffc080202e24:	0b605d63          	blez	s6,ffffffc080202ede <pipe_read+0x14c>
    uint64 at = (p->nread + m) % PIPESIZE;
ffffffc080202e28:	6905                	lui	s2,0x1
    int m = pipe_peek(p, kbuf, n - done < PIPE_CHUNK ? n - done : PIPE_CHUNK);
ffffffc080202e2a:	20000c13          	li	s8,512
    uint64 at = (p->nread + m) % PIPESIZE;
ffffffc080202e2e:	197d                	add	s2,s2,-1 # fff <KERNEL_PA-0x801ff001>
    int k = PIPESIZE - at; /* contiguous run up to the ring's end */
ffffffc080202e30:	6985                	lui	s3,0x1
    spin_lock(&p->lock);
    if (fault)
      break;
    p->nread += m;
    done += m;
    wakeup(&p->nread);
ffffffc080202e32:	028d8c93          	add	s9,s11,40
  while (done < n && p->nread != p->nwrite) {
ffffffc080202e36:	0ae78463          	beq	a5,a4,ffffffc080202ede <pipe_read+0x14c>
    int m = pipe_peek(p, kbuf, n - done < PIPE_CHUNK ? n - done : PIPE_CHUNK);
ffffffc080202e3a:	414b0d3b          	subw	s10,s6,s4
ffffffc080202e3e:	01ac5463          	bge	s8,s10,ffffffc080202e46 <pipe_read+0xb4>
ffffffc080202e42:	20000d13          	li	s10,512
  int m = 0;
ffffffc080202e46:	4481                	li	s1,0
  while (m < max && p->nread + m != p->nwrite) {
ffffffc080202e48:	00978833          	add	a6,a5,s1
    uint64 at = (p->nread + m) % PIPESIZE;
ffffffc080202e4c:	012875b3          	and	a1,a6,s2
    if ((uint64)k > p->nwrite - p->nread - m)
ffffffc080202e50:	40f706b3          	sub	a3,a4,a5
    if (k > max - m)
ffffffc080202e54:	409d0e3b          	subw	t3,s10,s1
ffffffc080202e58:	40b9863b          	subw	a2,s3,a1
    memmove(dst + m, p->buf + at, k);
ffffffc080202e5c:	d9040513          	add	a0,s0,-624
    if (k > max - m)
ffffffc080202e60:	88f2                	mv	a7,t3
ffffffc080202e62:	00060e9b          	sext.w	t4,a2
    if ((uint64)k > p->nwrite - p->nread - m)
ffffffc080202e66:	8e85                	sub	a3,a3,s1
    memmove(dst + m, p->buf + at, k);
ffffffc080202e68:	9526                	add	a0,a0,s1
      k = p->nwrite - p->nread - m;
ffffffc080202e6a:	9fa5                	addw	a5,a5,s1
  while (m < max && p->nread + m != p->nwrite) {
ffffffc080202e6c:	03070763          	beq	a4,a6,ffffffc080202e9a <pipe_read+0x108>
ffffffc080202e70:	01de5463          	bge	t3,t4,ffffffc080202e78 <pipe_read+0xe6>
ffffffc080202e74:	0008861b          	sext.w	a2,a7
    if ((uint64)k > p->nwrite - p->nread - m)
ffffffc080202e78:	00c6f463          	bgeu	a3,a2,ffffffc080202e80 <pipe_read+0xee>
      k = p->nwrite - p->nread - m;
ffffffc080202e7c:	40f7063b          	subw	a2,a4,a5
    memmove(dst + m, p->buf + at, k);
ffffffc080202e80:	020db783          	ld	a5,32(s11)
    m += k;
ffffffc080202e84:	9cb1                	addw	s1,s1,a2
    memmove(dst + m, p->buf + at, k);
ffffffc080202e86:	95be                	add	a1,a1,a5
ffffffc080202e88:	6c9000ef          	jal	ffffffc080203d50 <memmove>
  while (m < max && p->nread + m != p->nwrite) {
ffffffc080202e8c:	01a4d763          	bge	s1,s10,ffffffc080202e9a <pipe_read+0x108>
ffffffc080202e90:	028db783          	ld	a5,40(s11)
ffffffc080202e94:	030db703          	ld	a4,48(s11)
ffffffc080202e98:	bf45                	j	ffffffc080202e48 <pipe_read+0xb6>
    spin_unlock(&p->lock);
ffffffc080202e9a:	8556                	mv	a0,s5
ffffffc080202e9c:	13d030ef          	jal	ffffffc0802067d8 <spin_unlock>
    fault = copyout(addr + done, kbuf, m) < 0;
ffffffc080202ea0:	8626                	mv	a2,s1
ffffffc080202ea2:	d9040593          	add	a1,s0,-624
ffffffc080202ea6:	017a0533          	add	a0,s4,s7
ffffffc080202eaa:	1e7010ef          	jal	ffffffc080204890 <copyout>
ffffffc080202eae:	8d2a                	mv	s10,a0
    spin_lock(&p->lock);
ffffffc080202eb0:	8556                	mv	a0,s5
ffffffc080202eb2:	02d030ef          	jal	ffffffc0802066de <spin_lock>
    if (fault)
ffffffc080202eb6:	020d4e63          	bltz	s10,ffffffc080202ef2 <pipe_read+0x160>
    p->nread += m;
ffffffc080202eba:	028db783          	ld	a5,40(s11)
    done += m;
ffffffc080202ebe:	009a0a3b          	addw	s4,s4,s1
    wakeup(&p->nread);
ffffffc080202ec2:	8566                	mv	a0,s9
    p->nread += m;
ffffffc080202ec4:	97a6                	add	a5,a5,s1
ffffffc080202ec6:	02fdb423          	sd	a5,40(s11)
    wakeup(&p->nread);
ffffffc080202eca:	394030ef          	jal	ffffffc08020625e <wakeup>
  while (done < n && p->nread != p->nwrite) {
ffffffc080202ece:	016a5863          	bge	s4,s6,ffffffc080202ede <pipe_read+0x14c>
ffffffc080202ed2:	028db783          	ld	a5,40(s11)
ffffffc080202ed6:	030db703          	ld	a4,48(s11)
ffffffc080202eda:	f6e790e3          	bne	a5,a4,ffffffc080202e3a <pipe_read+0xa8>
  }
  p->reading = false;
  wakeup(&p->nwrite); /* the next reader's turn */
ffffffc080202ede:	d8843503          	ld	a0,-632(s0)
  p->reading = false;
ffffffc080202ee2:	020d8d23          	sb	zero,58(s11)
  wakeup(&p->nwrite); /* the next reader's turn */
ffffffc080202ee6:	378030ef          	jal	ffffffc08020625e <wakeup>
  spin_unlock(&p->lock);
ffffffc080202eea:	8556                	mv	a0,s5
ffffffc080202eec:	0ed030ef          	jal	ffffffc0802067d8 <spin_unlock>
  return fault && done == 0 ? -1 : done;
ffffffc080202ef0:	a821                	j	ffffffc080202f08 <pipe_read+0x176>
  wakeup(&p->nwrite); /* the next reader's turn */
ffffffc080202ef2:	d8843503          	ld	a0,-632(s0)
  p->reading = false;
ffffffc080202ef6:	020d8d23          	sb	zero,58(s11)
  wakeup(&p->nwrite); /* the next reader's turn */
ffffffc080202efa:	364030ef          	jal	ffffffc08020625e <wakeup>
  spin_unlock(&p->lock);
ffffffc080202efe:	8556                	mv	a0,s5
ffffffc080202f00:	0d9030ef          	jal	ffffffc0802067d8 <spin_unlock>
  return fault && done == 0 ? -1 : done;
ffffffc080202f04:	f00a06e3          	beqz	s4,ffffffc080202e10 <pipe_read+0x7e>
}
ffffffc080202f08:	27813083          	ld	ra,632(sp)
ffffffc080202f0c:	27013403          	ld	s0,624(sp)
ffffffc080202f10:	26813483          	ld	s1,616(sp)
ffffffc080202f14:	26013903          	ld	s2,608(sp)
ffffffc080202f18:	25813983          	ld	s3,600(sp)
ffffffc080202f1c:	24813a83          	ld	s5,584(sp)
ffffffc080202f20:	24013b03          	ld	s6,576(sp)
ffffffc080202f24:	23813b83          	ld	s7,568(sp)
ffffffc080202f28:	23013c03          	ld	s8,560(sp)
ffffffc080202f2c:	22813c83          	ld	s9,552(sp)
ffffffc080202f30:	22013d03          	ld	s10,544(sp)
ffffffc080202f34:	21813d83          	ld	s11,536(sp)
ffffffc080202f38:	8552                	mv	a0,s4
ffffffc080202f3a:	25013a03          	ld	s4,592(sp)
ffffffc080202f3e:	28010113          	add	sp,sp,640
ffffffc080202f42:	8082                	ret

ffffffc080202f44 <pipe_write>:
  return 0;
}

/* See pipe.h. */
int pipe_write(struct pipe *p, uint64 addr, int n)
{
ffffffc080202f44:	d8010113          	add	sp,sp,-640
ffffffc080202f48:	26813823          	sd	s0,624(sp)
ffffffc080202f4c:	26113c23          	sd	ra,632(sp)
ffffffc080202f50:	26913423          	sd	s1,616(sp)
ffffffc080202f54:	27213023          	sd	s2,608(sp)
ffffffc080202f58:	25313c23          	sd	s3,600(sp)
ffffffc080202f5c:	25413823          	sd	s4,592(sp)
ffffffc080202f60:	25513423          	sd	s5,584(sp)
ffffffc080202f64:	25613023          	sd	s6,576(sp)
ffffffc080202f68:	23713c23          	sd	s7,568(sp)
ffffffc080202f6c:	23813823          	sd	s8,560(sp)
ffffffc080202f70:	23913423          	sd	s9,552(sp)
ffffffc080202f74:	23a13023          	sd	s10,544(sp)
ffffffc080202f78:	21b13c23          	sd	s11,536(sp)
ffffffc080202f7c:	0500                	add	s0,sp,640
ffffffc080202f7e:	d8c43423          	sd	a2,-632(s0)
ffffffc080202f82:	d8b43023          	sd	a1,-640(s0)
  char kbuf[PIPE_CHUNK];
  int done = 0;
  while (done < n) {
ffffffc080202f86:	12c05763          	blez	a2,ffffffc0802030b4 <pipe_write+0x170>
    uint64 room = PIPESIZE - (p->nwrite - p->nread);
ffffffc080202f8a:	6985                	lui	s3,0x1
ffffffc080202f8c:	8daa                	mv	s11,a0
  int done = 0;
ffffffc080202f8e:	4b01                	li	s6,0
  spin_lock(&p->lock);
ffffffc080202f90:	00850a93          	add	s5,a0,8
    uint64 at = p->nwrite % PIPESIZE;
ffffffc080202f94:	fff98a13          	add	s4,s3,-1 # fff <KERNEL_PA-0x801ff001>
      wakeup(&p->nwrite);
ffffffc080202f98:	03050b93          	add	s7,a0,48
      sleep_on(&p->nread, &p->lock);
ffffffc080202f9c:	02850c13          	add	s8,a0,40
    int m = n - done < PIPE_CHUNK ? n - done : PIPE_CHUNK;
ffffffc080202fa0:	d8843783          	ld	a5,-632(s0)
ffffffc080202fa4:	416784bb          	subw	s1,a5,s6
ffffffc080202fa8:	20000793          	li	a5,512
ffffffc080202fac:	0097d463          	bge	a5,s1,ffffffc080202fb4 <pipe_write+0x70>
ffffffc080202fb0:	20000493          	li	s1,512
    if (copyin(kbuf, addr + done, m) < 0)
ffffffc080202fb4:	d8043783          	ld	a5,-640(s0)
ffffffc080202fb8:	8626                	mv	a2,s1
ffffffc080202fba:	d9040513          	add	a0,s0,-624
ffffffc080202fbe:	00fb05b3          	add	a1,s6,a5
ffffffc080202fc2:	193010ef          	jal	ffffffc080204954 <copyin>
ffffffc080202fc6:	0e054463          	bltz	a0,ffffffc0802030ae <pipe_write+0x16a>
  spin_lock(&p->lock);
ffffffc080202fca:	8556                	mv	a0,s5
ffffffc080202fcc:	712030ef          	jal	ffffffc0802066de <spin_lock>
  int i = 0;
ffffffc080202fd0:	4d01                	li	s10,0
    int k = PIPESIZE - at;
ffffffc080202fd2:	6905                	lui	s2,0x1
    memmove(p->buf + at, src + i, k);
ffffffc080202fd4:	d9040793          	add	a5,s0,-624
ffffffc080202fd8:	01a785b3          	add	a1,a5,s10
    if (!p->readopen) {
ffffffc080202fdc:	038dc783          	lbu	a5,56(s11)
    if (k > m - i)
ffffffc080202fe0:	41a4833b          	subw	t1,s1,s10
    if (!p->readopen) {
ffffffc080202fe4:	c3e1                	beqz	a5,ffffffc0802030a4 <pipe_write+0x160>
    uint64 room = PIPESIZE - (p->nwrite - p->nread);
ffffffc080202fe6:	030db603          	ld	a2,48(s11)
ffffffc080202fea:	028db703          	ld	a4,40(s11)
    uint64 at = p->nwrite % PIPESIZE;
ffffffc080202fee:	01467533          	and	a0,a2,s4
    uint64 room = PIPESIZE - (p->nwrite - p->nread);
ffffffc080202ff2:	974e                	add	a4,a4,s3
ffffffc080202ff4:	40a90e3b          	subw	t3,s2,a0
ffffffc080202ff8:	87f2                	mv	a5,t3
ffffffc080202ffa:	40c708b3          	sub	a7,a4,a2
    if (room == 0) {
ffffffc080202ffe:	08c70563          	beq	a4,a2,ffffffc080203088 <pipe_write+0x144>
      k = room;
ffffffc080203002:	01c35463          	bge	t1,t3,ffffffc08020300a <pipe_write+0xc6>
ffffffc080203006:	0003079b          	sext.w	a5,t1
    if ((uint64)k > room)
ffffffc08020300a:	8cbe                	mv	s9,a5
ffffffc08020300c:	00f8f563          	bgeu	a7,a5,ffffffc080203016 <pipe_write+0xd2>
      k = room;
ffffffc080203010:	8cc6                	mv	s9,a7
ffffffc080203012:	0008879b          	sext.w	a5,a7
    memmove(p->buf + at, src + i, k);
ffffffc080203016:	020db703          	ld	a4,32(s11)
ffffffc08020301a:	8666                	mv	a2,s9
    i += k;
ffffffc08020301c:	01a78d3b          	addw	s10,a5,s10
    memmove(p->buf + at, src + i, k);
ffffffc080203020:	953a                	add	a0,a0,a4
ffffffc080203022:	52f000ef          	jal	ffffffc080203d50 <memmove>
    p->nwrite += k;
ffffffc080203026:	030db783          	ld	a5,48(s11)
ffffffc08020302a:	97e6                	add	a5,a5,s9
ffffffc08020302c:	02fdb823          	sd	a5,48(s11)
  while (i < m) {
ffffffc080203030:	fa9d42e3          	blt	s10,s1,ffffffc080202fd4 <pipe_write+0x90>
  wakeup(&p->nwrite);
ffffffc080203034:	855e                	mv	a0,s7
ffffffc080203036:	228030ef          	jal	ffffffc08020625e <wakeup>
  spin_unlock(&p->lock);
ffffffc08020303a:	8556                	mv	a0,s5
ffffffc08020303c:	79c030ef          	jal	ffffffc0802067d8 <spin_unlock>
  while (done < n) {
ffffffc080203040:	d8843783          	ld	a5,-632(s0)
      return done > 0 ? done : -1;
    if (pipe_put(p, kbuf, m) < 0)
      return -1;
    done += m;
ffffffc080203044:	01648b3b          	addw	s6,s1,s6
  while (done < n) {
ffffffc080203048:	f4fb4ce3          	blt	s6,a5,ffffffc080202fa0 <pipe_write+0x5c>
  }
  return done;
}
ffffffc08020304c:	27813083          	ld	ra,632(sp)
ffffffc080203050:	27013403          	ld	s0,624(sp)
ffffffc080203054:	26813483          	ld	s1,616(sp)
ffffffc080203058:	26013903          	ld	s2,608(sp)
ffffffc08020305c:	25813983          	ld	s3,600(sp)
ffffffc080203060:	25013a03          	ld	s4,592(sp)
ffffffc080203064:	24813a83          	ld	s5,584(sp)
ffffffc080203068:	23813b83          	ld	s7,568(sp)
ffffffc08020306c:	23013c03          	ld	s8,560(sp)
ffffffc080203070:	22813c83          	ld	s9,552(sp)
ffffffc080203074:	22013d03          	ld	s10,544(sp)
ffffffc080203078:	21813d83          	ld	s11,536(sp)
ffffffc08020307c:	855a                	mv	a0,s6
ffffffc08020307e:	24013b03          	ld	s6,576(sp)
ffffffc080203082:	28010113          	add	sp,sp,640
ffffffc080203086:	8082                	ret
      if (current_killed()) {
ffffffc080203088:	6ad020ef          	jal	ffffffc080205f34 <current_killed>
ffffffc08020308c:	87aa                	mv	a5,a0
      wakeup(&p->nwrite);
ffffffc08020308e:	855e                	mv	a0,s7
      if (current_killed()) {
ffffffc080203090:	eb91                	bnez	a5,ffffffc0802030a4 <pipe_write+0x160>
      wakeup(&p->nwrite);
ffffffc080203092:	1cc030ef          	jal	ffffffc08020625e <wakeup>
      sleep_on(&p->nread, &p->lock);
ffffffc080203096:	85d6                	mv	a1,s5
ffffffc080203098:	8562                	mv	a0,s8
ffffffc08020309a:	174030ef          	jal	ffffffc08020620e <sleep_on>
  while (i < m) {
ffffffc08020309e:	f29d4be3          	blt	s10,s1,ffffffc080202fd4 <pipe_write+0x90>
ffffffc0802030a2:	bf49                	j	ffffffc080203034 <pipe_write+0xf0>
        spin_unlock(&p->lock);
ffffffc0802030a4:	8556                	mv	a0,s5
ffffffc0802030a6:	732030ef          	jal	ffffffc0802067d8 <spin_unlock>
      return done > 0 ? done : -1;
ffffffc0802030aa:	5b7d                	li	s6,-1
ffffffc0802030ac:	b745                	j	ffffffc08020304c <pipe_write+0x108>
ffffffc0802030ae:	f9604fe3          	bgtz	s6,ffffffc08020304c <pipe_write+0x108>
ffffffc0802030b2:	bfe5                	j	ffffffc0802030aa <pipe_write+0x166>
  int done = 0;
ffffffc0802030b4:	4b01                	li	s6,0
ffffffc0802030b6:	bf59                	j	ffffffc08020304c <pipe_write+0x108>

ffffffc0802030b8 <compatible_has>:
  int interrupt;
  int addr_cells, size_cells; /* for this node's children */
};

static bool compatible_has(const struct node *n, const char *want) {
  for (int i = 0; i < n->compatible_len; i += strlen(n->compatible + i) + 1)
ffffffc0802030b8:	511c                	lw	a5,32(a0)
ffffffc0802030ba:	06f05863          	blez	a5,ffffffc08020312a <compatible_has+0x72>
static bool compatible_has(const struct node *n, const char *want) {
ffffffc0802030be:	7179                	add	sp,sp,-48
ffffffc0802030c0:	f022                	sd	s0,32(sp)
ffffffc0802030c2:	ec26                	sd	s1,24(sp)
ffffffc0802030c4:	e44e                	sd	s3,8(sp)
ffffffc0802030c6:	e052                	sd	s4,0(sp)
ffffffc0802030c8:	f406                	sd	ra,40(sp)
ffffffc0802030ca:	e84a                	sd	s2,16(sp)
ffffffc0802030cc:	1800                	add	s0,sp,48
ffffffc0802030ce:	89aa                	mv	s3,a0
ffffffc0802030d0:	8a2e                	mv	s4,a1
  for (int i = 0; i < n->compatible_len; i += strlen(n->compatible + i) + 1)
ffffffc0802030d2:	4481                	li	s1,0
ffffffc0802030d4:	a821                	j	ffffffc0802030ec <compatible_has+0x34>
ffffffc0802030d6:	0189b503          	ld	a0,24(s3)
ffffffc0802030da:	9526                	add	a0,a0,s1
ffffffc0802030dc:	4e5000ef          	jal	ffffffc080203dc0 <strlen>
ffffffc0802030e0:	0209a783          	lw	a5,32(s3)
ffffffc0802030e4:	0505                	add	a0,a0,1
ffffffc0802030e6:	9ca9                	addw	s1,s1,a0
ffffffc0802030e8:	02f4d863          	bge	s1,a5,ffffffc080203118 <compatible_has+0x60>
    if (strncmp(n->compatible + i, want, strlen(want) + 1) == 0)
ffffffc0802030ec:	0189b903          	ld	s2,24(s3)
ffffffc0802030f0:	8552                	mv	a0,s4
ffffffc0802030f2:	4cf000ef          	jal	ffffffc080203dc0 <strlen>
ffffffc0802030f6:	9926                	add	s2,s2,s1
ffffffc0802030f8:	00150613          	add	a2,a0,1
ffffffc0802030fc:	85d2                	mv	a1,s4
ffffffc0802030fe:	854a                	mv	a0,s2
ffffffc080203100:	4eb000ef          	jal	ffffffc080203dea <strncmp>
ffffffc080203104:	f969                	bnez	a0,ffffffc0802030d6 <compatible_has+0x1e>
      return true;
  return false;
}
ffffffc080203106:	70a2                	ld	ra,40(sp)
ffffffc080203108:	7402                	ld	s0,32(sp)
ffffffc08020310a:	64e2                	ld	s1,24(sp)
ffffffc08020310c:	6942                	ld	s2,16(sp)
ffffffc08020310e:	69a2                	ld	s3,8(sp)
ffffffc080203110:	6a02                	ld	s4,0(sp)
      return true;
ffffffc080203112:	4505                	li	a0,1
}
ffffffc080203114:	6145                	add	sp,sp,48
ffffffc080203116:	8082                	ret
ffffffc080203118:	70a2                	ld	ra,40(sp)
ffffffc08020311a:	7402                	ld	s0,32(sp)
ffffffc08020311c:	64e2                	ld	s1,24(sp)
ffffffc08020311e:	6942                	ld	s2,16(sp)
ffffffc080203120:	69a2                	ld	s3,8(sp)
ffffffc080203122:	6a02                	ld	s4,0(sp)
  return false;
ffffffc080203124:	4501                	li	a0,0
}
ffffffc080203126:	6145                	add	sp,sp,48
ffffffc080203128:	8082                	ret
  return false;
ffffffc08020312a:	4501                	li	a0,0
}
ffffffc08020312c:	8082                	ret

ffffffc08020312e <dtb_parse>:
  } else if (strncmp(pname, "bootargs", 9) == 0 && depth == 1) {
    safestrcpy(machine.bootargs, (const char *)val, sizeof(machine.bootargs));
  }
}

void dtb_parse(uint64 pa) {
ffffffc08020312e:	d4010113          	add	sp,sp,-704
  const uint8 *blob = P2V(pa);
ffffffc080203132:	587d                	li	a6,-1
void dtb_parse(uint64 pa) {
ffffffc080203134:	2a813823          	sd	s0,688(sp)
ffffffc080203138:	27813823          	sd	s8,624(sp)
ffffffc08020313c:	2a113c23          	sd	ra,696(sp)
ffffffc080203140:	2a913423          	sd	s1,680(sp)
ffffffc080203144:	2b213023          	sd	s2,672(sp)
ffffffc080203148:	29313c23          	sd	s3,664(sp)
ffffffc08020314c:	29413823          	sd	s4,656(sp)
ffffffc080203150:	29513423          	sd	s5,648(sp)
ffffffc080203154:	29613023          	sd	s6,640(sp)
ffffffc080203158:	27713c23          	sd	s7,632(sp)
ffffffc08020315c:	27913423          	sd	s9,616(sp)
ffffffc080203160:	27a13023          	sd	s10,608(sp)
ffffffc080203164:	25b13c23          	sd	s11,600(sp)
ffffffc080203168:	0580                	add	s0,sp,704
  const uint8 *blob = P2V(pa);
ffffffc08020316a:	181a                	sll	a6,a6,0x26
ffffffc08020316c:	01050c33          	add	s8,a0,a6
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc080203170:	000c4783          	lbu	a5,0(s8)
ffffffc080203174:	001c4683          	lbu	a3,1(s8)
ffffffc080203178:	003c4603          	lbu	a2,3(s8)
ffffffc08020317c:	002c4703          	lbu	a4,2(s8)
ffffffc080203180:	0187979b          	sllw	a5,a5,0x18
ffffffc080203184:	0106969b          	sllw	a3,a3,0x10
ffffffc080203188:	8fd5                	or	a5,a5,a3
ffffffc08020318a:	0087171b          	sllw	a4,a4,0x8
ffffffc08020318e:	8fd1                	or	a5,a5,a2
ffffffc080203190:	8fd9                	or	a5,a5,a4
  if (be32(blob) != FDT_MAGIC)
ffffffc080203192:	d00e0737          	lui	a4,0xd00e0
ffffffc080203196:	2781                	sext.w	a5,a5
ffffffc080203198:	eed70713          	add	a4,a4,-275 # ffffffffd00dfeed <kernel_end+0x3f4fa20eed>
ffffffc08020319c:	5ce79b63          	bne	a5,a4,ffffffc080203772 <dtb_parse+0x644>
    panic("dtb_parse: no device tree at %p", (void *)pa);
  machine.dtb_pa = pa;
ffffffc0802031a0:	00290c97          	auipc	s9,0x290
ffffffc0802031a4:	550c8c93          	add	s9,s9,1360 # ffffffc0804936f0 <machine>
ffffffc0802031a8:	20acb023          	sd	a0,512(s9)
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc0802031ac:	004c4783          	lbu	a5,4(s8)
ffffffc0802031b0:	005c4683          	lbu	a3,5(s8)
ffffffc0802031b4:	007c4603          	lbu	a2,7(s8)
ffffffc0802031b8:	006c4703          	lbu	a4,6(s8)
ffffffc0802031bc:	0106969b          	sllw	a3,a3,0x10
ffffffc0802031c0:	0187979b          	sllw	a5,a5,0x18
ffffffc0802031c4:	8fd5                	or	a5,a5,a3
ffffffc0802031c6:	8fd1                	or	a5,a5,a2
ffffffc0802031c8:	0087171b          	sllw	a4,a4,0x8
ffffffc0802031cc:	8fd9                	or	a5,a5,a4
  machine.dtb_size = be32(blob + 4);
ffffffc0802031ce:	1782                	sll	a5,a5,0x20
ffffffc0802031d0:	9381                	srl	a5,a5,0x20
ffffffc0802031d2:	20fcb423          	sd	a5,520(s9)
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc0802031d6:	008c4483          	lbu	s1,8(s8)
ffffffc0802031da:	009c4303          	lbu	t1,9(s8)
ffffffc0802031de:	010c4783          	lbu	a5,16(s8)
ffffffc0802031e2:	011c4503          	lbu	a0,17(s8)
ffffffc0802031e6:	00cc4903          	lbu	s2,12(s8)
ffffffc0802031ea:	00dc4583          	lbu	a1,13(s8)
ffffffc0802031ee:	00bc4f03          	lbu	t5,11(s8)
ffffffc0802031f2:	00ac4603          	lbu	a2,10(s8)
ffffffc0802031f6:	013c4e83          	lbu	t4,19(s8)
ffffffc0802031fa:	012c4683          	lbu	a3,18(s8)
ffffffc0802031fe:	00fc4e03          	lbu	t3,15(s8)
ffffffc080203202:	00ec4703          	lbu	a4,14(s8)
ffffffc080203206:	0184949b          	sllw	s1,s1,0x18
ffffffc08020320a:	0103131b          	sllw	t1,t1,0x10
ffffffc08020320e:	0187979b          	sllw	a5,a5,0x18
ffffffc080203212:	0105151b          	sllw	a0,a0,0x10
ffffffc080203216:	0189191b          	sllw	s2,s2,0x18
ffffffc08020321a:	0105959b          	sllw	a1,a1,0x10
ffffffc08020321e:	0064e4b3          	or	s1,s1,t1
ffffffc080203222:	8fc9                	or	a5,a5,a0
ffffffc080203224:	00b96933          	or	s2,s2,a1
ffffffc080203228:	0086161b          	sllw	a2,a2,0x8
ffffffc08020322c:	0087171b          	sllw	a4,a4,0x8
ffffffc080203230:	01e4e4b3          	or	s1,s1,t5
ffffffc080203234:	01d7e7b3          	or	a5,a5,t4
ffffffc080203238:	0086969b          	sllw	a3,a3,0x8
ffffffc08020323c:	01c96933          	or	s2,s2,t3
ffffffc080203240:	8cd1                	or	s1,s1,a2
ffffffc080203242:	8fd5                	or	a5,a5,a3
ffffffc080203244:	00e96933          	or	s2,s2,a4
  const uint8 *p = blob + be32(blob + 8);
ffffffc080203248:	1482                	sll	s1,s1,0x20
  const char *strings = (const char *)blob + be32(blob + 12);
  for (const uint8 *rsv = blob + be32(blob + 16); be_cells(rsv + 8, 2); rsv += 16)
ffffffc08020324a:	1782                	sll	a5,a5,0x20
  const char *strings = (const char *)blob + be32(blob + 12);
ffffffc08020324c:	02091713          	sll	a4,s2,0x20
  const uint8 *p = blob + be32(blob + 8);
ffffffc080203250:	9081                	srl	s1,s1,0x20
  for (const uint8 *rsv = blob + be32(blob + 16); be_cells(rsv + 8, 2); rsv += 16)
ffffffc080203252:	9381                	srl	a5,a5,0x20
  const char *strings = (const char *)blob + be32(blob + 12);
ffffffc080203254:	9301                	srl	a4,a4,0x20
  const uint8 *p = blob + be32(blob + 8);
ffffffc080203256:	94e2                	add	s1,s1,s8
  const char *strings = (const char *)blob + be32(blob + 12);
ffffffc080203258:	d4e43423          	sd	a4,-696(s0)
  for (const uint8 *rsv = blob + be32(blob + 16); be_cells(rsv + 8, 2); rsv += 16)
ffffffc08020325c:	97e2                	add	a5,a5,s8
  if (machine.nreserved < DTB_MAX_RESERVED) {
ffffffc08020325e:	461d                	li	a2,7
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc080203260:	00c7c683          	lbu	a3,12(a5)
ffffffc080203264:	00d7c303          	lbu	t1,13(a5)
ffffffc080203268:	0087c703          	lbu	a4,8(a5)
ffffffc08020326c:	0097ce03          	lbu	t3,9(a5)
ffffffc080203270:	00f7ce83          	lbu	t4,15(a5)
ffffffc080203274:	00e7c583          	lbu	a1,14(a5)
ffffffc080203278:	00b7cf03          	lbu	t5,11(a5)
ffffffc08020327c:	00a7c503          	lbu	a0,10(a5)
ffffffc080203280:	0186969b          	sllw	a3,a3,0x18
ffffffc080203284:	0103131b          	sllw	t1,t1,0x10
ffffffc080203288:	0187171b          	sllw	a4,a4,0x18
ffffffc08020328c:	010e1e1b          	sllw	t3,t3,0x10
ffffffc080203290:	0066e6b3          	or	a3,a3,t1
ffffffc080203294:	01c76733          	or	a4,a4,t3
ffffffc080203298:	01d6e6b3          	or	a3,a3,t4
ffffffc08020329c:	0085959b          	sllw	a1,a1,0x8
ffffffc0802032a0:	01e76733          	or	a4,a4,t5
ffffffc0802032a4:	0085151b          	sllw	a0,a0,0x8
ffffffc0802032a8:	8ecd                	or	a3,a3,a1
ffffffc0802032aa:	8f49                	or	a4,a4,a0
    v = v << 32 | be32(p + 4 * i);
ffffffc0802032ac:	1682                	sll	a3,a3,0x20
ffffffc0802032ae:	1702                	sll	a4,a4,0x20
ffffffc0802032b0:	9281                	srl	a3,a3,0x20
ffffffc0802032b2:	8f55                	or	a4,a4,a3
  for (const uint8 *rsv = blob + be32(blob + 16); be_cells(rsv + 8, 2); rsv += 16)
ffffffc0802032b4:	cf35                	beqz	a4,ffffffc080203330 <dtb_parse+0x202>
  if (machine.nreserved < DTB_MAX_RESERVED) {
ffffffc0802032b6:	078ca503          	lw	a0,120(s9)
ffffffc0802032ba:	06a64963          	blt	a2,a0,ffffffc08020332c <dtb_parse+0x1fe>
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc0802032be:	0047c583          	lbu	a1,4(a5)
ffffffc0802032c2:	0057c303          	lbu	t1,5(a5)
ffffffc0802032c6:	0007c683          	lbu	a3,0(a5)
ffffffc0802032ca:	0017cf03          	lbu	t5,1(a5)
ffffffc0802032ce:	0077cf83          	lbu	t6,7(a5)
ffffffc0802032d2:	0067ce03          	lbu	t3,6(a5)
ffffffc0802032d6:	0037c283          	lbu	t0,3(a5)
ffffffc0802032da:	0027ce83          	lbu	t4,2(a5)
ffffffc0802032de:	0103131b          	sllw	t1,t1,0x10
ffffffc0802032e2:	0185959b          	sllw	a1,a1,0x18
ffffffc0802032e6:	0065e5b3          	or	a1,a1,t1
ffffffc0802032ea:	0186969b          	sllw	a3,a3,0x18
ffffffc0802032ee:	010f1f1b          	sllw	t5,t5,0x10
ffffffc0802032f2:	01e6e6b3          	or	a3,a3,t5
ffffffc0802032f6:	01f5e5b3          	or	a1,a1,t6
ffffffc0802032fa:	008e1e1b          	sllw	t3,t3,0x8
ffffffc0802032fe:	0056e6b3          	or	a3,a3,t0
ffffffc080203302:	008e9e9b          	sllw	t4,t4,0x8
ffffffc080203306:	01c5e5b3          	or	a1,a1,t3
    machine.reserved[machine.nreserved].base = base;
ffffffc08020330a:	00850313          	add	t1,a0,8
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc08020330e:	01d6e6b3          	or	a3,a3,t4
    v = v << 32 | be32(p + 4 * i);
ffffffc080203312:	1582                	sll	a1,a1,0x20
    machine.reserved[machine.nreserved].base = base;
ffffffc080203314:	0312                	sll	t1,t1,0x4
    v = v << 32 | be32(p + 4 * i);
ffffffc080203316:	1682                	sll	a3,a3,0x20
ffffffc080203318:	9181                	srl	a1,a1,0x20
    machine.reserved[machine.nreserved].base = base;
ffffffc08020331a:	9366                	add	t1,t1,s9
    v = v << 32 | be32(p + 4 * i);
ffffffc08020331c:	8ecd                	or	a3,a3,a1
    machine.nreserved++;
ffffffc08020331e:	2505                	addw	a0,a0,1
    machine.reserved[machine.nreserved].base = base;
ffffffc080203320:	00d33023          	sd	a3,0(t1)
    machine.reserved[machine.nreserved].size = size;
ffffffc080203324:	00e33423          	sd	a4,8(t1)
    machine.nreserved++;
ffffffc080203328:	06acac23          	sw	a0,120(s9)
  for (const uint8 *rsv = blob + be32(blob + 16); be_cells(rsv + 8, 2); rsv += 16)
ffffffc08020332c:	07c1                	add	a5,a5,16
ffffffc08020332e:	bf0d                	j	ffffffc080203260 <dtb_parse+0x132>
    add_reserved(be_cells(rsv, 2), be_cells(rsv + 8, 2));

  struct node stack[MAX_DEPTH];
  int depth = -1;
ffffffc080203330:	597d                	li	s2,-1
  for (;;) {
    uint32 tok = be32(p);
    p += 4;
    if (tok == FDT_BEGIN_NODE) {
ffffffc080203332:	4b05                	li	s6,1
        panic("dtb_parse: tree deeper than %d", MAX_DEPTH);
      memset(&stack[depth], 0, sizeof(stack[depth]));
      stack[depth].name = name;
      stack[depth].addr_cells = 2;
      stack[depth].size_cells = 1;
    } else if (tok == FDT_END_NODE) {
ffffffc080203334:	4b89                	li	s7,2
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc080203336:	0004c783          	lbu	a5,0(s1)
ffffffc08020333a:	0014c603          	lbu	a2,1(s1)
ffffffc08020333e:	0034c583          	lbu	a1,3(s1)
ffffffc080203342:	0024c683          	lbu	a3,2(s1)
ffffffc080203346:	0187979b          	sllw	a5,a5,0x18
ffffffc08020334a:	0106161b          	sllw	a2,a2,0x10
ffffffc08020334e:	8fd1                	or	a5,a5,a2
ffffffc080203350:	8fcd                	or	a5,a5,a1
ffffffc080203352:	0086969b          	sllw	a3,a3,0x8
ffffffc080203356:	8fd5                	or	a5,a5,a3
ffffffc080203358:	2781                	sext.w	a5,a5
    p += 4;
ffffffc08020335a:	00448a13          	add	s4,s1,4
    if (tok == FDT_BEGIN_NODE) {
ffffffc08020335e:	13678263          	beq	a5,s6,ffffffc080203482 <dtb_parse+0x354>
    } else if (tok == FDT_END_NODE) {
ffffffc080203362:	07778a63          	beq	a5,s7,ffffffc0802033d6 <dtb_parse+0x2a8>
      finish_node(stack, depth);
      depth--;
    } else if (tok == FDT_PROP) {
ffffffc080203366:	470d                	li	a4,3
ffffffc080203368:	16e78163          	beq	a5,a4,ffffffc0802034ca <dtb_parse+0x39c>
      int len = be32(p);
      const char *pname = strings + be32(p + 4);
      read_prop(stack, depth, pname, p + 8, len);
      p += 8 + ((len + 3) & ~3);
    } else if (tok == FDT_NOP) {
ffffffc08020336c:	4711                	li	a4,4
ffffffc08020336e:	10e78863          	beq	a5,a4,ffffffc08020347e <dtb_parse+0x350>
      continue;
    } else {
      break; /* FDT_END or garbage */
    }
  }
  if (machine.mem_size == 0 || machine.nharts == 0 || machine.uart_base == 0)
ffffffc080203372:	008cb783          	ld	a5,8(s9)
ffffffc080203376:	44078c63          	beqz	a5,ffffffc0802037ce <dtb_parse+0x6a0>
ffffffc08020337a:	010ca783          	lw	a5,16(s9)
ffffffc08020337e:	44078863          	beqz	a5,ffffffc0802037ce <dtb_parse+0x6a0>
ffffffc080203382:	060cb783          	ld	a5,96(s9)
ffffffc080203386:	44078463          	beqz	a5,ffffffc0802037ce <dtb_parse+0x6a0>
    panic("dtb_parse: no memory, harts or UART in the device tree");
  if (machine.timebase_hz == 0)
ffffffc08020338a:	058cb783          	ld	a5,88(s9)
ffffffc08020338e:	e799                	bnez	a5,ffffffc08020339c <dtb_parse+0x26e>
    machine.timebase_hz = 10000000;
ffffffc080203390:	009897b7          	lui	a5,0x989
ffffffc080203394:	68078793          	add	a5,a5,1664 # 989680 <KERNEL_PA-0x7f876980>
ffffffc080203398:	04fcbc23          	sd	a5,88(s9)
}
ffffffc08020339c:	2b813083          	ld	ra,696(sp)
ffffffc0802033a0:	2b013403          	ld	s0,688(sp)
ffffffc0802033a4:	2a813483          	ld	s1,680(sp)
ffffffc0802033a8:	2a013903          	ld	s2,672(sp)
ffffffc0802033ac:	29813983          	ld	s3,664(sp)
ffffffc0802033b0:	29013a03          	ld	s4,656(sp)
ffffffc0802033b4:	28813a83          	ld	s5,648(sp)
ffffffc0802033b8:	28013b03          	ld	s6,640(sp)
ffffffc0802033bc:	27813b83          	ld	s7,632(sp)
ffffffc0802033c0:	27013c03          	ld	s8,624(sp)
ffffffc0802033c4:	26813c83          	ld	s9,616(sp)
ffffffc0802033c8:	26013d03          	ld	s10,608(sp)
ffffffc0802033cc:	25813d83          	ld	s11,600(sp)
ffffffc0802033d0:	2c010113          	add	sp,sp,704
ffffffc0802033d4:	8082                	ret
  struct node *n = &stack[depth];
ffffffc0802033d6:	00391793          	sll	a5,s2,0x3
ffffffc0802033da:	97ca                	add	a5,a5,s2
ffffffc0802033dc:	078e                	sll	a5,a5,0x3
ffffffc0802033de:	d5040713          	add	a4,s0,-688
ffffffc0802033e2:	00f70ab3          	add	s5,a4,a5
ffffffc0802033e6:	8d56                	mv	s10,s5
  struct node *parent = depth > 0 ? &stack[depth - 1] : n;
ffffffc0802033e8:	01205663          	blez	s2,ffffffc0802033f4 <dtb_parse+0x2c6>
ffffffc0802033ec:	fb878793          	add	a5,a5,-72
ffffffc0802033f0:	00f70d33          	add	s10,a4,a5
  uint64 base = n->reg ? be_cells(n->reg, ac) : 0;
ffffffc0802033f4:	008ab303          	ld	t1,8(s5)
  int ac = parent->addr_cells, sc = parent->size_cells;
ffffffc0802033f8:	03cd2603          	lw	a2,60(s10)
ffffffc0802033fc:	040d2e03          	lw	t3,64(s10)
  uint64 base = n->reg ? be_cells(n->reg, ac) : 0;
ffffffc080203400:	30030463          	beqz	t1,ffffffc080203708 <dtb_parse+0x5da>
  for (int i = 0; i < cells; i++)
ffffffc080203404:	32c05d63          	blez	a2,ffffffc08020373e <dtb_parse+0x610>
ffffffc080203408:	00261e93          	sll	t4,a2,0x2
ffffffc08020340c:	869a                	mv	a3,t1
ffffffc08020340e:	9e9a                	add	t4,t4,t1
  uint64 v = 0;
ffffffc080203410:	4481                	li	s1,0
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc080203412:	0006c783          	lbu	a5,0(a3)
ffffffc080203416:	0016c503          	lbu	a0,1(a3)
ffffffc08020341a:	0036cf03          	lbu	t5,3(a3)
ffffffc08020341e:	0026c583          	lbu	a1,2(a3)
ffffffc080203422:	0187979b          	sllw	a5,a5,0x18
ffffffc080203426:	0105151b          	sllw	a0,a0,0x10
ffffffc08020342a:	8fc9                	or	a5,a5,a0
ffffffc08020342c:	01e7e7b3          	or	a5,a5,t5
ffffffc080203430:	0085959b          	sllw	a1,a1,0x8
ffffffc080203434:	8fcd                	or	a5,a5,a1
    v = v << 32 | be32(p + 4 * i);
ffffffc080203436:	1782                	sll	a5,a5,0x20
ffffffc080203438:	1482                	sll	s1,s1,0x20
ffffffc08020343a:	9381                	srl	a5,a5,0x20
  for (int i = 0; i < cells; i++)
ffffffc08020343c:	0691                	add	a3,a3,4
    v = v << 32 | be32(p + 4 * i);
ffffffc08020343e:	8cdd                	or	s1,s1,a5
  for (int i = 0; i < cells; i++)
ffffffc080203440:	fdd699e3          	bne	a3,t4,ffffffc080203412 <dtb_parse+0x2e4>
  uint64 size = n->reg && sc ? be_cells(n->reg + 4 * ac, sc) : 0;
ffffffc080203444:	4d81                	li	s11,0
ffffffc080203446:	120e1163          	bnez	t3,ffffffc080203568 <dtb_parse+0x43a>
  if (depth == 1 && n->device_type && strncmp(n->device_type, "memory", 7) == 0) {
ffffffc08020344a:	4785                	li	a5,1
ffffffc08020344c:	16f90363          	beq	s2,a5,ffffffc0802035b2 <dtb_parse+0x484>
  } else if (depth == 2 && name_is(parent->name, "cpus") && name_is(n->name, "cpu")) {
ffffffc080203450:	4789                	li	a5,2
ffffffc080203452:	18f90763          	beq	s2,a5,ffffffc0802035e0 <dtb_parse+0x4b2>
  } else if (compatible_has(n, "ns16550a") && machine.uart_base == 0) {
ffffffc080203456:	00005597          	auipc	a1,0x5
ffffffc08020345a:	27258593          	add	a1,a1,626 # ffffffc0802086c8 <__func__.0+0x90>
ffffffc08020345e:	8556                	mv	a0,s5
ffffffc080203460:	c59ff0ef          	jal	ffffffc0802030b8 <compatible_has>
ffffffc080203464:	20050863          	beqz	a0,ffffffc080203674 <dtb_parse+0x546>
ffffffc080203468:	060cb783          	ld	a5,96(s9)
ffffffc08020346c:	20079463          	bnez	a5,ffffffc080203674 <dtb_parse+0x546>
    machine.uart_irq = n->interrupt;
ffffffc080203470:	038aa783          	lw	a5,56(s5)
    machine.uart_base = base;
ffffffc080203474:	069cb023          	sd	s1,96(s9)
    machine.uart_irq = n->interrupt;
ffffffc080203478:	06fca423          	sw	a5,104(s9)
      depth--;
ffffffc08020347c:	397d                	addw	s2,s2,-1 # fff <KERNEL_PA-0x801ff001>
    p += 4;
ffffffc08020347e:	84d2                	mv	s1,s4
ffffffc080203480:	bd5d                	j	ffffffc080203336 <dtb_parse+0x208>
      p += (strlen(name) + 4) & ~3UL;
ffffffc080203482:	8552                	mv	a0,s4
ffffffc080203484:	13d000ef          	jal	ffffffc080203dc0 <strlen>
ffffffc080203488:	00450493          	add	s1,a0,4
ffffffc08020348c:	98f1                	and	s1,s1,-4
      if (++depth >= MAX_DEPTH)
ffffffc08020348e:	2905                	addw	s2,s2,1
ffffffc080203490:	479d                	li	a5,7
      p += (strlen(name) + 4) & ~3UL;
ffffffc080203492:	94d2                	add	s1,s1,s4
      if (++depth >= MAX_DEPTH)
ffffffc080203494:	3327c663          	blt	a5,s2,ffffffc0802037c0 <dtb_parse+0x692>
      memset(&stack[depth], 0, sizeof(stack[depth]));
ffffffc080203498:	00391793          	sll	a5,s2,0x3
ffffffc08020349c:	97ca                	add	a5,a5,s2
ffffffc08020349e:	00379993          	sll	s3,a5,0x3
ffffffc0802034a2:	d5040793          	add	a5,s0,-688
ffffffc0802034a6:	01378533          	add	a0,a5,s3
ffffffc0802034aa:	04800613          	li	a2,72
ffffffc0802034ae:	4581                	li	a1,0
ffffffc0802034b0:	7d0000ef          	jal	ffffffc080203c80 <memset>
      stack[depth].name = name;
ffffffc0802034b4:	f9098793          	add	a5,s3,-112
ffffffc0802034b8:	97a2                	add	a5,a5,s0
      stack[depth].addr_cells = 2;
ffffffc0802034ba:	4689                	li	a3,2
      stack[depth].name = name;
ffffffc0802034bc:	dd47b023          	sd	s4,-576(a5)
      stack[depth].addr_cells = 2;
ffffffc0802034c0:	ded7ae23          	sw	a3,-516(a5)
      stack[depth].size_cells = 1;
ffffffc0802034c4:	e167a023          	sw	s6,-512(a5)
ffffffc0802034c8:	b5bd                	j	ffffffc080203336 <dtb_parse+0x208>
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc0802034ca:	0084ca83          	lbu	s5,8(s1)
ffffffc0802034ce:	0094c683          	lbu	a3,9(s1)
ffffffc0802034d2:	00b4c583          	lbu	a1,11(s1)
ffffffc0802034d6:	00a4c603          	lbu	a2,10(s1)
ffffffc0802034da:	0044c983          	lbu	s3,4(s1)
ffffffc0802034de:	0054c783          	lbu	a5,5(s1)
ffffffc0802034e2:	0106969b          	sllw	a3,a3,0x10
ffffffc0802034e6:	018a9a9b          	sllw	s5,s5,0x18
ffffffc0802034ea:	00daeab3          	or	s5,s5,a3
ffffffc0802034ee:	00baeab3          	or	s5,s5,a1
ffffffc0802034f2:	0086161b          	sllw	a2,a2,0x8
ffffffc0802034f6:	0107979b          	sllw	a5,a5,0x10
ffffffc0802034fa:	0189999b          	sllw	s3,s3,0x18
ffffffc0802034fe:	00caeab3          	or	s5,s5,a2
ffffffc080203502:	00f9e9b3          	or	s3,s3,a5
      const char *pname = strings + be32(p + 4);
ffffffc080203506:	d4843783          	ld	a5,-696(s0)
ffffffc08020350a:	1a82                	sll	s5,s5,0x20
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc08020350c:	0074c583          	lbu	a1,7(s1)
ffffffc080203510:	0064c683          	lbu	a3,6(s1)
      const char *pname = strings + be32(p + 4);
ffffffc080203514:	020ada93          	srl	s5,s5,0x20
ffffffc080203518:	9abe                	add	s5,s5,a5
  struct node *n = &stack[depth];
ffffffc08020351a:	00391793          	sll	a5,s2,0x3
      const char *pname = strings + be32(p + 4);
ffffffc08020351e:	9ae2                	add	s5,s5,s8
  struct node *n = &stack[depth];
ffffffc080203520:	97ca                	add	a5,a5,s2
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc080203522:	00b9e9b3          	or	s3,s3,a1
ffffffc080203526:	0086969b          	sllw	a3,a3,0x8
  struct node *n = &stack[depth];
ffffffc08020352a:	078e                	sll	a5,a5,0x3
ffffffc08020352c:	d5040713          	add	a4,s0,-688
  if (strncmp(pname, "reg", 4) == 0) {
ffffffc080203530:	4611                	li	a2,4
ffffffc080203532:	00005597          	auipc	a1,0x5
ffffffc080203536:	1ce58593          	add	a1,a1,462 # ffffffc080208700 <__func__.0+0xc8>
ffffffc08020353a:	8556                	mv	a0,s5
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc08020353c:	00d9e9b3          	or	s3,s3,a3
  struct node *n = &stack[depth];
ffffffc080203540:	00f70d33          	add	s10,a4,a5
  if (strncmp(pname, "reg", 4) == 0) {
ffffffc080203544:	0a7000ef          	jal	ffffffc080203dea <strncmp>
      int len = be32(p);
ffffffc080203548:	2981                	sext.w	s3,s3
      read_prop(stack, depth, pname, p + 8, len);
ffffffc08020354a:	00c48d93          	add	s11,s1,12
  if (strncmp(pname, "reg", 4) == 0) {
ffffffc08020354e:	1c051063          	bnez	a0,ffffffc08020370e <dtb_parse+0x5e0>
    n->reg = val;
ffffffc080203552:	01bd3423          	sd	s11,8(s10)
    n->reg_len = len;
ffffffc080203556:	013d2823          	sw	s3,16(s10)
      p += 8 + ((len + 3) & ~3);
ffffffc08020355a:	0039879b          	addw	a5,s3,3
ffffffc08020355e:	9bf1                	and	a5,a5,-4
ffffffc080203560:	27a1                	addw	a5,a5,8
ffffffc080203562:	00fa04b3          	add	s1,s4,a5
ffffffc080203566:	bbc1                	j	ffffffc080203336 <dtb_parse+0x208>
  uint64 size = n->reg && sc ? be_cells(n->reg + 4 * ac, sc) : 0;
ffffffc080203568:	0026169b          	sllw	a3,a2,0x2
  for (int i = 0; i < cells; i++)
ffffffc08020356c:	edc05fe3          	blez	t3,ffffffc08020344a <dtb_parse+0x31c>
ffffffc080203570:	002e1793          	sll	a5,t3,0x2
ffffffc080203574:	97b6                	add	a5,a5,a3
ffffffc080203576:	969a                	add	a3,a3,t1
ffffffc080203578:	933e                	add	t1,t1,a5
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc08020357a:	0006c783          	lbu	a5,0(a3)
ffffffc08020357e:	0016c583          	lbu	a1,1(a3)
ffffffc080203582:	0036c503          	lbu	a0,3(a3)
ffffffc080203586:	0026c603          	lbu	a2,2(a3)
ffffffc08020358a:	0187979b          	sllw	a5,a5,0x18
ffffffc08020358e:	0105959b          	sllw	a1,a1,0x10
ffffffc080203592:	8fcd                	or	a5,a5,a1
ffffffc080203594:	8fc9                	or	a5,a5,a0
ffffffc080203596:	0086161b          	sllw	a2,a2,0x8
ffffffc08020359a:	8fd1                	or	a5,a5,a2
    v = v << 32 | be32(p + 4 * i);
ffffffc08020359c:	1782                	sll	a5,a5,0x20
ffffffc08020359e:	1d82                	sll	s11,s11,0x20
ffffffc0802035a0:	9381                	srl	a5,a5,0x20
  for (int i = 0; i < cells; i++)
ffffffc0802035a2:	0691                	add	a3,a3,4
    v = v << 32 | be32(p + 4 * i);
ffffffc0802035a4:	01b7edb3          	or	s11,a5,s11
  for (int i = 0; i < cells; i++)
ffffffc0802035a8:	fc6699e3          	bne	a3,t1,ffffffc08020357a <dtb_parse+0x44c>
  if (depth == 1 && n->device_type && strncmp(n->device_type, "memory", 7) == 0) {
ffffffc0802035ac:	4785                	li	a5,1
ffffffc0802035ae:	eaf911e3          	bne	s2,a5,ffffffc080203450 <dtb_parse+0x322>
ffffffc0802035b2:	028ab503          	ld	a0,40(s5)
ffffffc0802035b6:	ea0500e3          	beqz	a0,ffffffc080203456 <dtb_parse+0x328>
ffffffc0802035ba:	461d                	li	a2,7
ffffffc0802035bc:	00005597          	auipc	a1,0x5
ffffffc0802035c0:	e3458593          	add	a1,a1,-460 # ffffffc0802083f0 <CSWTCH.21+0x108>
ffffffc0802035c4:	027000ef          	jal	ffffffc080203dea <strncmp>
ffffffc0802035c8:	e80517e3          	bnez	a0,ffffffc080203456 <dtb_parse+0x328>
    if (machine.mem_size == 0) {
ffffffc0802035cc:	008cb783          	ld	a5,8(s9)
ffffffc0802035d0:	ea0796e3          	bnez	a5,ffffffc08020347c <dtb_parse+0x34e>
      machine.mem_base = base;
ffffffc0802035d4:	009cb023          	sd	s1,0(s9)
      machine.mem_size = size;
ffffffc0802035d8:	01bcb423          	sd	s11,8(s9)
      depth--;
ffffffc0802035dc:	397d                	addw	s2,s2,-1
ffffffc0802035de:	b545                	j	ffffffc08020347e <dtb_parse+0x350>
  } else if (depth == 2 && name_is(parent->name, "cpus") && name_is(n->name, "cpu")) {
ffffffc0802035e0:	000d3983          	ld	s3,0(s10)
  size_t n = strlen(base);
ffffffc0802035e4:	00005517          	auipc	a0,0x5
ffffffc0802035e8:	0bc50513          	add	a0,a0,188 # ffffffc0802086a0 <__func__.0+0x68>
ffffffc0802035ec:	7d4000ef          	jal	ffffffc080203dc0 <strlen>
ffffffc0802035f0:	862a                	mv	a2,a0
  return strncmp(name, base, n) == 0 && (name[n] == 0 || name[n] == '@');
ffffffc0802035f2:	d4a43023          	sd	a0,-704(s0)
ffffffc0802035f6:	00005597          	auipc	a1,0x5
ffffffc0802035fa:	0aa58593          	add	a1,a1,170 # ffffffc0802086a0 <__func__.0+0x68>
ffffffc0802035fe:	854e                	mv	a0,s3
ffffffc080203600:	7ea000ef          	jal	ffffffc080203dea <strncmp>
ffffffc080203604:	e909                	bnez	a0,ffffffc080203616 <dtb_parse+0x4e8>
ffffffc080203606:	d4043603          	ld	a2,-704(s0)
ffffffc08020360a:	99b2                	add	s3,s3,a2
ffffffc08020360c:	0009c783          	lbu	a5,0(s3)
ffffffc080203610:	0bf7f793          	and	a5,a5,191
ffffffc080203614:	c3c1                	beqz	a5,ffffffc080203694 <dtb_parse+0x566>
  } else if (depth == 2 && name_is(parent->name, "reserved-memory") && n->reg) {
ffffffc080203616:	000d3983          	ld	s3,0(s10)
  size_t n = strlen(base);
ffffffc08020361a:	00005517          	auipc	a0,0x5
ffffffc08020361e:	09e50513          	add	a0,a0,158 # ffffffc0802086b8 <__func__.0+0x80>
ffffffc080203622:	79e000ef          	jal	ffffffc080203dc0 <strlen>
ffffffc080203626:	8d2a                	mv	s10,a0
  return strncmp(name, base, n) == 0 && (name[n] == 0 || name[n] == '@');
ffffffc080203628:	862a                	mv	a2,a0
ffffffc08020362a:	00005597          	auipc	a1,0x5
ffffffc08020362e:	08e58593          	add	a1,a1,142 # ffffffc0802086b8 <__func__.0+0x80>
ffffffc080203632:	854e                	mv	a0,s3
ffffffc080203634:	7b6000ef          	jal	ffffffc080203dea <strncmp>
ffffffc080203638:	e0051fe3          	bnez	a0,ffffffc080203456 <dtb_parse+0x328>
ffffffc08020363c:	99ea                	add	s3,s3,s10
ffffffc08020363e:	0009c783          	lbu	a5,0(s3)
ffffffc080203642:	0bf7f793          	and	a5,a5,191
ffffffc080203646:	e00798e3          	bnez	a5,ffffffc080203456 <dtb_parse+0x328>
  } else if (depth == 2 && name_is(parent->name, "reserved-memory") && n->reg) {
ffffffc08020364a:	008ab783          	ld	a5,8(s5)
ffffffc08020364e:	e00784e3          	beqz	a5,ffffffc080203456 <dtb_parse+0x328>
  if (machine.nreserved < DTB_MAX_RESERVED) {
ffffffc080203652:	078ca683          	lw	a3,120(s9)
ffffffc080203656:	479d                	li	a5,7
ffffffc080203658:	e2d7c2e3          	blt	a5,a3,ffffffc08020347c <dtb_parse+0x34e>
    machine.reserved[machine.nreserved].base = base;
ffffffc08020365c:	00868793          	add	a5,a3,8
ffffffc080203660:	0792                	sll	a5,a5,0x4
ffffffc080203662:	97e6                	add	a5,a5,s9
    machine.nreserved++;
ffffffc080203664:	2685                	addw	a3,a3,1
    machine.reserved[machine.nreserved].base = base;
ffffffc080203666:	e384                	sd	s1,0(a5)
    machine.reserved[machine.nreserved].size = size;
ffffffc080203668:	01b7b423          	sd	s11,8(a5)
    machine.nreserved++;
ffffffc08020366c:	06dcac23          	sw	a3,120(s9)
      depth--;
ffffffc080203670:	397d                	addw	s2,s2,-1
ffffffc080203672:	b531                	j	ffffffc08020347e <dtb_parse+0x350>
  } else if ((compatible_has(n, "riscv,plic0") || compatible_has(n, "sifive,plic-1.0.0")) &&
ffffffc080203674:	00005597          	auipc	a1,0x5
ffffffc080203678:	06458593          	add	a1,a1,100 # ffffffc0802086d8 <__func__.0+0xa0>
ffffffc08020367c:	8556                	mv	a0,s5
ffffffc08020367e:	a3bff0ef          	jal	ffffffc0802030b8 <compatible_has>
ffffffc080203682:	c545                	beqz	a0,ffffffc08020372a <dtb_parse+0x5fc>
ffffffc080203684:	070cb783          	ld	a5,112(s9)
ffffffc080203688:	de079ae3          	bnez	a5,ffffffc08020347c <dtb_parse+0x34e>
    machine.plic_base = base;
ffffffc08020368c:	069cb823          	sd	s1,112(s9)
      depth--;
ffffffc080203690:	397d                	addw	s2,s2,-1
ffffffc080203692:	b3f5                	j	ffffffc08020347e <dtb_parse+0x350>
  } else if (depth == 2 && name_is(parent->name, "cpus") && name_is(n->name, "cpu")) {
ffffffc080203694:	000ab983          	ld	s3,0(s5)
  size_t n = strlen(base);
ffffffc080203698:	00005517          	auipc	a0,0x5
ffffffc08020369c:	01050513          	add	a0,a0,16 # ffffffc0802086a8 <__func__.0+0x70>
ffffffc0802036a0:	720000ef          	jal	ffffffc080203dc0 <strlen>
ffffffc0802036a4:	862a                	mv	a2,a0
  return strncmp(name, base, n) == 0 && (name[n] == 0 || name[n] == '@');
ffffffc0802036a6:	d4a43023          	sd	a0,-704(s0)
ffffffc0802036aa:	00005597          	auipc	a1,0x5
ffffffc0802036ae:	ffe58593          	add	a1,a1,-2 # ffffffc0802086a8 <__func__.0+0x70>
ffffffc0802036b2:	854e                	mv	a0,s3
ffffffc0802036b4:	736000ef          	jal	ffffffc080203dea <strncmp>
ffffffc0802036b8:	fd39                	bnez	a0,ffffffc080203616 <dtb_parse+0x4e8>
ffffffc0802036ba:	d4043603          	ld	a2,-704(s0)
ffffffc0802036be:	99b2                	add	s3,s3,a2
ffffffc0802036c0:	0009c783          	lbu	a5,0(s3)
ffffffc0802036c4:	0bf7f793          	and	a5,a5,191
ffffffc0802036c8:	f7b9                	bnez	a5,ffffffc080203616 <dtb_parse+0x4e8>
    bool ok = !n->status || strncmp(n->status, "okay", 5) == 0;
ffffffc0802036ca:	030ab503          	ld	a0,48(s5)
ffffffc0802036ce:	c911                	beqz	a0,ffffffc0802036e2 <dtb_parse+0x5b4>
ffffffc0802036d0:	4615                	li	a2,5
ffffffc0802036d2:	00005597          	auipc	a1,0x5
ffffffc0802036d6:	fde58593          	add	a1,a1,-34 # ffffffc0802086b0 <__func__.0+0x78>
ffffffc0802036da:	710000ef          	jal	ffffffc080203dea <strncmp>
ffffffc0802036de:	d8051fe3          	bnez	a0,ffffffc08020347c <dtb_parse+0x34e>
    if (ok && n->reg && machine.nharts < NCPU)
ffffffc0802036e2:	008ab783          	ld	a5,8(s5)
ffffffc0802036e6:	d8078be3          	beqz	a5,ffffffc08020347c <dtb_parse+0x34e>
ffffffc0802036ea:	010ca683          	lw	a3,16(s9)
ffffffc0802036ee:	479d                	li	a5,7
ffffffc0802036f0:	d8d7c6e3          	blt	a5,a3,ffffffc08020347c <dtb_parse+0x34e>
      machine.hartids[machine.nharts++] = base;
ffffffc0802036f4:	00268793          	add	a5,a3,2
ffffffc0802036f8:	078e                	sll	a5,a5,0x3
ffffffc0802036fa:	2685                	addw	a3,a3,1
ffffffc0802036fc:	97e6                	add	a5,a5,s9
ffffffc0802036fe:	00dca823          	sw	a3,16(s9)
ffffffc080203702:	e784                	sd	s1,8(a5)
      depth--;
ffffffc080203704:	397d                	addw	s2,s2,-1
ffffffc080203706:	bba5                	j	ffffffc08020347e <dtb_parse+0x350>
  uint64 base = n->reg ? be_cells(n->reg, ac) : 0;
ffffffc080203708:	4481                	li	s1,0
  uint64 size = n->reg && sc ? be_cells(n->reg + 4 * ac, sc) : 0;
ffffffc08020370a:	4d81                	li	s11,0
ffffffc08020370c:	bb3d                	j	ffffffc08020344a <dtb_parse+0x31c>
  } else if (strncmp(pname, "compatible", 11) == 0) {
ffffffc08020370e:	462d                	li	a2,11
ffffffc080203710:	00005597          	auipc	a1,0x5
ffffffc080203714:	ff858593          	add	a1,a1,-8 # ffffffc080208708 <__func__.0+0xd0>
ffffffc080203718:	8556                	mv	a0,s5
ffffffc08020371a:	6d0000ef          	jal	ffffffc080203dea <strncmp>
ffffffc08020371e:	e115                	bnez	a0,ffffffc080203742 <dtb_parse+0x614>
    n->compatible = (const char *)val;
ffffffc080203720:	01bd3c23          	sd	s11,24(s10)
    n->compatible_len = len;
ffffffc080203724:	033d2023          	sw	s3,32(s10)
ffffffc080203728:	bd0d                	j	ffffffc08020355a <dtb_parse+0x42c>
  } else if ((compatible_has(n, "riscv,plic0") || compatible_has(n, "sifive,plic-1.0.0")) &&
ffffffc08020372a:	00005597          	auipc	a1,0x5
ffffffc08020372e:	fbe58593          	add	a1,a1,-66 # ffffffc0802086e8 <__func__.0+0xb0>
ffffffc080203732:	8556                	mv	a0,s5
ffffffc080203734:	985ff0ef          	jal	ffffffc0802030b8 <compatible_has>
ffffffc080203738:	f531                	bnez	a0,ffffffc080203684 <dtb_parse+0x556>
      depth--;
ffffffc08020373a:	397d                	addw	s2,s2,-1
ffffffc08020373c:	b389                	j	ffffffc08020347e <dtb_parse+0x350>
  uint64 v = 0;
ffffffc08020373e:	4481                	li	s1,0
ffffffc080203740:	b311                	j	ffffffc080203444 <dtb_parse+0x316>
  } else if (strncmp(pname, "device_type", 12) == 0) {
ffffffc080203742:	4631                	li	a2,12
ffffffc080203744:	00005597          	auipc	a1,0x5
ffffffc080203748:	fd458593          	add	a1,a1,-44 # ffffffc080208718 <__func__.0+0xe0>
ffffffc08020374c:	8556                	mv	a0,s5
ffffffc08020374e:	69c000ef          	jal	ffffffc080203dea <strncmp>
ffffffc080203752:	e501                	bnez	a0,ffffffc08020375a <dtb_parse+0x62c>
    n->device_type = (const char *)val;
ffffffc080203754:	03bd3423          	sd	s11,40(s10)
ffffffc080203758:	b509                	j	ffffffc08020355a <dtb_parse+0x42c>
  } else if (strncmp(pname, "status", 7) == 0) {
ffffffc08020375a:	461d                	li	a2,7
ffffffc08020375c:	00005597          	auipc	a1,0x5
ffffffc080203760:	fcc58593          	add	a1,a1,-52 # ffffffc080208728 <__func__.0+0xf0>
ffffffc080203764:	8556                	mv	a0,s5
ffffffc080203766:	684000ef          	jal	ffffffc080203dea <strncmp>
ffffffc08020376a:	e919                	bnez	a0,ffffffc080203780 <dtb_parse+0x652>
    n->status = (const char *)val;
ffffffc08020376c:	03bd3823          	sd	s11,48(s10)
ffffffc080203770:	b3ed                	j	ffffffc08020355a <dtb_parse+0x42c>
    panic("dtb_parse: no device tree at %p", (void *)pa);
ffffffc080203772:	85aa                	mv	a1,a0
ffffffc080203774:	00005517          	auipc	a0,0x5
ffffffc080203778:	eec50513          	add	a0,a0,-276 # ffffffc080208660 <__func__.0+0x28>
ffffffc08020377c:	434000ef          	jal	ffffffc080203bb0 <panic>
  } else if (strncmp(pname, "interrupts", 11) == 0 && len >= 4) {
ffffffc080203780:	462d                	li	a2,11
ffffffc080203782:	00005597          	auipc	a1,0x5
ffffffc080203786:	fae58593          	add	a1,a1,-82 # ffffffc080208730 <__func__.0+0xf8>
ffffffc08020378a:	8556                	mv	a0,s5
ffffffc08020378c:	65e000ef          	jal	ffffffc080203dea <strncmp>
ffffffc080203790:	e529                	bnez	a0,ffffffc0802037da <dtb_parse+0x6ac>
ffffffc080203792:	478d                	li	a5,3
ffffffc080203794:	0537d363          	bge	a5,s3,ffffffc0802037da <dtb_parse+0x6ac>
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc080203798:	00c4c783          	lbu	a5,12(s1)
ffffffc08020379c:	00d4c603          	lbu	a2,13(s1)
ffffffc0802037a0:	00f4c583          	lbu	a1,15(s1)
ffffffc0802037a4:	00e4c683          	lbu	a3,14(s1)
ffffffc0802037a8:	0187979b          	sllw	a5,a5,0x18
ffffffc0802037ac:	0106161b          	sllw	a2,a2,0x10
ffffffc0802037b0:	8fd1                	or	a5,a5,a2
ffffffc0802037b2:	8fcd                	or	a5,a5,a1
ffffffc0802037b4:	0086969b          	sllw	a3,a3,0x8
ffffffc0802037b8:	8fd5                	or	a5,a5,a3
    n->interrupt = be32(val);
ffffffc0802037ba:	02fd2c23          	sw	a5,56(s10)
ffffffc0802037be:	bb71                	j	ffffffc08020355a <dtb_parse+0x42c>
        panic("dtb_parse: tree deeper than %d", MAX_DEPTH);
ffffffc0802037c0:	45a1                	li	a1,8
ffffffc0802037c2:	00005517          	auipc	a0,0x5
ffffffc0802037c6:	ebe50513          	add	a0,a0,-322 # ffffffc080208680 <__func__.0+0x48>
ffffffc0802037ca:	3e6000ef          	jal	ffffffc080203bb0 <panic>
    panic("dtb_parse: no memory, harts or UART in the device tree");
ffffffc0802037ce:	00005517          	auipc	a0,0x5
ffffffc0802037d2:	fba50513          	add	a0,a0,-70 # ffffffc080208788 <__func__.0+0x150>
ffffffc0802037d6:	3da000ef          	jal	ffffffc080203bb0 <panic>
  } else if (strncmp(pname, "#address-cells", 15) == 0) {
ffffffc0802037da:	463d                	li	a2,15
ffffffc0802037dc:	00005597          	auipc	a1,0x5
ffffffc0802037e0:	f6458593          	add	a1,a1,-156 # ffffffc080208740 <__func__.0+0x108>
ffffffc0802037e4:	8556                	mv	a0,s5
ffffffc0802037e6:	604000ef          	jal	ffffffc080203dea <strncmp>
ffffffc0802037ea:	e50d                	bnez	a0,ffffffc080203814 <dtb_parse+0x6e6>
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc0802037ec:	00c4c783          	lbu	a5,12(s1)
ffffffc0802037f0:	00d4c603          	lbu	a2,13(s1)
ffffffc0802037f4:	00f4c583          	lbu	a1,15(s1)
ffffffc0802037f8:	00e4c683          	lbu	a3,14(s1)
ffffffc0802037fc:	0187979b          	sllw	a5,a5,0x18
ffffffc080203800:	0106161b          	sllw	a2,a2,0x10
ffffffc080203804:	8fd1                	or	a5,a5,a2
ffffffc080203806:	8fcd                	or	a5,a5,a1
ffffffc080203808:	0086969b          	sllw	a3,a3,0x8
ffffffc08020380c:	8fd5                	or	a5,a5,a3
    n->addr_cells = be32(val);
ffffffc08020380e:	02fd2e23          	sw	a5,60(s10)
ffffffc080203812:	b3a1                	j	ffffffc08020355a <dtb_parse+0x42c>
  } else if (strncmp(pname, "#size-cells", 12) == 0) {
ffffffc080203814:	4631                	li	a2,12
ffffffc080203816:	00005597          	auipc	a1,0x5
ffffffc08020381a:	f3a58593          	add	a1,a1,-198 # ffffffc080208750 <__func__.0+0x118>
ffffffc08020381e:	8556                	mv	a0,s5
ffffffc080203820:	5ca000ef          	jal	ffffffc080203dea <strncmp>
ffffffc080203824:	e50d                	bnez	a0,ffffffc08020384e <dtb_parse+0x720>
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc080203826:	00c4c783          	lbu	a5,12(s1)
ffffffc08020382a:	00d4c603          	lbu	a2,13(s1)
ffffffc08020382e:	00f4c583          	lbu	a1,15(s1)
ffffffc080203832:	00e4c683          	lbu	a3,14(s1)
ffffffc080203836:	0187979b          	sllw	a5,a5,0x18
ffffffc08020383a:	0106161b          	sllw	a2,a2,0x10
ffffffc08020383e:	8fd1                	or	a5,a5,a2
ffffffc080203840:	8fcd                	or	a5,a5,a1
ffffffc080203842:	0086969b          	sllw	a3,a3,0x8
ffffffc080203846:	8fd5                	or	a5,a5,a3
    n->size_cells = be32(val);
ffffffc080203848:	04fd2023          	sw	a5,64(s10)
ffffffc08020384c:	b339                	j	ffffffc08020355a <dtb_parse+0x42c>
  } else if (strncmp(pname, "timebase-frequency", 19) == 0 && name_is(n->name, "cpus")) {
ffffffc08020384e:	464d                	li	a2,19
ffffffc080203850:	00005597          	auipc	a1,0x5
ffffffc080203854:	f1058593          	add	a1,a1,-240 # ffffffc080208760 <__func__.0+0x128>
ffffffc080203858:	8556                	mv	a0,s5
ffffffc08020385a:	590000ef          	jal	ffffffc080203dea <strncmp>
ffffffc08020385e:	e52d                	bnez	a0,ffffffc0802038c8 <dtb_parse+0x79a>
ffffffc080203860:	000d3d03          	ld	s10,0(s10)
  size_t n = strlen(base);
ffffffc080203864:	00005517          	auipc	a0,0x5
ffffffc080203868:	e3c50513          	add	a0,a0,-452 # ffffffc0802086a0 <__func__.0+0x68>
ffffffc08020386c:	554000ef          	jal	ffffffc080203dc0 <strlen>
ffffffc080203870:	862a                	mv	a2,a0
  return strncmp(name, base, n) == 0 && (name[n] == 0 || name[n] == '@');
ffffffc080203872:	d4a43023          	sd	a0,-704(s0)
ffffffc080203876:	00005597          	auipc	a1,0x5
ffffffc08020387a:	e2a58593          	add	a1,a1,-470 # ffffffc0802086a0 <__func__.0+0x68>
ffffffc08020387e:	856a                	mv	a0,s10
ffffffc080203880:	56a000ef          	jal	ffffffc080203dea <strncmp>
ffffffc080203884:	e131                	bnez	a0,ffffffc0802038c8 <dtb_parse+0x79a>
ffffffc080203886:	d4043603          	ld	a2,-704(s0)
ffffffc08020388a:	9d32                	add	s10,s10,a2
ffffffc08020388c:	000d4783          	lbu	a5,0(s10)
ffffffc080203890:	0bf7f793          	and	a5,a5,191
ffffffc080203894:	eb95                	bnez	a5,ffffffc0802038c8 <dtb_parse+0x79a>
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc080203896:	00d4c783          	lbu	a5,13(s1)
ffffffc08020389a:	00c4c603          	lbu	a2,12(s1)
ffffffc08020389e:	00f4c583          	lbu	a1,15(s1)
ffffffc0802038a2:	00e4c683          	lbu	a3,14(s1)
ffffffc0802038a6:	0107979b          	sllw	a5,a5,0x10
ffffffc0802038aa:	0186161b          	sllw	a2,a2,0x18
ffffffc0802038ae:	8fd1                	or	a5,a5,a2
ffffffc0802038b0:	0086969b          	sllw	a3,a3,0x8
ffffffc0802038b4:	8fcd                	or	a5,a5,a1
ffffffc0802038b6:	8fd5                	or	a5,a5,a3
    v = v << 32 | be32(p + 4 * i);
ffffffc0802038b8:	1782                	sll	a5,a5,0x20
    machine.timebase_hz = len == 8 ? be_cells(val, 2) : be32(val);
ffffffc0802038ba:	46a1                	li	a3,8
    v = v << 32 | be32(p + 4 * i);
ffffffc0802038bc:	9381                	srl	a5,a5,0x20
    machine.timebase_hz = len == 8 ? be_cells(val, 2) : be32(val);
ffffffc0802038be:	02d98c63          	beq	s3,a3,ffffffc0802038f6 <dtb_parse+0x7c8>
ffffffc0802038c2:	04fcbc23          	sd	a5,88(s9)
ffffffc0802038c6:	b951                	j	ffffffc08020355a <dtb_parse+0x42c>
  } else if (strncmp(pname, "bootargs", 9) == 0 && depth == 1) {
ffffffc0802038c8:	4625                	li	a2,9
ffffffc0802038ca:	00005597          	auipc	a1,0x5
ffffffc0802038ce:	eae58593          	add	a1,a1,-338 # ffffffc080208778 <__func__.0+0x140>
ffffffc0802038d2:	8556                	mv	a0,s5
ffffffc0802038d4:	516000ef          	jal	ffffffc080203dea <strncmp>
ffffffc0802038d8:	c80511e3          	bnez	a0,ffffffc08020355a <dtb_parse+0x42c>
ffffffc0802038dc:	4785                	li	a5,1
ffffffc0802038de:	c6f91ee3          	bne	s2,a5,ffffffc08020355a <dtb_parse+0x42c>
    safestrcpy(machine.bootargs, (const char *)val, sizeof(machine.bootargs));
ffffffc0802038e2:	10000613          	li	a2,256
ffffffc0802038e6:	85ee                	mv	a1,s11
ffffffc0802038e8:	00290517          	auipc	a0,0x290
ffffffc0802038ec:	f0850513          	add	a0,a0,-248 # ffffffc0804937f0 <machine+0x100>
ffffffc0802038f0:	532000ef          	jal	ffffffc080203e22 <safestrcpy>
ffffffc0802038f4:	b19d                	j	ffffffc08020355a <dtb_parse+0x42c>
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc0802038f6:	0104c683          	lbu	a3,16(s1)
ffffffc0802038fa:	0114c583          	lbu	a1,17(s1)
ffffffc0802038fe:	0134c503          	lbu	a0,19(s1)
ffffffc080203902:	0124c603          	lbu	a2,18(s1)
ffffffc080203906:	0186969b          	sllw	a3,a3,0x18
ffffffc08020390a:	0105959b          	sllw	a1,a1,0x10
ffffffc08020390e:	8ecd                	or	a3,a3,a1
ffffffc080203910:	8ec9                	or	a3,a3,a0
ffffffc080203912:	0086161b          	sllw	a2,a2,0x8
ffffffc080203916:	8ed1                	or	a3,a3,a2
    v = v << 32 | be32(p + 4 * i);
ffffffc080203918:	1682                	sll	a3,a3,0x20
ffffffc08020391a:	9281                	srl	a3,a3,0x20
ffffffc08020391c:	1782                	sll	a5,a5,0x20
ffffffc08020391e:	8fd5                	or	a5,a5,a3
    machine.timebase_hz = len == 8 ? be_cells(val, 2) : be32(val);
ffffffc080203920:	04fcbc23          	sd	a5,88(s9)
ffffffc080203924:	b91d                	j	ffffffc08020355a <dtb_parse+0x42c>

ffffffc080203926 <put_uint>:
#include "proc/cpu.h"
#include "arch/riscv/memlayout.h"

volatile uint32 panicked; /* set once by the first panic; other harts halt */

static void put_uint(uint64 v, int base, int width) {
ffffffc080203926:	7139                	add	sp,sp,-64
ffffffc080203928:	f822                	sd	s0,48(sp)
ffffffc08020392a:	0080                	add	s0,sp,64
ffffffc08020392c:	f426                	sd	s1,40(sp)
ffffffc08020392e:	fc06                	sd	ra,56(sp)
ffffffc080203930:	f04a                	sd	s2,32(sp)
ffffffc080203932:	fc840493          	add	s1,s0,-56
  char buf[24];
  int i = 0;
  do {
    buf[i++] = "0123456789abcdef"[v % base];
ffffffc080203936:	87a6                	mv	a5,s1
ffffffc080203938:	00005897          	auipc	a7,0x5
ffffffc08020393c:	e8888893          	add	a7,a7,-376 # ffffffc0802087c0 <__func__.0+0x188>
ffffffc080203940:	02b57733          	remu	a4,a0,a1
ffffffc080203944:	86be                	mv	a3,a5
    v /= base;
  } while (v);
ffffffc080203946:	0785                	add	a5,a5,1
ffffffc080203948:	882a                	mv	a6,a0
    buf[i++] = "0123456789abcdef"[v % base];
ffffffc08020394a:	9746                	add	a4,a4,a7
ffffffc08020394c:	00074703          	lbu	a4,0(a4)
    v /= base;
ffffffc080203950:	02b55533          	divu	a0,a0,a1
    buf[i++] = "0123456789abcdef"[v % base];
ffffffc080203954:	fee78fa3          	sb	a4,-1(a5)
  } while (v);
ffffffc080203958:	feb874e3          	bgeu	a6,a1,ffffffc080203940 <put_uint+0x1a>
ffffffc08020395c:	9e85                	subw	a3,a3,s1
ffffffc08020395e:	0016879b          	addw	a5,a3,1
  while (i < width)
ffffffc080203962:	04c7d663          	bge	a5,a2,ffffffc0802039ae <put_uint+0x88>
ffffffc080203966:	40f6073b          	subw	a4,a2,a5
ffffffc08020396a:	1702                	sll	a4,a4,0x20
ffffffc08020396c:	97a6                	add	a5,a5,s1
ffffffc08020396e:	9301                	srl	a4,a4,0x20
ffffffc080203970:	973e                	add	a4,a4,a5
    buf[i++] = '0';
ffffffc080203972:	03000693          	li	a3,48
ffffffc080203976:	00d78023          	sb	a3,0(a5)
  while (i < width)
ffffffc08020397a:	0785                	add	a5,a5,1
ffffffc08020397c:	fee79de3          	bne	a5,a4,ffffffc080203976 <put_uint+0x50>
ffffffc080203980:	fff6079b          	addw	a5,a2,-1
ffffffc080203984:	fff48913          	add	s2,s1,-1
ffffffc080203988:	1782                	sll	a5,a5,0x20
ffffffc08020398a:	9932                	add	s2,s2,a2
ffffffc08020398c:	9381                	srl	a5,a5,0x20
ffffffc08020398e:	94b2                	add	s1,s1,a2
ffffffc080203990:	40f90933          	sub	s2,s2,a5
  while (i)
    uart_putc_locked(buf[--i]);
ffffffc080203994:	fff4c503          	lbu	a0,-1(s1)
  while (i)
ffffffc080203998:	14fd                	add	s1,s1,-1
    uart_putc_locked(buf[--i]);
ffffffc08020399a:	d3bfd0ef          	jal	ffffffc0802016d4 <uart_putc_locked>
  while (i)
ffffffc08020399e:	ff249be3          	bne	s1,s2,ffffffc080203994 <put_uint+0x6e>
}
ffffffc0802039a2:	70e2                	ld	ra,56(sp)
ffffffc0802039a4:	7442                	ld	s0,48(sp)
ffffffc0802039a6:	74a2                	ld	s1,40(sp)
ffffffc0802039a8:	7902                	ld	s2,32(sp)
ffffffc0802039aa:	6121                	add	sp,sp,64
ffffffc0802039ac:	8082                	ret
    buf[i++] = "0123456789abcdef"[v % base];
ffffffc0802039ae:	863e                	mv	a2,a5
ffffffc0802039b0:	bfc1                	j	ffffffc080203980 <put_uint+0x5a>

ffffffc0802039b2 <vkprintf>:
    uart_putc_locked(*fmt);
  }
  return fmt + 1;
}

static void vkprintf(const char *fmt, va_list ap) {
ffffffc0802039b2:	872a                	mv	a4,a0
  while (*fmt) {
ffffffc0802039b4:	00054503          	lbu	a0,0(a0)
ffffffc0802039b8:	1a050a63          	beqz	a0,ffffffc080203b6c <vkprintf+0x1ba>
static void vkprintf(const char *fmt, va_list ap) {
ffffffc0802039bc:	711d                	add	sp,sp,-96
ffffffc0802039be:	e8a2                	sd	s0,80(sp)
ffffffc0802039c0:	e4a6                	sd	s1,72(sp)
ffffffc0802039c2:	e0ca                	sd	s2,64(sp)
ffffffc0802039c4:	fc4e                	sd	s3,56(sp)
ffffffc0802039c6:	f852                	sd	s4,48(sp)
ffffffc0802039c8:	f456                	sd	s5,40(sp)
ffffffc0802039ca:	f05a                	sd	s6,32(sp)
ffffffc0802039cc:	e862                	sd	s8,16(sp)
ffffffc0802039ce:	ec86                	sd	ra,88(sp)
ffffffc0802039d0:	ec5e                	sd	s7,24(sp)
ffffffc0802039d2:	e466                	sd	s9,8(sp)
ffffffc0802039d4:	1080                	add	s0,sp,96
ffffffc0802039d6:	892e                	mv	s2,a1
    if (*fmt != '%') {
ffffffc0802039d8:	02500493          	li	s1,37
  while (*fmt == 'l') {
ffffffc0802039dc:	06c00c13          	li	s8,108
  switch (*fmt) {
ffffffc0802039e0:	07800b13          	li	s6,120
ffffffc0802039e4:	06200a93          	li	s5,98
ffffffc0802039e8:	4a55                	li	s4,21
ffffffc0802039ea:	00005997          	auipc	s3,0x5
ffffffc0802039ee:	e2e98993          	add	s3,s3,-466 # ffffffc080208818 <__func__.0+0x1e0>
ffffffc0802039f2:	a039                	j	ffffffc080203a00 <vkprintf+0x4e>
      uart_putc_locked(*fmt++);
ffffffc0802039f4:	ce1fd0ef          	jal	ffffffc0802016d4 <uart_putc_locked>
ffffffc0802039f8:	875e                	mv	a4,s7
  while (*fmt) {
ffffffc0802039fa:	00074503          	lbu	a0,0(a4)
ffffffc0802039fe:	c939                	beqz	a0,ffffffc080203a54 <vkprintf+0xa2>
      uart_putc_locked(*fmt++);
ffffffc080203a00:	00170b93          	add	s7,a4,1
    if (*fmt != '%') {
ffffffc080203a04:	fe9518e3          	bne	a0,s1,ffffffc0802039f4 <vkprintf+0x42>
  while (*fmt == 'l') {
ffffffc080203a08:	00174783          	lbu	a5,1(a4)
ffffffc080203a0c:	13879163          	bne	a5,s8,ffffffc080203b2e <vkprintf+0x17c>
ffffffc080203a10:	001bc783          	lbu	a5,1(s7)
    fmt++;
ffffffc080203a14:	0b85                	add	s7,s7,1
  while (*fmt == 'l') {
ffffffc080203a16:	ff878de3          	beq	a5,s8,ffffffc080203a10 <vkprintf+0x5e>
    lng = 1;
ffffffc080203a1a:	4705                	li	a4,1
  switch (*fmt) {
ffffffc080203a1c:	04fb6963          	bltu	s6,a5,ffffffc080203a6e <vkprintf+0xbc>
ffffffc080203a20:	00fafd63          	bgeu	s5,a5,ffffffc080203a3a <vkprintf+0x88>
ffffffc080203a24:	f9d7879b          	addw	a5,a5,-99
ffffffc080203a28:	0ff7f793          	zext.b	a5,a5
ffffffc080203a2c:	04fa6163          	bltu	s4,a5,ffffffc080203a6e <vkprintf+0xbc>
ffffffc080203a30:	078a                	sll	a5,a5,0x2
ffffffc080203a32:	97ce                	add	a5,a5,s3
ffffffc080203a34:	439c                	lw	a5,0(a5)
ffffffc080203a36:	97ce                	add	a5,a5,s3
ffffffc080203a38:	8782                	jr	a5
ffffffc080203a3a:	875e                	mv	a4,s7
ffffffc080203a3c:	dfdd                	beqz	a5,ffffffc0802039fa <vkprintf+0x48>
ffffffc080203a3e:	02979863          	bne	a5,s1,ffffffc080203a6e <vkprintf+0xbc>
    uart_putc_locked('%');
ffffffc080203a42:	02500513          	li	a0,37
ffffffc080203a46:	c8ffd0ef          	jal	ffffffc0802016d4 <uart_putc_locked>
  return fmt + 1;
ffffffc080203a4a:	001b8713          	add	a4,s7,1
  while (*fmt) {
ffffffc080203a4e:	00074503          	lbu	a0,0(a4)
ffffffc080203a52:	f55d                	bnez	a0,ffffffc080203a00 <vkprintf+0x4e>
      continue;
    }
    fmt = put_conv(fmt + 1, &ap);
  }
}
ffffffc080203a54:	60e6                	ld	ra,88(sp)
ffffffc080203a56:	6446                	ld	s0,80(sp)
ffffffc080203a58:	64a6                	ld	s1,72(sp)
ffffffc080203a5a:	6906                	ld	s2,64(sp)
ffffffc080203a5c:	79e2                	ld	s3,56(sp)
ffffffc080203a5e:	7a42                	ld	s4,48(sp)
ffffffc080203a60:	7aa2                	ld	s5,40(sp)
ffffffc080203a62:	7b02                	ld	s6,32(sp)
ffffffc080203a64:	6be2                	ld	s7,24(sp)
ffffffc080203a66:	6c42                	ld	s8,16(sp)
ffffffc080203a68:	6ca2                	ld	s9,8(sp)
ffffffc080203a6a:	6125                	add	sp,sp,96
ffffffc080203a6c:	8082                	ret
    uart_putc_locked('%');
ffffffc080203a6e:	02500513          	li	a0,37
ffffffc080203a72:	c63fd0ef          	jal	ffffffc0802016d4 <uart_putc_locked>
    uart_putc_locked(*fmt);
ffffffc080203a76:	000bc503          	lbu	a0,0(s7)
ffffffc080203a7a:	c5bfd0ef          	jal	ffffffc0802016d4 <uart_putc_locked>
  return fmt + 1;
ffffffc080203a7e:	001b8713          	add	a4,s7,1
ffffffc080203a82:	b7f1                	j	ffffffc080203a4e <vkprintf+0x9c>
    int64 v = lng ? va_arg(*ap, int64) : va_arg(*ap, int);
ffffffc080203a84:	00890c93          	add	s9,s2,8
    put_uint(lng ? va_arg(*ap, uint64) : va_arg(*ap, uint), 16, 0);
ffffffc080203a88:	cb61                	beqz	a4,ffffffc080203b58 <vkprintf+0x1a6>
ffffffc080203a8a:	00093503          	ld	a0,0(s2)
ffffffc080203a8e:	4601                	li	a2,0
ffffffc080203a90:	45c1                	li	a1,16
ffffffc080203a92:	e95ff0ef          	jal	ffffffc080203926 <put_uint>
    break;
ffffffc080203a96:	8966                	mv	s2,s9
  return fmt + 1;
ffffffc080203a98:	001b8713          	add	a4,s7,1
ffffffc080203a9c:	bf4d                	j	ffffffc080203a4e <vkprintf+0x9c>
    int64 v = lng ? va_arg(*ap, int64) : va_arg(*ap, int);
ffffffc080203a9e:	00890c93          	add	s9,s2,8
    put_uint(lng ? va_arg(*ap, uint64) : va_arg(*ap, uint), 10, 0);
ffffffc080203aa2:	cb41                	beqz	a4,ffffffc080203b32 <vkprintf+0x180>
ffffffc080203aa4:	00093503          	ld	a0,0(s2)
ffffffc080203aa8:	4601                	li	a2,0
ffffffc080203aaa:	45a9                	li	a1,10
ffffffc080203aac:	e7bff0ef          	jal	ffffffc080203926 <put_uint>
    break;
ffffffc080203ab0:	8966                	mv	s2,s9
  return fmt + 1;
ffffffc080203ab2:	001b8713          	add	a4,s7,1
ffffffc080203ab6:	bf61                	j	ffffffc080203a4e <vkprintf+0x9c>
    put_str(va_arg(*ap, const char *));
ffffffc080203ab8:	00093c83          	ld	s9,0(s2)
ffffffc080203abc:	0921                	add	s2,s2,8
  if (!s)
ffffffc080203abe:	000c9663          	bnez	s9,ffffffc080203aca <vkprintf+0x118>
ffffffc080203ac2:	a871                	j	ffffffc080203b5e <vkprintf+0x1ac>
    uart_putc_locked(*s++);
ffffffc080203ac4:	0c85                	add	s9,s9,1
ffffffc080203ac6:	c0ffd0ef          	jal	ffffffc0802016d4 <uart_putc_locked>
  while (*s)
ffffffc080203aca:	000cc503          	lbu	a0,0(s9)
ffffffc080203ace:	f97d                	bnez	a0,ffffffc080203ac4 <vkprintf+0x112>
  return fmt + 1;
ffffffc080203ad0:	001b8713          	add	a4,s7,1
ffffffc080203ad4:	bfad                	j	ffffffc080203a4e <vkprintf+0x9c>
    int64 v = lng ? va_arg(*ap, int64) : va_arg(*ap, int);
ffffffc080203ad6:	c32d                	beqz	a4,ffffffc080203b38 <vkprintf+0x186>
ffffffc080203ad8:	00093c83          	ld	s9,0(s2)
    if (v < 0) {
ffffffc080203adc:	060cc263          	bltz	s9,ffffffc080203b40 <vkprintf+0x18e>
      put_uint(v, 10, 0);
ffffffc080203ae0:	4601                	li	a2,0
ffffffc080203ae2:	45a9                	li	a1,10
ffffffc080203ae4:	8566                	mv	a0,s9
ffffffc080203ae6:	e41ff0ef          	jal	ffffffc080203926 <put_uint>
    int64 v = lng ? va_arg(*ap, int64) : va_arg(*ap, int);
ffffffc080203aea:	0921                	add	s2,s2,8
  return fmt + 1;
ffffffc080203aec:	001b8713          	add	a4,s7,1
ffffffc080203af0:	bfb9                	j	ffffffc080203a4e <vkprintf+0x9c>
    uart_putc_locked(va_arg(*ap, int));
ffffffc080203af2:	00092503          	lw	a0,0(s2)
ffffffc080203af6:	0921                	add	s2,s2,8
ffffffc080203af8:	bddfd0ef          	jal	ffffffc0802016d4 <uart_putc_locked>
  return fmt + 1;
ffffffc080203afc:	001b8713          	add	a4,s7,1
ffffffc080203b00:	b7b9                	j	ffffffc080203a4e <vkprintf+0x9c>
  switch (*fmt) {
ffffffc080203b02:	03000513          	li	a0,48
ffffffc080203b06:	00005c97          	auipc	s9,0x5
ffffffc080203b0a:	cd2c8c93          	add	s9,s9,-814 # ffffffc0802087d8 <__func__.0+0x1a0>
    uart_putc_locked(*s++);
ffffffc080203b0e:	0c85                	add	s9,s9,1
ffffffc080203b10:	bc5fd0ef          	jal	ffffffc0802016d4 <uart_putc_locked>
  while (*s)
ffffffc080203b14:	000cc503          	lbu	a0,0(s9)
ffffffc080203b18:	f97d                	bnez	a0,ffffffc080203b0e <vkprintf+0x15c>
    put_uint(va_arg(*ap, uint64), 16, 16);
ffffffc080203b1a:	00093503          	ld	a0,0(s2)
ffffffc080203b1e:	4641                	li	a2,16
ffffffc080203b20:	45c1                	li	a1,16
ffffffc080203b22:	e05ff0ef          	jal	ffffffc080203926 <put_uint>
ffffffc080203b26:	0921                	add	s2,s2,8
  return fmt + 1;
ffffffc080203b28:	001b8713          	add	a4,s7,1
ffffffc080203b2c:	b70d                	j	ffffffc080203a4e <vkprintf+0x9c>
  int lng = 0;
ffffffc080203b2e:	4701                	li	a4,0
ffffffc080203b30:	b5f5                	j	ffffffc080203a1c <vkprintf+0x6a>
    put_uint(lng ? va_arg(*ap, uint64) : va_arg(*ap, uint), 10, 0);
ffffffc080203b32:	00096503          	lwu	a0,0(s2)
ffffffc080203b36:	bf8d                	j	ffffffc080203aa8 <vkprintf+0xf6>
    int64 v = lng ? va_arg(*ap, int64) : va_arg(*ap, int);
ffffffc080203b38:	00092c83          	lw	s9,0(s2)
    if (v < 0) {
ffffffc080203b3c:	fa0cd2e3          	bgez	s9,ffffffc080203ae0 <vkprintf+0x12e>
      uart_putc_locked('-');
ffffffc080203b40:	02d00513          	li	a0,45
ffffffc080203b44:	b91fd0ef          	jal	ffffffc0802016d4 <uart_putc_locked>
      put_uint(-(uint64)v, 10, 0);
ffffffc080203b48:	4601                	li	a2,0
ffffffc080203b4a:	45a9                	li	a1,10
ffffffc080203b4c:	41900533          	neg	a0,s9
ffffffc080203b50:	dd7ff0ef          	jal	ffffffc080203926 <put_uint>
    int64 v = lng ? va_arg(*ap, int64) : va_arg(*ap, int);
ffffffc080203b54:	0921                	add	s2,s2,8
ffffffc080203b56:	bf59                	j	ffffffc080203aec <vkprintf+0x13a>
    put_uint(lng ? va_arg(*ap, uint64) : va_arg(*ap, uint), 16, 0);
ffffffc080203b58:	00096503          	lwu	a0,0(s2)
ffffffc080203b5c:	bf0d                	j	ffffffc080203a8e <vkprintf+0xdc>
ffffffc080203b5e:	02800513          	li	a0,40
    s = "(null)";
ffffffc080203b62:	00005c97          	auipc	s9,0x5
ffffffc080203b66:	c7ec8c93          	add	s9,s9,-898 # ffffffc0802087e0 <__func__.0+0x1a8>
ffffffc080203b6a:	bfa9                	j	ffffffc080203ac4 <vkprintf+0x112>
ffffffc080203b6c:	8082                	ret

ffffffc080203b6e <kprintf>:

void kprintf(const char *fmt, ...) {
ffffffc080203b6e:	7159                	add	sp,sp,-112
ffffffc080203b70:	f406                	sd	ra,40(sp)
ffffffc080203b72:	f022                	sd	s0,32(sp)
ffffffc080203b74:	ec26                	sd	s1,24(sp)
ffffffc080203b76:	1800                	add	s0,sp,48
ffffffc080203b78:	e810                	sd	a2,16(s0)
ffffffc080203b7a:	ec14                	sd	a3,24(s0)
ffffffc080203b7c:	f018                	sd	a4,32(s0)
ffffffc080203b7e:	03043823          	sd	a6,48(s0)
ffffffc080203b82:	03143c23          	sd	a7,56(s0)
ffffffc080203b86:	e40c                	sd	a1,8(s0)
ffffffc080203b88:	f41c                	sd	a5,40(s0)
  va_list ap;
  va_start(ap, fmt);
ffffffc080203b8a:	00840793          	add	a5,s0,8
ffffffc080203b8e:	fcf43c23          	sd	a5,-40(s0)
void kprintf(const char *fmt, ...) {
ffffffc080203b92:	84aa                	mv	s1,a0
  uart_lock();
ffffffc080203b94:	b67fd0ef          	jal	ffffffc0802016fa <uart_lock>
  vkprintf(fmt, ap);
ffffffc080203b98:	fd843583          	ld	a1,-40(s0)
ffffffc080203b9c:	8526                	mv	a0,s1
ffffffc080203b9e:	e15ff0ef          	jal	ffffffc0802039b2 <vkprintf>
  uart_unlock();
ffffffc080203ba2:	b7ffd0ef          	jal	ffffffc080201720 <uart_unlock>
  va_end(ap);
}
ffffffc080203ba6:	70a2                	ld	ra,40(sp)
ffffffc080203ba8:	7402                	ld	s0,32(sp)
ffffffc080203baa:	64e2                	ld	s1,24(sp)
ffffffc080203bac:	6165                	add	sp,sp,112
ffffffc080203bae:	8082                	ret

ffffffc080203bb0 <panic>:
      break;
    fp = prev;
  }
}

void panic(const char *fmt, ...) {
ffffffc080203bb0:	7175                	add	sp,sp,-144
ffffffc080203bb2:	e0a2                	sd	s0,64(sp)
ffffffc080203bb4:	fc26                	sd	s1,56(sp)
ffffffc080203bb6:	e486                	sd	ra,72(sp)
ffffffc080203bb8:	f84a                	sd	s2,48(sp)
ffffffc080203bba:	f44e                	sd	s3,40(sp)
ffffffc080203bbc:	f052                	sd	s4,32(sp)
ffffffc080203bbe:	ec56                	sd	s5,24(sp)
ffffffc080203bc0:	0880                	add	s0,sp,80
ffffffc080203bc2:	84aa                	mv	s1,a0
ffffffc080203bc4:	e40c                	sd	a1,8(s0)
ffffffc080203bc6:	e810                	sd	a2,16(s0)
ffffffc080203bc8:	ec14                	sd	a3,24(s0)
ffffffc080203bca:	f018                	sd	a4,32(s0)
ffffffc080203bcc:	f41c                	sd	a5,40(s0)
ffffffc080203bce:	03043823          	sd	a6,48(s0)
ffffffc080203bd2:	03143c23          	sd	a7,56(s0)
static inline void intr_off(void) { csr_clear(sstatus, SSTATUS_SIE); }
ffffffc080203bd6:	10017073          	csrc	sstatus,2
  va_list ap;
  intr_off();
  bool first = !__atomic_exchange_n(&panicked, 1, __ATOMIC_SEQ_CST);
ffffffc080203bda:	00276717          	auipc	a4,0x276
ffffffc080203bde:	4a670713          	add	a4,a4,1190 # ffffffc08047a080 <panicked>
ffffffc080203be2:	4785                	li	a5,1
ffffffc080203be4:	0f50000f          	fence	iorw,ow
ffffffc080203be8:	0cf727af          	amoswap.w.aq	a5,a5,(a4)
ffffffc080203bec:	2781                	sext.w	a5,a5
  if (first)
ffffffc080203bee:	c7d1                	beqz	a5,ffffffc080203c7a <panic+0xca>
    uart_panic_mode();
  va_start(ap, fmt);
ffffffc080203bf0:	00840793          	add	a5,s0,8
ffffffc080203bf4:	faf43c23          	sd	a5,-72(s0)
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080203bf8:	8792                	mv	a5,tp
  kprintf("panic: hart %d: ", (int)mycpu()->hartid);
ffffffc080203bfa:	0887a583          	lw	a1,136(a5)
ffffffc080203bfe:	00005517          	auipc	a0,0x5
ffffffc080203c02:	bea50513          	add	a0,a0,-1046 # ffffffc0802087e8 <__func__.0+0x1b0>
ffffffc080203c06:	f69ff0ef          	jal	ffffffc080203b6e <kprintf>
  vkprintf(fmt, ap);
ffffffc080203c0a:	fb843583          	ld	a1,-72(s0)
ffffffc080203c0e:	8526                	mv	a0,s1
ffffffc080203c10:	da3ff0ef          	jal	ffffffc0802039b2 <vkprintf>
  va_end(ap);
  kprintf("\n");
ffffffc080203c14:	00005517          	auipc	a0,0x5
ffffffc080203c18:	f0c50513          	add	a0,a0,-244 # ffffffc080208b20 <__func__.0+0x4e8>
ffffffc080203c1c:	f53ff0ef          	jal	ffffffc080203b6e <kprintf>
  __asm__ volatile("mv %0, s0" : "=r"(x));
ffffffc080203c20:	84a2                	mv	s1,s0
    if (fp < PHYS_OFFSET || (fp & 7) || fp == 0)
ffffffc080203c22:	5a7d                	li	s4,-1
  kprintf("backtrace:\n");
ffffffc080203c24:	00005517          	auipc	a0,0x5
ffffffc080203c28:	bdc50513          	add	a0,a0,-1060 # ffffffc080208800 <__func__.0+0x1c8>
    if (fp < PHYS_OFFSET || (fp & 7) || fp == 0)
ffffffc080203c2c:	1a1a                	sll	s4,s4,0x26
  kprintf("backtrace:\n");
ffffffc080203c2e:	f41ff0ef          	jal	ffffffc080203b6e <kprintf>
    if (fp < PHYS_OFFSET || (fp & 7) || fp == 0)
ffffffc080203c32:	0344ef63          	bltu	s1,s4,ffffffc080203c70 <panic+0xc0>
ffffffc080203c36:	0074f793          	and	a5,s1,7
ffffffc080203c3a:	eb9d                	bnez	a5,ffffffc080203c70 <panic+0xc0>
ffffffc080203c3c:	4961                	li	s2,24
    kprintf("  %p\n", (void *)(ra - 4));
ffffffc080203c3e:	00005a97          	auipc	s5,0x5
ffffffc080203c42:	bd2a8a93          	add	s5,s5,-1070 # ffffffc080208810 <__func__.0+0x1d8>
ffffffc080203c46:	a011                	j	ffffffc080203c4a <panic+0x9a>
    if (fp < PHYS_OFFSET || (fp & 7) || fp == 0)
ffffffc080203c48:	e785                	bnez	a5,ffffffc080203c70 <panic+0xc0>
    uint64 ra = *(uint64 *)(fp - 8);
ffffffc080203c4a:	ff84b783          	ld	a5,-8(s1)
    uint64 prev = *(uint64 *)(fp - 16);
ffffffc080203c4e:	89a6                	mv	s3,s1
    kprintf("  %p\n", (void *)(ra - 4));
ffffffc080203c50:	8556                	mv	a0,s5
    uint64 prev = *(uint64 *)(fp - 16);
ffffffc080203c52:	ff04b483          	ld	s1,-16(s1)
  for (int depth = 0; depth < 24; depth++) {
ffffffc080203c56:	397d                	addw	s2,s2,-1
    kprintf("  %p\n", (void *)(ra - 4));
ffffffc080203c58:	ffc78593          	add	a1,a5,-4
    if (ra < PHYS_OFFSET)
ffffffc080203c5c:	0147ea63          	bltu	a5,s4,ffffffc080203c70 <panic+0xc0>
    kprintf("  %p\n", (void *)(ra - 4));
ffffffc080203c60:	f0fff0ef          	jal	ffffffc080203b6e <kprintf>
    if (fp < PHYS_OFFSET || (fp & 7) || fp == 0)
ffffffc080203c64:	0074f793          	and	a5,s1,7
    if (prev <= fp)
ffffffc080203c68:	0099f463          	bgeu	s3,s1,ffffffc080203c70 <panic+0xc0>
  for (int depth = 0; depth < 24; depth++) {
ffffffc080203c6c:	fc091ee3          	bnez	s2,ffffffc080203c48 <panic+0x98>
static inline void wfi(void) { __asm__ volatile("wfi"); }
ffffffc080203c70:	10500073          	wfi
ffffffc080203c74:	10500073          	wfi
ffffffc080203c78:	bfe5                	j	ffffffc080203c70 <panic+0xc0>
    uart_panic_mode();
ffffffc080203c7a:	acdfd0ef          	jal	ffffffc080201746 <uart_panic_mode>
ffffffc080203c7e:	bf8d                	j	ffffffc080203bf0 <panic+0x40>

ffffffc080203c80 <memset>:
/* Memory and string helpers. memcpy/memmove/memset use 64-bit words when
 * both pointers allow it: page copies and clears are on the fault path. */
#include "lib/string.h"

void *memset(void *dst, int c, size_t n) {
ffffffc080203c80:	1141                	add	sp,sp,-16
ffffffc080203c82:	e422                	sd	s0,8(sp)
  uint8 *d = dst;
  if ((((uint64)d | n) & 7) == 0) {
ffffffc080203c84:	00c567b3          	or	a5,a0,a2
void *memset(void *dst, int c, size_t n) {
ffffffc080203c88:	0800                	add	s0,sp,16
  if ((((uint64)d | n) & 7) == 0) {
ffffffc080203c8a:	8b9d                	and	a5,a5,7
    uint64 w = (uint8)c;
ffffffc080203c8c:	0ff5f593          	zext.b	a1,a1
  if ((((uint64)d | n) & 7) == 0) {
ffffffc080203c90:	cf89                	beqz	a5,ffffffc080203caa <memset+0x2a>
    w |= w << 32;
    for (uint64 *p = (uint64 *)d; n; n -= 8)
      *p++ = w;
    return dst;
  }
  while (n--)
ffffffc080203c92:	00c50733          	add	a4,a0,a2
  uint8 *d = dst;
ffffffc080203c96:	87aa                	mv	a5,a0
  while (n--)
ffffffc080203c98:	c611                	beqz	a2,ffffffc080203ca4 <memset+0x24>
    *d++ = (uint8)c;
ffffffc080203c9a:	0785                	add	a5,a5,1
ffffffc080203c9c:	feb78fa3          	sb	a1,-1(a5)
  while (n--)
ffffffc080203ca0:	fef71de3          	bne	a4,a5,ffffffc080203c9a <memset+0x1a>
  return dst;
}
ffffffc080203ca4:	6422                	ld	s0,8(sp)
ffffffc080203ca6:	0141                	add	sp,sp,16
ffffffc080203ca8:	8082                	ret
    w |= w << 32;
ffffffc080203caa:	00004797          	auipc	a5,0x4
ffffffc080203cae:	35e7b783          	ld	a5,862(a5) # ffffffc080208008 <kernel_text_end+0x8>
ffffffc080203cb2:	02f587b3          	mul	a5,a1,a5
    for (uint64 *p = (uint64 *)d; n; n -= 8)
ffffffc080203cb6:	d67d                	beqz	a2,ffffffc080203ca4 <memset+0x24>
ffffffc080203cb8:	872a                	mv	a4,a0
ffffffc080203cba:	962a                	add	a2,a2,a0
      *p++ = w;
ffffffc080203cbc:	0721                	add	a4,a4,8
ffffffc080203cbe:	fef73c23          	sd	a5,-8(a4)
    for (uint64 *p = (uint64 *)d; n; n -= 8)
ffffffc080203cc2:	fec71de3          	bne	a4,a2,ffffffc080203cbc <memset+0x3c>
}
ffffffc080203cc6:	6422                	ld	s0,8(sp)
ffffffc080203cc8:	0141                	add	sp,sp,16
ffffffc080203cca:	8082                	ret

ffffffc080203ccc <memcpy>:
  return dst;
}

/* Word copy, unrolled by eight (one loop branch per 64 bytes), when both
 * ends and the length are 64-byte multiples: every page copy. */
void *memcpy(void *dst, const void *src, size_t n) {
ffffffc080203ccc:	1141                	add	sp,sp,-16
  uint8 *d = dst;
  const uint8 *s = src;
  if ((((uint64)d | (uint64)s | n) & 63) == 0) {
ffffffc080203cce:	00b567b3          	or	a5,a0,a1
void *memcpy(void *dst, const void *src, size_t n) {
ffffffc080203cd2:	e422                	sd	s0,8(sp)
  if ((((uint64)d | (uint64)s | n) & 63) == 0) {
ffffffc080203cd4:	8fd1                	or	a5,a5,a2
void *memcpy(void *dst, const void *src, size_t n) {
ffffffc080203cd6:	0800                	add	s0,sp,16
  if ((((uint64)d | (uint64)s | n) & 63) == 0) {
ffffffc080203cd8:	03f7f793          	and	a5,a5,63
ffffffc080203cdc:	c385                	beqz	a5,ffffffc080203cfc <memcpy+0x30>
      dw[6] = h;
      dw[7] = i;
    }
    return dst;
  }
  while (n--)
ffffffc080203cde:	00c506b3          	add	a3,a0,a2
  uint8 *d = dst;
ffffffc080203ce2:	87aa                	mv	a5,a0
  while (n--)
ffffffc080203ce4:	ca09                	beqz	a2,ffffffc080203cf6 <memcpy+0x2a>
    *d++ = *s++;
ffffffc080203ce6:	0005c703          	lbu	a4,0(a1)
ffffffc080203cea:	0785                	add	a5,a5,1
ffffffc080203cec:	0585                	add	a1,a1,1
ffffffc080203cee:	fee78fa3          	sb	a4,-1(a5)
  while (n--)
ffffffc080203cf2:	fed79ae3          	bne	a5,a3,ffffffc080203ce6 <memcpy+0x1a>
  return dst;
}
ffffffc080203cf6:	6422                	ld	s0,8(sp)
ffffffc080203cf8:	0141                	add	sp,sp,16
ffffffc080203cfa:	8082                	ret
    for (const uint64 *end = sw + n / 8; sw < end; dw += 8, sw += 8) {
ffffffc080203cfc:	9a61                	and	a2,a2,-8
ffffffc080203cfe:	962e                	add	a2,a2,a1
ffffffc080203d00:	fec5fbe3          	bgeu	a1,a2,ffffffc080203cf6 <memcpy+0x2a>
    uint64 *dw = (uint64 *)d;
ffffffc080203d04:	87aa                	mv	a5,a0
      uint64 a = sw[0], b = sw[1], c = sw[2], e = sw[3];
ffffffc080203d06:	0005bf03          	ld	t5,0(a1)
ffffffc080203d0a:	0085be83          	ld	t4,8(a1)
ffffffc080203d0e:	0105be03          	ld	t3,16(a1)
ffffffc080203d12:	0185b303          	ld	t1,24(a1)
ffffffc080203d16:	0205b883          	ld	a7,32(a1)
ffffffc080203d1a:	0285b803          	ld	a6,40(a1)
ffffffc080203d1e:	7994                	ld	a3,48(a1)
ffffffc080203d20:	7d98                	ld	a4,56(a1)
      dw[0] = a;
ffffffc080203d22:	01e7b023          	sd	t5,0(a5)
ffffffc080203d26:	01d7b423          	sd	t4,8(a5)
ffffffc080203d2a:	01c7b823          	sd	t3,16(a5)
ffffffc080203d2e:	0067bc23          	sd	t1,24(a5)
ffffffc080203d32:	0317b023          	sd	a7,32(a5)
ffffffc080203d36:	0307b423          	sd	a6,40(a5)
ffffffc080203d3a:	fb94                	sd	a3,48(a5)
ffffffc080203d3c:	ff98                	sd	a4,56(a5)
    for (const uint64 *end = sw + n / 8; sw < end; dw += 8, sw += 8) {
ffffffc080203d3e:	04058593          	add	a1,a1,64
ffffffc080203d42:	04078793          	add	a5,a5,64
ffffffc080203d46:	fcc5e0e3          	bltu	a1,a2,ffffffc080203d06 <memcpy+0x3a>
}
ffffffc080203d4a:	6422                	ld	s0,8(sp)
ffffffc080203d4c:	0141                	add	sp,sp,16
ffffffc080203d4e:	8082                	ret

ffffffc080203d50 <memmove>:
void *memmove(void *dst, const void *src, size_t n) {
ffffffc080203d50:	1141                	add	sp,sp,-16
ffffffc080203d52:	e422                	sd	s0,8(sp)
ffffffc080203d54:	0800                	add	s0,sp,16
  if (d == s || n == 0)
ffffffc080203d56:	02b50663          	beq	a0,a1,ffffffc080203d82 <memmove+0x32>
ffffffc080203d5a:	c605                	beqz	a2,ffffffc080203d82 <memmove+0x32>
  if (d < s || d >= s + n)
ffffffc080203d5c:	02b56663          	bltu	a0,a1,ffffffc080203d88 <memmove+0x38>
ffffffc080203d60:	00c587b3          	add	a5,a1,a2
ffffffc080203d64:	02f57263          	bgeu	a0,a5,ffffffc080203d88 <memmove+0x38>
  while (n--)
ffffffc080203d68:	167d                	add	a2,a2,-1
ffffffc080203d6a:	56fd                	li	a3,-1
    d[n] = s[n];
ffffffc080203d6c:	00c587b3          	add	a5,a1,a2
ffffffc080203d70:	0007c703          	lbu	a4,0(a5)
ffffffc080203d74:	00c507b3          	add	a5,a0,a2
  while (n--)
ffffffc080203d78:	167d                	add	a2,a2,-1
    d[n] = s[n];
ffffffc080203d7a:	00e78023          	sb	a4,0(a5)
  while (n--)
ffffffc080203d7e:	fed617e3          	bne	a2,a3,ffffffc080203d6c <memmove+0x1c>
}
ffffffc080203d82:	6422                	ld	s0,8(sp)
ffffffc080203d84:	0141                	add	sp,sp,16
ffffffc080203d86:	8082                	ret
ffffffc080203d88:	6422                	ld	s0,8(sp)
ffffffc080203d8a:	0141                	add	sp,sp,16
    return memcpy(dst, src, n);
ffffffc080203d8c:	b781                	j	ffffffc080203ccc <memcpy>

ffffffc080203d8e <memcmp>:

int memcmp(const void *a, const void *b, size_t n) {
ffffffc080203d8e:	1141                	add	sp,sp,-16
ffffffc080203d90:	e422                	sd	s0,8(sp)
ffffffc080203d92:	0800                	add	s0,sp,16
  const uint8 *x = a, *y = b;
  for (; n; n--, x++, y++)
ffffffc080203d94:	c215                	beqz	a2,ffffffc080203db8 <memcmp+0x2a>
ffffffc080203d96:	962e                	add	a2,a2,a1
ffffffc080203d98:	a019                	j	ffffffc080203d9e <memcmp+0x10>
ffffffc080203d9a:	00c58f63          	beq	a1,a2,ffffffc080203db8 <memcmp+0x2a>
    if (*x != *y)
ffffffc080203d9e:	00054783          	lbu	a5,0(a0)
ffffffc080203da2:	0005c703          	lbu	a4,0(a1)
  for (; n; n--, x++, y++)
ffffffc080203da6:	0505                	add	a0,a0,1
ffffffc080203da8:	0585                	add	a1,a1,1
    if (*x != *y)
ffffffc080203daa:	fee788e3          	beq	a5,a4,ffffffc080203d9a <memcmp+0xc>
      return *x - *y;
  return 0;
}
ffffffc080203dae:	6422                	ld	s0,8(sp)
      return *x - *y;
ffffffc080203db0:	40e7853b          	subw	a0,a5,a4
}
ffffffc080203db4:	0141                	add	sp,sp,16
ffffffc080203db6:	8082                	ret
ffffffc080203db8:	6422                	ld	s0,8(sp)
  return 0;
ffffffc080203dba:	4501                	li	a0,0
}
ffffffc080203dbc:	0141                	add	sp,sp,16
ffffffc080203dbe:	8082                	ret

ffffffc080203dc0 <strlen>:

size_t strlen(const char *s) {
ffffffc080203dc0:	1141                	add	sp,sp,-16
ffffffc080203dc2:	e422                	sd	s0,8(sp)
ffffffc080203dc4:	0800                	add	s0,sp,16
  size_t n = 0;
  while (s[n])
ffffffc080203dc6:	00054783          	lbu	a5,0(a0)
ffffffc080203dca:	cf81                	beqz	a5,ffffffc080203de2 <strlen+0x22>
ffffffc080203dcc:	872a                	mv	a4,a0
  size_t n = 0;
ffffffc080203dce:	4501                	li	a0,0
    n++;
ffffffc080203dd0:	0505                	add	a0,a0,1
  while (s[n])
ffffffc080203dd2:	00a707b3          	add	a5,a4,a0
ffffffc080203dd6:	0007c783          	lbu	a5,0(a5)
ffffffc080203dda:	fbfd                	bnez	a5,ffffffc080203dd0 <strlen+0x10>
  return n;
}
ffffffc080203ddc:	6422                	ld	s0,8(sp)
ffffffc080203dde:	0141                	add	sp,sp,16
ffffffc080203de0:	8082                	ret
ffffffc080203de2:	6422                	ld	s0,8(sp)
  size_t n = 0;
ffffffc080203de4:	4501                	li	a0,0
}
ffffffc080203de6:	0141                	add	sp,sp,16
ffffffc080203de8:	8082                	ret

ffffffc080203dea <strncmp>:

int strncmp(const char *a, const char *b, size_t n) {
ffffffc080203dea:	1141                	add	sp,sp,-16
ffffffc080203dec:	e422                	sd	s0,8(sp)
ffffffc080203dee:	0800                	add	s0,sp,16
  for (; n && *a && *a == *b; n--, a++, b++)
ffffffc080203df0:	ea09                	bnez	a2,ffffffc080203e02 <strncmp+0x18>
ffffffc080203df2:	a025                	j	ffffffc080203e1a <strncmp+0x30>
ffffffc080203df4:	0005c703          	lbu	a4,0(a1)
ffffffc080203df8:	00f71963          	bne	a4,a5,ffffffc080203e0a <strncmp+0x20>
ffffffc080203dfc:	0505                	add	a0,a0,1
ffffffc080203dfe:	0585                	add	a1,a1,1
ffffffc080203e00:	ce09                	beqz	a2,ffffffc080203e1a <strncmp+0x30>
ffffffc080203e02:	00054783          	lbu	a5,0(a0)
ffffffc080203e06:	167d                	add	a2,a2,-1
ffffffc080203e08:	f7f5                	bnez	a5,ffffffc080203df4 <strncmp+0xa>
    ;
  return n ? (uint8)*a - (uint8)*b : 0;
ffffffc080203e0a:	00054503          	lbu	a0,0(a0)
ffffffc080203e0e:	0005c783          	lbu	a5,0(a1)
}
ffffffc080203e12:	6422                	ld	s0,8(sp)
  return n ? (uint8)*a - (uint8)*b : 0;
ffffffc080203e14:	9d1d                	subw	a0,a0,a5
}
ffffffc080203e16:	0141                	add	sp,sp,16
ffffffc080203e18:	8082                	ret
ffffffc080203e1a:	6422                	ld	s0,8(sp)
  return n ? (uint8)*a - (uint8)*b : 0;
ffffffc080203e1c:	4501                	li	a0,0
}
ffffffc080203e1e:	0141                	add	sp,sp,16
ffffffc080203e20:	8082                	ret

ffffffc080203e22 <safestrcpy>:

char *safestrcpy(char *dst, const char *src, size_t n) {
ffffffc080203e22:	1141                	add	sp,sp,-16
ffffffc080203e24:	e422                	sd	s0,8(sp)
ffffffc080203e26:	0800                	add	s0,sp,16
  size_t i = 0;
  for (; i + 1 < n && src[i]; i++)
ffffffc080203e28:	4785                	li	a5,1
ffffffc080203e2a:	02c7f863          	bgeu	a5,a2,ffffffc080203e5a <safestrcpy+0x38>
ffffffc080203e2e:	167d                	add	a2,a2,-1
ffffffc080203e30:	4701                	li	a4,0
ffffffc080203e32:	a029                	j	ffffffc080203e3c <safestrcpy+0x1a>
    dst[i] = src[i];
ffffffc080203e34:	00d80023          	sb	a3,0(a6)
  for (; i + 1 < n && src[i]; i++)
ffffffc080203e38:	02c70463          	beq	a4,a2,ffffffc080203e60 <safestrcpy+0x3e>
    dst[i] = src[i];
ffffffc080203e3c:	87ba                	mv	a5,a4
  for (; i + 1 < n && src[i]; i++)
ffffffc080203e3e:	972e                	add	a4,a4,a1
ffffffc080203e40:	00074683          	lbu	a3,0(a4)
    dst[i] = src[i];
ffffffc080203e44:	00f50833          	add	a6,a0,a5
ffffffc080203e48:	00178713          	add	a4,a5,1
  for (; i + 1 < n && src[i]; i++)
ffffffc080203e4c:	f6e5                	bnez	a3,ffffffc080203e34 <safestrcpy+0x12>
  if (n)
    dst[i] = 0;
ffffffc080203e4e:	97aa                	add	a5,a5,a0
ffffffc080203e50:	00078023          	sb	zero,0(a5)
  return dst;
}
ffffffc080203e54:	6422                	ld	s0,8(sp)
ffffffc080203e56:	0141                	add	sp,sp,16
ffffffc080203e58:	8082                	ret
  if (n)
ffffffc080203e5a:	de6d                	beqz	a2,ffffffc080203e54 <safestrcpy+0x32>
  size_t i = 0;
ffffffc080203e5c:	4781                	li	a5,0
ffffffc080203e5e:	bfc5                	j	ffffffc080203e4e <safestrcpy+0x2c>
ffffffc080203e60:	87ba                	mv	a5,a4
  if (n)
ffffffc080203e62:	b7f5                	j	ffffffc080203e4e <safestrcpy+0x2c>

ffffffc080203e64 <kmain>:
    if (err)
      panic("cannot start hart %d (SBI error %ld)", (int)cpus[i].hartid, err);
  }
}

void kmain(uint64 hartid, uint64 dtb_pa) {
ffffffc080203e64:	7159                	add	sp,sp,-112
ffffffc080203e66:	f0a2                	sd	s0,96(sp)
ffffffc080203e68:	e0d2                	sd	s4,64(sp)
ffffffc080203e6a:	fc56                	sd	s5,56(sp)
ffffffc080203e6c:	f486                	sd	ra,104(sp)
ffffffc080203e6e:	eca6                	sd	s1,88(sp)
ffffffc080203e70:	e8ca                	sd	s2,80(sp)
ffffffc080203e72:	e4ce                	sd	s3,72(sp)
ffffffc080203e74:	f85a                	sd	s6,48(sp)
ffffffc080203e76:	f45e                	sd	s7,40(sp)
ffffffc080203e78:	f062                	sd	s8,32(sp)
ffffffc080203e7a:	ec66                	sd	s9,24(sp)
ffffffc080203e7c:	e86a                	sd	s10,16(sp)
ffffffc080203e7e:	e46e                	sd	s11,8(sp)
ffffffc080203e80:	1880                	add	s0,sp,112
ffffffc080203e82:	8aaa                	mv	s5,a0
ffffffc080203e84:	852e                	mv	a0,a1
static inline void w_tp(uint64 x) { __asm__ volatile("mv tp, %0" ::"r"(x)); }
ffffffc080203e86:	002b0a17          	auipc	s4,0x2b0
ffffffc080203e8a:	bbaa0a13          	add	s4,s4,-1094 # ffffffc0804b3a40 <cpus>
ffffffc080203e8e:	8252                	mv	tp,s4
  w_tp((uint64)&cpus[0]);
  cpus[0].hartid = hartid;
  dtb_parse(dtb_pa);
  uart_init(machine.uart_base, machine.uart_irq);
ffffffc080203e90:	00290917          	auipc	s2,0x290
ffffffc080203e94:	86090913          	add	s2,s2,-1952 # ffffffc0804936f0 <machine>
  cpus[0].hartid = hartid;
ffffffc080203e98:	095a3423          	sd	s5,136(s4)
  dtb_parse(dtb_pa);
ffffffc080203e9c:	a92ff0ef          	jal	ffffffc08020312e <dtb_parse>
  uart_init(machine.uart_base, machine.uart_irq);
ffffffc080203ea0:	06892583          	lw	a1,104(s2)
ffffffc080203ea4:	06093503          	ld	a0,96(s2)
  uint64 array_pa = PGROUNDUP(V2P(kernel_end));
ffffffc080203ea8:	7b7d                	lui	s6,0xfffff
  uart_init(machine.uart_base, machine.uart_irq);
ffffffc080203eaa:	fbcfd0ef          	jal	ffffffc080201666 <uart_init>
  kprintf("\ncowos: %d harts, %lu MiB of RAM at %p, boot hart %d\n", machine.nharts,
ffffffc080203eae:	00893603          	ld	a2,8(s2)
ffffffc080203eb2:	00093683          	ld	a3,0(s2)
ffffffc080203eb6:	01092583          	lw	a1,16(s2)
ffffffc080203eba:	000a871b          	sext.w	a4,s5
ffffffc080203ebe:	8251                	srl	a2,a2,0x14
ffffffc080203ec0:	00005517          	auipc	a0,0x5
ffffffc080203ec4:	9c050513          	add	a0,a0,-1600 # ffffffc080208880 <__func__.0+0x248>
ffffffc080203ec8:	ca7ff0ef          	jal	ffffffc080203b6e <kprintf>
          machine.mem_size >> 20, (void *)machine.mem_base, (int)hartid);
  pmap_init(machine.mem_base, machine.mem_size);
ffffffc080203ecc:	00893583          	ld	a1,8(s2)
ffffffc080203ed0:	00093503          	ld	a0,0(s2)
ffffffc080203ed4:	b64fc0ef          	jal	ffffffc080200238 <pmap_init>
  uint64 mem_end = machine.mem_base + machine.mem_size;
ffffffc080203ed8:	00093503          	ld	a0,0(s2)
ffffffc080203edc:	00893583          	ld	a1,8(s2)
  uint64 array_pa = PGROUNDUP(V2P(kernel_end));
ffffffc080203ee0:	00004997          	auipc	s3,0x4
ffffffc080203ee4:	1309b983          	ld	s3,304(s3) # ffffffc080208010 <kernel_text_end+0x10>
ffffffc080203ee8:	0169f9b3          	and	s3,s3,s6
  page_array_init(machine.mem_base, machine.mem_size, array_pa);
ffffffc080203eec:	864e                	mv	a2,s3
  uint64 mem_end = machine.mem_base + machine.mem_size;
ffffffc080203eee:	00b504b3          	add	s1,a0,a1
  page_array_init(machine.mem_base, machine.mem_size, array_pa);
ffffffc080203ef2:	0a5000ef          	jal	ffffffc080204796 <page_array_init>
  uint64 start = PGROUNDUP(array_pa + page_npages * sizeof(struct page));
ffffffc080203ef6:	00276797          	auipc	a5,0x276
ffffffc080203efa:	1927b783          	ld	a5,402(a5) # ffffffc08047a088 <page_npages>
ffffffc080203efe:	6705                	lui	a4,0x1
ffffffc080203f00:	177d                	add	a4,a4,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc080203f02:	078a                	sll	a5,a5,0x2
ffffffc080203f04:	97ba                	add	a5,a5,a4
  if (machine.dtb_pa >= start && machine.dtb_pa < end)
ffffffc080203f06:	20093703          	ld	a4,512(s2)
  uint64 start = PGROUNDUP(array_pa + page_npages * sizeof(struct page));
ffffffc080203f0a:	97ce                	add	a5,a5,s3
ffffffc080203f0c:	0167f533          	and	a0,a5,s6
  if (machine.dtb_pa >= start && machine.dtb_pa < end)
ffffffc080203f10:	00a76463          	bltu	a4,a0,ffffffc080203f18 <kmain+0xb4>
ffffffc080203f14:	22976663          	bltu	a4,s1,ffffffc080204140 <kmain+0x2dc>
  for (int i = 0; i < machine.nreserved; i++)
ffffffc080203f18:	07892783          	lw	a5,120(s2)
ffffffc080203f1c:	02f05263          	blez	a5,ffffffc080203f40 <kmain+0xdc>
ffffffc080203f20:	00479713          	sll	a4,a5,0x4
ffffffc080203f24:	974a                	add	a4,a4,s2
ffffffc080203f26:	0028f797          	auipc	a5,0x28f
ffffffc080203f2a:	7ca78793          	add	a5,a5,1994 # ffffffc0804936f0 <machine>
    if (machine.reserved[i].base >= start && machine.reserved[i].base < end)
ffffffc080203f2e:	63d4                	ld	a3,128(a5)
ffffffc080203f30:	00a6e563          	bltu	a3,a0,ffffffc080203f3a <kmain+0xd6>
ffffffc080203f34:	0096f363          	bgeu	a3,s1,ffffffc080203f3a <kmain+0xd6>
ffffffc080203f38:	84b6                	mv	s1,a3
  for (int i = 0; i < machine.nreserved; i++)
ffffffc080203f3a:	07c1                	add	a5,a5,16
ffffffc080203f3c:	fef719e3          	bne	a4,a5,ffffffc080203f2e <kmain+0xca>
  kalloc_init(start, PGROUNDDOWN(end));
ffffffc080203f40:	75fd                	lui	a1,0xfffff
ffffffc080203f42:	8de5                	and	a1,a1,s1
ffffffc080203f44:	57c000ef          	jal	ffffffc0802044c0 <kalloc_init>
  memory_init();
  trap_init_hart();
ffffffc080203f48:	fddfc0ef          	jal	ffffffc080200f24 <trap_init_hart>
  plic_init(machine.plic_base, machine.uart_irq);
ffffffc080203f4c:	06892583          	lw	a1,104(s2)
ffffffc080203f50:	07093503          	ld	a0,112(s2)
  init_argv[argc++] = "init";
ffffffc080203f54:	00290b97          	auipc	s7,0x290
ffffffc080203f58:	9acb8b93          	add	s7,s7,-1620 # ffffffc080493900 <init_argv>
  while (*s) {
ffffffc080203f5c:	00290497          	auipc	s1,0x290
ffffffc080203f60:	89448493          	add	s1,s1,-1900 # ffffffc0804937f0 <machine+0x100>
  plic_init(machine.plic_base, machine.uart_irq);
ffffffc080203f64:	930fc0ef          	jal	ffffffc080200094 <plic_init>
  plic_init_hart(hartid);
ffffffc080203f68:	8556                	mv	a0,s5
ffffffc080203f6a:	956fc0ef          	jal	ffffffc0802000c0 <plic_init_hart>
  proc_init();
ffffffc080203f6e:	726010ef          	jal	ffffffc080205694 <proc_init>
  fs_init();
ffffffc080203f72:	f27fd0ef          	jal	ffffffc080201e98 <fs_init>
  console_init();
ffffffc080203f76:	eb8fd0ef          	jal	ffffffc08020162e <console_init>
  while (*s) {
ffffffc080203f7a:	10094783          	lbu	a5,256(s2)
  init_argv[argc++] = "init";
ffffffc080203f7e:	00005717          	auipc	a4,0x5
ffffffc080203f82:	93a70713          	add	a4,a4,-1734 # ffffffc0802088b8 <__func__.0+0x280>
ffffffc080203f86:	00ebb023          	sd	a4,0(s7)
ffffffc080203f8a:	4b05                	li	s6,1
  bool for_init = false;
ffffffc080203f8c:	4c01                	li	s8,0
    while (*s == ' ')
ffffffc080203f8e:	02000993          	li	s3,32
    else if (strncmp(word, "--", 3) == 0)
ffffffc080203f92:	00005c97          	auipc	s9,0x5
ffffffc080203f96:	92ec8c93          	add	s9,s9,-1746 # ffffffc0802088c0 <__func__.0+0x288>
    else if (strncmp(word, "forkmode=eager", 15) == 0)
ffffffc080203f9a:	00005d97          	auipc	s11,0x5
ffffffc080203f9e:	92ed8d93          	add	s11,s11,-1746 # ffffffc0802088c8 <__func__.0+0x290>
  while (*s) {
ffffffc080203fa2:	c3b1                	beqz	a5,ffffffc080203fe6 <kmain+0x182>
    while (*s == ' ')
ffffffc080203fa4:	01379a63          	bne	a5,s3,ffffffc080203fb8 <kmain+0x154>
ffffffc080203fa8:	0014c783          	lbu	a5,1(s1)
      *s++ = 0;
ffffffc080203fac:	00048023          	sb	zero,0(s1)
ffffffc080203fb0:	0485                	add	s1,s1,1
    while (*s == ' ')
ffffffc080203fb2:	ff378be3          	beq	a5,s3,ffffffc080203fa8 <kmain+0x144>
    if (!*s)
ffffffc080203fb6:	cb85                	beqz	a5,ffffffc080203fe6 <kmain+0x182>
    while (*s && *s != ' ')
ffffffc080203fb8:	0004c783          	lbu	a5,0(s1)
      *s++ = 0;
ffffffc080203fbc:	8d26                	mv	s10,s1
    while (*s && *s != ' ')
ffffffc080203fbe:	c799                	beqz	a5,ffffffc080203fcc <kmain+0x168>
ffffffc080203fc0:	15378163          	beq	a5,s3,ffffffc080204102 <kmain+0x29e>
ffffffc080203fc4:	0014c783          	lbu	a5,1(s1)
      s++;
ffffffc080203fc8:	0485                	add	s1,s1,1
    while (*s && *s != ' ')
ffffffc080203fca:	fbfd                	bnez	a5,ffffffc080203fc0 <kmain+0x15c>
    if (for_init && argc < MAXARG + 1)
ffffffc080203fcc:	120c0363          	beqz	s8,ffffffc0802040f2 <kmain+0x28e>
ffffffc080203fd0:	1369c163          	blt	s3,s6,ffffffc0802040f2 <kmain+0x28e>
      init_argv[argc++] = word;
ffffffc080203fd4:	003b1793          	sll	a5,s6,0x3
ffffffc080203fd8:	97de                	add	a5,a5,s7
ffffffc080203fda:	01a7b023          	sd	s10,0(a5)
ffffffc080203fde:	2b05                	addw	s6,s6,1 # fffffffffffff001 <kernel_end+0x3f7f940001>
  while (*s) {
ffffffc080203fe0:	0004c783          	lbu	a5,0(s1)
ffffffc080203fe4:	f3e1                	bnez	a5,ffffffc080203fa4 <kmain+0x140>
  init_argv[argc] = NULL;
ffffffc080203fe6:	0b0e                	sll	s6,s6,0x3
  for (int i = 0; i < machine.nharts; i++)
ffffffc080203fe8:	01092783          	lw	a5,16(s2)
  init_argv[argc] = NULL;
ffffffc080203fec:	9bda                	add	s7,s7,s6
ffffffc080203fee:	000bb023          	sd	zero,0(s7)
  for (int i = 0; i < machine.nharts; i++)
ffffffc080203ff2:	14f05963          	blez	a5,ffffffc080204144 <kmain+0x2e0>
ffffffc080203ff6:	00379693          	sll	a3,a5,0x3
ffffffc080203ffa:	96ca                	add	a3,a3,s2
ffffffc080203ffc:	0028f797          	auipc	a5,0x28f
ffffffc080204000:	6f478793          	add	a5,a5,1780 # ffffffc0804936f0 <machine>
  int id = 1;
ffffffc080204004:	4705                	li	a4,1
      cpus[id++].hartid = machine.hartids[i];
ffffffc080204006:	34000513          	li	a0,832
    if (machine.hartids[i] != boot_hartid)
ffffffc08020400a:	6f8c                	ld	a1,24(a5)
ffffffc08020400c:	00ba8763          	beq	s5,a1,ffffffc08020401a <kmain+0x1b6>
      cpus[id++].hartid = machine.hartids[i];
ffffffc080204010:	02a70633          	mul	a2,a4,a0
ffffffc080204014:	2705                	addw	a4,a4,1
ffffffc080204016:	9652                	add	a2,a2,s4
ffffffc080204018:	e64c                	sd	a1,136(a2)
  for (int i = 0; i < machine.nharts; i++)
ffffffc08020401a:	07a1                	add	a5,a5,8
ffffffc08020401c:	fef697e3          	bne	a3,a5,ffffffc08020400a <kmain+0x1a6>
  ncpu = id;
ffffffc080204020:	00276c97          	auipc	s9,0x276
ffffffc080204024:	fe4c8c93          	add	s9,s9,-28 # ffffffc08047a004 <ncpu>
ffffffc080204028:	00eca023          	sw	a4,0(s9)
  for (int i = 1; i < ncpu; i++) {
ffffffc08020402c:	4785                	li	a5,1
ffffffc08020402e:	06f70f63          	beq	a4,a5,ffffffc0802040ac <kmain+0x248>
      if ((err = sbi_hart_start(cpus[i].hartid, V2P(secondary_start), i)) == 0)
ffffffc080204032:	179a                	sll	a5,a5,0x26
ffffffc080204034:	ffffcb17          	auipc	s6,0xffffc
ffffffc080204038:	000b0b13          	mv	s6,s6
ffffffc08020403c:	9b3e                	add	s6,s6,a5
ffffffc08020403e:	002b0c17          	auipc	s8,0x2b0
ffffffc080204042:	a02c0c13          	add	s8,s8,-1534 # ffffffc0804b3a40 <cpus>
ffffffc080204046:	4b85                	li	s7,1
ffffffc080204048:	4a85                	li	s5,1
    cpus[i].id = i;
ffffffc08020404a:	3e800993          	li	s3,1000
ffffffc08020404e:	3d5c2023          	sw	s5,960(s8)
ffffffc080204052:	3e800493          	li	s1,1000
      if ((err = sbi_hart_start(cpus[i].hartid, V2P(secondary_start), i)) == 0)
ffffffc080204056:	3c8c3503          	ld	a0,968(s8)
ffffffc08020405a:	865e                	mv	a2,s7
ffffffc08020405c:	85da                	mv	a1,s6
ffffffc08020405e:	ac7fc0ef          	jal	ffffffc080200b24 <sbi_hart_start>
ffffffc080204062:	862a                	mv	a2,a0
ffffffc080204064:	c91d                	beqz	a0,ffffffc08020409a <kmain+0x236>
static inline uint64 r_time(void) { return csr_read(time); }
ffffffc080204066:	c01026f3          	rdtime	a3
      for (uint64 t0 = r_time(); r_time() - t0 < machine.timebase_hz / 1000;)
ffffffc08020406a:	05893783          	ld	a5,88(s2)
ffffffc08020406e:	0337d7b3          	divu	a5,a5,s3
ffffffc080204072:	c0102773          	rdtime	a4
ffffffc080204076:	8f15                	sub	a4,a4,a3
ffffffc080204078:	fef76de3          	bltu	a4,a5,ffffffc080204072 <kmain+0x20e>
    for (int tries = 0; tries < 1000; tries++) {
ffffffc08020407c:	34fd                	addw	s1,s1,-1
ffffffc08020407e:	fce1                	bnez	s1,ffffffc080204056 <kmain+0x1f2>
      panic("cannot start hart %d (SBI error %ld)", (int)cpus[i].hartid, err);
ffffffc080204080:	34000793          	li	a5,832
ffffffc080204084:	02fa8ab3          	mul	s5,s5,a5
ffffffc080204088:	00005517          	auipc	a0,0x5
ffffffc08020408c:	89050513          	add	a0,a0,-1904 # ffffffc080208918 <__func__.0+0x2e0>
ffffffc080204090:	9a56                	add	s4,s4,s5
ffffffc080204092:	088a2583          	lw	a1,136(s4)
ffffffc080204096:	b1bff0ef          	jal	ffffffc080203bb0 <panic>
  for (int i = 1; i < ncpu; i++) {
ffffffc08020409a:	000ca783          	lw	a5,0(s9)
ffffffc08020409e:	0b85                	add	s7,s7,1
ffffffc0802040a0:	000b8a9b          	sext.w	s5,s7
ffffffc0802040a4:	340c0c13          	add	s8,s8,832
ffffffc0802040a8:	fafac3e3          	blt	s5,a5,ffffffc08020404e <kmain+0x1ea>
  parse_bootargs(machine.bootargs);
  start_other_harts(hartid);
  kprintf("cowos: %lu free pages, fork mode %s, %d ASID bits (unused, see README)\n",
ffffffc0802040ac:	69a000ef          	jal	ffffffc080204746 <kalloc_free_pages>
ffffffc0802040b0:	84aa                	mv	s1,a0
          kalloc_free_pages(), vm_fork_mode() == FORK_COW ? "cow" : "eager",
ffffffc0802040b2:	3ff000ef          	jal	ffffffc080204cb0 <vm_fork_mode>
  kprintf("cowos: %lu free pages, fork mode %s, %d ASID bits (unused, see README)\n",
ffffffc0802040b6:	4785                	li	a5,1
ffffffc0802040b8:	00004917          	auipc	s2,0x4
ffffffc0802040bc:	7c090913          	add	s2,s2,1984 # ffffffc080208878 <__func__.0+0x240>
ffffffc0802040c0:	00f51663          	bne	a0,a5,ffffffc0802040cc <kmain+0x268>
ffffffc0802040c4:	00004917          	auipc	s2,0x4
ffffffc0802040c8:	7ac90913          	add	s2,s2,1964 # ffffffc080208870 <__func__.0+0x238>
ffffffc0802040cc:	9b8fc0ef          	jal	ffffffc080200284 <pmap_probe_asid_bits>
ffffffc0802040d0:	86aa                	mv	a3,a0
ffffffc0802040d2:	864a                	mv	a2,s2
ffffffc0802040d4:	85a6                	mv	a1,s1
ffffffc0802040d6:	00005517          	auipc	a0,0x5
ffffffc0802040da:	86a50513          	add	a0,a0,-1942 # ffffffc080208940 <__func__.0+0x308>
ffffffc0802040de:	a91ff0ef          	jal	ffffffc080203b6e <kprintf>
          pmap_probe_asid_bits());
  proc_start_init(init_argv);
ffffffc0802040e2:	00290517          	auipc	a0,0x290
ffffffc0802040e6:	81e50513          	add	a0,a0,-2018 # ffffffc080493900 <init_argv>
ffffffc0802040ea:	7e4010ef          	jal	ffffffc0802058ce <proc_start_init>
  scheduler();
ffffffc0802040ee:	745010ef          	jal	ffffffc080206032 <scheduler>
    else if (strncmp(word, "--", 3) == 0)
ffffffc0802040f2:	460d                	li	a2,3
ffffffc0802040f4:	85e6                	mv	a1,s9
ffffffc0802040f6:	856a                	mv	a0,s10
ffffffc0802040f8:	cf3ff0ef          	jal	ffffffc080203dea <strncmp>
ffffffc0802040fc:	e519                	bnez	a0,ffffffc08020410a <kmain+0x2a6>
      for_init = true;
ffffffc0802040fe:	4c05                	li	s8,1
ffffffc080204100:	b5c5                	j	ffffffc080203fe0 <kmain+0x17c>
      *s++ = 0;
ffffffc080204102:	00048023          	sb	zero,0(s1)
ffffffc080204106:	0485                	add	s1,s1,1
ffffffc080204108:	b5d1                	j	ffffffc080203fcc <kmain+0x168>
    else if (strncmp(word, "forkmode=eager", 15) == 0)
ffffffc08020410a:	463d                	li	a2,15
ffffffc08020410c:	85ee                	mv	a1,s11
ffffffc08020410e:	856a                	mv	a0,s10
ffffffc080204110:	cdbff0ef          	jal	ffffffc080203dea <strncmp>
ffffffc080204114:	c919                	beqz	a0,ffffffc08020412a <kmain+0x2c6>
    else if (strncmp(word, "forkmode=cow", 13) == 0)
ffffffc080204116:	4635                	li	a2,13
ffffffc080204118:	00004597          	auipc	a1,0x4
ffffffc08020411c:	7c058593          	add	a1,a1,1984 # ffffffc0802088d8 <__func__.0+0x2a0>
ffffffc080204120:	856a                	mv	a0,s10
ffffffc080204122:	cc9ff0ef          	jal	ffffffc080203dea <strncmp>
ffffffc080204126:	e509                	bnez	a0,ffffffc080204130 <kmain+0x2cc>
      vm_set_fork_mode(FORK_COW);
ffffffc080204128:	4505                	li	a0,1
ffffffc08020412a:	39b000ef          	jal	ffffffc080204cc4 <vm_set_fork_mode>
ffffffc08020412e:	bd4d                	j	ffffffc080203fe0 <kmain+0x17c>
      kprintf("cowos: unknown boot option '%s' ignored\n", word);
ffffffc080204130:	85ea                	mv	a1,s10
ffffffc080204132:	00004517          	auipc	a0,0x4
ffffffc080204136:	7b650513          	add	a0,a0,1974 # ffffffc0802088e8 <__func__.0+0x2b0>
ffffffc08020413a:	a35ff0ef          	jal	ffffffc080203b6e <kprintf>
ffffffc08020413e:	b54d                	j	ffffffc080203fe0 <kmain+0x17c>
ffffffc080204140:	84ba                	mv	s1,a4
ffffffc080204142:	bbd9                	j	ffffffc080203f18 <kmain+0xb4>
  ncpu = id;
ffffffc080204144:	4785                	li	a5,1
ffffffc080204146:	00276717          	auipc	a4,0x276
ffffffc08020414a:	eaf72f23          	sw	a5,-322(a4) # ffffffc08047a004 <ncpu>
  for (int i = 1; i < ncpu; i++) {
ffffffc08020414e:	bfb9                	j	ffffffc0802040ac <kmain+0x248>

ffffffc080204150 <kmain_secondary>:
}

void kmain_secondary(uint64 hartid, uint64 id) {
  w_tp((uint64)&cpus[id]);
ffffffc080204150:	34000793          	li	a5,832
ffffffc080204154:	02f585b3          	mul	a1,a1,a5
void kmain_secondary(uint64 hartid, uint64 id) {
ffffffc080204158:	1141                	add	sp,sp,-16
ffffffc08020415a:	e022                	sd	s0,0(sp)
ffffffc08020415c:	e406                	sd	ra,8(sp)
ffffffc08020415e:	0800                	add	s0,sp,16
  w_tp((uint64)&cpus[id]);
ffffffc080204160:	002b0797          	auipc	a5,0x2b0
ffffffc080204164:	8e078793          	add	a5,a5,-1824 # ffffffc0804b3a40 <cpus>
ffffffc080204168:	95be                	add	a1,a1,a5
static inline void w_tp(uint64 x) { __asm__ volatile("mv tp, %0" ::"r"(x)); }
ffffffc08020416a:	822e                	mv	tp,a1
  trap_init_hart();
ffffffc08020416c:	db9fc0ef          	jal	ffffffc080200f24 <trap_init_hart>
  scheduler();
ffffffc080204170:	6c3010ef          	jal	ffffffc080206032 <scheduler>

ffffffc080204174 <resolve.part.0.constprop.0>:
}

/* One walk, then at most one resolution: each resolver leaves the PTE at
 * p usable for acc (by us or by a racing sibling), so no second walk.
 * *spurious is set when the PTE already allowed the access. */
static enum fault_result resolve(struct vmspace *vs, uint64 va, enum access acc, pte_t **out,
ffffffc080204174:	715d                	add	sp,sp,-80
ffffffc080204176:	e0a2                	sd	s0,64(sp)
ffffffc080204178:	fc26                	sd	s1,56(sp)
ffffffc08020417a:	f84a                	sd	s2,48(sp)
ffffffc08020417c:	f44e                	sd	s3,40(sp)
ffffffc08020417e:	f052                	sd	s4,32(sp)
ffffffc080204180:	ec56                	sd	s5,24(sp)
ffffffc080204182:	e85a                	sd	s6,16(sp)
ffffffc080204184:	e486                	sd	ra,72(sp)
ffffffc080204186:	e45e                	sd	s7,8(sp)
ffffffc080204188:	e062                	sd	s8,0(sp)
ffffffc08020418a:	0880                	add	s0,sp,80
ffffffc08020418c:	89aa                	mv	s3,a0
                                 bool *spurious) {
  *spurious = false;
  if (va >= USER_TOP)
    return FAULT_BAD_ADDRESS;
  pte_t *p = pmap_walk(vs->pt, va, false);
ffffffc08020418e:	6908                	ld	a0,16(a0)
static enum fault_result resolve(struct vmspace *vs, uint64 va, enum access acc, pte_t **out,
ffffffc080204190:	8932                	mv	s2,a2
  pte_t *p = pmap_walk(vs->pt, va, false);
ffffffc080204192:	4601                	li	a2,0
static enum fault_result resolve(struct vmspace *vs, uint64 va, enum access acc, pte_t **out,
ffffffc080204194:	8a2e                	mv	s4,a1
ffffffc080204196:	8ab6                	mv	s5,a3
ffffffc080204198:	8b3a                	mv	s6,a4
  pte_t *p = pmap_walk(vs->pt, va, false);
ffffffc08020419a:	964fc0ef          	jal	ffffffc0802002fe <pmap_walk>
ffffffc08020419e:	84aa                	mv	s1,a0
  pte_t pte = p ? pte_load(p) : 0;
ffffffc0802041a0:	c929                	beqz	a0,ffffffc0802041f2 <resolve.part.0.constprop.0+0x7e>
ffffffc0802041a2:	611c                	ld	a5,0(a0)
static inline bool pte_is_cow(pte_t pte) { return (pte & PTE_COW) != 0; }
static inline uint64 pte_pa(pte_t pte) { return PTE2PA(pte); }

/* True if a user access of this kind is allowed by pte. */
static inline bool pte_allows(pte_t pte, enum access acc) {
  if (!(pte & PTE_V) || !(pte & PTE_U))
ffffffc0802041a4:	4745                	li	a4,17
ffffffc0802041a6:	0117f693          	and	a3,a5,17
ffffffc0802041aa:	0ae69b63          	bne	a3,a4,ffffffc080204260 <resolve.part.0.constprop.0+0xec>
    return false;
  if (acc == ACC_WRITE)
ffffffc0802041ae:	4705                	li	a4,1
ffffffc0802041b0:	0ce90363          	beq	s2,a4,ffffffc080204276 <resolve.part.0.constprop.0+0x102>
    return (pte & PTE_W) != 0;
  if (acc == ACC_EXEC)
ffffffc0802041b4:	4709                	li	a4,2
ffffffc0802041b6:	02e90863          	beq	s2,a4,ffffffc0802041e6 <resolve.part.0.constprop.0+0x72>
    return (pte & PTE_X) != 0;
  return (pte & PTE_R) != 0;
ffffffc0802041ba:	0027f713          	and	a4,a5,2
  enum fault_result r;
  if (pte_allows(pte, acc)) {
ffffffc0802041be:	c71d                	beqz	a4,ffffffc0802041ec <resolve.part.0.constprop.0+0x78>
    *spurious = true;
ffffffc0802041c0:	4785                	li	a5,1
ffffffc0802041c2:	00fb0023          	sb	a5,0(s6) # ffffffc080200034 <secondary_start>
    r = FAULT_OK;
ffffffc0802041c6:	4901                	li	s2,0
  } else {
    r = FAULT_BAD_ADDRESS;
  }
  *out = p;
  return r;
}
ffffffc0802041c8:	60a6                	ld	ra,72(sp)
ffffffc0802041ca:	6406                	ld	s0,64(sp)
  *out = p;
ffffffc0802041cc:	009ab023          	sd	s1,0(s5)
}
ffffffc0802041d0:	79a2                	ld	s3,40(sp)
ffffffc0802041d2:	74e2                	ld	s1,56(sp)
ffffffc0802041d4:	7a02                	ld	s4,32(sp)
ffffffc0802041d6:	6ae2                	ld	s5,24(sp)
ffffffc0802041d8:	6b42                	ld	s6,16(sp)
ffffffc0802041da:	6ba2                	ld	s7,8(sp)
ffffffc0802041dc:	6c02                	ld	s8,0(sp)
ffffffc0802041de:	854a                	mv	a0,s2
ffffffc0802041e0:	7942                	ld	s2,48(sp)
ffffffc0802041e2:	6161                	add	sp,sp,80
ffffffc0802041e4:	8082                	ret
    return (pte & PTE_X) != 0;
ffffffc0802041e6:	0087f713          	and	a4,a5,8
  if (pte_allows(pte, acc)) {
ffffffc0802041ea:	fb79                	bnez	a4,ffffffc0802041c0 <resolve.part.0.constprop.0+0x4c>
  } else if (pte_valid(pte) && acc == ACC_WRITE && pte_is_cow(pte)) {
ffffffc0802041ec:	8b85                	and	a5,a5,1
    r = FAULT_BAD_ADDRESS;
ffffffc0802041ee:	4905                	li	s2,1
  } else if (pte_valid(pte) && acc == ACC_WRITE && pte_is_cow(pte)) {
ffffffc0802041f0:	ffe1                	bnez	a5,ffffffc0802041c8 <resolve.part.0.constprop.0+0x54>
  return va >= vs->stack_low && va < USTACK_TOP;
ffffffc0802041f2:	0f09b783          	ld	a5,240(s3)
ffffffc0802041f6:	06fa6e63          	bltu	s4,a5,ffffffc080204272 <resolve.part.0.constprop.0+0xfe>
ffffffc0802041fa:	fefff7b7          	lui	a5,0xfefff
ffffffc0802041fe:	07ba                	sll	a5,a5,0xe
ffffffc080204200:	83e9                	srl	a5,a5,0x1a
ffffffc080204202:	0747e863          	bltu	a5,s4,ffffffc080204272 <resolve.part.0.constprop.0+0xfe>
  pte_t *p = pmap_walk(vs->pt, va, true);
ffffffc080204206:	0109b503          	ld	a0,16(s3)
ffffffc08020420a:	4605                	li	a2,1
ffffffc08020420c:	85d2                	mv	a1,s4
ffffffc08020420e:	8f0fc0ef          	jal	ffffffc0802002fe <pmap_walk>
ffffffc080204212:	892a                	mv	s2,a0
  void *page = p ? page_alloc_zeroed() : NULL;
ffffffc080204214:	10050263          	beqz	a0,ffffffc080204318 <resolve.part.0.constprop.0+0x1a4>
ffffffc080204218:	420000ef          	jal	ffffffc080204638 <page_alloc_zeroed>
  if (!page)
ffffffc08020421c:	0e050e63          	beqz	a0,ffffffc080204318 <resolve.part.0.constprop.0+0x1a4>
  pte_t fresh = PA2PTE(V2P(page)) | PTE_V | PTE_R | PTE_W | PTE_U | PTE_A | PTE_D;
ffffffc080204220:	4705                	li	a4,1
ffffffc080204222:	02671693          	sll	a3,a4,0x26
ffffffc080204226:	00d507b3          	add	a5,a0,a3
ffffffc08020422a:	83b1                	srl	a5,a5,0xc
ffffffc08020422c:	07aa                	sll	a5,a5,0xa
ffffffc08020422e:	0d77e793          	or	a5,a5,215
  return __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
ffffffc080204232:	100936af          	lr.d	a3,(s2)
ffffffc080204236:	e681                	bnez	a3,ffffffc08020423e <resolve.part.0.constprop.0+0xca>
ffffffc080204238:	1cf9362f          	sc.d.aq	a2,a5,(s2)
ffffffc08020423c:	fa7d                	bnez	a2,ffffffc080204232 <resolve.part.0.constprop.0+0xbe>
  if (!pte_cas(p, 0, fresh))
ffffffc08020423e:	16069b63          	bnez	a3,ffffffc0802043b4 <resolve.part.0.constprop.0+0x240>
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080204242:	8792                	mv	a5,tp
ffffffc080204244:	2f878793          	add	a5,a5,760 # fffffffffefff2f8 <kernel_end+0x3f7e9402f8>
ffffffc080204248:	00e7b02f          	amoadd.d	zero,a4,(a5)
  return FAULT_OK;
ffffffc08020424c:	4901                	li	s2,0
    if (!p)
ffffffc08020424e:	fcad                	bnez	s1,ffffffc0802041c8 <resolve.part.0.constprop.0+0x54>
      p = pmap_walk(vs->pt, va, false); /* zero_fill made the tables */
ffffffc080204250:	0109b503          	ld	a0,16(s3)
ffffffc080204254:	4601                	li	a2,0
ffffffc080204256:	85d2                	mv	a1,s4
ffffffc080204258:	8a6fc0ef          	jal	ffffffc0802002fe <pmap_walk>
ffffffc08020425c:	84aa                	mv	s1,a0
ffffffc08020425e:	b7ad                	j	ffffffc0802041c8 <resolve.part.0.constprop.0+0x54>
  } else if (pte_valid(pte) && acc == ACC_WRITE && pte_is_cow(pte)) {
ffffffc080204260:	0017f713          	and	a4,a5,1
ffffffc080204264:	d759                	beqz	a4,ffffffc0802041f2 <resolve.part.0.constprop.0+0x7e>
ffffffc080204266:	4705                	li	a4,1
ffffffc080204268:	00e91563          	bne	s2,a4,ffffffc080204272 <resolve.part.0.constprop.0+0xfe>
static inline bool pte_is_cow(pte_t pte) { return (pte & PTE_COW) != 0; }
ffffffc08020426c:	1007f793          	and	a5,a5,256
ffffffc080204270:	eb91                	bnez	a5,ffffffc080204284 <resolve.part.0.constprop.0+0x110>
    r = FAULT_BAD_ADDRESS;
ffffffc080204272:	4905                	li	s2,1
ffffffc080204274:	bf91                	j	ffffffc0802041c8 <resolve.part.0.constprop.0+0x54>
    return (pte & PTE_W) != 0;
ffffffc080204276:	0047f713          	and	a4,a5,4
  if (pte_allows(pte, acc)) {
ffffffc08020427a:	f339                	bnez	a4,ffffffc0802041c0 <resolve.part.0.constprop.0+0x4c>
  } else if (pte_valid(pte) && acc == ACC_WRITE && pte_is_cow(pte)) {
ffffffc08020427c:	0017f713          	and	a4,a5,1
ffffffc080204280:	f775                	bnez	a4,ffffffc08020426c <resolve.part.0.constprop.0+0xf8>
ffffffc080204282:	bf85                	j	ffffffc0802041f2 <resolve.part.0.constprop.0+0x7e>
ffffffc080204284:	8792                	mv	a5,tp
ffffffc080204286:	4705                	li	a4,1
ffffffc080204288:	2c878793          	add	a5,a5,712
ffffffc08020428c:	00e7b02f          	amoadd.d	zero,a4,(a5)
static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc080204290:	0004bb83          	ld	s7,0(s1)
static inline bool pte_is_cow(pte_t pte) { return (pte & PTE_COW) != 0; }
ffffffc080204294:	100bf793          	and	a5,s7,256
    if (!pte_is_cow(pte))
ffffffc080204298:	cfb5                	beqz	a5,ffffffc080204314 <resolve.part.0.constprop.0+0x1a0>
static inline uint64 pte_pa(pte_t pte) { return PTE2PA(pte); }
ffffffc08020429a:	fff007b7          	lui	a5,0xfff00
ffffffc08020429e:	83a1                	srl	a5,a5,0x8
ffffffc0802042a0:	002b9913          	sll	s2,s7,0x2
ffffffc0802042a4:	00f97933          	and	s2,s2,a5

void page_array_init(uint64 mem_base, uint64 mem_size, uint64 array_pa);
void page_bad_pa(uint64 pa) __attribute__((noreturn));

static inline struct page *pa_to_page(uint64 pa) {
  uint64 i = (pa >> PGSHIFT) - page_first_pfn;
ffffffc0802042a8:	00c95713          	srl	a4,s2,0xc
ffffffc0802042ac:	00276797          	auipc	a5,0x276
ffffffc0802042b0:	de47b783          	ld	a5,-540(a5) # ffffffc08047a090 <page_first_pfn>
ffffffc0802042b4:	40f707b3          	sub	a5,a4,a5
  if (i >= page_npages)
ffffffc0802042b8:	00276697          	auipc	a3,0x276
ffffffc0802042bc:	dd06b683          	ld	a3,-560(a3) # ffffffc08047a088 <page_npages>
ffffffc0802042c0:	0ed7fe63          	bgeu	a5,a3,ffffffc0802043bc <resolve.part.0.constprop.0+0x248>

static inline void page_ref_get(uint64 pa) {
  __atomic_fetch_add(&pa_to_page(pa)->refs, 1, __ATOMIC_RELAXED);
}
static inline uint32 page_ref_count(uint64 pa) {
  return __atomic_load_n(&pa_to_page(pa)->refs, __ATOMIC_ACQUIRE);
ffffffc0802042c4:	00276697          	auipc	a3,0x276
ffffffc0802042c8:	dd46b683          	ld	a3,-556(a3) # ffffffc08047a098 <page_array>
ffffffc0802042cc:	078a                	sll	a5,a5,0x2
ffffffc0802042ce:	97b6                	add	a5,a5,a3
ffffffc0802042d0:	439c                	lw	a5,0(a5)
ffffffc0802042d2:	0ff0000f          	fence
    if (page_ref_count(old_pa) == 1) {
ffffffc0802042d6:	4b05                	li	s6,1
ffffffc0802042d8:	00078c1b          	sext.w	s8,a5
ffffffc0802042dc:	05679063          	bne	a5,s6,ffffffc08020431c <resolve.part.0.constprop.0+0x1a8>
}

/* The writable private PTE that replaces a COW one, for page pa. */
static inline pte_t pte_cow_break(pte_t pte, uint64 pa) {
  return PA2PTE(pa) | (PTE_FLAGS(pte) & ~PTE_COW) | PTE_W | PTE_A | PTE_D;
ffffffc0802042e0:	00a71793          	sll	a5,a4,0xa
ffffffc0802042e4:	2ffbf713          	and	a4,s7,767
ffffffc0802042e8:	8fd9                	or	a5,a5,a4
ffffffc0802042ea:	0c47e793          	or	a5,a5,196
  return __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
ffffffc0802042ee:	1004b72f          	lr.d	a4,(s1)
ffffffc0802042f2:	01771563          	bne	a4,s7,ffffffc0802042fc <resolve.part.0.constprop.0+0x188>
ffffffc0802042f6:	1cf4b6af          	sc.d.aq	a3,a5,(s1)
ffffffc0802042fa:	faf5                	bnez	a3,ffffffc0802042ee <resolve.part.0.constprop.0+0x17a>
      if (!pte_cas(p, pte, pte_cow_break(pte, old_pa)))
ffffffc0802042fc:	f9771ae3          	bne	a4,s7,ffffffc080204290 <resolve.part.0.constprop.0+0x11c>
      tlb_flush_local(va, va + PGSIZE);
ffffffc080204300:	6585                	lui	a1,0x1
ffffffc080204302:	95d2                	add	a1,a1,s4
ffffffc080204304:	8552                	mv	a0,s4
ffffffc080204306:	8c7fc0ef          	jal	ffffffc080200bcc <tlb_flush_local>
ffffffc08020430a:	8792                	mv	a5,tp
ffffffc08020430c:	2d878793          	add	a5,a5,728
ffffffc080204310:	0187b02f          	amoadd.d	zero,s8,(a5)
      return FAULT_OK;
ffffffc080204314:	4901                	li	s2,0
ffffffc080204316:	bd4d                	j	ffffffc0802041c8 <resolve.part.0.constprop.0+0x54>
    return FAULT_OOM;
ffffffc080204318:	4909                	li	s2,2
ffffffc08020431a:	bf15                	j	ffffffc08020424e <resolve.part.0.constprop.0+0xda>
    void *copy = page_alloc();
ffffffc08020431c:	234000ef          	jal	ffffffc080204550 <page_alloc>
ffffffc080204320:	8c2a                	mv	s8,a0
    if (!copy)
ffffffc080204322:	cd35                	beqz	a0,ffffffc08020439e <resolve.part.0.constprop.0+0x22a>
    memcpy(copy, P2V(old_pa), PGSIZE);
ffffffc080204324:	57fd                	li	a5,-1
ffffffc080204326:	179a                	sll	a5,a5,0x26
ffffffc080204328:	993e                	add	s2,s2,a5
ffffffc08020432a:	6605                	lui	a2,0x1
ffffffc08020432c:	85ca                	mv	a1,s2
ffffffc08020432e:	99fff0ef          	jal	ffffffc080203ccc <memcpy>
    if (!pte_cas(p, pte, pte_cow_break(pte, V2P(copy)))) {
ffffffc080204332:	026b1793          	sll	a5,s6,0x26
ffffffc080204336:	97e2                	add	a5,a5,s8
  return PA2PTE(pa) | (PTE_FLAGS(pte) & ~PTE_COW) | PTE_W | PTE_A | PTE_D;
ffffffc080204338:	83b1                	srl	a5,a5,0xc
ffffffc08020433a:	2ffbf713          	and	a4,s7,767
ffffffc08020433e:	07aa                	sll	a5,a5,0xa
ffffffc080204340:	8fd9                	or	a5,a5,a4
ffffffc080204342:	0c47e793          	or	a5,a5,196
  return __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
ffffffc080204346:	1004b72f          	lr.d	a4,(s1)
ffffffc08020434a:	01771563          	bne	a4,s7,ffffffc080204354 <resolve.part.0.constprop.0+0x1e0>
ffffffc08020434e:	1cf4b6af          	sc.d.aq	a3,a5,(s1)
ffffffc080204352:	faf5                	bnez	a3,ffffffc080204346 <resolve.part.0.constprop.0+0x1d2>
ffffffc080204354:	05771763          	bne	a4,s7,ffffffc0802043a2 <resolve.part.0.constprop.0+0x22e>
  tlb_flush_local(va, va + PGSIZE);
ffffffc080204358:	6b85                	lui	s7,0x1
ffffffc08020435a:	9bd2                	add	s7,s7,s4
ffffffc08020435c:	85de                	mv	a1,s7
ffffffc08020435e:	8552                	mv	a0,s4
ffffffc080204360:	86dfc0ef          	jal	ffffffc080200bcc <tlb_flush_local>
  uint64 others = __atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) & ~(1UL << mycpu()->id);
ffffffc080204364:	0f89b783          	ld	a5,248(s3)
ffffffc080204368:	0ff0000f          	fence
ffffffc08020436c:	8712                	mv	a4,tp
ffffffc08020436e:	08072703          	lw	a4,128(a4)
ffffffc080204372:	00eb1533          	sll	a0,s6,a4
ffffffc080204376:	fff54513          	not	a0,a0
ffffffc08020437a:	8d7d                	and	a0,a0,a5
  if (others)
ffffffc08020437c:	ed01                	bnez	a0,ffffffc080204394 <resolve.part.0.constprop.0+0x220>
    page_free(P2V(old_pa));
ffffffc08020437e:	854a                	mv	a0,s2
ffffffc080204380:	398000ef          	jal	ffffffc080204718 <page_free>
ffffffc080204384:	8792                	mv	a5,tp
ffffffc080204386:	4705                	li	a4,1
ffffffc080204388:	2d078793          	add	a5,a5,720
ffffffc08020438c:	00e7b02f          	amoadd.d	zero,a4,(a5)
      return FAULT_OK;
ffffffc080204390:	4901                	li	s2,0
ffffffc080204392:	bd1d                	j	ffffffc0802041c8 <resolve.part.0.constprop.0+0x54>
    tlb_shootdown(others, va, va + PGSIZE);
ffffffc080204394:	865e                	mv	a2,s7
ffffffc080204396:	85d2                	mv	a1,s4
ffffffc080204398:	93bfc0ef          	jal	ffffffc080200cd2 <tlb_shootdown>
ffffffc08020439c:	b7cd                	j	ffffffc08020437e <resolve.part.0.constprop.0+0x20a>
      return FAULT_OOM;
ffffffc08020439e:	4909                	li	s2,2
ffffffc0802043a0:	b525                	j	ffffffc0802041c8 <resolve.part.0.constprop.0+0x54>
      page_free(copy);
ffffffc0802043a2:	8562                	mv	a0,s8
ffffffc0802043a4:	374000ef          	jal	ffffffc080204718 <page_free>
ffffffc0802043a8:	8792                	mv	a5,tp
ffffffc0802043aa:	2e078793          	add	a5,a5,736
ffffffc0802043ae:	0167b02f          	amoadd.d	zero,s6,(a5)
      continue;
ffffffc0802043b2:	bdf9                	j	ffffffc080204290 <resolve.part.0.constprop.0+0x11c>
    page_free(page); /* a sibling thread filled it first */
ffffffc0802043b4:	364000ef          	jal	ffffffc080204718 <page_free>
  return FAULT_OK;
ffffffc0802043b8:	4901                	li	s2,0
ffffffc0802043ba:	bd51                	j	ffffffc08020424e <resolve.part.0.constprop.0+0xda>
    page_bad_pa(pa);
ffffffc0802043bc:	854a                	mv	a0,s2
ffffffc0802043be:	414000ef          	jal	ffffffc0802047d2 <page_bad_pa>

ffffffc0802043c2 <vm_resolve>:
  if (va >= USER_TOP)
ffffffc0802043c2:	57fd                	li	a5,-1
ffffffc0802043c4:	83e9                	srl	a5,a5,0x1a
ffffffc0802043c6:	00b7f463          	bgeu	a5,a1,ffffffc0802043ce <vm_resolve+0xc>
    return FAULT_BAD_ADDRESS;
ffffffc0802043ca:	4505                	li	a0,1

enum fault_result vm_resolve(struct vmspace *vs, uint64 va, enum access acc, pte_t **out) {
  bool spurious;
  return resolve(vs, va, acc, out, &spurious);
}
ffffffc0802043cc:	8082                	ret
enum fault_result vm_resolve(struct vmspace *vs, uint64 va, enum access acc, pte_t **out) {
ffffffc0802043ce:	1101                	add	sp,sp,-32
ffffffc0802043d0:	e822                	sd	s0,16(sp)
ffffffc0802043d2:	ec06                	sd	ra,24(sp)
ffffffc0802043d4:	1000                	add	s0,sp,32
ffffffc0802043d6:	fef40713          	add	a4,s0,-17
ffffffc0802043da:	d9bff0ef          	jal	ffffffc080204174 <resolve.part.0.constprop.0>
}
ffffffc0802043de:	60e2                	ld	ra,24(sp)
ffffffc0802043e0:	6442                	ld	s0,16(sp)
ffffffc0802043e2:	2501                	sext.w	a0,a0
ffffffc0802043e4:	6105                	add	sp,sp,32
ffffffc0802043e6:	8082                	ret

ffffffc0802043e8 <vm_fault>:

enum fault_result vm_fault(struct vmspace *vs, uint64 va, enum access acc) {
ffffffc0802043e8:	7139                	add	sp,sp,-64
ffffffc0802043ea:	f822                	sd	s0,48(sp)
ffffffc0802043ec:	f426                	sd	s1,40(sp)
ffffffc0802043ee:	f04a                	sd	s2,32(sp)
ffffffc0802043f0:	ec4e                	sd	s3,24(sp)
ffffffc0802043f2:	0080                	add	s0,sp,64
ffffffc0802043f4:	fc06                	sd	ra,56(sp)
ffffffc0802043f6:	892a                	mv	s2,a0
ffffffc0802043f8:	84ae                	mv	s1,a1
ffffffc0802043fa:	89b2                	mv	s3,a2
  pte_t *p;
  bool spurious;
  rw_read_lock(&vs->lock);
ffffffc0802043fc:	0f0020ef          	jal	ffffffc0802064ec <rw_read_lock>
  if (va >= USER_TOP)
ffffffc080204400:	57fd                	li	a5,-1
  *spurious = false;
ffffffc080204402:	fc0403a3          	sb	zero,-57(s0)
  if (va >= USER_TOP)
ffffffc080204406:	83e9                	srl	a5,a5,0x1a
ffffffc080204408:	0097fe63          	bgeu	a5,s1,ffffffc080204424 <vm_fault+0x3c>
  enum fault_result r = resolve(vs, va, acc, &p, &spurious);
  rw_read_unlock(&vs->lock);
ffffffc08020440c:	854a                	mv	a0,s2
ffffffc08020440e:	128020ef          	jal	ffffffc080206536 <rw_read_unlock>
    return FAULT_BAD_ADDRESS;
ffffffc080204412:	4905                	li	s2,1
  if (spurious) /* a stale entry of ours: a sibling already resolved it */
    tlb_flush_local(va, va + PGSIZE);
  return r;
}
ffffffc080204414:	70e2                	ld	ra,56(sp)
ffffffc080204416:	7442                	ld	s0,48(sp)
ffffffc080204418:	74a2                	ld	s1,40(sp)
ffffffc08020441a:	69e2                	ld	s3,24(sp)
ffffffc08020441c:	854a                	mv	a0,s2
ffffffc08020441e:	7902                	ld	s2,32(sp)
ffffffc080204420:	6121                	add	sp,sp,64
ffffffc080204422:	8082                	ret
ffffffc080204424:	864e                	mv	a2,s3
ffffffc080204426:	854a                	mv	a0,s2
ffffffc080204428:	fc740713          	add	a4,s0,-57
ffffffc08020442c:	fc840693          	add	a3,s0,-56
ffffffc080204430:	85a6                	mv	a1,s1
ffffffc080204432:	d43ff0ef          	jal	ffffffc080204174 <resolve.part.0.constprop.0>
  if (spurious) /* a stale entry of ours: a sibling already resolved it */
ffffffc080204436:	fc744983          	lbu	s3,-57(s0)
ffffffc08020443a:	87aa                	mv	a5,a0
  rw_read_unlock(&vs->lock);
ffffffc08020443c:	854a                	mv	a0,s2
ffffffc08020443e:	0007891b          	sext.w	s2,a5
ffffffc080204442:	0f4020ef          	jal	ffffffc080206536 <rw_read_unlock>
  if (spurious) /* a stale entry of ours: a sibling already resolved it */
ffffffc080204446:	fc0987e3          	beqz	s3,ffffffc080204414 <vm_fault+0x2c>
    tlb_flush_local(va, va + PGSIZE);
ffffffc08020444a:	6585                	lui	a1,0x1
ffffffc08020444c:	8526                	mv	a0,s1
ffffffc08020444e:	95a6                	add	a1,a1,s1
ffffffc080204450:	f7cfc0ef          	jal	ffffffc080200bcc <tlb_flush_local>
}
ffffffc080204454:	70e2                	ld	ra,56(sp)
ffffffc080204456:	7442                	ld	s0,48(sp)
ffffffc080204458:	74a2                	ld	s1,40(sp)
ffffffc08020445a:	69e2                	ld	s3,24(sp)
ffffffc08020445c:	854a                	mv	a0,s2
ffffffc08020445e:	7902                	ld	s2,32(sp)
ffffffc080204460:	6121                	add	sp,sp,64
ffffffc080204462:	8082                	ret

ffffffc080204464 <vm_user_page>:

void *vm_user_page(struct vmspace *vs, uint64 va, enum access acc, bool *oom) {
ffffffc080204464:	7179                	add	sp,sp,-48
ffffffc080204466:	f022                	sd	s0,32(sp)
ffffffc080204468:	ec26                	sd	s1,24(sp)
ffffffc08020446a:	e84a                	sd	s2,16(sp)
ffffffc08020446c:	f406                	sd	ra,40(sp)
ffffffc08020446e:	1800                	add	s0,sp,48
  if (va >= USER_TOP)
ffffffc080204470:	597d                	li	s2,-1
ffffffc080204472:	01a95793          	srl	a5,s2,0x1a
void *vm_user_page(struct vmspace *vs, uint64 va, enum access acc, bool *oom) {
ffffffc080204476:	84b6                	mv	s1,a3
  if (va >= USER_TOP)
ffffffc080204478:	00b7f663          	bgeu	a5,a1,ffffffc080204484 <vm_user_page+0x20>
  pte_t *p;
  enum fault_result r = vm_resolve(vs, va, acc, &p);
  *oom = r == FAULT_OOM;
ffffffc08020447c:	00068023          	sb	zero,0(a3)
  return r == FAULT_OK ? P2V(pte_pa(pte_load(p))) : NULL;
ffffffc080204480:	4501                	li	a0,0
ffffffc080204482:	a80d                	j	ffffffc0802044b4 <vm_user_page+0x50>
ffffffc080204484:	fd740713          	add	a4,s0,-41
ffffffc080204488:	fd840693          	add	a3,s0,-40
ffffffc08020448c:	ce9ff0ef          	jal	ffffffc080204174 <resolve.part.0.constprop.0>
ffffffc080204490:	2501                	sext.w	a0,a0
  *oom = r == FAULT_OOM;
ffffffc080204492:	ffe50793          	add	a5,a0,-2
ffffffc080204496:	0017b793          	seqz	a5,a5
ffffffc08020449a:	00f48023          	sb	a5,0(s1)
  return r == FAULT_OK ? P2V(pte_pa(pte_load(p))) : NULL;
ffffffc08020449e:	f16d                	bnez	a0,ffffffc080204480 <vm_user_page+0x1c>
static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc0802044a0:	fd843783          	ld	a5,-40(s0)
ffffffc0802044a4:	191a                	sll	s2,s2,0x26
ffffffc0802044a6:	6388                	ld	a0,0(a5)
static inline uint64 pte_pa(pte_t pte) { return PTE2PA(pte); }
ffffffc0802044a8:	fff007b7          	lui	a5,0xfff00
ffffffc0802044ac:	83a1                	srl	a5,a5,0x8
ffffffc0802044ae:	050a                	sll	a0,a0,0x2
ffffffc0802044b0:	8d7d                	and	a0,a0,a5
ffffffc0802044b2:	954a                	add	a0,a0,s2
}
ffffffc0802044b4:	70a2                	ld	ra,40(sp)
ffffffc0802044b6:	7402                	ld	s0,32(sp)
ffffffc0802044b8:	64e2                	ld	s1,24(sp)
ffffffc0802044ba:	6942                	ld	s2,16(sp)
ffffffc0802044bc:	6145                	add	sp,sp,48
ffffffc0802044be:	8082                	ret

ffffffc0802044c0 <kalloc_init>:
    if (w[i] != POISON)
      panic("page_alloc: page %p written after it was freed (word %d = %p)", (void *)V2P(va), i,
            (void *)w[i]);
}

void kalloc_init(uint64 pa_start, uint64 pa_end) {
ffffffc0802044c0:	7179                	add	sp,sp,-48
ffffffc0802044c2:	f022                	sd	s0,32(sp)
ffffffc0802044c4:	ec26                	sd	s1,24(sp)
ffffffc0802044c6:	e84a                	sd	s2,16(sp)
ffffffc0802044c8:	e44e                	sd	s3,8(sp)
ffffffc0802044ca:	f406                	sd	ra,40(sp)
ffffffc0802044cc:	1800                	add	s0,sp,48
  spin_init(&pool.lock, "page_pool");
ffffffc0802044ce:	0028f997          	auipc	s3,0x28f
ffffffc0802044d2:	54298993          	add	s3,s3,1346 # ffffffc080493a10 <pool>
void kalloc_init(uint64 pa_start, uint64 pa_end) {
ffffffc0802044d6:	84aa                	mv	s1,a0
ffffffc0802044d8:	892e                	mv	s2,a1
  spin_init(&pool.lock, "page_pool");
ffffffc0802044da:	854e                	mv	a0,s3
ffffffc0802044dc:	00004597          	auipc	a1,0x4
ffffffc0802044e0:	4ac58593          	add	a1,a1,1196 # ffffffc080208988 <__func__.0+0x350>
ffffffc0802044e4:	1e4020ef          	jal	ffffffc0802066c8 <spin_init>
  for (uint64 pa = PGROUNDUP(pa_start); pa + PGSIZE <= pa_end; pa += PGSIZE) {
ffffffc0802044e8:	6705                	lui	a4,0x1
ffffffc0802044ea:	fff70793          	add	a5,a4,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc0802044ee:	97a6                	add	a5,a5,s1
ffffffc0802044f0:	76fd                	lui	a3,0xfffff
ffffffc0802044f2:	8ff5                	and	a5,a5,a3
ffffffc0802044f4:	97ba                	add	a5,a5,a4
ffffffc0802044f6:	04f96263          	bltu	s2,a5,ffffffc08020453a <kalloc_init+0x7a>
ffffffc0802044fa:	0209b683          	ld	a3,32(s3)
    struct free_page *fp = P2V(pa);
ffffffc0802044fe:	fc000837          	lui	a6,0xfc000
ffffffc080204502:	0189b703          	ld	a4,24(s3)
ffffffc080204506:	187d                	add	a6,a6,-1 # fffffffffbffffff <kernel_end+0x3f7b940fff>
ffffffc080204508:	0685                	add	a3,a3,1 # fffffffffffff001 <kernel_end+0x3f7f940001>
ffffffc08020450a:	0832                	sll	a6,a6,0xc
  for (uint64 pa = PGROUNDUP(pa_start); pa + PGSIZE <= pa_end; pa += PGSIZE) {
ffffffc08020450c:	6585                	lui	a1,0x1
    struct free_page *fp = P2V(pa);
ffffffc08020450e:	853a                	mv	a0,a4
ffffffc080204510:	01078733          	add	a4,a5,a6
    poison(fp);
    fp->next = pool.head;
ffffffc080204514:	e308                	sd	a0,0(a4)
  for (uint64 pa = PGROUNDUP(pa_start); pa + PGSIZE <= pa_end; pa += PGSIZE) {
ffffffc080204516:	97ae                	add	a5,a5,a1
ffffffc080204518:	8636                	mv	a2,a3
ffffffc08020451a:	0685                	add	a3,a3,1
ffffffc08020451c:	fef979e3          	bgeu	s2,a5,ffffffc08020450e <kalloc_init+0x4e>
    pool.head = fp;
    pool.count++;
  }
  pool.total = pool.count;
}
ffffffc080204520:	70a2                	ld	ra,40(sp)
ffffffc080204522:	7402                	ld	s0,32(sp)
ffffffc080204524:	00e9bc23          	sd	a4,24(s3)
ffffffc080204528:	02c9b023          	sd	a2,32(s3)
  pool.total = pool.count;
ffffffc08020452c:	02c9b423          	sd	a2,40(s3)
}
ffffffc080204530:	64e2                	ld	s1,24(sp)
ffffffc080204532:	6942                	ld	s2,16(sp)
ffffffc080204534:	69a2                	ld	s3,8(sp)
ffffffc080204536:	6145                	add	sp,sp,48
ffffffc080204538:	8082                	ret
ffffffc08020453a:	0209b603          	ld	a2,32(s3)
ffffffc08020453e:	70a2                	ld	ra,40(sp)
ffffffc080204540:	7402                	ld	s0,32(sp)
  pool.total = pool.count;
ffffffc080204542:	02c9b423          	sd	a2,40(s3)
}
ffffffc080204546:	64e2                	ld	s1,24(sp)
ffffffc080204548:	6942                	ld	s2,16(sp)
ffffffc08020454a:	69a2                	ld	s3,8(sp)
ffffffc08020454c:	6145                	add	sp,sp,48
ffffffc08020454e:	8082                	ret

ffffffc080204550 <page_alloc>:
  }
  spin_unlock(&pool.lock);
  stat_inc(VM_pool_drains);
}

void *page_alloc(void) {
ffffffc080204550:	1101                	add	sp,sp,-32
ffffffc080204552:	e822                	sd	s0,16(sp)
ffffffc080204554:	ec06                	sd	ra,24(sp)
ffffffc080204556:	e426                	sd	s1,8(sp)
ffffffc080204558:	e04a                	sd	s2,0(sp)
ffffffc08020455a:	1000                	add	s0,sp,32
  push_off();
ffffffc08020455c:	20c020ef          	jal	ffffffc080206768 <push_off>
ffffffc080204560:	8492                	mv	s1,tp
  struct cpu *c = mycpu();
  if (c->pcp.count == 0)
ffffffc080204562:	0984a783          	lw	a5,152(s1)
ffffffc080204566:	c3a1                	beqz	a5,ffffffc0802045a6 <page_alloc+0x56>
    pcp_refill(c);
  void *va = c->pcp.count ? c->pcp.pages[--c->pcp.count] : NULL;
ffffffc080204568:	37fd                	addw	a5,a5,-1 # ffffffffffefffff <kernel_end+0x3f7f840fff>
ffffffc08020456a:	873e                	mv	a4,a5
ffffffc08020456c:	07c1                	add	a5,a5,16
ffffffc08020456e:	078e                	sll	a5,a5,0x3
ffffffc080204570:	97a6                	add	a5,a5,s1
ffffffc080204572:	0207b903          	ld	s2,32(a5)
ffffffc080204576:	08e4ac23          	sw	a4,152(s1)
  pop_off();
ffffffc08020457a:	214020ef          	jal	ffffffc08020678e <pop_off>
  if (!va)
ffffffc08020457e:	00090d63          	beqz	s2,ffffffc080204598 <page_alloc+0x48>
    return NULL;
  check_poison(va);
  page_ref_init(V2P(va));
ffffffc080204582:	4485                	li	s1,1
ffffffc080204584:	02649513          	sll	a0,s1,0x26
ffffffc080204588:	954a                	add	a0,a0,s2
ffffffc08020458a:	2cc000ef          	jal	ffffffc080204856 <page_ref_init>
ffffffc08020458e:	8792                	mv	a5,tp
ffffffc080204590:	2b078793          	add	a5,a5,688
ffffffc080204594:	0097b02f          	amoadd.d	zero,s1,(a5)
  stat_inc(VM_page_allocs);
  return va;
}
ffffffc080204598:	60e2                	ld	ra,24(sp)
ffffffc08020459a:	6442                	ld	s0,16(sp)
ffffffc08020459c:	64a2                	ld	s1,8(sp)
ffffffc08020459e:	854a                	mv	a0,s2
ffffffc0802045a0:	6902                	ld	s2,0(sp)
ffffffc0802045a2:	6105                	add	sp,sp,32
ffffffc0802045a4:	8082                	ret
  spin_lock(&pool.lock);
ffffffc0802045a6:	0028f917          	auipc	s2,0x28f
ffffffc0802045aa:	46a90913          	add	s2,s2,1130 # ffffffc080493a10 <pool>
ffffffc0802045ae:	854a                	mv	a0,s2
ffffffc0802045b0:	12e020ef          	jal	ffffffc0802066de <spin_lock>
  while (c->pcp.count < PCP_BATCH && pool.head) {
ffffffc0802045b4:	0984a683          	lw	a3,152(s1)
ffffffc0802045b8:	47fd                	li	a5,31
ffffffc0802045ba:	04d7c163          	blt	a5,a3,ffffffc0802045fc <page_alloc+0xac>
ffffffc0802045be:	00369713          	sll	a4,a3,0x3
ffffffc0802045c2:	01893783          	ld	a5,24(s2)
ffffffc0802045c6:	02093583          	ld	a1,32(s2)
ffffffc0802045ca:	9726                	add	a4,a4,s1
ffffffc0802045cc:	4801                	li	a6,0
ffffffc0802045ce:	02000893          	li	a7,32
ffffffc0802045d2:	a811                	j	ffffffc0802045e6 <page_alloc+0x96>
    c->pcp.pages[c->pcp.count++] = pool.head;
ffffffc0802045d4:	08c4ac23          	sw	a2,152(s1)
ffffffc0802045d8:	f35c                	sd	a5,160(a4)
    pool.head = pool.head->next;
ffffffc0802045da:	639c                	ld	a5,0(a5)
    pool.count--;
ffffffc0802045dc:	15fd                	add	a1,a1,-1 # fff <KERNEL_PA-0x801ff001>
  while (c->pcp.count < PCP_BATCH && pool.head) {
ffffffc0802045de:	0721                	add	a4,a4,8
ffffffc0802045e0:	4805                	li	a6,1
ffffffc0802045e2:	05168663          	beq	a3,a7,ffffffc08020462e <page_alloc+0xde>
    c->pcp.pages[c->pcp.count++] = pool.head;
ffffffc0802045e6:	2685                	addw	a3,a3,1
ffffffc0802045e8:	8636                	mv	a2,a3
  while (c->pcp.count < PCP_BATCH && pool.head) {
ffffffc0802045ea:	f7ed                	bnez	a5,ffffffc0802045d4 <page_alloc+0x84>
ffffffc0802045ec:	00080863          	beqz	a6,ffffffc0802045fc <page_alloc+0xac>
ffffffc0802045f0:	0028f797          	auipc	a5,0x28f
ffffffc0802045f4:	4207bc23          	sd	zero,1080(a5) # ffffffc080493a28 <pool+0x18>
ffffffc0802045f8:	02b93023          	sd	a1,32(s2)
  spin_unlock(&pool.lock);
ffffffc0802045fc:	0028f517          	auipc	a0,0x28f
ffffffc080204600:	41450513          	add	a0,a0,1044 # ffffffc080493a10 <pool>
ffffffc080204604:	1d4020ef          	jal	ffffffc0802067d8 <spin_unlock>
ffffffc080204608:	8792                	mv	a5,tp
ffffffc08020460a:	4705                	li	a4,1
ffffffc08020460c:	30078793          	add	a5,a5,768
ffffffc080204610:	00e7b02f          	amoadd.d	zero,a4,(a5)
  void *va = c->pcp.count ? c->pcp.pages[--c->pcp.count] : NULL;
ffffffc080204614:	0984a783          	lw	a5,152(s1)
ffffffc080204618:	fba1                	bnez	a5,ffffffc080204568 <page_alloc+0x18>
  pop_off();
ffffffc08020461a:	174020ef          	jal	ffffffc08020678e <pop_off>
}
ffffffc08020461e:	60e2                	ld	ra,24(sp)
ffffffc080204620:	6442                	ld	s0,16(sp)
    return NULL;
ffffffc080204622:	4901                	li	s2,0
}
ffffffc080204624:	64a2                	ld	s1,8(sp)
ffffffc080204626:	854a                	mv	a0,s2
ffffffc080204628:	6902                	ld	s2,0(sp)
ffffffc08020462a:	6105                	add	sp,sp,32
ffffffc08020462c:	8082                	ret
ffffffc08020462e:	00f93c23          	sd	a5,24(s2)
ffffffc080204632:	02b93023          	sd	a1,32(s2)
ffffffc080204636:	b7d9                	j	ffffffc0802045fc <page_alloc+0xac>

ffffffc080204638 <page_alloc_zeroed>:

void *page_alloc_zeroed(void) {
ffffffc080204638:	1101                	add	sp,sp,-32
ffffffc08020463a:	e822                	sd	s0,16(sp)
ffffffc08020463c:	e426                	sd	s1,8(sp)
ffffffc08020463e:	ec06                	sd	ra,24(sp)
ffffffc080204640:	1000                	add	s0,sp,32
  void *va = page_alloc();
ffffffc080204642:	f0fff0ef          	jal	ffffffc080204550 <page_alloc>
ffffffc080204646:	84aa                	mv	s1,a0
  if (va)
ffffffc080204648:	c509                	beqz	a0,ffffffc080204652 <page_alloc_zeroed+0x1a>
    memset(va, 0, PGSIZE);
ffffffc08020464a:	6605                	lui	a2,0x1
ffffffc08020464c:	4581                	li	a1,0
ffffffc08020464e:	e32ff0ef          	jal	ffffffc080203c80 <memset>
  return va;
}
ffffffc080204652:	60e2                	ld	ra,24(sp)
ffffffc080204654:	6442                	ld	s0,16(sp)
ffffffc080204656:	8526                	mv	a0,s1
ffffffc080204658:	64a2                	ld	s1,8(sp)
ffffffc08020465a:	6105                	add	sp,sp,32
ffffffc08020465c:	8082                	ret

ffffffc08020465e <page_release>:
void page_free(void *va) {
  if (page_ref_put(V2P(va)))
    page_release(va);
}

void page_release(void *va) {
ffffffc08020465e:	7179                	add	sp,sp,-48
ffffffc080204660:	f022                	sd	s0,32(sp)
ffffffc080204662:	e84a                	sd	s2,16(sp)
ffffffc080204664:	f406                	sd	ra,40(sp)
ffffffc080204666:	ec26                	sd	s1,24(sp)
ffffffc080204668:	e44e                	sd	s3,8(sp)
ffffffc08020466a:	1800                	add	s0,sp,48
ffffffc08020466c:	892a                	mv	s2,a0
  poison(va);
  push_off();
ffffffc08020466e:	0fa020ef          	jal	ffffffc080206768 <push_off>
ffffffc080204672:	8492                	mv	s1,tp
  struct cpu *c = mycpu();
  if (c->pcp.count == PCP_HIGH)
ffffffc080204674:	0984a783          	lw	a5,152(s1)
ffffffc080204678:	04000713          	li	a4,64
ffffffc08020467c:	02e78a63          	beq	a5,a4,ffffffc0802046b0 <page_release+0x52>
    pcp_drain(c);
  c->pcp.pages[c->pcp.count++] = va;
ffffffc080204680:	01078713          	add	a4,a5,16
ffffffc080204684:	070e                	sll	a4,a4,0x3
ffffffc080204686:	2785                	addw	a5,a5,1
ffffffc080204688:	08f4ac23          	sw	a5,152(s1)
ffffffc08020468c:	94ba                	add	s1,s1,a4
ffffffc08020468e:	0324b023          	sd	s2,32(s1)
  pop_off();
ffffffc080204692:	0fc020ef          	jal	ffffffc08020678e <pop_off>
ffffffc080204696:	8792                	mv	a5,tp
ffffffc080204698:	4705                	li	a4,1
ffffffc08020469a:	2b878793          	add	a5,a5,696
ffffffc08020469e:	00e7b02f          	amoadd.d	zero,a4,(a5)
  stat_inc(VM_page_frees);
}
ffffffc0802046a2:	70a2                	ld	ra,40(sp)
ffffffc0802046a4:	7402                	ld	s0,32(sp)
ffffffc0802046a6:	64e2                	ld	s1,24(sp)
ffffffc0802046a8:	6942                	ld	s2,16(sp)
ffffffc0802046aa:	69a2                	ld	s3,8(sp)
ffffffc0802046ac:	6145                	add	sp,sp,48
ffffffc0802046ae:	8082                	ret
  spin_lock(&pool.lock);
ffffffc0802046b0:	0028f997          	auipc	s3,0x28f
ffffffc0802046b4:	36098993          	add	s3,s3,864 # ffffffc080493a10 <pool>
ffffffc0802046b8:	854e                	mv	a0,s3
ffffffc0802046ba:	024020ef          	jal	ffffffc0802066de <spin_lock>
  for (int i = 0; i < PCP_BATCH; i++) {
ffffffc0802046be:	0984a583          	lw	a1,152(s1)
ffffffc0802046c2:	0189b703          	ld	a4,24(s3)
ffffffc0802046c6:	0209b503          	ld	a0,32(s3)
ffffffc0802046ca:	01358793          	add	a5,a1,19
ffffffc0802046ce:	078e                	sll	a5,a5,0x3
ffffffc0802046d0:	00978633          	add	a2,a5,s1
ffffffc0802046d4:	87b2                	mv	a5,a2
ffffffc0802046d6:	f0060613          	add	a2,a2,-256 # f00 <KERNEL_PA-0x801ff100>
    struct free_page *fp = c->pcp.pages[--c->pcp.count];
ffffffc0802046da:	86ba                	mv	a3,a4
ffffffc0802046dc:	6398                	ld	a4,0(a5)
  for (int i = 0; i < PCP_BATCH; i++) {
ffffffc0802046de:	17e1                	add	a5,a5,-8
    fp->next = pool.head;
ffffffc0802046e0:	e314                	sd	a3,0(a4)
  for (int i = 0; i < PCP_BATCH; i++) {
ffffffc0802046e2:	fef61ce3          	bne	a2,a5,ffffffc0802046da <page_release+0x7c>
    struct free_page *fp = c->pcp.pages[--c->pcp.count];
ffffffc0802046e6:	3581                	addw	a1,a1,-32
ffffffc0802046e8:	08b4ac23          	sw	a1,152(s1)
ffffffc0802046ec:	e314                	sd	a3,0(a4)
    pool.count++;
ffffffc0802046ee:	02050793          	add	a5,a0,32
  spin_unlock(&pool.lock);
ffffffc0802046f2:	0028f517          	auipc	a0,0x28f
ffffffc0802046f6:	31e50513          	add	a0,a0,798 # ffffffc080493a10 <pool>
ffffffc0802046fa:	00e9bc23          	sd	a4,24(s3)
ffffffc0802046fe:	02f9b023          	sd	a5,32(s3)
ffffffc080204702:	0d6020ef          	jal	ffffffc0802067d8 <spin_unlock>
ffffffc080204706:	8792                	mv	a5,tp
ffffffc080204708:	4705                	li	a4,1
ffffffc08020470a:	30878793          	add	a5,a5,776
ffffffc08020470e:	00e7b02f          	amoadd.d	zero,a4,(a5)
  c->pcp.pages[c->pcp.count++] = va;
ffffffc080204712:	0984a783          	lw	a5,152(s1)
}
ffffffc080204716:	b7ad                	j	ffffffc080204680 <page_release+0x22>

ffffffc080204718 <page_free>:
void page_free(void *va) {
ffffffc080204718:	1101                	add	sp,sp,-32
ffffffc08020471a:	e426                	sd	s1,8(sp)
ffffffc08020471c:	84aa                	mv	s1,a0
  if (page_ref_put(V2P(va)))
ffffffc08020471e:	4505                	li	a0,1
void page_free(void *va) {
ffffffc080204720:	e822                	sd	s0,16(sp)
ffffffc080204722:	ec06                	sd	ra,24(sp)
ffffffc080204724:	1000                	add	s0,sp,32
  if (page_ref_put(V2P(va)))
ffffffc080204726:	151a                	sll	a0,a0,0x26
ffffffc080204728:	9526                	add	a0,a0,s1
ffffffc08020472a:	0be000ef          	jal	ffffffc0802047e8 <page_ref_put>
ffffffc08020472e:	e511                	bnez	a0,ffffffc08020473a <page_free+0x22>
}
ffffffc080204730:	60e2                	ld	ra,24(sp)
ffffffc080204732:	6442                	ld	s0,16(sp)
ffffffc080204734:	64a2                	ld	s1,8(sp)
ffffffc080204736:	6105                	add	sp,sp,32
ffffffc080204738:	8082                	ret
ffffffc08020473a:	6442                	ld	s0,16(sp)
ffffffc08020473c:	60e2                	ld	ra,24(sp)
    page_release(va);
ffffffc08020473e:	8526                	mv	a0,s1
}
ffffffc080204740:	64a2                	ld	s1,8(sp)
ffffffc080204742:	6105                	add	sp,sp,32
    page_release(va);
ffffffc080204744:	bf29                	j	ffffffc08020465e <page_release>

ffffffc080204746 <kalloc_free_pages>:

uint64 kalloc_free_pages(void) {
ffffffc080204746:	1141                	add	sp,sp,-16
ffffffc080204748:	e422                	sd	s0,8(sp)
ffffffc08020474a:	0800                	add	s0,sp,16
  uint64 n = __atomic_load_n(&pool.count, __ATOMIC_RELAXED);
  for (int i = 0; i < ncpu; i++)
ffffffc08020474c:	00276597          	auipc	a1,0x276
ffffffc080204750:	8b858593          	add	a1,a1,-1864 # ffffffc08047a004 <ncpu>
  uint64 n = __atomic_load_n(&pool.count, __ATOMIC_RELAXED);
ffffffc080204754:	0028f517          	auipc	a0,0x28f
ffffffc080204758:	2dc53503          	ld	a0,732(a0) # ffffffc080493a30 <pool+0x20>
  for (int i = 0; i < ncpu; i++)
ffffffc08020475c:	419c                	lw	a5,0(a1)
ffffffc08020475e:	00f05f63          	blez	a5,ffffffc08020477c <kalloc_free_pages+0x36>
ffffffc080204762:	002af717          	auipc	a4,0x2af
ffffffc080204766:	37670713          	add	a4,a4,886 # ffffffc0804b3ad8 <cpus+0x98>
ffffffc08020476a:	4781                	li	a5,0
    n += __atomic_load_n(&cpus[i].pcp.count, __ATOMIC_RELAXED);
ffffffc08020476c:	4310                	lw	a2,0(a4)
  for (int i = 0; i < ncpu; i++)
ffffffc08020476e:	4194                	lw	a3,0(a1)
ffffffc080204770:	2785                	addw	a5,a5,1
    n += __atomic_load_n(&cpus[i].pcp.count, __ATOMIC_RELAXED);
ffffffc080204772:	9532                	add	a0,a0,a2
  for (int i = 0; i < ncpu; i++)
ffffffc080204774:	34070713          	add	a4,a4,832
ffffffc080204778:	fed7cae3          	blt	a5,a3,ffffffc08020476c <kalloc_free_pages+0x26>
  return n;
}
ffffffc08020477c:	6422                	ld	s0,8(sp)
ffffffc08020477e:	0141                	add	sp,sp,16
ffffffc080204780:	8082                	ret

ffffffc080204782 <kalloc_total_pages>:

uint64 kalloc_total_pages(void) { return pool.total; }
ffffffc080204782:	1141                	add	sp,sp,-16
ffffffc080204784:	e422                	sd	s0,8(sp)
ffffffc080204786:	0800                	add	s0,sp,16
ffffffc080204788:	6422                	ld	s0,8(sp)
ffffffc08020478a:	0028f517          	auipc	a0,0x28f
ffffffc08020478e:	2ae53503          	ld	a0,686(a0) # ffffffc080493a38 <pool+0x28>
ffffffc080204792:	0141                	add	sp,sp,16
ffffffc080204794:	8082                	ret

ffffffc080204796 <page_array_init>:

struct page *page_array;
uint64 page_first_pfn;
uint64 page_npages;

void page_array_init(uint64 mem_base, uint64 mem_size, uint64 array_pa) {
ffffffc080204796:	1141                	add	sp,sp,-16
ffffffc080204798:	e422                	sd	s0,8(sp)
ffffffc08020479a:	0800                	add	s0,sp,16
  page_first_pfn = mem_base >> PGSHIFT;
  page_npages = mem_size >> PGSHIFT;
  page_array = P2V(array_pa);
ffffffc08020479c:	57fd                	li	a5,-1
  memset(page_array, 0, page_npages * sizeof(struct page));
}
ffffffc08020479e:	6422                	ld	s0,8(sp)
  page_array = P2V(array_pa);
ffffffc0802047a0:	179a                	sll	a5,a5,0x26
  page_npages = mem_size >> PGSHIFT;
ffffffc0802047a2:	00c5d713          	srl	a4,a1,0xc
  page_array = P2V(array_pa);
ffffffc0802047a6:	97b2                	add	a5,a5,a2
  page_first_pfn = mem_base >> PGSHIFT;
ffffffc0802047a8:	00c55693          	srl	a3,a0,0xc
ffffffc0802047ac:	00276817          	auipc	a6,0x276
ffffffc0802047b0:	8ed83223          	sd	a3,-1820(a6) # ffffffc08047a090 <page_first_pfn>
  memset(page_array, 0, page_npages * sizeof(struct page));
ffffffc0802047b4:	00271613          	sll	a2,a4,0x2
  page_npages = mem_size >> PGSHIFT;
ffffffc0802047b8:	00276697          	auipc	a3,0x276
ffffffc0802047bc:	8ce6b823          	sd	a4,-1840(a3) # ffffffc08047a088 <page_npages>
  page_array = P2V(array_pa);
ffffffc0802047c0:	00276717          	auipc	a4,0x276
ffffffc0802047c4:	8cf73c23          	sd	a5,-1832(a4) # ffffffc08047a098 <page_array>
  memset(page_array, 0, page_npages * sizeof(struct page));
ffffffc0802047c8:	4581                	li	a1,0
ffffffc0802047ca:	853e                	mv	a0,a5
}
ffffffc0802047cc:	0141                	add	sp,sp,16
  memset(page_array, 0, page_npages * sizeof(struct page));
ffffffc0802047ce:	cb2ff06f          	j	ffffffc080203c80 <memset>

ffffffc0802047d2 <page_bad_pa>:

void page_bad_pa(uint64 pa) { panic("pa_to_page: %p is not RAM", (void *)pa); }
ffffffc0802047d2:	1141                	add	sp,sp,-16
ffffffc0802047d4:	e022                	sd	s0,0(sp)
ffffffc0802047d6:	e406                	sd	ra,8(sp)
ffffffc0802047d8:	0800                	add	s0,sp,16
ffffffc0802047da:	85aa                	mv	a1,a0
ffffffc0802047dc:	00004517          	auipc	a0,0x4
ffffffc0802047e0:	1bc50513          	add	a0,a0,444 # ffffffc080208998 <__func__.0+0x360>
ffffffc0802047e4:	bccff0ef          	jal	ffffffc080203bb0 <panic>

ffffffc0802047e8 <page_ref_put>:

bool page_ref_put(uint64 pa) {
ffffffc0802047e8:	1141                	add	sp,sp,-16
ffffffc0802047ea:	e022                	sd	s0,0(sp)
ffffffc0802047ec:	e406                	sd	ra,8(sp)
ffffffc0802047ee:	0800                	add	s0,sp,16
  uint64 i = (pa >> PGSHIFT) - page_first_pfn;
ffffffc0802047f0:	00276717          	auipc	a4,0x276
ffffffc0802047f4:	8a073703          	ld	a4,-1888(a4) # ffffffc08047a090 <page_first_pfn>
ffffffc0802047f8:	00c55793          	srl	a5,a0,0xc
ffffffc0802047fc:	8f99                	sub	a5,a5,a4
  if (i >= page_npages)
ffffffc0802047fe:	00276717          	auipc	a4,0x276
ffffffc080204802:	88a73703          	ld	a4,-1910(a4) # ffffffc08047a088 <page_npages>
ffffffc080204806:	02e7ff63          	bgeu	a5,a4,ffffffc080204844 <page_ref_put+0x5c>
  uint32 old = __atomic_fetch_sub(&pa_to_page(pa)->refs, 1, __ATOMIC_RELEASE);
ffffffc08020480a:	00276717          	auipc	a4,0x276
ffffffc08020480e:	88e73703          	ld	a4,-1906(a4) # ffffffc08047a098 <page_array>
ffffffc080204812:	078a                	sll	a5,a5,0x2
ffffffc080204814:	97ba                	add	a5,a5,a4
ffffffc080204816:	56fd                	li	a3,-1
ffffffc080204818:	0f50000f          	fence	iorw,ow
ffffffc08020481c:	00d7a72f          	amoadd.w	a4,a3,(a5)
ffffffc080204820:	0007079b          	sext.w	a5,a4
  if (old == 0)
ffffffc080204824:	c395                	beqz	a5,ffffffc080204848 <page_ref_put+0x60>
    panic("page_ref_put: reference count of page %p below zero", (void *)pa);
  if (old == 1) {
ffffffc080204826:	4705                	li	a4,1
    __atomic_thread_fence(__ATOMIC_ACQUIRE);
    return true;
  }
  return false;
ffffffc080204828:	4501                	li	a0,0
  if (old == 1) {
ffffffc08020482a:	00e78663          	beq	a5,a4,ffffffc080204836 <page_ref_put+0x4e>
}
ffffffc08020482e:	60a2                	ld	ra,8(sp)
ffffffc080204830:	6402                	ld	s0,0(sp)
ffffffc080204832:	0141                	add	sp,sp,16
ffffffc080204834:	8082                	ret
    __atomic_thread_fence(__ATOMIC_ACQUIRE);
ffffffc080204836:	0ff0000f          	fence
}
ffffffc08020483a:	60a2                	ld	ra,8(sp)
ffffffc08020483c:	6402                	ld	s0,0(sp)
    return true;
ffffffc08020483e:	4505                	li	a0,1
}
ffffffc080204840:	0141                	add	sp,sp,16
ffffffc080204842:	8082                	ret
    page_bad_pa(pa);
ffffffc080204844:	f8fff0ef          	jal	ffffffc0802047d2 <page_bad_pa>
ffffffc080204848:	85aa                	mv	a1,a0
    panic("page_ref_put: reference count of page %p below zero", (void *)pa);
ffffffc08020484a:	00004517          	auipc	a0,0x4
ffffffc08020484e:	16e50513          	add	a0,a0,366 # ffffffc0802089b8 <__func__.0+0x380>
ffffffc080204852:	b5eff0ef          	jal	ffffffc080203bb0 <panic>

ffffffc080204856 <page_ref_init>:
  uint64 i = (pa >> PGSHIFT) - page_first_pfn;
ffffffc080204856:	00276717          	auipc	a4,0x276
ffffffc08020485a:	83a73703          	ld	a4,-1990(a4) # ffffffc08047a090 <page_first_pfn>
ffffffc08020485e:	00c55793          	srl	a5,a0,0xc
ffffffc080204862:	8f99                	sub	a5,a5,a4
  if (i >= page_npages)
ffffffc080204864:	00276717          	auipc	a4,0x276
ffffffc080204868:	82473703          	ld	a4,-2012(a4) # ffffffc08047a088 <page_npages>
ffffffc08020486c:	00e7fc63          	bgeu	a5,a4,ffffffc080204884 <page_ref_init+0x2e>
void page_ref_init(uint64 pa) {
  struct page *pg = pa_to_page(pa);
  if (KDEBUG && __atomic_load_n(&pg->refs, __ATOMIC_RELAXED) != 0)
    panic("page_ref_init: free page %p has %u references", (void *)pa, pg->refs);
  /* Relaxed: nobody else can see a page that is being allocated. */
  __atomic_store_n(&pg->refs, 1, __ATOMIC_RELAXED);
ffffffc080204870:	00276717          	auipc	a4,0x276
ffffffc080204874:	82873703          	ld	a4,-2008(a4) # ffffffc08047a098 <page_array>
ffffffc080204878:	078a                	sll	a5,a5,0x2
ffffffc08020487a:	97ba                	add	a5,a5,a4
ffffffc08020487c:	4705                	li	a4,1
ffffffc08020487e:	08e7a02f          	amoswap.w	zero,a4,(a5)
ffffffc080204882:	8082                	ret
void page_ref_init(uint64 pa) {
ffffffc080204884:	1141                	add	sp,sp,-16
ffffffc080204886:	e022                	sd	s0,0(sp)
ffffffc080204888:	e406                	sd	ra,8(sp)
ffffffc08020488a:	0800                	add	s0,sp,16
    page_bad_pa(pa);
ffffffc08020488c:	f47ff0ef          	jal	ffffffc0802047d2 <page_bad_pa>

ffffffc080204890 <copyout>:
  *dst += len;
  return 0;
}

int copyout(uint64 dst_uva, const void *src, size_t n) {
  if (dst_uva + n < dst_uva)
ffffffc080204890:	00c507b3          	add	a5,a0,a2
ffffffc080204894:	0aa7ee63          	bltu	a5,a0,ffffffc080204950 <copyout+0xc0>
int copyout(uint64 dst_uva, const void *src, size_t n) {
ffffffc080204898:	711d                	add	sp,sp,-96
ffffffc08020489a:	e8a2                	sd	s0,80(sp)
ffffffc08020489c:	e0ca                	sd	s2,64(sp)
ffffffc08020489e:	fc4e                	sd	s3,56(sp)
ffffffc0802048a0:	f852                	sd	s4,48(sp)
ffffffc0802048a2:	f456                	sd	s5,40(sp)
ffffffc0802048a4:	f05a                	sd	s6,32(sp)
ffffffc0802048a6:	ec5e                	sd	s7,24(sp)
ffffffc0802048a8:	ec86                	sd	ra,88(sp)
ffffffc0802048aa:	e4a6                	sd	s1,72(sp)
ffffffc0802048ac:	1080                	add	s0,sp,96
ffffffc0802048ae:	892a                	mv	s2,a0
ffffffc0802048b0:	89b2                	mv	s3,a2
ffffffc0802048b2:	8aae                	mv	s5,a1
    uint64 off = uva & (PGSIZE - 1);
ffffffc0802048b4:	6b05                	lui	s6,0x1
  struct vmspace *vs = current_vm();
ffffffc0802048b6:	6d0010ef          	jal	ffffffc080205f86 <current_vm>
ffffffc0802048ba:	8a2a                	mv	s4,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc0802048bc:	fffb0b93          	add	s7,s6,-1 # fff <KERNEL_PA-0x801ff001>
  while (n > 0) {
ffffffc0802048c0:	02099563          	bnez	s3,ffffffc0802048ea <copyout+0x5a>
ffffffc0802048c4:	a895                	j	ffffffc080204938 <copyout+0xa8>
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc0802048c6:	0099f363          	bgeu	s3,s1,ffffffc0802048cc <copyout+0x3c>
ffffffc0802048ca:	84ce                	mv	s1,s3
  memcpy(kva, *src, len);
ffffffc0802048cc:	8626                	mv	a2,s1
ffffffc0802048ce:	bfeff0ef          	jal	ffffffc080203ccc <memcpy>
    rw_read_unlock(&vs->lock);
ffffffc0802048d2:	8552                	mv	a0,s4
ffffffc0802048d4:	463010ef          	jal	ffffffc080206536 <rw_read_unlock>
    if (oom)
ffffffc0802048d8:	faf44783          	lbu	a5,-81(s0)
  *src += len;
ffffffc0802048dc:	9aa6                	add	s5,s5,s1
    if (oom)
ffffffc0802048de:	e7a9                	bnez	a5,ffffffc080204928 <copyout+0x98>
    n -= len;
ffffffc0802048e0:	409989b3          	sub	s3,s3,s1
    uva += len;
ffffffc0802048e4:	9926                	add	s2,s2,s1
  while (n > 0) {
ffffffc0802048e6:	04098963          	beqz	s3,ffffffc080204938 <copyout+0xa8>
    rw_read_lock(&vs->lock);
ffffffc0802048ea:	8552                	mv	a0,s4
ffffffc0802048ec:	401010ef          	jal	ffffffc0802064ec <rw_read_lock>
    char *page = vm_user_page(vs, uva, acc, &oom);
ffffffc0802048f0:	85ca                	mv	a1,s2
ffffffc0802048f2:	faf40693          	add	a3,s0,-81
ffffffc0802048f6:	4605                	li	a2,1
ffffffc0802048f8:	8552                	mv	a0,s4
ffffffc0802048fa:	b6bff0ef          	jal	ffffffc080204464 <vm_user_page>
    uint64 off = uva & (PGSIZE - 1);
ffffffc0802048fe:	017974b3          	and	s1,s2,s7
    char *page = vm_user_page(vs, uva, acc, &oom);
ffffffc080204902:	87aa                	mv	a5,a0
  memcpy(kva, *src, len);
ffffffc080204904:	85d6                	mv	a1,s5
ffffffc080204906:	9526                	add	a0,a0,s1
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204908:	409b04b3          	sub	s1,s6,s1
    int r = page ? fn(page + off, len, arg) : -1;
ffffffc08020490c:	ffcd                	bnez	a5,ffffffc0802048c6 <copyout+0x36>
    rw_read_unlock(&vs->lock);
ffffffc08020490e:	8552                	mv	a0,s4
ffffffc080204910:	427010ef          	jal	ffffffc080206536 <rw_read_unlock>
    if (oom)
ffffffc080204914:	faf44783          	lbu	a5,-81(s0)
ffffffc080204918:	e399                	bnez	a5,ffffffc08020491e <copyout+0x8e>
    return -1;
ffffffc08020491a:	557d                	li	a0,-1
ffffffc08020491c:	a839                	j	ffffffc08020493a <copyout+0xaa>
      current_kill_oom(uva);
ffffffc08020491e:	854a                	mv	a0,s2
ffffffc080204920:	67c010ef          	jal	ffffffc080205f9c <current_kill_oom>
    return -1;
ffffffc080204924:	557d                	li	a0,-1
ffffffc080204926:	a811                	j	ffffffc08020493a <copyout+0xaa>
      current_kill_oom(uva);
ffffffc080204928:	854a                	mv	a0,s2
    n -= len;
ffffffc08020492a:	409989b3          	sub	s3,s3,s1
      current_kill_oom(uva);
ffffffc08020492e:	66e010ef          	jal	ffffffc080205f9c <current_kill_oom>
    uva += len;
ffffffc080204932:	9926                	add	s2,s2,s1
  while (n > 0) {
ffffffc080204934:	fa099be3          	bnez	s3,ffffffc0802048ea <copyout+0x5a>
  return 0;
ffffffc080204938:	4501                	li	a0,0
  return for_each_piece(dst_uva, n, ACC_WRITE, put_piece, &src);
}
ffffffc08020493a:	60e6                	ld	ra,88(sp)
ffffffc08020493c:	6446                	ld	s0,80(sp)
ffffffc08020493e:	64a6                	ld	s1,72(sp)
ffffffc080204940:	6906                	ld	s2,64(sp)
ffffffc080204942:	79e2                	ld	s3,56(sp)
ffffffc080204944:	7a42                	ld	s4,48(sp)
ffffffc080204946:	7aa2                	ld	s5,40(sp)
ffffffc080204948:	7b02                	ld	s6,32(sp)
ffffffc08020494a:	6be2                	ld	s7,24(sp)
ffffffc08020494c:	6125                	add	sp,sp,96
ffffffc08020494e:	8082                	ret
    return -1;
ffffffc080204950:	557d                	li	a0,-1
}
ffffffc080204952:	8082                	ret

ffffffc080204954 <copyin>:

int copyin(void *dst, uint64 src_uva, size_t n) {
  if (src_uva + n < src_uva)
ffffffc080204954:	00c587b3          	add	a5,a1,a2
ffffffc080204958:	0ab7ef63          	bltu	a5,a1,ffffffc080204a16 <copyin+0xc2>
int copyin(void *dst, uint64 src_uva, size_t n) {
ffffffc08020495c:	711d                	add	sp,sp,-96
ffffffc08020495e:	e8a2                	sd	s0,80(sp)
ffffffc080204960:	e0ca                	sd	s2,64(sp)
ffffffc080204962:	fc4e                	sd	s3,56(sp)
ffffffc080204964:	f852                	sd	s4,48(sp)
ffffffc080204966:	f456                	sd	s5,40(sp)
ffffffc080204968:	f05a                	sd	s6,32(sp)
ffffffc08020496a:	ec5e                	sd	s7,24(sp)
ffffffc08020496c:	ec86                	sd	ra,88(sp)
ffffffc08020496e:	e4a6                	sd	s1,72(sp)
ffffffc080204970:	1080                	add	s0,sp,96
ffffffc080204972:	892e                	mv	s2,a1
ffffffc080204974:	89b2                	mv	s3,a2
ffffffc080204976:	8aaa                	mv	s5,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc080204978:	6b05                	lui	s6,0x1
  struct vmspace *vs = current_vm();
ffffffc08020497a:	60c010ef          	jal	ffffffc080205f86 <current_vm>
ffffffc08020497e:	8a2a                	mv	s4,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc080204980:	fffb0b93          	add	s7,s6,-1 # fff <KERNEL_PA-0x801ff001>
  while (n > 0) {
ffffffc080204984:	02099563          	bnez	s3,ffffffc0802049ae <copyin+0x5a>
ffffffc080204988:	a89d                	j	ffffffc0802049fe <copyin+0xaa>
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc08020498a:	0099f363          	bgeu	s3,s1,ffffffc080204990 <copyin+0x3c>
ffffffc08020498e:	84ce                	mv	s1,s3
  memcpy(*dst, kva, len);
ffffffc080204990:	8626                	mv	a2,s1
ffffffc080204992:	b3aff0ef          	jal	ffffffc080203ccc <memcpy>
    rw_read_unlock(&vs->lock);
ffffffc080204996:	8552                	mv	a0,s4
ffffffc080204998:	39f010ef          	jal	ffffffc080206536 <rw_read_unlock>
    if (oom)
ffffffc08020499c:	faf44783          	lbu	a5,-81(s0)
  *dst += len;
ffffffc0802049a0:	9aa6                	add	s5,s5,s1
    if (oom)
ffffffc0802049a2:	e7b1                	bnez	a5,ffffffc0802049ee <copyin+0x9a>
    n -= len;
ffffffc0802049a4:	409989b3          	sub	s3,s3,s1
    uva += len;
ffffffc0802049a8:	9926                	add	s2,s2,s1
  while (n > 0) {
ffffffc0802049aa:	04098a63          	beqz	s3,ffffffc0802049fe <copyin+0xaa>
    rw_read_lock(&vs->lock);
ffffffc0802049ae:	8552                	mv	a0,s4
ffffffc0802049b0:	33d010ef          	jal	ffffffc0802064ec <rw_read_lock>
    char *page = vm_user_page(vs, uva, acc, &oom);
ffffffc0802049b4:	85ca                	mv	a1,s2
ffffffc0802049b6:	faf40693          	add	a3,s0,-81
ffffffc0802049ba:	4601                	li	a2,0
ffffffc0802049bc:	8552                	mv	a0,s4
ffffffc0802049be:	aa7ff0ef          	jal	ffffffc080204464 <vm_user_page>
ffffffc0802049c2:	87aa                	mv	a5,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc0802049c4:	017974b3          	and	s1,s2,s7
  memcpy(*dst, kva, len);
ffffffc0802049c8:	009785b3          	add	a1,a5,s1
ffffffc0802049cc:	8556                	mv	a0,s5
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc0802049ce:	409b04b3          	sub	s1,s6,s1
    int r = page ? fn(page + off, len, arg) : -1;
ffffffc0802049d2:	ffc5                	bnez	a5,ffffffc08020498a <copyin+0x36>
    rw_read_unlock(&vs->lock);
ffffffc0802049d4:	8552                	mv	a0,s4
ffffffc0802049d6:	361010ef          	jal	ffffffc080206536 <rw_read_unlock>
    if (oom)
ffffffc0802049da:	faf44783          	lbu	a5,-81(s0)
ffffffc0802049de:	e399                	bnez	a5,ffffffc0802049e4 <copyin+0x90>
    return -1;
ffffffc0802049e0:	557d                	li	a0,-1
ffffffc0802049e2:	a839                	j	ffffffc080204a00 <copyin+0xac>
      current_kill_oom(uva);
ffffffc0802049e4:	854a                	mv	a0,s2
ffffffc0802049e6:	5b6010ef          	jal	ffffffc080205f9c <current_kill_oom>
    return -1;
ffffffc0802049ea:	557d                	li	a0,-1
ffffffc0802049ec:	a811                	j	ffffffc080204a00 <copyin+0xac>
      current_kill_oom(uva);
ffffffc0802049ee:	854a                	mv	a0,s2
    n -= len;
ffffffc0802049f0:	409989b3          	sub	s3,s3,s1
      current_kill_oom(uva);
ffffffc0802049f4:	5a8010ef          	jal	ffffffc080205f9c <current_kill_oom>
    uva += len;
ffffffc0802049f8:	9926                	add	s2,s2,s1
  while (n > 0) {
ffffffc0802049fa:	fa099ae3          	bnez	s3,ffffffc0802049ae <copyin+0x5a>
  return 0;
ffffffc0802049fe:	4501                	li	a0,0
  return for_each_piece(src_uva, n, ACC_READ, get_piece, &dst);
}
ffffffc080204a00:	60e6                	ld	ra,88(sp)
ffffffc080204a02:	6446                	ld	s0,80(sp)
ffffffc080204a04:	64a6                	ld	s1,72(sp)
ffffffc080204a06:	6906                	ld	s2,64(sp)
ffffffc080204a08:	79e2                	ld	s3,56(sp)
ffffffc080204a0a:	7a42                	ld	s4,48(sp)
ffffffc080204a0c:	7aa2                	ld	s5,40(sp)
ffffffc080204a0e:	7b02                	ld	s6,32(sp)
ffffffc080204a10:	6be2                	ld	s7,24(sp)
ffffffc080204a12:	6125                	add	sp,sp,96
ffffffc080204a14:	8082                	ret
    return -1;
ffffffc080204a16:	557d                	li	a0,-1
}
ffffffc080204a18:	8082                	ret

ffffffc080204a1a <copyinstr>:
  return 0;
}

int copyinstr(char *dst, uint64 src_uva, size_t max) {
  struct str_state s = {dst, 0, false};
  if (max == 0 || src_uva + max < src_uva)
ffffffc080204a1a:	0e060963          	beqz	a2,ffffffc080204b0c <copyinstr+0xf2>
int copyinstr(char *dst, uint64 src_uva, size_t max) {
ffffffc080204a1e:	7159                	add	sp,sp,-112
ffffffc080204a20:	f0a2                	sd	s0,96(sp)
ffffffc080204a22:	e8ca                	sd	s2,80(sp)
ffffffc080204a24:	f062                	sd	s8,32(sp)
ffffffc080204a26:	f486                	sd	ra,104(sp)
ffffffc080204a28:	eca6                	sd	s1,88(sp)
ffffffc080204a2a:	e4ce                	sd	s3,72(sp)
ffffffc080204a2c:	e0d2                	sd	s4,64(sp)
ffffffc080204a2e:	fc56                	sd	s5,56(sp)
ffffffc080204a30:	f85a                	sd	s6,48(sp)
ffffffc080204a32:	f45e                	sd	s7,40(sp)
ffffffc080204a34:	ec66                	sd	s9,24(sp)
ffffffc080204a36:	1880                	add	s0,sp,112
  if (max == 0 || src_uva + max < src_uva)
ffffffc080204a38:	00b607b3          	add	a5,a2,a1
ffffffc080204a3c:	8c32                	mv	s8,a2
ffffffc080204a3e:	892e                	mv	s2,a1
ffffffc080204a40:	0ab7eb63          	bltu	a5,a1,ffffffc080204af6 <copyinstr+0xdc>
ffffffc080204a44:	8baa                	mv	s7,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc080204a46:	6a05                	lui	s4,0x1
  struct vmspace *vs = current_vm();
ffffffc080204a48:	53e010ef          	jal	ffffffc080205f86 <current_vm>
ffffffc080204a4c:	89aa                	mv	s3,a0
  struct str_state s = {dst, 0, false};
ffffffc080204a4e:	4b01                	li	s6,0
    uint64 off = uva & (PGSIZE - 1);
ffffffc080204a50:	fffa0a93          	add	s5,s4,-1 # fff <KERNEL_PA-0x801ff001>
    rw_read_lock(&vs->lock);
ffffffc080204a54:	854e                	mv	a0,s3
ffffffc080204a56:	297010ef          	jal	ffffffc0802064ec <rw_read_lock>
    char *page = vm_user_page(vs, uva, acc, &oom);
ffffffc080204a5a:	f9f40693          	add	a3,s0,-97
ffffffc080204a5e:	4601                	li	a2,0
ffffffc080204a60:	85ca                	mv	a1,s2
ffffffc080204a62:	854e                	mv	a0,s3
ffffffc080204a64:	a01ff0ef          	jal	ffffffc080204464 <vm_user_page>
    int r = page ? fn(page + off, len, arg) : -1;
ffffffc080204a68:	c149                	beqz	a0,ffffffc080204aea <copyinstr+0xd0>
    uint64 off = uva & (PGSIZE - 1);
ffffffc080204a6a:	015976b3          	and	a3,s2,s5
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204a6e:	40da0cb3          	sub	s9,s4,a3
ffffffc080204a72:	019c7363          	bgeu	s8,s9,ffffffc080204a78 <copyinstr+0x5e>
ffffffc080204a76:	8ce2                	mv	s9,s8
ffffffc080204a78:	84da                	mv	s1,s6
ffffffc080204a7a:	016c85b3          	add	a1,s9,s6
ffffffc080204a7e:	416686b3          	sub	a3,a3,s6
ffffffc080204a82:	a021                	j	ffffffc080204a8a <copyinstr+0x70>
    s->len++;
ffffffc080204a84:	0485                	add	s1,s1,1
  for (size_t i = 0; i < len; i++) {
ffffffc080204a86:	04958563          	beq	a1,s1,ffffffc080204ad0 <copyinstr+0xb6>
    s->dst[s->len] = kva[i];
ffffffc080204a8a:	009687b3          	add	a5,a3,s1
ffffffc080204a8e:	97aa                	add	a5,a5,a0
ffffffc080204a90:	0007c783          	lbu	a5,0(a5)
ffffffc080204a94:	009b8733          	add	a4,s7,s1
ffffffc080204a98:	00f70023          	sb	a5,0(a4)
    if (kva[i] == 0) {
ffffffc080204a9c:	f7e5                	bnez	a5,ffffffc080204a84 <copyinstr+0x6a>
    rw_read_unlock(&vs->lock);
ffffffc080204a9e:	854e                	mv	a0,s3
ffffffc080204aa0:	297010ef          	jal	ffffffc080206536 <rw_read_unlock>
    if (oom)
ffffffc080204aa4:	f9f44783          	lbu	a5,-97(s0)
ffffffc080204aa8:	e385                	bnez	a5,ffffffc080204ac8 <copyinstr+0xae>
    return -1;
  if (for_each_piece(src_uva, max, ACC_READ, str_piece, &s) < 0 || !s.done)
    return -1;
  return s.len;
ffffffc080204aaa:	0004851b          	sext.w	a0,s1
}
ffffffc080204aae:	70a6                	ld	ra,104(sp)
ffffffc080204ab0:	7406                	ld	s0,96(sp)
ffffffc080204ab2:	64e6                	ld	s1,88(sp)
ffffffc080204ab4:	6946                	ld	s2,80(sp)
ffffffc080204ab6:	69a6                	ld	s3,72(sp)
ffffffc080204ab8:	6a06                	ld	s4,64(sp)
ffffffc080204aba:	7ae2                	ld	s5,56(sp)
ffffffc080204abc:	7b42                	ld	s6,48(sp)
ffffffc080204abe:	7ba2                	ld	s7,40(sp)
ffffffc080204ac0:	7c02                	ld	s8,32(sp)
ffffffc080204ac2:	6ce2                	ld	s9,24(sp)
ffffffc080204ac4:	6165                	add	sp,sp,112
ffffffc080204ac6:	8082                	ret
      current_kill_oom(uva);
ffffffc080204ac8:	854a                	mv	a0,s2
ffffffc080204aca:	4d2010ef          	jal	ffffffc080205f9c <current_kill_oom>
    if (r > 0) /* fn says stop (string end) */
ffffffc080204ace:	bff1                	j	ffffffc080204aaa <copyinstr+0x90>
    rw_read_unlock(&vs->lock);
ffffffc080204ad0:	854e                	mv	a0,s3
ffffffc080204ad2:	265010ef          	jal	ffffffc080206536 <rw_read_unlock>
    if (oom)
ffffffc080204ad6:	f9f44783          	lbu	a5,-97(s0)
ffffffc080204ada:	e78d                	bnez	a5,ffffffc080204b04 <copyinstr+0xea>
    n -= len;
ffffffc080204adc:	419c0c33          	sub	s8,s8,s9
    uva += len;
ffffffc080204ae0:	9966                	add	s2,s2,s9
  while (n > 0) {
ffffffc080204ae2:	000c0a63          	beqz	s8,ffffffc080204af6 <copyinstr+0xdc>
    s->len++;
ffffffc080204ae6:	8b26                	mv	s6,s1
ffffffc080204ae8:	b7b5                	j	ffffffc080204a54 <copyinstr+0x3a>
    rw_read_unlock(&vs->lock);
ffffffc080204aea:	854e                	mv	a0,s3
ffffffc080204aec:	24b010ef          	jal	ffffffc080206536 <rw_read_unlock>
    if (oom)
ffffffc080204af0:	f9f44783          	lbu	a5,-97(s0)
ffffffc080204af4:	e399                	bnez	a5,ffffffc080204afa <copyinstr+0xe0>
    return -1;
ffffffc080204af6:	557d                	li	a0,-1
ffffffc080204af8:	bf5d                	j	ffffffc080204aae <copyinstr+0x94>
      current_kill_oom(uva);
ffffffc080204afa:	854a                	mv	a0,s2
ffffffc080204afc:	4a0010ef          	jal	ffffffc080205f9c <current_kill_oom>
    return -1;
ffffffc080204b00:	557d                	li	a0,-1
ffffffc080204b02:	b775                	j	ffffffc080204aae <copyinstr+0x94>
      current_kill_oom(uva);
ffffffc080204b04:	854a                	mv	a0,s2
ffffffc080204b06:	496010ef          	jal	ffffffc080205f9c <current_kill_oom>
    if (r > 0) /* fn says stop (string end) */
ffffffc080204b0a:	bfc9                	j	ffffffc080204adc <copyinstr+0xc2>
    return -1;
ffffffc080204b0c:	557d                	li	a0,-1
}
ffffffc080204b0e:	8082                	ret

ffffffc080204b10 <either_copyout>:

int either_copyout(int user_dst, uint64 dst, const void *src, size_t n) {
ffffffc080204b10:	711d                	add	sp,sp,-96
ffffffc080204b12:	e8a2                	sd	s0,80(sp)
ffffffc080204b14:	e0ca                	sd	s2,64(sp)
ffffffc080204b16:	fc4e                	sd	s3,56(sp)
ffffffc080204b18:	f852                	sd	s4,48(sp)
ffffffc080204b1a:	ec86                	sd	ra,88(sp)
ffffffc080204b1c:	e4a6                	sd	s1,72(sp)
ffffffc080204b1e:	f456                	sd	s5,40(sp)
ffffffc080204b20:	f05a                	sd	s6,32(sp)
ffffffc080204b22:	ec5e                	sd	s7,24(sp)
ffffffc080204b24:	1080                	add	s0,sp,96
ffffffc080204b26:	892e                	mv	s2,a1
ffffffc080204b28:	8a32                	mv	s4,a2
ffffffc080204b2a:	89b6                	mv	s3,a3
  if (user_dst)
ffffffc080204b2c:	e115                	bnez	a0,ffffffc080204b50 <either_copyout+0x40>
    return copyout(dst, src, n);
  memmove((void *)dst, src, n);
ffffffc080204b2e:	8636                	mv	a2,a3
ffffffc080204b30:	85d2                	mv	a1,s4
ffffffc080204b32:	854a                	mv	a0,s2
ffffffc080204b34:	a1cff0ef          	jal	ffffffc080203d50 <memmove>
  return 0;
ffffffc080204b38:	4501                	li	a0,0
  return 0;
}
ffffffc080204b3a:	60e6                	ld	ra,88(sp)
ffffffc080204b3c:	6446                	ld	s0,80(sp)
ffffffc080204b3e:	64a6                	ld	s1,72(sp)
ffffffc080204b40:	6906                	ld	s2,64(sp)
ffffffc080204b42:	79e2                	ld	s3,56(sp)
ffffffc080204b44:	7a42                	ld	s4,48(sp)
ffffffc080204b46:	7aa2                	ld	s5,40(sp)
ffffffc080204b48:	7b02                	ld	s6,32(sp)
ffffffc080204b4a:	6be2                	ld	s7,24(sp)
ffffffc080204b4c:	6125                	add	sp,sp,96
ffffffc080204b4e:	8082                	ret
  if (dst_uva + n < dst_uva)
ffffffc080204b50:	00d587b3          	add	a5,a1,a3
ffffffc080204b54:	06b7e563          	bltu	a5,a1,ffffffc080204bbe <either_copyout+0xae>
  struct vmspace *vs = current_vm();
ffffffc080204b58:	42e010ef          	jal	ffffffc080205f86 <current_vm>
    uint64 off = uva & (PGSIZE - 1);
ffffffc080204b5c:	6b05                	lui	s6,0x1
  struct vmspace *vs = current_vm();
ffffffc080204b5e:	8aaa                	mv	s5,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc080204b60:	fffb0b93          	add	s7,s6,-1 # fff <KERNEL_PA-0x801ff001>
  while (n > 0) {
ffffffc080204b64:	02099563          	bnez	s3,ffffffc080204b8e <either_copyout+0x7e>
ffffffc080204b68:	bfc1                	j	ffffffc080204b38 <either_copyout+0x28>
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204b6a:	0099f363          	bgeu	s3,s1,ffffffc080204b70 <either_copyout+0x60>
ffffffc080204b6e:	84ce                	mv	s1,s3
  memcpy(kva, *src, len);
ffffffc080204b70:	8626                	mv	a2,s1
ffffffc080204b72:	95aff0ef          	jal	ffffffc080203ccc <memcpy>
    rw_read_unlock(&vs->lock);
ffffffc080204b76:	8556                	mv	a0,s5
ffffffc080204b78:	1bf010ef          	jal	ffffffc080206536 <rw_read_unlock>
    if (oom)
ffffffc080204b7c:	faf44783          	lbu	a5,-81(s0)
  *src += len;
ffffffc080204b80:	9a26                	add	s4,s4,s1
    if (oom)
ffffffc080204b82:	e7a9                	bnez	a5,ffffffc080204bcc <either_copyout+0xbc>
    n -= len;
ffffffc080204b84:	409989b3          	sub	s3,s3,s1
    uva += len;
ffffffc080204b88:	9926                	add	s2,s2,s1
  while (n > 0) {
ffffffc080204b8a:	fa0987e3          	beqz	s3,ffffffc080204b38 <either_copyout+0x28>
    rw_read_lock(&vs->lock);
ffffffc080204b8e:	8556                	mv	a0,s5
ffffffc080204b90:	15d010ef          	jal	ffffffc0802064ec <rw_read_lock>
    char *page = vm_user_page(vs, uva, acc, &oom);
ffffffc080204b94:	85ca                	mv	a1,s2
ffffffc080204b96:	faf40693          	add	a3,s0,-81
ffffffc080204b9a:	4605                	li	a2,1
ffffffc080204b9c:	8556                	mv	a0,s5
ffffffc080204b9e:	8c7ff0ef          	jal	ffffffc080204464 <vm_user_page>
    uint64 off = uva & (PGSIZE - 1);
ffffffc080204ba2:	017974b3          	and	s1,s2,s7
    char *page = vm_user_page(vs, uva, acc, &oom);
ffffffc080204ba6:	87aa                	mv	a5,a0
  memcpy(kva, *src, len);
ffffffc080204ba8:	85d2                	mv	a1,s4
ffffffc080204baa:	9526                	add	a0,a0,s1
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204bac:	409b04b3          	sub	s1,s6,s1
    int r = page ? fn(page + off, len, arg) : -1;
ffffffc080204bb0:	ffcd                	bnez	a5,ffffffc080204b6a <either_copyout+0x5a>
    rw_read_unlock(&vs->lock);
ffffffc080204bb2:	8556                	mv	a0,s5
ffffffc080204bb4:	183010ef          	jal	ffffffc080206536 <rw_read_unlock>
    if (oom)
ffffffc080204bb8:	faf44783          	lbu	a5,-81(s0)
ffffffc080204bbc:	e399                	bnez	a5,ffffffc080204bc2 <either_copyout+0xb2>
    return -1;
ffffffc080204bbe:	557d                	li	a0,-1
ffffffc080204bc0:	bfad                	j	ffffffc080204b3a <either_copyout+0x2a>
      current_kill_oom(uva);
ffffffc080204bc2:	854a                	mv	a0,s2
ffffffc080204bc4:	3d8010ef          	jal	ffffffc080205f9c <current_kill_oom>
    return -1;
ffffffc080204bc8:	557d                	li	a0,-1
ffffffc080204bca:	bf85                	j	ffffffc080204b3a <either_copyout+0x2a>
      current_kill_oom(uva);
ffffffc080204bcc:	854a                	mv	a0,s2
ffffffc080204bce:	3ce010ef          	jal	ffffffc080205f9c <current_kill_oom>
    if (r < 0)
ffffffc080204bd2:	bf4d                	j	ffffffc080204b84 <either_copyout+0x74>

ffffffc080204bd4 <either_copyin>:

int either_copyin(void *dst, int user_src, uint64 src, size_t n) {
ffffffc080204bd4:	711d                	add	sp,sp,-96
ffffffc080204bd6:	e8a2                	sd	s0,80(sp)
ffffffc080204bd8:	e0ca                	sd	s2,64(sp)
ffffffc080204bda:	fc4e                	sd	s3,56(sp)
ffffffc080204bdc:	ec86                	sd	ra,88(sp)
ffffffc080204bde:	e4a6                	sd	s1,72(sp)
ffffffc080204be0:	f852                	sd	s4,48(sp)
ffffffc080204be2:	f456                	sd	s5,40(sp)
ffffffc080204be4:	f05a                	sd	s6,32(sp)
ffffffc080204be6:	ec5e                	sd	s7,24(sp)
ffffffc080204be8:	1080                	add	s0,sp,96
ffffffc080204bea:	8932                	mv	s2,a2
ffffffc080204bec:	89b6                	mv	s3,a3
  if (user_src)
ffffffc080204bee:	e18d                	bnez	a1,ffffffc080204c10 <either_copyin+0x3c>
    return copyin(dst, src, n);
  memmove(dst, (void *)src, n);
ffffffc080204bf0:	8636                	mv	a2,a3
ffffffc080204bf2:	85ca                	mv	a1,s2
ffffffc080204bf4:	95cff0ef          	jal	ffffffc080203d50 <memmove>
  return 0;
ffffffc080204bf8:	4501                	li	a0,0
  return 0;
}
ffffffc080204bfa:	60e6                	ld	ra,88(sp)
ffffffc080204bfc:	6446                	ld	s0,80(sp)
ffffffc080204bfe:	64a6                	ld	s1,72(sp)
ffffffc080204c00:	6906                	ld	s2,64(sp)
ffffffc080204c02:	79e2                	ld	s3,56(sp)
ffffffc080204c04:	7a42                	ld	s4,48(sp)
ffffffc080204c06:	7aa2                	ld	s5,40(sp)
ffffffc080204c08:	7b02                	ld	s6,32(sp)
ffffffc080204c0a:	6be2                	ld	s7,24(sp)
ffffffc080204c0c:	6125                	add	sp,sp,96
ffffffc080204c0e:	8082                	ret
  if (src_uva + n < src_uva)
ffffffc080204c10:	00d607b3          	add	a5,a2,a3
ffffffc080204c14:	06c7e763          	bltu	a5,a2,ffffffc080204c82 <either_copyin+0xae>
ffffffc080204c18:	8a2a                	mv	s4,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc080204c1a:	6b05                	lui	s6,0x1
  struct vmspace *vs = current_vm();
ffffffc080204c1c:	36a010ef          	jal	ffffffc080205f86 <current_vm>
ffffffc080204c20:	8aaa                	mv	s5,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc080204c22:	fffb0b93          	add	s7,s6,-1 # fff <KERNEL_PA-0x801ff001>
  while (n > 0) {
ffffffc080204c26:	02099563          	bnez	s3,ffffffc080204c50 <either_copyin+0x7c>
ffffffc080204c2a:	b7f9                	j	ffffffc080204bf8 <either_copyin+0x24>
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204c2c:	0099f363          	bgeu	s3,s1,ffffffc080204c32 <either_copyin+0x5e>
ffffffc080204c30:	84ce                	mv	s1,s3
  memcpy(*dst, kva, len);
ffffffc080204c32:	8626                	mv	a2,s1
ffffffc080204c34:	898ff0ef          	jal	ffffffc080203ccc <memcpy>
    rw_read_unlock(&vs->lock);
ffffffc080204c38:	8556                	mv	a0,s5
ffffffc080204c3a:	0fd010ef          	jal	ffffffc080206536 <rw_read_unlock>
    if (oom)
ffffffc080204c3e:	faf44783          	lbu	a5,-81(s0)
  *dst += len;
ffffffc080204c42:	9a26                	add	s4,s4,s1
    if (oom)
ffffffc080204c44:	e7b1                	bnez	a5,ffffffc080204c90 <either_copyin+0xbc>
    n -= len;
ffffffc080204c46:	409989b3          	sub	s3,s3,s1
    uva += len;
ffffffc080204c4a:	9926                	add	s2,s2,s1
  while (n > 0) {
ffffffc080204c4c:	fa0986e3          	beqz	s3,ffffffc080204bf8 <either_copyin+0x24>
    rw_read_lock(&vs->lock);
ffffffc080204c50:	8556                	mv	a0,s5
ffffffc080204c52:	09b010ef          	jal	ffffffc0802064ec <rw_read_lock>
    char *page = vm_user_page(vs, uva, acc, &oom);
ffffffc080204c56:	85ca                	mv	a1,s2
ffffffc080204c58:	faf40693          	add	a3,s0,-81
ffffffc080204c5c:	4601                	li	a2,0
ffffffc080204c5e:	8556                	mv	a0,s5
ffffffc080204c60:	805ff0ef          	jal	ffffffc080204464 <vm_user_page>
ffffffc080204c64:	87aa                	mv	a5,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc080204c66:	017974b3          	and	s1,s2,s7
  memcpy(*dst, kva, len);
ffffffc080204c6a:	009785b3          	add	a1,a5,s1
ffffffc080204c6e:	8552                	mv	a0,s4
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204c70:	409b04b3          	sub	s1,s6,s1
    int r = page ? fn(page + off, len, arg) : -1;
ffffffc080204c74:	ffc5                	bnez	a5,ffffffc080204c2c <either_copyin+0x58>
    rw_read_unlock(&vs->lock);
ffffffc080204c76:	8556                	mv	a0,s5
ffffffc080204c78:	0bf010ef          	jal	ffffffc080206536 <rw_read_unlock>
    if (oom)
ffffffc080204c7c:	faf44783          	lbu	a5,-81(s0)
ffffffc080204c80:	e399                	bnez	a5,ffffffc080204c86 <either_copyin+0xb2>
    return -1;
ffffffc080204c82:	557d                	li	a0,-1
ffffffc080204c84:	bf9d                	j	ffffffc080204bfa <either_copyin+0x26>
      current_kill_oom(uva);
ffffffc080204c86:	854a                	mv	a0,s2
ffffffc080204c88:	314010ef          	jal	ffffffc080205f9c <current_kill_oom>
    return -1;
ffffffc080204c8c:	557d                	li	a0,-1
ffffffc080204c8e:	b7b5                	j	ffffffc080204bfa <either_copyin+0x26>
      current_kill_oom(uva);
ffffffc080204c90:	854a                	mv	a0,s2
ffffffc080204c92:	30a010ef          	jal	ffffffc080205f9c <current_kill_oom>
    if (r < 0)
ffffffc080204c96:	bf45                	j	ffffffc080204c46 <either_copyin+0x72>

ffffffc080204c98 <shootdown_vs>:
    n -= chunk;
  }
  return 0;
}

static void shootdown_vs(void *arg) {
ffffffc080204c98:	1141                	add	sp,sp,-16
ffffffc080204c9a:	e422                	sd	s0,8(sp)
ffffffc080204c9c:	0800                	add	s0,sp,16
  struct vmspace *vs = arg;
  tlb_shootdown(__atomic_load_n(&vs->active, __ATOMIC_ACQUIRE), 0, TLB_FLUSH_EVERYTHING);
ffffffc080204c9e:	7d68                	ld	a0,248(a0)
ffffffc080204ca0:	0ff0000f          	fence
}
ffffffc080204ca4:	6422                	ld	s0,8(sp)
  tlb_shootdown(__atomic_load_n(&vs->active, __ATOMIC_ACQUIRE), 0, TLB_FLUSH_EVERYTHING);
ffffffc080204ca6:	567d                	li	a2,-1
ffffffc080204ca8:	4581                	li	a1,0
}
ffffffc080204caa:	0141                	add	sp,sp,16
  tlb_shootdown(__atomic_load_n(&vs->active, __ATOMIC_ACQUIRE), 0, TLB_FLUSH_EVERYTHING);
ffffffc080204cac:	826fc06f          	j	ffffffc080200cd2 <tlb_shootdown>

ffffffc080204cb0 <vm_fork_mode>:
int vm_fork_mode(void) { return __atomic_load_n(&fork_mode, __ATOMIC_RELAXED); }
ffffffc080204cb0:	1141                	add	sp,sp,-16
ffffffc080204cb2:	e422                	sd	s0,8(sp)
ffffffc080204cb4:	0800                	add	s0,sp,16
ffffffc080204cb6:	00275517          	auipc	a0,0x275
ffffffc080204cba:	34a52503          	lw	a0,842(a0) # ffffffc08047a000 <fork_mode>
ffffffc080204cbe:	6422                	ld	s0,8(sp)
ffffffc080204cc0:	0141                	add	sp,sp,16
ffffffc080204cc2:	8082                	ret

ffffffc080204cc4 <vm_set_fork_mode>:
int vm_set_fork_mode(int mode) {
ffffffc080204cc4:	1141                	add	sp,sp,-16
ffffffc080204cc6:	e422                	sd	s0,8(sp)
ffffffc080204cc8:	0800                	add	s0,sp,16
  return __atomic_exchange_n(&fork_mode, mode, __ATOMIC_RELAXED);
ffffffc080204cca:	00275797          	auipc	a5,0x275
ffffffc080204cce:	33678793          	add	a5,a5,822 # ffffffc08047a000 <fork_mode>
ffffffc080204cd2:	08a7a52f          	amoswap.w	a0,a0,(a5)
}
ffffffc080204cd6:	6422                	ld	s0,8(sp)
ffffffc080204cd8:	2501                	sext.w	a0,a0
ffffffc080204cda:	0141                	add	sp,sp,16
ffffffc080204cdc:	8082                	ret

ffffffc080204cde <vm_create>:
struct vmspace *vm_create(void) {
ffffffc080204cde:	1101                	add	sp,sp,-32
ffffffc080204ce0:	e822                	sd	s0,16(sp)
ffffffc080204ce2:	ec06                	sd	ra,24(sp)
ffffffc080204ce4:	e426                	sd	s1,8(sp)
ffffffc080204ce6:	1000                	add	s0,sp,32
  struct vmspace *vs = page_alloc_zeroed();
ffffffc080204ce8:	951ff0ef          	jal	ffffffc080204638 <page_alloc_zeroed>
  if (!vs)
ffffffc080204cec:	cd05                	beqz	a0,ffffffc080204d24 <vm_create+0x46>
ffffffc080204cee:	84aa                	mv	s1,a0
  vs->pt = pmap_create();
ffffffc080204cf0:	ddcfb0ef          	jal	ffffffc0802002cc <pmap_create>
ffffffc080204cf4:	e888                	sd	a0,16(s1)
  if (!vs->pt) {
ffffffc080204cf6:	c505                	beqz	a0,ffffffc080204d1e <vm_create+0x40>
  rw_init(&vs->lock, "vmspace");
ffffffc080204cf8:	00004597          	auipc	a1,0x4
ffffffc080204cfc:	cf858593          	add	a1,a1,-776 # ffffffc0802089f0 <__func__.0+0x3b8>
ffffffc080204d00:	8526                	mv	a0,s1
ffffffc080204d02:	7d8010ef          	jal	ffffffc0802064da <rw_init>
  vs->stack_low = USTACK_TOP - USTACK_LIMIT;
ffffffc080204d06:	040007b7          	lui	a5,0x4000
ffffffc080204d0a:	eff78793          	add	a5,a5,-257 # 3fffeff <KERNEL_PA-0x7c200101>
ffffffc080204d0e:	07b2                	sll	a5,a5,0xc
ffffffc080204d10:	f8fc                	sd	a5,240(s1)
}
ffffffc080204d12:	60e2                	ld	ra,24(sp)
ffffffc080204d14:	6442                	ld	s0,16(sp)
ffffffc080204d16:	8526                	mv	a0,s1
ffffffc080204d18:	64a2                	ld	s1,8(sp)
ffffffc080204d1a:	6105                	add	sp,sp,32
ffffffc080204d1c:	8082                	ret
    page_free(vs);
ffffffc080204d1e:	8526                	mv	a0,s1
ffffffc080204d20:	9f9ff0ef          	jal	ffffffc080204718 <page_free>
    return NULL;
ffffffc080204d24:	4481                	li	s1,0
ffffffc080204d26:	b7f5                	j	ffffffc080204d12 <vm_create+0x34>

ffffffc080204d28 <vm_destroy>:
void vm_destroy(struct vmspace *vs) {
ffffffc080204d28:	1101                	add	sp,sp,-32
ffffffc080204d2a:	e822                	sd	s0,16(sp)
ffffffc080204d2c:	e426                	sd	s1,8(sp)
ffffffc080204d2e:	e04a                	sd	s2,0(sp)
ffffffc080204d30:	ec06                	sd	ra,24(sp)
ffffffc080204d32:	1000                	add	s0,sp,32
ffffffc080204d34:	892a                	mv	s2,a0
  while (__atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) != 0)
ffffffc080204d36:	0f850493          	add	s1,a0,248
ffffffc080204d3a:	a019                	j	ffffffc080204d40 <vm_destroy+0x18>
    tlb_poll();
ffffffc080204d3c:	edffb0ef          	jal	ffffffc080200c1a <tlb_poll>
  while (__atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) != 0)
ffffffc080204d40:	609c                	ld	a5,0(s1)
ffffffc080204d42:	0ff0000f          	fence
ffffffc080204d46:	fbfd                	bnez	a5,ffffffc080204d3c <vm_destroy+0x14>
  pmap_destroy(vs->pt);
ffffffc080204d48:	01093503          	ld	a0,16(s2)
ffffffc080204d4c:	f90fb0ef          	jal	ffffffc0802004dc <pmap_destroy>
}
ffffffc080204d50:	6442                	ld	s0,16(sp)
ffffffc080204d52:	60e2                	ld	ra,24(sp)
ffffffc080204d54:	64a2                	ld	s1,8(sp)
  page_free(vs);
ffffffc080204d56:	854a                	mv	a0,s2
}
ffffffc080204d58:	6902                	ld	s2,0(sp)
ffffffc080204d5a:	6105                	add	sp,sp,32
  page_free(vs);
ffffffc080204d5c:	9bdff06f          	j	ffffffc080204718 <page_free>

ffffffc080204d60 <vm_add_segment>:
  if (len == 0)
ffffffc080204d60:	10060963          	beqz	a2,ffffffc080204e72 <vm_add_segment+0x112>
int vm_add_segment(struct vmspace *vs, uint64 va, uint64 len, int prot) {
ffffffc080204d64:	715d                	add	sp,sp,-80
ffffffc080204d66:	e0a2                	sd	s0,64(sp)
ffffffc080204d68:	f44e                	sd	s3,40(sp)
ffffffc080204d6a:	e486                	sd	ra,72(sp)
ffffffc080204d6c:	fc26                	sd	s1,56(sp)
ffffffc080204d6e:	f84a                	sd	s2,48(sp)
ffffffc080204d70:	f052                	sd	s4,32(sp)
ffffffc080204d72:	ec56                	sd	s5,24(sp)
ffffffc080204d74:	e85a                	sd	s6,16(sp)
ffffffc080204d76:	e45e                	sd	s7,8(sp)
ffffffc080204d78:	0880                	add	s0,sp,80
ffffffc080204d7a:	00c589b3          	add	s3,a1,a2
ffffffc080204d7e:	0eb9e863          	bltu	s3,a1,ffffffc080204e6e <vm_add_segment+0x10e>
static uint64 heap_limit(struct vmspace *vs) { return vs->stack_low - PGSIZE; }
ffffffc080204d82:	7978                	ld	a4,240(a0)
ffffffc080204d84:	77fd                	lui	a5,0xfffff
ffffffc080204d86:	8a2a                	mv	s4,a0
ffffffc080204d88:	97ba                	add	a5,a5,a4
  if (end < va || end > heap_limit(vs) || vs->nseg == VM_MAX_SEGS)
ffffffc080204d8a:	0f37e263          	bltu	a5,s3,ffffffc080204e6e <vm_add_segment+0x10e>
ffffffc080204d8e:	0d852503          	lw	a0,216(a0)
ffffffc080204d92:	47a1                	li	a5,8
ffffffc080204d94:	0cf50d63          	beq	a0,a5,ffffffc080204e6e <vm_add_segment+0x10e>
ffffffc080204d98:	8ab6                	mv	s5,a3
  for (int i = 0; i < vs->nseg; i++)
ffffffc080204d9a:	00151613          	sll	a2,a0,0x1
ffffffc080204d9e:	02a05163          	blez	a0,ffffffc080204dc0 <vm_add_segment+0x60>
ffffffc080204da2:	00a606b3          	add	a3,a2,a0
ffffffc080204da6:	018a0793          	add	a5,s4,24
ffffffc080204daa:	068e                	sll	a3,a3,0x3
ffffffc080204dac:	96be                	add	a3,a3,a5
    if (va < vs->seg[i].end && vs->seg[i].start < end)
ffffffc080204dae:	6798                	ld	a4,8(a5)
ffffffc080204db0:	00e5f563          	bgeu	a1,a4,ffffffc080204dba <vm_add_segment+0x5a>
ffffffc080204db4:	6398                	ld	a4,0(a5)
ffffffc080204db6:	0b376c63          	bltu	a4,s3,ffffffc080204e6e <vm_add_segment+0x10e>
  for (int i = 0; i < vs->nseg; i++)
ffffffc080204dba:	07e1                	add	a5,a5,24 # fffffffffffff018 <kernel_end+0x3f7f940018>
ffffffc080204dbc:	fed799e3          	bne	a5,a3,ffffffc080204dae <vm_add_segment+0x4e>
  vs->seg[vs->nseg++] = (struct vm_seg){va, end, prot};
ffffffc080204dc0:	00a607b3          	add	a5,a2,a0
ffffffc080204dc4:	078e                	sll	a5,a5,0x3
ffffffc080204dc6:	2505                	addw	a0,a0,1
ffffffc080204dc8:	97d2                	add	a5,a5,s4
ffffffc080204dca:	0caa2c23          	sw	a0,216(s4)
ffffffc080204dce:	ef8c                	sd	a1,24(a5)
ffffffc080204dd0:	0337b023          	sd	s3,32(a5)
ffffffc080204dd4:	0357a423          	sw	s5,40(a5)
  for (uint64 a = PGROUNDDOWN(va); a < end; a += PGSIZE) {
ffffffc080204dd8:	77fd                	lui	a5,0xfffff
ffffffc080204dda:	00f5f4b3          	and	s1,a1,a5
ffffffc080204dde:	0534fa63          	bgeu	s1,s3,ffffffc080204e32 <vm_add_segment+0xd2>
    if (pmap_enter(vs->pt, a, V2P(page), prot) < 0) {
ffffffc080204de2:	4b05                	li	s6,1
ffffffc080204de4:	1b1a                	sll	s6,s6,0x26
  for (uint64 a = PGROUNDDOWN(va); a < end; a += PGSIZE) {
ffffffc080204de6:	6b85                	lui	s7,0x1
ffffffc080204de8:	a015                	j	ffffffc080204e0c <vm_add_segment+0xac>
    void *page = page_alloc_zeroed();
ffffffc080204dea:	84fff0ef          	jal	ffffffc080204638 <page_alloc_zeroed>
    if (pmap_enter(vs->pt, a, V2P(page), prot) < 0) {
ffffffc080204dee:	85a6                	mv	a1,s1
ffffffc080204df0:	86d6                	mv	a3,s5
    void *page = page_alloc_zeroed();
ffffffc080204df2:	892a                	mv	s2,a0
    if (pmap_enter(vs->pt, a, V2P(page), prot) < 0) {
ffffffc080204df4:	01650633          	add	a2,a0,s6
    if (!page)
ffffffc080204df8:	c93d                	beqz	a0,ffffffc080204e6e <vm_add_segment+0x10e>
    if (pmap_enter(vs->pt, a, V2P(page), prot) < 0) {
ffffffc080204dfa:	010a3503          	ld	a0,16(s4)
ffffffc080204dfe:	dcafb0ef          	jal	ffffffc0802003c8 <pmap_enter>
ffffffc080204e02:	06054363          	bltz	a0,ffffffc080204e68 <vm_add_segment+0x108>
  for (uint64 a = PGROUNDDOWN(va); a < end; a += PGSIZE) {
ffffffc080204e06:	94de                	add	s1,s1,s7
ffffffc080204e08:	0334f563          	bgeu	s1,s3,ffffffc080204e32 <vm_add_segment+0xd2>
    pte_t *p = pmap_walk(vs->pt, a, false);
ffffffc080204e0c:	010a3503          	ld	a0,16(s4)
ffffffc080204e10:	85a6                	mv	a1,s1
ffffffc080204e12:	4601                	li	a2,0
ffffffc080204e14:	ceafb0ef          	jal	ffffffc0802002fe <pmap_walk>
    if (p && pte_valid(*p)) { /* shares a page with an earlier segment */
ffffffc080204e18:	d969                	beqz	a0,ffffffc080204dea <vm_add_segment+0x8a>
static inline bool pte_valid(pte_t pte) { return (pte & PTE_V) != 0; }
ffffffc080204e1a:	611c                	ld	a5,0(a0)
ffffffc080204e1c:	8b85                	and	a5,a5,1
ffffffc080204e1e:	d7f1                	beqz	a5,ffffffc080204dea <vm_add_segment+0x8a>
      pmap_add_prot(vs->pt, a, prot);
ffffffc080204e20:	010a3503          	ld	a0,16(s4)
ffffffc080204e24:	85a6                	mv	a1,s1
ffffffc080204e26:	8656                	mv	a2,s5
  for (uint64 a = PGROUNDDOWN(va); a < end; a += PGSIZE) {
ffffffc080204e28:	94de                	add	s1,s1,s7
      pmap_add_prot(vs->pt, a, prot);
ffffffc080204e2a:	e5cfb0ef          	jal	ffffffc080200486 <pmap_add_prot>
  for (uint64 a = PGROUNDDOWN(va); a < end; a += PGSIZE) {
ffffffc080204e2e:	fd34efe3          	bltu	s1,s3,ffffffc080204e0c <vm_add_segment+0xac>
  if (PGROUNDUP(end) > vs->heap_start)
ffffffc080204e32:	6785                	lui	a5,0x1
ffffffc080204e34:	17fd                	add	a5,a5,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc080204e36:	0e0a3703          	ld	a4,224(s4)
ffffffc080204e3a:	99be                	add	s3,s3,a5
ffffffc080204e3c:	77fd                	lui	a5,0xfffff
ffffffc080204e3e:	00f9f9b3          	and	s3,s3,a5
ffffffc080204e42:	01376e63          	bltu	a4,s3,ffffffc080204e5e <vm_add_segment+0xfe>
    return 0;
ffffffc080204e46:	4501                	li	a0,0
}
ffffffc080204e48:	60a6                	ld	ra,72(sp)
ffffffc080204e4a:	6406                	ld	s0,64(sp)
ffffffc080204e4c:	74e2                	ld	s1,56(sp)
ffffffc080204e4e:	7942                	ld	s2,48(sp)
ffffffc080204e50:	79a2                	ld	s3,40(sp)
ffffffc080204e52:	7a02                	ld	s4,32(sp)
ffffffc080204e54:	6ae2                	ld	s5,24(sp)
ffffffc080204e56:	6b42                	ld	s6,16(sp)
ffffffc080204e58:	6ba2                	ld	s7,8(sp)
ffffffc080204e5a:	6161                	add	sp,sp,80
ffffffc080204e5c:	8082                	ret
    vs->heap_start = vs->brk = PGROUNDUP(end);
ffffffc080204e5e:	0f3a3423          	sd	s3,232(s4)
ffffffc080204e62:	0f3a3023          	sd	s3,224(s4)
ffffffc080204e66:	b7c5                	j	ffffffc080204e46 <vm_add_segment+0xe6>
      page_free(page);
ffffffc080204e68:	854a                	mv	a0,s2
ffffffc080204e6a:	8afff0ef          	jal	ffffffc080204718 <page_free>
    return -1;
ffffffc080204e6e:	557d                	li	a0,-1
ffffffc080204e70:	bfe1                	j	ffffffc080204e48 <vm_add_segment+0xe8>
    return 0;
ffffffc080204e72:	4501                	li	a0,0
}
ffffffc080204e74:	8082                	ret

ffffffc080204e76 <vm_kaddr>:
void *vm_kaddr(struct vmspace *vs, uint64 va) {
ffffffc080204e76:	1101                	add	sp,sp,-32
ffffffc080204e78:	e822                	sd	s0,16(sp)
ffffffc080204e7a:	e04a                	sd	s2,0(sp)
ffffffc080204e7c:	ec06                	sd	ra,24(sp)
ffffffc080204e7e:	e426                	sd	s1,8(sp)
ffffffc080204e80:	1000                	add	s0,sp,32
  pte_t *p = va < USER_TOP ? pmap_walk(vs->pt, va, false) : NULL;
ffffffc080204e82:	597d                	li	s2,-1
ffffffc080204e84:	01a95793          	srl	a5,s2,0x1a
ffffffc080204e88:	00b7f963          	bgeu	a5,a1,ffffffc080204e9a <vm_kaddr+0x24>
}
ffffffc080204e8c:	60e2                	ld	ra,24(sp)
ffffffc080204e8e:	6442                	ld	s0,16(sp)
ffffffc080204e90:	64a2                	ld	s1,8(sp)
ffffffc080204e92:	6902                	ld	s2,0(sp)
  return pte_valid(pte) ? (char *)P2V(pte_pa(pte)) + (va & (PGSIZE - 1)) : NULL;
ffffffc080204e94:	4501                	li	a0,0
}
ffffffc080204e96:	6105                	add	sp,sp,32
ffffffc080204e98:	8082                	ret
  pte_t *p = va < USER_TOP ? pmap_walk(vs->pt, va, false) : NULL;
ffffffc080204e9a:	6908                	ld	a0,16(a0)
ffffffc080204e9c:	4601                	li	a2,0
ffffffc080204e9e:	84ae                	mv	s1,a1
ffffffc080204ea0:	c5efb0ef          	jal	ffffffc0802002fe <pmap_walk>
  pte_t pte = p ? pte_load(p) : 0;
ffffffc080204ea4:	d565                	beqz	a0,ffffffc080204e8c <vm_kaddr+0x16>
static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc080204ea6:	6108                	ld	a0,0(a0)
  return pte_valid(pte) ? (char *)P2V(pte_pa(pte)) + (va & (PGSIZE - 1)) : NULL;
ffffffc080204ea8:	00157793          	and	a5,a0,1
ffffffc080204eac:	d3e5                	beqz	a5,ffffffc080204e8c <vm_kaddr+0x16>
static inline uint64 pte_pa(pte_t pte) { return PTE2PA(pte); }
ffffffc080204eae:	fff007b7          	lui	a5,0xfff00
}
ffffffc080204eb2:	60e2                	ld	ra,24(sp)
ffffffc080204eb4:	6442                	ld	s0,16(sp)
ffffffc080204eb6:	050a                	sll	a0,a0,0x2
  return pte_valid(pte) ? (char *)P2V(pte_pa(pte)) + (va & (PGSIZE - 1)) : NULL;
ffffffc080204eb8:	14d2                	sll	s1,s1,0x34
ffffffc080204eba:	83a1                	srl	a5,a5,0x8
ffffffc080204ebc:	90d1                	srl	s1,s1,0x34
ffffffc080204ebe:	8d7d                	and	a0,a0,a5
ffffffc080204ec0:	8d45                	or	a0,a0,s1
ffffffc080204ec2:	191a                	sll	s2,s2,0x26
}
ffffffc080204ec4:	64a2                	ld	s1,8(sp)
  return pte_valid(pte) ? (char *)P2V(pte_pa(pte)) + (va & (PGSIZE - 1)) : NULL;
ffffffc080204ec6:	954a                	add	a0,a0,s2
}
ffffffc080204ec8:	6902                	ld	s2,0(sp)
ffffffc080204eca:	6105                	add	sp,sp,32
ffffffc080204ecc:	8082                	ret

ffffffc080204ece <vm_write>:
  while (n > 0) {
ffffffc080204ece:	cee1                	beqz	a3,ffffffc080204fa6 <vm_write+0xd8>
int vm_write(struct vmspace *vs, uint64 va, const void *src, uint64 n) {
ffffffc080204ed0:	7159                	add	sp,sp,-112
ffffffc080204ed2:	f0a2                	sd	s0,96(sp)
ffffffc080204ed4:	eca6                	sd	s1,88(sp)
ffffffc080204ed6:	e8ca                	sd	s2,80(sp)
ffffffc080204ed8:	e4ce                	sd	s3,72(sp)
ffffffc080204eda:	e0d2                	sd	s4,64(sp)
ffffffc080204edc:	fc56                	sd	s5,56(sp)
ffffffc080204ede:	f85a                	sd	s6,48(sp)
ffffffc080204ee0:	f45e                	sd	s7,40(sp)
ffffffc080204ee2:	ec66                	sd	s9,24(sp)
ffffffc080204ee4:	e86a                	sd	s10,16(sp)
    pte_t *p = va < USER_TOP ? pmap_walk(vs->pt, va, false) : NULL;
ffffffc080204ee6:	597d                	li	s2,-1
int vm_write(struct vmspace *vs, uint64 va, const void *src, uint64 n) {
ffffffc080204ee8:	f486                	sd	ra,104(sp)
ffffffc080204eea:	f062                	sd	s8,32(sp)
ffffffc080204eec:	1880                	add	s0,sp,112
    uint64 off = va & (PGSIZE - 1), chunk = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204eee:	6a05                	lui	s4,0x1
ffffffc080204ef0:	fff009b7          	lui	s3,0xfff00
    pte_t *p = va < USER_TOP ? pmap_walk(vs->pt, va, false) : NULL;
ffffffc080204ef4:	01a95b13          	srl	s6,s2,0x1a
int vm_write(struct vmspace *vs, uint64 va, const void *src, uint64 n) {
ffffffc080204ef8:	8d36                	mv	s10,a3
ffffffc080204efa:	8aaa                	mv	s5,a0
ffffffc080204efc:	8cae                	mv	s9,a1
ffffffc080204efe:	84b2                	mv	s1,a2
    uint64 off = va & (PGSIZE - 1), chunk = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204f00:	fffa0b93          	add	s7,s4,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc080204f04:	0089d993          	srl	s3,s3,0x8
    memcpy((char *)P2V(pte_pa(pte)) + off, src, chunk);
ffffffc080204f08:	191a                	sll	s2,s2,0x26
    pte_t *p = va < USER_TOP ? pmap_walk(vs->pt, va, false) : NULL;
ffffffc080204f0a:	079b7663          	bgeu	s6,s9,ffffffc080204f76 <vm_write+0xa8>
ffffffc080204f0e:	f8043c23          	sd	zero,-104(s0)
      if (vm_resolve(vs, va, ACC_WRITE, &p) != FAULT_OK)
ffffffc080204f12:	85e6                	mv	a1,s9
ffffffc080204f14:	f9840693          	add	a3,s0,-104
ffffffc080204f18:	4605                	li	a2,1
ffffffc080204f1a:	8556                	mv	a0,s5
ffffffc080204f1c:	ca6ff0ef          	jal	ffffffc0802043c2 <vm_resolve>
ffffffc080204f20:	2501                	sext.w	a0,a0
ffffffc080204f22:	e141                	bnez	a0,ffffffc080204fa2 <vm_write+0xd4>
static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc080204f24:	f9843783          	ld	a5,-104(s0)
ffffffc080204f28:	639c                	ld	a5,0(a5)
static inline uint64 pte_pa(pte_t pte) { return PTE2PA(pte); }
ffffffc080204f2a:	00279513          	sll	a0,a5,0x2
    uint64 off = va & (PGSIZE - 1), chunk = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204f2e:	017cf733          	and	a4,s9,s7
ffffffc080204f32:	01357533          	and	a0,a0,s3
    memcpy((char *)P2V(pte_pa(pte)) + off, src, chunk);
ffffffc080204f36:	8d59                	or	a0,a0,a4
    uint64 off = va & (PGSIZE - 1), chunk = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204f38:	40ea0c33          	sub	s8,s4,a4
    memcpy((char *)P2V(pte_pa(pte)) + off, src, chunk);
ffffffc080204f3c:	85a6                	mv	a1,s1
ffffffc080204f3e:	954a                	add	a0,a0,s2
    uint64 off = va & (PGSIZE - 1), chunk = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204f40:	018d7363          	bgeu	s10,s8,ffffffc080204f46 <vm_write+0x78>
ffffffc080204f44:	8c6a                	mv	s8,s10
    memcpy((char *)P2V(pte_pa(pte)) + off, src, chunk);
ffffffc080204f46:	8662                	mv	a2,s8
    n -= chunk;
ffffffc080204f48:	418d0d33          	sub	s10,s10,s8
    memcpy((char *)P2V(pte_pa(pte)) + off, src, chunk);
ffffffc080204f4c:	d81fe0ef          	jal	ffffffc080203ccc <memcpy>
    va += chunk;
ffffffc080204f50:	9ce2                	add	s9,s9,s8
    src = (const char *)src + chunk;
ffffffc080204f52:	94e2                	add	s1,s1,s8
  while (n > 0) {
ffffffc080204f54:	fa0d1be3          	bnez	s10,ffffffc080204f0a <vm_write+0x3c>
  return 0;
ffffffc080204f58:	4501                	li	a0,0
}
ffffffc080204f5a:	70a6                	ld	ra,104(sp)
ffffffc080204f5c:	7406                	ld	s0,96(sp)
ffffffc080204f5e:	64e6                	ld	s1,88(sp)
ffffffc080204f60:	6946                	ld	s2,80(sp)
ffffffc080204f62:	69a6                	ld	s3,72(sp)
ffffffc080204f64:	6a06                	ld	s4,64(sp)
ffffffc080204f66:	7ae2                	ld	s5,56(sp)
ffffffc080204f68:	7b42                	ld	s6,48(sp)
ffffffc080204f6a:	7ba2                	ld	s7,40(sp)
ffffffc080204f6c:	7c02                	ld	s8,32(sp)
ffffffc080204f6e:	6ce2                	ld	s9,24(sp)
ffffffc080204f70:	6d42                	ld	s10,16(sp)
ffffffc080204f72:	6165                	add	sp,sp,112
ffffffc080204f74:	8082                	ret
    pte_t *p = va < USER_TOP ? pmap_walk(vs->pt, va, false) : NULL;
ffffffc080204f76:	010ab503          	ld	a0,16(s5)
ffffffc080204f7a:	85e6                	mv	a1,s9
ffffffc080204f7c:	4601                	li	a2,0
ffffffc080204f7e:	b80fb0ef          	jal	ffffffc0802002fe <pmap_walk>
ffffffc080204f82:	f8a43c23          	sd	a0,-104(s0)
    pte_t pte = p ? pte_load(p) : 0;
ffffffc080204f86:	d551                	beqz	a0,ffffffc080204f12 <vm_write+0x44>
static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc080204f88:	611c                	ld	a5,0(a0)
    if (!pte_valid(pte)) {
ffffffc080204f8a:	0017f713          	and	a4,a5,1
ffffffc080204f8e:	ff51                	bnez	a4,ffffffc080204f2a <vm_write+0x5c>
      if (vm_resolve(vs, va, ACC_WRITE, &p) != FAULT_OK)
ffffffc080204f90:	85e6                	mv	a1,s9
ffffffc080204f92:	f9840693          	add	a3,s0,-104
ffffffc080204f96:	4605                	li	a2,1
ffffffc080204f98:	8556                	mv	a0,s5
ffffffc080204f9a:	c28ff0ef          	jal	ffffffc0802043c2 <vm_resolve>
ffffffc080204f9e:	2501                	sext.w	a0,a0
ffffffc080204fa0:	d151                	beqz	a0,ffffffc080204f24 <vm_write+0x56>
        return -1;
ffffffc080204fa2:	557d                	li	a0,-1
ffffffc080204fa4:	bf5d                	j	ffffffc080204f5a <vm_write+0x8c>
  return 0;
ffffffc080204fa6:	4501                	li	a0,0
}
ffffffc080204fa8:	8082                	ret

ffffffc080204faa <vm_sbrk>:
    }
  }
  return 0;
}

int64 vm_sbrk(struct vmspace *vs, int64 n) {
ffffffc080204faa:	7159                	add	sp,sp,-112
ffffffc080204fac:	f0a2                	sd	s0,96(sp)
ffffffc080204fae:	eca6                	sd	s1,88(sp)
ffffffc080204fb0:	e4ce                	sd	s3,72(sp)
ffffffc080204fb2:	e0d2                	sd	s4,64(sp)
ffffffc080204fb4:	fc56                	sd	s5,56(sp)
ffffffc080204fb6:	f45e                	sd	s7,40(sp)
ffffffc080204fb8:	f486                	sd	ra,104(sp)
ffffffc080204fba:	e8ca                	sd	s2,80(sp)
ffffffc080204fbc:	f85a                	sd	s6,48(sp)
ffffffc080204fbe:	f062                	sd	s8,32(sp)
ffffffc080204fc0:	ec66                	sd	s9,24(sp)
ffffffc080204fc2:	1880                	add	s0,sp,112
ffffffc080204fc4:	89aa                	mv	s3,a0
ffffffc080204fc6:	84ae                	mv	s1,a1
  rw_write_lock(&vs->lock);
ffffffc080204fc8:	594010ef          	jal	ffffffc08020655c <rw_write_lock>
  uint64 old = vs->brk, new = old + n;
ffffffc080204fcc:	0e89ba83          	ld	s5,232(s3) # fffffffffff000e8 <kernel_end+0x3f7f8410e8>
ffffffc080204fd0:	01548a33          	add	s4,s1,s5
ffffffc080204fd4:	009a37b3          	sltu	a5,s4,s1
  int64 r = old;
ffffffc080204fd8:	8bd6                	mv	s7,s5
  if ((n > 0 && (new < old || new > heap_limit(vs))) || (n < 0 && (new > old || new < vs->heap_start)))
ffffffc080204fda:	06905863          	blez	s1,ffffffc08020504a <vm_sbrk+0xa0>
ffffffc080204fde:	e7a5                	bnez	a5,ffffffc080205046 <vm_sbrk+0x9c>
static uint64 heap_limit(struct vmspace *vs) { return vs->stack_low - PGSIZE; }
ffffffc080204fe0:	0f09b783          	ld	a5,240(s3)
ffffffc080204fe4:	777d                	lui	a4,0xfffff
ffffffc080204fe6:	97ba                	add	a5,a5,a4
  if ((n > 0 && (new < old || new > heap_limit(vs))) || (n < 0 && (new > old || new < vs->heap_start)))
ffffffc080204fe8:	0547ef63          	bltu	a5,s4,ffffffc080205046 <vm_sbrk+0x9c>
  uint64 tail_end = PGROUNDUP(old) < new ? PGROUNDUP(old) : new;
ffffffc080204fec:	6c05                	lui	s8,0x1
ffffffc080204fee:	1c7d                	add	s8,s8,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc080204ff0:	9c56                	add	s8,s8,s5
ffffffc080204ff2:	00ec7c33          	and	s8,s8,a4
ffffffc080204ff6:	84d2                	mv	s1,s4
ffffffc080204ff8:	0b4c6763          	bltu	s8,s4,ffffffc0802050a6 <vm_sbrk+0xfc>
  if (from >= to)
ffffffc080204ffc:	0a9ae863          	bltu	s5,s1,ffffffc0802050ac <vm_sbrk+0x102>
  for (uint64 a = PGROUNDUP(old); a < new; a += PGSIZE) {
ffffffc080205000:	074c7d63          	bgeu	s8,s4,ffffffc08020507a <vm_sbrk+0xd0>
    if (!page || pmap_enter(vs->pt, a, V2P(page), PROT_R | PROT_W) < 0) {
ffffffc080205004:	4b05                	li	s6,1
int64 vm_sbrk(struct vmspace *vs, int64 n) {
ffffffc080205006:	8962                	mv	s2,s8
    if (!page || pmap_enter(vs->pt, a, V2P(page), PROT_R | PROT_W) < 0) {
ffffffc080205008:	1b1a                	sll	s6,s6,0x26
  for (uint64 a = PGROUNDUP(old); a < new; a += PGSIZE) {
ffffffc08020500a:	6c85                	lui	s9,0x1
ffffffc08020500c:	a811                	j	ffffffc080205020 <vm_sbrk+0x76>
    if (!page || pmap_enter(vs->pt, a, V2P(page), PROT_R | PROT_W) < 0) {
ffffffc08020500e:	0109b503          	ld	a0,16(s3)
ffffffc080205012:	bb6fb0ef          	jal	ffffffc0802003c8 <pmap_enter>
ffffffc080205016:	0c054b63          	bltz	a0,ffffffc0802050ec <vm_sbrk+0x142>
  for (uint64 a = PGROUNDUP(old); a < new; a += PGSIZE) {
ffffffc08020501a:	9966                	add	s2,s2,s9
ffffffc08020501c:	05497f63          	bgeu	s2,s4,ffffffc08020507a <vm_sbrk+0xd0>
    void *page = page_alloc_zeroed();
ffffffc080205020:	e18ff0ef          	jal	ffffffc080204638 <page_alloc_zeroed>
    if (!page || pmap_enter(vs->pt, a, V2P(page), PROT_R | PROT_W) < 0) {
ffffffc080205024:	85ca                	mv	a1,s2
ffffffc080205026:	468d                	li	a3,3
    void *page = page_alloc_zeroed();
ffffffc080205028:	84aa                	mv	s1,a0
    if (!page || pmap_enter(vs->pt, a, V2P(page), PROT_R | PROT_W) < 0) {
ffffffc08020502a:	01650633          	add	a2,a0,s6
ffffffc08020502e:	f165                	bnez	a0,ffffffc08020500e <vm_sbrk+0x64>
      pmap_remove(vs->pt, PGROUNDUP(old), a, shootdown_vs, vs);
ffffffc080205030:	0109b503          	ld	a0,16(s3)
ffffffc080205034:	874e                	mv	a4,s3
ffffffc080205036:	00000697          	auipc	a3,0x0
ffffffc08020503a:	c6268693          	add	a3,a3,-926 # ffffffc080204c98 <shootdown_vs>
ffffffc08020503e:	864a                	mv	a2,s2
ffffffc080205040:	85e2                	mv	a1,s8
ffffffc080205042:	8d7fb0ef          	jal	ffffffc080200918 <pmap_remove>
int64 vm_sbrk(struct vmspace *vs, int64 n) {
ffffffc080205046:	5bfd                	li	s7,-1
ffffffc080205048:	a835                	j	ffffffc080205084 <vm_sbrk+0xda>
  if ((n > 0 && (new < old || new > heap_limit(vs))) || (n < 0 && (new > old || new < vs->heap_start)))
ffffffc08020504a:	c885                	beqz	s1,ffffffc08020507a <vm_sbrk+0xd0>
ffffffc08020504c:	ff4aede3          	bltu	s5,s4,ffffffc080205046 <vm_sbrk+0x9c>
ffffffc080205050:	0e09b783          	ld	a5,224(s3)
ffffffc080205054:	fefa69e3          	bltu	s4,a5,ffffffc080205046 <vm_sbrk+0x9c>
    r = -1;
  else if (n > 0 && heap_grow(vs, old, new) < 0)
    r = -1;
  else if (n < 0)
    pmap_remove(vs->pt, PGROUNDUP(new), PGROUNDUP(old), shootdown_vs, vs);
ffffffc080205058:	6785                	lui	a5,0x1
ffffffc08020505a:	17fd                	add	a5,a5,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc08020505c:	0109b503          	ld	a0,16(s3)
ffffffc080205060:	75fd                	lui	a1,0xfffff
ffffffc080205062:	00fa8633          	add	a2,s5,a5
ffffffc080205066:	97d2                	add	a5,a5,s4
ffffffc080205068:	8e6d                	and	a2,a2,a1
ffffffc08020506a:	874e                	mv	a4,s3
ffffffc08020506c:	00000697          	auipc	a3,0x0
ffffffc080205070:	c2c68693          	add	a3,a3,-980 # ffffffc080204c98 <shootdown_vs>
ffffffc080205074:	8dfd                	and	a1,a1,a5
ffffffc080205076:	8a3fb0ef          	jal	ffffffc080200918 <pmap_remove>
  if (r != -1)
ffffffc08020507a:	57fd                	li	a5,-1
ffffffc08020507c:	00fa8463          	beq	s5,a5,ffffffc080205084 <vm_sbrk+0xda>
    vs->brk = new;
ffffffc080205080:	0f49b423          	sd	s4,232(s3)
  rw_write_unlock(&vs->lock);
ffffffc080205084:	854e                	mv	a0,s3
ffffffc080205086:	53c010ef          	jal	ffffffc0802065c2 <rw_write_unlock>
  return r;
}
ffffffc08020508a:	70a6                	ld	ra,104(sp)
ffffffc08020508c:	7406                	ld	s0,96(sp)
ffffffc08020508e:	64e6                	ld	s1,88(sp)
ffffffc080205090:	6946                	ld	s2,80(sp)
ffffffc080205092:	69a6                	ld	s3,72(sp)
ffffffc080205094:	6a06                	ld	s4,64(sp)
ffffffc080205096:	7ae2                	ld	s5,56(sp)
ffffffc080205098:	7b42                	ld	s6,48(sp)
ffffffc08020509a:	7c02                	ld	s8,32(sp)
ffffffc08020509c:	6ce2                	ld	s9,24(sp)
ffffffc08020509e:	855e                	mv	a0,s7
ffffffc0802050a0:	7ba2                	ld	s7,40(sp)
ffffffc0802050a2:	6165                	add	sp,sp,112
ffffffc0802050a4:	8082                	ret
  uint64 tail_end = PGROUNDUP(old) < new ? PGROUNDUP(old) : new;
ffffffc0802050a6:	84e2                	mv	s1,s8
  if (from >= to)
ffffffc0802050a8:	f49afce3          	bgeu	s5,s1,ffffffc080205000 <vm_sbrk+0x56>
  if (vm_resolve(vs, from, ACC_WRITE, &p) != FAULT_OK)
ffffffc0802050ac:	f9840693          	add	a3,s0,-104
ffffffc0802050b0:	4605                	li	a2,1
ffffffc0802050b2:	85d6                	mv	a1,s5
ffffffc0802050b4:	854e                	mv	a0,s3
ffffffc0802050b6:	b0cff0ef          	jal	ffffffc0802043c2 <vm_resolve>
ffffffc0802050ba:	2501                	sext.w	a0,a0
ffffffc0802050bc:	f549                	bnez	a0,ffffffc080205046 <vm_sbrk+0x9c>
ffffffc0802050be:	f9843783          	ld	a5,-104(s0)
static inline uint64 pte_pa(pte_t pte) { return PTE2PA(pte); }
ffffffc0802050c2:	fff006b7          	lui	a3,0xfff00
  memset((char *)P2V(pte_pa(pte_load(p))) + (from & (PGSIZE - 1)), 0, to - from);
ffffffc0802050c6:	034a9713          	sll	a4,s5,0x34
static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc0802050ca:	639c                	ld	a5,0(a5)
static inline uint64 pte_pa(pte_t pte) { return PTE2PA(pte); }
ffffffc0802050cc:	82a1                	srl	a3,a3,0x8
ffffffc0802050ce:	9351                	srl	a4,a4,0x34
ffffffc0802050d0:	078a                	sll	a5,a5,0x2
ffffffc0802050d2:	8ff5                	and	a5,a5,a3
ffffffc0802050d4:	557d                	li	a0,-1
ffffffc0802050d6:	8fd9                	or	a5,a5,a4
ffffffc0802050d8:	151a                	sll	a0,a0,0x26
ffffffc0802050da:	41548633          	sub	a2,s1,s5
ffffffc0802050de:	4581                	li	a1,0
ffffffc0802050e0:	953e                	add	a0,a0,a5
ffffffc0802050e2:	b9ffe0ef          	jal	ffffffc080203c80 <memset>
  for (uint64 a = PGROUNDUP(old); a < new; a += PGSIZE) {
ffffffc0802050e6:	f14c6fe3          	bltu	s8,s4,ffffffc080205004 <vm_sbrk+0x5a>
ffffffc0802050ea:	bf59                	j	ffffffc080205080 <vm_sbrk+0xd6>
        page_free(page);
ffffffc0802050ec:	8526                	mv	a0,s1
ffffffc0802050ee:	e2aff0ef          	jal	ffffffc080204718 <page_free>
      pmap_remove(vs->pt, PGROUNDUP(old), a, shootdown_vs, vs);
ffffffc0802050f2:	0109b503          	ld	a0,16(s3)
ffffffc0802050f6:	874e                	mv	a4,s3
ffffffc0802050f8:	00000697          	auipc	a3,0x0
ffffffc0802050fc:	ba068693          	add	a3,a3,-1120 # ffffffc080204c98 <shootdown_vs>
ffffffc080205100:	864a                	mv	a2,s2
ffffffc080205102:	85e2                	mv	a1,s8
ffffffc080205104:	815fb0ef          	jal	ffffffc080200918 <pmap_remove>
      return -1;
ffffffc080205108:	bf3d                	j	ffffffc080205046 <vm_sbrk+0x9c>

ffffffc08020510a <vm_fork>:

struct vmspace *vm_fork(struct vmspace *vs, int mode) {
ffffffc08020510a:	7139                	add	sp,sp,-64
ffffffc08020510c:	f822                	sd	s0,48(sp)
ffffffc08020510e:	f04a                	sd	s2,32(sp)
ffffffc080205110:	ec4e                	sd	s3,24(sp)
ffffffc080205112:	fc06                	sd	ra,56(sp)
ffffffc080205114:	f426                	sd	s1,40(sp)
ffffffc080205116:	0080                	add	s0,sp,64
ffffffc080205118:	892a                	mv	s2,a0
ffffffc08020511a:	89ae                	mv	s3,a1
  struct vmspace *vs = page_alloc_zeroed();
ffffffc08020511c:	d1cff0ef          	jal	ffffffc080204638 <page_alloc_zeroed>
  if (!vs)
ffffffc080205120:	c95d                	beqz	a0,ffffffc0802051d6 <vm_fork+0xcc>
ffffffc080205122:	84aa                	mv	s1,a0
  vs->pt = pmap_create();
ffffffc080205124:	9a8fb0ef          	jal	ffffffc0802002cc <pmap_create>
ffffffc080205128:	e888                	sd	a0,16(s1)
  if (!vs->pt) {
ffffffc08020512a:	c15d                	beqz	a0,ffffffc0802051d0 <vm_fork+0xc6>
  rw_init(&vs->lock, "vmspace");
ffffffc08020512c:	00004597          	auipc	a1,0x4
ffffffc080205130:	8c458593          	add	a1,a1,-1852 # ffffffc0802089f0 <__func__.0+0x3b8>
ffffffc080205134:	8526                	mv	a0,s1
ffffffc080205136:	3a4010ef          	jal	ffffffc0802064da <rw_init>
  vs->stack_low = USTACK_TOP - USTACK_LIMIT;
ffffffc08020513a:	040007b7          	lui	a5,0x4000
ffffffc08020513e:	eff78793          	add	a5,a5,-257 # 3fffeff <KERNEL_PA-0x7c200101>
ffffffc080205142:	07b2                	sll	a5,a5,0xc
ffffffc080205144:	f8fc                	sd	a5,240(s1)
  struct vmspace *child = vm_create();
  if (!child)
    return NULL;
  rw_write_lock(&vs->lock);
ffffffc080205146:	854a                	mv	a0,s2
ffffffc080205148:	414010ef          	jal	ffffffc08020655c <rw_write_lock>
  memcpy(child->seg, vs->seg, sizeof(vs->seg));
ffffffc08020514c:	0c000613          	li	a2,192
ffffffc080205150:	01890593          	add	a1,s2,24
ffffffc080205154:	01848513          	add	a0,s1,24
ffffffc080205158:	b75fe0ef          	jal	ffffffc080203ccc <memcpy>
  child->nseg = vs->nseg;
  child->heap_start = vs->heap_start;
ffffffc08020515c:	0f093783          	ld	a5,240(s2)
  child->nseg = vs->nseg;
ffffffc080205160:	0d892603          	lw	a2,216(s2)
  child->heap_start = vs->heap_start;
ffffffc080205164:	0e093683          	ld	a3,224(s2)
ffffffc080205168:	0e893703          	ld	a4,232(s2)
  child->brk = vs->brk;
  child->stack_low = vs->stack_low;
  uint64 n = 0;
ffffffc08020516c:	fc043423          	sd	zero,-56(s0)
  child->heap_start = vs->heap_start;
ffffffc080205170:	f8fc                	sd	a5,240(s1)
  child->nseg = vs->nseg;
ffffffc080205172:	0cc4ac23          	sw	a2,216(s1)
  child->heap_start = vs->heap_start;
ffffffc080205176:	f0f4                	sd	a3,224(s1)
ffffffc080205178:	f4f8                	sd	a4,232(s1)
  int r;
  if (mode == FORK_COW) {
ffffffc08020517a:	4785                	li	a5,1
ffffffc08020517c:	04f98f63          	beq	s3,a5,ffffffc0802051da <vm_fork+0xd0>
    if (n > 0) { /* rule 5: no writable entry for a now-shared page survives */
      tlb_flush_local(0, TLB_FLUSH_EVERYTHING);
      shootdown_vs(vs);
    }
  } else {
    r = pmap_fork_eager(vs->pt, child->pt, &n);
ffffffc080205180:	688c                	ld	a1,16(s1)
ffffffc080205182:	01093503          	ld	a0,16(s2)
ffffffc080205186:	fc840613          	add	a2,s0,-56
ffffffc08020518a:	e48fb0ef          	jal	ffffffc0802007d2 <pmap_fork_eager>
ffffffc08020518e:	89aa                	mv	s3,a0
ffffffc080205190:	8792                	mv	a5,tp
}
static inline void stat_add(int idx, uint64 n) {
  __atomic_fetch_add(&mycpu()->stats[idx], n, __ATOMIC_RELAXED);
ffffffc080205192:	fc843703          	ld	a4,-56(s0)
ffffffc080205196:	2e878793          	add	a5,a5,744
ffffffc08020519a:	00e7b02f          	amoadd.d	zero,a4,(a5)
    stat_add(VM_eager_copied_pages, n);
  }
  rw_write_unlock(&vs->lock);
ffffffc08020519e:	854a                	mv	a0,s2
ffffffc0802051a0:	422010ef          	jal	ffffffc0802065c2 <rw_write_unlock>
  while (__atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) != 0)
ffffffc0802051a4:	0f848913          	add	s2,s1,248
  if (r < 0) {
ffffffc0802051a8:	0009cc63          	bltz	s3,ffffffc0802051c0 <vm_fork+0xb6>
    vm_destroy(child);
    return NULL;
  }
  return child;
}
ffffffc0802051ac:	70e2                	ld	ra,56(sp)
ffffffc0802051ae:	7442                	ld	s0,48(sp)
ffffffc0802051b0:	7902                	ld	s2,32(sp)
ffffffc0802051b2:	69e2                	ld	s3,24(sp)
ffffffc0802051b4:	8526                	mv	a0,s1
ffffffc0802051b6:	74a2                	ld	s1,40(sp)
ffffffc0802051b8:	6121                	add	sp,sp,64
ffffffc0802051ba:	8082                	ret
    tlb_poll();
ffffffc0802051bc:	a5ffb0ef          	jal	ffffffc080200c1a <tlb_poll>
  while (__atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) != 0)
ffffffc0802051c0:	00093783          	ld	a5,0(s2)
ffffffc0802051c4:	0ff0000f          	fence
ffffffc0802051c8:	fbf5                	bnez	a5,ffffffc0802051bc <vm_fork+0xb2>
  pmap_destroy(vs->pt);
ffffffc0802051ca:	6888                	ld	a0,16(s1)
ffffffc0802051cc:	b10fb0ef          	jal	ffffffc0802004dc <pmap_destroy>
  page_free(vs);
ffffffc0802051d0:	8526                	mv	a0,s1
ffffffc0802051d2:	d46ff0ef          	jal	ffffffc080204718 <page_free>
    return NULL;
ffffffc0802051d6:	4481                	li	s1,0
ffffffc0802051d8:	bfd1                	j	ffffffc0802051ac <vm_fork+0xa2>
    bool exclusive = (__atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) & ~(1UL << mycpu()->id)) == 0;
ffffffc0802051da:	0f893783          	ld	a5,248(s2)
ffffffc0802051de:	0ff0000f          	fence
ffffffc0802051e2:	8712                	mv	a4,tp
ffffffc0802051e4:	08072703          	lw	a4,128(a4) # fffffffffffff080 <kernel_end+0x3f7f940080>
    r = pmap_fork_cow(vs->pt, child->pt, exclusive, &n);
ffffffc0802051e8:	688c                	ld	a1,16(s1)
ffffffc0802051ea:	01093503          	ld	a0,16(s2)
    bool exclusive = (__atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) & ~(1UL << mycpu()->id)) == 0;
ffffffc0802051ee:	00e99633          	sll	a2,s3,a4
ffffffc0802051f2:	fff64613          	not	a2,a2
ffffffc0802051f6:	8e7d                	and	a2,a2,a5
    r = pmap_fork_cow(vs->pt, child->pt, exclusive, &n);
ffffffc0802051f8:	fc840693          	add	a3,s0,-56
ffffffc0802051fc:	00163613          	seqz	a2,a2
ffffffc080205200:	c3efb0ef          	jal	ffffffc08020063e <pmap_fork_cow>
    if (n > 0) { /* rule 5: no writable entry for a now-shared page survives */
ffffffc080205204:	fc843783          	ld	a5,-56(s0)
    r = pmap_fork_cow(vs->pt, child->pt, exclusive, &n);
ffffffc080205208:	89aa                	mv	s3,a0
    if (n > 0) { /* rule 5: no writable entry for a now-shared page survives */
ffffffc08020520a:	dbd1                	beqz	a5,ffffffc08020519e <vm_fork+0x94>
      tlb_flush_local(0, TLB_FLUSH_EVERYTHING);
ffffffc08020520c:	55fd                	li	a1,-1
ffffffc08020520e:	4501                	li	a0,0
ffffffc080205210:	9bdfb0ef          	jal	ffffffc080200bcc <tlb_flush_local>
  tlb_shootdown(__atomic_load_n(&vs->active, __ATOMIC_ACQUIRE), 0, TLB_FLUSH_EVERYTHING);
ffffffc080205214:	0f893503          	ld	a0,248(s2)
ffffffc080205218:	0ff0000f          	fence
ffffffc08020521c:	567d                	li	a2,-1
ffffffc08020521e:	4581                	li	a1,0
ffffffc080205220:	ab3fb0ef          	jal	ffffffc080200cd2 <tlb_shootdown>
}
ffffffc080205224:	bfad                	j	ffffffc08020519e <vm_fork+0x94>

ffffffc080205226 <vm_activate>:

void vm_activate(struct vmspace *vs) {
ffffffc080205226:	1141                	add	sp,sp,-16
ffffffc080205228:	e422                	sd	s0,8(sp)
ffffffc08020522a:	0800                	add	s0,sp,16
ffffffc08020522c:	8792                	mv	a5,tp
  __atomic_fetch_or(&vs->active, 1UL << mycpu()->id, __ATOMIC_ACQUIRE);
ffffffc08020522e:	0807a703          	lw	a4,128(a5)
ffffffc080205232:	4785                	li	a5,1
ffffffc080205234:	00e797b3          	sll	a5,a5,a4
ffffffc080205238:	0f850713          	add	a4,a0,248
ffffffc08020523c:	44f7302f          	amoor.d.aq	zero,a5,(a4)
  pmap_activate(vs->pt);
}
ffffffc080205240:	6422                	ld	s0,8(sp)
  pmap_activate(vs->pt);
ffffffc080205242:	6908                	ld	a0,16(a0)
}
ffffffc080205244:	0141                	add	sp,sp,16
  pmap_activate(vs->pt);
ffffffc080205246:	ff4fb06f          	j	ffffffc080200a3a <pmap_activate>

ffffffc08020524a <vm_deactivate>:

void vm_deactivate(struct vmspace *vs) {
ffffffc08020524a:	1101                	add	sp,sp,-32
ffffffc08020524c:	e822                	sd	s0,16(sp)
ffffffc08020524e:	e426                	sd	s1,8(sp)
ffffffc080205250:	ec06                	sd	ra,24(sp)
ffffffc080205252:	1000                	add	s0,sp,32
ffffffc080205254:	84aa                	mv	s1,a0
  pmap_activate_kernel();
ffffffc080205256:	815fb0ef          	jal	ffffffc080200a6a <pmap_activate_kernel>
ffffffc08020525a:	8792                	mv	a5,tp
  __atomic_fetch_and(&vs->active, ~(1UL << mycpu()->id), __ATOMIC_RELEASE);
ffffffc08020525c:	0807a703          	lw	a4,128(a5)
ffffffc080205260:	4785                	li	a5,1
ffffffc080205262:	00e797b3          	sll	a5,a5,a4
ffffffc080205266:	fff7c793          	not	a5,a5
ffffffc08020526a:	0f848713          	add	a4,s1,248
ffffffc08020526e:	0f50000f          	fence	iorw,ow
ffffffc080205272:	60f7302f          	amoand.d	zero,a5,(a4)
}
ffffffc080205276:	60e2                	ld	ra,24(sp)
ffffffc080205278:	6442                	ld	s0,16(sp)
ffffffc08020527a:	64a2                	ld	s1,8(sp)
ffffffc08020527c:	6105                	add	sp,sp,32
ffffffc08020527e:	8082                	ret

ffffffc080205280 <stat_sum>:
struct cpu cpus[NCPU];
int ncpu = 1;
/* Scheduler stacks, taken by entry.S (one per hart). */
char cpu_stacks[NCPU][KSTACK_SIZE] __attribute__((aligned(16)));

uint64 stat_sum(int idx) {
ffffffc080205280:	1141                	add	sp,sp,-16
ffffffc080205282:	e422                	sd	s0,8(sp)
ffffffc080205284:	0800                	add	s0,sp,16
  uint64 n = 0;
  for (int i = 0; i < ncpu; i++)
ffffffc080205286:	00275597          	auipc	a1,0x275
ffffffc08020528a:	d7e58593          	add	a1,a1,-642 # ffffffc08047a004 <ncpu>
ffffffc08020528e:	419c                	lw	a5,0(a1)
ffffffc080205290:	02f05863          	blez	a5,ffffffc0802052c0 <stat_sum+0x40>
ffffffc080205294:	05450513          	add	a0,a0,84
ffffffc080205298:	00351793          	sll	a5,a0,0x3
ffffffc08020529c:	002ae717          	auipc	a4,0x2ae
ffffffc0802052a0:	7a470713          	add	a4,a4,1956 # ffffffc0804b3a40 <cpus>
ffffffc0802052a4:	97ba                	add	a5,a5,a4
  uint64 n = 0;
ffffffc0802052a6:	4501                	li	a0,0
  for (int i = 0; i < ncpu; i++)
ffffffc0802052a8:	4701                	li	a4,0
    n += __atomic_load_n(&cpus[i].stats[idx], __ATOMIC_RELAXED);
ffffffc0802052aa:	6390                	ld	a2,0(a5)
  for (int i = 0; i < ncpu; i++)
ffffffc0802052ac:	4194                	lw	a3,0(a1)
ffffffc0802052ae:	2705                	addw	a4,a4,1
    n += __atomic_load_n(&cpus[i].stats[idx], __ATOMIC_RELAXED);
ffffffc0802052b0:	9532                	add	a0,a0,a2
  for (int i = 0; i < ncpu; i++)
ffffffc0802052b2:	34078793          	add	a5,a5,832
ffffffc0802052b6:	fed74ae3          	blt	a4,a3,ffffffc0802052aa <stat_sum+0x2a>
  return n;
}
ffffffc0802052ba:	6422                	ld	s0,8(sp)
ffffffc0802052bc:	0141                	add	sp,sp,16
ffffffc0802052be:	8082                	ret
ffffffc0802052c0:	6422                	ld	s0,8(sp)
  uint64 n = 0;
ffffffc0802052c2:	4501                	li	a0,0
}
ffffffc0802052c4:	0141                	add	sp,sp,16
ffffffc0802052c6:	8082                	ret

ffffffc0802052c8 <exec>:
    if (*s == '/')
      name = s + 1;
  return name;
}

int exec(const char *path, char **argv) {
ffffffc0802052c8:	7105                	add	sp,sp,-480
ffffffc0802052ca:	eba2                	sd	s0,464(sp)
ffffffc0802052cc:	ff4e                	sd	s3,440(sp)
ffffffc0802052ce:	ef5e                	sd	s7,408(sp)
ffffffc0802052d0:	ef86                	sd	ra,472(sp)
ffffffc0802052d2:	e7a6                	sd	s1,456(sp)
ffffffc0802052d4:	e3ca                	sd	s2,448(sp)
ffffffc0802052d6:	fb52                	sd	s4,432(sp)
ffffffc0802052d8:	f756                	sd	s5,424(sp)
ffffffc0802052da:	f35a                	sd	s6,416(sp)
ffffffc0802052dc:	eb62                	sd	s8,400(sp)
ffffffc0802052de:	e766                	sd	s9,392(sp)
ffffffc0802052e0:	e36a                	sd	s10,384(sp)
ffffffc0802052e2:	feee                	sd	s11,376(sp)
ffffffc0802052e4:	1380                	add	s0,sp,480
ffffffc0802052e6:	8baa                	mv	s7,a0
ffffffc0802052e8:	89ae                	mv	s3,a1
  struct inode *ip = namei(path);
ffffffc0802052ea:	fbafc0ef          	jal	ffffffc080201aa4 <namei>
  if (!ip)
ffffffc0802052ee:	18050763          	beqz	a0,ffffffc08020547c <exec+0x1b4>
    return -1;
  struct vmspace *vs = NULL;
  struct elf_header eh;
  struct stat st;
  inode_stat(ip, &st);
ffffffc0802052f2:	e3040593          	add	a1,s0,-464
ffffffc0802052f6:	892a                	mv	s2,a0
ffffffc0802052f8:	fc0fd0ef          	jal	ffffffc080202ab8 <inode_stat>
  if (st.type != T_FILE || !(vs = vm_create()) || load_program(vs, ip, st.size, &eh) < 0) {
ffffffc0802052fc:	e3841703          	lh	a4,-456(s0)
ffffffc080205300:	4789                	li	a5,2
ffffffc080205302:	2cf71f63          	bne	a4,a5,ffffffc0802055e0 <exec+0x318>
ffffffc080205306:	9d9ff0ef          	jal	ffffffc080204cde <vm_create>
ffffffc08020530a:	84aa                	mv	s1,a0
ffffffc08020530c:	2c050a63          	beqz	a0,ffffffc0802055e0 <exec+0x318>
ffffffc080205310:	e4043a03          	ld	s4,-448(s0)
  if (fsize < sizeof(*eh) || read_exact(ip, eh, 0, sizeof(*eh)) < 0)
ffffffc080205314:	03f00793          	li	a5,63
  if (st.type != T_FILE || !(vs = vm_create()) || load_program(vs, ip, st.size, &eh) < 0) {
ffffffc080205318:	e3443423          	sd	s4,-472(s0)
  if (fsize < sizeof(*eh) || read_exact(ip, eh, 0, sizeof(*eh)) < 0)
ffffffc08020531c:	1547fa63          	bgeu	a5,s4,ffffffc080205470 <exec+0x1a8>
  return inode_read(ip, 0, (uint64)dst, off, n) == (int)n ? 0 : -1;
ffffffc080205320:	04000713          	li	a4,64
ffffffc080205324:	4681                	li	a3,0
ffffffc080205326:	e4840613          	add	a2,s0,-440
ffffffc08020532a:	4581                	li	a1,0
ffffffc08020532c:	854a                	mv	a0,s2
ffffffc08020532e:	fe2fd0ef          	jal	ffffffc080202b10 <inode_read>
ffffffc080205332:	04000793          	li	a5,64
ffffffc080205336:	12f51d63          	bne	a0,a5,ffffffc080205470 <exec+0x1a8>
  if (eh->magic != ELF_MAGIC || eh->class != ELFCLASS64 || eh->data != ELFDATA2LSB ||
ffffffc08020533a:	e4843783          	ld	a5,-440(s0)
ffffffc08020533e:	577d                	li	a4,-1
ffffffc080205340:	8341                	srl	a4,a4,0x10
ffffffc080205342:	8ff9                	and	a5,a5,a4
ffffffc080205344:	00003717          	auipc	a4,0x3
ffffffc080205348:	cd473703          	ld	a4,-812(a4) # ffffffc080208018 <kernel_text_end+0x18>
ffffffc08020534c:	12e79263          	bne	a5,a4,ffffffc080205470 <exec+0x1a8>
      eh->type != ET_EXEC || eh->machine != EM_RISCV || eh->phentsize != sizeof(struct elf_phdr) ||
ffffffc080205350:	e5846703          	lwu	a4,-424(s0)
ffffffc080205354:	00f307b7          	lui	a5,0xf30
ffffffc080205358:	0789                	add	a5,a5,2 # f30002 <KERNEL_PA-0x7f2cfffe>
ffffffc08020535a:	10f71b63          	bne	a4,a5,ffffffc080205470 <exec+0x1a8>
ffffffc08020535e:	e7e45703          	lhu	a4,-386(s0)
ffffffc080205362:	03800793          	li	a5,56
ffffffc080205366:	10f71563          	bne	a4,a5,ffffffc080205470 <exec+0x1a8>
      eh->phnum == 0 || eh->phnum > ELF_MAX_PHDRS ||
ffffffc08020536a:	e8045703          	lhu	a4,-384(s0)
      eh->type != ET_EXEC || eh->machine != EM_RISCV || eh->phentsize != sizeof(struct elf_phdr) ||
ffffffc08020536e:	46bd                	li	a3,15
ffffffc080205370:	fff7079b          	addw	a5,a4,-1
ffffffc080205374:	17c2                	sll	a5,a5,0x30
ffffffc080205376:	93c1                	srl	a5,a5,0x30
ffffffc080205378:	0ef6ec63          	bltu	a3,a5,ffffffc080205470 <exec+0x1a8>
      eh->phoff + eh->phnum * sizeof(struct elf_phdr) > fsize)
ffffffc08020537c:	e6843683          	ld	a3,-408(s0)
ffffffc080205380:	00371793          	sll	a5,a4,0x3
ffffffc080205384:	8f99                	sub	a5,a5,a4
ffffffc080205386:	078e                	sll	a5,a5,0x3
ffffffc080205388:	97b6                	add	a5,a5,a3
      eh->phnum == 0 || eh->phnum > ELF_MAX_PHDRS ||
ffffffc08020538a:	0efa6363          	bltu	s4,a5,ffffffc080205470 <exec+0x1a8>
      ph->offset + ph->filesz > fsize || (ph->vaddr - ph->offset) % PGSIZE != 0)
ffffffc08020538e:	6a85                	lui	s5,0x1
    if (ph.type != PT_LOAD || ph.memsz == 0)
ffffffc080205390:	4c85                	li	s9,1
  return inode_read(ip, 0, (uint64)dst, off, n) == (int)n ? 0 : -1;
ffffffc080205392:	4b01                	li	s6,0
  bool entry_ok = false;
ffffffc080205394:	e2043023          	sd	zero,-480(s0)
  for (int i = 0; i < eh->phnum; i++) {
ffffffc080205398:	4c01                	li	s8,0
      ph->offset + ph->filesz > fsize || (ph->vaddr - ph->offset) % PGSIZE != 0)
ffffffc08020539a:	fffa8a13          	add	s4,s5,-1 # fff <KERNEL_PA-0x801ff001>
  return inode_read(ip, 0, (uint64)dst, off, n) == (int)n ? 0 : -1;
ffffffc08020539e:	03800713          	li	a4,56
ffffffc0802053a2:	96da                	add	a3,a3,s6
ffffffc0802053a4:	e8840613          	add	a2,s0,-376
ffffffc0802053a8:	4581                	li	a1,0
ffffffc0802053aa:	854a                	mv	a0,s2
ffffffc0802053ac:	f64fd0ef          	jal	ffffffc080202b10 <inode_read>
ffffffc0802053b0:	03800793          	li	a5,56
ffffffc0802053b4:	0af51e63          	bne	a0,a5,ffffffc080205470 <exec+0x1a8>
    if (ph.type != PT_LOAD || ph.memsz == 0)
ffffffc0802053b8:	e8842783          	lw	a5,-376(s0)
ffffffc0802053bc:	0f979463          	bne	a5,s9,ffffffc0802054a4 <exec+0x1dc>
ffffffc0802053c0:	eb043603          	ld	a2,-336(s0)
ffffffc0802053c4:	c265                	beqz	a2,ffffffc0802054a4 <exec+0x1dc>
  if (ph->filesz > ph->memsz || ph->vaddr + ph->memsz < ph->vaddr ||
ffffffc0802053c6:	ea843783          	ld	a5,-344(s0)
ffffffc0802053ca:	0af66363          	bltu	a2,a5,ffffffc080205470 <exec+0x1a8>
ffffffc0802053ce:	e9843583          	ld	a1,-360(s0)
ffffffc0802053d2:	00b60733          	add	a4,a2,a1
ffffffc0802053d6:	08c76d63          	bltu	a4,a2,ffffffc080205470 <exec+0x1a8>
ffffffc0802053da:	4685                	li	a3,1
ffffffc0802053dc:	169a                	sll	a3,a3,0x26
ffffffc0802053de:	08e6e963          	bltu	a3,a4,ffffffc080205470 <exec+0x1a8>
      ph->vaddr + ph->memsz > USER_TOP || ph->offset + ph->filesz < ph->offset ||
ffffffc0802053e2:	e9043803          	ld	a6,-368(s0)
ffffffc0802053e6:	01078733          	add	a4,a5,a6
ffffffc0802053ea:	08f76363          	bltu	a4,a5,ffffffc080205470 <exec+0x1a8>
ffffffc0802053ee:	e2843783          	ld	a5,-472(s0)
ffffffc0802053f2:	06e7ef63          	bltu	a5,a4,ffffffc080205470 <exec+0x1a8>
      ph->offset + ph->filesz > fsize || (ph->vaddr - ph->offset) % PGSIZE != 0)
ffffffc0802053f6:	41058833          	sub	a6,a1,a6
ffffffc0802053fa:	01487db3          	and	s11,a6,s4
ffffffc0802053fe:	060d9963          	bnez	s11,ffffffc080205470 <exec+0x1a8>
    if (check_phdr(&ph, fsize) < 0 || vm_add_segment(vs, ph.vaddr, ph.memsz, seg_prot(ph.flags)) < 0 ||
ffffffc080205402:	e8c42783          	lw	a5,-372(s0)
ffffffc080205406:	8526                	mv	a0,s1
  return (flags & PF_R ? PROT_R : 0) | (flags & PF_W ? PROT_W : 0) | (flags & PF_X ? PROT_X : 0);
ffffffc080205408:	0027d69b          	srlw	a3,a5,0x2
ffffffc08020540c:	0027f713          	and	a4,a5,2
ffffffc080205410:	8a85                	and	a3,a3,1
ffffffc080205412:	0027979b          	sllw	a5,a5,0x2
ffffffc080205416:	8ed9                	or	a3,a3,a4
ffffffc080205418:	8b91                	and	a5,a5,4
    if (check_phdr(&ph, fsize) < 0 || vm_add_segment(vs, ph.vaddr, ph.memsz, seg_prot(ph.flags)) < 0 ||
ffffffc08020541a:	8edd                	or	a3,a3,a5
ffffffc08020541c:	945ff0ef          	jal	ffffffc080204d60 <vm_add_segment>
ffffffc080205420:	04054863          	bltz	a0,ffffffc080205470 <exec+0x1a8>
  for (uint64 done = 0; done < ph->filesz;) {
ffffffc080205424:	ea843783          	ld	a5,-344(s0)
ffffffc080205428:	e791                	bnez	a5,ffffffc080205434 <exec+0x16c>
ffffffc08020542a:	a899                	j	ffffffc080205480 <exec+0x1b8>
ffffffc08020542c:	ea843783          	ld	a5,-344(s0)
ffffffc080205430:	04fdf863          	bgeu	s11,a5,ffffffc080205480 <exec+0x1b8>
    uint64 va = ph->vaddr + done, room = PGSIZE - (va & (PGSIZE - 1));
ffffffc080205434:	e9843583          	ld	a1,-360(s0)
    uint64 n = ph->filesz - done < room ? ph->filesz - done : room;
ffffffc080205438:	41b78733          	sub	a4,a5,s11
    char *dst = vm_kaddr(vs, va);
ffffffc08020543c:	8526                	mv	a0,s1
    uint64 va = ph->vaddr + done, room = PGSIZE - (va & (PGSIZE - 1));
ffffffc08020543e:	95ee                	add	a1,a1,s11
ffffffc080205440:	0145f7b3          	and	a5,a1,s4
    uint64 n = ph->filesz - done < room ? ph->filesz - done : room;
ffffffc080205444:	40fa8d33          	sub	s10,s5,a5
ffffffc080205448:	01a77363          	bgeu	a4,s10,ffffffc08020544e <exec+0x186>
ffffffc08020544c:	8d3a                	mv	s10,a4
    char *dst = vm_kaddr(vs, va);
ffffffc08020544e:	a29ff0ef          	jal	ffffffc080204e76 <vm_kaddr>
ffffffc080205452:	862a                	mv	a2,a0
  return inode_read(ip, 0, (uint64)dst, off, n) == (int)n ? 0 : -1;
ffffffc080205454:	876a                	mv	a4,s10
ffffffc080205456:	4581                	li	a1,0
ffffffc080205458:	854a                	mv	a0,s2
    if (!dst || read_exact(ip, dst, ph->offset + done, n) < 0)
ffffffc08020545a:	ca19                	beqz	a2,ffffffc080205470 <exec+0x1a8>
ffffffc08020545c:	e9043683          	ld	a3,-368(s0)
  return inode_read(ip, 0, (uint64)dst, off, n) == (int)n ? 0 : -1;
ffffffc080205460:	96ee                	add	a3,a3,s11
ffffffc080205462:	eaefd0ef          	jal	ffffffc080202b10 <inode_read>
ffffffc080205466:	000d071b          	sext.w	a4,s10
    done += n;
ffffffc08020546a:	9dea                	add	s11,s11,s10
  return inode_read(ip, 0, (uint64)dst, off, n) == (int)n ? 0 : -1;
ffffffc08020546c:	fce500e3          	beq	a0,a4,ffffffc08020542c <exec+0x164>
    inode_put(ip);
ffffffc080205470:	854a                	mv	a0,s2
ffffffc080205472:	a98fd0ef          	jal	ffffffc08020270a <inode_put>
    if (vs)
      vm_destroy(vs);
ffffffc080205476:	8526                	mv	a0,s1
ffffffc080205478:	8b1ff0ef          	jal	ffffffc080204d28 <vm_destroy>
    return -1;
ffffffc08020547c:	5a7d                	li	s4,-1
ffffffc08020547e:	a289                	j	ffffffc0802055c0 <exec+0x2f8>
    if ((ph.flags & PF_X) && eh->entry >= ph.vaddr && eh->entry < ph.vaddr + ph.memsz)
ffffffc080205480:	e8c42783          	lw	a5,-372(s0)
ffffffc080205484:	8b85                	and	a5,a5,1
ffffffc080205486:	cf99                	beqz	a5,ffffffc0802054a4 <exec+0x1dc>
ffffffc080205488:	e6043703          	ld	a4,-416(s0)
ffffffc08020548c:	e9843783          	ld	a5,-360(s0)
ffffffc080205490:	00f76a63          	bltu	a4,a5,ffffffc0802054a4 <exec+0x1dc>
ffffffc080205494:	eb043683          	ld	a3,-336(s0)
ffffffc080205498:	97b6                	add	a5,a5,a3
ffffffc08020549a:	00f77563          	bgeu	a4,a5,ffffffc0802054a4 <exec+0x1dc>
      entry_ok = true;
ffffffc08020549e:	4785                	li	a5,1
ffffffc0802054a0:	e2f43023          	sd	a5,-480(s0)
  for (int i = 0; i < eh->phnum; i++) {
ffffffc0802054a4:	e8045783          	lhu	a5,-384(s0)
ffffffc0802054a8:	2c05                	addw	s8,s8,1
ffffffc0802054aa:	038b0b13          	add	s6,s6,56
ffffffc0802054ae:	00fc5563          	bge	s8,a5,ffffffc0802054b8 <exec+0x1f0>
    if (read_exact(ip, &ph, eh->phoff + i * sizeof(ph), sizeof(ph)) < 0)
ffffffc0802054b2:	e6843683          	ld	a3,-408(s0)
ffffffc0802054b6:	b5e5                	j	ffffffc08020539e <exec+0xd6>
  return entry_ok ? 0 : -1;
ffffffc0802054b8:	e2043783          	ld	a5,-480(s0)
ffffffc0802054bc:	dbd5                	beqz	a5,ffffffc080205470 <exec+0x1a8>
    return -1;
  }
  inode_put(ip);
ffffffc0802054be:	854a                	mv	a0,s2
ffffffc0802054c0:	a4afd0ef          	jal	ffffffc08020270a <inode_put>
  for (; argv[argc]; argc++) {
ffffffc0802054c4:	0009b503          	ld	a0,0(s3)
ffffffc0802054c8:	12050163          	beqz	a0,ffffffc0802055ea <exec+0x322>
  uint64 sp = USTACK_TOP, ptrs[MAXARG + 1];
ffffffc0802054cc:	04000937          	lui	s2,0x4000
ffffffc0802054d0:	197d                	add	s2,s2,-1 # 3ffffff <KERNEL_PA-0x7c200001>
ffffffc0802054d2:	e8840a93          	add	s5,s0,-376
ffffffc0802054d6:	0932                	sll	s2,s2,0xc
  int argc = 0;
ffffffc0802054d8:	4b01                	li	s6,0
    if (argc >= MAXARG)
ffffffc0802054da:	02000c13          	li	s8,32
ffffffc0802054de:	a821                	j	ffffffc0802054f6 <exec+0x22e>
  for (; argv[argc]; argc++) {
ffffffc0802054e0:	0009b503          	ld	a0,0(s3)
    ptrs[argc] = sp;
ffffffc0802054e4:	012ab023          	sd	s2,0(s5)
  for (; argv[argc]; argc++) {
ffffffc0802054e8:	001b0a1b          	addw	s4,s6,1
ffffffc0802054ec:	c50d                	beqz	a0,ffffffc080205516 <exec+0x24e>
    if (argc >= MAXARG)
ffffffc0802054ee:	0aa1                	add	s5,s5,8
ffffffc0802054f0:	f98a03e3          	beq	s4,s8,ffffffc080205476 <exec+0x1ae>
  for (; argv[argc]; argc++) {
ffffffc0802054f4:	8b52                	mv	s6,s4
    uint64 len = strlen(argv[argc]) + 1;
ffffffc0802054f6:	8cbfe0ef          	jal	ffffffc080203dc0 <strlen>
ffffffc0802054fa:	00150693          	add	a3,a0,1
    if (vm_write(vs, sp, argv[argc], len) < 0)
ffffffc0802054fe:	0009b603          	ld	a2,0(s3)
    sp -= len;
ffffffc080205502:	40d90933          	sub	s2,s2,a3
    if (vm_write(vs, sp, argv[argc], len) < 0)
ffffffc080205506:	85ca                	mv	a1,s2
ffffffc080205508:	8526                	mv	a0,s1
  for (; argv[argc]; argc++) {
ffffffc08020550a:	09a1                	add	s3,s3,8
    if (vm_write(vs, sp, argv[argc], len) < 0)
ffffffc08020550c:	9c3ff0ef          	jal	ffffffc080204ece <vm_write>
ffffffc080205510:	fc0558e3          	bgez	a0,ffffffc0802054e0 <exec+0x218>
ffffffc080205514:	b78d                	j	ffffffc080205476 <exec+0x1ae>
  sp -= (argc + 1) * sizeof(uint64);
ffffffc080205516:	002b069b          	addw	a3,s6,2
ffffffc08020551a:	068e                	sll	a3,a3,0x3
ffffffc08020551c:	40d90933          	sub	s2,s2,a3
  sp &= ~15UL;
ffffffc080205520:	ff097913          	and	s2,s2,-16
  ptrs[argc] = 0;
ffffffc080205524:	003a1793          	sll	a5,s4,0x3
ffffffc080205528:	f9078793          	add	a5,a5,-112
ffffffc08020552c:	97a2                	add	a5,a5,s0
  if (vm_write(vs, sp, ptrs, (argc + 1) * sizeof(uint64)) < 0)
ffffffc08020552e:	e8840613          	add	a2,s0,-376
ffffffc080205532:	85ca                	mv	a1,s2
ffffffc080205534:	8526                	mv	a0,s1
  ptrs[argc] = 0;
ffffffc080205536:	ee07bc23          	sd	zero,-264(a5)
  if (vm_write(vs, sp, ptrs, (argc + 1) * sizeof(uint64)) < 0)
ffffffc08020553a:	995ff0ef          	jal	ffffffc080204ece <vm_write>
ffffffc08020553e:	f2054ce3          	bltz	a0,ffffffc080205476 <exec+0x1ae>
  uint64 sp, uargv;
  int argc = push_args(vs, argv, &sp, &uargv);
  if (argc < 0 || proc_single_thread() < 0) {
ffffffc080205542:	727000ef          	jal	ffffffc080206468 <proc_single_thread>
ffffffc080205546:	f20548e3          	bltz	a0,ffffffc080205476 <exec+0x1ae>
    vm_destroy(vs);
    return -1;
  }
  struct proc *p = curproc();
ffffffc08020554a:	2c3000ef          	jal	ffffffc08020600c <curproc>
  struct vmspace *old = p->vm;
ffffffc08020554e:	04053a83          	ld	s5,64(a0)
  struct proc *p = curproc();
ffffffc080205552:	89aa                	mv	s3,a0
  push_off();
ffffffc080205554:	214010ef          	jal	ffffffc080206768 <push_off>
  vm_deactivate(old);
ffffffc080205558:	8556                	mv	a0,s5
ffffffc08020555a:	cf1ff0ef          	jal	ffffffc08020524a <vm_deactivate>
  p->vm = vs;
ffffffc08020555e:	0499b023          	sd	s1,64(s3)
ffffffc080205562:	8792                	mv	a5,tp
  mycpu()->vs = vs;
ffffffc080205564:	ebc4                	sd	s1,144(a5)
  vm_activate(vs);
ffffffc080205566:	8526                	mv	a0,s1
ffffffc080205568:	cbfff0ef          	jal	ffffffc080205226 <vm_activate>
  pop_off();
ffffffc08020556c:	222010ef          	jal	ffffffc08020678e <pop_off>
  vm_destroy(old);
ffffffc080205570:	8556                	mv	a0,s5
ffffffc080205572:	fb6ff0ef          	jal	ffffffc080204d28 <vm_destroy>
  install(p, vs);
  struct trapframe *tf = curthread()->tf;
ffffffc080205576:	275000ef          	jal	ffffffc080205fea <curthread>
ffffffc08020557a:	6124                	ld	s1,64(a0)
  memset(tf->x, 0, sizeof(tf->x));
ffffffc08020557c:	4581                	li	a1,0
ffffffc08020557e:	10000613          	li	a2,256
ffffffc080205582:	8526                	mv	a0,s1
ffffffc080205584:	efcfe0ef          	jal	ffffffc080203c80 <memset>
  tf->epc = eh.entry;
ffffffc080205588:	e6043783          	ld	a5,-416(s0)
  tf->x[REG_SP] = sp;
  tf->x[REG_A1] = uargv;
ffffffc08020558c:	0524bc23          	sd	s2,88(s1)
  tf->x[REG_SP] = sp;
ffffffc080205590:	0124b823          	sd	s2,16(s1)
  tf->epc = eh.entry;
ffffffc080205594:	10f4b023          	sd	a5,256(s1)
  tf->x[REG_A0] = argc;
ffffffc080205598:	0544b823          	sd	s4,80(s1)
  for (const char *s = path; *s; s++)
ffffffc08020559c:	000bc783          	lbu	a5,0(s7) # 1000 <KERNEL_PA-0x801ff000>
  safestrcpy(p->name, last_component(path), sizeof(p->name));
ffffffc0802055a0:	0d098513          	add	a0,s3,208
  const char *name = path;
ffffffc0802055a4:	85de                	mv	a1,s7
  for (const char *s = path; *s; s++)
ffffffc0802055a6:	cb91                	beqz	a5,ffffffc0802055ba <exec+0x2f2>
    if (*s == '/')
ffffffc0802055a8:	02f00713          	li	a4,47
      name = s + 1;
ffffffc0802055ac:	0b85                	add	s7,s7,1
    if (*s == '/')
ffffffc0802055ae:	00e79363          	bne	a5,a4,ffffffc0802055b4 <exec+0x2ec>
      name = s + 1;
ffffffc0802055b2:	85de                	mv	a1,s7
  for (const char *s = path; *s; s++)
ffffffc0802055b4:	000bc783          	lbu	a5,0(s7)
ffffffc0802055b8:	fbf5                	bnez	a5,ffffffc0802055ac <exec+0x2e4>
  safestrcpy(p->name, last_component(path), sizeof(p->name));
ffffffc0802055ba:	4641                	li	a2,16
ffffffc0802055bc:	867fe0ef          	jal	ffffffc080203e22 <safestrcpy>
  return argc;
}
ffffffc0802055c0:	60fe                	ld	ra,472(sp)
ffffffc0802055c2:	645e                	ld	s0,464(sp)
ffffffc0802055c4:	64be                	ld	s1,456(sp)
ffffffc0802055c6:	691e                	ld	s2,448(sp)
ffffffc0802055c8:	79fa                	ld	s3,440(sp)
ffffffc0802055ca:	7aba                	ld	s5,424(sp)
ffffffc0802055cc:	7b1a                	ld	s6,416(sp)
ffffffc0802055ce:	6bfa                	ld	s7,408(sp)
ffffffc0802055d0:	6c5a                	ld	s8,400(sp)
ffffffc0802055d2:	6cba                	ld	s9,392(sp)
ffffffc0802055d4:	6d1a                	ld	s10,384(sp)
ffffffc0802055d6:	7df6                	ld	s11,376(sp)
ffffffc0802055d8:	8552                	mv	a0,s4
ffffffc0802055da:	7a5a                	ld	s4,432(sp)
ffffffc0802055dc:	613d                	add	sp,sp,480
ffffffc0802055de:	8082                	ret
    inode_put(ip);
ffffffc0802055e0:	854a                	mv	a0,s2
ffffffc0802055e2:	928fd0ef          	jal	ffffffc08020270a <inode_put>
    return -1;
ffffffc0802055e6:	5a7d                	li	s4,-1
ffffffc0802055e8:	bfe1                	j	ffffffc0802055c0 <exec+0x2f8>
  for (; argv[argc]; argc++) {
ffffffc0802055ea:	eff00913          	li	s2,-257
ffffffc0802055ee:	097a                	sll	s2,s2,0x1e
ffffffc0802055f0:	01a95913          	srl	s2,s2,0x1a
ffffffc0802055f4:	46a1                	li	a3,8
  int argc = 0;
ffffffc0802055f6:	4a01                	li	s4,0
ffffffc0802055f8:	b735                	j	ffffffc080205524 <exec+0x25c>

ffffffc0802055fa <thread_first_entry>:
  spin_unlock(&p->lock);
}

/* A new thread's first instructions in the kernel: the scheduler still
 * holds its lock. */
void thread_first_entry(void) {
ffffffc0802055fa:	1141                	add	sp,sp,-16
ffffffc0802055fc:	e406                	sd	ra,8(sp)
ffffffc0802055fe:	e022                	sd	s0,0(sp)
ffffffc080205600:	0800                	add	s0,sp,16
  spin_unlock(&curthread()->lock);
ffffffc080205602:	1e9000ef          	jal	ffffffc080205fea <curthread>
ffffffc080205606:	1d2010ef          	jal	ffffffc0802067d8 <spin_unlock>
  user_trap_return();
ffffffc08020560a:	ba3fb0ef          	jal	ffffffc0802011ac <user_trap_return>

ffffffc08020560e <init_first_entry>:
}

static char **init_argv;

static void init_first_entry(void) {
ffffffc08020560e:	1141                	add	sp,sp,-16
ffffffc080205610:	e406                	sd	ra,8(sp)
ffffffc080205612:	e022                	sd	s0,0(sp)
ffffffc080205614:	0800                	add	s0,sp,16
  spin_unlock(&curthread()->lock);
ffffffc080205616:	1d5000ef          	jal	ffffffc080205fea <curthread>
ffffffc08020561a:	1be010ef          	jal	ffffffc0802067d8 <spin_unlock>
  if (exec("/init", init_argv) < 0)
ffffffc08020561e:	00275597          	auipc	a1,0x275
ffffffc080205622:	a825b583          	ld	a1,-1406(a1) # ffffffc08047a0a0 <init_argv>
ffffffc080205626:	00003517          	auipc	a0,0x3
ffffffc08020562a:	3d250513          	add	a0,a0,978 # ffffffc0802089f8 <__func__.0+0x3c0>
ffffffc08020562e:	c9bff0ef          	jal	ffffffc0802052c8 <exec>
ffffffc080205632:	00054463          	bltz	a0,ffffffc08020563a <init_first_entry+0x2c>
    panic("proc_start_init: cannot exec /init");
  user_trap_return();
ffffffc080205636:	b77fb0ef          	jal	ffffffc0802011ac <user_trap_return>
    panic("proc_start_init: cannot exec /init");
ffffffc08020563a:	00003517          	auipc	a0,0x3
ffffffc08020563e:	3c650513          	add	a0,a0,966 # ffffffc080208a00 <__func__.0+0x3c8>
ffffffc080205642:	d6efe0ef          	jal	ffffffc080203bb0 <panic>

ffffffc080205646 <thread_end_locked>:
}

/* Ends thread t while others of p live on: it waits, T_EXITED, to be
 * joined or reaped. Caller holds p->lock; never returns. */
static __attribute__((noreturn)) void thread_end_locked(struct proc *p, struct thread *t,
                                                        int status) {
ffffffc080205646:	1101                	add	sp,sp,-32
ffffffc080205648:	ec06                	sd	ra,24(sp)
ffffffc08020564a:	e822                	sd	s0,16(sp)
ffffffc08020564c:	e426                	sd	s1,8(sp)
ffffffc08020564e:	1000                	add	s0,sp,32
ffffffc080205650:	e04a                	sd	s2,0(sp)
  t->ended = true;
  t->xstate = status;
  p->nthreads--;
ffffffc080205652:	551c                	lw	a5,40(a0)
  t->ended = true;
ffffffc080205654:	4705                	li	a4,1
ffffffc080205656:	04e58423          	sb	a4,72(a1)
  t->xstate = status;
ffffffc08020565a:	c5f0                	sw	a2,76(a1)
  p->nthreads--;
ffffffc08020565c:	37fd                	addw	a5,a5,-1
                                                        int status) {
ffffffc08020565e:	892a                	mv	s2,a0
  p->nthreads--;
ffffffc080205660:	02f92423          	sw	a5,40(s2)
  wakeup(t);            /* a joiner */
ffffffc080205664:	852e                	mv	a0,a1
                                                        int status) {
ffffffc080205666:	84ae                	mv	s1,a1
  wakeup(t);            /* a joiner */
ffffffc080205668:	3f7000ef          	jal	ffffffc08020625e <wakeup>
  wakeup(&p->nthreads); /* an exec waiting to be single-threaded */
ffffffc08020566c:	02890513          	add	a0,s2,40
ffffffc080205670:	3ef000ef          	jal	ffffffc08020625e <wakeup>
  spin_lock(&t->lock);
ffffffc080205674:	8526                	mv	a0,s1
ffffffc080205676:	068010ef          	jal	ffffffc0802066de <spin_lock>
  spin_unlock(&p->lock);
ffffffc08020567a:	854a                	mv	a0,s2
ffffffc08020567c:	15c010ef          	jal	ffffffc0802067d8 <spin_unlock>
  t->state = T_EXITED;
ffffffc080205680:	4795                	li	a5,5
ffffffc080205682:	cc9c                	sw	a5,24(s1)
  sched();
ffffffc080205684:	2ad000ef          	jal	ffffffc080206130 <sched>
  panic("thread_end_locked: ended thread ran");
ffffffc080205688:	00003517          	auipc	a0,0x3
ffffffc08020568c:	3a050513          	add	a0,a0,928 # ffffffc080208a28 <__func__.0+0x3f0>
ffffffc080205690:	d20fe0ef          	jal	ffffffc080203bb0 <panic>

ffffffc080205694 <proc_init>:
void proc_init(void) {
ffffffc080205694:	7139                	add	sp,sp,-64
ffffffc080205696:	fc06                	sd	ra,56(sp)
ffffffc080205698:	f822                	sd	s0,48(sp)
ffffffc08020569a:	f426                	sd	s1,40(sp)
ffffffc08020569c:	f04a                	sd	s2,32(sp)
ffffffc08020569e:	ec4e                	sd	s3,24(sp)
ffffffc0802056a0:	0080                	add	s0,sp,64
ffffffc0802056a2:	e852                	sd	s4,16(sp)
ffffffc0802056a4:	e456                	sd	s5,8(sp)
ffffffc0802056a6:	e05a                	sd	s6,0(sp)
  spin_init(&pid_lock, "pid");
ffffffc0802056a8:	00003597          	auipc	a1,0x3
ffffffc0802056ac:	3a858593          	add	a1,a1,936 # ffffffc080208a50 <__func__.0+0x418>
ffffffc0802056b0:	002b0517          	auipc	a0,0x2b0
ffffffc0802056b4:	d9050513          	add	a0,a0,-624 # ffffffc0804b5440 <pid_lock>
ffffffc0802056b8:	010010ef          	jal	ffffffc0802066c8 <spin_init>
  spin_init(&proc_wait_lock, "wait");
ffffffc0802056bc:	00003597          	auipc	a1,0x3
ffffffc0802056c0:	39c58593          	add	a1,a1,924 # ffffffc080208a58 <__func__.0+0x420>
ffffffc0802056c4:	002b0517          	auipc	a0,0x2b0
ffffffc0802056c8:	d9450513          	add	a0,a0,-620 # ffffffc0804b5458 <proc_wait_lock>
ffffffc0802056cc:	7fd000ef          	jal	ffffffc0802066c8 <spin_init>
  for (int i = 0; i < NPROC; i++)
ffffffc0802056d0:	004b0497          	auipc	s1,0x4b0
ffffffc0802056d4:	da048493          	add	s1,s1,-608 # ffffffc0806b5470 <procs>
ffffffc0802056d8:	004b3997          	auipc	s3,0x4b3
ffffffc0802056dc:	59898993          	add	s3,s3,1432 # ffffffc0806b8c70 <threads>
    spin_init(&procs[i].lock, "proc");
ffffffc0802056e0:	00003917          	auipc	s2,0x3
ffffffc0802056e4:	38090913          	add	s2,s2,896 # ffffffc080208a60 <__func__.0+0x428>
ffffffc0802056e8:	8526                	mv	a0,s1
ffffffc0802056ea:	85ca                	mv	a1,s2
  for (int i = 0; i < NPROC; i++)
ffffffc0802056ec:	0e048493          	add	s1,s1,224
    spin_init(&procs[i].lock, "proc");
ffffffc0802056f0:	7d9000ef          	jal	ffffffc0802066c8 <spin_init>
  for (int i = 0; i < NPROC; i++)
ffffffc0802056f4:	ff349ae3          	bne	s1,s3,ffffffc0802056e8 <proc_init+0x54>
    threads[i].tf = (struct trapframe *)(kstacks[i] + KSTACK_SIZE - sizeof(struct trapframe));
ffffffc0802056f8:	6991                	lui	s3,0x4
ffffffc0802056fa:	004b3497          	auipc	s1,0x4b3
ffffffc0802056fe:	57648493          	add	s1,s1,1398 # ffffffc0806b8c70 <threads>
ffffffc080205702:	002b0917          	auipc	s2,0x2b0
ffffffc080205706:	d6e90913          	add	s2,s2,-658 # ffffffc0804b5470 <kstacks>
ffffffc08020570a:	004b9b17          	auipc	s6,0x4b9
ffffffc08020570e:	566b0b13          	add	s6,s6,1382 # ffffffc0806bec70 <kernel_bss_end>
    spin_init(&threads[i].lock, "thread");
ffffffc080205712:	00003a97          	auipc	s5,0x3
ffffffc080205716:	356a8a93          	add	s5,s5,854 # ffffffc080208a68 <__func__.0+0x430>
    threads[i].tf = (struct trapframe *)(kstacks[i] + KSTACK_SIZE - sizeof(struct trapframe));
ffffffc08020571a:	ee098a13          	add	s4,s3,-288 # 3ee0 <KERNEL_PA-0x801fc120>
    spin_init(&threads[i].lock, "thread");
ffffffc08020571e:	8526                	mv	a0,s1
ffffffc080205720:	85d6                	mv	a1,s5
ffffffc080205722:	7a7000ef          	jal	ffffffc0802066c8 <spin_init>
    threads[i].tf = (struct trapframe *)(kstacks[i] + KSTACK_SIZE - sizeof(struct trapframe));
ffffffc080205726:	014907b3          	add	a5,s2,s4
    threads[i].kstack = kstacks[i];
ffffffc08020572a:	0324bc23          	sd	s2,56(s1)
    threads[i].tf = (struct trapframe *)(kstacks[i] + KSTACK_SIZE - sizeof(struct trapframe));
ffffffc08020572e:	e0bc                	sd	a5,64(s1)
  for (int i = 0; i < NTHREAD; i++) {
ffffffc080205730:	0c048493          	add	s1,s1,192
ffffffc080205734:	994e                	add	s2,s2,s3
ffffffc080205736:	ff6494e3          	bne	s1,s6,ffffffc08020571e <proc_init+0x8a>
}
ffffffc08020573a:	70e2                	ld	ra,56(sp)
ffffffc08020573c:	7442                	ld	s0,48(sp)
ffffffc08020573e:	74a2                	ld	s1,40(sp)
ffffffc080205740:	7902                	ld	s2,32(sp)
ffffffc080205742:	69e2                	ld	s3,24(sp)
ffffffc080205744:	6a42                	ld	s4,16(sp)
ffffffc080205746:	6aa2                	ld	s5,8(sp)
ffffffc080205748:	6b02                	ld	s6,0(sp)
ffffffc08020574a:	6121                	add	sp,sp,64
ffffffc08020574c:	8082                	ret

ffffffc08020574e <thread_alloc>:
struct thread *thread_alloc(struct proc *p, void (*entry)(void)) {
ffffffc08020574e:	7139                	add	sp,sp,-64
ffffffc080205750:	f822                	sd	s0,48(sp)
ffffffc080205752:	f426                	sd	s1,40(sp)
ffffffc080205754:	f04a                	sd	s2,32(sp)
ffffffc080205756:	ec4e                	sd	s3,24(sp)
ffffffc080205758:	e852                	sd	s4,16(sp)
ffffffc08020575a:	e456                	sd	s5,8(sp)
ffffffc08020575c:	fc06                	sd	ra,56(sp)
ffffffc08020575e:	0080                	add	s0,sp,64
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205760:	004b3997          	auipc	s3,0x4b3
ffffffc080205764:	51098993          	add	s3,s3,1296 # ffffffc0806b8c70 <threads>
struct thread *thread_alloc(struct proc *p, void (*entry)(void)) {
ffffffc080205768:	8aaa                	mv	s5,a0
ffffffc08020576a:	8a2e                	mv	s4,a1
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc08020576c:	84ce                	mv	s1,s3
ffffffc08020576e:	004b9917          	auipc	s2,0x4b9
ffffffc080205772:	50290913          	add	s2,s2,1282 # ffffffc0806bec70 <kernel_bss_end>
ffffffc080205776:	a039                	j	ffffffc080205784 <thread_alloc+0x36>
ffffffc080205778:	0c048493          	add	s1,s1,192
    spin_unlock(&t->lock);
ffffffc08020577c:	05c010ef          	jal	ffffffc0802067d8 <spin_unlock>
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205780:	07248763          	beq	s1,s2,ffffffc0802057ee <thread_alloc+0xa0>
    spin_lock(&t->lock);
ffffffc080205784:	8526                	mv	a0,s1
ffffffc080205786:	759000ef          	jal	ffffffc0802066de <spin_lock>
    if (t->state == T_UNUSED) {
ffffffc08020578a:	4c9c                	lw	a5,24(s1)
    spin_unlock(&t->lock);
ffffffc08020578c:	8526                	mv	a0,s1
    if (t->state == T_UNUSED) {
ffffffc08020578e:	f7ed                	bnez	a5,ffffffc080205778 <thread_alloc+0x2a>
      t->tid = t - threads;
ffffffc080205790:	413487b3          	sub	a5,s1,s3
ffffffc080205794:	00003717          	auipc	a4,0x3
ffffffc080205798:	88c73703          	ld	a4,-1908(a4) # ffffffc080208020 <kernel_text_end+0x20>
ffffffc08020579c:	8799                	sra	a5,a5,0x6
ffffffc08020579e:	02e787b3          	mul	a5,a5,a4
      t->state = T_EMBRYO;
ffffffc0802057a2:	4705                	li	a4,1
ffffffc0802057a4:	cc98                	sw	a4,24(s1)
      t->proc = p;
ffffffc0802057a6:	0354b423          	sd	s5,40(s1)
      t->chan = NULL;
ffffffc0802057aa:	0204b023          	sd	zero,32(s1)
      t->ended = false;
ffffffc0802057ae:	04048423          	sb	zero,72(s1)
      t->tid = t - threads;
ffffffc0802057b2:	d89c                	sw	a5,48(s1)
      spin_unlock(&t->lock);
ffffffc0802057b4:	024010ef          	jal	ffffffc0802067d8 <spin_unlock>
      *(uint64 *)t->kstack = KSTACK_CANARY;
ffffffc0802057b8:	7c9c                	ld	a5,56(s1)
ffffffc0802057ba:	00003717          	auipc	a4,0x3
ffffffc0802057be:	86e73703          	ld	a4,-1938(a4) # ffffffc080208028 <kernel_text_end+0x28>
      memset(&t->ctx, 0, sizeof(t->ctx));
ffffffc0802057c2:	07000613          	li	a2,112
      *(uint64 *)t->kstack = KSTACK_CANARY;
ffffffc0802057c6:	e398                	sd	a4,0(a5)
      memset(&t->ctx, 0, sizeof(t->ctx));
ffffffc0802057c8:	4581                	li	a1,0
ffffffc0802057ca:	05048513          	add	a0,s1,80
ffffffc0802057ce:	cb2fe0ef          	jal	ffffffc080203c80 <memset>
      t->ctx.sp = (uint64)t->tf;
ffffffc0802057d2:	60bc                	ld	a5,64(s1)
      t->ctx.ra = (uint64)entry;
ffffffc0802057d4:	0544b823          	sd	s4,80(s1)
      t->ctx.sp = (uint64)t->tf;
ffffffc0802057d8:	ecbc                	sd	a5,88(s1)
}
ffffffc0802057da:	70e2                	ld	ra,56(sp)
ffffffc0802057dc:	7442                	ld	s0,48(sp)
ffffffc0802057de:	7902                	ld	s2,32(sp)
ffffffc0802057e0:	69e2                	ld	s3,24(sp)
ffffffc0802057e2:	6a42                	ld	s4,16(sp)
ffffffc0802057e4:	6aa2                	ld	s5,8(sp)
ffffffc0802057e6:	8526                	mv	a0,s1
ffffffc0802057e8:	74a2                	ld	s1,40(sp)
ffffffc0802057ea:	6121                	add	sp,sp,64
ffffffc0802057ec:	8082                	ret
  return NULL;
ffffffc0802057ee:	4481                	li	s1,0
ffffffc0802057f0:	b7ed                	j	ffffffc0802057da <thread_alloc+0x8c>

ffffffc0802057f2 <proc_alloc>:
static struct proc *proc_alloc(void (*entry)(void), struct thread **tp) {
ffffffc0802057f2:	7179                	add	sp,sp,-48
ffffffc0802057f4:	f022                	sd	s0,32(sp)
ffffffc0802057f6:	ec26                	sd	s1,24(sp)
ffffffc0802057f8:	e84a                	sd	s2,16(sp)
ffffffc0802057fa:	e44e                	sd	s3,8(sp)
ffffffc0802057fc:	f406                	sd	ra,40(sp)
ffffffc0802057fe:	1800                	add	s0,sp,48
ffffffc080205800:	89aa                	mv	s3,a0
ffffffc080205802:	892e                	mv	s2,a1
  for (struct proc *p = procs; p < &procs[NPROC]; p++) {
ffffffc080205804:	004b0497          	auipc	s1,0x4b0
ffffffc080205808:	c6c48493          	add	s1,s1,-916 # ffffffc0806b5470 <procs>
    spin_lock(&p->lock);
ffffffc08020580c:	8526                	mv	a0,s1
ffffffc08020580e:	6d1000ef          	jal	ffffffc0802066de <spin_lock>
    if (p->state != P_UNUSED) {
ffffffc080205812:	4c9c                	lw	a5,24(s1)
ffffffc080205814:	e3bd                	bnez	a5,ffffffc08020587a <proc_alloc+0x88>
    p->state = P_USED;
ffffffc080205816:	4785                	li	a5,1
ffffffc080205818:	cc9c                	sw	a5,24(s1)
    p->nthreads = 1;
ffffffc08020581a:	d49c                	sw	a5,40(s1)
    spin_unlock(&p->lock);
ffffffc08020581c:	8526                	mv	a0,s1
    p->killed = false;
ffffffc08020581e:	02048023          	sb	zero,32(s1)
    p->exiting = false;
ffffffc080205822:	02048623          	sb	zero,44(s1)
    p->single = NULL;
ffffffc080205826:	0204b823          	sd	zero,48(s1)
    p->xstate = 0;
ffffffc08020582a:	0204a223          	sw	zero,36(s1)
    spin_unlock(&p->lock);
ffffffc08020582e:	7ab000ef          	jal	ffffffc0802067d8 <spin_unlock>
    *tp = thread_alloc(p, entry);
ffffffc080205832:	85ce                	mv	a1,s3
ffffffc080205834:	8526                	mv	a0,s1
ffffffc080205836:	f19ff0ef          	jal	ffffffc08020574e <thread_alloc>
ffffffc08020583a:	00a93023          	sd	a0,0(s2)
    if (!*tp) {
ffffffc08020583e:	c939                	beqz	a0,ffffffc080205894 <proc_alloc+0xa2>
    spin_lock(&pid_lock);
ffffffc080205840:	002b0517          	auipc	a0,0x2b0
ffffffc080205844:	c0050513          	add	a0,a0,-1024 # ffffffc0804b5440 <pid_lock>
ffffffc080205848:	697000ef          	jal	ffffffc0802066de <spin_lock>
    p->pid = next_pid++;
ffffffc08020584c:	00274797          	auipc	a5,0x274
ffffffc080205850:	7bc78793          	add	a5,a5,1980 # ffffffc08047a008 <next_pid>
ffffffc080205854:	4398                	lw	a4,0(a5)
    spin_unlock(&pid_lock);
ffffffc080205856:	002b0517          	auipc	a0,0x2b0
ffffffc08020585a:	bea50513          	add	a0,a0,-1046 # ffffffc0804b5440 <pid_lock>
    p->pid = next_pid++;
ffffffc08020585e:	0017069b          	addw	a3,a4,1
ffffffc080205862:	ccd8                	sw	a4,28(s1)
ffffffc080205864:	c394                	sw	a3,0(a5)
    spin_unlock(&pid_lock);
ffffffc080205866:	773000ef          	jal	ffffffc0802067d8 <spin_unlock>
}
ffffffc08020586a:	70a2                	ld	ra,40(sp)
ffffffc08020586c:	7402                	ld	s0,32(sp)
ffffffc08020586e:	6942                	ld	s2,16(sp)
ffffffc080205870:	69a2                	ld	s3,8(sp)
ffffffc080205872:	8526                	mv	a0,s1
ffffffc080205874:	64e2                	ld	s1,24(sp)
ffffffc080205876:	6145                	add	sp,sp,48
ffffffc080205878:	8082                	ret
      spin_unlock(&p->lock);
ffffffc08020587a:	8526                	mv	a0,s1
ffffffc08020587c:	75d000ef          	jal	ffffffc0802067d8 <spin_unlock>
  for (struct proc *p = procs; p < &procs[NPROC]; p++) {
ffffffc080205880:	0e048493          	add	s1,s1,224
ffffffc080205884:	004b3797          	auipc	a5,0x4b3
ffffffc080205888:	3ec78793          	add	a5,a5,1004 # ffffffc0806b8c70 <threads>
ffffffc08020588c:	f8f490e3          	bne	s1,a5,ffffffc08020580c <proc_alloc+0x1a>
      return NULL;
ffffffc080205890:	4481                	li	s1,0
ffffffc080205892:	bfe1                	j	ffffffc08020586a <proc_alloc+0x78>
      spin_lock(&p->lock);
ffffffc080205894:	8526                	mv	a0,s1
ffffffc080205896:	649000ef          	jal	ffffffc0802066de <spin_lock>
      spin_unlock(&p->lock);
ffffffc08020589a:	8526                	mv	a0,s1
      p->state = P_UNUSED;
ffffffc08020589c:	0004ac23          	sw	zero,24(s1)
      spin_unlock(&p->lock);
ffffffc0802058a0:	739000ef          	jal	ffffffc0802067d8 <spin_unlock>
      return NULL;
ffffffc0802058a4:	4481                	li	s1,0
ffffffc0802058a6:	b7d1                	j	ffffffc08020586a <proc_alloc+0x78>

ffffffc0802058a8 <thread_free>:
void thread_free(struct thread *t) {
ffffffc0802058a8:	1101                	add	sp,sp,-32
ffffffc0802058aa:	e822                	sd	s0,16(sp)
ffffffc0802058ac:	e426                	sd	s1,8(sp)
ffffffc0802058ae:	ec06                	sd	ra,24(sp)
ffffffc0802058b0:	1000                	add	s0,sp,32
ffffffc0802058b2:	84aa                	mv	s1,a0
  spin_lock(&t->lock);
ffffffc0802058b4:	62b000ef          	jal	ffffffc0802066de <spin_lock>
}
ffffffc0802058b8:	6442                	ld	s0,16(sp)
ffffffc0802058ba:	60e2                	ld	ra,24(sp)
  t->state = T_UNUSED;
ffffffc0802058bc:	0004ac23          	sw	zero,24(s1)
  t->proc = NULL;
ffffffc0802058c0:	0204b423          	sd	zero,40(s1)
  spin_unlock(&t->lock);
ffffffc0802058c4:	8526                	mv	a0,s1
}
ffffffc0802058c6:	64a2                	ld	s1,8(sp)
ffffffc0802058c8:	6105                	add	sp,sp,32
  spin_unlock(&t->lock);
ffffffc0802058ca:	70f0006f          	j	ffffffc0802067d8 <spin_unlock>

ffffffc0802058ce <proc_start_init>:
void proc_start_init(char **argv) {
ffffffc0802058ce:	7179                	add	sp,sp,-48
ffffffc0802058d0:	f022                	sd	s0,32(sp)
ffffffc0802058d2:	e84a                	sd	s2,16(sp)
ffffffc0802058d4:	1800                	add	s0,sp,48
ffffffc0802058d6:	f406                	sd	ra,40(sp)
ffffffc0802058d8:	ec26                	sd	s1,24(sp)
ffffffc0802058da:	892a                	mv	s2,a0
  struct proc *p = proc_alloc(init_first_entry, &t);
ffffffc0802058dc:	fd840593          	add	a1,s0,-40
ffffffc0802058e0:	00000517          	auipc	a0,0x0
ffffffc0802058e4:	d2e50513          	add	a0,a0,-722 # ffffffc08020560e <init_first_entry>
ffffffc0802058e8:	f0bff0ef          	jal	ffffffc0802057f2 <proc_alloc>
  if (!p || !(p->vm = vm_create()))
ffffffc0802058ec:	cd21                	beqz	a0,ffffffc080205944 <proc_start_init+0x76>
ffffffc0802058ee:	84aa                	mv	s1,a0
ffffffc0802058f0:	beeff0ef          	jal	ffffffc080204cde <vm_create>
ffffffc0802058f4:	e0a8                	sd	a0,64(s1)
ffffffc0802058f6:	c539                	beqz	a0,ffffffc080205944 <proc_start_init+0x76>
  init_argv = argv;
ffffffc0802058f8:	00274797          	auipc	a5,0x274
ffffffc0802058fc:	7b27b423          	sd	s2,1960(a5) # ffffffc08047a0a0 <init_argv>
  p->cwd = inode_dup(fs_root());
ffffffc080205900:	990fc0ef          	jal	ffffffc080201a90 <fs_root>
ffffffc080205904:	dc7fc0ef          	jal	ffffffc0802026ca <inode_dup>
ffffffc080205908:	e4e8                	sd	a0,200(s1)
  safestrcpy(p->name, "init", sizeof(p->name));
ffffffc08020590a:	4641                	li	a2,16
ffffffc08020590c:	00003597          	auipc	a1,0x3
ffffffc080205910:	fac58593          	add	a1,a1,-84 # ffffffc0802088b8 <__func__.0+0x280>
ffffffc080205914:	0d048513          	add	a0,s1,208
ffffffc080205918:	d0afe0ef          	jal	ffffffc080203e22 <safestrcpy>
  spin_lock(&t->lock);
ffffffc08020591c:	fd843903          	ld	s2,-40(s0)
  initproc = p;
ffffffc080205920:	00274797          	auipc	a5,0x274
ffffffc080205924:	7897b423          	sd	s1,1928(a5) # ffffffc08047a0a8 <initproc>
  spin_lock(&t->lock);
ffffffc080205928:	854a                	mv	a0,s2
ffffffc08020592a:	5b5000ef          	jal	ffffffc0802066de <spin_lock>
  t->state = T_RUNNABLE;
ffffffc08020592e:	478d                	li	a5,3
}
ffffffc080205930:	7402                	ld	s0,32(sp)
ffffffc080205932:	70a2                	ld	ra,40(sp)
ffffffc080205934:	64e2                	ld	s1,24(sp)
  t->state = T_RUNNABLE;
ffffffc080205936:	00f92c23          	sw	a5,24(s2)
  spin_unlock(&t->lock);
ffffffc08020593a:	854a                	mv	a0,s2
}
ffffffc08020593c:	6942                	ld	s2,16(sp)
ffffffc08020593e:	6145                	add	sp,sp,48
  spin_unlock(&t->lock);
ffffffc080205940:	6990006f          	j	ffffffc0802067d8 <spin_unlock>
    panic("proc_start_init: out of memory");
ffffffc080205944:	00003517          	auipc	a0,0x3
ffffffc080205948:	12c50513          	add	a0,a0,300 # ffffffc080208a70 <__func__.0+0x438>
ffffffc08020594c:	a64fe0ef          	jal	ffffffc080203bb0 <panic>

ffffffc080205950 <proc_fork>:
int proc_fork(void) {
ffffffc080205950:	715d                	add	sp,sp,-80
ffffffc080205952:	e486                	sd	ra,72(sp)
ffffffc080205954:	e0a2                	sd	s0,64(sp)
ffffffc080205956:	fc26                	sd	s1,56(sp)
ffffffc080205958:	0880                	add	s0,sp,80
ffffffc08020595a:	ec56                	sd	s5,24(sp)
ffffffc08020595c:	f84a                	sd	s2,48(sp)
ffffffc08020595e:	f44e                	sd	s3,40(sp)
ffffffc080205960:	f052                	sd	s4,32(sp)
ffffffc080205962:	e85a                	sd	s6,16(sp)
  struct proc *p = curproc(), *np;
ffffffc080205964:	6a8000ef          	jal	ffffffc08020600c <curproc>
ffffffc080205968:	8aaa                	mv	s5,a0
  struct thread *t = curthread(), *nt;
ffffffc08020596a:	680000ef          	jal	ffffffc080205fea <curthread>
ffffffc08020596e:	84aa                	mv	s1,a0
  if (!(np = proc_alloc(thread_first_entry, &nt)))
ffffffc080205970:	fb840593          	add	a1,s0,-72
ffffffc080205974:	00000517          	auipc	a0,0x0
ffffffc080205978:	c8650513          	add	a0,a0,-890 # ffffffc0802055fa <thread_first_entry>
ffffffc08020597c:	e77ff0ef          	jal	ffffffc0802057f2 <proc_alloc>
ffffffc080205980:	0e050f63          	beqz	a0,ffffffc080205a7e <proc_fork+0x12e>
  if (!(np->vm = vm_fork(p->vm, vm_fork_mode()))) {
ffffffc080205984:	040ab903          	ld	s2,64(s5)
ffffffc080205988:	8a2a                	mv	s4,a0
ffffffc08020598a:	b26ff0ef          	jal	ffffffc080204cb0 <vm_fork_mode>
ffffffc08020598e:	85aa                	mv	a1,a0
ffffffc080205990:	854a                	mv	a0,s2
ffffffc080205992:	f78ff0ef          	jal	ffffffc08020510a <vm_fork>
ffffffc080205996:	04aa3023          	sd	a0,64(s4)
    proc_release(np, nt);
ffffffc08020599a:	fb843b03          	ld	s6,-72(s0)
  if (!(np->vm = vm_fork(p->vm, vm_fork_mode()))) {
ffffffc08020599e:	cd55                	beqz	a0,ffffffc080205a5a <proc_fork+0x10a>
  *nt->tf = *t->tf;
ffffffc0802059a0:	040b3883          	ld	a7,64(s6)
ffffffc0802059a4:	60bc                	ld	a5,64(s1)
ffffffc0802059a6:	8746                	mv	a4,a7
ffffffc0802059a8:	12078813          	add	a6,a5,288
ffffffc0802059ac:	6388                	ld	a0,0(a5)
ffffffc0802059ae:	678c                	ld	a1,8(a5)
ffffffc0802059b0:	6b90                	ld	a2,16(a5)
ffffffc0802059b2:	6f94                	ld	a3,24(a5)
ffffffc0802059b4:	e308                	sd	a0,0(a4)
ffffffc0802059b6:	e70c                	sd	a1,8(a4)
ffffffc0802059b8:	eb10                	sd	a2,16(a4)
ffffffc0802059ba:	ef14                	sd	a3,24(a4)
ffffffc0802059bc:	02078793          	add	a5,a5,32
ffffffc0802059c0:	02070713          	add	a4,a4,32
ffffffc0802059c4:	ff0794e3          	bne	a5,a6,ffffffc0802059ac <proc_fork+0x5c>
  nt->tf->x[REG_A0] = 0;
ffffffc0802059c8:	0408b823          	sd	zero,80(a7)
  for (int fd = 0; fd < NOFILE; fd++)
ffffffc0802059cc:	048a8493          	add	s1,s5,72
ffffffc0802059d0:	048a0913          	add	s2,s4,72
ffffffc0802059d4:	0c8a8993          	add	s3,s5,200
    np->ofile[fd] = p->ofile[fd] ? file_dup(p->ofile[fd]) : NULL;
ffffffc0802059d8:	6088                	ld	a0,0(s1)
  for (int fd = 0; fd < NOFILE; fd++)
ffffffc0802059da:	04a1                	add	s1,s1,8
    np->ofile[fd] = p->ofile[fd] ? file_dup(p->ofile[fd]) : NULL;
ffffffc0802059dc:	c119                	beqz	a0,ffffffc0802059e2 <proc_fork+0x92>
ffffffc0802059de:	fbefc0ef          	jal	ffffffc08020219c <file_dup>
ffffffc0802059e2:	00a93023          	sd	a0,0(s2)
  for (int fd = 0; fd < NOFILE; fd++)
ffffffc0802059e6:	0921                	add	s2,s2,8
ffffffc0802059e8:	ff3498e3          	bne	s1,s3,ffffffc0802059d8 <proc_fork+0x88>
  np->cwd = inode_dup(p->cwd);
ffffffc0802059ec:	0c8ab503          	ld	a0,200(s5)
ffffffc0802059f0:	cdbfc0ef          	jal	ffffffc0802026ca <inode_dup>
  safestrcpy(np->name, p->name, sizeof(np->name));
ffffffc0802059f4:	4641                	li	a2,16
ffffffc0802059f6:	0d0a8593          	add	a1,s5,208
  np->cwd = inode_dup(p->cwd);
ffffffc0802059fa:	0caa3423          	sd	a0,200(s4)
  safestrcpy(np->name, p->name, sizeof(np->name));
ffffffc0802059fe:	0d0a0513          	add	a0,s4,208
ffffffc080205a02:	c20fe0ef          	jal	ffffffc080203e22 <safestrcpy>
  spin_lock(&proc_wait_lock);
ffffffc080205a06:	002b0517          	auipc	a0,0x2b0
ffffffc080205a0a:	a5250513          	add	a0,a0,-1454 # ffffffc0804b5458 <proc_wait_lock>
  int pid = np->pid;
ffffffc080205a0e:	01ca2483          	lw	s1,28(s4)
  spin_lock(&proc_wait_lock);
ffffffc080205a12:	4cd000ef          	jal	ffffffc0802066de <spin_lock>
  spin_unlock(&proc_wait_lock);
ffffffc080205a16:	002b0517          	auipc	a0,0x2b0
ffffffc080205a1a:	a4250513          	add	a0,a0,-1470 # ffffffc0804b5458 <proc_wait_lock>
  np->parent = p;
ffffffc080205a1e:	035a3c23          	sd	s5,56(s4)
  spin_unlock(&proc_wait_lock);
ffffffc080205a22:	5b7000ef          	jal	ffffffc0802067d8 <spin_unlock>
  spin_lock(&nt->lock);
ffffffc080205a26:	855a                	mv	a0,s6
ffffffc080205a28:	4b7000ef          	jal	ffffffc0802066de <spin_lock>
  nt->state = T_RUNNABLE;
ffffffc080205a2c:	478d                	li	a5,3
ffffffc080205a2e:	00fb2c23          	sw	a5,24(s6)
  spin_unlock(&nt->lock);
ffffffc080205a32:	855a                	mv	a0,s6
ffffffc080205a34:	5a5000ef          	jal	ffffffc0802067d8 <spin_unlock>
ffffffc080205a38:	8792                	mv	a5,tp
  __atomic_fetch_add(&mycpu()->stats[idx], 1, __ATOMIC_RELAXED);
ffffffc080205a3a:	4705                	li	a4,1
ffffffc080205a3c:	2c078793          	add	a5,a5,704
ffffffc080205a40:	00e7b02f          	amoadd.d	zero,a4,(a5)
}
ffffffc080205a44:	60a6                	ld	ra,72(sp)
ffffffc080205a46:	6406                	ld	s0,64(sp)
ffffffc080205a48:	7942                	ld	s2,48(sp)
ffffffc080205a4a:	79a2                	ld	s3,40(sp)
ffffffc080205a4c:	7a02                	ld	s4,32(sp)
ffffffc080205a4e:	6ae2                	ld	s5,24(sp)
ffffffc080205a50:	6b42                	ld	s6,16(sp)
ffffffc080205a52:	8526                	mv	a0,s1
ffffffc080205a54:	74e2                	ld	s1,56(sp)
ffffffc080205a56:	6161                	add	sp,sp,80
ffffffc080205a58:	8082                	ret
  spin_lock(&t->lock);
ffffffc080205a5a:	855a                	mv	a0,s6
ffffffc080205a5c:	483000ef          	jal	ffffffc0802066de <spin_lock>
  spin_unlock(&t->lock);
ffffffc080205a60:	855a                	mv	a0,s6
  t->state = T_UNUSED;
ffffffc080205a62:	000b2c23          	sw	zero,24(s6)
  t->proc = NULL;
ffffffc080205a66:	020b3423          	sd	zero,40(s6)
  spin_unlock(&t->lock);
ffffffc080205a6a:	56f000ef          	jal	ffffffc0802067d8 <spin_unlock>
  spin_lock(&p->lock);
ffffffc080205a6e:	8552                	mv	a0,s4
ffffffc080205a70:	46f000ef          	jal	ffffffc0802066de <spin_lock>
  spin_unlock(&p->lock);
ffffffc080205a74:	8552                	mv	a0,s4
  p->state = P_UNUSED;
ffffffc080205a76:	000a3c23          	sd	zero,24(s4)
  spin_unlock(&p->lock);
ffffffc080205a7a:	55f000ef          	jal	ffffffc0802067d8 <spin_unlock>
    return -1;
ffffffc080205a7e:	54fd                	li	s1,-1
ffffffc080205a80:	b7d1                	j	ffffffc080205a44 <proc_fork+0xf4>

ffffffc080205a82 <proc_wait>:
    return pid;
  }
  return 0;
}

int proc_wait(uint64 status_uva) {
ffffffc080205a82:	711d                	add	sp,sp,-96
ffffffc080205a84:	ec86                	sd	ra,88(sp)
ffffffc080205a86:	e8a2                	sd	s0,80(sp)
ffffffc080205a88:	fc4e                	sd	s3,56(sp)
ffffffc080205a8a:	f852                	sd	s4,48(sp)
ffffffc080205a8c:	f456                	sd	s5,40(sp)
ffffffc080205a8e:	f05a                	sd	s6,32(sp)
ffffffc080205a90:	ec5e                	sd	s7,24(sp)
ffffffc080205a92:	e862                	sd	s8,16(sp)
ffffffc080205a94:	1080                	add	s0,sp,96
ffffffc080205a96:	e4a6                	sd	s1,72(sp)
ffffffc080205a98:	e0ca                	sd	s2,64(sp)
ffffffc080205a9a:	e466                	sd	s9,8(sp)
ffffffc080205a9c:	8baa                	mv	s7,a0
  struct proc *p = curproc();
ffffffc080205a9e:	56e000ef          	jal	ffffffc08020600c <curproc>
ffffffc080205aa2:	8aaa                	mv	s5,a0
  spin_lock(&proc_wait_lock);
ffffffc080205aa4:	002b0517          	auipc	a0,0x2b0
ffffffc080205aa8:	9b450513          	add	a0,a0,-1612 # ffffffc0804b5458 <proc_wait_lock>
    if (c->state != P_ZOMBIE) {
ffffffc080205aac:	4c09                	li	s8,2
  spin_lock(&proc_wait_lock);
ffffffc080205aae:	431000ef          	jal	ffffffc0802066de <spin_lock>
  for (struct proc *c = procs; c < &procs[NPROC]; c++) {
ffffffc080205ab2:	004b3b17          	auipc	s6,0x4b3
ffffffc080205ab6:	1beb0b13          	add	s6,s6,446 # ffffffc0806b8c70 <threads>
    KASSERT(t->state == T_EXITED);
ffffffc080205aba:	4a15                	li	s4,5
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205abc:	004b9997          	auipc	s3,0x4b9
ffffffc080205ac0:	1b498993          	add	s3,s3,436 # ffffffc0806bec70 <kernel_bss_end>
  for (;;) {
    bool have_kids = false, fault = false;
ffffffc080205ac4:	4701                	li	a4,0
  for (struct proc *c = procs; c < &procs[NPROC]; c++) {
ffffffc080205ac6:	004b0917          	auipc	s2,0x4b0
ffffffc080205aca:	9aa90913          	add	s2,s2,-1622 # ffffffc0806b5470 <procs>
    if (c->parent != p)
ffffffc080205ace:	03893783          	ld	a5,56(s2)
ffffffc080205ad2:	02fa8963          	beq	s5,a5,ffffffc080205b04 <proc_wait+0x82>
  for (struct proc *c = procs; c < &procs[NPROC]; c++) {
ffffffc080205ad6:	0e090913          	add	s2,s2,224
ffffffc080205ada:	ff691ae3          	bne	s2,s6,ffffffc080205ace <proc_wait+0x4c>
    int pid = reap_one(p, status_uva, &have_kids, &fault);
    if (pid || fault || !have_kids || proc_killed(p)) {
ffffffc080205ade:	0e070063          	beqz	a4,ffffffc080205bbe <proc_wait+0x13c>
  p->killed = true;
  spin_unlock(&p->lock);
}

bool proc_killed(struct proc *p) {
  spin_lock(&p->lock);
ffffffc080205ae2:	8556                	mv	a0,s5
ffffffc080205ae4:	3fb000ef          	jal	ffffffc0802066de <spin_lock>
  bool k = p->killed;
ffffffc080205ae8:	020ac483          	lbu	s1,32(s5)
  spin_unlock(&p->lock);
ffffffc080205aec:	8556                	mv	a0,s5
ffffffc080205aee:	4eb000ef          	jal	ffffffc0802067d8 <spin_unlock>
    if (pid || fault || !have_kids || proc_killed(p)) {
ffffffc080205af2:	e4f1                	bnez	s1,ffffffc080205bbe <proc_wait+0x13c>
    sleep_on(p, &proc_wait_lock);
ffffffc080205af4:	002b0597          	auipc	a1,0x2b0
ffffffc080205af8:	96458593          	add	a1,a1,-1692 # ffffffc0804b5458 <proc_wait_lock>
ffffffc080205afc:	8556                	mv	a0,s5
ffffffc080205afe:	710000ef          	jal	ffffffc08020620e <sleep_on>
  for (;;) {
ffffffc080205b02:	b7c9                	j	ffffffc080205ac4 <proc_wait+0x42>
    spin_lock(&c->lock);
ffffffc080205b04:	854a                	mv	a0,s2
ffffffc080205b06:	3d9000ef          	jal	ffffffc0802066de <spin_lock>
    if (c->state != P_ZOMBIE) {
ffffffc080205b0a:	01892783          	lw	a5,24(s2)
ffffffc080205b0e:	0b879363          	bne	a5,s8,ffffffc080205bb4 <proc_wait+0x132>
    int pid = c->pid;
ffffffc080205b12:	01c92c83          	lw	s9,28(s2)
    if (status_uva && copyout(status_uva, &c->xstate, sizeof(int)) < 0) {
ffffffc080205b16:	000b8a63          	beqz	s7,ffffffc080205b2a <proc_wait+0xa8>
ffffffc080205b1a:	4611                	li	a2,4
ffffffc080205b1c:	02490593          	add	a1,s2,36
ffffffc080205b20:	855e                	mv	a0,s7
ffffffc080205b22:	d6ffe0ef          	jal	ffffffc080204890 <copyout>
ffffffc080205b26:	06054c63          	bltz	a0,ffffffc080205b9e <proc_wait+0x11c>
  for (struct proc *c = procs; c < &procs[NPROC]; c++) {
ffffffc080205b2a:	004b3497          	auipc	s1,0x4b3
ffffffc080205b2e:	14648493          	add	s1,s1,326 # ffffffc0806b8c70 <threads>
ffffffc080205b32:	a029                	j	ffffffc080205b3c <proc_wait+0xba>
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205b34:	0c048493          	add	s1,s1,192
ffffffc080205b38:	03348663          	beq	s1,s3,ffffffc080205b64 <proc_wait+0xe2>
    if (t->proc != zp)
ffffffc080205b3c:	749c                	ld	a5,40(s1)
ffffffc080205b3e:	fef91be3          	bne	s2,a5,ffffffc080205b34 <proc_wait+0xb2>
    spin_lock(&t->lock);
ffffffc080205b42:	8526                	mv	a0,s1
ffffffc080205b44:	39b000ef          	jal	ffffffc0802066de <spin_lock>
    KASSERT(t->state == T_EXITED);
ffffffc080205b48:	4c9c                	lw	a5,24(s1)
ffffffc080205b4a:	09479263          	bne	a5,s4,ffffffc080205bce <proc_wait+0x14c>
    spin_unlock(&t->lock);
ffffffc080205b4e:	8526                	mv	a0,s1
    t->state = T_UNUSED;
ffffffc080205b50:	0004ac23          	sw	zero,24(s1)
    t->proc = NULL;
ffffffc080205b54:	0204b423          	sd	zero,40(s1)
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205b58:	0c048493          	add	s1,s1,192
    spin_unlock(&t->lock);
ffffffc080205b5c:	47d000ef          	jal	ffffffc0802067d8 <spin_unlock>
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205b60:	fd349ee3          	bne	s1,s3,ffffffc080205b3c <proc_wait+0xba>
    spin_unlock(&c->lock);
ffffffc080205b64:	854a                	mv	a0,s2
    c->parent = NULL;
ffffffc080205b66:	02093c23          	sd	zero,56(s2)
    c->state = P_UNUSED;
ffffffc080205b6a:	00093c23          	sd	zero,24(s2)
    spin_unlock(&c->lock);
ffffffc080205b6e:	46b000ef          	jal	ffffffc0802067d8 <spin_unlock>
    if (pid || fault || !have_kids || proc_killed(p)) {
ffffffc080205b72:	f60c88e3          	beqz	s9,ffffffc080205ae2 <proc_wait+0x60>
      spin_unlock(&proc_wait_lock);
ffffffc080205b76:	002b0517          	auipc	a0,0x2b0
ffffffc080205b7a:	8e250513          	add	a0,a0,-1822 # ffffffc0804b5458 <proc_wait_lock>
ffffffc080205b7e:	45b000ef          	jal	ffffffc0802067d8 <spin_unlock>
}
ffffffc080205b82:	60e6                	ld	ra,88(sp)
ffffffc080205b84:	6446                	ld	s0,80(sp)
ffffffc080205b86:	64a6                	ld	s1,72(sp)
ffffffc080205b88:	6906                	ld	s2,64(sp)
ffffffc080205b8a:	79e2                	ld	s3,56(sp)
ffffffc080205b8c:	7a42                	ld	s4,48(sp)
ffffffc080205b8e:	7aa2                	ld	s5,40(sp)
ffffffc080205b90:	7b02                	ld	s6,32(sp)
ffffffc080205b92:	6be2                	ld	s7,24(sp)
ffffffc080205b94:	6c42                	ld	s8,16(sp)
ffffffc080205b96:	8566                	mv	a0,s9
ffffffc080205b98:	6ca2                	ld	s9,8(sp)
ffffffc080205b9a:	6125                	add	sp,sp,96
ffffffc080205b9c:	8082                	ret
      spin_unlock(&c->lock);
ffffffc080205b9e:	854a                	mv	a0,s2
ffffffc080205ba0:	439000ef          	jal	ffffffc0802067d8 <spin_unlock>
      spin_unlock(&proc_wait_lock);
ffffffc080205ba4:	002b0517          	auipc	a0,0x2b0
ffffffc080205ba8:	8b450513          	add	a0,a0,-1868 # ffffffc0804b5458 <proc_wait_lock>
ffffffc080205bac:	42d000ef          	jal	ffffffc0802067d8 <spin_unlock>
      return pid ? pid : -1;
ffffffc080205bb0:	5cfd                	li	s9,-1
ffffffc080205bb2:	bfc1                	j	ffffffc080205b82 <proc_wait+0x100>
      spin_unlock(&c->lock);
ffffffc080205bb4:	854a                	mv	a0,s2
ffffffc080205bb6:	423000ef          	jal	ffffffc0802067d8 <spin_unlock>
    *have_kids = true;
ffffffc080205bba:	4705                	li	a4,1
      continue;
ffffffc080205bbc:	bf29                	j	ffffffc080205ad6 <proc_wait+0x54>
      spin_unlock(&proc_wait_lock);
ffffffc080205bbe:	002b0517          	auipc	a0,0x2b0
ffffffc080205bc2:	89a50513          	add	a0,a0,-1894 # ffffffc0804b5458 <proc_wait_lock>
ffffffc080205bc6:	413000ef          	jal	ffffffc0802067d8 <spin_unlock>
      return pid ? pid : -1;
ffffffc080205bca:	5cfd                	li	s9,-1
ffffffc080205bcc:	bf5d                	j	ffffffc080205b82 <proc_wait+0x100>
    KASSERT(t->state == T_EXITED);
ffffffc080205bce:	00003717          	auipc	a4,0x3
ffffffc080205bd2:	ec270713          	add	a4,a4,-318 # ffffffc080208a90 <__func__.0+0x458>
ffffffc080205bd6:	00002697          	auipc	a3,0x2
ffffffc080205bda:	45a68693          	add	a3,a3,1114 # ffffffc080208030 <__func__.0>
ffffffc080205bde:	10b00613          	li	a2,267
ffffffc080205be2:	00003597          	auipc	a1,0x3
ffffffc080205be6:	ec658593          	add	a1,a1,-314 # ffffffc080208aa8 <__func__.0+0x470>
ffffffc080205bea:	00002517          	auipc	a0,0x2
ffffffc080205bee:	48650513          	add	a0,a0,1158 # ffffffc080208070 <__func__.0+0x40>
ffffffc080205bf2:	fbffd0ef          	jal	ffffffc080203bb0 <panic>

ffffffc080205bf6 <wake_threads_locked>:
void wake_threads_locked(struct proc *p) {
ffffffc080205bf6:	7139                	add	sp,sp,-64
ffffffc080205bf8:	f822                	sd	s0,48(sp)
ffffffc080205bfa:	f426                	sd	s1,40(sp)
ffffffc080205bfc:	f04a                	sd	s2,32(sp)
ffffffc080205bfe:	ec4e                	sd	s3,24(sp)
ffffffc080205c00:	e852                	sd	s4,16(sp)
ffffffc080205c02:	e456                	sd	s5,8(sp)
ffffffc080205c04:	fc06                	sd	ra,56(sp)
ffffffc080205c06:	0080                	add	s0,sp,64
ffffffc080205c08:	892a                	mv	s2,a0
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205c0a:	004b3497          	auipc	s1,0x4b3
ffffffc080205c0e:	06648493          	add	s1,s1,102 # ffffffc0806b8c70 <threads>
ffffffc080205c12:	004b9997          	auipc	s3,0x4b9
ffffffc080205c16:	05e98993          	add	s3,s3,94 # ffffffc0806bec70 <kernel_bss_end>
    if (t->state == T_SLEEPING)
ffffffc080205c1a:	4a09                	li	s4,2
      t->state = T_RUNNABLE;
ffffffc080205c1c:	4a8d                	li	s5,3
ffffffc080205c1e:	a029                	j	ffffffc080205c28 <wake_threads_locked+0x32>
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205c20:	0c048493          	add	s1,s1,192
ffffffc080205c24:	03348463          	beq	s1,s3,ffffffc080205c4c <wake_threads_locked+0x56>
    if (t->proc != p)
ffffffc080205c28:	749c                	ld	a5,40(s1)
ffffffc080205c2a:	ff279be3          	bne	a5,s2,ffffffc080205c20 <wake_threads_locked+0x2a>
    spin_lock(&t->lock);
ffffffc080205c2e:	8526                	mv	a0,s1
ffffffc080205c30:	2af000ef          	jal	ffffffc0802066de <spin_lock>
    if (t->state == T_SLEEPING)
ffffffc080205c34:	4c9c                	lw	a5,24(s1)
    spin_unlock(&t->lock);
ffffffc080205c36:	8526                	mv	a0,s1
    if (t->state == T_SLEEPING)
ffffffc080205c38:	01479463          	bne	a5,s4,ffffffc080205c40 <wake_threads_locked+0x4a>
      t->state = T_RUNNABLE;
ffffffc080205c3c:	0154ac23          	sw	s5,24(s1)
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205c40:	0c048493          	add	s1,s1,192
    spin_unlock(&t->lock);
ffffffc080205c44:	395000ef          	jal	ffffffc0802067d8 <spin_unlock>
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205c48:	ff3490e3          	bne	s1,s3,ffffffc080205c28 <wake_threads_locked+0x32>
}
ffffffc080205c4c:	70e2                	ld	ra,56(sp)
ffffffc080205c4e:	7442                	ld	s0,48(sp)
ffffffc080205c50:	74a2                	ld	s1,40(sp)
ffffffc080205c52:	7902                	ld	s2,32(sp)
ffffffc080205c54:	69e2                	ld	s3,24(sp)
ffffffc080205c56:	6a42                	ld	s4,16(sp)
ffffffc080205c58:	6aa2                	ld	s5,8(sp)
ffffffc080205c5a:	6121                	add	sp,sp,64
ffffffc080205c5c:	8082                	ret

ffffffc080205c5e <proc_exit>:
void proc_exit(int status) {
ffffffc080205c5e:	7139                	add	sp,sp,-64
ffffffc080205c60:	fc06                	sd	ra,56(sp)
ffffffc080205c62:	f822                	sd	s0,48(sp)
ffffffc080205c64:	f04a                	sd	s2,32(sp)
ffffffc080205c66:	0080                	add	s0,sp,64
ffffffc080205c68:	e852                	sd	s4,16(sp)
ffffffc080205c6a:	e456                	sd	s5,8(sp)
ffffffc080205c6c:	f426                	sd	s1,40(sp)
ffffffc080205c6e:	ec4e                	sd	s3,24(sp)
ffffffc080205c70:	e05a                	sd	s6,0(sp)
ffffffc080205c72:	8aaa                	mv	s5,a0
  struct proc *p = curproc();
ffffffc080205c74:	398000ef          	jal	ffffffc08020600c <curproc>
ffffffc080205c78:	892a                	mv	s2,a0
  struct thread *t = curthread();
ffffffc080205c7a:	370000ef          	jal	ffffffc080205fea <curthread>
ffffffc080205c7e:	8a2a                	mv	s4,a0
  spin_lock(&p->lock);
ffffffc080205c80:	854a                	mv	a0,s2
ffffffc080205c82:	25d000ef          	jal	ffffffc0802066de <spin_lock>
  if (p->nthreads > 1) {
ffffffc080205c86:	02892703          	lw	a4,40(s2)
ffffffc080205c8a:	4785                	li	a5,1
ffffffc080205c8c:	02e7de63          	bge	a5,a4,ffffffc080205cc8 <proc_exit+0x6a>
    if (!p->single || p->single == t) { /* not just yielding to an exec */
ffffffc080205c90:	03093783          	ld	a5,48(s2)
ffffffc080205c94:	cb81                	beqz	a5,ffffffc080205ca4 <proc_exit+0x46>
ffffffc080205c96:	01478763          	beq	a5,s4,ffffffc080205ca4 <proc_exit+0x46>
    thread_end_locked(p, t, status);
ffffffc080205c9a:	8656                	mv	a2,s5
ffffffc080205c9c:	85d2                	mv	a1,s4
ffffffc080205c9e:	854a                	mv	a0,s2
ffffffc080205ca0:	9a7ff0ef          	jal	ffffffc080205646 <thread_end_locked>
      if (!p->exiting && !p->killed) {
ffffffc080205ca4:	02c94783          	lbu	a5,44(s2)
ffffffc080205ca8:	eb89                	bnez	a5,ffffffc080205cba <proc_exit+0x5c>
ffffffc080205caa:	02094783          	lbu	a5,32(s2)
ffffffc080205cae:	e791                	bnez	a5,ffffffc080205cba <proc_exit+0x5c>
        p->exiting = true;
ffffffc080205cb0:	4785                	li	a5,1
ffffffc080205cb2:	02f90623          	sb	a5,44(s2)
        p->xstate = status;
ffffffc080205cb6:	03592223          	sw	s5,36(s2)
      p->killed = true;
ffffffc080205cba:	4785                	li	a5,1
ffffffc080205cbc:	02f90023          	sb	a5,32(s2)
      wake_threads_locked(p);
ffffffc080205cc0:	854a                	mv	a0,s2
ffffffc080205cc2:	f35ff0ef          	jal	ffffffc080205bf6 <wake_threads_locked>
ffffffc080205cc6:	bfd1                	j	ffffffc080205c9a <proc_exit+0x3c>
  if (p->exiting)
ffffffc080205cc8:	02c94783          	lbu	a5,44(s2)
ffffffc080205ccc:	c399                	beqz	a5,ffffffc080205cd2 <proc_exit+0x74>
    status = p->xstate;
ffffffc080205cce:	02492a83          	lw	s5,36(s2)
  spin_unlock(&p->lock);
ffffffc080205cd2:	854a                	mv	a0,s2
  if (p == initproc)
ffffffc080205cd4:	00274b17          	auipc	s6,0x274
ffffffc080205cd8:	3d4b0b13          	add	s6,s6,980 # ffffffc08047a0a8 <initproc>
  spin_unlock(&p->lock);
ffffffc080205cdc:	2fd000ef          	jal	ffffffc0802067d8 <spin_unlock>
  if (p == initproc)
ffffffc080205ce0:	000b3783          	ld	a5,0(s6)
ffffffc080205ce4:	0ef90163          	beq	s2,a5,ffffffc080205dc6 <proc_exit+0x168>
ffffffc080205ce8:	04890493          	add	s1,s2,72
ffffffc080205cec:	0c890993          	add	s3,s2,200
    if (p->ofile[fd]) {
ffffffc080205cf0:	6088                	ld	a0,0(s1)
ffffffc080205cf2:	c509                	beqz	a0,ffffffc080205cfc <proc_exit+0x9e>
      file_close(p->ofile[fd]);
ffffffc080205cf4:	d0afc0ef          	jal	ffffffc0802021fe <file_close>
      p->ofile[fd] = NULL;
ffffffc080205cf8:	0004b023          	sd	zero,0(s1)
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080205cfc:	04a1                	add	s1,s1,8
ffffffc080205cfe:	fe9999e3          	bne	s3,s1,ffffffc080205cf0 <proc_exit+0x92>
  inode_put(p->cwd);
ffffffc080205d02:	0c893503          	ld	a0,200(s2)
ffffffc080205d06:	a05fc0ef          	jal	ffffffc08020270a <inode_put>
  struct vmspace *vs = p->vm;
ffffffc080205d0a:	04093483          	ld	s1,64(s2)
  p->cwd = NULL;
ffffffc080205d0e:	0c093423          	sd	zero,200(s2)
  push_off();
ffffffc080205d12:	257000ef          	jal	ffffffc080206768 <push_off>
  vm_deactivate(vs);
ffffffc080205d16:	8526                	mv	a0,s1
ffffffc080205d18:	d32ff0ef          	jal	ffffffc08020524a <vm_deactivate>
ffffffc080205d1c:	8792                	mv	a5,tp
  mycpu()->vs = NULL;
ffffffc080205d1e:	0807b823          	sd	zero,144(a5)
  pop_off();
ffffffc080205d22:	26d000ef          	jal	ffffffc08020678e <pop_off>
  vm_destroy(vs);
ffffffc080205d26:	8526                	mv	a0,s1
  p->vm = NULL;
ffffffc080205d28:	04093023          	sd	zero,64(s2)
  vm_destroy(vs);
ffffffc080205d2c:	ffdfe0ef          	jal	ffffffc080204d28 <vm_destroy>
  spin_lock(&proc_wait_lock);
ffffffc080205d30:	002af517          	auipc	a0,0x2af
ffffffc080205d34:	72850513          	add	a0,a0,1832 # ffffffc0804b5458 <proc_wait_lock>
ffffffc080205d38:	1a7000ef          	jal	ffffffc0802066de <spin_lock>
  for (struct proc *c = procs; c < &procs[NPROC]; c++) {
ffffffc080205d3c:	004af497          	auipc	s1,0x4af
ffffffc080205d40:	73448493          	add	s1,s1,1844 # ffffffc0806b5470 <procs>
ffffffc080205d44:	004b3997          	auipc	s3,0x4b3
ffffffc080205d48:	f2c98993          	add	s3,s3,-212 # ffffffc0806b8c70 <threads>
ffffffc080205d4c:	a029                	j	ffffffc080205d56 <proc_exit+0xf8>
ffffffc080205d4e:	0e048493          	add	s1,s1,224
ffffffc080205d52:	01348f63          	beq	s1,s3,ffffffc080205d70 <proc_exit+0x112>
    if (c->parent == p) {
ffffffc080205d56:	7c9c                	ld	a5,56(s1)
ffffffc080205d58:	fef91be3          	bne	s2,a5,ffffffc080205d4e <proc_exit+0xf0>
      c->parent = initproc;
ffffffc080205d5c:	000b3503          	ld	a0,0(s6)
  for (struct proc *c = procs; c < &procs[NPROC]; c++) {
ffffffc080205d60:	0e048493          	add	s1,s1,224
      c->parent = initproc;
ffffffc080205d64:	f4a4bc23          	sd	a0,-168(s1)
      wakeup(initproc);
ffffffc080205d68:	4f6000ef          	jal	ffffffc08020625e <wakeup>
  for (struct proc *c = procs; c < &procs[NPROC]; c++) {
ffffffc080205d6c:	ff3495e3          	bne	s1,s3,ffffffc080205d56 <proc_exit+0xf8>
  wakeup(p->parent);
ffffffc080205d70:	03893503          	ld	a0,56(s2)
ffffffc080205d74:	4ea000ef          	jal	ffffffc08020625e <wakeup>
  spin_lock(&p->lock);
ffffffc080205d78:	854a                	mv	a0,s2
ffffffc080205d7a:	165000ef          	jal	ffffffc0802066de <spin_lock>
  p->nthreads--;
ffffffc080205d7e:	02892783          	lw	a5,40(s2)
  p->state = P_ZOMBIE;
ffffffc080205d82:	4709                	li	a4,2
ffffffc080205d84:	00e92c23          	sw	a4,24(s2)
  p->nthreads--;
ffffffc080205d88:	37fd                	addw	a5,a5,-1
ffffffc080205d8a:	02f92423          	sw	a5,40(s2)
  p->xstate = status;
ffffffc080205d8e:	03592223          	sw	s5,36(s2)
  t->ended = true;
ffffffc080205d92:	4785                	li	a5,1
ffffffc080205d94:	04fa0423          	sb	a5,72(s4)
  spin_unlock(&p->lock);
ffffffc080205d98:	854a                	mv	a0,s2
ffffffc080205d9a:	23f000ef          	jal	ffffffc0802067d8 <spin_unlock>
  spin_lock(&t->lock);
ffffffc080205d9e:	8552                	mv	a0,s4
ffffffc080205da0:	13f000ef          	jal	ffffffc0802066de <spin_lock>
  t->state = T_EXITED;
ffffffc080205da4:	4795                	li	a5,5
  spin_unlock(&proc_wait_lock);
ffffffc080205da6:	002af517          	auipc	a0,0x2af
ffffffc080205daa:	6b250513          	add	a0,a0,1714 # ffffffc0804b5458 <proc_wait_lock>
  t->state = T_EXITED;
ffffffc080205dae:	00fa2c23          	sw	a5,24(s4)
  spin_unlock(&proc_wait_lock);
ffffffc080205db2:	227000ef          	jal	ffffffc0802067d8 <spin_unlock>
  sched();
ffffffc080205db6:	37a000ef          	jal	ffffffc080206130 <sched>
  panic("proc_exit: zombie ran");
ffffffc080205dba:	00003517          	auipc	a0,0x3
ffffffc080205dbe:	d2650513          	add	a0,a0,-730 # ffffffc080208ae0 <__func__.0+0x4a8>
ffffffc080205dc2:	deffd0ef          	jal	ffffffc080203bb0 <panic>
    panic("init exited with status %d", status);
ffffffc080205dc6:	85d6                	mv	a1,s5
ffffffc080205dc8:	00003517          	auipc	a0,0x3
ffffffc080205dcc:	cf850513          	add	a0,a0,-776 # ffffffc080208ac0 <__func__.0+0x488>
ffffffc080205dd0:	de1fd0ef          	jal	ffffffc080203bb0 <panic>

ffffffc080205dd4 <thread_exit>:
void thread_exit(int status) {
ffffffc080205dd4:	1101                	add	sp,sp,-32
ffffffc080205dd6:	ec06                	sd	ra,24(sp)
ffffffc080205dd8:	e822                	sd	s0,16(sp)
ffffffc080205dda:	e426                	sd	s1,8(sp)
ffffffc080205ddc:	e04a                	sd	s2,0(sp)
ffffffc080205dde:	1000                	add	s0,sp,32
ffffffc080205de0:	892a                	mv	s2,a0
  struct proc *p = curproc();
ffffffc080205de2:	22a000ef          	jal	ffffffc08020600c <curproc>
ffffffc080205de6:	84aa                	mv	s1,a0
  spin_lock(&p->lock);
ffffffc080205de8:	0f7000ef          	jal	ffffffc0802066de <spin_lock>
  if (p->nthreads > 1)
ffffffc080205dec:	5498                	lw	a4,40(s1)
ffffffc080205dee:	4785                	li	a5,1
ffffffc080205df0:	00e7d963          	bge	a5,a4,ffffffc080205e02 <thread_exit+0x2e>
    thread_end_locked(p, curthread(), status);
ffffffc080205df4:	1f6000ef          	jal	ffffffc080205fea <curthread>
ffffffc080205df8:	85aa                	mv	a1,a0
ffffffc080205dfa:	864a                	mv	a2,s2
ffffffc080205dfc:	8526                	mv	a0,s1
ffffffc080205dfe:	849ff0ef          	jal	ffffffc080205646 <thread_end_locked>
  spin_unlock(&p->lock);
ffffffc080205e02:	8526                	mv	a0,s1
ffffffc080205e04:	1d5000ef          	jal	ffffffc0802067d8 <spin_unlock>
  proc_exit(status);
ffffffc080205e08:	854a                	mv	a0,s2
ffffffc080205e0a:	e55ff0ef          	jal	ffffffc080205c5e <proc_exit>

ffffffc080205e0e <proc_kill>:
  if (pid <= 0)
ffffffc080205e0e:	0aa05a63          	blez	a0,ffffffc080205ec2 <proc_kill+0xb4>
int proc_kill(int pid) {
ffffffc080205e12:	7139                	add	sp,sp,-64
ffffffc080205e14:	f822                	sd	s0,48(sp)
ffffffc080205e16:	f426                	sd	s1,40(sp)
ffffffc080205e18:	f04a                	sd	s2,32(sp)
ffffffc080205e1a:	ec4e                	sd	s3,24(sp)
ffffffc080205e1c:	e852                	sd	s4,16(sp)
ffffffc080205e1e:	fc06                	sd	ra,56(sp)
ffffffc080205e20:	e456                	sd	s5,8(sp)
ffffffc080205e22:	0080                	add	s0,sp,64
ffffffc080205e24:	84aa                	mv	s1,a0
  for (struct proc *p = procs; p < &procs[NPROC]; p++) {
ffffffc080205e26:	004af917          	auipc	s2,0x4af
ffffffc080205e2a:	64a90913          	add	s2,s2,1610 # ffffffc0806b5470 <procs>
    if (p->pid == pid && p->state == P_USED) {
ffffffc080205e2e:	4a05                	li	s4,1
  for (struct proc *p = procs; p < &procs[NPROC]; p++) {
ffffffc080205e30:	004b3997          	auipc	s3,0x4b3
ffffffc080205e34:	e4098993          	add	s3,s3,-448 # ffffffc0806b8c70 <threads>
ffffffc080205e38:	a039                	j	ffffffc080205e46 <proc_kill+0x38>
ffffffc080205e3a:	0e090913          	add	s2,s2,224
    spin_unlock(&p->lock);
ffffffc080205e3e:	19b000ef          	jal	ffffffc0802067d8 <spin_unlock>
  for (struct proc *p = procs; p < &procs[NPROC]; p++) {
ffffffc080205e42:	07390e63          	beq	s2,s3,ffffffc080205ebe <proc_kill+0xb0>
    spin_lock(&p->lock);
ffffffc080205e46:	854a                	mv	a0,s2
ffffffc080205e48:	097000ef          	jal	ffffffc0802066de <spin_lock>
    if (p->pid == pid && p->state == P_USED) {
ffffffc080205e4c:	01c92783          	lw	a5,28(s2)
    spin_unlock(&p->lock);
ffffffc080205e50:	854a                	mv	a0,s2
    if (p->pid == pid && p->state == P_USED) {
ffffffc080205e52:	fe9794e3          	bne	a5,s1,ffffffc080205e3a <proc_kill+0x2c>
ffffffc080205e56:	01892783          	lw	a5,24(s2)
ffffffc080205e5a:	ff4790e3          	bne	a5,s4,ffffffc080205e3a <proc_kill+0x2c>
      p->killed = true;
ffffffc080205e5e:	03490023          	sb	s4,32(s2)
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205e62:	004b3497          	auipc	s1,0x4b3
ffffffc080205e66:	e0e48493          	add	s1,s1,-498 # ffffffc0806b8c70 <threads>
ffffffc080205e6a:	004b9997          	auipc	s3,0x4b9
ffffffc080205e6e:	e0698993          	add	s3,s3,-506 # ffffffc0806bec70 <kernel_bss_end>
    if (t->state == T_SLEEPING)
ffffffc080205e72:	4a09                	li	s4,2
      t->state = T_RUNNABLE;
ffffffc080205e74:	4a8d                	li	s5,3
ffffffc080205e76:	a029                	j	ffffffc080205e80 <proc_kill+0x72>
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205e78:	0c048493          	add	s1,s1,192
ffffffc080205e7c:	03348463          	beq	s1,s3,ffffffc080205ea4 <proc_kill+0x96>
    if (t->proc != p)
ffffffc080205e80:	749c                	ld	a5,40(s1)
ffffffc080205e82:	fef91be3          	bne	s2,a5,ffffffc080205e78 <proc_kill+0x6a>
    spin_lock(&t->lock);
ffffffc080205e86:	8526                	mv	a0,s1
ffffffc080205e88:	057000ef          	jal	ffffffc0802066de <spin_lock>
    if (t->state == T_SLEEPING)
ffffffc080205e8c:	4c9c                	lw	a5,24(s1)
    spin_unlock(&t->lock);
ffffffc080205e8e:	8526                	mv	a0,s1
    if (t->state == T_SLEEPING)
ffffffc080205e90:	01479463          	bne	a5,s4,ffffffc080205e98 <proc_kill+0x8a>
      t->state = T_RUNNABLE;
ffffffc080205e94:	0154ac23          	sw	s5,24(s1)
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205e98:	0c048493          	add	s1,s1,192
    spin_unlock(&t->lock);
ffffffc080205e9c:	13d000ef          	jal	ffffffc0802067d8 <spin_unlock>
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205ea0:	ff3490e3          	bne	s1,s3,ffffffc080205e80 <proc_kill+0x72>
      spin_unlock(&p->lock);
ffffffc080205ea4:	854a                	mv	a0,s2
ffffffc080205ea6:	133000ef          	jal	ffffffc0802067d8 <spin_unlock>
      return 0;
ffffffc080205eaa:	4501                	li	a0,0
}
ffffffc080205eac:	70e2                	ld	ra,56(sp)
ffffffc080205eae:	7442                	ld	s0,48(sp)
ffffffc080205eb0:	74a2                	ld	s1,40(sp)
ffffffc080205eb2:	7902                	ld	s2,32(sp)
ffffffc080205eb4:	69e2                	ld	s3,24(sp)
ffffffc080205eb6:	6a42                	ld	s4,16(sp)
ffffffc080205eb8:	6aa2                	ld	s5,8(sp)
ffffffc080205eba:	6121                	add	sp,sp,64
ffffffc080205ebc:	8082                	ret
    return -1;
ffffffc080205ebe:	557d                	li	a0,-1
ffffffc080205ec0:	b7f5                	j	ffffffc080205eac <proc_kill+0x9e>
ffffffc080205ec2:	557d                	li	a0,-1
}
ffffffc080205ec4:	8082                	ret

ffffffc080205ec6 <proc_set_killed>:
void proc_set_killed(struct proc *p) {
ffffffc080205ec6:	1101                	add	sp,sp,-32
ffffffc080205ec8:	e822                	sd	s0,16(sp)
ffffffc080205eca:	e426                	sd	s1,8(sp)
ffffffc080205ecc:	ec06                	sd	ra,24(sp)
ffffffc080205ece:	1000                	add	s0,sp,32
ffffffc080205ed0:	84aa                	mv	s1,a0
  spin_lock(&p->lock);
ffffffc080205ed2:	00d000ef          	jal	ffffffc0802066de <spin_lock>
  p->killed = true;
ffffffc080205ed6:	4785                	li	a5,1
}
ffffffc080205ed8:	6442                	ld	s0,16(sp)
ffffffc080205eda:	60e2                	ld	ra,24(sp)
  p->killed = true;
ffffffc080205edc:	02f48023          	sb	a5,32(s1)
  spin_unlock(&p->lock);
ffffffc080205ee0:	8526                	mv	a0,s1
}
ffffffc080205ee2:	64a2                	ld	s1,8(sp)
ffffffc080205ee4:	6105                	add	sp,sp,32
  spin_unlock(&p->lock);
ffffffc080205ee6:	0f30006f          	j	ffffffc0802067d8 <spin_unlock>

ffffffc080205eea <proc_killed>:
bool proc_killed(struct proc *p) {
ffffffc080205eea:	1101                	add	sp,sp,-32
ffffffc080205eec:	ec06                	sd	ra,24(sp)
ffffffc080205eee:	e822                	sd	s0,16(sp)
ffffffc080205ef0:	e426                	sd	s1,8(sp)
ffffffc080205ef2:	e04a                	sd	s2,0(sp)
ffffffc080205ef4:	1000                	add	s0,sp,32
ffffffc080205ef6:	84aa                	mv	s1,a0
  spin_lock(&p->lock);
ffffffc080205ef8:	7e6000ef          	jal	ffffffc0802066de <spin_lock>
  spin_unlock(&p->lock);
ffffffc080205efc:	8526                	mv	a0,s1
  bool k = p->killed;
ffffffc080205efe:	0204c903          	lbu	s2,32(s1)
  spin_unlock(&p->lock);
ffffffc080205f02:	0d7000ef          	jal	ffffffc0802067d8 <spin_unlock>
  return k;
}
ffffffc080205f06:	60e2                	ld	ra,24(sp)
ffffffc080205f08:	6442                	ld	s0,16(sp)
ffffffc080205f0a:	64a2                	ld	s1,8(sp)
ffffffc080205f0c:	854a                	mv	a0,s2
ffffffc080205f0e:	6902                	ld	s2,0(sp)
ffffffc080205f10:	6105                	add	sp,sp,32
ffffffc080205f12:	8082                	ret

ffffffc080205f14 <thread_must_exit>:

/* Lock-free (relaxed loads) because every trap return asks. killed only
 * goes from clear to set; single is cleared only when its exec has ended
 * every other thread, so no thread can misread it. A late answer is caught
 * at the next trap. */
bool thread_must_exit(struct proc *p, struct thread *t) {
ffffffc080205f14:	1141                	add	sp,sp,-16
ffffffc080205f16:	e422                	sd	s0,8(sp)
ffffffc080205f18:	0800                	add	s0,sp,16
  struct thread *single = __atomic_load_n(&p->single, __ATOMIC_RELAXED);
ffffffc080205f1a:	7918                	ld	a4,48(a0)
  return __atomic_load_n(&p->killed, __ATOMIC_RELAXED) || (single && single != t);
ffffffc080205f1c:	02054783          	lbu	a5,32(a0)
ffffffc080205f20:	4505                	li	a0,1
ffffffc080205f22:	e791                	bnez	a5,ffffffc080205f2e <thread_must_exit+0x1a>
ffffffc080205f24:	4501                	li	a0,0
ffffffc080205f26:	c701                	beqz	a4,ffffffc080205f2e <thread_must_exit+0x1a>
ffffffc080205f28:	8d99                	sub	a1,a1,a4
ffffffc080205f2a:	00b03533          	snez	a0,a1
}
ffffffc080205f2e:	6422                	ld	s0,8(sp)
ffffffc080205f30:	0141                	add	sp,sp,16
ffffffc080205f32:	8082                	ret

ffffffc080205f34 <current_killed>:

bool current_killed(void) { return thread_must_exit(curproc(), curthread()); }
ffffffc080205f34:	1101                	add	sp,sp,-32
ffffffc080205f36:	ec06                	sd	ra,24(sp)
ffffffc080205f38:	e822                	sd	s0,16(sp)
ffffffc080205f3a:	e426                	sd	s1,8(sp)
ffffffc080205f3c:	1000                	add	s0,sp,32
ffffffc080205f3e:	0ce000ef          	jal	ffffffc08020600c <curproc>
ffffffc080205f42:	84aa                	mv	s1,a0
ffffffc080205f44:	0a6000ef          	jal	ffffffc080205fea <curthread>
  struct thread *single = __atomic_load_n(&p->single, __ATOMIC_RELAXED);
ffffffc080205f48:	7894                	ld	a3,48(s1)
  return __atomic_load_n(&p->killed, __ATOMIC_RELAXED) || (single && single != t);
ffffffc080205f4a:	0204c703          	lbu	a4,32(s1)
bool current_killed(void) { return thread_must_exit(curproc(), curthread()); }
ffffffc080205f4e:	87aa                	mv	a5,a0
  return __atomic_load_n(&p->killed, __ATOMIC_RELAXED) || (single && single != t);
ffffffc080205f50:	4505                	li	a0,1
ffffffc080205f52:	e719                	bnez	a4,ffffffc080205f60 <current_killed+0x2c>
ffffffc080205f54:	4501                	li	a0,0
ffffffc080205f56:	c689                	beqz	a3,ffffffc080205f60 <current_killed+0x2c>
ffffffc080205f58:	40d78533          	sub	a0,a5,a3
ffffffc080205f5c:	00a03533          	snez	a0,a0
bool current_killed(void) { return thread_must_exit(curproc(), curthread()); }
ffffffc080205f60:	60e2                	ld	ra,24(sp)
ffffffc080205f62:	6442                	ld	s0,16(sp)
ffffffc080205f64:	64a2                	ld	s1,8(sp)
ffffffc080205f66:	6105                	add	sp,sp,32
ffffffc080205f68:	8082                	ret

ffffffc080205f6a <current_pid>:

int current_pid(void) {
ffffffc080205f6a:	1141                	add	sp,sp,-16
ffffffc080205f6c:	e022                	sd	s0,0(sp)
ffffffc080205f6e:	e406                	sd	ra,8(sp)
ffffffc080205f70:	0800                	add	s0,sp,16
  struct proc *p = curproc();
ffffffc080205f72:	09a000ef          	jal	ffffffc08020600c <curproc>
ffffffc080205f76:	87aa                	mv	a5,a0
  return p ? p->pid : 0;
ffffffc080205f78:	4501                	li	a0,0
ffffffc080205f7a:	c391                	beqz	a5,ffffffc080205f7e <current_pid+0x14>
ffffffc080205f7c:	4fc8                	lw	a0,28(a5)
}
ffffffc080205f7e:	60a2                	ld	ra,8(sp)
ffffffc080205f80:	6402                	ld	s0,0(sp)
ffffffc080205f82:	0141                	add	sp,sp,16
ffffffc080205f84:	8082                	ret

ffffffc080205f86 <current_vm>:

struct vmspace *current_vm(void) { return curproc()->vm; }
ffffffc080205f86:	1141                	add	sp,sp,-16
ffffffc080205f88:	e022                	sd	s0,0(sp)
ffffffc080205f8a:	e406                	sd	ra,8(sp)
ffffffc080205f8c:	0800                	add	s0,sp,16
ffffffc080205f8e:	07e000ef          	jal	ffffffc08020600c <curproc>
ffffffc080205f92:	60a2                	ld	ra,8(sp)
ffffffc080205f94:	6402                	ld	s0,0(sp)
ffffffc080205f96:	6128                	ld	a0,64(a0)
ffffffc080205f98:	0141                	add	sp,sp,16
ffffffc080205f9a:	8082                	ret

ffffffc080205f9c <current_kill_oom>:

void current_kill_oom(uint64 va) {
ffffffc080205f9c:	1101                	add	sp,sp,-32
ffffffc080205f9e:	ec06                	sd	ra,24(sp)
ffffffc080205fa0:	e822                	sd	s0,16(sp)
ffffffc080205fa2:	e426                	sd	s1,8(sp)
ffffffc080205fa4:	e04a                	sd	s2,0(sp)
ffffffc080205fa6:	1000                	add	s0,sp,32
ffffffc080205fa8:	892a                	mv	s2,a0
  struct proc *p = curproc();
ffffffc080205faa:	062000ef          	jal	ffffffc08020600c <curproc>
  kprintf("pid %d (%s): killed: out of memory at %p\n", p->pid, p->name, (void *)va);
ffffffc080205fae:	4d4c                	lw	a1,28(a0)
ffffffc080205fb0:	0d050613          	add	a2,a0,208
  struct proc *p = curproc();
ffffffc080205fb4:	84aa                	mv	s1,a0
  kprintf("pid %d (%s): killed: out of memory at %p\n", p->pid, p->name, (void *)va);
ffffffc080205fb6:	86ca                	mv	a3,s2
ffffffc080205fb8:	00003517          	auipc	a0,0x3
ffffffc080205fbc:	b4050513          	add	a0,a0,-1216 # ffffffc080208af8 <__func__.0+0x4c0>
ffffffc080205fc0:	baffd0ef          	jal	ffffffc080203b6e <kprintf>
ffffffc080205fc4:	8792                	mv	a5,tp
ffffffc080205fc6:	4905                	li	s2,1
ffffffc080205fc8:	2f078793          	add	a5,a5,752
ffffffc080205fcc:	0127b02f          	amoadd.d	zero,s2,(a5)
  spin_lock(&p->lock);
ffffffc080205fd0:	8526                	mv	a0,s1
ffffffc080205fd2:	70c000ef          	jal	ffffffc0802066de <spin_lock>
  stat_inc(VM_oom_kills);
  proc_set_killed(p);
}
ffffffc080205fd6:	6442                	ld	s0,16(sp)
  p->killed = true;
ffffffc080205fd8:	03248023          	sb	s2,32(s1)
}
ffffffc080205fdc:	60e2                	ld	ra,24(sp)
ffffffc080205fde:	6902                	ld	s2,0(sp)
  spin_unlock(&p->lock);
ffffffc080205fe0:	8526                	mv	a0,s1
}
ffffffc080205fe2:	64a2                	ld	s1,8(sp)
ffffffc080205fe4:	6105                	add	sp,sp,32
  spin_unlock(&p->lock);
ffffffc080205fe6:	7f20006f          	j	ffffffc0802067d8 <spin_unlock>

ffffffc080205fea <curthread>:
#include "sync/wait.h"
#include "lib/printf.h"

struct thread threads[NTHREAD];

struct thread *curthread(void) {
ffffffc080205fea:	1101                	add	sp,sp,-32
ffffffc080205fec:	e822                	sd	s0,16(sp)
ffffffc080205fee:	ec06                	sd	ra,24(sp)
ffffffc080205ff0:	e426                	sd	s1,8(sp)
ffffffc080205ff2:	1000                	add	s0,sp,32
  push_off();
ffffffc080205ff4:	774000ef          	jal	ffffffc080206768 <push_off>
ffffffc080205ff8:	8792                	mv	a5,tp
  struct thread *t = mycpu()->thread;
ffffffc080205ffa:	6384                	ld	s1,0(a5)
  pop_off();
ffffffc080205ffc:	792000ef          	jal	ffffffc08020678e <pop_off>
  return t;
}
ffffffc080206000:	60e2                	ld	ra,24(sp)
ffffffc080206002:	6442                	ld	s0,16(sp)
ffffffc080206004:	8526                	mv	a0,s1
ffffffc080206006:	64a2                	ld	s1,8(sp)
ffffffc080206008:	6105                	add	sp,sp,32
ffffffc08020600a:	8082                	ret

ffffffc08020600c <curproc>:

struct proc *curproc(void) {
ffffffc08020600c:	1101                	add	sp,sp,-32
ffffffc08020600e:	e822                	sd	s0,16(sp)
ffffffc080206010:	ec06                	sd	ra,24(sp)
ffffffc080206012:	e426                	sd	s1,8(sp)
ffffffc080206014:	1000                	add	s0,sp,32
  push_off();
ffffffc080206016:	752000ef          	jal	ffffffc080206768 <push_off>
ffffffc08020601a:	8792                	mv	a5,tp
  struct thread *t = mycpu()->thread;
ffffffc08020601c:	6384                	ld	s1,0(a5)
  pop_off();
ffffffc08020601e:	770000ef          	jal	ffffffc08020678e <pop_off>
  struct thread *t = curthread();
  return t ? t->proc : NULL;
ffffffc080206022:	c091                	beqz	s1,ffffffc080206026 <curproc+0x1a>
ffffffc080206024:	7484                	ld	s1,40(s1)
}
ffffffc080206026:	60e2                	ld	ra,24(sp)
ffffffc080206028:	6442                	ld	s0,16(sp)
ffffffc08020602a:	8526                	mv	a0,s1
ffffffc08020602c:	64a2                	ld	s1,8(sp)
ffffffc08020602e:	6105                	add	sp,sp,32
ffffffc080206030:	8082                	ret

ffffffc080206032 <scheduler>:
    vm_deactivate(c->vs);
  c->vs = NULL;
  c->thread = NULL;
}

void scheduler(void) {
ffffffc080206032:	7119                	add	sp,sp,-128
ffffffc080206034:	f8a2                	sd	s0,112(sp)
ffffffc080206036:	fc86                	sd	ra,120(sp)
ffffffc080206038:	f4a6                	sd	s1,104(sp)
ffffffc08020603a:	f0ca                	sd	s2,96(sp)
ffffffc08020603c:	ecce                	sd	s3,88(sp)
ffffffc08020603e:	e8d2                	sd	s4,80(sp)
ffffffc080206040:	e4d6                	sd	s5,72(sp)
ffffffc080206042:	e0da                	sd	s6,64(sp)
ffffffc080206044:	fc5e                	sd	s7,56(sp)
ffffffc080206046:	f862                	sd	s8,48(sp)
ffffffc080206048:	f466                	sd	s9,40(sp)
ffffffc08020604a:	f06a                	sd	s10,32(sp)
ffffffc08020604c:	ec6e                	sd	s11,24(sp)
ffffffc08020604e:	0100                	add	s0,sp,128
ffffffc080206050:	8b12                	mv	s6,tp
  struct cpu *c = mycpu();
  int next = c->id * (NTHREAD / NCPU); /* harts start their scans apart */
ffffffc080206052:	080b2b83          	lw	s7,128(s6)
ffffffc080206056:	008b0793          	add	a5,s6,8
ffffffc08020605a:	004b3997          	auipc	s3,0x4b3
ffffffc08020605e:	c2e98993          	add	s3,s3,-978 # ffffffc0806b8c88 <threads+0x18>
ffffffc080206062:	004b3a97          	auipc	s5,0x4b3
ffffffc080206066:	c0ea8a93          	add	s5,s5,-1010 # ffffffc0806b8c70 <threads>
ffffffc08020606a:	004b9b9b          	sllw	s7,s7,0x4
ffffffc08020606e:	f8f43423          	sd	a5,-120(s0)
ffffffc080206072:	00002c97          	auipc	s9,0x2
ffffffc080206076:	faecbc83          	ld	s9,-82(s9) # ffffffc080208020 <kernel_text_end+0x20>
    bool ran = false;
    /* Round robin: scan from just after the last thread run here. */
    for (int n = 0; n < NTHREAD && !ran; n++) {
      struct thread *t = &threads[(next + n) % NTHREAD];
      /* Unlocked peek (relaxed) to skip idle slots without their locks. */
      if (__atomic_load_n(&t->state, __ATOMIC_RELAXED) != T_RUNNABLE)
ffffffc08020607a:	490d                	li	s2,3
  t->state = T_RUNNING;
ffffffc08020607c:	4c11                	li	s8,4
static inline void intr_on(void) { csr_set(sstatus, SSTATUS_SIE); }
ffffffc08020607e:	10016073          	csrs	sstatus,2
    for (int n = 0; n < NTHREAD && !ran; n++) {
ffffffc080206082:	8dde                	mv	s11,s7
ffffffc080206084:	080b8a1b          	addw	s4,s7,128
      struct thread *t = &threads[(next + n) % NTHREAD];
ffffffc080206088:	41fdd71b          	sraw	a4,s11,0x1f
ffffffc08020608c:	0197571b          	srlw	a4,a4,0x19
ffffffc080206090:	01b707bb          	addw	a5,a4,s11
ffffffc080206094:	07f7f793          	and	a5,a5,127
ffffffc080206098:	9f99                	subw	a5,a5,a4
ffffffc08020609a:	00179493          	sll	s1,a5,0x1
ffffffc08020609e:	94be                	add	s1,s1,a5
ffffffc0802060a0:	049a                	sll	s1,s1,0x6
      if (__atomic_load_n(&t->state, __ATOMIC_RELAXED) != T_RUNNABLE)
ffffffc0802060a2:	009987b3          	add	a5,s3,s1
ffffffc0802060a6:	439c                	lw	a5,0(a5)
    for (int n = 0; n < NTHREAD && !ran; n++) {
ffffffc0802060a8:	2d85                	addw	s11,s11,1
      if (__atomic_load_n(&t->state, __ATOMIC_RELAXED) != T_RUNNABLE)
ffffffc0802060aa:	01278763          	beq	a5,s2,ffffffc0802060b8 <scheduler+0x86>
    for (int n = 0; n < NTHREAD && !ran; n++) {
ffffffc0802060ae:	fdba1de3          	bne	s4,s11,ffffffc080206088 <scheduler+0x56>
static inline void wfi(void) { __asm__ volatile("wfi"); }
ffffffc0802060b2:	10500073          	wfi
ffffffc0802060b6:	b7e1                	j	ffffffc08020607e <scheduler+0x4c>
      struct thread *t = &threads[(next + n) % NTHREAD];
ffffffc0802060b8:	009a8d33          	add	s10,s5,s1
        continue;
      spin_lock(&t->lock);
ffffffc0802060bc:	856a                	mv	a0,s10
ffffffc0802060be:	620000ef          	jal	ffffffc0802066de <spin_lock>
      if (t->state == T_RUNNABLE) {
ffffffc0802060c2:	018d2703          	lw	a4,24(s10)
        run_thread(c, t);
        ran = true;
        next = (t - threads + 1) % NTHREAD;
      }
      spin_unlock(&t->lock);
ffffffc0802060c6:	856a                	mv	a0,s10
      if (t->state == T_RUNNABLE) {
ffffffc0802060c8:	01270763          	beq	a4,s2,ffffffc0802060d6 <scheduler+0xa4>
      spin_unlock(&t->lock);
ffffffc0802060cc:	70c000ef          	jal	ffffffc0802067d8 <spin_unlock>
    for (int n = 0; n < NTHREAD && !ran; n++) {
ffffffc0802060d0:	fbba1ce3          	bne	s4,s11,ffffffc080206088 <scheduler+0x56>
ffffffc0802060d4:	bff9                	j	ffffffc0802060b2 <scheduler+0x80>
  c->vs = t->proc->vm; /* NULL for a thread past release of its space (exit) */
ffffffc0802060d6:	028d3703          	ld	a4,40(s10)
  t->state = T_RUNNING;
ffffffc0802060da:	018d2c23          	sw	s8,24(s10)
  c->thread = t;
ffffffc0802060de:	01ab3023          	sd	s10,0(s6)
  c->vs = t->proc->vm; /* NULL for a thread past release of its space (exit) */
ffffffc0802060e2:	6328                	ld	a0,64(a4)
ffffffc0802060e4:	08ab3823          	sd	a0,144(s6)
  if (c->vs)
ffffffc0802060e8:	c119                	beqz	a0,ffffffc0802060ee <scheduler+0xbc>
    vm_activate(c->vs);
ffffffc0802060ea:	93cff0ef          	jal	ffffffc080205226 <vm_activate>
  swtch(&c->sched_ctx, &t->ctx);
ffffffc0802060ee:	f8843503          	ld	a0,-120(s0)
ffffffc0802060f2:	05048593          	add	a1,s1,80
ffffffc0802060f6:	95d6                	add	a1,a1,s5
ffffffc0802060f8:	a6bfa0ef          	jal	ffffffc080200b62 <swtch>
  if (c->vs) /* NULL if the thread let go of its address space (exit) */
ffffffc0802060fc:	090b3503          	ld	a0,144(s6)
ffffffc080206100:	c119                	beqz	a0,ffffffc080206106 <scheduler+0xd4>
    vm_deactivate(c->vs);
ffffffc080206102:	948ff0ef          	jal	ffffffc08020524a <vm_deactivate>
        next = (t - threads + 1) % NTHREAD;
ffffffc080206106:	8499                	sra	s1,s1,0x6
ffffffc080206108:	039484b3          	mul	s1,s1,s9
  c->vs = NULL;
ffffffc08020610c:	080b3823          	sd	zero,144(s6)
  c->thread = NULL;
ffffffc080206110:	000b3023          	sd	zero,0(s6)
      spin_unlock(&t->lock);
ffffffc080206114:	856a                	mv	a0,s10
        next = (t - threads + 1) % NTHREAD;
ffffffc080206116:	0485                	add	s1,s1,1
ffffffc080206118:	43f4d793          	sra	a5,s1,0x3f
ffffffc08020611c:	93e5                	srl	a5,a5,0x39
ffffffc08020611e:	94be                	add	s1,s1,a5
ffffffc080206120:	07f4f493          	and	s1,s1,127
ffffffc080206124:	8c9d                	sub	s1,s1,a5
      spin_unlock(&t->lock);
ffffffc080206126:	00048b9b          	sext.w	s7,s1
ffffffc08020612a:	6ae000ef          	jal	ffffffc0802067d8 <spin_unlock>
    }
    if (!ran)
ffffffc08020612e:	bf81                	j	ffffffc08020607e <scheduler+0x4c>

ffffffc080206130 <sched>:
  }
}

/* Switches to the scheduler. Caller holds only t->lock and has set
 * t->state away from T_RUNNING. */
void sched(void) {
ffffffc080206130:	1101                	add	sp,sp,-32
ffffffc080206132:	e822                	sd	s0,16(sp)
ffffffc080206134:	ec06                	sd	ra,24(sp)
ffffffc080206136:	e426                	sd	s1,8(sp)
ffffffc080206138:	e04a                	sd	s2,0(sp)
ffffffc08020613a:	1000                	add	s0,sp,32
  push_off();
ffffffc08020613c:	62c000ef          	jal	ffffffc080206768 <push_off>
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080206140:	8792                	mv	a5,tp
  struct thread *t = mycpu()->thread;
ffffffc080206142:	6384                	ld	s1,0(a5)
  pop_off();
ffffffc080206144:	64a000ef          	jal	ffffffc08020678e <pop_off>
ffffffc080206148:	8912                	mv	s2,tp
  struct thread *t = curthread();
  struct cpu *c = mycpu();
  if (!spin_holding(&t->lock))
ffffffc08020614a:	8526                	mv	a0,s1
ffffffc08020614c:	5fa000ef          	jal	ffffffc080206746 <spin_holding>
ffffffc080206150:	c539                	beqz	a0,ffffffc08020619e <sched+0x6e>
    panic("sched: thread lock not held");
  if (c->noff != 1)
ffffffc080206152:	07892583          	lw	a1,120(s2)
ffffffc080206156:	4785                	li	a5,1
ffffffc080206158:	06f59d63          	bne	a1,a5,ffffffc0802061d2 <sched+0xa2>
    panic("sched: %d locks held", c->noff);
  if (t->state == T_RUNNING)
ffffffc08020615c:	4c98                	lw	a4,24(s1)
ffffffc08020615e:	4791                	li	a5,4
ffffffc080206160:	06f70363          	beq	a4,a5,ffffffc0802061c6 <sched+0x96>
static inline bool intr_get(void) { return (csr_read(sstatus) & SSTATUS_SIE) != 0; }
ffffffc080206164:	100027f3          	csrr	a5,sstatus
ffffffc080206168:	8b89                	and	a5,a5,2
    panic("sched: thread still running");
  if (intr_get())
ffffffc08020616a:	eba1                	bnez	a5,ffffffc0802061ba <sched+0x8a>
    panic("sched: interrupts on");
  if (*(uint64 *)t->kstack != KSTACK_CANARY)
ffffffc08020616c:	7c98                	ld	a4,56(s1)
ffffffc08020616e:	00002797          	auipc	a5,0x2
ffffffc080206172:	eba7b783          	ld	a5,-326(a5) # ffffffc080208028 <kernel_text_end+0x28>
ffffffc080206176:	6318                	ld	a4,0(a4)
ffffffc080206178:	02f71963          	bne	a4,a5,ffffffc0802061aa <sched+0x7a>
    panic("sched: kernel stack overflow in pid %d", t->proc->pid);
  bool intena = c->intena;
  swtch(&t->ctx, &c->sched_ctx);
ffffffc08020617c:	05048513          	add	a0,s1,80
ffffffc080206180:	00890593          	add	a1,s2,8
  bool intena = c->intena;
ffffffc080206184:	07c94483          	lbu	s1,124(s2)
  swtch(&t->ctx, &c->sched_ctx);
ffffffc080206188:	9dbfa0ef          	jal	ffffffc080200b62 <swtch>
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc08020618c:	8792                	mv	a5,tp
  mycpu()->intena = intena;
}
ffffffc08020618e:	60e2                	ld	ra,24(sp)
ffffffc080206190:	6442                	ld	s0,16(sp)
  mycpu()->intena = intena;
ffffffc080206192:	06978e23          	sb	s1,124(a5)
}
ffffffc080206196:	6902                	ld	s2,0(sp)
ffffffc080206198:	64a2                	ld	s1,8(sp)
ffffffc08020619a:	6105                	add	sp,sp,32
ffffffc08020619c:	8082                	ret
    panic("sched: thread lock not held");
ffffffc08020619e:	00003517          	auipc	a0,0x3
ffffffc0802061a2:	98a50513          	add	a0,a0,-1654 # ffffffc080208b28 <__func__.0+0x4f0>
ffffffc0802061a6:	a0bfd0ef          	jal	ffffffc080203bb0 <panic>
    panic("sched: kernel stack overflow in pid %d", t->proc->pid);
ffffffc0802061aa:	749c                	ld	a5,40(s1)
ffffffc0802061ac:	00003517          	auipc	a0,0x3
ffffffc0802061b0:	9ec50513          	add	a0,a0,-1556 # ffffffc080208b98 <__func__.0+0x560>
ffffffc0802061b4:	4fcc                	lw	a1,28(a5)
ffffffc0802061b6:	9fbfd0ef          	jal	ffffffc080203bb0 <panic>
    panic("sched: interrupts on");
ffffffc0802061ba:	00003517          	auipc	a0,0x3
ffffffc0802061be:	9c650513          	add	a0,a0,-1594 # ffffffc080208b80 <__func__.0+0x548>
ffffffc0802061c2:	9effd0ef          	jal	ffffffc080203bb0 <panic>
    panic("sched: thread still running");
ffffffc0802061c6:	00003517          	auipc	a0,0x3
ffffffc0802061ca:	99a50513          	add	a0,a0,-1638 # ffffffc080208b60 <__func__.0+0x528>
ffffffc0802061ce:	9e3fd0ef          	jal	ffffffc080203bb0 <panic>
    panic("sched: %d locks held", c->noff);
ffffffc0802061d2:	00003517          	auipc	a0,0x3
ffffffc0802061d6:	97650513          	add	a0,a0,-1674 # ffffffc080208b48 <__func__.0+0x510>
ffffffc0802061da:	9d7fd0ef          	jal	ffffffc080203bb0 <panic>

ffffffc0802061de <proc_yield>:

void proc_yield(void) {
ffffffc0802061de:	1101                	add	sp,sp,-32
ffffffc0802061e0:	e822                	sd	s0,16(sp)
ffffffc0802061e2:	ec06                	sd	ra,24(sp)
ffffffc0802061e4:	e426                	sd	s1,8(sp)
ffffffc0802061e6:	1000                	add	s0,sp,32
  push_off();
ffffffc0802061e8:	580000ef          	jal	ffffffc080206768 <push_off>
ffffffc0802061ec:	8792                	mv	a5,tp
  struct thread *t = mycpu()->thread;
ffffffc0802061ee:	6384                	ld	s1,0(a5)
  pop_off();
ffffffc0802061f0:	59e000ef          	jal	ffffffc08020678e <pop_off>
  struct thread *t = curthread();
  spin_lock(&t->lock);
ffffffc0802061f4:	8526                	mv	a0,s1
ffffffc0802061f6:	4e8000ef          	jal	ffffffc0802066de <spin_lock>
  t->state = T_RUNNABLE;
ffffffc0802061fa:	478d                	li	a5,3
ffffffc0802061fc:	cc9c                	sw	a5,24(s1)
  sched();
ffffffc0802061fe:	f33ff0ef          	jal	ffffffc080206130 <sched>
  spin_unlock(&t->lock);
}
ffffffc080206202:	6442                	ld	s0,16(sp)
ffffffc080206204:	60e2                	ld	ra,24(sp)
  spin_unlock(&t->lock);
ffffffc080206206:	8526                	mv	a0,s1
}
ffffffc080206208:	64a2                	ld	s1,8(sp)
ffffffc08020620a:	6105                	add	sp,sp,32
  spin_unlock(&t->lock);
ffffffc08020620c:	a3f1                	j	ffffffc0802067d8 <spin_unlock>

ffffffc08020620e <sleep_on>:

void sleep_on(void *chan, struct spinlock *lk) {
ffffffc08020620e:	7179                	add	sp,sp,-48
ffffffc080206210:	f022                	sd	s0,32(sp)
ffffffc080206212:	e84a                	sd	s2,16(sp)
ffffffc080206214:	e44e                	sd	s3,8(sp)
ffffffc080206216:	f406                	sd	ra,40(sp)
ffffffc080206218:	ec26                	sd	s1,24(sp)
ffffffc08020621a:	1800                	add	s0,sp,48
ffffffc08020621c:	89aa                	mv	s3,a0
ffffffc08020621e:	892e                	mv	s2,a1
  push_off();
ffffffc080206220:	548000ef          	jal	ffffffc080206768 <push_off>
ffffffc080206224:	8792                	mv	a5,tp
  struct thread *t = mycpu()->thread;
ffffffc080206226:	6384                	ld	s1,0(a5)
  pop_off();
ffffffc080206228:	566000ef          	jal	ffffffc08020678e <pop_off>
  struct thread *t = curthread();
  spin_lock(&t->lock);
ffffffc08020622c:	8526                	mv	a0,s1
ffffffc08020622e:	4b0000ef          	jal	ffffffc0802066de <spin_lock>
  /* Mark ourselves asleep before letting go of lk: a waker that takes lk
   * next then sees T_SLEEPING even through wakeup's unlocked peek. */
  t->chan = chan;
  t->state = T_SLEEPING;
ffffffc080206232:	4789                	li	a5,2
  spin_unlock(lk);
ffffffc080206234:	854a                	mv	a0,s2
  t->state = T_SLEEPING;
ffffffc080206236:	cc9c                	sw	a5,24(s1)
  t->chan = chan;
ffffffc080206238:	0334b023          	sd	s3,32(s1)
  spin_unlock(lk);
ffffffc08020623c:	59c000ef          	jal	ffffffc0802067d8 <spin_unlock>
  sched();
ffffffc080206240:	ef1ff0ef          	jal	ffffffc080206130 <sched>
  t->chan = NULL;
  spin_unlock(&t->lock);
ffffffc080206244:	8526                	mv	a0,s1
  t->chan = NULL;
ffffffc080206246:	0204b023          	sd	zero,32(s1)
  spin_unlock(&t->lock);
ffffffc08020624a:	58e000ef          	jal	ffffffc0802067d8 <spin_unlock>
  spin_lock(lk);
}
ffffffc08020624e:	7402                	ld	s0,32(sp)
ffffffc080206250:	70a2                	ld	ra,40(sp)
ffffffc080206252:	64e2                	ld	s1,24(sp)
ffffffc080206254:	69a2                	ld	s3,8(sp)
  spin_lock(lk);
ffffffc080206256:	854a                	mv	a0,s2
}
ffffffc080206258:	6942                	ld	s2,16(sp)
ffffffc08020625a:	6145                	add	sp,sp,48
  spin_lock(lk);
ffffffc08020625c:	a149                	j	ffffffc0802066de <spin_lock>

ffffffc08020625e <wakeup>:

void wakeup(void *chan) {
ffffffc08020625e:	7139                	add	sp,sp,-64
ffffffc080206260:	f822                	sd	s0,48(sp)
ffffffc080206262:	e456                	sd	s5,8(sp)
ffffffc080206264:	fc06                	sd	ra,56(sp)
ffffffc080206266:	f426                	sd	s1,40(sp)
ffffffc080206268:	f04a                	sd	s2,32(sp)
ffffffc08020626a:	ec4e                	sd	s3,24(sp)
ffffffc08020626c:	e852                	sd	s4,16(sp)
ffffffc08020626e:	e05a                	sd	s6,0(sp)
ffffffc080206270:	0080                	add	s0,sp,64
ffffffc080206272:	8aaa                	mv	s5,a0
  push_off();
ffffffc080206274:	4f4000ef          	jal	ffffffc080206768 <push_off>
ffffffc080206278:	8792                	mv	a5,tp
  struct thread *self = curthread();
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc08020627a:	004b3497          	auipc	s1,0x4b3
ffffffc08020627e:	9f648493          	add	s1,s1,-1546 # ffffffc0806b8c70 <threads>
  struct thread *t = mycpu()->thread;
ffffffc080206282:	0007b983          	ld	s3,0(a5)
  pop_off();
ffffffc080206286:	004b9917          	auipc	s2,0x4b9
ffffffc08020628a:	9ea90913          	add	s2,s2,-1558 # ffffffc0806bec70 <kernel_bss_end>
ffffffc08020628e:	500000ef          	jal	ffffffc08020678e <pop_off>
    if (t == self || __atomic_load_n(&t->state, __ATOMIC_RELAXED) != T_SLEEPING)
ffffffc080206292:	4a09                	li	s4,2
      continue;
    spin_lock(&t->lock);
    if (t->state == T_SLEEPING && t->chan == chan)
      t->state = T_RUNNABLE;
ffffffc080206294:	4b0d                	li	s6,3
    if (t == self || __atomic_load_n(&t->state, __ATOMIC_RELAXED) != T_SLEEPING)
ffffffc080206296:	00998563          	beq	s3,s1,ffffffc0802062a0 <wakeup+0x42>
ffffffc08020629a:	4c9c                	lw	a5,24(s1)
ffffffc08020629c:	03478063          	beq	a5,s4,ffffffc0802062bc <wakeup+0x5e>
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc0802062a0:	0c048493          	add	s1,s1,192
ffffffc0802062a4:	ff2499e3          	bne	s1,s2,ffffffc080206296 <wakeup+0x38>
    spin_unlock(&t->lock);
  }
}
ffffffc0802062a8:	70e2                	ld	ra,56(sp)
ffffffc0802062aa:	7442                	ld	s0,48(sp)
ffffffc0802062ac:	74a2                	ld	s1,40(sp)
ffffffc0802062ae:	7902                	ld	s2,32(sp)
ffffffc0802062b0:	69e2                	ld	s3,24(sp)
ffffffc0802062b2:	6a42                	ld	s4,16(sp)
ffffffc0802062b4:	6aa2                	ld	s5,8(sp)
ffffffc0802062b6:	6b02                	ld	s6,0(sp)
ffffffc0802062b8:	6121                	add	sp,sp,64
ffffffc0802062ba:	8082                	ret
    spin_lock(&t->lock);
ffffffc0802062bc:	8526                	mv	a0,s1
ffffffc0802062be:	420000ef          	jal	ffffffc0802066de <spin_lock>
    if (t->state == T_SLEEPING && t->chan == chan)
ffffffc0802062c2:	4c9c                	lw	a5,24(s1)
    spin_unlock(&t->lock);
ffffffc0802062c4:	8526                	mv	a0,s1
    if (t->state == T_SLEEPING && t->chan == chan)
ffffffc0802062c6:	01478563          	beq	a5,s4,ffffffc0802062d0 <wakeup+0x72>
    spin_unlock(&t->lock);
ffffffc0802062ca:	50e000ef          	jal	ffffffc0802067d8 <spin_unlock>
ffffffc0802062ce:	bfc9                	j	ffffffc0802062a0 <wakeup+0x42>
    if (t->state == T_SLEEPING && t->chan == chan)
ffffffc0802062d0:	709c                	ld	a5,32(s1)
ffffffc0802062d2:	ff579ce3          	bne	a5,s5,ffffffc0802062ca <wakeup+0x6c>
      t->state = T_RUNNABLE;
ffffffc0802062d6:	0164ac23          	sw	s6,24(s1)
ffffffc0802062da:	bfc5                	j	ffffffc0802062ca <wakeup+0x6c>

ffffffc0802062dc <thread_start>:
#include "proc/sched.h"
#include "mm/uaccess.h"
#include "sync/wait.h"
#include "arch/riscv/memlayout.h"

int thread_start(uint64 entry, uint64 arg, uint64 stack_top) {
ffffffc0802062dc:	7139                	add	sp,sp,-64
ffffffc0802062de:	f822                	sd	s0,48(sp)
ffffffc0802062e0:	ec4e                	sd	s3,24(sp)
ffffffc0802062e2:	e852                	sd	s4,16(sp)
ffffffc0802062e4:	e456                	sd	s5,8(sp)
ffffffc0802062e6:	fc06                	sd	ra,56(sp)
ffffffc0802062e8:	f426                	sd	s1,40(sp)
ffffffc0802062ea:	f04a                	sd	s2,32(sp)
ffffffc0802062ec:	0080                	add	s0,sp,64
ffffffc0802062ee:	8a2a                	mv	s4,a0
ffffffc0802062f0:	89b2                	mv	s3,a2
ffffffc0802062f2:	8aae                	mv	s5,a1
  struct proc *p = curproc();
ffffffc0802062f4:	d19ff0ef          	jal	ffffffc08020600c <curproc>
  if (entry >= USER_TOP || stack_top >= USER_TOP || (stack_top & 15))
ffffffc0802062f8:	57fd                	li	a5,-1
ffffffc0802062fa:	013a6733          	or	a4,s4,s3
ffffffc0802062fe:	83e9                	srl	a5,a5,0x1a
ffffffc080206300:	0ae7e863          	bltu	a5,a4,ffffffc0802063b0 <thread_start+0xd4>
ffffffc080206304:	00f9f793          	and	a5,s3,15
ffffffc080206308:	e7c5                	bnez	a5,ffffffc0802063b0 <thread_start+0xd4>
    return -1;
  struct thread *t = thread_alloc(p, thread_first_entry);
ffffffc08020630a:	fffff597          	auipc	a1,0xfffff
ffffffc08020630e:	2f058593          	add	a1,a1,752 # ffffffc0802055fa <thread_first_entry>
ffffffc080206312:	84aa                	mv	s1,a0
ffffffc080206314:	c3aff0ef          	jal	ffffffc08020574e <thread_alloc>
ffffffc080206318:	892a                	mv	s2,a0
  if (!t)
ffffffc08020631a:	c959                	beqz	a0,ffffffc0802063b0 <thread_start+0xd4>
    return -1;
  spin_lock(&p->lock);
ffffffc08020631c:	8526                	mv	a0,s1
ffffffc08020631e:	3c0000ef          	jal	ffffffc0802066de <spin_lock>
  if (p->killed || p->single) {
ffffffc080206322:	0204c783          	lbu	a5,32(s1)
ffffffc080206326:	efbd                	bnez	a5,ffffffc0802063a4 <thread_start+0xc8>
ffffffc080206328:	789c                	ld	a5,48(s1)
ffffffc08020632a:	efad                	bnez	a5,ffffffc0802063a4 <thread_start+0xc8>
    spin_unlock(&p->lock);
    thread_free(t);
    return -1;
  }
  p->nthreads++;
ffffffc08020632c:	549c                	lw	a5,40(s1)
  spin_unlock(&p->lock);
ffffffc08020632e:	8526                	mv	a0,s1
  p->nthreads++;
ffffffc080206330:	2785                	addw	a5,a5,1
ffffffc080206332:	d49c                	sw	a5,40(s1)
  spin_unlock(&p->lock);
ffffffc080206334:	4a4000ef          	jal	ffffffc0802067d8 <spin_unlock>
  *t->tf = *curthread()->tf; /* keeps gp and tp */
ffffffc080206338:	cb3ff0ef          	jal	ffffffc080205fea <curthread>
ffffffc08020633c:	04093683          	ld	a3,64(s2)
ffffffc080206340:	613c                	ld	a5,64(a0)
ffffffc080206342:	8736                	mv	a4,a3
ffffffc080206344:	12078893          	add	a7,a5,288
ffffffc080206348:	0007b803          	ld	a6,0(a5)
ffffffc08020634c:	6788                	ld	a0,8(a5)
ffffffc08020634e:	6b8c                	ld	a1,16(a5)
ffffffc080206350:	6f90                	ld	a2,24(a5)
ffffffc080206352:	01073023          	sd	a6,0(a4)
ffffffc080206356:	e708                	sd	a0,8(a4)
ffffffc080206358:	eb0c                	sd	a1,16(a4)
ffffffc08020635a:	ef10                	sd	a2,24(a4)
ffffffc08020635c:	02078793          	add	a5,a5,32
ffffffc080206360:	02070713          	add	a4,a4,32
ffffffc080206364:	ff1792e3          	bne	a5,a7,ffffffc080206348 <thread_start+0x6c>
  t->tf->epc = entry;
  t->tf->x[REG_SP] = stack_top;
  t->tf->x[REG_A0] = arg;
  t->tf->x[REG_RA] = 0;
  int tid = t->tid + 1;
ffffffc080206368:	03092483          	lw	s1,48(s2)
  spin_lock(&t->lock);
ffffffc08020636c:	854a                	mv	a0,s2
  t->tf->epc = entry;
ffffffc08020636e:	1146b023          	sd	s4,256(a3)
  t->tf->x[REG_SP] = stack_top;
ffffffc080206372:	0136b823          	sd	s3,16(a3)
  t->tf->x[REG_A0] = arg;
ffffffc080206376:	0556b823          	sd	s5,80(a3)
  t->tf->x[REG_RA] = 0;
ffffffc08020637a:	0006b423          	sd	zero,8(a3)
  spin_lock(&t->lock);
ffffffc08020637e:	360000ef          	jal	ffffffc0802066de <spin_lock>
  t->state = T_RUNNABLE;
ffffffc080206382:	478d                	li	a5,3
ffffffc080206384:	00f92c23          	sw	a5,24(s2)
  spin_unlock(&t->lock);
ffffffc080206388:	854a                	mv	a0,s2
  int tid = t->tid + 1;
ffffffc08020638a:	2485                	addw	s1,s1,1
  spin_unlock(&t->lock);
ffffffc08020638c:	44c000ef          	jal	ffffffc0802067d8 <spin_unlock>
  return tid;
}
ffffffc080206390:	70e2                	ld	ra,56(sp)
ffffffc080206392:	7442                	ld	s0,48(sp)
ffffffc080206394:	7902                	ld	s2,32(sp)
ffffffc080206396:	69e2                	ld	s3,24(sp)
ffffffc080206398:	6a42                	ld	s4,16(sp)
ffffffc08020639a:	6aa2                	ld	s5,8(sp)
ffffffc08020639c:	8526                	mv	a0,s1
ffffffc08020639e:	74a2                	ld	s1,40(sp)
ffffffc0802063a0:	6121                	add	sp,sp,64
ffffffc0802063a2:	8082                	ret
    spin_unlock(&p->lock);
ffffffc0802063a4:	8526                	mv	a0,s1
ffffffc0802063a6:	432000ef          	jal	ffffffc0802067d8 <spin_unlock>
    thread_free(t);
ffffffc0802063aa:	854a                	mv	a0,s2
ffffffc0802063ac:	cfcff0ef          	jal	ffffffc0802058a8 <thread_free>
    return -1;
ffffffc0802063b0:	54fd                	li	s1,-1
ffffffc0802063b2:	bff9                	j	ffffffc080206390 <thread_start+0xb4>

ffffffc0802063b4 <thread_join>:

int thread_join(int tid, uint64 status_uva) {
ffffffc0802063b4:	715d                	add	sp,sp,-80
ffffffc0802063b6:	e0a2                	sd	s0,64(sp)
ffffffc0802063b8:	fc26                	sd	s1,56(sp)
ffffffc0802063ba:	f052                	sd	s4,32(sp)
ffffffc0802063bc:	e486                	sd	ra,72(sp)
ffffffc0802063be:	f84a                	sd	s2,48(sp)
ffffffc0802063c0:	f44e                	sd	s3,40(sp)
ffffffc0802063c2:	ec56                	sd	s5,24(sp)
ffffffc0802063c4:	0880                	add	s0,sp,80
ffffffc0802063c6:	84aa                	mv	s1,a0
ffffffc0802063c8:	8a2e                	mv	s4,a1
  struct proc *p = curproc();
ffffffc0802063ca:	c43ff0ef          	jal	ffffffc08020600c <curproc>
  if (tid < 1 || tid > NTHREAD)
ffffffc0802063ce:	fff4879b          	addw	a5,s1,-1
ffffffc0802063d2:	07f00713          	li	a4,127
ffffffc0802063d6:	06f76e63          	bltu	a4,a5,ffffffc080206452 <thread_join+0x9e>
    return -1;
  struct thread *t = &threads[tid - 1];
ffffffc0802063da:	00179993          	sll	s3,a5,0x1
ffffffc0802063de:	99be                	add	s3,s3,a5
ffffffc0802063e0:	00699493          	sll	s1,s3,0x6
ffffffc0802063e4:	004b3a97          	auipc	s5,0x4b3
ffffffc0802063e8:	88ca8a93          	add	s5,s5,-1908 # ffffffc0806b8c70 <threads>
ffffffc0802063ec:	892a                	mv	s2,a0
ffffffc0802063ee:	94d6                	add	s1,s1,s5
  spin_lock(&p->lock);
ffffffc0802063f0:	2ee000ef          	jal	ffffffc0802066de <spin_lock>
  if (t->proc != p || t == curthread()) {
ffffffc0802063f4:	749c                	ld	a5,40(s1)
ffffffc0802063f6:	05279b63          	bne	a5,s2,ffffffc08020644c <thread_join+0x98>
ffffffc0802063fa:	bf1ff0ef          	jal	ffffffc080205fea <curthread>
ffffffc0802063fe:	00a49b63          	bne	s1,a0,ffffffc080206414 <thread_join+0x60>
ffffffc080206402:	a0a9                	j	ffffffc08020644c <thread_join+0x98>
    spin_unlock(&p->lock);
    return -1;
  }
  while (!t->ended) {
    if (p->killed) {
ffffffc080206404:	02094783          	lbu	a5,32(s2)
ffffffc080206408:	e3b1                	bnez	a5,ffffffc08020644c <thread_join+0x98>
      spin_unlock(&p->lock);
      return -1;
    }
    sleep_on(t, &p->lock);
ffffffc08020640a:	e05ff0ef          	jal	ffffffc08020620e <sleep_on>
    if (t->proc != p) { /* joined by a sibling meanwhile */
ffffffc08020640e:	749c                	ld	a5,40(s1)
ffffffc080206410:	03279e63          	bne	a5,s2,ffffffc08020644c <thread_join+0x98>
  while (!t->ended) {
ffffffc080206414:	0484c783          	lbu	a5,72(s1)
    sleep_on(t, &p->lock);
ffffffc080206418:	85ca                	mv	a1,s2
ffffffc08020641a:	8526                	mv	a0,s1
  while (!t->ended) {
ffffffc08020641c:	d7e5                	beqz	a5,ffffffc080206404 <thread_join+0x50>
      spin_unlock(&p->lock);
      return -1;
    }
  }
  int xstate = t->xstate;
ffffffc08020641e:	099a                	sll	s3,s3,0x6
ffffffc080206420:	9ace                	add	s5,s5,s3
ffffffc080206422:	04caa783          	lw	a5,76(s5)
ffffffc080206426:	faf42e23          	sw	a5,-68(s0)
  thread_free(t); /* waits on t->lock until it is off its hart */
ffffffc08020642a:	c7eff0ef          	jal	ffffffc0802058a8 <thread_free>
  spin_unlock(&p->lock);
ffffffc08020642e:	854a                	mv	a0,s2
ffffffc080206430:	3a8000ef          	jal	ffffffc0802067d8 <spin_unlock>
  if (status_uva && copyout(status_uva, &xstate, sizeof(xstate)) < 0)
    return -1;
  return 0;
ffffffc080206434:	4501                	li	a0,0
  if (status_uva && copyout(status_uva, &xstate, sizeof(xstate)) < 0)
ffffffc080206436:	020a1063          	bnez	s4,ffffffc080206456 <thread_join+0xa2>
}
ffffffc08020643a:	60a6                	ld	ra,72(sp)
ffffffc08020643c:	6406                	ld	s0,64(sp)
ffffffc08020643e:	74e2                	ld	s1,56(sp)
ffffffc080206440:	7942                	ld	s2,48(sp)
ffffffc080206442:	79a2                	ld	s3,40(sp)
ffffffc080206444:	7a02                	ld	s4,32(sp)
ffffffc080206446:	6ae2                	ld	s5,24(sp)
ffffffc080206448:	6161                	add	sp,sp,80
ffffffc08020644a:	8082                	ret
    spin_unlock(&p->lock);
ffffffc08020644c:	854a                	mv	a0,s2
ffffffc08020644e:	38a000ef          	jal	ffffffc0802067d8 <spin_unlock>
    return -1;
ffffffc080206452:	557d                	li	a0,-1
ffffffc080206454:	b7dd                	j	ffffffc08020643a <thread_join+0x86>
  if (status_uva && copyout(status_uva, &xstate, sizeof(xstate)) < 0)
ffffffc080206456:	4611                	li	a2,4
ffffffc080206458:	fbc40593          	add	a1,s0,-68
ffffffc08020645c:	8552                	mv	a0,s4
ffffffc08020645e:	c32fe0ef          	jal	ffffffc080204890 <copyout>
ffffffc080206462:	41f5551b          	sraw	a0,a0,0x1f
ffffffc080206466:	bfd1                	j	ffffffc08020643a <thread_join+0x86>

ffffffc080206468 <proc_single_thread>:

int proc_single_thread(void) {
ffffffc080206468:	7179                	add	sp,sp,-48
ffffffc08020646a:	f406                	sd	ra,40(sp)
ffffffc08020646c:	f022                	sd	s0,32(sp)
ffffffc08020646e:	ec26                	sd	s1,24(sp)
ffffffc080206470:	1800                	add	s0,sp,48
ffffffc080206472:	e84a                	sd	s2,16(sp)
ffffffc080206474:	e44e                	sd	s3,8(sp)
  struct proc *p = curproc();
ffffffc080206476:	b97ff0ef          	jal	ffffffc08020600c <curproc>
ffffffc08020647a:	84aa                	mv	s1,a0
  struct thread *self = curthread();
ffffffc08020647c:	b6fff0ef          	jal	ffffffc080205fea <curthread>
ffffffc080206480:	892a                	mv	s2,a0
  spin_lock(&p->lock);
ffffffc080206482:	8526                	mv	a0,s1
ffffffc080206484:	25a000ef          	jal	ffffffc0802066de <spin_lock>
  if (p->single && p->single != self) {
ffffffc080206488:	789c                	ld	a5,48(s1)
ffffffc08020648a:	c399                	beqz	a5,ffffffc080206490 <proc_single_thread+0x28>
ffffffc08020648c:	05279263          	bne	a5,s2,ffffffc0802064d0 <proc_single_thread+0x68>
    spin_unlock(&p->lock);
    return -1;
  }
  p->single = self;
ffffffc080206490:	0324b823          	sd	s2,48(s1)
  wake_threads_locked(p);
ffffffc080206494:	8526                	mv	a0,s1
ffffffc080206496:	f60ff0ef          	jal	ffffffc080205bf6 <wake_threads_locked>
  while (p->nthreads > 1)
ffffffc08020649a:	5498                	lw	a4,40(s1)
ffffffc08020649c:	4785                	li	a5,1
    sleep_on(&p->nthreads, &p->lock);
ffffffc08020649e:	02848993          	add	s3,s1,40
  while (p->nthreads > 1)
ffffffc0802064a2:	4905                	li	s2,1
ffffffc0802064a4:	00e7d963          	bge	a5,a4,ffffffc0802064b6 <proc_single_thread+0x4e>
    sleep_on(&p->nthreads, &p->lock);
ffffffc0802064a8:	85a6                	mv	a1,s1
ffffffc0802064aa:	854e                	mv	a0,s3
ffffffc0802064ac:	d63ff0ef          	jal	ffffffc08020620e <sleep_on>
  while (p->nthreads > 1)
ffffffc0802064b0:	549c                	lw	a5,40(s1)
ffffffc0802064b2:	fef94be3          	blt	s2,a5,ffffffc0802064a8 <proc_single_thread+0x40>
  p->single = NULL;
  spin_unlock(&p->lock);
ffffffc0802064b6:	8526                	mv	a0,s1
  p->single = NULL;
ffffffc0802064b8:	0204b823          	sd	zero,48(s1)
  spin_unlock(&p->lock);
ffffffc0802064bc:	31c000ef          	jal	ffffffc0802067d8 <spin_unlock>
  return 0;
ffffffc0802064c0:	4501                	li	a0,0
}
ffffffc0802064c2:	70a2                	ld	ra,40(sp)
ffffffc0802064c4:	7402                	ld	s0,32(sp)
ffffffc0802064c6:	64e2                	ld	s1,24(sp)
ffffffc0802064c8:	6942                	ld	s2,16(sp)
ffffffc0802064ca:	69a2                	ld	s3,8(sp)
ffffffc0802064cc:	6145                	add	sp,sp,48
ffffffc0802064ce:	8082                	ret
    spin_unlock(&p->lock);
ffffffc0802064d0:	8526                	mv	a0,s1
ffffffc0802064d2:	306000ef          	jal	ffffffc0802067d8 <spin_unlock>
    return -1;
ffffffc0802064d6:	557d                	li	a0,-1
ffffffc0802064d8:	b7ed                	j	ffffffc0802064c2 <proc_single_thread+0x5a>

ffffffc0802064da <rw_init>:

#define RW_WRITER (1U << 31)
#define RW_WAITING (1U << 30)
#define RW_READERS 0x3FFFFFFFU

void rw_init(struct rwlock *l, const char *name) {
ffffffc0802064da:	1141                	add	sp,sp,-16
ffffffc0802064dc:	e422                	sd	s0,8(sp)
ffffffc0802064de:	0800                	add	s0,sp,16
  l->state = 0;
  l->name = name;
}
ffffffc0802064e0:	6422                	ld	s0,8(sp)
  l->state = 0;
ffffffc0802064e2:	00052023          	sw	zero,0(a0)
  l->name = name;
ffffffc0802064e6:	e50c                	sd	a1,8(a0)
}
ffffffc0802064e8:	0141                	add	sp,sp,16
ffffffc0802064ea:	8082                	ret

ffffffc0802064ec <rw_read_lock>:

void rw_read_lock(struct rwlock *l) {
ffffffc0802064ec:	1101                	add	sp,sp,-32
ffffffc0802064ee:	e822                	sd	s0,16(sp)
ffffffc0802064f0:	e426                	sd	s1,8(sp)
ffffffc0802064f2:	e04a                	sd	s2,0(sp)
ffffffc0802064f4:	ec06                	sd	ra,24(sp)
ffffffc0802064f6:	1000                	add	s0,sp,32
ffffffc0802064f8:	84aa                	mv	s1,a0
  push_off();
  for (;;) {
    uint32 s = __atomic_load_n(&l->state, __ATOMIC_RELAXED);
    if (s & (RW_WRITER | RW_WAITING)) {
ffffffc0802064fa:	40000937          	lui	s2,0x40000
  push_off();
ffffffc0802064fe:	26a000ef          	jal	ffffffc080206768 <push_off>
    uint32 s = __atomic_load_n(&l->state, __ATOMIC_RELAXED);
ffffffc080206502:	4098                	lw	a4,0(s1)
ffffffc080206504:	0007079b          	sext.w	a5,a4
      tlb_poll(); /* a writer may be waiting for our acknowledgement */
      continue;
    }
    /* Acquire: the reader's section sees the last writer's updates. */
    if (__atomic_compare_exchange_n(&l->state, &s, s + 1, true, __ATOMIC_ACQUIRE,
ffffffc080206508:	0017869b          	addw	a3,a5,1
    if (s & (RW_WRITER | RW_WAITING)) {
ffffffc08020650c:	03277263          	bgeu	a4,s2,ffffffc080206530 <rw_read_lock+0x44>
    if (__atomic_compare_exchange_n(&l->state, &s, s + 1, true, __ATOMIC_ACQUIRE,
ffffffc080206510:	1004a72f          	lr.w	a4,(s1)
ffffffc080206514:	00f71563          	bne	a4,a5,ffffffc08020651e <rw_read_lock+0x32>
ffffffc080206518:	1cd4a62f          	sc.w.aq	a2,a3,(s1)
ffffffc08020651c:	fa75                	bnez	a2,ffffffc080206510 <rw_read_lock+0x24>
ffffffc08020651e:	40f707bb          	subw	a5,a4,a5
ffffffc080206522:	f3e5                	bnez	a5,ffffffc080206502 <rw_read_lock+0x16>
                                    __ATOMIC_RELAXED))
      return;
  }
}
ffffffc080206524:	60e2                	ld	ra,24(sp)
ffffffc080206526:	6442                	ld	s0,16(sp)
ffffffc080206528:	64a2                	ld	s1,8(sp)
ffffffc08020652a:	6902                	ld	s2,0(sp)
ffffffc08020652c:	6105                	add	sp,sp,32
ffffffc08020652e:	8082                	ret
      tlb_poll(); /* a writer may be waiting for our acknowledgement */
ffffffc080206530:	eeafa0ef          	jal	ffffffc080200c1a <tlb_poll>
      continue;
ffffffc080206534:	b7f9                	j	ffffffc080206502 <rw_read_lock+0x16>

ffffffc080206536 <rw_read_unlock>:

void rw_read_unlock(struct rwlock *l) {
  /* Release: our reads finish before a writer can take the lock. */
  uint32 old = __atomic_fetch_sub(&l->state, 1, __ATOMIC_RELEASE);
ffffffc080206536:	577d                	li	a4,-1
ffffffc080206538:	0f50000f          	fence	iorw,ow
ffffffc08020653c:	00e527af          	amoadd.w	a5,a4,(a0)
  if ((old & RW_READERS) == 0)
ffffffc080206540:	178a                	sll	a5,a5,0x22
ffffffc080206542:	c391                	beqz	a5,ffffffc080206546 <rw_read_unlock+0x10>
    panic("rw_read_unlock: %s has no readers", l->name);
  pop_off();
ffffffc080206544:	a4a9                	j	ffffffc08020678e <pop_off>
void rw_read_unlock(struct rwlock *l) {
ffffffc080206546:	1141                	add	sp,sp,-16
ffffffc080206548:	e022                	sd	s0,0(sp)
ffffffc08020654a:	e406                	sd	ra,8(sp)
ffffffc08020654c:	0800                	add	s0,sp,16
    panic("rw_read_unlock: %s has no readers", l->name);
ffffffc08020654e:	650c                	ld	a1,8(a0)
ffffffc080206550:	00002517          	auipc	a0,0x2
ffffffc080206554:	67050513          	add	a0,a0,1648 # ffffffc080208bc0 <__func__.0+0x588>
ffffffc080206558:	e58fd0ef          	jal	ffffffc080203bb0 <panic>

ffffffc08020655c <rw_write_lock>:
}

void rw_write_lock(struct rwlock *l) {
ffffffc08020655c:	7179                	add	sp,sp,-48
ffffffc08020655e:	f022                	sd	s0,32(sp)
ffffffc080206560:	ec26                	sd	s1,24(sp)
ffffffc080206562:	e84a                	sd	s2,16(sp)
ffffffc080206564:	e44e                	sd	s3,8(sp)
ffffffc080206566:	e052                	sd	s4,0(sp)
ffffffc080206568:	f406                	sd	ra,40(sp)
ffffffc08020656a:	1800                	add	s0,sp,48
  push_off();
  for (;;) {
    uint32 s = __atomic_load_n(&l->state, __ATOMIC_RELAXED);
    if ((s & ~RW_WAITING) == 0) {
ffffffc08020656c:	c0000937          	lui	s2,0xc0000
void rw_write_lock(struct rwlock *l) {
ffffffc080206570:	84aa                	mv	s1,a0
    if ((s & ~RW_WAITING) == 0) {
ffffffc080206572:	197d                	add	s2,s2,-1 # ffffffffbfffffff <kernel_end+0x3f3f940fff>
  push_off();
ffffffc080206574:	1f4000ef          	jal	ffffffc080206768 <push_off>
      if (__atomic_compare_exchange_n(&l->state, &s, RW_WRITER, true, __ATOMIC_ACQUIRE,
                                      __ATOMIC_RELAXED))
        return;
    } else if (!(s & RW_WAITING)) {
ffffffc080206578:	400009b7          	lui	s3,0x40000
      if (__atomic_compare_exchange_n(&l->state, &s, RW_WRITER, true, __ATOMIC_ACQUIRE,
ffffffc08020657c:	80000a37          	lui	s4,0x80000
    uint32 s = __atomic_load_n(&l->state, __ATOMIC_RELAXED);
ffffffc080206580:	409c                	lw	a5,0(s1)
    if ((s & ~RW_WAITING) == 0) {
ffffffc080206582:	0127f6b3          	and	a3,a5,s2
    uint32 s = __atomic_load_n(&l->state, __ATOMIC_RELAXED);
ffffffc080206586:	2781                	sext.w	a5,a5
    } else if (!(s & RW_WAITING)) {
ffffffc080206588:	0137f733          	and	a4,a5,s3
ffffffc08020658c:	2701                	sext.w	a4,a4
    if ((s & ~RW_WAITING) == 0) {
ffffffc08020658e:	e29d                	bnez	a3,ffffffc0802065b4 <rw_write_lock+0x58>
      if (__atomic_compare_exchange_n(&l->state, &s, RW_WRITER, true, __ATOMIC_ACQUIRE,
ffffffc080206590:	1004a72f          	lr.w	a4,(s1)
ffffffc080206594:	00f71563          	bne	a4,a5,ffffffc08020659e <rw_write_lock+0x42>
ffffffc080206598:	1d44a6af          	sc.w.aq	a3,s4,(s1)
ffffffc08020659c:	faf5                	bnez	a3,ffffffc080206590 <rw_write_lock+0x34>
ffffffc08020659e:	40f707bb          	subw	a5,a4,a5
ffffffc0802065a2:	fff9                	bnez	a5,ffffffc080206580 <rw_write_lock+0x24>
      __atomic_fetch_or(&l->state, RW_WAITING, __ATOMIC_RELAXED);
    } else {
      tlb_poll();
    }
  }
}
ffffffc0802065a4:	70a2                	ld	ra,40(sp)
ffffffc0802065a6:	7402                	ld	s0,32(sp)
ffffffc0802065a8:	64e2                	ld	s1,24(sp)
ffffffc0802065aa:	6942                	ld	s2,16(sp)
ffffffc0802065ac:	69a2                	ld	s3,8(sp)
ffffffc0802065ae:	6a02                	ld	s4,0(sp)
ffffffc0802065b0:	6145                	add	sp,sp,48
ffffffc0802065b2:	8082                	ret
    } else if (!(s & RW_WAITING)) {
ffffffc0802065b4:	e701                	bnez	a4,ffffffc0802065bc <rw_write_lock+0x60>
      __atomic_fetch_or(&l->state, RW_WAITING, __ATOMIC_RELAXED);
ffffffc0802065b6:	4134a02f          	amoor.w	zero,s3,(s1)
ffffffc0802065ba:	b7d9                	j	ffffffc080206580 <rw_write_lock+0x24>
      tlb_poll();
ffffffc0802065bc:	e5efa0ef          	jal	ffffffc080200c1a <tlb_poll>
ffffffc0802065c0:	b7c1                	j	ffffffc080206580 <rw_write_lock+0x24>

ffffffc0802065c2 <rw_write_unlock>:

void rw_write_unlock(struct rwlock *l) {
  if (!(__atomic_load_n(&l->state, __ATOMIC_RELAXED) & RW_WRITER))
ffffffc0802065c2:	411c                	lw	a5,0(a0)
ffffffc0802065c4:	0007da63          	bgez	a5,ffffffc0802065d8 <rw_write_unlock+0x16>
    panic("rw_write_unlock: %s not write-held", l->name);
  /* Release: publishes the writer's page-table changes. The waiting bit
   * may have been set again by another writer; clear both. */
  __atomic_fetch_and(&l->state, ~(RW_WRITER | RW_WAITING), __ATOMIC_RELEASE);
ffffffc0802065c8:	400007b7          	lui	a5,0x40000
ffffffc0802065cc:	37fd                	addw	a5,a5,-1 # 3fffffff <KERNEL_PA-0x40200001>
ffffffc0802065ce:	0f50000f          	fence	iorw,ow
ffffffc0802065d2:	60f5202f          	amoand.w	zero,a5,(a0)
  pop_off();
ffffffc0802065d6:	aa65                	j	ffffffc08020678e <pop_off>
void rw_write_unlock(struct rwlock *l) {
ffffffc0802065d8:	1141                	add	sp,sp,-16
ffffffc0802065da:	e022                	sd	s0,0(sp)
ffffffc0802065dc:	e406                	sd	ra,8(sp)
ffffffc0802065de:	0800                	add	s0,sp,16
    panic("rw_write_unlock: %s not write-held", l->name);
ffffffc0802065e0:	650c                	ld	a1,8(a0)
ffffffc0802065e2:	00002517          	auipc	a0,0x2
ffffffc0802065e6:	60650513          	add	a0,a0,1542 # ffffffc080208be8 <__func__.0+0x5b0>
ffffffc0802065ea:	dc6fd0ef          	jal	ffffffc080203bb0 <panic>

ffffffc0802065ee <sleeplock_init>:
/* Sleeping mutexes, built on a spinlock and sleep/wakeup. */
#include "sync/sleeplock.h"
#include "sync/wait.h"

void sleeplock_init(struct sleeplock *l, const char *name) {
ffffffc0802065ee:	1101                	add	sp,sp,-32
ffffffc0802065f0:	e822                	sd	s0,16(sp)
ffffffc0802065f2:	e426                	sd	s1,8(sp)
ffffffc0802065f4:	e04a                	sd	s2,0(sp)
ffffffc0802065f6:	ec06                	sd	ra,24(sp)
ffffffc0802065f8:	1000                	add	s0,sp,32
ffffffc0802065fa:	892e                	mv	s2,a1
  spin_init(&l->lk, "sleeplock");
ffffffc0802065fc:	00002597          	auipc	a1,0x2
ffffffc080206600:	61458593          	add	a1,a1,1556 # ffffffc080208c10 <__func__.0+0x5d8>
void sleeplock_init(struct sleeplock *l, const char *name) {
ffffffc080206604:	84aa                	mv	s1,a0
  spin_init(&l->lk, "sleeplock");
ffffffc080206606:	0c2000ef          	jal	ffffffc0802066c8 <spin_init>
  l->name = name;
  l->locked = false;
  l->pid = 0;
}
ffffffc08020660a:	60e2                	ld	ra,24(sp)
ffffffc08020660c:	6442                	ld	s0,16(sp)
  l->name = name;
ffffffc08020660e:	0324b023          	sd	s2,32(s1)
  l->locked = false;
ffffffc080206612:	00048c23          	sb	zero,24(s1)
  l->pid = 0;
ffffffc080206616:	0004ae23          	sw	zero,28(s1)
}
ffffffc08020661a:	6902                	ld	s2,0(sp)
ffffffc08020661c:	64a2                	ld	s1,8(sp)
ffffffc08020661e:	6105                	add	sp,sp,32
ffffffc080206620:	8082                	ret

ffffffc080206622 <sleeplock_acquire>:

void sleeplock_acquire(struct sleeplock *l) {
ffffffc080206622:	1101                	add	sp,sp,-32
ffffffc080206624:	e822                	sd	s0,16(sp)
ffffffc080206626:	e426                	sd	s1,8(sp)
ffffffc080206628:	ec06                	sd	ra,24(sp)
ffffffc08020662a:	1000                	add	s0,sp,32
ffffffc08020662c:	84aa                	mv	s1,a0
  spin_lock(&l->lk);
ffffffc08020662e:	0b0000ef          	jal	ffffffc0802066de <spin_lock>
  while (l->locked)
ffffffc080206632:	0184c783          	lbu	a5,24(s1)
ffffffc080206636:	cb81                	beqz	a5,ffffffc080206646 <sleeplock_acquire+0x24>
    sleep_on(l, &l->lk);
ffffffc080206638:	85a6                	mv	a1,s1
ffffffc08020663a:	8526                	mv	a0,s1
ffffffc08020663c:	bd3ff0ef          	jal	ffffffc08020620e <sleep_on>
  while (l->locked)
ffffffc080206640:	0184c783          	lbu	a5,24(s1)
ffffffc080206644:	fbf5                	bnez	a5,ffffffc080206638 <sleeplock_acquire+0x16>
  l->locked = true;
ffffffc080206646:	4785                	li	a5,1
ffffffc080206648:	00f48c23          	sb	a5,24(s1)
  l->pid = current_pid();
ffffffc08020664c:	91fff0ef          	jal	ffffffc080205f6a <current_pid>
  spin_unlock(&l->lk);
}
ffffffc080206650:	6442                	ld	s0,16(sp)
  l->pid = current_pid();
ffffffc080206652:	ccc8                	sw	a0,28(s1)
}
ffffffc080206654:	60e2                	ld	ra,24(sp)
  spin_unlock(&l->lk);
ffffffc080206656:	8526                	mv	a0,s1
}
ffffffc080206658:	64a2                	ld	s1,8(sp)
ffffffc08020665a:	6105                	add	sp,sp,32
  spin_unlock(&l->lk);
ffffffc08020665c:	aab5                	j	ffffffc0802067d8 <spin_unlock>

ffffffc08020665e <sleeplock_release>:

void sleeplock_release(struct sleeplock *l) {
ffffffc08020665e:	1101                	add	sp,sp,-32
ffffffc080206660:	ec06                	sd	ra,24(sp)
ffffffc080206662:	e822                	sd	s0,16(sp)
ffffffc080206664:	e426                	sd	s1,8(sp)
ffffffc080206666:	1000                	add	s0,sp,32
ffffffc080206668:	84aa                	mv	s1,a0
  spin_lock(&l->lk);
ffffffc08020666a:	074000ef          	jal	ffffffc0802066de <spin_lock>
  l->locked = false;
  l->pid = 0;
  wakeup(l);
ffffffc08020666e:	8526                	mv	a0,s1
  l->locked = false;
ffffffc080206670:	00048c23          	sb	zero,24(s1)
  l->pid = 0;
ffffffc080206674:	0004ae23          	sw	zero,28(s1)
  wakeup(l);
ffffffc080206678:	be7ff0ef          	jal	ffffffc08020625e <wakeup>
  spin_unlock(&l->lk);
}
ffffffc08020667c:	6442                	ld	s0,16(sp)
ffffffc08020667e:	60e2                	ld	ra,24(sp)
  spin_unlock(&l->lk);
ffffffc080206680:	8526                	mv	a0,s1
}
ffffffc080206682:	64a2                	ld	s1,8(sp)
ffffffc080206684:	6105                	add	sp,sp,32
  spin_unlock(&l->lk);
ffffffc080206686:	aa89                	j	ffffffc0802067d8 <spin_unlock>

ffffffc080206688 <sleeplock_holding>:

bool sleeplock_holding(struct sleeplock *l) {
ffffffc080206688:	1101                	add	sp,sp,-32
ffffffc08020668a:	e822                	sd	s0,16(sp)
ffffffc08020668c:	e426                	sd	s1,8(sp)
ffffffc08020668e:	e04a                	sd	s2,0(sp)
ffffffc080206690:	ec06                	sd	ra,24(sp)
ffffffc080206692:	1000                	add	s0,sp,32
ffffffc080206694:	84aa                	mv	s1,a0
  spin_lock(&l->lk);
ffffffc080206696:	048000ef          	jal	ffffffc0802066de <spin_lock>
  bool r = l->locked && l->pid == current_pid();
ffffffc08020669a:	0184c903          	lbu	s2,24(s1)
ffffffc08020669e:	00091c63          	bnez	s2,ffffffc0802066b6 <sleeplock_holding+0x2e>
  spin_unlock(&l->lk);
ffffffc0802066a2:	8526                	mv	a0,s1
ffffffc0802066a4:	134000ef          	jal	ffffffc0802067d8 <spin_unlock>
  return r;
}
ffffffc0802066a8:	60e2                	ld	ra,24(sp)
ffffffc0802066aa:	6442                	ld	s0,16(sp)
ffffffc0802066ac:	64a2                	ld	s1,8(sp)
ffffffc0802066ae:	854a                	mv	a0,s2
ffffffc0802066b0:	6902                	ld	s2,0(sp)
ffffffc0802066b2:	6105                	add	sp,sp,32
ffffffc0802066b4:	8082                	ret
  bool r = l->locked && l->pid == current_pid();
ffffffc0802066b6:	01c4a903          	lw	s2,28(s1)
ffffffc0802066ba:	8b1ff0ef          	jal	ffffffc080205f6a <current_pid>
ffffffc0802066be:	40a90933          	sub	s2,s2,a0
ffffffc0802066c2:	00193913          	seqz	s2,s2
ffffffc0802066c6:	bff1                	j	ffffffc0802066a2 <sleeplock_holding+0x1a>

ffffffc0802066c8 <spin_init>:
#include "sync/spinlock.h"
#include "proc/cpu.h"
#include "lib/printf.h"
#include "arch/riscv/tlb.h"

void spin_init(struct spinlock *lk, const char *name) {
ffffffc0802066c8:	1141                	add	sp,sp,-16
ffffffc0802066ca:	e422                	sd	s0,8(sp)
ffffffc0802066cc:	0800                	add	s0,sp,16
  lk->locked = 0;
  lk->name = name;
  lk->owner = NULL;
}
ffffffc0802066ce:	6422                	ld	s0,8(sp)
  lk->locked = 0;
ffffffc0802066d0:	00052023          	sw	zero,0(a0)
  lk->name = name;
ffffffc0802066d4:	e50c                	sd	a1,8(a0)
  lk->owner = NULL;
ffffffc0802066d6:	00053823          	sd	zero,16(a0)
}
ffffffc0802066da:	0141                	add	sp,sp,16
ffffffc0802066dc:	8082                	ret

ffffffc0802066de <spin_lock>:

/* Interrupts stay off while any lock is held on this hart, so an interrupt
 * handler can never spin on a lock its own hart holds. */
void spin_lock(struct spinlock *lk) {
ffffffc0802066de:	1101                	add	sp,sp,-32
ffffffc0802066e0:	e822                	sd	s0,16(sp)
ffffffc0802066e2:	e426                	sd	s1,8(sp)
ffffffc0802066e4:	ec06                	sd	ra,24(sp)
ffffffc0802066e6:	e04a                	sd	s2,0(sp)
ffffffc0802066e8:	1000                	add	s0,sp,32
ffffffc0802066ea:	84aa                	mv	s1,a0
static inline bool intr_get(void) { return (csr_read(sstatus) & SSTATUS_SIE) != 0; }
ffffffc0802066ec:	100026f3          	csrr	a3,sstatus
static inline void intr_off(void) { csr_clear(sstatus, SSTATUS_SIE); }
ffffffc0802066f0:	10017073          	csrc	sstatus,2
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc0802066f4:	8712                	mv	a4,tp

void push_off(void) {
  bool old = intr_get();
  intr_off();
  struct cpu *c = mycpu();
  if (c->noff == 0)
ffffffc0802066f6:	5f3c                	lw	a5,120(a4)
ffffffc0802066f8:	e789                	bnez	a5,ffffffc080206702 <spin_lock+0x24>
static inline bool intr_get(void) { return (csr_read(sstatus) & SSTATUS_SIE) != 0; }
ffffffc0802066fa:	8285                	srl	a3,a3,0x1
ffffffc0802066fc:	8a85                	and	a3,a3,1
    c->intena = old;
ffffffc0802066fe:	06d70e23          	sb	a3,124(a4)
  c->noff++;
ffffffc080206702:	2785                	addw	a5,a5,1
ffffffc080206704:	df3c                	sw	a5,120(a4)
  return __atomic_load_n(&lk->locked, __ATOMIC_RELAXED) && lk->owner == mycpu();
ffffffc080206706:	409c                	lw	a5,0(s1)
ffffffc080206708:	c789                	beqz	a5,ffffffc080206712 <spin_lock+0x34>
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc08020670a:	8792                	mv	a5,tp
ffffffc08020670c:	6898                	ld	a4,16(s1)
ffffffc08020670e:	02f70563          	beq	a4,a5,ffffffc080206738 <spin_lock+0x5a>
  while (__atomic_exchange_n(&lk->locked, 1, __ATOMIC_ACQUIRE) != 0)
ffffffc080206712:	4905                	li	s2,1
ffffffc080206714:	87ca                	mv	a5,s2
ffffffc080206716:	0cf4a7af          	amoswap.w.aq	a5,a5,(s1)
ffffffc08020671a:	2781                	sext.w	a5,a5
ffffffc08020671c:	c791                	beqz	a5,ffffffc080206728 <spin_lock+0x4a>
    while (__atomic_load_n(&lk->locked, __ATOMIC_RELAXED))
ffffffc08020671e:	409c                	lw	a5,0(s1)
ffffffc080206720:	dbf5                	beqz	a5,ffffffc080206714 <spin_lock+0x36>
      tlb_poll(); /* keep answering shootdowns while interrupts are off */
ffffffc080206722:	cf8fa0ef          	jal	ffffffc080200c1a <tlb_poll>
ffffffc080206726:	bfe5                	j	ffffffc08020671e <spin_lock+0x40>
ffffffc080206728:	8792                	mv	a5,tp
}
ffffffc08020672a:	60e2                	ld	ra,24(sp)
ffffffc08020672c:	6442                	ld	s0,16(sp)
  lk->owner = mycpu();
ffffffc08020672e:	e89c                	sd	a5,16(s1)
}
ffffffc080206730:	6902                	ld	s2,0(sp)
ffffffc080206732:	64a2                	ld	s1,8(sp)
ffffffc080206734:	6105                	add	sp,sp,32
ffffffc080206736:	8082                	ret
    panic("spin_lock: %s already held by this hart", lk->name);
ffffffc080206738:	648c                	ld	a1,8(s1)
ffffffc08020673a:	00002517          	auipc	a0,0x2
ffffffc08020673e:	4e650513          	add	a0,a0,1254 # ffffffc080208c20 <__func__.0+0x5e8>
ffffffc080206742:	c6efd0ef          	jal	ffffffc080203bb0 <panic>

ffffffc080206746 <spin_holding>:
bool spin_holding(struct spinlock *lk) {
ffffffc080206746:	1141                	add	sp,sp,-16
ffffffc080206748:	e422                	sd	s0,8(sp)
ffffffc08020674a:	0800                	add	s0,sp,16
  return __atomic_load_n(&lk->locked, __ATOMIC_RELAXED) && lk->owner == mycpu();
ffffffc08020674c:	411c                	lw	a5,0(a0)
ffffffc08020674e:	cb89                	beqz	a5,ffffffc080206760 <spin_holding+0x1a>
ffffffc080206750:	8792                	mv	a5,tp
ffffffc080206752:	6908                	ld	a0,16(a0)
}
ffffffc080206754:	6422                	ld	s0,8(sp)
  return __atomic_load_n(&lk->locked, __ATOMIC_RELAXED) && lk->owner == mycpu();
ffffffc080206756:	8d1d                	sub	a0,a0,a5
ffffffc080206758:	00153513          	seqz	a0,a0
}
ffffffc08020675c:	0141                	add	sp,sp,16
ffffffc08020675e:	8082                	ret
ffffffc080206760:	6422                	ld	s0,8(sp)
ffffffc080206762:	4501                	li	a0,0
ffffffc080206764:	0141                	add	sp,sp,16
ffffffc080206766:	8082                	ret

ffffffc080206768 <push_off>:
void push_off(void) {
ffffffc080206768:	1141                	add	sp,sp,-16
ffffffc08020676a:	e422                	sd	s0,8(sp)
ffffffc08020676c:	0800                	add	s0,sp,16
static inline bool intr_get(void) { return (csr_read(sstatus) & SSTATUS_SIE) != 0; }
ffffffc08020676e:	100026f3          	csrr	a3,sstatus
static inline void intr_off(void) { csr_clear(sstatus, SSTATUS_SIE); }
ffffffc080206772:	10017073          	csrc	sstatus,2
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080206776:	8712                	mv	a4,tp
  if (c->noff == 0)
ffffffc080206778:	5f3c                	lw	a5,120(a4)
ffffffc08020677a:	e789                	bnez	a5,ffffffc080206784 <push_off+0x1c>
static inline bool intr_get(void) { return (csr_read(sstatus) & SSTATUS_SIE) != 0; }
ffffffc08020677c:	8285                	srl	a3,a3,0x1
ffffffc08020677e:	8a85                	and	a3,a3,1
    c->intena = old;
ffffffc080206780:	06d70e23          	sb	a3,124(a4)
}
ffffffc080206784:	6422                	ld	s0,8(sp)
  c->noff++;
ffffffc080206786:	2785                	addw	a5,a5,1
ffffffc080206788:	df3c                	sw	a5,120(a4)
}
ffffffc08020678a:	0141                	add	sp,sp,16
ffffffc08020678c:	8082                	ret

ffffffc08020678e <pop_off>:

void pop_off(void) {
ffffffc08020678e:	1141                	add	sp,sp,-16
ffffffc080206790:	e022                	sd	s0,0(sp)
ffffffc080206792:	e406                	sd	ra,8(sp)
ffffffc080206794:	0800                	add	s0,sp,16
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080206796:	8712                	mv	a4,tp
static inline bool intr_get(void) { return (csr_read(sstatus) & SSTATUS_SIE) != 0; }
ffffffc080206798:	100027f3          	csrr	a5,sstatus
ffffffc08020679c:	8b89                	and	a5,a5,2
  struct cpu *c = mycpu();
  if (intr_get())
ffffffc08020679e:	e79d                	bnez	a5,ffffffc0802067cc <pop_off+0x3e>
    panic("pop_off: interrupts on");
  if (c->noff < 1)
ffffffc0802067a0:	5f3c                	lw	a5,120(a4)
ffffffc0802067a2:	00f05f63          	blez	a5,ffffffc0802067c0 <pop_off+0x32>
    panic("pop_off: not pushed");
  if (--c->noff == 0 && c->intena)
ffffffc0802067a6:	fff7869b          	addw	a3,a5,-1
ffffffc0802067aa:	df34                	sw	a3,120(a4)
ffffffc0802067ac:	e691                	bnez	a3,ffffffc0802067b8 <pop_off+0x2a>
ffffffc0802067ae:	07c74783          	lbu	a5,124(a4)
ffffffc0802067b2:	c399                	beqz	a5,ffffffc0802067b8 <pop_off+0x2a>
static inline void intr_on(void) { csr_set(sstatus, SSTATUS_SIE); }
ffffffc0802067b4:	10016073          	csrs	sstatus,2
    intr_on();
}
ffffffc0802067b8:	60a2                	ld	ra,8(sp)
ffffffc0802067ba:	6402                	ld	s0,0(sp)
ffffffc0802067bc:	0141                	add	sp,sp,16
ffffffc0802067be:	8082                	ret
    panic("pop_off: not pushed");
ffffffc0802067c0:	00002517          	auipc	a0,0x2
ffffffc0802067c4:	4a050513          	add	a0,a0,1184 # ffffffc080208c60 <__func__.0+0x628>
ffffffc0802067c8:	be8fd0ef          	jal	ffffffc080203bb0 <panic>
    panic("pop_off: interrupts on");
ffffffc0802067cc:	00002517          	auipc	a0,0x2
ffffffc0802067d0:	47c50513          	add	a0,a0,1148 # ffffffc080208c48 <__func__.0+0x610>
ffffffc0802067d4:	bdcfd0ef          	jal	ffffffc080203bb0 <panic>

ffffffc0802067d8 <spin_unlock>:
  return __atomic_load_n(&lk->locked, __ATOMIC_RELAXED) && lk->owner == mycpu();
ffffffc0802067d8:	411c                	lw	a5,0(a0)
ffffffc0802067da:	c789                	beqz	a5,ffffffc0802067e4 <spin_unlock+0xc>
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc0802067dc:	8792                	mv	a5,tp
ffffffc0802067de:	6918                	ld	a4,16(a0)
ffffffc0802067e0:	00f70d63          	beq	a4,a5,ffffffc0802067fa <spin_unlock+0x22>
void spin_unlock(struct spinlock *lk) {
ffffffc0802067e4:	1141                	add	sp,sp,-16
ffffffc0802067e6:	e022                	sd	s0,0(sp)
ffffffc0802067e8:	e406                	sd	ra,8(sp)
ffffffc0802067ea:	0800                	add	s0,sp,16
    panic("spin_unlock: %s not held by this hart", lk->name);
ffffffc0802067ec:	650c                	ld	a1,8(a0)
ffffffc0802067ee:	00002517          	auipc	a0,0x2
ffffffc0802067f2:	48a50513          	add	a0,a0,1162 # ffffffc080208c78 <__func__.0+0x640>
ffffffc0802067f6:	bbafd0ef          	jal	ffffffc080203bb0 <panic>
  lk->owner = NULL;
ffffffc0802067fa:	00053823          	sd	zero,16(a0)
  __atomic_store_n(&lk->locked, 0, __ATOMIC_RELEASE);
ffffffc0802067fe:	0f50000f          	fence	iorw,ow
ffffffc080206802:	0805202f          	amoswap.w	zero,zero,(a0)
  pop_off();
ffffffc080206806:	b761                	j	ffffffc08020678e <pop_off>

ffffffc080206808 <sys_kbench>:
    tlb_shootdown(others, 0, PGSIZE);
    pop_off();
  }
}

int64 sys_kbench(void) {
ffffffc080206808:	711d                	add	sp,sp,-96
ffffffc08020680a:	ec86                	sd	ra,88(sp)
ffffffc08020680c:	e8a2                	sd	s0,80(sp)
ffffffc08020680e:	e4a6                	sd	s1,72(sp)
ffffffc080206810:	e0ca                	sd	s2,64(sp)
ffffffc080206812:	fc4e                	sd	s3,56(sp)
ffffffc080206814:	1080                	add	s0,sp,96
ffffffc080206816:	f852                	sd	s4,48(sp)
ffffffc080206818:	f456                	sd	s5,40(sp)
ffffffc08020681a:	f05a                	sd	s6,32(sp)
ffffffc08020681c:	ec5e                	sd	s7,24(sp)
ffffffc08020681e:	e862                	sd	s8,16(sp)
ffffffc080206820:	e466                	sd	s9,8(sp)
  int which = arg_int(0);
ffffffc080206822:	4501                	li	a0,0
ffffffc080206824:	229000ef          	jal	ffffffc08020724c <arg_int>
ffffffc080206828:	892a                	mv	s2,a0
  long iters = (long)arg_addr(1);
ffffffc08020682a:	4505                	li	a0,1
ffffffc08020682c:	245000ef          	jal	ffffffc080207270 <arg_addr>
  void *p = __atomic_load_n(&hot_page, __ATOMIC_ACQUIRE);
ffffffc080206830:	00274997          	auipc	s3,0x274
ffffffc080206834:	88898993          	add	s3,s3,-1912 # ffffffc08047a0b8 <hot_page>
ffffffc080206838:	0009b783          	ld	a5,0(s3)
  long iters = (long)arg_addr(1);
ffffffc08020683c:	84aa                	mv	s1,a0
  void *p = __atomic_load_n(&hot_page, __ATOMIC_ACQUIRE);
ffffffc08020683e:	0ff0000f          	fence
  if (p)
ffffffc080206842:	c7c1                	beqz	a5,ffffffc0802068ca <sys_kbench+0xc2>
  void *hot = get_hot_page();
  if (iters < 0 || !hot)
ffffffc080206844:	0a04c663          	bltz	s1,ffffffc0802068f0 <sys_kbench+0xe8>
static inline uint64 r_time(void) { return csr_read(time); }
ffffffc080206848:	c01029f3          	rdtime	s3
    return -1;
  uint64 t0 = r_time();
  switch (which) {
ffffffc08020684c:	4711                	li	a4,4
ffffffc08020684e:	0b276163          	bltu	a4,s2,ffffffc0802068f0 <sys_kbench+0xe8>
ffffffc080206852:	00002697          	auipc	a3,0x2
ffffffc080206856:	44e68693          	add	a3,a3,1102 # ffffffc080208ca0 <__func__.0+0x668>
ffffffc08020685a:	090a                	sll	s2,s2,0x2
ffffffc08020685c:	9936                	add	s2,s2,a3
ffffffc08020685e:	00092703          	lw	a4,0(s2)
ffffffc080206862:	9736                	add	a4,a4,a3
ffffffc080206864:	8702                	jr	a4
  struct vmspace *vs = curproc()->vm;
ffffffc080206866:	fa6ff0ef          	jal	ffffffc08020600c <curproc>
ffffffc08020686a:	04053a03          	ld	s4,64(a0)
  for (long i = 0; i < iters; i++) {
ffffffc08020686e:	02905d63          	blez	s1,ffffffc0802068a8 <sys_kbench+0xa0>
    uint64 others = __atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) & ~(1UL << mycpu()->id);
ffffffc080206872:	0f8a0a13          	add	s4,s4,248 # ffffffff800000f8 <kernel_end+0x3eff9410f8>
  for (long i = 0; i < iters; i++) {
ffffffc080206876:	4901                	li	s2,0
    uint64 others = __atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) & ~(1UL << mycpu()->id);
ffffffc080206878:	4a85                	li	s5,1
    push_off();
ffffffc08020687a:	eefff0ef          	jal	ffffffc080206768 <push_off>
    uint64 others = __atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) & ~(1UL << mycpu()->id);
ffffffc08020687e:	000a3503          	ld	a0,0(s4)
ffffffc080206882:	0ff0000f          	fence
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080206886:	8792                	mv	a5,tp
ffffffc080206888:	0807a783          	lw	a5,128(a5)
    tlb_shootdown(others, 0, PGSIZE);
ffffffc08020688c:	6605                	lui	a2,0x1
ffffffc08020688e:	4581                	li	a1,0
    uint64 others = __atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) & ~(1UL << mycpu()->id);
ffffffc080206890:	00fa97b3          	sll	a5,s5,a5
ffffffc080206894:	fff7c793          	not	a5,a5
    tlb_shootdown(others, 0, PGSIZE);
ffffffc080206898:	8d7d                	and	a0,a0,a5
  for (long i = 0; i < iters; i++) {
ffffffc08020689a:	0905                	add	s2,s2,1
    tlb_shootdown(others, 0, PGSIZE);
ffffffc08020689c:	c36fa0ef          	jal	ffffffc080200cd2 <tlb_shootdown>
    pop_off();
ffffffc0802068a0:	eefff0ef          	jal	ffffffc08020678e <pop_off>
  for (long i = 0; i < iters; i++) {
ffffffc0802068a4:	fd249be3          	bne	s1,s2,ffffffc08020687a <sys_kbench+0x72>
static inline uint64 r_time(void) { return csr_read(time); }
ffffffc0802068a8:	c0102573          	rdtime	a0
    bench_shootdown(iters);
    break;
  default:
    return -1;
  }
  return r_time() - t0;
ffffffc0802068ac:	41350533          	sub	a0,a0,s3
}
ffffffc0802068b0:	60e6                	ld	ra,88(sp)
ffffffc0802068b2:	6446                	ld	s0,80(sp)
ffffffc0802068b4:	64a6                	ld	s1,72(sp)
ffffffc0802068b6:	6906                	ld	s2,64(sp)
ffffffc0802068b8:	79e2                	ld	s3,56(sp)
ffffffc0802068ba:	7a42                	ld	s4,48(sp)
ffffffc0802068bc:	7aa2                	ld	s5,40(sp)
ffffffc0802068be:	7b02                	ld	s6,32(sp)
ffffffc0802068c0:	6be2                	ld	s7,24(sp)
ffffffc0802068c2:	6c42                	ld	s8,16(sp)
ffffffc0802068c4:	6ca2                	ld	s9,8(sp)
ffffffc0802068c6:	6125                	add	sp,sp,96
ffffffc0802068c8:	8082                	ret
  void *fresh = page_alloc();
ffffffc0802068ca:	c87fd0ef          	jal	ffffffc080204550 <page_alloc>
ffffffc0802068ce:	87aa                	mv	a5,a0
  if (!fresh)
ffffffc0802068d0:	c105                	beqz	a0,ffffffc0802068f0 <sys_kbench+0xe8>
  if (!__atomic_compare_exchange_n(&hot_page, &expected, fresh, false, __ATOMIC_ACQ_REL,
ffffffc0802068d2:	1409ba2f          	lr.d.aq	s4,(s3)
ffffffc0802068d6:	000a1563          	bnez	s4,ffffffc0802068e0 <sys_kbench+0xd8>
ffffffc0802068da:	1ca9b72f          	sc.d.aq	a4,a0,(s3)
ffffffc0802068de:	fb75                	bnez	a4,ffffffc0802068d2 <sys_kbench+0xca>
ffffffc0802068e0:	f60a02e3          	beqz	s4,ffffffc080206844 <sys_kbench+0x3c>
    page_free(fresh);
ffffffc0802068e4:	e35fd0ef          	jal	ffffffc080204718 <page_free>
  if (iters < 0 || !hot)
ffffffc0802068e8:	0004c463          	bltz	s1,ffffffc0802068f0 <sys_kbench+0xe8>
ffffffc0802068ec:	0e0a1d63          	bnez	s4,ffffffc0802069e6 <sys_kbench+0x1de>
    return -1;
ffffffc0802068f0:	557d                	li	a0,-1
ffffffc0802068f2:	bf7d                	j	ffffffc0802068b0 <sys_kbench+0xa8>
  for (long i = 0; i < iters; i++) {
ffffffc0802068f4:	4a81                	li	s5,0
ffffffc0802068f6:	00273a17          	auipc	s4,0x273
ffffffc0802068fa:	7baa0a13          	add	s4,s4,1978 # ffffffc08047a0b0 <lab_count>
    spin_lock(&lab_lock);
ffffffc0802068fe:	00273917          	auipc	s2,0x273
ffffffc080206902:	71290913          	add	s2,s2,1810 # ffffffc08047a010 <lab_lock>
  for (long i = 0; i < iters; i++) {
ffffffc080206906:	fa9051e3          	blez	s1,ffffffc0802068a8 <sys_kbench+0xa0>
    spin_lock(&lab_lock);
ffffffc08020690a:	854a                	mv	a0,s2
ffffffc08020690c:	dd3ff0ef          	jal	ffffffc0802066de <spin_lock>
    lab_count++;
ffffffc080206910:	000a3783          	ld	a5,0(s4)
    spin_unlock(&lab_lock);
ffffffc080206914:	854a                	mv	a0,s2
  for (long i = 0; i < iters; i++) {
ffffffc080206916:	0a85                	add	s5,s5,1
    lab_count++;
ffffffc080206918:	0785                	add	a5,a5,1
ffffffc08020691a:	00fa3023          	sd	a5,0(s4)
    spin_unlock(&lab_lock);
ffffffc08020691e:	ebbff0ef          	jal	ffffffc0802067d8 <spin_unlock>
    spin_lock(&lab_lock);
ffffffc080206922:	854a                	mv	a0,s2
ffffffc080206924:	dbbff0ef          	jal	ffffffc0802066de <spin_lock>
    lab_count--;
ffffffc080206928:	000a3783          	ld	a5,0(s4)
    spin_unlock(&lab_lock);
ffffffc08020692c:	854a                	mv	a0,s2
    lab_count--;
ffffffc08020692e:	17fd                	add	a5,a5,-1
ffffffc080206930:	00fa3023          	sd	a5,0(s4)
    spin_unlock(&lab_lock);
ffffffc080206934:	ea5ff0ef          	jal	ffffffc0802067d8 <spin_unlock>
  for (long i = 0; i < iters; i++) {
ffffffc080206938:	fd5499e3          	bne	s1,s5,ffffffc08020690a <sys_kbench+0x102>
ffffffc08020693c:	b7b5                	j	ffffffc0802068a8 <sys_kbench+0xa0>
  void *a = page_alloc(), *b = page_alloc();
ffffffc08020693e:	c13fd0ef          	jal	ffffffc080204550 <page_alloc>
ffffffc080206942:	8a2a                	mv	s4,a0
ffffffc080206944:	c0dfd0ef          	jal	ffffffc080204550 <page_alloc>
ffffffc080206948:	8aaa                	mv	s5,a0
  if (a && b)
ffffffc08020694a:	080a0063          	beqz	s4,ffffffc0802069ca <sys_kbench+0x1c2>
ffffffc08020694e:	c541                	beqz	a0,ffffffc0802069d6 <sys_kbench+0x1ce>
    for (long i = 0; i < iters; i++)
ffffffc080206950:	4901                	li	s2,0
ffffffc080206952:	00905a63          	blez	s1,ffffffc080206966 <sys_kbench+0x15e>
ffffffc080206956:	0905                	add	s2,s2,1
      memcpy(a, b, PGSIZE);
ffffffc080206958:	6605                	lui	a2,0x1
ffffffc08020695a:	85d6                	mv	a1,s5
ffffffc08020695c:	8552                	mv	a0,s4
ffffffc08020695e:	b6efd0ef          	jal	ffffffc080203ccc <memcpy>
    for (long i = 0; i < iters; i++)
ffffffc080206962:	ff249ae3          	bne	s1,s2,ffffffc080206956 <sys_kbench+0x14e>
    page_free(a);
ffffffc080206966:	8552                	mv	a0,s4
ffffffc080206968:	db1fd0ef          	jal	ffffffc080204718 <page_free>
    page_free(b);
ffffffc08020696c:	8556                	mv	a0,s5
ffffffc08020696e:	dabfd0ef          	jal	ffffffc080204718 <page_free>
  return a && b ? 0 : -1;
ffffffc080206972:	bf1d                	j	ffffffc0802068a8 <sys_kbench+0xa0>
    bench_refs_amo(V2P(hot), iters);
ffffffc080206974:	4705                	li	a4,1
ffffffc080206976:	171a                	sll	a4,a4,0x26
ffffffc080206978:	00e78933          	add	s2,a5,a4
  for (long i = 0; i < iters; i++) {
ffffffc08020697c:	f29056e3          	blez	s1,ffffffc0802068a8 <sys_kbench+0xa0>
  uint64 i = (pa >> PGSHIFT) - page_first_pfn;
ffffffc080206980:	00c95a93          	srl	s5,s2,0xc
ffffffc080206984:	4a01                	li	s4,0
ffffffc080206986:	00273c17          	auipc	s8,0x273
ffffffc08020698a:	70ac0c13          	add	s8,s8,1802 # ffffffc08047a090 <page_first_pfn>
ffffffc08020698e:	00273b97          	auipc	s7,0x273
ffffffc080206992:	6fab8b93          	add	s7,s7,1786 # ffffffc08047a088 <page_npages>
  __atomic_fetch_add(&pa_to_page(pa)->refs, 1, __ATOMIC_RELAXED);
ffffffc080206996:	00273c97          	auipc	s9,0x273
ffffffc08020699a:	702c8c93          	add	s9,s9,1794 # ffffffc08047a098 <page_array>
ffffffc08020699e:	4b05                	li	s6,1
  uint64 i = (pa >> PGSHIFT) - page_first_pfn;
ffffffc0802069a0:	000c3783          	ld	a5,0(s8)
  if (i >= page_npages)
ffffffc0802069a4:	000bb703          	ld	a4,0(s7)
  uint64 i = (pa >> PGSHIFT) - page_first_pfn;
ffffffc0802069a8:	40fa87b3          	sub	a5,s5,a5
  if (i >= page_npages)
ffffffc0802069ac:	02e7fa63          	bgeu	a5,a4,ffffffc0802069e0 <sys_kbench+0x1d8>
  __atomic_fetch_add(&pa_to_page(pa)->refs, 1, __ATOMIC_RELAXED);
ffffffc0802069b0:	000cb703          	ld	a4,0(s9)
ffffffc0802069b4:	078a                	sll	a5,a5,0x2
ffffffc0802069b6:	97ba                	add	a5,a5,a4
ffffffc0802069b8:	0167a02f          	amoadd.w	zero,s6,(a5)
ffffffc0802069bc:	0a05                	add	s4,s4,1
    page_ref_put(pa);
ffffffc0802069be:	854a                	mv	a0,s2
ffffffc0802069c0:	e29fd0ef          	jal	ffffffc0802047e8 <page_ref_put>
  for (long i = 0; i < iters; i++) {
ffffffc0802069c4:	fd449ee3          	bne	s1,s4,ffffffc0802069a0 <sys_kbench+0x198>
ffffffc0802069c8:	b5c5                	j	ffffffc0802068a8 <sys_kbench+0xa0>
  if (b)
ffffffc0802069ca:	f20503e3          	beqz	a0,ffffffc0802068f0 <sys_kbench+0xe8>
    page_free(b);
ffffffc0802069ce:	d4bfd0ef          	jal	ffffffc080204718 <page_free>
    return -1;
ffffffc0802069d2:	557d                	li	a0,-1
ffffffc0802069d4:	bdf1                	j	ffffffc0802068b0 <sys_kbench+0xa8>
    page_free(a);
ffffffc0802069d6:	8552                	mv	a0,s4
ffffffc0802069d8:	d41fd0ef          	jal	ffffffc080204718 <page_free>
    return -1;
ffffffc0802069dc:	557d                	li	a0,-1
ffffffc0802069de:	bdc9                	j	ffffffc0802068b0 <sys_kbench+0xa8>
    page_bad_pa(pa);
ffffffc0802069e0:	854a                	mv	a0,s2
ffffffc0802069e2:	df1fd0ef          	jal	ffffffc0802047d2 <page_bad_pa>
ffffffc0802069e6:	87d2                	mv	a5,s4
ffffffc0802069e8:	b585                	j	ffffffc080206848 <sys_kbench+0x40>

ffffffc0802069ea <sys_tlbmode>:

int64 sys_tlbmode(void) {
ffffffc0802069ea:	1141                	add	sp,sp,-16
ffffffc0802069ec:	e022                	sd	s0,0(sp)
ffffffc0802069ee:	e406                	sd	ra,8(sp)
ffffffc0802069f0:	0800                	add	s0,sp,16
  int m = arg_int(0);
ffffffc0802069f2:	4501                	li	a0,0
ffffffc0802069f4:	059000ef          	jal	ffffffc08020724c <arg_int>
  if (m == -1)
ffffffc0802069f8:	577d                	li	a4,-1
ffffffc0802069fa:	00e50d63          	beq	a0,a4,ffffffc080206a14 <sys_tlbmode+0x2a>
    return tlb_mode();
  if (m != TLB_IPI && m != TLB_SBI_RFENCE)
ffffffc0802069fe:	0005079b          	sext.w	a5,a0
ffffffc080206a02:	4705                	li	a4,1
ffffffc080206a04:	00f76e63          	bltu	a4,a5,ffffffc080206a20 <sys_tlbmode+0x36>
    return -1;
  return tlb_set_mode(m);
ffffffc080206a08:	a9cfa0ef          	jal	ffffffc080200ca4 <tlb_set_mode>
}
ffffffc080206a0c:	60a2                	ld	ra,8(sp)
ffffffc080206a0e:	6402                	ld	s0,0(sp)
ffffffc080206a10:	0141                	add	sp,sp,16
ffffffc080206a12:	8082                	ret
    return tlb_mode();
ffffffc080206a14:	aaafa0ef          	jal	ffffffc080200cbe <tlb_mode>
}
ffffffc080206a18:	60a2                	ld	ra,8(sp)
ffffffc080206a1a:	6402                	ld	s0,0(sp)
ffffffc080206a1c:	0141                	add	sp,sp,16
ffffffc080206a1e:	8082                	ret
    return -1;
ffffffc080206a20:	557d                	li	a0,-1
ffffffc080206a22:	b7ed                	j	ffffffc080206a0c <sys_tlbmode+0x22>

ffffffc080206a24 <sys_read>:
  return -1;
}

/* int read(int fd, void *buf, int n) */
int64 sys_read(void)
{
ffffffc080206a24:	7179                	add	sp,sp,-48
ffffffc080206a26:	f022                	sd	s0,32(sp)
ffffffc080206a28:	f406                	sd	ra,40(sp)
ffffffc080206a2a:	1800                	add	s0,sp,48
ffffffc080206a2c:	ec26                	sd	s1,24(sp)
ffffffc080206a2e:	e84a                	sd	s2,16(sp)
  struct file *f;
  if (arg_fd(0, NULL, &f) < 0)
ffffffc080206a30:	fd840613          	add	a2,s0,-40
ffffffc080206a34:	4581                	li	a1,0
ffffffc080206a36:	4501                	li	a0,0
ffffffc080206a38:	093000ef          	jal	ffffffc0802072ca <arg_fd>
ffffffc080206a3c:	02054663          	bltz	a0,ffffffc080206a68 <sys_read+0x44>
    return -1;
  return file_read(f, arg_addr(1), arg_int(2));
ffffffc080206a40:	4505                	li	a0,1
ffffffc080206a42:	fd843903          	ld	s2,-40(s0)
ffffffc080206a46:	02b000ef          	jal	ffffffc080207270 <arg_addr>
ffffffc080206a4a:	84aa                	mv	s1,a0
ffffffc080206a4c:	4509                	li	a0,2
ffffffc080206a4e:	7fe000ef          	jal	ffffffc08020724c <arg_int>
ffffffc080206a52:	862a                	mv	a2,a0
ffffffc080206a54:	85a6                	mv	a1,s1
ffffffc080206a56:	854a                	mv	a0,s2
ffffffc080206a58:	87bfb0ef          	jal	ffffffc0802022d2 <file_read>
}
ffffffc080206a5c:	70a2                	ld	ra,40(sp)
ffffffc080206a5e:	7402                	ld	s0,32(sp)
ffffffc080206a60:	64e2                	ld	s1,24(sp)
ffffffc080206a62:	6942                	ld	s2,16(sp)
ffffffc080206a64:	6145                	add	sp,sp,48
ffffffc080206a66:	8082                	ret
    return -1;
ffffffc080206a68:	557d                	li	a0,-1
ffffffc080206a6a:	bfcd                	j	ffffffc080206a5c <sys_read+0x38>

ffffffc080206a6c <sys_write>:

/* int write(int fd, const void *buf, int n) */
int64 sys_write(void)
{
ffffffc080206a6c:	7179                	add	sp,sp,-48
ffffffc080206a6e:	f022                	sd	s0,32(sp)
ffffffc080206a70:	f406                	sd	ra,40(sp)
ffffffc080206a72:	1800                	add	s0,sp,48
ffffffc080206a74:	ec26                	sd	s1,24(sp)
ffffffc080206a76:	e84a                	sd	s2,16(sp)
  struct file *f;
  if (arg_fd(0, NULL, &f) < 0)
ffffffc080206a78:	fd840613          	add	a2,s0,-40
ffffffc080206a7c:	4581                	li	a1,0
ffffffc080206a7e:	4501                	li	a0,0
ffffffc080206a80:	04b000ef          	jal	ffffffc0802072ca <arg_fd>
ffffffc080206a84:	02054663          	bltz	a0,ffffffc080206ab0 <sys_write+0x44>
    return -1;
  return file_write(f, arg_addr(1), arg_int(2));
ffffffc080206a88:	4505                	li	a0,1
ffffffc080206a8a:	fd843903          	ld	s2,-40(s0)
ffffffc080206a8e:	7e2000ef          	jal	ffffffc080207270 <arg_addr>
ffffffc080206a92:	84aa                	mv	s1,a0
ffffffc080206a94:	4509                	li	a0,2
ffffffc080206a96:	7b6000ef          	jal	ffffffc08020724c <arg_int>
ffffffc080206a9a:	862a                	mv	a2,a0
ffffffc080206a9c:	85a6                	mv	a1,s1
ffffffc080206a9e:	854a                	mv	a0,s2
ffffffc080206aa0:	8f5fb0ef          	jal	ffffffc080202394 <file_write>
}
ffffffc080206aa4:	70a2                	ld	ra,40(sp)
ffffffc080206aa6:	7402                	ld	s0,32(sp)
ffffffc080206aa8:	64e2                	ld	s1,24(sp)
ffffffc080206aaa:	6942                	ld	s2,16(sp)
ffffffc080206aac:	6145                	add	sp,sp,48
ffffffc080206aae:	8082                	ret
    return -1;
ffffffc080206ab0:	557d                	li	a0,-1
ffffffc080206ab2:	bfcd                	j	ffffffc080206aa4 <sys_write+0x38>

ffffffc080206ab4 <sys_close>:

/* int close(int fd) */
int64 sys_close(void)
{
ffffffc080206ab4:	1101                	add	sp,sp,-32
ffffffc080206ab6:	e822                	sd	s0,16(sp)
ffffffc080206ab8:	ec06                	sd	ra,24(sp)
ffffffc080206aba:	1000                	add	s0,sp,32
  int fd;
  struct file *f;
  if (arg_fd(0, &fd, &f) < 0)
ffffffc080206abc:	fe840613          	add	a2,s0,-24
ffffffc080206ac0:	fe440593          	add	a1,s0,-28
ffffffc080206ac4:	4501                	li	a0,0
ffffffc080206ac6:	005000ef          	jal	ffffffc0802072ca <arg_fd>
ffffffc080206aca:	02054563          	bltz	a0,ffffffc080206af4 <sys_close+0x40>
    return -1;
  curproc()->ofile[fd] = NULL;
ffffffc080206ace:	d3eff0ef          	jal	ffffffc08020600c <curproc>
ffffffc080206ad2:	fe442783          	lw	a5,-28(s0)
ffffffc080206ad6:	872a                	mv	a4,a0
  file_close(f);
ffffffc080206ad8:	fe843503          	ld	a0,-24(s0)
  curproc()->ofile[fd] = NULL;
ffffffc080206adc:	07a1                	add	a5,a5,8
ffffffc080206ade:	078e                	sll	a5,a5,0x3
ffffffc080206ae0:	97ba                	add	a5,a5,a4
ffffffc080206ae2:	0007b423          	sd	zero,8(a5)
  file_close(f);
ffffffc080206ae6:	f18fb0ef          	jal	ffffffc0802021fe <file_close>
  return 0;
ffffffc080206aea:	4501                	li	a0,0
}
ffffffc080206aec:	60e2                	ld	ra,24(sp)
ffffffc080206aee:	6442                	ld	s0,16(sp)
ffffffc080206af0:	6105                	add	sp,sp,32
ffffffc080206af2:	8082                	ret
    return -1;
ffffffc080206af4:	557d                	li	a0,-1
ffffffc080206af6:	bfdd                	j	ffffffc080206aec <sys_close+0x38>

ffffffc080206af8 <sys_fstat>:

/* int fstat(int fd, struct stat *st) */
int64 sys_fstat(void)
{
ffffffc080206af8:	7179                	add	sp,sp,-48
ffffffc080206afa:	f022                	sd	s0,32(sp)
ffffffc080206afc:	f406                	sd	ra,40(sp)
ffffffc080206afe:	1800                	add	s0,sp,48
ffffffc080206b00:	ec26                	sd	s1,24(sp)
  struct file *f;
  if (arg_fd(0, NULL, &f) < 0)
ffffffc080206b02:	fd840613          	add	a2,s0,-40
ffffffc080206b06:	4581                	li	a1,0
ffffffc080206b08:	4501                	li	a0,0
ffffffc080206b0a:	7c0000ef          	jal	ffffffc0802072ca <arg_fd>
ffffffc080206b0e:	02054063          	bltz	a0,ffffffc080206b2e <sys_fstat+0x36>
    return -1;
  return file_stat(f, arg_addr(1));
ffffffc080206b12:	fd843483          	ld	s1,-40(s0)
ffffffc080206b16:	4505                	li	a0,1
ffffffc080206b18:	758000ef          	jal	ffffffc080207270 <arg_addr>
ffffffc080206b1c:	85aa                	mv	a1,a0
ffffffc080206b1e:	8526                	mv	a0,s1
ffffffc080206b20:	937fb0ef          	jal	ffffffc080202456 <file_stat>
}
ffffffc080206b24:	70a2                	ld	ra,40(sp)
ffffffc080206b26:	7402                	ld	s0,32(sp)
ffffffc080206b28:	64e2                	ld	s1,24(sp)
ffffffc080206b2a:	6145                	add	sp,sp,48
ffffffc080206b2c:	8082                	ret
    return -1;
ffffffc080206b2e:	557d                	li	a0,-1
ffffffc080206b30:	bfd5                	j	ffffffc080206b24 <sys_fstat+0x2c>

ffffffc080206b32 <sys_dup>:

/* int dup(int fd): the lowest free descriptor, naming the same file. */
int64 sys_dup(void)
{
ffffffc080206b32:	7179                	add	sp,sp,-48
ffffffc080206b34:	f022                	sd	s0,32(sp)
ffffffc080206b36:	f406                	sd	ra,40(sp)
ffffffc080206b38:	1800                	add	s0,sp,48
ffffffc080206b3a:	ec26                	sd	s1,24(sp)
ffffffc080206b3c:	e84a                	sd	s2,16(sp)
  struct file *f;
  if (arg_fd(0, NULL, &f) < 0)
ffffffc080206b3e:	fd840613          	add	a2,s0,-40
ffffffc080206b42:	4581                	li	a1,0
ffffffc080206b44:	4501                	li	a0,0
ffffffc080206b46:	784000ef          	jal	ffffffc0802072ca <arg_fd>
ffffffc080206b4a:	02054163          	bltz	a0,ffffffc080206b6c <sys_dup+0x3a>
    return -1;
  int fd = fd_alloc(f);
ffffffc080206b4e:	fd843903          	ld	s2,-40(s0)
  struct proc *p = curproc();
ffffffc080206b52:	cbaff0ef          	jal	ffffffc08020600c <curproc>
ffffffc080206b56:	862a                	mv	a2,a0
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080206b58:	04850793          	add	a5,a0,72
ffffffc080206b5c:	4481                	li	s1,0
ffffffc080206b5e:	46c1                	li	a3,16
    if (p->ofile[fd] == NULL) {
ffffffc080206b60:	6398                	ld	a4,0(a5)
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080206b62:	07a1                	add	a5,a5,8
    if (p->ofile[fd] == NULL) {
ffffffc080206b64:	cb19                	beqz	a4,ffffffc080206b7a <sys_dup+0x48>
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080206b66:	2485                	addw	s1,s1,1
ffffffc080206b68:	fed49ce3          	bne	s1,a3,ffffffc080206b60 <sys_dup+0x2e>
  if (fd < 0)
    return -1;
  file_dup(f);
  return fd;
}
ffffffc080206b6c:	70a2                	ld	ra,40(sp)
ffffffc080206b6e:	7402                	ld	s0,32(sp)
ffffffc080206b70:	64e2                	ld	s1,24(sp)
ffffffc080206b72:	6942                	ld	s2,16(sp)
    return -1;
ffffffc080206b74:	557d                	li	a0,-1
}
ffffffc080206b76:	6145                	add	sp,sp,48
ffffffc080206b78:	8082                	ret
      p->ofile[fd] = f;
ffffffc080206b7a:	00848793          	add	a5,s1,8
  file_dup(f);
ffffffc080206b7e:	fd843503          	ld	a0,-40(s0)
      p->ofile[fd] = f;
ffffffc080206b82:	078e                	sll	a5,a5,0x3
ffffffc080206b84:	963e                	add	a2,a2,a5
ffffffc080206b86:	01263423          	sd	s2,8(a2) # 1008 <KERNEL_PA-0x801feff8>
  file_dup(f);
ffffffc080206b8a:	e12fb0ef          	jal	ffffffc08020219c <file_dup>
}
ffffffc080206b8e:	70a2                	ld	ra,40(sp)
ffffffc080206b90:	7402                	ld	s0,32(sp)
ffffffc080206b92:	6942                	ld	s2,16(sp)
  return fd;
ffffffc080206b94:	8526                	mv	a0,s1
}
ffffffc080206b96:	64e2                	ld	s1,24(sp)
ffffffc080206b98:	6145                	add	sp,sp,48
ffffffc080206b9a:	8082                	ret

ffffffc080206b9c <sys_pipe>:

/* int pipe(int fd[2]): fd[0] reads, fd[1] writes. */
int64 sys_pipe(void)
{
ffffffc080206b9c:	7139                	add	sp,sp,-64
ffffffc080206b9e:	f822                	sd	s0,48(sp)
ffffffc080206ba0:	f426                	sd	s1,40(sp)
ffffffc080206ba2:	0080                	add	s0,sp,64
ffffffc080206ba4:	fc06                	sd	ra,56(sp)
ffffffc080206ba6:	f04a                	sd	s2,32(sp)
  uint64 fds_uva = arg_addr(0);
ffffffc080206ba8:	4501                	li	a0,0
ffffffc080206baa:	6c6000ef          	jal	ffffffc080207270 <arg_addr>
ffffffc080206bae:	84aa                	mv	s1,a0
  struct file *rf, *wf;
  if (pipe_alloc(&rf, &wf) < 0)
ffffffc080206bb0:	fd040593          	add	a1,s0,-48
ffffffc080206bb4:	fc840513          	add	a0,s0,-56
ffffffc080206bb8:	824fc0ef          	jal	ffffffc080202bdc <pipe_alloc>
ffffffc080206bbc:	06054063          	bltz	a0,ffffffc080206c1c <sys_pipe+0x80>
    return -1;
  int fd[2] = { fd_alloc(rf), -1 };
ffffffc080206bc0:	fc843903          	ld	s2,-56(s0)
  struct proc *p = curproc();
ffffffc080206bc4:	c48ff0ef          	jal	ffffffc08020600c <curproc>
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080206bc8:	04850793          	add	a5,a0,72
ffffffc080206bcc:	4701                	li	a4,0
ffffffc080206bce:	4641                	li	a2,16
    if (p->ofile[fd] == NULL) {
ffffffc080206bd0:	6394                	ld	a3,0(a5)
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080206bd2:	07a1                	add	a5,a5,8
    if (p->ofile[fd] == NULL) {
ffffffc080206bd4:	c6b1                	beqz	a3,ffffffc080206c20 <sys_pipe+0x84>
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080206bd6:	2705                	addw	a4,a4,1
ffffffc080206bd8:	fec71ce3          	bne	a4,a2,ffffffc080206bd0 <sys_pipe+0x34>
  int fd[2] = { fd_alloc(rf), -1 };
ffffffc080206bdc:	57fd                	li	a5,-1
ffffffc080206bde:	fcf43c23          	sd	a5,-40(s0)
  if (fd[0] >= 0)
    fd[1] = fd_alloc(wf);
  if (fd[1] < 0 || copyout(fds_uva, fd, sizeof(fd)) < 0) {
    struct proc *p = curproc();
ffffffc080206be2:	c2aff0ef          	jal	ffffffc08020600c <curproc>
    if (fd[0] >= 0)
ffffffc080206be6:	fd842783          	lw	a5,-40(s0)
    struct proc *p = curproc();
ffffffc080206bea:	872a                	mv	a4,a0
    if (fd[0] >= 0)
ffffffc080206bec:	0007c763          	bltz	a5,ffffffc080206bfa <sys_pipe+0x5e>
      p->ofile[fd[0]] = NULL;
ffffffc080206bf0:	07a1                	add	a5,a5,8
ffffffc080206bf2:	078e                	sll	a5,a5,0x3
ffffffc080206bf4:	97aa                	add	a5,a5,a0
ffffffc080206bf6:	0007b423          	sd	zero,8(a5)
    if (fd[1] >= 0)
ffffffc080206bfa:	fdc42783          	lw	a5,-36(s0)
ffffffc080206bfe:	0007c763          	bltz	a5,ffffffc080206c0c <sys_pipe+0x70>
      p->ofile[fd[1]] = NULL;
ffffffc080206c02:	07a1                	add	a5,a5,8
ffffffc080206c04:	078e                	sll	a5,a5,0x3
ffffffc080206c06:	973e                	add	a4,a4,a5
ffffffc080206c08:	00073423          	sd	zero,8(a4)
    file_close(rf);
ffffffc080206c0c:	fc843503          	ld	a0,-56(s0)
ffffffc080206c10:	deefb0ef          	jal	ffffffc0802021fe <file_close>
    file_close(wf);
ffffffc080206c14:	fd043503          	ld	a0,-48(s0)
ffffffc080206c18:	de6fb0ef          	jal	ffffffc0802021fe <file_close>
    return -1;
ffffffc080206c1c:	557d                	li	a0,-1
ffffffc080206c1e:	a8b9                	j	ffffffc080206c7c <sys_pipe+0xe0>
      p->ofile[fd] = f;
ffffffc080206c20:	00870793          	add	a5,a4,8
ffffffc080206c24:	078e                	sll	a5,a5,0x3
ffffffc080206c26:	97aa                	add	a5,a5,a0
ffffffc080206c28:	0127b423          	sd	s2,8(a5)
  int fd[2] = { fd_alloc(rf), -1 };
ffffffc080206c2c:	57fd                	li	a5,-1
ffffffc080206c2e:	fce42c23          	sw	a4,-40(s0)
ffffffc080206c32:	fcf42e23          	sw	a5,-36(s0)
    fd[1] = fd_alloc(wf);
ffffffc080206c36:	fd043903          	ld	s2,-48(s0)
  struct proc *p = curproc();
ffffffc080206c3a:	bd2ff0ef          	jal	ffffffc08020600c <curproc>
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080206c3e:	04850713          	add	a4,a0,72
ffffffc080206c42:	4781                	li	a5,0
ffffffc080206c44:	4641                	li	a2,16
    if (p->ofile[fd] == NULL) {
ffffffc080206c46:	6314                	ld	a3,0(a4)
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080206c48:	0721                	add	a4,a4,8
    if (p->ofile[fd] == NULL) {
ffffffc080206c4a:	ca81                	beqz	a3,ffffffc080206c5a <sys_pipe+0xbe>
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080206c4c:	2785                	addw	a5,a5,1
ffffffc080206c4e:	fec79ce3          	bne	a5,a2,ffffffc080206c46 <sys_pipe+0xaa>
    fd[1] = fd_alloc(wf);
ffffffc080206c52:	57fd                	li	a5,-1
ffffffc080206c54:	fcf42e23          	sw	a5,-36(s0)
  if (fd[1] < 0 || copyout(fds_uva, fd, sizeof(fd)) < 0) {
ffffffc080206c58:	b769                	j	ffffffc080206be2 <sys_pipe+0x46>
      p->ofile[fd] = f;
ffffffc080206c5a:	00878713          	add	a4,a5,8
ffffffc080206c5e:	070e                	sll	a4,a4,0x3
ffffffc080206c60:	953a                	add	a0,a0,a4
ffffffc080206c62:	01253423          	sd	s2,8(a0)
  if (fd[1] < 0 || copyout(fds_uva, fd, sizeof(fd)) < 0) {
ffffffc080206c66:	4621                	li	a2,8
ffffffc080206c68:	fd840593          	add	a1,s0,-40
ffffffc080206c6c:	8526                	mv	a0,s1
    fd[1] = fd_alloc(wf);
ffffffc080206c6e:	fcf42e23          	sw	a5,-36(s0)
  if (fd[1] < 0 || copyout(fds_uva, fd, sizeof(fd)) < 0) {
ffffffc080206c72:	c1ffd0ef          	jal	ffffffc080204890 <copyout>
ffffffc080206c76:	f60546e3          	bltz	a0,ffffffc080206be2 <sys_pipe+0x46>
    return -1;
  }
  return 0;
ffffffc080206c7a:	4501                	li	a0,0
}
ffffffc080206c7c:	70e2                	ld	ra,56(sp)
ffffffc080206c7e:	7442                	ld	s0,48(sp)
ffffffc080206c80:	74a2                	ld	s1,40(sp)
ffffffc080206c82:	7902                	ld	s2,32(sp)
ffffffc080206c84:	6121                	add	sp,sp,64
ffffffc080206c86:	8082                	ret

ffffffc080206c88 <sys_open>:
  return f;
}

/* int open(const char *path, int flags) */
int64 sys_open(void)
{
ffffffc080206c88:	7171                	add	sp,sp,-176
ffffffc080206c8a:	f122                	sd	s0,160(sp)
ffffffc080206c8c:	f506                	sd	ra,168(sp)
ffffffc080206c8e:	1900                	add	s0,sp,176
ffffffc080206c90:	ed26                	sd	s1,152(sp)
ffffffc080206c92:	e94a                	sd	s2,144(sp)
ffffffc080206c94:	e54e                	sd	s3,136(sp)
ffffffc080206c96:	e152                	sd	s4,128(sp)
  char path[MAXPATH];
  if (arg_str(0, path, MAXPATH) < 0)
ffffffc080206c98:	08000613          	li	a2,128
ffffffc080206c9c:	f5040593          	add	a1,s0,-176
ffffffc080206ca0:	4501                	li	a0,0
ffffffc080206ca2:	5f2000ef          	jal	ffffffc080207294 <arg_str>
ffffffc080206ca6:	08054d63          	bltz	a0,ffffffc080206d40 <sys_open+0xb8>
    return -1;
  int flags = arg_int(1);
ffffffc080206caa:	4505                	li	a0,1
ffffffc080206cac:	5a0000ef          	jal	ffffffc08020724c <arg_int>
                                        : namei(path);
ffffffc080206cb0:	20057793          	and	a5,a0,512
  int flags = arg_int(1);
ffffffc080206cb4:	89aa                	mv	s3,a0
                                        : namei(path);
ffffffc080206cb6:	c7d9                	beqz	a5,ffffffc080206d44 <sys_open+0xbc>
  struct inode *ip = (flags & O_CREATE) ? fs_create(path, T_FILE, 0, 0)
ffffffc080206cb8:	4681                	li	a3,0
ffffffc080206cba:	4601                	li	a2,0
ffffffc080206cbc:	4589                	li	a1,2
ffffffc080206cbe:	f5040513          	add	a0,s0,-176
ffffffc080206cc2:	e21fa0ef          	jal	ffffffc080201ae2 <fs_create>
ffffffc080206cc6:	8a2a                	mv	s4,a0
  if (ip == NULL)
ffffffc080206cc8:	060a0c63          	beqz	s4,ffffffc080206d40 <sys_open+0xb8>
  int type = inode_type(ip);
ffffffc080206ccc:	8552                	mv	a0,s4
ffffffc080206cce:	afbfb0ef          	jal	ffffffc0802027c8 <inode_type>
  if ((type == T_DIR && (flags & (O_WRONLY | O_RDWR | O_TRUNC))) ||
ffffffc080206cd2:	4785                	li	a5,1
ffffffc080206cd4:	0af50b63          	beq	a0,a5,ffffffc080206d8a <sys_open+0x102>
ffffffc080206cd8:	478d                	li	a5,3
ffffffc080206cda:	0cf50063          	beq	a0,a5,ffffffc080206d9a <sys_open+0x112>
  struct file *f = file_alloc();
ffffffc080206cde:	c0cfb0ef          	jal	ffffffc0802020ea <file_alloc>
ffffffc080206ce2:	892a                	mv	s2,a0
    inode_put(ip);
ffffffc080206ce4:	8552                	mv	a0,s4
  if (f == NULL) {
ffffffc080206ce6:	0c090163          	beqz	s2,ffffffc080206da8 <sys_open+0x120>
  f->type = inode_type(ip) == T_DEVICE ? FD_DEVICE : FD_INODE;
ffffffc080206cea:	adffb0ef          	jal	ffffffc0802027c8 <inode_type>
ffffffc080206cee:	470d                	li	a4,3
ffffffc080206cf0:	4785                	li	a5,1
ffffffc080206cf2:	00e51363          	bne	a0,a4,ffffffc080206cf8 <sys_open+0x70>
ffffffc080206cf6:	478d                	li	a5,3
ffffffc080206cf8:	00f92223          	sw	a5,4(s2)
  f->ip = ip;
ffffffc080206cfc:	01493c23          	sd	s4,24(s2)
  f->major = inode_major(ip);
ffffffc080206d00:	8552                	mv	a0,s4
ffffffc080206d02:	ad7fb0ef          	jal	ffffffc0802027d8 <inode_major>
  f->writable = (flags & (O_WRONLY | O_RDWR)) != 0;
ffffffc080206d06:	0039f713          	and	a4,s3,3
ffffffc080206d0a:	00e03733          	snez	a4,a4
  f->readable = !(flags & O_WRONLY);
ffffffc080206d0e:	fff9c793          	not	a5,s3
ffffffc080206d12:	0087171b          	sllw	a4,a4,0x8
ffffffc080206d16:	8b85                	and	a5,a5,1
ffffffc080206d18:	8fd9                	or	a5,a5,a4
ffffffc080206d1a:	00f91423          	sh	a5,8(s2)
  f->major = inode_major(ip);
ffffffc080206d1e:	02a91023          	sh	a0,32(s2)
  struct proc *p = curproc();
ffffffc080206d22:	aeaff0ef          	jal	ffffffc08020600c <curproc>
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080206d26:	04850793          	add	a5,a0,72
ffffffc080206d2a:	4481                	li	s1,0
ffffffc080206d2c:	46c1                	li	a3,16
    if (p->ofile[fd] == NULL) {
ffffffc080206d2e:	6398                	ld	a4,0(a5)
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080206d30:	07a1                	add	a5,a5,8
    if (p->ofile[fd] == NULL) {
ffffffc080206d32:	cf19                	beqz	a4,ffffffc080206d50 <sys_open+0xc8>
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080206d34:	2485                	addw	s1,s1,1
ffffffc080206d36:	fed49ce3          	bne	s1,a3,ffffffc080206d2e <sys_open+0xa6>
  struct file *f = open_file(ip, flags);
  if (f == NULL)
    return -1;
  int fd = fd_alloc(f);
  if (fd < 0) {
    file_close(f);
ffffffc080206d3a:	854a                	mv	a0,s2
ffffffc080206d3c:	cc2fb0ef          	jal	ffffffc0802021fe <file_close>
    return -1;
ffffffc080206d40:	557d                	li	a0,-1
ffffffc080206d42:	a015                	j	ffffffc080206d66 <sys_open+0xde>
                                        : namei(path);
ffffffc080206d44:	f5040513          	add	a0,s0,-176
ffffffc080206d48:	d5dfa0ef          	jal	ffffffc080201aa4 <namei>
ffffffc080206d4c:	8a2a                	mv	s4,a0
ffffffc080206d4e:	bfad                	j	ffffffc080206cc8 <sys_open+0x40>
      p->ofile[fd] = f;
ffffffc080206d50:	00848793          	add	a5,s1,8
ffffffc080206d54:	078e                	sll	a5,a5,0x3
ffffffc080206d56:	953e                	add	a0,a0,a5
ffffffc080206d58:	01253423          	sd	s2,8(a0)
    return -1;
  }
  if ((flags & O_TRUNC) && inode_type(ip) == T_FILE)
ffffffc080206d5c:	4009f993          	and	s3,s3,1024
ffffffc080206d60:	00099b63          	bnez	s3,ffffffc080206d76 <sys_open+0xee>
    inode_truncate(ip);
  return fd;
ffffffc080206d64:	8526                	mv	a0,s1
}
ffffffc080206d66:	70aa                	ld	ra,168(sp)
ffffffc080206d68:	740a                	ld	s0,160(sp)
ffffffc080206d6a:	64ea                	ld	s1,152(sp)
ffffffc080206d6c:	694a                	ld	s2,144(sp)
ffffffc080206d6e:	69aa                	ld	s3,136(sp)
ffffffc080206d70:	6a0a                	ld	s4,128(sp)
ffffffc080206d72:	614d                	add	sp,sp,176
ffffffc080206d74:	8082                	ret
  if ((flags & O_TRUNC) && inode_type(ip) == T_FILE)
ffffffc080206d76:	8552                	mv	a0,s4
ffffffc080206d78:	a51fb0ef          	jal	ffffffc0802027c8 <inode_type>
ffffffc080206d7c:	4789                	li	a5,2
ffffffc080206d7e:	fef513e3          	bne	a0,a5,ffffffc080206d64 <sys_open+0xdc>
    inode_truncate(ip);
ffffffc080206d82:	8552                	mv	a0,s4
ffffffc080206d84:	c91fb0ef          	jal	ffffffc080202a14 <inode_truncate>
ffffffc080206d88:	bff1                	j	ffffffc080206d64 <sys_open+0xdc>
  if ((type == T_DIR && (flags & (O_WRONLY | O_RDWR | O_TRUNC))) ||
ffffffc080206d8a:	4039f793          	and	a5,s3,1027
ffffffc080206d8e:	dba1                	beqz	a5,ffffffc080206cde <sys_open+0x56>
    inode_put(ip);
ffffffc080206d90:	8552                	mv	a0,s4
ffffffc080206d92:	979fb0ef          	jal	ffffffc08020270a <inode_put>
    return -1;
ffffffc080206d96:	557d                	li	a0,-1
ffffffc080206d98:	b7f9                	j	ffffffc080206d66 <sys_open+0xde>
      (type == T_DEVICE && !dev_exists(inode_major(ip)))) {
ffffffc080206d9a:	8552                	mv	a0,s4
ffffffc080206d9c:	a3dfb0ef          	jal	ffffffc0802027d8 <inode_major>
ffffffc080206da0:	b12fb0ef          	jal	ffffffc0802020b2 <dev_exists>
ffffffc080206da4:	fd0d                	bnez	a0,ffffffc080206cde <sys_open+0x56>
ffffffc080206da6:	b7ed                	j	ffffffc080206d90 <sys_open+0x108>
    inode_put(ip);
ffffffc080206da8:	963fb0ef          	jal	ffffffc08020270a <inode_put>
    return -1;
ffffffc080206dac:	557d                	li	a0,-1
ffffffc080206dae:	bf65                	j	ffffffc080206d66 <sys_open+0xde>

ffffffc080206db0 <sys_mkdir>:
  return 0;
}

/* int mkdir(const char *path) */
int64 sys_mkdir(void)
{
ffffffc080206db0:	7175                	add	sp,sp,-144
ffffffc080206db2:	e122                	sd	s0,128(sp)
ffffffc080206db4:	e506                	sd	ra,136(sp)
ffffffc080206db6:	0900                	add	s0,sp,144
  if (arg_str(0, path, MAXPATH) < 0)
ffffffc080206db8:	08000613          	li	a2,128
ffffffc080206dbc:	f7040593          	add	a1,s0,-144
ffffffc080206dc0:	4501                	li	a0,0
ffffffc080206dc2:	4d2000ef          	jal	ffffffc080207294 <arg_str>
ffffffc080206dc6:	02054163          	bltz	a0,ffffffc080206de8 <sys_mkdir+0x38>
  struct inode *ip = fs_create(path, type, major, minor);
ffffffc080206dca:	4681                	li	a3,0
ffffffc080206dcc:	4601                	li	a2,0
ffffffc080206dce:	4585                	li	a1,1
ffffffc080206dd0:	f7040513          	add	a0,s0,-144
ffffffc080206dd4:	d0ffa0ef          	jal	ffffffc080201ae2 <fs_create>
  if (ip == NULL)
ffffffc080206dd8:	c901                	beqz	a0,ffffffc080206de8 <sys_mkdir+0x38>
  inode_put(ip);
ffffffc080206dda:	931fb0ef          	jal	ffffffc08020270a <inode_put>
  return 0;
ffffffc080206dde:	4501                	li	a0,0
  return make_node(T_DIR, 0, 0);
}
ffffffc080206de0:	60aa                	ld	ra,136(sp)
ffffffc080206de2:	640a                	ld	s0,128(sp)
ffffffc080206de4:	6149                	add	sp,sp,144
ffffffc080206de6:	8082                	ret
    return -1;
ffffffc080206de8:	557d                	li	a0,-1
ffffffc080206dea:	bfdd                	j	ffffffc080206de0 <sys_mkdir+0x30>

ffffffc080206dec <sys_mknod>:

/* int mknod(const char *path, short major, short minor) */
int64 sys_mknod(void)
{
ffffffc080206dec:	7135                	add	sp,sp,-160
ffffffc080206dee:	ed06                	sd	ra,152(sp)
ffffffc080206df0:	e922                	sd	s0,144(sp)
ffffffc080206df2:	e526                	sd	s1,136(sp)
ffffffc080206df4:	1100                	add	s0,sp,160
ffffffc080206df6:	e14a                	sd	s2,128(sp)
  return make_node(T_DEVICE, (short)arg_int(1), (short)arg_int(2));
ffffffc080206df8:	4505                	li	a0,1
ffffffc080206dfa:	452000ef          	jal	ffffffc08020724c <arg_int>
ffffffc080206dfe:	84aa                	mv	s1,a0
ffffffc080206e00:	4509                	li	a0,2
ffffffc080206e02:	44a000ef          	jal	ffffffc08020724c <arg_int>
ffffffc080206e06:	892a                	mv	s2,a0
  if (arg_str(0, path, MAXPATH) < 0)
ffffffc080206e08:	08000613          	li	a2,128
ffffffc080206e0c:	f6040593          	add	a1,s0,-160
ffffffc080206e10:	4501                	li	a0,0
ffffffc080206e12:	482000ef          	jal	ffffffc080207294 <arg_str>
ffffffc080206e16:	02054b63          	bltz	a0,ffffffc080206e4c <sys_mknod+0x60>
  struct inode *ip = fs_create(path, type, major, minor);
ffffffc080206e1a:	0104949b          	sllw	s1,s1,0x10
ffffffc080206e1e:	0109191b          	sllw	s2,s2,0x10
ffffffc080206e22:	4104d49b          	sraw	s1,s1,0x10
ffffffc080206e26:	4109591b          	sraw	s2,s2,0x10
ffffffc080206e2a:	86ca                	mv	a3,s2
ffffffc080206e2c:	8626                	mv	a2,s1
ffffffc080206e2e:	458d                	li	a1,3
ffffffc080206e30:	f6040513          	add	a0,s0,-160
ffffffc080206e34:	caffa0ef          	jal	ffffffc080201ae2 <fs_create>
  if (ip == NULL)
ffffffc080206e38:	c911                	beqz	a0,ffffffc080206e4c <sys_mknod+0x60>
  inode_put(ip);
ffffffc080206e3a:	8d1fb0ef          	jal	ffffffc08020270a <inode_put>
  return 0;
ffffffc080206e3e:	4501                	li	a0,0
}
ffffffc080206e40:	60ea                	ld	ra,152(sp)
ffffffc080206e42:	644a                	ld	s0,144(sp)
ffffffc080206e44:	64aa                	ld	s1,136(sp)
ffffffc080206e46:	690a                	ld	s2,128(sp)
ffffffc080206e48:	610d                	add	sp,sp,160
ffffffc080206e4a:	8082                	ret
    return -1;
ffffffc080206e4c:	557d                	li	a0,-1
ffffffc080206e4e:	bfcd                	j	ffffffc080206e40 <sys_mknod+0x54>

ffffffc080206e50 <sys_link>:

/* int link(const char *old, const char *new) */
int64 sys_link(void)
{
ffffffc080206e50:	716d                	add	sp,sp,-272
ffffffc080206e52:	e222                	sd	s0,256(sp)
ffffffc080206e54:	e606                	sd	ra,264(sp)
ffffffc080206e56:	0a00                	add	s0,sp,272
  char old[MAXPATH], new[MAXPATH];
  if (arg_str(0, old, MAXPATH) < 0 || arg_str(1, new, MAXPATH) < 0)
ffffffc080206e58:	08000613          	li	a2,128
ffffffc080206e5c:	ef040593          	add	a1,s0,-272
ffffffc080206e60:	4501                	li	a0,0
ffffffc080206e62:	432000ef          	jal	ffffffc080207294 <arg_str>
ffffffc080206e66:	02054563          	bltz	a0,ffffffc080206e90 <sys_link+0x40>
ffffffc080206e6a:	08000613          	li	a2,128
ffffffc080206e6e:	f7040593          	add	a1,s0,-144
ffffffc080206e72:	4505                	li	a0,1
ffffffc080206e74:	420000ef          	jal	ffffffc080207294 <arg_str>
ffffffc080206e78:	00054c63          	bltz	a0,ffffffc080206e90 <sys_link+0x40>
    return -1;
  return fs_link(old, new);
ffffffc080206e7c:	f7040593          	add	a1,s0,-144
ffffffc080206e80:	ef040513          	add	a0,s0,-272
ffffffc080206e84:	dabfa0ef          	jal	ffffffc080201c2e <fs_link>
}
ffffffc080206e88:	60b2                	ld	ra,264(sp)
ffffffc080206e8a:	6412                	ld	s0,256(sp)
ffffffc080206e8c:	6151                	add	sp,sp,272
ffffffc080206e8e:	8082                	ret
    return -1;
ffffffc080206e90:	557d                	li	a0,-1
ffffffc080206e92:	bfdd                	j	ffffffc080206e88 <sys_link+0x38>

ffffffc080206e94 <sys_unlink>:

/* int unlink(const char *path) */
int64 sys_unlink(void)
{
ffffffc080206e94:	7175                	add	sp,sp,-144
ffffffc080206e96:	e122                	sd	s0,128(sp)
ffffffc080206e98:	e506                	sd	ra,136(sp)
ffffffc080206e9a:	0900                	add	s0,sp,144
  char path[MAXPATH];
  if (arg_str(0, path, MAXPATH) < 0)
ffffffc080206e9c:	08000613          	li	a2,128
ffffffc080206ea0:	f7040593          	add	a1,s0,-144
ffffffc080206ea4:	4501                	li	a0,0
ffffffc080206ea6:	3ee000ef          	jal	ffffffc080207294 <arg_str>
ffffffc080206eaa:	00054a63          	bltz	a0,ffffffc080206ebe <sys_unlink+0x2a>
    return -1;
  return fs_unlink(path);
ffffffc080206eae:	f7040513          	add	a0,s0,-144
ffffffc080206eb2:	e4dfa0ef          	jal	ffffffc080201cfe <fs_unlink>
}
ffffffc080206eb6:	60aa                	ld	ra,136(sp)
ffffffc080206eb8:	640a                	ld	s0,128(sp)
ffffffc080206eba:	6149                	add	sp,sp,144
ffffffc080206ebc:	8082                	ret
    return -1;
ffffffc080206ebe:	557d                	li	a0,-1
ffffffc080206ec0:	bfdd                	j	ffffffc080206eb6 <sys_unlink+0x22>

ffffffc080206ec2 <sys_chdir>:

/* int chdir(const char *path): path must be a directory. */
int64 sys_chdir(void)
{
ffffffc080206ec2:	7135                	add	sp,sp,-160
ffffffc080206ec4:	e922                	sd	s0,144(sp)
ffffffc080206ec6:	ed06                	sd	ra,152(sp)
ffffffc080206ec8:	1100                	add	s0,sp,160
ffffffc080206eca:	e526                	sd	s1,136(sp)
  char path[MAXPATH];
  if (arg_str(0, path, MAXPATH) < 0)
ffffffc080206ecc:	08000613          	li	a2,128
ffffffc080206ed0:	f6040593          	add	a1,s0,-160
ffffffc080206ed4:	4501                	li	a0,0
ffffffc080206ed6:	3be000ef          	jal	ffffffc080207294 <arg_str>
ffffffc080206eda:	02054e63          	bltz	a0,ffffffc080206f16 <sys_chdir+0x54>
    return -1;
  struct inode *ip = namei(path);
ffffffc080206ede:	f6040513          	add	a0,s0,-160
ffffffc080206ee2:	bc3fa0ef          	jal	ffffffc080201aa4 <namei>
ffffffc080206ee6:	84aa                	mv	s1,a0
  if (ip == NULL)
ffffffc080206ee8:	c51d                	beqz	a0,ffffffc080206f16 <sys_chdir+0x54>
    return -1;
  if (inode_type(ip) != T_DIR) {
ffffffc080206eea:	8dffb0ef          	jal	ffffffc0802027c8 <inode_type>
ffffffc080206eee:	4785                	li	a5,1
ffffffc080206ef0:	02f51063          	bne	a0,a5,ffffffc080206f10 <sys_chdir+0x4e>
    inode_put(ip);
    return -1;
  }
  struct proc *p = curproc();
ffffffc080206ef4:	918ff0ef          	jal	ffffffc08020600c <curproc>
ffffffc080206ef8:	87aa                	mv	a5,a0
  struct inode *old = p->cwd;
ffffffc080206efa:	6568                	ld	a0,200(a0)
  p->cwd = ip;
ffffffc080206efc:	e7e4                	sd	s1,200(a5)
  if (old != NULL)
ffffffc080206efe:	c119                	beqz	a0,ffffffc080206f04 <sys_chdir+0x42>
    inode_put(old);
ffffffc080206f00:	80bfb0ef          	jal	ffffffc08020270a <inode_put>
  return 0;
ffffffc080206f04:	4501                	li	a0,0
}
ffffffc080206f06:	60ea                	ld	ra,152(sp)
ffffffc080206f08:	644a                	ld	s0,144(sp)
ffffffc080206f0a:	64aa                	ld	s1,136(sp)
ffffffc080206f0c:	610d                	add	sp,sp,160
ffffffc080206f0e:	8082                	ret
    inode_put(ip);
ffffffc080206f10:	8526                	mv	a0,s1
ffffffc080206f12:	ff8fb0ef          	jal	ffffffc08020270a <inode_put>
    return -1;
ffffffc080206f16:	557d                	li	a0,-1
ffffffc080206f18:	b7fd                	j	ffffffc080206f06 <sys_chdir+0x44>

ffffffc080206f1a <sys_sbrk>:
#include "mm/kalloc.h"
#include "mm/uaccess.h"
#include "uapi/syscall.h"
#include "uapi/vmstat.h"

int64 sys_sbrk(void) { return vm_sbrk(curproc()->vm, arg_int(0)); }
ffffffc080206f1a:	1101                	add	sp,sp,-32
ffffffc080206f1c:	ec06                	sd	ra,24(sp)
ffffffc080206f1e:	e822                	sd	s0,16(sp)
ffffffc080206f20:	e426                	sd	s1,8(sp)
ffffffc080206f22:	1000                	add	s0,sp,32
ffffffc080206f24:	8e8ff0ef          	jal	ffffffc08020600c <curproc>
ffffffc080206f28:	6124                	ld	s1,64(a0)
ffffffc080206f2a:	4501                	li	a0,0
ffffffc080206f2c:	320000ef          	jal	ffffffc08020724c <arg_int>
ffffffc080206f30:	6442                	ld	s0,16(sp)
ffffffc080206f32:	60e2                	ld	ra,24(sp)
ffffffc080206f34:	85aa                	mv	a1,a0
ffffffc080206f36:	8526                	mv	a0,s1
ffffffc080206f38:	64a2                	ld	s1,8(sp)
ffffffc080206f3a:	6105                	add	sp,sp,32
ffffffc080206f3c:	86efe06f          	j	ffffffc080204faa <vm_sbrk>

ffffffc080206f40 <sys_forkmode>:

int64 sys_forkmode(void) {
ffffffc080206f40:	1141                	add	sp,sp,-16
ffffffc080206f42:	e022                	sd	s0,0(sp)
ffffffc080206f44:	e406                	sd	ra,8(sp)
ffffffc080206f46:	0800                	add	s0,sp,16
  int mode = arg_int(0);
ffffffc080206f48:	4501                	li	a0,0
ffffffc080206f4a:	302000ef          	jal	ffffffc08020724c <arg_int>
  if (mode == -1)
ffffffc080206f4e:	577d                	li	a4,-1
ffffffc080206f50:	00e50d63          	beq	a0,a4,ffffffc080206f6a <sys_forkmode+0x2a>
    return vm_fork_mode();
  if (mode != FORK_EAGER && mode != FORK_COW)
ffffffc080206f54:	0005079b          	sext.w	a5,a0
ffffffc080206f58:	4705                	li	a4,1
ffffffc080206f5a:	00f76e63          	bltu	a4,a5,ffffffc080206f76 <sys_forkmode+0x36>
    return -1;
  return vm_set_fork_mode(mode);
ffffffc080206f5e:	d67fd0ef          	jal	ffffffc080204cc4 <vm_set_fork_mode>
}
ffffffc080206f62:	60a2                	ld	ra,8(sp)
ffffffc080206f64:	6402                	ld	s0,0(sp)
ffffffc080206f66:	0141                	add	sp,sp,16
ffffffc080206f68:	8082                	ret
    return vm_fork_mode();
ffffffc080206f6a:	d47fd0ef          	jal	ffffffc080204cb0 <vm_fork_mode>
}
ffffffc080206f6e:	60a2                	ld	ra,8(sp)
ffffffc080206f70:	6402                	ld	s0,0(sp)
ffffffc080206f72:	0141                	add	sp,sp,16
ffffffc080206f74:	8082                	ret
    return -1;
ffffffc080206f76:	557d                	li	a0,-1
ffffffc080206f78:	b7ed                	j	ffffffc080206f62 <sys_forkmode+0x22>

ffffffc080206f7a <sys_vmstat>:

int64 sys_vmstat(void) {
ffffffc080206f7a:	7155                	add	sp,sp,-208
ffffffc080206f7c:	e1a2                	sd	s0,192(sp)
ffffffc080206f7e:	e586                	sd	ra,200(sp)
ffffffc080206f80:	fd26                	sd	s1,184(sp)
ffffffc080206f82:	f94a                	sd	s2,176(sp)
ffffffc080206f84:	f54e                	sd	s3,168(sp)
ffffffc080206f86:	f152                	sd	s4,160(sp)
ffffffc080206f88:	0980                	add	s0,sp,208
  uint64 vals[VMSTAT_COUNT];
  int n = arg_int(1);
ffffffc080206f8a:	4505                	li	a0,1
ffffffc080206f8c:	2c0000ef          	jal	ffffffc08020724c <arg_int>
  if (n < 0)
ffffffc080206f90:	06054263          	bltz	a0,ffffffc080206ff4 <sys_vmstat+0x7a>
ffffffc080206f94:	8a2a                	mv	s4,a0
ffffffc080206f96:	f3840913          	add	s2,s0,-200
    return -1;
  for (int i = 0; i < VMSTAT_COUNT; i++)
ffffffc080206f9a:	4481                	li	s1,0
ffffffc080206f9c:	49cd                	li	s3,19
    vals[i] = stat_sum(i);
ffffffc080206f9e:	8526                	mv	a0,s1
ffffffc080206fa0:	ae0fe0ef          	jal	ffffffc080205280 <stat_sum>
ffffffc080206fa4:	00a93023          	sd	a0,0(s2)
  for (int i = 0; i < VMSTAT_COUNT; i++)
ffffffc080206fa8:	2485                	addw	s1,s1,1
ffffffc080206faa:	0921                	add	s2,s2,8
ffffffc080206fac:	ff3499e3          	bne	s1,s3,ffffffc080206f9e <sys_vmstat+0x24>
  vals[VM_free_pages] = kalloc_free_pages();
ffffffc080206fb0:	f96fd0ef          	jal	ffffffc080204746 <kalloc_free_pages>
ffffffc080206fb4:	f2a43c23          	sd	a0,-200(s0)
  vals[VM_total_pages] = kalloc_total_pages();
ffffffc080206fb8:	fcafd0ef          	jal	ffffffc080204782 <kalloc_total_pages>
ffffffc080206fbc:	87aa                	mv	a5,a0
  if (n > VMSTAT_COUNT)
    n = VMSTAT_COUNT;
  if (copyout(arg_addr(0), vals, n * sizeof(uint64)) < 0)
ffffffc080206fbe:	4501                	li	a0,0
  vals[VM_total_pages] = kalloc_total_pages();
ffffffc080206fc0:	f4f43023          	sd	a5,-192(s0)
  if (copyout(arg_addr(0), vals, n * sizeof(uint64)) < 0)
ffffffc080206fc4:	2ac000ef          	jal	ffffffc080207270 <arg_addr>
  if (n > VMSTAT_COUNT)
ffffffc080206fc8:	000a061b          	sext.w	a2,s4
ffffffc080206fcc:	0344c263          	blt	s1,s4,ffffffc080206ff0 <sys_vmstat+0x76>
  if (copyout(arg_addr(0), vals, n * sizeof(uint64)) < 0)
ffffffc080206fd0:	060e                	sll	a2,a2,0x3
ffffffc080206fd2:	f3840593          	add	a1,s0,-200
ffffffc080206fd6:	8bbfd0ef          	jal	ffffffc080204890 <copyout>
ffffffc080206fda:	00054d63          	bltz	a0,ffffffc080206ff4 <sys_vmstat+0x7a>
    return -1;
  return VMSTAT_COUNT;
ffffffc080206fde:	454d                	li	a0,19
}
ffffffc080206fe0:	60ae                	ld	ra,200(sp)
ffffffc080206fe2:	640e                	ld	s0,192(sp)
ffffffc080206fe4:	74ea                	ld	s1,184(sp)
ffffffc080206fe6:	794a                	ld	s2,176(sp)
ffffffc080206fe8:	79aa                	ld	s3,168(sp)
ffffffc080206fea:	7a0a                	ld	s4,160(sp)
ffffffc080206fec:	6169                	add	sp,sp,208
ffffffc080206fee:	8082                	ret
  if (n > VMSTAT_COUNT)
ffffffc080206ff0:	464d                	li	a2,19
ffffffc080206ff2:	bff9                	j	ffffffc080206fd0 <sys_vmstat+0x56>
    return -1;
ffffffc080206ff4:	557d                	li	a0,-1
ffffffc080206ff6:	b7ed                	j	ffffffc080206fe0 <sys_vmstat+0x66>

ffffffc080206ff8 <sys_fork>:
#include "arch/riscv/trap.h"
#include "arch/riscv/sbi.h"
#include "lib/printf.h"
#include "param.h"

int64 sys_fork(void) { return proc_fork(); }
ffffffc080206ff8:	1141                	add	sp,sp,-16
ffffffc080206ffa:	e022                	sd	s0,0(sp)
ffffffc080206ffc:	e406                	sd	ra,8(sp)
ffffffc080206ffe:	0800                	add	s0,sp,16
ffffffc080207000:	951fe0ef          	jal	ffffffc080205950 <proc_fork>
ffffffc080207004:	60a2                	ld	ra,8(sp)
ffffffc080207006:	6402                	ld	s0,0(sp)
ffffffc080207008:	0141                	add	sp,sp,16
ffffffc08020700a:	8082                	ret

ffffffc08020700c <sys_exit>:

int64 sys_exit(void) { proc_exit(arg_int(0)); }
ffffffc08020700c:	1141                	add	sp,sp,-16
ffffffc08020700e:	e406                	sd	ra,8(sp)
ffffffc080207010:	e022                	sd	s0,0(sp)
ffffffc080207012:	0800                	add	s0,sp,16
ffffffc080207014:	4501                	li	a0,0
ffffffc080207016:	236000ef          	jal	ffffffc08020724c <arg_int>
ffffffc08020701a:	c45fe0ef          	jal	ffffffc080205c5e <proc_exit>

ffffffc08020701e <sys_wait>:

int64 sys_wait(void) { return proc_wait(arg_addr(0)); }
ffffffc08020701e:	1141                	add	sp,sp,-16
ffffffc080207020:	e406                	sd	ra,8(sp)
ffffffc080207022:	e022                	sd	s0,0(sp)
ffffffc080207024:	0800                	add	s0,sp,16
ffffffc080207026:	4501                	li	a0,0
ffffffc080207028:	248000ef          	jal	ffffffc080207270 <arg_addr>
ffffffc08020702c:	a57fe0ef          	jal	ffffffc080205a82 <proc_wait>
ffffffc080207030:	60a2                	ld	ra,8(sp)
ffffffc080207032:	6402                	ld	s0,0(sp)
ffffffc080207034:	0141                	add	sp,sp,16
ffffffc080207036:	8082                	ret

ffffffc080207038 <sys_kill>:

int64 sys_kill(void) { return proc_kill(arg_int(0)); }
ffffffc080207038:	1141                	add	sp,sp,-16
ffffffc08020703a:	e406                	sd	ra,8(sp)
ffffffc08020703c:	e022                	sd	s0,0(sp)
ffffffc08020703e:	0800                	add	s0,sp,16
ffffffc080207040:	4501                	li	a0,0
ffffffc080207042:	20a000ef          	jal	ffffffc08020724c <arg_int>
ffffffc080207046:	dc9fe0ef          	jal	ffffffc080205e0e <proc_kill>
ffffffc08020704a:	60a2                	ld	ra,8(sp)
ffffffc08020704c:	6402                	ld	s0,0(sp)
ffffffc08020704e:	0141                	add	sp,sp,16
ffffffc080207050:	8082                	ret

ffffffc080207052 <sys_getpid>:

int64 sys_getpid(void) { return curproc()->pid; }
ffffffc080207052:	1141                	add	sp,sp,-16
ffffffc080207054:	e022                	sd	s0,0(sp)
ffffffc080207056:	e406                	sd	ra,8(sp)
ffffffc080207058:	0800                	add	s0,sp,16
ffffffc08020705a:	fb3fe0ef          	jal	ffffffc08020600c <curproc>
ffffffc08020705e:	60a2                	ld	ra,8(sp)
ffffffc080207060:	6402                	ld	s0,0(sp)
ffffffc080207062:	4d48                	lw	a0,28(a0)
ffffffc080207064:	0141                	add	sp,sp,16
ffffffc080207066:	8082                	ret

ffffffc080207068 <sys_sleep>:

int64 sys_sleep(void) {
ffffffc080207068:	1141                	add	sp,sp,-16
ffffffc08020706a:	e406                	sd	ra,8(sp)
ffffffc08020706c:	e022                	sd	s0,0(sp)
ffffffc08020706e:	0800                	add	s0,sp,16
  int n = arg_int(0);
ffffffc080207070:	4501                	li	a0,0
ffffffc080207072:	1da000ef          	jal	ffffffc08020724c <arg_int>
  return ticks_sleep(n < 0 ? 0 : n);
ffffffc080207076:	fff54793          	not	a5,a0
ffffffc08020707a:	97fd                	sra	a5,a5,0x3f
ffffffc08020707c:	8d7d                	and	a0,a0,a5
ffffffc08020707e:	2501                	sext.w	a0,a0
ffffffc080207080:	f55f90ef          	jal	ffffffc080200fd4 <ticks_sleep>
}
ffffffc080207084:	60a2                	ld	ra,8(sp)
ffffffc080207086:	6402                	ld	s0,0(sp)
ffffffc080207088:	0141                	add	sp,sp,16
ffffffc08020708a:	8082                	ret

ffffffc08020708c <sys_uptime>:

int64 sys_uptime(void) { return ticks_now(); }
ffffffc08020708c:	1141                	add	sp,sp,-16
ffffffc08020708e:	e422                	sd	s0,8(sp)
ffffffc080207090:	0800                	add	s0,sp,16
ffffffc080207092:	6422                	ld	s0,8(sp)
ffffffc080207094:	0141                	add	sp,sp,16
ffffffc080207096:	f0df906f          	j	ffffffc080200fa2 <ticks_now>

ffffffc08020709a <sys_ncpu>:

int64 sys_ncpu(void) { return ncpu; }
ffffffc08020709a:	1141                	add	sp,sp,-16
ffffffc08020709c:	e422                	sd	s0,8(sp)
ffffffc08020709e:	0800                	add	s0,sp,16
ffffffc0802070a0:	6422                	ld	s0,8(sp)
ffffffc0802070a2:	00273517          	auipc	a0,0x273
ffffffc0802070a6:	f6252503          	lw	a0,-158(a0) # ffffffc08047a004 <ncpu>
ffffffc0802070aa:	0141                	add	sp,sp,16
ffffffc0802070ac:	8082                	ret

ffffffc0802070ae <sys_thread_create>:

int64 sys_thread_create(void) { return thread_start(arg_addr(0), arg_addr(1), arg_addr(2)); }
ffffffc0802070ae:	1101                	add	sp,sp,-32
ffffffc0802070b0:	ec06                	sd	ra,24(sp)
ffffffc0802070b2:	e822                	sd	s0,16(sp)
ffffffc0802070b4:	e426                	sd	s1,8(sp)
ffffffc0802070b6:	1000                	add	s0,sp,32
ffffffc0802070b8:	e04a                	sd	s2,0(sp)
ffffffc0802070ba:	4501                	li	a0,0
ffffffc0802070bc:	1b4000ef          	jal	ffffffc080207270 <arg_addr>
ffffffc0802070c0:	84aa                	mv	s1,a0
ffffffc0802070c2:	4505                	li	a0,1
ffffffc0802070c4:	1ac000ef          	jal	ffffffc080207270 <arg_addr>
ffffffc0802070c8:	892a                	mv	s2,a0
ffffffc0802070ca:	4509                	li	a0,2
ffffffc0802070cc:	1a4000ef          	jal	ffffffc080207270 <arg_addr>
ffffffc0802070d0:	862a                	mv	a2,a0
ffffffc0802070d2:	85ca                	mv	a1,s2
ffffffc0802070d4:	8526                	mv	a0,s1
ffffffc0802070d6:	a06ff0ef          	jal	ffffffc0802062dc <thread_start>
ffffffc0802070da:	60e2                	ld	ra,24(sp)
ffffffc0802070dc:	6442                	ld	s0,16(sp)
ffffffc0802070de:	64a2                	ld	s1,8(sp)
ffffffc0802070e0:	6902                	ld	s2,0(sp)
ffffffc0802070e2:	6105                	add	sp,sp,32
ffffffc0802070e4:	8082                	ret

ffffffc0802070e6 <sys_thread_exit>:

int64 sys_thread_exit(void) { thread_exit(arg_int(0)); }
ffffffc0802070e6:	1141                	add	sp,sp,-16
ffffffc0802070e8:	e406                	sd	ra,8(sp)
ffffffc0802070ea:	e022                	sd	s0,0(sp)
ffffffc0802070ec:	0800                	add	s0,sp,16
ffffffc0802070ee:	4501                	li	a0,0
ffffffc0802070f0:	15c000ef          	jal	ffffffc08020724c <arg_int>
ffffffc0802070f4:	ce1fe0ef          	jal	ffffffc080205dd4 <thread_exit>

ffffffc0802070f8 <sys_thread_join>:

int64 sys_thread_join(void) { return thread_join(arg_int(0), arg_addr(1)); }
ffffffc0802070f8:	1101                	add	sp,sp,-32
ffffffc0802070fa:	ec06                	sd	ra,24(sp)
ffffffc0802070fc:	e822                	sd	s0,16(sp)
ffffffc0802070fe:	e426                	sd	s1,8(sp)
ffffffc080207100:	1000                	add	s0,sp,32
ffffffc080207102:	4501                	li	a0,0
ffffffc080207104:	148000ef          	jal	ffffffc08020724c <arg_int>
ffffffc080207108:	84aa                	mv	s1,a0
ffffffc08020710a:	4505                	li	a0,1
ffffffc08020710c:	164000ef          	jal	ffffffc080207270 <arg_addr>
ffffffc080207110:	85aa                	mv	a1,a0
ffffffc080207112:	8526                	mv	a0,s1
ffffffc080207114:	aa0ff0ef          	jal	ffffffc0802063b4 <thread_join>
ffffffc080207118:	60e2                	ld	ra,24(sp)
ffffffc08020711a:	6442                	ld	s0,16(sp)
ffffffc08020711c:	64a2                	ld	s1,8(sp)
ffffffc08020711e:	6105                	add	sp,sp,32
ffffffc080207120:	8082                	ret

ffffffc080207122 <sys_poweroff>:

int64 sys_poweroff(void) {
ffffffc080207122:	1101                	add	sp,sp,-32
ffffffc080207124:	ec06                	sd	ra,24(sp)
ffffffc080207126:	e822                	sd	s0,16(sp)
ffffffc080207128:	e426                	sd	s1,8(sp)
ffffffc08020712a:	1000                	add	s0,sp,32
  int status = arg_int(0);
ffffffc08020712c:	4501                	li	a0,0
ffffffc08020712e:	11e000ef          	jal	ffffffc08020724c <arg_int>
ffffffc080207132:	84aa                	mv	s1,a0
  kprintf("cowos: poweroff status=%d\n", status);
ffffffc080207134:	85a6                	mv	a1,s1
ffffffc080207136:	00002517          	auipc	a0,0x2
ffffffc08020713a:	b9250513          	add	a0,a0,-1134 # ffffffc080208cc8 <__func__.0+0x690>
ffffffc08020713e:	a31fc0ef          	jal	ffffffc080203b6e <kprintf>
  sbi_shutdown(status != 0);
ffffffc080207142:	00903533          	snez	a0,s1
ffffffc080207146:	9f9f90ef          	jal	ffffffc080200b3e <sbi_shutdown>

ffffffc08020714a <sys_exec>:
    if (copyinstr(argv[i], uarg, MAXARGLEN) < 0)
      return -1;
  }
}

int64 sys_exec(void) {
ffffffc08020714a:	7145                	add	sp,sp,-464
ffffffc08020714c:	e3a2                	sd	s0,448(sp)
ffffffc08020714e:	f74e                	sd	s3,424(sp)
ffffffc080207150:	0b80                	add	s0,sp,464
ffffffc080207152:	e786                	sd	ra,456(sp)
ffffffc080207154:	ff26                	sd	s1,440(sp)
ffffffc080207156:	fb4a                	sd	s2,432(sp)
ffffffc080207158:	f352                	sd	s4,416(sp)
ffffffc08020715a:	ef56                	sd	s5,408(sp)
ffffffc08020715c:	eb5a                	sd	s6,400(sp)
  char path[MAXPATH], *argv[MAXARG + 1];
  int taken = 0, r = -1;
  if (arg_str(0, path, MAXPATH) >= 0 && fetch_args(arg_addr(1), argv, &taken) == 0)
ffffffc08020715e:	08000613          	li	a2,128
ffffffc080207162:	e3840593          	add	a1,s0,-456
ffffffc080207166:	4501                	li	a0,0
ffffffc080207168:	12c000ef          	jal	ffffffc080207294 <arg_str>
ffffffc08020716c:	59fd                	li	s3,-1
ffffffc08020716e:	00055d63          	bgez	a0,ffffffc080207188 <sys_exec+0x3e>
    r = exec(path, argv);
  for (int i = 0; i < taken; i++)
    page_free(argv[i]);
  return r;
}
ffffffc080207172:	60be                	ld	ra,456(sp)
ffffffc080207174:	641e                	ld	s0,448(sp)
ffffffc080207176:	74fa                	ld	s1,440(sp)
ffffffc080207178:	795a                	ld	s2,432(sp)
ffffffc08020717a:	7a1a                	ld	s4,416(sp)
ffffffc08020717c:	6afa                	ld	s5,408(sp)
ffffffc08020717e:	6b5a                	ld	s6,400(sp)
ffffffc080207180:	854e                	mv	a0,s3
ffffffc080207182:	79ba                	ld	s3,424(sp)
ffffffc080207184:	6179                	add	sp,sp,464
ffffffc080207186:	8082                	ret
  if (arg_str(0, path, MAXPATH) >= 0 && fetch_args(arg_addr(1), argv, &taken) == 0)
ffffffc080207188:	4505                	li	a0,1
ffffffc08020718a:	0e6000ef          	jal	ffffffc080207270 <arg_addr>
ffffffc08020718e:	eb840493          	add	s1,s0,-328
ffffffc080207192:	8aaa                	mv	s5,a0
ffffffc080207194:	8a26                	mv	s4,s1
ffffffc080207196:	4981                	li	s3,0
  for (int i = 0;; i++) {
ffffffc080207198:	4901                	li	s2,0
    if (i >= MAXARG || !(argv[i] = page_alloc()))
ffffffc08020719a:	02000b13          	li	s6,32
ffffffc08020719e:	a00d                	j	ffffffc0802071c0 <sys_exec+0x76>
ffffffc0802071a0:	bb0fd0ef          	jal	ffffffc080204550 <page_alloc>
ffffffc0802071a4:	00aa3023          	sd	a0,0(s4)
    if (copyinstr(argv[i], uarg, MAXARGLEN) < 0)
ffffffc0802071a8:	40000613          	li	a2,1024
    if (i >= MAXARG || !(argv[i] = page_alloc()))
ffffffc0802071ac:	c905                	beqz	a0,ffffffc0802071dc <sys_exec+0x92>
    if (copyinstr(argv[i], uarg, MAXARGLEN) < 0)
ffffffc0802071ae:	e3043583          	ld	a1,-464(s0)
    (*taken)++;
ffffffc0802071b2:	2905                	addw	s2,s2,1
    if (copyinstr(argv[i], uarg, MAXARGLEN) < 0)
ffffffc0802071b4:	0a21                	add	s4,s4,8
ffffffc0802071b6:	865fd0ef          	jal	ffffffc080204a1a <copyinstr>
ffffffc0802071ba:	09a1                	add	s3,s3,8
ffffffc0802071bc:	02054063          	bltz	a0,ffffffc0802071dc <sys_exec+0x92>
    if (copyin(&uarg, uargv + i * sizeof(uint64), sizeof(uarg)) < 0)
ffffffc0802071c0:	013a85b3          	add	a1,s5,s3
ffffffc0802071c4:	4621                	li	a2,8
ffffffc0802071c6:	e3040513          	add	a0,s0,-464
ffffffc0802071ca:	f8afd0ef          	jal	ffffffc080204954 <copyin>
ffffffc0802071ce:	00054763          	bltz	a0,ffffffc0802071dc <sys_exec+0x92>
    if (uarg == 0) {
ffffffc0802071d2:	e3043783          	ld	a5,-464(s0)
ffffffc0802071d6:	c38d                	beqz	a5,ffffffc0802071f8 <sys_exec+0xae>
    if (i >= MAXARG || !(argv[i] = page_alloc()))
ffffffc0802071d8:	fd6914e3          	bne	s2,s6,ffffffc0802071a0 <sys_exec+0x56>
ffffffc0802071dc:	59fd                	li	s3,-1
  for (int i = 0; i < taken; i++)
ffffffc0802071de:	f8090ae3          	beqz	s2,ffffffc080207172 <sys_exec+0x28>
ffffffc0802071e2:	090e                	sll	s2,s2,0x3
ffffffc0802071e4:	eb840793          	add	a5,s0,-328
ffffffc0802071e8:	993e                	add	s2,s2,a5
    page_free(argv[i]);
ffffffc0802071ea:	6088                	ld	a0,0(s1)
  for (int i = 0; i < taken; i++)
ffffffc0802071ec:	04a1                	add	s1,s1,8
    page_free(argv[i]);
ffffffc0802071ee:	d2afd0ef          	jal	ffffffc080204718 <page_free>
  for (int i = 0; i < taken; i++)
ffffffc0802071f2:	fe991ce3          	bne	s2,s1,ffffffc0802071ea <sys_exec+0xa0>
ffffffc0802071f6:	bfb5                	j	ffffffc080207172 <sys_exec+0x28>
      argv[i] = NULL;
ffffffc0802071f8:	fc098793          	add	a5,s3,-64
ffffffc0802071fc:	008789b3          	add	s3,a5,s0
ffffffc080207200:	ee09bc23          	sd	zero,-264(s3)
    r = exec(path, argv);
ffffffc080207204:	eb840593          	add	a1,s0,-328
ffffffc080207208:	e3840513          	add	a0,s0,-456
ffffffc08020720c:	8bcfe0ef          	jal	ffffffc0802052c8 <exec>
ffffffc080207210:	89aa                	mv	s3,a0
ffffffc080207212:	b7f1                	j	ffffffc0802071de <sys_exec+0x94>

ffffffc080207214 <syscall>:
    [SYS_thread_create] = sys_thread_create, [SYS_thread_exit] = sys_thread_exit,
    [SYS_thread_join] = sys_thread_join,     [SYS_tlbmode] = sys_tlbmode,
    [SYS_kbench] = sys_kbench,
};

void syscall(void) {
ffffffc080207214:	1101                	add	sp,sp,-32
ffffffc080207216:	e822                	sd	s0,16(sp)
ffffffc080207218:	e426                	sd	s1,8(sp)
ffffffc08020721a:	ec06                	sd	ra,24(sp)
ffffffc08020721c:	1000                	add	s0,sp,32
  struct trapframe *tf = curthread()->tf;
ffffffc08020721e:	dcdfe0ef          	jal	ffffffc080205fea <curthread>
ffffffc080207222:	6124                	ld	s1,64(a0)
  uint64 num = tf->x[REG_A7];
  if (num <= SYS_MAX && handlers[num])
ffffffc080207224:	4779                	li	a4,30
ffffffc080207226:	557d                	li	a0,-1
  uint64 num = tf->x[REG_A7];
ffffffc080207228:	64dc                	ld	a5,136(s1)
  if (num <= SYS_MAX && handlers[num])
ffffffc08020722a:	00f76b63          	bltu	a4,a5,ffffffc080207240 <syscall+0x2c>
ffffffc08020722e:	078e                	sll	a5,a5,0x3
ffffffc080207230:	00002717          	auipc	a4,0x2
ffffffc080207234:	ab870713          	add	a4,a4,-1352 # ffffffc080208ce8 <handlers>
ffffffc080207238:	97ba                	add	a5,a5,a4
ffffffc08020723a:	639c                	ld	a5,0(a5)
ffffffc08020723c:	c391                	beqz	a5,ffffffc080207240 <syscall+0x2c>
    tf->x[REG_A0] = handlers[num]();
ffffffc08020723e:	9782                	jalr	a5
  else
    tf->x[REG_A0] = -1;
}
ffffffc080207240:	60e2                	ld	ra,24(sp)
ffffffc080207242:	6442                	ld	s0,16(sp)
    tf->x[REG_A0] = handlers[num]();
ffffffc080207244:	e8a8                	sd	a0,80(s1)
}
ffffffc080207246:	64a2                	ld	s1,8(sp)
ffffffc080207248:	6105                	add	sp,sp,32
ffffffc08020724a:	8082                	ret

ffffffc08020724c <arg_int>:

static uint64 arg_raw(int n) { return curthread()->tf->x[REG_A0 + n]; }

int arg_int(int n) { return (int)arg_raw(n); }
ffffffc08020724c:	1101                	add	sp,sp,-32
ffffffc08020724e:	e822                	sd	s0,16(sp)
ffffffc080207250:	e426                	sd	s1,8(sp)
ffffffc080207252:	ec06                	sd	ra,24(sp)
ffffffc080207254:	1000                	add	s0,sp,32
ffffffc080207256:	84aa                	mv	s1,a0
static uint64 arg_raw(int n) { return curthread()->tf->x[REG_A0 + n]; }
ffffffc080207258:	d93fe0ef          	jal	ffffffc080205fea <curthread>
ffffffc08020725c:	613c                	ld	a5,64(a0)
int arg_int(int n) { return (int)arg_raw(n); }
ffffffc08020725e:	60e2                	ld	ra,24(sp)
ffffffc080207260:	6442                	ld	s0,16(sp)
static uint64 arg_raw(int n) { return curthread()->tf->x[REG_A0 + n]; }
ffffffc080207262:	24a9                	addw	s1,s1,10
ffffffc080207264:	048e                	sll	s1,s1,0x3
ffffffc080207266:	97a6                	add	a5,a5,s1
int arg_int(int n) { return (int)arg_raw(n); }
ffffffc080207268:	4388                	lw	a0,0(a5)
ffffffc08020726a:	64a2                	ld	s1,8(sp)
ffffffc08020726c:	6105                	add	sp,sp,32
ffffffc08020726e:	8082                	ret

ffffffc080207270 <arg_addr>:

uint64 arg_addr(int n) { return arg_raw(n); }
ffffffc080207270:	1101                	add	sp,sp,-32
ffffffc080207272:	e822                	sd	s0,16(sp)
ffffffc080207274:	e426                	sd	s1,8(sp)
ffffffc080207276:	ec06                	sd	ra,24(sp)
ffffffc080207278:	1000                	add	s0,sp,32
ffffffc08020727a:	84aa                	mv	s1,a0
static uint64 arg_raw(int n) { return curthread()->tf->x[REG_A0 + n]; }
ffffffc08020727c:	d6ffe0ef          	jal	ffffffc080205fea <curthread>
ffffffc080207280:	613c                	ld	a5,64(a0)
uint64 arg_addr(int n) { return arg_raw(n); }
ffffffc080207282:	60e2                	ld	ra,24(sp)
ffffffc080207284:	6442                	ld	s0,16(sp)
static uint64 arg_raw(int n) { return curthread()->tf->x[REG_A0 + n]; }
ffffffc080207286:	24a9                	addw	s1,s1,10
ffffffc080207288:	048e                	sll	s1,s1,0x3
ffffffc08020728a:	97a6                	add	a5,a5,s1
uint64 arg_addr(int n) { return arg_raw(n); }
ffffffc08020728c:	6388                	ld	a0,0(a5)
ffffffc08020728e:	64a2                	ld	s1,8(sp)
ffffffc080207290:	6105                	add	sp,sp,32
ffffffc080207292:	8082                	ret

ffffffc080207294 <arg_str>:

int arg_str(int n, char *buf, int max) { return copyinstr(buf, arg_raw(n), max); }
ffffffc080207294:	7179                	add	sp,sp,-48
ffffffc080207296:	f022                	sd	s0,32(sp)
ffffffc080207298:	ec26                	sd	s1,24(sp)
ffffffc08020729a:	e84a                	sd	s2,16(sp)
ffffffc08020729c:	e44e                	sd	s3,8(sp)
ffffffc08020729e:	f406                	sd	ra,40(sp)
ffffffc0802072a0:	1800                	add	s0,sp,48
ffffffc0802072a2:	892e                	mv	s2,a1
ffffffc0802072a4:	89b2                	mv	s3,a2
ffffffc0802072a6:	84aa                	mv	s1,a0
static uint64 arg_raw(int n) { return curthread()->tf->x[REG_A0 + n]; }
ffffffc0802072a8:	d43fe0ef          	jal	ffffffc080205fea <curthread>
ffffffc0802072ac:	613c                	ld	a5,64(a0)
ffffffc0802072ae:	24a9                	addw	s1,s1,10
ffffffc0802072b0:	048e                	sll	s1,s1,0x3
int arg_str(int n, char *buf, int max) { return copyinstr(buf, arg_raw(n), max); }
ffffffc0802072b2:	7402                	ld	s0,32(sp)
static uint64 arg_raw(int n) { return curthread()->tf->x[REG_A0 + n]; }
ffffffc0802072b4:	97a6                	add	a5,a5,s1
int arg_str(int n, char *buf, int max) { return copyinstr(buf, arg_raw(n), max); }
ffffffc0802072b6:	70a2                	ld	ra,40(sp)
ffffffc0802072b8:	64e2                	ld	s1,24(sp)
ffffffc0802072ba:	638c                	ld	a1,0(a5)
ffffffc0802072bc:	864e                	mv	a2,s3
ffffffc0802072be:	854a                	mv	a0,s2
ffffffc0802072c0:	69a2                	ld	s3,8(sp)
ffffffc0802072c2:	6942                	ld	s2,16(sp)
ffffffc0802072c4:	6145                	add	sp,sp,48
ffffffc0802072c6:	f54fd06f          	j	ffffffc080204a1a <copyinstr>

ffffffc0802072ca <arg_fd>:

int arg_fd(int n, int *fd, struct file **f) {
ffffffc0802072ca:	7179                	add	sp,sp,-48
ffffffc0802072cc:	f022                	sd	s0,32(sp)
ffffffc0802072ce:	ec26                	sd	s1,24(sp)
ffffffc0802072d0:	e84a                	sd	s2,16(sp)
ffffffc0802072d2:	e44e                	sd	s3,8(sp)
ffffffc0802072d4:	f406                	sd	ra,40(sp)
ffffffc0802072d6:	e052                	sd	s4,0(sp)
ffffffc0802072d8:	1800                	add	s0,sp,48
ffffffc0802072da:	84aa                	mv	s1,a0
ffffffc0802072dc:	892e                	mv	s2,a1
ffffffc0802072de:	89b2                	mv	s3,a2
static uint64 arg_raw(int n) { return curthread()->tf->x[REG_A0 + n]; }
ffffffc0802072e0:	d0bfe0ef          	jal	ffffffc080205fea <curthread>
ffffffc0802072e4:	613c                	ld	a5,64(a0)
ffffffc0802072e6:	24a9                	addw	s1,s1,10
ffffffc0802072e8:	048e                	sll	s1,s1,0x3
ffffffc0802072ea:	97a6                	add	a5,a5,s1
int arg_int(int n) { return (int)arg_raw(n); }
ffffffc0802072ec:	4384                	lw	s1,0(a5)
  int i = arg_int(n);
  if (i < 0 || i >= NOFILE || !curproc()->ofile[i])
ffffffc0802072ee:	47bd                	li	a5,15
ffffffc0802072f0:	0497e163          	bltu	a5,s1,ffffffc080207332 <arg_fd+0x68>
ffffffc0802072f4:	d19fe0ef          	jal	ffffffc08020600c <curproc>
ffffffc0802072f8:	00848a13          	add	s4,s1,8
ffffffc0802072fc:	003a1793          	sll	a5,s4,0x3
ffffffc080207300:	953e                	add	a0,a0,a5
ffffffc080207302:	651c                	ld	a5,8(a0)
ffffffc080207304:	c79d                	beqz	a5,ffffffc080207332 <arg_fd+0x68>
    return -1;
  if (fd)
ffffffc080207306:	00090463          	beqz	s2,ffffffc08020730e <arg_fd+0x44>
    *fd = i;
ffffffc08020730a:	00992023          	sw	s1,0(s2)
  if (f)
ffffffc08020730e:	00098963          	beqz	s3,ffffffc080207320 <arg_fd+0x56>
    *f = curproc()->ofile[i];
ffffffc080207312:	cfbfe0ef          	jal	ffffffc08020600c <curproc>
ffffffc080207316:	0a0e                	sll	s4,s4,0x3
ffffffc080207318:	9552                	add	a0,a0,s4
ffffffc08020731a:	651c                	ld	a5,8(a0)
ffffffc08020731c:	00f9b023          	sd	a5,0(s3)
  return 0;
ffffffc080207320:	4501                	li	a0,0
}
ffffffc080207322:	70a2                	ld	ra,40(sp)
ffffffc080207324:	7402                	ld	s0,32(sp)
ffffffc080207326:	64e2                	ld	s1,24(sp)
ffffffc080207328:	6942                	ld	s2,16(sp)
ffffffc08020732a:	69a2                	ld	s3,8(sp)
ffffffc08020732c:	6a02                	ld	s4,0(sp)
ffffffc08020732e:	6145                	add	sp,sp,48
ffffffc080207330:	8082                	ret
    return -1;
ffffffc080207332:	557d                	li	a0,-1
ffffffc080207334:	b7fd                	j	ffffffc080207322 <arg_fd+0x58>

ffffffc080207336 <__ctzdi2>:
ffffffc080207336:	40a007b3          	neg	a5,a0
ffffffc08020733a:	8d7d                	and	a0,a0,a5
ffffffc08020733c:	03855793          	srl	a5,a0,0x38
ffffffc080207340:	e795                	bnez	a5,ffffffc08020736c <__ctzdi2+0x36>
ffffffc080207342:	03800793          	li	a5,56
ffffffc080207346:	17e1                	add	a5,a5,-8
ffffffc080207348:	c791                	beqz	a5,ffffffc080207354 <__ctzdi2+0x1e>
ffffffc08020734a:	00f55733          	srl	a4,a0,a5
ffffffc08020734e:	0ff77713          	zext.b	a4,a4
ffffffc080207352:	db75                	beqz	a4,ffffffc080207346 <__ctzdi2+0x10>
ffffffc080207354:	00f55533          	srl	a0,a0,a5
ffffffc080207358:	00271717          	auipc	a4,0x271
ffffffc08020735c:	2c870713          	add	a4,a4,712 # ffffffc080478620 <__clz_tab>
ffffffc080207360:	972a                	add	a4,a4,a0
ffffffc080207362:	00074503          	lbu	a0,0(a4)
ffffffc080207366:	17fd                	add	a5,a5,-1
ffffffc080207368:	9d3d                	addw	a0,a0,a5
ffffffc08020736a:	8082                	ret
ffffffc08020736c:	03800793          	li	a5,56
ffffffc080207370:	b7d5                	j	ffffffc080207354 <__ctzdi2+0x1e>
	...
