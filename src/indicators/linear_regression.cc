#include "indicators/linear_regression.h"

#include <cmath>
#include <numbers>

#include "indicators/indicator.h"

namespace qtb::ind {
namespace {

// Sums over a window with x = bars ago; `at(i)` is the value i bars ago. TA-Lib's order:
// oldest first.
template <typename At>
void exact_sums(std::size_t period, At at, double& sum_y, double& sum_xy) {
  sum_y = 0;
  sum_xy = 0;
  for (std::size_t i = period; i-- != 0;) {
    const double y = at(i);
    sum_y += y;
    sum_xy += static_cast<double>(i) * y;
  }
}

// Every value ages by one bar: each i y becomes (i + 1) y, the oldest (i = p - 1) leaves.
void roll_sums(double period, double leaving, double entering, double& sum_y, double& sum_xy) {
  sum_xy = sum_xy + sum_y - period * leaving;
  sum_y = sum_y - leaving + entering;
}

double regression_output(std::size_t period, RegressionOutput output, double sum_y, double sum_xy) {
  const auto p = static_cast<double>(period);
  const auto pi = static_cast<long long>(period);
  const double sum_x = p * (p - 1) * 0.5;
  // Exact in 64-bit integers (TA-Lib's int arithmetic overflows past period ~1000).
  const auto sum_x_sqr = static_cast<double>(pi * (pi - 1) * (2 * pi - 1) / 6);
  const double divisor = sum_x * sum_x - p * sum_x_sqr;
  const double m = (p * sum_xy - sum_x * sum_y) / divisor;
  switch (output) {
    case RegressionOutput::kSlope:
      return m;
    case RegressionOutput::kAngle:
      return std::atan(m) * (180.0 / std::numbers::pi);
    default:
      break;
  }
  const double b = (sum_y - m * sum_x) / p;
  switch (output) {
    case RegressionOutput::kValue:
      return b + m * (p - 1);
    case RegressionOutput::kForecast:
      return b + m * p;
    default:
      return b;
  }
}

}  // namespace

void linear_regression(std::span<const double> in, int period, RegressionOutput output,
                       std::span<double> out) {
  const std::size_t n = in.size();
  const auto p = static_cast<std::size_t>(period);
  double sum_y = 0;
  double sum_xy = 0;
  for (std::size_t t = 0; t < n; ++t) {
    if (t + 1 < p) {
      out[t] = kNaN;
      continue;
    }
    if ((t + 1 - p) % p == 0) {
      exact_sums(
          p, [&](std::size_t i) { return in[t - i]; }, sum_y, sum_xy);
    } else {
      roll_sums(static_cast<double>(p), in[t - p], in[t], sum_y, sum_xy);
    }
    out[t] = regression_output(p, output, sum_y, sum_xy);
  }
}

LinearRegressionStream::LinearRegressionStream(int period, RegressionOutput output)
    : window_(static_cast<std::size_t>(period), 0.0), output_(output) {}

double LinearRegressionStream::update(double value) {
  const std::size_t p = window_.size();
  const double leaving = window_[next_];
  window_[next_] = value;
  next_ = next_ + 1 == p ? 0 : next_ + 1;
  if (count_ + 1 < p) {
    ++count_;
    return kNaN;
  }
  const bool first = count_ + 1 == p;
  count_ = p;
  if (first || ++since_exact_ == p) {
    since_exact_ = 0;
    // next_ now indexes the oldest value, p - 1 bars ago.
    exact_sums(
        p, [&](std::size_t i) { return window_[(next_ + p - 1 - i) % p]; }, sum_y_, sum_xy_);
  } else {
    roll_sums(static_cast<double>(p), leaving, value, sum_y_, sum_xy_);
  }
  return regression_output(p, output_, sum_y_, sum_xy_);
}

}  // namespace qtb::ind
