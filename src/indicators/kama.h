// KAMA: Kaufman adaptive moving average (TA-Lib KAMA). With the efficiency ratio
// er = |x[t] - x[t-period]| / sum_{j<period} |x[t-j] - x[t-j-1]| and
// sc = (er * (2/3 - 2/31) + 2/31)^2, kama = (x - kama) * sc + kama, started from x[period-1].
// Lookback `period` (TA-Lib's unstable period 0).
#pragma once

#include <span>

#include "indicators/ring_window.h"

namespace qtb::ind {

// REQUIRES: period >= 1, out.size() >= in.size().
void kama(std::span<const double> in, int period, std::span<double> out);

class KamaStream {
 public:
  explicit KamaStream(int period);
  // The KAMA including `value`; NaN for the first `period` values.
  double update(double value);

 private:
  RingWindow window_;  // the last period + 2 values
  std::size_t period_;
  double volatility_ = 0;  // sum of |one-bar change| over the last `period` changes
  double kama_ = 0;
};

}  // namespace qtb::ind
