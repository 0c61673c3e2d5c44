/* Pipes: a PIPESIZE-byte ring between a read end and a write end, each an
 * open file. Blocking reads and writes; readers see end of file once every
 * writer has closed, writers fail once every reader has closed. */
#ifndef PIPE_H
#define PIPE_H
#include "lib/types.h"

struct pipe;
struct file;

/* Initialises the pipe table. Called once at boot (by fs_init). */
void pipe_init(void);
/* Makes a pipe and its two files (*rf readable, *wf writable, each with
 * ref 1). Returns 0, or -1 with nothing allocated. */
int pipe_alloc(struct file **rf, struct file **wf);
/* Closes one end (the write end if writable); frees the pipe when both
 * ends are closed. Called by file_close for the file's last reference. */
void pipe_close(struct pipe *p, bool writable);
/* Waits for data, then returns up to n bytes copied to user address addr;
 * 0 at end of file; -1 if killed or nothing could be copied to addr. */
int pipe_read(struct pipe *p, uint64 addr, int n);
/* Returns n once all n bytes from user address addr are in the pipe
 * (waiting for room as needed), the bytes done if addr turns bad part way,
 * or -1: no reader left, killed, or addr bad from the start. */
int pipe_write(struct pipe *p, uint64 addr, int n);

#endif
