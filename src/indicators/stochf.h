// STOCHF: the fast stochastic oscillator as TA-Lib computes it (ta_STOCHF.c).
//   fastK = 100 * (close - LL) / (HH - LL) over the last `fastk_period` bars (HH highest high,
//           LL lowest low), and 0 when HH == LL;
//   fastD = MA(fastD_type, fastd_period) of fastK, started at fastK's first value.
// Both outputs start at the total lookback (fastk_period - 1) + MA lookback, as in TA-Lib.
// Streams are single-threaded values.
#pragma once

#include <memory>
#include <span>

#include "indicators/moving_average.h"
#include "indicators/rolling_extreme.h"

namespace qtb::ind {

struct StochasticLines {
  double k;
  double d;
};

int stochf_lookback(int fastk_period, int fastd_period, MaType fastd_type);

// The raw %K series: NaN for the first fastk_period - 1 bars.
// REQUIRES: fastk_period >= 1; high, low, close and out of the same size.
void fast_k(std::span<const double> high, std::span<const double> low,
            std::span<const double> close, int fastk_period, std::span<double> out);

// REQUIRES: periods >= 1, a supported MA type, outputs as long as the inputs.
void stochf(std::span<const double> high, std::span<const double> low,
            std::span<const double> close, int fastk_period, int fastd_period, MaType fastd_type,
            std::span<double> out_fastk, std::span<double> out_fastd);

// Streaming raw %K: O(1) amortised per bar (monotonic deques).
class FastKStream {
 public:
  explicit FastKStream(int fastk_period);
  // %K including this bar; NaN until fastk_period bars were seen.
  double update(double high, double low, double close);

 private:
  RollingExtreme highest_;
  RollingExtreme lowest_;
  int period_;
};

class StochfStream {
 public:
  StochfStream(int fastk_period, int fastd_period, MaType fastd_type);
  // {fastK, fastD}, both NaN inside the lookback.
  StochasticLines update(double high, double low, double close);

 private:
  FastKStream fast_k_;
  std::unique_ptr<MovingAverageStream> fast_d_;
};

}  // namespace qtb::ind
