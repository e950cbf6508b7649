// T3: Tillson's T3 (TA-Lib T3). Six chained EMAs e1..e6 with k = 2 / (period + 1), each
// seeded with the SMA of its first `period` inputs; with a = vfactor,
// T3 = -a^3 e6 + (3a^2 + 3a^3) e5 + (-6a^2 - 3a - 3a^3) e4 + (1 + 3a + a^3 + 3a^2) e3.
// Lookback 6 * (period - 1).
#pragma once

#include <array>
#include <span>

namespace qtb::ind {

// REQUIRES: period >= 2, 0 <= vfactor <= 1, out.size() >= in.size().
void t3(std::span<const double> in, int period, double vfactor, std::span<double> out);

class T3Stream {
 public:
  // REQUIRES: period >= 2.
  T3Stream(int period, double vfactor);
  // The T3 including `value`; NaN inside the lookback.
  double update(double value);

 private:
  int period_;
  double k_;
  double one_minus_k_;
  std::array<double, 4> c_;  // coefficients of e6, e5, e4, e3
  std::array<double, 6> ema_{};
  std::array<double, 6> seed_sum_{};
  int stages_ready_ = 0;  // EMAs past their seed
  int seen_ = 0;          // inputs to the EMA being seeded
};

}  // namespace qtb::ind
