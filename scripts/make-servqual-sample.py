#!/usr/bin/env python3
"""Writes docs/samples/servqual-responses.csv: 30 respondents answering the standard 22 items.

Each respondent has, per dimension, one expectation level and one perception level; the items of
a dimension are that level plus a small item effect and answer noise, so items of one dimension
correlate as a sound instrument's do (Cronbach's alpha well above 0.7). Adequate and desired
levels bracket the expectation. Seeded, so the file is reproducible: python3 scripts/make-servqual-sample.py
"""
import random
from pathlib import Path

DIMENSIONS = [("tangibles", 1, 4), ("reliability", 5, 9), ("responsiveness", 10, 13),
              ("assurance", 14, 17), ("empathy", 18, 22)]
rng = random.Random(20241)


def clip(x):
    return max(1, min(7, round(x)))


rows = ["respondent,item,expectation,perception,adequate,desired,segment"]
for r in range(30):
    segment = "north" if r < 15 else "south"
    # South is served a little worse: a lower perception level on average.
    service = rng.gauss(0.0 if segment == "north" else -0.6, 0.4)
    for name, first, last in DIMENSIONS:
        expect = rng.gauss(5.6, 1.0)
        perceive = expect + rng.gauss(-0.8, 1.1) + service
        for item in range(first, last + 1):
            e = clip(expect + rng.gauss(0, 0.45))
            p = clip(perceive + rng.gauss(0, 0.45))
            adequate = max(1, e - rng.choice([1, 2]))
            desired = min(7, e + rng.choice([0, 1]))
            rows.append(f"r{r:02d},{item},{e},{p},{adequate},{desired},{segment}")
out = Path(__file__).resolve().parent.parent / "docs" / "samples" / "servqual-responses.csv"
out.write_text("\n".join(rows) + "\n")
