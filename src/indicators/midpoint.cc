#include "indicators/midpoint.h"

#include "indicators/indicator.h"
#include "indicators/midprice.h"

namespace qtb::ind {

MidpointStream::MidpointStream(int period)
    : highest_(RollingExtreme::Kind::kMax, static_cast<std::size_t>(period)),
      lowest_(RollingExtreme::Kind::kMin, static_cast<std::size_t>(period)),
      period_(period) {}

double MidpointStream::update(double value) {
  highest_.push(value);
  lowest_.push(value);
  if (highest_.count() < period_) return kNaN;
  return (highest_.value() + lowest_.value()) / 2.0;
}

// MIDPOINT is MIDPRICE with the close as both high and low.
void midpoint(std::span<const double> in, int period, std::span<double> out) {
  midprice(in, in, period, out);
}

}  // namespace qtb::ind
