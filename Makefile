# cowos: build the kernel, the user programs and the boot image; run, test,
# benchmark. `make help` lists the targets.

CPUS ?= 4
MEM ?= 256M
BOOTARGS ?=
EXTRA ?=
DEBUG ?= 1

TOOLPREFIX ?= riscv64-unknown-elf-
CC := $(TOOLPREFIX)gcc
LD := $(TOOLPREFIX)ld
OBJDUMP := $(TOOLPREFIX)objdump
NM := $(TOOLPREFIX)nm
QEMU ?= qemu-system-riscv64

LIBGCC = $(shell $(CC) $(ARCHFLAGS) -print-libgcc-file-name)
B := build$(if $(filter 0,$(DEBUG)),-nodebug)
ARCHFLAGS := -march=rv64gc -mabi=lp64d -mcmodel=medany
CFLAGS_COMMON := $(ARCHFLAGS) -O2 -Wall -Werror -ffreestanding -fno-common \
  -nostdlib -fno-builtin-printf -fno-stack-protector -fno-pie -no-pie \
  -fno-omit-frame-pointer -ggdb -gdwarf-4 -MD -MP
KCFLAGS := $(CFLAGS_COMMON) -Ikernel -DKDEBUG=$(DEBUG)
UCFLAGS := $(CFLAGS_COMMON) -Iuser/lib -Ikernel

# ---------------------------------------------------------------- kernel
KSRC := $(shell find kernel -name '*.c' -o -name '*.S' | sort)
KOBJ := $(patsubst %,$(B)/%.o,$(basename $(KSRC)))

$(B)/kernel/%.o: kernel/%.c
	@mkdir -p $(dir $@)
	$(CC) $(KCFLAGS) -c -o $@ $<
$(B)/kernel/%.o: kernel/%.S
	@mkdir -p $(dir $@)
	$(CC) $(KCFLAGS) -c -o $@ $<

# ---------------------------------------------------------------- user land
ULIBSRC := $(sort $(wildcard user/lib/*.c user/lib/*.S))
ULIBOBJ := $(patsubst %,$(B)/%.o,$(basename $(ULIBSRC)))
UPROGS := $(patsubst user/%.c,$(B)/bin/%,$(wildcard user/*.c))
TPROGS := $(patsubst user/tests/%.c,$(B)/bin/%,$(wildcard user/tests/*.c))
BPROGS := $(patsubst bench/%.c,$(B)/bin/%,$(wildcard bench/*.c))
PROGS := $(UPROGS) $(TPROGS) $(BPROGS)

$(B)/user/%.o: user/%.c
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -c -o $@ $<
$(B)/user/%.o: user/%.S
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -c -o $@ $<
$(B)/bench/%.o: bench/%.c
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -Ibench -c -o $@ $<

$(B)/bin/%: $(B)/user/%.o $(ULIBOBJ) user/user.ld
	@mkdir -p $(dir $@)
	$(LD) -z max-page-size=4096 -T user/user.ld -o $@ $< $(ULIBOBJ) $(LIBGCC)
$(B)/bin/%: $(B)/user/tests/%.o $(ULIBOBJ) user/user.ld
	@mkdir -p $(dir $@)
	$(LD) -z max-page-size=4096 -T user/user.ld -o $@ $< $(ULIBOBJ) $(LIBGCC)
$(B)/bin/%: $(B)/bench/%.o $(ULIBOBJ) user/user.ld
	@mkdir -p $(dir $@)
	$(LD) -z max-page-size=4096 -T user/user.ld -o $@ $< $(ULIBOBJ) $(LIBGCC)

# ---------------------------------------------------------------- malformed programs
# (issue 6) scripts/mkbadelf makes broken copies of echo (truncated, wrong
# machine, overflowing or overlapping segments, ...) that land in the
# image's root as /bad_NAME; telf and the fuzzer exec them.
BADELF := $(patsubst %,$(B)/badelf/bad_%,$(shell scripts/mkbadelf --list))
$(B)/badelf/bad_%: $(B)/bin/echo scripts/mkbadelf
	@mkdir -p $(dir $@)
	scripts/mkbadelf $< $* $@
# ---------------------------------------------------------------- end malformed programs

# Files for the root directory: user programs, tests, benchmarks, any
# scripts in user/etc, and whatever the user names in EXTRA.
IMGFILES := $(PROGS) $(wildcard user/etc/*) $(EXTRA) $(BADELF)
$(B)/image.S: $(IMGFILES) scripts/mkimage
	scripts/mkimage $@ $(IMGFILES)
$(B)/image.o: $(B)/image.S
	$(CC) $(KCFLAGS) -c -o $@ $<

# ---------------------------------------------------------------- link
# Two passes, so that panic backtraces can name functions: kernel0.elf has
# an empty symbol table, kernel.elf the table of kernel0.elf's text
# (scripts/mkksyms). The table sits in .rodata, after .text, so no text
# address moves; the last step checks that it did not.
KLINK = $(LD) -z max-page-size=4096 -T kernel/kernel.ld
$(B)/ksyms0.S: scripts/mkksyms
	@mkdir -p $(B)
	scripts/mkksyms --empty > $@
$(B)/ksyms.S: $(B)/kernel0.elf scripts/mkksyms
	NM=$(NM) scripts/mkksyms $< > $@
$(B)/ksyms0.o $(B)/ksyms.o: $(B)/%.o: $(B)/%.S
	$(CC) $(KCFLAGS) -c -o $@ $<
$(B)/kernel0.elf: $(KOBJ) $(B)/image.o $(B)/ksyms0.o kernel/kernel.ld
	$(KLINK) -o $@ $(KOBJ) $(B)/image.o $(B)/ksyms0.o $(LIBGCC)
$(B)/kernel.elf: $(KOBJ) $(B)/image.o $(B)/ksyms.o kernel/kernel.ld
	$(KLINK) -o $@ $(KOBJ) $(B)/image.o $(B)/ksyms.o $(LIBGCC)
	NM=$(NM) scripts/mkksyms $@ | cmp -s - $(B)/ksyms.S || \
	  { echo "$@: text moved between the two link passes"; rm -f $@; exit 1; }
	$(OBJDUMP) -S $@ > $(B)/kernel.asm

all: $(B)/kernel.elf
.DEFAULT_GOAL := all

# ---------------------------------------------------------------- running
QEMUOPTS = -machine virt -bios default -m $(MEM) -smp $(CPUS) -nographic \
  -kernel $(B)/kernel.elf
ifneq ($(BOOTARGS),)
QEMUOPTS += -append "$(BOOTARGS)"
endif
GDBPORT ?= 26000

setup:
	@scripts/setup

qemu: setup all
	$(QEMU) $(QEMUOPTS)

qemu-gdb: setup all .gdbinit
	@echo "*** Now run 'gdb-multiarch -x .gdbinit' in this directory (port $(GDBPORT))."
	$(QEMU) $(QEMUOPTS) -S -gdb tcp::$(GDBPORT)

.gdbinit: scripts/gdbinit.tmpl
	sed "s/:PORT/:$(GDBPORT)/" $< > $@

test: setup
	scripts/test

bench: setup
	scripts/bench

stress: setup
	scripts/stress

model: setup
	scripts/model/check

format:
	clang-format -i $$(find kernel user bench -name '*.[ch]')

compdb: clean
	bear -- $(MAKE) all

clean:
	rm -rf $(B) .gdbinit

help:
	@echo "make [all]          build kernel and user programs ($(B)/kernel.elf)"
	@echo "make qemu CPUS=N    boot to the shell (MEM=$(MEM), BOOTARGS=...)"
	@echo "make qemu-gdb       the same, waiting for gdb-multiarch"
	@echo "make test           the test suite at 1, 2, 4 and 8 harts"
	@echo "make bench          the benchmark suite; results in results/"
	@echo "make stress         the long soak (STRESS_SECONDS, default 600)"
	@echo "make model          check the SPIN model of the COW protocol (scripts/model)"
	@echo "make EXTRA='a b'    also put host files a, b in the image's root"

.PHONY: all setup qemu qemu-gdb test bench stress model format compdb clean help
-include $(shell find $(B) -name '*.d' 2>/dev/null)
