// OBV: on-balance volume (Granville; TA-Lib ta_OBV.c). Starts at the first bar's volume, then
// adds the bar's volume when the close rises, subtracts it when the close falls, and holds on
// an unchanged close. Lookback 0. Streams are single-threaded values.
#pragma once

#include <span>

namespace qtb::ind {

// REQUIRES: close, volume and out of the same length.
void obv(std::span<const double> close, std::span<const double> volume, std::span<double> out);

class ObvStream {
 public:
  double update(double close, double volume);

 private:
  bool started_ = false;
  double prev_close_ = 0;
  double value_ = 0;
};

}  // namespace qtb::ind
