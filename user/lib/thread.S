/* thread_create: puts fn and arg at the top of the new stack and starts
 * the thread in thread_trampoline, which calls fn(arg) and then
 * thread_exit with fn's return value. (The plain thread stubs are in
 * usys.S.) */
#include "uapi/syscall.h"

.text
.global thread_create
.type thread_create, @function
thread_create:          /* a0 = fn, a1 = arg, a2 = stack top */
  andi a2, a2, -16
  addi a2, a2, -16
  sd a0, 0(a2)
  sd a1, 8(a2)
  lla a0, thread_trampoline
  mv a1, zero
  li a7, SYS_thread_create
  ecall
  ret
.size thread_create, . - thread_create

.type thread_trampoline, @function
thread_trampoline:      /* sp = the 16 bytes written above */
  ld t0, 0(sp)
  ld a0, 8(sp)
  jalr t0
  li a7, SYS_thread_exit
  ecall
.size thread_trampoline, . - thread_trampoline
