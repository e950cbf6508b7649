#include "indicators/ultosc.h"

#include <algorithm>
#include <cmath>

#include "indicators/indicator.h"
#include "indicators/rsi.h"

namespace qtb::ind {
namespace {

std::array<std::size_t, 3> sorted_periods(int period1, int period2, int period3) {
  std::array<std::size_t, 3> p = {static_cast<std::size_t>(period1),
                                  static_cast<std::size_t>(period2),
                                  static_cast<std::size_t>(period3)};
  std::sort(p.begin(), p.end());
  return p;
}

}  // namespace

int ultosc_lookback(int period1, int period2, int period3) {
  return std::max({period1, period2, period3});
}

void ultosc(std::span<const double> high, std::span<const double> low,
            std::span<const double> close, int period1, int period2, int period3,
            std::span<double> out) {
  UltoscStream stream(period1, period2, period3);
  for (std::size_t i = 0; i < close.size(); ++i) out[i] = stream.update(high[i], low[i], close[i]);
}

UltoscStream::UltoscStream(int period1, int period2, int period3)
    : periods_(sorted_periods(period1, period2, period3)),
      pressure_(periods_[2]),
      range_(periods_[2]) {}

double UltoscStream::update(double high, double low, double close) {
  if (!has_prev_) {
    prev_close_ = close;
    has_prev_ = true;
    return kNaN;
  }
  const double pressure = close - std::min(low, prev_close_);
  double range = high - low;
  range = std::max(range, std::fabs(prev_close_ - high));
  range = std::max(range, std::fabs(prev_close_ - low));
  prev_close_ = close;
  // As TA-Lib: the bar leaving each window is subtracted before today's is added.
  for (std::size_t k = 0; k < 3; ++k) {
    if (pressure_.size() >= periods_[k]) {
      pressure_sum_[k] -= pressure_.at_lag(periods_[k] - 1);
      range_sum_[k] -= range_.at_lag(periods_[k] - 1);
    }
    pressure_sum_[k] += pressure;
    range_sum_[k] += range;
  }
  pressure_.push(pressure);
  range_.push(range);
  if (!pressure_.full()) return kNaN;
  constexpr std::array<double, 3> kWeights = {4.0, 2.0, 1.0};
  double output = 0.0;
  for (std::size_t k = 0; k < 3; ++k) {
    if (!talib_is_zero(range_sum_[k])) output += kWeights[k] * (pressure_sum_[k] / range_sum_[k]);
  }
  return 100.0 * (output / 7.0);
}

}  // namespace qtb::ind
