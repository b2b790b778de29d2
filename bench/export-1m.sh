#!/usr/bin/env bash
# The work-order export of 1M orders with the API's heap capped at 256 MB (issue 13): a scratch database with the demo
# property and bench/work-orders-1m.sql, the API jar started with -Xmx256m, then the CSV and the XLSX export of every
# order downloaded. Prints rows, bytes, seconds, the heap's peak (jstat samples) and its use after a full GC
# (jcmd GC.heap_info), and the process's peak RSS (VmHWM). -XX:+ExitOnOutOfMemoryError: an export that needed more heap
# would end the API and this script.
#
#   bench/export-1m.sh                      (builds api/target/steward-api.jar if it is missing)
#   BENCH_ROWS=200000 bench/export-1m.sh    (a smaller set)
# Settings: BENCH_PG (postgresql://postgres@127.0.0.1:5432), BENCH_ROWS (1000000), BENCH_FORMATS ("csv xlsx"), BENCH_USER (manager: both demo projects), BENCH_HEAP (256m).
set -euo pipefail
cd "$(dirname "$0")/.."
PG=${BENCH_PG:-postgresql://postgres@127.0.0.1:5432}
ROWS=${BENCH_ROWS:-1000000}
USER_NAME=${BENCH_USER:-manager}
HEAP=${BENCH_HEAP:-256m}
JAR=api/target/steward-api.jar
DB="steward_export_$(head -c4 /dev/urandom | od -An -tx1 | tr -d ' \n')"
WORK=$(mktemp -d)
PORT=$(( 19000 + RANDOM % 500 ))
API_PID=""

cleanup() {
  [[ -z $API_PID ]] || { kill "$API_PID" 2>/dev/null || true; wait "$API_PID" 2>/dev/null || true; }
  psql -w -X -q -d "$PG/postgres" -c "drop database if exists \"$DB\" with (force)" >/dev/null 2>&1 || true
  cp "$WORK/api.log" "${TMPDIR:-/tmp}/export-1m-api.log" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
trap "exit 130" INT TERM

[[ -f $JAR ]] || ./mvnw -B -q -o -Dmaven.test.skip=true package
psql -w -X -q -d "$PG/postgres" -c "create database \"$DB\"" >/dev/null

echo "API: -Xmx$HEAP on port $PORT, database $DB (log: $WORK/api.log)"
STEWARD_DEMO_DATA=true STEWARD_DATABASE_URL="$PG/$DB" SERVER_PORT=$PORT STEWARD_FILES_DIR="$WORK/files" \
  java "-Xmx$HEAP" -XX:MaxDirectMemorySize=128m -XX:+ExitOnOutOfMemoryError \
  -Dsteward.rate-limit.requests-per-minute=1000000000 -jar "$JAR" >"$WORK/api.log" 2>&1 </dev/null &
API_PID=$!
for _ in $(seq 600); do
  [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health/readiness" || true) == 200 ]] && break
  kill -0 "$API_PID" 2>/dev/null || { tail -30 "$WORK/api.log"; exit 1; }
  sleep 0.5
done

echo "Loading $ROWS work orders (bench/work-orders-1m.sql)…"
start=$(date +%s)
psql -w -X -q -d "$PG/$DB" -v n="$ROWS" -f bench/work-orders-1m.sql | grep -v '^Time' | tail -3
echo "  loaded in $(( $(date +%s) - start )) s"

token=$(curl -s -H 'content-type: application/json' -d "{\"username\":\"$USER_NAME\",\"password\":\"steward-demo\"}" \
  "http://127.0.0.1:$PORT/api/v1/auth/token" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
visible=$(psql -w -X -q -At -d "$PG/$DB" -c "select count(*) from work_orders w join memberships m on m.project_id = w.project_id
  join users u on u.id = m.user_id where u.username = '$USER_NAME'")
echo "Orders $USER_NAME may see: $visible"

heap_used_mb() { # jstat: survivor + eden + old used, in MB
  jstat -gc "$API_PID" | awk 'NR == 2 { printf "%d", ($3 + $4 + $6 + $8) / 1024 }'
}
gc_heap_after_mb() {
  jcmd "$API_PID" GC.run >/dev/null
  jcmd "$API_PID" GC.heap_info | awk '/garbage-first heap|def new generation|PSYoungGen|total .* used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i+1); sub(/K,?/, "", v); s += v } }
    END { printf "%d", s / 1024 }'
}

printf '\n%-6s %10s %14s %9s %16s %19s %14s\n' format rows bytes seconds "heap peak (MB)" "heap after GC (MB)" "peak RSS (MB)"
for format in ${BENCH_FORMATS:-csv xlsx}; do
  out="$WORK/export.$format"
  peak_file="$WORK/peak"
  echo 0 >"$peak_file"
  ( while kill -0 "$API_PID" 2>/dev/null; do
      h=$(heap_used_mb 2>/dev/null || echo 0)
      [[ $h -gt $(cat "$peak_file") ]] && echo "$h" >"$peak_file"
      sleep 0.5
    done ) &
  sampler=$!
  t0=$(date +%s.%N)
  code=$(curl -s -o "$out" -w '%{http_code}' -H "authorization: Bearer $token" \
    "http://127.0.0.1:$PORT/api/v1/work-orders/export?format=$format")
  t1=$(date +%s.%N)
  kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
  [[ $code == 200 ]] || { echo "export $format: HTTP $code"; head -c 500 "$out"; exit 1; }
  seconds=$(echo "$t1 - $t0" | bc)
  heap_after=$(gc_heap_after_mb)
  rss=$(awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$API_PID/status")
  if [[ $format == csv ]]; then
    rows=$(( $(wc -l <"$out") - 1 ))
  else # data rows / sheets, read from the zip as a stream (a sheet is one line of XML over a gigabyte long)
    rows=$(python3 - "$out" <<'PY'
import sys, zipfile
rows = sheets = 0
with zipfile.ZipFile(sys.argv[1]) as z:
    for name in z.namelist():
        if name.startswith('xl/worksheets/sheet') and name.endswith('.xml'):
            sheets += 1
            tail = b''
            with z.open(name) as f:
                while chunk := f.read(1 << 20):
                    data = tail + chunk
                    rows += data.count(b'<row ')
                    tail = data[-4:]
print(f"{rows - sheets}/{sheets}sh")
PY
)
  fi
  printf '%-6s %10s %14s %9.1f %16s %19s %14s\n' "$format" "$rows" "$(stat -c %s "$out")" "$seconds" "$(cat "$peak_file")" "$heap_after" "$rss"
  rm -f "$out"
done
kill -0 "$API_PID" 2>/dev/null && echo "API still up (no OutOfMemoryError at -Xmx$HEAP)"
