#include "indicators/stochf.h"

#include <cmath>

#include "indicators/indicator.h"
#include "indicators/ta_ma.h"

namespace qtb::ind {
namespace {

// TA-Lib divides by (HH - LL) / 100 and reports 0 for a flat window (ta_STOCHF.c).
double percent_k(double highest, double lowest, double close) {
  const double diff = (highest - lowest) / 100.0;
  return diff != 0.0 ? (close - lowest) / diff : 0.0;
}

}  // namespace

int stochf_lookback(int fastk_period, int fastd_period, MaType fastd_type) {
  return fastk_period - 1 + ta_ma_lookback(fastd_type, fastd_period);
}

void fast_k(std::span<const double> high, std::span<const double> low,
            std::span<const double> close, int fastk_period, std::span<double> out) {
  FastKStream stream(fastk_period);
  for (std::size_t i = 0; i < close.size(); ++i) out[i] = stream.update(high[i], low[i], close[i]);
}

void stochf(std::span<const double> high, std::span<const double> low,
            std::span<const double> close, int fastk_period, int fastd_period, MaType fastd_type,
            std::span<double> out_fastk, std::span<double> out_fastd) {
  const auto k_lookback = static_cast<std::size_t>(fastk_period - 1);
  fast_k(high, low, close, fastk_period, out_fastk);
  ta_ma(fastd_type, tail(std::span<const double>(out_fastk), k_lookback), fastd_period,
        tail(out_fastd, k_lookback));
  fill_nan(out_fastd, 0, k_lookback);
  const auto total =
      static_cast<std::size_t>(stochf_lookback(fastk_period, fastd_period, fastd_type));
  fill_nan(out_fastk, 0, total);
}

FastKStream::FastKStream(int fastk_period)
    : highest_(RollingExtreme::Kind::kMax, static_cast<std::size_t>(fastk_period)),
      lowest_(RollingExtreme::Kind::kMin, static_cast<std::size_t>(fastk_period)),
      period_(fastk_period) {}

double FastKStream::update(double high, double low, double close) {
  highest_.push(high);
  lowest_.push(low);
  if (highest_.count() < period_) return kNaN;
  return percent_k(highest_.value(), lowest_.value(), close);
}

StochfStream::StochfStream(int fastk_period, int fastd_period, MaType fastd_type)
    : fast_k_(fastk_period), fast_d_(make_ta_ma_stream(fastd_type, fastd_period)) {}

StochasticLines StochfStream::update(double high, double low, double close) {
  const double k = fast_k_.update(high, low, close);
  if (std::isnan(k)) return {kNaN, kNaN};
  const double d = fast_d_->update(k);
  return {std::isnan(d) ? kNaN : k, d};
}

}  // namespace qtb::ind
