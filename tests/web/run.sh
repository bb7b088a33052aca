#!/bin/sh
# make test-web: builds the fixture database, starts `sitrep serve` on a free
# loopback port, runs the browser tests (node --test) against it, stops it.
# Exits non-zero when any test fails.
set -eu
BUILD=${BUILD:-build}
SITREP=$BUILD/sitrep
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sitrep-web.XXXXXX")
SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

node tests/web/fixture.mjs "$SITREP" > "$WORK/records.jsonl"
"$SITREP" load "$WORK/records.jsonl" --db "$WORK/web.db" 2> "$WORK/load.log" || { cat "$WORK/load.log"; exit 1; }

"$SITREP" serve --db "$WORK/web.db" --bind 127.0.0.1 --port 0 --web web --threads 4 > "$WORK/serve.out" 2>&1 &
SERVER_PID=$!
URL=
for _ in $(seq 1 100); do
  URL=$(grep -o 'http://[0-9.]*:[0-9]*' "$WORK/serve.out" 2>/dev/null | head -1 || true)
  [ -n "$URL" ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/serve.out"; exit 1; }
  sleep 0.1
done
[ -n "$URL" ] || { echo "test-web: the server did not print its address"; cat "$WORK/serve.out"; exit 1; }
echo "test-web: server at $URL"
SITREP_URL=$URL node --test tests/web/
