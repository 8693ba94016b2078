#!/usr/bin/env bash
# JMH: one diagnosis step in process, shipped knowledge and generated rule sets, engine and plain Java.
# Every engine fork builds its own release (and logs the build time); the 10,000-rule builds take most of this
# phase's time, so the full step with question selection is measured on generated rules at 10,000 only.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
mkdir -p "$OUT"

SIZES=${BENCH_SIZES:-100,1000,10000}
LARGEST=${SIZES##*,}
RUN=(-wi 2 -w 1s -i 3 -r 1s -f 1)
if [[ $QUICK == 1 ]]; then
  SIZES=${BENCH_SIZES:-100,1000}
  LARGEST=${SIZES##*,}
  RUN=(-wi 1 -w 1s -i 2 -r 1s -f 1)
fi

jmh() {
  local name=$1
  shift
  bench_java org.openjdk.jmh.Main "$@" "${RUN[@]}" -prof gc -prof dev.why403.bench.ProcessCpuProfiler \
    -jvmArgsAppend "${JAVA_OPTS[*]} -Dbench.out=$OUT" -rf json -rff "$OUT/jmh-$name.json" \
    | tee "$OUT/jmh-$name.log" | grep --line-buffered -E '^# (Benchmark:|Parameters)' >&2
}

log "JMH: shipped knowledge; rank on generated sets of $SIZES rules, engine and plain Java"
jmh steps 'dev.why403.bench.ShippedBench' 'dev.why403.bench.Generated(Engine|Plain)Bench.rank' -p rules="$SIZES"
log "JMH: the full step on generated sets of $LARGEST rules"
jmh largest 'dev.why403.bench.GeneratedEngineBench.diagnose' -p rules="$LARGEST"
