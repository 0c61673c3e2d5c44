/* Kernel backtraces, from the frame-pointer chain (the kernel is built with
 * -fno-omit-frame-pointer). */
#ifndef BACKTRACE_H
#define BACKTRACE_H

/* Prints "backtrace:" and a line per frame above the caller's, innermost
 * first (the first is where the caller was called from), each pc named
 * from the kernel's symbol table where it can be. Stops at a frame pointer
 * that is not a kernel address or does not grow, or after 24 frames. */
void backtrace(void);

#endif
