/* A reader for the flattened device tree (devicetree specification,
 * "Flattened Devicetree (DTB) Format"): big-endian header, a structure
 * block of tokens, a strings block of property names. We walk it once and
 * keep what struct machine names. */
#include "lib/dtb.h"
#include "lib/printf.h"
#include "lib/string.h"

#define FDT_MAGIC 0xd00dfeed
/* Header fields: byte offsets of big-endian 32-bit words. */
#define FDT_HDR_TOTALSIZE 4
#define FDT_HDR_OFF_STRUCT 8
#define FDT_HDR_OFF_STRINGS 12
#define FDT_HDR_OFF_RSVMAP 16
#define FDT_RSV_ENTRY 16 /* a reservation: 64-bit address, 64-bit size */
#define FDT_BEGIN_NODE 1
#define FDT_END_NODE 2
#define FDT_PROP 3
#define FDT_NOP 4
#define FDT_END 9
#define MAX_DEPTH 8

struct machine machine;

static uint32 be32(const void *p) {
  const uint8 *b = p;
  return (uint32)b[0] << 24 | (uint32)b[1] << 16 | (uint32)b[2] << 8 | b[3];
}

static uint64 be_cells(const uint8 *p, int cells) {
  uint64 v = 0;
  for (int i = 0; i < cells; i++)
    v = v << 32 | be32(p + 4 * i);
  return v;
}

/* What we learn about one node while reading its properties. */
struct node {
  const char *name;
  const uint8 *reg;
  int reg_len;
  const char *compatible;
  int compatible_len;
  const char *device_type;
  const char *status;
  int interrupt;
  int addr_cells, size_cells; /* for this node's children */
};

static bool compatible_has(const struct node *n, const char *want) {
  for (int i = 0; i < n->compatible_len; i += strlen(n->compatible + i) + 1)
    if (strncmp(n->compatible + i, want, strlen(want) + 1) == 0)
      return true;
  return false;
}

static bool name_is(const char *name, const char *base) {
  size_t n = strlen(base);
  return strncmp(name, base, n) == 0 && (name[n] == 0 || name[n] == '@');
}

static void add_reserved(uint64 base, uint64 size) {
  if (machine.nreserved < DTB_MAX_RESERVED) {
    machine.reserved[machine.nreserved].base = base;
    machine.reserved[machine.nreserved].size = size;
    machine.nreserved++;
  }
}

/* Records a node's facts once its properties are known (at its end). */
static void finish_node(struct node *stack, int depth) {
  struct node *n = &stack[depth];
  struct node *parent = depth > 0 ? &stack[depth - 1] : n;
  int ac = parent->addr_cells, sc = parent->size_cells;
  uint64 base = n->reg ? be_cells(n->reg, ac) : 0;
  uint64 size = n->reg && sc ? be_cells(n->reg + 4 * ac, sc) : 0;

  if (depth == 1 && n->device_type && strncmp(n->device_type, "memory", 7) == 0) {
    if (machine.mem_size == 0) {
      machine.mem_base = base;
      machine.mem_size = size;
    }
  } else if (depth == 2 && name_is(parent->name, "cpus") && name_is(n->name, "cpu")) {
    bool ok = !n->status || strncmp(n->status, "okay", 5) == 0;
    if (ok && n->reg && machine.nharts < NCPU)
      machine.hartids[machine.nharts++] = base;
  } else if (depth == 2 && name_is(parent->name, "reserved-memory") && n->reg) {
    add_reserved(base, size);
  } else if (compatible_has(n, "ns16550a") && machine.uart_base == 0) {
    machine.uart_base = base;
    machine.uart_irq = n->interrupt;
  } else if ((compatible_has(n, "riscv,plic0") || compatible_has(n, "sifive,plic-1.0.0")) &&
             machine.plic_base == 0) {
    machine.plic_base = base;
  }
}

/* Reads one property into the current node. */
static void read_prop(struct node *stack, int depth, const char *pname, const uint8 *val, int len) {
  struct node *n = &stack[depth];
  if (strncmp(pname, "reg", 4) == 0) {
    n->reg = val;
    n->reg_len = len;
  } else if (strncmp(pname, "compatible", 11) == 0) {
    n->compatible = (const char *)val;
    n->compatible_len = len;
  } else if (strncmp(pname, "device_type", 12) == 0) {
    n->device_type = (const char *)val;
  } else if (strncmp(pname, "status", 7) == 0) {
    n->status = (const char *)val;
  } else if (strncmp(pname, "interrupts", 11) == 0 && len >= 4) {
    n->interrupt = be32(val);
  } else if (strncmp(pname, "#address-cells", 15) == 0) {
    n->addr_cells = be32(val);
  } else if (strncmp(pname, "#size-cells", 12) == 0) {
    n->size_cells = be32(val);
  } else if (strncmp(pname, "timebase-frequency", 19) == 0 && name_is(n->name, "cpus")) {
    machine.timebase_hz = len == 8 ? be_cells(val, 2) : be32(val);
  } else if (strncmp(pname, "bootargs", 9) == 0 && depth == 1) {
    safestrcpy(machine.bootargs, (const char *)val, sizeof(machine.bootargs));
  }
}

void dtb_parse(const void *dtb, uint64 pa) {
  const uint8 *blob = dtb;
  if (be32(blob) != FDT_MAGIC)
    panic("dtb_parse: no device tree at %p", (void *)pa);
  machine.dtb_pa = pa;
  machine.dtb_size = be32(blob + FDT_HDR_TOTALSIZE);
  const uint8 *p = blob + be32(blob + FDT_HDR_OFF_STRUCT);
  const char *strings = (const char *)blob + be32(blob + FDT_HDR_OFF_STRINGS);
  for (const uint8 *rsv = blob + be32(blob + FDT_HDR_OFF_RSVMAP); be_cells(rsv + 8, 2);
       rsv += FDT_RSV_ENTRY)
    add_reserved(be_cells(rsv, 2), be_cells(rsv + 8, 2));

  struct node stack[MAX_DEPTH];
  int depth = -1;
  for (;;) {
    uint32 tok = be32(p);
    p += 4;
    if (tok == FDT_BEGIN_NODE) {
      const char *name = (const char *)p;
      p += (strlen(name) + 4) & ~3UL;
      if (++depth >= MAX_DEPTH)
        panic("dtb_parse: tree deeper than %d", MAX_DEPTH);
      memset(&stack[depth], 0, sizeof(stack[depth]));
      stack[depth].name = name;
      stack[depth].addr_cells = 2;
      stack[depth].size_cells = 1;
    } else if (tok == FDT_END_NODE) {
      finish_node(stack, depth);
      depth--;
    } else if (tok == FDT_PROP) {
      int len = be32(p);
      const char *pname = strings + be32(p + 4);
      read_prop(stack, depth, pname, p + 8, len);
      p += 8 + ((len + 3) & ~3);
    } else if (tok == FDT_NOP) {
      continue;
    } else {
      break; /* FDT_END or garbage */
    }
  }
  if (machine.mem_size == 0 || machine.nharts == 0 || machine.uart_base == 0)
    panic("dtb_parse: no memory, harts or UART in the device tree");
  if (machine.timebase_hz == 0)
    machine.timebase_hz = 10000000;
}
