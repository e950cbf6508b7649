#include "indicators/mfi.h"

#include "indicators/indicator.h"

namespace qtb::ind {

void mfi(std::span<const double> high, std::span<const double> low, std::span<const double> close,
         std::span<const double> volume, int period, std::span<double> out) {
  MfiStream stream(period);
  for (std::size_t i = 0; i < close.size(); ++i) {
    out[i] = stream.update(high[i], low[i], close[i], volume[i]);
  }
}

MfiStream::MfiStream(int period)
    : positive_(static_cast<std::size_t>(period)), negative_(static_cast<std::size_t>(period)) {}

double MfiStream::update(double high, double low, double close, double volume) {
  const double typical = (high + low + close) / 3.0;
  if (!has_prev_) {
    prev_typical_ = typical;
    has_prev_ = true;
    return kNaN;
  }
  const double move = typical - prev_typical_;
  prev_typical_ = typical;
  const double flow = typical * volume;
  const double positive = move > 0 ? flow : 0.0;
  const double negative = move < 0 ? flow : 0.0;
  // As TA-Lib: the bar leaving the window is subtracted before today's is added.
  if (positive_.full()) {
    positive_sum_ -= positive_.at_lag(positive_.capacity() - 1);
    negative_sum_ -= negative_.at_lag(negative_.capacity() - 1);
  }
  positive_.push(positive);
  negative_.push(negative);
  positive_sum_ += positive;
  negative_sum_ += negative;
  if (!positive_.full()) return kNaN;
  const double total = positive_sum_ + negative_sum_;
  return total < 1.0 ? 0.0 : 100.0 * (positive_sum_ / total);
}

}  // namespace qtb::ind
