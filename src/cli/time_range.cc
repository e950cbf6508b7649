#include "cli/time_range.h"

#include <cstdint>
#include <limits>

namespace qtb::cli {

Result<TimeRange> parse_time_range(const std::string& from_text, const std::string& to_text) {
  TimeRange range{Timestamp::from_ns(std::numeric_limits<int64_t>::min()),
                  Timestamp::from_ns(std::numeric_limits<int64_t>::max())};
  if (!from_text.empty()) {
    Result<Timestamp> from = Timestamp::parse(from_text);
    if (!from.ok()) return from.error().with_context("--from");
    range.from = *from;
  }
  if (!to_text.empty()) {
    Result<Timestamp> to = Timestamp::parse(to_text);
    if (!to.ok()) return to.error().with_context("--to");
    const bool date_only = to_text.size() <= 10;
    range.to = date_only ? *to + kNanosPerDay : *to;
  }
  if (range.to <= range.from) return invalid_argument("--to must be after --from");
  return range;
}

}  // namespace qtb::cli
