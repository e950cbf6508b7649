#include "indicators/willr.h"

#include "indicators/indicator.h"

namespace qtb::ind {

void willr(std::span<const double> high, std::span<const double> low, std::span<const double> close,
           int period, std::span<double> out) {
  WillrStream stream(period);
  for (std::size_t i = 0; i < close.size(); ++i) out[i] = stream.update(high[i], low[i], close[i]);
}

WillrStream::WillrStream(int period)
    : highest_(RollingExtreme::Kind::kMax, static_cast<std::size_t>(period)),
      lowest_(RollingExtreme::Kind::kMin, static_cast<std::size_t>(period)),
      period_(period) {}

double WillrStream::update(double high, double low, double close) {
  highest_.push(high);
  lowest_.push(low);
  if (highest_.count() < period_) return kNaN;
  // TA-Lib divides by (HH - LL) / -100.
  const double diff = (highest_.value() - lowest_.value()) / -100.0;
  return diff != 0.0 ? (highest_.value() - close) / diff : 0.0;
}

}  // namespace qtb::ind
