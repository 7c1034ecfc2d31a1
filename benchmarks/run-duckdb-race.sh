#!/usr/bin/env bash
# motkit against DuckDB on what an analyst would otherwise write in SQL, on the property model's
# ten-column log (benchmarks/RESULTS.md, "Against the fastest DuckDB"):
#   score        motkit score --scorer peak-end            vs  GROUP BY journey, min/max/arg_max
#                (exact: ties of time ordered as motkit orders them; parallel: arg_max over the time
#                alone, which gives the same values on these logs, checked, and is faster)
#   pain-points  motkit journeys pain-points               vs  GROUP BY touchpoint
#   edges        motkit journeys map --table edges         vs  lead() over journey, GROUP BY pair
# Every DuckDB JDBC release in DUCKDB_VERSIONS runs every query (the fastest is the peer); the
# results are checked equal to motkit's; the floors are reading the file's bytes once from the page
# cache (cat > /dev/null) and one pass that parses every row and keeps nothing (ParseFloor).
# Runs alternate between the tools; medians of RACE_REPEATS; GNU time -v for wall, CPU and RSS.
#
# Usage: benchmarks/run-duckdb-race.sh          (1, 10 and 30 million rows, 3 repeats)
#        RACE_ROWS="1000000" RACE_REPEATS=5 DUCKDB_VERSIONS="1.4.4.0 2.0.0.1" benchmarks/run-duckdb-race.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows_list="${RACE_ROWS:-1000000 10000000 30000000}"
repeats="${RACE_REPEATS:-3}"
versions="${DUCKDB_VERSIONS:-1.4.4.0 1.5.6.0 2.0.0.1}"
work="${RACE_DIR:-$here/benchmarks/target/race}"
python=/usr/bin/python3
mkdir -p "$work"

if [ ! -x /usr/bin/time ]; then
  echo "installing time with apt-get..." >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi
if [ ! -f "$here/cli/target/motkit.jar" ] || [ ! -d "$here/benchmarks/target/classes" ]; then
  (cd "$here" && mvn -B -q -ntp -DskipTests package)
fi
for v in $versions; do
  if [ ! -f "$work/duckdb_jdbc-$v.jar" ]; then
    (cd "$here" && mvn -B -q -ntp dependency:copy -Dartifact="org.duckdb:duckdb_jdbc:$v" \
      -DoutputDirectory="$work" -Dmdep.stripVersion=false)
  fi
done
classes="$here/benchmarks/target/classes"
floor=(java -Xmx1g -cp "$here/benchmarks/target/benchmarks.jar" io.motkit.benchmarks.peers.ParseFloor)

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); DuckDB JDBC $versions"
for rows in $rows_list; do
  journeys=$(( rows * 1000 / 4924 ))
  events="$work/events-$rows.csv"
  if [ ! -f "$events" ]; then
    model="$here/docs/samples/property-model.json"
    if [ "$journeys" -gt 5000000 ]; then
      # 30 minutes between journeys would run past 2199 (the last year motkit reads): 5 minutes.
      "$python" -c 'import json, sys; m = json.load(open(sys.argv[1])); m["journey_spacing_s"] = 300; json.dump(m, open(sys.argv[2], "w"))' "$model" "$work/model-5min.json"
      model="$work/model-5min.json"
    fi
    "$here/motkit" simulate "$model" --journeys "$journeys" --seed 20261123 --quiet --out "$events"
  fi
  # The launcher's default heap (2 GiB) holds about 30 bytes an event; 30 million rows need more.
  heap="-Xmx2g"
  if [ "$rows" -gt 20000000 ]; then heap="-Xmx6g"; fi
  timed() { local name="$1" run="$2"; shift 2; /usr/bin/time -v -o "$work/$name-$rows-$run.time" "$@"; }
  for run in $(seq "$repeats"); do
    timed cat "$run" cat "$events" > /dev/null
    timed parse-floor "$run" "${floor[@]}" "$events" > /dev/null
    MOTKIT_JAVA_OPTS="$heap" timed motkit-score "$run" "$here/motkit" score "$events" \
      --scorer peak-end --scale 1..7 --format csv --quiet > "$work/motkit-score-$rows.csv"
    MOTKIT_JAVA_OPTS="$heap" timed motkit-pain-points "$run" "$here/motkit" journeys pain-points \
      "$events" --scale 1..7 --format csv --quiet > "$work/motkit-pain-points-$rows.csv"
    MOTKIT_JAVA_OPTS="$heap" timed motkit-edges "$run" "$here/motkit" journeys map "$events" \
      --scale 1..7 --format csv --table edges --quiet > "$work/motkit-edges-$rows.csv"
    for v in $versions; do
      peer=(java -Xmx1g -cp "$classes:$work/duckdb_jdbc-$v.jar")
      timed "duckdb-$v-score" "$run" "${peer[@]}" io.motkit.benchmarks.peers.DuckDbPeakEnd \
        "$events" exact > "$work/duckdb-$v-score-$rows.csv"
      timed "duckdb-$v-score-parallel" "$run" "${peer[@]}" io.motkit.benchmarks.peers.DuckDbPeakEnd \
        "$events" parallel > "$work/duckdb-$v-score-parallel-$rows.csv"
      timed "duckdb-$v-pain-points" "$run" "${peer[@]}" io.motkit.benchmarks.peers.DuckDbAnalyses \
        "$events" pain-points > "$work/duckdb-$v-pain-points-$rows.csv"
      timed "duckdb-$v-edges" "$run" "${peer[@]}" io.motkit.benchmarks.peers.DuckDbAnalyses \
        "$events" edges > "$work/duckdb-$v-edges-$rows.csv"
    done
  done
  for v in $versions; do
    "$python" "$here/benchmarks/peers/compare.py" "$work/motkit-score-$rows.csv" "$work/duckdb-$v-score-$rows.csv"
    "$python" "$here/benchmarks/peers/compare.py" "$work/motkit-score-$rows.csv" "$work/duckdb-$v-score-parallel-$rows.csv"
    "$python" "$here/benchmarks/peers/compare_tables.py" pain-points "$work/motkit-pain-points-$rows.csv" "$work/duckdb-$v-pain-points-$rows.csv"
    "$python" "$here/benchmarks/peers/compare_tables.py" edges "$work/motkit-edges-$rows.csv" "$work/duckdb-$v-edges-$rows.csv"
  done
  "$python" "$here/benchmarks/peers/race_summary.py" "$events" "$work" "$rows" "$repeats" $versions
done
