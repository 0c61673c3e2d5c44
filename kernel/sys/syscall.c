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
    [SYS_fork] = sys_fork,         [SYS_exit] = sys_exit,     [SYS_wait] = sys_wait,
    [SYS_pipe] = sys_pipe,         [SYS_read] = sys_read,     [SYS_kill] = sys_kill,
    [SYS_exec] = sys_exec,         [SYS_fstat] = sys_fstat,   [SYS_chdir] = sys_chdir,
    [SYS_dup] = sys_dup,           [SYS_getpid] = sys_getpid, [SYS_sbrk] = sys_sbrk,
    [SYS_sleep] = sys_sleep,       [SYS_uptime] = sys_uptime, [SYS_open] = sys_open,
    [SYS_write] = sys_write,       [SYS_mknod] = sys_mknod,   [SYS_unlink] = sys_unlink,
    [SYS_link] = sys_link,         [SYS_mkdir] = sys_mkdir,   [SYS_close] = sys_close,
    [SYS_poweroff] = sys_poweroff, [SYS_forkmode] = sys_forkmode,
    [SYS_vmstat] = sys_vmstat,     [SYS_ncpu] = sys_ncpu,
    [SYS_thread_create] = sys_thread_create, [SYS_thread_exit] = sys_thread_exit,
    [SYS_thread_join] = sys_thread_join,     [SYS_tlbmode] = sys_tlbmode,
    [SYS_kbench] = sys_kbench,               [SYS_procdump] = sys_procdump,
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
