#include "indicators/ema.h"

#include "indicators/indicator.h"

namespace qtb::ind {

void ema(std::span<const double> in, int period, std::span<double> out) {
  ema_with_k(in, period, 2.0 / (period + 1), out);
}

void ema_with_k(std::span<const double> in, int period, double k, std::span<double> out) {
  const std::size_t n = in.size();
  const auto p = static_cast<std::size_t>(period);
  double sum = 0;
  std::size_t i = 0;
  for (; i < n && i + 1 < p; ++i) {
    sum += in[i];
    out[i] = kNaN;
  }
  if (i >= n) return;
  sum += in[i];
  double value = sum / period;  // TA-Lib seeds with the SMA of the first `period` values
  out[i++] = value;
  for (; i < n; ++i) {
    value = (in[i] - value) * k + value;
    out[i] = value;
  }
}

EmaStream::EmaStream(int period) : EmaStream(period, 2.0 / (period + 1)) {}

EmaStream::EmaStream(int period, double k) : period_(period), k_(k) {}

double EmaStream::update(double value) {
  if (seen_ < period_) {
    sum_ += value;
    if (++seen_ < period_) return kNaN;
    value_ = sum_ / period_;
    return value_;
  }
  value_ = (value - value_) * k_ + value_;
  return value_;
}

}  // namespace qtb::ind
