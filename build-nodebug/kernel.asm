
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
ffffffc08020000a:	001ba297          	auipc	t0,0x1ba
ffffffc08020000e:	13628293          	add	t0,t0,310 # ffffffc0803ba140 <enabled_irq>
	la t1, kernel_bss_end
ffffffc080200012:	003fa317          	auipc	t1,0x3fa
ffffffc080200016:	c9e30313          	add	t1,t1,-866 # ffffffc0805f9cb0 <kernel_bss_end>
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
ffffffc08020002e:	40d030ef          	jal	ffffffc080203c3a <kmain>
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
ffffffc080200044:	6b7030ef          	jal	ffffffc080203efa <kmain_secondary>
	j halt
ffffffc080200048:	a099                	j	ffffffc08020008e <halt>

ffffffc08020004a <enable_paging>:

/* Runs at the physical address; returns at the upper-half alias of ra. */
enable_paging:
	lla t0, kernel_pagetable
ffffffc08020004a:	001b4297          	auipc	t0,0x1b4
ffffffc08020004e:	fb628293          	add	t0,t0,-74 # ffffffc0803b4000 <kernel_pagetable>
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
ffffffc080200076:	001cf117          	auipc	sp,0x1cf
ffffffc08020007a:	a0a10113          	add	sp,sp,-1526 # ffffffc0803cea80 <cpu_stacks>
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
ffffffc0802000a2:	001ba717          	auipc	a4,0x1ba
ffffffc0802000a6:	0aa73323          	sd	a0,166(a4) # ffffffc0803ba148 <plic>
  enabled_irq = irq;
ffffffc0802000aa:	001ba717          	auipc	a4,0x1ba
ffffffc0802000ae:	08b72b23          	sw	a1,150(a4) # ffffffc0803ba140 <enabled_irq>
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
ffffffc0802000c6:	001ba617          	auipc	a2,0x1ba
ffffffc0802000ca:	07a62603          	lw	a2,122(a2) # ffffffc0803ba140 <enabled_irq>
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
ffffffc0802000f0:	001ba717          	auipc	a4,0x1ba
ffffffc0802000f4:	05873703          	ld	a4,88(a4) # ffffffc0803ba148 <plic>
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
ffffffc080200126:	001ba797          	auipc	a5,0x1ba
ffffffc08020012a:	0227b783          	ld	a5,34(a5) # ffffffc0803ba148 <plic>
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
ffffffc080200148:	001ba797          	auipc	a5,0x1ba
ffffffc08020014c:	0007b783          	ld	a5,0(a5) # ffffffc0803ba148 <plic>
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
ffffffc08020018c:	1fe040ef          	jal	ffffffc08020438a <page_alloc_zeroed>
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

ffffffc0802001ac <next_table>:
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
ffffffc0802001c2:	eba9                	bnez	a5,ffffffc080200214 <next_table+0x68>
  if (!alloc)
ffffffc0802001c4:	cd9d                	beqz	a1,ffffffc080200202 <next_table+0x56>
ffffffc0802001c6:	84aa                	mv	s1,a0
  void *page = page_alloc_zeroed();
ffffffc0802001c8:	1c2040ef          	jal	ffffffc08020438a <page_alloc_zeroed>
ffffffc0802001cc:	87aa                	mv	a5,a0
  if (!page)
ffffffc0802001ce:	c915                	beqz	a0,ffffffc080200202 <next_table+0x56>
  pte_t fresh = PA2PTE(V2P(page)) | PTE_V;
ffffffc0802001d0:	4985                	li	s3,1
ffffffc0802001d2:	199a                	sll	s3,s3,0x26
ffffffc0802001d4:	01350733          	add	a4,a0,s3
ffffffc0802001d8:	8331                	srl	a4,a4,0xc
ffffffc0802001da:	072a                	sll	a4,a4,0xa
ffffffc0802001dc:	00176713          	or	a4,a4,1

/* Acq_rel LR/SC loop: release orders the new page's contents (copied just
 * before) ahead of its PTE; acquire orders what follows after the swap. */
static inline bool pte_cas(pte_t *p, pte_t old, pte_t new) {
  return __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
ffffffc0802001e0:	1004b6af          	lr.d	a3,(s1)
ffffffc0802001e4:	01269563          	bne	a3,s2,ffffffc0802001ee <next_table+0x42>
ffffffc0802001e8:	1ce4b62f          	sc.d.aq	a2,a4,(s1)
ffffffc0802001ec:	fa75                	bnez	a2,ffffffc0802001e0 <next_table+0x34>
  if (pte_cas(slot, pte, fresh))
ffffffc0802001ee:	05269463          	bne	a3,s2,ffffffc080200236 <next_table+0x8a>
}
ffffffc0802001f2:	70a2                	ld	ra,40(sp)
ffffffc0802001f4:	7402                	ld	s0,32(sp)
ffffffc0802001f6:	64e2                	ld	s1,24(sp)
ffffffc0802001f8:	6942                	ld	s2,16(sp)
ffffffc0802001fa:	69a2                	ld	s3,8(sp)
ffffffc0802001fc:	853e                	mv	a0,a5
ffffffc0802001fe:	6145                	add	sp,sp,48
ffffffc080200200:	8082                	ret
ffffffc080200202:	70a2                	ld	ra,40(sp)
ffffffc080200204:	7402                	ld	s0,32(sp)
    return NULL;
ffffffc080200206:	4781                	li	a5,0
}
ffffffc080200208:	64e2                	ld	s1,24(sp)
ffffffc08020020a:	6942                	ld	s2,16(sp)
ffffffc08020020c:	69a2                	ld	s3,8(sp)
ffffffc08020020e:	853e                	mv	a0,a5
ffffffc080200210:	6145                	add	sp,sp,48
ffffffc080200212:	8082                	ret
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200214:	fff007b7          	lui	a5,0xfff00
ffffffc080200218:	83a1                	srl	a5,a5,0x8
ffffffc08020021a:	090a                	sll	s2,s2,0x2
ffffffc08020021c:	00f97933          	and	s2,s2,a5
}
ffffffc080200220:	70a2                	ld	ra,40(sp)
ffffffc080200222:	7402                	ld	s0,32(sp)
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200224:	57fd                	li	a5,-1
ffffffc080200226:	179a                	sll	a5,a5,0x26
ffffffc080200228:	97ca                	add	a5,a5,s2
}
ffffffc08020022a:	64e2                	ld	s1,24(sp)
ffffffc08020022c:	6942                	ld	s2,16(sp)
ffffffc08020022e:	69a2                	ld	s3,8(sp)
ffffffc080200230:	853e                	mv	a0,a5
ffffffc080200232:	6145                	add	sp,sp,48
ffffffc080200234:	8082                	ret
  page_free(page); /* another hart installed one first */
ffffffc080200236:	17a040ef          	jal	ffffffc0802043b0 <page_free>
static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc08020023a:	609c                	ld	a5,0(s1)
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc08020023c:	fff00737          	lui	a4,0xfff00
ffffffc080200240:	8321                	srl	a4,a4,0x8
ffffffc080200242:	078a                	sll	a5,a5,0x2
ffffffc080200244:	8ff9                	and	a5,a5,a4
ffffffc080200246:	413787b3          	sub	a5,a5,s3
  return table_of(pte_load(slot));
ffffffc08020024a:	b765                	j	ffffffc0802001f2 <next_table+0x46>

ffffffc08020024c <pmap_init>:
void pmap_init(uint64 mem_base, uint64 mem_size) {
ffffffc08020024c:	1141                	add	sp,sp,-16
ffffffc08020024e:	e422                	sd	s0,8(sp)
  for (uint64 pa = mem_base & ~(GIGA - 1); pa < mem_base + mem_size; pa += GIGA)
ffffffc080200250:	c00006b7          	lui	a3,0xc0000
void pmap_init(uint64 mem_base, uint64 mem_size) {
ffffffc080200254:	0800                	add	s0,sp,16
  for (uint64 pa = mem_base & ~(GIGA - 1); pa < mem_base + mem_size; pa += GIGA)
ffffffc080200256:	8ee9                	and	a3,a3,a0
ffffffc080200258:	95aa                	add	a1,a1,a0
ffffffc08020025a:	02b6fa63          	bgeu	a3,a1,ffffffc08020028e <pmap_init+0x42>
    kernel_pagetable[PX(2, pa + PHYS_OFFSET)] = PA2PTE(pa) | KERNEL_LEAF;
ffffffc08020025e:	567d                	li	a2,-1
ffffffc080200260:	001b4817          	auipc	a6,0x1b4
ffffffc080200264:	da080813          	add	a6,a6,-608 # ffffffc0803b4000 <kernel_pagetable>
ffffffc080200268:	161a                	sll	a2,a2,0x26
  for (uint64 pa = mem_base & ~(GIGA - 1); pa < mem_base + mem_size; pa += GIGA)
ffffffc08020026a:	40000537          	lui	a0,0x40000
    kernel_pagetable[PX(2, pa + PHYS_OFFSET)] = PA2PTE(pa) | KERNEL_LEAF;
ffffffc08020026e:	00c687b3          	add	a5,a3,a2
ffffffc080200272:	83f9                	srl	a5,a5,0x1e
ffffffc080200274:	00c6d713          	srl	a4,a3,0xc
ffffffc080200278:	1ff7f793          	and	a5,a5,511
ffffffc08020027c:	078e                	sll	a5,a5,0x3
ffffffc08020027e:	072a                	sll	a4,a4,0xa
ffffffc080200280:	97c2                	add	a5,a5,a6
ffffffc080200282:	0ef76713          	or	a4,a4,239
ffffffc080200286:	e398                	sd	a4,0(a5)
  for (uint64 pa = mem_base & ~(GIGA - 1); pa < mem_base + mem_size; pa += GIGA)
ffffffc080200288:	96aa                	add	a3,a3,a0
ffffffc08020028a:	feb6e2e3          	bltu	a3,a1,ffffffc08020026e <pmap_init+0x22>
  return x;
}
static inline uint64 r_time(void) { return csr_read(time); }

/* Flush this hart's TLB entries: all of them, or those of one address. */
static inline void sfence_vma_all(void) { __asm__ volatile("sfence.vma zero, zero" ::: "memory"); }
ffffffc08020028e:	12000073          	sfence.vma
}
ffffffc080200292:	6422                	ld	s0,8(sp)
ffffffc080200294:	0141                	add	sp,sp,16
ffffffc080200296:	8082                	ret

ffffffc080200298 <pmap_create>:
pagetable_t pmap_create(void) {
ffffffc080200298:	1101                	add	sp,sp,-32
ffffffc08020029a:	e822                	sd	s0,16(sp)
ffffffc08020029c:	e426                	sd	s1,8(sp)
ffffffc08020029e:	ec06                	sd	ra,24(sp)
ffffffc0802002a0:	1000                	add	s0,sp,32
  pagetable_t pt = page_alloc_zeroed();
ffffffc0802002a2:	0e8040ef          	jal	ffffffc08020438a <page_alloc_zeroed>
ffffffc0802002a6:	84aa                	mv	s1,a0
  if (pt)
ffffffc0802002a8:	c919                	beqz	a0,ffffffc0802002be <pmap_create+0x26>
    memcpy(&pt[USER_ROOT_ENTRIES], &kernel_pagetable[USER_ROOT_ENTRIES],
ffffffc0802002aa:	6605                	lui	a2,0x1
ffffffc0802002ac:	80060613          	add	a2,a2,-2048 # 800 <KERNEL_PA-0x801ff800>
ffffffc0802002b0:	001b4597          	auipc	a1,0x1b4
ffffffc0802002b4:	55058593          	add	a1,a1,1360 # ffffffc0803b4800 <kernel_pagetable+0x800>
ffffffc0802002b8:	9532                	add	a0,a0,a2
ffffffc0802002ba:	00f030ef          	jal	ffffffc080203ac8 <memcpy>
}
ffffffc0802002be:	60e2                	ld	ra,24(sp)
ffffffc0802002c0:	6442                	ld	s0,16(sp)
ffffffc0802002c2:	8526                	mv	a0,s1
ffffffc0802002c4:	64a2                	ld	s1,8(sp)
ffffffc0802002c6:	6105                	add	sp,sp,32
ffffffc0802002c8:	8082                	ret

ffffffc0802002ca <pmap_walk>:
pte_t *pmap_walk(pagetable_t pt, uint64 va, bool alloc) {
ffffffc0802002ca:	1101                	add	sp,sp,-32
ffffffc0802002cc:	e822                	sd	s0,16(sp)
ffffffc0802002ce:	ec06                	sd	ra,24(sp)
ffffffc0802002d0:	e426                	sd	s1,8(sp)
ffffffc0802002d2:	e04a                	sd	s2,0(sp)
ffffffc0802002d4:	1000                	add	s0,sp,32
  KASSERT(va < USER_TOP);
ffffffc0802002d6:	57fd                	li	a5,-1
ffffffc0802002d8:	83e9                	srl	a5,a5,0x1a
ffffffc0802002da:	04b7e863          	bltu	a5,a1,ffffffc08020032a <pmap_walk+0x60>
  pagetable_t l1 = next_table(&pt[PX(2, va)], alloc);
ffffffc0802002de:	01e5d793          	srl	a5,a1,0x1e
ffffffc0802002e2:	078e                	sll	a5,a5,0x3
ffffffc0802002e4:	84ae                	mv	s1,a1
ffffffc0802002e6:	953e                	add	a0,a0,a5
ffffffc0802002e8:	85b2                	mv	a1,a2
ffffffc0802002ea:	8932                	mv	s2,a2
ffffffc0802002ec:	ec1ff0ef          	jal	ffffffc0802001ac <next_table>
  if (!l1)
ffffffc0802002f0:	c515                	beqz	a0,ffffffc08020031c <pmap_walk+0x52>
  pagetable_t l0 = next_table(&l1[PX(1, va)], alloc);
ffffffc0802002f2:	0154d793          	srl	a5,s1,0x15
ffffffc0802002f6:	1ff7f793          	and	a5,a5,511
ffffffc0802002fa:	078e                	sll	a5,a5,0x3
ffffffc0802002fc:	85ca                	mv	a1,s2
ffffffc0802002fe:	953e                	add	a0,a0,a5
ffffffc080200300:	eadff0ef          	jal	ffffffc0802001ac <next_table>
  if (!l0)
ffffffc080200304:	cd01                	beqz	a0,ffffffc08020031c <pmap_walk+0x52>
}
ffffffc080200306:	60e2                	ld	ra,24(sp)
ffffffc080200308:	6442                	ld	s0,16(sp)
  return &l0[PX(0, va)];
ffffffc08020030a:	80b1                	srl	s1,s1,0xc
ffffffc08020030c:	1ff4f493          	and	s1,s1,511
ffffffc080200310:	048e                	sll	s1,s1,0x3
}
ffffffc080200312:	6902                	ld	s2,0(sp)
  return &l0[PX(0, va)];
ffffffc080200314:	9526                	add	a0,a0,s1
}
ffffffc080200316:	64a2                	ld	s1,8(sp)
ffffffc080200318:	6105                	add	sp,sp,32
ffffffc08020031a:	8082                	ret
ffffffc08020031c:	60e2                	ld	ra,24(sp)
ffffffc08020031e:	6442                	ld	s0,16(sp)
ffffffc080200320:	64a2                	ld	s1,8(sp)
ffffffc080200322:	6902                	ld	s2,0(sp)
    return NULL;
ffffffc080200324:	4501                	li	a0,0
}
ffffffc080200326:	6105                	add	sp,sp,32
ffffffc080200328:	8082                	ret
  KASSERT(va < USER_TOP);
ffffffc08020032a:	00008717          	auipc	a4,0x8
ffffffc08020032e:	d1670713          	add	a4,a4,-746 # ffffffc080208040 <__func__.0+0x10>
ffffffc080200332:	00008697          	auipc	a3,0x8
ffffffc080200336:	d9668693          	add	a3,a3,-618 # ffffffc0802080c8 <__func__.1>
ffffffc08020033a:	03b00613          	li	a2,59
ffffffc08020033e:	00008597          	auipc	a1,0x8
ffffffc080200342:	d1258593          	add	a1,a1,-750 # ffffffc080208050 <__func__.0+0x20>
ffffffc080200346:	00008517          	auipc	a0,0x8
ffffffc08020034a:	d2a50513          	add	a0,a0,-726 # ffffffc080208070 <__func__.0+0x40>
ffffffc08020034e:	65e030ef          	jal	ffffffc0802039ac <panic>

ffffffc080200352 <pmap_enter>:
int pmap_enter(pagetable_t pt, uint64 va, uint64 pa, int prot) {
ffffffc080200352:	7179                	add	sp,sp,-48
ffffffc080200354:	f022                	sd	s0,32(sp)
ffffffc080200356:	ec26                	sd	s1,24(sp)
ffffffc080200358:	e84a                	sd	s2,16(sp)
ffffffc08020035a:	e44e                	sd	s3,8(sp)
ffffffc08020035c:	f406                	sd	ra,40(sp)
ffffffc08020035e:	1800                	add	s0,sp,48
ffffffc080200360:	84b2                	mv	s1,a2
  pte_t *p = pmap_walk(pt, va, true);
ffffffc080200362:	4605                	li	a2,1
int pmap_enter(pagetable_t pt, uint64 va, uint64 pa, int prot) {
ffffffc080200364:	89ae                	mv	s3,a1
ffffffc080200366:	8936                	mv	s2,a3
  pte_t *p = pmap_walk(pt, va, true);
ffffffc080200368:	f63ff0ef          	jal	ffffffc0802002ca <pmap_walk>
  if (!p)
ffffffc08020036c:	c90d                	beqz	a0,ffffffc08020039e <pmap_enter+0x4c>
  pte_t fresh = PA2PTE(pa) | prot_bits(prot) | PTE_V | PTE_U | PTE_A | PTE_D;
ffffffc08020036e:	00c4d793          	srl	a5,s1,0xc
  return (prot & PROT_R ? PTE_R : 0) | (prot & PROT_W ? PTE_W : 0) | (prot & PROT_X ? PTE_X : 0);
ffffffc080200372:	00191693          	sll	a3,s2,0x1
ffffffc080200376:	8ab9                	and	a3,a3,14
  pte_t fresh = PA2PTE(pa) | prot_bits(prot) | PTE_V | PTE_U | PTE_A | PTE_D;
ffffffc080200378:	07aa                	sll	a5,a5,0xa
ffffffc08020037a:	8fd5                	or	a5,a5,a3
ffffffc08020037c:	0d17e793          	or	a5,a5,209
  return __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
ffffffc080200380:	1005372f          	lr.d	a4,(a0)
ffffffc080200384:	e701                	bnez	a4,ffffffc08020038c <pmap_enter+0x3a>
ffffffc080200386:	1cf536af          	sc.d.aq	a3,a5,(a0)
ffffffc08020038a:	fafd                	bnez	a3,ffffffc080200380 <pmap_enter+0x2e>
  return 0;
ffffffc08020038c:	4501                	li	a0,0
  if (!pte_cas(p, 0, fresh))
ffffffc08020038e:	eb11                	bnez	a4,ffffffc0802003a2 <pmap_enter+0x50>
}
ffffffc080200390:	70a2                	ld	ra,40(sp)
ffffffc080200392:	7402                	ld	s0,32(sp)
ffffffc080200394:	64e2                	ld	s1,24(sp)
ffffffc080200396:	6942                	ld	s2,16(sp)
ffffffc080200398:	69a2                	ld	s3,8(sp)
ffffffc08020039a:	6145                	add	sp,sp,48
ffffffc08020039c:	8082                	ret
    return -1;
ffffffc08020039e:	557d                	li	a0,-1
ffffffc0802003a0:	bfc5                	j	ffffffc080200390 <pmap_enter+0x3e>
    panic("pmap_enter: %p already mapped", (void *)va);
ffffffc0802003a2:	85ce                	mv	a1,s3
ffffffc0802003a4:	00008517          	auipc	a0,0x8
ffffffc0802003a8:	cec50513          	add	a0,a0,-788 # ffffffc080208090 <__func__.0+0x60>
ffffffc0802003ac:	600030ef          	jal	ffffffc0802039ac <panic>

ffffffc0802003b0 <pmap_add_prot>:
void pmap_add_prot(pagetable_t pt, uint64 va, int prot) {
ffffffc0802003b0:	1101                	add	sp,sp,-32
ffffffc0802003b2:	e822                	sd	s0,16(sp)
ffffffc0802003b4:	e426                	sd	s1,8(sp)
ffffffc0802003b6:	ec06                	sd	ra,24(sp)
ffffffc0802003b8:	1000                	add	s0,sp,32
ffffffc0802003ba:	84b2                	mv	s1,a2
  pte_t *p = pmap_walk(pt, va, false);
ffffffc0802003bc:	4601                	li	a2,0
ffffffc0802003be:	f0dff0ef          	jal	ffffffc0802002ca <pmap_walk>
  KASSERT(p && pte_valid(*p));
ffffffc0802003c2:	cd11                	beqz	a0,ffffffc0802003de <pmap_add_prot+0x2e>
}

static inline bool pte_valid(pte_t pte) { return (pte & PTE_V) != 0; }
ffffffc0802003c4:	611c                	ld	a5,0(a0)
ffffffc0802003c6:	8b85                	and	a5,a5,1
ffffffc0802003c8:	cb99                	beqz	a5,ffffffc0802003de <pmap_add_prot+0x2e>
  return (prot & PROT_R ? PTE_R : 0) | (prot & PROT_W ? PTE_W : 0) | (prot & PROT_X ? PTE_X : 0);
ffffffc0802003ca:	00149793          	sll	a5,s1,0x1
ffffffc0802003ce:	8bb9                	and	a5,a5,14
  __atomic_fetch_or(p, prot_bits(prot), __ATOMIC_RELAXED);
ffffffc0802003d0:	40f5302f          	amoor.d	zero,a5,(a0)
}
ffffffc0802003d4:	60e2                	ld	ra,24(sp)
ffffffc0802003d6:	6442                	ld	s0,16(sp)
ffffffc0802003d8:	64a2                	ld	s1,8(sp)
ffffffc0802003da:	6105                	add	sp,sp,32
ffffffc0802003dc:	8082                	ret
  KASSERT(p && pte_valid(*p));
ffffffc0802003de:	00008717          	auipc	a4,0x8
ffffffc0802003e2:	cd270713          	add	a4,a4,-814 # ffffffc0802080b0 <__func__.0+0x80>
ffffffc0802003e6:	00008697          	auipc	a3,0x8
ffffffc0802003ea:	cf268693          	add	a3,a3,-782 # ffffffc0802080d8 <__func__.0>
ffffffc0802003ee:	05500613          	li	a2,85
ffffffc0802003f2:	00008597          	auipc	a1,0x8
ffffffc0802003f6:	c5e58593          	add	a1,a1,-930 # ffffffc080208050 <__func__.0+0x20>
ffffffc0802003fa:	00008517          	auipc	a0,0x8
ffffffc0802003fe:	c7650513          	add	a0,a0,-906 # ffffffc080208070 <__func__.0+0x40>
ffffffc080200402:	5aa030ef          	jal	ffffffc0802039ac <panic>

ffffffc080200406 <pmap_destroy>:
void pmap_destroy(pagetable_t pt) {
ffffffc080200406:	7119                	add	sp,sp,-128
ffffffc080200408:	fc5e                	sd	s7,56(sp)
ffffffc08020040a:	f466                	sd	s9,40(sp)
ffffffc08020040c:	fc000bb7          	lui	s7,0xfc000
ffffffc080200410:	6c85                	lui	s9,0x1
ffffffc080200412:	f8a2                	sd	s0,112(sp)
ffffffc080200414:	f0ca                	sd	s2,96(sp)
ffffffc080200416:	f862                	sd	s8,48(sp)
ffffffc080200418:	f06a                	sd	s10,32(sp)
ffffffc08020041a:	fc86                	sd	ra,120(sp)
ffffffc08020041c:	f4a6                	sd	s1,104(sp)
ffffffc08020041e:	ecce                	sd	s3,88(sp)
ffffffc080200420:	e8d2                	sd	s4,80(sp)
ffffffc080200422:	e4d6                	sd	s5,72(sp)
ffffffc080200424:	e0da                	sd	s6,64(sp)
ffffffc080200426:	ec6e                	sd	s11,24(sp)
ffffffc080200428:	0100                	add	s0,sp,128
ffffffc08020042a:	800c8c93          	add	s9,s9,-2048 # 800 <KERNEL_PA-0x801ff800>
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc08020042e:	fff00937          	lui	s2,0xfff00
ffffffc080200432:	0b85                	add	s7,s7,1 # fffffffffc000001 <kernel_end+0x3f7ba06001>
void pmap_destroy(pagetable_t pt) {
ffffffc080200434:	8c2a                	mv	s8,a0
ffffffc080200436:	8d2a                	mv	s10,a0
ffffffc080200438:	9caa                	add	s9,s9,a0
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc08020043a:	00895913          	srl	s2,s2,0x8
ffffffc08020043e:	0bb2                	sll	s7,s7,0xc
ffffffc080200440:	a021                	j	ffffffc080200448 <pmap_destroy+0x42>
  for (int i = 0; i < USER_ROOT_ENTRIES; i++) {
ffffffc080200442:	0d21                	add	s10,s10,8
ffffffc080200444:	079d0763          	beq	s10,s9,ffffffc0802004b2 <pmap_destroy+0xac>
    if (!(pt[i] & PTE_V))
ffffffc080200448:	000d3783          	ld	a5,0(s10)
ffffffc08020044c:	0017f713          	and	a4,a5,1
ffffffc080200450:	db6d                	beqz	a4,ffffffc080200442 <pmap_destroy+0x3c>
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200452:	00279a93          	sll	s5,a5,0x2
ffffffc080200456:	59fd                	li	s3,-1
ffffffc080200458:	012afab3          	and	s5,s5,s2
ffffffc08020045c:	199a                	sll	s3,s3,0x26
ffffffc08020045e:	013a8a33          	add	s4,s5,s3
ffffffc080200462:	f9443423          	sd	s4,-120(s0)
    for (int j = 0; j < 512; j++) {
ffffffc080200466:	9ade                	add	s5,s5,s7
ffffffc080200468:	a021                	j	ffffffc080200470 <pmap_destroy+0x6a>
ffffffc08020046a:	0a21                	add	s4,s4,8
ffffffc08020046c:	034a8c63          	beq	s5,s4,ffffffc0802004a4 <pmap_destroy+0x9e>
      if (!(l1[j] & PTE_V))
ffffffc080200470:	000a3783          	ld	a5,0(s4)
ffffffc080200474:	0017f713          	and	a4,a5,1
ffffffc080200478:	db6d                	beqz	a4,ffffffc08020046a <pmap_destroy+0x64>
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc08020047a:	00279d93          	sll	s11,a5,0x2
ffffffc08020047e:	012dfdb3          	and	s11,s11,s2
ffffffc080200482:	013d84b3          	add	s1,s11,s3
ffffffc080200486:	8b26                	mv	s6,s1
      for (int k = 0; k < 512; k++)
ffffffc080200488:	9dde                	add	s11,s11,s7
        if (l0[k] & PTE_V)
ffffffc08020048a:	6088                	ld	a0,0(s1)
      for (int k = 0; k < 512; k++)
ffffffc08020048c:	04a1                	add	s1,s1,8
        if (l0[k] & PTE_V)
ffffffc08020048e:	00157793          	and	a5,a0,1
ffffffc080200492:	e3a9                	bnez	a5,ffffffc0802004d4 <pmap_destroy+0xce>
      for (int k = 0; k < 512; k++)
ffffffc080200494:	fe9d9be3          	bne	s11,s1,ffffffc08020048a <pmap_destroy+0x84>
      page_free(l0);
ffffffc080200498:	855a                	mv	a0,s6
    for (int j = 0; j < 512; j++) {
ffffffc08020049a:	0a21                	add	s4,s4,8
      page_free(l0);
ffffffc08020049c:	715030ef          	jal	ffffffc0802043b0 <page_free>
    for (int j = 0; j < 512; j++) {
ffffffc0802004a0:	fd4a98e3          	bne	s5,s4,ffffffc080200470 <pmap_destroy+0x6a>
    page_free(l1);
ffffffc0802004a4:	f8843503          	ld	a0,-120(s0)
  for (int i = 0; i < USER_ROOT_ENTRIES; i++) {
ffffffc0802004a8:	0d21                	add	s10,s10,8
    page_free(l1);
ffffffc0802004aa:	707030ef          	jal	ffffffc0802043b0 <page_free>
  for (int i = 0; i < USER_ROOT_ENTRIES; i++) {
ffffffc0802004ae:	f99d1de3          	bne	s10,s9,ffffffc080200448 <pmap_destroy+0x42>
}
ffffffc0802004b2:	7446                	ld	s0,112(sp)
ffffffc0802004b4:	70e6                	ld	ra,120(sp)
ffffffc0802004b6:	74a6                	ld	s1,104(sp)
ffffffc0802004b8:	7906                	ld	s2,96(sp)
ffffffc0802004ba:	69e6                	ld	s3,88(sp)
ffffffc0802004bc:	6a46                	ld	s4,80(sp)
ffffffc0802004be:	6aa6                	ld	s5,72(sp)
ffffffc0802004c0:	6b06                	ld	s6,64(sp)
ffffffc0802004c2:	7be2                	ld	s7,56(sp)
ffffffc0802004c4:	7ca2                	ld	s9,40(sp)
ffffffc0802004c6:	7d02                	ld	s10,32(sp)
ffffffc0802004c8:	6de2                	ld	s11,24(sp)
  page_free(pt);
ffffffc0802004ca:	8562                	mv	a0,s8
}
ffffffc0802004cc:	7c42                	ld	s8,48(sp)
ffffffc0802004ce:	6109                	add	sp,sp,128
  page_free(pt);
ffffffc0802004d0:	6e10306f          	j	ffffffc0802043b0 <page_free>
          page_free(P2V(PTE2PA(l0[k])));
ffffffc0802004d4:	050a                	sll	a0,a0,0x2
ffffffc0802004d6:	01257533          	and	a0,a0,s2
ffffffc0802004da:	954e                	add	a0,a0,s3
ffffffc0802004dc:	6d5030ef          	jal	ffffffc0802043b0 <page_free>
      for (int k = 0; k < 512; k++)
ffffffc0802004e0:	fa9d95e3          	bne	s11,s1,ffffffc08020048a <pmap_destroy+0x84>
ffffffc0802004e4:	bf55                	j	ffffffc080200498 <pmap_destroy+0x92>

ffffffc0802004e6 <pmap_fork_cow>:
    child[k] = pte;
  }
  return protected;
}

int pmap_fork_cow(pagetable_t parent, pagetable_t child, uint64 *cow_protected) {
ffffffc0802004e6:	7175                	add	sp,sp,-144
ffffffc0802004e8:	e122                	sd	s0,128(sp)
ffffffc0802004ea:	fca6                	sd	s1,120(sp)
ffffffc0802004ec:	ecd6                	sd	s5,88(sp)
ffffffc0802004ee:	e8da                	sd	s6,80(sp)
ffffffc0802004f0:	fc66                	sd	s9,56(sp)
ffffffc0802004f2:	e506                	sd	ra,136(sp)
ffffffc0802004f4:	f8ca                	sd	s2,112(sp)
ffffffc0802004f6:	f4ce                	sd	s3,104(sp)
ffffffc0802004f8:	f0d2                	sd	s4,96(sp)
ffffffc0802004fa:	e4de                	sd	s7,72(sp)
ffffffc0802004fc:	e0e2                	sd	s8,64(sp)
ffffffc0802004fe:	f86a                	sd	s10,48(sp)
ffffffc080200500:	f46e                	sd	s11,40(sp)
ffffffc080200502:	0900                	add	s0,sp,144
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200504:	5b7d                	li	s6,-1
ffffffc080200506:	fff004b7          	lui	s1,0xfff00
ffffffc08020050a:	026b1793          	sll	a5,s6,0x26
int pmap_fork_cow(pagetable_t parent, pagetable_t child, uint64 *cow_protected) {
ffffffc08020050e:	8ab2                	mv	s5,a2
ffffffc080200510:	f6b43823          	sd	a1,-144(s0)
  *cow_protected = 0;
ffffffc080200514:	00063023          	sd	zero,0(a2)
  for (int i = 0; i < USER_ROOT_ENTRIES; i++) {
ffffffc080200518:	f8a43423          	sd	a0,-120(s0)
ffffffc08020051c:	4c81                	li	s9,0
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc08020051e:	80a1                	srl	s1,s1,0x8
ffffffc080200520:	f8f43023          	sd	a5,-128(s0)
    if (!(parent[i] & PTE_V))
ffffffc080200524:	f8843783          	ld	a5,-120(s0)
ffffffc080200528:	639c                	ld	a5,0(a5)
ffffffc08020052a:	0017f713          	and	a4,a5,1
ffffffc08020052e:	ef09                	bnez	a4,ffffffc080200548 <pmap_fork_cow+0x62>
  for (int i = 0; i < USER_ROOT_ENTRIES; i++) {
ffffffc080200530:	f8843703          	ld	a4,-120(s0)
ffffffc080200534:	2c85                	addw	s9,s9,1
ffffffc080200536:	10000793          	li	a5,256
ffffffc08020053a:	0721                	add	a4,a4,8
ffffffc08020053c:	f8e43423          	sd	a4,-120(s0)
ffffffc080200540:	fefc92e3          	bne	s9,a5,ffffffc080200524 <pmap_fork_cow+0x3e>
      if (!l0c)
        return -1;
      *cow_protected += share_leaves(table_of(l1p[j]), l0c);
    }
  }
  return 0;
ffffffc080200544:	4501                	li	a0,0
ffffffc080200546:	a0d9                	j	ffffffc08020060c <pmap_fork_cow+0x126>
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200548:	00279993          	sll	s3,a5,0x2
    pagetable_t l1p = table_of(parent[i]), l1c = child_table(child, i);
ffffffc08020054c:	f7043503          	ld	a0,-144(s0)
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200550:	f8043783          	ld	a5,-128(s0)
ffffffc080200554:	0099f9b3          	and	s3,s3,s1
    pagetable_t l1p = table_of(parent[i]), l1c = child_table(child, i);
ffffffc080200558:	85e6                	mv	a1,s9
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc08020055a:	99be                	add	s3,s3,a5
    pagetable_t l1p = table_of(parent[i]), l1c = child_table(child, i);
ffffffc08020055c:	bfdff0ef          	jal	ffffffc080200158 <child_table>
ffffffc080200560:	f6a43c23          	sd	a0,-136(s0)
    if (!l1c)
ffffffc080200564:	c15d                	beqz	a0,ffffffc08020060a <pmap_fork_cow+0x124>
    for (int j = 0; j < 512; j++) {
ffffffc080200566:	4a01                	li	s4,0

void page_array_init(uint64 mem_base, uint64 mem_size, uint64 array_pa);
struct page *pa_to_page(uint64 pa);

static inline void page_ref_get(uint64 pa) {
  __atomic_fetch_add(&pa_to_page(pa)->refs, 1, __ATOMIC_RELAXED);
ffffffc080200568:	4905                	li	s2,1
      if (!(l1p[j] & PTE_V))
ffffffc08020056a:	0009b783          	ld	a5,0(s3)
ffffffc08020056e:	8b85                	and	a5,a5,1
ffffffc080200570:	c3d1                	beqz	a5,ffffffc0802005f4 <pmap_fork_cow+0x10e>
      pagetable_t l0c = child_table(l1c, j);
ffffffc080200572:	f7843503          	ld	a0,-136(s0)
ffffffc080200576:	85d2                	mv	a1,s4
ffffffc080200578:	be1ff0ef          	jal	ffffffc080200158 <child_table>
      if (!l0c)
ffffffc08020057c:	c559                	beqz	a0,ffffffc08020060a <pmap_fork_cow+0x124>
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc08020057e:	0009b803          	ld	a6,0(s3)
ffffffc080200582:	6785                	lui	a5,0x1
ffffffc080200584:	00f50bb3          	add	s7,a0,a5
ffffffc080200588:	f8043783          	ld	a5,-128(s0)
ffffffc08020058c:	080a                	sll	a6,a6,0x2
ffffffc08020058e:	00987833          	and	a6,a6,s1
ffffffc080200592:	983e                	add	a6,a6,a5
ffffffc080200594:	8daa                	mv	s11,a0
  uint64 protected = 0;
ffffffc080200596:	4d01                	li	s10,0
ffffffc080200598:	40a80c33          	sub	s8,a6,a0
ffffffc08020059c:	a021                	j	ffffffc0802005a4 <pmap_fork_cow+0xbe>
  for (int k = 0; k < 512; k++) {
ffffffc08020059e:	0da1                	add	s11,s11,8
ffffffc0802005a0:	05bb8563          	beq	s7,s11,ffffffc0802005ea <pmap_fork_cow+0x104>
    pte_t pte = pte_load(&parent[k]);
ffffffc0802005a4:	01bc06b3          	add	a3,s8,s11
static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc0802005a8:	629c                	ld	a5,0(a3)
    if (!(pte & PTE_V))
ffffffc0802005aa:	0017f713          	and	a4,a5,1
ffffffc0802005ae:	db65                	beqz	a4,ffffffc08020059e <pmap_fork_cow+0xb8>
    while (pte & PTE_W) {
ffffffc0802005b0:	0047f713          	and	a4,a5,4
ffffffc0802005b4:	c739                	beqz	a4,ffffffc080200602 <pmap_fork_cow+0x11c>
      pte_t ro = (pte & ~PTE_W) | PTE_COW;
ffffffc0802005b6:	efb7f713          	and	a4,a5,-261
ffffffc0802005ba:	10076b13          	or	s6,a4,256
  return __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
ffffffc0802005be:	1006b5af          	lr.d	a1,(a3)
ffffffc0802005c2:	00f59563          	bne	a1,a5,ffffffc0802005cc <pmap_fork_cow+0xe6>
ffffffc0802005c6:	1d66b52f          	sc.d.aq	a0,s6,(a3)
ffffffc0802005ca:	f975                	bnez	a0,ffffffc0802005be <pmap_fork_cow+0xd8>
      if (pte_cas(&parent[k], pte, ro)) {
ffffffc0802005cc:	02f59d63          	bne	a1,a5,ffffffc080200606 <pmap_fork_cow+0x120>
        protected++;
ffffffc0802005d0:	0d05                	add	s10,s10,1
    page_ref_get(PTE2PA(pte));
ffffffc0802005d2:	002b1513          	sll	a0,s6,0x2
ffffffc0802005d6:	8d65                	and	a0,a0,s1
ffffffc0802005d8:	739030ef          	jal	ffffffc080204510 <pa_to_page>
ffffffc0802005dc:	0125202f          	amoadd.w	zero,s2,(a0)
    child[k] = pte;
ffffffc0802005e0:	016db023          	sd	s6,0(s11)
  for (int k = 0; k < 512; k++) {
ffffffc0802005e4:	0da1                	add	s11,s11,8
ffffffc0802005e6:	fbbb9fe3          	bne	s7,s11,ffffffc0802005a4 <pmap_fork_cow+0xbe>
      *cow_protected += share_leaves(table_of(l1p[j]), l0c);
ffffffc0802005ea:	000ab783          	ld	a5,0(s5)
ffffffc0802005ee:	97ea                	add	a5,a5,s10
ffffffc0802005f0:	00fab023          	sd	a5,0(s5)
    for (int j = 0; j < 512; j++) {
ffffffc0802005f4:	2a05                	addw	s4,s4,1
ffffffc0802005f6:	20000793          	li	a5,512
ffffffc0802005fa:	09a1                	add	s3,s3,8
ffffffc0802005fc:	f6fa17e3          	bne	s4,a5,ffffffc08020056a <pmap_fork_cow+0x84>
ffffffc080200600:	bf05                	j	ffffffc080200530 <pmap_fork_cow+0x4a>
    while (pte & PTE_W) {
ffffffc080200602:	8b3e                	mv	s6,a5
ffffffc080200604:	b7f9                	j	ffffffc0802005d2 <pmap_fork_cow+0xec>
static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc080200606:	629c                	ld	a5,0(a3)
ffffffc080200608:	b765                	j	ffffffc0802005b0 <pmap_fork_cow+0xca>
      return -1;
ffffffc08020060a:	557d                	li	a0,-1
}
ffffffc08020060c:	60aa                	ld	ra,136(sp)
ffffffc08020060e:	640a                	ld	s0,128(sp)
ffffffc080200610:	74e6                	ld	s1,120(sp)
ffffffc080200612:	7946                	ld	s2,112(sp)
ffffffc080200614:	79a6                	ld	s3,104(sp)
ffffffc080200616:	7a06                	ld	s4,96(sp)
ffffffc080200618:	6ae6                	ld	s5,88(sp)
ffffffc08020061a:	6b46                	ld	s6,80(sp)
ffffffc08020061c:	6ba6                	ld	s7,72(sp)
ffffffc08020061e:	6c06                	ld	s8,64(sp)
ffffffc080200620:	7ce2                	ld	s9,56(sp)
ffffffc080200622:	7d42                	ld	s10,48(sp)
ffffffc080200624:	7da2                	ld	s11,40(sp)
ffffffc080200626:	6149                	add	sp,sp,144
ffffffc080200628:	8082                	ret

ffffffc08020062a <pmap_fork_eager>:
    copied++;
  }
  return copied;
}

int pmap_fork_eager(pagetable_t parent, pagetable_t child, uint64 *copied) {
ffffffc08020062a:	7135                	add	sp,sp,-160
ffffffc08020062c:	e922                	sd	s0,144(sp)
ffffffc08020062e:	f8d2                	sd	s4,112(sp)
ffffffc080200630:	f4d6                	sd	s5,104(sp)
ffffffc080200632:	ed06                	sd	ra,152(sp)
ffffffc080200634:	e526                	sd	s1,136(sp)
ffffffc080200636:	e14a                	sd	s2,128(sp)
ffffffc080200638:	fcce                	sd	s3,120(sp)
ffffffc08020063a:	f0da                	sd	s6,96(sp)
ffffffc08020063c:	ecde                	sd	s7,88(sp)
ffffffc08020063e:	e8e2                	sd	s8,80(sp)
ffffffc080200640:	e4e6                	sd	s9,72(sp)
ffffffc080200642:	e0ea                	sd	s10,64(sp)
ffffffc080200644:	fc6e                	sd	s11,56(sp)
ffffffc080200646:	1100                	add	s0,sp,160
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200648:	fff00ab7          	lui	s5,0xfff00
ffffffc08020064c:	5a7d                	li	s4,-1
int pmap_fork_eager(pagetable_t parent, pagetable_t child, uint64 *copied) {
ffffffc08020064e:	f8c43023          	sd	a2,-128(s0)
ffffffc080200652:	f6b43423          	sd	a1,-152(s0)
  *copied = 0;
ffffffc080200656:	00063023          	sd	zero,0(a2)
  for (int i = 0; i < USER_ROOT_ENTRIES; i++) {
ffffffc08020065a:	f6a43c23          	sd	a0,-136(s0)
ffffffc08020065e:	f6043823          	sd	zero,-144(s0)
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200662:	008ada93          	srl	s5,s5,0x8
ffffffc080200666:	1a1a                	sll	s4,s4,0x26
    if (!(parent[i] & PTE_V))
ffffffc080200668:	f7843783          	ld	a5,-136(s0)
ffffffc08020066c:	639c                	ld	a5,0(a5)
ffffffc08020066e:	0017f713          	and	a4,a5,1
ffffffc080200672:	e315                	bnez	a4,ffffffc080200696 <pmap_fork_eager+0x6c>
  for (int i = 0; i < USER_ROOT_ENTRIES; i++) {
ffffffc080200674:	f7043783          	ld	a5,-144(s0)
ffffffc080200678:	f7843683          	ld	a3,-136(s0)
ffffffc08020067c:	0017871b          	addw	a4,a5,1 # 1001 <KERNEL_PA-0x801fefff>
ffffffc080200680:	06a1                	add	a3,a3,8
ffffffc080200682:	f6e43823          	sd	a4,-144(s0)
ffffffc080200686:	10000793          	li	a5,256
ffffffc08020068a:	f6d43c23          	sd	a3,-136(s0)
ffffffc08020068e:	fcf71de3          	bne	a4,a5,ffffffc080200668 <pmap_fork_eager+0x3e>
      if (n < 0)
        return -1;
      *copied += n;
    }
  }
  return 0;
ffffffc080200692:	4501                	li	a0,0
ffffffc080200694:	a05d                	j	ffffffc08020073a <pmap_fork_eager+0x110>
    pagetable_t l1p = table_of(parent[i]), l1c = child_table(child, i);
ffffffc080200696:	f7043583          	ld	a1,-144(s0)
ffffffc08020069a:	f6843503          	ld	a0,-152(s0)
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc08020069e:	00279b93          	sll	s7,a5,0x2
ffffffc0802006a2:	015bfbb3          	and	s7,s7,s5
    pagetable_t l1p = table_of(parent[i]), l1c = child_table(child, i);
ffffffc0802006a6:	ab3ff0ef          	jal	ffffffc080200158 <child_table>
ffffffc0802006aa:	f8a43423          	sd	a0,-120(s0)
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc0802006ae:	9bd2                	add	s7,s7,s4
    if (!l1c)
ffffffc0802006b0:	c541                	beqz	a0,ffffffc080200738 <pmap_fork_eager+0x10e>
    child[k] = PA2PTE(V2P(page)) | flags;
ffffffc0802006b2:	4b05                	li	s6,1
    for (int j = 0; j < 512; j++) {
ffffffc0802006b4:	4c01                	li	s8,0
    child[k] = PA2PTE(V2P(page)) | flags;
ffffffc0802006b6:	1b1a                	sll	s6,s6,0x26
      if (!(l1p[j] & PTE_V))
ffffffc0802006b8:	000bb783          	ld	a5,0(s7)
ffffffc0802006bc:	8b85                	and	a5,a5,1
ffffffc0802006be:	c3d5                	beqz	a5,ffffffc080200762 <pmap_fork_eager+0x138>
      pagetable_t l0c = child_table(l1c, j);
ffffffc0802006c0:	f8843503          	ld	a0,-120(s0)
ffffffc0802006c4:	85e2                	mv	a1,s8
ffffffc0802006c6:	a93ff0ef          	jal	ffffffc080200158 <child_table>
      if (!l0c)
ffffffc0802006ca:	c53d                	beqz	a0,ffffffc080200738 <pmap_fork_eager+0x10e>
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc0802006cc:	000bb483          	ld	s1,0(s7)
ffffffc0802006d0:	6785                	lui	a5,0x1
ffffffc0802006d2:	8daa                	mv	s11,a0
ffffffc0802006d4:	048a                	sll	s1,s1,0x2
ffffffc0802006d6:	0154f4b3          	and	s1,s1,s5
ffffffc0802006da:	94d2                	add	s1,s1,s4
  for (int k = 0; k < 512; k++) {
ffffffc0802006dc:	00f50933          	add	s2,a0,a5
  int64 copied = 0;
ffffffc0802006e0:	4981                	li	s3,0
ffffffc0802006e2:	8c89                	sub	s1,s1,a0
ffffffc0802006e4:	a80d                	j	ffffffc080200716 <pmap_fork_eager+0xec>
    memcpy(page, P2V(PTE2PA(pte)), PGSIZE);
ffffffc0802006e6:	3e2030ef          	jal	ffffffc080203ac8 <memcpy>
      flags = (flags & ~PTE_COW) | PTE_W; /* the copy is private */
ffffffc0802006ea:	23bcf713          	and	a4,s9,571
    if (flags & PTE_COW)
ffffffc0802006ee:	100cf613          	and	a2,s9,256
    pte_t flags = PTE_FLAGS(pte) | PTE_A | PTE_D;
ffffffc0802006f2:	33fcf593          	and	a1,s9,831
      flags = (flags & ~PTE_COW) | PTE_W; /* the copy is private */
ffffffc0802006f6:	0c476713          	or	a4,a4,196
    if (flags & PTE_COW)
ffffffc0802006fa:	e219                	bnez	a2,ffffffc080200700 <pmap_fork_eager+0xd6>
    pte_t flags = PTE_FLAGS(pte) | PTE_A | PTE_D;
ffffffc0802006fc:	0c05e713          	or	a4,a1,192
    child[k] = PA2PTE(V2P(page)) | flags;
ffffffc080200700:	016d07b3          	add	a5,s10,s6
ffffffc080200704:	83b1                	srl	a5,a5,0xc
ffffffc080200706:	07aa                	sll	a5,a5,0xa
ffffffc080200708:	8fd9                	or	a5,a5,a4
ffffffc08020070a:	00fdb023          	sd	a5,0(s11)
    copied++;
ffffffc08020070e:	0985                	add	s3,s3,1
  for (int k = 0; k < 512; k++) {
ffffffc080200710:	0da1                	add	s11,s11,8
ffffffc080200712:	05b90363          	beq	s2,s11,ffffffc080200758 <pmap_fork_eager+0x12e>
ffffffc080200716:	01b487b3          	add	a5,s1,s11
ffffffc08020071a:	0007bc83          	ld	s9,0(a5) # 1000 <KERNEL_PA-0x801ff000>
    if (!(pte & PTE_V))
ffffffc08020071e:	001cf793          	and	a5,s9,1
ffffffc080200722:	d7fd                	beqz	a5,ffffffc080200710 <pmap_fork_eager+0xe6>
    void *page = page_alloc();
ffffffc080200724:	37f030ef          	jal	ffffffc0802042a2 <page_alloc>
    memcpy(page, P2V(PTE2PA(pte)), PGSIZE);
ffffffc080200728:	002c9593          	sll	a1,s9,0x2
ffffffc08020072c:	0155f5b3          	and	a1,a1,s5
ffffffc080200730:	6605                	lui	a2,0x1
ffffffc080200732:	95d2                	add	a1,a1,s4
    void *page = page_alloc();
ffffffc080200734:	8d2a                	mv	s10,a0
    if (!page)
ffffffc080200736:	f945                	bnez	a0,ffffffc0802006e6 <pmap_fork_eager+0xbc>
      return -1;
ffffffc080200738:	557d                	li	a0,-1
}
ffffffc08020073a:	60ea                	ld	ra,152(sp)
ffffffc08020073c:	644a                	ld	s0,144(sp)
ffffffc08020073e:	64aa                	ld	s1,136(sp)
ffffffc080200740:	690a                	ld	s2,128(sp)
ffffffc080200742:	79e6                	ld	s3,120(sp)
ffffffc080200744:	7a46                	ld	s4,112(sp)
ffffffc080200746:	7aa6                	ld	s5,104(sp)
ffffffc080200748:	7b06                	ld	s6,96(sp)
ffffffc08020074a:	6be6                	ld	s7,88(sp)
ffffffc08020074c:	6c46                	ld	s8,80(sp)
ffffffc08020074e:	6ca6                	ld	s9,72(sp)
ffffffc080200750:	6d06                	ld	s10,64(sp)
ffffffc080200752:	7de2                	ld	s11,56(sp)
ffffffc080200754:	610d                	add	sp,sp,160
ffffffc080200756:	8082                	ret
      *copied += n;
ffffffc080200758:	f8043703          	ld	a4,-128(s0)
ffffffc08020075c:	631c                	ld	a5,0(a4)
ffffffc08020075e:	97ce                	add	a5,a5,s3
ffffffc080200760:	e31c                	sd	a5,0(a4)
    for (int j = 0; j < 512; j++) {
ffffffc080200762:	2c05                	addw	s8,s8,1
ffffffc080200764:	20000793          	li	a5,512
ffffffc080200768:	0ba1                	add	s7,s7,8
ffffffc08020076a:	f4fc17e3          	bne	s8,a5,ffffffc0802006b8 <pmap_fork_eager+0x8e>
ffffffc08020076e:	b719                	j	ffffffc080200674 <pmap_fork_eager+0x4a>

ffffffc080200770 <pmap_remove>:
}

void pmap_remove(pagetable_t pt, uint64 start, uint64 end, flush_fn flush_others, void *arg) {
  void *batch[REMOVE_BATCH];
  int n = 0;
  for (uint64 va = start; va < end; va += PGSIZE) {
ffffffc080200770:	12c5f063          	bgeu	a1,a2,ffffffc080200890 <pmap_remove+0x120>
void pmap_remove(pagetable_t pt, uint64 start, uint64 end, flush_fn flush_others, void *arg) {
ffffffc080200774:	b9010113          	add	sp,sp,-1136
ffffffc080200778:	46813023          	sd	s0,1120(sp)
ffffffc08020077c:	44913c23          	sd	s1,1112(sp)
ffffffc080200780:	45213823          	sd	s2,1104(sp)
ffffffc080200784:	45313423          	sd	s3,1096(sp)
ffffffc080200788:	45413023          	sd	s4,1088(sp)
ffffffc08020078c:	43513c23          	sd	s5,1080(sp)
ffffffc080200790:	43613823          	sd	s6,1072(sp)
ffffffc080200794:	43713423          	sd	s7,1064(sp)
ffffffc080200798:	43813023          	sd	s8,1056(sp)
ffffffc08020079c:	41913c23          	sd	s9,1048(sp)
ffffffc0802007a0:	41a13823          	sd	s10,1040(sp)
ffffffc0802007a4:	46113423          	sd	ra,1128(sp)
ffffffc0802007a8:	41b13423          	sd	s11,1032(sp)
ffffffc0802007ac:	47010413          	add	s0,sp,1136
    if (!p)
      continue;
    pte_t old = __atomic_exchange_n(p, 0, __ATOMIC_ACQ_REL);
    if (!(old & PTE_V))
      continue;
    batch[n++] = P2V(PTE2PA(old));
ffffffc0802007b0:	fff00ab7          	lui	s5,0xfff00
ffffffc0802007b4:	5a7d                	li	s4,-1
void pmap_remove(pagetable_t pt, uint64 start, uint64 end, flush_fn flush_others, void *arg) {
ffffffc0802007b6:	8cae                	mv	s9,a1
ffffffc0802007b8:	84b2                	mv	s1,a2
ffffffc0802007ba:	892a                	mv	s2,a0
ffffffc0802007bc:	8b36                	mv	s6,a3
ffffffc0802007be:	8c3a                	mv	s8,a4
  int n = 0;
ffffffc0802007c0:	4d01                	li	s10,0
    batch[n++] = P2V(PTE2PA(old));
ffffffc0802007c2:	008ada93          	srl	s5,s5,0x8
ffffffc0802007c6:	1a1a                	sll	s4,s4,0x26
    if (n == REMOVE_BATCH) {
ffffffc0802007c8:	08000b93          	li	s7,128
  for (uint64 va = start; va < end; va += PGSIZE) {
ffffffc0802007cc:	6985                	lui	s3,0x1
    pte_t *p = pmap_walk(pt, va, false);
ffffffc0802007ce:	4601                	li	a2,0
ffffffc0802007d0:	85e6                	mv	a1,s9
ffffffc0802007d2:	854a                	mv	a0,s2
ffffffc0802007d4:	af7ff0ef          	jal	ffffffc0802002ca <pmap_walk>
    if (!p)
ffffffc0802007d8:	c51d                	beqz	a0,ffffffc080200806 <pmap_remove+0x96>
    pte_t old = __atomic_exchange_n(p, 0, __ATOMIC_ACQ_REL);
ffffffc0802007da:	4781                	li	a5,0
ffffffc0802007dc:	0f50000f          	fence	iorw,ow
ffffffc0802007e0:	0cf537af          	amoswap.d.aq	a5,a5,(a0)
    if (!(old & PTE_V))
ffffffc0802007e4:	0017f713          	and	a4,a5,1
ffffffc0802007e8:	cf19                	beqz	a4,ffffffc080200806 <pmap_remove+0x96>
    batch[n++] = P2V(PTE2PA(old));
ffffffc0802007ea:	003d1713          	sll	a4,s10,0x3
ffffffc0802007ee:	078a                	sll	a5,a5,0x2
ffffffc0802007f0:	0157f7b3          	and	a5,a5,s5
ffffffc0802007f4:	f9070713          	add	a4,a4,-112
ffffffc0802007f8:	9722                	add	a4,a4,s0
ffffffc0802007fa:	97d2                	add	a5,a5,s4
ffffffc0802007fc:	c0f73023          	sd	a5,-1024(a4)
    if (n == REMOVE_BATCH) {
ffffffc080200800:	2d05                	addw	s10,s10,1
ffffffc080200802:	077d0463          	beq	s10,s7,ffffffc08020086a <pmap_remove+0xfa>
  for (uint64 va = start; va < end; va += PGSIZE) {
ffffffc080200806:	9cce                	add	s9,s9,s3
ffffffc080200808:	fc9ce3e3          	bltu	s9,s1,ffffffc0802007ce <pmap_remove+0x5e>
  if (n == 0)
ffffffc08020080c:	020d0263          	beqz	s10,ffffffc080200830 <pmap_remove+0xc0>
ffffffc080200810:	12000073          	sfence.vma
  if (flush_others)
ffffffc080200814:	000b0463          	beqz	s6,ffffffc08020081c <pmap_remove+0xac>
    flush_others(arg);
ffffffc080200818:	8562                	mv	a0,s8
ffffffc08020081a:	9b02                	jalr	s6
  for (int i = 0; i < n; i++)
ffffffc08020081c:	b9040493          	add	s1,s0,-1136
ffffffc080200820:	0d0e                	sll	s10,s10,0x3
ffffffc080200822:	9d26                	add	s10,s10,s1
    page_free(batch[i]);
ffffffc080200824:	6088                	ld	a0,0(s1)
  for (int i = 0; i < n; i++)
ffffffc080200826:	04a1                	add	s1,s1,8 # fffffffffff00008 <kernel_end+0x3f7f906008>
    page_free(batch[i]);
ffffffc080200828:	389030ef          	jal	ffffffc0802043b0 <page_free>
  for (int i = 0; i < n; i++)
ffffffc08020082c:	fe9d1ce3          	bne	s10,s1,ffffffc080200824 <pmap_remove+0xb4>
      release_batch(batch, n, flush_others, arg);
      n = 0;
    }
  }
  release_batch(batch, n, flush_others, arg);
}
ffffffc080200830:	46813083          	ld	ra,1128(sp)
ffffffc080200834:	46013403          	ld	s0,1120(sp)
ffffffc080200838:	45813483          	ld	s1,1112(sp)
ffffffc08020083c:	45013903          	ld	s2,1104(sp)
ffffffc080200840:	44813983          	ld	s3,1096(sp)
ffffffc080200844:	44013a03          	ld	s4,1088(sp)
ffffffc080200848:	43813a83          	ld	s5,1080(sp)
ffffffc08020084c:	43013b03          	ld	s6,1072(sp)
ffffffc080200850:	42813b83          	ld	s7,1064(sp)
ffffffc080200854:	42013c03          	ld	s8,1056(sp)
ffffffc080200858:	41813c83          	ld	s9,1048(sp)
ffffffc08020085c:	41013d03          	ld	s10,1040(sp)
ffffffc080200860:	40813d83          	ld	s11,1032(sp)
ffffffc080200864:	47010113          	add	sp,sp,1136
ffffffc080200868:	8082                	ret
ffffffc08020086a:	12000073          	sfence.vma
  if (flush_others)
ffffffc08020086e:	000b0463          	beqz	s6,ffffffc080200876 <pmap_remove+0x106>
    flush_others(arg);
ffffffc080200872:	8562                	mv	a0,s8
ffffffc080200874:	9b02                	jalr	s6
  for (int i = 0; i < n; i++)
ffffffc080200876:	b9040d13          	add	s10,s0,-1136
ffffffc08020087a:	f9040d93          	add	s11,s0,-112
    page_free(batch[i]);
ffffffc08020087e:	000d3503          	ld	a0,0(s10)
  for (int i = 0; i < n; i++)
ffffffc080200882:	0d21                	add	s10,s10,8
    page_free(batch[i]);
ffffffc080200884:	32d030ef          	jal	ffffffc0802043b0 <page_free>
  for (int i = 0; i < n; i++)
ffffffc080200888:	ffbd1be3          	bne	s10,s11,ffffffc08020087e <pmap_remove+0x10e>
      n = 0;
ffffffc08020088c:	4d01                	li	s10,0
ffffffc08020088e:	bfa5                	j	ffffffc080200806 <pmap_remove+0x96>
ffffffc080200890:	8082                	ret

ffffffc080200892 <pmap_activate>:

void pmap_activate(pagetable_t pt) {
  csr_write(satp, SATP_MODE_SV39 | (V2P(pt) >> PGSHIFT));
ffffffc080200892:	4785                	li	a5,1
ffffffc080200894:	179a                	sll	a5,a5,0x26
void pmap_activate(pagetable_t pt) {
ffffffc080200896:	1141                	add	sp,sp,-16
  csr_write(satp, SATP_MODE_SV39 | (V2P(pt) >> PGSHIFT));
ffffffc080200898:	953e                	add	a0,a0,a5
ffffffc08020089a:	57fd                	li	a5,-1
void pmap_activate(pagetable_t pt) {
ffffffc08020089c:	e422                	sd	s0,8(sp)
  csr_write(satp, SATP_MODE_SV39 | (V2P(pt) >> PGSHIFT));
ffffffc08020089e:	17fe                	sll	a5,a5,0x3f
void pmap_activate(pagetable_t pt) {
ffffffc0802008a0:	0800                	add	s0,sp,16
  csr_write(satp, SATP_MODE_SV39 | (V2P(pt) >> PGSHIFT));
ffffffc0802008a2:	8131                	srl	a0,a0,0xc
ffffffc0802008a4:	8d5d                	or	a0,a0,a5
ffffffc0802008a6:	18051073          	csrw	satp,a0
static inline void sfence_vma_page(uint64 va) {
  __asm__ volatile("sfence.vma %0, zero" ::"r"(va) : "memory");
}
/* Flush the non-global entries of one ASID (kernel mappings are global). */
static inline void sfence_vma_asid(uint64 asid) {
  __asm__ volatile("sfence.vma zero, %0" ::"r"(asid) : "memory");
ffffffc0802008aa:	4781                	li	a5,0
ffffffc0802008ac:	12f00073          	sfence.vma	zero,a5
  sfence_vma_asid(0);
}
ffffffc0802008b0:	6422                	ld	s0,8(sp)
ffffffc0802008b2:	0141                	add	sp,sp,16
ffffffc0802008b4:	8082                	ret

ffffffc0802008b6 <pmap_activate_kernel>:
  csr_write(satp, SATP_MODE_SV39 | (V2P(pt) >> PGSHIFT));
ffffffc0802008b6:	4705                	li	a4,1
ffffffc0802008b8:	171a                	sll	a4,a4,0x26
ffffffc0802008ba:	001b3797          	auipc	a5,0x1b3
ffffffc0802008be:	74678793          	add	a5,a5,1862 # ffffffc0803b4000 <kernel_pagetable>

void pmap_activate_kernel(void) { pmap_activate(kernel_pagetable); }
ffffffc0802008c2:	1141                	add	sp,sp,-16
  csr_write(satp, SATP_MODE_SV39 | (V2P(pt) >> PGSHIFT));
ffffffc0802008c4:	97ba                	add	a5,a5,a4
ffffffc0802008c6:	577d                	li	a4,-1
void pmap_activate_kernel(void) { pmap_activate(kernel_pagetable); }
ffffffc0802008c8:	e422                	sd	s0,8(sp)
  csr_write(satp, SATP_MODE_SV39 | (V2P(pt) >> PGSHIFT));
ffffffc0802008ca:	177e                	sll	a4,a4,0x3f
void pmap_activate_kernel(void) { pmap_activate(kernel_pagetable); }
ffffffc0802008cc:	0800                	add	s0,sp,16
  csr_write(satp, SATP_MODE_SV39 | (V2P(pt) >> PGSHIFT));
ffffffc0802008ce:	83b1                	srl	a5,a5,0xc
ffffffc0802008d0:	8fd9                	or	a5,a5,a4
ffffffc0802008d2:	18079073          	csrw	satp,a5
ffffffc0802008d6:	4781                	li	a5,0
ffffffc0802008d8:	12f00073          	sfence.vma	zero,a5
void pmap_activate_kernel(void) { pmap_activate(kernel_pagetable); }
ffffffc0802008dc:	6422                	ld	s0,8(sp)
ffffffc0802008de:	0141                	add	sp,sp,16
ffffffc0802008e0:	8082                	ret

ffffffc0802008e2 <sbi_call>:
/* SBI calls: ecall with a7 = extension, a6 = function, a0..a5 = arguments;
 * the firmware answers a0 = error, a1 = value. */
#include "arch/riscv/sbi.h"

struct sbiret sbi_call(uint64 ext, uint64 fid, uint64 a0, uint64 a1, uint64 a2) {
ffffffc0802008e2:	1101                	add	sp,sp,-32
ffffffc0802008e4:	ec22                	sd	s0,24(sp)
ffffffc0802008e6:	1000                	add	s0,sp,32
ffffffc0802008e8:	88aa                	mv	a7,a0
ffffffc0802008ea:	882e                	mv	a6,a1
  register uint64 r0 __asm__("a0") = a0;
ffffffc0802008ec:	8532                	mv	a0,a2
  register uint64 r1 __asm__("a1") = a1;
ffffffc0802008ee:	85b6                	mv	a1,a3
  register uint64 r2 __asm__("a2") = a2;
ffffffc0802008f0:	863a                	mv	a2,a4
  register uint64 r6 __asm__("a6") = fid;
  register uint64 r7 __asm__("a7") = ext;
  __asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r6), "r"(r7) : "memory");
ffffffc0802008f2:	00000073          	ecall
  return (struct sbiret){.error = (long)r0, .value = (long)r1};
}
ffffffc0802008f6:	6462                	ld	s0,24(sp)
ffffffc0802008f8:	6105                	add	sp,sp,32
ffffffc0802008fa:	8082                	ret

ffffffc0802008fc <sbi_probe>:

bool sbi_probe(uint64 ext) {
ffffffc0802008fc:	1141                	add	sp,sp,-16
ffffffc0802008fe:	e422                	sd	s0,8(sp)
ffffffc080200900:	0800                	add	s0,sp,16
  register uint64 r1 __asm__("a1") = a1;
ffffffc080200902:	4581                	li	a1,0
  register uint64 r2 __asm__("a2") = a2;
ffffffc080200904:	4601                	li	a2,0
  register uint64 r6 __asm__("a6") = fid;
ffffffc080200906:	480d                	li	a6,3
  register uint64 r7 __asm__("a7") = ext;
ffffffc080200908:	48c1                	li	a7,16
  __asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r6), "r"(r7) : "memory");
ffffffc08020090a:	00000073          	ecall
  struct sbiret r = sbi_call(SBI_EXT_BASE, 3, ext, 0, 0);
  return r.error == 0 && r.value != 0;
ffffffc08020090e:	e511                	bnez	a0,ffffffc08020091a <sbi_probe+0x1e>
}
ffffffc080200910:	6422                	ld	s0,8(sp)
  return r.error == 0 && r.value != 0;
ffffffc080200912:	00b03533          	snez	a0,a1
}
ffffffc080200916:	0141                	add	sp,sp,16
ffffffc080200918:	8082                	ret
ffffffc08020091a:	6422                	ld	s0,8(sp)
ffffffc08020091c:	4501                	li	a0,0
ffffffc08020091e:	0141                	add	sp,sp,16
ffffffc080200920:	8082                	ret

ffffffc080200922 <sbi_set_timer>:

void sbi_set_timer(uint64 stime) { sbi_call(SBI_EXT_TIME, 0, stime, 0, 0); }
ffffffc080200922:	1141                	add	sp,sp,-16
ffffffc080200924:	e422                	sd	s0,8(sp)
  register uint64 r7 __asm__("a7") = ext;
ffffffc080200926:	544958b7          	lui	a7,0x54495
void sbi_set_timer(uint64 stime) { sbi_call(SBI_EXT_TIME, 0, stime, 0, 0); }
ffffffc08020092a:	0800                	add	s0,sp,16
  register uint64 r1 __asm__("a1") = a1;
ffffffc08020092c:	4581                	li	a1,0
  register uint64 r2 __asm__("a2") = a2;
ffffffc08020092e:	4601                	li	a2,0
  register uint64 r6 __asm__("a6") = fid;
ffffffc080200930:	4801                	li	a6,0
  register uint64 r7 __asm__("a7") = ext;
ffffffc080200932:	d4588893          	add	a7,a7,-699 # 54494d45 <KERNEL_PA-0x2bd6b2bb>
  __asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r6), "r"(r7) : "memory");
ffffffc080200936:	00000073          	ecall
void sbi_set_timer(uint64 stime) { sbi_call(SBI_EXT_TIME, 0, stime, 0, 0); }
ffffffc08020093a:	6422                	ld	s0,8(sp)
ffffffc08020093c:	0141                	add	sp,sp,16
ffffffc08020093e:	8082                	ret

ffffffc080200940 <sbi_send_ipi>:

void sbi_send_ipi(uint64 hart_mask, uint64 hart_mask_base) {
ffffffc080200940:	1141                	add	sp,sp,-16
ffffffc080200942:	e422                	sd	s0,8(sp)
  register uint64 r7 __asm__("a7") = ext;
ffffffc080200944:	007358b7          	lui	a7,0x735
void sbi_send_ipi(uint64 hart_mask, uint64 hart_mask_base) {
ffffffc080200948:	0800                	add	s0,sp,16
  register uint64 r2 __asm__("a2") = a2;
ffffffc08020094a:	4601                	li	a2,0
  register uint64 r6 __asm__("a6") = fid;
ffffffc08020094c:	4801                	li	a6,0
  register uint64 r7 __asm__("a7") = ext;
ffffffc08020094e:	04988893          	add	a7,a7,73 # 735049 <KERNEL_PA-0x7facafb7>
  __asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r6), "r"(r7) : "memory");
ffffffc080200952:	00000073          	ecall
  sbi_call(SBI_EXT_IPI, 0, hart_mask, hart_mask_base, 0);
}
ffffffc080200956:	6422                	ld	s0,8(sp)
ffffffc080200958:	0141                	add	sp,sp,16
ffffffc08020095a:	8082                	ret

ffffffc08020095c <sbi_remote_sfence_vma>:

/* Fences the given harts' TLBs for [start, start+size); size -1 = all. */
void sbi_remote_sfence_vma(uint64 hart_mask, uint64 hart_mask_base, uint64 start, uint64 size) {
ffffffc08020095c:	1141                	add	sp,sp,-16
ffffffc08020095e:	e422                	sd	s0,8(sp)
  register uint64 r0 __asm__("a0") = hart_mask;
  register uint64 r1 __asm__("a1") = hart_mask_base;
  register uint64 r2 __asm__("a2") = start;
  register uint64 r3 __asm__("a3") = size;
  register uint64 r6 __asm__("a6") = 1;
  register uint64 r7 __asm__("a7") = SBI_EXT_RFENCE;
ffffffc080200960:	524658b7          	lui	a7,0x52465
void sbi_remote_sfence_vma(uint64 hart_mask, uint64 hart_mask_base, uint64 start, uint64 size) {
ffffffc080200964:	0800                	add	s0,sp,16
  register uint64 r6 __asm__("a6") = 1;
ffffffc080200966:	4805                	li	a6,1
  register uint64 r7 __asm__("a7") = SBI_EXT_RFENCE;
ffffffc080200968:	e4388893          	add	a7,a7,-445 # 52464e43 <KERNEL_PA-0x2dd9b1bd>
  __asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r3), "r"(r6), "r"(r7) : "memory");
ffffffc08020096c:	00000073          	ecall
}
ffffffc080200970:	6422                	ld	s0,8(sp)
ffffffc080200972:	0141                	add	sp,sp,16
ffffffc080200974:	8082                	ret

ffffffc080200976 <sbi_hart_start>:

long sbi_hart_start(uint64 hartid, uint64 start_pa, uint64 opaque) {
ffffffc080200976:	1141                	add	sp,sp,-16
ffffffc080200978:	e422                	sd	s0,8(sp)
  register uint64 r7 __asm__("a7") = ext;
ffffffc08020097a:	004858b7          	lui	a7,0x485
long sbi_hart_start(uint64 hartid, uint64 start_pa, uint64 opaque) {
ffffffc08020097e:	0800                	add	s0,sp,16
  register uint64 r6 __asm__("a6") = fid;
ffffffc080200980:	4801                	li	a6,0
  register uint64 r7 __asm__("a7") = ext;
ffffffc080200982:	34d88893          	add	a7,a7,845 # 48534d <KERNEL_PA-0x7fd7acb3>
  __asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r6), "r"(r7) : "memory");
ffffffc080200986:	00000073          	ecall
  return sbi_call(SBI_EXT_HSM, 0, hartid, start_pa, opaque).error;
}
ffffffc08020098a:	6422                	ld	s0,8(sp)
ffffffc08020098c:	0141                	add	sp,sp,16
ffffffc08020098e:	8082                	ret

ffffffc080200990 <sbi_shutdown>:

void sbi_shutdown(bool failure) {
ffffffc080200990:	1141                	add	sp,sp,-16
ffffffc080200992:	e422                	sd	s0,8(sp)
  register uint64 r7 __asm__("a7") = ext;
ffffffc080200994:	535258b7          	lui	a7,0x53525
void sbi_shutdown(bool failure) {
ffffffc080200998:	0800                	add	s0,sp,16
ffffffc08020099a:	85aa                	mv	a1,a0
  register uint64 r0 __asm__("a0") = a0;
ffffffc08020099c:	4501                	li	a0,0
  register uint64 r2 __asm__("a2") = a2;
ffffffc08020099e:	4601                	li	a2,0
  register uint64 r6 __asm__("a6") = fid;
ffffffc0802009a0:	4801                	li	a6,0
  register uint64 r7 __asm__("a7") = ext;
ffffffc0802009a2:	35488893          	add	a7,a7,852 # 53525354 <KERNEL_PA-0x2ccdacac>
  __asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r6), "r"(r7) : "memory");
ffffffc0802009a6:	00000073          	ecall
  sbi_call(SBI_EXT_SRST, 0, 0, failure ? 1 : 0, 0);
  for (;;)
    __asm__ volatile("wfi");
ffffffc0802009aa:	10500073          	wfi
ffffffc0802009ae:	10500073          	wfi
  for (;;)
ffffffc0802009b2:	bfe5                	j	ffffffc0802009aa <sbi_shutdown+0x1a>

ffffffc0802009b4 <swtch>:
 * callee-saved registers in old, loads them from new, and returns on new's
 * stack. */
.section .text
.globl swtch
swtch:
	sd ra, 0(a0)
ffffffc0802009b4:	00153023          	sd	ra,0(a0)
	sd sp, 8(a0)
ffffffc0802009b8:	00253423          	sd	sp,8(a0)
	sd s0, 16(a0)
ffffffc0802009bc:	e900                	sd	s0,16(a0)
	sd s1, 24(a0)
ffffffc0802009be:	ed04                	sd	s1,24(a0)
	sd s2, 32(a0)
ffffffc0802009c0:	03253023          	sd	s2,32(a0)
	sd s3, 40(a0)
ffffffc0802009c4:	03353423          	sd	s3,40(a0)
	sd s4, 48(a0)
ffffffc0802009c8:	03453823          	sd	s4,48(a0)
	sd s5, 56(a0)
ffffffc0802009cc:	03553c23          	sd	s5,56(a0)
	sd s6, 64(a0)
ffffffc0802009d0:	05653023          	sd	s6,64(a0)
	sd s7, 72(a0)
ffffffc0802009d4:	05753423          	sd	s7,72(a0)
	sd s8, 80(a0)
ffffffc0802009d8:	05853823          	sd	s8,80(a0)
	sd s9, 88(a0)
ffffffc0802009dc:	05953c23          	sd	s9,88(a0)
	sd s10, 96(a0)
ffffffc0802009e0:	07a53023          	sd	s10,96(a0)
	sd s11, 104(a0)
ffffffc0802009e4:	07b53423          	sd	s11,104(a0)
	ld ra, 0(a1)
ffffffc0802009e8:	0005b083          	ld	ra,0(a1)
	ld sp, 8(a1)
ffffffc0802009ec:	0085b103          	ld	sp,8(a1)
	ld s0, 16(a1)
ffffffc0802009f0:	6980                	ld	s0,16(a1)
	ld s1, 24(a1)
ffffffc0802009f2:	6d84                	ld	s1,24(a1)
	ld s2, 32(a1)
ffffffc0802009f4:	0205b903          	ld	s2,32(a1)
	ld s3, 40(a1)
ffffffc0802009f8:	0285b983          	ld	s3,40(a1)
	ld s4, 48(a1)
ffffffc0802009fc:	0305ba03          	ld	s4,48(a1)
	ld s5, 56(a1)
ffffffc080200a00:	0385ba83          	ld	s5,56(a1)
	ld s6, 64(a1)
ffffffc080200a04:	0405bb03          	ld	s6,64(a1)
	ld s7, 72(a1)
ffffffc080200a08:	0485bb83          	ld	s7,72(a1)
	ld s8, 80(a1)
ffffffc080200a0c:	0505bc03          	ld	s8,80(a1)
	ld s9, 88(a1)
ffffffc080200a10:	0585bc83          	ld	s9,88(a1)
	ld s10, 96(a1)
ffffffc080200a14:	0605bd03          	ld	s10,96(a1)
	ld s11, 104(a1)
ffffffc080200a18:	0685bd83          	ld	s11,104(a1)
	ret
ffffffc080200a1c:	8082                	ret

ffffffc080200a1e <tlb_flush_local>:
 * initiator with amoor.d.rl (publishes the request), cleared by the target
 * with amoand.d.rl after flushing (publishes the flush); both sides read it
 * with acquire. */
static uint64 pending[NCPU];

void tlb_flush_local(uint64 start, uint64 end) {
ffffffc080200a1e:	1141                	add	sp,sp,-16
ffffffc080200a20:	e422                	sd	s0,8(sp)
ffffffc080200a22:	0800                	add	s0,sp,16
  if (end == TLB_FLUSH_EVERYTHING || (end - start) / PGSIZE > TLB_FLUSH_ALL_PAGES) {
ffffffc080200a24:	57fd                	li	a5,-1
ffffffc080200a26:	02f58863          	beq	a1,a5,ffffffc080200a56 <tlb_flush_local+0x38>
ffffffc080200a2a:	40a587b3          	sub	a5,a1,a0
ffffffc080200a2e:	6745                	lui	a4,0x11
ffffffc080200a30:	02e7f363          	bgeu	a5,a4,ffffffc080200a56 <tlb_flush_local+0x38>

static inline struct cpu *mycpu(void) { return (struct cpu *)r_tp(); }

/* Relaxed: counters order nothing; they are read only for statistics. */
static inline void stat_inc(int idx) {
  __atomic_fetch_add(&mycpu()->stats[idx], 1, __ATOMIC_RELAXED);
ffffffc080200a34:	4685                	li	a3,1
    sfence_vma_all();
    stat_inc(VM_tlb_flush_all);
    return;
  }
  for (uint64 va = start; va < end; va += PGSIZE) {
ffffffc080200a36:	6705                	lui	a4,0x1
ffffffc080200a38:	00b57c63          	bgeu	a0,a1,ffffffc080200a50 <tlb_flush_local+0x32>
  __asm__ volatile("sfence.vma %0, zero" ::"r"(va) : "memory");
ffffffc080200a3c:	12050073          	sfence.vma	a0
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080200a40:	8792                	mv	a5,tp
ffffffc080200a42:	32878793          	add	a5,a5,808
ffffffc080200a46:	00d7b02f          	amoadd.d	zero,a3,(a5)
ffffffc080200a4a:	953a                	add	a0,a0,a4
ffffffc080200a4c:	feb568e3          	bltu	a0,a1,ffffffc080200a3c <tlb_flush_local+0x1e>
    sfence_vma_page(va);
    stat_inc(VM_tlb_flush_page);
  }
}
ffffffc080200a50:	6422                	ld	s0,8(sp)
ffffffc080200a52:	0141                	add	sp,sp,16
ffffffc080200a54:	8082                	ret
static inline void sfence_vma_all(void) { __asm__ volatile("sfence.vma zero, zero" ::: "memory"); }
ffffffc080200a56:	12000073          	sfence.vma
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080200a5a:	8792                	mv	a5,tp
ffffffc080200a5c:	4705                	li	a4,1
ffffffc080200a5e:	33078793          	add	a5,a5,816
ffffffc080200a62:	00e7b02f          	amoadd.d	zero,a4,(a5)
ffffffc080200a66:	6422                	ld	s0,8(sp)
ffffffc080200a68:	0141                	add	sp,sp,16
ffffffc080200a6a:	8082                	ret

ffffffc080200a6c <tlb_poll>:

void tlb_poll(void) {
ffffffc080200a6c:	7139                	add	sp,sp,-64
ffffffc080200a6e:	f822                	sd	s0,48(sp)
ffffffc080200a70:	fc06                	sd	ra,56(sp)
ffffffc080200a72:	f426                	sd	s1,40(sp)
ffffffc080200a74:	f04a                	sd	s2,32(sp)
ffffffc080200a76:	ec4e                	sd	s3,24(sp)
ffffffc080200a78:	e852                	sd	s4,16(sp)
ffffffc080200a7a:	e456                	sd	s5,8(sp)
ffffffc080200a7c:	e05a                	sd	s6,0(sp)
ffffffc080200a7e:	0080                	add	s0,sp,64
ffffffc080200a80:	8792                	mv	a5,tp
  int me = mycpu()->id;
ffffffc080200a82:	0807aa03          	lw	s4,128(a5)
  uint64 mine = __atomic_load_n(&pending[me], __ATOMIC_ACQUIRE);
ffffffc080200a86:	001b9a97          	auipc	s5,0x1b9
ffffffc080200a8a:	73aa8a93          	add	s5,s5,1850 # ffffffc0803ba1c0 <pending>
ffffffc080200a8e:	0a0e                	sll	s4,s4,0x3
ffffffc080200a90:	014a89b3          	add	s3,s5,s4
ffffffc080200a94:	0009b903          	ld	s2,0(s3) # 1000 <KERNEL_PA-0x801ff000>
ffffffc080200a98:	0ff0000f          	fence
  while (mine) {
ffffffc080200a9c:	04090363          	beqz	s2,ffffffc080200ae2 <tlb_poll+0x76>
ffffffc080200aa0:	4b05                	li	s6,1
    int from = __builtin_ctzl(mine);
ffffffc080200aa2:	854a                	mv	a0,s2
ffffffc080200aa4:	5e0060ef          	jal	ffffffc080207084 <__ctzdi2>
ffffffc080200aa8:	0005049b          	sext.w	s1,a0
    mine &= mine - 1;
    tlb_flush_local(mailbox[me][from].start, mailbox[me][from].end);
ffffffc080200aac:	009a07b3          	add	a5,s4,s1
ffffffc080200ab0:	0792                	sll	a5,a5,0x4
ffffffc080200ab2:	97d6                	add	a5,a5,s5
ffffffc080200ab4:	67ac                	ld	a1,72(a5)
ffffffc080200ab6:	63a8                	ld	a0,64(a5)
    mine &= mine - 1;
ffffffc080200ab8:	fff90793          	add	a5,s2,-1 # ffffffffffefffff <kernel_end+0x3f7f905fff>
ffffffc080200abc:	00f97933          	and	s2,s2,a5
    tlb_flush_local(mailbox[me][from].start, mailbox[me][from].end);
ffffffc080200ac0:	f5fff0ef          	jal	ffffffc080200a1e <tlb_flush_local>
ffffffc080200ac4:	8792                	mv	a5,tp
ffffffc080200ac6:	32078793          	add	a5,a5,800
ffffffc080200aca:	0167b02f          	amoadd.d	zero,s6,(a5)
    stat_inc(VM_ipis_received);
    __atomic_fetch_and(&pending[me], ~(1UL << from), __ATOMIC_RELEASE);
ffffffc080200ace:	009b14b3          	sll	s1,s6,s1
ffffffc080200ad2:	fff4c493          	not	s1,s1
ffffffc080200ad6:	0f50000f          	fence	iorw,ow
ffffffc080200ada:	6099b02f          	amoand.d	zero,s1,(s3)
  while (mine) {
ffffffc080200ade:	fc0912e3          	bnez	s2,ffffffc080200aa2 <tlb_poll+0x36>
  }
}
ffffffc080200ae2:	70e2                	ld	ra,56(sp)
ffffffc080200ae4:	7442                	ld	s0,48(sp)
ffffffc080200ae6:	74a2                	ld	s1,40(sp)
ffffffc080200ae8:	7902                	ld	s2,32(sp)
ffffffc080200aea:	69e2                	ld	s3,24(sp)
ffffffc080200aec:	6a42                	ld	s4,16(sp)
ffffffc080200aee:	6aa2                	ld	s5,8(sp)
ffffffc080200af0:	6b02                	ld	s6,0(sp)
ffffffc080200af2:	6121                	add	sp,sp,64
ffffffc080200af4:	8082                	ret

ffffffc080200af6 <tlb_set_mode>:

int tlb_set_mode(int m) { return __atomic_exchange_n(&mode, m, __ATOMIC_RELAXED); }
ffffffc080200af6:	1141                	add	sp,sp,-16
ffffffc080200af8:	e422                	sd	s0,8(sp)
ffffffc080200afa:	0800                	add	s0,sp,16
ffffffc080200afc:	001b9797          	auipc	a5,0x1b9
ffffffc080200b00:	65478793          	add	a5,a5,1620 # ffffffc0803ba150 <mode>
ffffffc080200b04:	08a7a52f          	amoswap.w	a0,a0,(a5)
ffffffc080200b08:	6422                	ld	s0,8(sp)
ffffffc080200b0a:	2501                	sext.w	a0,a0
ffffffc080200b0c:	0141                	add	sp,sp,16
ffffffc080200b0e:	8082                	ret

ffffffc080200b10 <tlb_mode>:

int tlb_mode(void) { return __atomic_load_n(&mode, __ATOMIC_RELAXED); }
ffffffc080200b10:	1141                	add	sp,sp,-16
ffffffc080200b12:	e422                	sd	s0,8(sp)
ffffffc080200b14:	0800                	add	s0,sp,16
ffffffc080200b16:	001b9517          	auipc	a0,0x1b9
ffffffc080200b1a:	63a52503          	lw	a0,1594(a0) # ffffffc0803ba150 <mode>
ffffffc080200b1e:	6422                	ld	s0,8(sp)
ffffffc080200b20:	0141                	add	sp,sp,16
ffffffc080200b22:	8082                	ret

ffffffc080200b24 <tlb_shootdown>:
  else
    sbi_remote_sfence_vma(harts, 0, start, end - start);
  stat_inc(VM_shootdowns);
}

void tlb_shootdown(uint64 cpu_mask, uint64 start, uint64 end) {
ffffffc080200b24:	7159                	add	sp,sp,-112
ffffffc080200b26:	f0a2                	sd	s0,96(sp)
ffffffc080200b28:	eca6                	sd	s1,88(sp)
ffffffc080200b2a:	e0d2                	sd	s4,64(sp)
ffffffc080200b2c:	fc56                	sd	s5,56(sp)
ffffffc080200b2e:	f486                	sd	ra,104(sp)
ffffffc080200b30:	e8ca                	sd	s2,80(sp)
ffffffc080200b32:	e4ce                	sd	s3,72(sp)
ffffffc080200b34:	f85a                	sd	s6,48(sp)
ffffffc080200b36:	f45e                	sd	s7,40(sp)
ffffffc080200b38:	f062                	sd	s8,32(sp)
ffffffc080200b3a:	ec66                	sd	s9,24(sp)
ffffffc080200b3c:	e86a                	sd	s10,16(sp)
ffffffc080200b3e:	e46e                	sd	s11,8(sp)
ffffffc080200b40:	1880                	add	s0,sp,112
ffffffc080200b42:	8a2a                	mv	s4,a0
ffffffc080200b44:	84ae                	mv	s1,a1
ffffffc080200b46:	8ab2                	mv	s5,a2
  push_off();
ffffffc080200b48:	1b5050ef          	jal	ffffffc0802064fc <push_off>
ffffffc080200b4c:	8792                	mv	a5,tp
  int me = mycpu()->id;
ffffffc080200b4e:	0807ab03          	lw	s6,128(a5)
  cpu_mask &= ~(1UL << me);
ffffffc080200b52:	4785                	li	a5,1
ffffffc080200b54:	01679933          	sll	s2,a5,s6
ffffffc080200b58:	fff94993          	not	s3,s2
ffffffc080200b5c:	0149f9b3          	and	s3,s3,s4
  if (cpu_mask == 0) {
ffffffc080200b60:	0a098a63          	beqz	s3,ffffffc080200c14 <tlb_shootdown+0xf0>
int tlb_mode(void) { return __atomic_load_n(&mode, __ATOMIC_RELAXED); }
ffffffc080200b64:	001b9717          	auipc	a4,0x1b9
ffffffc080200b68:	5ec72703          	lw	a4,1516(a4) # ffffffc0803ba150 <mode>
    pop_off();
    return;
  }
  if (tlb_mode() == TLB_SBI_RFENCE) {
ffffffc080200b6c:	0cf70463          	beq	a4,a5,ffffffc080200c34 <tlb_shootdown+0x110>
ffffffc080200b70:	8cce                	mv	s9,s3
    shootdown_rfence(cpu_mask, start, end);
    pop_off();
    return;
  }
  uint64 harts = 0;
ffffffc080200b72:	4d81                	li	s11,0
ffffffc080200b74:	001eeb97          	auipc	s7,0x1ee
ffffffc080200b78:	f0cb8b93          	add	s7,s7,-244 # ffffffc0803eea80 <cpus>
ffffffc080200b7c:	001b9a17          	auipc	s4,0x1b9
ffffffc080200b80:	644a0a13          	add	s4,s4,1604 # ffffffc0803ba1c0 <pending>
  for (uint64 m = cpu_mask; m; m &= m - 1) {
    int t = __builtin_ctzl(m);
    mailbox[t][me].start = start;
    mailbox[t][me].end = end;
    __atomic_fetch_or(&pending[t], 1UL << me, __ATOMIC_RELEASE);
    harts |= 1UL << cpus[t].hartid;
ffffffc080200b84:	34000c13          	li	s8,832
ffffffc080200b88:	4d05                	li	s10,1
    int t = __builtin_ctzl(m);
ffffffc080200b8a:	8566                	mv	a0,s9
ffffffc080200b8c:	4f8060ef          	jal	ffffffc080207084 <__ctzdi2>
ffffffc080200b90:	2501                	sext.w	a0,a0
    mailbox[t][me].start = start;
ffffffc080200b92:	00351713          	sll	a4,a0,0x3
ffffffc080200b96:	016707b3          	add	a5,a4,s6
ffffffc080200b9a:	0792                	sll	a5,a5,0x4
ffffffc080200b9c:	97d2                	add	a5,a5,s4
ffffffc080200b9e:	e3a4                	sd	s1,64(a5)
    mailbox[t][me].end = end;
ffffffc080200ba0:	0557b423          	sd	s5,72(a5)
    __atomic_fetch_or(&pending[t], 1UL << me, __ATOMIC_RELEASE);
ffffffc080200ba4:	00ea07b3          	add	a5,s4,a4
ffffffc080200ba8:	0f50000f          	fence	iorw,ow
ffffffc080200bac:	4127b02f          	amoor.d	zero,s2,(a5)
    harts |= 1UL << cpus[t].hartid;
ffffffc080200bb0:	03850533          	mul	a0,a0,s8
ffffffc080200bb4:	955e                	add	a0,a0,s7
ffffffc080200bb6:	655c                	ld	a5,136(a0)
ffffffc080200bb8:	00fd17b3          	sll	a5,s10,a5
ffffffc080200bbc:	00fdedb3          	or	s11,s11,a5
ffffffc080200bc0:	8792                	mv	a5,tp
ffffffc080200bc2:	31878793          	add	a5,a5,792
ffffffc080200bc6:	01a7b02f          	amoadd.d	zero,s10,(a5)
  for (uint64 m = cpu_mask; m; m &= m - 1) {
ffffffc080200bca:	fffc8793          	add	a5,s9,-1
ffffffc080200bce:	00fcfcb3          	and	s9,s9,a5
ffffffc080200bd2:	fa0c9ce3          	bnez	s9,ffffffc080200b8a <tlb_shootdown+0x66>
    stat_inc(VM_ipis_sent);
  }
  sbi_send_ipi(harts, 0);
ffffffc080200bd6:	4581                	li	a1,0
ffffffc080200bd8:	856e                	mv	a0,s11
ffffffc080200bda:	d67ff0ef          	jal	ffffffc080200940 <sbi_send_ipi>
ffffffc080200bde:	8792                	mv	a5,tp
ffffffc080200be0:	31078793          	add	a5,a5,784
ffffffc080200be4:	01a7b02f          	amoadd.d	zero,s10,(a5)
  stat_inc(VM_shootdowns);
  for (uint64 m = cpu_mask; m; m &= m - 1) {
    int t = __builtin_ctzl(m);
ffffffc080200be8:	854e                	mv	a0,s3
ffffffc080200bea:	49a060ef          	jal	ffffffc080207084 <__ctzdi2>
ffffffc080200bee:	0005049b          	sext.w	s1,a0
    while (__atomic_load_n(&pending[t], __ATOMIC_ACQUIRE) & (1UL << me))
ffffffc080200bf2:	048e                	sll	s1,s1,0x3
ffffffc080200bf4:	94d2                	add	s1,s1,s4
ffffffc080200bf6:	a019                	j	ffffffc080200bfc <tlb_shootdown+0xd8>
      tlb_poll();
ffffffc080200bf8:	e75ff0ef          	jal	ffffffc080200a6c <tlb_poll>
    while (__atomic_load_n(&pending[t], __ATOMIC_ACQUIRE) & (1UL << me))
ffffffc080200bfc:	609c                	ld	a5,0(s1)
ffffffc080200bfe:	0ff0000f          	fence
ffffffc080200c02:	00f977b3          	and	a5,s2,a5
ffffffc080200c06:	fbed                	bnez	a5,ffffffc080200bf8 <tlb_shootdown+0xd4>
  for (uint64 m = cpu_mask; m; m &= m - 1) {
ffffffc080200c08:	fff98793          	add	a5,s3,-1
ffffffc080200c0c:	00f9f9b3          	and	s3,s3,a5
ffffffc080200c10:	fc099ce3          	bnez	s3,ffffffc080200be8 <tlb_shootdown+0xc4>
  }
  pop_off();
}
ffffffc080200c14:	7406                	ld	s0,96(sp)
ffffffc080200c16:	70a6                	ld	ra,104(sp)
ffffffc080200c18:	64e6                	ld	s1,88(sp)
ffffffc080200c1a:	6946                	ld	s2,80(sp)
ffffffc080200c1c:	69a6                	ld	s3,72(sp)
ffffffc080200c1e:	6a06                	ld	s4,64(sp)
ffffffc080200c20:	7ae2                	ld	s5,56(sp)
ffffffc080200c22:	7b42                	ld	s6,48(sp)
ffffffc080200c24:	7ba2                	ld	s7,40(sp)
ffffffc080200c26:	7c02                	ld	s8,32(sp)
ffffffc080200c28:	6ce2                	ld	s9,24(sp)
ffffffc080200c2a:	6d42                	ld	s10,16(sp)
ffffffc080200c2c:	6da2                	ld	s11,8(sp)
ffffffc080200c2e:	6165                	add	sp,sp,112
    pop_off();
ffffffc080200c30:	0f30506f          	j	ffffffc080206522 <pop_off>
  uint64 harts = 0;
ffffffc080200c34:	4a01                	li	s4,0
ffffffc080200c36:	001eeb97          	auipc	s7,0x1ee
ffffffc080200c3a:	e4ab8b93          	add	s7,s7,-438 # ffffffc0803eea80 <cpus>
    harts |= 1UL << cpus[__builtin_ctzl(m)].hartid;
ffffffc080200c3e:	34000913          	li	s2,832
ffffffc080200c42:	4b05                	li	s6,1
ffffffc080200c44:	854e                	mv	a0,s3
ffffffc080200c46:	43e060ef          	jal	ffffffc080207084 <__ctzdi2>
ffffffc080200c4a:	0005079b          	sext.w	a5,a0
ffffffc080200c4e:	032787b3          	mul	a5,a5,s2
ffffffc080200c52:	97de                	add	a5,a5,s7
ffffffc080200c54:	67dc                	ld	a5,136(a5)
ffffffc080200c56:	00fb17b3          	sll	a5,s6,a5
ffffffc080200c5a:	00fa6a33          	or	s4,s4,a5
ffffffc080200c5e:	8792                	mv	a5,tp
ffffffc080200c60:	31878793          	add	a5,a5,792
ffffffc080200c64:	0167b02f          	amoadd.d	zero,s6,(a5)
  for (uint64 m = cpu_mask; m; m &= m - 1) {
ffffffc080200c68:	fff98793          	add	a5,s3,-1
ffffffc080200c6c:	00f9f9b3          	and	s3,s3,a5
ffffffc080200c70:	fc099ae3          	bnez	s3,ffffffc080200c44 <tlb_shootdown+0x120>
  if (end == TLB_FLUSH_EVERYTHING)
ffffffc080200c74:	57fd                	li	a5,-1
ffffffc080200c76:	02fa8063          	beq	s5,a5,ffffffc080200c96 <tlb_shootdown+0x172>
    sbi_remote_sfence_vma(harts, 0, start, end - start);
ffffffc080200c7a:	409a86b3          	sub	a3,s5,s1
ffffffc080200c7e:	8626                	mv	a2,s1
ffffffc080200c80:	4581                	li	a1,0
ffffffc080200c82:	8552                	mv	a0,s4
ffffffc080200c84:	cd9ff0ef          	jal	ffffffc08020095c <sbi_remote_sfence_vma>
ffffffc080200c88:	8792                	mv	a5,tp
ffffffc080200c8a:	4705                	li	a4,1
ffffffc080200c8c:	31078793          	add	a5,a5,784
ffffffc080200c90:	00e7b02f          	amoadd.d	zero,a4,(a5)
ffffffc080200c94:	b741                	j	ffffffc080200c14 <tlb_shootdown+0xf0>
    sbi_remote_sfence_vma(harts, 0, 0, (uint64)-1);
ffffffc080200c96:	56fd                	li	a3,-1
ffffffc080200c98:	4601                	li	a2,0
ffffffc080200c9a:	4581                	li	a1,0
ffffffc080200c9c:	8552                	mv	a0,s4
ffffffc080200c9e:	cbfff0ef          	jal	ffffffc08020095c <sbi_remote_sfence_vma>
ffffffc080200ca2:	b7dd                	j	ffffffc080200c88 <tlb_shootdown+0x164>

ffffffc080200ca4 <handle_interrupt>:
  }
  sbi_set_timer(r_time() + tick_interval);
}

/* Handles an interrupt; returns true for a timer tick (time to yield). */
static bool handle_interrupt(uint64 scause) {
ffffffc080200ca4:	1101                	add	sp,sp,-32
ffffffc080200ca6:	e822                	sd	s0,16(sp)
ffffffc080200ca8:	ec06                	sd	ra,24(sp)
ffffffc080200caa:	e426                	sd	s1,8(sp)
ffffffc080200cac:	1000                	add	s0,sp,32
  switch (scause & ~SCAUSE_INTERRUPT) {
ffffffc080200cae:	00151793          	sll	a5,a0,0x1
ffffffc080200cb2:	8385                	srl	a5,a5,0x1
ffffffc080200cb4:	4715                	li	a4,5
ffffffc080200cb6:	00e78f63          	beq	a5,a4,ffffffc080200cd4 <handle_interrupt+0x30>
ffffffc080200cba:	4725                	li	a4,9
ffffffc080200cbc:	06e78363          	beq	a5,a4,ffffffc080200d22 <handle_interrupt+0x7e>
ffffffc080200cc0:	4705                	li	a4,1
ffffffc080200cc2:	04e78663          	beq	a5,a4,ffffffc080200d0e <handle_interrupt+0x6a>
    if (irq)
      plic_complete(mycpu()->hartid, irq);
    return false;
  }
  default:
    panic("unexpected interrupt, scause %p", (void *)scause);
ffffffc080200cc6:	85aa                	mv	a1,a0
ffffffc080200cc8:	00007517          	auipc	a0,0x7
ffffffc080200ccc:	42050513          	add	a0,a0,1056 # ffffffc0802080e8 <__func__.0+0x10>
ffffffc080200cd0:	4dd020ef          	jal	ffffffc0802039ac <panic>
  if (panicked)
ffffffc080200cd4:	001b9797          	auipc	a5,0x1b9
ffffffc080200cd8:	4ac7a783          	lw	a5,1196(a5) # ffffffc0803ba180 <panicked>
ffffffc080200cdc:	e785                	bnez	a5,ffffffc080200d04 <handle_interrupt+0x60>
ffffffc080200cde:	8792                	mv	a5,tp
  if (mycpu()->id == 0) {
ffffffc080200ce0:	0807a783          	lw	a5,128(a5)
ffffffc080200ce4:	c3bd                	beqz	a5,ffffffc080200d4a <handle_interrupt+0xa6>
static inline uint64 r_time(void) { return csr_read(time); }
ffffffc080200ce6:	c0102573          	rdtime	a0
  sbi_set_timer(r_time() + tick_interval);
ffffffc080200cea:	001b9797          	auipc	a5,0x1b9
ffffffc080200cee:	46e7b783          	ld	a5,1134(a5) # ffffffc0803ba158 <tick_interval>
ffffffc080200cf2:	953e                	add	a0,a0,a5
ffffffc080200cf4:	c2fff0ef          	jal	ffffffc080200922 <sbi_set_timer>
  }
}
ffffffc080200cf8:	60e2                	ld	ra,24(sp)
ffffffc080200cfa:	6442                	ld	s0,16(sp)
ffffffc080200cfc:	64a2                	ld	s1,8(sp)
    return true;
ffffffc080200cfe:	4505                	li	a0,1
}
ffffffc080200d00:	6105                	add	sp,sp,32
ffffffc080200d02:	8082                	ret
}
static inline void wfi(void) { __asm__ volatile("wfi"); }
ffffffc080200d04:	10500073          	wfi
ffffffc080200d08:	10500073          	wfi
ffffffc080200d0c:	bfe5                	j	ffffffc080200d04 <handle_interrupt+0x60>
    csr_clear(sip, SIP_SSIP);
ffffffc080200d0e:	14417073          	csrc	sip,2
    tlb_poll();
ffffffc080200d12:	d5bff0ef          	jal	ffffffc080200a6c <tlb_poll>
}
ffffffc080200d16:	60e2                	ld	ra,24(sp)
ffffffc080200d18:	6442                	ld	s0,16(sp)
ffffffc080200d1a:	64a2                	ld	s1,8(sp)
    return false;
ffffffc080200d1c:	4501                	li	a0,0
}
ffffffc080200d1e:	6105                	add	sp,sp,32
ffffffc080200d20:	8082                	ret
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080200d22:	8792                	mv	a5,tp
    int irq = plic_claim(mycpu()->hartid);
ffffffc080200d24:	67c8                	ld	a0,136(a5)
ffffffc080200d26:	beeff0ef          	jal	ffffffc080200114 <plic_claim>
ffffffc080200d2a:	84aa                	mv	s1,a0
    if (irq == uart_irq())
ffffffc080200d2c:	7d4000ef          	jal	ffffffc080201500 <uart_irq>
ffffffc080200d30:	00950963          	beq	a0,s1,ffffffc080200d42 <handle_interrupt+0x9e>
    if (irq)
ffffffc080200d34:	d0ed                	beqz	s1,ffffffc080200d16 <handle_interrupt+0x72>
ffffffc080200d36:	8792                	mv	a5,tp
      plic_complete(mycpu()->hartid, irq);
ffffffc080200d38:	67c8                	ld	a0,136(a5)
ffffffc080200d3a:	85a6                	mv	a1,s1
ffffffc080200d3c:	bfaff0ef          	jal	ffffffc080200136 <plic_complete>
ffffffc080200d40:	bfd9                	j	ffffffc080200d16 <handle_interrupt+0x72>
      uart_intr();
ffffffc080200d42:	0e7000ef          	jal	ffffffc080201628 <uart_intr>
    if (irq)
ffffffc080200d46:	d8e1                	beqz	s1,ffffffc080200d16 <handle_interrupt+0x72>
ffffffc080200d48:	b7fd                	j	ffffffc080200d36 <handle_interrupt+0x92>
    spin_lock(&ticks_lock);
ffffffc080200d4a:	001ba517          	auipc	a0,0x1ba
ffffffc080200d4e:	8b650513          	add	a0,a0,-1866 # ffffffc0803ba600 <ticks_lock>
ffffffc080200d52:	720050ef          	jal	ffffffc080206472 <spin_lock>
    ticks++;
ffffffc080200d56:	001b9517          	auipc	a0,0x1b9
ffffffc080200d5a:	40a50513          	add	a0,a0,1034 # ffffffc0803ba160 <ticks>
ffffffc080200d5e:	611c                	ld	a5,0(a0)
ffffffc080200d60:	0785                	add	a5,a5,1
ffffffc080200d62:	e11c                	sd	a5,0(a0)
    wakeup(&ticks);
ffffffc080200d64:	28e050ef          	jal	ffffffc080205ff2 <wakeup>
    spin_unlock(&ticks_lock);
ffffffc080200d68:	001ba517          	auipc	a0,0x1ba
ffffffc080200d6c:	89850513          	add	a0,a0,-1896 # ffffffc0803ba600 <ticks_lock>
ffffffc080200d70:	7fc050ef          	jal	ffffffc08020656c <spin_unlock>
ffffffc080200d74:	bf8d                	j	ffffffc080200ce6 <handle_interrupt+0x42>

ffffffc080200d76 <trap_init_hart>:
  csr_write(stvec, (uint64)trap_vector);
ffffffc080200d76:	00000797          	auipc	a5,0x0
ffffffc080200d7a:	33a78793          	add	a5,a5,826 # ffffffc0802010b0 <trap_vector>
ffffffc080200d7e:	10579073          	csrw	stvec,a5
  csr_write(sscratch, 0);
ffffffc080200d82:	14005073          	csrw	sscratch,0
  csr_write(scounteren, SCOUNTEREN_TM);
ffffffc080200d86:	10615073          	csrw	scounteren,2
ffffffc080200d8a:	8792                	mv	a5,tp
  if (mycpu()->id == 0) {
ffffffc080200d8c:	0807a783          	lw	a5,128(a5)
ffffffc080200d90:	cf89                	beqz	a5,ffffffc080200daa <trap_init_hart+0x34>
  sbi_set_timer(r_time() + tick_interval);
ffffffc080200d92:	001b9797          	auipc	a5,0x1b9
ffffffc080200d96:	3c67b783          	ld	a5,966(a5) # ffffffc0803ba158 <tick_interval>
  csr_set(sie, SIE_SSIE | SIE_STIE | SIE_SEIE);
ffffffc080200d9a:	22200713          	li	a4,546
ffffffc080200d9e:	10472073          	csrs	sie,a4
static inline uint64 r_time(void) { return csr_read(time); }
ffffffc080200da2:	c0102573          	rdtime	a0
  sbi_set_timer(r_time() + tick_interval);
ffffffc080200da6:	953e                	add	a0,a0,a5
ffffffc080200da8:	bead                	j	ffffffc080200922 <sbi_set_timer>
void trap_init_hart(void) {
ffffffc080200daa:	1141                	add	sp,sp,-16
ffffffc080200dac:	e022                	sd	s0,0(sp)
ffffffc080200dae:	e406                	sd	ra,8(sp)
ffffffc080200db0:	0800                	add	s0,sp,16
    spin_init(&ticks_lock, "ticks");
ffffffc080200db2:	00007597          	auipc	a1,0x7
ffffffc080200db6:	35658593          	add	a1,a1,854 # ffffffc080208108 <__func__.0+0x30>
ffffffc080200dba:	001ba517          	auipc	a0,0x1ba
ffffffc080200dbe:	84650513          	add	a0,a0,-1978 # ffffffc0803ba600 <ticks_lock>
ffffffc080200dc2:	69a050ef          	jal	ffffffc08020645c <spin_init>
    tick_interval = machine.timebase_hz / TICK_HZ;
ffffffc080200dc6:	06400713          	li	a4,100
ffffffc080200dca:	001ce797          	auipc	a5,0x1ce
ffffffc080200dce:	99e7b783          	ld	a5,-1634(a5) # ffffffc0803ce768 <machine+0x58>
ffffffc080200dd2:	02e7d7b3          	divu	a5,a5,a4
ffffffc080200dd6:	001b9717          	auipc	a4,0x1b9
ffffffc080200dda:	38f73123          	sd	a5,898(a4) # ffffffc0803ba158 <tick_interval>
  csr_set(sie, SIE_SSIE | SIE_STIE | SIE_SEIE);
ffffffc080200dde:	22200713          	li	a4,546
ffffffc080200de2:	10472073          	csrs	sie,a4
ffffffc080200de6:	c0102573          	rdtime	a0
}
ffffffc080200dea:	6402                	ld	s0,0(sp)
ffffffc080200dec:	60a2                	ld	ra,8(sp)
  sbi_set_timer(r_time() + tick_interval);
ffffffc080200dee:	953e                	add	a0,a0,a5
}
ffffffc080200df0:	0141                	add	sp,sp,16
  sbi_set_timer(r_time() + tick_interval);
ffffffc080200df2:	be05                	j	ffffffc080200922 <sbi_set_timer>

ffffffc080200df4 <ticks_now>:
uint64 ticks_now(void) {
ffffffc080200df4:	1101                	add	sp,sp,-32
ffffffc080200df6:	ec06                	sd	ra,24(sp)
ffffffc080200df8:	e822                	sd	s0,16(sp)
ffffffc080200dfa:	e426                	sd	s1,8(sp)
ffffffc080200dfc:	1000                	add	s0,sp,32
  spin_lock(&ticks_lock);
ffffffc080200dfe:	001ba497          	auipc	s1,0x1ba
ffffffc080200e02:	80248493          	add	s1,s1,-2046 # ffffffc0803ba600 <ticks_lock>
ffffffc080200e06:	8526                	mv	a0,s1
ffffffc080200e08:	66a050ef          	jal	ffffffc080206472 <spin_lock>
  spin_unlock(&ticks_lock);
ffffffc080200e0c:	8526                	mv	a0,s1
  uint64 t = ticks;
ffffffc080200e0e:	001b9497          	auipc	s1,0x1b9
ffffffc080200e12:	3524b483          	ld	s1,850(s1) # ffffffc0803ba160 <ticks>
  spin_unlock(&ticks_lock);
ffffffc080200e16:	756050ef          	jal	ffffffc08020656c <spin_unlock>
}
ffffffc080200e1a:	60e2                	ld	ra,24(sp)
ffffffc080200e1c:	6442                	ld	s0,16(sp)
ffffffc080200e1e:	8526                	mv	a0,s1
ffffffc080200e20:	64a2                	ld	s1,8(sp)
ffffffc080200e22:	6105                	add	sp,sp,32
ffffffc080200e24:	8082                	ret

ffffffc080200e26 <ticks_sleep>:
int ticks_sleep(uint64 n) {
ffffffc080200e26:	7179                	add	sp,sp,-48
ffffffc080200e28:	f022                	sd	s0,32(sp)
ffffffc080200e2a:	ec26                	sd	s1,24(sp)
ffffffc080200e2c:	e84a                	sd	s2,16(sp)
ffffffc080200e2e:	e052                	sd	s4,0(sp)
ffffffc080200e30:	f406                	sd	ra,40(sp)
ffffffc080200e32:	e44e                	sd	s3,8(sp)
ffffffc080200e34:	1800                	add	s0,sp,48
ffffffc080200e36:	892a                	mv	s2,a0
  uint64 start = ticks;
ffffffc080200e38:	001b9497          	auipc	s1,0x1b9
ffffffc080200e3c:	32848493          	add	s1,s1,808 # ffffffc0803ba160 <ticks>
  spin_lock(&ticks_lock);
ffffffc080200e40:	001b9517          	auipc	a0,0x1b9
ffffffc080200e44:	7c050513          	add	a0,a0,1984 # ffffffc0803ba600 <ticks_lock>
ffffffc080200e48:	62a050ef          	jal	ffffffc080206472 <spin_lock>
  uint64 start = ticks;
ffffffc080200e4c:	0004ba03          	ld	s4,0(s1)
  while (ticks - start < n) {
ffffffc080200e50:	04090363          	beqz	s2,ffffffc080200e96 <ticks_sleep+0x70>
    sleep_on(&ticks, &ticks_lock);
ffffffc080200e54:	001b9997          	auipc	s3,0x1b9
ffffffc080200e58:	7ac98993          	add	s3,s3,1964 # ffffffc0803ba600 <ticks_lock>
ffffffc080200e5c:	a801                	j	ffffffc080200e6c <ticks_sleep+0x46>
ffffffc080200e5e:	144050ef          	jal	ffffffc080205fa2 <sleep_on>
  while (ticks - start < n) {
ffffffc080200e62:	609c                	ld	a5,0(s1)
ffffffc080200e64:	414787b3          	sub	a5,a5,s4
ffffffc080200e68:	0327f763          	bgeu	a5,s2,ffffffc080200e96 <ticks_sleep+0x70>
    if (current_killed()) {
ffffffc080200e6c:	649040ef          	jal	ffffffc080205cb4 <current_killed>
ffffffc080200e70:	87aa                	mv	a5,a0
    sleep_on(&ticks, &ticks_lock);
ffffffc080200e72:	85ce                	mv	a1,s3
ffffffc080200e74:	8526                	mv	a0,s1
    if (current_killed()) {
ffffffc080200e76:	d7e5                	beqz	a5,ffffffc080200e5e <ticks_sleep+0x38>
      spin_unlock(&ticks_lock);
ffffffc080200e78:	001b9517          	auipc	a0,0x1b9
ffffffc080200e7c:	78850513          	add	a0,a0,1928 # ffffffc0803ba600 <ticks_lock>
ffffffc080200e80:	6ec050ef          	jal	ffffffc08020656c <spin_unlock>
}
ffffffc080200e84:	70a2                	ld	ra,40(sp)
ffffffc080200e86:	7402                	ld	s0,32(sp)
ffffffc080200e88:	64e2                	ld	s1,24(sp)
ffffffc080200e8a:	6942                	ld	s2,16(sp)
ffffffc080200e8c:	69a2                	ld	s3,8(sp)
ffffffc080200e8e:	6a02                	ld	s4,0(sp)
      return -1;
ffffffc080200e90:	557d                	li	a0,-1
}
ffffffc080200e92:	6145                	add	sp,sp,48
ffffffc080200e94:	8082                	ret
  spin_unlock(&ticks_lock);
ffffffc080200e96:	001b9517          	auipc	a0,0x1b9
ffffffc080200e9a:	76a50513          	add	a0,a0,1898 # ffffffc0803ba600 <ticks_lock>
ffffffc080200e9e:	6ce050ef          	jal	ffffffc08020656c <spin_unlock>
}
ffffffc080200ea2:	70a2                	ld	ra,40(sp)
ffffffc080200ea4:	7402                	ld	s0,32(sp)
ffffffc080200ea6:	64e2                	ld	s1,24(sp)
ffffffc080200ea8:	6942                	ld	s2,16(sp)
ffffffc080200eaa:	69a2                	ld	s3,8(sp)
ffffffc080200eac:	6a02                	ld	s4,0(sp)
  return 0;
ffffffc080200eae:	4501                	li	a0,0
}
ffffffc080200eb0:	6145                	add	sp,sp,48
ffffffc080200eb2:	8082                	ret

ffffffc080200eb4 <user_trap>:
  csr_set(sstatus, SSTATUS_SPIE);
}

/* Called by trap_vector with the user registers saved in tf; returns to
 * trap_vector, which resumes user mode (via user_return). */
void user_trap(struct trapframe *tf) {
ffffffc080200eb4:	7139                	add	sp,sp,-64
ffffffc080200eb6:	f822                	sd	s0,48(sp)
ffffffc080200eb8:	ec4e                	sd	s3,24(sp)
ffffffc080200eba:	fc06                	sd	ra,56(sp)
ffffffc080200ebc:	f426                	sd	s1,40(sp)
ffffffc080200ebe:	f04a                	sd	s2,32(sp)
ffffffc080200ec0:	e852                	sd	s4,16(sp)
ffffffc080200ec2:	e456                	sd	s5,8(sp)
ffffffc080200ec4:	0080                	add	s0,sp,64
ffffffc080200ec6:	89aa                	mv	s3,a0
  uint64 scause = csr_read(scause), stval = csr_read(stval);
ffffffc080200ec8:	14202973          	csrr	s2,scause
ffffffc080200ecc:	14302a73          	csrr	s4,stval
  struct proc *p = curproc();
ffffffc080200ed0:	6d1040ef          	jal	ffffffc080205da0 <curproc>
ffffffc080200ed4:	84aa                	mv	s1,a0
  bool yield = false;
  if (scause & SCAUSE_INTERRUPT) {
ffffffc080200ed6:	08094063          	bltz	s2,ffffffc080200f56 <user_trap+0xa2>
    yield = handle_interrupt(scause);
  } else if (scause == SCAUSE_ECALL_U) {
ffffffc080200eda:	4721                	li	a4,8
    tf->epc += 4;
ffffffc080200edc:	1009ba83          	ld	s5,256(s3)
  } else if (scause == SCAUSE_ECALL_U) {
ffffffc080200ee0:	0ce90b63          	beq	s2,a4,ffffffc080200fb6 <user_trap+0x102>
    intr_on();
    syscall();
  } else if (scause == SCAUSE_STORE_PAGE_FAULT || scause == SCAUSE_LOAD_PAGE_FAULT ||
ffffffc080200ee4:	47bd                	li	a5,15
ffffffc080200ee6:	0cf90463          	beq	s2,a5,ffffffc080200fae <user_trap+0xfa>
ffffffc080200eea:	4735                	li	a4,13
ffffffc080200eec:	00e90963          	beq	s2,a4,ffffffc080200efe <user_trap+0x4a>
ffffffc080200ef0:	4731                	li	a4,12
ffffffc080200ef2:	08e91263          	bne	s2,a4,ffffffc080200f76 <user_trap+0xc2>
static inline void intr_on(void) { csr_set(sstatus, SSTATUS_SIE); }
ffffffc080200ef6:	10016073          	csrs	sstatus,2
                    : scause == SCAUSE_INSN_PAGE_FAULT ? ACC_EXEC
ffffffc080200efa:	4609                	li	a2,2
ffffffc080200efc:	a021                	j	ffffffc080200f04 <user_trap+0x50>
ffffffc080200efe:	10016073          	csrs	sstatus,2
ffffffc080200f02:	4601                	li	a2,0
  enum fault_result r = vm_fault(p->vm, stval, acc);
ffffffc080200f04:	60a8                	ld	a0,64(s1)
ffffffc080200f06:	85d2                	mv	a1,s4
ffffffc080200f08:	226030ef          	jal	ffffffc08020412e <vm_fault>
ffffffc080200f0c:	0005071b          	sext.w	a4,a0
  if (r == FAULT_OOM)
ffffffc080200f10:	4789                	li	a5,2
ffffffc080200f12:	0af70a63          	beq	a4,a5,ffffffc080200fc6 <user_trap+0x112>
  else if (r == FAULT_BAD_ADDRESS)
ffffffc080200f16:	4785                	li	a5,1
ffffffc080200f18:	0af70e63          	beq	a4,a5,ffffffc080200fd4 <user_trap+0x120>
    intr_on();
    user_page_fault(p, scause, stval, tf->epc);
  } else {
    kill_for_fault(p, scause, stval, tf->epc);
  }
  if (thread_must_exit(p, curthread()))
ffffffc080200f1c:	663040ef          	jal	ffffffc080205d7e <curthread>
ffffffc080200f20:	85aa                	mv	a1,a0
ffffffc080200f22:	8526                	mv	a0,s1
ffffffc080200f24:	551040ef          	jal	ffffffc080205c74 <thread_must_exit>
ffffffc080200f28:	e15d                	bnez	a0,ffffffc080200fce <user_trap+0x11a>
static inline void intr_off(void) { csr_clear(sstatus, SSTATUS_SIE); }
ffffffc080200f2a:	10017073          	csrc	sstatus,2
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080200f2e:	8792                	mv	a5,tp
  tf->kernel_tp = (uint64)mycpu();
ffffffc080200f30:	10f9b423          	sd	a5,264(s3)
  csr_clear(sstatus, SSTATUS_SPP);
ffffffc080200f34:	10000793          	li	a5,256
ffffffc080200f38:	1007b073          	csrc	sstatus,a5
  csr_set(sstatus, SSTATUS_SPIE);
ffffffc080200f3c:	02000793          	li	a5,32
ffffffc080200f40:	1007a073          	csrs	sstatus,a5
    proc_exit(-1);
  if (yield)
    proc_yield();
  prepare_return(tf);
}
ffffffc080200f44:	70e2                	ld	ra,56(sp)
ffffffc080200f46:	7442                	ld	s0,48(sp)
ffffffc080200f48:	74a2                	ld	s1,40(sp)
ffffffc080200f4a:	7902                	ld	s2,32(sp)
ffffffc080200f4c:	69e2                	ld	s3,24(sp)
ffffffc080200f4e:	6a42                	ld	s4,16(sp)
ffffffc080200f50:	6aa2                	ld	s5,8(sp)
ffffffc080200f52:	6121                	add	sp,sp,64
ffffffc080200f54:	8082                	ret
    yield = handle_interrupt(scause);
ffffffc080200f56:	854a                	mv	a0,s2
ffffffc080200f58:	d4dff0ef          	jal	ffffffc080200ca4 <handle_interrupt>
ffffffc080200f5c:	892a                	mv	s2,a0
  if (thread_must_exit(p, curthread()))
ffffffc080200f5e:	621040ef          	jal	ffffffc080205d7e <curthread>
ffffffc080200f62:	85aa                	mv	a1,a0
ffffffc080200f64:	8526                	mv	a0,s1
ffffffc080200f66:	50f040ef          	jal	ffffffc080205c74 <thread_must_exit>
ffffffc080200f6a:	e135                	bnez	a0,ffffffc080200fce <user_trap+0x11a>
  if (yield)
ffffffc080200f6c:	fa090fe3          	beqz	s2,ffffffc080200f2a <user_trap+0x76>
    proc_yield();
ffffffc080200f70:	002050ef          	jal	ffffffc080205f72 <proc_yield>
ffffffc080200f74:	bf5d                	j	ffffffc080200f2a <user_trap+0x76>
  kprintf("pid %d (%s): killed: %s at %p (pc %p)\n", p->pid, p->name, cause_name(scause),
ffffffc080200f76:	4d4c                	lw	a1,28(a0)
ffffffc080200f78:	0d050613          	add	a2,a0,208
ffffffc080200f7c:	00007697          	auipc	a3,0x7
ffffffc080200f80:	19468693          	add	a3,a3,404 # ffffffc080208110 <__func__.0+0x38>
ffffffc080200f84:	0127e963          	bltu	a5,s2,ffffffc080200f96 <user_trap+0xe2>
ffffffc080200f88:	090e                	sll	s2,s2,0x3
ffffffc080200f8a:	00007797          	auipc	a5,0x7
ffffffc080200f8e:	32678793          	add	a5,a5,806 # ffffffc0802082b0 <CSWTCH.21>
ffffffc080200f92:	97ca                	add	a5,a5,s2
ffffffc080200f94:	6394                	ld	a3,0(a5)
ffffffc080200f96:	87d6                	mv	a5,s5
ffffffc080200f98:	8752                	mv	a4,s4
ffffffc080200f9a:	00007517          	auipc	a0,0x7
ffffffc080200f9e:	18650513          	add	a0,a0,390 # ffffffc080208120 <__func__.0+0x48>
ffffffc080200fa2:	1c9020ef          	jal	ffffffc08020396a <kprintf>
  proc_set_killed(p);
ffffffc080200fa6:	8526                	mv	a0,s1
ffffffc080200fa8:	47f040ef          	jal	ffffffc080205c26 <proc_set_killed>
}
ffffffc080200fac:	bf85                	j	ffffffc080200f1c <user_trap+0x68>
static inline void intr_on(void) { csr_set(sstatus, SSTATUS_SIE); }
ffffffc080200fae:	10016073          	csrs	sstatus,2
                    : scause == SCAUSE_INSN_PAGE_FAULT ? ACC_EXEC
ffffffc080200fb2:	4605                	li	a2,1
ffffffc080200fb4:	bf81                	j	ffffffc080200f04 <user_trap+0x50>
    tf->epc += 4;
ffffffc080200fb6:	0a91                	add	s5,s5,4
ffffffc080200fb8:	1159b023          	sd	s5,256(s3)
ffffffc080200fbc:	10016073          	csrs	sstatus,2
    syscall();
ffffffc080200fc0:	7a3050ef          	jal	ffffffc080206f62 <syscall>
ffffffc080200fc4:	bfa1                	j	ffffffc080200f1c <user_trap+0x68>
    current_kill_oom(stval);
ffffffc080200fc6:	8552                	mv	a0,s4
ffffffc080200fc8:	569040ef          	jal	ffffffc080205d30 <current_kill_oom>
ffffffc080200fcc:	bf81                	j	ffffffc080200f1c <user_trap+0x68>
    proc_exit(-1);
ffffffc080200fce:	557d                	li	a0,-1
ffffffc080200fd0:	1ef040ef          	jal	ffffffc0802059be <proc_exit>
  kprintf("pid %d (%s): killed: %s at %p (pc %p)\n", p->pid, p->name, cause_name(scause),
ffffffc080200fd4:	47bd                	li	a5,15
ffffffc080200fd6:	4ccc                	lw	a1,28(s1)
ffffffc080200fd8:	0d048613          	add	a2,s1,208
ffffffc080200fdc:	00007697          	auipc	a3,0x7
ffffffc080200fe0:	13468693          	add	a3,a3,308 # ffffffc080208110 <__func__.0+0x38>
ffffffc080200fe4:	fb27e9e3          	bltu	a5,s2,ffffffc080200f96 <user_trap+0xe2>
ffffffc080200fe8:	b745                	j	ffffffc080200f88 <user_trap+0xd4>

ffffffc080200fea <user_trap_return>:

void user_trap_return(void) {
ffffffc080200fea:	1141                	add	sp,sp,-16
ffffffc080200fec:	e022                	sd	s0,0(sp)
ffffffc080200fee:	e406                	sd	ra,8(sp)
ffffffc080200ff0:	0800                	add	s0,sp,16
  struct trapframe *tf = curthread()->tf;
ffffffc080200ff2:	58d040ef          	jal	ffffffc080205d7e <curthread>
ffffffc080200ff6:	6128                	ld	a0,64(a0)
static inline void intr_off(void) { csr_clear(sstatus, SSTATUS_SIE); }
ffffffc080200ff8:	10017073          	csrc	sstatus,2
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080200ffc:	8792                	mv	a5,tp
  tf->kernel_tp = (uint64)mycpu();
ffffffc080200ffe:	10f53423          	sd	a5,264(a0)
  csr_clear(sstatus, SSTATUS_SPP);
ffffffc080201002:	10000793          	li	a5,256
ffffffc080201006:	1007b073          	csrc	sstatus,a5
  csr_set(sstatus, SSTATUS_SPIE);
ffffffc08020100a:	02000793          	li	a5,32
ffffffc08020100e:	1007a073          	csrs	sstatus,a5
  prepare_return(tf);
  user_return(tf);
ffffffc080201012:	156000ef          	jal	ffffffc080201168 <user_return>

ffffffc080201016 <kernel_trap>:
}

/* Called by trap_vector for traps taken in supervisor mode. */
void kernel_trap(void) {
ffffffc080201016:	1101                	add	sp,sp,-32
ffffffc080201018:	e822                	sd	s0,16(sp)
ffffffc08020101a:	ec06                	sd	ra,24(sp)
ffffffc08020101c:	e426                	sd	s1,8(sp)
ffffffc08020101e:	e04a                	sd	s2,0(sp)
ffffffc080201020:	1000                	add	s0,sp,32
  uint64 sepc = csr_read(sepc), sstatus = csr_read(sstatus), scause = csr_read(scause);
ffffffc080201022:	14102973          	csrr	s2,sepc
ffffffc080201026:	100024f3          	csrr	s1,sstatus
ffffffc08020102a:	14202673          	csrr	a2,scause
  if (!(sstatus & SSTATUS_SPP))
ffffffc08020102e:	1004f793          	and	a5,s1,256
ffffffc080201032:	cb9d                	beqz	a5,ffffffc080201068 <kernel_trap+0x52>
    panic("kernel_trap: not from supervisor mode");
  if (!(scause & SCAUSE_INTERRUPT))
ffffffc080201034:	04065063          	bgez	a2,ffffffc080201074 <kernel_trap+0x5e>
    panic("kernel trap: %s (scause %lu) at pc %p, stval %p", cause_name(scause), scause,
          (void *)sepc, (void *)csr_read(stval));
  bool tick = handle_interrupt(scause);
ffffffc080201038:	8532                	mv	a0,a2
ffffffc08020103a:	c6bff0ef          	jal	ffffffc080200ca4 <handle_interrupt>
ffffffc08020103e:	8792                	mv	a5,tp
  struct thread *t = mycpu()->thread;
  if (tick && t && t->state == T_RUNNING)
ffffffc080201040:	c519                	beqz	a0,ffffffc08020104e <kernel_trap+0x38>
  struct thread *t = mycpu()->thread;
ffffffc080201042:	639c                	ld	a5,0(a5)
  if (tick && t && t->state == T_RUNNING)
ffffffc080201044:	c789                	beqz	a5,ffffffc08020104e <kernel_trap+0x38>
ffffffc080201046:	4f98                	lw	a4,24(a5)
ffffffc080201048:	4791                	li	a5,4
ffffffc08020104a:	00f70c63          	beq	a4,a5,ffffffc080201062 <kernel_trap+0x4c>
    proc_yield();
  /* A yield may have run other traps; restore ours. */
  csr_write(sepc, sepc);
ffffffc08020104e:	14191073          	csrw	sepc,s2
  csr_write(sstatus, sstatus);
ffffffc080201052:	10049073          	csrw	sstatus,s1
}
ffffffc080201056:	60e2                	ld	ra,24(sp)
ffffffc080201058:	6442                	ld	s0,16(sp)
ffffffc08020105a:	64a2                	ld	s1,8(sp)
ffffffc08020105c:	6902                	ld	s2,0(sp)
ffffffc08020105e:	6105                	add	sp,sp,32
ffffffc080201060:	8082                	ret
    proc_yield();
ffffffc080201062:	711040ef          	jal	ffffffc080205f72 <proc_yield>
ffffffc080201066:	b7e5                	j	ffffffc08020104e <kernel_trap+0x38>
    panic("kernel_trap: not from supervisor mode");
ffffffc080201068:	00007517          	auipc	a0,0x7
ffffffc08020106c:	0e050513          	add	a0,a0,224 # ffffffc080208148 <__func__.0+0x70>
ffffffc080201070:	13d020ef          	jal	ffffffc0802039ac <panic>
  switch (scause) {
ffffffc080201074:	47bd                	li	a5,15
  if (!(scause & SCAUSE_INTERRUPT))
ffffffc080201076:	00007597          	auipc	a1,0x7
ffffffc08020107a:	09a58593          	add	a1,a1,154 # ffffffc080208110 <__func__.0+0x38>
ffffffc08020107e:	00c7ea63          	bltu	a5,a2,ffffffc080201092 <kernel_trap+0x7c>
ffffffc080201082:	00361713          	sll	a4,a2,0x3
ffffffc080201086:	00007797          	auipc	a5,0x7
ffffffc08020108a:	22a78793          	add	a5,a5,554 # ffffffc0802082b0 <CSWTCH.21>
ffffffc08020108e:	97ba                	add	a5,a5,a4
ffffffc080201090:	638c                	ld	a1,0(a5)
          (void *)sepc, (void *)csr_read(stval));
ffffffc080201092:	14302773          	csrr	a4,stval
    panic("kernel trap: %s (scause %lu) at pc %p, stval %p", cause_name(scause), scause,
ffffffc080201096:	00007517          	auipc	a0,0x7
ffffffc08020109a:	0da50513          	add	a0,a0,218 # ffffffc080208170 <__func__.0+0x98>
ffffffc08020109e:	86ca                	mv	a3,s2
ffffffc0802010a0:	10d020ef          	jal	ffffffc0802039ac <panic>
	...

ffffffc0802010b0 <trap_vector>:

.section .text
.globl trap_vector
.align 4
trap_vector:
	csrrw sp, sscratch, sp
ffffffc0802010b0:	14011173          	csrrw	sp,sscratch,sp
	bnez sp, from_user
ffffffc0802010b4:	06011063          	bnez	sp,ffffffc080201114 <from_user>
	/* From the kernel: put sp back, keep sscratch 0. */
	csrrw sp, sscratch, sp
ffffffc0802010b8:	14011173          	csrrw	sp,sscratch,sp
	addi sp, sp, -144
ffffffc0802010bc:	7175                	add	sp,sp,-144
	sd ra, 0(sp)
ffffffc0802010be:	e006                	sd	ra,0(sp)
	sd t0, 8(sp)
ffffffc0802010c0:	e416                	sd	t0,8(sp)
	sd t1, 16(sp)
ffffffc0802010c2:	e81a                	sd	t1,16(sp)
	sd t2, 24(sp)
ffffffc0802010c4:	ec1e                	sd	t2,24(sp)
	sd a0, 32(sp)
ffffffc0802010c6:	f02a                	sd	a0,32(sp)
	sd a1, 40(sp)
ffffffc0802010c8:	f42e                	sd	a1,40(sp)
	sd a2, 48(sp)
ffffffc0802010ca:	f832                	sd	a2,48(sp)
	sd a3, 56(sp)
ffffffc0802010cc:	fc36                	sd	a3,56(sp)
	sd a4, 64(sp)
ffffffc0802010ce:	e0ba                	sd	a4,64(sp)
	sd a5, 72(sp)
ffffffc0802010d0:	e4be                	sd	a5,72(sp)
	sd a6, 80(sp)
ffffffc0802010d2:	e8c2                	sd	a6,80(sp)
	sd a7, 88(sp)
ffffffc0802010d4:	ecc6                	sd	a7,88(sp)
	sd t3, 96(sp)
ffffffc0802010d6:	f0f2                	sd	t3,96(sp)
	sd t4, 104(sp)
ffffffc0802010d8:	f4f6                	sd	t4,104(sp)
	sd t5, 112(sp)
ffffffc0802010da:	f8fa                	sd	t5,112(sp)
	sd t6, 120(sp)
ffffffc0802010dc:	fcfe                	sd	t6,120(sp)
	sd s0, 128(sp)
ffffffc0802010de:	e122                	sd	s0,128(sp)
	csrr t0, sepc
ffffffc0802010e0:	141022f3          	csrr	t0,sepc
	sd t0, 136(sp)
ffffffc0802010e4:	e516                	sd	t0,136(sp)
	/* A frame record (fp, ra=sepc) so backtraces cross the trap. */
	addi s0, sp, 144
ffffffc0802010e6:	0900                	add	s0,sp,144
	call kernel_trap
ffffffc0802010e8:	f2fff0ef          	jal	ffffffc080201016 <kernel_trap>
	ld ra, 0(sp)
ffffffc0802010ec:	6082                	ld	ra,0(sp)
	ld t0, 8(sp)
ffffffc0802010ee:	62a2                	ld	t0,8(sp)
	ld t1, 16(sp)
ffffffc0802010f0:	6342                	ld	t1,16(sp)
	ld t2, 24(sp)
ffffffc0802010f2:	63e2                	ld	t2,24(sp)
	ld a0, 32(sp)
ffffffc0802010f4:	7502                	ld	a0,32(sp)
	ld a1, 40(sp)
ffffffc0802010f6:	75a2                	ld	a1,40(sp)
	ld a2, 48(sp)
ffffffc0802010f8:	7642                	ld	a2,48(sp)
	ld a3, 56(sp)
ffffffc0802010fa:	76e2                	ld	a3,56(sp)
	ld a4, 64(sp)
ffffffc0802010fc:	6706                	ld	a4,64(sp)
	ld a5, 72(sp)
ffffffc0802010fe:	67a6                	ld	a5,72(sp)
	ld a6, 80(sp)
ffffffc080201100:	6846                	ld	a6,80(sp)
	ld a7, 88(sp)
ffffffc080201102:	68e6                	ld	a7,88(sp)
	ld t3, 96(sp)
ffffffc080201104:	7e06                	ld	t3,96(sp)
	ld t4, 104(sp)
ffffffc080201106:	7ea6                	ld	t4,104(sp)
	ld t5, 112(sp)
ffffffc080201108:	7f46                	ld	t5,112(sp)
	ld t6, 120(sp)
ffffffc08020110a:	7fe6                	ld	t6,120(sp)
	ld s0, 128(sp)
ffffffc08020110c:	640a                	ld	s0,128(sp)
	addi sp, sp, 144
ffffffc08020110e:	6149                	add	sp,sp,144
	sret
ffffffc080201110:	10200073          	sret

ffffffc080201114 <from_user>:

from_user:
	/* sp = trapframe, sscratch = user sp. */
	sd x1, 8(sp)
ffffffc080201114:	e406                	sd	ra,8(sp)
	sd x3, 24(sp)
ffffffc080201116:	ec0e                	sd	gp,24(sp)
	sd x4, 32(sp)
ffffffc080201118:	f012                	sd	tp,32(sp)
	sd x5, 40(sp)
ffffffc08020111a:	f416                	sd	t0,40(sp)
	sd x6, 48(sp)
ffffffc08020111c:	f81a                	sd	t1,48(sp)
	sd x7, 56(sp)
ffffffc08020111e:	fc1e                	sd	t2,56(sp)
	sd x8, 64(sp)
ffffffc080201120:	e0a2                	sd	s0,64(sp)
	sd x9, 72(sp)
ffffffc080201122:	e4a6                	sd	s1,72(sp)
	sd x10, 80(sp)
ffffffc080201124:	e8aa                	sd	a0,80(sp)
	sd x11, 88(sp)
ffffffc080201126:	ecae                	sd	a1,88(sp)
	sd x12, 96(sp)
ffffffc080201128:	f0b2                	sd	a2,96(sp)
	sd x13, 104(sp)
ffffffc08020112a:	f4b6                	sd	a3,104(sp)
	sd x14, 112(sp)
ffffffc08020112c:	f8ba                	sd	a4,112(sp)
	sd x15, 120(sp)
ffffffc08020112e:	fcbe                	sd	a5,120(sp)
	sd x16, 128(sp)
ffffffc080201130:	e142                	sd	a6,128(sp)
	sd x17, 136(sp)
ffffffc080201132:	e546                	sd	a7,136(sp)
	sd x18, 144(sp)
ffffffc080201134:	e94a                	sd	s2,144(sp)
	sd x19, 152(sp)
ffffffc080201136:	ed4e                	sd	s3,152(sp)
	sd x20, 160(sp)
ffffffc080201138:	f152                	sd	s4,160(sp)
	sd x21, 168(sp)
ffffffc08020113a:	f556                	sd	s5,168(sp)
	sd x22, 176(sp)
ffffffc08020113c:	f95a                	sd	s6,176(sp)
	sd x23, 184(sp)
ffffffc08020113e:	fd5e                	sd	s7,184(sp)
	sd x24, 192(sp)
ffffffc080201140:	e1e2                	sd	s8,192(sp)
	sd x25, 200(sp)
ffffffc080201142:	e5e6                	sd	s9,200(sp)
	sd x26, 208(sp)
ffffffc080201144:	e9ea                	sd	s10,208(sp)
	sd x27, 216(sp)
ffffffc080201146:	edee                	sd	s11,216(sp)
	sd x28, 224(sp)
ffffffc080201148:	f1f2                	sd	t3,224(sp)
	sd x29, 232(sp)
ffffffc08020114a:	f5f6                	sd	t4,232(sp)
	sd x30, 240(sp)
ffffffc08020114c:	f9fa                	sd	t5,240(sp)
	sd x31, 248(sp)
ffffffc08020114e:	fdfe                	sd	t6,248(sp)
	csrrw t0, sscratch, zero
ffffffc080201150:	140012f3          	csrrw	t0,sscratch,zero
	sd t0, 16(sp)
ffffffc080201154:	e816                	sd	t0,16(sp)
	csrr t0, sepc
ffffffc080201156:	141022f3          	csrr	t0,sepc
	sd t0, TF_EPC(sp)
ffffffc08020115a:	e216                	sd	t0,256(sp)
	ld tp, TF_KTP(sp)
ffffffc08020115c:	6232                	ld	tp,264(sp)
	li s0, 0
ffffffc08020115e:	4401                	li	s0,0
	mv a0, sp
ffffffc080201160:	850a                	mv	a0,sp
	call user_trap
ffffffc080201162:	d53ff0ef          	jal	ffffffc080200eb4 <user_trap>
	/* user_trap returns with interrupts off, ready to go back. */
	mv a0, sp
ffffffc080201166:	850a                	mv	a0,sp

ffffffc080201168 <user_return>:

/* Returns to user mode with the registers in trapframe a0. Caller has set
 * sepc-independent state: sstatus.SPP = 0, SPIE = 1, and tf->kernel_tp. */
.globl user_return
user_return:
	mv sp, a0
ffffffc080201168:	812a                	mv	sp,a0
	csrw sscratch, sp
ffffffc08020116a:	14011073          	csrw	sscratch,sp
	ld t0, TF_EPC(sp)
ffffffc08020116e:	6292                	ld	t0,256(sp)
	csrw sepc, t0
ffffffc080201170:	14129073          	csrw	sepc,t0
	ld x1, 8(sp)
ffffffc080201174:	60a2                	ld	ra,8(sp)
	ld x3, 24(sp)
ffffffc080201176:	61e2                	ld	gp,24(sp)
	ld x4, 32(sp)
ffffffc080201178:	7202                	ld	tp,32(sp)
	ld x5, 40(sp)
ffffffc08020117a:	72a2                	ld	t0,40(sp)
	ld x6, 48(sp)
ffffffc08020117c:	7342                	ld	t1,48(sp)
	ld x7, 56(sp)
ffffffc08020117e:	73e2                	ld	t2,56(sp)
	ld x8, 64(sp)
ffffffc080201180:	6406                	ld	s0,64(sp)
	ld x9, 72(sp)
ffffffc080201182:	64a6                	ld	s1,72(sp)
	ld x10, 80(sp)
ffffffc080201184:	6546                	ld	a0,80(sp)
	ld x11, 88(sp)
ffffffc080201186:	65e6                	ld	a1,88(sp)
	ld x12, 96(sp)
ffffffc080201188:	7606                	ld	a2,96(sp)
	ld x13, 104(sp)
ffffffc08020118a:	76a6                	ld	a3,104(sp)
	ld x14, 112(sp)
ffffffc08020118c:	7746                	ld	a4,112(sp)
	ld x15, 120(sp)
ffffffc08020118e:	77e6                	ld	a5,120(sp)
	ld x16, 128(sp)
ffffffc080201190:	680a                	ld	a6,128(sp)
	ld x17, 136(sp)
ffffffc080201192:	68aa                	ld	a7,136(sp)
	ld x18, 144(sp)
ffffffc080201194:	694a                	ld	s2,144(sp)
	ld x19, 152(sp)
ffffffc080201196:	69ea                	ld	s3,152(sp)
	ld x20, 160(sp)
ffffffc080201198:	7a0a                	ld	s4,160(sp)
	ld x21, 168(sp)
ffffffc08020119a:	7aaa                	ld	s5,168(sp)
	ld x22, 176(sp)
ffffffc08020119c:	7b4a                	ld	s6,176(sp)
	ld x23, 184(sp)
ffffffc08020119e:	7bea                	ld	s7,184(sp)
	ld x24, 192(sp)
ffffffc0802011a0:	6c0e                	ld	s8,192(sp)
	ld x25, 200(sp)
ffffffc0802011a2:	6cae                	ld	s9,200(sp)
	ld x26, 208(sp)
ffffffc0802011a4:	6d4e                	ld	s10,208(sp)
	ld x27, 216(sp)
ffffffc0802011a6:	6dee                	ld	s11,216(sp)
	ld x28, 224(sp)
ffffffc0802011a8:	7e0e                	ld	t3,224(sp)
	ld x29, 232(sp)
ffffffc0802011aa:	7eae                	ld	t4,232(sp)
	ld x30, 240(sp)
ffffffc0802011ac:	7f4e                	ld	t5,240(sp)
	ld x31, 248(sp)
ffffffc0802011ae:	7fee                	ld	t6,248(sp)
	ld x2, 16(sp)
ffffffc0802011b0:	6142                	ld	sp,16(sp)
	sret
ffffffc0802011b2:	10200073          	sret
ffffffc0802011b6:	0000                	unimp
	...

ffffffc0802011ba <console_write>:
} cons = { .lock = { .name = "console" } };

/* Writes n bytes from user address addr to the UART. Returns the count,
 * or -1 if none could be copied. */
static int console_write(uint64 addr, int n)
{
ffffffc0802011ba:	7131                	add	sp,sp,-192
ffffffc0802011bc:	f922                	sd	s0,176(sp)
ffffffc0802011be:	fd06                	sd	ra,184(sp)
ffffffc0802011c0:	f526                	sd	s1,168(sp)
ffffffc0802011c2:	f14a                	sd	s2,160(sp)
ffffffc0802011c4:	ed4e                	sd	s3,152(sp)
ffffffc0802011c6:	e952                	sd	s4,144(sp)
ffffffc0802011c8:	e556                	sd	s5,136(sp)
ffffffc0802011ca:	e15a                	sd	s6,128(sp)
ffffffc0802011cc:	0180                	add	s0,sp,192
  char kbuf[CONS_CHUNK];
  int done = 0;
  while (done < n) {
ffffffc0802011ce:	06b05363          	blez	a1,ffffffc080201234 <console_write+0x7a>
ffffffc0802011d2:	8a2e                	mv	s4,a1
ffffffc0802011d4:	8aaa                	mv	s5,a0
  int done = 0;
ffffffc0802011d6:	4481                	li	s1,0
    int m = n - done < CONS_CHUNK ? n - done : CONS_CHUNK;
ffffffc0802011d8:	08000b13          	li	s6,128
ffffffc0802011dc:	a039                	j	ffffffc0802011ea <console_write+0x30>
    if (copyin(kbuf, addr + done, m) < 0)
      return done > 0 ? done : -1;
    uart_write(kbuf, m);
    done += m;
ffffffc0802011de:	009984bb          	addw	s1,s3,s1
    uart_write(kbuf, m);
ffffffc0802011e2:	3ba000ef          	jal	ffffffc08020159c <uart_write>
  while (done < n) {
ffffffc0802011e6:	0344da63          	bge	s1,s4,ffffffc08020121a <console_write+0x60>
    int m = n - done < CONS_CHUNK ? n - done : CONS_CHUNK;
ffffffc0802011ea:	409a093b          	subw	s2,s4,s1
ffffffc0802011ee:	89ca                	mv	s3,s2
    if (copyin(kbuf, addr + done, m) < 0)
ffffffc0802011f0:	015485b3          	add	a1,s1,s5
ffffffc0802011f4:	f4040513          	add	a0,s0,-192
    int m = n - done < CONS_CHUNK ? n - done : CONS_CHUNK;
ffffffc0802011f8:	012b5663          	bge	s6,s2,ffffffc080201204 <console_write+0x4a>
ffffffc0802011fc:	08000913          	li	s2,128
ffffffc080201200:	08000993          	li	s3,128
    if (copyin(kbuf, addr + done, m) < 0)
ffffffc080201204:	864a                	mv	a2,s2
ffffffc080201206:	4e2030ef          	jal	ffffffc0802046e8 <copyin>
ffffffc08020120a:	87aa                	mv	a5,a0
    uart_write(kbuf, m);
ffffffc08020120c:	85ca                	mv	a1,s2
ffffffc08020120e:	f4040513          	add	a0,s0,-192
    if (copyin(kbuf, addr + done, m) < 0)
ffffffc080201212:	fc07d6e3          	bgez	a5,ffffffc0802011de <console_write+0x24>
      return done > 0 ? done : -1;
ffffffc080201216:	00905d63          	blez	s1,ffffffc080201230 <console_write+0x76>
  }
  return done;
}
ffffffc08020121a:	70ea                	ld	ra,184(sp)
ffffffc08020121c:	744a                	ld	s0,176(sp)
ffffffc08020121e:	790a                	ld	s2,160(sp)
ffffffc080201220:	69ea                	ld	s3,152(sp)
ffffffc080201222:	6a4a                	ld	s4,144(sp)
ffffffc080201224:	6aaa                	ld	s5,136(sp)
ffffffc080201226:	6b0a                	ld	s6,128(sp)
ffffffc080201228:	8526                	mv	a0,s1
ffffffc08020122a:	74aa                	ld	s1,168(sp)
ffffffc08020122c:	6129                	add	sp,sp,192
ffffffc08020122e:	8082                	ret
      return done > 0 ? done : -1;
ffffffc080201230:	54fd                	li	s1,-1
ffffffc080201232:	b7e5                	j	ffffffc08020121a <console_write+0x60>
  int done = 0;
ffffffc080201234:	4481                	li	s1,0
ffffffc080201236:	b7d5                	j	ffffffc08020121a <console_write+0x60>

ffffffc080201238 <console_read>:

/* Waits for a committed line (or end of input), then copies up to n bytes
 * of it to user address addr. Returns the count, 0 at end of input, or -1
 * if killed or nothing could be copied out. */
static int console_read(uint64 addr, int n)
{
ffffffc080201238:	7171                	add	sp,sp,-176
ffffffc08020123a:	f122                	sd	s0,160(sp)
ffffffc08020123c:	ed26                	sd	s1,152(sp)
ffffffc08020123e:	e94a                	sd	s2,144(sp)
ffffffc080201240:	e152                	sd	s4,128(sp)
  char kbuf[CONS_CHUNK];
  spin_lock(&cons.lock);
ffffffc080201242:	001b4497          	auipc	s1,0x1b4
ffffffc080201246:	dce48493          	add	s1,s1,-562 # ffffffc0803b5010 <cons>
{
ffffffc08020124a:	f506                	sd	ra,168(sp)
ffffffc08020124c:	e54e                	sd	s3,136(sp)
ffffffc08020124e:	1900                	add	s0,sp,176
ffffffc080201250:	892a                	mv	s2,a0
  spin_lock(&cons.lock);
ffffffc080201252:	8526                	mv	a0,s1
{
ffffffc080201254:	8a2e                	mv	s4,a1
  spin_lock(&cons.lock);
ffffffc080201256:	21c050ef          	jal	ffffffc080206472 <spin_lock>
  while (cons.r == cons.w) {
ffffffc08020125a:	6cd4                	ld	a3,152(s1)
ffffffc08020125c:	0a04b803          	ld	a6,160(s1)
ffffffc080201260:	02d81c63          	bne	a6,a3,ffffffc080201298 <console_read+0x60>
    if (current_killed()) {
      spin_unlock(&cons.lock);
      return -1;
    }
    sleep_on(&cons.r, &cons.lock);
ffffffc080201264:	001b4997          	auipc	s3,0x1b4
ffffffc080201268:	e4498993          	add	s3,s3,-444 # ffffffc0803b50a8 <cons+0x98>
ffffffc08020126c:	a801                	j	ffffffc08020127c <console_read+0x44>
ffffffc08020126e:	535040ef          	jal	ffffffc080205fa2 <sleep_on>
  while (cons.r == cons.w) {
ffffffc080201272:	6cd4                	ld	a3,152(s1)
ffffffc080201274:	0a04b803          	ld	a6,160(s1)
ffffffc080201278:	03069063          	bne	a3,a6,ffffffc080201298 <console_read+0x60>
    if (current_killed()) {
ffffffc08020127c:	239040ef          	jal	ffffffc080205cb4 <current_killed>
ffffffc080201280:	87aa                	mv	a5,a0
    sleep_on(&cons.r, &cons.lock);
ffffffc080201282:	85a6                	mv	a1,s1
ffffffc080201284:	854e                	mv	a0,s3
    if (current_killed()) {
ffffffc080201286:	d7e5                	beqz	a5,ffffffc08020126e <console_read+0x36>
      spin_unlock(&cons.lock);
ffffffc080201288:	001b4517          	auipc	a0,0x1b4
ffffffc08020128c:	d8850513          	add	a0,a0,-632 # ffffffc0803b5010 <cons>
ffffffc080201290:	2dc050ef          	jal	ffffffc08020656c <spin_unlock>
      return -1;
ffffffc080201294:	59fd                	li	s3,-1
ffffffc080201296:	a095                	j	ffffffc0802012fa <console_read+0xc2>
  }
  int m = console_take(kbuf, n < CONS_CHUNK ? n : CONS_CHUNK);
ffffffc080201298:	08000793          	li	a5,128
ffffffc08020129c:	000a061b          	sext.w	a2,s4
ffffffc0802012a0:	0747c663          	blt	a5,s4,ffffffc08020130c <console_read+0xd4>
  while (m < max && cons.r != cons.w) {
ffffffc0802012a4:	8736                	mv	a4,a3
ffffffc0802012a6:	4581                	li	a1,0
  int m = 0;
ffffffc0802012a8:	4981                	li	s3,0
    if (c == CTRL('D')) {
ffffffc0802012aa:	4511                	li	a0,4
    if (c == '\n')
ffffffc0802012ac:	4329                	li	t1,10
  while (m < max && cons.r != cons.w) {
ffffffc0802012ae:	a831                	j	ffffffc0802012ca <console_read+0x92>
ffffffc0802012b0:	08e80063          	beq	a6,a4,ffffffc080201330 <console_read+0xf8>
    char c = cons.buf[cons.r % INPUT_SIZE];
ffffffc0802012b4:	0188c883          	lbu	a7,24(a7)
    if (c == CTRL('D')) {
ffffffc0802012b8:	08a88063          	beq	a7,a0,ffffffc080201338 <console_read+0x100>
    dst[m++] = c;
ffffffc0802012bc:	01178023          	sb	a7,0(a5)
ffffffc0802012c0:	2985                	addw	s3,s3,1
    cons.r++;
ffffffc0802012c2:	0705                	add	a4,a4,1
    if (c == '\n')
ffffffc0802012c4:	4585                	li	a1,1
ffffffc0802012c6:	04688663          	beq	a7,t1,ffffffc080201312 <console_read+0xda>
    char c = cons.buf[cons.r % INPUT_SIZE];
ffffffc0802012ca:	07f77793          	and	a5,a4,127
ffffffc0802012ce:	00f488b3          	add	a7,s1,a5
    dst[m++] = c;
ffffffc0802012d2:	f5040a13          	add	s4,s0,-176
ffffffc0802012d6:	40d707b3          	sub	a5,a4,a3
ffffffc0802012da:	97d2                	add	a5,a5,s4
  while (m < max && cons.r != cons.w) {
ffffffc0802012dc:	fcc9cae3          	blt	s3,a2,ffffffc0802012b0 <console_read+0x78>
ffffffc0802012e0:	c191                	beqz	a1,ffffffc0802012e4 <console_read+0xac>
ffffffc0802012e2:	ecd8                	sd	a4,152(s1)
  spin_unlock(&cons.lock);
ffffffc0802012e4:	001b4517          	auipc	a0,0x1b4
ffffffc0802012e8:	d2c50513          	add	a0,a0,-724 # ffffffc0803b5010 <cons>
ffffffc0802012ec:	280050ef          	jal	ffffffc08020656c <spin_unlock>
  if (m > 0 && copyout(addr, kbuf, m) < 0)
ffffffc0802012f0:	f5040a13          	add	s4,s0,-176
ffffffc0802012f4:	02099663          	bnez	s3,ffffffc080201320 <console_read+0xe8>
      return -1;
ffffffc0802012f8:	4981                	li	s3,0
    return -1;
  return m;
}
ffffffc0802012fa:	70aa                	ld	ra,168(sp)
ffffffc0802012fc:	740a                	ld	s0,160(sp)
ffffffc0802012fe:	64ea                	ld	s1,152(sp)
ffffffc080201300:	694a                	ld	s2,144(sp)
ffffffc080201302:	6a0a                	ld	s4,128(sp)
ffffffc080201304:	854e                	mv	a0,s3
ffffffc080201306:	69aa                	ld	s3,136(sp)
ffffffc080201308:	614d                	add	sp,sp,176
ffffffc08020130a:	8082                	ret
  int m = console_take(kbuf, n < CONS_CHUNK ? n : CONS_CHUNK);
ffffffc08020130c:	08000613          	li	a2,128
ffffffc080201310:	bf51                	j	ffffffc0802012a4 <console_read+0x6c>
  spin_unlock(&cons.lock);
ffffffc080201312:	001b4517          	auipc	a0,0x1b4
ffffffc080201316:	cfe50513          	add	a0,a0,-770 # ffffffc0803b5010 <cons>
ffffffc08020131a:	ecd8                	sd	a4,152(s1)
ffffffc08020131c:	250050ef          	jal	ffffffc08020656c <spin_unlock>
  if (m > 0 && copyout(addr, kbuf, m) < 0)
ffffffc080201320:	864e                	mv	a2,s3
ffffffc080201322:	85d2                	mv	a1,s4
ffffffc080201324:	854a                	mv	a0,s2
ffffffc080201326:	2fe030ef          	jal	ffffffc080204624 <copyout>
ffffffc08020132a:	fc0558e3          	bgez	a0,ffffffc0802012fa <console_read+0xc2>
ffffffc08020132e:	b79d                	j	ffffffc080201294 <console_read+0x5c>
ffffffc080201330:	d9d5                	beqz	a1,ffffffc0802012e4 <console_read+0xac>
ffffffc080201332:	0904bc23          	sd	a6,152(s1)
ffffffc080201336:	b77d                	j	ffffffc0802012e4 <console_read+0xac>
ffffffc080201338:	c191                	beqz	a1,ffffffc08020133c <console_read+0x104>
ffffffc08020133a:	ecd8                	sd	a4,152(s1)
      if (m == 0)
ffffffc08020133c:	00098b63          	beqz	s3,ffffffc080201352 <console_read+0x11a>
  spin_unlock(&cons.lock);
ffffffc080201340:	001b4517          	auipc	a0,0x1b4
ffffffc080201344:	cd050513          	add	a0,a0,-816 # ffffffc0803b5010 <cons>
ffffffc080201348:	224050ef          	jal	ffffffc08020656c <spin_unlock>
  if (m > 0 && copyout(addr, kbuf, m) < 0)
ffffffc08020134c:	f5040a13          	add	s4,s0,-176
ffffffc080201350:	bfc1                	j	ffffffc080201320 <console_read+0xe8>
        cons.r++;
ffffffc080201352:	0705                	add	a4,a4,1
  spin_unlock(&cons.lock);
ffffffc080201354:	001b4517          	auipc	a0,0x1b4
ffffffc080201358:	cbc50513          	add	a0,a0,-836 # ffffffc0803b5010 <cons>
        cons.r++;
ffffffc08020135c:	ecd8                	sd	a4,152(s1)
  spin_unlock(&cons.lock);
ffffffc08020135e:	20e050ef          	jal	ffffffc08020656c <spin_unlock>
  if (m > 0 && copyout(addr, kbuf, m) < 0)
ffffffc080201362:	bf59                	j	ffffffc0802012f8 <console_read+0xc0>

ffffffc080201364 <console_intr>:
  }
}

/* See console.h. */
void console_intr(int c)
{
ffffffc080201364:	7139                	add	sp,sp,-64
ffffffc080201366:	f822                	sd	s0,48(sp)
ffffffc080201368:	f426                	sd	s1,40(sp)
ffffffc08020136a:	f04a                	sd	s2,32(sp)
ffffffc08020136c:	fc06                	sd	ra,56(sp)
ffffffc08020136e:	ec4e                	sd	s3,24(sp)
ffffffc080201370:	0080                	add	s0,sp,64
  spin_lock(&cons.lock);
ffffffc080201372:	001b4497          	auipc	s1,0x1b4
ffffffc080201376:	c9e48493          	add	s1,s1,-866 # ffffffc0803b5010 <cons>
{
ffffffc08020137a:	892a                	mv	s2,a0
  spin_lock(&cons.lock);
ffffffc08020137c:	8526                	mv	a0,s1
ffffffc08020137e:	0f4050ef          	jal	ffffffc080206472 <spin_lock>
  switch (c) {
ffffffc080201382:	47d5                	li	a5,21
ffffffc080201384:	08f90a63          	beq	s2,a5,ffffffc080201418 <console_intr+0xb4>
ffffffc080201388:	07f00793          	li	a5,127
ffffffc08020138c:	06f90863          	beq	s2,a5,ffffffc0802013fc <console_intr+0x98>
ffffffc080201390:	4721                	li	a4,8
ffffffc080201392:	06e90563          	beq	s2,a4,ffffffc0802013fc <console_intr+0x98>
  if (c == 0 || cons.e - cons.r >= INPUT_SIZE)
ffffffc080201396:	04090763          	beqz	s2,ffffffc0802013e4 <console_intr+0x80>
ffffffc08020139a:	74d8                	ld	a4,168(s1)
ffffffc08020139c:	6cd4                	ld	a3,152(s1)
ffffffc08020139e:	40d706b3          	sub	a3,a4,a3
ffffffc0802013a2:	04d7e163          	bltu	a5,a3,ffffffc0802013e4 <console_intr+0x80>
  if (c == '\r')
ffffffc0802013a6:	47b5                	li	a5,13
ffffffc0802013a8:	08f90b63          	beq	s2,a5,ffffffc08020143e <console_intr+0xda>
  if (c != CTRL('D'))
ffffffc0802013ac:	4791                	li	a5,4
ffffffc0802013ae:	0af90163          	beq	s2,a5,ffffffc080201450 <console_intr+0xec>
    char ch = c;
ffffffc0802013b2:	0ff97993          	zext.b	s3,s2
    uart_write(&ch, 1);
ffffffc0802013b6:	4585                	li	a1,1
ffffffc0802013b8:	fcf40513          	add	a0,s0,-49
    char ch = c;
ffffffc0802013bc:	fd3407a3          	sb	s3,-49(s0)
    uart_write(&ch, 1);
ffffffc0802013c0:	1dc000ef          	jal	ffffffc08020159c <uart_write>
  cons.buf[cons.e++ % INPUT_SIZE] = c;
ffffffc0802013c4:	74d8                	ld	a4,168(s1)
  if (c == '\n' || c == CTRL('D') || cons.e - cons.r == INPUT_SIZE) {
ffffffc0802013c6:	46a9                	li	a3,10
  cons.buf[cons.e++ % INPUT_SIZE] = c;
ffffffc0802013c8:	07f77793          	and	a5,a4,127
ffffffc0802013cc:	97a6                	add	a5,a5,s1
ffffffc0802013ce:	0705                	add	a4,a4,1
ffffffc0802013d0:	f4d8                	sd	a4,168(s1)
ffffffc0802013d2:	01378c23          	sb	s3,24(a5)
  if (c == '\n' || c == CTRL('D') || cons.e - cons.r == INPUT_SIZE) {
ffffffc0802013d6:	08d90463          	beq	s2,a3,ffffffc08020145e <console_intr+0xfa>
ffffffc0802013da:	6cdc                	ld	a5,152(s1)
ffffffc0802013dc:	f8070693          	add	a3,a4,-128
ffffffc0802013e0:	06f68f63          	beq	a3,a5,ffffffc08020145e <console_intr+0xfa>
  default:
    console_append(c);
    break;
  }
  spin_unlock(&cons.lock);
}
ffffffc0802013e4:	7442                	ld	s0,48(sp)
ffffffc0802013e6:	70e2                	ld	ra,56(sp)
ffffffc0802013e8:	74a2                	ld	s1,40(sp)
ffffffc0802013ea:	7902                	ld	s2,32(sp)
ffffffc0802013ec:	69e2                	ld	s3,24(sp)
  spin_unlock(&cons.lock);
ffffffc0802013ee:	001b4517          	auipc	a0,0x1b4
ffffffc0802013f2:	c2250513          	add	a0,a0,-990 # ffffffc0803b5010 <cons>
}
ffffffc0802013f6:	6121                	add	sp,sp,64
  spin_unlock(&cons.lock);
ffffffc0802013f8:	1740506f          	j	ffffffc08020656c <spin_unlock>
  if (cons.e != cons.w) {
ffffffc0802013fc:	74dc                	ld	a5,168(s1)
ffffffc0802013fe:	70d8                	ld	a4,160(s1)
ffffffc080201400:	fee782e3          	beq	a5,a4,ffffffc0802013e4 <console_intr+0x80>
    cons.e--;
ffffffc080201404:	17fd                	add	a5,a5,-1
    uart_write("\b \b", 3);
ffffffc080201406:	458d                	li	a1,3
ffffffc080201408:	00007517          	auipc	a0,0x7
ffffffc08020140c:	f2850513          	add	a0,a0,-216 # ffffffc080208330 <CSWTCH.21+0x80>
    cons.e--;
ffffffc080201410:	f4dc                	sd	a5,168(s1)
    uart_write("\b \b", 3);
ffffffc080201412:	18a000ef          	jal	ffffffc08020159c <uart_write>
ffffffc080201416:	b7f9                	j	ffffffc0802013e4 <console_intr+0x80>
    while (cons.e != cons.w) /* the edited line holds no newline */
ffffffc080201418:	74dc                	ld	a5,168(s1)
ffffffc08020141a:	70d8                	ld	a4,160(s1)
    uart_write("\b \b", 3);
ffffffc08020141c:	00007917          	auipc	s2,0x7
ffffffc080201420:	f1490913          	add	s2,s2,-236 # ffffffc080208330 <CSWTCH.21+0x80>
    while (cons.e != cons.w) /* the edited line holds no newline */
ffffffc080201424:	fcf700e3          	beq	a4,a5,ffffffc0802013e4 <console_intr+0x80>
    cons.e--;
ffffffc080201428:	17fd                	add	a5,a5,-1
    uart_write("\b \b", 3);
ffffffc08020142a:	458d                	li	a1,3
ffffffc08020142c:	854a                	mv	a0,s2
    cons.e--;
ffffffc08020142e:	f4dc                	sd	a5,168(s1)
    uart_write("\b \b", 3);
ffffffc080201430:	16c000ef          	jal	ffffffc08020159c <uart_write>
    while (cons.e != cons.w) /* the edited line holds no newline */
ffffffc080201434:	74dc                	ld	a5,168(s1)
ffffffc080201436:	70d8                	ld	a4,160(s1)
ffffffc080201438:	fee798e3          	bne	a5,a4,ffffffc080201428 <console_intr+0xc4>
ffffffc08020143c:	b765                	j	ffffffc0802013e4 <console_intr+0x80>
    char ch = c;
ffffffc08020143e:	4929                	li	s2,10
    uart_write(&ch, 1);
ffffffc080201440:	4585                	li	a1,1
ffffffc080201442:	fcf40513          	add	a0,s0,-49
    char ch = c;
ffffffc080201446:	fd2407a3          	sb	s2,-49(s0)
    uart_write(&ch, 1);
ffffffc08020144a:	152000ef          	jal	ffffffc08020159c <uart_write>
  cons.buf[cons.e++ % INPUT_SIZE] = c;
ffffffc08020144e:	74d8                	ld	a4,168(s1)
ffffffc080201450:	07f77793          	and	a5,a4,127
ffffffc080201454:	0705                	add	a4,a4,1
ffffffc080201456:	97a6                	add	a5,a5,s1
ffffffc080201458:	f4d8                	sd	a4,168(s1)
ffffffc08020145a:	01278c23          	sb	s2,24(a5)
    wakeup(&cons.r);
ffffffc08020145e:	001b4517          	auipc	a0,0x1b4
ffffffc080201462:	c4a50513          	add	a0,a0,-950 # ffffffc0803b50a8 <cons+0x98>
    cons.w = cons.e;
ffffffc080201466:	f0d8                	sd	a4,160(s1)
    wakeup(&cons.r);
ffffffc080201468:	38b040ef          	jal	ffffffc080205ff2 <wakeup>
ffffffc08020146c:	bfa5                	j	ffffffc0802013e4 <console_intr+0x80>

ffffffc08020146e <console_init>:

/* See console.h. */
void console_init(void)
{
ffffffc08020146e:	1141                	add	sp,sp,-16
ffffffc080201470:	e022                	sd	s0,0(sp)
ffffffc080201472:	e406                	sd	ra,8(sp)
ffffffc080201474:	0800                	add	s0,sp,16
  spin_init(&cons.lock, "console");
ffffffc080201476:	00007597          	auipc	a1,0x7
ffffffc08020147a:	ec258593          	add	a1,a1,-318 # ffffffc080208338 <CSWTCH.21+0x88>
ffffffc08020147e:	001b4517          	auipc	a0,0x1b4
ffffffc080201482:	b9250513          	add	a0,a0,-1134 # ffffffc0803b5010 <cons>
ffffffc080201486:	7d7040ef          	jal	ffffffc08020645c <spin_init>
  dev_register(CONSOLE_MAJOR, console_read, console_write);
}
ffffffc08020148a:	6402                	ld	s0,0(sp)
ffffffc08020148c:	60a2                	ld	ra,8(sp)
  dev_register(CONSOLE_MAJOR, console_read, console_write);
ffffffc08020148e:	00000617          	auipc	a2,0x0
ffffffc080201492:	d2c60613          	add	a2,a2,-724 # ffffffc0802011ba <console_write>
ffffffc080201496:	00000597          	auipc	a1,0x0
ffffffc08020149a:	da258593          	add	a1,a1,-606 # ffffffc080201238 <console_read>
ffffffc08020149e:	4505                	li	a0,1
}
ffffffc0802014a0:	0141                	add	sp,sp,16
  dev_register(CONSOLE_MAJOR, console_read, console_write);
ffffffc0802014a2:	1e50006f          	j	ffffffc080201e86 <dev_register>

ffffffc0802014a6 <uart_init>:
static volatile uint8 *uart_regs; /* written once at boot */
static int uart_irq_num;          /* written once at boot */
static struct spinlock out_lock;  /* serialises all console output */
static bool panic_mode;           /* set once by panic; then no locking */

void uart_init(uint64 base_pa, int irq) {
ffffffc0802014a6:	1101                	add	sp,sp,-32
  uart_regs = P2V(base_pa);
ffffffc0802014a8:	57fd                	li	a5,-1
void uart_init(uint64 base_pa, int irq) {
ffffffc0802014aa:	e822                	sd	s0,16(sp)
ffffffc0802014ac:	e426                	sd	s1,8(sp)
ffffffc0802014ae:	ec06                	sd	ra,24(sp)
ffffffc0802014b0:	1000                	add	s0,sp,32
  uart_regs = P2V(base_pa);
ffffffc0802014b2:	179a                	sll	a5,a5,0x26
ffffffc0802014b4:	97aa                	add	a5,a5,a0
void uart_init(uint64 base_pa, int irq) {
ffffffc0802014b6:	872e                	mv	a4,a1
  uart_regs = P2V(base_pa);
ffffffc0802014b8:	001b9497          	auipc	s1,0x1b9
ffffffc0802014bc:	cb848493          	add	s1,s1,-840 # ffffffc0803ba170 <uart_regs>
  uart_irq_num = irq;
  spin_init(&out_lock, "uart_out");
ffffffc0802014c0:	00007597          	auipc	a1,0x7
ffffffc0802014c4:	e8058593          	add	a1,a1,-384 # ffffffc080208340 <CSWTCH.21+0x90>
ffffffc0802014c8:	001b9517          	auipc	a0,0x1b9
ffffffc0802014cc:	15050513          	add	a0,a0,336 # ffffffc0803ba618 <out_lock>
  uart_regs = P2V(base_pa);
ffffffc0802014d0:	e09c                	sd	a5,0(s1)
  uart_irq_num = irq;
ffffffc0802014d2:	001b9797          	auipc	a5,0x1b9
ffffffc0802014d6:	c8e7ad23          	sw	a4,-870(a5) # ffffffc0803ba16c <uart_irq_num>
  spin_init(&out_lock, "uart_out");
ffffffc0802014da:	783040ef          	jal	ffffffc08020645c <spin_init>
  uart_regs[IER] = 0;
ffffffc0802014de:	609c                	ld	a5,0(s1)
  uart_regs[LCR] = LCR_8N1;
ffffffc0802014e0:	470d                	li	a4,3
  uart_regs[IER] = 0;
ffffffc0802014e2:	000780a3          	sb	zero,1(a5)
  uart_regs[LCR] = LCR_8N1;
ffffffc0802014e6:	00e781a3          	sb	a4,3(a5)
  uart_regs[FCR] = FCR_ENABLE_CLEAR;
ffffffc0802014ea:	471d                	li	a4,7
ffffffc0802014ec:	00e78123          	sb	a4,2(a5)
  uart_regs[IER] = IER_RX;
ffffffc0802014f0:	4705                	li	a4,1
ffffffc0802014f2:	00e780a3          	sb	a4,1(a5)
}
ffffffc0802014f6:	60e2                	ld	ra,24(sp)
ffffffc0802014f8:	6442                	ld	s0,16(sp)
ffffffc0802014fa:	64a2                	ld	s1,8(sp)
ffffffc0802014fc:	6105                	add	sp,sp,32
ffffffc0802014fe:	8082                	ret

ffffffc080201500 <uart_irq>:

int uart_irq(void) { return uart_irq_num; }
ffffffc080201500:	1141                	add	sp,sp,-16
ffffffc080201502:	e422                	sd	s0,8(sp)
ffffffc080201504:	0800                	add	s0,sp,16
ffffffc080201506:	6422                	ld	s0,8(sp)
ffffffc080201508:	001b9517          	auipc	a0,0x1b9
ffffffc08020150c:	c6452503          	lw	a0,-924(a0) # ffffffc0803ba16c <uart_irq_num>
ffffffc080201510:	0141                	add	sp,sp,16
ffffffc080201512:	8082                	ret

ffffffc080201514 <uart_putc_locked>:

void uart_putc_locked(int c) {
ffffffc080201514:	1141                	add	sp,sp,-16
ffffffc080201516:	e422                	sd	s0,8(sp)
ffffffc080201518:	0800                	add	s0,sp,16
  while ((uart_regs[LSR] & LSR_TX_IDLE) == 0)
ffffffc08020151a:	001b9717          	auipc	a4,0x1b9
ffffffc08020151e:	c5673703          	ld	a4,-938(a4) # ffffffc0803ba170 <uart_regs>
ffffffc080201522:	00574783          	lbu	a5,5(a4)
ffffffc080201526:	0207f793          	and	a5,a5,32
ffffffc08020152a:	dfe5                	beqz	a5,ffffffc080201522 <uart_putc_locked+0xe>
    ;
  uart_regs[THR] = (uint8)c;
ffffffc08020152c:	0ff57513          	zext.b	a0,a0
ffffffc080201530:	00a70023          	sb	a0,0(a4)
}
ffffffc080201534:	6422                	ld	s0,8(sp)
ffffffc080201536:	0141                	add	sp,sp,16
ffffffc080201538:	8082                	ret

ffffffc08020153a <uart_lock>:

void uart_lock(void) {
ffffffc08020153a:	1141                	add	sp,sp,-16
ffffffc08020153c:	e422                	sd	s0,8(sp)
ffffffc08020153e:	0800                	add	s0,sp,16
  if (!panic_mode)
ffffffc080201540:	001b9797          	auipc	a5,0x1b9
ffffffc080201544:	c287c783          	lbu	a5,-984(a5) # ffffffc0803ba168 <panic_mode>
ffffffc080201548:	c781                	beqz	a5,ffffffc080201550 <uart_lock+0x16>
    spin_lock(&out_lock);
}
ffffffc08020154a:	6422                	ld	s0,8(sp)
ffffffc08020154c:	0141                	add	sp,sp,16
ffffffc08020154e:	8082                	ret
ffffffc080201550:	6422                	ld	s0,8(sp)
    spin_lock(&out_lock);
ffffffc080201552:	001b9517          	auipc	a0,0x1b9
ffffffc080201556:	0c650513          	add	a0,a0,198 # ffffffc0803ba618 <out_lock>
}
ffffffc08020155a:	0141                	add	sp,sp,16
    spin_lock(&out_lock);
ffffffc08020155c:	7170406f          	j	ffffffc080206472 <spin_lock>

ffffffc080201560 <uart_unlock>:

void uart_unlock(void) {
ffffffc080201560:	1141                	add	sp,sp,-16
ffffffc080201562:	e422                	sd	s0,8(sp)
ffffffc080201564:	0800                	add	s0,sp,16
  if (!panic_mode)
ffffffc080201566:	001b9797          	auipc	a5,0x1b9
ffffffc08020156a:	c027c783          	lbu	a5,-1022(a5) # ffffffc0803ba168 <panic_mode>
ffffffc08020156e:	c781                	beqz	a5,ffffffc080201576 <uart_unlock+0x16>
    spin_unlock(&out_lock);
}
ffffffc080201570:	6422                	ld	s0,8(sp)
ffffffc080201572:	0141                	add	sp,sp,16
ffffffc080201574:	8082                	ret
ffffffc080201576:	6422                	ld	s0,8(sp)
    spin_unlock(&out_lock);
ffffffc080201578:	001b9517          	auipc	a0,0x1b9
ffffffc08020157c:	0a050513          	add	a0,a0,160 # ffffffc0803ba618 <out_lock>
}
ffffffc080201580:	0141                	add	sp,sp,16
    spin_unlock(&out_lock);
ffffffc080201582:	7eb0406f          	j	ffffffc08020656c <spin_unlock>

ffffffc080201586 <uart_panic_mode>:

void uart_panic_mode(void) { panic_mode = true; }
ffffffc080201586:	1141                	add	sp,sp,-16
ffffffc080201588:	e422                	sd	s0,8(sp)
ffffffc08020158a:	0800                	add	s0,sp,16
ffffffc08020158c:	6422                	ld	s0,8(sp)
ffffffc08020158e:	4785                	li	a5,1
ffffffc080201590:	001b9717          	auipc	a4,0x1b9
ffffffc080201594:	bcf70c23          	sb	a5,-1064(a4) # ffffffc0803ba168 <panic_mode>
ffffffc080201598:	0141                	add	sp,sp,16
ffffffc08020159a:	8082                	ret

ffffffc08020159c <uart_write>:

void uart_write(const char *buf, int n) {
ffffffc08020159c:	7179                	add	sp,sp,-48
ffffffc08020159e:	f022                	sd	s0,32(sp)
ffffffc0802015a0:	ec26                	sd	s1,24(sp)
ffffffc0802015a2:	e84a                	sd	s2,16(sp)
ffffffc0802015a4:	e44e                	sd	s3,8(sp)
ffffffc0802015a6:	f406                	sd	ra,40(sp)
ffffffc0802015a8:	1800                	add	s0,sp,48
  if (!panic_mode)
ffffffc0802015aa:	001b9997          	auipc	s3,0x1b9
ffffffc0802015ae:	bbe98993          	add	s3,s3,-1090 # ffffffc0803ba168 <panic_mode>
ffffffc0802015b2:	0009c783          	lbu	a5,0(s3)
void uart_write(const char *buf, int n) {
ffffffc0802015b6:	892a                	mv	s2,a0
ffffffc0802015b8:	84ae                	mv	s1,a1
  if (!panic_mode)
ffffffc0802015ba:	c3b1                	beqz	a5,ffffffc0802015fe <uart_write+0x62>
  uart_lock();
  for (int i = 0; i < n; i++)
ffffffc0802015bc:	02b05a63          	blez	a1,ffffffc0802015f0 <uart_write+0x54>
  while ((uart_regs[LSR] & LSR_TX_IDLE) == 0)
ffffffc0802015c0:	001b9717          	auipc	a4,0x1b9
ffffffc0802015c4:	bb073703          	ld	a4,-1104(a4) # ffffffc0803ba170 <uart_regs>
ffffffc0802015c8:	4681                	li	a3,0
    uart_putc_locked(buf[i]);
ffffffc0802015ca:	00d907b3          	add	a5,s2,a3
ffffffc0802015ce:	0007c603          	lbu	a2,0(a5)
  while ((uart_regs[LSR] & LSR_TX_IDLE) == 0)
ffffffc0802015d2:	00574783          	lbu	a5,5(a4)
ffffffc0802015d6:	0207f793          	and	a5,a5,32
ffffffc0802015da:	dfe5                	beqz	a5,ffffffc0802015d2 <uart_write+0x36>
  for (int i = 0; i < n; i++)
ffffffc0802015dc:	0685                	add	a3,a3,1
  uart_regs[THR] = (uint8)c;
ffffffc0802015de:	00c70023          	sb	a2,0(a4)
  for (int i = 0; i < n; i++)
ffffffc0802015e2:	0006879b          	sext.w	a5,a3
ffffffc0802015e6:	fe97c2e3          	blt	a5,s1,ffffffc0802015ca <uart_write+0x2e>
  if (!panic_mode)
ffffffc0802015ea:	0009c783          	lbu	a5,0(s3)
ffffffc0802015ee:	c38d                	beqz	a5,ffffffc080201610 <uart_write+0x74>
  uart_unlock();
}
ffffffc0802015f0:	70a2                	ld	ra,40(sp)
ffffffc0802015f2:	7402                	ld	s0,32(sp)
ffffffc0802015f4:	64e2                	ld	s1,24(sp)
ffffffc0802015f6:	6942                	ld	s2,16(sp)
ffffffc0802015f8:	69a2                	ld	s3,8(sp)
ffffffc0802015fa:	6145                	add	sp,sp,48
ffffffc0802015fc:	8082                	ret
    spin_lock(&out_lock);
ffffffc0802015fe:	001b9517          	auipc	a0,0x1b9
ffffffc080201602:	01a50513          	add	a0,a0,26 # ffffffc0803ba618 <out_lock>
ffffffc080201606:	66d040ef          	jal	ffffffc080206472 <spin_lock>
  for (int i = 0; i < n; i++)
ffffffc08020160a:	fa904be3          	bgtz	s1,ffffffc0802015c0 <uart_write+0x24>
ffffffc08020160e:	bff1                	j	ffffffc0802015ea <uart_write+0x4e>
}
ffffffc080201610:	7402                	ld	s0,32(sp)
ffffffc080201612:	70a2                	ld	ra,40(sp)
ffffffc080201614:	64e2                	ld	s1,24(sp)
ffffffc080201616:	6942                	ld	s2,16(sp)
ffffffc080201618:	69a2                	ld	s3,8(sp)
    spin_unlock(&out_lock);
ffffffc08020161a:	001b9517          	auipc	a0,0x1b9
ffffffc08020161e:	ffe50513          	add	a0,a0,-2 # ffffffc0803ba618 <out_lock>
}
ffffffc080201622:	6145                	add	sp,sp,48
    spin_unlock(&out_lock);
ffffffc080201624:	7490406f          	j	ffffffc08020656c <spin_unlock>

ffffffc080201628 <uart_intr>:

void uart_intr(void) {
ffffffc080201628:	1101                	add	sp,sp,-32
ffffffc08020162a:	e822                	sd	s0,16(sp)
ffffffc08020162c:	e426                	sd	s1,8(sp)
ffffffc08020162e:	ec06                	sd	ra,24(sp)
ffffffc080201630:	1000                	add	s0,sp,32
  while (uart_regs[LSR] & LSR_RX_READY)
ffffffc080201632:	001b9497          	auipc	s1,0x1b9
ffffffc080201636:	b3e48493          	add	s1,s1,-1218 # ffffffc0803ba170 <uart_regs>
ffffffc08020163a:	6098                	ld	a4,0(s1)
ffffffc08020163c:	00574783          	lbu	a5,5(a4)
ffffffc080201640:	8b85                	and	a5,a5,1
ffffffc080201642:	cb91                	beqz	a5,ffffffc080201656 <uart_intr+0x2e>
    console_intr(uart_regs[RHR]);
ffffffc080201644:	00074503          	lbu	a0,0(a4)
ffffffc080201648:	d1dff0ef          	jal	ffffffc080201364 <console_intr>
  while (uart_regs[LSR] & LSR_RX_READY)
ffffffc08020164c:	6098                	ld	a4,0(s1)
ffffffc08020164e:	00574783          	lbu	a5,5(a4)
ffffffc080201652:	8b85                	and	a5,a5,1
ffffffc080201654:	fbe5                	bnez	a5,ffffffc080201644 <uart_intr+0x1c>
}
ffffffc080201656:	60e2                	ld	ra,24(sp)
ffffffc080201658:	6442                	ld	s0,16(sp)
ffffffc08020165a:	64a2                	ld	s1,8(sp)
ffffffc08020165c:	6105                	add	sp,sp,32
ffffffc08020165e:	8082                	ret

ffffffc080201660 <dir_add>:
}

/* Adds entry name -> inum to dp. Returns 0, or -1 when out of memory.
 * Does not touch nlink. Caller holds fs_ns_lock; name is not in dp. */
static int dir_add(struct inode *dp, const char *name, uint inum)
{
ffffffc080201660:	715d                	add	sp,sp,-80
ffffffc080201662:	e0a2                	sd	s0,64(sp)
ffffffc080201664:	fc26                	sd	s1,56(sp)
ffffffc080201666:	f84a                	sd	s2,48(sp)
ffffffc080201668:	f44e                	sd	s3,40(sp)
ffffffc08020166a:	f052                	sd	s4,32(sp)
ffffffc08020166c:	ec56                	sd	s5,24(sp)
ffffffc08020166e:	e486                	sd	ra,72(sp)
ffffffc080201670:	0880                	add	s0,sp,80
ffffffc080201672:	892a                	mv	s2,a0
ffffffc080201674:	8aae                	mv	s5,a1
ffffffc080201676:	8a32                	mv	s4,a2
  inode_lock(dp);
ffffffc080201678:	78b000ef          	jal	ffffffc080202602 <inode_lock>
  uint64 n = dp->size / sizeof(struct dirent);
ffffffc08020167c:	04093983          	ld	s3,64(s2)
ffffffc080201680:	4481                	li	s1,0
ffffffc080201682:	0049d993          	srl	s3,s3,0x4
  for (uint64 i = 0; i < n; i++)
ffffffc080201686:	00099663          	bnez	s3,ffffffc080201692 <dir_add+0x32>
ffffffc08020168a:	a829                	j	ffffffc0802016a4 <dir_add+0x44>
ffffffc08020168c:	0485                	add	s1,s1,1
ffffffc08020168e:	00998b63          	beq	s3,s1,ffffffc0802016a4 <dir_add+0x44>
    if (dir_entry(dp, i)->inum == 0)
ffffffc080201692:	85a6                	mv	a1,s1
ffffffc080201694:	854a                	mv	a0,s2
ffffffc080201696:	2f6010ef          	jal	ffffffc08020298c <dir_entry>
ffffffc08020169a:	00055783          	lhu	a5,0(a0)
ffffffc08020169e:	f7fd                	bnez	a5,ffffffc08020168c <dir_add+0x2c>
ffffffc0802016a0:	89a6                	mv	s3,s1
ffffffc0802016a2:	a01d                	j	ffffffc0802016c8 <dir_add+0x68>
  memset(&empty, 0, sizeof(empty));
ffffffc0802016a4:	4641                	li	a2,16
ffffffc0802016a6:	4581                	li	a1,0
ffffffc0802016a8:	fb040513          	add	a0,s0,-80
ffffffc0802016ac:	3d0020ef          	jal	ffffffc080203a7c <memset>
  if (inode_write_locked(dp, 0, (uint64)&empty, dp->size, sizeof(empty)) !=
ffffffc0802016b0:	04093683          	ld	a3,64(s2)
ffffffc0802016b4:	4741                	li	a4,16
ffffffc0802016b6:	fb040613          	add	a2,s0,-80
ffffffc0802016ba:	4581                	li	a1,0
ffffffc0802016bc:	854a                	mv	a0,s2
ffffffc0802016be:	034010ef          	jal	ffffffc0802026f2 <inode_write_locked>
ffffffc0802016c2:	47c1                	li	a5,16
ffffffc0802016c4:	04f51863          	bne	a0,a5,ffffffc080201714 <dir_add+0xb4>
  int64 i = dir_free_slot(dp);
  if (i >= 0) {
    struct dirent *de = dir_entry(dp, i);
ffffffc0802016c8:	85ce                	mv	a1,s3
ffffffc0802016ca:	854a                	mv	a0,s2
ffffffc0802016cc:	2c0010ef          	jal	ffffffc08020298c <dir_entry>
    memset(de->name, 0, DIRSIZ);
ffffffc0802016d0:	00250993          	add	s3,a0,2
ffffffc0802016d4:	4639                	li	a2,14
ffffffc0802016d6:	4581                	li	a1,0
    struct dirent *de = dir_entry(dp, i);
ffffffc0802016d8:	84aa                	mv	s1,a0
    memset(de->name, 0, DIRSIZ);
ffffffc0802016da:	854e                	mv	a0,s3
ffffffc0802016dc:	3a0020ef          	jal	ffffffc080203a7c <memset>
    memmove(de->name, name, strlen(name) < DIRSIZ ? strlen(name) : DIRSIZ);
ffffffc0802016e0:	8556                	mv	a0,s5
ffffffc0802016e2:	4b4020ef          	jal	ffffffc080203b96 <strlen>
ffffffc0802016e6:	47b5                	li	a5,13
ffffffc0802016e8:	4639                	li	a2,14
ffffffc0802016ea:	02a7fa63          	bgeu	a5,a0,ffffffc08020171e <dir_add+0xbe>
ffffffc0802016ee:	85d6                	mv	a1,s5
ffffffc0802016f0:	854e                	mv	a0,s3
ffffffc0802016f2:	434020ef          	jal	ffffffc080203b26 <memmove>
    de->inum = inum;
  }
  inode_unlock(dp);
ffffffc0802016f6:	854a                	mv	a0,s2
    de->inum = inum;
ffffffc0802016f8:	01449023          	sh	s4,0(s1)
  inode_unlock(dp);
ffffffc0802016fc:	717000ef          	jal	ffffffc080202612 <inode_unlock>
  return i >= 0 ? 0 : -1;
ffffffc080201700:	4501                	li	a0,0
}
ffffffc080201702:	60a6                	ld	ra,72(sp)
ffffffc080201704:	6406                	ld	s0,64(sp)
ffffffc080201706:	74e2                	ld	s1,56(sp)
ffffffc080201708:	7942                	ld	s2,48(sp)
ffffffc08020170a:	79a2                	ld	s3,40(sp)
ffffffc08020170c:	7a02                	ld	s4,32(sp)
ffffffc08020170e:	6ae2                	ld	s5,24(sp)
ffffffc080201710:	6161                	add	sp,sp,80
ffffffc080201712:	8082                	ret
  inode_unlock(dp);
ffffffc080201714:	854a                	mv	a0,s2
ffffffc080201716:	6fd000ef          	jal	ffffffc080202612 <inode_unlock>
  return i >= 0 ? 0 : -1;
ffffffc08020171a:	557d                	li	a0,-1
ffffffc08020171c:	b7dd                	j	ffffffc080201702 <dir_add+0xa2>
    memmove(de->name, name, strlen(name) < DIRSIZ ? strlen(name) : DIRSIZ);
ffffffc08020171e:	8556                	mv	a0,s5
ffffffc080201720:	476020ef          	jal	ffffffc080203b96 <strlen>
ffffffc080201724:	862a                	mv	a2,a0
ffffffc080201726:	b7e1                	j	ffffffc0802016ee <dir_add+0x8e>

ffffffc080201728 <inode_add_links.part.0>:
{
  return dp->type == T_DIR && dp->nlink > 0;
}

/* Adds delta to ip's link count. Caller holds fs_ns_lock. */
static void inode_add_links(struct inode *ip, int delta)
ffffffc080201728:	1141                	add	sp,sp,-16
ffffffc08020172a:	e022                	sd	s0,0(sp)
ffffffc08020172c:	e406                	sd	ra,8(sp)
ffffffc08020172e:	0800                	add	s0,sp,16
{
  inode_lock(ip);
  ip->nlink += delta;
  KASSERT(ip->nlink >= 0);
ffffffc080201730:	00007717          	auipc	a4,0x7
ffffffc080201734:	c2070713          	add	a4,a4,-992 # ffffffc080208350 <CSWTCH.21+0xa0>
ffffffc080201738:	00007697          	auipc	a3,0x7
ffffffc08020173c:	d2868693          	add	a3,a3,-728 # ffffffc080208460 <__func__.1>
ffffffc080201740:	07300613          	li	a2,115
ffffffc080201744:	00007597          	auipc	a1,0x7
ffffffc080201748:	c1c58593          	add	a1,a1,-996 # ffffffc080208360 <CSWTCH.21+0xb0>
ffffffc08020174c:	00007517          	auipc	a0,0x7
ffffffc080201750:	92450513          	add	a0,a0,-1756 # ffffffc080208070 <__func__.0+0x40>
ffffffc080201754:	258020ef          	jal	ffffffc0802039ac <panic>

ffffffc080201758 <dir_lookup>:
{
ffffffc080201758:	7139                	add	sp,sp,-64
ffffffc08020175a:	f822                	sd	s0,48(sp)
ffffffc08020175c:	e852                	sd	s4,16(sp)
ffffffc08020175e:	fc06                	sd	ra,56(sp)
ffffffc080201760:	f426                	sd	s1,40(sp)
ffffffc080201762:	f04a                	sd	s2,32(sp)
ffffffc080201764:	ec4e                	sd	s3,24(sp)
ffffffc080201766:	e456                	sd	s5,8(sp)
ffffffc080201768:	e05a                	sd	s6,0(sp)
ffffffc08020176a:	0080                	add	s0,sp,64
  uint64 n = dp->size / sizeof(struct dirent);
ffffffc08020176c:	04053a03          	ld	s4,64(a0)
ffffffc080201770:	004a5a13          	srl	s4,s4,0x4
  for (uint64 i = 0; i < n; i++) {
ffffffc080201774:	020a0f63          	beqz	s4,ffffffc0802017b2 <dir_lookup+0x5a>
ffffffc080201778:	89aa                	mv	s3,a0
ffffffc08020177a:	8aae                	mv	s5,a1
ffffffc08020177c:	8b32                	mv	s6,a2
ffffffc08020177e:	4901                	li	s2,0
ffffffc080201780:	a021                	j	ffffffc080201788 <dir_lookup+0x30>
ffffffc080201782:	0905                	add	s2,s2,1
ffffffc080201784:	032a0763          	beq	s4,s2,ffffffc0802017b2 <dir_lookup+0x5a>
    struct dirent *de = dir_entry(dp, i);
ffffffc080201788:	85ca                	mv	a1,s2
ffffffc08020178a:	854e                	mv	a0,s3
ffffffc08020178c:	200010ef          	jal	ffffffc08020298c <dir_entry>
  return de->inum != 0 && strncmp(de->name, name, DIRSIZ) == 0;
ffffffc080201790:	00055783          	lhu	a5,0(a0)
    struct dirent *de = dir_entry(dp, i);
ffffffc080201794:	84aa                	mv	s1,a0
  return de->inum != 0 && strncmp(de->name, name, DIRSIZ) == 0;
ffffffc080201796:	d7f5                	beqz	a5,ffffffc080201782 <dir_lookup+0x2a>
ffffffc080201798:	4639                	li	a2,14
ffffffc08020179a:	85d6                	mv	a1,s5
ffffffc08020179c:	0509                	add	a0,a0,2
ffffffc08020179e:	422020ef          	jal	ffffffc080203bc0 <strncmp>
ffffffc0802017a2:	f165                	bnez	a0,ffffffc080201782 <dir_lookup+0x2a>
      if (idx != NULL)
ffffffc0802017a4:	000b0463          	beqz	s6,ffffffc0802017ac <dir_lookup+0x54>
        *idx = i;
ffffffc0802017a8:	012b3023          	sd	s2,0(s6)
      return de->inum;
ffffffc0802017ac:	0004d503          	lhu	a0,0(s1)
ffffffc0802017b0:	a011                	j	ffffffc0802017b4 <dir_lookup+0x5c>
  return 0;
ffffffc0802017b2:	4501                	li	a0,0
}
ffffffc0802017b4:	70e2                	ld	ra,56(sp)
ffffffc0802017b6:	7442                	ld	s0,48(sp)
ffffffc0802017b8:	74a2                	ld	s1,40(sp)
ffffffc0802017ba:	7902                	ld	s2,32(sp)
ffffffc0802017bc:	69e2                	ld	s3,24(sp)
ffffffc0802017be:	6a42                	ld	s4,16(sp)
ffffffc0802017c0:	6aa2                	ld	s5,8(sp)
ffffffc0802017c2:	6b02                	ld	s6,0(sp)
ffffffc0802017c4:	6121                	add	sp,sp,64
ffffffc0802017c6:	8082                	ret

ffffffc0802017c8 <path_walk>:
/* Walks path. With parent set, stops before the last component, copies
 * it to name and returns its directory (NULL if the path has no
 * component). Returns a referenced inode or NULL. Caller holds
 * fs_ns_lock. */
static struct inode *path_walk(const char *path, bool parent, char *name)
{
ffffffc0802017c8:	711d                	add	sp,sp,-96
ffffffc0802017ca:	e8a2                	sd	s0,80(sp)
ffffffc0802017cc:	e4a6                	sd	s1,72(sp)
ffffffc0802017ce:	f456                	sd	s5,40(sp)
ffffffc0802017d0:	f05a                	sd	s6,32(sp)
ffffffc0802017d2:	ec86                	sd	ra,88(sp)
ffffffc0802017d4:	e0ca                	sd	s2,64(sp)
ffffffc0802017d6:	fc4e                	sd	s3,56(sp)
ffffffc0802017d8:	f852                	sd	s4,48(sp)
ffffffc0802017da:	ec5e                	sd	s7,24(sp)
ffffffc0802017dc:	e862                	sd	s8,16(sp)
ffffffc0802017de:	e466                	sd	s9,8(sp)
ffffffc0802017e0:	1080                	add	s0,sp,96
ffffffc0802017e2:	84aa                	mv	s1,a0
ffffffc0802017e4:	8b2e                	mv	s6,a1
ffffffc0802017e6:	8ab2                	mv	s5,a2
  struct proc *p = curproc();
ffffffc0802017e8:	5b8040ef          	jal	ffffffc080205da0 <curproc>
  if (*path == '/' || p == NULL || p->cwd == NULL)
ffffffc0802017ec:	0004c703          	lbu	a4,0(s1)
ffffffc0802017f0:	02f00793          	li	a5,47
ffffffc0802017f4:	0cf70663          	beq	a4,a5,ffffffc0802018c0 <path_walk+0xf8>
ffffffc0802017f8:	c561                	beqz	a0,ffffffc0802018c0 <path_walk+0xf8>
ffffffc0802017fa:	6568                	ld	a0,200(a0)
ffffffc0802017fc:	c171                	beqz	a0,ffffffc0802018c0 <path_walk+0xf8>
  return inode_dup(p->cwd);
ffffffc0802017fe:	4e7000ef          	jal	ffffffc0802024e4 <inode_dup>
ffffffc080201802:	8a2a                	mv	s4,a0
  while (*p == '/')
ffffffc080201804:	02f00993          	li	s3,47
  if (len > DIRSIZ) {
ffffffc080201808:	4c39                	li	s8,14
  struct inode *ip = path_start(path);
  int r;
  while ((r = path_next(&path, name)) == 1) {
    if (ip->type != T_DIR)
ffffffc08020180a:	4b85                	li	s7,1
  while (*p == '/')
ffffffc08020180c:	0004c783          	lbu	a5,0(s1)
ffffffc080201810:	01379763          	bne	a5,s3,ffffffc08020181e <path_walk+0x56>
ffffffc080201814:	0014c783          	lbu	a5,1(s1)
    p++;
ffffffc080201818:	0485                	add	s1,s1,1
  while (*p == '/')
ffffffc08020181a:	ff378de3          	beq	a5,s3,ffffffc080201814 <path_walk+0x4c>
  if (*p == 0)
ffffffc08020181e:	cfd1                	beqz	a5,ffffffc0802018ba <path_walk+0xf2>
  while (*p != '/' && *p != 0)
ffffffc080201820:	0004c783          	lbu	a5,0(s1)
ffffffc080201824:	8926                	mv	s2,s1
ffffffc080201826:	8cd6                	mv	s9,s5
  size_t len = p - start;
ffffffc080201828:	4601                	li	a2,0
  while (*p != '/' && *p != 0)
ffffffc08020182a:	05378063          	beq	a5,s3,ffffffc08020186a <path_walk+0xa2>
ffffffc08020182e:	c791                	beqz	a5,ffffffc08020183a <path_walk+0x72>
ffffffc080201830:	00194783          	lbu	a5,1(s2)
    p++;
ffffffc080201834:	0905                	add	s2,s2,1
  while (*p != '/' && *p != 0)
ffffffc080201836:	ff379ce3          	bne	a5,s3,ffffffc08020182e <path_walk+0x66>
  size_t len = p - start;
ffffffc08020183a:	40990633          	sub	a2,s2,s1
  if (len > DIRSIZ) {
ffffffc08020183e:	02cc7463          	bgeu	s8,a2,ffffffc080201866 <path_walk+0x9e>
    inode_put(ip);
    ip = next;
  }
  if (r == 0 && !parent)
    return ip;
  inode_put(ip);
ffffffc080201842:	8552                	mv	a0,s4
ffffffc080201844:	4e1000ef          	jal	ffffffc080202524 <inode_put>
  return NULL;
ffffffc080201848:	4a01                	li	s4,0
}
ffffffc08020184a:	60e6                	ld	ra,88(sp)
ffffffc08020184c:	6446                	ld	s0,80(sp)
ffffffc08020184e:	64a6                	ld	s1,72(sp)
ffffffc080201850:	6906                	ld	s2,64(sp)
ffffffc080201852:	79e2                	ld	s3,56(sp)
ffffffc080201854:	7aa2                	ld	s5,40(sp)
ffffffc080201856:	7b02                	ld	s6,32(sp)
ffffffc080201858:	6be2                	ld	s7,24(sp)
ffffffc08020185a:	6c42                	ld	s8,16(sp)
ffffffc08020185c:	6ca2                	ld	s9,8(sp)
ffffffc08020185e:	8552                	mv	a0,s4
ffffffc080201860:	7a42                	ld	s4,48(sp)
ffffffc080201862:	6125                	add	sp,sp,96
ffffffc080201864:	8082                	ret
  name[len] = 0;
ffffffc080201866:	00ca8cb3          	add	s9,s5,a2
  memmove(name, start, len);
ffffffc08020186a:	85a6                	mv	a1,s1
ffffffc08020186c:	8556                	mv	a0,s5
ffffffc08020186e:	2b8020ef          	jal	ffffffc080203b26 <memmove>
  name[len] = 0;
ffffffc080201872:	000c8023          	sb	zero,0(s9)
  while (*p == '/')
ffffffc080201876:	00094783          	lbu	a5,0(s2)
ffffffc08020187a:	84ca                	mv	s1,s2
ffffffc08020187c:	01379763          	bne	a5,s3,ffffffc08020188a <path_walk+0xc2>
ffffffc080201880:	0014c783          	lbu	a5,1(s1)
    p++;
ffffffc080201884:	0485                	add	s1,s1,1
  while (*p == '/')
ffffffc080201886:	ff378de3          	beq	a5,s3,ffffffc080201880 <path_walk+0xb8>
    if (ip->type != T_DIR)
ffffffc08020188a:	004a1783          	lh	a5,4(s4)
ffffffc08020188e:	fb779ae3          	bne	a5,s7,ffffffc080201842 <path_walk+0x7a>
    if (parent && *path == 0)
ffffffc080201892:	000b0563          	beqz	s6,ffffffc08020189c <path_walk+0xd4>
ffffffc080201896:	0004c783          	lbu	a5,0(s1)
ffffffc08020189a:	dbc5                	beqz	a5,ffffffc08020184a <path_walk+0x82>
    uint inum = dir_lookup(ip, name, NULL);
ffffffc08020189c:	4601                	li	a2,0
ffffffc08020189e:	85d6                	mv	a1,s5
ffffffc0802018a0:	8552                	mv	a0,s4
ffffffc0802018a2:	eb7ff0ef          	jal	ffffffc080201758 <dir_lookup>
ffffffc0802018a6:	2501                	sext.w	a0,a0
    if (inum == 0)
ffffffc0802018a8:	dd49                	beqz	a0,ffffffc080201842 <path_walk+0x7a>
    struct inode *next = inode_get(inum);
ffffffc0802018aa:	3ab000ef          	jal	ffffffc080202454 <inode_get>
ffffffc0802018ae:	892a                	mv	s2,a0
    inode_put(ip);
ffffffc0802018b0:	8552                	mv	a0,s4
ffffffc0802018b2:	473000ef          	jal	ffffffc080202524 <inode_put>
    ip = next;
ffffffc0802018b6:	8a4a                	mv	s4,s2
ffffffc0802018b8:	bf91                	j	ffffffc08020180c <path_walk+0x44>
  if (r == 0 && !parent)
ffffffc0802018ba:	f80b08e3          	beqz	s6,ffffffc08020184a <path_walk+0x82>
ffffffc0802018be:	b751                	j	ffffffc080201842 <path_walk+0x7a>
    return inode_dup(root);
ffffffc0802018c0:	001b9517          	auipc	a0,0x1b9
ffffffc0802018c4:	8b853503          	ld	a0,-1864(a0) # ffffffc0803ba178 <root>
ffffffc0802018c8:	41d000ef          	jal	ffffffc0802024e4 <inode_dup>
ffffffc0802018cc:	8a2a                	mv	s4,a0
ffffffc0802018ce:	bf1d                	j	ffffffc080201804 <path_walk+0x3c>

ffffffc0802018d0 <fs_root>:
{
ffffffc0802018d0:	1141                	add	sp,sp,-16
ffffffc0802018d2:	e422                	sd	s0,8(sp)
ffffffc0802018d4:	0800                	add	s0,sp,16
}
ffffffc0802018d6:	6422                	ld	s0,8(sp)
ffffffc0802018d8:	001b9517          	auipc	a0,0x1b9
ffffffc0802018dc:	8a053503          	ld	a0,-1888(a0) # ffffffc0803ba178 <root>
ffffffc0802018e0:	0141                	add	sp,sp,16
ffffffc0802018e2:	8082                	ret

ffffffc0802018e4 <namei>:

/* Returns a referenced inode for path, or NULL. No lock held on entry. */
struct inode *namei(const char *path)
{
ffffffc0802018e4:	7179                	add	sp,sp,-48
ffffffc0802018e6:	f406                	sd	ra,40(sp)
ffffffc0802018e8:	f022                	sd	s0,32(sp)
ffffffc0802018ea:	ec26                	sd	s1,24(sp)
ffffffc0802018ec:	1800                	add	s0,sp,48
ffffffc0802018ee:	84aa                	mv	s1,a0
  char name[DIRSIZ + 1];
  sleeplock_acquire(&fs_ns_lock);
ffffffc0802018f0:	001b9517          	auipc	a0,0x1b9
ffffffc0802018f4:	de050513          	add	a0,a0,-544 # ffffffc0803ba6d0 <fs_ns_lock>
ffffffc0802018f8:	2bf040ef          	jal	ffffffc0802063b6 <sleeplock_acquire>
  struct inode *ip = path_walk(path, false, name);
ffffffc0802018fc:	fd040613          	add	a2,s0,-48
ffffffc080201900:	4581                	li	a1,0
ffffffc080201902:	8526                	mv	a0,s1
ffffffc080201904:	ec5ff0ef          	jal	ffffffc0802017c8 <path_walk>
ffffffc080201908:	84aa                	mv	s1,a0
  sleeplock_release(&fs_ns_lock);
ffffffc08020190a:	001b9517          	auipc	a0,0x1b9
ffffffc08020190e:	dc650513          	add	a0,a0,-570 # ffffffc0803ba6d0 <fs_ns_lock>
ffffffc080201912:	2e1040ef          	jal	ffffffc0802063f2 <sleeplock_release>
  return ip;
}
ffffffc080201916:	70a2                	ld	ra,40(sp)
ffffffc080201918:	7402                	ld	s0,32(sp)
ffffffc08020191a:	8526                	mv	a0,s1
ffffffc08020191c:	64e2                	ld	s1,24(sp)
ffffffc08020191e:	6145                	add	sp,sp,48
ffffffc080201920:	8082                	ret

ffffffc080201922 <fs_create>:
/* Creates path as a new inode of the given type and returns it
 * referenced; if path exists, see dir_reuse. NULL for a bad or existing
 * path, a removed parent, or no memory or inodes. No lock held. */
struct inode *fs_create(const char *path, short type, short major,
                        short minor)
{
ffffffc080201922:	7139                	add	sp,sp,-64
ffffffc080201924:	f822                	sd	s0,48(sp)
ffffffc080201926:	f426                	sd	s1,40(sp)
ffffffc080201928:	f04a                	sd	s2,32(sp)
ffffffc08020192a:	ec4e                	sd	s3,24(sp)
ffffffc08020192c:	e852                	sd	s4,16(sp)
ffffffc08020192e:	0080                	add	s0,sp,64
ffffffc080201930:	fc06                	sd	ra,56(sp)
ffffffc080201932:	84aa                	mv	s1,a0
  char name[DIRSIZ + 1];
  struct inode *ip = NULL;
  sleeplock_acquire(&fs_ns_lock);
ffffffc080201934:	001b9517          	auipc	a0,0x1b9
ffffffc080201938:	d9c50513          	add	a0,a0,-612 # ffffffc0803ba6d0 <fs_ns_lock>
{
ffffffc08020193c:	89ae                	mv	s3,a1
ffffffc08020193e:	8a32                	mv	s4,a2
ffffffc080201940:	8936                	mv	s2,a3
  sleeplock_acquire(&fs_ns_lock);
ffffffc080201942:	275040ef          	jal	ffffffc0802063b6 <sleeplock_acquire>
  struct inode *dp = path_walk(path, true, name);
ffffffc080201946:	fc040613          	add	a2,s0,-64
ffffffc08020194a:	4585                	li	a1,1
ffffffc08020194c:	8526                	mv	a0,s1
ffffffc08020194e:	e7bff0ef          	jal	ffffffc0802017c8 <path_walk>
  if (dp != NULL) {
ffffffc080201952:	c529                	beqz	a0,ffffffc08020199c <fs_create+0x7a>
    uint inum = dir_lookup(dp, name, NULL);
ffffffc080201954:	4601                	li	a2,0
ffffffc080201956:	fc040593          	add	a1,s0,-64
ffffffc08020195a:	84aa                	mv	s1,a0
ffffffc08020195c:	dfdff0ef          	jal	ffffffc080201758 <dir_lookup>
ffffffc080201960:	2501                	sext.w	a0,a0
    if (inum != 0)
ffffffc080201962:	e919                	bnez	a0,ffffffc080201978 <fs_create+0x56>
  return dp->type == T_DIR && dp->nlink > 0;
ffffffc080201964:	00449783          	lh	a5,4(s1)
ffffffc080201968:	4705                	li	a4,1
ffffffc08020196a:	04e78963          	beq	a5,a4,ffffffc0802019bc <fs_create+0x9a>
  return NULL;
ffffffc08020196e:	4901                	li	s2,0
      ip = dir_reuse(inum, type);
    else if (dir_is_live(dp))
      ip = dir_create(dp, name, type, major, minor);
    inode_put(dp);
ffffffc080201970:	8526                	mv	a0,s1
ffffffc080201972:	3b3000ef          	jal	ffffffc080202524 <inode_put>
ffffffc080201976:	a025                	j	ffffffc08020199e <fs_create+0x7c>
  struct inode *ip = inode_get(inum);
ffffffc080201978:	2dd000ef          	jal	ffffffc080202454 <inode_get>
  if (type == T_FILE && (ip->type == T_FILE || ip->type == T_DEVICE))
ffffffc08020197c:	4789                	li	a5,2
  struct inode *ip = inode_get(inum);
ffffffc08020197e:	892a                	mv	s2,a0
  if (type == T_FILE && (ip->type == T_FILE || ip->type == T_DEVICE))
ffffffc080201980:	00f99a63          	bne	s3,a5,ffffffc080201994 <fs_create+0x72>
ffffffc080201984:	00455783          	lhu	a5,4(a0)
ffffffc080201988:	4705                	li	a4,1
ffffffc08020198a:	37f9                	addw	a5,a5,-2
ffffffc08020198c:	17c2                	sll	a5,a5,0x30
ffffffc08020198e:	93c1                	srl	a5,a5,0x30
ffffffc080201990:	fef770e3          	bgeu	a4,a5,ffffffc080201970 <fs_create+0x4e>
  inode_put(ip);
ffffffc080201994:	854a                	mv	a0,s2
ffffffc080201996:	38f000ef          	jal	ffffffc080202524 <inode_put>
  return NULL;
ffffffc08020199a:	bfd1                	j	ffffffc08020196e <fs_create+0x4c>
  struct inode *ip = NULL;
ffffffc08020199c:	4901                	li	s2,0
  }
  sleeplock_release(&fs_ns_lock);
ffffffc08020199e:	001b9517          	auipc	a0,0x1b9
ffffffc0802019a2:	d3250513          	add	a0,a0,-718 # ffffffc0803ba6d0 <fs_ns_lock>
ffffffc0802019a6:	24d040ef          	jal	ffffffc0802063f2 <sleeplock_release>
  return ip;
}
ffffffc0802019aa:	70e2                	ld	ra,56(sp)
ffffffc0802019ac:	7442                	ld	s0,48(sp)
ffffffc0802019ae:	74a2                	ld	s1,40(sp)
ffffffc0802019b0:	69e2                	ld	s3,24(sp)
ffffffc0802019b2:	6a42                	ld	s4,16(sp)
ffffffc0802019b4:	854a                	mv	a0,s2
ffffffc0802019b6:	7902                	ld	s2,32(sp)
ffffffc0802019b8:	6121                	add	sp,sp,64
ffffffc0802019ba:	8082                	ret
  return dp->type == T_DIR && dp->nlink > 0;
ffffffc0802019bc:	01049703          	lh	a4,16(s1)
ffffffc0802019c0:	fae057e3          	blez	a4,ffffffc08020196e <fs_create+0x4c>
                                   : inode_alloc(type, major, minor);
ffffffc0802019c4:	06f98863          	beq	s3,a5,ffffffc080201a34 <fs_create+0x112>
ffffffc0802019c8:	864a                	mv	a2,s2
ffffffc0802019ca:	85d2                	mv	a1,s4
ffffffc0802019cc:	854e                	mv	a0,s3
ffffffc0802019ce:	197000ef          	jal	ffffffc080202364 <inode_alloc>
ffffffc0802019d2:	892a                	mv	s2,a0
  if (ip == NULL)
ffffffc0802019d4:	dd49                	beqz	a0,ffffffc08020196e <fs_create+0x4c>
  if (dir_add(dp, name, ip->inum) < 0) {
ffffffc0802019d6:	00092603          	lw	a2,0(s2)
ffffffc0802019da:	fc040593          	add	a1,s0,-64
ffffffc0802019de:	8526                	mv	a0,s1
ffffffc0802019e0:	c81ff0ef          	jal	ffffffc080201660 <dir_add>
ffffffc0802019e4:	fa0548e3          	bltz	a0,ffffffc080201994 <fs_create+0x72>
  inode_lock(ip);
ffffffc0802019e8:	854a                	mv	a0,s2
ffffffc0802019ea:	419000ef          	jal	ffffffc080202602 <inode_lock>
  ip->nlink += delta;
ffffffc0802019ee:	01095783          	lhu	a5,16(s2)
ffffffc0802019f2:	2785                	addw	a5,a5,1
ffffffc0802019f4:	0107979b          	sllw	a5,a5,0x10
ffffffc0802019f8:	4107d79b          	sraw	a5,a5,0x10
ffffffc0802019fc:	00f91823          	sh	a5,16(s2)
  KASSERT(ip->nlink >= 0);
ffffffc080201a00:	0607c563          	bltz	a5,ffffffc080201a6a <fs_create+0x148>
  inode_unlock(ip);
ffffffc080201a04:	854a                	mv	a0,s2
ffffffc080201a06:	40d000ef          	jal	ffffffc080202612 <inode_unlock>
  if (type == T_DIR)
ffffffc080201a0a:	4785                	li	a5,1
ffffffc080201a0c:	f6f992e3          	bne	s3,a5,ffffffc080201970 <fs_create+0x4e>
  inode_lock(ip);
ffffffc080201a10:	8526                	mv	a0,s1
ffffffc080201a12:	3f1000ef          	jal	ffffffc080202602 <inode_lock>
  ip->nlink += delta;
ffffffc080201a16:	0104d783          	lhu	a5,16(s1)
ffffffc080201a1a:	2785                	addw	a5,a5,1
ffffffc080201a1c:	0107979b          	sllw	a5,a5,0x10
ffffffc080201a20:	4107d79b          	sraw	a5,a5,0x10
ffffffc080201a24:	00f49823          	sh	a5,16(s1)
  KASSERT(ip->nlink >= 0);
ffffffc080201a28:	0407c163          	bltz	a5,ffffffc080201a6a <fs_create+0x148>
  inode_unlock(ip);
ffffffc080201a2c:	8526                	mv	a0,s1
ffffffc080201a2e:	3e5000ef          	jal	ffffffc080202612 <inode_unlock>
}
ffffffc080201a32:	bf3d                	j	ffffffc080201970 <fs_create+0x4e>
  struct inode *ip = inode_alloc(T_DIR, 0, 0);
ffffffc080201a34:	4601                	li	a2,0
ffffffc080201a36:	4581                	li	a1,0
ffffffc080201a38:	4505                	li	a0,1
ffffffc080201a3a:	12b000ef          	jal	ffffffc080202364 <inode_alloc>
ffffffc080201a3e:	892a                	mv	s2,a0
  if (ip == NULL)
ffffffc080201a40:	d51d                	beqz	a0,ffffffc08020196e <fs_create+0x4c>
  if (dir_add(ip, ".", ip->inum) < 0 || dir_add(ip, "..", dp->inum) < 0) {
ffffffc080201a42:	4110                	lw	a2,0(a0)
ffffffc080201a44:	00007597          	auipc	a1,0x7
ffffffc080201a48:	92c58593          	add	a1,a1,-1748 # ffffffc080208370 <CSWTCH.21+0xc0>
ffffffc080201a4c:	c15ff0ef          	jal	ffffffc080201660 <dir_add>
ffffffc080201a50:	f40542e3          	bltz	a0,ffffffc080201994 <fs_create+0x72>
ffffffc080201a54:	4090                	lw	a2,0(s1)
ffffffc080201a56:	00007597          	auipc	a1,0x7
ffffffc080201a5a:	92258593          	add	a1,a1,-1758 # ffffffc080208378 <CSWTCH.21+0xc8>
ffffffc080201a5e:	854a                	mv	a0,s2
ffffffc080201a60:	c01ff0ef          	jal	ffffffc080201660 <dir_add>
ffffffc080201a64:	f60559e3          	bgez	a0,ffffffc0802019d6 <fs_create+0xb4>
ffffffc080201a68:	b735                	j	ffffffc080201994 <fs_create+0x72>
ffffffc080201a6a:	cbfff0ef          	jal	ffffffc080201728 <inode_add_links.part.0>

ffffffc080201a6e <fs_link>:

/* Makes new name the same inode as old. Returns 0, or -1: old missing or
 * a directory, new's directory missing, new exists, out of memory. */
int fs_link(const char *old, const char *new)
{
ffffffc080201a6e:	7139                	add	sp,sp,-64
ffffffc080201a70:	f822                	sd	s0,48(sp)
ffffffc080201a72:	f426                	sd	s1,40(sp)
ffffffc080201a74:	f04a                	sd	s2,32(sp)
ffffffc080201a76:	0080                	add	s0,sp,64
ffffffc080201a78:	fc06                	sd	ra,56(sp)
ffffffc080201a7a:	ec4e                	sd	s3,24(sp)
ffffffc080201a7c:	84aa                	mv	s1,a0
  char name[DIRSIZ + 1];
  int r = -1;
  sleeplock_acquire(&fs_ns_lock);
ffffffc080201a7e:	001b9517          	auipc	a0,0x1b9
ffffffc080201a82:	c5250513          	add	a0,a0,-942 # ffffffc0803ba6d0 <fs_ns_lock>
{
ffffffc080201a86:	892e                	mv	s2,a1
  sleeplock_acquire(&fs_ns_lock);
ffffffc080201a88:	12f040ef          	jal	ffffffc0802063b6 <sleeplock_acquire>
  struct inode *ip = path_walk(old, false, name);
ffffffc080201a8c:	fc040613          	add	a2,s0,-64
ffffffc080201a90:	4581                	li	a1,0
ffffffc080201a92:	8526                	mv	a0,s1
ffffffc080201a94:	d35ff0ef          	jal	ffffffc0802017c8 <path_walk>
  if (ip == NULL)
ffffffc080201a98:	cd59                	beqz	a0,ffffffc080201b36 <fs_link+0xc8>
    goto out;
  struct inode *dp = ip->type == T_DIR ? NULL : path_walk(new, true, name);
ffffffc080201a9a:	00451783          	lh	a5,4(a0)
ffffffc080201a9e:	4985                	li	s3,1
ffffffc080201aa0:	84aa                	mv	s1,a0
ffffffc080201aa2:	03379463          	bne	a5,s3,ffffffc080201aca <fs_link+0x5c>
  int r = -1;
ffffffc080201aa6:	59fd                	li	s3,-1
      inode_add_links(ip, 1);
      r = 0;
    }
    inode_put(dp);
  }
  inode_put(ip);
ffffffc080201aa8:	8526                	mv	a0,s1
ffffffc080201aaa:	27b000ef          	jal	ffffffc080202524 <inode_put>
out:
  sleeplock_release(&fs_ns_lock);
ffffffc080201aae:	001b9517          	auipc	a0,0x1b9
ffffffc080201ab2:	c2250513          	add	a0,a0,-990 # ffffffc0803ba6d0 <fs_ns_lock>
ffffffc080201ab6:	13d040ef          	jal	ffffffc0802063f2 <sleeplock_release>
  return r;
}
ffffffc080201aba:	70e2                	ld	ra,56(sp)
ffffffc080201abc:	7442                	ld	s0,48(sp)
ffffffc080201abe:	74a2                	ld	s1,40(sp)
ffffffc080201ac0:	7902                	ld	s2,32(sp)
ffffffc080201ac2:	854e                	mv	a0,s3
ffffffc080201ac4:	69e2                	ld	s3,24(sp)
ffffffc080201ac6:	6121                	add	sp,sp,64
ffffffc080201ac8:	8082                	ret
  struct inode *dp = ip->type == T_DIR ? NULL : path_walk(new, true, name);
ffffffc080201aca:	854a                	mv	a0,s2
ffffffc080201acc:	fc040613          	add	a2,s0,-64
ffffffc080201ad0:	4585                	li	a1,1
ffffffc080201ad2:	cf7ff0ef          	jal	ffffffc0802017c8 <path_walk>
ffffffc080201ad6:	892a                	mv	s2,a0
  if (dp != NULL) {
ffffffc080201ad8:	d579                	beqz	a0,ffffffc080201aa6 <fs_link+0x38>
  return dp->type == T_DIR && dp->nlink > 0;
ffffffc080201ada:	00451783          	lh	a5,4(a0)
ffffffc080201ade:	01378763          	beq	a5,s3,ffffffc080201aec <fs_link+0x7e>
  int r = -1;
ffffffc080201ae2:	59fd                	li	s3,-1
    inode_put(dp);
ffffffc080201ae4:	854a                	mv	a0,s2
ffffffc080201ae6:	23f000ef          	jal	ffffffc080202524 <inode_put>
ffffffc080201aea:	bf7d                	j	ffffffc080201aa8 <fs_link+0x3a>
  return dp->type == T_DIR && dp->nlink > 0;
ffffffc080201aec:	01051783          	lh	a5,16(a0)
ffffffc080201af0:	fef059e3          	blez	a5,ffffffc080201ae2 <fs_link+0x74>
    if (dir_is_live(dp) && dir_lookup(dp, name, NULL) == 0 &&
ffffffc080201af4:	4601                	li	a2,0
ffffffc080201af6:	fc040593          	add	a1,s0,-64
ffffffc080201afa:	c5fff0ef          	jal	ffffffc080201758 <dir_lookup>
ffffffc080201afe:	2501                	sext.w	a0,a0
ffffffc080201b00:	f16d                	bnez	a0,ffffffc080201ae2 <fs_link+0x74>
        dir_add(dp, name, ip->inum) == 0) {
ffffffc080201b02:	4090                	lw	a2,0(s1)
ffffffc080201b04:	fc040593          	add	a1,s0,-64
ffffffc080201b08:	854a                	mv	a0,s2
ffffffc080201b0a:	b57ff0ef          	jal	ffffffc080201660 <dir_add>
ffffffc080201b0e:	89aa                	mv	s3,a0
    if (dir_is_live(dp) && dir_lookup(dp, name, NULL) == 0 &&
ffffffc080201b10:	f969                	bnez	a0,ffffffc080201ae2 <fs_link+0x74>
  inode_lock(ip);
ffffffc080201b12:	8526                	mv	a0,s1
ffffffc080201b14:	2ef000ef          	jal	ffffffc080202602 <inode_lock>
  ip->nlink += delta;
ffffffc080201b18:	0104d783          	lhu	a5,16(s1)
ffffffc080201b1c:	2785                	addw	a5,a5,1
ffffffc080201b1e:	0107979b          	sllw	a5,a5,0x10
ffffffc080201b22:	4107d79b          	sraw	a5,a5,0x10
ffffffc080201b26:	00f49823          	sh	a5,16(s1)
  KASSERT(ip->nlink >= 0);
ffffffc080201b2a:	0007c863          	bltz	a5,ffffffc080201b3a <fs_link+0xcc>
  inode_unlock(ip);
ffffffc080201b2e:	8526                	mv	a0,s1
ffffffc080201b30:	2e3000ef          	jal	ffffffc080202612 <inode_unlock>
}
ffffffc080201b34:	bf45                	j	ffffffc080201ae4 <fs_link+0x76>
  int r = -1;
ffffffc080201b36:	59fd                	li	s3,-1
ffffffc080201b38:	bf9d                	j	ffffffc080201aae <fs_link+0x40>
ffffffc080201b3a:	befff0ef          	jal	ffffffc080201728 <inode_add_links.part.0>

ffffffc080201b3e <fs_unlink>:
}

/* Removes path's last name. Returns 0, or -1: missing, "." or "..", or a
 * non-empty directory. The inode lives on while referenced. */
int fs_unlink(const char *path)
{
ffffffc080201b3e:	7159                	add	sp,sp,-112
ffffffc080201b40:	f0a2                	sd	s0,96(sp)
ffffffc080201b42:	eca6                	sd	s1,88(sp)
ffffffc080201b44:	1880                	add	s0,sp,112
ffffffc080201b46:	f486                	sd	ra,104(sp)
ffffffc080201b48:	e8ca                	sd	s2,80(sp)
ffffffc080201b4a:	e4ce                	sd	s3,72(sp)
ffffffc080201b4c:	e0d2                	sd	s4,64(sp)
ffffffc080201b4e:	fc56                	sd	s5,56(sp)
ffffffc080201b50:	f85a                	sd	s6,48(sp)
ffffffc080201b52:	f45e                	sd	s7,40(sp)
ffffffc080201b54:	84aa                	mv	s1,a0
  char name[DIRSIZ + 1];
  int r = -1;
  sleeplock_acquire(&fs_ns_lock);
ffffffc080201b56:	001b9517          	auipc	a0,0x1b9
ffffffc080201b5a:	b7a50513          	add	a0,a0,-1158 # ffffffc0803ba6d0 <fs_ns_lock>
ffffffc080201b5e:	059040ef          	jal	ffffffc0802063b6 <sleeplock_acquire>
  struct inode *dp = path_walk(path, true, name);
ffffffc080201b62:	fa040613          	add	a2,s0,-96
ffffffc080201b66:	4585                	li	a1,1
ffffffc080201b68:	8526                	mv	a0,s1
ffffffc080201b6a:	c5fff0ef          	jal	ffffffc0802017c8 <path_walk>
  if (dp == NULL)
ffffffc080201b6e:	12050663          	beqz	a0,ffffffc080201c9a <fs_unlink+0x15c>
    goto out;
  uint64 idx;
  uint inum = 0;
  if (strncmp(name, ".", DIRSIZ) != 0 && strncmp(name, "..", DIRSIZ) != 0)
ffffffc080201b72:	84aa                	mv	s1,a0
ffffffc080201b74:	4639                	li	a2,14
ffffffc080201b76:	00006597          	auipc	a1,0x6
ffffffc080201b7a:	7fa58593          	add	a1,a1,2042 # ffffffc080208370 <CSWTCH.21+0xc0>
ffffffc080201b7e:	fa040513          	add	a0,s0,-96
ffffffc080201b82:	03e020ef          	jal	ffffffc080203bc0 <strncmp>
ffffffc080201b86:	e51d                	bnez	a0,ffffffc080201bb4 <fs_unlink+0x76>
  int r = -1;
ffffffc080201b88:	597d                	li	s2,-1
      dir_remove(dp, idx, ip);
      r = 0;
    }
    inode_put(ip);
  }
  inode_put(dp);
ffffffc080201b8a:	8526                	mv	a0,s1
ffffffc080201b8c:	199000ef          	jal	ffffffc080202524 <inode_put>
out:
  sleeplock_release(&fs_ns_lock);
ffffffc080201b90:	001b9517          	auipc	a0,0x1b9
ffffffc080201b94:	b4050513          	add	a0,a0,-1216 # ffffffc0803ba6d0 <fs_ns_lock>
ffffffc080201b98:	05b040ef          	jal	ffffffc0802063f2 <sleeplock_release>
  return r;
}
ffffffc080201b9c:	70a6                	ld	ra,104(sp)
ffffffc080201b9e:	7406                	ld	s0,96(sp)
ffffffc080201ba0:	64e6                	ld	s1,88(sp)
ffffffc080201ba2:	69a6                	ld	s3,72(sp)
ffffffc080201ba4:	6a06                	ld	s4,64(sp)
ffffffc080201ba6:	7ae2                	ld	s5,56(sp)
ffffffc080201ba8:	7b42                	ld	s6,48(sp)
ffffffc080201baa:	7ba2                	ld	s7,40(sp)
ffffffc080201bac:	854a                	mv	a0,s2
ffffffc080201bae:	6946                	ld	s2,80(sp)
ffffffc080201bb0:	6165                	add	sp,sp,112
ffffffc080201bb2:	8082                	ret
  if (strncmp(name, ".", DIRSIZ) != 0 && strncmp(name, "..", DIRSIZ) != 0)
ffffffc080201bb4:	4639                	li	a2,14
ffffffc080201bb6:	00006597          	auipc	a1,0x6
ffffffc080201bba:	7c258593          	add	a1,a1,1986 # ffffffc080208378 <CSWTCH.21+0xc8>
ffffffc080201bbe:	fa040513          	add	a0,s0,-96
ffffffc080201bc2:	7ff010ef          	jal	ffffffc080203bc0 <strncmp>
ffffffc080201bc6:	d169                	beqz	a0,ffffffc080201b88 <fs_unlink+0x4a>
    inum = dir_lookup(dp, name, &idx);
ffffffc080201bc8:	f9840613          	add	a2,s0,-104
ffffffc080201bcc:	fa040593          	add	a1,s0,-96
ffffffc080201bd0:	8526                	mv	a0,s1
ffffffc080201bd2:	b87ff0ef          	jal	ffffffc080201758 <dir_lookup>
ffffffc080201bd6:	2501                	sext.w	a0,a0
  if (inum != 0) {
ffffffc080201bd8:	d945                	beqz	a0,ffffffc080201b88 <fs_unlink+0x4a>
    struct inode *ip = inode_get(inum);
ffffffc080201bda:	07b000ef          	jal	ffffffc080202454 <inode_get>
    if (ip->type != T_DIR || dir_is_empty(ip)) {
ffffffc080201bde:	00451703          	lh	a4,4(a0)
ffffffc080201be2:	4785                	li	a5,1
    struct inode *ip = inode_get(inum);
ffffffc080201be4:	8a2a                	mv	s4,a0
    if (ip->type != T_DIR || dir_is_empty(ip)) {
ffffffc080201be6:	04f70b63          	beq	a4,a5,ffffffc080201c3c <fs_unlink+0xfe>
      dir_remove(dp, idx, ip);
ffffffc080201bea:	f9843903          	ld	s2,-104(s0)
  inode_lock(dp);
ffffffc080201bee:	8526                	mv	a0,s1
ffffffc080201bf0:	213000ef          	jal	ffffffc080202602 <inode_lock>
  dir_entry(dp, idx)->inum = 0;
ffffffc080201bf4:	85ca                	mv	a1,s2
ffffffc080201bf6:	8526                	mv	a0,s1
ffffffc080201bf8:	595000ef          	jal	ffffffc08020298c <dir_entry>
ffffffc080201bfc:	00051023          	sh	zero,0(a0)
  inode_unlock(dp);
ffffffc080201c00:	8526                	mv	a0,s1
ffffffc080201c02:	211000ef          	jal	ffffffc080202612 <inode_unlock>
  if (ip->type == T_DIR) {
ffffffc080201c06:	004a1703          	lh	a4,4(s4)
ffffffc080201c0a:	4785                	li	a5,1
ffffffc080201c0c:	08f70963          	beq	a4,a5,ffffffc080201c9e <fs_unlink+0x160>
  inode_lock(ip);
ffffffc080201c10:	8552                	mv	a0,s4
ffffffc080201c12:	1f1000ef          	jal	ffffffc080202602 <inode_lock>
  ip->nlink += delta;
ffffffc080201c16:	010a5783          	lhu	a5,16(s4)
ffffffc080201c1a:	37fd                	addw	a5,a5,-1
ffffffc080201c1c:	0107979b          	sllw	a5,a5,0x10
ffffffc080201c20:	4107d79b          	sraw	a5,a5,0x10
ffffffc080201c24:	00fa1823          	sh	a5,16(s4)
  KASSERT(ip->nlink >= 0);
ffffffc080201c28:	0a07c663          	bltz	a5,ffffffc080201cd4 <fs_unlink+0x196>
  inode_unlock(ip);
ffffffc080201c2c:	8552                	mv	a0,s4
ffffffc080201c2e:	1e5000ef          	jal	ffffffc080202612 <inode_unlock>
      r = 0;
ffffffc080201c32:	4901                	li	s2,0
    inode_put(ip);
ffffffc080201c34:	8552                	mv	a0,s4
ffffffc080201c36:	0ef000ef          	jal	ffffffc080202524 <inode_put>
ffffffc080201c3a:	bf81                	j	ffffffc080201b8a <fs_unlink+0x4c>
  uint64 n = dp->size / sizeof(struct dirent);
ffffffc080201c3c:	04053a83          	ld	s5,64(a0)
ffffffc080201c40:	004ada93          	srl	s5,s5,0x4
  for (uint64 i = 0; i < n; i++) {
ffffffc080201c44:	fa0a83e3          	beqz	s5,ffffffc080201bea <fs_unlink+0xac>
ffffffc080201c48:	4981                	li	s3,0
  return de->inum != 0 && strncmp(de->name, name, DIRSIZ) == 0;
ffffffc080201c4a:	00006b97          	auipc	s7,0x6
ffffffc080201c4e:	726b8b93          	add	s7,s7,1830 # ffffffc080208370 <CSWTCH.21+0xc0>
ffffffc080201c52:	a021                	j	ffffffc080201c5a <fs_unlink+0x11c>
  for (uint64 i = 0; i < n; i++) {
ffffffc080201c54:	0985                	add	s3,s3,1
ffffffc080201c56:	f93a8ae3          	beq	s5,s3,ffffffc080201bea <fs_unlink+0xac>
    struct dirent *de = dir_entry(dp, i);
ffffffc080201c5a:	85ce                	mv	a1,s3
ffffffc080201c5c:	8552                	mv	a0,s4
ffffffc080201c5e:	52f000ef          	jal	ffffffc08020298c <dir_entry>
    if (de->inum != 0 && !dirent_is(de, ".") && !dirent_is(de, ".."))
ffffffc080201c62:	00055783          	lhu	a5,0(a0)
    struct dirent *de = dir_entry(dp, i);
ffffffc080201c66:	892a                	mv	s2,a0
    if (de->inum != 0 && !dirent_is(de, ".") && !dirent_is(de, ".."))
ffffffc080201c68:	d7f5                	beqz	a5,ffffffc080201c54 <fs_unlink+0x116>
  return de->inum != 0 && strncmp(de->name, name, DIRSIZ) == 0;
ffffffc080201c6a:	00250b13          	add	s6,a0,2
ffffffc080201c6e:	4639                	li	a2,14
ffffffc080201c70:	85de                	mv	a1,s7
ffffffc080201c72:	855a                	mv	a0,s6
ffffffc080201c74:	74d010ef          	jal	ffffffc080203bc0 <strncmp>
ffffffc080201c78:	dd71                	beqz	a0,ffffffc080201c54 <fs_unlink+0x116>
ffffffc080201c7a:	00095783          	lhu	a5,0(s2)
ffffffc080201c7e:	e399                	bnez	a5,ffffffc080201c84 <fs_unlink+0x146>
  int r = -1;
ffffffc080201c80:	597d                	li	s2,-1
ffffffc080201c82:	bf4d                	j	ffffffc080201c34 <fs_unlink+0xf6>
  return de->inum != 0 && strncmp(de->name, name, DIRSIZ) == 0;
ffffffc080201c84:	4639                	li	a2,14
ffffffc080201c86:	00006597          	auipc	a1,0x6
ffffffc080201c8a:	6f258593          	add	a1,a1,1778 # ffffffc080208378 <CSWTCH.21+0xc8>
ffffffc080201c8e:	855a                	mv	a0,s6
ffffffc080201c90:	731010ef          	jal	ffffffc080203bc0 <strncmp>
ffffffc080201c94:	d161                	beqz	a0,ffffffc080201c54 <fs_unlink+0x116>
  int r = -1;
ffffffc080201c96:	597d                	li	s2,-1
ffffffc080201c98:	bf71                	j	ffffffc080201c34 <fs_unlink+0xf6>
ffffffc080201c9a:	597d                	li	s2,-1
ffffffc080201c9c:	bdd5                	j	ffffffc080201b90 <fs_unlink+0x52>
  inode_lock(ip);
ffffffc080201c9e:	8526                	mv	a0,s1
ffffffc080201ca0:	163000ef          	jal	ffffffc080202602 <inode_lock>
  ip->nlink += delta;
ffffffc080201ca4:	0104d783          	lhu	a5,16(s1)
ffffffc080201ca8:	37fd                	addw	a5,a5,-1
ffffffc080201caa:	0107979b          	sllw	a5,a5,0x10
ffffffc080201cae:	4107d79b          	sraw	a5,a5,0x10
ffffffc080201cb2:	00f49823          	sh	a5,16(s1)
  KASSERT(ip->nlink >= 0);
ffffffc080201cb6:	0007cf63          	bltz	a5,ffffffc080201cd4 <fs_unlink+0x196>
  inode_unlock(ip);
ffffffc080201cba:	8526                	mv	a0,s1
ffffffc080201cbc:	157000ef          	jal	ffffffc080202612 <inode_unlock>
    inode_lock(ip);
ffffffc080201cc0:	8552                	mv	a0,s4
ffffffc080201cc2:	141000ef          	jal	ffffffc080202602 <inode_lock>
    inode_truncate_locked(ip);
ffffffc080201cc6:	8552                	mv	a0,s4
ffffffc080201cc8:	31d000ef          	jal	ffffffc0802027e4 <inode_truncate_locked>
    inode_unlock(ip);
ffffffc080201ccc:	8552                	mv	a0,s4
ffffffc080201cce:	145000ef          	jal	ffffffc080202612 <inode_unlock>
ffffffc080201cd2:	bf3d                	j	ffffffc080201c10 <fs_unlink+0xd2>
ffffffc080201cd4:	a55ff0ef          	jal	ffffffc080201728 <inode_add_links.part.0>

ffffffc080201cd8 <fs_init>:
}

/* Builds the root directory (inode 1) and unpacks the boot image into
 * it. Called once at boot, on one hart, before any process runs. */
void fs_init(void)
{
ffffffc080201cd8:	715d                	add	sp,sp,-80
ffffffc080201cda:	e486                	sd	ra,72(sp)
ffffffc080201cdc:	e0a2                	sd	s0,64(sp)
ffffffc080201cde:	f44e                	sd	s3,40(sp)
ffffffc080201ce0:	0880                	add	s0,sp,80
ffffffc080201ce2:	fc26                	sd	s1,56(sp)
ffffffc080201ce4:	f84a                	sd	s2,48(sp)
ffffffc080201ce6:	f052                	sd	s4,32(sp)
ffffffc080201ce8:	ec56                	sd	s5,24(sp)
ffffffc080201cea:	e85a                	sd	s6,16(sp)
ffffffc080201cec:	e45e                	sd	s7,8(sp)
  inode_table_init();
ffffffc080201cee:	602000ef          	jal	ffffffc0802022f0 <inode_table_init>
  sleeplock_acquire(&fs_ns_lock);
ffffffc080201cf2:	001b9517          	auipc	a0,0x1b9
ffffffc080201cf6:	9de50513          	add	a0,a0,-1570 # ffffffc0803ba6d0 <fs_ns_lock>
ffffffc080201cfa:	6bc040ef          	jal	ffffffc0802063b6 <sleeplock_acquire>
  root = inode_alloc(T_DIR, 0, 0);
ffffffc080201cfe:	4601                	li	a2,0
ffffffc080201d00:	4581                	li	a1,0
ffffffc080201d02:	4505                	li	a0,1
ffffffc080201d04:	660000ef          	jal	ffffffc080202364 <inode_alloc>
ffffffc080201d08:	001b8997          	auipc	s3,0x1b8
ffffffc080201d0c:	47098993          	add	s3,s3,1136 # ffffffc0803ba178 <root>
ffffffc080201d10:	00a9b023          	sd	a0,0(s3)
  KASSERT(root != NULL && root->inum == ROOTINO);
ffffffc080201d14:	14050563          	beqz	a0,ffffffc080201e5e <fs_init+0x186>
ffffffc080201d18:	00052903          	lw	s2,0(a0)
ffffffc080201d1c:	4785                	li	a5,1
ffffffc080201d1e:	14f91063          	bne	s2,a5,ffffffc080201e5e <fs_init+0x186>
  if (dir_add(root, ".", ROOTINO) < 0 || dir_add(root, "..", ROOTINO) < 0)
ffffffc080201d22:	4605                	li	a2,1
ffffffc080201d24:	00006597          	auipc	a1,0x6
ffffffc080201d28:	64c58593          	add	a1,a1,1612 # ffffffc080208370 <CSWTCH.21+0xc0>
ffffffc080201d2c:	935ff0ef          	jal	ffffffc080201660 <dir_add>
ffffffc080201d30:	12054163          	bltz	a0,ffffffc080201e52 <fs_init+0x17a>
ffffffc080201d34:	0009b503          	ld	a0,0(s3)
ffffffc080201d38:	4605                	li	a2,1
ffffffc080201d3a:	00006597          	auipc	a1,0x6
ffffffc080201d3e:	63e58593          	add	a1,a1,1598 # ffffffc080208378 <CSWTCH.21+0xc8>
ffffffc080201d42:	91fff0ef          	jal	ffffffc080201660 <dir_add>
ffffffc080201d46:	10054663          	bltz	a0,ffffffc080201e52 <fs_init+0x17a>
    panic("fs_init: out of memory");
  root->nlink = 1; /* never freed: the reference from alloc is kept */
ffffffc080201d4a:	0009b783          	ld	a5,0(s3)
  for (const struct image_file *f = fs_image; f->name != NULL; f++)
ffffffc080201d4e:	001b1497          	auipc	s1,0x1b1
ffffffc080201d52:	21248493          	add	s1,s1,530 # ffffffc0803b2f60 <fs_image>
ffffffc080201d56:	6088                	ld	a0,0(s1)
  root->nlink = 1; /* never freed: the reference from alloc is kept */
ffffffc080201d58:	01279823          	sh	s2,16(a5)
  for (const struct image_file *f = fs_image; f->name != NULL; f++)
ffffffc080201d5c:	c945                	beqz	a0,ffffffc080201e0c <fs_init+0x134>
  if (len == 0 || len > DIRSIZ || dir_lookup(root, f->name, NULL) != 0) {
ffffffc080201d5e:	4a35                	li	s4,13
    kprintf("fs: image file \"%s\": bad or duplicate name, skipped\n",
ffffffc080201d60:	00006a97          	auipc	s5,0x6
ffffffc080201d64:	660a8a93          	add	s5,s5,1632 # ffffffc0802083c0 <CSWTCH.21+0x110>
ffffffc080201d68:	a071                	j	ffffffc080201df4 <fs_init+0x11c>
  if (len == 0 || len > DIRSIZ || dir_lookup(root, f->name, NULL) != 0) {
ffffffc080201d6a:	608c                	ld	a1,0(s1)
ffffffc080201d6c:	0009b503          	ld	a0,0(s3)
ffffffc080201d70:	4601                	li	a2,0
ffffffc080201d72:	9e7ff0ef          	jal	ffffffc080201758 <dir_lookup>
ffffffc080201d76:	2501                	sext.w	a0,a0
ffffffc080201d78:	e159                	bnez	a0,ffffffc080201dfe <fs_init+0x126>
                                   : inode_alloc(type, major, minor);
ffffffc080201d7a:	4601                	li	a2,0
ffffffc080201d7c:	4581                	li	a1,0
ffffffc080201d7e:	4509                	li	a0,2
  struct inode *ip = dir_create(root, f->name, T_FILE, 0, 0);
ffffffc080201d80:	0009bb03          	ld	s6,0(s3)
ffffffc080201d84:	0004bb83          	ld	s7,0(s1)
                                   : inode_alloc(type, major, minor);
ffffffc080201d88:	5dc000ef          	jal	ffffffc080202364 <inode_alloc>
ffffffc080201d8c:	892a                	mv	s2,a0
  if (ip == NULL)
ffffffc080201d8e:	c155                	beqz	a0,ffffffc080201e32 <fs_init+0x15a>
  if (dir_add(dp, name, ip->inum) < 0) {
ffffffc080201d90:	4110                	lw	a2,0(a0)
ffffffc080201d92:	85de                	mv	a1,s7
ffffffc080201d94:	855a                	mv	a0,s6
ffffffc080201d96:	8cbff0ef          	jal	ffffffc080201660 <dir_add>
ffffffc080201d9a:	08054963          	bltz	a0,ffffffc080201e2c <fs_init+0x154>
  inode_lock(ip);
ffffffc080201d9e:	854a                	mv	a0,s2
ffffffc080201da0:	063000ef          	jal	ffffffc080202602 <inode_lock>
  ip->nlink += delta;
ffffffc080201da4:	01095783          	lhu	a5,16(s2)
ffffffc080201da8:	2785                	addw	a5,a5,1
ffffffc080201daa:	0107979b          	sllw	a5,a5,0x10
ffffffc080201dae:	4107d79b          	sraw	a5,a5,0x10
ffffffc080201db2:	00f91823          	sh	a5,16(s2)
  KASSERT(ip->nlink >= 0);
ffffffc080201db6:	0807cc63          	bltz	a5,ffffffc080201e4e <fs_init+0x176>
  inode_unlock(ip);
ffffffc080201dba:	854a                	mv	a0,s2
ffffffc080201dbc:	057000ef          	jal	ffffffc080202612 <inode_unlock>
  inode_lock(ip);
ffffffc080201dc0:	854a                	mv	a0,s2
ffffffc080201dc2:	041000ef          	jal	ffffffc080202602 <inode_lock>
  int n = inode_write_locked(ip, 0, (uint64)f->data, 0, f->size);
ffffffc080201dc6:	6490                	ld	a2,8(s1)
ffffffc080201dc8:	6898                	ld	a4,16(s1)
ffffffc080201dca:	4681                	li	a3,0
ffffffc080201dcc:	4581                	li	a1,0
ffffffc080201dce:	854a                	mv	a0,s2
ffffffc080201dd0:	123000ef          	jal	ffffffc0802026f2 <inode_write_locked>
ffffffc080201dd4:	8b2a                	mv	s6,a0
  inode_unlock(ip);
ffffffc080201dd6:	854a                	mv	a0,s2
ffffffc080201dd8:	03b000ef          	jal	ffffffc080202612 <inode_unlock>
  if (f->size > 0 && (n < 0 || (uint64)n != f->size))
ffffffc080201ddc:	6890                	ld	a2,16(s1)
ffffffc080201dde:	c609                	beqz	a2,ffffffc080201de8 <fs_init+0x110>
ffffffc080201de0:	060b4063          	bltz	s6,ffffffc080201e40 <fs_init+0x168>
ffffffc080201de4:	05661e63          	bne	a2,s6,ffffffc080201e40 <fs_init+0x168>
  inode_put(ip);
ffffffc080201de8:	854a                	mv	a0,s2
ffffffc080201dea:	73a000ef          	jal	ffffffc080202524 <inode_put>
  for (const struct image_file *f = fs_image; f->name != NULL; f++)
ffffffc080201dee:	6c88                	ld	a0,24(s1)
ffffffc080201df0:	04e1                	add	s1,s1,24
ffffffc080201df2:	cd09                	beqz	a0,ffffffc080201e0c <fs_init+0x134>
  size_t len = strlen(f->name);
ffffffc080201df4:	5a3010ef          	jal	ffffffc080203b96 <strlen>
  if (len == 0 || len > DIRSIZ || dir_lookup(root, f->name, NULL) != 0) {
ffffffc080201df8:	157d                	add	a0,a0,-1
ffffffc080201dfa:	f6aa78e3          	bgeu	s4,a0,ffffffc080201d6a <fs_init+0x92>
    kprintf("fs: image file \"%s\": bad or duplicate name, skipped\n",
ffffffc080201dfe:	608c                	ld	a1,0(s1)
ffffffc080201e00:	8556                	mv	a0,s5
  for (const struct image_file *f = fs_image; f->name != NULL; f++)
ffffffc080201e02:	04e1                	add	s1,s1,24
    kprintf("fs: image file \"%s\": bad or duplicate name, skipped\n",
ffffffc080201e04:	367010ef          	jal	ffffffc08020396a <kprintf>
  for (const struct image_file *f = fs_image; f->name != NULL; f++)
ffffffc080201e08:	6088                	ld	a0,0(s1)
ffffffc080201e0a:	f56d                	bnez	a0,ffffffc080201df4 <fs_init+0x11c>
    fs_unpack(f);
  sleeplock_release(&fs_ns_lock);
}
ffffffc080201e0c:	6406                	ld	s0,64(sp)
ffffffc080201e0e:	60a6                	ld	ra,72(sp)
ffffffc080201e10:	74e2                	ld	s1,56(sp)
ffffffc080201e12:	7942                	ld	s2,48(sp)
ffffffc080201e14:	79a2                	ld	s3,40(sp)
ffffffc080201e16:	7a02                	ld	s4,32(sp)
ffffffc080201e18:	6ae2                	ld	s5,24(sp)
ffffffc080201e1a:	6b42                	ld	s6,16(sp)
ffffffc080201e1c:	6ba2                	ld	s7,8(sp)
  sleeplock_release(&fs_ns_lock);
ffffffc080201e1e:	001b9517          	auipc	a0,0x1b9
ffffffc080201e22:	8b250513          	add	a0,a0,-1870 # ffffffc0803ba6d0 <fs_ns_lock>
}
ffffffc080201e26:	6161                	add	sp,sp,80
  sleeplock_release(&fs_ns_lock);
ffffffc080201e28:	5ca0406f          	j	ffffffc0802063f2 <sleeplock_release>
    inode_put(ip);
ffffffc080201e2c:	854a                	mv	a0,s2
ffffffc080201e2e:	6f6000ef          	jal	ffffffc080202524 <inode_put>
    panic("fs_init: no inode or memory for %s", f->name);
ffffffc080201e32:	608c                	ld	a1,0(s1)
ffffffc080201e34:	00006517          	auipc	a0,0x6
ffffffc080201e38:	5c450513          	add	a0,a0,1476 # ffffffc0802083f8 <CSWTCH.21+0x148>
ffffffc080201e3c:	371010ef          	jal	ffffffc0802039ac <panic>
    panic("fs_init: %s: %lu bytes do not fit (file limit or memory)",
ffffffc080201e40:	608c                	ld	a1,0(s1)
ffffffc080201e42:	00006517          	auipc	a0,0x6
ffffffc080201e46:	5de50513          	add	a0,a0,1502 # ffffffc080208420 <CSWTCH.21+0x170>
ffffffc080201e4a:	363010ef          	jal	ffffffc0802039ac <panic>
ffffffc080201e4e:	8dbff0ef          	jal	ffffffc080201728 <inode_add_links.part.0>
    panic("fs_init: out of memory");
ffffffc080201e52:	00006517          	auipc	a0,0x6
ffffffc080201e56:	55650513          	add	a0,a0,1366 # ffffffc0802083a8 <CSWTCH.21+0xf8>
ffffffc080201e5a:	353010ef          	jal	ffffffc0802039ac <panic>
  KASSERT(root != NULL && root->inum == ROOTINO);
ffffffc080201e5e:	00006717          	auipc	a4,0x6
ffffffc080201e62:	52270713          	add	a4,a4,1314 # ffffffc080208380 <CSWTCH.21+0xd0>
ffffffc080201e66:	00006697          	auipc	a3,0x6
ffffffc080201e6a:	19a68693          	add	a3,a3,410 # ffffffc080208000 <kernel_text_end>
ffffffc080201e6e:	16600613          	li	a2,358
ffffffc080201e72:	00006597          	auipc	a1,0x6
ffffffc080201e76:	4ee58593          	add	a1,a1,1262 # ffffffc080208360 <CSWTCH.21+0xb0>
ffffffc080201e7a:	00006517          	auipc	a0,0x6
ffffffc080201e7e:	1f650513          	add	a0,a0,502 # ffffffc080208070 <__func__.0+0x40>
ffffffc080201e82:	32b010ef          	jal	ffffffc0802039ac <panic>

ffffffc080201e86 <dev_register>:

/* See file.h. */
void dev_register(int major, int (*read)(uint64, int),
                  int (*write)(uint64, int))
{
  KASSERT(major >= 0 && major < NDEV);
ffffffc080201e86:	47a5                	li	a5,9
ffffffc080201e88:	00a7eb63          	bltu	a5,a0,ffffffc080201e9e <dev_register+0x18>
  devsw[major].read = read;
ffffffc080201e8c:	0512                	sll	a0,a0,0x4
ffffffc080201e8e:	001b8797          	auipc	a5,0x1b8
ffffffc080201e92:	7a278793          	add	a5,a5,1954 # ffffffc0803ba630 <devsw>
ffffffc080201e96:	97aa                	add	a5,a5,a0
ffffffc080201e98:	e38c                	sd	a1,0(a5)
  devsw[major].write = write;
ffffffc080201e9a:	e790                	sd	a2,8(a5)
ffffffc080201e9c:	8082                	ret
{
ffffffc080201e9e:	1141                	add	sp,sp,-16
ffffffc080201ea0:	e022                	sd	s0,0(sp)
ffffffc080201ea2:	e406                	sd	ra,8(sp)
ffffffc080201ea4:	0800                	add	s0,sp,16
  KASSERT(major >= 0 && major < NDEV);
ffffffc080201ea6:	00006717          	auipc	a4,0x6
ffffffc080201eaa:	5ca70713          	add	a4,a4,1482 # ffffffc080208470 <__func__.1+0x10>
ffffffc080201eae:	00006697          	auipc	a3,0x6
ffffffc080201eb2:	61268693          	add	a3,a3,1554 # ffffffc0802084c0 <__func__.2>
ffffffc080201eb6:	4661                	li	a2,24
ffffffc080201eb8:	00006597          	auipc	a1,0x6
ffffffc080201ebc:	5d858593          	add	a1,a1,1496 # ffffffc080208490 <__func__.1+0x30>
ffffffc080201ec0:	00006517          	auipc	a0,0x6
ffffffc080201ec4:	1b050513          	add	a0,a0,432 # ffffffc080208070 <__func__.0+0x40>
ffffffc080201ec8:	2e5010ef          	jal	ffffffc0802039ac <panic>

ffffffc080201ecc <dev_exists>:
}

/* See file.h. */
bool dev_exists(int major)
{
ffffffc080201ecc:	1141                	add	sp,sp,-16
ffffffc080201ece:	e422                	sd	s0,8(sp)
ffffffc080201ed0:	0800                	add	s0,sp,16
  return major >= 0 && major < NDEV &&
ffffffc080201ed2:	47a5                	li	a5,9
ffffffc080201ed4:	00a7ee63          	bltu	a5,a0,ffffffc080201ef0 <dev_exists+0x24>
         (devsw[major].read != NULL || devsw[major].write != NULL);
ffffffc080201ed8:	0512                	sll	a0,a0,0x4
ffffffc080201eda:	001b8797          	auipc	a5,0x1b8
ffffffc080201ede:	75678793          	add	a5,a5,1878 # ffffffc0803ba630 <devsw>
ffffffc080201ee2:	97aa                	add	a5,a5,a0
  return major >= 0 && major < NDEV &&
ffffffc080201ee4:	6398                	ld	a4,0(a5)
ffffffc080201ee6:	4505                	li	a0,1
ffffffc080201ee8:	cb01                	beqz	a4,ffffffc080201ef8 <dev_exists+0x2c>
}
ffffffc080201eea:	6422                	ld	s0,8(sp)
ffffffc080201eec:	0141                	add	sp,sp,16
ffffffc080201eee:	8082                	ret
ffffffc080201ef0:	6422                	ld	s0,8(sp)
ffffffc080201ef2:	4501                	li	a0,0
ffffffc080201ef4:	0141                	add	sp,sp,16
ffffffc080201ef6:	8082                	ret
         (devsw[major].read != NULL || devsw[major].write != NULL);
ffffffc080201ef8:	6788                	ld	a0,8(a5)
}
ffffffc080201efa:	6422                	ld	s0,8(sp)
         (devsw[major].read != NULL || devsw[major].write != NULL);
ffffffc080201efc:	00a03533          	snez	a0,a0
}
ffffffc080201f00:	0141                	add	sp,sp,16
ffffffc080201f02:	8082                	ret

ffffffc080201f04 <file_alloc>:

/* See file.h. */
struct file *file_alloc(void)
{
ffffffc080201f04:	7139                	add	sp,sp,-64
ffffffc080201f06:	f822                	sd	s0,48(sp)
ffffffc080201f08:	f04a                	sd	s2,32(sp)
ffffffc080201f0a:	fc06                	sd	ra,56(sp)
ffffffc080201f0c:	f426                	sd	s1,40(sp)
ffffffc080201f0e:	ec4e                	sd	s3,24(sp)
ffffffc080201f10:	e852                	sd	s4,16(sp)
ffffffc080201f12:	e456                	sd	s5,8(sp)
ffffffc080201f14:	0080                	add	s0,sp,64
  struct file *f = NULL;
  spin_lock(&ftable.lock);
ffffffc080201f16:	001b3517          	auipc	a0,0x1b3
ffffffc080201f1a:	1aa50513          	add	a0,a0,426 # ffffffc0803b50c0 <ftable>
ffffffc080201f1e:	554040ef          	jal	ffffffc080206472 <spin_lock>
  for (int i = 0; i < NFILE && f == NULL; i++) {
ffffffc080201f22:	4901                	li	s2,0
ffffffc080201f24:	001b3797          	auipc	a5,0x1b3
ffffffc080201f28:	1b478793          	add	a5,a5,436 # ffffffc0803b50d8 <ftable+0x18>
ffffffc080201f2c:	10000693          	li	a3,256
    if (ftable.file[i].ref == 0) {
ffffffc080201f30:	4398                	lw	a4,0(a5)
  for (int i = 0; i < NFILE && f == NULL; i++) {
ffffffc080201f32:	03078793          	add	a5,a5,48
    if (ftable.file[i].ref == 0) {
ffffffc080201f36:	e72d                	bnez	a4,ffffffc080201fa0 <file_alloc+0x9c>
      f = &ftable.file[i];
ffffffc080201f38:	00191493          	sll	s1,s2,0x1
ffffffc080201f3c:	94ca                	add	s1,s1,s2
ffffffc080201f3e:	001b3997          	auipc	s3,0x1b3
ffffffc080201f42:	18298993          	add	s3,s3,386 # ffffffc0803b50c0 <ftable>
ffffffc080201f46:	0492                	sll	s1,s1,0x4
      f->ref = 1;
ffffffc080201f48:	00998a33          	add	s4,s3,s1
ffffffc080201f4c:	4785                	li	a5,1
    }
  }
  spin_unlock(&ftable.lock);
ffffffc080201f4e:	854e                	mv	a0,s3
      f->ref = 1;
ffffffc080201f50:	00fa2c23          	sw	a5,24(s4)
    return NULL;
  f->type = FD_NONE;
  f->readable = f->writable = false;
  f->pipe = NULL;
  f->ip = NULL;
  f->major = 0;
ffffffc080201f54:	0905                	add	s2,s2,1
  spin_unlock(&ftable.lock);
ffffffc080201f56:	616040ef          	jal	ffffffc08020656c <spin_unlock>
  f->major = 0;
ffffffc080201f5a:	00191793          	sll	a5,s2,0x1
ffffffc080201f5e:	97ca                	add	a5,a5,s2
  f->readable = f->writable = false;
ffffffc080201f60:	001b3717          	auipc	a4,0x1b3
ffffffc080201f64:	18070713          	add	a4,a4,384 # ffffffc0803b50e0 <ftable+0x20>
      f = &ftable.file[i];
ffffffc080201f68:	01848a93          	add	s5,s1,24
  f->type = FD_NONE;
ffffffc080201f6c:	000a2e23          	sw	zero,28(s4)
  f->readable = f->writable = false;
ffffffc080201f70:	94ba                	add	s1,s1,a4
  f->major = 0;
ffffffc080201f72:	0792                	sll	a5,a5,0x4
  f->readable = f->writable = false;
ffffffc080201f74:	00049023          	sh	zero,0(s1)
      f = &ftable.file[i];
ffffffc080201f78:	9ace                	add	s5,s5,s3
  f->major = 0;
ffffffc080201f7a:	99be                	add	s3,s3,a5
  f->pipe = NULL;
ffffffc080201f7c:	020a3423          	sd	zero,40(s4)
  f->ip = NULL;
ffffffc080201f80:	020a3823          	sd	zero,48(s4)
  f->major = 0;
ffffffc080201f84:	00099423          	sh	zero,8(s3)
  f->off = 0;
ffffffc080201f88:	0009b823          	sd	zero,16(s3)
  return f;
}
ffffffc080201f8c:	70e2                	ld	ra,56(sp)
ffffffc080201f8e:	7442                	ld	s0,48(sp)
ffffffc080201f90:	74a2                	ld	s1,40(sp)
ffffffc080201f92:	7902                	ld	s2,32(sp)
ffffffc080201f94:	69e2                	ld	s3,24(sp)
ffffffc080201f96:	6a42                	ld	s4,16(sp)
ffffffc080201f98:	8556                	mv	a0,s5
ffffffc080201f9a:	6aa2                	ld	s5,8(sp)
ffffffc080201f9c:	6121                	add	sp,sp,64
ffffffc080201f9e:	8082                	ret
  for (int i = 0; i < NFILE && f == NULL; i++) {
ffffffc080201fa0:	2905                	addw	s2,s2,1
ffffffc080201fa2:	f8d917e3          	bne	s2,a3,ffffffc080201f30 <file_alloc+0x2c>
  spin_unlock(&ftable.lock);
ffffffc080201fa6:	001b3517          	auipc	a0,0x1b3
ffffffc080201faa:	11a50513          	add	a0,a0,282 # ffffffc0803b50c0 <ftable>
ffffffc080201fae:	5be040ef          	jal	ffffffc08020656c <spin_unlock>
  if (f == NULL)
ffffffc080201fb2:	4a81                	li	s5,0
ffffffc080201fb4:	bfe1                	j	ffffffc080201f8c <file_alloc+0x88>

ffffffc080201fb6 <file_dup>:

/* See file.h. */
struct file *file_dup(struct file *f)
{
ffffffc080201fb6:	1101                	add	sp,sp,-32
ffffffc080201fb8:	e822                	sd	s0,16(sp)
ffffffc080201fba:	e426                	sd	s1,8(sp)
ffffffc080201fbc:	ec06                	sd	ra,24(sp)
ffffffc080201fbe:	1000                	add	s0,sp,32
ffffffc080201fc0:	84aa                	mv	s1,a0
  spin_lock(&ftable.lock);
ffffffc080201fc2:	001b3517          	auipc	a0,0x1b3
ffffffc080201fc6:	0fe50513          	add	a0,a0,254 # ffffffc0803b50c0 <ftable>
ffffffc080201fca:	4a8040ef          	jal	ffffffc080206472 <spin_lock>
  KASSERT(f->ref >= 1);
ffffffc080201fce:	409c                	lw	a5,0(s1)
ffffffc080201fd0:	02f05063          	blez	a5,ffffffc080201ff0 <file_dup+0x3a>
  f->ref++;
ffffffc080201fd4:	2785                	addw	a5,a5,1
ffffffc080201fd6:	c09c                	sw	a5,0(s1)
  spin_unlock(&ftable.lock);
ffffffc080201fd8:	001b3517          	auipc	a0,0x1b3
ffffffc080201fdc:	0e850513          	add	a0,a0,232 # ffffffc0803b50c0 <ftable>
ffffffc080201fe0:	58c040ef          	jal	ffffffc08020656c <spin_unlock>
  return f;
}
ffffffc080201fe4:	60e2                	ld	ra,24(sp)
ffffffc080201fe6:	6442                	ld	s0,16(sp)
ffffffc080201fe8:	8526                	mv	a0,s1
ffffffc080201fea:	64a2                	ld	s1,8(sp)
ffffffc080201fec:	6105                	add	sp,sp,32
ffffffc080201fee:	8082                	ret
  KASSERT(f->ref >= 1);
ffffffc080201ff0:	00006717          	auipc	a4,0x6
ffffffc080201ff4:	4b870713          	add	a4,a4,1208 # ffffffc0802084a8 <__func__.1+0x48>
ffffffc080201ff8:	00006697          	auipc	a3,0x6
ffffffc080201ffc:	4d868693          	add	a3,a3,1240 # ffffffc0802084d0 <__func__.1>
ffffffc080202000:	03f00613          	li	a2,63
ffffffc080202004:	00006597          	auipc	a1,0x6
ffffffc080202008:	48c58593          	add	a1,a1,1164 # ffffffc080208490 <__func__.1+0x30>
ffffffc08020200c:	00006517          	auipc	a0,0x6
ffffffc080202010:	06450513          	add	a0,a0,100 # ffffffc080208070 <__func__.0+0x40>
ffffffc080202014:	199010ef          	jal	ffffffc0802039ac <panic>

ffffffc080202018 <file_close>:

/* See file.h. */
void file_close(struct file *f)
{
ffffffc080202018:	7179                	add	sp,sp,-48
ffffffc08020201a:	f022                	sd	s0,32(sp)
ffffffc08020201c:	ec26                	sd	s1,24(sp)
ffffffc08020201e:	f406                	sd	ra,40(sp)
ffffffc080202020:	e84a                	sd	s2,16(sp)
ffffffc080202022:	e44e                	sd	s3,8(sp)
ffffffc080202024:	e052                	sd	s4,0(sp)
ffffffc080202026:	1800                	add	s0,sp,48
ffffffc080202028:	84aa                	mv	s1,a0
  spin_lock(&ftable.lock);
ffffffc08020202a:	001b3517          	auipc	a0,0x1b3
ffffffc08020202e:	09650513          	add	a0,a0,150 # ffffffc0803b50c0 <ftable>
ffffffc080202032:	440040ef          	jal	ffffffc080206472 <spin_lock>
  KASSERT(f->ref >= 1);
ffffffc080202036:	409c                	lw	a5,0(s1)
ffffffc080202038:	08f05663          	blez	a5,ffffffc0802020c4 <file_close+0xac>
  if (--f->ref > 0) {
ffffffc08020203c:	fff7871b          	addw	a4,a5,-1
ffffffc080202040:	c098                	sw	a4,0(s1)
ffffffc080202042:	eb29                	bnez	a4,ffffffc080202094 <file_close+0x7c>
    spin_unlock(&ftable.lock);
    return;
  }
  struct file closed = *f; /* f's slot may be reused once unlocked */
ffffffc080202044:	0044a903          	lw	s2,4(s1)
  f->type = FD_NONE;
  spin_unlock(&ftable.lock);
ffffffc080202048:	001b3517          	auipc	a0,0x1b3
ffffffc08020204c:	07850513          	add	a0,a0,120 # ffffffc0803b50c0 <ftable>
  f->type = FD_NONE;
ffffffc080202050:	0004a223          	sw	zero,4(s1)
  struct file closed = *f; /* f's slot may be reused once unlocked */
ffffffc080202054:	0094ca03          	lbu	s4,9(s1)
ffffffc080202058:	0104b983          	ld	s3,16(s1)
ffffffc08020205c:	6c84                	ld	s1,24(s1)
  spin_unlock(&ftable.lock);
ffffffc08020205e:	50e040ef          	jal	ffffffc08020656c <spin_unlock>
  if (closed.type == FD_PIPE)
ffffffc080202062:	4789                	li	a5,2
ffffffc080202064:	04f90563          	beq	s2,a5,ffffffc0802020ae <file_close+0x96>
    pipe_close(closed.pipe, closed.writable);
  else if (closed.type == FD_INODE || closed.type == FD_DEVICE)
ffffffc080202068:	ffd97913          	and	s2,s2,-3
ffffffc08020206c:	4785                	li	a5,1
ffffffc08020206e:	00f90a63          	beq	s2,a5,ffffffc080202082 <file_close+0x6a>
    inode_put(closed.ip);
}
ffffffc080202072:	70a2                	ld	ra,40(sp)
ffffffc080202074:	7402                	ld	s0,32(sp)
ffffffc080202076:	64e2                	ld	s1,24(sp)
ffffffc080202078:	6942                	ld	s2,16(sp)
ffffffc08020207a:	69a2                	ld	s3,8(sp)
ffffffc08020207c:	6a02                	ld	s4,0(sp)
ffffffc08020207e:	6145                	add	sp,sp,48
ffffffc080202080:	8082                	ret
ffffffc080202082:	7402                	ld	s0,32(sp)
ffffffc080202084:	70a2                	ld	ra,40(sp)
ffffffc080202086:	6942                	ld	s2,16(sp)
ffffffc080202088:	69a2                	ld	s3,8(sp)
ffffffc08020208a:	6a02                	ld	s4,0(sp)
    inode_put(closed.ip);
ffffffc08020208c:	8526                	mv	a0,s1
}
ffffffc08020208e:	64e2                	ld	s1,24(sp)
ffffffc080202090:	6145                	add	sp,sp,48
    inode_put(closed.ip);
ffffffc080202092:	a949                	j	ffffffc080202524 <inode_put>
}
ffffffc080202094:	7402                	ld	s0,32(sp)
ffffffc080202096:	70a2                	ld	ra,40(sp)
ffffffc080202098:	64e2                	ld	s1,24(sp)
ffffffc08020209a:	6942                	ld	s2,16(sp)
ffffffc08020209c:	69a2                	ld	s3,8(sp)
ffffffc08020209e:	6a02                	ld	s4,0(sp)
    spin_unlock(&ftable.lock);
ffffffc0802020a0:	001b3517          	auipc	a0,0x1b3
ffffffc0802020a4:	02050513          	add	a0,a0,32 # ffffffc0803b50c0 <ftable>
}
ffffffc0802020a8:	6145                	add	sp,sp,48
    spin_unlock(&ftable.lock);
ffffffc0802020aa:	4c20406f          	j	ffffffc08020656c <spin_unlock>
}
ffffffc0802020ae:	7402                	ld	s0,32(sp)
ffffffc0802020b0:	70a2                	ld	ra,40(sp)
ffffffc0802020b2:	64e2                	ld	s1,24(sp)
ffffffc0802020b4:	6942                	ld	s2,16(sp)
    pipe_close(closed.pipe, closed.writable);
ffffffc0802020b6:	85d2                	mv	a1,s4
ffffffc0802020b8:	854e                	mv	a0,s3
}
ffffffc0802020ba:	6a02                	ld	s4,0(sp)
ffffffc0802020bc:	69a2                	ld	s3,8(sp)
ffffffc0802020be:	6145                	add	sp,sp,48
    pipe_close(closed.pipe, closed.writable);
ffffffc0802020c0:	24f0006f          	j	ffffffc080202b0e <pipe_close>
  KASSERT(f->ref >= 1);
ffffffc0802020c4:	00006717          	auipc	a4,0x6
ffffffc0802020c8:	3e470713          	add	a4,a4,996 # ffffffc0802084a8 <__func__.1+0x48>
ffffffc0802020cc:	00006697          	auipc	a3,0x6
ffffffc0802020d0:	41468693          	add	a3,a3,1044 # ffffffc0802084e0 <__func__.0>
ffffffc0802020d4:	04900613          	li	a2,73
ffffffc0802020d8:	00006597          	auipc	a1,0x6
ffffffc0802020dc:	3b858593          	add	a1,a1,952 # ffffffc080208490 <__func__.1+0x30>
ffffffc0802020e0:	00006517          	auipc	a0,0x6
ffffffc0802020e4:	f9050513          	add	a0,a0,-112 # ffffffc080208070 <__func__.0+0x40>
ffffffc0802020e8:	0c5010ef          	jal	ffffffc0802039ac <panic>

ffffffc0802020ec <file_read>:
  return r;
}

/* See file.h. */
int file_read(struct file *f, uint64 addr, int n)
{
ffffffc0802020ec:	7179                	add	sp,sp,-48
ffffffc0802020ee:	f022                	sd	s0,32(sp)
ffffffc0802020f0:	f406                	sd	ra,40(sp)
ffffffc0802020f2:	ec26                	sd	s1,24(sp)
ffffffc0802020f4:	e84a                	sd	s2,16(sp)
ffffffc0802020f6:	e44e                	sd	s3,8(sp)
ffffffc0802020f8:	e052                	sd	s4,0(sp)
ffffffc0802020fa:	1800                	add	s0,sp,48
  if (!f->readable || n < 0)
ffffffc0802020fc:	00854783          	lbu	a5,8(a0)
ffffffc080202100:	c7cd                	beqz	a5,ffffffc0802021aa <file_read+0xbe>
ffffffc080202102:	8932                	mv	s2,a2
ffffffc080202104:	0a064363          	bltz	a2,ffffffc0802021aa <file_read+0xbe>
    return -1;
  if (n == 0)
ffffffc080202108:	c61d                	beqz	a2,ffffffc080202136 <file_read+0x4a>
    return 0;
  switch (f->type) {
ffffffc08020210a:	415c                	lw	a5,4(a0)
ffffffc08020210c:	4709                	li	a4,2
ffffffc08020210e:	84aa                	mv	s1,a0
ffffffc080202110:	08e78363          	beq	a5,a4,ffffffc080202196 <file_read+0xaa>
ffffffc080202114:	470d                	li	a4,3
ffffffc080202116:	89ae                	mv	s3,a1
ffffffc080202118:	04e78563          	beq	a5,a4,ffffffc080202162 <file_read+0x76>
ffffffc08020211c:	4705                	li	a4,1
ffffffc08020211e:	5a7d                	li	s4,-1
ffffffc080202120:	00e78d63          	beq	a5,a4,ffffffc08020213a <file_read+0x4e>
      return -1;
    return devsw[f->major].read(addr, n);
  default:
    return -1;
  }
}
ffffffc080202124:	70a2                	ld	ra,40(sp)
ffffffc080202126:	7402                	ld	s0,32(sp)
ffffffc080202128:	64e2                	ld	s1,24(sp)
ffffffc08020212a:	6942                	ld	s2,16(sp)
ffffffc08020212c:	69a2                	ld	s3,8(sp)
ffffffc08020212e:	8552                	mv	a0,s4
ffffffc080202130:	6a02                	ld	s4,0(sp)
ffffffc080202132:	6145                	add	sp,sp,48
ffffffc080202134:	8082                	ret
    return 0;
ffffffc080202136:	4a01                	li	s4,0
ffffffc080202138:	b7f5                	j	ffffffc080202124 <file_read+0x38>
  inode_lock(f->ip);
ffffffc08020213a:	6d08                	ld	a0,24(a0)
ffffffc08020213c:	4c6000ef          	jal	ffffffc080202602 <inode_lock>
  int r = inode_read_locked(f->ip, 1, addr, f->off, n);
ffffffc080202140:	7494                	ld	a3,40(s1)
ffffffc080202142:	6c88                	ld	a0,24(s1)
ffffffc080202144:	874a                	mv	a4,s2
ffffffc080202146:	864e                	mv	a2,s3
ffffffc080202148:	4585                	li	a1,1
ffffffc08020214a:	4d8000ef          	jal	ffffffc080202622 <inode_read_locked>
ffffffc08020214e:	8a2a                	mv	s4,a0
  if (r > 0)
ffffffc080202150:	00a05563          	blez	a0,ffffffc08020215a <file_read+0x6e>
    f->off += r;
ffffffc080202154:	749c                	ld	a5,40(s1)
ffffffc080202156:	97aa                	add	a5,a5,a0
ffffffc080202158:	f49c                	sd	a5,40(s1)
  inode_unlock(f->ip);
ffffffc08020215a:	6c88                	ld	a0,24(s1)
ffffffc08020215c:	4b6000ef          	jal	ffffffc080202612 <inode_unlock>
    return file_read_inode(f, addr, n);
ffffffc080202160:	b7d1                	j	ffffffc080202124 <file_read+0x38>
    if (f->major < 0 || f->major >= NDEV || devsw[f->major].read == NULL)
ffffffc080202162:	02051783          	lh	a5,32(a0)
ffffffc080202166:	4725                	li	a4,9
ffffffc080202168:	03079693          	sll	a3,a5,0x30
ffffffc08020216c:	92c1                	srl	a3,a3,0x30
ffffffc08020216e:	02d76e63          	bltu	a4,a3,ffffffc0802021aa <file_read+0xbe>
ffffffc080202172:	0792                	sll	a5,a5,0x4
ffffffc080202174:	001b8717          	auipc	a4,0x1b8
ffffffc080202178:	4bc70713          	add	a4,a4,1212 # ffffffc0803ba630 <devsw>
ffffffc08020217c:	97ba                	add	a5,a5,a4
ffffffc08020217e:	639c                	ld	a5,0(a5)
ffffffc080202180:	c78d                	beqz	a5,ffffffc0802021aa <file_read+0xbe>
}
ffffffc080202182:	7402                	ld	s0,32(sp)
ffffffc080202184:	70a2                	ld	ra,40(sp)
ffffffc080202186:	64e2                	ld	s1,24(sp)
ffffffc080202188:	6942                	ld	s2,16(sp)
ffffffc08020218a:	6a02                	ld	s4,0(sp)
    return devsw[f->major].read(addr, n);
ffffffc08020218c:	854e                	mv	a0,s3
}
ffffffc08020218e:	69a2                	ld	s3,8(sp)
    return devsw[f->major].read(addr, n);
ffffffc080202190:	85b2                	mv	a1,a2
}
ffffffc080202192:	6145                	add	sp,sp,48
    return devsw[f->major].read(addr, n);
ffffffc080202194:	8782                	jr	a5
}
ffffffc080202196:	7402                	ld	s0,32(sp)
ffffffc080202198:	70a2                	ld	ra,40(sp)
ffffffc08020219a:	64e2                	ld	s1,24(sp)
ffffffc08020219c:	6942                	ld	s2,16(sp)
ffffffc08020219e:	69a2                	ld	s3,8(sp)
ffffffc0802021a0:	6a02                	ld	s4,0(sp)
    return pipe_read(f->pipe, addr, n);
ffffffc0802021a2:	6908                	ld	a0,16(a0)
}
ffffffc0802021a4:	6145                	add	sp,sp,48
    return pipe_read(f->pipe, addr, n);
ffffffc0802021a6:	1e90006f          	j	ffffffc080202b8e <pipe_read>
ffffffc0802021aa:	5a7d                	li	s4,-1
ffffffc0802021ac:	bfa5                	j	ffffffc080202124 <file_read+0x38>

ffffffc0802021ae <file_write>:
  return r;
}

/* See file.h. */
int file_write(struct file *f, uint64 addr, int n)
{
ffffffc0802021ae:	7179                	add	sp,sp,-48
ffffffc0802021b0:	f022                	sd	s0,32(sp)
ffffffc0802021b2:	f406                	sd	ra,40(sp)
ffffffc0802021b4:	ec26                	sd	s1,24(sp)
ffffffc0802021b6:	e84a                	sd	s2,16(sp)
ffffffc0802021b8:	e44e                	sd	s3,8(sp)
ffffffc0802021ba:	e052                	sd	s4,0(sp)
ffffffc0802021bc:	1800                	add	s0,sp,48
  if (!f->writable || n < 0)
ffffffc0802021be:	00954783          	lbu	a5,9(a0)
ffffffc0802021c2:	c7cd                	beqz	a5,ffffffc08020226c <file_write+0xbe>
ffffffc0802021c4:	8932                	mv	s2,a2
ffffffc0802021c6:	0a064363          	bltz	a2,ffffffc08020226c <file_write+0xbe>
    return -1;
  if (n == 0)
ffffffc0802021ca:	c61d                	beqz	a2,ffffffc0802021f8 <file_write+0x4a>
    return 0;
  switch (f->type) {
ffffffc0802021cc:	415c                	lw	a5,4(a0)
ffffffc0802021ce:	4709                	li	a4,2
ffffffc0802021d0:	84aa                	mv	s1,a0
ffffffc0802021d2:	08e78363          	beq	a5,a4,ffffffc080202258 <file_write+0xaa>
ffffffc0802021d6:	470d                	li	a4,3
ffffffc0802021d8:	89ae                	mv	s3,a1
ffffffc0802021da:	04e78563          	beq	a5,a4,ffffffc080202224 <file_write+0x76>
ffffffc0802021de:	4705                	li	a4,1
ffffffc0802021e0:	5a7d                	li	s4,-1
ffffffc0802021e2:	00e78d63          	beq	a5,a4,ffffffc0802021fc <file_write+0x4e>
      return -1;
    return devsw[f->major].write(addr, n);
  default:
    return -1;
  }
}
ffffffc0802021e6:	70a2                	ld	ra,40(sp)
ffffffc0802021e8:	7402                	ld	s0,32(sp)
ffffffc0802021ea:	64e2                	ld	s1,24(sp)
ffffffc0802021ec:	6942                	ld	s2,16(sp)
ffffffc0802021ee:	69a2                	ld	s3,8(sp)
ffffffc0802021f0:	8552                	mv	a0,s4
ffffffc0802021f2:	6a02                	ld	s4,0(sp)
ffffffc0802021f4:	6145                	add	sp,sp,48
ffffffc0802021f6:	8082                	ret
    return 0;
ffffffc0802021f8:	4a01                	li	s4,0
ffffffc0802021fa:	b7f5                	j	ffffffc0802021e6 <file_write+0x38>
  inode_lock(f->ip);
ffffffc0802021fc:	6d08                	ld	a0,24(a0)
ffffffc0802021fe:	404000ef          	jal	ffffffc080202602 <inode_lock>
  int r = inode_write_locked(f->ip, 1, addr, f->off, n);
ffffffc080202202:	7494                	ld	a3,40(s1)
ffffffc080202204:	6c88                	ld	a0,24(s1)
ffffffc080202206:	874a                	mv	a4,s2
ffffffc080202208:	864e                	mv	a2,s3
ffffffc08020220a:	4585                	li	a1,1
ffffffc08020220c:	4e6000ef          	jal	ffffffc0802026f2 <inode_write_locked>
ffffffc080202210:	8a2a                	mv	s4,a0
  if (r > 0)
ffffffc080202212:	00a05563          	blez	a0,ffffffc08020221c <file_write+0x6e>
    f->off += r;
ffffffc080202216:	749c                	ld	a5,40(s1)
ffffffc080202218:	97aa                	add	a5,a5,a0
ffffffc08020221a:	f49c                	sd	a5,40(s1)
  inode_unlock(f->ip);
ffffffc08020221c:	6c88                	ld	a0,24(s1)
ffffffc08020221e:	3f4000ef          	jal	ffffffc080202612 <inode_unlock>
    return file_write_inode(f, addr, n);
ffffffc080202222:	b7d1                	j	ffffffc0802021e6 <file_write+0x38>
    if (f->major < 0 || f->major >= NDEV || devsw[f->major].write == NULL)
ffffffc080202224:	02051783          	lh	a5,32(a0)
ffffffc080202228:	4725                	li	a4,9
ffffffc08020222a:	03079693          	sll	a3,a5,0x30
ffffffc08020222e:	92c1                	srl	a3,a3,0x30
ffffffc080202230:	02d76e63          	bltu	a4,a3,ffffffc08020226c <file_write+0xbe>
ffffffc080202234:	0792                	sll	a5,a5,0x4
ffffffc080202236:	001b8717          	auipc	a4,0x1b8
ffffffc08020223a:	3fa70713          	add	a4,a4,1018 # ffffffc0803ba630 <devsw>
ffffffc08020223e:	97ba                	add	a5,a5,a4
ffffffc080202240:	679c                	ld	a5,8(a5)
ffffffc080202242:	c78d                	beqz	a5,ffffffc08020226c <file_write+0xbe>
}
ffffffc080202244:	7402                	ld	s0,32(sp)
ffffffc080202246:	70a2                	ld	ra,40(sp)
ffffffc080202248:	64e2                	ld	s1,24(sp)
ffffffc08020224a:	6942                	ld	s2,16(sp)
ffffffc08020224c:	6a02                	ld	s4,0(sp)
    return devsw[f->major].write(addr, n);
ffffffc08020224e:	854e                	mv	a0,s3
}
ffffffc080202250:	69a2                	ld	s3,8(sp)
    return devsw[f->major].write(addr, n);
ffffffc080202252:	85b2                	mv	a1,a2
}
ffffffc080202254:	6145                	add	sp,sp,48
    return devsw[f->major].write(addr, n);
ffffffc080202256:	8782                	jr	a5
}
ffffffc080202258:	7402                	ld	s0,32(sp)
ffffffc08020225a:	70a2                	ld	ra,40(sp)
ffffffc08020225c:	64e2                	ld	s1,24(sp)
ffffffc08020225e:	6942                	ld	s2,16(sp)
ffffffc080202260:	69a2                	ld	s3,8(sp)
ffffffc080202262:	6a02                	ld	s4,0(sp)
    return pipe_write(f->pipe, addr, n);
ffffffc080202264:	6908                	ld	a0,16(a0)
}
ffffffc080202266:	6145                	add	sp,sp,48
    return pipe_write(f->pipe, addr, n);
ffffffc080202268:	2d90006f          	j	ffffffc080202d40 <pipe_write>
ffffffc08020226c:	5a7d                	li	s4,-1
ffffffc08020226e:	bfa5                	j	ffffffc0802021e6 <file_write+0x38>

ffffffc080202270 <file_stat>:

/* See file.h. */
int file_stat(struct file *f, uint64 addr)
{
  if (f->type != FD_INODE && f->type != FD_DEVICE)
ffffffc080202270:	415c                	lw	a5,4(a0)
ffffffc080202272:	4705                	li	a4,1
ffffffc080202274:	9bf5                	and	a5,a5,-3
ffffffc080202276:	00e78463          	beq	a5,a4,ffffffc08020227e <file_stat+0xe>
    return -1;
ffffffc08020227a:	557d                	li	a0,-1
  struct stat st;
  inode_lock(f->ip);
  inode_stat_locked(f->ip, &st);
  inode_unlock(f->ip);
  return copyout(addr, &st, sizeof(st)) < 0 ? -1 : 0;
}
ffffffc08020227c:	8082                	ret
{
ffffffc08020227e:	7139                	add	sp,sp,-64
ffffffc080202280:	fc06                	sd	ra,56(sp)
ffffffc080202282:	f822                	sd	s0,48(sp)
ffffffc080202284:	f426                	sd	s1,40(sp)
ffffffc080202286:	0080                	add	s0,sp,64
ffffffc080202288:	f04a                	sd	s2,32(sp)
ffffffc08020228a:	84aa                	mv	s1,a0
  inode_lock(f->ip);
ffffffc08020228c:	6d08                	ld	a0,24(a0)
ffffffc08020228e:	892e                	mv	s2,a1
ffffffc080202290:	372000ef          	jal	ffffffc080202602 <inode_lock>
  inode_stat_locked(f->ip, &st);
ffffffc080202294:	6c88                	ld	a0,24(s1)
ffffffc080202296:	fc840593          	add	a1,s0,-56
ffffffc08020229a:	5f2000ef          	jal	ffffffc08020288c <inode_stat_locked>
  inode_unlock(f->ip);
ffffffc08020229e:	6c88                	ld	a0,24(s1)
ffffffc0802022a0:	372000ef          	jal	ffffffc080202612 <inode_unlock>
  return copyout(addr, &st, sizeof(st)) < 0 ? -1 : 0;
ffffffc0802022a4:	fc840593          	add	a1,s0,-56
ffffffc0802022a8:	854a                	mv	a0,s2
ffffffc0802022aa:	4661                	li	a2,24
ffffffc0802022ac:	378020ef          	jal	ffffffc080204624 <copyout>
}
ffffffc0802022b0:	70e2                	ld	ra,56(sp)
ffffffc0802022b2:	7442                	ld	s0,48(sp)
ffffffc0802022b4:	74a2                	ld	s1,40(sp)
ffffffc0802022b6:	7902                	ld	s2,32(sp)
  return copyout(addr, &st, sizeof(st)) < 0 ? -1 : 0;
ffffffc0802022b8:	41f5551b          	sraw	a0,a0,0x1f
}
ffffffc0802022bc:	6121                	add	sp,sp,64
ffffffc0802022be:	8082                	ret

ffffffc0802022c0 <inode_dup.part.0>:
  return inode_dup(&itable.inode[inum - 1]);
}

/* Returns ip with one more reference. Caller already holds one (or
 * fs_ns_lock, with ip named by a directory entry). */
struct inode *inode_dup(struct inode *ip)
ffffffc0802022c0:	1141                	add	sp,sp,-16
ffffffc0802022c2:	e022                	sd	s0,0(sp)
ffffffc0802022c4:	e406                	sd	ra,8(sp)
ffffffc0802022c6:	0800                	add	s0,sp,16
{
  spin_lock(&itable.lock);
  KASSERT(ip->type != 0);
ffffffc0802022c8:	00006717          	auipc	a4,0x6
ffffffc0802022cc:	22870713          	add	a4,a4,552 # ffffffc0802084f0 <__func__.0+0x10>
ffffffc0802022d0:	00006697          	auipc	a3,0x6
ffffffc0802022d4:	2d868693          	add	a3,a3,728 # ffffffc0802085a8 <__func__.3>
ffffffc0802022d8:	04f00613          	li	a2,79
ffffffc0802022dc:	00006597          	auipc	a1,0x6
ffffffc0802022e0:	22458593          	add	a1,a1,548 # ffffffc080208500 <__func__.0+0x20>
ffffffc0802022e4:	00006517          	auipc	a0,0x6
ffffffc0802022e8:	d8c50513          	add	a0,a0,-628 # ffffffc080208070 <__func__.0+0x40>
ffffffc0802022ec:	6c0010ef          	jal	ffffffc0802039ac <panic>

ffffffc0802022f0 <inode_table_init>:
{
ffffffc0802022f0:	7179                	add	sp,sp,-48
ffffffc0802022f2:	f406                	sd	ra,40(sp)
ffffffc0802022f4:	f022                	sd	s0,32(sp)
ffffffc0802022f6:	ec26                	sd	s1,24(sp)
ffffffc0802022f8:	e84a                	sd	s2,16(sp)
ffffffc0802022fa:	e44e                	sd	s3,8(sp)
ffffffc0802022fc:	e052                	sd	s4,0(sp)
ffffffc0802022fe:	1800                	add	s0,sp,48
  spin_init(&itable.lock, "itable");
ffffffc080202300:	00006597          	auipc	a1,0x6
ffffffc080202304:	21858593          	add	a1,a1,536 # ffffffc080208518 <__func__.0+0x38>
ffffffc080202308:	001b8517          	auipc	a0,0x1b8
ffffffc08020230c:	3f050513          	add	a0,a0,1008 # ffffffc0803ba6f8 <itable>
ffffffc080202310:	14c040ef          	jal	ffffffc08020645c <spin_init>
  sleeplock_init(&fs_ns_lock, "fs_ns");
ffffffc080202314:	00006597          	auipc	a1,0x6
ffffffc080202318:	20c58593          	add	a1,a1,524 # ffffffc080208520 <__func__.0+0x40>
ffffffc08020231c:	001b8517          	auipc	a0,0x1b8
ffffffc080202320:	3b450513          	add	a0,a0,948 # ffffffc0803ba6d0 <fs_ns_lock>
ffffffc080202324:	05e040ef          	jal	ffffffc080206382 <sleeplock_init>
  for (int i = 0; i < NINODE; i++) {
ffffffc080202328:	001b8497          	auipc	s1,0x1b8
ffffffc08020232c:	40048493          	add	s1,s1,1024 # ffffffc0803ba728 <itable+0x30>
ffffffc080202330:	4901                	li	s2,0
    sleeplock_init(&itable.inode[i].lock, "inode");
ffffffc080202332:	00006a17          	auipc	s4,0x6
ffffffc080202336:	1f6a0a13          	add	s4,s4,502 # ffffffc080208528 <__func__.0+0x48>
  for (int i = 0; i < NINODE; i++) {
ffffffc08020233a:	40000993          	li	s3,1024
    itable.inode[i].inum = i + 1;
ffffffc08020233e:	2905                	addw	s2,s2,1
    sleeplock_init(&itable.inode[i].lock, "inode");
ffffffc080202340:	8526                	mv	a0,s1
    itable.inode[i].inum = i + 1;
ffffffc080202342:	ff24a423          	sw	s2,-24(s1)
    sleeplock_init(&itable.inode[i].lock, "inode");
ffffffc080202346:	85d2                	mv	a1,s4
ffffffc080202348:	03a040ef          	jal	ffffffc080206382 <sleeplock_init>
  for (int i = 0; i < NINODE; i++) {
ffffffc08020234c:	05048493          	add	s1,s1,80
ffffffc080202350:	ff3917e3          	bne	s2,s3,ffffffc08020233e <inode_table_init+0x4e>
}
ffffffc080202354:	70a2                	ld	ra,40(sp)
ffffffc080202356:	7402                	ld	s0,32(sp)
ffffffc080202358:	64e2                	ld	s1,24(sp)
ffffffc08020235a:	6942                	ld	s2,16(sp)
ffffffc08020235c:	69a2                	ld	s3,8(sp)
ffffffc08020235e:	6a02                	ld	s4,0(sp)
ffffffc080202360:	6145                	add	sp,sp,48
ffffffc080202362:	8082                	ret

ffffffc080202364 <inode_alloc>:
{
ffffffc080202364:	715d                	add	sp,sp,-80
  KASSERT(type == T_DIR || type == T_FILE || type == T_DEVICE);
ffffffc080202366:	fff5079b          	addw	a5,a0,-1
{
ffffffc08020236a:	e0a2                	sd	s0,64(sp)
ffffffc08020236c:	e486                	sd	ra,72(sp)
ffffffc08020236e:	fc26                	sd	s1,56(sp)
ffffffc080202370:	f84a                	sd	s2,48(sp)
ffffffc080202372:	f44e                	sd	s3,40(sp)
ffffffc080202374:	f052                	sd	s4,32(sp)
ffffffc080202376:	ec56                	sd	s5,24(sp)
ffffffc080202378:	e85a                	sd	s6,16(sp)
ffffffc08020237a:	e45e                	sd	s7,8(sp)
ffffffc08020237c:	0880                	add	s0,sp,80
  KASSERT(type == T_DIR || type == T_FILE || type == T_DEVICE);
ffffffc08020237e:	17c2                	sll	a5,a5,0x30
ffffffc080202380:	93c1                	srl	a5,a5,0x30
ffffffc080202382:	4709                	li	a4,2
ffffffc080202384:	0af76463          	bltu	a4,a5,ffffffc08020242c <inode_alloc+0xc8>
ffffffc080202388:	8baa                	mv	s7,a0
  spin_lock(&itable.lock);
ffffffc08020238a:	001b8517          	auipc	a0,0x1b8
ffffffc08020238e:	36e50513          	add	a0,a0,878 # ffffffc0803ba6f8 <itable>
ffffffc080202392:	8a2e                	mv	s4,a1
ffffffc080202394:	89b2                	mv	s3,a2
ffffffc080202396:	0dc040ef          	jal	ffffffc080206472 <spin_lock>
  for (int i = 0; i < NINODE; i++) {
ffffffc08020239a:	4481                	li	s1,0
ffffffc08020239c:	001b8797          	auipc	a5,0x1b8
ffffffc0802023a0:	37878793          	add	a5,a5,888 # ffffffc0803ba714 <itable+0x1c>
ffffffc0802023a4:	40000693          	li	a3,1024
ffffffc0802023a8:	a031                	j	ffffffc0802023b4 <inode_alloc+0x50>
ffffffc0802023aa:	2485                	addw	s1,s1,1
ffffffc0802023ac:	05078793          	add	a5,a5,80
ffffffc0802023b0:	06d48663          	beq	s1,a3,ffffffc08020241c <inode_alloc+0xb8>
    if (itable.inode[i].type == 0) {
ffffffc0802023b4:	00079703          	lh	a4,0(a5)
ffffffc0802023b8:	fb6d                	bnez	a4,ffffffc0802023aa <inode_alloc+0x46>
      ip = &itable.inode[i];
ffffffc0802023ba:	00249793          	sll	a5,s1,0x2
ffffffc0802023be:	97a6                	add	a5,a5,s1
ffffffc0802023c0:	001b8a97          	auipc	s5,0x1b8
ffffffc0802023c4:	338a8a93          	add	s5,s5,824 # ffffffc0803ba6f8 <itable>
ffffffc0802023c8:	0792                	sll	a5,a5,0x4
      ip->type = type;
ffffffc0802023ca:	00fa8b33          	add	s6,s5,a5
      ip = &itable.inode[i];
ffffffc0802023ce:	07e1                	add	a5,a5,24
  spin_unlock(&itable.lock);
ffffffc0802023d0:	8556                	mv	a0,s5
      ip = &itable.inode[i];
ffffffc0802023d2:	01578933          	add	s2,a5,s5
      ip->ref = 1;
ffffffc0802023d6:	4785                	li	a5,1
ffffffc0802023d8:	02fb2223          	sw	a5,36(s6)
  ip->size = 0;
ffffffc0802023dc:	0485                	add	s1,s1,1
      ip->type = type;
ffffffc0802023de:	017b1e23          	sh	s7,28(s6)
  spin_unlock(&itable.lock);
ffffffc0802023e2:	18a040ef          	jal	ffffffc08020656c <spin_unlock>
  ip->size = 0;
ffffffc0802023e6:	00249793          	sll	a5,s1,0x2
ffffffc0802023ea:	97a6                	add	a5,a5,s1
ffffffc0802023ec:	0792                	sll	a5,a5,0x4
ffffffc0802023ee:	9abe                	add	s5,s5,a5
  ip->major = major;
ffffffc0802023f0:	014b1f23          	sh	s4,30(s6)
  ip->minor = minor;
ffffffc0802023f4:	033b1023          	sh	s3,32(s6)
  ip->nlink = 0;
ffffffc0802023f8:	020b1423          	sh	zero,40(s6)
  ip->size = 0;
ffffffc0802023fc:	000ab423          	sd	zero,8(s5)
  ip->pages = NULL;
ffffffc080202400:	000ab823          	sd	zero,16(s5)
}
ffffffc080202404:	60a6                	ld	ra,72(sp)
ffffffc080202406:	6406                	ld	s0,64(sp)
ffffffc080202408:	74e2                	ld	s1,56(sp)
ffffffc08020240a:	79a2                	ld	s3,40(sp)
ffffffc08020240c:	7a02                	ld	s4,32(sp)
ffffffc08020240e:	6ae2                	ld	s5,24(sp)
ffffffc080202410:	6b42                	ld	s6,16(sp)
ffffffc080202412:	6ba2                	ld	s7,8(sp)
ffffffc080202414:	854a                	mv	a0,s2
ffffffc080202416:	7942                	ld	s2,48(sp)
ffffffc080202418:	6161                	add	sp,sp,80
ffffffc08020241a:	8082                	ret
  spin_unlock(&itable.lock);
ffffffc08020241c:	001b8517          	auipc	a0,0x1b8
ffffffc080202420:	2dc50513          	add	a0,a0,732 # ffffffc0803ba6f8 <itable>
ffffffc080202424:	148040ef          	jal	ffffffc08020656c <spin_unlock>
    return NULL;
ffffffc080202428:	4901                	li	s2,0
ffffffc08020242a:	bfe9                	j	ffffffc080202404 <inode_alloc+0xa0>
  KASSERT(type == T_DIR || type == T_FILE || type == T_DEVICE);
ffffffc08020242c:	00006717          	auipc	a4,0x6
ffffffc080202430:	10470713          	add	a4,a4,260 # ffffffc080208530 <__func__.0+0x50>
ffffffc080202434:	00006697          	auipc	a3,0x6
ffffffc080202438:	18468693          	add	a3,a3,388 # ffffffc0802085b8 <__func__.5>
ffffffc08020243c:	02b00613          	li	a2,43
ffffffc080202440:	00006597          	auipc	a1,0x6
ffffffc080202444:	0c058593          	add	a1,a1,192 # ffffffc080208500 <__func__.0+0x20>
ffffffc080202448:	00006517          	auipc	a0,0x6
ffffffc08020244c:	c2850513          	add	a0,a0,-984 # ffffffc080208070 <__func__.0+0x40>
ffffffc080202450:	55c010ef          	jal	ffffffc0802039ac <panic>

ffffffc080202454 <inode_get>:
{
ffffffc080202454:	7179                	add	sp,sp,-48
ffffffc080202456:	f022                	sd	s0,32(sp)
ffffffc080202458:	f406                	sd	ra,40(sp)
ffffffc08020245a:	ec26                	sd	s1,24(sp)
ffffffc08020245c:	e84a                	sd	s2,16(sp)
ffffffc08020245e:	e44e                	sd	s3,8(sp)
ffffffc080202460:	1800                	add	s0,sp,48
  KASSERT(inum >= 1 && inum <= NINODE);
ffffffc080202462:	357d                	addw	a0,a0,-1
ffffffc080202464:	0005071b          	sext.w	a4,a0
ffffffc080202468:	3ff00793          	li	a5,1023
ffffffc08020246c:	04e7e663          	bltu	a5,a4,ffffffc0802024b8 <inode_get+0x64>
  return inode_dup(&itable.inode[inum - 1]);
ffffffc080202470:	1502                	sll	a0,a0,0x20
ffffffc080202472:	9101                	srl	a0,a0,0x20
ffffffc080202474:	001b8917          	auipc	s2,0x1b8
ffffffc080202478:	28490913          	add	s2,s2,644 # ffffffc0803ba6f8 <itable>
ffffffc08020247c:	00251793          	sll	a5,a0,0x2
ffffffc080202480:	97aa                	add	a5,a5,a0
  spin_lock(&itable.lock);
ffffffc080202482:	854a                	mv	a0,s2
  return inode_dup(&itable.inode[inum - 1]);
ffffffc080202484:	00479493          	sll	s1,a5,0x4
  spin_lock(&itable.lock);
ffffffc080202488:	7eb030ef          	jal	ffffffc080206472 <spin_lock>
  KASSERT(ip->type != 0);
ffffffc08020248c:	009907b3          	add	a5,s2,s1
ffffffc080202490:	01c79703          	lh	a4,28(a5)
  return inode_dup(&itable.inode[inum - 1]);
ffffffc080202494:	01848993          	add	s3,s1,24
ffffffc080202498:	99ca                	add	s3,s3,s2
  KASSERT(ip->type != 0);
ffffffc08020249a:	c339                	beqz	a4,ffffffc0802024e0 <inode_get+0x8c>
  ip->ref++;
ffffffc08020249c:	53d8                	lw	a4,36(a5)
  spin_unlock(&itable.lock);
ffffffc08020249e:	854a                	mv	a0,s2
  ip->ref++;
ffffffc0802024a0:	2705                	addw	a4,a4,1
ffffffc0802024a2:	d3d8                	sw	a4,36(a5)
  spin_unlock(&itable.lock);
ffffffc0802024a4:	0c8040ef          	jal	ffffffc08020656c <spin_unlock>
}
ffffffc0802024a8:	70a2                	ld	ra,40(sp)
ffffffc0802024aa:	7402                	ld	s0,32(sp)
ffffffc0802024ac:	64e2                	ld	s1,24(sp)
ffffffc0802024ae:	6942                	ld	s2,16(sp)
ffffffc0802024b0:	854e                	mv	a0,s3
ffffffc0802024b2:	69a2                	ld	s3,8(sp)
ffffffc0802024b4:	6145                	add	sp,sp,48
ffffffc0802024b6:	8082                	ret
  KASSERT(inum >= 1 && inum <= NINODE);
ffffffc0802024b8:	00006717          	auipc	a4,0x6
ffffffc0802024bc:	0b070713          	add	a4,a4,176 # ffffffc080208568 <__func__.0+0x88>
ffffffc0802024c0:	00006697          	auipc	a3,0x6
ffffffc0802024c4:	10868693          	add	a3,a3,264 # ffffffc0802085c8 <__func__.4>
ffffffc0802024c8:	04600613          	li	a2,70
ffffffc0802024cc:	00006597          	auipc	a1,0x6
ffffffc0802024d0:	03458593          	add	a1,a1,52 # ffffffc080208500 <__func__.0+0x20>
ffffffc0802024d4:	00006517          	auipc	a0,0x6
ffffffc0802024d8:	b9c50513          	add	a0,a0,-1124 # ffffffc080208070 <__func__.0+0x40>
ffffffc0802024dc:	4d0010ef          	jal	ffffffc0802039ac <panic>
ffffffc0802024e0:	de1ff0ef          	jal	ffffffc0802022c0 <inode_dup.part.0>

ffffffc0802024e4 <inode_dup>:
{
ffffffc0802024e4:	1101                	add	sp,sp,-32
ffffffc0802024e6:	e822                	sd	s0,16(sp)
ffffffc0802024e8:	e426                	sd	s1,8(sp)
ffffffc0802024ea:	ec06                	sd	ra,24(sp)
ffffffc0802024ec:	1000                	add	s0,sp,32
ffffffc0802024ee:	84aa                	mv	s1,a0
  spin_lock(&itable.lock);
ffffffc0802024f0:	001b8517          	auipc	a0,0x1b8
ffffffc0802024f4:	20850513          	add	a0,a0,520 # ffffffc0803ba6f8 <itable>
ffffffc0802024f8:	77b030ef          	jal	ffffffc080206472 <spin_lock>
  KASSERT(ip->type != 0);
ffffffc0802024fc:	00449783          	lh	a5,4(s1)
ffffffc080202500:	c385                	beqz	a5,ffffffc080202520 <inode_dup+0x3c>
  ip->ref++;
ffffffc080202502:	44dc                	lw	a5,12(s1)
  spin_unlock(&itable.lock);
ffffffc080202504:	001b8517          	auipc	a0,0x1b8
ffffffc080202508:	1f450513          	add	a0,a0,500 # ffffffc0803ba6f8 <itable>
  ip->ref++;
ffffffc08020250c:	2785                	addw	a5,a5,1
ffffffc08020250e:	c4dc                	sw	a5,12(s1)
  spin_unlock(&itable.lock);
ffffffc080202510:	05c040ef          	jal	ffffffc08020656c <spin_unlock>
  return ip;
}
ffffffc080202514:	60e2                	ld	ra,24(sp)
ffffffc080202516:	6442                	ld	s0,16(sp)
ffffffc080202518:	8526                	mv	a0,s1
ffffffc08020251a:	64a2                	ld	s1,8(sp)
ffffffc08020251c:	6105                	add	sp,sp,32
ffffffc08020251e:	8082                	ret
ffffffc080202520:	da1ff0ef          	jal	ffffffc0802022c0 <inode_dup.part.0>

ffffffc080202524 <inode_put>:
/* Drops a reference. When it was the last one and no directory entry
 * names the inode, its pages are freed and the slot reused. No lock held
 * on entry, except possibly fs_ns_lock. (nlink cannot change under us once
 * ref is 0: changing it needs a reference.) */
void inode_put(struct inode *ip)
{
ffffffc080202524:	7179                	add	sp,sp,-48
ffffffc080202526:	f022                	sd	s0,32(sp)
ffffffc080202528:	e44e                	sd	s3,8(sp)
ffffffc08020252a:	f406                	sd	ra,40(sp)
ffffffc08020252c:	ec26                	sd	s1,24(sp)
ffffffc08020252e:	e84a                	sd	s2,16(sp)
ffffffc080202530:	1800                	add	s0,sp,48
ffffffc080202532:	89aa                	mv	s3,a0
  spin_lock(&itable.lock);
ffffffc080202534:	001b8517          	auipc	a0,0x1b8
ffffffc080202538:	1c450513          	add	a0,a0,452 # ffffffc0803ba6f8 <itable>
ffffffc08020253c:	737030ef          	jal	ffffffc080206472 <spin_lock>
  KASSERT(ip->ref > 0);
ffffffc080202540:	00c9a783          	lw	a5,12(s3)
ffffffc080202544:	06f05b63          	blez	a5,ffffffc0802025ba <inode_put+0x96>
  ip->ref--;
ffffffc080202548:	fff7871b          	addw	a4,a5,-1
ffffffc08020254c:	00e9a623          	sw	a4,12(s3)
  bool dead = ip->ref == 0 && ip->nlink == 0;
  spin_unlock(&itable.lock);
ffffffc080202550:	001b8517          	auipc	a0,0x1b8
ffffffc080202554:	1a850513          	add	a0,a0,424 # ffffffc0803ba6f8 <itable>
  bool dead = ip->ref == 0 && ip->nlink == 0;
ffffffc080202558:	eb29                	bnez	a4,ffffffc0802025aa <inode_put+0x86>
ffffffc08020255a:	01099783          	lh	a5,16(s3)
ffffffc08020255e:	e7b1                	bnez	a5,ffffffc0802025aa <inode_put+0x86>
  spin_unlock(&itable.lock);
ffffffc080202560:	00c040ef          	jal	ffffffc08020656c <spin_unlock>
  if (ip->pages == NULL)
ffffffc080202564:	0489b703          	ld	a4,72(s3)
ffffffc080202568:	c31d                	beqz	a4,ffffffc08020258e <inode_put+0x6a>
ffffffc08020256a:	4481                	li	s1,0
  for (int i = 0; i < MAXFILEPAGES; i++)
ffffffc08020256c:	6905                	lui	s2,0x1
    if (ip->pages[i] != NULL)
ffffffc08020256e:	009707b3          	add	a5,a4,s1
ffffffc080202572:	6388                	ld	a0,0(a5)
ffffffc080202574:	c509                	beqz	a0,ffffffc08020257e <inode_put+0x5a>
      page_free(ip->pages[i]);
ffffffc080202576:	63b010ef          	jal	ffffffc0802043b0 <page_free>
  page_free(ip->pages);
ffffffc08020257a:	0489b703          	ld	a4,72(s3)
  for (int i = 0; i < MAXFILEPAGES; i++)
ffffffc08020257e:	04a1                	add	s1,s1,8
ffffffc080202580:	ff2497e3          	bne	s1,s2,ffffffc08020256e <inode_put+0x4a>
  page_free(ip->pages);
ffffffc080202584:	853a                	mv	a0,a4
ffffffc080202586:	62b010ef          	jal	ffffffc0802043b0 <page_free>
  ip->pages = NULL;
ffffffc08020258a:	0409b423          	sd	zero,72(s3)
  if (!dead)
    return;
  /* Unreachable now: no entry names it and nobody holds it. */
  inode_free_pages(ip);
  ip->size = 0;
  spin_lock(&itable.lock);
ffffffc08020258e:	001b8517          	auipc	a0,0x1b8
ffffffc080202592:	16a50513          	add	a0,a0,362 # ffffffc0803ba6f8 <itable>
  ip->size = 0;
ffffffc080202596:	0409b023          	sd	zero,64(s3)
  spin_lock(&itable.lock);
ffffffc08020259a:	6d9030ef          	jal	ffffffc080206472 <spin_lock>
  ip->type = 0;
  spin_unlock(&itable.lock);
ffffffc08020259e:	001b8517          	auipc	a0,0x1b8
ffffffc0802025a2:	15a50513          	add	a0,a0,346 # ffffffc0803ba6f8 <itable>
  ip->type = 0;
ffffffc0802025a6:	00099223          	sh	zero,4(s3)
}
ffffffc0802025aa:	7402                	ld	s0,32(sp)
ffffffc0802025ac:	70a2                	ld	ra,40(sp)
ffffffc0802025ae:	64e2                	ld	s1,24(sp)
ffffffc0802025b0:	6942                	ld	s2,16(sp)
ffffffc0802025b2:	69a2                	ld	s3,8(sp)
ffffffc0802025b4:	6145                	add	sp,sp,48
  spin_unlock(&itable.lock);
ffffffc0802025b6:	7b70306f          	j	ffffffc08020656c <spin_unlock>
  KASSERT(ip->ref > 0);
ffffffc0802025ba:	00006717          	auipc	a4,0x6
ffffffc0802025be:	fce70713          	add	a4,a4,-50 # ffffffc080208588 <__func__.0+0xa8>
ffffffc0802025c2:	00006697          	auipc	a3,0x6
ffffffc0802025c6:	01668693          	add	a3,a3,22 # ffffffc0802085d8 <__func__.2>
ffffffc0802025ca:	06900613          	li	a2,105
ffffffc0802025ce:	00006597          	auipc	a1,0x6
ffffffc0802025d2:	f3258593          	add	a1,a1,-206 # ffffffc080208500 <__func__.0+0x20>
ffffffc0802025d6:	00006517          	auipc	a0,0x6
ffffffc0802025da:	a9a50513          	add	a0,a0,-1382 # ffffffc080208070 <__func__.0+0x40>
ffffffc0802025de:	3ce010ef          	jal	ffffffc0802039ac <panic>

ffffffc0802025e2 <inode_type>:

/* Returns T_DIR, T_FILE or T_DEVICE. Caller holds a reference. */
int inode_type(struct inode *ip)
{
ffffffc0802025e2:	1141                	add	sp,sp,-16
ffffffc0802025e4:	e422                	sd	s0,8(sp)
ffffffc0802025e6:	0800                	add	s0,sp,16
  return ip->type;
}
ffffffc0802025e8:	6422                	ld	s0,8(sp)
ffffffc0802025ea:	00451503          	lh	a0,4(a0)
ffffffc0802025ee:	0141                	add	sp,sp,16
ffffffc0802025f0:	8082                	ret

ffffffc0802025f2 <inode_major>:

/* Returns a device inode's major number (0 for others). Caller holds a
 * reference. */
int inode_major(struct inode *ip)
{
ffffffc0802025f2:	1141                	add	sp,sp,-16
ffffffc0802025f4:	e422                	sd	s0,8(sp)
ffffffc0802025f6:	0800                	add	s0,sp,16
  return ip->major;
}
ffffffc0802025f8:	6422                	ld	s0,8(sp)
ffffffc0802025fa:	00651503          	lh	a0,6(a0)
ffffffc0802025fe:	0141                	add	sp,sp,16
ffffffc080202600:	8082                	ret

ffffffc080202602 <inode_lock>:

/* Takes ip's data lock (sleeps). Caller holds a reference. */
void inode_lock(struct inode *ip)
{
ffffffc080202602:	1141                	add	sp,sp,-16
ffffffc080202604:	e422                	sd	s0,8(sp)
ffffffc080202606:	0800                	add	s0,sp,16
  sleeplock_acquire(&ip->lock);
}
ffffffc080202608:	6422                	ld	s0,8(sp)
  sleeplock_acquire(&ip->lock);
ffffffc08020260a:	0561                	add	a0,a0,24
}
ffffffc08020260c:	0141                	add	sp,sp,16
  sleeplock_acquire(&ip->lock);
ffffffc08020260e:	5a90306f          	j	ffffffc0802063b6 <sleeplock_acquire>

ffffffc080202612 <inode_unlock>:

/* Releases ip's data lock. Caller holds it. */
void inode_unlock(struct inode *ip)
{
ffffffc080202612:	1141                	add	sp,sp,-16
ffffffc080202614:	e422                	sd	s0,8(sp)
ffffffc080202616:	0800                	add	s0,sp,16
  sleeplock_release(&ip->lock);
}
ffffffc080202618:	6422                	ld	s0,8(sp)
  sleeplock_release(&ip->lock);
ffffffc08020261a:	0561                	add	a0,a0,24
}
ffffffc08020261c:	0141                	add	sp,sp,16
  sleeplock_release(&ip->lock);
ffffffc08020261e:	5d50306f          	j	ffffffc0802063f2 <sleeplock_release>

ffffffc080202622 <inode_read_locked>:

/* Returns bytes copied out of ip from off (at most n), 0 at end of file,
 * or -1 when the first copy failed. Caller holds ip->lock. */
int inode_read_locked(struct inode *ip, int user_dst, uint64 dst, uint64 off,
                      uint64 n)
{
ffffffc080202622:	711d                	add	sp,sp,-96
ffffffc080202624:	e8a2                	sd	s0,80(sp)
ffffffc080202626:	e466                	sd	s9,8(sp)
ffffffc080202628:	ec86                	sd	ra,88(sp)
ffffffc08020262a:	e4a6                	sd	s1,72(sp)
ffffffc08020262c:	e0ca                	sd	s2,64(sp)
ffffffc08020262e:	fc4e                	sd	s3,56(sp)
ffffffc080202630:	f852                	sd	s4,48(sp)
ffffffc080202632:	f456                	sd	s5,40(sp)
ffffffc080202634:	f05a                	sd	s6,32(sp)
ffffffc080202636:	ec5e                	sd	s7,24(sp)
ffffffc080202638:	e862                	sd	s8,16(sp)
ffffffc08020263a:	1080                	add	s0,sp,96
  if (off >= ip->size)
ffffffc08020263c:	04053c83          	ld	s9,64(a0)
ffffffc080202640:	0b96f763          	bgeu	a3,s9,ffffffc0802026ee <inode_read_locked+0xcc>
    return 0;
  if (n > ip->size - off)
ffffffc080202644:	40dc8cb3          	sub	s9,s9,a3
ffffffc080202648:	8a2a                	mv	s4,a0
ffffffc08020264a:	89b6                	mv	s3,a3
ffffffc08020264c:	8aae                	mv	s5,a1
ffffffc08020264e:	8b32                	mv	s6,a2
ffffffc080202650:	07976c63          	bltu	a4,s9,ffffffc0802026c8 <inode_read_locked+0xa6>
    n = ip->size - off;
  uint64 done = 0;
  while (done < n) {
ffffffc080202654:	080c8d63          	beqz	s9,ffffffc0802026ee <inode_read_locked+0xcc>
    uint64 pos = off + done;
    uint64 m = PGSIZE - pos % PGSIZE;
ffffffc080202658:	6b85                	lui	s7,0x1
  uint64 done = 0;
ffffffc08020265a:	4481                	li	s1,0
    uint64 m = PGSIZE - pos % PGSIZE;
ffffffc08020265c:	fffb8c13          	add	s8,s7,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc080202660:	a015                	j	ffffffc080202684 <inode_read_locked+0x62>
    if (m > n - done)
      m = n - done;
    char *page = inode_page(ip, pos / PGSIZE, false);
ffffffc080202662:	83b1                	srl	a5,a5,0xc
  if (ip->pages[pg] == NULL && alloc)
ffffffc080202664:	078e                	sll	a5,a5,0x3
ffffffc080202666:	973e                	add	a4,a4,a5
ffffffc080202668:	631c                	ld	a5,0(a4)
    KASSERT(page != NULL); /* every page below size exists */
ffffffc08020266a:	cb9d                	beqz	a5,ffffffc0802026a0 <inode_read_locked+0x7e>
    if (either_copyout(user_dst, dst + done, page + pos % PGSIZE, m) < 0)
ffffffc08020266c:	86ca                	mv	a3,s2
ffffffc08020266e:	963e                	add	a2,a2,a5
ffffffc080202670:	009b05b3          	add	a1,s6,s1
ffffffc080202674:	8556                	mv	a0,s5
ffffffc080202676:	22e020ef          	jal	ffffffc0802048a4 <either_copyout>
ffffffc08020267a:	04054963          	bltz	a0,ffffffc0802026cc <inode_read_locked+0xaa>
      return done > 0 ? (int)done : -1;
    done += m;
ffffffc08020267e:	94ca                	add	s1,s1,s2
  while (done < n) {
ffffffc080202680:	0594f863          	bgeu	s1,s9,ffffffc0802026d0 <inode_read_locked+0xae>
    uint64 pos = off + done;
ffffffc080202684:	009987b3          	add	a5,s3,s1
    uint64 m = PGSIZE - pos % PGSIZE;
ffffffc080202688:	0187f633          	and	a2,a5,s8
ffffffc08020268c:	40cb8733          	sub	a4,s7,a2
ffffffc080202690:	409c8933          	sub	s2,s9,s1
ffffffc080202694:	01277363          	bgeu	a4,s2,ffffffc08020269a <inode_read_locked+0x78>
ffffffc080202698:	893a                	mv	s2,a4
  if (ip->pages == NULL) {
ffffffc08020269a:	048a3703          	ld	a4,72(s4)
ffffffc08020269e:	f371                	bnez	a4,ffffffc080202662 <inode_read_locked+0x40>
    KASSERT(page != NULL); /* every page below size exists */
ffffffc0802026a0:	00006717          	auipc	a4,0x6
ffffffc0802026a4:	ef870713          	add	a4,a4,-264 # ffffffc080208598 <__func__.0+0xb8>
ffffffc0802026a8:	00006697          	auipc	a3,0x6
ffffffc0802026ac:	f4068693          	add	a3,a3,-192 # ffffffc0802085e8 <__func__.1>
ffffffc0802026b0:	0b000613          	li	a2,176
ffffffc0802026b4:	00006597          	auipc	a1,0x6
ffffffc0802026b8:	e4c58593          	add	a1,a1,-436 # ffffffc080208500 <__func__.0+0x20>
ffffffc0802026bc:	00006517          	auipc	a0,0x6
ffffffc0802026c0:	9b450513          	add	a0,a0,-1612 # ffffffc080208070 <__func__.0+0x40>
ffffffc0802026c4:	2e8010ef          	jal	ffffffc0802039ac <panic>
ffffffc0802026c8:	8cba                	mv	s9,a4
ffffffc0802026ca:	b769                	j	ffffffc080202654 <inode_read_locked+0x32>
      return done > 0 ? (int)done : -1;
ffffffc0802026cc:	557d                	li	a0,-1
ffffffc0802026ce:	c099                	beqz	s1,ffffffc0802026d4 <inode_read_locked+0xb2>
  }
  return (int)done;
ffffffc0802026d0:	0004851b          	sext.w	a0,s1
}
ffffffc0802026d4:	60e6                	ld	ra,88(sp)
ffffffc0802026d6:	6446                	ld	s0,80(sp)
ffffffc0802026d8:	64a6                	ld	s1,72(sp)
ffffffc0802026da:	6906                	ld	s2,64(sp)
ffffffc0802026dc:	79e2                	ld	s3,56(sp)
ffffffc0802026de:	7a42                	ld	s4,48(sp)
ffffffc0802026e0:	7aa2                	ld	s5,40(sp)
ffffffc0802026e2:	7b02                	ld	s6,32(sp)
ffffffc0802026e4:	6be2                	ld	s7,24(sp)
ffffffc0802026e6:	6c42                	ld	s8,16(sp)
ffffffc0802026e8:	6ca2                	ld	s9,8(sp)
ffffffc0802026ea:	6125                	add	sp,sp,96
ffffffc0802026ec:	8082                	ret
    return 0;
ffffffc0802026ee:	4501                	li	a0,0
ffffffc0802026f0:	b7d5                	j	ffffffc0802026d4 <inode_read_locked+0xb2>

ffffffc0802026f2 <inode_write_locked>:
/* Returns bytes written into ip at off (at most n), or -1 when none could
 * be: off past the end, file at its size limit, no memory, bad source.
 * Grows size to cover what was written. Caller holds ip->lock. */
int inode_write_locked(struct inode *ip, int user_src, uint64 src, uint64 off,
                       uint64 n)
{
ffffffc0802026f2:	7119                	add	sp,sp,-128
ffffffc0802026f4:	f8a2                	sd	s0,112(sp)
ffffffc0802026f6:	fc86                	sd	ra,120(sp)
ffffffc0802026f8:	f4a6                	sd	s1,104(sp)
ffffffc0802026fa:	f0ca                	sd	s2,96(sp)
ffffffc0802026fc:	ecce                	sd	s3,88(sp)
ffffffc0802026fe:	e8d2                	sd	s4,80(sp)
ffffffc080202700:	e4d6                	sd	s5,72(sp)
ffffffc080202702:	e0da                	sd	s6,64(sp)
ffffffc080202704:	fc5e                	sd	s7,56(sp)
ffffffc080202706:	f862                	sd	s8,48(sp)
ffffffc080202708:	f466                	sd	s9,40(sp)
ffffffc08020270a:	f06a                	sd	s10,32(sp)
ffffffc08020270c:	ec6e                	sd	s11,24(sp)
ffffffc08020270e:	0100                	add	s0,sp,128
  if (off > ip->size || off >= MAXFILESIZE)
ffffffc080202710:	613c                	ld	a5,64(a0)
{
ffffffc080202712:	f8b43423          	sd	a1,-120(s0)
  if (off > ip->size || off >= MAXFILESIZE)
ffffffc080202716:	08d7e763          	bltu	a5,a3,ffffffc0802027a4 <inode_write_locked+0xb2>
ffffffc08020271a:	002009b7          	lui	s3,0x200
ffffffc08020271e:	8a36                	mv	s4,a3
ffffffc080202720:	0936f263          	bgeu	a3,s3,ffffffc0802027a4 <inode_write_locked+0xb2>
    return -1;
  if (n > MAXFILESIZE - off)
ffffffc080202724:	40d989b3          	sub	s3,s3,a3
ffffffc080202728:	8daa                	mv	s11,a0
ffffffc08020272a:	8b32                	mv	s6,a2
ffffffc08020272c:	0b376863          	bltu	a4,s3,ffffffc0802027dc <inode_write_locked+0xea>
    n = MAXFILESIZE - off;
  uint64 done = 0;
  while (done < n) {
ffffffc080202730:	0a098863          	beqz	s3,ffffffc0802027e0 <inode_write_locked+0xee>
    uint64 pos = off + done;
    uint64 m = PGSIZE - pos % PGSIZE;
ffffffc080202734:	6b85                	lui	s7,0x1
  uint64 done = 0;
ffffffc080202736:	4c81                	li	s9,0
ffffffc080202738:	87d2                	mv	a5,s4
    uint64 m = PGSIZE - pos % PGSIZE;
ffffffc08020273a:	fffb8c13          	add	s8,s7,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc08020273e:	0187fab3          	and	s5,a5,s8
    if (m > n - done)
ffffffc080202742:	41998d33          	sub	s10,s3,s9
    uint64 m = PGSIZE - pos % PGSIZE;
ffffffc080202746:	415b86b3          	sub	a3,s7,s5
ffffffc08020274a:	01a6f363          	bgeu	a3,s10,ffffffc080202750 <inode_write_locked+0x5e>
ffffffc08020274e:	8d36                	mv	s10,a3
  if (ip->pages == NULL) {
ffffffc080202750:	048db503          	ld	a0,72(s11)
      m = n - done;
    char *page = inode_page(ip, pos / PGSIZE, true);
ffffffc080202754:	83b1                	srl	a5,a5,0xc
  if (ip->pages[pg] == NULL && alloc)
ffffffc080202756:	00379493          	sll	s1,a5,0x3
  if (ip->pages == NULL) {
ffffffc08020275a:	cd15                	beqz	a0,ffffffc080202796 <inode_write_locked+0xa4>
  if (ip->pages[pg] == NULL && alloc)
ffffffc08020275c:	00950933          	add	s2,a0,s1
ffffffc080202760:	00093503          	ld	a0,0(s2) # 1000 <KERNEL_PA-0x801ff000>
ffffffc080202764:	c125                	beqz	a0,ffffffc0802027c4 <inode_write_locked+0xd2>
    if (page == NULL)
      break;
    if (either_copyin(page + pos % PGSIZE, user_src, src + done, m) < 0)
ffffffc080202766:	f8843583          	ld	a1,-120(s0)
ffffffc08020276a:	016c8633          	add	a2,s9,s6
ffffffc08020276e:	86ea                	mv	a3,s10
ffffffc080202770:	9556                	add	a0,a0,s5
ffffffc080202772:	1f6020ef          	jal	ffffffc080204968 <either_copyin>
ffffffc080202776:	02054563          	bltz	a0,ffffffc0802027a0 <inode_write_locked+0xae>
      break;
    done += m;
    if (off + done > ip->size)
ffffffc08020277a:	040db703          	ld	a4,64(s11)
    done += m;
ffffffc08020277e:	9cea                	add	s9,s9,s10
    if (off + done > ip->size)
ffffffc080202780:	019a07b3          	add	a5,s4,s9
ffffffc080202784:	00f77463          	bgeu	a4,a5,ffffffc08020278c <inode_write_locked+0x9a>
      ip->size = off + done;
ffffffc080202788:	04fdb023          	sd	a5,64(s11)
  while (done < n) {
ffffffc08020278c:	fb3ce9e3          	bltu	s9,s3,ffffffc08020273e <inode_write_locked+0x4c>
  }
  if (done == 0 && n > 0)
    return -1;
  return (int)done;
ffffffc080202790:	000c851b          	sext.w	a0,s9
ffffffc080202794:	a809                	j	ffffffc0802027a6 <inode_write_locked+0xb4>
    ip->pages = page_alloc_zeroed();
ffffffc080202796:	3f5010ef          	jal	ffffffc08020438a <page_alloc_zeroed>
ffffffc08020279a:	04adb423          	sd	a0,72(s11)
    if (ip->pages == NULL)
ffffffc08020279e:	fd5d                	bnez	a0,ffffffc08020275c <inode_write_locked+0x6a>
  if (done == 0 && n > 0)
ffffffc0802027a0:	fe0c98e3          	bnez	s9,ffffffc080202790 <inode_write_locked+0x9e>
    return -1;
ffffffc0802027a4:	557d                	li	a0,-1
}
ffffffc0802027a6:	70e6                	ld	ra,120(sp)
ffffffc0802027a8:	7446                	ld	s0,112(sp)
ffffffc0802027aa:	74a6                	ld	s1,104(sp)
ffffffc0802027ac:	7906                	ld	s2,96(sp)
ffffffc0802027ae:	69e6                	ld	s3,88(sp)
ffffffc0802027b0:	6a46                	ld	s4,80(sp)
ffffffc0802027b2:	6aa6                	ld	s5,72(sp)
ffffffc0802027b4:	6b06                	ld	s6,64(sp)
ffffffc0802027b6:	7be2                	ld	s7,56(sp)
ffffffc0802027b8:	7c42                	ld	s8,48(sp)
ffffffc0802027ba:	7ca2                	ld	s9,40(sp)
ffffffc0802027bc:	7d02                	ld	s10,32(sp)
ffffffc0802027be:	6de2                	ld	s11,24(sp)
ffffffc0802027c0:	6109                	add	sp,sp,128
ffffffc0802027c2:	8082                	ret
    ip->pages[pg] = page_alloc();
ffffffc0802027c4:	2df010ef          	jal	ffffffc0802042a2 <page_alloc>
ffffffc0802027c8:	00a93023          	sd	a0,0(s2)
  return ip->pages[pg];
ffffffc0802027cc:	048db783          	ld	a5,72(s11)
ffffffc0802027d0:	97a6                	add	a5,a5,s1
ffffffc0802027d2:	6388                	ld	a0,0(a5)
    if (page == NULL)
ffffffc0802027d4:	f949                	bnez	a0,ffffffc080202766 <inode_write_locked+0x74>
  if (done == 0 && n > 0)
ffffffc0802027d6:	fc0c87e3          	beqz	s9,ffffffc0802027a4 <inode_write_locked+0xb2>
ffffffc0802027da:	bf5d                	j	ffffffc080202790 <inode_write_locked+0x9e>
ffffffc0802027dc:	89ba                	mv	s3,a4
ffffffc0802027de:	bf89                	j	ffffffc080202730 <inode_write_locked+0x3e>
  while (done < n) {
ffffffc0802027e0:	4501                	li	a0,0
  return (int)done;
ffffffc0802027e2:	b7d1                	j	ffffffc0802027a6 <inode_write_locked+0xb4>

ffffffc0802027e4 <inode_truncate_locked>:

/* Empties ip. Caller holds ip->lock. */
void inode_truncate_locked(struct inode *ip)
{
ffffffc0802027e4:	7179                	add	sp,sp,-48
ffffffc0802027e6:	f022                	sd	s0,32(sp)
ffffffc0802027e8:	e44e                	sd	s3,8(sp)
ffffffc0802027ea:	f406                	sd	ra,40(sp)
ffffffc0802027ec:	ec26                	sd	s1,24(sp)
ffffffc0802027ee:	e84a                	sd	s2,16(sp)
ffffffc0802027f0:	1800                	add	s0,sp,48
  if (ip->pages == NULL)
ffffffc0802027f2:	6538                	ld	a4,72(a0)
{
ffffffc0802027f4:	89aa                	mv	s3,a0
  if (ip->pages == NULL)
ffffffc0802027f6:	c31d                	beqz	a4,ffffffc08020281c <inode_truncate_locked+0x38>
ffffffc0802027f8:	4481                	li	s1,0
  for (int i = 0; i < MAXFILEPAGES; i++)
ffffffc0802027fa:	6905                	lui	s2,0x1
    if (ip->pages[i] != NULL)
ffffffc0802027fc:	009707b3          	add	a5,a4,s1
ffffffc080202800:	6388                	ld	a0,0(a5)
  for (int i = 0; i < MAXFILEPAGES; i++)
ffffffc080202802:	04a1                	add	s1,s1,8
    if (ip->pages[i] != NULL)
ffffffc080202804:	c509                	beqz	a0,ffffffc08020280e <inode_truncate_locked+0x2a>
      page_free(ip->pages[i]);
ffffffc080202806:	3ab010ef          	jal	ffffffc0802043b0 <page_free>
  page_free(ip->pages);
ffffffc08020280a:	0489b703          	ld	a4,72(s3) # 200048 <KERNEL_PA-0x7fffffb8>
  for (int i = 0; i < MAXFILEPAGES; i++)
ffffffc08020280e:	ff2497e3          	bne	s1,s2,ffffffc0802027fc <inode_truncate_locked+0x18>
  page_free(ip->pages);
ffffffc080202812:	853a                	mv	a0,a4
ffffffc080202814:	39d010ef          	jal	ffffffc0802043b0 <page_free>
  ip->pages = NULL;
ffffffc080202818:	0409b423          	sd	zero,72(s3)
  inode_free_pages(ip);
  ip->size = 0;
}
ffffffc08020281c:	70a2                	ld	ra,40(sp)
ffffffc08020281e:	7402                	ld	s0,32(sp)
  ip->size = 0;
ffffffc080202820:	0409b023          	sd	zero,64(s3)
}
ffffffc080202824:	64e2                	ld	s1,24(sp)
ffffffc080202826:	6942                	ld	s2,16(sp)
ffffffc080202828:	69a2                	ld	s3,8(sp)
ffffffc08020282a:	6145                	add	sp,sp,48
ffffffc08020282c:	8082                	ret

ffffffc08020282e <inode_truncate>:

/* Empties ip, taking ip->lock. Caller holds a reference. */
void inode_truncate(struct inode *ip)
{
ffffffc08020282e:	7179                	add	sp,sp,-48
ffffffc080202830:	f022                	sd	s0,32(sp)
ffffffc080202832:	e44e                	sd	s3,8(sp)
ffffffc080202834:	e052                	sd	s4,0(sp)
ffffffc080202836:	f406                	sd	ra,40(sp)
ffffffc080202838:	ec26                	sd	s1,24(sp)
ffffffc08020283a:	e84a                	sd	s2,16(sp)
ffffffc08020283c:	1800                	add	s0,sp,48
  sleeplock_acquire(&ip->lock);
ffffffc08020283e:	01850a13          	add	s4,a0,24
{
ffffffc080202842:	89aa                	mv	s3,a0
  sleeplock_acquire(&ip->lock);
ffffffc080202844:	8552                	mv	a0,s4
ffffffc080202846:	371030ef          	jal	ffffffc0802063b6 <sleeplock_acquire>
  if (ip->pages == NULL)
ffffffc08020284a:	0489b703          	ld	a4,72(s3)
ffffffc08020284e:	c31d                	beqz	a4,ffffffc080202874 <inode_truncate+0x46>
ffffffc080202850:	4481                	li	s1,0
  for (int i = 0; i < MAXFILEPAGES; i++)
ffffffc080202852:	6905                	lui	s2,0x1
    if (ip->pages[i] != NULL)
ffffffc080202854:	009707b3          	add	a5,a4,s1
ffffffc080202858:	6388                	ld	a0,0(a5)
  for (int i = 0; i < MAXFILEPAGES; i++)
ffffffc08020285a:	04a1                	add	s1,s1,8
    if (ip->pages[i] != NULL)
ffffffc08020285c:	c509                	beqz	a0,ffffffc080202866 <inode_truncate+0x38>
      page_free(ip->pages[i]);
ffffffc08020285e:	353010ef          	jal	ffffffc0802043b0 <page_free>
  page_free(ip->pages);
ffffffc080202862:	0489b703          	ld	a4,72(s3)
  for (int i = 0; i < MAXFILEPAGES; i++)
ffffffc080202866:	ff2497e3          	bne	s1,s2,ffffffc080202854 <inode_truncate+0x26>
  page_free(ip->pages);
ffffffc08020286a:	853a                	mv	a0,a4
ffffffc08020286c:	345010ef          	jal	ffffffc0802043b0 <page_free>
  ip->pages = NULL;
ffffffc080202870:	0409b423          	sd	zero,72(s3)
  inode_lock(ip);
  inode_truncate_locked(ip);
  inode_unlock(ip);
}
ffffffc080202874:	7402                	ld	s0,32(sp)
ffffffc080202876:	70a2                	ld	ra,40(sp)
ffffffc080202878:	64e2                	ld	s1,24(sp)
ffffffc08020287a:	6942                	ld	s2,16(sp)
  ip->size = 0;
ffffffc08020287c:	0409b023          	sd	zero,64(s3)
  sleeplock_release(&ip->lock);
ffffffc080202880:	8552                	mv	a0,s4
}
ffffffc080202882:	69a2                	ld	s3,8(sp)
ffffffc080202884:	6a02                	ld	s4,0(sp)
ffffffc080202886:	6145                	add	sp,sp,48
  sleeplock_release(&ip->lock);
ffffffc080202888:	36b0306f          	j	ffffffc0802063f2 <sleeplock_release>

ffffffc08020288c <inode_stat_locked>:

/* Fills *st from ip. Caller holds ip->lock. */
void inode_stat_locked(struct inode *ip, struct stat *st)
{
ffffffc08020288c:	1101                	add	sp,sp,-32
ffffffc08020288e:	e822                	sd	s0,16(sp)
ffffffc080202890:	e426                	sd	s1,8(sp)
ffffffc080202892:	e04a                	sd	s2,0(sp)
ffffffc080202894:	ec06                	sd	ra,24(sp)
ffffffc080202896:	1000                	add	s0,sp,32
ffffffc080202898:	84ae                	mv	s1,a1
ffffffc08020289a:	892a                	mv	s2,a0
  memset(st, 0, sizeof(*st)); /* no kernel bytes in the padding */
ffffffc08020289c:	4661                	li	a2,24
ffffffc08020289e:	8526                	mv	a0,s1
ffffffc0802028a0:	4581                	li	a1,0
ffffffc0802028a2:	1da010ef          	jal	ffffffc080203a7c <memset>
  st->dev = ROOTDEV;
  st->ino = ip->inum;
  st->type = ip->type;
ffffffc0802028a6:	01095703          	lhu	a4,16(s2) # 1010 <KERNEL_PA-0x801feff0>
ffffffc0802028aa:	00495783          	lhu	a5,4(s2)
  st->ino = ip->inum;
ffffffc0802028ae:	00092603          	lw	a2,0(s2)
  st->nlink = ip->nlink;
  st->size = ip->size;
ffffffc0802028b2:	04093683          	ld	a3,64(s2)
}
ffffffc0802028b6:	60e2                	ld	ra,24(sp)
ffffffc0802028b8:	6442                	ld	s0,16(sp)
  st->type = ip->type;
ffffffc0802028ba:	0107171b          	sllw	a4,a4,0x10
ffffffc0802028be:	8fd9                	or	a5,a5,a4
  st->dev = ROOTDEV;
ffffffc0802028c0:	4705                	li	a4,1
ffffffc0802028c2:	c098                	sw	a4,0(s1)
  st->ino = ip->inum;
ffffffc0802028c4:	c0d0                	sw	a2,4(s1)
  st->type = ip->type;
ffffffc0802028c6:	c49c                	sw	a5,8(s1)
  st->size = ip->size;
ffffffc0802028c8:	e894                	sd	a3,16(s1)
}
ffffffc0802028ca:	6902                	ld	s2,0(sp)
ffffffc0802028cc:	64a2                	ld	s1,8(sp)
ffffffc0802028ce:	6105                	add	sp,sp,32
ffffffc0802028d0:	8082                	ret

ffffffc0802028d2 <inode_stat>:

/* Fills *st from ip, taking ip->lock. Caller holds a reference. */
void inode_stat(struct inode *ip, struct stat *st)
{
ffffffc0802028d2:	7179                	add	sp,sp,-48
ffffffc0802028d4:	f406                	sd	ra,40(sp)
ffffffc0802028d6:	f022                	sd	s0,32(sp)
ffffffc0802028d8:	ec26                	sd	s1,24(sp)
ffffffc0802028da:	e84a                	sd	s2,16(sp)
ffffffc0802028dc:	e44e                	sd	s3,8(sp)
ffffffc0802028de:	1800                	add	s0,sp,48
  sleeplock_acquire(&ip->lock);
ffffffc0802028e0:	01850993          	add	s3,a0,24
{
ffffffc0802028e4:	892a                	mv	s2,a0
  sleeplock_acquire(&ip->lock);
ffffffc0802028e6:	854e                	mv	a0,s3
{
ffffffc0802028e8:	84ae                	mv	s1,a1
  sleeplock_acquire(&ip->lock);
ffffffc0802028ea:	2cd030ef          	jal	ffffffc0802063b6 <sleeplock_acquire>
  memset(st, 0, sizeof(*st)); /* no kernel bytes in the padding */
ffffffc0802028ee:	4661                	li	a2,24
ffffffc0802028f0:	8526                	mv	a0,s1
ffffffc0802028f2:	4581                	li	a1,0
ffffffc0802028f4:	188010ef          	jal	ffffffc080203a7c <memset>
  st->type = ip->type;
ffffffc0802028f8:	01095703          	lhu	a4,16(s2)
ffffffc0802028fc:	00495783          	lhu	a5,4(s2)
  st->ino = ip->inum;
ffffffc080202900:	00092603          	lw	a2,0(s2)
  st->size = ip->size;
ffffffc080202904:	04093683          	ld	a3,64(s2)
  st->type = ip->type;
ffffffc080202908:	0107171b          	sllw	a4,a4,0x10
  inode_lock(ip);
  inode_stat_locked(ip, st);
  inode_unlock(ip);
}
ffffffc08020290c:	7402                	ld	s0,32(sp)
  st->type = ip->type;
ffffffc08020290e:	8fd9                	or	a5,a5,a4
  st->dev = ROOTDEV;
ffffffc080202910:	4705                	li	a4,1
}
ffffffc080202912:	70a2                	ld	ra,40(sp)
ffffffc080202914:	6942                	ld	s2,16(sp)
  st->dev = ROOTDEV;
ffffffc080202916:	c098                	sw	a4,0(s1)
  st->ino = ip->inum;
ffffffc080202918:	c0d0                	sw	a2,4(s1)
  st->type = ip->type;
ffffffc08020291a:	c49c                	sw	a5,8(s1)
  st->size = ip->size;
ffffffc08020291c:	e894                	sd	a3,16(s1)
  sleeplock_release(&ip->lock);
ffffffc08020291e:	854e                	mv	a0,s3
}
ffffffc080202920:	64e2                	ld	s1,24(sp)
ffffffc080202922:	69a2                	ld	s3,8(sp)
ffffffc080202924:	6145                	add	sp,sp,48
  sleeplock_release(&ip->lock);
ffffffc080202926:	2cd0306f          	j	ffffffc0802063f2 <sleeplock_release>

ffffffc08020292a <inode_read>:

/* Returns bytes read (see inode_read_locked); takes ip->lock itself.
 * Caller holds a reference. Devices have no data here: -1. */
int inode_read(struct inode *ip, int user_dst, uint64 dst, uint64 off,
               uint64 n)
{
ffffffc08020292a:	7139                	add	sp,sp,-64
ffffffc08020292c:	f822                	sd	s0,48(sp)
ffffffc08020292e:	f426                	sd	s1,40(sp)
ffffffc080202930:	fc06                	sd	ra,56(sp)
ffffffc080202932:	f04a                	sd	s2,32(sp)
ffffffc080202934:	ec4e                	sd	s3,24(sp)
ffffffc080202936:	e852                	sd	s4,16(sp)
ffffffc080202938:	e456                	sd	s5,8(sp)
ffffffc08020293a:	e05a                	sd	s6,0(sp)
ffffffc08020293c:	0080                	add	s0,sp,64
ffffffc08020293e:	84aa                	mv	s1,a0
  if (ip->type == T_DEVICE)
ffffffc080202940:	00451503          	lh	a0,4(a0)
ffffffc080202944:	478d                	li	a5,3
ffffffc080202946:	04f50163          	beq	a0,a5,ffffffc080202988 <inode_read+0x5e>
  sleeplock_acquire(&ip->lock);
ffffffc08020294a:	01848b13          	add	s6,s1,24
ffffffc08020294e:	855a                	mv	a0,s6
ffffffc080202950:	892e                	mv	s2,a1
ffffffc080202952:	89b2                	mv	s3,a2
ffffffc080202954:	8a36                	mv	s4,a3
ffffffc080202956:	8aba                	mv	s5,a4
ffffffc080202958:	25f030ef          	jal	ffffffc0802063b6 <sleeplock_acquire>
    return -1;
  inode_lock(ip);
  int r = inode_read_locked(ip, user_dst, dst, off, n);
ffffffc08020295c:	8526                	mv	a0,s1
ffffffc08020295e:	8756                	mv	a4,s5
ffffffc080202960:	86d2                	mv	a3,s4
ffffffc080202962:	864e                	mv	a2,s3
ffffffc080202964:	85ca                	mv	a1,s2
ffffffc080202966:	cbdff0ef          	jal	ffffffc080202622 <inode_read_locked>
ffffffc08020296a:	84aa                	mv	s1,a0
  sleeplock_release(&ip->lock);
ffffffc08020296c:	855a                	mv	a0,s6
ffffffc08020296e:	285030ef          	jal	ffffffc0802063f2 <sleeplock_release>
  inode_unlock(ip);
  return r;
}
ffffffc080202972:	70e2                	ld	ra,56(sp)
ffffffc080202974:	7442                	ld	s0,48(sp)
ffffffc080202976:	7902                	ld	s2,32(sp)
ffffffc080202978:	69e2                	ld	s3,24(sp)
ffffffc08020297a:	6a42                	ld	s4,16(sp)
ffffffc08020297c:	6aa2                	ld	s5,8(sp)
ffffffc08020297e:	6b02                	ld	s6,0(sp)
ffffffc080202980:	8526                	mv	a0,s1
ffffffc080202982:	74a2                	ld	s1,40(sp)
ffffffc080202984:	6121                	add	sp,sp,64
ffffffc080202986:	8082                	ret
    return -1;
ffffffc080202988:	54fd                	li	s1,-1
ffffffc08020298a:	b7e5                	j	ffffffc080202972 <inode_read+0x48>

ffffffc08020298c <dir_entry>:
  if (ip->pages == NULL) {
ffffffc08020298c:	653c                	ld	a5,72(a0)
ffffffc08020298e:	cf89                	beqz	a5,ffffffc0802029a8 <dir_entry+0x1c>

/* Returns entry idx of directory dp. Caller holds fs_ns_lock or dp->lock,
 * and idx * sizeof(struct dirent) < dp->size. */
struct dirent *dir_entry(struct inode *dp, uint64 idx)
{
  uint64 off = idx * sizeof(struct dirent);
ffffffc080202990:	0592                	sll	a1,a1,0x4
  char *page = inode_page(dp, off / PGSIZE, false);
ffffffc080202992:	00c5d713          	srl	a4,a1,0xc
  if (ip->pages[pg] == NULL && alloc)
ffffffc080202996:	070e                	sll	a4,a4,0x3
ffffffc080202998:	97ba                	add	a5,a5,a4
ffffffc08020299a:	6388                	ld	a0,0(a5)
  KASSERT(page != NULL);
ffffffc08020299c:	c511                	beqz	a0,ffffffc0802029a8 <dir_entry+0x1c>
  return (struct dirent *)(page + off % PGSIZE);
ffffffc08020299e:	6785                	lui	a5,0x1
ffffffc0802029a0:	17fd                	add	a5,a5,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc0802029a2:	8dfd                	and	a1,a1,a5
}
ffffffc0802029a4:	952e                	add	a0,a0,a1
ffffffc0802029a6:	8082                	ret
{
ffffffc0802029a8:	1141                	add	sp,sp,-16
ffffffc0802029aa:	e022                	sd	s0,0(sp)
ffffffc0802029ac:	e406                	sd	ra,8(sp)
ffffffc0802029ae:	0800                	add	s0,sp,16
  KASSERT(page != NULL);
ffffffc0802029b0:	00006717          	auipc	a4,0x6
ffffffc0802029b4:	be870713          	add	a4,a4,-1048 # ffffffc080208598 <__func__.0+0xb8>
ffffffc0802029b8:	00006697          	auipc	a3,0x6
ffffffc0802029bc:	c4868693          	add	a3,a3,-952 # ffffffc080208600 <__func__.0>
ffffffc0802029c0:	10b00613          	li	a2,267
ffffffc0802029c4:	00006597          	auipc	a1,0x6
ffffffc0802029c8:	b3c58593          	add	a1,a1,-1220 # ffffffc080208500 <__func__.0+0x20>
ffffffc0802029cc:	00005517          	auipc	a0,0x5
ffffffc0802029d0:	6a450513          	add	a0,a0,1700 # ffffffc080208070 <__func__.0+0x40>
ffffffc0802029d4:	7d9000ef          	jal	ffffffc0802039ac <panic>

ffffffc0802029d8 <pipe_alloc>:
  f->writable = writable;
}

/* See pipe.h. */
int pipe_alloc(struct file **rf, struct file **wf)
{
ffffffc0802029d8:	715d                	add	sp,sp,-80
ffffffc0802029da:	e0a2                	sd	s0,64(sp)
ffffffc0802029dc:	fc26                	sd	s1,56(sp)
ffffffc0802029de:	f44e                	sd	s3,40(sp)
ffffffc0802029e0:	f052                	sd	s4,32(sp)
ffffffc0802029e2:	e486                	sd	ra,72(sp)
ffffffc0802029e4:	f84a                	sd	s2,48(sp)
ffffffc0802029e6:	ec56                	sd	s5,24(sp)
ffffffc0802029e8:	e85a                	sd	s6,16(sp)
ffffffc0802029ea:	e45e                	sd	s7,8(sp)
ffffffc0802029ec:	0880                	add	s0,sp,80
ffffffc0802029ee:	8a2a                	mv	s4,a0
  spin_lock(&pipe_table.lock);
ffffffc0802029f0:	001b5517          	auipc	a0,0x1b5
ffffffc0802029f4:	6e850513          	add	a0,a0,1768 # ffffffc0803b80d8 <pipe_table>
{
ffffffc0802029f8:	89ae                	mv	s3,a1
  spin_lock(&pipe_table.lock);
ffffffc0802029fa:	279030ef          	jal	ffffffc080206472 <spin_lock>
  for (int i = 0; i < NPIPE && p == NULL; i++) {
ffffffc0802029fe:	4481                	li	s1,0
ffffffc080202a00:	001b5797          	auipc	a5,0x1b5
ffffffc080202a04:	6f078793          	add	a5,a5,1776 # ffffffc0803b80f0 <pipe_table+0x18>
ffffffc080202a08:	08000693          	li	a3,128
    if (!pipe_table.pipe[i].used) {
ffffffc080202a0c:	0007c703          	lbu	a4,0(a5)
  for (int i = 0; i < NPIPE && p == NULL; i++) {
ffffffc080202a10:	04078793          	add	a5,a5,64
    if (!pipe_table.pipe[i].used) {
ffffffc080202a14:	e755                	bnez	a4,ffffffc080202ac0 <pipe_alloc+0xe8>
      p->used = true;
ffffffc080202a16:	001b5917          	auipc	s2,0x1b5
ffffffc080202a1a:	6c290913          	add	s2,s2,1730 # ffffffc0803b80d8 <pipe_table>
ffffffc080202a1e:	00649b13          	sll	s6,s1,0x6
ffffffc080202a22:	01690bb3          	add	s7,s2,s6
  spin_unlock(&pipe_table.lock);
ffffffc080202a26:	854a                	mv	a0,s2
      p->used = true;
ffffffc080202a28:	4a85                	li	s5,1
ffffffc080202a2a:	015b8c23          	sb	s5,24(s7)
  spin_unlock(&pipe_table.lock);
ffffffc080202a2e:	33f030ef          	jal	ffffffc08020656c <spin_unlock>
  struct pipe *p = pipe_slot_alloc();
  if (p == NULL)
    return -1;
  spin_init(&p->lock, "pipe");
ffffffc080202a32:	020b0513          	add	a0,s6,32
ffffffc080202a36:	00006597          	auipc	a1,0x6
ffffffc080202a3a:	bda58593          	add	a1,a1,-1062 # ffffffc080208610 <__func__.0+0x10>
ffffffc080202a3e:	954a                	add	a0,a0,s2
ffffffc080202a40:	21d030ef          	jal	ffffffc08020645c <spin_init>
  p->buf = page_alloc();
  p->nread = p->nwrite = 0;
ffffffc080202a44:	0485                	add	s1,s1,1
  p->buf = page_alloc();
ffffffc080202a46:	05d010ef          	jal	ffffffc0802042a2 <page_alloc>
  p->nread = p->nwrite = 0;
ffffffc080202a4a:	049a                	sll	s1,s1,0x6
ffffffc080202a4c:	009907b3          	add	a5,s2,s1
  p->readopen = p->writeopen = true;
ffffffc080202a50:	001b5717          	auipc	a4,0x1b5
ffffffc080202a54:	69870713          	add	a4,a4,1688 # ffffffc0803b80e8 <pipe_table+0x10>
ffffffc080202a58:	94ba                	add	s1,s1,a4
  p->buf = page_alloc();
ffffffc080202a5a:	02abbc23          	sd	a0,56(s7)
  p->nread = p->nwrite = 0;
ffffffc080202a5e:	0007b423          	sd	zero,8(a5)
ffffffc080202a62:	040bb023          	sd	zero,64(s7)
  p->readopen = p->writeopen = true;
ffffffc080202a66:	10100713          	li	a4,257
ffffffc080202a6a:	00e49023          	sh	a4,0(s1)
  p->reading = false;
ffffffc080202a6e:	00078923          	sb	zero,18(a5)
  struct file *r = p->buf != NULL ? file_alloc() : NULL;
ffffffc080202a72:	c93d                	beqz	a0,ffffffc080202ae8 <pipe_alloc+0x110>
ffffffc080202a74:	c90ff0ef          	jal	ffffffc080201f04 <file_alloc>
ffffffc080202a78:	84aa                	mv	s1,a0
  struct file *w = r != NULL ? file_alloc() : NULL;
ffffffc080202a7a:	c12d                	beqz	a0,ffffffc080202adc <pipe_alloc+0x104>
ffffffc080202a7c:	c88ff0ef          	jal	ffffffc080201f04 <file_alloc>
  if (w == NULL) {
ffffffc080202a80:	c939                	beqz	a0,ffffffc080202ad6 <pipe_alloc+0xfe>
      p = &pipe_table.pipe[i];
ffffffc080202a82:	0b61                	add	s6,s6,24
  f->type = FD_PIPE;
ffffffc080202a84:	4789                	li	a5,2
      p = &pipe_table.pipe[i];
ffffffc080202a86:	995a                	add	s2,s2,s6
  f->type = FD_PIPE;
ffffffc080202a88:	c0dc                	sw	a5,4(s1)
  f->pipe = p;
ffffffc080202a8a:	0124b823          	sd	s2,16(s1)
  f->readable = !writable;
ffffffc080202a8e:	01549423          	sh	s5,8(s1)
  f->type = FD_PIPE;
ffffffc080202a92:	c15c                	sw	a5,4(a0)
  f->readable = !writable;
ffffffc080202a94:	10000793          	li	a5,256
  f->pipe = p;
ffffffc080202a98:	01253823          	sd	s2,16(a0)
  f->readable = !writable;
ffffffc080202a9c:	00f51423          	sh	a5,8(a0)
    pipe_free(p);
    return -1;
  }
  pipe_file_init(r, p, false);
  pipe_file_init(w, p, true);
  *rf = r;
ffffffc080202aa0:	009a3023          	sd	s1,0(s4)
  *wf = w;
ffffffc080202aa4:	00a9b023          	sd	a0,0(s3)
  return 0;
ffffffc080202aa8:	4501                	li	a0,0
}
ffffffc080202aaa:	60a6                	ld	ra,72(sp)
ffffffc080202aac:	6406                	ld	s0,64(sp)
ffffffc080202aae:	74e2                	ld	s1,56(sp)
ffffffc080202ab0:	7942                	ld	s2,48(sp)
ffffffc080202ab2:	79a2                	ld	s3,40(sp)
ffffffc080202ab4:	7a02                	ld	s4,32(sp)
ffffffc080202ab6:	6ae2                	ld	s5,24(sp)
ffffffc080202ab8:	6b42                	ld	s6,16(sp)
ffffffc080202aba:	6ba2                	ld	s7,8(sp)
ffffffc080202abc:	6161                	add	sp,sp,80
ffffffc080202abe:	8082                	ret
  for (int i = 0; i < NPIPE && p == NULL; i++) {
ffffffc080202ac0:	2485                	addw	s1,s1,1
ffffffc080202ac2:	f4d495e3          	bne	s1,a3,ffffffc080202a0c <pipe_alloc+0x34>
  spin_unlock(&pipe_table.lock);
ffffffc080202ac6:	001b5517          	auipc	a0,0x1b5
ffffffc080202aca:	61250513          	add	a0,a0,1554 # ffffffc0803b80d8 <pipe_table>
ffffffc080202ace:	29f030ef          	jal	ffffffc08020656c <spin_unlock>
    return -1;
ffffffc080202ad2:	557d                	li	a0,-1
ffffffc080202ad4:	bfd9                	j	ffffffc080202aaa <pipe_alloc+0xd2>
      file_close(r); /* still FD_NONE: only frees the slot */
ffffffc080202ad6:	8526                	mv	a0,s1
ffffffc080202ad8:	d40ff0ef          	jal	ffffffc080202018 <file_close>
  if (p->buf != NULL)
ffffffc080202adc:	016907b3          	add	a5,s2,s6
ffffffc080202ae0:	7f88                	ld	a0,56(a5)
ffffffc080202ae2:	c119                	beqz	a0,ffffffc080202ae8 <pipe_alloc+0x110>
    page_free(p->buf);
ffffffc080202ae4:	0cd010ef          	jal	ffffffc0802043b0 <page_free>
  p->buf = NULL;
ffffffc080202ae8:	995a                	add	s2,s2,s6
  spin_lock(&pipe_table.lock);
ffffffc080202aea:	001b5517          	auipc	a0,0x1b5
ffffffc080202aee:	5ee50513          	add	a0,a0,1518 # ffffffc0803b80d8 <pipe_table>
  p->buf = NULL;
ffffffc080202af2:	02093c23          	sd	zero,56(s2)
  spin_lock(&pipe_table.lock);
ffffffc080202af6:	17d030ef          	jal	ffffffc080206472 <spin_lock>
  spin_unlock(&pipe_table.lock);
ffffffc080202afa:	001b5517          	auipc	a0,0x1b5
ffffffc080202afe:	5de50513          	add	a0,a0,1502 # ffffffc0803b80d8 <pipe_table>
  p->used = false;
ffffffc080202b02:	00090c23          	sb	zero,24(s2)
  spin_unlock(&pipe_table.lock);
ffffffc080202b06:	267030ef          	jal	ffffffc08020656c <spin_unlock>
    return -1;
ffffffc080202b0a:	557d                	li	a0,-1
ffffffc080202b0c:	bf79                	j	ffffffc080202aaa <pipe_alloc+0xd2>

ffffffc080202b0e <pipe_close>:

/* See pipe.h. Caller holds no lock. */
void pipe_close(struct pipe *p, bool writable)
{
ffffffc080202b0e:	7179                	add	sp,sp,-48
ffffffc080202b10:	f022                	sd	s0,32(sp)
ffffffc080202b12:	ec26                	sd	s1,24(sp)
ffffffc080202b14:	e84a                	sd	s2,16(sp)
ffffffc080202b16:	e44e                	sd	s3,8(sp)
ffffffc080202b18:	f406                	sd	ra,40(sp)
ffffffc080202b1a:	1800                	add	s0,sp,48
  spin_lock(&p->lock);
ffffffc080202b1c:	00850993          	add	s3,a0,8
{
ffffffc080202b20:	84aa                	mv	s1,a0
ffffffc080202b22:	892e                	mv	s2,a1
  spin_lock(&p->lock);
ffffffc080202b24:	854e                	mv	a0,s3
ffffffc080202b26:	14d030ef          	jal	ffffffc080206472 <spin_lock>
  if (writable) {
ffffffc080202b2a:	04090b63          	beqz	s2,ffffffc080202b80 <pipe_close+0x72>
    p->writeopen = false;
ffffffc080202b2e:	02048ca3          	sb	zero,57(s1)
    wakeup(&p->nwrite);
ffffffc080202b32:	03048513          	add	a0,s1,48
ffffffc080202b36:	4bc030ef          	jal	ffffffc080205ff2 <wakeup>
  } else {
    p->readopen = false;
    wakeup(&p->nread);
  }
  bool dead = !p->readopen && !p->writeopen;
ffffffc080202b3a:	0384c783          	lbu	a5,56(s1)
  spin_unlock(&p->lock);
ffffffc080202b3e:	854e                	mv	a0,s3
  bool dead = !p->readopen && !p->writeopen;
ffffffc080202b40:	eb85                	bnez	a5,ffffffc080202b70 <pipe_close+0x62>
ffffffc080202b42:	0394c783          	lbu	a5,57(s1)
ffffffc080202b46:	e78d                	bnez	a5,ffffffc080202b70 <pipe_close+0x62>
  spin_unlock(&p->lock);
ffffffc080202b48:	225030ef          	jal	ffffffc08020656c <spin_unlock>
  if (p->buf != NULL)
ffffffc080202b4c:	7088                	ld	a0,32(s1)
ffffffc080202b4e:	c119                	beqz	a0,ffffffc080202b54 <pipe_close+0x46>
    page_free(p->buf);
ffffffc080202b50:	061010ef          	jal	ffffffc0802043b0 <page_free>
  spin_lock(&pipe_table.lock);
ffffffc080202b54:	001b5517          	auipc	a0,0x1b5
ffffffc080202b58:	58450513          	add	a0,a0,1412 # ffffffc0803b80d8 <pipe_table>
  p->buf = NULL;
ffffffc080202b5c:	0204b023          	sd	zero,32(s1)
  spin_lock(&pipe_table.lock);
ffffffc080202b60:	113030ef          	jal	ffffffc080206472 <spin_lock>
  spin_unlock(&pipe_table.lock);
ffffffc080202b64:	001b5517          	auipc	a0,0x1b5
ffffffc080202b68:	57450513          	add	a0,a0,1396 # ffffffc0803b80d8 <pipe_table>
  p->used = false;
ffffffc080202b6c:	00048023          	sb	zero,0(s1)
  if (dead)
    pipe_free(p);
}
ffffffc080202b70:	7402                	ld	s0,32(sp)
ffffffc080202b72:	70a2                	ld	ra,40(sp)
ffffffc080202b74:	64e2                	ld	s1,24(sp)
ffffffc080202b76:	6942                	ld	s2,16(sp)
ffffffc080202b78:	69a2                	ld	s3,8(sp)
ffffffc080202b7a:	6145                	add	sp,sp,48
  spin_unlock(&pipe_table.lock);
ffffffc080202b7c:	1f10306f          	j	ffffffc08020656c <spin_unlock>
    p->readopen = false;
ffffffc080202b80:	02048c23          	sb	zero,56(s1)
    wakeup(&p->nread);
ffffffc080202b84:	02848513          	add	a0,s1,40
ffffffc080202b88:	46a030ef          	jal	ffffffc080205ff2 <wakeup>
ffffffc080202b8c:	b77d                	j	ffffffc080202b3a <pipe_close+0x2c>

ffffffc080202b8e <pipe_read>:
}

/* See pipe.h. Only one reader copies at a time (p->reading), so bytes are
 * consumed only after they reached the user, in order. */
int pipe_read(struct pipe *p, uint64 addr, int n)
{
ffffffc080202b8e:	d8010113          	add	sp,sp,-640
ffffffc080202b92:	26813823          	sd	s0,624(sp)
ffffffc080202b96:	26913423          	sd	s1,616(sp)
ffffffc080202b9a:	25513423          	sd	s5,584(sp)
ffffffc080202b9e:	25613023          	sd	s6,576(sp)
ffffffc080202ba2:	23713c23          	sd	s7,568(sp)
ffffffc080202ba6:	21b13c23          	sd	s11,536(sp)
ffffffc080202baa:	26113c23          	sd	ra,632(sp)
ffffffc080202bae:	27213023          	sd	s2,608(sp)
ffffffc080202bb2:	25313c23          	sd	s3,600(sp)
ffffffc080202bb6:	25413823          	sd	s4,592(sp)
ffffffc080202bba:	23813823          	sd	s8,560(sp)
ffffffc080202bbe:	23913423          	sd	s9,552(sp)
ffffffc080202bc2:	23a13023          	sd	s10,544(sp)
ffffffc080202bc6:	0500                	add	s0,sp,640
  char kbuf[PIPE_CHUNK];
  int done = 0;
  bool fault = false;
  spin_lock(&p->lock);
ffffffc080202bc8:	00850a93          	add	s5,a0,8
{
ffffffc080202bcc:	8daa                	mv	s11,a0
  spin_lock(&p->lock);
ffffffc080202bce:	8556                	mv	a0,s5
{
ffffffc080202bd0:	8bae                	mv	s7,a1
ffffffc080202bd2:	8b32                	mv	s6,a2
    sleep_on(&p->nwrite, &p->lock);
ffffffc080202bd4:	030d8493          	add	s1,s11,48
  spin_lock(&p->lock);
ffffffc080202bd8:	09b030ef          	jal	ffffffc080206472 <spin_lock>
  while (p->reading || (p->nread == p->nwrite && p->writeopen)) {
ffffffc080202bdc:	a019                	j	ffffffc080202be2 <pipe_read+0x54>
    sleep_on(&p->nwrite, &p->lock);
ffffffc080202bde:	3c4030ef          	jal	ffffffc080205fa2 <sleep_on>
  while (p->reading || (p->nread == p->nwrite && p->writeopen)) {
ffffffc080202be2:	03adc783          	lbu	a5,58(s11)
ffffffc080202be6:	eb91                	bnez	a5,ffffffc080202bfa <pipe_read+0x6c>
ffffffc080202be8:	028db783          	ld	a5,40(s11)
ffffffc080202bec:	030db703          	ld	a4,48(s11)
ffffffc080202bf0:	02e79063          	bne	a5,a4,ffffffc080202c10 <pipe_read+0x82>
ffffffc080202bf4:	039dc683          	lbu	a3,57(s11)
ffffffc080202bf8:	ce81                	beqz	a3,ffffffc080202c10 <pipe_read+0x82>
    if (current_killed())
ffffffc080202bfa:	0ba030ef          	jal	ffffffc080205cb4 <current_killed>
ffffffc080202bfe:	87aa                	mv	a5,a0
    sleep_on(&p->nwrite, &p->lock);
ffffffc080202c00:	85d6                	mv	a1,s5
ffffffc080202c02:	8526                	mv	a0,s1
    if (current_killed())
ffffffc080202c04:	dfe9                	beqz	a5,ffffffc080202bde <pipe_read+0x50>
  if (pipe_wait_readable(p) < 0) {
    spin_unlock(&p->lock);
ffffffc080202c06:	8556                	mv	a0,s5
ffffffc080202c08:	165030ef          	jal	ffffffc08020656c <spin_unlock>
    return -1;
ffffffc080202c0c:	5a7d                	li	s4,-1
ffffffc080202c0e:	a8dd                	j	ffffffc080202d04 <pipe_read+0x176>
  }
  p->reading = true;
ffffffc080202c10:	4685                	li	a3,1
ffffffc080202c12:	02dd8d23          	sb	a3,58(s11)
    sleep_on(&p->nwrite, &p->lock);
ffffffc080202c16:	030d8693          	add	a3,s11,48
ffffffc080202c1a:	d8d43423          	sd	a3,-632(s0)
  int done = 0;
ffffffc080202c1e:	4a01                	li	s4,0
  while (done < n && p->nread != p->nwrite) {
ffffffc080202c20:	0b605d63          	blez	s6,ffffffc080202cda <pipe_read+0x14c>
    uint64 at = (p->nread + m) % PIPESIZE;
ffffffc080202c24:	6905                	lui	s2,0x1
    int m = pipe_peek(p, kbuf, n - done < PIPE_CHUNK ? n - done : PIPE_CHUNK);
ffffffc080202c26:	20000c13          	li	s8,512
    uint64 at = (p->nread + m) % PIPESIZE;
ffffffc080202c2a:	197d                	add	s2,s2,-1 # fff <KERNEL_PA-0x801ff001>
    int k = PIPESIZE - at; /* contiguous run up to the ring's end */
ffffffc080202c2c:	6985                	lui	s3,0x1
    spin_lock(&p->lock);
    if (fault)
      break;
    p->nread += m;
    done += m;
    wakeup(&p->nread);
ffffffc080202c2e:	028d8c93          	add	s9,s11,40
  while (done < n && p->nread != p->nwrite) {
ffffffc080202c32:	0ae78463          	beq	a5,a4,ffffffc080202cda <pipe_read+0x14c>
    int m = pipe_peek(p, kbuf, n - done < PIPE_CHUNK ? n - done : PIPE_CHUNK);
ffffffc080202c36:	414b0d3b          	subw	s10,s6,s4
ffffffc080202c3a:	01ac5463          	bge	s8,s10,ffffffc080202c42 <pipe_read+0xb4>
ffffffc080202c3e:	20000d13          	li	s10,512
  int m = 0;
ffffffc080202c42:	4481                	li	s1,0
  while (m < max && p->nread + m != p->nwrite) {
ffffffc080202c44:	00978833          	add	a6,a5,s1
    uint64 at = (p->nread + m) % PIPESIZE;
ffffffc080202c48:	012875b3          	and	a1,a6,s2
    if ((uint64)k > p->nwrite - p->nread - m)
ffffffc080202c4c:	40f706b3          	sub	a3,a4,a5
    if (k > max - m)
ffffffc080202c50:	409d0e3b          	subw	t3,s10,s1
ffffffc080202c54:	40b9863b          	subw	a2,s3,a1
    memmove(dst + m, p->buf + at, k);
ffffffc080202c58:	d9040513          	add	a0,s0,-624
    if (k > max - m)
ffffffc080202c5c:	88f2                	mv	a7,t3
ffffffc080202c5e:	00060e9b          	sext.w	t4,a2
    if ((uint64)k > p->nwrite - p->nread - m)
ffffffc080202c62:	8e85                	sub	a3,a3,s1
    memmove(dst + m, p->buf + at, k);
ffffffc080202c64:	9526                	add	a0,a0,s1
      k = p->nwrite - p->nread - m;
ffffffc080202c66:	9fa5                	addw	a5,a5,s1
  while (m < max && p->nread + m != p->nwrite) {
ffffffc080202c68:	03070763          	beq	a4,a6,ffffffc080202c96 <pipe_read+0x108>
ffffffc080202c6c:	01de5463          	bge	t3,t4,ffffffc080202c74 <pipe_read+0xe6>
ffffffc080202c70:	0008861b          	sext.w	a2,a7
    if ((uint64)k > p->nwrite - p->nread - m)
ffffffc080202c74:	00c6f463          	bgeu	a3,a2,ffffffc080202c7c <pipe_read+0xee>
      k = p->nwrite - p->nread - m;
ffffffc080202c78:	40f7063b          	subw	a2,a4,a5
    memmove(dst + m, p->buf + at, k);
ffffffc080202c7c:	020db783          	ld	a5,32(s11)
    m += k;
ffffffc080202c80:	9cb1                	addw	s1,s1,a2
    memmove(dst + m, p->buf + at, k);
ffffffc080202c82:	95be                	add	a1,a1,a5
ffffffc080202c84:	6a3000ef          	jal	ffffffc080203b26 <memmove>
  while (m < max && p->nread + m != p->nwrite) {
ffffffc080202c88:	01a4d763          	bge	s1,s10,ffffffc080202c96 <pipe_read+0x108>
ffffffc080202c8c:	028db783          	ld	a5,40(s11)
ffffffc080202c90:	030db703          	ld	a4,48(s11)
ffffffc080202c94:	bf45                	j	ffffffc080202c44 <pipe_read+0xb6>
    spin_unlock(&p->lock);
ffffffc080202c96:	8556                	mv	a0,s5
ffffffc080202c98:	0d5030ef          	jal	ffffffc08020656c <spin_unlock>
    fault = copyout(addr + done, kbuf, m) < 0;
ffffffc080202c9c:	8626                	mv	a2,s1
ffffffc080202c9e:	d9040593          	add	a1,s0,-624
ffffffc080202ca2:	017a0533          	add	a0,s4,s7
ffffffc080202ca6:	17f010ef          	jal	ffffffc080204624 <copyout>
ffffffc080202caa:	8d2a                	mv	s10,a0
    spin_lock(&p->lock);
ffffffc080202cac:	8556                	mv	a0,s5
ffffffc080202cae:	7c4030ef          	jal	ffffffc080206472 <spin_lock>
    if (fault)
ffffffc080202cb2:	020d4e63          	bltz	s10,ffffffc080202cee <pipe_read+0x160>
    p->nread += m;
ffffffc080202cb6:	028db783          	ld	a5,40(s11)
    done += m;
ffffffc080202cba:	009a0a3b          	addw	s4,s4,s1
    wakeup(&p->nread);
ffffffc080202cbe:	8566                	mv	a0,s9
    p->nread += m;
ffffffc080202cc0:	97a6                	add	a5,a5,s1
ffffffc080202cc2:	02fdb423          	sd	a5,40(s11)
    wakeup(&p->nread);
ffffffc080202cc6:	32c030ef          	jal	ffffffc080205ff2 <wakeup>
  while (done < n && p->nread != p->nwrite) {
ffffffc080202cca:	016a5863          	bge	s4,s6,ffffffc080202cda <pipe_read+0x14c>
ffffffc080202cce:	028db783          	ld	a5,40(s11)
ffffffc080202cd2:	030db703          	ld	a4,48(s11)
ffffffc080202cd6:	f6e790e3          	bne	a5,a4,ffffffc080202c36 <pipe_read+0xa8>
  }
  p->reading = false;
  wakeup(&p->nwrite); /* the next reader's turn */
ffffffc080202cda:	d8843503          	ld	a0,-632(s0)
  p->reading = false;
ffffffc080202cde:	020d8d23          	sb	zero,58(s11)
  wakeup(&p->nwrite); /* the next reader's turn */
ffffffc080202ce2:	310030ef          	jal	ffffffc080205ff2 <wakeup>
  spin_unlock(&p->lock);
ffffffc080202ce6:	8556                	mv	a0,s5
ffffffc080202ce8:	085030ef          	jal	ffffffc08020656c <spin_unlock>
  return fault && done == 0 ? -1 : done;
ffffffc080202cec:	a821                	j	ffffffc080202d04 <pipe_read+0x176>
  wakeup(&p->nwrite); /* the next reader's turn */
ffffffc080202cee:	d8843503          	ld	a0,-632(s0)
  p->reading = false;
ffffffc080202cf2:	020d8d23          	sb	zero,58(s11)
  wakeup(&p->nwrite); /* the next reader's turn */
ffffffc080202cf6:	2fc030ef          	jal	ffffffc080205ff2 <wakeup>
  spin_unlock(&p->lock);
ffffffc080202cfa:	8556                	mv	a0,s5
ffffffc080202cfc:	071030ef          	jal	ffffffc08020656c <spin_unlock>
  return fault && done == 0 ? -1 : done;
ffffffc080202d00:	f00a06e3          	beqz	s4,ffffffc080202c0c <pipe_read+0x7e>
}
ffffffc080202d04:	27813083          	ld	ra,632(sp)
ffffffc080202d08:	27013403          	ld	s0,624(sp)
ffffffc080202d0c:	26813483          	ld	s1,616(sp)
ffffffc080202d10:	26013903          	ld	s2,608(sp)
ffffffc080202d14:	25813983          	ld	s3,600(sp)
ffffffc080202d18:	24813a83          	ld	s5,584(sp)
ffffffc080202d1c:	24013b03          	ld	s6,576(sp)
ffffffc080202d20:	23813b83          	ld	s7,568(sp)
ffffffc080202d24:	23013c03          	ld	s8,560(sp)
ffffffc080202d28:	22813c83          	ld	s9,552(sp)
ffffffc080202d2c:	22013d03          	ld	s10,544(sp)
ffffffc080202d30:	21813d83          	ld	s11,536(sp)
ffffffc080202d34:	8552                	mv	a0,s4
ffffffc080202d36:	25013a03          	ld	s4,592(sp)
ffffffc080202d3a:	28010113          	add	sp,sp,640
ffffffc080202d3e:	8082                	ret

ffffffc080202d40 <pipe_write>:
  return 0;
}

/* See pipe.h. */
int pipe_write(struct pipe *p, uint64 addr, int n)
{
ffffffc080202d40:	d8010113          	add	sp,sp,-640
ffffffc080202d44:	26813823          	sd	s0,624(sp)
ffffffc080202d48:	26113c23          	sd	ra,632(sp)
ffffffc080202d4c:	26913423          	sd	s1,616(sp)
ffffffc080202d50:	27213023          	sd	s2,608(sp)
ffffffc080202d54:	25313c23          	sd	s3,600(sp)
ffffffc080202d58:	25413823          	sd	s4,592(sp)
ffffffc080202d5c:	25513423          	sd	s5,584(sp)
ffffffc080202d60:	25613023          	sd	s6,576(sp)
ffffffc080202d64:	23713c23          	sd	s7,568(sp)
ffffffc080202d68:	23813823          	sd	s8,560(sp)
ffffffc080202d6c:	23913423          	sd	s9,552(sp)
ffffffc080202d70:	23a13023          	sd	s10,544(sp)
ffffffc080202d74:	21b13c23          	sd	s11,536(sp)
ffffffc080202d78:	0500                	add	s0,sp,640
ffffffc080202d7a:	d8c43423          	sd	a2,-632(s0)
ffffffc080202d7e:	d8b43023          	sd	a1,-640(s0)
  char kbuf[PIPE_CHUNK];
  int done = 0;
  while (done < n) {
ffffffc080202d82:	12c05763          	blez	a2,ffffffc080202eb0 <pipe_write+0x170>
    uint64 room = PIPESIZE - (p->nwrite - p->nread);
ffffffc080202d86:	6985                	lui	s3,0x1
ffffffc080202d88:	8daa                	mv	s11,a0
  int done = 0;
ffffffc080202d8a:	4b01                	li	s6,0
  spin_lock(&p->lock);
ffffffc080202d8c:	00850a93          	add	s5,a0,8
    uint64 at = p->nwrite % PIPESIZE;
ffffffc080202d90:	fff98a13          	add	s4,s3,-1 # fff <KERNEL_PA-0x801ff001>
      wakeup(&p->nwrite);
ffffffc080202d94:	03050b93          	add	s7,a0,48
      sleep_on(&p->nread, &p->lock);
ffffffc080202d98:	02850c13          	add	s8,a0,40
    int m = n - done < PIPE_CHUNK ? n - done : PIPE_CHUNK;
ffffffc080202d9c:	d8843783          	ld	a5,-632(s0)
ffffffc080202da0:	416784bb          	subw	s1,a5,s6
ffffffc080202da4:	20000793          	li	a5,512
ffffffc080202da8:	0097d463          	bge	a5,s1,ffffffc080202db0 <pipe_write+0x70>
ffffffc080202dac:	20000493          	li	s1,512
    if (copyin(kbuf, addr + done, m) < 0)
ffffffc080202db0:	d8043783          	ld	a5,-640(s0)
ffffffc080202db4:	8626                	mv	a2,s1
ffffffc080202db6:	d9040513          	add	a0,s0,-624
ffffffc080202dba:	00fb05b3          	add	a1,s6,a5
ffffffc080202dbe:	12b010ef          	jal	ffffffc0802046e8 <copyin>
ffffffc080202dc2:	0e054463          	bltz	a0,ffffffc080202eaa <pipe_write+0x16a>
  spin_lock(&p->lock);
ffffffc080202dc6:	8556                	mv	a0,s5
ffffffc080202dc8:	6aa030ef          	jal	ffffffc080206472 <spin_lock>
  int i = 0;
ffffffc080202dcc:	4d01                	li	s10,0
    int k = PIPESIZE - at;
ffffffc080202dce:	6905                	lui	s2,0x1
    memmove(p->buf + at, src + i, k);
ffffffc080202dd0:	d9040793          	add	a5,s0,-624
ffffffc080202dd4:	01a785b3          	add	a1,a5,s10
    if (!p->readopen) {
ffffffc080202dd8:	038dc783          	lbu	a5,56(s11)
    if (k > m - i)
ffffffc080202ddc:	41a4833b          	subw	t1,s1,s10
    if (!p->readopen) {
ffffffc080202de0:	c3e1                	beqz	a5,ffffffc080202ea0 <pipe_write+0x160>
    uint64 room = PIPESIZE - (p->nwrite - p->nread);
ffffffc080202de2:	030db603          	ld	a2,48(s11)
ffffffc080202de6:	028db703          	ld	a4,40(s11)
    uint64 at = p->nwrite % PIPESIZE;
ffffffc080202dea:	01467533          	and	a0,a2,s4
    uint64 room = PIPESIZE - (p->nwrite - p->nread);
ffffffc080202dee:	974e                	add	a4,a4,s3
ffffffc080202df0:	40a90e3b          	subw	t3,s2,a0
ffffffc080202df4:	87f2                	mv	a5,t3
ffffffc080202df6:	40c708b3          	sub	a7,a4,a2
    if (room == 0) {
ffffffc080202dfa:	08c70563          	beq	a4,a2,ffffffc080202e84 <pipe_write+0x144>
      k = room;
ffffffc080202dfe:	01c35463          	bge	t1,t3,ffffffc080202e06 <pipe_write+0xc6>
ffffffc080202e02:	0003079b          	sext.w	a5,t1
    if ((uint64)k > room)
ffffffc080202e06:	8cbe                	mv	s9,a5
ffffffc080202e08:	00f8f563          	bgeu	a7,a5,ffffffc080202e12 <pipe_write+0xd2>
      k = room;
ffffffc080202e0c:	8cc6                	mv	s9,a7
ffffffc080202e0e:	0008879b          	sext.w	a5,a7
    memmove(p->buf + at, src + i, k);
ffffffc080202e12:	020db703          	ld	a4,32(s11)
ffffffc080202e16:	8666                	mv	a2,s9
    i += k;
ffffffc080202e18:	01a78d3b          	addw	s10,a5,s10
    memmove(p->buf + at, src + i, k);
ffffffc080202e1c:	953a                	add	a0,a0,a4
ffffffc080202e1e:	509000ef          	jal	ffffffc080203b26 <memmove>
    p->nwrite += k;
ffffffc080202e22:	030db783          	ld	a5,48(s11)
ffffffc080202e26:	97e6                	add	a5,a5,s9
ffffffc080202e28:	02fdb823          	sd	a5,48(s11)
  while (i < m) {
ffffffc080202e2c:	fa9d42e3          	blt	s10,s1,ffffffc080202dd0 <pipe_write+0x90>
  wakeup(&p->nwrite);
ffffffc080202e30:	855e                	mv	a0,s7
ffffffc080202e32:	1c0030ef          	jal	ffffffc080205ff2 <wakeup>
  spin_unlock(&p->lock);
ffffffc080202e36:	8556                	mv	a0,s5
ffffffc080202e38:	734030ef          	jal	ffffffc08020656c <spin_unlock>
  while (done < n) {
ffffffc080202e3c:	d8843783          	ld	a5,-632(s0)
      return done > 0 ? done : -1;
    if (pipe_put(p, kbuf, m) < 0)
      return -1;
    done += m;
ffffffc080202e40:	01648b3b          	addw	s6,s1,s6
  while (done < n) {
ffffffc080202e44:	f4fb4ce3          	blt	s6,a5,ffffffc080202d9c <pipe_write+0x5c>
  }
  return done;
}
ffffffc080202e48:	27813083          	ld	ra,632(sp)
ffffffc080202e4c:	27013403          	ld	s0,624(sp)
ffffffc080202e50:	26813483          	ld	s1,616(sp)
ffffffc080202e54:	26013903          	ld	s2,608(sp)
ffffffc080202e58:	25813983          	ld	s3,600(sp)
ffffffc080202e5c:	25013a03          	ld	s4,592(sp)
ffffffc080202e60:	24813a83          	ld	s5,584(sp)
ffffffc080202e64:	23813b83          	ld	s7,568(sp)
ffffffc080202e68:	23013c03          	ld	s8,560(sp)
ffffffc080202e6c:	22813c83          	ld	s9,552(sp)
ffffffc080202e70:	22013d03          	ld	s10,544(sp)
ffffffc080202e74:	21813d83          	ld	s11,536(sp)
ffffffc080202e78:	855a                	mv	a0,s6
ffffffc080202e7a:	24013b03          	ld	s6,576(sp)
ffffffc080202e7e:	28010113          	add	sp,sp,640
ffffffc080202e82:	8082                	ret
      if (current_killed()) {
ffffffc080202e84:	631020ef          	jal	ffffffc080205cb4 <current_killed>
ffffffc080202e88:	87aa                	mv	a5,a0
      wakeup(&p->nwrite);
ffffffc080202e8a:	855e                	mv	a0,s7
      if (current_killed()) {
ffffffc080202e8c:	eb91                	bnez	a5,ffffffc080202ea0 <pipe_write+0x160>
      wakeup(&p->nwrite);
ffffffc080202e8e:	164030ef          	jal	ffffffc080205ff2 <wakeup>
      sleep_on(&p->nread, &p->lock);
ffffffc080202e92:	85d6                	mv	a1,s5
ffffffc080202e94:	8562                	mv	a0,s8
ffffffc080202e96:	10c030ef          	jal	ffffffc080205fa2 <sleep_on>
  while (i < m) {
ffffffc080202e9a:	f29d4be3          	blt	s10,s1,ffffffc080202dd0 <pipe_write+0x90>
ffffffc080202e9e:	bf49                	j	ffffffc080202e30 <pipe_write+0xf0>
        spin_unlock(&p->lock);
ffffffc080202ea0:	8556                	mv	a0,s5
ffffffc080202ea2:	6ca030ef          	jal	ffffffc08020656c <spin_unlock>
      return done > 0 ? done : -1;
ffffffc080202ea6:	5b7d                	li	s6,-1
ffffffc080202ea8:	b745                	j	ffffffc080202e48 <pipe_write+0x108>
ffffffc080202eaa:	f9604fe3          	bgtz	s6,ffffffc080202e48 <pipe_write+0x108>
ffffffc080202eae:	bfe5                	j	ffffffc080202ea6 <pipe_write+0x166>
  int done = 0;
ffffffc080202eb0:	4b01                	li	s6,0
ffffffc080202eb2:	bf59                	j	ffffffc080202e48 <pipe_write+0x108>

ffffffc080202eb4 <compatible_has>:
  int interrupt;
  int addr_cells, size_cells; /* for this node's children */
};

static bool compatible_has(const struct node *n, const char *want) {
  for (int i = 0; i < n->compatible_len; i += strlen(n->compatible + i) + 1)
ffffffc080202eb4:	511c                	lw	a5,32(a0)
ffffffc080202eb6:	06f05863          	blez	a5,ffffffc080202f26 <compatible_has+0x72>
static bool compatible_has(const struct node *n, const char *want) {
ffffffc080202eba:	7179                	add	sp,sp,-48
ffffffc080202ebc:	f022                	sd	s0,32(sp)
ffffffc080202ebe:	ec26                	sd	s1,24(sp)
ffffffc080202ec0:	e44e                	sd	s3,8(sp)
ffffffc080202ec2:	e052                	sd	s4,0(sp)
ffffffc080202ec4:	f406                	sd	ra,40(sp)
ffffffc080202ec6:	e84a                	sd	s2,16(sp)
ffffffc080202ec8:	1800                	add	s0,sp,48
ffffffc080202eca:	89aa                	mv	s3,a0
ffffffc080202ecc:	8a2e                	mv	s4,a1
  for (int i = 0; i < n->compatible_len; i += strlen(n->compatible + i) + 1)
ffffffc080202ece:	4481                	li	s1,0
ffffffc080202ed0:	a821                	j	ffffffc080202ee8 <compatible_has+0x34>
ffffffc080202ed2:	0189b503          	ld	a0,24(s3)
ffffffc080202ed6:	9526                	add	a0,a0,s1
ffffffc080202ed8:	4bf000ef          	jal	ffffffc080203b96 <strlen>
ffffffc080202edc:	0209a783          	lw	a5,32(s3)
ffffffc080202ee0:	0505                	add	a0,a0,1
ffffffc080202ee2:	9ca9                	addw	s1,s1,a0
ffffffc080202ee4:	02f4d863          	bge	s1,a5,ffffffc080202f14 <compatible_has+0x60>
    if (strncmp(n->compatible + i, want, strlen(want) + 1) == 0)
ffffffc080202ee8:	0189b903          	ld	s2,24(s3)
ffffffc080202eec:	8552                	mv	a0,s4
ffffffc080202eee:	4a9000ef          	jal	ffffffc080203b96 <strlen>
ffffffc080202ef2:	9926                	add	s2,s2,s1
ffffffc080202ef4:	00150613          	add	a2,a0,1
ffffffc080202ef8:	85d2                	mv	a1,s4
ffffffc080202efa:	854a                	mv	a0,s2
ffffffc080202efc:	4c5000ef          	jal	ffffffc080203bc0 <strncmp>
ffffffc080202f00:	f969                	bnez	a0,ffffffc080202ed2 <compatible_has+0x1e>
      return true;
  return false;
}
ffffffc080202f02:	70a2                	ld	ra,40(sp)
ffffffc080202f04:	7402                	ld	s0,32(sp)
ffffffc080202f06:	64e2                	ld	s1,24(sp)
ffffffc080202f08:	6942                	ld	s2,16(sp)
ffffffc080202f0a:	69a2                	ld	s3,8(sp)
ffffffc080202f0c:	6a02                	ld	s4,0(sp)
      return true;
ffffffc080202f0e:	4505                	li	a0,1
}
ffffffc080202f10:	6145                	add	sp,sp,48
ffffffc080202f12:	8082                	ret
ffffffc080202f14:	70a2                	ld	ra,40(sp)
ffffffc080202f16:	7402                	ld	s0,32(sp)
ffffffc080202f18:	64e2                	ld	s1,24(sp)
ffffffc080202f1a:	6942                	ld	s2,16(sp)
ffffffc080202f1c:	69a2                	ld	s3,8(sp)
ffffffc080202f1e:	6a02                	ld	s4,0(sp)
  return false;
ffffffc080202f20:	4501                	li	a0,0
}
ffffffc080202f22:	6145                	add	sp,sp,48
ffffffc080202f24:	8082                	ret
  return false;
ffffffc080202f26:	4501                	li	a0,0
}
ffffffc080202f28:	8082                	ret

ffffffc080202f2a <dtb_parse>:
  } else if (strncmp(pname, "bootargs", 9) == 0 && depth == 1) {
    safestrcpy(machine.bootargs, (const char *)val, sizeof(machine.bootargs));
  }
}

void dtb_parse(uint64 pa) {
ffffffc080202f2a:	d4010113          	add	sp,sp,-704
  const uint8 *blob = P2V(pa);
ffffffc080202f2e:	587d                	li	a6,-1
void dtb_parse(uint64 pa) {
ffffffc080202f30:	2a813823          	sd	s0,688(sp)
ffffffc080202f34:	27813823          	sd	s8,624(sp)
ffffffc080202f38:	2a113c23          	sd	ra,696(sp)
ffffffc080202f3c:	2a913423          	sd	s1,680(sp)
ffffffc080202f40:	2b213023          	sd	s2,672(sp)
ffffffc080202f44:	29313c23          	sd	s3,664(sp)
ffffffc080202f48:	29413823          	sd	s4,656(sp)
ffffffc080202f4c:	29513423          	sd	s5,648(sp)
ffffffc080202f50:	29613023          	sd	s6,640(sp)
ffffffc080202f54:	27713c23          	sd	s7,632(sp)
ffffffc080202f58:	27913423          	sd	s9,616(sp)
ffffffc080202f5c:	27a13023          	sd	s10,608(sp)
ffffffc080202f60:	25b13c23          	sd	s11,600(sp)
ffffffc080202f64:	0580                	add	s0,sp,704
  const uint8 *blob = P2V(pa);
ffffffc080202f66:	181a                	sll	a6,a6,0x26
ffffffc080202f68:	01050c33          	add	s8,a0,a6
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc080202f6c:	000c4783          	lbu	a5,0(s8)
ffffffc080202f70:	001c4683          	lbu	a3,1(s8)
ffffffc080202f74:	003c4603          	lbu	a2,3(s8)
ffffffc080202f78:	002c4703          	lbu	a4,2(s8)
ffffffc080202f7c:	0187979b          	sllw	a5,a5,0x18
ffffffc080202f80:	0106969b          	sllw	a3,a3,0x10
ffffffc080202f84:	8fd5                	or	a5,a5,a3
ffffffc080202f86:	0087171b          	sllw	a4,a4,0x8
ffffffc080202f8a:	8fd1                	or	a5,a5,a2
ffffffc080202f8c:	8fd9                	or	a5,a5,a4
  if (be32(blob) != FDT_MAGIC)
ffffffc080202f8e:	d00e0737          	lui	a4,0xd00e0
ffffffc080202f92:	2781                	sext.w	a5,a5
ffffffc080202f94:	eed70713          	add	a4,a4,-275 # ffffffffd00dfeed <kernel_end+0x3f4fae5eed>
ffffffc080202f98:	5ce79b63          	bne	a5,a4,ffffffc08020356e <dtb_parse+0x644>
    panic("dtb_parse: no device tree at %p", (void *)pa);
  machine.dtb_pa = pa;
ffffffc080202f9c:	001cbc97          	auipc	s9,0x1cb
ffffffc080202fa0:	774c8c93          	add	s9,s9,1908 # ffffffc0803ce710 <machine>
ffffffc080202fa4:	20acb023          	sd	a0,512(s9)
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc080202fa8:	004c4783          	lbu	a5,4(s8)
ffffffc080202fac:	005c4683          	lbu	a3,5(s8)
ffffffc080202fb0:	007c4603          	lbu	a2,7(s8)
ffffffc080202fb4:	006c4703          	lbu	a4,6(s8)
ffffffc080202fb8:	0106969b          	sllw	a3,a3,0x10
ffffffc080202fbc:	0187979b          	sllw	a5,a5,0x18
ffffffc080202fc0:	8fd5                	or	a5,a5,a3
ffffffc080202fc2:	8fd1                	or	a5,a5,a2
ffffffc080202fc4:	0087171b          	sllw	a4,a4,0x8
ffffffc080202fc8:	8fd9                	or	a5,a5,a4
  machine.dtb_size = be32(blob + 4);
ffffffc080202fca:	1782                	sll	a5,a5,0x20
ffffffc080202fcc:	9381                	srl	a5,a5,0x20
ffffffc080202fce:	20fcb423          	sd	a5,520(s9)
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc080202fd2:	008c4483          	lbu	s1,8(s8)
ffffffc080202fd6:	009c4303          	lbu	t1,9(s8)
ffffffc080202fda:	010c4783          	lbu	a5,16(s8)
ffffffc080202fde:	011c4503          	lbu	a0,17(s8)
ffffffc080202fe2:	00cc4903          	lbu	s2,12(s8)
ffffffc080202fe6:	00dc4583          	lbu	a1,13(s8)
ffffffc080202fea:	00bc4f03          	lbu	t5,11(s8)
ffffffc080202fee:	00ac4603          	lbu	a2,10(s8)
ffffffc080202ff2:	013c4e83          	lbu	t4,19(s8)
ffffffc080202ff6:	012c4683          	lbu	a3,18(s8)
ffffffc080202ffa:	00fc4e03          	lbu	t3,15(s8)
ffffffc080202ffe:	00ec4703          	lbu	a4,14(s8)
ffffffc080203002:	0184949b          	sllw	s1,s1,0x18
ffffffc080203006:	0103131b          	sllw	t1,t1,0x10
ffffffc08020300a:	0187979b          	sllw	a5,a5,0x18
ffffffc08020300e:	0105151b          	sllw	a0,a0,0x10
ffffffc080203012:	0189191b          	sllw	s2,s2,0x18
ffffffc080203016:	0105959b          	sllw	a1,a1,0x10
ffffffc08020301a:	0064e4b3          	or	s1,s1,t1
ffffffc08020301e:	8fc9                	or	a5,a5,a0
ffffffc080203020:	00b96933          	or	s2,s2,a1
ffffffc080203024:	0086161b          	sllw	a2,a2,0x8
ffffffc080203028:	0087171b          	sllw	a4,a4,0x8
ffffffc08020302c:	01e4e4b3          	or	s1,s1,t5
ffffffc080203030:	01d7e7b3          	or	a5,a5,t4
ffffffc080203034:	0086969b          	sllw	a3,a3,0x8
ffffffc080203038:	01c96933          	or	s2,s2,t3
ffffffc08020303c:	8cd1                	or	s1,s1,a2
ffffffc08020303e:	8fd5                	or	a5,a5,a3
ffffffc080203040:	00e96933          	or	s2,s2,a4
  const uint8 *p = blob + be32(blob + 8);
ffffffc080203044:	1482                	sll	s1,s1,0x20
  const char *strings = (const char *)blob + be32(blob + 12);
  for (const uint8 *rsv = blob + be32(blob + 16); be_cells(rsv + 8, 2); rsv += 16)
ffffffc080203046:	1782                	sll	a5,a5,0x20
  const char *strings = (const char *)blob + be32(blob + 12);
ffffffc080203048:	02091713          	sll	a4,s2,0x20
  const uint8 *p = blob + be32(blob + 8);
ffffffc08020304c:	9081                	srl	s1,s1,0x20
  for (const uint8 *rsv = blob + be32(blob + 16); be_cells(rsv + 8, 2); rsv += 16)
ffffffc08020304e:	9381                	srl	a5,a5,0x20
  const char *strings = (const char *)blob + be32(blob + 12);
ffffffc080203050:	9301                	srl	a4,a4,0x20
  const uint8 *p = blob + be32(blob + 8);
ffffffc080203052:	94e2                	add	s1,s1,s8
  const char *strings = (const char *)blob + be32(blob + 12);
ffffffc080203054:	d4e43423          	sd	a4,-696(s0)
  for (const uint8 *rsv = blob + be32(blob + 16); be_cells(rsv + 8, 2); rsv += 16)
ffffffc080203058:	97e2                	add	a5,a5,s8
  if (machine.nreserved < DTB_MAX_RESERVED) {
ffffffc08020305a:	461d                	li	a2,7
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc08020305c:	00c7c683          	lbu	a3,12(a5)
ffffffc080203060:	00d7c303          	lbu	t1,13(a5)
ffffffc080203064:	0087c703          	lbu	a4,8(a5)
ffffffc080203068:	0097ce03          	lbu	t3,9(a5)
ffffffc08020306c:	00f7ce83          	lbu	t4,15(a5)
ffffffc080203070:	00e7c583          	lbu	a1,14(a5)
ffffffc080203074:	00b7cf03          	lbu	t5,11(a5)
ffffffc080203078:	00a7c503          	lbu	a0,10(a5)
ffffffc08020307c:	0186969b          	sllw	a3,a3,0x18
ffffffc080203080:	0103131b          	sllw	t1,t1,0x10
ffffffc080203084:	0187171b          	sllw	a4,a4,0x18
ffffffc080203088:	010e1e1b          	sllw	t3,t3,0x10
ffffffc08020308c:	0066e6b3          	or	a3,a3,t1
ffffffc080203090:	01c76733          	or	a4,a4,t3
ffffffc080203094:	01d6e6b3          	or	a3,a3,t4
ffffffc080203098:	0085959b          	sllw	a1,a1,0x8
ffffffc08020309c:	01e76733          	or	a4,a4,t5
ffffffc0802030a0:	0085151b          	sllw	a0,a0,0x8
ffffffc0802030a4:	8ecd                	or	a3,a3,a1
ffffffc0802030a6:	8f49                	or	a4,a4,a0
    v = v << 32 | be32(p + 4 * i);
ffffffc0802030a8:	1682                	sll	a3,a3,0x20
ffffffc0802030aa:	1702                	sll	a4,a4,0x20
ffffffc0802030ac:	9281                	srl	a3,a3,0x20
ffffffc0802030ae:	8f55                	or	a4,a4,a3
  for (const uint8 *rsv = blob + be32(blob + 16); be_cells(rsv + 8, 2); rsv += 16)
ffffffc0802030b0:	cf35                	beqz	a4,ffffffc08020312c <dtb_parse+0x202>
  if (machine.nreserved < DTB_MAX_RESERVED) {
ffffffc0802030b2:	078ca503          	lw	a0,120(s9)
ffffffc0802030b6:	06a64963          	blt	a2,a0,ffffffc080203128 <dtb_parse+0x1fe>
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc0802030ba:	0047c583          	lbu	a1,4(a5)
ffffffc0802030be:	0057c303          	lbu	t1,5(a5)
ffffffc0802030c2:	0007c683          	lbu	a3,0(a5)
ffffffc0802030c6:	0017cf03          	lbu	t5,1(a5)
ffffffc0802030ca:	0077cf83          	lbu	t6,7(a5)
ffffffc0802030ce:	0067ce03          	lbu	t3,6(a5)
ffffffc0802030d2:	0037c283          	lbu	t0,3(a5)
ffffffc0802030d6:	0027ce83          	lbu	t4,2(a5)
ffffffc0802030da:	0103131b          	sllw	t1,t1,0x10
ffffffc0802030de:	0185959b          	sllw	a1,a1,0x18
ffffffc0802030e2:	0065e5b3          	or	a1,a1,t1
ffffffc0802030e6:	0186969b          	sllw	a3,a3,0x18
ffffffc0802030ea:	010f1f1b          	sllw	t5,t5,0x10
ffffffc0802030ee:	01e6e6b3          	or	a3,a3,t5
ffffffc0802030f2:	01f5e5b3          	or	a1,a1,t6
ffffffc0802030f6:	008e1e1b          	sllw	t3,t3,0x8
ffffffc0802030fa:	0056e6b3          	or	a3,a3,t0
ffffffc0802030fe:	008e9e9b          	sllw	t4,t4,0x8
ffffffc080203102:	01c5e5b3          	or	a1,a1,t3
    machine.reserved[machine.nreserved].base = base;
ffffffc080203106:	00850313          	add	t1,a0,8
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc08020310a:	01d6e6b3          	or	a3,a3,t4
    v = v << 32 | be32(p + 4 * i);
ffffffc08020310e:	1582                	sll	a1,a1,0x20
    machine.reserved[machine.nreserved].base = base;
ffffffc080203110:	0312                	sll	t1,t1,0x4
    v = v << 32 | be32(p + 4 * i);
ffffffc080203112:	1682                	sll	a3,a3,0x20
ffffffc080203114:	9181                	srl	a1,a1,0x20
    machine.reserved[machine.nreserved].base = base;
ffffffc080203116:	9366                	add	t1,t1,s9
    v = v << 32 | be32(p + 4 * i);
ffffffc080203118:	8ecd                	or	a3,a3,a1
    machine.nreserved++;
ffffffc08020311a:	2505                	addw	a0,a0,1
    machine.reserved[machine.nreserved].base = base;
ffffffc08020311c:	00d33023          	sd	a3,0(t1)
    machine.reserved[machine.nreserved].size = size;
ffffffc080203120:	00e33423          	sd	a4,8(t1)
    machine.nreserved++;
ffffffc080203124:	06acac23          	sw	a0,120(s9)
  for (const uint8 *rsv = blob + be32(blob + 16); be_cells(rsv + 8, 2); rsv += 16)
ffffffc080203128:	07c1                	add	a5,a5,16
ffffffc08020312a:	bf0d                	j	ffffffc08020305c <dtb_parse+0x132>
    add_reserved(be_cells(rsv, 2), be_cells(rsv + 8, 2));

  struct node stack[MAX_DEPTH];
  int depth = -1;
ffffffc08020312c:	597d                	li	s2,-1
  for (;;) {
    uint32 tok = be32(p);
    p += 4;
    if (tok == FDT_BEGIN_NODE) {
ffffffc08020312e:	4b05                	li	s6,1
        panic("dtb_parse: tree deeper than %d", MAX_DEPTH);
      memset(&stack[depth], 0, sizeof(stack[depth]));
      stack[depth].name = name;
      stack[depth].addr_cells = 2;
      stack[depth].size_cells = 1;
    } else if (tok == FDT_END_NODE) {
ffffffc080203130:	4b89                	li	s7,2
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc080203132:	0004c783          	lbu	a5,0(s1)
ffffffc080203136:	0014c603          	lbu	a2,1(s1)
ffffffc08020313a:	0034c583          	lbu	a1,3(s1)
ffffffc08020313e:	0024c683          	lbu	a3,2(s1)
ffffffc080203142:	0187979b          	sllw	a5,a5,0x18
ffffffc080203146:	0106161b          	sllw	a2,a2,0x10
ffffffc08020314a:	8fd1                	or	a5,a5,a2
ffffffc08020314c:	8fcd                	or	a5,a5,a1
ffffffc08020314e:	0086969b          	sllw	a3,a3,0x8
ffffffc080203152:	8fd5                	or	a5,a5,a3
ffffffc080203154:	2781                	sext.w	a5,a5
    p += 4;
ffffffc080203156:	00448a13          	add	s4,s1,4
    if (tok == FDT_BEGIN_NODE) {
ffffffc08020315a:	13678263          	beq	a5,s6,ffffffc08020327e <dtb_parse+0x354>
    } else if (tok == FDT_END_NODE) {
ffffffc08020315e:	07778a63          	beq	a5,s7,ffffffc0802031d2 <dtb_parse+0x2a8>
      finish_node(stack, depth);
      depth--;
    } else if (tok == FDT_PROP) {
ffffffc080203162:	470d                	li	a4,3
ffffffc080203164:	16e78163          	beq	a5,a4,ffffffc0802032c6 <dtb_parse+0x39c>
      int len = be32(p);
      const char *pname = strings + be32(p + 4);
      read_prop(stack, depth, pname, p + 8, len);
      p += 8 + ((len + 3) & ~3);
    } else if (tok == FDT_NOP) {
ffffffc080203168:	4711                	li	a4,4
ffffffc08020316a:	10e78863          	beq	a5,a4,ffffffc08020327a <dtb_parse+0x350>
      continue;
    } else {
      break; /* FDT_END or garbage */
    }
  }
  if (machine.mem_size == 0 || machine.nharts == 0 || machine.uart_base == 0)
ffffffc08020316e:	008cb783          	ld	a5,8(s9)
ffffffc080203172:	44078c63          	beqz	a5,ffffffc0802035ca <dtb_parse+0x6a0>
ffffffc080203176:	010ca783          	lw	a5,16(s9)
ffffffc08020317a:	44078863          	beqz	a5,ffffffc0802035ca <dtb_parse+0x6a0>
ffffffc08020317e:	060cb783          	ld	a5,96(s9)
ffffffc080203182:	44078463          	beqz	a5,ffffffc0802035ca <dtb_parse+0x6a0>
    panic("dtb_parse: no memory, harts or UART in the device tree");
  if (machine.timebase_hz == 0)
ffffffc080203186:	058cb783          	ld	a5,88(s9)
ffffffc08020318a:	e799                	bnez	a5,ffffffc080203198 <dtb_parse+0x26e>
    machine.timebase_hz = 10000000;
ffffffc08020318c:	009897b7          	lui	a5,0x989
ffffffc080203190:	68078793          	add	a5,a5,1664 # 989680 <KERNEL_PA-0x7f876980>
ffffffc080203194:	04fcbc23          	sd	a5,88(s9)
}
ffffffc080203198:	2b813083          	ld	ra,696(sp)
ffffffc08020319c:	2b013403          	ld	s0,688(sp)
ffffffc0802031a0:	2a813483          	ld	s1,680(sp)
ffffffc0802031a4:	2a013903          	ld	s2,672(sp)
ffffffc0802031a8:	29813983          	ld	s3,664(sp)
ffffffc0802031ac:	29013a03          	ld	s4,656(sp)
ffffffc0802031b0:	28813a83          	ld	s5,648(sp)
ffffffc0802031b4:	28013b03          	ld	s6,640(sp)
ffffffc0802031b8:	27813b83          	ld	s7,632(sp)
ffffffc0802031bc:	27013c03          	ld	s8,624(sp)
ffffffc0802031c0:	26813c83          	ld	s9,616(sp)
ffffffc0802031c4:	26013d03          	ld	s10,608(sp)
ffffffc0802031c8:	25813d83          	ld	s11,600(sp)
ffffffc0802031cc:	2c010113          	add	sp,sp,704
ffffffc0802031d0:	8082                	ret
  struct node *n = &stack[depth];
ffffffc0802031d2:	00391793          	sll	a5,s2,0x3
ffffffc0802031d6:	97ca                	add	a5,a5,s2
ffffffc0802031d8:	078e                	sll	a5,a5,0x3
ffffffc0802031da:	d5040713          	add	a4,s0,-688
ffffffc0802031de:	00f70ab3          	add	s5,a4,a5
ffffffc0802031e2:	8d56                	mv	s10,s5
  struct node *parent = depth > 0 ? &stack[depth - 1] : n;
ffffffc0802031e4:	01205663          	blez	s2,ffffffc0802031f0 <dtb_parse+0x2c6>
ffffffc0802031e8:	fb878793          	add	a5,a5,-72
ffffffc0802031ec:	00f70d33          	add	s10,a4,a5
  uint64 base = n->reg ? be_cells(n->reg, ac) : 0;
ffffffc0802031f0:	008ab303          	ld	t1,8(s5)
  int ac = parent->addr_cells, sc = parent->size_cells;
ffffffc0802031f4:	03cd2603          	lw	a2,60(s10)
ffffffc0802031f8:	040d2e03          	lw	t3,64(s10)
  uint64 base = n->reg ? be_cells(n->reg, ac) : 0;
ffffffc0802031fc:	30030463          	beqz	t1,ffffffc080203504 <dtb_parse+0x5da>
  for (int i = 0; i < cells; i++)
ffffffc080203200:	32c05d63          	blez	a2,ffffffc08020353a <dtb_parse+0x610>
ffffffc080203204:	00261e93          	sll	t4,a2,0x2
ffffffc080203208:	869a                	mv	a3,t1
ffffffc08020320a:	9e9a                	add	t4,t4,t1
  uint64 v = 0;
ffffffc08020320c:	4481                	li	s1,0
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc08020320e:	0006c783          	lbu	a5,0(a3)
ffffffc080203212:	0016c503          	lbu	a0,1(a3)
ffffffc080203216:	0036cf03          	lbu	t5,3(a3)
ffffffc08020321a:	0026c583          	lbu	a1,2(a3)
ffffffc08020321e:	0187979b          	sllw	a5,a5,0x18
ffffffc080203222:	0105151b          	sllw	a0,a0,0x10
ffffffc080203226:	8fc9                	or	a5,a5,a0
ffffffc080203228:	01e7e7b3          	or	a5,a5,t5
ffffffc08020322c:	0085959b          	sllw	a1,a1,0x8
ffffffc080203230:	8fcd                	or	a5,a5,a1
    v = v << 32 | be32(p + 4 * i);
ffffffc080203232:	1782                	sll	a5,a5,0x20
ffffffc080203234:	1482                	sll	s1,s1,0x20
ffffffc080203236:	9381                	srl	a5,a5,0x20
  for (int i = 0; i < cells; i++)
ffffffc080203238:	0691                	add	a3,a3,4
    v = v << 32 | be32(p + 4 * i);
ffffffc08020323a:	8cdd                	or	s1,s1,a5
  for (int i = 0; i < cells; i++)
ffffffc08020323c:	fdd699e3          	bne	a3,t4,ffffffc08020320e <dtb_parse+0x2e4>
  uint64 size = n->reg && sc ? be_cells(n->reg + 4 * ac, sc) : 0;
ffffffc080203240:	4d81                	li	s11,0
ffffffc080203242:	120e1163          	bnez	t3,ffffffc080203364 <dtb_parse+0x43a>
  if (depth == 1 && n->device_type && strncmp(n->device_type, "memory", 7) == 0) {
ffffffc080203246:	4785                	li	a5,1
ffffffc080203248:	16f90363          	beq	s2,a5,ffffffc0802033ae <dtb_parse+0x484>
  } else if (depth == 2 && name_is(parent->name, "cpus") && name_is(n->name, "cpu")) {
ffffffc08020324c:	4789                	li	a5,2
ffffffc08020324e:	18f90763          	beq	s2,a5,ffffffc0802033dc <dtb_parse+0x4b2>
  } else if (compatible_has(n, "ns16550a") && machine.uart_base == 0) {
ffffffc080203252:	00005597          	auipc	a1,0x5
ffffffc080203256:	43e58593          	add	a1,a1,1086 # ffffffc080208690 <__func__.0+0x90>
ffffffc08020325a:	8556                	mv	a0,s5
ffffffc08020325c:	c59ff0ef          	jal	ffffffc080202eb4 <compatible_has>
ffffffc080203260:	20050863          	beqz	a0,ffffffc080203470 <dtb_parse+0x546>
ffffffc080203264:	060cb783          	ld	a5,96(s9)
ffffffc080203268:	20079463          	bnez	a5,ffffffc080203470 <dtb_parse+0x546>
    machine.uart_irq = n->interrupt;
ffffffc08020326c:	038aa783          	lw	a5,56(s5)
    machine.uart_base = base;
ffffffc080203270:	069cb023          	sd	s1,96(s9)
    machine.uart_irq = n->interrupt;
ffffffc080203274:	06fca423          	sw	a5,104(s9)
      depth--;
ffffffc080203278:	397d                	addw	s2,s2,-1 # fff <KERNEL_PA-0x801ff001>
    p += 4;
ffffffc08020327a:	84d2                	mv	s1,s4
ffffffc08020327c:	bd5d                	j	ffffffc080203132 <dtb_parse+0x208>
      p += (strlen(name) + 4) & ~3UL;
ffffffc08020327e:	8552                	mv	a0,s4
ffffffc080203280:	117000ef          	jal	ffffffc080203b96 <strlen>
ffffffc080203284:	00450493          	add	s1,a0,4
ffffffc080203288:	98f1                	and	s1,s1,-4
      if (++depth >= MAX_DEPTH)
ffffffc08020328a:	2905                	addw	s2,s2,1
ffffffc08020328c:	479d                	li	a5,7
      p += (strlen(name) + 4) & ~3UL;
ffffffc08020328e:	94d2                	add	s1,s1,s4
      if (++depth >= MAX_DEPTH)
ffffffc080203290:	3327c663          	blt	a5,s2,ffffffc0802035bc <dtb_parse+0x692>
      memset(&stack[depth], 0, sizeof(stack[depth]));
ffffffc080203294:	00391793          	sll	a5,s2,0x3
ffffffc080203298:	97ca                	add	a5,a5,s2
ffffffc08020329a:	00379993          	sll	s3,a5,0x3
ffffffc08020329e:	d5040793          	add	a5,s0,-688
ffffffc0802032a2:	01378533          	add	a0,a5,s3
ffffffc0802032a6:	04800613          	li	a2,72
ffffffc0802032aa:	4581                	li	a1,0
ffffffc0802032ac:	7d0000ef          	jal	ffffffc080203a7c <memset>
      stack[depth].name = name;
ffffffc0802032b0:	f9098793          	add	a5,s3,-112
ffffffc0802032b4:	97a2                	add	a5,a5,s0
      stack[depth].addr_cells = 2;
ffffffc0802032b6:	4689                	li	a3,2
      stack[depth].name = name;
ffffffc0802032b8:	dd47b023          	sd	s4,-576(a5)
      stack[depth].addr_cells = 2;
ffffffc0802032bc:	ded7ae23          	sw	a3,-516(a5)
      stack[depth].size_cells = 1;
ffffffc0802032c0:	e167a023          	sw	s6,-512(a5)
ffffffc0802032c4:	b5bd                	j	ffffffc080203132 <dtb_parse+0x208>
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc0802032c6:	0084ca83          	lbu	s5,8(s1)
ffffffc0802032ca:	0094c683          	lbu	a3,9(s1)
ffffffc0802032ce:	00b4c583          	lbu	a1,11(s1)
ffffffc0802032d2:	00a4c603          	lbu	a2,10(s1)
ffffffc0802032d6:	0044c983          	lbu	s3,4(s1)
ffffffc0802032da:	0054c783          	lbu	a5,5(s1)
ffffffc0802032de:	0106969b          	sllw	a3,a3,0x10
ffffffc0802032e2:	018a9a9b          	sllw	s5,s5,0x18
ffffffc0802032e6:	00daeab3          	or	s5,s5,a3
ffffffc0802032ea:	00baeab3          	or	s5,s5,a1
ffffffc0802032ee:	0086161b          	sllw	a2,a2,0x8
ffffffc0802032f2:	0107979b          	sllw	a5,a5,0x10
ffffffc0802032f6:	0189999b          	sllw	s3,s3,0x18
ffffffc0802032fa:	00caeab3          	or	s5,s5,a2
ffffffc0802032fe:	00f9e9b3          	or	s3,s3,a5
      const char *pname = strings + be32(p + 4);
ffffffc080203302:	d4843783          	ld	a5,-696(s0)
ffffffc080203306:	1a82                	sll	s5,s5,0x20
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc080203308:	0074c583          	lbu	a1,7(s1)
ffffffc08020330c:	0064c683          	lbu	a3,6(s1)
      const char *pname = strings + be32(p + 4);
ffffffc080203310:	020ada93          	srl	s5,s5,0x20
ffffffc080203314:	9abe                	add	s5,s5,a5
  struct node *n = &stack[depth];
ffffffc080203316:	00391793          	sll	a5,s2,0x3
      const char *pname = strings + be32(p + 4);
ffffffc08020331a:	9ae2                	add	s5,s5,s8
  struct node *n = &stack[depth];
ffffffc08020331c:	97ca                	add	a5,a5,s2
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc08020331e:	00b9e9b3          	or	s3,s3,a1
ffffffc080203322:	0086969b          	sllw	a3,a3,0x8
  struct node *n = &stack[depth];
ffffffc080203326:	078e                	sll	a5,a5,0x3
ffffffc080203328:	d5040713          	add	a4,s0,-688
  if (strncmp(pname, "reg", 4) == 0) {
ffffffc08020332c:	4611                	li	a2,4
ffffffc08020332e:	00005597          	auipc	a1,0x5
ffffffc080203332:	39a58593          	add	a1,a1,922 # ffffffc0802086c8 <__func__.0+0xc8>
ffffffc080203336:	8556                	mv	a0,s5
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc080203338:	00d9e9b3          	or	s3,s3,a3
  struct node *n = &stack[depth];
ffffffc08020333c:	00f70d33          	add	s10,a4,a5
  if (strncmp(pname, "reg", 4) == 0) {
ffffffc080203340:	081000ef          	jal	ffffffc080203bc0 <strncmp>
      int len = be32(p);
ffffffc080203344:	2981                	sext.w	s3,s3
      read_prop(stack, depth, pname, p + 8, len);
ffffffc080203346:	00c48d93          	add	s11,s1,12
  if (strncmp(pname, "reg", 4) == 0) {
ffffffc08020334a:	1c051063          	bnez	a0,ffffffc08020350a <dtb_parse+0x5e0>
    n->reg = val;
ffffffc08020334e:	01bd3423          	sd	s11,8(s10)
    n->reg_len = len;
ffffffc080203352:	013d2823          	sw	s3,16(s10)
      p += 8 + ((len + 3) & ~3);
ffffffc080203356:	0039879b          	addw	a5,s3,3
ffffffc08020335a:	9bf1                	and	a5,a5,-4
ffffffc08020335c:	27a1                	addw	a5,a5,8
ffffffc08020335e:	00fa04b3          	add	s1,s4,a5
ffffffc080203362:	bbc1                	j	ffffffc080203132 <dtb_parse+0x208>
  uint64 size = n->reg && sc ? be_cells(n->reg + 4 * ac, sc) : 0;
ffffffc080203364:	0026169b          	sllw	a3,a2,0x2
  for (int i = 0; i < cells; i++)
ffffffc080203368:	edc05fe3          	blez	t3,ffffffc080203246 <dtb_parse+0x31c>
ffffffc08020336c:	002e1793          	sll	a5,t3,0x2
ffffffc080203370:	97b6                	add	a5,a5,a3
ffffffc080203372:	969a                	add	a3,a3,t1
ffffffc080203374:	933e                	add	t1,t1,a5
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc080203376:	0006c783          	lbu	a5,0(a3)
ffffffc08020337a:	0016c583          	lbu	a1,1(a3)
ffffffc08020337e:	0036c503          	lbu	a0,3(a3)
ffffffc080203382:	0026c603          	lbu	a2,2(a3)
ffffffc080203386:	0187979b          	sllw	a5,a5,0x18
ffffffc08020338a:	0105959b          	sllw	a1,a1,0x10
ffffffc08020338e:	8fcd                	or	a5,a5,a1
ffffffc080203390:	8fc9                	or	a5,a5,a0
ffffffc080203392:	0086161b          	sllw	a2,a2,0x8
ffffffc080203396:	8fd1                	or	a5,a5,a2
    v = v << 32 | be32(p + 4 * i);
ffffffc080203398:	1782                	sll	a5,a5,0x20
ffffffc08020339a:	1d82                	sll	s11,s11,0x20
ffffffc08020339c:	9381                	srl	a5,a5,0x20
  for (int i = 0; i < cells; i++)
ffffffc08020339e:	0691                	add	a3,a3,4
    v = v << 32 | be32(p + 4 * i);
ffffffc0802033a0:	01b7edb3          	or	s11,a5,s11
  for (int i = 0; i < cells; i++)
ffffffc0802033a4:	fc6699e3          	bne	a3,t1,ffffffc080203376 <dtb_parse+0x44c>
  if (depth == 1 && n->device_type && strncmp(n->device_type, "memory", 7) == 0) {
ffffffc0802033a8:	4785                	li	a5,1
ffffffc0802033aa:	eaf911e3          	bne	s2,a5,ffffffc08020324c <dtb_parse+0x322>
ffffffc0802033ae:	028ab503          	ld	a0,40(s5)
ffffffc0802033b2:	ea0500e3          	beqz	a0,ffffffc080203252 <dtb_parse+0x328>
ffffffc0802033b6:	461d                	li	a2,7
ffffffc0802033b8:	00005597          	auipc	a1,0x5
ffffffc0802033bc:	00058593          	mv	a1,a1
ffffffc0802033c0:	001000ef          	jal	ffffffc080203bc0 <strncmp>
ffffffc0802033c4:	e80517e3          	bnez	a0,ffffffc080203252 <dtb_parse+0x328>
    if (machine.mem_size == 0) {
ffffffc0802033c8:	008cb783          	ld	a5,8(s9)
ffffffc0802033cc:	ea0796e3          	bnez	a5,ffffffc080203278 <dtb_parse+0x34e>
      machine.mem_base = base;
ffffffc0802033d0:	009cb023          	sd	s1,0(s9)
      machine.mem_size = size;
ffffffc0802033d4:	01bcb423          	sd	s11,8(s9)
      depth--;
ffffffc0802033d8:	397d                	addw	s2,s2,-1
ffffffc0802033da:	b545                	j	ffffffc08020327a <dtb_parse+0x350>
  } else if (depth == 2 && name_is(parent->name, "cpus") && name_is(n->name, "cpu")) {
ffffffc0802033dc:	000d3983          	ld	s3,0(s10)
  size_t n = strlen(base);
ffffffc0802033e0:	00005517          	auipc	a0,0x5
ffffffc0802033e4:	28850513          	add	a0,a0,648 # ffffffc080208668 <__func__.0+0x68>
ffffffc0802033e8:	7ae000ef          	jal	ffffffc080203b96 <strlen>
ffffffc0802033ec:	862a                	mv	a2,a0
  return strncmp(name, base, n) == 0 && (name[n] == 0 || name[n] == '@');
ffffffc0802033ee:	d4a43023          	sd	a0,-704(s0)
ffffffc0802033f2:	00005597          	auipc	a1,0x5
ffffffc0802033f6:	27658593          	add	a1,a1,630 # ffffffc080208668 <__func__.0+0x68>
ffffffc0802033fa:	854e                	mv	a0,s3
ffffffc0802033fc:	7c4000ef          	jal	ffffffc080203bc0 <strncmp>
ffffffc080203400:	e909                	bnez	a0,ffffffc080203412 <dtb_parse+0x4e8>
ffffffc080203402:	d4043603          	ld	a2,-704(s0)
ffffffc080203406:	99b2                	add	s3,s3,a2
ffffffc080203408:	0009c783          	lbu	a5,0(s3)
ffffffc08020340c:	0bf7f793          	and	a5,a5,191
ffffffc080203410:	c3c1                	beqz	a5,ffffffc080203490 <dtb_parse+0x566>
  } else if (depth == 2 && name_is(parent->name, "reserved-memory") && n->reg) {
ffffffc080203412:	000d3983          	ld	s3,0(s10)
  size_t n = strlen(base);
ffffffc080203416:	00005517          	auipc	a0,0x5
ffffffc08020341a:	26a50513          	add	a0,a0,618 # ffffffc080208680 <__func__.0+0x80>
ffffffc08020341e:	778000ef          	jal	ffffffc080203b96 <strlen>
ffffffc080203422:	8d2a                	mv	s10,a0
  return strncmp(name, base, n) == 0 && (name[n] == 0 || name[n] == '@');
ffffffc080203424:	862a                	mv	a2,a0
ffffffc080203426:	00005597          	auipc	a1,0x5
ffffffc08020342a:	25a58593          	add	a1,a1,602 # ffffffc080208680 <__func__.0+0x80>
ffffffc08020342e:	854e                	mv	a0,s3
ffffffc080203430:	790000ef          	jal	ffffffc080203bc0 <strncmp>
ffffffc080203434:	e0051fe3          	bnez	a0,ffffffc080203252 <dtb_parse+0x328>
ffffffc080203438:	99ea                	add	s3,s3,s10
ffffffc08020343a:	0009c783          	lbu	a5,0(s3)
ffffffc08020343e:	0bf7f793          	and	a5,a5,191
ffffffc080203442:	e00798e3          	bnez	a5,ffffffc080203252 <dtb_parse+0x328>
  } else if (depth == 2 && name_is(parent->name, "reserved-memory") && n->reg) {
ffffffc080203446:	008ab783          	ld	a5,8(s5)
ffffffc08020344a:	e00784e3          	beqz	a5,ffffffc080203252 <dtb_parse+0x328>
  if (machine.nreserved < DTB_MAX_RESERVED) {
ffffffc08020344e:	078ca683          	lw	a3,120(s9)
ffffffc080203452:	479d                	li	a5,7
ffffffc080203454:	e2d7c2e3          	blt	a5,a3,ffffffc080203278 <dtb_parse+0x34e>
    machine.reserved[machine.nreserved].base = base;
ffffffc080203458:	00868793          	add	a5,a3,8
ffffffc08020345c:	0792                	sll	a5,a5,0x4
ffffffc08020345e:	97e6                	add	a5,a5,s9
    machine.nreserved++;
ffffffc080203460:	2685                	addw	a3,a3,1
    machine.reserved[machine.nreserved].base = base;
ffffffc080203462:	e384                	sd	s1,0(a5)
    machine.reserved[machine.nreserved].size = size;
ffffffc080203464:	01b7b423          	sd	s11,8(a5)
    machine.nreserved++;
ffffffc080203468:	06dcac23          	sw	a3,120(s9)
      depth--;
ffffffc08020346c:	397d                	addw	s2,s2,-1
ffffffc08020346e:	b531                	j	ffffffc08020327a <dtb_parse+0x350>
  } else if ((compatible_has(n, "riscv,plic0") || compatible_has(n, "sifive,plic-1.0.0")) &&
ffffffc080203470:	00005597          	auipc	a1,0x5
ffffffc080203474:	23058593          	add	a1,a1,560 # ffffffc0802086a0 <__func__.0+0xa0>
ffffffc080203478:	8556                	mv	a0,s5
ffffffc08020347a:	a3bff0ef          	jal	ffffffc080202eb4 <compatible_has>
ffffffc08020347e:	c545                	beqz	a0,ffffffc080203526 <dtb_parse+0x5fc>
ffffffc080203480:	070cb783          	ld	a5,112(s9)
ffffffc080203484:	de079ae3          	bnez	a5,ffffffc080203278 <dtb_parse+0x34e>
    machine.plic_base = base;
ffffffc080203488:	069cb823          	sd	s1,112(s9)
      depth--;
ffffffc08020348c:	397d                	addw	s2,s2,-1
ffffffc08020348e:	b3f5                	j	ffffffc08020327a <dtb_parse+0x350>
  } else if (depth == 2 && name_is(parent->name, "cpus") && name_is(n->name, "cpu")) {
ffffffc080203490:	000ab983          	ld	s3,0(s5)
  size_t n = strlen(base);
ffffffc080203494:	00005517          	auipc	a0,0x5
ffffffc080203498:	1dc50513          	add	a0,a0,476 # ffffffc080208670 <__func__.0+0x70>
ffffffc08020349c:	6fa000ef          	jal	ffffffc080203b96 <strlen>
ffffffc0802034a0:	862a                	mv	a2,a0
  return strncmp(name, base, n) == 0 && (name[n] == 0 || name[n] == '@');
ffffffc0802034a2:	d4a43023          	sd	a0,-704(s0)
ffffffc0802034a6:	00005597          	auipc	a1,0x5
ffffffc0802034aa:	1ca58593          	add	a1,a1,458 # ffffffc080208670 <__func__.0+0x70>
ffffffc0802034ae:	854e                	mv	a0,s3
ffffffc0802034b0:	710000ef          	jal	ffffffc080203bc0 <strncmp>
ffffffc0802034b4:	fd39                	bnez	a0,ffffffc080203412 <dtb_parse+0x4e8>
ffffffc0802034b6:	d4043603          	ld	a2,-704(s0)
ffffffc0802034ba:	99b2                	add	s3,s3,a2
ffffffc0802034bc:	0009c783          	lbu	a5,0(s3)
ffffffc0802034c0:	0bf7f793          	and	a5,a5,191
ffffffc0802034c4:	f7b9                	bnez	a5,ffffffc080203412 <dtb_parse+0x4e8>
    bool ok = !n->status || strncmp(n->status, "okay", 5) == 0;
ffffffc0802034c6:	030ab503          	ld	a0,48(s5)
ffffffc0802034ca:	c911                	beqz	a0,ffffffc0802034de <dtb_parse+0x5b4>
ffffffc0802034cc:	4615                	li	a2,5
ffffffc0802034ce:	00005597          	auipc	a1,0x5
ffffffc0802034d2:	1aa58593          	add	a1,a1,426 # ffffffc080208678 <__func__.0+0x78>
ffffffc0802034d6:	6ea000ef          	jal	ffffffc080203bc0 <strncmp>
ffffffc0802034da:	d8051fe3          	bnez	a0,ffffffc080203278 <dtb_parse+0x34e>
    if (ok && n->reg && machine.nharts < NCPU)
ffffffc0802034de:	008ab783          	ld	a5,8(s5)
ffffffc0802034e2:	d8078be3          	beqz	a5,ffffffc080203278 <dtb_parse+0x34e>
ffffffc0802034e6:	010ca683          	lw	a3,16(s9)
ffffffc0802034ea:	479d                	li	a5,7
ffffffc0802034ec:	d8d7c6e3          	blt	a5,a3,ffffffc080203278 <dtb_parse+0x34e>
      machine.hartids[machine.nharts++] = base;
ffffffc0802034f0:	00268793          	add	a5,a3,2
ffffffc0802034f4:	078e                	sll	a5,a5,0x3
ffffffc0802034f6:	2685                	addw	a3,a3,1
ffffffc0802034f8:	97e6                	add	a5,a5,s9
ffffffc0802034fa:	00dca823          	sw	a3,16(s9)
ffffffc0802034fe:	e784                	sd	s1,8(a5)
      depth--;
ffffffc080203500:	397d                	addw	s2,s2,-1
ffffffc080203502:	bba5                	j	ffffffc08020327a <dtb_parse+0x350>
  uint64 base = n->reg ? be_cells(n->reg, ac) : 0;
ffffffc080203504:	4481                	li	s1,0
  uint64 size = n->reg && sc ? be_cells(n->reg + 4 * ac, sc) : 0;
ffffffc080203506:	4d81                	li	s11,0
ffffffc080203508:	bb3d                	j	ffffffc080203246 <dtb_parse+0x31c>
  } else if (strncmp(pname, "compatible", 11) == 0) {
ffffffc08020350a:	462d                	li	a2,11
ffffffc08020350c:	00005597          	auipc	a1,0x5
ffffffc080203510:	1c458593          	add	a1,a1,452 # ffffffc0802086d0 <__func__.0+0xd0>
ffffffc080203514:	8556                	mv	a0,s5
ffffffc080203516:	6aa000ef          	jal	ffffffc080203bc0 <strncmp>
ffffffc08020351a:	e115                	bnez	a0,ffffffc08020353e <dtb_parse+0x614>
    n->compatible = (const char *)val;
ffffffc08020351c:	01bd3c23          	sd	s11,24(s10)
    n->compatible_len = len;
ffffffc080203520:	033d2023          	sw	s3,32(s10)
ffffffc080203524:	bd0d                	j	ffffffc080203356 <dtb_parse+0x42c>
  } else if ((compatible_has(n, "riscv,plic0") || compatible_has(n, "sifive,plic-1.0.0")) &&
ffffffc080203526:	00005597          	auipc	a1,0x5
ffffffc08020352a:	18a58593          	add	a1,a1,394 # ffffffc0802086b0 <__func__.0+0xb0>
ffffffc08020352e:	8556                	mv	a0,s5
ffffffc080203530:	985ff0ef          	jal	ffffffc080202eb4 <compatible_has>
ffffffc080203534:	f531                	bnez	a0,ffffffc080203480 <dtb_parse+0x556>
      depth--;
ffffffc080203536:	397d                	addw	s2,s2,-1
ffffffc080203538:	b389                	j	ffffffc08020327a <dtb_parse+0x350>
  uint64 v = 0;
ffffffc08020353a:	4481                	li	s1,0
ffffffc08020353c:	b311                	j	ffffffc080203240 <dtb_parse+0x316>
  } else if (strncmp(pname, "device_type", 12) == 0) {
ffffffc08020353e:	4631                	li	a2,12
ffffffc080203540:	00005597          	auipc	a1,0x5
ffffffc080203544:	1a058593          	add	a1,a1,416 # ffffffc0802086e0 <__func__.0+0xe0>
ffffffc080203548:	8556                	mv	a0,s5
ffffffc08020354a:	676000ef          	jal	ffffffc080203bc0 <strncmp>
ffffffc08020354e:	e501                	bnez	a0,ffffffc080203556 <dtb_parse+0x62c>
    n->device_type = (const char *)val;
ffffffc080203550:	03bd3423          	sd	s11,40(s10)
ffffffc080203554:	b509                	j	ffffffc080203356 <dtb_parse+0x42c>
  } else if (strncmp(pname, "status", 7) == 0) {
ffffffc080203556:	461d                	li	a2,7
ffffffc080203558:	00005597          	auipc	a1,0x5
ffffffc08020355c:	19858593          	add	a1,a1,408 # ffffffc0802086f0 <__func__.0+0xf0>
ffffffc080203560:	8556                	mv	a0,s5
ffffffc080203562:	65e000ef          	jal	ffffffc080203bc0 <strncmp>
ffffffc080203566:	e919                	bnez	a0,ffffffc08020357c <dtb_parse+0x652>
    n->status = (const char *)val;
ffffffc080203568:	03bd3823          	sd	s11,48(s10)
ffffffc08020356c:	b3ed                	j	ffffffc080203356 <dtb_parse+0x42c>
    panic("dtb_parse: no device tree at %p", (void *)pa);
ffffffc08020356e:	85aa                	mv	a1,a0
ffffffc080203570:	00005517          	auipc	a0,0x5
ffffffc080203574:	0b850513          	add	a0,a0,184 # ffffffc080208628 <__func__.0+0x28>
ffffffc080203578:	434000ef          	jal	ffffffc0802039ac <panic>
  } else if (strncmp(pname, "interrupts", 11) == 0 && len >= 4) {
ffffffc08020357c:	462d                	li	a2,11
ffffffc08020357e:	00005597          	auipc	a1,0x5
ffffffc080203582:	17a58593          	add	a1,a1,378 # ffffffc0802086f8 <__func__.0+0xf8>
ffffffc080203586:	8556                	mv	a0,s5
ffffffc080203588:	638000ef          	jal	ffffffc080203bc0 <strncmp>
ffffffc08020358c:	e529                	bnez	a0,ffffffc0802035d6 <dtb_parse+0x6ac>
ffffffc08020358e:	478d                	li	a5,3
ffffffc080203590:	0537d363          	bge	a5,s3,ffffffc0802035d6 <dtb_parse+0x6ac>
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc080203594:	00c4c783          	lbu	a5,12(s1)
ffffffc080203598:	00d4c603          	lbu	a2,13(s1)
ffffffc08020359c:	00f4c583          	lbu	a1,15(s1)
ffffffc0802035a0:	00e4c683          	lbu	a3,14(s1)
ffffffc0802035a4:	0187979b          	sllw	a5,a5,0x18
ffffffc0802035a8:	0106161b          	sllw	a2,a2,0x10
ffffffc0802035ac:	8fd1                	or	a5,a5,a2
ffffffc0802035ae:	8fcd                	or	a5,a5,a1
ffffffc0802035b0:	0086969b          	sllw	a3,a3,0x8
ffffffc0802035b4:	8fd5                	or	a5,a5,a3
    n->interrupt = be32(val);
ffffffc0802035b6:	02fd2c23          	sw	a5,56(s10)
ffffffc0802035ba:	bb71                	j	ffffffc080203356 <dtb_parse+0x42c>
        panic("dtb_parse: tree deeper than %d", MAX_DEPTH);
ffffffc0802035bc:	45a1                	li	a1,8
ffffffc0802035be:	00005517          	auipc	a0,0x5
ffffffc0802035c2:	08a50513          	add	a0,a0,138 # ffffffc080208648 <__func__.0+0x48>
ffffffc0802035c6:	3e6000ef          	jal	ffffffc0802039ac <panic>
    panic("dtb_parse: no memory, harts or UART in the device tree");
ffffffc0802035ca:	00005517          	auipc	a0,0x5
ffffffc0802035ce:	18650513          	add	a0,a0,390 # ffffffc080208750 <__func__.0+0x150>
ffffffc0802035d2:	3da000ef          	jal	ffffffc0802039ac <panic>
  } else if (strncmp(pname, "#address-cells", 15) == 0) {
ffffffc0802035d6:	463d                	li	a2,15
ffffffc0802035d8:	00005597          	auipc	a1,0x5
ffffffc0802035dc:	13058593          	add	a1,a1,304 # ffffffc080208708 <__func__.0+0x108>
ffffffc0802035e0:	8556                	mv	a0,s5
ffffffc0802035e2:	5de000ef          	jal	ffffffc080203bc0 <strncmp>
ffffffc0802035e6:	e50d                	bnez	a0,ffffffc080203610 <dtb_parse+0x6e6>
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc0802035e8:	00c4c783          	lbu	a5,12(s1)
ffffffc0802035ec:	00d4c603          	lbu	a2,13(s1)
ffffffc0802035f0:	00f4c583          	lbu	a1,15(s1)
ffffffc0802035f4:	00e4c683          	lbu	a3,14(s1)
ffffffc0802035f8:	0187979b          	sllw	a5,a5,0x18
ffffffc0802035fc:	0106161b          	sllw	a2,a2,0x10
ffffffc080203600:	8fd1                	or	a5,a5,a2
ffffffc080203602:	8fcd                	or	a5,a5,a1
ffffffc080203604:	0086969b          	sllw	a3,a3,0x8
ffffffc080203608:	8fd5                	or	a5,a5,a3
    n->addr_cells = be32(val);
ffffffc08020360a:	02fd2e23          	sw	a5,60(s10)
ffffffc08020360e:	b3a1                	j	ffffffc080203356 <dtb_parse+0x42c>
  } else if (strncmp(pname, "#size-cells", 12) == 0) {
ffffffc080203610:	4631                	li	a2,12
ffffffc080203612:	00005597          	auipc	a1,0x5
ffffffc080203616:	10658593          	add	a1,a1,262 # ffffffc080208718 <__func__.0+0x118>
ffffffc08020361a:	8556                	mv	a0,s5
ffffffc08020361c:	5a4000ef          	jal	ffffffc080203bc0 <strncmp>
ffffffc080203620:	e50d                	bnez	a0,ffffffc08020364a <dtb_parse+0x720>
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc080203622:	00c4c783          	lbu	a5,12(s1)
ffffffc080203626:	00d4c603          	lbu	a2,13(s1)
ffffffc08020362a:	00f4c583          	lbu	a1,15(s1)
ffffffc08020362e:	00e4c683          	lbu	a3,14(s1)
ffffffc080203632:	0187979b          	sllw	a5,a5,0x18
ffffffc080203636:	0106161b          	sllw	a2,a2,0x10
ffffffc08020363a:	8fd1                	or	a5,a5,a2
ffffffc08020363c:	8fcd                	or	a5,a5,a1
ffffffc08020363e:	0086969b          	sllw	a3,a3,0x8
ffffffc080203642:	8fd5                	or	a5,a5,a3
    n->size_cells = be32(val);
ffffffc080203644:	04fd2023          	sw	a5,64(s10)
ffffffc080203648:	b339                	j	ffffffc080203356 <dtb_parse+0x42c>
  } else if (strncmp(pname, "timebase-frequency", 19) == 0 && name_is(n->name, "cpus")) {
ffffffc08020364a:	464d                	li	a2,19
ffffffc08020364c:	00005597          	auipc	a1,0x5
ffffffc080203650:	0dc58593          	add	a1,a1,220 # ffffffc080208728 <__func__.0+0x128>
ffffffc080203654:	8556                	mv	a0,s5
ffffffc080203656:	56a000ef          	jal	ffffffc080203bc0 <strncmp>
ffffffc08020365a:	e52d                	bnez	a0,ffffffc0802036c4 <dtb_parse+0x79a>
ffffffc08020365c:	000d3d03          	ld	s10,0(s10)
  size_t n = strlen(base);
ffffffc080203660:	00005517          	auipc	a0,0x5
ffffffc080203664:	00850513          	add	a0,a0,8 # ffffffc080208668 <__func__.0+0x68>
ffffffc080203668:	52e000ef          	jal	ffffffc080203b96 <strlen>
ffffffc08020366c:	862a                	mv	a2,a0
  return strncmp(name, base, n) == 0 && (name[n] == 0 || name[n] == '@');
ffffffc08020366e:	d4a43023          	sd	a0,-704(s0)
ffffffc080203672:	00005597          	auipc	a1,0x5
ffffffc080203676:	ff658593          	add	a1,a1,-10 # ffffffc080208668 <__func__.0+0x68>
ffffffc08020367a:	856a                	mv	a0,s10
ffffffc08020367c:	544000ef          	jal	ffffffc080203bc0 <strncmp>
ffffffc080203680:	e131                	bnez	a0,ffffffc0802036c4 <dtb_parse+0x79a>
ffffffc080203682:	d4043603          	ld	a2,-704(s0)
ffffffc080203686:	9d32                	add	s10,s10,a2
ffffffc080203688:	000d4783          	lbu	a5,0(s10)
ffffffc08020368c:	0bf7f793          	and	a5,a5,191
ffffffc080203690:	eb95                	bnez	a5,ffffffc0802036c4 <dtb_parse+0x79a>
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc080203692:	00d4c783          	lbu	a5,13(s1)
ffffffc080203696:	00c4c603          	lbu	a2,12(s1)
ffffffc08020369a:	00f4c583          	lbu	a1,15(s1)
ffffffc08020369e:	00e4c683          	lbu	a3,14(s1)
ffffffc0802036a2:	0107979b          	sllw	a5,a5,0x10
ffffffc0802036a6:	0186161b          	sllw	a2,a2,0x18
ffffffc0802036aa:	8fd1                	or	a5,a5,a2
ffffffc0802036ac:	0086969b          	sllw	a3,a3,0x8
ffffffc0802036b0:	8fcd                	or	a5,a5,a1
ffffffc0802036b2:	8fd5                	or	a5,a5,a3
    v = v << 32 | be32(p + 4 * i);
ffffffc0802036b4:	1782                	sll	a5,a5,0x20
    machine.timebase_hz = len == 8 ? be_cells(val, 2) : be32(val);
ffffffc0802036b6:	46a1                	li	a3,8
    v = v << 32 | be32(p + 4 * i);
ffffffc0802036b8:	9381                	srl	a5,a5,0x20
    machine.timebase_hz = len == 8 ? be_cells(val, 2) : be32(val);
ffffffc0802036ba:	02d98c63          	beq	s3,a3,ffffffc0802036f2 <dtb_parse+0x7c8>
ffffffc0802036be:	04fcbc23          	sd	a5,88(s9)
ffffffc0802036c2:	b951                	j	ffffffc080203356 <dtb_parse+0x42c>
  } else if (strncmp(pname, "bootargs", 9) == 0 && depth == 1) {
ffffffc0802036c4:	4625                	li	a2,9
ffffffc0802036c6:	00005597          	auipc	a1,0x5
ffffffc0802036ca:	07a58593          	add	a1,a1,122 # ffffffc080208740 <__func__.0+0x140>
ffffffc0802036ce:	8556                	mv	a0,s5
ffffffc0802036d0:	4f0000ef          	jal	ffffffc080203bc0 <strncmp>
ffffffc0802036d4:	c80511e3          	bnez	a0,ffffffc080203356 <dtb_parse+0x42c>
ffffffc0802036d8:	4785                	li	a5,1
ffffffc0802036da:	c6f91ee3          	bne	s2,a5,ffffffc080203356 <dtb_parse+0x42c>
    safestrcpy(machine.bootargs, (const char *)val, sizeof(machine.bootargs));
ffffffc0802036de:	10000613          	li	a2,256
ffffffc0802036e2:	85ee                	mv	a1,s11
ffffffc0802036e4:	001cb517          	auipc	a0,0x1cb
ffffffc0802036e8:	12c50513          	add	a0,a0,300 # ffffffc0803ce810 <machine+0x100>
ffffffc0802036ec:	50c000ef          	jal	ffffffc080203bf8 <safestrcpy>
ffffffc0802036f0:	b19d                	j	ffffffc080203356 <dtb_parse+0x42c>
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc0802036f2:	0104c683          	lbu	a3,16(s1)
ffffffc0802036f6:	0114c583          	lbu	a1,17(s1)
ffffffc0802036fa:	0134c503          	lbu	a0,19(s1)
ffffffc0802036fe:	0124c603          	lbu	a2,18(s1)
ffffffc080203702:	0186969b          	sllw	a3,a3,0x18
ffffffc080203706:	0105959b          	sllw	a1,a1,0x10
ffffffc08020370a:	8ecd                	or	a3,a3,a1
ffffffc08020370c:	8ec9                	or	a3,a3,a0
ffffffc08020370e:	0086161b          	sllw	a2,a2,0x8
ffffffc080203712:	8ed1                	or	a3,a3,a2
    v = v << 32 | be32(p + 4 * i);
ffffffc080203714:	1682                	sll	a3,a3,0x20
ffffffc080203716:	9281                	srl	a3,a3,0x20
ffffffc080203718:	1782                	sll	a5,a5,0x20
ffffffc08020371a:	8fd5                	or	a5,a5,a3
    machine.timebase_hz = len == 8 ? be_cells(val, 2) : be32(val);
ffffffc08020371c:	04fcbc23          	sd	a5,88(s9)
ffffffc080203720:	b91d                	j	ffffffc080203356 <dtb_parse+0x42c>

ffffffc080203722 <put_uint>:
#include "proc/cpu.h"
#include "arch/riscv/memlayout.h"

volatile uint32 panicked; /* set once by the first panic; other harts halt */

static void put_uint(uint64 v, int base, int width) {
ffffffc080203722:	7139                	add	sp,sp,-64
ffffffc080203724:	f822                	sd	s0,48(sp)
ffffffc080203726:	0080                	add	s0,sp,64
ffffffc080203728:	f426                	sd	s1,40(sp)
ffffffc08020372a:	fc06                	sd	ra,56(sp)
ffffffc08020372c:	f04a                	sd	s2,32(sp)
ffffffc08020372e:	fc840493          	add	s1,s0,-56
  char buf[24];
  int i = 0;
  do {
    buf[i++] = "0123456789abcdef"[v % base];
ffffffc080203732:	87a6                	mv	a5,s1
ffffffc080203734:	00005897          	auipc	a7,0x5
ffffffc080203738:	05488893          	add	a7,a7,84 # ffffffc080208788 <__func__.0+0x188>
ffffffc08020373c:	02b57733          	remu	a4,a0,a1
ffffffc080203740:	86be                	mv	a3,a5
    v /= base;
  } while (v);
ffffffc080203742:	0785                	add	a5,a5,1
ffffffc080203744:	882a                	mv	a6,a0
    buf[i++] = "0123456789abcdef"[v % base];
ffffffc080203746:	9746                	add	a4,a4,a7
ffffffc080203748:	00074703          	lbu	a4,0(a4)
    v /= base;
ffffffc08020374c:	02b55533          	divu	a0,a0,a1
    buf[i++] = "0123456789abcdef"[v % base];
ffffffc080203750:	fee78fa3          	sb	a4,-1(a5)
  } while (v);
ffffffc080203754:	feb874e3          	bgeu	a6,a1,ffffffc08020373c <put_uint+0x1a>
ffffffc080203758:	9e85                	subw	a3,a3,s1
ffffffc08020375a:	0016879b          	addw	a5,a3,1
  while (i < width)
ffffffc08020375e:	04c7d663          	bge	a5,a2,ffffffc0802037aa <put_uint+0x88>
ffffffc080203762:	40f6073b          	subw	a4,a2,a5
ffffffc080203766:	1702                	sll	a4,a4,0x20
ffffffc080203768:	97a6                	add	a5,a5,s1
ffffffc08020376a:	9301                	srl	a4,a4,0x20
ffffffc08020376c:	973e                	add	a4,a4,a5
    buf[i++] = '0';
ffffffc08020376e:	03000693          	li	a3,48
ffffffc080203772:	00d78023          	sb	a3,0(a5)
  while (i < width)
ffffffc080203776:	0785                	add	a5,a5,1
ffffffc080203778:	fee79de3          	bne	a5,a4,ffffffc080203772 <put_uint+0x50>
ffffffc08020377c:	fff6079b          	addw	a5,a2,-1
ffffffc080203780:	fff48913          	add	s2,s1,-1
ffffffc080203784:	1782                	sll	a5,a5,0x20
ffffffc080203786:	9932                	add	s2,s2,a2
ffffffc080203788:	9381                	srl	a5,a5,0x20
ffffffc08020378a:	94b2                	add	s1,s1,a2
ffffffc08020378c:	40f90933          	sub	s2,s2,a5
  while (i)
    uart_putc_locked(buf[--i]);
ffffffc080203790:	fff4c503          	lbu	a0,-1(s1)
  while (i)
ffffffc080203794:	14fd                	add	s1,s1,-1
    uart_putc_locked(buf[--i]);
ffffffc080203796:	d7ffd0ef          	jal	ffffffc080201514 <uart_putc_locked>
  while (i)
ffffffc08020379a:	ff249be3          	bne	s1,s2,ffffffc080203790 <put_uint+0x6e>
}
ffffffc08020379e:	70e2                	ld	ra,56(sp)
ffffffc0802037a0:	7442                	ld	s0,48(sp)
ffffffc0802037a2:	74a2                	ld	s1,40(sp)
ffffffc0802037a4:	7902                	ld	s2,32(sp)
ffffffc0802037a6:	6121                	add	sp,sp,64
ffffffc0802037a8:	8082                	ret
    buf[i++] = "0123456789abcdef"[v % base];
ffffffc0802037aa:	863e                	mv	a2,a5
ffffffc0802037ac:	bfc1                	j	ffffffc08020377c <put_uint+0x5a>

ffffffc0802037ae <vkprintf>:
    uart_putc_locked(*fmt);
  }
  return fmt + 1;
}

static void vkprintf(const char *fmt, va_list ap) {
ffffffc0802037ae:	872a                	mv	a4,a0
  while (*fmt) {
ffffffc0802037b0:	00054503          	lbu	a0,0(a0)
ffffffc0802037b4:	1a050a63          	beqz	a0,ffffffc080203968 <vkprintf+0x1ba>
static void vkprintf(const char *fmt, va_list ap) {
ffffffc0802037b8:	711d                	add	sp,sp,-96
ffffffc0802037ba:	e8a2                	sd	s0,80(sp)
ffffffc0802037bc:	e4a6                	sd	s1,72(sp)
ffffffc0802037be:	e0ca                	sd	s2,64(sp)
ffffffc0802037c0:	fc4e                	sd	s3,56(sp)
ffffffc0802037c2:	f852                	sd	s4,48(sp)
ffffffc0802037c4:	f456                	sd	s5,40(sp)
ffffffc0802037c6:	f05a                	sd	s6,32(sp)
ffffffc0802037c8:	e862                	sd	s8,16(sp)
ffffffc0802037ca:	ec86                	sd	ra,88(sp)
ffffffc0802037cc:	ec5e                	sd	s7,24(sp)
ffffffc0802037ce:	e466                	sd	s9,8(sp)
ffffffc0802037d0:	1080                	add	s0,sp,96
ffffffc0802037d2:	892e                	mv	s2,a1
    if (*fmt != '%') {
ffffffc0802037d4:	02500493          	li	s1,37
  while (*fmt == 'l') {
ffffffc0802037d8:	06c00c13          	li	s8,108
  switch (*fmt) {
ffffffc0802037dc:	07800b13          	li	s6,120
ffffffc0802037e0:	06200a93          	li	s5,98
ffffffc0802037e4:	4a55                	li	s4,21
ffffffc0802037e6:	00005997          	auipc	s3,0x5
ffffffc0802037ea:	ffa98993          	add	s3,s3,-6 # ffffffc0802087e0 <__func__.0+0x1e0>
ffffffc0802037ee:	a039                	j	ffffffc0802037fc <vkprintf+0x4e>
      uart_putc_locked(*fmt++);
ffffffc0802037f0:	d25fd0ef          	jal	ffffffc080201514 <uart_putc_locked>
ffffffc0802037f4:	875e                	mv	a4,s7
  while (*fmt) {
ffffffc0802037f6:	00074503          	lbu	a0,0(a4)
ffffffc0802037fa:	c939                	beqz	a0,ffffffc080203850 <vkprintf+0xa2>
      uart_putc_locked(*fmt++);
ffffffc0802037fc:	00170b93          	add	s7,a4,1
    if (*fmt != '%') {
ffffffc080203800:	fe9518e3          	bne	a0,s1,ffffffc0802037f0 <vkprintf+0x42>
  while (*fmt == 'l') {
ffffffc080203804:	00174783          	lbu	a5,1(a4)
ffffffc080203808:	13879163          	bne	a5,s8,ffffffc08020392a <vkprintf+0x17c>
ffffffc08020380c:	001bc783          	lbu	a5,1(s7)
    fmt++;
ffffffc080203810:	0b85                	add	s7,s7,1
  while (*fmt == 'l') {
ffffffc080203812:	ff878de3          	beq	a5,s8,ffffffc08020380c <vkprintf+0x5e>
    lng = 1;
ffffffc080203816:	4705                	li	a4,1
  switch (*fmt) {
ffffffc080203818:	04fb6963          	bltu	s6,a5,ffffffc08020386a <vkprintf+0xbc>
ffffffc08020381c:	00fafd63          	bgeu	s5,a5,ffffffc080203836 <vkprintf+0x88>
ffffffc080203820:	f9d7879b          	addw	a5,a5,-99
ffffffc080203824:	0ff7f793          	zext.b	a5,a5
ffffffc080203828:	04fa6163          	bltu	s4,a5,ffffffc08020386a <vkprintf+0xbc>
ffffffc08020382c:	078a                	sll	a5,a5,0x2
ffffffc08020382e:	97ce                	add	a5,a5,s3
ffffffc080203830:	439c                	lw	a5,0(a5)
ffffffc080203832:	97ce                	add	a5,a5,s3
ffffffc080203834:	8782                	jr	a5
ffffffc080203836:	875e                	mv	a4,s7
ffffffc080203838:	dfdd                	beqz	a5,ffffffc0802037f6 <vkprintf+0x48>
ffffffc08020383a:	02979863          	bne	a5,s1,ffffffc08020386a <vkprintf+0xbc>
    uart_putc_locked('%');
ffffffc08020383e:	02500513          	li	a0,37
ffffffc080203842:	cd3fd0ef          	jal	ffffffc080201514 <uart_putc_locked>
  return fmt + 1;
ffffffc080203846:	001b8713          	add	a4,s7,1
  while (*fmt) {
ffffffc08020384a:	00074503          	lbu	a0,0(a4)
ffffffc08020384e:	f55d                	bnez	a0,ffffffc0802037fc <vkprintf+0x4e>
      continue;
    }
    fmt = put_conv(fmt + 1, &ap);
  }
}
ffffffc080203850:	60e6                	ld	ra,88(sp)
ffffffc080203852:	6446                	ld	s0,80(sp)
ffffffc080203854:	64a6                	ld	s1,72(sp)
ffffffc080203856:	6906                	ld	s2,64(sp)
ffffffc080203858:	79e2                	ld	s3,56(sp)
ffffffc08020385a:	7a42                	ld	s4,48(sp)
ffffffc08020385c:	7aa2                	ld	s5,40(sp)
ffffffc08020385e:	7b02                	ld	s6,32(sp)
ffffffc080203860:	6be2                	ld	s7,24(sp)
ffffffc080203862:	6c42                	ld	s8,16(sp)
ffffffc080203864:	6ca2                	ld	s9,8(sp)
ffffffc080203866:	6125                	add	sp,sp,96
ffffffc080203868:	8082                	ret
    uart_putc_locked('%');
ffffffc08020386a:	02500513          	li	a0,37
ffffffc08020386e:	ca7fd0ef          	jal	ffffffc080201514 <uart_putc_locked>
    uart_putc_locked(*fmt);
ffffffc080203872:	000bc503          	lbu	a0,0(s7)
ffffffc080203876:	c9ffd0ef          	jal	ffffffc080201514 <uart_putc_locked>
  return fmt + 1;
ffffffc08020387a:	001b8713          	add	a4,s7,1
ffffffc08020387e:	b7f1                	j	ffffffc08020384a <vkprintf+0x9c>
    int64 v = lng ? va_arg(*ap, int64) : va_arg(*ap, int);
ffffffc080203880:	00890c93          	add	s9,s2,8
    put_uint(lng ? va_arg(*ap, uint64) : va_arg(*ap, uint), 16, 0);
ffffffc080203884:	cb61                	beqz	a4,ffffffc080203954 <vkprintf+0x1a6>
ffffffc080203886:	00093503          	ld	a0,0(s2)
ffffffc08020388a:	4601                	li	a2,0
ffffffc08020388c:	45c1                	li	a1,16
ffffffc08020388e:	e95ff0ef          	jal	ffffffc080203722 <put_uint>
    break;
ffffffc080203892:	8966                	mv	s2,s9
  return fmt + 1;
ffffffc080203894:	001b8713          	add	a4,s7,1
ffffffc080203898:	bf4d                	j	ffffffc08020384a <vkprintf+0x9c>
    int64 v = lng ? va_arg(*ap, int64) : va_arg(*ap, int);
ffffffc08020389a:	00890c93          	add	s9,s2,8
    put_uint(lng ? va_arg(*ap, uint64) : va_arg(*ap, uint), 10, 0);
ffffffc08020389e:	cb41                	beqz	a4,ffffffc08020392e <vkprintf+0x180>
ffffffc0802038a0:	00093503          	ld	a0,0(s2)
ffffffc0802038a4:	4601                	li	a2,0
ffffffc0802038a6:	45a9                	li	a1,10
ffffffc0802038a8:	e7bff0ef          	jal	ffffffc080203722 <put_uint>
    break;
ffffffc0802038ac:	8966                	mv	s2,s9
  return fmt + 1;
ffffffc0802038ae:	001b8713          	add	a4,s7,1
ffffffc0802038b2:	bf61                	j	ffffffc08020384a <vkprintf+0x9c>
    put_str(va_arg(*ap, const char *));
ffffffc0802038b4:	00093c83          	ld	s9,0(s2)
ffffffc0802038b8:	0921                	add	s2,s2,8
  if (!s)
ffffffc0802038ba:	000c9663          	bnez	s9,ffffffc0802038c6 <vkprintf+0x118>
ffffffc0802038be:	a871                	j	ffffffc08020395a <vkprintf+0x1ac>
    uart_putc_locked(*s++);
ffffffc0802038c0:	0c85                	add	s9,s9,1
ffffffc0802038c2:	c53fd0ef          	jal	ffffffc080201514 <uart_putc_locked>
  while (*s)
ffffffc0802038c6:	000cc503          	lbu	a0,0(s9)
ffffffc0802038ca:	f97d                	bnez	a0,ffffffc0802038c0 <vkprintf+0x112>
  return fmt + 1;
ffffffc0802038cc:	001b8713          	add	a4,s7,1
ffffffc0802038d0:	bfad                	j	ffffffc08020384a <vkprintf+0x9c>
    int64 v = lng ? va_arg(*ap, int64) : va_arg(*ap, int);
ffffffc0802038d2:	c32d                	beqz	a4,ffffffc080203934 <vkprintf+0x186>
ffffffc0802038d4:	00093c83          	ld	s9,0(s2)
    if (v < 0) {
ffffffc0802038d8:	060cc263          	bltz	s9,ffffffc08020393c <vkprintf+0x18e>
      put_uint(v, 10, 0);
ffffffc0802038dc:	4601                	li	a2,0
ffffffc0802038de:	45a9                	li	a1,10
ffffffc0802038e0:	8566                	mv	a0,s9
ffffffc0802038e2:	e41ff0ef          	jal	ffffffc080203722 <put_uint>
    int64 v = lng ? va_arg(*ap, int64) : va_arg(*ap, int);
ffffffc0802038e6:	0921                	add	s2,s2,8
  return fmt + 1;
ffffffc0802038e8:	001b8713          	add	a4,s7,1
ffffffc0802038ec:	bfb9                	j	ffffffc08020384a <vkprintf+0x9c>
    uart_putc_locked(va_arg(*ap, int));
ffffffc0802038ee:	00092503          	lw	a0,0(s2)
ffffffc0802038f2:	0921                	add	s2,s2,8
ffffffc0802038f4:	c21fd0ef          	jal	ffffffc080201514 <uart_putc_locked>
  return fmt + 1;
ffffffc0802038f8:	001b8713          	add	a4,s7,1
ffffffc0802038fc:	b7b9                	j	ffffffc08020384a <vkprintf+0x9c>
  switch (*fmt) {
ffffffc0802038fe:	03000513          	li	a0,48
ffffffc080203902:	00005c97          	auipc	s9,0x5
ffffffc080203906:	e9ec8c93          	add	s9,s9,-354 # ffffffc0802087a0 <__func__.0+0x1a0>
    uart_putc_locked(*s++);
ffffffc08020390a:	0c85                	add	s9,s9,1
ffffffc08020390c:	c09fd0ef          	jal	ffffffc080201514 <uart_putc_locked>
  while (*s)
ffffffc080203910:	000cc503          	lbu	a0,0(s9)
ffffffc080203914:	f97d                	bnez	a0,ffffffc08020390a <vkprintf+0x15c>
    put_uint(va_arg(*ap, uint64), 16, 16);
ffffffc080203916:	00093503          	ld	a0,0(s2)
ffffffc08020391a:	4641                	li	a2,16
ffffffc08020391c:	45c1                	li	a1,16
ffffffc08020391e:	e05ff0ef          	jal	ffffffc080203722 <put_uint>
ffffffc080203922:	0921                	add	s2,s2,8
  return fmt + 1;
ffffffc080203924:	001b8713          	add	a4,s7,1
ffffffc080203928:	b70d                	j	ffffffc08020384a <vkprintf+0x9c>
  int lng = 0;
ffffffc08020392a:	4701                	li	a4,0
ffffffc08020392c:	b5f5                	j	ffffffc080203818 <vkprintf+0x6a>
    put_uint(lng ? va_arg(*ap, uint64) : va_arg(*ap, uint), 10, 0);
ffffffc08020392e:	00096503          	lwu	a0,0(s2)
ffffffc080203932:	bf8d                	j	ffffffc0802038a4 <vkprintf+0xf6>
    int64 v = lng ? va_arg(*ap, int64) : va_arg(*ap, int);
ffffffc080203934:	00092c83          	lw	s9,0(s2)
    if (v < 0) {
ffffffc080203938:	fa0cd2e3          	bgez	s9,ffffffc0802038dc <vkprintf+0x12e>
      uart_putc_locked('-');
ffffffc08020393c:	02d00513          	li	a0,45
ffffffc080203940:	bd5fd0ef          	jal	ffffffc080201514 <uart_putc_locked>
      put_uint(-(uint64)v, 10, 0);
ffffffc080203944:	4601                	li	a2,0
ffffffc080203946:	45a9                	li	a1,10
ffffffc080203948:	41900533          	neg	a0,s9
ffffffc08020394c:	dd7ff0ef          	jal	ffffffc080203722 <put_uint>
    int64 v = lng ? va_arg(*ap, int64) : va_arg(*ap, int);
ffffffc080203950:	0921                	add	s2,s2,8
ffffffc080203952:	bf59                	j	ffffffc0802038e8 <vkprintf+0x13a>
    put_uint(lng ? va_arg(*ap, uint64) : va_arg(*ap, uint), 16, 0);
ffffffc080203954:	00096503          	lwu	a0,0(s2)
ffffffc080203958:	bf0d                	j	ffffffc08020388a <vkprintf+0xdc>
ffffffc08020395a:	02800513          	li	a0,40
    s = "(null)";
ffffffc08020395e:	00005c97          	auipc	s9,0x5
ffffffc080203962:	e4ac8c93          	add	s9,s9,-438 # ffffffc0802087a8 <__func__.0+0x1a8>
ffffffc080203966:	bfa9                	j	ffffffc0802038c0 <vkprintf+0x112>
ffffffc080203968:	8082                	ret

ffffffc08020396a <kprintf>:

void kprintf(const char *fmt, ...) {
ffffffc08020396a:	7159                	add	sp,sp,-112
ffffffc08020396c:	f406                	sd	ra,40(sp)
ffffffc08020396e:	f022                	sd	s0,32(sp)
ffffffc080203970:	ec26                	sd	s1,24(sp)
ffffffc080203972:	1800                	add	s0,sp,48
ffffffc080203974:	e810                	sd	a2,16(s0)
ffffffc080203976:	ec14                	sd	a3,24(s0)
ffffffc080203978:	f018                	sd	a4,32(s0)
ffffffc08020397a:	03043823          	sd	a6,48(s0)
ffffffc08020397e:	03143c23          	sd	a7,56(s0)
ffffffc080203982:	e40c                	sd	a1,8(s0)
ffffffc080203984:	f41c                	sd	a5,40(s0)
  va_list ap;
  va_start(ap, fmt);
ffffffc080203986:	00840793          	add	a5,s0,8
ffffffc08020398a:	fcf43c23          	sd	a5,-40(s0)
void kprintf(const char *fmt, ...) {
ffffffc08020398e:	84aa                	mv	s1,a0
  uart_lock();
ffffffc080203990:	babfd0ef          	jal	ffffffc08020153a <uart_lock>
  vkprintf(fmt, ap);
ffffffc080203994:	fd843583          	ld	a1,-40(s0)
ffffffc080203998:	8526                	mv	a0,s1
ffffffc08020399a:	e15ff0ef          	jal	ffffffc0802037ae <vkprintf>
  uart_unlock();
ffffffc08020399e:	bc3fd0ef          	jal	ffffffc080201560 <uart_unlock>
  va_end(ap);
}
ffffffc0802039a2:	70a2                	ld	ra,40(sp)
ffffffc0802039a4:	7402                	ld	s0,32(sp)
ffffffc0802039a6:	64e2                	ld	s1,24(sp)
ffffffc0802039a8:	6165                	add	sp,sp,112
ffffffc0802039aa:	8082                	ret

ffffffc0802039ac <panic>:
      break;
    fp = prev;
  }
}

void panic(const char *fmt, ...) {
ffffffc0802039ac:	7175                	add	sp,sp,-144
ffffffc0802039ae:	e0a2                	sd	s0,64(sp)
ffffffc0802039b0:	fc26                	sd	s1,56(sp)
ffffffc0802039b2:	e486                	sd	ra,72(sp)
ffffffc0802039b4:	f84a                	sd	s2,48(sp)
ffffffc0802039b6:	f44e                	sd	s3,40(sp)
ffffffc0802039b8:	f052                	sd	s4,32(sp)
ffffffc0802039ba:	ec56                	sd	s5,24(sp)
ffffffc0802039bc:	0880                	add	s0,sp,80
ffffffc0802039be:	84aa                	mv	s1,a0
ffffffc0802039c0:	e40c                	sd	a1,8(s0)
ffffffc0802039c2:	e810                	sd	a2,16(s0)
ffffffc0802039c4:	ec14                	sd	a3,24(s0)
ffffffc0802039c6:	f018                	sd	a4,32(s0)
ffffffc0802039c8:	f41c                	sd	a5,40(s0)
ffffffc0802039ca:	03043823          	sd	a6,48(s0)
ffffffc0802039ce:	03143c23          	sd	a7,56(s0)
static inline void intr_off(void) { csr_clear(sstatus, SSTATUS_SIE); }
ffffffc0802039d2:	10017073          	csrc	sstatus,2
  va_list ap;
  intr_off();
  bool first = !__atomic_exchange_n(&panicked, 1, __ATOMIC_SEQ_CST);
ffffffc0802039d6:	001b6717          	auipc	a4,0x1b6
ffffffc0802039da:	7aa70713          	add	a4,a4,1962 # ffffffc0803ba180 <panicked>
ffffffc0802039de:	4785                	li	a5,1
ffffffc0802039e0:	0f50000f          	fence	iorw,ow
ffffffc0802039e4:	0cf727af          	amoswap.w.aq	a5,a5,(a4)
ffffffc0802039e8:	2781                	sext.w	a5,a5
  if (first)
ffffffc0802039ea:	c7d1                	beqz	a5,ffffffc080203a76 <panic+0xca>
    uart_panic_mode();
  va_start(ap, fmt);
ffffffc0802039ec:	00840793          	add	a5,s0,8
ffffffc0802039f0:	faf43c23          	sd	a5,-72(s0)
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc0802039f4:	8792                	mv	a5,tp
  kprintf("panic: hart %d: ", (int)mycpu()->hartid);
ffffffc0802039f6:	0887a583          	lw	a1,136(a5)
ffffffc0802039fa:	00005517          	auipc	a0,0x5
ffffffc0802039fe:	db650513          	add	a0,a0,-586 # ffffffc0802087b0 <__func__.0+0x1b0>
ffffffc080203a02:	f69ff0ef          	jal	ffffffc08020396a <kprintf>
  vkprintf(fmt, ap);
ffffffc080203a06:	fb843583          	ld	a1,-72(s0)
ffffffc080203a0a:	8526                	mv	a0,s1
ffffffc080203a0c:	da3ff0ef          	jal	ffffffc0802037ae <vkprintf>
  va_end(ap);
  kprintf("\n");
ffffffc080203a10:	00005517          	auipc	a0,0x5
ffffffc080203a14:	0d850513          	add	a0,a0,216 # ffffffc080208ae8 <__func__.0+0x4e8>
ffffffc080203a18:	f53ff0ef          	jal	ffffffc08020396a <kprintf>
  __asm__ volatile("mv %0, s0" : "=r"(x));
ffffffc080203a1c:	84a2                	mv	s1,s0
    if (fp < PHYS_OFFSET || (fp & 7) || fp == 0)
ffffffc080203a1e:	5a7d                	li	s4,-1
  kprintf("backtrace:\n");
ffffffc080203a20:	00005517          	auipc	a0,0x5
ffffffc080203a24:	da850513          	add	a0,a0,-600 # ffffffc0802087c8 <__func__.0+0x1c8>
    if (fp < PHYS_OFFSET || (fp & 7) || fp == 0)
ffffffc080203a28:	1a1a                	sll	s4,s4,0x26
  kprintf("backtrace:\n");
ffffffc080203a2a:	f41ff0ef          	jal	ffffffc08020396a <kprintf>
    if (fp < PHYS_OFFSET || (fp & 7) || fp == 0)
ffffffc080203a2e:	0344ef63          	bltu	s1,s4,ffffffc080203a6c <panic+0xc0>
ffffffc080203a32:	0074f793          	and	a5,s1,7
ffffffc080203a36:	eb9d                	bnez	a5,ffffffc080203a6c <panic+0xc0>
ffffffc080203a38:	4961                	li	s2,24
    kprintf("  %p\n", (void *)(ra - 4));
ffffffc080203a3a:	00005a97          	auipc	s5,0x5
ffffffc080203a3e:	d9ea8a93          	add	s5,s5,-610 # ffffffc0802087d8 <__func__.0+0x1d8>
ffffffc080203a42:	a011                	j	ffffffc080203a46 <panic+0x9a>
    if (fp < PHYS_OFFSET || (fp & 7) || fp == 0)
ffffffc080203a44:	e785                	bnez	a5,ffffffc080203a6c <panic+0xc0>
    uint64 ra = *(uint64 *)(fp - 8);
ffffffc080203a46:	ff84b783          	ld	a5,-8(s1)
    uint64 prev = *(uint64 *)(fp - 16);
ffffffc080203a4a:	89a6                	mv	s3,s1
    kprintf("  %p\n", (void *)(ra - 4));
ffffffc080203a4c:	8556                	mv	a0,s5
    uint64 prev = *(uint64 *)(fp - 16);
ffffffc080203a4e:	ff04b483          	ld	s1,-16(s1)
  for (int depth = 0; depth < 24; depth++) {
ffffffc080203a52:	397d                	addw	s2,s2,-1
    kprintf("  %p\n", (void *)(ra - 4));
ffffffc080203a54:	ffc78593          	add	a1,a5,-4
    if (ra < PHYS_OFFSET)
ffffffc080203a58:	0147ea63          	bltu	a5,s4,ffffffc080203a6c <panic+0xc0>
    kprintf("  %p\n", (void *)(ra - 4));
ffffffc080203a5c:	f0fff0ef          	jal	ffffffc08020396a <kprintf>
    if (fp < PHYS_OFFSET || (fp & 7) || fp == 0)
ffffffc080203a60:	0074f793          	and	a5,s1,7
    if (prev <= fp)
ffffffc080203a64:	0099f463          	bgeu	s3,s1,ffffffc080203a6c <panic+0xc0>
  for (int depth = 0; depth < 24; depth++) {
ffffffc080203a68:	fc091ee3          	bnez	s2,ffffffc080203a44 <panic+0x98>
static inline void wfi(void) { __asm__ volatile("wfi"); }
ffffffc080203a6c:	10500073          	wfi
ffffffc080203a70:	10500073          	wfi
ffffffc080203a74:	bfe5                	j	ffffffc080203a6c <panic+0xc0>
    uart_panic_mode();
ffffffc080203a76:	b11fd0ef          	jal	ffffffc080201586 <uart_panic_mode>
ffffffc080203a7a:	bf8d                	j	ffffffc0802039ec <panic+0x40>

ffffffc080203a7c <memset>:
/* Memory and string helpers. memcpy/memmove/memset use 64-bit words when
 * both pointers allow it: page copies and clears are on the fault path. */
#include "lib/string.h"

void *memset(void *dst, int c, size_t n) {
ffffffc080203a7c:	1141                	add	sp,sp,-16
ffffffc080203a7e:	e422                	sd	s0,8(sp)
  uint8 *d = dst;
  if ((((uint64)d | n) & 7) == 0) {
ffffffc080203a80:	00c567b3          	or	a5,a0,a2
void *memset(void *dst, int c, size_t n) {
ffffffc080203a84:	0800                	add	s0,sp,16
  if ((((uint64)d | n) & 7) == 0) {
ffffffc080203a86:	8b9d                	and	a5,a5,7
    uint64 w = (uint8)c;
ffffffc080203a88:	0ff5f593          	zext.b	a1,a1
  if ((((uint64)d | n) & 7) == 0) {
ffffffc080203a8c:	cf89                	beqz	a5,ffffffc080203aa6 <memset+0x2a>
    w |= w << 32;
    for (uint64 *p = (uint64 *)d; n; n -= 8)
      *p++ = w;
    return dst;
  }
  while (n--)
ffffffc080203a8e:	00c50733          	add	a4,a0,a2
  uint8 *d = dst;
ffffffc080203a92:	87aa                	mv	a5,a0
  while (n--)
ffffffc080203a94:	c611                	beqz	a2,ffffffc080203aa0 <memset+0x24>
    *d++ = (uint8)c;
ffffffc080203a96:	0785                	add	a5,a5,1
ffffffc080203a98:	feb78fa3          	sb	a1,-1(a5)
  while (n--)
ffffffc080203a9c:	fef71de3          	bne	a4,a5,ffffffc080203a96 <memset+0x1a>
  return dst;
}
ffffffc080203aa0:	6422                	ld	s0,8(sp)
ffffffc080203aa2:	0141                	add	sp,sp,16
ffffffc080203aa4:	8082                	ret
    w |= w << 32;
ffffffc080203aa6:	00004797          	auipc	a5,0x4
ffffffc080203aaa:	5627b783          	ld	a5,1378(a5) # ffffffc080208008 <kernel_text_end+0x8>
ffffffc080203aae:	02f587b3          	mul	a5,a1,a5
    for (uint64 *p = (uint64 *)d; n; n -= 8)
ffffffc080203ab2:	d67d                	beqz	a2,ffffffc080203aa0 <memset+0x24>
ffffffc080203ab4:	872a                	mv	a4,a0
ffffffc080203ab6:	962a                	add	a2,a2,a0
      *p++ = w;
ffffffc080203ab8:	0721                	add	a4,a4,8
ffffffc080203aba:	fef73c23          	sd	a5,-8(a4)
    for (uint64 *p = (uint64 *)d; n; n -= 8)
ffffffc080203abe:	fec71de3          	bne	a4,a2,ffffffc080203ab8 <memset+0x3c>
}
ffffffc080203ac2:	6422                	ld	s0,8(sp)
ffffffc080203ac4:	0141                	add	sp,sp,16
ffffffc080203ac6:	8082                	ret

ffffffc080203ac8 <memcpy>:
    d[n] = s[n];
  return dst;
}

/* Word copy, unrolled by four, when both ends and the length are aligned. */
void *memcpy(void *dst, const void *src, size_t n) {
ffffffc080203ac8:	1141                	add	sp,sp,-16
  uint8 *d = dst;
  const uint8 *s = src;
  if ((((uint64)d | (uint64)s | n) & 31) == 0) {
ffffffc080203aca:	00b567b3          	or	a5,a0,a1
void *memcpy(void *dst, const void *src, size_t n) {
ffffffc080203ace:	e422                	sd	s0,8(sp)
  if ((((uint64)d | (uint64)s | n) & 31) == 0) {
ffffffc080203ad0:	8fd1                	or	a5,a5,a2
void *memcpy(void *dst, const void *src, size_t n) {
ffffffc080203ad2:	0800                	add	s0,sp,16
  if ((((uint64)d | (uint64)s | n) & 31) == 0) {
ffffffc080203ad4:	8bfd                	and	a5,a5,31
ffffffc080203ad6:	c385                	beqz	a5,ffffffc080203af6 <memcpy+0x2e>
      dw[2] = c;
      dw[3] = e;
    }
    return dst;
  }
  while (n--)
ffffffc080203ad8:	00c506b3          	add	a3,a0,a2
  uint8 *d = dst;
ffffffc080203adc:	87aa                	mv	a5,a0
  while (n--)
ffffffc080203ade:	ca09                	beqz	a2,ffffffc080203af0 <memcpy+0x28>
    *d++ = *s++;
ffffffc080203ae0:	0005c703          	lbu	a4,0(a1)
ffffffc080203ae4:	0785                	add	a5,a5,1
ffffffc080203ae6:	0585                	add	a1,a1,1
ffffffc080203ae8:	fee78fa3          	sb	a4,-1(a5)
  while (n--)
ffffffc080203aec:	fed79ae3          	bne	a5,a3,ffffffc080203ae0 <memcpy+0x18>
  return dst;
}
ffffffc080203af0:	6422                	ld	s0,8(sp)
ffffffc080203af2:	0141                	add	sp,sp,16
ffffffc080203af4:	8082                	ret
    for (; n; n -= 32, dw += 4, sw += 4) {
ffffffc080203af6:	de6d                	beqz	a2,ffffffc080203af0 <memcpy+0x28>
    uint64 *dw = (uint64 *)d;
ffffffc080203af8:	87aa                	mv	a5,a0
ffffffc080203afa:	962e                	add	a2,a2,a1
      uint64 a = sw[0], b = sw[1], c = sw[2], e = sw[3];
ffffffc080203afc:	0005b883          	ld	a7,0(a1)
ffffffc080203b00:	0085b803          	ld	a6,8(a1)
ffffffc080203b04:	6994                	ld	a3,16(a1)
ffffffc080203b06:	6d98                	ld	a4,24(a1)
      dw[0] = a;
ffffffc080203b08:	0117b023          	sd	a7,0(a5)
ffffffc080203b0c:	0107b423          	sd	a6,8(a5)
ffffffc080203b10:	eb94                	sd	a3,16(a5)
ffffffc080203b12:	ef98                	sd	a4,24(a5)
    for (; n; n -= 32, dw += 4, sw += 4) {
ffffffc080203b14:	02058593          	add	a1,a1,32
ffffffc080203b18:	02078793          	add	a5,a5,32
ffffffc080203b1c:	fec590e3          	bne	a1,a2,ffffffc080203afc <memcpy+0x34>
}
ffffffc080203b20:	6422                	ld	s0,8(sp)
ffffffc080203b22:	0141                	add	sp,sp,16
ffffffc080203b24:	8082                	ret

ffffffc080203b26 <memmove>:
void *memmove(void *dst, const void *src, size_t n) {
ffffffc080203b26:	1141                	add	sp,sp,-16
ffffffc080203b28:	e422                	sd	s0,8(sp)
ffffffc080203b2a:	0800                	add	s0,sp,16
  if (d == s || n == 0)
ffffffc080203b2c:	02b50663          	beq	a0,a1,ffffffc080203b58 <memmove+0x32>
ffffffc080203b30:	c605                	beqz	a2,ffffffc080203b58 <memmove+0x32>
  if (d < s || d >= s + n)
ffffffc080203b32:	02b56663          	bltu	a0,a1,ffffffc080203b5e <memmove+0x38>
ffffffc080203b36:	00c587b3          	add	a5,a1,a2
ffffffc080203b3a:	02f57263          	bgeu	a0,a5,ffffffc080203b5e <memmove+0x38>
  while (n--)
ffffffc080203b3e:	167d                	add	a2,a2,-1
ffffffc080203b40:	56fd                	li	a3,-1
    d[n] = s[n];
ffffffc080203b42:	00c587b3          	add	a5,a1,a2
ffffffc080203b46:	0007c703          	lbu	a4,0(a5)
ffffffc080203b4a:	00c507b3          	add	a5,a0,a2
  while (n--)
ffffffc080203b4e:	167d                	add	a2,a2,-1
    d[n] = s[n];
ffffffc080203b50:	00e78023          	sb	a4,0(a5)
  while (n--)
ffffffc080203b54:	fed617e3          	bne	a2,a3,ffffffc080203b42 <memmove+0x1c>
}
ffffffc080203b58:	6422                	ld	s0,8(sp)
ffffffc080203b5a:	0141                	add	sp,sp,16
ffffffc080203b5c:	8082                	ret
ffffffc080203b5e:	6422                	ld	s0,8(sp)
ffffffc080203b60:	0141                	add	sp,sp,16
    return memcpy(dst, src, n);
ffffffc080203b62:	b79d                	j	ffffffc080203ac8 <memcpy>

ffffffc080203b64 <memcmp>:

int memcmp(const void *a, const void *b, size_t n) {
ffffffc080203b64:	1141                	add	sp,sp,-16
ffffffc080203b66:	e422                	sd	s0,8(sp)
ffffffc080203b68:	0800                	add	s0,sp,16
  const uint8 *x = a, *y = b;
  for (; n; n--, x++, y++)
ffffffc080203b6a:	c215                	beqz	a2,ffffffc080203b8e <memcmp+0x2a>
ffffffc080203b6c:	962e                	add	a2,a2,a1
ffffffc080203b6e:	a019                	j	ffffffc080203b74 <memcmp+0x10>
ffffffc080203b70:	00c58f63          	beq	a1,a2,ffffffc080203b8e <memcmp+0x2a>
    if (*x != *y)
ffffffc080203b74:	00054783          	lbu	a5,0(a0)
ffffffc080203b78:	0005c703          	lbu	a4,0(a1)
  for (; n; n--, x++, y++)
ffffffc080203b7c:	0505                	add	a0,a0,1
ffffffc080203b7e:	0585                	add	a1,a1,1
    if (*x != *y)
ffffffc080203b80:	fee788e3          	beq	a5,a4,ffffffc080203b70 <memcmp+0xc>
      return *x - *y;
  return 0;
}
ffffffc080203b84:	6422                	ld	s0,8(sp)
      return *x - *y;
ffffffc080203b86:	40e7853b          	subw	a0,a5,a4
}
ffffffc080203b8a:	0141                	add	sp,sp,16
ffffffc080203b8c:	8082                	ret
ffffffc080203b8e:	6422                	ld	s0,8(sp)
  return 0;
ffffffc080203b90:	4501                	li	a0,0
}
ffffffc080203b92:	0141                	add	sp,sp,16
ffffffc080203b94:	8082                	ret

ffffffc080203b96 <strlen>:

size_t strlen(const char *s) {
ffffffc080203b96:	1141                	add	sp,sp,-16
ffffffc080203b98:	e422                	sd	s0,8(sp)
ffffffc080203b9a:	0800                	add	s0,sp,16
  size_t n = 0;
  while (s[n])
ffffffc080203b9c:	00054783          	lbu	a5,0(a0)
ffffffc080203ba0:	cf81                	beqz	a5,ffffffc080203bb8 <strlen+0x22>
ffffffc080203ba2:	872a                	mv	a4,a0
  size_t n = 0;
ffffffc080203ba4:	4501                	li	a0,0
    n++;
ffffffc080203ba6:	0505                	add	a0,a0,1
  while (s[n])
ffffffc080203ba8:	00a707b3          	add	a5,a4,a0
ffffffc080203bac:	0007c783          	lbu	a5,0(a5)
ffffffc080203bb0:	fbfd                	bnez	a5,ffffffc080203ba6 <strlen+0x10>
  return n;
}
ffffffc080203bb2:	6422                	ld	s0,8(sp)
ffffffc080203bb4:	0141                	add	sp,sp,16
ffffffc080203bb6:	8082                	ret
ffffffc080203bb8:	6422                	ld	s0,8(sp)
  size_t n = 0;
ffffffc080203bba:	4501                	li	a0,0
}
ffffffc080203bbc:	0141                	add	sp,sp,16
ffffffc080203bbe:	8082                	ret

ffffffc080203bc0 <strncmp>:

int strncmp(const char *a, const char *b, size_t n) {
ffffffc080203bc0:	1141                	add	sp,sp,-16
ffffffc080203bc2:	e422                	sd	s0,8(sp)
ffffffc080203bc4:	0800                	add	s0,sp,16
  for (; n && *a && *a == *b; n--, a++, b++)
ffffffc080203bc6:	ea09                	bnez	a2,ffffffc080203bd8 <strncmp+0x18>
ffffffc080203bc8:	a025                	j	ffffffc080203bf0 <strncmp+0x30>
ffffffc080203bca:	0005c703          	lbu	a4,0(a1)
ffffffc080203bce:	00f71963          	bne	a4,a5,ffffffc080203be0 <strncmp+0x20>
ffffffc080203bd2:	0505                	add	a0,a0,1
ffffffc080203bd4:	0585                	add	a1,a1,1
ffffffc080203bd6:	ce09                	beqz	a2,ffffffc080203bf0 <strncmp+0x30>
ffffffc080203bd8:	00054783          	lbu	a5,0(a0)
ffffffc080203bdc:	167d                	add	a2,a2,-1
ffffffc080203bde:	f7f5                	bnez	a5,ffffffc080203bca <strncmp+0xa>
    ;
  return n ? (uint8)*a - (uint8)*b : 0;
ffffffc080203be0:	00054503          	lbu	a0,0(a0)
ffffffc080203be4:	0005c783          	lbu	a5,0(a1)
}
ffffffc080203be8:	6422                	ld	s0,8(sp)
  return n ? (uint8)*a - (uint8)*b : 0;
ffffffc080203bea:	9d1d                	subw	a0,a0,a5
}
ffffffc080203bec:	0141                	add	sp,sp,16
ffffffc080203bee:	8082                	ret
ffffffc080203bf0:	6422                	ld	s0,8(sp)
  return n ? (uint8)*a - (uint8)*b : 0;
ffffffc080203bf2:	4501                	li	a0,0
}
ffffffc080203bf4:	0141                	add	sp,sp,16
ffffffc080203bf6:	8082                	ret

ffffffc080203bf8 <safestrcpy>:

char *safestrcpy(char *dst, const char *src, size_t n) {
ffffffc080203bf8:	1141                	add	sp,sp,-16
ffffffc080203bfa:	e422                	sd	s0,8(sp)
ffffffc080203bfc:	0800                	add	s0,sp,16
  size_t i = 0;
  for (; i + 1 < n && src[i]; i++)
ffffffc080203bfe:	4785                	li	a5,1
ffffffc080203c00:	02c7f863          	bgeu	a5,a2,ffffffc080203c30 <safestrcpy+0x38>
ffffffc080203c04:	167d                	add	a2,a2,-1
ffffffc080203c06:	4701                	li	a4,0
ffffffc080203c08:	a029                	j	ffffffc080203c12 <safestrcpy+0x1a>
    dst[i] = src[i];
ffffffc080203c0a:	00d80023          	sb	a3,0(a6)
  for (; i + 1 < n && src[i]; i++)
ffffffc080203c0e:	02c70463          	beq	a4,a2,ffffffc080203c36 <safestrcpy+0x3e>
    dst[i] = src[i];
ffffffc080203c12:	87ba                	mv	a5,a4
  for (; i + 1 < n && src[i]; i++)
ffffffc080203c14:	972e                	add	a4,a4,a1
ffffffc080203c16:	00074683          	lbu	a3,0(a4)
    dst[i] = src[i];
ffffffc080203c1a:	00f50833          	add	a6,a0,a5
ffffffc080203c1e:	00178713          	add	a4,a5,1
  for (; i + 1 < n && src[i]; i++)
ffffffc080203c22:	f6e5                	bnez	a3,ffffffc080203c0a <safestrcpy+0x12>
  if (n)
    dst[i] = 0;
ffffffc080203c24:	97aa                	add	a5,a5,a0
ffffffc080203c26:	00078023          	sb	zero,0(a5)
  return dst;
}
ffffffc080203c2a:	6422                	ld	s0,8(sp)
ffffffc080203c2c:	0141                	add	sp,sp,16
ffffffc080203c2e:	8082                	ret
  if (n)
ffffffc080203c30:	de6d                	beqz	a2,ffffffc080203c2a <safestrcpy+0x32>
  size_t i = 0;
ffffffc080203c32:	4781                	li	a5,0
ffffffc080203c34:	bfc5                	j	ffffffc080203c24 <safestrcpy+0x2c>
ffffffc080203c36:	87ba                	mv	a5,a4
  if (n)
ffffffc080203c38:	b7f5                	j	ffffffc080203c24 <safestrcpy+0x2c>

ffffffc080203c3a <kmain>:
    if (sbi_hart_start(cpus[i].hartid, V2P(secondary_start), i) != 0)
      panic("cannot start hart %d", (int)cpus[i].hartid);
  }
}

void kmain(uint64 hartid, uint64 dtb_pa) {
ffffffc080203c3a:	7159                	add	sp,sp,-112
ffffffc080203c3c:	f0a2                	sd	s0,96(sp)
ffffffc080203c3e:	fc56                	sd	s5,56(sp)
ffffffc080203c40:	f45e                	sd	s7,40(sp)
ffffffc080203c42:	f486                	sd	ra,104(sp)
ffffffc080203c44:	eca6                	sd	s1,88(sp)
ffffffc080203c46:	e8ca                	sd	s2,80(sp)
ffffffc080203c48:	e4ce                	sd	s3,72(sp)
ffffffc080203c4a:	e0d2                	sd	s4,64(sp)
ffffffc080203c4c:	f85a                	sd	s6,48(sp)
ffffffc080203c4e:	f062                	sd	s8,32(sp)
ffffffc080203c50:	ec66                	sd	s9,24(sp)
ffffffc080203c52:	e86a                	sd	s10,16(sp)
ffffffc080203c54:	e46e                	sd	s11,8(sp)
ffffffc080203c56:	1880                	add	s0,sp,112
ffffffc080203c58:	8aaa                	mv	s5,a0
ffffffc080203c5a:	852e                	mv	a0,a1
static inline void w_tp(uint64 x) { __asm__ volatile("mv tp, %0" ::"r"(x)); }
ffffffc080203c5c:	001ebb97          	auipc	s7,0x1eb
ffffffc080203c60:	e24b8b93          	add	s7,s7,-476 # ffffffc0803eea80 <cpus>
ffffffc080203c64:	825e                	mv	tp,s7
  w_tp((uint64)&cpus[0]);
  cpus[0].hartid = hartid;
  dtb_parse(dtb_pa);
  uart_init(machine.uart_base, machine.uart_irq);
ffffffc080203c66:	001cb917          	auipc	s2,0x1cb
ffffffc080203c6a:	aaa90913          	add	s2,s2,-1366 # ffffffc0803ce710 <machine>
  cpus[0].hartid = hartid;
ffffffc080203c6e:	095bb423          	sd	s5,136(s7)
  dtb_parse(dtb_pa);
ffffffc080203c72:	ab8ff0ef          	jal	ffffffc080202f2a <dtb_parse>
  uart_init(machine.uart_base, machine.uart_irq);
ffffffc080203c76:	06892583          	lw	a1,104(s2)
ffffffc080203c7a:	06093503          	ld	a0,96(s2)
  uint64 array_pa = PGROUNDUP(V2P(kernel_end));
ffffffc080203c7e:	7a7d                	lui	s4,0xfffff
  uart_init(machine.uart_base, machine.uart_irq);
ffffffc080203c80:	827fd0ef          	jal	ffffffc0802014a6 <uart_init>
  kprintf("\ncowos: %d harts, %lu MiB of RAM at %p, boot hart %d\n", machine.nharts,
ffffffc080203c84:	00893603          	ld	a2,8(s2)
ffffffc080203c88:	00093683          	ld	a3,0(s2)
ffffffc080203c8c:	01092583          	lw	a1,16(s2)
ffffffc080203c90:	000a871b          	sext.w	a4,s5
ffffffc080203c94:	8251                	srl	a2,a2,0x14
ffffffc080203c96:	00005517          	auipc	a0,0x5
ffffffc080203c9a:	bb250513          	add	a0,a0,-1102 # ffffffc080208848 <__func__.0+0x248>
ffffffc080203c9e:	ccdff0ef          	jal	ffffffc08020396a <kprintf>
          machine.mem_size >> 20, (void *)machine.mem_base, (int)hartid);
  pmap_init(machine.mem_base, machine.mem_size);
ffffffc080203ca2:	00893583          	ld	a1,8(s2)
ffffffc080203ca6:	00093503          	ld	a0,0(s2)
ffffffc080203caa:	da2fc0ef          	jal	ffffffc08020024c <pmap_init>
  uint64 mem_end = machine.mem_base + machine.mem_size;
ffffffc080203cae:	00093503          	ld	a0,0(s2)
ffffffc080203cb2:	00893583          	ld	a1,8(s2)
  uint64 array_pa = PGROUNDUP(V2P(kernel_end));
ffffffc080203cb6:	00004997          	auipc	s3,0x4
ffffffc080203cba:	35a9b983          	ld	s3,858(s3) # ffffffc080208010 <kernel_text_end+0x10>
ffffffc080203cbe:	0149f9b3          	and	s3,s3,s4
  page_array_init(machine.mem_base, machine.mem_size, array_pa);
ffffffc080203cc2:	864e                	mv	a2,s3
  uint64 mem_end = machine.mem_base + machine.mem_size;
ffffffc080203cc4:	00b504b3          	add	s1,a0,a1
  page_array_init(machine.mem_base, machine.mem_size, array_pa);
ffffffc080203cc8:	00d000ef          	jal	ffffffc0802044d4 <page_array_init>
  uint64 start = PGROUNDUP(array_pa + page_npages * sizeof(struct page));
ffffffc080203ccc:	001b6797          	auipc	a5,0x1b6
ffffffc080203cd0:	4bc7b783          	ld	a5,1212(a5) # ffffffc0803ba188 <page_npages>
ffffffc080203cd4:	6705                	lui	a4,0x1
ffffffc080203cd6:	177d                	add	a4,a4,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc080203cd8:	078a                	sll	a5,a5,0x2
ffffffc080203cda:	97ba                	add	a5,a5,a4
  if (machine.dtb_pa >= start && machine.dtb_pa < end)
ffffffc080203cdc:	20093703          	ld	a4,512(s2)
  uint64 start = PGROUNDUP(array_pa + page_npages * sizeof(struct page));
ffffffc080203ce0:	97ce                	add	a5,a5,s3
ffffffc080203ce2:	0147f533          	and	a0,a5,s4
  if (machine.dtb_pa >= start && machine.dtb_pa < end)
ffffffc080203ce6:	00a76463          	bltu	a4,a0,ffffffc080203cee <kmain+0xb4>
ffffffc080203cea:	1e976363          	bltu	a4,s1,ffffffc080203ed0 <kmain+0x296>
  for (int i = 0; i < machine.nreserved; i++)
ffffffc080203cee:	07892783          	lw	a5,120(s2)
ffffffc080203cf2:	02f05263          	blez	a5,ffffffc080203d16 <kmain+0xdc>
ffffffc080203cf6:	00479693          	sll	a3,a5,0x4
ffffffc080203cfa:	96ca                	add	a3,a3,s2
ffffffc080203cfc:	001cb797          	auipc	a5,0x1cb
ffffffc080203d00:	a1478793          	add	a5,a5,-1516 # ffffffc0803ce710 <machine>
    if (machine.reserved[i].base >= start && machine.reserved[i].base < end)
ffffffc080203d04:	63d8                	ld	a4,128(a5)
ffffffc080203d06:	00a76563          	bltu	a4,a0,ffffffc080203d10 <kmain+0xd6>
ffffffc080203d0a:	00977363          	bgeu	a4,s1,ffffffc080203d10 <kmain+0xd6>
ffffffc080203d0e:	84ba                	mv	s1,a4
  for (int i = 0; i < machine.nreserved; i++)
ffffffc080203d10:	07c1                	add	a5,a5,16
ffffffc080203d12:	fed799e3          	bne	a5,a3,ffffffc080203d04 <kmain+0xca>
  kalloc_init(start, PGROUNDDOWN(end));
ffffffc080203d16:	75fd                	lui	a1,0xfffff
ffffffc080203d18:	8de5                	and	a1,a1,s1
ffffffc080203d1a:	4f8000ef          	jal	ffffffc080204212 <kalloc_init>
  memory_init();
  trap_init_hart();
ffffffc080203d1e:	858fd0ef          	jal	ffffffc080200d76 <trap_init_hart>
  plic_init(machine.plic_base, machine.uart_irq);
ffffffc080203d22:	06892583          	lw	a1,104(s2)
ffffffc080203d26:	07093503          	ld	a0,112(s2)
  init_argv[argc++] = "init";
ffffffc080203d2a:	001cbc17          	auipc	s8,0x1cb
ffffffc080203d2e:	bf6c0c13          	add	s8,s8,-1034 # ffffffc0803ce920 <init_argv>
  while (*s) {
ffffffc080203d32:	001cb497          	auipc	s1,0x1cb
ffffffc080203d36:	ade48493          	add	s1,s1,-1314 # ffffffc0803ce810 <machine+0x100>
  plic_init(machine.plic_base, machine.uart_irq);
ffffffc080203d3a:	b5afc0ef          	jal	ffffffc080200094 <plic_init>
  plic_init_hart(hartid);
ffffffc080203d3e:	8556                	mv	a0,s5
ffffffc080203d40:	b80fc0ef          	jal	ffffffc0802000c0 <plic_init_hart>
  proc_init();
ffffffc080203d44:	6b0010ef          	jal	ffffffc0802053f4 <proc_init>
  fs_init();
ffffffc080203d48:	f91fd0ef          	jal	ffffffc080201cd8 <fs_init>
  console_init();
ffffffc080203d4c:	f22fd0ef          	jal	ffffffc08020146e <console_init>
  while (*s) {
ffffffc080203d50:	10094783          	lbu	a5,256(s2)
  init_argv[argc++] = "init";
ffffffc080203d54:	00005717          	auipc	a4,0x5
ffffffc080203d58:	b2c70713          	add	a4,a4,-1236 # ffffffc080208880 <__func__.0+0x280>
ffffffc080203d5c:	00ec3023          	sd	a4,0(s8)
ffffffc080203d60:	4a05                	li	s4,1
  bool for_init = false;
ffffffc080203d62:	4b01                	li	s6,0
    while (*s == ' ')
ffffffc080203d64:	02000d93          	li	s11,32
    else if (strncmp(word, "--", 3) == 0)
ffffffc080203d68:	00005c97          	auipc	s9,0x5
ffffffc080203d6c:	b20c8c93          	add	s9,s9,-1248 # ffffffc080208888 <__func__.0+0x288>
    else if (strncmp(word, "forkmode=eager", 15) == 0)
ffffffc080203d70:	00005d17          	auipc	s10,0x5
ffffffc080203d74:	b20d0d13          	add	s10,s10,-1248 # ffffffc080208890 <__func__.0+0x290>
  while (*s) {
ffffffc080203d78:	c3b1                	beqz	a5,ffffffc080203dbc <kmain+0x182>
    while (*s == ' ')
ffffffc080203d7a:	01b79a63          	bne	a5,s11,ffffffc080203d8e <kmain+0x154>
ffffffc080203d7e:	0014c783          	lbu	a5,1(s1)
      *s++ = 0;
ffffffc080203d82:	00048023          	sb	zero,0(s1)
ffffffc080203d86:	0485                	add	s1,s1,1
    while (*s == ' ')
ffffffc080203d88:	ffb78be3          	beq	a5,s11,ffffffc080203d7e <kmain+0x144>
    if (!*s)
ffffffc080203d8c:	cb85                	beqz	a5,ffffffc080203dbc <kmain+0x182>
    while (*s && *s != ' ')
ffffffc080203d8e:	0004c783          	lbu	a5,0(s1)
      *s++ = 0;
ffffffc080203d92:	89a6                	mv	s3,s1
    while (*s && *s != ' ')
ffffffc080203d94:	c799                	beqz	a5,ffffffc080203da2 <kmain+0x168>
ffffffc080203d96:	0fb78e63          	beq	a5,s11,ffffffc080203e92 <kmain+0x258>
ffffffc080203d9a:	0014c783          	lbu	a5,1(s1)
      s++;
ffffffc080203d9e:	0485                	add	s1,s1,1
    while (*s && *s != ' ')
ffffffc080203da0:	fbfd                	bnez	a5,ffffffc080203d96 <kmain+0x15c>
    if (for_init && argc < MAXARG + 1)
ffffffc080203da2:	0e0b0063          	beqz	s6,ffffffc080203e82 <kmain+0x248>
ffffffc080203da6:	0d4dce63          	blt	s11,s4,ffffffc080203e82 <kmain+0x248>
      init_argv[argc++] = word;
ffffffc080203daa:	003a1793          	sll	a5,s4,0x3
ffffffc080203dae:	97e2                	add	a5,a5,s8
ffffffc080203db0:	0137b023          	sd	s3,0(a5)
ffffffc080203db4:	2a05                	addw	s4,s4,1 # fffffffffffff001 <kernel_end+0x3f7fa05001>
  while (*s) {
ffffffc080203db6:	0004c783          	lbu	a5,0(s1)
ffffffc080203dba:	f3e1                	bnez	a5,ffffffc080203d7a <kmain+0x140>
  init_argv[argc] = NULL;
ffffffc080203dbc:	0a0e                	sll	s4,s4,0x3
  for (int i = 0; i < machine.nharts; i++)
ffffffc080203dbe:	01092783          	lw	a5,16(s2)
  init_argv[argc] = NULL;
ffffffc080203dc2:	9c52                	add	s8,s8,s4
ffffffc080203dc4:	000c3023          	sd	zero,0(s8)
  for (int i = 0; i < machine.nharts; i++)
ffffffc080203dc8:	10f05663          	blez	a5,ffffffc080203ed4 <kmain+0x29a>
ffffffc080203dcc:	00379713          	sll	a4,a5,0x3
ffffffc080203dd0:	993a                	add	s2,s2,a4
ffffffc080203dd2:	001cb797          	auipc	a5,0x1cb
ffffffc080203dd6:	93e78793          	add	a5,a5,-1730 # ffffffc0803ce710 <machine>
  int id = 1;
ffffffc080203dda:	4605                	li	a2,1
      cpus[id++].hartid = machine.hartids[i];
ffffffc080203ddc:	34000593          	li	a1,832
    if (machine.hartids[i] != boot_hartid)
ffffffc080203de0:	6f98                	ld	a4,24(a5)
ffffffc080203de2:	00ea8763          	beq	s5,a4,ffffffc080203df0 <kmain+0x1b6>
      cpus[id++].hartid = machine.hartids[i];
ffffffc080203de6:	02b606b3          	mul	a3,a2,a1
ffffffc080203dea:	2605                	addw	a2,a2,1
ffffffc080203dec:	96de                	add	a3,a3,s7
ffffffc080203dee:	e6d8                	sd	a4,136(a3)
  for (int i = 0; i < machine.nharts; i++)
ffffffc080203df0:	07a1                	add	a5,a5,8
ffffffc080203df2:	fef917e3          	bne	s2,a5,ffffffc080203de0 <kmain+0x1a6>
  ncpu = id;
ffffffc080203df6:	001b1a97          	auipc	s5,0x1b1
ffffffc080203dfa:	20ea8a93          	add	s5,s5,526 # ffffffc0803b5004 <ncpu>
ffffffc080203dfe:	00caa023          	sw	a2,0(s5)
  for (int i = 1; i < ncpu; i++) {
ffffffc080203e02:	4785                	li	a5,1
ffffffc080203e04:	04f60063          	beq	a2,a5,ffffffc080203e44 <kmain+0x20a>
    if (sbi_hart_start(cpus[i].hartid, V2P(secondary_start), i) != 0)
ffffffc080203e08:	179a                	sll	a5,a5,0x26
ffffffc080203e0a:	ffffca17          	auipc	s4,0xffffc
ffffffc080203e0e:	22aa0a13          	add	s4,s4,554 # ffffffc080200034 <secondary_start>
ffffffc080203e12:	9a3e                	add	s4,s4,a5
ffffffc080203e14:	001eb917          	auipc	s2,0x1eb
ffffffc080203e18:	c6c90913          	add	s2,s2,-916 # ffffffc0803eea80 <cpus>
ffffffc080203e1c:	4485                	li	s1,1
ffffffc080203e1e:	4985                	li	s3,1
ffffffc080203e20:	3c893503          	ld	a0,968(s2)
ffffffc080203e24:	8626                	mv	a2,s1
ffffffc080203e26:	85d2                	mv	a1,s4
    cpus[i].id = i;
ffffffc080203e28:	3d392023          	sw	s3,960(s2)
    if (sbi_hart_start(cpus[i].hartid, V2P(secondary_start), i) != 0)
ffffffc080203e2c:	b4bfc0ef          	jal	ffffffc080200976 <sbi_hart_start>
ffffffc080203e30:	e945                	bnez	a0,ffffffc080203ee0 <kmain+0x2a6>
  for (int i = 1; i < ncpu; i++) {
ffffffc080203e32:	000aa783          	lw	a5,0(s5)
ffffffc080203e36:	0485                	add	s1,s1,1
ffffffc080203e38:	0004899b          	sext.w	s3,s1
ffffffc080203e3c:	34090913          	add	s2,s2,832
ffffffc080203e40:	fef9c0e3          	blt	s3,a5,ffffffc080203e20 <kmain+0x1e6>
  parse_bootargs(machine.bootargs);
  start_other_harts(hartid);
  kprintf("cowos: %lu free pages, fork mode %s\n", kalloc_free_pages(),
ffffffc080203e44:	640000ef          	jal	ffffffc080204484 <kalloc_free_pages>
ffffffc080203e48:	84aa                	mv	s1,a0
          vm_fork_mode() == FORK_COW ? "cow" : "eager");
ffffffc080203e4a:	3fb000ef          	jal	ffffffc080204a44 <vm_fork_mode>
  kprintf("cowos: %lu free pages, fork mode %s\n", kalloc_free_pages(),
ffffffc080203e4e:	4785                	li	a5,1
ffffffc080203e50:	00005617          	auipc	a2,0x5
ffffffc080203e54:	9f060613          	add	a2,a2,-1552 # ffffffc080208840 <__func__.0+0x240>
ffffffc080203e58:	00f51663          	bne	a0,a5,ffffffc080203e64 <kmain+0x22a>
ffffffc080203e5c:	00005617          	auipc	a2,0x5
ffffffc080203e60:	9dc60613          	add	a2,a2,-1572 # ffffffc080208838 <__func__.0+0x238>
ffffffc080203e64:	85a6                	mv	a1,s1
ffffffc080203e66:	00005517          	auipc	a0,0x5
ffffffc080203e6a:	a9250513          	add	a0,a0,-1390 # ffffffc0802088f8 <__func__.0+0x2f8>
ffffffc080203e6e:	afdff0ef          	jal	ffffffc08020396a <kprintf>
  proc_start_init(init_argv);
ffffffc080203e72:	001cb517          	auipc	a0,0x1cb
ffffffc080203e76:	aae50513          	add	a0,a0,-1362 # ffffffc0803ce920 <init_argv>
ffffffc080203e7a:	7b4010ef          	jal	ffffffc08020562e <proc_start_init>
  scheduler();
ffffffc080203e7e:	749010ef          	jal	ffffffc080205dc6 <scheduler>
    else if (strncmp(word, "--", 3) == 0)
ffffffc080203e82:	460d                	li	a2,3
ffffffc080203e84:	85e6                	mv	a1,s9
ffffffc080203e86:	854e                	mv	a0,s3
ffffffc080203e88:	d39ff0ef          	jal	ffffffc080203bc0 <strncmp>
ffffffc080203e8c:	e519                	bnez	a0,ffffffc080203e9a <kmain+0x260>
      for_init = true;
ffffffc080203e8e:	4b05                	li	s6,1
ffffffc080203e90:	b71d                	j	ffffffc080203db6 <kmain+0x17c>
      *s++ = 0;
ffffffc080203e92:	00048023          	sb	zero,0(s1)
ffffffc080203e96:	0485                	add	s1,s1,1
ffffffc080203e98:	b729                	j	ffffffc080203da2 <kmain+0x168>
    else if (strncmp(word, "forkmode=eager", 15) == 0)
ffffffc080203e9a:	463d                	li	a2,15
ffffffc080203e9c:	85ea                	mv	a1,s10
ffffffc080203e9e:	854e                	mv	a0,s3
ffffffc080203ea0:	d21ff0ef          	jal	ffffffc080203bc0 <strncmp>
ffffffc080203ea4:	c919                	beqz	a0,ffffffc080203eba <kmain+0x280>
    else if (strncmp(word, "forkmode=cow", 13) == 0)
ffffffc080203ea6:	4635                	li	a2,13
ffffffc080203ea8:	00005597          	auipc	a1,0x5
ffffffc080203eac:	9f858593          	add	a1,a1,-1544 # ffffffc0802088a0 <__func__.0+0x2a0>
ffffffc080203eb0:	854e                	mv	a0,s3
ffffffc080203eb2:	d0fff0ef          	jal	ffffffc080203bc0 <strncmp>
ffffffc080203eb6:	e509                	bnez	a0,ffffffc080203ec0 <kmain+0x286>
      vm_set_fork_mode(FORK_COW);
ffffffc080203eb8:	4505                	li	a0,1
ffffffc080203eba:	39f000ef          	jal	ffffffc080204a58 <vm_set_fork_mode>
ffffffc080203ebe:	bde5                	j	ffffffc080203db6 <kmain+0x17c>
      kprintf("cowos: unknown boot option '%s' ignored\n", word);
ffffffc080203ec0:	85ce                	mv	a1,s3
ffffffc080203ec2:	00005517          	auipc	a0,0x5
ffffffc080203ec6:	9ee50513          	add	a0,a0,-1554 # ffffffc0802088b0 <__func__.0+0x2b0>
ffffffc080203eca:	aa1ff0ef          	jal	ffffffc08020396a <kprintf>
ffffffc080203ece:	b5e5                	j	ffffffc080203db6 <kmain+0x17c>
ffffffc080203ed0:	84ba                	mv	s1,a4
ffffffc080203ed2:	bd31                	j	ffffffc080203cee <kmain+0xb4>
  ncpu = id;
ffffffc080203ed4:	4785                	li	a5,1
ffffffc080203ed6:	001b1717          	auipc	a4,0x1b1
ffffffc080203eda:	12f72723          	sw	a5,302(a4) # ffffffc0803b5004 <ncpu>
  for (int i = 1; i < ncpu; i++) {
ffffffc080203ede:	b79d                	j	ffffffc080203e44 <kmain+0x20a>
      panic("cannot start hart %d", (int)cpus[i].hartid);
ffffffc080203ee0:	34000793          	li	a5,832
ffffffc080203ee4:	02f989b3          	mul	s3,s3,a5
ffffffc080203ee8:	00005517          	auipc	a0,0x5
ffffffc080203eec:	9f850513          	add	a0,a0,-1544 # ffffffc0802088e0 <__func__.0+0x2e0>
ffffffc080203ef0:	9bce                	add	s7,s7,s3
ffffffc080203ef2:	088ba583          	lw	a1,136(s7)
ffffffc080203ef6:	ab7ff0ef          	jal	ffffffc0802039ac <panic>

ffffffc080203efa <kmain_secondary>:
}

void kmain_secondary(uint64 hartid, uint64 id) {
  w_tp((uint64)&cpus[id]);
ffffffc080203efa:	34000793          	li	a5,832
ffffffc080203efe:	02f585b3          	mul	a1,a1,a5
void kmain_secondary(uint64 hartid, uint64 id) {
ffffffc080203f02:	1141                	add	sp,sp,-16
ffffffc080203f04:	e022                	sd	s0,0(sp)
ffffffc080203f06:	e406                	sd	ra,8(sp)
ffffffc080203f08:	0800                	add	s0,sp,16
  w_tp((uint64)&cpus[id]);
ffffffc080203f0a:	001eb797          	auipc	a5,0x1eb
ffffffc080203f0e:	b7678793          	add	a5,a5,-1162 # ffffffc0803eea80 <cpus>
ffffffc080203f12:	95be                	add	a1,a1,a5
ffffffc080203f14:	822e                	mv	tp,a1
  trap_init_hart();
ffffffc080203f16:	e61fc0ef          	jal	ffffffc080200d76 <trap_init_hart>
  scheduler();
ffffffc080203f1a:	6ad010ef          	jal	ffffffc080205dc6 <scheduler>

ffffffc080203f1e <vm_resolve>:

static bool in_stack(struct vmspace *vs, uint64 va) {
  return va >= vs->stack_low && va < USTACK_TOP;
}

enum fault_result vm_resolve(struct vmspace *vs, uint64 va, enum access acc, pte_t **out) {
ffffffc080203f1e:	711d                	add	sp,sp,-96
ffffffc080203f20:	e8a2                	sd	s0,80(sp)
ffffffc080203f22:	e4a6                	sd	s1,72(sp)
ffffffc080203f24:	e0ca                	sd	s2,64(sp)
ffffffc080203f26:	f852                	sd	s4,48(sp)
ffffffc080203f28:	f456                	sd	s5,40(sp)
ffffffc080203f2a:	ec86                	sd	ra,88(sp)
ffffffc080203f2c:	fc4e                	sd	s3,56(sp)
ffffffc080203f2e:	f05a                	sd	s6,32(sp)
ffffffc080203f30:	ec5e                	sd	s7,24(sp)
ffffffc080203f32:	e862                	sd	s8,16(sp)
ffffffc080203f34:	e466                	sd	s9,8(sp)
ffffffc080203f36:	1080                	add	s0,sp,96
  if (va >= USER_TOP)
ffffffc080203f38:	57fd                	li	a5,-1
ffffffc080203f3a:	83e9                	srl	a5,a5,0x1a
enum fault_result vm_resolve(struct vmspace *vs, uint64 va, enum access acc, pte_t **out) {
ffffffc080203f3c:	84ae                	mv	s1,a1
ffffffc080203f3e:	892a                	mv	s2,a0
ffffffc080203f40:	8a32                	mv	s4,a2
ffffffc080203f42:	8ab6                	mv	s5,a3
  if (va >= USER_TOP)
ffffffc080203f44:	02b7ec63          	bltu	a5,a1,ffffffc080203f7c <vm_resolve+0x5e>
    return FAULT_BAD_ADDRESS;
  for (;;) {
    pte_t *p = pmap_walk(vs->pt, va, false);
ffffffc080203f48:	01093503          	ld	a0,16(s2)
ffffffc080203f4c:	4601                	li	a2,0
ffffffc080203f4e:	85a6                	mv	a1,s1
ffffffc080203f50:	b7afc0ef          	jal	ffffffc0802002ca <pmap_walk>
ffffffc080203f54:	89aa                	mv	s3,a0
    pte_t pte = p ? pte_load(p) : 0;
ffffffc080203f56:	c921                	beqz	a0,ffffffc080203fa6 <vm_resolve+0x88>
ffffffc080203f58:	611c                	ld	a5,0(a0)
static inline bool pte_is_cow(pte_t pte) { return (pte & PTE_COW) != 0; }
static inline uint64 pte_pa(pte_t pte) { return PTE2PA(pte); }

/* True if a user access of this kind is allowed by pte. */
static inline bool pte_allows(pte_t pte, enum access acc) {
  if (!(pte & PTE_V) || !(pte & PTE_U))
ffffffc080203f5a:	4745                	li	a4,17
ffffffc080203f5c:	0117f693          	and	a3,a5,17
ffffffc080203f60:	0ae69163          	bne	a3,a4,ffffffc080204002 <vm_resolve+0xe4>
    return false;
  if (acc == ACC_WRITE)
ffffffc080203f64:	4705                	li	a4,1
ffffffc080203f66:	02ea0963          	beq	s4,a4,ffffffc080203f98 <vm_resolve+0x7a>
    return (pte & PTE_W) != 0;
  if (acc == ACC_EXEC)
ffffffc080203f6a:	4709                	li	a4,2
ffffffc080203f6c:	10ea0d63          	beq	s4,a4,ffffffc080204086 <vm_resolve+0x168>
    return (pte & PTE_X) != 0;
  return (pte & PTE_R) != 0;
ffffffc080203f70:	0027f713          	and	a4,a5,2
    enum fault_result r;
    if (pte_allows(pte, acc)) {
ffffffc080203f74:	10071d63          	bnez	a4,ffffffc08020408e <vm_resolve+0x170>
      *out = p;
      return FAULT_OK;
    } else if (pte_valid(pte) && acc == ACC_WRITE && pte_is_cow(pte)) {
ffffffc080203f78:	8b85                	and	a5,a5,1
ffffffc080203f7a:	c795                	beqz	a5,ffffffc080203fa6 <vm_resolve+0x88>
    return FAULT_BAD_ADDRESS;
ffffffc080203f7c:	4505                	li	a0,1
      return FAULT_BAD_ADDRESS;
    }
    if (r != FAULT_OK)
      return r;
  }
}
ffffffc080203f7e:	60e6                	ld	ra,88(sp)
ffffffc080203f80:	6446                	ld	s0,80(sp)
ffffffc080203f82:	64a6                	ld	s1,72(sp)
ffffffc080203f84:	6906                	ld	s2,64(sp)
ffffffc080203f86:	79e2                	ld	s3,56(sp)
ffffffc080203f88:	7a42                	ld	s4,48(sp)
ffffffc080203f8a:	7aa2                	ld	s5,40(sp)
ffffffc080203f8c:	7b02                	ld	s6,32(sp)
ffffffc080203f8e:	6be2                	ld	s7,24(sp)
ffffffc080203f90:	6c42                	ld	s8,16(sp)
ffffffc080203f92:	6ca2                	ld	s9,8(sp)
ffffffc080203f94:	6125                	add	sp,sp,96
ffffffc080203f96:	8082                	ret
    return (pte & PTE_W) != 0;
ffffffc080203f98:	0047f713          	and	a4,a5,4
    if (pte_allows(pte, acc)) {
ffffffc080203f9c:	0e071963          	bnez	a4,ffffffc08020408e <vm_resolve+0x170>
    } else if (pte_valid(pte) && acc == ACC_WRITE && pte_is_cow(pte)) {
ffffffc080203fa0:	0017f713          	and	a4,a5,1
ffffffc080203fa4:	e72d                	bnez	a4,ffffffc08020400e <vm_resolve+0xf0>
  return va >= vs->stack_low && va < USTACK_TOP;
ffffffc080203fa6:	0f093783          	ld	a5,240(s2)
ffffffc080203faa:	fcf4e9e3          	bltu	s1,a5,ffffffc080203f7c <vm_resolve+0x5e>
ffffffc080203fae:	fefff7b7          	lui	a5,0xfefff
ffffffc080203fb2:	07ba                	sll	a5,a5,0xe
ffffffc080203fb4:	83e9                	srl	a5,a5,0x1a
ffffffc080203fb6:	fc97e3e3          	bltu	a5,s1,ffffffc080203f7c <vm_resolve+0x5e>
  pte_t *p = pmap_walk(vs->pt, va, true);
ffffffc080203fba:	01093503          	ld	a0,16(s2)
ffffffc080203fbe:	4605                	li	a2,1
ffffffc080203fc0:	85a6                	mv	a1,s1
ffffffc080203fc2:	b08fc0ef          	jal	ffffffc0802002ca <pmap_walk>
ffffffc080203fc6:	89aa                	mv	s3,a0
  void *page = p ? page_alloc_zeroed() : NULL;
ffffffc080203fc8:	c91d                	beqz	a0,ffffffc080203ffe <vm_resolve+0xe0>
ffffffc080203fca:	3c0000ef          	jal	ffffffc08020438a <page_alloc_zeroed>
  if (!page)
ffffffc080203fce:	c905                	beqz	a0,ffffffc080203ffe <vm_resolve+0xe0>
  pte_t fresh = PA2PTE(V2P(page)) | PTE_V | PTE_R | PTE_W | PTE_U | PTE_A | PTE_D;
ffffffc080203fd0:	4705                	li	a4,1
ffffffc080203fd2:	02671693          	sll	a3,a4,0x26
ffffffc080203fd6:	00d507b3          	add	a5,a0,a3
ffffffc080203fda:	83b1                	srl	a5,a5,0xc
ffffffc080203fdc:	07aa                	sll	a5,a5,0xa
ffffffc080203fde:	0d77e793          	or	a5,a5,215
  return __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
ffffffc080203fe2:	1009b6af          	lr.d	a3,(s3)
ffffffc080203fe6:	e681                	bnez	a3,ffffffc080203fee <vm_resolve+0xd0>
ffffffc080203fe8:	1cf9b62f          	sc.d.aq	a2,a5,(s3)
ffffffc080203fec:	fa7d                	bnez	a2,ffffffc080203fe2 <vm_resolve+0xc4>
  if (!pte_cas(p, 0, fresh))
ffffffc080203fee:	12069463          	bnez	a3,ffffffc080204116 <vm_resolve+0x1f8>
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080203ff2:	8792                	mv	a5,tp
ffffffc080203ff4:	2f878793          	add	a5,a5,760 # fffffffffefff2f8 <kernel_end+0x3f7ea052f8>
ffffffc080203ff8:	00e7b02f          	amoadd.d	zero,a4,(a5)
}
ffffffc080203ffc:	b7b1                	j	ffffffc080203f48 <vm_resolve+0x2a>
      return FAULT_OOM;
ffffffc080203ffe:	4509                	li	a0,2
ffffffc080204000:	bfbd                	j	ffffffc080203f7e <vm_resolve+0x60>
    } else if (pte_valid(pte) && acc == ACC_WRITE && pte_is_cow(pte)) {
ffffffc080204002:	0017f713          	and	a4,a5,1
ffffffc080204006:	d345                	beqz	a4,ffffffc080203fa6 <vm_resolve+0x88>
ffffffc080204008:	4705                	li	a4,1
ffffffc08020400a:	f6ea19e3          	bne	s4,a4,ffffffc080203f7c <vm_resolve+0x5e>
static inline bool pte_is_cow(pte_t pte) { return (pte & PTE_COW) != 0; }
ffffffc08020400e:	1007f793          	and	a5,a5,256
ffffffc080204012:	d7ad                	beqz	a5,ffffffc080203f7c <vm_resolve+0x5e>
ffffffc080204014:	8792                	mv	a5,tp
  __atomic_fetch_add(&mycpu()->stats[idx], 1, __ATOMIC_RELAXED);
ffffffc080204016:	4705                	li	a4,1
ffffffc080204018:	2c878793          	add	a5,a5,712
ffffffc08020401c:	00e7b02f          	amoadd.d	zero,a4,(a5)
static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc080204020:	0009bb83          	ld	s7,0(s3)
static inline uint64 pte_pa(pte_t pte) { return PTE2PA(pte); }
ffffffc080204024:	fff007b7          	lui	a5,0xfff00
ffffffc080204028:	83a1                	srl	a5,a5,0x8
ffffffc08020402a:	002b9b13          	sll	s6,s7,0x2
ffffffc08020402e:	00fb7b33          	and	s6,s6,a5
static inline bool pte_is_cow(pte_t pte) { return (pte & PTE_COW) != 0; }
ffffffc080204032:	100bf793          	and	a5,s7,256
}
static inline uint32 page_ref_count(uint64 pa) {
  return __atomic_load_n(&pa_to_page(pa)->refs, __ATOMIC_ACQUIRE);
ffffffc080204036:	855a                	mv	a0,s6
    if (!pte_is_cow(pte))
ffffffc080204038:	db81                	beqz	a5,ffffffc080203f48 <vm_resolve+0x2a>
ffffffc08020403a:	4d6000ef          	jal	ffffffc080204510 <pa_to_page>
ffffffc08020403e:	4118                	lw	a4,0(a0)
ffffffc080204040:	0ff0000f          	fence
}

/* The writable private PTE that replaces a COW one, for page pa. */
static inline pte_t pte_cow_break(pte_t pte, uint64 pa) {
  return PA2PTE(pa) | (PTE_FLAGS(pte) & ~PTE_COW) | PTE_W | PTE_A | PTE_D;
ffffffc080204044:	00cb5793          	srl	a5,s6,0xc
ffffffc080204048:	07aa                	sll	a5,a5,0xa
ffffffc08020404a:	2ffbf693          	and	a3,s7,767
ffffffc08020404e:	8fd5                	or	a5,a5,a3
    if (page_ref_count(old_pa) == 1) {
ffffffc080204050:	4c05                	li	s8,1
ffffffc080204052:	0c47e793          	or	a5,a5,196
ffffffc080204056:	00070c9b          	sext.w	s9,a4
ffffffc08020405a:	03871e63          	bne	a4,s8,ffffffc080204096 <vm_resolve+0x178>
  return __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
ffffffc08020405e:	1009b72f          	lr.d	a4,(s3)
ffffffc080204062:	01771563          	bne	a4,s7,ffffffc08020406c <vm_resolve+0x14e>
ffffffc080204066:	1cf9b6af          	sc.d.aq	a3,a5,(s3)
ffffffc08020406a:	faf5                	bnez	a3,ffffffc08020405e <vm_resolve+0x140>
      if (!pte_cas(p, pte, pte_cow_break(pte, old_pa)))
ffffffc08020406c:	fb771ae3          	bne	a4,s7,ffffffc080204020 <vm_resolve+0x102>
      tlb_flush_local(va, va + PGSIZE);
ffffffc080204070:	6585                	lui	a1,0x1
ffffffc080204072:	95a6                	add	a1,a1,s1
ffffffc080204074:	8526                	mv	a0,s1
ffffffc080204076:	9a9fc0ef          	jal	ffffffc080200a1e <tlb_flush_local>
ffffffc08020407a:	8792                	mv	a5,tp
ffffffc08020407c:	2d878793          	add	a5,a5,728 # fffffffffff002d8 <kernel_end+0x3f7f9062d8>
ffffffc080204080:	0197b02f          	amoadd.d	zero,s9,(a5)
      return FAULT_OK;
ffffffc080204084:	b5d1                	j	ffffffc080203f48 <vm_resolve+0x2a>
    return (pte & PTE_X) != 0;
ffffffc080204086:	0087f713          	and	a4,a5,8
    if (pte_allows(pte, acc)) {
ffffffc08020408a:	ee0707e3          	beqz	a4,ffffffc080203f78 <vm_resolve+0x5a>
      *out = p;
ffffffc08020408e:	013ab023          	sd	s3,0(s5)
      return FAULT_OK;
ffffffc080204092:	4501                	li	a0,0
ffffffc080204094:	b5ed                	j	ffffffc080203f7e <vm_resolve+0x60>
    void *copy = page_alloc();
ffffffc080204096:	20c000ef          	jal	ffffffc0802042a2 <page_alloc>
    memcpy(copy, P2V(old_pa), PGSIZE);
ffffffc08020409a:	57fd                	li	a5,-1
ffffffc08020409c:	179a                	sll	a5,a5,0x26
ffffffc08020409e:	9b3e                	add	s6,s6,a5
ffffffc0802040a0:	6605                	lui	a2,0x1
ffffffc0802040a2:	85da                	mv	a1,s6
    void *copy = page_alloc();
ffffffc0802040a4:	8caa                	mv	s9,a0
    if (!copy)
ffffffc0802040a6:	dd21                	beqz	a0,ffffffc080203ffe <vm_resolve+0xe0>
    memcpy(copy, P2V(old_pa), PGSIZE);
ffffffc0802040a8:	a21ff0ef          	jal	ffffffc080203ac8 <memcpy>
    if (!pte_cas(p, pte, pte_cow_break(pte, V2P(copy)))) {
ffffffc0802040ac:	026c1793          	sll	a5,s8,0x26
ffffffc0802040b0:	97e6                	add	a5,a5,s9
  return PA2PTE(pa) | (PTE_FLAGS(pte) & ~PTE_COW) | PTE_W | PTE_A | PTE_D;
ffffffc0802040b2:	83b1                	srl	a5,a5,0xc
ffffffc0802040b4:	2ffbf713          	and	a4,s7,767
ffffffc0802040b8:	07aa                	sll	a5,a5,0xa
ffffffc0802040ba:	8fd9                	or	a5,a5,a4
ffffffc0802040bc:	0c47e793          	or	a5,a5,196
  return __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
ffffffc0802040c0:	1009b72f          	lr.d	a4,(s3)
ffffffc0802040c4:	01771563          	bne	a4,s7,ffffffc0802040ce <vm_resolve+0x1b0>
ffffffc0802040c8:	1cf9b6af          	sc.d.aq	a3,a5,(s3)
ffffffc0802040cc:	faf5                	bnez	a3,ffffffc0802040c0 <vm_resolve+0x1a2>
ffffffc0802040ce:	05771763          	bne	a4,s7,ffffffc08020411c <vm_resolve+0x1fe>
  tlb_flush_local(va, va + PGSIZE);
ffffffc0802040d2:	6985                	lui	s3,0x1
ffffffc0802040d4:	99a6                	add	s3,s3,s1
ffffffc0802040d6:	85ce                	mv	a1,s3
ffffffc0802040d8:	8526                	mv	a0,s1
ffffffc0802040da:	945fc0ef          	jal	ffffffc080200a1e <tlb_flush_local>
  uint64 others = __atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) & ~(1UL << mycpu()->id);
ffffffc0802040de:	0f893783          	ld	a5,248(s2)
ffffffc0802040e2:	0ff0000f          	fence
ffffffc0802040e6:	8712                	mv	a4,tp
ffffffc0802040e8:	08072703          	lw	a4,128(a4)
ffffffc0802040ec:	00ec1533          	sll	a0,s8,a4
ffffffc0802040f0:	fff54513          	not	a0,a0
ffffffc0802040f4:	8d7d                	and	a0,a0,a5
  if (others)
ffffffc0802040f6:	e919                	bnez	a0,ffffffc08020410c <vm_resolve+0x1ee>
    page_free(P2V(old_pa));
ffffffc0802040f8:	855a                	mv	a0,s6
ffffffc0802040fa:	2b6000ef          	jal	ffffffc0802043b0 <page_free>
ffffffc0802040fe:	8792                	mv	a5,tp
ffffffc080204100:	4705                	li	a4,1
ffffffc080204102:	2d078793          	add	a5,a5,720
ffffffc080204106:	00e7b02f          	amoadd.d	zero,a4,(a5)
    return FAULT_OK;
ffffffc08020410a:	bd3d                	j	ffffffc080203f48 <vm_resolve+0x2a>
    tlb_shootdown(others, va, va + PGSIZE);
ffffffc08020410c:	864e                	mv	a2,s3
ffffffc08020410e:	85a6                	mv	a1,s1
ffffffc080204110:	a15fc0ef          	jal	ffffffc080200b24 <tlb_shootdown>
ffffffc080204114:	b7d5                	j	ffffffc0802040f8 <vm_resolve+0x1da>
    page_free(page); /* a sibling thread filled it first */
ffffffc080204116:	29a000ef          	jal	ffffffc0802043b0 <page_free>
ffffffc08020411a:	b53d                	j	ffffffc080203f48 <vm_resolve+0x2a>
      page_free(copy);
ffffffc08020411c:	8566                	mv	a0,s9
ffffffc08020411e:	292000ef          	jal	ffffffc0802043b0 <page_free>
ffffffc080204122:	8792                	mv	a5,tp
ffffffc080204124:	2e078793          	add	a5,a5,736
ffffffc080204128:	0187b02f          	amoadd.d	zero,s8,(a5)
      continue;
ffffffc08020412c:	bdd5                	j	ffffffc080204020 <vm_resolve+0x102>

ffffffc08020412e <vm_fault>:

enum fault_result vm_fault(struct vmspace *vs, uint64 va, enum access acc) {
ffffffc08020412e:	7139                	add	sp,sp,-64
ffffffc080204130:	f822                	sd	s0,48(sp)
ffffffc080204132:	f426                	sd	s1,40(sp)
ffffffc080204134:	f04a                	sd	s2,32(sp)
ffffffc080204136:	ec4e                	sd	s3,24(sp)
ffffffc080204138:	fc06                	sd	ra,56(sp)
ffffffc08020413a:	0080                	add	s0,sp,64
ffffffc08020413c:	89aa                	mv	s3,a0
ffffffc08020413e:	84ae                	mv	s1,a1
ffffffc080204140:	8932                	mv	s2,a2
  pte_t *p;
  rw_read_lock(&vs->lock);
ffffffc080204142:	13e020ef          	jal	ffffffc080206280 <rw_read_lock>
  if (va < USER_TOP && (p = pmap_walk(vs->pt, va, false)) && pte_allows(pte_load(p), acc)) {
ffffffc080204146:	57fd                	li	a5,-1
ffffffc080204148:	83e9                	srl	a5,a5,0x1a
ffffffc08020414a:	0497e563          	bltu	a5,s1,ffffffc080204194 <vm_fault+0x66>
ffffffc08020414e:	0109b503          	ld	a0,16(s3) # 1010 <KERNEL_PA-0x801feff0>
ffffffc080204152:	4601                	li	a2,0
ffffffc080204154:	85a6                	mv	a1,s1
ffffffc080204156:	974fc0ef          	jal	ffffffc0802002ca <pmap_walk>
ffffffc08020415a:	fca43423          	sd	a0,-56(s0)
ffffffc08020415e:	c91d                	beqz	a0,ffffffc080204194 <vm_fault+0x66>
static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc080204160:	611c                	ld	a5,0(a0)
  if (!(pte & PTE_V) || !(pte & PTE_U))
ffffffc080204162:	4745                	li	a4,17
ffffffc080204164:	0117f693          	and	a3,a5,17
ffffffc080204168:	02e69663          	bne	a3,a4,ffffffc080204194 <vm_fault+0x66>
  if (acc == ACC_WRITE)
ffffffc08020416c:	4705                	li	a4,1
ffffffc08020416e:	02e90163          	beq	s2,a4,ffffffc080204190 <vm_fault+0x62>
  if (acc == ACC_EXEC)
ffffffc080204172:	4709                	li	a4,2
ffffffc080204174:	04e90463          	beq	s2,a4,ffffffc0802041bc <vm_fault+0x8e>
  return (pte & PTE_R) != 0;
ffffffc080204178:	8b89                	and	a5,a5,2
ffffffc08020417a:	cf89                	beqz	a5,ffffffc080204194 <vm_fault+0x66>
    /* Spurious: a stale entry of ours (a sibling already resolved it). */
    tlb_flush_local(va, va + PGSIZE);
ffffffc08020417c:	6585                	lui	a1,0x1
ffffffc08020417e:	95a6                	add	a1,a1,s1
ffffffc080204180:	8526                	mv	a0,s1
ffffffc080204182:	89dfc0ef          	jal	ffffffc080200a1e <tlb_flush_local>
    rw_read_unlock(&vs->lock);
ffffffc080204186:	854e                	mv	a0,s3
ffffffc080204188:	142020ef          	jal	ffffffc0802062ca <rw_read_unlock>
    return FAULT_OK;
ffffffc08020418c:	4481                	li	s1,0
ffffffc08020418e:	a839                	j	ffffffc0802041ac <vm_fault+0x7e>
    return (pte & PTE_W) != 0;
ffffffc080204190:	8b91                	and	a5,a5,4
  if (va < USER_TOP && (p = pmap_walk(vs->pt, va, false)) && pte_allows(pte_load(p), acc)) {
ffffffc080204192:	f7ed                	bnez	a5,ffffffc08020417c <vm_fault+0x4e>
  }
  enum fault_result r = vm_resolve(vs, va, acc, &p);
ffffffc080204194:	85a6                	mv	a1,s1
ffffffc080204196:	fc840693          	add	a3,s0,-56
ffffffc08020419a:	864a                	mv	a2,s2
ffffffc08020419c:	854e                	mv	a0,s3
ffffffc08020419e:	d81ff0ef          	jal	ffffffc080203f1e <vm_resolve>
ffffffc0802041a2:	84aa                	mv	s1,a0
  rw_read_unlock(&vs->lock);
ffffffc0802041a4:	854e                	mv	a0,s3
  enum fault_result r = vm_resolve(vs, va, acc, &p);
ffffffc0802041a6:	2481                	sext.w	s1,s1
  rw_read_unlock(&vs->lock);
ffffffc0802041a8:	122020ef          	jal	ffffffc0802062ca <rw_read_unlock>
  return r;
}
ffffffc0802041ac:	70e2                	ld	ra,56(sp)
ffffffc0802041ae:	7442                	ld	s0,48(sp)
ffffffc0802041b0:	7902                	ld	s2,32(sp)
ffffffc0802041b2:	69e2                	ld	s3,24(sp)
ffffffc0802041b4:	8526                	mv	a0,s1
ffffffc0802041b6:	74a2                	ld	s1,40(sp)
ffffffc0802041b8:	6121                	add	sp,sp,64
ffffffc0802041ba:	8082                	ret
    return (pte & PTE_X) != 0;
ffffffc0802041bc:	8ba1                	and	a5,a5,8
  if (va < USER_TOP && (p = pmap_walk(vs->pt, va, false)) && pte_allows(pte_load(p), acc)) {
ffffffc0802041be:	ffdd                	bnez	a5,ffffffc08020417c <vm_fault+0x4e>
ffffffc0802041c0:	bfd1                	j	ffffffc080204194 <vm_fault+0x66>

ffffffc0802041c2 <vm_user_page>:

void *vm_user_page(struct vmspace *vs, uint64 va, enum access acc, bool *oom) {
ffffffc0802041c2:	7179                	add	sp,sp,-48
ffffffc0802041c4:	f022                	sd	s0,32(sp)
ffffffc0802041c6:	ec26                	sd	s1,24(sp)
ffffffc0802041c8:	1800                	add	s0,sp,48
ffffffc0802041ca:	f406                	sd	ra,40(sp)
ffffffc0802041cc:	84b6                	mv	s1,a3
  pte_t *p;
  enum fault_result r = vm_resolve(vs, va, acc, &p);
ffffffc0802041ce:	fd840693          	add	a3,s0,-40
ffffffc0802041d2:	d4dff0ef          	jal	ffffffc080203f1e <vm_resolve>
ffffffc0802041d6:	2501                	sext.w	a0,a0
  *oom = r == FAULT_OOM;
ffffffc0802041d8:	ffe50793          	add	a5,a0,-2
ffffffc0802041dc:	0017b793          	seqz	a5,a5
ffffffc0802041e0:	00f48023          	sb	a5,0(s1)
  return r == FAULT_OK ? P2V(pte_pa(pte_load(p))) : NULL;
ffffffc0802041e4:	e10d                	bnez	a0,ffffffc080204206 <vm_user_page+0x44>
static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc0802041e6:	fd843783          	ld	a5,-40(s0)
ffffffc0802041ea:	6388                	ld	a0,0(a5)
static inline uint64 pte_pa(pte_t pte) { return PTE2PA(pte); }
ffffffc0802041ec:	fff007b7          	lui	a5,0xfff00
}
ffffffc0802041f0:	70a2                	ld	ra,40(sp)
ffffffc0802041f2:	7402                	ld	s0,32(sp)
ffffffc0802041f4:	83a1                	srl	a5,a5,0x8
ffffffc0802041f6:	050a                	sll	a0,a0,0x2
ffffffc0802041f8:	8d7d                	and	a0,a0,a5
  return r == FAULT_OK ? P2V(pte_pa(pte_load(p))) : NULL;
ffffffc0802041fa:	57fd                	li	a5,-1
ffffffc0802041fc:	179a                	sll	a5,a5,0x26
}
ffffffc0802041fe:	64e2                	ld	s1,24(sp)
  return r == FAULT_OK ? P2V(pte_pa(pte_load(p))) : NULL;
ffffffc080204200:	953e                	add	a0,a0,a5
}
ffffffc080204202:	6145                	add	sp,sp,48
ffffffc080204204:	8082                	ret
ffffffc080204206:	70a2                	ld	ra,40(sp)
ffffffc080204208:	7402                	ld	s0,32(sp)
ffffffc08020420a:	64e2                	ld	s1,24(sp)
  return r == FAULT_OK ? P2V(pte_pa(pte_load(p))) : NULL;
ffffffc08020420c:	4501                	li	a0,0
}
ffffffc08020420e:	6145                	add	sp,sp,48
ffffffc080204210:	8082                	ret

ffffffc080204212 <kalloc_init>:
    if (w[i] != POISON)
      panic("page_alloc: page %p written after it was freed (word %d = %p)", (void *)V2P(va), i,
            (void *)w[i]);
}

void kalloc_init(uint64 pa_start, uint64 pa_end) {
ffffffc080204212:	7179                	add	sp,sp,-48
ffffffc080204214:	f022                	sd	s0,32(sp)
ffffffc080204216:	ec26                	sd	s1,24(sp)
ffffffc080204218:	e84a                	sd	s2,16(sp)
ffffffc08020421a:	e44e                	sd	s3,8(sp)
ffffffc08020421c:	f406                	sd	ra,40(sp)
ffffffc08020421e:	1800                	add	s0,sp,48
  spin_init(&pool.lock, "page_pool");
ffffffc080204220:	001cb997          	auipc	s3,0x1cb
ffffffc080204224:	81098993          	add	s3,s3,-2032 # ffffffc0803cea30 <pool>
void kalloc_init(uint64 pa_start, uint64 pa_end) {
ffffffc080204228:	84aa                	mv	s1,a0
ffffffc08020422a:	892e                	mv	s2,a1
  spin_init(&pool.lock, "page_pool");
ffffffc08020422c:	854e                	mv	a0,s3
ffffffc08020422e:	00004597          	auipc	a1,0x4
ffffffc080204232:	6f258593          	add	a1,a1,1778 # ffffffc080208920 <__func__.0+0x320>
ffffffc080204236:	226020ef          	jal	ffffffc08020645c <spin_init>
  for (uint64 pa = PGROUNDUP(pa_start); pa + PGSIZE <= pa_end; pa += PGSIZE) {
ffffffc08020423a:	6705                	lui	a4,0x1
ffffffc08020423c:	fff70793          	add	a5,a4,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc080204240:	97a6                	add	a5,a5,s1
ffffffc080204242:	76fd                	lui	a3,0xfffff
ffffffc080204244:	8ff5                	and	a5,a5,a3
ffffffc080204246:	97ba                	add	a5,a5,a4
ffffffc080204248:	04f96263          	bltu	s2,a5,ffffffc08020428c <kalloc_init+0x7a>
ffffffc08020424c:	0209b683          	ld	a3,32(s3)
    struct free_page *fp = P2V(pa);
ffffffc080204250:	fc000837          	lui	a6,0xfc000
ffffffc080204254:	0189b703          	ld	a4,24(s3)
ffffffc080204258:	187d                	add	a6,a6,-1 # fffffffffbffffff <kernel_end+0x3f7ba05fff>
ffffffc08020425a:	0685                	add	a3,a3,1 # fffffffffffff001 <kernel_end+0x3f7fa05001>
ffffffc08020425c:	0832                	sll	a6,a6,0xc
  for (uint64 pa = PGROUNDUP(pa_start); pa + PGSIZE <= pa_end; pa += PGSIZE) {
ffffffc08020425e:	6585                	lui	a1,0x1
    struct free_page *fp = P2V(pa);
ffffffc080204260:	853a                	mv	a0,a4
ffffffc080204262:	01078733          	add	a4,a5,a6
    poison(fp);
    fp->next = pool.head;
ffffffc080204266:	e308                	sd	a0,0(a4)
  for (uint64 pa = PGROUNDUP(pa_start); pa + PGSIZE <= pa_end; pa += PGSIZE) {
ffffffc080204268:	97ae                	add	a5,a5,a1
ffffffc08020426a:	8636                	mv	a2,a3
ffffffc08020426c:	0685                	add	a3,a3,1
ffffffc08020426e:	fef979e3          	bgeu	s2,a5,ffffffc080204260 <kalloc_init+0x4e>
    pool.head = fp;
    pool.count++;
  }
  pool.total = pool.count;
}
ffffffc080204272:	70a2                	ld	ra,40(sp)
ffffffc080204274:	7402                	ld	s0,32(sp)
ffffffc080204276:	00e9bc23          	sd	a4,24(s3)
ffffffc08020427a:	02c9b023          	sd	a2,32(s3)
  pool.total = pool.count;
ffffffc08020427e:	02c9b423          	sd	a2,40(s3)
}
ffffffc080204282:	64e2                	ld	s1,24(sp)
ffffffc080204284:	6942                	ld	s2,16(sp)
ffffffc080204286:	69a2                	ld	s3,8(sp)
ffffffc080204288:	6145                	add	sp,sp,48
ffffffc08020428a:	8082                	ret
ffffffc08020428c:	0209b603          	ld	a2,32(s3)
ffffffc080204290:	70a2                	ld	ra,40(sp)
ffffffc080204292:	7402                	ld	s0,32(sp)
  pool.total = pool.count;
ffffffc080204294:	02c9b423          	sd	a2,40(s3)
}
ffffffc080204298:	64e2                	ld	s1,24(sp)
ffffffc08020429a:	6942                	ld	s2,16(sp)
ffffffc08020429c:	69a2                	ld	s3,8(sp)
ffffffc08020429e:	6145                	add	sp,sp,48
ffffffc0802042a0:	8082                	ret

ffffffc0802042a2 <page_alloc>:
  }
  spin_unlock(&pool.lock);
  stat_inc(VM_pool_drains);
}

void *page_alloc(void) {
ffffffc0802042a2:	1101                	add	sp,sp,-32
ffffffc0802042a4:	e822                	sd	s0,16(sp)
ffffffc0802042a6:	ec06                	sd	ra,24(sp)
ffffffc0802042a8:	e426                	sd	s1,8(sp)
ffffffc0802042aa:	e04a                	sd	s2,0(sp)
ffffffc0802042ac:	1000                	add	s0,sp,32
  push_off();
ffffffc0802042ae:	24e020ef          	jal	ffffffc0802064fc <push_off>
ffffffc0802042b2:	8492                	mv	s1,tp
  struct cpu *c = mycpu();
  if (c->pcp.count == 0)
ffffffc0802042b4:	0984a783          	lw	a5,152(s1)
ffffffc0802042b8:	c3a1                	beqz	a5,ffffffc0802042f8 <page_alloc+0x56>
    pcp_refill(c);
  void *va = c->pcp.count ? c->pcp.pages[--c->pcp.count] : NULL;
ffffffc0802042ba:	37fd                	addw	a5,a5,-1 # ffffffffffefffff <kernel_end+0x3f7f905fff>
ffffffc0802042bc:	873e                	mv	a4,a5
ffffffc0802042be:	07c1                	add	a5,a5,16
ffffffc0802042c0:	078e                	sll	a5,a5,0x3
ffffffc0802042c2:	97a6                	add	a5,a5,s1
ffffffc0802042c4:	0207b903          	ld	s2,32(a5)
ffffffc0802042c8:	08e4ac23          	sw	a4,152(s1)
  pop_off();
ffffffc0802042cc:	256020ef          	jal	ffffffc080206522 <pop_off>
  if (!va)
ffffffc0802042d0:	00090d63          	beqz	s2,ffffffc0802042ea <page_alloc+0x48>
    return NULL;
  check_poison(va);
  page_ref_init(V2P(va));
ffffffc0802042d4:	4485                	li	s1,1
ffffffc0802042d6:	02649513          	sll	a0,s1,0x26
ffffffc0802042da:	954a                	add	a0,a0,s2
ffffffc0802042dc:	2ea000ef          	jal	ffffffc0802045c6 <page_ref_init>
ffffffc0802042e0:	8792                	mv	a5,tp
ffffffc0802042e2:	2b078793          	add	a5,a5,688
ffffffc0802042e6:	0097b02f          	amoadd.d	zero,s1,(a5)
  stat_inc(VM_page_allocs);
  return va;
}
ffffffc0802042ea:	60e2                	ld	ra,24(sp)
ffffffc0802042ec:	6442                	ld	s0,16(sp)
ffffffc0802042ee:	64a2                	ld	s1,8(sp)
ffffffc0802042f0:	854a                	mv	a0,s2
ffffffc0802042f2:	6902                	ld	s2,0(sp)
ffffffc0802042f4:	6105                	add	sp,sp,32
ffffffc0802042f6:	8082                	ret
  spin_lock(&pool.lock);
ffffffc0802042f8:	001ca917          	auipc	s2,0x1ca
ffffffc0802042fc:	73890913          	add	s2,s2,1848 # ffffffc0803cea30 <pool>
ffffffc080204300:	854a                	mv	a0,s2
ffffffc080204302:	170020ef          	jal	ffffffc080206472 <spin_lock>
  while (c->pcp.count < PCP_BATCH && pool.head) {
ffffffc080204306:	0984a683          	lw	a3,152(s1)
ffffffc08020430a:	47fd                	li	a5,31
ffffffc08020430c:	04d7c163          	blt	a5,a3,ffffffc08020434e <page_alloc+0xac>
ffffffc080204310:	00369713          	sll	a4,a3,0x3
ffffffc080204314:	01893783          	ld	a5,24(s2)
ffffffc080204318:	02093583          	ld	a1,32(s2)
ffffffc08020431c:	9726                	add	a4,a4,s1
ffffffc08020431e:	4801                	li	a6,0
ffffffc080204320:	02000893          	li	a7,32
ffffffc080204324:	a811                	j	ffffffc080204338 <page_alloc+0x96>
    c->pcp.pages[c->pcp.count++] = pool.head;
ffffffc080204326:	08c4ac23          	sw	a2,152(s1)
ffffffc08020432a:	f35c                	sd	a5,160(a4)
    pool.head = pool.head->next;
ffffffc08020432c:	639c                	ld	a5,0(a5)
    pool.count--;
ffffffc08020432e:	15fd                	add	a1,a1,-1 # fff <KERNEL_PA-0x801ff001>
  while (c->pcp.count < PCP_BATCH && pool.head) {
ffffffc080204330:	0721                	add	a4,a4,8
ffffffc080204332:	4805                	li	a6,1
ffffffc080204334:	05168663          	beq	a3,a7,ffffffc080204380 <page_alloc+0xde>
    c->pcp.pages[c->pcp.count++] = pool.head;
ffffffc080204338:	2685                	addw	a3,a3,1
ffffffc08020433a:	8636                	mv	a2,a3
  while (c->pcp.count < PCP_BATCH && pool.head) {
ffffffc08020433c:	f7ed                	bnez	a5,ffffffc080204326 <page_alloc+0x84>
ffffffc08020433e:	00080863          	beqz	a6,ffffffc08020434e <page_alloc+0xac>
ffffffc080204342:	001ca797          	auipc	a5,0x1ca
ffffffc080204346:	7007b323          	sd	zero,1798(a5) # ffffffc0803cea48 <pool+0x18>
ffffffc08020434a:	02b93023          	sd	a1,32(s2)
  spin_unlock(&pool.lock);
ffffffc08020434e:	001ca517          	auipc	a0,0x1ca
ffffffc080204352:	6e250513          	add	a0,a0,1762 # ffffffc0803cea30 <pool>
ffffffc080204356:	216020ef          	jal	ffffffc08020656c <spin_unlock>
ffffffc08020435a:	8792                	mv	a5,tp
ffffffc08020435c:	4705                	li	a4,1
ffffffc08020435e:	30078793          	add	a5,a5,768
ffffffc080204362:	00e7b02f          	amoadd.d	zero,a4,(a5)
  void *va = c->pcp.count ? c->pcp.pages[--c->pcp.count] : NULL;
ffffffc080204366:	0984a783          	lw	a5,152(s1)
ffffffc08020436a:	fba1                	bnez	a5,ffffffc0802042ba <page_alloc+0x18>
  pop_off();
ffffffc08020436c:	1b6020ef          	jal	ffffffc080206522 <pop_off>
}
ffffffc080204370:	60e2                	ld	ra,24(sp)
ffffffc080204372:	6442                	ld	s0,16(sp)
    return NULL;
ffffffc080204374:	4901                	li	s2,0
}
ffffffc080204376:	64a2                	ld	s1,8(sp)
ffffffc080204378:	854a                	mv	a0,s2
ffffffc08020437a:	6902                	ld	s2,0(sp)
ffffffc08020437c:	6105                	add	sp,sp,32
ffffffc08020437e:	8082                	ret
ffffffc080204380:	00f93c23          	sd	a5,24(s2)
ffffffc080204384:	02b93023          	sd	a1,32(s2)
ffffffc080204388:	b7d9                	j	ffffffc08020434e <page_alloc+0xac>

ffffffc08020438a <page_alloc_zeroed>:

void *page_alloc_zeroed(void) {
ffffffc08020438a:	1101                	add	sp,sp,-32
ffffffc08020438c:	e822                	sd	s0,16(sp)
ffffffc08020438e:	e426                	sd	s1,8(sp)
ffffffc080204390:	ec06                	sd	ra,24(sp)
ffffffc080204392:	1000                	add	s0,sp,32
  void *va = page_alloc();
ffffffc080204394:	f0fff0ef          	jal	ffffffc0802042a2 <page_alloc>
ffffffc080204398:	84aa                	mv	s1,a0
  if (va)
ffffffc08020439a:	c509                	beqz	a0,ffffffc0802043a4 <page_alloc_zeroed+0x1a>
    memset(va, 0, PGSIZE);
ffffffc08020439c:	6605                	lui	a2,0x1
ffffffc08020439e:	4581                	li	a1,0
ffffffc0802043a0:	edcff0ef          	jal	ffffffc080203a7c <memset>
  return va;
}
ffffffc0802043a4:	60e2                	ld	ra,24(sp)
ffffffc0802043a6:	6442                	ld	s0,16(sp)
ffffffc0802043a8:	8526                	mv	a0,s1
ffffffc0802043aa:	64a2                	ld	s1,8(sp)
ffffffc0802043ac:	6105                	add	sp,sp,32
ffffffc0802043ae:	8082                	ret

ffffffc0802043b0 <page_free>:

void page_free(void *va) {
ffffffc0802043b0:	7179                	add	sp,sp,-48
ffffffc0802043b2:	ec26                	sd	s1,24(sp)
ffffffc0802043b4:	84aa                	mv	s1,a0
  if (!page_ref_put(V2P(va)))
ffffffc0802043b6:	4505                	li	a0,1
void page_free(void *va) {
ffffffc0802043b8:	f022                	sd	s0,32(sp)
ffffffc0802043ba:	f406                	sd	ra,40(sp)
ffffffc0802043bc:	e84a                	sd	s2,16(sp)
ffffffc0802043be:	e44e                	sd	s3,8(sp)
ffffffc0802043c0:	1800                	add	s0,sp,48
  if (!page_ref_put(V2P(va)))
ffffffc0802043c2:	151a                	sll	a0,a0,0x26
ffffffc0802043c4:	9526                	add	a0,a0,s1
ffffffc0802043c6:	188000ef          	jal	ffffffc08020454e <page_ref_put>
ffffffc0802043ca:	e901                	bnez	a0,ffffffc0802043da <page_free+0x2a>
  if (c->pcp.count == PCP_HIGH)
    pcp_drain(c);
  c->pcp.pages[c->pcp.count++] = va;
  pop_off();
  stat_inc(VM_page_frees);
}
ffffffc0802043cc:	70a2                	ld	ra,40(sp)
ffffffc0802043ce:	7402                	ld	s0,32(sp)
ffffffc0802043d0:	64e2                	ld	s1,24(sp)
ffffffc0802043d2:	6942                	ld	s2,16(sp)
ffffffc0802043d4:	69a2                	ld	s3,8(sp)
ffffffc0802043d6:	6145                	add	sp,sp,48
ffffffc0802043d8:	8082                	ret
  push_off();
ffffffc0802043da:	122020ef          	jal	ffffffc0802064fc <push_off>
ffffffc0802043de:	8912                	mv	s2,tp
  if (c->pcp.count == PCP_HIGH)
ffffffc0802043e0:	09892783          	lw	a5,152(s2)
ffffffc0802043e4:	04000713          	li	a4,64
ffffffc0802043e8:	02e78a63          	beq	a5,a4,ffffffc08020441c <page_free+0x6c>
  c->pcp.pages[c->pcp.count++] = va;
ffffffc0802043ec:	01078713          	add	a4,a5,16
ffffffc0802043f0:	070e                	sll	a4,a4,0x3
ffffffc0802043f2:	2785                	addw	a5,a5,1
ffffffc0802043f4:	08f92c23          	sw	a5,152(s2)
ffffffc0802043f8:	993a                	add	s2,s2,a4
ffffffc0802043fa:	02993023          	sd	s1,32(s2)
  pop_off();
ffffffc0802043fe:	124020ef          	jal	ffffffc080206522 <pop_off>
ffffffc080204402:	8792                	mv	a5,tp
ffffffc080204404:	4705                	li	a4,1
ffffffc080204406:	2b878793          	add	a5,a5,696
ffffffc08020440a:	00e7b02f          	amoadd.d	zero,a4,(a5)
}
ffffffc08020440e:	70a2                	ld	ra,40(sp)
ffffffc080204410:	7402                	ld	s0,32(sp)
ffffffc080204412:	64e2                	ld	s1,24(sp)
ffffffc080204414:	6942                	ld	s2,16(sp)
ffffffc080204416:	69a2                	ld	s3,8(sp)
ffffffc080204418:	6145                	add	sp,sp,48
ffffffc08020441a:	8082                	ret
  spin_lock(&pool.lock);
ffffffc08020441c:	001ca997          	auipc	s3,0x1ca
ffffffc080204420:	61498993          	add	s3,s3,1556 # ffffffc0803cea30 <pool>
ffffffc080204424:	854e                	mv	a0,s3
ffffffc080204426:	04c020ef          	jal	ffffffc080206472 <spin_lock>
  for (int i = 0; i < PCP_BATCH; i++) {
ffffffc08020442a:	09892583          	lw	a1,152(s2)
ffffffc08020442e:	0189b703          	ld	a4,24(s3)
ffffffc080204432:	0209b503          	ld	a0,32(s3)
ffffffc080204436:	01358793          	add	a5,a1,19
ffffffc08020443a:	078e                	sll	a5,a5,0x3
ffffffc08020443c:	01278633          	add	a2,a5,s2
ffffffc080204440:	87b2                	mv	a5,a2
ffffffc080204442:	f0060613          	add	a2,a2,-256 # f00 <KERNEL_PA-0x801ff100>
    struct free_page *fp = c->pcp.pages[--c->pcp.count];
ffffffc080204446:	86ba                	mv	a3,a4
ffffffc080204448:	6398                	ld	a4,0(a5)
  for (int i = 0; i < PCP_BATCH; i++) {
ffffffc08020444a:	17e1                	add	a5,a5,-8
    fp->next = pool.head;
ffffffc08020444c:	e314                	sd	a3,0(a4)
  for (int i = 0; i < PCP_BATCH; i++) {
ffffffc08020444e:	fef61ce3          	bne	a2,a5,ffffffc080204446 <page_free+0x96>
    struct free_page *fp = c->pcp.pages[--c->pcp.count];
ffffffc080204452:	3581                	addw	a1,a1,-32
ffffffc080204454:	08b92c23          	sw	a1,152(s2)
ffffffc080204458:	e314                	sd	a3,0(a4)
    pool.count++;
ffffffc08020445a:	02050793          	add	a5,a0,32
  spin_unlock(&pool.lock);
ffffffc08020445e:	001ca517          	auipc	a0,0x1ca
ffffffc080204462:	5d250513          	add	a0,a0,1490 # ffffffc0803cea30 <pool>
ffffffc080204466:	00e9bc23          	sd	a4,24(s3)
ffffffc08020446a:	02f9b023          	sd	a5,32(s3)
ffffffc08020446e:	0fe020ef          	jal	ffffffc08020656c <spin_unlock>
ffffffc080204472:	8792                	mv	a5,tp
ffffffc080204474:	4705                	li	a4,1
ffffffc080204476:	30878793          	add	a5,a5,776
ffffffc08020447a:	00e7b02f          	amoadd.d	zero,a4,(a5)
  c->pcp.pages[c->pcp.count++] = va;
ffffffc08020447e:	09892783          	lw	a5,152(s2)
}
ffffffc080204482:	b7ad                	j	ffffffc0802043ec <page_free+0x3c>

ffffffc080204484 <kalloc_free_pages>:

uint64 kalloc_free_pages(void) {
ffffffc080204484:	1141                	add	sp,sp,-16
ffffffc080204486:	e422                	sd	s0,8(sp)
ffffffc080204488:	0800                	add	s0,sp,16
  uint64 n = __atomic_load_n(&pool.count, __ATOMIC_RELAXED);
  for (int i = 0; i < ncpu; i++)
ffffffc08020448a:	001b1597          	auipc	a1,0x1b1
ffffffc08020448e:	b7a58593          	add	a1,a1,-1158 # ffffffc0803b5004 <ncpu>
  uint64 n = __atomic_load_n(&pool.count, __ATOMIC_RELAXED);
ffffffc080204492:	001ca517          	auipc	a0,0x1ca
ffffffc080204496:	5be53503          	ld	a0,1470(a0) # ffffffc0803cea50 <pool+0x20>
  for (int i = 0; i < ncpu; i++)
ffffffc08020449a:	419c                	lw	a5,0(a1)
ffffffc08020449c:	00f05f63          	blez	a5,ffffffc0802044ba <kalloc_free_pages+0x36>
ffffffc0802044a0:	001ea717          	auipc	a4,0x1ea
ffffffc0802044a4:	67870713          	add	a4,a4,1656 # ffffffc0803eeb18 <cpus+0x98>
ffffffc0802044a8:	4781                	li	a5,0
    n += __atomic_load_n(&cpus[i].pcp.count, __ATOMIC_RELAXED);
ffffffc0802044aa:	4310                	lw	a2,0(a4)
  for (int i = 0; i < ncpu; i++)
ffffffc0802044ac:	4194                	lw	a3,0(a1)
ffffffc0802044ae:	2785                	addw	a5,a5,1
    n += __atomic_load_n(&cpus[i].pcp.count, __ATOMIC_RELAXED);
ffffffc0802044b0:	9532                	add	a0,a0,a2
  for (int i = 0; i < ncpu; i++)
ffffffc0802044b2:	34070713          	add	a4,a4,832
ffffffc0802044b6:	fed7cae3          	blt	a5,a3,ffffffc0802044aa <kalloc_free_pages+0x26>
  return n;
}
ffffffc0802044ba:	6422                	ld	s0,8(sp)
ffffffc0802044bc:	0141                	add	sp,sp,16
ffffffc0802044be:	8082                	ret

ffffffc0802044c0 <kalloc_total_pages>:

uint64 kalloc_total_pages(void) { return pool.total; }
ffffffc0802044c0:	1141                	add	sp,sp,-16
ffffffc0802044c2:	e422                	sd	s0,8(sp)
ffffffc0802044c4:	0800                	add	s0,sp,16
ffffffc0802044c6:	6422                	ld	s0,8(sp)
ffffffc0802044c8:	001ca517          	auipc	a0,0x1ca
ffffffc0802044cc:	59053503          	ld	a0,1424(a0) # ffffffc0803cea58 <pool+0x28>
ffffffc0802044d0:	0141                	add	sp,sp,16
ffffffc0802044d2:	8082                	ret

ffffffc0802044d4 <page_array_init>:

struct page *page_array;
uint64 page_first_pfn;
uint64 page_npages;

void page_array_init(uint64 mem_base, uint64 mem_size, uint64 array_pa) {
ffffffc0802044d4:	1141                	add	sp,sp,-16
ffffffc0802044d6:	e422                	sd	s0,8(sp)
ffffffc0802044d8:	0800                	add	s0,sp,16
  page_first_pfn = mem_base >> PGSHIFT;
  page_npages = mem_size >> PGSHIFT;
  page_array = P2V(array_pa);
ffffffc0802044da:	57fd                	li	a5,-1
  memset(page_array, 0, page_npages * sizeof(struct page));
}
ffffffc0802044dc:	6422                	ld	s0,8(sp)
  page_array = P2V(array_pa);
ffffffc0802044de:	179a                	sll	a5,a5,0x26
  page_npages = mem_size >> PGSHIFT;
ffffffc0802044e0:	00c5d713          	srl	a4,a1,0xc
  page_array = P2V(array_pa);
ffffffc0802044e4:	97b2                	add	a5,a5,a2
  page_first_pfn = mem_base >> PGSHIFT;
ffffffc0802044e6:	00c55693          	srl	a3,a0,0xc
ffffffc0802044ea:	001b6817          	auipc	a6,0x1b6
ffffffc0802044ee:	cad83323          	sd	a3,-858(a6) # ffffffc0803ba190 <page_first_pfn>
  memset(page_array, 0, page_npages * sizeof(struct page));
ffffffc0802044f2:	00271613          	sll	a2,a4,0x2
  page_npages = mem_size >> PGSHIFT;
ffffffc0802044f6:	001b6697          	auipc	a3,0x1b6
ffffffc0802044fa:	c8e6b923          	sd	a4,-878(a3) # ffffffc0803ba188 <page_npages>
  page_array = P2V(array_pa);
ffffffc0802044fe:	001b6717          	auipc	a4,0x1b6
ffffffc080204502:	c8f73d23          	sd	a5,-870(a4) # ffffffc0803ba198 <page_array>
  memset(page_array, 0, page_npages * sizeof(struct page));
ffffffc080204506:	4581                	li	a1,0
ffffffc080204508:	853e                	mv	a0,a5
}
ffffffc08020450a:	0141                	add	sp,sp,16
  memset(page_array, 0, page_npages * sizeof(struct page));
ffffffc08020450c:	d70ff06f          	j	ffffffc080203a7c <memset>

ffffffc080204510 <pa_to_page>:

struct page *pa_to_page(uint64 pa) {
  uint64 i = (pa >> PGSHIFT) - page_first_pfn;
ffffffc080204510:	001b6717          	auipc	a4,0x1b6
ffffffc080204514:	c8073703          	ld	a4,-896(a4) # ffffffc0803ba190 <page_first_pfn>
ffffffc080204518:	00c55793          	srl	a5,a0,0xc
ffffffc08020451c:	8f99                	sub	a5,a5,a4
  if (i >= page_npages)
ffffffc08020451e:	001b6717          	auipc	a4,0x1b6
ffffffc080204522:	c6a73703          	ld	a4,-918(a4) # ffffffc0803ba188 <page_npages>
ffffffc080204526:	00e7f963          	bgeu	a5,a4,ffffffc080204538 <pa_to_page+0x28>
    panic("pa_to_page: %p is not RAM", (void *)pa);
  return &page_array[i];
ffffffc08020452a:	078a                	sll	a5,a5,0x2
ffffffc08020452c:	001b6517          	auipc	a0,0x1b6
ffffffc080204530:	c6c53503          	ld	a0,-916(a0) # ffffffc0803ba198 <page_array>
}
ffffffc080204534:	953e                	add	a0,a0,a5
ffffffc080204536:	8082                	ret
struct page *pa_to_page(uint64 pa) {
ffffffc080204538:	1141                	add	sp,sp,-16
ffffffc08020453a:	e022                	sd	s0,0(sp)
ffffffc08020453c:	e406                	sd	ra,8(sp)
ffffffc08020453e:	0800                	add	s0,sp,16
    panic("pa_to_page: %p is not RAM", (void *)pa);
ffffffc080204540:	85aa                	mv	a1,a0
ffffffc080204542:	00004517          	auipc	a0,0x4
ffffffc080204546:	3ee50513          	add	a0,a0,1006 # ffffffc080208930 <__func__.0+0x330>
ffffffc08020454a:	c62ff0ef          	jal	ffffffc0802039ac <panic>

ffffffc08020454e <page_ref_put>:

bool page_ref_put(uint64 pa) {
ffffffc08020454e:	1141                	add	sp,sp,-16
ffffffc080204550:	e022                	sd	s0,0(sp)
ffffffc080204552:	e406                	sd	ra,8(sp)
ffffffc080204554:	0800                	add	s0,sp,16
  uint64 i = (pa >> PGSHIFT) - page_first_pfn;
ffffffc080204556:	001b6717          	auipc	a4,0x1b6
ffffffc08020455a:	c3a73703          	ld	a4,-966(a4) # ffffffc0803ba190 <page_first_pfn>
ffffffc08020455e:	00c55793          	srl	a5,a0,0xc
ffffffc080204562:	8f99                	sub	a5,a5,a4
  if (i >= page_npages)
ffffffc080204564:	001b6717          	auipc	a4,0x1b6
ffffffc080204568:	c2473703          	ld	a4,-988(a4) # ffffffc0803ba188 <page_npages>
ffffffc08020456c:	02e7ff63          	bgeu	a5,a4,ffffffc0802045aa <page_ref_put+0x5c>
  uint32 old = __atomic_fetch_sub(&pa_to_page(pa)->refs, 1, __ATOMIC_RELEASE);
ffffffc080204570:	001b6717          	auipc	a4,0x1b6
ffffffc080204574:	c2873703          	ld	a4,-984(a4) # ffffffc0803ba198 <page_array>
ffffffc080204578:	078a                	sll	a5,a5,0x2
ffffffc08020457a:	97ba                	add	a5,a5,a4
ffffffc08020457c:	56fd                	li	a3,-1
ffffffc08020457e:	0f50000f          	fence	iorw,ow
ffffffc080204582:	00d7a72f          	amoadd.w	a4,a3,(a5)
ffffffc080204586:	0007079b          	sext.w	a5,a4
  if (old == 0)
ffffffc08020458a:	c79d                	beqz	a5,ffffffc0802045b8 <page_ref_put+0x6a>
    panic("page_ref_put: reference count of page %p below zero", (void *)pa);
  if (old == 1) {
ffffffc08020458c:	4705                	li	a4,1
    __atomic_thread_fence(__ATOMIC_ACQUIRE);
    return true;
  }
  return false;
ffffffc08020458e:	4501                	li	a0,0
  if (old == 1) {
ffffffc080204590:	00e78663          	beq	a5,a4,ffffffc08020459c <page_ref_put+0x4e>
}
ffffffc080204594:	60a2                	ld	ra,8(sp)
ffffffc080204596:	6402                	ld	s0,0(sp)
ffffffc080204598:	0141                	add	sp,sp,16
ffffffc08020459a:	8082                	ret
    __atomic_thread_fence(__ATOMIC_ACQUIRE);
ffffffc08020459c:	0ff0000f          	fence
}
ffffffc0802045a0:	60a2                	ld	ra,8(sp)
ffffffc0802045a2:	6402                	ld	s0,0(sp)
    return true;
ffffffc0802045a4:	4505                	li	a0,1
}
ffffffc0802045a6:	0141                	add	sp,sp,16
ffffffc0802045a8:	8082                	ret
    panic("pa_to_page: %p is not RAM", (void *)pa);
ffffffc0802045aa:	85aa                	mv	a1,a0
ffffffc0802045ac:	00004517          	auipc	a0,0x4
ffffffc0802045b0:	38450513          	add	a0,a0,900 # ffffffc080208930 <__func__.0+0x330>
ffffffc0802045b4:	bf8ff0ef          	jal	ffffffc0802039ac <panic>
    panic("page_ref_put: reference count of page %p below zero", (void *)pa);
ffffffc0802045b8:	85aa                	mv	a1,a0
ffffffc0802045ba:	00004517          	auipc	a0,0x4
ffffffc0802045be:	39650513          	add	a0,a0,918 # ffffffc080208950 <__func__.0+0x350>
ffffffc0802045c2:	beaff0ef          	jal	ffffffc0802039ac <panic>

ffffffc0802045c6 <page_ref_init>:

void page_ref_init(uint64 pa) {
ffffffc0802045c6:	1141                	add	sp,sp,-16
ffffffc0802045c8:	e022                	sd	s0,0(sp)
ffffffc0802045ca:	e406                	sd	ra,8(sp)
ffffffc0802045cc:	0800                	add	s0,sp,16
  uint64 i = (pa >> PGSHIFT) - page_first_pfn;
ffffffc0802045ce:	001b6717          	auipc	a4,0x1b6
ffffffc0802045d2:	bc273703          	ld	a4,-1086(a4) # ffffffc0803ba190 <page_first_pfn>
ffffffc0802045d6:	00c55793          	srl	a5,a0,0xc
ffffffc0802045da:	8f99                	sub	a5,a5,a4
  if (i >= page_npages)
ffffffc0802045dc:	001b6717          	auipc	a4,0x1b6
ffffffc0802045e0:	bac73703          	ld	a4,-1108(a4) # ffffffc0803ba188 <page_npages>
ffffffc0802045e4:	02e7f163          	bgeu	a5,a4,ffffffc080204606 <page_ref_init+0x40>
  return &page_array[i];
ffffffc0802045e8:	001b6717          	auipc	a4,0x1b6
ffffffc0802045ec:	bb073703          	ld	a4,-1104(a4) # ffffffc0803ba198 <page_array>
ffffffc0802045f0:	078a                	sll	a5,a5,0x2
ffffffc0802045f2:	97ba                	add	a5,a5,a4
  struct page *pg = pa_to_page(pa);
  if (__atomic_load_n(&pg->refs, __ATOMIC_RELAXED) != 0)
ffffffc0802045f4:	4398                	lw	a4,0(a5)
ffffffc0802045f6:	ef19                	bnez	a4,ffffffc080204614 <page_ref_init+0x4e>
    panic("page_ref_init: free page %p has %u references", (void *)pa, pg->refs);
  /* Relaxed: nobody else can see a page that is being allocated. */
  __atomic_store_n(&pg->refs, 1, __ATOMIC_RELAXED);
ffffffc0802045f8:	4705                	li	a4,1
ffffffc0802045fa:	08e7a02f          	amoswap.w	zero,a4,(a5)
}
ffffffc0802045fe:	60a2                	ld	ra,8(sp)
ffffffc080204600:	6402                	ld	s0,0(sp)
ffffffc080204602:	0141                	add	sp,sp,16
ffffffc080204604:	8082                	ret
    panic("pa_to_page: %p is not RAM", (void *)pa);
ffffffc080204606:	85aa                	mv	a1,a0
ffffffc080204608:	00004517          	auipc	a0,0x4
ffffffc08020460c:	32850513          	add	a0,a0,808 # ffffffc080208930 <__func__.0+0x330>
ffffffc080204610:	b9cff0ef          	jal	ffffffc0802039ac <panic>
    panic("page_ref_init: free page %p has %u references", (void *)pa, pg->refs);
ffffffc080204614:	4390                	lw	a2,0(a5)
ffffffc080204616:	85aa                	mv	a1,a0
ffffffc080204618:	00004517          	auipc	a0,0x4
ffffffc08020461c:	37050513          	add	a0,a0,880 # ffffffc080208988 <__func__.0+0x388>
ffffffc080204620:	b8cff0ef          	jal	ffffffc0802039ac <panic>

ffffffc080204624 <copyout>:
  *dst += len;
  return 0;
}

int copyout(uint64 dst_uva, const void *src, size_t n) {
  if (dst_uva + n < dst_uva)
ffffffc080204624:	00c507b3          	add	a5,a0,a2
ffffffc080204628:	0aa7ee63          	bltu	a5,a0,ffffffc0802046e4 <copyout+0xc0>
int copyout(uint64 dst_uva, const void *src, size_t n) {
ffffffc08020462c:	711d                	add	sp,sp,-96
ffffffc08020462e:	e8a2                	sd	s0,80(sp)
ffffffc080204630:	e0ca                	sd	s2,64(sp)
ffffffc080204632:	fc4e                	sd	s3,56(sp)
ffffffc080204634:	f852                	sd	s4,48(sp)
ffffffc080204636:	f456                	sd	s5,40(sp)
ffffffc080204638:	f05a                	sd	s6,32(sp)
ffffffc08020463a:	ec5e                	sd	s7,24(sp)
ffffffc08020463c:	ec86                	sd	ra,88(sp)
ffffffc08020463e:	e4a6                	sd	s1,72(sp)
ffffffc080204640:	1080                	add	s0,sp,96
ffffffc080204642:	892a                	mv	s2,a0
ffffffc080204644:	89b2                	mv	s3,a2
ffffffc080204646:	8aae                	mv	s5,a1
    uint64 off = uva & (PGSIZE - 1);
ffffffc080204648:	6b05                	lui	s6,0x1
  struct vmspace *vs = current_vm();
ffffffc08020464a:	6d0010ef          	jal	ffffffc080205d1a <current_vm>
ffffffc08020464e:	8a2a                	mv	s4,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc080204650:	fffb0b93          	add	s7,s6,-1 # fff <KERNEL_PA-0x801ff001>
  while (n > 0) {
ffffffc080204654:	02099563          	bnez	s3,ffffffc08020467e <copyout+0x5a>
ffffffc080204658:	a895                	j	ffffffc0802046cc <copyout+0xa8>
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc08020465a:	0099f363          	bgeu	s3,s1,ffffffc080204660 <copyout+0x3c>
ffffffc08020465e:	84ce                	mv	s1,s3
  memcpy(kva, *src, len);
ffffffc080204660:	8626                	mv	a2,s1
ffffffc080204662:	c66ff0ef          	jal	ffffffc080203ac8 <memcpy>
    rw_read_unlock(&vs->lock);
ffffffc080204666:	8552                	mv	a0,s4
ffffffc080204668:	463010ef          	jal	ffffffc0802062ca <rw_read_unlock>
    if (oom)
ffffffc08020466c:	faf44783          	lbu	a5,-81(s0)
  *src += len;
ffffffc080204670:	9aa6                	add	s5,s5,s1
    if (oom)
ffffffc080204672:	e7a9                	bnez	a5,ffffffc0802046bc <copyout+0x98>
    n -= len;
ffffffc080204674:	409989b3          	sub	s3,s3,s1
    uva += len;
ffffffc080204678:	9926                	add	s2,s2,s1
  while (n > 0) {
ffffffc08020467a:	04098963          	beqz	s3,ffffffc0802046cc <copyout+0xa8>
    rw_read_lock(&vs->lock);
ffffffc08020467e:	8552                	mv	a0,s4
ffffffc080204680:	401010ef          	jal	ffffffc080206280 <rw_read_lock>
    char *page = vm_user_page(vs, uva, acc, &oom);
ffffffc080204684:	85ca                	mv	a1,s2
ffffffc080204686:	faf40693          	add	a3,s0,-81
ffffffc08020468a:	4605                	li	a2,1
ffffffc08020468c:	8552                	mv	a0,s4
ffffffc08020468e:	b35ff0ef          	jal	ffffffc0802041c2 <vm_user_page>
    uint64 off = uva & (PGSIZE - 1);
ffffffc080204692:	017974b3          	and	s1,s2,s7
    char *page = vm_user_page(vs, uva, acc, &oom);
ffffffc080204696:	87aa                	mv	a5,a0
  memcpy(kva, *src, len);
ffffffc080204698:	85d6                	mv	a1,s5
ffffffc08020469a:	9526                	add	a0,a0,s1
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc08020469c:	409b04b3          	sub	s1,s6,s1
    int r = page ? fn(page + off, len, arg) : -1;
ffffffc0802046a0:	ffcd                	bnez	a5,ffffffc08020465a <copyout+0x36>
    rw_read_unlock(&vs->lock);
ffffffc0802046a2:	8552                	mv	a0,s4
ffffffc0802046a4:	427010ef          	jal	ffffffc0802062ca <rw_read_unlock>
    if (oom)
ffffffc0802046a8:	faf44783          	lbu	a5,-81(s0)
ffffffc0802046ac:	e399                	bnez	a5,ffffffc0802046b2 <copyout+0x8e>
    return -1;
ffffffc0802046ae:	557d                	li	a0,-1
ffffffc0802046b0:	a839                	j	ffffffc0802046ce <copyout+0xaa>
      current_kill_oom(uva);
ffffffc0802046b2:	854a                	mv	a0,s2
ffffffc0802046b4:	67c010ef          	jal	ffffffc080205d30 <current_kill_oom>
    return -1;
ffffffc0802046b8:	557d                	li	a0,-1
ffffffc0802046ba:	a811                	j	ffffffc0802046ce <copyout+0xaa>
      current_kill_oom(uva);
ffffffc0802046bc:	854a                	mv	a0,s2
    n -= len;
ffffffc0802046be:	409989b3          	sub	s3,s3,s1
      current_kill_oom(uva);
ffffffc0802046c2:	66e010ef          	jal	ffffffc080205d30 <current_kill_oom>
    uva += len;
ffffffc0802046c6:	9926                	add	s2,s2,s1
  while (n > 0) {
ffffffc0802046c8:	fa099be3          	bnez	s3,ffffffc08020467e <copyout+0x5a>
  return 0;
ffffffc0802046cc:	4501                	li	a0,0
  return for_each_piece(dst_uva, n, ACC_WRITE, put_piece, &src);
}
ffffffc0802046ce:	60e6                	ld	ra,88(sp)
ffffffc0802046d0:	6446                	ld	s0,80(sp)
ffffffc0802046d2:	64a6                	ld	s1,72(sp)
ffffffc0802046d4:	6906                	ld	s2,64(sp)
ffffffc0802046d6:	79e2                	ld	s3,56(sp)
ffffffc0802046d8:	7a42                	ld	s4,48(sp)
ffffffc0802046da:	7aa2                	ld	s5,40(sp)
ffffffc0802046dc:	7b02                	ld	s6,32(sp)
ffffffc0802046de:	6be2                	ld	s7,24(sp)
ffffffc0802046e0:	6125                	add	sp,sp,96
ffffffc0802046e2:	8082                	ret
    return -1;
ffffffc0802046e4:	557d                	li	a0,-1
}
ffffffc0802046e6:	8082                	ret

ffffffc0802046e8 <copyin>:

int copyin(void *dst, uint64 src_uva, size_t n) {
  if (src_uva + n < src_uva)
ffffffc0802046e8:	00c587b3          	add	a5,a1,a2
ffffffc0802046ec:	0ab7ef63          	bltu	a5,a1,ffffffc0802047aa <copyin+0xc2>
int copyin(void *dst, uint64 src_uva, size_t n) {
ffffffc0802046f0:	711d                	add	sp,sp,-96
ffffffc0802046f2:	e8a2                	sd	s0,80(sp)
ffffffc0802046f4:	e0ca                	sd	s2,64(sp)
ffffffc0802046f6:	fc4e                	sd	s3,56(sp)
ffffffc0802046f8:	f852                	sd	s4,48(sp)
ffffffc0802046fa:	f456                	sd	s5,40(sp)
ffffffc0802046fc:	f05a                	sd	s6,32(sp)
ffffffc0802046fe:	ec5e                	sd	s7,24(sp)
ffffffc080204700:	ec86                	sd	ra,88(sp)
ffffffc080204702:	e4a6                	sd	s1,72(sp)
ffffffc080204704:	1080                	add	s0,sp,96
ffffffc080204706:	892e                	mv	s2,a1
ffffffc080204708:	89b2                	mv	s3,a2
ffffffc08020470a:	8aaa                	mv	s5,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc08020470c:	6b05                	lui	s6,0x1
  struct vmspace *vs = current_vm();
ffffffc08020470e:	60c010ef          	jal	ffffffc080205d1a <current_vm>
ffffffc080204712:	8a2a                	mv	s4,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc080204714:	fffb0b93          	add	s7,s6,-1 # fff <KERNEL_PA-0x801ff001>
  while (n > 0) {
ffffffc080204718:	02099563          	bnez	s3,ffffffc080204742 <copyin+0x5a>
ffffffc08020471c:	a89d                	j	ffffffc080204792 <copyin+0xaa>
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc08020471e:	0099f363          	bgeu	s3,s1,ffffffc080204724 <copyin+0x3c>
ffffffc080204722:	84ce                	mv	s1,s3
  memcpy(*dst, kva, len);
ffffffc080204724:	8626                	mv	a2,s1
ffffffc080204726:	ba2ff0ef          	jal	ffffffc080203ac8 <memcpy>
    rw_read_unlock(&vs->lock);
ffffffc08020472a:	8552                	mv	a0,s4
ffffffc08020472c:	39f010ef          	jal	ffffffc0802062ca <rw_read_unlock>
    if (oom)
ffffffc080204730:	faf44783          	lbu	a5,-81(s0)
  *dst += len;
ffffffc080204734:	9aa6                	add	s5,s5,s1
    if (oom)
ffffffc080204736:	e7b1                	bnez	a5,ffffffc080204782 <copyin+0x9a>
    n -= len;
ffffffc080204738:	409989b3          	sub	s3,s3,s1
    uva += len;
ffffffc08020473c:	9926                	add	s2,s2,s1
  while (n > 0) {
ffffffc08020473e:	04098a63          	beqz	s3,ffffffc080204792 <copyin+0xaa>
    rw_read_lock(&vs->lock);
ffffffc080204742:	8552                	mv	a0,s4
ffffffc080204744:	33d010ef          	jal	ffffffc080206280 <rw_read_lock>
    char *page = vm_user_page(vs, uva, acc, &oom);
ffffffc080204748:	85ca                	mv	a1,s2
ffffffc08020474a:	faf40693          	add	a3,s0,-81
ffffffc08020474e:	4601                	li	a2,0
ffffffc080204750:	8552                	mv	a0,s4
ffffffc080204752:	a71ff0ef          	jal	ffffffc0802041c2 <vm_user_page>
ffffffc080204756:	87aa                	mv	a5,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc080204758:	017974b3          	and	s1,s2,s7
  memcpy(*dst, kva, len);
ffffffc08020475c:	009785b3          	add	a1,a5,s1
ffffffc080204760:	8556                	mv	a0,s5
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204762:	409b04b3          	sub	s1,s6,s1
    int r = page ? fn(page + off, len, arg) : -1;
ffffffc080204766:	ffc5                	bnez	a5,ffffffc08020471e <copyin+0x36>
    rw_read_unlock(&vs->lock);
ffffffc080204768:	8552                	mv	a0,s4
ffffffc08020476a:	361010ef          	jal	ffffffc0802062ca <rw_read_unlock>
    if (oom)
ffffffc08020476e:	faf44783          	lbu	a5,-81(s0)
ffffffc080204772:	e399                	bnez	a5,ffffffc080204778 <copyin+0x90>
    return -1;
ffffffc080204774:	557d                	li	a0,-1
ffffffc080204776:	a839                	j	ffffffc080204794 <copyin+0xac>
      current_kill_oom(uva);
ffffffc080204778:	854a                	mv	a0,s2
ffffffc08020477a:	5b6010ef          	jal	ffffffc080205d30 <current_kill_oom>
    return -1;
ffffffc08020477e:	557d                	li	a0,-1
ffffffc080204780:	a811                	j	ffffffc080204794 <copyin+0xac>
      current_kill_oom(uva);
ffffffc080204782:	854a                	mv	a0,s2
    n -= len;
ffffffc080204784:	409989b3          	sub	s3,s3,s1
      current_kill_oom(uva);
ffffffc080204788:	5a8010ef          	jal	ffffffc080205d30 <current_kill_oom>
    uva += len;
ffffffc08020478c:	9926                	add	s2,s2,s1
  while (n > 0) {
ffffffc08020478e:	fa099ae3          	bnez	s3,ffffffc080204742 <copyin+0x5a>
  return 0;
ffffffc080204792:	4501                	li	a0,0
  return for_each_piece(src_uva, n, ACC_READ, get_piece, &dst);
}
ffffffc080204794:	60e6                	ld	ra,88(sp)
ffffffc080204796:	6446                	ld	s0,80(sp)
ffffffc080204798:	64a6                	ld	s1,72(sp)
ffffffc08020479a:	6906                	ld	s2,64(sp)
ffffffc08020479c:	79e2                	ld	s3,56(sp)
ffffffc08020479e:	7a42                	ld	s4,48(sp)
ffffffc0802047a0:	7aa2                	ld	s5,40(sp)
ffffffc0802047a2:	7b02                	ld	s6,32(sp)
ffffffc0802047a4:	6be2                	ld	s7,24(sp)
ffffffc0802047a6:	6125                	add	sp,sp,96
ffffffc0802047a8:	8082                	ret
    return -1;
ffffffc0802047aa:	557d                	li	a0,-1
}
ffffffc0802047ac:	8082                	ret

ffffffc0802047ae <copyinstr>:
  return 0;
}

int copyinstr(char *dst, uint64 src_uva, size_t max) {
  struct str_state s = {dst, 0, false};
  if (max == 0 || src_uva + max < src_uva)
ffffffc0802047ae:	0e060963          	beqz	a2,ffffffc0802048a0 <copyinstr+0xf2>
int copyinstr(char *dst, uint64 src_uva, size_t max) {
ffffffc0802047b2:	7159                	add	sp,sp,-112
ffffffc0802047b4:	f0a2                	sd	s0,96(sp)
ffffffc0802047b6:	e8ca                	sd	s2,80(sp)
ffffffc0802047b8:	f062                	sd	s8,32(sp)
ffffffc0802047ba:	f486                	sd	ra,104(sp)
ffffffc0802047bc:	eca6                	sd	s1,88(sp)
ffffffc0802047be:	e4ce                	sd	s3,72(sp)
ffffffc0802047c0:	e0d2                	sd	s4,64(sp)
ffffffc0802047c2:	fc56                	sd	s5,56(sp)
ffffffc0802047c4:	f85a                	sd	s6,48(sp)
ffffffc0802047c6:	f45e                	sd	s7,40(sp)
ffffffc0802047c8:	ec66                	sd	s9,24(sp)
ffffffc0802047ca:	1880                	add	s0,sp,112
  if (max == 0 || src_uva + max < src_uva)
ffffffc0802047cc:	00b607b3          	add	a5,a2,a1
ffffffc0802047d0:	8c32                	mv	s8,a2
ffffffc0802047d2:	892e                	mv	s2,a1
ffffffc0802047d4:	0ab7eb63          	bltu	a5,a1,ffffffc08020488a <copyinstr+0xdc>
ffffffc0802047d8:	8baa                	mv	s7,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc0802047da:	6a05                	lui	s4,0x1
  struct vmspace *vs = current_vm();
ffffffc0802047dc:	53e010ef          	jal	ffffffc080205d1a <current_vm>
ffffffc0802047e0:	89aa                	mv	s3,a0
  struct str_state s = {dst, 0, false};
ffffffc0802047e2:	4b01                	li	s6,0
    uint64 off = uva & (PGSIZE - 1);
ffffffc0802047e4:	fffa0a93          	add	s5,s4,-1 # fff <KERNEL_PA-0x801ff001>
    rw_read_lock(&vs->lock);
ffffffc0802047e8:	854e                	mv	a0,s3
ffffffc0802047ea:	297010ef          	jal	ffffffc080206280 <rw_read_lock>
    char *page = vm_user_page(vs, uva, acc, &oom);
ffffffc0802047ee:	f9f40693          	add	a3,s0,-97
ffffffc0802047f2:	4601                	li	a2,0
ffffffc0802047f4:	85ca                	mv	a1,s2
ffffffc0802047f6:	854e                	mv	a0,s3
ffffffc0802047f8:	9cbff0ef          	jal	ffffffc0802041c2 <vm_user_page>
    int r = page ? fn(page + off, len, arg) : -1;
ffffffc0802047fc:	c149                	beqz	a0,ffffffc08020487e <copyinstr+0xd0>
    uint64 off = uva & (PGSIZE - 1);
ffffffc0802047fe:	015976b3          	and	a3,s2,s5
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204802:	40da0cb3          	sub	s9,s4,a3
ffffffc080204806:	019c7363          	bgeu	s8,s9,ffffffc08020480c <copyinstr+0x5e>
ffffffc08020480a:	8ce2                	mv	s9,s8
ffffffc08020480c:	84da                	mv	s1,s6
ffffffc08020480e:	016c85b3          	add	a1,s9,s6
ffffffc080204812:	416686b3          	sub	a3,a3,s6
ffffffc080204816:	a021                	j	ffffffc08020481e <copyinstr+0x70>
    s->len++;
ffffffc080204818:	0485                	add	s1,s1,1
  for (size_t i = 0; i < len; i++) {
ffffffc08020481a:	04958563          	beq	a1,s1,ffffffc080204864 <copyinstr+0xb6>
    s->dst[s->len] = kva[i];
ffffffc08020481e:	009687b3          	add	a5,a3,s1
ffffffc080204822:	97aa                	add	a5,a5,a0
ffffffc080204824:	0007c783          	lbu	a5,0(a5)
ffffffc080204828:	009b8733          	add	a4,s7,s1
ffffffc08020482c:	00f70023          	sb	a5,0(a4)
    if (kva[i] == 0) {
ffffffc080204830:	f7e5                	bnez	a5,ffffffc080204818 <copyinstr+0x6a>
    rw_read_unlock(&vs->lock);
ffffffc080204832:	854e                	mv	a0,s3
ffffffc080204834:	297010ef          	jal	ffffffc0802062ca <rw_read_unlock>
    if (oom)
ffffffc080204838:	f9f44783          	lbu	a5,-97(s0)
ffffffc08020483c:	e385                	bnez	a5,ffffffc08020485c <copyinstr+0xae>
    return -1;
  if (for_each_piece(src_uva, max, ACC_READ, str_piece, &s) < 0 || !s.done)
    return -1;
  return s.len;
ffffffc08020483e:	0004851b          	sext.w	a0,s1
}
ffffffc080204842:	70a6                	ld	ra,104(sp)
ffffffc080204844:	7406                	ld	s0,96(sp)
ffffffc080204846:	64e6                	ld	s1,88(sp)
ffffffc080204848:	6946                	ld	s2,80(sp)
ffffffc08020484a:	69a6                	ld	s3,72(sp)
ffffffc08020484c:	6a06                	ld	s4,64(sp)
ffffffc08020484e:	7ae2                	ld	s5,56(sp)
ffffffc080204850:	7b42                	ld	s6,48(sp)
ffffffc080204852:	7ba2                	ld	s7,40(sp)
ffffffc080204854:	7c02                	ld	s8,32(sp)
ffffffc080204856:	6ce2                	ld	s9,24(sp)
ffffffc080204858:	6165                	add	sp,sp,112
ffffffc08020485a:	8082                	ret
      current_kill_oom(uva);
ffffffc08020485c:	854a                	mv	a0,s2
ffffffc08020485e:	4d2010ef          	jal	ffffffc080205d30 <current_kill_oom>
    if (r > 0) /* fn says stop (string end) */
ffffffc080204862:	bff1                	j	ffffffc08020483e <copyinstr+0x90>
    rw_read_unlock(&vs->lock);
ffffffc080204864:	854e                	mv	a0,s3
ffffffc080204866:	265010ef          	jal	ffffffc0802062ca <rw_read_unlock>
    if (oom)
ffffffc08020486a:	f9f44783          	lbu	a5,-97(s0)
ffffffc08020486e:	e78d                	bnez	a5,ffffffc080204898 <copyinstr+0xea>
    n -= len;
ffffffc080204870:	419c0c33          	sub	s8,s8,s9
    uva += len;
ffffffc080204874:	9966                	add	s2,s2,s9
  while (n > 0) {
ffffffc080204876:	000c0a63          	beqz	s8,ffffffc08020488a <copyinstr+0xdc>
    s->len++;
ffffffc08020487a:	8b26                	mv	s6,s1
ffffffc08020487c:	b7b5                	j	ffffffc0802047e8 <copyinstr+0x3a>
    rw_read_unlock(&vs->lock);
ffffffc08020487e:	854e                	mv	a0,s3
ffffffc080204880:	24b010ef          	jal	ffffffc0802062ca <rw_read_unlock>
    if (oom)
ffffffc080204884:	f9f44783          	lbu	a5,-97(s0)
ffffffc080204888:	e399                	bnez	a5,ffffffc08020488e <copyinstr+0xe0>
    return -1;
ffffffc08020488a:	557d                	li	a0,-1
ffffffc08020488c:	bf5d                	j	ffffffc080204842 <copyinstr+0x94>
      current_kill_oom(uva);
ffffffc08020488e:	854a                	mv	a0,s2
ffffffc080204890:	4a0010ef          	jal	ffffffc080205d30 <current_kill_oom>
    return -1;
ffffffc080204894:	557d                	li	a0,-1
ffffffc080204896:	b775                	j	ffffffc080204842 <copyinstr+0x94>
      current_kill_oom(uva);
ffffffc080204898:	854a                	mv	a0,s2
ffffffc08020489a:	496010ef          	jal	ffffffc080205d30 <current_kill_oom>
    if (r > 0) /* fn says stop (string end) */
ffffffc08020489e:	bfc9                	j	ffffffc080204870 <copyinstr+0xc2>
    return -1;
ffffffc0802048a0:	557d                	li	a0,-1
}
ffffffc0802048a2:	8082                	ret

ffffffc0802048a4 <either_copyout>:

int either_copyout(int user_dst, uint64 dst, const void *src, size_t n) {
ffffffc0802048a4:	711d                	add	sp,sp,-96
ffffffc0802048a6:	e8a2                	sd	s0,80(sp)
ffffffc0802048a8:	e0ca                	sd	s2,64(sp)
ffffffc0802048aa:	fc4e                	sd	s3,56(sp)
ffffffc0802048ac:	f852                	sd	s4,48(sp)
ffffffc0802048ae:	ec86                	sd	ra,88(sp)
ffffffc0802048b0:	e4a6                	sd	s1,72(sp)
ffffffc0802048b2:	f456                	sd	s5,40(sp)
ffffffc0802048b4:	f05a                	sd	s6,32(sp)
ffffffc0802048b6:	ec5e                	sd	s7,24(sp)
ffffffc0802048b8:	1080                	add	s0,sp,96
ffffffc0802048ba:	892e                	mv	s2,a1
ffffffc0802048bc:	8a32                	mv	s4,a2
ffffffc0802048be:	89b6                	mv	s3,a3
  if (user_dst)
ffffffc0802048c0:	e115                	bnez	a0,ffffffc0802048e4 <either_copyout+0x40>
    return copyout(dst, src, n);
  memmove((void *)dst, src, n);
ffffffc0802048c2:	8636                	mv	a2,a3
ffffffc0802048c4:	85d2                	mv	a1,s4
ffffffc0802048c6:	854a                	mv	a0,s2
ffffffc0802048c8:	a5eff0ef          	jal	ffffffc080203b26 <memmove>
  return 0;
ffffffc0802048cc:	4501                	li	a0,0
  return 0;
}
ffffffc0802048ce:	60e6                	ld	ra,88(sp)
ffffffc0802048d0:	6446                	ld	s0,80(sp)
ffffffc0802048d2:	64a6                	ld	s1,72(sp)
ffffffc0802048d4:	6906                	ld	s2,64(sp)
ffffffc0802048d6:	79e2                	ld	s3,56(sp)
ffffffc0802048d8:	7a42                	ld	s4,48(sp)
ffffffc0802048da:	7aa2                	ld	s5,40(sp)
ffffffc0802048dc:	7b02                	ld	s6,32(sp)
ffffffc0802048de:	6be2                	ld	s7,24(sp)
ffffffc0802048e0:	6125                	add	sp,sp,96
ffffffc0802048e2:	8082                	ret
  if (dst_uva + n < dst_uva)
ffffffc0802048e4:	00d587b3          	add	a5,a1,a3
ffffffc0802048e8:	06b7e563          	bltu	a5,a1,ffffffc080204952 <either_copyout+0xae>
  struct vmspace *vs = current_vm();
ffffffc0802048ec:	42e010ef          	jal	ffffffc080205d1a <current_vm>
    uint64 off = uva & (PGSIZE - 1);
ffffffc0802048f0:	6b05                	lui	s6,0x1
  struct vmspace *vs = current_vm();
ffffffc0802048f2:	8aaa                	mv	s5,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc0802048f4:	fffb0b93          	add	s7,s6,-1 # fff <KERNEL_PA-0x801ff001>
  while (n > 0) {
ffffffc0802048f8:	02099563          	bnez	s3,ffffffc080204922 <either_copyout+0x7e>
ffffffc0802048fc:	bfc1                	j	ffffffc0802048cc <either_copyout+0x28>
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc0802048fe:	0099f363          	bgeu	s3,s1,ffffffc080204904 <either_copyout+0x60>
ffffffc080204902:	84ce                	mv	s1,s3
  memcpy(kva, *src, len);
ffffffc080204904:	8626                	mv	a2,s1
ffffffc080204906:	9c2ff0ef          	jal	ffffffc080203ac8 <memcpy>
    rw_read_unlock(&vs->lock);
ffffffc08020490a:	8556                	mv	a0,s5
ffffffc08020490c:	1bf010ef          	jal	ffffffc0802062ca <rw_read_unlock>
    if (oom)
ffffffc080204910:	faf44783          	lbu	a5,-81(s0)
  *src += len;
ffffffc080204914:	9a26                	add	s4,s4,s1
    if (oom)
ffffffc080204916:	e7a9                	bnez	a5,ffffffc080204960 <either_copyout+0xbc>
    n -= len;
ffffffc080204918:	409989b3          	sub	s3,s3,s1
    uva += len;
ffffffc08020491c:	9926                	add	s2,s2,s1
  while (n > 0) {
ffffffc08020491e:	fa0987e3          	beqz	s3,ffffffc0802048cc <either_copyout+0x28>
    rw_read_lock(&vs->lock);
ffffffc080204922:	8556                	mv	a0,s5
ffffffc080204924:	15d010ef          	jal	ffffffc080206280 <rw_read_lock>
    char *page = vm_user_page(vs, uva, acc, &oom);
ffffffc080204928:	85ca                	mv	a1,s2
ffffffc08020492a:	faf40693          	add	a3,s0,-81
ffffffc08020492e:	4605                	li	a2,1
ffffffc080204930:	8556                	mv	a0,s5
ffffffc080204932:	891ff0ef          	jal	ffffffc0802041c2 <vm_user_page>
    uint64 off = uva & (PGSIZE - 1);
ffffffc080204936:	017974b3          	and	s1,s2,s7
    char *page = vm_user_page(vs, uva, acc, &oom);
ffffffc08020493a:	87aa                	mv	a5,a0
  memcpy(kva, *src, len);
ffffffc08020493c:	85d2                	mv	a1,s4
ffffffc08020493e:	9526                	add	a0,a0,s1
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204940:	409b04b3          	sub	s1,s6,s1
    int r = page ? fn(page + off, len, arg) : -1;
ffffffc080204944:	ffcd                	bnez	a5,ffffffc0802048fe <either_copyout+0x5a>
    rw_read_unlock(&vs->lock);
ffffffc080204946:	8556                	mv	a0,s5
ffffffc080204948:	183010ef          	jal	ffffffc0802062ca <rw_read_unlock>
    if (oom)
ffffffc08020494c:	faf44783          	lbu	a5,-81(s0)
ffffffc080204950:	e399                	bnez	a5,ffffffc080204956 <either_copyout+0xb2>
    return -1;
ffffffc080204952:	557d                	li	a0,-1
ffffffc080204954:	bfad                	j	ffffffc0802048ce <either_copyout+0x2a>
      current_kill_oom(uva);
ffffffc080204956:	854a                	mv	a0,s2
ffffffc080204958:	3d8010ef          	jal	ffffffc080205d30 <current_kill_oom>
    return -1;
ffffffc08020495c:	557d                	li	a0,-1
ffffffc08020495e:	bf85                	j	ffffffc0802048ce <either_copyout+0x2a>
      current_kill_oom(uva);
ffffffc080204960:	854a                	mv	a0,s2
ffffffc080204962:	3ce010ef          	jal	ffffffc080205d30 <current_kill_oom>
    if (r < 0)
ffffffc080204966:	bf4d                	j	ffffffc080204918 <either_copyout+0x74>

ffffffc080204968 <either_copyin>:

int either_copyin(void *dst, int user_src, uint64 src, size_t n) {
ffffffc080204968:	711d                	add	sp,sp,-96
ffffffc08020496a:	e8a2                	sd	s0,80(sp)
ffffffc08020496c:	e0ca                	sd	s2,64(sp)
ffffffc08020496e:	fc4e                	sd	s3,56(sp)
ffffffc080204970:	ec86                	sd	ra,88(sp)
ffffffc080204972:	e4a6                	sd	s1,72(sp)
ffffffc080204974:	f852                	sd	s4,48(sp)
ffffffc080204976:	f456                	sd	s5,40(sp)
ffffffc080204978:	f05a                	sd	s6,32(sp)
ffffffc08020497a:	ec5e                	sd	s7,24(sp)
ffffffc08020497c:	1080                	add	s0,sp,96
ffffffc08020497e:	8932                	mv	s2,a2
ffffffc080204980:	89b6                	mv	s3,a3
  if (user_src)
ffffffc080204982:	e18d                	bnez	a1,ffffffc0802049a4 <either_copyin+0x3c>
    return copyin(dst, src, n);
  memmove(dst, (void *)src, n);
ffffffc080204984:	8636                	mv	a2,a3
ffffffc080204986:	85ca                	mv	a1,s2
ffffffc080204988:	99eff0ef          	jal	ffffffc080203b26 <memmove>
  return 0;
ffffffc08020498c:	4501                	li	a0,0
  return 0;
}
ffffffc08020498e:	60e6                	ld	ra,88(sp)
ffffffc080204990:	6446                	ld	s0,80(sp)
ffffffc080204992:	64a6                	ld	s1,72(sp)
ffffffc080204994:	6906                	ld	s2,64(sp)
ffffffc080204996:	79e2                	ld	s3,56(sp)
ffffffc080204998:	7a42                	ld	s4,48(sp)
ffffffc08020499a:	7aa2                	ld	s5,40(sp)
ffffffc08020499c:	7b02                	ld	s6,32(sp)
ffffffc08020499e:	6be2                	ld	s7,24(sp)
ffffffc0802049a0:	6125                	add	sp,sp,96
ffffffc0802049a2:	8082                	ret
  if (src_uva + n < src_uva)
ffffffc0802049a4:	00d607b3          	add	a5,a2,a3
ffffffc0802049a8:	06c7e763          	bltu	a5,a2,ffffffc080204a16 <either_copyin+0xae>
ffffffc0802049ac:	8a2a                	mv	s4,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc0802049ae:	6b05                	lui	s6,0x1
  struct vmspace *vs = current_vm();
ffffffc0802049b0:	36a010ef          	jal	ffffffc080205d1a <current_vm>
ffffffc0802049b4:	8aaa                	mv	s5,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc0802049b6:	fffb0b93          	add	s7,s6,-1 # fff <KERNEL_PA-0x801ff001>
  while (n > 0) {
ffffffc0802049ba:	02099563          	bnez	s3,ffffffc0802049e4 <either_copyin+0x7c>
ffffffc0802049be:	b7f9                	j	ffffffc08020498c <either_copyin+0x24>
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc0802049c0:	0099f363          	bgeu	s3,s1,ffffffc0802049c6 <either_copyin+0x5e>
ffffffc0802049c4:	84ce                	mv	s1,s3
  memcpy(*dst, kva, len);
ffffffc0802049c6:	8626                	mv	a2,s1
ffffffc0802049c8:	900ff0ef          	jal	ffffffc080203ac8 <memcpy>
    rw_read_unlock(&vs->lock);
ffffffc0802049cc:	8556                	mv	a0,s5
ffffffc0802049ce:	0fd010ef          	jal	ffffffc0802062ca <rw_read_unlock>
    if (oom)
ffffffc0802049d2:	faf44783          	lbu	a5,-81(s0)
  *dst += len;
ffffffc0802049d6:	9a26                	add	s4,s4,s1
    if (oom)
ffffffc0802049d8:	e7b1                	bnez	a5,ffffffc080204a24 <either_copyin+0xbc>
    n -= len;
ffffffc0802049da:	409989b3          	sub	s3,s3,s1
    uva += len;
ffffffc0802049de:	9926                	add	s2,s2,s1
  while (n > 0) {
ffffffc0802049e0:	fa0986e3          	beqz	s3,ffffffc08020498c <either_copyin+0x24>
    rw_read_lock(&vs->lock);
ffffffc0802049e4:	8556                	mv	a0,s5
ffffffc0802049e6:	09b010ef          	jal	ffffffc080206280 <rw_read_lock>
    char *page = vm_user_page(vs, uva, acc, &oom);
ffffffc0802049ea:	85ca                	mv	a1,s2
ffffffc0802049ec:	faf40693          	add	a3,s0,-81
ffffffc0802049f0:	4601                	li	a2,0
ffffffc0802049f2:	8556                	mv	a0,s5
ffffffc0802049f4:	fceff0ef          	jal	ffffffc0802041c2 <vm_user_page>
ffffffc0802049f8:	87aa                	mv	a5,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc0802049fa:	017974b3          	and	s1,s2,s7
  memcpy(*dst, kva, len);
ffffffc0802049fe:	009785b3          	add	a1,a5,s1
ffffffc080204a02:	8552                	mv	a0,s4
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204a04:	409b04b3          	sub	s1,s6,s1
    int r = page ? fn(page + off, len, arg) : -1;
ffffffc080204a08:	ffc5                	bnez	a5,ffffffc0802049c0 <either_copyin+0x58>
    rw_read_unlock(&vs->lock);
ffffffc080204a0a:	8556                	mv	a0,s5
ffffffc080204a0c:	0bf010ef          	jal	ffffffc0802062ca <rw_read_unlock>
    if (oom)
ffffffc080204a10:	faf44783          	lbu	a5,-81(s0)
ffffffc080204a14:	e399                	bnez	a5,ffffffc080204a1a <either_copyin+0xb2>
    return -1;
ffffffc080204a16:	557d                	li	a0,-1
ffffffc080204a18:	bf9d                	j	ffffffc08020498e <either_copyin+0x26>
      current_kill_oom(uva);
ffffffc080204a1a:	854a                	mv	a0,s2
ffffffc080204a1c:	314010ef          	jal	ffffffc080205d30 <current_kill_oom>
    return -1;
ffffffc080204a20:	557d                	li	a0,-1
ffffffc080204a22:	b7b5                	j	ffffffc08020498e <either_copyin+0x26>
      current_kill_oom(uva);
ffffffc080204a24:	854a                	mv	a0,s2
ffffffc080204a26:	30a010ef          	jal	ffffffc080205d30 <current_kill_oom>
    if (r < 0)
ffffffc080204a2a:	bf45                	j	ffffffc0802049da <either_copyin+0x72>

ffffffc080204a2c <shootdown_vs>:
    n -= chunk;
  }
  return 0;
}

static void shootdown_vs(void *arg) {
ffffffc080204a2c:	1141                	add	sp,sp,-16
ffffffc080204a2e:	e422                	sd	s0,8(sp)
ffffffc080204a30:	0800                	add	s0,sp,16
  struct vmspace *vs = arg;
  tlb_shootdown(__atomic_load_n(&vs->active, __ATOMIC_ACQUIRE), 0, TLB_FLUSH_EVERYTHING);
ffffffc080204a32:	7d68                	ld	a0,248(a0)
ffffffc080204a34:	0ff0000f          	fence
}
ffffffc080204a38:	6422                	ld	s0,8(sp)
  tlb_shootdown(__atomic_load_n(&vs->active, __ATOMIC_ACQUIRE), 0, TLB_FLUSH_EVERYTHING);
ffffffc080204a3a:	567d                	li	a2,-1
ffffffc080204a3c:	4581                	li	a1,0
}
ffffffc080204a3e:	0141                	add	sp,sp,16
  tlb_shootdown(__atomic_load_n(&vs->active, __ATOMIC_ACQUIRE), 0, TLB_FLUSH_EVERYTHING);
ffffffc080204a40:	8e4fc06f          	j	ffffffc080200b24 <tlb_shootdown>

ffffffc080204a44 <vm_fork_mode>:
int vm_fork_mode(void) { return __atomic_load_n(&fork_mode, __ATOMIC_RELAXED); }
ffffffc080204a44:	1141                	add	sp,sp,-16
ffffffc080204a46:	e422                	sd	s0,8(sp)
ffffffc080204a48:	0800                	add	s0,sp,16
ffffffc080204a4a:	001b0517          	auipc	a0,0x1b0
ffffffc080204a4e:	5b652503          	lw	a0,1462(a0) # ffffffc0803b5000 <fork_mode>
ffffffc080204a52:	6422                	ld	s0,8(sp)
ffffffc080204a54:	0141                	add	sp,sp,16
ffffffc080204a56:	8082                	ret

ffffffc080204a58 <vm_set_fork_mode>:
int vm_set_fork_mode(int mode) {
ffffffc080204a58:	1141                	add	sp,sp,-16
ffffffc080204a5a:	e422                	sd	s0,8(sp)
ffffffc080204a5c:	0800                	add	s0,sp,16
  return __atomic_exchange_n(&fork_mode, mode, __ATOMIC_RELAXED);
ffffffc080204a5e:	001b0797          	auipc	a5,0x1b0
ffffffc080204a62:	5a278793          	add	a5,a5,1442 # ffffffc0803b5000 <fork_mode>
ffffffc080204a66:	08a7a52f          	amoswap.w	a0,a0,(a5)
}
ffffffc080204a6a:	6422                	ld	s0,8(sp)
ffffffc080204a6c:	2501                	sext.w	a0,a0
ffffffc080204a6e:	0141                	add	sp,sp,16
ffffffc080204a70:	8082                	ret

ffffffc080204a72 <vm_create>:
struct vmspace *vm_create(void) {
ffffffc080204a72:	1101                	add	sp,sp,-32
ffffffc080204a74:	e822                	sd	s0,16(sp)
ffffffc080204a76:	ec06                	sd	ra,24(sp)
ffffffc080204a78:	e426                	sd	s1,8(sp)
ffffffc080204a7a:	1000                	add	s0,sp,32
  struct vmspace *vs = page_alloc_zeroed();
ffffffc080204a7c:	90fff0ef          	jal	ffffffc08020438a <page_alloc_zeroed>
  if (!vs)
ffffffc080204a80:	cd05                	beqz	a0,ffffffc080204ab8 <vm_create+0x46>
ffffffc080204a82:	84aa                	mv	s1,a0
  vs->pt = pmap_create();
ffffffc080204a84:	815fb0ef          	jal	ffffffc080200298 <pmap_create>
ffffffc080204a88:	e888                	sd	a0,16(s1)
  if (!vs->pt) {
ffffffc080204a8a:	c505                	beqz	a0,ffffffc080204ab2 <vm_create+0x40>
  rw_init(&vs->lock, "vmspace");
ffffffc080204a8c:	00004597          	auipc	a1,0x4
ffffffc080204a90:	f2c58593          	add	a1,a1,-212 # ffffffc0802089b8 <__func__.0+0x3b8>
ffffffc080204a94:	8526                	mv	a0,s1
ffffffc080204a96:	7d8010ef          	jal	ffffffc08020626e <rw_init>
  vs->stack_low = USTACK_TOP - USTACK_LIMIT;
ffffffc080204a9a:	040007b7          	lui	a5,0x4000
ffffffc080204a9e:	eff78793          	add	a5,a5,-257 # 3fffeff <KERNEL_PA-0x7c200101>
ffffffc080204aa2:	07b2                	sll	a5,a5,0xc
ffffffc080204aa4:	f8fc                	sd	a5,240(s1)
}
ffffffc080204aa6:	60e2                	ld	ra,24(sp)
ffffffc080204aa8:	6442                	ld	s0,16(sp)
ffffffc080204aaa:	8526                	mv	a0,s1
ffffffc080204aac:	64a2                	ld	s1,8(sp)
ffffffc080204aae:	6105                	add	sp,sp,32
ffffffc080204ab0:	8082                	ret
    page_free(vs);
ffffffc080204ab2:	8526                	mv	a0,s1
ffffffc080204ab4:	8fdff0ef          	jal	ffffffc0802043b0 <page_free>
    return NULL;
ffffffc080204ab8:	4481                	li	s1,0
ffffffc080204aba:	b7f5                	j	ffffffc080204aa6 <vm_create+0x34>

ffffffc080204abc <vm_destroy>:
void vm_destroy(struct vmspace *vs) {
ffffffc080204abc:	1101                	add	sp,sp,-32
ffffffc080204abe:	e822                	sd	s0,16(sp)
ffffffc080204ac0:	e426                	sd	s1,8(sp)
ffffffc080204ac2:	e04a                	sd	s2,0(sp)
ffffffc080204ac4:	ec06                	sd	ra,24(sp)
ffffffc080204ac6:	1000                	add	s0,sp,32
ffffffc080204ac8:	892a                	mv	s2,a0
  while (__atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) != 0)
ffffffc080204aca:	0f850493          	add	s1,a0,248
ffffffc080204ace:	a019                	j	ffffffc080204ad4 <vm_destroy+0x18>
    tlb_poll();
ffffffc080204ad0:	f9dfb0ef          	jal	ffffffc080200a6c <tlb_poll>
  while (__atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) != 0)
ffffffc080204ad4:	609c                	ld	a5,0(s1)
ffffffc080204ad6:	0ff0000f          	fence
ffffffc080204ada:	fbfd                	bnez	a5,ffffffc080204ad0 <vm_destroy+0x14>
  pmap_destroy(vs->pt);
ffffffc080204adc:	01093503          	ld	a0,16(s2)
ffffffc080204ae0:	927fb0ef          	jal	ffffffc080200406 <pmap_destroy>
}
ffffffc080204ae4:	6442                	ld	s0,16(sp)
ffffffc080204ae6:	60e2                	ld	ra,24(sp)
ffffffc080204ae8:	64a2                	ld	s1,8(sp)
  page_free(vs);
ffffffc080204aea:	854a                	mv	a0,s2
}
ffffffc080204aec:	6902                	ld	s2,0(sp)
ffffffc080204aee:	6105                	add	sp,sp,32
  page_free(vs);
ffffffc080204af0:	8c1ff06f          	j	ffffffc0802043b0 <page_free>

ffffffc080204af4 <vm_add_segment>:
  if (len == 0)
ffffffc080204af4:	10060963          	beqz	a2,ffffffc080204c06 <vm_add_segment+0x112>
int vm_add_segment(struct vmspace *vs, uint64 va, uint64 len, int prot) {
ffffffc080204af8:	715d                	add	sp,sp,-80
ffffffc080204afa:	e0a2                	sd	s0,64(sp)
ffffffc080204afc:	f44e                	sd	s3,40(sp)
ffffffc080204afe:	e486                	sd	ra,72(sp)
ffffffc080204b00:	fc26                	sd	s1,56(sp)
ffffffc080204b02:	f84a                	sd	s2,48(sp)
ffffffc080204b04:	f052                	sd	s4,32(sp)
ffffffc080204b06:	ec56                	sd	s5,24(sp)
ffffffc080204b08:	e85a                	sd	s6,16(sp)
ffffffc080204b0a:	e45e                	sd	s7,8(sp)
ffffffc080204b0c:	0880                	add	s0,sp,80
ffffffc080204b0e:	00c589b3          	add	s3,a1,a2
ffffffc080204b12:	0eb9e863          	bltu	s3,a1,ffffffc080204c02 <vm_add_segment+0x10e>
static uint64 heap_limit(struct vmspace *vs) { return vs->stack_low - PGSIZE; }
ffffffc080204b16:	7978                	ld	a4,240(a0)
ffffffc080204b18:	77fd                	lui	a5,0xfffff
ffffffc080204b1a:	8a2a                	mv	s4,a0
ffffffc080204b1c:	97ba                	add	a5,a5,a4
  if (end < va || end > heap_limit(vs) || vs->nseg == VM_MAX_SEGS)
ffffffc080204b1e:	0f37e263          	bltu	a5,s3,ffffffc080204c02 <vm_add_segment+0x10e>
ffffffc080204b22:	0d852503          	lw	a0,216(a0)
ffffffc080204b26:	47a1                	li	a5,8
ffffffc080204b28:	0cf50d63          	beq	a0,a5,ffffffc080204c02 <vm_add_segment+0x10e>
ffffffc080204b2c:	8ab6                	mv	s5,a3
  for (int i = 0; i < vs->nseg; i++)
ffffffc080204b2e:	00151613          	sll	a2,a0,0x1
ffffffc080204b32:	02a05163          	blez	a0,ffffffc080204b54 <vm_add_segment+0x60>
ffffffc080204b36:	00a606b3          	add	a3,a2,a0
ffffffc080204b3a:	018a0793          	add	a5,s4,24
ffffffc080204b3e:	068e                	sll	a3,a3,0x3
ffffffc080204b40:	96be                	add	a3,a3,a5
    if (va < vs->seg[i].end && vs->seg[i].start < end)
ffffffc080204b42:	6798                	ld	a4,8(a5)
ffffffc080204b44:	00e5f563          	bgeu	a1,a4,ffffffc080204b4e <vm_add_segment+0x5a>
ffffffc080204b48:	6398                	ld	a4,0(a5)
ffffffc080204b4a:	0b376c63          	bltu	a4,s3,ffffffc080204c02 <vm_add_segment+0x10e>
  for (int i = 0; i < vs->nseg; i++)
ffffffc080204b4e:	07e1                	add	a5,a5,24 # fffffffffffff018 <kernel_end+0x3f7fa05018>
ffffffc080204b50:	fed799e3          	bne	a5,a3,ffffffc080204b42 <vm_add_segment+0x4e>
  vs->seg[vs->nseg++] = (struct vm_seg){va, end, prot};
ffffffc080204b54:	00a607b3          	add	a5,a2,a0
ffffffc080204b58:	078e                	sll	a5,a5,0x3
ffffffc080204b5a:	2505                	addw	a0,a0,1
ffffffc080204b5c:	97d2                	add	a5,a5,s4
ffffffc080204b5e:	0caa2c23          	sw	a0,216(s4)
ffffffc080204b62:	ef8c                	sd	a1,24(a5)
ffffffc080204b64:	0337b023          	sd	s3,32(a5)
ffffffc080204b68:	0357a423          	sw	s5,40(a5)
  for (uint64 a = PGROUNDDOWN(va); a < end; a += PGSIZE) {
ffffffc080204b6c:	77fd                	lui	a5,0xfffff
ffffffc080204b6e:	00f5f4b3          	and	s1,a1,a5
ffffffc080204b72:	0534fa63          	bgeu	s1,s3,ffffffc080204bc6 <vm_add_segment+0xd2>
    if (pmap_enter(vs->pt, a, V2P(page), prot) < 0) {
ffffffc080204b76:	4b05                	li	s6,1
ffffffc080204b78:	1b1a                	sll	s6,s6,0x26
  for (uint64 a = PGROUNDDOWN(va); a < end; a += PGSIZE) {
ffffffc080204b7a:	6b85                	lui	s7,0x1
ffffffc080204b7c:	a015                	j	ffffffc080204ba0 <vm_add_segment+0xac>
    void *page = page_alloc_zeroed();
ffffffc080204b7e:	80dff0ef          	jal	ffffffc08020438a <page_alloc_zeroed>
    if (pmap_enter(vs->pt, a, V2P(page), prot) < 0) {
ffffffc080204b82:	85a6                	mv	a1,s1
ffffffc080204b84:	86d6                	mv	a3,s5
    void *page = page_alloc_zeroed();
ffffffc080204b86:	892a                	mv	s2,a0
    if (pmap_enter(vs->pt, a, V2P(page), prot) < 0) {
ffffffc080204b88:	01650633          	add	a2,a0,s6
    if (!page)
ffffffc080204b8c:	c93d                	beqz	a0,ffffffc080204c02 <vm_add_segment+0x10e>
    if (pmap_enter(vs->pt, a, V2P(page), prot) < 0) {
ffffffc080204b8e:	010a3503          	ld	a0,16(s4)
ffffffc080204b92:	fc0fb0ef          	jal	ffffffc080200352 <pmap_enter>
ffffffc080204b96:	06054363          	bltz	a0,ffffffc080204bfc <vm_add_segment+0x108>
  for (uint64 a = PGROUNDDOWN(va); a < end; a += PGSIZE) {
ffffffc080204b9a:	94de                	add	s1,s1,s7
ffffffc080204b9c:	0334f563          	bgeu	s1,s3,ffffffc080204bc6 <vm_add_segment+0xd2>
    pte_t *p = pmap_walk(vs->pt, a, false);
ffffffc080204ba0:	010a3503          	ld	a0,16(s4)
ffffffc080204ba4:	85a6                	mv	a1,s1
ffffffc080204ba6:	4601                	li	a2,0
ffffffc080204ba8:	f22fb0ef          	jal	ffffffc0802002ca <pmap_walk>
    if (p && pte_valid(*p)) { /* shares a page with an earlier segment */
ffffffc080204bac:	d969                	beqz	a0,ffffffc080204b7e <vm_add_segment+0x8a>
static inline bool pte_valid(pte_t pte) { return (pte & PTE_V) != 0; }
ffffffc080204bae:	611c                	ld	a5,0(a0)
ffffffc080204bb0:	8b85                	and	a5,a5,1
ffffffc080204bb2:	d7f1                	beqz	a5,ffffffc080204b7e <vm_add_segment+0x8a>
      pmap_add_prot(vs->pt, a, prot);
ffffffc080204bb4:	010a3503          	ld	a0,16(s4)
ffffffc080204bb8:	85a6                	mv	a1,s1
ffffffc080204bba:	8656                	mv	a2,s5
  for (uint64 a = PGROUNDDOWN(va); a < end; a += PGSIZE) {
ffffffc080204bbc:	94de                	add	s1,s1,s7
      pmap_add_prot(vs->pt, a, prot);
ffffffc080204bbe:	ff2fb0ef          	jal	ffffffc0802003b0 <pmap_add_prot>
  for (uint64 a = PGROUNDDOWN(va); a < end; a += PGSIZE) {
ffffffc080204bc2:	fd34efe3          	bltu	s1,s3,ffffffc080204ba0 <vm_add_segment+0xac>
  if (PGROUNDUP(end) > vs->heap_start)
ffffffc080204bc6:	6785                	lui	a5,0x1
ffffffc080204bc8:	17fd                	add	a5,a5,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc080204bca:	0e0a3703          	ld	a4,224(s4)
ffffffc080204bce:	99be                	add	s3,s3,a5
ffffffc080204bd0:	77fd                	lui	a5,0xfffff
ffffffc080204bd2:	00f9f9b3          	and	s3,s3,a5
ffffffc080204bd6:	01376e63          	bltu	a4,s3,ffffffc080204bf2 <vm_add_segment+0xfe>
    return 0;
ffffffc080204bda:	4501                	li	a0,0
}
ffffffc080204bdc:	60a6                	ld	ra,72(sp)
ffffffc080204bde:	6406                	ld	s0,64(sp)
ffffffc080204be0:	74e2                	ld	s1,56(sp)
ffffffc080204be2:	7942                	ld	s2,48(sp)
ffffffc080204be4:	79a2                	ld	s3,40(sp)
ffffffc080204be6:	7a02                	ld	s4,32(sp)
ffffffc080204be8:	6ae2                	ld	s5,24(sp)
ffffffc080204bea:	6b42                	ld	s6,16(sp)
ffffffc080204bec:	6ba2                	ld	s7,8(sp)
ffffffc080204bee:	6161                	add	sp,sp,80
ffffffc080204bf0:	8082                	ret
    vs->heap_start = vs->brk = PGROUNDUP(end);
ffffffc080204bf2:	0f3a3423          	sd	s3,232(s4)
ffffffc080204bf6:	0f3a3023          	sd	s3,224(s4)
ffffffc080204bfa:	b7c5                	j	ffffffc080204bda <vm_add_segment+0xe6>
      page_free(page);
ffffffc080204bfc:	854a                	mv	a0,s2
ffffffc080204bfe:	fb2ff0ef          	jal	ffffffc0802043b0 <page_free>
    return -1;
ffffffc080204c02:	557d                	li	a0,-1
ffffffc080204c04:	bfe1                	j	ffffffc080204bdc <vm_add_segment+0xe8>
    return 0;
ffffffc080204c06:	4501                	li	a0,0
}
ffffffc080204c08:	8082                	ret

ffffffc080204c0a <vm_write>:
  while (n > 0) {
ffffffc080204c0a:	cee1                	beqz	a3,ffffffc080204ce2 <vm_write+0xd8>
int vm_write(struct vmspace *vs, uint64 va, const void *src, uint64 n) {
ffffffc080204c0c:	7159                	add	sp,sp,-112
ffffffc080204c0e:	f0a2                	sd	s0,96(sp)
ffffffc080204c10:	eca6                	sd	s1,88(sp)
ffffffc080204c12:	e8ca                	sd	s2,80(sp)
ffffffc080204c14:	e4ce                	sd	s3,72(sp)
ffffffc080204c16:	e0d2                	sd	s4,64(sp)
ffffffc080204c18:	fc56                	sd	s5,56(sp)
ffffffc080204c1a:	f85a                	sd	s6,48(sp)
ffffffc080204c1c:	f45e                	sd	s7,40(sp)
ffffffc080204c1e:	ec66                	sd	s9,24(sp)
ffffffc080204c20:	e86a                	sd	s10,16(sp)
    pte_t *p = va < USER_TOP ? pmap_walk(vs->pt, va, false) : NULL;
ffffffc080204c22:	597d                	li	s2,-1
int vm_write(struct vmspace *vs, uint64 va, const void *src, uint64 n) {
ffffffc080204c24:	f486                	sd	ra,104(sp)
ffffffc080204c26:	f062                	sd	s8,32(sp)
ffffffc080204c28:	1880                	add	s0,sp,112
    uint64 off = va & (PGSIZE - 1), chunk = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204c2a:	6a05                	lui	s4,0x1
static inline uint64 pte_pa(pte_t pte) { return PTE2PA(pte); }
ffffffc080204c2c:	fff009b7          	lui	s3,0xfff00
    pte_t *p = va < USER_TOP ? pmap_walk(vs->pt, va, false) : NULL;
ffffffc080204c30:	01a95b13          	srl	s6,s2,0x1a
int vm_write(struct vmspace *vs, uint64 va, const void *src, uint64 n) {
ffffffc080204c34:	8d36                	mv	s10,a3
ffffffc080204c36:	8aaa                	mv	s5,a0
ffffffc080204c38:	8cae                	mv	s9,a1
ffffffc080204c3a:	84b2                	mv	s1,a2
    uint64 off = va & (PGSIZE - 1), chunk = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204c3c:	fffa0b93          	add	s7,s4,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc080204c40:	0089d993          	srl	s3,s3,0x8
    memcpy((char *)P2V(pte_pa(pte)) + off, src, chunk);
ffffffc080204c44:	191a                	sll	s2,s2,0x26
    pte_t *p = va < USER_TOP ? pmap_walk(vs->pt, va, false) : NULL;
ffffffc080204c46:	079b7663          	bgeu	s6,s9,ffffffc080204cb2 <vm_write+0xa8>
ffffffc080204c4a:	f8043c23          	sd	zero,-104(s0)
      if (vm_resolve(vs, va, ACC_WRITE, &p) != FAULT_OK)
ffffffc080204c4e:	85e6                	mv	a1,s9
ffffffc080204c50:	f9840693          	add	a3,s0,-104
ffffffc080204c54:	4605                	li	a2,1
ffffffc080204c56:	8556                	mv	a0,s5
ffffffc080204c58:	ac6ff0ef          	jal	ffffffc080203f1e <vm_resolve>
ffffffc080204c5c:	2501                	sext.w	a0,a0
ffffffc080204c5e:	e141                	bnez	a0,ffffffc080204cde <vm_write+0xd4>
static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc080204c60:	f9843783          	ld	a5,-104(s0)
ffffffc080204c64:	639c                	ld	a5,0(a5)
static inline uint64 pte_pa(pte_t pte) { return PTE2PA(pte); }
ffffffc080204c66:	00279513          	sll	a0,a5,0x2
    uint64 off = va & (PGSIZE - 1), chunk = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204c6a:	017cf733          	and	a4,s9,s7
ffffffc080204c6e:	01357533          	and	a0,a0,s3
    memcpy((char *)P2V(pte_pa(pte)) + off, src, chunk);
ffffffc080204c72:	8d59                	or	a0,a0,a4
    uint64 off = va & (PGSIZE - 1), chunk = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204c74:	40ea0c33          	sub	s8,s4,a4
    memcpy((char *)P2V(pte_pa(pte)) + off, src, chunk);
ffffffc080204c78:	85a6                	mv	a1,s1
ffffffc080204c7a:	954a                	add	a0,a0,s2
    uint64 off = va & (PGSIZE - 1), chunk = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204c7c:	018d7363          	bgeu	s10,s8,ffffffc080204c82 <vm_write+0x78>
ffffffc080204c80:	8c6a                	mv	s8,s10
    memcpy((char *)P2V(pte_pa(pte)) + off, src, chunk);
ffffffc080204c82:	8662                	mv	a2,s8
    n -= chunk;
ffffffc080204c84:	418d0d33          	sub	s10,s10,s8
    memcpy((char *)P2V(pte_pa(pte)) + off, src, chunk);
ffffffc080204c88:	e41fe0ef          	jal	ffffffc080203ac8 <memcpy>
    va += chunk;
ffffffc080204c8c:	9ce2                	add	s9,s9,s8
    src = (const char *)src + chunk;
ffffffc080204c8e:	94e2                	add	s1,s1,s8
  while (n > 0) {
ffffffc080204c90:	fa0d1be3          	bnez	s10,ffffffc080204c46 <vm_write+0x3c>
  return 0;
ffffffc080204c94:	4501                	li	a0,0
}
ffffffc080204c96:	70a6                	ld	ra,104(sp)
ffffffc080204c98:	7406                	ld	s0,96(sp)
ffffffc080204c9a:	64e6                	ld	s1,88(sp)
ffffffc080204c9c:	6946                	ld	s2,80(sp)
ffffffc080204c9e:	69a6                	ld	s3,72(sp)
ffffffc080204ca0:	6a06                	ld	s4,64(sp)
ffffffc080204ca2:	7ae2                	ld	s5,56(sp)
ffffffc080204ca4:	7b42                	ld	s6,48(sp)
ffffffc080204ca6:	7ba2                	ld	s7,40(sp)
ffffffc080204ca8:	7c02                	ld	s8,32(sp)
ffffffc080204caa:	6ce2                	ld	s9,24(sp)
ffffffc080204cac:	6d42                	ld	s10,16(sp)
ffffffc080204cae:	6165                	add	sp,sp,112
ffffffc080204cb0:	8082                	ret
    pte_t *p = va < USER_TOP ? pmap_walk(vs->pt, va, false) : NULL;
ffffffc080204cb2:	010ab503          	ld	a0,16(s5)
ffffffc080204cb6:	85e6                	mv	a1,s9
ffffffc080204cb8:	4601                	li	a2,0
ffffffc080204cba:	e10fb0ef          	jal	ffffffc0802002ca <pmap_walk>
ffffffc080204cbe:	f8a43c23          	sd	a0,-104(s0)
    pte_t pte = p ? pte_load(p) : 0;
ffffffc080204cc2:	d551                	beqz	a0,ffffffc080204c4e <vm_write+0x44>
static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc080204cc4:	611c                	ld	a5,0(a0)
    if (!pte_valid(pte)) {
ffffffc080204cc6:	0017f713          	and	a4,a5,1
ffffffc080204cca:	ff51                	bnez	a4,ffffffc080204c66 <vm_write+0x5c>
      if (vm_resolve(vs, va, ACC_WRITE, &p) != FAULT_OK)
ffffffc080204ccc:	85e6                	mv	a1,s9
ffffffc080204cce:	f9840693          	add	a3,s0,-104
ffffffc080204cd2:	4605                	li	a2,1
ffffffc080204cd4:	8556                	mv	a0,s5
ffffffc080204cd6:	a48ff0ef          	jal	ffffffc080203f1e <vm_resolve>
ffffffc080204cda:	2501                	sext.w	a0,a0
ffffffc080204cdc:	d151                	beqz	a0,ffffffc080204c60 <vm_write+0x56>
        return -1;
ffffffc080204cde:	557d                	li	a0,-1
ffffffc080204ce0:	bf5d                	j	ffffffc080204c96 <vm_write+0x8c>
  return 0;
ffffffc080204ce2:	4501                	li	a0,0
}
ffffffc080204ce4:	8082                	ret

ffffffc080204ce6 <vm_sbrk>:
    }
  }
  return 0;
}

int64 vm_sbrk(struct vmspace *vs, int64 n) {
ffffffc080204ce6:	7159                	add	sp,sp,-112
ffffffc080204ce8:	f0a2                	sd	s0,96(sp)
ffffffc080204cea:	eca6                	sd	s1,88(sp)
ffffffc080204cec:	e4ce                	sd	s3,72(sp)
ffffffc080204cee:	e0d2                	sd	s4,64(sp)
ffffffc080204cf0:	fc56                	sd	s5,56(sp)
ffffffc080204cf2:	f45e                	sd	s7,40(sp)
ffffffc080204cf4:	f486                	sd	ra,104(sp)
ffffffc080204cf6:	e8ca                	sd	s2,80(sp)
ffffffc080204cf8:	f85a                	sd	s6,48(sp)
ffffffc080204cfa:	f062                	sd	s8,32(sp)
ffffffc080204cfc:	ec66                	sd	s9,24(sp)
ffffffc080204cfe:	1880                	add	s0,sp,112
ffffffc080204d00:	89aa                	mv	s3,a0
ffffffc080204d02:	84ae                	mv	s1,a1
  rw_write_lock(&vs->lock);
ffffffc080204d04:	5ec010ef          	jal	ffffffc0802062f0 <rw_write_lock>
  uint64 old = vs->brk, new = old + n;
ffffffc080204d08:	0e89ba83          	ld	s5,232(s3) # fffffffffff000e8 <kernel_end+0x3f7f9060e8>
ffffffc080204d0c:	01548a33          	add	s4,s1,s5
ffffffc080204d10:	009a37b3          	sltu	a5,s4,s1
  int64 r = old;
ffffffc080204d14:	8bd6                	mv	s7,s5
  if ((n > 0 && (new < old || new > heap_limit(vs))) || (n < 0 && (new > old || new < vs->heap_start)))
ffffffc080204d16:	06905863          	blez	s1,ffffffc080204d86 <vm_sbrk+0xa0>
ffffffc080204d1a:	e7a5                	bnez	a5,ffffffc080204d82 <vm_sbrk+0x9c>
static uint64 heap_limit(struct vmspace *vs) { return vs->stack_low - PGSIZE; }
ffffffc080204d1c:	0f09b783          	ld	a5,240(s3)
ffffffc080204d20:	777d                	lui	a4,0xfffff
ffffffc080204d22:	97ba                	add	a5,a5,a4
  if ((n > 0 && (new < old || new > heap_limit(vs))) || (n < 0 && (new > old || new < vs->heap_start)))
ffffffc080204d24:	0547ef63          	bltu	a5,s4,ffffffc080204d82 <vm_sbrk+0x9c>
  uint64 tail_end = PGROUNDUP(old) < new ? PGROUNDUP(old) : new;
ffffffc080204d28:	6c05                	lui	s8,0x1
ffffffc080204d2a:	1c7d                	add	s8,s8,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc080204d2c:	9c56                	add	s8,s8,s5
ffffffc080204d2e:	00ec7c33          	and	s8,s8,a4
ffffffc080204d32:	84d2                	mv	s1,s4
ffffffc080204d34:	0b4c6763          	bltu	s8,s4,ffffffc080204de2 <vm_sbrk+0xfc>
  if (from >= to)
ffffffc080204d38:	0a9ae863          	bltu	s5,s1,ffffffc080204de8 <vm_sbrk+0x102>
  for (uint64 a = PGROUNDUP(old); a < new; a += PGSIZE) {
ffffffc080204d3c:	074c7d63          	bgeu	s8,s4,ffffffc080204db6 <vm_sbrk+0xd0>
    if (!page || pmap_enter(vs->pt, a, V2P(page), PROT_R | PROT_W) < 0) {
ffffffc080204d40:	4b05                	li	s6,1
int64 vm_sbrk(struct vmspace *vs, int64 n) {
ffffffc080204d42:	8962                	mv	s2,s8
    if (!page || pmap_enter(vs->pt, a, V2P(page), PROT_R | PROT_W) < 0) {
ffffffc080204d44:	1b1a                	sll	s6,s6,0x26
  for (uint64 a = PGROUNDUP(old); a < new; a += PGSIZE) {
ffffffc080204d46:	6c85                	lui	s9,0x1
ffffffc080204d48:	a811                	j	ffffffc080204d5c <vm_sbrk+0x76>
    if (!page || pmap_enter(vs->pt, a, V2P(page), PROT_R | PROT_W) < 0) {
ffffffc080204d4a:	0109b503          	ld	a0,16(s3)
ffffffc080204d4e:	e04fb0ef          	jal	ffffffc080200352 <pmap_enter>
ffffffc080204d52:	0c054b63          	bltz	a0,ffffffc080204e28 <vm_sbrk+0x142>
  for (uint64 a = PGROUNDUP(old); a < new; a += PGSIZE) {
ffffffc080204d56:	9966                	add	s2,s2,s9
ffffffc080204d58:	05497f63          	bgeu	s2,s4,ffffffc080204db6 <vm_sbrk+0xd0>
    void *page = page_alloc_zeroed();
ffffffc080204d5c:	e2eff0ef          	jal	ffffffc08020438a <page_alloc_zeroed>
    if (!page || pmap_enter(vs->pt, a, V2P(page), PROT_R | PROT_W) < 0) {
ffffffc080204d60:	85ca                	mv	a1,s2
ffffffc080204d62:	468d                	li	a3,3
    void *page = page_alloc_zeroed();
ffffffc080204d64:	84aa                	mv	s1,a0
    if (!page || pmap_enter(vs->pt, a, V2P(page), PROT_R | PROT_W) < 0) {
ffffffc080204d66:	01650633          	add	a2,a0,s6
ffffffc080204d6a:	f165                	bnez	a0,ffffffc080204d4a <vm_sbrk+0x64>
      pmap_remove(vs->pt, PGROUNDUP(old), a, shootdown_vs, vs);
ffffffc080204d6c:	0109b503          	ld	a0,16(s3)
ffffffc080204d70:	874e                	mv	a4,s3
ffffffc080204d72:	00000697          	auipc	a3,0x0
ffffffc080204d76:	cba68693          	add	a3,a3,-838 # ffffffc080204a2c <shootdown_vs>
ffffffc080204d7a:	864a                	mv	a2,s2
ffffffc080204d7c:	85e2                	mv	a1,s8
ffffffc080204d7e:	9f3fb0ef          	jal	ffffffc080200770 <pmap_remove>
int64 vm_sbrk(struct vmspace *vs, int64 n) {
ffffffc080204d82:	5bfd                	li	s7,-1
ffffffc080204d84:	a835                	j	ffffffc080204dc0 <vm_sbrk+0xda>
  if ((n > 0 && (new < old || new > heap_limit(vs))) || (n < 0 && (new > old || new < vs->heap_start)))
ffffffc080204d86:	c885                	beqz	s1,ffffffc080204db6 <vm_sbrk+0xd0>
ffffffc080204d88:	ff4aede3          	bltu	s5,s4,ffffffc080204d82 <vm_sbrk+0x9c>
ffffffc080204d8c:	0e09b783          	ld	a5,224(s3)
ffffffc080204d90:	fefa69e3          	bltu	s4,a5,ffffffc080204d82 <vm_sbrk+0x9c>
    r = -1;
  else if (n > 0 && heap_grow(vs, old, new) < 0)
    r = -1;
  else if (n < 0)
    pmap_remove(vs->pt, PGROUNDUP(new), PGROUNDUP(old), shootdown_vs, vs);
ffffffc080204d94:	6785                	lui	a5,0x1
ffffffc080204d96:	17fd                	add	a5,a5,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc080204d98:	0109b503          	ld	a0,16(s3)
ffffffc080204d9c:	75fd                	lui	a1,0xfffff
ffffffc080204d9e:	00fa8633          	add	a2,s5,a5
ffffffc080204da2:	97d2                	add	a5,a5,s4
ffffffc080204da4:	8e6d                	and	a2,a2,a1
ffffffc080204da6:	874e                	mv	a4,s3
ffffffc080204da8:	00000697          	auipc	a3,0x0
ffffffc080204dac:	c8468693          	add	a3,a3,-892 # ffffffc080204a2c <shootdown_vs>
ffffffc080204db0:	8dfd                	and	a1,a1,a5
ffffffc080204db2:	9bffb0ef          	jal	ffffffc080200770 <pmap_remove>
  if (r != -1)
ffffffc080204db6:	57fd                	li	a5,-1
ffffffc080204db8:	00fa8463          	beq	s5,a5,ffffffc080204dc0 <vm_sbrk+0xda>
    vs->brk = new;
ffffffc080204dbc:	0f49b423          	sd	s4,232(s3)
  rw_write_unlock(&vs->lock);
ffffffc080204dc0:	854e                	mv	a0,s3
ffffffc080204dc2:	594010ef          	jal	ffffffc080206356 <rw_write_unlock>
  return r;
}
ffffffc080204dc6:	70a6                	ld	ra,104(sp)
ffffffc080204dc8:	7406                	ld	s0,96(sp)
ffffffc080204dca:	64e6                	ld	s1,88(sp)
ffffffc080204dcc:	6946                	ld	s2,80(sp)
ffffffc080204dce:	69a6                	ld	s3,72(sp)
ffffffc080204dd0:	6a06                	ld	s4,64(sp)
ffffffc080204dd2:	7ae2                	ld	s5,56(sp)
ffffffc080204dd4:	7b42                	ld	s6,48(sp)
ffffffc080204dd6:	7c02                	ld	s8,32(sp)
ffffffc080204dd8:	6ce2                	ld	s9,24(sp)
ffffffc080204dda:	855e                	mv	a0,s7
ffffffc080204ddc:	7ba2                	ld	s7,40(sp)
ffffffc080204dde:	6165                	add	sp,sp,112
ffffffc080204de0:	8082                	ret
  uint64 tail_end = PGROUNDUP(old) < new ? PGROUNDUP(old) : new;
ffffffc080204de2:	84e2                	mv	s1,s8
  if (from >= to)
ffffffc080204de4:	f49afce3          	bgeu	s5,s1,ffffffc080204d3c <vm_sbrk+0x56>
  if (vm_resolve(vs, from, ACC_WRITE, &p) != FAULT_OK)
ffffffc080204de8:	f9840693          	add	a3,s0,-104
ffffffc080204dec:	4605                	li	a2,1
ffffffc080204dee:	85d6                	mv	a1,s5
ffffffc080204df0:	854e                	mv	a0,s3
ffffffc080204df2:	92cff0ef          	jal	ffffffc080203f1e <vm_resolve>
ffffffc080204df6:	2501                	sext.w	a0,a0
ffffffc080204df8:	f549                	bnez	a0,ffffffc080204d82 <vm_sbrk+0x9c>
ffffffc080204dfa:	f9843783          	ld	a5,-104(s0)
static inline uint64 pte_pa(pte_t pte) { return PTE2PA(pte); }
ffffffc080204dfe:	fff006b7          	lui	a3,0xfff00
  memset((char *)P2V(pte_pa(pte_load(p))) + (from & (PGSIZE - 1)), 0, to - from);
ffffffc080204e02:	034a9713          	sll	a4,s5,0x34
static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc080204e06:	639c                	ld	a5,0(a5)
static inline uint64 pte_pa(pte_t pte) { return PTE2PA(pte); }
ffffffc080204e08:	82a1                	srl	a3,a3,0x8
ffffffc080204e0a:	9351                	srl	a4,a4,0x34
ffffffc080204e0c:	078a                	sll	a5,a5,0x2
ffffffc080204e0e:	8ff5                	and	a5,a5,a3
ffffffc080204e10:	557d                	li	a0,-1
ffffffc080204e12:	8fd9                	or	a5,a5,a4
ffffffc080204e14:	151a                	sll	a0,a0,0x26
ffffffc080204e16:	41548633          	sub	a2,s1,s5
ffffffc080204e1a:	4581                	li	a1,0
ffffffc080204e1c:	953e                	add	a0,a0,a5
ffffffc080204e1e:	c5ffe0ef          	jal	ffffffc080203a7c <memset>
  for (uint64 a = PGROUNDUP(old); a < new; a += PGSIZE) {
ffffffc080204e22:	f14c6fe3          	bltu	s8,s4,ffffffc080204d40 <vm_sbrk+0x5a>
ffffffc080204e26:	bf59                	j	ffffffc080204dbc <vm_sbrk+0xd6>
        page_free(page);
ffffffc080204e28:	8526                	mv	a0,s1
ffffffc080204e2a:	d86ff0ef          	jal	ffffffc0802043b0 <page_free>
      pmap_remove(vs->pt, PGROUNDUP(old), a, shootdown_vs, vs);
ffffffc080204e2e:	0109b503          	ld	a0,16(s3)
ffffffc080204e32:	874e                	mv	a4,s3
ffffffc080204e34:	00000697          	auipc	a3,0x0
ffffffc080204e38:	bf868693          	add	a3,a3,-1032 # ffffffc080204a2c <shootdown_vs>
ffffffc080204e3c:	864a                	mv	a2,s2
ffffffc080204e3e:	85e2                	mv	a1,s8
ffffffc080204e40:	931fb0ef          	jal	ffffffc080200770 <pmap_remove>
      return -1;
ffffffc080204e44:	bf3d                	j	ffffffc080204d82 <vm_sbrk+0x9c>

ffffffc080204e46 <vm_fork>:

struct vmspace *vm_fork(struct vmspace *vs, int mode) {
ffffffc080204e46:	7139                	add	sp,sp,-64
ffffffc080204e48:	f822                	sd	s0,48(sp)
ffffffc080204e4a:	f04a                	sd	s2,32(sp)
ffffffc080204e4c:	ec4e                	sd	s3,24(sp)
ffffffc080204e4e:	fc06                	sd	ra,56(sp)
ffffffc080204e50:	f426                	sd	s1,40(sp)
ffffffc080204e52:	0080                	add	s0,sp,64
ffffffc080204e54:	89aa                	mv	s3,a0
ffffffc080204e56:	892e                	mv	s2,a1
  struct vmspace *vs = page_alloc_zeroed();
ffffffc080204e58:	d32ff0ef          	jal	ffffffc08020438a <page_alloc_zeroed>
  if (!vs)
ffffffc080204e5c:	0e050063          	beqz	a0,ffffffc080204f3c <vm_fork+0xf6>
ffffffc080204e60:	84aa                	mv	s1,a0
  vs->pt = pmap_create();
ffffffc080204e62:	c36fb0ef          	jal	ffffffc080200298 <pmap_create>
ffffffc080204e66:	e888                	sd	a0,16(s1)
  if (!vs->pt) {
ffffffc080204e68:	c579                	beqz	a0,ffffffc080204f36 <vm_fork+0xf0>
  rw_init(&vs->lock, "vmspace");
ffffffc080204e6a:	00004597          	auipc	a1,0x4
ffffffc080204e6e:	b4e58593          	add	a1,a1,-1202 # ffffffc0802089b8 <__func__.0+0x3b8>
ffffffc080204e72:	8526                	mv	a0,s1
ffffffc080204e74:	3fa010ef          	jal	ffffffc08020626e <rw_init>
  vs->stack_low = USTACK_TOP - USTACK_LIMIT;
ffffffc080204e78:	040007b7          	lui	a5,0x4000
ffffffc080204e7c:	eff78793          	add	a5,a5,-257 # 3fffeff <KERNEL_PA-0x7c200101>
ffffffc080204e80:	07b2                	sll	a5,a5,0xc
ffffffc080204e82:	f8fc                	sd	a5,240(s1)
  struct vmspace *child = vm_create();
  if (!child)
    return NULL;
  rw_write_lock(&vs->lock);
ffffffc080204e84:	854e                	mv	a0,s3
ffffffc080204e86:	46a010ef          	jal	ffffffc0802062f0 <rw_write_lock>
  memcpy(child->seg, vs->seg, sizeof(vs->seg));
ffffffc080204e8a:	0c000613          	li	a2,192
ffffffc080204e8e:	01898593          	add	a1,s3,24
ffffffc080204e92:	01848513          	add	a0,s1,24
ffffffc080204e96:	c33fe0ef          	jal	ffffffc080203ac8 <memcpy>
  child->nseg = vs->nseg;
ffffffc080204e9a:	0d89a603          	lw	a2,216(s3)
  child->heap_start = vs->heap_start;
ffffffc080204e9e:	0f09b783          	ld	a5,240(s3)
ffffffc080204ea2:	0e09b683          	ld	a3,224(s3)
ffffffc080204ea6:	0e89b703          	ld	a4,232(s3)
  child->brk = vs->brk;
  child->stack_low = vs->stack_low;
  uint64 n = 0;
ffffffc080204eaa:	fc043423          	sd	zero,-56(s0)
  child->nseg = vs->nseg;
ffffffc080204eae:	0cc4ac23          	sw	a2,216(s1)
  child->heap_start = vs->heap_start;
ffffffc080204eb2:	f8fc                	sd	a5,240(s1)
ffffffc080204eb4:	f0f4                	sd	a3,224(s1)
ffffffc080204eb6:	f4f8                	sd	a4,232(s1)
  int r;
  if (mode == FORK_COW) {
ffffffc080204eb8:	4785                	li	a5,1
    r = pmap_fork_cow(vs->pt, child->pt, &n);
ffffffc080204eba:	688c                	ld	a1,16(s1)
ffffffc080204ebc:	0109b503          	ld	a0,16(s3)
ffffffc080204ec0:	fc840613          	add	a2,s0,-56
  if (mode == FORK_COW) {
ffffffc080204ec4:	02f90963          	beq	s2,a5,ffffffc080204ef6 <vm_fork+0xb0>
    if (n > 0) { /* rule 5: no writable entry for a now-shared page survives */
      tlb_flush_local(0, TLB_FLUSH_EVERYTHING);
      shootdown_vs(vs);
    }
  } else {
    r = pmap_fork_eager(vs->pt, child->pt, &n);
ffffffc080204ec8:	f62fb0ef          	jal	ffffffc08020062a <pmap_fork_eager>
ffffffc080204ecc:	892a                	mv	s2,a0
ffffffc080204ece:	8792                	mv	a5,tp
static inline void stat_add(int idx, uint64 n) {
  __atomic_fetch_add(&mycpu()->stats[idx], n, __ATOMIC_RELAXED);
ffffffc080204ed0:	fc843703          	ld	a4,-56(s0)
ffffffc080204ed4:	2e878793          	add	a5,a5,744
ffffffc080204ed8:	00e7b02f          	amoadd.d	zero,a4,(a5)
    stat_add(VM_eager_copied_pages, n);
  }
  rw_write_unlock(&vs->lock);
ffffffc080204edc:	854e                	mv	a0,s3
ffffffc080204ede:	478010ef          	jal	ffffffc080206356 <rw_write_unlock>
  if (r < 0) {
ffffffc080204ee2:	02094d63          	bltz	s2,ffffffc080204f1c <vm_fork+0xd6>
    vm_destroy(child);
    return NULL;
  }
  return child;
}
ffffffc080204ee6:	70e2                	ld	ra,56(sp)
ffffffc080204ee8:	7442                	ld	s0,48(sp)
ffffffc080204eea:	7902                	ld	s2,32(sp)
ffffffc080204eec:	69e2                	ld	s3,24(sp)
ffffffc080204eee:	8526                	mv	a0,s1
ffffffc080204ef0:	74a2                	ld	s1,40(sp)
ffffffc080204ef2:	6121                	add	sp,sp,64
ffffffc080204ef4:	8082                	ret
    r = pmap_fork_cow(vs->pt, child->pt, &n);
ffffffc080204ef6:	df0fb0ef          	jal	ffffffc0802004e6 <pmap_fork_cow>
    if (n > 0) { /* rule 5: no writable entry for a now-shared page survives */
ffffffc080204efa:	fc843783          	ld	a5,-56(s0)
    r = pmap_fork_cow(vs->pt, child->pt, &n);
ffffffc080204efe:	892a                	mv	s2,a0
    if (n > 0) { /* rule 5: no writable entry for a now-shared page survives */
ffffffc080204f00:	dff1                	beqz	a5,ffffffc080204edc <vm_fork+0x96>
      tlb_flush_local(0, TLB_FLUSH_EVERYTHING);
ffffffc080204f02:	55fd                	li	a1,-1
ffffffc080204f04:	4501                	li	a0,0
ffffffc080204f06:	b19fb0ef          	jal	ffffffc080200a1e <tlb_flush_local>
  tlb_shootdown(__atomic_load_n(&vs->active, __ATOMIC_ACQUIRE), 0, TLB_FLUSH_EVERYTHING);
ffffffc080204f0a:	0f89b503          	ld	a0,248(s3)
ffffffc080204f0e:	0ff0000f          	fence
ffffffc080204f12:	567d                	li	a2,-1
ffffffc080204f14:	4581                	li	a1,0
ffffffc080204f16:	c0ffb0ef          	jal	ffffffc080200b24 <tlb_shootdown>
}
ffffffc080204f1a:	b7c9                	j	ffffffc080204edc <vm_fork+0x96>
  while (__atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) != 0)
ffffffc080204f1c:	0f848913          	add	s2,s1,248
ffffffc080204f20:	a019                	j	ffffffc080204f26 <vm_fork+0xe0>
    tlb_poll();
ffffffc080204f22:	b4bfb0ef          	jal	ffffffc080200a6c <tlb_poll>
  while (__atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) != 0)
ffffffc080204f26:	00093783          	ld	a5,0(s2)
ffffffc080204f2a:	0ff0000f          	fence
ffffffc080204f2e:	fbf5                	bnez	a5,ffffffc080204f22 <vm_fork+0xdc>
  pmap_destroy(vs->pt);
ffffffc080204f30:	6888                	ld	a0,16(s1)
ffffffc080204f32:	cd4fb0ef          	jal	ffffffc080200406 <pmap_destroy>
  page_free(vs);
ffffffc080204f36:	8526                	mv	a0,s1
ffffffc080204f38:	c78ff0ef          	jal	ffffffc0802043b0 <page_free>
    return NULL;
ffffffc080204f3c:	4481                	li	s1,0
ffffffc080204f3e:	b765                	j	ffffffc080204ee6 <vm_fork+0xa0>

ffffffc080204f40 <vm_activate>:

void vm_activate(struct vmspace *vs) {
ffffffc080204f40:	1141                	add	sp,sp,-16
ffffffc080204f42:	e422                	sd	s0,8(sp)
ffffffc080204f44:	0800                	add	s0,sp,16
ffffffc080204f46:	8792                	mv	a5,tp
  __atomic_fetch_or(&vs->active, 1UL << mycpu()->id, __ATOMIC_ACQUIRE);
ffffffc080204f48:	0807a703          	lw	a4,128(a5)
ffffffc080204f4c:	4785                	li	a5,1
ffffffc080204f4e:	00e797b3          	sll	a5,a5,a4
ffffffc080204f52:	0f850713          	add	a4,a0,248
ffffffc080204f56:	44f7302f          	amoor.d.aq	zero,a5,(a4)
  pmap_activate(vs->pt);
}
ffffffc080204f5a:	6422                	ld	s0,8(sp)
  pmap_activate(vs->pt);
ffffffc080204f5c:	6908                	ld	a0,16(a0)
}
ffffffc080204f5e:	0141                	add	sp,sp,16
  pmap_activate(vs->pt);
ffffffc080204f60:	933fb06f          	j	ffffffc080200892 <pmap_activate>

ffffffc080204f64 <vm_deactivate>:

void vm_deactivate(struct vmspace *vs) {
ffffffc080204f64:	1101                	add	sp,sp,-32
ffffffc080204f66:	e822                	sd	s0,16(sp)
ffffffc080204f68:	e426                	sd	s1,8(sp)
ffffffc080204f6a:	ec06                	sd	ra,24(sp)
ffffffc080204f6c:	1000                	add	s0,sp,32
ffffffc080204f6e:	84aa                	mv	s1,a0
  pmap_activate_kernel();
ffffffc080204f70:	947fb0ef          	jal	ffffffc0802008b6 <pmap_activate_kernel>
ffffffc080204f74:	8792                	mv	a5,tp
  __atomic_fetch_and(&vs->active, ~(1UL << mycpu()->id), __ATOMIC_RELEASE);
ffffffc080204f76:	0807a703          	lw	a4,128(a5)
ffffffc080204f7a:	4785                	li	a5,1
ffffffc080204f7c:	00e797b3          	sll	a5,a5,a4
ffffffc080204f80:	fff7c793          	not	a5,a5
ffffffc080204f84:	0f848713          	add	a4,s1,248
ffffffc080204f88:	0f50000f          	fence	iorw,ow
ffffffc080204f8c:	60f7302f          	amoand.d	zero,a5,(a4)
}
ffffffc080204f90:	60e2                	ld	ra,24(sp)
ffffffc080204f92:	6442                	ld	s0,16(sp)
ffffffc080204f94:	64a2                	ld	s1,8(sp)
ffffffc080204f96:	6105                	add	sp,sp,32
ffffffc080204f98:	8082                	ret

ffffffc080204f9a <stat_sum>:
struct cpu cpus[NCPU];
int ncpu = 1;
/* Scheduler stacks, taken by entry.S (one per hart). */
char cpu_stacks[NCPU][KSTACK_SIZE] __attribute__((aligned(16)));

uint64 stat_sum(int idx) {
ffffffc080204f9a:	1141                	add	sp,sp,-16
ffffffc080204f9c:	e422                	sd	s0,8(sp)
ffffffc080204f9e:	0800                	add	s0,sp,16
  uint64 n = 0;
  for (int i = 0; i < ncpu; i++)
ffffffc080204fa0:	001b0597          	auipc	a1,0x1b0
ffffffc080204fa4:	06458593          	add	a1,a1,100 # ffffffc0803b5004 <ncpu>
ffffffc080204fa8:	419c                	lw	a5,0(a1)
ffffffc080204faa:	02f05863          	blez	a5,ffffffc080204fda <stat_sum+0x40>
ffffffc080204fae:	05450513          	add	a0,a0,84
ffffffc080204fb2:	00351793          	sll	a5,a0,0x3
ffffffc080204fb6:	001ea717          	auipc	a4,0x1ea
ffffffc080204fba:	aca70713          	add	a4,a4,-1334 # ffffffc0803eea80 <cpus>
ffffffc080204fbe:	97ba                	add	a5,a5,a4
  uint64 n = 0;
ffffffc080204fc0:	4501                	li	a0,0
  for (int i = 0; i < ncpu; i++)
ffffffc080204fc2:	4701                	li	a4,0
    n += __atomic_load_n(&cpus[i].stats[idx], __ATOMIC_RELAXED);
ffffffc080204fc4:	6390                	ld	a2,0(a5)
  for (int i = 0; i < ncpu; i++)
ffffffc080204fc6:	4194                	lw	a3,0(a1)
ffffffc080204fc8:	2705                	addw	a4,a4,1
    n += __atomic_load_n(&cpus[i].stats[idx], __ATOMIC_RELAXED);
ffffffc080204fca:	9532                	add	a0,a0,a2
  for (int i = 0; i < ncpu; i++)
ffffffc080204fcc:	34078793          	add	a5,a5,832
ffffffc080204fd0:	fed74ae3          	blt	a4,a3,ffffffc080204fc4 <stat_sum+0x2a>
  return n;
}
ffffffc080204fd4:	6422                	ld	s0,8(sp)
ffffffc080204fd6:	0141                	add	sp,sp,16
ffffffc080204fd8:	8082                	ret
ffffffc080204fda:	6422                	ld	s0,8(sp)
  uint64 n = 0;
ffffffc080204fdc:	4501                	li	a0,0
}
ffffffc080204fde:	0141                	add	sp,sp,16
ffffffc080204fe0:	8082                	ret

ffffffc080204fe2 <exec>:
    if (*s == '/')
      name = s + 1;
  return name;
}

int exec(const char *path, char **argv) {
ffffffc080204fe2:	cf010113          	add	sp,sp,-784
ffffffc080204fe6:	30813023          	sd	s0,768(sp)
ffffffc080204fea:	2f313423          	sd	s3,744(sp)
ffffffc080204fee:	2d513c23          	sd	s5,728(sp)
ffffffc080204ff2:	30113423          	sd	ra,776(sp)
ffffffc080204ff6:	2e913c23          	sd	s1,760(sp)
ffffffc080204ffa:	2f213823          	sd	s2,752(sp)
ffffffc080204ffe:	2f413023          	sd	s4,736(sp)
ffffffc080205002:	2d613823          	sd	s6,720(sp)
ffffffc080205006:	2d713423          	sd	s7,712(sp)
ffffffc08020500a:	2d813023          	sd	s8,704(sp)
ffffffc08020500e:	2b913c23          	sd	s9,696(sp)
ffffffc080205012:	2ba13823          	sd	s10,688(sp)
ffffffc080205016:	2bb13423          	sd	s11,680(sp)
ffffffc08020501a:	0e00                	add	s0,sp,784
ffffffc08020501c:	8aaa                	mv	s5,a0
ffffffc08020501e:	89ae                	mv	s3,a1
  struct inode *ip = namei(path);
ffffffc080205020:	8c5fc0ef          	jal	ffffffc0802018e4 <namei>
  if (!ip)
ffffffc080205024:	18050c63          	beqz	a0,ffffffc0802051bc <exec+0x1da>
    return -1;
  struct vmspace *vs = NULL;
  struct elf_header eh;
  struct stat st;
  inode_stat(ip, &st);
ffffffc080205028:	d0040593          	add	a1,s0,-768
ffffffc08020502c:	892a                	mv	s2,a0
ffffffc08020502e:	8a5fd0ef          	jal	ffffffc0802028d2 <inode_stat>
  if (st.type != T_FILE || !(vs = vm_create()) || load_program(vs, ip, st.size, &eh) < 0) {
ffffffc080205032:	d0841703          	lh	a4,-760(s0)
ffffffc080205036:	4789                	li	a5,2
ffffffc080205038:	30f71263          	bne	a4,a5,ffffffc08020533c <exec+0x35a>
ffffffc08020503c:	a37ff0ef          	jal	ffffffc080204a72 <vm_create>
ffffffc080205040:	84aa                	mv	s1,a0
ffffffc080205042:	2e050d63          	beqz	a0,ffffffc08020533c <exec+0x35a>
ffffffc080205046:	d1043c83          	ld	s9,-752(s0)
  if (fsize < sizeof(*eh) || read_exact(ip, eh, 0, sizeof(*eh)) < 0)
ffffffc08020504a:	03f00793          	li	a5,63
ffffffc08020504e:	1797f163          	bgeu	a5,s9,ffffffc0802051b0 <exec+0x1ce>
  return inode_read(ip, 0, (uint64)dst, off, n) == (int)n ? 0 : -1;
ffffffc080205052:	04000713          	li	a4,64
ffffffc080205056:	4681                	li	a3,0
ffffffc080205058:	d5040613          	add	a2,s0,-688
ffffffc08020505c:	4581                	li	a1,0
ffffffc08020505e:	854a                	mv	a0,s2
ffffffc080205060:	8cbfd0ef          	jal	ffffffc08020292a <inode_read>
ffffffc080205064:	04000793          	li	a5,64
ffffffc080205068:	14f51463          	bne	a0,a5,ffffffc0802051b0 <exec+0x1ce>
  if (eh->magic != ELF_MAGIC || eh->class != ELFCLASS64 || eh->data != ELFDATA2LSB ||
ffffffc08020506c:	d5043783          	ld	a5,-688(s0)
ffffffc080205070:	577d                	li	a4,-1
ffffffc080205072:	8341                	srl	a4,a4,0x10
ffffffc080205074:	8ff9                	and	a5,a5,a4
ffffffc080205076:	00003717          	auipc	a4,0x3
ffffffc08020507a:	fa273703          	ld	a4,-94(a4) # ffffffc080208018 <kernel_text_end+0x18>
ffffffc08020507e:	12e79963          	bne	a5,a4,ffffffc0802051b0 <exec+0x1ce>
      eh->type != ET_EXEC || eh->machine != EM_RISCV || eh->phentsize != sizeof(struct elf_phdr) ||
ffffffc080205082:	d6046703          	lwu	a4,-672(s0)
ffffffc080205086:	00f307b7          	lui	a5,0xf30
ffffffc08020508a:	0789                	add	a5,a5,2 # f30002 <KERNEL_PA-0x7f2cfffe>
ffffffc08020508c:	12f71263          	bne	a4,a5,ffffffc0802051b0 <exec+0x1ce>
ffffffc080205090:	d8645703          	lhu	a4,-634(s0)
ffffffc080205094:	03800793          	li	a5,56
ffffffc080205098:	10f71c63          	bne	a4,a5,ffffffc0802051b0 <exec+0x1ce>
      eh->phnum == 0 || eh->phnum > ELF_MAX_PHDRS ||
ffffffc08020509c:	d8845703          	lhu	a4,-632(s0)
      eh->type != ET_EXEC || eh->machine != EM_RISCV || eh->phentsize != sizeof(struct elf_phdr) ||
ffffffc0802050a0:	46bd                	li	a3,15
ffffffc0802050a2:	fff7079b          	addw	a5,a4,-1
ffffffc0802050a6:	17c2                	sll	a5,a5,0x30
ffffffc0802050a8:	93c1                	srl	a5,a5,0x30
ffffffc0802050aa:	10f6e363          	bltu	a3,a5,ffffffc0802051b0 <exec+0x1ce>
      eh->phoff + eh->phnum * sizeof(struct elf_phdr) > fsize)
ffffffc0802050ae:	d7043683          	ld	a3,-656(s0)
ffffffc0802050b2:	00371793          	sll	a5,a4,0x3
ffffffc0802050b6:	8f99                	sub	a5,a5,a4
ffffffc0802050b8:	078e                	sll	a5,a5,0x3
ffffffc0802050ba:	97b6                	add	a5,a5,a3
      eh->phnum == 0 || eh->phnum > ELF_MAX_PHDRS ||
ffffffc0802050bc:	0efcea63          	bltu	s9,a5,ffffffc0802051b0 <exec+0x1ce>
      ph->offset + ph->filesz > fsize || (ph->vaddr - ph->offset) % PGSIZE != 0)
ffffffc0802050c0:	6d05                	lui	s10,0x1
ffffffc0802050c2:	fffd0793          	add	a5,s10,-1 # fff <KERNEL_PA-0x801ff001>
    if (ph.type != PT_LOAD || ph.memsz == 0)
ffffffc0802050c6:	4c05                	li	s8,1
  return inode_read(ip, 0, (uint64)dst, off, n) == (int)n ? 0 : -1;
ffffffc0802050c8:	4a01                	li	s4,0
  bool entry_ok = false;
ffffffc0802050ca:	ce043823          	sd	zero,-784(s0)
  for (int i = 0; i < eh->phnum; i++) {
ffffffc0802050ce:	4b81                	li	s7,0
      ph->offset + ph->filesz > fsize || (ph->vaddr - ph->offset) % PGSIZE != 0)
ffffffc0802050d0:	cef43c23          	sd	a5,-776(s0)
    uint64 n = ph->filesz - done < sizeof(buf) ? ph->filesz - done : sizeof(buf);
ffffffc0802050d4:	20000b13          	li	s6,512
  return inode_read(ip, 0, (uint64)dst, off, n) == (int)n ? 0 : -1;
ffffffc0802050d8:	03800713          	li	a4,56
ffffffc0802050dc:	96d2                	add	a3,a3,s4
ffffffc0802050de:	d1840613          	add	a2,s0,-744
ffffffc0802050e2:	4581                	li	a1,0
ffffffc0802050e4:	854a                	mv	a0,s2
ffffffc0802050e6:	845fd0ef          	jal	ffffffc08020292a <inode_read>
ffffffc0802050ea:	03800793          	li	a5,56
ffffffc0802050ee:	0cf51163          	bne	a0,a5,ffffffc0802051b0 <exec+0x1ce>
    if (ph.type != PT_LOAD || ph.memsz == 0)
ffffffc0802050f2:	d1842783          	lw	a5,-744(s0)
ffffffc0802050f6:	0f879763          	bne	a5,s8,ffffffc0802051e4 <exec+0x202>
ffffffc0802050fa:	d4043603          	ld	a2,-704(s0)
ffffffc0802050fe:	c27d                	beqz	a2,ffffffc0802051e4 <exec+0x202>
  if (ph->filesz > ph->memsz || ph->vaddr + ph->memsz < ph->vaddr ||
ffffffc080205100:	d3843703          	ld	a4,-712(s0)
ffffffc080205104:	0ae66663          	bltu	a2,a4,ffffffc0802051b0 <exec+0x1ce>
ffffffc080205108:	d2843583          	ld	a1,-728(s0)
ffffffc08020510c:	00b607b3          	add	a5,a2,a1
ffffffc080205110:	0ac7e063          	bltu	a5,a2,ffffffc0802051b0 <exec+0x1ce>
ffffffc080205114:	4685                	li	a3,1
ffffffc080205116:	169a                	sll	a3,a3,0x26
ffffffc080205118:	08f6ec63          	bltu	a3,a5,ffffffc0802051b0 <exec+0x1ce>
      ph->vaddr + ph->memsz > USER_TOP || ph->offset + ph->filesz < ph->offset ||
ffffffc08020511c:	d2043783          	ld	a5,-736(s0)
ffffffc080205120:	00f706b3          	add	a3,a4,a5
ffffffc080205124:	08e6e663          	bltu	a3,a4,ffffffc0802051b0 <exec+0x1ce>
ffffffc080205128:	08dce463          	bltu	s9,a3,ffffffc0802051b0 <exec+0x1ce>
      ph->offset + ph->filesz > fsize || (ph->vaddr - ph->offset) % PGSIZE != 0)
ffffffc08020512c:	cf843703          	ld	a4,-776(s0)
ffffffc080205130:	40f587b3          	sub	a5,a1,a5
ffffffc080205134:	00e7fd33          	and	s10,a5,a4
ffffffc080205138:	060d1c63          	bnez	s10,ffffffc0802051b0 <exec+0x1ce>
    if (check_phdr(&ph, fsize) < 0 || vm_add_segment(vs, ph.vaddr, ph.memsz, seg_prot(ph.flags)) < 0 ||
ffffffc08020513c:	d1c42703          	lw	a4,-740(s0)
  return (flags & PF_R ? PROT_R : 0) | (flags & PF_W ? PROT_W : 0) | (flags & PF_X ? PROT_X : 0);
ffffffc080205140:	0027569b          	srlw	a3,a4,0x2
ffffffc080205144:	00277513          	and	a0,a4,2
ffffffc080205148:	8a85                	and	a3,a3,1
ffffffc08020514a:	0027171b          	sllw	a4,a4,0x2
ffffffc08020514e:	8ec9                	or	a3,a3,a0
ffffffc080205150:	8b11                	and	a4,a4,4
    if (check_phdr(&ph, fsize) < 0 || vm_add_segment(vs, ph.vaddr, ph.memsz, seg_prot(ph.flags)) < 0 ||
ffffffc080205152:	8ed9                	or	a3,a3,a4
ffffffc080205154:	8526                	mv	a0,s1
ffffffc080205156:	99fff0ef          	jal	ffffffc080204af4 <vm_add_segment>
ffffffc08020515a:	04054b63          	bltz	a0,ffffffc0802051b0 <exec+0x1ce>
  for (uint64 done = 0; done < ph->filesz;) {
ffffffc08020515e:	d3843703          	ld	a4,-712(s0)
ffffffc080205162:	ef11                	bnez	a4,ffffffc08020517e <exec+0x19c>
ffffffc080205164:	a8b1                	j	ffffffc0802051c0 <exec+0x1de>
    if (read_exact(ip, buf, ph->offset + done, n) < 0 || vm_write(vs, ph->vaddr + done, buf, n) < 0)
ffffffc080205166:	d2843583          	ld	a1,-728(s0)
ffffffc08020516a:	95ea                	add	a1,a1,s10
ffffffc08020516c:	a9fff0ef          	jal	ffffffc080204c0a <vm_write>
    done += n;
ffffffc080205170:	9d6e                	add	s10,s10,s11
    if (read_exact(ip, buf, ph->offset + done, n) < 0 || vm_write(vs, ph->vaddr + done, buf, n) < 0)
ffffffc080205172:	02054f63          	bltz	a0,ffffffc0802051b0 <exec+0x1ce>
  for (uint64 done = 0; done < ph->filesz;) {
ffffffc080205176:	d3843703          	ld	a4,-712(s0)
ffffffc08020517a:	04ed7363          	bgeu	s10,a4,ffffffc0802051c0 <exec+0x1de>
    uint64 n = ph->filesz - done < sizeof(buf) ? ph->filesz - done : sizeof(buf);
ffffffc08020517e:	41a70db3          	sub	s11,a4,s10
  return inode_read(ip, 0, (uint64)dst, off, n) == (int)n ? 0 : -1;
ffffffc080205182:	d9040613          	add	a2,s0,-624
ffffffc080205186:	4581                	li	a1,0
ffffffc080205188:	854a                	mv	a0,s2
    uint64 n = ph->filesz - done < sizeof(buf) ? ph->filesz - done : sizeof(buf);
ffffffc08020518a:	01bb7463          	bgeu	s6,s11,ffffffc080205192 <exec+0x1b0>
ffffffc08020518e:	20000d93          	li	s11,512
  return inode_read(ip, 0, (uint64)dst, off, n) == (int)n ? 0 : -1;
ffffffc080205192:	d2043683          	ld	a3,-736(s0)
ffffffc080205196:	876e                	mv	a4,s11
ffffffc080205198:	96ea                	add	a3,a3,s10
ffffffc08020519a:	f90fd0ef          	jal	ffffffc08020292a <inode_read>
ffffffc08020519e:	882a                	mv	a6,a0
ffffffc0802051a0:	000d859b          	sext.w	a1,s11
    if (read_exact(ip, buf, ph->offset + done, n) < 0 || vm_write(vs, ph->vaddr + done, buf, n) < 0)
ffffffc0802051a4:	86ee                	mv	a3,s11
ffffffc0802051a6:	d9040613          	add	a2,s0,-624
ffffffc0802051aa:	8526                	mv	a0,s1
  return inode_read(ip, 0, (uint64)dst, off, n) == (int)n ? 0 : -1;
ffffffc0802051ac:	fab80de3          	beq	a6,a1,ffffffc080205166 <exec+0x184>
    inode_put(ip);
ffffffc0802051b0:	854a                	mv	a0,s2
ffffffc0802051b2:	b72fd0ef          	jal	ffffffc080202524 <inode_put>
    if (vs)
      vm_destroy(vs);
ffffffc0802051b6:	8526                	mv	a0,s1
ffffffc0802051b8:	905ff0ef          	jal	ffffffc080204abc <vm_destroy>
    return -1;
ffffffc0802051bc:	5a7d                	li	s4,-1
ffffffc0802051be:	a289                	j	ffffffc080205300 <exec+0x31e>
    if ((ph.flags & PF_X) && eh->entry >= ph.vaddr && eh->entry < ph.vaddr + ph.memsz)
ffffffc0802051c0:	d1c42783          	lw	a5,-740(s0)
ffffffc0802051c4:	8b85                	and	a5,a5,1
ffffffc0802051c6:	cf99                	beqz	a5,ffffffc0802051e4 <exec+0x202>
ffffffc0802051c8:	d6843703          	ld	a4,-664(s0)
ffffffc0802051cc:	d2843783          	ld	a5,-728(s0)
ffffffc0802051d0:	00f76a63          	bltu	a4,a5,ffffffc0802051e4 <exec+0x202>
ffffffc0802051d4:	d4043683          	ld	a3,-704(s0)
ffffffc0802051d8:	97b6                	add	a5,a5,a3
ffffffc0802051da:	00f77563          	bgeu	a4,a5,ffffffc0802051e4 <exec+0x202>
      entry_ok = true;
ffffffc0802051de:	4785                	li	a5,1
ffffffc0802051e0:	cef43823          	sd	a5,-784(s0)
  for (int i = 0; i < eh->phnum; i++) {
ffffffc0802051e4:	d8845783          	lhu	a5,-632(s0)
ffffffc0802051e8:	2b85                	addw	s7,s7,1 # 1001 <KERNEL_PA-0x801fefff>
ffffffc0802051ea:	038a0a13          	add	s4,s4,56
ffffffc0802051ee:	00fbd563          	bge	s7,a5,ffffffc0802051f8 <exec+0x216>
    if (read_exact(ip, &ph, eh->phoff + i * sizeof(ph), sizeof(ph)) < 0)
ffffffc0802051f2:	d7043683          	ld	a3,-656(s0)
ffffffc0802051f6:	b5cd                	j	ffffffc0802050d8 <exec+0xf6>
  return entry_ok ? 0 : -1;
ffffffc0802051f8:	cf043783          	ld	a5,-784(s0)
ffffffc0802051fc:	dbd5                	beqz	a5,ffffffc0802051b0 <exec+0x1ce>
    return -1;
  }
  inode_put(ip);
ffffffc0802051fe:	854a                	mv	a0,s2
ffffffc080205200:	b24fd0ef          	jal	ffffffc080202524 <inode_put>
  for (; argv[argc]; argc++) {
ffffffc080205204:	0009b503          	ld	a0,0(s3)
ffffffc080205208:	12050f63          	beqz	a0,ffffffc080205346 <exec+0x364>
  uint64 sp = USTACK_TOP, ptrs[MAXARG + 1];
ffffffc08020520c:	04000937          	lui	s2,0x4000
ffffffc080205210:	d9040b13          	add	s6,s0,-624
ffffffc080205214:	197d                	add	s2,s2,-1 # 3ffffff <KERNEL_PA-0x7c200001>
ffffffc080205216:	8cda                	mv	s9,s6
ffffffc080205218:	0932                	sll	s2,s2,0xc
  int argc = 0;
ffffffc08020521a:	4b81                	li	s7,0
    if (argc >= MAXARG)
ffffffc08020521c:	02000c13          	li	s8,32
ffffffc080205220:	a821                	j	ffffffc080205238 <exec+0x256>
  for (; argv[argc]; argc++) {
ffffffc080205222:	0009b503          	ld	a0,0(s3)
    ptrs[argc] = sp;
ffffffc080205226:	012cb023          	sd	s2,0(s9) # 1000 <KERNEL_PA-0x801ff000>
  for (; argv[argc]; argc++) {
ffffffc08020522a:	001b8a1b          	addw	s4,s7,1
ffffffc08020522e:	c50d                	beqz	a0,ffffffc080205258 <exec+0x276>
    if (argc >= MAXARG)
ffffffc080205230:	0ca1                	add	s9,s9,8
ffffffc080205232:	f98a02e3          	beq	s4,s8,ffffffc0802051b6 <exec+0x1d4>
  for (; argv[argc]; argc++) {
ffffffc080205236:	8bd2                	mv	s7,s4
    uint64 len = strlen(argv[argc]) + 1;
ffffffc080205238:	95ffe0ef          	jal	ffffffc080203b96 <strlen>
ffffffc08020523c:	00150693          	add	a3,a0,1
    if (vm_write(vs, sp, argv[argc], len) < 0)
ffffffc080205240:	0009b603          	ld	a2,0(s3)
    sp -= len;
ffffffc080205244:	40d90933          	sub	s2,s2,a3
    if (vm_write(vs, sp, argv[argc], len) < 0)
ffffffc080205248:	85ca                	mv	a1,s2
ffffffc08020524a:	8526                	mv	a0,s1
  for (; argv[argc]; argc++) {
ffffffc08020524c:	09a1                	add	s3,s3,8
    if (vm_write(vs, sp, argv[argc], len) < 0)
ffffffc08020524e:	9bdff0ef          	jal	ffffffc080204c0a <vm_write>
ffffffc080205252:	fc0558e3          	bgez	a0,ffffffc080205222 <exec+0x240>
ffffffc080205256:	b785                	j	ffffffc0802051b6 <exec+0x1d4>
  sp -= (argc + 1) * sizeof(uint64);
ffffffc080205258:	002b869b          	addw	a3,s7,2
ffffffc08020525c:	068e                	sll	a3,a3,0x3
ffffffc08020525e:	40d90933          	sub	s2,s2,a3
  sp &= ~15UL;
ffffffc080205262:	ff097913          	and	s2,s2,-16
  ptrs[argc] = 0;
ffffffc080205266:	003a1793          	sll	a5,s4,0x3
ffffffc08020526a:	f9078793          	add	a5,a5,-112
ffffffc08020526e:	97a2                	add	a5,a5,s0
  if (vm_write(vs, sp, ptrs, (argc + 1) * sizeof(uint64)) < 0)
ffffffc080205270:	865a                	mv	a2,s6
ffffffc080205272:	85ca                	mv	a1,s2
ffffffc080205274:	8526                	mv	a0,s1
  ptrs[argc] = 0;
ffffffc080205276:	e007b023          	sd	zero,-512(a5)
  if (vm_write(vs, sp, ptrs, (argc + 1) * sizeof(uint64)) < 0)
ffffffc08020527a:	991ff0ef          	jal	ffffffc080204c0a <vm_write>
ffffffc08020527e:	f2054ce3          	bltz	a0,ffffffc0802051b6 <exec+0x1d4>
  uint64 sp, uargv;
  int argc = push_args(vs, argv, &sp, &uargv);
  if (argc < 0 || proc_single_thread() < 0) {
ffffffc080205282:	77b000ef          	jal	ffffffc0802061fc <proc_single_thread>
ffffffc080205286:	f20548e3          	bltz	a0,ffffffc0802051b6 <exec+0x1d4>
    vm_destroy(vs);
    return -1;
  }
  struct proc *p = curproc();
ffffffc08020528a:	317000ef          	jal	ffffffc080205da0 <curproc>
  struct vmspace *old = p->vm;
ffffffc08020528e:	04053b03          	ld	s6,64(a0)
  struct proc *p = curproc();
ffffffc080205292:	89aa                	mv	s3,a0
  push_off();
ffffffc080205294:	268010ef          	jal	ffffffc0802064fc <push_off>
  vm_deactivate(old);
ffffffc080205298:	855a                	mv	a0,s6
ffffffc08020529a:	ccbff0ef          	jal	ffffffc080204f64 <vm_deactivate>
  p->vm = vs;
ffffffc08020529e:	0499b023          	sd	s1,64(s3)
ffffffc0802052a2:	8792                	mv	a5,tp
  mycpu()->vs = vs;
ffffffc0802052a4:	ebc4                	sd	s1,144(a5)
  vm_activate(vs);
ffffffc0802052a6:	8526                	mv	a0,s1
ffffffc0802052a8:	c99ff0ef          	jal	ffffffc080204f40 <vm_activate>
  pop_off();
ffffffc0802052ac:	276010ef          	jal	ffffffc080206522 <pop_off>
  vm_destroy(old);
ffffffc0802052b0:	855a                	mv	a0,s6
ffffffc0802052b2:	80bff0ef          	jal	ffffffc080204abc <vm_destroy>
  install(p, vs);
  struct trapframe *tf = curthread()->tf;
ffffffc0802052b6:	2c9000ef          	jal	ffffffc080205d7e <curthread>
ffffffc0802052ba:	6124                	ld	s1,64(a0)
  memset(tf->x, 0, sizeof(tf->x));
ffffffc0802052bc:	4581                	li	a1,0
ffffffc0802052be:	10000613          	li	a2,256
ffffffc0802052c2:	8526                	mv	a0,s1
ffffffc0802052c4:	fb8fe0ef          	jal	ffffffc080203a7c <memset>
  tf->epc = eh.entry;
ffffffc0802052c8:	d6843783          	ld	a5,-664(s0)
  tf->x[REG_SP] = sp;
  tf->x[REG_A1] = uargv;
ffffffc0802052cc:	0524bc23          	sd	s2,88(s1)
  tf->x[REG_SP] = sp;
ffffffc0802052d0:	0124b823          	sd	s2,16(s1)
  tf->epc = eh.entry;
ffffffc0802052d4:	10f4b023          	sd	a5,256(s1)
  tf->x[REG_A0] = argc;
ffffffc0802052d8:	0544b823          	sd	s4,80(s1)
  for (const char *s = path; *s; s++)
ffffffc0802052dc:	000ac783          	lbu	a5,0(s5)
  safestrcpy(p->name, last_component(path), sizeof(p->name));
ffffffc0802052e0:	0d098513          	add	a0,s3,208
  const char *name = path;
ffffffc0802052e4:	85d6                	mv	a1,s5
  for (const char *s = path; *s; s++)
ffffffc0802052e6:	cb91                	beqz	a5,ffffffc0802052fa <exec+0x318>
    if (*s == '/')
ffffffc0802052e8:	02f00713          	li	a4,47
      name = s + 1;
ffffffc0802052ec:	0a85                	add	s5,s5,1
    if (*s == '/')
ffffffc0802052ee:	00e79363          	bne	a5,a4,ffffffc0802052f4 <exec+0x312>
      name = s + 1;
ffffffc0802052f2:	85d6                	mv	a1,s5
  for (const char *s = path; *s; s++)
ffffffc0802052f4:	000ac783          	lbu	a5,0(s5)
ffffffc0802052f8:	fbf5                	bnez	a5,ffffffc0802052ec <exec+0x30a>
  safestrcpy(p->name, last_component(path), sizeof(p->name));
ffffffc0802052fa:	4641                	li	a2,16
ffffffc0802052fc:	8fdfe0ef          	jal	ffffffc080203bf8 <safestrcpy>
  return argc;
}
ffffffc080205300:	30813083          	ld	ra,776(sp)
ffffffc080205304:	30013403          	ld	s0,768(sp)
ffffffc080205308:	2f813483          	ld	s1,760(sp)
ffffffc08020530c:	2f013903          	ld	s2,752(sp)
ffffffc080205310:	2e813983          	ld	s3,744(sp)
ffffffc080205314:	2d813a83          	ld	s5,728(sp)
ffffffc080205318:	2d013b03          	ld	s6,720(sp)
ffffffc08020531c:	2c813b83          	ld	s7,712(sp)
ffffffc080205320:	2c013c03          	ld	s8,704(sp)
ffffffc080205324:	2b813c83          	ld	s9,696(sp)
ffffffc080205328:	2b013d03          	ld	s10,688(sp)
ffffffc08020532c:	2a813d83          	ld	s11,680(sp)
ffffffc080205330:	8552                	mv	a0,s4
ffffffc080205332:	2e013a03          	ld	s4,736(sp)
ffffffc080205336:	31010113          	add	sp,sp,784
ffffffc08020533a:	8082                	ret
    inode_put(ip);
ffffffc08020533c:	854a                	mv	a0,s2
ffffffc08020533e:	9e6fd0ef          	jal	ffffffc080202524 <inode_put>
    return -1;
ffffffc080205342:	5a7d                	li	s4,-1
ffffffc080205344:	bf75                	j	ffffffc080205300 <exec+0x31e>
  for (; argv[argc]; argc++) {
ffffffc080205346:	eff00913          	li	s2,-257
ffffffc08020534a:	097a                	sll	s2,s2,0x1e
ffffffc08020534c:	01a95913          	srl	s2,s2,0x1a
ffffffc080205350:	46a1                	li	a3,8
  int argc = 0;
ffffffc080205352:	4a01                	li	s4,0
ffffffc080205354:	d9040b13          	add	s6,s0,-624
ffffffc080205358:	b739                	j	ffffffc080205266 <exec+0x284>

ffffffc08020535a <thread_first_entry>:
  spin_unlock(&p->lock);
}

/* A new thread's first instructions in the kernel: the scheduler still
 * holds its lock. */
void thread_first_entry(void) {
ffffffc08020535a:	1141                	add	sp,sp,-16
ffffffc08020535c:	e406                	sd	ra,8(sp)
ffffffc08020535e:	e022                	sd	s0,0(sp)
ffffffc080205360:	0800                	add	s0,sp,16
  spin_unlock(&curthread()->lock);
ffffffc080205362:	21d000ef          	jal	ffffffc080205d7e <curthread>
ffffffc080205366:	206010ef          	jal	ffffffc08020656c <spin_unlock>
  user_trap_return();
ffffffc08020536a:	c81fb0ef          	jal	ffffffc080200fea <user_trap_return>

ffffffc08020536e <init_first_entry>:
}

static char **init_argv;

static void init_first_entry(void) {
ffffffc08020536e:	1141                	add	sp,sp,-16
ffffffc080205370:	e406                	sd	ra,8(sp)
ffffffc080205372:	e022                	sd	s0,0(sp)
ffffffc080205374:	0800                	add	s0,sp,16
  spin_unlock(&curthread()->lock);
ffffffc080205376:	209000ef          	jal	ffffffc080205d7e <curthread>
ffffffc08020537a:	1f2010ef          	jal	ffffffc08020656c <spin_unlock>
  if (exec("/init", init_argv) < 0)
ffffffc08020537e:	001b5597          	auipc	a1,0x1b5
ffffffc080205382:	e225b583          	ld	a1,-478(a1) # ffffffc0803ba1a0 <init_argv>
ffffffc080205386:	00003517          	auipc	a0,0x3
ffffffc08020538a:	63a50513          	add	a0,a0,1594 # ffffffc0802089c0 <__func__.0+0x3c0>
ffffffc08020538e:	c55ff0ef          	jal	ffffffc080204fe2 <exec>
ffffffc080205392:	00054463          	bltz	a0,ffffffc08020539a <init_first_entry+0x2c>
    panic("proc_start_init: cannot exec /init");
  user_trap_return();
ffffffc080205396:	c55fb0ef          	jal	ffffffc080200fea <user_trap_return>
    panic("proc_start_init: cannot exec /init");
ffffffc08020539a:	00003517          	auipc	a0,0x3
ffffffc08020539e:	62e50513          	add	a0,a0,1582 # ffffffc0802089c8 <__func__.0+0x3c8>
ffffffc0802053a2:	e0afe0ef          	jal	ffffffc0802039ac <panic>

ffffffc0802053a6 <thread_end_locked>:
}

/* Ends thread t while others of p live on: it waits, T_EXITED, to be
 * joined or reaped. Caller holds p->lock; never returns. */
static __attribute__((noreturn)) void thread_end_locked(struct proc *p, struct thread *t,
                                                        int status) {
ffffffc0802053a6:	1101                	add	sp,sp,-32
ffffffc0802053a8:	ec06                	sd	ra,24(sp)
ffffffc0802053aa:	e822                	sd	s0,16(sp)
ffffffc0802053ac:	e426                	sd	s1,8(sp)
ffffffc0802053ae:	1000                	add	s0,sp,32
ffffffc0802053b0:	e04a                	sd	s2,0(sp)
  t->ended = true;
  t->xstate = status;
  p->nthreads--;
ffffffc0802053b2:	551c                	lw	a5,40(a0)
  t->ended = true;
ffffffc0802053b4:	4705                	li	a4,1
ffffffc0802053b6:	04e58423          	sb	a4,72(a1)
  t->xstate = status;
ffffffc0802053ba:	c5f0                	sw	a2,76(a1)
  p->nthreads--;
ffffffc0802053bc:	37fd                	addw	a5,a5,-1
                                                        int status) {
ffffffc0802053be:	892a                	mv	s2,a0
  p->nthreads--;
ffffffc0802053c0:	02f92423          	sw	a5,40(s2)
  wakeup(t);            /* a joiner */
ffffffc0802053c4:	852e                	mv	a0,a1
                                                        int status) {
ffffffc0802053c6:	84ae                	mv	s1,a1
  wakeup(t);            /* a joiner */
ffffffc0802053c8:	42b000ef          	jal	ffffffc080205ff2 <wakeup>
  wakeup(&p->nthreads); /* an exec waiting to be single-threaded */
ffffffc0802053cc:	02890513          	add	a0,s2,40
ffffffc0802053d0:	423000ef          	jal	ffffffc080205ff2 <wakeup>
  spin_lock(&t->lock);
ffffffc0802053d4:	8526                	mv	a0,s1
ffffffc0802053d6:	09c010ef          	jal	ffffffc080206472 <spin_lock>
  spin_unlock(&p->lock);
ffffffc0802053da:	854a                	mv	a0,s2
ffffffc0802053dc:	190010ef          	jal	ffffffc08020656c <spin_unlock>
  t->state = T_EXITED;
ffffffc0802053e0:	4795                	li	a5,5
ffffffc0802053e2:	cc9c                	sw	a5,24(s1)
  sched();
ffffffc0802053e4:	2e1000ef          	jal	ffffffc080205ec4 <sched>
  panic("thread_end_locked: ended thread ran");
ffffffc0802053e8:	00003517          	auipc	a0,0x3
ffffffc0802053ec:	60850513          	add	a0,a0,1544 # ffffffc0802089f0 <__func__.0+0x3f0>
ffffffc0802053f0:	dbcfe0ef          	jal	ffffffc0802039ac <panic>

ffffffc0802053f4 <proc_init>:
void proc_init(void) {
ffffffc0802053f4:	7139                	add	sp,sp,-64
ffffffc0802053f6:	fc06                	sd	ra,56(sp)
ffffffc0802053f8:	f822                	sd	s0,48(sp)
ffffffc0802053fa:	f426                	sd	s1,40(sp)
ffffffc0802053fc:	f04a                	sd	s2,32(sp)
ffffffc0802053fe:	ec4e                	sd	s3,24(sp)
ffffffc080205400:	0080                	add	s0,sp,64
ffffffc080205402:	e852                	sd	s4,16(sp)
ffffffc080205404:	e456                	sd	s5,8(sp)
ffffffc080205406:	e05a                	sd	s6,0(sp)
  spin_init(&pid_lock, "pid");
ffffffc080205408:	00003597          	auipc	a1,0x3
ffffffc08020540c:	61058593          	add	a1,a1,1552 # ffffffc080208a18 <__func__.0+0x418>
ffffffc080205410:	001eb517          	auipc	a0,0x1eb
ffffffc080205414:	07050513          	add	a0,a0,112 # ffffffc0803f0480 <pid_lock>
ffffffc080205418:	044010ef          	jal	ffffffc08020645c <spin_init>
  spin_init(&proc_wait_lock, "wait");
ffffffc08020541c:	00003597          	auipc	a1,0x3
ffffffc080205420:	60458593          	add	a1,a1,1540 # ffffffc080208a20 <__func__.0+0x420>
ffffffc080205424:	001eb517          	auipc	a0,0x1eb
ffffffc080205428:	07450513          	add	a0,a0,116 # ffffffc0803f0498 <proc_wait_lock>
ffffffc08020542c:	030010ef          	jal	ffffffc08020645c <spin_init>
  for (int i = 0; i < NPROC; i++)
ffffffc080205430:	003eb497          	auipc	s1,0x3eb
ffffffc080205434:	08048493          	add	s1,s1,128 # ffffffc0805f04b0 <procs>
ffffffc080205438:	003ef997          	auipc	s3,0x3ef
ffffffc08020543c:	87898993          	add	s3,s3,-1928 # ffffffc0805f3cb0 <threads>
    spin_init(&procs[i].lock, "proc");
ffffffc080205440:	00003917          	auipc	s2,0x3
ffffffc080205444:	5e890913          	add	s2,s2,1512 # ffffffc080208a28 <__func__.0+0x428>
ffffffc080205448:	8526                	mv	a0,s1
ffffffc08020544a:	85ca                	mv	a1,s2
  for (int i = 0; i < NPROC; i++)
ffffffc08020544c:	0e048493          	add	s1,s1,224
    spin_init(&procs[i].lock, "proc");
ffffffc080205450:	00c010ef          	jal	ffffffc08020645c <spin_init>
  for (int i = 0; i < NPROC; i++)
ffffffc080205454:	ff349ae3          	bne	s1,s3,ffffffc080205448 <proc_init+0x54>
    threads[i].tf = (struct trapframe *)(kstacks[i] + KSTACK_SIZE - sizeof(struct trapframe));
ffffffc080205458:	6991                	lui	s3,0x4
ffffffc08020545a:	003ef497          	auipc	s1,0x3ef
ffffffc08020545e:	85648493          	add	s1,s1,-1962 # ffffffc0805f3cb0 <threads>
ffffffc080205462:	001eb917          	auipc	s2,0x1eb
ffffffc080205466:	04e90913          	add	s2,s2,78 # ffffffc0803f04b0 <kstacks>
ffffffc08020546a:	003f5b17          	auipc	s6,0x3f5
ffffffc08020546e:	846b0b13          	add	s6,s6,-1978 # ffffffc0805f9cb0 <kernel_bss_end>
    spin_init(&threads[i].lock, "thread");
ffffffc080205472:	00003a97          	auipc	s5,0x3
ffffffc080205476:	5bea8a93          	add	s5,s5,1470 # ffffffc080208a30 <__func__.0+0x430>
    threads[i].tf = (struct trapframe *)(kstacks[i] + KSTACK_SIZE - sizeof(struct trapframe));
ffffffc08020547a:	ee098a13          	add	s4,s3,-288 # 3ee0 <KERNEL_PA-0x801fc120>
    spin_init(&threads[i].lock, "thread");
ffffffc08020547e:	8526                	mv	a0,s1
ffffffc080205480:	85d6                	mv	a1,s5
ffffffc080205482:	7db000ef          	jal	ffffffc08020645c <spin_init>
    threads[i].tf = (struct trapframe *)(kstacks[i] + KSTACK_SIZE - sizeof(struct trapframe));
ffffffc080205486:	014907b3          	add	a5,s2,s4
    threads[i].kstack = kstacks[i];
ffffffc08020548a:	0324bc23          	sd	s2,56(s1)
    threads[i].tf = (struct trapframe *)(kstacks[i] + KSTACK_SIZE - sizeof(struct trapframe));
ffffffc08020548e:	e0bc                	sd	a5,64(s1)
  for (int i = 0; i < NTHREAD; i++) {
ffffffc080205490:	0c048493          	add	s1,s1,192
ffffffc080205494:	994e                	add	s2,s2,s3
ffffffc080205496:	ff6494e3          	bne	s1,s6,ffffffc08020547e <proc_init+0x8a>
}
ffffffc08020549a:	70e2                	ld	ra,56(sp)
ffffffc08020549c:	7442                	ld	s0,48(sp)
ffffffc08020549e:	74a2                	ld	s1,40(sp)
ffffffc0802054a0:	7902                	ld	s2,32(sp)
ffffffc0802054a2:	69e2                	ld	s3,24(sp)
ffffffc0802054a4:	6a42                	ld	s4,16(sp)
ffffffc0802054a6:	6aa2                	ld	s5,8(sp)
ffffffc0802054a8:	6b02                	ld	s6,0(sp)
ffffffc0802054aa:	6121                	add	sp,sp,64
ffffffc0802054ac:	8082                	ret

ffffffc0802054ae <thread_alloc>:
struct thread *thread_alloc(struct proc *p, void (*entry)(void)) {
ffffffc0802054ae:	7139                	add	sp,sp,-64
ffffffc0802054b0:	f822                	sd	s0,48(sp)
ffffffc0802054b2:	f426                	sd	s1,40(sp)
ffffffc0802054b4:	f04a                	sd	s2,32(sp)
ffffffc0802054b6:	ec4e                	sd	s3,24(sp)
ffffffc0802054b8:	e852                	sd	s4,16(sp)
ffffffc0802054ba:	e456                	sd	s5,8(sp)
ffffffc0802054bc:	fc06                	sd	ra,56(sp)
ffffffc0802054be:	0080                	add	s0,sp,64
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc0802054c0:	003ee997          	auipc	s3,0x3ee
ffffffc0802054c4:	7f098993          	add	s3,s3,2032 # ffffffc0805f3cb0 <threads>
struct thread *thread_alloc(struct proc *p, void (*entry)(void)) {
ffffffc0802054c8:	8aaa                	mv	s5,a0
ffffffc0802054ca:	8a2e                	mv	s4,a1
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc0802054cc:	84ce                	mv	s1,s3
ffffffc0802054ce:	003f4917          	auipc	s2,0x3f4
ffffffc0802054d2:	7e290913          	add	s2,s2,2018 # ffffffc0805f9cb0 <kernel_bss_end>
ffffffc0802054d6:	a039                	j	ffffffc0802054e4 <thread_alloc+0x36>
ffffffc0802054d8:	0c048493          	add	s1,s1,192
    spin_unlock(&t->lock);
ffffffc0802054dc:	090010ef          	jal	ffffffc08020656c <spin_unlock>
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc0802054e0:	07248763          	beq	s1,s2,ffffffc08020554e <thread_alloc+0xa0>
    spin_lock(&t->lock);
ffffffc0802054e4:	8526                	mv	a0,s1
ffffffc0802054e6:	78d000ef          	jal	ffffffc080206472 <spin_lock>
    if (t->state == T_UNUSED) {
ffffffc0802054ea:	4c9c                	lw	a5,24(s1)
    spin_unlock(&t->lock);
ffffffc0802054ec:	8526                	mv	a0,s1
    if (t->state == T_UNUSED) {
ffffffc0802054ee:	f7ed                	bnez	a5,ffffffc0802054d8 <thread_alloc+0x2a>
      t->tid = t - threads;
ffffffc0802054f0:	413487b3          	sub	a5,s1,s3
ffffffc0802054f4:	00003717          	auipc	a4,0x3
ffffffc0802054f8:	b2c73703          	ld	a4,-1236(a4) # ffffffc080208020 <kernel_text_end+0x20>
ffffffc0802054fc:	8799                	sra	a5,a5,0x6
ffffffc0802054fe:	02e787b3          	mul	a5,a5,a4
      t->state = T_EMBRYO;
ffffffc080205502:	4705                	li	a4,1
ffffffc080205504:	cc98                	sw	a4,24(s1)
      t->proc = p;
ffffffc080205506:	0354b423          	sd	s5,40(s1)
      t->chan = NULL;
ffffffc08020550a:	0204b023          	sd	zero,32(s1)
      t->ended = false;
ffffffc08020550e:	04048423          	sb	zero,72(s1)
      t->tid = t - threads;
ffffffc080205512:	d89c                	sw	a5,48(s1)
      spin_unlock(&t->lock);
ffffffc080205514:	058010ef          	jal	ffffffc08020656c <spin_unlock>
      *(uint64 *)t->kstack = KSTACK_CANARY;
ffffffc080205518:	7c9c                	ld	a5,56(s1)
ffffffc08020551a:	00003717          	auipc	a4,0x3
ffffffc08020551e:	b0e73703          	ld	a4,-1266(a4) # ffffffc080208028 <kernel_text_end+0x28>
      memset(&t->ctx, 0, sizeof(t->ctx));
ffffffc080205522:	07000613          	li	a2,112
      *(uint64 *)t->kstack = KSTACK_CANARY;
ffffffc080205526:	e398                	sd	a4,0(a5)
      memset(&t->ctx, 0, sizeof(t->ctx));
ffffffc080205528:	4581                	li	a1,0
ffffffc08020552a:	05048513          	add	a0,s1,80
ffffffc08020552e:	d4efe0ef          	jal	ffffffc080203a7c <memset>
      t->ctx.sp = (uint64)t->tf;
ffffffc080205532:	60bc                	ld	a5,64(s1)
      t->ctx.ra = (uint64)entry;
ffffffc080205534:	0544b823          	sd	s4,80(s1)
      t->ctx.sp = (uint64)t->tf;
ffffffc080205538:	ecbc                	sd	a5,88(s1)
}
ffffffc08020553a:	70e2                	ld	ra,56(sp)
ffffffc08020553c:	7442                	ld	s0,48(sp)
ffffffc08020553e:	7902                	ld	s2,32(sp)
ffffffc080205540:	69e2                	ld	s3,24(sp)
ffffffc080205542:	6a42                	ld	s4,16(sp)
ffffffc080205544:	6aa2                	ld	s5,8(sp)
ffffffc080205546:	8526                	mv	a0,s1
ffffffc080205548:	74a2                	ld	s1,40(sp)
ffffffc08020554a:	6121                	add	sp,sp,64
ffffffc08020554c:	8082                	ret
  return NULL;
ffffffc08020554e:	4481                	li	s1,0
ffffffc080205550:	b7ed                	j	ffffffc08020553a <thread_alloc+0x8c>

ffffffc080205552 <proc_alloc>:
static struct proc *proc_alloc(void (*entry)(void), struct thread **tp) {
ffffffc080205552:	7179                	add	sp,sp,-48
ffffffc080205554:	f022                	sd	s0,32(sp)
ffffffc080205556:	ec26                	sd	s1,24(sp)
ffffffc080205558:	e84a                	sd	s2,16(sp)
ffffffc08020555a:	e44e                	sd	s3,8(sp)
ffffffc08020555c:	f406                	sd	ra,40(sp)
ffffffc08020555e:	1800                	add	s0,sp,48
ffffffc080205560:	89aa                	mv	s3,a0
ffffffc080205562:	892e                	mv	s2,a1
  for (struct proc *p = procs; p < &procs[NPROC]; p++) {
ffffffc080205564:	003eb497          	auipc	s1,0x3eb
ffffffc080205568:	f4c48493          	add	s1,s1,-180 # ffffffc0805f04b0 <procs>
    spin_lock(&p->lock);
ffffffc08020556c:	8526                	mv	a0,s1
ffffffc08020556e:	705000ef          	jal	ffffffc080206472 <spin_lock>
    if (p->state != P_UNUSED) {
ffffffc080205572:	4c9c                	lw	a5,24(s1)
ffffffc080205574:	e3bd                	bnez	a5,ffffffc0802055da <proc_alloc+0x88>
    p->state = P_USED;
ffffffc080205576:	4785                	li	a5,1
ffffffc080205578:	cc9c                	sw	a5,24(s1)
    p->nthreads = 1;
ffffffc08020557a:	d49c                	sw	a5,40(s1)
    spin_unlock(&p->lock);
ffffffc08020557c:	8526                	mv	a0,s1
    p->killed = false;
ffffffc08020557e:	02048023          	sb	zero,32(s1)
    p->exiting = false;
ffffffc080205582:	02048623          	sb	zero,44(s1)
    p->single = NULL;
ffffffc080205586:	0204b823          	sd	zero,48(s1)
    p->xstate = 0;
ffffffc08020558a:	0204a223          	sw	zero,36(s1)
    spin_unlock(&p->lock);
ffffffc08020558e:	7df000ef          	jal	ffffffc08020656c <spin_unlock>
    *tp = thread_alloc(p, entry);
ffffffc080205592:	85ce                	mv	a1,s3
ffffffc080205594:	8526                	mv	a0,s1
ffffffc080205596:	f19ff0ef          	jal	ffffffc0802054ae <thread_alloc>
ffffffc08020559a:	00a93023          	sd	a0,0(s2)
    if (!*tp) {
ffffffc08020559e:	c939                	beqz	a0,ffffffc0802055f4 <proc_alloc+0xa2>
    spin_lock(&pid_lock);
ffffffc0802055a0:	001eb517          	auipc	a0,0x1eb
ffffffc0802055a4:	ee050513          	add	a0,a0,-288 # ffffffc0803f0480 <pid_lock>
ffffffc0802055a8:	6cb000ef          	jal	ffffffc080206472 <spin_lock>
    p->pid = next_pid++;
ffffffc0802055ac:	001b0797          	auipc	a5,0x1b0
ffffffc0802055b0:	a5c78793          	add	a5,a5,-1444 # ffffffc0803b5008 <next_pid>
ffffffc0802055b4:	4398                	lw	a4,0(a5)
    spin_unlock(&pid_lock);
ffffffc0802055b6:	001eb517          	auipc	a0,0x1eb
ffffffc0802055ba:	eca50513          	add	a0,a0,-310 # ffffffc0803f0480 <pid_lock>
    p->pid = next_pid++;
ffffffc0802055be:	0017069b          	addw	a3,a4,1
ffffffc0802055c2:	ccd8                	sw	a4,28(s1)
ffffffc0802055c4:	c394                	sw	a3,0(a5)
    spin_unlock(&pid_lock);
ffffffc0802055c6:	7a7000ef          	jal	ffffffc08020656c <spin_unlock>
}
ffffffc0802055ca:	70a2                	ld	ra,40(sp)
ffffffc0802055cc:	7402                	ld	s0,32(sp)
ffffffc0802055ce:	6942                	ld	s2,16(sp)
ffffffc0802055d0:	69a2                	ld	s3,8(sp)
ffffffc0802055d2:	8526                	mv	a0,s1
ffffffc0802055d4:	64e2                	ld	s1,24(sp)
ffffffc0802055d6:	6145                	add	sp,sp,48
ffffffc0802055d8:	8082                	ret
      spin_unlock(&p->lock);
ffffffc0802055da:	8526                	mv	a0,s1
ffffffc0802055dc:	791000ef          	jal	ffffffc08020656c <spin_unlock>
  for (struct proc *p = procs; p < &procs[NPROC]; p++) {
ffffffc0802055e0:	0e048493          	add	s1,s1,224
ffffffc0802055e4:	003ee797          	auipc	a5,0x3ee
ffffffc0802055e8:	6cc78793          	add	a5,a5,1740 # ffffffc0805f3cb0 <threads>
ffffffc0802055ec:	f8f490e3          	bne	s1,a5,ffffffc08020556c <proc_alloc+0x1a>
      return NULL;
ffffffc0802055f0:	4481                	li	s1,0
ffffffc0802055f2:	bfe1                	j	ffffffc0802055ca <proc_alloc+0x78>
      spin_lock(&p->lock);
ffffffc0802055f4:	8526                	mv	a0,s1
ffffffc0802055f6:	67d000ef          	jal	ffffffc080206472 <spin_lock>
      spin_unlock(&p->lock);
ffffffc0802055fa:	8526                	mv	a0,s1
      p->state = P_UNUSED;
ffffffc0802055fc:	0004ac23          	sw	zero,24(s1)
      spin_unlock(&p->lock);
ffffffc080205600:	76d000ef          	jal	ffffffc08020656c <spin_unlock>
      return NULL;
ffffffc080205604:	4481                	li	s1,0
ffffffc080205606:	b7d1                	j	ffffffc0802055ca <proc_alloc+0x78>

ffffffc080205608 <thread_free>:
void thread_free(struct thread *t) {
ffffffc080205608:	1101                	add	sp,sp,-32
ffffffc08020560a:	e822                	sd	s0,16(sp)
ffffffc08020560c:	e426                	sd	s1,8(sp)
ffffffc08020560e:	ec06                	sd	ra,24(sp)
ffffffc080205610:	1000                	add	s0,sp,32
ffffffc080205612:	84aa                	mv	s1,a0
  spin_lock(&t->lock);
ffffffc080205614:	65f000ef          	jal	ffffffc080206472 <spin_lock>
}
ffffffc080205618:	6442                	ld	s0,16(sp)
ffffffc08020561a:	60e2                	ld	ra,24(sp)
  t->state = T_UNUSED;
ffffffc08020561c:	0004ac23          	sw	zero,24(s1)
  t->proc = NULL;
ffffffc080205620:	0204b423          	sd	zero,40(s1)
  spin_unlock(&t->lock);
ffffffc080205624:	8526                	mv	a0,s1
}
ffffffc080205626:	64a2                	ld	s1,8(sp)
ffffffc080205628:	6105                	add	sp,sp,32
  spin_unlock(&t->lock);
ffffffc08020562a:	7430006f          	j	ffffffc08020656c <spin_unlock>

ffffffc08020562e <proc_start_init>:
void proc_start_init(char **argv) {
ffffffc08020562e:	7179                	add	sp,sp,-48
ffffffc080205630:	f022                	sd	s0,32(sp)
ffffffc080205632:	e84a                	sd	s2,16(sp)
ffffffc080205634:	1800                	add	s0,sp,48
ffffffc080205636:	f406                	sd	ra,40(sp)
ffffffc080205638:	ec26                	sd	s1,24(sp)
ffffffc08020563a:	892a                	mv	s2,a0
  struct proc *p = proc_alloc(init_first_entry, &t);
ffffffc08020563c:	fd840593          	add	a1,s0,-40
ffffffc080205640:	00000517          	auipc	a0,0x0
ffffffc080205644:	d2e50513          	add	a0,a0,-722 # ffffffc08020536e <init_first_entry>
ffffffc080205648:	f0bff0ef          	jal	ffffffc080205552 <proc_alloc>
  if (!p || !(p->vm = vm_create()))
ffffffc08020564c:	cd21                	beqz	a0,ffffffc0802056a4 <proc_start_init+0x76>
ffffffc08020564e:	84aa                	mv	s1,a0
ffffffc080205650:	c22ff0ef          	jal	ffffffc080204a72 <vm_create>
ffffffc080205654:	e0a8                	sd	a0,64(s1)
ffffffc080205656:	c539                	beqz	a0,ffffffc0802056a4 <proc_start_init+0x76>
  init_argv = argv;
ffffffc080205658:	001b5797          	auipc	a5,0x1b5
ffffffc08020565c:	b527b423          	sd	s2,-1208(a5) # ffffffc0803ba1a0 <init_argv>
  p->cwd = inode_dup(fs_root());
ffffffc080205660:	a70fc0ef          	jal	ffffffc0802018d0 <fs_root>
ffffffc080205664:	e81fc0ef          	jal	ffffffc0802024e4 <inode_dup>
ffffffc080205668:	e4e8                	sd	a0,200(s1)
  safestrcpy(p->name, "init", sizeof(p->name));
ffffffc08020566a:	4641                	li	a2,16
ffffffc08020566c:	00003597          	auipc	a1,0x3
ffffffc080205670:	21458593          	add	a1,a1,532 # ffffffc080208880 <__func__.0+0x280>
ffffffc080205674:	0d048513          	add	a0,s1,208
ffffffc080205678:	d80fe0ef          	jal	ffffffc080203bf8 <safestrcpy>
  spin_lock(&t->lock);
ffffffc08020567c:	fd843903          	ld	s2,-40(s0)
  initproc = p;
ffffffc080205680:	001b5797          	auipc	a5,0x1b5
ffffffc080205684:	b297b423          	sd	s1,-1240(a5) # ffffffc0803ba1a8 <initproc>
  spin_lock(&t->lock);
ffffffc080205688:	854a                	mv	a0,s2
ffffffc08020568a:	5e9000ef          	jal	ffffffc080206472 <spin_lock>
  t->state = T_RUNNABLE;
ffffffc08020568e:	478d                	li	a5,3
}
ffffffc080205690:	7402                	ld	s0,32(sp)
ffffffc080205692:	70a2                	ld	ra,40(sp)
ffffffc080205694:	64e2                	ld	s1,24(sp)
  t->state = T_RUNNABLE;
ffffffc080205696:	00f92c23          	sw	a5,24(s2)
  spin_unlock(&t->lock);
ffffffc08020569a:	854a                	mv	a0,s2
}
ffffffc08020569c:	6942                	ld	s2,16(sp)
ffffffc08020569e:	6145                	add	sp,sp,48
  spin_unlock(&t->lock);
ffffffc0802056a0:	6cd0006f          	j	ffffffc08020656c <spin_unlock>
    panic("proc_start_init: out of memory");
ffffffc0802056a4:	00003517          	auipc	a0,0x3
ffffffc0802056a8:	39450513          	add	a0,a0,916 # ffffffc080208a38 <__func__.0+0x438>
ffffffc0802056ac:	b00fe0ef          	jal	ffffffc0802039ac <panic>

ffffffc0802056b0 <proc_fork>:
int proc_fork(void) {
ffffffc0802056b0:	715d                	add	sp,sp,-80
ffffffc0802056b2:	e486                	sd	ra,72(sp)
ffffffc0802056b4:	e0a2                	sd	s0,64(sp)
ffffffc0802056b6:	fc26                	sd	s1,56(sp)
ffffffc0802056b8:	0880                	add	s0,sp,80
ffffffc0802056ba:	ec56                	sd	s5,24(sp)
ffffffc0802056bc:	f84a                	sd	s2,48(sp)
ffffffc0802056be:	f44e                	sd	s3,40(sp)
ffffffc0802056c0:	f052                	sd	s4,32(sp)
ffffffc0802056c2:	e85a                	sd	s6,16(sp)
  struct proc *p = curproc(), *np;
ffffffc0802056c4:	6dc000ef          	jal	ffffffc080205da0 <curproc>
ffffffc0802056c8:	8aaa                	mv	s5,a0
  struct thread *t = curthread(), *nt;
ffffffc0802056ca:	6b4000ef          	jal	ffffffc080205d7e <curthread>
ffffffc0802056ce:	84aa                	mv	s1,a0
  if (!(np = proc_alloc(thread_first_entry, &nt)))
ffffffc0802056d0:	fb840593          	add	a1,s0,-72
ffffffc0802056d4:	00000517          	auipc	a0,0x0
ffffffc0802056d8:	c8650513          	add	a0,a0,-890 # ffffffc08020535a <thread_first_entry>
ffffffc0802056dc:	e77ff0ef          	jal	ffffffc080205552 <proc_alloc>
ffffffc0802056e0:	0e050f63          	beqz	a0,ffffffc0802057de <proc_fork+0x12e>
  if (!(np->vm = vm_fork(p->vm, vm_fork_mode()))) {
ffffffc0802056e4:	040ab903          	ld	s2,64(s5)
ffffffc0802056e8:	8a2a                	mv	s4,a0
ffffffc0802056ea:	b5aff0ef          	jal	ffffffc080204a44 <vm_fork_mode>
ffffffc0802056ee:	85aa                	mv	a1,a0
ffffffc0802056f0:	854a                	mv	a0,s2
ffffffc0802056f2:	f54ff0ef          	jal	ffffffc080204e46 <vm_fork>
ffffffc0802056f6:	04aa3023          	sd	a0,64(s4)
    proc_release(np, nt);
ffffffc0802056fa:	fb843b03          	ld	s6,-72(s0)
  if (!(np->vm = vm_fork(p->vm, vm_fork_mode()))) {
ffffffc0802056fe:	cd55                	beqz	a0,ffffffc0802057ba <proc_fork+0x10a>
  *nt->tf = *t->tf;
ffffffc080205700:	040b3883          	ld	a7,64(s6)
ffffffc080205704:	60bc                	ld	a5,64(s1)
ffffffc080205706:	8746                	mv	a4,a7
ffffffc080205708:	12078813          	add	a6,a5,288
ffffffc08020570c:	6388                	ld	a0,0(a5)
ffffffc08020570e:	678c                	ld	a1,8(a5)
ffffffc080205710:	6b90                	ld	a2,16(a5)
ffffffc080205712:	6f94                	ld	a3,24(a5)
ffffffc080205714:	e308                	sd	a0,0(a4)
ffffffc080205716:	e70c                	sd	a1,8(a4)
ffffffc080205718:	eb10                	sd	a2,16(a4)
ffffffc08020571a:	ef14                	sd	a3,24(a4)
ffffffc08020571c:	02078793          	add	a5,a5,32
ffffffc080205720:	02070713          	add	a4,a4,32
ffffffc080205724:	ff0794e3          	bne	a5,a6,ffffffc08020570c <proc_fork+0x5c>
  nt->tf->x[REG_A0] = 0;
ffffffc080205728:	0408b823          	sd	zero,80(a7)
  for (int fd = 0; fd < NOFILE; fd++)
ffffffc08020572c:	048a8493          	add	s1,s5,72
ffffffc080205730:	048a0913          	add	s2,s4,72
ffffffc080205734:	0c8a8993          	add	s3,s5,200
    np->ofile[fd] = p->ofile[fd] ? file_dup(p->ofile[fd]) : NULL;
ffffffc080205738:	6088                	ld	a0,0(s1)
  for (int fd = 0; fd < NOFILE; fd++)
ffffffc08020573a:	04a1                	add	s1,s1,8
    np->ofile[fd] = p->ofile[fd] ? file_dup(p->ofile[fd]) : NULL;
ffffffc08020573c:	c119                	beqz	a0,ffffffc080205742 <proc_fork+0x92>
ffffffc08020573e:	879fc0ef          	jal	ffffffc080201fb6 <file_dup>
ffffffc080205742:	00a93023          	sd	a0,0(s2)
  for (int fd = 0; fd < NOFILE; fd++)
ffffffc080205746:	0921                	add	s2,s2,8
ffffffc080205748:	ff3498e3          	bne	s1,s3,ffffffc080205738 <proc_fork+0x88>
  np->cwd = inode_dup(p->cwd);
ffffffc08020574c:	0c8ab503          	ld	a0,200(s5)
ffffffc080205750:	d95fc0ef          	jal	ffffffc0802024e4 <inode_dup>
  safestrcpy(np->name, p->name, sizeof(np->name));
ffffffc080205754:	4641                	li	a2,16
ffffffc080205756:	0d0a8593          	add	a1,s5,208
  np->cwd = inode_dup(p->cwd);
ffffffc08020575a:	0caa3423          	sd	a0,200(s4)
  safestrcpy(np->name, p->name, sizeof(np->name));
ffffffc08020575e:	0d0a0513          	add	a0,s4,208
ffffffc080205762:	c96fe0ef          	jal	ffffffc080203bf8 <safestrcpy>
  spin_lock(&proc_wait_lock);
ffffffc080205766:	001eb517          	auipc	a0,0x1eb
ffffffc08020576a:	d3250513          	add	a0,a0,-718 # ffffffc0803f0498 <proc_wait_lock>
  int pid = np->pid;
ffffffc08020576e:	01ca2483          	lw	s1,28(s4)
  spin_lock(&proc_wait_lock);
ffffffc080205772:	501000ef          	jal	ffffffc080206472 <spin_lock>
  spin_unlock(&proc_wait_lock);
ffffffc080205776:	001eb517          	auipc	a0,0x1eb
ffffffc08020577a:	d2250513          	add	a0,a0,-734 # ffffffc0803f0498 <proc_wait_lock>
  np->parent = p;
ffffffc08020577e:	035a3c23          	sd	s5,56(s4)
  spin_unlock(&proc_wait_lock);
ffffffc080205782:	5eb000ef          	jal	ffffffc08020656c <spin_unlock>
  spin_lock(&nt->lock);
ffffffc080205786:	855a                	mv	a0,s6
ffffffc080205788:	4eb000ef          	jal	ffffffc080206472 <spin_lock>
  nt->state = T_RUNNABLE;
ffffffc08020578c:	478d                	li	a5,3
ffffffc08020578e:	00fb2c23          	sw	a5,24(s6)
  spin_unlock(&nt->lock);
ffffffc080205792:	855a                	mv	a0,s6
ffffffc080205794:	5d9000ef          	jal	ffffffc08020656c <spin_unlock>
ffffffc080205798:	8792                	mv	a5,tp
  __atomic_fetch_add(&mycpu()->stats[idx], 1, __ATOMIC_RELAXED);
ffffffc08020579a:	4705                	li	a4,1
ffffffc08020579c:	2c078793          	add	a5,a5,704
ffffffc0802057a0:	00e7b02f          	amoadd.d	zero,a4,(a5)
}
ffffffc0802057a4:	60a6                	ld	ra,72(sp)
ffffffc0802057a6:	6406                	ld	s0,64(sp)
ffffffc0802057a8:	7942                	ld	s2,48(sp)
ffffffc0802057aa:	79a2                	ld	s3,40(sp)
ffffffc0802057ac:	7a02                	ld	s4,32(sp)
ffffffc0802057ae:	6ae2                	ld	s5,24(sp)
ffffffc0802057b0:	6b42                	ld	s6,16(sp)
ffffffc0802057b2:	8526                	mv	a0,s1
ffffffc0802057b4:	74e2                	ld	s1,56(sp)
ffffffc0802057b6:	6161                	add	sp,sp,80
ffffffc0802057b8:	8082                	ret
  spin_lock(&t->lock);
ffffffc0802057ba:	855a                	mv	a0,s6
ffffffc0802057bc:	4b7000ef          	jal	ffffffc080206472 <spin_lock>
  spin_unlock(&t->lock);
ffffffc0802057c0:	855a                	mv	a0,s6
  t->state = T_UNUSED;
ffffffc0802057c2:	000b2c23          	sw	zero,24(s6)
  t->proc = NULL;
ffffffc0802057c6:	020b3423          	sd	zero,40(s6)
  spin_unlock(&t->lock);
ffffffc0802057ca:	5a3000ef          	jal	ffffffc08020656c <spin_unlock>
  spin_lock(&p->lock);
ffffffc0802057ce:	8552                	mv	a0,s4
ffffffc0802057d0:	4a3000ef          	jal	ffffffc080206472 <spin_lock>
  spin_unlock(&p->lock);
ffffffc0802057d4:	8552                	mv	a0,s4
  p->state = P_UNUSED;
ffffffc0802057d6:	000a3c23          	sd	zero,24(s4)
  spin_unlock(&p->lock);
ffffffc0802057da:	593000ef          	jal	ffffffc08020656c <spin_unlock>
    return -1;
ffffffc0802057de:	54fd                	li	s1,-1
ffffffc0802057e0:	b7d1                	j	ffffffc0802057a4 <proc_fork+0xf4>

ffffffc0802057e2 <proc_wait>:
    return pid;
  }
  return 0;
}

int proc_wait(uint64 status_uva) {
ffffffc0802057e2:	711d                	add	sp,sp,-96
ffffffc0802057e4:	ec86                	sd	ra,88(sp)
ffffffc0802057e6:	e8a2                	sd	s0,80(sp)
ffffffc0802057e8:	fc4e                	sd	s3,56(sp)
ffffffc0802057ea:	f852                	sd	s4,48(sp)
ffffffc0802057ec:	f456                	sd	s5,40(sp)
ffffffc0802057ee:	f05a                	sd	s6,32(sp)
ffffffc0802057f0:	ec5e                	sd	s7,24(sp)
ffffffc0802057f2:	e862                	sd	s8,16(sp)
ffffffc0802057f4:	1080                	add	s0,sp,96
ffffffc0802057f6:	e4a6                	sd	s1,72(sp)
ffffffc0802057f8:	e0ca                	sd	s2,64(sp)
ffffffc0802057fa:	e466                	sd	s9,8(sp)
ffffffc0802057fc:	8baa                	mv	s7,a0
  struct proc *p = curproc();
ffffffc0802057fe:	5a2000ef          	jal	ffffffc080205da0 <curproc>
ffffffc080205802:	8aaa                	mv	s5,a0
  spin_lock(&proc_wait_lock);
ffffffc080205804:	001eb517          	auipc	a0,0x1eb
ffffffc080205808:	c9450513          	add	a0,a0,-876 # ffffffc0803f0498 <proc_wait_lock>
    if (c->state != P_ZOMBIE) {
ffffffc08020580c:	4c09                	li	s8,2
  spin_lock(&proc_wait_lock);
ffffffc08020580e:	465000ef          	jal	ffffffc080206472 <spin_lock>
  for (struct proc *c = procs; c < &procs[NPROC]; c++) {
ffffffc080205812:	003eeb17          	auipc	s6,0x3ee
ffffffc080205816:	49eb0b13          	add	s6,s6,1182 # ffffffc0805f3cb0 <threads>
    KASSERT(t->state == T_EXITED);
ffffffc08020581a:	4a15                	li	s4,5
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc08020581c:	003f4997          	auipc	s3,0x3f4
ffffffc080205820:	49498993          	add	s3,s3,1172 # ffffffc0805f9cb0 <kernel_bss_end>
  for (;;) {
    bool have_kids = false, fault = false;
ffffffc080205824:	4701                	li	a4,0
  for (struct proc *c = procs; c < &procs[NPROC]; c++) {
ffffffc080205826:	003eb917          	auipc	s2,0x3eb
ffffffc08020582a:	c8a90913          	add	s2,s2,-886 # ffffffc0805f04b0 <procs>
    if (c->parent != p)
ffffffc08020582e:	03893783          	ld	a5,56(s2)
ffffffc080205832:	02fa8963          	beq	s5,a5,ffffffc080205864 <proc_wait+0x82>
  for (struct proc *c = procs; c < &procs[NPROC]; c++) {
ffffffc080205836:	0e090913          	add	s2,s2,224
ffffffc08020583a:	ff691ae3          	bne	s2,s6,ffffffc08020582e <proc_wait+0x4c>
    int pid = reap_one(p, status_uva, &have_kids, &fault);
    if (pid || fault || !have_kids || proc_killed(p)) {
ffffffc08020583e:	0e070063          	beqz	a4,ffffffc08020591e <proc_wait+0x13c>
  p->killed = true;
  spin_unlock(&p->lock);
}

bool proc_killed(struct proc *p) {
  spin_lock(&p->lock);
ffffffc080205842:	8556                	mv	a0,s5
ffffffc080205844:	42f000ef          	jal	ffffffc080206472 <spin_lock>
  bool k = p->killed;
ffffffc080205848:	020ac483          	lbu	s1,32(s5)
  spin_unlock(&p->lock);
ffffffc08020584c:	8556                	mv	a0,s5
ffffffc08020584e:	51f000ef          	jal	ffffffc08020656c <spin_unlock>
    if (pid || fault || !have_kids || proc_killed(p)) {
ffffffc080205852:	e4f1                	bnez	s1,ffffffc08020591e <proc_wait+0x13c>
    sleep_on(p, &proc_wait_lock);
ffffffc080205854:	001eb597          	auipc	a1,0x1eb
ffffffc080205858:	c4458593          	add	a1,a1,-956 # ffffffc0803f0498 <proc_wait_lock>
ffffffc08020585c:	8556                	mv	a0,s5
ffffffc08020585e:	744000ef          	jal	ffffffc080205fa2 <sleep_on>
  for (;;) {
ffffffc080205862:	b7c9                	j	ffffffc080205824 <proc_wait+0x42>
    spin_lock(&c->lock);
ffffffc080205864:	854a                	mv	a0,s2
ffffffc080205866:	40d000ef          	jal	ffffffc080206472 <spin_lock>
    if (c->state != P_ZOMBIE) {
ffffffc08020586a:	01892783          	lw	a5,24(s2)
ffffffc08020586e:	0b879363          	bne	a5,s8,ffffffc080205914 <proc_wait+0x132>
    int pid = c->pid;
ffffffc080205872:	01c92c83          	lw	s9,28(s2)
    if (status_uva && copyout(status_uva, &c->xstate, sizeof(int)) < 0) {
ffffffc080205876:	000b8a63          	beqz	s7,ffffffc08020588a <proc_wait+0xa8>
ffffffc08020587a:	4611                	li	a2,4
ffffffc08020587c:	02490593          	add	a1,s2,36
ffffffc080205880:	855e                	mv	a0,s7
ffffffc080205882:	da3fe0ef          	jal	ffffffc080204624 <copyout>
ffffffc080205886:	06054c63          	bltz	a0,ffffffc0802058fe <proc_wait+0x11c>
  for (struct proc *c = procs; c < &procs[NPROC]; c++) {
ffffffc08020588a:	003ee497          	auipc	s1,0x3ee
ffffffc08020588e:	42648493          	add	s1,s1,1062 # ffffffc0805f3cb0 <threads>
ffffffc080205892:	a029                	j	ffffffc08020589c <proc_wait+0xba>
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205894:	0c048493          	add	s1,s1,192
ffffffc080205898:	03348663          	beq	s1,s3,ffffffc0802058c4 <proc_wait+0xe2>
    if (t->proc != zp)
ffffffc08020589c:	749c                	ld	a5,40(s1)
ffffffc08020589e:	fef91be3          	bne	s2,a5,ffffffc080205894 <proc_wait+0xb2>
    spin_lock(&t->lock);
ffffffc0802058a2:	8526                	mv	a0,s1
ffffffc0802058a4:	3cf000ef          	jal	ffffffc080206472 <spin_lock>
    KASSERT(t->state == T_EXITED);
ffffffc0802058a8:	4c9c                	lw	a5,24(s1)
ffffffc0802058aa:	09479263          	bne	a5,s4,ffffffc08020592e <proc_wait+0x14c>
    spin_unlock(&t->lock);
ffffffc0802058ae:	8526                	mv	a0,s1
    t->state = T_UNUSED;
ffffffc0802058b0:	0004ac23          	sw	zero,24(s1)
    t->proc = NULL;
ffffffc0802058b4:	0204b423          	sd	zero,40(s1)
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc0802058b8:	0c048493          	add	s1,s1,192
    spin_unlock(&t->lock);
ffffffc0802058bc:	4b1000ef          	jal	ffffffc08020656c <spin_unlock>
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc0802058c0:	fd349ee3          	bne	s1,s3,ffffffc08020589c <proc_wait+0xba>
    spin_unlock(&c->lock);
ffffffc0802058c4:	854a                	mv	a0,s2
    c->parent = NULL;
ffffffc0802058c6:	02093c23          	sd	zero,56(s2)
    c->state = P_UNUSED;
ffffffc0802058ca:	00093c23          	sd	zero,24(s2)
    spin_unlock(&c->lock);
ffffffc0802058ce:	49f000ef          	jal	ffffffc08020656c <spin_unlock>
    if (pid || fault || !have_kids || proc_killed(p)) {
ffffffc0802058d2:	f60c88e3          	beqz	s9,ffffffc080205842 <proc_wait+0x60>
      spin_unlock(&proc_wait_lock);
ffffffc0802058d6:	001eb517          	auipc	a0,0x1eb
ffffffc0802058da:	bc250513          	add	a0,a0,-1086 # ffffffc0803f0498 <proc_wait_lock>
ffffffc0802058de:	48f000ef          	jal	ffffffc08020656c <spin_unlock>
}
ffffffc0802058e2:	60e6                	ld	ra,88(sp)
ffffffc0802058e4:	6446                	ld	s0,80(sp)
ffffffc0802058e6:	64a6                	ld	s1,72(sp)
ffffffc0802058e8:	6906                	ld	s2,64(sp)
ffffffc0802058ea:	79e2                	ld	s3,56(sp)
ffffffc0802058ec:	7a42                	ld	s4,48(sp)
ffffffc0802058ee:	7aa2                	ld	s5,40(sp)
ffffffc0802058f0:	7b02                	ld	s6,32(sp)
ffffffc0802058f2:	6be2                	ld	s7,24(sp)
ffffffc0802058f4:	6c42                	ld	s8,16(sp)
ffffffc0802058f6:	8566                	mv	a0,s9
ffffffc0802058f8:	6ca2                	ld	s9,8(sp)
ffffffc0802058fa:	6125                	add	sp,sp,96
ffffffc0802058fc:	8082                	ret
      spin_unlock(&c->lock);
ffffffc0802058fe:	854a                	mv	a0,s2
ffffffc080205900:	46d000ef          	jal	ffffffc08020656c <spin_unlock>
      spin_unlock(&proc_wait_lock);
ffffffc080205904:	001eb517          	auipc	a0,0x1eb
ffffffc080205908:	b9450513          	add	a0,a0,-1132 # ffffffc0803f0498 <proc_wait_lock>
ffffffc08020590c:	461000ef          	jal	ffffffc08020656c <spin_unlock>
      return pid ? pid : -1;
ffffffc080205910:	5cfd                	li	s9,-1
ffffffc080205912:	bfc1                	j	ffffffc0802058e2 <proc_wait+0x100>
      spin_unlock(&c->lock);
ffffffc080205914:	854a                	mv	a0,s2
ffffffc080205916:	457000ef          	jal	ffffffc08020656c <spin_unlock>
    *have_kids = true;
ffffffc08020591a:	4705                	li	a4,1
      continue;
ffffffc08020591c:	bf29                	j	ffffffc080205836 <proc_wait+0x54>
      spin_unlock(&proc_wait_lock);
ffffffc08020591e:	001eb517          	auipc	a0,0x1eb
ffffffc080205922:	b7a50513          	add	a0,a0,-1158 # ffffffc0803f0498 <proc_wait_lock>
ffffffc080205926:	447000ef          	jal	ffffffc08020656c <spin_unlock>
      return pid ? pid : -1;
ffffffc08020592a:	5cfd                	li	s9,-1
ffffffc08020592c:	bf5d                	j	ffffffc0802058e2 <proc_wait+0x100>
    KASSERT(t->state == T_EXITED);
ffffffc08020592e:	00003717          	auipc	a4,0x3
ffffffc080205932:	12a70713          	add	a4,a4,298 # ffffffc080208a58 <__func__.0+0x458>
ffffffc080205936:	00002697          	auipc	a3,0x2
ffffffc08020593a:	6fa68693          	add	a3,a3,1786 # ffffffc080208030 <__func__.0>
ffffffc08020593e:	10b00613          	li	a2,267
ffffffc080205942:	00003597          	auipc	a1,0x3
ffffffc080205946:	12e58593          	add	a1,a1,302 # ffffffc080208a70 <__func__.0+0x470>
ffffffc08020594a:	00002517          	auipc	a0,0x2
ffffffc08020594e:	72650513          	add	a0,a0,1830 # ffffffc080208070 <__func__.0+0x40>
ffffffc080205952:	85afe0ef          	jal	ffffffc0802039ac <panic>

ffffffc080205956 <wake_threads_locked>:
void wake_threads_locked(struct proc *p) {
ffffffc080205956:	7139                	add	sp,sp,-64
ffffffc080205958:	f822                	sd	s0,48(sp)
ffffffc08020595a:	f426                	sd	s1,40(sp)
ffffffc08020595c:	f04a                	sd	s2,32(sp)
ffffffc08020595e:	ec4e                	sd	s3,24(sp)
ffffffc080205960:	e852                	sd	s4,16(sp)
ffffffc080205962:	e456                	sd	s5,8(sp)
ffffffc080205964:	fc06                	sd	ra,56(sp)
ffffffc080205966:	0080                	add	s0,sp,64
ffffffc080205968:	892a                	mv	s2,a0
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc08020596a:	003ee497          	auipc	s1,0x3ee
ffffffc08020596e:	34648493          	add	s1,s1,838 # ffffffc0805f3cb0 <threads>
ffffffc080205972:	003f4997          	auipc	s3,0x3f4
ffffffc080205976:	33e98993          	add	s3,s3,830 # ffffffc0805f9cb0 <kernel_bss_end>
    if (t->state == T_SLEEPING)
ffffffc08020597a:	4a09                	li	s4,2
      t->state = T_RUNNABLE;
ffffffc08020597c:	4a8d                	li	s5,3
ffffffc08020597e:	a029                	j	ffffffc080205988 <wake_threads_locked+0x32>
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205980:	0c048493          	add	s1,s1,192
ffffffc080205984:	03348463          	beq	s1,s3,ffffffc0802059ac <wake_threads_locked+0x56>
    if (t->proc != p)
ffffffc080205988:	749c                	ld	a5,40(s1)
ffffffc08020598a:	ff279be3          	bne	a5,s2,ffffffc080205980 <wake_threads_locked+0x2a>
    spin_lock(&t->lock);
ffffffc08020598e:	8526                	mv	a0,s1
ffffffc080205990:	2e3000ef          	jal	ffffffc080206472 <spin_lock>
    if (t->state == T_SLEEPING)
ffffffc080205994:	4c9c                	lw	a5,24(s1)
    spin_unlock(&t->lock);
ffffffc080205996:	8526                	mv	a0,s1
    if (t->state == T_SLEEPING)
ffffffc080205998:	01479463          	bne	a5,s4,ffffffc0802059a0 <wake_threads_locked+0x4a>
      t->state = T_RUNNABLE;
ffffffc08020599c:	0154ac23          	sw	s5,24(s1)
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc0802059a0:	0c048493          	add	s1,s1,192
    spin_unlock(&t->lock);
ffffffc0802059a4:	3c9000ef          	jal	ffffffc08020656c <spin_unlock>
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc0802059a8:	ff3490e3          	bne	s1,s3,ffffffc080205988 <wake_threads_locked+0x32>
}
ffffffc0802059ac:	70e2                	ld	ra,56(sp)
ffffffc0802059ae:	7442                	ld	s0,48(sp)
ffffffc0802059b0:	74a2                	ld	s1,40(sp)
ffffffc0802059b2:	7902                	ld	s2,32(sp)
ffffffc0802059b4:	69e2                	ld	s3,24(sp)
ffffffc0802059b6:	6a42                	ld	s4,16(sp)
ffffffc0802059b8:	6aa2                	ld	s5,8(sp)
ffffffc0802059ba:	6121                	add	sp,sp,64
ffffffc0802059bc:	8082                	ret

ffffffc0802059be <proc_exit>:
void proc_exit(int status) {
ffffffc0802059be:	7139                	add	sp,sp,-64
ffffffc0802059c0:	fc06                	sd	ra,56(sp)
ffffffc0802059c2:	f822                	sd	s0,48(sp)
ffffffc0802059c4:	f04a                	sd	s2,32(sp)
ffffffc0802059c6:	0080                	add	s0,sp,64
ffffffc0802059c8:	e852                	sd	s4,16(sp)
ffffffc0802059ca:	e456                	sd	s5,8(sp)
ffffffc0802059cc:	f426                	sd	s1,40(sp)
ffffffc0802059ce:	ec4e                	sd	s3,24(sp)
ffffffc0802059d0:	e05a                	sd	s6,0(sp)
ffffffc0802059d2:	8aaa                	mv	s5,a0
  struct proc *p = curproc();
ffffffc0802059d4:	3cc000ef          	jal	ffffffc080205da0 <curproc>
ffffffc0802059d8:	892a                	mv	s2,a0
  struct thread *t = curthread();
ffffffc0802059da:	3a4000ef          	jal	ffffffc080205d7e <curthread>
ffffffc0802059de:	8a2a                	mv	s4,a0
  spin_lock(&p->lock);
ffffffc0802059e0:	854a                	mv	a0,s2
ffffffc0802059e2:	291000ef          	jal	ffffffc080206472 <spin_lock>
  if (p->nthreads > 1) {
ffffffc0802059e6:	02892703          	lw	a4,40(s2)
ffffffc0802059ea:	4785                	li	a5,1
ffffffc0802059ec:	02e7de63          	bge	a5,a4,ffffffc080205a28 <proc_exit+0x6a>
    if (!p->single || p->single == t) { /* not just yielding to an exec */
ffffffc0802059f0:	03093783          	ld	a5,48(s2)
ffffffc0802059f4:	cb81                	beqz	a5,ffffffc080205a04 <proc_exit+0x46>
ffffffc0802059f6:	01478763          	beq	a5,s4,ffffffc080205a04 <proc_exit+0x46>
    thread_end_locked(p, t, status);
ffffffc0802059fa:	8656                	mv	a2,s5
ffffffc0802059fc:	85d2                	mv	a1,s4
ffffffc0802059fe:	854a                	mv	a0,s2
ffffffc080205a00:	9a7ff0ef          	jal	ffffffc0802053a6 <thread_end_locked>
      if (!p->exiting && !p->killed) {
ffffffc080205a04:	02c94783          	lbu	a5,44(s2)
ffffffc080205a08:	eb89                	bnez	a5,ffffffc080205a1a <proc_exit+0x5c>
ffffffc080205a0a:	02094783          	lbu	a5,32(s2)
ffffffc080205a0e:	e791                	bnez	a5,ffffffc080205a1a <proc_exit+0x5c>
        p->exiting = true;
ffffffc080205a10:	4785                	li	a5,1
ffffffc080205a12:	02f90623          	sb	a5,44(s2)
        p->xstate = status;
ffffffc080205a16:	03592223          	sw	s5,36(s2)
      p->killed = true;
ffffffc080205a1a:	4785                	li	a5,1
ffffffc080205a1c:	02f90023          	sb	a5,32(s2)
      wake_threads_locked(p);
ffffffc080205a20:	854a                	mv	a0,s2
ffffffc080205a22:	f35ff0ef          	jal	ffffffc080205956 <wake_threads_locked>
ffffffc080205a26:	bfd1                	j	ffffffc0802059fa <proc_exit+0x3c>
  if (p->exiting)
ffffffc080205a28:	02c94783          	lbu	a5,44(s2)
ffffffc080205a2c:	c399                	beqz	a5,ffffffc080205a32 <proc_exit+0x74>
    status = p->xstate;
ffffffc080205a2e:	02492a83          	lw	s5,36(s2)
  spin_unlock(&p->lock);
ffffffc080205a32:	854a                	mv	a0,s2
  if (p == initproc)
ffffffc080205a34:	001b4b17          	auipc	s6,0x1b4
ffffffc080205a38:	774b0b13          	add	s6,s6,1908 # ffffffc0803ba1a8 <initproc>
  spin_unlock(&p->lock);
ffffffc080205a3c:	331000ef          	jal	ffffffc08020656c <spin_unlock>
  if (p == initproc)
ffffffc080205a40:	000b3783          	ld	a5,0(s6)
ffffffc080205a44:	0ef90163          	beq	s2,a5,ffffffc080205b26 <proc_exit+0x168>
ffffffc080205a48:	04890493          	add	s1,s2,72
ffffffc080205a4c:	0c890993          	add	s3,s2,200
    if (p->ofile[fd]) {
ffffffc080205a50:	6088                	ld	a0,0(s1)
ffffffc080205a52:	c509                	beqz	a0,ffffffc080205a5c <proc_exit+0x9e>
      file_close(p->ofile[fd]);
ffffffc080205a54:	dc4fc0ef          	jal	ffffffc080202018 <file_close>
      p->ofile[fd] = NULL;
ffffffc080205a58:	0004b023          	sd	zero,0(s1)
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080205a5c:	04a1                	add	s1,s1,8
ffffffc080205a5e:	fe9999e3          	bne	s3,s1,ffffffc080205a50 <proc_exit+0x92>
  inode_put(p->cwd);
ffffffc080205a62:	0c893503          	ld	a0,200(s2)
ffffffc080205a66:	abffc0ef          	jal	ffffffc080202524 <inode_put>
  struct vmspace *vs = p->vm;
ffffffc080205a6a:	04093483          	ld	s1,64(s2)
  p->cwd = NULL;
ffffffc080205a6e:	0c093423          	sd	zero,200(s2)
  push_off();
ffffffc080205a72:	28b000ef          	jal	ffffffc0802064fc <push_off>
  vm_deactivate(vs);
ffffffc080205a76:	8526                	mv	a0,s1
ffffffc080205a78:	cecff0ef          	jal	ffffffc080204f64 <vm_deactivate>
ffffffc080205a7c:	8792                	mv	a5,tp
  mycpu()->vs = NULL;
ffffffc080205a7e:	0807b823          	sd	zero,144(a5)
  pop_off();
ffffffc080205a82:	2a1000ef          	jal	ffffffc080206522 <pop_off>
  vm_destroy(vs);
ffffffc080205a86:	8526                	mv	a0,s1
  p->vm = NULL;
ffffffc080205a88:	04093023          	sd	zero,64(s2)
  vm_destroy(vs);
ffffffc080205a8c:	830ff0ef          	jal	ffffffc080204abc <vm_destroy>
  spin_lock(&proc_wait_lock);
ffffffc080205a90:	001eb517          	auipc	a0,0x1eb
ffffffc080205a94:	a0850513          	add	a0,a0,-1528 # ffffffc0803f0498 <proc_wait_lock>
ffffffc080205a98:	1db000ef          	jal	ffffffc080206472 <spin_lock>
  for (struct proc *c = procs; c < &procs[NPROC]; c++) {
ffffffc080205a9c:	003eb497          	auipc	s1,0x3eb
ffffffc080205aa0:	a1448493          	add	s1,s1,-1516 # ffffffc0805f04b0 <procs>
ffffffc080205aa4:	003ee997          	auipc	s3,0x3ee
ffffffc080205aa8:	20c98993          	add	s3,s3,524 # ffffffc0805f3cb0 <threads>
ffffffc080205aac:	a029                	j	ffffffc080205ab6 <proc_exit+0xf8>
ffffffc080205aae:	0e048493          	add	s1,s1,224
ffffffc080205ab2:	01348f63          	beq	s1,s3,ffffffc080205ad0 <proc_exit+0x112>
    if (c->parent == p) {
ffffffc080205ab6:	7c9c                	ld	a5,56(s1)
ffffffc080205ab8:	fef91be3          	bne	s2,a5,ffffffc080205aae <proc_exit+0xf0>
      c->parent = initproc;
ffffffc080205abc:	000b3503          	ld	a0,0(s6)
  for (struct proc *c = procs; c < &procs[NPROC]; c++) {
ffffffc080205ac0:	0e048493          	add	s1,s1,224
      c->parent = initproc;
ffffffc080205ac4:	f4a4bc23          	sd	a0,-168(s1)
      wakeup(initproc);
ffffffc080205ac8:	52a000ef          	jal	ffffffc080205ff2 <wakeup>
  for (struct proc *c = procs; c < &procs[NPROC]; c++) {
ffffffc080205acc:	ff3495e3          	bne	s1,s3,ffffffc080205ab6 <proc_exit+0xf8>
  wakeup(p->parent);
ffffffc080205ad0:	03893503          	ld	a0,56(s2)
ffffffc080205ad4:	51e000ef          	jal	ffffffc080205ff2 <wakeup>
  spin_lock(&p->lock);
ffffffc080205ad8:	854a                	mv	a0,s2
ffffffc080205ada:	199000ef          	jal	ffffffc080206472 <spin_lock>
  p->nthreads--;
ffffffc080205ade:	02892783          	lw	a5,40(s2)
  p->state = P_ZOMBIE;
ffffffc080205ae2:	4709                	li	a4,2
ffffffc080205ae4:	00e92c23          	sw	a4,24(s2)
  p->nthreads--;
ffffffc080205ae8:	37fd                	addw	a5,a5,-1
ffffffc080205aea:	02f92423          	sw	a5,40(s2)
  p->xstate = status;
ffffffc080205aee:	03592223          	sw	s5,36(s2)
  t->ended = true;
ffffffc080205af2:	4785                	li	a5,1
ffffffc080205af4:	04fa0423          	sb	a5,72(s4)
  spin_unlock(&p->lock);
ffffffc080205af8:	854a                	mv	a0,s2
ffffffc080205afa:	273000ef          	jal	ffffffc08020656c <spin_unlock>
  spin_lock(&t->lock);
ffffffc080205afe:	8552                	mv	a0,s4
ffffffc080205b00:	173000ef          	jal	ffffffc080206472 <spin_lock>
  t->state = T_EXITED;
ffffffc080205b04:	4795                	li	a5,5
  spin_unlock(&proc_wait_lock);
ffffffc080205b06:	001eb517          	auipc	a0,0x1eb
ffffffc080205b0a:	99250513          	add	a0,a0,-1646 # ffffffc0803f0498 <proc_wait_lock>
  t->state = T_EXITED;
ffffffc080205b0e:	00fa2c23          	sw	a5,24(s4)
  spin_unlock(&proc_wait_lock);
ffffffc080205b12:	25b000ef          	jal	ffffffc08020656c <spin_unlock>
  sched();
ffffffc080205b16:	3ae000ef          	jal	ffffffc080205ec4 <sched>
  panic("proc_exit: zombie ran");
ffffffc080205b1a:	00003517          	auipc	a0,0x3
ffffffc080205b1e:	f8e50513          	add	a0,a0,-114 # ffffffc080208aa8 <__func__.0+0x4a8>
ffffffc080205b22:	e8bfd0ef          	jal	ffffffc0802039ac <panic>
    panic("init exited with status %d", status);
ffffffc080205b26:	85d6                	mv	a1,s5
ffffffc080205b28:	00003517          	auipc	a0,0x3
ffffffc080205b2c:	f6050513          	add	a0,a0,-160 # ffffffc080208a88 <__func__.0+0x488>
ffffffc080205b30:	e7dfd0ef          	jal	ffffffc0802039ac <panic>

ffffffc080205b34 <thread_exit>:
void thread_exit(int status) {
ffffffc080205b34:	1101                	add	sp,sp,-32
ffffffc080205b36:	ec06                	sd	ra,24(sp)
ffffffc080205b38:	e822                	sd	s0,16(sp)
ffffffc080205b3a:	e426                	sd	s1,8(sp)
ffffffc080205b3c:	e04a                	sd	s2,0(sp)
ffffffc080205b3e:	1000                	add	s0,sp,32
ffffffc080205b40:	892a                	mv	s2,a0
  struct proc *p = curproc();
ffffffc080205b42:	25e000ef          	jal	ffffffc080205da0 <curproc>
ffffffc080205b46:	84aa                	mv	s1,a0
  spin_lock(&p->lock);
ffffffc080205b48:	12b000ef          	jal	ffffffc080206472 <spin_lock>
  if (p->nthreads > 1)
ffffffc080205b4c:	5498                	lw	a4,40(s1)
ffffffc080205b4e:	4785                	li	a5,1
ffffffc080205b50:	00e7d963          	bge	a5,a4,ffffffc080205b62 <thread_exit+0x2e>
    thread_end_locked(p, curthread(), status);
ffffffc080205b54:	22a000ef          	jal	ffffffc080205d7e <curthread>
ffffffc080205b58:	85aa                	mv	a1,a0
ffffffc080205b5a:	864a                	mv	a2,s2
ffffffc080205b5c:	8526                	mv	a0,s1
ffffffc080205b5e:	849ff0ef          	jal	ffffffc0802053a6 <thread_end_locked>
  spin_unlock(&p->lock);
ffffffc080205b62:	8526                	mv	a0,s1
ffffffc080205b64:	209000ef          	jal	ffffffc08020656c <spin_unlock>
  proc_exit(status);
ffffffc080205b68:	854a                	mv	a0,s2
ffffffc080205b6a:	e55ff0ef          	jal	ffffffc0802059be <proc_exit>

ffffffc080205b6e <proc_kill>:
  if (pid <= 0)
ffffffc080205b6e:	0aa05a63          	blez	a0,ffffffc080205c22 <proc_kill+0xb4>
int proc_kill(int pid) {
ffffffc080205b72:	7139                	add	sp,sp,-64
ffffffc080205b74:	f822                	sd	s0,48(sp)
ffffffc080205b76:	f426                	sd	s1,40(sp)
ffffffc080205b78:	f04a                	sd	s2,32(sp)
ffffffc080205b7a:	ec4e                	sd	s3,24(sp)
ffffffc080205b7c:	e852                	sd	s4,16(sp)
ffffffc080205b7e:	fc06                	sd	ra,56(sp)
ffffffc080205b80:	e456                	sd	s5,8(sp)
ffffffc080205b82:	0080                	add	s0,sp,64
ffffffc080205b84:	84aa                	mv	s1,a0
  for (struct proc *p = procs; p < &procs[NPROC]; p++) {
ffffffc080205b86:	003eb917          	auipc	s2,0x3eb
ffffffc080205b8a:	92a90913          	add	s2,s2,-1750 # ffffffc0805f04b0 <procs>
    if (p->pid == pid && p->state == P_USED) {
ffffffc080205b8e:	4a05                	li	s4,1
  for (struct proc *p = procs; p < &procs[NPROC]; p++) {
ffffffc080205b90:	003ee997          	auipc	s3,0x3ee
ffffffc080205b94:	12098993          	add	s3,s3,288 # ffffffc0805f3cb0 <threads>
ffffffc080205b98:	a039                	j	ffffffc080205ba6 <proc_kill+0x38>
ffffffc080205b9a:	0e090913          	add	s2,s2,224
    spin_unlock(&p->lock);
ffffffc080205b9e:	1cf000ef          	jal	ffffffc08020656c <spin_unlock>
  for (struct proc *p = procs; p < &procs[NPROC]; p++) {
ffffffc080205ba2:	07390e63          	beq	s2,s3,ffffffc080205c1e <proc_kill+0xb0>
    spin_lock(&p->lock);
ffffffc080205ba6:	854a                	mv	a0,s2
ffffffc080205ba8:	0cb000ef          	jal	ffffffc080206472 <spin_lock>
    if (p->pid == pid && p->state == P_USED) {
ffffffc080205bac:	01c92783          	lw	a5,28(s2)
    spin_unlock(&p->lock);
ffffffc080205bb0:	854a                	mv	a0,s2
    if (p->pid == pid && p->state == P_USED) {
ffffffc080205bb2:	fe9794e3          	bne	a5,s1,ffffffc080205b9a <proc_kill+0x2c>
ffffffc080205bb6:	01892783          	lw	a5,24(s2)
ffffffc080205bba:	ff4790e3          	bne	a5,s4,ffffffc080205b9a <proc_kill+0x2c>
      p->killed = true;
ffffffc080205bbe:	03490023          	sb	s4,32(s2)
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205bc2:	003ee497          	auipc	s1,0x3ee
ffffffc080205bc6:	0ee48493          	add	s1,s1,238 # ffffffc0805f3cb0 <threads>
ffffffc080205bca:	003f4997          	auipc	s3,0x3f4
ffffffc080205bce:	0e698993          	add	s3,s3,230 # ffffffc0805f9cb0 <kernel_bss_end>
    if (t->state == T_SLEEPING)
ffffffc080205bd2:	4a09                	li	s4,2
      t->state = T_RUNNABLE;
ffffffc080205bd4:	4a8d                	li	s5,3
ffffffc080205bd6:	a029                	j	ffffffc080205be0 <proc_kill+0x72>
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205bd8:	0c048493          	add	s1,s1,192
ffffffc080205bdc:	03348463          	beq	s1,s3,ffffffc080205c04 <proc_kill+0x96>
    if (t->proc != p)
ffffffc080205be0:	749c                	ld	a5,40(s1)
ffffffc080205be2:	fef91be3          	bne	s2,a5,ffffffc080205bd8 <proc_kill+0x6a>
    spin_lock(&t->lock);
ffffffc080205be6:	8526                	mv	a0,s1
ffffffc080205be8:	08b000ef          	jal	ffffffc080206472 <spin_lock>
    if (t->state == T_SLEEPING)
ffffffc080205bec:	4c9c                	lw	a5,24(s1)
    spin_unlock(&t->lock);
ffffffc080205bee:	8526                	mv	a0,s1
    if (t->state == T_SLEEPING)
ffffffc080205bf0:	01479463          	bne	a5,s4,ffffffc080205bf8 <proc_kill+0x8a>
      t->state = T_RUNNABLE;
ffffffc080205bf4:	0154ac23          	sw	s5,24(s1)
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205bf8:	0c048493          	add	s1,s1,192
    spin_unlock(&t->lock);
ffffffc080205bfc:	171000ef          	jal	ffffffc08020656c <spin_unlock>
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205c00:	ff3490e3          	bne	s1,s3,ffffffc080205be0 <proc_kill+0x72>
      spin_unlock(&p->lock);
ffffffc080205c04:	854a                	mv	a0,s2
ffffffc080205c06:	167000ef          	jal	ffffffc08020656c <spin_unlock>
      return 0;
ffffffc080205c0a:	4501                	li	a0,0
}
ffffffc080205c0c:	70e2                	ld	ra,56(sp)
ffffffc080205c0e:	7442                	ld	s0,48(sp)
ffffffc080205c10:	74a2                	ld	s1,40(sp)
ffffffc080205c12:	7902                	ld	s2,32(sp)
ffffffc080205c14:	69e2                	ld	s3,24(sp)
ffffffc080205c16:	6a42                	ld	s4,16(sp)
ffffffc080205c18:	6aa2                	ld	s5,8(sp)
ffffffc080205c1a:	6121                	add	sp,sp,64
ffffffc080205c1c:	8082                	ret
    return -1;
ffffffc080205c1e:	557d                	li	a0,-1
ffffffc080205c20:	b7f5                	j	ffffffc080205c0c <proc_kill+0x9e>
ffffffc080205c22:	557d                	li	a0,-1
}
ffffffc080205c24:	8082                	ret

ffffffc080205c26 <proc_set_killed>:
void proc_set_killed(struct proc *p) {
ffffffc080205c26:	1101                	add	sp,sp,-32
ffffffc080205c28:	e822                	sd	s0,16(sp)
ffffffc080205c2a:	e426                	sd	s1,8(sp)
ffffffc080205c2c:	ec06                	sd	ra,24(sp)
ffffffc080205c2e:	1000                	add	s0,sp,32
ffffffc080205c30:	84aa                	mv	s1,a0
  spin_lock(&p->lock);
ffffffc080205c32:	041000ef          	jal	ffffffc080206472 <spin_lock>
  p->killed = true;
ffffffc080205c36:	4785                	li	a5,1
}
ffffffc080205c38:	6442                	ld	s0,16(sp)
ffffffc080205c3a:	60e2                	ld	ra,24(sp)
  p->killed = true;
ffffffc080205c3c:	02f48023          	sb	a5,32(s1)
  spin_unlock(&p->lock);
ffffffc080205c40:	8526                	mv	a0,s1
}
ffffffc080205c42:	64a2                	ld	s1,8(sp)
ffffffc080205c44:	6105                	add	sp,sp,32
  spin_unlock(&p->lock);
ffffffc080205c46:	1270006f          	j	ffffffc08020656c <spin_unlock>

ffffffc080205c4a <proc_killed>:
bool proc_killed(struct proc *p) {
ffffffc080205c4a:	1101                	add	sp,sp,-32
ffffffc080205c4c:	ec06                	sd	ra,24(sp)
ffffffc080205c4e:	e822                	sd	s0,16(sp)
ffffffc080205c50:	e426                	sd	s1,8(sp)
ffffffc080205c52:	e04a                	sd	s2,0(sp)
ffffffc080205c54:	1000                	add	s0,sp,32
ffffffc080205c56:	84aa                	mv	s1,a0
  spin_lock(&p->lock);
ffffffc080205c58:	01b000ef          	jal	ffffffc080206472 <spin_lock>
  spin_unlock(&p->lock);
ffffffc080205c5c:	8526                	mv	a0,s1
  bool k = p->killed;
ffffffc080205c5e:	0204c903          	lbu	s2,32(s1)
  spin_unlock(&p->lock);
ffffffc080205c62:	10b000ef          	jal	ffffffc08020656c <spin_unlock>
  return k;
}
ffffffc080205c66:	60e2                	ld	ra,24(sp)
ffffffc080205c68:	6442                	ld	s0,16(sp)
ffffffc080205c6a:	64a2                	ld	s1,8(sp)
ffffffc080205c6c:	854a                	mv	a0,s2
ffffffc080205c6e:	6902                	ld	s2,0(sp)
ffffffc080205c70:	6105                	add	sp,sp,32
ffffffc080205c72:	8082                	ret

ffffffc080205c74 <thread_must_exit>:

bool thread_must_exit(struct proc *p, struct thread *t) {
ffffffc080205c74:	7179                	add	sp,sp,-48
ffffffc080205c76:	f022                	sd	s0,32(sp)
ffffffc080205c78:	ec26                	sd	s1,24(sp)
ffffffc080205c7a:	e84a                	sd	s2,16(sp)
ffffffc080205c7c:	e44e                	sd	s3,8(sp)
ffffffc080205c7e:	f406                	sd	ra,40(sp)
ffffffc080205c80:	1800                	add	s0,sp,48
ffffffc080205c82:	84aa                	mv	s1,a0
ffffffc080205c84:	89ae                	mv	s3,a1
  spin_lock(&p->lock);
ffffffc080205c86:	7ec000ef          	jal	ffffffc080206472 <spin_lock>
  bool r = p->killed || (p->single && p->single != t);
ffffffc080205c8a:	0204c903          	lbu	s2,32(s1)
ffffffc080205c8e:	00091863          	bnez	s2,ffffffc080205c9e <thread_must_exit+0x2a>
ffffffc080205c92:	789c                	ld	a5,48(s1)
ffffffc080205c94:	c789                	beqz	a5,ffffffc080205c9e <thread_must_exit+0x2a>
ffffffc080205c96:	413787b3          	sub	a5,a5,s3
ffffffc080205c9a:	00f03933          	snez	s2,a5
  spin_unlock(&p->lock);
ffffffc080205c9e:	8526                	mv	a0,s1
ffffffc080205ca0:	0cd000ef          	jal	ffffffc08020656c <spin_unlock>
  return r;
}
ffffffc080205ca4:	70a2                	ld	ra,40(sp)
ffffffc080205ca6:	7402                	ld	s0,32(sp)
ffffffc080205ca8:	64e2                	ld	s1,24(sp)
ffffffc080205caa:	69a2                	ld	s3,8(sp)
ffffffc080205cac:	854a                	mv	a0,s2
ffffffc080205cae:	6942                	ld	s2,16(sp)
ffffffc080205cb0:	6145                	add	sp,sp,48
ffffffc080205cb2:	8082                	ret

ffffffc080205cb4 <current_killed>:

bool current_killed(void) { return thread_must_exit(curproc(), curthread()); }
ffffffc080205cb4:	7179                	add	sp,sp,-48
ffffffc080205cb6:	f406                	sd	ra,40(sp)
ffffffc080205cb8:	f022                	sd	s0,32(sp)
ffffffc080205cba:	ec26                	sd	s1,24(sp)
ffffffc080205cbc:	1800                	add	s0,sp,48
ffffffc080205cbe:	e84a                	sd	s2,16(sp)
ffffffc080205cc0:	e44e                	sd	s3,8(sp)
ffffffc080205cc2:	0de000ef          	jal	ffffffc080205da0 <curproc>
ffffffc080205cc6:	84aa                	mv	s1,a0
ffffffc080205cc8:	0b6000ef          	jal	ffffffc080205d7e <curthread>
ffffffc080205ccc:	892a                	mv	s2,a0
  spin_lock(&p->lock);
ffffffc080205cce:	8526                	mv	a0,s1
ffffffc080205cd0:	7a2000ef          	jal	ffffffc080206472 <spin_lock>
  bool r = p->killed || (p->single && p->single != t);
ffffffc080205cd4:	0204c983          	lbu	s3,32(s1)
ffffffc080205cd8:	00099863          	bnez	s3,ffffffc080205ce8 <current_killed+0x34>
ffffffc080205cdc:	789c                	ld	a5,48(s1)
ffffffc080205cde:	c789                	beqz	a5,ffffffc080205ce8 <current_killed+0x34>
ffffffc080205ce0:	40f907b3          	sub	a5,s2,a5
ffffffc080205ce4:	00f039b3          	snez	s3,a5
  spin_unlock(&p->lock);
ffffffc080205ce8:	8526                	mv	a0,s1
ffffffc080205cea:	083000ef          	jal	ffffffc08020656c <spin_unlock>
bool current_killed(void) { return thread_must_exit(curproc(), curthread()); }
ffffffc080205cee:	70a2                	ld	ra,40(sp)
ffffffc080205cf0:	7402                	ld	s0,32(sp)
ffffffc080205cf2:	64e2                	ld	s1,24(sp)
ffffffc080205cf4:	6942                	ld	s2,16(sp)
ffffffc080205cf6:	854e                	mv	a0,s3
ffffffc080205cf8:	69a2                	ld	s3,8(sp)
ffffffc080205cfa:	6145                	add	sp,sp,48
ffffffc080205cfc:	8082                	ret

ffffffc080205cfe <current_pid>:

int current_pid(void) {
ffffffc080205cfe:	1141                	add	sp,sp,-16
ffffffc080205d00:	e022                	sd	s0,0(sp)
ffffffc080205d02:	e406                	sd	ra,8(sp)
ffffffc080205d04:	0800                	add	s0,sp,16
  struct proc *p = curproc();
ffffffc080205d06:	09a000ef          	jal	ffffffc080205da0 <curproc>
ffffffc080205d0a:	87aa                	mv	a5,a0
  return p ? p->pid : 0;
ffffffc080205d0c:	4501                	li	a0,0
ffffffc080205d0e:	c391                	beqz	a5,ffffffc080205d12 <current_pid+0x14>
ffffffc080205d10:	4fc8                	lw	a0,28(a5)
}
ffffffc080205d12:	60a2                	ld	ra,8(sp)
ffffffc080205d14:	6402                	ld	s0,0(sp)
ffffffc080205d16:	0141                	add	sp,sp,16
ffffffc080205d18:	8082                	ret

ffffffc080205d1a <current_vm>:

struct vmspace *current_vm(void) { return curproc()->vm; }
ffffffc080205d1a:	1141                	add	sp,sp,-16
ffffffc080205d1c:	e022                	sd	s0,0(sp)
ffffffc080205d1e:	e406                	sd	ra,8(sp)
ffffffc080205d20:	0800                	add	s0,sp,16
ffffffc080205d22:	07e000ef          	jal	ffffffc080205da0 <curproc>
ffffffc080205d26:	60a2                	ld	ra,8(sp)
ffffffc080205d28:	6402                	ld	s0,0(sp)
ffffffc080205d2a:	6128                	ld	a0,64(a0)
ffffffc080205d2c:	0141                	add	sp,sp,16
ffffffc080205d2e:	8082                	ret

ffffffc080205d30 <current_kill_oom>:

void current_kill_oom(uint64 va) {
ffffffc080205d30:	1101                	add	sp,sp,-32
ffffffc080205d32:	ec06                	sd	ra,24(sp)
ffffffc080205d34:	e822                	sd	s0,16(sp)
ffffffc080205d36:	e426                	sd	s1,8(sp)
ffffffc080205d38:	e04a                	sd	s2,0(sp)
ffffffc080205d3a:	1000                	add	s0,sp,32
ffffffc080205d3c:	892a                	mv	s2,a0
  struct proc *p = curproc();
ffffffc080205d3e:	062000ef          	jal	ffffffc080205da0 <curproc>
  kprintf("pid %d (%s): killed: out of memory at %p\n", p->pid, p->name, (void *)va);
ffffffc080205d42:	4d4c                	lw	a1,28(a0)
ffffffc080205d44:	0d050613          	add	a2,a0,208
  struct proc *p = curproc();
ffffffc080205d48:	84aa                	mv	s1,a0
  kprintf("pid %d (%s): killed: out of memory at %p\n", p->pid, p->name, (void *)va);
ffffffc080205d4a:	86ca                	mv	a3,s2
ffffffc080205d4c:	00003517          	auipc	a0,0x3
ffffffc080205d50:	d7450513          	add	a0,a0,-652 # ffffffc080208ac0 <__func__.0+0x4c0>
ffffffc080205d54:	c17fd0ef          	jal	ffffffc08020396a <kprintf>
ffffffc080205d58:	8792                	mv	a5,tp
ffffffc080205d5a:	4905                	li	s2,1
ffffffc080205d5c:	2f078793          	add	a5,a5,752
ffffffc080205d60:	0127b02f          	amoadd.d	zero,s2,(a5)
  spin_lock(&p->lock);
ffffffc080205d64:	8526                	mv	a0,s1
ffffffc080205d66:	70c000ef          	jal	ffffffc080206472 <spin_lock>
  stat_inc(VM_oom_kills);
  proc_set_killed(p);
}
ffffffc080205d6a:	6442                	ld	s0,16(sp)
  p->killed = true;
ffffffc080205d6c:	03248023          	sb	s2,32(s1)
}
ffffffc080205d70:	60e2                	ld	ra,24(sp)
ffffffc080205d72:	6902                	ld	s2,0(sp)
  spin_unlock(&p->lock);
ffffffc080205d74:	8526                	mv	a0,s1
}
ffffffc080205d76:	64a2                	ld	s1,8(sp)
ffffffc080205d78:	6105                	add	sp,sp,32
  spin_unlock(&p->lock);
ffffffc080205d7a:	7f20006f          	j	ffffffc08020656c <spin_unlock>

ffffffc080205d7e <curthread>:
#include "sync/wait.h"
#include "lib/printf.h"

struct thread threads[NTHREAD];

struct thread *curthread(void) {
ffffffc080205d7e:	1101                	add	sp,sp,-32
ffffffc080205d80:	e822                	sd	s0,16(sp)
ffffffc080205d82:	ec06                	sd	ra,24(sp)
ffffffc080205d84:	e426                	sd	s1,8(sp)
ffffffc080205d86:	1000                	add	s0,sp,32
  push_off();
ffffffc080205d88:	774000ef          	jal	ffffffc0802064fc <push_off>
ffffffc080205d8c:	8792                	mv	a5,tp
  struct thread *t = mycpu()->thread;
ffffffc080205d8e:	6384                	ld	s1,0(a5)
  pop_off();
ffffffc080205d90:	792000ef          	jal	ffffffc080206522 <pop_off>
  return t;
}
ffffffc080205d94:	60e2                	ld	ra,24(sp)
ffffffc080205d96:	6442                	ld	s0,16(sp)
ffffffc080205d98:	8526                	mv	a0,s1
ffffffc080205d9a:	64a2                	ld	s1,8(sp)
ffffffc080205d9c:	6105                	add	sp,sp,32
ffffffc080205d9e:	8082                	ret

ffffffc080205da0 <curproc>:

struct proc *curproc(void) {
ffffffc080205da0:	1101                	add	sp,sp,-32
ffffffc080205da2:	e822                	sd	s0,16(sp)
ffffffc080205da4:	ec06                	sd	ra,24(sp)
ffffffc080205da6:	e426                	sd	s1,8(sp)
ffffffc080205da8:	1000                	add	s0,sp,32
  push_off();
ffffffc080205daa:	752000ef          	jal	ffffffc0802064fc <push_off>
ffffffc080205dae:	8792                	mv	a5,tp
  struct thread *t = mycpu()->thread;
ffffffc080205db0:	6384                	ld	s1,0(a5)
  pop_off();
ffffffc080205db2:	770000ef          	jal	ffffffc080206522 <pop_off>
  struct thread *t = curthread();
  return t ? t->proc : NULL;
ffffffc080205db6:	c091                	beqz	s1,ffffffc080205dba <curproc+0x1a>
ffffffc080205db8:	7484                	ld	s1,40(s1)
}
ffffffc080205dba:	60e2                	ld	ra,24(sp)
ffffffc080205dbc:	6442                	ld	s0,16(sp)
ffffffc080205dbe:	8526                	mv	a0,s1
ffffffc080205dc0:	64a2                	ld	s1,8(sp)
ffffffc080205dc2:	6105                	add	sp,sp,32
ffffffc080205dc4:	8082                	ret

ffffffc080205dc6 <scheduler>:
    vm_deactivate(c->vs);
  c->vs = NULL;
  c->thread = NULL;
}

void scheduler(void) {
ffffffc080205dc6:	7119                	add	sp,sp,-128
ffffffc080205dc8:	f8a2                	sd	s0,112(sp)
ffffffc080205dca:	fc86                	sd	ra,120(sp)
ffffffc080205dcc:	f4a6                	sd	s1,104(sp)
ffffffc080205dce:	f0ca                	sd	s2,96(sp)
ffffffc080205dd0:	ecce                	sd	s3,88(sp)
ffffffc080205dd2:	e8d2                	sd	s4,80(sp)
ffffffc080205dd4:	e4d6                	sd	s5,72(sp)
ffffffc080205dd6:	e0da                	sd	s6,64(sp)
ffffffc080205dd8:	fc5e                	sd	s7,56(sp)
ffffffc080205dda:	f862                	sd	s8,48(sp)
ffffffc080205ddc:	f466                	sd	s9,40(sp)
ffffffc080205dde:	f06a                	sd	s10,32(sp)
ffffffc080205de0:	ec6e                	sd	s11,24(sp)
ffffffc080205de2:	0100                	add	s0,sp,128
ffffffc080205de4:	8b12                	mv	s6,tp
  struct cpu *c = mycpu();
  int next = c->id * (NTHREAD / NCPU); /* harts start their scans apart */
ffffffc080205de6:	080b2b83          	lw	s7,128(s6)
ffffffc080205dea:	008b0793          	add	a5,s6,8
ffffffc080205dee:	003ee997          	auipc	s3,0x3ee
ffffffc080205df2:	eda98993          	add	s3,s3,-294 # ffffffc0805f3cc8 <threads+0x18>
ffffffc080205df6:	003eea97          	auipc	s5,0x3ee
ffffffc080205dfa:	ebaa8a93          	add	s5,s5,-326 # ffffffc0805f3cb0 <threads>
ffffffc080205dfe:	004b9b9b          	sllw	s7,s7,0x4
ffffffc080205e02:	f8f43423          	sd	a5,-120(s0)
ffffffc080205e06:	00002c97          	auipc	s9,0x2
ffffffc080205e0a:	21acbc83          	ld	s9,538(s9) # ffffffc080208020 <kernel_text_end+0x20>
    bool ran = false;
    /* Round robin: scan from just after the last thread run here. */
    for (int n = 0; n < NTHREAD && !ran; n++) {
      struct thread *t = &threads[(next + n) % NTHREAD];
      /* Unlocked peek (relaxed) to skip idle slots without their locks. */
      if (__atomic_load_n(&t->state, __ATOMIC_RELAXED) != T_RUNNABLE)
ffffffc080205e0e:	490d                	li	s2,3
  t->state = T_RUNNING;
ffffffc080205e10:	4c11                	li	s8,4
static inline void intr_on(void) { csr_set(sstatus, SSTATUS_SIE); }
ffffffc080205e12:	10016073          	csrs	sstatus,2
    for (int n = 0; n < NTHREAD && !ran; n++) {
ffffffc080205e16:	8dde                	mv	s11,s7
ffffffc080205e18:	080b8a1b          	addw	s4,s7,128
      struct thread *t = &threads[(next + n) % NTHREAD];
ffffffc080205e1c:	41fdd71b          	sraw	a4,s11,0x1f
ffffffc080205e20:	0197571b          	srlw	a4,a4,0x19
ffffffc080205e24:	01b707bb          	addw	a5,a4,s11
ffffffc080205e28:	07f7f793          	and	a5,a5,127
ffffffc080205e2c:	9f99                	subw	a5,a5,a4
ffffffc080205e2e:	00179493          	sll	s1,a5,0x1
ffffffc080205e32:	94be                	add	s1,s1,a5
ffffffc080205e34:	049a                	sll	s1,s1,0x6
      if (__atomic_load_n(&t->state, __ATOMIC_RELAXED) != T_RUNNABLE)
ffffffc080205e36:	009987b3          	add	a5,s3,s1
ffffffc080205e3a:	439c                	lw	a5,0(a5)
    for (int n = 0; n < NTHREAD && !ran; n++) {
ffffffc080205e3c:	2d85                	addw	s11,s11,1
      if (__atomic_load_n(&t->state, __ATOMIC_RELAXED) != T_RUNNABLE)
ffffffc080205e3e:	01278763          	beq	a5,s2,ffffffc080205e4c <scheduler+0x86>
    for (int n = 0; n < NTHREAD && !ran; n++) {
ffffffc080205e42:	fdba1de3          	bne	s4,s11,ffffffc080205e1c <scheduler+0x56>
static inline void wfi(void) { __asm__ volatile("wfi"); }
ffffffc080205e46:	10500073          	wfi
ffffffc080205e4a:	b7e1                	j	ffffffc080205e12 <scheduler+0x4c>
      struct thread *t = &threads[(next + n) % NTHREAD];
ffffffc080205e4c:	009a8d33          	add	s10,s5,s1
        continue;
      spin_lock(&t->lock);
ffffffc080205e50:	856a                	mv	a0,s10
ffffffc080205e52:	620000ef          	jal	ffffffc080206472 <spin_lock>
      if (t->state == T_RUNNABLE) {
ffffffc080205e56:	018d2703          	lw	a4,24(s10)
        run_thread(c, t);
        ran = true;
        next = (t - threads + 1) % NTHREAD;
      }
      spin_unlock(&t->lock);
ffffffc080205e5a:	856a                	mv	a0,s10
      if (t->state == T_RUNNABLE) {
ffffffc080205e5c:	01270763          	beq	a4,s2,ffffffc080205e6a <scheduler+0xa4>
      spin_unlock(&t->lock);
ffffffc080205e60:	70c000ef          	jal	ffffffc08020656c <spin_unlock>
    for (int n = 0; n < NTHREAD && !ran; n++) {
ffffffc080205e64:	fbba1ce3          	bne	s4,s11,ffffffc080205e1c <scheduler+0x56>
ffffffc080205e68:	bff9                	j	ffffffc080205e46 <scheduler+0x80>
  c->vs = t->proc->vm; /* NULL for a thread past release of its space (exit) */
ffffffc080205e6a:	028d3703          	ld	a4,40(s10)
  t->state = T_RUNNING;
ffffffc080205e6e:	018d2c23          	sw	s8,24(s10)
  c->thread = t;
ffffffc080205e72:	01ab3023          	sd	s10,0(s6)
  c->vs = t->proc->vm; /* NULL for a thread past release of its space (exit) */
ffffffc080205e76:	6328                	ld	a0,64(a4)
ffffffc080205e78:	08ab3823          	sd	a0,144(s6)
  if (c->vs)
ffffffc080205e7c:	c119                	beqz	a0,ffffffc080205e82 <scheduler+0xbc>
    vm_activate(c->vs);
ffffffc080205e7e:	8c2ff0ef          	jal	ffffffc080204f40 <vm_activate>
  swtch(&c->sched_ctx, &t->ctx);
ffffffc080205e82:	f8843503          	ld	a0,-120(s0)
ffffffc080205e86:	05048593          	add	a1,s1,80
ffffffc080205e8a:	95d6                	add	a1,a1,s5
ffffffc080205e8c:	b29fa0ef          	jal	ffffffc0802009b4 <swtch>
  if (c->vs) /* NULL if the thread let go of its address space (exit) */
ffffffc080205e90:	090b3503          	ld	a0,144(s6)
ffffffc080205e94:	c119                	beqz	a0,ffffffc080205e9a <scheduler+0xd4>
    vm_deactivate(c->vs);
ffffffc080205e96:	8ceff0ef          	jal	ffffffc080204f64 <vm_deactivate>
        next = (t - threads + 1) % NTHREAD;
ffffffc080205e9a:	8499                	sra	s1,s1,0x6
ffffffc080205e9c:	039484b3          	mul	s1,s1,s9
  c->vs = NULL;
ffffffc080205ea0:	080b3823          	sd	zero,144(s6)
  c->thread = NULL;
ffffffc080205ea4:	000b3023          	sd	zero,0(s6)
      spin_unlock(&t->lock);
ffffffc080205ea8:	856a                	mv	a0,s10
        next = (t - threads + 1) % NTHREAD;
ffffffc080205eaa:	0485                	add	s1,s1,1
ffffffc080205eac:	43f4d793          	sra	a5,s1,0x3f
ffffffc080205eb0:	93e5                	srl	a5,a5,0x39
ffffffc080205eb2:	94be                	add	s1,s1,a5
ffffffc080205eb4:	07f4f493          	and	s1,s1,127
ffffffc080205eb8:	8c9d                	sub	s1,s1,a5
      spin_unlock(&t->lock);
ffffffc080205eba:	00048b9b          	sext.w	s7,s1
ffffffc080205ebe:	6ae000ef          	jal	ffffffc08020656c <spin_unlock>
    }
    if (!ran)
ffffffc080205ec2:	bf81                	j	ffffffc080205e12 <scheduler+0x4c>

ffffffc080205ec4 <sched>:
  }
}

/* Switches to the scheduler. Caller holds only t->lock and has set
 * t->state away from T_RUNNING. */
void sched(void) {
ffffffc080205ec4:	1101                	add	sp,sp,-32
ffffffc080205ec6:	e822                	sd	s0,16(sp)
ffffffc080205ec8:	ec06                	sd	ra,24(sp)
ffffffc080205eca:	e426                	sd	s1,8(sp)
ffffffc080205ecc:	e04a                	sd	s2,0(sp)
ffffffc080205ece:	1000                	add	s0,sp,32
  push_off();
ffffffc080205ed0:	62c000ef          	jal	ffffffc0802064fc <push_off>
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080205ed4:	8792                	mv	a5,tp
  struct thread *t = mycpu()->thread;
ffffffc080205ed6:	6384                	ld	s1,0(a5)
  pop_off();
ffffffc080205ed8:	64a000ef          	jal	ffffffc080206522 <pop_off>
ffffffc080205edc:	8912                	mv	s2,tp
  struct thread *t = curthread();
  struct cpu *c = mycpu();
  if (!spin_holding(&t->lock))
ffffffc080205ede:	8526                	mv	a0,s1
ffffffc080205ee0:	5fa000ef          	jal	ffffffc0802064da <spin_holding>
ffffffc080205ee4:	c539                	beqz	a0,ffffffc080205f32 <sched+0x6e>
    panic("sched: thread lock not held");
  if (c->noff != 1)
ffffffc080205ee6:	07892583          	lw	a1,120(s2)
ffffffc080205eea:	4785                	li	a5,1
ffffffc080205eec:	06f59d63          	bne	a1,a5,ffffffc080205f66 <sched+0xa2>
    panic("sched: %d locks held", c->noff);
  if (t->state == T_RUNNING)
ffffffc080205ef0:	4c98                	lw	a4,24(s1)
ffffffc080205ef2:	4791                	li	a5,4
ffffffc080205ef4:	06f70363          	beq	a4,a5,ffffffc080205f5a <sched+0x96>
static inline bool intr_get(void) { return (csr_read(sstatus) & SSTATUS_SIE) != 0; }
ffffffc080205ef8:	100027f3          	csrr	a5,sstatus
ffffffc080205efc:	8b89                	and	a5,a5,2
    panic("sched: thread still running");
  if (intr_get())
ffffffc080205efe:	eba1                	bnez	a5,ffffffc080205f4e <sched+0x8a>
    panic("sched: interrupts on");
  if (*(uint64 *)t->kstack != KSTACK_CANARY)
ffffffc080205f00:	7c98                	ld	a4,56(s1)
ffffffc080205f02:	00002797          	auipc	a5,0x2
ffffffc080205f06:	1267b783          	ld	a5,294(a5) # ffffffc080208028 <kernel_text_end+0x28>
ffffffc080205f0a:	6318                	ld	a4,0(a4)
ffffffc080205f0c:	02f71963          	bne	a4,a5,ffffffc080205f3e <sched+0x7a>
    panic("sched: kernel stack overflow in pid %d", t->proc->pid);
  bool intena = c->intena;
  swtch(&t->ctx, &c->sched_ctx);
ffffffc080205f10:	05048513          	add	a0,s1,80
ffffffc080205f14:	00890593          	add	a1,s2,8
  bool intena = c->intena;
ffffffc080205f18:	07c94483          	lbu	s1,124(s2)
  swtch(&t->ctx, &c->sched_ctx);
ffffffc080205f1c:	a99fa0ef          	jal	ffffffc0802009b4 <swtch>
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080205f20:	8792                	mv	a5,tp
  mycpu()->intena = intena;
}
ffffffc080205f22:	60e2                	ld	ra,24(sp)
ffffffc080205f24:	6442                	ld	s0,16(sp)
  mycpu()->intena = intena;
ffffffc080205f26:	06978e23          	sb	s1,124(a5)
}
ffffffc080205f2a:	6902                	ld	s2,0(sp)
ffffffc080205f2c:	64a2                	ld	s1,8(sp)
ffffffc080205f2e:	6105                	add	sp,sp,32
ffffffc080205f30:	8082                	ret
    panic("sched: thread lock not held");
ffffffc080205f32:	00003517          	auipc	a0,0x3
ffffffc080205f36:	bbe50513          	add	a0,a0,-1090 # ffffffc080208af0 <__func__.0+0x4f0>
ffffffc080205f3a:	a73fd0ef          	jal	ffffffc0802039ac <panic>
    panic("sched: kernel stack overflow in pid %d", t->proc->pid);
ffffffc080205f3e:	749c                	ld	a5,40(s1)
ffffffc080205f40:	00003517          	auipc	a0,0x3
ffffffc080205f44:	c2050513          	add	a0,a0,-992 # ffffffc080208b60 <__func__.0+0x560>
ffffffc080205f48:	4fcc                	lw	a1,28(a5)
ffffffc080205f4a:	a63fd0ef          	jal	ffffffc0802039ac <panic>
    panic("sched: interrupts on");
ffffffc080205f4e:	00003517          	auipc	a0,0x3
ffffffc080205f52:	bfa50513          	add	a0,a0,-1030 # ffffffc080208b48 <__func__.0+0x548>
ffffffc080205f56:	a57fd0ef          	jal	ffffffc0802039ac <panic>
    panic("sched: thread still running");
ffffffc080205f5a:	00003517          	auipc	a0,0x3
ffffffc080205f5e:	bce50513          	add	a0,a0,-1074 # ffffffc080208b28 <__func__.0+0x528>
ffffffc080205f62:	a4bfd0ef          	jal	ffffffc0802039ac <panic>
    panic("sched: %d locks held", c->noff);
ffffffc080205f66:	00003517          	auipc	a0,0x3
ffffffc080205f6a:	baa50513          	add	a0,a0,-1110 # ffffffc080208b10 <__func__.0+0x510>
ffffffc080205f6e:	a3ffd0ef          	jal	ffffffc0802039ac <panic>

ffffffc080205f72 <proc_yield>:

void proc_yield(void) {
ffffffc080205f72:	1101                	add	sp,sp,-32
ffffffc080205f74:	e822                	sd	s0,16(sp)
ffffffc080205f76:	ec06                	sd	ra,24(sp)
ffffffc080205f78:	e426                	sd	s1,8(sp)
ffffffc080205f7a:	1000                	add	s0,sp,32
  push_off();
ffffffc080205f7c:	580000ef          	jal	ffffffc0802064fc <push_off>
ffffffc080205f80:	8792                	mv	a5,tp
  struct thread *t = mycpu()->thread;
ffffffc080205f82:	6384                	ld	s1,0(a5)
  pop_off();
ffffffc080205f84:	59e000ef          	jal	ffffffc080206522 <pop_off>
  struct thread *t = curthread();
  spin_lock(&t->lock);
ffffffc080205f88:	8526                	mv	a0,s1
ffffffc080205f8a:	4e8000ef          	jal	ffffffc080206472 <spin_lock>
  t->state = T_RUNNABLE;
ffffffc080205f8e:	478d                	li	a5,3
ffffffc080205f90:	cc9c                	sw	a5,24(s1)
  sched();
ffffffc080205f92:	f33ff0ef          	jal	ffffffc080205ec4 <sched>
  spin_unlock(&t->lock);
}
ffffffc080205f96:	6442                	ld	s0,16(sp)
ffffffc080205f98:	60e2                	ld	ra,24(sp)
  spin_unlock(&t->lock);
ffffffc080205f9a:	8526                	mv	a0,s1
}
ffffffc080205f9c:	64a2                	ld	s1,8(sp)
ffffffc080205f9e:	6105                	add	sp,sp,32
  spin_unlock(&t->lock);
ffffffc080205fa0:	a3f1                	j	ffffffc08020656c <spin_unlock>

ffffffc080205fa2 <sleep_on>:

void sleep_on(void *chan, struct spinlock *lk) {
ffffffc080205fa2:	7179                	add	sp,sp,-48
ffffffc080205fa4:	f022                	sd	s0,32(sp)
ffffffc080205fa6:	e84a                	sd	s2,16(sp)
ffffffc080205fa8:	e44e                	sd	s3,8(sp)
ffffffc080205faa:	f406                	sd	ra,40(sp)
ffffffc080205fac:	ec26                	sd	s1,24(sp)
ffffffc080205fae:	1800                	add	s0,sp,48
ffffffc080205fb0:	89aa                	mv	s3,a0
ffffffc080205fb2:	892e                	mv	s2,a1
  push_off();
ffffffc080205fb4:	548000ef          	jal	ffffffc0802064fc <push_off>
ffffffc080205fb8:	8792                	mv	a5,tp
  struct thread *t = mycpu()->thread;
ffffffc080205fba:	6384                	ld	s1,0(a5)
  pop_off();
ffffffc080205fbc:	566000ef          	jal	ffffffc080206522 <pop_off>
  struct thread *t = curthread();
  spin_lock(&t->lock);
ffffffc080205fc0:	8526                	mv	a0,s1
ffffffc080205fc2:	4b0000ef          	jal	ffffffc080206472 <spin_lock>
  /* Mark ourselves asleep before letting go of lk: a waker that takes lk
   * next then sees T_SLEEPING even through wakeup's unlocked peek. */
  t->chan = chan;
  t->state = T_SLEEPING;
ffffffc080205fc6:	4789                	li	a5,2
  spin_unlock(lk);
ffffffc080205fc8:	854a                	mv	a0,s2
  t->state = T_SLEEPING;
ffffffc080205fca:	cc9c                	sw	a5,24(s1)
  t->chan = chan;
ffffffc080205fcc:	0334b023          	sd	s3,32(s1)
  spin_unlock(lk);
ffffffc080205fd0:	59c000ef          	jal	ffffffc08020656c <spin_unlock>
  sched();
ffffffc080205fd4:	ef1ff0ef          	jal	ffffffc080205ec4 <sched>
  t->chan = NULL;
  spin_unlock(&t->lock);
ffffffc080205fd8:	8526                	mv	a0,s1
  t->chan = NULL;
ffffffc080205fda:	0204b023          	sd	zero,32(s1)
  spin_unlock(&t->lock);
ffffffc080205fde:	58e000ef          	jal	ffffffc08020656c <spin_unlock>
  spin_lock(lk);
}
ffffffc080205fe2:	7402                	ld	s0,32(sp)
ffffffc080205fe4:	70a2                	ld	ra,40(sp)
ffffffc080205fe6:	64e2                	ld	s1,24(sp)
ffffffc080205fe8:	69a2                	ld	s3,8(sp)
  spin_lock(lk);
ffffffc080205fea:	854a                	mv	a0,s2
}
ffffffc080205fec:	6942                	ld	s2,16(sp)
ffffffc080205fee:	6145                	add	sp,sp,48
  spin_lock(lk);
ffffffc080205ff0:	a149                	j	ffffffc080206472 <spin_lock>

ffffffc080205ff2 <wakeup>:

void wakeup(void *chan) {
ffffffc080205ff2:	7139                	add	sp,sp,-64
ffffffc080205ff4:	f822                	sd	s0,48(sp)
ffffffc080205ff6:	e456                	sd	s5,8(sp)
ffffffc080205ff8:	fc06                	sd	ra,56(sp)
ffffffc080205ffa:	f426                	sd	s1,40(sp)
ffffffc080205ffc:	f04a                	sd	s2,32(sp)
ffffffc080205ffe:	ec4e                	sd	s3,24(sp)
ffffffc080206000:	e852                	sd	s4,16(sp)
ffffffc080206002:	e05a                	sd	s6,0(sp)
ffffffc080206004:	0080                	add	s0,sp,64
ffffffc080206006:	8aaa                	mv	s5,a0
  push_off();
ffffffc080206008:	4f4000ef          	jal	ffffffc0802064fc <push_off>
ffffffc08020600c:	8792                	mv	a5,tp
  struct thread *self = curthread();
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc08020600e:	003ee497          	auipc	s1,0x3ee
ffffffc080206012:	ca248493          	add	s1,s1,-862 # ffffffc0805f3cb0 <threads>
  struct thread *t = mycpu()->thread;
ffffffc080206016:	0007b983          	ld	s3,0(a5)
  pop_off();
ffffffc08020601a:	003f4917          	auipc	s2,0x3f4
ffffffc08020601e:	c9690913          	add	s2,s2,-874 # ffffffc0805f9cb0 <kernel_bss_end>
ffffffc080206022:	500000ef          	jal	ffffffc080206522 <pop_off>
    if (t == self || __atomic_load_n(&t->state, __ATOMIC_RELAXED) != T_SLEEPING)
ffffffc080206026:	4a09                	li	s4,2
      continue;
    spin_lock(&t->lock);
    if (t->state == T_SLEEPING && t->chan == chan)
      t->state = T_RUNNABLE;
ffffffc080206028:	4b0d                	li	s6,3
    if (t == self || __atomic_load_n(&t->state, __ATOMIC_RELAXED) != T_SLEEPING)
ffffffc08020602a:	00998563          	beq	s3,s1,ffffffc080206034 <wakeup+0x42>
ffffffc08020602e:	4c9c                	lw	a5,24(s1)
ffffffc080206030:	03478063          	beq	a5,s4,ffffffc080206050 <wakeup+0x5e>
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080206034:	0c048493          	add	s1,s1,192
ffffffc080206038:	ff2499e3          	bne	s1,s2,ffffffc08020602a <wakeup+0x38>
    spin_unlock(&t->lock);
  }
}
ffffffc08020603c:	70e2                	ld	ra,56(sp)
ffffffc08020603e:	7442                	ld	s0,48(sp)
ffffffc080206040:	74a2                	ld	s1,40(sp)
ffffffc080206042:	7902                	ld	s2,32(sp)
ffffffc080206044:	69e2                	ld	s3,24(sp)
ffffffc080206046:	6a42                	ld	s4,16(sp)
ffffffc080206048:	6aa2                	ld	s5,8(sp)
ffffffc08020604a:	6b02                	ld	s6,0(sp)
ffffffc08020604c:	6121                	add	sp,sp,64
ffffffc08020604e:	8082                	ret
    spin_lock(&t->lock);
ffffffc080206050:	8526                	mv	a0,s1
ffffffc080206052:	420000ef          	jal	ffffffc080206472 <spin_lock>
    if (t->state == T_SLEEPING && t->chan == chan)
ffffffc080206056:	4c9c                	lw	a5,24(s1)
    spin_unlock(&t->lock);
ffffffc080206058:	8526                	mv	a0,s1
    if (t->state == T_SLEEPING && t->chan == chan)
ffffffc08020605a:	01478563          	beq	a5,s4,ffffffc080206064 <wakeup+0x72>
    spin_unlock(&t->lock);
ffffffc08020605e:	50e000ef          	jal	ffffffc08020656c <spin_unlock>
ffffffc080206062:	bfc9                	j	ffffffc080206034 <wakeup+0x42>
    if (t->state == T_SLEEPING && t->chan == chan)
ffffffc080206064:	709c                	ld	a5,32(s1)
ffffffc080206066:	ff579ce3          	bne	a5,s5,ffffffc08020605e <wakeup+0x6c>
      t->state = T_RUNNABLE;
ffffffc08020606a:	0164ac23          	sw	s6,24(s1)
ffffffc08020606e:	bfc5                	j	ffffffc08020605e <wakeup+0x6c>

ffffffc080206070 <thread_start>:
#include "proc/sched.h"
#include "mm/uaccess.h"
#include "sync/wait.h"
#include "arch/riscv/memlayout.h"

int thread_start(uint64 entry, uint64 arg, uint64 stack_top) {
ffffffc080206070:	7139                	add	sp,sp,-64
ffffffc080206072:	f822                	sd	s0,48(sp)
ffffffc080206074:	ec4e                	sd	s3,24(sp)
ffffffc080206076:	e852                	sd	s4,16(sp)
ffffffc080206078:	e456                	sd	s5,8(sp)
ffffffc08020607a:	fc06                	sd	ra,56(sp)
ffffffc08020607c:	f426                	sd	s1,40(sp)
ffffffc08020607e:	f04a                	sd	s2,32(sp)
ffffffc080206080:	0080                	add	s0,sp,64
ffffffc080206082:	8a2a                	mv	s4,a0
ffffffc080206084:	89b2                	mv	s3,a2
ffffffc080206086:	8aae                	mv	s5,a1
  struct proc *p = curproc();
ffffffc080206088:	d19ff0ef          	jal	ffffffc080205da0 <curproc>
  if (entry >= USER_TOP || stack_top >= USER_TOP || (stack_top & 15))
ffffffc08020608c:	57fd                	li	a5,-1
ffffffc08020608e:	013a6733          	or	a4,s4,s3
ffffffc080206092:	83e9                	srl	a5,a5,0x1a
ffffffc080206094:	0ae7e863          	bltu	a5,a4,ffffffc080206144 <thread_start+0xd4>
ffffffc080206098:	00f9f793          	and	a5,s3,15
ffffffc08020609c:	e7c5                	bnez	a5,ffffffc080206144 <thread_start+0xd4>
    return -1;
  struct thread *t = thread_alloc(p, thread_first_entry);
ffffffc08020609e:	fffff597          	auipc	a1,0xfffff
ffffffc0802060a2:	2bc58593          	add	a1,a1,700 # ffffffc08020535a <thread_first_entry>
ffffffc0802060a6:	84aa                	mv	s1,a0
ffffffc0802060a8:	c06ff0ef          	jal	ffffffc0802054ae <thread_alloc>
ffffffc0802060ac:	892a                	mv	s2,a0
  if (!t)
ffffffc0802060ae:	c959                	beqz	a0,ffffffc080206144 <thread_start+0xd4>
    return -1;
  spin_lock(&p->lock);
ffffffc0802060b0:	8526                	mv	a0,s1
ffffffc0802060b2:	3c0000ef          	jal	ffffffc080206472 <spin_lock>
  if (p->killed || p->single) {
ffffffc0802060b6:	0204c783          	lbu	a5,32(s1)
ffffffc0802060ba:	efbd                	bnez	a5,ffffffc080206138 <thread_start+0xc8>
ffffffc0802060bc:	789c                	ld	a5,48(s1)
ffffffc0802060be:	efad                	bnez	a5,ffffffc080206138 <thread_start+0xc8>
    spin_unlock(&p->lock);
    thread_free(t);
    return -1;
  }
  p->nthreads++;
ffffffc0802060c0:	549c                	lw	a5,40(s1)
  spin_unlock(&p->lock);
ffffffc0802060c2:	8526                	mv	a0,s1
  p->nthreads++;
ffffffc0802060c4:	2785                	addw	a5,a5,1
ffffffc0802060c6:	d49c                	sw	a5,40(s1)
  spin_unlock(&p->lock);
ffffffc0802060c8:	4a4000ef          	jal	ffffffc08020656c <spin_unlock>
  *t->tf = *curthread()->tf; /* keeps gp and tp */
ffffffc0802060cc:	cb3ff0ef          	jal	ffffffc080205d7e <curthread>
ffffffc0802060d0:	04093683          	ld	a3,64(s2)
ffffffc0802060d4:	613c                	ld	a5,64(a0)
ffffffc0802060d6:	8736                	mv	a4,a3
ffffffc0802060d8:	12078893          	add	a7,a5,288
ffffffc0802060dc:	0007b803          	ld	a6,0(a5)
ffffffc0802060e0:	6788                	ld	a0,8(a5)
ffffffc0802060e2:	6b8c                	ld	a1,16(a5)
ffffffc0802060e4:	6f90                	ld	a2,24(a5)
ffffffc0802060e6:	01073023          	sd	a6,0(a4)
ffffffc0802060ea:	e708                	sd	a0,8(a4)
ffffffc0802060ec:	eb0c                	sd	a1,16(a4)
ffffffc0802060ee:	ef10                	sd	a2,24(a4)
ffffffc0802060f0:	02078793          	add	a5,a5,32
ffffffc0802060f4:	02070713          	add	a4,a4,32
ffffffc0802060f8:	ff1792e3          	bne	a5,a7,ffffffc0802060dc <thread_start+0x6c>
  t->tf->epc = entry;
  t->tf->x[REG_SP] = stack_top;
  t->tf->x[REG_A0] = arg;
  t->tf->x[REG_RA] = 0;
  int tid = t->tid + 1;
ffffffc0802060fc:	03092483          	lw	s1,48(s2)
  spin_lock(&t->lock);
ffffffc080206100:	854a                	mv	a0,s2
  t->tf->epc = entry;
ffffffc080206102:	1146b023          	sd	s4,256(a3)
  t->tf->x[REG_SP] = stack_top;
ffffffc080206106:	0136b823          	sd	s3,16(a3)
  t->tf->x[REG_A0] = arg;
ffffffc08020610a:	0556b823          	sd	s5,80(a3)
  t->tf->x[REG_RA] = 0;
ffffffc08020610e:	0006b423          	sd	zero,8(a3)
  spin_lock(&t->lock);
ffffffc080206112:	360000ef          	jal	ffffffc080206472 <spin_lock>
  t->state = T_RUNNABLE;
ffffffc080206116:	478d                	li	a5,3
ffffffc080206118:	00f92c23          	sw	a5,24(s2)
  spin_unlock(&t->lock);
ffffffc08020611c:	854a                	mv	a0,s2
  int tid = t->tid + 1;
ffffffc08020611e:	2485                	addw	s1,s1,1
  spin_unlock(&t->lock);
ffffffc080206120:	44c000ef          	jal	ffffffc08020656c <spin_unlock>
  return tid;
}
ffffffc080206124:	70e2                	ld	ra,56(sp)
ffffffc080206126:	7442                	ld	s0,48(sp)
ffffffc080206128:	7902                	ld	s2,32(sp)
ffffffc08020612a:	69e2                	ld	s3,24(sp)
ffffffc08020612c:	6a42                	ld	s4,16(sp)
ffffffc08020612e:	6aa2                	ld	s5,8(sp)
ffffffc080206130:	8526                	mv	a0,s1
ffffffc080206132:	74a2                	ld	s1,40(sp)
ffffffc080206134:	6121                	add	sp,sp,64
ffffffc080206136:	8082                	ret
    spin_unlock(&p->lock);
ffffffc080206138:	8526                	mv	a0,s1
ffffffc08020613a:	432000ef          	jal	ffffffc08020656c <spin_unlock>
    thread_free(t);
ffffffc08020613e:	854a                	mv	a0,s2
ffffffc080206140:	cc8ff0ef          	jal	ffffffc080205608 <thread_free>
    return -1;
ffffffc080206144:	54fd                	li	s1,-1
ffffffc080206146:	bff9                	j	ffffffc080206124 <thread_start+0xb4>

ffffffc080206148 <thread_join>:

int thread_join(int tid, uint64 status_uva) {
ffffffc080206148:	715d                	add	sp,sp,-80
ffffffc08020614a:	e0a2                	sd	s0,64(sp)
ffffffc08020614c:	fc26                	sd	s1,56(sp)
ffffffc08020614e:	f052                	sd	s4,32(sp)
ffffffc080206150:	e486                	sd	ra,72(sp)
ffffffc080206152:	f84a                	sd	s2,48(sp)
ffffffc080206154:	f44e                	sd	s3,40(sp)
ffffffc080206156:	ec56                	sd	s5,24(sp)
ffffffc080206158:	0880                	add	s0,sp,80
ffffffc08020615a:	84aa                	mv	s1,a0
ffffffc08020615c:	8a2e                	mv	s4,a1
  struct proc *p = curproc();
ffffffc08020615e:	c43ff0ef          	jal	ffffffc080205da0 <curproc>
  if (tid < 1 || tid > NTHREAD)
ffffffc080206162:	fff4879b          	addw	a5,s1,-1
ffffffc080206166:	07f00713          	li	a4,127
ffffffc08020616a:	06f76e63          	bltu	a4,a5,ffffffc0802061e6 <thread_join+0x9e>
    return -1;
  struct thread *t = &threads[tid - 1];
ffffffc08020616e:	00179993          	sll	s3,a5,0x1
ffffffc080206172:	99be                	add	s3,s3,a5
ffffffc080206174:	00699493          	sll	s1,s3,0x6
ffffffc080206178:	003eea97          	auipc	s5,0x3ee
ffffffc08020617c:	b38a8a93          	add	s5,s5,-1224 # ffffffc0805f3cb0 <threads>
ffffffc080206180:	892a                	mv	s2,a0
ffffffc080206182:	94d6                	add	s1,s1,s5
  spin_lock(&p->lock);
ffffffc080206184:	2ee000ef          	jal	ffffffc080206472 <spin_lock>
  if (t->proc != p || t == curthread()) {
ffffffc080206188:	749c                	ld	a5,40(s1)
ffffffc08020618a:	05279b63          	bne	a5,s2,ffffffc0802061e0 <thread_join+0x98>
ffffffc08020618e:	bf1ff0ef          	jal	ffffffc080205d7e <curthread>
ffffffc080206192:	00a49b63          	bne	s1,a0,ffffffc0802061a8 <thread_join+0x60>
ffffffc080206196:	a0a9                	j	ffffffc0802061e0 <thread_join+0x98>
    spin_unlock(&p->lock);
    return -1;
  }
  while (!t->ended) {
    if (p->killed) {
ffffffc080206198:	02094783          	lbu	a5,32(s2)
ffffffc08020619c:	e3b1                	bnez	a5,ffffffc0802061e0 <thread_join+0x98>
      spin_unlock(&p->lock);
      return -1;
    }
    sleep_on(t, &p->lock);
ffffffc08020619e:	e05ff0ef          	jal	ffffffc080205fa2 <sleep_on>
    if (t->proc != p) { /* joined by a sibling meanwhile */
ffffffc0802061a2:	749c                	ld	a5,40(s1)
ffffffc0802061a4:	03279e63          	bne	a5,s2,ffffffc0802061e0 <thread_join+0x98>
  while (!t->ended) {
ffffffc0802061a8:	0484c783          	lbu	a5,72(s1)
    sleep_on(t, &p->lock);
ffffffc0802061ac:	85ca                	mv	a1,s2
ffffffc0802061ae:	8526                	mv	a0,s1
  while (!t->ended) {
ffffffc0802061b0:	d7e5                	beqz	a5,ffffffc080206198 <thread_join+0x50>
      spin_unlock(&p->lock);
      return -1;
    }
  }
  int xstate = t->xstate;
ffffffc0802061b2:	099a                	sll	s3,s3,0x6
ffffffc0802061b4:	9ace                	add	s5,s5,s3
ffffffc0802061b6:	04caa783          	lw	a5,76(s5)
ffffffc0802061ba:	faf42e23          	sw	a5,-68(s0)
  thread_free(t); /* waits on t->lock until it is off its hart */
ffffffc0802061be:	c4aff0ef          	jal	ffffffc080205608 <thread_free>
  spin_unlock(&p->lock);
ffffffc0802061c2:	854a                	mv	a0,s2
ffffffc0802061c4:	3a8000ef          	jal	ffffffc08020656c <spin_unlock>
  if (status_uva && copyout(status_uva, &xstate, sizeof(xstate)) < 0)
    return -1;
  return 0;
ffffffc0802061c8:	4501                	li	a0,0
  if (status_uva && copyout(status_uva, &xstate, sizeof(xstate)) < 0)
ffffffc0802061ca:	020a1063          	bnez	s4,ffffffc0802061ea <thread_join+0xa2>
}
ffffffc0802061ce:	60a6                	ld	ra,72(sp)
ffffffc0802061d0:	6406                	ld	s0,64(sp)
ffffffc0802061d2:	74e2                	ld	s1,56(sp)
ffffffc0802061d4:	7942                	ld	s2,48(sp)
ffffffc0802061d6:	79a2                	ld	s3,40(sp)
ffffffc0802061d8:	7a02                	ld	s4,32(sp)
ffffffc0802061da:	6ae2                	ld	s5,24(sp)
ffffffc0802061dc:	6161                	add	sp,sp,80
ffffffc0802061de:	8082                	ret
    spin_unlock(&p->lock);
ffffffc0802061e0:	854a                	mv	a0,s2
ffffffc0802061e2:	38a000ef          	jal	ffffffc08020656c <spin_unlock>
    return -1;
ffffffc0802061e6:	557d                	li	a0,-1
ffffffc0802061e8:	b7dd                	j	ffffffc0802061ce <thread_join+0x86>
  if (status_uva && copyout(status_uva, &xstate, sizeof(xstate)) < 0)
ffffffc0802061ea:	4611                	li	a2,4
ffffffc0802061ec:	fbc40593          	add	a1,s0,-68
ffffffc0802061f0:	8552                	mv	a0,s4
ffffffc0802061f2:	c32fe0ef          	jal	ffffffc080204624 <copyout>
ffffffc0802061f6:	41f5551b          	sraw	a0,a0,0x1f
ffffffc0802061fa:	bfd1                	j	ffffffc0802061ce <thread_join+0x86>

ffffffc0802061fc <proc_single_thread>:

int proc_single_thread(void) {
ffffffc0802061fc:	7179                	add	sp,sp,-48
ffffffc0802061fe:	f406                	sd	ra,40(sp)
ffffffc080206200:	f022                	sd	s0,32(sp)
ffffffc080206202:	ec26                	sd	s1,24(sp)
ffffffc080206204:	1800                	add	s0,sp,48
ffffffc080206206:	e84a                	sd	s2,16(sp)
ffffffc080206208:	e44e                	sd	s3,8(sp)
  struct proc *p = curproc();
ffffffc08020620a:	b97ff0ef          	jal	ffffffc080205da0 <curproc>
ffffffc08020620e:	84aa                	mv	s1,a0
  struct thread *self = curthread();
ffffffc080206210:	b6fff0ef          	jal	ffffffc080205d7e <curthread>
ffffffc080206214:	892a                	mv	s2,a0
  spin_lock(&p->lock);
ffffffc080206216:	8526                	mv	a0,s1
ffffffc080206218:	25a000ef          	jal	ffffffc080206472 <spin_lock>
  if (p->single && p->single != self) {
ffffffc08020621c:	789c                	ld	a5,48(s1)
ffffffc08020621e:	c399                	beqz	a5,ffffffc080206224 <proc_single_thread+0x28>
ffffffc080206220:	05279263          	bne	a5,s2,ffffffc080206264 <proc_single_thread+0x68>
    spin_unlock(&p->lock);
    return -1;
  }
  p->single = self;
ffffffc080206224:	0324b823          	sd	s2,48(s1)
  wake_threads_locked(p);
ffffffc080206228:	8526                	mv	a0,s1
ffffffc08020622a:	f2cff0ef          	jal	ffffffc080205956 <wake_threads_locked>
  while (p->nthreads > 1)
ffffffc08020622e:	5498                	lw	a4,40(s1)
ffffffc080206230:	4785                	li	a5,1
    sleep_on(&p->nthreads, &p->lock);
ffffffc080206232:	02848993          	add	s3,s1,40
  while (p->nthreads > 1)
ffffffc080206236:	4905                	li	s2,1
ffffffc080206238:	00e7d963          	bge	a5,a4,ffffffc08020624a <proc_single_thread+0x4e>
    sleep_on(&p->nthreads, &p->lock);
ffffffc08020623c:	85a6                	mv	a1,s1
ffffffc08020623e:	854e                	mv	a0,s3
ffffffc080206240:	d63ff0ef          	jal	ffffffc080205fa2 <sleep_on>
  while (p->nthreads > 1)
ffffffc080206244:	549c                	lw	a5,40(s1)
ffffffc080206246:	fef94be3          	blt	s2,a5,ffffffc08020623c <proc_single_thread+0x40>
  p->single = NULL;
  spin_unlock(&p->lock);
ffffffc08020624a:	8526                	mv	a0,s1
  p->single = NULL;
ffffffc08020624c:	0204b823          	sd	zero,48(s1)
  spin_unlock(&p->lock);
ffffffc080206250:	31c000ef          	jal	ffffffc08020656c <spin_unlock>
  return 0;
ffffffc080206254:	4501                	li	a0,0
}
ffffffc080206256:	70a2                	ld	ra,40(sp)
ffffffc080206258:	7402                	ld	s0,32(sp)
ffffffc08020625a:	64e2                	ld	s1,24(sp)
ffffffc08020625c:	6942                	ld	s2,16(sp)
ffffffc08020625e:	69a2                	ld	s3,8(sp)
ffffffc080206260:	6145                	add	sp,sp,48
ffffffc080206262:	8082                	ret
    spin_unlock(&p->lock);
ffffffc080206264:	8526                	mv	a0,s1
ffffffc080206266:	306000ef          	jal	ffffffc08020656c <spin_unlock>
    return -1;
ffffffc08020626a:	557d                	li	a0,-1
ffffffc08020626c:	b7ed                	j	ffffffc080206256 <proc_single_thread+0x5a>

ffffffc08020626e <rw_init>:

#define RW_WRITER (1U << 31)
#define RW_WAITING (1U << 30)
#define RW_READERS 0x3FFFFFFFU

void rw_init(struct rwlock *l, const char *name) {
ffffffc08020626e:	1141                	add	sp,sp,-16
ffffffc080206270:	e422                	sd	s0,8(sp)
ffffffc080206272:	0800                	add	s0,sp,16
  l->state = 0;
  l->name = name;
}
ffffffc080206274:	6422                	ld	s0,8(sp)
  l->state = 0;
ffffffc080206276:	00052023          	sw	zero,0(a0)
  l->name = name;
ffffffc08020627a:	e50c                	sd	a1,8(a0)
}
ffffffc08020627c:	0141                	add	sp,sp,16
ffffffc08020627e:	8082                	ret

ffffffc080206280 <rw_read_lock>:

void rw_read_lock(struct rwlock *l) {
ffffffc080206280:	1101                	add	sp,sp,-32
ffffffc080206282:	e822                	sd	s0,16(sp)
ffffffc080206284:	e426                	sd	s1,8(sp)
ffffffc080206286:	e04a                	sd	s2,0(sp)
ffffffc080206288:	ec06                	sd	ra,24(sp)
ffffffc08020628a:	1000                	add	s0,sp,32
ffffffc08020628c:	84aa                	mv	s1,a0
  push_off();
  for (;;) {
    uint32 s = __atomic_load_n(&l->state, __ATOMIC_RELAXED);
    if (s & (RW_WRITER | RW_WAITING)) {
ffffffc08020628e:	40000937          	lui	s2,0x40000
  push_off();
ffffffc080206292:	26a000ef          	jal	ffffffc0802064fc <push_off>
    uint32 s = __atomic_load_n(&l->state, __ATOMIC_RELAXED);
ffffffc080206296:	4098                	lw	a4,0(s1)
ffffffc080206298:	0007079b          	sext.w	a5,a4
      tlb_poll(); /* a writer may be waiting for our acknowledgement */
      continue;
    }
    /* Acquire: the reader's section sees the last writer's updates. */
    if (__atomic_compare_exchange_n(&l->state, &s, s + 1, true, __ATOMIC_ACQUIRE,
ffffffc08020629c:	0017869b          	addw	a3,a5,1
    if (s & (RW_WRITER | RW_WAITING)) {
ffffffc0802062a0:	03277263          	bgeu	a4,s2,ffffffc0802062c4 <rw_read_lock+0x44>
    if (__atomic_compare_exchange_n(&l->state, &s, s + 1, true, __ATOMIC_ACQUIRE,
ffffffc0802062a4:	1004a72f          	lr.w	a4,(s1)
ffffffc0802062a8:	00f71563          	bne	a4,a5,ffffffc0802062b2 <rw_read_lock+0x32>
ffffffc0802062ac:	1cd4a62f          	sc.w.aq	a2,a3,(s1)
ffffffc0802062b0:	fa75                	bnez	a2,ffffffc0802062a4 <rw_read_lock+0x24>
ffffffc0802062b2:	40f707bb          	subw	a5,a4,a5
ffffffc0802062b6:	f3e5                	bnez	a5,ffffffc080206296 <rw_read_lock+0x16>
                                    __ATOMIC_RELAXED))
      return;
  }
}
ffffffc0802062b8:	60e2                	ld	ra,24(sp)
ffffffc0802062ba:	6442                	ld	s0,16(sp)
ffffffc0802062bc:	64a2                	ld	s1,8(sp)
ffffffc0802062be:	6902                	ld	s2,0(sp)
ffffffc0802062c0:	6105                	add	sp,sp,32
ffffffc0802062c2:	8082                	ret
      tlb_poll(); /* a writer may be waiting for our acknowledgement */
ffffffc0802062c4:	fa8fa0ef          	jal	ffffffc080200a6c <tlb_poll>
      continue;
ffffffc0802062c8:	b7f9                	j	ffffffc080206296 <rw_read_lock+0x16>

ffffffc0802062ca <rw_read_unlock>:

void rw_read_unlock(struct rwlock *l) {
  /* Release: our reads finish before a writer can take the lock. */
  uint32 old = __atomic_fetch_sub(&l->state, 1, __ATOMIC_RELEASE);
ffffffc0802062ca:	577d                	li	a4,-1
ffffffc0802062cc:	0f50000f          	fence	iorw,ow
ffffffc0802062d0:	00e527af          	amoadd.w	a5,a4,(a0)
  if ((old & RW_READERS) == 0)
ffffffc0802062d4:	178a                	sll	a5,a5,0x22
ffffffc0802062d6:	c391                	beqz	a5,ffffffc0802062da <rw_read_unlock+0x10>
    panic("rw_read_unlock: %s has no readers", l->name);
  pop_off();
ffffffc0802062d8:	a4a9                	j	ffffffc080206522 <pop_off>
void rw_read_unlock(struct rwlock *l) {
ffffffc0802062da:	1141                	add	sp,sp,-16
ffffffc0802062dc:	e022                	sd	s0,0(sp)
ffffffc0802062de:	e406                	sd	ra,8(sp)
ffffffc0802062e0:	0800                	add	s0,sp,16
    panic("rw_read_unlock: %s has no readers", l->name);
ffffffc0802062e2:	650c                	ld	a1,8(a0)
ffffffc0802062e4:	00003517          	auipc	a0,0x3
ffffffc0802062e8:	8a450513          	add	a0,a0,-1884 # ffffffc080208b88 <__func__.0+0x588>
ffffffc0802062ec:	ec0fd0ef          	jal	ffffffc0802039ac <panic>

ffffffc0802062f0 <rw_write_lock>:
}

void rw_write_lock(struct rwlock *l) {
ffffffc0802062f0:	7179                	add	sp,sp,-48
ffffffc0802062f2:	f022                	sd	s0,32(sp)
ffffffc0802062f4:	ec26                	sd	s1,24(sp)
ffffffc0802062f6:	e84a                	sd	s2,16(sp)
ffffffc0802062f8:	e44e                	sd	s3,8(sp)
ffffffc0802062fa:	e052                	sd	s4,0(sp)
ffffffc0802062fc:	f406                	sd	ra,40(sp)
ffffffc0802062fe:	1800                	add	s0,sp,48
  push_off();
  for (;;) {
    uint32 s = __atomic_load_n(&l->state, __ATOMIC_RELAXED);
    if ((s & ~RW_WAITING) == 0) {
ffffffc080206300:	c0000937          	lui	s2,0xc0000
void rw_write_lock(struct rwlock *l) {
ffffffc080206304:	84aa                	mv	s1,a0
    if ((s & ~RW_WAITING) == 0) {
ffffffc080206306:	197d                	add	s2,s2,-1 # ffffffffbfffffff <kernel_end+0x3f3fa05fff>
  push_off();
ffffffc080206308:	1f4000ef          	jal	ffffffc0802064fc <push_off>
      if (__atomic_compare_exchange_n(&l->state, &s, RW_WRITER, true, __ATOMIC_ACQUIRE,
                                      __ATOMIC_RELAXED))
        return;
    } else if (!(s & RW_WAITING)) {
ffffffc08020630c:	400009b7          	lui	s3,0x40000
      if (__atomic_compare_exchange_n(&l->state, &s, RW_WRITER, true, __ATOMIC_ACQUIRE,
ffffffc080206310:	80000a37          	lui	s4,0x80000
    uint32 s = __atomic_load_n(&l->state, __ATOMIC_RELAXED);
ffffffc080206314:	409c                	lw	a5,0(s1)
    if ((s & ~RW_WAITING) == 0) {
ffffffc080206316:	0127f6b3          	and	a3,a5,s2
    uint32 s = __atomic_load_n(&l->state, __ATOMIC_RELAXED);
ffffffc08020631a:	2781                	sext.w	a5,a5
    } else if (!(s & RW_WAITING)) {
ffffffc08020631c:	0137f733          	and	a4,a5,s3
ffffffc080206320:	2701                	sext.w	a4,a4
    if ((s & ~RW_WAITING) == 0) {
ffffffc080206322:	e29d                	bnez	a3,ffffffc080206348 <rw_write_lock+0x58>
      if (__atomic_compare_exchange_n(&l->state, &s, RW_WRITER, true, __ATOMIC_ACQUIRE,
ffffffc080206324:	1004a72f          	lr.w	a4,(s1)
ffffffc080206328:	00f71563          	bne	a4,a5,ffffffc080206332 <rw_write_lock+0x42>
ffffffc08020632c:	1d44a6af          	sc.w.aq	a3,s4,(s1)
ffffffc080206330:	faf5                	bnez	a3,ffffffc080206324 <rw_write_lock+0x34>
ffffffc080206332:	40f707bb          	subw	a5,a4,a5
ffffffc080206336:	fff9                	bnez	a5,ffffffc080206314 <rw_write_lock+0x24>
      __atomic_fetch_or(&l->state, RW_WAITING, __ATOMIC_RELAXED);
    } else {
      tlb_poll();
    }
  }
}
ffffffc080206338:	70a2                	ld	ra,40(sp)
ffffffc08020633a:	7402                	ld	s0,32(sp)
ffffffc08020633c:	64e2                	ld	s1,24(sp)
ffffffc08020633e:	6942                	ld	s2,16(sp)
ffffffc080206340:	69a2                	ld	s3,8(sp)
ffffffc080206342:	6a02                	ld	s4,0(sp)
ffffffc080206344:	6145                	add	sp,sp,48
ffffffc080206346:	8082                	ret
    } else if (!(s & RW_WAITING)) {
ffffffc080206348:	e701                	bnez	a4,ffffffc080206350 <rw_write_lock+0x60>
      __atomic_fetch_or(&l->state, RW_WAITING, __ATOMIC_RELAXED);
ffffffc08020634a:	4134a02f          	amoor.w	zero,s3,(s1)
ffffffc08020634e:	b7d9                	j	ffffffc080206314 <rw_write_lock+0x24>
      tlb_poll();
ffffffc080206350:	f1cfa0ef          	jal	ffffffc080200a6c <tlb_poll>
ffffffc080206354:	b7c1                	j	ffffffc080206314 <rw_write_lock+0x24>

ffffffc080206356 <rw_write_unlock>:

void rw_write_unlock(struct rwlock *l) {
  if (!(__atomic_load_n(&l->state, __ATOMIC_RELAXED) & RW_WRITER))
ffffffc080206356:	411c                	lw	a5,0(a0)
ffffffc080206358:	0007da63          	bgez	a5,ffffffc08020636c <rw_write_unlock+0x16>
    panic("rw_write_unlock: %s not write-held", l->name);
  /* Release: publishes the writer's page-table changes. The waiting bit
   * may have been set again by another writer; clear both. */
  __atomic_fetch_and(&l->state, ~(RW_WRITER | RW_WAITING), __ATOMIC_RELEASE);
ffffffc08020635c:	400007b7          	lui	a5,0x40000
ffffffc080206360:	37fd                	addw	a5,a5,-1 # 3fffffff <KERNEL_PA-0x40200001>
ffffffc080206362:	0f50000f          	fence	iorw,ow
ffffffc080206366:	60f5202f          	amoand.w	zero,a5,(a0)
  pop_off();
ffffffc08020636a:	aa65                	j	ffffffc080206522 <pop_off>
void rw_write_unlock(struct rwlock *l) {
ffffffc08020636c:	1141                	add	sp,sp,-16
ffffffc08020636e:	e022                	sd	s0,0(sp)
ffffffc080206370:	e406                	sd	ra,8(sp)
ffffffc080206372:	0800                	add	s0,sp,16
    panic("rw_write_unlock: %s not write-held", l->name);
ffffffc080206374:	650c                	ld	a1,8(a0)
ffffffc080206376:	00003517          	auipc	a0,0x3
ffffffc08020637a:	83a50513          	add	a0,a0,-1990 # ffffffc080208bb0 <__func__.0+0x5b0>
ffffffc08020637e:	e2efd0ef          	jal	ffffffc0802039ac <panic>

ffffffc080206382 <sleeplock_init>:
/* Sleeping mutexes, built on a spinlock and sleep/wakeup. */
#include "sync/sleeplock.h"
#include "sync/wait.h"

void sleeplock_init(struct sleeplock *l, const char *name) {
ffffffc080206382:	1101                	add	sp,sp,-32
ffffffc080206384:	e822                	sd	s0,16(sp)
ffffffc080206386:	e426                	sd	s1,8(sp)
ffffffc080206388:	e04a                	sd	s2,0(sp)
ffffffc08020638a:	ec06                	sd	ra,24(sp)
ffffffc08020638c:	1000                	add	s0,sp,32
ffffffc08020638e:	892e                	mv	s2,a1
  spin_init(&l->lk, "sleeplock");
ffffffc080206390:	00003597          	auipc	a1,0x3
ffffffc080206394:	84858593          	add	a1,a1,-1976 # ffffffc080208bd8 <__func__.0+0x5d8>
void sleeplock_init(struct sleeplock *l, const char *name) {
ffffffc080206398:	84aa                	mv	s1,a0
  spin_init(&l->lk, "sleeplock");
ffffffc08020639a:	0c2000ef          	jal	ffffffc08020645c <spin_init>
  l->name = name;
  l->locked = false;
  l->pid = 0;
}
ffffffc08020639e:	60e2                	ld	ra,24(sp)
ffffffc0802063a0:	6442                	ld	s0,16(sp)
  l->name = name;
ffffffc0802063a2:	0324b023          	sd	s2,32(s1)
  l->locked = false;
ffffffc0802063a6:	00048c23          	sb	zero,24(s1)
  l->pid = 0;
ffffffc0802063aa:	0004ae23          	sw	zero,28(s1)
}
ffffffc0802063ae:	6902                	ld	s2,0(sp)
ffffffc0802063b0:	64a2                	ld	s1,8(sp)
ffffffc0802063b2:	6105                	add	sp,sp,32
ffffffc0802063b4:	8082                	ret

ffffffc0802063b6 <sleeplock_acquire>:

void sleeplock_acquire(struct sleeplock *l) {
ffffffc0802063b6:	1101                	add	sp,sp,-32
ffffffc0802063b8:	e822                	sd	s0,16(sp)
ffffffc0802063ba:	e426                	sd	s1,8(sp)
ffffffc0802063bc:	ec06                	sd	ra,24(sp)
ffffffc0802063be:	1000                	add	s0,sp,32
ffffffc0802063c0:	84aa                	mv	s1,a0
  spin_lock(&l->lk);
ffffffc0802063c2:	0b0000ef          	jal	ffffffc080206472 <spin_lock>
  while (l->locked)
ffffffc0802063c6:	0184c783          	lbu	a5,24(s1)
ffffffc0802063ca:	cb81                	beqz	a5,ffffffc0802063da <sleeplock_acquire+0x24>
    sleep_on(l, &l->lk);
ffffffc0802063cc:	85a6                	mv	a1,s1
ffffffc0802063ce:	8526                	mv	a0,s1
ffffffc0802063d0:	bd3ff0ef          	jal	ffffffc080205fa2 <sleep_on>
  while (l->locked)
ffffffc0802063d4:	0184c783          	lbu	a5,24(s1)
ffffffc0802063d8:	fbf5                	bnez	a5,ffffffc0802063cc <sleeplock_acquire+0x16>
  l->locked = true;
ffffffc0802063da:	4785                	li	a5,1
ffffffc0802063dc:	00f48c23          	sb	a5,24(s1)
  l->pid = current_pid();
ffffffc0802063e0:	91fff0ef          	jal	ffffffc080205cfe <current_pid>
  spin_unlock(&l->lk);
}
ffffffc0802063e4:	6442                	ld	s0,16(sp)
  l->pid = current_pid();
ffffffc0802063e6:	ccc8                	sw	a0,28(s1)
}
ffffffc0802063e8:	60e2                	ld	ra,24(sp)
  spin_unlock(&l->lk);
ffffffc0802063ea:	8526                	mv	a0,s1
}
ffffffc0802063ec:	64a2                	ld	s1,8(sp)
ffffffc0802063ee:	6105                	add	sp,sp,32
  spin_unlock(&l->lk);
ffffffc0802063f0:	aab5                	j	ffffffc08020656c <spin_unlock>

ffffffc0802063f2 <sleeplock_release>:

void sleeplock_release(struct sleeplock *l) {
ffffffc0802063f2:	1101                	add	sp,sp,-32
ffffffc0802063f4:	ec06                	sd	ra,24(sp)
ffffffc0802063f6:	e822                	sd	s0,16(sp)
ffffffc0802063f8:	e426                	sd	s1,8(sp)
ffffffc0802063fa:	1000                	add	s0,sp,32
ffffffc0802063fc:	84aa                	mv	s1,a0
  spin_lock(&l->lk);
ffffffc0802063fe:	074000ef          	jal	ffffffc080206472 <spin_lock>
  l->locked = false;
  l->pid = 0;
  wakeup(l);
ffffffc080206402:	8526                	mv	a0,s1
  l->locked = false;
ffffffc080206404:	00048c23          	sb	zero,24(s1)
  l->pid = 0;
ffffffc080206408:	0004ae23          	sw	zero,28(s1)
  wakeup(l);
ffffffc08020640c:	be7ff0ef          	jal	ffffffc080205ff2 <wakeup>
  spin_unlock(&l->lk);
}
ffffffc080206410:	6442                	ld	s0,16(sp)
ffffffc080206412:	60e2                	ld	ra,24(sp)
  spin_unlock(&l->lk);
ffffffc080206414:	8526                	mv	a0,s1
}
ffffffc080206416:	64a2                	ld	s1,8(sp)
ffffffc080206418:	6105                	add	sp,sp,32
  spin_unlock(&l->lk);
ffffffc08020641a:	aa89                	j	ffffffc08020656c <spin_unlock>

ffffffc08020641c <sleeplock_holding>:

bool sleeplock_holding(struct sleeplock *l) {
ffffffc08020641c:	1101                	add	sp,sp,-32
ffffffc08020641e:	e822                	sd	s0,16(sp)
ffffffc080206420:	e426                	sd	s1,8(sp)
ffffffc080206422:	e04a                	sd	s2,0(sp)
ffffffc080206424:	ec06                	sd	ra,24(sp)
ffffffc080206426:	1000                	add	s0,sp,32
ffffffc080206428:	84aa                	mv	s1,a0
  spin_lock(&l->lk);
ffffffc08020642a:	048000ef          	jal	ffffffc080206472 <spin_lock>
  bool r = l->locked && l->pid == current_pid();
ffffffc08020642e:	0184c903          	lbu	s2,24(s1)
ffffffc080206432:	00091c63          	bnez	s2,ffffffc08020644a <sleeplock_holding+0x2e>
  spin_unlock(&l->lk);
ffffffc080206436:	8526                	mv	a0,s1
ffffffc080206438:	134000ef          	jal	ffffffc08020656c <spin_unlock>
  return r;
}
ffffffc08020643c:	60e2                	ld	ra,24(sp)
ffffffc08020643e:	6442                	ld	s0,16(sp)
ffffffc080206440:	64a2                	ld	s1,8(sp)
ffffffc080206442:	854a                	mv	a0,s2
ffffffc080206444:	6902                	ld	s2,0(sp)
ffffffc080206446:	6105                	add	sp,sp,32
ffffffc080206448:	8082                	ret
  bool r = l->locked && l->pid == current_pid();
ffffffc08020644a:	01c4a903          	lw	s2,28(s1)
ffffffc08020644e:	8b1ff0ef          	jal	ffffffc080205cfe <current_pid>
ffffffc080206452:	40a90933          	sub	s2,s2,a0
ffffffc080206456:	00193913          	seqz	s2,s2
ffffffc08020645a:	bff1                	j	ffffffc080206436 <sleeplock_holding+0x1a>

ffffffc08020645c <spin_init>:
#include "sync/spinlock.h"
#include "proc/cpu.h"
#include "lib/printf.h"
#include "arch/riscv/tlb.h"

void spin_init(struct spinlock *lk, const char *name) {
ffffffc08020645c:	1141                	add	sp,sp,-16
ffffffc08020645e:	e422                	sd	s0,8(sp)
ffffffc080206460:	0800                	add	s0,sp,16
  lk->locked = 0;
  lk->name = name;
  lk->owner = NULL;
}
ffffffc080206462:	6422                	ld	s0,8(sp)
  lk->locked = 0;
ffffffc080206464:	00052023          	sw	zero,0(a0)
  lk->name = name;
ffffffc080206468:	e50c                	sd	a1,8(a0)
  lk->owner = NULL;
ffffffc08020646a:	00053823          	sd	zero,16(a0)
}
ffffffc08020646e:	0141                	add	sp,sp,16
ffffffc080206470:	8082                	ret

ffffffc080206472 <spin_lock>:

/* Interrupts stay off while any lock is held on this hart, so an interrupt
 * handler can never spin on a lock its own hart holds. */
void spin_lock(struct spinlock *lk) {
ffffffc080206472:	1101                	add	sp,sp,-32
ffffffc080206474:	e822                	sd	s0,16(sp)
ffffffc080206476:	e426                	sd	s1,8(sp)
ffffffc080206478:	ec06                	sd	ra,24(sp)
ffffffc08020647a:	e04a                	sd	s2,0(sp)
ffffffc08020647c:	1000                	add	s0,sp,32
ffffffc08020647e:	84aa                	mv	s1,a0
static inline bool intr_get(void) { return (csr_read(sstatus) & SSTATUS_SIE) != 0; }
ffffffc080206480:	100026f3          	csrr	a3,sstatus
static inline void intr_off(void) { csr_clear(sstatus, SSTATUS_SIE); }
ffffffc080206484:	10017073          	csrc	sstatus,2
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080206488:	8712                	mv	a4,tp

void push_off(void) {
  bool old = intr_get();
  intr_off();
  struct cpu *c = mycpu();
  if (c->noff == 0)
ffffffc08020648a:	5f3c                	lw	a5,120(a4)
ffffffc08020648c:	e789                	bnez	a5,ffffffc080206496 <spin_lock+0x24>
static inline bool intr_get(void) { return (csr_read(sstatus) & SSTATUS_SIE) != 0; }
ffffffc08020648e:	8285                	srl	a3,a3,0x1
ffffffc080206490:	8a85                	and	a3,a3,1
    c->intena = old;
ffffffc080206492:	06d70e23          	sb	a3,124(a4)
  c->noff++;
ffffffc080206496:	2785                	addw	a5,a5,1
ffffffc080206498:	df3c                	sw	a5,120(a4)
  return __atomic_load_n(&lk->locked, __ATOMIC_RELAXED) && lk->owner == mycpu();
ffffffc08020649a:	409c                	lw	a5,0(s1)
ffffffc08020649c:	c789                	beqz	a5,ffffffc0802064a6 <spin_lock+0x34>
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc08020649e:	8792                	mv	a5,tp
ffffffc0802064a0:	6898                	ld	a4,16(s1)
ffffffc0802064a2:	02f70563          	beq	a4,a5,ffffffc0802064cc <spin_lock+0x5a>
  while (__atomic_exchange_n(&lk->locked, 1, __ATOMIC_ACQUIRE) != 0)
ffffffc0802064a6:	4905                	li	s2,1
ffffffc0802064a8:	87ca                	mv	a5,s2
ffffffc0802064aa:	0cf4a7af          	amoswap.w.aq	a5,a5,(s1)
ffffffc0802064ae:	2781                	sext.w	a5,a5
ffffffc0802064b0:	c791                	beqz	a5,ffffffc0802064bc <spin_lock+0x4a>
    while (__atomic_load_n(&lk->locked, __ATOMIC_RELAXED))
ffffffc0802064b2:	409c                	lw	a5,0(s1)
ffffffc0802064b4:	dbf5                	beqz	a5,ffffffc0802064a8 <spin_lock+0x36>
      tlb_poll(); /* keep answering shootdowns while interrupts are off */
ffffffc0802064b6:	db6fa0ef          	jal	ffffffc080200a6c <tlb_poll>
ffffffc0802064ba:	bfe5                	j	ffffffc0802064b2 <spin_lock+0x40>
ffffffc0802064bc:	8792                	mv	a5,tp
}
ffffffc0802064be:	60e2                	ld	ra,24(sp)
ffffffc0802064c0:	6442                	ld	s0,16(sp)
  lk->owner = mycpu();
ffffffc0802064c2:	e89c                	sd	a5,16(s1)
}
ffffffc0802064c4:	6902                	ld	s2,0(sp)
ffffffc0802064c6:	64a2                	ld	s1,8(sp)
ffffffc0802064c8:	6105                	add	sp,sp,32
ffffffc0802064ca:	8082                	ret
    panic("spin_lock: %s already held by this hart", lk->name);
ffffffc0802064cc:	648c                	ld	a1,8(s1)
ffffffc0802064ce:	00002517          	auipc	a0,0x2
ffffffc0802064d2:	71a50513          	add	a0,a0,1818 # ffffffc080208be8 <__func__.0+0x5e8>
ffffffc0802064d6:	cd6fd0ef          	jal	ffffffc0802039ac <panic>

ffffffc0802064da <spin_holding>:
bool spin_holding(struct spinlock *lk) {
ffffffc0802064da:	1141                	add	sp,sp,-16
ffffffc0802064dc:	e422                	sd	s0,8(sp)
ffffffc0802064de:	0800                	add	s0,sp,16
  return __atomic_load_n(&lk->locked, __ATOMIC_RELAXED) && lk->owner == mycpu();
ffffffc0802064e0:	411c                	lw	a5,0(a0)
ffffffc0802064e2:	cb89                	beqz	a5,ffffffc0802064f4 <spin_holding+0x1a>
ffffffc0802064e4:	8792                	mv	a5,tp
ffffffc0802064e6:	6908                	ld	a0,16(a0)
}
ffffffc0802064e8:	6422                	ld	s0,8(sp)
  return __atomic_load_n(&lk->locked, __ATOMIC_RELAXED) && lk->owner == mycpu();
ffffffc0802064ea:	8d1d                	sub	a0,a0,a5
ffffffc0802064ec:	00153513          	seqz	a0,a0
}
ffffffc0802064f0:	0141                	add	sp,sp,16
ffffffc0802064f2:	8082                	ret
ffffffc0802064f4:	6422                	ld	s0,8(sp)
ffffffc0802064f6:	4501                	li	a0,0
ffffffc0802064f8:	0141                	add	sp,sp,16
ffffffc0802064fa:	8082                	ret

ffffffc0802064fc <push_off>:
void push_off(void) {
ffffffc0802064fc:	1141                	add	sp,sp,-16
ffffffc0802064fe:	e422                	sd	s0,8(sp)
ffffffc080206500:	0800                	add	s0,sp,16
static inline bool intr_get(void) { return (csr_read(sstatus) & SSTATUS_SIE) != 0; }
ffffffc080206502:	100026f3          	csrr	a3,sstatus
static inline void intr_off(void) { csr_clear(sstatus, SSTATUS_SIE); }
ffffffc080206506:	10017073          	csrc	sstatus,2
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc08020650a:	8712                	mv	a4,tp
  if (c->noff == 0)
ffffffc08020650c:	5f3c                	lw	a5,120(a4)
ffffffc08020650e:	e789                	bnez	a5,ffffffc080206518 <push_off+0x1c>
static inline bool intr_get(void) { return (csr_read(sstatus) & SSTATUS_SIE) != 0; }
ffffffc080206510:	8285                	srl	a3,a3,0x1
ffffffc080206512:	8a85                	and	a3,a3,1
    c->intena = old;
ffffffc080206514:	06d70e23          	sb	a3,124(a4)
}
ffffffc080206518:	6422                	ld	s0,8(sp)
  c->noff++;
ffffffc08020651a:	2785                	addw	a5,a5,1
ffffffc08020651c:	df3c                	sw	a5,120(a4)
}
ffffffc08020651e:	0141                	add	sp,sp,16
ffffffc080206520:	8082                	ret

ffffffc080206522 <pop_off>:

void pop_off(void) {
ffffffc080206522:	1141                	add	sp,sp,-16
ffffffc080206524:	e022                	sd	s0,0(sp)
ffffffc080206526:	e406                	sd	ra,8(sp)
ffffffc080206528:	0800                	add	s0,sp,16
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc08020652a:	8712                	mv	a4,tp
static inline bool intr_get(void) { return (csr_read(sstatus) & SSTATUS_SIE) != 0; }
ffffffc08020652c:	100027f3          	csrr	a5,sstatus
ffffffc080206530:	8b89                	and	a5,a5,2
  struct cpu *c = mycpu();
  if (intr_get())
ffffffc080206532:	e79d                	bnez	a5,ffffffc080206560 <pop_off+0x3e>
    panic("pop_off: interrupts on");
  if (c->noff < 1)
ffffffc080206534:	5f3c                	lw	a5,120(a4)
ffffffc080206536:	00f05f63          	blez	a5,ffffffc080206554 <pop_off+0x32>
    panic("pop_off: not pushed");
  if (--c->noff == 0 && c->intena)
ffffffc08020653a:	fff7869b          	addw	a3,a5,-1
ffffffc08020653e:	df34                	sw	a3,120(a4)
ffffffc080206540:	e691                	bnez	a3,ffffffc08020654c <pop_off+0x2a>
ffffffc080206542:	07c74783          	lbu	a5,124(a4)
ffffffc080206546:	c399                	beqz	a5,ffffffc08020654c <pop_off+0x2a>
static inline void intr_on(void) { csr_set(sstatus, SSTATUS_SIE); }
ffffffc080206548:	10016073          	csrs	sstatus,2
    intr_on();
}
ffffffc08020654c:	60a2                	ld	ra,8(sp)
ffffffc08020654e:	6402                	ld	s0,0(sp)
ffffffc080206550:	0141                	add	sp,sp,16
ffffffc080206552:	8082                	ret
    panic("pop_off: not pushed");
ffffffc080206554:	00002517          	auipc	a0,0x2
ffffffc080206558:	6d450513          	add	a0,a0,1748 # ffffffc080208c28 <__func__.0+0x628>
ffffffc08020655c:	c50fd0ef          	jal	ffffffc0802039ac <panic>
    panic("pop_off: interrupts on");
ffffffc080206560:	00002517          	auipc	a0,0x2
ffffffc080206564:	6b050513          	add	a0,a0,1712 # ffffffc080208c10 <__func__.0+0x610>
ffffffc080206568:	c44fd0ef          	jal	ffffffc0802039ac <panic>

ffffffc08020656c <spin_unlock>:
  return __atomic_load_n(&lk->locked, __ATOMIC_RELAXED) && lk->owner == mycpu();
ffffffc08020656c:	411c                	lw	a5,0(a0)
ffffffc08020656e:	c789                	beqz	a5,ffffffc080206578 <spin_unlock+0xc>
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080206570:	8792                	mv	a5,tp
ffffffc080206572:	6918                	ld	a4,16(a0)
ffffffc080206574:	00f70d63          	beq	a4,a5,ffffffc08020658e <spin_unlock+0x22>
void spin_unlock(struct spinlock *lk) {
ffffffc080206578:	1141                	add	sp,sp,-16
ffffffc08020657a:	e022                	sd	s0,0(sp)
ffffffc08020657c:	e406                	sd	ra,8(sp)
ffffffc08020657e:	0800                	add	s0,sp,16
    panic("spin_unlock: %s not held by this hart", lk->name);
ffffffc080206580:	650c                	ld	a1,8(a0)
ffffffc080206582:	00002517          	auipc	a0,0x2
ffffffc080206586:	6be50513          	add	a0,a0,1726 # ffffffc080208c40 <__func__.0+0x640>
ffffffc08020658a:	c22fd0ef          	jal	ffffffc0802039ac <panic>
  lk->owner = NULL;
ffffffc08020658e:	00053823          	sd	zero,16(a0)
  __atomic_store_n(&lk->locked, 0, __ATOMIC_RELEASE);
ffffffc080206592:	0f50000f          	fence	iorw,ow
ffffffc080206596:	0805202f          	amoswap.w	zero,zero,(a0)
  pop_off();
ffffffc08020659a:	b761                	j	ffffffc080206522 <pop_off>

ffffffc08020659c <sys_kbench>:
    tlb_shootdown(others, 0, PGSIZE);
    pop_off();
  }
}

int64 sys_kbench(void) {
ffffffc08020659c:	7139                	add	sp,sp,-64
ffffffc08020659e:	fc06                	sd	ra,56(sp)
ffffffc0802065a0:	f822                	sd	s0,48(sp)
ffffffc0802065a2:	f426                	sd	s1,40(sp)
ffffffc0802065a4:	f04a                	sd	s2,32(sp)
ffffffc0802065a6:	ec4e                	sd	s3,24(sp)
ffffffc0802065a8:	0080                	add	s0,sp,64
ffffffc0802065aa:	e852                	sd	s4,16(sp)
ffffffc0802065ac:	e456                	sd	s5,8(sp)
  int which = arg_int(0);
ffffffc0802065ae:	4501                	li	a0,0
ffffffc0802065b0:	1eb000ef          	jal	ffffffc080206f9a <arg_int>
ffffffc0802065b4:	892a                	mv	s2,a0
  long iters = (long)arg_addr(1);
ffffffc0802065b6:	4505                	li	a0,1
ffffffc0802065b8:	207000ef          	jal	ffffffc080206fbe <arg_addr>
  void *p = __atomic_load_n(&hot_page, __ATOMIC_ACQUIRE);
ffffffc0802065bc:	001b4997          	auipc	s3,0x1b4
ffffffc0802065c0:	bfc98993          	add	s3,s3,-1028 # ffffffc0803ba1b8 <hot_page>
ffffffc0802065c4:	0009b783          	ld	a5,0(s3)
  long iters = (long)arg_addr(1);
ffffffc0802065c8:	84aa                	mv	s1,a0
  void *p = __atomic_load_n(&hot_page, __ATOMIC_ACQUIRE);
ffffffc0802065ca:	0ff0000f          	fence
  if (p)
ffffffc0802065ce:	c3c1                	beqz	a5,ffffffc08020664e <sys_kbench+0xb2>
  void *hot = get_hot_page();
  if (iters < 0 || !hot)
ffffffc0802065d0:	0a04c263          	bltz	s1,ffffffc080206674 <sys_kbench+0xd8>
static inline uint64 r_time(void) { return csr_read(time); }
ffffffc0802065d4:	c01029f3          	rdtime	s3
    return -1;
  uint64 t0 = r_time();
  switch (which) {
ffffffc0802065d8:	4711                	li	a4,4
ffffffc0802065da:	09276d63          	bltu	a4,s2,ffffffc080206674 <sys_kbench+0xd8>
ffffffc0802065de:	00002697          	auipc	a3,0x2
ffffffc0802065e2:	68a68693          	add	a3,a3,1674 # ffffffc080208c68 <__func__.0+0x668>
ffffffc0802065e6:	090a                	sll	s2,s2,0x2
ffffffc0802065e8:	9936                	add	s2,s2,a3
ffffffc0802065ea:	00092703          	lw	a4,0(s2)
ffffffc0802065ee:	9736                	add	a4,a4,a3
ffffffc0802065f0:	8702                	jr	a4
  struct vmspace *vs = curproc()->vm;
ffffffc0802065f2:	faeff0ef          	jal	ffffffc080205da0 <curproc>
ffffffc0802065f6:	04053a03          	ld	s4,64(a0)
  for (long i = 0; i < iters; i++) {
ffffffc0802065fa:	02905d63          	blez	s1,ffffffc080206634 <sys_kbench+0x98>
    uint64 others = __atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) & ~(1UL << mycpu()->id);
ffffffc0802065fe:	0f8a0a13          	add	s4,s4,248 # ffffffff800000f8 <kernel_end+0x3effa060f8>
  for (long i = 0; i < iters; i++) {
ffffffc080206602:	4901                	li	s2,0
    uint64 others = __atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) & ~(1UL << mycpu()->id);
ffffffc080206604:	4a85                	li	s5,1
    push_off();
ffffffc080206606:	ef7ff0ef          	jal	ffffffc0802064fc <push_off>
    uint64 others = __atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) & ~(1UL << mycpu()->id);
ffffffc08020660a:	000a3503          	ld	a0,0(s4)
ffffffc08020660e:	0ff0000f          	fence
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080206612:	8792                	mv	a5,tp
ffffffc080206614:	0807a783          	lw	a5,128(a5)
    tlb_shootdown(others, 0, PGSIZE);
ffffffc080206618:	6605                	lui	a2,0x1
ffffffc08020661a:	4581                	li	a1,0
    uint64 others = __atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) & ~(1UL << mycpu()->id);
ffffffc08020661c:	00fa97b3          	sll	a5,s5,a5
ffffffc080206620:	fff7c793          	not	a5,a5
    tlb_shootdown(others, 0, PGSIZE);
ffffffc080206624:	8d7d                	and	a0,a0,a5
  for (long i = 0; i < iters; i++) {
ffffffc080206626:	0905                	add	s2,s2,1
    tlb_shootdown(others, 0, PGSIZE);
ffffffc080206628:	cfcfa0ef          	jal	ffffffc080200b24 <tlb_shootdown>
    pop_off();
ffffffc08020662c:	ef7ff0ef          	jal	ffffffc080206522 <pop_off>
  for (long i = 0; i < iters; i++) {
ffffffc080206630:	fd249be3          	bne	s1,s2,ffffffc080206606 <sys_kbench+0x6a>
static inline uint64 r_time(void) { return csr_read(time); }
ffffffc080206634:	c0102573          	rdtime	a0
    bench_shootdown(iters);
    break;
  default:
    return -1;
  }
  return r_time() - t0;
ffffffc080206638:	41350533          	sub	a0,a0,s3
}
ffffffc08020663c:	70e2                	ld	ra,56(sp)
ffffffc08020663e:	7442                	ld	s0,48(sp)
ffffffc080206640:	74a2                	ld	s1,40(sp)
ffffffc080206642:	7902                	ld	s2,32(sp)
ffffffc080206644:	69e2                	ld	s3,24(sp)
ffffffc080206646:	6a42                	ld	s4,16(sp)
ffffffc080206648:	6aa2                	ld	s5,8(sp)
ffffffc08020664a:	6121                	add	sp,sp,64
ffffffc08020664c:	8082                	ret
  void *fresh = page_alloc();
ffffffc08020664e:	c55fd0ef          	jal	ffffffc0802042a2 <page_alloc>
ffffffc080206652:	87aa                	mv	a5,a0
  if (!fresh)
ffffffc080206654:	c105                	beqz	a0,ffffffc080206674 <sys_kbench+0xd8>
  if (!__atomic_compare_exchange_n(&hot_page, &expected, fresh, false, __ATOMIC_ACQ_REL,
ffffffc080206656:	1409ba2f          	lr.d.aq	s4,(s3)
ffffffc08020665a:	000a1563          	bnez	s4,ffffffc080206664 <sys_kbench+0xc8>
ffffffc08020665e:	1ca9b72f          	sc.d.aq	a4,a0,(s3)
ffffffc080206662:	fb75                	bnez	a4,ffffffc080206656 <sys_kbench+0xba>
ffffffc080206664:	f60a06e3          	beqz	s4,ffffffc0802065d0 <sys_kbench+0x34>
    page_free(fresh);
ffffffc080206668:	d49fd0ef          	jal	ffffffc0802043b0 <page_free>
  if (iters < 0 || !hot)
ffffffc08020666c:	0004c463          	bltz	s1,ffffffc080206674 <sys_kbench+0xd8>
ffffffc080206670:	0c0a1263          	bnez	s4,ffffffc080206734 <sys_kbench+0x198>
    return -1;
ffffffc080206674:	557d                	li	a0,-1
ffffffc080206676:	b7d9                	j	ffffffc08020663c <sys_kbench+0xa0>
  for (long i = 0; i < iters; i++) {
ffffffc080206678:	4a81                	li	s5,0
ffffffc08020667a:	001b4a17          	auipc	s4,0x1b4
ffffffc08020667e:	b36a0a13          	add	s4,s4,-1226 # ffffffc0803ba1b0 <lab_count>
    spin_lock(&lab_lock);
ffffffc080206682:	001b4917          	auipc	s2,0x1b4
ffffffc080206686:	a6e90913          	add	s2,s2,-1426 # ffffffc0803ba0f0 <lab_lock>
  for (long i = 0; i < iters; i++) {
ffffffc08020668a:	fa9055e3          	blez	s1,ffffffc080206634 <sys_kbench+0x98>
    spin_lock(&lab_lock);
ffffffc08020668e:	854a                	mv	a0,s2
ffffffc080206690:	de3ff0ef          	jal	ffffffc080206472 <spin_lock>
    lab_count++;
ffffffc080206694:	000a3783          	ld	a5,0(s4)
    spin_unlock(&lab_lock);
ffffffc080206698:	854a                	mv	a0,s2
  for (long i = 0; i < iters; i++) {
ffffffc08020669a:	0a85                	add	s5,s5,1
    lab_count++;
ffffffc08020669c:	0785                	add	a5,a5,1
ffffffc08020669e:	00fa3023          	sd	a5,0(s4)
    spin_unlock(&lab_lock);
ffffffc0802066a2:	ecbff0ef          	jal	ffffffc08020656c <spin_unlock>
    spin_lock(&lab_lock);
ffffffc0802066a6:	854a                	mv	a0,s2
ffffffc0802066a8:	dcbff0ef          	jal	ffffffc080206472 <spin_lock>
    lab_count--;
ffffffc0802066ac:	000a3783          	ld	a5,0(s4)
    spin_unlock(&lab_lock);
ffffffc0802066b0:	854a                	mv	a0,s2
    lab_count--;
ffffffc0802066b2:	17fd                	add	a5,a5,-1
ffffffc0802066b4:	00fa3023          	sd	a5,0(s4)
    spin_unlock(&lab_lock);
ffffffc0802066b8:	eb5ff0ef          	jal	ffffffc08020656c <spin_unlock>
  for (long i = 0; i < iters; i++) {
ffffffc0802066bc:	fd5499e3          	bne	s1,s5,ffffffc08020668e <sys_kbench+0xf2>
ffffffc0802066c0:	bf95                	j	ffffffc080206634 <sys_kbench+0x98>
  void *a = page_alloc(), *b = page_alloc();
ffffffc0802066c2:	be1fd0ef          	jal	ffffffc0802042a2 <page_alloc>
ffffffc0802066c6:	8a2a                	mv	s4,a0
ffffffc0802066c8:	bdbfd0ef          	jal	ffffffc0802042a2 <page_alloc>
ffffffc0802066cc:	8aaa                	mv	s5,a0
  if (a && b)
ffffffc0802066ce:	040a0963          	beqz	s4,ffffffc080206720 <sys_kbench+0x184>
ffffffc0802066d2:	cd21                	beqz	a0,ffffffc08020672a <sys_kbench+0x18e>
    for (long i = 0; i < iters; i++)
ffffffc0802066d4:	4901                	li	s2,0
ffffffc0802066d6:	00905a63          	blez	s1,ffffffc0802066ea <sys_kbench+0x14e>
ffffffc0802066da:	0905                	add	s2,s2,1
      memcpy(a, b, PGSIZE);
ffffffc0802066dc:	6605                	lui	a2,0x1
ffffffc0802066de:	85d6                	mv	a1,s5
ffffffc0802066e0:	8552                	mv	a0,s4
ffffffc0802066e2:	be6fd0ef          	jal	ffffffc080203ac8 <memcpy>
    for (long i = 0; i < iters; i++)
ffffffc0802066e6:	ff249ae3          	bne	s1,s2,ffffffc0802066da <sys_kbench+0x13e>
    page_free(a);
ffffffc0802066ea:	8552                	mv	a0,s4
ffffffc0802066ec:	cc5fd0ef          	jal	ffffffc0802043b0 <page_free>
    page_free(b);
ffffffc0802066f0:	8556                	mv	a0,s5
ffffffc0802066f2:	cbffd0ef          	jal	ffffffc0802043b0 <page_free>
  return a && b ? 0 : -1;
ffffffc0802066f6:	bf3d                	j	ffffffc080206634 <sys_kbench+0x98>
    bench_refs_amo(V2P(hot), iters);
ffffffc0802066f8:	4705                	li	a4,1
ffffffc0802066fa:	171a                	sll	a4,a4,0x26
ffffffc0802066fc:	00e78933          	add	s2,a5,a4
  for (long i = 0; i < iters; i++) {
ffffffc080206700:	f2905ae3          	blez	s1,ffffffc080206634 <sys_kbench+0x98>
ffffffc080206704:	4a01                	li	s4,0
  __atomic_fetch_add(&pa_to_page(pa)->refs, 1, __ATOMIC_RELAXED);
ffffffc080206706:	4a85                	li	s5,1
ffffffc080206708:	854a                	mv	a0,s2
ffffffc08020670a:	e07fd0ef          	jal	ffffffc080204510 <pa_to_page>
ffffffc08020670e:	0155202f          	amoadd.w	zero,s5,(a0)
ffffffc080206712:	0a05                	add	s4,s4,1
    page_ref_put(pa);
ffffffc080206714:	854a                	mv	a0,s2
ffffffc080206716:	e39fd0ef          	jal	ffffffc08020454e <page_ref_put>
  for (long i = 0; i < iters; i++) {
ffffffc08020671a:	ff4497e3          	bne	s1,s4,ffffffc080206708 <sys_kbench+0x16c>
ffffffc08020671e:	bf19                	j	ffffffc080206634 <sys_kbench+0x98>
  if (b)
ffffffc080206720:	d931                	beqz	a0,ffffffc080206674 <sys_kbench+0xd8>
    page_free(b);
ffffffc080206722:	c8ffd0ef          	jal	ffffffc0802043b0 <page_free>
    return -1;
ffffffc080206726:	557d                	li	a0,-1
ffffffc080206728:	bf11                	j	ffffffc08020663c <sys_kbench+0xa0>
    page_free(a);
ffffffc08020672a:	8552                	mv	a0,s4
ffffffc08020672c:	c85fd0ef          	jal	ffffffc0802043b0 <page_free>
    return -1;
ffffffc080206730:	557d                	li	a0,-1
ffffffc080206732:	b729                	j	ffffffc08020663c <sys_kbench+0xa0>
ffffffc080206734:	87d2                	mv	a5,s4
ffffffc080206736:	bd79                	j	ffffffc0802065d4 <sys_kbench+0x38>

ffffffc080206738 <sys_tlbmode>:

int64 sys_tlbmode(void) {
ffffffc080206738:	1141                	add	sp,sp,-16
ffffffc08020673a:	e022                	sd	s0,0(sp)
ffffffc08020673c:	e406                	sd	ra,8(sp)
ffffffc08020673e:	0800                	add	s0,sp,16
  int m = arg_int(0);
ffffffc080206740:	4501                	li	a0,0
ffffffc080206742:	059000ef          	jal	ffffffc080206f9a <arg_int>
  if (m == -1)
ffffffc080206746:	577d                	li	a4,-1
ffffffc080206748:	00e50d63          	beq	a0,a4,ffffffc080206762 <sys_tlbmode+0x2a>
    return tlb_mode();
  if (m != TLB_IPI && m != TLB_SBI_RFENCE)
ffffffc08020674c:	0005079b          	sext.w	a5,a0
ffffffc080206750:	4705                	li	a4,1
ffffffc080206752:	00f76e63          	bltu	a4,a5,ffffffc08020676e <sys_tlbmode+0x36>
    return -1;
  return tlb_set_mode(m);
ffffffc080206756:	ba0fa0ef          	jal	ffffffc080200af6 <tlb_set_mode>
}
ffffffc08020675a:	60a2                	ld	ra,8(sp)
ffffffc08020675c:	6402                	ld	s0,0(sp)
ffffffc08020675e:	0141                	add	sp,sp,16
ffffffc080206760:	8082                	ret
    return tlb_mode();
ffffffc080206762:	baefa0ef          	jal	ffffffc080200b10 <tlb_mode>
}
ffffffc080206766:	60a2                	ld	ra,8(sp)
ffffffc080206768:	6402                	ld	s0,0(sp)
ffffffc08020676a:	0141                	add	sp,sp,16
ffffffc08020676c:	8082                	ret
    return -1;
ffffffc08020676e:	557d                	li	a0,-1
ffffffc080206770:	b7ed                	j	ffffffc08020675a <sys_tlbmode+0x22>

ffffffc080206772 <sys_read>:
  return -1;
}

/* int read(int fd, void *buf, int n) */
int64 sys_read(void)
{
ffffffc080206772:	7179                	add	sp,sp,-48
ffffffc080206774:	f022                	sd	s0,32(sp)
ffffffc080206776:	f406                	sd	ra,40(sp)
ffffffc080206778:	1800                	add	s0,sp,48
ffffffc08020677a:	ec26                	sd	s1,24(sp)
ffffffc08020677c:	e84a                	sd	s2,16(sp)
  struct file *f;
  if (arg_fd(0, NULL, &f) < 0)
ffffffc08020677e:	fd840613          	add	a2,s0,-40
ffffffc080206782:	4581                	li	a1,0
ffffffc080206784:	4501                	li	a0,0
ffffffc080206786:	093000ef          	jal	ffffffc080207018 <arg_fd>
ffffffc08020678a:	02054663          	bltz	a0,ffffffc0802067b6 <sys_read+0x44>
    return -1;
  return file_read(f, arg_addr(1), arg_int(2));
ffffffc08020678e:	4505                	li	a0,1
ffffffc080206790:	fd843903          	ld	s2,-40(s0)
ffffffc080206794:	02b000ef          	jal	ffffffc080206fbe <arg_addr>
ffffffc080206798:	84aa                	mv	s1,a0
ffffffc08020679a:	4509                	li	a0,2
ffffffc08020679c:	7fe000ef          	jal	ffffffc080206f9a <arg_int>
ffffffc0802067a0:	862a                	mv	a2,a0
ffffffc0802067a2:	85a6                	mv	a1,s1
ffffffc0802067a4:	854a                	mv	a0,s2
ffffffc0802067a6:	947fb0ef          	jal	ffffffc0802020ec <file_read>
}
ffffffc0802067aa:	70a2                	ld	ra,40(sp)
ffffffc0802067ac:	7402                	ld	s0,32(sp)
ffffffc0802067ae:	64e2                	ld	s1,24(sp)
ffffffc0802067b0:	6942                	ld	s2,16(sp)
ffffffc0802067b2:	6145                	add	sp,sp,48
ffffffc0802067b4:	8082                	ret
    return -1;
ffffffc0802067b6:	557d                	li	a0,-1
ffffffc0802067b8:	bfcd                	j	ffffffc0802067aa <sys_read+0x38>

ffffffc0802067ba <sys_write>:

/* int write(int fd, const void *buf, int n) */
int64 sys_write(void)
{
ffffffc0802067ba:	7179                	add	sp,sp,-48
ffffffc0802067bc:	f022                	sd	s0,32(sp)
ffffffc0802067be:	f406                	sd	ra,40(sp)
ffffffc0802067c0:	1800                	add	s0,sp,48
ffffffc0802067c2:	ec26                	sd	s1,24(sp)
ffffffc0802067c4:	e84a                	sd	s2,16(sp)
  struct file *f;
  if (arg_fd(0, NULL, &f) < 0)
ffffffc0802067c6:	fd840613          	add	a2,s0,-40
ffffffc0802067ca:	4581                	li	a1,0
ffffffc0802067cc:	4501                	li	a0,0
ffffffc0802067ce:	04b000ef          	jal	ffffffc080207018 <arg_fd>
ffffffc0802067d2:	02054663          	bltz	a0,ffffffc0802067fe <sys_write+0x44>
    return -1;
  return file_write(f, arg_addr(1), arg_int(2));
ffffffc0802067d6:	4505                	li	a0,1
ffffffc0802067d8:	fd843903          	ld	s2,-40(s0)
ffffffc0802067dc:	7e2000ef          	jal	ffffffc080206fbe <arg_addr>
ffffffc0802067e0:	84aa                	mv	s1,a0
ffffffc0802067e2:	4509                	li	a0,2
ffffffc0802067e4:	7b6000ef          	jal	ffffffc080206f9a <arg_int>
ffffffc0802067e8:	862a                	mv	a2,a0
ffffffc0802067ea:	85a6                	mv	a1,s1
ffffffc0802067ec:	854a                	mv	a0,s2
ffffffc0802067ee:	9c1fb0ef          	jal	ffffffc0802021ae <file_write>
}
ffffffc0802067f2:	70a2                	ld	ra,40(sp)
ffffffc0802067f4:	7402                	ld	s0,32(sp)
ffffffc0802067f6:	64e2                	ld	s1,24(sp)
ffffffc0802067f8:	6942                	ld	s2,16(sp)
ffffffc0802067fa:	6145                	add	sp,sp,48
ffffffc0802067fc:	8082                	ret
    return -1;
ffffffc0802067fe:	557d                	li	a0,-1
ffffffc080206800:	bfcd                	j	ffffffc0802067f2 <sys_write+0x38>

ffffffc080206802 <sys_close>:

/* int close(int fd) */
int64 sys_close(void)
{
ffffffc080206802:	1101                	add	sp,sp,-32
ffffffc080206804:	e822                	sd	s0,16(sp)
ffffffc080206806:	ec06                	sd	ra,24(sp)
ffffffc080206808:	1000                	add	s0,sp,32
  int fd;
  struct file *f;
  if (arg_fd(0, &fd, &f) < 0)
ffffffc08020680a:	fe840613          	add	a2,s0,-24
ffffffc08020680e:	fe440593          	add	a1,s0,-28
ffffffc080206812:	4501                	li	a0,0
ffffffc080206814:	005000ef          	jal	ffffffc080207018 <arg_fd>
ffffffc080206818:	02054563          	bltz	a0,ffffffc080206842 <sys_close+0x40>
    return -1;
  curproc()->ofile[fd] = NULL;
ffffffc08020681c:	d84ff0ef          	jal	ffffffc080205da0 <curproc>
ffffffc080206820:	fe442783          	lw	a5,-28(s0)
ffffffc080206824:	872a                	mv	a4,a0
  file_close(f);
ffffffc080206826:	fe843503          	ld	a0,-24(s0)
  curproc()->ofile[fd] = NULL;
ffffffc08020682a:	07a1                	add	a5,a5,8
ffffffc08020682c:	078e                	sll	a5,a5,0x3
ffffffc08020682e:	97ba                	add	a5,a5,a4
ffffffc080206830:	0007b423          	sd	zero,8(a5)
  file_close(f);
ffffffc080206834:	fe4fb0ef          	jal	ffffffc080202018 <file_close>
  return 0;
ffffffc080206838:	4501                	li	a0,0
}
ffffffc08020683a:	60e2                	ld	ra,24(sp)
ffffffc08020683c:	6442                	ld	s0,16(sp)
ffffffc08020683e:	6105                	add	sp,sp,32
ffffffc080206840:	8082                	ret
    return -1;
ffffffc080206842:	557d                	li	a0,-1
ffffffc080206844:	bfdd                	j	ffffffc08020683a <sys_close+0x38>

ffffffc080206846 <sys_fstat>:

/* int fstat(int fd, struct stat *st) */
int64 sys_fstat(void)
{
ffffffc080206846:	7179                	add	sp,sp,-48
ffffffc080206848:	f022                	sd	s0,32(sp)
ffffffc08020684a:	f406                	sd	ra,40(sp)
ffffffc08020684c:	1800                	add	s0,sp,48
ffffffc08020684e:	ec26                	sd	s1,24(sp)
  struct file *f;
  if (arg_fd(0, NULL, &f) < 0)
ffffffc080206850:	fd840613          	add	a2,s0,-40
ffffffc080206854:	4581                	li	a1,0
ffffffc080206856:	4501                	li	a0,0
ffffffc080206858:	7c0000ef          	jal	ffffffc080207018 <arg_fd>
ffffffc08020685c:	02054063          	bltz	a0,ffffffc08020687c <sys_fstat+0x36>
    return -1;
  return file_stat(f, arg_addr(1));
ffffffc080206860:	fd843483          	ld	s1,-40(s0)
ffffffc080206864:	4505                	li	a0,1
ffffffc080206866:	758000ef          	jal	ffffffc080206fbe <arg_addr>
ffffffc08020686a:	85aa                	mv	a1,a0
ffffffc08020686c:	8526                	mv	a0,s1
ffffffc08020686e:	a03fb0ef          	jal	ffffffc080202270 <file_stat>
}
ffffffc080206872:	70a2                	ld	ra,40(sp)
ffffffc080206874:	7402                	ld	s0,32(sp)
ffffffc080206876:	64e2                	ld	s1,24(sp)
ffffffc080206878:	6145                	add	sp,sp,48
ffffffc08020687a:	8082                	ret
    return -1;
ffffffc08020687c:	557d                	li	a0,-1
ffffffc08020687e:	bfd5                	j	ffffffc080206872 <sys_fstat+0x2c>

ffffffc080206880 <sys_dup>:

/* int dup(int fd): the lowest free descriptor, naming the same file. */
int64 sys_dup(void)
{
ffffffc080206880:	7179                	add	sp,sp,-48
ffffffc080206882:	f022                	sd	s0,32(sp)
ffffffc080206884:	f406                	sd	ra,40(sp)
ffffffc080206886:	1800                	add	s0,sp,48
ffffffc080206888:	ec26                	sd	s1,24(sp)
ffffffc08020688a:	e84a                	sd	s2,16(sp)
  struct file *f;
  if (arg_fd(0, NULL, &f) < 0)
ffffffc08020688c:	fd840613          	add	a2,s0,-40
ffffffc080206890:	4581                	li	a1,0
ffffffc080206892:	4501                	li	a0,0
ffffffc080206894:	784000ef          	jal	ffffffc080207018 <arg_fd>
ffffffc080206898:	02054163          	bltz	a0,ffffffc0802068ba <sys_dup+0x3a>
    return -1;
  int fd = fd_alloc(f);
ffffffc08020689c:	fd843903          	ld	s2,-40(s0)
  struct proc *p = curproc();
ffffffc0802068a0:	d00ff0ef          	jal	ffffffc080205da0 <curproc>
ffffffc0802068a4:	862a                	mv	a2,a0
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc0802068a6:	04850793          	add	a5,a0,72
ffffffc0802068aa:	4481                	li	s1,0
ffffffc0802068ac:	46c1                	li	a3,16
    if (p->ofile[fd] == NULL) {
ffffffc0802068ae:	6398                	ld	a4,0(a5)
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc0802068b0:	07a1                	add	a5,a5,8
    if (p->ofile[fd] == NULL) {
ffffffc0802068b2:	cb19                	beqz	a4,ffffffc0802068c8 <sys_dup+0x48>
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc0802068b4:	2485                	addw	s1,s1,1
ffffffc0802068b6:	fed49ce3          	bne	s1,a3,ffffffc0802068ae <sys_dup+0x2e>
  if (fd < 0)
    return -1;
  file_dup(f);
  return fd;
}
ffffffc0802068ba:	70a2                	ld	ra,40(sp)
ffffffc0802068bc:	7402                	ld	s0,32(sp)
ffffffc0802068be:	64e2                	ld	s1,24(sp)
ffffffc0802068c0:	6942                	ld	s2,16(sp)
    return -1;
ffffffc0802068c2:	557d                	li	a0,-1
}
ffffffc0802068c4:	6145                	add	sp,sp,48
ffffffc0802068c6:	8082                	ret
      p->ofile[fd] = f;
ffffffc0802068c8:	00848793          	add	a5,s1,8
  file_dup(f);
ffffffc0802068cc:	fd843503          	ld	a0,-40(s0)
      p->ofile[fd] = f;
ffffffc0802068d0:	078e                	sll	a5,a5,0x3
ffffffc0802068d2:	963e                	add	a2,a2,a5
ffffffc0802068d4:	01263423          	sd	s2,8(a2) # 1008 <KERNEL_PA-0x801feff8>
  file_dup(f);
ffffffc0802068d8:	edefb0ef          	jal	ffffffc080201fb6 <file_dup>
}
ffffffc0802068dc:	70a2                	ld	ra,40(sp)
ffffffc0802068de:	7402                	ld	s0,32(sp)
ffffffc0802068e0:	6942                	ld	s2,16(sp)
  return fd;
ffffffc0802068e2:	8526                	mv	a0,s1
}
ffffffc0802068e4:	64e2                	ld	s1,24(sp)
ffffffc0802068e6:	6145                	add	sp,sp,48
ffffffc0802068e8:	8082                	ret

ffffffc0802068ea <sys_pipe>:

/* int pipe(int fd[2]): fd[0] reads, fd[1] writes. */
int64 sys_pipe(void)
{
ffffffc0802068ea:	7139                	add	sp,sp,-64
ffffffc0802068ec:	f822                	sd	s0,48(sp)
ffffffc0802068ee:	f426                	sd	s1,40(sp)
ffffffc0802068f0:	0080                	add	s0,sp,64
ffffffc0802068f2:	fc06                	sd	ra,56(sp)
ffffffc0802068f4:	f04a                	sd	s2,32(sp)
  uint64 fds_uva = arg_addr(0);
ffffffc0802068f6:	4501                	li	a0,0
ffffffc0802068f8:	6c6000ef          	jal	ffffffc080206fbe <arg_addr>
ffffffc0802068fc:	84aa                	mv	s1,a0
  struct file *rf, *wf;
  if (pipe_alloc(&rf, &wf) < 0)
ffffffc0802068fe:	fd040593          	add	a1,s0,-48
ffffffc080206902:	fc840513          	add	a0,s0,-56
ffffffc080206906:	8d2fc0ef          	jal	ffffffc0802029d8 <pipe_alloc>
ffffffc08020690a:	06054063          	bltz	a0,ffffffc08020696a <sys_pipe+0x80>
    return -1;
  int fd[2] = { fd_alloc(rf), -1 };
ffffffc08020690e:	fc843903          	ld	s2,-56(s0)
  struct proc *p = curproc();
ffffffc080206912:	c8eff0ef          	jal	ffffffc080205da0 <curproc>
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080206916:	04850793          	add	a5,a0,72
ffffffc08020691a:	4701                	li	a4,0
ffffffc08020691c:	4641                	li	a2,16
    if (p->ofile[fd] == NULL) {
ffffffc08020691e:	6394                	ld	a3,0(a5)
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080206920:	07a1                	add	a5,a5,8
    if (p->ofile[fd] == NULL) {
ffffffc080206922:	c6b1                	beqz	a3,ffffffc08020696e <sys_pipe+0x84>
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080206924:	2705                	addw	a4,a4,1
ffffffc080206926:	fec71ce3          	bne	a4,a2,ffffffc08020691e <sys_pipe+0x34>
  int fd[2] = { fd_alloc(rf), -1 };
ffffffc08020692a:	57fd                	li	a5,-1
ffffffc08020692c:	fcf43c23          	sd	a5,-40(s0)
  if (fd[0] >= 0)
    fd[1] = fd_alloc(wf);
  if (fd[1] < 0 || copyout(fds_uva, fd, sizeof(fd)) < 0) {
    struct proc *p = curproc();
ffffffc080206930:	c70ff0ef          	jal	ffffffc080205da0 <curproc>
    if (fd[0] >= 0)
ffffffc080206934:	fd842783          	lw	a5,-40(s0)
    struct proc *p = curproc();
ffffffc080206938:	872a                	mv	a4,a0
    if (fd[0] >= 0)
ffffffc08020693a:	0007c763          	bltz	a5,ffffffc080206948 <sys_pipe+0x5e>
      p->ofile[fd[0]] = NULL;
ffffffc08020693e:	07a1                	add	a5,a5,8
ffffffc080206940:	078e                	sll	a5,a5,0x3
ffffffc080206942:	97aa                	add	a5,a5,a0
ffffffc080206944:	0007b423          	sd	zero,8(a5)
    if (fd[1] >= 0)
ffffffc080206948:	fdc42783          	lw	a5,-36(s0)
ffffffc08020694c:	0007c763          	bltz	a5,ffffffc08020695a <sys_pipe+0x70>
      p->ofile[fd[1]] = NULL;
ffffffc080206950:	07a1                	add	a5,a5,8
ffffffc080206952:	078e                	sll	a5,a5,0x3
ffffffc080206954:	973e                	add	a4,a4,a5
ffffffc080206956:	00073423          	sd	zero,8(a4)
    file_close(rf);
ffffffc08020695a:	fc843503          	ld	a0,-56(s0)
ffffffc08020695e:	ebafb0ef          	jal	ffffffc080202018 <file_close>
    file_close(wf);
ffffffc080206962:	fd043503          	ld	a0,-48(s0)
ffffffc080206966:	eb2fb0ef          	jal	ffffffc080202018 <file_close>
    return -1;
ffffffc08020696a:	557d                	li	a0,-1
ffffffc08020696c:	a8b9                	j	ffffffc0802069ca <sys_pipe+0xe0>
      p->ofile[fd] = f;
ffffffc08020696e:	00870793          	add	a5,a4,8
ffffffc080206972:	078e                	sll	a5,a5,0x3
ffffffc080206974:	97aa                	add	a5,a5,a0
ffffffc080206976:	0127b423          	sd	s2,8(a5)
  int fd[2] = { fd_alloc(rf), -1 };
ffffffc08020697a:	57fd                	li	a5,-1
ffffffc08020697c:	fce42c23          	sw	a4,-40(s0)
ffffffc080206980:	fcf42e23          	sw	a5,-36(s0)
    fd[1] = fd_alloc(wf);
ffffffc080206984:	fd043903          	ld	s2,-48(s0)
  struct proc *p = curproc();
ffffffc080206988:	c18ff0ef          	jal	ffffffc080205da0 <curproc>
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc08020698c:	04850713          	add	a4,a0,72
ffffffc080206990:	4781                	li	a5,0
ffffffc080206992:	4641                	li	a2,16
    if (p->ofile[fd] == NULL) {
ffffffc080206994:	6314                	ld	a3,0(a4)
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080206996:	0721                	add	a4,a4,8
    if (p->ofile[fd] == NULL) {
ffffffc080206998:	ca81                	beqz	a3,ffffffc0802069a8 <sys_pipe+0xbe>
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc08020699a:	2785                	addw	a5,a5,1
ffffffc08020699c:	fec79ce3          	bne	a5,a2,ffffffc080206994 <sys_pipe+0xaa>
    fd[1] = fd_alloc(wf);
ffffffc0802069a0:	57fd                	li	a5,-1
ffffffc0802069a2:	fcf42e23          	sw	a5,-36(s0)
  if (fd[1] < 0 || copyout(fds_uva, fd, sizeof(fd)) < 0) {
ffffffc0802069a6:	b769                	j	ffffffc080206930 <sys_pipe+0x46>
      p->ofile[fd] = f;
ffffffc0802069a8:	00878713          	add	a4,a5,8
ffffffc0802069ac:	070e                	sll	a4,a4,0x3
ffffffc0802069ae:	953a                	add	a0,a0,a4
ffffffc0802069b0:	01253423          	sd	s2,8(a0)
  if (fd[1] < 0 || copyout(fds_uva, fd, sizeof(fd)) < 0) {
ffffffc0802069b4:	4621                	li	a2,8
ffffffc0802069b6:	fd840593          	add	a1,s0,-40
ffffffc0802069ba:	8526                	mv	a0,s1
    fd[1] = fd_alloc(wf);
ffffffc0802069bc:	fcf42e23          	sw	a5,-36(s0)
  if (fd[1] < 0 || copyout(fds_uva, fd, sizeof(fd)) < 0) {
ffffffc0802069c0:	c65fd0ef          	jal	ffffffc080204624 <copyout>
ffffffc0802069c4:	f60546e3          	bltz	a0,ffffffc080206930 <sys_pipe+0x46>
    return -1;
  }
  return 0;
ffffffc0802069c8:	4501                	li	a0,0
}
ffffffc0802069ca:	70e2                	ld	ra,56(sp)
ffffffc0802069cc:	7442                	ld	s0,48(sp)
ffffffc0802069ce:	74a2                	ld	s1,40(sp)
ffffffc0802069d0:	7902                	ld	s2,32(sp)
ffffffc0802069d2:	6121                	add	sp,sp,64
ffffffc0802069d4:	8082                	ret

ffffffc0802069d6 <sys_open>:
  return f;
}

/* int open(const char *path, int flags) */
int64 sys_open(void)
{
ffffffc0802069d6:	7171                	add	sp,sp,-176
ffffffc0802069d8:	f122                	sd	s0,160(sp)
ffffffc0802069da:	f506                	sd	ra,168(sp)
ffffffc0802069dc:	1900                	add	s0,sp,176
ffffffc0802069de:	ed26                	sd	s1,152(sp)
ffffffc0802069e0:	e94a                	sd	s2,144(sp)
ffffffc0802069e2:	e54e                	sd	s3,136(sp)
ffffffc0802069e4:	e152                	sd	s4,128(sp)
  char path[MAXPATH];
  if (arg_str(0, path, MAXPATH) < 0)
ffffffc0802069e6:	08000613          	li	a2,128
ffffffc0802069ea:	f5040593          	add	a1,s0,-176
ffffffc0802069ee:	4501                	li	a0,0
ffffffc0802069f0:	5f2000ef          	jal	ffffffc080206fe2 <arg_str>
ffffffc0802069f4:	08054d63          	bltz	a0,ffffffc080206a8e <sys_open+0xb8>
    return -1;
  int flags = arg_int(1);
ffffffc0802069f8:	4505                	li	a0,1
ffffffc0802069fa:	5a0000ef          	jal	ffffffc080206f9a <arg_int>
                                        : namei(path);
ffffffc0802069fe:	20057793          	and	a5,a0,512
  int flags = arg_int(1);
ffffffc080206a02:	89aa                	mv	s3,a0
                                        : namei(path);
ffffffc080206a04:	c7d9                	beqz	a5,ffffffc080206a92 <sys_open+0xbc>
  struct inode *ip = (flags & O_CREATE) ? fs_create(path, T_FILE, 0, 0)
ffffffc080206a06:	4681                	li	a3,0
ffffffc080206a08:	4601                	li	a2,0
ffffffc080206a0a:	4589                	li	a1,2
ffffffc080206a0c:	f5040513          	add	a0,s0,-176
ffffffc080206a10:	f13fa0ef          	jal	ffffffc080201922 <fs_create>
ffffffc080206a14:	8a2a                	mv	s4,a0
  if (ip == NULL)
ffffffc080206a16:	060a0c63          	beqz	s4,ffffffc080206a8e <sys_open+0xb8>
  int type = inode_type(ip);
ffffffc080206a1a:	8552                	mv	a0,s4
ffffffc080206a1c:	bc7fb0ef          	jal	ffffffc0802025e2 <inode_type>
  if ((type == T_DIR && (flags & (O_WRONLY | O_RDWR | O_TRUNC))) ||
ffffffc080206a20:	4785                	li	a5,1
ffffffc080206a22:	0af50b63          	beq	a0,a5,ffffffc080206ad8 <sys_open+0x102>
ffffffc080206a26:	478d                	li	a5,3
ffffffc080206a28:	0cf50063          	beq	a0,a5,ffffffc080206ae8 <sys_open+0x112>
  struct file *f = file_alloc();
ffffffc080206a2c:	cd8fb0ef          	jal	ffffffc080201f04 <file_alloc>
ffffffc080206a30:	892a                	mv	s2,a0
    inode_put(ip);
ffffffc080206a32:	8552                	mv	a0,s4
  if (f == NULL) {
ffffffc080206a34:	0c090163          	beqz	s2,ffffffc080206af6 <sys_open+0x120>
  f->type = inode_type(ip) == T_DEVICE ? FD_DEVICE : FD_INODE;
ffffffc080206a38:	babfb0ef          	jal	ffffffc0802025e2 <inode_type>
ffffffc080206a3c:	470d                	li	a4,3
ffffffc080206a3e:	4785                	li	a5,1
ffffffc080206a40:	00e51363          	bne	a0,a4,ffffffc080206a46 <sys_open+0x70>
ffffffc080206a44:	478d                	li	a5,3
ffffffc080206a46:	00f92223          	sw	a5,4(s2)
  f->ip = ip;
ffffffc080206a4a:	01493c23          	sd	s4,24(s2)
  f->major = inode_major(ip);
ffffffc080206a4e:	8552                	mv	a0,s4
ffffffc080206a50:	ba3fb0ef          	jal	ffffffc0802025f2 <inode_major>
  f->writable = (flags & (O_WRONLY | O_RDWR)) != 0;
ffffffc080206a54:	0039f713          	and	a4,s3,3
ffffffc080206a58:	00e03733          	snez	a4,a4
  f->readable = !(flags & O_WRONLY);
ffffffc080206a5c:	fff9c793          	not	a5,s3
ffffffc080206a60:	0087171b          	sllw	a4,a4,0x8
ffffffc080206a64:	8b85                	and	a5,a5,1
ffffffc080206a66:	8fd9                	or	a5,a5,a4
ffffffc080206a68:	00f91423          	sh	a5,8(s2)
  f->major = inode_major(ip);
ffffffc080206a6c:	02a91023          	sh	a0,32(s2)
  struct proc *p = curproc();
ffffffc080206a70:	b30ff0ef          	jal	ffffffc080205da0 <curproc>
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080206a74:	04850793          	add	a5,a0,72
ffffffc080206a78:	4481                	li	s1,0
ffffffc080206a7a:	46c1                	li	a3,16
    if (p->ofile[fd] == NULL) {
ffffffc080206a7c:	6398                	ld	a4,0(a5)
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080206a7e:	07a1                	add	a5,a5,8
    if (p->ofile[fd] == NULL) {
ffffffc080206a80:	cf19                	beqz	a4,ffffffc080206a9e <sys_open+0xc8>
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080206a82:	2485                	addw	s1,s1,1
ffffffc080206a84:	fed49ce3          	bne	s1,a3,ffffffc080206a7c <sys_open+0xa6>
  struct file *f = open_file(ip, flags);
  if (f == NULL)
    return -1;
  int fd = fd_alloc(f);
  if (fd < 0) {
    file_close(f);
ffffffc080206a88:	854a                	mv	a0,s2
ffffffc080206a8a:	d8efb0ef          	jal	ffffffc080202018 <file_close>
    return -1;
ffffffc080206a8e:	557d                	li	a0,-1
ffffffc080206a90:	a015                	j	ffffffc080206ab4 <sys_open+0xde>
                                        : namei(path);
ffffffc080206a92:	f5040513          	add	a0,s0,-176
ffffffc080206a96:	e4ffa0ef          	jal	ffffffc0802018e4 <namei>
ffffffc080206a9a:	8a2a                	mv	s4,a0
ffffffc080206a9c:	bfad                	j	ffffffc080206a16 <sys_open+0x40>
      p->ofile[fd] = f;
ffffffc080206a9e:	00848793          	add	a5,s1,8
ffffffc080206aa2:	078e                	sll	a5,a5,0x3
ffffffc080206aa4:	953e                	add	a0,a0,a5
ffffffc080206aa6:	01253423          	sd	s2,8(a0)
    return -1;
  }
  if ((flags & O_TRUNC) && inode_type(ip) == T_FILE)
ffffffc080206aaa:	4009f993          	and	s3,s3,1024
ffffffc080206aae:	00099b63          	bnez	s3,ffffffc080206ac4 <sys_open+0xee>
    inode_truncate(ip);
  return fd;
ffffffc080206ab2:	8526                	mv	a0,s1
}
ffffffc080206ab4:	70aa                	ld	ra,168(sp)
ffffffc080206ab6:	740a                	ld	s0,160(sp)
ffffffc080206ab8:	64ea                	ld	s1,152(sp)
ffffffc080206aba:	694a                	ld	s2,144(sp)
ffffffc080206abc:	69aa                	ld	s3,136(sp)
ffffffc080206abe:	6a0a                	ld	s4,128(sp)
ffffffc080206ac0:	614d                	add	sp,sp,176
ffffffc080206ac2:	8082                	ret
  if ((flags & O_TRUNC) && inode_type(ip) == T_FILE)
ffffffc080206ac4:	8552                	mv	a0,s4
ffffffc080206ac6:	b1dfb0ef          	jal	ffffffc0802025e2 <inode_type>
ffffffc080206aca:	4789                	li	a5,2
ffffffc080206acc:	fef513e3          	bne	a0,a5,ffffffc080206ab2 <sys_open+0xdc>
    inode_truncate(ip);
ffffffc080206ad0:	8552                	mv	a0,s4
ffffffc080206ad2:	d5dfb0ef          	jal	ffffffc08020282e <inode_truncate>
ffffffc080206ad6:	bff1                	j	ffffffc080206ab2 <sys_open+0xdc>
  if ((type == T_DIR && (flags & (O_WRONLY | O_RDWR | O_TRUNC))) ||
ffffffc080206ad8:	4039f793          	and	a5,s3,1027
ffffffc080206adc:	dba1                	beqz	a5,ffffffc080206a2c <sys_open+0x56>
    inode_put(ip);
ffffffc080206ade:	8552                	mv	a0,s4
ffffffc080206ae0:	a45fb0ef          	jal	ffffffc080202524 <inode_put>
    return -1;
ffffffc080206ae4:	557d                	li	a0,-1
ffffffc080206ae6:	b7f9                	j	ffffffc080206ab4 <sys_open+0xde>
      (type == T_DEVICE && !dev_exists(inode_major(ip)))) {
ffffffc080206ae8:	8552                	mv	a0,s4
ffffffc080206aea:	b09fb0ef          	jal	ffffffc0802025f2 <inode_major>
ffffffc080206aee:	bdefb0ef          	jal	ffffffc080201ecc <dev_exists>
ffffffc080206af2:	fd0d                	bnez	a0,ffffffc080206a2c <sys_open+0x56>
ffffffc080206af4:	b7ed                	j	ffffffc080206ade <sys_open+0x108>
    inode_put(ip);
ffffffc080206af6:	a2ffb0ef          	jal	ffffffc080202524 <inode_put>
    return -1;
ffffffc080206afa:	557d                	li	a0,-1
ffffffc080206afc:	bf65                	j	ffffffc080206ab4 <sys_open+0xde>

ffffffc080206afe <sys_mkdir>:
  return 0;
}

/* int mkdir(const char *path) */
int64 sys_mkdir(void)
{
ffffffc080206afe:	7175                	add	sp,sp,-144
ffffffc080206b00:	e122                	sd	s0,128(sp)
ffffffc080206b02:	e506                	sd	ra,136(sp)
ffffffc080206b04:	0900                	add	s0,sp,144
  if (arg_str(0, path, MAXPATH) < 0)
ffffffc080206b06:	08000613          	li	a2,128
ffffffc080206b0a:	f7040593          	add	a1,s0,-144
ffffffc080206b0e:	4501                	li	a0,0
ffffffc080206b10:	4d2000ef          	jal	ffffffc080206fe2 <arg_str>
ffffffc080206b14:	02054163          	bltz	a0,ffffffc080206b36 <sys_mkdir+0x38>
  struct inode *ip = fs_create(path, type, major, minor);
ffffffc080206b18:	4681                	li	a3,0
ffffffc080206b1a:	4601                	li	a2,0
ffffffc080206b1c:	4585                	li	a1,1
ffffffc080206b1e:	f7040513          	add	a0,s0,-144
ffffffc080206b22:	e01fa0ef          	jal	ffffffc080201922 <fs_create>
  if (ip == NULL)
ffffffc080206b26:	c901                	beqz	a0,ffffffc080206b36 <sys_mkdir+0x38>
  inode_put(ip);
ffffffc080206b28:	9fdfb0ef          	jal	ffffffc080202524 <inode_put>
  return 0;
ffffffc080206b2c:	4501                	li	a0,0
  return make_node(T_DIR, 0, 0);
}
ffffffc080206b2e:	60aa                	ld	ra,136(sp)
ffffffc080206b30:	640a                	ld	s0,128(sp)
ffffffc080206b32:	6149                	add	sp,sp,144
ffffffc080206b34:	8082                	ret
    return -1;
ffffffc080206b36:	557d                	li	a0,-1
ffffffc080206b38:	bfdd                	j	ffffffc080206b2e <sys_mkdir+0x30>

ffffffc080206b3a <sys_mknod>:

/* int mknod(const char *path, short major, short minor) */
int64 sys_mknod(void)
{
ffffffc080206b3a:	7135                	add	sp,sp,-160
ffffffc080206b3c:	ed06                	sd	ra,152(sp)
ffffffc080206b3e:	e922                	sd	s0,144(sp)
ffffffc080206b40:	e526                	sd	s1,136(sp)
ffffffc080206b42:	1100                	add	s0,sp,160
ffffffc080206b44:	e14a                	sd	s2,128(sp)
  return make_node(T_DEVICE, (short)arg_int(1), (short)arg_int(2));
ffffffc080206b46:	4505                	li	a0,1
ffffffc080206b48:	452000ef          	jal	ffffffc080206f9a <arg_int>
ffffffc080206b4c:	84aa                	mv	s1,a0
ffffffc080206b4e:	4509                	li	a0,2
ffffffc080206b50:	44a000ef          	jal	ffffffc080206f9a <arg_int>
ffffffc080206b54:	892a                	mv	s2,a0
  if (arg_str(0, path, MAXPATH) < 0)
ffffffc080206b56:	08000613          	li	a2,128
ffffffc080206b5a:	f6040593          	add	a1,s0,-160
ffffffc080206b5e:	4501                	li	a0,0
ffffffc080206b60:	482000ef          	jal	ffffffc080206fe2 <arg_str>
ffffffc080206b64:	02054b63          	bltz	a0,ffffffc080206b9a <sys_mknod+0x60>
  struct inode *ip = fs_create(path, type, major, minor);
ffffffc080206b68:	0104949b          	sllw	s1,s1,0x10
ffffffc080206b6c:	0109191b          	sllw	s2,s2,0x10
ffffffc080206b70:	4104d49b          	sraw	s1,s1,0x10
ffffffc080206b74:	4109591b          	sraw	s2,s2,0x10
ffffffc080206b78:	86ca                	mv	a3,s2
ffffffc080206b7a:	8626                	mv	a2,s1
ffffffc080206b7c:	458d                	li	a1,3
ffffffc080206b7e:	f6040513          	add	a0,s0,-160
ffffffc080206b82:	da1fa0ef          	jal	ffffffc080201922 <fs_create>
  if (ip == NULL)
ffffffc080206b86:	c911                	beqz	a0,ffffffc080206b9a <sys_mknod+0x60>
  inode_put(ip);
ffffffc080206b88:	99dfb0ef          	jal	ffffffc080202524 <inode_put>
  return 0;
ffffffc080206b8c:	4501                	li	a0,0
}
ffffffc080206b8e:	60ea                	ld	ra,152(sp)
ffffffc080206b90:	644a                	ld	s0,144(sp)
ffffffc080206b92:	64aa                	ld	s1,136(sp)
ffffffc080206b94:	690a                	ld	s2,128(sp)
ffffffc080206b96:	610d                	add	sp,sp,160
ffffffc080206b98:	8082                	ret
    return -1;
ffffffc080206b9a:	557d                	li	a0,-1
ffffffc080206b9c:	bfcd                	j	ffffffc080206b8e <sys_mknod+0x54>

ffffffc080206b9e <sys_link>:

/* int link(const char *old, const char *new) */
int64 sys_link(void)
{
ffffffc080206b9e:	716d                	add	sp,sp,-272
ffffffc080206ba0:	e222                	sd	s0,256(sp)
ffffffc080206ba2:	e606                	sd	ra,264(sp)
ffffffc080206ba4:	0a00                	add	s0,sp,272
  char old[MAXPATH], new[MAXPATH];
  if (arg_str(0, old, MAXPATH) < 0 || arg_str(1, new, MAXPATH) < 0)
ffffffc080206ba6:	08000613          	li	a2,128
ffffffc080206baa:	ef040593          	add	a1,s0,-272
ffffffc080206bae:	4501                	li	a0,0
ffffffc080206bb0:	432000ef          	jal	ffffffc080206fe2 <arg_str>
ffffffc080206bb4:	02054563          	bltz	a0,ffffffc080206bde <sys_link+0x40>
ffffffc080206bb8:	08000613          	li	a2,128
ffffffc080206bbc:	f7040593          	add	a1,s0,-144
ffffffc080206bc0:	4505                	li	a0,1
ffffffc080206bc2:	420000ef          	jal	ffffffc080206fe2 <arg_str>
ffffffc080206bc6:	00054c63          	bltz	a0,ffffffc080206bde <sys_link+0x40>
    return -1;
  return fs_link(old, new);
ffffffc080206bca:	f7040593          	add	a1,s0,-144
ffffffc080206bce:	ef040513          	add	a0,s0,-272
ffffffc080206bd2:	e9dfa0ef          	jal	ffffffc080201a6e <fs_link>
}
ffffffc080206bd6:	60b2                	ld	ra,264(sp)
ffffffc080206bd8:	6412                	ld	s0,256(sp)
ffffffc080206bda:	6151                	add	sp,sp,272
ffffffc080206bdc:	8082                	ret
    return -1;
ffffffc080206bde:	557d                	li	a0,-1
ffffffc080206be0:	bfdd                	j	ffffffc080206bd6 <sys_link+0x38>

ffffffc080206be2 <sys_unlink>:

/* int unlink(const char *path) */
int64 sys_unlink(void)
{
ffffffc080206be2:	7175                	add	sp,sp,-144
ffffffc080206be4:	e122                	sd	s0,128(sp)
ffffffc080206be6:	e506                	sd	ra,136(sp)
ffffffc080206be8:	0900                	add	s0,sp,144
  char path[MAXPATH];
  if (arg_str(0, path, MAXPATH) < 0)
ffffffc080206bea:	08000613          	li	a2,128
ffffffc080206bee:	f7040593          	add	a1,s0,-144
ffffffc080206bf2:	4501                	li	a0,0
ffffffc080206bf4:	3ee000ef          	jal	ffffffc080206fe2 <arg_str>
ffffffc080206bf8:	00054a63          	bltz	a0,ffffffc080206c0c <sys_unlink+0x2a>
    return -1;
  return fs_unlink(path);
ffffffc080206bfc:	f7040513          	add	a0,s0,-144
ffffffc080206c00:	f3ffa0ef          	jal	ffffffc080201b3e <fs_unlink>
}
ffffffc080206c04:	60aa                	ld	ra,136(sp)
ffffffc080206c06:	640a                	ld	s0,128(sp)
ffffffc080206c08:	6149                	add	sp,sp,144
ffffffc080206c0a:	8082                	ret
    return -1;
ffffffc080206c0c:	557d                	li	a0,-1
ffffffc080206c0e:	bfdd                	j	ffffffc080206c04 <sys_unlink+0x22>

ffffffc080206c10 <sys_chdir>:

/* int chdir(const char *path): path must be a directory. */
int64 sys_chdir(void)
{
ffffffc080206c10:	7135                	add	sp,sp,-160
ffffffc080206c12:	e922                	sd	s0,144(sp)
ffffffc080206c14:	ed06                	sd	ra,152(sp)
ffffffc080206c16:	1100                	add	s0,sp,160
ffffffc080206c18:	e526                	sd	s1,136(sp)
  char path[MAXPATH];
  if (arg_str(0, path, MAXPATH) < 0)
ffffffc080206c1a:	08000613          	li	a2,128
ffffffc080206c1e:	f6040593          	add	a1,s0,-160
ffffffc080206c22:	4501                	li	a0,0
ffffffc080206c24:	3be000ef          	jal	ffffffc080206fe2 <arg_str>
ffffffc080206c28:	02054e63          	bltz	a0,ffffffc080206c64 <sys_chdir+0x54>
    return -1;
  struct inode *ip = namei(path);
ffffffc080206c2c:	f6040513          	add	a0,s0,-160
ffffffc080206c30:	cb5fa0ef          	jal	ffffffc0802018e4 <namei>
ffffffc080206c34:	84aa                	mv	s1,a0
  if (ip == NULL)
ffffffc080206c36:	c51d                	beqz	a0,ffffffc080206c64 <sys_chdir+0x54>
    return -1;
  if (inode_type(ip) != T_DIR) {
ffffffc080206c38:	9abfb0ef          	jal	ffffffc0802025e2 <inode_type>
ffffffc080206c3c:	4785                	li	a5,1
ffffffc080206c3e:	02f51063          	bne	a0,a5,ffffffc080206c5e <sys_chdir+0x4e>
    inode_put(ip);
    return -1;
  }
  struct proc *p = curproc();
ffffffc080206c42:	95eff0ef          	jal	ffffffc080205da0 <curproc>
ffffffc080206c46:	87aa                	mv	a5,a0
  struct inode *old = p->cwd;
ffffffc080206c48:	6568                	ld	a0,200(a0)
  p->cwd = ip;
ffffffc080206c4a:	e7e4                	sd	s1,200(a5)
  if (old != NULL)
ffffffc080206c4c:	c119                	beqz	a0,ffffffc080206c52 <sys_chdir+0x42>
    inode_put(old);
ffffffc080206c4e:	8d7fb0ef          	jal	ffffffc080202524 <inode_put>
  return 0;
ffffffc080206c52:	4501                	li	a0,0
}
ffffffc080206c54:	60ea                	ld	ra,152(sp)
ffffffc080206c56:	644a                	ld	s0,144(sp)
ffffffc080206c58:	64aa                	ld	s1,136(sp)
ffffffc080206c5a:	610d                	add	sp,sp,160
ffffffc080206c5c:	8082                	ret
    inode_put(ip);
ffffffc080206c5e:	8526                	mv	a0,s1
ffffffc080206c60:	8c5fb0ef          	jal	ffffffc080202524 <inode_put>
    return -1;
ffffffc080206c64:	557d                	li	a0,-1
ffffffc080206c66:	b7fd                	j	ffffffc080206c54 <sys_chdir+0x44>

ffffffc080206c68 <sys_sbrk>:
#include "mm/kalloc.h"
#include "mm/uaccess.h"
#include "uapi/syscall.h"
#include "uapi/vmstat.h"

int64 sys_sbrk(void) { return vm_sbrk(curproc()->vm, arg_int(0)); }
ffffffc080206c68:	1101                	add	sp,sp,-32
ffffffc080206c6a:	ec06                	sd	ra,24(sp)
ffffffc080206c6c:	e822                	sd	s0,16(sp)
ffffffc080206c6e:	e426                	sd	s1,8(sp)
ffffffc080206c70:	1000                	add	s0,sp,32
ffffffc080206c72:	92eff0ef          	jal	ffffffc080205da0 <curproc>
ffffffc080206c76:	6124                	ld	s1,64(a0)
ffffffc080206c78:	4501                	li	a0,0
ffffffc080206c7a:	320000ef          	jal	ffffffc080206f9a <arg_int>
ffffffc080206c7e:	6442                	ld	s0,16(sp)
ffffffc080206c80:	60e2                	ld	ra,24(sp)
ffffffc080206c82:	85aa                	mv	a1,a0
ffffffc080206c84:	8526                	mv	a0,s1
ffffffc080206c86:	64a2                	ld	s1,8(sp)
ffffffc080206c88:	6105                	add	sp,sp,32
ffffffc080206c8a:	85cfe06f          	j	ffffffc080204ce6 <vm_sbrk>

ffffffc080206c8e <sys_forkmode>:

int64 sys_forkmode(void) {
ffffffc080206c8e:	1141                	add	sp,sp,-16
ffffffc080206c90:	e022                	sd	s0,0(sp)
ffffffc080206c92:	e406                	sd	ra,8(sp)
ffffffc080206c94:	0800                	add	s0,sp,16
  int mode = arg_int(0);
ffffffc080206c96:	4501                	li	a0,0
ffffffc080206c98:	302000ef          	jal	ffffffc080206f9a <arg_int>
  if (mode == -1)
ffffffc080206c9c:	577d                	li	a4,-1
ffffffc080206c9e:	00e50d63          	beq	a0,a4,ffffffc080206cb8 <sys_forkmode+0x2a>
    return vm_fork_mode();
  if (mode != FORK_EAGER && mode != FORK_COW)
ffffffc080206ca2:	0005079b          	sext.w	a5,a0
ffffffc080206ca6:	4705                	li	a4,1
ffffffc080206ca8:	00f76e63          	bltu	a4,a5,ffffffc080206cc4 <sys_forkmode+0x36>
    return -1;
  return vm_set_fork_mode(mode);
ffffffc080206cac:	dadfd0ef          	jal	ffffffc080204a58 <vm_set_fork_mode>
}
ffffffc080206cb0:	60a2                	ld	ra,8(sp)
ffffffc080206cb2:	6402                	ld	s0,0(sp)
ffffffc080206cb4:	0141                	add	sp,sp,16
ffffffc080206cb6:	8082                	ret
    return vm_fork_mode();
ffffffc080206cb8:	d8dfd0ef          	jal	ffffffc080204a44 <vm_fork_mode>
}
ffffffc080206cbc:	60a2                	ld	ra,8(sp)
ffffffc080206cbe:	6402                	ld	s0,0(sp)
ffffffc080206cc0:	0141                	add	sp,sp,16
ffffffc080206cc2:	8082                	ret
    return -1;
ffffffc080206cc4:	557d                	li	a0,-1
ffffffc080206cc6:	b7ed                	j	ffffffc080206cb0 <sys_forkmode+0x22>

ffffffc080206cc8 <sys_vmstat>:

int64 sys_vmstat(void) {
ffffffc080206cc8:	7155                	add	sp,sp,-208
ffffffc080206cca:	e1a2                	sd	s0,192(sp)
ffffffc080206ccc:	e586                	sd	ra,200(sp)
ffffffc080206cce:	fd26                	sd	s1,184(sp)
ffffffc080206cd0:	f94a                	sd	s2,176(sp)
ffffffc080206cd2:	f54e                	sd	s3,168(sp)
ffffffc080206cd4:	f152                	sd	s4,160(sp)
ffffffc080206cd6:	0980                	add	s0,sp,208
  uint64 vals[VMSTAT_COUNT];
  int n = arg_int(1);
ffffffc080206cd8:	4505                	li	a0,1
ffffffc080206cda:	2c0000ef          	jal	ffffffc080206f9a <arg_int>
  if (n < 0)
ffffffc080206cde:	06054263          	bltz	a0,ffffffc080206d42 <sys_vmstat+0x7a>
ffffffc080206ce2:	8a2a                	mv	s4,a0
ffffffc080206ce4:	f3840913          	add	s2,s0,-200
    return -1;
  for (int i = 0; i < VMSTAT_COUNT; i++)
ffffffc080206ce8:	4481                	li	s1,0
ffffffc080206cea:	49cd                	li	s3,19
    vals[i] = stat_sum(i);
ffffffc080206cec:	8526                	mv	a0,s1
ffffffc080206cee:	aacfe0ef          	jal	ffffffc080204f9a <stat_sum>
ffffffc080206cf2:	00a93023          	sd	a0,0(s2)
  for (int i = 0; i < VMSTAT_COUNT; i++)
ffffffc080206cf6:	2485                	addw	s1,s1,1
ffffffc080206cf8:	0921                	add	s2,s2,8
ffffffc080206cfa:	ff3499e3          	bne	s1,s3,ffffffc080206cec <sys_vmstat+0x24>
  vals[VM_free_pages] = kalloc_free_pages();
ffffffc080206cfe:	f86fd0ef          	jal	ffffffc080204484 <kalloc_free_pages>
ffffffc080206d02:	f2a43c23          	sd	a0,-200(s0)
  vals[VM_total_pages] = kalloc_total_pages();
ffffffc080206d06:	fbafd0ef          	jal	ffffffc0802044c0 <kalloc_total_pages>
ffffffc080206d0a:	87aa                	mv	a5,a0
  if (n > VMSTAT_COUNT)
    n = VMSTAT_COUNT;
  if (copyout(arg_addr(0), vals, n * sizeof(uint64)) < 0)
ffffffc080206d0c:	4501                	li	a0,0
  vals[VM_total_pages] = kalloc_total_pages();
ffffffc080206d0e:	f4f43023          	sd	a5,-192(s0)
  if (copyout(arg_addr(0), vals, n * sizeof(uint64)) < 0)
ffffffc080206d12:	2ac000ef          	jal	ffffffc080206fbe <arg_addr>
  if (n > VMSTAT_COUNT)
ffffffc080206d16:	000a061b          	sext.w	a2,s4
ffffffc080206d1a:	0344c263          	blt	s1,s4,ffffffc080206d3e <sys_vmstat+0x76>
  if (copyout(arg_addr(0), vals, n * sizeof(uint64)) < 0)
ffffffc080206d1e:	060e                	sll	a2,a2,0x3
ffffffc080206d20:	f3840593          	add	a1,s0,-200
ffffffc080206d24:	901fd0ef          	jal	ffffffc080204624 <copyout>
ffffffc080206d28:	00054d63          	bltz	a0,ffffffc080206d42 <sys_vmstat+0x7a>
    return -1;
  return VMSTAT_COUNT;
ffffffc080206d2c:	454d                	li	a0,19
}
ffffffc080206d2e:	60ae                	ld	ra,200(sp)
ffffffc080206d30:	640e                	ld	s0,192(sp)
ffffffc080206d32:	74ea                	ld	s1,184(sp)
ffffffc080206d34:	794a                	ld	s2,176(sp)
ffffffc080206d36:	79aa                	ld	s3,168(sp)
ffffffc080206d38:	7a0a                	ld	s4,160(sp)
ffffffc080206d3a:	6169                	add	sp,sp,208
ffffffc080206d3c:	8082                	ret
  if (n > VMSTAT_COUNT)
ffffffc080206d3e:	464d                	li	a2,19
ffffffc080206d40:	bff9                	j	ffffffc080206d1e <sys_vmstat+0x56>
    return -1;
ffffffc080206d42:	557d                	li	a0,-1
ffffffc080206d44:	b7ed                	j	ffffffc080206d2e <sys_vmstat+0x66>

ffffffc080206d46 <sys_fork>:
#include "arch/riscv/trap.h"
#include "arch/riscv/sbi.h"
#include "lib/printf.h"
#include "param.h"

int64 sys_fork(void) { return proc_fork(); }
ffffffc080206d46:	1141                	add	sp,sp,-16
ffffffc080206d48:	e022                	sd	s0,0(sp)
ffffffc080206d4a:	e406                	sd	ra,8(sp)
ffffffc080206d4c:	0800                	add	s0,sp,16
ffffffc080206d4e:	963fe0ef          	jal	ffffffc0802056b0 <proc_fork>
ffffffc080206d52:	60a2                	ld	ra,8(sp)
ffffffc080206d54:	6402                	ld	s0,0(sp)
ffffffc080206d56:	0141                	add	sp,sp,16
ffffffc080206d58:	8082                	ret

ffffffc080206d5a <sys_exit>:

int64 sys_exit(void) { proc_exit(arg_int(0)); }
ffffffc080206d5a:	1141                	add	sp,sp,-16
ffffffc080206d5c:	e406                	sd	ra,8(sp)
ffffffc080206d5e:	e022                	sd	s0,0(sp)
ffffffc080206d60:	0800                	add	s0,sp,16
ffffffc080206d62:	4501                	li	a0,0
ffffffc080206d64:	236000ef          	jal	ffffffc080206f9a <arg_int>
ffffffc080206d68:	c57fe0ef          	jal	ffffffc0802059be <proc_exit>

ffffffc080206d6c <sys_wait>:

int64 sys_wait(void) { return proc_wait(arg_addr(0)); }
ffffffc080206d6c:	1141                	add	sp,sp,-16
ffffffc080206d6e:	e406                	sd	ra,8(sp)
ffffffc080206d70:	e022                	sd	s0,0(sp)
ffffffc080206d72:	0800                	add	s0,sp,16
ffffffc080206d74:	4501                	li	a0,0
ffffffc080206d76:	248000ef          	jal	ffffffc080206fbe <arg_addr>
ffffffc080206d7a:	a69fe0ef          	jal	ffffffc0802057e2 <proc_wait>
ffffffc080206d7e:	60a2                	ld	ra,8(sp)
ffffffc080206d80:	6402                	ld	s0,0(sp)
ffffffc080206d82:	0141                	add	sp,sp,16
ffffffc080206d84:	8082                	ret

ffffffc080206d86 <sys_kill>:

int64 sys_kill(void) { return proc_kill(arg_int(0)); }
ffffffc080206d86:	1141                	add	sp,sp,-16
ffffffc080206d88:	e406                	sd	ra,8(sp)
ffffffc080206d8a:	e022                	sd	s0,0(sp)
ffffffc080206d8c:	0800                	add	s0,sp,16
ffffffc080206d8e:	4501                	li	a0,0
ffffffc080206d90:	20a000ef          	jal	ffffffc080206f9a <arg_int>
ffffffc080206d94:	ddbfe0ef          	jal	ffffffc080205b6e <proc_kill>
ffffffc080206d98:	60a2                	ld	ra,8(sp)
ffffffc080206d9a:	6402                	ld	s0,0(sp)
ffffffc080206d9c:	0141                	add	sp,sp,16
ffffffc080206d9e:	8082                	ret

ffffffc080206da0 <sys_getpid>:

int64 sys_getpid(void) { return curproc()->pid; }
ffffffc080206da0:	1141                	add	sp,sp,-16
ffffffc080206da2:	e022                	sd	s0,0(sp)
ffffffc080206da4:	e406                	sd	ra,8(sp)
ffffffc080206da6:	0800                	add	s0,sp,16
ffffffc080206da8:	ff9fe0ef          	jal	ffffffc080205da0 <curproc>
ffffffc080206dac:	60a2                	ld	ra,8(sp)
ffffffc080206dae:	6402                	ld	s0,0(sp)
ffffffc080206db0:	4d48                	lw	a0,28(a0)
ffffffc080206db2:	0141                	add	sp,sp,16
ffffffc080206db4:	8082                	ret

ffffffc080206db6 <sys_sleep>:

int64 sys_sleep(void) {
ffffffc080206db6:	1141                	add	sp,sp,-16
ffffffc080206db8:	e406                	sd	ra,8(sp)
ffffffc080206dba:	e022                	sd	s0,0(sp)
ffffffc080206dbc:	0800                	add	s0,sp,16
  int n = arg_int(0);
ffffffc080206dbe:	4501                	li	a0,0
ffffffc080206dc0:	1da000ef          	jal	ffffffc080206f9a <arg_int>
  return ticks_sleep(n < 0 ? 0 : n);
ffffffc080206dc4:	fff54793          	not	a5,a0
ffffffc080206dc8:	97fd                	sra	a5,a5,0x3f
ffffffc080206dca:	8d7d                	and	a0,a0,a5
ffffffc080206dcc:	2501                	sext.w	a0,a0
ffffffc080206dce:	858fa0ef          	jal	ffffffc080200e26 <ticks_sleep>
}
ffffffc080206dd2:	60a2                	ld	ra,8(sp)
ffffffc080206dd4:	6402                	ld	s0,0(sp)
ffffffc080206dd6:	0141                	add	sp,sp,16
ffffffc080206dd8:	8082                	ret

ffffffc080206dda <sys_uptime>:

int64 sys_uptime(void) { return ticks_now(); }
ffffffc080206dda:	1141                	add	sp,sp,-16
ffffffc080206ddc:	e422                	sd	s0,8(sp)
ffffffc080206dde:	0800                	add	s0,sp,16
ffffffc080206de0:	6422                	ld	s0,8(sp)
ffffffc080206de2:	0141                	add	sp,sp,16
ffffffc080206de4:	810fa06f          	j	ffffffc080200df4 <ticks_now>

ffffffc080206de8 <sys_ncpu>:

int64 sys_ncpu(void) { return ncpu; }
ffffffc080206de8:	1141                	add	sp,sp,-16
ffffffc080206dea:	e422                	sd	s0,8(sp)
ffffffc080206dec:	0800                	add	s0,sp,16
ffffffc080206dee:	6422                	ld	s0,8(sp)
ffffffc080206df0:	001ae517          	auipc	a0,0x1ae
ffffffc080206df4:	21452503          	lw	a0,532(a0) # ffffffc0803b5004 <ncpu>
ffffffc080206df8:	0141                	add	sp,sp,16
ffffffc080206dfa:	8082                	ret

ffffffc080206dfc <sys_thread_create>:

int64 sys_thread_create(void) { return thread_start(arg_addr(0), arg_addr(1), arg_addr(2)); }
ffffffc080206dfc:	1101                	add	sp,sp,-32
ffffffc080206dfe:	ec06                	sd	ra,24(sp)
ffffffc080206e00:	e822                	sd	s0,16(sp)
ffffffc080206e02:	e426                	sd	s1,8(sp)
ffffffc080206e04:	1000                	add	s0,sp,32
ffffffc080206e06:	e04a                	sd	s2,0(sp)
ffffffc080206e08:	4501                	li	a0,0
ffffffc080206e0a:	1b4000ef          	jal	ffffffc080206fbe <arg_addr>
ffffffc080206e0e:	84aa                	mv	s1,a0
ffffffc080206e10:	4505                	li	a0,1
ffffffc080206e12:	1ac000ef          	jal	ffffffc080206fbe <arg_addr>
ffffffc080206e16:	892a                	mv	s2,a0
ffffffc080206e18:	4509                	li	a0,2
ffffffc080206e1a:	1a4000ef          	jal	ffffffc080206fbe <arg_addr>
ffffffc080206e1e:	862a                	mv	a2,a0
ffffffc080206e20:	85ca                	mv	a1,s2
ffffffc080206e22:	8526                	mv	a0,s1
ffffffc080206e24:	a4cff0ef          	jal	ffffffc080206070 <thread_start>
ffffffc080206e28:	60e2                	ld	ra,24(sp)
ffffffc080206e2a:	6442                	ld	s0,16(sp)
ffffffc080206e2c:	64a2                	ld	s1,8(sp)
ffffffc080206e2e:	6902                	ld	s2,0(sp)
ffffffc080206e30:	6105                	add	sp,sp,32
ffffffc080206e32:	8082                	ret

ffffffc080206e34 <sys_thread_exit>:

int64 sys_thread_exit(void) { thread_exit(arg_int(0)); }
ffffffc080206e34:	1141                	add	sp,sp,-16
ffffffc080206e36:	e406                	sd	ra,8(sp)
ffffffc080206e38:	e022                	sd	s0,0(sp)
ffffffc080206e3a:	0800                	add	s0,sp,16
ffffffc080206e3c:	4501                	li	a0,0
ffffffc080206e3e:	15c000ef          	jal	ffffffc080206f9a <arg_int>
ffffffc080206e42:	cf3fe0ef          	jal	ffffffc080205b34 <thread_exit>

ffffffc080206e46 <sys_thread_join>:

int64 sys_thread_join(void) { return thread_join(arg_int(0), arg_addr(1)); }
ffffffc080206e46:	1101                	add	sp,sp,-32
ffffffc080206e48:	ec06                	sd	ra,24(sp)
ffffffc080206e4a:	e822                	sd	s0,16(sp)
ffffffc080206e4c:	e426                	sd	s1,8(sp)
ffffffc080206e4e:	1000                	add	s0,sp,32
ffffffc080206e50:	4501                	li	a0,0
ffffffc080206e52:	148000ef          	jal	ffffffc080206f9a <arg_int>
ffffffc080206e56:	84aa                	mv	s1,a0
ffffffc080206e58:	4505                	li	a0,1
ffffffc080206e5a:	164000ef          	jal	ffffffc080206fbe <arg_addr>
ffffffc080206e5e:	85aa                	mv	a1,a0
ffffffc080206e60:	8526                	mv	a0,s1
ffffffc080206e62:	ae6ff0ef          	jal	ffffffc080206148 <thread_join>
ffffffc080206e66:	60e2                	ld	ra,24(sp)
ffffffc080206e68:	6442                	ld	s0,16(sp)
ffffffc080206e6a:	64a2                	ld	s1,8(sp)
ffffffc080206e6c:	6105                	add	sp,sp,32
ffffffc080206e6e:	8082                	ret

ffffffc080206e70 <sys_poweroff>:

int64 sys_poweroff(void) {
ffffffc080206e70:	1101                	add	sp,sp,-32
ffffffc080206e72:	ec06                	sd	ra,24(sp)
ffffffc080206e74:	e822                	sd	s0,16(sp)
ffffffc080206e76:	e426                	sd	s1,8(sp)
ffffffc080206e78:	1000                	add	s0,sp,32
  int status = arg_int(0);
ffffffc080206e7a:	4501                	li	a0,0
ffffffc080206e7c:	11e000ef          	jal	ffffffc080206f9a <arg_int>
ffffffc080206e80:	84aa                	mv	s1,a0
  kprintf("cowos: poweroff status=%d\n", status);
ffffffc080206e82:	85a6                	mv	a1,s1
ffffffc080206e84:	00002517          	auipc	a0,0x2
ffffffc080206e88:	e0c50513          	add	a0,a0,-500 # ffffffc080208c90 <__func__.0+0x690>
ffffffc080206e8c:	adffc0ef          	jal	ffffffc08020396a <kprintf>
  sbi_shutdown(status != 0);
ffffffc080206e90:	00903533          	snez	a0,s1
ffffffc080206e94:	afdf90ef          	jal	ffffffc080200990 <sbi_shutdown>

ffffffc080206e98 <sys_exec>:
    if (copyinstr(argv[i], uarg, MAXARGLEN) < 0)
      return -1;
  }
}

int64 sys_exec(void) {
ffffffc080206e98:	7145                	add	sp,sp,-464
ffffffc080206e9a:	e3a2                	sd	s0,448(sp)
ffffffc080206e9c:	f74e                	sd	s3,424(sp)
ffffffc080206e9e:	0b80                	add	s0,sp,464
ffffffc080206ea0:	e786                	sd	ra,456(sp)
ffffffc080206ea2:	ff26                	sd	s1,440(sp)
ffffffc080206ea4:	fb4a                	sd	s2,432(sp)
ffffffc080206ea6:	f352                	sd	s4,416(sp)
ffffffc080206ea8:	ef56                	sd	s5,408(sp)
ffffffc080206eaa:	eb5a                	sd	s6,400(sp)
  char path[MAXPATH], *argv[MAXARG + 1];
  int taken = 0, r = -1;
  if (arg_str(0, path, MAXPATH) >= 0 && fetch_args(arg_addr(1), argv, &taken) == 0)
ffffffc080206eac:	08000613          	li	a2,128
ffffffc080206eb0:	e3840593          	add	a1,s0,-456
ffffffc080206eb4:	4501                	li	a0,0
ffffffc080206eb6:	12c000ef          	jal	ffffffc080206fe2 <arg_str>
ffffffc080206eba:	59fd                	li	s3,-1
ffffffc080206ebc:	00055d63          	bgez	a0,ffffffc080206ed6 <sys_exec+0x3e>
    r = exec(path, argv);
  for (int i = 0; i < taken; i++)
    page_free(argv[i]);
  return r;
}
ffffffc080206ec0:	60be                	ld	ra,456(sp)
ffffffc080206ec2:	641e                	ld	s0,448(sp)
ffffffc080206ec4:	74fa                	ld	s1,440(sp)
ffffffc080206ec6:	795a                	ld	s2,432(sp)
ffffffc080206ec8:	7a1a                	ld	s4,416(sp)
ffffffc080206eca:	6afa                	ld	s5,408(sp)
ffffffc080206ecc:	6b5a                	ld	s6,400(sp)
ffffffc080206ece:	854e                	mv	a0,s3
ffffffc080206ed0:	79ba                	ld	s3,424(sp)
ffffffc080206ed2:	6179                	add	sp,sp,464
ffffffc080206ed4:	8082                	ret
  if (arg_str(0, path, MAXPATH) >= 0 && fetch_args(arg_addr(1), argv, &taken) == 0)
ffffffc080206ed6:	4505                	li	a0,1
ffffffc080206ed8:	0e6000ef          	jal	ffffffc080206fbe <arg_addr>
ffffffc080206edc:	eb840493          	add	s1,s0,-328
ffffffc080206ee0:	8aaa                	mv	s5,a0
ffffffc080206ee2:	8a26                	mv	s4,s1
ffffffc080206ee4:	4981                	li	s3,0
  for (int i = 0;; i++) {
ffffffc080206ee6:	4901                	li	s2,0
    if (i >= MAXARG || !(argv[i] = page_alloc()))
ffffffc080206ee8:	02000b13          	li	s6,32
ffffffc080206eec:	a00d                	j	ffffffc080206f0e <sys_exec+0x76>
ffffffc080206eee:	bb4fd0ef          	jal	ffffffc0802042a2 <page_alloc>
ffffffc080206ef2:	00aa3023          	sd	a0,0(s4)
    if (copyinstr(argv[i], uarg, MAXARGLEN) < 0)
ffffffc080206ef6:	40000613          	li	a2,1024
    if (i >= MAXARG || !(argv[i] = page_alloc()))
ffffffc080206efa:	c905                	beqz	a0,ffffffc080206f2a <sys_exec+0x92>
    if (copyinstr(argv[i], uarg, MAXARGLEN) < 0)
ffffffc080206efc:	e3043583          	ld	a1,-464(s0)
    (*taken)++;
ffffffc080206f00:	2905                	addw	s2,s2,1
    if (copyinstr(argv[i], uarg, MAXARGLEN) < 0)
ffffffc080206f02:	0a21                	add	s4,s4,8
ffffffc080206f04:	8abfd0ef          	jal	ffffffc0802047ae <copyinstr>
ffffffc080206f08:	09a1                	add	s3,s3,8
ffffffc080206f0a:	02054063          	bltz	a0,ffffffc080206f2a <sys_exec+0x92>
    if (copyin(&uarg, uargv + i * sizeof(uint64), sizeof(uarg)) < 0)
ffffffc080206f0e:	013a85b3          	add	a1,s5,s3
ffffffc080206f12:	4621                	li	a2,8
ffffffc080206f14:	e3040513          	add	a0,s0,-464
ffffffc080206f18:	fd0fd0ef          	jal	ffffffc0802046e8 <copyin>
ffffffc080206f1c:	00054763          	bltz	a0,ffffffc080206f2a <sys_exec+0x92>
    if (uarg == 0) {
ffffffc080206f20:	e3043783          	ld	a5,-464(s0)
ffffffc080206f24:	c38d                	beqz	a5,ffffffc080206f46 <sys_exec+0xae>
    if (i >= MAXARG || !(argv[i] = page_alloc()))
ffffffc080206f26:	fd6914e3          	bne	s2,s6,ffffffc080206eee <sys_exec+0x56>
ffffffc080206f2a:	59fd                	li	s3,-1
  for (int i = 0; i < taken; i++)
ffffffc080206f2c:	f8090ae3          	beqz	s2,ffffffc080206ec0 <sys_exec+0x28>
ffffffc080206f30:	090e                	sll	s2,s2,0x3
ffffffc080206f32:	eb840793          	add	a5,s0,-328
ffffffc080206f36:	993e                	add	s2,s2,a5
    page_free(argv[i]);
ffffffc080206f38:	6088                	ld	a0,0(s1)
  for (int i = 0; i < taken; i++)
ffffffc080206f3a:	04a1                	add	s1,s1,8
    page_free(argv[i]);
ffffffc080206f3c:	c74fd0ef          	jal	ffffffc0802043b0 <page_free>
  for (int i = 0; i < taken; i++)
ffffffc080206f40:	fe991ce3          	bne	s2,s1,ffffffc080206f38 <sys_exec+0xa0>
ffffffc080206f44:	bfb5                	j	ffffffc080206ec0 <sys_exec+0x28>
      argv[i] = NULL;
ffffffc080206f46:	fc098793          	add	a5,s3,-64
ffffffc080206f4a:	008789b3          	add	s3,a5,s0
ffffffc080206f4e:	ee09bc23          	sd	zero,-264(s3)
    r = exec(path, argv);
ffffffc080206f52:	eb840593          	add	a1,s0,-328
ffffffc080206f56:	e3840513          	add	a0,s0,-456
ffffffc080206f5a:	888fe0ef          	jal	ffffffc080204fe2 <exec>
ffffffc080206f5e:	89aa                	mv	s3,a0
ffffffc080206f60:	b7f1                	j	ffffffc080206f2c <sys_exec+0x94>

ffffffc080206f62 <syscall>:
    [SYS_thread_create] = sys_thread_create, [SYS_thread_exit] = sys_thread_exit,
    [SYS_thread_join] = sys_thread_join,     [SYS_tlbmode] = sys_tlbmode,
    [SYS_kbench] = sys_kbench,
};

void syscall(void) {
ffffffc080206f62:	1101                	add	sp,sp,-32
ffffffc080206f64:	e822                	sd	s0,16(sp)
ffffffc080206f66:	e426                	sd	s1,8(sp)
ffffffc080206f68:	ec06                	sd	ra,24(sp)
ffffffc080206f6a:	1000                	add	s0,sp,32
  struct trapframe *tf = curthread()->tf;
ffffffc080206f6c:	e13fe0ef          	jal	ffffffc080205d7e <curthread>
ffffffc080206f70:	6124                	ld	s1,64(a0)
  uint64 num = tf->x[REG_A7];
  if (num <= SYS_MAX && handlers[num])
ffffffc080206f72:	4779                	li	a4,30
ffffffc080206f74:	557d                	li	a0,-1
  uint64 num = tf->x[REG_A7];
ffffffc080206f76:	64dc                	ld	a5,136(s1)
  if (num <= SYS_MAX && handlers[num])
ffffffc080206f78:	00f76b63          	bltu	a4,a5,ffffffc080206f8e <syscall+0x2c>
ffffffc080206f7c:	078e                	sll	a5,a5,0x3
ffffffc080206f7e:	00002717          	auipc	a4,0x2
ffffffc080206f82:	d3270713          	add	a4,a4,-718 # ffffffc080208cb0 <handlers>
ffffffc080206f86:	97ba                	add	a5,a5,a4
ffffffc080206f88:	639c                	ld	a5,0(a5)
ffffffc080206f8a:	c391                	beqz	a5,ffffffc080206f8e <syscall+0x2c>
    tf->x[REG_A0] = handlers[num]();
ffffffc080206f8c:	9782                	jalr	a5
  else
    tf->x[REG_A0] = -1;
}
ffffffc080206f8e:	60e2                	ld	ra,24(sp)
ffffffc080206f90:	6442                	ld	s0,16(sp)
    tf->x[REG_A0] = handlers[num]();
ffffffc080206f92:	e8a8                	sd	a0,80(s1)
}
ffffffc080206f94:	64a2                	ld	s1,8(sp)
ffffffc080206f96:	6105                	add	sp,sp,32
ffffffc080206f98:	8082                	ret

ffffffc080206f9a <arg_int>:

static uint64 arg_raw(int n) { return curthread()->tf->x[REG_A0 + n]; }

int arg_int(int n) { return (int)arg_raw(n); }
ffffffc080206f9a:	1101                	add	sp,sp,-32
ffffffc080206f9c:	e822                	sd	s0,16(sp)
ffffffc080206f9e:	e426                	sd	s1,8(sp)
ffffffc080206fa0:	ec06                	sd	ra,24(sp)
ffffffc080206fa2:	1000                	add	s0,sp,32
ffffffc080206fa4:	84aa                	mv	s1,a0
static uint64 arg_raw(int n) { return curthread()->tf->x[REG_A0 + n]; }
ffffffc080206fa6:	dd9fe0ef          	jal	ffffffc080205d7e <curthread>
ffffffc080206faa:	613c                	ld	a5,64(a0)
int arg_int(int n) { return (int)arg_raw(n); }
ffffffc080206fac:	60e2                	ld	ra,24(sp)
ffffffc080206fae:	6442                	ld	s0,16(sp)
static uint64 arg_raw(int n) { return curthread()->tf->x[REG_A0 + n]; }
ffffffc080206fb0:	24a9                	addw	s1,s1,10
ffffffc080206fb2:	048e                	sll	s1,s1,0x3
ffffffc080206fb4:	97a6                	add	a5,a5,s1
int arg_int(int n) { return (int)arg_raw(n); }
ffffffc080206fb6:	4388                	lw	a0,0(a5)
ffffffc080206fb8:	64a2                	ld	s1,8(sp)
ffffffc080206fba:	6105                	add	sp,sp,32
ffffffc080206fbc:	8082                	ret

ffffffc080206fbe <arg_addr>:

uint64 arg_addr(int n) { return arg_raw(n); }
ffffffc080206fbe:	1101                	add	sp,sp,-32
ffffffc080206fc0:	e822                	sd	s0,16(sp)
ffffffc080206fc2:	e426                	sd	s1,8(sp)
ffffffc080206fc4:	ec06                	sd	ra,24(sp)
ffffffc080206fc6:	1000                	add	s0,sp,32
ffffffc080206fc8:	84aa                	mv	s1,a0
static uint64 arg_raw(int n) { return curthread()->tf->x[REG_A0 + n]; }
ffffffc080206fca:	db5fe0ef          	jal	ffffffc080205d7e <curthread>
ffffffc080206fce:	613c                	ld	a5,64(a0)
uint64 arg_addr(int n) { return arg_raw(n); }
ffffffc080206fd0:	60e2                	ld	ra,24(sp)
ffffffc080206fd2:	6442                	ld	s0,16(sp)
static uint64 arg_raw(int n) { return curthread()->tf->x[REG_A0 + n]; }
ffffffc080206fd4:	24a9                	addw	s1,s1,10
ffffffc080206fd6:	048e                	sll	s1,s1,0x3
ffffffc080206fd8:	97a6                	add	a5,a5,s1
uint64 arg_addr(int n) { return arg_raw(n); }
ffffffc080206fda:	6388                	ld	a0,0(a5)
ffffffc080206fdc:	64a2                	ld	s1,8(sp)
ffffffc080206fde:	6105                	add	sp,sp,32
ffffffc080206fe0:	8082                	ret

ffffffc080206fe2 <arg_str>:

int arg_str(int n, char *buf, int max) { return copyinstr(buf, arg_raw(n), max); }
ffffffc080206fe2:	7179                	add	sp,sp,-48
ffffffc080206fe4:	f022                	sd	s0,32(sp)
ffffffc080206fe6:	ec26                	sd	s1,24(sp)
ffffffc080206fe8:	e84a                	sd	s2,16(sp)
ffffffc080206fea:	e44e                	sd	s3,8(sp)
ffffffc080206fec:	f406                	sd	ra,40(sp)
ffffffc080206fee:	1800                	add	s0,sp,48
ffffffc080206ff0:	892e                	mv	s2,a1
ffffffc080206ff2:	89b2                	mv	s3,a2
ffffffc080206ff4:	84aa                	mv	s1,a0
static uint64 arg_raw(int n) { return curthread()->tf->x[REG_A0 + n]; }
ffffffc080206ff6:	d89fe0ef          	jal	ffffffc080205d7e <curthread>
ffffffc080206ffa:	613c                	ld	a5,64(a0)
ffffffc080206ffc:	24a9                	addw	s1,s1,10
ffffffc080206ffe:	048e                	sll	s1,s1,0x3
int arg_str(int n, char *buf, int max) { return copyinstr(buf, arg_raw(n), max); }
ffffffc080207000:	7402                	ld	s0,32(sp)
static uint64 arg_raw(int n) { return curthread()->tf->x[REG_A0 + n]; }
ffffffc080207002:	97a6                	add	a5,a5,s1
int arg_str(int n, char *buf, int max) { return copyinstr(buf, arg_raw(n), max); }
ffffffc080207004:	70a2                	ld	ra,40(sp)
ffffffc080207006:	64e2                	ld	s1,24(sp)
ffffffc080207008:	638c                	ld	a1,0(a5)
ffffffc08020700a:	864e                	mv	a2,s3
ffffffc08020700c:	854a                	mv	a0,s2
ffffffc08020700e:	69a2                	ld	s3,8(sp)
ffffffc080207010:	6942                	ld	s2,16(sp)
ffffffc080207012:	6145                	add	sp,sp,48
ffffffc080207014:	f9afd06f          	j	ffffffc0802047ae <copyinstr>

ffffffc080207018 <arg_fd>:

int arg_fd(int n, int *fd, struct file **f) {
ffffffc080207018:	7179                	add	sp,sp,-48
ffffffc08020701a:	f022                	sd	s0,32(sp)
ffffffc08020701c:	ec26                	sd	s1,24(sp)
ffffffc08020701e:	e84a                	sd	s2,16(sp)
ffffffc080207020:	e44e                	sd	s3,8(sp)
ffffffc080207022:	f406                	sd	ra,40(sp)
ffffffc080207024:	e052                	sd	s4,0(sp)
ffffffc080207026:	1800                	add	s0,sp,48
ffffffc080207028:	84aa                	mv	s1,a0
ffffffc08020702a:	892e                	mv	s2,a1
ffffffc08020702c:	89b2                	mv	s3,a2
static uint64 arg_raw(int n) { return curthread()->tf->x[REG_A0 + n]; }
ffffffc08020702e:	d51fe0ef          	jal	ffffffc080205d7e <curthread>
ffffffc080207032:	613c                	ld	a5,64(a0)
ffffffc080207034:	24a9                	addw	s1,s1,10
ffffffc080207036:	048e                	sll	s1,s1,0x3
ffffffc080207038:	97a6                	add	a5,a5,s1
int arg_int(int n) { return (int)arg_raw(n); }
ffffffc08020703a:	4384                	lw	s1,0(a5)
  int i = arg_int(n);
  if (i < 0 || i >= NOFILE || !curproc()->ofile[i])
ffffffc08020703c:	47bd                	li	a5,15
ffffffc08020703e:	0497e163          	bltu	a5,s1,ffffffc080207080 <arg_fd+0x68>
ffffffc080207042:	d5ffe0ef          	jal	ffffffc080205da0 <curproc>
ffffffc080207046:	00848a13          	add	s4,s1,8
ffffffc08020704a:	003a1793          	sll	a5,s4,0x3
ffffffc08020704e:	953e                	add	a0,a0,a5
ffffffc080207050:	651c                	ld	a5,8(a0)
ffffffc080207052:	c79d                	beqz	a5,ffffffc080207080 <arg_fd+0x68>
    return -1;
  if (fd)
ffffffc080207054:	00090463          	beqz	s2,ffffffc08020705c <arg_fd+0x44>
    *fd = i;
ffffffc080207058:	00992023          	sw	s1,0(s2)
  if (f)
ffffffc08020705c:	00098963          	beqz	s3,ffffffc08020706e <arg_fd+0x56>
    *f = curproc()->ofile[i];
ffffffc080207060:	d41fe0ef          	jal	ffffffc080205da0 <curproc>
ffffffc080207064:	0a0e                	sll	s4,s4,0x3
ffffffc080207066:	9552                	add	a0,a0,s4
ffffffc080207068:	651c                	ld	a5,8(a0)
ffffffc08020706a:	00f9b023          	sd	a5,0(s3)
  return 0;
ffffffc08020706e:	4501                	li	a0,0
}
ffffffc080207070:	70a2                	ld	ra,40(sp)
ffffffc080207072:	7402                	ld	s0,32(sp)
ffffffc080207074:	64e2                	ld	s1,24(sp)
ffffffc080207076:	6942                	ld	s2,16(sp)
ffffffc080207078:	69a2                	ld	s3,8(sp)
ffffffc08020707a:	6a02                	ld	s4,0(sp)
ffffffc08020707c:	6145                	add	sp,sp,48
ffffffc08020707e:	8082                	ret
    return -1;
ffffffc080207080:	557d                	li	a0,-1
ffffffc080207082:	b7fd                	j	ffffffc080207070 <arg_fd+0x58>

ffffffc080207084 <__ctzdi2>:
ffffffc080207084:	40a007b3          	neg	a5,a0
ffffffc080207088:	8d7d                	and	a0,a0,a5
ffffffc08020708a:	03855793          	srl	a5,a0,0x38
ffffffc08020708e:	e795                	bnez	a5,ffffffc0802070ba <__ctzdi2+0x36>
ffffffc080207090:	03800793          	li	a5,56
ffffffc080207094:	17e1                	add	a5,a5,-8
ffffffc080207096:	c791                	beqz	a5,ffffffc0802070a2 <__ctzdi2+0x1e>
ffffffc080207098:	00f55733          	srl	a4,a0,a5
ffffffc08020709c:	0ff77713          	zext.b	a4,a4
ffffffc0802070a0:	db75                	beqz	a4,ffffffc080207094 <__ctzdi2+0x10>
ffffffc0802070a2:	00f55533          	srl	a0,a0,a5
ffffffc0802070a6:	001ac717          	auipc	a4,0x1ac
ffffffc0802070aa:	0fa70713          	add	a4,a4,250 # ffffffc0803b31a0 <__clz_tab>
ffffffc0802070ae:	972a                	add	a4,a4,a0
ffffffc0802070b0:	00074503          	lbu	a0,0(a4)
ffffffc0802070b4:	17fd                	add	a5,a5,-1
ffffffc0802070b6:	9d3d                	addw	a0,a0,a5
ffffffc0802070b8:	8082                	ret
ffffffc0802070ba:	03800793          	li	a5,56
ffffffc0802070be:	b7d5                	j	ffffffc0802070a2 <__ctzdi2+0x1e>
	...
