/* Internal to mm/: the resolver shared by page faults, kernel user-copies
 * and sbrk. */
#ifndef FAULT_H
#define FAULT_H
#include "mm/vm.h"

/* Makes va accessible for acc as a user access would (COW break, stack
 * growth); on FAULT_OK *out is its level-0 PTE. Caller holds vs->lock.
 * With the write lock held (or on a space no thread runs yet) the PTE
 * allows acc on FAULT_OK. With only the read lock, FAULT_OK may also mean
 * "a sibling is replacing the page" (a busy PTE, keeping the old page's
 * number): such a caller re-checks the PTE and retries, as vm_user_page
 * does, and must never use the page of a PTE that does not allow acc. */
enum fault_result vm_resolve(struct vmspace *vs, uint64 va, enum access acc, pte_t **out);

#endif
