#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/, clang-14, ASan + UBSan) and runs each for N seconds
# (default 30) on a scratch copy of its seed corpus fuzz/corpus/<name>/, so the committed seeds
# stay small. Exits non-zero when any target finds a crash, a leak or a broken property; the
# input that did it is kept in build/fuzz/artifacts/<name>/ (turn it into a unit test).
#
#   scripts/fuzz.sh [seconds] [target ...]     e.g. scripts/fuzz.sh 60 date decimal
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-30}"
shift || true
build_dir="${QTB_FUZZ_BUILD_DIR:-build/fuzz}"
all_targets=(decimal date bar_interval config_toml config_dotenv symbol_registry csv_bar_reader
             column_spec corporate_actions mapped_series store_url)
targets=("${@:-${all_targets[@]}}")

# -O1 keeps the asserts of a Debug build (REQUIRES checks) at a usable speed.
CC=clang-14 CXX=clang++-14 cmake -S . -B "$build_dir" -G Ninja -DQTB_FUZZ=ON \
  -DQTB_BUILD_TESTS=OFF -DQTB_BUILD_BENCH=OFF -DQTB_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug \
  "-DCMAKE_CXX_FLAGS_DEBUG=-g -O1" >/dev/null
cmake --build "$build_dir" -j "${QTB_JOBS:-2}" --target qtb_fuzz

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
# In memory when possible: mapped_series writes a temp file per input (about 7x faster).
scratch="$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/tmp"

failed=()
for name in "${targets[@]}"; do
  binary="$build_dir/fuzz/${name}_fuzz"
  [ -x "$binary" ] || { echo "fuzz: no target $name" >&2; exit 2; }
  corpus="$scratch/$name"
  artifacts="$build_dir/artifacts/$name/"
  mkdir -p "$corpus" "$artifacts"
  cp fuzz/corpus/"$name"/* "$corpus"/
  echo "fuzz: $name for ${seconds}s"
  if ! TMPDIR="$scratch/tmp" "$binary" "$corpus" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
      -rss_limit_mb=2048 -artifact_prefix="$artifacts" -print_final_stats=1 \
      >"$scratch/$name.log" 2>&1; then
    failed+=("$name")
    tail -n 40 "$scratch/$name.log" >&2
  fi
  grep -E "^stat::number_of_executed_units|^Done" "$scratch/$name.log" || true
done

if [ ${#failed[@]} -ne 0 ]; then
  echo "fuzz: FAILED ${failed[*]} (inputs in $build_dir/artifacts/)" >&2
  exit 1
fi
echo "fuzz: ${#targets[@]} targets clean for ${seconds}s each"
