#include "indicators/variance.h"

#include <cmath>

#include "indicators/indicator.h"

namespace qtb::ind {

// The running sums of x and x^2 add the new value, yield the means, then drop the value
// leaving the window: TA-Lib ta_VAR.c's order, so results (rounding included) are its own.
void variance(std::span<const double> in, int period, std::span<double> out) {
  const std::size_t n = in.size();
  const auto p = static_cast<std::size_t>(period);
  double sum = 0;
  double sum_sq = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const double x = in[i];
    sum += x;
    sum_sq += x * x;
    if (i + 1 < p) {
      out[i] = kNaN;
      continue;
    }
    const double mean = sum / period;
    const double mean_sq = sum_sq / period;
    const double old = in[i + 1 - p];
    sum -= old;
    sum_sq -= old * old;
    out[i] = mean_sq - mean * mean;
  }
}

VarianceStream::VarianceStream(int period) : window_(static_cast<std::size_t>(period)) {}

bool VarianceStream::update(double value) {
  window_.push(value);
  sum_ += value;
  sum_sq_ += value * value;
  if (!window_.full()) return false;
  const auto p = static_cast<double>(window_.capacity());
  mean_ = sum_ / p;
  const double mean_sq = sum_sq_ / p;
  const double old = window_.at_lag(window_.capacity() - 1);
  sum_ -= old;
  sum_sq_ -= old * old;
  variance_ = mean_sq - mean_ * mean_;
  return true;
}

double stddev_of_variance(double variance) { return variance < 1e-8 ? 0.0 : std::sqrt(variance); }

}  // namespace qtb::ind
