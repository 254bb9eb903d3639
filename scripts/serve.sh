#!/usr/bin/env bash
# Builds the app and the publisher page in release mode and serves them, with the bundled example snapshot, on 127.0.0.1.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
port="${PORT:-8080}"
# The publisher page first, into dist-publish/: the guide's build takes it into dist/ (scripts/post_build.py).
trunk build --release --offline --dist dist-publish publish.html
trunk build --release --offline
echo
echo "Visitationsguide: open http://127.0.0.1:$port/ (Ctrl+C stops it)"
echo "Publisher page:   open http://127.0.0.1:$port/publish.html"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
