// BarInterval: the length of a bar, e.g. 1min, 5min, 1h, 1day. Value type.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/date.h"
#include "core/result.h"

namespace qtb {

class BarInterval {
 public:
  constexpr BarInterval() = default;
  static constexpr BarInterval minutes(int64_t n) { return BarInterval(n * kNanosPerMinute); }
  static constexpr BarInterval hours(int64_t n) { return BarInterval(n * kNanosPerHour); }
  static constexpr BarInterval daily() { return BarInterval(kNanosPerDay); }
  // Parses "1min", "5min", "15min", "30min", "1h", "2h", "1day" (also "1d", "60min").
  static Result<BarInterval> parse(std::string_view text);

  constexpr int64_t ns() const { return ns_; }
  constexpr bool is_daily() const { return ns_ == kNanosPerDay; }
  constexpr bool is_intraday() const { return ns_ < kNanosPerDay; }
  // Canonical name stored in market_data.interval: "1min", "5min", "1h", "1day".
  std::string name() const;
  friend constexpr auto operator<=>(BarInterval a, BarInterval b) = default;

 private:
  constexpr explicit BarInterval(int64_t ns) : ns_(ns) {}
  int64_t ns_ = kNanosPerDay;
};

}  // namespace qtb
