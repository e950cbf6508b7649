// EMA: exponential moving average, TA-Lib's default (classic) form: k = 2 / (period + 1),
// seeded with the SMA of the first `period` values, then ema = (x - ema) * k + ema.
// Lookback period - 1.
#pragma once

#include <span>

namespace qtb::ind {

// REQUIRES: period >= 1, out.size() >= in.size().
void ema(std::span<const double> in, int period, std::span<double> out);
// As ema() with an explicit smoothing factor `k` (Wilder's smoothing is k = 1 / period).
void ema_with_k(std::span<const double> in, int period, double k, std::span<double> out);

class EmaStream {
 public:
  explicit EmaStream(int period);
  EmaStream(int period, double k);
  // The EMA including `value`; NaN until `period` values were seen.
  double update(double value);

 private:
  int period_;
  double k_;
  int seen_ = 0;
  double sum_ = 0;
  double value_ = 0;
};

}  // namespace qtb::ind
