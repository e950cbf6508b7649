// ColumnMapping: which header name in a bar CSV holds each bar field. By default a field is
// found by its aliases (case-insensitive): timestamp|date|datetime|time, open, high, low, close,
// volume, adj_close|adj close|adjusted_close. A `--columns` spec or a vendor preset names the
// header explicitly. Value types; thread-compatible.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "data/problem.h"

namespace qtb::data {

struct ColumnMapping {
  // Header name for each Field (indexed by Field); empty = find it by the default aliases.
  std::array<std::string, kFieldCount> header_names;
};

// Parses "timestamp=Date,close=Close,volume=Vol" (our field = the file's header name) or a
// preset name: "yahoo", "stooq", "ib". Unknown fields, presets or a malformed pair are errors.
Result<ColumnMapping> parse_column_spec(std::string_view spec);

// Vendor presets: yahoo (Date,Open,High,Low,Close,Adj Close,Volume), stooq
// (Date,Open,High,Low,Close,Volume), ib (date,open,high,low,close,volume).
Result<ColumnMapping> column_preset(std::string_view name);

// Column index of each Field in a file, -1 when absent.
struct ColumnLayout {
  std::array<int, kFieldCount> index{-1, -1, -1, -1, -1, -1, -1};
  int column_count = 0;
  bool close_only() const { return index[1] < 0; }  // no open/high/low columns
};

// Matches `header` (the file's first row, already split) against `mapping`. Requires a
// timestamp and a close column, and open, high and low all present or all absent. `file` names
// the file in messages: `spy.csv:1 header: no column for "close" (looked for ...)`.
Result<ColumnLayout> resolve_columns(const std::vector<std::string_view>& header,
                                     const ColumnMapping& mapping, std::string_view file);

}  // namespace qtb::data
