#!/usr/bin/env bash
# Runs the benchmarks of issue 9 and prints their figures, each beside its target:
#   1. native (criterion): parse, validate and rank per phase  — cargo bench --bench pipeline
#      and the checker's fast path beside node's JSON.parse of the same bytes — scripts/bench_native.py
#   2. browser: the release build in headless Chromium beside a plain-JS floor page (cold load, age change,
#      DOM nodes, in-page parse, reload from the service-worker cache) — node tests/bench/browser.mjs
#
#   bash scripts/bench.sh [--quick] [--no-build]
#
#   --quick     a short run: criterion's --quick, and the browser at 300 and 10,000 offers with 5 runs each
#               (the full run: 300, 1,000 and 10,000 offers, 9 runs each)
#   --no-build  measure dist/ and target/release/snapshot as they are (e.g. right after scripts/test.sh
#               built them); without it the release app and checker are built first
#
# Benchmarks, not tests: a figure over its target is printed as "over" and the exit code stays 0; the exit
# code is non-zero only when something fails to run. The browser's raw samples and medians go to
# artifacts/bench/browser.json; criterion keeps its own in target/criterion/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

quick=()
build=1
for arg in "$@"; do
  case "$arg" in
    --quick) quick=(--quick) ;;
    --no-build) build=0 ;;
    -h | --help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench.sh: unknown argument $arg (use --quick, --no-build)" >&2; exit 2 ;;
  esac
done

bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"

if [ "$build" = 1 ]; then
  echo "== release build of the app (trunk) and of the checker"
  trunk build --release --offline
  cargo build --locked --release --bin snapshot --quiet
fi

echo "== native benchmarks (cargo bench --bench pipeline${quick[*]:+ -- ${quick[*]}})"
cargo bench --locked --bench pipeline -- "${quick[@]}"

echo "== native speed beside node's JSON.parse, alternating (python3 scripts/bench_native.py${quick[*]:+ ${quick[*]}})"
python3 scripts/bench_native.py "${quick[@]}" --out artifacts/bench/native.json

echo "== browser benchmark (node tests/bench/browser.mjs${quick[*]:+ ${quick[*]}})"
node tests/bench/browser.mjs "${quick[@]}" --out artifacts/bench/browser.json
