// BETA: the slope of the least-squares regression of the second series' one-bar returns on
// the first series' returns over the last `period` returns (TA-Lib ta_BETA.c):
// (p Sxy - Sx Sy) / (p Sxx - Sx^2), 0 where the denominator is zero (TA_IS_ZERO); a return
// whose previous price is zero counts as 0. Lookback = period (period returns need period + 1
// prices); default period 5. The sums roll as TA-Lib's do (add the new return, output, then
// remove the trailing one), so results are TA-Lib's bit for bit. As registered, the first
// series is the bar's high and the second its low (TA-Lib's reference convention).
// Streams are single-threaded values.
#pragma once

#include <span>
#include <vector>

namespace qtb::ind {

// REQUIRES: period >= 1; x, y and out of the same length.
void beta(std::span<const double> x, std::span<const double> y, int period, std::span<double> out);

// The running sums of the returns, updated in TA-Lib's order.
struct BetaSums {
  double x = 0, y = 0, xx = 0, xy = 0;
  void add(double rx, double ry);
  void remove(double rx, double ry);
  double slope(double period) const;
};

class BetaStream {
 public:
  explicit BetaStream(int period);
  double update(double x, double y);

 private:
  struct Returns {
    double x = 0, y = 0;
  };
  std::vector<Returns> window_;  // ring of the last period returns; next_ is the oldest
  std::size_t next_ = 0;
  std::size_t count_ = 0;
  bool has_prev_ = false;
  double prev_x_ = 0, prev_y_ = 0;
  BetaSums sums_;
};

}  // namespace qtb::ind
