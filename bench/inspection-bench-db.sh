# Sourced by the inspection benches: a fresh database ($URL, dropped on exit) with the schema, the demo foundation and
# inspections, the standard rubrics named in RUBRICS (code=file pairs; V16 is a Java migration, so they are published
# from their files the same way), and the generated data of bench/rectifications-data.sql. KEEP_DB=1 keeps it.
SERVER="${1:-postgresql://postgres@127.0.0.1:5432}"
DB="steward_bench_${BENCH_NAME:-insp}_$(date +%s)"
psql "$SERVER/postgres" -qc "create database $DB"
if [[ -z ${KEEP_DB:-} ]]; then
  trap 'psql "$SERVER/postgres" -qc "drop database if exists $DB with (force)"' EXIT
else
  echo "keeping the database $DB (KEEP_DB): drop it yourself" >&2
fi
URL="$SERVER/$DB"
for f in $(ls api/src/main/resources/db/migration/V*.sql | sort -V) api/src/main/resources/demo/10-foundation.sql \
         api/src/main/resources/demo/50-inspections.sql; do
  psql "$URL" -q -v ON_ERROR_STOP=1 -f "$f" >/dev/null
done
for pair in ${RUBRICS:-TEN_MUST_CHECKS=ten-must-checks}; do
  code=${pair%%=*}
  psql "$URL" -q -v ON_ERROR_STOP=1 -v code="$code" -v rubric="$(cat "api/src/main/resources/inspection/${pair#*=}.json")" <<'SQL'
with t as (insert into inspection_templates (code, name_zh, name_en, created_by, created_at, updated_at)
           values (:'code', (:'rubric'::jsonb -> 'name' ->> 'zh'), (:'rubric'::jsonb -> 'name' ->> 'en'),
                   '00000000-0000-0000-0000-000000000001', now(), now()) returning id)
select inspection_publish(t.id, :'rubric'::jsonb, '00000000-0000-0000-0000-000000000001', now()) from t;
SQL
done
psql "$URL" -q -f bench/rectifications-data.sql
