/* faultdemo [null|text|stack|exec]...: makes a child misbehave on purpose
 * and shows how the kernel answers: one line naming the pid, the cause and
 * the address, then the child's exit status, -1. With no argument, each
 * case in turn. The parent is never harmed. */
#include "user.h"

static void store_null(void) { *(volatile int *)0 = 1; }

static void store_text(void) { *(volatile char *)(uint64)store_null = 0; }

/* Recurses with 4 KiB frames, 4 MiB deep: far past the stack's 1 MiB. */
static int overflow(int depth) {
  volatile char frame[4096];
  frame[0] = (char)depth;
  return depth < 1024 ? overflow(depth + 1) + frame[0] : frame[0];
}

static void grow_stack(void) { overflow(0); }

/* Jumps to an address with no mapping at all. */
static void jump_nowhere(void) { ((void (*)(void))0x3000000000UL)(); }

static const struct {
  const char *name, *what;
  void (*fn)(void);
} cases[] = {
    {"null", "a store through a NULL pointer", store_null},
    {"text", "a store into the program's own (read-only) code", store_text},
    {"stack", "a recursion past the stack's 1 MiB limit", grow_stack},
    {"exec", "a jump to an address where nothing is mapped", jump_nowhere},
};
#define NCASES (int)(sizeof(cases) / sizeof(cases[0]))

static void run(int i) {
  printf("faultdemo %s: %s\n", cases[i].name, cases[i].what);
  int pid = fork();
  if (pid < 0) {
    fprintf(2, "faultdemo: fork failed\n");
    exit(1);
  }
  if (pid == 0) {
    cases[i].fn();
    printf("faultdemo %s: survived?\n", cases[i].name);
    exit(0);
  }
  int status;
  wait(&status);
  printf("faultdemo %s: child %d exited with status %d\n", cases[i].name, pid, status);
}

int main(int argc, char **argv) {
  if (argc == 1)
    for (int i = 0; i < NCASES; i++)
      run(i);
  for (int a = 1; a < argc; a++) {
    int i = 0;
    while (i < NCASES && strcmp(argv[a], cases[i].name) != 0)
      i++;
    if (i == NCASES) {
      fprintf(2, "usage: faultdemo [null|text|stack|exec]...\n");
      exit(1);
    }
    run(i);
  }
  return 0;
}
