#!/usr/bin/env bash
# End to end on the same simulated event log: `motkit score --scorer peak-end`, one result per
# journey, against peers computing the same peak-end values (benchmarks/peers): DuckDB (in process,
# JDBC, one SQL query; "exact" breaks ties of time by touchpoint, value and duration as motkit does,
# "parallel" breaks them arbitrarily), pandas, the whole job written by hand for this file layout (one
# thread, no validation), and the parse floor (one pass that parses every row and keeps nothing).
# Checks that motkit, DuckDB, pandas and the hand-written job give the same values (to 1e-9) and
# prints the median wall time, CPU time and peak resident memory of each, the tools run in turn.
#
# Usage: benchmarks/run-e2e.sh            (1, 10 and 30 million rows, 3 repeats)
#        E2E_ROWS="1000000" E2E_REPEATS=5 benchmarks/run-e2e.sh
# pandas is left out above E2E_PANDAS_MAX_ROWS (10 million: it cannot hold dates past 2262, and
# 30 million rows take minutes). Up to E2E_JSONL_MAX_ROWS (1 million) motkit also reads the same
# events as JSON Lines (every non-empty field a JSON string or number), which must give the same
# output.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows_list="${E2E_ROWS:-1000000 10000000 30000000}"
pandas_max="${E2E_PANDAS_MAX_ROWS:-10000000}"
jsonl_max="${E2E_JSONL_MAX_ROWS:-1000000}"
repeats="${E2E_REPEATS:-3}"
work="${E2E_DIR:-$here/benchmarks/target/e2e}"
python=/usr/bin/python3
mkdir -p "$work"

# Debian's pandas and GNU time, installed if missing.
if ! "$python" -c "import pandas" 2>/dev/null || [ ! -x /usr/bin/time ]; then
  echo "installing python3-pandas and time with apt-get..." >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pandas time >/dev/null
fi
if [ ! -f "$here/cli/target/motkit.jar" ] || [ ! -f "$here/benchmarks/target/benchmarks.jar" ]; then
  (cd "$here" && mvn -B -q -ntp -DskipTests package)
fi
peer=(java -Xmx8g -cp "$here/benchmarks/target/benchmarks.jar")

model="$here/docs/samples/property-model.json"
# The property model draws 4.92 moments per journey on average.
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); pandas $("$python" -c 'import pandas; print(pandas.__version__)')"
for rows in $rows_list; do
  journeys=$(( rows * 1000 / 4924 ))
  events="$work/events-$rows.csv"
  if [ ! -f "$events" ]; then
    source_model="$model"
    if [ "$journeys" -gt 5000000 ]; then
      # Journeys start 30 minutes apart in the sample model, which would run past 2199 (the last
      # year motkit reads) beyond 5 million journeys: the large log starts them 5 minutes apart.
      source_model="$work/model-5min.json"
      "$python" -c 'import json, sys; m = json.load(open(sys.argv[1])); m["journey_spacing_s"] = 300; json.dump(m, open(sys.argv[2], "w"))' "$model" "$source_model"
    fi
    "$here/motkit" simulate "$source_model" --journeys "$journeys" --seed 20261123 --out "$events"
  fi
  tools="motkit duckdb-exact duckdb-parallel handwritten floor"
  if [ "$rows" -le "$pandas_max" ]; then
    tools="$tools pandas"
  fi
  jsonl="$work/events-$rows.jsonl"
  if [ "$rows" -le "$jsonl_max" ]; then
    tools="$tools motkit-jsonl"
    if [ ! -f "$jsonl" ]; then
      "$python" -c '
import csv, json, sys
numbers = {"value", "duration_s", "expected", "adequate", "desired"}
with open(sys.argv[1]) as rows, open(sys.argv[2], "w") as out:
    for row in csv.DictReader(rows):
        out.write(json.dumps({k: float(v) if k in numbers else v for k, v in row.items() if v != ""}, separators=(",", ":")) + "\n")
' "$events" "$jsonl"
    fi
  fi
  # The launcher's default heap (2 GiB) holds about 30 bytes an event; 30 million rows need more.
  if [ -z "${MOTKIT_JAVA_OPTS:-}" ] && [ "$rows" -gt 20000000 ]; then
    heap="-Xmx6g"
  else
    heap="${MOTKIT_JAVA_OPTS:--Xmx2g}"
  fi
  for run in $(seq "$repeats"); do
    MOTKIT_JAVA_OPTS="$heap" /usr/bin/time -v -o "$work/motkit-$rows-$run.time" \
      "$here/motkit" score "$events" --scorer peak-end --scale 1..7 --format csv --quiet > "$work/motkit-$rows.csv"
    if [ "$rows" -le "$jsonl_max" ]; then
      MOTKIT_JAVA_OPTS="$heap" /usr/bin/time -v -o "$work/motkit-jsonl-$rows-$run.time" \
        "$here/motkit" score "$jsonl" --scorer peak-end --scale 1..7 --format csv --quiet > "$work/motkit-jsonl-$rows.csv"
    fi
    /usr/bin/time -v -o "$work/duckdb-exact-$rows-$run.time" "${peer[@]}" io.motkit.benchmarks.peers.DuckDbPeakEnd "$events" exact > "$work/duckdb-exact-$rows.csv"
    /usr/bin/time -v -o "$work/duckdb-parallel-$rows-$run.time" "${peer[@]}" io.motkit.benchmarks.peers.DuckDbPeakEnd "$events" parallel > "$work/duckdb-parallel-$rows.csv"
    /usr/bin/time -v -o "$work/handwritten-$rows-$run.time" "${peer[@]}" io.motkit.benchmarks.peers.HandWrittenPeakEnd "$events" > "$work/handwritten-$rows.csv"
    /usr/bin/time -v -o "$work/floor-$rows-$run.time" "${peer[@]}" io.motkit.benchmarks.peers.ParseFloor "$events" > "$work/floor-$rows.txt"
    if [ "$rows" -le "$pandas_max" ]; then
      /usr/bin/time -v -o "$work/pandas-$rows-$run.time" \
        "$python" "$here/benchmarks/peers/peak_end.py" "$events" 4 > "$work/pandas-$rows.csv"
    fi
  done
  if [ "$rows" -le "$jsonl_max" ]; then
    cmp "$work/motkit-$rows.csv" "$work/motkit-jsonl-$rows.csv" && echo "motkit gives the same output from JSON Lines"
  fi
  "$python" "$here/benchmarks/peers/compare.py" "$work/motkit-$rows.csv" "$work/duckdb-exact-$rows.csv"
  "$python" "$here/benchmarks/peers/compare.py" "$work/motkit-$rows.csv" "$work/duckdb-parallel-$rows.csv"
  "$python" "$here/benchmarks/peers/compare.py" "$work/motkit-$rows.csv" "$work/handwritten-$rows.csv"
  if [ "$rows" -le "$pandas_max" ]; then
    "$python" "$here/benchmarks/peers/compare.py" "$work/motkit-$rows.csv" "$work/pandas-$rows.csv"
  fi
  "$python" "$here/benchmarks/peers/summary.py" "$events" "$work" "$rows" "$repeats" $tools
done
