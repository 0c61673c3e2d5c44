/* tmem: user memory: sbrk growth (zero-filled, byte granular), shrinking
 * (freed memory no longer accessible), limits; stack growth and its guard;
 * faults that must kill only the faulting process with status -1. */
#include "t.h"

static void sbrk_grow_zero(void) {
  char *a = sbrk(0);
  char *p = sbrk(100 * PGSIZE + 5);
  CHECK(p == a);
  CHECK(sbrk(0) == a + 100 * PGSIZE + 5);
  for (long i = 0; i < 100 * (long)PGSIZE + 5; i++)
    if (p[i] != 0)
      T_FAIL("new heap byte %ld is %d", i, p[i]);
  for (long i = 0; i < 100 * (long)PGSIZE + 5; i += 512)
    p[i] = 1;
  p[100 * PGSIZE + 4] = 1;
}

static void sbrk_bytes(void) {
  char *a = sbrk(1), *b = sbrk(1), *c = sbrk(0);
  CHECK(a != (char *)-1 && b != (char *)-1);
  CHECK(b == a + 1);
  CHECK(c == a + 2);
  *a = 'a';
  *b = 'b';
  CHECK(*a == 'a' && *b == 'b');
  char *d = sbrk(3);
  CHECK(d == c);
  CHECK(sbrk(-2) == c + 3);
  CHECK(sbrk(0) == c + 1);
  CHECK(sbrk(0) == c + 1);
}

static void sbrk_huge(void) {
  char *a = sbrk(0);
  CHECK(sbrk(0x7fffffff) == (char *)-1);
  CHECK(sbrk(0) == a);
  /* Growing past memory size fails in steps too, without leaking. */
  long total = vmstat_get(VM_total_pages);
  long step = 0x40000000L / PGSIZE;
  long got = 0;
  while (got < total + step) {
    if (sbrk(step * PGSIZE) == (char *)-1)
      break;
    got += step;
  }
  CHECK(got < total + step);
  CHECK(sbrk(-(int)(got * PGSIZE)) != (char *)-1);
  CHECK(sbrk(0) == a);
  /* Shrinking below the program's own break is refused. */
  CHECK(sbrk(-0x7fffffff) == (char *)-1);
  CHECK(sbrk((int)0x80000000) == (char *)-1);
  CHECK(sbrk(0) == a);
}

/* After shrinking, the freed pages are gone: touching them kills.
 * (volatile: the store before the count below is not to be dropped.) */
static char *volatile shrink_at;
static void touch_shrunk(void) { shrink_at[0] = 1; }

static void sbrk_shrink(void) {
  t_warm_stack();
  /* Let the page tables for the area exist before counting free pages,
   * and write shrink_at's page, which may still be shared with the
   * runner (the first write copies it). */
  CHECK(sbrk(70 * PGSIZE) != (char *)-1);
  CHECK(sbrk(-(int)(70 * PGSIZE)) != (char *)-1);
  shrink_at = 0;
  long free0 = t_free();
  char *p = sbrk(64 * PGSIZE);
  CHECK(p != (char *)-1);
  for (int i = 0; i < 64; i++)
    p[i * PGSIZE] = 1;
  long free1 = t_free();
  CHECK(free0 - free1 >= 64);
  CHECK(sbrk(-(int)(32 * PGSIZE)) == p + 64 * PGSIZE);
  /* Pages came back. */
  CHECK(t_free() - free1 >= 32);
  shrink_at = p + 40 * PGSIZE;
  CHECK_EQ(t_child_status(touch_shrunk), -1);
  shrink_at = p + 32 * PGSIZE;
  CHECK_EQ(t_child_status(touch_shrunk), -1);
  p[31 * PGSIZE + PGSIZE - 1] = 2; /* still ours */
  /* Regrown memory is zero again, also in the kept page's tail. */
  CHECK(sbrk(-(int)(PGSIZE / 2)) != (char *)-1);
  char *q = sbrk(0);
  CHECK(q == p + 31 * PGSIZE + PGSIZE / 2);
  CHECK(sbrk(4 * PGSIZE) == q);
  for (uint64 i = 0; i < 4 * PGSIZE; i++)
    if (q[i] != 0)
      T_FAIL("regrown byte %ld is %d", (long)i, q[i]);
  CHECK(sbrk(-(int)(q + 4 * PGSIZE - p)) == q + 4 * PGSIZE);
  long f = t_free_settle(free0);
  if (f != free0)
    T_FAIL("free pages %ld, want %ld after shrink", f, free0);
}

/* Recursion using about 512 KiB of stack. */
static __attribute__((noinline)) long deep(int n) {
  volatile char frame[1000];
  frame[0] = (char)n;
  frame[999] = (char)(n >> 8);
  if (n == 0)
    return 0;
  return deep(n - 1) + frame[0] + 1 - (char)n;
}

static void stack_grow(void) {
  CHECK_EQ(deep(512), 512);
  CHECK_EQ(deep(512), 512); /* again, on the grown stack */
  /* A child grows its own stack without touching ours. */
  int pid = t_fork();
  if (pid == 0)
    exit(deep(700) == 700 ? 0 : 1);
  t_wait_ok(pid, "deep child");
}

/* Our stack's top: argv's strings are its first contents. */
static uint64 stack_top;

static void touch_below_stack(void) {
  volatile char *p = (char *)(stack_top - USTACK_LIMIT - PGSIZE / 2);
  *p = 1;
}
static void touch_stack_limit(void) {
  volatile char *p = (char *)(stack_top - USTACK_LIMIT);
  *p = 1;
  exit(*p == 1 ? 0 : 1);
}
static void recurse_forever(void) { deep(1 << 20); }

static void stack_guard(void) {
  /* The lowest byte of the 1 MiB stack is usable... */
  CHECK_EQ(t_child_status(touch_stack_limit), 0);
  /* ...one below it kills, and so does unbounded recursion. */
  CHECK_EQ(t_child_status(touch_below_stack), -1);
  CHECK_EQ(t_child_status(recurse_forever), -1);
}

static void store_null(void) { *(volatile int *)0 = 1; }
static void store_text(void) { *(volatile char *)(uint64)store_text = 0; }
static void load_kernel(void) { (void)*(volatile char *)KERNEL_VA; }
static void store_kernel(void) { *(volatile char *)KERNEL_VA = 0; }
static void load_direct_map(void) { (void)*(volatile char *)0xffffffc000000000UL; }
static void load_beyond_user(void) { (void)*(volatile char *)USER_VA_END; }
static void load_noncanonical(void) { (void)*(volatile char *)(1UL << 39); }
static void load_unmapped_gap(void) { (void)*(volatile char *)(PGROUNDUP(sbrk(0)) + 16 * PGSIZE); }
static void load_top_page(void) { (void)*(volatile char *)(USER_VA_END - 8); }
static void jump_kernel(void) { ((void (*)(void))KERNEL_VA)(); }
static void jump_beyond(void) { ((void (*)(void))USER_VA_END)(); }
static void jump_heap(void) {
  uint *p = (uint *)sbrk(PGSIZE);
  p[0] = 0x00008067; /* ret: data pages are not executable */
  ((void (*)(void))p)();
}
static void illegal_zero(void) { __asm__ volatile(".4byte 0"); }
static void illegal_csr(void) {
  uint64 x;
  __asm__ volatile("csrr %0, sstatus" : "=r"(x));
}
static void illegal_sret(void) { __asm__ volatile("sret"); }
static void misaligned_store(void) {
  /* Either handled (QEMU does misaligned accesses) or a kill; never a
   * kernel crash. */
  volatile uint64 *p = (uint64 *)((char *)sbrk(16) + 3);
  *p = 1;
  exit(*p == 1 ? 0 : 1);
}

static const struct {
  const char *name;
  void (*fn)(void);
} faults[] = {
    {"store to NULL", store_null},
    {"store to text", store_text},
    {"load kernel", load_kernel},
    {"store kernel", store_kernel},
    {"load direct map", load_direct_map},
    {"load beyond user", load_beyond_user},
    {"load non-canonical", load_noncanonical},
    {"load unmapped gap", load_unmapped_gap},
    {"load top page", load_top_page},
    {"jump kernel", jump_kernel},
    {"jump beyond user", jump_beyond},
    {"jump to heap", jump_heap},
    {"illegal .4byte 0", illegal_zero},
    {"illegal csr", illegal_csr},
    {"illegal sret", illegal_sret},
};

static void fault_kills(void) {
  for (uint64 i = 0; i < sizeof faults / sizeof faults[0]; i++) {
    int st = t_child_status(faults[i].fn);
    if (st != -1)
      T_FAIL("%s: status %d, want -1", faults[i].name, st);
  }
  int st = t_child_status(misaligned_store);
  CHECK(st == 0 || st == -1);
  /* Text is intact and we still run. */
  CHECK(getpid() > 0);
}

/* Many faulting children at once, on all harts. */
static void fault_storm(void) {
  int n = 4 * ncpu(), pids[32];
  if (n > 32)
    n = 32;
  for (int i = 0; i < n; i++) {
    pids[i] = t_fork();
    if (pids[i] == 0) {
      for (volatile int k = 0; k < 20000 * (i % 4); k++)
        ;
      faults[i % (sizeof faults / sizeof faults[0])].fn();
      exit(0);
    }
  }
  for (int i = 0; i < n; i++)
    if (t_wait(pids[i]) != -1)
      T_FAIL("faulting child %d survived", i);
}

/* malloc/free over sbrk, many sizes. */
static void malloc_free(void) {
  void *ptrs[200];
  uint64 r = 1;
  for (int round = 0; round < 3; round++) {
    for (int i = 0; i < 200; i++) {
      int n = 1 + t_rand(&r) % 3000;
      ptrs[i] = malloc(n);
      CHECK(ptrs[i] != 0);
      memset(ptrs[i], i, n < 16 ? n : 16);
    }
    for (int i = 0; i < 200; i++) {
      CHECK(((uchar *)ptrs[i])[0] == (uchar)i);
      free(ptrs[i]);
    }
  }
}

static const struct t_case cases[] = {
    {"sbrk_grow_zero", sbrk_grow_zero}, {"sbrk_bytes", sbrk_bytes},
    {"sbrk_huge", sbrk_huge},           {"sbrk_shrink", sbrk_shrink},
    {"stack_grow", stack_grow},         {"stack_guard", stack_guard},
    {"fault_kills", fault_kills},       {"fault_storm", fault_storm},
    {"malloc_free", malloc_free},       {0},
};

int main(int argc, char **argv) {
  for (int i = 0; i < argc; i++)
    if (PGROUNDUP((uint64)argv[i] + strlen(argv[i]) + 1) > stack_top)
      stack_top = PGROUNDUP((uint64)argv[i] + strlen(argv[i]) + 1);
  t_main(argc, argv, cases);
}
