#!/usr/bin/env bash
# The quality picture (issue 13) on 10M work orders, 1M survey answers and two years of daily inspections in 100
# projects: p50/p95 of the per-project overview (each grouping), the portfolio of all 100 projects, the 12-month trend
# and the warnings. BENCH_EXPLAIN=1: every statement of the API over 50 ms is EXPLAIN ANALYZE'd into PostgreSQL's log
# (auto_explain; on Debian /var/log/postgresql/postgresql-<version>-main.log).
# Usage: bench/quality-10m.sh [postgresql://user@host:port]   (default: postgres@127.0.0.1:5432)
# Settings: BENCH_ORDERS (10000000), BENCH_ROUNDS (40 requests per figure), KEEP_DB=1 keeps the database,
# BENCH_DB=<name> reuses a database this script filled before (skips the generation, ~20 min for 10M on 2 cores).
# Needs psql, node and the API jar (./mvnw -DskipTests package, or any ./steward run/test).
set -euo pipefail
cd "$(dirname "$0")/.."
SERVER="${1:-postgresql://postgres@127.0.0.1:5432}"
JAR=api/target/steward-api.jar
[[ -f $JAR ]] || { echo "no $JAR: build it first (./mvnw -B -q -DskipTests package)" >&2; exit 1; }
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
PORT="${BENCH_PORT:-18950}"
API_PID=""
cleanup() {
  [[ -z $API_PID ]] || { kill "$API_PID" 2>/dev/null || true; wait "$API_PID" 2>/dev/null || true; }
  if [[ -z ${KEEP_DB:-} && -z ${BENCH_DB:-} ]]; then psql "$SERVER/postgres" -qc "drop database if exists $DB with (force)"; fi
}
start_api() { # extra env…
  env "$@" STEWARD_DATABASE_URL="$SERVER/$DB" SERVER_PORT="$PORT" \
    "$JAVA" -Xmx512m -XX:MaxDirectMemorySize=256m -Dsteward.rate-limit.requests-per-minute=1000000000 -jar "$JAR" \
    >"/tmp/steward-quality-bench-api.log" 2>&1 &
  API_PID=$!
  for _ in $(seq 1800); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health/readiness") == 200 ]] && return 0
    kill -0 "$API_PID" 2>/dev/null || { echo "the API exited (log: /tmp/steward-quality-bench-api.log)" >&2; exit 1; }
    sleep 0.1
  done
  echo "the API was not ready in 3 minutes" >&2; exit 1
}
stop_api() { kill "$API_PID"; wait "$API_PID" 2>/dev/null || true; API_PID=""; }

if [[ -n ${BENCH_DB:-} ]]; then
  DB=$BENCH_DB
  trap cleanup EXIT
else
  DB="steward_bench_quality_$(date +%s)"
  psql "$SERVER/postgres" -qc "create database $DB"
  trap cleanup EXIT
  [[ -z ${KEEP_DB:-} ]] || echo "keeping the database $DB (KEEP_DB): drop it yourself" >&2
  echo "migrations and demo data (the API's own start)…"
  start_api STEWARD_DEMO_DATA=true
  stop_api
  start=$SECONDS
  psql "$SERVER/$DB" -q -f bench/rectifications-data.sql >/dev/null
  psql "$SERVER/$DB" -q -v n="${BENCH_ORDERS:-10000000}" -f bench/quality-10m-data.sql
  echo "generated in $(( SECONDS - start )) s"
fi
if [[ -n ${BENCH_DB:-} ]]; then start_api; stop_api; fi   # the kept database's migrations
# The daily rollups (V36) of every ended day, as the API's job would make them over its first minutes; timed.
start=$SECONDS; rolled=0
while n=$(psql "$SERVER/$DB" -Atqc "select steward_roll_work_order_days(5000)") && (( n > 0 )); do rolled=$(( rolled + n )); done
echo "rolled up $rolled project-days in $(( SECONDS - start )) s"
if [[ -n ${BENCH_EXPLAIN:-} ]]; then
  psql "$SERVER/postgres" -qc "alter database $DB set session_preload_libraries = 'auto_explain'" \
    -c "alter database $DB set auto_explain.log_min_duration = '50ms'" -c "alter database $DB set auto_explain.log_analyze = on" \
    -c "alter database $DB set auto_explain.log_buffers = on"
else
  [[ -n ${BENCH_KEEP_SETTINGS:-} ]] || psql "$SERVER/postgres" -qc "alter database $DB reset all"
fi
start_api
BENCH_BASE="http://127.0.0.1:$PORT" BENCH_ROUNDS="${BENCH_ROUNDS:-40}" node bench/quality-10m.mjs
stop_api
