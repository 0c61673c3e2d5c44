/* cowdemo: copy-on-write seen from user space. Fills a buffer, forks, lets
 * the child write part of it, and prints the memory counters that moved.
 * The README's "Your own programs" starts from this file.
 *
 * usage: cowdemo [PAGES [WRITTEN]]   (default 64 pages, 8 written) */
#include "user.h"

#define PAGE 4096

/* Counters worth watching; vmstat(2) returns them all (uapi/vmstat.h). */
static const int watched[] = {VM_forks,       VM_cow_faults, VM_cow_copies,   VM_cow_reuses,
                              VM_page_allocs, VM_shootdowns, VM_odf_unshares, VM_odf_revalidations};
static const char *names[] = {"forks",       "cow_faults", "cow_copies",   "cow_reuses",
                              "page_allocs", "shootdowns", "odf_unshares", "odf_revalidations"};
#define NWATCHED (int)(sizeof(watched) / sizeof(watched[0]))

static void snapshot(uint64 *v) {
  for (int i = 0; i < NWATCHED; i++)
    v[i] = vmstat_get(watched[i]);
}

int main(int argc, char **argv) {
  int pages = argc > 1 ? atoi(argv[1]) : 64;
  int written = argc > 2 ? atoi(argv[2]) : 8;
  if (pages <= 0 || written < 0 || written > pages) {
    fprintf(2, "usage: cowdemo [PAGES [WRITTEN]] (0 <= WRITTEN <= PAGES)\n");
    exit(1);
  }
  char *buf = malloc((size_t)pages * PAGE);
  if (!buf) {
    fprintf(2, "cowdemo: no memory for %d pages\n", pages);
    exit(1);
  }
  memset(buf, 'p', (size_t)pages * PAGE); /* every page resident */

  uint64 before[NWATCHED], after[NWATCHED];
  snapshot(before);
  int pid = fork();
  if (pid < 0) {
    fprintf(2, "cowdemo: fork failed\n");
    exit(1);
  }
  if (pid == 0) { /* the child writes one byte in each of the first pages */
    for (int i = 0; i < written; i++)
      buf[i * PAGE] = 'c';
    exit(0);
  }
  wait(NULL);
  snapshot(after);

  printf("fork mode %s: a %d-page buffer, the child wrote %d pages\n", FORK_MODE_NAME(forkmode(-1)),
         pages, written);
  for (int i = 0; i < NWATCHED; i++)
    printf("  %-18s +%lu\n", names[i], after[i] - before[i]);
  printf("the parent still sees '%c' (the child's writes went to its own copies)\n", buf[0]);
  return 0;
}
