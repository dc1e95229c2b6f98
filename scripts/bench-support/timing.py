#!/usr/bin/env python3
"""Timing loops for scripts/bench.

  timing.py first-prompt RUNS -- COMMAND...   time from start until the first question ("> ") is
                                              printed
  timing.py exit RUNS -- COMMAND...           time from start to exit
  timing.py shell RUNS 'SHELL COMMAND'        the same for a shell command line (jq over a glob)
  timing.py save RUNS PROGRAM FILE MODE       runs the C save loop RUNS times (100 saves each)

The first three print `median_seconds median_cpu_seconds peak_rss_kb` on one line: wall clock,
user + system time of the process and everything it waited for, and the largest resident set
of any run. `save` prints the median seconds of one save and its median CPU seconds (the whole
loop's, start-up included, divided by 100). Exits non-zero if a run fails.
"""
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time


def children_usage():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def run_once(command, shell=False, until_prompt=False):
    """One run: (seconds to the prompt or to exit, CPU seconds)."""
    cpu_before, _ = children_usage()
    start = time.perf_counter()
    process = subprocess.Popen(command, shell=shell, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE if until_prompt else subprocess.DEVNULL)
    prompt_at = None
    seen = b""
    if until_prompt:
        while True:
            chunk = os.read(process.stdout.fileno(), 65536)
            if not chunk:
                break
            seen += chunk
            if prompt_at is None and b"> " in seen:
                prompt_at = time.perf_counter()
    process.wait()
    end = time.perf_counter()
    cpu_after, _ = children_usage()
    # 2 is a scripted walk that ends with the inspection unfinished (saved; `ducha resume`).
    if process.returncode not in (0, 2) or (until_prompt and prompt_at is None):
        shown = command if shell else " ".join(command)
        sys.exit(f"run failed ({process.returncode}): {shown}\n{seen.decode(errors='replace')}")
    return ((prompt_at if until_prompt else end) - start, cpu_after - cpu_before)


def measure(runs, command, shell=False, until_prompt=False):
    if runs > 1:
        run_once(command, shell, until_prompt)  # warm-up: file cache, page cache of the binary
    times, cpus = [], []
    for _ in range(runs):
        took, cpu = run_once(command, shell, until_prompt)
        times.append(took)
        cpus.append(cpu)
    _, peak = children_usage()
    print(f"{statistics.median(times):.6f} {statistics.median(cpus):.6f} {peak}")


def save_loop(runs, program, source, mode):
    samples, cpus = [], []
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_DIR")) as directory:
        for _ in range(runs):
            out = subprocess.run([program, source, directory, "100", mode], check=True,
                                 capture_output=True, text=True).stdout.split()
            samples.append(float(out[0]) / 1e6)
            cpus.append(float(out[1]) / 1e6)
    print(f"{statistics.median(samples):.6f} {statistics.median(cpus):.6f}")


def main():
    kind, runs = sys.argv[1], int(sys.argv[2])
    rest = sys.argv[3:]
    if rest and rest[0] == "--":
        rest = rest[1:]
    if kind == "first-prompt":
        measure(runs, rest, until_prompt=True)
    elif kind == "exit":
        measure(runs, rest)
    elif kind == "shell":
        measure(runs, rest[0], shell=True)
    elif kind == "save":
        save_loop(runs, *rest)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
