#!/usr/bin/env bash
# Runs every test: native unit, property and fixture tests, the checker CLI on the fixture corpus,
# the JSON Schema agreement check, component tests and end-to-end tests of the release build in
# headless Chromium, and the size/speed budgets (which print their figures).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"

echo "== formatting and lints (rustfmt, leptosfmt for view! macros, clippy on both targets)"
cargo fmt --check
leptosfmt --check --quiet src/ui tests/web.rs
cargo clippy --locked --all-targets --quiet -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --lib --bins --quiet -- -D warnings

echo "== native tests (cargo test)"
cargo test --locked

echo "== component tests in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER="$(command -v chromedriver)" cargo test --locked --target wasm32-unknown-unknown --test web

echo "== JSON Schema agrees with the checker"
cargo build --locked --bin snapshot
python3 tests/schema_agreement.py target/debug/snapshot

echo "== Table Schema agrees with snapshot import on the CSV fixtures (frictionless)"
python3 tests/table_schema_agreement.py target/debug/snapshot

echo "== release build of the publisher page, then of the app, which takes the page in (trunk)"
trunk build --release --offline --dist dist-publish publish.html
trunk build --release --offline
test -s dist/index.html && test -s dist/publish.html && ls dist/*.wasm >/dev/null

echo "== end-to-end tests of the release build in headless Chromium (node --test, playwright-core)"
rm -rf artifacts/screenshots artifacts/hostile-timings.json
node --test --test-concurrency=1 --test-reporter=spec tests/e2e/
echo "   screenshots: artifacts/screenshots/"

echo "== budgets"
python3 scripts/budget.py

# Benchmarks, not tests: they print each figure beside its target and fail only if they cannot run.
echo "== benchmarks, short run (the full run: bash scripts/bench.sh)"
cargo build --locked --release --bin snapshot --quiet
python3 scripts/bench_native.py --quick --out artifacts/bench/native.json
node tests/bench/browser.mjs --quick --out artifacts/bench/browser.json
echo "== all tests passed"
