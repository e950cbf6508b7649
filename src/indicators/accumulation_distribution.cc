#include "indicators/accumulation_distribution.h"

#include <algorithm>

#include "indicators/indicator.h"

namespace qtb::ind {

double money_flow_volume(double high, double low, double close, double volume) {
  const double range = high - low;
  return range > 0.0 ? ((close - low) - (high - close)) / range * volume : 0.0;
}

void ad(std::span<const double> high, std::span<const double> low, std::span<const double> close,
        std::span<const double> volume, std::span<double> out) {
  double value = 0;
  for (std::size_t i = 0; i < close.size(); ++i) {
    value += money_flow_volume(high[i], low[i], close[i], volume[i]);
    out[i] = value;
  }
}

void adosc(std::span<const double> high, std::span<const double> low, std::span<const double> close,
           std::span<const double> volume, int fast, int slow, std::span<double> out) {
  AdoscStream stream(fast, slow);
  for (std::size_t i = 0; i < close.size(); ++i) {
    out[i] = stream.update(high[i], low[i], close[i], volume[i]);
  }
}

double AdStream::update(double high, double low, double close, double volume) {
  value_ += money_flow_volume(high, low, close, volume);
  return value_;
}

AdoscStream::AdoscStream(int fast, int slow)
    : fast_k_(2.0 / (static_cast<double>(fast) + 1.0)),
      slow_k_(2.0 / (static_cast<double>(slow) + 1.0)),
      lookback_(std::max(fast, slow) - 1) {}

double AdoscStream::update(double high, double low, double close, double volume) {
  const double ad = ad_.update(high, low, close, volume);
  if (seen_++ == 0) {
    fast_ema_ = ad;
    slow_ema_ = ad;
  } else {
    fast_ema_ = fast_k_ * ad + (1.0 - fast_k_) * fast_ema_;
    slow_ema_ = slow_k_ * ad + (1.0 - slow_k_) * slow_ema_;
  }
  return seen_ > lookback_ ? fast_ema_ - slow_ema_ : kNaN;
}

}  // namespace qtb::ind
