#!/usr/bin/env bash
# `motkit score` on one JVM against `motkit-spark score` with local[2] on the same simulated event
# log, from CSV and from Parquet: wall time and peak resident memory, and the cost per event at
# each size, to show that the per-event cost stays flat (so a cluster scales by partitions).
#
# Usage: benchmarks/run-spark.sh                      (1, 10 and 30 million rows)
#        SPARK_ROWS="1000000 10000000" benchmarks/run-spark.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows_list="${SPARK_ROWS:-1000000 10000000 30000000}"
work="${SPARK_BENCH_DIR:-$here/benchmarks/target/spark}"
mkdir -p "$work"
if [ ! -x /usr/bin/time ] || ! command -v bc > /dev/null; then
  echo "installing GNU time and bc with apt-get..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time bc >/dev/null
fi
if [ ! -f "$here/cli/target/motkit.jar" ]; then
  (cd "$here" && mvn -B -q -ntp -DskipTests package -pl cli -am)
fi
model="$here/docs/samples/property-model.json"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)"
printf '%-10s %-22s %10s %12s %14s\n' rows tool "wall s" "peak RSS MiB" "ns per event"
measure() {
  local rows=$1 label=$2; shift 2
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2>> "$work/stderr.log"
  read -r wall rss < "$work/time"
  printf '%-10s %-22s %10s %12s %14.0f\n' "$rows" "$label" "$wall" "$(( rss / 1024 ))" "$(echo "$wall * 1000000000 / $rows" | bc -l)"
}
for rows in $rows_list; do
  journeys=$(( rows * 1000 / 4924 ))
  events="$work/events-$rows.csv"
  parquet="$work/events-$rows.parquet"
  if [ ! -f "$events" ]; then
    "$here/motkit" simulate "$model" --journeys "$journeys" --seed 20261123 --out "$events"
  fi
  if [ ! -d "$parquet" ]; then
    "$here/spark/bin/motkit-spark" score "$events" --scorer mean --scale 1..7 --out "$work/warm" --master 'local[2]' > /dev/null 2>> "$work/stderr.log"
    java -cp "$here/spark/target/classes:$(cat "$here/spark/target/runtime-classpath.txt")" -XX:+IgnoreUnrecognizedVMOptions \
      --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
      --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED \
      io.motkit.spark.ToParquet "$events" "$parquet" 2>> "$work/stderr.log"
  fi
  measure "$rows" "motkit score (1 JVM)" env MOTKIT_JAVA_OPTS=-Xmx8g "$here/motkit" score "$events" --scorer peak-end --scale 1..7 --format csv --quiet
  measure "$rows" "motkit-spark CSV" "$here/spark/bin/motkit-spark" score "$events" --scorer peak-end --scale 1..7 --out "$work/out-csv" --master 'local[2]'
  measure "$rows" "motkit-spark Parquet" "$here/spark/bin/motkit-spark" score "$parquet" --scorer peak-end --scale 1..7 --out "$work/out-parquet" --master 'local[2]' --format parquet
done
