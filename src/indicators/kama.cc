#include "indicators/kama.h"

#include <cmath>

#include "indicators/indicator.h"

namespace qtb::ind {
namespace {

// Fastest and slowest EMA constants: periods 2 and 30 (Kaufman; TA-Lib ta_KAMA.c).
constexpr double kSlowest = 2.0 / (30.0 + 1.0);
constexpr double kRange = 2.0 / (2.0 + 1.0) - kSlowest;

// One KAMA step given the net change over the period and its summed one-bar volatility.
// TA-Lib compares the signed change with the volatility and treats |volatility| < 1e-8 as
// zero (TA_IS_ZERO in its ta_utility.h); both give an efficiency ratio of 1.
double kama_step(double kama, double value, double change, double volatility) {
  double er = 1.0;
  if (!(volatility <= change || (volatility > -1e-8 && volatility < 1e-8))) {
    er = std::fabs(change / volatility);
  }
  double sc = er * kRange + kSlowest;
  sc *= sc;
  return (value - kama) * sc + kama;
}

}  // namespace

// The rolling volatility drops the oldest change and adds the newest in that order, as
// TA-Lib does; the stream repeats the same operations.
void kama(std::span<const double> in, int period, std::span<double> out) {
  const std::size_t n = in.size();
  const auto p = static_cast<std::size_t>(period);
  for (std::size_t i = 0; i < p && i < n; ++i) out[i] = kNaN;
  if (n <= p) return;
  double volatility = 0;
  for (std::size_t j = 0; j < p; ++j) volatility += std::fabs(in[j] - in[j + 1]);
  double value = kama_step(in[p - 1], in[p], in[p] - in[0], volatility);
  out[p] = value;
  for (std::size_t i = p + 1; i < n; ++i) {
    volatility -= std::fabs(in[i - p - 1] - in[i - p]);
    volatility += std::fabs(in[i] - in[i - 1]);
    value = kama_step(value, in[i], in[i] - in[i - p], volatility);
    out[i] = value;
  }
}

KamaStream::KamaStream(int period)
    : window_(static_cast<std::size_t>(period) + 2), period_(static_cast<std::size_t>(period)) {}

double KamaStream::update(double value) {
  window_.push(value);
  const std::size_t seen = window_.size();
  const std::size_t p = period_;
  if (seen <= p) {
    if (seen >= 2) volatility_ += std::fabs(window_.at_lag(1) - value);
    return kNaN;
  }
  if (seen == p + 1) {
    volatility_ += std::fabs(window_.at_lag(1) - value);
    kama_ = kama_step(window_.at_lag(1), value, value - window_.at_lag(p), volatility_);
    return kama_;
  }
  volatility_ -= std::fabs(window_.at_lag(p + 1) - window_.at_lag(p));
  volatility_ += std::fabs(value - window_.at_lag(1));
  kama_ = kama_step(kama_, value, value - window_.at_lag(p), volatility_);
  return kama_;
}

}  // namespace qtb::ind
