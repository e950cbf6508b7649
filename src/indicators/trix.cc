#include "indicators/trix.h"

#include <cmath>
#include <vector>

#include "indicators/indicator.h"
#include "indicators/ta_ma.h"

namespace qtb::ind {
namespace {

double percent_change(double value, double prev) {
  return prev != 0.0 ? (value / prev - 1.0) * 100.0 : 0.0;
}

}  // namespace

int trix_lookback(int period) { return 3 * (period - 1) + 1; }

void trix(std::span<const double> in, int period, std::span<double> out) {
  const auto lag = static_cast<std::size_t>(period - 1);
  std::vector<double> scratch(in.size());
  // e1 -> scratch, e2 -> out, e3 -> scratch: each EMA starts at its input's first value.
  ema(in, period, scratch);
  ema(tail(std::span<const double>(scratch), lag), period, tail(out, lag));
  ema(tail(std::span<const double>(out), 2 * lag), period,
      tail(std::span<double>(scratch), 2 * lag));
  const auto first = static_cast<std::size_t>(trix_lookback(period));
  fill_nan(out, 0, first);
  for (std::size_t i = first; i < in.size(); ++i)
    out[i] = percent_change(scratch[i], scratch[i - 1]);
}

TrixStream::TrixStream(int period) : e1_(period), e2_(period), e3_(period) {}

double TrixStream::update(double value) {
  const double e1 = e1_.update(value);
  if (std::isnan(e1)) return kNaN;
  const double e2 = e2_.update(e1);
  if (std::isnan(e2)) return kNaN;
  const double e3 = e3_.update(e2);
  if (std::isnan(e3)) return kNaN;
  const double prev = prev_;
  const bool had_prev = has_prev_;
  prev_ = e3;
  has_prev_ = true;
  return had_prev ? percent_change(e3, prev) : kNaN;
}

}  // namespace qtb::ind
