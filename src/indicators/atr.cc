#include "indicators/atr.h"

#include <cmath>

#include "indicators/indicator.h"
#include "indicators/true_range.h"

namespace qtb::ind {
namespace {

// TA-Lib's TA_IS_ZERO (ta_utility.h, 0.6.x epsilon).
constexpr double kTalibEpsilon = 1e-14;

// 100 * atr / close as TA-Lib ta_NATR.c writes it.
double normalise(double atr_value, double close) {
  if (std::isnan(atr_value)) return kNaN;
  return std::fabs(close) < kTalibEpsilon ? 0.0 : (atr_value / close) * 100.0;
}

}  // namespace

// The same state machine as AtrStream, over arrays: three separate statements for the
// smoothing (multiply, add, divide) as TA-Lib does, so batch and stream agree bit for bit.
void atr(std::span<const double> high, std::span<const double> low, std::span<const double> close,
         int period, std::span<double> out) {
  const std::size_t n = close.size();
  const auto p = static_cast<std::size_t>(period);
  const auto pd = static_cast<double>(period);
  double sum = 0;
  double value = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (i == 0) {
      out[i] = kNaN;
      continue;
    }
    const double tr = true_range(high[i], low[i], close[i - 1]);
    if (i <= p) {
      sum += tr;
      if (i < p) {
        out[i] = kNaN;
        continue;
      }
      value = sum / pd;
    } else {
      value *= pd - 1;
      value += tr;
      value /= pd;
    }
    out[i] = value;
  }
}

void natr(std::span<const double> high, std::span<const double> low, std::span<const double> close,
          int period, std::span<double> out) {
  if (period <= 1) {
    trange(high, low, close, out);
    return;
  }
  atr(high, low, close, period, out);
  for (std::size_t i = 0; i < close.size(); ++i) out[i] = normalise(out[i], close[i]);
}

AtrStream::AtrStream(int period) : period_(period) {}

double AtrStream::update(double high, double low, double close) {
  if (!has_prev_) {
    has_prev_ = true;
    prev_close_ = close;
    return kNaN;
  }
  const double tr = true_range(high, low, prev_close_);
  prev_close_ = close;
  const auto pd = static_cast<double>(period_);
  if (seen_ < period_) {
    sum_ += tr;
    if (++seen_ < period_) return kNaN;
    value_ = sum_ / pd;
    return value_;
  }
  value_ *= pd - 1;
  value_ += tr;
  value_ /= pd;
  return value_;
}

NatrStream::NatrStream(int period) : atr_(period), raw_true_range_(period <= 1) {}

double NatrStream::update(double high, double low, double close) {
  const double value = atr_.update(high, low, close);
  return raw_true_range_ ? value : normalise(value, close);
}

}  // namespace qtb::ind
