// Writes bars as CSV in qtb's own layout, `timestamp,open,high,low,close,volume,adj_close`, the
// layout `qtb data import` reads back. Numbers are exact decimal text; a daily bar's timestamp is
// its date (YYYY-MM-DD), an intraday bar's the UTC instant (ISO 8601, Z); adj_close is empty when
// the source had none (zero). Pure; thread-safe.
#pragma once

#include <span>
#include <string>

#include "model/bar.h"

namespace qtb::data {

inline constexpr const char* kBarCsvHeader = "timestamp,open,high,low,close,volume,adj_close\n";

// Appends one CSV line per bar to `out` (no header).
void append_bar_csv(std::span<const Bar> bars, bool daily, std::string& out);

}  // namespace qtb::data
