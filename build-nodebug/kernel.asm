
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
ffffffc08020002e:	4d7030ef          	jal	ffffffc080203d04 <kmain>
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
ffffffc080200044:	7ad030ef          	jal	ffffffc080203ff0 <kmain_secondary>
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
ffffffc08020018c:	322040ef          	jal	ffffffc0802044ae <page_alloc_zeroed>
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
ffffffc0802001c8:	2e6040ef          	jal	ffffffc0802044ae <page_alloc_zeroed>
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
ffffffc080200236:	29e040ef          	jal	ffffffc0802044d4 <page_free>
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
ffffffc080200260:	00279817          	auipc	a6,0x279
ffffffc080200264:	da080813          	add	a6,a6,-608 # ffffffc080479000 <kernel_pagetable>
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

ffffffc080200298 <pmap_probe_asid_bits>:
int pmap_probe_asid_bits(void) {
ffffffc080200298:	1141                	add	sp,sp,-16
ffffffc08020029a:	e422                	sd	s0,8(sp)
ffffffc08020029c:	0800                	add	s0,sp,16
  uint64 old = csr_read(satp);
ffffffc08020029e:	180026f3          	csrr	a3,satp
  csr_write(satp, old | (SATP_ASID_MASK << SATP_ASID_SHIFT));
ffffffc0802002a2:	0ffff7b7          	lui	a5,0xffff
ffffffc0802002a6:	1782                	sll	a5,a5,0x20
ffffffc0802002a8:	8fd5                	or	a5,a5,a3
ffffffc0802002aa:	18079073          	csrw	satp,a5
  uint64 asid = (csr_read(satp) >> SATP_ASID_SHIFT) & SATP_ASID_MASK;
ffffffc0802002ae:	180027f3          	csrr	a5,satp
ffffffc0802002b2:	93b1                	srl	a5,a5,0x2c
ffffffc0802002b4:	03079713          	sll	a4,a5,0x30
  csr_write(satp, old);
ffffffc0802002b8:	18069073          	csrw	satp,a3
ffffffc0802002bc:	12000073          	sfence.vma
  while (asid & (1UL << bits))
ffffffc0802002c0:	8b85                	and	a5,a5,1
ffffffc0802002c2:	cb99                	beqz	a5,ffffffc0802002d8 <pmap_probe_asid_bits+0x40>
ffffffc0802002c4:	9341                	srl	a4,a4,0x30
  int bits = 0;
ffffffc0802002c6:	4501                	li	a0,0
    bits++;
ffffffc0802002c8:	2505                	addw	a0,a0,1 # 40000001 <KERNEL_PA-0x401fffff>
  while (asid & (1UL << bits))
ffffffc0802002ca:	00a757b3          	srl	a5,a4,a0
ffffffc0802002ce:	8b85                	and	a5,a5,1
ffffffc0802002d0:	ffe5                	bnez	a5,ffffffc0802002c8 <pmap_probe_asid_bits+0x30>
}
ffffffc0802002d2:	6422                	ld	s0,8(sp)
ffffffc0802002d4:	0141                	add	sp,sp,16
ffffffc0802002d6:	8082                	ret
ffffffc0802002d8:	6422                	ld	s0,8(sp)
  int bits = 0;
ffffffc0802002da:	4501                	li	a0,0
}
ffffffc0802002dc:	0141                	add	sp,sp,16
ffffffc0802002de:	8082                	ret

ffffffc0802002e0 <pmap_create>:
pagetable_t pmap_create(void) {
ffffffc0802002e0:	1101                	add	sp,sp,-32
ffffffc0802002e2:	e822                	sd	s0,16(sp)
ffffffc0802002e4:	e426                	sd	s1,8(sp)
ffffffc0802002e6:	ec06                	sd	ra,24(sp)
ffffffc0802002e8:	1000                	add	s0,sp,32
  pagetable_t pt = page_alloc_zeroed();
ffffffc0802002ea:	1c4040ef          	jal	ffffffc0802044ae <page_alloc_zeroed>
ffffffc0802002ee:	84aa                	mv	s1,a0
  if (pt)
ffffffc0802002f0:	c919                	beqz	a0,ffffffc080200306 <pmap_create+0x26>
    memcpy(&pt[USER_ROOT_ENTRIES], &kernel_pagetable[USER_ROOT_ENTRIES],
ffffffc0802002f2:	6605                	lui	a2,0x1
ffffffc0802002f4:	80060613          	add	a2,a2,-2048 # 800 <KERNEL_PA-0x801ff800>
ffffffc0802002f8:	00279597          	auipc	a1,0x279
ffffffc0802002fc:	50858593          	add	a1,a1,1288 # ffffffc080479800 <kernel_pagetable+0x800>
ffffffc080200300:	9532                	add	a0,a0,a2
ffffffc080200302:	06b030ef          	jal	ffffffc080203b6c <memcpy>
}
ffffffc080200306:	60e2                	ld	ra,24(sp)
ffffffc080200308:	6442                	ld	s0,16(sp)
ffffffc08020030a:	8526                	mv	a0,s1
ffffffc08020030c:	64a2                	ld	s1,8(sp)
ffffffc08020030e:	6105                	add	sp,sp,32
ffffffc080200310:	8082                	ret

ffffffc080200312 <pmap_walk>:
pte_t *pmap_walk(pagetable_t pt, uint64 va, bool alloc) {
ffffffc080200312:	1101                	add	sp,sp,-32
ffffffc080200314:	e822                	sd	s0,16(sp)
ffffffc080200316:	ec06                	sd	ra,24(sp)
ffffffc080200318:	e426                	sd	s1,8(sp)
ffffffc08020031a:	e04a                	sd	s2,0(sp)
ffffffc08020031c:	1000                	add	s0,sp,32
  KASSERT(va < USER_TOP);
ffffffc08020031e:	57fd                	li	a5,-1
ffffffc080200320:	83e9                	srl	a5,a5,0x1a
ffffffc080200322:	04b7e863          	bltu	a5,a1,ffffffc080200372 <pmap_walk+0x60>
  pagetable_t l1 = next_table(&pt[PX(2, va)], alloc);
ffffffc080200326:	01e5d793          	srl	a5,a1,0x1e
ffffffc08020032a:	078e                	sll	a5,a5,0x3
ffffffc08020032c:	84ae                	mv	s1,a1
ffffffc08020032e:	953e                	add	a0,a0,a5
ffffffc080200330:	85b2                	mv	a1,a2
ffffffc080200332:	8932                	mv	s2,a2
ffffffc080200334:	e79ff0ef          	jal	ffffffc0802001ac <next_table>
  if (!l1)
ffffffc080200338:	c515                	beqz	a0,ffffffc080200364 <pmap_walk+0x52>
  pagetable_t l0 = next_table(&l1[PX(1, va)], alloc);
ffffffc08020033a:	0154d793          	srl	a5,s1,0x15
ffffffc08020033e:	1ff7f793          	and	a5,a5,511
ffffffc080200342:	078e                	sll	a5,a5,0x3
ffffffc080200344:	85ca                	mv	a1,s2
ffffffc080200346:	953e                	add	a0,a0,a5
ffffffc080200348:	e65ff0ef          	jal	ffffffc0802001ac <next_table>
  if (!l0)
ffffffc08020034c:	cd01                	beqz	a0,ffffffc080200364 <pmap_walk+0x52>
}
ffffffc08020034e:	60e2                	ld	ra,24(sp)
ffffffc080200350:	6442                	ld	s0,16(sp)
  return &l0[PX(0, va)];
ffffffc080200352:	80b1                	srl	s1,s1,0xc
ffffffc080200354:	1ff4f493          	and	s1,s1,511
ffffffc080200358:	048e                	sll	s1,s1,0x3
}
ffffffc08020035a:	6902                	ld	s2,0(sp)
  return &l0[PX(0, va)];
ffffffc08020035c:	9526                	add	a0,a0,s1
}
ffffffc08020035e:	64a2                	ld	s1,8(sp)
ffffffc080200360:	6105                	add	sp,sp,32
ffffffc080200362:	8082                	ret
ffffffc080200364:	60e2                	ld	ra,24(sp)
ffffffc080200366:	6442                	ld	s0,16(sp)
ffffffc080200368:	64a2                	ld	s1,8(sp)
ffffffc08020036a:	6902                	ld	s2,0(sp)
    return NULL;
ffffffc08020036c:	4501                	li	a0,0
}
ffffffc08020036e:	6105                	add	sp,sp,32
ffffffc080200370:	8082                	ret
  KASSERT(va < USER_TOP);
ffffffc080200372:	00008717          	auipc	a4,0x8
ffffffc080200376:	cce70713          	add	a4,a4,-818 # ffffffc080208040 <__func__.0+0x10>
ffffffc08020037a:	00008697          	auipc	a3,0x8
ffffffc08020037e:	d4e68693          	add	a3,a3,-690 # ffffffc0802080c8 <__func__.1>
ffffffc080200382:	04800613          	li	a2,72
ffffffc080200386:	00008597          	auipc	a1,0x8
ffffffc08020038a:	cca58593          	add	a1,a1,-822 # ffffffc080208050 <__func__.0+0x20>
ffffffc08020038e:	00008517          	auipc	a0,0x8
ffffffc080200392:	ce250513          	add	a0,a0,-798 # ffffffc080208070 <__func__.0+0x40>
ffffffc080200396:	6ba030ef          	jal	ffffffc080203a50 <panic>

ffffffc08020039a <pmap_enter>:
int pmap_enter(pagetable_t pt, uint64 va, uint64 pa, int prot) {
ffffffc08020039a:	7179                	add	sp,sp,-48
ffffffc08020039c:	f022                	sd	s0,32(sp)
ffffffc08020039e:	ec26                	sd	s1,24(sp)
ffffffc0802003a0:	e84a                	sd	s2,16(sp)
ffffffc0802003a2:	e44e                	sd	s3,8(sp)
ffffffc0802003a4:	f406                	sd	ra,40(sp)
ffffffc0802003a6:	1800                	add	s0,sp,48
ffffffc0802003a8:	84b2                	mv	s1,a2
  pte_t *p = pmap_walk(pt, va, true);
ffffffc0802003aa:	4605                	li	a2,1
int pmap_enter(pagetable_t pt, uint64 va, uint64 pa, int prot) {
ffffffc0802003ac:	89ae                	mv	s3,a1
ffffffc0802003ae:	8936                	mv	s2,a3
  pte_t *p = pmap_walk(pt, va, true);
ffffffc0802003b0:	f63ff0ef          	jal	ffffffc080200312 <pmap_walk>
  if (!p)
ffffffc0802003b4:	c90d                	beqz	a0,ffffffc0802003e6 <pmap_enter+0x4c>
  pte_t fresh = PA2PTE(pa) | prot_bits(prot) | PTE_V | PTE_U | PTE_A | PTE_D;
ffffffc0802003b6:	00c4d793          	srl	a5,s1,0xc
  return (prot & PROT_R ? PTE_R : 0) | (prot & PROT_W ? PTE_W : 0) | (prot & PROT_X ? PTE_X : 0);
ffffffc0802003ba:	00191693          	sll	a3,s2,0x1
ffffffc0802003be:	8ab9                	and	a3,a3,14
  pte_t fresh = PA2PTE(pa) | prot_bits(prot) | PTE_V | PTE_U | PTE_A | PTE_D;
ffffffc0802003c0:	07aa                	sll	a5,a5,0xa
ffffffc0802003c2:	8fd5                	or	a5,a5,a3
ffffffc0802003c4:	0d17e793          	or	a5,a5,209
  return __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
ffffffc0802003c8:	1005372f          	lr.d	a4,(a0)
ffffffc0802003cc:	e701                	bnez	a4,ffffffc0802003d4 <pmap_enter+0x3a>
ffffffc0802003ce:	1cf536af          	sc.d.aq	a3,a5,(a0)
ffffffc0802003d2:	fafd                	bnez	a3,ffffffc0802003c8 <pmap_enter+0x2e>
  return 0;
ffffffc0802003d4:	4501                	li	a0,0
  if (!pte_cas(p, 0, fresh))
ffffffc0802003d6:	eb11                	bnez	a4,ffffffc0802003ea <pmap_enter+0x50>
}
ffffffc0802003d8:	70a2                	ld	ra,40(sp)
ffffffc0802003da:	7402                	ld	s0,32(sp)
ffffffc0802003dc:	64e2                	ld	s1,24(sp)
ffffffc0802003de:	6942                	ld	s2,16(sp)
ffffffc0802003e0:	69a2                	ld	s3,8(sp)
ffffffc0802003e2:	6145                	add	sp,sp,48
ffffffc0802003e4:	8082                	ret
    return -1;
ffffffc0802003e6:	557d                	li	a0,-1
ffffffc0802003e8:	bfc5                	j	ffffffc0802003d8 <pmap_enter+0x3e>
    panic("pmap_enter: %p already mapped", (void *)va);
ffffffc0802003ea:	85ce                	mv	a1,s3
ffffffc0802003ec:	00008517          	auipc	a0,0x8
ffffffc0802003f0:	ca450513          	add	a0,a0,-860 # ffffffc080208090 <__func__.0+0x60>
ffffffc0802003f4:	65c030ef          	jal	ffffffc080203a50 <panic>

ffffffc0802003f8 <pmap_add_prot>:
void pmap_add_prot(pagetable_t pt, uint64 va, int prot) {
ffffffc0802003f8:	1101                	add	sp,sp,-32
ffffffc0802003fa:	e822                	sd	s0,16(sp)
ffffffc0802003fc:	e426                	sd	s1,8(sp)
ffffffc0802003fe:	ec06                	sd	ra,24(sp)
ffffffc080200400:	1000                	add	s0,sp,32
ffffffc080200402:	84b2                	mv	s1,a2
  pte_t *p = pmap_walk(pt, va, false);
ffffffc080200404:	4601                	li	a2,0
ffffffc080200406:	f0dff0ef          	jal	ffffffc080200312 <pmap_walk>
  KASSERT(p && pte_valid(*p));
ffffffc08020040a:	cd11                	beqz	a0,ffffffc080200426 <pmap_add_prot+0x2e>
}

static inline bool pte_valid(pte_t pte) { return (pte & PTE_V) != 0; }
ffffffc08020040c:	611c                	ld	a5,0(a0)
ffffffc08020040e:	8b85                	and	a5,a5,1
ffffffc080200410:	cb99                	beqz	a5,ffffffc080200426 <pmap_add_prot+0x2e>
  return (prot & PROT_R ? PTE_R : 0) | (prot & PROT_W ? PTE_W : 0) | (prot & PROT_X ? PTE_X : 0);
ffffffc080200412:	00149793          	sll	a5,s1,0x1
ffffffc080200416:	8bb9                	and	a5,a5,14
  __atomic_fetch_or(p, prot_bits(prot), __ATOMIC_RELAXED);
ffffffc080200418:	40f5302f          	amoor.d	zero,a5,(a0)
}
ffffffc08020041c:	60e2                	ld	ra,24(sp)
ffffffc08020041e:	6442                	ld	s0,16(sp)
ffffffc080200420:	64a2                	ld	s1,8(sp)
ffffffc080200422:	6105                	add	sp,sp,32
ffffffc080200424:	8082                	ret
  KASSERT(p && pte_valid(*p));
ffffffc080200426:	00008717          	auipc	a4,0x8
ffffffc08020042a:	c8a70713          	add	a4,a4,-886 # ffffffc0802080b0 <__func__.0+0x80>
ffffffc08020042e:	00008697          	auipc	a3,0x8
ffffffc080200432:	caa68693          	add	a3,a3,-854 # ffffffc0802080d8 <__func__.0>
ffffffc080200436:	06200613          	li	a2,98
ffffffc08020043a:	00008597          	auipc	a1,0x8
ffffffc08020043e:	c1658593          	add	a1,a1,-1002 # ffffffc080208050 <__func__.0+0x20>
ffffffc080200442:	00008517          	auipc	a0,0x8
ffffffc080200446:	c2e50513          	add	a0,a0,-978 # ffffffc080208070 <__func__.0+0x40>
ffffffc08020044a:	606030ef          	jal	ffffffc080203a50 <panic>

ffffffc08020044e <pmap_destroy>:
void pmap_destroy(pagetable_t pt) {
ffffffc08020044e:	7119                	add	sp,sp,-128
ffffffc080200450:	fc5e                	sd	s7,56(sp)
ffffffc080200452:	f466                	sd	s9,40(sp)
ffffffc080200454:	fc000bb7          	lui	s7,0xfc000
ffffffc080200458:	6c85                	lui	s9,0x1
ffffffc08020045a:	f8a2                	sd	s0,112(sp)
ffffffc08020045c:	f0ca                	sd	s2,96(sp)
ffffffc08020045e:	f862                	sd	s8,48(sp)
ffffffc080200460:	f06a                	sd	s10,32(sp)
ffffffc080200462:	fc86                	sd	ra,120(sp)
ffffffc080200464:	f4a6                	sd	s1,104(sp)
ffffffc080200466:	ecce                	sd	s3,88(sp)
ffffffc080200468:	e8d2                	sd	s4,80(sp)
ffffffc08020046a:	e4d6                	sd	s5,72(sp)
ffffffc08020046c:	e0da                	sd	s6,64(sp)
ffffffc08020046e:	ec6e                	sd	s11,24(sp)
ffffffc080200470:	0100                	add	s0,sp,128
ffffffc080200472:	800c8c93          	add	s9,s9,-2048 # 800 <KERNEL_PA-0x801ff800>
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200476:	fff00937          	lui	s2,0xfff00
ffffffc08020047a:	0b85                	add	s7,s7,1 # fffffffffc000001 <kernel_end+0x3f7b941001>
void pmap_destroy(pagetable_t pt) {
ffffffc08020047c:	8c2a                	mv	s8,a0
ffffffc08020047e:	8d2a                	mv	s10,a0
ffffffc080200480:	9caa                	add	s9,s9,a0
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200482:	00895913          	srl	s2,s2,0x8
ffffffc080200486:	0bb2                	sll	s7,s7,0xc
ffffffc080200488:	a021                	j	ffffffc080200490 <pmap_destroy+0x42>
  for (int i = 0; i < USER_ROOT_ENTRIES; i++) {
ffffffc08020048a:	0d21                	add	s10,s10,8
ffffffc08020048c:	079d0763          	beq	s10,s9,ffffffc0802004fa <pmap_destroy+0xac>
    if (!(pt[i] & PTE_V))
ffffffc080200490:	000d3783          	ld	a5,0(s10)
ffffffc080200494:	0017f713          	and	a4,a5,1
ffffffc080200498:	db6d                	beqz	a4,ffffffc08020048a <pmap_destroy+0x3c>
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc08020049a:	00279a93          	sll	s5,a5,0x2
ffffffc08020049e:	59fd                	li	s3,-1
ffffffc0802004a0:	012afab3          	and	s5,s5,s2
ffffffc0802004a4:	199a                	sll	s3,s3,0x26
ffffffc0802004a6:	013a8a33          	add	s4,s5,s3
ffffffc0802004aa:	f9443423          	sd	s4,-120(s0)
    for (int j = 0; j < 512; j++) {
ffffffc0802004ae:	9ade                	add	s5,s5,s7
ffffffc0802004b0:	a021                	j	ffffffc0802004b8 <pmap_destroy+0x6a>
ffffffc0802004b2:	0a21                	add	s4,s4,8
ffffffc0802004b4:	034a8c63          	beq	s5,s4,ffffffc0802004ec <pmap_destroy+0x9e>
      if (!(l1[j] & PTE_V))
ffffffc0802004b8:	000a3783          	ld	a5,0(s4)
ffffffc0802004bc:	0017f713          	and	a4,a5,1
ffffffc0802004c0:	db6d                	beqz	a4,ffffffc0802004b2 <pmap_destroy+0x64>
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc0802004c2:	00279d93          	sll	s11,a5,0x2
ffffffc0802004c6:	012dfdb3          	and	s11,s11,s2
ffffffc0802004ca:	013d84b3          	add	s1,s11,s3
ffffffc0802004ce:	8b26                	mv	s6,s1
      for (int k = 0; k < 512; k++)
ffffffc0802004d0:	9dde                	add	s11,s11,s7
        if (l0[k] & PTE_V)
ffffffc0802004d2:	6088                	ld	a0,0(s1)
      for (int k = 0; k < 512; k++)
ffffffc0802004d4:	04a1                	add	s1,s1,8
        if (l0[k] & PTE_V)
ffffffc0802004d6:	00157793          	and	a5,a0,1
ffffffc0802004da:	e3a9                	bnez	a5,ffffffc08020051c <pmap_destroy+0xce>
      for (int k = 0; k < 512; k++)
ffffffc0802004dc:	fe9d9be3          	bne	s11,s1,ffffffc0802004d2 <pmap_destroy+0x84>
      page_free(l0);
ffffffc0802004e0:	855a                	mv	a0,s6
    for (int j = 0; j < 512; j++) {
ffffffc0802004e2:	0a21                	add	s4,s4,8
      page_free(l0);
ffffffc0802004e4:	7f1030ef          	jal	ffffffc0802044d4 <page_free>
    for (int j = 0; j < 512; j++) {
ffffffc0802004e8:	fd4a98e3          	bne	s5,s4,ffffffc0802004b8 <pmap_destroy+0x6a>
    page_free(l1);
ffffffc0802004ec:	f8843503          	ld	a0,-120(s0)
  for (int i = 0; i < USER_ROOT_ENTRIES; i++) {
ffffffc0802004f0:	0d21                	add	s10,s10,8
    page_free(l1);
ffffffc0802004f2:	7e3030ef          	jal	ffffffc0802044d4 <page_free>
  for (int i = 0; i < USER_ROOT_ENTRIES; i++) {
ffffffc0802004f6:	f99d1de3          	bne	s10,s9,ffffffc080200490 <pmap_destroy+0x42>
}
ffffffc0802004fa:	7446                	ld	s0,112(sp)
ffffffc0802004fc:	70e6                	ld	ra,120(sp)
ffffffc0802004fe:	74a6                	ld	s1,104(sp)
ffffffc080200500:	7906                	ld	s2,96(sp)
ffffffc080200502:	69e6                	ld	s3,88(sp)
ffffffc080200504:	6a46                	ld	s4,80(sp)
ffffffc080200506:	6aa6                	ld	s5,72(sp)
ffffffc080200508:	6b06                	ld	s6,64(sp)
ffffffc08020050a:	7be2                	ld	s7,56(sp)
ffffffc08020050c:	7ca2                	ld	s9,40(sp)
ffffffc08020050e:	7d02                	ld	s10,32(sp)
ffffffc080200510:	6de2                	ld	s11,24(sp)
  page_free(pt);
ffffffc080200512:	8562                	mv	a0,s8
}
ffffffc080200514:	7c42                	ld	s8,48(sp)
ffffffc080200516:	6109                	add	sp,sp,128
  page_free(pt);
ffffffc080200518:	7bd0306f          	j	ffffffc0802044d4 <page_free>
          page_free(P2V(PTE2PA(l0[k])));
ffffffc08020051c:	050a                	sll	a0,a0,0x2
ffffffc08020051e:	01257533          	and	a0,a0,s2
ffffffc080200522:	954e                	add	a0,a0,s3
ffffffc080200524:	7b1030ef          	jal	ffffffc0802044d4 <page_free>
      for (int k = 0; k < 512; k++)
ffffffc080200528:	fa9d95e3          	bne	s11,s1,ffffffc0802004d2 <pmap_destroy+0x84>
ffffffc08020052c:	bf55                	j	ffffffc0802004e0 <pmap_destroy+0x92>

ffffffc08020052e <pmap_fork_cow>:
    child[k] = pte;
  }
  return protected;
}

int pmap_fork_cow(pagetable_t parent, pagetable_t child, uint64 *cow_protected) {
ffffffc08020052e:	7175                	add	sp,sp,-144
ffffffc080200530:	e122                	sd	s0,128(sp)
ffffffc080200532:	fca6                	sd	s1,120(sp)
ffffffc080200534:	ecd6                	sd	s5,88(sp)
ffffffc080200536:	e8da                	sd	s6,80(sp)
ffffffc080200538:	fc66                	sd	s9,56(sp)
ffffffc08020053a:	e506                	sd	ra,136(sp)
ffffffc08020053c:	f8ca                	sd	s2,112(sp)
ffffffc08020053e:	f4ce                	sd	s3,104(sp)
ffffffc080200540:	f0d2                	sd	s4,96(sp)
ffffffc080200542:	e4de                	sd	s7,72(sp)
ffffffc080200544:	e0e2                	sd	s8,64(sp)
ffffffc080200546:	f86a                	sd	s10,48(sp)
ffffffc080200548:	f46e                	sd	s11,40(sp)
ffffffc08020054a:	0900                	add	s0,sp,144
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc08020054c:	5b7d                	li	s6,-1
ffffffc08020054e:	fff004b7          	lui	s1,0xfff00
ffffffc080200552:	026b1793          	sll	a5,s6,0x26
int pmap_fork_cow(pagetable_t parent, pagetable_t child, uint64 *cow_protected) {
ffffffc080200556:	8ab2                	mv	s5,a2
ffffffc080200558:	f6b43823          	sd	a1,-144(s0)
  *cow_protected = 0;
ffffffc08020055c:	00063023          	sd	zero,0(a2)
  for (int i = 0; i < USER_ROOT_ENTRIES; i++) {
ffffffc080200560:	f8a43423          	sd	a0,-120(s0)
ffffffc080200564:	4c81                	li	s9,0
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200566:	80a1                	srl	s1,s1,0x8
ffffffc080200568:	f8f43023          	sd	a5,-128(s0)
    if (!(parent[i] & PTE_V))
ffffffc08020056c:	f8843783          	ld	a5,-120(s0)
ffffffc080200570:	639c                	ld	a5,0(a5)
ffffffc080200572:	0017f713          	and	a4,a5,1
ffffffc080200576:	ef09                	bnez	a4,ffffffc080200590 <pmap_fork_cow+0x62>
  for (int i = 0; i < USER_ROOT_ENTRIES; i++) {
ffffffc080200578:	f8843703          	ld	a4,-120(s0)
ffffffc08020057c:	2c85                	addw	s9,s9,1
ffffffc08020057e:	10000793          	li	a5,256
ffffffc080200582:	0721                	add	a4,a4,8
ffffffc080200584:	f8e43423          	sd	a4,-120(s0)
ffffffc080200588:	fefc92e3          	bne	s9,a5,ffffffc08020056c <pmap_fork_cow+0x3e>
      if (!l0c)
        return -1;
      *cow_protected += share_leaves(table_of(l1p[j]), l0c);
    }
  }
  return 0;
ffffffc08020058c:	4501                	li	a0,0
ffffffc08020058e:	a0d9                	j	ffffffc080200654 <pmap_fork_cow+0x126>
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200590:	00279993          	sll	s3,a5,0x2
    pagetable_t l1p = table_of(parent[i]), l1c = child_table(child, i);
ffffffc080200594:	f7043503          	ld	a0,-144(s0)
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200598:	f8043783          	ld	a5,-128(s0)
ffffffc08020059c:	0099f9b3          	and	s3,s3,s1
    pagetable_t l1p = table_of(parent[i]), l1c = child_table(child, i);
ffffffc0802005a0:	85e6                	mv	a1,s9
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc0802005a2:	99be                	add	s3,s3,a5
    pagetable_t l1p = table_of(parent[i]), l1c = child_table(child, i);
ffffffc0802005a4:	bb5ff0ef          	jal	ffffffc080200158 <child_table>
ffffffc0802005a8:	f6a43c23          	sd	a0,-136(s0)
    if (!l1c)
ffffffc0802005ac:	c15d                	beqz	a0,ffffffc080200652 <pmap_fork_cow+0x124>
    for (int j = 0; j < 512; j++) {
ffffffc0802005ae:	4a01                	li	s4,0

void page_array_init(uint64 mem_base, uint64 mem_size, uint64 array_pa);
struct page *pa_to_page(uint64 pa);

static inline void page_ref_get(uint64 pa) {
  __atomic_fetch_add(&pa_to_page(pa)->refs, 1, __ATOMIC_RELAXED);
ffffffc0802005b0:	4905                	li	s2,1
      if (!(l1p[j] & PTE_V))
ffffffc0802005b2:	0009b783          	ld	a5,0(s3)
ffffffc0802005b6:	8b85                	and	a5,a5,1
ffffffc0802005b8:	c3d1                	beqz	a5,ffffffc08020063c <pmap_fork_cow+0x10e>
      pagetable_t l0c = child_table(l1c, j);
ffffffc0802005ba:	f7843503          	ld	a0,-136(s0)
ffffffc0802005be:	85d2                	mv	a1,s4
ffffffc0802005c0:	b99ff0ef          	jal	ffffffc080200158 <child_table>
      if (!l0c)
ffffffc0802005c4:	c559                	beqz	a0,ffffffc080200652 <pmap_fork_cow+0x124>
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc0802005c6:	0009b803          	ld	a6,0(s3)
ffffffc0802005ca:	6785                	lui	a5,0x1
ffffffc0802005cc:	00f50bb3          	add	s7,a0,a5
ffffffc0802005d0:	f8043783          	ld	a5,-128(s0)
ffffffc0802005d4:	080a                	sll	a6,a6,0x2
ffffffc0802005d6:	00987833          	and	a6,a6,s1
ffffffc0802005da:	983e                	add	a6,a6,a5
ffffffc0802005dc:	8daa                	mv	s11,a0
  uint64 protected = 0;
ffffffc0802005de:	4d01                	li	s10,0
ffffffc0802005e0:	40a80c33          	sub	s8,a6,a0
ffffffc0802005e4:	a021                	j	ffffffc0802005ec <pmap_fork_cow+0xbe>
  for (int k = 0; k < 512; k++) {
ffffffc0802005e6:	0da1                	add	s11,s11,8
ffffffc0802005e8:	05bb8563          	beq	s7,s11,ffffffc080200632 <pmap_fork_cow+0x104>
    pte_t pte = pte_load(&parent[k]);
ffffffc0802005ec:	01bc06b3          	add	a3,s8,s11
static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc0802005f0:	629c                	ld	a5,0(a3)
    if (!(pte & PTE_V))
ffffffc0802005f2:	0017f713          	and	a4,a5,1
ffffffc0802005f6:	db65                	beqz	a4,ffffffc0802005e6 <pmap_fork_cow+0xb8>
    while (pte & PTE_W) {
ffffffc0802005f8:	0047f713          	and	a4,a5,4
ffffffc0802005fc:	c739                	beqz	a4,ffffffc08020064a <pmap_fork_cow+0x11c>
      pte_t ro = (pte & ~PTE_W) | PTE_COW;
ffffffc0802005fe:	efb7f713          	and	a4,a5,-261
ffffffc080200602:	10076b13          	or	s6,a4,256
  return __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
ffffffc080200606:	1006b5af          	lr.d	a1,(a3)
ffffffc08020060a:	00f59563          	bne	a1,a5,ffffffc080200614 <pmap_fork_cow+0xe6>
ffffffc08020060e:	1d66b52f          	sc.d.aq	a0,s6,(a3)
ffffffc080200612:	f975                	bnez	a0,ffffffc080200606 <pmap_fork_cow+0xd8>
      if (pte_cas(&parent[k], pte, ro)) {
ffffffc080200614:	02f59d63          	bne	a1,a5,ffffffc08020064e <pmap_fork_cow+0x120>
        protected++;
ffffffc080200618:	0d05                	add	s10,s10,1
    page_ref_get(PTE2PA(pte));
ffffffc08020061a:	002b1513          	sll	a0,s6,0x2
ffffffc08020061e:	8d65                	and	a0,a0,s1
ffffffc080200620:	014040ef          	jal	ffffffc080204634 <pa_to_page>
ffffffc080200624:	0125202f          	amoadd.w	zero,s2,(a0)
    child[k] = pte;
ffffffc080200628:	016db023          	sd	s6,0(s11)
  for (int k = 0; k < 512; k++) {
ffffffc08020062c:	0da1                	add	s11,s11,8
ffffffc08020062e:	fbbb9fe3          	bne	s7,s11,ffffffc0802005ec <pmap_fork_cow+0xbe>
      *cow_protected += share_leaves(table_of(l1p[j]), l0c);
ffffffc080200632:	000ab783          	ld	a5,0(s5)
ffffffc080200636:	97ea                	add	a5,a5,s10
ffffffc080200638:	00fab023          	sd	a5,0(s5)
    for (int j = 0; j < 512; j++) {
ffffffc08020063c:	2a05                	addw	s4,s4,1
ffffffc08020063e:	20000793          	li	a5,512
ffffffc080200642:	09a1                	add	s3,s3,8
ffffffc080200644:	f6fa17e3          	bne	s4,a5,ffffffc0802005b2 <pmap_fork_cow+0x84>
ffffffc080200648:	bf05                	j	ffffffc080200578 <pmap_fork_cow+0x4a>
    while (pte & PTE_W) {
ffffffc08020064a:	8b3e                	mv	s6,a5
ffffffc08020064c:	b7f9                	j	ffffffc08020061a <pmap_fork_cow+0xec>
static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc08020064e:	629c                	ld	a5,0(a3)
ffffffc080200650:	b765                	j	ffffffc0802005f8 <pmap_fork_cow+0xca>
      return -1;
ffffffc080200652:	557d                	li	a0,-1
}
ffffffc080200654:	60aa                	ld	ra,136(sp)
ffffffc080200656:	640a                	ld	s0,128(sp)
ffffffc080200658:	74e6                	ld	s1,120(sp)
ffffffc08020065a:	7946                	ld	s2,112(sp)
ffffffc08020065c:	79a6                	ld	s3,104(sp)
ffffffc08020065e:	7a06                	ld	s4,96(sp)
ffffffc080200660:	6ae6                	ld	s5,88(sp)
ffffffc080200662:	6b46                	ld	s6,80(sp)
ffffffc080200664:	6ba6                	ld	s7,72(sp)
ffffffc080200666:	6c06                	ld	s8,64(sp)
ffffffc080200668:	7ce2                	ld	s9,56(sp)
ffffffc08020066a:	7d42                	ld	s10,48(sp)
ffffffc08020066c:	7da2                	ld	s11,40(sp)
ffffffc08020066e:	6149                	add	sp,sp,144
ffffffc080200670:	8082                	ret

ffffffc080200672 <pmap_fork_eager>:
    copied++;
  }
  return copied;
}

int pmap_fork_eager(pagetable_t parent, pagetable_t child, uint64 *copied) {
ffffffc080200672:	7135                	add	sp,sp,-160
ffffffc080200674:	e922                	sd	s0,144(sp)
ffffffc080200676:	f8d2                	sd	s4,112(sp)
ffffffc080200678:	f4d6                	sd	s5,104(sp)
ffffffc08020067a:	ed06                	sd	ra,152(sp)
ffffffc08020067c:	e526                	sd	s1,136(sp)
ffffffc08020067e:	e14a                	sd	s2,128(sp)
ffffffc080200680:	fcce                	sd	s3,120(sp)
ffffffc080200682:	f0da                	sd	s6,96(sp)
ffffffc080200684:	ecde                	sd	s7,88(sp)
ffffffc080200686:	e8e2                	sd	s8,80(sp)
ffffffc080200688:	e4e6                	sd	s9,72(sp)
ffffffc08020068a:	e0ea                	sd	s10,64(sp)
ffffffc08020068c:	fc6e                	sd	s11,56(sp)
ffffffc08020068e:	1100                	add	s0,sp,160
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200690:	fff00ab7          	lui	s5,0xfff00
ffffffc080200694:	5a7d                	li	s4,-1
int pmap_fork_eager(pagetable_t parent, pagetable_t child, uint64 *copied) {
ffffffc080200696:	f8c43023          	sd	a2,-128(s0)
ffffffc08020069a:	f6b43423          	sd	a1,-152(s0)
  *copied = 0;
ffffffc08020069e:	00063023          	sd	zero,0(a2)
  for (int i = 0; i < USER_ROOT_ENTRIES; i++) {
ffffffc0802006a2:	f6a43c23          	sd	a0,-136(s0)
ffffffc0802006a6:	f6043823          	sd	zero,-144(s0)
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc0802006aa:	008ada93          	srl	s5,s5,0x8
ffffffc0802006ae:	1a1a                	sll	s4,s4,0x26
    if (!(parent[i] & PTE_V))
ffffffc0802006b0:	f7843783          	ld	a5,-136(s0)
ffffffc0802006b4:	639c                	ld	a5,0(a5)
ffffffc0802006b6:	0017f713          	and	a4,a5,1
ffffffc0802006ba:	e315                	bnez	a4,ffffffc0802006de <pmap_fork_eager+0x6c>
  for (int i = 0; i < USER_ROOT_ENTRIES; i++) {
ffffffc0802006bc:	f7043783          	ld	a5,-144(s0)
ffffffc0802006c0:	f7843683          	ld	a3,-136(s0)
ffffffc0802006c4:	0017871b          	addw	a4,a5,1 # 1001 <KERNEL_PA-0x801fefff>
ffffffc0802006c8:	06a1                	add	a3,a3,8
ffffffc0802006ca:	f6e43823          	sd	a4,-144(s0)
ffffffc0802006ce:	10000793          	li	a5,256
ffffffc0802006d2:	f6d43c23          	sd	a3,-136(s0)
ffffffc0802006d6:	fcf71de3          	bne	a4,a5,ffffffc0802006b0 <pmap_fork_eager+0x3e>
      if (n < 0)
        return -1;
      *copied += n;
    }
  }
  return 0;
ffffffc0802006da:	4501                	li	a0,0
ffffffc0802006dc:	a05d                	j	ffffffc080200782 <pmap_fork_eager+0x110>
    pagetable_t l1p = table_of(parent[i]), l1c = child_table(child, i);
ffffffc0802006de:	f7043583          	ld	a1,-144(s0)
ffffffc0802006e2:	f6843503          	ld	a0,-152(s0)
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc0802006e6:	00279b93          	sll	s7,a5,0x2
ffffffc0802006ea:	015bfbb3          	and	s7,s7,s5
    pagetable_t l1p = table_of(parent[i]), l1c = child_table(child, i);
ffffffc0802006ee:	a6bff0ef          	jal	ffffffc080200158 <child_table>
ffffffc0802006f2:	f8a43423          	sd	a0,-120(s0)
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc0802006f6:	9bd2                	add	s7,s7,s4
    if (!l1c)
ffffffc0802006f8:	c541                	beqz	a0,ffffffc080200780 <pmap_fork_eager+0x10e>
    child[k] = PA2PTE(V2P(page)) | flags;
ffffffc0802006fa:	4b05                	li	s6,1
    for (int j = 0; j < 512; j++) {
ffffffc0802006fc:	4c01                	li	s8,0
    child[k] = PA2PTE(V2P(page)) | flags;
ffffffc0802006fe:	1b1a                	sll	s6,s6,0x26
      if (!(l1p[j] & PTE_V))
ffffffc080200700:	000bb783          	ld	a5,0(s7)
ffffffc080200704:	8b85                	and	a5,a5,1
ffffffc080200706:	c3d5                	beqz	a5,ffffffc0802007aa <pmap_fork_eager+0x138>
      pagetable_t l0c = child_table(l1c, j);
ffffffc080200708:	f8843503          	ld	a0,-120(s0)
ffffffc08020070c:	85e2                	mv	a1,s8
ffffffc08020070e:	a4bff0ef          	jal	ffffffc080200158 <child_table>
      if (!l0c)
ffffffc080200712:	c53d                	beqz	a0,ffffffc080200780 <pmap_fork_eager+0x10e>
static pagetable_t table_of(pte_t pte) { return P2V(PTE2PA(pte)); }
ffffffc080200714:	000bb483          	ld	s1,0(s7)
ffffffc080200718:	6785                	lui	a5,0x1
ffffffc08020071a:	8daa                	mv	s11,a0
ffffffc08020071c:	048a                	sll	s1,s1,0x2
ffffffc08020071e:	0154f4b3          	and	s1,s1,s5
ffffffc080200722:	94d2                	add	s1,s1,s4
  for (int k = 0; k < 512; k++) {
ffffffc080200724:	00f50933          	add	s2,a0,a5
  int64 copied = 0;
ffffffc080200728:	4981                	li	s3,0
ffffffc08020072a:	8c89                	sub	s1,s1,a0
ffffffc08020072c:	a80d                	j	ffffffc08020075e <pmap_fork_eager+0xec>
    memcpy(page, P2V(PTE2PA(pte)), PGSIZE);
ffffffc08020072e:	43e030ef          	jal	ffffffc080203b6c <memcpy>
      flags = (flags & ~PTE_COW) | PTE_W; /* the copy is private */
ffffffc080200732:	23bcf713          	and	a4,s9,571
    if (flags & PTE_COW)
ffffffc080200736:	100cf613          	and	a2,s9,256
    pte_t flags = PTE_FLAGS(pte) | PTE_A | PTE_D;
ffffffc08020073a:	33fcf593          	and	a1,s9,831
      flags = (flags & ~PTE_COW) | PTE_W; /* the copy is private */
ffffffc08020073e:	0c476713          	or	a4,a4,196
    if (flags & PTE_COW)
ffffffc080200742:	e219                	bnez	a2,ffffffc080200748 <pmap_fork_eager+0xd6>
    pte_t flags = PTE_FLAGS(pte) | PTE_A | PTE_D;
ffffffc080200744:	0c05e713          	or	a4,a1,192
    child[k] = PA2PTE(V2P(page)) | flags;
ffffffc080200748:	016d07b3          	add	a5,s10,s6
ffffffc08020074c:	83b1                	srl	a5,a5,0xc
ffffffc08020074e:	07aa                	sll	a5,a5,0xa
ffffffc080200750:	8fd9                	or	a5,a5,a4
ffffffc080200752:	00fdb023          	sd	a5,0(s11)
    copied++;
ffffffc080200756:	0985                	add	s3,s3,1
  for (int k = 0; k < 512; k++) {
ffffffc080200758:	0da1                	add	s11,s11,8
ffffffc08020075a:	05b90363          	beq	s2,s11,ffffffc0802007a0 <pmap_fork_eager+0x12e>
ffffffc08020075e:	01b487b3          	add	a5,s1,s11
ffffffc080200762:	0007bc83          	ld	s9,0(a5) # 1000 <KERNEL_PA-0x801ff000>
    if (!(pte & PTE_V))
ffffffc080200766:	001cf793          	and	a5,s9,1
ffffffc08020076a:	d7fd                	beqz	a5,ffffffc080200758 <pmap_fork_eager+0xe6>
    void *page = page_alloc();
ffffffc08020076c:	45b030ef          	jal	ffffffc0802043c6 <page_alloc>
    memcpy(page, P2V(PTE2PA(pte)), PGSIZE);
ffffffc080200770:	002c9593          	sll	a1,s9,0x2
ffffffc080200774:	0155f5b3          	and	a1,a1,s5
ffffffc080200778:	6605                	lui	a2,0x1
ffffffc08020077a:	95d2                	add	a1,a1,s4
    void *page = page_alloc();
ffffffc08020077c:	8d2a                	mv	s10,a0
    if (!page)
ffffffc08020077e:	f945                	bnez	a0,ffffffc08020072e <pmap_fork_eager+0xbc>
      return -1;
ffffffc080200780:	557d                	li	a0,-1
}
ffffffc080200782:	60ea                	ld	ra,152(sp)
ffffffc080200784:	644a                	ld	s0,144(sp)
ffffffc080200786:	64aa                	ld	s1,136(sp)
ffffffc080200788:	690a                	ld	s2,128(sp)
ffffffc08020078a:	79e6                	ld	s3,120(sp)
ffffffc08020078c:	7a46                	ld	s4,112(sp)
ffffffc08020078e:	7aa6                	ld	s5,104(sp)
ffffffc080200790:	7b06                	ld	s6,96(sp)
ffffffc080200792:	6be6                	ld	s7,88(sp)
ffffffc080200794:	6c46                	ld	s8,80(sp)
ffffffc080200796:	6ca6                	ld	s9,72(sp)
ffffffc080200798:	6d06                	ld	s10,64(sp)
ffffffc08020079a:	7de2                	ld	s11,56(sp)
ffffffc08020079c:	610d                	add	sp,sp,160
ffffffc08020079e:	8082                	ret
      *copied += n;
ffffffc0802007a0:	f8043703          	ld	a4,-128(s0)
ffffffc0802007a4:	631c                	ld	a5,0(a4)
ffffffc0802007a6:	97ce                	add	a5,a5,s3
ffffffc0802007a8:	e31c                	sd	a5,0(a4)
    for (int j = 0; j < 512; j++) {
ffffffc0802007aa:	2c05                	addw	s8,s8,1
ffffffc0802007ac:	20000793          	li	a5,512
ffffffc0802007b0:	0ba1                	add	s7,s7,8
ffffffc0802007b2:	f4fc17e3          	bne	s8,a5,ffffffc080200700 <pmap_fork_eager+0x8e>
ffffffc0802007b6:	b719                	j	ffffffc0802006bc <pmap_fork_eager+0x4a>

ffffffc0802007b8 <pmap_remove>:
}

void pmap_remove(pagetable_t pt, uint64 start, uint64 end, flush_fn flush_others, void *arg) {
  void *batch[REMOVE_BATCH];
  int n = 0;
  for (uint64 va = start; va < end; va += PGSIZE) {
ffffffc0802007b8:	12c5f063          	bgeu	a1,a2,ffffffc0802008d8 <pmap_remove+0x120>
void pmap_remove(pagetable_t pt, uint64 start, uint64 end, flush_fn flush_others, void *arg) {
ffffffc0802007bc:	b9010113          	add	sp,sp,-1136
ffffffc0802007c0:	46813023          	sd	s0,1120(sp)
ffffffc0802007c4:	44913c23          	sd	s1,1112(sp)
ffffffc0802007c8:	45213823          	sd	s2,1104(sp)
ffffffc0802007cc:	45313423          	sd	s3,1096(sp)
ffffffc0802007d0:	45413023          	sd	s4,1088(sp)
ffffffc0802007d4:	43513c23          	sd	s5,1080(sp)
ffffffc0802007d8:	43613823          	sd	s6,1072(sp)
ffffffc0802007dc:	43713423          	sd	s7,1064(sp)
ffffffc0802007e0:	43813023          	sd	s8,1056(sp)
ffffffc0802007e4:	41913c23          	sd	s9,1048(sp)
ffffffc0802007e8:	41a13823          	sd	s10,1040(sp)
ffffffc0802007ec:	46113423          	sd	ra,1128(sp)
ffffffc0802007f0:	41b13423          	sd	s11,1032(sp)
ffffffc0802007f4:	47010413          	add	s0,sp,1136
    if (!p)
      continue;
    pte_t old = __atomic_exchange_n(p, 0, __ATOMIC_ACQ_REL);
    if (!(old & PTE_V))
      continue;
    batch[n++] = P2V(PTE2PA(old));
ffffffc0802007f8:	fff00ab7          	lui	s5,0xfff00
ffffffc0802007fc:	5a7d                	li	s4,-1
void pmap_remove(pagetable_t pt, uint64 start, uint64 end, flush_fn flush_others, void *arg) {
ffffffc0802007fe:	8cae                	mv	s9,a1
ffffffc080200800:	84b2                	mv	s1,a2
ffffffc080200802:	892a                	mv	s2,a0
ffffffc080200804:	8b36                	mv	s6,a3
ffffffc080200806:	8c3a                	mv	s8,a4
  int n = 0;
ffffffc080200808:	4d01                	li	s10,0
    batch[n++] = P2V(PTE2PA(old));
ffffffc08020080a:	008ada93          	srl	s5,s5,0x8
ffffffc08020080e:	1a1a                	sll	s4,s4,0x26
    if (n == REMOVE_BATCH) {
ffffffc080200810:	08000b93          	li	s7,128
  for (uint64 va = start; va < end; va += PGSIZE) {
ffffffc080200814:	6985                	lui	s3,0x1
    pte_t *p = pmap_walk(pt, va, false);
ffffffc080200816:	4601                	li	a2,0
ffffffc080200818:	85e6                	mv	a1,s9
ffffffc08020081a:	854a                	mv	a0,s2
ffffffc08020081c:	af7ff0ef          	jal	ffffffc080200312 <pmap_walk>
    if (!p)
ffffffc080200820:	c51d                	beqz	a0,ffffffc08020084e <pmap_remove+0x96>
    pte_t old = __atomic_exchange_n(p, 0, __ATOMIC_ACQ_REL);
ffffffc080200822:	4781                	li	a5,0
ffffffc080200824:	0f50000f          	fence	iorw,ow
ffffffc080200828:	0cf537af          	amoswap.d.aq	a5,a5,(a0)
    if (!(old & PTE_V))
ffffffc08020082c:	0017f713          	and	a4,a5,1
ffffffc080200830:	cf19                	beqz	a4,ffffffc08020084e <pmap_remove+0x96>
    batch[n++] = P2V(PTE2PA(old));
ffffffc080200832:	003d1713          	sll	a4,s10,0x3
ffffffc080200836:	078a                	sll	a5,a5,0x2
ffffffc080200838:	0157f7b3          	and	a5,a5,s5
ffffffc08020083c:	f9070713          	add	a4,a4,-112
ffffffc080200840:	9722                	add	a4,a4,s0
ffffffc080200842:	97d2                	add	a5,a5,s4
ffffffc080200844:	c0f73023          	sd	a5,-1024(a4)
    if (n == REMOVE_BATCH) {
ffffffc080200848:	2d05                	addw	s10,s10,1
ffffffc08020084a:	077d0463          	beq	s10,s7,ffffffc0802008b2 <pmap_remove+0xfa>
  for (uint64 va = start; va < end; va += PGSIZE) {
ffffffc08020084e:	9cce                	add	s9,s9,s3
ffffffc080200850:	fc9ce3e3          	bltu	s9,s1,ffffffc080200816 <pmap_remove+0x5e>
  if (n == 0)
ffffffc080200854:	020d0263          	beqz	s10,ffffffc080200878 <pmap_remove+0xc0>
ffffffc080200858:	12000073          	sfence.vma
  if (flush_others)
ffffffc08020085c:	000b0463          	beqz	s6,ffffffc080200864 <pmap_remove+0xac>
    flush_others(arg);
ffffffc080200860:	8562                	mv	a0,s8
ffffffc080200862:	9b02                	jalr	s6
  for (int i = 0; i < n; i++)
ffffffc080200864:	b9040493          	add	s1,s0,-1136
ffffffc080200868:	0d0e                	sll	s10,s10,0x3
ffffffc08020086a:	9d26                	add	s10,s10,s1
    page_free(batch[i]);
ffffffc08020086c:	6088                	ld	a0,0(s1)
  for (int i = 0; i < n; i++)
ffffffc08020086e:	04a1                	add	s1,s1,8 # fffffffffff00008 <kernel_end+0x3f7f841008>
    page_free(batch[i]);
ffffffc080200870:	465030ef          	jal	ffffffc0802044d4 <page_free>
  for (int i = 0; i < n; i++)
ffffffc080200874:	fe9d1ce3          	bne	s10,s1,ffffffc08020086c <pmap_remove+0xb4>
      release_batch(batch, n, flush_others, arg);
      n = 0;
    }
  }
  release_batch(batch, n, flush_others, arg);
}
ffffffc080200878:	46813083          	ld	ra,1128(sp)
ffffffc08020087c:	46013403          	ld	s0,1120(sp)
ffffffc080200880:	45813483          	ld	s1,1112(sp)
ffffffc080200884:	45013903          	ld	s2,1104(sp)
ffffffc080200888:	44813983          	ld	s3,1096(sp)
ffffffc08020088c:	44013a03          	ld	s4,1088(sp)
ffffffc080200890:	43813a83          	ld	s5,1080(sp)
ffffffc080200894:	43013b03          	ld	s6,1072(sp)
ffffffc080200898:	42813b83          	ld	s7,1064(sp)
ffffffc08020089c:	42013c03          	ld	s8,1056(sp)
ffffffc0802008a0:	41813c83          	ld	s9,1048(sp)
ffffffc0802008a4:	41013d03          	ld	s10,1040(sp)
ffffffc0802008a8:	40813d83          	ld	s11,1032(sp)
ffffffc0802008ac:	47010113          	add	sp,sp,1136
ffffffc0802008b0:	8082                	ret
ffffffc0802008b2:	12000073          	sfence.vma
  if (flush_others)
ffffffc0802008b6:	000b0463          	beqz	s6,ffffffc0802008be <pmap_remove+0x106>
    flush_others(arg);
ffffffc0802008ba:	8562                	mv	a0,s8
ffffffc0802008bc:	9b02                	jalr	s6
  for (int i = 0; i < n; i++)
ffffffc0802008be:	b9040d13          	add	s10,s0,-1136
ffffffc0802008c2:	f9040d93          	add	s11,s0,-112
    page_free(batch[i]);
ffffffc0802008c6:	000d3503          	ld	a0,0(s10)
  for (int i = 0; i < n; i++)
ffffffc0802008ca:	0d21                	add	s10,s10,8
    page_free(batch[i]);
ffffffc0802008cc:	409030ef          	jal	ffffffc0802044d4 <page_free>
  for (int i = 0; i < n; i++)
ffffffc0802008d0:	ffbd1be3          	bne	s10,s11,ffffffc0802008c6 <pmap_remove+0x10e>
      n = 0;
ffffffc0802008d4:	4d01                	li	s10,0
ffffffc0802008d6:	bfa5                	j	ffffffc08020084e <pmap_remove+0x96>
ffffffc0802008d8:	8082                	ret

ffffffc0802008da <pmap_activate>:

void pmap_activate(pagetable_t pt) {
  csr_write(satp, SATP_MODE_SV39 | (V2P(pt) >> PGSHIFT));
ffffffc0802008da:	4705                	li	a4,1
ffffffc0802008dc:	02671793          	sll	a5,a4,0x26
void pmap_activate(pagetable_t pt) {
ffffffc0802008e0:	1141                	add	sp,sp,-16
  csr_write(satp, SATP_MODE_SV39 | (V2P(pt) >> PGSHIFT));
ffffffc0802008e2:	953e                	add	a0,a0,a5
ffffffc0802008e4:	57fd                	li	a5,-1
void pmap_activate(pagetable_t pt) {
ffffffc0802008e6:	e422                	sd	s0,8(sp)
  csr_write(satp, SATP_MODE_SV39 | (V2P(pt) >> PGSHIFT));
ffffffc0802008e8:	17fe                	sll	a5,a5,0x3f
void pmap_activate(pagetable_t pt) {
ffffffc0802008ea:	0800                	add	s0,sp,16
  csr_write(satp, SATP_MODE_SV39 | (V2P(pt) >> PGSHIFT));
ffffffc0802008ec:	8131                	srl	a0,a0,0xc
ffffffc0802008ee:	8d5d                	or	a0,a0,a5
ffffffc0802008f0:	18051073          	csrw	satp,a0
static inline void sfence_vma_page(uint64 va) {
  __asm__ volatile("sfence.vma %0, zero" ::"r"(va) : "memory");
}
/* Flush the non-global entries of one ASID (kernel mappings are global). */
static inline void sfence_vma_asid(uint64 asid) {
  __asm__ volatile("sfence.vma zero, %0" ::"r"(asid) : "memory");
ffffffc0802008f4:	4781                	li	a5,0
ffffffc0802008f6:	12f00073          	sfence.vma	zero,a5
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc0802008fa:	8792                	mv	a5,tp

static inline struct cpu *mycpu(void) { return (struct cpu *)r_tp(); }

/* Relaxed: counters order nothing; they are read only for statistics. */
static inline void stat_inc(int idx) {
  __atomic_fetch_add(&mycpu()->stats[idx], 1, __ATOMIC_RELAXED);
ffffffc0802008fc:	33078793          	add	a5,a5,816
ffffffc080200900:	00e7b02f          	amoadd.d	zero,a4,(a5)
  sfence_vma_asid(0);
  stat_inc(VM_tlb_flush_all);
}
ffffffc080200904:	6422                	ld	s0,8(sp)
ffffffc080200906:	0141                	add	sp,sp,16
ffffffc080200908:	8082                	ret

ffffffc08020090a <pmap_activate_kernel>:

/* No flush: while satp holds the kernel table this hart makes no user
 * access, so stale user entries are harmless until the next
 * pmap_activate, which flushes them. */
void pmap_activate_kernel(void) {
  csr_write(satp, SATP_MODE_SV39 | (V2P(kernel_pagetable) >> PGSHIFT));
ffffffc08020090a:	4705                	li	a4,1
ffffffc08020090c:	171a                	sll	a4,a4,0x26
ffffffc08020090e:	00278797          	auipc	a5,0x278
ffffffc080200912:	6f278793          	add	a5,a5,1778 # ffffffc080479000 <kernel_pagetable>
void pmap_activate_kernel(void) {
ffffffc080200916:	1141                	add	sp,sp,-16
  csr_write(satp, SATP_MODE_SV39 | (V2P(kernel_pagetable) >> PGSHIFT));
ffffffc080200918:	97ba                	add	a5,a5,a4
ffffffc08020091a:	577d                	li	a4,-1
void pmap_activate_kernel(void) {
ffffffc08020091c:	e422                	sd	s0,8(sp)
  csr_write(satp, SATP_MODE_SV39 | (V2P(kernel_pagetable) >> PGSHIFT));
ffffffc08020091e:	177e                	sll	a4,a4,0x3f
void pmap_activate_kernel(void) {
ffffffc080200920:	0800                	add	s0,sp,16
  csr_write(satp, SATP_MODE_SV39 | (V2P(kernel_pagetable) >> PGSHIFT));
ffffffc080200922:	83b1                	srl	a5,a5,0xc
ffffffc080200924:	8fd9                	or	a5,a5,a4
ffffffc080200926:	18079073          	csrw	satp,a5
}
ffffffc08020092a:	6422                	ld	s0,8(sp)
ffffffc08020092c:	0141                	add	sp,sp,16
ffffffc08020092e:	8082                	ret

ffffffc080200930 <sbi_call>:
/* SBI calls: ecall with a7 = extension, a6 = function, a0..a5 = arguments;
 * the firmware answers a0 = error, a1 = value. */
#include "arch/riscv/sbi.h"

struct sbiret sbi_call(uint64 ext, uint64 fid, uint64 a0, uint64 a1, uint64 a2) {
ffffffc080200930:	1101                	add	sp,sp,-32
ffffffc080200932:	ec22                	sd	s0,24(sp)
ffffffc080200934:	1000                	add	s0,sp,32
ffffffc080200936:	88aa                	mv	a7,a0
ffffffc080200938:	882e                	mv	a6,a1
  register uint64 r0 __asm__("a0") = a0;
ffffffc08020093a:	8532                	mv	a0,a2
  register uint64 r1 __asm__("a1") = a1;
ffffffc08020093c:	85b6                	mv	a1,a3
  register uint64 r2 __asm__("a2") = a2;
ffffffc08020093e:	863a                	mv	a2,a4
  register uint64 r6 __asm__("a6") = fid;
  register uint64 r7 __asm__("a7") = ext;
  __asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r6), "r"(r7) : "memory");
ffffffc080200940:	00000073          	ecall
  return (struct sbiret){.error = (long)r0, .value = (long)r1};
}
ffffffc080200944:	6462                	ld	s0,24(sp)
ffffffc080200946:	6105                	add	sp,sp,32
ffffffc080200948:	8082                	ret

ffffffc08020094a <sbi_probe>:

bool sbi_probe(uint64 ext) {
ffffffc08020094a:	1141                	add	sp,sp,-16
ffffffc08020094c:	e422                	sd	s0,8(sp)
ffffffc08020094e:	0800                	add	s0,sp,16
  register uint64 r1 __asm__("a1") = a1;
ffffffc080200950:	4581                	li	a1,0
  register uint64 r2 __asm__("a2") = a2;
ffffffc080200952:	4601                	li	a2,0
  register uint64 r6 __asm__("a6") = fid;
ffffffc080200954:	480d                	li	a6,3
  register uint64 r7 __asm__("a7") = ext;
ffffffc080200956:	48c1                	li	a7,16
  __asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r6), "r"(r7) : "memory");
ffffffc080200958:	00000073          	ecall
  struct sbiret r = sbi_call(SBI_EXT_BASE, 3, ext, 0, 0);
  return r.error == 0 && r.value != 0;
ffffffc08020095c:	e511                	bnez	a0,ffffffc080200968 <sbi_probe+0x1e>
}
ffffffc08020095e:	6422                	ld	s0,8(sp)
  return r.error == 0 && r.value != 0;
ffffffc080200960:	00b03533          	snez	a0,a1
}
ffffffc080200964:	0141                	add	sp,sp,16
ffffffc080200966:	8082                	ret
ffffffc080200968:	6422                	ld	s0,8(sp)
ffffffc08020096a:	4501                	li	a0,0
ffffffc08020096c:	0141                	add	sp,sp,16
ffffffc08020096e:	8082                	ret

ffffffc080200970 <sbi_set_timer>:

void sbi_set_timer(uint64 stime) { sbi_call(SBI_EXT_TIME, 0, stime, 0, 0); }
ffffffc080200970:	1141                	add	sp,sp,-16
ffffffc080200972:	e422                	sd	s0,8(sp)
  register uint64 r7 __asm__("a7") = ext;
ffffffc080200974:	544958b7          	lui	a7,0x54495
void sbi_set_timer(uint64 stime) { sbi_call(SBI_EXT_TIME, 0, stime, 0, 0); }
ffffffc080200978:	0800                	add	s0,sp,16
  register uint64 r1 __asm__("a1") = a1;
ffffffc08020097a:	4581                	li	a1,0
  register uint64 r2 __asm__("a2") = a2;
ffffffc08020097c:	4601                	li	a2,0
  register uint64 r6 __asm__("a6") = fid;
ffffffc08020097e:	4801                	li	a6,0
  register uint64 r7 __asm__("a7") = ext;
ffffffc080200980:	d4588893          	add	a7,a7,-699 # 54494d45 <KERNEL_PA-0x2bd6b2bb>
  __asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r6), "r"(r7) : "memory");
ffffffc080200984:	00000073          	ecall
void sbi_set_timer(uint64 stime) { sbi_call(SBI_EXT_TIME, 0, stime, 0, 0); }
ffffffc080200988:	6422                	ld	s0,8(sp)
ffffffc08020098a:	0141                	add	sp,sp,16
ffffffc08020098c:	8082                	ret

ffffffc08020098e <sbi_send_ipi>:

void sbi_send_ipi(uint64 hart_mask, uint64 hart_mask_base) {
ffffffc08020098e:	1141                	add	sp,sp,-16
ffffffc080200990:	e422                	sd	s0,8(sp)
  register uint64 r7 __asm__("a7") = ext;
ffffffc080200992:	007358b7          	lui	a7,0x735
void sbi_send_ipi(uint64 hart_mask, uint64 hart_mask_base) {
ffffffc080200996:	0800                	add	s0,sp,16
  register uint64 r2 __asm__("a2") = a2;
ffffffc080200998:	4601                	li	a2,0
  register uint64 r6 __asm__("a6") = fid;
ffffffc08020099a:	4801                	li	a6,0
  register uint64 r7 __asm__("a7") = ext;
ffffffc08020099c:	04988893          	add	a7,a7,73 # 735049 <KERNEL_PA-0x7facafb7>
  __asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r6), "r"(r7) : "memory");
ffffffc0802009a0:	00000073          	ecall
  sbi_call(SBI_EXT_IPI, 0, hart_mask, hart_mask_base, 0);
}
ffffffc0802009a4:	6422                	ld	s0,8(sp)
ffffffc0802009a6:	0141                	add	sp,sp,16
ffffffc0802009a8:	8082                	ret

ffffffc0802009aa <sbi_remote_sfence_vma>:

/* Fences the given harts' TLBs for [start, start+size); size -1 = all. */
void sbi_remote_sfence_vma(uint64 hart_mask, uint64 hart_mask_base, uint64 start, uint64 size) {
ffffffc0802009aa:	1141                	add	sp,sp,-16
ffffffc0802009ac:	e422                	sd	s0,8(sp)
  register uint64 r0 __asm__("a0") = hart_mask;
  register uint64 r1 __asm__("a1") = hart_mask_base;
  register uint64 r2 __asm__("a2") = start;
  register uint64 r3 __asm__("a3") = size;
  register uint64 r6 __asm__("a6") = 1;
  register uint64 r7 __asm__("a7") = SBI_EXT_RFENCE;
ffffffc0802009ae:	524658b7          	lui	a7,0x52465
void sbi_remote_sfence_vma(uint64 hart_mask, uint64 hart_mask_base, uint64 start, uint64 size) {
ffffffc0802009b2:	0800                	add	s0,sp,16
  register uint64 r6 __asm__("a6") = 1;
ffffffc0802009b4:	4805                	li	a6,1
  register uint64 r7 __asm__("a7") = SBI_EXT_RFENCE;
ffffffc0802009b6:	e4388893          	add	a7,a7,-445 # 52464e43 <KERNEL_PA-0x2dd9b1bd>
  __asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r3), "r"(r6), "r"(r7) : "memory");
ffffffc0802009ba:	00000073          	ecall
}
ffffffc0802009be:	6422                	ld	s0,8(sp)
ffffffc0802009c0:	0141                	add	sp,sp,16
ffffffc0802009c2:	8082                	ret

ffffffc0802009c4 <sbi_hart_start>:

long sbi_hart_start(uint64 hartid, uint64 start_pa, uint64 opaque) {
ffffffc0802009c4:	1141                	add	sp,sp,-16
ffffffc0802009c6:	e422                	sd	s0,8(sp)
  register uint64 r7 __asm__("a7") = ext;
ffffffc0802009c8:	004858b7          	lui	a7,0x485
long sbi_hart_start(uint64 hartid, uint64 start_pa, uint64 opaque) {
ffffffc0802009cc:	0800                	add	s0,sp,16
  register uint64 r6 __asm__("a6") = fid;
ffffffc0802009ce:	4801                	li	a6,0
  register uint64 r7 __asm__("a7") = ext;
ffffffc0802009d0:	34d88893          	add	a7,a7,845 # 48534d <KERNEL_PA-0x7fd7acb3>
  __asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r6), "r"(r7) : "memory");
ffffffc0802009d4:	00000073          	ecall
  return sbi_call(SBI_EXT_HSM, 0, hartid, start_pa, opaque).error;
}
ffffffc0802009d8:	6422                	ld	s0,8(sp)
ffffffc0802009da:	0141                	add	sp,sp,16
ffffffc0802009dc:	8082                	ret

ffffffc0802009de <sbi_shutdown>:

void sbi_shutdown(bool failure) {
ffffffc0802009de:	1141                	add	sp,sp,-16
ffffffc0802009e0:	e422                	sd	s0,8(sp)
  register uint64 r7 __asm__("a7") = ext;
ffffffc0802009e2:	535258b7          	lui	a7,0x53525
void sbi_shutdown(bool failure) {
ffffffc0802009e6:	0800                	add	s0,sp,16
ffffffc0802009e8:	85aa                	mv	a1,a0
  register uint64 r0 __asm__("a0") = a0;
ffffffc0802009ea:	4501                	li	a0,0
  register uint64 r2 __asm__("a2") = a2;
ffffffc0802009ec:	4601                	li	a2,0
  register uint64 r6 __asm__("a6") = fid;
ffffffc0802009ee:	4801                	li	a6,0
  register uint64 r7 __asm__("a7") = ext;
ffffffc0802009f0:	35488893          	add	a7,a7,852 # 53525354 <KERNEL_PA-0x2ccdacac>
  __asm__ volatile("ecall" : "+r"(r0), "+r"(r1) : "r"(r2), "r"(r6), "r"(r7) : "memory");
ffffffc0802009f4:	00000073          	ecall
  sbi_call(SBI_EXT_SRST, 0, 0, failure ? 1 : 0, 0);
  for (;;)
    __asm__ volatile("wfi");
ffffffc0802009f8:	10500073          	wfi
ffffffc0802009fc:	10500073          	wfi
  for (;;)
ffffffc080200a00:	bfe5                	j	ffffffc0802009f8 <sbi_shutdown+0x1a>

ffffffc080200a02 <swtch>:
 * callee-saved registers in old, loads them from new, and returns on new's
 * stack. */
.section .text
.globl swtch
swtch:
	sd ra, 0(a0)
ffffffc080200a02:	00153023          	sd	ra,0(a0)
	sd sp, 8(a0)
ffffffc080200a06:	00253423          	sd	sp,8(a0)
	sd s0, 16(a0)
ffffffc080200a0a:	e900                	sd	s0,16(a0)
	sd s1, 24(a0)
ffffffc080200a0c:	ed04                	sd	s1,24(a0)
	sd s2, 32(a0)
ffffffc080200a0e:	03253023          	sd	s2,32(a0)
	sd s3, 40(a0)
ffffffc080200a12:	03353423          	sd	s3,40(a0)
	sd s4, 48(a0)
ffffffc080200a16:	03453823          	sd	s4,48(a0)
	sd s5, 56(a0)
ffffffc080200a1a:	03553c23          	sd	s5,56(a0)
	sd s6, 64(a0)
ffffffc080200a1e:	05653023          	sd	s6,64(a0)
	sd s7, 72(a0)
ffffffc080200a22:	05753423          	sd	s7,72(a0)
	sd s8, 80(a0)
ffffffc080200a26:	05853823          	sd	s8,80(a0)
	sd s9, 88(a0)
ffffffc080200a2a:	05953c23          	sd	s9,88(a0)
	sd s10, 96(a0)
ffffffc080200a2e:	07a53023          	sd	s10,96(a0)
	sd s11, 104(a0)
ffffffc080200a32:	07b53423          	sd	s11,104(a0)
	ld ra, 0(a1)
ffffffc080200a36:	0005b083          	ld	ra,0(a1)
	ld sp, 8(a1)
ffffffc080200a3a:	0085b103          	ld	sp,8(a1)
	ld s0, 16(a1)
ffffffc080200a3e:	6980                	ld	s0,16(a1)
	ld s1, 24(a1)
ffffffc080200a40:	6d84                	ld	s1,24(a1)
	ld s2, 32(a1)
ffffffc080200a42:	0205b903          	ld	s2,32(a1)
	ld s3, 40(a1)
ffffffc080200a46:	0285b983          	ld	s3,40(a1)
	ld s4, 48(a1)
ffffffc080200a4a:	0305ba03          	ld	s4,48(a1)
	ld s5, 56(a1)
ffffffc080200a4e:	0385ba83          	ld	s5,56(a1)
	ld s6, 64(a1)
ffffffc080200a52:	0405bb03          	ld	s6,64(a1)
	ld s7, 72(a1)
ffffffc080200a56:	0485bb83          	ld	s7,72(a1)
	ld s8, 80(a1)
ffffffc080200a5a:	0505bc03          	ld	s8,80(a1)
	ld s9, 88(a1)
ffffffc080200a5e:	0585bc83          	ld	s9,88(a1)
	ld s10, 96(a1)
ffffffc080200a62:	0605bd03          	ld	s10,96(a1)
	ld s11, 104(a1)
ffffffc080200a66:	0685bd83          	ld	s11,104(a1)
	ret
ffffffc080200a6a:	8082                	ret

ffffffc080200a6c <tlb_flush_local>:
 * initiator with amoor.d.rl (publishes the request), cleared by the target
 * with amoand.d.rl after flushing (publishes the flush); both sides read it
 * with acquire. */
static uint64 pending[NCPU];

void tlb_flush_local(uint64 start, uint64 end) {
ffffffc080200a6c:	1141                	add	sp,sp,-16
ffffffc080200a6e:	e422                	sd	s0,8(sp)
ffffffc080200a70:	0800                	add	s0,sp,16
  if (end == TLB_FLUSH_EVERYTHING || (end - start) / PGSIZE > TLB_FLUSH_ALL_PAGES) {
ffffffc080200a72:	57fd                	li	a5,-1
ffffffc080200a74:	02f58863          	beq	a1,a5,ffffffc080200aa4 <tlb_flush_local+0x38>
ffffffc080200a78:	40a587b3          	sub	a5,a1,a0
ffffffc080200a7c:	6745                	lui	a4,0x11
ffffffc080200a7e:	02e7f363          	bgeu	a5,a4,ffffffc080200aa4 <tlb_flush_local+0x38>
ffffffc080200a82:	4685                	li	a3,1
    sfence_vma_all();
    stat_inc(VM_tlb_flush_all);
    return;
  }
  for (uint64 va = start; va < end; va += PGSIZE) {
ffffffc080200a84:	6705                	lui	a4,0x1
ffffffc080200a86:	00b57c63          	bgeu	a0,a1,ffffffc080200a9e <tlb_flush_local+0x32>
  __asm__ volatile("sfence.vma %0, zero" ::"r"(va) : "memory");
ffffffc080200a8a:	12050073          	sfence.vma	a0
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080200a8e:	8792                	mv	a5,tp
ffffffc080200a90:	32878793          	add	a5,a5,808
ffffffc080200a94:	00d7b02f          	amoadd.d	zero,a3,(a5)
ffffffc080200a98:	953a                	add	a0,a0,a4
ffffffc080200a9a:	feb568e3          	bltu	a0,a1,ffffffc080200a8a <tlb_flush_local+0x1e>
    sfence_vma_page(va);
    stat_inc(VM_tlb_flush_page);
  }
}
ffffffc080200a9e:	6422                	ld	s0,8(sp)
ffffffc080200aa0:	0141                	add	sp,sp,16
ffffffc080200aa2:	8082                	ret
static inline void sfence_vma_all(void) { __asm__ volatile("sfence.vma zero, zero" ::: "memory"); }
ffffffc080200aa4:	12000073          	sfence.vma
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080200aa8:	8792                	mv	a5,tp
ffffffc080200aaa:	4705                	li	a4,1
ffffffc080200aac:	33078793          	add	a5,a5,816
ffffffc080200ab0:	00e7b02f          	amoadd.d	zero,a4,(a5)
ffffffc080200ab4:	6422                	ld	s0,8(sp)
ffffffc080200ab6:	0141                	add	sp,sp,16
ffffffc080200ab8:	8082                	ret

ffffffc080200aba <tlb_poll>:

void tlb_poll(void) {
ffffffc080200aba:	7139                	add	sp,sp,-64
ffffffc080200abc:	f822                	sd	s0,48(sp)
ffffffc080200abe:	fc06                	sd	ra,56(sp)
ffffffc080200ac0:	f426                	sd	s1,40(sp)
ffffffc080200ac2:	f04a                	sd	s2,32(sp)
ffffffc080200ac4:	ec4e                	sd	s3,24(sp)
ffffffc080200ac6:	e852                	sd	s4,16(sp)
ffffffc080200ac8:	e456                	sd	s5,8(sp)
ffffffc080200aca:	e05a                	sd	s6,0(sp)
ffffffc080200acc:	0080                	add	s0,sp,64
ffffffc080200ace:	8792                	mv	a5,tp
  int me = mycpu()->id;
ffffffc080200ad0:	0807aa03          	lw	s4,128(a5)
  uint64 mine = __atomic_load_n(&pending[me], __ATOMIC_ACQUIRE);
ffffffc080200ad4:	00279a97          	auipc	s5,0x279
ffffffc080200ad8:	5eca8a93          	add	s5,s5,1516 # ffffffc08047a0c0 <pending>
ffffffc080200adc:	0a0e                	sll	s4,s4,0x3
ffffffc080200ade:	014a89b3          	add	s3,s5,s4
ffffffc080200ae2:	0009b903          	ld	s2,0(s3) # 1000 <KERNEL_PA-0x801ff000>
ffffffc080200ae6:	0ff0000f          	fence
  while (mine) {
ffffffc080200aea:	04090363          	beqz	s2,ffffffc080200b30 <tlb_poll+0x76>
ffffffc080200aee:	4b05                	li	s6,1
    int from = __builtin_ctzl(mine);
ffffffc080200af0:	854a                	mv	a0,s2
ffffffc080200af2:	668060ef          	jal	ffffffc08020715a <__ctzdi2>
ffffffc080200af6:	0005049b          	sext.w	s1,a0
    mine &= mine - 1;
    tlb_flush_local(mailbox[me][from].start, mailbox[me][from].end);
ffffffc080200afa:	009a07b3          	add	a5,s4,s1
ffffffc080200afe:	0792                	sll	a5,a5,0x4
ffffffc080200b00:	97d6                	add	a5,a5,s5
ffffffc080200b02:	67ac                	ld	a1,72(a5)
ffffffc080200b04:	63a8                	ld	a0,64(a5)
    mine &= mine - 1;
ffffffc080200b06:	fff90793          	add	a5,s2,-1 # ffffffffffefffff <kernel_end+0x3f7f840fff>
ffffffc080200b0a:	00f97933          	and	s2,s2,a5
    tlb_flush_local(mailbox[me][from].start, mailbox[me][from].end);
ffffffc080200b0e:	f5fff0ef          	jal	ffffffc080200a6c <tlb_flush_local>
ffffffc080200b12:	8792                	mv	a5,tp
ffffffc080200b14:	32078793          	add	a5,a5,800
ffffffc080200b18:	0167b02f          	amoadd.d	zero,s6,(a5)
    stat_inc(VM_ipis_received);
    __atomic_fetch_and(&pending[me], ~(1UL << from), __ATOMIC_RELEASE);
ffffffc080200b1c:	009b14b3          	sll	s1,s6,s1
ffffffc080200b20:	fff4c493          	not	s1,s1
ffffffc080200b24:	0f50000f          	fence	iorw,ow
ffffffc080200b28:	6099b02f          	amoand.d	zero,s1,(s3)
  while (mine) {
ffffffc080200b2c:	fc0912e3          	bnez	s2,ffffffc080200af0 <tlb_poll+0x36>
  }
}
ffffffc080200b30:	70e2                	ld	ra,56(sp)
ffffffc080200b32:	7442                	ld	s0,48(sp)
ffffffc080200b34:	74a2                	ld	s1,40(sp)
ffffffc080200b36:	7902                	ld	s2,32(sp)
ffffffc080200b38:	69e2                	ld	s3,24(sp)
ffffffc080200b3a:	6a42                	ld	s4,16(sp)
ffffffc080200b3c:	6aa2                	ld	s5,8(sp)
ffffffc080200b3e:	6b02                	ld	s6,0(sp)
ffffffc080200b40:	6121                	add	sp,sp,64
ffffffc080200b42:	8082                	ret

ffffffc080200b44 <tlb_set_mode>:

int tlb_set_mode(int m) { return __atomic_exchange_n(&mode, m, __ATOMIC_RELAXED); }
ffffffc080200b44:	1141                	add	sp,sp,-16
ffffffc080200b46:	e422                	sd	s0,8(sp)
ffffffc080200b48:	0800                	add	s0,sp,16
ffffffc080200b4a:	00279797          	auipc	a5,0x279
ffffffc080200b4e:	50678793          	add	a5,a5,1286 # ffffffc08047a050 <mode>
ffffffc080200b52:	08a7a52f          	amoswap.w	a0,a0,(a5)
ffffffc080200b56:	6422                	ld	s0,8(sp)
ffffffc080200b58:	2501                	sext.w	a0,a0
ffffffc080200b5a:	0141                	add	sp,sp,16
ffffffc080200b5c:	8082                	ret

ffffffc080200b5e <tlb_mode>:

int tlb_mode(void) { return __atomic_load_n(&mode, __ATOMIC_RELAXED); }
ffffffc080200b5e:	1141                	add	sp,sp,-16
ffffffc080200b60:	e422                	sd	s0,8(sp)
ffffffc080200b62:	0800                	add	s0,sp,16
ffffffc080200b64:	00279517          	auipc	a0,0x279
ffffffc080200b68:	4ec52503          	lw	a0,1260(a0) # ffffffc08047a050 <mode>
ffffffc080200b6c:	6422                	ld	s0,8(sp)
ffffffc080200b6e:	0141                	add	sp,sp,16
ffffffc080200b70:	8082                	ret

ffffffc080200b72 <tlb_shootdown>:
  else
    sbi_remote_sfence_vma(harts, 0, start, end - start);
  stat_inc(VM_shootdowns);
}

void tlb_shootdown(uint64 cpu_mask, uint64 start, uint64 end) {
ffffffc080200b72:	7159                	add	sp,sp,-112
ffffffc080200b74:	f0a2                	sd	s0,96(sp)
ffffffc080200b76:	eca6                	sd	s1,88(sp)
ffffffc080200b78:	e0d2                	sd	s4,64(sp)
ffffffc080200b7a:	fc56                	sd	s5,56(sp)
ffffffc080200b7c:	f486                	sd	ra,104(sp)
ffffffc080200b7e:	e8ca                	sd	s2,80(sp)
ffffffc080200b80:	e4ce                	sd	s3,72(sp)
ffffffc080200b82:	f85a                	sd	s6,48(sp)
ffffffc080200b84:	f45e                	sd	s7,40(sp)
ffffffc080200b86:	f062                	sd	s8,32(sp)
ffffffc080200b88:	ec66                	sd	s9,24(sp)
ffffffc080200b8a:	e86a                	sd	s10,16(sp)
ffffffc080200b8c:	e46e                	sd	s11,8(sp)
ffffffc080200b8e:	1880                	add	s0,sp,112
ffffffc080200b90:	8a2a                	mv	s4,a0
ffffffc080200b92:	84ae                	mv	s1,a1
ffffffc080200b94:	8ab2                	mv	s5,a2
  push_off();
ffffffc080200b96:	23d050ef          	jal	ffffffc0802065d2 <push_off>
ffffffc080200b9a:	8792                	mv	a5,tp
  int me = mycpu()->id;
ffffffc080200b9c:	0807ab03          	lw	s6,128(a5)
  cpu_mask &= ~(1UL << me);
ffffffc080200ba0:	4785                	li	a5,1
ffffffc080200ba2:	01679933          	sll	s2,a5,s6
ffffffc080200ba6:	fff94993          	not	s3,s2
ffffffc080200baa:	0149f9b3          	and	s3,s3,s4
  if (cpu_mask == 0) {
ffffffc080200bae:	0a098a63          	beqz	s3,ffffffc080200c62 <tlb_shootdown+0xf0>
int tlb_mode(void) { return __atomic_load_n(&mode, __ATOMIC_RELAXED); }
ffffffc080200bb2:	00279717          	auipc	a4,0x279
ffffffc080200bb6:	49e72703          	lw	a4,1182(a4) # ffffffc08047a050 <mode>
    pop_off();
    return;
  }
  if (tlb_mode() == TLB_SBI_RFENCE) {
ffffffc080200bba:	0cf70463          	beq	a4,a5,ffffffc080200c82 <tlb_shootdown+0x110>
ffffffc080200bbe:	8cce                	mv	s9,s3
    shootdown_rfence(cpu_mask, start, end);
    pop_off();
    return;
  }
  uint64 harts = 0;
ffffffc080200bc0:	4d81                	li	s11,0
ffffffc080200bc2:	002b3b97          	auipc	s7,0x2b3
ffffffc080200bc6:	e7eb8b93          	add	s7,s7,-386 # ffffffc0804b3a40 <cpus>
ffffffc080200bca:	00279a17          	auipc	s4,0x279
ffffffc080200bce:	4f6a0a13          	add	s4,s4,1270 # ffffffc08047a0c0 <pending>
  for (uint64 m = cpu_mask; m; m &= m - 1) {
    int t = __builtin_ctzl(m);
    mailbox[t][me].start = start;
    mailbox[t][me].end = end;
    __atomic_fetch_or(&pending[t], 1UL << me, __ATOMIC_RELEASE);
    harts |= 1UL << cpus[t].hartid;
ffffffc080200bd2:	34000c13          	li	s8,832
ffffffc080200bd6:	4d05                	li	s10,1
    int t = __builtin_ctzl(m);
ffffffc080200bd8:	8566                	mv	a0,s9
ffffffc080200bda:	580060ef          	jal	ffffffc08020715a <__ctzdi2>
ffffffc080200bde:	2501                	sext.w	a0,a0
    mailbox[t][me].start = start;
ffffffc080200be0:	00351713          	sll	a4,a0,0x3
ffffffc080200be4:	016707b3          	add	a5,a4,s6
ffffffc080200be8:	0792                	sll	a5,a5,0x4
ffffffc080200bea:	97d2                	add	a5,a5,s4
ffffffc080200bec:	e3a4                	sd	s1,64(a5)
    mailbox[t][me].end = end;
ffffffc080200bee:	0557b423          	sd	s5,72(a5)
    __atomic_fetch_or(&pending[t], 1UL << me, __ATOMIC_RELEASE);
ffffffc080200bf2:	00ea07b3          	add	a5,s4,a4
ffffffc080200bf6:	0f50000f          	fence	iorw,ow
ffffffc080200bfa:	4127b02f          	amoor.d	zero,s2,(a5)
    harts |= 1UL << cpus[t].hartid;
ffffffc080200bfe:	03850533          	mul	a0,a0,s8
ffffffc080200c02:	955e                	add	a0,a0,s7
ffffffc080200c04:	655c                	ld	a5,136(a0)
ffffffc080200c06:	00fd17b3          	sll	a5,s10,a5
ffffffc080200c0a:	00fdedb3          	or	s11,s11,a5
ffffffc080200c0e:	8792                	mv	a5,tp
ffffffc080200c10:	31878793          	add	a5,a5,792
ffffffc080200c14:	01a7b02f          	amoadd.d	zero,s10,(a5)
  for (uint64 m = cpu_mask; m; m &= m - 1) {
ffffffc080200c18:	fffc8793          	add	a5,s9,-1
ffffffc080200c1c:	00fcfcb3          	and	s9,s9,a5
ffffffc080200c20:	fa0c9ce3          	bnez	s9,ffffffc080200bd8 <tlb_shootdown+0x66>
    stat_inc(VM_ipis_sent);
  }
  sbi_send_ipi(harts, 0);
ffffffc080200c24:	4581                	li	a1,0
ffffffc080200c26:	856e                	mv	a0,s11
ffffffc080200c28:	d67ff0ef          	jal	ffffffc08020098e <sbi_send_ipi>
ffffffc080200c2c:	8792                	mv	a5,tp
ffffffc080200c2e:	31078793          	add	a5,a5,784
ffffffc080200c32:	01a7b02f          	amoadd.d	zero,s10,(a5)
  stat_inc(VM_shootdowns);
  for (uint64 m = cpu_mask; m; m &= m - 1) {
    int t = __builtin_ctzl(m);
ffffffc080200c36:	854e                	mv	a0,s3
ffffffc080200c38:	522060ef          	jal	ffffffc08020715a <__ctzdi2>
ffffffc080200c3c:	0005049b          	sext.w	s1,a0
    while (__atomic_load_n(&pending[t], __ATOMIC_ACQUIRE) & (1UL << me))
ffffffc080200c40:	048e                	sll	s1,s1,0x3
ffffffc080200c42:	94d2                	add	s1,s1,s4
ffffffc080200c44:	a019                	j	ffffffc080200c4a <tlb_shootdown+0xd8>
      tlb_poll();
ffffffc080200c46:	e75ff0ef          	jal	ffffffc080200aba <tlb_poll>
    while (__atomic_load_n(&pending[t], __ATOMIC_ACQUIRE) & (1UL << me))
ffffffc080200c4a:	609c                	ld	a5,0(s1)
ffffffc080200c4c:	0ff0000f          	fence
ffffffc080200c50:	00f977b3          	and	a5,s2,a5
ffffffc080200c54:	fbed                	bnez	a5,ffffffc080200c46 <tlb_shootdown+0xd4>
  for (uint64 m = cpu_mask; m; m &= m - 1) {
ffffffc080200c56:	fff98793          	add	a5,s3,-1
ffffffc080200c5a:	00f9f9b3          	and	s3,s3,a5
ffffffc080200c5e:	fc099ce3          	bnez	s3,ffffffc080200c36 <tlb_shootdown+0xc4>
  }
  pop_off();
}
ffffffc080200c62:	7406                	ld	s0,96(sp)
ffffffc080200c64:	70a6                	ld	ra,104(sp)
ffffffc080200c66:	64e6                	ld	s1,88(sp)
ffffffc080200c68:	6946                	ld	s2,80(sp)
ffffffc080200c6a:	69a6                	ld	s3,72(sp)
ffffffc080200c6c:	6a06                	ld	s4,64(sp)
ffffffc080200c6e:	7ae2                	ld	s5,56(sp)
ffffffc080200c70:	7b42                	ld	s6,48(sp)
ffffffc080200c72:	7ba2                	ld	s7,40(sp)
ffffffc080200c74:	7c02                	ld	s8,32(sp)
ffffffc080200c76:	6ce2                	ld	s9,24(sp)
ffffffc080200c78:	6d42                	ld	s10,16(sp)
ffffffc080200c7a:	6da2                	ld	s11,8(sp)
ffffffc080200c7c:	6165                	add	sp,sp,112
    pop_off();
ffffffc080200c7e:	17b0506f          	j	ffffffc0802065f8 <pop_off>
  uint64 harts = 0;
ffffffc080200c82:	4a01                	li	s4,0
ffffffc080200c84:	002b3b97          	auipc	s7,0x2b3
ffffffc080200c88:	dbcb8b93          	add	s7,s7,-580 # ffffffc0804b3a40 <cpus>
    harts |= 1UL << cpus[__builtin_ctzl(m)].hartid;
ffffffc080200c8c:	34000913          	li	s2,832
ffffffc080200c90:	4b05                	li	s6,1
ffffffc080200c92:	854e                	mv	a0,s3
ffffffc080200c94:	4c6060ef          	jal	ffffffc08020715a <__ctzdi2>
ffffffc080200c98:	0005079b          	sext.w	a5,a0
ffffffc080200c9c:	032787b3          	mul	a5,a5,s2
ffffffc080200ca0:	97de                	add	a5,a5,s7
ffffffc080200ca2:	67dc                	ld	a5,136(a5)
ffffffc080200ca4:	00fb17b3          	sll	a5,s6,a5
ffffffc080200ca8:	00fa6a33          	or	s4,s4,a5
ffffffc080200cac:	8792                	mv	a5,tp
ffffffc080200cae:	31878793          	add	a5,a5,792
ffffffc080200cb2:	0167b02f          	amoadd.d	zero,s6,(a5)
  for (uint64 m = cpu_mask; m; m &= m - 1) {
ffffffc080200cb6:	fff98793          	add	a5,s3,-1
ffffffc080200cba:	00f9f9b3          	and	s3,s3,a5
ffffffc080200cbe:	fc099ae3          	bnez	s3,ffffffc080200c92 <tlb_shootdown+0x120>
  if (end == TLB_FLUSH_EVERYTHING)
ffffffc080200cc2:	57fd                	li	a5,-1
ffffffc080200cc4:	02fa8063          	beq	s5,a5,ffffffc080200ce4 <tlb_shootdown+0x172>
    sbi_remote_sfence_vma(harts, 0, start, end - start);
ffffffc080200cc8:	409a86b3          	sub	a3,s5,s1
ffffffc080200ccc:	8626                	mv	a2,s1
ffffffc080200cce:	4581                	li	a1,0
ffffffc080200cd0:	8552                	mv	a0,s4
ffffffc080200cd2:	cd9ff0ef          	jal	ffffffc0802009aa <sbi_remote_sfence_vma>
ffffffc080200cd6:	8792                	mv	a5,tp
ffffffc080200cd8:	4705                	li	a4,1
ffffffc080200cda:	31078793          	add	a5,a5,784
ffffffc080200cde:	00e7b02f          	amoadd.d	zero,a4,(a5)
ffffffc080200ce2:	b741                	j	ffffffc080200c62 <tlb_shootdown+0xf0>
    sbi_remote_sfence_vma(harts, 0, 0, (uint64)-1);
ffffffc080200ce4:	56fd                	li	a3,-1
ffffffc080200ce6:	4601                	li	a2,0
ffffffc080200ce8:	4581                	li	a1,0
ffffffc080200cea:	8552                	mv	a0,s4
ffffffc080200cec:	cbfff0ef          	jal	ffffffc0802009aa <sbi_remote_sfence_vma>
ffffffc080200cf0:	b7dd                	j	ffffffc080200cd6 <tlb_shootdown+0x164>

ffffffc080200cf2 <handle_interrupt>:
  }
  sbi_set_timer(r_time() + tick_interval);
}

/* Handles an interrupt; returns true for a timer tick (time to yield). */
static bool handle_interrupt(uint64 scause) {
ffffffc080200cf2:	1101                	add	sp,sp,-32
ffffffc080200cf4:	e822                	sd	s0,16(sp)
ffffffc080200cf6:	ec06                	sd	ra,24(sp)
ffffffc080200cf8:	e426                	sd	s1,8(sp)
ffffffc080200cfa:	1000                	add	s0,sp,32
  switch (scause & ~SCAUSE_INTERRUPT) {
ffffffc080200cfc:	00151793          	sll	a5,a0,0x1
ffffffc080200d00:	8385                	srl	a5,a5,0x1
ffffffc080200d02:	4715                	li	a4,5
ffffffc080200d04:	00e78f63          	beq	a5,a4,ffffffc080200d22 <handle_interrupt+0x30>
ffffffc080200d08:	4725                	li	a4,9
ffffffc080200d0a:	06e78363          	beq	a5,a4,ffffffc080200d70 <handle_interrupt+0x7e>
ffffffc080200d0e:	4705                	li	a4,1
ffffffc080200d10:	04e78663          	beq	a5,a4,ffffffc080200d5c <handle_interrupt+0x6a>
    if (irq)
      plic_complete(mycpu()->hartid, irq);
    return false;
  }
  default:
    panic("unexpected interrupt, scause %p", (void *)scause);
ffffffc080200d14:	85aa                	mv	a1,a0
ffffffc080200d16:	00007517          	auipc	a0,0x7
ffffffc080200d1a:	3d250513          	add	a0,a0,978 # ffffffc0802080e8 <__func__.0+0x10>
ffffffc080200d1e:	533020ef          	jal	ffffffc080203a50 <panic>
  if (panicked)
ffffffc080200d22:	00279797          	auipc	a5,0x279
ffffffc080200d26:	35e7a783          	lw	a5,862(a5) # ffffffc08047a080 <panicked>
ffffffc080200d2a:	e785                	bnez	a5,ffffffc080200d52 <handle_interrupt+0x60>
ffffffc080200d2c:	8792                	mv	a5,tp
  if (mycpu()->id == 0) {
ffffffc080200d2e:	0807a783          	lw	a5,128(a5)
ffffffc080200d32:	c3bd                	beqz	a5,ffffffc080200d98 <handle_interrupt+0xa6>
static inline uint64 r_time(void) { return csr_read(time); }
ffffffc080200d34:	c0102573          	rdtime	a0
  sbi_set_timer(r_time() + tick_interval);
ffffffc080200d38:	00279797          	auipc	a5,0x279
ffffffc080200d3c:	3207b783          	ld	a5,800(a5) # ffffffc08047a058 <tick_interval>
ffffffc080200d40:	953e                	add	a0,a0,a5
ffffffc080200d42:	c2fff0ef          	jal	ffffffc080200970 <sbi_set_timer>
  }
}
ffffffc080200d46:	60e2                	ld	ra,24(sp)
ffffffc080200d48:	6442                	ld	s0,16(sp)
ffffffc080200d4a:	64a2                	ld	s1,8(sp)
    return true;
ffffffc080200d4c:	4505                	li	a0,1
}
ffffffc080200d4e:	6105                	add	sp,sp,32
ffffffc080200d50:	8082                	ret
}
static inline void wfi(void) { __asm__ volatile("wfi"); }
ffffffc080200d52:	10500073          	wfi
ffffffc080200d56:	10500073          	wfi
ffffffc080200d5a:	bfe5                	j	ffffffc080200d52 <handle_interrupt+0x60>
    csr_clear(sip, SIP_SSIP);
ffffffc080200d5c:	14417073          	csrc	sip,2
    tlb_poll();
ffffffc080200d60:	d5bff0ef          	jal	ffffffc080200aba <tlb_poll>
}
ffffffc080200d64:	60e2                	ld	ra,24(sp)
ffffffc080200d66:	6442                	ld	s0,16(sp)
ffffffc080200d68:	64a2                	ld	s1,8(sp)
    return false;
ffffffc080200d6a:	4501                	li	a0,0
}
ffffffc080200d6c:	6105                	add	sp,sp,32
ffffffc080200d6e:	8082                	ret
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080200d70:	8792                	mv	a5,tp
    int irq = plic_claim(mycpu()->hartid);
ffffffc080200d72:	67c8                	ld	a0,136(a5)
ffffffc080200d74:	ba0ff0ef          	jal	ffffffc080200114 <plic_claim>
ffffffc080200d78:	84aa                	mv	s1,a0
    if (irq == uart_irq())
ffffffc080200d7a:	7e6000ef          	jal	ffffffc080201560 <uart_irq>
ffffffc080200d7e:	00950963          	beq	a0,s1,ffffffc080200d90 <handle_interrupt+0x9e>
    if (irq)
ffffffc080200d82:	d0ed                	beqz	s1,ffffffc080200d64 <handle_interrupt+0x72>
ffffffc080200d84:	8792                	mv	a5,tp
      plic_complete(mycpu()->hartid, irq);
ffffffc080200d86:	67c8                	ld	a0,136(a5)
ffffffc080200d88:	85a6                	mv	a1,s1
ffffffc080200d8a:	bacff0ef          	jal	ffffffc080200136 <plic_complete>
ffffffc080200d8e:	bfd9                	j	ffffffc080200d64 <handle_interrupt+0x72>
      uart_intr();
ffffffc080200d90:	0f9000ef          	jal	ffffffc080201688 <uart_intr>
    if (irq)
ffffffc080200d94:	d8e1                	beqz	s1,ffffffc080200d64 <handle_interrupt+0x72>
ffffffc080200d96:	b7fd                	j	ffffffc080200d84 <handle_interrupt+0x92>
    spin_lock(&ticks_lock);
ffffffc080200d98:	00279517          	auipc	a0,0x279
ffffffc080200d9c:	76850513          	add	a0,a0,1896 # ffffffc08047a500 <ticks_lock>
ffffffc080200da0:	7a8050ef          	jal	ffffffc080206548 <spin_lock>
    ticks++;
ffffffc080200da4:	00279517          	auipc	a0,0x279
ffffffc080200da8:	2bc50513          	add	a0,a0,700 # ffffffc08047a060 <ticks>
ffffffc080200dac:	611c                	ld	a5,0(a0)
ffffffc080200dae:	0785                	add	a5,a5,1
ffffffc080200db0:	e11c                	sd	a5,0(a0)
    wakeup(&ticks);
ffffffc080200db2:	316050ef          	jal	ffffffc0802060c8 <wakeup>
    spin_unlock(&ticks_lock);
ffffffc080200db6:	00279517          	auipc	a0,0x279
ffffffc080200dba:	74a50513          	add	a0,a0,1866 # ffffffc08047a500 <ticks_lock>
ffffffc080200dbe:	085050ef          	jal	ffffffc080206642 <spin_unlock>
ffffffc080200dc2:	bf8d                	j	ffffffc080200d34 <handle_interrupt+0x42>

ffffffc080200dc4 <trap_init_hart>:
  csr_write(stvec, (uint64)trap_vector);
ffffffc080200dc4:	00000797          	auipc	a5,0x0
ffffffc080200dc8:	34c78793          	add	a5,a5,844 # ffffffc080201110 <trap_vector>
ffffffc080200dcc:	10579073          	csrw	stvec,a5
  csr_write(sscratch, 0);
ffffffc080200dd0:	14005073          	csrw	sscratch,0
  csr_write(scounteren, SCOUNTEREN_TM);
ffffffc080200dd4:	10615073          	csrw	scounteren,2
ffffffc080200dd8:	8792                	mv	a5,tp
  if (mycpu()->id == 0) {
ffffffc080200dda:	0807a783          	lw	a5,128(a5)
ffffffc080200dde:	cf89                	beqz	a5,ffffffc080200df8 <trap_init_hart+0x34>
  sbi_set_timer(r_time() + tick_interval);
ffffffc080200de0:	00279797          	auipc	a5,0x279
ffffffc080200de4:	2787b783          	ld	a5,632(a5) # ffffffc08047a058 <tick_interval>
  csr_set(sie, SIE_SSIE | SIE_STIE | SIE_SEIE);
ffffffc080200de8:	22200713          	li	a4,546
ffffffc080200dec:	10472073          	csrs	sie,a4
static inline uint64 r_time(void) { return csr_read(time); }
ffffffc080200df0:	c0102573          	rdtime	a0
  sbi_set_timer(r_time() + tick_interval);
ffffffc080200df4:	953e                	add	a0,a0,a5
ffffffc080200df6:	bead                	j	ffffffc080200970 <sbi_set_timer>
void trap_init_hart(void) {
ffffffc080200df8:	1141                	add	sp,sp,-16
ffffffc080200dfa:	e022                	sd	s0,0(sp)
ffffffc080200dfc:	e406                	sd	ra,8(sp)
ffffffc080200dfe:	0800                	add	s0,sp,16
    spin_init(&ticks_lock, "ticks");
ffffffc080200e00:	00007597          	auipc	a1,0x7
ffffffc080200e04:	30858593          	add	a1,a1,776 # ffffffc080208108 <__func__.0+0x30>
ffffffc080200e08:	00279517          	auipc	a0,0x279
ffffffc080200e0c:	6f850513          	add	a0,a0,1784 # ffffffc08047a500 <ticks_lock>
ffffffc080200e10:	722050ef          	jal	ffffffc080206532 <spin_init>
    tick_interval = machine.timebase_hz / TICK_HZ;
ffffffc080200e14:	06400713          	li	a4,100
ffffffc080200e18:	00293797          	auipc	a5,0x293
ffffffc080200e1c:	9307b783          	ld	a5,-1744(a5) # ffffffc080493748 <machine+0x58>
ffffffc080200e20:	02e7d7b3          	divu	a5,a5,a4
ffffffc080200e24:	00279717          	auipc	a4,0x279
ffffffc080200e28:	22f73a23          	sd	a5,564(a4) # ffffffc08047a058 <tick_interval>
  csr_set(sie, SIE_SSIE | SIE_STIE | SIE_SEIE);
ffffffc080200e2c:	22200713          	li	a4,546
ffffffc080200e30:	10472073          	csrs	sie,a4
ffffffc080200e34:	c0102573          	rdtime	a0
}
ffffffc080200e38:	6402                	ld	s0,0(sp)
ffffffc080200e3a:	60a2                	ld	ra,8(sp)
  sbi_set_timer(r_time() + tick_interval);
ffffffc080200e3c:	953e                	add	a0,a0,a5
}
ffffffc080200e3e:	0141                	add	sp,sp,16
  sbi_set_timer(r_time() + tick_interval);
ffffffc080200e40:	be05                	j	ffffffc080200970 <sbi_set_timer>

ffffffc080200e42 <ticks_now>:
uint64 ticks_now(void) {
ffffffc080200e42:	1101                	add	sp,sp,-32
ffffffc080200e44:	ec06                	sd	ra,24(sp)
ffffffc080200e46:	e822                	sd	s0,16(sp)
ffffffc080200e48:	e426                	sd	s1,8(sp)
ffffffc080200e4a:	1000                	add	s0,sp,32
  spin_lock(&ticks_lock);
ffffffc080200e4c:	00279497          	auipc	s1,0x279
ffffffc080200e50:	6b448493          	add	s1,s1,1716 # ffffffc08047a500 <ticks_lock>
ffffffc080200e54:	8526                	mv	a0,s1
ffffffc080200e56:	6f2050ef          	jal	ffffffc080206548 <spin_lock>
  spin_unlock(&ticks_lock);
ffffffc080200e5a:	8526                	mv	a0,s1
  uint64 t = ticks;
ffffffc080200e5c:	00279497          	auipc	s1,0x279
ffffffc080200e60:	2044b483          	ld	s1,516(s1) # ffffffc08047a060 <ticks>
  spin_unlock(&ticks_lock);
ffffffc080200e64:	7de050ef          	jal	ffffffc080206642 <spin_unlock>
}
ffffffc080200e68:	60e2                	ld	ra,24(sp)
ffffffc080200e6a:	6442                	ld	s0,16(sp)
ffffffc080200e6c:	8526                	mv	a0,s1
ffffffc080200e6e:	64a2                	ld	s1,8(sp)
ffffffc080200e70:	6105                	add	sp,sp,32
ffffffc080200e72:	8082                	ret

ffffffc080200e74 <ticks_sleep>:
int ticks_sleep(uint64 n) {
ffffffc080200e74:	7179                	add	sp,sp,-48
ffffffc080200e76:	f022                	sd	s0,32(sp)
ffffffc080200e78:	ec26                	sd	s1,24(sp)
ffffffc080200e7a:	e84a                	sd	s2,16(sp)
ffffffc080200e7c:	e052                	sd	s4,0(sp)
ffffffc080200e7e:	f406                	sd	ra,40(sp)
ffffffc080200e80:	e44e                	sd	s3,8(sp)
ffffffc080200e82:	1800                	add	s0,sp,48
ffffffc080200e84:	892a                	mv	s2,a0
  uint64 start = ticks;
ffffffc080200e86:	00279497          	auipc	s1,0x279
ffffffc080200e8a:	1da48493          	add	s1,s1,474 # ffffffc08047a060 <ticks>
  spin_lock(&ticks_lock);
ffffffc080200e8e:	00279517          	auipc	a0,0x279
ffffffc080200e92:	67250513          	add	a0,a0,1650 # ffffffc08047a500 <ticks_lock>
ffffffc080200e96:	6b2050ef          	jal	ffffffc080206548 <spin_lock>
  uint64 start = ticks;
ffffffc080200e9a:	0004ba03          	ld	s4,0(s1)
  while (ticks - start < n) {
ffffffc080200e9e:	04090363          	beqz	s2,ffffffc080200ee4 <ticks_sleep+0x70>
    sleep_on(&ticks, &ticks_lock);
ffffffc080200ea2:	00279997          	auipc	s3,0x279
ffffffc080200ea6:	65e98993          	add	s3,s3,1630 # ffffffc08047a500 <ticks_lock>
ffffffc080200eaa:	a801                	j	ffffffc080200eba <ticks_sleep+0x46>
ffffffc080200eac:	1cc050ef          	jal	ffffffc080206078 <sleep_on>
  while (ticks - start < n) {
ffffffc080200eb0:	609c                	ld	a5,0(s1)
ffffffc080200eb2:	414787b3          	sub	a5,a5,s4
ffffffc080200eb6:	0327f763          	bgeu	a5,s2,ffffffc080200ee4 <ticks_sleep+0x70>
    if (current_killed()) {
ffffffc080200eba:	6e5040ef          	jal	ffffffc080205d9e <current_killed>
ffffffc080200ebe:	87aa                	mv	a5,a0
    sleep_on(&ticks, &ticks_lock);
ffffffc080200ec0:	85ce                	mv	a1,s3
ffffffc080200ec2:	8526                	mv	a0,s1
    if (current_killed()) {
ffffffc080200ec4:	d7e5                	beqz	a5,ffffffc080200eac <ticks_sleep+0x38>
      spin_unlock(&ticks_lock);
ffffffc080200ec6:	00279517          	auipc	a0,0x279
ffffffc080200eca:	63a50513          	add	a0,a0,1594 # ffffffc08047a500 <ticks_lock>
ffffffc080200ece:	774050ef          	jal	ffffffc080206642 <spin_unlock>
}
ffffffc080200ed2:	70a2                	ld	ra,40(sp)
ffffffc080200ed4:	7402                	ld	s0,32(sp)
ffffffc080200ed6:	64e2                	ld	s1,24(sp)
ffffffc080200ed8:	6942                	ld	s2,16(sp)
ffffffc080200eda:	69a2                	ld	s3,8(sp)
ffffffc080200edc:	6a02                	ld	s4,0(sp)
      return -1;
ffffffc080200ede:	557d                	li	a0,-1
}
ffffffc080200ee0:	6145                	add	sp,sp,48
ffffffc080200ee2:	8082                	ret
  spin_unlock(&ticks_lock);
ffffffc080200ee4:	00279517          	auipc	a0,0x279
ffffffc080200ee8:	61c50513          	add	a0,a0,1564 # ffffffc08047a500 <ticks_lock>
ffffffc080200eec:	756050ef          	jal	ffffffc080206642 <spin_unlock>
}
ffffffc080200ef0:	70a2                	ld	ra,40(sp)
ffffffc080200ef2:	7402                	ld	s0,32(sp)
ffffffc080200ef4:	64e2                	ld	s1,24(sp)
ffffffc080200ef6:	6942                	ld	s2,16(sp)
ffffffc080200ef8:	69a2                	ld	s3,8(sp)
ffffffc080200efa:	6a02                	ld	s4,0(sp)
  return 0;
ffffffc080200efc:	4501                	li	a0,0
}
ffffffc080200efe:	6145                	add	sp,sp,48
ffffffc080200f00:	8082                	ret

ffffffc080200f02 <user_trap>:
  csr_set(sstatus, SSTATUS_SPIE);
}

/* Called by trap_vector with the user registers saved in tf; returns to
 * trap_vector, which resumes user mode (via user_return). */
void user_trap(struct trapframe *tf) {
ffffffc080200f02:	7139                	add	sp,sp,-64
ffffffc080200f04:	f822                	sd	s0,48(sp)
ffffffc080200f06:	f04a                	sd	s2,32(sp)
ffffffc080200f08:	fc06                	sd	ra,56(sp)
ffffffc080200f0a:	f426                	sd	s1,40(sp)
ffffffc080200f0c:	ec4e                	sd	s3,24(sp)
ffffffc080200f0e:	e852                	sd	s4,16(sp)
ffffffc080200f10:	e456                	sd	s5,8(sp)
ffffffc080200f12:	e05a                	sd	s6,0(sp)
ffffffc080200f14:	0080                	add	s0,sp,64
ffffffc080200f16:	892a                	mv	s2,a0
  uint64 scause = csr_read(scause), stval = csr_read(stval);
ffffffc080200f18:	142024f3          	csrr	s1,scause
ffffffc080200f1c:	14302af3          	csrr	s5,stval
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080200f20:	8792                	mv	a5,tp
  struct thread *t = mycpu()->thread; /* interrupts are still off */
ffffffc080200f22:	0007ba03          	ld	s4,0(a5)
  struct proc *p = t->proc;
ffffffc080200f26:	028a3983          	ld	s3,40(s4)
  bool yield = false;
  if (scause & SCAUSE_INTERRUPT) {
ffffffc080200f2a:	0604cf63          	bltz	s1,ffffffc080200fa8 <user_trap+0xa6>
    yield = handle_interrupt(scause);
  } else if (scause == SCAUSE_ECALL_U) {
ffffffc080200f2e:	4721                	li	a4,8
    tf->epc += 4;
ffffffc080200f30:	10053b03          	ld	s6,256(a0)
  } else if (scause == SCAUSE_ECALL_U) {
ffffffc080200f34:	0ce48863          	beq	s1,a4,ffffffc080201004 <user_trap+0x102>
    intr_on();
    syscall();
  } else if (scause == SCAUSE_STORE_PAGE_FAULT || scause == SCAUSE_LOAD_PAGE_FAULT ||
ffffffc080200f38:	47bd                	li	a5,15
ffffffc080200f3a:	0cf48163          	beq	s1,a5,ffffffc080200ffc <user_trap+0xfa>
ffffffc080200f3e:	4735                	li	a4,13
ffffffc080200f40:	00e48963          	beq	s1,a4,ffffffc080200f52 <user_trap+0x50>
ffffffc080200f44:	4731                	li	a4,12
ffffffc080200f46:	06e49e63          	bne	s1,a4,ffffffc080200fc2 <user_trap+0xc0>
static inline void intr_on(void) { csr_set(sstatus, SSTATUS_SIE); }
ffffffc080200f4a:	10016073          	csrs	sstatus,2
                    : scause == SCAUSE_INSN_PAGE_FAULT ? ACC_EXEC
ffffffc080200f4e:	4609                	li	a2,2
ffffffc080200f50:	a021                	j	ffffffc080200f58 <user_trap+0x56>
ffffffc080200f52:	10016073          	csrs	sstatus,2
ffffffc080200f56:	4601                	li	a2,0
  enum fault_result r = vm_fault(p->vm, stval, acc);
ffffffc080200f58:	0409b503          	ld	a0,64(s3)
ffffffc080200f5c:	85d6                	mv	a1,s5
ffffffc080200f5e:	300030ef          	jal	ffffffc08020425e <vm_fault>
ffffffc080200f62:	2501                	sext.w	a0,a0
  if (r == FAULT_OOM)
ffffffc080200f64:	4789                	li	a5,2
ffffffc080200f66:	0af50e63          	beq	a0,a5,ffffffc080201022 <user_trap+0x120>
  else if (r == FAULT_BAD_ADDRESS)
ffffffc080200f6a:	4785                	li	a5,1
ffffffc080200f6c:	0cf50463          	beq	a0,a5,ffffffc080201034 <user_trap+0x132>
    intr_on();
    user_page_fault(p, scause, stval, tf->epc);
  } else {
    kill_for_fault(p, scause, stval, tf->epc);
  }
  if (thread_must_exit(p, t))
ffffffc080200f70:	85d2                	mv	a1,s4
ffffffc080200f72:	854e                	mv	a0,s3
ffffffc080200f74:	60b040ef          	jal	ffffffc080205d7e <thread_must_exit>
ffffffc080200f78:	e155                	bnez	a0,ffffffc08020101c <user_trap+0x11a>
static inline void intr_off(void) { csr_clear(sstatus, SSTATUS_SIE); }
ffffffc080200f7a:	10017073          	csrc	sstatus,2
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080200f7e:	8792                	mv	a5,tp
  tf->kernel_tp = (uint64)mycpu();
ffffffc080200f80:	10f93423          	sd	a5,264(s2)
  csr_clear(sstatus, SSTATUS_SPP);
ffffffc080200f84:	10000793          	li	a5,256
ffffffc080200f88:	1007b073          	csrc	sstatus,a5
  csr_set(sstatus, SSTATUS_SPIE);
ffffffc080200f8c:	02000793          	li	a5,32
ffffffc080200f90:	1007a073          	csrs	sstatus,a5
    proc_exit(-1);
  if (yield)
    proc_yield();
  prepare_return(tf);
}
ffffffc080200f94:	70e2                	ld	ra,56(sp)
ffffffc080200f96:	7442                	ld	s0,48(sp)
ffffffc080200f98:	74a2                	ld	s1,40(sp)
ffffffc080200f9a:	7902                	ld	s2,32(sp)
ffffffc080200f9c:	69e2                	ld	s3,24(sp)
ffffffc080200f9e:	6a42                	ld	s4,16(sp)
ffffffc080200fa0:	6aa2                	ld	s5,8(sp)
ffffffc080200fa2:	6b02                	ld	s6,0(sp)
ffffffc080200fa4:	6121                	add	sp,sp,64
ffffffc080200fa6:	8082                	ret
    yield = handle_interrupt(scause);
ffffffc080200fa8:	8526                	mv	a0,s1
ffffffc080200faa:	d49ff0ef          	jal	ffffffc080200cf2 <handle_interrupt>
ffffffc080200fae:	84aa                	mv	s1,a0
  if (thread_must_exit(p, t))
ffffffc080200fb0:	85d2                	mv	a1,s4
ffffffc080200fb2:	854e                	mv	a0,s3
ffffffc080200fb4:	5cb040ef          	jal	ffffffc080205d7e <thread_must_exit>
ffffffc080200fb8:	e135                	bnez	a0,ffffffc08020101c <user_trap+0x11a>
  if (yield)
ffffffc080200fba:	d0e1                	beqz	s1,ffffffc080200f7a <user_trap+0x78>
    proc_yield();
ffffffc080200fbc:	08c050ef          	jal	ffffffc080206048 <proc_yield>
ffffffc080200fc0:	bf6d                	j	ffffffc080200f7a <user_trap+0x78>
  kprintf("pid %d (%s): killed: %s at %p (pc %p)\n", p->pid, p->name, cause_name(scause),
ffffffc080200fc2:	01c9a583          	lw	a1,28(s3)
ffffffc080200fc6:	0d098613          	add	a2,s3,208
ffffffc080200fca:	00007697          	auipc	a3,0x7
ffffffc080200fce:	14668693          	add	a3,a3,326 # ffffffc080208110 <__func__.0+0x38>
ffffffc080200fd2:	0097e963          	bltu	a5,s1,ffffffc080200fe4 <user_trap+0xe2>
ffffffc080200fd6:	048e                	sll	s1,s1,0x3
ffffffc080200fd8:	00007797          	auipc	a5,0x7
ffffffc080200fdc:	2d878793          	add	a5,a5,728 # ffffffc0802082b0 <CSWTCH.21>
ffffffc080200fe0:	97a6                	add	a5,a5,s1
ffffffc080200fe2:	6394                	ld	a3,0(a5)
ffffffc080200fe4:	87da                	mv	a5,s6
ffffffc080200fe6:	8756                	mv	a4,s5
ffffffc080200fe8:	00007517          	auipc	a0,0x7
ffffffc080200fec:	13850513          	add	a0,a0,312 # ffffffc080208120 <__func__.0+0x48>
ffffffc080200ff0:	21f020ef          	jal	ffffffc080203a0e <kprintf>
  proc_set_killed(p);
ffffffc080200ff4:	854e                	mv	a0,s3
ffffffc080200ff6:	53b040ef          	jal	ffffffc080205d30 <proc_set_killed>
ffffffc080200ffa:	bf9d                	j	ffffffc080200f70 <user_trap+0x6e>
static inline void intr_on(void) { csr_set(sstatus, SSTATUS_SIE); }
ffffffc080200ffc:	10016073          	csrs	sstatus,2
                    : scause == SCAUSE_INSN_PAGE_FAULT ? ACC_EXEC
ffffffc080201000:	4605                	li	a2,1
ffffffc080201002:	bf99                	j	ffffffc080200f58 <user_trap+0x56>
    tf->epc += 4;
ffffffc080201004:	0b11                	add	s6,s6,4
ffffffc080201006:	11653023          	sd	s6,256(a0)
ffffffc08020100a:	10016073          	csrs	sstatus,2
    syscall();
ffffffc08020100e:	02a060ef          	jal	ffffffc080207038 <syscall>
  if (thread_must_exit(p, t))
ffffffc080201012:	85d2                	mv	a1,s4
ffffffc080201014:	854e                	mv	a0,s3
ffffffc080201016:	569040ef          	jal	ffffffc080205d7e <thread_must_exit>
ffffffc08020101a:	d125                	beqz	a0,ffffffc080200f7a <user_trap+0x78>
    proc_exit(-1);
ffffffc08020101c:	557d                	li	a0,-1
ffffffc08020101e:	2ab040ef          	jal	ffffffc080205ac8 <proc_exit>
    current_kill_oom(stval);
ffffffc080201022:	8556                	mv	a0,s5
ffffffc080201024:	5e3040ef          	jal	ffffffc080205e06 <current_kill_oom>
  if (thread_must_exit(p, t))
ffffffc080201028:	85d2                	mv	a1,s4
ffffffc08020102a:	854e                	mv	a0,s3
ffffffc08020102c:	553040ef          	jal	ffffffc080205d7e <thread_must_exit>
ffffffc080201030:	d529                	beqz	a0,ffffffc080200f7a <user_trap+0x78>
ffffffc080201032:	b7ed                	j	ffffffc08020101c <user_trap+0x11a>
  kprintf("pid %d (%s): killed: %s at %p (pc %p)\n", p->pid, p->name, cause_name(scause),
ffffffc080201034:	47bd                	li	a5,15
ffffffc080201036:	01c9a583          	lw	a1,28(s3)
ffffffc08020103a:	0d098613          	add	a2,s3,208
ffffffc08020103e:	00007697          	auipc	a3,0x7
ffffffc080201042:	0d268693          	add	a3,a3,210 # ffffffc080208110 <__func__.0+0x38>
ffffffc080201046:	f897efe3          	bltu	a5,s1,ffffffc080200fe4 <user_trap+0xe2>
ffffffc08020104a:	b771                	j	ffffffc080200fd6 <user_trap+0xd4>

ffffffc08020104c <user_trap_return>:

void user_trap_return(void) {
ffffffc08020104c:	1141                	add	sp,sp,-16
ffffffc08020104e:	e022                	sd	s0,0(sp)
ffffffc080201050:	e406                	sd	ra,8(sp)
ffffffc080201052:	0800                	add	s0,sp,16
  struct trapframe *tf = curthread()->tf;
ffffffc080201054:	601040ef          	jal	ffffffc080205e54 <curthread>
ffffffc080201058:	6128                	ld	a0,64(a0)
static inline void intr_off(void) { csr_clear(sstatus, SSTATUS_SIE); }
ffffffc08020105a:	10017073          	csrc	sstatus,2
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc08020105e:	8792                	mv	a5,tp
  tf->kernel_tp = (uint64)mycpu();
ffffffc080201060:	10f53423          	sd	a5,264(a0)
  csr_clear(sstatus, SSTATUS_SPP);
ffffffc080201064:	10000793          	li	a5,256
ffffffc080201068:	1007b073          	csrc	sstatus,a5
  csr_set(sstatus, SSTATUS_SPIE);
ffffffc08020106c:	02000793          	li	a5,32
ffffffc080201070:	1007a073          	csrs	sstatus,a5
  prepare_return(tf);
  user_return(tf);
ffffffc080201074:	154000ef          	jal	ffffffc0802011c8 <user_return>

ffffffc080201078 <kernel_trap>:
}

/* Called by trap_vector for traps taken in supervisor mode. */
void kernel_trap(void) {
ffffffc080201078:	1101                	add	sp,sp,-32
ffffffc08020107a:	e822                	sd	s0,16(sp)
ffffffc08020107c:	ec06                	sd	ra,24(sp)
ffffffc08020107e:	e426                	sd	s1,8(sp)
ffffffc080201080:	e04a                	sd	s2,0(sp)
ffffffc080201082:	1000                	add	s0,sp,32
  uint64 sepc = csr_read(sepc), sstatus = csr_read(sstatus), scause = csr_read(scause);
ffffffc080201084:	14102973          	csrr	s2,sepc
ffffffc080201088:	100024f3          	csrr	s1,sstatus
ffffffc08020108c:	14202673          	csrr	a2,scause
  if (!(sstatus & SSTATUS_SPP))
ffffffc080201090:	1004f793          	and	a5,s1,256
ffffffc080201094:	cb9d                	beqz	a5,ffffffc0802010ca <kernel_trap+0x52>
    panic("kernel_trap: not from supervisor mode");
  if (!(scause & SCAUSE_INTERRUPT))
ffffffc080201096:	04065063          	bgez	a2,ffffffc0802010d6 <kernel_trap+0x5e>
    panic("kernel trap: %s (scause %lu) at pc %p, stval %p", cause_name(scause), scause,
          (void *)sepc, (void *)csr_read(stval));
  bool tick = handle_interrupt(scause);
ffffffc08020109a:	8532                	mv	a0,a2
ffffffc08020109c:	c57ff0ef          	jal	ffffffc080200cf2 <handle_interrupt>
ffffffc0802010a0:	8792                	mv	a5,tp
  struct thread *t = mycpu()->thread;
  if (tick && t && t->state == T_RUNNING)
ffffffc0802010a2:	c519                	beqz	a0,ffffffc0802010b0 <kernel_trap+0x38>
  struct thread *t = mycpu()->thread;
ffffffc0802010a4:	639c                	ld	a5,0(a5)
  if (tick && t && t->state == T_RUNNING)
ffffffc0802010a6:	c789                	beqz	a5,ffffffc0802010b0 <kernel_trap+0x38>
ffffffc0802010a8:	4f98                	lw	a4,24(a5)
ffffffc0802010aa:	4791                	li	a5,4
ffffffc0802010ac:	00f70c63          	beq	a4,a5,ffffffc0802010c4 <kernel_trap+0x4c>
    proc_yield();
  /* A yield may have run other traps; restore ours. */
  csr_write(sepc, sepc);
ffffffc0802010b0:	14191073          	csrw	sepc,s2
  csr_write(sstatus, sstatus);
ffffffc0802010b4:	10049073          	csrw	sstatus,s1
}
ffffffc0802010b8:	60e2                	ld	ra,24(sp)
ffffffc0802010ba:	6442                	ld	s0,16(sp)
ffffffc0802010bc:	64a2                	ld	s1,8(sp)
ffffffc0802010be:	6902                	ld	s2,0(sp)
ffffffc0802010c0:	6105                	add	sp,sp,32
ffffffc0802010c2:	8082                	ret
    proc_yield();
ffffffc0802010c4:	785040ef          	jal	ffffffc080206048 <proc_yield>
ffffffc0802010c8:	b7e5                	j	ffffffc0802010b0 <kernel_trap+0x38>
    panic("kernel_trap: not from supervisor mode");
ffffffc0802010ca:	00007517          	auipc	a0,0x7
ffffffc0802010ce:	07e50513          	add	a0,a0,126 # ffffffc080208148 <__func__.0+0x70>
ffffffc0802010d2:	17f020ef          	jal	ffffffc080203a50 <panic>
  switch (scause) {
ffffffc0802010d6:	47bd                	li	a5,15
  if (!(scause & SCAUSE_INTERRUPT))
ffffffc0802010d8:	00007597          	auipc	a1,0x7
ffffffc0802010dc:	03858593          	add	a1,a1,56 # ffffffc080208110 <__func__.0+0x38>
ffffffc0802010e0:	00c7ea63          	bltu	a5,a2,ffffffc0802010f4 <kernel_trap+0x7c>
ffffffc0802010e4:	00361713          	sll	a4,a2,0x3
ffffffc0802010e8:	00007797          	auipc	a5,0x7
ffffffc0802010ec:	1c878793          	add	a5,a5,456 # ffffffc0802082b0 <CSWTCH.21>
ffffffc0802010f0:	97ba                	add	a5,a5,a4
ffffffc0802010f2:	638c                	ld	a1,0(a5)
          (void *)sepc, (void *)csr_read(stval));
ffffffc0802010f4:	14302773          	csrr	a4,stval
    panic("kernel trap: %s (scause %lu) at pc %p, stval %p", cause_name(scause), scause,
ffffffc0802010f8:	00007517          	auipc	a0,0x7
ffffffc0802010fc:	07850513          	add	a0,a0,120 # ffffffc080208170 <__func__.0+0x98>
ffffffc080201100:	86ca                	mv	a3,s2
ffffffc080201102:	14f020ef          	jal	ffffffc080203a50 <panic>
	...

ffffffc080201110 <trap_vector>:

.section .text
.globl trap_vector
.align 4
trap_vector:
	csrrw sp, sscratch, sp
ffffffc080201110:	14011173          	csrrw	sp,sscratch,sp
	bnez sp, from_user
ffffffc080201114:	06011063          	bnez	sp,ffffffc080201174 <from_user>
	/* From the kernel: put sp back, keep sscratch 0. */
	csrrw sp, sscratch, sp
ffffffc080201118:	14011173          	csrrw	sp,sscratch,sp
	addi sp, sp, -144
ffffffc08020111c:	7175                	add	sp,sp,-144
	sd ra, 0(sp)
ffffffc08020111e:	e006                	sd	ra,0(sp)
	sd t0, 8(sp)
ffffffc080201120:	e416                	sd	t0,8(sp)
	sd t1, 16(sp)
ffffffc080201122:	e81a                	sd	t1,16(sp)
	sd t2, 24(sp)
ffffffc080201124:	ec1e                	sd	t2,24(sp)
	sd a0, 32(sp)
ffffffc080201126:	f02a                	sd	a0,32(sp)
	sd a1, 40(sp)
ffffffc080201128:	f42e                	sd	a1,40(sp)
	sd a2, 48(sp)
ffffffc08020112a:	f832                	sd	a2,48(sp)
	sd a3, 56(sp)
ffffffc08020112c:	fc36                	sd	a3,56(sp)
	sd a4, 64(sp)
ffffffc08020112e:	e0ba                	sd	a4,64(sp)
	sd a5, 72(sp)
ffffffc080201130:	e4be                	sd	a5,72(sp)
	sd a6, 80(sp)
ffffffc080201132:	e8c2                	sd	a6,80(sp)
	sd a7, 88(sp)
ffffffc080201134:	ecc6                	sd	a7,88(sp)
	sd t3, 96(sp)
ffffffc080201136:	f0f2                	sd	t3,96(sp)
	sd t4, 104(sp)
ffffffc080201138:	f4f6                	sd	t4,104(sp)
	sd t5, 112(sp)
ffffffc08020113a:	f8fa                	sd	t5,112(sp)
	sd t6, 120(sp)
ffffffc08020113c:	fcfe                	sd	t6,120(sp)
	sd s0, 128(sp)
ffffffc08020113e:	e122                	sd	s0,128(sp)
	csrr t0, sepc
ffffffc080201140:	141022f3          	csrr	t0,sepc
	sd t0, 136(sp)
ffffffc080201144:	e516                	sd	t0,136(sp)
	/* A frame record (fp, ra=sepc) so backtraces cross the trap. */
	addi s0, sp, 144
ffffffc080201146:	0900                	add	s0,sp,144
	call kernel_trap
ffffffc080201148:	f31ff0ef          	jal	ffffffc080201078 <kernel_trap>
	ld ra, 0(sp)
ffffffc08020114c:	6082                	ld	ra,0(sp)
	ld t0, 8(sp)
ffffffc08020114e:	62a2                	ld	t0,8(sp)
	ld t1, 16(sp)
ffffffc080201150:	6342                	ld	t1,16(sp)
	ld t2, 24(sp)
ffffffc080201152:	63e2                	ld	t2,24(sp)
	ld a0, 32(sp)
ffffffc080201154:	7502                	ld	a0,32(sp)
	ld a1, 40(sp)
ffffffc080201156:	75a2                	ld	a1,40(sp)
	ld a2, 48(sp)
ffffffc080201158:	7642                	ld	a2,48(sp)
	ld a3, 56(sp)
ffffffc08020115a:	76e2                	ld	a3,56(sp)
	ld a4, 64(sp)
ffffffc08020115c:	6706                	ld	a4,64(sp)
	ld a5, 72(sp)
ffffffc08020115e:	67a6                	ld	a5,72(sp)
	ld a6, 80(sp)
ffffffc080201160:	6846                	ld	a6,80(sp)
	ld a7, 88(sp)
ffffffc080201162:	68e6                	ld	a7,88(sp)
	ld t3, 96(sp)
ffffffc080201164:	7e06                	ld	t3,96(sp)
	ld t4, 104(sp)
ffffffc080201166:	7ea6                	ld	t4,104(sp)
	ld t5, 112(sp)
ffffffc080201168:	7f46                	ld	t5,112(sp)
	ld t6, 120(sp)
ffffffc08020116a:	7fe6                	ld	t6,120(sp)
	ld s0, 128(sp)
ffffffc08020116c:	640a                	ld	s0,128(sp)
	addi sp, sp, 144
ffffffc08020116e:	6149                	add	sp,sp,144
	sret
ffffffc080201170:	10200073          	sret

ffffffc080201174 <from_user>:

from_user:
	/* sp = trapframe, sscratch = user sp. */
	sd x1, 8(sp)
ffffffc080201174:	e406                	sd	ra,8(sp)
	sd x3, 24(sp)
ffffffc080201176:	ec0e                	sd	gp,24(sp)
	sd x4, 32(sp)
ffffffc080201178:	f012                	sd	tp,32(sp)
	sd x5, 40(sp)
ffffffc08020117a:	f416                	sd	t0,40(sp)
	sd x6, 48(sp)
ffffffc08020117c:	f81a                	sd	t1,48(sp)
	sd x7, 56(sp)
ffffffc08020117e:	fc1e                	sd	t2,56(sp)
	sd x8, 64(sp)
ffffffc080201180:	e0a2                	sd	s0,64(sp)
	sd x9, 72(sp)
ffffffc080201182:	e4a6                	sd	s1,72(sp)
	sd x10, 80(sp)
ffffffc080201184:	e8aa                	sd	a0,80(sp)
	sd x11, 88(sp)
ffffffc080201186:	ecae                	sd	a1,88(sp)
	sd x12, 96(sp)
ffffffc080201188:	f0b2                	sd	a2,96(sp)
	sd x13, 104(sp)
ffffffc08020118a:	f4b6                	sd	a3,104(sp)
	sd x14, 112(sp)
ffffffc08020118c:	f8ba                	sd	a4,112(sp)
	sd x15, 120(sp)
ffffffc08020118e:	fcbe                	sd	a5,120(sp)
	sd x16, 128(sp)
ffffffc080201190:	e142                	sd	a6,128(sp)
	sd x17, 136(sp)
ffffffc080201192:	e546                	sd	a7,136(sp)
	sd x18, 144(sp)
ffffffc080201194:	e94a                	sd	s2,144(sp)
	sd x19, 152(sp)
ffffffc080201196:	ed4e                	sd	s3,152(sp)
	sd x20, 160(sp)
ffffffc080201198:	f152                	sd	s4,160(sp)
	sd x21, 168(sp)
ffffffc08020119a:	f556                	sd	s5,168(sp)
	sd x22, 176(sp)
ffffffc08020119c:	f95a                	sd	s6,176(sp)
	sd x23, 184(sp)
ffffffc08020119e:	fd5e                	sd	s7,184(sp)
	sd x24, 192(sp)
ffffffc0802011a0:	e1e2                	sd	s8,192(sp)
	sd x25, 200(sp)
ffffffc0802011a2:	e5e6                	sd	s9,200(sp)
	sd x26, 208(sp)
ffffffc0802011a4:	e9ea                	sd	s10,208(sp)
	sd x27, 216(sp)
ffffffc0802011a6:	edee                	sd	s11,216(sp)
	sd x28, 224(sp)
ffffffc0802011a8:	f1f2                	sd	t3,224(sp)
	sd x29, 232(sp)
ffffffc0802011aa:	f5f6                	sd	t4,232(sp)
	sd x30, 240(sp)
ffffffc0802011ac:	f9fa                	sd	t5,240(sp)
	sd x31, 248(sp)
ffffffc0802011ae:	fdfe                	sd	t6,248(sp)
	csrrw t0, sscratch, zero
ffffffc0802011b0:	140012f3          	csrrw	t0,sscratch,zero
	sd t0, 16(sp)
ffffffc0802011b4:	e816                	sd	t0,16(sp)
	csrr t0, sepc
ffffffc0802011b6:	141022f3          	csrr	t0,sepc
	sd t0, TF_EPC(sp)
ffffffc0802011ba:	e216                	sd	t0,256(sp)
	ld tp, TF_KTP(sp)
ffffffc0802011bc:	6232                	ld	tp,264(sp)
	li s0, 0
ffffffc0802011be:	4401                	li	s0,0
	mv a0, sp
ffffffc0802011c0:	850a                	mv	a0,sp
	call user_trap
ffffffc0802011c2:	d41ff0ef          	jal	ffffffc080200f02 <user_trap>
	/* user_trap returns with interrupts off, ready to go back. */
	mv a0, sp
ffffffc0802011c6:	850a                	mv	a0,sp

ffffffc0802011c8 <user_return>:

/* Returns to user mode with the registers in trapframe a0. Caller has set
 * sepc-independent state: sstatus.SPP = 0, SPIE = 1, and tf->kernel_tp. */
.globl user_return
user_return:
	mv sp, a0
ffffffc0802011c8:	812a                	mv	sp,a0
	csrw sscratch, sp
ffffffc0802011ca:	14011073          	csrw	sscratch,sp
	ld t0, TF_EPC(sp)
ffffffc0802011ce:	6292                	ld	t0,256(sp)
	csrw sepc, t0
ffffffc0802011d0:	14129073          	csrw	sepc,t0
	ld x1, 8(sp)
ffffffc0802011d4:	60a2                	ld	ra,8(sp)
	ld x3, 24(sp)
ffffffc0802011d6:	61e2                	ld	gp,24(sp)
	ld x4, 32(sp)
ffffffc0802011d8:	7202                	ld	tp,32(sp)
	ld x5, 40(sp)
ffffffc0802011da:	72a2                	ld	t0,40(sp)
	ld x6, 48(sp)
ffffffc0802011dc:	7342                	ld	t1,48(sp)
	ld x7, 56(sp)
ffffffc0802011de:	73e2                	ld	t2,56(sp)
	ld x8, 64(sp)
ffffffc0802011e0:	6406                	ld	s0,64(sp)
	ld x9, 72(sp)
ffffffc0802011e2:	64a6                	ld	s1,72(sp)
	ld x10, 80(sp)
ffffffc0802011e4:	6546                	ld	a0,80(sp)
	ld x11, 88(sp)
ffffffc0802011e6:	65e6                	ld	a1,88(sp)
	ld x12, 96(sp)
ffffffc0802011e8:	7606                	ld	a2,96(sp)
	ld x13, 104(sp)
ffffffc0802011ea:	76a6                	ld	a3,104(sp)
	ld x14, 112(sp)
ffffffc0802011ec:	7746                	ld	a4,112(sp)
	ld x15, 120(sp)
ffffffc0802011ee:	77e6                	ld	a5,120(sp)
	ld x16, 128(sp)
ffffffc0802011f0:	680a                	ld	a6,128(sp)
	ld x17, 136(sp)
ffffffc0802011f2:	68aa                	ld	a7,136(sp)
	ld x18, 144(sp)
ffffffc0802011f4:	694a                	ld	s2,144(sp)
	ld x19, 152(sp)
ffffffc0802011f6:	69ea                	ld	s3,152(sp)
	ld x20, 160(sp)
ffffffc0802011f8:	7a0a                	ld	s4,160(sp)
	ld x21, 168(sp)
ffffffc0802011fa:	7aaa                	ld	s5,168(sp)
	ld x22, 176(sp)
ffffffc0802011fc:	7b4a                	ld	s6,176(sp)
	ld x23, 184(sp)
ffffffc0802011fe:	7bea                	ld	s7,184(sp)
	ld x24, 192(sp)
ffffffc080201200:	6c0e                	ld	s8,192(sp)
	ld x25, 200(sp)
ffffffc080201202:	6cae                	ld	s9,200(sp)
	ld x26, 208(sp)
ffffffc080201204:	6d4e                	ld	s10,208(sp)
	ld x27, 216(sp)
ffffffc080201206:	6dee                	ld	s11,216(sp)
	ld x28, 224(sp)
ffffffc080201208:	7e0e                	ld	t3,224(sp)
	ld x29, 232(sp)
ffffffc08020120a:	7eae                	ld	t4,232(sp)
	ld x30, 240(sp)
ffffffc08020120c:	7f4e                	ld	t5,240(sp)
	ld x31, 248(sp)
ffffffc08020120e:	7fee                	ld	t6,248(sp)
	ld x2, 16(sp)
ffffffc080201210:	6142                	ld	sp,16(sp)
	sret
ffffffc080201212:	10200073          	sret
ffffffc080201216:	0000                	unimp
	...

ffffffc08020121a <console_write>:
} cons;

/* Writes n bytes from user address addr to the UART. Returns the count,
 * or -1 if none could be copied. */
static int console_write(uint64 addr, int n)
{
ffffffc08020121a:	7131                	add	sp,sp,-192
ffffffc08020121c:	f922                	sd	s0,176(sp)
ffffffc08020121e:	fd06                	sd	ra,184(sp)
ffffffc080201220:	f526                	sd	s1,168(sp)
ffffffc080201222:	f14a                	sd	s2,160(sp)
ffffffc080201224:	ed4e                	sd	s3,152(sp)
ffffffc080201226:	e952                	sd	s4,144(sp)
ffffffc080201228:	e556                	sd	s5,136(sp)
ffffffc08020122a:	e15a                	sd	s6,128(sp)
ffffffc08020122c:	0180                	add	s0,sp,192
  char kbuf[CONS_CHUNK];
  int done = 0;
  while (done < n) {
ffffffc08020122e:	06b05363          	blez	a1,ffffffc080201294 <console_write+0x7a>
ffffffc080201232:	8a2e                	mv	s4,a1
ffffffc080201234:	8aaa                	mv	s5,a0
  int done = 0;
ffffffc080201236:	4481                	li	s1,0
    int m = n - done < CONS_CHUNK ? n - done : CONS_CHUNK;
ffffffc080201238:	08000b13          	li	s6,128
ffffffc08020123c:	a039                	j	ffffffc08020124a <console_write+0x30>
    if (copyin(kbuf, addr + done, m) < 0)
      return done > 0 ? done : -1;
    uart_write(kbuf, m);
    done += m;
ffffffc08020123e:	009984bb          	addw	s1,s3,s1
    uart_write(kbuf, m);
ffffffc080201242:	3ba000ef          	jal	ffffffc0802015fc <uart_write>
  while (done < n) {
ffffffc080201246:	0344da63          	bge	s1,s4,ffffffc08020127a <console_write+0x60>
    int m = n - done < CONS_CHUNK ? n - done : CONS_CHUNK;
ffffffc08020124a:	409a093b          	subw	s2,s4,s1
ffffffc08020124e:	89ca                	mv	s3,s2
    if (copyin(kbuf, addr + done, m) < 0)
ffffffc080201250:	015485b3          	add	a1,s1,s5
ffffffc080201254:	f4040513          	add	a0,s0,-192
    int m = n - done < CONS_CHUNK ? n - done : CONS_CHUNK;
ffffffc080201258:	012b5663          	bge	s6,s2,ffffffc080201264 <console_write+0x4a>
ffffffc08020125c:	08000913          	li	s2,128
ffffffc080201260:	08000993          	li	s3,128
    if (copyin(kbuf, addr + done, m) < 0)
ffffffc080201264:	864a                	mv	a2,s2
ffffffc080201266:	58c030ef          	jal	ffffffc0802047f2 <copyin>
ffffffc08020126a:	87aa                	mv	a5,a0
    uart_write(kbuf, m);
ffffffc08020126c:	85ca                	mv	a1,s2
ffffffc08020126e:	f4040513          	add	a0,s0,-192
    if (copyin(kbuf, addr + done, m) < 0)
ffffffc080201272:	fc07d6e3          	bgez	a5,ffffffc08020123e <console_write+0x24>
      return done > 0 ? done : -1;
ffffffc080201276:	00905d63          	blez	s1,ffffffc080201290 <console_write+0x76>
  }
  return done;
}
ffffffc08020127a:	70ea                	ld	ra,184(sp)
ffffffc08020127c:	744a                	ld	s0,176(sp)
ffffffc08020127e:	790a                	ld	s2,160(sp)
ffffffc080201280:	69ea                	ld	s3,152(sp)
ffffffc080201282:	6a4a                	ld	s4,144(sp)
ffffffc080201284:	6aaa                	ld	s5,136(sp)
ffffffc080201286:	6b0a                	ld	s6,128(sp)
ffffffc080201288:	8526                	mv	a0,s1
ffffffc08020128a:	74aa                	ld	s1,168(sp)
ffffffc08020128c:	6129                	add	sp,sp,192
ffffffc08020128e:	8082                	ret
      return done > 0 ? done : -1;
ffffffc080201290:	54fd                	li	s1,-1
ffffffc080201292:	b7e5                	j	ffffffc08020127a <console_write+0x60>
  int done = 0;
ffffffc080201294:	4481                	li	s1,0
ffffffc080201296:	b7d5                	j	ffffffc08020127a <console_write+0x60>

ffffffc080201298 <console_read>:

/* Waits for a committed line (or end of input), then copies up to n bytes
 * of it to user address addr. Returns the count, 0 at end of input, or -1
 * if killed or nothing could be copied out. */
static int console_read(uint64 addr, int n)
{
ffffffc080201298:	7171                	add	sp,sp,-176
ffffffc08020129a:	f122                	sd	s0,160(sp)
ffffffc08020129c:	ed26                	sd	s1,152(sp)
ffffffc08020129e:	e94a                	sd	s2,144(sp)
ffffffc0802012a0:	e152                	sd	s4,128(sp)
  char kbuf[CONS_CHUNK];
  spin_lock(&cons.lock);
ffffffc0802012a2:	00279497          	auipc	s1,0x279
ffffffc0802012a6:	27648493          	add	s1,s1,630 # ffffffc08047a518 <cons>
{
ffffffc0802012aa:	f506                	sd	ra,168(sp)
ffffffc0802012ac:	e54e                	sd	s3,136(sp)
ffffffc0802012ae:	1900                	add	s0,sp,176
ffffffc0802012b0:	892a                	mv	s2,a0
  spin_lock(&cons.lock);
ffffffc0802012b2:	8526                	mv	a0,s1
{
ffffffc0802012b4:	8a2e                	mv	s4,a1
  spin_lock(&cons.lock);
ffffffc0802012b6:	292050ef          	jal	ffffffc080206548 <spin_lock>
  while (cons.r == cons.w) {
ffffffc0802012ba:	6cd4                	ld	a3,152(s1)
ffffffc0802012bc:	0a04b803          	ld	a6,160(s1)
ffffffc0802012c0:	02d81c63          	bne	a6,a3,ffffffc0802012f8 <console_read+0x60>
    if (current_killed()) {
      spin_unlock(&cons.lock);
      return -1;
    }
    sleep_on(&cons.r, &cons.lock);
ffffffc0802012c4:	00279997          	auipc	s3,0x279
ffffffc0802012c8:	2ec98993          	add	s3,s3,748 # ffffffc08047a5b0 <cons+0x98>
ffffffc0802012cc:	a801                	j	ffffffc0802012dc <console_read+0x44>
ffffffc0802012ce:	5ab040ef          	jal	ffffffc080206078 <sleep_on>
  while (cons.r == cons.w) {
ffffffc0802012d2:	6cd4                	ld	a3,152(s1)
ffffffc0802012d4:	0a04b803          	ld	a6,160(s1)
ffffffc0802012d8:	03069063          	bne	a3,a6,ffffffc0802012f8 <console_read+0x60>
    if (current_killed()) {
ffffffc0802012dc:	2c3040ef          	jal	ffffffc080205d9e <current_killed>
ffffffc0802012e0:	87aa                	mv	a5,a0
    sleep_on(&cons.r, &cons.lock);
ffffffc0802012e2:	85a6                	mv	a1,s1
ffffffc0802012e4:	854e                	mv	a0,s3
    if (current_killed()) {
ffffffc0802012e6:	d7e5                	beqz	a5,ffffffc0802012ce <console_read+0x36>
      spin_unlock(&cons.lock);
ffffffc0802012e8:	00279517          	auipc	a0,0x279
ffffffc0802012ec:	23050513          	add	a0,a0,560 # ffffffc08047a518 <cons>
ffffffc0802012f0:	352050ef          	jal	ffffffc080206642 <spin_unlock>
      return -1;
ffffffc0802012f4:	59fd                	li	s3,-1
ffffffc0802012f6:	a095                	j	ffffffc08020135a <console_read+0xc2>
  }
  int m = console_take(kbuf, n < CONS_CHUNK ? n : CONS_CHUNK);
ffffffc0802012f8:	08000793          	li	a5,128
ffffffc0802012fc:	000a061b          	sext.w	a2,s4
ffffffc080201300:	0747c663          	blt	a5,s4,ffffffc08020136c <console_read+0xd4>
  while (m < max && cons.r != cons.w) {
ffffffc080201304:	8736                	mv	a4,a3
ffffffc080201306:	4581                	li	a1,0
  int m = 0;
ffffffc080201308:	4981                	li	s3,0
    if (c == CTRL('D')) {
ffffffc08020130a:	4511                	li	a0,4
    if (c == '\n')
ffffffc08020130c:	4329                	li	t1,10
  while (m < max && cons.r != cons.w) {
ffffffc08020130e:	a831                	j	ffffffc08020132a <console_read+0x92>
ffffffc080201310:	08e80063          	beq	a6,a4,ffffffc080201390 <console_read+0xf8>
    char c = cons.buf[cons.r % INPUT_SIZE];
ffffffc080201314:	0188c883          	lbu	a7,24(a7)
    if (c == CTRL('D')) {
ffffffc080201318:	08a88063          	beq	a7,a0,ffffffc080201398 <console_read+0x100>
    dst[m++] = c;
ffffffc08020131c:	01178023          	sb	a7,0(a5)
ffffffc080201320:	2985                	addw	s3,s3,1
    cons.r++;
ffffffc080201322:	0705                	add	a4,a4,1
    if (c == '\n')
ffffffc080201324:	4585                	li	a1,1
ffffffc080201326:	04688663          	beq	a7,t1,ffffffc080201372 <console_read+0xda>
    char c = cons.buf[cons.r % INPUT_SIZE];
ffffffc08020132a:	07f77793          	and	a5,a4,127
ffffffc08020132e:	00f488b3          	add	a7,s1,a5
    dst[m++] = c;
ffffffc080201332:	f5040a13          	add	s4,s0,-176
ffffffc080201336:	40d707b3          	sub	a5,a4,a3
ffffffc08020133a:	97d2                	add	a5,a5,s4
  while (m < max && cons.r != cons.w) {
ffffffc08020133c:	fcc9cae3          	blt	s3,a2,ffffffc080201310 <console_read+0x78>
ffffffc080201340:	c191                	beqz	a1,ffffffc080201344 <console_read+0xac>
ffffffc080201342:	ecd8                	sd	a4,152(s1)
  spin_unlock(&cons.lock);
ffffffc080201344:	00279517          	auipc	a0,0x279
ffffffc080201348:	1d450513          	add	a0,a0,468 # ffffffc08047a518 <cons>
ffffffc08020134c:	2f6050ef          	jal	ffffffc080206642 <spin_unlock>
  if (m > 0 && copyout(addr, kbuf, m) < 0)
ffffffc080201350:	f5040a13          	add	s4,s0,-176
ffffffc080201354:	02099663          	bnez	s3,ffffffc080201380 <console_read+0xe8>
      return -1;
ffffffc080201358:	4981                	li	s3,0
    return -1;
  return m;
}
ffffffc08020135a:	70aa                	ld	ra,168(sp)
ffffffc08020135c:	740a                	ld	s0,160(sp)
ffffffc08020135e:	64ea                	ld	s1,152(sp)
ffffffc080201360:	694a                	ld	s2,144(sp)
ffffffc080201362:	6a0a                	ld	s4,128(sp)
ffffffc080201364:	854e                	mv	a0,s3
ffffffc080201366:	69aa                	ld	s3,136(sp)
ffffffc080201368:	614d                	add	sp,sp,176
ffffffc08020136a:	8082                	ret
  int m = console_take(kbuf, n < CONS_CHUNK ? n : CONS_CHUNK);
ffffffc08020136c:	08000613          	li	a2,128
ffffffc080201370:	bf51                	j	ffffffc080201304 <console_read+0x6c>
  spin_unlock(&cons.lock);
ffffffc080201372:	00279517          	auipc	a0,0x279
ffffffc080201376:	1a650513          	add	a0,a0,422 # ffffffc08047a518 <cons>
ffffffc08020137a:	ecd8                	sd	a4,152(s1)
ffffffc08020137c:	2c6050ef          	jal	ffffffc080206642 <spin_unlock>
  if (m > 0 && copyout(addr, kbuf, m) < 0)
ffffffc080201380:	864e                	mv	a2,s3
ffffffc080201382:	85d2                	mv	a1,s4
ffffffc080201384:	854a                	mv	a0,s2
ffffffc080201386:	3a8030ef          	jal	ffffffc08020472e <copyout>
ffffffc08020138a:	fc0558e3          	bgez	a0,ffffffc08020135a <console_read+0xc2>
ffffffc08020138e:	b79d                	j	ffffffc0802012f4 <console_read+0x5c>
ffffffc080201390:	d9d5                	beqz	a1,ffffffc080201344 <console_read+0xac>
ffffffc080201392:	0904bc23          	sd	a6,152(s1)
ffffffc080201396:	b77d                	j	ffffffc080201344 <console_read+0xac>
ffffffc080201398:	c191                	beqz	a1,ffffffc08020139c <console_read+0x104>
ffffffc08020139a:	ecd8                	sd	a4,152(s1)
      if (m == 0)
ffffffc08020139c:	00098b63          	beqz	s3,ffffffc0802013b2 <console_read+0x11a>
  spin_unlock(&cons.lock);
ffffffc0802013a0:	00279517          	auipc	a0,0x279
ffffffc0802013a4:	17850513          	add	a0,a0,376 # ffffffc08047a518 <cons>
ffffffc0802013a8:	29a050ef          	jal	ffffffc080206642 <spin_unlock>
  if (m > 0 && copyout(addr, kbuf, m) < 0)
ffffffc0802013ac:	f5040a13          	add	s4,s0,-176
ffffffc0802013b0:	bfc1                	j	ffffffc080201380 <console_read+0xe8>
        cons.r++;
ffffffc0802013b2:	0705                	add	a4,a4,1
  spin_unlock(&cons.lock);
ffffffc0802013b4:	00279517          	auipc	a0,0x279
ffffffc0802013b8:	16450513          	add	a0,a0,356 # ffffffc08047a518 <cons>
        cons.r++;
ffffffc0802013bc:	ecd8                	sd	a4,152(s1)
  spin_unlock(&cons.lock);
ffffffc0802013be:	284050ef          	jal	ffffffc080206642 <spin_unlock>
  if (m > 0 && copyout(addr, kbuf, m) < 0)
ffffffc0802013c2:	bf59                	j	ffffffc080201358 <console_read+0xc0>

ffffffc0802013c4 <console_intr>:
  }
}

/* See console.h. */
void console_intr(int c)
{
ffffffc0802013c4:	7139                	add	sp,sp,-64
ffffffc0802013c6:	f822                	sd	s0,48(sp)
ffffffc0802013c8:	f426                	sd	s1,40(sp)
ffffffc0802013ca:	f04a                	sd	s2,32(sp)
ffffffc0802013cc:	fc06                	sd	ra,56(sp)
ffffffc0802013ce:	ec4e                	sd	s3,24(sp)
ffffffc0802013d0:	0080                	add	s0,sp,64
  spin_lock(&cons.lock);
ffffffc0802013d2:	00279497          	auipc	s1,0x279
ffffffc0802013d6:	14648493          	add	s1,s1,326 # ffffffc08047a518 <cons>
{
ffffffc0802013da:	892a                	mv	s2,a0
  spin_lock(&cons.lock);
ffffffc0802013dc:	8526                	mv	a0,s1
ffffffc0802013de:	16a050ef          	jal	ffffffc080206548 <spin_lock>
  switch (c) {
ffffffc0802013e2:	47d5                	li	a5,21
ffffffc0802013e4:	08f90a63          	beq	s2,a5,ffffffc080201478 <console_intr+0xb4>
ffffffc0802013e8:	07f00793          	li	a5,127
ffffffc0802013ec:	06f90863          	beq	s2,a5,ffffffc08020145c <console_intr+0x98>
ffffffc0802013f0:	4721                	li	a4,8
ffffffc0802013f2:	06e90563          	beq	s2,a4,ffffffc08020145c <console_intr+0x98>
  if (c == 0 || cons.e - cons.r >= INPUT_SIZE)
ffffffc0802013f6:	04090763          	beqz	s2,ffffffc080201444 <console_intr+0x80>
ffffffc0802013fa:	74d8                	ld	a4,168(s1)
ffffffc0802013fc:	6cd4                	ld	a3,152(s1)
ffffffc0802013fe:	40d706b3          	sub	a3,a4,a3
ffffffc080201402:	04d7e163          	bltu	a5,a3,ffffffc080201444 <console_intr+0x80>
  if (c == '\r')
ffffffc080201406:	47b5                	li	a5,13
ffffffc080201408:	08f90b63          	beq	s2,a5,ffffffc08020149e <console_intr+0xda>
  if (c != CTRL('D'))
ffffffc08020140c:	4791                	li	a5,4
ffffffc08020140e:	0af90163          	beq	s2,a5,ffffffc0802014b0 <console_intr+0xec>
    char ch = c;
ffffffc080201412:	0ff97993          	zext.b	s3,s2
    uart_write(&ch, 1);
ffffffc080201416:	4585                	li	a1,1
ffffffc080201418:	fcf40513          	add	a0,s0,-49
    char ch = c;
ffffffc08020141c:	fd3407a3          	sb	s3,-49(s0)
    uart_write(&ch, 1);
ffffffc080201420:	1dc000ef          	jal	ffffffc0802015fc <uart_write>
  cons.buf[cons.e++ % INPUT_SIZE] = c;
ffffffc080201424:	74d8                	ld	a4,168(s1)
  if (c == '\n' || c == CTRL('D') || cons.e - cons.r == INPUT_SIZE) {
ffffffc080201426:	46a9                	li	a3,10
  cons.buf[cons.e++ % INPUT_SIZE] = c;
ffffffc080201428:	07f77793          	and	a5,a4,127
ffffffc08020142c:	97a6                	add	a5,a5,s1
ffffffc08020142e:	0705                	add	a4,a4,1
ffffffc080201430:	f4d8                	sd	a4,168(s1)
ffffffc080201432:	01378c23          	sb	s3,24(a5)
  if (c == '\n' || c == CTRL('D') || cons.e - cons.r == INPUT_SIZE) {
ffffffc080201436:	08d90463          	beq	s2,a3,ffffffc0802014be <console_intr+0xfa>
ffffffc08020143a:	6cdc                	ld	a5,152(s1)
ffffffc08020143c:	f8070693          	add	a3,a4,-128
ffffffc080201440:	06f68f63          	beq	a3,a5,ffffffc0802014be <console_intr+0xfa>
  default:
    console_append(c);
    break;
  }
  spin_unlock(&cons.lock);
}
ffffffc080201444:	7442                	ld	s0,48(sp)
ffffffc080201446:	70e2                	ld	ra,56(sp)
ffffffc080201448:	74a2                	ld	s1,40(sp)
ffffffc08020144a:	7902                	ld	s2,32(sp)
ffffffc08020144c:	69e2                	ld	s3,24(sp)
  spin_unlock(&cons.lock);
ffffffc08020144e:	00279517          	auipc	a0,0x279
ffffffc080201452:	0ca50513          	add	a0,a0,202 # ffffffc08047a518 <cons>
}
ffffffc080201456:	6121                	add	sp,sp,64
  spin_unlock(&cons.lock);
ffffffc080201458:	1ea0506f          	j	ffffffc080206642 <spin_unlock>
  if (cons.e != cons.w) {
ffffffc08020145c:	74dc                	ld	a5,168(s1)
ffffffc08020145e:	70d8                	ld	a4,160(s1)
ffffffc080201460:	fee782e3          	beq	a5,a4,ffffffc080201444 <console_intr+0x80>
    cons.e--;
ffffffc080201464:	17fd                	add	a5,a5,-1
    uart_write("\b \b", 3);
ffffffc080201466:	458d                	li	a1,3
ffffffc080201468:	00007517          	auipc	a0,0x7
ffffffc08020146c:	ec850513          	add	a0,a0,-312 # ffffffc080208330 <CSWTCH.21+0x80>
    cons.e--;
ffffffc080201470:	f4dc                	sd	a5,168(s1)
    uart_write("\b \b", 3);
ffffffc080201472:	18a000ef          	jal	ffffffc0802015fc <uart_write>
ffffffc080201476:	b7f9                	j	ffffffc080201444 <console_intr+0x80>
    while (cons.e != cons.w) /* the edited line holds no newline */
ffffffc080201478:	74dc                	ld	a5,168(s1)
ffffffc08020147a:	70d8                	ld	a4,160(s1)
    uart_write("\b \b", 3);
ffffffc08020147c:	00007917          	auipc	s2,0x7
ffffffc080201480:	eb490913          	add	s2,s2,-332 # ffffffc080208330 <CSWTCH.21+0x80>
    while (cons.e != cons.w) /* the edited line holds no newline */
ffffffc080201484:	fcf700e3          	beq	a4,a5,ffffffc080201444 <console_intr+0x80>
    cons.e--;
ffffffc080201488:	17fd                	add	a5,a5,-1
    uart_write("\b \b", 3);
ffffffc08020148a:	458d                	li	a1,3
ffffffc08020148c:	854a                	mv	a0,s2
    cons.e--;
ffffffc08020148e:	f4dc                	sd	a5,168(s1)
    uart_write("\b \b", 3);
ffffffc080201490:	16c000ef          	jal	ffffffc0802015fc <uart_write>
    while (cons.e != cons.w) /* the edited line holds no newline */
ffffffc080201494:	74dc                	ld	a5,168(s1)
ffffffc080201496:	70d8                	ld	a4,160(s1)
ffffffc080201498:	fee798e3          	bne	a5,a4,ffffffc080201488 <console_intr+0xc4>
ffffffc08020149c:	b765                	j	ffffffc080201444 <console_intr+0x80>
    char ch = c;
ffffffc08020149e:	4929                	li	s2,10
    uart_write(&ch, 1);
ffffffc0802014a0:	4585                	li	a1,1
ffffffc0802014a2:	fcf40513          	add	a0,s0,-49
    char ch = c;
ffffffc0802014a6:	fd2407a3          	sb	s2,-49(s0)
    uart_write(&ch, 1);
ffffffc0802014aa:	152000ef          	jal	ffffffc0802015fc <uart_write>
  cons.buf[cons.e++ % INPUT_SIZE] = c;
ffffffc0802014ae:	74d8                	ld	a4,168(s1)
ffffffc0802014b0:	07f77793          	and	a5,a4,127
ffffffc0802014b4:	0705                	add	a4,a4,1
ffffffc0802014b6:	97a6                	add	a5,a5,s1
ffffffc0802014b8:	f4d8                	sd	a4,168(s1)
ffffffc0802014ba:	01278c23          	sb	s2,24(a5)
    wakeup(&cons.r);
ffffffc0802014be:	00279517          	auipc	a0,0x279
ffffffc0802014c2:	0f250513          	add	a0,a0,242 # ffffffc08047a5b0 <cons+0x98>
    cons.w = cons.e;
ffffffc0802014c6:	f0d8                	sd	a4,160(s1)
    wakeup(&cons.r);
ffffffc0802014c8:	401040ef          	jal	ffffffc0802060c8 <wakeup>
ffffffc0802014cc:	bfa5                	j	ffffffc080201444 <console_intr+0x80>

ffffffc0802014ce <console_init>:

/* See console.h. */
void console_init(void)
{
ffffffc0802014ce:	1141                	add	sp,sp,-16
ffffffc0802014d0:	e022                	sd	s0,0(sp)
ffffffc0802014d2:	e406                	sd	ra,8(sp)
ffffffc0802014d4:	0800                	add	s0,sp,16
  spin_init(&cons.lock, "console");
ffffffc0802014d6:	00007597          	auipc	a1,0x7
ffffffc0802014da:	e6258593          	add	a1,a1,-414 # ffffffc080208338 <CSWTCH.21+0x88>
ffffffc0802014de:	00279517          	auipc	a0,0x279
ffffffc0802014e2:	03a50513          	add	a0,a0,58 # ffffffc08047a518 <cons>
ffffffc0802014e6:	04c050ef          	jal	ffffffc080206532 <spin_init>
  dev_register(CONSOLE_MAJOR, console_read, console_write);
}
ffffffc0802014ea:	6402                	ld	s0,0(sp)
ffffffc0802014ec:	60a2                	ld	ra,8(sp)
  dev_register(CONSOLE_MAJOR, console_read, console_write);
ffffffc0802014ee:	00000617          	auipc	a2,0x0
ffffffc0802014f2:	d2c60613          	add	a2,a2,-724 # ffffffc08020121a <console_write>
ffffffc0802014f6:	00000597          	auipc	a1,0x0
ffffffc0802014fa:	da258593          	add	a1,a1,-606 # ffffffc080201298 <console_read>
ffffffc0802014fe:	4505                	li	a0,1
}
ffffffc080201500:	0141                	add	sp,sp,16
  dev_register(CONSOLE_MAJOR, console_read, console_write);
ffffffc080201502:	20b0006f          	j	ffffffc080201f0c <dev_register>

ffffffc080201506 <uart_init>:
static volatile uint8 *uart_regs; /* written once at boot */
static int uart_irq_num;          /* written once at boot */
static struct spinlock out_lock;  /* serialises all console output */
static bool panic_mode;           /* set once by panic; then no locking */

void uart_init(uint64 base_pa, int irq) {
ffffffc080201506:	1101                	add	sp,sp,-32
  uart_regs = P2V(base_pa);
ffffffc080201508:	57fd                	li	a5,-1
void uart_init(uint64 base_pa, int irq) {
ffffffc08020150a:	e822                	sd	s0,16(sp)
ffffffc08020150c:	e426                	sd	s1,8(sp)
ffffffc08020150e:	ec06                	sd	ra,24(sp)
ffffffc080201510:	1000                	add	s0,sp,32
  uart_regs = P2V(base_pa);
ffffffc080201512:	179a                	sll	a5,a5,0x26
ffffffc080201514:	97aa                	add	a5,a5,a0
void uart_init(uint64 base_pa, int irq) {
ffffffc080201516:	872e                	mv	a4,a1
  uart_regs = P2V(base_pa);
ffffffc080201518:	00279497          	auipc	s1,0x279
ffffffc08020151c:	b5848493          	add	s1,s1,-1192 # ffffffc08047a070 <uart_regs>
  uart_irq_num = irq;
  spin_init(&out_lock, "uart_out");
ffffffc080201520:	00007597          	auipc	a1,0x7
ffffffc080201524:	e2058593          	add	a1,a1,-480 # ffffffc080208340 <CSWTCH.21+0x90>
ffffffc080201528:	00279517          	auipc	a0,0x279
ffffffc08020152c:	0a050513          	add	a0,a0,160 # ffffffc08047a5c8 <out_lock>
  uart_regs = P2V(base_pa);
ffffffc080201530:	e09c                	sd	a5,0(s1)
  uart_irq_num = irq;
ffffffc080201532:	00279797          	auipc	a5,0x279
ffffffc080201536:	b2e7ad23          	sw	a4,-1222(a5) # ffffffc08047a06c <uart_irq_num>
  spin_init(&out_lock, "uart_out");
ffffffc08020153a:	7f9040ef          	jal	ffffffc080206532 <spin_init>
  uart_regs[IER] = 0;
ffffffc08020153e:	609c                	ld	a5,0(s1)
  uart_regs[LCR] = LCR_8N1;
ffffffc080201540:	470d                	li	a4,3
  uart_regs[IER] = 0;
ffffffc080201542:	000780a3          	sb	zero,1(a5)
  uart_regs[LCR] = LCR_8N1;
ffffffc080201546:	00e781a3          	sb	a4,3(a5)
  uart_regs[FCR] = FCR_ENABLE_CLEAR;
ffffffc08020154a:	471d                	li	a4,7
ffffffc08020154c:	00e78123          	sb	a4,2(a5)
  uart_regs[IER] = IER_RX;
ffffffc080201550:	4705                	li	a4,1
ffffffc080201552:	00e780a3          	sb	a4,1(a5)
}
ffffffc080201556:	60e2                	ld	ra,24(sp)
ffffffc080201558:	6442                	ld	s0,16(sp)
ffffffc08020155a:	64a2                	ld	s1,8(sp)
ffffffc08020155c:	6105                	add	sp,sp,32
ffffffc08020155e:	8082                	ret

ffffffc080201560 <uart_irq>:

int uart_irq(void) { return uart_irq_num; }
ffffffc080201560:	1141                	add	sp,sp,-16
ffffffc080201562:	e422                	sd	s0,8(sp)
ffffffc080201564:	0800                	add	s0,sp,16
ffffffc080201566:	6422                	ld	s0,8(sp)
ffffffc080201568:	00279517          	auipc	a0,0x279
ffffffc08020156c:	b0452503          	lw	a0,-1276(a0) # ffffffc08047a06c <uart_irq_num>
ffffffc080201570:	0141                	add	sp,sp,16
ffffffc080201572:	8082                	ret

ffffffc080201574 <uart_putc_locked>:

void uart_putc_locked(int c) {
ffffffc080201574:	1141                	add	sp,sp,-16
ffffffc080201576:	e422                	sd	s0,8(sp)
ffffffc080201578:	0800                	add	s0,sp,16
  while ((uart_regs[LSR] & LSR_TX_IDLE) == 0)
ffffffc08020157a:	00279717          	auipc	a4,0x279
ffffffc08020157e:	af673703          	ld	a4,-1290(a4) # ffffffc08047a070 <uart_regs>
ffffffc080201582:	00574783          	lbu	a5,5(a4)
ffffffc080201586:	0207f793          	and	a5,a5,32
ffffffc08020158a:	dfe5                	beqz	a5,ffffffc080201582 <uart_putc_locked+0xe>
    ;
  uart_regs[THR] = (uint8)c;
ffffffc08020158c:	0ff57513          	zext.b	a0,a0
ffffffc080201590:	00a70023          	sb	a0,0(a4)
}
ffffffc080201594:	6422                	ld	s0,8(sp)
ffffffc080201596:	0141                	add	sp,sp,16
ffffffc080201598:	8082                	ret

ffffffc08020159a <uart_lock>:

void uart_lock(void) {
ffffffc08020159a:	1141                	add	sp,sp,-16
ffffffc08020159c:	e422                	sd	s0,8(sp)
ffffffc08020159e:	0800                	add	s0,sp,16
  if (!panic_mode)
ffffffc0802015a0:	00279797          	auipc	a5,0x279
ffffffc0802015a4:	ac87c783          	lbu	a5,-1336(a5) # ffffffc08047a068 <panic_mode>
ffffffc0802015a8:	c781                	beqz	a5,ffffffc0802015b0 <uart_lock+0x16>
    spin_lock(&out_lock);
}
ffffffc0802015aa:	6422                	ld	s0,8(sp)
ffffffc0802015ac:	0141                	add	sp,sp,16
ffffffc0802015ae:	8082                	ret
ffffffc0802015b0:	6422                	ld	s0,8(sp)
    spin_lock(&out_lock);
ffffffc0802015b2:	00279517          	auipc	a0,0x279
ffffffc0802015b6:	01650513          	add	a0,a0,22 # ffffffc08047a5c8 <out_lock>
}
ffffffc0802015ba:	0141                	add	sp,sp,16
    spin_lock(&out_lock);
ffffffc0802015bc:	78d0406f          	j	ffffffc080206548 <spin_lock>

ffffffc0802015c0 <uart_unlock>:

void uart_unlock(void) {
ffffffc0802015c0:	1141                	add	sp,sp,-16
ffffffc0802015c2:	e422                	sd	s0,8(sp)
ffffffc0802015c4:	0800                	add	s0,sp,16
  if (!panic_mode)
ffffffc0802015c6:	00279797          	auipc	a5,0x279
ffffffc0802015ca:	aa27c783          	lbu	a5,-1374(a5) # ffffffc08047a068 <panic_mode>
ffffffc0802015ce:	c781                	beqz	a5,ffffffc0802015d6 <uart_unlock+0x16>
    spin_unlock(&out_lock);
}
ffffffc0802015d0:	6422                	ld	s0,8(sp)
ffffffc0802015d2:	0141                	add	sp,sp,16
ffffffc0802015d4:	8082                	ret
ffffffc0802015d6:	6422                	ld	s0,8(sp)
    spin_unlock(&out_lock);
ffffffc0802015d8:	00279517          	auipc	a0,0x279
ffffffc0802015dc:	ff050513          	add	a0,a0,-16 # ffffffc08047a5c8 <out_lock>
}
ffffffc0802015e0:	0141                	add	sp,sp,16
    spin_unlock(&out_lock);
ffffffc0802015e2:	0600506f          	j	ffffffc080206642 <spin_unlock>

ffffffc0802015e6 <uart_panic_mode>:

void uart_panic_mode(void) { panic_mode = true; }
ffffffc0802015e6:	1141                	add	sp,sp,-16
ffffffc0802015e8:	e422                	sd	s0,8(sp)
ffffffc0802015ea:	0800                	add	s0,sp,16
ffffffc0802015ec:	6422                	ld	s0,8(sp)
ffffffc0802015ee:	4785                	li	a5,1
ffffffc0802015f0:	00279717          	auipc	a4,0x279
ffffffc0802015f4:	a6f70c23          	sb	a5,-1416(a4) # ffffffc08047a068 <panic_mode>
ffffffc0802015f8:	0141                	add	sp,sp,16
ffffffc0802015fa:	8082                	ret

ffffffc0802015fc <uart_write>:

void uart_write(const char *buf, int n) {
ffffffc0802015fc:	7179                	add	sp,sp,-48
ffffffc0802015fe:	f022                	sd	s0,32(sp)
ffffffc080201600:	ec26                	sd	s1,24(sp)
ffffffc080201602:	e84a                	sd	s2,16(sp)
ffffffc080201604:	e44e                	sd	s3,8(sp)
ffffffc080201606:	f406                	sd	ra,40(sp)
ffffffc080201608:	1800                	add	s0,sp,48
  if (!panic_mode)
ffffffc08020160a:	00279997          	auipc	s3,0x279
ffffffc08020160e:	a5e98993          	add	s3,s3,-1442 # ffffffc08047a068 <panic_mode>
ffffffc080201612:	0009c783          	lbu	a5,0(s3)
void uart_write(const char *buf, int n) {
ffffffc080201616:	892a                	mv	s2,a0
ffffffc080201618:	84ae                	mv	s1,a1
  if (!panic_mode)
ffffffc08020161a:	c3b1                	beqz	a5,ffffffc08020165e <uart_write+0x62>
  uart_lock();
  for (int i = 0; i < n; i++)
ffffffc08020161c:	02b05a63          	blez	a1,ffffffc080201650 <uart_write+0x54>
  while ((uart_regs[LSR] & LSR_TX_IDLE) == 0)
ffffffc080201620:	00279717          	auipc	a4,0x279
ffffffc080201624:	a5073703          	ld	a4,-1456(a4) # ffffffc08047a070 <uart_regs>
ffffffc080201628:	4681                	li	a3,0
    uart_putc_locked(buf[i]);
ffffffc08020162a:	00d907b3          	add	a5,s2,a3
ffffffc08020162e:	0007c603          	lbu	a2,0(a5)
  while ((uart_regs[LSR] & LSR_TX_IDLE) == 0)
ffffffc080201632:	00574783          	lbu	a5,5(a4)
ffffffc080201636:	0207f793          	and	a5,a5,32
ffffffc08020163a:	dfe5                	beqz	a5,ffffffc080201632 <uart_write+0x36>
  for (int i = 0; i < n; i++)
ffffffc08020163c:	0685                	add	a3,a3,1
  uart_regs[THR] = (uint8)c;
ffffffc08020163e:	00c70023          	sb	a2,0(a4)
  for (int i = 0; i < n; i++)
ffffffc080201642:	0006879b          	sext.w	a5,a3
ffffffc080201646:	fe97c2e3          	blt	a5,s1,ffffffc08020162a <uart_write+0x2e>
  if (!panic_mode)
ffffffc08020164a:	0009c783          	lbu	a5,0(s3)
ffffffc08020164e:	c38d                	beqz	a5,ffffffc080201670 <uart_write+0x74>
  uart_unlock();
}
ffffffc080201650:	70a2                	ld	ra,40(sp)
ffffffc080201652:	7402                	ld	s0,32(sp)
ffffffc080201654:	64e2                	ld	s1,24(sp)
ffffffc080201656:	6942                	ld	s2,16(sp)
ffffffc080201658:	69a2                	ld	s3,8(sp)
ffffffc08020165a:	6145                	add	sp,sp,48
ffffffc08020165c:	8082                	ret
    spin_lock(&out_lock);
ffffffc08020165e:	00279517          	auipc	a0,0x279
ffffffc080201662:	f6a50513          	add	a0,a0,-150 # ffffffc08047a5c8 <out_lock>
ffffffc080201666:	6e3040ef          	jal	ffffffc080206548 <spin_lock>
  for (int i = 0; i < n; i++)
ffffffc08020166a:	fa904be3          	bgtz	s1,ffffffc080201620 <uart_write+0x24>
ffffffc08020166e:	bff1                	j	ffffffc08020164a <uart_write+0x4e>
}
ffffffc080201670:	7402                	ld	s0,32(sp)
ffffffc080201672:	70a2                	ld	ra,40(sp)
ffffffc080201674:	64e2                	ld	s1,24(sp)
ffffffc080201676:	6942                	ld	s2,16(sp)
ffffffc080201678:	69a2                	ld	s3,8(sp)
    spin_unlock(&out_lock);
ffffffc08020167a:	00279517          	auipc	a0,0x279
ffffffc08020167e:	f4e50513          	add	a0,a0,-178 # ffffffc08047a5c8 <out_lock>
}
ffffffc080201682:	6145                	add	sp,sp,48
    spin_unlock(&out_lock);
ffffffc080201684:	7bf0406f          	j	ffffffc080206642 <spin_unlock>

ffffffc080201688 <uart_intr>:

void uart_intr(void) {
ffffffc080201688:	1101                	add	sp,sp,-32
ffffffc08020168a:	e822                	sd	s0,16(sp)
ffffffc08020168c:	e426                	sd	s1,8(sp)
ffffffc08020168e:	ec06                	sd	ra,24(sp)
ffffffc080201690:	1000                	add	s0,sp,32
  while (uart_regs[LSR] & LSR_RX_READY)
ffffffc080201692:	00279497          	auipc	s1,0x279
ffffffc080201696:	9de48493          	add	s1,s1,-1570 # ffffffc08047a070 <uart_regs>
ffffffc08020169a:	6098                	ld	a4,0(s1)
ffffffc08020169c:	00574783          	lbu	a5,5(a4)
ffffffc0802016a0:	8b85                	and	a5,a5,1
ffffffc0802016a2:	cb91                	beqz	a5,ffffffc0802016b6 <uart_intr+0x2e>
    console_intr(uart_regs[RHR]);
ffffffc0802016a4:	00074503          	lbu	a0,0(a4)
ffffffc0802016a8:	d1dff0ef          	jal	ffffffc0802013c4 <console_intr>
  while (uart_regs[LSR] & LSR_RX_READY)
ffffffc0802016ac:	6098                	ld	a4,0(s1)
ffffffc0802016ae:	00574783          	lbu	a5,5(a4)
ffffffc0802016b2:	8b85                	and	a5,a5,1
ffffffc0802016b4:	fbe5                	bnez	a5,ffffffc0802016a4 <uart_intr+0x1c>
}
ffffffc0802016b6:	60e2                	ld	ra,24(sp)
ffffffc0802016b8:	6442                	ld	s0,16(sp)
ffffffc0802016ba:	64a2                	ld	s1,8(sp)
ffffffc0802016bc:	6105                	add	sp,sp,32
ffffffc0802016be:	8082                	ret

ffffffc0802016c0 <dir_add>:
}

/* Adds entry name -> inum to dp. Returns 0, or -1 when out of memory.
 * Does not touch nlink. Caller holds fs_ns_lock; name is not in dp. */
static int dir_add(struct inode *dp, const char *name, uint inum)
{
ffffffc0802016c0:	715d                	add	sp,sp,-80
ffffffc0802016c2:	e0a2                	sd	s0,64(sp)
ffffffc0802016c4:	fc26                	sd	s1,56(sp)
ffffffc0802016c6:	f84a                	sd	s2,48(sp)
ffffffc0802016c8:	f44e                	sd	s3,40(sp)
ffffffc0802016ca:	f052                	sd	s4,32(sp)
ffffffc0802016cc:	ec56                	sd	s5,24(sp)
ffffffc0802016ce:	e486                	sd	ra,72(sp)
ffffffc0802016d0:	0880                	add	s0,sp,80
ffffffc0802016d2:	892a                	mv	s2,a0
ffffffc0802016d4:	8aae                	mv	s5,a1
ffffffc0802016d6:	8a32                	mv	s4,a2
  inode_lock(dp);
ffffffc0802016d8:	7b1000ef          	jal	ffffffc080202688 <inode_lock>
  uint64 n = dp->size / sizeof(struct dirent);
ffffffc0802016dc:	04093983          	ld	s3,64(s2)
ffffffc0802016e0:	4481                	li	s1,0
ffffffc0802016e2:	0049d993          	srl	s3,s3,0x4
  for (uint64 i = 0; i < n; i++)
ffffffc0802016e6:	00099663          	bnez	s3,ffffffc0802016f2 <dir_add+0x32>
ffffffc0802016ea:	a829                	j	ffffffc080201704 <dir_add+0x44>
ffffffc0802016ec:	0485                	add	s1,s1,1
ffffffc0802016ee:	00998b63          	beq	s3,s1,ffffffc080201704 <dir_add+0x44>
    if (dir_entry(dp, i)->inum == 0)
ffffffc0802016f2:	85a6                	mv	a1,s1
ffffffc0802016f4:	854a                	mv	a0,s2
ffffffc0802016f6:	31c010ef          	jal	ffffffc080202a12 <dir_entry>
ffffffc0802016fa:	00055783          	lhu	a5,0(a0)
ffffffc0802016fe:	f7fd                	bnez	a5,ffffffc0802016ec <dir_add+0x2c>
ffffffc080201700:	89a6                	mv	s3,s1
ffffffc080201702:	a01d                	j	ffffffc080201728 <dir_add+0x68>
  memset(&empty, 0, sizeof(empty));
ffffffc080201704:	4641                	li	a2,16
ffffffc080201706:	4581                	li	a1,0
ffffffc080201708:	fb040513          	add	a0,s0,-80
ffffffc08020170c:	414020ef          	jal	ffffffc080203b20 <memset>
  if (inode_write_locked(dp, 0, (uint64)&empty, dp->size, sizeof(empty)) !=
ffffffc080201710:	04093683          	ld	a3,64(s2)
ffffffc080201714:	4741                	li	a4,16
ffffffc080201716:	fb040613          	add	a2,s0,-80
ffffffc08020171a:	4581                	li	a1,0
ffffffc08020171c:	854a                	mv	a0,s2
ffffffc08020171e:	05a010ef          	jal	ffffffc080202778 <inode_write_locked>
ffffffc080201722:	47c1                	li	a5,16
ffffffc080201724:	04f51863          	bne	a0,a5,ffffffc080201774 <dir_add+0xb4>
  int64 i = dir_free_slot(dp);
  if (i >= 0) {
    struct dirent *de = dir_entry(dp, i);
ffffffc080201728:	85ce                	mv	a1,s3
ffffffc08020172a:	854a                	mv	a0,s2
ffffffc08020172c:	2e6010ef          	jal	ffffffc080202a12 <dir_entry>
    memset(de->name, 0, DIRSIZ);
ffffffc080201730:	00250993          	add	s3,a0,2
ffffffc080201734:	4639                	li	a2,14
ffffffc080201736:	4581                	li	a1,0
    struct dirent *de = dir_entry(dp, i);
ffffffc080201738:	84aa                	mv	s1,a0
    memset(de->name, 0, DIRSIZ);
ffffffc08020173a:	854e                	mv	a0,s3
ffffffc08020173c:	3e4020ef          	jal	ffffffc080203b20 <memset>
    memmove(de->name, name, strlen(name) < DIRSIZ ? strlen(name) : DIRSIZ);
ffffffc080201740:	8556                	mv	a0,s5
ffffffc080201742:	51e020ef          	jal	ffffffc080203c60 <strlen>
ffffffc080201746:	47b5                	li	a5,13
ffffffc080201748:	4639                	li	a2,14
ffffffc08020174a:	02a7fa63          	bgeu	a5,a0,ffffffc08020177e <dir_add+0xbe>
ffffffc08020174e:	85d6                	mv	a1,s5
ffffffc080201750:	854e                	mv	a0,s3
ffffffc080201752:	49e020ef          	jal	ffffffc080203bf0 <memmove>
    de->inum = inum;
  }
  inode_unlock(dp);
ffffffc080201756:	854a                	mv	a0,s2
    de->inum = inum;
ffffffc080201758:	01449023          	sh	s4,0(s1)
  inode_unlock(dp);
ffffffc08020175c:	73d000ef          	jal	ffffffc080202698 <inode_unlock>
  return i >= 0 ? 0 : -1;
ffffffc080201760:	4501                	li	a0,0
}
ffffffc080201762:	60a6                	ld	ra,72(sp)
ffffffc080201764:	6406                	ld	s0,64(sp)
ffffffc080201766:	74e2                	ld	s1,56(sp)
ffffffc080201768:	7942                	ld	s2,48(sp)
ffffffc08020176a:	79a2                	ld	s3,40(sp)
ffffffc08020176c:	7a02                	ld	s4,32(sp)
ffffffc08020176e:	6ae2                	ld	s5,24(sp)
ffffffc080201770:	6161                	add	sp,sp,80
ffffffc080201772:	8082                	ret
  inode_unlock(dp);
ffffffc080201774:	854a                	mv	a0,s2
ffffffc080201776:	723000ef          	jal	ffffffc080202698 <inode_unlock>
  return i >= 0 ? 0 : -1;
ffffffc08020177a:	557d                	li	a0,-1
ffffffc08020177c:	b7dd                	j	ffffffc080201762 <dir_add+0xa2>
    memmove(de->name, name, strlen(name) < DIRSIZ ? strlen(name) : DIRSIZ);
ffffffc08020177e:	8556                	mv	a0,s5
ffffffc080201780:	4e0020ef          	jal	ffffffc080203c60 <strlen>
ffffffc080201784:	862a                	mv	a2,a0
ffffffc080201786:	b7e1                	j	ffffffc08020174e <dir_add+0x8e>

ffffffc080201788 <inode_add_links.part.0>:
{
  return dp->type == T_DIR && dp->nlink > 0;
}

/* Adds delta to ip's link count. Caller holds fs_ns_lock. */
static void inode_add_links(struct inode *ip, int delta)
ffffffc080201788:	1141                	add	sp,sp,-16
ffffffc08020178a:	e022                	sd	s0,0(sp)
ffffffc08020178c:	e406                	sd	ra,8(sp)
ffffffc08020178e:	0800                	add	s0,sp,16
{
  inode_lock(ip);
  ip->nlink += delta;
  KASSERT(ip->nlink >= 0);
ffffffc080201790:	00007717          	auipc	a4,0x7
ffffffc080201794:	bc070713          	add	a4,a4,-1088 # ffffffc080208350 <CSWTCH.21+0xa0>
ffffffc080201798:	00007697          	auipc	a3,0x7
ffffffc08020179c:	cc868693          	add	a3,a3,-824 # ffffffc080208460 <__func__.1>
ffffffc0802017a0:	07500613          	li	a2,117
ffffffc0802017a4:	00007597          	auipc	a1,0x7
ffffffc0802017a8:	bbc58593          	add	a1,a1,-1092 # ffffffc080208360 <CSWTCH.21+0xb0>
ffffffc0802017ac:	00007517          	auipc	a0,0x7
ffffffc0802017b0:	8c450513          	add	a0,a0,-1852 # ffffffc080208070 <__func__.0+0x40>
ffffffc0802017b4:	29c020ef          	jal	ffffffc080203a50 <panic>

ffffffc0802017b8 <dir_lookup>:
{
ffffffc0802017b8:	7139                	add	sp,sp,-64
ffffffc0802017ba:	f822                	sd	s0,48(sp)
ffffffc0802017bc:	e852                	sd	s4,16(sp)
ffffffc0802017be:	fc06                	sd	ra,56(sp)
ffffffc0802017c0:	f426                	sd	s1,40(sp)
ffffffc0802017c2:	f04a                	sd	s2,32(sp)
ffffffc0802017c4:	ec4e                	sd	s3,24(sp)
ffffffc0802017c6:	e456                	sd	s5,8(sp)
ffffffc0802017c8:	e05a                	sd	s6,0(sp)
ffffffc0802017ca:	0080                	add	s0,sp,64
  uint64 n = dp->size / sizeof(struct dirent);
ffffffc0802017cc:	04053a03          	ld	s4,64(a0)
ffffffc0802017d0:	004a5a13          	srl	s4,s4,0x4
  for (uint64 i = 0; i < n; i++) {
ffffffc0802017d4:	020a0f63          	beqz	s4,ffffffc080201812 <dir_lookup+0x5a>
ffffffc0802017d8:	89aa                	mv	s3,a0
ffffffc0802017da:	8aae                	mv	s5,a1
ffffffc0802017dc:	8b32                	mv	s6,a2
ffffffc0802017de:	4901                	li	s2,0
ffffffc0802017e0:	a021                	j	ffffffc0802017e8 <dir_lookup+0x30>
ffffffc0802017e2:	0905                	add	s2,s2,1
ffffffc0802017e4:	032a0763          	beq	s4,s2,ffffffc080201812 <dir_lookup+0x5a>
    struct dirent *de = dir_entry(dp, i);
ffffffc0802017e8:	85ca                	mv	a1,s2
ffffffc0802017ea:	854e                	mv	a0,s3
ffffffc0802017ec:	226010ef          	jal	ffffffc080202a12 <dir_entry>
  return de->inum != 0 && strncmp(de->name, name, DIRSIZ) == 0;
ffffffc0802017f0:	00055783          	lhu	a5,0(a0)
    struct dirent *de = dir_entry(dp, i);
ffffffc0802017f4:	84aa                	mv	s1,a0
  return de->inum != 0 && strncmp(de->name, name, DIRSIZ) == 0;
ffffffc0802017f6:	d7f5                	beqz	a5,ffffffc0802017e2 <dir_lookup+0x2a>
ffffffc0802017f8:	4639                	li	a2,14
ffffffc0802017fa:	85d6                	mv	a1,s5
ffffffc0802017fc:	0509                	add	a0,a0,2
ffffffc0802017fe:	48c020ef          	jal	ffffffc080203c8a <strncmp>
ffffffc080201802:	f165                	bnez	a0,ffffffc0802017e2 <dir_lookup+0x2a>
      if (idx != NULL)
ffffffc080201804:	000b0463          	beqz	s6,ffffffc08020180c <dir_lookup+0x54>
        *idx = i;
ffffffc080201808:	012b3023          	sd	s2,0(s6)
      return de->inum;
ffffffc08020180c:	0004d503          	lhu	a0,0(s1)
ffffffc080201810:	a011                	j	ffffffc080201814 <dir_lookup+0x5c>
  return 0;
ffffffc080201812:	4501                	li	a0,0
}
ffffffc080201814:	70e2                	ld	ra,56(sp)
ffffffc080201816:	7442                	ld	s0,48(sp)
ffffffc080201818:	74a2                	ld	s1,40(sp)
ffffffc08020181a:	7902                	ld	s2,32(sp)
ffffffc08020181c:	69e2                	ld	s3,24(sp)
ffffffc08020181e:	6a42                	ld	s4,16(sp)
ffffffc080201820:	6aa2                	ld	s5,8(sp)
ffffffc080201822:	6b02                	ld	s6,0(sp)
ffffffc080201824:	6121                	add	sp,sp,64
ffffffc080201826:	8082                	ret

ffffffc080201828 <path_walk>:
/* Walks path. With parent set, stops before the last component, copies
 * it to name and returns its directory (NULL if the path has no
 * component). Returns a referenced inode or NULL. Caller holds
 * fs_ns_lock. */
static struct inode *path_walk(const char *path, bool parent, char *name)
{
ffffffc080201828:	711d                	add	sp,sp,-96
ffffffc08020182a:	e8a2                	sd	s0,80(sp)
ffffffc08020182c:	e4a6                	sd	s1,72(sp)
ffffffc08020182e:	f456                	sd	s5,40(sp)
ffffffc080201830:	f05a                	sd	s6,32(sp)
ffffffc080201832:	ec86                	sd	ra,88(sp)
ffffffc080201834:	e0ca                	sd	s2,64(sp)
ffffffc080201836:	fc4e                	sd	s3,56(sp)
ffffffc080201838:	f852                	sd	s4,48(sp)
ffffffc08020183a:	ec5e                	sd	s7,24(sp)
ffffffc08020183c:	e862                	sd	s8,16(sp)
ffffffc08020183e:	e466                	sd	s9,8(sp)
ffffffc080201840:	1080                	add	s0,sp,96
ffffffc080201842:	84aa                	mv	s1,a0
ffffffc080201844:	8b2e                	mv	s6,a1
ffffffc080201846:	8ab2                	mv	s5,a2
  struct proc *p = curproc();
ffffffc080201848:	62e040ef          	jal	ffffffc080205e76 <curproc>
  if (*path == '/' || p == NULL || p->cwd == NULL)
ffffffc08020184c:	0004c703          	lbu	a4,0(s1)
ffffffc080201850:	02f00793          	li	a5,47
ffffffc080201854:	0cf70663          	beq	a4,a5,ffffffc080201920 <path_walk+0xf8>
ffffffc080201858:	c561                	beqz	a0,ffffffc080201920 <path_walk+0xf8>
ffffffc08020185a:	6568                	ld	a0,200(a0)
ffffffc08020185c:	c171                	beqz	a0,ffffffc080201920 <path_walk+0xf8>
  return inode_dup(p->cwd);
ffffffc08020185e:	50d000ef          	jal	ffffffc08020256a <inode_dup>
ffffffc080201862:	8a2a                	mv	s4,a0
  while (*p == '/')
ffffffc080201864:	02f00993          	li	s3,47
  if (len > DIRSIZ) {
ffffffc080201868:	4c39                	li	s8,14
  struct inode *ip = path_start(path);
  int r;
  while ((r = path_next(&path, name)) == 1) {
    if (ip->type != T_DIR)
ffffffc08020186a:	4b85                	li	s7,1
  while (*p == '/')
ffffffc08020186c:	0004c783          	lbu	a5,0(s1)
ffffffc080201870:	01379763          	bne	a5,s3,ffffffc08020187e <path_walk+0x56>
ffffffc080201874:	0014c783          	lbu	a5,1(s1)
    p++;
ffffffc080201878:	0485                	add	s1,s1,1
  while (*p == '/')
ffffffc08020187a:	ff378de3          	beq	a5,s3,ffffffc080201874 <path_walk+0x4c>
  if (*p == 0)
ffffffc08020187e:	cfd1                	beqz	a5,ffffffc08020191a <path_walk+0xf2>
  while (*p != '/' && *p != 0)
ffffffc080201880:	0004c783          	lbu	a5,0(s1)
ffffffc080201884:	8926                	mv	s2,s1
ffffffc080201886:	8cd6                	mv	s9,s5
  size_t len = p - start;
ffffffc080201888:	4601                	li	a2,0
  while (*p != '/' && *p != 0)
ffffffc08020188a:	05378063          	beq	a5,s3,ffffffc0802018ca <path_walk+0xa2>
ffffffc08020188e:	c791                	beqz	a5,ffffffc08020189a <path_walk+0x72>
ffffffc080201890:	00194783          	lbu	a5,1(s2)
    p++;
ffffffc080201894:	0905                	add	s2,s2,1
  while (*p != '/' && *p != 0)
ffffffc080201896:	ff379ce3          	bne	a5,s3,ffffffc08020188e <path_walk+0x66>
  size_t len = p - start;
ffffffc08020189a:	40990633          	sub	a2,s2,s1
  if (len > DIRSIZ) {
ffffffc08020189e:	02cc7463          	bgeu	s8,a2,ffffffc0802018c6 <path_walk+0x9e>
    inode_put(ip);
    ip = next;
  }
  if (r == 0 && !parent)
    return ip;
  inode_put(ip);
ffffffc0802018a2:	8552                	mv	a0,s4
ffffffc0802018a4:	507000ef          	jal	ffffffc0802025aa <inode_put>
  return NULL;
ffffffc0802018a8:	4a01                	li	s4,0
}
ffffffc0802018aa:	60e6                	ld	ra,88(sp)
ffffffc0802018ac:	6446                	ld	s0,80(sp)
ffffffc0802018ae:	64a6                	ld	s1,72(sp)
ffffffc0802018b0:	6906                	ld	s2,64(sp)
ffffffc0802018b2:	79e2                	ld	s3,56(sp)
ffffffc0802018b4:	7aa2                	ld	s5,40(sp)
ffffffc0802018b6:	7b02                	ld	s6,32(sp)
ffffffc0802018b8:	6be2                	ld	s7,24(sp)
ffffffc0802018ba:	6c42                	ld	s8,16(sp)
ffffffc0802018bc:	6ca2                	ld	s9,8(sp)
ffffffc0802018be:	8552                	mv	a0,s4
ffffffc0802018c0:	7a42                	ld	s4,48(sp)
ffffffc0802018c2:	6125                	add	sp,sp,96
ffffffc0802018c4:	8082                	ret
  name[len] = 0;
ffffffc0802018c6:	00ca8cb3          	add	s9,s5,a2
  memmove(name, start, len);
ffffffc0802018ca:	85a6                	mv	a1,s1
ffffffc0802018cc:	8556                	mv	a0,s5
ffffffc0802018ce:	322020ef          	jal	ffffffc080203bf0 <memmove>
  name[len] = 0;
ffffffc0802018d2:	000c8023          	sb	zero,0(s9)
  while (*p == '/')
ffffffc0802018d6:	00094783          	lbu	a5,0(s2)
ffffffc0802018da:	84ca                	mv	s1,s2
ffffffc0802018dc:	01379763          	bne	a5,s3,ffffffc0802018ea <path_walk+0xc2>
ffffffc0802018e0:	0014c783          	lbu	a5,1(s1)
    p++;
ffffffc0802018e4:	0485                	add	s1,s1,1
  while (*p == '/')
ffffffc0802018e6:	ff378de3          	beq	a5,s3,ffffffc0802018e0 <path_walk+0xb8>
    if (ip->type != T_DIR)
ffffffc0802018ea:	004a1783          	lh	a5,4(s4)
ffffffc0802018ee:	fb779ae3          	bne	a5,s7,ffffffc0802018a2 <path_walk+0x7a>
    if (parent && *path == 0)
ffffffc0802018f2:	000b0563          	beqz	s6,ffffffc0802018fc <path_walk+0xd4>
ffffffc0802018f6:	0004c783          	lbu	a5,0(s1)
ffffffc0802018fa:	dbc5                	beqz	a5,ffffffc0802018aa <path_walk+0x82>
    uint inum = dir_lookup(ip, name, NULL);
ffffffc0802018fc:	4601                	li	a2,0
ffffffc0802018fe:	85d6                	mv	a1,s5
ffffffc080201900:	8552                	mv	a0,s4
ffffffc080201902:	eb7ff0ef          	jal	ffffffc0802017b8 <dir_lookup>
ffffffc080201906:	2501                	sext.w	a0,a0
    if (inum == 0)
ffffffc080201908:	dd49                	beqz	a0,ffffffc0802018a2 <path_walk+0x7a>
    struct inode *next = inode_get(inum);
ffffffc08020190a:	3d1000ef          	jal	ffffffc0802024da <inode_get>
ffffffc08020190e:	892a                	mv	s2,a0
    inode_put(ip);
ffffffc080201910:	8552                	mv	a0,s4
ffffffc080201912:	499000ef          	jal	ffffffc0802025aa <inode_put>
    ip = next;
ffffffc080201916:	8a4a                	mv	s4,s2
ffffffc080201918:	bf91                	j	ffffffc08020186c <path_walk+0x44>
  if (r == 0 && !parent)
ffffffc08020191a:	f80b08e3          	beqz	s6,ffffffc0802018aa <path_walk+0x82>
ffffffc08020191e:	b751                	j	ffffffc0802018a2 <path_walk+0x7a>
    return inode_dup(root);
ffffffc080201920:	00278517          	auipc	a0,0x278
ffffffc080201924:	75853503          	ld	a0,1880(a0) # ffffffc08047a078 <root>
ffffffc080201928:	443000ef          	jal	ffffffc08020256a <inode_dup>
ffffffc08020192c:	8a2a                	mv	s4,a0
ffffffc08020192e:	bf1d                	j	ffffffc080201864 <path_walk+0x3c>

ffffffc080201930 <fs_root>:
{
ffffffc080201930:	1141                	add	sp,sp,-16
ffffffc080201932:	e422                	sd	s0,8(sp)
ffffffc080201934:	0800                	add	s0,sp,16
}
ffffffc080201936:	6422                	ld	s0,8(sp)
ffffffc080201938:	00278517          	auipc	a0,0x278
ffffffc08020193c:	74053503          	ld	a0,1856(a0) # ffffffc08047a078 <root>
ffffffc080201940:	0141                	add	sp,sp,16
ffffffc080201942:	8082                	ret

ffffffc080201944 <namei>:

/* Returns a referenced inode for path, or NULL. No lock held on entry. */
struct inode *namei(const char *path)
{
ffffffc080201944:	7179                	add	sp,sp,-48
ffffffc080201946:	f406                	sd	ra,40(sp)
ffffffc080201948:	f022                	sd	s0,32(sp)
ffffffc08020194a:	ec26                	sd	s1,24(sp)
ffffffc08020194c:	1800                	add	s0,sp,48
ffffffc08020194e:	84aa                	mv	s1,a0
  char name[DIRSIZ + 1];
  sleeplock_acquire(&fs_ns_lock);
ffffffc080201950:	0027c517          	auipc	a0,0x27c
ffffffc080201954:	d4850513          	add	a0,a0,-696 # ffffffc08047d698 <fs_ns_lock>
ffffffc080201958:	335040ef          	jal	ffffffc08020648c <sleeplock_acquire>
  struct inode *ip = path_walk(path, false, name);
ffffffc08020195c:	fd040613          	add	a2,s0,-48
ffffffc080201960:	4581                	li	a1,0
ffffffc080201962:	8526                	mv	a0,s1
ffffffc080201964:	ec5ff0ef          	jal	ffffffc080201828 <path_walk>
ffffffc080201968:	84aa                	mv	s1,a0
  sleeplock_release(&fs_ns_lock);
ffffffc08020196a:	0027c517          	auipc	a0,0x27c
ffffffc08020196e:	d2e50513          	add	a0,a0,-722 # ffffffc08047d698 <fs_ns_lock>
ffffffc080201972:	357040ef          	jal	ffffffc0802064c8 <sleeplock_release>
  return ip;
}
ffffffc080201976:	70a2                	ld	ra,40(sp)
ffffffc080201978:	7402                	ld	s0,32(sp)
ffffffc08020197a:	8526                	mv	a0,s1
ffffffc08020197c:	64e2                	ld	s1,24(sp)
ffffffc08020197e:	6145                	add	sp,sp,48
ffffffc080201980:	8082                	ret

ffffffc080201982 <fs_create>:
/* Creates path as a new inode of the given type and returns it
 * referenced; if path exists, see dir_reuse. NULL for a bad or existing
 * path, a removed parent, or no memory or inodes. No lock held. */
struct inode *fs_create(const char *path, short type, short major,
                        short minor)
{
ffffffc080201982:	7139                	add	sp,sp,-64
ffffffc080201984:	f822                	sd	s0,48(sp)
ffffffc080201986:	f426                	sd	s1,40(sp)
ffffffc080201988:	f04a                	sd	s2,32(sp)
ffffffc08020198a:	ec4e                	sd	s3,24(sp)
ffffffc08020198c:	e852                	sd	s4,16(sp)
ffffffc08020198e:	0080                	add	s0,sp,64
ffffffc080201990:	fc06                	sd	ra,56(sp)
ffffffc080201992:	84aa                	mv	s1,a0
  char name[DIRSIZ + 1];
  struct inode *ip = NULL;
  sleeplock_acquire(&fs_ns_lock);
ffffffc080201994:	0027c517          	auipc	a0,0x27c
ffffffc080201998:	d0450513          	add	a0,a0,-764 # ffffffc08047d698 <fs_ns_lock>
{
ffffffc08020199c:	89ae                	mv	s3,a1
ffffffc08020199e:	8a32                	mv	s4,a2
ffffffc0802019a0:	8936                	mv	s2,a3
  sleeplock_acquire(&fs_ns_lock);
ffffffc0802019a2:	2eb040ef          	jal	ffffffc08020648c <sleeplock_acquire>
  struct inode *dp = path_walk(path, true, name);
ffffffc0802019a6:	fc040613          	add	a2,s0,-64
ffffffc0802019aa:	4585                	li	a1,1
ffffffc0802019ac:	8526                	mv	a0,s1
ffffffc0802019ae:	e7bff0ef          	jal	ffffffc080201828 <path_walk>
  if (dp != NULL) {
ffffffc0802019b2:	c529                	beqz	a0,ffffffc0802019fc <fs_create+0x7a>
    uint inum = dir_lookup(dp, name, NULL);
ffffffc0802019b4:	4601                	li	a2,0
ffffffc0802019b6:	fc040593          	add	a1,s0,-64
ffffffc0802019ba:	84aa                	mv	s1,a0
ffffffc0802019bc:	dfdff0ef          	jal	ffffffc0802017b8 <dir_lookup>
ffffffc0802019c0:	2501                	sext.w	a0,a0
    if (inum != 0)
ffffffc0802019c2:	e919                	bnez	a0,ffffffc0802019d8 <fs_create+0x56>
  return dp->type == T_DIR && dp->nlink > 0;
ffffffc0802019c4:	00449783          	lh	a5,4(s1)
ffffffc0802019c8:	4705                	li	a4,1
ffffffc0802019ca:	04e78963          	beq	a5,a4,ffffffc080201a1c <fs_create+0x9a>
  return NULL;
ffffffc0802019ce:	4901                	li	s2,0
      ip = dir_reuse(inum, type);
    else if (dir_is_live(dp))
      ip = dir_create(dp, name, type, major, minor);
    inode_put(dp);
ffffffc0802019d0:	8526                	mv	a0,s1
ffffffc0802019d2:	3d9000ef          	jal	ffffffc0802025aa <inode_put>
ffffffc0802019d6:	a025                	j	ffffffc0802019fe <fs_create+0x7c>
  struct inode *ip = inode_get(inum);
ffffffc0802019d8:	303000ef          	jal	ffffffc0802024da <inode_get>
  if (type == T_FILE && (ip->type == T_FILE || ip->type == T_DEVICE))
ffffffc0802019dc:	4789                	li	a5,2
  struct inode *ip = inode_get(inum);
ffffffc0802019de:	892a                	mv	s2,a0
  if (type == T_FILE && (ip->type == T_FILE || ip->type == T_DEVICE))
ffffffc0802019e0:	00f99a63          	bne	s3,a5,ffffffc0802019f4 <fs_create+0x72>
ffffffc0802019e4:	00455783          	lhu	a5,4(a0)
ffffffc0802019e8:	4705                	li	a4,1
ffffffc0802019ea:	37f9                	addw	a5,a5,-2
ffffffc0802019ec:	17c2                	sll	a5,a5,0x30
ffffffc0802019ee:	93c1                	srl	a5,a5,0x30
ffffffc0802019f0:	fef770e3          	bgeu	a4,a5,ffffffc0802019d0 <fs_create+0x4e>
  inode_put(ip);
ffffffc0802019f4:	854a                	mv	a0,s2
ffffffc0802019f6:	3b5000ef          	jal	ffffffc0802025aa <inode_put>
  return NULL;
ffffffc0802019fa:	bfd1                	j	ffffffc0802019ce <fs_create+0x4c>
  struct inode *ip = NULL;
ffffffc0802019fc:	4901                	li	s2,0
  }
  sleeplock_release(&fs_ns_lock);
ffffffc0802019fe:	0027c517          	auipc	a0,0x27c
ffffffc080201a02:	c9a50513          	add	a0,a0,-870 # ffffffc08047d698 <fs_ns_lock>
ffffffc080201a06:	2c3040ef          	jal	ffffffc0802064c8 <sleeplock_release>
  return ip;
}
ffffffc080201a0a:	70e2                	ld	ra,56(sp)
ffffffc080201a0c:	7442                	ld	s0,48(sp)
ffffffc080201a0e:	74a2                	ld	s1,40(sp)
ffffffc080201a10:	69e2                	ld	s3,24(sp)
ffffffc080201a12:	6a42                	ld	s4,16(sp)
ffffffc080201a14:	854a                	mv	a0,s2
ffffffc080201a16:	7902                	ld	s2,32(sp)
ffffffc080201a18:	6121                	add	sp,sp,64
ffffffc080201a1a:	8082                	ret
  return dp->type == T_DIR && dp->nlink > 0;
ffffffc080201a1c:	01049703          	lh	a4,16(s1)
ffffffc080201a20:	fae057e3          	blez	a4,ffffffc0802019ce <fs_create+0x4c>
                                   : inode_alloc(type, major, minor);
ffffffc080201a24:	06f98863          	beq	s3,a5,ffffffc080201a94 <fs_create+0x112>
ffffffc080201a28:	864a                	mv	a2,s2
ffffffc080201a2a:	85d2                	mv	a1,s4
ffffffc080201a2c:	854e                	mv	a0,s3
ffffffc080201a2e:	1bd000ef          	jal	ffffffc0802023ea <inode_alloc>
ffffffc080201a32:	892a                	mv	s2,a0
  if (ip == NULL)
ffffffc080201a34:	dd49                	beqz	a0,ffffffc0802019ce <fs_create+0x4c>
  if (dir_add(dp, name, ip->inum) < 0) {
ffffffc080201a36:	00092603          	lw	a2,0(s2)
ffffffc080201a3a:	fc040593          	add	a1,s0,-64
ffffffc080201a3e:	8526                	mv	a0,s1
ffffffc080201a40:	c81ff0ef          	jal	ffffffc0802016c0 <dir_add>
ffffffc080201a44:	fa0548e3          	bltz	a0,ffffffc0802019f4 <fs_create+0x72>
  inode_lock(ip);
ffffffc080201a48:	854a                	mv	a0,s2
ffffffc080201a4a:	43f000ef          	jal	ffffffc080202688 <inode_lock>
  ip->nlink += delta;
ffffffc080201a4e:	01095783          	lhu	a5,16(s2)
ffffffc080201a52:	2785                	addw	a5,a5,1
ffffffc080201a54:	0107979b          	sllw	a5,a5,0x10
ffffffc080201a58:	4107d79b          	sraw	a5,a5,0x10
ffffffc080201a5c:	00f91823          	sh	a5,16(s2)
  KASSERT(ip->nlink >= 0);
ffffffc080201a60:	0607c563          	bltz	a5,ffffffc080201aca <fs_create+0x148>
  inode_unlock(ip);
ffffffc080201a64:	854a                	mv	a0,s2
ffffffc080201a66:	433000ef          	jal	ffffffc080202698 <inode_unlock>
  if (type == T_DIR)
ffffffc080201a6a:	4785                	li	a5,1
ffffffc080201a6c:	f6f992e3          	bne	s3,a5,ffffffc0802019d0 <fs_create+0x4e>
  inode_lock(ip);
ffffffc080201a70:	8526                	mv	a0,s1
ffffffc080201a72:	417000ef          	jal	ffffffc080202688 <inode_lock>
  ip->nlink += delta;
ffffffc080201a76:	0104d783          	lhu	a5,16(s1)
ffffffc080201a7a:	2785                	addw	a5,a5,1
ffffffc080201a7c:	0107979b          	sllw	a5,a5,0x10
ffffffc080201a80:	4107d79b          	sraw	a5,a5,0x10
ffffffc080201a84:	00f49823          	sh	a5,16(s1)
  KASSERT(ip->nlink >= 0);
ffffffc080201a88:	0407c163          	bltz	a5,ffffffc080201aca <fs_create+0x148>
  inode_unlock(ip);
ffffffc080201a8c:	8526                	mv	a0,s1
ffffffc080201a8e:	40b000ef          	jal	ffffffc080202698 <inode_unlock>
}
ffffffc080201a92:	bf3d                	j	ffffffc0802019d0 <fs_create+0x4e>
  struct inode *ip = inode_alloc(T_DIR, 0, 0);
ffffffc080201a94:	4601                	li	a2,0
ffffffc080201a96:	4581                	li	a1,0
ffffffc080201a98:	4505                	li	a0,1
ffffffc080201a9a:	151000ef          	jal	ffffffc0802023ea <inode_alloc>
ffffffc080201a9e:	892a                	mv	s2,a0
  if (ip == NULL)
ffffffc080201aa0:	d51d                	beqz	a0,ffffffc0802019ce <fs_create+0x4c>
  if (dir_add(ip, ".", ip->inum) < 0 || dir_add(ip, "..", dp->inum) < 0) {
ffffffc080201aa2:	4110                	lw	a2,0(a0)
ffffffc080201aa4:	00007597          	auipc	a1,0x7
ffffffc080201aa8:	8cc58593          	add	a1,a1,-1844 # ffffffc080208370 <CSWTCH.21+0xc0>
ffffffc080201aac:	c15ff0ef          	jal	ffffffc0802016c0 <dir_add>
ffffffc080201ab0:	f40542e3          	bltz	a0,ffffffc0802019f4 <fs_create+0x72>
ffffffc080201ab4:	4090                	lw	a2,0(s1)
ffffffc080201ab6:	00007597          	auipc	a1,0x7
ffffffc080201aba:	8c258593          	add	a1,a1,-1854 # ffffffc080208378 <CSWTCH.21+0xc8>
ffffffc080201abe:	854a                	mv	a0,s2
ffffffc080201ac0:	c01ff0ef          	jal	ffffffc0802016c0 <dir_add>
ffffffc080201ac4:	f60559e3          	bgez	a0,ffffffc080201a36 <fs_create+0xb4>
ffffffc080201ac8:	b735                	j	ffffffc0802019f4 <fs_create+0x72>
ffffffc080201aca:	cbfff0ef          	jal	ffffffc080201788 <inode_add_links.part.0>

ffffffc080201ace <fs_link>:

/* Makes new name the same inode as old. Returns 0, or -1: old missing or
 * a directory, new's directory missing, new exists, out of memory. */
int fs_link(const char *old, const char *new)
{
ffffffc080201ace:	7139                	add	sp,sp,-64
ffffffc080201ad0:	f822                	sd	s0,48(sp)
ffffffc080201ad2:	f426                	sd	s1,40(sp)
ffffffc080201ad4:	f04a                	sd	s2,32(sp)
ffffffc080201ad6:	0080                	add	s0,sp,64
ffffffc080201ad8:	fc06                	sd	ra,56(sp)
ffffffc080201ada:	ec4e                	sd	s3,24(sp)
ffffffc080201adc:	84aa                	mv	s1,a0
  char name[DIRSIZ + 1];
  int r = -1;
  sleeplock_acquire(&fs_ns_lock);
ffffffc080201ade:	0027c517          	auipc	a0,0x27c
ffffffc080201ae2:	bba50513          	add	a0,a0,-1094 # ffffffc08047d698 <fs_ns_lock>
{
ffffffc080201ae6:	892e                	mv	s2,a1
  sleeplock_acquire(&fs_ns_lock);
ffffffc080201ae8:	1a5040ef          	jal	ffffffc08020648c <sleeplock_acquire>
  struct inode *ip = path_walk(old, false, name);
ffffffc080201aec:	fc040613          	add	a2,s0,-64
ffffffc080201af0:	4581                	li	a1,0
ffffffc080201af2:	8526                	mv	a0,s1
ffffffc080201af4:	d35ff0ef          	jal	ffffffc080201828 <path_walk>
  if (ip == NULL)
ffffffc080201af8:	cd59                	beqz	a0,ffffffc080201b96 <fs_link+0xc8>
    goto out;
  struct inode *dp = ip->type == T_DIR ? NULL : path_walk(new, true, name);
ffffffc080201afa:	00451783          	lh	a5,4(a0)
ffffffc080201afe:	4985                	li	s3,1
ffffffc080201b00:	84aa                	mv	s1,a0
ffffffc080201b02:	03379463          	bne	a5,s3,ffffffc080201b2a <fs_link+0x5c>
  int r = -1;
ffffffc080201b06:	59fd                	li	s3,-1
      inode_add_links(ip, 1);
      r = 0;
    }
    inode_put(dp);
  }
  inode_put(ip);
ffffffc080201b08:	8526                	mv	a0,s1
ffffffc080201b0a:	2a1000ef          	jal	ffffffc0802025aa <inode_put>
out:
  sleeplock_release(&fs_ns_lock);
ffffffc080201b0e:	0027c517          	auipc	a0,0x27c
ffffffc080201b12:	b8a50513          	add	a0,a0,-1142 # ffffffc08047d698 <fs_ns_lock>
ffffffc080201b16:	1b3040ef          	jal	ffffffc0802064c8 <sleeplock_release>
  return r;
}
ffffffc080201b1a:	70e2                	ld	ra,56(sp)
ffffffc080201b1c:	7442                	ld	s0,48(sp)
ffffffc080201b1e:	74a2                	ld	s1,40(sp)
ffffffc080201b20:	7902                	ld	s2,32(sp)
ffffffc080201b22:	854e                	mv	a0,s3
ffffffc080201b24:	69e2                	ld	s3,24(sp)
ffffffc080201b26:	6121                	add	sp,sp,64
ffffffc080201b28:	8082                	ret
  struct inode *dp = ip->type == T_DIR ? NULL : path_walk(new, true, name);
ffffffc080201b2a:	854a                	mv	a0,s2
ffffffc080201b2c:	fc040613          	add	a2,s0,-64
ffffffc080201b30:	4585                	li	a1,1
ffffffc080201b32:	cf7ff0ef          	jal	ffffffc080201828 <path_walk>
ffffffc080201b36:	892a                	mv	s2,a0
  if (dp != NULL) {
ffffffc080201b38:	d579                	beqz	a0,ffffffc080201b06 <fs_link+0x38>
  return dp->type == T_DIR && dp->nlink > 0;
ffffffc080201b3a:	00451783          	lh	a5,4(a0)
ffffffc080201b3e:	01378763          	beq	a5,s3,ffffffc080201b4c <fs_link+0x7e>
  int r = -1;
ffffffc080201b42:	59fd                	li	s3,-1
    inode_put(dp);
ffffffc080201b44:	854a                	mv	a0,s2
ffffffc080201b46:	265000ef          	jal	ffffffc0802025aa <inode_put>
ffffffc080201b4a:	bf7d                	j	ffffffc080201b08 <fs_link+0x3a>
  return dp->type == T_DIR && dp->nlink > 0;
ffffffc080201b4c:	01051783          	lh	a5,16(a0)
ffffffc080201b50:	fef059e3          	blez	a5,ffffffc080201b42 <fs_link+0x74>
    if (dir_is_live(dp) && dir_lookup(dp, name, NULL) == 0 &&
ffffffc080201b54:	4601                	li	a2,0
ffffffc080201b56:	fc040593          	add	a1,s0,-64
ffffffc080201b5a:	c5fff0ef          	jal	ffffffc0802017b8 <dir_lookup>
ffffffc080201b5e:	2501                	sext.w	a0,a0
ffffffc080201b60:	f16d                	bnez	a0,ffffffc080201b42 <fs_link+0x74>
        dir_add(dp, name, ip->inum) == 0) {
ffffffc080201b62:	4090                	lw	a2,0(s1)
ffffffc080201b64:	fc040593          	add	a1,s0,-64
ffffffc080201b68:	854a                	mv	a0,s2
ffffffc080201b6a:	b57ff0ef          	jal	ffffffc0802016c0 <dir_add>
ffffffc080201b6e:	89aa                	mv	s3,a0
    if (dir_is_live(dp) && dir_lookup(dp, name, NULL) == 0 &&
ffffffc080201b70:	f969                	bnez	a0,ffffffc080201b42 <fs_link+0x74>
  inode_lock(ip);
ffffffc080201b72:	8526                	mv	a0,s1
ffffffc080201b74:	315000ef          	jal	ffffffc080202688 <inode_lock>
  ip->nlink += delta;
ffffffc080201b78:	0104d783          	lhu	a5,16(s1)
ffffffc080201b7c:	2785                	addw	a5,a5,1
ffffffc080201b7e:	0107979b          	sllw	a5,a5,0x10
ffffffc080201b82:	4107d79b          	sraw	a5,a5,0x10
ffffffc080201b86:	00f49823          	sh	a5,16(s1)
  KASSERT(ip->nlink >= 0);
ffffffc080201b8a:	0007c863          	bltz	a5,ffffffc080201b9a <fs_link+0xcc>
  inode_unlock(ip);
ffffffc080201b8e:	8526                	mv	a0,s1
ffffffc080201b90:	309000ef          	jal	ffffffc080202698 <inode_unlock>
}
ffffffc080201b94:	bf45                	j	ffffffc080201b44 <fs_link+0x76>
  int r = -1;
ffffffc080201b96:	59fd                	li	s3,-1
ffffffc080201b98:	bf9d                	j	ffffffc080201b0e <fs_link+0x40>
ffffffc080201b9a:	befff0ef          	jal	ffffffc080201788 <inode_add_links.part.0>

ffffffc080201b9e <fs_unlink>:
}

/* Removes path's last name. Returns 0, or -1: missing, "." or "..", or a
 * non-empty directory. The inode lives on while referenced. */
int fs_unlink(const char *path)
{
ffffffc080201b9e:	7159                	add	sp,sp,-112
ffffffc080201ba0:	f0a2                	sd	s0,96(sp)
ffffffc080201ba2:	eca6                	sd	s1,88(sp)
ffffffc080201ba4:	1880                	add	s0,sp,112
ffffffc080201ba6:	f486                	sd	ra,104(sp)
ffffffc080201ba8:	e8ca                	sd	s2,80(sp)
ffffffc080201baa:	e4ce                	sd	s3,72(sp)
ffffffc080201bac:	e0d2                	sd	s4,64(sp)
ffffffc080201bae:	fc56                	sd	s5,56(sp)
ffffffc080201bb0:	f85a                	sd	s6,48(sp)
ffffffc080201bb2:	f45e                	sd	s7,40(sp)
ffffffc080201bb4:	84aa                	mv	s1,a0
  char name[DIRSIZ + 1];
  int r = -1;
  sleeplock_acquire(&fs_ns_lock);
ffffffc080201bb6:	0027c517          	auipc	a0,0x27c
ffffffc080201bba:	ae250513          	add	a0,a0,-1310 # ffffffc08047d698 <fs_ns_lock>
ffffffc080201bbe:	0cf040ef          	jal	ffffffc08020648c <sleeplock_acquire>
  struct inode *dp = path_walk(path, true, name);
ffffffc080201bc2:	fa040613          	add	a2,s0,-96
ffffffc080201bc6:	4585                	li	a1,1
ffffffc080201bc8:	8526                	mv	a0,s1
ffffffc080201bca:	c5fff0ef          	jal	ffffffc080201828 <path_walk>
  if (dp == NULL)
ffffffc080201bce:	12050663          	beqz	a0,ffffffc080201cfa <fs_unlink+0x15c>
    goto out;
  uint64 idx;
  uint inum = 0;
  if (strncmp(name, ".", DIRSIZ) != 0 && strncmp(name, "..", DIRSIZ) != 0)
ffffffc080201bd2:	84aa                	mv	s1,a0
ffffffc080201bd4:	4639                	li	a2,14
ffffffc080201bd6:	00006597          	auipc	a1,0x6
ffffffc080201bda:	79a58593          	add	a1,a1,1946 # ffffffc080208370 <CSWTCH.21+0xc0>
ffffffc080201bde:	fa040513          	add	a0,s0,-96
ffffffc080201be2:	0a8020ef          	jal	ffffffc080203c8a <strncmp>
ffffffc080201be6:	e51d                	bnez	a0,ffffffc080201c14 <fs_unlink+0x76>
  int r = -1;
ffffffc080201be8:	597d                	li	s2,-1
      dir_remove(dp, idx, ip);
      r = 0;
    }
    inode_put(ip);
  }
  inode_put(dp);
ffffffc080201bea:	8526                	mv	a0,s1
ffffffc080201bec:	1bf000ef          	jal	ffffffc0802025aa <inode_put>
out:
  sleeplock_release(&fs_ns_lock);
ffffffc080201bf0:	0027c517          	auipc	a0,0x27c
ffffffc080201bf4:	aa850513          	add	a0,a0,-1368 # ffffffc08047d698 <fs_ns_lock>
ffffffc080201bf8:	0d1040ef          	jal	ffffffc0802064c8 <sleeplock_release>
  return r;
}
ffffffc080201bfc:	70a6                	ld	ra,104(sp)
ffffffc080201bfe:	7406                	ld	s0,96(sp)
ffffffc080201c00:	64e6                	ld	s1,88(sp)
ffffffc080201c02:	69a6                	ld	s3,72(sp)
ffffffc080201c04:	6a06                	ld	s4,64(sp)
ffffffc080201c06:	7ae2                	ld	s5,56(sp)
ffffffc080201c08:	7b42                	ld	s6,48(sp)
ffffffc080201c0a:	7ba2                	ld	s7,40(sp)
ffffffc080201c0c:	854a                	mv	a0,s2
ffffffc080201c0e:	6946                	ld	s2,80(sp)
ffffffc080201c10:	6165                	add	sp,sp,112
ffffffc080201c12:	8082                	ret
  if (strncmp(name, ".", DIRSIZ) != 0 && strncmp(name, "..", DIRSIZ) != 0)
ffffffc080201c14:	4639                	li	a2,14
ffffffc080201c16:	00006597          	auipc	a1,0x6
ffffffc080201c1a:	76258593          	add	a1,a1,1890 # ffffffc080208378 <CSWTCH.21+0xc8>
ffffffc080201c1e:	fa040513          	add	a0,s0,-96
ffffffc080201c22:	068020ef          	jal	ffffffc080203c8a <strncmp>
ffffffc080201c26:	d169                	beqz	a0,ffffffc080201be8 <fs_unlink+0x4a>
    inum = dir_lookup(dp, name, &idx);
ffffffc080201c28:	f9840613          	add	a2,s0,-104
ffffffc080201c2c:	fa040593          	add	a1,s0,-96
ffffffc080201c30:	8526                	mv	a0,s1
ffffffc080201c32:	b87ff0ef          	jal	ffffffc0802017b8 <dir_lookup>
ffffffc080201c36:	2501                	sext.w	a0,a0
  if (inum != 0) {
ffffffc080201c38:	d945                	beqz	a0,ffffffc080201be8 <fs_unlink+0x4a>
    struct inode *ip = inode_get(inum);
ffffffc080201c3a:	0a1000ef          	jal	ffffffc0802024da <inode_get>
    if (ip->type != T_DIR || dir_is_empty(ip)) {
ffffffc080201c3e:	00451703          	lh	a4,4(a0)
ffffffc080201c42:	4785                	li	a5,1
    struct inode *ip = inode_get(inum);
ffffffc080201c44:	8a2a                	mv	s4,a0
    if (ip->type != T_DIR || dir_is_empty(ip)) {
ffffffc080201c46:	04f70b63          	beq	a4,a5,ffffffc080201c9c <fs_unlink+0xfe>
      dir_remove(dp, idx, ip);
ffffffc080201c4a:	f9843903          	ld	s2,-104(s0)
  inode_lock(dp);
ffffffc080201c4e:	8526                	mv	a0,s1
ffffffc080201c50:	239000ef          	jal	ffffffc080202688 <inode_lock>
  dir_entry(dp, idx)->inum = 0;
ffffffc080201c54:	85ca                	mv	a1,s2
ffffffc080201c56:	8526                	mv	a0,s1
ffffffc080201c58:	5bb000ef          	jal	ffffffc080202a12 <dir_entry>
ffffffc080201c5c:	00051023          	sh	zero,0(a0)
  inode_unlock(dp);
ffffffc080201c60:	8526                	mv	a0,s1
ffffffc080201c62:	237000ef          	jal	ffffffc080202698 <inode_unlock>
  if (ip->type == T_DIR) {
ffffffc080201c66:	004a1703          	lh	a4,4(s4)
ffffffc080201c6a:	4785                	li	a5,1
ffffffc080201c6c:	08f70963          	beq	a4,a5,ffffffc080201cfe <fs_unlink+0x160>
  inode_lock(ip);
ffffffc080201c70:	8552                	mv	a0,s4
ffffffc080201c72:	217000ef          	jal	ffffffc080202688 <inode_lock>
  ip->nlink += delta;
ffffffc080201c76:	010a5783          	lhu	a5,16(s4)
ffffffc080201c7a:	37fd                	addw	a5,a5,-1
ffffffc080201c7c:	0107979b          	sllw	a5,a5,0x10
ffffffc080201c80:	4107d79b          	sraw	a5,a5,0x10
ffffffc080201c84:	00fa1823          	sh	a5,16(s4)
  KASSERT(ip->nlink >= 0);
ffffffc080201c88:	0a07c663          	bltz	a5,ffffffc080201d34 <fs_unlink+0x196>
  inode_unlock(ip);
ffffffc080201c8c:	8552                	mv	a0,s4
ffffffc080201c8e:	20b000ef          	jal	ffffffc080202698 <inode_unlock>
      r = 0;
ffffffc080201c92:	4901                	li	s2,0
    inode_put(ip);
ffffffc080201c94:	8552                	mv	a0,s4
ffffffc080201c96:	115000ef          	jal	ffffffc0802025aa <inode_put>
ffffffc080201c9a:	bf81                	j	ffffffc080201bea <fs_unlink+0x4c>
  uint64 n = dp->size / sizeof(struct dirent);
ffffffc080201c9c:	04053a83          	ld	s5,64(a0)
ffffffc080201ca0:	004ada93          	srl	s5,s5,0x4
  for (uint64 i = 0; i < n; i++) {
ffffffc080201ca4:	fa0a83e3          	beqz	s5,ffffffc080201c4a <fs_unlink+0xac>
ffffffc080201ca8:	4981                	li	s3,0
  return de->inum != 0 && strncmp(de->name, name, DIRSIZ) == 0;
ffffffc080201caa:	00006b97          	auipc	s7,0x6
ffffffc080201cae:	6c6b8b93          	add	s7,s7,1734 # ffffffc080208370 <CSWTCH.21+0xc0>
ffffffc080201cb2:	a021                	j	ffffffc080201cba <fs_unlink+0x11c>
  for (uint64 i = 0; i < n; i++) {
ffffffc080201cb4:	0985                	add	s3,s3,1
ffffffc080201cb6:	f93a8ae3          	beq	s5,s3,ffffffc080201c4a <fs_unlink+0xac>
    struct dirent *de = dir_entry(dp, i);
ffffffc080201cba:	85ce                	mv	a1,s3
ffffffc080201cbc:	8552                	mv	a0,s4
ffffffc080201cbe:	555000ef          	jal	ffffffc080202a12 <dir_entry>
    if (de->inum != 0 && !dirent_is(de, ".") && !dirent_is(de, ".."))
ffffffc080201cc2:	00055783          	lhu	a5,0(a0)
    struct dirent *de = dir_entry(dp, i);
ffffffc080201cc6:	892a                	mv	s2,a0
    if (de->inum != 0 && !dirent_is(de, ".") && !dirent_is(de, ".."))
ffffffc080201cc8:	d7f5                	beqz	a5,ffffffc080201cb4 <fs_unlink+0x116>
  return de->inum != 0 && strncmp(de->name, name, DIRSIZ) == 0;
ffffffc080201cca:	00250b13          	add	s6,a0,2
ffffffc080201cce:	4639                	li	a2,14
ffffffc080201cd0:	85de                	mv	a1,s7
ffffffc080201cd2:	855a                	mv	a0,s6
ffffffc080201cd4:	7b7010ef          	jal	ffffffc080203c8a <strncmp>
ffffffc080201cd8:	dd71                	beqz	a0,ffffffc080201cb4 <fs_unlink+0x116>
ffffffc080201cda:	00095783          	lhu	a5,0(s2)
ffffffc080201cde:	e399                	bnez	a5,ffffffc080201ce4 <fs_unlink+0x146>
  int r = -1;
ffffffc080201ce0:	597d                	li	s2,-1
ffffffc080201ce2:	bf4d                	j	ffffffc080201c94 <fs_unlink+0xf6>
  return de->inum != 0 && strncmp(de->name, name, DIRSIZ) == 0;
ffffffc080201ce4:	4639                	li	a2,14
ffffffc080201ce6:	00006597          	auipc	a1,0x6
ffffffc080201cea:	69258593          	add	a1,a1,1682 # ffffffc080208378 <CSWTCH.21+0xc8>
ffffffc080201cee:	855a                	mv	a0,s6
ffffffc080201cf0:	79b010ef          	jal	ffffffc080203c8a <strncmp>
ffffffc080201cf4:	d161                	beqz	a0,ffffffc080201cb4 <fs_unlink+0x116>
  int r = -1;
ffffffc080201cf6:	597d                	li	s2,-1
ffffffc080201cf8:	bf71                	j	ffffffc080201c94 <fs_unlink+0xf6>
ffffffc080201cfa:	597d                	li	s2,-1
ffffffc080201cfc:	bdd5                	j	ffffffc080201bf0 <fs_unlink+0x52>
  inode_lock(ip);
ffffffc080201cfe:	8526                	mv	a0,s1
ffffffc080201d00:	189000ef          	jal	ffffffc080202688 <inode_lock>
  ip->nlink += delta;
ffffffc080201d04:	0104d783          	lhu	a5,16(s1)
ffffffc080201d08:	37fd                	addw	a5,a5,-1
ffffffc080201d0a:	0107979b          	sllw	a5,a5,0x10
ffffffc080201d0e:	4107d79b          	sraw	a5,a5,0x10
ffffffc080201d12:	00f49823          	sh	a5,16(s1)
  KASSERT(ip->nlink >= 0);
ffffffc080201d16:	0007cf63          	bltz	a5,ffffffc080201d34 <fs_unlink+0x196>
  inode_unlock(ip);
ffffffc080201d1a:	8526                	mv	a0,s1
ffffffc080201d1c:	17d000ef          	jal	ffffffc080202698 <inode_unlock>
    inode_lock(ip);
ffffffc080201d20:	8552                	mv	a0,s4
ffffffc080201d22:	167000ef          	jal	ffffffc080202688 <inode_lock>
    inode_truncate_locked(ip);
ffffffc080201d26:	8552                	mv	a0,s4
ffffffc080201d28:	343000ef          	jal	ffffffc08020286a <inode_truncate_locked>
    inode_unlock(ip);
ffffffc080201d2c:	8552                	mv	a0,s4
ffffffc080201d2e:	16b000ef          	jal	ffffffc080202698 <inode_unlock>
ffffffc080201d32:	bf3d                	j	ffffffc080201c70 <fs_unlink+0xd2>
ffffffc080201d34:	a55ff0ef          	jal	ffffffc080201788 <inode_add_links.part.0>

ffffffc080201d38 <fs_init>:
}

/* Builds the root directory (inode 1) and unpacks the boot image into
 * it. Called once at boot, on one hart, before any process runs. */
void fs_init(void)
{
ffffffc080201d38:	715d                	add	sp,sp,-80
ffffffc080201d3a:	e486                	sd	ra,72(sp)
ffffffc080201d3c:	e0a2                	sd	s0,64(sp)
ffffffc080201d3e:	f44e                	sd	s3,40(sp)
ffffffc080201d40:	0880                	add	s0,sp,80
ffffffc080201d42:	fc26                	sd	s1,56(sp)
ffffffc080201d44:	f84a                	sd	s2,48(sp)
ffffffc080201d46:	f052                	sd	s4,32(sp)
ffffffc080201d48:	ec56                	sd	s5,24(sp)
ffffffc080201d4a:	e85a                	sd	s6,16(sp)
ffffffc080201d4c:	e45e                	sd	s7,8(sp)
  inode_table_init();
ffffffc080201d4e:	628000ef          	jal	ffffffc080202376 <inode_table_init>
  file_init();
ffffffc080201d52:	19c000ef          	jal	ffffffc080201eee <file_init>
  pipe_init();
ffffffc080201d56:	509000ef          	jal	ffffffc080202a5e <pipe_init>
  sleeplock_acquire(&fs_ns_lock);
ffffffc080201d5a:	0027c517          	auipc	a0,0x27c
ffffffc080201d5e:	93e50513          	add	a0,a0,-1730 # ffffffc08047d698 <fs_ns_lock>
ffffffc080201d62:	72a040ef          	jal	ffffffc08020648c <sleeplock_acquire>
  root = inode_alloc(T_DIR, 0, 0);
ffffffc080201d66:	4601                	li	a2,0
ffffffc080201d68:	4581                	li	a1,0
ffffffc080201d6a:	4505                	li	a0,1
ffffffc080201d6c:	67e000ef          	jal	ffffffc0802023ea <inode_alloc>
ffffffc080201d70:	00278997          	auipc	s3,0x278
ffffffc080201d74:	30898993          	add	s3,s3,776 # ffffffc08047a078 <root>
ffffffc080201d78:	00a9b023          	sd	a0,0(s3)
  KASSERT(root != NULL && root->inum == ROOTINO);
ffffffc080201d7c:	14050563          	beqz	a0,ffffffc080201ec6 <fs_init+0x18e>
ffffffc080201d80:	00052903          	lw	s2,0(a0)
ffffffc080201d84:	4785                	li	a5,1
ffffffc080201d86:	14f91063          	bne	s2,a5,ffffffc080201ec6 <fs_init+0x18e>
  if (dir_add(root, ".", ROOTINO) < 0 || dir_add(root, "..", ROOTINO) < 0)
ffffffc080201d8a:	4605                	li	a2,1
ffffffc080201d8c:	00006597          	auipc	a1,0x6
ffffffc080201d90:	5e458593          	add	a1,a1,1508 # ffffffc080208370 <CSWTCH.21+0xc0>
ffffffc080201d94:	92dff0ef          	jal	ffffffc0802016c0 <dir_add>
ffffffc080201d98:	12054163          	bltz	a0,ffffffc080201eba <fs_init+0x182>
ffffffc080201d9c:	0009b503          	ld	a0,0(s3)
ffffffc080201da0:	4605                	li	a2,1
ffffffc080201da2:	00006597          	auipc	a1,0x6
ffffffc080201da6:	5d658593          	add	a1,a1,1494 # ffffffc080208378 <CSWTCH.21+0xc8>
ffffffc080201daa:	917ff0ef          	jal	ffffffc0802016c0 <dir_add>
ffffffc080201dae:	10054663          	bltz	a0,ffffffc080201eba <fs_init+0x182>
    panic("fs_init: out of memory");
  root->nlink = 1; /* never freed: the reference from alloc is kept */
ffffffc080201db2:	0009b783          	ld	a5,0(s3)
  for (const struct image_file *f = fs_image; f->name != NULL; f++)
ffffffc080201db6:	00276497          	auipc	s1,0x276
ffffffc080201dba:	f3a48493          	add	s1,s1,-198 # ffffffc080477cf0 <fs_image>
ffffffc080201dbe:	6088                	ld	a0,0(s1)
  root->nlink = 1; /* never freed: the reference from alloc is kept */
ffffffc080201dc0:	01279823          	sh	s2,16(a5)
  for (const struct image_file *f = fs_image; f->name != NULL; f++)
ffffffc080201dc4:	c945                	beqz	a0,ffffffc080201e74 <fs_init+0x13c>
  if (len == 0 || len > DIRSIZ || dir_lookup(root, f->name, NULL) != 0) {
ffffffc080201dc6:	4a35                	li	s4,13
    kprintf("fs: image file \"%s\": bad or duplicate name, skipped\n",
ffffffc080201dc8:	00006a97          	auipc	s5,0x6
ffffffc080201dcc:	5f8a8a93          	add	s5,s5,1528 # ffffffc0802083c0 <CSWTCH.21+0x110>
ffffffc080201dd0:	a071                	j	ffffffc080201e5c <fs_init+0x124>
  if (len == 0 || len > DIRSIZ || dir_lookup(root, f->name, NULL) != 0) {
ffffffc080201dd2:	608c                	ld	a1,0(s1)
ffffffc080201dd4:	0009b503          	ld	a0,0(s3)
ffffffc080201dd8:	4601                	li	a2,0
ffffffc080201dda:	9dfff0ef          	jal	ffffffc0802017b8 <dir_lookup>
ffffffc080201dde:	2501                	sext.w	a0,a0
ffffffc080201de0:	e159                	bnez	a0,ffffffc080201e66 <fs_init+0x12e>
                                   : inode_alloc(type, major, minor);
ffffffc080201de2:	4601                	li	a2,0
ffffffc080201de4:	4581                	li	a1,0
ffffffc080201de6:	4509                	li	a0,2
  struct inode *ip = dir_create(root, f->name, T_FILE, 0, 0);
ffffffc080201de8:	0009bb03          	ld	s6,0(s3)
ffffffc080201dec:	0004bb83          	ld	s7,0(s1)
                                   : inode_alloc(type, major, minor);
ffffffc080201df0:	5fa000ef          	jal	ffffffc0802023ea <inode_alloc>
ffffffc080201df4:	892a                	mv	s2,a0
  if (ip == NULL)
ffffffc080201df6:	c155                	beqz	a0,ffffffc080201e9a <fs_init+0x162>
  if (dir_add(dp, name, ip->inum) < 0) {
ffffffc080201df8:	4110                	lw	a2,0(a0)
ffffffc080201dfa:	85de                	mv	a1,s7
ffffffc080201dfc:	855a                	mv	a0,s6
ffffffc080201dfe:	8c3ff0ef          	jal	ffffffc0802016c0 <dir_add>
ffffffc080201e02:	08054963          	bltz	a0,ffffffc080201e94 <fs_init+0x15c>
  inode_lock(ip);
ffffffc080201e06:	854a                	mv	a0,s2
ffffffc080201e08:	081000ef          	jal	ffffffc080202688 <inode_lock>
  ip->nlink += delta;
ffffffc080201e0c:	01095783          	lhu	a5,16(s2)
ffffffc080201e10:	2785                	addw	a5,a5,1
ffffffc080201e12:	0107979b          	sllw	a5,a5,0x10
ffffffc080201e16:	4107d79b          	sraw	a5,a5,0x10
ffffffc080201e1a:	00f91823          	sh	a5,16(s2)
  KASSERT(ip->nlink >= 0);
ffffffc080201e1e:	0807cc63          	bltz	a5,ffffffc080201eb6 <fs_init+0x17e>
  inode_unlock(ip);
ffffffc080201e22:	854a                	mv	a0,s2
ffffffc080201e24:	075000ef          	jal	ffffffc080202698 <inode_unlock>
  inode_lock(ip);
ffffffc080201e28:	854a                	mv	a0,s2
ffffffc080201e2a:	05f000ef          	jal	ffffffc080202688 <inode_lock>
  int n = inode_write_locked(ip, 0, (uint64)f->data, 0, f->size);
ffffffc080201e2e:	6490                	ld	a2,8(s1)
ffffffc080201e30:	6898                	ld	a4,16(s1)
ffffffc080201e32:	4681                	li	a3,0
ffffffc080201e34:	4581                	li	a1,0
ffffffc080201e36:	854a                	mv	a0,s2
ffffffc080201e38:	141000ef          	jal	ffffffc080202778 <inode_write_locked>
ffffffc080201e3c:	8b2a                	mv	s6,a0
  inode_unlock(ip);
ffffffc080201e3e:	854a                	mv	a0,s2
ffffffc080201e40:	059000ef          	jal	ffffffc080202698 <inode_unlock>
  if (f->size > 0 && (n < 0 || (uint64)n != f->size))
ffffffc080201e44:	6890                	ld	a2,16(s1)
ffffffc080201e46:	c609                	beqz	a2,ffffffc080201e50 <fs_init+0x118>
ffffffc080201e48:	060b4063          	bltz	s6,ffffffc080201ea8 <fs_init+0x170>
ffffffc080201e4c:	05661e63          	bne	a2,s6,ffffffc080201ea8 <fs_init+0x170>
  inode_put(ip);
ffffffc080201e50:	854a                	mv	a0,s2
ffffffc080201e52:	758000ef          	jal	ffffffc0802025aa <inode_put>
  for (const struct image_file *f = fs_image; f->name != NULL; f++)
ffffffc080201e56:	6c88                	ld	a0,24(s1)
ffffffc080201e58:	04e1                	add	s1,s1,24
ffffffc080201e5a:	cd09                	beqz	a0,ffffffc080201e74 <fs_init+0x13c>
  size_t len = strlen(f->name);
ffffffc080201e5c:	605010ef          	jal	ffffffc080203c60 <strlen>
  if (len == 0 || len > DIRSIZ || dir_lookup(root, f->name, NULL) != 0) {
ffffffc080201e60:	157d                	add	a0,a0,-1
ffffffc080201e62:	f6aa78e3          	bgeu	s4,a0,ffffffc080201dd2 <fs_init+0x9a>
    kprintf("fs: image file \"%s\": bad or duplicate name, skipped\n",
ffffffc080201e66:	608c                	ld	a1,0(s1)
ffffffc080201e68:	8556                	mv	a0,s5
  for (const struct image_file *f = fs_image; f->name != NULL; f++)
ffffffc080201e6a:	04e1                	add	s1,s1,24
    kprintf("fs: image file \"%s\": bad or duplicate name, skipped\n",
ffffffc080201e6c:	3a3010ef          	jal	ffffffc080203a0e <kprintf>
  for (const struct image_file *f = fs_image; f->name != NULL; f++)
ffffffc080201e70:	6088                	ld	a0,0(s1)
ffffffc080201e72:	f56d                	bnez	a0,ffffffc080201e5c <fs_init+0x124>
    fs_unpack(f);
  sleeplock_release(&fs_ns_lock);
}
ffffffc080201e74:	6406                	ld	s0,64(sp)
ffffffc080201e76:	60a6                	ld	ra,72(sp)
ffffffc080201e78:	74e2                	ld	s1,56(sp)
ffffffc080201e7a:	7942                	ld	s2,48(sp)
ffffffc080201e7c:	79a2                	ld	s3,40(sp)
ffffffc080201e7e:	7a02                	ld	s4,32(sp)
ffffffc080201e80:	6ae2                	ld	s5,24(sp)
ffffffc080201e82:	6b42                	ld	s6,16(sp)
ffffffc080201e84:	6ba2                	ld	s7,8(sp)
  sleeplock_release(&fs_ns_lock);
ffffffc080201e86:	0027c517          	auipc	a0,0x27c
ffffffc080201e8a:	81250513          	add	a0,a0,-2030 # ffffffc08047d698 <fs_ns_lock>
}
ffffffc080201e8e:	6161                	add	sp,sp,80
  sleeplock_release(&fs_ns_lock);
ffffffc080201e90:	6380406f          	j	ffffffc0802064c8 <sleeplock_release>
    inode_put(ip);
ffffffc080201e94:	854a                	mv	a0,s2
ffffffc080201e96:	714000ef          	jal	ffffffc0802025aa <inode_put>
    panic("fs_init: no inode or memory for %s", f->name);
ffffffc080201e9a:	608c                	ld	a1,0(s1)
ffffffc080201e9c:	00006517          	auipc	a0,0x6
ffffffc080201ea0:	55c50513          	add	a0,a0,1372 # ffffffc0802083f8 <CSWTCH.21+0x148>
ffffffc080201ea4:	3ad010ef          	jal	ffffffc080203a50 <panic>
    panic("fs_init: %s: %lu bytes do not fit (file limit or memory)",
ffffffc080201ea8:	608c                	ld	a1,0(s1)
ffffffc080201eaa:	00006517          	auipc	a0,0x6
ffffffc080201eae:	57650513          	add	a0,a0,1398 # ffffffc080208420 <CSWTCH.21+0x170>
ffffffc080201eb2:	39f010ef          	jal	ffffffc080203a50 <panic>
ffffffc080201eb6:	8d3ff0ef          	jal	ffffffc080201788 <inode_add_links.part.0>
    panic("fs_init: out of memory");
ffffffc080201eba:	00006517          	auipc	a0,0x6
ffffffc080201ebe:	4ee50513          	add	a0,a0,1262 # ffffffc0802083a8 <CSWTCH.21+0xf8>
ffffffc080201ec2:	38f010ef          	jal	ffffffc080203a50 <panic>
  KASSERT(root != NULL && root->inum == ROOTINO);
ffffffc080201ec6:	00006717          	auipc	a4,0x6
ffffffc080201eca:	4ba70713          	add	a4,a4,1210 # ffffffc080208380 <CSWTCH.21+0xd0>
ffffffc080201ece:	00006697          	auipc	a3,0x6
ffffffc080201ed2:	13268693          	add	a3,a3,306 # ffffffc080208000 <kernel_text_end>
ffffffc080201ed6:	16a00613          	li	a2,362
ffffffc080201eda:	00006597          	auipc	a1,0x6
ffffffc080201ede:	48658593          	add	a1,a1,1158 # ffffffc080208360 <CSWTCH.21+0xb0>
ffffffc080201ee2:	00006517          	auipc	a0,0x6
ffffffc080201ee6:	18e50513          	add	a0,a0,398 # ffffffc080208070 <__func__.0+0x40>
ffffffc080201eea:	367010ef          	jal	ffffffc080203a50 <panic>

ffffffc080201eee <file_init>:
/* Written by dev_register at boot, then read-only. */
static struct devsw devsw[NDEV];

/* See file.h. */
void file_init(void)
{
ffffffc080201eee:	1141                	add	sp,sp,-16
ffffffc080201ef0:	e422                	sd	s0,8(sp)
ffffffc080201ef2:	0800                	add	s0,sp,16
  spin_init(&ftable.lock, "ftable");
}
ffffffc080201ef4:	6422                	ld	s0,8(sp)
  spin_init(&ftable.lock, "ftable");
ffffffc080201ef6:	00006597          	auipc	a1,0x6
ffffffc080201efa:	57a58593          	add	a1,a1,1402 # ffffffc080208470 <__func__.1+0x10>
ffffffc080201efe:	00278517          	auipc	a0,0x278
ffffffc080201f02:	78250513          	add	a0,a0,1922 # ffffffc08047a680 <ftable>
}
ffffffc080201f06:	0141                	add	sp,sp,16
  spin_init(&ftable.lock, "ftable");
ffffffc080201f08:	62a0406f          	j	ffffffc080206532 <spin_init>

ffffffc080201f0c <dev_register>:

/* See file.h. */
void dev_register(int major, int (*read)(uint64, int),
                  int (*write)(uint64, int))
{
  KASSERT(major >= 0 && major < NDEV);
ffffffc080201f0c:	47a5                	li	a5,9
ffffffc080201f0e:	00a7eb63          	bltu	a5,a0,ffffffc080201f24 <dev_register+0x18>
  devsw[major].read = read;
ffffffc080201f12:	0512                	sll	a0,a0,0x4
ffffffc080201f14:	00278797          	auipc	a5,0x278
ffffffc080201f18:	6cc78793          	add	a5,a5,1740 # ffffffc08047a5e0 <devsw>
ffffffc080201f1c:	97aa                	add	a5,a5,a0
ffffffc080201f1e:	e38c                	sd	a1,0(a5)
  devsw[major].write = write;
ffffffc080201f20:	e790                	sd	a2,8(a5)
ffffffc080201f22:	8082                	ret
{
ffffffc080201f24:	1141                	add	sp,sp,-16
ffffffc080201f26:	e022                	sd	s0,0(sp)
ffffffc080201f28:	e406                	sd	ra,8(sp)
ffffffc080201f2a:	0800                	add	s0,sp,16
  KASSERT(major >= 0 && major < NDEV);
ffffffc080201f2c:	00006717          	auipc	a4,0x6
ffffffc080201f30:	54c70713          	add	a4,a4,1356 # ffffffc080208478 <__func__.1+0x18>
ffffffc080201f34:	00006697          	auipc	a3,0x6
ffffffc080201f38:	58c68693          	add	a3,a3,1420 # ffffffc0802084c0 <__func__.2>
ffffffc080201f3c:	4679                	li	a2,30
ffffffc080201f3e:	00006597          	auipc	a1,0x6
ffffffc080201f42:	55a58593          	add	a1,a1,1370 # ffffffc080208498 <__func__.1+0x38>
ffffffc080201f46:	00006517          	auipc	a0,0x6
ffffffc080201f4a:	12a50513          	add	a0,a0,298 # ffffffc080208070 <__func__.0+0x40>
ffffffc080201f4e:	303010ef          	jal	ffffffc080203a50 <panic>

ffffffc080201f52 <dev_exists>:
}

/* See file.h. */
bool dev_exists(int major)
{
ffffffc080201f52:	1141                	add	sp,sp,-16
ffffffc080201f54:	e422                	sd	s0,8(sp)
ffffffc080201f56:	0800                	add	s0,sp,16
  return major >= 0 && major < NDEV &&
ffffffc080201f58:	47a5                	li	a5,9
ffffffc080201f5a:	00a7ee63          	bltu	a5,a0,ffffffc080201f76 <dev_exists+0x24>
         (devsw[major].read != NULL || devsw[major].write != NULL);
ffffffc080201f5e:	0512                	sll	a0,a0,0x4
ffffffc080201f60:	00278797          	auipc	a5,0x278
ffffffc080201f64:	68078793          	add	a5,a5,1664 # ffffffc08047a5e0 <devsw>
ffffffc080201f68:	97aa                	add	a5,a5,a0
  return major >= 0 && major < NDEV &&
ffffffc080201f6a:	6398                	ld	a4,0(a5)
ffffffc080201f6c:	4505                	li	a0,1
ffffffc080201f6e:	cb01                	beqz	a4,ffffffc080201f7e <dev_exists+0x2c>
}
ffffffc080201f70:	6422                	ld	s0,8(sp)
ffffffc080201f72:	0141                	add	sp,sp,16
ffffffc080201f74:	8082                	ret
ffffffc080201f76:	6422                	ld	s0,8(sp)
ffffffc080201f78:	4501                	li	a0,0
ffffffc080201f7a:	0141                	add	sp,sp,16
ffffffc080201f7c:	8082                	ret
         (devsw[major].read != NULL || devsw[major].write != NULL);
ffffffc080201f7e:	6788                	ld	a0,8(a5)
}
ffffffc080201f80:	6422                	ld	s0,8(sp)
         (devsw[major].read != NULL || devsw[major].write != NULL);
ffffffc080201f82:	00a03533          	snez	a0,a0
}
ffffffc080201f86:	0141                	add	sp,sp,16
ffffffc080201f88:	8082                	ret

ffffffc080201f8a <file_alloc>:

/* See file.h. */
struct file *file_alloc(void)
{
ffffffc080201f8a:	7139                	add	sp,sp,-64
ffffffc080201f8c:	f822                	sd	s0,48(sp)
ffffffc080201f8e:	f04a                	sd	s2,32(sp)
ffffffc080201f90:	fc06                	sd	ra,56(sp)
ffffffc080201f92:	f426                	sd	s1,40(sp)
ffffffc080201f94:	ec4e                	sd	s3,24(sp)
ffffffc080201f96:	e852                	sd	s4,16(sp)
ffffffc080201f98:	e456                	sd	s5,8(sp)
ffffffc080201f9a:	0080                	add	s0,sp,64
  struct file *f = NULL;
  spin_lock(&ftable.lock);
ffffffc080201f9c:	00278517          	auipc	a0,0x278
ffffffc080201fa0:	6e450513          	add	a0,a0,1764 # ffffffc08047a680 <ftable>
ffffffc080201fa4:	5a4040ef          	jal	ffffffc080206548 <spin_lock>
  for (int i = 0; i < NFILE && f == NULL; i++) {
ffffffc080201fa8:	4901                	li	s2,0
ffffffc080201faa:	00278797          	auipc	a5,0x278
ffffffc080201fae:	6ee78793          	add	a5,a5,1774 # ffffffc08047a698 <ftable+0x18>
ffffffc080201fb2:	10000693          	li	a3,256
    if (ftable.file[i].ref == 0) {
ffffffc080201fb6:	4398                	lw	a4,0(a5)
  for (int i = 0; i < NFILE && f == NULL; i++) {
ffffffc080201fb8:	03078793          	add	a5,a5,48
    if (ftable.file[i].ref == 0) {
ffffffc080201fbc:	e72d                	bnez	a4,ffffffc080202026 <file_alloc+0x9c>
      f = &ftable.file[i];
ffffffc080201fbe:	00191493          	sll	s1,s2,0x1
ffffffc080201fc2:	94ca                	add	s1,s1,s2
ffffffc080201fc4:	00278997          	auipc	s3,0x278
ffffffc080201fc8:	6bc98993          	add	s3,s3,1724 # ffffffc08047a680 <ftable>
ffffffc080201fcc:	0492                	sll	s1,s1,0x4
      f->ref = 1;
ffffffc080201fce:	00998a33          	add	s4,s3,s1
ffffffc080201fd2:	4785                	li	a5,1
    }
  }
  spin_unlock(&ftable.lock);
ffffffc080201fd4:	854e                	mv	a0,s3
      f->ref = 1;
ffffffc080201fd6:	00fa2c23          	sw	a5,24(s4)
    return NULL;
  f->type = FD_NONE;
  f->readable = f->writable = false;
  f->pipe = NULL;
  f->ip = NULL;
  f->major = 0;
ffffffc080201fda:	0905                	add	s2,s2,1
  spin_unlock(&ftable.lock);
ffffffc080201fdc:	666040ef          	jal	ffffffc080206642 <spin_unlock>
  f->major = 0;
ffffffc080201fe0:	00191793          	sll	a5,s2,0x1
ffffffc080201fe4:	97ca                	add	a5,a5,s2
  f->readable = f->writable = false;
ffffffc080201fe6:	00278717          	auipc	a4,0x278
ffffffc080201fea:	6ba70713          	add	a4,a4,1722 # ffffffc08047a6a0 <ftable+0x20>
      f = &ftable.file[i];
ffffffc080201fee:	01848a93          	add	s5,s1,24
  f->type = FD_NONE;
ffffffc080201ff2:	000a2e23          	sw	zero,28(s4)
  f->readable = f->writable = false;
ffffffc080201ff6:	94ba                	add	s1,s1,a4
  f->major = 0;
ffffffc080201ff8:	0792                	sll	a5,a5,0x4
  f->readable = f->writable = false;
ffffffc080201ffa:	00049023          	sh	zero,0(s1)
      f = &ftable.file[i];
ffffffc080201ffe:	9ace                	add	s5,s5,s3
  f->major = 0;
ffffffc080202000:	99be                	add	s3,s3,a5
  f->pipe = NULL;
ffffffc080202002:	020a3423          	sd	zero,40(s4)
  f->ip = NULL;
ffffffc080202006:	020a3823          	sd	zero,48(s4)
  f->major = 0;
ffffffc08020200a:	00099423          	sh	zero,8(s3)
  f->off = 0;
ffffffc08020200e:	0009b823          	sd	zero,16(s3)
  return f;
}
ffffffc080202012:	70e2                	ld	ra,56(sp)
ffffffc080202014:	7442                	ld	s0,48(sp)
ffffffc080202016:	74a2                	ld	s1,40(sp)
ffffffc080202018:	7902                	ld	s2,32(sp)
ffffffc08020201a:	69e2                	ld	s3,24(sp)
ffffffc08020201c:	6a42                	ld	s4,16(sp)
ffffffc08020201e:	8556                	mv	a0,s5
ffffffc080202020:	6aa2                	ld	s5,8(sp)
ffffffc080202022:	6121                	add	sp,sp,64
ffffffc080202024:	8082                	ret
  for (int i = 0; i < NFILE && f == NULL; i++) {
ffffffc080202026:	2905                	addw	s2,s2,1
ffffffc080202028:	f8d917e3          	bne	s2,a3,ffffffc080201fb6 <file_alloc+0x2c>
  spin_unlock(&ftable.lock);
ffffffc08020202c:	00278517          	auipc	a0,0x278
ffffffc080202030:	65450513          	add	a0,a0,1620 # ffffffc08047a680 <ftable>
ffffffc080202034:	60e040ef          	jal	ffffffc080206642 <spin_unlock>
  if (f == NULL)
ffffffc080202038:	4a81                	li	s5,0
ffffffc08020203a:	bfe1                	j	ffffffc080202012 <file_alloc+0x88>

ffffffc08020203c <file_dup>:

/* See file.h. */
struct file *file_dup(struct file *f)
{
ffffffc08020203c:	1101                	add	sp,sp,-32
ffffffc08020203e:	e822                	sd	s0,16(sp)
ffffffc080202040:	e426                	sd	s1,8(sp)
ffffffc080202042:	ec06                	sd	ra,24(sp)
ffffffc080202044:	1000                	add	s0,sp,32
ffffffc080202046:	84aa                	mv	s1,a0
  spin_lock(&ftable.lock);
ffffffc080202048:	00278517          	auipc	a0,0x278
ffffffc08020204c:	63850513          	add	a0,a0,1592 # ffffffc08047a680 <ftable>
ffffffc080202050:	4f8040ef          	jal	ffffffc080206548 <spin_lock>
  KASSERT(f->ref >= 1);
ffffffc080202054:	409c                	lw	a5,0(s1)
ffffffc080202056:	02f05063          	blez	a5,ffffffc080202076 <file_dup+0x3a>
  f->ref++;
ffffffc08020205a:	2785                	addw	a5,a5,1
ffffffc08020205c:	c09c                	sw	a5,0(s1)
  spin_unlock(&ftable.lock);
ffffffc08020205e:	00278517          	auipc	a0,0x278
ffffffc080202062:	62250513          	add	a0,a0,1570 # ffffffc08047a680 <ftable>
ffffffc080202066:	5dc040ef          	jal	ffffffc080206642 <spin_unlock>
  return f;
}
ffffffc08020206a:	60e2                	ld	ra,24(sp)
ffffffc08020206c:	6442                	ld	s0,16(sp)
ffffffc08020206e:	8526                	mv	a0,s1
ffffffc080202070:	64a2                	ld	s1,8(sp)
ffffffc080202072:	6105                	add	sp,sp,32
ffffffc080202074:	8082                	ret
  KASSERT(f->ref >= 1);
ffffffc080202076:	00006717          	auipc	a4,0x6
ffffffc08020207a:	43a70713          	add	a4,a4,1082 # ffffffc0802084b0 <__func__.1+0x50>
ffffffc08020207e:	00006697          	auipc	a3,0x6
ffffffc080202082:	45268693          	add	a3,a3,1106 # ffffffc0802084d0 <__func__.1>
ffffffc080202086:	04500613          	li	a2,69
ffffffc08020208a:	00006597          	auipc	a1,0x6
ffffffc08020208e:	40e58593          	add	a1,a1,1038 # ffffffc080208498 <__func__.1+0x38>
ffffffc080202092:	00006517          	auipc	a0,0x6
ffffffc080202096:	fde50513          	add	a0,a0,-34 # ffffffc080208070 <__func__.0+0x40>
ffffffc08020209a:	1b7010ef          	jal	ffffffc080203a50 <panic>

ffffffc08020209e <file_close>:

/* See file.h. */
void file_close(struct file *f)
{
ffffffc08020209e:	7179                	add	sp,sp,-48
ffffffc0802020a0:	f022                	sd	s0,32(sp)
ffffffc0802020a2:	ec26                	sd	s1,24(sp)
ffffffc0802020a4:	f406                	sd	ra,40(sp)
ffffffc0802020a6:	e84a                	sd	s2,16(sp)
ffffffc0802020a8:	e44e                	sd	s3,8(sp)
ffffffc0802020aa:	e052                	sd	s4,0(sp)
ffffffc0802020ac:	1800                	add	s0,sp,48
ffffffc0802020ae:	84aa                	mv	s1,a0
  spin_lock(&ftable.lock);
ffffffc0802020b0:	00278517          	auipc	a0,0x278
ffffffc0802020b4:	5d050513          	add	a0,a0,1488 # ffffffc08047a680 <ftable>
ffffffc0802020b8:	490040ef          	jal	ffffffc080206548 <spin_lock>
  KASSERT(f->ref >= 1);
ffffffc0802020bc:	409c                	lw	a5,0(s1)
ffffffc0802020be:	08f05663          	blez	a5,ffffffc08020214a <file_close+0xac>
  if (--f->ref > 0) {
ffffffc0802020c2:	fff7871b          	addw	a4,a5,-1
ffffffc0802020c6:	c098                	sw	a4,0(s1)
ffffffc0802020c8:	eb29                	bnez	a4,ffffffc08020211a <file_close+0x7c>
    spin_unlock(&ftable.lock);
    return;
  }
  struct file closed = *f; /* f's slot may be reused once unlocked */
ffffffc0802020ca:	0044a903          	lw	s2,4(s1)
  f->type = FD_NONE;
  spin_unlock(&ftable.lock);
ffffffc0802020ce:	00278517          	auipc	a0,0x278
ffffffc0802020d2:	5b250513          	add	a0,a0,1458 # ffffffc08047a680 <ftable>
  f->type = FD_NONE;
ffffffc0802020d6:	0004a223          	sw	zero,4(s1)
  struct file closed = *f; /* f's slot may be reused once unlocked */
ffffffc0802020da:	0094ca03          	lbu	s4,9(s1)
ffffffc0802020de:	0104b983          	ld	s3,16(s1)
ffffffc0802020e2:	6c84                	ld	s1,24(s1)
  spin_unlock(&ftable.lock);
ffffffc0802020e4:	55e040ef          	jal	ffffffc080206642 <spin_unlock>
  if (closed.type == FD_PIPE)
ffffffc0802020e8:	4789                	li	a5,2
ffffffc0802020ea:	04f90563          	beq	s2,a5,ffffffc080202134 <file_close+0x96>
    pipe_close(closed.pipe, closed.writable);
  else if (closed.type == FD_INODE || closed.type == FD_DEVICE)
ffffffc0802020ee:	ffd97913          	and	s2,s2,-3
ffffffc0802020f2:	4785                	li	a5,1
ffffffc0802020f4:	00f90a63          	beq	s2,a5,ffffffc080202108 <file_close+0x6a>
    inode_put(closed.ip);
}
ffffffc0802020f8:	70a2                	ld	ra,40(sp)
ffffffc0802020fa:	7402                	ld	s0,32(sp)
ffffffc0802020fc:	64e2                	ld	s1,24(sp)
ffffffc0802020fe:	6942                	ld	s2,16(sp)
ffffffc080202100:	69a2                	ld	s3,8(sp)
ffffffc080202102:	6a02                	ld	s4,0(sp)
ffffffc080202104:	6145                	add	sp,sp,48
ffffffc080202106:	8082                	ret
ffffffc080202108:	7402                	ld	s0,32(sp)
ffffffc08020210a:	70a2                	ld	ra,40(sp)
ffffffc08020210c:	6942                	ld	s2,16(sp)
ffffffc08020210e:	69a2                	ld	s3,8(sp)
ffffffc080202110:	6a02                	ld	s4,0(sp)
    inode_put(closed.ip);
ffffffc080202112:	8526                	mv	a0,s1
}
ffffffc080202114:	64e2                	ld	s1,24(sp)
ffffffc080202116:	6145                	add	sp,sp,48
    inode_put(closed.ip);
ffffffc080202118:	a949                	j	ffffffc0802025aa <inode_put>
}
ffffffc08020211a:	7402                	ld	s0,32(sp)
ffffffc08020211c:	70a2                	ld	ra,40(sp)
ffffffc08020211e:	64e2                	ld	s1,24(sp)
ffffffc080202120:	6942                	ld	s2,16(sp)
ffffffc080202122:	69a2                	ld	s3,8(sp)
ffffffc080202124:	6a02                	ld	s4,0(sp)
    spin_unlock(&ftable.lock);
ffffffc080202126:	00278517          	auipc	a0,0x278
ffffffc08020212a:	55a50513          	add	a0,a0,1370 # ffffffc08047a680 <ftable>
}
ffffffc08020212e:	6145                	add	sp,sp,48
    spin_unlock(&ftable.lock);
ffffffc080202130:	5120406f          	j	ffffffc080206642 <spin_unlock>
}
ffffffc080202134:	7402                	ld	s0,32(sp)
ffffffc080202136:	70a2                	ld	ra,40(sp)
ffffffc080202138:	64e2                	ld	s1,24(sp)
ffffffc08020213a:	6942                	ld	s2,16(sp)
    pipe_close(closed.pipe, closed.writable);
ffffffc08020213c:	85d2                	mv	a1,s4
ffffffc08020213e:	854e                	mv	a0,s3
}
ffffffc080202140:	6a02                	ld	s4,0(sp)
ffffffc080202142:	69a2                	ld	s3,8(sp)
ffffffc080202144:	6145                	add	sp,sp,48
    pipe_close(closed.pipe, closed.writable);
ffffffc080202146:	26d0006f          	j	ffffffc080202bb2 <pipe_close>
  KASSERT(f->ref >= 1);
ffffffc08020214a:	00006717          	auipc	a4,0x6
ffffffc08020214e:	36670713          	add	a4,a4,870 # ffffffc0802084b0 <__func__.1+0x50>
ffffffc080202152:	00006697          	auipc	a3,0x6
ffffffc080202156:	38e68693          	add	a3,a3,910 # ffffffc0802084e0 <__func__.0>
ffffffc08020215a:	04f00613          	li	a2,79
ffffffc08020215e:	00006597          	auipc	a1,0x6
ffffffc080202162:	33a58593          	add	a1,a1,826 # ffffffc080208498 <__func__.1+0x38>
ffffffc080202166:	00006517          	auipc	a0,0x6
ffffffc08020216a:	f0a50513          	add	a0,a0,-246 # ffffffc080208070 <__func__.0+0x40>
ffffffc08020216e:	0e3010ef          	jal	ffffffc080203a50 <panic>

ffffffc080202172 <file_read>:
  return r;
}

/* See file.h. */
int file_read(struct file *f, uint64 addr, int n)
{
ffffffc080202172:	7179                	add	sp,sp,-48
ffffffc080202174:	f022                	sd	s0,32(sp)
ffffffc080202176:	f406                	sd	ra,40(sp)
ffffffc080202178:	ec26                	sd	s1,24(sp)
ffffffc08020217a:	e84a                	sd	s2,16(sp)
ffffffc08020217c:	e44e                	sd	s3,8(sp)
ffffffc08020217e:	e052                	sd	s4,0(sp)
ffffffc080202180:	1800                	add	s0,sp,48
  if (!f->readable || n < 0)
ffffffc080202182:	00854783          	lbu	a5,8(a0)
ffffffc080202186:	c7cd                	beqz	a5,ffffffc080202230 <file_read+0xbe>
ffffffc080202188:	8932                	mv	s2,a2
ffffffc08020218a:	0a064363          	bltz	a2,ffffffc080202230 <file_read+0xbe>
    return -1;
  if (n == 0)
ffffffc08020218e:	c61d                	beqz	a2,ffffffc0802021bc <file_read+0x4a>
    return 0;
  switch (f->type) {
ffffffc080202190:	415c                	lw	a5,4(a0)
ffffffc080202192:	4709                	li	a4,2
ffffffc080202194:	84aa                	mv	s1,a0
ffffffc080202196:	08e78363          	beq	a5,a4,ffffffc08020221c <file_read+0xaa>
ffffffc08020219a:	470d                	li	a4,3
ffffffc08020219c:	89ae                	mv	s3,a1
ffffffc08020219e:	04e78563          	beq	a5,a4,ffffffc0802021e8 <file_read+0x76>
ffffffc0802021a2:	4705                	li	a4,1
ffffffc0802021a4:	5a7d                	li	s4,-1
ffffffc0802021a6:	00e78d63          	beq	a5,a4,ffffffc0802021c0 <file_read+0x4e>
      return -1;
    return devsw[f->major].read(addr, n);
  default:
    return -1;
  }
}
ffffffc0802021aa:	70a2                	ld	ra,40(sp)
ffffffc0802021ac:	7402                	ld	s0,32(sp)
ffffffc0802021ae:	64e2                	ld	s1,24(sp)
ffffffc0802021b0:	6942                	ld	s2,16(sp)
ffffffc0802021b2:	69a2                	ld	s3,8(sp)
ffffffc0802021b4:	8552                	mv	a0,s4
ffffffc0802021b6:	6a02                	ld	s4,0(sp)
ffffffc0802021b8:	6145                	add	sp,sp,48
ffffffc0802021ba:	8082                	ret
    return 0;
ffffffc0802021bc:	4a01                	li	s4,0
ffffffc0802021be:	b7f5                	j	ffffffc0802021aa <file_read+0x38>
  inode_lock(f->ip);
ffffffc0802021c0:	6d08                	ld	a0,24(a0)
ffffffc0802021c2:	4c6000ef          	jal	ffffffc080202688 <inode_lock>
  int r = inode_read_locked(f->ip, 1, addr, f->off, n);
ffffffc0802021c6:	7494                	ld	a3,40(s1)
ffffffc0802021c8:	6c88                	ld	a0,24(s1)
ffffffc0802021ca:	874a                	mv	a4,s2
ffffffc0802021cc:	864e                	mv	a2,s3
ffffffc0802021ce:	4585                	li	a1,1
ffffffc0802021d0:	4d8000ef          	jal	ffffffc0802026a8 <inode_read_locked>
ffffffc0802021d4:	8a2a                	mv	s4,a0
  if (r > 0)
ffffffc0802021d6:	00a05563          	blez	a0,ffffffc0802021e0 <file_read+0x6e>
    f->off += r;
ffffffc0802021da:	749c                	ld	a5,40(s1)
ffffffc0802021dc:	97aa                	add	a5,a5,a0
ffffffc0802021de:	f49c                	sd	a5,40(s1)
  inode_unlock(f->ip);
ffffffc0802021e0:	6c88                	ld	a0,24(s1)
ffffffc0802021e2:	4b6000ef          	jal	ffffffc080202698 <inode_unlock>
    return file_read_inode(f, addr, n);
ffffffc0802021e6:	b7d1                	j	ffffffc0802021aa <file_read+0x38>
    if (f->major < 0 || f->major >= NDEV || devsw[f->major].read == NULL)
ffffffc0802021e8:	02051783          	lh	a5,32(a0)
ffffffc0802021ec:	4725                	li	a4,9
ffffffc0802021ee:	03079693          	sll	a3,a5,0x30
ffffffc0802021f2:	92c1                	srl	a3,a3,0x30
ffffffc0802021f4:	02d76e63          	bltu	a4,a3,ffffffc080202230 <file_read+0xbe>
ffffffc0802021f8:	0792                	sll	a5,a5,0x4
ffffffc0802021fa:	00278717          	auipc	a4,0x278
ffffffc0802021fe:	3e670713          	add	a4,a4,998 # ffffffc08047a5e0 <devsw>
ffffffc080202202:	97ba                	add	a5,a5,a4
ffffffc080202204:	639c                	ld	a5,0(a5)
ffffffc080202206:	c78d                	beqz	a5,ffffffc080202230 <file_read+0xbe>
}
ffffffc080202208:	7402                	ld	s0,32(sp)
ffffffc08020220a:	70a2                	ld	ra,40(sp)
ffffffc08020220c:	64e2                	ld	s1,24(sp)
ffffffc08020220e:	6942                	ld	s2,16(sp)
ffffffc080202210:	6a02                	ld	s4,0(sp)
    return devsw[f->major].read(addr, n);
ffffffc080202212:	854e                	mv	a0,s3
}
ffffffc080202214:	69a2                	ld	s3,8(sp)
    return devsw[f->major].read(addr, n);
ffffffc080202216:	85b2                	mv	a1,a2
}
ffffffc080202218:	6145                	add	sp,sp,48
    return devsw[f->major].read(addr, n);
ffffffc08020221a:	8782                	jr	a5
}
ffffffc08020221c:	7402                	ld	s0,32(sp)
ffffffc08020221e:	70a2                	ld	ra,40(sp)
ffffffc080202220:	64e2                	ld	s1,24(sp)
ffffffc080202222:	6942                	ld	s2,16(sp)
ffffffc080202224:	69a2                	ld	s3,8(sp)
ffffffc080202226:	6a02                	ld	s4,0(sp)
    return pipe_read(f->pipe, addr, n);
ffffffc080202228:	6908                	ld	a0,16(a0)
}
ffffffc08020222a:	6145                	add	sp,sp,48
    return pipe_read(f->pipe, addr, n);
ffffffc08020222c:	2070006f          	j	ffffffc080202c32 <pipe_read>
ffffffc080202230:	5a7d                	li	s4,-1
ffffffc080202232:	bfa5                	j	ffffffc0802021aa <file_read+0x38>

ffffffc080202234 <file_write>:
  return r;
}

/* See file.h. */
int file_write(struct file *f, uint64 addr, int n)
{
ffffffc080202234:	7179                	add	sp,sp,-48
ffffffc080202236:	f022                	sd	s0,32(sp)
ffffffc080202238:	f406                	sd	ra,40(sp)
ffffffc08020223a:	ec26                	sd	s1,24(sp)
ffffffc08020223c:	e84a                	sd	s2,16(sp)
ffffffc08020223e:	e44e                	sd	s3,8(sp)
ffffffc080202240:	e052                	sd	s4,0(sp)
ffffffc080202242:	1800                	add	s0,sp,48
  if (!f->writable || n < 0)
ffffffc080202244:	00954783          	lbu	a5,9(a0)
ffffffc080202248:	c7cd                	beqz	a5,ffffffc0802022f2 <file_write+0xbe>
ffffffc08020224a:	8932                	mv	s2,a2
ffffffc08020224c:	0a064363          	bltz	a2,ffffffc0802022f2 <file_write+0xbe>
    return -1;
  if (n == 0)
ffffffc080202250:	c61d                	beqz	a2,ffffffc08020227e <file_write+0x4a>
    return 0;
  switch (f->type) {
ffffffc080202252:	415c                	lw	a5,4(a0)
ffffffc080202254:	4709                	li	a4,2
ffffffc080202256:	84aa                	mv	s1,a0
ffffffc080202258:	08e78363          	beq	a5,a4,ffffffc0802022de <file_write+0xaa>
ffffffc08020225c:	470d                	li	a4,3
ffffffc08020225e:	89ae                	mv	s3,a1
ffffffc080202260:	04e78563          	beq	a5,a4,ffffffc0802022aa <file_write+0x76>
ffffffc080202264:	4705                	li	a4,1
ffffffc080202266:	5a7d                	li	s4,-1
ffffffc080202268:	00e78d63          	beq	a5,a4,ffffffc080202282 <file_write+0x4e>
      return -1;
    return devsw[f->major].write(addr, n);
  default:
    return -1;
  }
}
ffffffc08020226c:	70a2                	ld	ra,40(sp)
ffffffc08020226e:	7402                	ld	s0,32(sp)
ffffffc080202270:	64e2                	ld	s1,24(sp)
ffffffc080202272:	6942                	ld	s2,16(sp)
ffffffc080202274:	69a2                	ld	s3,8(sp)
ffffffc080202276:	8552                	mv	a0,s4
ffffffc080202278:	6a02                	ld	s4,0(sp)
ffffffc08020227a:	6145                	add	sp,sp,48
ffffffc08020227c:	8082                	ret
    return 0;
ffffffc08020227e:	4a01                	li	s4,0
ffffffc080202280:	b7f5                	j	ffffffc08020226c <file_write+0x38>
  inode_lock(f->ip);
ffffffc080202282:	6d08                	ld	a0,24(a0)
ffffffc080202284:	404000ef          	jal	ffffffc080202688 <inode_lock>
  int r = inode_write_locked(f->ip, 1, addr, f->off, n);
ffffffc080202288:	7494                	ld	a3,40(s1)
ffffffc08020228a:	6c88                	ld	a0,24(s1)
ffffffc08020228c:	874a                	mv	a4,s2
ffffffc08020228e:	864e                	mv	a2,s3
ffffffc080202290:	4585                	li	a1,1
ffffffc080202292:	4e6000ef          	jal	ffffffc080202778 <inode_write_locked>
ffffffc080202296:	8a2a                	mv	s4,a0
  if (r > 0)
ffffffc080202298:	00a05563          	blez	a0,ffffffc0802022a2 <file_write+0x6e>
    f->off += r;
ffffffc08020229c:	749c                	ld	a5,40(s1)
ffffffc08020229e:	97aa                	add	a5,a5,a0
ffffffc0802022a0:	f49c                	sd	a5,40(s1)
  inode_unlock(f->ip);
ffffffc0802022a2:	6c88                	ld	a0,24(s1)
ffffffc0802022a4:	3f4000ef          	jal	ffffffc080202698 <inode_unlock>
    return file_write_inode(f, addr, n);
ffffffc0802022a8:	b7d1                	j	ffffffc08020226c <file_write+0x38>
    if (f->major < 0 || f->major >= NDEV || devsw[f->major].write == NULL)
ffffffc0802022aa:	02051783          	lh	a5,32(a0)
ffffffc0802022ae:	4725                	li	a4,9
ffffffc0802022b0:	03079693          	sll	a3,a5,0x30
ffffffc0802022b4:	92c1                	srl	a3,a3,0x30
ffffffc0802022b6:	02d76e63          	bltu	a4,a3,ffffffc0802022f2 <file_write+0xbe>
ffffffc0802022ba:	0792                	sll	a5,a5,0x4
ffffffc0802022bc:	00278717          	auipc	a4,0x278
ffffffc0802022c0:	32470713          	add	a4,a4,804 # ffffffc08047a5e0 <devsw>
ffffffc0802022c4:	97ba                	add	a5,a5,a4
ffffffc0802022c6:	679c                	ld	a5,8(a5)
ffffffc0802022c8:	c78d                	beqz	a5,ffffffc0802022f2 <file_write+0xbe>
}
ffffffc0802022ca:	7402                	ld	s0,32(sp)
ffffffc0802022cc:	70a2                	ld	ra,40(sp)
ffffffc0802022ce:	64e2                	ld	s1,24(sp)
ffffffc0802022d0:	6942                	ld	s2,16(sp)
ffffffc0802022d2:	6a02                	ld	s4,0(sp)
    return devsw[f->major].write(addr, n);
ffffffc0802022d4:	854e                	mv	a0,s3
}
ffffffc0802022d6:	69a2                	ld	s3,8(sp)
    return devsw[f->major].write(addr, n);
ffffffc0802022d8:	85b2                	mv	a1,a2
}
ffffffc0802022da:	6145                	add	sp,sp,48
    return devsw[f->major].write(addr, n);
ffffffc0802022dc:	8782                	jr	a5
}
ffffffc0802022de:	7402                	ld	s0,32(sp)
ffffffc0802022e0:	70a2                	ld	ra,40(sp)
ffffffc0802022e2:	64e2                	ld	s1,24(sp)
ffffffc0802022e4:	6942                	ld	s2,16(sp)
ffffffc0802022e6:	69a2                	ld	s3,8(sp)
ffffffc0802022e8:	6a02                	ld	s4,0(sp)
    return pipe_write(f->pipe, addr, n);
ffffffc0802022ea:	6908                	ld	a0,16(a0)
}
ffffffc0802022ec:	6145                	add	sp,sp,48
    return pipe_write(f->pipe, addr, n);
ffffffc0802022ee:	2f70006f          	j	ffffffc080202de4 <pipe_write>
ffffffc0802022f2:	5a7d                	li	s4,-1
ffffffc0802022f4:	bfa5                	j	ffffffc08020226c <file_write+0x38>

ffffffc0802022f6 <file_stat>:

/* See file.h. */
int file_stat(struct file *f, uint64 addr)
{
  if (f->type != FD_INODE && f->type != FD_DEVICE)
ffffffc0802022f6:	415c                	lw	a5,4(a0)
ffffffc0802022f8:	4705                	li	a4,1
ffffffc0802022fa:	9bf5                	and	a5,a5,-3
ffffffc0802022fc:	00e78463          	beq	a5,a4,ffffffc080202304 <file_stat+0xe>
    return -1;
ffffffc080202300:	557d                	li	a0,-1
  struct stat st;
  inode_lock(f->ip);
  inode_stat_locked(f->ip, &st);
  inode_unlock(f->ip);
  return copyout(addr, &st, sizeof(st)) < 0 ? -1 : 0;
}
ffffffc080202302:	8082                	ret
{
ffffffc080202304:	7139                	add	sp,sp,-64
ffffffc080202306:	fc06                	sd	ra,56(sp)
ffffffc080202308:	f822                	sd	s0,48(sp)
ffffffc08020230a:	f426                	sd	s1,40(sp)
ffffffc08020230c:	0080                	add	s0,sp,64
ffffffc08020230e:	f04a                	sd	s2,32(sp)
ffffffc080202310:	84aa                	mv	s1,a0
  inode_lock(f->ip);
ffffffc080202312:	6d08                	ld	a0,24(a0)
ffffffc080202314:	892e                	mv	s2,a1
ffffffc080202316:	372000ef          	jal	ffffffc080202688 <inode_lock>
  inode_stat_locked(f->ip, &st);
ffffffc08020231a:	6c88                	ld	a0,24(s1)
ffffffc08020231c:	fc840593          	add	a1,s0,-56
ffffffc080202320:	5f2000ef          	jal	ffffffc080202912 <inode_stat_locked>
  inode_unlock(f->ip);
ffffffc080202324:	6c88                	ld	a0,24(s1)
ffffffc080202326:	372000ef          	jal	ffffffc080202698 <inode_unlock>
  return copyout(addr, &st, sizeof(st)) < 0 ? -1 : 0;
ffffffc08020232a:	fc840593          	add	a1,s0,-56
ffffffc08020232e:	854a                	mv	a0,s2
ffffffc080202330:	4661                	li	a2,24
ffffffc080202332:	3fc020ef          	jal	ffffffc08020472e <copyout>
}
ffffffc080202336:	70e2                	ld	ra,56(sp)
ffffffc080202338:	7442                	ld	s0,48(sp)
ffffffc08020233a:	74a2                	ld	s1,40(sp)
ffffffc08020233c:	7902                	ld	s2,32(sp)
  return copyout(addr, &st, sizeof(st)) < 0 ? -1 : 0;
ffffffc08020233e:	41f5551b          	sraw	a0,a0,0x1f
}
ffffffc080202342:	6121                	add	sp,sp,64
ffffffc080202344:	8082                	ret

ffffffc080202346 <inode_dup.part.0>:
  return inode_dup(&itable.inode[inum - 1]);
}

/* Returns ip with one more reference. Caller already holds one (or
 * fs_ns_lock, with ip named by a directory entry). */
struct inode *inode_dup(struct inode *ip)
ffffffc080202346:	1141                	add	sp,sp,-16
ffffffc080202348:	e022                	sd	s0,0(sp)
ffffffc08020234a:	e406                	sd	ra,8(sp)
ffffffc08020234c:	0800                	add	s0,sp,16
{
  spin_lock(&itable.lock);
  KASSERT(ip->type != 0);
ffffffc08020234e:	00006717          	auipc	a4,0x6
ffffffc080202352:	1a270713          	add	a4,a4,418 # ffffffc0802084f0 <__func__.0+0x10>
ffffffc080202356:	00006697          	auipc	a3,0x6
ffffffc08020235a:	25268693          	add	a3,a3,594 # ffffffc0802085a8 <__func__.3>
ffffffc08020235e:	04f00613          	li	a2,79
ffffffc080202362:	00006597          	auipc	a1,0x6
ffffffc080202366:	19e58593          	add	a1,a1,414 # ffffffc080208500 <__func__.0+0x20>
ffffffc08020236a:	00006517          	auipc	a0,0x6
ffffffc08020236e:	d0650513          	add	a0,a0,-762 # ffffffc080208070 <__func__.0+0x40>
ffffffc080202372:	6de010ef          	jal	ffffffc080203a50 <panic>

ffffffc080202376 <inode_table_init>:
{
ffffffc080202376:	7179                	add	sp,sp,-48
ffffffc080202378:	f406                	sd	ra,40(sp)
ffffffc08020237a:	f022                	sd	s0,32(sp)
ffffffc08020237c:	ec26                	sd	s1,24(sp)
ffffffc08020237e:	e84a                	sd	s2,16(sp)
ffffffc080202380:	e44e                	sd	s3,8(sp)
ffffffc080202382:	e052                	sd	s4,0(sp)
ffffffc080202384:	1800                	add	s0,sp,48
  spin_init(&itable.lock, "itable");
ffffffc080202386:	00006597          	auipc	a1,0x6
ffffffc08020238a:	19258593          	add	a1,a1,402 # ffffffc080208518 <__func__.0+0x38>
ffffffc08020238e:	0027b517          	auipc	a0,0x27b
ffffffc080202392:	33250513          	add	a0,a0,818 # ffffffc08047d6c0 <itable>
ffffffc080202396:	19c040ef          	jal	ffffffc080206532 <spin_init>
  sleeplock_init(&fs_ns_lock, "fs_ns");
ffffffc08020239a:	00006597          	auipc	a1,0x6
ffffffc08020239e:	18658593          	add	a1,a1,390 # ffffffc080208520 <__func__.0+0x40>
ffffffc0802023a2:	0027b517          	auipc	a0,0x27b
ffffffc0802023a6:	2f650513          	add	a0,a0,758 # ffffffc08047d698 <fs_ns_lock>
ffffffc0802023aa:	0ae040ef          	jal	ffffffc080206458 <sleeplock_init>
  for (int i = 0; i < NINODE; i++) {
ffffffc0802023ae:	0027b497          	auipc	s1,0x27b
ffffffc0802023b2:	34248493          	add	s1,s1,834 # ffffffc08047d6f0 <itable+0x30>
ffffffc0802023b6:	4901                	li	s2,0
    sleeplock_init(&itable.inode[i].lock, "inode");
ffffffc0802023b8:	00006a17          	auipc	s4,0x6
ffffffc0802023bc:	170a0a13          	add	s4,s4,368 # ffffffc080208528 <__func__.0+0x48>
  for (int i = 0; i < NINODE; i++) {
ffffffc0802023c0:	40000993          	li	s3,1024
    itable.inode[i].inum = i + 1;
ffffffc0802023c4:	2905                	addw	s2,s2,1
    sleeplock_init(&itable.inode[i].lock, "inode");
ffffffc0802023c6:	8526                	mv	a0,s1
    itable.inode[i].inum = i + 1;
ffffffc0802023c8:	ff24a423          	sw	s2,-24(s1)
    sleeplock_init(&itable.inode[i].lock, "inode");
ffffffc0802023cc:	85d2                	mv	a1,s4
ffffffc0802023ce:	08a040ef          	jal	ffffffc080206458 <sleeplock_init>
  for (int i = 0; i < NINODE; i++) {
ffffffc0802023d2:	05048493          	add	s1,s1,80
ffffffc0802023d6:	ff3917e3          	bne	s2,s3,ffffffc0802023c4 <inode_table_init+0x4e>
}
ffffffc0802023da:	70a2                	ld	ra,40(sp)
ffffffc0802023dc:	7402                	ld	s0,32(sp)
ffffffc0802023de:	64e2                	ld	s1,24(sp)
ffffffc0802023e0:	6942                	ld	s2,16(sp)
ffffffc0802023e2:	69a2                	ld	s3,8(sp)
ffffffc0802023e4:	6a02                	ld	s4,0(sp)
ffffffc0802023e6:	6145                	add	sp,sp,48
ffffffc0802023e8:	8082                	ret

ffffffc0802023ea <inode_alloc>:
{
ffffffc0802023ea:	715d                	add	sp,sp,-80
  KASSERT(type == T_DIR || type == T_FILE || type == T_DEVICE);
ffffffc0802023ec:	fff5079b          	addw	a5,a0,-1
{
ffffffc0802023f0:	e0a2                	sd	s0,64(sp)
ffffffc0802023f2:	e486                	sd	ra,72(sp)
ffffffc0802023f4:	fc26                	sd	s1,56(sp)
ffffffc0802023f6:	f84a                	sd	s2,48(sp)
ffffffc0802023f8:	f44e                	sd	s3,40(sp)
ffffffc0802023fa:	f052                	sd	s4,32(sp)
ffffffc0802023fc:	ec56                	sd	s5,24(sp)
ffffffc0802023fe:	e85a                	sd	s6,16(sp)
ffffffc080202400:	e45e                	sd	s7,8(sp)
ffffffc080202402:	0880                	add	s0,sp,80
  KASSERT(type == T_DIR || type == T_FILE || type == T_DEVICE);
ffffffc080202404:	17c2                	sll	a5,a5,0x30
ffffffc080202406:	93c1                	srl	a5,a5,0x30
ffffffc080202408:	4709                	li	a4,2
ffffffc08020240a:	0af76463          	bltu	a4,a5,ffffffc0802024b2 <inode_alloc+0xc8>
ffffffc08020240e:	8baa                	mv	s7,a0
  spin_lock(&itable.lock);
ffffffc080202410:	0027b517          	auipc	a0,0x27b
ffffffc080202414:	2b050513          	add	a0,a0,688 # ffffffc08047d6c0 <itable>
ffffffc080202418:	8a2e                	mv	s4,a1
ffffffc08020241a:	89b2                	mv	s3,a2
ffffffc08020241c:	12c040ef          	jal	ffffffc080206548 <spin_lock>
  for (int i = 0; i < NINODE; i++) {
ffffffc080202420:	4481                	li	s1,0
ffffffc080202422:	0027b797          	auipc	a5,0x27b
ffffffc080202426:	2ba78793          	add	a5,a5,698 # ffffffc08047d6dc <itable+0x1c>
ffffffc08020242a:	40000693          	li	a3,1024
ffffffc08020242e:	a031                	j	ffffffc08020243a <inode_alloc+0x50>
ffffffc080202430:	2485                	addw	s1,s1,1
ffffffc080202432:	05078793          	add	a5,a5,80
ffffffc080202436:	06d48663          	beq	s1,a3,ffffffc0802024a2 <inode_alloc+0xb8>
    if (itable.inode[i].type == 0) {
ffffffc08020243a:	00079703          	lh	a4,0(a5)
ffffffc08020243e:	fb6d                	bnez	a4,ffffffc080202430 <inode_alloc+0x46>
      ip = &itable.inode[i];
ffffffc080202440:	00249793          	sll	a5,s1,0x2
ffffffc080202444:	97a6                	add	a5,a5,s1
ffffffc080202446:	0027ba97          	auipc	s5,0x27b
ffffffc08020244a:	27aa8a93          	add	s5,s5,634 # ffffffc08047d6c0 <itable>
ffffffc08020244e:	0792                	sll	a5,a5,0x4
      ip->type = type;
ffffffc080202450:	00fa8b33          	add	s6,s5,a5
      ip = &itable.inode[i];
ffffffc080202454:	07e1                	add	a5,a5,24
  spin_unlock(&itable.lock);
ffffffc080202456:	8556                	mv	a0,s5
      ip = &itable.inode[i];
ffffffc080202458:	01578933          	add	s2,a5,s5
      ip->ref = 1;
ffffffc08020245c:	4785                	li	a5,1
ffffffc08020245e:	02fb2223          	sw	a5,36(s6)
  ip->size = 0;
ffffffc080202462:	0485                	add	s1,s1,1
      ip->type = type;
ffffffc080202464:	017b1e23          	sh	s7,28(s6)
  spin_unlock(&itable.lock);
ffffffc080202468:	1da040ef          	jal	ffffffc080206642 <spin_unlock>
  ip->size = 0;
ffffffc08020246c:	00249793          	sll	a5,s1,0x2
ffffffc080202470:	97a6                	add	a5,a5,s1
ffffffc080202472:	0792                	sll	a5,a5,0x4
ffffffc080202474:	9abe                	add	s5,s5,a5
  ip->major = major;
ffffffc080202476:	014b1f23          	sh	s4,30(s6)
  ip->minor = minor;
ffffffc08020247a:	033b1023          	sh	s3,32(s6)
  ip->nlink = 0;
ffffffc08020247e:	020b1423          	sh	zero,40(s6)
  ip->size = 0;
ffffffc080202482:	000ab423          	sd	zero,8(s5)
  ip->pages = NULL;
ffffffc080202486:	000ab823          	sd	zero,16(s5)
}
ffffffc08020248a:	60a6                	ld	ra,72(sp)
ffffffc08020248c:	6406                	ld	s0,64(sp)
ffffffc08020248e:	74e2                	ld	s1,56(sp)
ffffffc080202490:	79a2                	ld	s3,40(sp)
ffffffc080202492:	7a02                	ld	s4,32(sp)
ffffffc080202494:	6ae2                	ld	s5,24(sp)
ffffffc080202496:	6b42                	ld	s6,16(sp)
ffffffc080202498:	6ba2                	ld	s7,8(sp)
ffffffc08020249a:	854a                	mv	a0,s2
ffffffc08020249c:	7942                	ld	s2,48(sp)
ffffffc08020249e:	6161                	add	sp,sp,80
ffffffc0802024a0:	8082                	ret
  spin_unlock(&itable.lock);
ffffffc0802024a2:	0027b517          	auipc	a0,0x27b
ffffffc0802024a6:	21e50513          	add	a0,a0,542 # ffffffc08047d6c0 <itable>
ffffffc0802024aa:	198040ef          	jal	ffffffc080206642 <spin_unlock>
    return NULL;
ffffffc0802024ae:	4901                	li	s2,0
ffffffc0802024b0:	bfe9                	j	ffffffc08020248a <inode_alloc+0xa0>
  KASSERT(type == T_DIR || type == T_FILE || type == T_DEVICE);
ffffffc0802024b2:	00006717          	auipc	a4,0x6
ffffffc0802024b6:	07e70713          	add	a4,a4,126 # ffffffc080208530 <__func__.0+0x50>
ffffffc0802024ba:	00006697          	auipc	a3,0x6
ffffffc0802024be:	0fe68693          	add	a3,a3,254 # ffffffc0802085b8 <__func__.5>
ffffffc0802024c2:	02b00613          	li	a2,43
ffffffc0802024c6:	00006597          	auipc	a1,0x6
ffffffc0802024ca:	03a58593          	add	a1,a1,58 # ffffffc080208500 <__func__.0+0x20>
ffffffc0802024ce:	00006517          	auipc	a0,0x6
ffffffc0802024d2:	ba250513          	add	a0,a0,-1118 # ffffffc080208070 <__func__.0+0x40>
ffffffc0802024d6:	57a010ef          	jal	ffffffc080203a50 <panic>

ffffffc0802024da <inode_get>:
{
ffffffc0802024da:	7179                	add	sp,sp,-48
ffffffc0802024dc:	f022                	sd	s0,32(sp)
ffffffc0802024de:	f406                	sd	ra,40(sp)
ffffffc0802024e0:	ec26                	sd	s1,24(sp)
ffffffc0802024e2:	e84a                	sd	s2,16(sp)
ffffffc0802024e4:	e44e                	sd	s3,8(sp)
ffffffc0802024e6:	1800                	add	s0,sp,48
  KASSERT(inum >= 1 && inum <= NINODE);
ffffffc0802024e8:	357d                	addw	a0,a0,-1
ffffffc0802024ea:	0005071b          	sext.w	a4,a0
ffffffc0802024ee:	3ff00793          	li	a5,1023
ffffffc0802024f2:	04e7e663          	bltu	a5,a4,ffffffc08020253e <inode_get+0x64>
  return inode_dup(&itable.inode[inum - 1]);
ffffffc0802024f6:	1502                	sll	a0,a0,0x20
ffffffc0802024f8:	9101                	srl	a0,a0,0x20
ffffffc0802024fa:	0027b917          	auipc	s2,0x27b
ffffffc0802024fe:	1c690913          	add	s2,s2,454 # ffffffc08047d6c0 <itable>
ffffffc080202502:	00251793          	sll	a5,a0,0x2
ffffffc080202506:	97aa                	add	a5,a5,a0
  spin_lock(&itable.lock);
ffffffc080202508:	854a                	mv	a0,s2
  return inode_dup(&itable.inode[inum - 1]);
ffffffc08020250a:	00479493          	sll	s1,a5,0x4
  spin_lock(&itable.lock);
ffffffc08020250e:	03a040ef          	jal	ffffffc080206548 <spin_lock>
  KASSERT(ip->type != 0);
ffffffc080202512:	009907b3          	add	a5,s2,s1
ffffffc080202516:	01c79703          	lh	a4,28(a5)
  return inode_dup(&itable.inode[inum - 1]);
ffffffc08020251a:	01848993          	add	s3,s1,24
ffffffc08020251e:	99ca                	add	s3,s3,s2
  KASSERT(ip->type != 0);
ffffffc080202520:	c339                	beqz	a4,ffffffc080202566 <inode_get+0x8c>
  ip->ref++;
ffffffc080202522:	53d8                	lw	a4,36(a5)
  spin_unlock(&itable.lock);
ffffffc080202524:	854a                	mv	a0,s2
  ip->ref++;
ffffffc080202526:	2705                	addw	a4,a4,1
ffffffc080202528:	d3d8                	sw	a4,36(a5)
  spin_unlock(&itable.lock);
ffffffc08020252a:	118040ef          	jal	ffffffc080206642 <spin_unlock>
}
ffffffc08020252e:	70a2                	ld	ra,40(sp)
ffffffc080202530:	7402                	ld	s0,32(sp)
ffffffc080202532:	64e2                	ld	s1,24(sp)
ffffffc080202534:	6942                	ld	s2,16(sp)
ffffffc080202536:	854e                	mv	a0,s3
ffffffc080202538:	69a2                	ld	s3,8(sp)
ffffffc08020253a:	6145                	add	sp,sp,48
ffffffc08020253c:	8082                	ret
  KASSERT(inum >= 1 && inum <= NINODE);
ffffffc08020253e:	00006717          	auipc	a4,0x6
ffffffc080202542:	02a70713          	add	a4,a4,42 # ffffffc080208568 <__func__.0+0x88>
ffffffc080202546:	00006697          	auipc	a3,0x6
ffffffc08020254a:	08268693          	add	a3,a3,130 # ffffffc0802085c8 <__func__.4>
ffffffc08020254e:	04600613          	li	a2,70
ffffffc080202552:	00006597          	auipc	a1,0x6
ffffffc080202556:	fae58593          	add	a1,a1,-82 # ffffffc080208500 <__func__.0+0x20>
ffffffc08020255a:	00006517          	auipc	a0,0x6
ffffffc08020255e:	b1650513          	add	a0,a0,-1258 # ffffffc080208070 <__func__.0+0x40>
ffffffc080202562:	4ee010ef          	jal	ffffffc080203a50 <panic>
ffffffc080202566:	de1ff0ef          	jal	ffffffc080202346 <inode_dup.part.0>

ffffffc08020256a <inode_dup>:
{
ffffffc08020256a:	1101                	add	sp,sp,-32
ffffffc08020256c:	e822                	sd	s0,16(sp)
ffffffc08020256e:	e426                	sd	s1,8(sp)
ffffffc080202570:	ec06                	sd	ra,24(sp)
ffffffc080202572:	1000                	add	s0,sp,32
ffffffc080202574:	84aa                	mv	s1,a0
  spin_lock(&itable.lock);
ffffffc080202576:	0027b517          	auipc	a0,0x27b
ffffffc08020257a:	14a50513          	add	a0,a0,330 # ffffffc08047d6c0 <itable>
ffffffc08020257e:	7cb030ef          	jal	ffffffc080206548 <spin_lock>
  KASSERT(ip->type != 0);
ffffffc080202582:	00449783          	lh	a5,4(s1)
ffffffc080202586:	c385                	beqz	a5,ffffffc0802025a6 <inode_dup+0x3c>
  ip->ref++;
ffffffc080202588:	44dc                	lw	a5,12(s1)
  spin_unlock(&itable.lock);
ffffffc08020258a:	0027b517          	auipc	a0,0x27b
ffffffc08020258e:	13650513          	add	a0,a0,310 # ffffffc08047d6c0 <itable>
  ip->ref++;
ffffffc080202592:	2785                	addw	a5,a5,1
ffffffc080202594:	c4dc                	sw	a5,12(s1)
  spin_unlock(&itable.lock);
ffffffc080202596:	0ac040ef          	jal	ffffffc080206642 <spin_unlock>
  return ip;
}
ffffffc08020259a:	60e2                	ld	ra,24(sp)
ffffffc08020259c:	6442                	ld	s0,16(sp)
ffffffc08020259e:	8526                	mv	a0,s1
ffffffc0802025a0:	64a2                	ld	s1,8(sp)
ffffffc0802025a2:	6105                	add	sp,sp,32
ffffffc0802025a4:	8082                	ret
ffffffc0802025a6:	da1ff0ef          	jal	ffffffc080202346 <inode_dup.part.0>

ffffffc0802025aa <inode_put>:
/* Drops a reference. When it was the last one and no directory entry
 * names the inode, its pages are freed and the slot reused. No lock held
 * on entry, except possibly fs_ns_lock. (nlink cannot change under us once
 * ref is 0: changing it needs a reference.) */
void inode_put(struct inode *ip)
{
ffffffc0802025aa:	7179                	add	sp,sp,-48
ffffffc0802025ac:	f022                	sd	s0,32(sp)
ffffffc0802025ae:	e44e                	sd	s3,8(sp)
ffffffc0802025b0:	f406                	sd	ra,40(sp)
ffffffc0802025b2:	ec26                	sd	s1,24(sp)
ffffffc0802025b4:	e84a                	sd	s2,16(sp)
ffffffc0802025b6:	1800                	add	s0,sp,48
ffffffc0802025b8:	89aa                	mv	s3,a0
  spin_lock(&itable.lock);
ffffffc0802025ba:	0027b517          	auipc	a0,0x27b
ffffffc0802025be:	10650513          	add	a0,a0,262 # ffffffc08047d6c0 <itable>
ffffffc0802025c2:	787030ef          	jal	ffffffc080206548 <spin_lock>
  KASSERT(ip->ref > 0);
ffffffc0802025c6:	00c9a783          	lw	a5,12(s3)
ffffffc0802025ca:	06f05b63          	blez	a5,ffffffc080202640 <inode_put+0x96>
  ip->ref--;
ffffffc0802025ce:	fff7871b          	addw	a4,a5,-1
ffffffc0802025d2:	00e9a623          	sw	a4,12(s3)
  bool dead = ip->ref == 0 && ip->nlink == 0;
  spin_unlock(&itable.lock);
ffffffc0802025d6:	0027b517          	auipc	a0,0x27b
ffffffc0802025da:	0ea50513          	add	a0,a0,234 # ffffffc08047d6c0 <itable>
  bool dead = ip->ref == 0 && ip->nlink == 0;
ffffffc0802025de:	eb29                	bnez	a4,ffffffc080202630 <inode_put+0x86>
ffffffc0802025e0:	01099783          	lh	a5,16(s3)
ffffffc0802025e4:	e7b1                	bnez	a5,ffffffc080202630 <inode_put+0x86>
  spin_unlock(&itable.lock);
ffffffc0802025e6:	05c040ef          	jal	ffffffc080206642 <spin_unlock>
  if (ip->pages == NULL)
ffffffc0802025ea:	0489b703          	ld	a4,72(s3)
ffffffc0802025ee:	c31d                	beqz	a4,ffffffc080202614 <inode_put+0x6a>
ffffffc0802025f0:	4481                	li	s1,0
  for (int i = 0; i < MAXFILEPAGES; i++)
ffffffc0802025f2:	6905                	lui	s2,0x1
    if (ip->pages[i] != NULL)
ffffffc0802025f4:	009707b3          	add	a5,a4,s1
ffffffc0802025f8:	6388                	ld	a0,0(a5)
ffffffc0802025fa:	c509                	beqz	a0,ffffffc080202604 <inode_put+0x5a>
      page_free(ip->pages[i]);
ffffffc0802025fc:	6d9010ef          	jal	ffffffc0802044d4 <page_free>
  page_free(ip->pages);
ffffffc080202600:	0489b703          	ld	a4,72(s3)
  for (int i = 0; i < MAXFILEPAGES; i++)
ffffffc080202604:	04a1                	add	s1,s1,8
ffffffc080202606:	ff2497e3          	bne	s1,s2,ffffffc0802025f4 <inode_put+0x4a>
  page_free(ip->pages);
ffffffc08020260a:	853a                	mv	a0,a4
ffffffc08020260c:	6c9010ef          	jal	ffffffc0802044d4 <page_free>
  ip->pages = NULL;
ffffffc080202610:	0409b423          	sd	zero,72(s3)
  if (!dead)
    return;
  /* Unreachable now: no entry names it and nobody holds it. */
  inode_free_pages(ip);
  ip->size = 0;
  spin_lock(&itable.lock);
ffffffc080202614:	0027b517          	auipc	a0,0x27b
ffffffc080202618:	0ac50513          	add	a0,a0,172 # ffffffc08047d6c0 <itable>
  ip->size = 0;
ffffffc08020261c:	0409b023          	sd	zero,64(s3)
  spin_lock(&itable.lock);
ffffffc080202620:	729030ef          	jal	ffffffc080206548 <spin_lock>
  ip->type = 0;
  spin_unlock(&itable.lock);
ffffffc080202624:	0027b517          	auipc	a0,0x27b
ffffffc080202628:	09c50513          	add	a0,a0,156 # ffffffc08047d6c0 <itable>
  ip->type = 0;
ffffffc08020262c:	00099223          	sh	zero,4(s3)
}
ffffffc080202630:	7402                	ld	s0,32(sp)
ffffffc080202632:	70a2                	ld	ra,40(sp)
ffffffc080202634:	64e2                	ld	s1,24(sp)
ffffffc080202636:	6942                	ld	s2,16(sp)
ffffffc080202638:	69a2                	ld	s3,8(sp)
ffffffc08020263a:	6145                	add	sp,sp,48
  spin_unlock(&itable.lock);
ffffffc08020263c:	0060406f          	j	ffffffc080206642 <spin_unlock>
  KASSERT(ip->ref > 0);
ffffffc080202640:	00006717          	auipc	a4,0x6
ffffffc080202644:	f4870713          	add	a4,a4,-184 # ffffffc080208588 <__func__.0+0xa8>
ffffffc080202648:	00006697          	auipc	a3,0x6
ffffffc08020264c:	f9068693          	add	a3,a3,-112 # ffffffc0802085d8 <__func__.2>
ffffffc080202650:	06900613          	li	a2,105
ffffffc080202654:	00006597          	auipc	a1,0x6
ffffffc080202658:	eac58593          	add	a1,a1,-340 # ffffffc080208500 <__func__.0+0x20>
ffffffc08020265c:	00006517          	auipc	a0,0x6
ffffffc080202660:	a1450513          	add	a0,a0,-1516 # ffffffc080208070 <__func__.0+0x40>
ffffffc080202664:	3ec010ef          	jal	ffffffc080203a50 <panic>

ffffffc080202668 <inode_type>:

/* Returns T_DIR, T_FILE or T_DEVICE. Caller holds a reference. */
int inode_type(struct inode *ip)
{
ffffffc080202668:	1141                	add	sp,sp,-16
ffffffc08020266a:	e422                	sd	s0,8(sp)
ffffffc08020266c:	0800                	add	s0,sp,16
  return ip->type;
}
ffffffc08020266e:	6422                	ld	s0,8(sp)
ffffffc080202670:	00451503          	lh	a0,4(a0)
ffffffc080202674:	0141                	add	sp,sp,16
ffffffc080202676:	8082                	ret

ffffffc080202678 <inode_major>:

/* Returns a device inode's major number (0 for others). Caller holds a
 * reference. */
int inode_major(struct inode *ip)
{
ffffffc080202678:	1141                	add	sp,sp,-16
ffffffc08020267a:	e422                	sd	s0,8(sp)
ffffffc08020267c:	0800                	add	s0,sp,16
  return ip->major;
}
ffffffc08020267e:	6422                	ld	s0,8(sp)
ffffffc080202680:	00651503          	lh	a0,6(a0)
ffffffc080202684:	0141                	add	sp,sp,16
ffffffc080202686:	8082                	ret

ffffffc080202688 <inode_lock>:

/* Takes ip's data lock (sleeps). Caller holds a reference. */
void inode_lock(struct inode *ip)
{
ffffffc080202688:	1141                	add	sp,sp,-16
ffffffc08020268a:	e422                	sd	s0,8(sp)
ffffffc08020268c:	0800                	add	s0,sp,16
  sleeplock_acquire(&ip->lock);
}
ffffffc08020268e:	6422                	ld	s0,8(sp)
  sleeplock_acquire(&ip->lock);
ffffffc080202690:	0561                	add	a0,a0,24
}
ffffffc080202692:	0141                	add	sp,sp,16
  sleeplock_acquire(&ip->lock);
ffffffc080202694:	5f90306f          	j	ffffffc08020648c <sleeplock_acquire>

ffffffc080202698 <inode_unlock>:

/* Releases ip's data lock. Caller holds it. */
void inode_unlock(struct inode *ip)
{
ffffffc080202698:	1141                	add	sp,sp,-16
ffffffc08020269a:	e422                	sd	s0,8(sp)
ffffffc08020269c:	0800                	add	s0,sp,16
  sleeplock_release(&ip->lock);
}
ffffffc08020269e:	6422                	ld	s0,8(sp)
  sleeplock_release(&ip->lock);
ffffffc0802026a0:	0561                	add	a0,a0,24
}
ffffffc0802026a2:	0141                	add	sp,sp,16
  sleeplock_release(&ip->lock);
ffffffc0802026a4:	6250306f          	j	ffffffc0802064c8 <sleeplock_release>

ffffffc0802026a8 <inode_read_locked>:

/* Returns bytes copied out of ip from off (at most n), 0 at end of file,
 * or -1 when the first copy failed. Caller holds ip->lock. */
int inode_read_locked(struct inode *ip, int user_dst, uint64 dst, uint64 off,
                      uint64 n)
{
ffffffc0802026a8:	711d                	add	sp,sp,-96
ffffffc0802026aa:	e8a2                	sd	s0,80(sp)
ffffffc0802026ac:	e466                	sd	s9,8(sp)
ffffffc0802026ae:	ec86                	sd	ra,88(sp)
ffffffc0802026b0:	e4a6                	sd	s1,72(sp)
ffffffc0802026b2:	e0ca                	sd	s2,64(sp)
ffffffc0802026b4:	fc4e                	sd	s3,56(sp)
ffffffc0802026b6:	f852                	sd	s4,48(sp)
ffffffc0802026b8:	f456                	sd	s5,40(sp)
ffffffc0802026ba:	f05a                	sd	s6,32(sp)
ffffffc0802026bc:	ec5e                	sd	s7,24(sp)
ffffffc0802026be:	e862                	sd	s8,16(sp)
ffffffc0802026c0:	1080                	add	s0,sp,96
  if (off >= ip->size)
ffffffc0802026c2:	04053c83          	ld	s9,64(a0)
ffffffc0802026c6:	0b96f763          	bgeu	a3,s9,ffffffc080202774 <inode_read_locked+0xcc>
    return 0;
  if (n > ip->size - off)
ffffffc0802026ca:	40dc8cb3          	sub	s9,s9,a3
ffffffc0802026ce:	8a2a                	mv	s4,a0
ffffffc0802026d0:	89b6                	mv	s3,a3
ffffffc0802026d2:	8aae                	mv	s5,a1
ffffffc0802026d4:	8b32                	mv	s6,a2
ffffffc0802026d6:	07976c63          	bltu	a4,s9,ffffffc08020274e <inode_read_locked+0xa6>
    n = ip->size - off;
  uint64 done = 0;
  while (done < n) {
ffffffc0802026da:	080c8d63          	beqz	s9,ffffffc080202774 <inode_read_locked+0xcc>
    uint64 pos = off + done;
    uint64 m = PGSIZE - pos % PGSIZE;
ffffffc0802026de:	6b85                	lui	s7,0x1
  uint64 done = 0;
ffffffc0802026e0:	4481                	li	s1,0
    uint64 m = PGSIZE - pos % PGSIZE;
ffffffc0802026e2:	fffb8c13          	add	s8,s7,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc0802026e6:	a015                	j	ffffffc08020270a <inode_read_locked+0x62>
    if (m > n - done)
      m = n - done;
    char *page = inode_page(ip, pos / PGSIZE, false);
ffffffc0802026e8:	83b1                	srl	a5,a5,0xc
  if (ip->pages[pg] == NULL && alloc)
ffffffc0802026ea:	078e                	sll	a5,a5,0x3
ffffffc0802026ec:	973e                	add	a4,a4,a5
ffffffc0802026ee:	631c                	ld	a5,0(a4)
    KASSERT(page != NULL); /* every page below size exists */
ffffffc0802026f0:	cb9d                	beqz	a5,ffffffc080202726 <inode_read_locked+0x7e>
    if (either_copyout(user_dst, dst + done, page + pos % PGSIZE, m) < 0)
ffffffc0802026f2:	86ca                	mv	a3,s2
ffffffc0802026f4:	963e                	add	a2,a2,a5
ffffffc0802026f6:	009b05b3          	add	a1,s6,s1
ffffffc0802026fa:	8556                	mv	a0,s5
ffffffc0802026fc:	2b2020ef          	jal	ffffffc0802049ae <either_copyout>
ffffffc080202700:	04054963          	bltz	a0,ffffffc080202752 <inode_read_locked+0xaa>
      return done > 0 ? (int)done : -1;
    done += m;
ffffffc080202704:	94ca                	add	s1,s1,s2
  while (done < n) {
ffffffc080202706:	0594f863          	bgeu	s1,s9,ffffffc080202756 <inode_read_locked+0xae>
    uint64 pos = off + done;
ffffffc08020270a:	009987b3          	add	a5,s3,s1
    uint64 m = PGSIZE - pos % PGSIZE;
ffffffc08020270e:	0187f633          	and	a2,a5,s8
ffffffc080202712:	40cb8733          	sub	a4,s7,a2
ffffffc080202716:	409c8933          	sub	s2,s9,s1
ffffffc08020271a:	01277363          	bgeu	a4,s2,ffffffc080202720 <inode_read_locked+0x78>
ffffffc08020271e:	893a                	mv	s2,a4
  if (ip->pages == NULL) {
ffffffc080202720:	048a3703          	ld	a4,72(s4)
ffffffc080202724:	f371                	bnez	a4,ffffffc0802026e8 <inode_read_locked+0x40>
    KASSERT(page != NULL); /* every page below size exists */
ffffffc080202726:	00006717          	auipc	a4,0x6
ffffffc08020272a:	e7270713          	add	a4,a4,-398 # ffffffc080208598 <__func__.0+0xb8>
ffffffc08020272e:	00006697          	auipc	a3,0x6
ffffffc080202732:	eba68693          	add	a3,a3,-326 # ffffffc0802085e8 <__func__.1>
ffffffc080202736:	0b000613          	li	a2,176
ffffffc08020273a:	00006597          	auipc	a1,0x6
ffffffc08020273e:	dc658593          	add	a1,a1,-570 # ffffffc080208500 <__func__.0+0x20>
ffffffc080202742:	00006517          	auipc	a0,0x6
ffffffc080202746:	92e50513          	add	a0,a0,-1746 # ffffffc080208070 <__func__.0+0x40>
ffffffc08020274a:	306010ef          	jal	ffffffc080203a50 <panic>
ffffffc08020274e:	8cba                	mv	s9,a4
ffffffc080202750:	b769                	j	ffffffc0802026da <inode_read_locked+0x32>
      return done > 0 ? (int)done : -1;
ffffffc080202752:	557d                	li	a0,-1
ffffffc080202754:	c099                	beqz	s1,ffffffc08020275a <inode_read_locked+0xb2>
  }
  return (int)done;
ffffffc080202756:	0004851b          	sext.w	a0,s1
}
ffffffc08020275a:	60e6                	ld	ra,88(sp)
ffffffc08020275c:	6446                	ld	s0,80(sp)
ffffffc08020275e:	64a6                	ld	s1,72(sp)
ffffffc080202760:	6906                	ld	s2,64(sp)
ffffffc080202762:	79e2                	ld	s3,56(sp)
ffffffc080202764:	7a42                	ld	s4,48(sp)
ffffffc080202766:	7aa2                	ld	s5,40(sp)
ffffffc080202768:	7b02                	ld	s6,32(sp)
ffffffc08020276a:	6be2                	ld	s7,24(sp)
ffffffc08020276c:	6c42                	ld	s8,16(sp)
ffffffc08020276e:	6ca2                	ld	s9,8(sp)
ffffffc080202770:	6125                	add	sp,sp,96
ffffffc080202772:	8082                	ret
    return 0;
ffffffc080202774:	4501                	li	a0,0
ffffffc080202776:	b7d5                	j	ffffffc08020275a <inode_read_locked+0xb2>

ffffffc080202778 <inode_write_locked>:
/* Returns bytes written into ip at off (at most n), or -1 when none could
 * be: off past the end, file at its size limit, no memory, bad source.
 * Grows size to cover what was written. Caller holds ip->lock. */
int inode_write_locked(struct inode *ip, int user_src, uint64 src, uint64 off,
                       uint64 n)
{
ffffffc080202778:	7119                	add	sp,sp,-128
ffffffc08020277a:	f8a2                	sd	s0,112(sp)
ffffffc08020277c:	fc86                	sd	ra,120(sp)
ffffffc08020277e:	f4a6                	sd	s1,104(sp)
ffffffc080202780:	f0ca                	sd	s2,96(sp)
ffffffc080202782:	ecce                	sd	s3,88(sp)
ffffffc080202784:	e8d2                	sd	s4,80(sp)
ffffffc080202786:	e4d6                	sd	s5,72(sp)
ffffffc080202788:	e0da                	sd	s6,64(sp)
ffffffc08020278a:	fc5e                	sd	s7,56(sp)
ffffffc08020278c:	f862                	sd	s8,48(sp)
ffffffc08020278e:	f466                	sd	s9,40(sp)
ffffffc080202790:	f06a                	sd	s10,32(sp)
ffffffc080202792:	ec6e                	sd	s11,24(sp)
ffffffc080202794:	0100                	add	s0,sp,128
  if (off > ip->size || off >= MAXFILESIZE)
ffffffc080202796:	613c                	ld	a5,64(a0)
{
ffffffc080202798:	f8b43423          	sd	a1,-120(s0)
  if (off > ip->size || off >= MAXFILESIZE)
ffffffc08020279c:	08d7e763          	bltu	a5,a3,ffffffc08020282a <inode_write_locked+0xb2>
ffffffc0802027a0:	002009b7          	lui	s3,0x200
ffffffc0802027a4:	8a36                	mv	s4,a3
ffffffc0802027a6:	0936f263          	bgeu	a3,s3,ffffffc08020282a <inode_write_locked+0xb2>
    return -1;
  if (n > MAXFILESIZE - off)
ffffffc0802027aa:	40d989b3          	sub	s3,s3,a3
ffffffc0802027ae:	8daa                	mv	s11,a0
ffffffc0802027b0:	8b32                	mv	s6,a2
ffffffc0802027b2:	0b376863          	bltu	a4,s3,ffffffc080202862 <inode_write_locked+0xea>
    n = MAXFILESIZE - off;
  uint64 done = 0;
  while (done < n) {
ffffffc0802027b6:	0a098863          	beqz	s3,ffffffc080202866 <inode_write_locked+0xee>
    uint64 pos = off + done;
    uint64 m = PGSIZE - pos % PGSIZE;
ffffffc0802027ba:	6b85                	lui	s7,0x1
  uint64 done = 0;
ffffffc0802027bc:	4c81                	li	s9,0
ffffffc0802027be:	87d2                	mv	a5,s4
    uint64 m = PGSIZE - pos % PGSIZE;
ffffffc0802027c0:	fffb8c13          	add	s8,s7,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc0802027c4:	0187fab3          	and	s5,a5,s8
    if (m > n - done)
ffffffc0802027c8:	41998d33          	sub	s10,s3,s9
    uint64 m = PGSIZE - pos % PGSIZE;
ffffffc0802027cc:	415b86b3          	sub	a3,s7,s5
ffffffc0802027d0:	01a6f363          	bgeu	a3,s10,ffffffc0802027d6 <inode_write_locked+0x5e>
ffffffc0802027d4:	8d36                	mv	s10,a3
  if (ip->pages == NULL) {
ffffffc0802027d6:	048db503          	ld	a0,72(s11)
      m = n - done;
    char *page = inode_page(ip, pos / PGSIZE, true);
ffffffc0802027da:	83b1                	srl	a5,a5,0xc
  if (ip->pages[pg] == NULL && alloc)
ffffffc0802027dc:	00379493          	sll	s1,a5,0x3
  if (ip->pages == NULL) {
ffffffc0802027e0:	cd15                	beqz	a0,ffffffc08020281c <inode_write_locked+0xa4>
  if (ip->pages[pg] == NULL && alloc)
ffffffc0802027e2:	00950933          	add	s2,a0,s1
ffffffc0802027e6:	00093503          	ld	a0,0(s2) # 1000 <KERNEL_PA-0x801ff000>
ffffffc0802027ea:	c125                	beqz	a0,ffffffc08020284a <inode_write_locked+0xd2>
    if (page == NULL)
      break;
    if (either_copyin(page + pos % PGSIZE, user_src, src + done, m) < 0)
ffffffc0802027ec:	f8843583          	ld	a1,-120(s0)
ffffffc0802027f0:	016c8633          	add	a2,s9,s6
ffffffc0802027f4:	86ea                	mv	a3,s10
ffffffc0802027f6:	9556                	add	a0,a0,s5
ffffffc0802027f8:	27a020ef          	jal	ffffffc080204a72 <either_copyin>
ffffffc0802027fc:	02054563          	bltz	a0,ffffffc080202826 <inode_write_locked+0xae>
      break;
    done += m;
    if (off + done > ip->size)
ffffffc080202800:	040db703          	ld	a4,64(s11)
    done += m;
ffffffc080202804:	9cea                	add	s9,s9,s10
    if (off + done > ip->size)
ffffffc080202806:	019a07b3          	add	a5,s4,s9
ffffffc08020280a:	00f77463          	bgeu	a4,a5,ffffffc080202812 <inode_write_locked+0x9a>
      ip->size = off + done;
ffffffc08020280e:	04fdb023          	sd	a5,64(s11)
  while (done < n) {
ffffffc080202812:	fb3ce9e3          	bltu	s9,s3,ffffffc0802027c4 <inode_write_locked+0x4c>
  }
  if (done == 0 && n > 0)
    return -1;
  return (int)done;
ffffffc080202816:	000c851b          	sext.w	a0,s9
ffffffc08020281a:	a809                	j	ffffffc08020282c <inode_write_locked+0xb4>
    ip->pages = page_alloc_zeroed();
ffffffc08020281c:	493010ef          	jal	ffffffc0802044ae <page_alloc_zeroed>
ffffffc080202820:	04adb423          	sd	a0,72(s11)
    if (ip->pages == NULL)
ffffffc080202824:	fd5d                	bnez	a0,ffffffc0802027e2 <inode_write_locked+0x6a>
  if (done == 0 && n > 0)
ffffffc080202826:	fe0c98e3          	bnez	s9,ffffffc080202816 <inode_write_locked+0x9e>
    return -1;
ffffffc08020282a:	557d                	li	a0,-1
}
ffffffc08020282c:	70e6                	ld	ra,120(sp)
ffffffc08020282e:	7446                	ld	s0,112(sp)
ffffffc080202830:	74a6                	ld	s1,104(sp)
ffffffc080202832:	7906                	ld	s2,96(sp)
ffffffc080202834:	69e6                	ld	s3,88(sp)
ffffffc080202836:	6a46                	ld	s4,80(sp)
ffffffc080202838:	6aa6                	ld	s5,72(sp)
ffffffc08020283a:	6b06                	ld	s6,64(sp)
ffffffc08020283c:	7be2                	ld	s7,56(sp)
ffffffc08020283e:	7c42                	ld	s8,48(sp)
ffffffc080202840:	7ca2                	ld	s9,40(sp)
ffffffc080202842:	7d02                	ld	s10,32(sp)
ffffffc080202844:	6de2                	ld	s11,24(sp)
ffffffc080202846:	6109                	add	sp,sp,128
ffffffc080202848:	8082                	ret
    ip->pages[pg] = page_alloc();
ffffffc08020284a:	37d010ef          	jal	ffffffc0802043c6 <page_alloc>
ffffffc08020284e:	00a93023          	sd	a0,0(s2)
  return ip->pages[pg];
ffffffc080202852:	048db783          	ld	a5,72(s11)
ffffffc080202856:	97a6                	add	a5,a5,s1
ffffffc080202858:	6388                	ld	a0,0(a5)
    if (page == NULL)
ffffffc08020285a:	f949                	bnez	a0,ffffffc0802027ec <inode_write_locked+0x74>
  if (done == 0 && n > 0)
ffffffc08020285c:	fc0c87e3          	beqz	s9,ffffffc08020282a <inode_write_locked+0xb2>
ffffffc080202860:	bf5d                	j	ffffffc080202816 <inode_write_locked+0x9e>
ffffffc080202862:	89ba                	mv	s3,a4
ffffffc080202864:	bf89                	j	ffffffc0802027b6 <inode_write_locked+0x3e>
  while (done < n) {
ffffffc080202866:	4501                	li	a0,0
  return (int)done;
ffffffc080202868:	b7d1                	j	ffffffc08020282c <inode_write_locked+0xb4>

ffffffc08020286a <inode_truncate_locked>:

/* Empties ip. Caller holds ip->lock. */
void inode_truncate_locked(struct inode *ip)
{
ffffffc08020286a:	7179                	add	sp,sp,-48
ffffffc08020286c:	f022                	sd	s0,32(sp)
ffffffc08020286e:	e44e                	sd	s3,8(sp)
ffffffc080202870:	f406                	sd	ra,40(sp)
ffffffc080202872:	ec26                	sd	s1,24(sp)
ffffffc080202874:	e84a                	sd	s2,16(sp)
ffffffc080202876:	1800                	add	s0,sp,48
  if (ip->pages == NULL)
ffffffc080202878:	6538                	ld	a4,72(a0)
{
ffffffc08020287a:	89aa                	mv	s3,a0
  if (ip->pages == NULL)
ffffffc08020287c:	c31d                	beqz	a4,ffffffc0802028a2 <inode_truncate_locked+0x38>
ffffffc08020287e:	4481                	li	s1,0
  for (int i = 0; i < MAXFILEPAGES; i++)
ffffffc080202880:	6905                	lui	s2,0x1
    if (ip->pages[i] != NULL)
ffffffc080202882:	009707b3          	add	a5,a4,s1
ffffffc080202886:	6388                	ld	a0,0(a5)
  for (int i = 0; i < MAXFILEPAGES; i++)
ffffffc080202888:	04a1                	add	s1,s1,8
    if (ip->pages[i] != NULL)
ffffffc08020288a:	c509                	beqz	a0,ffffffc080202894 <inode_truncate_locked+0x2a>
      page_free(ip->pages[i]);
ffffffc08020288c:	449010ef          	jal	ffffffc0802044d4 <page_free>
  page_free(ip->pages);
ffffffc080202890:	0489b703          	ld	a4,72(s3) # 200048 <KERNEL_PA-0x7fffffb8>
  for (int i = 0; i < MAXFILEPAGES; i++)
ffffffc080202894:	ff2497e3          	bne	s1,s2,ffffffc080202882 <inode_truncate_locked+0x18>
  page_free(ip->pages);
ffffffc080202898:	853a                	mv	a0,a4
ffffffc08020289a:	43b010ef          	jal	ffffffc0802044d4 <page_free>
  ip->pages = NULL;
ffffffc08020289e:	0409b423          	sd	zero,72(s3)
  inode_free_pages(ip);
  ip->size = 0;
}
ffffffc0802028a2:	70a2                	ld	ra,40(sp)
ffffffc0802028a4:	7402                	ld	s0,32(sp)
  ip->size = 0;
ffffffc0802028a6:	0409b023          	sd	zero,64(s3)
}
ffffffc0802028aa:	64e2                	ld	s1,24(sp)
ffffffc0802028ac:	6942                	ld	s2,16(sp)
ffffffc0802028ae:	69a2                	ld	s3,8(sp)
ffffffc0802028b0:	6145                	add	sp,sp,48
ffffffc0802028b2:	8082                	ret

ffffffc0802028b4 <inode_truncate>:

/* Empties ip, taking ip->lock. Caller holds a reference. */
void inode_truncate(struct inode *ip)
{
ffffffc0802028b4:	7179                	add	sp,sp,-48
ffffffc0802028b6:	f022                	sd	s0,32(sp)
ffffffc0802028b8:	e44e                	sd	s3,8(sp)
ffffffc0802028ba:	e052                	sd	s4,0(sp)
ffffffc0802028bc:	f406                	sd	ra,40(sp)
ffffffc0802028be:	ec26                	sd	s1,24(sp)
ffffffc0802028c0:	e84a                	sd	s2,16(sp)
ffffffc0802028c2:	1800                	add	s0,sp,48
  sleeplock_acquire(&ip->lock);
ffffffc0802028c4:	01850a13          	add	s4,a0,24
{
ffffffc0802028c8:	89aa                	mv	s3,a0
  sleeplock_acquire(&ip->lock);
ffffffc0802028ca:	8552                	mv	a0,s4
ffffffc0802028cc:	3c1030ef          	jal	ffffffc08020648c <sleeplock_acquire>
  if (ip->pages == NULL)
ffffffc0802028d0:	0489b703          	ld	a4,72(s3)
ffffffc0802028d4:	c31d                	beqz	a4,ffffffc0802028fa <inode_truncate+0x46>
ffffffc0802028d6:	4481                	li	s1,0
  for (int i = 0; i < MAXFILEPAGES; i++)
ffffffc0802028d8:	6905                	lui	s2,0x1
    if (ip->pages[i] != NULL)
ffffffc0802028da:	009707b3          	add	a5,a4,s1
ffffffc0802028de:	6388                	ld	a0,0(a5)
  for (int i = 0; i < MAXFILEPAGES; i++)
ffffffc0802028e0:	04a1                	add	s1,s1,8
    if (ip->pages[i] != NULL)
ffffffc0802028e2:	c509                	beqz	a0,ffffffc0802028ec <inode_truncate+0x38>
      page_free(ip->pages[i]);
ffffffc0802028e4:	3f1010ef          	jal	ffffffc0802044d4 <page_free>
  page_free(ip->pages);
ffffffc0802028e8:	0489b703          	ld	a4,72(s3)
  for (int i = 0; i < MAXFILEPAGES; i++)
ffffffc0802028ec:	ff2497e3          	bne	s1,s2,ffffffc0802028da <inode_truncate+0x26>
  page_free(ip->pages);
ffffffc0802028f0:	853a                	mv	a0,a4
ffffffc0802028f2:	3e3010ef          	jal	ffffffc0802044d4 <page_free>
  ip->pages = NULL;
ffffffc0802028f6:	0409b423          	sd	zero,72(s3)
  inode_lock(ip);
  inode_truncate_locked(ip);
  inode_unlock(ip);
}
ffffffc0802028fa:	7402                	ld	s0,32(sp)
ffffffc0802028fc:	70a2                	ld	ra,40(sp)
ffffffc0802028fe:	64e2                	ld	s1,24(sp)
ffffffc080202900:	6942                	ld	s2,16(sp)
  ip->size = 0;
ffffffc080202902:	0409b023          	sd	zero,64(s3)
  sleeplock_release(&ip->lock);
ffffffc080202906:	8552                	mv	a0,s4
}
ffffffc080202908:	69a2                	ld	s3,8(sp)
ffffffc08020290a:	6a02                	ld	s4,0(sp)
ffffffc08020290c:	6145                	add	sp,sp,48
  sleeplock_release(&ip->lock);
ffffffc08020290e:	3bb0306f          	j	ffffffc0802064c8 <sleeplock_release>

ffffffc080202912 <inode_stat_locked>:

/* Fills *st from ip. Caller holds ip->lock. */
void inode_stat_locked(struct inode *ip, struct stat *st)
{
ffffffc080202912:	1101                	add	sp,sp,-32
ffffffc080202914:	e822                	sd	s0,16(sp)
ffffffc080202916:	e426                	sd	s1,8(sp)
ffffffc080202918:	e04a                	sd	s2,0(sp)
ffffffc08020291a:	ec06                	sd	ra,24(sp)
ffffffc08020291c:	1000                	add	s0,sp,32
ffffffc08020291e:	84ae                	mv	s1,a1
ffffffc080202920:	892a                	mv	s2,a0
  memset(st, 0, sizeof(*st)); /* no kernel bytes in the padding */
ffffffc080202922:	4661                	li	a2,24
ffffffc080202924:	8526                	mv	a0,s1
ffffffc080202926:	4581                	li	a1,0
ffffffc080202928:	1f8010ef          	jal	ffffffc080203b20 <memset>
  st->dev = ROOTDEV;
  st->ino = ip->inum;
  st->type = ip->type;
ffffffc08020292c:	01095703          	lhu	a4,16(s2) # 1010 <KERNEL_PA-0x801feff0>
ffffffc080202930:	00495783          	lhu	a5,4(s2)
  st->ino = ip->inum;
ffffffc080202934:	00092603          	lw	a2,0(s2)
  st->nlink = ip->nlink;
  st->size = ip->size;
ffffffc080202938:	04093683          	ld	a3,64(s2)
}
ffffffc08020293c:	60e2                	ld	ra,24(sp)
ffffffc08020293e:	6442                	ld	s0,16(sp)
  st->type = ip->type;
ffffffc080202940:	0107171b          	sllw	a4,a4,0x10
ffffffc080202944:	8fd9                	or	a5,a5,a4
  st->dev = ROOTDEV;
ffffffc080202946:	4705                	li	a4,1
ffffffc080202948:	c098                	sw	a4,0(s1)
  st->ino = ip->inum;
ffffffc08020294a:	c0d0                	sw	a2,4(s1)
  st->type = ip->type;
ffffffc08020294c:	c49c                	sw	a5,8(s1)
  st->size = ip->size;
ffffffc08020294e:	e894                	sd	a3,16(s1)
}
ffffffc080202950:	6902                	ld	s2,0(sp)
ffffffc080202952:	64a2                	ld	s1,8(sp)
ffffffc080202954:	6105                	add	sp,sp,32
ffffffc080202956:	8082                	ret

ffffffc080202958 <inode_stat>:

/* Fills *st from ip, taking ip->lock. Caller holds a reference. */
void inode_stat(struct inode *ip, struct stat *st)
{
ffffffc080202958:	7179                	add	sp,sp,-48
ffffffc08020295a:	f406                	sd	ra,40(sp)
ffffffc08020295c:	f022                	sd	s0,32(sp)
ffffffc08020295e:	ec26                	sd	s1,24(sp)
ffffffc080202960:	e84a                	sd	s2,16(sp)
ffffffc080202962:	e44e                	sd	s3,8(sp)
ffffffc080202964:	1800                	add	s0,sp,48
  sleeplock_acquire(&ip->lock);
ffffffc080202966:	01850993          	add	s3,a0,24
{
ffffffc08020296a:	892a                	mv	s2,a0
  sleeplock_acquire(&ip->lock);
ffffffc08020296c:	854e                	mv	a0,s3
{
ffffffc08020296e:	84ae                	mv	s1,a1
  sleeplock_acquire(&ip->lock);
ffffffc080202970:	31d030ef          	jal	ffffffc08020648c <sleeplock_acquire>
  memset(st, 0, sizeof(*st)); /* no kernel bytes in the padding */
ffffffc080202974:	4661                	li	a2,24
ffffffc080202976:	8526                	mv	a0,s1
ffffffc080202978:	4581                	li	a1,0
ffffffc08020297a:	1a6010ef          	jal	ffffffc080203b20 <memset>
  st->type = ip->type;
ffffffc08020297e:	01095703          	lhu	a4,16(s2)
ffffffc080202982:	00495783          	lhu	a5,4(s2)
  st->ino = ip->inum;
ffffffc080202986:	00092603          	lw	a2,0(s2)
  st->size = ip->size;
ffffffc08020298a:	04093683          	ld	a3,64(s2)
  st->type = ip->type;
ffffffc08020298e:	0107171b          	sllw	a4,a4,0x10
  inode_lock(ip);
  inode_stat_locked(ip, st);
  inode_unlock(ip);
}
ffffffc080202992:	7402                	ld	s0,32(sp)
  st->type = ip->type;
ffffffc080202994:	8fd9                	or	a5,a5,a4
  st->dev = ROOTDEV;
ffffffc080202996:	4705                	li	a4,1
}
ffffffc080202998:	70a2                	ld	ra,40(sp)
ffffffc08020299a:	6942                	ld	s2,16(sp)
  st->dev = ROOTDEV;
ffffffc08020299c:	c098                	sw	a4,0(s1)
  st->ino = ip->inum;
ffffffc08020299e:	c0d0                	sw	a2,4(s1)
  st->type = ip->type;
ffffffc0802029a0:	c49c                	sw	a5,8(s1)
  st->size = ip->size;
ffffffc0802029a2:	e894                	sd	a3,16(s1)
  sleeplock_release(&ip->lock);
ffffffc0802029a4:	854e                	mv	a0,s3
}
ffffffc0802029a6:	64e2                	ld	s1,24(sp)
ffffffc0802029a8:	69a2                	ld	s3,8(sp)
ffffffc0802029aa:	6145                	add	sp,sp,48
  sleeplock_release(&ip->lock);
ffffffc0802029ac:	31d0306f          	j	ffffffc0802064c8 <sleeplock_release>

ffffffc0802029b0 <inode_read>:

/* Returns bytes read (see inode_read_locked); takes ip->lock itself.
 * Caller holds a reference. Devices have no data here: -1. */
int inode_read(struct inode *ip, int user_dst, uint64 dst, uint64 off,
               uint64 n)
{
ffffffc0802029b0:	7139                	add	sp,sp,-64
ffffffc0802029b2:	f822                	sd	s0,48(sp)
ffffffc0802029b4:	f426                	sd	s1,40(sp)
ffffffc0802029b6:	fc06                	sd	ra,56(sp)
ffffffc0802029b8:	f04a                	sd	s2,32(sp)
ffffffc0802029ba:	ec4e                	sd	s3,24(sp)
ffffffc0802029bc:	e852                	sd	s4,16(sp)
ffffffc0802029be:	e456                	sd	s5,8(sp)
ffffffc0802029c0:	e05a                	sd	s6,0(sp)
ffffffc0802029c2:	0080                	add	s0,sp,64
ffffffc0802029c4:	84aa                	mv	s1,a0
  if (ip->type == T_DEVICE)
ffffffc0802029c6:	00451503          	lh	a0,4(a0)
ffffffc0802029ca:	478d                	li	a5,3
ffffffc0802029cc:	04f50163          	beq	a0,a5,ffffffc080202a0e <inode_read+0x5e>
  sleeplock_acquire(&ip->lock);
ffffffc0802029d0:	01848b13          	add	s6,s1,24
ffffffc0802029d4:	855a                	mv	a0,s6
ffffffc0802029d6:	892e                	mv	s2,a1
ffffffc0802029d8:	89b2                	mv	s3,a2
ffffffc0802029da:	8a36                	mv	s4,a3
ffffffc0802029dc:	8aba                	mv	s5,a4
ffffffc0802029de:	2af030ef          	jal	ffffffc08020648c <sleeplock_acquire>
    return -1;
  inode_lock(ip);
  int r = inode_read_locked(ip, user_dst, dst, off, n);
ffffffc0802029e2:	8526                	mv	a0,s1
ffffffc0802029e4:	8756                	mv	a4,s5
ffffffc0802029e6:	86d2                	mv	a3,s4
ffffffc0802029e8:	864e                	mv	a2,s3
ffffffc0802029ea:	85ca                	mv	a1,s2
ffffffc0802029ec:	cbdff0ef          	jal	ffffffc0802026a8 <inode_read_locked>
ffffffc0802029f0:	84aa                	mv	s1,a0
  sleeplock_release(&ip->lock);
ffffffc0802029f2:	855a                	mv	a0,s6
ffffffc0802029f4:	2d5030ef          	jal	ffffffc0802064c8 <sleeplock_release>
  inode_unlock(ip);
  return r;
}
ffffffc0802029f8:	70e2                	ld	ra,56(sp)
ffffffc0802029fa:	7442                	ld	s0,48(sp)
ffffffc0802029fc:	7902                	ld	s2,32(sp)
ffffffc0802029fe:	69e2                	ld	s3,24(sp)
ffffffc080202a00:	6a42                	ld	s4,16(sp)
ffffffc080202a02:	6aa2                	ld	s5,8(sp)
ffffffc080202a04:	6b02                	ld	s6,0(sp)
ffffffc080202a06:	8526                	mv	a0,s1
ffffffc080202a08:	74a2                	ld	s1,40(sp)
ffffffc080202a0a:	6121                	add	sp,sp,64
ffffffc080202a0c:	8082                	ret
    return -1;
ffffffc080202a0e:	54fd                	li	s1,-1
ffffffc080202a10:	b7e5                	j	ffffffc0802029f8 <inode_read+0x48>

ffffffc080202a12 <dir_entry>:
  if (ip->pages == NULL) {
ffffffc080202a12:	653c                	ld	a5,72(a0)
ffffffc080202a14:	cf89                	beqz	a5,ffffffc080202a2e <dir_entry+0x1c>

/* Returns entry idx of directory dp. Caller holds fs_ns_lock or dp->lock,
 * and idx * sizeof(struct dirent) < dp->size. */
struct dirent *dir_entry(struct inode *dp, uint64 idx)
{
  uint64 off = idx * sizeof(struct dirent);
ffffffc080202a16:	0592                	sll	a1,a1,0x4
  char *page = inode_page(dp, off / PGSIZE, false);
ffffffc080202a18:	00c5d713          	srl	a4,a1,0xc
  if (ip->pages[pg] == NULL && alloc)
ffffffc080202a1c:	070e                	sll	a4,a4,0x3
ffffffc080202a1e:	97ba                	add	a5,a5,a4
ffffffc080202a20:	6388                	ld	a0,0(a5)
  KASSERT(page != NULL);
ffffffc080202a22:	c511                	beqz	a0,ffffffc080202a2e <dir_entry+0x1c>
  return (struct dirent *)(page + off % PGSIZE);
ffffffc080202a24:	6785                	lui	a5,0x1
ffffffc080202a26:	17fd                	add	a5,a5,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc080202a28:	8dfd                	and	a1,a1,a5
}
ffffffc080202a2a:	952e                	add	a0,a0,a1
ffffffc080202a2c:	8082                	ret
{
ffffffc080202a2e:	1141                	add	sp,sp,-16
ffffffc080202a30:	e022                	sd	s0,0(sp)
ffffffc080202a32:	e406                	sd	ra,8(sp)
ffffffc080202a34:	0800                	add	s0,sp,16
  KASSERT(page != NULL);
ffffffc080202a36:	00006717          	auipc	a4,0x6
ffffffc080202a3a:	b6270713          	add	a4,a4,-1182 # ffffffc080208598 <__func__.0+0xb8>
ffffffc080202a3e:	00006697          	auipc	a3,0x6
ffffffc080202a42:	bc268693          	add	a3,a3,-1086 # ffffffc080208600 <__func__.0>
ffffffc080202a46:	10b00613          	li	a2,267
ffffffc080202a4a:	00006597          	auipc	a1,0x6
ffffffc080202a4e:	ab658593          	add	a1,a1,-1354 # ffffffc080208500 <__func__.0+0x20>
ffffffc080202a52:	00005517          	auipc	a0,0x5
ffffffc080202a56:	61e50513          	add	a0,a0,1566 # ffffffc080208070 <__func__.0+0x40>
ffffffc080202a5a:	7f7000ef          	jal	ffffffc080203a50 <panic>

ffffffc080202a5e <pipe_init>:
  struct pipe pipe[NPIPE];
} pipe_table;

/* See pipe.h. */
void pipe_init(void)
{
ffffffc080202a5e:	1141                	add	sp,sp,-16
ffffffc080202a60:	e422                	sd	s0,8(sp)
ffffffc080202a62:	0800                	add	s0,sp,16
  spin_init(&pipe_table.lock, "pipe_table");
}
ffffffc080202a64:	6422                	ld	s0,8(sp)
  spin_init(&pipe_table.lock, "pipe_table");
ffffffc080202a66:	00006597          	auipc	a1,0x6
ffffffc080202a6a:	baa58593          	add	a1,a1,-1110 # ffffffc080208610 <__func__.0+0x10>
ffffffc080202a6e:	0028f517          	auipc	a0,0x28f
ffffffc080202a72:	c6a50513          	add	a0,a0,-918 # ffffffc0804916d8 <pipe_table>
}
ffffffc080202a76:	0141                	add	sp,sp,16
  spin_init(&pipe_table.lock, "pipe_table");
ffffffc080202a78:	2bb0306f          	j	ffffffc080206532 <spin_init>

ffffffc080202a7c <pipe_alloc>:
  f->writable = writable;
}

/* See pipe.h. */
int pipe_alloc(struct file **rf, struct file **wf)
{
ffffffc080202a7c:	715d                	add	sp,sp,-80
ffffffc080202a7e:	e0a2                	sd	s0,64(sp)
ffffffc080202a80:	fc26                	sd	s1,56(sp)
ffffffc080202a82:	f44e                	sd	s3,40(sp)
ffffffc080202a84:	f052                	sd	s4,32(sp)
ffffffc080202a86:	e486                	sd	ra,72(sp)
ffffffc080202a88:	f84a                	sd	s2,48(sp)
ffffffc080202a8a:	ec56                	sd	s5,24(sp)
ffffffc080202a8c:	e85a                	sd	s6,16(sp)
ffffffc080202a8e:	e45e                	sd	s7,8(sp)
ffffffc080202a90:	0880                	add	s0,sp,80
ffffffc080202a92:	8a2a                	mv	s4,a0
  spin_lock(&pipe_table.lock);
ffffffc080202a94:	0028f517          	auipc	a0,0x28f
ffffffc080202a98:	c4450513          	add	a0,a0,-956 # ffffffc0804916d8 <pipe_table>
{
ffffffc080202a9c:	89ae                	mv	s3,a1
  spin_lock(&pipe_table.lock);
ffffffc080202a9e:	2ab030ef          	jal	ffffffc080206548 <spin_lock>
  for (int i = 0; i < NPIPE && p == NULL; i++) {
ffffffc080202aa2:	4481                	li	s1,0
ffffffc080202aa4:	0028f797          	auipc	a5,0x28f
ffffffc080202aa8:	c4c78793          	add	a5,a5,-948 # ffffffc0804916f0 <pipe_table+0x18>
ffffffc080202aac:	08000693          	li	a3,128
    if (!pipe_table.pipe[i].used) {
ffffffc080202ab0:	0007c703          	lbu	a4,0(a5)
  for (int i = 0; i < NPIPE && p == NULL; i++) {
ffffffc080202ab4:	04078793          	add	a5,a5,64
    if (!pipe_table.pipe[i].used) {
ffffffc080202ab8:	e755                	bnez	a4,ffffffc080202b64 <pipe_alloc+0xe8>
      p->used = true;
ffffffc080202aba:	0028f917          	auipc	s2,0x28f
ffffffc080202abe:	c1e90913          	add	s2,s2,-994 # ffffffc0804916d8 <pipe_table>
ffffffc080202ac2:	00649b13          	sll	s6,s1,0x6
ffffffc080202ac6:	01690bb3          	add	s7,s2,s6
  spin_unlock(&pipe_table.lock);
ffffffc080202aca:	854a                	mv	a0,s2
      p->used = true;
ffffffc080202acc:	4a85                	li	s5,1
ffffffc080202ace:	015b8c23          	sb	s5,24(s7)
  spin_unlock(&pipe_table.lock);
ffffffc080202ad2:	371030ef          	jal	ffffffc080206642 <spin_unlock>
  struct pipe *p = pipe_slot_alloc();
  if (p == NULL)
    return -1;
  spin_init(&p->lock, "pipe");
ffffffc080202ad6:	020b0513          	add	a0,s6,32
ffffffc080202ada:	00006597          	auipc	a1,0x6
ffffffc080202ade:	b4658593          	add	a1,a1,-1210 # ffffffc080208620 <__func__.0+0x20>
ffffffc080202ae2:	954a                	add	a0,a0,s2
ffffffc080202ae4:	24f030ef          	jal	ffffffc080206532 <spin_init>
  p->buf = page_alloc();
  p->nread = p->nwrite = 0;
ffffffc080202ae8:	0485                	add	s1,s1,1
  p->buf = page_alloc();
ffffffc080202aea:	0dd010ef          	jal	ffffffc0802043c6 <page_alloc>
  p->nread = p->nwrite = 0;
ffffffc080202aee:	049a                	sll	s1,s1,0x6
ffffffc080202af0:	009907b3          	add	a5,s2,s1
  p->readopen = p->writeopen = true;
ffffffc080202af4:	0028f717          	auipc	a4,0x28f
ffffffc080202af8:	bf470713          	add	a4,a4,-1036 # ffffffc0804916e8 <pipe_table+0x10>
ffffffc080202afc:	94ba                	add	s1,s1,a4
  p->buf = page_alloc();
ffffffc080202afe:	02abbc23          	sd	a0,56(s7)
  p->nread = p->nwrite = 0;
ffffffc080202b02:	0007b423          	sd	zero,8(a5)
ffffffc080202b06:	040bb023          	sd	zero,64(s7)
  p->readopen = p->writeopen = true;
ffffffc080202b0a:	10100713          	li	a4,257
ffffffc080202b0e:	00e49023          	sh	a4,0(s1)
  p->reading = false;
ffffffc080202b12:	00078923          	sb	zero,18(a5)
  struct file *r = p->buf != NULL ? file_alloc() : NULL;
ffffffc080202b16:	c93d                	beqz	a0,ffffffc080202b8c <pipe_alloc+0x110>
ffffffc080202b18:	c72ff0ef          	jal	ffffffc080201f8a <file_alloc>
ffffffc080202b1c:	84aa                	mv	s1,a0
  struct file *w = r != NULL ? file_alloc() : NULL;
ffffffc080202b1e:	c12d                	beqz	a0,ffffffc080202b80 <pipe_alloc+0x104>
ffffffc080202b20:	c6aff0ef          	jal	ffffffc080201f8a <file_alloc>
  if (w == NULL) {
ffffffc080202b24:	c939                	beqz	a0,ffffffc080202b7a <pipe_alloc+0xfe>
      p = &pipe_table.pipe[i];
ffffffc080202b26:	0b61                	add	s6,s6,24
  f->type = FD_PIPE;
ffffffc080202b28:	4789                	li	a5,2
      p = &pipe_table.pipe[i];
ffffffc080202b2a:	995a                	add	s2,s2,s6
  f->type = FD_PIPE;
ffffffc080202b2c:	c0dc                	sw	a5,4(s1)
  f->pipe = p;
ffffffc080202b2e:	0124b823          	sd	s2,16(s1)
  f->readable = !writable;
ffffffc080202b32:	01549423          	sh	s5,8(s1)
  f->type = FD_PIPE;
ffffffc080202b36:	c15c                	sw	a5,4(a0)
  f->readable = !writable;
ffffffc080202b38:	10000793          	li	a5,256
  f->pipe = p;
ffffffc080202b3c:	01253823          	sd	s2,16(a0)
  f->readable = !writable;
ffffffc080202b40:	00f51423          	sh	a5,8(a0)
    pipe_free(p);
    return -1;
  }
  pipe_file_init(r, p, false);
  pipe_file_init(w, p, true);
  *rf = r;
ffffffc080202b44:	009a3023          	sd	s1,0(s4)
  *wf = w;
ffffffc080202b48:	00a9b023          	sd	a0,0(s3)
  return 0;
ffffffc080202b4c:	4501                	li	a0,0
}
ffffffc080202b4e:	60a6                	ld	ra,72(sp)
ffffffc080202b50:	6406                	ld	s0,64(sp)
ffffffc080202b52:	74e2                	ld	s1,56(sp)
ffffffc080202b54:	7942                	ld	s2,48(sp)
ffffffc080202b56:	79a2                	ld	s3,40(sp)
ffffffc080202b58:	7a02                	ld	s4,32(sp)
ffffffc080202b5a:	6ae2                	ld	s5,24(sp)
ffffffc080202b5c:	6b42                	ld	s6,16(sp)
ffffffc080202b5e:	6ba2                	ld	s7,8(sp)
ffffffc080202b60:	6161                	add	sp,sp,80
ffffffc080202b62:	8082                	ret
  for (int i = 0; i < NPIPE && p == NULL; i++) {
ffffffc080202b64:	2485                	addw	s1,s1,1
ffffffc080202b66:	f4d495e3          	bne	s1,a3,ffffffc080202ab0 <pipe_alloc+0x34>
  spin_unlock(&pipe_table.lock);
ffffffc080202b6a:	0028f517          	auipc	a0,0x28f
ffffffc080202b6e:	b6e50513          	add	a0,a0,-1170 # ffffffc0804916d8 <pipe_table>
ffffffc080202b72:	2d1030ef          	jal	ffffffc080206642 <spin_unlock>
    return -1;
ffffffc080202b76:	557d                	li	a0,-1
ffffffc080202b78:	bfd9                	j	ffffffc080202b4e <pipe_alloc+0xd2>
      file_close(r); /* still FD_NONE: only frees the slot */
ffffffc080202b7a:	8526                	mv	a0,s1
ffffffc080202b7c:	d22ff0ef          	jal	ffffffc08020209e <file_close>
  if (p->buf != NULL)
ffffffc080202b80:	016907b3          	add	a5,s2,s6
ffffffc080202b84:	7f88                	ld	a0,56(a5)
ffffffc080202b86:	c119                	beqz	a0,ffffffc080202b8c <pipe_alloc+0x110>
    page_free(p->buf);
ffffffc080202b88:	14d010ef          	jal	ffffffc0802044d4 <page_free>
  p->buf = NULL;
ffffffc080202b8c:	995a                	add	s2,s2,s6
  spin_lock(&pipe_table.lock);
ffffffc080202b8e:	0028f517          	auipc	a0,0x28f
ffffffc080202b92:	b4a50513          	add	a0,a0,-1206 # ffffffc0804916d8 <pipe_table>
  p->buf = NULL;
ffffffc080202b96:	02093c23          	sd	zero,56(s2)
  spin_lock(&pipe_table.lock);
ffffffc080202b9a:	1af030ef          	jal	ffffffc080206548 <spin_lock>
  spin_unlock(&pipe_table.lock);
ffffffc080202b9e:	0028f517          	auipc	a0,0x28f
ffffffc080202ba2:	b3a50513          	add	a0,a0,-1222 # ffffffc0804916d8 <pipe_table>
  p->used = false;
ffffffc080202ba6:	00090c23          	sb	zero,24(s2)
  spin_unlock(&pipe_table.lock);
ffffffc080202baa:	299030ef          	jal	ffffffc080206642 <spin_unlock>
    return -1;
ffffffc080202bae:	557d                	li	a0,-1
ffffffc080202bb0:	bf79                	j	ffffffc080202b4e <pipe_alloc+0xd2>

ffffffc080202bb2 <pipe_close>:

/* See pipe.h. Caller holds no lock. */
void pipe_close(struct pipe *p, bool writable)
{
ffffffc080202bb2:	7179                	add	sp,sp,-48
ffffffc080202bb4:	f022                	sd	s0,32(sp)
ffffffc080202bb6:	ec26                	sd	s1,24(sp)
ffffffc080202bb8:	e84a                	sd	s2,16(sp)
ffffffc080202bba:	e44e                	sd	s3,8(sp)
ffffffc080202bbc:	f406                	sd	ra,40(sp)
ffffffc080202bbe:	1800                	add	s0,sp,48
  spin_lock(&p->lock);
ffffffc080202bc0:	00850993          	add	s3,a0,8
{
ffffffc080202bc4:	84aa                	mv	s1,a0
ffffffc080202bc6:	892e                	mv	s2,a1
  spin_lock(&p->lock);
ffffffc080202bc8:	854e                	mv	a0,s3
ffffffc080202bca:	17f030ef          	jal	ffffffc080206548 <spin_lock>
  if (writable) {
ffffffc080202bce:	04090b63          	beqz	s2,ffffffc080202c24 <pipe_close+0x72>
    p->writeopen = false;
ffffffc080202bd2:	02048ca3          	sb	zero,57(s1)
    wakeup(&p->nwrite);
ffffffc080202bd6:	03048513          	add	a0,s1,48
ffffffc080202bda:	4ee030ef          	jal	ffffffc0802060c8 <wakeup>
  } else {
    p->readopen = false;
    wakeup(&p->nread);
  }
  bool dead = !p->readopen && !p->writeopen;
ffffffc080202bde:	0384c783          	lbu	a5,56(s1)
  spin_unlock(&p->lock);
ffffffc080202be2:	854e                	mv	a0,s3
  bool dead = !p->readopen && !p->writeopen;
ffffffc080202be4:	eb85                	bnez	a5,ffffffc080202c14 <pipe_close+0x62>
ffffffc080202be6:	0394c783          	lbu	a5,57(s1)
ffffffc080202bea:	e78d                	bnez	a5,ffffffc080202c14 <pipe_close+0x62>
  spin_unlock(&p->lock);
ffffffc080202bec:	257030ef          	jal	ffffffc080206642 <spin_unlock>
  if (p->buf != NULL)
ffffffc080202bf0:	7088                	ld	a0,32(s1)
ffffffc080202bf2:	c119                	beqz	a0,ffffffc080202bf8 <pipe_close+0x46>
    page_free(p->buf);
ffffffc080202bf4:	0e1010ef          	jal	ffffffc0802044d4 <page_free>
  spin_lock(&pipe_table.lock);
ffffffc080202bf8:	0028f517          	auipc	a0,0x28f
ffffffc080202bfc:	ae050513          	add	a0,a0,-1312 # ffffffc0804916d8 <pipe_table>
  p->buf = NULL;
ffffffc080202c00:	0204b023          	sd	zero,32(s1)
  spin_lock(&pipe_table.lock);
ffffffc080202c04:	145030ef          	jal	ffffffc080206548 <spin_lock>
  spin_unlock(&pipe_table.lock);
ffffffc080202c08:	0028f517          	auipc	a0,0x28f
ffffffc080202c0c:	ad050513          	add	a0,a0,-1328 # ffffffc0804916d8 <pipe_table>
  p->used = false;
ffffffc080202c10:	00048023          	sb	zero,0(s1)
  if (dead)
    pipe_free(p);
}
ffffffc080202c14:	7402                	ld	s0,32(sp)
ffffffc080202c16:	70a2                	ld	ra,40(sp)
ffffffc080202c18:	64e2                	ld	s1,24(sp)
ffffffc080202c1a:	6942                	ld	s2,16(sp)
ffffffc080202c1c:	69a2                	ld	s3,8(sp)
ffffffc080202c1e:	6145                	add	sp,sp,48
  spin_unlock(&pipe_table.lock);
ffffffc080202c20:	2230306f          	j	ffffffc080206642 <spin_unlock>
    p->readopen = false;
ffffffc080202c24:	02048c23          	sb	zero,56(s1)
    wakeup(&p->nread);
ffffffc080202c28:	02848513          	add	a0,s1,40
ffffffc080202c2c:	49c030ef          	jal	ffffffc0802060c8 <wakeup>
ffffffc080202c30:	b77d                	j	ffffffc080202bde <pipe_close+0x2c>

ffffffc080202c32 <pipe_read>:
}

/* See pipe.h. Only one reader copies at a time (p->reading), so bytes are
 * consumed only after they reached the user, in order. */
int pipe_read(struct pipe *p, uint64 addr, int n)
{
ffffffc080202c32:	d8010113          	add	sp,sp,-640
ffffffc080202c36:	26813823          	sd	s0,624(sp)
ffffffc080202c3a:	26913423          	sd	s1,616(sp)
ffffffc080202c3e:	25513423          	sd	s5,584(sp)
ffffffc080202c42:	25613023          	sd	s6,576(sp)
ffffffc080202c46:	23713c23          	sd	s7,568(sp)
ffffffc080202c4a:	21b13c23          	sd	s11,536(sp)
ffffffc080202c4e:	26113c23          	sd	ra,632(sp)
ffffffc080202c52:	27213023          	sd	s2,608(sp)
ffffffc080202c56:	25313c23          	sd	s3,600(sp)
ffffffc080202c5a:	25413823          	sd	s4,592(sp)
ffffffc080202c5e:	23813823          	sd	s8,560(sp)
ffffffc080202c62:	23913423          	sd	s9,552(sp)
ffffffc080202c66:	23a13023          	sd	s10,544(sp)
ffffffc080202c6a:	0500                	add	s0,sp,640
  char kbuf[PIPE_CHUNK];
  int done = 0;
  bool fault = false;
  spin_lock(&p->lock);
ffffffc080202c6c:	00850a93          	add	s5,a0,8
{
ffffffc080202c70:	8daa                	mv	s11,a0
  spin_lock(&p->lock);
ffffffc080202c72:	8556                	mv	a0,s5
{
ffffffc080202c74:	8bae                	mv	s7,a1
ffffffc080202c76:	8b32                	mv	s6,a2
    sleep_on(&p->nwrite, &p->lock);
ffffffc080202c78:	030d8493          	add	s1,s11,48
  spin_lock(&p->lock);
ffffffc080202c7c:	0cd030ef          	jal	ffffffc080206548 <spin_lock>
  while (p->reading || (p->nread == p->nwrite && p->writeopen)) {
ffffffc080202c80:	a019                	j	ffffffc080202c86 <pipe_read+0x54>
    sleep_on(&p->nwrite, &p->lock);
ffffffc080202c82:	3f6030ef          	jal	ffffffc080206078 <sleep_on>
  while (p->reading || (p->nread == p->nwrite && p->writeopen)) {
ffffffc080202c86:	03adc783          	lbu	a5,58(s11)
ffffffc080202c8a:	eb91                	bnez	a5,ffffffc080202c9e <pipe_read+0x6c>
ffffffc080202c8c:	028db783          	ld	a5,40(s11)
ffffffc080202c90:	030db703          	ld	a4,48(s11)
ffffffc080202c94:	02e79063          	bne	a5,a4,ffffffc080202cb4 <pipe_read+0x82>
ffffffc080202c98:	039dc683          	lbu	a3,57(s11)
ffffffc080202c9c:	ce81                	beqz	a3,ffffffc080202cb4 <pipe_read+0x82>
    if (current_killed())
ffffffc080202c9e:	100030ef          	jal	ffffffc080205d9e <current_killed>
ffffffc080202ca2:	87aa                	mv	a5,a0
    sleep_on(&p->nwrite, &p->lock);
ffffffc080202ca4:	85d6                	mv	a1,s5
ffffffc080202ca6:	8526                	mv	a0,s1
    if (current_killed())
ffffffc080202ca8:	dfe9                	beqz	a5,ffffffc080202c82 <pipe_read+0x50>
  if (pipe_wait_readable(p) < 0) {
    spin_unlock(&p->lock);
ffffffc080202caa:	8556                	mv	a0,s5
ffffffc080202cac:	197030ef          	jal	ffffffc080206642 <spin_unlock>
    return -1;
ffffffc080202cb0:	5a7d                	li	s4,-1
ffffffc080202cb2:	a8dd                	j	ffffffc080202da8 <pipe_read+0x176>
  }
  p->reading = true;
ffffffc080202cb4:	4685                	li	a3,1
ffffffc080202cb6:	02dd8d23          	sb	a3,58(s11)
    sleep_on(&p->nwrite, &p->lock);
ffffffc080202cba:	030d8693          	add	a3,s11,48
ffffffc080202cbe:	d8d43423          	sd	a3,-632(s0)
  int done = 0;
ffffffc080202cc2:	4a01                	li	s4,0
  while (done < n && p->nread != p->nwrite) {
ffffffc080202cc4:	0b605d63          	blez	s6,ffffffc080202d7e <pipe_read+0x14c>
    uint64 at = (p->nread + m) % PIPESIZE;
ffffffc080202cc8:	6905                	lui	s2,0x1
    int m = pipe_peek(p, kbuf, n - done < PIPE_CHUNK ? n - done : PIPE_CHUNK);
ffffffc080202cca:	20000c13          	li	s8,512
    uint64 at = (p->nread + m) % PIPESIZE;
ffffffc080202cce:	197d                	add	s2,s2,-1 # fff <KERNEL_PA-0x801ff001>
    int k = PIPESIZE - at; /* contiguous run up to the ring's end */
ffffffc080202cd0:	6985                	lui	s3,0x1
    spin_lock(&p->lock);
    if (fault)
      break;
    p->nread += m;
    done += m;
    wakeup(&p->nread);
ffffffc080202cd2:	028d8c93          	add	s9,s11,40
  while (done < n && p->nread != p->nwrite) {
ffffffc080202cd6:	0ae78463          	beq	a5,a4,ffffffc080202d7e <pipe_read+0x14c>
    int m = pipe_peek(p, kbuf, n - done < PIPE_CHUNK ? n - done : PIPE_CHUNK);
ffffffc080202cda:	414b0d3b          	subw	s10,s6,s4
ffffffc080202cde:	01ac5463          	bge	s8,s10,ffffffc080202ce6 <pipe_read+0xb4>
ffffffc080202ce2:	20000d13          	li	s10,512
  int m = 0;
ffffffc080202ce6:	4481                	li	s1,0
  while (m < max && p->nread + m != p->nwrite) {
ffffffc080202ce8:	00978833          	add	a6,a5,s1
    uint64 at = (p->nread + m) % PIPESIZE;
ffffffc080202cec:	012875b3          	and	a1,a6,s2
    if ((uint64)k > p->nwrite - p->nread - m)
ffffffc080202cf0:	40f706b3          	sub	a3,a4,a5
    if (k > max - m)
ffffffc080202cf4:	409d0e3b          	subw	t3,s10,s1
ffffffc080202cf8:	40b9863b          	subw	a2,s3,a1
    memmove(dst + m, p->buf + at, k);
ffffffc080202cfc:	d9040513          	add	a0,s0,-624
    if (k > max - m)
ffffffc080202d00:	88f2                	mv	a7,t3
ffffffc080202d02:	00060e9b          	sext.w	t4,a2
    if ((uint64)k > p->nwrite - p->nread - m)
ffffffc080202d06:	8e85                	sub	a3,a3,s1
    memmove(dst + m, p->buf + at, k);
ffffffc080202d08:	9526                	add	a0,a0,s1
      k = p->nwrite - p->nread - m;
ffffffc080202d0a:	9fa5                	addw	a5,a5,s1
  while (m < max && p->nread + m != p->nwrite) {
ffffffc080202d0c:	03070763          	beq	a4,a6,ffffffc080202d3a <pipe_read+0x108>
ffffffc080202d10:	01de5463          	bge	t3,t4,ffffffc080202d18 <pipe_read+0xe6>
ffffffc080202d14:	0008861b          	sext.w	a2,a7
    if ((uint64)k > p->nwrite - p->nread - m)
ffffffc080202d18:	00c6f463          	bgeu	a3,a2,ffffffc080202d20 <pipe_read+0xee>
      k = p->nwrite - p->nread - m;
ffffffc080202d1c:	40f7063b          	subw	a2,a4,a5
    memmove(dst + m, p->buf + at, k);
ffffffc080202d20:	020db783          	ld	a5,32(s11)
    m += k;
ffffffc080202d24:	9cb1                	addw	s1,s1,a2
    memmove(dst + m, p->buf + at, k);
ffffffc080202d26:	95be                	add	a1,a1,a5
ffffffc080202d28:	6c9000ef          	jal	ffffffc080203bf0 <memmove>
  while (m < max && p->nread + m != p->nwrite) {
ffffffc080202d2c:	01a4d763          	bge	s1,s10,ffffffc080202d3a <pipe_read+0x108>
ffffffc080202d30:	028db783          	ld	a5,40(s11)
ffffffc080202d34:	030db703          	ld	a4,48(s11)
ffffffc080202d38:	bf45                	j	ffffffc080202ce8 <pipe_read+0xb6>
    spin_unlock(&p->lock);
ffffffc080202d3a:	8556                	mv	a0,s5
ffffffc080202d3c:	107030ef          	jal	ffffffc080206642 <spin_unlock>
    fault = copyout(addr + done, kbuf, m) < 0;
ffffffc080202d40:	8626                	mv	a2,s1
ffffffc080202d42:	d9040593          	add	a1,s0,-624
ffffffc080202d46:	017a0533          	add	a0,s4,s7
ffffffc080202d4a:	1e5010ef          	jal	ffffffc08020472e <copyout>
ffffffc080202d4e:	8d2a                	mv	s10,a0
    spin_lock(&p->lock);
ffffffc080202d50:	8556                	mv	a0,s5
ffffffc080202d52:	7f6030ef          	jal	ffffffc080206548 <spin_lock>
    if (fault)
ffffffc080202d56:	020d4e63          	bltz	s10,ffffffc080202d92 <pipe_read+0x160>
    p->nread += m;
ffffffc080202d5a:	028db783          	ld	a5,40(s11)
    done += m;
ffffffc080202d5e:	009a0a3b          	addw	s4,s4,s1
    wakeup(&p->nread);
ffffffc080202d62:	8566                	mv	a0,s9
    p->nread += m;
ffffffc080202d64:	97a6                	add	a5,a5,s1
ffffffc080202d66:	02fdb423          	sd	a5,40(s11)
    wakeup(&p->nread);
ffffffc080202d6a:	35e030ef          	jal	ffffffc0802060c8 <wakeup>
  while (done < n && p->nread != p->nwrite) {
ffffffc080202d6e:	016a5863          	bge	s4,s6,ffffffc080202d7e <pipe_read+0x14c>
ffffffc080202d72:	028db783          	ld	a5,40(s11)
ffffffc080202d76:	030db703          	ld	a4,48(s11)
ffffffc080202d7a:	f6e790e3          	bne	a5,a4,ffffffc080202cda <pipe_read+0xa8>
  }
  p->reading = false;
  wakeup(&p->nwrite); /* the next reader's turn */
ffffffc080202d7e:	d8843503          	ld	a0,-632(s0)
  p->reading = false;
ffffffc080202d82:	020d8d23          	sb	zero,58(s11)
  wakeup(&p->nwrite); /* the next reader's turn */
ffffffc080202d86:	342030ef          	jal	ffffffc0802060c8 <wakeup>
  spin_unlock(&p->lock);
ffffffc080202d8a:	8556                	mv	a0,s5
ffffffc080202d8c:	0b7030ef          	jal	ffffffc080206642 <spin_unlock>
  return fault && done == 0 ? -1 : done;
ffffffc080202d90:	a821                	j	ffffffc080202da8 <pipe_read+0x176>
  wakeup(&p->nwrite); /* the next reader's turn */
ffffffc080202d92:	d8843503          	ld	a0,-632(s0)
  p->reading = false;
ffffffc080202d96:	020d8d23          	sb	zero,58(s11)
  wakeup(&p->nwrite); /* the next reader's turn */
ffffffc080202d9a:	32e030ef          	jal	ffffffc0802060c8 <wakeup>
  spin_unlock(&p->lock);
ffffffc080202d9e:	8556                	mv	a0,s5
ffffffc080202da0:	0a3030ef          	jal	ffffffc080206642 <spin_unlock>
  return fault && done == 0 ? -1 : done;
ffffffc080202da4:	f00a06e3          	beqz	s4,ffffffc080202cb0 <pipe_read+0x7e>
}
ffffffc080202da8:	27813083          	ld	ra,632(sp)
ffffffc080202dac:	27013403          	ld	s0,624(sp)
ffffffc080202db0:	26813483          	ld	s1,616(sp)
ffffffc080202db4:	26013903          	ld	s2,608(sp)
ffffffc080202db8:	25813983          	ld	s3,600(sp)
ffffffc080202dbc:	24813a83          	ld	s5,584(sp)
ffffffc080202dc0:	24013b03          	ld	s6,576(sp)
ffffffc080202dc4:	23813b83          	ld	s7,568(sp)
ffffffc080202dc8:	23013c03          	ld	s8,560(sp)
ffffffc080202dcc:	22813c83          	ld	s9,552(sp)
ffffffc080202dd0:	22013d03          	ld	s10,544(sp)
ffffffc080202dd4:	21813d83          	ld	s11,536(sp)
ffffffc080202dd8:	8552                	mv	a0,s4
ffffffc080202dda:	25013a03          	ld	s4,592(sp)
ffffffc080202dde:	28010113          	add	sp,sp,640
ffffffc080202de2:	8082                	ret

ffffffc080202de4 <pipe_write>:
  return 0;
}

/* See pipe.h. */
int pipe_write(struct pipe *p, uint64 addr, int n)
{
ffffffc080202de4:	d8010113          	add	sp,sp,-640
ffffffc080202de8:	26813823          	sd	s0,624(sp)
ffffffc080202dec:	26113c23          	sd	ra,632(sp)
ffffffc080202df0:	26913423          	sd	s1,616(sp)
ffffffc080202df4:	27213023          	sd	s2,608(sp)
ffffffc080202df8:	25313c23          	sd	s3,600(sp)
ffffffc080202dfc:	25413823          	sd	s4,592(sp)
ffffffc080202e00:	25513423          	sd	s5,584(sp)
ffffffc080202e04:	25613023          	sd	s6,576(sp)
ffffffc080202e08:	23713c23          	sd	s7,568(sp)
ffffffc080202e0c:	23813823          	sd	s8,560(sp)
ffffffc080202e10:	23913423          	sd	s9,552(sp)
ffffffc080202e14:	23a13023          	sd	s10,544(sp)
ffffffc080202e18:	21b13c23          	sd	s11,536(sp)
ffffffc080202e1c:	0500                	add	s0,sp,640
ffffffc080202e1e:	d8c43423          	sd	a2,-632(s0)
ffffffc080202e22:	d8b43023          	sd	a1,-640(s0)
  char kbuf[PIPE_CHUNK];
  int done = 0;
  while (done < n) {
ffffffc080202e26:	12c05763          	blez	a2,ffffffc080202f54 <pipe_write+0x170>
    uint64 room = PIPESIZE - (p->nwrite - p->nread);
ffffffc080202e2a:	6985                	lui	s3,0x1
ffffffc080202e2c:	8daa                	mv	s11,a0
  int done = 0;
ffffffc080202e2e:	4b01                	li	s6,0
  spin_lock(&p->lock);
ffffffc080202e30:	00850a93          	add	s5,a0,8
    uint64 at = p->nwrite % PIPESIZE;
ffffffc080202e34:	fff98a13          	add	s4,s3,-1 # fff <KERNEL_PA-0x801ff001>
      wakeup(&p->nwrite);
ffffffc080202e38:	03050b93          	add	s7,a0,48
      sleep_on(&p->nread, &p->lock);
ffffffc080202e3c:	02850c13          	add	s8,a0,40
    int m = n - done < PIPE_CHUNK ? n - done : PIPE_CHUNK;
ffffffc080202e40:	d8843783          	ld	a5,-632(s0)
ffffffc080202e44:	416784bb          	subw	s1,a5,s6
ffffffc080202e48:	20000793          	li	a5,512
ffffffc080202e4c:	0097d463          	bge	a5,s1,ffffffc080202e54 <pipe_write+0x70>
ffffffc080202e50:	20000493          	li	s1,512
    if (copyin(kbuf, addr + done, m) < 0)
ffffffc080202e54:	d8043783          	ld	a5,-640(s0)
ffffffc080202e58:	8626                	mv	a2,s1
ffffffc080202e5a:	d9040513          	add	a0,s0,-624
ffffffc080202e5e:	00fb05b3          	add	a1,s6,a5
ffffffc080202e62:	191010ef          	jal	ffffffc0802047f2 <copyin>
ffffffc080202e66:	0e054463          	bltz	a0,ffffffc080202f4e <pipe_write+0x16a>
  spin_lock(&p->lock);
ffffffc080202e6a:	8556                	mv	a0,s5
ffffffc080202e6c:	6dc030ef          	jal	ffffffc080206548 <spin_lock>
  int i = 0;
ffffffc080202e70:	4d01                	li	s10,0
    int k = PIPESIZE - at;
ffffffc080202e72:	6905                	lui	s2,0x1
    memmove(p->buf + at, src + i, k);
ffffffc080202e74:	d9040793          	add	a5,s0,-624
ffffffc080202e78:	01a785b3          	add	a1,a5,s10
    if (!p->readopen) {
ffffffc080202e7c:	038dc783          	lbu	a5,56(s11)
    if (k > m - i)
ffffffc080202e80:	41a4833b          	subw	t1,s1,s10
    if (!p->readopen) {
ffffffc080202e84:	c3e1                	beqz	a5,ffffffc080202f44 <pipe_write+0x160>
    uint64 room = PIPESIZE - (p->nwrite - p->nread);
ffffffc080202e86:	030db603          	ld	a2,48(s11)
ffffffc080202e8a:	028db703          	ld	a4,40(s11)
    uint64 at = p->nwrite % PIPESIZE;
ffffffc080202e8e:	01467533          	and	a0,a2,s4
    uint64 room = PIPESIZE - (p->nwrite - p->nread);
ffffffc080202e92:	974e                	add	a4,a4,s3
ffffffc080202e94:	40a90e3b          	subw	t3,s2,a0
ffffffc080202e98:	87f2                	mv	a5,t3
ffffffc080202e9a:	40c708b3          	sub	a7,a4,a2
    if (room == 0) {
ffffffc080202e9e:	08c70563          	beq	a4,a2,ffffffc080202f28 <pipe_write+0x144>
      k = room;
ffffffc080202ea2:	01c35463          	bge	t1,t3,ffffffc080202eaa <pipe_write+0xc6>
ffffffc080202ea6:	0003079b          	sext.w	a5,t1
    if ((uint64)k > room)
ffffffc080202eaa:	8cbe                	mv	s9,a5
ffffffc080202eac:	00f8f563          	bgeu	a7,a5,ffffffc080202eb6 <pipe_write+0xd2>
      k = room;
ffffffc080202eb0:	8cc6                	mv	s9,a7
ffffffc080202eb2:	0008879b          	sext.w	a5,a7
    memmove(p->buf + at, src + i, k);
ffffffc080202eb6:	020db703          	ld	a4,32(s11)
ffffffc080202eba:	8666                	mv	a2,s9
    i += k;
ffffffc080202ebc:	01a78d3b          	addw	s10,a5,s10
    memmove(p->buf + at, src + i, k);
ffffffc080202ec0:	953a                	add	a0,a0,a4
ffffffc080202ec2:	52f000ef          	jal	ffffffc080203bf0 <memmove>
    p->nwrite += k;
ffffffc080202ec6:	030db783          	ld	a5,48(s11)
ffffffc080202eca:	97e6                	add	a5,a5,s9
ffffffc080202ecc:	02fdb823          	sd	a5,48(s11)
  while (i < m) {
ffffffc080202ed0:	fa9d42e3          	blt	s10,s1,ffffffc080202e74 <pipe_write+0x90>
  wakeup(&p->nwrite);
ffffffc080202ed4:	855e                	mv	a0,s7
ffffffc080202ed6:	1f2030ef          	jal	ffffffc0802060c8 <wakeup>
  spin_unlock(&p->lock);
ffffffc080202eda:	8556                	mv	a0,s5
ffffffc080202edc:	766030ef          	jal	ffffffc080206642 <spin_unlock>
  while (done < n) {
ffffffc080202ee0:	d8843783          	ld	a5,-632(s0)
      return done > 0 ? done : -1;
    if (pipe_put(p, kbuf, m) < 0)
      return -1;
    done += m;
ffffffc080202ee4:	01648b3b          	addw	s6,s1,s6
  while (done < n) {
ffffffc080202ee8:	f4fb4ce3          	blt	s6,a5,ffffffc080202e40 <pipe_write+0x5c>
  }
  return done;
}
ffffffc080202eec:	27813083          	ld	ra,632(sp)
ffffffc080202ef0:	27013403          	ld	s0,624(sp)
ffffffc080202ef4:	26813483          	ld	s1,616(sp)
ffffffc080202ef8:	26013903          	ld	s2,608(sp)
ffffffc080202efc:	25813983          	ld	s3,600(sp)
ffffffc080202f00:	25013a03          	ld	s4,592(sp)
ffffffc080202f04:	24813a83          	ld	s5,584(sp)
ffffffc080202f08:	23813b83          	ld	s7,568(sp)
ffffffc080202f0c:	23013c03          	ld	s8,560(sp)
ffffffc080202f10:	22813c83          	ld	s9,552(sp)
ffffffc080202f14:	22013d03          	ld	s10,544(sp)
ffffffc080202f18:	21813d83          	ld	s11,536(sp)
ffffffc080202f1c:	855a                	mv	a0,s6
ffffffc080202f1e:	24013b03          	ld	s6,576(sp)
ffffffc080202f22:	28010113          	add	sp,sp,640
ffffffc080202f26:	8082                	ret
      if (current_killed()) {
ffffffc080202f28:	677020ef          	jal	ffffffc080205d9e <current_killed>
ffffffc080202f2c:	87aa                	mv	a5,a0
      wakeup(&p->nwrite);
ffffffc080202f2e:	855e                	mv	a0,s7
      if (current_killed()) {
ffffffc080202f30:	eb91                	bnez	a5,ffffffc080202f44 <pipe_write+0x160>
      wakeup(&p->nwrite);
ffffffc080202f32:	196030ef          	jal	ffffffc0802060c8 <wakeup>
      sleep_on(&p->nread, &p->lock);
ffffffc080202f36:	85d6                	mv	a1,s5
ffffffc080202f38:	8562                	mv	a0,s8
ffffffc080202f3a:	13e030ef          	jal	ffffffc080206078 <sleep_on>
  while (i < m) {
ffffffc080202f3e:	f29d4be3          	blt	s10,s1,ffffffc080202e74 <pipe_write+0x90>
ffffffc080202f42:	bf49                	j	ffffffc080202ed4 <pipe_write+0xf0>
        spin_unlock(&p->lock);
ffffffc080202f44:	8556                	mv	a0,s5
ffffffc080202f46:	6fc030ef          	jal	ffffffc080206642 <spin_unlock>
      return done > 0 ? done : -1;
ffffffc080202f4a:	5b7d                	li	s6,-1
ffffffc080202f4c:	b745                	j	ffffffc080202eec <pipe_write+0x108>
ffffffc080202f4e:	f9604fe3          	bgtz	s6,ffffffc080202eec <pipe_write+0x108>
ffffffc080202f52:	bfe5                	j	ffffffc080202f4a <pipe_write+0x166>
  int done = 0;
ffffffc080202f54:	4b01                	li	s6,0
ffffffc080202f56:	bf59                	j	ffffffc080202eec <pipe_write+0x108>

ffffffc080202f58 <compatible_has>:
  int interrupt;
  int addr_cells, size_cells; /* for this node's children */
};

static bool compatible_has(const struct node *n, const char *want) {
  for (int i = 0; i < n->compatible_len; i += strlen(n->compatible + i) + 1)
ffffffc080202f58:	511c                	lw	a5,32(a0)
ffffffc080202f5a:	06f05863          	blez	a5,ffffffc080202fca <compatible_has+0x72>
static bool compatible_has(const struct node *n, const char *want) {
ffffffc080202f5e:	7179                	add	sp,sp,-48
ffffffc080202f60:	f022                	sd	s0,32(sp)
ffffffc080202f62:	ec26                	sd	s1,24(sp)
ffffffc080202f64:	e44e                	sd	s3,8(sp)
ffffffc080202f66:	e052                	sd	s4,0(sp)
ffffffc080202f68:	f406                	sd	ra,40(sp)
ffffffc080202f6a:	e84a                	sd	s2,16(sp)
ffffffc080202f6c:	1800                	add	s0,sp,48
ffffffc080202f6e:	89aa                	mv	s3,a0
ffffffc080202f70:	8a2e                	mv	s4,a1
  for (int i = 0; i < n->compatible_len; i += strlen(n->compatible + i) + 1)
ffffffc080202f72:	4481                	li	s1,0
ffffffc080202f74:	a821                	j	ffffffc080202f8c <compatible_has+0x34>
ffffffc080202f76:	0189b503          	ld	a0,24(s3)
ffffffc080202f7a:	9526                	add	a0,a0,s1
ffffffc080202f7c:	4e5000ef          	jal	ffffffc080203c60 <strlen>
ffffffc080202f80:	0209a783          	lw	a5,32(s3)
ffffffc080202f84:	0505                	add	a0,a0,1
ffffffc080202f86:	9ca9                	addw	s1,s1,a0
ffffffc080202f88:	02f4d863          	bge	s1,a5,ffffffc080202fb8 <compatible_has+0x60>
    if (strncmp(n->compatible + i, want, strlen(want) + 1) == 0)
ffffffc080202f8c:	0189b903          	ld	s2,24(s3)
ffffffc080202f90:	8552                	mv	a0,s4
ffffffc080202f92:	4cf000ef          	jal	ffffffc080203c60 <strlen>
ffffffc080202f96:	9926                	add	s2,s2,s1
ffffffc080202f98:	00150613          	add	a2,a0,1
ffffffc080202f9c:	85d2                	mv	a1,s4
ffffffc080202f9e:	854a                	mv	a0,s2
ffffffc080202fa0:	4eb000ef          	jal	ffffffc080203c8a <strncmp>
ffffffc080202fa4:	f969                	bnez	a0,ffffffc080202f76 <compatible_has+0x1e>
      return true;
  return false;
}
ffffffc080202fa6:	70a2                	ld	ra,40(sp)
ffffffc080202fa8:	7402                	ld	s0,32(sp)
ffffffc080202faa:	64e2                	ld	s1,24(sp)
ffffffc080202fac:	6942                	ld	s2,16(sp)
ffffffc080202fae:	69a2                	ld	s3,8(sp)
ffffffc080202fb0:	6a02                	ld	s4,0(sp)
      return true;
ffffffc080202fb2:	4505                	li	a0,1
}
ffffffc080202fb4:	6145                	add	sp,sp,48
ffffffc080202fb6:	8082                	ret
ffffffc080202fb8:	70a2                	ld	ra,40(sp)
ffffffc080202fba:	7402                	ld	s0,32(sp)
ffffffc080202fbc:	64e2                	ld	s1,24(sp)
ffffffc080202fbe:	6942                	ld	s2,16(sp)
ffffffc080202fc0:	69a2                	ld	s3,8(sp)
ffffffc080202fc2:	6a02                	ld	s4,0(sp)
  return false;
ffffffc080202fc4:	4501                	li	a0,0
}
ffffffc080202fc6:	6145                	add	sp,sp,48
ffffffc080202fc8:	8082                	ret
  return false;
ffffffc080202fca:	4501                	li	a0,0
}
ffffffc080202fcc:	8082                	ret

ffffffc080202fce <dtb_parse>:
  } else if (strncmp(pname, "bootargs", 9) == 0 && depth == 1) {
    safestrcpy(machine.bootargs, (const char *)val, sizeof(machine.bootargs));
  }
}

void dtb_parse(uint64 pa) {
ffffffc080202fce:	d4010113          	add	sp,sp,-704
  const uint8 *blob = P2V(pa);
ffffffc080202fd2:	587d                	li	a6,-1
void dtb_parse(uint64 pa) {
ffffffc080202fd4:	2a813823          	sd	s0,688(sp)
ffffffc080202fd8:	27813823          	sd	s8,624(sp)
ffffffc080202fdc:	2a113c23          	sd	ra,696(sp)
ffffffc080202fe0:	2a913423          	sd	s1,680(sp)
ffffffc080202fe4:	2b213023          	sd	s2,672(sp)
ffffffc080202fe8:	29313c23          	sd	s3,664(sp)
ffffffc080202fec:	29413823          	sd	s4,656(sp)
ffffffc080202ff0:	29513423          	sd	s5,648(sp)
ffffffc080202ff4:	29613023          	sd	s6,640(sp)
ffffffc080202ff8:	27713c23          	sd	s7,632(sp)
ffffffc080202ffc:	27913423          	sd	s9,616(sp)
ffffffc080203000:	27a13023          	sd	s10,608(sp)
ffffffc080203004:	25b13c23          	sd	s11,600(sp)
ffffffc080203008:	0580                	add	s0,sp,704
  const uint8 *blob = P2V(pa);
ffffffc08020300a:	181a                	sll	a6,a6,0x26
ffffffc08020300c:	01050c33          	add	s8,a0,a6
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc080203010:	000c4783          	lbu	a5,0(s8)
ffffffc080203014:	001c4683          	lbu	a3,1(s8)
ffffffc080203018:	003c4603          	lbu	a2,3(s8)
ffffffc08020301c:	002c4703          	lbu	a4,2(s8)
ffffffc080203020:	0187979b          	sllw	a5,a5,0x18
ffffffc080203024:	0106969b          	sllw	a3,a3,0x10
ffffffc080203028:	8fd5                	or	a5,a5,a3
ffffffc08020302a:	0087171b          	sllw	a4,a4,0x8
ffffffc08020302e:	8fd1                	or	a5,a5,a2
ffffffc080203030:	8fd9                	or	a5,a5,a4
  if (be32(blob) != FDT_MAGIC)
ffffffc080203032:	d00e0737          	lui	a4,0xd00e0
ffffffc080203036:	2781                	sext.w	a5,a5
ffffffc080203038:	eed70713          	add	a4,a4,-275 # ffffffffd00dfeed <kernel_end+0x3f4fa20eed>
ffffffc08020303c:	5ce79b63          	bne	a5,a4,ffffffc080203612 <dtb_parse+0x644>
    panic("dtb_parse: no device tree at %p", (void *)pa);
  machine.dtb_pa = pa;
ffffffc080203040:	00290c97          	auipc	s9,0x290
ffffffc080203044:	6b0c8c93          	add	s9,s9,1712 # ffffffc0804936f0 <machine>
ffffffc080203048:	20acb023          	sd	a0,512(s9)
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc08020304c:	004c4783          	lbu	a5,4(s8)
ffffffc080203050:	005c4683          	lbu	a3,5(s8)
ffffffc080203054:	007c4603          	lbu	a2,7(s8)
ffffffc080203058:	006c4703          	lbu	a4,6(s8)
ffffffc08020305c:	0106969b          	sllw	a3,a3,0x10
ffffffc080203060:	0187979b          	sllw	a5,a5,0x18
ffffffc080203064:	8fd5                	or	a5,a5,a3
ffffffc080203066:	8fd1                	or	a5,a5,a2
ffffffc080203068:	0087171b          	sllw	a4,a4,0x8
ffffffc08020306c:	8fd9                	or	a5,a5,a4
  machine.dtb_size = be32(blob + 4);
ffffffc08020306e:	1782                	sll	a5,a5,0x20
ffffffc080203070:	9381                	srl	a5,a5,0x20
ffffffc080203072:	20fcb423          	sd	a5,520(s9)
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc080203076:	008c4483          	lbu	s1,8(s8)
ffffffc08020307a:	009c4303          	lbu	t1,9(s8)
ffffffc08020307e:	010c4783          	lbu	a5,16(s8)
ffffffc080203082:	011c4503          	lbu	a0,17(s8)
ffffffc080203086:	00cc4903          	lbu	s2,12(s8)
ffffffc08020308a:	00dc4583          	lbu	a1,13(s8)
ffffffc08020308e:	00bc4f03          	lbu	t5,11(s8)
ffffffc080203092:	00ac4603          	lbu	a2,10(s8)
ffffffc080203096:	013c4e83          	lbu	t4,19(s8)
ffffffc08020309a:	012c4683          	lbu	a3,18(s8)
ffffffc08020309e:	00fc4e03          	lbu	t3,15(s8)
ffffffc0802030a2:	00ec4703          	lbu	a4,14(s8)
ffffffc0802030a6:	0184949b          	sllw	s1,s1,0x18
ffffffc0802030aa:	0103131b          	sllw	t1,t1,0x10
ffffffc0802030ae:	0187979b          	sllw	a5,a5,0x18
ffffffc0802030b2:	0105151b          	sllw	a0,a0,0x10
ffffffc0802030b6:	0189191b          	sllw	s2,s2,0x18
ffffffc0802030ba:	0105959b          	sllw	a1,a1,0x10
ffffffc0802030be:	0064e4b3          	or	s1,s1,t1
ffffffc0802030c2:	8fc9                	or	a5,a5,a0
ffffffc0802030c4:	00b96933          	or	s2,s2,a1
ffffffc0802030c8:	0086161b          	sllw	a2,a2,0x8
ffffffc0802030cc:	0087171b          	sllw	a4,a4,0x8
ffffffc0802030d0:	01e4e4b3          	or	s1,s1,t5
ffffffc0802030d4:	01d7e7b3          	or	a5,a5,t4
ffffffc0802030d8:	0086969b          	sllw	a3,a3,0x8
ffffffc0802030dc:	01c96933          	or	s2,s2,t3
ffffffc0802030e0:	8cd1                	or	s1,s1,a2
ffffffc0802030e2:	8fd5                	or	a5,a5,a3
ffffffc0802030e4:	00e96933          	or	s2,s2,a4
  const uint8 *p = blob + be32(blob + 8);
ffffffc0802030e8:	1482                	sll	s1,s1,0x20
  const char *strings = (const char *)blob + be32(blob + 12);
  for (const uint8 *rsv = blob + be32(blob + 16); be_cells(rsv + 8, 2); rsv += 16)
ffffffc0802030ea:	1782                	sll	a5,a5,0x20
  const char *strings = (const char *)blob + be32(blob + 12);
ffffffc0802030ec:	02091713          	sll	a4,s2,0x20
  const uint8 *p = blob + be32(blob + 8);
ffffffc0802030f0:	9081                	srl	s1,s1,0x20
  for (const uint8 *rsv = blob + be32(blob + 16); be_cells(rsv + 8, 2); rsv += 16)
ffffffc0802030f2:	9381                	srl	a5,a5,0x20
  const char *strings = (const char *)blob + be32(blob + 12);
ffffffc0802030f4:	9301                	srl	a4,a4,0x20
  const uint8 *p = blob + be32(blob + 8);
ffffffc0802030f6:	94e2                	add	s1,s1,s8
  const char *strings = (const char *)blob + be32(blob + 12);
ffffffc0802030f8:	d4e43423          	sd	a4,-696(s0)
  for (const uint8 *rsv = blob + be32(blob + 16); be_cells(rsv + 8, 2); rsv += 16)
ffffffc0802030fc:	97e2                	add	a5,a5,s8
  if (machine.nreserved < DTB_MAX_RESERVED) {
ffffffc0802030fe:	461d                	li	a2,7
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc080203100:	00c7c683          	lbu	a3,12(a5)
ffffffc080203104:	00d7c303          	lbu	t1,13(a5)
ffffffc080203108:	0087c703          	lbu	a4,8(a5)
ffffffc08020310c:	0097ce03          	lbu	t3,9(a5)
ffffffc080203110:	00f7ce83          	lbu	t4,15(a5)
ffffffc080203114:	00e7c583          	lbu	a1,14(a5)
ffffffc080203118:	00b7cf03          	lbu	t5,11(a5)
ffffffc08020311c:	00a7c503          	lbu	a0,10(a5)
ffffffc080203120:	0186969b          	sllw	a3,a3,0x18
ffffffc080203124:	0103131b          	sllw	t1,t1,0x10
ffffffc080203128:	0187171b          	sllw	a4,a4,0x18
ffffffc08020312c:	010e1e1b          	sllw	t3,t3,0x10
ffffffc080203130:	0066e6b3          	or	a3,a3,t1
ffffffc080203134:	01c76733          	or	a4,a4,t3
ffffffc080203138:	01d6e6b3          	or	a3,a3,t4
ffffffc08020313c:	0085959b          	sllw	a1,a1,0x8
ffffffc080203140:	01e76733          	or	a4,a4,t5
ffffffc080203144:	0085151b          	sllw	a0,a0,0x8
ffffffc080203148:	8ecd                	or	a3,a3,a1
ffffffc08020314a:	8f49                	or	a4,a4,a0
    v = v << 32 | be32(p + 4 * i);
ffffffc08020314c:	1682                	sll	a3,a3,0x20
ffffffc08020314e:	1702                	sll	a4,a4,0x20
ffffffc080203150:	9281                	srl	a3,a3,0x20
ffffffc080203152:	8f55                	or	a4,a4,a3
  for (const uint8 *rsv = blob + be32(blob + 16); be_cells(rsv + 8, 2); rsv += 16)
ffffffc080203154:	cf35                	beqz	a4,ffffffc0802031d0 <dtb_parse+0x202>
  if (machine.nreserved < DTB_MAX_RESERVED) {
ffffffc080203156:	078ca503          	lw	a0,120(s9)
ffffffc08020315a:	06a64963          	blt	a2,a0,ffffffc0802031cc <dtb_parse+0x1fe>
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc08020315e:	0047c583          	lbu	a1,4(a5)
ffffffc080203162:	0057c303          	lbu	t1,5(a5)
ffffffc080203166:	0007c683          	lbu	a3,0(a5)
ffffffc08020316a:	0017cf03          	lbu	t5,1(a5)
ffffffc08020316e:	0077cf83          	lbu	t6,7(a5)
ffffffc080203172:	0067ce03          	lbu	t3,6(a5)
ffffffc080203176:	0037c283          	lbu	t0,3(a5)
ffffffc08020317a:	0027ce83          	lbu	t4,2(a5)
ffffffc08020317e:	0103131b          	sllw	t1,t1,0x10
ffffffc080203182:	0185959b          	sllw	a1,a1,0x18
ffffffc080203186:	0065e5b3          	or	a1,a1,t1
ffffffc08020318a:	0186969b          	sllw	a3,a3,0x18
ffffffc08020318e:	010f1f1b          	sllw	t5,t5,0x10
ffffffc080203192:	01e6e6b3          	or	a3,a3,t5
ffffffc080203196:	01f5e5b3          	or	a1,a1,t6
ffffffc08020319a:	008e1e1b          	sllw	t3,t3,0x8
ffffffc08020319e:	0056e6b3          	or	a3,a3,t0
ffffffc0802031a2:	008e9e9b          	sllw	t4,t4,0x8
ffffffc0802031a6:	01c5e5b3          	or	a1,a1,t3
    machine.reserved[machine.nreserved].base = base;
ffffffc0802031aa:	00850313          	add	t1,a0,8
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc0802031ae:	01d6e6b3          	or	a3,a3,t4
    v = v << 32 | be32(p + 4 * i);
ffffffc0802031b2:	1582                	sll	a1,a1,0x20
    machine.reserved[machine.nreserved].base = base;
ffffffc0802031b4:	0312                	sll	t1,t1,0x4
    v = v << 32 | be32(p + 4 * i);
ffffffc0802031b6:	1682                	sll	a3,a3,0x20
ffffffc0802031b8:	9181                	srl	a1,a1,0x20
    machine.reserved[machine.nreserved].base = base;
ffffffc0802031ba:	9366                	add	t1,t1,s9
    v = v << 32 | be32(p + 4 * i);
ffffffc0802031bc:	8ecd                	or	a3,a3,a1
    machine.nreserved++;
ffffffc0802031be:	2505                	addw	a0,a0,1
    machine.reserved[machine.nreserved].base = base;
ffffffc0802031c0:	00d33023          	sd	a3,0(t1)
    machine.reserved[machine.nreserved].size = size;
ffffffc0802031c4:	00e33423          	sd	a4,8(t1)
    machine.nreserved++;
ffffffc0802031c8:	06acac23          	sw	a0,120(s9)
  for (const uint8 *rsv = blob + be32(blob + 16); be_cells(rsv + 8, 2); rsv += 16)
ffffffc0802031cc:	07c1                	add	a5,a5,16
ffffffc0802031ce:	bf0d                	j	ffffffc080203100 <dtb_parse+0x132>
    add_reserved(be_cells(rsv, 2), be_cells(rsv + 8, 2));

  struct node stack[MAX_DEPTH];
  int depth = -1;
ffffffc0802031d0:	597d                	li	s2,-1
  for (;;) {
    uint32 tok = be32(p);
    p += 4;
    if (tok == FDT_BEGIN_NODE) {
ffffffc0802031d2:	4b05                	li	s6,1
        panic("dtb_parse: tree deeper than %d", MAX_DEPTH);
      memset(&stack[depth], 0, sizeof(stack[depth]));
      stack[depth].name = name;
      stack[depth].addr_cells = 2;
      stack[depth].size_cells = 1;
    } else if (tok == FDT_END_NODE) {
ffffffc0802031d4:	4b89                	li	s7,2
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc0802031d6:	0004c783          	lbu	a5,0(s1)
ffffffc0802031da:	0014c603          	lbu	a2,1(s1)
ffffffc0802031de:	0034c583          	lbu	a1,3(s1)
ffffffc0802031e2:	0024c683          	lbu	a3,2(s1)
ffffffc0802031e6:	0187979b          	sllw	a5,a5,0x18
ffffffc0802031ea:	0106161b          	sllw	a2,a2,0x10
ffffffc0802031ee:	8fd1                	or	a5,a5,a2
ffffffc0802031f0:	8fcd                	or	a5,a5,a1
ffffffc0802031f2:	0086969b          	sllw	a3,a3,0x8
ffffffc0802031f6:	8fd5                	or	a5,a5,a3
ffffffc0802031f8:	2781                	sext.w	a5,a5
    p += 4;
ffffffc0802031fa:	00448a13          	add	s4,s1,4
    if (tok == FDT_BEGIN_NODE) {
ffffffc0802031fe:	13678263          	beq	a5,s6,ffffffc080203322 <dtb_parse+0x354>
    } else if (tok == FDT_END_NODE) {
ffffffc080203202:	07778a63          	beq	a5,s7,ffffffc080203276 <dtb_parse+0x2a8>
      finish_node(stack, depth);
      depth--;
    } else if (tok == FDT_PROP) {
ffffffc080203206:	470d                	li	a4,3
ffffffc080203208:	16e78163          	beq	a5,a4,ffffffc08020336a <dtb_parse+0x39c>
      int len = be32(p);
      const char *pname = strings + be32(p + 4);
      read_prop(stack, depth, pname, p + 8, len);
      p += 8 + ((len + 3) & ~3);
    } else if (tok == FDT_NOP) {
ffffffc08020320c:	4711                	li	a4,4
ffffffc08020320e:	10e78863          	beq	a5,a4,ffffffc08020331e <dtb_parse+0x350>
      continue;
    } else {
      break; /* FDT_END or garbage */
    }
  }
  if (machine.mem_size == 0 || machine.nharts == 0 || machine.uart_base == 0)
ffffffc080203212:	008cb783          	ld	a5,8(s9)
ffffffc080203216:	44078c63          	beqz	a5,ffffffc08020366e <dtb_parse+0x6a0>
ffffffc08020321a:	010ca783          	lw	a5,16(s9)
ffffffc08020321e:	44078863          	beqz	a5,ffffffc08020366e <dtb_parse+0x6a0>
ffffffc080203222:	060cb783          	ld	a5,96(s9)
ffffffc080203226:	44078463          	beqz	a5,ffffffc08020366e <dtb_parse+0x6a0>
    panic("dtb_parse: no memory, harts or UART in the device tree");
  if (machine.timebase_hz == 0)
ffffffc08020322a:	058cb783          	ld	a5,88(s9)
ffffffc08020322e:	e799                	bnez	a5,ffffffc08020323c <dtb_parse+0x26e>
    machine.timebase_hz = 10000000;
ffffffc080203230:	009897b7          	lui	a5,0x989
ffffffc080203234:	68078793          	add	a5,a5,1664 # 989680 <KERNEL_PA-0x7f876980>
ffffffc080203238:	04fcbc23          	sd	a5,88(s9)
}
ffffffc08020323c:	2b813083          	ld	ra,696(sp)
ffffffc080203240:	2b013403          	ld	s0,688(sp)
ffffffc080203244:	2a813483          	ld	s1,680(sp)
ffffffc080203248:	2a013903          	ld	s2,672(sp)
ffffffc08020324c:	29813983          	ld	s3,664(sp)
ffffffc080203250:	29013a03          	ld	s4,656(sp)
ffffffc080203254:	28813a83          	ld	s5,648(sp)
ffffffc080203258:	28013b03          	ld	s6,640(sp)
ffffffc08020325c:	27813b83          	ld	s7,632(sp)
ffffffc080203260:	27013c03          	ld	s8,624(sp)
ffffffc080203264:	26813c83          	ld	s9,616(sp)
ffffffc080203268:	26013d03          	ld	s10,608(sp)
ffffffc08020326c:	25813d83          	ld	s11,600(sp)
ffffffc080203270:	2c010113          	add	sp,sp,704
ffffffc080203274:	8082                	ret
  struct node *n = &stack[depth];
ffffffc080203276:	00391793          	sll	a5,s2,0x3
ffffffc08020327a:	97ca                	add	a5,a5,s2
ffffffc08020327c:	078e                	sll	a5,a5,0x3
ffffffc08020327e:	d5040713          	add	a4,s0,-688
ffffffc080203282:	00f70ab3          	add	s5,a4,a5
ffffffc080203286:	8d56                	mv	s10,s5
  struct node *parent = depth > 0 ? &stack[depth - 1] : n;
ffffffc080203288:	01205663          	blez	s2,ffffffc080203294 <dtb_parse+0x2c6>
ffffffc08020328c:	fb878793          	add	a5,a5,-72
ffffffc080203290:	00f70d33          	add	s10,a4,a5
  uint64 base = n->reg ? be_cells(n->reg, ac) : 0;
ffffffc080203294:	008ab303          	ld	t1,8(s5)
  int ac = parent->addr_cells, sc = parent->size_cells;
ffffffc080203298:	03cd2603          	lw	a2,60(s10)
ffffffc08020329c:	040d2e03          	lw	t3,64(s10)
  uint64 base = n->reg ? be_cells(n->reg, ac) : 0;
ffffffc0802032a0:	30030463          	beqz	t1,ffffffc0802035a8 <dtb_parse+0x5da>
  for (int i = 0; i < cells; i++)
ffffffc0802032a4:	32c05d63          	blez	a2,ffffffc0802035de <dtb_parse+0x610>
ffffffc0802032a8:	00261e93          	sll	t4,a2,0x2
ffffffc0802032ac:	869a                	mv	a3,t1
ffffffc0802032ae:	9e9a                	add	t4,t4,t1
  uint64 v = 0;
ffffffc0802032b0:	4481                	li	s1,0
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc0802032b2:	0006c783          	lbu	a5,0(a3)
ffffffc0802032b6:	0016c503          	lbu	a0,1(a3)
ffffffc0802032ba:	0036cf03          	lbu	t5,3(a3)
ffffffc0802032be:	0026c583          	lbu	a1,2(a3)
ffffffc0802032c2:	0187979b          	sllw	a5,a5,0x18
ffffffc0802032c6:	0105151b          	sllw	a0,a0,0x10
ffffffc0802032ca:	8fc9                	or	a5,a5,a0
ffffffc0802032cc:	01e7e7b3          	or	a5,a5,t5
ffffffc0802032d0:	0085959b          	sllw	a1,a1,0x8
ffffffc0802032d4:	8fcd                	or	a5,a5,a1
    v = v << 32 | be32(p + 4 * i);
ffffffc0802032d6:	1782                	sll	a5,a5,0x20
ffffffc0802032d8:	1482                	sll	s1,s1,0x20
ffffffc0802032da:	9381                	srl	a5,a5,0x20
  for (int i = 0; i < cells; i++)
ffffffc0802032dc:	0691                	add	a3,a3,4
    v = v << 32 | be32(p + 4 * i);
ffffffc0802032de:	8cdd                	or	s1,s1,a5
  for (int i = 0; i < cells; i++)
ffffffc0802032e0:	fdd699e3          	bne	a3,t4,ffffffc0802032b2 <dtb_parse+0x2e4>
  uint64 size = n->reg && sc ? be_cells(n->reg + 4 * ac, sc) : 0;
ffffffc0802032e4:	4d81                	li	s11,0
ffffffc0802032e6:	120e1163          	bnez	t3,ffffffc080203408 <dtb_parse+0x43a>
  if (depth == 1 && n->device_type && strncmp(n->device_type, "memory", 7) == 0) {
ffffffc0802032ea:	4785                	li	a5,1
ffffffc0802032ec:	16f90363          	beq	s2,a5,ffffffc080203452 <dtb_parse+0x484>
  } else if (depth == 2 && name_is(parent->name, "cpus") && name_is(n->name, "cpu")) {
ffffffc0802032f0:	4789                	li	a5,2
ffffffc0802032f2:	18f90763          	beq	s2,a5,ffffffc080203480 <dtb_parse+0x4b2>
  } else if (compatible_has(n, "ns16550a") && machine.uart_base == 0) {
ffffffc0802032f6:	00005597          	auipc	a1,0x5
ffffffc0802032fa:	39a58593          	add	a1,a1,922 # ffffffc080208690 <__func__.0+0x90>
ffffffc0802032fe:	8556                	mv	a0,s5
ffffffc080203300:	c59ff0ef          	jal	ffffffc080202f58 <compatible_has>
ffffffc080203304:	20050863          	beqz	a0,ffffffc080203514 <dtb_parse+0x546>
ffffffc080203308:	060cb783          	ld	a5,96(s9)
ffffffc08020330c:	20079463          	bnez	a5,ffffffc080203514 <dtb_parse+0x546>
    machine.uart_irq = n->interrupt;
ffffffc080203310:	038aa783          	lw	a5,56(s5)
    machine.uart_base = base;
ffffffc080203314:	069cb023          	sd	s1,96(s9)
    machine.uart_irq = n->interrupt;
ffffffc080203318:	06fca423          	sw	a5,104(s9)
      depth--;
ffffffc08020331c:	397d                	addw	s2,s2,-1 # fff <KERNEL_PA-0x801ff001>
    p += 4;
ffffffc08020331e:	84d2                	mv	s1,s4
ffffffc080203320:	bd5d                	j	ffffffc0802031d6 <dtb_parse+0x208>
      p += (strlen(name) + 4) & ~3UL;
ffffffc080203322:	8552                	mv	a0,s4
ffffffc080203324:	13d000ef          	jal	ffffffc080203c60 <strlen>
ffffffc080203328:	00450493          	add	s1,a0,4
ffffffc08020332c:	98f1                	and	s1,s1,-4
      if (++depth >= MAX_DEPTH)
ffffffc08020332e:	2905                	addw	s2,s2,1
ffffffc080203330:	479d                	li	a5,7
      p += (strlen(name) + 4) & ~3UL;
ffffffc080203332:	94d2                	add	s1,s1,s4
      if (++depth >= MAX_DEPTH)
ffffffc080203334:	3327c663          	blt	a5,s2,ffffffc080203660 <dtb_parse+0x692>
      memset(&stack[depth], 0, sizeof(stack[depth]));
ffffffc080203338:	00391793          	sll	a5,s2,0x3
ffffffc08020333c:	97ca                	add	a5,a5,s2
ffffffc08020333e:	00379993          	sll	s3,a5,0x3
ffffffc080203342:	d5040793          	add	a5,s0,-688
ffffffc080203346:	01378533          	add	a0,a5,s3
ffffffc08020334a:	04800613          	li	a2,72
ffffffc08020334e:	4581                	li	a1,0
ffffffc080203350:	7d0000ef          	jal	ffffffc080203b20 <memset>
      stack[depth].name = name;
ffffffc080203354:	f9098793          	add	a5,s3,-112
ffffffc080203358:	97a2                	add	a5,a5,s0
      stack[depth].addr_cells = 2;
ffffffc08020335a:	4689                	li	a3,2
      stack[depth].name = name;
ffffffc08020335c:	dd47b023          	sd	s4,-576(a5)
      stack[depth].addr_cells = 2;
ffffffc080203360:	ded7ae23          	sw	a3,-516(a5)
      stack[depth].size_cells = 1;
ffffffc080203364:	e167a023          	sw	s6,-512(a5)
ffffffc080203368:	b5bd                	j	ffffffc0802031d6 <dtb_parse+0x208>
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc08020336a:	0084ca83          	lbu	s5,8(s1)
ffffffc08020336e:	0094c683          	lbu	a3,9(s1)
ffffffc080203372:	00b4c583          	lbu	a1,11(s1)
ffffffc080203376:	00a4c603          	lbu	a2,10(s1)
ffffffc08020337a:	0044c983          	lbu	s3,4(s1)
ffffffc08020337e:	0054c783          	lbu	a5,5(s1)
ffffffc080203382:	0106969b          	sllw	a3,a3,0x10
ffffffc080203386:	018a9a9b          	sllw	s5,s5,0x18
ffffffc08020338a:	00daeab3          	or	s5,s5,a3
ffffffc08020338e:	00baeab3          	or	s5,s5,a1
ffffffc080203392:	0086161b          	sllw	a2,a2,0x8
ffffffc080203396:	0107979b          	sllw	a5,a5,0x10
ffffffc08020339a:	0189999b          	sllw	s3,s3,0x18
ffffffc08020339e:	00caeab3          	or	s5,s5,a2
ffffffc0802033a2:	00f9e9b3          	or	s3,s3,a5
      const char *pname = strings + be32(p + 4);
ffffffc0802033a6:	d4843783          	ld	a5,-696(s0)
ffffffc0802033aa:	1a82                	sll	s5,s5,0x20
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc0802033ac:	0074c583          	lbu	a1,7(s1)
ffffffc0802033b0:	0064c683          	lbu	a3,6(s1)
      const char *pname = strings + be32(p + 4);
ffffffc0802033b4:	020ada93          	srl	s5,s5,0x20
ffffffc0802033b8:	9abe                	add	s5,s5,a5
  struct node *n = &stack[depth];
ffffffc0802033ba:	00391793          	sll	a5,s2,0x3
      const char *pname = strings + be32(p + 4);
ffffffc0802033be:	9ae2                	add	s5,s5,s8
  struct node *n = &stack[depth];
ffffffc0802033c0:	97ca                	add	a5,a5,s2
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc0802033c2:	00b9e9b3          	or	s3,s3,a1
ffffffc0802033c6:	0086969b          	sllw	a3,a3,0x8
  struct node *n = &stack[depth];
ffffffc0802033ca:	078e                	sll	a5,a5,0x3
ffffffc0802033cc:	d5040713          	add	a4,s0,-688
  if (strncmp(pname, "reg", 4) == 0) {
ffffffc0802033d0:	4611                	li	a2,4
ffffffc0802033d2:	00005597          	auipc	a1,0x5
ffffffc0802033d6:	2f658593          	add	a1,a1,758 # ffffffc0802086c8 <__func__.0+0xc8>
ffffffc0802033da:	8556                	mv	a0,s5
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc0802033dc:	00d9e9b3          	or	s3,s3,a3
  struct node *n = &stack[depth];
ffffffc0802033e0:	00f70d33          	add	s10,a4,a5
  if (strncmp(pname, "reg", 4) == 0) {
ffffffc0802033e4:	0a7000ef          	jal	ffffffc080203c8a <strncmp>
      int len = be32(p);
ffffffc0802033e8:	2981                	sext.w	s3,s3
      read_prop(stack, depth, pname, p + 8, len);
ffffffc0802033ea:	00c48d93          	add	s11,s1,12
  if (strncmp(pname, "reg", 4) == 0) {
ffffffc0802033ee:	1c051063          	bnez	a0,ffffffc0802035ae <dtb_parse+0x5e0>
    n->reg = val;
ffffffc0802033f2:	01bd3423          	sd	s11,8(s10)
    n->reg_len = len;
ffffffc0802033f6:	013d2823          	sw	s3,16(s10)
      p += 8 + ((len + 3) & ~3);
ffffffc0802033fa:	0039879b          	addw	a5,s3,3
ffffffc0802033fe:	9bf1                	and	a5,a5,-4
ffffffc080203400:	27a1                	addw	a5,a5,8
ffffffc080203402:	00fa04b3          	add	s1,s4,a5
ffffffc080203406:	bbc1                	j	ffffffc0802031d6 <dtb_parse+0x208>
  uint64 size = n->reg && sc ? be_cells(n->reg + 4 * ac, sc) : 0;
ffffffc080203408:	0026169b          	sllw	a3,a2,0x2
  for (int i = 0; i < cells; i++)
ffffffc08020340c:	edc05fe3          	blez	t3,ffffffc0802032ea <dtb_parse+0x31c>
ffffffc080203410:	002e1793          	sll	a5,t3,0x2
ffffffc080203414:	97b6                	add	a5,a5,a3
ffffffc080203416:	969a                	add	a3,a3,t1
ffffffc080203418:	933e                	add	t1,t1,a5
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc08020341a:	0006c783          	lbu	a5,0(a3)
ffffffc08020341e:	0016c583          	lbu	a1,1(a3)
ffffffc080203422:	0036c503          	lbu	a0,3(a3)
ffffffc080203426:	0026c603          	lbu	a2,2(a3)
ffffffc08020342a:	0187979b          	sllw	a5,a5,0x18
ffffffc08020342e:	0105959b          	sllw	a1,a1,0x10
ffffffc080203432:	8fcd                	or	a5,a5,a1
ffffffc080203434:	8fc9                	or	a5,a5,a0
ffffffc080203436:	0086161b          	sllw	a2,a2,0x8
ffffffc08020343a:	8fd1                	or	a5,a5,a2
    v = v << 32 | be32(p + 4 * i);
ffffffc08020343c:	1782                	sll	a5,a5,0x20
ffffffc08020343e:	1d82                	sll	s11,s11,0x20
ffffffc080203440:	9381                	srl	a5,a5,0x20
  for (int i = 0; i < cells; i++)
ffffffc080203442:	0691                	add	a3,a3,4
    v = v << 32 | be32(p + 4 * i);
ffffffc080203444:	01b7edb3          	or	s11,a5,s11
  for (int i = 0; i < cells; i++)
ffffffc080203448:	fc6699e3          	bne	a3,t1,ffffffc08020341a <dtb_parse+0x44c>
  if (depth == 1 && n->device_type && strncmp(n->device_type, "memory", 7) == 0) {
ffffffc08020344c:	4785                	li	a5,1
ffffffc08020344e:	eaf911e3          	bne	s2,a5,ffffffc0802032f0 <dtb_parse+0x322>
ffffffc080203452:	028ab503          	ld	a0,40(s5)
ffffffc080203456:	ea0500e3          	beqz	a0,ffffffc0802032f6 <dtb_parse+0x328>
ffffffc08020345a:	461d                	li	a2,7
ffffffc08020345c:	00005597          	auipc	a1,0x5
ffffffc080203460:	f5c58593          	add	a1,a1,-164 # ffffffc0802083b8 <CSWTCH.21+0x108>
ffffffc080203464:	027000ef          	jal	ffffffc080203c8a <strncmp>
ffffffc080203468:	e80517e3          	bnez	a0,ffffffc0802032f6 <dtb_parse+0x328>
    if (machine.mem_size == 0) {
ffffffc08020346c:	008cb783          	ld	a5,8(s9)
ffffffc080203470:	ea0796e3          	bnez	a5,ffffffc08020331c <dtb_parse+0x34e>
      machine.mem_base = base;
ffffffc080203474:	009cb023          	sd	s1,0(s9)
      machine.mem_size = size;
ffffffc080203478:	01bcb423          	sd	s11,8(s9)
      depth--;
ffffffc08020347c:	397d                	addw	s2,s2,-1
ffffffc08020347e:	b545                	j	ffffffc08020331e <dtb_parse+0x350>
  } else if (depth == 2 && name_is(parent->name, "cpus") && name_is(n->name, "cpu")) {
ffffffc080203480:	000d3983          	ld	s3,0(s10)
  size_t n = strlen(base);
ffffffc080203484:	00005517          	auipc	a0,0x5
ffffffc080203488:	1e450513          	add	a0,a0,484 # ffffffc080208668 <__func__.0+0x68>
ffffffc08020348c:	7d4000ef          	jal	ffffffc080203c60 <strlen>
ffffffc080203490:	862a                	mv	a2,a0
  return strncmp(name, base, n) == 0 && (name[n] == 0 || name[n] == '@');
ffffffc080203492:	d4a43023          	sd	a0,-704(s0)
ffffffc080203496:	00005597          	auipc	a1,0x5
ffffffc08020349a:	1d258593          	add	a1,a1,466 # ffffffc080208668 <__func__.0+0x68>
ffffffc08020349e:	854e                	mv	a0,s3
ffffffc0802034a0:	7ea000ef          	jal	ffffffc080203c8a <strncmp>
ffffffc0802034a4:	e909                	bnez	a0,ffffffc0802034b6 <dtb_parse+0x4e8>
ffffffc0802034a6:	d4043603          	ld	a2,-704(s0)
ffffffc0802034aa:	99b2                	add	s3,s3,a2
ffffffc0802034ac:	0009c783          	lbu	a5,0(s3)
ffffffc0802034b0:	0bf7f793          	and	a5,a5,191
ffffffc0802034b4:	c3c1                	beqz	a5,ffffffc080203534 <dtb_parse+0x566>
  } else if (depth == 2 && name_is(parent->name, "reserved-memory") && n->reg) {
ffffffc0802034b6:	000d3983          	ld	s3,0(s10)
  size_t n = strlen(base);
ffffffc0802034ba:	00005517          	auipc	a0,0x5
ffffffc0802034be:	1c650513          	add	a0,a0,454 # ffffffc080208680 <__func__.0+0x80>
ffffffc0802034c2:	79e000ef          	jal	ffffffc080203c60 <strlen>
ffffffc0802034c6:	8d2a                	mv	s10,a0
  return strncmp(name, base, n) == 0 && (name[n] == 0 || name[n] == '@');
ffffffc0802034c8:	862a                	mv	a2,a0
ffffffc0802034ca:	00005597          	auipc	a1,0x5
ffffffc0802034ce:	1b658593          	add	a1,a1,438 # ffffffc080208680 <__func__.0+0x80>
ffffffc0802034d2:	854e                	mv	a0,s3
ffffffc0802034d4:	7b6000ef          	jal	ffffffc080203c8a <strncmp>
ffffffc0802034d8:	e0051fe3          	bnez	a0,ffffffc0802032f6 <dtb_parse+0x328>
ffffffc0802034dc:	99ea                	add	s3,s3,s10
ffffffc0802034de:	0009c783          	lbu	a5,0(s3)
ffffffc0802034e2:	0bf7f793          	and	a5,a5,191
ffffffc0802034e6:	e00798e3          	bnez	a5,ffffffc0802032f6 <dtb_parse+0x328>
  } else if (depth == 2 && name_is(parent->name, "reserved-memory") && n->reg) {
ffffffc0802034ea:	008ab783          	ld	a5,8(s5)
ffffffc0802034ee:	e00784e3          	beqz	a5,ffffffc0802032f6 <dtb_parse+0x328>
  if (machine.nreserved < DTB_MAX_RESERVED) {
ffffffc0802034f2:	078ca683          	lw	a3,120(s9)
ffffffc0802034f6:	479d                	li	a5,7
ffffffc0802034f8:	e2d7c2e3          	blt	a5,a3,ffffffc08020331c <dtb_parse+0x34e>
    machine.reserved[machine.nreserved].base = base;
ffffffc0802034fc:	00868793          	add	a5,a3,8
ffffffc080203500:	0792                	sll	a5,a5,0x4
ffffffc080203502:	97e6                	add	a5,a5,s9
    machine.nreserved++;
ffffffc080203504:	2685                	addw	a3,a3,1
    machine.reserved[machine.nreserved].base = base;
ffffffc080203506:	e384                	sd	s1,0(a5)
    machine.reserved[machine.nreserved].size = size;
ffffffc080203508:	01b7b423          	sd	s11,8(a5)
    machine.nreserved++;
ffffffc08020350c:	06dcac23          	sw	a3,120(s9)
      depth--;
ffffffc080203510:	397d                	addw	s2,s2,-1
ffffffc080203512:	b531                	j	ffffffc08020331e <dtb_parse+0x350>
  } else if ((compatible_has(n, "riscv,plic0") || compatible_has(n, "sifive,plic-1.0.0")) &&
ffffffc080203514:	00005597          	auipc	a1,0x5
ffffffc080203518:	18c58593          	add	a1,a1,396 # ffffffc0802086a0 <__func__.0+0xa0>
ffffffc08020351c:	8556                	mv	a0,s5
ffffffc08020351e:	a3bff0ef          	jal	ffffffc080202f58 <compatible_has>
ffffffc080203522:	c545                	beqz	a0,ffffffc0802035ca <dtb_parse+0x5fc>
ffffffc080203524:	070cb783          	ld	a5,112(s9)
ffffffc080203528:	de079ae3          	bnez	a5,ffffffc08020331c <dtb_parse+0x34e>
    machine.plic_base = base;
ffffffc08020352c:	069cb823          	sd	s1,112(s9)
      depth--;
ffffffc080203530:	397d                	addw	s2,s2,-1
ffffffc080203532:	b3f5                	j	ffffffc08020331e <dtb_parse+0x350>
  } else if (depth == 2 && name_is(parent->name, "cpus") && name_is(n->name, "cpu")) {
ffffffc080203534:	000ab983          	ld	s3,0(s5)
  size_t n = strlen(base);
ffffffc080203538:	00005517          	auipc	a0,0x5
ffffffc08020353c:	13850513          	add	a0,a0,312 # ffffffc080208670 <__func__.0+0x70>
ffffffc080203540:	720000ef          	jal	ffffffc080203c60 <strlen>
ffffffc080203544:	862a                	mv	a2,a0
  return strncmp(name, base, n) == 0 && (name[n] == 0 || name[n] == '@');
ffffffc080203546:	d4a43023          	sd	a0,-704(s0)
ffffffc08020354a:	00005597          	auipc	a1,0x5
ffffffc08020354e:	12658593          	add	a1,a1,294 # ffffffc080208670 <__func__.0+0x70>
ffffffc080203552:	854e                	mv	a0,s3
ffffffc080203554:	736000ef          	jal	ffffffc080203c8a <strncmp>
ffffffc080203558:	fd39                	bnez	a0,ffffffc0802034b6 <dtb_parse+0x4e8>
ffffffc08020355a:	d4043603          	ld	a2,-704(s0)
ffffffc08020355e:	99b2                	add	s3,s3,a2
ffffffc080203560:	0009c783          	lbu	a5,0(s3)
ffffffc080203564:	0bf7f793          	and	a5,a5,191
ffffffc080203568:	f7b9                	bnez	a5,ffffffc0802034b6 <dtb_parse+0x4e8>
    bool ok = !n->status || strncmp(n->status, "okay", 5) == 0;
ffffffc08020356a:	030ab503          	ld	a0,48(s5)
ffffffc08020356e:	c911                	beqz	a0,ffffffc080203582 <dtb_parse+0x5b4>
ffffffc080203570:	4615                	li	a2,5
ffffffc080203572:	00005597          	auipc	a1,0x5
ffffffc080203576:	10658593          	add	a1,a1,262 # ffffffc080208678 <__func__.0+0x78>
ffffffc08020357a:	710000ef          	jal	ffffffc080203c8a <strncmp>
ffffffc08020357e:	d8051fe3          	bnez	a0,ffffffc08020331c <dtb_parse+0x34e>
    if (ok && n->reg && machine.nharts < NCPU)
ffffffc080203582:	008ab783          	ld	a5,8(s5)
ffffffc080203586:	d8078be3          	beqz	a5,ffffffc08020331c <dtb_parse+0x34e>
ffffffc08020358a:	010ca683          	lw	a3,16(s9)
ffffffc08020358e:	479d                	li	a5,7
ffffffc080203590:	d8d7c6e3          	blt	a5,a3,ffffffc08020331c <dtb_parse+0x34e>
      machine.hartids[machine.nharts++] = base;
ffffffc080203594:	00268793          	add	a5,a3,2
ffffffc080203598:	078e                	sll	a5,a5,0x3
ffffffc08020359a:	2685                	addw	a3,a3,1
ffffffc08020359c:	97e6                	add	a5,a5,s9
ffffffc08020359e:	00dca823          	sw	a3,16(s9)
ffffffc0802035a2:	e784                	sd	s1,8(a5)
      depth--;
ffffffc0802035a4:	397d                	addw	s2,s2,-1
ffffffc0802035a6:	bba5                	j	ffffffc08020331e <dtb_parse+0x350>
  uint64 base = n->reg ? be_cells(n->reg, ac) : 0;
ffffffc0802035a8:	4481                	li	s1,0
  uint64 size = n->reg && sc ? be_cells(n->reg + 4 * ac, sc) : 0;
ffffffc0802035aa:	4d81                	li	s11,0
ffffffc0802035ac:	bb3d                	j	ffffffc0802032ea <dtb_parse+0x31c>
  } else if (strncmp(pname, "compatible", 11) == 0) {
ffffffc0802035ae:	462d                	li	a2,11
ffffffc0802035b0:	00005597          	auipc	a1,0x5
ffffffc0802035b4:	12058593          	add	a1,a1,288 # ffffffc0802086d0 <__func__.0+0xd0>
ffffffc0802035b8:	8556                	mv	a0,s5
ffffffc0802035ba:	6d0000ef          	jal	ffffffc080203c8a <strncmp>
ffffffc0802035be:	e115                	bnez	a0,ffffffc0802035e2 <dtb_parse+0x614>
    n->compatible = (const char *)val;
ffffffc0802035c0:	01bd3c23          	sd	s11,24(s10)
    n->compatible_len = len;
ffffffc0802035c4:	033d2023          	sw	s3,32(s10)
ffffffc0802035c8:	bd0d                	j	ffffffc0802033fa <dtb_parse+0x42c>
  } else if ((compatible_has(n, "riscv,plic0") || compatible_has(n, "sifive,plic-1.0.0")) &&
ffffffc0802035ca:	00005597          	auipc	a1,0x5
ffffffc0802035ce:	0e658593          	add	a1,a1,230 # ffffffc0802086b0 <__func__.0+0xb0>
ffffffc0802035d2:	8556                	mv	a0,s5
ffffffc0802035d4:	985ff0ef          	jal	ffffffc080202f58 <compatible_has>
ffffffc0802035d8:	f531                	bnez	a0,ffffffc080203524 <dtb_parse+0x556>
      depth--;
ffffffc0802035da:	397d                	addw	s2,s2,-1
ffffffc0802035dc:	b389                	j	ffffffc08020331e <dtb_parse+0x350>
  uint64 v = 0;
ffffffc0802035de:	4481                	li	s1,0
ffffffc0802035e0:	b311                	j	ffffffc0802032e4 <dtb_parse+0x316>
  } else if (strncmp(pname, "device_type", 12) == 0) {
ffffffc0802035e2:	4631                	li	a2,12
ffffffc0802035e4:	00005597          	auipc	a1,0x5
ffffffc0802035e8:	0fc58593          	add	a1,a1,252 # ffffffc0802086e0 <__func__.0+0xe0>
ffffffc0802035ec:	8556                	mv	a0,s5
ffffffc0802035ee:	69c000ef          	jal	ffffffc080203c8a <strncmp>
ffffffc0802035f2:	e501                	bnez	a0,ffffffc0802035fa <dtb_parse+0x62c>
    n->device_type = (const char *)val;
ffffffc0802035f4:	03bd3423          	sd	s11,40(s10)
ffffffc0802035f8:	b509                	j	ffffffc0802033fa <dtb_parse+0x42c>
  } else if (strncmp(pname, "status", 7) == 0) {
ffffffc0802035fa:	461d                	li	a2,7
ffffffc0802035fc:	00005597          	auipc	a1,0x5
ffffffc080203600:	0f458593          	add	a1,a1,244 # ffffffc0802086f0 <__func__.0+0xf0>
ffffffc080203604:	8556                	mv	a0,s5
ffffffc080203606:	684000ef          	jal	ffffffc080203c8a <strncmp>
ffffffc08020360a:	e919                	bnez	a0,ffffffc080203620 <dtb_parse+0x652>
    n->status = (const char *)val;
ffffffc08020360c:	03bd3823          	sd	s11,48(s10)
ffffffc080203610:	b3ed                	j	ffffffc0802033fa <dtb_parse+0x42c>
    panic("dtb_parse: no device tree at %p", (void *)pa);
ffffffc080203612:	85aa                	mv	a1,a0
ffffffc080203614:	00005517          	auipc	a0,0x5
ffffffc080203618:	01450513          	add	a0,a0,20 # ffffffc080208628 <__func__.0+0x28>
ffffffc08020361c:	434000ef          	jal	ffffffc080203a50 <panic>
  } else if (strncmp(pname, "interrupts", 11) == 0 && len >= 4) {
ffffffc080203620:	462d                	li	a2,11
ffffffc080203622:	00005597          	auipc	a1,0x5
ffffffc080203626:	0d658593          	add	a1,a1,214 # ffffffc0802086f8 <__func__.0+0xf8>
ffffffc08020362a:	8556                	mv	a0,s5
ffffffc08020362c:	65e000ef          	jal	ffffffc080203c8a <strncmp>
ffffffc080203630:	e529                	bnez	a0,ffffffc08020367a <dtb_parse+0x6ac>
ffffffc080203632:	478d                	li	a5,3
ffffffc080203634:	0537d363          	bge	a5,s3,ffffffc08020367a <dtb_parse+0x6ac>
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc080203638:	00c4c783          	lbu	a5,12(s1)
ffffffc08020363c:	00d4c603          	lbu	a2,13(s1)
ffffffc080203640:	00f4c583          	lbu	a1,15(s1)
ffffffc080203644:	00e4c683          	lbu	a3,14(s1)
ffffffc080203648:	0187979b          	sllw	a5,a5,0x18
ffffffc08020364c:	0106161b          	sllw	a2,a2,0x10
ffffffc080203650:	8fd1                	or	a5,a5,a2
ffffffc080203652:	8fcd                	or	a5,a5,a1
ffffffc080203654:	0086969b          	sllw	a3,a3,0x8
ffffffc080203658:	8fd5                	or	a5,a5,a3
    n->interrupt = be32(val);
ffffffc08020365a:	02fd2c23          	sw	a5,56(s10)
ffffffc08020365e:	bb71                	j	ffffffc0802033fa <dtb_parse+0x42c>
        panic("dtb_parse: tree deeper than %d", MAX_DEPTH);
ffffffc080203660:	45a1                	li	a1,8
ffffffc080203662:	00005517          	auipc	a0,0x5
ffffffc080203666:	fe650513          	add	a0,a0,-26 # ffffffc080208648 <__func__.0+0x48>
ffffffc08020366a:	3e6000ef          	jal	ffffffc080203a50 <panic>
    panic("dtb_parse: no memory, harts or UART in the device tree");
ffffffc08020366e:	00005517          	auipc	a0,0x5
ffffffc080203672:	0e250513          	add	a0,a0,226 # ffffffc080208750 <__func__.0+0x150>
ffffffc080203676:	3da000ef          	jal	ffffffc080203a50 <panic>
  } else if (strncmp(pname, "#address-cells", 15) == 0) {
ffffffc08020367a:	463d                	li	a2,15
ffffffc08020367c:	00005597          	auipc	a1,0x5
ffffffc080203680:	08c58593          	add	a1,a1,140 # ffffffc080208708 <__func__.0+0x108>
ffffffc080203684:	8556                	mv	a0,s5
ffffffc080203686:	604000ef          	jal	ffffffc080203c8a <strncmp>
ffffffc08020368a:	e50d                	bnez	a0,ffffffc0802036b4 <dtb_parse+0x6e6>
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc08020368c:	00c4c783          	lbu	a5,12(s1)
ffffffc080203690:	00d4c603          	lbu	a2,13(s1)
ffffffc080203694:	00f4c583          	lbu	a1,15(s1)
ffffffc080203698:	00e4c683          	lbu	a3,14(s1)
ffffffc08020369c:	0187979b          	sllw	a5,a5,0x18
ffffffc0802036a0:	0106161b          	sllw	a2,a2,0x10
ffffffc0802036a4:	8fd1                	or	a5,a5,a2
ffffffc0802036a6:	8fcd                	or	a5,a5,a1
ffffffc0802036a8:	0086969b          	sllw	a3,a3,0x8
ffffffc0802036ac:	8fd5                	or	a5,a5,a3
    n->addr_cells = be32(val);
ffffffc0802036ae:	02fd2e23          	sw	a5,60(s10)
ffffffc0802036b2:	b3a1                	j	ffffffc0802033fa <dtb_parse+0x42c>
  } else if (strncmp(pname, "#size-cells", 12) == 0) {
ffffffc0802036b4:	4631                	li	a2,12
ffffffc0802036b6:	00005597          	auipc	a1,0x5
ffffffc0802036ba:	06258593          	add	a1,a1,98 # ffffffc080208718 <__func__.0+0x118>
ffffffc0802036be:	8556                	mv	a0,s5
ffffffc0802036c0:	5ca000ef          	jal	ffffffc080203c8a <strncmp>
ffffffc0802036c4:	e50d                	bnez	a0,ffffffc0802036ee <dtb_parse+0x720>
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc0802036c6:	00c4c783          	lbu	a5,12(s1)
ffffffc0802036ca:	00d4c603          	lbu	a2,13(s1)
ffffffc0802036ce:	00f4c583          	lbu	a1,15(s1)
ffffffc0802036d2:	00e4c683          	lbu	a3,14(s1)
ffffffc0802036d6:	0187979b          	sllw	a5,a5,0x18
ffffffc0802036da:	0106161b          	sllw	a2,a2,0x10
ffffffc0802036de:	8fd1                	or	a5,a5,a2
ffffffc0802036e0:	8fcd                	or	a5,a5,a1
ffffffc0802036e2:	0086969b          	sllw	a3,a3,0x8
ffffffc0802036e6:	8fd5                	or	a5,a5,a3
    n->size_cells = be32(val);
ffffffc0802036e8:	04fd2023          	sw	a5,64(s10)
ffffffc0802036ec:	b339                	j	ffffffc0802033fa <dtb_parse+0x42c>
  } else if (strncmp(pname, "timebase-frequency", 19) == 0 && name_is(n->name, "cpus")) {
ffffffc0802036ee:	464d                	li	a2,19
ffffffc0802036f0:	00005597          	auipc	a1,0x5
ffffffc0802036f4:	03858593          	add	a1,a1,56 # ffffffc080208728 <__func__.0+0x128>
ffffffc0802036f8:	8556                	mv	a0,s5
ffffffc0802036fa:	590000ef          	jal	ffffffc080203c8a <strncmp>
ffffffc0802036fe:	e52d                	bnez	a0,ffffffc080203768 <dtb_parse+0x79a>
ffffffc080203700:	000d3d03          	ld	s10,0(s10)
  size_t n = strlen(base);
ffffffc080203704:	00005517          	auipc	a0,0x5
ffffffc080203708:	f6450513          	add	a0,a0,-156 # ffffffc080208668 <__func__.0+0x68>
ffffffc08020370c:	554000ef          	jal	ffffffc080203c60 <strlen>
ffffffc080203710:	862a                	mv	a2,a0
  return strncmp(name, base, n) == 0 && (name[n] == 0 || name[n] == '@');
ffffffc080203712:	d4a43023          	sd	a0,-704(s0)
ffffffc080203716:	00005597          	auipc	a1,0x5
ffffffc08020371a:	f5258593          	add	a1,a1,-174 # ffffffc080208668 <__func__.0+0x68>
ffffffc08020371e:	856a                	mv	a0,s10
ffffffc080203720:	56a000ef          	jal	ffffffc080203c8a <strncmp>
ffffffc080203724:	e131                	bnez	a0,ffffffc080203768 <dtb_parse+0x79a>
ffffffc080203726:	d4043603          	ld	a2,-704(s0)
ffffffc08020372a:	9d32                	add	s10,s10,a2
ffffffc08020372c:	000d4783          	lbu	a5,0(s10)
ffffffc080203730:	0bf7f793          	and	a5,a5,191
ffffffc080203734:	eb95                	bnez	a5,ffffffc080203768 <dtb_parse+0x79a>
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc080203736:	00d4c783          	lbu	a5,13(s1)
ffffffc08020373a:	00c4c603          	lbu	a2,12(s1)
ffffffc08020373e:	00f4c583          	lbu	a1,15(s1)
ffffffc080203742:	00e4c683          	lbu	a3,14(s1)
ffffffc080203746:	0107979b          	sllw	a5,a5,0x10
ffffffc08020374a:	0186161b          	sllw	a2,a2,0x18
ffffffc08020374e:	8fd1                	or	a5,a5,a2
ffffffc080203750:	0086969b          	sllw	a3,a3,0x8
ffffffc080203754:	8fcd                	or	a5,a5,a1
ffffffc080203756:	8fd5                	or	a5,a5,a3
    v = v << 32 | be32(p + 4 * i);
ffffffc080203758:	1782                	sll	a5,a5,0x20
    machine.timebase_hz = len == 8 ? be_cells(val, 2) : be32(val);
ffffffc08020375a:	46a1                	li	a3,8
    v = v << 32 | be32(p + 4 * i);
ffffffc08020375c:	9381                	srl	a5,a5,0x20
    machine.timebase_hz = len == 8 ? be_cells(val, 2) : be32(val);
ffffffc08020375e:	02d98c63          	beq	s3,a3,ffffffc080203796 <dtb_parse+0x7c8>
ffffffc080203762:	04fcbc23          	sd	a5,88(s9)
ffffffc080203766:	b951                	j	ffffffc0802033fa <dtb_parse+0x42c>
  } else if (strncmp(pname, "bootargs", 9) == 0 && depth == 1) {
ffffffc080203768:	4625                	li	a2,9
ffffffc08020376a:	00005597          	auipc	a1,0x5
ffffffc08020376e:	fd658593          	add	a1,a1,-42 # ffffffc080208740 <__func__.0+0x140>
ffffffc080203772:	8556                	mv	a0,s5
ffffffc080203774:	516000ef          	jal	ffffffc080203c8a <strncmp>
ffffffc080203778:	c80511e3          	bnez	a0,ffffffc0802033fa <dtb_parse+0x42c>
ffffffc08020377c:	4785                	li	a5,1
ffffffc08020377e:	c6f91ee3          	bne	s2,a5,ffffffc0802033fa <dtb_parse+0x42c>
    safestrcpy(machine.bootargs, (const char *)val, sizeof(machine.bootargs));
ffffffc080203782:	10000613          	li	a2,256
ffffffc080203786:	85ee                	mv	a1,s11
ffffffc080203788:	00290517          	auipc	a0,0x290
ffffffc08020378c:	06850513          	add	a0,a0,104 # ffffffc0804937f0 <machine+0x100>
ffffffc080203790:	532000ef          	jal	ffffffc080203cc2 <safestrcpy>
ffffffc080203794:	b19d                	j	ffffffc0802033fa <dtb_parse+0x42c>
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
ffffffc080203796:	0104c683          	lbu	a3,16(s1)
ffffffc08020379a:	0114c583          	lbu	a1,17(s1)
ffffffc08020379e:	0134c503          	lbu	a0,19(s1)
ffffffc0802037a2:	0124c603          	lbu	a2,18(s1)
ffffffc0802037a6:	0186969b          	sllw	a3,a3,0x18
ffffffc0802037aa:	0105959b          	sllw	a1,a1,0x10
ffffffc0802037ae:	8ecd                	or	a3,a3,a1
ffffffc0802037b0:	8ec9                	or	a3,a3,a0
ffffffc0802037b2:	0086161b          	sllw	a2,a2,0x8
ffffffc0802037b6:	8ed1                	or	a3,a3,a2
    v = v << 32 | be32(p + 4 * i);
ffffffc0802037b8:	1682                	sll	a3,a3,0x20
ffffffc0802037ba:	9281                	srl	a3,a3,0x20
ffffffc0802037bc:	1782                	sll	a5,a5,0x20
ffffffc0802037be:	8fd5                	or	a5,a5,a3
    machine.timebase_hz = len == 8 ? be_cells(val, 2) : be32(val);
ffffffc0802037c0:	04fcbc23          	sd	a5,88(s9)
ffffffc0802037c4:	b91d                	j	ffffffc0802033fa <dtb_parse+0x42c>

ffffffc0802037c6 <put_uint>:
#include "proc/cpu.h"
#include "arch/riscv/memlayout.h"

volatile uint32 panicked; /* set once by the first panic; other harts halt */

static void put_uint(uint64 v, int base, int width) {
ffffffc0802037c6:	7139                	add	sp,sp,-64
ffffffc0802037c8:	f822                	sd	s0,48(sp)
ffffffc0802037ca:	0080                	add	s0,sp,64
ffffffc0802037cc:	f426                	sd	s1,40(sp)
ffffffc0802037ce:	fc06                	sd	ra,56(sp)
ffffffc0802037d0:	f04a                	sd	s2,32(sp)
ffffffc0802037d2:	fc840493          	add	s1,s0,-56
  char buf[24];
  int i = 0;
  do {
    buf[i++] = "0123456789abcdef"[v % base];
ffffffc0802037d6:	87a6                	mv	a5,s1
ffffffc0802037d8:	00005897          	auipc	a7,0x5
ffffffc0802037dc:	fb088893          	add	a7,a7,-80 # ffffffc080208788 <__func__.0+0x188>
ffffffc0802037e0:	02b57733          	remu	a4,a0,a1
ffffffc0802037e4:	86be                	mv	a3,a5
    v /= base;
  } while (v);
ffffffc0802037e6:	0785                	add	a5,a5,1
ffffffc0802037e8:	882a                	mv	a6,a0
    buf[i++] = "0123456789abcdef"[v % base];
ffffffc0802037ea:	9746                	add	a4,a4,a7
ffffffc0802037ec:	00074703          	lbu	a4,0(a4)
    v /= base;
ffffffc0802037f0:	02b55533          	divu	a0,a0,a1
    buf[i++] = "0123456789abcdef"[v % base];
ffffffc0802037f4:	fee78fa3          	sb	a4,-1(a5)
  } while (v);
ffffffc0802037f8:	feb874e3          	bgeu	a6,a1,ffffffc0802037e0 <put_uint+0x1a>
ffffffc0802037fc:	9e85                	subw	a3,a3,s1
ffffffc0802037fe:	0016879b          	addw	a5,a3,1
  while (i < width)
ffffffc080203802:	04c7d663          	bge	a5,a2,ffffffc08020384e <put_uint+0x88>
ffffffc080203806:	40f6073b          	subw	a4,a2,a5
ffffffc08020380a:	1702                	sll	a4,a4,0x20
ffffffc08020380c:	97a6                	add	a5,a5,s1
ffffffc08020380e:	9301                	srl	a4,a4,0x20
ffffffc080203810:	973e                	add	a4,a4,a5
    buf[i++] = '0';
ffffffc080203812:	03000693          	li	a3,48
ffffffc080203816:	00d78023          	sb	a3,0(a5)
  while (i < width)
ffffffc08020381a:	0785                	add	a5,a5,1
ffffffc08020381c:	fee79de3          	bne	a5,a4,ffffffc080203816 <put_uint+0x50>
ffffffc080203820:	fff6079b          	addw	a5,a2,-1
ffffffc080203824:	fff48913          	add	s2,s1,-1
ffffffc080203828:	1782                	sll	a5,a5,0x20
ffffffc08020382a:	9932                	add	s2,s2,a2
ffffffc08020382c:	9381                	srl	a5,a5,0x20
ffffffc08020382e:	94b2                	add	s1,s1,a2
ffffffc080203830:	40f90933          	sub	s2,s2,a5
  while (i)
    uart_putc_locked(buf[--i]);
ffffffc080203834:	fff4c503          	lbu	a0,-1(s1)
  while (i)
ffffffc080203838:	14fd                	add	s1,s1,-1
    uart_putc_locked(buf[--i]);
ffffffc08020383a:	d3bfd0ef          	jal	ffffffc080201574 <uart_putc_locked>
  while (i)
ffffffc08020383e:	ff249be3          	bne	s1,s2,ffffffc080203834 <put_uint+0x6e>
}
ffffffc080203842:	70e2                	ld	ra,56(sp)
ffffffc080203844:	7442                	ld	s0,48(sp)
ffffffc080203846:	74a2                	ld	s1,40(sp)
ffffffc080203848:	7902                	ld	s2,32(sp)
ffffffc08020384a:	6121                	add	sp,sp,64
ffffffc08020384c:	8082                	ret
    buf[i++] = "0123456789abcdef"[v % base];
ffffffc08020384e:	863e                	mv	a2,a5
ffffffc080203850:	bfc1                	j	ffffffc080203820 <put_uint+0x5a>

ffffffc080203852 <vkprintf>:
    uart_putc_locked(*fmt);
  }
  return fmt + 1;
}

static void vkprintf(const char *fmt, va_list ap) {
ffffffc080203852:	872a                	mv	a4,a0
  while (*fmt) {
ffffffc080203854:	00054503          	lbu	a0,0(a0)
ffffffc080203858:	1a050a63          	beqz	a0,ffffffc080203a0c <vkprintf+0x1ba>
static void vkprintf(const char *fmt, va_list ap) {
ffffffc08020385c:	711d                	add	sp,sp,-96
ffffffc08020385e:	e8a2                	sd	s0,80(sp)
ffffffc080203860:	e4a6                	sd	s1,72(sp)
ffffffc080203862:	e0ca                	sd	s2,64(sp)
ffffffc080203864:	fc4e                	sd	s3,56(sp)
ffffffc080203866:	f852                	sd	s4,48(sp)
ffffffc080203868:	f456                	sd	s5,40(sp)
ffffffc08020386a:	f05a                	sd	s6,32(sp)
ffffffc08020386c:	e862                	sd	s8,16(sp)
ffffffc08020386e:	ec86                	sd	ra,88(sp)
ffffffc080203870:	ec5e                	sd	s7,24(sp)
ffffffc080203872:	e466                	sd	s9,8(sp)
ffffffc080203874:	1080                	add	s0,sp,96
ffffffc080203876:	892e                	mv	s2,a1
    if (*fmt != '%') {
ffffffc080203878:	02500493          	li	s1,37
  while (*fmt == 'l') {
ffffffc08020387c:	06c00c13          	li	s8,108
  switch (*fmt) {
ffffffc080203880:	07800b13          	li	s6,120
ffffffc080203884:	06200a93          	li	s5,98
ffffffc080203888:	4a55                	li	s4,21
ffffffc08020388a:	00005997          	auipc	s3,0x5
ffffffc08020388e:	f5698993          	add	s3,s3,-170 # ffffffc0802087e0 <__func__.0+0x1e0>
ffffffc080203892:	a039                	j	ffffffc0802038a0 <vkprintf+0x4e>
      uart_putc_locked(*fmt++);
ffffffc080203894:	ce1fd0ef          	jal	ffffffc080201574 <uart_putc_locked>
ffffffc080203898:	875e                	mv	a4,s7
  while (*fmt) {
ffffffc08020389a:	00074503          	lbu	a0,0(a4)
ffffffc08020389e:	c939                	beqz	a0,ffffffc0802038f4 <vkprintf+0xa2>
      uart_putc_locked(*fmt++);
ffffffc0802038a0:	00170b93          	add	s7,a4,1
    if (*fmt != '%') {
ffffffc0802038a4:	fe9518e3          	bne	a0,s1,ffffffc080203894 <vkprintf+0x42>
  while (*fmt == 'l') {
ffffffc0802038a8:	00174783          	lbu	a5,1(a4)
ffffffc0802038ac:	13879163          	bne	a5,s8,ffffffc0802039ce <vkprintf+0x17c>
ffffffc0802038b0:	001bc783          	lbu	a5,1(s7)
    fmt++;
ffffffc0802038b4:	0b85                	add	s7,s7,1
  while (*fmt == 'l') {
ffffffc0802038b6:	ff878de3          	beq	a5,s8,ffffffc0802038b0 <vkprintf+0x5e>
    lng = 1;
ffffffc0802038ba:	4705                	li	a4,1
  switch (*fmt) {
ffffffc0802038bc:	04fb6963          	bltu	s6,a5,ffffffc08020390e <vkprintf+0xbc>
ffffffc0802038c0:	00fafd63          	bgeu	s5,a5,ffffffc0802038da <vkprintf+0x88>
ffffffc0802038c4:	f9d7879b          	addw	a5,a5,-99
ffffffc0802038c8:	0ff7f793          	zext.b	a5,a5
ffffffc0802038cc:	04fa6163          	bltu	s4,a5,ffffffc08020390e <vkprintf+0xbc>
ffffffc0802038d0:	078a                	sll	a5,a5,0x2
ffffffc0802038d2:	97ce                	add	a5,a5,s3
ffffffc0802038d4:	439c                	lw	a5,0(a5)
ffffffc0802038d6:	97ce                	add	a5,a5,s3
ffffffc0802038d8:	8782                	jr	a5
ffffffc0802038da:	875e                	mv	a4,s7
ffffffc0802038dc:	dfdd                	beqz	a5,ffffffc08020389a <vkprintf+0x48>
ffffffc0802038de:	02979863          	bne	a5,s1,ffffffc08020390e <vkprintf+0xbc>
    uart_putc_locked('%');
ffffffc0802038e2:	02500513          	li	a0,37
ffffffc0802038e6:	c8ffd0ef          	jal	ffffffc080201574 <uart_putc_locked>
  return fmt + 1;
ffffffc0802038ea:	001b8713          	add	a4,s7,1
  while (*fmt) {
ffffffc0802038ee:	00074503          	lbu	a0,0(a4)
ffffffc0802038f2:	f55d                	bnez	a0,ffffffc0802038a0 <vkprintf+0x4e>
      continue;
    }
    fmt = put_conv(fmt + 1, &ap);
  }
}
ffffffc0802038f4:	60e6                	ld	ra,88(sp)
ffffffc0802038f6:	6446                	ld	s0,80(sp)
ffffffc0802038f8:	64a6                	ld	s1,72(sp)
ffffffc0802038fa:	6906                	ld	s2,64(sp)
ffffffc0802038fc:	79e2                	ld	s3,56(sp)
ffffffc0802038fe:	7a42                	ld	s4,48(sp)
ffffffc080203900:	7aa2                	ld	s5,40(sp)
ffffffc080203902:	7b02                	ld	s6,32(sp)
ffffffc080203904:	6be2                	ld	s7,24(sp)
ffffffc080203906:	6c42                	ld	s8,16(sp)
ffffffc080203908:	6ca2                	ld	s9,8(sp)
ffffffc08020390a:	6125                	add	sp,sp,96
ffffffc08020390c:	8082                	ret
    uart_putc_locked('%');
ffffffc08020390e:	02500513          	li	a0,37
ffffffc080203912:	c63fd0ef          	jal	ffffffc080201574 <uart_putc_locked>
    uart_putc_locked(*fmt);
ffffffc080203916:	000bc503          	lbu	a0,0(s7)
ffffffc08020391a:	c5bfd0ef          	jal	ffffffc080201574 <uart_putc_locked>
  return fmt + 1;
ffffffc08020391e:	001b8713          	add	a4,s7,1
ffffffc080203922:	b7f1                	j	ffffffc0802038ee <vkprintf+0x9c>
    int64 v = lng ? va_arg(*ap, int64) : va_arg(*ap, int);
ffffffc080203924:	00890c93          	add	s9,s2,8
    put_uint(lng ? va_arg(*ap, uint64) : va_arg(*ap, uint), 16, 0);
ffffffc080203928:	cb61                	beqz	a4,ffffffc0802039f8 <vkprintf+0x1a6>
ffffffc08020392a:	00093503          	ld	a0,0(s2)
ffffffc08020392e:	4601                	li	a2,0
ffffffc080203930:	45c1                	li	a1,16
ffffffc080203932:	e95ff0ef          	jal	ffffffc0802037c6 <put_uint>
    break;
ffffffc080203936:	8966                	mv	s2,s9
  return fmt + 1;
ffffffc080203938:	001b8713          	add	a4,s7,1
ffffffc08020393c:	bf4d                	j	ffffffc0802038ee <vkprintf+0x9c>
    int64 v = lng ? va_arg(*ap, int64) : va_arg(*ap, int);
ffffffc08020393e:	00890c93          	add	s9,s2,8
    put_uint(lng ? va_arg(*ap, uint64) : va_arg(*ap, uint), 10, 0);
ffffffc080203942:	cb41                	beqz	a4,ffffffc0802039d2 <vkprintf+0x180>
ffffffc080203944:	00093503          	ld	a0,0(s2)
ffffffc080203948:	4601                	li	a2,0
ffffffc08020394a:	45a9                	li	a1,10
ffffffc08020394c:	e7bff0ef          	jal	ffffffc0802037c6 <put_uint>
    break;
ffffffc080203950:	8966                	mv	s2,s9
  return fmt + 1;
ffffffc080203952:	001b8713          	add	a4,s7,1
ffffffc080203956:	bf61                	j	ffffffc0802038ee <vkprintf+0x9c>
    put_str(va_arg(*ap, const char *));
ffffffc080203958:	00093c83          	ld	s9,0(s2)
ffffffc08020395c:	0921                	add	s2,s2,8
  if (!s)
ffffffc08020395e:	000c9663          	bnez	s9,ffffffc08020396a <vkprintf+0x118>
ffffffc080203962:	a871                	j	ffffffc0802039fe <vkprintf+0x1ac>
    uart_putc_locked(*s++);
ffffffc080203964:	0c85                	add	s9,s9,1
ffffffc080203966:	c0ffd0ef          	jal	ffffffc080201574 <uart_putc_locked>
  while (*s)
ffffffc08020396a:	000cc503          	lbu	a0,0(s9)
ffffffc08020396e:	f97d                	bnez	a0,ffffffc080203964 <vkprintf+0x112>
  return fmt + 1;
ffffffc080203970:	001b8713          	add	a4,s7,1
ffffffc080203974:	bfad                	j	ffffffc0802038ee <vkprintf+0x9c>
    int64 v = lng ? va_arg(*ap, int64) : va_arg(*ap, int);
ffffffc080203976:	c32d                	beqz	a4,ffffffc0802039d8 <vkprintf+0x186>
ffffffc080203978:	00093c83          	ld	s9,0(s2)
    if (v < 0) {
ffffffc08020397c:	060cc263          	bltz	s9,ffffffc0802039e0 <vkprintf+0x18e>
      put_uint(v, 10, 0);
ffffffc080203980:	4601                	li	a2,0
ffffffc080203982:	45a9                	li	a1,10
ffffffc080203984:	8566                	mv	a0,s9
ffffffc080203986:	e41ff0ef          	jal	ffffffc0802037c6 <put_uint>
    int64 v = lng ? va_arg(*ap, int64) : va_arg(*ap, int);
ffffffc08020398a:	0921                	add	s2,s2,8
  return fmt + 1;
ffffffc08020398c:	001b8713          	add	a4,s7,1
ffffffc080203990:	bfb9                	j	ffffffc0802038ee <vkprintf+0x9c>
    uart_putc_locked(va_arg(*ap, int));
ffffffc080203992:	00092503          	lw	a0,0(s2)
ffffffc080203996:	0921                	add	s2,s2,8
ffffffc080203998:	bddfd0ef          	jal	ffffffc080201574 <uart_putc_locked>
  return fmt + 1;
ffffffc08020399c:	001b8713          	add	a4,s7,1
ffffffc0802039a0:	b7b9                	j	ffffffc0802038ee <vkprintf+0x9c>
  switch (*fmt) {
ffffffc0802039a2:	03000513          	li	a0,48
ffffffc0802039a6:	00005c97          	auipc	s9,0x5
ffffffc0802039aa:	dfac8c93          	add	s9,s9,-518 # ffffffc0802087a0 <__func__.0+0x1a0>
    uart_putc_locked(*s++);
ffffffc0802039ae:	0c85                	add	s9,s9,1
ffffffc0802039b0:	bc5fd0ef          	jal	ffffffc080201574 <uart_putc_locked>
  while (*s)
ffffffc0802039b4:	000cc503          	lbu	a0,0(s9)
ffffffc0802039b8:	f97d                	bnez	a0,ffffffc0802039ae <vkprintf+0x15c>
    put_uint(va_arg(*ap, uint64), 16, 16);
ffffffc0802039ba:	00093503          	ld	a0,0(s2)
ffffffc0802039be:	4641                	li	a2,16
ffffffc0802039c0:	45c1                	li	a1,16
ffffffc0802039c2:	e05ff0ef          	jal	ffffffc0802037c6 <put_uint>
ffffffc0802039c6:	0921                	add	s2,s2,8
  return fmt + 1;
ffffffc0802039c8:	001b8713          	add	a4,s7,1
ffffffc0802039cc:	b70d                	j	ffffffc0802038ee <vkprintf+0x9c>
  int lng = 0;
ffffffc0802039ce:	4701                	li	a4,0
ffffffc0802039d0:	b5f5                	j	ffffffc0802038bc <vkprintf+0x6a>
    put_uint(lng ? va_arg(*ap, uint64) : va_arg(*ap, uint), 10, 0);
ffffffc0802039d2:	00096503          	lwu	a0,0(s2)
ffffffc0802039d6:	bf8d                	j	ffffffc080203948 <vkprintf+0xf6>
    int64 v = lng ? va_arg(*ap, int64) : va_arg(*ap, int);
ffffffc0802039d8:	00092c83          	lw	s9,0(s2)
    if (v < 0) {
ffffffc0802039dc:	fa0cd2e3          	bgez	s9,ffffffc080203980 <vkprintf+0x12e>
      uart_putc_locked('-');
ffffffc0802039e0:	02d00513          	li	a0,45
ffffffc0802039e4:	b91fd0ef          	jal	ffffffc080201574 <uart_putc_locked>
      put_uint(-(uint64)v, 10, 0);
ffffffc0802039e8:	4601                	li	a2,0
ffffffc0802039ea:	45a9                	li	a1,10
ffffffc0802039ec:	41900533          	neg	a0,s9
ffffffc0802039f0:	dd7ff0ef          	jal	ffffffc0802037c6 <put_uint>
    int64 v = lng ? va_arg(*ap, int64) : va_arg(*ap, int);
ffffffc0802039f4:	0921                	add	s2,s2,8
ffffffc0802039f6:	bf59                	j	ffffffc08020398c <vkprintf+0x13a>
    put_uint(lng ? va_arg(*ap, uint64) : va_arg(*ap, uint), 16, 0);
ffffffc0802039f8:	00096503          	lwu	a0,0(s2)
ffffffc0802039fc:	bf0d                	j	ffffffc08020392e <vkprintf+0xdc>
ffffffc0802039fe:	02800513          	li	a0,40
    s = "(null)";
ffffffc080203a02:	00005c97          	auipc	s9,0x5
ffffffc080203a06:	da6c8c93          	add	s9,s9,-602 # ffffffc0802087a8 <__func__.0+0x1a8>
ffffffc080203a0a:	bfa9                	j	ffffffc080203964 <vkprintf+0x112>
ffffffc080203a0c:	8082                	ret

ffffffc080203a0e <kprintf>:

void kprintf(const char *fmt, ...) {
ffffffc080203a0e:	7159                	add	sp,sp,-112
ffffffc080203a10:	f406                	sd	ra,40(sp)
ffffffc080203a12:	f022                	sd	s0,32(sp)
ffffffc080203a14:	ec26                	sd	s1,24(sp)
ffffffc080203a16:	1800                	add	s0,sp,48
ffffffc080203a18:	e810                	sd	a2,16(s0)
ffffffc080203a1a:	ec14                	sd	a3,24(s0)
ffffffc080203a1c:	f018                	sd	a4,32(s0)
ffffffc080203a1e:	03043823          	sd	a6,48(s0)
ffffffc080203a22:	03143c23          	sd	a7,56(s0)
ffffffc080203a26:	e40c                	sd	a1,8(s0)
ffffffc080203a28:	f41c                	sd	a5,40(s0)
  va_list ap;
  va_start(ap, fmt);
ffffffc080203a2a:	00840793          	add	a5,s0,8
ffffffc080203a2e:	fcf43c23          	sd	a5,-40(s0)
void kprintf(const char *fmt, ...) {
ffffffc080203a32:	84aa                	mv	s1,a0
  uart_lock();
ffffffc080203a34:	b67fd0ef          	jal	ffffffc08020159a <uart_lock>
  vkprintf(fmt, ap);
ffffffc080203a38:	fd843583          	ld	a1,-40(s0)
ffffffc080203a3c:	8526                	mv	a0,s1
ffffffc080203a3e:	e15ff0ef          	jal	ffffffc080203852 <vkprintf>
  uart_unlock();
ffffffc080203a42:	b7ffd0ef          	jal	ffffffc0802015c0 <uart_unlock>
  va_end(ap);
}
ffffffc080203a46:	70a2                	ld	ra,40(sp)
ffffffc080203a48:	7402                	ld	s0,32(sp)
ffffffc080203a4a:	64e2                	ld	s1,24(sp)
ffffffc080203a4c:	6165                	add	sp,sp,112
ffffffc080203a4e:	8082                	ret

ffffffc080203a50 <panic>:
      break;
    fp = prev;
  }
}

void panic(const char *fmt, ...) {
ffffffc080203a50:	7175                	add	sp,sp,-144
ffffffc080203a52:	e0a2                	sd	s0,64(sp)
ffffffc080203a54:	fc26                	sd	s1,56(sp)
ffffffc080203a56:	e486                	sd	ra,72(sp)
ffffffc080203a58:	f84a                	sd	s2,48(sp)
ffffffc080203a5a:	f44e                	sd	s3,40(sp)
ffffffc080203a5c:	f052                	sd	s4,32(sp)
ffffffc080203a5e:	ec56                	sd	s5,24(sp)
ffffffc080203a60:	0880                	add	s0,sp,80
ffffffc080203a62:	84aa                	mv	s1,a0
ffffffc080203a64:	e40c                	sd	a1,8(s0)
ffffffc080203a66:	e810                	sd	a2,16(s0)
ffffffc080203a68:	ec14                	sd	a3,24(s0)
ffffffc080203a6a:	f018                	sd	a4,32(s0)
ffffffc080203a6c:	f41c                	sd	a5,40(s0)
ffffffc080203a6e:	03043823          	sd	a6,48(s0)
ffffffc080203a72:	03143c23          	sd	a7,56(s0)
static inline void intr_off(void) { csr_clear(sstatus, SSTATUS_SIE); }
ffffffc080203a76:	10017073          	csrc	sstatus,2
  va_list ap;
  intr_off();
  bool first = !__atomic_exchange_n(&panicked, 1, __ATOMIC_SEQ_CST);
ffffffc080203a7a:	00276717          	auipc	a4,0x276
ffffffc080203a7e:	60670713          	add	a4,a4,1542 # ffffffc08047a080 <panicked>
ffffffc080203a82:	4785                	li	a5,1
ffffffc080203a84:	0f50000f          	fence	iorw,ow
ffffffc080203a88:	0cf727af          	amoswap.w.aq	a5,a5,(a4)
ffffffc080203a8c:	2781                	sext.w	a5,a5
  if (first)
ffffffc080203a8e:	c7d1                	beqz	a5,ffffffc080203b1a <panic+0xca>
    uart_panic_mode();
  va_start(ap, fmt);
ffffffc080203a90:	00840793          	add	a5,s0,8
ffffffc080203a94:	faf43c23          	sd	a5,-72(s0)
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080203a98:	8792                	mv	a5,tp
  kprintf("panic: hart %d: ", (int)mycpu()->hartid);
ffffffc080203a9a:	0887a583          	lw	a1,136(a5)
ffffffc080203a9e:	00005517          	auipc	a0,0x5
ffffffc080203aa2:	d1250513          	add	a0,a0,-750 # ffffffc0802087b0 <__func__.0+0x1b0>
ffffffc080203aa6:	f69ff0ef          	jal	ffffffc080203a0e <kprintf>
  vkprintf(fmt, ap);
ffffffc080203aaa:	fb843583          	ld	a1,-72(s0)
ffffffc080203aae:	8526                	mv	a0,s1
ffffffc080203ab0:	da3ff0ef          	jal	ffffffc080203852 <vkprintf>
  va_end(ap);
  kprintf("\n");
ffffffc080203ab4:	00005517          	auipc	a0,0x5
ffffffc080203ab8:	03450513          	add	a0,a0,52 # ffffffc080208ae8 <__func__.0+0x4e8>
ffffffc080203abc:	f53ff0ef          	jal	ffffffc080203a0e <kprintf>
  __asm__ volatile("mv %0, s0" : "=r"(x));
ffffffc080203ac0:	84a2                	mv	s1,s0
    if (fp < PHYS_OFFSET || (fp & 7) || fp == 0)
ffffffc080203ac2:	5a7d                	li	s4,-1
  kprintf("backtrace:\n");
ffffffc080203ac4:	00005517          	auipc	a0,0x5
ffffffc080203ac8:	d0450513          	add	a0,a0,-764 # ffffffc0802087c8 <__func__.0+0x1c8>
    if (fp < PHYS_OFFSET || (fp & 7) || fp == 0)
ffffffc080203acc:	1a1a                	sll	s4,s4,0x26
  kprintf("backtrace:\n");
ffffffc080203ace:	f41ff0ef          	jal	ffffffc080203a0e <kprintf>
    if (fp < PHYS_OFFSET || (fp & 7) || fp == 0)
ffffffc080203ad2:	0344ef63          	bltu	s1,s4,ffffffc080203b10 <panic+0xc0>
ffffffc080203ad6:	0074f793          	and	a5,s1,7
ffffffc080203ada:	eb9d                	bnez	a5,ffffffc080203b10 <panic+0xc0>
ffffffc080203adc:	4961                	li	s2,24
    kprintf("  %p\n", (void *)(ra - 4));
ffffffc080203ade:	00005a97          	auipc	s5,0x5
ffffffc080203ae2:	cfaa8a93          	add	s5,s5,-774 # ffffffc0802087d8 <__func__.0+0x1d8>
ffffffc080203ae6:	a011                	j	ffffffc080203aea <panic+0x9a>
    if (fp < PHYS_OFFSET || (fp & 7) || fp == 0)
ffffffc080203ae8:	e785                	bnez	a5,ffffffc080203b10 <panic+0xc0>
    uint64 ra = *(uint64 *)(fp - 8);
ffffffc080203aea:	ff84b783          	ld	a5,-8(s1)
    uint64 prev = *(uint64 *)(fp - 16);
ffffffc080203aee:	89a6                	mv	s3,s1
    kprintf("  %p\n", (void *)(ra - 4));
ffffffc080203af0:	8556                	mv	a0,s5
    uint64 prev = *(uint64 *)(fp - 16);
ffffffc080203af2:	ff04b483          	ld	s1,-16(s1)
  for (int depth = 0; depth < 24; depth++) {
ffffffc080203af6:	397d                	addw	s2,s2,-1
    kprintf("  %p\n", (void *)(ra - 4));
ffffffc080203af8:	ffc78593          	add	a1,a5,-4
    if (ra < PHYS_OFFSET)
ffffffc080203afc:	0147ea63          	bltu	a5,s4,ffffffc080203b10 <panic+0xc0>
    kprintf("  %p\n", (void *)(ra - 4));
ffffffc080203b00:	f0fff0ef          	jal	ffffffc080203a0e <kprintf>
    if (fp < PHYS_OFFSET || (fp & 7) || fp == 0)
ffffffc080203b04:	0074f793          	and	a5,s1,7
    if (prev <= fp)
ffffffc080203b08:	0099f463          	bgeu	s3,s1,ffffffc080203b10 <panic+0xc0>
  for (int depth = 0; depth < 24; depth++) {
ffffffc080203b0c:	fc091ee3          	bnez	s2,ffffffc080203ae8 <panic+0x98>
static inline void wfi(void) { __asm__ volatile("wfi"); }
ffffffc080203b10:	10500073          	wfi
ffffffc080203b14:	10500073          	wfi
ffffffc080203b18:	bfe5                	j	ffffffc080203b10 <panic+0xc0>
    uart_panic_mode();
ffffffc080203b1a:	acdfd0ef          	jal	ffffffc0802015e6 <uart_panic_mode>
ffffffc080203b1e:	bf8d                	j	ffffffc080203a90 <panic+0x40>

ffffffc080203b20 <memset>:
/* Memory and string helpers. memcpy/memmove/memset use 64-bit words when
 * both pointers allow it: page copies and clears are on the fault path. */
#include "lib/string.h"

void *memset(void *dst, int c, size_t n) {
ffffffc080203b20:	1141                	add	sp,sp,-16
ffffffc080203b22:	e422                	sd	s0,8(sp)
  uint8 *d = dst;
  if ((((uint64)d | n) & 7) == 0) {
ffffffc080203b24:	00c567b3          	or	a5,a0,a2
void *memset(void *dst, int c, size_t n) {
ffffffc080203b28:	0800                	add	s0,sp,16
  if ((((uint64)d | n) & 7) == 0) {
ffffffc080203b2a:	8b9d                	and	a5,a5,7
    uint64 w = (uint8)c;
ffffffc080203b2c:	0ff5f593          	zext.b	a1,a1
  if ((((uint64)d | n) & 7) == 0) {
ffffffc080203b30:	cf89                	beqz	a5,ffffffc080203b4a <memset+0x2a>
    w |= w << 32;
    for (uint64 *p = (uint64 *)d; n; n -= 8)
      *p++ = w;
    return dst;
  }
  while (n--)
ffffffc080203b32:	00c50733          	add	a4,a0,a2
  uint8 *d = dst;
ffffffc080203b36:	87aa                	mv	a5,a0
  while (n--)
ffffffc080203b38:	c611                	beqz	a2,ffffffc080203b44 <memset+0x24>
    *d++ = (uint8)c;
ffffffc080203b3a:	0785                	add	a5,a5,1
ffffffc080203b3c:	feb78fa3          	sb	a1,-1(a5)
  while (n--)
ffffffc080203b40:	fef71de3          	bne	a4,a5,ffffffc080203b3a <memset+0x1a>
  return dst;
}
ffffffc080203b44:	6422                	ld	s0,8(sp)
ffffffc080203b46:	0141                	add	sp,sp,16
ffffffc080203b48:	8082                	ret
    w |= w << 32;
ffffffc080203b4a:	00004797          	auipc	a5,0x4
ffffffc080203b4e:	4be7b783          	ld	a5,1214(a5) # ffffffc080208008 <kernel_text_end+0x8>
ffffffc080203b52:	02f587b3          	mul	a5,a1,a5
    for (uint64 *p = (uint64 *)d; n; n -= 8)
ffffffc080203b56:	d67d                	beqz	a2,ffffffc080203b44 <memset+0x24>
ffffffc080203b58:	872a                	mv	a4,a0
ffffffc080203b5a:	962a                	add	a2,a2,a0
      *p++ = w;
ffffffc080203b5c:	0721                	add	a4,a4,8
ffffffc080203b5e:	fef73c23          	sd	a5,-8(a4)
    for (uint64 *p = (uint64 *)d; n; n -= 8)
ffffffc080203b62:	fec71de3          	bne	a4,a2,ffffffc080203b5c <memset+0x3c>
}
ffffffc080203b66:	6422                	ld	s0,8(sp)
ffffffc080203b68:	0141                	add	sp,sp,16
ffffffc080203b6a:	8082                	ret

ffffffc080203b6c <memcpy>:
  return dst;
}

/* Word copy, unrolled by eight (one loop branch per 64 bytes), when both
 * ends and the length are 64-byte multiples: every page copy. */
void *memcpy(void *dst, const void *src, size_t n) {
ffffffc080203b6c:	1141                	add	sp,sp,-16
  uint8 *d = dst;
  const uint8 *s = src;
  if ((((uint64)d | (uint64)s | n) & 63) == 0) {
ffffffc080203b6e:	00b567b3          	or	a5,a0,a1
void *memcpy(void *dst, const void *src, size_t n) {
ffffffc080203b72:	e422                	sd	s0,8(sp)
  if ((((uint64)d | (uint64)s | n) & 63) == 0) {
ffffffc080203b74:	8fd1                	or	a5,a5,a2
void *memcpy(void *dst, const void *src, size_t n) {
ffffffc080203b76:	0800                	add	s0,sp,16
  if ((((uint64)d | (uint64)s | n) & 63) == 0) {
ffffffc080203b78:	03f7f793          	and	a5,a5,63
ffffffc080203b7c:	c385                	beqz	a5,ffffffc080203b9c <memcpy+0x30>
      dw[6] = h;
      dw[7] = i;
    }
    return dst;
  }
  while (n--)
ffffffc080203b7e:	00c506b3          	add	a3,a0,a2
  uint8 *d = dst;
ffffffc080203b82:	87aa                	mv	a5,a0
  while (n--)
ffffffc080203b84:	ca09                	beqz	a2,ffffffc080203b96 <memcpy+0x2a>
    *d++ = *s++;
ffffffc080203b86:	0005c703          	lbu	a4,0(a1)
ffffffc080203b8a:	0785                	add	a5,a5,1
ffffffc080203b8c:	0585                	add	a1,a1,1
ffffffc080203b8e:	fee78fa3          	sb	a4,-1(a5)
  while (n--)
ffffffc080203b92:	fed79ae3          	bne	a5,a3,ffffffc080203b86 <memcpy+0x1a>
  return dst;
}
ffffffc080203b96:	6422                	ld	s0,8(sp)
ffffffc080203b98:	0141                	add	sp,sp,16
ffffffc080203b9a:	8082                	ret
    for (const uint64 *end = sw + n / 8; sw < end; dw += 8, sw += 8) {
ffffffc080203b9c:	9a61                	and	a2,a2,-8
ffffffc080203b9e:	962e                	add	a2,a2,a1
ffffffc080203ba0:	fec5fbe3          	bgeu	a1,a2,ffffffc080203b96 <memcpy+0x2a>
    uint64 *dw = (uint64 *)d;
ffffffc080203ba4:	87aa                	mv	a5,a0
      uint64 a = sw[0], b = sw[1], c = sw[2], e = sw[3];
ffffffc080203ba6:	0005bf03          	ld	t5,0(a1)
ffffffc080203baa:	0085be83          	ld	t4,8(a1)
ffffffc080203bae:	0105be03          	ld	t3,16(a1)
ffffffc080203bb2:	0185b303          	ld	t1,24(a1)
ffffffc080203bb6:	0205b883          	ld	a7,32(a1)
ffffffc080203bba:	0285b803          	ld	a6,40(a1)
ffffffc080203bbe:	7994                	ld	a3,48(a1)
ffffffc080203bc0:	7d98                	ld	a4,56(a1)
      dw[0] = a;
ffffffc080203bc2:	01e7b023          	sd	t5,0(a5)
ffffffc080203bc6:	01d7b423          	sd	t4,8(a5)
ffffffc080203bca:	01c7b823          	sd	t3,16(a5)
ffffffc080203bce:	0067bc23          	sd	t1,24(a5)
ffffffc080203bd2:	0317b023          	sd	a7,32(a5)
ffffffc080203bd6:	0307b423          	sd	a6,40(a5)
ffffffc080203bda:	fb94                	sd	a3,48(a5)
ffffffc080203bdc:	ff98                	sd	a4,56(a5)
    for (const uint64 *end = sw + n / 8; sw < end; dw += 8, sw += 8) {
ffffffc080203bde:	04058593          	add	a1,a1,64
ffffffc080203be2:	04078793          	add	a5,a5,64
ffffffc080203be6:	fcc5e0e3          	bltu	a1,a2,ffffffc080203ba6 <memcpy+0x3a>
}
ffffffc080203bea:	6422                	ld	s0,8(sp)
ffffffc080203bec:	0141                	add	sp,sp,16
ffffffc080203bee:	8082                	ret

ffffffc080203bf0 <memmove>:
void *memmove(void *dst, const void *src, size_t n) {
ffffffc080203bf0:	1141                	add	sp,sp,-16
ffffffc080203bf2:	e422                	sd	s0,8(sp)
ffffffc080203bf4:	0800                	add	s0,sp,16
  if (d == s || n == 0)
ffffffc080203bf6:	02b50663          	beq	a0,a1,ffffffc080203c22 <memmove+0x32>
ffffffc080203bfa:	c605                	beqz	a2,ffffffc080203c22 <memmove+0x32>
  if (d < s || d >= s + n)
ffffffc080203bfc:	02b56663          	bltu	a0,a1,ffffffc080203c28 <memmove+0x38>
ffffffc080203c00:	00c587b3          	add	a5,a1,a2
ffffffc080203c04:	02f57263          	bgeu	a0,a5,ffffffc080203c28 <memmove+0x38>
  while (n--)
ffffffc080203c08:	167d                	add	a2,a2,-1
ffffffc080203c0a:	56fd                	li	a3,-1
    d[n] = s[n];
ffffffc080203c0c:	00c587b3          	add	a5,a1,a2
ffffffc080203c10:	0007c703          	lbu	a4,0(a5)
ffffffc080203c14:	00c507b3          	add	a5,a0,a2
  while (n--)
ffffffc080203c18:	167d                	add	a2,a2,-1
    d[n] = s[n];
ffffffc080203c1a:	00e78023          	sb	a4,0(a5)
  while (n--)
ffffffc080203c1e:	fed617e3          	bne	a2,a3,ffffffc080203c0c <memmove+0x1c>
}
ffffffc080203c22:	6422                	ld	s0,8(sp)
ffffffc080203c24:	0141                	add	sp,sp,16
ffffffc080203c26:	8082                	ret
ffffffc080203c28:	6422                	ld	s0,8(sp)
ffffffc080203c2a:	0141                	add	sp,sp,16
    return memcpy(dst, src, n);
ffffffc080203c2c:	b781                	j	ffffffc080203b6c <memcpy>

ffffffc080203c2e <memcmp>:

int memcmp(const void *a, const void *b, size_t n) {
ffffffc080203c2e:	1141                	add	sp,sp,-16
ffffffc080203c30:	e422                	sd	s0,8(sp)
ffffffc080203c32:	0800                	add	s0,sp,16
  const uint8 *x = a, *y = b;
  for (; n; n--, x++, y++)
ffffffc080203c34:	c215                	beqz	a2,ffffffc080203c58 <memcmp+0x2a>
ffffffc080203c36:	962e                	add	a2,a2,a1
ffffffc080203c38:	a019                	j	ffffffc080203c3e <memcmp+0x10>
ffffffc080203c3a:	00c58f63          	beq	a1,a2,ffffffc080203c58 <memcmp+0x2a>
    if (*x != *y)
ffffffc080203c3e:	00054783          	lbu	a5,0(a0)
ffffffc080203c42:	0005c703          	lbu	a4,0(a1)
  for (; n; n--, x++, y++)
ffffffc080203c46:	0505                	add	a0,a0,1
ffffffc080203c48:	0585                	add	a1,a1,1
    if (*x != *y)
ffffffc080203c4a:	fee788e3          	beq	a5,a4,ffffffc080203c3a <memcmp+0xc>
      return *x - *y;
  return 0;
}
ffffffc080203c4e:	6422                	ld	s0,8(sp)
      return *x - *y;
ffffffc080203c50:	40e7853b          	subw	a0,a5,a4
}
ffffffc080203c54:	0141                	add	sp,sp,16
ffffffc080203c56:	8082                	ret
ffffffc080203c58:	6422                	ld	s0,8(sp)
  return 0;
ffffffc080203c5a:	4501                	li	a0,0
}
ffffffc080203c5c:	0141                	add	sp,sp,16
ffffffc080203c5e:	8082                	ret

ffffffc080203c60 <strlen>:

size_t strlen(const char *s) {
ffffffc080203c60:	1141                	add	sp,sp,-16
ffffffc080203c62:	e422                	sd	s0,8(sp)
ffffffc080203c64:	0800                	add	s0,sp,16
  size_t n = 0;
  while (s[n])
ffffffc080203c66:	00054783          	lbu	a5,0(a0)
ffffffc080203c6a:	cf81                	beqz	a5,ffffffc080203c82 <strlen+0x22>
ffffffc080203c6c:	872a                	mv	a4,a0
  size_t n = 0;
ffffffc080203c6e:	4501                	li	a0,0
    n++;
ffffffc080203c70:	0505                	add	a0,a0,1
  while (s[n])
ffffffc080203c72:	00a707b3          	add	a5,a4,a0
ffffffc080203c76:	0007c783          	lbu	a5,0(a5)
ffffffc080203c7a:	fbfd                	bnez	a5,ffffffc080203c70 <strlen+0x10>
  return n;
}
ffffffc080203c7c:	6422                	ld	s0,8(sp)
ffffffc080203c7e:	0141                	add	sp,sp,16
ffffffc080203c80:	8082                	ret
ffffffc080203c82:	6422                	ld	s0,8(sp)
  size_t n = 0;
ffffffc080203c84:	4501                	li	a0,0
}
ffffffc080203c86:	0141                	add	sp,sp,16
ffffffc080203c88:	8082                	ret

ffffffc080203c8a <strncmp>:

int strncmp(const char *a, const char *b, size_t n) {
ffffffc080203c8a:	1141                	add	sp,sp,-16
ffffffc080203c8c:	e422                	sd	s0,8(sp)
ffffffc080203c8e:	0800                	add	s0,sp,16
  for (; n && *a && *a == *b; n--, a++, b++)
ffffffc080203c90:	ea09                	bnez	a2,ffffffc080203ca2 <strncmp+0x18>
ffffffc080203c92:	a025                	j	ffffffc080203cba <strncmp+0x30>
ffffffc080203c94:	0005c703          	lbu	a4,0(a1)
ffffffc080203c98:	00f71963          	bne	a4,a5,ffffffc080203caa <strncmp+0x20>
ffffffc080203c9c:	0505                	add	a0,a0,1
ffffffc080203c9e:	0585                	add	a1,a1,1
ffffffc080203ca0:	ce09                	beqz	a2,ffffffc080203cba <strncmp+0x30>
ffffffc080203ca2:	00054783          	lbu	a5,0(a0)
ffffffc080203ca6:	167d                	add	a2,a2,-1
ffffffc080203ca8:	f7f5                	bnez	a5,ffffffc080203c94 <strncmp+0xa>
    ;
  return n ? (uint8)*a - (uint8)*b : 0;
ffffffc080203caa:	00054503          	lbu	a0,0(a0)
ffffffc080203cae:	0005c783          	lbu	a5,0(a1)
}
ffffffc080203cb2:	6422                	ld	s0,8(sp)
  return n ? (uint8)*a - (uint8)*b : 0;
ffffffc080203cb4:	9d1d                	subw	a0,a0,a5
}
ffffffc080203cb6:	0141                	add	sp,sp,16
ffffffc080203cb8:	8082                	ret
ffffffc080203cba:	6422                	ld	s0,8(sp)
  return n ? (uint8)*a - (uint8)*b : 0;
ffffffc080203cbc:	4501                	li	a0,0
}
ffffffc080203cbe:	0141                	add	sp,sp,16
ffffffc080203cc0:	8082                	ret

ffffffc080203cc2 <safestrcpy>:

char *safestrcpy(char *dst, const char *src, size_t n) {
ffffffc080203cc2:	1141                	add	sp,sp,-16
ffffffc080203cc4:	e422                	sd	s0,8(sp)
ffffffc080203cc6:	0800                	add	s0,sp,16
  size_t i = 0;
  for (; i + 1 < n && src[i]; i++)
ffffffc080203cc8:	4785                	li	a5,1
ffffffc080203cca:	02c7f863          	bgeu	a5,a2,ffffffc080203cfa <safestrcpy+0x38>
ffffffc080203cce:	167d                	add	a2,a2,-1
ffffffc080203cd0:	4701                	li	a4,0
ffffffc080203cd2:	a029                	j	ffffffc080203cdc <safestrcpy+0x1a>
    dst[i] = src[i];
ffffffc080203cd4:	00d80023          	sb	a3,0(a6)
  for (; i + 1 < n && src[i]; i++)
ffffffc080203cd8:	02c70463          	beq	a4,a2,ffffffc080203d00 <safestrcpy+0x3e>
    dst[i] = src[i];
ffffffc080203cdc:	87ba                	mv	a5,a4
  for (; i + 1 < n && src[i]; i++)
ffffffc080203cde:	972e                	add	a4,a4,a1
ffffffc080203ce0:	00074683          	lbu	a3,0(a4)
    dst[i] = src[i];
ffffffc080203ce4:	00f50833          	add	a6,a0,a5
ffffffc080203ce8:	00178713          	add	a4,a5,1
  for (; i + 1 < n && src[i]; i++)
ffffffc080203cec:	f6e5                	bnez	a3,ffffffc080203cd4 <safestrcpy+0x12>
  if (n)
    dst[i] = 0;
ffffffc080203cee:	97aa                	add	a5,a5,a0
ffffffc080203cf0:	00078023          	sb	zero,0(a5)
  return dst;
}
ffffffc080203cf4:	6422                	ld	s0,8(sp)
ffffffc080203cf6:	0141                	add	sp,sp,16
ffffffc080203cf8:	8082                	ret
  if (n)
ffffffc080203cfa:	de6d                	beqz	a2,ffffffc080203cf4 <safestrcpy+0x32>
  size_t i = 0;
ffffffc080203cfc:	4781                	li	a5,0
ffffffc080203cfe:	bfc5                	j	ffffffc080203cee <safestrcpy+0x2c>
ffffffc080203d00:	87ba                	mv	a5,a4
  if (n)
ffffffc080203d02:	b7f5                	j	ffffffc080203cee <safestrcpy+0x2c>

ffffffc080203d04 <kmain>:
    if (err)
      panic("cannot start hart %d (SBI error %ld)", (int)cpus[i].hartid, err);
  }
}

void kmain(uint64 hartid, uint64 dtb_pa) {
ffffffc080203d04:	7159                	add	sp,sp,-112
ffffffc080203d06:	f0a2                	sd	s0,96(sp)
ffffffc080203d08:	e0d2                	sd	s4,64(sp)
ffffffc080203d0a:	fc56                	sd	s5,56(sp)
ffffffc080203d0c:	f486                	sd	ra,104(sp)
ffffffc080203d0e:	eca6                	sd	s1,88(sp)
ffffffc080203d10:	e8ca                	sd	s2,80(sp)
ffffffc080203d12:	e4ce                	sd	s3,72(sp)
ffffffc080203d14:	f85a                	sd	s6,48(sp)
ffffffc080203d16:	f45e                	sd	s7,40(sp)
ffffffc080203d18:	f062                	sd	s8,32(sp)
ffffffc080203d1a:	ec66                	sd	s9,24(sp)
ffffffc080203d1c:	e86a                	sd	s10,16(sp)
ffffffc080203d1e:	e46e                	sd	s11,8(sp)
ffffffc080203d20:	1880                	add	s0,sp,112
ffffffc080203d22:	8aaa                	mv	s5,a0
ffffffc080203d24:	852e                	mv	a0,a1
static inline void w_tp(uint64 x) { __asm__ volatile("mv tp, %0" ::"r"(x)); }
ffffffc080203d26:	002b0a17          	auipc	s4,0x2b0
ffffffc080203d2a:	d1aa0a13          	add	s4,s4,-742 # ffffffc0804b3a40 <cpus>
ffffffc080203d2e:	8252                	mv	tp,s4
  w_tp((uint64)&cpus[0]);
  cpus[0].hartid = hartid;
  dtb_parse(dtb_pa);
  uart_init(machine.uart_base, machine.uart_irq);
ffffffc080203d30:	00290917          	auipc	s2,0x290
ffffffc080203d34:	9c090913          	add	s2,s2,-1600 # ffffffc0804936f0 <machine>
  cpus[0].hartid = hartid;
ffffffc080203d38:	095a3423          	sd	s5,136(s4)
  dtb_parse(dtb_pa);
ffffffc080203d3c:	a92ff0ef          	jal	ffffffc080202fce <dtb_parse>
  uart_init(machine.uart_base, machine.uart_irq);
ffffffc080203d40:	06892583          	lw	a1,104(s2)
ffffffc080203d44:	06093503          	ld	a0,96(s2)
  uint64 array_pa = PGROUNDUP(V2P(kernel_end));
ffffffc080203d48:	7b7d                	lui	s6,0xfffff
  uart_init(machine.uart_base, machine.uart_irq);
ffffffc080203d4a:	fbcfd0ef          	jal	ffffffc080201506 <uart_init>
  kprintf("\ncowos: %d harts, %lu MiB of RAM at %p, boot hart %d\n", machine.nharts,
ffffffc080203d4e:	00893603          	ld	a2,8(s2)
ffffffc080203d52:	00093683          	ld	a3,0(s2)
ffffffc080203d56:	01092583          	lw	a1,16(s2)
ffffffc080203d5a:	000a871b          	sext.w	a4,s5
ffffffc080203d5e:	8251                	srl	a2,a2,0x14
ffffffc080203d60:	00005517          	auipc	a0,0x5
ffffffc080203d64:	ae850513          	add	a0,a0,-1304 # ffffffc080208848 <__func__.0+0x248>
ffffffc080203d68:	ca7ff0ef          	jal	ffffffc080203a0e <kprintf>
          machine.mem_size >> 20, (void *)machine.mem_base, (int)hartid);
  pmap_init(machine.mem_base, machine.mem_size);
ffffffc080203d6c:	00893583          	ld	a1,8(s2)
ffffffc080203d70:	00093503          	ld	a0,0(s2)
ffffffc080203d74:	cd8fc0ef          	jal	ffffffc08020024c <pmap_init>
  uint64 mem_end = machine.mem_base + machine.mem_size;
ffffffc080203d78:	00093503          	ld	a0,0(s2)
ffffffc080203d7c:	00893583          	ld	a1,8(s2)
  uint64 array_pa = PGROUNDUP(V2P(kernel_end));
ffffffc080203d80:	00004997          	auipc	s3,0x4
ffffffc080203d84:	2909b983          	ld	s3,656(s3) # ffffffc080208010 <kernel_text_end+0x10>
ffffffc080203d88:	0169f9b3          	and	s3,s3,s6
  page_array_init(machine.mem_base, machine.mem_size, array_pa);
ffffffc080203d8c:	864e                	mv	a2,s3
  uint64 mem_end = machine.mem_base + machine.mem_size;
ffffffc080203d8e:	00b504b3          	add	s1,a0,a1
  page_array_init(machine.mem_base, machine.mem_size, array_pa);
ffffffc080203d92:	067000ef          	jal	ffffffc0802045f8 <page_array_init>
  uint64 start = PGROUNDUP(array_pa + page_npages * sizeof(struct page));
ffffffc080203d96:	00276797          	auipc	a5,0x276
ffffffc080203d9a:	2f27b783          	ld	a5,754(a5) # ffffffc08047a088 <page_npages>
ffffffc080203d9e:	6705                	lui	a4,0x1
ffffffc080203da0:	177d                	add	a4,a4,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc080203da2:	078a                	sll	a5,a5,0x2
ffffffc080203da4:	97ba                	add	a5,a5,a4
  if (machine.dtb_pa >= start && machine.dtb_pa < end)
ffffffc080203da6:	20093703          	ld	a4,512(s2)
  uint64 start = PGROUNDUP(array_pa + page_npages * sizeof(struct page));
ffffffc080203daa:	97ce                	add	a5,a5,s3
ffffffc080203dac:	0167f533          	and	a0,a5,s6
  if (machine.dtb_pa >= start && machine.dtb_pa < end)
ffffffc080203db0:	00a76463          	bltu	a4,a0,ffffffc080203db8 <kmain+0xb4>
ffffffc080203db4:	22976663          	bltu	a4,s1,ffffffc080203fe0 <kmain+0x2dc>
  for (int i = 0; i < machine.nreserved; i++)
ffffffc080203db8:	07892783          	lw	a5,120(s2)
ffffffc080203dbc:	02f05263          	blez	a5,ffffffc080203de0 <kmain+0xdc>
ffffffc080203dc0:	00479713          	sll	a4,a5,0x4
ffffffc080203dc4:	974a                	add	a4,a4,s2
ffffffc080203dc6:	00290797          	auipc	a5,0x290
ffffffc080203dca:	92a78793          	add	a5,a5,-1750 # ffffffc0804936f0 <machine>
    if (machine.reserved[i].base >= start && machine.reserved[i].base < end)
ffffffc080203dce:	63d4                	ld	a3,128(a5)
ffffffc080203dd0:	00a6e563          	bltu	a3,a0,ffffffc080203dda <kmain+0xd6>
ffffffc080203dd4:	0096f363          	bgeu	a3,s1,ffffffc080203dda <kmain+0xd6>
ffffffc080203dd8:	84b6                	mv	s1,a3
  for (int i = 0; i < machine.nreserved; i++)
ffffffc080203dda:	07c1                	add	a5,a5,16
ffffffc080203ddc:	fef719e3          	bne	a4,a5,ffffffc080203dce <kmain+0xca>
  kalloc_init(start, PGROUNDDOWN(end));
ffffffc080203de0:	75fd                	lui	a1,0xfffff
ffffffc080203de2:	8de5                	and	a1,a1,s1
ffffffc080203de4:	552000ef          	jal	ffffffc080204336 <kalloc_init>
  memory_init();
  trap_init_hart();
ffffffc080203de8:	fddfc0ef          	jal	ffffffc080200dc4 <trap_init_hart>
  plic_init(machine.plic_base, machine.uart_irq);
ffffffc080203dec:	06892583          	lw	a1,104(s2)
ffffffc080203df0:	07093503          	ld	a0,112(s2)
  init_argv[argc++] = "init";
ffffffc080203df4:	00290b97          	auipc	s7,0x290
ffffffc080203df8:	b0cb8b93          	add	s7,s7,-1268 # ffffffc080493900 <init_argv>
  while (*s) {
ffffffc080203dfc:	00290497          	auipc	s1,0x290
ffffffc080203e00:	9f448493          	add	s1,s1,-1548 # ffffffc0804937f0 <machine+0x100>
  plic_init(machine.plic_base, machine.uart_irq);
ffffffc080203e04:	a90fc0ef          	jal	ffffffc080200094 <plic_init>
  plic_init_hart(hartid);
ffffffc080203e08:	8556                	mv	a0,s5
ffffffc080203e0a:	ab6fc0ef          	jal	ffffffc0802000c0 <plic_init_hart>
  proc_init();
ffffffc080203e0e:	6f0010ef          	jal	ffffffc0802054fe <proc_init>
  fs_init();
ffffffc080203e12:	f27fd0ef          	jal	ffffffc080201d38 <fs_init>
  console_init();
ffffffc080203e16:	eb8fd0ef          	jal	ffffffc0802014ce <console_init>
  while (*s) {
ffffffc080203e1a:	10094783          	lbu	a5,256(s2)
  init_argv[argc++] = "init";
ffffffc080203e1e:	00005717          	auipc	a4,0x5
ffffffc080203e22:	a6270713          	add	a4,a4,-1438 # ffffffc080208880 <__func__.0+0x280>
ffffffc080203e26:	00ebb023          	sd	a4,0(s7)
ffffffc080203e2a:	4b05                	li	s6,1
  bool for_init = false;
ffffffc080203e2c:	4c01                	li	s8,0
    while (*s == ' ')
ffffffc080203e2e:	02000993          	li	s3,32
    else if (strncmp(word, "--", 3) == 0)
ffffffc080203e32:	00005c97          	auipc	s9,0x5
ffffffc080203e36:	a56c8c93          	add	s9,s9,-1450 # ffffffc080208888 <__func__.0+0x288>
    else if (strncmp(word, "forkmode=eager", 15) == 0)
ffffffc080203e3a:	00005d97          	auipc	s11,0x5
ffffffc080203e3e:	a56d8d93          	add	s11,s11,-1450 # ffffffc080208890 <__func__.0+0x290>
  while (*s) {
ffffffc080203e42:	c3b1                	beqz	a5,ffffffc080203e86 <kmain+0x182>
    while (*s == ' ')
ffffffc080203e44:	01379a63          	bne	a5,s3,ffffffc080203e58 <kmain+0x154>
ffffffc080203e48:	0014c783          	lbu	a5,1(s1)
      *s++ = 0;
ffffffc080203e4c:	00048023          	sb	zero,0(s1)
ffffffc080203e50:	0485                	add	s1,s1,1
    while (*s == ' ')
ffffffc080203e52:	ff378be3          	beq	a5,s3,ffffffc080203e48 <kmain+0x144>
    if (!*s)
ffffffc080203e56:	cb85                	beqz	a5,ffffffc080203e86 <kmain+0x182>
    while (*s && *s != ' ')
ffffffc080203e58:	0004c783          	lbu	a5,0(s1)
      *s++ = 0;
ffffffc080203e5c:	8d26                	mv	s10,s1
    while (*s && *s != ' ')
ffffffc080203e5e:	c799                	beqz	a5,ffffffc080203e6c <kmain+0x168>
ffffffc080203e60:	15378163          	beq	a5,s3,ffffffc080203fa2 <kmain+0x29e>
ffffffc080203e64:	0014c783          	lbu	a5,1(s1)
      s++;
ffffffc080203e68:	0485                	add	s1,s1,1
    while (*s && *s != ' ')
ffffffc080203e6a:	fbfd                	bnez	a5,ffffffc080203e60 <kmain+0x15c>
    if (for_init && argc < MAXARG + 1)
ffffffc080203e6c:	120c0363          	beqz	s8,ffffffc080203f92 <kmain+0x28e>
ffffffc080203e70:	1369c163          	blt	s3,s6,ffffffc080203f92 <kmain+0x28e>
      init_argv[argc++] = word;
ffffffc080203e74:	003b1793          	sll	a5,s6,0x3
ffffffc080203e78:	97de                	add	a5,a5,s7
ffffffc080203e7a:	01a7b023          	sd	s10,0(a5)
ffffffc080203e7e:	2b05                	addw	s6,s6,1 # fffffffffffff001 <kernel_end+0x3f7f940001>
  while (*s) {
ffffffc080203e80:	0004c783          	lbu	a5,0(s1)
ffffffc080203e84:	f3e1                	bnez	a5,ffffffc080203e44 <kmain+0x140>
  init_argv[argc] = NULL;
ffffffc080203e86:	0b0e                	sll	s6,s6,0x3
  for (int i = 0; i < machine.nharts; i++)
ffffffc080203e88:	01092783          	lw	a5,16(s2)
  init_argv[argc] = NULL;
ffffffc080203e8c:	9bda                	add	s7,s7,s6
ffffffc080203e8e:	000bb023          	sd	zero,0(s7)
  for (int i = 0; i < machine.nharts; i++)
ffffffc080203e92:	14f05963          	blez	a5,ffffffc080203fe4 <kmain+0x2e0>
ffffffc080203e96:	00379693          	sll	a3,a5,0x3
ffffffc080203e9a:	96ca                	add	a3,a3,s2
ffffffc080203e9c:	00290797          	auipc	a5,0x290
ffffffc080203ea0:	85478793          	add	a5,a5,-1964 # ffffffc0804936f0 <machine>
  int id = 1;
ffffffc080203ea4:	4705                	li	a4,1
      cpus[id++].hartid = machine.hartids[i];
ffffffc080203ea6:	34000513          	li	a0,832
    if (machine.hartids[i] != boot_hartid)
ffffffc080203eaa:	6f8c                	ld	a1,24(a5)
ffffffc080203eac:	00ba8763          	beq	s5,a1,ffffffc080203eba <kmain+0x1b6>
      cpus[id++].hartid = machine.hartids[i];
ffffffc080203eb0:	02a70633          	mul	a2,a4,a0
ffffffc080203eb4:	2705                	addw	a4,a4,1
ffffffc080203eb6:	9652                	add	a2,a2,s4
ffffffc080203eb8:	e64c                	sd	a1,136(a2)
  for (int i = 0; i < machine.nharts; i++)
ffffffc080203eba:	07a1                	add	a5,a5,8
ffffffc080203ebc:	fef697e3          	bne	a3,a5,ffffffc080203eaa <kmain+0x1a6>
  ncpu = id;
ffffffc080203ec0:	00276c97          	auipc	s9,0x276
ffffffc080203ec4:	144c8c93          	add	s9,s9,324 # ffffffc08047a004 <ncpu>
ffffffc080203ec8:	00eca023          	sw	a4,0(s9)
  for (int i = 1; i < ncpu; i++) {
ffffffc080203ecc:	4785                	li	a5,1
ffffffc080203ece:	06f70f63          	beq	a4,a5,ffffffc080203f4c <kmain+0x248>
      if ((err = sbi_hart_start(cpus[i].hartid, V2P(secondary_start), i)) == 0)
ffffffc080203ed2:	179a                	sll	a5,a5,0x26
ffffffc080203ed4:	ffffcb17          	auipc	s6,0xffffc
ffffffc080203ed8:	160b0b13          	add	s6,s6,352 # ffffffc080200034 <secondary_start>
ffffffc080203edc:	9b3e                	add	s6,s6,a5
ffffffc080203ede:	002b0c17          	auipc	s8,0x2b0
ffffffc080203ee2:	b62c0c13          	add	s8,s8,-1182 # ffffffc0804b3a40 <cpus>
ffffffc080203ee6:	4b85                	li	s7,1
ffffffc080203ee8:	4a85                	li	s5,1
    cpus[i].id = i;
ffffffc080203eea:	3e800993          	li	s3,1000
ffffffc080203eee:	3d5c2023          	sw	s5,960(s8)
ffffffc080203ef2:	3e800493          	li	s1,1000
      if ((err = sbi_hart_start(cpus[i].hartid, V2P(secondary_start), i)) == 0)
ffffffc080203ef6:	3c8c3503          	ld	a0,968(s8)
ffffffc080203efa:	865e                	mv	a2,s7
ffffffc080203efc:	85da                	mv	a1,s6
ffffffc080203efe:	ac7fc0ef          	jal	ffffffc0802009c4 <sbi_hart_start>
ffffffc080203f02:	862a                	mv	a2,a0
ffffffc080203f04:	c91d                	beqz	a0,ffffffc080203f3a <kmain+0x236>
static inline uint64 r_time(void) { return csr_read(time); }
ffffffc080203f06:	c01026f3          	rdtime	a3
      for (uint64 t0 = r_time(); r_time() - t0 < machine.timebase_hz / 1000;)
ffffffc080203f0a:	05893783          	ld	a5,88(s2)
ffffffc080203f0e:	0337d7b3          	divu	a5,a5,s3
ffffffc080203f12:	c0102773          	rdtime	a4
ffffffc080203f16:	8f15                	sub	a4,a4,a3
ffffffc080203f18:	fef76de3          	bltu	a4,a5,ffffffc080203f12 <kmain+0x20e>
    for (int tries = 0; tries < 1000; tries++) {
ffffffc080203f1c:	34fd                	addw	s1,s1,-1
ffffffc080203f1e:	fce1                	bnez	s1,ffffffc080203ef6 <kmain+0x1f2>
      panic("cannot start hart %d (SBI error %ld)", (int)cpus[i].hartid, err);
ffffffc080203f20:	34000793          	li	a5,832
ffffffc080203f24:	02fa8ab3          	mul	s5,s5,a5
ffffffc080203f28:	00005517          	auipc	a0,0x5
ffffffc080203f2c:	9b850513          	add	a0,a0,-1608 # ffffffc0802088e0 <__func__.0+0x2e0>
ffffffc080203f30:	9a56                	add	s4,s4,s5
ffffffc080203f32:	088a2583          	lw	a1,136(s4)
ffffffc080203f36:	b1bff0ef          	jal	ffffffc080203a50 <panic>
  for (int i = 1; i < ncpu; i++) {
ffffffc080203f3a:	000ca783          	lw	a5,0(s9)
ffffffc080203f3e:	0b85                	add	s7,s7,1
ffffffc080203f40:	000b8a9b          	sext.w	s5,s7
ffffffc080203f44:	340c0c13          	add	s8,s8,832
ffffffc080203f48:	fafac3e3          	blt	s5,a5,ffffffc080203eee <kmain+0x1ea>
  parse_bootargs(machine.bootargs);
  start_other_harts(hartid);
  kprintf("cowos: %lu free pages, fork mode %s, %d ASID bits (unused, see README)\n",
ffffffc080203f4c:	65c000ef          	jal	ffffffc0802045a8 <kalloc_free_pages>
ffffffc080203f50:	84aa                	mv	s1,a0
          kalloc_free_pages(), vm_fork_mode() == FORK_COW ? "cow" : "eager",
ffffffc080203f52:	3fd000ef          	jal	ffffffc080204b4e <vm_fork_mode>
  kprintf("cowos: %lu free pages, fork mode %s, %d ASID bits (unused, see README)\n",
ffffffc080203f56:	4785                	li	a5,1
ffffffc080203f58:	00005917          	auipc	s2,0x5
ffffffc080203f5c:	8e890913          	add	s2,s2,-1816 # ffffffc080208840 <__func__.0+0x240>
ffffffc080203f60:	00f51663          	bne	a0,a5,ffffffc080203f6c <kmain+0x268>
ffffffc080203f64:	00005917          	auipc	s2,0x5
ffffffc080203f68:	8d490913          	add	s2,s2,-1836 # ffffffc080208838 <__func__.0+0x238>
ffffffc080203f6c:	b2cfc0ef          	jal	ffffffc080200298 <pmap_probe_asid_bits>
ffffffc080203f70:	86aa                	mv	a3,a0
ffffffc080203f72:	864a                	mv	a2,s2
ffffffc080203f74:	85a6                	mv	a1,s1
ffffffc080203f76:	00005517          	auipc	a0,0x5
ffffffc080203f7a:	99250513          	add	a0,a0,-1646 # ffffffc080208908 <__func__.0+0x308>
ffffffc080203f7e:	a91ff0ef          	jal	ffffffc080203a0e <kprintf>
          pmap_probe_asid_bits());
  proc_start_init(init_argv);
ffffffc080203f82:	00290517          	auipc	a0,0x290
ffffffc080203f86:	97e50513          	add	a0,a0,-1666 # ffffffc080493900 <init_argv>
ffffffc080203f8a:	7ae010ef          	jal	ffffffc080205738 <proc_start_init>
  scheduler();
ffffffc080203f8e:	70f010ef          	jal	ffffffc080205e9c <scheduler>
    else if (strncmp(word, "--", 3) == 0)
ffffffc080203f92:	460d                	li	a2,3
ffffffc080203f94:	85e6                	mv	a1,s9
ffffffc080203f96:	856a                	mv	a0,s10
ffffffc080203f98:	cf3ff0ef          	jal	ffffffc080203c8a <strncmp>
ffffffc080203f9c:	e519                	bnez	a0,ffffffc080203faa <kmain+0x2a6>
      for_init = true;
ffffffc080203f9e:	4c05                	li	s8,1
ffffffc080203fa0:	b5c5                	j	ffffffc080203e80 <kmain+0x17c>
      *s++ = 0;
ffffffc080203fa2:	00048023          	sb	zero,0(s1)
ffffffc080203fa6:	0485                	add	s1,s1,1
ffffffc080203fa8:	b5d1                	j	ffffffc080203e6c <kmain+0x168>
    else if (strncmp(word, "forkmode=eager", 15) == 0)
ffffffc080203faa:	463d                	li	a2,15
ffffffc080203fac:	85ee                	mv	a1,s11
ffffffc080203fae:	856a                	mv	a0,s10
ffffffc080203fb0:	cdbff0ef          	jal	ffffffc080203c8a <strncmp>
ffffffc080203fb4:	c919                	beqz	a0,ffffffc080203fca <kmain+0x2c6>
    else if (strncmp(word, "forkmode=cow", 13) == 0)
ffffffc080203fb6:	4635                	li	a2,13
ffffffc080203fb8:	00005597          	auipc	a1,0x5
ffffffc080203fbc:	8e858593          	add	a1,a1,-1816 # ffffffc0802088a0 <__func__.0+0x2a0>
ffffffc080203fc0:	856a                	mv	a0,s10
ffffffc080203fc2:	cc9ff0ef          	jal	ffffffc080203c8a <strncmp>
ffffffc080203fc6:	e509                	bnez	a0,ffffffc080203fd0 <kmain+0x2cc>
      vm_set_fork_mode(FORK_COW);
ffffffc080203fc8:	4505                	li	a0,1
ffffffc080203fca:	399000ef          	jal	ffffffc080204b62 <vm_set_fork_mode>
ffffffc080203fce:	bd4d                	j	ffffffc080203e80 <kmain+0x17c>
      kprintf("cowos: unknown boot option '%s' ignored\n", word);
ffffffc080203fd0:	85ea                	mv	a1,s10
ffffffc080203fd2:	00005517          	auipc	a0,0x5
ffffffc080203fd6:	8de50513          	add	a0,a0,-1826 # ffffffc0802088b0 <__func__.0+0x2b0>
ffffffc080203fda:	a35ff0ef          	jal	ffffffc080203a0e <kprintf>
ffffffc080203fde:	b54d                	j	ffffffc080203e80 <kmain+0x17c>
ffffffc080203fe0:	84ba                	mv	s1,a4
ffffffc080203fe2:	bbd9                	j	ffffffc080203db8 <kmain+0xb4>
  ncpu = id;
ffffffc080203fe4:	4785                	li	a5,1
ffffffc080203fe6:	00276717          	auipc	a4,0x276
ffffffc080203fea:	00f72f23          	sw	a5,30(a4) # ffffffc08047a004 <ncpu>
  for (int i = 1; i < ncpu; i++) {
ffffffc080203fee:	bfb9                	j	ffffffc080203f4c <kmain+0x248>

ffffffc080203ff0 <kmain_secondary>:
}

void kmain_secondary(uint64 hartid, uint64 id) {
  w_tp((uint64)&cpus[id]);
ffffffc080203ff0:	34000793          	li	a5,832
ffffffc080203ff4:	02f585b3          	mul	a1,a1,a5
void kmain_secondary(uint64 hartid, uint64 id) {
ffffffc080203ff8:	1141                	add	sp,sp,-16
ffffffc080203ffa:	e022                	sd	s0,0(sp)
ffffffc080203ffc:	e406                	sd	ra,8(sp)
ffffffc080203ffe:	0800                	add	s0,sp,16
  w_tp((uint64)&cpus[id]);
ffffffc080204000:	002b0797          	auipc	a5,0x2b0
ffffffc080204004:	a4078793          	add	a5,a5,-1472 # ffffffc0804b3a40 <cpus>
ffffffc080204008:	95be                	add	a1,a1,a5
static inline void w_tp(uint64 x) { __asm__ volatile("mv tp, %0" ::"r"(x)); }
ffffffc08020400a:	822e                	mv	tp,a1
  trap_init_hart();
ffffffc08020400c:	db9fc0ef          	jal	ffffffc080200dc4 <trap_init_hart>
  scheduler();
ffffffc080204010:	68d010ef          	jal	ffffffc080205e9c <scheduler>

ffffffc080204014 <resolve.part.0.constprop.0>:
}

/* One walk, then at most one resolution: each resolver leaves the PTE at
 * p usable for acc (by us or by a racing sibling), so no second walk.
 * *spurious is set when the PTE already allowed the access. */
static enum fault_result resolve(struct vmspace *vs, uint64 va, enum access acc, pte_t **out,
ffffffc080204014:	715d                	add	sp,sp,-80
ffffffc080204016:	e0a2                	sd	s0,64(sp)
ffffffc080204018:	fc26                	sd	s1,56(sp)
ffffffc08020401a:	f84a                	sd	s2,48(sp)
ffffffc08020401c:	f44e                	sd	s3,40(sp)
ffffffc08020401e:	f052                	sd	s4,32(sp)
ffffffc080204020:	ec56                	sd	s5,24(sp)
ffffffc080204022:	e85a                	sd	s6,16(sp)
ffffffc080204024:	e486                	sd	ra,72(sp)
ffffffc080204026:	e45e                	sd	s7,8(sp)
ffffffc080204028:	e062                	sd	s8,0(sp)
ffffffc08020402a:	0880                	add	s0,sp,80
ffffffc08020402c:	8a2a                	mv	s4,a0
                                 bool *spurious) {
  *spurious = false;
  if (va >= USER_TOP)
    return FAULT_BAD_ADDRESS;
  pte_t *p = pmap_walk(vs->pt, va, false);
ffffffc08020402e:	6908                	ld	a0,16(a0)
static enum fault_result resolve(struct vmspace *vs, uint64 va, enum access acc, pte_t **out,
ffffffc080204030:	8932                	mv	s2,a2
  pte_t *p = pmap_walk(vs->pt, va, false);
ffffffc080204032:	4601                	li	a2,0
static enum fault_result resolve(struct vmspace *vs, uint64 va, enum access acc, pte_t **out,
ffffffc080204034:	8aae                	mv	s5,a1
ffffffc080204036:	8b36                	mv	s6,a3
ffffffc080204038:	89ba                	mv	s3,a4
  pte_t *p = pmap_walk(vs->pt, va, false);
ffffffc08020403a:	ad8fc0ef          	jal	ffffffc080200312 <pmap_walk>
ffffffc08020403e:	84aa                	mv	s1,a0
  pte_t pte = p ? pte_load(p) : 0;
ffffffc080204040:	c929                	beqz	a0,ffffffc080204092 <resolve.part.0.constprop.0+0x7e>
ffffffc080204042:	611c                	ld	a5,0(a0)
static inline bool pte_is_cow(pte_t pte) { return (pte & PTE_COW) != 0; }
static inline uint64 pte_pa(pte_t pte) { return PTE2PA(pte); }

/* True if a user access of this kind is allowed by pte. */
static inline bool pte_allows(pte_t pte, enum access acc) {
  if (!(pte & PTE_V) || !(pte & PTE_U))
ffffffc080204044:	4745                	li	a4,17
ffffffc080204046:	0117f693          	and	a3,a5,17
ffffffc08020404a:	0ae69963          	bne	a3,a4,ffffffc0802040fc <resolve.part.0.constprop.0+0xe8>
    return false;
  if (acc == ACC_WRITE)
ffffffc08020404e:	4705                	li	a4,1
ffffffc080204050:	0ce90163          	beq	s2,a4,ffffffc080204112 <resolve.part.0.constprop.0+0xfe>
    return (pte & PTE_W) != 0;
  if (acc == ACC_EXEC)
ffffffc080204054:	4709                	li	a4,2
ffffffc080204056:	02e90863          	beq	s2,a4,ffffffc080204086 <resolve.part.0.constprop.0+0x72>
    return (pte & PTE_X) != 0;
  return (pte & PTE_R) != 0;
ffffffc08020405a:	0027f713          	and	a4,a5,2
  enum fault_result r;
  if (pte_allows(pte, acc)) {
ffffffc08020405e:	c71d                	beqz	a4,ffffffc08020408c <resolve.part.0.constprop.0+0x78>
    *spurious = true;
ffffffc080204060:	4785                	li	a5,1
ffffffc080204062:	00f98023          	sb	a5,0(s3)
    r = FAULT_OK;
ffffffc080204066:	4981                	li	s3,0
  } else {
    r = FAULT_BAD_ADDRESS;
  }
  *out = p;
  return r;
}
ffffffc080204068:	60a6                	ld	ra,72(sp)
ffffffc08020406a:	6406                	ld	s0,64(sp)
  *out = p;
ffffffc08020406c:	009b3023          	sd	s1,0(s6)
}
ffffffc080204070:	7942                	ld	s2,48(sp)
ffffffc080204072:	74e2                	ld	s1,56(sp)
ffffffc080204074:	7a02                	ld	s4,32(sp)
ffffffc080204076:	6ae2                	ld	s5,24(sp)
ffffffc080204078:	6b42                	ld	s6,16(sp)
ffffffc08020407a:	6ba2                	ld	s7,8(sp)
ffffffc08020407c:	6c02                	ld	s8,0(sp)
ffffffc08020407e:	854e                	mv	a0,s3
ffffffc080204080:	79a2                	ld	s3,40(sp)
ffffffc080204082:	6161                	add	sp,sp,80
ffffffc080204084:	8082                	ret
    return (pte & PTE_X) != 0;
ffffffc080204086:	0087f713          	and	a4,a5,8
  if (pte_allows(pte, acc)) {
ffffffc08020408a:	fb79                	bnez	a4,ffffffc080204060 <resolve.part.0.constprop.0+0x4c>
  } else if (pte_valid(pte) && acc == ACC_WRITE && pte_is_cow(pte)) {
ffffffc08020408c:	8b85                	and	a5,a5,1
    r = FAULT_BAD_ADDRESS;
ffffffc08020408e:	4985                	li	s3,1
  } else if (pte_valid(pte) && acc == ACC_WRITE && pte_is_cow(pte)) {
ffffffc080204090:	ffe1                	bnez	a5,ffffffc080204068 <resolve.part.0.constprop.0+0x54>
  return va >= vs->stack_low && va < USTACK_TOP;
ffffffc080204092:	0f0a3783          	ld	a5,240(s4)
ffffffc080204096:	06faec63          	bltu	s5,a5,ffffffc08020410e <resolve.part.0.constprop.0+0xfa>
ffffffc08020409a:	fefff7b7          	lui	a5,0xfefff
ffffffc08020409e:	07ba                	sll	a5,a5,0xe
ffffffc0802040a0:	83e9                	srl	a5,a5,0x1a
ffffffc0802040a2:	0757e663          	bltu	a5,s5,ffffffc08020410e <resolve.part.0.constprop.0+0xfa>
  pte_t *p = pmap_walk(vs->pt, va, true);
ffffffc0802040a6:	010a3503          	ld	a0,16(s4)
ffffffc0802040aa:	4605                	li	a2,1
ffffffc0802040ac:	85d6                	mv	a1,s5
ffffffc0802040ae:	a64fc0ef          	jal	ffffffc080200312 <pmap_walk>
ffffffc0802040b2:	892a                	mv	s2,a0
  void *page = p ? page_alloc_zeroed() : NULL;
ffffffc0802040b4:	c165                	beqz	a0,ffffffc080204194 <resolve.part.0.constprop.0+0x180>
ffffffc0802040b6:	3f8000ef          	jal	ffffffc0802044ae <page_alloc_zeroed>
  if (!page)
ffffffc0802040ba:	cd69                	beqz	a0,ffffffc080204194 <resolve.part.0.constprop.0+0x180>
  pte_t fresh = PA2PTE(V2P(page)) | PTE_V | PTE_R | PTE_W | PTE_U | PTE_A | PTE_D;
ffffffc0802040bc:	4705                	li	a4,1
ffffffc0802040be:	02671693          	sll	a3,a4,0x26
ffffffc0802040c2:	00d507b3          	add	a5,a0,a3
ffffffc0802040c6:	83b1                	srl	a5,a5,0xc
ffffffc0802040c8:	07aa                	sll	a5,a5,0xa
ffffffc0802040ca:	0d77e793          	or	a5,a5,215
  return __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
ffffffc0802040ce:	100936af          	lr.d	a3,(s2)
ffffffc0802040d2:	e681                	bnez	a3,ffffffc0802040da <resolve.part.0.constprop.0+0xc6>
ffffffc0802040d4:	1cf9362f          	sc.d.aq	a2,a5,(s2)
ffffffc0802040d8:	fa7d                	bnez	a2,ffffffc0802040ce <resolve.part.0.constprop.0+0xba>
  if (!pte_cas(p, 0, fresh))
ffffffc0802040da:	14069b63          	bnez	a3,ffffffc080204230 <resolve.part.0.constprop.0+0x21c>
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc0802040de:	8792                	mv	a5,tp
ffffffc0802040e0:	2f878793          	add	a5,a5,760 # fffffffffefff2f8 <kernel_end+0x3f7e9402f8>
ffffffc0802040e4:	00e7b02f          	amoadd.d	zero,a4,(a5)
  return FAULT_OK;
ffffffc0802040e8:	4981                	li	s3,0
    if (!p)
ffffffc0802040ea:	fcbd                	bnez	s1,ffffffc080204068 <resolve.part.0.constprop.0+0x54>
      p = pmap_walk(vs->pt, va, false); /* zero_fill made the tables */
ffffffc0802040ec:	010a3503          	ld	a0,16(s4)
ffffffc0802040f0:	4601                	li	a2,0
ffffffc0802040f2:	85d6                	mv	a1,s5
ffffffc0802040f4:	a1efc0ef          	jal	ffffffc080200312 <pmap_walk>
ffffffc0802040f8:	84aa                	mv	s1,a0
ffffffc0802040fa:	b7bd                	j	ffffffc080204068 <resolve.part.0.constprop.0+0x54>
  } else if (pte_valid(pte) && acc == ACC_WRITE && pte_is_cow(pte)) {
ffffffc0802040fc:	0017f713          	and	a4,a5,1
ffffffc080204100:	db49                	beqz	a4,ffffffc080204092 <resolve.part.0.constprop.0+0x7e>
    r = FAULT_BAD_ADDRESS;
ffffffc080204102:	4985                	li	s3,1
  } else if (pte_valid(pte) && acc == ACC_WRITE && pte_is_cow(pte)) {
ffffffc080204104:	f73912e3          	bne	s2,s3,ffffffc080204068 <resolve.part.0.constprop.0+0x54>
static inline bool pte_is_cow(pte_t pte) { return (pte & PTE_COW) != 0; }
ffffffc080204108:	1007f793          	and	a5,a5,256
ffffffc08020410c:	eb91                	bnez	a5,ffffffc080204120 <resolve.part.0.constprop.0+0x10c>
    r = FAULT_BAD_ADDRESS;
ffffffc08020410e:	4985                	li	s3,1
ffffffc080204110:	bfa1                	j	ffffffc080204068 <resolve.part.0.constprop.0+0x54>
    return (pte & PTE_W) != 0;
ffffffc080204112:	0047f713          	and	a4,a5,4
  if (pte_allows(pte, acc)) {
ffffffc080204116:	f729                	bnez	a4,ffffffc080204060 <resolve.part.0.constprop.0+0x4c>
  } else if (pte_valid(pte) && acc == ACC_WRITE && pte_is_cow(pte)) {
ffffffc080204118:	0017f713          	and	a4,a5,1
ffffffc08020411c:	f775                	bnez	a4,ffffffc080204108 <resolve.part.0.constprop.0+0xf4>
ffffffc08020411e:	bf95                	j	ffffffc080204092 <resolve.part.0.constprop.0+0x7e>
ffffffc080204120:	8792                	mv	a5,tp
ffffffc080204122:	4705                	li	a4,1
ffffffc080204124:	2c878793          	add	a5,a5,712
ffffffc080204128:	00e7b02f          	amoadd.d	zero,a4,(a5)
static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc08020412c:	0004b983          	ld	s3,0(s1)
static inline uint64 pte_pa(pte_t pte) { return PTE2PA(pte); }
ffffffc080204130:	fff007b7          	lui	a5,0xfff00
ffffffc080204134:	83a1                	srl	a5,a5,0x8
ffffffc080204136:	00299913          	sll	s2,s3,0x2
ffffffc08020413a:	00f97933          	and	s2,s2,a5
static inline bool pte_is_cow(pte_t pte) { return (pte & PTE_COW) != 0; }
ffffffc08020413e:	1009f793          	and	a5,s3,256
}
static inline uint32 page_ref_count(uint64 pa) {
  return __atomic_load_n(&pa_to_page(pa)->refs, __ATOMIC_ACQUIRE);
ffffffc080204142:	854a                	mv	a0,s2
    if (!pte_is_cow(pte))
ffffffc080204144:	c7b1                	beqz	a5,ffffffc080204190 <resolve.part.0.constprop.0+0x17c>
ffffffc080204146:	4ee000ef          	jal	ffffffc080204634 <pa_to_page>
ffffffc08020414a:	4118                	lw	a4,0(a0)
ffffffc08020414c:	0ff0000f          	fence
}

/* The writable private PTE that replaces a COW one, for page pa. */
static inline pte_t pte_cow_break(pte_t pte, uint64 pa) {
  return PA2PTE(pa) | (PTE_FLAGS(pte) & ~PTE_COW) | PTE_W | PTE_A | PTE_D;
ffffffc080204150:	00c95793          	srl	a5,s2,0xc
ffffffc080204154:	07aa                	sll	a5,a5,0xa
ffffffc080204156:	2ff9f693          	and	a3,s3,767
ffffffc08020415a:	8fd5                	or	a5,a5,a3
    if (page_ref_count(old_pa) == 1) {
ffffffc08020415c:	4b85                	li	s7,1
ffffffc08020415e:	0c47e793          	or	a5,a5,196
ffffffc080204162:	00070c1b          	sext.w	s8,a4
ffffffc080204166:	03771963          	bne	a4,s7,ffffffc080204198 <resolve.part.0.constprop.0+0x184>
  return __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
ffffffc08020416a:	1004b72f          	lr.d	a4,(s1)
ffffffc08020416e:	01371563          	bne	a4,s3,ffffffc080204178 <resolve.part.0.constprop.0+0x164>
ffffffc080204172:	1cf4b6af          	sc.d.aq	a3,a5,(s1)
ffffffc080204176:	faf5                	bnez	a3,ffffffc08020416a <resolve.part.0.constprop.0+0x156>
      if (!pte_cas(p, pte, pte_cow_break(pte, old_pa)))
ffffffc080204178:	fb371ae3          	bne	a4,s3,ffffffc08020412c <resolve.part.0.constprop.0+0x118>
      tlb_flush_local(va, va + PGSIZE);
ffffffc08020417c:	6585                	lui	a1,0x1
ffffffc08020417e:	95d6                	add	a1,a1,s5
ffffffc080204180:	8556                	mv	a0,s5
ffffffc080204182:	8ebfc0ef          	jal	ffffffc080200a6c <tlb_flush_local>
ffffffc080204186:	8792                	mv	a5,tp
ffffffc080204188:	2d878793          	add	a5,a5,728 # fffffffffff002d8 <kernel_end+0x3f7f8412d8>
ffffffc08020418c:	0187b02f          	amoadd.d	zero,s8,(a5)
      return FAULT_OK;
ffffffc080204190:	4981                	li	s3,0
ffffffc080204192:	bdd9                	j	ffffffc080204068 <resolve.part.0.constprop.0+0x54>
    return FAULT_OOM;
ffffffc080204194:	4989                	li	s3,2
ffffffc080204196:	bf91                	j	ffffffc0802040ea <resolve.part.0.constprop.0+0xd6>
    void *copy = page_alloc();
ffffffc080204198:	22e000ef          	jal	ffffffc0802043c6 <page_alloc>
    memcpy(copy, P2V(old_pa), PGSIZE);
ffffffc08020419c:	57fd                	li	a5,-1
ffffffc08020419e:	179a                	sll	a5,a5,0x26
ffffffc0802041a0:	993e                	add	s2,s2,a5
ffffffc0802041a2:	6605                	lui	a2,0x1
ffffffc0802041a4:	85ca                	mv	a1,s2
    void *copy = page_alloc();
ffffffc0802041a6:	8c2a                	mv	s8,a0
    if (!copy)
ffffffc0802041a8:	c92d                	beqz	a0,ffffffc08020421a <resolve.part.0.constprop.0+0x206>
    memcpy(copy, P2V(old_pa), PGSIZE);
ffffffc0802041aa:	9c3ff0ef          	jal	ffffffc080203b6c <memcpy>
    if (!pte_cas(p, pte, pte_cow_break(pte, V2P(copy)))) {
ffffffc0802041ae:	026b9793          	sll	a5,s7,0x26
ffffffc0802041b2:	97e2                	add	a5,a5,s8
  return PA2PTE(pa) | (PTE_FLAGS(pte) & ~PTE_COW) | PTE_W | PTE_A | PTE_D;
ffffffc0802041b4:	83b1                	srl	a5,a5,0xc
ffffffc0802041b6:	2ff9f713          	and	a4,s3,767
ffffffc0802041ba:	07aa                	sll	a5,a5,0xa
ffffffc0802041bc:	8fd9                	or	a5,a5,a4
ffffffc0802041be:	0c47e793          	or	a5,a5,196
  return __atomic_compare_exchange_n(p, &old, new, false, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED);
ffffffc0802041c2:	1004b72f          	lr.d	a4,(s1)
ffffffc0802041c6:	01371563          	bne	a4,s3,ffffffc0802041d0 <resolve.part.0.constprop.0+0x1bc>
ffffffc0802041ca:	1cf4b6af          	sc.d.aq	a3,a5,(s1)
ffffffc0802041ce:	faf5                	bnez	a3,ffffffc0802041c2 <resolve.part.0.constprop.0+0x1ae>
ffffffc0802041d0:	05371763          	bne	a4,s3,ffffffc08020421e <resolve.part.0.constprop.0+0x20a>
  tlb_flush_local(va, va + PGSIZE);
ffffffc0802041d4:	6985                	lui	s3,0x1
ffffffc0802041d6:	99d6                	add	s3,s3,s5
ffffffc0802041d8:	85ce                	mv	a1,s3
ffffffc0802041da:	8556                	mv	a0,s5
ffffffc0802041dc:	891fc0ef          	jal	ffffffc080200a6c <tlb_flush_local>
  uint64 others = __atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) & ~(1UL << mycpu()->id);
ffffffc0802041e0:	0f8a3783          	ld	a5,248(s4)
ffffffc0802041e4:	0ff0000f          	fence
ffffffc0802041e8:	8712                	mv	a4,tp
ffffffc0802041ea:	08072703          	lw	a4,128(a4)
ffffffc0802041ee:	00eb9533          	sll	a0,s7,a4
ffffffc0802041f2:	fff54513          	not	a0,a0
ffffffc0802041f6:	8d7d                	and	a0,a0,a5
  if (others)
ffffffc0802041f8:	ed01                	bnez	a0,ffffffc080204210 <resolve.part.0.constprop.0+0x1fc>
    page_free(P2V(old_pa));
ffffffc0802041fa:	854a                	mv	a0,s2
ffffffc0802041fc:	2d8000ef          	jal	ffffffc0802044d4 <page_free>
ffffffc080204200:	8792                	mv	a5,tp
ffffffc080204202:	4705                	li	a4,1
ffffffc080204204:	2d078793          	add	a5,a5,720
ffffffc080204208:	00e7b02f          	amoadd.d	zero,a4,(a5)
      return FAULT_OK;
ffffffc08020420c:	4981                	li	s3,0
ffffffc08020420e:	bda9                	j	ffffffc080204068 <resolve.part.0.constprop.0+0x54>
    tlb_shootdown(others, va, va + PGSIZE);
ffffffc080204210:	864e                	mv	a2,s3
ffffffc080204212:	85d6                	mv	a1,s5
ffffffc080204214:	95ffc0ef          	jal	ffffffc080200b72 <tlb_shootdown>
ffffffc080204218:	b7cd                	j	ffffffc0802041fa <resolve.part.0.constprop.0+0x1e6>
      return FAULT_OOM;
ffffffc08020421a:	4989                	li	s3,2
ffffffc08020421c:	b5b1                	j	ffffffc080204068 <resolve.part.0.constprop.0+0x54>
      page_free(copy);
ffffffc08020421e:	8562                	mv	a0,s8
ffffffc080204220:	2b4000ef          	jal	ffffffc0802044d4 <page_free>
ffffffc080204224:	8792                	mv	a5,tp
ffffffc080204226:	2e078793          	add	a5,a5,736
ffffffc08020422a:	0177b02f          	amoadd.d	zero,s7,(a5)
      continue;
ffffffc08020422e:	bdfd                	j	ffffffc08020412c <resolve.part.0.constprop.0+0x118>
    page_free(page); /* a sibling thread filled it first */
ffffffc080204230:	2a4000ef          	jal	ffffffc0802044d4 <page_free>
  return FAULT_OK;
ffffffc080204234:	4981                	li	s3,0
ffffffc080204236:	bd55                	j	ffffffc0802040ea <resolve.part.0.constprop.0+0xd6>

ffffffc080204238 <vm_resolve>:
  if (va >= USER_TOP)
ffffffc080204238:	57fd                	li	a5,-1
ffffffc08020423a:	83e9                	srl	a5,a5,0x1a
ffffffc08020423c:	00b7f463          	bgeu	a5,a1,ffffffc080204244 <vm_resolve+0xc>
    return FAULT_BAD_ADDRESS;
ffffffc080204240:	4505                	li	a0,1

enum fault_result vm_resolve(struct vmspace *vs, uint64 va, enum access acc, pte_t **out) {
  bool spurious;
  return resolve(vs, va, acc, out, &spurious);
}
ffffffc080204242:	8082                	ret
enum fault_result vm_resolve(struct vmspace *vs, uint64 va, enum access acc, pte_t **out) {
ffffffc080204244:	1101                	add	sp,sp,-32
ffffffc080204246:	e822                	sd	s0,16(sp)
ffffffc080204248:	ec06                	sd	ra,24(sp)
ffffffc08020424a:	1000                	add	s0,sp,32
ffffffc08020424c:	fef40713          	add	a4,s0,-17
ffffffc080204250:	dc5ff0ef          	jal	ffffffc080204014 <resolve.part.0.constprop.0>
}
ffffffc080204254:	60e2                	ld	ra,24(sp)
ffffffc080204256:	6442                	ld	s0,16(sp)
ffffffc080204258:	2501                	sext.w	a0,a0
ffffffc08020425a:	6105                	add	sp,sp,32
ffffffc08020425c:	8082                	ret

ffffffc08020425e <vm_fault>:

enum fault_result vm_fault(struct vmspace *vs, uint64 va, enum access acc) {
ffffffc08020425e:	7139                	add	sp,sp,-64
ffffffc080204260:	f822                	sd	s0,48(sp)
ffffffc080204262:	f426                	sd	s1,40(sp)
ffffffc080204264:	f04a                	sd	s2,32(sp)
ffffffc080204266:	ec4e                	sd	s3,24(sp)
ffffffc080204268:	0080                	add	s0,sp,64
ffffffc08020426a:	fc06                	sd	ra,56(sp)
ffffffc08020426c:	892a                	mv	s2,a0
ffffffc08020426e:	84ae                	mv	s1,a1
ffffffc080204270:	89b2                	mv	s3,a2
  pte_t *p;
  bool spurious;
  rw_read_lock(&vs->lock);
ffffffc080204272:	0e4020ef          	jal	ffffffc080206356 <rw_read_lock>
  if (va >= USER_TOP)
ffffffc080204276:	57fd                	li	a5,-1
  *spurious = false;
ffffffc080204278:	fc0403a3          	sb	zero,-57(s0)
  if (va >= USER_TOP)
ffffffc08020427c:	83e9                	srl	a5,a5,0x1a
ffffffc08020427e:	0097fe63          	bgeu	a5,s1,ffffffc08020429a <vm_fault+0x3c>
  enum fault_result r = resolve(vs, va, acc, &p, &spurious);
  rw_read_unlock(&vs->lock);
ffffffc080204282:	854a                	mv	a0,s2
ffffffc080204284:	11c020ef          	jal	ffffffc0802063a0 <rw_read_unlock>
    return FAULT_BAD_ADDRESS;
ffffffc080204288:	4905                	li	s2,1
  if (spurious) /* a stale entry of ours: a sibling already resolved it */
    tlb_flush_local(va, va + PGSIZE);
  return r;
}
ffffffc08020428a:	70e2                	ld	ra,56(sp)
ffffffc08020428c:	7442                	ld	s0,48(sp)
ffffffc08020428e:	74a2                	ld	s1,40(sp)
ffffffc080204290:	69e2                	ld	s3,24(sp)
ffffffc080204292:	854a                	mv	a0,s2
ffffffc080204294:	7902                	ld	s2,32(sp)
ffffffc080204296:	6121                	add	sp,sp,64
ffffffc080204298:	8082                	ret
ffffffc08020429a:	864e                	mv	a2,s3
ffffffc08020429c:	854a                	mv	a0,s2
ffffffc08020429e:	fc740713          	add	a4,s0,-57
ffffffc0802042a2:	fc840693          	add	a3,s0,-56
ffffffc0802042a6:	85a6                	mv	a1,s1
ffffffc0802042a8:	d6dff0ef          	jal	ffffffc080204014 <resolve.part.0.constprop.0>
  if (spurious) /* a stale entry of ours: a sibling already resolved it */
ffffffc0802042ac:	fc744983          	lbu	s3,-57(s0)
ffffffc0802042b0:	87aa                	mv	a5,a0
  rw_read_unlock(&vs->lock);
ffffffc0802042b2:	854a                	mv	a0,s2
ffffffc0802042b4:	0007891b          	sext.w	s2,a5
ffffffc0802042b8:	0e8020ef          	jal	ffffffc0802063a0 <rw_read_unlock>
  if (spurious) /* a stale entry of ours: a sibling already resolved it */
ffffffc0802042bc:	fc0987e3          	beqz	s3,ffffffc08020428a <vm_fault+0x2c>
    tlb_flush_local(va, va + PGSIZE);
ffffffc0802042c0:	6585                	lui	a1,0x1
ffffffc0802042c2:	8526                	mv	a0,s1
ffffffc0802042c4:	95a6                	add	a1,a1,s1
ffffffc0802042c6:	fa6fc0ef          	jal	ffffffc080200a6c <tlb_flush_local>
}
ffffffc0802042ca:	70e2                	ld	ra,56(sp)
ffffffc0802042cc:	7442                	ld	s0,48(sp)
ffffffc0802042ce:	74a2                	ld	s1,40(sp)
ffffffc0802042d0:	69e2                	ld	s3,24(sp)
ffffffc0802042d2:	854a                	mv	a0,s2
ffffffc0802042d4:	7902                	ld	s2,32(sp)
ffffffc0802042d6:	6121                	add	sp,sp,64
ffffffc0802042d8:	8082                	ret

ffffffc0802042da <vm_user_page>:

void *vm_user_page(struct vmspace *vs, uint64 va, enum access acc, bool *oom) {
ffffffc0802042da:	7179                	add	sp,sp,-48
ffffffc0802042dc:	f022                	sd	s0,32(sp)
ffffffc0802042de:	ec26                	sd	s1,24(sp)
ffffffc0802042e0:	e84a                	sd	s2,16(sp)
ffffffc0802042e2:	f406                	sd	ra,40(sp)
ffffffc0802042e4:	1800                	add	s0,sp,48
  if (va >= USER_TOP)
ffffffc0802042e6:	597d                	li	s2,-1
ffffffc0802042e8:	01a95793          	srl	a5,s2,0x1a
void *vm_user_page(struct vmspace *vs, uint64 va, enum access acc, bool *oom) {
ffffffc0802042ec:	84b6                	mv	s1,a3
  if (va >= USER_TOP)
ffffffc0802042ee:	00b7f663          	bgeu	a5,a1,ffffffc0802042fa <vm_user_page+0x20>
  pte_t *p;
  enum fault_result r = vm_resolve(vs, va, acc, &p);
  *oom = r == FAULT_OOM;
ffffffc0802042f2:	00068023          	sb	zero,0(a3)
  return r == FAULT_OK ? P2V(pte_pa(pte_load(p))) : NULL;
ffffffc0802042f6:	4501                	li	a0,0
ffffffc0802042f8:	a80d                	j	ffffffc08020432a <vm_user_page+0x50>
ffffffc0802042fa:	fd740713          	add	a4,s0,-41
ffffffc0802042fe:	fd840693          	add	a3,s0,-40
ffffffc080204302:	d13ff0ef          	jal	ffffffc080204014 <resolve.part.0.constprop.0>
ffffffc080204306:	2501                	sext.w	a0,a0
  *oom = r == FAULT_OOM;
ffffffc080204308:	ffe50793          	add	a5,a0,-2
ffffffc08020430c:	0017b793          	seqz	a5,a5
ffffffc080204310:	00f48023          	sb	a5,0(s1)
  return r == FAULT_OK ? P2V(pte_pa(pte_load(p))) : NULL;
ffffffc080204314:	f16d                	bnez	a0,ffffffc0802042f6 <vm_user_page+0x1c>
static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc080204316:	fd843783          	ld	a5,-40(s0)
ffffffc08020431a:	191a                	sll	s2,s2,0x26
ffffffc08020431c:	6388                	ld	a0,0(a5)
static inline uint64 pte_pa(pte_t pte) { return PTE2PA(pte); }
ffffffc08020431e:	fff007b7          	lui	a5,0xfff00
ffffffc080204322:	83a1                	srl	a5,a5,0x8
ffffffc080204324:	050a                	sll	a0,a0,0x2
ffffffc080204326:	8d7d                	and	a0,a0,a5
ffffffc080204328:	954a                	add	a0,a0,s2
}
ffffffc08020432a:	70a2                	ld	ra,40(sp)
ffffffc08020432c:	7402                	ld	s0,32(sp)
ffffffc08020432e:	64e2                	ld	s1,24(sp)
ffffffc080204330:	6942                	ld	s2,16(sp)
ffffffc080204332:	6145                	add	sp,sp,48
ffffffc080204334:	8082                	ret

ffffffc080204336 <kalloc_init>:
    if (w[i] != POISON)
      panic("page_alloc: page %p written after it was freed (word %d = %p)", (void *)V2P(va), i,
            (void *)w[i]);
}

void kalloc_init(uint64 pa_start, uint64 pa_end) {
ffffffc080204336:	7179                	add	sp,sp,-48
ffffffc080204338:	f022                	sd	s0,32(sp)
ffffffc08020433a:	ec26                	sd	s1,24(sp)
ffffffc08020433c:	e84a                	sd	s2,16(sp)
ffffffc08020433e:	e44e                	sd	s3,8(sp)
ffffffc080204340:	f406                	sd	ra,40(sp)
ffffffc080204342:	1800                	add	s0,sp,48
  spin_init(&pool.lock, "page_pool");
ffffffc080204344:	0028f997          	auipc	s3,0x28f
ffffffc080204348:	6cc98993          	add	s3,s3,1740 # ffffffc080493a10 <pool>
void kalloc_init(uint64 pa_start, uint64 pa_end) {
ffffffc08020434c:	84aa                	mv	s1,a0
ffffffc08020434e:	892e                	mv	s2,a1
  spin_init(&pool.lock, "page_pool");
ffffffc080204350:	854e                	mv	a0,s3
ffffffc080204352:	00004597          	auipc	a1,0x4
ffffffc080204356:	5fe58593          	add	a1,a1,1534 # ffffffc080208950 <__func__.0+0x350>
ffffffc08020435a:	1d8020ef          	jal	ffffffc080206532 <spin_init>
  for (uint64 pa = PGROUNDUP(pa_start); pa + PGSIZE <= pa_end; pa += PGSIZE) {
ffffffc08020435e:	6705                	lui	a4,0x1
ffffffc080204360:	fff70793          	add	a5,a4,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc080204364:	97a6                	add	a5,a5,s1
ffffffc080204366:	76fd                	lui	a3,0xfffff
ffffffc080204368:	8ff5                	and	a5,a5,a3
ffffffc08020436a:	97ba                	add	a5,a5,a4
ffffffc08020436c:	04f96263          	bltu	s2,a5,ffffffc0802043b0 <kalloc_init+0x7a>
ffffffc080204370:	0209b683          	ld	a3,32(s3)
    struct free_page *fp = P2V(pa);
ffffffc080204374:	fc000837          	lui	a6,0xfc000
ffffffc080204378:	0189b703          	ld	a4,24(s3)
ffffffc08020437c:	187d                	add	a6,a6,-1 # fffffffffbffffff <kernel_end+0x3f7b940fff>
ffffffc08020437e:	0685                	add	a3,a3,1 # fffffffffffff001 <kernel_end+0x3f7f940001>
ffffffc080204380:	0832                	sll	a6,a6,0xc
  for (uint64 pa = PGROUNDUP(pa_start); pa + PGSIZE <= pa_end; pa += PGSIZE) {
ffffffc080204382:	6585                	lui	a1,0x1
    struct free_page *fp = P2V(pa);
ffffffc080204384:	853a                	mv	a0,a4
ffffffc080204386:	01078733          	add	a4,a5,a6
    poison(fp);
    fp->next = pool.head;
ffffffc08020438a:	e308                	sd	a0,0(a4)
  for (uint64 pa = PGROUNDUP(pa_start); pa + PGSIZE <= pa_end; pa += PGSIZE) {
ffffffc08020438c:	97ae                	add	a5,a5,a1
ffffffc08020438e:	8636                	mv	a2,a3
ffffffc080204390:	0685                	add	a3,a3,1
ffffffc080204392:	fef979e3          	bgeu	s2,a5,ffffffc080204384 <kalloc_init+0x4e>
    pool.head = fp;
    pool.count++;
  }
  pool.total = pool.count;
}
ffffffc080204396:	70a2                	ld	ra,40(sp)
ffffffc080204398:	7402                	ld	s0,32(sp)
ffffffc08020439a:	00e9bc23          	sd	a4,24(s3)
ffffffc08020439e:	02c9b023          	sd	a2,32(s3)
  pool.total = pool.count;
ffffffc0802043a2:	02c9b423          	sd	a2,40(s3)
}
ffffffc0802043a6:	64e2                	ld	s1,24(sp)
ffffffc0802043a8:	6942                	ld	s2,16(sp)
ffffffc0802043aa:	69a2                	ld	s3,8(sp)
ffffffc0802043ac:	6145                	add	sp,sp,48
ffffffc0802043ae:	8082                	ret
ffffffc0802043b0:	0209b603          	ld	a2,32(s3)
ffffffc0802043b4:	70a2                	ld	ra,40(sp)
ffffffc0802043b6:	7402                	ld	s0,32(sp)
  pool.total = pool.count;
ffffffc0802043b8:	02c9b423          	sd	a2,40(s3)
}
ffffffc0802043bc:	64e2                	ld	s1,24(sp)
ffffffc0802043be:	6942                	ld	s2,16(sp)
ffffffc0802043c0:	69a2                	ld	s3,8(sp)
ffffffc0802043c2:	6145                	add	sp,sp,48
ffffffc0802043c4:	8082                	ret

ffffffc0802043c6 <page_alloc>:
  }
  spin_unlock(&pool.lock);
  stat_inc(VM_pool_drains);
}

void *page_alloc(void) {
ffffffc0802043c6:	1101                	add	sp,sp,-32
ffffffc0802043c8:	e822                	sd	s0,16(sp)
ffffffc0802043ca:	ec06                	sd	ra,24(sp)
ffffffc0802043cc:	e426                	sd	s1,8(sp)
ffffffc0802043ce:	e04a                	sd	s2,0(sp)
ffffffc0802043d0:	1000                	add	s0,sp,32
  push_off();
ffffffc0802043d2:	200020ef          	jal	ffffffc0802065d2 <push_off>
ffffffc0802043d6:	8492                	mv	s1,tp
  struct cpu *c = mycpu();
  if (c->pcp.count == 0)
ffffffc0802043d8:	0984a783          	lw	a5,152(s1)
ffffffc0802043dc:	c3a1                	beqz	a5,ffffffc08020441c <page_alloc+0x56>
    pcp_refill(c);
  void *va = c->pcp.count ? c->pcp.pages[--c->pcp.count] : NULL;
ffffffc0802043de:	37fd                	addw	a5,a5,-1 # ffffffffffefffff <kernel_end+0x3f7f840fff>
ffffffc0802043e0:	873e                	mv	a4,a5
ffffffc0802043e2:	07c1                	add	a5,a5,16
ffffffc0802043e4:	078e                	sll	a5,a5,0x3
ffffffc0802043e6:	97a6                	add	a5,a5,s1
ffffffc0802043e8:	0207b903          	ld	s2,32(a5)
ffffffc0802043ec:	08e4ac23          	sw	a4,152(s1)
  pop_off();
ffffffc0802043f0:	208020ef          	jal	ffffffc0802065f8 <pop_off>
  if (!va)
ffffffc0802043f4:	00090d63          	beqz	s2,ffffffc08020440e <page_alloc+0x48>
    return NULL;
  check_poison(va);
  page_ref_init(V2P(va));
ffffffc0802043f8:	4485                	li	s1,1
ffffffc0802043fa:	02649513          	sll	a0,s1,0x26
ffffffc0802043fe:	954a                	add	a0,a0,s2
ffffffc080204400:	2ea000ef          	jal	ffffffc0802046ea <page_ref_init>
ffffffc080204404:	8792                	mv	a5,tp
ffffffc080204406:	2b078793          	add	a5,a5,688
ffffffc08020440a:	0097b02f          	amoadd.d	zero,s1,(a5)
  stat_inc(VM_page_allocs);
  return va;
}
ffffffc08020440e:	60e2                	ld	ra,24(sp)
ffffffc080204410:	6442                	ld	s0,16(sp)
ffffffc080204412:	64a2                	ld	s1,8(sp)
ffffffc080204414:	854a                	mv	a0,s2
ffffffc080204416:	6902                	ld	s2,0(sp)
ffffffc080204418:	6105                	add	sp,sp,32
ffffffc08020441a:	8082                	ret
  spin_lock(&pool.lock);
ffffffc08020441c:	0028f917          	auipc	s2,0x28f
ffffffc080204420:	5f490913          	add	s2,s2,1524 # ffffffc080493a10 <pool>
ffffffc080204424:	854a                	mv	a0,s2
ffffffc080204426:	122020ef          	jal	ffffffc080206548 <spin_lock>
  while (c->pcp.count < PCP_BATCH && pool.head) {
ffffffc08020442a:	0984a683          	lw	a3,152(s1)
ffffffc08020442e:	47fd                	li	a5,31
ffffffc080204430:	04d7c163          	blt	a5,a3,ffffffc080204472 <page_alloc+0xac>
ffffffc080204434:	00369713          	sll	a4,a3,0x3
ffffffc080204438:	01893783          	ld	a5,24(s2)
ffffffc08020443c:	02093583          	ld	a1,32(s2)
ffffffc080204440:	9726                	add	a4,a4,s1
ffffffc080204442:	4801                	li	a6,0
ffffffc080204444:	02000893          	li	a7,32
ffffffc080204448:	a811                	j	ffffffc08020445c <page_alloc+0x96>
    c->pcp.pages[c->pcp.count++] = pool.head;
ffffffc08020444a:	08c4ac23          	sw	a2,152(s1)
ffffffc08020444e:	f35c                	sd	a5,160(a4)
    pool.head = pool.head->next;
ffffffc080204450:	639c                	ld	a5,0(a5)
    pool.count--;
ffffffc080204452:	15fd                	add	a1,a1,-1 # fff <KERNEL_PA-0x801ff001>
  while (c->pcp.count < PCP_BATCH && pool.head) {
ffffffc080204454:	0721                	add	a4,a4,8
ffffffc080204456:	4805                	li	a6,1
ffffffc080204458:	05168663          	beq	a3,a7,ffffffc0802044a4 <page_alloc+0xde>
    c->pcp.pages[c->pcp.count++] = pool.head;
ffffffc08020445c:	2685                	addw	a3,a3,1
ffffffc08020445e:	8636                	mv	a2,a3
  while (c->pcp.count < PCP_BATCH && pool.head) {
ffffffc080204460:	f7ed                	bnez	a5,ffffffc08020444a <page_alloc+0x84>
ffffffc080204462:	00080863          	beqz	a6,ffffffc080204472 <page_alloc+0xac>
ffffffc080204466:	0028f797          	auipc	a5,0x28f
ffffffc08020446a:	5c07b123          	sd	zero,1474(a5) # ffffffc080493a28 <pool+0x18>
ffffffc08020446e:	02b93023          	sd	a1,32(s2)
  spin_unlock(&pool.lock);
ffffffc080204472:	0028f517          	auipc	a0,0x28f
ffffffc080204476:	59e50513          	add	a0,a0,1438 # ffffffc080493a10 <pool>
ffffffc08020447a:	1c8020ef          	jal	ffffffc080206642 <spin_unlock>
ffffffc08020447e:	8792                	mv	a5,tp
ffffffc080204480:	4705                	li	a4,1
ffffffc080204482:	30078793          	add	a5,a5,768
ffffffc080204486:	00e7b02f          	amoadd.d	zero,a4,(a5)
  void *va = c->pcp.count ? c->pcp.pages[--c->pcp.count] : NULL;
ffffffc08020448a:	0984a783          	lw	a5,152(s1)
ffffffc08020448e:	fba1                	bnez	a5,ffffffc0802043de <page_alloc+0x18>
  pop_off();
ffffffc080204490:	168020ef          	jal	ffffffc0802065f8 <pop_off>
}
ffffffc080204494:	60e2                	ld	ra,24(sp)
ffffffc080204496:	6442                	ld	s0,16(sp)
    return NULL;
ffffffc080204498:	4901                	li	s2,0
}
ffffffc08020449a:	64a2                	ld	s1,8(sp)
ffffffc08020449c:	854a                	mv	a0,s2
ffffffc08020449e:	6902                	ld	s2,0(sp)
ffffffc0802044a0:	6105                	add	sp,sp,32
ffffffc0802044a2:	8082                	ret
ffffffc0802044a4:	00f93c23          	sd	a5,24(s2)
ffffffc0802044a8:	02b93023          	sd	a1,32(s2)
ffffffc0802044ac:	b7d9                	j	ffffffc080204472 <page_alloc+0xac>

ffffffc0802044ae <page_alloc_zeroed>:

void *page_alloc_zeroed(void) {
ffffffc0802044ae:	1101                	add	sp,sp,-32
ffffffc0802044b0:	e822                	sd	s0,16(sp)
ffffffc0802044b2:	e426                	sd	s1,8(sp)
ffffffc0802044b4:	ec06                	sd	ra,24(sp)
ffffffc0802044b6:	1000                	add	s0,sp,32
  void *va = page_alloc();
ffffffc0802044b8:	f0fff0ef          	jal	ffffffc0802043c6 <page_alloc>
ffffffc0802044bc:	84aa                	mv	s1,a0
  if (va)
ffffffc0802044be:	c509                	beqz	a0,ffffffc0802044c8 <page_alloc_zeroed+0x1a>
    memset(va, 0, PGSIZE);
ffffffc0802044c0:	6605                	lui	a2,0x1
ffffffc0802044c2:	4581                	li	a1,0
ffffffc0802044c4:	e5cff0ef          	jal	ffffffc080203b20 <memset>
  return va;
}
ffffffc0802044c8:	60e2                	ld	ra,24(sp)
ffffffc0802044ca:	6442                	ld	s0,16(sp)
ffffffc0802044cc:	8526                	mv	a0,s1
ffffffc0802044ce:	64a2                	ld	s1,8(sp)
ffffffc0802044d0:	6105                	add	sp,sp,32
ffffffc0802044d2:	8082                	ret

ffffffc0802044d4 <page_free>:

void page_free(void *va) {
ffffffc0802044d4:	7179                	add	sp,sp,-48
ffffffc0802044d6:	ec26                	sd	s1,24(sp)
ffffffc0802044d8:	84aa                	mv	s1,a0
  if (!page_ref_put(V2P(va)))
ffffffc0802044da:	4505                	li	a0,1
void page_free(void *va) {
ffffffc0802044dc:	f022                	sd	s0,32(sp)
ffffffc0802044de:	f406                	sd	ra,40(sp)
ffffffc0802044e0:	e84a                	sd	s2,16(sp)
ffffffc0802044e2:	e44e                	sd	s3,8(sp)
ffffffc0802044e4:	1800                	add	s0,sp,48
  if (!page_ref_put(V2P(va)))
ffffffc0802044e6:	151a                	sll	a0,a0,0x26
ffffffc0802044e8:	9526                	add	a0,a0,s1
ffffffc0802044ea:	188000ef          	jal	ffffffc080204672 <page_ref_put>
ffffffc0802044ee:	e901                	bnez	a0,ffffffc0802044fe <page_free+0x2a>
  if (c->pcp.count == PCP_HIGH)
    pcp_drain(c);
  c->pcp.pages[c->pcp.count++] = va;
  pop_off();
  stat_inc(VM_page_frees);
}
ffffffc0802044f0:	70a2                	ld	ra,40(sp)
ffffffc0802044f2:	7402                	ld	s0,32(sp)
ffffffc0802044f4:	64e2                	ld	s1,24(sp)
ffffffc0802044f6:	6942                	ld	s2,16(sp)
ffffffc0802044f8:	69a2                	ld	s3,8(sp)
ffffffc0802044fa:	6145                	add	sp,sp,48
ffffffc0802044fc:	8082                	ret
  push_off();
ffffffc0802044fe:	0d4020ef          	jal	ffffffc0802065d2 <push_off>
ffffffc080204502:	8912                	mv	s2,tp
  if (c->pcp.count == PCP_HIGH)
ffffffc080204504:	09892783          	lw	a5,152(s2)
ffffffc080204508:	04000713          	li	a4,64
ffffffc08020450c:	02e78a63          	beq	a5,a4,ffffffc080204540 <page_free+0x6c>
  c->pcp.pages[c->pcp.count++] = va;
ffffffc080204510:	01078713          	add	a4,a5,16
ffffffc080204514:	070e                	sll	a4,a4,0x3
ffffffc080204516:	2785                	addw	a5,a5,1
ffffffc080204518:	08f92c23          	sw	a5,152(s2)
ffffffc08020451c:	993a                	add	s2,s2,a4
ffffffc08020451e:	02993023          	sd	s1,32(s2)
  pop_off();
ffffffc080204522:	0d6020ef          	jal	ffffffc0802065f8 <pop_off>
ffffffc080204526:	8792                	mv	a5,tp
ffffffc080204528:	4705                	li	a4,1
ffffffc08020452a:	2b878793          	add	a5,a5,696
ffffffc08020452e:	00e7b02f          	amoadd.d	zero,a4,(a5)
}
ffffffc080204532:	70a2                	ld	ra,40(sp)
ffffffc080204534:	7402                	ld	s0,32(sp)
ffffffc080204536:	64e2                	ld	s1,24(sp)
ffffffc080204538:	6942                	ld	s2,16(sp)
ffffffc08020453a:	69a2                	ld	s3,8(sp)
ffffffc08020453c:	6145                	add	sp,sp,48
ffffffc08020453e:	8082                	ret
  spin_lock(&pool.lock);
ffffffc080204540:	0028f997          	auipc	s3,0x28f
ffffffc080204544:	4d098993          	add	s3,s3,1232 # ffffffc080493a10 <pool>
ffffffc080204548:	854e                	mv	a0,s3
ffffffc08020454a:	7ff010ef          	jal	ffffffc080206548 <spin_lock>
  for (int i = 0; i < PCP_BATCH; i++) {
ffffffc08020454e:	09892583          	lw	a1,152(s2)
ffffffc080204552:	0189b703          	ld	a4,24(s3)
ffffffc080204556:	0209b503          	ld	a0,32(s3)
ffffffc08020455a:	01358793          	add	a5,a1,19
ffffffc08020455e:	078e                	sll	a5,a5,0x3
ffffffc080204560:	01278633          	add	a2,a5,s2
ffffffc080204564:	87b2                	mv	a5,a2
ffffffc080204566:	f0060613          	add	a2,a2,-256 # f00 <KERNEL_PA-0x801ff100>
    struct free_page *fp = c->pcp.pages[--c->pcp.count];
ffffffc08020456a:	86ba                	mv	a3,a4
ffffffc08020456c:	6398                	ld	a4,0(a5)
  for (int i = 0; i < PCP_BATCH; i++) {
ffffffc08020456e:	17e1                	add	a5,a5,-8
    fp->next = pool.head;
ffffffc080204570:	e314                	sd	a3,0(a4)
  for (int i = 0; i < PCP_BATCH; i++) {
ffffffc080204572:	fef61ce3          	bne	a2,a5,ffffffc08020456a <page_free+0x96>
    struct free_page *fp = c->pcp.pages[--c->pcp.count];
ffffffc080204576:	3581                	addw	a1,a1,-32
ffffffc080204578:	08b92c23          	sw	a1,152(s2)
ffffffc08020457c:	e314                	sd	a3,0(a4)
    pool.count++;
ffffffc08020457e:	02050793          	add	a5,a0,32
  spin_unlock(&pool.lock);
ffffffc080204582:	0028f517          	auipc	a0,0x28f
ffffffc080204586:	48e50513          	add	a0,a0,1166 # ffffffc080493a10 <pool>
ffffffc08020458a:	00e9bc23          	sd	a4,24(s3)
ffffffc08020458e:	02f9b023          	sd	a5,32(s3)
ffffffc080204592:	0b0020ef          	jal	ffffffc080206642 <spin_unlock>
ffffffc080204596:	8792                	mv	a5,tp
ffffffc080204598:	4705                	li	a4,1
ffffffc08020459a:	30878793          	add	a5,a5,776
ffffffc08020459e:	00e7b02f          	amoadd.d	zero,a4,(a5)
  c->pcp.pages[c->pcp.count++] = va;
ffffffc0802045a2:	09892783          	lw	a5,152(s2)
}
ffffffc0802045a6:	b7ad                	j	ffffffc080204510 <page_free+0x3c>

ffffffc0802045a8 <kalloc_free_pages>:

uint64 kalloc_free_pages(void) {
ffffffc0802045a8:	1141                	add	sp,sp,-16
ffffffc0802045aa:	e422                	sd	s0,8(sp)
ffffffc0802045ac:	0800                	add	s0,sp,16
  uint64 n = __atomic_load_n(&pool.count, __ATOMIC_RELAXED);
  for (int i = 0; i < ncpu; i++)
ffffffc0802045ae:	00276597          	auipc	a1,0x276
ffffffc0802045b2:	a5658593          	add	a1,a1,-1450 # ffffffc08047a004 <ncpu>
  uint64 n = __atomic_load_n(&pool.count, __ATOMIC_RELAXED);
ffffffc0802045b6:	0028f517          	auipc	a0,0x28f
ffffffc0802045ba:	47a53503          	ld	a0,1146(a0) # ffffffc080493a30 <pool+0x20>
  for (int i = 0; i < ncpu; i++)
ffffffc0802045be:	419c                	lw	a5,0(a1)
ffffffc0802045c0:	00f05f63          	blez	a5,ffffffc0802045de <kalloc_free_pages+0x36>
ffffffc0802045c4:	002af717          	auipc	a4,0x2af
ffffffc0802045c8:	51470713          	add	a4,a4,1300 # ffffffc0804b3ad8 <cpus+0x98>
ffffffc0802045cc:	4781                	li	a5,0
    n += __atomic_load_n(&cpus[i].pcp.count, __ATOMIC_RELAXED);
ffffffc0802045ce:	4310                	lw	a2,0(a4)
  for (int i = 0; i < ncpu; i++)
ffffffc0802045d0:	4194                	lw	a3,0(a1)
ffffffc0802045d2:	2785                	addw	a5,a5,1
    n += __atomic_load_n(&cpus[i].pcp.count, __ATOMIC_RELAXED);
ffffffc0802045d4:	9532                	add	a0,a0,a2
  for (int i = 0; i < ncpu; i++)
ffffffc0802045d6:	34070713          	add	a4,a4,832
ffffffc0802045da:	fed7cae3          	blt	a5,a3,ffffffc0802045ce <kalloc_free_pages+0x26>
  return n;
}
ffffffc0802045de:	6422                	ld	s0,8(sp)
ffffffc0802045e0:	0141                	add	sp,sp,16
ffffffc0802045e2:	8082                	ret

ffffffc0802045e4 <kalloc_total_pages>:

uint64 kalloc_total_pages(void) { return pool.total; }
ffffffc0802045e4:	1141                	add	sp,sp,-16
ffffffc0802045e6:	e422                	sd	s0,8(sp)
ffffffc0802045e8:	0800                	add	s0,sp,16
ffffffc0802045ea:	6422                	ld	s0,8(sp)
ffffffc0802045ec:	0028f517          	auipc	a0,0x28f
ffffffc0802045f0:	44c53503          	ld	a0,1100(a0) # ffffffc080493a38 <pool+0x28>
ffffffc0802045f4:	0141                	add	sp,sp,16
ffffffc0802045f6:	8082                	ret

ffffffc0802045f8 <page_array_init>:

struct page *page_array;
uint64 page_first_pfn;
uint64 page_npages;

void page_array_init(uint64 mem_base, uint64 mem_size, uint64 array_pa) {
ffffffc0802045f8:	1141                	add	sp,sp,-16
ffffffc0802045fa:	e422                	sd	s0,8(sp)
ffffffc0802045fc:	0800                	add	s0,sp,16
  page_first_pfn = mem_base >> PGSHIFT;
  page_npages = mem_size >> PGSHIFT;
  page_array = P2V(array_pa);
ffffffc0802045fe:	57fd                	li	a5,-1
  memset(page_array, 0, page_npages * sizeof(struct page));
}
ffffffc080204600:	6422                	ld	s0,8(sp)
  page_array = P2V(array_pa);
ffffffc080204602:	179a                	sll	a5,a5,0x26
  page_npages = mem_size >> PGSHIFT;
ffffffc080204604:	00c5d713          	srl	a4,a1,0xc
  page_array = P2V(array_pa);
ffffffc080204608:	97b2                	add	a5,a5,a2
  page_first_pfn = mem_base >> PGSHIFT;
ffffffc08020460a:	00c55693          	srl	a3,a0,0xc
ffffffc08020460e:	00276817          	auipc	a6,0x276
ffffffc080204612:	a8d83123          	sd	a3,-1406(a6) # ffffffc08047a090 <page_first_pfn>
  memset(page_array, 0, page_npages * sizeof(struct page));
ffffffc080204616:	00271613          	sll	a2,a4,0x2
  page_npages = mem_size >> PGSHIFT;
ffffffc08020461a:	00276697          	auipc	a3,0x276
ffffffc08020461e:	a6e6b723          	sd	a4,-1426(a3) # ffffffc08047a088 <page_npages>
  page_array = P2V(array_pa);
ffffffc080204622:	00276717          	auipc	a4,0x276
ffffffc080204626:	a6f73b23          	sd	a5,-1418(a4) # ffffffc08047a098 <page_array>
  memset(page_array, 0, page_npages * sizeof(struct page));
ffffffc08020462a:	4581                	li	a1,0
ffffffc08020462c:	853e                	mv	a0,a5
}
ffffffc08020462e:	0141                	add	sp,sp,16
  memset(page_array, 0, page_npages * sizeof(struct page));
ffffffc080204630:	cf0ff06f          	j	ffffffc080203b20 <memset>

ffffffc080204634 <pa_to_page>:

struct page *pa_to_page(uint64 pa) {
  uint64 i = (pa >> PGSHIFT) - page_first_pfn;
ffffffc080204634:	00276717          	auipc	a4,0x276
ffffffc080204638:	a5c73703          	ld	a4,-1444(a4) # ffffffc08047a090 <page_first_pfn>
ffffffc08020463c:	00c55793          	srl	a5,a0,0xc
ffffffc080204640:	8f99                	sub	a5,a5,a4
  if (i >= page_npages)
ffffffc080204642:	00276717          	auipc	a4,0x276
ffffffc080204646:	a4673703          	ld	a4,-1466(a4) # ffffffc08047a088 <page_npages>
ffffffc08020464a:	00e7f963          	bgeu	a5,a4,ffffffc08020465c <pa_to_page+0x28>
    panic("pa_to_page: %p is not RAM", (void *)pa);
  return &page_array[i];
ffffffc08020464e:	078a                	sll	a5,a5,0x2
ffffffc080204650:	00276517          	auipc	a0,0x276
ffffffc080204654:	a4853503          	ld	a0,-1464(a0) # ffffffc08047a098 <page_array>
}
ffffffc080204658:	953e                	add	a0,a0,a5
ffffffc08020465a:	8082                	ret
struct page *pa_to_page(uint64 pa) {
ffffffc08020465c:	1141                	add	sp,sp,-16
ffffffc08020465e:	e022                	sd	s0,0(sp)
ffffffc080204660:	e406                	sd	ra,8(sp)
ffffffc080204662:	0800                	add	s0,sp,16
    panic("pa_to_page: %p is not RAM", (void *)pa);
ffffffc080204664:	85aa                	mv	a1,a0
ffffffc080204666:	00004517          	auipc	a0,0x4
ffffffc08020466a:	2fa50513          	add	a0,a0,762 # ffffffc080208960 <__func__.0+0x360>
ffffffc08020466e:	be2ff0ef          	jal	ffffffc080203a50 <panic>

ffffffc080204672 <page_ref_put>:

bool page_ref_put(uint64 pa) {
ffffffc080204672:	1141                	add	sp,sp,-16
ffffffc080204674:	e022                	sd	s0,0(sp)
ffffffc080204676:	e406                	sd	ra,8(sp)
ffffffc080204678:	0800                	add	s0,sp,16
  uint64 i = (pa >> PGSHIFT) - page_first_pfn;
ffffffc08020467a:	00276717          	auipc	a4,0x276
ffffffc08020467e:	a1673703          	ld	a4,-1514(a4) # ffffffc08047a090 <page_first_pfn>
ffffffc080204682:	00c55793          	srl	a5,a0,0xc
ffffffc080204686:	8f99                	sub	a5,a5,a4
  if (i >= page_npages)
ffffffc080204688:	00276717          	auipc	a4,0x276
ffffffc08020468c:	a0073703          	ld	a4,-1536(a4) # ffffffc08047a088 <page_npages>
ffffffc080204690:	02e7ff63          	bgeu	a5,a4,ffffffc0802046ce <page_ref_put+0x5c>
  uint32 old = __atomic_fetch_sub(&pa_to_page(pa)->refs, 1, __ATOMIC_RELEASE);
ffffffc080204694:	00276717          	auipc	a4,0x276
ffffffc080204698:	a0473703          	ld	a4,-1532(a4) # ffffffc08047a098 <page_array>
ffffffc08020469c:	078a                	sll	a5,a5,0x2
ffffffc08020469e:	97ba                	add	a5,a5,a4
ffffffc0802046a0:	56fd                	li	a3,-1
ffffffc0802046a2:	0f50000f          	fence	iorw,ow
ffffffc0802046a6:	00d7a72f          	amoadd.w	a4,a3,(a5)
ffffffc0802046aa:	0007079b          	sext.w	a5,a4
  if (old == 0)
ffffffc0802046ae:	c79d                	beqz	a5,ffffffc0802046dc <page_ref_put+0x6a>
    panic("page_ref_put: reference count of page %p below zero", (void *)pa);
  if (old == 1) {
ffffffc0802046b0:	4705                	li	a4,1
    __atomic_thread_fence(__ATOMIC_ACQUIRE);
    return true;
  }
  return false;
ffffffc0802046b2:	4501                	li	a0,0
  if (old == 1) {
ffffffc0802046b4:	00e78663          	beq	a5,a4,ffffffc0802046c0 <page_ref_put+0x4e>
}
ffffffc0802046b8:	60a2                	ld	ra,8(sp)
ffffffc0802046ba:	6402                	ld	s0,0(sp)
ffffffc0802046bc:	0141                	add	sp,sp,16
ffffffc0802046be:	8082                	ret
    __atomic_thread_fence(__ATOMIC_ACQUIRE);
ffffffc0802046c0:	0ff0000f          	fence
}
ffffffc0802046c4:	60a2                	ld	ra,8(sp)
ffffffc0802046c6:	6402                	ld	s0,0(sp)
    return true;
ffffffc0802046c8:	4505                	li	a0,1
}
ffffffc0802046ca:	0141                	add	sp,sp,16
ffffffc0802046cc:	8082                	ret
    panic("pa_to_page: %p is not RAM", (void *)pa);
ffffffc0802046ce:	85aa                	mv	a1,a0
ffffffc0802046d0:	00004517          	auipc	a0,0x4
ffffffc0802046d4:	29050513          	add	a0,a0,656 # ffffffc080208960 <__func__.0+0x360>
ffffffc0802046d8:	b78ff0ef          	jal	ffffffc080203a50 <panic>
    panic("page_ref_put: reference count of page %p below zero", (void *)pa);
ffffffc0802046dc:	85aa                	mv	a1,a0
ffffffc0802046de:	00004517          	auipc	a0,0x4
ffffffc0802046e2:	2a250513          	add	a0,a0,674 # ffffffc080208980 <__func__.0+0x380>
ffffffc0802046e6:	b6aff0ef          	jal	ffffffc080203a50 <panic>

ffffffc0802046ea <page_ref_init>:
  uint64 i = (pa >> PGSHIFT) - page_first_pfn;
ffffffc0802046ea:	00276717          	auipc	a4,0x276
ffffffc0802046ee:	9a673703          	ld	a4,-1626(a4) # ffffffc08047a090 <page_first_pfn>
ffffffc0802046f2:	00c55793          	srl	a5,a0,0xc
ffffffc0802046f6:	8f99                	sub	a5,a5,a4
  if (i >= page_npages)
ffffffc0802046f8:	00276717          	auipc	a4,0x276
ffffffc0802046fc:	99073703          	ld	a4,-1648(a4) # ffffffc08047a088 <page_npages>
ffffffc080204700:	00e7fc63          	bgeu	a5,a4,ffffffc080204718 <page_ref_init+0x2e>
void page_ref_init(uint64 pa) {
  struct page *pg = pa_to_page(pa);
  if (KDEBUG && __atomic_load_n(&pg->refs, __ATOMIC_RELAXED) != 0)
    panic("page_ref_init: free page %p has %u references", (void *)pa, pg->refs);
  /* Relaxed: nobody else can see a page that is being allocated. */
  __atomic_store_n(&pg->refs, 1, __ATOMIC_RELAXED);
ffffffc080204704:	00276717          	auipc	a4,0x276
ffffffc080204708:	99473703          	ld	a4,-1644(a4) # ffffffc08047a098 <page_array>
ffffffc08020470c:	078a                	sll	a5,a5,0x2
ffffffc08020470e:	97ba                	add	a5,a5,a4
ffffffc080204710:	4705                	li	a4,1
ffffffc080204712:	08e7a02f          	amoswap.w	zero,a4,(a5)
ffffffc080204716:	8082                	ret
void page_ref_init(uint64 pa) {
ffffffc080204718:	1141                	add	sp,sp,-16
ffffffc08020471a:	e022                	sd	s0,0(sp)
ffffffc08020471c:	e406                	sd	ra,8(sp)
ffffffc08020471e:	0800                	add	s0,sp,16
    panic("pa_to_page: %p is not RAM", (void *)pa);
ffffffc080204720:	85aa                	mv	a1,a0
ffffffc080204722:	00004517          	auipc	a0,0x4
ffffffc080204726:	23e50513          	add	a0,a0,574 # ffffffc080208960 <__func__.0+0x360>
ffffffc08020472a:	b26ff0ef          	jal	ffffffc080203a50 <panic>

ffffffc08020472e <copyout>:
  *dst += len;
  return 0;
}

int copyout(uint64 dst_uva, const void *src, size_t n) {
  if (dst_uva + n < dst_uva)
ffffffc08020472e:	00c507b3          	add	a5,a0,a2
ffffffc080204732:	0aa7ee63          	bltu	a5,a0,ffffffc0802047ee <copyout+0xc0>
int copyout(uint64 dst_uva, const void *src, size_t n) {
ffffffc080204736:	711d                	add	sp,sp,-96
ffffffc080204738:	e8a2                	sd	s0,80(sp)
ffffffc08020473a:	e0ca                	sd	s2,64(sp)
ffffffc08020473c:	fc4e                	sd	s3,56(sp)
ffffffc08020473e:	f852                	sd	s4,48(sp)
ffffffc080204740:	f456                	sd	s5,40(sp)
ffffffc080204742:	f05a                	sd	s6,32(sp)
ffffffc080204744:	ec5e                	sd	s7,24(sp)
ffffffc080204746:	ec86                	sd	ra,88(sp)
ffffffc080204748:	e4a6                	sd	s1,72(sp)
ffffffc08020474a:	1080                	add	s0,sp,96
ffffffc08020474c:	892a                	mv	s2,a0
ffffffc08020474e:	89b2                	mv	s3,a2
ffffffc080204750:	8aae                	mv	s5,a1
    uint64 off = uva & (PGSIZE - 1);
ffffffc080204752:	6b05                	lui	s6,0x1
  struct vmspace *vs = current_vm();
ffffffc080204754:	69c010ef          	jal	ffffffc080205df0 <current_vm>
ffffffc080204758:	8a2a                	mv	s4,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc08020475a:	fffb0b93          	add	s7,s6,-1 # fff <KERNEL_PA-0x801ff001>
  while (n > 0) {
ffffffc08020475e:	02099563          	bnez	s3,ffffffc080204788 <copyout+0x5a>
ffffffc080204762:	a895                	j	ffffffc0802047d6 <copyout+0xa8>
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204764:	0099f363          	bgeu	s3,s1,ffffffc08020476a <copyout+0x3c>
ffffffc080204768:	84ce                	mv	s1,s3
  memcpy(kva, *src, len);
ffffffc08020476a:	8626                	mv	a2,s1
ffffffc08020476c:	c00ff0ef          	jal	ffffffc080203b6c <memcpy>
    rw_read_unlock(&vs->lock);
ffffffc080204770:	8552                	mv	a0,s4
ffffffc080204772:	42f010ef          	jal	ffffffc0802063a0 <rw_read_unlock>
    if (oom)
ffffffc080204776:	faf44783          	lbu	a5,-81(s0)
  *src += len;
ffffffc08020477a:	9aa6                	add	s5,s5,s1
    if (oom)
ffffffc08020477c:	e7a9                	bnez	a5,ffffffc0802047c6 <copyout+0x98>
    n -= len;
ffffffc08020477e:	409989b3          	sub	s3,s3,s1
    uva += len;
ffffffc080204782:	9926                	add	s2,s2,s1
  while (n > 0) {
ffffffc080204784:	04098963          	beqz	s3,ffffffc0802047d6 <copyout+0xa8>
    rw_read_lock(&vs->lock);
ffffffc080204788:	8552                	mv	a0,s4
ffffffc08020478a:	3cd010ef          	jal	ffffffc080206356 <rw_read_lock>
    char *page = vm_user_page(vs, uva, acc, &oom);
ffffffc08020478e:	85ca                	mv	a1,s2
ffffffc080204790:	faf40693          	add	a3,s0,-81
ffffffc080204794:	4605                	li	a2,1
ffffffc080204796:	8552                	mv	a0,s4
ffffffc080204798:	b43ff0ef          	jal	ffffffc0802042da <vm_user_page>
    uint64 off = uva & (PGSIZE - 1);
ffffffc08020479c:	017974b3          	and	s1,s2,s7
    char *page = vm_user_page(vs, uva, acc, &oom);
ffffffc0802047a0:	87aa                	mv	a5,a0
  memcpy(kva, *src, len);
ffffffc0802047a2:	85d6                	mv	a1,s5
ffffffc0802047a4:	9526                	add	a0,a0,s1
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc0802047a6:	409b04b3          	sub	s1,s6,s1
    int r = page ? fn(page + off, len, arg) : -1;
ffffffc0802047aa:	ffcd                	bnez	a5,ffffffc080204764 <copyout+0x36>
    rw_read_unlock(&vs->lock);
ffffffc0802047ac:	8552                	mv	a0,s4
ffffffc0802047ae:	3f3010ef          	jal	ffffffc0802063a0 <rw_read_unlock>
    if (oom)
ffffffc0802047b2:	faf44783          	lbu	a5,-81(s0)
ffffffc0802047b6:	e399                	bnez	a5,ffffffc0802047bc <copyout+0x8e>
    return -1;
ffffffc0802047b8:	557d                	li	a0,-1
ffffffc0802047ba:	a839                	j	ffffffc0802047d8 <copyout+0xaa>
      current_kill_oom(uva);
ffffffc0802047bc:	854a                	mv	a0,s2
ffffffc0802047be:	648010ef          	jal	ffffffc080205e06 <current_kill_oom>
    return -1;
ffffffc0802047c2:	557d                	li	a0,-1
ffffffc0802047c4:	a811                	j	ffffffc0802047d8 <copyout+0xaa>
      current_kill_oom(uva);
ffffffc0802047c6:	854a                	mv	a0,s2
    n -= len;
ffffffc0802047c8:	409989b3          	sub	s3,s3,s1
      current_kill_oom(uva);
ffffffc0802047cc:	63a010ef          	jal	ffffffc080205e06 <current_kill_oom>
    uva += len;
ffffffc0802047d0:	9926                	add	s2,s2,s1
  while (n > 0) {
ffffffc0802047d2:	fa099be3          	bnez	s3,ffffffc080204788 <copyout+0x5a>
  return 0;
ffffffc0802047d6:	4501                	li	a0,0
  return for_each_piece(dst_uva, n, ACC_WRITE, put_piece, &src);
}
ffffffc0802047d8:	60e6                	ld	ra,88(sp)
ffffffc0802047da:	6446                	ld	s0,80(sp)
ffffffc0802047dc:	64a6                	ld	s1,72(sp)
ffffffc0802047de:	6906                	ld	s2,64(sp)
ffffffc0802047e0:	79e2                	ld	s3,56(sp)
ffffffc0802047e2:	7a42                	ld	s4,48(sp)
ffffffc0802047e4:	7aa2                	ld	s5,40(sp)
ffffffc0802047e6:	7b02                	ld	s6,32(sp)
ffffffc0802047e8:	6be2                	ld	s7,24(sp)
ffffffc0802047ea:	6125                	add	sp,sp,96
ffffffc0802047ec:	8082                	ret
    return -1;
ffffffc0802047ee:	557d                	li	a0,-1
}
ffffffc0802047f0:	8082                	ret

ffffffc0802047f2 <copyin>:

int copyin(void *dst, uint64 src_uva, size_t n) {
  if (src_uva + n < src_uva)
ffffffc0802047f2:	00c587b3          	add	a5,a1,a2
ffffffc0802047f6:	0ab7ef63          	bltu	a5,a1,ffffffc0802048b4 <copyin+0xc2>
int copyin(void *dst, uint64 src_uva, size_t n) {
ffffffc0802047fa:	711d                	add	sp,sp,-96
ffffffc0802047fc:	e8a2                	sd	s0,80(sp)
ffffffc0802047fe:	e0ca                	sd	s2,64(sp)
ffffffc080204800:	fc4e                	sd	s3,56(sp)
ffffffc080204802:	f852                	sd	s4,48(sp)
ffffffc080204804:	f456                	sd	s5,40(sp)
ffffffc080204806:	f05a                	sd	s6,32(sp)
ffffffc080204808:	ec5e                	sd	s7,24(sp)
ffffffc08020480a:	ec86                	sd	ra,88(sp)
ffffffc08020480c:	e4a6                	sd	s1,72(sp)
ffffffc08020480e:	1080                	add	s0,sp,96
ffffffc080204810:	892e                	mv	s2,a1
ffffffc080204812:	89b2                	mv	s3,a2
ffffffc080204814:	8aaa                	mv	s5,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc080204816:	6b05                	lui	s6,0x1
  struct vmspace *vs = current_vm();
ffffffc080204818:	5d8010ef          	jal	ffffffc080205df0 <current_vm>
ffffffc08020481c:	8a2a                	mv	s4,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc08020481e:	fffb0b93          	add	s7,s6,-1 # fff <KERNEL_PA-0x801ff001>
  while (n > 0) {
ffffffc080204822:	02099563          	bnez	s3,ffffffc08020484c <copyin+0x5a>
ffffffc080204826:	a89d                	j	ffffffc08020489c <copyin+0xaa>
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204828:	0099f363          	bgeu	s3,s1,ffffffc08020482e <copyin+0x3c>
ffffffc08020482c:	84ce                	mv	s1,s3
  memcpy(*dst, kva, len);
ffffffc08020482e:	8626                	mv	a2,s1
ffffffc080204830:	b3cff0ef          	jal	ffffffc080203b6c <memcpy>
    rw_read_unlock(&vs->lock);
ffffffc080204834:	8552                	mv	a0,s4
ffffffc080204836:	36b010ef          	jal	ffffffc0802063a0 <rw_read_unlock>
    if (oom)
ffffffc08020483a:	faf44783          	lbu	a5,-81(s0)
  *dst += len;
ffffffc08020483e:	9aa6                	add	s5,s5,s1
    if (oom)
ffffffc080204840:	e7b1                	bnez	a5,ffffffc08020488c <copyin+0x9a>
    n -= len;
ffffffc080204842:	409989b3          	sub	s3,s3,s1
    uva += len;
ffffffc080204846:	9926                	add	s2,s2,s1
  while (n > 0) {
ffffffc080204848:	04098a63          	beqz	s3,ffffffc08020489c <copyin+0xaa>
    rw_read_lock(&vs->lock);
ffffffc08020484c:	8552                	mv	a0,s4
ffffffc08020484e:	309010ef          	jal	ffffffc080206356 <rw_read_lock>
    char *page = vm_user_page(vs, uva, acc, &oom);
ffffffc080204852:	85ca                	mv	a1,s2
ffffffc080204854:	faf40693          	add	a3,s0,-81
ffffffc080204858:	4601                	li	a2,0
ffffffc08020485a:	8552                	mv	a0,s4
ffffffc08020485c:	a7fff0ef          	jal	ffffffc0802042da <vm_user_page>
ffffffc080204860:	87aa                	mv	a5,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc080204862:	017974b3          	and	s1,s2,s7
  memcpy(*dst, kva, len);
ffffffc080204866:	009785b3          	add	a1,a5,s1
ffffffc08020486a:	8556                	mv	a0,s5
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc08020486c:	409b04b3          	sub	s1,s6,s1
    int r = page ? fn(page + off, len, arg) : -1;
ffffffc080204870:	ffc5                	bnez	a5,ffffffc080204828 <copyin+0x36>
    rw_read_unlock(&vs->lock);
ffffffc080204872:	8552                	mv	a0,s4
ffffffc080204874:	32d010ef          	jal	ffffffc0802063a0 <rw_read_unlock>
    if (oom)
ffffffc080204878:	faf44783          	lbu	a5,-81(s0)
ffffffc08020487c:	e399                	bnez	a5,ffffffc080204882 <copyin+0x90>
    return -1;
ffffffc08020487e:	557d                	li	a0,-1
ffffffc080204880:	a839                	j	ffffffc08020489e <copyin+0xac>
      current_kill_oom(uva);
ffffffc080204882:	854a                	mv	a0,s2
ffffffc080204884:	582010ef          	jal	ffffffc080205e06 <current_kill_oom>
    return -1;
ffffffc080204888:	557d                	li	a0,-1
ffffffc08020488a:	a811                	j	ffffffc08020489e <copyin+0xac>
      current_kill_oom(uva);
ffffffc08020488c:	854a                	mv	a0,s2
    n -= len;
ffffffc08020488e:	409989b3          	sub	s3,s3,s1
      current_kill_oom(uva);
ffffffc080204892:	574010ef          	jal	ffffffc080205e06 <current_kill_oom>
    uva += len;
ffffffc080204896:	9926                	add	s2,s2,s1
  while (n > 0) {
ffffffc080204898:	fa099ae3          	bnez	s3,ffffffc08020484c <copyin+0x5a>
  return 0;
ffffffc08020489c:	4501                	li	a0,0
  return for_each_piece(src_uva, n, ACC_READ, get_piece, &dst);
}
ffffffc08020489e:	60e6                	ld	ra,88(sp)
ffffffc0802048a0:	6446                	ld	s0,80(sp)
ffffffc0802048a2:	64a6                	ld	s1,72(sp)
ffffffc0802048a4:	6906                	ld	s2,64(sp)
ffffffc0802048a6:	79e2                	ld	s3,56(sp)
ffffffc0802048a8:	7a42                	ld	s4,48(sp)
ffffffc0802048aa:	7aa2                	ld	s5,40(sp)
ffffffc0802048ac:	7b02                	ld	s6,32(sp)
ffffffc0802048ae:	6be2                	ld	s7,24(sp)
ffffffc0802048b0:	6125                	add	sp,sp,96
ffffffc0802048b2:	8082                	ret
    return -1;
ffffffc0802048b4:	557d                	li	a0,-1
}
ffffffc0802048b6:	8082                	ret

ffffffc0802048b8 <copyinstr>:
  return 0;
}

int copyinstr(char *dst, uint64 src_uva, size_t max) {
  struct str_state s = {dst, 0, false};
  if (max == 0 || src_uva + max < src_uva)
ffffffc0802048b8:	0e060963          	beqz	a2,ffffffc0802049aa <copyinstr+0xf2>
int copyinstr(char *dst, uint64 src_uva, size_t max) {
ffffffc0802048bc:	7159                	add	sp,sp,-112
ffffffc0802048be:	f0a2                	sd	s0,96(sp)
ffffffc0802048c0:	e8ca                	sd	s2,80(sp)
ffffffc0802048c2:	f062                	sd	s8,32(sp)
ffffffc0802048c4:	f486                	sd	ra,104(sp)
ffffffc0802048c6:	eca6                	sd	s1,88(sp)
ffffffc0802048c8:	e4ce                	sd	s3,72(sp)
ffffffc0802048ca:	e0d2                	sd	s4,64(sp)
ffffffc0802048cc:	fc56                	sd	s5,56(sp)
ffffffc0802048ce:	f85a                	sd	s6,48(sp)
ffffffc0802048d0:	f45e                	sd	s7,40(sp)
ffffffc0802048d2:	ec66                	sd	s9,24(sp)
ffffffc0802048d4:	1880                	add	s0,sp,112
  if (max == 0 || src_uva + max < src_uva)
ffffffc0802048d6:	00b607b3          	add	a5,a2,a1
ffffffc0802048da:	8c32                	mv	s8,a2
ffffffc0802048dc:	892e                	mv	s2,a1
ffffffc0802048de:	0ab7eb63          	bltu	a5,a1,ffffffc080204994 <copyinstr+0xdc>
ffffffc0802048e2:	8baa                	mv	s7,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc0802048e4:	6a05                	lui	s4,0x1
  struct vmspace *vs = current_vm();
ffffffc0802048e6:	50a010ef          	jal	ffffffc080205df0 <current_vm>
ffffffc0802048ea:	89aa                	mv	s3,a0
  struct str_state s = {dst, 0, false};
ffffffc0802048ec:	4b01                	li	s6,0
    uint64 off = uva & (PGSIZE - 1);
ffffffc0802048ee:	fffa0a93          	add	s5,s4,-1 # fff <KERNEL_PA-0x801ff001>
    rw_read_lock(&vs->lock);
ffffffc0802048f2:	854e                	mv	a0,s3
ffffffc0802048f4:	263010ef          	jal	ffffffc080206356 <rw_read_lock>
    char *page = vm_user_page(vs, uva, acc, &oom);
ffffffc0802048f8:	f9f40693          	add	a3,s0,-97
ffffffc0802048fc:	4601                	li	a2,0
ffffffc0802048fe:	85ca                	mv	a1,s2
ffffffc080204900:	854e                	mv	a0,s3
ffffffc080204902:	9d9ff0ef          	jal	ffffffc0802042da <vm_user_page>
    int r = page ? fn(page + off, len, arg) : -1;
ffffffc080204906:	c149                	beqz	a0,ffffffc080204988 <copyinstr+0xd0>
    uint64 off = uva & (PGSIZE - 1);
ffffffc080204908:	015976b3          	and	a3,s2,s5
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc08020490c:	40da0cb3          	sub	s9,s4,a3
ffffffc080204910:	019c7363          	bgeu	s8,s9,ffffffc080204916 <copyinstr+0x5e>
ffffffc080204914:	8ce2                	mv	s9,s8
ffffffc080204916:	84da                	mv	s1,s6
ffffffc080204918:	016c85b3          	add	a1,s9,s6
ffffffc08020491c:	416686b3          	sub	a3,a3,s6
ffffffc080204920:	a021                	j	ffffffc080204928 <copyinstr+0x70>
    s->len++;
ffffffc080204922:	0485                	add	s1,s1,1
  for (size_t i = 0; i < len; i++) {
ffffffc080204924:	04958563          	beq	a1,s1,ffffffc08020496e <copyinstr+0xb6>
    s->dst[s->len] = kva[i];
ffffffc080204928:	009687b3          	add	a5,a3,s1
ffffffc08020492c:	97aa                	add	a5,a5,a0
ffffffc08020492e:	0007c783          	lbu	a5,0(a5)
ffffffc080204932:	009b8733          	add	a4,s7,s1
ffffffc080204936:	00f70023          	sb	a5,0(a4)
    if (kva[i] == 0) {
ffffffc08020493a:	f7e5                	bnez	a5,ffffffc080204922 <copyinstr+0x6a>
    rw_read_unlock(&vs->lock);
ffffffc08020493c:	854e                	mv	a0,s3
ffffffc08020493e:	263010ef          	jal	ffffffc0802063a0 <rw_read_unlock>
    if (oom)
ffffffc080204942:	f9f44783          	lbu	a5,-97(s0)
ffffffc080204946:	e385                	bnez	a5,ffffffc080204966 <copyinstr+0xae>
    return -1;
  if (for_each_piece(src_uva, max, ACC_READ, str_piece, &s) < 0 || !s.done)
    return -1;
  return s.len;
ffffffc080204948:	0004851b          	sext.w	a0,s1
}
ffffffc08020494c:	70a6                	ld	ra,104(sp)
ffffffc08020494e:	7406                	ld	s0,96(sp)
ffffffc080204950:	64e6                	ld	s1,88(sp)
ffffffc080204952:	6946                	ld	s2,80(sp)
ffffffc080204954:	69a6                	ld	s3,72(sp)
ffffffc080204956:	6a06                	ld	s4,64(sp)
ffffffc080204958:	7ae2                	ld	s5,56(sp)
ffffffc08020495a:	7b42                	ld	s6,48(sp)
ffffffc08020495c:	7ba2                	ld	s7,40(sp)
ffffffc08020495e:	7c02                	ld	s8,32(sp)
ffffffc080204960:	6ce2                	ld	s9,24(sp)
ffffffc080204962:	6165                	add	sp,sp,112
ffffffc080204964:	8082                	ret
      current_kill_oom(uva);
ffffffc080204966:	854a                	mv	a0,s2
ffffffc080204968:	49e010ef          	jal	ffffffc080205e06 <current_kill_oom>
    if (r > 0) /* fn says stop (string end) */
ffffffc08020496c:	bff1                	j	ffffffc080204948 <copyinstr+0x90>
    rw_read_unlock(&vs->lock);
ffffffc08020496e:	854e                	mv	a0,s3
ffffffc080204970:	231010ef          	jal	ffffffc0802063a0 <rw_read_unlock>
    if (oom)
ffffffc080204974:	f9f44783          	lbu	a5,-97(s0)
ffffffc080204978:	e78d                	bnez	a5,ffffffc0802049a2 <copyinstr+0xea>
    n -= len;
ffffffc08020497a:	419c0c33          	sub	s8,s8,s9
    uva += len;
ffffffc08020497e:	9966                	add	s2,s2,s9
  while (n > 0) {
ffffffc080204980:	000c0a63          	beqz	s8,ffffffc080204994 <copyinstr+0xdc>
    s->len++;
ffffffc080204984:	8b26                	mv	s6,s1
ffffffc080204986:	b7b5                	j	ffffffc0802048f2 <copyinstr+0x3a>
    rw_read_unlock(&vs->lock);
ffffffc080204988:	854e                	mv	a0,s3
ffffffc08020498a:	217010ef          	jal	ffffffc0802063a0 <rw_read_unlock>
    if (oom)
ffffffc08020498e:	f9f44783          	lbu	a5,-97(s0)
ffffffc080204992:	e399                	bnez	a5,ffffffc080204998 <copyinstr+0xe0>
    return -1;
ffffffc080204994:	557d                	li	a0,-1
ffffffc080204996:	bf5d                	j	ffffffc08020494c <copyinstr+0x94>
      current_kill_oom(uva);
ffffffc080204998:	854a                	mv	a0,s2
ffffffc08020499a:	46c010ef          	jal	ffffffc080205e06 <current_kill_oom>
    return -1;
ffffffc08020499e:	557d                	li	a0,-1
ffffffc0802049a0:	b775                	j	ffffffc08020494c <copyinstr+0x94>
      current_kill_oom(uva);
ffffffc0802049a2:	854a                	mv	a0,s2
ffffffc0802049a4:	462010ef          	jal	ffffffc080205e06 <current_kill_oom>
    if (r > 0) /* fn says stop (string end) */
ffffffc0802049a8:	bfc9                	j	ffffffc08020497a <copyinstr+0xc2>
    return -1;
ffffffc0802049aa:	557d                	li	a0,-1
}
ffffffc0802049ac:	8082                	ret

ffffffc0802049ae <either_copyout>:

int either_copyout(int user_dst, uint64 dst, const void *src, size_t n) {
ffffffc0802049ae:	711d                	add	sp,sp,-96
ffffffc0802049b0:	e8a2                	sd	s0,80(sp)
ffffffc0802049b2:	e0ca                	sd	s2,64(sp)
ffffffc0802049b4:	fc4e                	sd	s3,56(sp)
ffffffc0802049b6:	f852                	sd	s4,48(sp)
ffffffc0802049b8:	ec86                	sd	ra,88(sp)
ffffffc0802049ba:	e4a6                	sd	s1,72(sp)
ffffffc0802049bc:	f456                	sd	s5,40(sp)
ffffffc0802049be:	f05a                	sd	s6,32(sp)
ffffffc0802049c0:	ec5e                	sd	s7,24(sp)
ffffffc0802049c2:	1080                	add	s0,sp,96
ffffffc0802049c4:	892e                	mv	s2,a1
ffffffc0802049c6:	8a32                	mv	s4,a2
ffffffc0802049c8:	89b6                	mv	s3,a3
  if (user_dst)
ffffffc0802049ca:	e115                	bnez	a0,ffffffc0802049ee <either_copyout+0x40>
    return copyout(dst, src, n);
  memmove((void *)dst, src, n);
ffffffc0802049cc:	8636                	mv	a2,a3
ffffffc0802049ce:	85d2                	mv	a1,s4
ffffffc0802049d0:	854a                	mv	a0,s2
ffffffc0802049d2:	a1eff0ef          	jal	ffffffc080203bf0 <memmove>
  return 0;
ffffffc0802049d6:	4501                	li	a0,0
  return 0;
}
ffffffc0802049d8:	60e6                	ld	ra,88(sp)
ffffffc0802049da:	6446                	ld	s0,80(sp)
ffffffc0802049dc:	64a6                	ld	s1,72(sp)
ffffffc0802049de:	6906                	ld	s2,64(sp)
ffffffc0802049e0:	79e2                	ld	s3,56(sp)
ffffffc0802049e2:	7a42                	ld	s4,48(sp)
ffffffc0802049e4:	7aa2                	ld	s5,40(sp)
ffffffc0802049e6:	7b02                	ld	s6,32(sp)
ffffffc0802049e8:	6be2                	ld	s7,24(sp)
ffffffc0802049ea:	6125                	add	sp,sp,96
ffffffc0802049ec:	8082                	ret
  if (dst_uva + n < dst_uva)
ffffffc0802049ee:	00d587b3          	add	a5,a1,a3
ffffffc0802049f2:	06b7e563          	bltu	a5,a1,ffffffc080204a5c <either_copyout+0xae>
  struct vmspace *vs = current_vm();
ffffffc0802049f6:	3fa010ef          	jal	ffffffc080205df0 <current_vm>
    uint64 off = uva & (PGSIZE - 1);
ffffffc0802049fa:	6b05                	lui	s6,0x1
  struct vmspace *vs = current_vm();
ffffffc0802049fc:	8aaa                	mv	s5,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc0802049fe:	fffb0b93          	add	s7,s6,-1 # fff <KERNEL_PA-0x801ff001>
  while (n > 0) {
ffffffc080204a02:	02099563          	bnez	s3,ffffffc080204a2c <either_copyout+0x7e>
ffffffc080204a06:	bfc1                	j	ffffffc0802049d6 <either_copyout+0x28>
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204a08:	0099f363          	bgeu	s3,s1,ffffffc080204a0e <either_copyout+0x60>
ffffffc080204a0c:	84ce                	mv	s1,s3
  memcpy(kva, *src, len);
ffffffc080204a0e:	8626                	mv	a2,s1
ffffffc080204a10:	95cff0ef          	jal	ffffffc080203b6c <memcpy>
    rw_read_unlock(&vs->lock);
ffffffc080204a14:	8556                	mv	a0,s5
ffffffc080204a16:	18b010ef          	jal	ffffffc0802063a0 <rw_read_unlock>
    if (oom)
ffffffc080204a1a:	faf44783          	lbu	a5,-81(s0)
  *src += len;
ffffffc080204a1e:	9a26                	add	s4,s4,s1
    if (oom)
ffffffc080204a20:	e7a9                	bnez	a5,ffffffc080204a6a <either_copyout+0xbc>
    n -= len;
ffffffc080204a22:	409989b3          	sub	s3,s3,s1
    uva += len;
ffffffc080204a26:	9926                	add	s2,s2,s1
  while (n > 0) {
ffffffc080204a28:	fa0987e3          	beqz	s3,ffffffc0802049d6 <either_copyout+0x28>
    rw_read_lock(&vs->lock);
ffffffc080204a2c:	8556                	mv	a0,s5
ffffffc080204a2e:	129010ef          	jal	ffffffc080206356 <rw_read_lock>
    char *page = vm_user_page(vs, uva, acc, &oom);
ffffffc080204a32:	85ca                	mv	a1,s2
ffffffc080204a34:	faf40693          	add	a3,s0,-81
ffffffc080204a38:	4605                	li	a2,1
ffffffc080204a3a:	8556                	mv	a0,s5
ffffffc080204a3c:	89fff0ef          	jal	ffffffc0802042da <vm_user_page>
    uint64 off = uva & (PGSIZE - 1);
ffffffc080204a40:	017974b3          	and	s1,s2,s7
    char *page = vm_user_page(vs, uva, acc, &oom);
ffffffc080204a44:	87aa                	mv	a5,a0
  memcpy(kva, *src, len);
ffffffc080204a46:	85d2                	mv	a1,s4
ffffffc080204a48:	9526                	add	a0,a0,s1
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204a4a:	409b04b3          	sub	s1,s6,s1
    int r = page ? fn(page + off, len, arg) : -1;
ffffffc080204a4e:	ffcd                	bnez	a5,ffffffc080204a08 <either_copyout+0x5a>
    rw_read_unlock(&vs->lock);
ffffffc080204a50:	8556                	mv	a0,s5
ffffffc080204a52:	14f010ef          	jal	ffffffc0802063a0 <rw_read_unlock>
    if (oom)
ffffffc080204a56:	faf44783          	lbu	a5,-81(s0)
ffffffc080204a5a:	e399                	bnez	a5,ffffffc080204a60 <either_copyout+0xb2>
    return -1;
ffffffc080204a5c:	557d                	li	a0,-1
ffffffc080204a5e:	bfad                	j	ffffffc0802049d8 <either_copyout+0x2a>
      current_kill_oom(uva);
ffffffc080204a60:	854a                	mv	a0,s2
ffffffc080204a62:	3a4010ef          	jal	ffffffc080205e06 <current_kill_oom>
    return -1;
ffffffc080204a66:	557d                	li	a0,-1
ffffffc080204a68:	bf85                	j	ffffffc0802049d8 <either_copyout+0x2a>
      current_kill_oom(uva);
ffffffc080204a6a:	854a                	mv	a0,s2
ffffffc080204a6c:	39a010ef          	jal	ffffffc080205e06 <current_kill_oom>
    if (r < 0)
ffffffc080204a70:	bf4d                	j	ffffffc080204a22 <either_copyout+0x74>

ffffffc080204a72 <either_copyin>:

int either_copyin(void *dst, int user_src, uint64 src, size_t n) {
ffffffc080204a72:	711d                	add	sp,sp,-96
ffffffc080204a74:	e8a2                	sd	s0,80(sp)
ffffffc080204a76:	e0ca                	sd	s2,64(sp)
ffffffc080204a78:	fc4e                	sd	s3,56(sp)
ffffffc080204a7a:	ec86                	sd	ra,88(sp)
ffffffc080204a7c:	e4a6                	sd	s1,72(sp)
ffffffc080204a7e:	f852                	sd	s4,48(sp)
ffffffc080204a80:	f456                	sd	s5,40(sp)
ffffffc080204a82:	f05a                	sd	s6,32(sp)
ffffffc080204a84:	ec5e                	sd	s7,24(sp)
ffffffc080204a86:	1080                	add	s0,sp,96
ffffffc080204a88:	8932                	mv	s2,a2
ffffffc080204a8a:	89b6                	mv	s3,a3
  if (user_src)
ffffffc080204a8c:	e18d                	bnez	a1,ffffffc080204aae <either_copyin+0x3c>
    return copyin(dst, src, n);
  memmove(dst, (void *)src, n);
ffffffc080204a8e:	8636                	mv	a2,a3
ffffffc080204a90:	85ca                	mv	a1,s2
ffffffc080204a92:	95eff0ef          	jal	ffffffc080203bf0 <memmove>
  return 0;
ffffffc080204a96:	4501                	li	a0,0
  return 0;
}
ffffffc080204a98:	60e6                	ld	ra,88(sp)
ffffffc080204a9a:	6446                	ld	s0,80(sp)
ffffffc080204a9c:	64a6                	ld	s1,72(sp)
ffffffc080204a9e:	6906                	ld	s2,64(sp)
ffffffc080204aa0:	79e2                	ld	s3,56(sp)
ffffffc080204aa2:	7a42                	ld	s4,48(sp)
ffffffc080204aa4:	7aa2                	ld	s5,40(sp)
ffffffc080204aa6:	7b02                	ld	s6,32(sp)
ffffffc080204aa8:	6be2                	ld	s7,24(sp)
ffffffc080204aaa:	6125                	add	sp,sp,96
ffffffc080204aac:	8082                	ret
  if (src_uva + n < src_uva)
ffffffc080204aae:	00d607b3          	add	a5,a2,a3
ffffffc080204ab2:	06c7e763          	bltu	a5,a2,ffffffc080204b20 <either_copyin+0xae>
ffffffc080204ab6:	8a2a                	mv	s4,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc080204ab8:	6b05                	lui	s6,0x1
  struct vmspace *vs = current_vm();
ffffffc080204aba:	336010ef          	jal	ffffffc080205df0 <current_vm>
ffffffc080204abe:	8aaa                	mv	s5,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc080204ac0:	fffb0b93          	add	s7,s6,-1 # fff <KERNEL_PA-0x801ff001>
  while (n > 0) {
ffffffc080204ac4:	02099563          	bnez	s3,ffffffc080204aee <either_copyin+0x7c>
ffffffc080204ac8:	b7f9                	j	ffffffc080204a96 <either_copyin+0x24>
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204aca:	0099f363          	bgeu	s3,s1,ffffffc080204ad0 <either_copyin+0x5e>
ffffffc080204ace:	84ce                	mv	s1,s3
  memcpy(*dst, kva, len);
ffffffc080204ad0:	8626                	mv	a2,s1
ffffffc080204ad2:	89aff0ef          	jal	ffffffc080203b6c <memcpy>
    rw_read_unlock(&vs->lock);
ffffffc080204ad6:	8556                	mv	a0,s5
ffffffc080204ad8:	0c9010ef          	jal	ffffffc0802063a0 <rw_read_unlock>
    if (oom)
ffffffc080204adc:	faf44783          	lbu	a5,-81(s0)
  *dst += len;
ffffffc080204ae0:	9a26                	add	s4,s4,s1
    if (oom)
ffffffc080204ae2:	e7b1                	bnez	a5,ffffffc080204b2e <either_copyin+0xbc>
    n -= len;
ffffffc080204ae4:	409989b3          	sub	s3,s3,s1
    uva += len;
ffffffc080204ae8:	9926                	add	s2,s2,s1
  while (n > 0) {
ffffffc080204aea:	fa0986e3          	beqz	s3,ffffffc080204a96 <either_copyin+0x24>
    rw_read_lock(&vs->lock);
ffffffc080204aee:	8556                	mv	a0,s5
ffffffc080204af0:	067010ef          	jal	ffffffc080206356 <rw_read_lock>
    char *page = vm_user_page(vs, uva, acc, &oom);
ffffffc080204af4:	85ca                	mv	a1,s2
ffffffc080204af6:	faf40693          	add	a3,s0,-81
ffffffc080204afa:	4601                	li	a2,0
ffffffc080204afc:	8556                	mv	a0,s5
ffffffc080204afe:	fdcff0ef          	jal	ffffffc0802042da <vm_user_page>
ffffffc080204b02:	87aa                	mv	a5,a0
    uint64 off = uva & (PGSIZE - 1);
ffffffc080204b04:	017974b3          	and	s1,s2,s7
  memcpy(*dst, kva, len);
ffffffc080204b08:	009785b3          	add	a1,a5,s1
ffffffc080204b0c:	8552                	mv	a0,s4
    size_t len = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204b0e:	409b04b3          	sub	s1,s6,s1
    int r = page ? fn(page + off, len, arg) : -1;
ffffffc080204b12:	ffc5                	bnez	a5,ffffffc080204aca <either_copyin+0x58>
    rw_read_unlock(&vs->lock);
ffffffc080204b14:	8556                	mv	a0,s5
ffffffc080204b16:	08b010ef          	jal	ffffffc0802063a0 <rw_read_unlock>
    if (oom)
ffffffc080204b1a:	faf44783          	lbu	a5,-81(s0)
ffffffc080204b1e:	e399                	bnez	a5,ffffffc080204b24 <either_copyin+0xb2>
    return -1;
ffffffc080204b20:	557d                	li	a0,-1
ffffffc080204b22:	bf9d                	j	ffffffc080204a98 <either_copyin+0x26>
      current_kill_oom(uva);
ffffffc080204b24:	854a                	mv	a0,s2
ffffffc080204b26:	2e0010ef          	jal	ffffffc080205e06 <current_kill_oom>
    return -1;
ffffffc080204b2a:	557d                	li	a0,-1
ffffffc080204b2c:	b7b5                	j	ffffffc080204a98 <either_copyin+0x26>
      current_kill_oom(uva);
ffffffc080204b2e:	854a                	mv	a0,s2
ffffffc080204b30:	2d6010ef          	jal	ffffffc080205e06 <current_kill_oom>
    if (r < 0)
ffffffc080204b34:	bf45                	j	ffffffc080204ae4 <either_copyin+0x72>

ffffffc080204b36 <shootdown_vs>:
    n -= chunk;
  }
  return 0;
}

static void shootdown_vs(void *arg) {
ffffffc080204b36:	1141                	add	sp,sp,-16
ffffffc080204b38:	e422                	sd	s0,8(sp)
ffffffc080204b3a:	0800                	add	s0,sp,16
  struct vmspace *vs = arg;
  tlb_shootdown(__atomic_load_n(&vs->active, __ATOMIC_ACQUIRE), 0, TLB_FLUSH_EVERYTHING);
ffffffc080204b3c:	7d68                	ld	a0,248(a0)
ffffffc080204b3e:	0ff0000f          	fence
}
ffffffc080204b42:	6422                	ld	s0,8(sp)
  tlb_shootdown(__atomic_load_n(&vs->active, __ATOMIC_ACQUIRE), 0, TLB_FLUSH_EVERYTHING);
ffffffc080204b44:	567d                	li	a2,-1
ffffffc080204b46:	4581                	li	a1,0
}
ffffffc080204b48:	0141                	add	sp,sp,16
  tlb_shootdown(__atomic_load_n(&vs->active, __ATOMIC_ACQUIRE), 0, TLB_FLUSH_EVERYTHING);
ffffffc080204b4a:	828fc06f          	j	ffffffc080200b72 <tlb_shootdown>

ffffffc080204b4e <vm_fork_mode>:
int vm_fork_mode(void) { return __atomic_load_n(&fork_mode, __ATOMIC_RELAXED); }
ffffffc080204b4e:	1141                	add	sp,sp,-16
ffffffc080204b50:	e422                	sd	s0,8(sp)
ffffffc080204b52:	0800                	add	s0,sp,16
ffffffc080204b54:	00275517          	auipc	a0,0x275
ffffffc080204b58:	4ac52503          	lw	a0,1196(a0) # ffffffc08047a000 <fork_mode>
ffffffc080204b5c:	6422                	ld	s0,8(sp)
ffffffc080204b5e:	0141                	add	sp,sp,16
ffffffc080204b60:	8082                	ret

ffffffc080204b62 <vm_set_fork_mode>:
int vm_set_fork_mode(int mode) {
ffffffc080204b62:	1141                	add	sp,sp,-16
ffffffc080204b64:	e422                	sd	s0,8(sp)
ffffffc080204b66:	0800                	add	s0,sp,16
  return __atomic_exchange_n(&fork_mode, mode, __ATOMIC_RELAXED);
ffffffc080204b68:	00275797          	auipc	a5,0x275
ffffffc080204b6c:	49878793          	add	a5,a5,1176 # ffffffc08047a000 <fork_mode>
ffffffc080204b70:	08a7a52f          	amoswap.w	a0,a0,(a5)
}
ffffffc080204b74:	6422                	ld	s0,8(sp)
ffffffc080204b76:	2501                	sext.w	a0,a0
ffffffc080204b78:	0141                	add	sp,sp,16
ffffffc080204b7a:	8082                	ret

ffffffc080204b7c <vm_create>:
struct vmspace *vm_create(void) {
ffffffc080204b7c:	1101                	add	sp,sp,-32
ffffffc080204b7e:	e822                	sd	s0,16(sp)
ffffffc080204b80:	ec06                	sd	ra,24(sp)
ffffffc080204b82:	e426                	sd	s1,8(sp)
ffffffc080204b84:	1000                	add	s0,sp,32
  struct vmspace *vs = page_alloc_zeroed();
ffffffc080204b86:	929ff0ef          	jal	ffffffc0802044ae <page_alloc_zeroed>
  if (!vs)
ffffffc080204b8a:	cd05                	beqz	a0,ffffffc080204bc2 <vm_create+0x46>
ffffffc080204b8c:	84aa                	mv	s1,a0
  vs->pt = pmap_create();
ffffffc080204b8e:	f52fb0ef          	jal	ffffffc0802002e0 <pmap_create>
ffffffc080204b92:	e888                	sd	a0,16(s1)
  if (!vs->pt) {
ffffffc080204b94:	c505                	beqz	a0,ffffffc080204bbc <vm_create+0x40>
  rw_init(&vs->lock, "vmspace");
ffffffc080204b96:	00004597          	auipc	a1,0x4
ffffffc080204b9a:	e2258593          	add	a1,a1,-478 # ffffffc0802089b8 <__func__.0+0x3b8>
ffffffc080204b9e:	8526                	mv	a0,s1
ffffffc080204ba0:	7a4010ef          	jal	ffffffc080206344 <rw_init>
  vs->stack_low = USTACK_TOP - USTACK_LIMIT;
ffffffc080204ba4:	040007b7          	lui	a5,0x4000
ffffffc080204ba8:	eff78793          	add	a5,a5,-257 # 3fffeff <KERNEL_PA-0x7c200101>
ffffffc080204bac:	07b2                	sll	a5,a5,0xc
ffffffc080204bae:	f8fc                	sd	a5,240(s1)
}
ffffffc080204bb0:	60e2                	ld	ra,24(sp)
ffffffc080204bb2:	6442                	ld	s0,16(sp)
ffffffc080204bb4:	8526                	mv	a0,s1
ffffffc080204bb6:	64a2                	ld	s1,8(sp)
ffffffc080204bb8:	6105                	add	sp,sp,32
ffffffc080204bba:	8082                	ret
    page_free(vs);
ffffffc080204bbc:	8526                	mv	a0,s1
ffffffc080204bbe:	917ff0ef          	jal	ffffffc0802044d4 <page_free>
    return NULL;
ffffffc080204bc2:	4481                	li	s1,0
ffffffc080204bc4:	b7f5                	j	ffffffc080204bb0 <vm_create+0x34>

ffffffc080204bc6 <vm_destroy>:
void vm_destroy(struct vmspace *vs) {
ffffffc080204bc6:	1101                	add	sp,sp,-32
ffffffc080204bc8:	e822                	sd	s0,16(sp)
ffffffc080204bca:	e426                	sd	s1,8(sp)
ffffffc080204bcc:	e04a                	sd	s2,0(sp)
ffffffc080204bce:	ec06                	sd	ra,24(sp)
ffffffc080204bd0:	1000                	add	s0,sp,32
ffffffc080204bd2:	892a                	mv	s2,a0
  while (__atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) != 0)
ffffffc080204bd4:	0f850493          	add	s1,a0,248
ffffffc080204bd8:	a019                	j	ffffffc080204bde <vm_destroy+0x18>
    tlb_poll();
ffffffc080204bda:	ee1fb0ef          	jal	ffffffc080200aba <tlb_poll>
  while (__atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) != 0)
ffffffc080204bde:	609c                	ld	a5,0(s1)
ffffffc080204be0:	0ff0000f          	fence
ffffffc080204be4:	fbfd                	bnez	a5,ffffffc080204bda <vm_destroy+0x14>
  pmap_destroy(vs->pt);
ffffffc080204be6:	01093503          	ld	a0,16(s2)
ffffffc080204bea:	865fb0ef          	jal	ffffffc08020044e <pmap_destroy>
}
ffffffc080204bee:	6442                	ld	s0,16(sp)
ffffffc080204bf0:	60e2                	ld	ra,24(sp)
ffffffc080204bf2:	64a2                	ld	s1,8(sp)
  page_free(vs);
ffffffc080204bf4:	854a                	mv	a0,s2
}
ffffffc080204bf6:	6902                	ld	s2,0(sp)
ffffffc080204bf8:	6105                	add	sp,sp,32
  page_free(vs);
ffffffc080204bfa:	8dbff06f          	j	ffffffc0802044d4 <page_free>

ffffffc080204bfe <vm_add_segment>:
  if (len == 0)
ffffffc080204bfe:	10060963          	beqz	a2,ffffffc080204d10 <vm_add_segment+0x112>
int vm_add_segment(struct vmspace *vs, uint64 va, uint64 len, int prot) {
ffffffc080204c02:	715d                	add	sp,sp,-80
ffffffc080204c04:	e0a2                	sd	s0,64(sp)
ffffffc080204c06:	f44e                	sd	s3,40(sp)
ffffffc080204c08:	e486                	sd	ra,72(sp)
ffffffc080204c0a:	fc26                	sd	s1,56(sp)
ffffffc080204c0c:	f84a                	sd	s2,48(sp)
ffffffc080204c0e:	f052                	sd	s4,32(sp)
ffffffc080204c10:	ec56                	sd	s5,24(sp)
ffffffc080204c12:	e85a                	sd	s6,16(sp)
ffffffc080204c14:	e45e                	sd	s7,8(sp)
ffffffc080204c16:	0880                	add	s0,sp,80
ffffffc080204c18:	00c589b3          	add	s3,a1,a2
ffffffc080204c1c:	0eb9e863          	bltu	s3,a1,ffffffc080204d0c <vm_add_segment+0x10e>
static uint64 heap_limit(struct vmspace *vs) { return vs->stack_low - PGSIZE; }
ffffffc080204c20:	7978                	ld	a4,240(a0)
ffffffc080204c22:	77fd                	lui	a5,0xfffff
ffffffc080204c24:	8a2a                	mv	s4,a0
ffffffc080204c26:	97ba                	add	a5,a5,a4
  if (end < va || end > heap_limit(vs) || vs->nseg == VM_MAX_SEGS)
ffffffc080204c28:	0f37e263          	bltu	a5,s3,ffffffc080204d0c <vm_add_segment+0x10e>
ffffffc080204c2c:	0d852503          	lw	a0,216(a0)
ffffffc080204c30:	47a1                	li	a5,8
ffffffc080204c32:	0cf50d63          	beq	a0,a5,ffffffc080204d0c <vm_add_segment+0x10e>
ffffffc080204c36:	8ab6                	mv	s5,a3
  for (int i = 0; i < vs->nseg; i++)
ffffffc080204c38:	00151613          	sll	a2,a0,0x1
ffffffc080204c3c:	02a05163          	blez	a0,ffffffc080204c5e <vm_add_segment+0x60>
ffffffc080204c40:	00a606b3          	add	a3,a2,a0
ffffffc080204c44:	018a0793          	add	a5,s4,24
ffffffc080204c48:	068e                	sll	a3,a3,0x3
ffffffc080204c4a:	96be                	add	a3,a3,a5
    if (va < vs->seg[i].end && vs->seg[i].start < end)
ffffffc080204c4c:	6798                	ld	a4,8(a5)
ffffffc080204c4e:	00e5f563          	bgeu	a1,a4,ffffffc080204c58 <vm_add_segment+0x5a>
ffffffc080204c52:	6398                	ld	a4,0(a5)
ffffffc080204c54:	0b376c63          	bltu	a4,s3,ffffffc080204d0c <vm_add_segment+0x10e>
  for (int i = 0; i < vs->nseg; i++)
ffffffc080204c58:	07e1                	add	a5,a5,24 # fffffffffffff018 <kernel_end+0x3f7f940018>
ffffffc080204c5a:	fed799e3          	bne	a5,a3,ffffffc080204c4c <vm_add_segment+0x4e>
  vs->seg[vs->nseg++] = (struct vm_seg){va, end, prot};
ffffffc080204c5e:	00a607b3          	add	a5,a2,a0
ffffffc080204c62:	078e                	sll	a5,a5,0x3
ffffffc080204c64:	2505                	addw	a0,a0,1
ffffffc080204c66:	97d2                	add	a5,a5,s4
ffffffc080204c68:	0caa2c23          	sw	a0,216(s4)
ffffffc080204c6c:	ef8c                	sd	a1,24(a5)
ffffffc080204c6e:	0337b023          	sd	s3,32(a5)
ffffffc080204c72:	0357a423          	sw	s5,40(a5)
  for (uint64 a = PGROUNDDOWN(va); a < end; a += PGSIZE) {
ffffffc080204c76:	77fd                	lui	a5,0xfffff
ffffffc080204c78:	00f5f4b3          	and	s1,a1,a5
ffffffc080204c7c:	0534fa63          	bgeu	s1,s3,ffffffc080204cd0 <vm_add_segment+0xd2>
    if (pmap_enter(vs->pt, a, V2P(page), prot) < 0) {
ffffffc080204c80:	4b05                	li	s6,1
ffffffc080204c82:	1b1a                	sll	s6,s6,0x26
  for (uint64 a = PGROUNDDOWN(va); a < end; a += PGSIZE) {
ffffffc080204c84:	6b85                	lui	s7,0x1
ffffffc080204c86:	a015                	j	ffffffc080204caa <vm_add_segment+0xac>
    void *page = page_alloc_zeroed();
ffffffc080204c88:	827ff0ef          	jal	ffffffc0802044ae <page_alloc_zeroed>
    if (pmap_enter(vs->pt, a, V2P(page), prot) < 0) {
ffffffc080204c8c:	85a6                	mv	a1,s1
ffffffc080204c8e:	86d6                	mv	a3,s5
    void *page = page_alloc_zeroed();
ffffffc080204c90:	892a                	mv	s2,a0
    if (pmap_enter(vs->pt, a, V2P(page), prot) < 0) {
ffffffc080204c92:	01650633          	add	a2,a0,s6
    if (!page)
ffffffc080204c96:	c93d                	beqz	a0,ffffffc080204d0c <vm_add_segment+0x10e>
    if (pmap_enter(vs->pt, a, V2P(page), prot) < 0) {
ffffffc080204c98:	010a3503          	ld	a0,16(s4)
ffffffc080204c9c:	efefb0ef          	jal	ffffffc08020039a <pmap_enter>
ffffffc080204ca0:	06054363          	bltz	a0,ffffffc080204d06 <vm_add_segment+0x108>
  for (uint64 a = PGROUNDDOWN(va); a < end; a += PGSIZE) {
ffffffc080204ca4:	94de                	add	s1,s1,s7
ffffffc080204ca6:	0334f563          	bgeu	s1,s3,ffffffc080204cd0 <vm_add_segment+0xd2>
    pte_t *p = pmap_walk(vs->pt, a, false);
ffffffc080204caa:	010a3503          	ld	a0,16(s4)
ffffffc080204cae:	85a6                	mv	a1,s1
ffffffc080204cb0:	4601                	li	a2,0
ffffffc080204cb2:	e60fb0ef          	jal	ffffffc080200312 <pmap_walk>
    if (p && pte_valid(*p)) { /* shares a page with an earlier segment */
ffffffc080204cb6:	d969                	beqz	a0,ffffffc080204c88 <vm_add_segment+0x8a>
static inline bool pte_valid(pte_t pte) { return (pte & PTE_V) != 0; }
ffffffc080204cb8:	611c                	ld	a5,0(a0)
ffffffc080204cba:	8b85                	and	a5,a5,1
ffffffc080204cbc:	d7f1                	beqz	a5,ffffffc080204c88 <vm_add_segment+0x8a>
      pmap_add_prot(vs->pt, a, prot);
ffffffc080204cbe:	010a3503          	ld	a0,16(s4)
ffffffc080204cc2:	85a6                	mv	a1,s1
ffffffc080204cc4:	8656                	mv	a2,s5
  for (uint64 a = PGROUNDDOWN(va); a < end; a += PGSIZE) {
ffffffc080204cc6:	94de                	add	s1,s1,s7
      pmap_add_prot(vs->pt, a, prot);
ffffffc080204cc8:	f30fb0ef          	jal	ffffffc0802003f8 <pmap_add_prot>
  for (uint64 a = PGROUNDDOWN(va); a < end; a += PGSIZE) {
ffffffc080204ccc:	fd34efe3          	bltu	s1,s3,ffffffc080204caa <vm_add_segment+0xac>
  if (PGROUNDUP(end) > vs->heap_start)
ffffffc080204cd0:	6785                	lui	a5,0x1
ffffffc080204cd2:	17fd                	add	a5,a5,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc080204cd4:	0e0a3703          	ld	a4,224(s4)
ffffffc080204cd8:	99be                	add	s3,s3,a5
ffffffc080204cda:	77fd                	lui	a5,0xfffff
ffffffc080204cdc:	00f9f9b3          	and	s3,s3,a5
ffffffc080204ce0:	01376e63          	bltu	a4,s3,ffffffc080204cfc <vm_add_segment+0xfe>
    return 0;
ffffffc080204ce4:	4501                	li	a0,0
}
ffffffc080204ce6:	60a6                	ld	ra,72(sp)
ffffffc080204ce8:	6406                	ld	s0,64(sp)
ffffffc080204cea:	74e2                	ld	s1,56(sp)
ffffffc080204cec:	7942                	ld	s2,48(sp)
ffffffc080204cee:	79a2                	ld	s3,40(sp)
ffffffc080204cf0:	7a02                	ld	s4,32(sp)
ffffffc080204cf2:	6ae2                	ld	s5,24(sp)
ffffffc080204cf4:	6b42                	ld	s6,16(sp)
ffffffc080204cf6:	6ba2                	ld	s7,8(sp)
ffffffc080204cf8:	6161                	add	sp,sp,80
ffffffc080204cfa:	8082                	ret
    vs->heap_start = vs->brk = PGROUNDUP(end);
ffffffc080204cfc:	0f3a3423          	sd	s3,232(s4)
ffffffc080204d00:	0f3a3023          	sd	s3,224(s4)
ffffffc080204d04:	b7c5                	j	ffffffc080204ce4 <vm_add_segment+0xe6>
      page_free(page);
ffffffc080204d06:	854a                	mv	a0,s2
ffffffc080204d08:	fccff0ef          	jal	ffffffc0802044d4 <page_free>
    return -1;
ffffffc080204d0c:	557d                	li	a0,-1
ffffffc080204d0e:	bfe1                	j	ffffffc080204ce6 <vm_add_segment+0xe8>
    return 0;
ffffffc080204d10:	4501                	li	a0,0
}
ffffffc080204d12:	8082                	ret

ffffffc080204d14 <vm_write>:
  while (n > 0) {
ffffffc080204d14:	cee1                	beqz	a3,ffffffc080204dec <vm_write+0xd8>
int vm_write(struct vmspace *vs, uint64 va, const void *src, uint64 n) {
ffffffc080204d16:	7159                	add	sp,sp,-112
ffffffc080204d18:	f0a2                	sd	s0,96(sp)
ffffffc080204d1a:	eca6                	sd	s1,88(sp)
ffffffc080204d1c:	e8ca                	sd	s2,80(sp)
ffffffc080204d1e:	e4ce                	sd	s3,72(sp)
ffffffc080204d20:	e0d2                	sd	s4,64(sp)
ffffffc080204d22:	fc56                	sd	s5,56(sp)
ffffffc080204d24:	f85a                	sd	s6,48(sp)
ffffffc080204d26:	f45e                	sd	s7,40(sp)
ffffffc080204d28:	ec66                	sd	s9,24(sp)
ffffffc080204d2a:	e86a                	sd	s10,16(sp)
    pte_t *p = va < USER_TOP ? pmap_walk(vs->pt, va, false) : NULL;
ffffffc080204d2c:	597d                	li	s2,-1
int vm_write(struct vmspace *vs, uint64 va, const void *src, uint64 n) {
ffffffc080204d2e:	f486                	sd	ra,104(sp)
ffffffc080204d30:	f062                	sd	s8,32(sp)
ffffffc080204d32:	1880                	add	s0,sp,112
    uint64 off = va & (PGSIZE - 1), chunk = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204d34:	6a05                	lui	s4,0x1
static inline uint64 pte_pa(pte_t pte) { return PTE2PA(pte); }
ffffffc080204d36:	fff009b7          	lui	s3,0xfff00
    pte_t *p = va < USER_TOP ? pmap_walk(vs->pt, va, false) : NULL;
ffffffc080204d3a:	01a95b13          	srl	s6,s2,0x1a
int vm_write(struct vmspace *vs, uint64 va, const void *src, uint64 n) {
ffffffc080204d3e:	8d36                	mv	s10,a3
ffffffc080204d40:	8aaa                	mv	s5,a0
ffffffc080204d42:	8cae                	mv	s9,a1
ffffffc080204d44:	84b2                	mv	s1,a2
    uint64 off = va & (PGSIZE - 1), chunk = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204d46:	fffa0b93          	add	s7,s4,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc080204d4a:	0089d993          	srl	s3,s3,0x8
    memcpy((char *)P2V(pte_pa(pte)) + off, src, chunk);
ffffffc080204d4e:	191a                	sll	s2,s2,0x26
    pte_t *p = va < USER_TOP ? pmap_walk(vs->pt, va, false) : NULL;
ffffffc080204d50:	079b7663          	bgeu	s6,s9,ffffffc080204dbc <vm_write+0xa8>
ffffffc080204d54:	f8043c23          	sd	zero,-104(s0)
      if (vm_resolve(vs, va, ACC_WRITE, &p) != FAULT_OK)
ffffffc080204d58:	85e6                	mv	a1,s9
ffffffc080204d5a:	f9840693          	add	a3,s0,-104
ffffffc080204d5e:	4605                	li	a2,1
ffffffc080204d60:	8556                	mv	a0,s5
ffffffc080204d62:	cd6ff0ef          	jal	ffffffc080204238 <vm_resolve>
ffffffc080204d66:	2501                	sext.w	a0,a0
ffffffc080204d68:	e141                	bnez	a0,ffffffc080204de8 <vm_write+0xd4>
static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc080204d6a:	f9843783          	ld	a5,-104(s0)
ffffffc080204d6e:	639c                	ld	a5,0(a5)
static inline uint64 pte_pa(pte_t pte) { return PTE2PA(pte); }
ffffffc080204d70:	00279513          	sll	a0,a5,0x2
    uint64 off = va & (PGSIZE - 1), chunk = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204d74:	017cf733          	and	a4,s9,s7
ffffffc080204d78:	01357533          	and	a0,a0,s3
    memcpy((char *)P2V(pte_pa(pte)) + off, src, chunk);
ffffffc080204d7c:	8d59                	or	a0,a0,a4
    uint64 off = va & (PGSIZE - 1), chunk = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204d7e:	40ea0c33          	sub	s8,s4,a4
    memcpy((char *)P2V(pte_pa(pte)) + off, src, chunk);
ffffffc080204d82:	85a6                	mv	a1,s1
ffffffc080204d84:	954a                	add	a0,a0,s2
    uint64 off = va & (PGSIZE - 1), chunk = PGSIZE - off < n ? PGSIZE - off : n;
ffffffc080204d86:	018d7363          	bgeu	s10,s8,ffffffc080204d8c <vm_write+0x78>
ffffffc080204d8a:	8c6a                	mv	s8,s10
    memcpy((char *)P2V(pte_pa(pte)) + off, src, chunk);
ffffffc080204d8c:	8662                	mv	a2,s8
    n -= chunk;
ffffffc080204d8e:	418d0d33          	sub	s10,s10,s8
    memcpy((char *)P2V(pte_pa(pte)) + off, src, chunk);
ffffffc080204d92:	ddbfe0ef          	jal	ffffffc080203b6c <memcpy>
    va += chunk;
ffffffc080204d96:	9ce2                	add	s9,s9,s8
    src = (const char *)src + chunk;
ffffffc080204d98:	94e2                	add	s1,s1,s8
  while (n > 0) {
ffffffc080204d9a:	fa0d1be3          	bnez	s10,ffffffc080204d50 <vm_write+0x3c>
  return 0;
ffffffc080204d9e:	4501                	li	a0,0
}
ffffffc080204da0:	70a6                	ld	ra,104(sp)
ffffffc080204da2:	7406                	ld	s0,96(sp)
ffffffc080204da4:	64e6                	ld	s1,88(sp)
ffffffc080204da6:	6946                	ld	s2,80(sp)
ffffffc080204da8:	69a6                	ld	s3,72(sp)
ffffffc080204daa:	6a06                	ld	s4,64(sp)
ffffffc080204dac:	7ae2                	ld	s5,56(sp)
ffffffc080204dae:	7b42                	ld	s6,48(sp)
ffffffc080204db0:	7ba2                	ld	s7,40(sp)
ffffffc080204db2:	7c02                	ld	s8,32(sp)
ffffffc080204db4:	6ce2                	ld	s9,24(sp)
ffffffc080204db6:	6d42                	ld	s10,16(sp)
ffffffc080204db8:	6165                	add	sp,sp,112
ffffffc080204dba:	8082                	ret
    pte_t *p = va < USER_TOP ? pmap_walk(vs->pt, va, false) : NULL;
ffffffc080204dbc:	010ab503          	ld	a0,16(s5)
ffffffc080204dc0:	85e6                	mv	a1,s9
ffffffc080204dc2:	4601                	li	a2,0
ffffffc080204dc4:	d4efb0ef          	jal	ffffffc080200312 <pmap_walk>
ffffffc080204dc8:	f8a43c23          	sd	a0,-104(s0)
    pte_t pte = p ? pte_load(p) : 0;
ffffffc080204dcc:	d551                	beqz	a0,ffffffc080204d58 <vm_write+0x44>
static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc080204dce:	611c                	ld	a5,0(a0)
    if (!pte_valid(pte)) {
ffffffc080204dd0:	0017f713          	and	a4,a5,1
ffffffc080204dd4:	ff51                	bnez	a4,ffffffc080204d70 <vm_write+0x5c>
      if (vm_resolve(vs, va, ACC_WRITE, &p) != FAULT_OK)
ffffffc080204dd6:	85e6                	mv	a1,s9
ffffffc080204dd8:	f9840693          	add	a3,s0,-104
ffffffc080204ddc:	4605                	li	a2,1
ffffffc080204dde:	8556                	mv	a0,s5
ffffffc080204de0:	c58ff0ef          	jal	ffffffc080204238 <vm_resolve>
ffffffc080204de4:	2501                	sext.w	a0,a0
ffffffc080204de6:	d151                	beqz	a0,ffffffc080204d6a <vm_write+0x56>
        return -1;
ffffffc080204de8:	557d                	li	a0,-1
ffffffc080204dea:	bf5d                	j	ffffffc080204da0 <vm_write+0x8c>
  return 0;
ffffffc080204dec:	4501                	li	a0,0
}
ffffffc080204dee:	8082                	ret

ffffffc080204df0 <vm_sbrk>:
    }
  }
  return 0;
}

int64 vm_sbrk(struct vmspace *vs, int64 n) {
ffffffc080204df0:	7159                	add	sp,sp,-112
ffffffc080204df2:	f0a2                	sd	s0,96(sp)
ffffffc080204df4:	eca6                	sd	s1,88(sp)
ffffffc080204df6:	e4ce                	sd	s3,72(sp)
ffffffc080204df8:	e0d2                	sd	s4,64(sp)
ffffffc080204dfa:	fc56                	sd	s5,56(sp)
ffffffc080204dfc:	f45e                	sd	s7,40(sp)
ffffffc080204dfe:	f486                	sd	ra,104(sp)
ffffffc080204e00:	e8ca                	sd	s2,80(sp)
ffffffc080204e02:	f85a                	sd	s6,48(sp)
ffffffc080204e04:	f062                	sd	s8,32(sp)
ffffffc080204e06:	ec66                	sd	s9,24(sp)
ffffffc080204e08:	1880                	add	s0,sp,112
ffffffc080204e0a:	89aa                	mv	s3,a0
ffffffc080204e0c:	84ae                	mv	s1,a1
  rw_write_lock(&vs->lock);
ffffffc080204e0e:	5b8010ef          	jal	ffffffc0802063c6 <rw_write_lock>
  uint64 old = vs->brk, new = old + n;
ffffffc080204e12:	0e89ba83          	ld	s5,232(s3) # fffffffffff000e8 <kernel_end+0x3f7f8410e8>
ffffffc080204e16:	01548a33          	add	s4,s1,s5
ffffffc080204e1a:	009a37b3          	sltu	a5,s4,s1
  int64 r = old;
ffffffc080204e1e:	8bd6                	mv	s7,s5
  if ((n > 0 && (new < old || new > heap_limit(vs))) || (n < 0 && (new > old || new < vs->heap_start)))
ffffffc080204e20:	06905863          	blez	s1,ffffffc080204e90 <vm_sbrk+0xa0>
ffffffc080204e24:	e7a5                	bnez	a5,ffffffc080204e8c <vm_sbrk+0x9c>
static uint64 heap_limit(struct vmspace *vs) { return vs->stack_low - PGSIZE; }
ffffffc080204e26:	0f09b783          	ld	a5,240(s3)
ffffffc080204e2a:	777d                	lui	a4,0xfffff
ffffffc080204e2c:	97ba                	add	a5,a5,a4
  if ((n > 0 && (new < old || new > heap_limit(vs))) || (n < 0 && (new > old || new < vs->heap_start)))
ffffffc080204e2e:	0547ef63          	bltu	a5,s4,ffffffc080204e8c <vm_sbrk+0x9c>
  uint64 tail_end = PGROUNDUP(old) < new ? PGROUNDUP(old) : new;
ffffffc080204e32:	6c05                	lui	s8,0x1
ffffffc080204e34:	1c7d                	add	s8,s8,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc080204e36:	9c56                	add	s8,s8,s5
ffffffc080204e38:	00ec7c33          	and	s8,s8,a4
ffffffc080204e3c:	84d2                	mv	s1,s4
ffffffc080204e3e:	0b4c6763          	bltu	s8,s4,ffffffc080204eec <vm_sbrk+0xfc>
  if (from >= to)
ffffffc080204e42:	0a9ae863          	bltu	s5,s1,ffffffc080204ef2 <vm_sbrk+0x102>
  for (uint64 a = PGROUNDUP(old); a < new; a += PGSIZE) {
ffffffc080204e46:	074c7d63          	bgeu	s8,s4,ffffffc080204ec0 <vm_sbrk+0xd0>
    if (!page || pmap_enter(vs->pt, a, V2P(page), PROT_R | PROT_W) < 0) {
ffffffc080204e4a:	4b05                	li	s6,1
int64 vm_sbrk(struct vmspace *vs, int64 n) {
ffffffc080204e4c:	8962                	mv	s2,s8
    if (!page || pmap_enter(vs->pt, a, V2P(page), PROT_R | PROT_W) < 0) {
ffffffc080204e4e:	1b1a                	sll	s6,s6,0x26
  for (uint64 a = PGROUNDUP(old); a < new; a += PGSIZE) {
ffffffc080204e50:	6c85                	lui	s9,0x1
ffffffc080204e52:	a811                	j	ffffffc080204e66 <vm_sbrk+0x76>
    if (!page || pmap_enter(vs->pt, a, V2P(page), PROT_R | PROT_W) < 0) {
ffffffc080204e54:	0109b503          	ld	a0,16(s3)
ffffffc080204e58:	d42fb0ef          	jal	ffffffc08020039a <pmap_enter>
ffffffc080204e5c:	0c054b63          	bltz	a0,ffffffc080204f32 <vm_sbrk+0x142>
  for (uint64 a = PGROUNDUP(old); a < new; a += PGSIZE) {
ffffffc080204e60:	9966                	add	s2,s2,s9
ffffffc080204e62:	05497f63          	bgeu	s2,s4,ffffffc080204ec0 <vm_sbrk+0xd0>
    void *page = page_alloc_zeroed();
ffffffc080204e66:	e48ff0ef          	jal	ffffffc0802044ae <page_alloc_zeroed>
    if (!page || pmap_enter(vs->pt, a, V2P(page), PROT_R | PROT_W) < 0) {
ffffffc080204e6a:	85ca                	mv	a1,s2
ffffffc080204e6c:	468d                	li	a3,3
    void *page = page_alloc_zeroed();
ffffffc080204e6e:	84aa                	mv	s1,a0
    if (!page || pmap_enter(vs->pt, a, V2P(page), PROT_R | PROT_W) < 0) {
ffffffc080204e70:	01650633          	add	a2,a0,s6
ffffffc080204e74:	f165                	bnez	a0,ffffffc080204e54 <vm_sbrk+0x64>
      pmap_remove(vs->pt, PGROUNDUP(old), a, shootdown_vs, vs);
ffffffc080204e76:	0109b503          	ld	a0,16(s3)
ffffffc080204e7a:	874e                	mv	a4,s3
ffffffc080204e7c:	00000697          	auipc	a3,0x0
ffffffc080204e80:	cba68693          	add	a3,a3,-838 # ffffffc080204b36 <shootdown_vs>
ffffffc080204e84:	864a                	mv	a2,s2
ffffffc080204e86:	85e2                	mv	a1,s8
ffffffc080204e88:	931fb0ef          	jal	ffffffc0802007b8 <pmap_remove>
int64 vm_sbrk(struct vmspace *vs, int64 n) {
ffffffc080204e8c:	5bfd                	li	s7,-1
ffffffc080204e8e:	a835                	j	ffffffc080204eca <vm_sbrk+0xda>
  if ((n > 0 && (new < old || new > heap_limit(vs))) || (n < 0 && (new > old || new < vs->heap_start)))
ffffffc080204e90:	c885                	beqz	s1,ffffffc080204ec0 <vm_sbrk+0xd0>
ffffffc080204e92:	ff4aede3          	bltu	s5,s4,ffffffc080204e8c <vm_sbrk+0x9c>
ffffffc080204e96:	0e09b783          	ld	a5,224(s3)
ffffffc080204e9a:	fefa69e3          	bltu	s4,a5,ffffffc080204e8c <vm_sbrk+0x9c>
    r = -1;
  else if (n > 0 && heap_grow(vs, old, new) < 0)
    r = -1;
  else if (n < 0)
    pmap_remove(vs->pt, PGROUNDUP(new), PGROUNDUP(old), shootdown_vs, vs);
ffffffc080204e9e:	6785                	lui	a5,0x1
ffffffc080204ea0:	17fd                	add	a5,a5,-1 # fff <KERNEL_PA-0x801ff001>
ffffffc080204ea2:	0109b503          	ld	a0,16(s3)
ffffffc080204ea6:	75fd                	lui	a1,0xfffff
ffffffc080204ea8:	00fa8633          	add	a2,s5,a5
ffffffc080204eac:	97d2                	add	a5,a5,s4
ffffffc080204eae:	8e6d                	and	a2,a2,a1
ffffffc080204eb0:	874e                	mv	a4,s3
ffffffc080204eb2:	00000697          	auipc	a3,0x0
ffffffc080204eb6:	c8468693          	add	a3,a3,-892 # ffffffc080204b36 <shootdown_vs>
ffffffc080204eba:	8dfd                	and	a1,a1,a5
ffffffc080204ebc:	8fdfb0ef          	jal	ffffffc0802007b8 <pmap_remove>
  if (r != -1)
ffffffc080204ec0:	57fd                	li	a5,-1
ffffffc080204ec2:	00fa8463          	beq	s5,a5,ffffffc080204eca <vm_sbrk+0xda>
    vs->brk = new;
ffffffc080204ec6:	0f49b423          	sd	s4,232(s3)
  rw_write_unlock(&vs->lock);
ffffffc080204eca:	854e                	mv	a0,s3
ffffffc080204ecc:	560010ef          	jal	ffffffc08020642c <rw_write_unlock>
  return r;
}
ffffffc080204ed0:	70a6                	ld	ra,104(sp)
ffffffc080204ed2:	7406                	ld	s0,96(sp)
ffffffc080204ed4:	64e6                	ld	s1,88(sp)
ffffffc080204ed6:	6946                	ld	s2,80(sp)
ffffffc080204ed8:	69a6                	ld	s3,72(sp)
ffffffc080204eda:	6a06                	ld	s4,64(sp)
ffffffc080204edc:	7ae2                	ld	s5,56(sp)
ffffffc080204ede:	7b42                	ld	s6,48(sp)
ffffffc080204ee0:	7c02                	ld	s8,32(sp)
ffffffc080204ee2:	6ce2                	ld	s9,24(sp)
ffffffc080204ee4:	855e                	mv	a0,s7
ffffffc080204ee6:	7ba2                	ld	s7,40(sp)
ffffffc080204ee8:	6165                	add	sp,sp,112
ffffffc080204eea:	8082                	ret
  uint64 tail_end = PGROUNDUP(old) < new ? PGROUNDUP(old) : new;
ffffffc080204eec:	84e2                	mv	s1,s8
  if (from >= to)
ffffffc080204eee:	f49afce3          	bgeu	s5,s1,ffffffc080204e46 <vm_sbrk+0x56>
  if (vm_resolve(vs, from, ACC_WRITE, &p) != FAULT_OK)
ffffffc080204ef2:	f9840693          	add	a3,s0,-104
ffffffc080204ef6:	4605                	li	a2,1
ffffffc080204ef8:	85d6                	mv	a1,s5
ffffffc080204efa:	854e                	mv	a0,s3
ffffffc080204efc:	b3cff0ef          	jal	ffffffc080204238 <vm_resolve>
ffffffc080204f00:	2501                	sext.w	a0,a0
ffffffc080204f02:	f549                	bnez	a0,ffffffc080204e8c <vm_sbrk+0x9c>
ffffffc080204f04:	f9843783          	ld	a5,-104(s0)
static inline uint64 pte_pa(pte_t pte) { return PTE2PA(pte); }
ffffffc080204f08:	fff006b7          	lui	a3,0xfff00
  memset((char *)P2V(pte_pa(pte_load(p))) + (from & (PGSIZE - 1)), 0, to - from);
ffffffc080204f0c:	034a9713          	sll	a4,s5,0x34
static inline pte_t pte_load(pte_t *p) { return __atomic_load_n(p, __ATOMIC_RELAXED); }
ffffffc080204f10:	639c                	ld	a5,0(a5)
static inline uint64 pte_pa(pte_t pte) { return PTE2PA(pte); }
ffffffc080204f12:	82a1                	srl	a3,a3,0x8
ffffffc080204f14:	9351                	srl	a4,a4,0x34
ffffffc080204f16:	078a                	sll	a5,a5,0x2
ffffffc080204f18:	8ff5                	and	a5,a5,a3
ffffffc080204f1a:	557d                	li	a0,-1
ffffffc080204f1c:	8fd9                	or	a5,a5,a4
ffffffc080204f1e:	151a                	sll	a0,a0,0x26
ffffffc080204f20:	41548633          	sub	a2,s1,s5
ffffffc080204f24:	4581                	li	a1,0
ffffffc080204f26:	953e                	add	a0,a0,a5
ffffffc080204f28:	bf9fe0ef          	jal	ffffffc080203b20 <memset>
  for (uint64 a = PGROUNDUP(old); a < new; a += PGSIZE) {
ffffffc080204f2c:	f14c6fe3          	bltu	s8,s4,ffffffc080204e4a <vm_sbrk+0x5a>
ffffffc080204f30:	bf59                	j	ffffffc080204ec6 <vm_sbrk+0xd6>
        page_free(page);
ffffffc080204f32:	8526                	mv	a0,s1
ffffffc080204f34:	da0ff0ef          	jal	ffffffc0802044d4 <page_free>
      pmap_remove(vs->pt, PGROUNDUP(old), a, shootdown_vs, vs);
ffffffc080204f38:	0109b503          	ld	a0,16(s3)
ffffffc080204f3c:	874e                	mv	a4,s3
ffffffc080204f3e:	00000697          	auipc	a3,0x0
ffffffc080204f42:	bf868693          	add	a3,a3,-1032 # ffffffc080204b36 <shootdown_vs>
ffffffc080204f46:	864a                	mv	a2,s2
ffffffc080204f48:	85e2                	mv	a1,s8
ffffffc080204f4a:	86ffb0ef          	jal	ffffffc0802007b8 <pmap_remove>
      return -1;
ffffffc080204f4e:	bf3d                	j	ffffffc080204e8c <vm_sbrk+0x9c>

ffffffc080204f50 <vm_fork>:

struct vmspace *vm_fork(struct vmspace *vs, int mode) {
ffffffc080204f50:	7139                	add	sp,sp,-64
ffffffc080204f52:	f822                	sd	s0,48(sp)
ffffffc080204f54:	f04a                	sd	s2,32(sp)
ffffffc080204f56:	ec4e                	sd	s3,24(sp)
ffffffc080204f58:	fc06                	sd	ra,56(sp)
ffffffc080204f5a:	f426                	sd	s1,40(sp)
ffffffc080204f5c:	0080                	add	s0,sp,64
ffffffc080204f5e:	89aa                	mv	s3,a0
ffffffc080204f60:	892e                	mv	s2,a1
  struct vmspace *vs = page_alloc_zeroed();
ffffffc080204f62:	d4cff0ef          	jal	ffffffc0802044ae <page_alloc_zeroed>
  if (!vs)
ffffffc080204f66:	0e050063          	beqz	a0,ffffffc080205046 <vm_fork+0xf6>
ffffffc080204f6a:	84aa                	mv	s1,a0
  vs->pt = pmap_create();
ffffffc080204f6c:	b74fb0ef          	jal	ffffffc0802002e0 <pmap_create>
ffffffc080204f70:	e888                	sd	a0,16(s1)
  if (!vs->pt) {
ffffffc080204f72:	c579                	beqz	a0,ffffffc080205040 <vm_fork+0xf0>
  rw_init(&vs->lock, "vmspace");
ffffffc080204f74:	00004597          	auipc	a1,0x4
ffffffc080204f78:	a4458593          	add	a1,a1,-1468 # ffffffc0802089b8 <__func__.0+0x3b8>
ffffffc080204f7c:	8526                	mv	a0,s1
ffffffc080204f7e:	3c6010ef          	jal	ffffffc080206344 <rw_init>
  vs->stack_low = USTACK_TOP - USTACK_LIMIT;
ffffffc080204f82:	040007b7          	lui	a5,0x4000
ffffffc080204f86:	eff78793          	add	a5,a5,-257 # 3fffeff <KERNEL_PA-0x7c200101>
ffffffc080204f8a:	07b2                	sll	a5,a5,0xc
ffffffc080204f8c:	f8fc                	sd	a5,240(s1)
  struct vmspace *child = vm_create();
  if (!child)
    return NULL;
  rw_write_lock(&vs->lock);
ffffffc080204f8e:	854e                	mv	a0,s3
ffffffc080204f90:	436010ef          	jal	ffffffc0802063c6 <rw_write_lock>
  memcpy(child->seg, vs->seg, sizeof(vs->seg));
ffffffc080204f94:	0c000613          	li	a2,192
ffffffc080204f98:	01898593          	add	a1,s3,24
ffffffc080204f9c:	01848513          	add	a0,s1,24
ffffffc080204fa0:	bcdfe0ef          	jal	ffffffc080203b6c <memcpy>
  child->nseg = vs->nseg;
ffffffc080204fa4:	0d89a603          	lw	a2,216(s3)
  child->heap_start = vs->heap_start;
ffffffc080204fa8:	0f09b783          	ld	a5,240(s3)
ffffffc080204fac:	0e09b683          	ld	a3,224(s3)
ffffffc080204fb0:	0e89b703          	ld	a4,232(s3)
  child->brk = vs->brk;
  child->stack_low = vs->stack_low;
  uint64 n = 0;
ffffffc080204fb4:	fc043423          	sd	zero,-56(s0)
  child->nseg = vs->nseg;
ffffffc080204fb8:	0cc4ac23          	sw	a2,216(s1)
  child->heap_start = vs->heap_start;
ffffffc080204fbc:	f8fc                	sd	a5,240(s1)
ffffffc080204fbe:	f0f4                	sd	a3,224(s1)
ffffffc080204fc0:	f4f8                	sd	a4,232(s1)
  int r;
  if (mode == FORK_COW) {
ffffffc080204fc2:	4785                	li	a5,1
    r = pmap_fork_cow(vs->pt, child->pt, &n);
ffffffc080204fc4:	688c                	ld	a1,16(s1)
ffffffc080204fc6:	0109b503          	ld	a0,16(s3)
ffffffc080204fca:	fc840613          	add	a2,s0,-56
  if (mode == FORK_COW) {
ffffffc080204fce:	02f90963          	beq	s2,a5,ffffffc080205000 <vm_fork+0xb0>
    if (n > 0) { /* rule 5: no writable entry for a now-shared page survives */
      tlb_flush_local(0, TLB_FLUSH_EVERYTHING);
      shootdown_vs(vs);
    }
  } else {
    r = pmap_fork_eager(vs->pt, child->pt, &n);
ffffffc080204fd2:	ea0fb0ef          	jal	ffffffc080200672 <pmap_fork_eager>
ffffffc080204fd6:	892a                	mv	s2,a0
ffffffc080204fd8:	8792                	mv	a5,tp
}
static inline void stat_add(int idx, uint64 n) {
  __atomic_fetch_add(&mycpu()->stats[idx], n, __ATOMIC_RELAXED);
ffffffc080204fda:	fc843703          	ld	a4,-56(s0)
ffffffc080204fde:	2e878793          	add	a5,a5,744
ffffffc080204fe2:	00e7b02f          	amoadd.d	zero,a4,(a5)
    stat_add(VM_eager_copied_pages, n);
  }
  rw_write_unlock(&vs->lock);
ffffffc080204fe6:	854e                	mv	a0,s3
ffffffc080204fe8:	444010ef          	jal	ffffffc08020642c <rw_write_unlock>
  if (r < 0) {
ffffffc080204fec:	02094d63          	bltz	s2,ffffffc080205026 <vm_fork+0xd6>
    vm_destroy(child);
    return NULL;
  }
  return child;
}
ffffffc080204ff0:	70e2                	ld	ra,56(sp)
ffffffc080204ff2:	7442                	ld	s0,48(sp)
ffffffc080204ff4:	7902                	ld	s2,32(sp)
ffffffc080204ff6:	69e2                	ld	s3,24(sp)
ffffffc080204ff8:	8526                	mv	a0,s1
ffffffc080204ffa:	74a2                	ld	s1,40(sp)
ffffffc080204ffc:	6121                	add	sp,sp,64
ffffffc080204ffe:	8082                	ret
    r = pmap_fork_cow(vs->pt, child->pt, &n);
ffffffc080205000:	d2efb0ef          	jal	ffffffc08020052e <pmap_fork_cow>
    if (n > 0) { /* rule 5: no writable entry for a now-shared page survives */
ffffffc080205004:	fc843783          	ld	a5,-56(s0)
    r = pmap_fork_cow(vs->pt, child->pt, &n);
ffffffc080205008:	892a                	mv	s2,a0
    if (n > 0) { /* rule 5: no writable entry for a now-shared page survives */
ffffffc08020500a:	dff1                	beqz	a5,ffffffc080204fe6 <vm_fork+0x96>
      tlb_flush_local(0, TLB_FLUSH_EVERYTHING);
ffffffc08020500c:	55fd                	li	a1,-1
ffffffc08020500e:	4501                	li	a0,0
ffffffc080205010:	a5dfb0ef          	jal	ffffffc080200a6c <tlb_flush_local>
  tlb_shootdown(__atomic_load_n(&vs->active, __ATOMIC_ACQUIRE), 0, TLB_FLUSH_EVERYTHING);
ffffffc080205014:	0f89b503          	ld	a0,248(s3)
ffffffc080205018:	0ff0000f          	fence
ffffffc08020501c:	567d                	li	a2,-1
ffffffc08020501e:	4581                	li	a1,0
ffffffc080205020:	b53fb0ef          	jal	ffffffc080200b72 <tlb_shootdown>
}
ffffffc080205024:	b7c9                	j	ffffffc080204fe6 <vm_fork+0x96>
  while (__atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) != 0)
ffffffc080205026:	0f848913          	add	s2,s1,248
ffffffc08020502a:	a019                	j	ffffffc080205030 <vm_fork+0xe0>
    tlb_poll();
ffffffc08020502c:	a8ffb0ef          	jal	ffffffc080200aba <tlb_poll>
  while (__atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) != 0)
ffffffc080205030:	00093783          	ld	a5,0(s2)
ffffffc080205034:	0ff0000f          	fence
ffffffc080205038:	fbf5                	bnez	a5,ffffffc08020502c <vm_fork+0xdc>
  pmap_destroy(vs->pt);
ffffffc08020503a:	6888                	ld	a0,16(s1)
ffffffc08020503c:	c12fb0ef          	jal	ffffffc08020044e <pmap_destroy>
  page_free(vs);
ffffffc080205040:	8526                	mv	a0,s1
ffffffc080205042:	c92ff0ef          	jal	ffffffc0802044d4 <page_free>
    return NULL;
ffffffc080205046:	4481                	li	s1,0
ffffffc080205048:	b765                	j	ffffffc080204ff0 <vm_fork+0xa0>

ffffffc08020504a <vm_activate>:

void vm_activate(struct vmspace *vs) {
ffffffc08020504a:	1141                	add	sp,sp,-16
ffffffc08020504c:	e422                	sd	s0,8(sp)
ffffffc08020504e:	0800                	add	s0,sp,16
ffffffc080205050:	8792                	mv	a5,tp
  __atomic_fetch_or(&vs->active, 1UL << mycpu()->id, __ATOMIC_ACQUIRE);
ffffffc080205052:	0807a703          	lw	a4,128(a5)
ffffffc080205056:	4785                	li	a5,1
ffffffc080205058:	00e797b3          	sll	a5,a5,a4
ffffffc08020505c:	0f850713          	add	a4,a0,248
ffffffc080205060:	44f7302f          	amoor.d.aq	zero,a5,(a4)
  pmap_activate(vs->pt);
}
ffffffc080205064:	6422                	ld	s0,8(sp)
  pmap_activate(vs->pt);
ffffffc080205066:	6908                	ld	a0,16(a0)
}
ffffffc080205068:	0141                	add	sp,sp,16
  pmap_activate(vs->pt);
ffffffc08020506a:	871fb06f          	j	ffffffc0802008da <pmap_activate>

ffffffc08020506e <vm_deactivate>:

void vm_deactivate(struct vmspace *vs) {
ffffffc08020506e:	1101                	add	sp,sp,-32
ffffffc080205070:	e822                	sd	s0,16(sp)
ffffffc080205072:	e426                	sd	s1,8(sp)
ffffffc080205074:	ec06                	sd	ra,24(sp)
ffffffc080205076:	1000                	add	s0,sp,32
ffffffc080205078:	84aa                	mv	s1,a0
  pmap_activate_kernel();
ffffffc08020507a:	891fb0ef          	jal	ffffffc08020090a <pmap_activate_kernel>
ffffffc08020507e:	8792                	mv	a5,tp
  __atomic_fetch_and(&vs->active, ~(1UL << mycpu()->id), __ATOMIC_RELEASE);
ffffffc080205080:	0807a703          	lw	a4,128(a5)
ffffffc080205084:	4785                	li	a5,1
ffffffc080205086:	00e797b3          	sll	a5,a5,a4
ffffffc08020508a:	fff7c793          	not	a5,a5
ffffffc08020508e:	0f848713          	add	a4,s1,248
ffffffc080205092:	0f50000f          	fence	iorw,ow
ffffffc080205096:	60f7302f          	amoand.d	zero,a5,(a4)
}
ffffffc08020509a:	60e2                	ld	ra,24(sp)
ffffffc08020509c:	6442                	ld	s0,16(sp)
ffffffc08020509e:	64a2                	ld	s1,8(sp)
ffffffc0802050a0:	6105                	add	sp,sp,32
ffffffc0802050a2:	8082                	ret

ffffffc0802050a4 <stat_sum>:
struct cpu cpus[NCPU];
int ncpu = 1;
/* Scheduler stacks, taken by entry.S (one per hart). */
char cpu_stacks[NCPU][KSTACK_SIZE] __attribute__((aligned(16)));

uint64 stat_sum(int idx) {
ffffffc0802050a4:	1141                	add	sp,sp,-16
ffffffc0802050a6:	e422                	sd	s0,8(sp)
ffffffc0802050a8:	0800                	add	s0,sp,16
  uint64 n = 0;
  for (int i = 0; i < ncpu; i++)
ffffffc0802050aa:	00275597          	auipc	a1,0x275
ffffffc0802050ae:	f5a58593          	add	a1,a1,-166 # ffffffc08047a004 <ncpu>
ffffffc0802050b2:	419c                	lw	a5,0(a1)
ffffffc0802050b4:	02f05863          	blez	a5,ffffffc0802050e4 <stat_sum+0x40>
ffffffc0802050b8:	05450513          	add	a0,a0,84
ffffffc0802050bc:	00351793          	sll	a5,a0,0x3
ffffffc0802050c0:	002af717          	auipc	a4,0x2af
ffffffc0802050c4:	98070713          	add	a4,a4,-1664 # ffffffc0804b3a40 <cpus>
ffffffc0802050c8:	97ba                	add	a5,a5,a4
  uint64 n = 0;
ffffffc0802050ca:	4501                	li	a0,0
  for (int i = 0; i < ncpu; i++)
ffffffc0802050cc:	4701                	li	a4,0
    n += __atomic_load_n(&cpus[i].stats[idx], __ATOMIC_RELAXED);
ffffffc0802050ce:	6390                	ld	a2,0(a5)
  for (int i = 0; i < ncpu; i++)
ffffffc0802050d0:	4194                	lw	a3,0(a1)
ffffffc0802050d2:	2705                	addw	a4,a4,1
    n += __atomic_load_n(&cpus[i].stats[idx], __ATOMIC_RELAXED);
ffffffc0802050d4:	9532                	add	a0,a0,a2
  for (int i = 0; i < ncpu; i++)
ffffffc0802050d6:	34078793          	add	a5,a5,832
ffffffc0802050da:	fed74ae3          	blt	a4,a3,ffffffc0802050ce <stat_sum+0x2a>
  return n;
}
ffffffc0802050de:	6422                	ld	s0,8(sp)
ffffffc0802050e0:	0141                	add	sp,sp,16
ffffffc0802050e2:	8082                	ret
ffffffc0802050e4:	6422                	ld	s0,8(sp)
  uint64 n = 0;
ffffffc0802050e6:	4501                	li	a0,0
}
ffffffc0802050e8:	0141                	add	sp,sp,16
ffffffc0802050ea:	8082                	ret

ffffffc0802050ec <exec>:
    if (*s == '/')
      name = s + 1;
  return name;
}

int exec(const char *path, char **argv) {
ffffffc0802050ec:	cf010113          	add	sp,sp,-784
ffffffc0802050f0:	30813023          	sd	s0,768(sp)
ffffffc0802050f4:	2f313423          	sd	s3,744(sp)
ffffffc0802050f8:	2d513c23          	sd	s5,728(sp)
ffffffc0802050fc:	30113423          	sd	ra,776(sp)
ffffffc080205100:	2e913c23          	sd	s1,760(sp)
ffffffc080205104:	2f213823          	sd	s2,752(sp)
ffffffc080205108:	2f413023          	sd	s4,736(sp)
ffffffc08020510c:	2d613823          	sd	s6,720(sp)
ffffffc080205110:	2d713423          	sd	s7,712(sp)
ffffffc080205114:	2d813023          	sd	s8,704(sp)
ffffffc080205118:	2b913c23          	sd	s9,696(sp)
ffffffc08020511c:	2ba13823          	sd	s10,688(sp)
ffffffc080205120:	2bb13423          	sd	s11,680(sp)
ffffffc080205124:	0e00                	add	s0,sp,784
ffffffc080205126:	8aaa                	mv	s5,a0
ffffffc080205128:	89ae                	mv	s3,a1
  struct inode *ip = namei(path);
ffffffc08020512a:	81bfc0ef          	jal	ffffffc080201944 <namei>
  if (!ip)
ffffffc08020512e:	18050c63          	beqz	a0,ffffffc0802052c6 <exec+0x1da>
    return -1;
  struct vmspace *vs = NULL;
  struct elf_header eh;
  struct stat st;
  inode_stat(ip, &st);
ffffffc080205132:	d0040593          	add	a1,s0,-768
ffffffc080205136:	892a                	mv	s2,a0
ffffffc080205138:	821fd0ef          	jal	ffffffc080202958 <inode_stat>
  if (st.type != T_FILE || !(vs = vm_create()) || load_program(vs, ip, st.size, &eh) < 0) {
ffffffc08020513c:	d0841703          	lh	a4,-760(s0)
ffffffc080205140:	4789                	li	a5,2
ffffffc080205142:	30f71263          	bne	a4,a5,ffffffc080205446 <exec+0x35a>
ffffffc080205146:	a37ff0ef          	jal	ffffffc080204b7c <vm_create>
ffffffc08020514a:	84aa                	mv	s1,a0
ffffffc08020514c:	2e050d63          	beqz	a0,ffffffc080205446 <exec+0x35a>
ffffffc080205150:	d1043c83          	ld	s9,-752(s0)
  if (fsize < sizeof(*eh) || read_exact(ip, eh, 0, sizeof(*eh)) < 0)
ffffffc080205154:	03f00793          	li	a5,63
ffffffc080205158:	1797f163          	bgeu	a5,s9,ffffffc0802052ba <exec+0x1ce>
  return inode_read(ip, 0, (uint64)dst, off, n) == (int)n ? 0 : -1;
ffffffc08020515c:	04000713          	li	a4,64
ffffffc080205160:	4681                	li	a3,0
ffffffc080205162:	d5040613          	add	a2,s0,-688
ffffffc080205166:	4581                	li	a1,0
ffffffc080205168:	854a                	mv	a0,s2
ffffffc08020516a:	847fd0ef          	jal	ffffffc0802029b0 <inode_read>
ffffffc08020516e:	04000793          	li	a5,64
ffffffc080205172:	14f51463          	bne	a0,a5,ffffffc0802052ba <exec+0x1ce>
  if (eh->magic != ELF_MAGIC || eh->class != ELFCLASS64 || eh->data != ELFDATA2LSB ||
ffffffc080205176:	d5043783          	ld	a5,-688(s0)
ffffffc08020517a:	577d                	li	a4,-1
ffffffc08020517c:	8341                	srl	a4,a4,0x10
ffffffc08020517e:	8ff9                	and	a5,a5,a4
ffffffc080205180:	00003717          	auipc	a4,0x3
ffffffc080205184:	e9873703          	ld	a4,-360(a4) # ffffffc080208018 <kernel_text_end+0x18>
ffffffc080205188:	12e79963          	bne	a5,a4,ffffffc0802052ba <exec+0x1ce>
      eh->type != ET_EXEC || eh->machine != EM_RISCV || eh->phentsize != sizeof(struct elf_phdr) ||
ffffffc08020518c:	d6046703          	lwu	a4,-672(s0)
ffffffc080205190:	00f307b7          	lui	a5,0xf30
ffffffc080205194:	0789                	add	a5,a5,2 # f30002 <KERNEL_PA-0x7f2cfffe>
ffffffc080205196:	12f71263          	bne	a4,a5,ffffffc0802052ba <exec+0x1ce>
ffffffc08020519a:	d8645703          	lhu	a4,-634(s0)
ffffffc08020519e:	03800793          	li	a5,56
ffffffc0802051a2:	10f71c63          	bne	a4,a5,ffffffc0802052ba <exec+0x1ce>
      eh->phnum == 0 || eh->phnum > ELF_MAX_PHDRS ||
ffffffc0802051a6:	d8845703          	lhu	a4,-632(s0)
      eh->type != ET_EXEC || eh->machine != EM_RISCV || eh->phentsize != sizeof(struct elf_phdr) ||
ffffffc0802051aa:	46bd                	li	a3,15
ffffffc0802051ac:	fff7079b          	addw	a5,a4,-1
ffffffc0802051b0:	17c2                	sll	a5,a5,0x30
ffffffc0802051b2:	93c1                	srl	a5,a5,0x30
ffffffc0802051b4:	10f6e363          	bltu	a3,a5,ffffffc0802052ba <exec+0x1ce>
      eh->phoff + eh->phnum * sizeof(struct elf_phdr) > fsize)
ffffffc0802051b8:	d7043683          	ld	a3,-656(s0)
ffffffc0802051bc:	00371793          	sll	a5,a4,0x3
ffffffc0802051c0:	8f99                	sub	a5,a5,a4
ffffffc0802051c2:	078e                	sll	a5,a5,0x3
ffffffc0802051c4:	97b6                	add	a5,a5,a3
      eh->phnum == 0 || eh->phnum > ELF_MAX_PHDRS ||
ffffffc0802051c6:	0efcea63          	bltu	s9,a5,ffffffc0802052ba <exec+0x1ce>
      ph->offset + ph->filesz > fsize || (ph->vaddr - ph->offset) % PGSIZE != 0)
ffffffc0802051ca:	6d05                	lui	s10,0x1
ffffffc0802051cc:	fffd0793          	add	a5,s10,-1 # fff <KERNEL_PA-0x801ff001>
    if (ph.type != PT_LOAD || ph.memsz == 0)
ffffffc0802051d0:	4c05                	li	s8,1
  return inode_read(ip, 0, (uint64)dst, off, n) == (int)n ? 0 : -1;
ffffffc0802051d2:	4a01                	li	s4,0
  bool entry_ok = false;
ffffffc0802051d4:	ce043823          	sd	zero,-784(s0)
  for (int i = 0; i < eh->phnum; i++) {
ffffffc0802051d8:	4b81                	li	s7,0
      ph->offset + ph->filesz > fsize || (ph->vaddr - ph->offset) % PGSIZE != 0)
ffffffc0802051da:	cef43c23          	sd	a5,-776(s0)
    uint64 n = ph->filesz - done < sizeof(buf) ? ph->filesz - done : sizeof(buf);
ffffffc0802051de:	20000b13          	li	s6,512
  return inode_read(ip, 0, (uint64)dst, off, n) == (int)n ? 0 : -1;
ffffffc0802051e2:	03800713          	li	a4,56
ffffffc0802051e6:	96d2                	add	a3,a3,s4
ffffffc0802051e8:	d1840613          	add	a2,s0,-744
ffffffc0802051ec:	4581                	li	a1,0
ffffffc0802051ee:	854a                	mv	a0,s2
ffffffc0802051f0:	fc0fd0ef          	jal	ffffffc0802029b0 <inode_read>
ffffffc0802051f4:	03800793          	li	a5,56
ffffffc0802051f8:	0cf51163          	bne	a0,a5,ffffffc0802052ba <exec+0x1ce>
    if (ph.type != PT_LOAD || ph.memsz == 0)
ffffffc0802051fc:	d1842783          	lw	a5,-744(s0)
ffffffc080205200:	0f879763          	bne	a5,s8,ffffffc0802052ee <exec+0x202>
ffffffc080205204:	d4043603          	ld	a2,-704(s0)
ffffffc080205208:	c27d                	beqz	a2,ffffffc0802052ee <exec+0x202>
  if (ph->filesz > ph->memsz || ph->vaddr + ph->memsz < ph->vaddr ||
ffffffc08020520a:	d3843703          	ld	a4,-712(s0)
ffffffc08020520e:	0ae66663          	bltu	a2,a4,ffffffc0802052ba <exec+0x1ce>
ffffffc080205212:	d2843583          	ld	a1,-728(s0)
ffffffc080205216:	00b607b3          	add	a5,a2,a1
ffffffc08020521a:	0ac7e063          	bltu	a5,a2,ffffffc0802052ba <exec+0x1ce>
ffffffc08020521e:	4685                	li	a3,1
ffffffc080205220:	169a                	sll	a3,a3,0x26
ffffffc080205222:	08f6ec63          	bltu	a3,a5,ffffffc0802052ba <exec+0x1ce>
      ph->vaddr + ph->memsz > USER_TOP || ph->offset + ph->filesz < ph->offset ||
ffffffc080205226:	d2043783          	ld	a5,-736(s0)
ffffffc08020522a:	00f706b3          	add	a3,a4,a5
ffffffc08020522e:	08e6e663          	bltu	a3,a4,ffffffc0802052ba <exec+0x1ce>
ffffffc080205232:	08dce463          	bltu	s9,a3,ffffffc0802052ba <exec+0x1ce>
      ph->offset + ph->filesz > fsize || (ph->vaddr - ph->offset) % PGSIZE != 0)
ffffffc080205236:	cf843703          	ld	a4,-776(s0)
ffffffc08020523a:	40f587b3          	sub	a5,a1,a5
ffffffc08020523e:	00e7fd33          	and	s10,a5,a4
ffffffc080205242:	060d1c63          	bnez	s10,ffffffc0802052ba <exec+0x1ce>
    if (check_phdr(&ph, fsize) < 0 || vm_add_segment(vs, ph.vaddr, ph.memsz, seg_prot(ph.flags)) < 0 ||
ffffffc080205246:	d1c42703          	lw	a4,-740(s0)
  return (flags & PF_R ? PROT_R : 0) | (flags & PF_W ? PROT_W : 0) | (flags & PF_X ? PROT_X : 0);
ffffffc08020524a:	0027569b          	srlw	a3,a4,0x2
ffffffc08020524e:	00277513          	and	a0,a4,2
ffffffc080205252:	8a85                	and	a3,a3,1
ffffffc080205254:	0027171b          	sllw	a4,a4,0x2
ffffffc080205258:	8ec9                	or	a3,a3,a0
ffffffc08020525a:	8b11                	and	a4,a4,4
    if (check_phdr(&ph, fsize) < 0 || vm_add_segment(vs, ph.vaddr, ph.memsz, seg_prot(ph.flags)) < 0 ||
ffffffc08020525c:	8ed9                	or	a3,a3,a4
ffffffc08020525e:	8526                	mv	a0,s1
ffffffc080205260:	99fff0ef          	jal	ffffffc080204bfe <vm_add_segment>
ffffffc080205264:	04054b63          	bltz	a0,ffffffc0802052ba <exec+0x1ce>
  for (uint64 done = 0; done < ph->filesz;) {
ffffffc080205268:	d3843703          	ld	a4,-712(s0)
ffffffc08020526c:	ef11                	bnez	a4,ffffffc080205288 <exec+0x19c>
ffffffc08020526e:	a8b1                	j	ffffffc0802052ca <exec+0x1de>
    if (read_exact(ip, buf, ph->offset + done, n) < 0 || vm_write(vs, ph->vaddr + done, buf, n) < 0)
ffffffc080205270:	d2843583          	ld	a1,-728(s0)
ffffffc080205274:	95ea                	add	a1,a1,s10
ffffffc080205276:	a9fff0ef          	jal	ffffffc080204d14 <vm_write>
    done += n;
ffffffc08020527a:	9d6e                	add	s10,s10,s11
    if (read_exact(ip, buf, ph->offset + done, n) < 0 || vm_write(vs, ph->vaddr + done, buf, n) < 0)
ffffffc08020527c:	02054f63          	bltz	a0,ffffffc0802052ba <exec+0x1ce>
  for (uint64 done = 0; done < ph->filesz;) {
ffffffc080205280:	d3843703          	ld	a4,-712(s0)
ffffffc080205284:	04ed7363          	bgeu	s10,a4,ffffffc0802052ca <exec+0x1de>
    uint64 n = ph->filesz - done < sizeof(buf) ? ph->filesz - done : sizeof(buf);
ffffffc080205288:	41a70db3          	sub	s11,a4,s10
  return inode_read(ip, 0, (uint64)dst, off, n) == (int)n ? 0 : -1;
ffffffc08020528c:	d9040613          	add	a2,s0,-624
ffffffc080205290:	4581                	li	a1,0
ffffffc080205292:	854a                	mv	a0,s2
    uint64 n = ph->filesz - done < sizeof(buf) ? ph->filesz - done : sizeof(buf);
ffffffc080205294:	01bb7463          	bgeu	s6,s11,ffffffc08020529c <exec+0x1b0>
ffffffc080205298:	20000d93          	li	s11,512
  return inode_read(ip, 0, (uint64)dst, off, n) == (int)n ? 0 : -1;
ffffffc08020529c:	d2043683          	ld	a3,-736(s0)
ffffffc0802052a0:	876e                	mv	a4,s11
ffffffc0802052a2:	96ea                	add	a3,a3,s10
ffffffc0802052a4:	f0cfd0ef          	jal	ffffffc0802029b0 <inode_read>
ffffffc0802052a8:	882a                	mv	a6,a0
ffffffc0802052aa:	000d859b          	sext.w	a1,s11
    if (read_exact(ip, buf, ph->offset + done, n) < 0 || vm_write(vs, ph->vaddr + done, buf, n) < 0)
ffffffc0802052ae:	86ee                	mv	a3,s11
ffffffc0802052b0:	d9040613          	add	a2,s0,-624
ffffffc0802052b4:	8526                	mv	a0,s1
  return inode_read(ip, 0, (uint64)dst, off, n) == (int)n ? 0 : -1;
ffffffc0802052b6:	fab80de3          	beq	a6,a1,ffffffc080205270 <exec+0x184>
    inode_put(ip);
ffffffc0802052ba:	854a                	mv	a0,s2
ffffffc0802052bc:	aeefd0ef          	jal	ffffffc0802025aa <inode_put>
    if (vs)
      vm_destroy(vs);
ffffffc0802052c0:	8526                	mv	a0,s1
ffffffc0802052c2:	905ff0ef          	jal	ffffffc080204bc6 <vm_destroy>
    return -1;
ffffffc0802052c6:	5a7d                	li	s4,-1
ffffffc0802052c8:	a289                	j	ffffffc08020540a <exec+0x31e>
    if ((ph.flags & PF_X) && eh->entry >= ph.vaddr && eh->entry < ph.vaddr + ph.memsz)
ffffffc0802052ca:	d1c42783          	lw	a5,-740(s0)
ffffffc0802052ce:	8b85                	and	a5,a5,1
ffffffc0802052d0:	cf99                	beqz	a5,ffffffc0802052ee <exec+0x202>
ffffffc0802052d2:	d6843703          	ld	a4,-664(s0)
ffffffc0802052d6:	d2843783          	ld	a5,-728(s0)
ffffffc0802052da:	00f76a63          	bltu	a4,a5,ffffffc0802052ee <exec+0x202>
ffffffc0802052de:	d4043683          	ld	a3,-704(s0)
ffffffc0802052e2:	97b6                	add	a5,a5,a3
ffffffc0802052e4:	00f77563          	bgeu	a4,a5,ffffffc0802052ee <exec+0x202>
      entry_ok = true;
ffffffc0802052e8:	4785                	li	a5,1
ffffffc0802052ea:	cef43823          	sd	a5,-784(s0)
  for (int i = 0; i < eh->phnum; i++) {
ffffffc0802052ee:	d8845783          	lhu	a5,-632(s0)
ffffffc0802052f2:	2b85                	addw	s7,s7,1 # 1001 <KERNEL_PA-0x801fefff>
ffffffc0802052f4:	038a0a13          	add	s4,s4,56
ffffffc0802052f8:	00fbd563          	bge	s7,a5,ffffffc080205302 <exec+0x216>
    if (read_exact(ip, &ph, eh->phoff + i * sizeof(ph), sizeof(ph)) < 0)
ffffffc0802052fc:	d7043683          	ld	a3,-656(s0)
ffffffc080205300:	b5cd                	j	ffffffc0802051e2 <exec+0xf6>
  return entry_ok ? 0 : -1;
ffffffc080205302:	cf043783          	ld	a5,-784(s0)
ffffffc080205306:	dbd5                	beqz	a5,ffffffc0802052ba <exec+0x1ce>
    return -1;
  }
  inode_put(ip);
ffffffc080205308:	854a                	mv	a0,s2
ffffffc08020530a:	aa0fd0ef          	jal	ffffffc0802025aa <inode_put>
  for (; argv[argc]; argc++) {
ffffffc08020530e:	0009b503          	ld	a0,0(s3)
ffffffc080205312:	12050f63          	beqz	a0,ffffffc080205450 <exec+0x364>
  uint64 sp = USTACK_TOP, ptrs[MAXARG + 1];
ffffffc080205316:	04000937          	lui	s2,0x4000
ffffffc08020531a:	d9040b13          	add	s6,s0,-624
ffffffc08020531e:	197d                	add	s2,s2,-1 # 3ffffff <KERNEL_PA-0x7c200001>
ffffffc080205320:	8cda                	mv	s9,s6
ffffffc080205322:	0932                	sll	s2,s2,0xc
  int argc = 0;
ffffffc080205324:	4b81                	li	s7,0
    if (argc >= MAXARG)
ffffffc080205326:	02000c13          	li	s8,32
ffffffc08020532a:	a821                	j	ffffffc080205342 <exec+0x256>
  for (; argv[argc]; argc++) {
ffffffc08020532c:	0009b503          	ld	a0,0(s3)
    ptrs[argc] = sp;
ffffffc080205330:	012cb023          	sd	s2,0(s9) # 1000 <KERNEL_PA-0x801ff000>
  for (; argv[argc]; argc++) {
ffffffc080205334:	001b8a1b          	addw	s4,s7,1
ffffffc080205338:	c50d                	beqz	a0,ffffffc080205362 <exec+0x276>
    if (argc >= MAXARG)
ffffffc08020533a:	0ca1                	add	s9,s9,8
ffffffc08020533c:	f98a02e3          	beq	s4,s8,ffffffc0802052c0 <exec+0x1d4>
  for (; argv[argc]; argc++) {
ffffffc080205340:	8bd2                	mv	s7,s4
    uint64 len = strlen(argv[argc]) + 1;
ffffffc080205342:	91ffe0ef          	jal	ffffffc080203c60 <strlen>
ffffffc080205346:	00150693          	add	a3,a0,1
    if (vm_write(vs, sp, argv[argc], len) < 0)
ffffffc08020534a:	0009b603          	ld	a2,0(s3)
    sp -= len;
ffffffc08020534e:	40d90933          	sub	s2,s2,a3
    if (vm_write(vs, sp, argv[argc], len) < 0)
ffffffc080205352:	85ca                	mv	a1,s2
ffffffc080205354:	8526                	mv	a0,s1
  for (; argv[argc]; argc++) {
ffffffc080205356:	09a1                	add	s3,s3,8
    if (vm_write(vs, sp, argv[argc], len) < 0)
ffffffc080205358:	9bdff0ef          	jal	ffffffc080204d14 <vm_write>
ffffffc08020535c:	fc0558e3          	bgez	a0,ffffffc08020532c <exec+0x240>
ffffffc080205360:	b785                	j	ffffffc0802052c0 <exec+0x1d4>
  sp -= (argc + 1) * sizeof(uint64);
ffffffc080205362:	002b869b          	addw	a3,s7,2
ffffffc080205366:	068e                	sll	a3,a3,0x3
ffffffc080205368:	40d90933          	sub	s2,s2,a3
  sp &= ~15UL;
ffffffc08020536c:	ff097913          	and	s2,s2,-16
  ptrs[argc] = 0;
ffffffc080205370:	003a1793          	sll	a5,s4,0x3
ffffffc080205374:	f9078793          	add	a5,a5,-112
ffffffc080205378:	97a2                	add	a5,a5,s0
  if (vm_write(vs, sp, ptrs, (argc + 1) * sizeof(uint64)) < 0)
ffffffc08020537a:	865a                	mv	a2,s6
ffffffc08020537c:	85ca                	mv	a1,s2
ffffffc08020537e:	8526                	mv	a0,s1
  ptrs[argc] = 0;
ffffffc080205380:	e007b023          	sd	zero,-512(a5)
  if (vm_write(vs, sp, ptrs, (argc + 1) * sizeof(uint64)) < 0)
ffffffc080205384:	991ff0ef          	jal	ffffffc080204d14 <vm_write>
ffffffc080205388:	f2054ce3          	bltz	a0,ffffffc0802052c0 <exec+0x1d4>
  uint64 sp, uargv;
  int argc = push_args(vs, argv, &sp, &uargv);
  if (argc < 0 || proc_single_thread() < 0) {
ffffffc08020538c:	747000ef          	jal	ffffffc0802062d2 <proc_single_thread>
ffffffc080205390:	f20548e3          	bltz	a0,ffffffc0802052c0 <exec+0x1d4>
    vm_destroy(vs);
    return -1;
  }
  struct proc *p = curproc();
ffffffc080205394:	2e3000ef          	jal	ffffffc080205e76 <curproc>
  struct vmspace *old = p->vm;
ffffffc080205398:	04053b03          	ld	s6,64(a0)
  struct proc *p = curproc();
ffffffc08020539c:	89aa                	mv	s3,a0
  push_off();
ffffffc08020539e:	234010ef          	jal	ffffffc0802065d2 <push_off>
  vm_deactivate(old);
ffffffc0802053a2:	855a                	mv	a0,s6
ffffffc0802053a4:	ccbff0ef          	jal	ffffffc08020506e <vm_deactivate>
  p->vm = vs;
ffffffc0802053a8:	0499b023          	sd	s1,64(s3)
ffffffc0802053ac:	8792                	mv	a5,tp
  mycpu()->vs = vs;
ffffffc0802053ae:	ebc4                	sd	s1,144(a5)
  vm_activate(vs);
ffffffc0802053b0:	8526                	mv	a0,s1
ffffffc0802053b2:	c99ff0ef          	jal	ffffffc08020504a <vm_activate>
  pop_off();
ffffffc0802053b6:	242010ef          	jal	ffffffc0802065f8 <pop_off>
  vm_destroy(old);
ffffffc0802053ba:	855a                	mv	a0,s6
ffffffc0802053bc:	80bff0ef          	jal	ffffffc080204bc6 <vm_destroy>
  install(p, vs);
  struct trapframe *tf = curthread()->tf;
ffffffc0802053c0:	295000ef          	jal	ffffffc080205e54 <curthread>
ffffffc0802053c4:	6124                	ld	s1,64(a0)
  memset(tf->x, 0, sizeof(tf->x));
ffffffc0802053c6:	4581                	li	a1,0
ffffffc0802053c8:	10000613          	li	a2,256
ffffffc0802053cc:	8526                	mv	a0,s1
ffffffc0802053ce:	f52fe0ef          	jal	ffffffc080203b20 <memset>
  tf->epc = eh.entry;
ffffffc0802053d2:	d6843783          	ld	a5,-664(s0)
  tf->x[REG_SP] = sp;
  tf->x[REG_A1] = uargv;
ffffffc0802053d6:	0524bc23          	sd	s2,88(s1)
  tf->x[REG_SP] = sp;
ffffffc0802053da:	0124b823          	sd	s2,16(s1)
  tf->epc = eh.entry;
ffffffc0802053de:	10f4b023          	sd	a5,256(s1)
  tf->x[REG_A0] = argc;
ffffffc0802053e2:	0544b823          	sd	s4,80(s1)
  for (const char *s = path; *s; s++)
ffffffc0802053e6:	000ac783          	lbu	a5,0(s5)
  safestrcpy(p->name, last_component(path), sizeof(p->name));
ffffffc0802053ea:	0d098513          	add	a0,s3,208
  const char *name = path;
ffffffc0802053ee:	85d6                	mv	a1,s5
  for (const char *s = path; *s; s++)
ffffffc0802053f0:	cb91                	beqz	a5,ffffffc080205404 <exec+0x318>
    if (*s == '/')
ffffffc0802053f2:	02f00713          	li	a4,47
      name = s + 1;
ffffffc0802053f6:	0a85                	add	s5,s5,1
    if (*s == '/')
ffffffc0802053f8:	00e79363          	bne	a5,a4,ffffffc0802053fe <exec+0x312>
      name = s + 1;
ffffffc0802053fc:	85d6                	mv	a1,s5
  for (const char *s = path; *s; s++)
ffffffc0802053fe:	000ac783          	lbu	a5,0(s5)
ffffffc080205402:	fbf5                	bnez	a5,ffffffc0802053f6 <exec+0x30a>
  safestrcpy(p->name, last_component(path), sizeof(p->name));
ffffffc080205404:	4641                	li	a2,16
ffffffc080205406:	8bdfe0ef          	jal	ffffffc080203cc2 <safestrcpy>
  return argc;
}
ffffffc08020540a:	30813083          	ld	ra,776(sp)
ffffffc08020540e:	30013403          	ld	s0,768(sp)
ffffffc080205412:	2f813483          	ld	s1,760(sp)
ffffffc080205416:	2f013903          	ld	s2,752(sp)
ffffffc08020541a:	2e813983          	ld	s3,744(sp)
ffffffc08020541e:	2d813a83          	ld	s5,728(sp)
ffffffc080205422:	2d013b03          	ld	s6,720(sp)
ffffffc080205426:	2c813b83          	ld	s7,712(sp)
ffffffc08020542a:	2c013c03          	ld	s8,704(sp)
ffffffc08020542e:	2b813c83          	ld	s9,696(sp)
ffffffc080205432:	2b013d03          	ld	s10,688(sp)
ffffffc080205436:	2a813d83          	ld	s11,680(sp)
ffffffc08020543a:	8552                	mv	a0,s4
ffffffc08020543c:	2e013a03          	ld	s4,736(sp)
ffffffc080205440:	31010113          	add	sp,sp,784
ffffffc080205444:	8082                	ret
    inode_put(ip);
ffffffc080205446:	854a                	mv	a0,s2
ffffffc080205448:	962fd0ef          	jal	ffffffc0802025aa <inode_put>
    return -1;
ffffffc08020544c:	5a7d                	li	s4,-1
ffffffc08020544e:	bf75                	j	ffffffc08020540a <exec+0x31e>
  for (; argv[argc]; argc++) {
ffffffc080205450:	eff00913          	li	s2,-257
ffffffc080205454:	097a                	sll	s2,s2,0x1e
ffffffc080205456:	01a95913          	srl	s2,s2,0x1a
ffffffc08020545a:	46a1                	li	a3,8
  int argc = 0;
ffffffc08020545c:	4a01                	li	s4,0
ffffffc08020545e:	d9040b13          	add	s6,s0,-624
ffffffc080205462:	b739                	j	ffffffc080205370 <exec+0x284>

ffffffc080205464 <thread_first_entry>:
  spin_unlock(&p->lock);
}

/* A new thread's first instructions in the kernel: the scheduler still
 * holds its lock. */
void thread_first_entry(void) {
ffffffc080205464:	1141                	add	sp,sp,-16
ffffffc080205466:	e406                	sd	ra,8(sp)
ffffffc080205468:	e022                	sd	s0,0(sp)
ffffffc08020546a:	0800                	add	s0,sp,16
  spin_unlock(&curthread()->lock);
ffffffc08020546c:	1e9000ef          	jal	ffffffc080205e54 <curthread>
ffffffc080205470:	1d2010ef          	jal	ffffffc080206642 <spin_unlock>
  user_trap_return();
ffffffc080205474:	bd9fb0ef          	jal	ffffffc08020104c <user_trap_return>

ffffffc080205478 <init_first_entry>:
}

static char **init_argv;

static void init_first_entry(void) {
ffffffc080205478:	1141                	add	sp,sp,-16
ffffffc08020547a:	e406                	sd	ra,8(sp)
ffffffc08020547c:	e022                	sd	s0,0(sp)
ffffffc08020547e:	0800                	add	s0,sp,16
  spin_unlock(&curthread()->lock);
ffffffc080205480:	1d5000ef          	jal	ffffffc080205e54 <curthread>
ffffffc080205484:	1be010ef          	jal	ffffffc080206642 <spin_unlock>
  if (exec("/init", init_argv) < 0)
ffffffc080205488:	00275597          	auipc	a1,0x275
ffffffc08020548c:	c185b583          	ld	a1,-1000(a1) # ffffffc08047a0a0 <init_argv>
ffffffc080205490:	00003517          	auipc	a0,0x3
ffffffc080205494:	53050513          	add	a0,a0,1328 # ffffffc0802089c0 <__func__.0+0x3c0>
ffffffc080205498:	c55ff0ef          	jal	ffffffc0802050ec <exec>
ffffffc08020549c:	00054463          	bltz	a0,ffffffc0802054a4 <init_first_entry+0x2c>
    panic("proc_start_init: cannot exec /init");
  user_trap_return();
ffffffc0802054a0:	badfb0ef          	jal	ffffffc08020104c <user_trap_return>
    panic("proc_start_init: cannot exec /init");
ffffffc0802054a4:	00003517          	auipc	a0,0x3
ffffffc0802054a8:	52450513          	add	a0,a0,1316 # ffffffc0802089c8 <__func__.0+0x3c8>
ffffffc0802054ac:	da4fe0ef          	jal	ffffffc080203a50 <panic>

ffffffc0802054b0 <thread_end_locked>:
}

/* Ends thread t while others of p live on: it waits, T_EXITED, to be
 * joined or reaped. Caller holds p->lock; never returns. */
static __attribute__((noreturn)) void thread_end_locked(struct proc *p, struct thread *t,
                                                        int status) {
ffffffc0802054b0:	1101                	add	sp,sp,-32
ffffffc0802054b2:	ec06                	sd	ra,24(sp)
ffffffc0802054b4:	e822                	sd	s0,16(sp)
ffffffc0802054b6:	e426                	sd	s1,8(sp)
ffffffc0802054b8:	1000                	add	s0,sp,32
ffffffc0802054ba:	e04a                	sd	s2,0(sp)
  t->ended = true;
  t->xstate = status;
  p->nthreads--;
ffffffc0802054bc:	551c                	lw	a5,40(a0)
  t->ended = true;
ffffffc0802054be:	4705                	li	a4,1
ffffffc0802054c0:	04e58423          	sb	a4,72(a1)
  t->xstate = status;
ffffffc0802054c4:	c5f0                	sw	a2,76(a1)
  p->nthreads--;
ffffffc0802054c6:	37fd                	addw	a5,a5,-1
                                                        int status) {
ffffffc0802054c8:	892a                	mv	s2,a0
  p->nthreads--;
ffffffc0802054ca:	02f92423          	sw	a5,40(s2)
  wakeup(t);            /* a joiner */
ffffffc0802054ce:	852e                	mv	a0,a1
                                                        int status) {
ffffffc0802054d0:	84ae                	mv	s1,a1
  wakeup(t);            /* a joiner */
ffffffc0802054d2:	3f7000ef          	jal	ffffffc0802060c8 <wakeup>
  wakeup(&p->nthreads); /* an exec waiting to be single-threaded */
ffffffc0802054d6:	02890513          	add	a0,s2,40
ffffffc0802054da:	3ef000ef          	jal	ffffffc0802060c8 <wakeup>
  spin_lock(&t->lock);
ffffffc0802054de:	8526                	mv	a0,s1
ffffffc0802054e0:	068010ef          	jal	ffffffc080206548 <spin_lock>
  spin_unlock(&p->lock);
ffffffc0802054e4:	854a                	mv	a0,s2
ffffffc0802054e6:	15c010ef          	jal	ffffffc080206642 <spin_unlock>
  t->state = T_EXITED;
ffffffc0802054ea:	4795                	li	a5,5
ffffffc0802054ec:	cc9c                	sw	a5,24(s1)
  sched();
ffffffc0802054ee:	2ad000ef          	jal	ffffffc080205f9a <sched>
  panic("thread_end_locked: ended thread ran");
ffffffc0802054f2:	00003517          	auipc	a0,0x3
ffffffc0802054f6:	4fe50513          	add	a0,a0,1278 # ffffffc0802089f0 <__func__.0+0x3f0>
ffffffc0802054fa:	d56fe0ef          	jal	ffffffc080203a50 <panic>

ffffffc0802054fe <proc_init>:
void proc_init(void) {
ffffffc0802054fe:	7139                	add	sp,sp,-64
ffffffc080205500:	fc06                	sd	ra,56(sp)
ffffffc080205502:	f822                	sd	s0,48(sp)
ffffffc080205504:	f426                	sd	s1,40(sp)
ffffffc080205506:	f04a                	sd	s2,32(sp)
ffffffc080205508:	ec4e                	sd	s3,24(sp)
ffffffc08020550a:	0080                	add	s0,sp,64
ffffffc08020550c:	e852                	sd	s4,16(sp)
ffffffc08020550e:	e456                	sd	s5,8(sp)
ffffffc080205510:	e05a                	sd	s6,0(sp)
  spin_init(&pid_lock, "pid");
ffffffc080205512:	00003597          	auipc	a1,0x3
ffffffc080205516:	50658593          	add	a1,a1,1286 # ffffffc080208a18 <__func__.0+0x418>
ffffffc08020551a:	002b0517          	auipc	a0,0x2b0
ffffffc08020551e:	f2650513          	add	a0,a0,-218 # ffffffc0804b5440 <pid_lock>
ffffffc080205522:	010010ef          	jal	ffffffc080206532 <spin_init>
  spin_init(&proc_wait_lock, "wait");
ffffffc080205526:	00003597          	auipc	a1,0x3
ffffffc08020552a:	4fa58593          	add	a1,a1,1274 # ffffffc080208a20 <__func__.0+0x420>
ffffffc08020552e:	002b0517          	auipc	a0,0x2b0
ffffffc080205532:	f2a50513          	add	a0,a0,-214 # ffffffc0804b5458 <proc_wait_lock>
ffffffc080205536:	7fd000ef          	jal	ffffffc080206532 <spin_init>
  for (int i = 0; i < NPROC; i++)
ffffffc08020553a:	004b0497          	auipc	s1,0x4b0
ffffffc08020553e:	f3648493          	add	s1,s1,-202 # ffffffc0806b5470 <procs>
ffffffc080205542:	004b3997          	auipc	s3,0x4b3
ffffffc080205546:	72e98993          	add	s3,s3,1838 # ffffffc0806b8c70 <threads>
    spin_init(&procs[i].lock, "proc");
ffffffc08020554a:	00003917          	auipc	s2,0x3
ffffffc08020554e:	4de90913          	add	s2,s2,1246 # ffffffc080208a28 <__func__.0+0x428>
ffffffc080205552:	8526                	mv	a0,s1
ffffffc080205554:	85ca                	mv	a1,s2
  for (int i = 0; i < NPROC; i++)
ffffffc080205556:	0e048493          	add	s1,s1,224
    spin_init(&procs[i].lock, "proc");
ffffffc08020555a:	7d9000ef          	jal	ffffffc080206532 <spin_init>
  for (int i = 0; i < NPROC; i++)
ffffffc08020555e:	ff349ae3          	bne	s1,s3,ffffffc080205552 <proc_init+0x54>
    threads[i].tf = (struct trapframe *)(kstacks[i] + KSTACK_SIZE - sizeof(struct trapframe));
ffffffc080205562:	6991                	lui	s3,0x4
ffffffc080205564:	004b3497          	auipc	s1,0x4b3
ffffffc080205568:	70c48493          	add	s1,s1,1804 # ffffffc0806b8c70 <threads>
ffffffc08020556c:	002b0917          	auipc	s2,0x2b0
ffffffc080205570:	f0490913          	add	s2,s2,-252 # ffffffc0804b5470 <kstacks>
ffffffc080205574:	004b9b17          	auipc	s6,0x4b9
ffffffc080205578:	6fcb0b13          	add	s6,s6,1788 # ffffffc0806bec70 <kernel_bss_end>
    spin_init(&threads[i].lock, "thread");
ffffffc08020557c:	00003a97          	auipc	s5,0x3
ffffffc080205580:	4b4a8a93          	add	s5,s5,1204 # ffffffc080208a30 <__func__.0+0x430>
    threads[i].tf = (struct trapframe *)(kstacks[i] + KSTACK_SIZE - sizeof(struct trapframe));
ffffffc080205584:	ee098a13          	add	s4,s3,-288 # 3ee0 <KERNEL_PA-0x801fc120>
    spin_init(&threads[i].lock, "thread");
ffffffc080205588:	8526                	mv	a0,s1
ffffffc08020558a:	85d6                	mv	a1,s5
ffffffc08020558c:	7a7000ef          	jal	ffffffc080206532 <spin_init>
    threads[i].tf = (struct trapframe *)(kstacks[i] + KSTACK_SIZE - sizeof(struct trapframe));
ffffffc080205590:	014907b3          	add	a5,s2,s4
    threads[i].kstack = kstacks[i];
ffffffc080205594:	0324bc23          	sd	s2,56(s1)
    threads[i].tf = (struct trapframe *)(kstacks[i] + KSTACK_SIZE - sizeof(struct trapframe));
ffffffc080205598:	e0bc                	sd	a5,64(s1)
  for (int i = 0; i < NTHREAD; i++) {
ffffffc08020559a:	0c048493          	add	s1,s1,192
ffffffc08020559e:	994e                	add	s2,s2,s3
ffffffc0802055a0:	ff6494e3          	bne	s1,s6,ffffffc080205588 <proc_init+0x8a>
}
ffffffc0802055a4:	70e2                	ld	ra,56(sp)
ffffffc0802055a6:	7442                	ld	s0,48(sp)
ffffffc0802055a8:	74a2                	ld	s1,40(sp)
ffffffc0802055aa:	7902                	ld	s2,32(sp)
ffffffc0802055ac:	69e2                	ld	s3,24(sp)
ffffffc0802055ae:	6a42                	ld	s4,16(sp)
ffffffc0802055b0:	6aa2                	ld	s5,8(sp)
ffffffc0802055b2:	6b02                	ld	s6,0(sp)
ffffffc0802055b4:	6121                	add	sp,sp,64
ffffffc0802055b6:	8082                	ret

ffffffc0802055b8 <thread_alloc>:
struct thread *thread_alloc(struct proc *p, void (*entry)(void)) {
ffffffc0802055b8:	7139                	add	sp,sp,-64
ffffffc0802055ba:	f822                	sd	s0,48(sp)
ffffffc0802055bc:	f426                	sd	s1,40(sp)
ffffffc0802055be:	f04a                	sd	s2,32(sp)
ffffffc0802055c0:	ec4e                	sd	s3,24(sp)
ffffffc0802055c2:	e852                	sd	s4,16(sp)
ffffffc0802055c4:	e456                	sd	s5,8(sp)
ffffffc0802055c6:	fc06                	sd	ra,56(sp)
ffffffc0802055c8:	0080                	add	s0,sp,64
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc0802055ca:	004b3997          	auipc	s3,0x4b3
ffffffc0802055ce:	6a698993          	add	s3,s3,1702 # ffffffc0806b8c70 <threads>
struct thread *thread_alloc(struct proc *p, void (*entry)(void)) {
ffffffc0802055d2:	8aaa                	mv	s5,a0
ffffffc0802055d4:	8a2e                	mv	s4,a1
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc0802055d6:	84ce                	mv	s1,s3
ffffffc0802055d8:	004b9917          	auipc	s2,0x4b9
ffffffc0802055dc:	69890913          	add	s2,s2,1688 # ffffffc0806bec70 <kernel_bss_end>
ffffffc0802055e0:	a039                	j	ffffffc0802055ee <thread_alloc+0x36>
ffffffc0802055e2:	0c048493          	add	s1,s1,192
    spin_unlock(&t->lock);
ffffffc0802055e6:	05c010ef          	jal	ffffffc080206642 <spin_unlock>
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc0802055ea:	07248763          	beq	s1,s2,ffffffc080205658 <thread_alloc+0xa0>
    spin_lock(&t->lock);
ffffffc0802055ee:	8526                	mv	a0,s1
ffffffc0802055f0:	759000ef          	jal	ffffffc080206548 <spin_lock>
    if (t->state == T_UNUSED) {
ffffffc0802055f4:	4c9c                	lw	a5,24(s1)
    spin_unlock(&t->lock);
ffffffc0802055f6:	8526                	mv	a0,s1
    if (t->state == T_UNUSED) {
ffffffc0802055f8:	f7ed                	bnez	a5,ffffffc0802055e2 <thread_alloc+0x2a>
      t->tid = t - threads;
ffffffc0802055fa:	413487b3          	sub	a5,s1,s3
ffffffc0802055fe:	00003717          	auipc	a4,0x3
ffffffc080205602:	a2273703          	ld	a4,-1502(a4) # ffffffc080208020 <kernel_text_end+0x20>
ffffffc080205606:	8799                	sra	a5,a5,0x6
ffffffc080205608:	02e787b3          	mul	a5,a5,a4
      t->state = T_EMBRYO;
ffffffc08020560c:	4705                	li	a4,1
ffffffc08020560e:	cc98                	sw	a4,24(s1)
      t->proc = p;
ffffffc080205610:	0354b423          	sd	s5,40(s1)
      t->chan = NULL;
ffffffc080205614:	0204b023          	sd	zero,32(s1)
      t->ended = false;
ffffffc080205618:	04048423          	sb	zero,72(s1)
      t->tid = t - threads;
ffffffc08020561c:	d89c                	sw	a5,48(s1)
      spin_unlock(&t->lock);
ffffffc08020561e:	024010ef          	jal	ffffffc080206642 <spin_unlock>
      *(uint64 *)t->kstack = KSTACK_CANARY;
ffffffc080205622:	7c9c                	ld	a5,56(s1)
ffffffc080205624:	00003717          	auipc	a4,0x3
ffffffc080205628:	a0473703          	ld	a4,-1532(a4) # ffffffc080208028 <kernel_text_end+0x28>
      memset(&t->ctx, 0, sizeof(t->ctx));
ffffffc08020562c:	07000613          	li	a2,112
      *(uint64 *)t->kstack = KSTACK_CANARY;
ffffffc080205630:	e398                	sd	a4,0(a5)
      memset(&t->ctx, 0, sizeof(t->ctx));
ffffffc080205632:	4581                	li	a1,0
ffffffc080205634:	05048513          	add	a0,s1,80
ffffffc080205638:	ce8fe0ef          	jal	ffffffc080203b20 <memset>
      t->ctx.sp = (uint64)t->tf;
ffffffc08020563c:	60bc                	ld	a5,64(s1)
      t->ctx.ra = (uint64)entry;
ffffffc08020563e:	0544b823          	sd	s4,80(s1)
      t->ctx.sp = (uint64)t->tf;
ffffffc080205642:	ecbc                	sd	a5,88(s1)
}
ffffffc080205644:	70e2                	ld	ra,56(sp)
ffffffc080205646:	7442                	ld	s0,48(sp)
ffffffc080205648:	7902                	ld	s2,32(sp)
ffffffc08020564a:	69e2                	ld	s3,24(sp)
ffffffc08020564c:	6a42                	ld	s4,16(sp)
ffffffc08020564e:	6aa2                	ld	s5,8(sp)
ffffffc080205650:	8526                	mv	a0,s1
ffffffc080205652:	74a2                	ld	s1,40(sp)
ffffffc080205654:	6121                	add	sp,sp,64
ffffffc080205656:	8082                	ret
  return NULL;
ffffffc080205658:	4481                	li	s1,0
ffffffc08020565a:	b7ed                	j	ffffffc080205644 <thread_alloc+0x8c>

ffffffc08020565c <proc_alloc>:
static struct proc *proc_alloc(void (*entry)(void), struct thread **tp) {
ffffffc08020565c:	7179                	add	sp,sp,-48
ffffffc08020565e:	f022                	sd	s0,32(sp)
ffffffc080205660:	ec26                	sd	s1,24(sp)
ffffffc080205662:	e84a                	sd	s2,16(sp)
ffffffc080205664:	e44e                	sd	s3,8(sp)
ffffffc080205666:	f406                	sd	ra,40(sp)
ffffffc080205668:	1800                	add	s0,sp,48
ffffffc08020566a:	89aa                	mv	s3,a0
ffffffc08020566c:	892e                	mv	s2,a1
  for (struct proc *p = procs; p < &procs[NPROC]; p++) {
ffffffc08020566e:	004b0497          	auipc	s1,0x4b0
ffffffc080205672:	e0248493          	add	s1,s1,-510 # ffffffc0806b5470 <procs>
    spin_lock(&p->lock);
ffffffc080205676:	8526                	mv	a0,s1
ffffffc080205678:	6d1000ef          	jal	ffffffc080206548 <spin_lock>
    if (p->state != P_UNUSED) {
ffffffc08020567c:	4c9c                	lw	a5,24(s1)
ffffffc08020567e:	e3bd                	bnez	a5,ffffffc0802056e4 <proc_alloc+0x88>
    p->state = P_USED;
ffffffc080205680:	4785                	li	a5,1
ffffffc080205682:	cc9c                	sw	a5,24(s1)
    p->nthreads = 1;
ffffffc080205684:	d49c                	sw	a5,40(s1)
    spin_unlock(&p->lock);
ffffffc080205686:	8526                	mv	a0,s1
    p->killed = false;
ffffffc080205688:	02048023          	sb	zero,32(s1)
    p->exiting = false;
ffffffc08020568c:	02048623          	sb	zero,44(s1)
    p->single = NULL;
ffffffc080205690:	0204b823          	sd	zero,48(s1)
    p->xstate = 0;
ffffffc080205694:	0204a223          	sw	zero,36(s1)
    spin_unlock(&p->lock);
ffffffc080205698:	7ab000ef          	jal	ffffffc080206642 <spin_unlock>
    *tp = thread_alloc(p, entry);
ffffffc08020569c:	85ce                	mv	a1,s3
ffffffc08020569e:	8526                	mv	a0,s1
ffffffc0802056a0:	f19ff0ef          	jal	ffffffc0802055b8 <thread_alloc>
ffffffc0802056a4:	00a93023          	sd	a0,0(s2)
    if (!*tp) {
ffffffc0802056a8:	c939                	beqz	a0,ffffffc0802056fe <proc_alloc+0xa2>
    spin_lock(&pid_lock);
ffffffc0802056aa:	002b0517          	auipc	a0,0x2b0
ffffffc0802056ae:	d9650513          	add	a0,a0,-618 # ffffffc0804b5440 <pid_lock>
ffffffc0802056b2:	697000ef          	jal	ffffffc080206548 <spin_lock>
    p->pid = next_pid++;
ffffffc0802056b6:	00275797          	auipc	a5,0x275
ffffffc0802056ba:	95278793          	add	a5,a5,-1710 # ffffffc08047a008 <next_pid>
ffffffc0802056be:	4398                	lw	a4,0(a5)
    spin_unlock(&pid_lock);
ffffffc0802056c0:	002b0517          	auipc	a0,0x2b0
ffffffc0802056c4:	d8050513          	add	a0,a0,-640 # ffffffc0804b5440 <pid_lock>
    p->pid = next_pid++;
ffffffc0802056c8:	0017069b          	addw	a3,a4,1
ffffffc0802056cc:	ccd8                	sw	a4,28(s1)
ffffffc0802056ce:	c394                	sw	a3,0(a5)
    spin_unlock(&pid_lock);
ffffffc0802056d0:	773000ef          	jal	ffffffc080206642 <spin_unlock>
}
ffffffc0802056d4:	70a2                	ld	ra,40(sp)
ffffffc0802056d6:	7402                	ld	s0,32(sp)
ffffffc0802056d8:	6942                	ld	s2,16(sp)
ffffffc0802056da:	69a2                	ld	s3,8(sp)
ffffffc0802056dc:	8526                	mv	a0,s1
ffffffc0802056de:	64e2                	ld	s1,24(sp)
ffffffc0802056e0:	6145                	add	sp,sp,48
ffffffc0802056e2:	8082                	ret
      spin_unlock(&p->lock);
ffffffc0802056e4:	8526                	mv	a0,s1
ffffffc0802056e6:	75d000ef          	jal	ffffffc080206642 <spin_unlock>
  for (struct proc *p = procs; p < &procs[NPROC]; p++) {
ffffffc0802056ea:	0e048493          	add	s1,s1,224
ffffffc0802056ee:	004b3797          	auipc	a5,0x4b3
ffffffc0802056f2:	58278793          	add	a5,a5,1410 # ffffffc0806b8c70 <threads>
ffffffc0802056f6:	f8f490e3          	bne	s1,a5,ffffffc080205676 <proc_alloc+0x1a>
      return NULL;
ffffffc0802056fa:	4481                	li	s1,0
ffffffc0802056fc:	bfe1                	j	ffffffc0802056d4 <proc_alloc+0x78>
      spin_lock(&p->lock);
ffffffc0802056fe:	8526                	mv	a0,s1
ffffffc080205700:	649000ef          	jal	ffffffc080206548 <spin_lock>
      spin_unlock(&p->lock);
ffffffc080205704:	8526                	mv	a0,s1
      p->state = P_UNUSED;
ffffffc080205706:	0004ac23          	sw	zero,24(s1)
      spin_unlock(&p->lock);
ffffffc08020570a:	739000ef          	jal	ffffffc080206642 <spin_unlock>
      return NULL;
ffffffc08020570e:	4481                	li	s1,0
ffffffc080205710:	b7d1                	j	ffffffc0802056d4 <proc_alloc+0x78>

ffffffc080205712 <thread_free>:
void thread_free(struct thread *t) {
ffffffc080205712:	1101                	add	sp,sp,-32
ffffffc080205714:	e822                	sd	s0,16(sp)
ffffffc080205716:	e426                	sd	s1,8(sp)
ffffffc080205718:	ec06                	sd	ra,24(sp)
ffffffc08020571a:	1000                	add	s0,sp,32
ffffffc08020571c:	84aa                	mv	s1,a0
  spin_lock(&t->lock);
ffffffc08020571e:	62b000ef          	jal	ffffffc080206548 <spin_lock>
}
ffffffc080205722:	6442                	ld	s0,16(sp)
ffffffc080205724:	60e2                	ld	ra,24(sp)
  t->state = T_UNUSED;
ffffffc080205726:	0004ac23          	sw	zero,24(s1)
  t->proc = NULL;
ffffffc08020572a:	0204b423          	sd	zero,40(s1)
  spin_unlock(&t->lock);
ffffffc08020572e:	8526                	mv	a0,s1
}
ffffffc080205730:	64a2                	ld	s1,8(sp)
ffffffc080205732:	6105                	add	sp,sp,32
  spin_unlock(&t->lock);
ffffffc080205734:	70f0006f          	j	ffffffc080206642 <spin_unlock>

ffffffc080205738 <proc_start_init>:
void proc_start_init(char **argv) {
ffffffc080205738:	7179                	add	sp,sp,-48
ffffffc08020573a:	f022                	sd	s0,32(sp)
ffffffc08020573c:	e84a                	sd	s2,16(sp)
ffffffc08020573e:	1800                	add	s0,sp,48
ffffffc080205740:	f406                	sd	ra,40(sp)
ffffffc080205742:	ec26                	sd	s1,24(sp)
ffffffc080205744:	892a                	mv	s2,a0
  struct proc *p = proc_alloc(init_first_entry, &t);
ffffffc080205746:	fd840593          	add	a1,s0,-40
ffffffc08020574a:	00000517          	auipc	a0,0x0
ffffffc08020574e:	d2e50513          	add	a0,a0,-722 # ffffffc080205478 <init_first_entry>
ffffffc080205752:	f0bff0ef          	jal	ffffffc08020565c <proc_alloc>
  if (!p || !(p->vm = vm_create()))
ffffffc080205756:	cd21                	beqz	a0,ffffffc0802057ae <proc_start_init+0x76>
ffffffc080205758:	84aa                	mv	s1,a0
ffffffc08020575a:	c22ff0ef          	jal	ffffffc080204b7c <vm_create>
ffffffc08020575e:	e0a8                	sd	a0,64(s1)
ffffffc080205760:	c539                	beqz	a0,ffffffc0802057ae <proc_start_init+0x76>
  init_argv = argv;
ffffffc080205762:	00275797          	auipc	a5,0x275
ffffffc080205766:	9327bf23          	sd	s2,-1730(a5) # ffffffc08047a0a0 <init_argv>
  p->cwd = inode_dup(fs_root());
ffffffc08020576a:	9c6fc0ef          	jal	ffffffc080201930 <fs_root>
ffffffc08020576e:	dfdfc0ef          	jal	ffffffc08020256a <inode_dup>
ffffffc080205772:	e4e8                	sd	a0,200(s1)
  safestrcpy(p->name, "init", sizeof(p->name));
ffffffc080205774:	4641                	li	a2,16
ffffffc080205776:	00003597          	auipc	a1,0x3
ffffffc08020577a:	10a58593          	add	a1,a1,266 # ffffffc080208880 <__func__.0+0x280>
ffffffc08020577e:	0d048513          	add	a0,s1,208
ffffffc080205782:	d40fe0ef          	jal	ffffffc080203cc2 <safestrcpy>
  spin_lock(&t->lock);
ffffffc080205786:	fd843903          	ld	s2,-40(s0)
  initproc = p;
ffffffc08020578a:	00275797          	auipc	a5,0x275
ffffffc08020578e:	9097bf23          	sd	s1,-1762(a5) # ffffffc08047a0a8 <initproc>
  spin_lock(&t->lock);
ffffffc080205792:	854a                	mv	a0,s2
ffffffc080205794:	5b5000ef          	jal	ffffffc080206548 <spin_lock>
  t->state = T_RUNNABLE;
ffffffc080205798:	478d                	li	a5,3
}
ffffffc08020579a:	7402                	ld	s0,32(sp)
ffffffc08020579c:	70a2                	ld	ra,40(sp)
ffffffc08020579e:	64e2                	ld	s1,24(sp)
  t->state = T_RUNNABLE;
ffffffc0802057a0:	00f92c23          	sw	a5,24(s2)
  spin_unlock(&t->lock);
ffffffc0802057a4:	854a                	mv	a0,s2
}
ffffffc0802057a6:	6942                	ld	s2,16(sp)
ffffffc0802057a8:	6145                	add	sp,sp,48
  spin_unlock(&t->lock);
ffffffc0802057aa:	6990006f          	j	ffffffc080206642 <spin_unlock>
    panic("proc_start_init: out of memory");
ffffffc0802057ae:	00003517          	auipc	a0,0x3
ffffffc0802057b2:	28a50513          	add	a0,a0,650 # ffffffc080208a38 <__func__.0+0x438>
ffffffc0802057b6:	a9afe0ef          	jal	ffffffc080203a50 <panic>

ffffffc0802057ba <proc_fork>:
int proc_fork(void) {
ffffffc0802057ba:	715d                	add	sp,sp,-80
ffffffc0802057bc:	e486                	sd	ra,72(sp)
ffffffc0802057be:	e0a2                	sd	s0,64(sp)
ffffffc0802057c0:	fc26                	sd	s1,56(sp)
ffffffc0802057c2:	0880                	add	s0,sp,80
ffffffc0802057c4:	ec56                	sd	s5,24(sp)
ffffffc0802057c6:	f84a                	sd	s2,48(sp)
ffffffc0802057c8:	f44e                	sd	s3,40(sp)
ffffffc0802057ca:	f052                	sd	s4,32(sp)
ffffffc0802057cc:	e85a                	sd	s6,16(sp)
  struct proc *p = curproc(), *np;
ffffffc0802057ce:	6a8000ef          	jal	ffffffc080205e76 <curproc>
ffffffc0802057d2:	8aaa                	mv	s5,a0
  struct thread *t = curthread(), *nt;
ffffffc0802057d4:	680000ef          	jal	ffffffc080205e54 <curthread>
ffffffc0802057d8:	84aa                	mv	s1,a0
  if (!(np = proc_alloc(thread_first_entry, &nt)))
ffffffc0802057da:	fb840593          	add	a1,s0,-72
ffffffc0802057de:	00000517          	auipc	a0,0x0
ffffffc0802057e2:	c8650513          	add	a0,a0,-890 # ffffffc080205464 <thread_first_entry>
ffffffc0802057e6:	e77ff0ef          	jal	ffffffc08020565c <proc_alloc>
ffffffc0802057ea:	0e050f63          	beqz	a0,ffffffc0802058e8 <proc_fork+0x12e>
  if (!(np->vm = vm_fork(p->vm, vm_fork_mode()))) {
ffffffc0802057ee:	040ab903          	ld	s2,64(s5)
ffffffc0802057f2:	8a2a                	mv	s4,a0
ffffffc0802057f4:	b5aff0ef          	jal	ffffffc080204b4e <vm_fork_mode>
ffffffc0802057f8:	85aa                	mv	a1,a0
ffffffc0802057fa:	854a                	mv	a0,s2
ffffffc0802057fc:	f54ff0ef          	jal	ffffffc080204f50 <vm_fork>
ffffffc080205800:	04aa3023          	sd	a0,64(s4)
    proc_release(np, nt);
ffffffc080205804:	fb843b03          	ld	s6,-72(s0)
  if (!(np->vm = vm_fork(p->vm, vm_fork_mode()))) {
ffffffc080205808:	cd55                	beqz	a0,ffffffc0802058c4 <proc_fork+0x10a>
  *nt->tf = *t->tf;
ffffffc08020580a:	040b3883          	ld	a7,64(s6)
ffffffc08020580e:	60bc                	ld	a5,64(s1)
ffffffc080205810:	8746                	mv	a4,a7
ffffffc080205812:	12078813          	add	a6,a5,288
ffffffc080205816:	6388                	ld	a0,0(a5)
ffffffc080205818:	678c                	ld	a1,8(a5)
ffffffc08020581a:	6b90                	ld	a2,16(a5)
ffffffc08020581c:	6f94                	ld	a3,24(a5)
ffffffc08020581e:	e308                	sd	a0,0(a4)
ffffffc080205820:	e70c                	sd	a1,8(a4)
ffffffc080205822:	eb10                	sd	a2,16(a4)
ffffffc080205824:	ef14                	sd	a3,24(a4)
ffffffc080205826:	02078793          	add	a5,a5,32
ffffffc08020582a:	02070713          	add	a4,a4,32
ffffffc08020582e:	ff0794e3          	bne	a5,a6,ffffffc080205816 <proc_fork+0x5c>
  nt->tf->x[REG_A0] = 0;
ffffffc080205832:	0408b823          	sd	zero,80(a7)
  for (int fd = 0; fd < NOFILE; fd++)
ffffffc080205836:	048a8493          	add	s1,s5,72
ffffffc08020583a:	048a0913          	add	s2,s4,72
ffffffc08020583e:	0c8a8993          	add	s3,s5,200
    np->ofile[fd] = p->ofile[fd] ? file_dup(p->ofile[fd]) : NULL;
ffffffc080205842:	6088                	ld	a0,0(s1)
  for (int fd = 0; fd < NOFILE; fd++)
ffffffc080205844:	04a1                	add	s1,s1,8
    np->ofile[fd] = p->ofile[fd] ? file_dup(p->ofile[fd]) : NULL;
ffffffc080205846:	c119                	beqz	a0,ffffffc08020584c <proc_fork+0x92>
ffffffc080205848:	ff4fc0ef          	jal	ffffffc08020203c <file_dup>
ffffffc08020584c:	00a93023          	sd	a0,0(s2)
  for (int fd = 0; fd < NOFILE; fd++)
ffffffc080205850:	0921                	add	s2,s2,8
ffffffc080205852:	ff3498e3          	bne	s1,s3,ffffffc080205842 <proc_fork+0x88>
  np->cwd = inode_dup(p->cwd);
ffffffc080205856:	0c8ab503          	ld	a0,200(s5)
ffffffc08020585a:	d11fc0ef          	jal	ffffffc08020256a <inode_dup>
  safestrcpy(np->name, p->name, sizeof(np->name));
ffffffc08020585e:	4641                	li	a2,16
ffffffc080205860:	0d0a8593          	add	a1,s5,208
  np->cwd = inode_dup(p->cwd);
ffffffc080205864:	0caa3423          	sd	a0,200(s4)
  safestrcpy(np->name, p->name, sizeof(np->name));
ffffffc080205868:	0d0a0513          	add	a0,s4,208
ffffffc08020586c:	c56fe0ef          	jal	ffffffc080203cc2 <safestrcpy>
  spin_lock(&proc_wait_lock);
ffffffc080205870:	002b0517          	auipc	a0,0x2b0
ffffffc080205874:	be850513          	add	a0,a0,-1048 # ffffffc0804b5458 <proc_wait_lock>
  int pid = np->pid;
ffffffc080205878:	01ca2483          	lw	s1,28(s4)
  spin_lock(&proc_wait_lock);
ffffffc08020587c:	4cd000ef          	jal	ffffffc080206548 <spin_lock>
  spin_unlock(&proc_wait_lock);
ffffffc080205880:	002b0517          	auipc	a0,0x2b0
ffffffc080205884:	bd850513          	add	a0,a0,-1064 # ffffffc0804b5458 <proc_wait_lock>
  np->parent = p;
ffffffc080205888:	035a3c23          	sd	s5,56(s4)
  spin_unlock(&proc_wait_lock);
ffffffc08020588c:	5b7000ef          	jal	ffffffc080206642 <spin_unlock>
  spin_lock(&nt->lock);
ffffffc080205890:	855a                	mv	a0,s6
ffffffc080205892:	4b7000ef          	jal	ffffffc080206548 <spin_lock>
  nt->state = T_RUNNABLE;
ffffffc080205896:	478d                	li	a5,3
ffffffc080205898:	00fb2c23          	sw	a5,24(s6)
  spin_unlock(&nt->lock);
ffffffc08020589c:	855a                	mv	a0,s6
ffffffc08020589e:	5a5000ef          	jal	ffffffc080206642 <spin_unlock>
ffffffc0802058a2:	8792                	mv	a5,tp
  __atomic_fetch_add(&mycpu()->stats[idx], 1, __ATOMIC_RELAXED);
ffffffc0802058a4:	4705                	li	a4,1
ffffffc0802058a6:	2c078793          	add	a5,a5,704
ffffffc0802058aa:	00e7b02f          	amoadd.d	zero,a4,(a5)
}
ffffffc0802058ae:	60a6                	ld	ra,72(sp)
ffffffc0802058b0:	6406                	ld	s0,64(sp)
ffffffc0802058b2:	7942                	ld	s2,48(sp)
ffffffc0802058b4:	79a2                	ld	s3,40(sp)
ffffffc0802058b6:	7a02                	ld	s4,32(sp)
ffffffc0802058b8:	6ae2                	ld	s5,24(sp)
ffffffc0802058ba:	6b42                	ld	s6,16(sp)
ffffffc0802058bc:	8526                	mv	a0,s1
ffffffc0802058be:	74e2                	ld	s1,56(sp)
ffffffc0802058c0:	6161                	add	sp,sp,80
ffffffc0802058c2:	8082                	ret
  spin_lock(&t->lock);
ffffffc0802058c4:	855a                	mv	a0,s6
ffffffc0802058c6:	483000ef          	jal	ffffffc080206548 <spin_lock>
  spin_unlock(&t->lock);
ffffffc0802058ca:	855a                	mv	a0,s6
  t->state = T_UNUSED;
ffffffc0802058cc:	000b2c23          	sw	zero,24(s6)
  t->proc = NULL;
ffffffc0802058d0:	020b3423          	sd	zero,40(s6)
  spin_unlock(&t->lock);
ffffffc0802058d4:	56f000ef          	jal	ffffffc080206642 <spin_unlock>
  spin_lock(&p->lock);
ffffffc0802058d8:	8552                	mv	a0,s4
ffffffc0802058da:	46f000ef          	jal	ffffffc080206548 <spin_lock>
  spin_unlock(&p->lock);
ffffffc0802058de:	8552                	mv	a0,s4
  p->state = P_UNUSED;
ffffffc0802058e0:	000a3c23          	sd	zero,24(s4)
  spin_unlock(&p->lock);
ffffffc0802058e4:	55f000ef          	jal	ffffffc080206642 <spin_unlock>
    return -1;
ffffffc0802058e8:	54fd                	li	s1,-1
ffffffc0802058ea:	b7d1                	j	ffffffc0802058ae <proc_fork+0xf4>

ffffffc0802058ec <proc_wait>:
    return pid;
  }
  return 0;
}

int proc_wait(uint64 status_uva) {
ffffffc0802058ec:	711d                	add	sp,sp,-96
ffffffc0802058ee:	ec86                	sd	ra,88(sp)
ffffffc0802058f0:	e8a2                	sd	s0,80(sp)
ffffffc0802058f2:	fc4e                	sd	s3,56(sp)
ffffffc0802058f4:	f852                	sd	s4,48(sp)
ffffffc0802058f6:	f456                	sd	s5,40(sp)
ffffffc0802058f8:	f05a                	sd	s6,32(sp)
ffffffc0802058fa:	ec5e                	sd	s7,24(sp)
ffffffc0802058fc:	e862                	sd	s8,16(sp)
ffffffc0802058fe:	1080                	add	s0,sp,96
ffffffc080205900:	e4a6                	sd	s1,72(sp)
ffffffc080205902:	e0ca                	sd	s2,64(sp)
ffffffc080205904:	e466                	sd	s9,8(sp)
ffffffc080205906:	8baa                	mv	s7,a0
  struct proc *p = curproc();
ffffffc080205908:	56e000ef          	jal	ffffffc080205e76 <curproc>
ffffffc08020590c:	8aaa                	mv	s5,a0
  spin_lock(&proc_wait_lock);
ffffffc08020590e:	002b0517          	auipc	a0,0x2b0
ffffffc080205912:	b4a50513          	add	a0,a0,-1206 # ffffffc0804b5458 <proc_wait_lock>
    if (c->state != P_ZOMBIE) {
ffffffc080205916:	4c09                	li	s8,2
  spin_lock(&proc_wait_lock);
ffffffc080205918:	431000ef          	jal	ffffffc080206548 <spin_lock>
  for (struct proc *c = procs; c < &procs[NPROC]; c++) {
ffffffc08020591c:	004b3b17          	auipc	s6,0x4b3
ffffffc080205920:	354b0b13          	add	s6,s6,852 # ffffffc0806b8c70 <threads>
    KASSERT(t->state == T_EXITED);
ffffffc080205924:	4a15                	li	s4,5
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205926:	004b9997          	auipc	s3,0x4b9
ffffffc08020592a:	34a98993          	add	s3,s3,842 # ffffffc0806bec70 <kernel_bss_end>
  for (;;) {
    bool have_kids = false, fault = false;
ffffffc08020592e:	4701                	li	a4,0
  for (struct proc *c = procs; c < &procs[NPROC]; c++) {
ffffffc080205930:	004b0917          	auipc	s2,0x4b0
ffffffc080205934:	b4090913          	add	s2,s2,-1216 # ffffffc0806b5470 <procs>
    if (c->parent != p)
ffffffc080205938:	03893783          	ld	a5,56(s2)
ffffffc08020593c:	02fa8963          	beq	s5,a5,ffffffc08020596e <proc_wait+0x82>
  for (struct proc *c = procs; c < &procs[NPROC]; c++) {
ffffffc080205940:	0e090913          	add	s2,s2,224
ffffffc080205944:	ff691ae3          	bne	s2,s6,ffffffc080205938 <proc_wait+0x4c>
    int pid = reap_one(p, status_uva, &have_kids, &fault);
    if (pid || fault || !have_kids || proc_killed(p)) {
ffffffc080205948:	0e070063          	beqz	a4,ffffffc080205a28 <proc_wait+0x13c>
  p->killed = true;
  spin_unlock(&p->lock);
}

bool proc_killed(struct proc *p) {
  spin_lock(&p->lock);
ffffffc08020594c:	8556                	mv	a0,s5
ffffffc08020594e:	3fb000ef          	jal	ffffffc080206548 <spin_lock>
  bool k = p->killed;
ffffffc080205952:	020ac483          	lbu	s1,32(s5)
  spin_unlock(&p->lock);
ffffffc080205956:	8556                	mv	a0,s5
ffffffc080205958:	4eb000ef          	jal	ffffffc080206642 <spin_unlock>
    if (pid || fault || !have_kids || proc_killed(p)) {
ffffffc08020595c:	e4f1                	bnez	s1,ffffffc080205a28 <proc_wait+0x13c>
    sleep_on(p, &proc_wait_lock);
ffffffc08020595e:	002b0597          	auipc	a1,0x2b0
ffffffc080205962:	afa58593          	add	a1,a1,-1286 # ffffffc0804b5458 <proc_wait_lock>
ffffffc080205966:	8556                	mv	a0,s5
ffffffc080205968:	710000ef          	jal	ffffffc080206078 <sleep_on>
  for (;;) {
ffffffc08020596c:	b7c9                	j	ffffffc08020592e <proc_wait+0x42>
    spin_lock(&c->lock);
ffffffc08020596e:	854a                	mv	a0,s2
ffffffc080205970:	3d9000ef          	jal	ffffffc080206548 <spin_lock>
    if (c->state != P_ZOMBIE) {
ffffffc080205974:	01892783          	lw	a5,24(s2)
ffffffc080205978:	0b879363          	bne	a5,s8,ffffffc080205a1e <proc_wait+0x132>
    int pid = c->pid;
ffffffc08020597c:	01c92c83          	lw	s9,28(s2)
    if (status_uva && copyout(status_uva, &c->xstate, sizeof(int)) < 0) {
ffffffc080205980:	000b8a63          	beqz	s7,ffffffc080205994 <proc_wait+0xa8>
ffffffc080205984:	4611                	li	a2,4
ffffffc080205986:	02490593          	add	a1,s2,36
ffffffc08020598a:	855e                	mv	a0,s7
ffffffc08020598c:	da3fe0ef          	jal	ffffffc08020472e <copyout>
ffffffc080205990:	06054c63          	bltz	a0,ffffffc080205a08 <proc_wait+0x11c>
  for (struct proc *c = procs; c < &procs[NPROC]; c++) {
ffffffc080205994:	004b3497          	auipc	s1,0x4b3
ffffffc080205998:	2dc48493          	add	s1,s1,732 # ffffffc0806b8c70 <threads>
ffffffc08020599c:	a029                	j	ffffffc0802059a6 <proc_wait+0xba>
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc08020599e:	0c048493          	add	s1,s1,192
ffffffc0802059a2:	03348663          	beq	s1,s3,ffffffc0802059ce <proc_wait+0xe2>
    if (t->proc != zp)
ffffffc0802059a6:	749c                	ld	a5,40(s1)
ffffffc0802059a8:	fef91be3          	bne	s2,a5,ffffffc08020599e <proc_wait+0xb2>
    spin_lock(&t->lock);
ffffffc0802059ac:	8526                	mv	a0,s1
ffffffc0802059ae:	39b000ef          	jal	ffffffc080206548 <spin_lock>
    KASSERT(t->state == T_EXITED);
ffffffc0802059b2:	4c9c                	lw	a5,24(s1)
ffffffc0802059b4:	09479263          	bne	a5,s4,ffffffc080205a38 <proc_wait+0x14c>
    spin_unlock(&t->lock);
ffffffc0802059b8:	8526                	mv	a0,s1
    t->state = T_UNUSED;
ffffffc0802059ba:	0004ac23          	sw	zero,24(s1)
    t->proc = NULL;
ffffffc0802059be:	0204b423          	sd	zero,40(s1)
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc0802059c2:	0c048493          	add	s1,s1,192
    spin_unlock(&t->lock);
ffffffc0802059c6:	47d000ef          	jal	ffffffc080206642 <spin_unlock>
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc0802059ca:	fd349ee3          	bne	s1,s3,ffffffc0802059a6 <proc_wait+0xba>
    spin_unlock(&c->lock);
ffffffc0802059ce:	854a                	mv	a0,s2
    c->parent = NULL;
ffffffc0802059d0:	02093c23          	sd	zero,56(s2)
    c->state = P_UNUSED;
ffffffc0802059d4:	00093c23          	sd	zero,24(s2)
    spin_unlock(&c->lock);
ffffffc0802059d8:	46b000ef          	jal	ffffffc080206642 <spin_unlock>
    if (pid || fault || !have_kids || proc_killed(p)) {
ffffffc0802059dc:	f60c88e3          	beqz	s9,ffffffc08020594c <proc_wait+0x60>
      spin_unlock(&proc_wait_lock);
ffffffc0802059e0:	002b0517          	auipc	a0,0x2b0
ffffffc0802059e4:	a7850513          	add	a0,a0,-1416 # ffffffc0804b5458 <proc_wait_lock>
ffffffc0802059e8:	45b000ef          	jal	ffffffc080206642 <spin_unlock>
}
ffffffc0802059ec:	60e6                	ld	ra,88(sp)
ffffffc0802059ee:	6446                	ld	s0,80(sp)
ffffffc0802059f0:	64a6                	ld	s1,72(sp)
ffffffc0802059f2:	6906                	ld	s2,64(sp)
ffffffc0802059f4:	79e2                	ld	s3,56(sp)
ffffffc0802059f6:	7a42                	ld	s4,48(sp)
ffffffc0802059f8:	7aa2                	ld	s5,40(sp)
ffffffc0802059fa:	7b02                	ld	s6,32(sp)
ffffffc0802059fc:	6be2                	ld	s7,24(sp)
ffffffc0802059fe:	6c42                	ld	s8,16(sp)
ffffffc080205a00:	8566                	mv	a0,s9
ffffffc080205a02:	6ca2                	ld	s9,8(sp)
ffffffc080205a04:	6125                	add	sp,sp,96
ffffffc080205a06:	8082                	ret
      spin_unlock(&c->lock);
ffffffc080205a08:	854a                	mv	a0,s2
ffffffc080205a0a:	439000ef          	jal	ffffffc080206642 <spin_unlock>
      spin_unlock(&proc_wait_lock);
ffffffc080205a0e:	002b0517          	auipc	a0,0x2b0
ffffffc080205a12:	a4a50513          	add	a0,a0,-1462 # ffffffc0804b5458 <proc_wait_lock>
ffffffc080205a16:	42d000ef          	jal	ffffffc080206642 <spin_unlock>
      return pid ? pid : -1;
ffffffc080205a1a:	5cfd                	li	s9,-1
ffffffc080205a1c:	bfc1                	j	ffffffc0802059ec <proc_wait+0x100>
      spin_unlock(&c->lock);
ffffffc080205a1e:	854a                	mv	a0,s2
ffffffc080205a20:	423000ef          	jal	ffffffc080206642 <spin_unlock>
    *have_kids = true;
ffffffc080205a24:	4705                	li	a4,1
      continue;
ffffffc080205a26:	bf29                	j	ffffffc080205940 <proc_wait+0x54>
      spin_unlock(&proc_wait_lock);
ffffffc080205a28:	002b0517          	auipc	a0,0x2b0
ffffffc080205a2c:	a3050513          	add	a0,a0,-1488 # ffffffc0804b5458 <proc_wait_lock>
ffffffc080205a30:	413000ef          	jal	ffffffc080206642 <spin_unlock>
      return pid ? pid : -1;
ffffffc080205a34:	5cfd                	li	s9,-1
ffffffc080205a36:	bf5d                	j	ffffffc0802059ec <proc_wait+0x100>
    KASSERT(t->state == T_EXITED);
ffffffc080205a38:	00003717          	auipc	a4,0x3
ffffffc080205a3c:	02070713          	add	a4,a4,32 # ffffffc080208a58 <__func__.0+0x458>
ffffffc080205a40:	00002697          	auipc	a3,0x2
ffffffc080205a44:	5f068693          	add	a3,a3,1520 # ffffffc080208030 <__func__.0>
ffffffc080205a48:	10b00613          	li	a2,267
ffffffc080205a4c:	00003597          	auipc	a1,0x3
ffffffc080205a50:	02458593          	add	a1,a1,36 # ffffffc080208a70 <__func__.0+0x470>
ffffffc080205a54:	00002517          	auipc	a0,0x2
ffffffc080205a58:	61c50513          	add	a0,a0,1564 # ffffffc080208070 <__func__.0+0x40>
ffffffc080205a5c:	ff5fd0ef          	jal	ffffffc080203a50 <panic>

ffffffc080205a60 <wake_threads_locked>:
void wake_threads_locked(struct proc *p) {
ffffffc080205a60:	7139                	add	sp,sp,-64
ffffffc080205a62:	f822                	sd	s0,48(sp)
ffffffc080205a64:	f426                	sd	s1,40(sp)
ffffffc080205a66:	f04a                	sd	s2,32(sp)
ffffffc080205a68:	ec4e                	sd	s3,24(sp)
ffffffc080205a6a:	e852                	sd	s4,16(sp)
ffffffc080205a6c:	e456                	sd	s5,8(sp)
ffffffc080205a6e:	fc06                	sd	ra,56(sp)
ffffffc080205a70:	0080                	add	s0,sp,64
ffffffc080205a72:	892a                	mv	s2,a0
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205a74:	004b3497          	auipc	s1,0x4b3
ffffffc080205a78:	1fc48493          	add	s1,s1,508 # ffffffc0806b8c70 <threads>
ffffffc080205a7c:	004b9997          	auipc	s3,0x4b9
ffffffc080205a80:	1f498993          	add	s3,s3,500 # ffffffc0806bec70 <kernel_bss_end>
    if (t->state == T_SLEEPING)
ffffffc080205a84:	4a09                	li	s4,2
      t->state = T_RUNNABLE;
ffffffc080205a86:	4a8d                	li	s5,3
ffffffc080205a88:	a029                	j	ffffffc080205a92 <wake_threads_locked+0x32>
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205a8a:	0c048493          	add	s1,s1,192
ffffffc080205a8e:	03348463          	beq	s1,s3,ffffffc080205ab6 <wake_threads_locked+0x56>
    if (t->proc != p)
ffffffc080205a92:	749c                	ld	a5,40(s1)
ffffffc080205a94:	ff279be3          	bne	a5,s2,ffffffc080205a8a <wake_threads_locked+0x2a>
    spin_lock(&t->lock);
ffffffc080205a98:	8526                	mv	a0,s1
ffffffc080205a9a:	2af000ef          	jal	ffffffc080206548 <spin_lock>
    if (t->state == T_SLEEPING)
ffffffc080205a9e:	4c9c                	lw	a5,24(s1)
    spin_unlock(&t->lock);
ffffffc080205aa0:	8526                	mv	a0,s1
    if (t->state == T_SLEEPING)
ffffffc080205aa2:	01479463          	bne	a5,s4,ffffffc080205aaa <wake_threads_locked+0x4a>
      t->state = T_RUNNABLE;
ffffffc080205aa6:	0154ac23          	sw	s5,24(s1)
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205aaa:	0c048493          	add	s1,s1,192
    spin_unlock(&t->lock);
ffffffc080205aae:	395000ef          	jal	ffffffc080206642 <spin_unlock>
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205ab2:	ff3490e3          	bne	s1,s3,ffffffc080205a92 <wake_threads_locked+0x32>
}
ffffffc080205ab6:	70e2                	ld	ra,56(sp)
ffffffc080205ab8:	7442                	ld	s0,48(sp)
ffffffc080205aba:	74a2                	ld	s1,40(sp)
ffffffc080205abc:	7902                	ld	s2,32(sp)
ffffffc080205abe:	69e2                	ld	s3,24(sp)
ffffffc080205ac0:	6a42                	ld	s4,16(sp)
ffffffc080205ac2:	6aa2                	ld	s5,8(sp)
ffffffc080205ac4:	6121                	add	sp,sp,64
ffffffc080205ac6:	8082                	ret

ffffffc080205ac8 <proc_exit>:
void proc_exit(int status) {
ffffffc080205ac8:	7139                	add	sp,sp,-64
ffffffc080205aca:	fc06                	sd	ra,56(sp)
ffffffc080205acc:	f822                	sd	s0,48(sp)
ffffffc080205ace:	f04a                	sd	s2,32(sp)
ffffffc080205ad0:	0080                	add	s0,sp,64
ffffffc080205ad2:	e852                	sd	s4,16(sp)
ffffffc080205ad4:	e456                	sd	s5,8(sp)
ffffffc080205ad6:	f426                	sd	s1,40(sp)
ffffffc080205ad8:	ec4e                	sd	s3,24(sp)
ffffffc080205ada:	e05a                	sd	s6,0(sp)
ffffffc080205adc:	8aaa                	mv	s5,a0
  struct proc *p = curproc();
ffffffc080205ade:	398000ef          	jal	ffffffc080205e76 <curproc>
ffffffc080205ae2:	892a                	mv	s2,a0
  struct thread *t = curthread();
ffffffc080205ae4:	370000ef          	jal	ffffffc080205e54 <curthread>
ffffffc080205ae8:	8a2a                	mv	s4,a0
  spin_lock(&p->lock);
ffffffc080205aea:	854a                	mv	a0,s2
ffffffc080205aec:	25d000ef          	jal	ffffffc080206548 <spin_lock>
  if (p->nthreads > 1) {
ffffffc080205af0:	02892703          	lw	a4,40(s2)
ffffffc080205af4:	4785                	li	a5,1
ffffffc080205af6:	02e7de63          	bge	a5,a4,ffffffc080205b32 <proc_exit+0x6a>
    if (!p->single || p->single == t) { /* not just yielding to an exec */
ffffffc080205afa:	03093783          	ld	a5,48(s2)
ffffffc080205afe:	cb81                	beqz	a5,ffffffc080205b0e <proc_exit+0x46>
ffffffc080205b00:	01478763          	beq	a5,s4,ffffffc080205b0e <proc_exit+0x46>
    thread_end_locked(p, t, status);
ffffffc080205b04:	8656                	mv	a2,s5
ffffffc080205b06:	85d2                	mv	a1,s4
ffffffc080205b08:	854a                	mv	a0,s2
ffffffc080205b0a:	9a7ff0ef          	jal	ffffffc0802054b0 <thread_end_locked>
      if (!p->exiting && !p->killed) {
ffffffc080205b0e:	02c94783          	lbu	a5,44(s2)
ffffffc080205b12:	eb89                	bnez	a5,ffffffc080205b24 <proc_exit+0x5c>
ffffffc080205b14:	02094783          	lbu	a5,32(s2)
ffffffc080205b18:	e791                	bnez	a5,ffffffc080205b24 <proc_exit+0x5c>
        p->exiting = true;
ffffffc080205b1a:	4785                	li	a5,1
ffffffc080205b1c:	02f90623          	sb	a5,44(s2)
        p->xstate = status;
ffffffc080205b20:	03592223          	sw	s5,36(s2)
      p->killed = true;
ffffffc080205b24:	4785                	li	a5,1
ffffffc080205b26:	02f90023          	sb	a5,32(s2)
      wake_threads_locked(p);
ffffffc080205b2a:	854a                	mv	a0,s2
ffffffc080205b2c:	f35ff0ef          	jal	ffffffc080205a60 <wake_threads_locked>
ffffffc080205b30:	bfd1                	j	ffffffc080205b04 <proc_exit+0x3c>
  if (p->exiting)
ffffffc080205b32:	02c94783          	lbu	a5,44(s2)
ffffffc080205b36:	c399                	beqz	a5,ffffffc080205b3c <proc_exit+0x74>
    status = p->xstate;
ffffffc080205b38:	02492a83          	lw	s5,36(s2)
  spin_unlock(&p->lock);
ffffffc080205b3c:	854a                	mv	a0,s2
  if (p == initproc)
ffffffc080205b3e:	00274b17          	auipc	s6,0x274
ffffffc080205b42:	56ab0b13          	add	s6,s6,1386 # ffffffc08047a0a8 <initproc>
  spin_unlock(&p->lock);
ffffffc080205b46:	2fd000ef          	jal	ffffffc080206642 <spin_unlock>
  if (p == initproc)
ffffffc080205b4a:	000b3783          	ld	a5,0(s6)
ffffffc080205b4e:	0ef90163          	beq	s2,a5,ffffffc080205c30 <proc_exit+0x168>
ffffffc080205b52:	04890493          	add	s1,s2,72
ffffffc080205b56:	0c890993          	add	s3,s2,200
    if (p->ofile[fd]) {
ffffffc080205b5a:	6088                	ld	a0,0(s1)
ffffffc080205b5c:	c509                	beqz	a0,ffffffc080205b66 <proc_exit+0x9e>
      file_close(p->ofile[fd]);
ffffffc080205b5e:	d40fc0ef          	jal	ffffffc08020209e <file_close>
      p->ofile[fd] = NULL;
ffffffc080205b62:	0004b023          	sd	zero,0(s1)
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080205b66:	04a1                	add	s1,s1,8
ffffffc080205b68:	fe9999e3          	bne	s3,s1,ffffffc080205b5a <proc_exit+0x92>
  inode_put(p->cwd);
ffffffc080205b6c:	0c893503          	ld	a0,200(s2)
ffffffc080205b70:	a3bfc0ef          	jal	ffffffc0802025aa <inode_put>
  struct vmspace *vs = p->vm;
ffffffc080205b74:	04093483          	ld	s1,64(s2)
  p->cwd = NULL;
ffffffc080205b78:	0c093423          	sd	zero,200(s2)
  push_off();
ffffffc080205b7c:	257000ef          	jal	ffffffc0802065d2 <push_off>
  vm_deactivate(vs);
ffffffc080205b80:	8526                	mv	a0,s1
ffffffc080205b82:	cecff0ef          	jal	ffffffc08020506e <vm_deactivate>
ffffffc080205b86:	8792                	mv	a5,tp
  mycpu()->vs = NULL;
ffffffc080205b88:	0807b823          	sd	zero,144(a5)
  pop_off();
ffffffc080205b8c:	26d000ef          	jal	ffffffc0802065f8 <pop_off>
  vm_destroy(vs);
ffffffc080205b90:	8526                	mv	a0,s1
  p->vm = NULL;
ffffffc080205b92:	04093023          	sd	zero,64(s2)
  vm_destroy(vs);
ffffffc080205b96:	830ff0ef          	jal	ffffffc080204bc6 <vm_destroy>
  spin_lock(&proc_wait_lock);
ffffffc080205b9a:	002b0517          	auipc	a0,0x2b0
ffffffc080205b9e:	8be50513          	add	a0,a0,-1858 # ffffffc0804b5458 <proc_wait_lock>
ffffffc080205ba2:	1a7000ef          	jal	ffffffc080206548 <spin_lock>
  for (struct proc *c = procs; c < &procs[NPROC]; c++) {
ffffffc080205ba6:	004b0497          	auipc	s1,0x4b0
ffffffc080205baa:	8ca48493          	add	s1,s1,-1846 # ffffffc0806b5470 <procs>
ffffffc080205bae:	004b3997          	auipc	s3,0x4b3
ffffffc080205bb2:	0c298993          	add	s3,s3,194 # ffffffc0806b8c70 <threads>
ffffffc080205bb6:	a029                	j	ffffffc080205bc0 <proc_exit+0xf8>
ffffffc080205bb8:	0e048493          	add	s1,s1,224
ffffffc080205bbc:	01348f63          	beq	s1,s3,ffffffc080205bda <proc_exit+0x112>
    if (c->parent == p) {
ffffffc080205bc0:	7c9c                	ld	a5,56(s1)
ffffffc080205bc2:	fef91be3          	bne	s2,a5,ffffffc080205bb8 <proc_exit+0xf0>
      c->parent = initproc;
ffffffc080205bc6:	000b3503          	ld	a0,0(s6)
  for (struct proc *c = procs; c < &procs[NPROC]; c++) {
ffffffc080205bca:	0e048493          	add	s1,s1,224
      c->parent = initproc;
ffffffc080205bce:	f4a4bc23          	sd	a0,-168(s1)
      wakeup(initproc);
ffffffc080205bd2:	4f6000ef          	jal	ffffffc0802060c8 <wakeup>
  for (struct proc *c = procs; c < &procs[NPROC]; c++) {
ffffffc080205bd6:	ff3495e3          	bne	s1,s3,ffffffc080205bc0 <proc_exit+0xf8>
  wakeup(p->parent);
ffffffc080205bda:	03893503          	ld	a0,56(s2)
ffffffc080205bde:	4ea000ef          	jal	ffffffc0802060c8 <wakeup>
  spin_lock(&p->lock);
ffffffc080205be2:	854a                	mv	a0,s2
ffffffc080205be4:	165000ef          	jal	ffffffc080206548 <spin_lock>
  p->nthreads--;
ffffffc080205be8:	02892783          	lw	a5,40(s2)
  p->state = P_ZOMBIE;
ffffffc080205bec:	4709                	li	a4,2
ffffffc080205bee:	00e92c23          	sw	a4,24(s2)
  p->nthreads--;
ffffffc080205bf2:	37fd                	addw	a5,a5,-1
ffffffc080205bf4:	02f92423          	sw	a5,40(s2)
  p->xstate = status;
ffffffc080205bf8:	03592223          	sw	s5,36(s2)
  t->ended = true;
ffffffc080205bfc:	4785                	li	a5,1
ffffffc080205bfe:	04fa0423          	sb	a5,72(s4)
  spin_unlock(&p->lock);
ffffffc080205c02:	854a                	mv	a0,s2
ffffffc080205c04:	23f000ef          	jal	ffffffc080206642 <spin_unlock>
  spin_lock(&t->lock);
ffffffc080205c08:	8552                	mv	a0,s4
ffffffc080205c0a:	13f000ef          	jal	ffffffc080206548 <spin_lock>
  t->state = T_EXITED;
ffffffc080205c0e:	4795                	li	a5,5
  spin_unlock(&proc_wait_lock);
ffffffc080205c10:	002b0517          	auipc	a0,0x2b0
ffffffc080205c14:	84850513          	add	a0,a0,-1976 # ffffffc0804b5458 <proc_wait_lock>
  t->state = T_EXITED;
ffffffc080205c18:	00fa2c23          	sw	a5,24(s4)
  spin_unlock(&proc_wait_lock);
ffffffc080205c1c:	227000ef          	jal	ffffffc080206642 <spin_unlock>
  sched();
ffffffc080205c20:	37a000ef          	jal	ffffffc080205f9a <sched>
  panic("proc_exit: zombie ran");
ffffffc080205c24:	00003517          	auipc	a0,0x3
ffffffc080205c28:	e8450513          	add	a0,a0,-380 # ffffffc080208aa8 <__func__.0+0x4a8>
ffffffc080205c2c:	e25fd0ef          	jal	ffffffc080203a50 <panic>
    panic("init exited with status %d", status);
ffffffc080205c30:	85d6                	mv	a1,s5
ffffffc080205c32:	00003517          	auipc	a0,0x3
ffffffc080205c36:	e5650513          	add	a0,a0,-426 # ffffffc080208a88 <__func__.0+0x488>
ffffffc080205c3a:	e17fd0ef          	jal	ffffffc080203a50 <panic>

ffffffc080205c3e <thread_exit>:
void thread_exit(int status) {
ffffffc080205c3e:	1101                	add	sp,sp,-32
ffffffc080205c40:	ec06                	sd	ra,24(sp)
ffffffc080205c42:	e822                	sd	s0,16(sp)
ffffffc080205c44:	e426                	sd	s1,8(sp)
ffffffc080205c46:	e04a                	sd	s2,0(sp)
ffffffc080205c48:	1000                	add	s0,sp,32
ffffffc080205c4a:	892a                	mv	s2,a0
  struct proc *p = curproc();
ffffffc080205c4c:	22a000ef          	jal	ffffffc080205e76 <curproc>
ffffffc080205c50:	84aa                	mv	s1,a0
  spin_lock(&p->lock);
ffffffc080205c52:	0f7000ef          	jal	ffffffc080206548 <spin_lock>
  if (p->nthreads > 1)
ffffffc080205c56:	5498                	lw	a4,40(s1)
ffffffc080205c58:	4785                	li	a5,1
ffffffc080205c5a:	00e7d963          	bge	a5,a4,ffffffc080205c6c <thread_exit+0x2e>
    thread_end_locked(p, curthread(), status);
ffffffc080205c5e:	1f6000ef          	jal	ffffffc080205e54 <curthread>
ffffffc080205c62:	85aa                	mv	a1,a0
ffffffc080205c64:	864a                	mv	a2,s2
ffffffc080205c66:	8526                	mv	a0,s1
ffffffc080205c68:	849ff0ef          	jal	ffffffc0802054b0 <thread_end_locked>
  spin_unlock(&p->lock);
ffffffc080205c6c:	8526                	mv	a0,s1
ffffffc080205c6e:	1d5000ef          	jal	ffffffc080206642 <spin_unlock>
  proc_exit(status);
ffffffc080205c72:	854a                	mv	a0,s2
ffffffc080205c74:	e55ff0ef          	jal	ffffffc080205ac8 <proc_exit>

ffffffc080205c78 <proc_kill>:
  if (pid <= 0)
ffffffc080205c78:	0aa05a63          	blez	a0,ffffffc080205d2c <proc_kill+0xb4>
int proc_kill(int pid) {
ffffffc080205c7c:	7139                	add	sp,sp,-64
ffffffc080205c7e:	f822                	sd	s0,48(sp)
ffffffc080205c80:	f426                	sd	s1,40(sp)
ffffffc080205c82:	f04a                	sd	s2,32(sp)
ffffffc080205c84:	ec4e                	sd	s3,24(sp)
ffffffc080205c86:	e852                	sd	s4,16(sp)
ffffffc080205c88:	fc06                	sd	ra,56(sp)
ffffffc080205c8a:	e456                	sd	s5,8(sp)
ffffffc080205c8c:	0080                	add	s0,sp,64
ffffffc080205c8e:	84aa                	mv	s1,a0
  for (struct proc *p = procs; p < &procs[NPROC]; p++) {
ffffffc080205c90:	004af917          	auipc	s2,0x4af
ffffffc080205c94:	7e090913          	add	s2,s2,2016 # ffffffc0806b5470 <procs>
    if (p->pid == pid && p->state == P_USED) {
ffffffc080205c98:	4a05                	li	s4,1
  for (struct proc *p = procs; p < &procs[NPROC]; p++) {
ffffffc080205c9a:	004b3997          	auipc	s3,0x4b3
ffffffc080205c9e:	fd698993          	add	s3,s3,-42 # ffffffc0806b8c70 <threads>
ffffffc080205ca2:	a039                	j	ffffffc080205cb0 <proc_kill+0x38>
ffffffc080205ca4:	0e090913          	add	s2,s2,224
    spin_unlock(&p->lock);
ffffffc080205ca8:	19b000ef          	jal	ffffffc080206642 <spin_unlock>
  for (struct proc *p = procs; p < &procs[NPROC]; p++) {
ffffffc080205cac:	07390e63          	beq	s2,s3,ffffffc080205d28 <proc_kill+0xb0>
    spin_lock(&p->lock);
ffffffc080205cb0:	854a                	mv	a0,s2
ffffffc080205cb2:	097000ef          	jal	ffffffc080206548 <spin_lock>
    if (p->pid == pid && p->state == P_USED) {
ffffffc080205cb6:	01c92783          	lw	a5,28(s2)
    spin_unlock(&p->lock);
ffffffc080205cba:	854a                	mv	a0,s2
    if (p->pid == pid && p->state == P_USED) {
ffffffc080205cbc:	fe9794e3          	bne	a5,s1,ffffffc080205ca4 <proc_kill+0x2c>
ffffffc080205cc0:	01892783          	lw	a5,24(s2)
ffffffc080205cc4:	ff4790e3          	bne	a5,s4,ffffffc080205ca4 <proc_kill+0x2c>
      p->killed = true;
ffffffc080205cc8:	03490023          	sb	s4,32(s2)
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205ccc:	004b3497          	auipc	s1,0x4b3
ffffffc080205cd0:	fa448493          	add	s1,s1,-92 # ffffffc0806b8c70 <threads>
ffffffc080205cd4:	004b9997          	auipc	s3,0x4b9
ffffffc080205cd8:	f9c98993          	add	s3,s3,-100 # ffffffc0806bec70 <kernel_bss_end>
    if (t->state == T_SLEEPING)
ffffffc080205cdc:	4a09                	li	s4,2
      t->state = T_RUNNABLE;
ffffffc080205cde:	4a8d                	li	s5,3
ffffffc080205ce0:	a029                	j	ffffffc080205cea <proc_kill+0x72>
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205ce2:	0c048493          	add	s1,s1,192
ffffffc080205ce6:	03348463          	beq	s1,s3,ffffffc080205d0e <proc_kill+0x96>
    if (t->proc != p)
ffffffc080205cea:	749c                	ld	a5,40(s1)
ffffffc080205cec:	fef91be3          	bne	s2,a5,ffffffc080205ce2 <proc_kill+0x6a>
    spin_lock(&t->lock);
ffffffc080205cf0:	8526                	mv	a0,s1
ffffffc080205cf2:	057000ef          	jal	ffffffc080206548 <spin_lock>
    if (t->state == T_SLEEPING)
ffffffc080205cf6:	4c9c                	lw	a5,24(s1)
    spin_unlock(&t->lock);
ffffffc080205cf8:	8526                	mv	a0,s1
    if (t->state == T_SLEEPING)
ffffffc080205cfa:	01479463          	bne	a5,s4,ffffffc080205d02 <proc_kill+0x8a>
      t->state = T_RUNNABLE;
ffffffc080205cfe:	0154ac23          	sw	s5,24(s1)
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205d02:	0c048493          	add	s1,s1,192
    spin_unlock(&t->lock);
ffffffc080205d06:	13d000ef          	jal	ffffffc080206642 <spin_unlock>
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc080205d0a:	ff3490e3          	bne	s1,s3,ffffffc080205cea <proc_kill+0x72>
      spin_unlock(&p->lock);
ffffffc080205d0e:	854a                	mv	a0,s2
ffffffc080205d10:	133000ef          	jal	ffffffc080206642 <spin_unlock>
      return 0;
ffffffc080205d14:	4501                	li	a0,0
}
ffffffc080205d16:	70e2                	ld	ra,56(sp)
ffffffc080205d18:	7442                	ld	s0,48(sp)
ffffffc080205d1a:	74a2                	ld	s1,40(sp)
ffffffc080205d1c:	7902                	ld	s2,32(sp)
ffffffc080205d1e:	69e2                	ld	s3,24(sp)
ffffffc080205d20:	6a42                	ld	s4,16(sp)
ffffffc080205d22:	6aa2                	ld	s5,8(sp)
ffffffc080205d24:	6121                	add	sp,sp,64
ffffffc080205d26:	8082                	ret
    return -1;
ffffffc080205d28:	557d                	li	a0,-1
ffffffc080205d2a:	b7f5                	j	ffffffc080205d16 <proc_kill+0x9e>
ffffffc080205d2c:	557d                	li	a0,-1
}
ffffffc080205d2e:	8082                	ret

ffffffc080205d30 <proc_set_killed>:
void proc_set_killed(struct proc *p) {
ffffffc080205d30:	1101                	add	sp,sp,-32
ffffffc080205d32:	e822                	sd	s0,16(sp)
ffffffc080205d34:	e426                	sd	s1,8(sp)
ffffffc080205d36:	ec06                	sd	ra,24(sp)
ffffffc080205d38:	1000                	add	s0,sp,32
ffffffc080205d3a:	84aa                	mv	s1,a0
  spin_lock(&p->lock);
ffffffc080205d3c:	00d000ef          	jal	ffffffc080206548 <spin_lock>
  p->killed = true;
ffffffc080205d40:	4785                	li	a5,1
}
ffffffc080205d42:	6442                	ld	s0,16(sp)
ffffffc080205d44:	60e2                	ld	ra,24(sp)
  p->killed = true;
ffffffc080205d46:	02f48023          	sb	a5,32(s1)
  spin_unlock(&p->lock);
ffffffc080205d4a:	8526                	mv	a0,s1
}
ffffffc080205d4c:	64a2                	ld	s1,8(sp)
ffffffc080205d4e:	6105                	add	sp,sp,32
  spin_unlock(&p->lock);
ffffffc080205d50:	0f30006f          	j	ffffffc080206642 <spin_unlock>

ffffffc080205d54 <proc_killed>:
bool proc_killed(struct proc *p) {
ffffffc080205d54:	1101                	add	sp,sp,-32
ffffffc080205d56:	ec06                	sd	ra,24(sp)
ffffffc080205d58:	e822                	sd	s0,16(sp)
ffffffc080205d5a:	e426                	sd	s1,8(sp)
ffffffc080205d5c:	e04a                	sd	s2,0(sp)
ffffffc080205d5e:	1000                	add	s0,sp,32
ffffffc080205d60:	84aa                	mv	s1,a0
  spin_lock(&p->lock);
ffffffc080205d62:	7e6000ef          	jal	ffffffc080206548 <spin_lock>
  spin_unlock(&p->lock);
ffffffc080205d66:	8526                	mv	a0,s1
  bool k = p->killed;
ffffffc080205d68:	0204c903          	lbu	s2,32(s1)
  spin_unlock(&p->lock);
ffffffc080205d6c:	0d7000ef          	jal	ffffffc080206642 <spin_unlock>
  return k;
}
ffffffc080205d70:	60e2                	ld	ra,24(sp)
ffffffc080205d72:	6442                	ld	s0,16(sp)
ffffffc080205d74:	64a2                	ld	s1,8(sp)
ffffffc080205d76:	854a                	mv	a0,s2
ffffffc080205d78:	6902                	ld	s2,0(sp)
ffffffc080205d7a:	6105                	add	sp,sp,32
ffffffc080205d7c:	8082                	ret

ffffffc080205d7e <thread_must_exit>:

/* Lock-free (relaxed loads) because every trap return asks: both fields
 * only ever go from clear to set while threads that must see them run, and
 * a late answer is caught at the next trap. */
bool thread_must_exit(struct proc *p, struct thread *t) {
ffffffc080205d7e:	1141                	add	sp,sp,-16
ffffffc080205d80:	e422                	sd	s0,8(sp)
ffffffc080205d82:	0800                	add	s0,sp,16
  struct thread *single = __atomic_load_n(&p->single, __ATOMIC_RELAXED);
ffffffc080205d84:	7918                	ld	a4,48(a0)
  return __atomic_load_n(&p->killed, __ATOMIC_RELAXED) || (single && single != t);
ffffffc080205d86:	02054783          	lbu	a5,32(a0)
ffffffc080205d8a:	4505                	li	a0,1
ffffffc080205d8c:	e791                	bnez	a5,ffffffc080205d98 <thread_must_exit+0x1a>
ffffffc080205d8e:	4501                	li	a0,0
ffffffc080205d90:	c701                	beqz	a4,ffffffc080205d98 <thread_must_exit+0x1a>
ffffffc080205d92:	8d99                	sub	a1,a1,a4
ffffffc080205d94:	00b03533          	snez	a0,a1
}
ffffffc080205d98:	6422                	ld	s0,8(sp)
ffffffc080205d9a:	0141                	add	sp,sp,16
ffffffc080205d9c:	8082                	ret

ffffffc080205d9e <current_killed>:

bool current_killed(void) { return thread_must_exit(curproc(), curthread()); }
ffffffc080205d9e:	1101                	add	sp,sp,-32
ffffffc080205da0:	ec06                	sd	ra,24(sp)
ffffffc080205da2:	e822                	sd	s0,16(sp)
ffffffc080205da4:	e426                	sd	s1,8(sp)
ffffffc080205da6:	1000                	add	s0,sp,32
ffffffc080205da8:	0ce000ef          	jal	ffffffc080205e76 <curproc>
ffffffc080205dac:	84aa                	mv	s1,a0
ffffffc080205dae:	0a6000ef          	jal	ffffffc080205e54 <curthread>
  struct thread *single = __atomic_load_n(&p->single, __ATOMIC_RELAXED);
ffffffc080205db2:	7894                	ld	a3,48(s1)
  return __atomic_load_n(&p->killed, __ATOMIC_RELAXED) || (single && single != t);
ffffffc080205db4:	0204c703          	lbu	a4,32(s1)
bool current_killed(void) { return thread_must_exit(curproc(), curthread()); }
ffffffc080205db8:	87aa                	mv	a5,a0
  return __atomic_load_n(&p->killed, __ATOMIC_RELAXED) || (single && single != t);
ffffffc080205dba:	4505                	li	a0,1
ffffffc080205dbc:	e719                	bnez	a4,ffffffc080205dca <current_killed+0x2c>
ffffffc080205dbe:	4501                	li	a0,0
ffffffc080205dc0:	c689                	beqz	a3,ffffffc080205dca <current_killed+0x2c>
ffffffc080205dc2:	40d78533          	sub	a0,a5,a3
ffffffc080205dc6:	00a03533          	snez	a0,a0
bool current_killed(void) { return thread_must_exit(curproc(), curthread()); }
ffffffc080205dca:	60e2                	ld	ra,24(sp)
ffffffc080205dcc:	6442                	ld	s0,16(sp)
ffffffc080205dce:	64a2                	ld	s1,8(sp)
ffffffc080205dd0:	6105                	add	sp,sp,32
ffffffc080205dd2:	8082                	ret

ffffffc080205dd4 <current_pid>:

int current_pid(void) {
ffffffc080205dd4:	1141                	add	sp,sp,-16
ffffffc080205dd6:	e022                	sd	s0,0(sp)
ffffffc080205dd8:	e406                	sd	ra,8(sp)
ffffffc080205dda:	0800                	add	s0,sp,16
  struct proc *p = curproc();
ffffffc080205ddc:	09a000ef          	jal	ffffffc080205e76 <curproc>
ffffffc080205de0:	87aa                	mv	a5,a0
  return p ? p->pid : 0;
ffffffc080205de2:	4501                	li	a0,0
ffffffc080205de4:	c391                	beqz	a5,ffffffc080205de8 <current_pid+0x14>
ffffffc080205de6:	4fc8                	lw	a0,28(a5)
}
ffffffc080205de8:	60a2                	ld	ra,8(sp)
ffffffc080205dea:	6402                	ld	s0,0(sp)
ffffffc080205dec:	0141                	add	sp,sp,16
ffffffc080205dee:	8082                	ret

ffffffc080205df0 <current_vm>:

struct vmspace *current_vm(void) { return curproc()->vm; }
ffffffc080205df0:	1141                	add	sp,sp,-16
ffffffc080205df2:	e022                	sd	s0,0(sp)
ffffffc080205df4:	e406                	sd	ra,8(sp)
ffffffc080205df6:	0800                	add	s0,sp,16
ffffffc080205df8:	07e000ef          	jal	ffffffc080205e76 <curproc>
ffffffc080205dfc:	60a2                	ld	ra,8(sp)
ffffffc080205dfe:	6402                	ld	s0,0(sp)
ffffffc080205e00:	6128                	ld	a0,64(a0)
ffffffc080205e02:	0141                	add	sp,sp,16
ffffffc080205e04:	8082                	ret

ffffffc080205e06 <current_kill_oom>:

void current_kill_oom(uint64 va) {
ffffffc080205e06:	1101                	add	sp,sp,-32
ffffffc080205e08:	ec06                	sd	ra,24(sp)
ffffffc080205e0a:	e822                	sd	s0,16(sp)
ffffffc080205e0c:	e426                	sd	s1,8(sp)
ffffffc080205e0e:	e04a                	sd	s2,0(sp)
ffffffc080205e10:	1000                	add	s0,sp,32
ffffffc080205e12:	892a                	mv	s2,a0
  struct proc *p = curproc();
ffffffc080205e14:	062000ef          	jal	ffffffc080205e76 <curproc>
  kprintf("pid %d (%s): killed: out of memory at %p\n", p->pid, p->name, (void *)va);
ffffffc080205e18:	4d4c                	lw	a1,28(a0)
ffffffc080205e1a:	0d050613          	add	a2,a0,208
  struct proc *p = curproc();
ffffffc080205e1e:	84aa                	mv	s1,a0
  kprintf("pid %d (%s): killed: out of memory at %p\n", p->pid, p->name, (void *)va);
ffffffc080205e20:	86ca                	mv	a3,s2
ffffffc080205e22:	00003517          	auipc	a0,0x3
ffffffc080205e26:	c9e50513          	add	a0,a0,-866 # ffffffc080208ac0 <__func__.0+0x4c0>
ffffffc080205e2a:	be5fd0ef          	jal	ffffffc080203a0e <kprintf>
ffffffc080205e2e:	8792                	mv	a5,tp
ffffffc080205e30:	4905                	li	s2,1
ffffffc080205e32:	2f078793          	add	a5,a5,752
ffffffc080205e36:	0127b02f          	amoadd.d	zero,s2,(a5)
  spin_lock(&p->lock);
ffffffc080205e3a:	8526                	mv	a0,s1
ffffffc080205e3c:	70c000ef          	jal	ffffffc080206548 <spin_lock>
  stat_inc(VM_oom_kills);
  proc_set_killed(p);
}
ffffffc080205e40:	6442                	ld	s0,16(sp)
  p->killed = true;
ffffffc080205e42:	03248023          	sb	s2,32(s1)
}
ffffffc080205e46:	60e2                	ld	ra,24(sp)
ffffffc080205e48:	6902                	ld	s2,0(sp)
  spin_unlock(&p->lock);
ffffffc080205e4a:	8526                	mv	a0,s1
}
ffffffc080205e4c:	64a2                	ld	s1,8(sp)
ffffffc080205e4e:	6105                	add	sp,sp,32
  spin_unlock(&p->lock);
ffffffc080205e50:	7f20006f          	j	ffffffc080206642 <spin_unlock>

ffffffc080205e54 <curthread>:
#include "sync/wait.h"
#include "lib/printf.h"

struct thread threads[NTHREAD];

struct thread *curthread(void) {
ffffffc080205e54:	1101                	add	sp,sp,-32
ffffffc080205e56:	e822                	sd	s0,16(sp)
ffffffc080205e58:	ec06                	sd	ra,24(sp)
ffffffc080205e5a:	e426                	sd	s1,8(sp)
ffffffc080205e5c:	1000                	add	s0,sp,32
  push_off();
ffffffc080205e5e:	774000ef          	jal	ffffffc0802065d2 <push_off>
ffffffc080205e62:	8792                	mv	a5,tp
  struct thread *t = mycpu()->thread;
ffffffc080205e64:	6384                	ld	s1,0(a5)
  pop_off();
ffffffc080205e66:	792000ef          	jal	ffffffc0802065f8 <pop_off>
  return t;
}
ffffffc080205e6a:	60e2                	ld	ra,24(sp)
ffffffc080205e6c:	6442                	ld	s0,16(sp)
ffffffc080205e6e:	8526                	mv	a0,s1
ffffffc080205e70:	64a2                	ld	s1,8(sp)
ffffffc080205e72:	6105                	add	sp,sp,32
ffffffc080205e74:	8082                	ret

ffffffc080205e76 <curproc>:

struct proc *curproc(void) {
ffffffc080205e76:	1101                	add	sp,sp,-32
ffffffc080205e78:	e822                	sd	s0,16(sp)
ffffffc080205e7a:	ec06                	sd	ra,24(sp)
ffffffc080205e7c:	e426                	sd	s1,8(sp)
ffffffc080205e7e:	1000                	add	s0,sp,32
  push_off();
ffffffc080205e80:	752000ef          	jal	ffffffc0802065d2 <push_off>
ffffffc080205e84:	8792                	mv	a5,tp
  struct thread *t = mycpu()->thread;
ffffffc080205e86:	6384                	ld	s1,0(a5)
  pop_off();
ffffffc080205e88:	770000ef          	jal	ffffffc0802065f8 <pop_off>
  struct thread *t = curthread();
  return t ? t->proc : NULL;
ffffffc080205e8c:	c091                	beqz	s1,ffffffc080205e90 <curproc+0x1a>
ffffffc080205e8e:	7484                	ld	s1,40(s1)
}
ffffffc080205e90:	60e2                	ld	ra,24(sp)
ffffffc080205e92:	6442                	ld	s0,16(sp)
ffffffc080205e94:	8526                	mv	a0,s1
ffffffc080205e96:	64a2                	ld	s1,8(sp)
ffffffc080205e98:	6105                	add	sp,sp,32
ffffffc080205e9a:	8082                	ret

ffffffc080205e9c <scheduler>:
    vm_deactivate(c->vs);
  c->vs = NULL;
  c->thread = NULL;
}

void scheduler(void) {
ffffffc080205e9c:	7119                	add	sp,sp,-128
ffffffc080205e9e:	f8a2                	sd	s0,112(sp)
ffffffc080205ea0:	fc86                	sd	ra,120(sp)
ffffffc080205ea2:	f4a6                	sd	s1,104(sp)
ffffffc080205ea4:	f0ca                	sd	s2,96(sp)
ffffffc080205ea6:	ecce                	sd	s3,88(sp)
ffffffc080205ea8:	e8d2                	sd	s4,80(sp)
ffffffc080205eaa:	e4d6                	sd	s5,72(sp)
ffffffc080205eac:	e0da                	sd	s6,64(sp)
ffffffc080205eae:	fc5e                	sd	s7,56(sp)
ffffffc080205eb0:	f862                	sd	s8,48(sp)
ffffffc080205eb2:	f466                	sd	s9,40(sp)
ffffffc080205eb4:	f06a                	sd	s10,32(sp)
ffffffc080205eb6:	ec6e                	sd	s11,24(sp)
ffffffc080205eb8:	0100                	add	s0,sp,128
ffffffc080205eba:	8b12                	mv	s6,tp
  struct cpu *c = mycpu();
  int next = c->id * (NTHREAD / NCPU); /* harts start their scans apart */
ffffffc080205ebc:	080b2b83          	lw	s7,128(s6)
ffffffc080205ec0:	008b0793          	add	a5,s6,8
ffffffc080205ec4:	004b3997          	auipc	s3,0x4b3
ffffffc080205ec8:	dc498993          	add	s3,s3,-572 # ffffffc0806b8c88 <threads+0x18>
ffffffc080205ecc:	004b3a97          	auipc	s5,0x4b3
ffffffc080205ed0:	da4a8a93          	add	s5,s5,-604 # ffffffc0806b8c70 <threads>
ffffffc080205ed4:	004b9b9b          	sllw	s7,s7,0x4
ffffffc080205ed8:	f8f43423          	sd	a5,-120(s0)
ffffffc080205edc:	00002c97          	auipc	s9,0x2
ffffffc080205ee0:	144cbc83          	ld	s9,324(s9) # ffffffc080208020 <kernel_text_end+0x20>
    bool ran = false;
    /* Round robin: scan from just after the last thread run here. */
    for (int n = 0; n < NTHREAD && !ran; n++) {
      struct thread *t = &threads[(next + n) % NTHREAD];
      /* Unlocked peek (relaxed) to skip idle slots without their locks. */
      if (__atomic_load_n(&t->state, __ATOMIC_RELAXED) != T_RUNNABLE)
ffffffc080205ee4:	490d                	li	s2,3
  t->state = T_RUNNING;
ffffffc080205ee6:	4c11                	li	s8,4
static inline void intr_on(void) { csr_set(sstatus, SSTATUS_SIE); }
ffffffc080205ee8:	10016073          	csrs	sstatus,2
    for (int n = 0; n < NTHREAD && !ran; n++) {
ffffffc080205eec:	8dde                	mv	s11,s7
ffffffc080205eee:	080b8a1b          	addw	s4,s7,128
      struct thread *t = &threads[(next + n) % NTHREAD];
ffffffc080205ef2:	41fdd71b          	sraw	a4,s11,0x1f
ffffffc080205ef6:	0197571b          	srlw	a4,a4,0x19
ffffffc080205efa:	01b707bb          	addw	a5,a4,s11
ffffffc080205efe:	07f7f793          	and	a5,a5,127
ffffffc080205f02:	9f99                	subw	a5,a5,a4
ffffffc080205f04:	00179493          	sll	s1,a5,0x1
ffffffc080205f08:	94be                	add	s1,s1,a5
ffffffc080205f0a:	049a                	sll	s1,s1,0x6
      if (__atomic_load_n(&t->state, __ATOMIC_RELAXED) != T_RUNNABLE)
ffffffc080205f0c:	009987b3          	add	a5,s3,s1
ffffffc080205f10:	439c                	lw	a5,0(a5)
    for (int n = 0; n < NTHREAD && !ran; n++) {
ffffffc080205f12:	2d85                	addw	s11,s11,1
      if (__atomic_load_n(&t->state, __ATOMIC_RELAXED) != T_RUNNABLE)
ffffffc080205f14:	01278763          	beq	a5,s2,ffffffc080205f22 <scheduler+0x86>
    for (int n = 0; n < NTHREAD && !ran; n++) {
ffffffc080205f18:	fdba1de3          	bne	s4,s11,ffffffc080205ef2 <scheduler+0x56>
static inline void wfi(void) { __asm__ volatile("wfi"); }
ffffffc080205f1c:	10500073          	wfi
ffffffc080205f20:	b7e1                	j	ffffffc080205ee8 <scheduler+0x4c>
      struct thread *t = &threads[(next + n) % NTHREAD];
ffffffc080205f22:	009a8d33          	add	s10,s5,s1
        continue;
      spin_lock(&t->lock);
ffffffc080205f26:	856a                	mv	a0,s10
ffffffc080205f28:	620000ef          	jal	ffffffc080206548 <spin_lock>
      if (t->state == T_RUNNABLE) {
ffffffc080205f2c:	018d2703          	lw	a4,24(s10)
        run_thread(c, t);
        ran = true;
        next = (t - threads + 1) % NTHREAD;
      }
      spin_unlock(&t->lock);
ffffffc080205f30:	856a                	mv	a0,s10
      if (t->state == T_RUNNABLE) {
ffffffc080205f32:	01270763          	beq	a4,s2,ffffffc080205f40 <scheduler+0xa4>
      spin_unlock(&t->lock);
ffffffc080205f36:	70c000ef          	jal	ffffffc080206642 <spin_unlock>
    for (int n = 0; n < NTHREAD && !ran; n++) {
ffffffc080205f3a:	fbba1ce3          	bne	s4,s11,ffffffc080205ef2 <scheduler+0x56>
ffffffc080205f3e:	bff9                	j	ffffffc080205f1c <scheduler+0x80>
  c->vs = t->proc->vm; /* NULL for a thread past release of its space (exit) */
ffffffc080205f40:	028d3703          	ld	a4,40(s10)
  t->state = T_RUNNING;
ffffffc080205f44:	018d2c23          	sw	s8,24(s10)
  c->thread = t;
ffffffc080205f48:	01ab3023          	sd	s10,0(s6)
  c->vs = t->proc->vm; /* NULL for a thread past release of its space (exit) */
ffffffc080205f4c:	6328                	ld	a0,64(a4)
ffffffc080205f4e:	08ab3823          	sd	a0,144(s6)
  if (c->vs)
ffffffc080205f52:	c119                	beqz	a0,ffffffc080205f58 <scheduler+0xbc>
    vm_activate(c->vs);
ffffffc080205f54:	8f6ff0ef          	jal	ffffffc08020504a <vm_activate>
  swtch(&c->sched_ctx, &t->ctx);
ffffffc080205f58:	f8843503          	ld	a0,-120(s0)
ffffffc080205f5c:	05048593          	add	a1,s1,80
ffffffc080205f60:	95d6                	add	a1,a1,s5
ffffffc080205f62:	aa1fa0ef          	jal	ffffffc080200a02 <swtch>
  if (c->vs) /* NULL if the thread let go of its address space (exit) */
ffffffc080205f66:	090b3503          	ld	a0,144(s6)
ffffffc080205f6a:	c119                	beqz	a0,ffffffc080205f70 <scheduler+0xd4>
    vm_deactivate(c->vs);
ffffffc080205f6c:	902ff0ef          	jal	ffffffc08020506e <vm_deactivate>
        next = (t - threads + 1) % NTHREAD;
ffffffc080205f70:	8499                	sra	s1,s1,0x6
ffffffc080205f72:	039484b3          	mul	s1,s1,s9
  c->vs = NULL;
ffffffc080205f76:	080b3823          	sd	zero,144(s6)
  c->thread = NULL;
ffffffc080205f7a:	000b3023          	sd	zero,0(s6)
      spin_unlock(&t->lock);
ffffffc080205f7e:	856a                	mv	a0,s10
        next = (t - threads + 1) % NTHREAD;
ffffffc080205f80:	0485                	add	s1,s1,1
ffffffc080205f82:	43f4d793          	sra	a5,s1,0x3f
ffffffc080205f86:	93e5                	srl	a5,a5,0x39
ffffffc080205f88:	94be                	add	s1,s1,a5
ffffffc080205f8a:	07f4f493          	and	s1,s1,127
ffffffc080205f8e:	8c9d                	sub	s1,s1,a5
      spin_unlock(&t->lock);
ffffffc080205f90:	00048b9b          	sext.w	s7,s1
ffffffc080205f94:	6ae000ef          	jal	ffffffc080206642 <spin_unlock>
    }
    if (!ran)
ffffffc080205f98:	bf81                	j	ffffffc080205ee8 <scheduler+0x4c>

ffffffc080205f9a <sched>:
  }
}

/* Switches to the scheduler. Caller holds only t->lock and has set
 * t->state away from T_RUNNING. */
void sched(void) {
ffffffc080205f9a:	1101                	add	sp,sp,-32
ffffffc080205f9c:	e822                	sd	s0,16(sp)
ffffffc080205f9e:	ec06                	sd	ra,24(sp)
ffffffc080205fa0:	e426                	sd	s1,8(sp)
ffffffc080205fa2:	e04a                	sd	s2,0(sp)
ffffffc080205fa4:	1000                	add	s0,sp,32
  push_off();
ffffffc080205fa6:	62c000ef          	jal	ffffffc0802065d2 <push_off>
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080205faa:	8792                	mv	a5,tp
  struct thread *t = mycpu()->thread;
ffffffc080205fac:	6384                	ld	s1,0(a5)
  pop_off();
ffffffc080205fae:	64a000ef          	jal	ffffffc0802065f8 <pop_off>
ffffffc080205fb2:	8912                	mv	s2,tp
  struct thread *t = curthread();
  struct cpu *c = mycpu();
  if (!spin_holding(&t->lock))
ffffffc080205fb4:	8526                	mv	a0,s1
ffffffc080205fb6:	5fa000ef          	jal	ffffffc0802065b0 <spin_holding>
ffffffc080205fba:	c539                	beqz	a0,ffffffc080206008 <sched+0x6e>
    panic("sched: thread lock not held");
  if (c->noff != 1)
ffffffc080205fbc:	07892583          	lw	a1,120(s2)
ffffffc080205fc0:	4785                	li	a5,1
ffffffc080205fc2:	06f59d63          	bne	a1,a5,ffffffc08020603c <sched+0xa2>
    panic("sched: %d locks held", c->noff);
  if (t->state == T_RUNNING)
ffffffc080205fc6:	4c98                	lw	a4,24(s1)
ffffffc080205fc8:	4791                	li	a5,4
ffffffc080205fca:	06f70363          	beq	a4,a5,ffffffc080206030 <sched+0x96>
static inline bool intr_get(void) { return (csr_read(sstatus) & SSTATUS_SIE) != 0; }
ffffffc080205fce:	100027f3          	csrr	a5,sstatus
ffffffc080205fd2:	8b89                	and	a5,a5,2
    panic("sched: thread still running");
  if (intr_get())
ffffffc080205fd4:	eba1                	bnez	a5,ffffffc080206024 <sched+0x8a>
    panic("sched: interrupts on");
  if (*(uint64 *)t->kstack != KSTACK_CANARY)
ffffffc080205fd6:	7c98                	ld	a4,56(s1)
ffffffc080205fd8:	00002797          	auipc	a5,0x2
ffffffc080205fdc:	0507b783          	ld	a5,80(a5) # ffffffc080208028 <kernel_text_end+0x28>
ffffffc080205fe0:	6318                	ld	a4,0(a4)
ffffffc080205fe2:	02f71963          	bne	a4,a5,ffffffc080206014 <sched+0x7a>
    panic("sched: kernel stack overflow in pid %d", t->proc->pid);
  bool intena = c->intena;
  swtch(&t->ctx, &c->sched_ctx);
ffffffc080205fe6:	05048513          	add	a0,s1,80
ffffffc080205fea:	00890593          	add	a1,s2,8
  bool intena = c->intena;
ffffffc080205fee:	07c94483          	lbu	s1,124(s2)
  swtch(&t->ctx, &c->sched_ctx);
ffffffc080205ff2:	a11fa0ef          	jal	ffffffc080200a02 <swtch>
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080205ff6:	8792                	mv	a5,tp
  mycpu()->intena = intena;
}
ffffffc080205ff8:	60e2                	ld	ra,24(sp)
ffffffc080205ffa:	6442                	ld	s0,16(sp)
  mycpu()->intena = intena;
ffffffc080205ffc:	06978e23          	sb	s1,124(a5)
}
ffffffc080206000:	6902                	ld	s2,0(sp)
ffffffc080206002:	64a2                	ld	s1,8(sp)
ffffffc080206004:	6105                	add	sp,sp,32
ffffffc080206006:	8082                	ret
    panic("sched: thread lock not held");
ffffffc080206008:	00003517          	auipc	a0,0x3
ffffffc08020600c:	ae850513          	add	a0,a0,-1304 # ffffffc080208af0 <__func__.0+0x4f0>
ffffffc080206010:	a41fd0ef          	jal	ffffffc080203a50 <panic>
    panic("sched: kernel stack overflow in pid %d", t->proc->pid);
ffffffc080206014:	749c                	ld	a5,40(s1)
ffffffc080206016:	00003517          	auipc	a0,0x3
ffffffc08020601a:	b4a50513          	add	a0,a0,-1206 # ffffffc080208b60 <__func__.0+0x560>
ffffffc08020601e:	4fcc                	lw	a1,28(a5)
ffffffc080206020:	a31fd0ef          	jal	ffffffc080203a50 <panic>
    panic("sched: interrupts on");
ffffffc080206024:	00003517          	auipc	a0,0x3
ffffffc080206028:	b2450513          	add	a0,a0,-1244 # ffffffc080208b48 <__func__.0+0x548>
ffffffc08020602c:	a25fd0ef          	jal	ffffffc080203a50 <panic>
    panic("sched: thread still running");
ffffffc080206030:	00003517          	auipc	a0,0x3
ffffffc080206034:	af850513          	add	a0,a0,-1288 # ffffffc080208b28 <__func__.0+0x528>
ffffffc080206038:	a19fd0ef          	jal	ffffffc080203a50 <panic>
    panic("sched: %d locks held", c->noff);
ffffffc08020603c:	00003517          	auipc	a0,0x3
ffffffc080206040:	ad450513          	add	a0,a0,-1324 # ffffffc080208b10 <__func__.0+0x510>
ffffffc080206044:	a0dfd0ef          	jal	ffffffc080203a50 <panic>

ffffffc080206048 <proc_yield>:

void proc_yield(void) {
ffffffc080206048:	1101                	add	sp,sp,-32
ffffffc08020604a:	e822                	sd	s0,16(sp)
ffffffc08020604c:	ec06                	sd	ra,24(sp)
ffffffc08020604e:	e426                	sd	s1,8(sp)
ffffffc080206050:	1000                	add	s0,sp,32
  push_off();
ffffffc080206052:	580000ef          	jal	ffffffc0802065d2 <push_off>
ffffffc080206056:	8792                	mv	a5,tp
  struct thread *t = mycpu()->thread;
ffffffc080206058:	6384                	ld	s1,0(a5)
  pop_off();
ffffffc08020605a:	59e000ef          	jal	ffffffc0802065f8 <pop_off>
  struct thread *t = curthread();
  spin_lock(&t->lock);
ffffffc08020605e:	8526                	mv	a0,s1
ffffffc080206060:	4e8000ef          	jal	ffffffc080206548 <spin_lock>
  t->state = T_RUNNABLE;
ffffffc080206064:	478d                	li	a5,3
ffffffc080206066:	cc9c                	sw	a5,24(s1)
  sched();
ffffffc080206068:	f33ff0ef          	jal	ffffffc080205f9a <sched>
  spin_unlock(&t->lock);
}
ffffffc08020606c:	6442                	ld	s0,16(sp)
ffffffc08020606e:	60e2                	ld	ra,24(sp)
  spin_unlock(&t->lock);
ffffffc080206070:	8526                	mv	a0,s1
}
ffffffc080206072:	64a2                	ld	s1,8(sp)
ffffffc080206074:	6105                	add	sp,sp,32
  spin_unlock(&t->lock);
ffffffc080206076:	a3f1                	j	ffffffc080206642 <spin_unlock>

ffffffc080206078 <sleep_on>:

void sleep_on(void *chan, struct spinlock *lk) {
ffffffc080206078:	7179                	add	sp,sp,-48
ffffffc08020607a:	f022                	sd	s0,32(sp)
ffffffc08020607c:	e84a                	sd	s2,16(sp)
ffffffc08020607e:	e44e                	sd	s3,8(sp)
ffffffc080206080:	f406                	sd	ra,40(sp)
ffffffc080206082:	ec26                	sd	s1,24(sp)
ffffffc080206084:	1800                	add	s0,sp,48
ffffffc080206086:	89aa                	mv	s3,a0
ffffffc080206088:	892e                	mv	s2,a1
  push_off();
ffffffc08020608a:	548000ef          	jal	ffffffc0802065d2 <push_off>
ffffffc08020608e:	8792                	mv	a5,tp
  struct thread *t = mycpu()->thread;
ffffffc080206090:	6384                	ld	s1,0(a5)
  pop_off();
ffffffc080206092:	566000ef          	jal	ffffffc0802065f8 <pop_off>
  struct thread *t = curthread();
  spin_lock(&t->lock);
ffffffc080206096:	8526                	mv	a0,s1
ffffffc080206098:	4b0000ef          	jal	ffffffc080206548 <spin_lock>
  /* Mark ourselves asleep before letting go of lk: a waker that takes lk
   * next then sees T_SLEEPING even through wakeup's unlocked peek. */
  t->chan = chan;
  t->state = T_SLEEPING;
ffffffc08020609c:	4789                	li	a5,2
  spin_unlock(lk);
ffffffc08020609e:	854a                	mv	a0,s2
  t->state = T_SLEEPING;
ffffffc0802060a0:	cc9c                	sw	a5,24(s1)
  t->chan = chan;
ffffffc0802060a2:	0334b023          	sd	s3,32(s1)
  spin_unlock(lk);
ffffffc0802060a6:	59c000ef          	jal	ffffffc080206642 <spin_unlock>
  sched();
ffffffc0802060aa:	ef1ff0ef          	jal	ffffffc080205f9a <sched>
  t->chan = NULL;
  spin_unlock(&t->lock);
ffffffc0802060ae:	8526                	mv	a0,s1
  t->chan = NULL;
ffffffc0802060b0:	0204b023          	sd	zero,32(s1)
  spin_unlock(&t->lock);
ffffffc0802060b4:	58e000ef          	jal	ffffffc080206642 <spin_unlock>
  spin_lock(lk);
}
ffffffc0802060b8:	7402                	ld	s0,32(sp)
ffffffc0802060ba:	70a2                	ld	ra,40(sp)
ffffffc0802060bc:	64e2                	ld	s1,24(sp)
ffffffc0802060be:	69a2                	ld	s3,8(sp)
  spin_lock(lk);
ffffffc0802060c0:	854a                	mv	a0,s2
}
ffffffc0802060c2:	6942                	ld	s2,16(sp)
ffffffc0802060c4:	6145                	add	sp,sp,48
  spin_lock(lk);
ffffffc0802060c6:	a149                	j	ffffffc080206548 <spin_lock>

ffffffc0802060c8 <wakeup>:

void wakeup(void *chan) {
ffffffc0802060c8:	7139                	add	sp,sp,-64
ffffffc0802060ca:	f822                	sd	s0,48(sp)
ffffffc0802060cc:	e456                	sd	s5,8(sp)
ffffffc0802060ce:	fc06                	sd	ra,56(sp)
ffffffc0802060d0:	f426                	sd	s1,40(sp)
ffffffc0802060d2:	f04a                	sd	s2,32(sp)
ffffffc0802060d4:	ec4e                	sd	s3,24(sp)
ffffffc0802060d6:	e852                	sd	s4,16(sp)
ffffffc0802060d8:	e05a                	sd	s6,0(sp)
ffffffc0802060da:	0080                	add	s0,sp,64
ffffffc0802060dc:	8aaa                	mv	s5,a0
  push_off();
ffffffc0802060de:	4f4000ef          	jal	ffffffc0802065d2 <push_off>
ffffffc0802060e2:	8792                	mv	a5,tp
  struct thread *self = curthread();
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc0802060e4:	004b3497          	auipc	s1,0x4b3
ffffffc0802060e8:	b8c48493          	add	s1,s1,-1140 # ffffffc0806b8c70 <threads>
  struct thread *t = mycpu()->thread;
ffffffc0802060ec:	0007b983          	ld	s3,0(a5)
  pop_off();
ffffffc0802060f0:	004b9917          	auipc	s2,0x4b9
ffffffc0802060f4:	b8090913          	add	s2,s2,-1152 # ffffffc0806bec70 <kernel_bss_end>
ffffffc0802060f8:	500000ef          	jal	ffffffc0802065f8 <pop_off>
    if (t == self || __atomic_load_n(&t->state, __ATOMIC_RELAXED) != T_SLEEPING)
ffffffc0802060fc:	4a09                	li	s4,2
      continue;
    spin_lock(&t->lock);
    if (t->state == T_SLEEPING && t->chan == chan)
      t->state = T_RUNNABLE;
ffffffc0802060fe:	4b0d                	li	s6,3
    if (t == self || __atomic_load_n(&t->state, __ATOMIC_RELAXED) != T_SLEEPING)
ffffffc080206100:	00998563          	beq	s3,s1,ffffffc08020610a <wakeup+0x42>
ffffffc080206104:	4c9c                	lw	a5,24(s1)
ffffffc080206106:	03478063          	beq	a5,s4,ffffffc080206126 <wakeup+0x5e>
  for (struct thread *t = threads; t < &threads[NTHREAD]; t++) {
ffffffc08020610a:	0c048493          	add	s1,s1,192
ffffffc08020610e:	ff2499e3          	bne	s1,s2,ffffffc080206100 <wakeup+0x38>
    spin_unlock(&t->lock);
  }
}
ffffffc080206112:	70e2                	ld	ra,56(sp)
ffffffc080206114:	7442                	ld	s0,48(sp)
ffffffc080206116:	74a2                	ld	s1,40(sp)
ffffffc080206118:	7902                	ld	s2,32(sp)
ffffffc08020611a:	69e2                	ld	s3,24(sp)
ffffffc08020611c:	6a42                	ld	s4,16(sp)
ffffffc08020611e:	6aa2                	ld	s5,8(sp)
ffffffc080206120:	6b02                	ld	s6,0(sp)
ffffffc080206122:	6121                	add	sp,sp,64
ffffffc080206124:	8082                	ret
    spin_lock(&t->lock);
ffffffc080206126:	8526                	mv	a0,s1
ffffffc080206128:	420000ef          	jal	ffffffc080206548 <spin_lock>
    if (t->state == T_SLEEPING && t->chan == chan)
ffffffc08020612c:	4c9c                	lw	a5,24(s1)
    spin_unlock(&t->lock);
ffffffc08020612e:	8526                	mv	a0,s1
    if (t->state == T_SLEEPING && t->chan == chan)
ffffffc080206130:	01478563          	beq	a5,s4,ffffffc08020613a <wakeup+0x72>
    spin_unlock(&t->lock);
ffffffc080206134:	50e000ef          	jal	ffffffc080206642 <spin_unlock>
ffffffc080206138:	bfc9                	j	ffffffc08020610a <wakeup+0x42>
    if (t->state == T_SLEEPING && t->chan == chan)
ffffffc08020613a:	709c                	ld	a5,32(s1)
ffffffc08020613c:	ff579ce3          	bne	a5,s5,ffffffc080206134 <wakeup+0x6c>
      t->state = T_RUNNABLE;
ffffffc080206140:	0164ac23          	sw	s6,24(s1)
ffffffc080206144:	bfc5                	j	ffffffc080206134 <wakeup+0x6c>

ffffffc080206146 <thread_start>:
#include "proc/sched.h"
#include "mm/uaccess.h"
#include "sync/wait.h"
#include "arch/riscv/memlayout.h"

int thread_start(uint64 entry, uint64 arg, uint64 stack_top) {
ffffffc080206146:	7139                	add	sp,sp,-64
ffffffc080206148:	f822                	sd	s0,48(sp)
ffffffc08020614a:	ec4e                	sd	s3,24(sp)
ffffffc08020614c:	e852                	sd	s4,16(sp)
ffffffc08020614e:	e456                	sd	s5,8(sp)
ffffffc080206150:	fc06                	sd	ra,56(sp)
ffffffc080206152:	f426                	sd	s1,40(sp)
ffffffc080206154:	f04a                	sd	s2,32(sp)
ffffffc080206156:	0080                	add	s0,sp,64
ffffffc080206158:	8a2a                	mv	s4,a0
ffffffc08020615a:	89b2                	mv	s3,a2
ffffffc08020615c:	8aae                	mv	s5,a1
  struct proc *p = curproc();
ffffffc08020615e:	d19ff0ef          	jal	ffffffc080205e76 <curproc>
  if (entry >= USER_TOP || stack_top >= USER_TOP || (stack_top & 15))
ffffffc080206162:	57fd                	li	a5,-1
ffffffc080206164:	013a6733          	or	a4,s4,s3
ffffffc080206168:	83e9                	srl	a5,a5,0x1a
ffffffc08020616a:	0ae7e863          	bltu	a5,a4,ffffffc08020621a <thread_start+0xd4>
ffffffc08020616e:	00f9f793          	and	a5,s3,15
ffffffc080206172:	e7c5                	bnez	a5,ffffffc08020621a <thread_start+0xd4>
    return -1;
  struct thread *t = thread_alloc(p, thread_first_entry);
ffffffc080206174:	fffff597          	auipc	a1,0xfffff
ffffffc080206178:	2f058593          	add	a1,a1,752 # ffffffc080205464 <thread_first_entry>
ffffffc08020617c:	84aa                	mv	s1,a0
ffffffc08020617e:	c3aff0ef          	jal	ffffffc0802055b8 <thread_alloc>
ffffffc080206182:	892a                	mv	s2,a0
  if (!t)
ffffffc080206184:	c959                	beqz	a0,ffffffc08020621a <thread_start+0xd4>
    return -1;
  spin_lock(&p->lock);
ffffffc080206186:	8526                	mv	a0,s1
ffffffc080206188:	3c0000ef          	jal	ffffffc080206548 <spin_lock>
  if (p->killed || p->single) {
ffffffc08020618c:	0204c783          	lbu	a5,32(s1)
ffffffc080206190:	efbd                	bnez	a5,ffffffc08020620e <thread_start+0xc8>
ffffffc080206192:	789c                	ld	a5,48(s1)
ffffffc080206194:	efad                	bnez	a5,ffffffc08020620e <thread_start+0xc8>
    spin_unlock(&p->lock);
    thread_free(t);
    return -1;
  }
  p->nthreads++;
ffffffc080206196:	549c                	lw	a5,40(s1)
  spin_unlock(&p->lock);
ffffffc080206198:	8526                	mv	a0,s1
  p->nthreads++;
ffffffc08020619a:	2785                	addw	a5,a5,1
ffffffc08020619c:	d49c                	sw	a5,40(s1)
  spin_unlock(&p->lock);
ffffffc08020619e:	4a4000ef          	jal	ffffffc080206642 <spin_unlock>
  *t->tf = *curthread()->tf; /* keeps gp and tp */
ffffffc0802061a2:	cb3ff0ef          	jal	ffffffc080205e54 <curthread>
ffffffc0802061a6:	04093683          	ld	a3,64(s2)
ffffffc0802061aa:	613c                	ld	a5,64(a0)
ffffffc0802061ac:	8736                	mv	a4,a3
ffffffc0802061ae:	12078893          	add	a7,a5,288
ffffffc0802061b2:	0007b803          	ld	a6,0(a5)
ffffffc0802061b6:	6788                	ld	a0,8(a5)
ffffffc0802061b8:	6b8c                	ld	a1,16(a5)
ffffffc0802061ba:	6f90                	ld	a2,24(a5)
ffffffc0802061bc:	01073023          	sd	a6,0(a4)
ffffffc0802061c0:	e708                	sd	a0,8(a4)
ffffffc0802061c2:	eb0c                	sd	a1,16(a4)
ffffffc0802061c4:	ef10                	sd	a2,24(a4)
ffffffc0802061c6:	02078793          	add	a5,a5,32
ffffffc0802061ca:	02070713          	add	a4,a4,32
ffffffc0802061ce:	ff1792e3          	bne	a5,a7,ffffffc0802061b2 <thread_start+0x6c>
  t->tf->epc = entry;
  t->tf->x[REG_SP] = stack_top;
  t->tf->x[REG_A0] = arg;
  t->tf->x[REG_RA] = 0;
  int tid = t->tid + 1;
ffffffc0802061d2:	03092483          	lw	s1,48(s2)
  spin_lock(&t->lock);
ffffffc0802061d6:	854a                	mv	a0,s2
  t->tf->epc = entry;
ffffffc0802061d8:	1146b023          	sd	s4,256(a3)
  t->tf->x[REG_SP] = stack_top;
ffffffc0802061dc:	0136b823          	sd	s3,16(a3)
  t->tf->x[REG_A0] = arg;
ffffffc0802061e0:	0556b823          	sd	s5,80(a3)
  t->tf->x[REG_RA] = 0;
ffffffc0802061e4:	0006b423          	sd	zero,8(a3)
  spin_lock(&t->lock);
ffffffc0802061e8:	360000ef          	jal	ffffffc080206548 <spin_lock>
  t->state = T_RUNNABLE;
ffffffc0802061ec:	478d                	li	a5,3
ffffffc0802061ee:	00f92c23          	sw	a5,24(s2)
  spin_unlock(&t->lock);
ffffffc0802061f2:	854a                	mv	a0,s2
  int tid = t->tid + 1;
ffffffc0802061f4:	2485                	addw	s1,s1,1
  spin_unlock(&t->lock);
ffffffc0802061f6:	44c000ef          	jal	ffffffc080206642 <spin_unlock>
  return tid;
}
ffffffc0802061fa:	70e2                	ld	ra,56(sp)
ffffffc0802061fc:	7442                	ld	s0,48(sp)
ffffffc0802061fe:	7902                	ld	s2,32(sp)
ffffffc080206200:	69e2                	ld	s3,24(sp)
ffffffc080206202:	6a42                	ld	s4,16(sp)
ffffffc080206204:	6aa2                	ld	s5,8(sp)
ffffffc080206206:	8526                	mv	a0,s1
ffffffc080206208:	74a2                	ld	s1,40(sp)
ffffffc08020620a:	6121                	add	sp,sp,64
ffffffc08020620c:	8082                	ret
    spin_unlock(&p->lock);
ffffffc08020620e:	8526                	mv	a0,s1
ffffffc080206210:	432000ef          	jal	ffffffc080206642 <spin_unlock>
    thread_free(t);
ffffffc080206214:	854a                	mv	a0,s2
ffffffc080206216:	cfcff0ef          	jal	ffffffc080205712 <thread_free>
    return -1;
ffffffc08020621a:	54fd                	li	s1,-1
ffffffc08020621c:	bff9                	j	ffffffc0802061fa <thread_start+0xb4>

ffffffc08020621e <thread_join>:

int thread_join(int tid, uint64 status_uva) {
ffffffc08020621e:	715d                	add	sp,sp,-80
ffffffc080206220:	e0a2                	sd	s0,64(sp)
ffffffc080206222:	fc26                	sd	s1,56(sp)
ffffffc080206224:	f052                	sd	s4,32(sp)
ffffffc080206226:	e486                	sd	ra,72(sp)
ffffffc080206228:	f84a                	sd	s2,48(sp)
ffffffc08020622a:	f44e                	sd	s3,40(sp)
ffffffc08020622c:	ec56                	sd	s5,24(sp)
ffffffc08020622e:	0880                	add	s0,sp,80
ffffffc080206230:	84aa                	mv	s1,a0
ffffffc080206232:	8a2e                	mv	s4,a1
  struct proc *p = curproc();
ffffffc080206234:	c43ff0ef          	jal	ffffffc080205e76 <curproc>
  if (tid < 1 || tid > NTHREAD)
ffffffc080206238:	fff4879b          	addw	a5,s1,-1
ffffffc08020623c:	07f00713          	li	a4,127
ffffffc080206240:	06f76e63          	bltu	a4,a5,ffffffc0802062bc <thread_join+0x9e>
    return -1;
  struct thread *t = &threads[tid - 1];
ffffffc080206244:	00179993          	sll	s3,a5,0x1
ffffffc080206248:	99be                	add	s3,s3,a5
ffffffc08020624a:	00699493          	sll	s1,s3,0x6
ffffffc08020624e:	004b3a97          	auipc	s5,0x4b3
ffffffc080206252:	a22a8a93          	add	s5,s5,-1502 # ffffffc0806b8c70 <threads>
ffffffc080206256:	892a                	mv	s2,a0
ffffffc080206258:	94d6                	add	s1,s1,s5
  spin_lock(&p->lock);
ffffffc08020625a:	2ee000ef          	jal	ffffffc080206548 <spin_lock>
  if (t->proc != p || t == curthread()) {
ffffffc08020625e:	749c                	ld	a5,40(s1)
ffffffc080206260:	05279b63          	bne	a5,s2,ffffffc0802062b6 <thread_join+0x98>
ffffffc080206264:	bf1ff0ef          	jal	ffffffc080205e54 <curthread>
ffffffc080206268:	00a49b63          	bne	s1,a0,ffffffc08020627e <thread_join+0x60>
ffffffc08020626c:	a0a9                	j	ffffffc0802062b6 <thread_join+0x98>
    spin_unlock(&p->lock);
    return -1;
  }
  while (!t->ended) {
    if (p->killed) {
ffffffc08020626e:	02094783          	lbu	a5,32(s2)
ffffffc080206272:	e3b1                	bnez	a5,ffffffc0802062b6 <thread_join+0x98>
      spin_unlock(&p->lock);
      return -1;
    }
    sleep_on(t, &p->lock);
ffffffc080206274:	e05ff0ef          	jal	ffffffc080206078 <sleep_on>
    if (t->proc != p) { /* joined by a sibling meanwhile */
ffffffc080206278:	749c                	ld	a5,40(s1)
ffffffc08020627a:	03279e63          	bne	a5,s2,ffffffc0802062b6 <thread_join+0x98>
  while (!t->ended) {
ffffffc08020627e:	0484c783          	lbu	a5,72(s1)
    sleep_on(t, &p->lock);
ffffffc080206282:	85ca                	mv	a1,s2
ffffffc080206284:	8526                	mv	a0,s1
  while (!t->ended) {
ffffffc080206286:	d7e5                	beqz	a5,ffffffc08020626e <thread_join+0x50>
      spin_unlock(&p->lock);
      return -1;
    }
  }
  int xstate = t->xstate;
ffffffc080206288:	099a                	sll	s3,s3,0x6
ffffffc08020628a:	9ace                	add	s5,s5,s3
ffffffc08020628c:	04caa783          	lw	a5,76(s5)
ffffffc080206290:	faf42e23          	sw	a5,-68(s0)
  thread_free(t); /* waits on t->lock until it is off its hart */
ffffffc080206294:	c7eff0ef          	jal	ffffffc080205712 <thread_free>
  spin_unlock(&p->lock);
ffffffc080206298:	854a                	mv	a0,s2
ffffffc08020629a:	3a8000ef          	jal	ffffffc080206642 <spin_unlock>
  if (status_uva && copyout(status_uva, &xstate, sizeof(xstate)) < 0)
    return -1;
  return 0;
ffffffc08020629e:	4501                	li	a0,0
  if (status_uva && copyout(status_uva, &xstate, sizeof(xstate)) < 0)
ffffffc0802062a0:	020a1063          	bnez	s4,ffffffc0802062c0 <thread_join+0xa2>
}
ffffffc0802062a4:	60a6                	ld	ra,72(sp)
ffffffc0802062a6:	6406                	ld	s0,64(sp)
ffffffc0802062a8:	74e2                	ld	s1,56(sp)
ffffffc0802062aa:	7942                	ld	s2,48(sp)
ffffffc0802062ac:	79a2                	ld	s3,40(sp)
ffffffc0802062ae:	7a02                	ld	s4,32(sp)
ffffffc0802062b0:	6ae2                	ld	s5,24(sp)
ffffffc0802062b2:	6161                	add	sp,sp,80
ffffffc0802062b4:	8082                	ret
    spin_unlock(&p->lock);
ffffffc0802062b6:	854a                	mv	a0,s2
ffffffc0802062b8:	38a000ef          	jal	ffffffc080206642 <spin_unlock>
    return -1;
ffffffc0802062bc:	557d                	li	a0,-1
ffffffc0802062be:	b7dd                	j	ffffffc0802062a4 <thread_join+0x86>
  if (status_uva && copyout(status_uva, &xstate, sizeof(xstate)) < 0)
ffffffc0802062c0:	4611                	li	a2,4
ffffffc0802062c2:	fbc40593          	add	a1,s0,-68
ffffffc0802062c6:	8552                	mv	a0,s4
ffffffc0802062c8:	c66fe0ef          	jal	ffffffc08020472e <copyout>
ffffffc0802062cc:	41f5551b          	sraw	a0,a0,0x1f
ffffffc0802062d0:	bfd1                	j	ffffffc0802062a4 <thread_join+0x86>

ffffffc0802062d2 <proc_single_thread>:

int proc_single_thread(void) {
ffffffc0802062d2:	7179                	add	sp,sp,-48
ffffffc0802062d4:	f406                	sd	ra,40(sp)
ffffffc0802062d6:	f022                	sd	s0,32(sp)
ffffffc0802062d8:	ec26                	sd	s1,24(sp)
ffffffc0802062da:	1800                	add	s0,sp,48
ffffffc0802062dc:	e84a                	sd	s2,16(sp)
ffffffc0802062de:	e44e                	sd	s3,8(sp)
  struct proc *p = curproc();
ffffffc0802062e0:	b97ff0ef          	jal	ffffffc080205e76 <curproc>
ffffffc0802062e4:	84aa                	mv	s1,a0
  struct thread *self = curthread();
ffffffc0802062e6:	b6fff0ef          	jal	ffffffc080205e54 <curthread>
ffffffc0802062ea:	892a                	mv	s2,a0
  spin_lock(&p->lock);
ffffffc0802062ec:	8526                	mv	a0,s1
ffffffc0802062ee:	25a000ef          	jal	ffffffc080206548 <spin_lock>
  if (p->single && p->single != self) {
ffffffc0802062f2:	789c                	ld	a5,48(s1)
ffffffc0802062f4:	c399                	beqz	a5,ffffffc0802062fa <proc_single_thread+0x28>
ffffffc0802062f6:	05279263          	bne	a5,s2,ffffffc08020633a <proc_single_thread+0x68>
    spin_unlock(&p->lock);
    return -1;
  }
  p->single = self;
ffffffc0802062fa:	0324b823          	sd	s2,48(s1)
  wake_threads_locked(p);
ffffffc0802062fe:	8526                	mv	a0,s1
ffffffc080206300:	f60ff0ef          	jal	ffffffc080205a60 <wake_threads_locked>
  while (p->nthreads > 1)
ffffffc080206304:	5498                	lw	a4,40(s1)
ffffffc080206306:	4785                	li	a5,1
    sleep_on(&p->nthreads, &p->lock);
ffffffc080206308:	02848993          	add	s3,s1,40
  while (p->nthreads > 1)
ffffffc08020630c:	4905                	li	s2,1
ffffffc08020630e:	00e7d963          	bge	a5,a4,ffffffc080206320 <proc_single_thread+0x4e>
    sleep_on(&p->nthreads, &p->lock);
ffffffc080206312:	85a6                	mv	a1,s1
ffffffc080206314:	854e                	mv	a0,s3
ffffffc080206316:	d63ff0ef          	jal	ffffffc080206078 <sleep_on>
  while (p->nthreads > 1)
ffffffc08020631a:	549c                	lw	a5,40(s1)
ffffffc08020631c:	fef94be3          	blt	s2,a5,ffffffc080206312 <proc_single_thread+0x40>
  p->single = NULL;
  spin_unlock(&p->lock);
ffffffc080206320:	8526                	mv	a0,s1
  p->single = NULL;
ffffffc080206322:	0204b823          	sd	zero,48(s1)
  spin_unlock(&p->lock);
ffffffc080206326:	31c000ef          	jal	ffffffc080206642 <spin_unlock>
  return 0;
ffffffc08020632a:	4501                	li	a0,0
}
ffffffc08020632c:	70a2                	ld	ra,40(sp)
ffffffc08020632e:	7402                	ld	s0,32(sp)
ffffffc080206330:	64e2                	ld	s1,24(sp)
ffffffc080206332:	6942                	ld	s2,16(sp)
ffffffc080206334:	69a2                	ld	s3,8(sp)
ffffffc080206336:	6145                	add	sp,sp,48
ffffffc080206338:	8082                	ret
    spin_unlock(&p->lock);
ffffffc08020633a:	8526                	mv	a0,s1
ffffffc08020633c:	306000ef          	jal	ffffffc080206642 <spin_unlock>
    return -1;
ffffffc080206340:	557d                	li	a0,-1
ffffffc080206342:	b7ed                	j	ffffffc08020632c <proc_single_thread+0x5a>

ffffffc080206344 <rw_init>:

#define RW_WRITER (1U << 31)
#define RW_WAITING (1U << 30)
#define RW_READERS 0x3FFFFFFFU

void rw_init(struct rwlock *l, const char *name) {
ffffffc080206344:	1141                	add	sp,sp,-16
ffffffc080206346:	e422                	sd	s0,8(sp)
ffffffc080206348:	0800                	add	s0,sp,16
  l->state = 0;
  l->name = name;
}
ffffffc08020634a:	6422                	ld	s0,8(sp)
  l->state = 0;
ffffffc08020634c:	00052023          	sw	zero,0(a0)
  l->name = name;
ffffffc080206350:	e50c                	sd	a1,8(a0)
}
ffffffc080206352:	0141                	add	sp,sp,16
ffffffc080206354:	8082                	ret

ffffffc080206356 <rw_read_lock>:

void rw_read_lock(struct rwlock *l) {
ffffffc080206356:	1101                	add	sp,sp,-32
ffffffc080206358:	e822                	sd	s0,16(sp)
ffffffc08020635a:	e426                	sd	s1,8(sp)
ffffffc08020635c:	e04a                	sd	s2,0(sp)
ffffffc08020635e:	ec06                	sd	ra,24(sp)
ffffffc080206360:	1000                	add	s0,sp,32
ffffffc080206362:	84aa                	mv	s1,a0
  push_off();
  for (;;) {
    uint32 s = __atomic_load_n(&l->state, __ATOMIC_RELAXED);
    if (s & (RW_WRITER | RW_WAITING)) {
ffffffc080206364:	40000937          	lui	s2,0x40000
  push_off();
ffffffc080206368:	26a000ef          	jal	ffffffc0802065d2 <push_off>
    uint32 s = __atomic_load_n(&l->state, __ATOMIC_RELAXED);
ffffffc08020636c:	4098                	lw	a4,0(s1)
ffffffc08020636e:	0007079b          	sext.w	a5,a4
      tlb_poll(); /* a writer may be waiting for our acknowledgement */
      continue;
    }
    /* Acquire: the reader's section sees the last writer's updates. */
    if (__atomic_compare_exchange_n(&l->state, &s, s + 1, true, __ATOMIC_ACQUIRE,
ffffffc080206372:	0017869b          	addw	a3,a5,1
    if (s & (RW_WRITER | RW_WAITING)) {
ffffffc080206376:	03277263          	bgeu	a4,s2,ffffffc08020639a <rw_read_lock+0x44>
    if (__atomic_compare_exchange_n(&l->state, &s, s + 1, true, __ATOMIC_ACQUIRE,
ffffffc08020637a:	1004a72f          	lr.w	a4,(s1)
ffffffc08020637e:	00f71563          	bne	a4,a5,ffffffc080206388 <rw_read_lock+0x32>
ffffffc080206382:	1cd4a62f          	sc.w.aq	a2,a3,(s1)
ffffffc080206386:	fa75                	bnez	a2,ffffffc08020637a <rw_read_lock+0x24>
ffffffc080206388:	40f707bb          	subw	a5,a4,a5
ffffffc08020638c:	f3e5                	bnez	a5,ffffffc08020636c <rw_read_lock+0x16>
                                    __ATOMIC_RELAXED))
      return;
  }
}
ffffffc08020638e:	60e2                	ld	ra,24(sp)
ffffffc080206390:	6442                	ld	s0,16(sp)
ffffffc080206392:	64a2                	ld	s1,8(sp)
ffffffc080206394:	6902                	ld	s2,0(sp)
ffffffc080206396:	6105                	add	sp,sp,32
ffffffc080206398:	8082                	ret
      tlb_poll(); /* a writer may be waiting for our acknowledgement */
ffffffc08020639a:	f20fa0ef          	jal	ffffffc080200aba <tlb_poll>
      continue;
ffffffc08020639e:	b7f9                	j	ffffffc08020636c <rw_read_lock+0x16>

ffffffc0802063a0 <rw_read_unlock>:

void rw_read_unlock(struct rwlock *l) {
  /* Release: our reads finish before a writer can take the lock. */
  uint32 old = __atomic_fetch_sub(&l->state, 1, __ATOMIC_RELEASE);
ffffffc0802063a0:	577d                	li	a4,-1
ffffffc0802063a2:	0f50000f          	fence	iorw,ow
ffffffc0802063a6:	00e527af          	amoadd.w	a5,a4,(a0)
  if ((old & RW_READERS) == 0)
ffffffc0802063aa:	178a                	sll	a5,a5,0x22
ffffffc0802063ac:	c391                	beqz	a5,ffffffc0802063b0 <rw_read_unlock+0x10>
    panic("rw_read_unlock: %s has no readers", l->name);
  pop_off();
ffffffc0802063ae:	a4a9                	j	ffffffc0802065f8 <pop_off>
void rw_read_unlock(struct rwlock *l) {
ffffffc0802063b0:	1141                	add	sp,sp,-16
ffffffc0802063b2:	e022                	sd	s0,0(sp)
ffffffc0802063b4:	e406                	sd	ra,8(sp)
ffffffc0802063b6:	0800                	add	s0,sp,16
    panic("rw_read_unlock: %s has no readers", l->name);
ffffffc0802063b8:	650c                	ld	a1,8(a0)
ffffffc0802063ba:	00002517          	auipc	a0,0x2
ffffffc0802063be:	7ce50513          	add	a0,a0,1998 # ffffffc080208b88 <__func__.0+0x588>
ffffffc0802063c2:	e8efd0ef          	jal	ffffffc080203a50 <panic>

ffffffc0802063c6 <rw_write_lock>:
}

void rw_write_lock(struct rwlock *l) {
ffffffc0802063c6:	7179                	add	sp,sp,-48
ffffffc0802063c8:	f022                	sd	s0,32(sp)
ffffffc0802063ca:	ec26                	sd	s1,24(sp)
ffffffc0802063cc:	e84a                	sd	s2,16(sp)
ffffffc0802063ce:	e44e                	sd	s3,8(sp)
ffffffc0802063d0:	e052                	sd	s4,0(sp)
ffffffc0802063d2:	f406                	sd	ra,40(sp)
ffffffc0802063d4:	1800                	add	s0,sp,48
  push_off();
  for (;;) {
    uint32 s = __atomic_load_n(&l->state, __ATOMIC_RELAXED);
    if ((s & ~RW_WAITING) == 0) {
ffffffc0802063d6:	c0000937          	lui	s2,0xc0000
void rw_write_lock(struct rwlock *l) {
ffffffc0802063da:	84aa                	mv	s1,a0
    if ((s & ~RW_WAITING) == 0) {
ffffffc0802063dc:	197d                	add	s2,s2,-1 # ffffffffbfffffff <kernel_end+0x3f3f940fff>
  push_off();
ffffffc0802063de:	1f4000ef          	jal	ffffffc0802065d2 <push_off>
      if (__atomic_compare_exchange_n(&l->state, &s, RW_WRITER, true, __ATOMIC_ACQUIRE,
                                      __ATOMIC_RELAXED))
        return;
    } else if (!(s & RW_WAITING)) {
ffffffc0802063e2:	400009b7          	lui	s3,0x40000
      if (__atomic_compare_exchange_n(&l->state, &s, RW_WRITER, true, __ATOMIC_ACQUIRE,
ffffffc0802063e6:	80000a37          	lui	s4,0x80000
    uint32 s = __atomic_load_n(&l->state, __ATOMIC_RELAXED);
ffffffc0802063ea:	409c                	lw	a5,0(s1)
    if ((s & ~RW_WAITING) == 0) {
ffffffc0802063ec:	0127f6b3          	and	a3,a5,s2
    uint32 s = __atomic_load_n(&l->state, __ATOMIC_RELAXED);
ffffffc0802063f0:	2781                	sext.w	a5,a5
    } else if (!(s & RW_WAITING)) {
ffffffc0802063f2:	0137f733          	and	a4,a5,s3
ffffffc0802063f6:	2701                	sext.w	a4,a4
    if ((s & ~RW_WAITING) == 0) {
ffffffc0802063f8:	e29d                	bnez	a3,ffffffc08020641e <rw_write_lock+0x58>
      if (__atomic_compare_exchange_n(&l->state, &s, RW_WRITER, true, __ATOMIC_ACQUIRE,
ffffffc0802063fa:	1004a72f          	lr.w	a4,(s1)
ffffffc0802063fe:	00f71563          	bne	a4,a5,ffffffc080206408 <rw_write_lock+0x42>
ffffffc080206402:	1d44a6af          	sc.w.aq	a3,s4,(s1)
ffffffc080206406:	faf5                	bnez	a3,ffffffc0802063fa <rw_write_lock+0x34>
ffffffc080206408:	40f707bb          	subw	a5,a4,a5
ffffffc08020640c:	fff9                	bnez	a5,ffffffc0802063ea <rw_write_lock+0x24>
      __atomic_fetch_or(&l->state, RW_WAITING, __ATOMIC_RELAXED);
    } else {
      tlb_poll();
    }
  }
}
ffffffc08020640e:	70a2                	ld	ra,40(sp)
ffffffc080206410:	7402                	ld	s0,32(sp)
ffffffc080206412:	64e2                	ld	s1,24(sp)
ffffffc080206414:	6942                	ld	s2,16(sp)
ffffffc080206416:	69a2                	ld	s3,8(sp)
ffffffc080206418:	6a02                	ld	s4,0(sp)
ffffffc08020641a:	6145                	add	sp,sp,48
ffffffc08020641c:	8082                	ret
    } else if (!(s & RW_WAITING)) {
ffffffc08020641e:	e701                	bnez	a4,ffffffc080206426 <rw_write_lock+0x60>
      __atomic_fetch_or(&l->state, RW_WAITING, __ATOMIC_RELAXED);
ffffffc080206420:	4134a02f          	amoor.w	zero,s3,(s1)
ffffffc080206424:	b7d9                	j	ffffffc0802063ea <rw_write_lock+0x24>
      tlb_poll();
ffffffc080206426:	e94fa0ef          	jal	ffffffc080200aba <tlb_poll>
ffffffc08020642a:	b7c1                	j	ffffffc0802063ea <rw_write_lock+0x24>

ffffffc08020642c <rw_write_unlock>:

void rw_write_unlock(struct rwlock *l) {
  if (!(__atomic_load_n(&l->state, __ATOMIC_RELAXED) & RW_WRITER))
ffffffc08020642c:	411c                	lw	a5,0(a0)
ffffffc08020642e:	0007da63          	bgez	a5,ffffffc080206442 <rw_write_unlock+0x16>
    panic("rw_write_unlock: %s not write-held", l->name);
  /* Release: publishes the writer's page-table changes. The waiting bit
   * may have been set again by another writer; clear both. */
  __atomic_fetch_and(&l->state, ~(RW_WRITER | RW_WAITING), __ATOMIC_RELEASE);
ffffffc080206432:	400007b7          	lui	a5,0x40000
ffffffc080206436:	37fd                	addw	a5,a5,-1 # 3fffffff <KERNEL_PA-0x40200001>
ffffffc080206438:	0f50000f          	fence	iorw,ow
ffffffc08020643c:	60f5202f          	amoand.w	zero,a5,(a0)
  pop_off();
ffffffc080206440:	aa65                	j	ffffffc0802065f8 <pop_off>
void rw_write_unlock(struct rwlock *l) {
ffffffc080206442:	1141                	add	sp,sp,-16
ffffffc080206444:	e022                	sd	s0,0(sp)
ffffffc080206446:	e406                	sd	ra,8(sp)
ffffffc080206448:	0800                	add	s0,sp,16
    panic("rw_write_unlock: %s not write-held", l->name);
ffffffc08020644a:	650c                	ld	a1,8(a0)
ffffffc08020644c:	00002517          	auipc	a0,0x2
ffffffc080206450:	76450513          	add	a0,a0,1892 # ffffffc080208bb0 <__func__.0+0x5b0>
ffffffc080206454:	dfcfd0ef          	jal	ffffffc080203a50 <panic>

ffffffc080206458 <sleeplock_init>:
/* Sleeping mutexes, built on a spinlock and sleep/wakeup. */
#include "sync/sleeplock.h"
#include "sync/wait.h"

void sleeplock_init(struct sleeplock *l, const char *name) {
ffffffc080206458:	1101                	add	sp,sp,-32
ffffffc08020645a:	e822                	sd	s0,16(sp)
ffffffc08020645c:	e426                	sd	s1,8(sp)
ffffffc08020645e:	e04a                	sd	s2,0(sp)
ffffffc080206460:	ec06                	sd	ra,24(sp)
ffffffc080206462:	1000                	add	s0,sp,32
ffffffc080206464:	892e                	mv	s2,a1
  spin_init(&l->lk, "sleeplock");
ffffffc080206466:	00002597          	auipc	a1,0x2
ffffffc08020646a:	77258593          	add	a1,a1,1906 # ffffffc080208bd8 <__func__.0+0x5d8>
void sleeplock_init(struct sleeplock *l, const char *name) {
ffffffc08020646e:	84aa                	mv	s1,a0
  spin_init(&l->lk, "sleeplock");
ffffffc080206470:	0c2000ef          	jal	ffffffc080206532 <spin_init>
  l->name = name;
  l->locked = false;
  l->pid = 0;
}
ffffffc080206474:	60e2                	ld	ra,24(sp)
ffffffc080206476:	6442                	ld	s0,16(sp)
  l->name = name;
ffffffc080206478:	0324b023          	sd	s2,32(s1)
  l->locked = false;
ffffffc08020647c:	00048c23          	sb	zero,24(s1)
  l->pid = 0;
ffffffc080206480:	0004ae23          	sw	zero,28(s1)
}
ffffffc080206484:	6902                	ld	s2,0(sp)
ffffffc080206486:	64a2                	ld	s1,8(sp)
ffffffc080206488:	6105                	add	sp,sp,32
ffffffc08020648a:	8082                	ret

ffffffc08020648c <sleeplock_acquire>:

void sleeplock_acquire(struct sleeplock *l) {
ffffffc08020648c:	1101                	add	sp,sp,-32
ffffffc08020648e:	e822                	sd	s0,16(sp)
ffffffc080206490:	e426                	sd	s1,8(sp)
ffffffc080206492:	ec06                	sd	ra,24(sp)
ffffffc080206494:	1000                	add	s0,sp,32
ffffffc080206496:	84aa                	mv	s1,a0
  spin_lock(&l->lk);
ffffffc080206498:	0b0000ef          	jal	ffffffc080206548 <spin_lock>
  while (l->locked)
ffffffc08020649c:	0184c783          	lbu	a5,24(s1)
ffffffc0802064a0:	cb81                	beqz	a5,ffffffc0802064b0 <sleeplock_acquire+0x24>
    sleep_on(l, &l->lk);
ffffffc0802064a2:	85a6                	mv	a1,s1
ffffffc0802064a4:	8526                	mv	a0,s1
ffffffc0802064a6:	bd3ff0ef          	jal	ffffffc080206078 <sleep_on>
  while (l->locked)
ffffffc0802064aa:	0184c783          	lbu	a5,24(s1)
ffffffc0802064ae:	fbf5                	bnez	a5,ffffffc0802064a2 <sleeplock_acquire+0x16>
  l->locked = true;
ffffffc0802064b0:	4785                	li	a5,1
ffffffc0802064b2:	00f48c23          	sb	a5,24(s1)
  l->pid = current_pid();
ffffffc0802064b6:	91fff0ef          	jal	ffffffc080205dd4 <current_pid>
  spin_unlock(&l->lk);
}
ffffffc0802064ba:	6442                	ld	s0,16(sp)
  l->pid = current_pid();
ffffffc0802064bc:	ccc8                	sw	a0,28(s1)
}
ffffffc0802064be:	60e2                	ld	ra,24(sp)
  spin_unlock(&l->lk);
ffffffc0802064c0:	8526                	mv	a0,s1
}
ffffffc0802064c2:	64a2                	ld	s1,8(sp)
ffffffc0802064c4:	6105                	add	sp,sp,32
  spin_unlock(&l->lk);
ffffffc0802064c6:	aab5                	j	ffffffc080206642 <spin_unlock>

ffffffc0802064c8 <sleeplock_release>:

void sleeplock_release(struct sleeplock *l) {
ffffffc0802064c8:	1101                	add	sp,sp,-32
ffffffc0802064ca:	ec06                	sd	ra,24(sp)
ffffffc0802064cc:	e822                	sd	s0,16(sp)
ffffffc0802064ce:	e426                	sd	s1,8(sp)
ffffffc0802064d0:	1000                	add	s0,sp,32
ffffffc0802064d2:	84aa                	mv	s1,a0
  spin_lock(&l->lk);
ffffffc0802064d4:	074000ef          	jal	ffffffc080206548 <spin_lock>
  l->locked = false;
  l->pid = 0;
  wakeup(l);
ffffffc0802064d8:	8526                	mv	a0,s1
  l->locked = false;
ffffffc0802064da:	00048c23          	sb	zero,24(s1)
  l->pid = 0;
ffffffc0802064de:	0004ae23          	sw	zero,28(s1)
  wakeup(l);
ffffffc0802064e2:	be7ff0ef          	jal	ffffffc0802060c8 <wakeup>
  spin_unlock(&l->lk);
}
ffffffc0802064e6:	6442                	ld	s0,16(sp)
ffffffc0802064e8:	60e2                	ld	ra,24(sp)
  spin_unlock(&l->lk);
ffffffc0802064ea:	8526                	mv	a0,s1
}
ffffffc0802064ec:	64a2                	ld	s1,8(sp)
ffffffc0802064ee:	6105                	add	sp,sp,32
  spin_unlock(&l->lk);
ffffffc0802064f0:	aa89                	j	ffffffc080206642 <spin_unlock>

ffffffc0802064f2 <sleeplock_holding>:

bool sleeplock_holding(struct sleeplock *l) {
ffffffc0802064f2:	1101                	add	sp,sp,-32
ffffffc0802064f4:	e822                	sd	s0,16(sp)
ffffffc0802064f6:	e426                	sd	s1,8(sp)
ffffffc0802064f8:	e04a                	sd	s2,0(sp)
ffffffc0802064fa:	ec06                	sd	ra,24(sp)
ffffffc0802064fc:	1000                	add	s0,sp,32
ffffffc0802064fe:	84aa                	mv	s1,a0
  spin_lock(&l->lk);
ffffffc080206500:	048000ef          	jal	ffffffc080206548 <spin_lock>
  bool r = l->locked && l->pid == current_pid();
ffffffc080206504:	0184c903          	lbu	s2,24(s1)
ffffffc080206508:	00091c63          	bnez	s2,ffffffc080206520 <sleeplock_holding+0x2e>
  spin_unlock(&l->lk);
ffffffc08020650c:	8526                	mv	a0,s1
ffffffc08020650e:	134000ef          	jal	ffffffc080206642 <spin_unlock>
  return r;
}
ffffffc080206512:	60e2                	ld	ra,24(sp)
ffffffc080206514:	6442                	ld	s0,16(sp)
ffffffc080206516:	64a2                	ld	s1,8(sp)
ffffffc080206518:	854a                	mv	a0,s2
ffffffc08020651a:	6902                	ld	s2,0(sp)
ffffffc08020651c:	6105                	add	sp,sp,32
ffffffc08020651e:	8082                	ret
  bool r = l->locked && l->pid == current_pid();
ffffffc080206520:	01c4a903          	lw	s2,28(s1)
ffffffc080206524:	8b1ff0ef          	jal	ffffffc080205dd4 <current_pid>
ffffffc080206528:	40a90933          	sub	s2,s2,a0
ffffffc08020652c:	00193913          	seqz	s2,s2
ffffffc080206530:	bff1                	j	ffffffc08020650c <sleeplock_holding+0x1a>

ffffffc080206532 <spin_init>:
#include "sync/spinlock.h"
#include "proc/cpu.h"
#include "lib/printf.h"
#include "arch/riscv/tlb.h"

void spin_init(struct spinlock *lk, const char *name) {
ffffffc080206532:	1141                	add	sp,sp,-16
ffffffc080206534:	e422                	sd	s0,8(sp)
ffffffc080206536:	0800                	add	s0,sp,16
  lk->locked = 0;
  lk->name = name;
  lk->owner = NULL;
}
ffffffc080206538:	6422                	ld	s0,8(sp)
  lk->locked = 0;
ffffffc08020653a:	00052023          	sw	zero,0(a0)
  lk->name = name;
ffffffc08020653e:	e50c                	sd	a1,8(a0)
  lk->owner = NULL;
ffffffc080206540:	00053823          	sd	zero,16(a0)
}
ffffffc080206544:	0141                	add	sp,sp,16
ffffffc080206546:	8082                	ret

ffffffc080206548 <spin_lock>:

/* Interrupts stay off while any lock is held on this hart, so an interrupt
 * handler can never spin on a lock its own hart holds. */
void spin_lock(struct spinlock *lk) {
ffffffc080206548:	1101                	add	sp,sp,-32
ffffffc08020654a:	e822                	sd	s0,16(sp)
ffffffc08020654c:	e426                	sd	s1,8(sp)
ffffffc08020654e:	ec06                	sd	ra,24(sp)
ffffffc080206550:	e04a                	sd	s2,0(sp)
ffffffc080206552:	1000                	add	s0,sp,32
ffffffc080206554:	84aa                	mv	s1,a0
static inline bool intr_get(void) { return (csr_read(sstatus) & SSTATUS_SIE) != 0; }
ffffffc080206556:	100026f3          	csrr	a3,sstatus
static inline void intr_off(void) { csr_clear(sstatus, SSTATUS_SIE); }
ffffffc08020655a:	10017073          	csrc	sstatus,2
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc08020655e:	8712                	mv	a4,tp

void push_off(void) {
  bool old = intr_get();
  intr_off();
  struct cpu *c = mycpu();
  if (c->noff == 0)
ffffffc080206560:	5f3c                	lw	a5,120(a4)
ffffffc080206562:	e789                	bnez	a5,ffffffc08020656c <spin_lock+0x24>
static inline bool intr_get(void) { return (csr_read(sstatus) & SSTATUS_SIE) != 0; }
ffffffc080206564:	8285                	srl	a3,a3,0x1
ffffffc080206566:	8a85                	and	a3,a3,1
    c->intena = old;
ffffffc080206568:	06d70e23          	sb	a3,124(a4)
  c->noff++;
ffffffc08020656c:	2785                	addw	a5,a5,1
ffffffc08020656e:	df3c                	sw	a5,120(a4)
  return __atomic_load_n(&lk->locked, __ATOMIC_RELAXED) && lk->owner == mycpu();
ffffffc080206570:	409c                	lw	a5,0(s1)
ffffffc080206572:	c789                	beqz	a5,ffffffc08020657c <spin_lock+0x34>
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080206574:	8792                	mv	a5,tp
ffffffc080206576:	6898                	ld	a4,16(s1)
ffffffc080206578:	02f70563          	beq	a4,a5,ffffffc0802065a2 <spin_lock+0x5a>
  while (__atomic_exchange_n(&lk->locked, 1, __ATOMIC_ACQUIRE) != 0)
ffffffc08020657c:	4905                	li	s2,1
ffffffc08020657e:	87ca                	mv	a5,s2
ffffffc080206580:	0cf4a7af          	amoswap.w.aq	a5,a5,(s1)
ffffffc080206584:	2781                	sext.w	a5,a5
ffffffc080206586:	c791                	beqz	a5,ffffffc080206592 <spin_lock+0x4a>
    while (__atomic_load_n(&lk->locked, __ATOMIC_RELAXED))
ffffffc080206588:	409c                	lw	a5,0(s1)
ffffffc08020658a:	dbf5                	beqz	a5,ffffffc08020657e <spin_lock+0x36>
      tlb_poll(); /* keep answering shootdowns while interrupts are off */
ffffffc08020658c:	d2efa0ef          	jal	ffffffc080200aba <tlb_poll>
ffffffc080206590:	bfe5                	j	ffffffc080206588 <spin_lock+0x40>
ffffffc080206592:	8792                	mv	a5,tp
}
ffffffc080206594:	60e2                	ld	ra,24(sp)
ffffffc080206596:	6442                	ld	s0,16(sp)
  lk->owner = mycpu();
ffffffc080206598:	e89c                	sd	a5,16(s1)
}
ffffffc08020659a:	6902                	ld	s2,0(sp)
ffffffc08020659c:	64a2                	ld	s1,8(sp)
ffffffc08020659e:	6105                	add	sp,sp,32
ffffffc0802065a0:	8082                	ret
    panic("spin_lock: %s already held by this hart", lk->name);
ffffffc0802065a2:	648c                	ld	a1,8(s1)
ffffffc0802065a4:	00002517          	auipc	a0,0x2
ffffffc0802065a8:	64450513          	add	a0,a0,1604 # ffffffc080208be8 <__func__.0+0x5e8>
ffffffc0802065ac:	ca4fd0ef          	jal	ffffffc080203a50 <panic>

ffffffc0802065b0 <spin_holding>:
bool spin_holding(struct spinlock *lk) {
ffffffc0802065b0:	1141                	add	sp,sp,-16
ffffffc0802065b2:	e422                	sd	s0,8(sp)
ffffffc0802065b4:	0800                	add	s0,sp,16
  return __atomic_load_n(&lk->locked, __ATOMIC_RELAXED) && lk->owner == mycpu();
ffffffc0802065b6:	411c                	lw	a5,0(a0)
ffffffc0802065b8:	cb89                	beqz	a5,ffffffc0802065ca <spin_holding+0x1a>
ffffffc0802065ba:	8792                	mv	a5,tp
ffffffc0802065bc:	6908                	ld	a0,16(a0)
}
ffffffc0802065be:	6422                	ld	s0,8(sp)
  return __atomic_load_n(&lk->locked, __ATOMIC_RELAXED) && lk->owner == mycpu();
ffffffc0802065c0:	8d1d                	sub	a0,a0,a5
ffffffc0802065c2:	00153513          	seqz	a0,a0
}
ffffffc0802065c6:	0141                	add	sp,sp,16
ffffffc0802065c8:	8082                	ret
ffffffc0802065ca:	6422                	ld	s0,8(sp)
ffffffc0802065cc:	4501                	li	a0,0
ffffffc0802065ce:	0141                	add	sp,sp,16
ffffffc0802065d0:	8082                	ret

ffffffc0802065d2 <push_off>:
void push_off(void) {
ffffffc0802065d2:	1141                	add	sp,sp,-16
ffffffc0802065d4:	e422                	sd	s0,8(sp)
ffffffc0802065d6:	0800                	add	s0,sp,16
static inline bool intr_get(void) { return (csr_read(sstatus) & SSTATUS_SIE) != 0; }
ffffffc0802065d8:	100026f3          	csrr	a3,sstatus
static inline void intr_off(void) { csr_clear(sstatus, SSTATUS_SIE); }
ffffffc0802065dc:	10017073          	csrc	sstatus,2
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc0802065e0:	8712                	mv	a4,tp
  if (c->noff == 0)
ffffffc0802065e2:	5f3c                	lw	a5,120(a4)
ffffffc0802065e4:	e789                	bnez	a5,ffffffc0802065ee <push_off+0x1c>
static inline bool intr_get(void) { return (csr_read(sstatus) & SSTATUS_SIE) != 0; }
ffffffc0802065e6:	8285                	srl	a3,a3,0x1
ffffffc0802065e8:	8a85                	and	a3,a3,1
    c->intena = old;
ffffffc0802065ea:	06d70e23          	sb	a3,124(a4)
}
ffffffc0802065ee:	6422                	ld	s0,8(sp)
  c->noff++;
ffffffc0802065f0:	2785                	addw	a5,a5,1
ffffffc0802065f2:	df3c                	sw	a5,120(a4)
}
ffffffc0802065f4:	0141                	add	sp,sp,16
ffffffc0802065f6:	8082                	ret

ffffffc0802065f8 <pop_off>:

void pop_off(void) {
ffffffc0802065f8:	1141                	add	sp,sp,-16
ffffffc0802065fa:	e022                	sd	s0,0(sp)
ffffffc0802065fc:	e406                	sd	ra,8(sp)
ffffffc0802065fe:	0800                	add	s0,sp,16
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080206600:	8712                	mv	a4,tp
static inline bool intr_get(void) { return (csr_read(sstatus) & SSTATUS_SIE) != 0; }
ffffffc080206602:	100027f3          	csrr	a5,sstatus
ffffffc080206606:	8b89                	and	a5,a5,2
  struct cpu *c = mycpu();
  if (intr_get())
ffffffc080206608:	e79d                	bnez	a5,ffffffc080206636 <pop_off+0x3e>
    panic("pop_off: interrupts on");
  if (c->noff < 1)
ffffffc08020660a:	5f3c                	lw	a5,120(a4)
ffffffc08020660c:	00f05f63          	blez	a5,ffffffc08020662a <pop_off+0x32>
    panic("pop_off: not pushed");
  if (--c->noff == 0 && c->intena)
ffffffc080206610:	fff7869b          	addw	a3,a5,-1
ffffffc080206614:	df34                	sw	a3,120(a4)
ffffffc080206616:	e691                	bnez	a3,ffffffc080206622 <pop_off+0x2a>
ffffffc080206618:	07c74783          	lbu	a5,124(a4)
ffffffc08020661c:	c399                	beqz	a5,ffffffc080206622 <pop_off+0x2a>
static inline void intr_on(void) { csr_set(sstatus, SSTATUS_SIE); }
ffffffc08020661e:	10016073          	csrs	sstatus,2
    intr_on();
}
ffffffc080206622:	60a2                	ld	ra,8(sp)
ffffffc080206624:	6402                	ld	s0,0(sp)
ffffffc080206626:	0141                	add	sp,sp,16
ffffffc080206628:	8082                	ret
    panic("pop_off: not pushed");
ffffffc08020662a:	00002517          	auipc	a0,0x2
ffffffc08020662e:	5fe50513          	add	a0,a0,1534 # ffffffc080208c28 <__func__.0+0x628>
ffffffc080206632:	c1efd0ef          	jal	ffffffc080203a50 <panic>
    panic("pop_off: interrupts on");
ffffffc080206636:	00002517          	auipc	a0,0x2
ffffffc08020663a:	5da50513          	add	a0,a0,1498 # ffffffc080208c10 <__func__.0+0x610>
ffffffc08020663e:	c12fd0ef          	jal	ffffffc080203a50 <panic>

ffffffc080206642 <spin_unlock>:
  return __atomic_load_n(&lk->locked, __ATOMIC_RELAXED) && lk->owner == mycpu();
ffffffc080206642:	411c                	lw	a5,0(a0)
ffffffc080206644:	c789                	beqz	a5,ffffffc08020664e <spin_unlock+0xc>
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc080206646:	8792                	mv	a5,tp
ffffffc080206648:	6918                	ld	a4,16(a0)
ffffffc08020664a:	00f70d63          	beq	a4,a5,ffffffc080206664 <spin_unlock+0x22>
void spin_unlock(struct spinlock *lk) {
ffffffc08020664e:	1141                	add	sp,sp,-16
ffffffc080206650:	e022                	sd	s0,0(sp)
ffffffc080206652:	e406                	sd	ra,8(sp)
ffffffc080206654:	0800                	add	s0,sp,16
    panic("spin_unlock: %s not held by this hart", lk->name);
ffffffc080206656:	650c                	ld	a1,8(a0)
ffffffc080206658:	00002517          	auipc	a0,0x2
ffffffc08020665c:	5e850513          	add	a0,a0,1512 # ffffffc080208c40 <__func__.0+0x640>
ffffffc080206660:	bf0fd0ef          	jal	ffffffc080203a50 <panic>
  lk->owner = NULL;
ffffffc080206664:	00053823          	sd	zero,16(a0)
  __atomic_store_n(&lk->locked, 0, __ATOMIC_RELEASE);
ffffffc080206668:	0f50000f          	fence	iorw,ow
ffffffc08020666c:	0805202f          	amoswap.w	zero,zero,(a0)
  pop_off();
ffffffc080206670:	b761                	j	ffffffc0802065f8 <pop_off>

ffffffc080206672 <sys_kbench>:
    tlb_shootdown(others, 0, PGSIZE);
    pop_off();
  }
}

int64 sys_kbench(void) {
ffffffc080206672:	7139                	add	sp,sp,-64
ffffffc080206674:	fc06                	sd	ra,56(sp)
ffffffc080206676:	f822                	sd	s0,48(sp)
ffffffc080206678:	f426                	sd	s1,40(sp)
ffffffc08020667a:	f04a                	sd	s2,32(sp)
ffffffc08020667c:	ec4e                	sd	s3,24(sp)
ffffffc08020667e:	0080                	add	s0,sp,64
ffffffc080206680:	e852                	sd	s4,16(sp)
ffffffc080206682:	e456                	sd	s5,8(sp)
  int which = arg_int(0);
ffffffc080206684:	4501                	li	a0,0
ffffffc080206686:	1eb000ef          	jal	ffffffc080207070 <arg_int>
ffffffc08020668a:	892a                	mv	s2,a0
  long iters = (long)arg_addr(1);
ffffffc08020668c:	4505                	li	a0,1
ffffffc08020668e:	207000ef          	jal	ffffffc080207094 <arg_addr>
  void *p = __atomic_load_n(&hot_page, __ATOMIC_ACQUIRE);
ffffffc080206692:	00274997          	auipc	s3,0x274
ffffffc080206696:	a2698993          	add	s3,s3,-1498 # ffffffc08047a0b8 <hot_page>
ffffffc08020669a:	0009b783          	ld	a5,0(s3)
  long iters = (long)arg_addr(1);
ffffffc08020669e:	84aa                	mv	s1,a0
  void *p = __atomic_load_n(&hot_page, __ATOMIC_ACQUIRE);
ffffffc0802066a0:	0ff0000f          	fence
  if (p)
ffffffc0802066a4:	c3c1                	beqz	a5,ffffffc080206724 <sys_kbench+0xb2>
  void *hot = get_hot_page();
  if (iters < 0 || !hot)
ffffffc0802066a6:	0a04c263          	bltz	s1,ffffffc08020674a <sys_kbench+0xd8>
static inline uint64 r_time(void) { return csr_read(time); }
ffffffc0802066aa:	c01029f3          	rdtime	s3
    return -1;
  uint64 t0 = r_time();
  switch (which) {
ffffffc0802066ae:	4711                	li	a4,4
ffffffc0802066b0:	09276d63          	bltu	a4,s2,ffffffc08020674a <sys_kbench+0xd8>
ffffffc0802066b4:	00002697          	auipc	a3,0x2
ffffffc0802066b8:	5b468693          	add	a3,a3,1460 # ffffffc080208c68 <__func__.0+0x668>
ffffffc0802066bc:	090a                	sll	s2,s2,0x2
ffffffc0802066be:	9936                	add	s2,s2,a3
ffffffc0802066c0:	00092703          	lw	a4,0(s2)
ffffffc0802066c4:	9736                	add	a4,a4,a3
ffffffc0802066c6:	8702                	jr	a4
  struct vmspace *vs = curproc()->vm;
ffffffc0802066c8:	faeff0ef          	jal	ffffffc080205e76 <curproc>
ffffffc0802066cc:	04053a03          	ld	s4,64(a0)
  for (long i = 0; i < iters; i++) {
ffffffc0802066d0:	02905d63          	blez	s1,ffffffc08020670a <sys_kbench+0x98>
    uint64 others = __atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) & ~(1UL << mycpu()->id);
ffffffc0802066d4:	0f8a0a13          	add	s4,s4,248 # ffffffff800000f8 <kernel_end+0x3eff9410f8>
  for (long i = 0; i < iters; i++) {
ffffffc0802066d8:	4901                	li	s2,0
    uint64 others = __atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) & ~(1UL << mycpu()->id);
ffffffc0802066da:	4a85                	li	s5,1
    push_off();
ffffffc0802066dc:	ef7ff0ef          	jal	ffffffc0802065d2 <push_off>
    uint64 others = __atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) & ~(1UL << mycpu()->id);
ffffffc0802066e0:	000a3503          	ld	a0,0(s4)
ffffffc0802066e4:	0ff0000f          	fence
  __asm__ volatile("mv %0, tp" : "=r"(x));
ffffffc0802066e8:	8792                	mv	a5,tp
ffffffc0802066ea:	0807a783          	lw	a5,128(a5)
    tlb_shootdown(others, 0, PGSIZE);
ffffffc0802066ee:	6605                	lui	a2,0x1
ffffffc0802066f0:	4581                	li	a1,0
    uint64 others = __atomic_load_n(&vs->active, __ATOMIC_ACQUIRE) & ~(1UL << mycpu()->id);
ffffffc0802066f2:	00fa97b3          	sll	a5,s5,a5
ffffffc0802066f6:	fff7c793          	not	a5,a5
    tlb_shootdown(others, 0, PGSIZE);
ffffffc0802066fa:	8d7d                	and	a0,a0,a5
  for (long i = 0; i < iters; i++) {
ffffffc0802066fc:	0905                	add	s2,s2,1
    tlb_shootdown(others, 0, PGSIZE);
ffffffc0802066fe:	c74fa0ef          	jal	ffffffc080200b72 <tlb_shootdown>
    pop_off();
ffffffc080206702:	ef7ff0ef          	jal	ffffffc0802065f8 <pop_off>
  for (long i = 0; i < iters; i++) {
ffffffc080206706:	fd249be3          	bne	s1,s2,ffffffc0802066dc <sys_kbench+0x6a>
static inline uint64 r_time(void) { return csr_read(time); }
ffffffc08020670a:	c0102573          	rdtime	a0
    bench_shootdown(iters);
    break;
  default:
    return -1;
  }
  return r_time() - t0;
ffffffc08020670e:	41350533          	sub	a0,a0,s3
}
ffffffc080206712:	70e2                	ld	ra,56(sp)
ffffffc080206714:	7442                	ld	s0,48(sp)
ffffffc080206716:	74a2                	ld	s1,40(sp)
ffffffc080206718:	7902                	ld	s2,32(sp)
ffffffc08020671a:	69e2                	ld	s3,24(sp)
ffffffc08020671c:	6a42                	ld	s4,16(sp)
ffffffc08020671e:	6aa2                	ld	s5,8(sp)
ffffffc080206720:	6121                	add	sp,sp,64
ffffffc080206722:	8082                	ret
  void *fresh = page_alloc();
ffffffc080206724:	ca3fd0ef          	jal	ffffffc0802043c6 <page_alloc>
ffffffc080206728:	87aa                	mv	a5,a0
  if (!fresh)
ffffffc08020672a:	c105                	beqz	a0,ffffffc08020674a <sys_kbench+0xd8>
  if (!__atomic_compare_exchange_n(&hot_page, &expected, fresh, false, __ATOMIC_ACQ_REL,
ffffffc08020672c:	1409ba2f          	lr.d.aq	s4,(s3)
ffffffc080206730:	000a1563          	bnez	s4,ffffffc08020673a <sys_kbench+0xc8>
ffffffc080206734:	1ca9b72f          	sc.d.aq	a4,a0,(s3)
ffffffc080206738:	fb75                	bnez	a4,ffffffc08020672c <sys_kbench+0xba>
ffffffc08020673a:	f60a06e3          	beqz	s4,ffffffc0802066a6 <sys_kbench+0x34>
    page_free(fresh);
ffffffc08020673e:	d97fd0ef          	jal	ffffffc0802044d4 <page_free>
  if (iters < 0 || !hot)
ffffffc080206742:	0004c463          	bltz	s1,ffffffc08020674a <sys_kbench+0xd8>
ffffffc080206746:	0c0a1263          	bnez	s4,ffffffc08020680a <sys_kbench+0x198>
    return -1;
ffffffc08020674a:	557d                	li	a0,-1
ffffffc08020674c:	b7d9                	j	ffffffc080206712 <sys_kbench+0xa0>
  for (long i = 0; i < iters; i++) {
ffffffc08020674e:	4a81                	li	s5,0
ffffffc080206750:	00274a17          	auipc	s4,0x274
ffffffc080206754:	960a0a13          	add	s4,s4,-1696 # ffffffc08047a0b0 <lab_count>
    spin_lock(&lab_lock);
ffffffc080206758:	00274917          	auipc	s2,0x274
ffffffc08020675c:	8b890913          	add	s2,s2,-1864 # ffffffc08047a010 <lab_lock>
  for (long i = 0; i < iters; i++) {
ffffffc080206760:	fa9055e3          	blez	s1,ffffffc08020670a <sys_kbench+0x98>
    spin_lock(&lab_lock);
ffffffc080206764:	854a                	mv	a0,s2
ffffffc080206766:	de3ff0ef          	jal	ffffffc080206548 <spin_lock>
    lab_count++;
ffffffc08020676a:	000a3783          	ld	a5,0(s4)
    spin_unlock(&lab_lock);
ffffffc08020676e:	854a                	mv	a0,s2
  for (long i = 0; i < iters; i++) {
ffffffc080206770:	0a85                	add	s5,s5,1
    lab_count++;
ffffffc080206772:	0785                	add	a5,a5,1
ffffffc080206774:	00fa3023          	sd	a5,0(s4)
    spin_unlock(&lab_lock);
ffffffc080206778:	ecbff0ef          	jal	ffffffc080206642 <spin_unlock>
    spin_lock(&lab_lock);
ffffffc08020677c:	854a                	mv	a0,s2
ffffffc08020677e:	dcbff0ef          	jal	ffffffc080206548 <spin_lock>
    lab_count--;
ffffffc080206782:	000a3783          	ld	a5,0(s4)
    spin_unlock(&lab_lock);
ffffffc080206786:	854a                	mv	a0,s2
    lab_count--;
ffffffc080206788:	17fd                	add	a5,a5,-1
ffffffc08020678a:	00fa3023          	sd	a5,0(s4)
    spin_unlock(&lab_lock);
ffffffc08020678e:	eb5ff0ef          	jal	ffffffc080206642 <spin_unlock>
  for (long i = 0; i < iters; i++) {
ffffffc080206792:	fd5499e3          	bne	s1,s5,ffffffc080206764 <sys_kbench+0xf2>
ffffffc080206796:	bf95                	j	ffffffc08020670a <sys_kbench+0x98>
  void *a = page_alloc(), *b = page_alloc();
ffffffc080206798:	c2ffd0ef          	jal	ffffffc0802043c6 <page_alloc>
ffffffc08020679c:	8a2a                	mv	s4,a0
ffffffc08020679e:	c29fd0ef          	jal	ffffffc0802043c6 <page_alloc>
ffffffc0802067a2:	8aaa                	mv	s5,a0
  if (a && b)
ffffffc0802067a4:	040a0963          	beqz	s4,ffffffc0802067f6 <sys_kbench+0x184>
ffffffc0802067a8:	cd21                	beqz	a0,ffffffc080206800 <sys_kbench+0x18e>
    for (long i = 0; i < iters; i++)
ffffffc0802067aa:	4901                	li	s2,0
ffffffc0802067ac:	00905a63          	blez	s1,ffffffc0802067c0 <sys_kbench+0x14e>
ffffffc0802067b0:	0905                	add	s2,s2,1
      memcpy(a, b, PGSIZE);
ffffffc0802067b2:	6605                	lui	a2,0x1
ffffffc0802067b4:	85d6                	mv	a1,s5
ffffffc0802067b6:	8552                	mv	a0,s4
ffffffc0802067b8:	bb4fd0ef          	jal	ffffffc080203b6c <memcpy>
    for (long i = 0; i < iters; i++)
ffffffc0802067bc:	ff249ae3          	bne	s1,s2,ffffffc0802067b0 <sys_kbench+0x13e>
    page_free(a);
ffffffc0802067c0:	8552                	mv	a0,s4
ffffffc0802067c2:	d13fd0ef          	jal	ffffffc0802044d4 <page_free>
    page_free(b);
ffffffc0802067c6:	8556                	mv	a0,s5
ffffffc0802067c8:	d0dfd0ef          	jal	ffffffc0802044d4 <page_free>
  return a && b ? 0 : -1;
ffffffc0802067cc:	bf3d                	j	ffffffc08020670a <sys_kbench+0x98>
    bench_refs_amo(V2P(hot), iters);
ffffffc0802067ce:	4705                	li	a4,1
ffffffc0802067d0:	171a                	sll	a4,a4,0x26
ffffffc0802067d2:	00e78933          	add	s2,a5,a4
  for (long i = 0; i < iters; i++) {
ffffffc0802067d6:	f2905ae3          	blez	s1,ffffffc08020670a <sys_kbench+0x98>
ffffffc0802067da:	4a01                	li	s4,0
  __atomic_fetch_add(&pa_to_page(pa)->refs, 1, __ATOMIC_RELAXED);
ffffffc0802067dc:	4a85                	li	s5,1
ffffffc0802067de:	854a                	mv	a0,s2
ffffffc0802067e0:	e55fd0ef          	jal	ffffffc080204634 <pa_to_page>
ffffffc0802067e4:	0155202f          	amoadd.w	zero,s5,(a0)
ffffffc0802067e8:	0a05                	add	s4,s4,1
    page_ref_put(pa);
ffffffc0802067ea:	854a                	mv	a0,s2
ffffffc0802067ec:	e87fd0ef          	jal	ffffffc080204672 <page_ref_put>
  for (long i = 0; i < iters; i++) {
ffffffc0802067f0:	ff4497e3          	bne	s1,s4,ffffffc0802067de <sys_kbench+0x16c>
ffffffc0802067f4:	bf19                	j	ffffffc08020670a <sys_kbench+0x98>
  if (b)
ffffffc0802067f6:	d931                	beqz	a0,ffffffc08020674a <sys_kbench+0xd8>
    page_free(b);
ffffffc0802067f8:	cddfd0ef          	jal	ffffffc0802044d4 <page_free>
    return -1;
ffffffc0802067fc:	557d                	li	a0,-1
ffffffc0802067fe:	bf11                	j	ffffffc080206712 <sys_kbench+0xa0>
    page_free(a);
ffffffc080206800:	8552                	mv	a0,s4
ffffffc080206802:	cd3fd0ef          	jal	ffffffc0802044d4 <page_free>
    return -1;
ffffffc080206806:	557d                	li	a0,-1
ffffffc080206808:	b729                	j	ffffffc080206712 <sys_kbench+0xa0>
ffffffc08020680a:	87d2                	mv	a5,s4
ffffffc08020680c:	bd79                	j	ffffffc0802066aa <sys_kbench+0x38>

ffffffc08020680e <sys_tlbmode>:

int64 sys_tlbmode(void) {
ffffffc08020680e:	1141                	add	sp,sp,-16
ffffffc080206810:	e022                	sd	s0,0(sp)
ffffffc080206812:	e406                	sd	ra,8(sp)
ffffffc080206814:	0800                	add	s0,sp,16
  int m = arg_int(0);
ffffffc080206816:	4501                	li	a0,0
ffffffc080206818:	059000ef          	jal	ffffffc080207070 <arg_int>
  if (m == -1)
ffffffc08020681c:	577d                	li	a4,-1
ffffffc08020681e:	00e50d63          	beq	a0,a4,ffffffc080206838 <sys_tlbmode+0x2a>
    return tlb_mode();
  if (m != TLB_IPI && m != TLB_SBI_RFENCE)
ffffffc080206822:	0005079b          	sext.w	a5,a0
ffffffc080206826:	4705                	li	a4,1
ffffffc080206828:	00f76e63          	bltu	a4,a5,ffffffc080206844 <sys_tlbmode+0x36>
    return -1;
  return tlb_set_mode(m);
ffffffc08020682c:	b18fa0ef          	jal	ffffffc080200b44 <tlb_set_mode>
}
ffffffc080206830:	60a2                	ld	ra,8(sp)
ffffffc080206832:	6402                	ld	s0,0(sp)
ffffffc080206834:	0141                	add	sp,sp,16
ffffffc080206836:	8082                	ret
    return tlb_mode();
ffffffc080206838:	b26fa0ef          	jal	ffffffc080200b5e <tlb_mode>
}
ffffffc08020683c:	60a2                	ld	ra,8(sp)
ffffffc08020683e:	6402                	ld	s0,0(sp)
ffffffc080206840:	0141                	add	sp,sp,16
ffffffc080206842:	8082                	ret
    return -1;
ffffffc080206844:	557d                	li	a0,-1
ffffffc080206846:	b7ed                	j	ffffffc080206830 <sys_tlbmode+0x22>

ffffffc080206848 <sys_read>:
  return -1;
}

/* int read(int fd, void *buf, int n) */
int64 sys_read(void)
{
ffffffc080206848:	7179                	add	sp,sp,-48
ffffffc08020684a:	f022                	sd	s0,32(sp)
ffffffc08020684c:	f406                	sd	ra,40(sp)
ffffffc08020684e:	1800                	add	s0,sp,48
ffffffc080206850:	ec26                	sd	s1,24(sp)
ffffffc080206852:	e84a                	sd	s2,16(sp)
  struct file *f;
  if (arg_fd(0, NULL, &f) < 0)
ffffffc080206854:	fd840613          	add	a2,s0,-40
ffffffc080206858:	4581                	li	a1,0
ffffffc08020685a:	4501                	li	a0,0
ffffffc08020685c:	093000ef          	jal	ffffffc0802070ee <arg_fd>
ffffffc080206860:	02054663          	bltz	a0,ffffffc08020688c <sys_read+0x44>
    return -1;
  return file_read(f, arg_addr(1), arg_int(2));
ffffffc080206864:	4505                	li	a0,1
ffffffc080206866:	fd843903          	ld	s2,-40(s0)
ffffffc08020686a:	02b000ef          	jal	ffffffc080207094 <arg_addr>
ffffffc08020686e:	84aa                	mv	s1,a0
ffffffc080206870:	4509                	li	a0,2
ffffffc080206872:	7fe000ef          	jal	ffffffc080207070 <arg_int>
ffffffc080206876:	862a                	mv	a2,a0
ffffffc080206878:	85a6                	mv	a1,s1
ffffffc08020687a:	854a                	mv	a0,s2
ffffffc08020687c:	8f7fb0ef          	jal	ffffffc080202172 <file_read>
}
ffffffc080206880:	70a2                	ld	ra,40(sp)
ffffffc080206882:	7402                	ld	s0,32(sp)
ffffffc080206884:	64e2                	ld	s1,24(sp)
ffffffc080206886:	6942                	ld	s2,16(sp)
ffffffc080206888:	6145                	add	sp,sp,48
ffffffc08020688a:	8082                	ret
    return -1;
ffffffc08020688c:	557d                	li	a0,-1
ffffffc08020688e:	bfcd                	j	ffffffc080206880 <sys_read+0x38>

ffffffc080206890 <sys_write>:

/* int write(int fd, const void *buf, int n) */
int64 sys_write(void)
{
ffffffc080206890:	7179                	add	sp,sp,-48
ffffffc080206892:	f022                	sd	s0,32(sp)
ffffffc080206894:	f406                	sd	ra,40(sp)
ffffffc080206896:	1800                	add	s0,sp,48
ffffffc080206898:	ec26                	sd	s1,24(sp)
ffffffc08020689a:	e84a                	sd	s2,16(sp)
  struct file *f;
  if (arg_fd(0, NULL, &f) < 0)
ffffffc08020689c:	fd840613          	add	a2,s0,-40
ffffffc0802068a0:	4581                	li	a1,0
ffffffc0802068a2:	4501                	li	a0,0
ffffffc0802068a4:	04b000ef          	jal	ffffffc0802070ee <arg_fd>
ffffffc0802068a8:	02054663          	bltz	a0,ffffffc0802068d4 <sys_write+0x44>
    return -1;
  return file_write(f, arg_addr(1), arg_int(2));
ffffffc0802068ac:	4505                	li	a0,1
ffffffc0802068ae:	fd843903          	ld	s2,-40(s0)
ffffffc0802068b2:	7e2000ef          	jal	ffffffc080207094 <arg_addr>
ffffffc0802068b6:	84aa                	mv	s1,a0
ffffffc0802068b8:	4509                	li	a0,2
ffffffc0802068ba:	7b6000ef          	jal	ffffffc080207070 <arg_int>
ffffffc0802068be:	862a                	mv	a2,a0
ffffffc0802068c0:	85a6                	mv	a1,s1
ffffffc0802068c2:	854a                	mv	a0,s2
ffffffc0802068c4:	971fb0ef          	jal	ffffffc080202234 <file_write>
}
ffffffc0802068c8:	70a2                	ld	ra,40(sp)
ffffffc0802068ca:	7402                	ld	s0,32(sp)
ffffffc0802068cc:	64e2                	ld	s1,24(sp)
ffffffc0802068ce:	6942                	ld	s2,16(sp)
ffffffc0802068d0:	6145                	add	sp,sp,48
ffffffc0802068d2:	8082                	ret
    return -1;
ffffffc0802068d4:	557d                	li	a0,-1
ffffffc0802068d6:	bfcd                	j	ffffffc0802068c8 <sys_write+0x38>

ffffffc0802068d8 <sys_close>:

/* int close(int fd) */
int64 sys_close(void)
{
ffffffc0802068d8:	1101                	add	sp,sp,-32
ffffffc0802068da:	e822                	sd	s0,16(sp)
ffffffc0802068dc:	ec06                	sd	ra,24(sp)
ffffffc0802068de:	1000                	add	s0,sp,32
  int fd;
  struct file *f;
  if (arg_fd(0, &fd, &f) < 0)
ffffffc0802068e0:	fe840613          	add	a2,s0,-24
ffffffc0802068e4:	fe440593          	add	a1,s0,-28
ffffffc0802068e8:	4501                	li	a0,0
ffffffc0802068ea:	005000ef          	jal	ffffffc0802070ee <arg_fd>
ffffffc0802068ee:	02054563          	bltz	a0,ffffffc080206918 <sys_close+0x40>
    return -1;
  curproc()->ofile[fd] = NULL;
ffffffc0802068f2:	d84ff0ef          	jal	ffffffc080205e76 <curproc>
ffffffc0802068f6:	fe442783          	lw	a5,-28(s0)
ffffffc0802068fa:	872a                	mv	a4,a0
  file_close(f);
ffffffc0802068fc:	fe843503          	ld	a0,-24(s0)
  curproc()->ofile[fd] = NULL;
ffffffc080206900:	07a1                	add	a5,a5,8
ffffffc080206902:	078e                	sll	a5,a5,0x3
ffffffc080206904:	97ba                	add	a5,a5,a4
ffffffc080206906:	0007b423          	sd	zero,8(a5)
  file_close(f);
ffffffc08020690a:	f94fb0ef          	jal	ffffffc08020209e <file_close>
  return 0;
ffffffc08020690e:	4501                	li	a0,0
}
ffffffc080206910:	60e2                	ld	ra,24(sp)
ffffffc080206912:	6442                	ld	s0,16(sp)
ffffffc080206914:	6105                	add	sp,sp,32
ffffffc080206916:	8082                	ret
    return -1;
ffffffc080206918:	557d                	li	a0,-1
ffffffc08020691a:	bfdd                	j	ffffffc080206910 <sys_close+0x38>

ffffffc08020691c <sys_fstat>:

/* int fstat(int fd, struct stat *st) */
int64 sys_fstat(void)
{
ffffffc08020691c:	7179                	add	sp,sp,-48
ffffffc08020691e:	f022                	sd	s0,32(sp)
ffffffc080206920:	f406                	sd	ra,40(sp)
ffffffc080206922:	1800                	add	s0,sp,48
ffffffc080206924:	ec26                	sd	s1,24(sp)
  struct file *f;
  if (arg_fd(0, NULL, &f) < 0)
ffffffc080206926:	fd840613          	add	a2,s0,-40
ffffffc08020692a:	4581                	li	a1,0
ffffffc08020692c:	4501                	li	a0,0
ffffffc08020692e:	7c0000ef          	jal	ffffffc0802070ee <arg_fd>
ffffffc080206932:	02054063          	bltz	a0,ffffffc080206952 <sys_fstat+0x36>
    return -1;
  return file_stat(f, arg_addr(1));
ffffffc080206936:	fd843483          	ld	s1,-40(s0)
ffffffc08020693a:	4505                	li	a0,1
ffffffc08020693c:	758000ef          	jal	ffffffc080207094 <arg_addr>
ffffffc080206940:	85aa                	mv	a1,a0
ffffffc080206942:	8526                	mv	a0,s1
ffffffc080206944:	9b3fb0ef          	jal	ffffffc0802022f6 <file_stat>
}
ffffffc080206948:	70a2                	ld	ra,40(sp)
ffffffc08020694a:	7402                	ld	s0,32(sp)
ffffffc08020694c:	64e2                	ld	s1,24(sp)
ffffffc08020694e:	6145                	add	sp,sp,48
ffffffc080206950:	8082                	ret
    return -1;
ffffffc080206952:	557d                	li	a0,-1
ffffffc080206954:	bfd5                	j	ffffffc080206948 <sys_fstat+0x2c>

ffffffc080206956 <sys_dup>:

/* int dup(int fd): the lowest free descriptor, naming the same file. */
int64 sys_dup(void)
{
ffffffc080206956:	7179                	add	sp,sp,-48
ffffffc080206958:	f022                	sd	s0,32(sp)
ffffffc08020695a:	f406                	sd	ra,40(sp)
ffffffc08020695c:	1800                	add	s0,sp,48
ffffffc08020695e:	ec26                	sd	s1,24(sp)
ffffffc080206960:	e84a                	sd	s2,16(sp)
  struct file *f;
  if (arg_fd(0, NULL, &f) < 0)
ffffffc080206962:	fd840613          	add	a2,s0,-40
ffffffc080206966:	4581                	li	a1,0
ffffffc080206968:	4501                	li	a0,0
ffffffc08020696a:	784000ef          	jal	ffffffc0802070ee <arg_fd>
ffffffc08020696e:	02054163          	bltz	a0,ffffffc080206990 <sys_dup+0x3a>
    return -1;
  int fd = fd_alloc(f);
ffffffc080206972:	fd843903          	ld	s2,-40(s0)
  struct proc *p = curproc();
ffffffc080206976:	d00ff0ef          	jal	ffffffc080205e76 <curproc>
ffffffc08020697a:	862a                	mv	a2,a0
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc08020697c:	04850793          	add	a5,a0,72
ffffffc080206980:	4481                	li	s1,0
ffffffc080206982:	46c1                	li	a3,16
    if (p->ofile[fd] == NULL) {
ffffffc080206984:	6398                	ld	a4,0(a5)
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080206986:	07a1                	add	a5,a5,8
    if (p->ofile[fd] == NULL) {
ffffffc080206988:	cb19                	beqz	a4,ffffffc08020699e <sys_dup+0x48>
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc08020698a:	2485                	addw	s1,s1,1
ffffffc08020698c:	fed49ce3          	bne	s1,a3,ffffffc080206984 <sys_dup+0x2e>
  if (fd < 0)
    return -1;
  file_dup(f);
  return fd;
}
ffffffc080206990:	70a2                	ld	ra,40(sp)
ffffffc080206992:	7402                	ld	s0,32(sp)
ffffffc080206994:	64e2                	ld	s1,24(sp)
ffffffc080206996:	6942                	ld	s2,16(sp)
    return -1;
ffffffc080206998:	557d                	li	a0,-1
}
ffffffc08020699a:	6145                	add	sp,sp,48
ffffffc08020699c:	8082                	ret
      p->ofile[fd] = f;
ffffffc08020699e:	00848793          	add	a5,s1,8
  file_dup(f);
ffffffc0802069a2:	fd843503          	ld	a0,-40(s0)
      p->ofile[fd] = f;
ffffffc0802069a6:	078e                	sll	a5,a5,0x3
ffffffc0802069a8:	963e                	add	a2,a2,a5
ffffffc0802069aa:	01263423          	sd	s2,8(a2) # 1008 <KERNEL_PA-0x801feff8>
  file_dup(f);
ffffffc0802069ae:	e8efb0ef          	jal	ffffffc08020203c <file_dup>
}
ffffffc0802069b2:	70a2                	ld	ra,40(sp)
ffffffc0802069b4:	7402                	ld	s0,32(sp)
ffffffc0802069b6:	6942                	ld	s2,16(sp)
  return fd;
ffffffc0802069b8:	8526                	mv	a0,s1
}
ffffffc0802069ba:	64e2                	ld	s1,24(sp)
ffffffc0802069bc:	6145                	add	sp,sp,48
ffffffc0802069be:	8082                	ret

ffffffc0802069c0 <sys_pipe>:

/* int pipe(int fd[2]): fd[0] reads, fd[1] writes. */
int64 sys_pipe(void)
{
ffffffc0802069c0:	7139                	add	sp,sp,-64
ffffffc0802069c2:	f822                	sd	s0,48(sp)
ffffffc0802069c4:	f426                	sd	s1,40(sp)
ffffffc0802069c6:	0080                	add	s0,sp,64
ffffffc0802069c8:	fc06                	sd	ra,56(sp)
ffffffc0802069ca:	f04a                	sd	s2,32(sp)
  uint64 fds_uva = arg_addr(0);
ffffffc0802069cc:	4501                	li	a0,0
ffffffc0802069ce:	6c6000ef          	jal	ffffffc080207094 <arg_addr>
ffffffc0802069d2:	84aa                	mv	s1,a0
  struct file *rf, *wf;
  if (pipe_alloc(&rf, &wf) < 0)
ffffffc0802069d4:	fd040593          	add	a1,s0,-48
ffffffc0802069d8:	fc840513          	add	a0,s0,-56
ffffffc0802069dc:	8a0fc0ef          	jal	ffffffc080202a7c <pipe_alloc>
ffffffc0802069e0:	06054063          	bltz	a0,ffffffc080206a40 <sys_pipe+0x80>
    return -1;
  int fd[2] = { fd_alloc(rf), -1 };
ffffffc0802069e4:	fc843903          	ld	s2,-56(s0)
  struct proc *p = curproc();
ffffffc0802069e8:	c8eff0ef          	jal	ffffffc080205e76 <curproc>
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc0802069ec:	04850793          	add	a5,a0,72
ffffffc0802069f0:	4701                	li	a4,0
ffffffc0802069f2:	4641                	li	a2,16
    if (p->ofile[fd] == NULL) {
ffffffc0802069f4:	6394                	ld	a3,0(a5)
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc0802069f6:	07a1                	add	a5,a5,8
    if (p->ofile[fd] == NULL) {
ffffffc0802069f8:	c6b1                	beqz	a3,ffffffc080206a44 <sys_pipe+0x84>
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc0802069fa:	2705                	addw	a4,a4,1
ffffffc0802069fc:	fec71ce3          	bne	a4,a2,ffffffc0802069f4 <sys_pipe+0x34>
  int fd[2] = { fd_alloc(rf), -1 };
ffffffc080206a00:	57fd                	li	a5,-1
ffffffc080206a02:	fcf43c23          	sd	a5,-40(s0)
  if (fd[0] >= 0)
    fd[1] = fd_alloc(wf);
  if (fd[1] < 0 || copyout(fds_uva, fd, sizeof(fd)) < 0) {
    struct proc *p = curproc();
ffffffc080206a06:	c70ff0ef          	jal	ffffffc080205e76 <curproc>
    if (fd[0] >= 0)
ffffffc080206a0a:	fd842783          	lw	a5,-40(s0)
    struct proc *p = curproc();
ffffffc080206a0e:	872a                	mv	a4,a0
    if (fd[0] >= 0)
ffffffc080206a10:	0007c763          	bltz	a5,ffffffc080206a1e <sys_pipe+0x5e>
      p->ofile[fd[0]] = NULL;
ffffffc080206a14:	07a1                	add	a5,a5,8
ffffffc080206a16:	078e                	sll	a5,a5,0x3
ffffffc080206a18:	97aa                	add	a5,a5,a0
ffffffc080206a1a:	0007b423          	sd	zero,8(a5)
    if (fd[1] >= 0)
ffffffc080206a1e:	fdc42783          	lw	a5,-36(s0)
ffffffc080206a22:	0007c763          	bltz	a5,ffffffc080206a30 <sys_pipe+0x70>
      p->ofile[fd[1]] = NULL;
ffffffc080206a26:	07a1                	add	a5,a5,8
ffffffc080206a28:	078e                	sll	a5,a5,0x3
ffffffc080206a2a:	973e                	add	a4,a4,a5
ffffffc080206a2c:	00073423          	sd	zero,8(a4)
    file_close(rf);
ffffffc080206a30:	fc843503          	ld	a0,-56(s0)
ffffffc080206a34:	e6afb0ef          	jal	ffffffc08020209e <file_close>
    file_close(wf);
ffffffc080206a38:	fd043503          	ld	a0,-48(s0)
ffffffc080206a3c:	e62fb0ef          	jal	ffffffc08020209e <file_close>
    return -1;
ffffffc080206a40:	557d                	li	a0,-1
ffffffc080206a42:	a8b9                	j	ffffffc080206aa0 <sys_pipe+0xe0>
      p->ofile[fd] = f;
ffffffc080206a44:	00870793          	add	a5,a4,8
ffffffc080206a48:	078e                	sll	a5,a5,0x3
ffffffc080206a4a:	97aa                	add	a5,a5,a0
ffffffc080206a4c:	0127b423          	sd	s2,8(a5)
  int fd[2] = { fd_alloc(rf), -1 };
ffffffc080206a50:	57fd                	li	a5,-1
ffffffc080206a52:	fce42c23          	sw	a4,-40(s0)
ffffffc080206a56:	fcf42e23          	sw	a5,-36(s0)
    fd[1] = fd_alloc(wf);
ffffffc080206a5a:	fd043903          	ld	s2,-48(s0)
  struct proc *p = curproc();
ffffffc080206a5e:	c18ff0ef          	jal	ffffffc080205e76 <curproc>
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080206a62:	04850713          	add	a4,a0,72
ffffffc080206a66:	4781                	li	a5,0
ffffffc080206a68:	4641                	li	a2,16
    if (p->ofile[fd] == NULL) {
ffffffc080206a6a:	6314                	ld	a3,0(a4)
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080206a6c:	0721                	add	a4,a4,8
    if (p->ofile[fd] == NULL) {
ffffffc080206a6e:	ca81                	beqz	a3,ffffffc080206a7e <sys_pipe+0xbe>
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080206a70:	2785                	addw	a5,a5,1
ffffffc080206a72:	fec79ce3          	bne	a5,a2,ffffffc080206a6a <sys_pipe+0xaa>
    fd[1] = fd_alloc(wf);
ffffffc080206a76:	57fd                	li	a5,-1
ffffffc080206a78:	fcf42e23          	sw	a5,-36(s0)
  if (fd[1] < 0 || copyout(fds_uva, fd, sizeof(fd)) < 0) {
ffffffc080206a7c:	b769                	j	ffffffc080206a06 <sys_pipe+0x46>
      p->ofile[fd] = f;
ffffffc080206a7e:	00878713          	add	a4,a5,8
ffffffc080206a82:	070e                	sll	a4,a4,0x3
ffffffc080206a84:	953a                	add	a0,a0,a4
ffffffc080206a86:	01253423          	sd	s2,8(a0)
  if (fd[1] < 0 || copyout(fds_uva, fd, sizeof(fd)) < 0) {
ffffffc080206a8a:	4621                	li	a2,8
ffffffc080206a8c:	fd840593          	add	a1,s0,-40
ffffffc080206a90:	8526                	mv	a0,s1
    fd[1] = fd_alloc(wf);
ffffffc080206a92:	fcf42e23          	sw	a5,-36(s0)
  if (fd[1] < 0 || copyout(fds_uva, fd, sizeof(fd)) < 0) {
ffffffc080206a96:	c99fd0ef          	jal	ffffffc08020472e <copyout>
ffffffc080206a9a:	f60546e3          	bltz	a0,ffffffc080206a06 <sys_pipe+0x46>
    return -1;
  }
  return 0;
ffffffc080206a9e:	4501                	li	a0,0
}
ffffffc080206aa0:	70e2                	ld	ra,56(sp)
ffffffc080206aa2:	7442                	ld	s0,48(sp)
ffffffc080206aa4:	74a2                	ld	s1,40(sp)
ffffffc080206aa6:	7902                	ld	s2,32(sp)
ffffffc080206aa8:	6121                	add	sp,sp,64
ffffffc080206aaa:	8082                	ret

ffffffc080206aac <sys_open>:
  return f;
}

/* int open(const char *path, int flags) */
int64 sys_open(void)
{
ffffffc080206aac:	7171                	add	sp,sp,-176
ffffffc080206aae:	f122                	sd	s0,160(sp)
ffffffc080206ab0:	f506                	sd	ra,168(sp)
ffffffc080206ab2:	1900                	add	s0,sp,176
ffffffc080206ab4:	ed26                	sd	s1,152(sp)
ffffffc080206ab6:	e94a                	sd	s2,144(sp)
ffffffc080206ab8:	e54e                	sd	s3,136(sp)
ffffffc080206aba:	e152                	sd	s4,128(sp)
  char path[MAXPATH];
  if (arg_str(0, path, MAXPATH) < 0)
ffffffc080206abc:	08000613          	li	a2,128
ffffffc080206ac0:	f5040593          	add	a1,s0,-176
ffffffc080206ac4:	4501                	li	a0,0
ffffffc080206ac6:	5f2000ef          	jal	ffffffc0802070b8 <arg_str>
ffffffc080206aca:	08054d63          	bltz	a0,ffffffc080206b64 <sys_open+0xb8>
    return -1;
  int flags = arg_int(1);
ffffffc080206ace:	4505                	li	a0,1
ffffffc080206ad0:	5a0000ef          	jal	ffffffc080207070 <arg_int>
                                        : namei(path);
ffffffc080206ad4:	20057793          	and	a5,a0,512
  int flags = arg_int(1);
ffffffc080206ad8:	89aa                	mv	s3,a0
                                        : namei(path);
ffffffc080206ada:	c7d9                	beqz	a5,ffffffc080206b68 <sys_open+0xbc>
  struct inode *ip = (flags & O_CREATE) ? fs_create(path, T_FILE, 0, 0)
ffffffc080206adc:	4681                	li	a3,0
ffffffc080206ade:	4601                	li	a2,0
ffffffc080206ae0:	4589                	li	a1,2
ffffffc080206ae2:	f5040513          	add	a0,s0,-176
ffffffc080206ae6:	e9dfa0ef          	jal	ffffffc080201982 <fs_create>
ffffffc080206aea:	8a2a                	mv	s4,a0
  if (ip == NULL)
ffffffc080206aec:	060a0c63          	beqz	s4,ffffffc080206b64 <sys_open+0xb8>
  int type = inode_type(ip);
ffffffc080206af0:	8552                	mv	a0,s4
ffffffc080206af2:	b77fb0ef          	jal	ffffffc080202668 <inode_type>
  if ((type == T_DIR && (flags & (O_WRONLY | O_RDWR | O_TRUNC))) ||
ffffffc080206af6:	4785                	li	a5,1
ffffffc080206af8:	0af50b63          	beq	a0,a5,ffffffc080206bae <sys_open+0x102>
ffffffc080206afc:	478d                	li	a5,3
ffffffc080206afe:	0cf50063          	beq	a0,a5,ffffffc080206bbe <sys_open+0x112>
  struct file *f = file_alloc();
ffffffc080206b02:	c88fb0ef          	jal	ffffffc080201f8a <file_alloc>
ffffffc080206b06:	892a                	mv	s2,a0
    inode_put(ip);
ffffffc080206b08:	8552                	mv	a0,s4
  if (f == NULL) {
ffffffc080206b0a:	0c090163          	beqz	s2,ffffffc080206bcc <sys_open+0x120>
  f->type = inode_type(ip) == T_DEVICE ? FD_DEVICE : FD_INODE;
ffffffc080206b0e:	b5bfb0ef          	jal	ffffffc080202668 <inode_type>
ffffffc080206b12:	470d                	li	a4,3
ffffffc080206b14:	4785                	li	a5,1
ffffffc080206b16:	00e51363          	bne	a0,a4,ffffffc080206b1c <sys_open+0x70>
ffffffc080206b1a:	478d                	li	a5,3
ffffffc080206b1c:	00f92223          	sw	a5,4(s2)
  f->ip = ip;
ffffffc080206b20:	01493c23          	sd	s4,24(s2)
  f->major = inode_major(ip);
ffffffc080206b24:	8552                	mv	a0,s4
ffffffc080206b26:	b53fb0ef          	jal	ffffffc080202678 <inode_major>
  f->writable = (flags & (O_WRONLY | O_RDWR)) != 0;
ffffffc080206b2a:	0039f713          	and	a4,s3,3
ffffffc080206b2e:	00e03733          	snez	a4,a4
  f->readable = !(flags & O_WRONLY);
ffffffc080206b32:	fff9c793          	not	a5,s3
ffffffc080206b36:	0087171b          	sllw	a4,a4,0x8
ffffffc080206b3a:	8b85                	and	a5,a5,1
ffffffc080206b3c:	8fd9                	or	a5,a5,a4
ffffffc080206b3e:	00f91423          	sh	a5,8(s2)
  f->major = inode_major(ip);
ffffffc080206b42:	02a91023          	sh	a0,32(s2)
  struct proc *p = curproc();
ffffffc080206b46:	b30ff0ef          	jal	ffffffc080205e76 <curproc>
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080206b4a:	04850793          	add	a5,a0,72
ffffffc080206b4e:	4481                	li	s1,0
ffffffc080206b50:	46c1                	li	a3,16
    if (p->ofile[fd] == NULL) {
ffffffc080206b52:	6398                	ld	a4,0(a5)
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080206b54:	07a1                	add	a5,a5,8
    if (p->ofile[fd] == NULL) {
ffffffc080206b56:	cf19                	beqz	a4,ffffffc080206b74 <sys_open+0xc8>
  for (int fd = 0; fd < NOFILE; fd++) {
ffffffc080206b58:	2485                	addw	s1,s1,1
ffffffc080206b5a:	fed49ce3          	bne	s1,a3,ffffffc080206b52 <sys_open+0xa6>
  struct file *f = open_file(ip, flags);
  if (f == NULL)
    return -1;
  int fd = fd_alloc(f);
  if (fd < 0) {
    file_close(f);
ffffffc080206b5e:	854a                	mv	a0,s2
ffffffc080206b60:	d3efb0ef          	jal	ffffffc08020209e <file_close>
    return -1;
ffffffc080206b64:	557d                	li	a0,-1
ffffffc080206b66:	a015                	j	ffffffc080206b8a <sys_open+0xde>
                                        : namei(path);
ffffffc080206b68:	f5040513          	add	a0,s0,-176
ffffffc080206b6c:	dd9fa0ef          	jal	ffffffc080201944 <namei>
ffffffc080206b70:	8a2a                	mv	s4,a0
ffffffc080206b72:	bfad                	j	ffffffc080206aec <sys_open+0x40>
      p->ofile[fd] = f;
ffffffc080206b74:	00848793          	add	a5,s1,8
ffffffc080206b78:	078e                	sll	a5,a5,0x3
ffffffc080206b7a:	953e                	add	a0,a0,a5
ffffffc080206b7c:	01253423          	sd	s2,8(a0)
    return -1;
  }
  if ((flags & O_TRUNC) && inode_type(ip) == T_FILE)
ffffffc080206b80:	4009f993          	and	s3,s3,1024
ffffffc080206b84:	00099b63          	bnez	s3,ffffffc080206b9a <sys_open+0xee>
    inode_truncate(ip);
  return fd;
ffffffc080206b88:	8526                	mv	a0,s1
}
ffffffc080206b8a:	70aa                	ld	ra,168(sp)
ffffffc080206b8c:	740a                	ld	s0,160(sp)
ffffffc080206b8e:	64ea                	ld	s1,152(sp)
ffffffc080206b90:	694a                	ld	s2,144(sp)
ffffffc080206b92:	69aa                	ld	s3,136(sp)
ffffffc080206b94:	6a0a                	ld	s4,128(sp)
ffffffc080206b96:	614d                	add	sp,sp,176
ffffffc080206b98:	8082                	ret
  if ((flags & O_TRUNC) && inode_type(ip) == T_FILE)
ffffffc080206b9a:	8552                	mv	a0,s4
ffffffc080206b9c:	acdfb0ef          	jal	ffffffc080202668 <inode_type>
ffffffc080206ba0:	4789                	li	a5,2
ffffffc080206ba2:	fef513e3          	bne	a0,a5,ffffffc080206b88 <sys_open+0xdc>
    inode_truncate(ip);
ffffffc080206ba6:	8552                	mv	a0,s4
ffffffc080206ba8:	d0dfb0ef          	jal	ffffffc0802028b4 <inode_truncate>
ffffffc080206bac:	bff1                	j	ffffffc080206b88 <sys_open+0xdc>
  if ((type == T_DIR && (flags & (O_WRONLY | O_RDWR | O_TRUNC))) ||
ffffffc080206bae:	4039f793          	and	a5,s3,1027
ffffffc080206bb2:	dba1                	beqz	a5,ffffffc080206b02 <sys_open+0x56>
    inode_put(ip);
ffffffc080206bb4:	8552                	mv	a0,s4
ffffffc080206bb6:	9f5fb0ef          	jal	ffffffc0802025aa <inode_put>
    return -1;
ffffffc080206bba:	557d                	li	a0,-1
ffffffc080206bbc:	b7f9                	j	ffffffc080206b8a <sys_open+0xde>
      (type == T_DEVICE && !dev_exists(inode_major(ip)))) {
ffffffc080206bbe:	8552                	mv	a0,s4
ffffffc080206bc0:	ab9fb0ef          	jal	ffffffc080202678 <inode_major>
ffffffc080206bc4:	b8efb0ef          	jal	ffffffc080201f52 <dev_exists>
ffffffc080206bc8:	fd0d                	bnez	a0,ffffffc080206b02 <sys_open+0x56>
ffffffc080206bca:	b7ed                	j	ffffffc080206bb4 <sys_open+0x108>
    inode_put(ip);
ffffffc080206bcc:	9dffb0ef          	jal	ffffffc0802025aa <inode_put>
    return -1;
ffffffc080206bd0:	557d                	li	a0,-1
ffffffc080206bd2:	bf65                	j	ffffffc080206b8a <sys_open+0xde>

ffffffc080206bd4 <sys_mkdir>:
  return 0;
}

/* int mkdir(const char *path) */
int64 sys_mkdir(void)
{
ffffffc080206bd4:	7175                	add	sp,sp,-144
ffffffc080206bd6:	e122                	sd	s0,128(sp)
ffffffc080206bd8:	e506                	sd	ra,136(sp)
ffffffc080206bda:	0900                	add	s0,sp,144
  if (arg_str(0, path, MAXPATH) < 0)
ffffffc080206bdc:	08000613          	li	a2,128
ffffffc080206be0:	f7040593          	add	a1,s0,-144
ffffffc080206be4:	4501                	li	a0,0
ffffffc080206be6:	4d2000ef          	jal	ffffffc0802070b8 <arg_str>
ffffffc080206bea:	02054163          	bltz	a0,ffffffc080206c0c <sys_mkdir+0x38>
  struct inode *ip = fs_create(path, type, major, minor);
ffffffc080206bee:	4681                	li	a3,0
ffffffc080206bf0:	4601                	li	a2,0
ffffffc080206bf2:	4585                	li	a1,1
ffffffc080206bf4:	f7040513          	add	a0,s0,-144
ffffffc080206bf8:	d8bfa0ef          	jal	ffffffc080201982 <fs_create>
  if (ip == NULL)
ffffffc080206bfc:	c901                	beqz	a0,ffffffc080206c0c <sys_mkdir+0x38>
  inode_put(ip);
ffffffc080206bfe:	9adfb0ef          	jal	ffffffc0802025aa <inode_put>
  return 0;
ffffffc080206c02:	4501                	li	a0,0
  return make_node(T_DIR, 0, 0);
}
ffffffc080206c04:	60aa                	ld	ra,136(sp)
ffffffc080206c06:	640a                	ld	s0,128(sp)
ffffffc080206c08:	6149                	add	sp,sp,144
ffffffc080206c0a:	8082                	ret
    return -1;
ffffffc080206c0c:	557d                	li	a0,-1
ffffffc080206c0e:	bfdd                	j	ffffffc080206c04 <sys_mkdir+0x30>

ffffffc080206c10 <sys_mknod>:

/* int mknod(const char *path, short major, short minor) */
int64 sys_mknod(void)
{
ffffffc080206c10:	7135                	add	sp,sp,-160
ffffffc080206c12:	ed06                	sd	ra,152(sp)
ffffffc080206c14:	e922                	sd	s0,144(sp)
ffffffc080206c16:	e526                	sd	s1,136(sp)
ffffffc080206c18:	1100                	add	s0,sp,160
ffffffc080206c1a:	e14a                	sd	s2,128(sp)
  return make_node(T_DEVICE, (short)arg_int(1), (short)arg_int(2));
ffffffc080206c1c:	4505                	li	a0,1
ffffffc080206c1e:	452000ef          	jal	ffffffc080207070 <arg_int>
ffffffc080206c22:	84aa                	mv	s1,a0
ffffffc080206c24:	4509                	li	a0,2
ffffffc080206c26:	44a000ef          	jal	ffffffc080207070 <arg_int>
ffffffc080206c2a:	892a                	mv	s2,a0
  if (arg_str(0, path, MAXPATH) < 0)
ffffffc080206c2c:	08000613          	li	a2,128
ffffffc080206c30:	f6040593          	add	a1,s0,-160
ffffffc080206c34:	4501                	li	a0,0
ffffffc080206c36:	482000ef          	jal	ffffffc0802070b8 <arg_str>
ffffffc080206c3a:	02054b63          	bltz	a0,ffffffc080206c70 <sys_mknod+0x60>
  struct inode *ip = fs_create(path, type, major, minor);
ffffffc080206c3e:	0104949b          	sllw	s1,s1,0x10
ffffffc080206c42:	0109191b          	sllw	s2,s2,0x10
ffffffc080206c46:	4104d49b          	sraw	s1,s1,0x10
ffffffc080206c4a:	4109591b          	sraw	s2,s2,0x10
ffffffc080206c4e:	86ca                	mv	a3,s2
ffffffc080206c50:	8626                	mv	a2,s1
ffffffc080206c52:	458d                	li	a1,3
ffffffc080206c54:	f6040513          	add	a0,s0,-160
ffffffc080206c58:	d2bfa0ef          	jal	ffffffc080201982 <fs_create>
  if (ip == NULL)
ffffffc080206c5c:	c911                	beqz	a0,ffffffc080206c70 <sys_mknod+0x60>
  inode_put(ip);
ffffffc080206c5e:	94dfb0ef          	jal	ffffffc0802025aa <inode_put>
  return 0;
ffffffc080206c62:	4501                	li	a0,0
}
ffffffc080206c64:	60ea                	ld	ra,152(sp)
ffffffc080206c66:	644a                	ld	s0,144(sp)
ffffffc080206c68:	64aa                	ld	s1,136(sp)
ffffffc080206c6a:	690a                	ld	s2,128(sp)
ffffffc080206c6c:	610d                	add	sp,sp,160
ffffffc080206c6e:	8082                	ret
    return -1;
ffffffc080206c70:	557d                	li	a0,-1
ffffffc080206c72:	bfcd                	j	ffffffc080206c64 <sys_mknod+0x54>

ffffffc080206c74 <sys_link>:

/* int link(const char *old, const char *new) */
int64 sys_link(void)
{
ffffffc080206c74:	716d                	add	sp,sp,-272
ffffffc080206c76:	e222                	sd	s0,256(sp)
ffffffc080206c78:	e606                	sd	ra,264(sp)
ffffffc080206c7a:	0a00                	add	s0,sp,272
  char old[MAXPATH], new[MAXPATH];
  if (arg_str(0, old, MAXPATH) < 0 || arg_str(1, new, MAXPATH) < 0)
ffffffc080206c7c:	08000613          	li	a2,128
ffffffc080206c80:	ef040593          	add	a1,s0,-272
ffffffc080206c84:	4501                	li	a0,0
ffffffc080206c86:	432000ef          	jal	ffffffc0802070b8 <arg_str>
ffffffc080206c8a:	02054563          	bltz	a0,ffffffc080206cb4 <sys_link+0x40>
ffffffc080206c8e:	08000613          	li	a2,128
ffffffc080206c92:	f7040593          	add	a1,s0,-144
ffffffc080206c96:	4505                	li	a0,1
ffffffc080206c98:	420000ef          	jal	ffffffc0802070b8 <arg_str>
ffffffc080206c9c:	00054c63          	bltz	a0,ffffffc080206cb4 <sys_link+0x40>
    return -1;
  return fs_link(old, new);
ffffffc080206ca0:	f7040593          	add	a1,s0,-144
ffffffc080206ca4:	ef040513          	add	a0,s0,-272
ffffffc080206ca8:	e27fa0ef          	jal	ffffffc080201ace <fs_link>
}
ffffffc080206cac:	60b2                	ld	ra,264(sp)
ffffffc080206cae:	6412                	ld	s0,256(sp)
ffffffc080206cb0:	6151                	add	sp,sp,272
ffffffc080206cb2:	8082                	ret
    return -1;
ffffffc080206cb4:	557d                	li	a0,-1
ffffffc080206cb6:	bfdd                	j	ffffffc080206cac <sys_link+0x38>

ffffffc080206cb8 <sys_unlink>:

/* int unlink(const char *path) */
int64 sys_unlink(void)
{
ffffffc080206cb8:	7175                	add	sp,sp,-144
ffffffc080206cba:	e122                	sd	s0,128(sp)
ffffffc080206cbc:	e506                	sd	ra,136(sp)
ffffffc080206cbe:	0900                	add	s0,sp,144
  char path[MAXPATH];
  if (arg_str(0, path, MAXPATH) < 0)
ffffffc080206cc0:	08000613          	li	a2,128
ffffffc080206cc4:	f7040593          	add	a1,s0,-144
ffffffc080206cc8:	4501                	li	a0,0
ffffffc080206cca:	3ee000ef          	jal	ffffffc0802070b8 <arg_str>
ffffffc080206cce:	00054a63          	bltz	a0,ffffffc080206ce2 <sys_unlink+0x2a>
    return -1;
  return fs_unlink(path);
ffffffc080206cd2:	f7040513          	add	a0,s0,-144
ffffffc080206cd6:	ec9fa0ef          	jal	ffffffc080201b9e <fs_unlink>
}
ffffffc080206cda:	60aa                	ld	ra,136(sp)
ffffffc080206cdc:	640a                	ld	s0,128(sp)
ffffffc080206cde:	6149                	add	sp,sp,144
ffffffc080206ce0:	8082                	ret
    return -1;
ffffffc080206ce2:	557d                	li	a0,-1
ffffffc080206ce4:	bfdd                	j	ffffffc080206cda <sys_unlink+0x22>

ffffffc080206ce6 <sys_chdir>:

/* int chdir(const char *path): path must be a directory. */
int64 sys_chdir(void)
{
ffffffc080206ce6:	7135                	add	sp,sp,-160
ffffffc080206ce8:	e922                	sd	s0,144(sp)
ffffffc080206cea:	ed06                	sd	ra,152(sp)
ffffffc080206cec:	1100                	add	s0,sp,160
ffffffc080206cee:	e526                	sd	s1,136(sp)
  char path[MAXPATH];
  if (arg_str(0, path, MAXPATH) < 0)
ffffffc080206cf0:	08000613          	li	a2,128
ffffffc080206cf4:	f6040593          	add	a1,s0,-160
ffffffc080206cf8:	4501                	li	a0,0
ffffffc080206cfa:	3be000ef          	jal	ffffffc0802070b8 <arg_str>
ffffffc080206cfe:	02054e63          	bltz	a0,ffffffc080206d3a <sys_chdir+0x54>
    return -1;
  struct inode *ip = namei(path);
ffffffc080206d02:	f6040513          	add	a0,s0,-160
ffffffc080206d06:	c3ffa0ef          	jal	ffffffc080201944 <namei>
ffffffc080206d0a:	84aa                	mv	s1,a0
  if (ip == NULL)
ffffffc080206d0c:	c51d                	beqz	a0,ffffffc080206d3a <sys_chdir+0x54>
    return -1;
  if (inode_type(ip) != T_DIR) {
ffffffc080206d0e:	95bfb0ef          	jal	ffffffc080202668 <inode_type>
ffffffc080206d12:	4785                	li	a5,1
ffffffc080206d14:	02f51063          	bne	a0,a5,ffffffc080206d34 <sys_chdir+0x4e>
    inode_put(ip);
    return -1;
  }
  struct proc *p = curproc();
ffffffc080206d18:	95eff0ef          	jal	ffffffc080205e76 <curproc>
ffffffc080206d1c:	87aa                	mv	a5,a0
  struct inode *old = p->cwd;
ffffffc080206d1e:	6568                	ld	a0,200(a0)
  p->cwd = ip;
ffffffc080206d20:	e7e4                	sd	s1,200(a5)
  if (old != NULL)
ffffffc080206d22:	c119                	beqz	a0,ffffffc080206d28 <sys_chdir+0x42>
    inode_put(old);
ffffffc080206d24:	887fb0ef          	jal	ffffffc0802025aa <inode_put>
  return 0;
ffffffc080206d28:	4501                	li	a0,0
}
ffffffc080206d2a:	60ea                	ld	ra,152(sp)
ffffffc080206d2c:	644a                	ld	s0,144(sp)
ffffffc080206d2e:	64aa                	ld	s1,136(sp)
ffffffc080206d30:	610d                	add	sp,sp,160
ffffffc080206d32:	8082                	ret
    inode_put(ip);
ffffffc080206d34:	8526                	mv	a0,s1
ffffffc080206d36:	875fb0ef          	jal	ffffffc0802025aa <inode_put>
    return -1;
ffffffc080206d3a:	557d                	li	a0,-1
ffffffc080206d3c:	b7fd                	j	ffffffc080206d2a <sys_chdir+0x44>

ffffffc080206d3e <sys_sbrk>:
#include "mm/kalloc.h"
#include "mm/uaccess.h"
#include "uapi/syscall.h"
#include "uapi/vmstat.h"

int64 sys_sbrk(void) { return vm_sbrk(curproc()->vm, arg_int(0)); }
ffffffc080206d3e:	1101                	add	sp,sp,-32
ffffffc080206d40:	ec06                	sd	ra,24(sp)
ffffffc080206d42:	e822                	sd	s0,16(sp)
ffffffc080206d44:	e426                	sd	s1,8(sp)
ffffffc080206d46:	1000                	add	s0,sp,32
ffffffc080206d48:	92eff0ef          	jal	ffffffc080205e76 <curproc>
ffffffc080206d4c:	6124                	ld	s1,64(a0)
ffffffc080206d4e:	4501                	li	a0,0
ffffffc080206d50:	320000ef          	jal	ffffffc080207070 <arg_int>
ffffffc080206d54:	6442                	ld	s0,16(sp)
ffffffc080206d56:	60e2                	ld	ra,24(sp)
ffffffc080206d58:	85aa                	mv	a1,a0
ffffffc080206d5a:	8526                	mv	a0,s1
ffffffc080206d5c:	64a2                	ld	s1,8(sp)
ffffffc080206d5e:	6105                	add	sp,sp,32
ffffffc080206d60:	890fe06f          	j	ffffffc080204df0 <vm_sbrk>

ffffffc080206d64 <sys_forkmode>:

int64 sys_forkmode(void) {
ffffffc080206d64:	1141                	add	sp,sp,-16
ffffffc080206d66:	e022                	sd	s0,0(sp)
ffffffc080206d68:	e406                	sd	ra,8(sp)
ffffffc080206d6a:	0800                	add	s0,sp,16
  int mode = arg_int(0);
ffffffc080206d6c:	4501                	li	a0,0
ffffffc080206d6e:	302000ef          	jal	ffffffc080207070 <arg_int>
  if (mode == -1)
ffffffc080206d72:	577d                	li	a4,-1
ffffffc080206d74:	00e50d63          	beq	a0,a4,ffffffc080206d8e <sys_forkmode+0x2a>
    return vm_fork_mode();
  if (mode != FORK_EAGER && mode != FORK_COW)
ffffffc080206d78:	0005079b          	sext.w	a5,a0
ffffffc080206d7c:	4705                	li	a4,1
ffffffc080206d7e:	00f76e63          	bltu	a4,a5,ffffffc080206d9a <sys_forkmode+0x36>
    return -1;
  return vm_set_fork_mode(mode);
ffffffc080206d82:	de1fd0ef          	jal	ffffffc080204b62 <vm_set_fork_mode>
}
ffffffc080206d86:	60a2                	ld	ra,8(sp)
ffffffc080206d88:	6402                	ld	s0,0(sp)
ffffffc080206d8a:	0141                	add	sp,sp,16
ffffffc080206d8c:	8082                	ret
    return vm_fork_mode();
ffffffc080206d8e:	dc1fd0ef          	jal	ffffffc080204b4e <vm_fork_mode>
}
ffffffc080206d92:	60a2                	ld	ra,8(sp)
ffffffc080206d94:	6402                	ld	s0,0(sp)
ffffffc080206d96:	0141                	add	sp,sp,16
ffffffc080206d98:	8082                	ret
    return -1;
ffffffc080206d9a:	557d                	li	a0,-1
ffffffc080206d9c:	b7ed                	j	ffffffc080206d86 <sys_forkmode+0x22>

ffffffc080206d9e <sys_vmstat>:

int64 sys_vmstat(void) {
ffffffc080206d9e:	7155                	add	sp,sp,-208
ffffffc080206da0:	e1a2                	sd	s0,192(sp)
ffffffc080206da2:	e586                	sd	ra,200(sp)
ffffffc080206da4:	fd26                	sd	s1,184(sp)
ffffffc080206da6:	f94a                	sd	s2,176(sp)
ffffffc080206da8:	f54e                	sd	s3,168(sp)
ffffffc080206daa:	f152                	sd	s4,160(sp)
ffffffc080206dac:	0980                	add	s0,sp,208
  uint64 vals[VMSTAT_COUNT];
  int n = arg_int(1);
ffffffc080206dae:	4505                	li	a0,1
ffffffc080206db0:	2c0000ef          	jal	ffffffc080207070 <arg_int>
  if (n < 0)
ffffffc080206db4:	06054263          	bltz	a0,ffffffc080206e18 <sys_vmstat+0x7a>
ffffffc080206db8:	8a2a                	mv	s4,a0
ffffffc080206dba:	f3840913          	add	s2,s0,-200
    return -1;
  for (int i = 0; i < VMSTAT_COUNT; i++)
ffffffc080206dbe:	4481                	li	s1,0
ffffffc080206dc0:	49cd                	li	s3,19
    vals[i] = stat_sum(i);
ffffffc080206dc2:	8526                	mv	a0,s1
ffffffc080206dc4:	ae0fe0ef          	jal	ffffffc0802050a4 <stat_sum>
ffffffc080206dc8:	00a93023          	sd	a0,0(s2)
  for (int i = 0; i < VMSTAT_COUNT; i++)
ffffffc080206dcc:	2485                	addw	s1,s1,1
ffffffc080206dce:	0921                	add	s2,s2,8
ffffffc080206dd0:	ff3499e3          	bne	s1,s3,ffffffc080206dc2 <sys_vmstat+0x24>
  vals[VM_free_pages] = kalloc_free_pages();
ffffffc080206dd4:	fd4fd0ef          	jal	ffffffc0802045a8 <kalloc_free_pages>
ffffffc080206dd8:	f2a43c23          	sd	a0,-200(s0)
  vals[VM_total_pages] = kalloc_total_pages();
ffffffc080206ddc:	809fd0ef          	jal	ffffffc0802045e4 <kalloc_total_pages>
ffffffc080206de0:	87aa                	mv	a5,a0
  if (n > VMSTAT_COUNT)
    n = VMSTAT_COUNT;
  if (copyout(arg_addr(0), vals, n * sizeof(uint64)) < 0)
ffffffc080206de2:	4501                	li	a0,0
  vals[VM_total_pages] = kalloc_total_pages();
ffffffc080206de4:	f4f43023          	sd	a5,-192(s0)
  if (copyout(arg_addr(0), vals, n * sizeof(uint64)) < 0)
ffffffc080206de8:	2ac000ef          	jal	ffffffc080207094 <arg_addr>
  if (n > VMSTAT_COUNT)
ffffffc080206dec:	000a061b          	sext.w	a2,s4
ffffffc080206df0:	0344c263          	blt	s1,s4,ffffffc080206e14 <sys_vmstat+0x76>
  if (copyout(arg_addr(0), vals, n * sizeof(uint64)) < 0)
ffffffc080206df4:	060e                	sll	a2,a2,0x3
ffffffc080206df6:	f3840593          	add	a1,s0,-200
ffffffc080206dfa:	935fd0ef          	jal	ffffffc08020472e <copyout>
ffffffc080206dfe:	00054d63          	bltz	a0,ffffffc080206e18 <sys_vmstat+0x7a>
    return -1;
  return VMSTAT_COUNT;
ffffffc080206e02:	454d                	li	a0,19
}
ffffffc080206e04:	60ae                	ld	ra,200(sp)
ffffffc080206e06:	640e                	ld	s0,192(sp)
ffffffc080206e08:	74ea                	ld	s1,184(sp)
ffffffc080206e0a:	794a                	ld	s2,176(sp)
ffffffc080206e0c:	79aa                	ld	s3,168(sp)
ffffffc080206e0e:	7a0a                	ld	s4,160(sp)
ffffffc080206e10:	6169                	add	sp,sp,208
ffffffc080206e12:	8082                	ret
  if (n > VMSTAT_COUNT)
ffffffc080206e14:	464d                	li	a2,19
ffffffc080206e16:	bff9                	j	ffffffc080206df4 <sys_vmstat+0x56>
    return -1;
ffffffc080206e18:	557d                	li	a0,-1
ffffffc080206e1a:	b7ed                	j	ffffffc080206e04 <sys_vmstat+0x66>

ffffffc080206e1c <sys_fork>:
#include "arch/riscv/trap.h"
#include "arch/riscv/sbi.h"
#include "lib/printf.h"
#include "param.h"

int64 sys_fork(void) { return proc_fork(); }
ffffffc080206e1c:	1141                	add	sp,sp,-16
ffffffc080206e1e:	e022                	sd	s0,0(sp)
ffffffc080206e20:	e406                	sd	ra,8(sp)
ffffffc080206e22:	0800                	add	s0,sp,16
ffffffc080206e24:	997fe0ef          	jal	ffffffc0802057ba <proc_fork>
ffffffc080206e28:	60a2                	ld	ra,8(sp)
ffffffc080206e2a:	6402                	ld	s0,0(sp)
ffffffc080206e2c:	0141                	add	sp,sp,16
ffffffc080206e2e:	8082                	ret

ffffffc080206e30 <sys_exit>:

int64 sys_exit(void) { proc_exit(arg_int(0)); }
ffffffc080206e30:	1141                	add	sp,sp,-16
ffffffc080206e32:	e406                	sd	ra,8(sp)
ffffffc080206e34:	e022                	sd	s0,0(sp)
ffffffc080206e36:	0800                	add	s0,sp,16
ffffffc080206e38:	4501                	li	a0,0
ffffffc080206e3a:	236000ef          	jal	ffffffc080207070 <arg_int>
ffffffc080206e3e:	c8bfe0ef          	jal	ffffffc080205ac8 <proc_exit>

ffffffc080206e42 <sys_wait>:

int64 sys_wait(void) { return proc_wait(arg_addr(0)); }
ffffffc080206e42:	1141                	add	sp,sp,-16
ffffffc080206e44:	e406                	sd	ra,8(sp)
ffffffc080206e46:	e022                	sd	s0,0(sp)
ffffffc080206e48:	0800                	add	s0,sp,16
ffffffc080206e4a:	4501                	li	a0,0
ffffffc080206e4c:	248000ef          	jal	ffffffc080207094 <arg_addr>
ffffffc080206e50:	a9dfe0ef          	jal	ffffffc0802058ec <proc_wait>
ffffffc080206e54:	60a2                	ld	ra,8(sp)
ffffffc080206e56:	6402                	ld	s0,0(sp)
ffffffc080206e58:	0141                	add	sp,sp,16
ffffffc080206e5a:	8082                	ret

ffffffc080206e5c <sys_kill>:

int64 sys_kill(void) { return proc_kill(arg_int(0)); }
ffffffc080206e5c:	1141                	add	sp,sp,-16
ffffffc080206e5e:	e406                	sd	ra,8(sp)
ffffffc080206e60:	e022                	sd	s0,0(sp)
ffffffc080206e62:	0800                	add	s0,sp,16
ffffffc080206e64:	4501                	li	a0,0
ffffffc080206e66:	20a000ef          	jal	ffffffc080207070 <arg_int>
ffffffc080206e6a:	e0ffe0ef          	jal	ffffffc080205c78 <proc_kill>
ffffffc080206e6e:	60a2                	ld	ra,8(sp)
ffffffc080206e70:	6402                	ld	s0,0(sp)
ffffffc080206e72:	0141                	add	sp,sp,16
ffffffc080206e74:	8082                	ret

ffffffc080206e76 <sys_getpid>:

int64 sys_getpid(void) { return curproc()->pid; }
ffffffc080206e76:	1141                	add	sp,sp,-16
ffffffc080206e78:	e022                	sd	s0,0(sp)
ffffffc080206e7a:	e406                	sd	ra,8(sp)
ffffffc080206e7c:	0800                	add	s0,sp,16
ffffffc080206e7e:	ff9fe0ef          	jal	ffffffc080205e76 <curproc>
ffffffc080206e82:	60a2                	ld	ra,8(sp)
ffffffc080206e84:	6402                	ld	s0,0(sp)
ffffffc080206e86:	4d48                	lw	a0,28(a0)
ffffffc080206e88:	0141                	add	sp,sp,16
ffffffc080206e8a:	8082                	ret

ffffffc080206e8c <sys_sleep>:

int64 sys_sleep(void) {
ffffffc080206e8c:	1141                	add	sp,sp,-16
ffffffc080206e8e:	e406                	sd	ra,8(sp)
ffffffc080206e90:	e022                	sd	s0,0(sp)
ffffffc080206e92:	0800                	add	s0,sp,16
  int n = arg_int(0);
ffffffc080206e94:	4501                	li	a0,0
ffffffc080206e96:	1da000ef          	jal	ffffffc080207070 <arg_int>
  return ticks_sleep(n < 0 ? 0 : n);
ffffffc080206e9a:	fff54793          	not	a5,a0
ffffffc080206e9e:	97fd                	sra	a5,a5,0x3f
ffffffc080206ea0:	8d7d                	and	a0,a0,a5
ffffffc080206ea2:	2501                	sext.w	a0,a0
ffffffc080206ea4:	fd1f90ef          	jal	ffffffc080200e74 <ticks_sleep>
}
ffffffc080206ea8:	60a2                	ld	ra,8(sp)
ffffffc080206eaa:	6402                	ld	s0,0(sp)
ffffffc080206eac:	0141                	add	sp,sp,16
ffffffc080206eae:	8082                	ret

ffffffc080206eb0 <sys_uptime>:

int64 sys_uptime(void) { return ticks_now(); }
ffffffc080206eb0:	1141                	add	sp,sp,-16
ffffffc080206eb2:	e422                	sd	s0,8(sp)
ffffffc080206eb4:	0800                	add	s0,sp,16
ffffffc080206eb6:	6422                	ld	s0,8(sp)
ffffffc080206eb8:	0141                	add	sp,sp,16
ffffffc080206eba:	f89f906f          	j	ffffffc080200e42 <ticks_now>

ffffffc080206ebe <sys_ncpu>:

int64 sys_ncpu(void) { return ncpu; }
ffffffc080206ebe:	1141                	add	sp,sp,-16
ffffffc080206ec0:	e422                	sd	s0,8(sp)
ffffffc080206ec2:	0800                	add	s0,sp,16
ffffffc080206ec4:	6422                	ld	s0,8(sp)
ffffffc080206ec6:	00273517          	auipc	a0,0x273
ffffffc080206eca:	13e52503          	lw	a0,318(a0) # ffffffc08047a004 <ncpu>
ffffffc080206ece:	0141                	add	sp,sp,16
ffffffc080206ed0:	8082                	ret

ffffffc080206ed2 <sys_thread_create>:

int64 sys_thread_create(void) { return thread_start(arg_addr(0), arg_addr(1), arg_addr(2)); }
ffffffc080206ed2:	1101                	add	sp,sp,-32
ffffffc080206ed4:	ec06                	sd	ra,24(sp)
ffffffc080206ed6:	e822                	sd	s0,16(sp)
ffffffc080206ed8:	e426                	sd	s1,8(sp)
ffffffc080206eda:	1000                	add	s0,sp,32
ffffffc080206edc:	e04a                	sd	s2,0(sp)
ffffffc080206ede:	4501                	li	a0,0
ffffffc080206ee0:	1b4000ef          	jal	ffffffc080207094 <arg_addr>
ffffffc080206ee4:	84aa                	mv	s1,a0
ffffffc080206ee6:	4505                	li	a0,1
ffffffc080206ee8:	1ac000ef          	jal	ffffffc080207094 <arg_addr>
ffffffc080206eec:	892a                	mv	s2,a0
ffffffc080206eee:	4509                	li	a0,2
ffffffc080206ef0:	1a4000ef          	jal	ffffffc080207094 <arg_addr>
ffffffc080206ef4:	862a                	mv	a2,a0
ffffffc080206ef6:	85ca                	mv	a1,s2
ffffffc080206ef8:	8526                	mv	a0,s1
ffffffc080206efa:	a4cff0ef          	jal	ffffffc080206146 <thread_start>
ffffffc080206efe:	60e2                	ld	ra,24(sp)
ffffffc080206f00:	6442                	ld	s0,16(sp)
ffffffc080206f02:	64a2                	ld	s1,8(sp)
ffffffc080206f04:	6902                	ld	s2,0(sp)
ffffffc080206f06:	6105                	add	sp,sp,32
ffffffc080206f08:	8082                	ret

ffffffc080206f0a <sys_thread_exit>:

int64 sys_thread_exit(void) { thread_exit(arg_int(0)); }
ffffffc080206f0a:	1141                	add	sp,sp,-16
ffffffc080206f0c:	e406                	sd	ra,8(sp)
ffffffc080206f0e:	e022                	sd	s0,0(sp)
ffffffc080206f10:	0800                	add	s0,sp,16
ffffffc080206f12:	4501                	li	a0,0
ffffffc080206f14:	15c000ef          	jal	ffffffc080207070 <arg_int>
ffffffc080206f18:	d27fe0ef          	jal	ffffffc080205c3e <thread_exit>

ffffffc080206f1c <sys_thread_join>:

int64 sys_thread_join(void) { return thread_join(arg_int(0), arg_addr(1)); }
ffffffc080206f1c:	1101                	add	sp,sp,-32
ffffffc080206f1e:	ec06                	sd	ra,24(sp)
ffffffc080206f20:	e822                	sd	s0,16(sp)
ffffffc080206f22:	e426                	sd	s1,8(sp)
ffffffc080206f24:	1000                	add	s0,sp,32
ffffffc080206f26:	4501                	li	a0,0
ffffffc080206f28:	148000ef          	jal	ffffffc080207070 <arg_int>
ffffffc080206f2c:	84aa                	mv	s1,a0
ffffffc080206f2e:	4505                	li	a0,1
ffffffc080206f30:	164000ef          	jal	ffffffc080207094 <arg_addr>
ffffffc080206f34:	85aa                	mv	a1,a0
ffffffc080206f36:	8526                	mv	a0,s1
ffffffc080206f38:	ae6ff0ef          	jal	ffffffc08020621e <thread_join>
ffffffc080206f3c:	60e2                	ld	ra,24(sp)
ffffffc080206f3e:	6442                	ld	s0,16(sp)
ffffffc080206f40:	64a2                	ld	s1,8(sp)
ffffffc080206f42:	6105                	add	sp,sp,32
ffffffc080206f44:	8082                	ret

ffffffc080206f46 <sys_poweroff>:

int64 sys_poweroff(void) {
ffffffc080206f46:	1101                	add	sp,sp,-32
ffffffc080206f48:	ec06                	sd	ra,24(sp)
ffffffc080206f4a:	e822                	sd	s0,16(sp)
ffffffc080206f4c:	e426                	sd	s1,8(sp)
ffffffc080206f4e:	1000                	add	s0,sp,32
  int status = arg_int(0);
ffffffc080206f50:	4501                	li	a0,0
ffffffc080206f52:	11e000ef          	jal	ffffffc080207070 <arg_int>
ffffffc080206f56:	84aa                	mv	s1,a0
  kprintf("cowos: poweroff status=%d\n", status);
ffffffc080206f58:	85a6                	mv	a1,s1
ffffffc080206f5a:	00002517          	auipc	a0,0x2
ffffffc080206f5e:	d3650513          	add	a0,a0,-714 # ffffffc080208c90 <__func__.0+0x690>
ffffffc080206f62:	aadfc0ef          	jal	ffffffc080203a0e <kprintf>
  sbi_shutdown(status != 0);
ffffffc080206f66:	00903533          	snez	a0,s1
ffffffc080206f6a:	a75f90ef          	jal	ffffffc0802009de <sbi_shutdown>

ffffffc080206f6e <sys_exec>:
    if (copyinstr(argv[i], uarg, MAXARGLEN) < 0)
      return -1;
  }
}

int64 sys_exec(void) {
ffffffc080206f6e:	7145                	add	sp,sp,-464
ffffffc080206f70:	e3a2                	sd	s0,448(sp)
ffffffc080206f72:	f74e                	sd	s3,424(sp)
ffffffc080206f74:	0b80                	add	s0,sp,464
ffffffc080206f76:	e786                	sd	ra,456(sp)
ffffffc080206f78:	ff26                	sd	s1,440(sp)
ffffffc080206f7a:	fb4a                	sd	s2,432(sp)
ffffffc080206f7c:	f352                	sd	s4,416(sp)
ffffffc080206f7e:	ef56                	sd	s5,408(sp)
ffffffc080206f80:	eb5a                	sd	s6,400(sp)
  char path[MAXPATH], *argv[MAXARG + 1];
  int taken = 0, r = -1;
  if (arg_str(0, path, MAXPATH) >= 0 && fetch_args(arg_addr(1), argv, &taken) == 0)
ffffffc080206f82:	08000613          	li	a2,128
ffffffc080206f86:	e3840593          	add	a1,s0,-456
ffffffc080206f8a:	4501                	li	a0,0
ffffffc080206f8c:	12c000ef          	jal	ffffffc0802070b8 <arg_str>
ffffffc080206f90:	59fd                	li	s3,-1
ffffffc080206f92:	00055d63          	bgez	a0,ffffffc080206fac <sys_exec+0x3e>
    r = exec(path, argv);
  for (int i = 0; i < taken; i++)
    page_free(argv[i]);
  return r;
}
ffffffc080206f96:	60be                	ld	ra,456(sp)
ffffffc080206f98:	641e                	ld	s0,448(sp)
ffffffc080206f9a:	74fa                	ld	s1,440(sp)
ffffffc080206f9c:	795a                	ld	s2,432(sp)
ffffffc080206f9e:	7a1a                	ld	s4,416(sp)
ffffffc080206fa0:	6afa                	ld	s5,408(sp)
ffffffc080206fa2:	6b5a                	ld	s6,400(sp)
ffffffc080206fa4:	854e                	mv	a0,s3
ffffffc080206fa6:	79ba                	ld	s3,424(sp)
ffffffc080206fa8:	6179                	add	sp,sp,464
ffffffc080206faa:	8082                	ret
  if (arg_str(0, path, MAXPATH) >= 0 && fetch_args(arg_addr(1), argv, &taken) == 0)
ffffffc080206fac:	4505                	li	a0,1
ffffffc080206fae:	0e6000ef          	jal	ffffffc080207094 <arg_addr>
ffffffc080206fb2:	eb840493          	add	s1,s0,-328
ffffffc080206fb6:	8aaa                	mv	s5,a0
ffffffc080206fb8:	8a26                	mv	s4,s1
ffffffc080206fba:	4981                	li	s3,0
  for (int i = 0;; i++) {
ffffffc080206fbc:	4901                	li	s2,0
    if (i >= MAXARG || !(argv[i] = page_alloc()))
ffffffc080206fbe:	02000b13          	li	s6,32
ffffffc080206fc2:	a00d                	j	ffffffc080206fe4 <sys_exec+0x76>
ffffffc080206fc4:	c02fd0ef          	jal	ffffffc0802043c6 <page_alloc>
ffffffc080206fc8:	00aa3023          	sd	a0,0(s4)
    if (copyinstr(argv[i], uarg, MAXARGLEN) < 0)
ffffffc080206fcc:	40000613          	li	a2,1024
    if (i >= MAXARG || !(argv[i] = page_alloc()))
ffffffc080206fd0:	c905                	beqz	a0,ffffffc080207000 <sys_exec+0x92>
    if (copyinstr(argv[i], uarg, MAXARGLEN) < 0)
ffffffc080206fd2:	e3043583          	ld	a1,-464(s0)
    (*taken)++;
ffffffc080206fd6:	2905                	addw	s2,s2,1
    if (copyinstr(argv[i], uarg, MAXARGLEN) < 0)
ffffffc080206fd8:	0a21                	add	s4,s4,8
ffffffc080206fda:	8dffd0ef          	jal	ffffffc0802048b8 <copyinstr>
ffffffc080206fde:	09a1                	add	s3,s3,8
ffffffc080206fe0:	02054063          	bltz	a0,ffffffc080207000 <sys_exec+0x92>
    if (copyin(&uarg, uargv + i * sizeof(uint64), sizeof(uarg)) < 0)
ffffffc080206fe4:	013a85b3          	add	a1,s5,s3
ffffffc080206fe8:	4621                	li	a2,8
ffffffc080206fea:	e3040513          	add	a0,s0,-464
ffffffc080206fee:	805fd0ef          	jal	ffffffc0802047f2 <copyin>
ffffffc080206ff2:	00054763          	bltz	a0,ffffffc080207000 <sys_exec+0x92>
    if (uarg == 0) {
ffffffc080206ff6:	e3043783          	ld	a5,-464(s0)
ffffffc080206ffa:	c38d                	beqz	a5,ffffffc08020701c <sys_exec+0xae>
    if (i >= MAXARG || !(argv[i] = page_alloc()))
ffffffc080206ffc:	fd6914e3          	bne	s2,s6,ffffffc080206fc4 <sys_exec+0x56>
ffffffc080207000:	59fd                	li	s3,-1
  for (int i = 0; i < taken; i++)
ffffffc080207002:	f8090ae3          	beqz	s2,ffffffc080206f96 <sys_exec+0x28>
ffffffc080207006:	090e                	sll	s2,s2,0x3
ffffffc080207008:	eb840793          	add	a5,s0,-328
ffffffc08020700c:	993e                	add	s2,s2,a5
    page_free(argv[i]);
ffffffc08020700e:	6088                	ld	a0,0(s1)
  for (int i = 0; i < taken; i++)
ffffffc080207010:	04a1                	add	s1,s1,8
    page_free(argv[i]);
ffffffc080207012:	cc2fd0ef          	jal	ffffffc0802044d4 <page_free>
  for (int i = 0; i < taken; i++)
ffffffc080207016:	fe991ce3          	bne	s2,s1,ffffffc08020700e <sys_exec+0xa0>
ffffffc08020701a:	bfb5                	j	ffffffc080206f96 <sys_exec+0x28>
      argv[i] = NULL;
ffffffc08020701c:	fc098793          	add	a5,s3,-64
ffffffc080207020:	008789b3          	add	s3,a5,s0
ffffffc080207024:	ee09bc23          	sd	zero,-264(s3)
    r = exec(path, argv);
ffffffc080207028:	eb840593          	add	a1,s0,-328
ffffffc08020702c:	e3840513          	add	a0,s0,-456
ffffffc080207030:	8bcfe0ef          	jal	ffffffc0802050ec <exec>
ffffffc080207034:	89aa                	mv	s3,a0
ffffffc080207036:	b7f1                	j	ffffffc080207002 <sys_exec+0x94>

ffffffc080207038 <syscall>:
    [SYS_thread_create] = sys_thread_create, [SYS_thread_exit] = sys_thread_exit,
    [SYS_thread_join] = sys_thread_join,     [SYS_tlbmode] = sys_tlbmode,
    [SYS_kbench] = sys_kbench,
};

void syscall(void) {
ffffffc080207038:	1101                	add	sp,sp,-32
ffffffc08020703a:	e822                	sd	s0,16(sp)
ffffffc08020703c:	e426                	sd	s1,8(sp)
ffffffc08020703e:	ec06                	sd	ra,24(sp)
ffffffc080207040:	1000                	add	s0,sp,32
  struct trapframe *tf = curthread()->tf;
ffffffc080207042:	e13fe0ef          	jal	ffffffc080205e54 <curthread>
ffffffc080207046:	6124                	ld	s1,64(a0)
  uint64 num = tf->x[REG_A7];
  if (num <= SYS_MAX && handlers[num])
ffffffc080207048:	4779                	li	a4,30
ffffffc08020704a:	557d                	li	a0,-1
  uint64 num = tf->x[REG_A7];
ffffffc08020704c:	64dc                	ld	a5,136(s1)
  if (num <= SYS_MAX && handlers[num])
ffffffc08020704e:	00f76b63          	bltu	a4,a5,ffffffc080207064 <syscall+0x2c>
ffffffc080207052:	078e                	sll	a5,a5,0x3
ffffffc080207054:	00002717          	auipc	a4,0x2
ffffffc080207058:	c5c70713          	add	a4,a4,-932 # ffffffc080208cb0 <handlers>
ffffffc08020705c:	97ba                	add	a5,a5,a4
ffffffc08020705e:	639c                	ld	a5,0(a5)
ffffffc080207060:	c391                	beqz	a5,ffffffc080207064 <syscall+0x2c>
    tf->x[REG_A0] = handlers[num]();
ffffffc080207062:	9782                	jalr	a5
  else
    tf->x[REG_A0] = -1;
}
ffffffc080207064:	60e2                	ld	ra,24(sp)
ffffffc080207066:	6442                	ld	s0,16(sp)
    tf->x[REG_A0] = handlers[num]();
ffffffc080207068:	e8a8                	sd	a0,80(s1)
}
ffffffc08020706a:	64a2                	ld	s1,8(sp)
ffffffc08020706c:	6105                	add	sp,sp,32
ffffffc08020706e:	8082                	ret

ffffffc080207070 <arg_int>:

static uint64 arg_raw(int n) { return curthread()->tf->x[REG_A0 + n]; }

int arg_int(int n) { return (int)arg_raw(n); }
ffffffc080207070:	1101                	add	sp,sp,-32
ffffffc080207072:	e822                	sd	s0,16(sp)
ffffffc080207074:	e426                	sd	s1,8(sp)
ffffffc080207076:	ec06                	sd	ra,24(sp)
ffffffc080207078:	1000                	add	s0,sp,32
ffffffc08020707a:	84aa                	mv	s1,a0
static uint64 arg_raw(int n) { return curthread()->tf->x[REG_A0 + n]; }
ffffffc08020707c:	dd9fe0ef          	jal	ffffffc080205e54 <curthread>
ffffffc080207080:	613c                	ld	a5,64(a0)
int arg_int(int n) { return (int)arg_raw(n); }
ffffffc080207082:	60e2                	ld	ra,24(sp)
ffffffc080207084:	6442                	ld	s0,16(sp)
static uint64 arg_raw(int n) { return curthread()->tf->x[REG_A0 + n]; }
ffffffc080207086:	24a9                	addw	s1,s1,10
ffffffc080207088:	048e                	sll	s1,s1,0x3
ffffffc08020708a:	97a6                	add	a5,a5,s1
int arg_int(int n) { return (int)arg_raw(n); }
ffffffc08020708c:	4388                	lw	a0,0(a5)
ffffffc08020708e:	64a2                	ld	s1,8(sp)
ffffffc080207090:	6105                	add	sp,sp,32
ffffffc080207092:	8082                	ret

ffffffc080207094 <arg_addr>:

uint64 arg_addr(int n) { return arg_raw(n); }
ffffffc080207094:	1101                	add	sp,sp,-32
ffffffc080207096:	e822                	sd	s0,16(sp)
ffffffc080207098:	e426                	sd	s1,8(sp)
ffffffc08020709a:	ec06                	sd	ra,24(sp)
ffffffc08020709c:	1000                	add	s0,sp,32
ffffffc08020709e:	84aa                	mv	s1,a0
static uint64 arg_raw(int n) { return curthread()->tf->x[REG_A0 + n]; }
ffffffc0802070a0:	db5fe0ef          	jal	ffffffc080205e54 <curthread>
ffffffc0802070a4:	613c                	ld	a5,64(a0)
uint64 arg_addr(int n) { return arg_raw(n); }
ffffffc0802070a6:	60e2                	ld	ra,24(sp)
ffffffc0802070a8:	6442                	ld	s0,16(sp)
static uint64 arg_raw(int n) { return curthread()->tf->x[REG_A0 + n]; }
ffffffc0802070aa:	24a9                	addw	s1,s1,10
ffffffc0802070ac:	048e                	sll	s1,s1,0x3
ffffffc0802070ae:	97a6                	add	a5,a5,s1
uint64 arg_addr(int n) { return arg_raw(n); }
ffffffc0802070b0:	6388                	ld	a0,0(a5)
ffffffc0802070b2:	64a2                	ld	s1,8(sp)
ffffffc0802070b4:	6105                	add	sp,sp,32
ffffffc0802070b6:	8082                	ret

ffffffc0802070b8 <arg_str>:

int arg_str(int n, char *buf, int max) { return copyinstr(buf, arg_raw(n), max); }
ffffffc0802070b8:	7179                	add	sp,sp,-48
ffffffc0802070ba:	f022                	sd	s0,32(sp)
ffffffc0802070bc:	ec26                	sd	s1,24(sp)
ffffffc0802070be:	e84a                	sd	s2,16(sp)
ffffffc0802070c0:	e44e                	sd	s3,8(sp)
ffffffc0802070c2:	f406                	sd	ra,40(sp)
ffffffc0802070c4:	1800                	add	s0,sp,48
ffffffc0802070c6:	892e                	mv	s2,a1
ffffffc0802070c8:	89b2                	mv	s3,a2
ffffffc0802070ca:	84aa                	mv	s1,a0
static uint64 arg_raw(int n) { return curthread()->tf->x[REG_A0 + n]; }
ffffffc0802070cc:	d89fe0ef          	jal	ffffffc080205e54 <curthread>
ffffffc0802070d0:	613c                	ld	a5,64(a0)
ffffffc0802070d2:	24a9                	addw	s1,s1,10
ffffffc0802070d4:	048e                	sll	s1,s1,0x3
int arg_str(int n, char *buf, int max) { return copyinstr(buf, arg_raw(n), max); }
ffffffc0802070d6:	7402                	ld	s0,32(sp)
static uint64 arg_raw(int n) { return curthread()->tf->x[REG_A0 + n]; }
ffffffc0802070d8:	97a6                	add	a5,a5,s1
int arg_str(int n, char *buf, int max) { return copyinstr(buf, arg_raw(n), max); }
ffffffc0802070da:	70a2                	ld	ra,40(sp)
ffffffc0802070dc:	64e2                	ld	s1,24(sp)
ffffffc0802070de:	638c                	ld	a1,0(a5)
ffffffc0802070e0:	864e                	mv	a2,s3
ffffffc0802070e2:	854a                	mv	a0,s2
ffffffc0802070e4:	69a2                	ld	s3,8(sp)
ffffffc0802070e6:	6942                	ld	s2,16(sp)
ffffffc0802070e8:	6145                	add	sp,sp,48
ffffffc0802070ea:	fcefd06f          	j	ffffffc0802048b8 <copyinstr>

ffffffc0802070ee <arg_fd>:

int arg_fd(int n, int *fd, struct file **f) {
ffffffc0802070ee:	7179                	add	sp,sp,-48
ffffffc0802070f0:	f022                	sd	s0,32(sp)
ffffffc0802070f2:	ec26                	sd	s1,24(sp)
ffffffc0802070f4:	e84a                	sd	s2,16(sp)
ffffffc0802070f6:	e44e                	sd	s3,8(sp)
ffffffc0802070f8:	f406                	sd	ra,40(sp)
ffffffc0802070fa:	e052                	sd	s4,0(sp)
ffffffc0802070fc:	1800                	add	s0,sp,48
ffffffc0802070fe:	84aa                	mv	s1,a0
ffffffc080207100:	892e                	mv	s2,a1
ffffffc080207102:	89b2                	mv	s3,a2
static uint64 arg_raw(int n) { return curthread()->tf->x[REG_A0 + n]; }
ffffffc080207104:	d51fe0ef          	jal	ffffffc080205e54 <curthread>
ffffffc080207108:	613c                	ld	a5,64(a0)
ffffffc08020710a:	24a9                	addw	s1,s1,10
ffffffc08020710c:	048e                	sll	s1,s1,0x3
ffffffc08020710e:	97a6                	add	a5,a5,s1
int arg_int(int n) { return (int)arg_raw(n); }
ffffffc080207110:	4384                	lw	s1,0(a5)
  int i = arg_int(n);
  if (i < 0 || i >= NOFILE || !curproc()->ofile[i])
ffffffc080207112:	47bd                	li	a5,15
ffffffc080207114:	0497e163          	bltu	a5,s1,ffffffc080207156 <arg_fd+0x68>
ffffffc080207118:	d5ffe0ef          	jal	ffffffc080205e76 <curproc>
ffffffc08020711c:	00848a13          	add	s4,s1,8
ffffffc080207120:	003a1793          	sll	a5,s4,0x3
ffffffc080207124:	953e                	add	a0,a0,a5
ffffffc080207126:	651c                	ld	a5,8(a0)
ffffffc080207128:	c79d                	beqz	a5,ffffffc080207156 <arg_fd+0x68>
    return -1;
  if (fd)
ffffffc08020712a:	00090463          	beqz	s2,ffffffc080207132 <arg_fd+0x44>
    *fd = i;
ffffffc08020712e:	00992023          	sw	s1,0(s2)
  if (f)
ffffffc080207132:	00098963          	beqz	s3,ffffffc080207144 <arg_fd+0x56>
    *f = curproc()->ofile[i];
ffffffc080207136:	d41fe0ef          	jal	ffffffc080205e76 <curproc>
ffffffc08020713a:	0a0e                	sll	s4,s4,0x3
ffffffc08020713c:	9552                	add	a0,a0,s4
ffffffc08020713e:	651c                	ld	a5,8(a0)
ffffffc080207140:	00f9b023          	sd	a5,0(s3)
  return 0;
ffffffc080207144:	4501                	li	a0,0
}
ffffffc080207146:	70a2                	ld	ra,40(sp)
ffffffc080207148:	7402                	ld	s0,32(sp)
ffffffc08020714a:	64e2                	ld	s1,24(sp)
ffffffc08020714c:	6942                	ld	s2,16(sp)
ffffffc08020714e:	69a2                	ld	s3,8(sp)
ffffffc080207150:	6a02                	ld	s4,0(sp)
ffffffc080207152:	6145                	add	sp,sp,48
ffffffc080207154:	8082                	ret
    return -1;
ffffffc080207156:	557d                	li	a0,-1
ffffffc080207158:	b7fd                	j	ffffffc080207146 <arg_fd+0x58>

ffffffc08020715a <__ctzdi2>:
ffffffc08020715a:	40a007b3          	neg	a5,a0
ffffffc08020715e:	8d7d                	and	a0,a0,a5
ffffffc080207160:	03855793          	srl	a5,a0,0x38
ffffffc080207164:	e795                	bnez	a5,ffffffc080207190 <__ctzdi2+0x36>
ffffffc080207166:	03800793          	li	a5,56
ffffffc08020716a:	17e1                	add	a5,a5,-8
ffffffc08020716c:	c791                	beqz	a5,ffffffc080207178 <__ctzdi2+0x1e>
ffffffc08020716e:	00f55733          	srl	a4,a0,a5
ffffffc080207172:	0ff77713          	zext.b	a4,a4
ffffffc080207176:	db75                	beqz	a4,ffffffc08020716a <__ctzdi2+0x10>
ffffffc080207178:	00f55533          	srl	a0,a0,a5
ffffffc08020717c:	00271717          	auipc	a4,0x271
ffffffc080207180:	e8c70713          	add	a4,a4,-372 # ffffffc080478008 <__clz_tab>
ffffffc080207184:	972a                	add	a4,a4,a0
ffffffc080207186:	00074503          	lbu	a0,0(a4)
ffffffc08020718a:	17fd                	add	a5,a5,-1
ffffffc08020718c:	9d3d                	addw	a0,a0,a5
ffffffc08020718e:	8082                	ret
ffffffc080207190:	03800793          	li	a5,56
ffffffc080207194:	b7d5                	j	ffffffc080207178 <__ctzdi2+0x1e>
	...
