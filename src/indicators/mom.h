// MOM: momentum, the change over `period` bars: out[i] = in[i] - in[i - period] (TA-Lib
// ta_MOM.c). Lookback = period. Streams are single-threaded values.
#pragma once

#include <span>

#include "indicators/ring_window.h"

namespace qtb::ind {

// REQUIRES: period >= 1, out.size() >= in.size().
void mom(std::span<const double> in, int period, std::span<double> out);

class MomStream {
 public:
  explicit MomStream(int period);
  // MOM including `value`; NaN for the first `period` values.
  double update(double value);

 private:
  RingWindow window_;  // the last period + 1 values
};

}  // namespace qtb::ind
