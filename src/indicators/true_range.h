// TRANGE: Wilder's true range, the greatest of high - low, |previous close - high| and
// |previous close - low| (TA-Lib ta_TRANGE.c). Lookback 1: the first bar has no previous close.
// Streams are single-threaded values.
#pragma once

#include <cmath>
#include <span>

namespace qtb::ind {

// The true range of one bar, compared in TA-Lib's order (high - low first) so that every
// Wilder-smoothed indicator built on it reproduces TA-Lib's bits.
inline double true_range(double high, double low, double prev_close) {
  double greatest = high - low;
  const double to_high = std::fabs(prev_close - high);
  if (to_high > greatest) greatest = to_high;
  const double to_low = std::fabs(prev_close - low);
  if (to_low > greatest) greatest = to_low;
  return greatest;
}

// out[0] = NaN; out[i] = true_range(high[i], low[i], close[i-1]).
// REQUIRES: high, low, close and out have the same length.
void trange(std::span<const double> high, std::span<const double> low,
            std::span<const double> close, std::span<double> out);

class TrangeStream {
 public:
  // The bar's true range; NaN for the first bar.
  double update(double high, double low, double close);

 private:
  double prev_close_ = 0;
  bool has_prev_ = false;
};

}  // namespace qtb::ind
