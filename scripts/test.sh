#!/usr/bin/env bash
# Runs every test: native unit, property and fixture tests, the checker CLI on the fixture corpus,
# the JSON Schema agreement check, and the release build of the browser app.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"

echo "== native tests (cargo test)"
cargo test --locked

echo "== component tests in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER="$(command -v chromedriver)" cargo test --locked --target wasm32-unknown-unknown --test web

echo "== JSON Schema agrees with the checker"
cargo build --locked --bin snapshot
python3 tests/schema_agreement.py target/debug/snapshot

echo "== release build of the app (trunk)"
trunk build --release --offline
test -s dist/index.html && ls dist/*.wasm >/dev/null
echo "== all tests passed"
