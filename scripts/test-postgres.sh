#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the tests: `start` creates and starts it, `stop` stops and removes it.
# It listens on 127.0.0.1 only, trusts local connections and keeps its files in a temporary folder.
set -euo pipefail

port=${WHY403_TEST_PG_PORT:-54329}
root=${WHY403_TEST_PG_DIR:-/tmp/why403-test-postgres}
data=$root/data

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ]; then
  echo "PostgreSQL is not installed; run scripts/install-test-deps.sh first" >&2
  exit 1
fi

# initdb and the server refuse to run as root.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  if as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    return 0
  fi
  rm -rf "$root"
  mkdir -p "$root"
  [ "$(id -u)" -eq 0 ] && chown postgres "$root"
  as_owner "$bin/initdb" -D "$data" -A trust -U why403 --no-sync >"$root/initdb.log"
  as_owner "$bin/pg_ctl" -D "$data" -l "$root/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $root -c fsync=off" start >/dev/null
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U why403 why403
  echo "PostgreSQL for the tests listens on 127.0.0.1:$port"
}

stop() {
  if [ -d "$data" ]; then
    as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$root"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
