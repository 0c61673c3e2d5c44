/* exec: validate an ELF file, build a new address space from its PT_LOAD
 * segments (mapping the file's own pages where a segment covers them
 * whole, copying the rest) and the argument strings, and switch the
 * process to it only when everything succeeded. */
#include "proc/exec.h"
#include "proc/elf.h"
#include "proc/proc.h"
#include "arch/riscv/cpu.h"
#include "mm/vm.h"
#include "fs/fs.h"
#include "fs/inode.h"
#include "lib/string.h"
#include "uapi/stat.h"
#include "uapi/vmstat.h"

/* Reads exactly n bytes at off; returns 0 or -1. Caller holds ip->lock. */
static int read_exact(struct inode *ip, void *dst, uint64 off, uint64 n) {
  return inode_read_locked(ip, 0, (uint64)dst, off, n) == (int)n ? 0 : -1;
}

/* The protection for a segment's flags. A writable segment is readable too
 * (PF_W gives R|W, PF_W|PF_X gives R|W|X), as Linux on RISC-V maps a
 * writable page (xv6 makes every segment readable): Sv39 reserves W without
 * R, an encoding that faults on every access. */
static int seg_prot(uint32 flags) {
  return (flags & (PF_R | PF_W) ? PROT_R : 0) | (flags & PF_W ? PROT_W : 0) |
         (flags & PF_X ? PROT_X : 0);
}

/* Checks one PT_LOAD header against the file size; 0 if it is sound. The
 * address must agree with the offset modulo the page size (the ELF rule:
 * the segment's whole pages are then the file's own, and are mapped) or,
 * as xv6 requires and `ld -N` links (offset 0xb0, address 0), be
 * page-aligned (its bytes are then copied); an address that is neither is
 * a corrupt header. */
static int check_phdr(const struct elf_phdr *ph, uint64 fsize) {
  if (ph->filesz > ph->memsz || ph->vaddr + ph->memsz < ph->vaddr ||
      ph->vaddr + ph->memsz > USER_TOP || ph->offset + ph->filesz < ph->offset ||
      ph->offset + ph->filesz > fsize ||
      ((ph->vaddr - ph->offset) % PGSIZE != 0 && ph->vaddr % PGSIZE != 0))
    return -1;
  return 0;
}

/* Copies the segment's file bytes for [from, to) (addresses inside its
 * file part) into its private pages, one page at a time. Caller holds
 * ip->lock. */
static int copy_range(struct vmspace *vs, struct inode *ip, const struct elf_phdr *ph, uint64 from,
                      uint64 to) {
  while (from < to) {
    uint64 room = PGSIZE - (from & (PGSIZE - 1)), n = to - from < room ? to - from : room;
    char *dst = vm_kaddr(vs, from);
    if (!dst || read_exact(ip, dst, ph->offset + (from - ph->vaddr), n) < 0)
      return -1;
    stat_inc(VM_exec_copied_pages);
    from += n;
  }
  return 0;
}

/* Pages mapped per batch (their addresses on the kernel stack). */
#define MAP_BATCH 64

/* Builds one segment. Its pages that lie wholly inside its file bytes are
 * the file's own pages, mapped (read-only, or copy-on-write when the
 * segment is writable: vm_map_file_pages), each with a reference taken
 * under ip->lock; a page it shares with another segment, its partial
 * first and last pages and what lies beyond the file's bytes (.bss) are
 * private zeroed pages, the file's bytes copied in. A segment whose offset
 * and address disagree modulo the page size (`ld -N`) is copied whole.
 * Caller holds ip->lock. */
static int load_segment(struct vmspace *vs, struct inode *ip, const struct elf_phdr *ph) {
  int prot = seg_prot(ph->flags);
  uint64 fend = ph->vaddr + ph->filesz, hole = 0, hole_end = 0;
  if ((ph->vaddr - ph->offset) % PGSIZE == 0 && PGROUNDUP(ph->vaddr) < PGROUNDDOWN(fend)) {
    hole = PGROUNDUP(ph->vaddr);
    hole_end = PGROUNDDOWN(fend);
  }
  if (vm_add_segment(vs, ph->vaddr, ph->memsz, prot, hole, hole_end) < 0)
    return -1;
  for (uint64 va = hole; va < hole_end;) {
    void *pages[MAP_BATCH];
    uint64 left = (hole_end - va) / PGSIZE;
    int n = left < MAP_BATCH ? left : MAP_BATCH;
    bool got = inode_pages_get_locked(ip, (ph->offset + (va - ph->vaddr)) / PGSIZE, n, pages);
    KASSERT(got); /* check_phdr: the segment's bytes lie below the size */
    if (vm_map_file_pages(vs, va, pages, n, prot) < 0)
      return -1;
    va += n * PGSIZE;
  }
  if (hole == hole_end)
    return copy_range(vs, ip, ph, ph->vaddr, fend);
  return copy_range(vs, ip, ph, ph->vaddr, hole) < 0 ? -1 : copy_range(vs, ip, ph, hole_end, fend);
}

/* Loads every PT_LOAD segment; returns 0 or -1. Checks that the entry
 * point lies in an executable segment. Caller holds ip->lock, so the
 * program is read (and its pages taken) as one version of the file: a
 * write to it waits, or comes first. */
static int load_program(struct vmspace *vs, struct inode *ip, struct elf_header *eh) {
  struct stat st;
  inode_stat_locked(ip, &st);
  uint64 fsize = st.size;
  if (fsize < sizeof(*eh) || read_exact(ip, eh, 0, sizeof(*eh)) < 0)
    return -1;
  if (eh->magic != ELF_MAGIC || eh->class != ELFCLASS64 || eh->data != ELFDATA2LSB ||
      eh->type != ET_EXEC || eh->machine != EM_RISCV || eh->phentsize != sizeof(struct elf_phdr) ||
      eh->phnum == 0 || eh->phnum > ELF_MAX_PHDRS ||
      eh->phoff + eh->phnum * sizeof(struct elf_phdr) > fsize)
    return -1;
  bool entry_ok = false;
  for (int i = 0; i < eh->phnum; i++) {
    struct elf_phdr ph;
    if (read_exact(ip, &ph, eh->phoff + i * sizeof(ph), sizeof(ph)) < 0)
      return -1;
    if (ph.type != PT_LOAD || ph.memsz == 0)
      continue;
    if (check_phdr(&ph, fsize) < 0 || load_segment(vs, ip, &ph) < 0)
      return -1;
    if ((ph.flags & PF_X) && eh->entry >= ph.vaddr && eh->entry < ph.vaddr + ph.memsz)
      entry_ok = true;
  }
  return entry_ok ? 0 : -1;
}

/* Pushes the argument strings and the argv array on the new stack.
 * Returns argc, with *sp_out and *argv_out set, or -1. */
static int push_args(struct vmspace *vs, char **argv, uint64 *sp_out, uint64 *argv_out) {
  uint64 sp = USTACK_TOP, ptrs[MAXARG + 1];
  int argc = 0;
  for (; argv[argc]; argc++) {
    if (argc >= MAXARG)
      return -1;
    uint64 len = strlen(argv[argc]) + 1;
    sp -= len;
    if (vm_write(vs, sp, argv[argc], len) < 0)
      return -1;
    ptrs[argc] = sp;
  }
  ptrs[argc] = 0;
  sp -= (argc + 1) * sizeof(uint64);
  sp &= ~15UL;
  if (vm_write(vs, sp, ptrs, (argc + 1) * sizeof(uint64)) < 0)
    return -1;
  *sp_out = sp;
  *argv_out = sp;
  return argc;
}

/* Switches the current process to vs and frees the old space. */
static void install(struct proc *p, struct vmspace *vs) {
  struct vmspace *old = p->vm;
  push_off();
  vm_deactivate(old);
  p->vm = vs;
  mycpu()->vs = vs;
  vm_activate(vs);
  pop_off();
  vm_destroy(old);
}

static const char *last_component(const char *path) {
  const char *name = path;
  for (const char *s = path; *s; s++)
    if (*s == '/')
      name = s + 1;
  return name;
}

int exec(const char *path, char **argv) {
  struct inode *ip = namei(path);
  if (!ip)
    return -1;
  struct vmspace *vs = NULL;
  struct elf_header eh;
  int r = -1;
  if (inode_type(ip) == T_FILE && (vs = vm_create())) {
    inode_lock(ip);
    r = load_program(vs, ip, &eh);
    inode_unlock(ip);
  }
  inode_put(ip);
  if (r < 0) {
    if (vs)
      vm_destroy(vs);
    return -1;
  }
  uint64 sp, uargv;
  int argc = push_args(vs, argv, &sp, &uargv);
  if (argc < 0 || proc_single_thread() < 0) {
    vm_destroy(vs);
    return -1;
  }
  struct proc *p = curproc();
  install(p, vs);
  struct trapframe *tf = curthread()->tf;
  memset(tf->x, 0, sizeof(tf->x));
  tf->epc = eh.entry;
  tf->x[REG_SP] = sp;
  tf->x[REG_A1] = uargv;
  tf->x[REG_A0] = argc;
  safestrcpy(p->name, last_component(path), sizeof(p->name));
  return argc;
}
