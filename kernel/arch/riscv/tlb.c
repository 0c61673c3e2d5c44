/* TLB shootdown by IPI (see tlb.h). Mailboxes are indexed [target][initiator]
 * so several initiators may target one hart at once without a lock. */
#include "arch/riscv/tlb.h"
#include "arch/riscv/riscv.h"
#include "arch/riscv/sbi.h"
#include "arch/riscv/memlayout.h"
#include "arch/riscv/cpu.h"
#include "uapi/syscall.h"

struct tlb_request {
  uint64 start, end; /* written by the initiator before it sets pending */
};

static struct tlb_request mailbox[NCPU][NCPU];
/* TLB_IPI or TLB_SBI_RFENCE; relaxed: read once per shootdown. */
static int mode = TLB_IPI;
/* Bit i of pending[t]: initiator i has a request for target t. Set by the
 * initiator with a release AMO (GCC: fence iorw,ow; amoor.d), publishing
 * the request; cleared by the target with a release AMO (fence; amoand.d)
 * after flushing, publishing the flush; both sides read it with acquire. */
static uint64 pending[NCPU];

void tlb_flush_local(uint64 start, uint64 end) {
  if (end == TLB_FLUSH_EVERYTHING || (end - start) / PGSIZE > TLB_FLUSH_ALL_THRESHOLD) {
    sfence_vma_all();
    stat_inc(VM_tlb_flush_all);
    return;
  }
  for (uint64 va = start; va < end; va += PGSIZE) {
    sfence_vma_page(va);
    stat_inc(VM_tlb_flush_page);
  }
}

void tlb_poll(void) {
  int me = mycpu()->id;
  uint64 mine = __atomic_load_n(&pending[me], __ATOMIC_ACQUIRE);
  while (mine) {
    int from = __builtin_ctzl(mine);
    mine &= mine - 1;
    tlb_flush_local(mailbox[me][from].start, mailbox[me][from].end);
    stat_inc(VM_ipis_received);
    __atomic_fetch_and(&pending[me], ~(1UL << from), __ATOMIC_RELEASE);
  }
}

int tlb_set_mode(int m) { return __atomic_exchange_n(&mode, m, __ATOMIC_RELAXED); }

int tlb_mode(void) { return __atomic_load_n(&mode, __ATOMIC_RELAXED); }

/* The SBI way: the firmware interrupts the targets in M-mode, fences them
 * and returns once all are done. */
static void shootdown_rfence(uint64 cpu_mask, uint64 start, uint64 end) {
  uint64 harts = 0;
  for (uint64 m = cpu_mask; m; m &= m - 1) {
    harts |= 1UL << cpus[__builtin_ctzl(m)].hartid;
    stat_inc(VM_ipis_sent);
  }
  if (end == TLB_FLUSH_EVERYTHING)
    sbi_remote_sfence_vma(harts, 0, 0, (uint64)-1);
  else
    sbi_remote_sfence_vma(harts, 0, start, end - start);
  stat_inc(VM_shootdowns);
}

void tlb_shootdown(uint64 cpu_mask, uint64 start, uint64 end) {
  push_off();
  int me = mycpu()->id;
  cpu_mask &= ~(1UL << me);
  if (cpu_mask == 0) {
    pop_off();
    return;
  }
  if (tlb_mode() == TLB_SBI_RFENCE) {
    shootdown_rfence(cpu_mask, start, end);
    pop_off();
    return;
  }
  uint64 harts = 0;
  for (uint64 m = cpu_mask; m; m &= m - 1) {
    int t = __builtin_ctzl(m);
    mailbox[t][me].start = start;
    mailbox[t][me].end = end;
    __atomic_fetch_or(&pending[t], 1UL << me, __ATOMIC_RELEASE);
    harts |= 1UL << cpus[t].hartid;
    stat_inc(VM_ipis_sent);
  }
  sbi_send_ipi(harts, 0);
  stat_inc(VM_shootdowns);
  for (uint64 m = cpu_mask; m; m &= m - 1) {
    int t = __builtin_ctzl(m);
    while (__atomic_load_n(&pending[t], __ATOMIC_ACQUIRE) & (1UL << me))
      tlb_poll();
  }
  pop_off();
}
