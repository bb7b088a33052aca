#!/bin/sh
# Load test of `sitrep serve` on loopback: a 100,000-incident database, wrk
# for 10 s per URL, then the page's load time in headless Chromium.
# Usage: bench/load/run.sh [THREADS]   (run from the repository root after
# `make build setup-web`). Targets: >= 3,000 requests/s, p99 < 50 ms on
# 2 cores; the incident list rendered in < 1 s.
set -eu
BUILD=${BUILD:-build}
THREADS=${1:-4}
DB=$BUILD/load_bench.db
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sitrep-load.XXXXXX")
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

if [ ! -f "$DB" ]; then
  echo "building $DB (100,000 incidents, once)..."
  : > "$WORK/empty.jsonl"
  "$BUILD/sitrep" load "$WORK/empty.jsonl" --db "$DB" 2>/dev/null
  start=$(date +%s)
  timeout 300 sqlite3 "$DB" < bench/load/build_db.sql > /dev/null
  echo "built in $(( $(date +%s) - start )) s"
fi
echo "incidents: $(sqlite3 "$DB" 'SELECT count(*) FROM incidents')"

# cpp-httplib gives each connection a worker thread while it is kept alive,
# so wrk opens as many connections as the server has threads.
start_server() {
  "$BUILD/sitrep" serve --db "$DB" --bind 127.0.0.1 --port 0 --web web --threads "$1" > "$WORK/serve.out" 2>&1 &
  SERVER_PID=$!
  URL=
  for _ in $(seq 1 100); do
    URL=$(grep -o 'http://[0-9.]*:[0-9]*' "$WORK/serve.out" 2>/dev/null | head -1 || true)
    [ -n "$URL" ] && break
    sleep 0.1
  done
  [ -n "$URL" ] || { cat "$WORK/serve.out"; exit 1; }
  case "$URL" in http://127.0.0.1:*) ;; *) echo "refusing a non-loopback address: $URL"; exit 1 ;; esac
  echo "server: $URL with $1 threads, $(nproc) cores"
}
stop_server() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=; }

start_server "$THREADS"
for path in "/api/incidents" "/api/incidents?type=attack&limit=50" "/api/incidents?limit=500" "/api/timeline"; do
  echo "== wrk -t2 -c$THREADS -d10s --latency $URL$path"
  wrk -t2 -c"$THREADS" -d10s --timeout 5s --latency "$URL$path" > "$WORK/wrk.out"
  rps=$(awk '/^Requests\/sec/ {print $2}' "$WORK/wrk.out")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk.out")
  p50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk.out")
  errors=$(grep -E 'Non-2xx|Socket errors' "$WORK/wrk.out" || true)
  echo "requests/s: $rps   p50: $p50   p99: $p99   ${errors:-no errors}"
done
stop_server

# A browser opens six connections at once: the server's default 8 threads.
echo "== page load in headless Chromium (time to the incident list rendered)"
start_server 8
SITREP_URL=$URL node bench/load/page_load.mjs
