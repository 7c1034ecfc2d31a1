#!/usr/bin/env bash
# Load on `motkit serve`, on the loopback address only: single-journey scoring at 1, 16 and 64
# concurrent clients (requests per second, p50 and p99 latency, errors), then one streamed batch of
# journeys, while the server's resident memory is sampled. Every phase is bounded in time; the
# server is stopped at the end.
#
# Usage: benchmarks/run-server-load.sh                 (10 s per phase, 1,000,000 journeys in the batch)
#        LOAD_SECONDS=5 LOAD_CLIENTS=1,16 LOAD_BATCH=100000 benchmarks/run-server-load.sh
#        LOAD_SECURE=1 benchmarks/run-server-load.sh      (HTTPS with a throwaway key, bearer tokens)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${LOAD_SECONDS:-10}"
clients="${LOAD_CLIENTS:-1,16,64}"
batch="${LOAD_BATCH:-1000000}"
port="${LOAD_PORT:-18123}"
work="$here/benchmarks/target/server-load"
mkdir -p "$work"

if [ ! -f "$here/cli/target/motkit.jar" ] || [ ! -f "$here/benchmarks/target/benchmarks.jar" ]; then
  (cd "$here" && mvn -B -q -ntp -DskipTests package -pl cli,benchmarks -am)
fi

secure=()
client=()
scheme=http
if [ "${LOAD_SECURE:-0}" = 1 ]; then
  # A throwaway key and certificate, and one token, made for this run only.
  rm -f "$work/load.p12"
  password="load-$RANDOM$RANDOM"
  keytool -genkeypair -alias motkit -keyalg EC -groupname secp256r1 -dname CN=localhost \
    -ext SAN=ip:127.0.0.1 -validity 1 -storetype PKCS12 -keystore "$work/load.p12" \
    -storepass "$password" > /dev/null 2>&1
  token="load-token-$RANDOM$RANDOM"
  printf 'load sha256:%s\n' "$(printf %s "$token" | sha256sum | cut -d' ' -f1)" > "$work/tokens"
  export MOTKIT_TLS_PASSWORD="$password"
  secure=(--tls-keystore "$work/load.p12" --auth-tokens "$work/tokens")
  client=(-Dload.keystore="$work/load.p12" -Dload.keystore.password="$password" -Dload.token="$token")
  scheme=https
fi
java -Xmx1g -jar "$here/cli/target/motkit.jar" serve --host 127.0.0.1 --port "$port" "${secure[@]}" > "$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
  grep -q "listening" "$work/server.log" 2>/dev/null && break
  sleep 0.1
done

# Peak resident memory of the server, sampled every 200 ms while the load runs.
( peak=0; while kill -0 "$server" 2>/dev/null; do
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$server/status" 2>/dev/null || echo 0)
    [ "${rss:-0}" -gt "$peak" ] && peak=$rss && echo "$peak" > "$work/peak-rss-kb"
    sleep 0.2
  done ) &

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); server and load generator share the cores; $scheme$([ "$scheme" = https ] && echo ' with bearer tokens'); access log on"
java "${client[@]}" -cp "$here/benchmarks/target/benchmarks.jar" io.motkit.benchmarks.ServerLoad "$port" "$seconds" "$clients" "$batch"
echo "server peak resident memory: $(( $(cat "$work/peak-rss-kb") / 1024 )) MiB (heap limit 1 GiB)"
errors=$(curl -sk "$scheme://127.0.0.1:$port/metrics" | awk '/^motkit_http_errors_total/ {s += $2} END {print s + 0}')
echo "errors counted by the server (status >= 400): $errors"
