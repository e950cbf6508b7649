// MIDPOINT: (highest + lowest) / 2 of the last `period` values (TA-Lib MIDPOINT).
// Lookback period - 1.
#pragma once

#include <cstdint>
#include <span>

#include "indicators/rolling_extreme.h"

namespace qtb::ind {

// REQUIRES: period >= 1, out.size() >= in.size().
void midpoint(std::span<const double> in, int period, std::span<double> out);

class MidpointStream {
 public:
  explicit MidpointStream(int period);
  // The midpoint including `value`; NaN until `period` values were seen.
  double update(double value);

 private:
  RollingExtreme highest_;
  RollingExtreme lowest_;
  int64_t period_;
};

}  // namespace qtb::ind
