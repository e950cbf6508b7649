#include "indicators/midprice.h"

#include "indicators/indicator.h"

namespace qtb::ind {

MidpriceStream::MidpriceStream(int period)
    : highest_(RollingExtreme::Kind::kMax, static_cast<std::size_t>(period)),
      lowest_(RollingExtreme::Kind::kMin, static_cast<std::size_t>(period)),
      period_(period) {}

double MidpriceStream::update(double high, double low) {
  highest_.push(high);
  lowest_.push(low);
  if (highest_.count() < period_) return kNaN;
  return (highest_.value() + lowest_.value()) / 2.0;
}

// The batch keeps the positions of the window's highest high and lowest low and rescans the
// window only when one of them leaves it (as TA-Lib's loops do): fewer unpredictable branches
// than the stream's deques, and the same exact extremes. Ties keep the newest position.
void midprice(std::span<const double> high, std::span<const double> low, int period,
              std::span<double> out) {
  const std::size_t n = high.size();
  const auto p = static_cast<std::size_t>(period);
  std::size_t highest = 0;
  std::size_t lowest = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t start = i + 1 >= p ? i + 1 - p : 0;
    if (highest < start) {
      highest = start;
      for (std::size_t j = start + 1; j <= i; ++j) {
        if (high[j] >= high[highest]) highest = j;
      }
    } else if (high[i] >= high[highest]) {
      highest = i;
    }
    if (lowest < start) {
      lowest = start;
      for (std::size_t j = start + 1; j <= i; ++j) {
        if (low[j] <= low[lowest]) lowest = j;
      }
    } else if (low[i] <= low[lowest]) {
      lowest = i;
    }
    out[i] = i + 1 < p ? kNaN : (high[highest] + low[lowest]) / 2.0;
  }
}

}  // namespace qtb::ind
