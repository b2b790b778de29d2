#!/usr/bin/env bash
# EXPLAIN ANALYZE of the work-order list and rework queries on 1M generated orders.
# Usage: bench/work-orders-explain.sh [postgresql://user@host:port]   (default: postgres@127.0.0.1:5432)
# Creates a scratch database, applies the migrations and the demo data, generates the rows, prints each
# plan with its timing, and drops the database. Needs psql. Takes a few minutes on a small machine.
set -euo pipefail
cd "$(dirname "$0")/.."
SERVER="${1:-postgresql://postgres@127.0.0.1:5432}"
DB="steward_bench_$(date +%s)"
psql "$SERVER/postgres" -qc "create database $DB"
trap 'psql "$SERVER/postgres" -qc "drop database if exists $DB with (force)"' EXIT
URL="$SERVER/$DB"
for f in $(ls api/src/main/resources/db/migration/V*.sql | sort -V) api/src/main/resources/demo/*.sql; do
  psql "$URL" -q -v ON_ERROR_STOP=1 -f "$f" >/dev/null
done
psql "$URL" -q -f bench/work-orders-1m.sql
psql "$URL" -q -f bench/work-orders-explain.sql
