// TRIX: 1-bar rate of change (percent) of a triple EMA, as TA-Lib computes it (ta_TRIX.c):
// e1 = EMA(close), e2 = EMA(e1), e3 = EMA(e2), each SMA-seeded with k = 2 / (period + 1) and
// started at its input's first value; TRIX = (e3 / e3[-1] - 1) * 100, 0 when e3[-1] == 0.
// Lookback = 3 * (period - 1) + 1. Streams are single-threaded values.
#pragma once

#include <span>

#include "indicators/ema.h"

namespace qtb::ind {

int trix_lookback(int period);

// REQUIRES: period >= 1, out.size() >= in.size().
void trix(std::span<const double> in, int period, std::span<double> out);

class TrixStream {
 public:
  explicit TrixStream(int period);
  // TRIX including `value`; NaN inside the lookback.
  double update(double value);

 private:
  EmaStream e1_;
  EmaStream e2_;
  EmaStream e3_;
  double prev_ = 0;
  bool has_prev_ = false;
};

}  // namespace qtb::ind
