// TRIMA: triangular moving average, weights 1, 2, .., peak, .., 2, 1 over `period` values
// (TA-Lib TRIMA; equal to SMA(SMA(x, ceil(p/2)), floor(p/2) + 1)). Lookback period - 1.
#pragma once

#include <span>

#include "indicators/ring_window.h"

namespace qtb::ind {

// REQUIRES: period >= 1, out.size() >= in.size().
void trima(std::span<const double> in, int period, std::span<double> out);

class TrimaStream {
 public:
  explicit TrimaStream(int period);
  // The TRIMA including `value`; NaN until `period` values were seen.
  double update(double value);

 private:
  RingWindow window_;  // the last period + 1 values
  std::size_t period_;
  double factor_;           // 1 / sum of the weights
  double numerator_ = 0;    // weighted sum of the window
  double rising_sum_ = 0;   // sum of the older half (weights rising towards the middle)
  double falling_sum_ = 0;  // sum of the newer half (weights falling towards the newest)
};

}  // namespace qtb::ind
