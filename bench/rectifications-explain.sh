#!/usr/bin/env bash
# EXPLAIN ANALYZE of the rectification register (整改台账) and the rates (issue 12) on generated data: 100 projects ×
# 2 years of daily 十必查 inspections (73,000 inspections), about one finding in two rectified (≈ 36,000 rectifications,
# each with its RECTIFICATION work order): mostly closed, some awaiting re-inspection, some open and overdue.
# Usage: bench/rectifications-explain.sh [postgresql://user@host:port]   (default: postgres@127.0.0.1:5432)
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_NAME=rect
# shellcheck source=bench/inspection-bench-db.sh
. bench/inspection-bench-db.sh
psql "$URL" -q -f bench/rectifications-explain.sql
