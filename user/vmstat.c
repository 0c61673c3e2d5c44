/* vmstat: print the kernel's memory counters, one "name value" per line;
 * with arguments, print only the named counters. */
#include "user.h"

static const char *names[VMSTAT_COUNT] = {
#define VMSTAT_NAME(name) #name,
    VMSTAT_FIELDS(VMSTAT_NAME)
#undef VMSTAT_NAME
};

/* Returns the index of the counter called name, or -1. */
static int find(const char *name) {
  for (int i = 0; i < VMSTAT_COUNT; i++) {
    if (strcmp(names[i], name) == 0)
      return i;
  }
  return -1;
}

int main(int argc, char **argv) {
  uint64 vals[VMSTAT_COUNT];
  if (vmstat(vals, VMSTAT_COUNT) < VMSTAT_COUNT) {
    fprintf(2, "vmstat: system call failed\n");
    return 1;
  }
  if (argc < 2) {
    for (int i = 0; i < VMSTAT_COUNT; i++)
      printf("%s %lu\n", names[i], vals[i]);
    return 0;
  }
  int status = 0;
  for (int i = 1; i < argc; i++) {
    int k = find(argv[i]);
    if (k < 0) {
      fprintf(2, "vmstat: no counter %s\n", argv[i]);
      status = 1;
    } else {
      printf("%s %lu\n", names[k], vals[k]);
    }
  }
  return status;
}
