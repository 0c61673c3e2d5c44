/* grep: print the lines of the named files (or standard input) that match
 * PATTERN. Patterns: c matches itself, . any character, x* zero or more of
 * x, ^ anchors at the start, $ at the end. Exits 0 if a line matched, 1 if
 * none did or on error. */
#include "user.h"

#define LINEMAX 1024

/* Returns 1 if pattern re matches a prefix of text. */
static int match_here(const char *re, const char *text);

/* Returns 1 if the single-character pattern c matches character t. */
static int match_one(char c, char t) { return t != 0 && (c == '.' || c == t); }

/* Returns 1 if c* followed by re matches a prefix of text; tries the
 * longest run of c first. */
static int match_star(char c, const char *re, const char *text) {
  const char *end = text;
  while (match_one(c, *end))
    end++;
  for (;; end--) {
    if (match_here(re, end))
      return 1;
    if (end == text)
      return 0;
  }
}

static int match_here(const char *re, const char *text) {
  for (;;) {
    if (re[0] == 0)
      return 1;
    if (re[1] == '*')
      return match_star(re[0], re + 2, text);
    if (re[0] == '$' && re[1] == 0)
      return *text == 0;
    if (!match_one(re[0], *text))
      return 0;
    re++;
    text++;
  }
}

/* Returns 1 if re matches anywhere in text. */
static int match(const char *re, const char *text) {
  if (re[0] == '^')
    return match_here(re + 1, text);
  do {
    if (match_here(re, text))
      return 1;
  } while (*text++ != 0);
  return 0;
}

/* Prints line (prefixed by name when not NULL) if it matches re, counting
 * it in *matched. */
static void check_line(const char *re, const char *line, const char *name, int *matched) {
  if (!match(re, line))
    return;
  (*matched)++;
  if (name != NULL)
    printf("%s:%s\n", name, line);
  else
    printf("%s\n", line);
}

/* Checks every line of fd, counting matches in *matched; returns 0, or -1
 * on a read error. Lines longer than LINEMAX-1 bytes are checked in pieces. */
static int grep_fd(const char *re, int fd, const char *name, int *matched) {
  static char buf[LINEMAX];
  int len = 0, n;
  while ((n = read(fd, buf + len, sizeof(buf) - 1 - len)) > 0) {
    len += n;
    int start = 0;
    for (int i = 0; i < len; i++) {
      if (buf[i] == '\n') {
        buf[i] = 0;
        check_line(re, buf + start, name, matched);
        start = i + 1;
      }
    }
    if (start == 0 && len == sizeof(buf) - 1) {
      buf[len] = 0;
      check_line(re, buf, name, matched);
      start = len;
    }
    len -= start;
    memmove(buf, buf + start, len);
  }
  if (len > 0) {
    buf[len] = 0;
    check_line(re, buf, name, matched);
  }
  return n < 0 ? -1 : 0;
}

int main(int argc, char **argv) {
  int matched = 0, status = 0;
  if (argc < 2) {
    fprintf(2, "usage: grep pattern [file...]\n");
    return 1;
  }
  if (argc == 2) {
    if (grep_fd(argv[1], 0, NULL, &matched) < 0) {
      fprintf(2, "grep: read error\n");
      return 1;
    }
    return matched ? 0 : 1;
  }
  for (int i = 2; i < argc; i++) {
    int fd = open(argv[i], O_RDONLY);
    if (fd < 0) {
      fprintf(2, "grep: cannot open %s\n", argv[i]);
      status = 1;
      continue;
    }
    if (grep_fd(argv[1], fd, argc > 3 ? argv[i] : NULL, &matched) < 0) {
      fprintf(2, "grep: error reading %s\n", argv[i]);
      status = 1;
    }
    close(fd);
  }
  return status || !matched;
}
