#include "indicators/correl.h"

#include <cmath>

#include "indicators/indicator.h"

namespace qtb::ind {
namespace {

// TA-Lib's TA_IS_ZERO_OR_NEG (ta_utility.h, 0.6.x epsilon).
constexpr double kTalibEpsilon = 1e-14;

}  // namespace

void CorrelationSums::add(double vx, double vy) {
  x += vx;
  xx += vx * vx;
  xy += vx * vy;
  y += vy;
  yy += vy * vy;
}

void CorrelationSums::remove(double vx, double vy) {
  x -= vx;
  xx -= vx * vx;
  xy -= vx * vy;
  y -= vy;
  yy -= vy * vy;
}

double CorrelationSums::correlation(double period) const {
  const double variances = (xx - x * x / period) * (yy - y * y / period);
  return variances < kTalibEpsilon ? 0.0 : (xy - x * y / period) / std::sqrt(variances);
}

void correl(std::span<const double> x, std::span<const double> y, int period,
            std::span<double> out) {
  const auto p = static_cast<std::size_t>(period);
  const auto pd = static_cast<double>(period);
  CorrelationSums sums;
  for (std::size_t t = 0; t < x.size(); ++t) {
    if (t >= p) sums.remove(x[t - p], y[t - p]);
    sums.add(x[t], y[t]);
    out[t] = t + 1 < p ? kNaN : sums.correlation(pd);
  }
}

CorrelStream::CorrelStream(int period) : window_(static_cast<std::size_t>(period)) {}

double CorrelStream::update(double x, double y) {
  const std::size_t p = window_.size();
  if (count_ == p) sums_.remove(window_[next_].x, window_[next_].y);
  sums_.add(x, y);
  window_[next_] = {x, y};
  next_ = next_ + 1 == p ? 0 : next_ + 1;
  if (count_ < p) ++count_;
  return count_ < p ? kNaN : sums_.correlation(static_cast<double>(p));
}

}  // namespace qtb::ind
