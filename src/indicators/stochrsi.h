// STOCHRSI: the fast stochastic of RSI, as TA-Lib computes it (ta_STOCHRSI.c): RSI(period)
// (Wilder, see rsi.h), then STOCHF with the RSI series as high, low and close:
//   fastK = 100 * (RSI - min RSI) / (max RSI - min RSI) over `fastk_period` RSI values
//   (0 when flat); fastD = MA(fastd_type, fastd_period) of fastK.
// Lookback = period + (fastk_period - 1) + MA lookback. Streams are single-threaded values.
#pragma once

#include <span>

#include "indicators/rsi.h"
#include "indicators/stochf.h"

namespace qtb::ind {

int stochrsi_lookback(int period, int fastk_period, int fastd_period, MaType fastd_type);

// REQUIRES: period >= 2, fastk/fastd periods >= 1, a supported MA type, outputs as long as in.
void stochrsi(std::span<const double> in, int period, int fastk_period, int fastd_period,
              MaType fastd_type, std::span<double> out_fastk, std::span<double> out_fastd);

class StochRsiStream {
 public:
  StochRsiStream(int period, int fastk_period, int fastd_period, MaType fastd_type);
  // {fastK, fastD}, both NaN inside the lookback.
  StochasticLines update(double value);

 private:
  RsiStream rsi_;
  StochfStream stochf_;
};

}  // namespace qtb::ind
