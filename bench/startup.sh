#!/usr/bin/env bash
# Generates and packages a bare Quarkus app (REST + Jackson, same Quarkus version) in a temporary folder, measures
# its launch to first answer and memory the way http.sh measures the service, and writes startup.json.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
source bench/server.sh
mkdir -p "$OUT"

SECONDS_OF_LOAD=15
[[ $QUICK == 1 ]] && SECONDS_OF_LOAD=3
quarkus_version=$(sed -n 's:.*<quarkus.version>\(.*\)</quarkus.version>.*:\1:p' pom.xml)

app=$(mktemp -d /tmp/why403-bench-bare.XXXXXX)
trap 'rm -rf "$app"' EXIT
log "packaging a bare Quarkus $quarkus_version app in $app"
bench/bare-app.sh "$app" "$quarkus_version"
(cd "$app" && mvn -B -q package -DskipTests)

port=$(free_port)
base="http://127.0.0.1:$port"
launched=$(now)
java -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -jar "$app/target/quarkus-app/quarkus-run.jar" \
  > "$OUT/bare-server.log" 2>&1 &
pid=$!
trap 'stop_server $pid; rm -rf "$app"' EXIT
wait_for "$base/api/ping" 200 120
answered=$(now)
rss_first=$(rss_mb "$pid")
log "bare app answered after $(since "$launched" "$answered") s"
bench_java dev.why403.bench.http.HttpLoad "$base" "$OUT/bare-http.json" "$SECONDS_OF_LOAD" 4 ping >&2
rss_load=$(rss_mb "$pid")

cat > "$OUT/startup-bare.json" <<JSON
{"readySeconds": $(since "$launched" "$answered"), "firstAnswerSeconds": $(since "$launched" "$answered"),
 "rssAfterFirstMb": $rss_first, "rssAfterLoadMb": $rss_load}
JSON
why403="$OUT/startup-why403.json"
[[ -f $why403 ]] || echo null > "$OUT/startup-why403.json"
jq -n --slurpfile app "$why403" --slurpfile bare "$OUT/startup-bare.json" \
  --arg description "Both packaged (fast-jar), started with java -jar on a free loopback port; time from launch to \
the first 201 of POST /api/sessions (why403, H2 file in a temporary folder, Flyway, the shipped release built at \
start) or the first 200 of GET /api/ping (bare app). RSS from /proc, after that first answer and after the load \
phase (why403: the three HTTP endpoints; bare: GET /api/ping for $SECONDS_OF_LOAD s)." \
  '{description: $description, why403: $app[0], bare: $bare[0]}' > "$OUT/startup.json"
