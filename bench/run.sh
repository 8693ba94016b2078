#!/usr/bin/env bash
# Runs every benchmark phase and writes the Markdown report to bench/results/.
# BENCH_QUICK=1 makes every phase short, to try the scripts; BENCH_SKIP="http startup" leaves phases out.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

SKIP=" ${BENCH_SKIP:-} "
started=$(date +%s)
rm -rf "$OUT" && mkdir -p "$OUT"
uptime > "$OUT/load-before.txt"

bench/build.sh
for phase in engine reload http startup; do
  if [[ $SKIP != *" $phase "* && -x bench/$phase.sh ]]; then
    bench/$phase.sh
  fi
done

uptime > "$OUT/load-after.txt"
echo $(( $(date +%s) - started )) > "$OUT/elapsed-seconds.txt"
report="bench/results/report-$(date -u +%Y-%m-%dT%H%M).md"
bench_java dev.why403.bench.report.Report "$OUT" > "$report"
cp "$report" bench/results/latest.md
log "report written to $report ($(cat "$OUT/elapsed-seconds.txt") s in all)"
