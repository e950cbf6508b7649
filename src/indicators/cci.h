// CCI: commodity channel index as TA-Lib computes it (ta_CCI.c). With typical price
// tp = (high + low + close) / 3 over the last `period` bars, mean m and mean absolute
// deviation d = sum |tp - m| / period:
//   CCI = (tp - m) / (0.015 * d), and 0 when tp - m or the deviation sum is within 1e-14 of 0.
// Lookback = period - 1. The mean deviation needs the whole window, so an update is
// O(period), not O(1); sums run over the ring in slot order as TA-Lib's do.
// Streams are single-threaded values.
#pragma once

#include <span>
#include <vector>

namespace qtb::ind {

// REQUIRES: period >= 2; high, low, close and out of the same size.
void cci(std::span<const double> high, std::span<const double> low, std::span<const double> close,
         int period, std::span<double> out);

class CciStream {
 public:
  explicit CciStream(int period);
  // CCI including this bar; NaN for the first period - 1 bars.
  double update(double high, double low, double close);

 private:
  std::vector<double> typical_;  // ring of typical prices, filled from slot 0
  std::size_t next_ = 0;
  std::size_t count_ = 0;
};

}  // namespace qtb::ind
