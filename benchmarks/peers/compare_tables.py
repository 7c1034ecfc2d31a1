#!/usr/bin/env python3
"""Checks that motkit's pain-point or edge table and the DuckDB query's hold the same numbers.

pain-points: per touchpoint the moments, the counts with an expectation, an adequate and a desired
level, below adequate and above desired (exactly), the mean and the mean gap (to 1e-9).
edges: per (from, to) pair the count (exactly), the probability and the median gap (to 1e-9).

Usage: compare_tables.py pain-points|edges MOTKIT.csv DUCKDB.csv
"""
import csv
import sys

kind, motkit_path, duckdb_path = sys.argv[1:4]


def rows(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


motkit, duckdb = rows(motkit_path), rows(duckdb_path)
if kind == "pain-points":
    key_m, key_d = (lambda r: r["touchpoint"]), (lambda r: r["touchpoint"])
    exact = [("moments", "moments"), ("with_expectation", "with_expectation"),
             ("below_adequate", "below_adequate"), ("above_desired", "above_desired")]
    close = [("mean_experience", "mean"), ("mean_gap", "mean_gap")]
    motkit = [r for r in motkit if r["segment"] == ""]
else:
    key_m, key_d = (lambda r: (r["from"], r["to"])), (lambda r: (r["from_touchpoint"], r["to_touchpoint"]))
    exact = [("count", "count")]
    close = [("probability", "probability"), ("median_seconds", "median_seconds")]
    motkit = [r for r in motkit if r["segment"] == ""]
m = {key_m(r): r for r in motkit}
d = {key_d(r): r for r in duckdb}
if m.keys() != d.keys():
    sys.exit(f"{kind}: different keys: {sorted(set(m) ^ set(d))[:5]}")
worst = 0.0
for k, r in m.items():
    for a, b in exact:
        if int(float(r[a])) != int(float(d[k][b])):
            sys.exit(f"{kind} {k}: {a} {r[a]} against {d[k][b]}")
    for a, b in close:
        x, y = float(r[a]), float(d[k][b])
        worst = max(worst, abs(x - y) / max(1.0, abs(x)))
if worst > 1e-9:
    sys.exit(f"{kind}: values differ by up to {worst} (relative)")
print(f"{kind}: same numbers as {duckdb_path}: {len(m)} rows, largest relative difference {worst:.1e}")
