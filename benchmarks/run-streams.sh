#!/usr/bin/env bash
# Live scoring throughput (benchmarks/RESULTS.md, "Live scoring"): events per second through the
# topology on Kafka's test driver and on a broker in the same JVM, state per journey, and the time
# from an event to its alert.
#   benchmarks/run-streams.sh [CUSTOMERS] [ROUNDS]     (default 20000 5)
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$here"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mvn -B -q -ntp -Dmaven.javadoc.skip=true -Derrorprone.plugin=-implicit:class -DskipTests \
  install -pl streams -am >/dev/null
mvn -B -q -ntp dependency:build-classpath -pl streams -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/cp" >/dev/null
java -Xmx2g -cp "streams/target/test-classes:streams/target/classes:$(cat "$work/cp")" \
  -Dlogback.configurationFile=streams/src/test/resources/logback-test.xml \
  io.motkit.streams.LiveThroughput "${1:-20000}" "${2:-5}" "$work"
