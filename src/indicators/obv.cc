#include "indicators/obv.h"

namespace qtb::ind {

void obv(std::span<const double> close, std::span<const double> volume, std::span<double> out) {
  ObvStream stream;
  for (std::size_t i = 0; i < close.size(); ++i) out[i] = stream.update(close[i], volume[i]);
}

double ObvStream::update(double close, double volume) {
  if (!started_) {
    started_ = true;
    value_ = volume;
  } else if (close > prev_close_) {
    value_ += volume;
  } else if (close < prev_close_) {
    value_ -= volume;
  }
  prev_close_ = close;
  return value_;
}

}  // namespace qtb::ind
