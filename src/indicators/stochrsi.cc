#include "indicators/stochrsi.h"

#include <cmath>
#include <vector>

#include "indicators/indicator.h"
#include "indicators/ta_ma.h"

namespace qtb::ind {

int stochrsi_lookback(int period, int fastk_period, int fastd_period, MaType fastd_type) {
  return period + stochf_lookback(fastk_period, fastd_period, fastd_type);
}

void stochrsi(std::span<const double> in, int period, int fastk_period, int fastd_period,
              MaType fastd_type, std::span<double> out_fastk, std::span<double> out_fastd) {
  std::vector<double> rsi_values(in.size());
  rsi(in, period, rsi_values);
  const auto offset = static_cast<std::size_t>(period);
  const std::span<const double> rsi_tail = tail(std::span<const double>(rsi_values), offset);
  stochf(rsi_tail, rsi_tail, rsi_tail, fastk_period, fastd_period, fastd_type,
         tail(out_fastk, offset), tail(out_fastd, offset));
  fill_nan(out_fastk, 0, offset);
  fill_nan(out_fastd, 0, offset);
}

StochRsiStream::StochRsiStream(int period, int fastk_period, int fastd_period, MaType fastd_type)
    : rsi_(period), stochf_(fastk_period, fastd_period, fastd_type) {}

StochasticLines StochRsiStream::update(double value) {
  const double r = rsi_.update(value);
  if (std::isnan(r)) return {kNaN, kNaN};
  return stochf_.update(r, r, r);
}

}  // namespace qtb::ind
