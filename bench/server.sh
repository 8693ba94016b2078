# Starting and stopping a packaged Quarkus app on loopback, for the HTTP and start-up phases. Sourced.

# A free TCP port on 127.0.0.1.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

now() { date +%s.%N; }

# Resident memory of a process in MB.
rss_mb() {
  awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"
}

# Waits until the URL answers with the status, for at most the given seconds; fails otherwise.
wait_for() {
  local url=$1 status=$2 limit=$3 deadline=$(( $(date +%s) + $3 ))
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "$url") == "$status" ]]; do
    if (( $(date +%s) > deadline )); then
      log "no $status from $url within $limit s"
      return 1
    fi
    sleep 0.05
  done
}

# Stops the process this script started, by its PID, and waits for it.
stop_server() {
  local pid=$1
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  wait "$pid" 2>/dev/null || true
}

# Prints "seconds-with-fraction" elapsed since a start time taken with now.
since() {
  python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.3f}')" "$1" "$2"
}
