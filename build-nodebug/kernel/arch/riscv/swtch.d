build-nodebug/kernel/arch/riscv/swtch.o: kernel/arch/riscv/swtch.S
