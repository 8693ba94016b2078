#!/usr/bin/env bash
# JMH: one diagnosis step in process, shipped knowledge and generated rule sets, engine and plain Java.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
mkdir -p "$OUT"

SIZES=${BENCH_SIZES:-100,1000,10000}
RUN=(-wi 3 -w 1s -i 5 -r 1s -f 1)
if [[ $QUICK == 1 ]]; then
  SIZES=${BENCH_SIZES:-100,1000}
  RUN=(-wi 1 -w 1s -i 2 -r 1s -f 1)
fi

log "JMH, rule set sizes $SIZES"
bench_java org.openjdk.jmh.Main 'dev.why403.bench.(ShippedBench|GeneratedEngineBench|GeneratedPlainBench)' \
  "${RUN[@]}" -p rules="$SIZES" -prof gc -jvmArgsAppend "${JAVA_OPTS[*]}" \
  -rf json -rff "$OUT/jmh.json" | tee "$OUT/jmh.log" | grep -E '^(# Benchmark:|# Parameters|Engine and plain)' >&2
