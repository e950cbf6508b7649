#!/usr/bin/env bash
# Style checks: clang-format (the repo's .clang-format, Google base, 100 columns) over every
# *.h / *.cc under src tests bench fuzz, and clang-tidy (the repo's .clang-tidy) over src/.
# Prints the findings and per-check / per-folder counts; exits non-zero when there are any.
#
#   scripts/lint.sh [build-dir]   build-dir holds compile_commands.json (default: build/lint,
#                                 configured here with g++'s flags if missing)
#   QTB_LINT_JOBS=N               clang-tidy processes in parallel (default 2)
set -uo pipefail
cd "$(dirname "$0")/.."

build_dir="${1:-build/lint}"
jobs="${QTB_LINT_JOBS:-2}"
clang_format="$(command -v clang-format-14 || command -v clang-format)"
clang_tidy="$(command -v clang-tidy-14 || command -v clang-tidy)"
report="$(mktemp -d)"
trap 'rm -rf "$report"' EXIT

mapfile -t all_files < <(git ls-files --cached --others --exclude-standard -- \
  'src/*.h' 'src/*.cc' 'tests/*.h' 'tests/*.cc' 'bench/*.h' 'bench/*.cc' 'fuzz/*.h' 'fuzz/*.cc')

echo "lint: clang-format on ${#all_files[@]} files"
format_bad=()
for f in "${all_files[@]}"; do
  [ -f "$f" ] || continue
  if ! "$clang_format" --dry-run --Werror "$f" >/dev/null 2>&1; then format_bad+=("$f"); fi
done
for f in "${format_bad[@]}"; do echo "clang-format: $f"; done

if [ ! -f "$build_dir/compile_commands.json" ]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DQTB_BUILD_BENCH=OFF \
    -DQTB_BUILD_TESTS=OFF >/dev/null
fi
mapfile -t tidy_files < <(git ls-files --cached --others --exclude-standard -- 'src/*.cc')
echo "lint: clang-tidy on ${#tidy_files[@]} files under src/ ($build_dir/compile_commands.json)"
printf '%s\n' "${tidy_files[@]}" |
  xargs -P "$jobs" -I{} sh -c '"$0" -p "$1" --quiet "$2" > "$3/$(echo "$2" | tr / _).log" 2>&1' \
    "$clang_tidy" "$build_dir" {} "$report"
# One finding per "file:line:col: error|warning: message [check]" line, deduplicated (headers
# are reported once per including file).
cat "$report"/*.log 2>/dev/null |
  grep -E '^/.*:[0-9]+:[0-9]+: (warning|error): .*\[[a-z0-9,.-]+\]$' | sort -u > "$report/findings"
sed "s|^$PWD/||" "$report/findings"

echo
echo "== clang-format: ${#format_bad[@]} of ${#all_files[@]} files need formatting; per folder:"
printf '%s\n' "${format_bad[@]}" | grep . | sed -E "s,/[^/]*$,," | sort | uniq -c | sort -rn
echo "== clang-tidy: $(wc -l < "$report/findings") findings; per check:"
sed -E 's/.*\[([^]]+)\]$/\1/; s/,-warnings-as-errors//' "$report/findings" | tr ',' '\n' |
  sort | uniq -c | sort -rn
echo "== clang-tidy per folder:"
sed -E "s|^$PWD/||; s|:[0-9]+:[0-9]+: .*||; s|/[^/]*$||" "$report/findings" | sort | uniq -c | sort -rn

[ ${#format_bad[@]} -eq 0 ] && [ ! -s "$report/findings" ]
