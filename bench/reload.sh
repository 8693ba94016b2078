#!/usr/bin/env bash
# Time of a reload (ReleasePipeline.build: parse, check, compile, warm up, scenarios), shipped and generated rules.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
mkdir -p "$OUT"

SETS=(shipped:11 equality-1000:4 equality-10000:4 range-10000:3 join-10000:3)
if [[ $QUICK == 1 ]]; then
  SETS=(shipped:3 equality-1000:1)
fi

log "reload times: ${SETS[*]}"
bench_java dev.why403.bench.ReloadTimes "$OUT/reload.json" "${SETS[@]}" | grep -v DEBUG >&2
