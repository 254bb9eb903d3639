#!/usr/bin/env bash
# Builds the app in release mode and serves it, with the bundled example snapshot, on 127.0.0.1.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
port="${PORT:-8080}"
trunk build --release --offline
echo
echo "Visitationsguide: open http://127.0.0.1:$port/ (Ctrl+C stops it)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
