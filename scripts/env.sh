# Sourced by the other scripts: puts the project's pinned tools first on PATH.
KEYLESS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="$KEYLESS_ROOT/.tools/bin:$PATH"
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-120}
# Nothing at build or test time may reach beyond the registries.
export TRUNK_OFFLINE=true
