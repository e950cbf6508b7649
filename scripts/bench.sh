#!/usr/bin/env bash
# Builds the release preset with benchmarks and runs every bench in bench/ (each checks its own
# answer). The store bench runs against a throw-away PostgreSQL server (scripts/with_postgres.sh).
# Results: human-readable on stdout, JSON per bench in out/bench/ (or $QTB_OUT/bench).
#   scripts/bench.sh [--benchmark_filter=REGEX] [other Google Benchmark flags]
# QTB_TALIB_DIR=<dir with include/ta_libc.h and lib/libta_lib.a>: also time TA-Lib in
# indicators_bench (a TA-Lib build made outside this repository; docs/BENCHMARKS.md).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install_deps.sh
export CCACHE_DIR="${CCACHE_DIR:-$PWD/.cache/ccache}"
cmake --preset release -DQTB_TALIB_DIR="${QTB_TALIB_DIR:-}" >/dev/null
# Only the benchmark executables (each bench/<area>.cmake adds one).
mapfile -t targets < <(grep -ho 'add_executable([a-z_]*' bench/*.cmake | cut -d'(' -f2)
cmake --build --preset release --target "${targets[@]}"
bench_dir=build/release/bench
out="${QTB_OUT:-out}/bench"
mkdir -p "$out"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for bench in "$bench_dir"/*_bench; do
  name=$(basename "$bench")
  [ "$name" = qtb_store_bench ] && continue
  echo "== $name"
  "$bench" --benchmark_out="$out/$name.json" --benchmark_out_format=json "$@"
done
echo "== qtb_store_bench (SQLite and PostgreSQL on loopback)"
scripts/with_postgres.sh "$bench_dir/qtb_store_bench" \
  --benchmark_out="$out/qtb_store_bench.json" --benchmark_out_format=json "$@"
