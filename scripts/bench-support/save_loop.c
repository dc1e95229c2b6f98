/* The bare cost of saving a file durably, for comparison with ducha's per-answer save.
 *
 *   save_loop FILE DIR COUNT atomic   COUNT × (write FILE's bytes to a new temporary file in DIR,
 *                                      fsync it, rename it over DIR/session.json, fsync DIR):
 *                                      what DuchaSession's AtomicFile.write does
 *   save_loop FILE DIR COUNT inplace  COUNT × (truncate DIR/session.json, write, fsync): the
 *                                      least a durable save can cost, not crash-safe
 *
 * Prints the mean time of one save in microseconds, then its mean CPU time (user + system). */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static void fail(const char *what) {
  perror(what);
  exit(1);
}

static void write_all(int fd, const char *bytes, size_t size) {
  while (size > 0) {
    ssize_t n = write(fd, bytes, size);
    if (n < 0) fail("write");
    bytes += n;
    size -= (size_t)n;
  }
}

int main(int argc, char **argv) {
  if (argc != 5) {
    fprintf(stderr, "usage: %s FILE DIR COUNT atomic|inplace\n", argv[0]);
    return 2;
  }
  int atomic = strcmp(argv[4], "atomic") == 0;
  int count = atoi(argv[3]);
  FILE *source = fopen(argv[1], "rb");
  if (!source) fail(argv[1]);
  static char bytes[1 << 20];
  size_t size = fread(bytes, 1, sizeof bytes, source);
  fclose(source);
  char target[4096], temporary[4096];
  snprintf(target, sizeof target, "%s/session.json", argv[2]);
  struct timespec start, end;
  clock_gettime(CLOCK_MONOTONIC, &start);
  for (int i = 0; i < count; i++) {
    if (atomic) {
      snprintf(temporary, sizeof temporary, "%s/.session.json.%d.%d.tmp", argv[2], (int)getpid(), i);
      int fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
      if (fd < 0) fail("open");
      if (fchmod(fd, 0600) != 0) fail("fchmod");
      write_all(fd, bytes, size);
      if (fsync(fd) != 0) fail("fsync");
      close(fd);
      if (rename(temporary, target) != 0) fail("rename");
      int dir = open(argv[2], O_RDONLY | O_CLOEXEC);
      if (dir < 0) fail("open dir");
      fsync(dir);
      close(dir);
    } else {
      int fd = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
      if (fd < 0) fail("open");
      write_all(fd, bytes, size);
      if (fsync(fd) != 0) fail("fsync");
      close(fd);
    }
  }
  clock_gettime(CLOCK_MONOTONIC, &end);
  double micros = (end.tv_sec - start.tv_sec) * 1e6 + (end.tv_nsec - start.tv_nsec) / 1e3;
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  double cpu = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e6 + usage.ru_utime.tv_usec +
               usage.ru_stime.tv_usec;
  printf("%.2f %.2f\n", micros / count, cpu / count);
  return 0;
}
