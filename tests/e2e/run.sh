#!/usr/bin/env bash
# Runs every browser journey against a built page, in headless Chromium.
#
#   tests/e2e/run.sh [DIST_DIR] [extra node --test args...]
#
# DIST_DIR defaults to $KEYLESS_DIST, else <repo>/dist (trunk build --release).
# Prints PASS/FAIL per journey and 'e2e: N passed, N failed'; exits non-zero
# on any failure. Environment:
#   KEYLESS_JOURNEYS=regex   only journeys whose file name matches (e.g. '0[34]')
#   KEYLESS_SCREENSHOT=1     write the screenshot to docs/screenshot.png
#   KEYLESS_CHROMIUM=path    browser binary (default /usr/bin/chromium)
#   KEYLESS_E2E_TIMEOUT=ms   longest single wait (default 15000)
# Failure screenshots and HTML go to tests/e2e/out/.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

DIST=${KEYLESS_DIST:-$ROOT/dist}
if [[ $# -gt 0 && $1 != -* ]]; then DIST=$1; shift; fi
if [[ ! -f $DIST/index.html ]]; then
  echo "run.sh: no $DIST/index.html; build the page first (.tools/bin/trunk build --release)" >&2
  exit 2
fi
if [[ ! -d $HERE/node_modules/playwright-core ]]; then
  echo "run.sh: tests/e2e/node_modules missing; run scripts/install-tools.sh (or npm ci in tests/e2e)" >&2
  exit 2
fi
export KEYLESS_DIST
KEYLESS_DIST=$(cd "$DIST" && pwd)
echo "e2e: journeys against $KEYLESS_DIST"

cd "$HERE"
exec node --test --test-concurrency=1 --test-timeout=180000 \
  --test-reporter=./lib/reporter.mjs --test-reporter-destination=stdout \
  "$@" journeys.test.mjs
