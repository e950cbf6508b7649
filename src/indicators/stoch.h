// STOCH: the slow stochastic oscillator as TA-Lib computes it (ta_STOCH.c).
//   fastK = 100 * (close - LL) / (HH - LL) over `fastk_period` bars (0 when HH == LL);
//   slowK = MA(slowk_type, slowk_period) of fastK; slowD = MA(slowd_type, slowd_period) of
//   slowK, each MA started at its input's first value.
// Lookback = (fastk_period - 1) + MA lookbacks of slowK and slowD; both outputs start there.
// Streams are single-threaded values.
#pragma once

#include <memory>
#include <span>

#include "indicators/moving_average.h"
#include "indicators/stochf.h"

namespace qtb::ind {

struct StochParams {
  int fastk_period = 5;
  int slowk_period = 3;
  MaType slowk_type = MaType::kSma;
  int slowd_period = 3;
  MaType slowd_type = MaType::kSma;
};

int stoch_lookback(const StochParams& p);

// REQUIRES: periods >= 1, supported MA types, outputs as long as the inputs.
void stoch(std::span<const double> high, std::span<const double> low, std::span<const double> close,
           const StochParams& p, std::span<double> out_slowk, std::span<double> out_slowd);

class StochStream {
 public:
  explicit StochStream(const StochParams& p);
  // {slowK, slowD}, both NaN inside the lookback.
  StochasticLines update(double high, double low, double close);

 private:
  FastKStream fast_k_;
  std::unique_ptr<MovingAverageStream> slow_k_;
  std::unique_ptr<MovingAverageStream> slow_d_;
};

}  // namespace qtb::ind
