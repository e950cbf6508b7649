// DEMA: double exponential moving average, 2 * EMA(x) - EMA(EMA(x)) (TA-Lib DEMA). Both EMAs
// use k = 2 / (period + 1) and are seeded with the SMA of their first `period` inputs, so the
// lookback is 2 * (period - 1).
#pragma once

#include <span>

#include "indicators/ema.h"

namespace qtb::ind {

// REQUIRES: period >= 1, out.size() >= in.size().
void dema(std::span<const double> in, int period, std::span<double> out);

class DemaStream {
 public:
  explicit DemaStream(int period) : ema1_(period), ema2_(period) {}
  // The DEMA including `value`; NaN inside the lookback.
  double update(double value);

 private:
  EmaStream ema1_;
  EmaStream ema2_;
};

}  // namespace qtb::ind
