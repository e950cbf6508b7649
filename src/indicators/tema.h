// TEMA: triple exponential moving average, 3 * e1 - 3 * e2 + e3 where e1 = EMA(x),
// e2 = EMA(e1), e3 = EMA(e2) (TA-Lib TEMA). Each EMA uses k = 2 / (period + 1) and is seeded
// with the SMA of its first `period` inputs, so the lookback is 3 * (period - 1).
#pragma once

#include <span>

#include "indicators/ema.h"

namespace qtb::ind {

// REQUIRES: period >= 1, out.size() >= in.size().
void tema(std::span<const double> in, int period, std::span<double> out);

class TemaStream {
 public:
  explicit TemaStream(int period) : ema1_(period), ema2_(period), ema3_(period) {}
  // The TEMA including `value`; NaN inside the lookback.
  double update(double value);

 private:
  EmaStream ema1_;
  EmaStream ema2_;
  EmaStream ema3_;
};

}  // namespace qtb::ind
