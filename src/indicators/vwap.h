// Rolling VWAP: sum(typical * volume) / sum(volume) over the last `period` bars, with
// typical = (high + low + close) / 3. NaN where the window's volume is zero (no trade to
// weight). No TA-Lib equivalent. Lookback period - 1.
#pragma once

#include <span>

#include "indicators/indicator.h"
#include "indicators/ring_window.h"

namespace qtb::ind {

// REQUIRES: period >= 1; high, low, close and volume of equal size <= out.size().
void vwap(const BarColumns& bars, int period, std::span<double> out);

class VwapStream {
 public:
  explicit VwapStream(int period);
  // The VWAP including this bar; NaN until `period` bars were seen.
  double update(double high, double low, double close, double volume);

 private:
  RingWindow value_;  // typical * volume per bar
  RingWindow volume_;
  double value_sum_ = 0;
  double volume_sum_ = 0;
};

}  // namespace qtb::ind
