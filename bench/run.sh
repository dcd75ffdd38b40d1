#!/usr/bin/env bash
# Benchmark, all in one run on this machine: the bare encoder three ways, readout analysis alone, then the service on loopback
# driven by wrk (Debian's, installed here if missing) with 1 and 16 connections, one statement per
# request. Prints statements/s, p50/p99 latency, start-up time and the service's memory.
#   bench/run.sh [SECONDS_PER_STEP]     (default 20)
# Without wrk (and no root to install it), the Java load generator (org.stance.bench.LoadGenerator)
# is used instead; it costs the service more CPU on a 2-core machine.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SECONDS_PER_STEP="${1:-20}"
PORT="${STANCE_BENCH_PORT:-18080}"
export OMP_NUM_THREADS=1
if ! command -v wrk >/dev/null 2>&1 && [[ $(id -u) -eq 0 ]]; then
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null || true
fi
[[ -f bench/target/classpath.txt && -f serving/target/classpath.txt ]] || mvn -B -q install -DskipTests
[[ -f models/ACTIVE ]] || "$ROOT/stance" train --promote
BENCH_CP="bench/target/classes:$(cat bench/target/classpath.txt)"
java -cp "$BENCH_CP" org.stance.bench.DumpStatements datasets bench/target/statements.txt
echo "== bare encoder (2 intra-op threads)"
java -cp "$BENCH_CP" org.stance.bench.EncoderThroughput datasets "$SECONDS_PER_STEP" 2
echo "== readout analysis (no encoder, one thread)"
java -cp "$BENCH_CP" org.stance.bench.AnalysisThroughput datasets "$(( SECONDS_PER_STEP / 2 > 0 ? SECONDS_PER_STEP / 2 : 1 ))"
echo "== service on 127.0.0.1:$PORT"
t0=$(date +%s%N)
java -Xmx2g -cp "serving/target/classes:$(cat serving/target/classpath.txt)" -Dmicronaut.server.port="$PORT" \
  -Dmicronaut.server.host=127.0.0.1 org.stance.serving.Application > bench/target/service.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  if curl -sf "http://127.0.0.1:$PORT/health/readiness" >/dev/null 2>&1; then break; fi
  sleep 0.25
done
t1=$(date +%s%N)
echo "start-up to ready (model loaded): $(( (t1 - t0) / 1000000 )) ms"
for clients in 1 16; do
  if command -v wrk >/dev/null 2>&1; then
    threads=$(( clients < 2 ? 1 : 2 ))
    # warm-up, then the measured run
    wrk -t1 -c1 -d2s -s bench/classify.lua "http://127.0.0.1:$PORT" >/dev/null
    wrk -t"$threads" -c"$clients" -d"${SECONDS_PER_STEP}s" -s bench/classify.lua "http://127.0.0.1:$PORT" \
      | awk -v c="$clients" '/^STATS/ {split($0, f, /[ =]/); printf "service (wrk), %2d connections: %s statements/s, p50 %s ms, p99 %s ms, errors %s\n", c, f[7], f[9], f[11], f[13]}'
  else
    java -cp "$BENCH_CP" org.stance.bench.LoadGenerator "http://127.0.0.1:$PORT" datasets "$clients" "$SECONDS_PER_STEP"
  fi
done
echo "service memory: $(grep VmRSS /proc/$pid/status | awk '{printf "%.0f MiB resident", $2/1024}'), heap limit 2 GiB"
