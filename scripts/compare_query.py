#!/usr/bin/env python3
"""Compare whole-process query times of whosaid binaries, alternating, one run each a round.

    scripts/compare_query.py INDEX BINARY [BINARY ...] [--rounds N]

Runs the benchmark's query (keyword, person, date range, top 10) against INDEX with each binary
in turn, N rounds (default 40), and prints each binary's median in milliseconds. Timings on a
shared machine drift from minute to minute: only binaries measured side by side compare.
"""
import argparse
import statistics
import subprocess
import time

QUERY = ["query", "travel ban", "--person", "Trump", "--from", "2017-01-01", "--to", "2017-12-31"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index")
    parser.add_argument("binaries", nargs="+")
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    times = {binary: [] for binary in args.binaries}
    for _ in range(args.rounds):
        for binary in args.binaries:
            started = time.perf_counter()
            subprocess.run([binary, *QUERY, "--index", args.index], stdout=subprocess.DEVNULL, check=True)
            times[binary].append((time.perf_counter() - started) * 1000)
    for binary, ms in times.items():
        print(f"{binary}: median {statistics.median(ms):.2f} ms over {len(ms)} runs")


if __name__ == "__main__":
    main()
