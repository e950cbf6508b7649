#include "indicators/trima.h"

#include "indicators/indicator.h"

namespace qtb::ind {
namespace {

// 1 / (sum of the triangular weights): (m+1)^2 for odd period 2m+1, m(m+1) for even 2m.
double trima_factor(std::size_t period) {
  const std::size_t m = period / 2;
  return 1.0 / static_cast<double>(period % 2 == 1 ? (m + 1) * (m + 1) : m * (m + 1));
}

struct TrimaState {
  double numerator;
  double rising_sum;
  double falling_sum;
};

// The first window, `value(j)` being its j-th oldest of `period` values. The older half runs
// to the peak (m+1 values for odd periods, m for even); summing it newest-first and adding
// each partial sum weights value j by j+1, as TA-Lib ta_TRIMA.c does.
template <typename ValueAt>
TrimaState trima_seed(std::size_t period, ValueAt value) {
  const std::size_t m = period / 2;
  const std::size_t rising = period % 2 == 1 ? m + 1 : m;
  TrimaState s{0, 0, 0};
  for (std::size_t j = rising; j-- > 0;) {
    s.rising_sum += value(j);
    s.numerator += s.rising_sum;
  }
  for (std::size_t j = rising; j < period; ++j) {
    s.falling_sum += value(j);
    s.numerator += s.falling_sum;
  }
  return s;
}

// Slides the window one value: `leaving` drops out, `middle` (m values back from `newest`)
// crosses from the falling half to the rising half. Every older-half weight drops by one and
// every newer-half weight rises by one (TA-Lib ta_TRIMA.c steps 1-3).
void trima_step(TrimaState& s, bool odd, double leaving, double middle, double newest) {
  s.numerator -= s.rising_sum;
  s.rising_sum -= leaving;
  s.rising_sum += middle;
  if (odd) {
    s.numerator += s.falling_sum;
    s.falling_sum -= middle;
  } else {
    s.falling_sum -= middle;
    s.numerator += s.falling_sum;
  }
  s.falling_sum += newest;
  s.numerator += newest;
}

}  // namespace

void trima(std::span<const double> in, int period, std::span<double> out) {
  const std::size_t n = in.size();
  const auto p = static_cast<std::size_t>(period);
  const std::size_t m = p / 2;
  const double factor = trima_factor(p);
  for (std::size_t i = 0; i + 1 < p && i < n; ++i) out[i] = kNaN;
  if (n < p) return;
  TrimaState s = trima_seed(p, [&](std::size_t j) { return in[j]; });
  out[p - 1] = s.numerator * factor;
  for (std::size_t i = p; i < n; ++i) {
    trima_step(s, p % 2 == 1, in[i - p], in[i - m], in[i]);
    out[i] = s.numerator * factor;
  }
}

TrimaStream::TrimaStream(int period)
    : window_(static_cast<std::size_t>(period) + 1),
      period_(static_cast<std::size_t>(period)),
      factor_(trima_factor(period_)) {}

double TrimaStream::update(double value) {
  window_.push(value);
  const std::size_t seen = window_.size();
  if (seen < period_) return kNaN;
  TrimaState s{numerator_, rising_sum_, falling_sum_};
  if (seen == period_) {
    s = trima_seed(period_, [&](std::size_t j) { return window_.at_lag(period_ - 1 - j); });
  } else {
    trima_step(s, period_ % 2 == 1, window_.at_lag(period_), window_.at_lag(period_ / 2), value);
  }
  numerator_ = s.numerator;
  rising_sum_ = s.rising_sum;
  falling_sum_ = s.falling_sum;
  return numerator_ * factor_;
}

}  // namespace qtb::ind
