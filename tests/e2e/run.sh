#!/usr/bin/env bash
# Runs every browser journey against a built page, in headless Chromium.
#
#   tests/e2e/run.sh [DIST_DIR] [extra node --test args...]
#
# DIST_DIR defaults to $KEYLESS_DIST, else <repo>/dist (trunk build --release).
# Prints PASS/FAIL per journey, 'axe: N checks, M violations' (every journey's
# page is checked with axe in light/dark x English/Korean, lib/axe.mjs) and
# 'e2e: N passed, N failed'; exits non-zero on any failure. Environment:
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
# --test-timeout bounds each journey and also (Node 20) the one file that holds
# them all, so it is the whole run's limit: every journey also runs axe in four
# modes at its end (lib/axe.mjs), which on a busy 2-core machine takes the run
# past 3 minutes. Single waits are bounded by KEYLESS_E2E_TIMEOUT.
exec node --test --test-concurrency=1 --test-timeout=600000 \
  --test-reporter=./lib/reporter.mjs --test-reporter-destination=stdout \
  "$@" journeys.test.mjs
