/* Trap dispatch. From user mode: system calls, page faults (to the memory
 * system), other exceptions (kill the process with one line naming pid,
 * cause and address), interrupts. From the kernel: interrupts only; any
 * exception there is a kernel bug and panics naming hart and cause. */
#include "arch/riscv/trap.h"
#include "arch/riscv/riscv.h"
#include "arch/riscv/timer.h"
#include "arch/riscv/plic.h"
#include "arch/riscv/tlb.h"
#include "arch/riscv/trapframe.h"
#include "proc/proc.h"
#include "arch/riscv/cpu.h"
#include "mm/vm.h"
#include "sys/syscall.h"
#include "dev/uart.h"
#include "sync/wait.h"
#include "sync/ticks.h"
#include "lib/printf.h"

_Static_assert(__builtin_offsetof(struct trapframe, epc) == TF_EPC, "TF_EPC");
_Static_assert(__builtin_offsetof(struct trapframe, kernel_tp) == TF_KTP, "TF_KTP");
_Static_assert(__builtin_offsetof(struct trapframe, kernel_sp) == TF_KSP, "TF_KSP");
_Static_assert(sizeof(struct trapframe) == TF_SIZE, "TF_SIZE");
_Static_assert(TF_SIZE % 16 == 0, "trapframe keeps sp 16-byte aligned");
/* swtch.S saves ra, sp, s0..s11 at 0, 8, 16..104. */
_Static_assert(__builtin_offsetof(struct context, ra) == 0, "context.ra");
_Static_assert(__builtin_offsetof(struct context, sp) == 8, "context.sp");
_Static_assert(__builtin_offsetof(struct context, s) == 16, "context.s");
_Static_assert(sizeof(struct context) == 14 * 8, "context: ra, sp, s0..s11");

extern char trap_vector[];
extern void user_return(struct trapframe *tf) __attribute__((noreturn));
extern volatile uint32 panicked;

void trap_init_hart(void) {
  csr_write(stvec, (uint64)trap_vector);
  csr_write(sscratch, 0);
  csr_write(scounteren, SCOUNTEREN_TM);
  csr_set(sie, SIE_SSIE | SIE_STIE | SIE_SEIE);
  timer_init_hart();
}

/* A timer interrupt: halts this hart if another has panicked, else
 * programs the next tick and, on cpu 0, advances the tick count. */
static void timer_trap(void) {
  if (panicked)
    for (;;)
      wfi();
  uint64 t;
  if (timer_intr(&t))
    ticks_advance(t);
}

/* Handles an interrupt; returns true for a timer tick (time to yield). */
static bool handle_interrupt(uint64 scause) {
  switch (scause & ~SCAUSE_INTERRUPT) {
  case IRQ_S_TIMER:
    timer_trap();
    return true;
  case IRQ_S_SOFT:
    csr_clear(sip, SIP_SSIP);
    tlb_poll();
    return false;
  case IRQ_S_EXT: {
    int irq = plic_claim(mycpu()->hartid);
    if (irq == uart_irq())
      uart_intr();
    if (irq)
      plic_complete(mycpu()->hartid, irq);
    return false;
  }
  default:
    panic("unexpected interrupt, scause %p", (void *)scause);
  }
}

static const char *cause_name(uint64 scause) {
  switch (scause) {
  case SCAUSE_INSN_MISALIGNED:
    return "instruction address misaligned";
  case SCAUSE_INSN_ACCESS:
    return "instruction access fault";
  case SCAUSE_ILLEGAL_INSN:
    return "illegal instruction";
  case SCAUSE_BREAKPOINT:
    return "breakpoint";
  case SCAUSE_LOAD_MISALIGNED:
    return "load address misaligned";
  case SCAUSE_LOAD_ACCESS:
    return "load access fault";
  case SCAUSE_STORE_MISALIGNED:
    return "store address misaligned";
  case SCAUSE_STORE_ACCESS:
    return "store access fault";
  case SCAUSE_INSN_PAGE_FAULT:
    return "instruction page fault";
  case SCAUSE_LOAD_PAGE_FAULT:
    return "load page fault";
  case SCAUSE_STORE_PAGE_FAULT:
    return "store page fault";
  default:
    return "exception";
  }
}

static void kill_for_fault(struct proc *p, uint64 scause, uint64 stval, uint64 epc) {
  kprintf("pid %d (%s): killed: %s at %p (pc %p)\n", p->pid, p->name, cause_name(scause),
          (void *)stval, (void *)epc);
  proc_set_killed(p);
}

/* A page fault from user mode: the memory system decides. Init, which an
 * out-of-memory fault does not kill, returns to the faulting instruction
 * after its wait, so the fault is simply taken again. */
static void user_page_fault(struct proc *p, uint64 scause, uint64 stval, uint64 epc) {
  enum access acc = scause == SCAUSE_STORE_PAGE_FAULT  ? ACC_WRITE
                    : scause == SCAUSE_INSN_PAGE_FAULT ? ACC_EXEC
                                                       : ACC_READ;
  enum fault_result r = vm_fault(p->vm, stval, acc);
  if (r == FAULT_OOM)
    current_kill_oom(stval);
  else if (r == FAULT_BAD_ADDRESS)
    kill_for_fault(p, scause, stval, epc);
}

/* Interrupts off from here to sret, so the thread stays on this hart:
 * the next trap finds this hart's struct cpu in tf, and sret drops to user
 * mode with interrupts on. */
static void prepare_return(struct trapframe *tf) {
  intr_off();
  tf->kernel_tp = (uint64)mycpu();
  csr_clear(sstatus, SSTATUS_SPP);
  csr_set(sstatus, SSTATUS_SPIE);
}

/* Called by trap_vector with the user registers saved in tf; returns to
 * trap_vector, which resumes user mode (via user_return). */
void user_trap(struct trapframe *tf) {
  uint64 scause = csr_read(scause), stval = csr_read(stval);
  struct thread *t = mycpu()->thread; /* interrupts are still off */
  struct proc *p = t->proc;
  bool yield = false;
  if (scause & SCAUSE_INTERRUPT) {
    yield = handle_interrupt(scause);
  } else if (scause == SCAUSE_ECALL_U) {
    tf->epc += 4;
    intr_on();
    syscall();
  } else if (scause == SCAUSE_STORE_PAGE_FAULT || scause == SCAUSE_LOAD_PAGE_FAULT ||
             scause == SCAUSE_INSN_PAGE_FAULT) {
    intr_on();
    user_page_fault(p, scause, stval, tf->epc);
  } else {
    kill_for_fault(p, scause, stval, tf->epc);
  }
  if (thread_must_exit(p, t))
    proc_exit(-1);
  if (yield)
    proc_yield();
  prepare_return(tf);
}

void user_trap_return(void) {
  struct trapframe *tf = curthread()->tf;
  prepare_return(tf);
  user_return(tf);
}

/* Called by trap_vector for traps taken in supervisor mode. */
void kernel_trap(void) {
  uint64 sepc = csr_read(sepc), sstatus = csr_read(sstatus), scause = csr_read(scause);
  if (!(sstatus & SSTATUS_SPP))
    panic("kernel_trap: not from supervisor mode");
  if (!(scause & SCAUSE_INTERRUPT))
    panic("kernel trap: %s (scause %lu) at pc %p, stval %p", cause_name(scause), scause,
          (void *)sepc, (void *)csr_read(stval));
  bool tick = handle_interrupt(scause);
  struct thread *t = mycpu()->thread;
  if (tick && t && t->state == T_RUNNING)
    proc_yield();
  /* A yield may have run other traps; restore ours. */
  csr_write(sepc, sepc);
  csr_write(sstatus, sstatus);
}
