/* Internal to mm/: the resolver shared by page faults, kernel user-copies
 * and sbrk. */
#ifndef FAULT_H
#define FAULT_H
#include "mm/vm.h"

/* Makes va accessible for acc as a user access would (COW break, stack
 * growth); on FAULT_OK *out is its level-0 PTE. Caller holds vs->lock
 * (read or write). */
enum fault_result vm_resolve(struct vmspace *vs, uint64 va, enum access acc, pte_t **out);

#endif
