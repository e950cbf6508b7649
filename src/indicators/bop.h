// BOP: balance of power as TA-Lib computes it (ta_BOP.c):
//   BOP = (close - open) / (high - low), and 0 when high - low < 1e-14. Lookback 0.
#pragma once

#include <span>

namespace qtb::ind {

// The BOP of one bar.
inline double bop_of(double open, double high, double low, double close) {
  const double range = high - low;
  return range < 1e-14 ? 0.0 : (close - open) / range;
}

// REQUIRES: open, high, low, close and out of the same size.
void bop(std::span<const double> open, std::span<const double> high, std::span<const double> low,
         std::span<const double> close, std::span<double> out);

}  // namespace qtb::ind
