#include "indicators/beta.h"

#include "indicators/indicator.h"

namespace qtb::ind {
namespace {

// TA-Lib's TA_IS_ZERO (ta_utility.h, 0.6.x epsilon).
constexpr double kTalibEpsilon = 1e-14;
bool is_zero(double v) { return -kTalibEpsilon < v && v < kTalibEpsilon; }

double simple_return(double prev, double current) {
  return is_zero(prev) ? 0.0 : (current - prev) / prev;
}

}  // namespace

void BetaSums::add(double rx, double ry) {
  xx += rx * rx;
  xy += rx * ry;
  x += rx;
  y += ry;
}

void BetaSums::remove(double rx, double ry) {
  xx -= rx * rx;
  xy -= rx * ry;
  x -= rx;
  y -= ry;
}

double BetaSums::slope(double period) const {
  const double denominator = period * xx - x * x;
  return is_zero(denominator) ? 0.0 : (period * xy - x * y) / denominator;
}

void beta(std::span<const double> x, std::span<const double> y, int period, std::span<double> out) {
  const std::size_t n = x.size();
  const auto p = static_cast<std::size_t>(period);
  const auto pd = static_cast<double>(period);
  BetaSums sums;
  for (std::size_t t = 0; t < n; ++t) {
    if (t == 0) {
      out[t] = kNaN;
      continue;
    }
    sums.add(simple_return(x[t - 1], x[t]), simple_return(y[t - 1], y[t]));
    if (t < p) {
      out[t] = kNaN;
      continue;
    }
    out[t] = sums.slope(pd);
    const std::size_t oldest = t + 1 - p;  // the return of bar oldest leaves the window
    sums.remove(simple_return(x[oldest - 1], x[oldest]), simple_return(y[oldest - 1], y[oldest]));
  }
}

BetaStream::BetaStream(int period) : window_(static_cast<std::size_t>(period)) {}

double BetaStream::update(double x, double y) {
  if (!has_prev_) {
    has_prev_ = true;
    prev_x_ = x;
    prev_y_ = y;
    return kNaN;
  }
  const Returns r{simple_return(prev_x_, x), simple_return(prev_y_, y)};
  prev_x_ = x;
  prev_y_ = y;
  sums_.add(r.x, r.y);
  const std::size_t p = window_.size();
  window_[next_] = r;
  next_ = next_ + 1 == p ? 0 : next_ + 1;
  if (++count_ < p) return kNaN;
  count_ = p;
  const double result = sums_.slope(static_cast<double>(p));
  sums_.remove(window_[next_].x, window_[next_].y);
  return result;
}

}  // namespace qtb::ind
