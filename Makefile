# cowos: build the kernel, the user programs and the boot image; run, test,
# benchmark. `make help` lists the targets.

CPUS ?= 4
MEM ?= 256M
BOOTARGS ?=
EXTRA ?=
DEBUG ?= 1

# No built-in rules: all are below (and make's own `%: %.c` would try to
# build a program folder, a prerequisite of its program, from a stale
# NAME.c named in a dependency file).
.SUFFIXES:

TOOLPREFIX ?= riscv64-unknown-elf-
CC := $(TOOLPREFIX)gcc
LD := $(TOOLPREFIX)ld
AR := $(TOOLPREFIX)ar
OBJDUMP := $(TOOLPREFIX)objdump
NM := $(TOOLPREFIX)nm
QEMU ?= qemu-system-riscv64

LIBGCC = $(shell $(CC) $(ARCHFLAGS) -print-libgcc-file-name)
# OPT=-Og builds for the debugger (arguments and locals not optimized
# out) into a directory of its own, so the two builds never mix objects.
OPT ?= -O2
B := build$(if $(filter 0,$(DEBUG)),-nodebug)$(if $(filter-out -O2,$(OPT)),-$(subst -,,$(subst =,,$(OPT))))
ARCHFLAGS := -march=rv64gc -mabi=lp64d -mcmodel=medany
CFLAGS_COMMON := $(ARCHFLAGS) $(OPT) -Wall -Werror -ffreestanding -fno-common \
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
# A program is one file, DIR/NAME.c, or a folder with a main.c in it,
# DIR/NAME/*.c (and *.S), where DIR is user, user/tests or bench; either
# way it is /NAME in the image. Every program links the user library
# (user/lib); the tests also link the test library, user/tests/lib (the
# harness; its t.h is on their include path), as an archive, so that a
# test that uses none of it (fuzz, soak) links none of it.
ULIBSRC := $(sort $(wildcard user/lib/*.c user/lib/*.S))
ULIBOBJ := $(patsubst %,$(B)/%.o,$(basename $(ULIBSRC)))
TLIBOBJ := $(patsubst %.c,$(B)/%.o,$(sort $(wildcard user/tests/lib/*.c)))
TLIB := $(B)/user/tests/lib/libt.a
PROGDIRS := user user/tests bench

# The programs in directory $(1): a name for each NAME.c and NAME/main.c.
progs-in = $(sort $(basename $(notdir $(wildcard $(1)/*.c))) \
  $(notdir $(patsubst %/main.c,%,$(wildcard $(1)/*/main.c))))
# The objects of program $(2) in directory $(1): its file's, or those of
# every source in its folder.
prog-objs = $(patsubst %,$(B)/%.o,$(basename $(or $(wildcard $(1)/$(2).c), \
  $(sort $(wildcard $(1)/$(2)/*.c $(1)/$(2)/*.S)))))

# The link rule of program $(2) in directory $(1), with the libraries
# $(3) before the user library. A folder program also depends on its
# folder, whose time changes when a file is added or removed, so that a
# source deleted from it leaves the program at the next build.
define prog-rule
$(B)/bin/$(2): $(call prog-objs,$(1),$(2)) $(3) $(ULIBOBJ) user/user.ld
	@mkdir -p $$(dir $$@)
	$$(LD) -z max-page-size=4096 -T user/user.ld -o $$@ $(strip $(call prog-objs,$(1),$(2)) $(3)) $$(ULIBOBJ) $$(LIBGCC)
$(if $(wildcard $(1)/$(2)/main.c),$(B)/bin/$(2): $(1)/$(2))
endef
# All programs, by name; two with one name would make one file in the image.
PROGNAMES := $(foreach d,$(PROGDIRS),$(call progs-in,$(d)))
PROGDUPS := $(sort $(foreach n,$(PROGNAMES),$(if $(word 2,$(filter $(n),$(PROGNAMES))),$(n))))
$(if $(PROGDUPS),$(error more than one program is named $(PROGDUPS)))
$(foreach d,$(PROGDIRS),$(foreach n,$(call progs-in,$(d)), \
  $(eval $(call prog-rule,$(d),$(n),$(if $(filter user/tests,$(d)),$(TLIB))))))
PROGS := $(patsubst %,$(B)/bin/%,$(PROGNAMES))

$(TLIB): $(TLIBOBJ) user/tests/lib
	@rm -f $@
	$(AR) rcs $@ $(TLIBOBJ)

$(B)/user/tests/%.o: user/tests/%.c
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -Iuser/tests/lib -c -o $@ $<
$(B)/user/%.o: user/%.c
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -c -o $@ $<
$(B)/user/%.o: user/%.S
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -c -o $@ $<
$(B)/bench/%.o: bench/%.c
	@mkdir -p $(dir $@)
	$(CC) $(UCFLAGS) -Ibench -c -o $@ $<

# A program of the user's own, anywhere on the host, compiled against the
# user library: make user-program SRC=path/prog.c OUT=path/prog (what
# scripts/run --add prog.c does). Warnings are shown but, unlike the
# tree's own code, do not stop the build.
user-program: $(ULIBOBJ) user/user.ld
	@[ -n "$(SRC)" ] && [ -n "$(OUT)" ] || { echo "usage: make user-program SRC=prog.c OUT=path"; exit 2; }
	@mkdir -p $(dir $(OUT))
	$(CC) $(filter-out -Werror -MD -MP,$(UCFLAGS)) -c -o $(OUT).o $(SRC)
	$(LD) -z max-page-size=4096 -T user/user.ld -o $(OUT) $(OUT).o $(ULIBOBJ) $(LIBGCC)

# ---------------------------------------------------------------- malformed programs
# scripts/mkbadelf makes broken copies of echo (truncated, wrong machine,
# overflowing or overlapping segments, ...) that land in the image as
# /t/bad_NAME; telf and the fuzzer exec them.
BADELF := $(patsubst %,$(B)/badelf/bad_%,$(shell scripts/mkbadelf --list))
$(B)/badelf/bad_%: $(B)/bin/echo scripts/mkbadelf
	@mkdir -p $(dir $@)
	scripts/mkbadelf $< $* $@
# ---------------------------------------------------------------- end malformed programs

# echo linked as xv6 links forktest, with `ld -N`: one RWX segment at file
# offset 0xb0 and address 0, whose offset and address disagree modulo the
# page size; telf runs it as /t/echo_omagic. No relaxation: the default script
# defines __global_pointer$, but programs start with gp = 0.
OMAGIC := $(B)/bin/echo_omagic
$(OMAGIC): $(B)/user/echo.o $(ULIBOBJ)
	@mkdir -p $(dir $@)
	$(LD) -N -e _start -Ttext 0 --no-relax --no-warn-rwx-segments -o $@ $^ $(LIBGCC)

# Files for the root directory: user programs, tests, benchmarks, any
# scripts in user/etc, and whatever the user names in EXTRA; test data
# (TESTDATA) goes in /t, as t/NAME=FILE arguments to mkimage.
TESTDATA := $(BADELF) $(OMAGIC)
IMGFILES := $(PROGS) $(wildcard user/etc/*) $(EXTRA) $(TESTDATA)
IMGARGS := $(filter-out $(TESTDATA),$(IMGFILES)) $(foreach f,$(TESTDATA),t/$(notdir $(f))=$(f))
# The list itself is a prerequisite, rewritten only when it changes, so a
# program whose source was deleted (or an EXTRA file dropped) leaves the
# image at the next build.
$(B)/image.list: FORCE
	@mkdir -p $(B)
	@echo '$(IMGARGS)' | cmp -s - $@ || echo '$(IMGARGS)' > $@
$(B)/image.S: $(IMGFILES) $(B)/image.list scripts/mkimage
	scripts/mkimage $@ $(IMGARGS)
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
# The kernel starts at most NCPU harts; QEMU would boot more and the kernel
# would leave the rest spinning in the firmware.
NCPU_MAX := $(shell sed -nE 's/^\#define NCPU ([0-9]+).*/\1/p' kernel/param.h)
check-cpus:
	@case "$(CPUS)" in ''|*[!0-9]*) echo "make: CPUS=$(CPUS) is not a number (1 to $(NCPU_MAX))"; exit 2 ;; esac; \
	if [ "$(CPUS)" -lt 1 ] || [ "$(CPUS)" -gt $(NCPU_MAX) ]; then \
	  echo "make: CPUS=$(CPUS): the kernel runs 1 to $(NCPU_MAX) harts (NCPU in kernel/param.h)"; exit 2; fi

setup:
	@scripts/setup

qemu: check-cpus setup all
	$(QEMU) $(QEMUOPTS)

qemu-gdb: check-cpus setup all $(B)/gdbinit
	@echo "*** Now run 'gdb-multiarch -x $(B)/gdbinit' in this directory (port $(GDBPORT))."
	$(QEMU) $(QEMUOPTS) -S -gdb tcp::$(GDBPORT)

$(B)/gdbinit: scripts/gdbinit.tmpl FORCE
	@mkdir -p $(B)
	@sed "s|:PORT|:$(GDBPORT)|; s|^file KERNEL|file $(B)/kernel.elf|" $< | cmp -s - $@ || \
	  sed "s|:PORT|:$(GDBPORT)|; s|^file KERNEL|file $(B)/kernel.elf|" $< > $@

test: setup
	scripts/test

# Every fork mode in both shootdown modes at every hart count, and a soak
# slice in each pair (docs/TESTING.md: about 40 minutes on 2 cores).
test-matrix: setup
	TEST_MATRIX=full scripts/test

bench: setup
	scripts/bench

stress: setup
	scripts/stress

model: setup
	scripts/model/check

# The C sources the style covers.
CSRC = $$(find kernel user bench -name '*.[ch]')
format: setup
	clang-format -i $(CSRC)

# make lint: the format check (nothing clang-format would change) and
# cppcheck's warnings on the kernel; make test runs it first.
lint: setup
	@clang-format --dry-run -Werror $(CSRC) || \
	  { echo "lint: run 'make format' to fix the lines above"; exit 1; }
	@cppcheck --quiet --error-exitcode=1 --enable=warning,portability --std=c11 \
	  --platform=unix64 -Ikernel -DKDEBUG=1 --suppress=missingIncludeSystem kernel
	@echo "lint: format and cppcheck clean"

compdb: clean
	bear -- $(MAKE) all

clean:
	rm -rf $(B)

help:
	@echo "make [all]          build kernel and user programs ($(B)/kernel.elf)"
	@echo "make qemu CPUS=N    boot to the shell (MEM=$(MEM), BOOTARGS=...)"
	@echo "make qemu-gdb       the same, waiting for gdb-multiarch"
	@echo "make test           the test suite at 1, 2, 4 and 8 harts"
	@echo "make test-matrix    the same, every fork and shootdown mode at every count"
	@echo "make bench          the benchmark suite; results in results/"
	@echo "make stress         the long soak (STRESS_SECONDS, default 600)"
	@echo "make format         clang-format every C file; make lint checks it and runs cppcheck"
	@echo "make model          check the SPIN models of COW and ODF (scripts/model)"
	@echo "make EXTRA='a b'    also put host files a, b in the image's root"

.PHONY: FORCE user-program all check-cpus setup qemu qemu-gdb test test-matrix bench stress model format lint compdb clean help
-include $(shell find $(B) -name '*.d' 2>/dev/null)
