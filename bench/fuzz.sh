#!/usr/bin/env bash
# The openapi.yaml-driven fuzz test (api/src/test/java/dev/steward/api/fuzz) in its long mode, for the benchmark
# machine. The normal build sends 100 requests per operation as a logged-in user plus 20 anonymous ones; this
# sends REQUESTS (default 2000) per operation and prints the figures ("Fuzzed N operations with M requests in T ms").
#
#   bench/fuzz.sh                    # 2000 per operation, a random seed (printed)
#   REQUESTS=500 SEED=42 bench/fuzz.sh
#   OPERATION=createToken SEED=42 bench/fuzz.sh   # replay one operation of a failed run
set -euo pipefail
cd "$(dirname "$0")/../api"
args=(-B -q test -Dtest=OpenApiFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
      "-Dsteward.fuzz.requestsPerOperation=${REQUESTS:-2000}")
[[ -n ${SEED:-} ]] && args+=("-Dsteward.fuzz.seed=$SEED")
[[ -n ${OPERATION:-} ]] && args+=("-Dsteward.fuzz.operation=$OPERATION")
../mvnw "${args[@]}"
