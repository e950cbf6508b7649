// Rolling z-score: (x - mean) / sd over the last `period` values, mean and population sd as
// SMA and STDDEV compute them (so zscore == (x - SMA) / STDDEV exactly); 0 where that STDDEV
// is 0 (a flat window, where x equals the mean). No TA-Lib equivalent. Lookback period - 1.
#pragma once

#include <span>

#include "indicators/variance.h"

namespace qtb::ind {

// REQUIRES: period >= 1, out.size() >= in.size().
void zscore(std::span<const double> in, int period, std::span<double> out);

class ZscoreStream {
 public:
  explicit ZscoreStream(int period) : variance_(period) {}
  // The z-score of `value` within its window; NaN until `period` values were seen.
  double update(double value);

 private:
  VarianceStream variance_;
};

}  // namespace qtb::ind
