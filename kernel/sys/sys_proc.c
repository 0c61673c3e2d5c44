/* Process system calls: fork, exit, wait, kill, exec, getpid, sleep,
 * uptime, and the extensions poweroff and ncpu. */
#include "sys/sysfuncs.h"
#include "sys/syscall.h"
#include "proc/proc.h"
#include "proc/exec.h"
#include "arch/riscv/cpu.h"
#include "mm/kalloc.h"
#include "mm/uaccess.h"
#include "sync/ticks.h"
#include "arch/riscv/sbi.h"
#include "lib/printf.h"
#include "param.h"
#include "sync/wait.h"

int64 sys_fork(void) { return proc_fork(); }

int64 sys_exit(void) { proc_exit(arg_int(0)); }

int64 sys_wait(void) { return proc_wait(arg_addr(0)); }

int64 sys_kill(void) { return proc_kill(arg_int(0)); }

int64 sys_getpid(void) { return curproc()->pid; }

int64 sys_sleep(void) {
  int n = arg_int(0);
  return ticks_sleep(n < 0 ? 0 : n);
}

int64 sys_uptime(void) { return ticks_now(); }

int64 sys_ncpu(void) { return ncpu; }

int64 sys_procdump(void) {
  thread_dump();
  return 0;
}

int64 sys_thread_create(void) { return thread_create(arg_addr(0), arg_addr(1), arg_addr(2)); }

int64 sys_thread_exit(void) { thread_exit(arg_int(0)); }

int64 sys_thread_join(void) { return thread_join(arg_int(0), arg_addr(1)); }

int64 sys_poweroff(void) {
  int status = arg_int(0);
  kprintf("cowos: poweroff status=%d\n", status);
  sbi_shutdown(status != 0);
}

/* Copies the user's argv into pages, one per string, ending argv with
 * NULL. Returns 0 or -1; either way *taken pages were allocated. */
static int fetch_args(uint64 uargv, char **argv, int *taken) {
  *taken = 0;
  for (int i = 0;; i++) {
    uint64 uarg;
    if (copyin(&uarg, uargv + i * sizeof(uint64), sizeof(uarg)) < 0)
      return -1;
    if (uarg == 0) {
      argv[i] = NULL;
      return 0;
    }
    if (i >= MAXARG || !(argv[i] = page_alloc()))
      return -1;
    (*taken)++;
    if (copyinstr(argv[i], uarg, MAXARGLEN) < 0)
      return -1;
  }
}

int64 sys_exec(void) {
  char path[MAXPATH], *argv[MAXARG + 1];
  int taken = 0, r = -1;
  if (arg_str(0, path, MAXPATH) >= 0 && fetch_args(arg_addr(1), argv, &taken) == 0)
    r = exec(path, argv);
  for (int i = 0; i < taken; i++)
    page_put(argv[i]);
  return r;
}
