#!/usr/bin/env python3
"""Prints scripts/bench's Markdown table from its results file (one `name values…` per line)."""
import sys


def main():
    path, runs = sys.argv[1], sys.argv[2]
    summary_runs = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    single, parse, summary, exact = {}, [], [], []
    for line in open(path):
        name, *values = line.split()
        if name == "parse":
            parse.append(values)
        elif name == "summary":
            summary.append(values)
        elif name == "exact":
            exact.append(values)
        else:
            single[name] = values

    def ms(seconds):
        return f"{float(seconds) * 1000:.1f} ms"

    def mb(kilobytes):
        return f"{int(kilobytes) / 1024:.1f} MB" if int(kilobytes) < 10240 else f"{int(kilobytes) / 1024:.0f} MB"

    ready, hello, true, version = (single[k] for k in ("ready", "hello", "true", "version"))
    summary_run_text = (
        f"medians of {summary_runs} runs each, after one warm-up each, on files in the page cache"
        if summary_runs > 1 else "one run each on files in the page cache")
    print(f"Release build (static Swift runtime); medians of {runs} runs (validate 5, each after one "
          f"warm-up; summary and jq: {summary_run_text}); {single['load'][3]} cores, load average "
          f"{' '.join(single['load'][:3])} when the run ended. CPU = user + system time.")
    print()
    print("| figure | ducha | peer, same run | ratio | target |")
    print("|---|---:|---|---:|---|")
    print(f"| REPL ready: first question printed, all checklists listed | {ms(ready[0])} "
          f"(CPU {ms(ready[1])}) | Foundation hello world `swiftc -O`: {ms(hello[0])} "
          f"(CPU {ms(hello[1])}); `/bin/true`: {ms(true[0])} | "
          f"{float(ready[0]) / float(hello[0]):.2f}× | ≤ 1.5× |")
    print(f"| `ducha --version`: start-up alone | {ms(version[0])} (CPU {ms(version[1])}) | | | |")
    rates = []
    for size, took, cpu, _ in parse:
        rate = int(size) / 1e6 / max(float(took) - float(version[0]), 1e-6)
        cpu_rate = int(size) / 1e6 / max(float(cpu) - float(version[1]), 1e-6)
        rates.append(rate)
        print(f"| validate one checklist of {int(size) / 1e6:.2f} MB | {ms(took)} (CPU {ms(cpu)}) | "
              f"less the start-up above | {rate:.1f} MB/s ({cpu_rate:.1f} MB/s of CPU) | "
              f"≥ 20 MB/s, linear |")
    for count, megabytes, took, cpu, rss, jq, jq_cpu, jq_rss in summary:
        print(f"| `ducha summary` of {int(count):,} sessions ({megabytes} MB) | {float(took):.2f} s "
              f"(CPU {float(cpu):.2f} s; peak {mb(rss)}) | `jq -c .id` over the same files: "
              f"{float(jq):.2f} s (CPU {float(jq_cpu):.2f} s; peak {mb(jq_rss)}) | "
              f"{float(took) / float(jq):.2f}× | ≤ 0.5× |")
    fast = {row[0]: row for row in summary}
    for count, took, cpu, rss in exact:
        if count not in fast:
            continue
        _, _, fast_took, fast_cpu, fast_rss, *_ = fast[count]
        print(f"| `ducha summary` of {int(count):,} sessions, files read by `JSONDecoder` "
              f"(`DUCHA_EXACT_READ=1`) | {float(took):.2f} s (CPU {float(cpu):.2f} s; peak {mb(rss)}) "
              f"| ducha's own reader, row above: {float(fast_took):.2f} s (CPU {float(fast_cpu):.2f} s; "
              f"peak {mb(fast_rss)}) | {float(cpu) / max(float(fast_cpu), 1e-6):.2f}× the CPU | "
              f"reported |")
    walk0, walk100 = single["walk0"], single["walk100"]
    answer = (float(walk100[0]) - float(walk0[0])) / 100
    answer_cpu = (float(walk100[1]) - float(walk0[1])) / 100
    atomic, inplace = float(single["atomic"][0]), float(single["inplace"][0])
    atomic_cpu = float(single["atomic"][1])
    print(f"| one answer: parse, score, print, durable save of the {single['bytes'][0]}-byte session "
          f"| {answer * 1000:.2f} ms (CPU {answer_cpu * 1000:.2f} ms) | C write + fsync + rename + "
          f"fsync dir of the same bytes: {atomic * 1000:.2f} ms (CPU {atomic_cpu * 1000:.2f} ms; "
          f"bare write + fsync: {inplace * 1000:.2f} ms) | {answer / atomic:.2f}× | ≤ 2× |")
    walk_peak, save_peak, hello_peak = single["peaks"]
    print(f"| peak memory: REPL walk of 100 answers | {mb(walk_peak)} | the C save loop of the same "
          f"bytes: {mb(save_peak)}; Foundation hello world: {mb(hello_peak)} | | reported |")


if __name__ == "__main__":
    main()
