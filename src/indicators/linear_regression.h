// Rolling least-squares line over the last `period` values (TA-Lib ta_LINEARREG.c,
// ta_LINEARREG_SLOPE.c, ta_LINEARREG_ANGLE.c, ta_LINEARREG_INTERCEPT.c, ta_TSF.c).
//
// With x = 0 for the oldest value of the window and x = period - 1 for the newest, the line
// y = b + m x gives: LINEARREG = b + m (period - 1) (the fitted newest value), LINEARREG_SLOPE
// = m, LINEARREG_ANGLE = atan(m) in degrees, LINEARREG_INTERCEPT = b, TSF = b + m period (the
// one-bar forecast). TA-Lib's formulas, with i = bars ago: m = (p sum(i y) - sum(i) sum(y)) /
// (sum(i)^2 - p sum(i^2)), b = (sum(y) - m sum(i)) / p. Lookback period - 1; default period 14.
//
// TA-Lib re-sums each window (O(period) per bar). Here sum(y) and sum(i y) roll in O(1):
// sum(i y) += sum(y) - p * leaving; sum(y) += entering - leaving. To bound rounding drift the
// sums are recomputed exactly, in TA-Lib's order, every `period` bars (amortised O(1)); those
// bars equal TA-Lib bit for bit and the bars between stay within a few ulps of the sums.
// Batch and stream follow the same schedule, so they agree bit for bit.
// Streams are single-threaded values.
#pragma once

#include <span>
#include <vector>

namespace qtb::ind {

enum class RegressionOutput { kValue, kSlope, kAngle, kIntercept, kForecast };

// REQUIRES: period >= 2, out.size() >= in.size().
void linear_regression(std::span<const double> in, int period, RegressionOutput output,
                       std::span<double> out);

class LinearRegressionStream {
 public:
  LinearRegressionStream(int period, RegressionOutput output);
  // The requested output for the window ending with `value`; NaN for the first period - 1.
  double update(double value);

 private:
  std::vector<double> window_;  // ring of the last period values; next_ is the oldest
  std::size_t next_ = 0;
  std::size_t count_ = 0;
  std::size_t since_exact_ = 0;  // bars since the sums were last recomputed
  RegressionOutput output_;
  double sum_y_ = 0;
  double sum_xy_ = 0;
};

}  // namespace qtb::ind
