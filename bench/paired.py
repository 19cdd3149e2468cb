#!/usr/bin/env python3
"""Paired wall-time runs for `make bench`: runs command A and command B alternately N times
(after W warm-up pairs) and prints "A_ms B_ms ratio", the medians of each and of the per-pair
ratios A/B. Alternating keeps a busy spell of the machine from landing on one side only.

    paired.py N W -- A ARGS... -- B ARGS...
"""
import statistics
import subprocess
import sys
import time


def run(command):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main():
    runs, warmup = int(sys.argv[1]), int(sys.argv[2])
    rest = sys.argv[3:]
    split = [i for i, word in enumerate(rest) if word == "--"]
    a, b = rest[split[0] + 1 : split[1]], rest[split[1] + 1 :]
    for _ in range(warmup):
        run(a)
        run(b)
    times_a, times_b, ratios = [], [], []
    for _ in range(runs):
        ta, tb = run(a), run(b)
        times_a.append(ta)
        times_b.append(tb)
        ratios.append(ta / tb)
    print("%.1f %.1f %.2f" % (statistics.median(times_a) * 1000, statistics.median(times_b) * 1000,
                              statistics.median(ratios)))


if __name__ == "__main__":
    main()
