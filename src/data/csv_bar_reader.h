// Reads OHLCV bar CSV text (`timestamp,open,high,low,close,volume[,adj_close]`, a header row
// required) into Bars. Rows that do not parse become Problems (BAD_ROW, BAD_NUMBER,
// BAD_TIMESTAMP) naming file, line and field; they never throw and are never dropped silently.
// Numbers go through the exact decimal parser (never double); timestamps are YYYY-MM-DD
// (midnight UTC, the daily-bar convention of model/bar.h) or ISO 8601 with an optional offset.
// Handles a UTF-8 BOM, CRLF, blank lines and double-quoted fields (not quoted newlines).
// Pure functions; thread-safe.
//
// Speed: one pass over the buffer, fields split in place as string_views, no allocation per
// row beyond the output vectors (bench/data_bench.cc; figures in docs/BENCHMARKS.md).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "data/column_mapping.h"
#include "data/problem.h"
#include "model/bar.h"

namespace qtb::data {

struct CsvReadOptions {
  ColumnMapping columns;  // default: find columns by their usual names
};

struct ParsedBars {
  std::string file;               // the name used in messages
  std::vector<Bar> bars;          // rows that parsed, in file order
  std::vector<uint32_t> lines;    // 1-based file line of each bar (parallel to bars)
  std::vector<Problem> problems;  // parse problems, ascending by line
  uint32_t rows = 0;              // data rows seen (parsed or not), blank lines excluded
  uint32_t failed_rows = 0;       // rows that produced a parse problem (not in bars)
  // Prices with more than Price's 9 fraction digits (float artefacts such as
  // 28.600000381469727 in vendor files), rounded half-even to 9 digits.
  uint32_t rounded_values = 0;
  bool close_only = false;     // no open/high/low columns: open = high = low = close
  bool has_volume = false;     // false: volume is 0 in every bar
  bool has_adj_close = false;  // false: adj_close is 0 in every bar
  bool all_dates = true;       // every timestamp was a plain date (a daily file)
};

// Parses CSV `text`; `file` names it in messages. Fails (as a whole) only when the header is
// missing or does not map to the required columns; row problems land in ParsedBars::problems.
Result<ParsedBars> parse_bar_csv(std::string_view text, std::string_view file,
                                 const CsvReadOptions& options = {});

// Reads the file at `path` whole and parses it; messages name `path`. An unreadable file is
// an kIoError.
Result<ParsedBars> read_bar_csv(const std::string& path, const CsvReadOptions& options = {});

}  // namespace qtb::data
