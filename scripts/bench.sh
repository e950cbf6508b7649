#!/usr/bin/env bash
# Builds the release preset with benchmarks and runs every bench in bench/ (each checks its own
# answer). The store bench runs against a throw-away PostgreSQL server (scripts/with_postgres.sh).
# Results: human-readable on stdout, JSON per bench in out/bench/ (or $QTB_OUT/bench).
#   scripts/bench.sh [--benchmark_filter=REGEX] [other Google Benchmark flags]
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install_deps.sh
export CCACHE_DIR="${CCACHE_DIR:-$PWD/.cache/ccache}"
cmake --preset release >/dev/null
cmake --build --preset release
bench_dir=build/release/bench
out="${QTB_OUT:-out}/bench"
mkdir -p "$out"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for bench in data_bench bar_cache_bench calendar_bench logging_bench; do
  echo "== $bench"
  "$bench_dir/$bench" --benchmark_out="$out/$bench.json" --benchmark_out_format=json "$@"
done
echo "== qtb_store_bench (SQLite and PostgreSQL on loopback)"
scripts/with_postgres.sh "$bench_dir/qtb_store_bench" \
  --benchmark_out="$out/qtb_store_bench.json" --benchmark_out_format=json "$@"
