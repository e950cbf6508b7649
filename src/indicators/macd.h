// MACD and MACDEXT as TA-Lib computes them (ta_MACD.c, ta_MACDEXT.c).
//   macd = MA(fast) - MA(slow); signal = MA(signal_period) of macd; hist = macd - signal.
// MACD uses EMAs (k = 2 / (period + 1), SMA-seeded); MACDEXT takes an MA type per line.
// TA-Lib's seeding: when slow < fast the two are swapped (with their types); both fast and
// slow MAs start so that they give their first value on the same bar, the slow MA's first bar
// (for EMAs: the fast EMA is seeded with the SMA of the `fast` values ending there, not of the
// first `fast` values of the series). The signal MA starts at macd's first value.
// Lookback = max(MA lookback of fast, of slow) + MA lookback of signal (33 for 12/26/9); all
// three outputs start there. Period 1 copies its input (TA_MA). Streams are single-threaded.
#pragma once

#include <memory>
#include <span>

#include "indicators/moving_average.h"

namespace qtb::ind {

struct MacdLines {
  double macd;
  double signal;
  double hist;
};

struct MacdParams {
  int fast = 12;
  MaType fast_type = MaType::kEma;
  int slow = 26;
  MaType slow_type = MaType::kEma;
  int signal = 9;
  MaType signal_type = MaType::kEma;
};

// MACD proper: EMA on all three lines.
MacdParams macd_params(int fast, int slow, int signal);

int macd_lookback(const MacdParams& p);

// REQUIRES: fast, slow >= 2, signal >= 1, supported MA types, outputs as long as `in`.
void macd(std::span<const double> in, const MacdParams& p, std::span<double> out_macd,
          std::span<double> out_signal, std::span<double> out_hist);

class MacdStream {
 public:
  explicit MacdStream(const MacdParams& p);
  // {macd, signal, hist}, all NaN inside the lookback.
  MacdLines update(double value);

 private:
  std::unique_ptr<MovingAverageStream> fast_;
  std::unique_ptr<MovingAverageStream> slow_;
  std::unique_ptr<MovingAverageStream> signal_;
  long fast_start_;
  long slow_start_;
  long first_macd_;
  long bar_ = 0;
};

}  // namespace qtb::ind
