#!/usr/bin/env python3
"""Medians of GNU time -v reports: wall, CPU and peak resident memory of every tool that ran.

Usage: summary.py EVENTS.csv WORK_DIR ROWS REPEATS TOOL...
"""
import os
import statistics
import sys

from gnu_time import report


events, work, rows, repeats, tools = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5:]
lines = sum(1 for _ in open(events)) - 1
medians = {}
for tool in tools:
    paths = [f"{work}/{tool}-{rows}-{r}.time" for r in range(1, repeats + 1)]
    if all(os.path.exists(p) for p in paths):
        medians[tool] = [statistics.median(column) for column in zip(*(report(p) for p in paths))]
print(f"{lines} rows ({rows} asked), median of {repeats} alternating runs")
print(f"{'':17}{'wall s':>9}{'cpu s':>9}{'peak MiB':>10}{'ns/row':>9}{'wall / motkit':>15}")
m = medians["motkit"]
for tool, (wall, cpu, rss) in medians.items():
    print(f"{tool:17}{wall:9.2f}{cpu:9.2f}{rss:10.0f}{1e9 * wall / lines:9.0f}{wall / m[0]:15.2f}")
