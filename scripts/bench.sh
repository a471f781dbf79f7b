#!/usr/bin/env bash
# Benchmark of the built page: bytes of dist/ (raw, gzip -9, brotli), load time
# to all four artifacts (median/p95 of 20 fresh loads) and input-to-artifact
# latency (500 keystrokes), all in headless Chromium. Prints tables.
#
#   scripts/bench.sh [DIST_DIR] [--loads N] [--keys N] [--json FILE]
#
# DIST_DIR defaults to $KEYLESS_DIST, else <repo>/dist (trunk build --release).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIST=${KEYLESS_DIST:-$ROOT/dist}
if [[ $# -gt 0 && $1 != -* ]]; then DIST=$1; shift; fi
if [[ ! -f $DIST/index.html ]]; then
  echo "bench.sh: no $DIST/index.html; build the page first (.tools/bin/trunk build --release)" >&2
  exit 2
fi
if [[ ! -d $ROOT/tests/e2e/node_modules/playwright-core ]]; then
  echo "bench.sh: tests/e2e/node_modules missing; run scripts/install-tools.sh" >&2
  exit 2
fi
exec node "$ROOT/tests/e2e/bench.mjs" --dist "$DIST" "$@"
