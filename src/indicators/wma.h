// WMA: linearly weighted moving average, weights 1..period with the newest value weighted
// `period` (TA-Lib WMA). Lookback period - 1.
#pragma once

#include <span>

#include "indicators/ring_window.h"

namespace qtb::ind {

// out[i] = sum_{j=0}^{period-1} (period - j) * in[i-j] / (period * (period + 1) / 2).
// REQUIRES: period >= 1, out.size() >= in.size().
void wma(std::span<const double> in, int period, std::span<double> out);

class WmaStream {
 public:
  explicit WmaStream(int period);
  // The WMA including `value`; NaN until `period` values were seen.
  double update(double value);

 private:
  RingWindow window_;
  double period_;
  double divider_;
  double weighted_sum_ = 0;  // sum of weight * value, weights 1..n for the values held
  double sum_ = 0;           // plain sum of the values held
};

}  // namespace qtb::ind
