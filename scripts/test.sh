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
echo "test.sh: type check (tsc --noEmit over src, bench, scripts)…"
tc_start=$SECONDS
npx tsc -p tsconfig.json --noEmit || { echo "test.sh: type check failed; no tests run" >&2; exit 1; }
echo "test.sh: type check passed in $((SECONDS - tc_start)) s; running ${#files[@]} test files"
# Layer rules (.dependency-cruiser.cjs): a wrong-way import, I/O in a check, or test code in the product fails the run.
npx depcruise src --config .dependency-cruiser.cjs --output-type err
log=$(mktemp)
# Hermetic: a model the user trained into their own store must not change what the tests see.
store_dir=$(mktemp -d)
export SPAMLAB_STORE="$store_dir/spamlab.db"
trap 'rm -rf "$log" "$store_dir"' EXIT
set +e
node --import tsx --test --test-reporter=spec --test-reporter-destination=stdout \
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
