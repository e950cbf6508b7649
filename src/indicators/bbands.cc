#include "indicators/bbands.h"

#include <cmath>

#include "indicators/indicator.h"

namespace qtb::ind {

// TA-Lib ta_BBANDS.c: for an SMA middle band it reuses the SMA as the mean of its running
// sum of squares, which is the same arithmetic as VAR; for other types it calls STDDEV, whose
// sums start at the band's first output rather than at bar 0 (rounding-level differences).
namespace {

// The SMA middle band and VAR share one running sum (same operation order as sma() and
// variance()), so one pass gives both bands bit for bit; three passes cost 25% more than
// TA-Lib in bench/indicators_bench.cc.
void bbands_sma(std::span<const double> in, const BbandsParams& params, std::span<double> upper,
                std::span<double> middle, std::span<double> lower) {
  const std::size_t n = in.size();
  const auto p = static_cast<std::size_t>(params.period);
  double sum = 0;
  double sum_sq = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const double x = in[i];
    sum += x;
    sum_sq += x * x;
    if (i + 1 < p) {
      upper[i] = middle[i] = lower[i] = kNaN;
      continue;
    }
    const double mean = sum / params.period;
    const double mean_sq = sum_sq / params.period;
    const double old = in[i + 1 - p];
    sum -= old;
    sum_sq -= old * old;
    const double var = mean_sq - mean * mean;
    const double sd = var < 1e-8 ? 0.0 : std::sqrt(var);  // stddev_of_variance, inlined
    middle[i] = mean;
    upper[i] = mean + sd * params.nbdev_up;
    lower[i] = mean - sd * params.nbdev_dn;
  }
}

}  // namespace

void bbands(std::span<const double> in, const BbandsParams& params, std::span<double> upper,
            std::span<double> middle, std::span<double> lower) {
  if (params.ma_type == MaType::kSma && params.period > 1) {
    bbands_sma(in, params, upper, middle, lower);
    return;
  }
  moving_average(params.ma_type, in, params.period, middle);
  variance(in, params.period, lower);
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (std::isnan(middle[i])) {
      upper[i] = kNaN;
      lower[i] = kNaN;
      continue;
    }
    const double sd = stddev_of_variance(lower[i]);
    upper[i] = middle[i] + sd * params.nbdev_up;
    lower[i] = middle[i] - sd * params.nbdev_dn;
  }
}

BbandsStream::BbandsStream(const BbandsParams& params)
    : params_(params),
      middle_(make_moving_average_stream(params.ma_type, params.period)),
      variance_(params.period) {}

void BbandsStream::update(double value, double& upper, double& middle, double& lower) {
  middle = middle_->update(value);
  const bool ready = variance_.update(value);
  if (std::isnan(middle) || !ready) {
    upper = middle = lower = kNaN;
    return;
  }
  const double sd = stddev_of_variance(variance_.variance());
  upper = middle + sd * params_.nbdev_up;
  lower = middle - sd * params_.nbdev_dn;
}

}  // namespace qtb::ind
