#!/usr/bin/env python3
"""The race's table: per analysis motkit and every DuckDB release (medians of GNU time -v), the
fastest release named, motkit's speed and memory against it, and the floors.

Usage: race_summary.py EVENTS.csv WORK_DIR ROWS REPEATS VERSION...
"""
import os
import statistics
import sys

from gnu_time import report


events, work, rows, repeats, versions = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5:]
lines = sum(1 for _ in open(events, "rb")) - 1
size = os.path.getsize(events)


def median(tool):
    paths = [f"{work}/{tool}-{rows}-{r}.time" for r in range(1, repeats + 1)]
    return [statistics.median(c) for c in zip(*(report(p) for p in paths))]


print(f"{lines:,} rows, {size / 2**20:,.0f} MiB ({rows} asked), medians of {repeats} alternating runs")
print(f"{'':28}{'wall s':>8}{'cpu s':>8}{'RSS MiB':>9}{'ns/row':>8}")
for floor in ("cat", "parse-floor"):
    w, c, r = median(floor)
    print(f"{floor:28}{w:8.2f}{c:8.2f}{r:9.0f}{1e9 * w / lines:8.0f}")
for analysis in ("score", "pain-points", "edges"):
    mw, mc, mr = median(f"motkit-{analysis}")
    print(f"{'motkit ' + analysis:28}{mw:8.2f}{mc:8.2f}{mr:9.0f}{1e9 * mw / lines:8.0f}")
    best = None
    queries = ["", "-parallel"] if analysis == "score" else [""]
    for v in versions:
        for q in queries:
            w, c, r = median(f"duckdb-{v}-{analysis}{q}")
            print(f"{'  DuckDB ' + v + q:28}{w:8.2f}{c:8.2f}{r:9.0f}{1e9 * w / lines:8.0f}")
            if best is None or w < best[1]:
                best = (v + q, w, r)
    print(f"  -> fastest DuckDB {best[0]}: motkit's speed {best[1] / mw:.2f}x, memory {mr / best[2]:.2f}x")
