/* Runs a command (its output thrown away) and prints its peak resident set size in kB.
 *
 *   peak_rss COMMAND [ARGUMENT...]
 *
 * Measured from this small process rather than from Python: Linux counts in a child's peak the
 * memory of the process it was forked from, up to the exec, so a figure taken under Python never
 * goes below Python's own 10-15 MB, and small peers (the C save loop) would read as large. */
#define _DEFAULT_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s COMMAND [ARGUMENT...]\n", argv[0]);
    return 2;
  }
  pid_t child = fork();
  if (child < 0) {
    perror("fork");
    return 1;
  }
  if (child == 0) {
    int null = open("/dev/null", O_RDWR);
    if (null >= 0) {
      dup2(null, 0);
      dup2(null, 1);
      dup2(null, 2);
    }
    execvp(argv[1], argv + 1);
    _exit(127);
  }
  int status = 0;
  struct rusage usage;
  if (wait4(child, &status, 0, &usage) < 0) {
    perror("wait4");
    return 1;
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
    fprintf(stderr, "%s: cannot run %s\n", argv[0], argv[1]);
    return 1;
  }
  printf("%ld\n", usage.ru_maxrss);
  return 0;
}
