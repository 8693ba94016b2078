#!/usr/bin/env bash
# Time to build a release (ReleaseBuilder.build) for the shipped knowledge and generated rule sets.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
mkdir -p "$OUT"

SETS=(shipped:5 equality-1000:3)
if [[ $QUICK == 1 ]]; then
  SETS=(shipped:3 equality-1000:1)
fi

log "reload times: ${SETS[*]}"
bench_java dev.why403.bench.ReloadTimes "$OUT/reload.json" "${SETS[@]}" | grep -v DEBUG >&2
