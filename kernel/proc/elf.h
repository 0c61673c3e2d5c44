/* ELF64 file and program headers (the ELF specification's layouts). */
#ifndef ELF_H
#define ELF_H
#include "lib/types.h"
#include "param.h"

#define ELF_MAGIC 0x464C457FU /* "\x7FELF" little-endian */
#define ELFCLASS64 2
#define ELFDATA2LSB 1
#define ET_EXEC 2
#define EM_RISCV 243

struct elf_header {
  uint32 magic;
  uint8 class, data, version, osabi;
  uint8 pad[8];
  uint16 type;
  uint16 machine;
  uint32 elf_version;
  uint64 entry;
  uint64 phoff;
  uint64 shoff;
  uint32 flags;
  uint16 ehsize;
  uint16 phentsize;
  uint16 phnum;
  uint16 shentsize;
  uint16 shnum;
  uint16 shstrndx;
};

#define PT_LOAD 1
#define PF_X 1
#define PF_W 2
#define PF_R 4

struct elf_phdr {
  uint32 type;
  uint32 flags;
  uint64 offset;
  uint64 vaddr;
  uint64 paddr;
  uint64 filesz;
  uint64 memsz;
  uint64 align;
};

_Static_assert(sizeof(struct elf_header) == 64, "ELF header is 64 bytes");
_Static_assert(sizeof(struct elf_phdr) == 56, "program header is 56 bytes");

#endif
