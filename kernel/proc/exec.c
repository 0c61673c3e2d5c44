/* exec: validate an ELF file, build a new address space from its PT_LOAD
 * segments and the argument strings, and switch the process to it only
 * when everything succeeded. */
#include "proc/exec.h"
#include "proc/elf.h"
#include "proc/proc.h"
#include "arch/riscv/cpu.h"
#include "mm/vm.h"
#include "fs/fs.h"
#include "lib/string.h"
#include "uapi/stat.h"

/* Reads exactly n bytes at off; returns 0 or -1. */
static int read_exact(struct inode *ip, void *dst, uint64 off, uint64 n) {
  return inode_read(ip, 0, (uint64)dst, off, n) == (int)n ? 0 : -1;
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
 * loader copies bytes (load_segment), so the address need only agree with
 * the offset modulo the page size (the ELF rule) or, as xv6 requires and
 * `ld -N` links (offset 0xb0, address 0), be page-aligned; an address that
 * is neither is a corrupt header. */
static int check_phdr(const struct elf_phdr *ph, uint64 fsize) {
  if (ph->filesz > ph->memsz || ph->vaddr + ph->memsz < ph->vaddr ||
      ph->vaddr + ph->memsz > USER_TOP || ph->offset + ph->filesz < ph->offset ||
      ph->offset + ph->filesz > fsize ||
      ((ph->vaddr - ph->offset) % PGSIZE != 0 && ph->vaddr % PGSIZE != 0))
    return -1;
  return 0;
}

/* Reads a segment's file bytes straight into its new pages. */
static int load_segment(struct vmspace *vs, struct inode *ip, const struct elf_phdr *ph) {
  for (uint64 done = 0; done < ph->filesz;) {
    uint64 va = ph->vaddr + done, room = PGSIZE - (va & (PGSIZE - 1));
    uint64 n = ph->filesz - done < room ? ph->filesz - done : room;
    char *dst = vm_kaddr(vs, va);
    if (!dst || read_exact(ip, dst, ph->offset + done, n) < 0)
      return -1;
    done += n;
  }
  return 0;
}

/* Loads every PT_LOAD segment; returns 0 or -1. Checks that the entry
 * point lies in an executable segment. */
static int load_program(struct vmspace *vs, struct inode *ip, uint64 fsize, struct elf_header *eh) {
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
    if (check_phdr(&ph, fsize) < 0 ||
        vm_add_segment(vs, ph.vaddr, ph.memsz, seg_prot(ph.flags)) < 0 ||
        load_segment(vs, ip, &ph) < 0)
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
  struct stat st;
  inode_stat(ip, &st);
  if (st.type != T_FILE || !(vs = vm_create()) || load_program(vs, ip, st.size, &eh) < 0) {
    inode_put(ip);
    if (vs)
      vm_destroy(vs);
    return -1;
  }
  inode_put(ip);
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
