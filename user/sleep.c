/* sleep N: waits N seconds (N may have a fraction: 0.5). */
#include "user.h"

/* Parses "S[.F]" into hundredths of a second (ticks at TICK_HZ 100);
 * -1 if it is not a number. */
static int parse_ticks(const char *s) {
  int whole = 0, frac = 0, digits = 0, scale = 10;
  for (; *s >= '0' && *s <= '9'; s++, digits++)
    whole = whole * 10 + (*s - '0');
  if (*s == '.')
    for (s++; *s >= '0' && *s <= '9'; s++, digits++, scale /= 10)
      frac += scale * (*s - '0');
  if (*s || digits == 0 || whole > 1000000)
    return -1;
  return whole * 100 + frac;
}

int main(int argc, char **argv) {
  int ticks = argc == 2 ? parse_ticks(argv[1]) : -1;
  if (ticks < 0) {
    fprintf(2, "usage: sleep SECONDS (for example 2 or 0.5)\n");
    exit(1);
  }
  if (sleep(ticks) < 0)
    exit(1);
  return 0;
}
