#include "indicators/true_range.h"

#include "indicators/indicator.h"

namespace qtb::ind {

void trange(std::span<const double> high, std::span<const double> low,
            std::span<const double> close, std::span<double> out) {
  const std::size_t n = close.size();
  if (n == 0) return;
  out[0] = kNaN;
  for (std::size_t i = 1; i < n; ++i) out[i] = true_range(high[i], low[i], close[i - 1]);
}

double TrangeStream::update(double high, double low, double close) {
  const double result = has_prev_ ? true_range(high, low, prev_close_) : kNaN;
  prev_close_ = close;
  has_prev_ = true;
  return result;
}

}  // namespace qtb::ind
