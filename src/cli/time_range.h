// Parsing of --from / --to flags into a half-open UTC range [from, to).
#pragma once

#include <string>

#include "core/date.h"
#include "core/result.h"

namespace qtb::cli {

struct TimeRange {
  Timestamp from;
  Timestamp to;  // exclusive
};

// `from_text` and `to_text` are dates (YYYY-MM-DD) or ISO 8601 instants; empty means unbounded.
// A date in --to includes that whole day. Fails naming the flag.
Result<TimeRange> parse_time_range(const std::string& from_text, const std::string& to_text);

}  // namespace qtb::cli
