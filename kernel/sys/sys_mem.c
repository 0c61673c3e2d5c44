/* Memory system calls: sbrk, and the extensions forkmode and vmstat. */
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
