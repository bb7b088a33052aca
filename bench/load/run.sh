#!/bin/sh
# Load test of `sitrep serve` on loopback: a 100,000-incident database, wrk
# for a few seconds per URL, then the page's load time in headless Chromium.
# Usage: bench/load/run.sh [THREADS] [SECONDS]   (from the repository root,
# after `make build setup-web`; `make bench-load` does both).
# Targets (issue #6): /api/incidents >= 3,000 requests/s with p99 < 50 ms on
# 2 cores; the incident list rendered in < 1 s.
# Every step has a time limit; the server listens on 127.0.0.1 only.
set -eu
BUILD=${BUILD:-build}
THREADS=${1:-4}
SECONDS_PER_URL=${2:-10}
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
  timeout 60 "$BUILD/sitrep" load "$WORK/empty.jsonl" --db "$DB" 2>/dev/null
  start=$(date +%s)
  timeout 300 sqlite3 "$DB" < bench/load/build_db.sql > /dev/null
  echo "built in $(( $(date +%s) - start )) s"
fi
INCIDENTS=$(sqlite3 "$DB" 'SELECT count(*) FROM incidents')

# start_server [THREADS]: none given, the server's default.
start_server() {
  timeout 900 "$BUILD/sitrep" serve --db "$DB" --bind 127.0.0.1 --port 0 --web web ${1:+--threads "$1"} \
    > "$WORK/serve.out" 2>&1 &
  SERVER_PID=$!
  URL=
  for _ in $(seq 1 100); do
    URL=$(grep -o 'http://[0-9.]*:[0-9]*' "$WORK/serve.out" 2>/dev/null | head -1 || true)
    [ -n "$URL" ] && break
    sleep 0.1
  done
  [ -n "$URL" ] || { cat "$WORK/serve.out"; exit 1; }
  case "$URL" in http://127.0.0.1:*) ;; *) echo "refusing a non-loopback address: $URL"; exit 1 ;; esac
}
stop_server() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=; }

# wrk prints latencies as 812.00us, 3.69ms or 1.02s: in ms.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/) n *= 1000; printf "%.2f", n }'; }

echo "sitrep load test: $INCIDENTS incidents, $(nproc) cores, loopback only"
echo "NOTE: wrk runs on this machine too and shares its $(nproc) cores with the server (its CPU"
echo "      use is shown per URL), so the figures are lower bounds for the server alone. Other"
echo "      work on the machine lowers them further; at the start: $(uptime | sed 's/.*load/load/')."
echo

# run_wrk CONNECTIONS PATH [LABEL]: one row of the summary.
run_wrk() {
  # wrk's own CPU time, to say how much of the machine the client took.
  TIME=; [ -x /usr/bin/time ] && TIME="/usr/bin/time -o $WORK/wrk.cpu -f %U+%S"
  timeout $((SECONDS_PER_URL + 30)) $TIME wrk -t1 -c"$1" -d"${SECONDS_PER_URL}s" --timeout 5s --latency \
    "$URL$2" > "$WORK/wrk.out"
  wrk_cpu=$( [ -f "$WORK/wrk.cpu" ] && awk -F+ -v d="$SECONDS_PER_URL" '{ printf "wrk %.0f%% of a core", 100 * ($1 + $2) / d }' "$WORK/wrk.cpu" || true)
  rps=$(awk '/^Requests\/sec/ {printf "%.0f", $2}' "$WORK/wrk.out")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$WORK/wrk.out")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$WORK/wrk.out")")
  errors=$(grep -E 'Non-2xx|Socket errors' "$WORK/wrk.out" | tr -s ' ' | tr '\n' ' ' || true)
  # wrk leaves requests that time out (5 s) out of its latencies: any
  # error fails the target.
  verdict=
  if [ "$2" = "/api/incidents" ]; then
    verdict=$(awk -v r="$rps" -v p="$p99" -v e="$errors" 'BEGIN {
      print (r >= 3000 && p < 50 && e == "") ? "target met (>= 3000/s, p99 < 50 ms)" : "TARGET MISSED (>= 3000/s, p99 < 50 ms, no errors)" }')
  fi
  printf '%-44s %8s %8s %8s  %s\n' "${3:-$2}" "$rps" "$p50" "$p99" "$wrk_cpu  $verdict ${errors}" >> "$SUMMARY"
  tail -1 "$SUMMARY"
}

SUMMARY=$WORK/summary
echo "wrk -t1, ${SECONDS_PER_URL} s per URL; as many connections as the server has threads ($THREADS)," > "$SUMMARY"
echo "then many clients against the server's default thread count" >> "$SUMMARY"
printf '%-44s %8s %8s %8s  %s\n' "URL" "req/s" "p50 ms" "p99 ms" "" >> "$SUMMARY"
# cpp-httplib holds a worker thread per kept-alive connection: as many
# connections as the server has threads, none waiting for one.
start_server "$THREADS"
for path in "/api/incidents" "/api/incidents?type=attack&limit=50" "/api/incidents?limit=500" "/api/timeline"; do
  run_wrk "$THREADS" "$path"
done
stop_server

# The default thread count, as `sitrep serve` runs: 32 clients at once,
# then the page (a browser opens six connections).
start_server
run_wrk 32 /api/incidents "/api/incidents, 32 connections"
timeout 180 env SITREP_URL="$URL" node bench/load/page_load.mjs > "$WORK/page.out"
stop_server

echo
echo "== summary"
cat "$SUMMARY"
echo "page, headless Chromium, default threads: $(cat "$WORK/page.out")"
