/* System-call dispatch: the number in a7 selects the handler, whose result
 * goes back in a0. Arguments are read from the saved user registers. */
#include "sys/syscall.h"
#include "sys/sysfuncs.h"
#include "proc/proc.h"
#include "sync/spinlock.h"
#include "fs/file.h"
#include "mm/uaccess.h"
#include "uapi/syscall.h"

static int64 (*const handlers[SYS_MAX + 1])(void) = {
#define SYSCALL_HANDLER(num, name, how, ret, params) [num] = sys_##name,
    SYSCALLS(SYSCALL_HANDLER)
#undef SYSCALL_HANDLER
};

void syscall(void) {
  struct trapframe *tf = curthread()->tf;
  uint64 num = tf->x[REG_A7];
  if (num <= SYS_MAX && handlers[num])
    tf->x[REG_A0] = handlers[num]();
  else
    tf->x[REG_A0] = -1;
}

static uint64 arg_raw(int n) { return curthread()->tf->x[REG_A0 + n]; }

int arg_int(int n) { return (int)arg_raw(n); }

uint64 arg_addr(int n) { return arg_raw(n); }

int arg_str(int n, char *buf, int max) { return copyinstr(buf, arg_raw(n), max); }

int arg_fd(int n, int *fd, struct file **f) {
  struct proc *p = curproc();
  int i = arg_int(n);
  if (i < 0 || i >= NOFILE)
    return -1;
  spin_lock(&p->lock); /* a sibling thread may close i at any moment */
  struct file *file = p->ofile[i];
  if (file && f)
    *f = file_dup(file);
  spin_unlock(&p->lock);
  if (!file)
    return -1;
  if (fd)
    *fd = i;
  return 0;
}
