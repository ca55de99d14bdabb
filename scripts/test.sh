#!/usr/bin/env bash
# Runs every unit and corpus test (src/**/*.test.ts) with Node's own test runner, after a type check.
# Fails loudly when no test ran: a green run must mean tests passed, not that none were found.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s globstar nullglob
files=(src/**/*.test.ts)
if [ "${#files[@]}" -eq 0 ]; then
  echo "test.sh: no test files found under src/" >&2
  exit 1
fi
# The type check prints nothing when it passes: say when it starts and how it ended.
# Layer rules (.dependency-cruiser.cjs): a wrong-way import, I/O in a check, or test code in the product fails the run.
# The two only read the sources: the layer rules run beside the type check (tsc keeps one core busy), and no test runs
# unless both passed.
echo "test.sh: type check (tsc --noEmit over src, bench, scripts) and layer rules (depcruise), side by side…"
tc_start=$SECONDS
dc_out=$(mktemp)
npx depcruise src --config .dependency-cruiser.cjs --output-type err >"$dc_out" 2>&1 &
dc_pid=$!
if ! npx tsc -p tsconfig.json --noEmit; then
  wait "$dc_pid" || true
  cat "$dc_out"
  rm -f "$dc_out"
  echo "test.sh: type check failed; no tests run" >&2
  exit 1
fi
echo "test.sh: type check passed in $((SECONDS - tc_start)) s"
dc_status=0
wait "$dc_pid" || dc_status=$?
cat "$dc_out"
rm -f "$dc_out"
if [ "$dc_status" -ne 0 ]; then
  echo "test.sh: layer rules (depcruise) failed; no tests run" >&2
  exit 1
fi
echo "test.sh: running ${#files[@]} test files"
log=$(mktemp)
# Hermetic: a model the user trained into their own store must not change what the tests see.
store_dir=$(mktemp -d)
export SPAMLAB_STORE="$store_dir/spamlab.db"
trap 'rm -rf "$log" "$store_dir"' EXIT
# Test files run side by side, each in its own process. Node's default is one fewer than the cores: one file at a time on a
# 2-core machine, the second core idle while a file starts up (tsx, the scanner) or waits on a server it started. The files
# keep their own databases, Redis prefixes, ports and temp dirs (src/test-support), and cost guards measure CPU, not wall time.
# SPAMLAB_TEST_CONCURRENCY overrides (1: one file at a time).
concurrency=${SPAMLAB_TEST_CONCURRENCY:-$(node -p 'Math.max(2, os.availableParallelism())')}
echo "test.sh: $concurrency test files at a time"
set +e
node --import tsx --test --test-concurrency="$concurrency" --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=./scripts/count-reporter.mjs --test-reporter-destination="$log" "$@" "${files[@]}"
status=$?
set -e
passed=$(grep -o 'passed=[0-9]*' "$log" | cut -d= -f2)
failed=$(grep -o 'failed=[0-9]*' "$log" | cut -d= -f2)
skipped=$(grep -o 'skipped=[0-9]*' "$log" | cut -d= -f2)
echo "tests: ${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
if [ "${passed:-0}" -eq 0 ]; then
  echo "test.sh: zero tests passed; failing the run" >&2
  exit 1
fi
exit $status
