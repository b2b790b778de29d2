#!/usr/bin/env bash
# EXPLAIN ANALYZE of the front desk's queries (issue 9) on 1M generated orders: search by phone (whole and last 4
# digits), by unit, the 待回访 and rework queues, the building filter, and the caller lookup.
# Usage: bench/desk-explain.sh [postgresql://user@host:port] [rows]   (default: postgres@127.0.0.1:5432, 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
SERVER="${1:-postgresql://postgres@127.0.0.1:5432}"
ROWS="${2:-1000000}"
DB="steward_bench_desk_$(date +%s)"
psql "$SERVER/postgres" -qc "create database $DB"
trap 'psql "$SERVER/postgres" -qc "drop database if exists $DB with (force)"' EXIT
URL="$SERVER/$DB"
for f in $(ls api/src/main/resources/db/migration/V*.sql | sort -V) api/src/main/resources/demo/*.sql; do
  psql "$URL" -q -v ON_ERROR_STOP=1 -f "$f" >/dev/null
done
sed "s/generate_series(1, 1000000)/generate_series(1, $ROWS)/; s/(g::double precision \/ 1000000)/(g::double precision \/ $ROWS)/" \
  bench/work-orders-1m.sql | psql "$URL" -q
psql "$URL" -q -f bench/desk-explain.sql
