// MIDPRICE: (highest high + lowest low) / 2 over the last `period` bars (TA-Lib MIDPRICE).
// Lookback period - 1.
#pragma once

#include <cstdint>
#include <span>

#include "indicators/rolling_extreme.h"

namespace qtb::ind {

// REQUIRES: period >= 1, high.size() == low.size() <= out.size().
void midprice(std::span<const double> high, std::span<const double> low, int period,
              std::span<double> out);

class MidpriceStream {
 public:
  explicit MidpriceStream(int period);
  // The midprice including this bar; NaN until `period` bars were seen.
  double update(double high, double low);

 private:
  RollingExtreme highest_;
  RollingExtreme lowest_;
  int64_t period_;
};

}  // namespace qtb::ind
