/* Replacing a process's program. */
#ifndef EXEC_H
#define EXEC_H

/* Loads the ELF program at path with the NULL-terminated kernel strings
 * argv. Returns argc (the new a0) or -1, leaving the old image intact. */
int exec(const char *path, char **argv);

#endif
