#include "indicators/sma.h"

#include "indicators/indicator.h"

namespace qtb::ind {

// TA-Lib's SMA keeps a running sum: add the new value, subtract the one leaving the window,
// and divide by the period. Doing the same (same operation order) keeps results bit-identical.
void sma(std::span<const double> in, int period, std::span<double> out) {
  const std::size_t n = in.size();
  const auto p = static_cast<std::size_t>(period);
  double sum = 0;
  for (std::size_t i = 0; i < n; ++i) {
    sum += in[i];
    if (i + 1 < p) {
      out[i] = kNaN;
      continue;
    }
    out[i] = sum / period;
    sum -= in[i + 1 - p];
  }
}

SmaStream::SmaStream(int period) : window_(static_cast<std::size_t>(period), 0.0) {}

double SmaStream::update(double value) {
  sum_ += value;
  const std::size_t p = window_.size();
  window_[next_] = value;
  next_ = next_ + 1 == p ? 0 : next_ + 1;
  if (count_ + 1 < p) {
    ++count_;
    return kNaN;
  }
  count_ = p;
  const double result = sum_ / static_cast<double>(p);
  sum_ -= window_[next_];  // the oldest value leaves after this output, as in the batch loop
  return result;
}

}  // namespace qtb::ind
