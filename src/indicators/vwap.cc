#include "indicators/vwap.h"

namespace qtb::ind {
namespace {

double typical_value(double high, double low, double close, double volume) {
  return (high + low + close) / 3.0 * volume;
}

double ratio_or_nan(double value_sum, double volume_sum) {
  return volume_sum == 0 ? kNaN : value_sum / volume_sum;
}

}  // namespace

// Running sums as SMA: add the new bar, divide, then drop the bar leaving the window, in the
// same order as the stream so both agree bit for bit.
void vwap(const BarColumns& bars, int period, std::span<double> out) {
  const std::size_t n = bars.size();
  const auto p = static_cast<std::size_t>(period);
  double value_sum = 0;
  double volume_sum = 0;
  for (std::size_t i = 0; i < n; ++i) {
    value_sum += typical_value(bars.high[i], bars.low[i], bars.close[i], bars.volume[i]);
    volume_sum += bars.volume[i];
    if (i + 1 < p) {
      out[i] = kNaN;
      continue;
    }
    out[i] = ratio_or_nan(value_sum, volume_sum);
    const std::size_t old = i + 1 - p;
    value_sum -= typical_value(bars.high[old], bars.low[old], bars.close[old], bars.volume[old]);
    volume_sum -= bars.volume[old];
  }
}

VwapStream::VwapStream(int period)
    : value_(static_cast<std::size_t>(period)), volume_(static_cast<std::size_t>(period)) {}

double VwapStream::update(double high, double low, double close, double volume) {
  const double value = typical_value(high, low, close, volume);
  value_.push(value);
  volume_.push(volume);
  value_sum_ += value;
  volume_sum_ += volume;
  if (!value_.full()) return kNaN;
  const double result = ratio_or_nan(value_sum_, volume_sum_);
  value_sum_ -= value_.at_lag(value_.capacity() - 1);
  volume_sum_ -= volume_.at_lag(volume_.capacity() - 1);
  return result;
}

}  // namespace qtb::ind
