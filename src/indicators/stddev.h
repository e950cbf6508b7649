// STDDEV: population standard deviation of the last `period` values times `nbdev`
// (TA-Lib STDDEV: sqrt of its VAR, 0 where that variance is below 1e-8). Lookback period - 1.
#pragma once

#include <span>

#include "indicators/variance.h"

namespace qtb::ind {

// REQUIRES: period >= 1, out.size() >= in.size().
void stddev(std::span<const double> in, int period, double nbdev, std::span<double> out);

class StddevStream {
 public:
  StddevStream(int period, double nbdev) : variance_(period), nbdev_(nbdev) {}
  // The standard deviation including `value`; NaN until `period` values were seen.
  double update(double value);

 private:
  VarianceStream variance_;
  double nbdev_;
};

}  // namespace qtb::ind
