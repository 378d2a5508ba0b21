#!/usr/bin/env bash
# Run the timing-sensitive tests (distributed and scheduled by default) N times; report the pass count.
#
#   scripts/stress-tests.sh [N] [pytest paths or options…]
#   STRESS_LOAD=1 scripts/stress-tests.sh 20    # with one CPU-bound process running beside them
#
# Exits 0 only when every run passed. Each run's output is kept in $STRESS_LOG_DIR (a temp dir).
set -u
runs="${1:-20}"
shift || true
paths=("$@")
[ ${#paths[@]} -eq 0 ] && paths=(tests/distributed tests/scheduled)
here="$(cd "$(dirname "$0")/.." && pwd)"
pytest="$here/.venv/bin/pytest"
logs="${STRESS_LOG_DIR:-$(mktemp -d -t technews-stress-XXXXXX)}"
mkdir -p "$logs"

load_pid=""
if [ "${STRESS_LOAD:-0}" = "1" ]; then
  python3 -c 'while True: pass' &
  load_pid=$!
  echo "CPU load: process $load_pid"
fi
stop_load() { [ -n "$load_pid" ] && kill "$load_pid" 2>/dev/null; }
trap stop_load EXIT

passed=0
for i in $(seq 1 "$runs"); do
  started=$(date +%s)
  if (cd "$here" && "$pytest" -q -p no:cacheprovider "${paths[@]}") >"$logs/run-$i.log" 2>&1; then
    passed=$((passed + 1)); verdict=passed
  else
    verdict="FAILED (see $logs/run-$i.log)"
  fi
  echo "run $i/$runs: $verdict in $(( $(date +%s) - started ))s"
done
echo "stress: $passed of $runs runs passed (${paths[*]})"
[ "$passed" -eq "$runs" ]
