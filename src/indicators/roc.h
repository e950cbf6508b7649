// ROC and ROCP: rate of change over `period` bars, as TA-Lib computes them (ta_ROC.c,
// ta_ROCP.c), with prev = in[i - period]:
//   ROC  = (in / prev - 1) * 100;   ROCP = (in - prev) / prev;   both 0 when prev == 0.
// Lookback = period. Streams are single-threaded values.
#pragma once

#include <span>

#include "indicators/ring_window.h"

namespace qtb::ind {

enum class RocForm { kPercent, kFraction };  // ROC, ROCP

// REQUIRES: period >= 1, out.size() >= in.size().
void roc(std::span<const double> in, int period, std::span<double> out);
void rocp(std::span<const double> in, int period, std::span<double> out);

class RocStream {
 public:
  RocStream(RocForm form, int period);
  // ROC or ROCP including `value`; NaN for the first `period` values.
  double update(double value);

 private:
  RocForm form_;
  RingWindow window_;  // the last period + 1 values
};

}  // namespace qtb::ind
