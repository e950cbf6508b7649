// CMO: Chande momentum oscillator with TA-Lib's conventions (ta_CMO.c): the same Wilder-smoothed
// average gain G and loss L as RSI (seeded with the means of the first `period` changes), then
// CMO = 100 * (G - L) / (G + L), and 0 when G + L is within 1e-14 of zero. Lookback = period.
// (Chande's original sums over a window; TA-Lib smooths, and we follow TA-Lib.)
#pragma once

#include <span>

#include "indicators/rsi.h"

namespace qtb::ind {

// REQUIRES: period >= 2, out.size() >= in.size().
void cmo(std::span<const double> in, int period, std::span<double> out);

class CmoStream {
 public:
  explicit CmoStream(int period) : averages_(period) {}
  // The CMO including `value`; NaN for the first `period` values.
  double update(double value);

 private:
  WilderGainLoss averages_;
};

}  // namespace qtb::ind
