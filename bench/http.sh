#!/usr/bin/env bash
# Starts the packaged service on a free loopback port with a temporary H2 file, measures launch to the first
# diagnosis and its memory, loads it over HTTP, then stops it by its PID.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
source bench/server.sh
mkdir -p "$OUT"

SECONDS_PER_ENDPOINT=15
WORKERS=4
[[ $QUICK == 1 ]] && SECONDS_PER_ENDPOINT=3

body=$(bench_java dev.why403.bench.http.SessionBody)
data=$(mktemp -d /tmp/why403-bench-http.XXXXXX)
port=$(free_port)
base="http://127.0.0.1:$port"
log "starting the service on $base, H2 in $data"
launched=$(now)
java -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
  -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$data/why403;DB_CLOSE_ON_EXIT=FALSE" \
  -jar target/quarkus-app/quarkus-run.jar > "$OUT/server.log" 2>&1 &
pid=$!
trap 'stop_server $pid; rm -rf "$data"' EXIT

wait_for "$base/q/health/ready" 200 180
ready=$(now)
until [[ $(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d "$body" \
  "$base/api/sessions") == 201 ]]; do
  sleep 0.05
done
answered=$(now)
rss_first=$(rss_mb "$pid")
log "ready after $(since "$launched" "$ready") s, first diagnosis after $(since "$launched" "$answered") s"

bench_java dev.why403.bench.http.HttpLoad "$base" "$OUT/http.json" "$SECONDS_PER_ENDPOINT" "$WORKERS" \
  knowledge create answer >&2
rss_load=$(rss_mb "$pid")

cat > "$OUT/startup-why403.json" <<JSON
{"readySeconds": $(since "$launched" "$ready"), "firstAnswerSeconds": $(since "$launched" "$answered"),
 "rssAfterFirstMb": $rss_first, "rssAfterLoadMb": $rss_load}
JSON
