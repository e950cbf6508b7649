// VAR: population variance of the last `period` values, mean(x^2) - mean(x)^2 from running
// sums (TA-Lib VAR; it ignores its nbdev parameter). Lookback period - 1.
#pragma once

#include <span>

#include "indicators/ring_window.h"

namespace qtb::ind {

// REQUIRES: period >= 1, out.size() >= in.size().
void variance(std::span<const double> in, int period, std::span<double> out);

// Streaming variance; also the mean of the same window, for STDDEV, BBANDS and the z-score.
class VarianceStream {
 public:
  explicit VarianceStream(int period);
  // Adds `value`; false while fewer than `period` values were seen.
  bool update(double value);
  // REQUIRES: the last update() returned true.
  double mean() const { return mean_; }
  double variance() const { return variance_; }

 private:
  RingWindow window_;
  double sum_ = 0;
  double sum_sq_ = 0;
  double mean_ = 0;
  double variance_ = 0;
};

// TA-Lib's standard deviation of a variance: variances below 1e-8 (TA_IS_ZERO_OR_NEG in
// TA-Lib 0.6.4's ta_utility.h, which also absorbs rounding noise of the running sums) give 0.
double stddev_of_variance(double variance);

}  // namespace qtb::ind
