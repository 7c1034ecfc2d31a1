#!/usr/bin/env python3
"""Checks that two journey,value CSV files give the same value for the same journeys, to 1e-9.

Usage: compare.py MOTKIT.csv PEER.csv
"""
import csv
import sys


def read(path):
    with open(path, newline="") as f:
        return {row["journey"]: float(row["value"]) for row in csv.DictReader(f)}


motkit, peer = read(sys.argv[1]), read(sys.argv[2])
if motkit.keys() != peer.keys():
    sys.exit(f"different journeys: {len(motkit)} from motkit, {len(peer)} from {sys.argv[2]}")
worst = max(abs(motkit[j] - peer[j]) for j in motkit)
if worst > 1e-9:
    sys.exit(f"values differ by up to {worst}")
print(f"same values as {sys.argv[2]}: {len(motkit)} journeys, largest difference {worst}")
