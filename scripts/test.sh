#!/usr/bin/env bash
# Runs every check: format, lints (host and wasm32), native unit/snapshot/CLI/validator tests,
# component tests in headless Chromium, a release build of the page, and the end-to-end journeys
# on the built dist/. Installs the pinned tools first (idempotent).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-tools.sh
source scripts/env.sh

step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy (host)"
cargo clippy --all-targets --locked -- -D warnings
step "clippy (wasm32)"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

step "native tests (unit, snapshots, conformance, CLI, generated files through real tools)"
INSTA_UPDATE=no cargo test --locked

step "component tests in headless Chromium (wasm-bindgen-test)"
cargo test --locked --target wasm32-unknown-unknown --test web

step "release build of the page (trunk)"
trunk build --release

step "end-to-end journeys (Playwright + Chromium on dist/ served from 127.0.0.1)"
tests/e2e/run.sh dist

step "all checks passed"
