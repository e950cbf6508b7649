// realized_vol: annualised close-to-close volatility, the sample standard deviation (divisor
// period - 1) of the last `period` log returns ln(close_t / close_t-1), times
// sqrt(periods_per_year) (252 for daily bars). Lookback = period (period returns need
// period + 1 closes). TA-Lib has no such function.
//
// The mean and the sum of squared deviations roll in O(1) per bar (Welford's update for a
// value replacing another) and are recomputed exactly (two passes over the window) every
// `period` bars, which bounds rounding drift and lets a bad value (a non-positive close gives
// a NaN or infinite return) age out of the window. The batch form runs the stream, so both
// agree bit for bit. Streams are single-threaded values.
#pragma once

#include <span>
#include <vector>

namespace qtb::ind {

// REQUIRES: period >= 2, periods_per_year > 0, out.size() >= close.size().
void realized_volatility(std::span<const double> close, int period, double periods_per_year,
                         std::span<double> out);

class RealizedVolatilityStream {
 public:
  RealizedVolatilityStream(int period, double periods_per_year);
  // The annualised volatility of the window ending with this close; NaN for the first
  // `period` closes.
  double update(double close);

 private:
  void recompute();

  std::vector<double> returns_;  // ring of the last period log returns; next_ is the oldest
  std::size_t next_ = 0;
  std::size_t count_ = 0;
  std::size_t since_exact_ = 0;
  bool has_prev_ = false;
  double prev_close_ = 0;
  double annualisation_;  // sqrt(periods_per_year)
  double mean_ = 0;
  double m2_ = 0;  // sum of squared deviations from mean_
};

}  // namespace qtb::ind
