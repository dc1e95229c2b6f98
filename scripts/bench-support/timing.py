#!/usr/bin/env python3
"""Timing loops for scripts/bench.

  timing.py first-prompt RUNS -- COMMAND...   time from start until the first question ("> ") is
                                              printed, and until exit; one line per figure
  timing.py exit RUNS -- COMMAND...           time from start to exit (hyperfine when present)
  timing.py save RUNS PROGRAM FILE MODE       runs the C save loop RUNS times (100 saves each)

Each prints `mean_ms median_ms` (one line per figure) and exits non-zero if a run fails.
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def summary(samples_ms):
    return f"{statistics.mean(samples_ms):.3f} {statistics.median(samples_ms):.3f}"


def first_prompt(runs, command):
    ready, done = [], []
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
        seen = b""
        prompt_at = None
        while True:
            chunk = os.read(process.stdout.fileno(), 65536)
            if not chunk:
                break
            seen += chunk
            if prompt_at is None and b"> " in seen:
                prompt_at = time.perf_counter()
        process.wait()
        end = time.perf_counter()
        if process.returncode != 0 or prompt_at is None:
            sys.exit(f"run failed ({process.returncode}): {' '.join(command)}\n{seen.decode(errors='replace')}")
        ready.append((prompt_at - start) * 1000)
        done.append((end - start) * 1000)
    print(summary(ready))
    print(summary(done))


def exit_time(runs, command):
    if shutil.which("hyperfine"):
        with tempfile.NamedTemporaryFile(suffix=".json") as export:
            subprocess.run(
                ["hyperfine", "--style", "none", "-N", "--warmup", "3", "--runs", str(runs),
                 "--export-json", export.name, "--", " ".join(command)],
                check=True, stdout=subprocess.DEVNULL)
            result = json.load(open(export.name))["results"][0]
            if any(code != 0 for code in result.get("exit_codes", [])):
                sys.exit(f"run failed: {' '.join(command)}")
            print(f"{result['mean'] * 1000:.3f} {result['median'] * 1000:.3f}")
        return
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        completed = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        samples.append((time.perf_counter() - start) * 1000)
        if completed.returncode != 0:
            sys.exit(f"run failed ({completed.returncode}): {' '.join(command)}")
    print(summary(samples))


def save_loop(runs, program, source, mode):
    samples = []
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_DIR")) as directory:
        for _ in range(runs):
            out = subprocess.run([program, source, directory, "100", mode], check=True,
                                 capture_output=True, text=True).stdout
            samples.append(float(out) / 1000)
    print(summary(samples))


def main():
    kind, runs = sys.argv[1], int(sys.argv[2])
    rest = sys.argv[3:]
    if rest and rest[0] == "--":
        rest = rest[1:]
    if kind == "first-prompt":
        first_prompt(runs, rest)
    elif kind == "exit":
        exit_time(runs, rest)
    elif kind == "save":
        save_loop(runs, *rest)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
