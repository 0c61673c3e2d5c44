/* System-call dispatch and argument fetching. Arguments come from the
 * current thread's saved user registers a0..a5. */
#ifndef SYSCALL_H
#define SYSCALL_H
#include "lib/types.h"

struct file;

void syscall(void);

int arg_int(int n);
uint64 arg_addr(int n);
/* Copies argument n as a string of at most max bytes (NUL included) into
 * buf; returns its length or -1 (bad address, or no NUL within max). */
int arg_str(int n, char *buf, int max);
/* Fetches argument n as an open descriptor; returns 0, or -1 if it is not
 * one. Either out-pointer may be NULL. *f comes with a reference of its own
 * (a sibling thread may close the descriptor meanwhile): the caller drops
 * it with file_close when done. */
int arg_fd(int n, int *fd, struct file **f);

#endif
