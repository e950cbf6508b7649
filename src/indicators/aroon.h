// AROON and AROONOSC as TA-Lib computes them (ta_AROON.c, ta_AROONOSC.c). Over the last
// period + 1 bars, with b_high/b_low the bars since the highest high / lowest low (the most
// recent bar on ties):
//   aroon_up = 100 * (period - b_high) / period, aroon_down likewise with b_low;
//   AROONOSC = aroon_up - aroon_down = (100 / period) * (index_high - index_low).
// Lookback = period. O(1) amortised per update. Streams are single-threaded values.
#pragma once

#include <span>

#include "indicators/rolling_extreme.h"

namespace qtb::ind {

struct AroonLines {
  double down;
  double up;
};

// REQUIRES: period >= 2; high, low and outputs of the same size.
void aroon(std::span<const double> high, std::span<const double> low, int period,
           std::span<double> out_down, std::span<double> out_up);
void aroonosc(std::span<const double> high, std::span<const double> low, int period,
              std::span<double> out);

class AroonStream {
 public:
  explicit AroonStream(int period);
  // {down, up} including this bar; NaN for the first `period` bars.
  AroonLines update(double high, double low);
  // AROONOSC including this bar; NaN for the first `period` bars.
  double update_oscillator(double high, double low);

 private:
  bool push(double high, double low);

  RollingExtreme highest_;
  RollingExtreme lowest_;
  int period_;
  double factor_;
};

}  // namespace qtb::ind
