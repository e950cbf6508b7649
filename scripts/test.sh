#!/usr/bin/env bash
# The README's test command: installs dependencies, builds the debug preset (ASan + UBSan,
# warnings as errors) and runs every test, including the PostgreSQL integration suite against
# a real server that the tests start on loopback and stop afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install_deps.sh
tools/check_determinism.sh
export CCACHE_DIR="${CCACHE_DIR:-$PWD/.cache/ccache}"
cmake --preset debug
cmake --build --preset debug
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
ctest --preset debug -j 2 "$@"
