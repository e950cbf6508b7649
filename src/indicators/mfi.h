// MFI: money flow index as TA-Lib 0.6.4 computes it (ta_MFI.c). Typical price
// tp = (high + low + close) / 3 and money flow tp * volume; a bar's flow is positive when tp
// rose from the previous bar, negative when it fell, neither when unchanged. Over the last
// `period` bars: MFI = 100 * pos / (pos + neg), and 0 when pos + neg < 1 (TA-Lib's threshold).
// Lookback = period. O(1) per update (running sums over a ring). Streams are single-threaded.
#pragma once

#include <span>

#include "indicators/ring_window.h"

namespace qtb::ind {

// REQUIRES: period >= 2; inputs and out of the same size.
void mfi(std::span<const double> high, std::span<const double> low, std::span<const double> close,
         std::span<const double> volume, int period, std::span<double> out);

class MfiStream {
 public:
  explicit MfiStream(int period);
  // MFI including this bar; NaN for the first `period` bars.
  double update(double high, double low, double close, double volume);

 private:
  RingWindow positive_;
  RingWindow negative_;
  double positive_sum_ = 0;
  double negative_sum_ = 0;
  double prev_typical_ = 0;
  bool has_prev_ = false;
};

}  // namespace qtb::ind
