#include "indicators/cci.h"

#include <cmath>

#include "indicators/indicator.h"
#include "indicators/rsi.h"

namespace qtb::ind {

void cci(std::span<const double> high, std::span<const double> low, std::span<const double> close,
         int period, std::span<double> out) {
  CciStream stream(period);
  for (std::size_t i = 0; i < close.size(); ++i) out[i] = stream.update(high[i], low[i], close[i]);
}

CciStream::CciStream(int period) : typical_(static_cast<std::size_t>(period), 0.0) {}

double CciStream::update(double high, double low, double close) {
  const double last = (high + low + close) / 3;
  const std::size_t p = typical_.size();
  typical_[next_] = last;
  next_ = next_ + 1 == p ? 0 : next_ + 1;
  if (count_ < p) ++count_;
  if (count_ < p) return kNaN;
  double mean = 0;
  for (const double tp : typical_) mean += tp;
  mean /= static_cast<double>(p);
  double deviation = 0;
  for (const double tp : typical_) deviation += std::fabs(tp - mean);
  const double distance = last - mean;
  if (talib_is_zero(distance) || talib_is_zero(deviation)) return 0.0;
  return distance / (0.015 * (deviation / static_cast<double>(p)));
}

}  // namespace qtb::ind
