#include "indicators/stoch.h"

#include <cmath>

#include "indicators/indicator.h"
#include "indicators/ta_ma.h"

namespace qtb::ind {

int stoch_lookback(const StochParams& p) {
  return p.fastk_period - 1 + ta_ma_lookback(p.slowk_type, p.slowk_period) +
         ta_ma_lookback(p.slowd_type, p.slowd_period);
}

void stoch(std::span<const double> high, std::span<const double> low, std::span<const double> close,
           const StochParams& p, std::span<double> out_slowk, std::span<double> out_slowd) {
  // out_slowd holds fastK until slowK has been computed from it: no scratch allocation.
  const auto k_lookback = static_cast<std::size_t>(p.fastk_period - 1);
  fast_k(high, low, close, p.fastk_period, out_slowd);
  ta_ma(p.slowk_type, tail(std::span<const double>(out_slowd), k_lookback), p.slowk_period,
        tail(out_slowk, k_lookback));
  fill_nan(out_slowk, 0, k_lookback);
  const std::size_t slowk_lookback =
      k_lookback + static_cast<std::size_t>(ta_ma_lookback(p.slowk_type, p.slowk_period));
  ta_ma(p.slowd_type, tail(std::span<const double>(out_slowk), slowk_lookback), p.slowd_period,
        tail(out_slowd, slowk_lookback));
  fill_nan(out_slowd, 0, slowk_lookback);
  fill_nan(out_slowk, 0, static_cast<std::size_t>(stoch_lookback(p)));
}

StochStream::StochStream(const StochParams& p)
    : fast_k_(p.fastk_period),
      slow_k_(make_ta_ma_stream(p.slowk_type, p.slowk_period)),
      slow_d_(make_ta_ma_stream(p.slowd_type, p.slowd_period)) {}

StochasticLines StochStream::update(double high, double low, double close) {
  const double fast = fast_k_.update(high, low, close);
  if (std::isnan(fast)) return {kNaN, kNaN};
  const double k = slow_k_->update(fast);
  if (std::isnan(k)) return {kNaN, kNaN};
  const double d = slow_d_->update(k);
  return {std::isnan(d) ? kNaN : k, d};
}

}  // namespace qtb::ind
