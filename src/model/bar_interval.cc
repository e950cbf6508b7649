#include "model/bar_interval.h"

#include <fmt/format.h>

#include <charconv>

namespace qtb {

Result<BarInterval> BarInterval::parse(std::string_view text) {
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  int64_t n = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + digits, n);
  const std::string_view unit = text.substr(digits);
  if (digits == 0 || ec != std::errc() || ptr != text.data() + digits || n <= 0) {
    return invalid_argument(
        fmt::format("bar interval \"{}\": expected e.g. 1min, 5min, 1h, 1day", text));
  }
  if (unit == "min" || unit == "m") {
    if (n < 1440 && 1440 % n == 0) return minutes(n);
  } else if (unit == "h") {
    if (n < 24 && 24 % n == 0) return hours(n);
  } else if (unit == "day" || unit == "d") {
    if (n == 1) return daily();
  }
  return invalid_argument(fmt::format(
      "bar interval \"{}\": supported are N min and N h dividing a day, and 1day", text));
}

std::string BarInterval::name() const {
  if (ns_ == kNanosPerDay) return "1day";
  if (ns_ % kNanosPerHour == 0) return fmt::format("{}h", ns_ / kNanosPerHour);
  return fmt::format("{}min", ns_ / kNanosPerMinute);
}

}  // namespace qtb
