// SMA: simple moving average of the last `period` values (TA-Lib SMA; lookback period - 1).
#pragma once

#include <span>
#include <vector>

namespace qtb::ind {

// out[i] = mean(in[i-period+1 .. i]) for i >= period-1, NaN before.
// REQUIRES: period >= 1 (TA-Lib allows 2..100000), out.size() >= in.size().
void sma(std::span<const double> in, int period, std::span<double> out);

// Streaming SMA: a ring of the last `period` values and their running sum.
class SmaStream {
 public:
  explicit SmaStream(int period);
  // Returns the SMA including `value`, or NaN while fewer than `period` values were seen.
  double update(double value);

 private:
  std::vector<double> window_;
  std::size_t next_ = 0;
  std::size_t count_ = 0;
  double sum_ = 0;
};

}  // namespace qtb::ind
