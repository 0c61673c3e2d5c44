/* ls: list files; for a directory, one line per entry:
 * name, type (1 dir, 2 file, 3 device), inode number, size. */
#include "user.h"

#define DIRSIZ 14
#define MAXPATH 128

/* A directory entry as read() returns it from a directory. */
struct dirent {
  ushort inum;
  char name[DIRSIZ]; /* NUL-padded; a 14-character name has no NUL */
};

/* Prints one line for a file called name with attributes st. */
static void show(const char *name, const struct stat *st) {
  printf("%-14s %d %d %lu\n", name, st->type, st->ino, st->size);
}

/* Returns the last component of path (path itself if it has no '/'). */
static const char *basename(const char *path) {
  const char *last = path;
  for (const char *p = path; *p; p++) {
    if (*p == '/' && p[1] != 0)
      last = p + 1;
  }
  return last;
}

/* Prints each entry of the open directory fd named path; returns 0, or 1
 * if some entry could not be listed. */
static int list_dir(int fd, const char *path) {
  char full[MAXPATH];
  char name[DIRSIZ + 1];
  struct dirent de;
  struct stat st;
  int status = 0;
  while (read(fd, &de, sizeof(de)) == sizeof(de)) {
    if (de.inum == 0)
      continue;
    memmove(name, de.name, DIRSIZ);
    name[DIRSIZ] = 0;
    if (snprintf(full, sizeof(full), "%s/%s", path, name) >= (int)sizeof(full)) {
      fprintf(2, "ls: path too long: %s/%s\n", path, name);
      status = 1;
    } else if (stat(full, &st) < 0) {
      fprintf(2, "ls: cannot stat %s\n", full);
      status = 1;
    } else {
      show(name, &st);
    }
  }
  return status;
}

/* Lists path; returns 0 on success, 1 on error. */
static int ls(const char *path) {
  struct stat st;
  int fd = open(path, O_RDONLY);
  if (fd < 0) {
    fprintf(2, "ls: cannot open %s\n", path);
    return 1;
  }
  int status = 0;
  if (fstat(fd, &st) < 0) {
    fprintf(2, "ls: cannot stat %s\n", path);
    status = 1;
  } else if (st.type == T_DIR) {
    status = list_dir(fd, path);
  } else {
    show(basename(path), &st);
  }
  close(fd);
  return status;
}

int main(int argc, char **argv) {
  if (argc < 2)
    return ls(".");
  int status = 0;
  for (int i = 1; i < argc; i++)
    status |= ls(argv[i]);
  return status;
}
