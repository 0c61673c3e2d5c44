/* System-call stubs: each loads its number into a7 and traps with ecall;
 * arguments are already in a0..a5 and the result comes back in a0. */
#include "uapi/syscall.h"

#define SYSCALL(name)           \
  .global name;                 \
  .type name, @function;        \
name:                           \
  li a7, SYS_##name;            \
  ecall;                        \
  ret;                          \
  .size name, . - name

/* One stub per call of the table that the library does not write itself. */
#define SYSCALL_STUB(name) SYSCALL(name);
#define SYSCALL_OWN(name)
#define SYSCALL_ENTRY(num, name, how, ret, params) SYSCALL_##how(name)
.text
SYSCALLS(SYSCALL_ENTRY)

/* long syscall(long n, long a, long b, long c, long d, long e, long f):
 * system call n with six raw argument registers, for programs that pass
 * what the typed stubs cannot (junk in the upper half of an int). */
.global syscall
.type syscall, @function
syscall:
  mv a7, a0
  mv a0, a1
  mv a1, a2
  mv a2, a3
  mv a3, a4
  mv a4, a5
  mv a5, a6
  ecall
  ret
.size syscall, . - syscall
