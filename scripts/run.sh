#!/usr/bin/env bash
# The README's main command. Installs what qtb needs (apt), builds the release binary, then runs
# the main job on the bundled real data (data/, sources in data/SOURCES.md) with the embedded
# default store, SQLite:
#   1. validates every bundled series and reports each problem (file, line, field, reason);
#   2. imports them into out/qtb.db in one transaction each (the dirty NYSE composite series
#      with --on-error skip, listing every row it leaves out), with symbol reference data;
#   3. builds the memory-mapped bar cache (out/cache) and prints what the store holds;
#   4. backtests the built-in SMA crossover (10/30, 100 shares, USD 1 per order, next-open
#      fills) on the S&P 500 series 2000-2020 from that store, writing out/backtest/ with
#      summary.json, equity/orders/fills/trades CSVs and report.html.
# Everything it writes goes under out/ (or $QTB_OUT); re-running starts from a fresh store.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install_deps.sh
export CCACHE_DIR="${CCACHE_DIR:-$PWD/.cache/ccache}"
cmake --preset release >/dev/null
cmake --build --preset release --target qtb

qtb=build/release/src/cli/qtb
out="${QTB_OUT:-out}"
mkdir -p "$out"
rm -f "$out/qtb.db" "$out/qtb.db-wal" "$out/qtb.db-shm"
rm -rf "$out/cache"
store="sqlite:$out/qtb.db"
report="$out/data_report.txt"
: > "$report"

echo "== validating bundled data (full report: $report)"
for f in data/spx/SPX.csv data/misc/GOOG_2004_2008.csv data/misc/MSFT_2000_2001.csv \
         data/dow30/*.csv; do
  "$qtb" data validate --file "$f" >> "$report"
  tail -n 1 "$report"
done
echo "-- data/misc/NYSE_composite.csv is known to be dirty; its problems:"
"$qtb" data validate --file data/misc/NYSE_composite.csv >> "$report" || true
tail -n 1 "$report"

echo "== importing into $store"
"$qtb" --store "$store" data symbols import --file data/symbols.csv
"$qtb" --store "$store" data import --symbol SPX --file data/spx/SPX.csv
"$qtb" --store "$store" data import --symbol GOOG --file data/misc/GOOG_2004_2008.csv
for f in data/dow30/*.csv; do
  "$qtb" --store "$store" data import --symbol "$(basename "$f" .csv)" --file "$f" | tail -n 1
done
# Full OHLCV for MSFT 2000-09..2001-09 replaces the close-only Dow 30 bars where they overlap
# (same closes, to the cent) and extends the series.
"$qtb" --store "$store" data import --symbol MSFT --file data/misc/MSFT_2000_2001.csv --replace
"$qtb" --store "$store" data import --symbol NYA --file data/misc/NYSE_composite.csv \
  --on-error skip | tail -n 1

echo "== building the bar cache"
"$qtb" --store "$store" data cache build --dir "$out/cache"

echo "== what the store holds"
"$qtb" --store "$store" data list

echo "== backtest: sma_cross 10/30 on SPX from $store"
"$qtb" --store "$store" backtest --symbols SPX --strategy sma_cross --param fast=10 \
  --param slow=30 --size shares:100 --cash 1000000 --commission per_order:1 --fill next_open \
  --out "$out/backtest"
echo
echo "Store: $out/qtb.db   Cache: $out/cache   Validation report: $report"
echo "Backtest report: $out/backtest/report.html (open it in a browser; no network needed)"
