#!/usr/bin/env bash
# EXPLAIN ANALYZE of the rectification register (整改台账) and the rates (issue 12) on generated data: 100 projects ×
# 2 years of daily 十必查 inspections (73,000 inspections), about one finding in two rectified (≈ 36,000 rectifications,
# each with its RECTIFICATION work order): mostly closed, some awaiting re-inspection, some open and overdue.
# Usage: bench/rectifications-explain.sh [postgresql://user@host:port]   (default: postgres@127.0.0.1:5432)
set -euo pipefail
cd "$(dirname "$0")/.."
SERVER="${1:-postgresql://postgres@127.0.0.1:5432}"
DB="steward_bench_rect_$(date +%s)"
psql "$SERVER/postgres" -qc "create database $DB"
trap 'psql "$SERVER/postgres" -qc "drop database if exists $DB with (force)"' EXIT
URL="$SERVER/$DB"
for f in $(ls api/src/main/resources/db/migration/V*.sql | sort -V) api/src/main/resources/demo/10-foundation.sql \
         api/src/main/resources/demo/50-inspections.sql; do
  psql "$URL" -q -v ON_ERROR_STOP=1 -f "$f" >/dev/null
done
# V16 (the standard rubrics) is a Java migration: publish 十必查 from its file the same way.
psql "$URL" -q -v ON_ERROR_STOP=1 -v rubric="$(cat api/src/main/resources/inspection/ten-must-checks.json)" <<'SQL'
with t as (insert into inspection_templates (code, name_zh, name_en, created_by, created_at, updated_at)
           values ('TEN_MUST_CHECKS', '十必查', 'Ten must-checks', '00000000-0000-0000-0000-000000000001', now(), now()) returning id)
select inspection_publish(t.id, :'rubric'::jsonb, '00000000-0000-0000-0000-000000000001', now()) from t;
SQL
psql "$URL" -q -f bench/rectifications-data.sql
psql "$URL" -q -f bench/rectifications-explain.sql
