#include "indicators/t3.h"

#include "indicators/indicator.h"

namespace qtb::ind {

// TA-Lib ta_T3.c writes each EMA step as k * x + (1 - k) * e (not (x - e) * k + e) and
// computes the coefficients in this order; both are kept for bit-level agreement.
T3Stream::T3Stream(int period, double vfactor)
    : period_(period), k_(2.0 / (period + 1.0)), one_minus_k_(1.0 - k_) {
  const double a = vfactor;
  const double a2 = a * a;
  const double c1 = 0 - a2 * a;
  const double c2 = 3.0 * (a2 - c1);
  const double c3 = -6.0 * a2 - 3.0 * (a - c1);
  const double c4 = 1.0 + 3.0 * a - c1 + 3.0 * a2;
  c_ = {c1, c2, c3, c4};
}

// While stage s is being seeded, stages below it run as EMAs and feed its seed sum; the seed
// is the SMA of its first `period` inputs, the first being the previous stage's own seed.
double T3Stream::update(double value) {
  double x = value;
  for (int s = 0; s < stages_ready_; ++s) {
    const auto i = static_cast<std::size_t>(s);
    ema_[i] = k_ * x + one_minus_k_ * ema_[i];
    x = ema_[i];
  }
  if (stages_ready_ < 6) {
    const auto i = static_cast<std::size_t>(stages_ready_);
    seed_sum_[i] += x;
    if (++seen_ < period_) return kNaN;
    ema_[i] = seed_sum_[i] / period_;
    ++stages_ready_;
    seen_ = 1;  // the new EMA's seed is the next stage's first input
    if (stages_ready_ < 6) {
      seed_sum_[i + 1] = ema_[i];
      return kNaN;
    }
  }
  return c_[0] * ema_[5] + c_[1] * ema_[4] + c_[2] * ema_[3] + c_[3] * ema_[2];
}

void t3(std::span<const double> in, int period, double vfactor, std::span<double> out) {
  T3Stream stream(period, vfactor);
  for (std::size_t i = 0; i < in.size(); ++i) out[i] = stream.update(in[i]);
}

}  // namespace qtb::ind
