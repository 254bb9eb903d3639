#!/usr/bin/env bash
# Installs every tool the build and the tests need, skipping what is already there,
# so a fresh machine takes ~20 minutes and a second run takes seconds.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=tools.env
. "$root/scripts/tools.env"
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"

step() { printf '== setup: %s\n' "$*"; }

for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    step "rustup component $component"
    rustup component add "$component"
  fi
done

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# Release LTO makes these installs take 14 instead of 9 minutes and buys nothing for a build tool.
export CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  step "trunk $TRUNK_VERSION (about 9 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# Not --locked: its lock file wants a webpki-roots version the registry lacks.
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  step "wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 8 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# The view! macro formatter; the test command checks src/ui with it as it checks the rest with rustfmt.
if ! leptosfmt --version 2>/dev/null | grep -q "$LEPTOSFMT_VERSION"; then
  step "leptosfmt $LEPTOSFMT_VERSION (about 3 minutes)"
  cargo install leptosfmt --version "$LEPTOSFMT_VERSION" --locked
fi

# npm binaryen: Debian's wasm-opt 108 silently breaks the app.
# Re-installed whenever package-lock.json changes (a stamp in node_modules/ records the one installed).
lock_sum=$(sha256sum "$root/package-lock.json" | cut -d' ' -f1)
if ! "$root/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q "version ${BINARYEN_NPM_VERSION%%.*}" \
  || [ "$(cat "$root/node_modules/.vg-lock-sha256" 2>/dev/null)" != "$lock_sum" ]; then
  step "npm packages (binaryen $BINARYEN_NPM_VERSION, playwright-core, axe-core)"
  (cd "$root" && npm ci --no-audit --no-fund)
  echo "$lock_sum" > "$root/node_modules/.vg-lock-sha256"
fi

if ! { command -v chromium && command -v chromedriver; } >/dev/null 2>&1; then
  step "Debian chromium + chromium-driver"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

if ! python3 -c "import jsonschema" 2>/dev/null; then
  step "python jsonschema $JSONSCHEMA_PY_VERSION (the independent schema validator)"
  python3 -m pip install --quiet "jsonschema==$JSONSCHEMA_PY_VERSION"
fi

if ! python3 -c "import brotli" 2>/dev/null; then
  step "python brotli $BROTLI_PY_VERSION (the size budget measures the app shell as a browser downloads it)"
  python3 -m pip install --quiet "brotli==$BROTLI_PY_VERSION"
fi

if ! python3 -c "import frictionless" 2>/dev/null; then
  step "python frictionless $FRICTIONLESS_PY_VERSION (the independent Table Schema validator)"
  python3 -m pip install --quiet "frictionless==$FRICTIONLESS_PY_VERSION"
fi
step "all tools present"
