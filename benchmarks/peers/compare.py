#!/usr/bin/env python3
"""Checks that two journey,value CSV files give the same value for the same journeys, to 1e-9."""
import csv
import sys


def read(path):
    with open(path, newline="") as f:
        return {row["journey"]: float(row["value"]) for row in csv.DictReader(f)}


motkit, pandas = read(sys.argv[1]), read(sys.argv[2])
if motkit.keys() != pandas.keys():
    sys.exit(f"different journeys: {len(motkit)} from motkit, {len(pandas)} from pandas")
worst = max(abs(motkit[j] - pandas[j]) for j in motkit)
if worst > 1e-9:
    sys.exit(f"values differ by up to {worst}")
print(f"same values: {len(motkit)} journeys, largest difference {worst}")
