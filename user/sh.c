/* sh: the shell. Reads command lines from the console (with a "$ " prompt),
 * from standard input, or from a script named as its argument, and runs
 * them. A line is a list of pipelines separated by ';' (run in turn) or
 * '&' (run in the background); a pipeline is commands joined by '|'; a
 * command is words with optional redirections < file, > file, >> file.
 * Words may be quoted with '...' or "..." and characters escaped with \.
 * '#' at the start of a word begins a comment. Built in: cd, exit. */
#include "user.h"

#define MAXLINE 1024
#define MAXARGS 32 /* the kernel's limit on exec arguments */
#define MAXPATH 128
#define READBUF 512

/* ---------------------------------------------------------------- input */

/* A source of command lines: standard input is read a byte at a time so
 * that commands reading it after us see the rest; a script is buffered. */
struct input {
  int fd;
  int buffered;
  int pos, len;
  char buf[READBUF];
};

#define LINE_EOF -1
#define LINE_TOO_LONG -2

/* Returns the next byte of in, or -1 at end of input or on error. */
static int read_char(struct input *in) {
  if (!in->buffered) {
    char c;
    return read(in->fd, &c, 1) == 1 ? (uchar)c : -1;
  }
  if (in->pos == in->len) {
    in->len = read(in->fd, in->buf, sizeof(in->buf));
    in->pos = 0;
    if (in->len <= 0) {
      in->len = 0;
      return -1;
    }
  }
  return (uchar)in->buf[in->pos++];
}

/* Reads one line (without its newline) into line[max]; returns its length,
 * LINE_EOF at end of input, or LINE_TOO_LONG after skipping a line that
 * does not fit. */
static int read_line(struct input *in, char *line, int max) {
  int n = 0, c;
  while ((c = read_char(in)) >= 0 && c != '\n') {
    if (n < max)
      line[n] = c;
    n++;
  }
  if (c < 0 && n == 0)
    return LINE_EOF;
  if (n >= max)
    return LINE_TOO_LONG;
  line[n] = 0;
  return n;
}

/* ---------------------------------------------------------------- lexer */

enum token {
  TOK_WORD,
  TOK_PIPE,
  TOK_SEMI,
  TOK_AMP,
  TOK_IN,
  TOK_OUT,
  TOK_APPEND,
  TOK_END,
  TOK_ERROR
};

/* Splits a line into tokens. Words are unquoted into a separate buffer,
 * which never needs more than the line's length plus one NUL per word. */
struct lexer {
  const char *p;     /* next character of the line */
  char *out;         /* where the next word's text goes */
  enum token tok;    /* current token */
  char *word;        /* its text when tok is TOK_WORD */
  const char *error; /* message when tok is TOK_ERROR */
  char words[2 * MAXLINE + 2];
};

/* Returns 1 if c separates words. */
static int is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

/* Returns 1 if c ends a word without being part of it. */
static int ends_word(char c) { return c == 0 || is_space(c) || strchr("|;&<>()", c) != NULL; }

/* Copies a quoted section starting at the opening quote; returns 0, or -1
 * if the quote is not closed. Inside "...", \" and \\ are escapes. */
static int lex_quoted(struct lexer *lx) {
  char q = *lx->p++;
  while (*lx->p != q) {
    if (*lx->p == 0)
      return -1;
    if (q == '"' && *lx->p == '\\' && (lx->p[1] == '"' || lx->p[1] == '\\'))
      lx->p++;
    *lx->out++ = *lx->p++;
  }
  lx->p++;
  return 0;
}

/* Scans a word into the words buffer; returns TOK_WORD or TOK_ERROR. */
static enum token lex_word(struct lexer *lx) {
  lx->word = lx->out;
  while (!ends_word(*lx->p)) {
    if (*lx->p == '\'' || *lx->p == '"') {
      if (lex_quoted(lx) < 0) {
        lx->error = "unterminated quote";
        return TOK_ERROR;
      }
    } else {
      if (*lx->p == '\\' && lx->p[1] != 0)
        lx->p++;
      *lx->out++ = *lx->p++;
    }
  }
  *lx->out++ = 0;
  return TOK_WORD;
}

/* Returns the operator token at the current character (which is one). */
static enum token lex_operator(struct lexer *lx) {
  char c = *lx->p++;
  switch (c) {
  case '|':
    return TOK_PIPE;
  case ';':
    return TOK_SEMI;
  case '&':
    return TOK_AMP;
  case '<':
    return TOK_IN;
  case '>':
    if (*lx->p == '>') {
      lx->p++;
      return TOK_APPEND;
    }
    return TOK_OUT;
  default:
    lx->error = "parentheses are not supported";
    return TOK_ERROR;
  }
}

/* Moves to the next token. */
static void advance(struct lexer *lx) {
  while (is_space(*lx->p))
    lx->p++;
  if (*lx->p == 0 || *lx->p == '#')
    lx->tok = TOK_END;
  else if (ends_word(*lx->p))
    lx->tok = lex_operator(lx);
  else
    lx->tok = lex_word(lx);
}

/* ---------------------------------------------------------------- parser */

/* One command of a pipeline. */
struct cmd {
  char *argv[MAXARGS + 1];
  int argc;
  char *in;         /* file for <, or NULL */
  char *out;        /* file for > or >>, or NULL */
  int append;       /* out was given with >> */
  int pid;          /* while running: the child's pid, 0 once reaped */
  struct cmd *next; /* the command this one pipes into */
};

/* One pipeline and how to run it. */
struct job {
  struct cmd *cmds;
  int background;
  struct job *next;
};

/* Frees a list of jobs and their commands. */
static void free_jobs(struct job *j) {
  while (j != NULL) {
    struct job *next = j->next;
    while (j->cmds != NULL) {
      struct cmd *c = j->cmds;
      j->cmds = c->next;
      free(c);
    }
    free(j);
    j = next;
  }
}

/* Returns a zeroed allocation of n bytes; exits the shell when memory is
 * exhausted. */
static void *zalloc(size_t n) {
  void *p = malloc(n);
  if (p == NULL) {
    fprintf(2, "sh: out of memory\n");
    exit(1);
  }
  return memset(p, 0, n);
}

/* Returns a message for a token found where it does not belong. */
static const char *unexpected(struct lexer *lx) {
  if (lx->tok == TOK_ERROR)
    return lx->error;
  return lx->tok == TOK_END ? "missing command" : "unexpected operator";
}

/* Parses a redirection (current token < > or >>) into c; returns NULL or an
 * error message. */
static const char *parse_redirect(struct lexer *lx, struct cmd *c) {
  enum token kind = lx->tok;
  advance(lx);
  if (lx->tok != TOK_WORD)
    return lx->tok == TOK_ERROR ? lx->error : "missing file name after redirection";
  if (kind == TOK_IN) {
    c->in = lx->word;
  } else {
    c->out = lx->word;
    c->append = kind == TOK_APPEND;
  }
  advance(lx);
  return NULL;
}

/* Parses words and redirections into c; returns NULL or an error message. */
static const char *parse_command(struct lexer *lx, struct cmd *c) {
  const char *err;
  for (;;) {
    if (lx->tok == TOK_WORD) {
      if (c->argc == MAXARGS)
        return "too many arguments";
      c->argv[c->argc++] = lx->word;
      advance(lx);
    } else if (lx->tok == TOK_IN || lx->tok == TOK_OUT || lx->tok == TOK_APPEND) {
      if ((err = parse_redirect(lx, c)) != NULL)
        return err;
    } else {
      return c->argc == 0 ? unexpected(lx) : NULL;
    }
  }
}

/* Parses commands joined by '|' into j; returns NULL or an error message. */
static const char *parse_pipeline(struct lexer *lx, struct job *j) {
  struct cmd **link = &j->cmds;
  for (;;) {
    *link = zalloc(sizeof(struct cmd));
    const char *err = parse_command(lx, *link);
    if (err != NULL || lx->tok != TOK_PIPE)
      return err;
    link = &(*link)->next;
    advance(lx);
  }
}

/* Parses a whole line into *jobs (NULL for an empty line); returns NULL or
 * an error message, in which case *jobs is freed and NULL. */
static const char *parse_line(struct lexer *lx, struct job **jobs) {
  struct job **link = jobs;
  const char *err = NULL;
  *jobs = NULL;
  advance(lx);
  while (err == NULL && lx->tok != TOK_END) {
    *link = zalloc(sizeof(struct job));
    err = parse_pipeline(lx, *link);
    if (err != NULL)
      break;
    if (lx->tok == TOK_AMP)
      (*link)->background = 1;
    else if (lx->tok != TOK_SEMI && lx->tok != TOK_END)
      err = unexpected(lx);
    if (lx->tok != TOK_END)
      advance(lx);
    link = &(*link)->next;
  }
  if (err != NULL) {
    free_jobs(*jobs);
    *jobs = NULL;
  }
  return err;
}

/* ---------------------------------------------------------------- running */

static int script_fd = -1; /* the script being read, closed in children */

/* Runs c if it is built in, setting *status; returns 1 if it was. */
static int run_builtin(struct cmd *c, int *status) {
  if (strcmp(c->argv[0], "exit") == 0) {
    exit(c->argc > 1 ? atoi(c->argv[1]) : *status);
  }
  if (strcmp(c->argv[0], "cd") != 0)
    return 0;
  const char *dir = c->argc > 1 ? c->argv[1] : "/";
  *status = 0;
  if (c->argc > 2) {
    fprintf(2, "sh: usage: cd [dir]\n");
    *status = 1;
  } else if (chdir(dir) < 0) {
    fprintf(2, "sh: cd: cannot change to %s\n", dir);
    *status = 1;
  }
  return 1;
}

/* In a child: makes descriptor target refer to what fd does and closes fd;
 * exits if that fails. Descriptors below target must be open. */
static void move_fd(int fd, int target) {
  if (fd == target)
    return;
  close(target);
  if (dup(fd) != target) {
    fprintf(2, "sh: cannot set up descriptor %d\n", target);
    exit(1);
  }
  close(fd);
}

/* In a child: opens the target of > or >>, positioned at the end for >>
 * (there is no seek, so the file is read through); returns the descriptor
 * or -1. */
static int open_output(struct cmd *c) {
  if (!c->append)
    return open(c->out, O_WRONLY | O_CREATE | O_TRUNC);
  int fd = open(c->out, O_RDWR | O_CREATE);
  char buf[READBUF];
  while (fd >= 0 && read(fd, buf, sizeof(buf)) > 0)
    ;
  return fd;
}

/* In a child: applies c's redirections; exits if a file cannot be opened. */
static void redirect(struct cmd *c) {
  if (c->in != NULL) {
    int fd = open(c->in, O_RDONLY);
    if (fd < 0) {
      fprintf(2, "sh: cannot open %s\n", c->in);
      exit(1);
    }
    move_fd(fd, 0);
  }
  if (c->out != NULL) {
    int fd = open_output(c);
    if (fd < 0) {
      fprintf(2, "sh: cannot create %s\n", c->out);
      exit(1);
    }
    move_fd(fd, 1);
  }
}

/* In a child: runs c, first as named (relative to the current directory),
 * then from the root directory. Never returns: a program that exists but
 * does not load (not a program, malformed) says so, apart from one that
 * is not there at all. */
static void exec_command(struct cmd *c) {
  char path[MAXPATH];
  struct stat st;
  const char *found = NULL;
  exec(c->argv[0], c->argv);
  if (stat(c->argv[0], &st) == 0)
    found = c->argv[0];
  if (strchr(c->argv[0], '/') == NULL &&
      snprintf(path, sizeof(path), "/%s", c->argv[0]) < (int)sizeof(path)) {
    exec(path, c->argv);
    if (!found && stat(path, &st) == 0)
      found = path;
  }
  if (found)
    fprintf(2, "sh: %s: cannot run: %s\n", found,
            st.type == T_DIR ? "a directory" : "not a program cowos can load");
  else
    fprintf(2, "sh: %s: not found\n", c->argv[0]);
  exit(found ? 126 : 127);
}

/* In a child: wires up standard input and output (in and out are -1 to
 * keep them; spare is the pipe end this child does not use, or -1), applies
 * redirections and runs c. Never returns. */
static void child(struct cmd *c, int in, int out, int spare) {
  int status = 0;
  if (spare >= 0)
    close(spare);
  if (script_fd >= 0)
    close(script_fd);
  if (in >= 0)
    move_fd(in, 0);
  if (out >= 0)
    move_fd(out, 1);
  redirect(c);
  if (run_builtin(c, &status))
    exit(status);
  exec_command(c);
}

/* Starts every command of j in its own process, connected by pipes;
 * returns how many were started (their pids are in the commands). */
static int start_pipeline(struct job *j) {
  int in = -1, started = 0;
  for (struct cmd *c = j->cmds; c != NULL; c = c->next) {
    int p[2] = {-1, -1};
    if (c->next != NULL && pipe(p) < 0) {
      fprintf(2, "sh: pipe failed\n");
      break;
    }
    c->pid = fork();
    if (c->pid == 0)
      child(c, in, p[1], p[0]);
    if (in >= 0)
      close(in);
    if (p[1] >= 0)
      close(p[1]);
    in = p[0];
    if (c->pid < 0) {
      fprintf(2, "sh: fork failed\n");
      c->pid = 0;
      break;
    }
    started++;
  }
  if (in >= 0)
    close(in);
  return started;
}

/* Waits for the started commands of j; returns the last command's exit
 * status, or 1 if it never started. Other children are reaped on the way. */
static int wait_pipeline(struct job *j, int started) {
  int status = 1, st, pid;
  struct cmd *last = j->cmds;
  while (last->next != NULL)
    last = last->next;
  while (started > 0 && (pid = wait(&st)) >= 0) {
    for (struct cmd *c = j->cmds; c != NULL; c = c->next) {
      if (c->pid == pid) {
        c->pid = 0;
        started--;
        if (c == last)
          status = st;
      }
    }
  }
  return status;
}

/* Runs one pipeline; returns its exit status (0 for a background one).
 * A lone built-in command in the foreground runs in the shell itself. */
static int run_job(struct job *j, int status) {
  if (!j->background && j->cmds->next == NULL && run_builtin(j->cmds, &status))
    return status;
  int started = start_pipeline(j);
  if (j->background)
    return started > 0 ? 0 : 1;
  return wait_pipeline(j, started);
}

/* Parses and runs one line; returns the new exit status (2 for a line that
 * does not parse). */
static int run_line(const char *line, int status) {
  static struct lexer lx;
  struct job *jobs;
  lx.p = line;
  lx.out = lx.words;
  const char *err = parse_line(&lx, &jobs);
  if (err != NULL) {
    fprintf(2, "sh: syntax error: %s\n", err);
    return 2;
  }
  for (struct job *j = jobs; j != NULL; j = j->next)
    status = run_job(j, status);
  free_jobs(jobs);
  return status;
}

/* Returns 1 if standard input is the console (so prompts are wanted). */
static int interactive(void) {
  struct stat st;
  return fstat(0, &st) == 0 && st.type == T_DEVICE;
}

int main(int argc, char **argv) {
  static struct input in;
  static char line[MAXLINE];
  int status = 0, prompt = 0, n;
  if (argc > 2) {
    fprintf(2, "usage: sh [script]\n");
    return 1;
  }
  if (argc == 2) {
    if ((script_fd = open(argv[1], O_RDONLY)) < 0) {
      fprintf(2, "sh: cannot open %s\n", argv[1]);
      return 1;
    }
    in.fd = script_fd;
    in.buffered = 1;
  } else {
    prompt = interactive();
  }
  for (;;) {
    if (prompt)
      fprintf(2, "$ ");
    if ((n = read_line(&in, line, sizeof(line))) == LINE_EOF)
      break;
    if (n == LINE_TOO_LONG) {
      fprintf(2, "sh: line too long\n");
      status = 2;
      continue;
    }
    status = run_line(line, status);
  }
  return status;
}
