// WILLR: Williams' %R as TA-Lib computes it (ta_WILLR.c): over the last `period` bars with
// highest high HH and lowest low LL,
//   %R = -100 * (HH - close) / (HH - LL), and 0 when HH == LL.
// Lookback = period - 1. O(1) amortised per update. Streams are single-threaded values.
#pragma once

#include <span>

#include "indicators/rolling_extreme.h"

namespace qtb::ind {

// REQUIRES: period >= 2; high, low, close and out of the same size.
void willr(std::span<const double> high, std::span<const double> low, std::span<const double> close,
           int period, std::span<double> out);

class WillrStream {
 public:
  explicit WillrStream(int period);
  // %R including this bar; NaN for the first period - 1 bars.
  double update(double high, double low, double close);

 private:
  RollingExtreme highest_;
  RollingExtreme lowest_;
  int period_;
};

}  // namespace qtb::ind
