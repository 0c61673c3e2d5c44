/* Memory system calls: sbrk, and the extensions forkmode, vmstat and
 * pageinfo. */
#include "sys/sysfuncs.h"
#include "sys/syscall.h"
#include "proc/proc.h"
#include "arch/riscv/cpu.h"
#include "mm/vm.h"
#include "mm/kalloc.h"
#include "mm/uaccess.h"
#include "uapi/syscall.h"
#include "uapi/vmstat.h"

int64 sys_sbrk(void) { return vm_sbrk(curproc()->vm, arg_int(0)); }

int64 sys_forkmode(void) {
  int mode = arg_int(0);
  if (mode == -1)
    return vm_fork_mode();
  if (mode != FORK_EAGER && mode != FORK_COW && mode != FORK_ODF)
    return -1;
  return vm_set_fork_mode(mode);
}

int64 sys_vmstat(void) {
  uint64 vals[VMSTAT_COUNT];
  int n = arg_int(1);
  if (n < 0)
    return -1;
  for (int i = 0; i < VMSTAT_COUNT; i++)
    vals[i] = stat_sum(i);
  vals[VM_free_pages] = kalloc_free_pages();
  vals[VM_total_pages] = kalloc_total_pages();
  if (n > VMSTAT_COUNT)
    n = VMSTAT_COUNT;
  if (copyout(arg_addr(0), vals, n * sizeof(uint64)) < 0)
    return -1;
  return VMSTAT_COUNT;
}

_Static_assert(PAGEINFO_R == PROT_R && PAGEINFO_W == PROT_W && PAGEINFO_X == PROT_X,
               "pageinfo's flags are the PROT_ bits");

int64 sys_pageinfo(void) {
  uint64 info[PAGEINFO_WORDS];
  int prot;
  bool cow;
  struct vmspace *vs = curproc()->vm;
  if (vm_page_info(vs, arg_addr(0), &info[PAGEINFO_PFN], &info[PAGEINFO_REFS], &prot, &cow) < 0)
    return -1;
  info[PAGEINFO_FLAGS] = prot | (cow ? PAGEINFO_COW : 0);
  if (copyout(arg_addr(1), info, sizeof(info)) < 0)
    return -1;
  return 0;
}
