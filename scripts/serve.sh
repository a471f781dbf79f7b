#!/usr/bin/env bash
# Builds the page and serves it at http://127.0.0.1:8080 (installs the pinned tools first).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-tools.sh
source scripts/env.sh
exec trunk serve --release --address 127.0.0.1 --port "${PORT:-8080}" --no-autoreload
