#!/usr/bin/env bash
# Shell tests of ./steward's PostgreSQL discovery (the four situations of the README), using
# `./steward db`, which finds or starts PostgreSQL exactly as `run` and `test` do, then waits.
#
#   sudo scripts/test-launcher.sh [--with-system-cluster]
#
# Needs root (for unshare, a throwaway OS user and hiding the installed PostgreSQL) and a populated
# ~/.m2 (the isolated runs have no network). Situations 3 and 4 run in a private network namespace,
# so the machine's own PostgreSQL on 127.0.0.1:5432 is untouched and out of sight.
# --with-system-cluster also stops the machine's cluster for a moment to test starting it
# (situation 3a), and always starts it again.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
USER_NAME=stewardtest
WORK=$(mktemp -d /tmp/steward-launcher-test.XXXXXX)
PASS=0; FAIL=0
WITH_SYSTEM_CLUSTER=0
[[ ${1:-} == --with-system-cluster ]] && WITH_SYSTEM_CLUSTER=1

[[ $(id -u) -eq 0 ]] || { echo "run as root" >&2; exit 2; }
command -v unshare >/dev/null || { echo "needs unshare (util-linux)" >&2; exit 2; }

ok()   { PASS=$((PASS + 1)); printf '  ok    %s\n' "$*"; }
bad()  { FAIL=$((FAIL + 1)); printf '  FAIL  %s\n' "$*"; }
check() { # description command...
  local what=$1; shift
  if "$@"; then ok "$what"; else bad "$what"; fi
}
cleanup() {
  if [[ $WITH_SYSTEM_CLUSTER == 1 ]] && command -v pg_ctlcluster >/dev/null; then
    for d in /etc/postgresql/*/main; do
      v=${d#/etc/postgresql/}; v=${v%/main}
      pg_ctlcluster --skip-systemctl-redirect "$v" main start >/dev/null 2>&1 || true
    done
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# Copies of the repository (committed files plus the launcher as it is now): one for root, one
# in the test user's home.
chmod 755 "$WORK"
git clone -q "$ROOT" "$WORK/repo"
cp "$ROOT/steward" "$WORK/repo/steward"
cp "$ROOT/api/src/test/java/dev/steward/devtools/DevDatabase.java" "$WORK/repo/api/src/test/java/dev/steward/devtools/"
if ! id "$USER_NAME" >/dev/null 2>&1; then useradd -m -s /bin/bash "$USER_NAME"; fi
HOME_DIR=$(getent passwd "$USER_NAME" | cut -d: -f6)
if [[ ! -d $HOME_DIR/.m2/repository ]]; then
  echo "copying ~/.m2 for $USER_NAME (offline Maven in the network namespace)"
  cp -a "$HOME/.m2" "$HOME_DIR/.m2"
fi
rm -rf "$HOME_DIR/steward"
git clone -q "$ROOT" "$HOME_DIR/steward"
cp "$ROOT/steward" "$HOME_DIR/steward/steward"
cp "$ROOT/api/src/test/java/dev/steward/devtools/DevDatabase.java" "$HOME_DIR/steward/api/src/test/java/dev/steward/devtools/"
chown -R "$USER_NAME": "$HOME_DIR/.m2" "$HOME_DIR/steward"

# A PATH without any PostgreSQL program, for situation 4.
mkdir -p "$WORK/bin" "$WORK/empty"
for dir in /usr/local/bin /usr/bin; do
  for f in "$dir"/*; do
    n=${f##*/}
    case $n in psql | pg_* | initdb | postgres | postmaster | createdb | dropdb | createuser | dropuser) continue ;; esac
    [[ -e $WORK/bin/$n ]] || ln -s "$f" "$WORK/bin/$n"
  done
done
chmod 755 "$WORK/bin" "$WORK/empty"

# Runs `./steward db` (as $1 = root or a user, in repository $2), waits for its "Press Ctrl-C",
# checks that the server listens, sends signal $3, and checks again 12 s later. Output: $WORK/out.
cat >"$WORK/body.sh" <<'EOF'
#!/usr/bin/env bash
repo=$1 path=$2 work=$3 sig=$4
cd "$repo" && export PATH="$path" MAVEN_ARGS=-o
./steward db >"$work/out" 2>&1 & pid=$!
for _ in $(seq 300); do grep -q 'Press Ctrl-C\|error' "$work/out" && break; sleep 1; done
url=$(sed -n 's/.*STEWARD_TEST_ADMIN_URL=//p' "$work/out")
port=${url##*:}; port=${port%%/*}
if [[ -n $port ]] && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "LISTENING $port" >>"$work/marks"; fi
kill -s "$sig" "$pid"; sleep 12
if [[ -n $port ]] && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "STILL-LISTENING $port" >>"$work/marks"; fi
EOF
# The same inside `unshare --net --mount`: a loopback of its own (nothing on 5432) and, for
# mode no-postgres, the installed PostgreSQL hidden.
cat >"$WORK/scenario.sh" <<'EOF'
#!/usr/bin/env bash
who=$1 repo=$2 sig=$3 mode=$4 work=$5
ip link set lo up
mount --make-rprivate /
path=/usr/local/bin:/usr/bin:/bin
if [[ $mode == no-postgres ]]; then
  [[ -d /usr/lib/postgresql ]] && mount --bind "$work/empty" /usr/lib/postgresql
  path=$work/bin
fi
if [[ $who == root ]]; then
  bash "$work/body.sh" "$repo" "$path" "$work" "$sig"
else
  chmod 777 "$work"
  su -s /bin/bash "$who" -c "$(printf '%q ' bash "$work/body.sh" "$repo" "$path" "$work" "$sig")"
fi
EOF
chmod 755 "$WORK/scenario.sh" "$WORK/body.sh"

scenario() { # who repo signal mode
  rm -f "$WORK/out" "$WORK/marks"
  touch "$WORK/marks"; chmod 666 "$WORK/marks"
  unshare --net --mount --fork "$WORK/scenario.sh" "$1" "$2" "$3" "$4" "$WORK" || true
  sed 's/^/      | /' "$WORK/out" "$WORK/marks"
}
has() { grep -q "$1" "$WORK/out" "$WORK/marks"; }
hasnt() { ! grep -q "$1" "$WORK/out" "$WORK/marks"; }

echo "== syntax"
check "bash -n steward" bash -n "$ROOT/steward"
check "bash -n .ci/run" bash -n "$ROOT/.ci/run"
if command -v shellcheck >/dev/null; then
  check "shellcheck steward .ci/run" shellcheck "$ROOT/steward" "$ROOT/.ci/run"
fi
check "./steward help exits 0" "$ROOT/steward" help
rc=0; "$ROOT/steward" nonsense >/dev/null 2>&1 || rc=$?
check "./steward nonsense exits 2" test "$rc" -eq 2

echo "== 1. STEWARD_DATABASE_URL is used as given"
out=$(cd "$WORK/repo"; STEWARD_DATABASE_URL='postgresql://someone:s%40cret@db.invalid:6543/stewarddb' ./steward db 2>&1) || true
printf '%s\n' "$out" | sed 's/^/      | /'
check "uses the URL, password hidden" grep -q 'STEWARD_DATABASE_URL=postgresql://someone:\*\*\*@db.invalid:6543/stewarddb' <<<"$out"
check "tests get the same server" grep -q 'STEWARD_TEST_ADMIN_URL=postgresql://someone:\*\*\*@db.invalid:6543/postgres' <<<"$out"

echo "== 2. a server on 127.0.0.1:5432"
if (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; then
  out=$(cd "$WORK/repo"; ./steward db 2>&1) || true
  printf '%s\n' "$out" | sed 's/^/      | /'
  check "found on 127.0.0.1:5432" grep -q 'Database: PostgreSQL on 127.0.0.1:5432' <<<"$out"
else
  echo "  skip  nothing listens on 127.0.0.1:5432"
fi

if command -v pg_ctlcluster >/dev/null && compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
  echo "== 3b. installed, nothing running, as root: a private cluster owned by 'postgres'"
  scenario root "$WORK/repo" TERM with-postgres
  check "private cluster started" has 'private PostgreSQL cluster on 127.0.0.1:'
  check "it listened" has 'LISTENING'
  check "stopped on exit" hasnt 'STILL-LISTENING'

  echo "== 3b. installed, nothing running, as an ordinary user: a private cluster of their own"
  scenario "$USER_NAME" "$HOME_DIR/steward" TERM with-postgres
  check "private cluster started" has 'private PostgreSQL cluster on 127.0.0.1:'
  check "it listened" has 'LISTENING'
  check "stopped on exit" hasnt 'STILL-LISTENING'

  if [[ $WITH_SYSTEM_CLUSTER == 1 ]]; then
    echo "== 3a. the installed cluster is down: started, and stopped on exit"
    read -r v name _ < <(pg_lsclusters -h | head -n 1)
    pg_ctlcluster --skip-systemctl-redirect "$v" "$name" stop
    out=$(cd "$WORK/repo"; ./steward db 2>&1 & p=$!; sleep 20; kill -TERM "$p"; wait "$p") || true
    printf '%s\n' "$out" | sed 's/^/      | /'
    check "cluster started by the launcher" grep -q "started by ./steward" <<<"$out"
    check "cluster stopped again" bash -c "pg_lsclusters -h | grep -q '^$v *$name .* down'"
    pg_ctlcluster --skip-systemctl-redirect "$v" "$name" start
  fi
fi

echo "== 4. nothing installed, ordinary user: embedded PostgreSQL"
scenario "$USER_NAME" "$HOME_DIR/steward" TERM no-postgres
check "embedded PostgreSQL started" has 'embedded PostgreSQL on 127.0.0.1:'
check "it listened" has 'LISTENING'
check "stopped on exit (TERM)" hasnt 'STILL-LISTENING'
echo "== 4. nothing installed, as root: embedded PostgreSQL"
scenario root "$WORK/repo" TERM no-postgres
check "embedded PostgreSQL started" has 'embedded PostgreSQL on 127.0.0.1:'
check "it listened" has 'LISTENING'
check "stopped on exit (TERM)" hasnt 'STILL-LISTENING'
echo "== 4. again, launcher killed with SIGKILL: the server stops by itself"
scenario "$USER_NAME" "$HOME_DIR/steward" KILL no-postgres
check "embedded PostgreSQL started" has 'embedded PostgreSQL on 127.0.0.1:'
check "it listened" has 'LISTENING'
check "no orphan after SIGKILL" hasnt 'STILL-LISTENING'

echo
echo "$PASS passed, $FAIL failed"
(( FAIL == 0 ))
