#!/usr/bin/env bash
# motkit stream against a Kafka broker started on this machine (in a JVM of its own, from Kafka's
# own test cluster), with nothing else installed: simulates a log, produces it to a topic, scores
# it live, and checks every journey's last score on the scores topic against motkit score.
#
#   scripts/stream-demo.sh [JOURNEYS]      (default 2000)
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
journeys="${1:-2000}"
work="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

cd "$here"
echo "building the command line and the broker's class path..." >&2
./motkit --version >/dev/null
mvn -B -q -ntp -Dmaven.javadoc.skip=true -Derrorprone.plugin=-implicit:class -DskipTests \
  install -pl streams -am >/dev/null
mvn -B -q -ntp dependency:build-classpath -pl streams -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/cp" >/dev/null
cp="streams/target/test-classes:streams/target/classes:$(cat "$work/cp")"
kafka() { java -cp "$cp" -Dlogback.configurationFile=streams/src/test/resources/logback-test.xml \
  io.motkit.streams.LocalKafka "$@"; }

(exec java -cp "$cp" -Dlogback.configurationFile=streams/src/test/resources/logback-test.xml \
  io.motkit.streams.LocalKafka broker "$work" events scores alerts dead-letters \
  closed-journeys results) >"$work/broker.out" 2>&1 &
pids+=($!)
until [ -f "$work/bootstrap" ]; do
  kill -0 "${pids[0]}" 2>/dev/null || { cat "$work/broker.out" >&2; exit 1; }
  sleep 0.5
done
bootstrap="$(cat "$work/bootstrap")"
echo "broker on $bootstrap" >&2

./motkit simulate examples/src/main/resources/io/motkit/examples/property-model.json \
  --journeys "$journeys" --seed 7 --quiet --out "$work/events.csv"
kafka produce "$bootstrap" events "$work/events.csv" 1..7

./motkit stream --bootstrap-servers "$bootstrap" --events events --scores scores \
  --alerts alerts --dead-letters dead-letters --scorer peak-end --param peak=worst \
  --alert-below 3 --split-gap P30D --grace PT1M --metrics-port 0 \
  --analyses pain-points,moments-of-truth --window P7D --window-retention P3650D \
  --journeys closed-journeys --results results \
  --state-dir "$work/state" --log-level warn >"$work/stream.out" 2>&1 &
stream=$!
pids+=($stream)

# The scores topic read as a table once it has been idle for 10 s, against the batch.
kafka table "$bootstrap" scores 10 |
  sed -E 's/^([^\t]*)\t.*"value":([^,]*),.*/\1,\2/' | sort >"$work/live.csv"
./motkit score "$work/events.csv" --scorer peak-end --param peak=worst --split-gap P30D \
  --format csv | tail -n +2 | awk -F, '{print $1","$3}' | sort >"$work/batch.csv"
metrics="$(grep -o 'http://127.0.0.1:[0-9]*/metrics' "$work/stream.out" | head -1)"
echo "metrics: $(curl -s "$metrics" | grep -c '^kafka_stream') Kafka Streams series at $metrics" >&2
kafka table "$bootstrap" alerts 2 >"$work/alerts.tsv"
echo "alerts: $(wc -l <"$work/alerts.tsv") journeys alerted" >&2
# Window results are written at the sweep (every 30 s) for the journeys over by then.
kafka table "$bootstrap" results 40 >"$work/results.tsv"
echo "analyses: $(wc -l <"$work/results.tsv") window results, for example:" >&2
head -c 400 "$work/results.tsv" >&2
echo >&2

kill -TERM "$stream"
status=0
wait "$stream" || status=$?
# 143 is 128 + SIGTERM: the JVM ran its shutdown hook, which closed Kafka Streams cleanly.
echo "motkit stream stopped on SIGTERM (status $status)" >&2
cat "$work/stream.out" >&2

if diff -q "$work/live.csv" "$work/batch.csv" >/dev/null; then
  echo "OK: $(wc -l <"$work/live.csv") journeys, every live score equal to motkit score's"
else
  echo "DIFFERENT: live and batch scores differ" >&2
  diff "$work/live.csv" "$work/batch.csv" | head -20 >&2
  exit 1
fi
