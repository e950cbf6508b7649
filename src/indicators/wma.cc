#include "indicators/wma.h"

#include "indicators/indicator.h"

namespace qtb::ind {

// TA-Lib ta_WMA.c keeps the weighted sum and the plain sum: adding a value with weight
// `period` and then subtracting the plain sum lowers every older weight by one. The batch
// and the stream do the same operations in the same order, so they agree bit for bit.
void wma(std::span<const double> in, int period, std::span<double> out) {
  const std::size_t n = in.size();
  const auto p = static_cast<std::size_t>(period);
  const double divider = static_cast<double>(p * (p + 1) / 2);
  double weighted_sum = 0;
  double sum = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const double x = in[i];
    if (i + 1 < p) {
      sum += x;
      weighted_sum += x * static_cast<double>(i + 1);
      out[i] = kNaN;
      continue;
    }
    sum += x;
    if (i >= p) sum -= in[i - p];
    weighted_sum += x * period;
    out[i] = weighted_sum / divider;
    weighted_sum -= sum;
  }
}

WmaStream::WmaStream(int period)
    : window_(static_cast<std::size_t>(period) + 1),
      period_(period),
      divider_(static_cast<double>(period) * (period + 1) / 2) {}

double WmaStream::update(double value) {
  window_.push(value);
  const std::size_t seen = window_.size();
  const auto p = window_.capacity() - 1;
  if (seen < p) {
    sum_ += value;
    weighted_sum_ += value * static_cast<double>(seen);
    return kNaN;
  }
  sum_ += value;
  if (seen > p) sum_ -= window_.at_lag(p);
  weighted_sum_ += value * period_;
  const double result = weighted_sum_ / divider_;
  weighted_sum_ -= sum_;
  return result;
}

}  // namespace qtb::ind
