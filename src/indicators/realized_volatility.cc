#include "indicators/realized_volatility.h"

#include <algorithm>
#include <cmath>

#include "indicators/indicator.h"

namespace qtb::ind {

void realized_volatility(std::span<const double> close, int period, double periods_per_year,
                         std::span<double> out) {
  RealizedVolatilityStream stream(period, periods_per_year);
  for (std::size_t i = 0; i < close.size(); ++i) out[i] = stream.update(close[i]);
}

RealizedVolatilityStream::RealizedVolatilityStream(int period, double periods_per_year)
    : returns_(static_cast<std::size_t>(period), 0.0),
      annualisation_(std::sqrt(periods_per_year)) {}

void RealizedVolatilityStream::recompute() {
  double sum = 0;
  for (const double r : returns_) sum += r;
  mean_ = sum / static_cast<double>(returns_.size());
  m2_ = 0;
  for (const double r : returns_) m2_ += (r - mean_) * (r - mean_);
}

double RealizedVolatilityStream::update(double close) {
  if (!has_prev_) {
    has_prev_ = true;
    prev_close_ = close;
    return kNaN;
  }
  const double r = std::log(close / prev_close_);
  prev_close_ = close;
  const std::size_t p = returns_.size();
  const double leaving = returns_[next_];
  returns_[next_] = r;
  next_ = next_ + 1 == p ? 0 : next_ + 1;
  if (count_ + 1 < p) {
    ++count_;
    return kNaN;
  }
  const bool first = count_ + 1 == p;
  count_ = p;
  if (first || ++since_exact_ == p) {
    since_exact_ = 0;
    recompute();
  } else {
    const double delta = r - leaving;
    const double mean = mean_ + delta / static_cast<double>(p);
    m2_ += delta * ((r - mean) + (leaving - mean_));
    mean_ = mean;
  }
  const double variance = std::max(m2_, 0.0) / static_cast<double>(p - 1);
  return std::sqrt(variance) * annualisation_;
}

}  // namespace qtb::ind
