/* Boot: the first hart reads the device tree, brings up memory, devices,
 * files and the first process, then starts the other harts; every hart
 * ends in its scheduler. */
#include "lib/dtb.h"
#include "lib/printf.h"
#include "lib/string.h"
#include "arch/riscv/cpu.h"
#include "arch/riscv/memlayout.h"
#include "arch/riscv/pmap.h"
#include "arch/riscv/plic.h"
#include "arch/riscv/sbi.h"
#include "arch/riscv/tlb.h"
#include "arch/riscv/trap.h"
#include "dev/uart.h"
#include "dev/console.h"
#include "fs/fs.h"
#include "mm/kalloc.h"
#include "mm/page.h"
#include "mm/vm.h"
#include "proc/proc.h"
#include "proc/sched.h"
#include "sync/ticks.h"
#include "sys/sysfuncs.h"
#include "uapi/syscall.h"

extern char kernel_end[];
extern char _start[], secondary_start[];
/* entry.S's hart table: boot_hartids[i] is cpu i's hartid, valid once
 * boot_ncpu (written once, store-release; 0 before) is non-zero. */
extern uint64 boot_hartids[NCPU];
extern uint32 boot_ncpu;

/* Boot arguments split into words; those after "--" go to /init. */
static char *init_argv[MAXARG + 2];

/* Set by the test option hartentry=start: start_other_harts sends the other
 * harts to _start with the DTB in a1, where OpenSBI 1.1 can send them by
 * mistake (entry.S), so that a test can check that they still boot. */
static bool start_harts_at_boot_entry;

/* Applies kernel options (forkmode=eager|cow|odf, tlbmode=ipi|sbi,
 * hartentry=start) and collects init's argv. */
static void parse_bootargs(char *s) {
  int argc = 0;
  bool for_init = false;
  init_argv[argc++] = "init";
  while (*s) {
    while (*s == ' ')
      *s++ = 0;
    if (!*s)
      break;
    char *word = s;
    while (*s && *s != ' ')
      s++;
    if (*s)
      *s++ = 0;
    if (for_init && argc < MAXARG + 1)
      init_argv[argc++] = word;
    else if (strncmp(word, "--", 3) == 0)
      for_init = true;
    else if (strncmp(word, "forkmode=eager", 15) == 0)
      vm_set_fork_mode(FORK_EAGER);
    else if (strncmp(word, "forkmode=cow", 13) == 0)
      vm_set_fork_mode(FORK_COW);
    else if (strncmp(word, "forkmode=odf", 13) == 0)
      vm_set_fork_mode(FORK_ODF);
    else if (strncmp(word, "tlbmode=ipi", 12) == 0)
      tlb_set_mode(TLB_IPI);
    else if (strncmp(word, "tlbmode=sbi", 12) == 0)
      tlb_set_mode(TLB_SBI_RFENCE);
    else if (strncmp(word, "hartentry=start", 16) == 0)
      start_harts_at_boot_entry = true;
    else
      kprintf("cowos: unknown boot option '%s' ignored\n", word);
  }
  init_argv[argc] = NULL;
}

/* Free RAM: from the end of the kernel (after the page array) up to the
 * first reserved range or the device tree above it. */
static void memory_init(void) {
  uint64 mem_end = machine.mem_base + machine.mem_size;
  uint64 array_pa = PGROUNDUP(V2P(kernel_end));
  page_array_init(machine.mem_base, machine.mem_size, array_pa);
  uint64 start = PGROUNDUP(array_pa + page_array_bytes(machine.mem_size));
  uint64 end = mem_end;
  if (machine.dtb_pa >= start && machine.dtb_pa < end)
    end = machine.dtb_pa;
  for (int i = 0; i < machine.nreserved; i++)
    if (machine.reserved[i].base >= start && machine.reserved[i].base < end)
      end = machine.reserved[i].base;
  kalloc_init(start, PGROUNDDOWN(end));
}

/* Starts every other hart in the device tree. A started hart finds its cpu
 * index by looking up its hartid in boot_hartids, whichever door of
 * entry.S it comes in by and whatever its a1 (see there: OpenSBI 1.1 can
 * send it to _start); it may arrive as soon as its hart_start call has
 * begun. Runs on the boot hart once everything a secondary uses is set up. */
static void start_other_harts(uint64 boot_hartid) {
  int n = 1;
  boot_hartids[0] = boot_hartid;
  for (int i = 0; i < machine.nharts; i++)
    if (machine.hartids[i] != boot_hartid && n < NCPU) {
      cpus[n].id = n;
      cpus[n].hartid = machine.hartids[i];
      boot_hartids[n++] = machine.hartids[i];
    }
  ncpu = n;
  /* Release (GCC 12: fence iorw,ow; amoswap.w): a hart that reads n in
   * find_cpu (lw; fence r,rw) sees the table, cpus[] and all the boot hart
   * set up before. */
  __atomic_store_n(&boot_ncpu, n, __ATOMIC_RELEASE);
  uint64 entry = V2P(start_harts_at_boot_entry ? _start : secondary_start);
  uint64 arg = start_harts_at_boot_entry ? machine.dtb_pa : 0;
  for (int i = 1; i < n; i++) {
    long err = sbi_hart_start(cpus[i].hartid, entry, arg);
    if (err)
      panic("cannot start hart %d (SBI error %ld)", (int)cpus[i].hartid, err);
  }
}

void kmain(uint64 hartid, uint64 dtb_pa) {
  w_tp((uint64)&cpus[0]);
  cpus[0].hartid = hartid;
  dtb_parse(P2V(dtb_pa), dtb_pa);
  uart_init(machine.uart_base, machine.uart_irq);
  kprintf("\ncowos: %d harts, %lu MiB of RAM at %p, boot hart %d\n", machine.nharts,
          machine.mem_size >> 20, (void *)machine.mem_base, (int)hartid);
  pmap_init(machine.mem_base, machine.mem_size);
  memory_init();
  kbench_init();
  ticks_init();
  trap_init_hart();
  plic_init(machine.plic_base, machine.uart_irq);
  plic_init_hart(hartid);
  proc_init();
  fs_init();
  console_init();
  parse_bootargs(machine.bootargs);
  start_other_harts(hartid);
  kprintf("cowos: %lu free pages, fork mode %s, tlb mode %s, %d ASID bits (unused, see README)\n",
          kalloc_free_pages(), FORK_MODE_NAME(vm_fork_mode()),
          tlb_mode() == TLB_SBI_RFENCE ? "sbi" : "ipi", pmap_probe_asid_bits());
  proc_start_init(init_argv);
  scheduler();
}

void kmain_secondary(uint64 hartid, uint64 id) {
  w_tp((uint64)&cpus[id]);
  trap_init_hart();
  scheduler();
}
