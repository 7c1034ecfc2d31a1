#!/usr/bin/env python3
"""Peak-end per journey with pandas, the idiomatic vectorised way, for comparison with motkit.

Usage: peak_end.py EVENTS.csv NEUTRAL > scores.csv

The same definition as motkit's peak-end scorer with its defaults: per journey, moments in time
order (equal times by touchpoint, value and duration, as motkit orders them); the peak is the moment furthest from the
neutral point, the one below neutral when one above is as far (within 6e-9, motkit's default
ties=negative); the end is the last moment; the score is their mean. Writes journey,value with
full float precision.
"""
import sys

import numpy as np
import pandas as pd


def main(path, neutral):
    events = pd.read_csv(
        path,
        usecols=["journey", "timestamp", "touchpoint", "value", "duration_s"],
        dtype={
            "journey": str,
            "timestamp": str,
            "touchpoint": str,
            "value": "float64",
            "duration_s": "float64",
        },
        engine="c",
    )
    events["time"] = pd.to_datetime(events["timestamp"], utc=True)
    # Journeys in order of first appearance, moments in time order, ties by content (touchpoint
    # ids compare as their UTF-8 bytes, which is code point order, as Python compares str).
    order = pd.factorize(events["journey"])[0]
    events["order"] = order
    events = events.sort_values(["order", "time", "touchpoint", "value", "duration_s"], kind="stable")
    grouped = events.groupby("order", sort=True)
    # The intense peak, the worse one on a tie across neutral: vectorised per journey from its
    # lowest and highest values.
    low = grouped["value"].min().to_numpy()
    high = grouped["value"].max().to_numpy()
    peak = np.where(neutral - low >= high - neutral - 6e-9, low, high)
    end = grouped["value"].last().to_numpy()
    journeys = grouped["journey"].first().to_numpy()
    result = pd.DataFrame({"journey": journeys, "value": 0.5 * peak + 0.5 * end})
    # Floats are written in their shortest exact form.
    result.to_csv(sys.stdout, index=False)


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 4.0)
