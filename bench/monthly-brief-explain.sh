#!/usr/bin/env bash
# EXPLAIN ANALYZE of the monthly brief's queries (月度简报, issue 12) on the data of bench/rectifications-explain.sh
# (100 projects × 2 years of daily 十必查, ≈ 36,000 rectifications), made whole: every check point of every inspection
# has its result (≈ 3 million rows, not only the findings), and each project has a customer-service inspection a month
# (the headline) with a few deductions.
# Usage: bench/monthly-brief-explain.sh [postgresql://user@host:port]   (default: postgres@127.0.0.1:5432)
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_NAME=brief
RUBRICS="TEN_MUST_CHECKS=ten-must-checks CUSTOMER_SERVICE=customer-service"
# shellcheck source=bench/inspection-bench-db.sh
. bench/inspection-bench-db.sh
psql "$URL" -q -f bench/monthly-brief-data.sql
psql "$URL" -q -f bench/monthly-brief-explain.sql
