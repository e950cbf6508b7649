// CORREL: Pearson's correlation coefficient of two series over the last `period` bars
// (TA-Lib ta_CORREL.c): (Sxy - Sx Sy / p) / sqrt((Sxx - Sx^2 / p) (Syy - Sy^2 / p)), 0 where
// the variance product is <= 1e-14 (TA-Lib's TA_IS_ZERO_OR_NEG). Lookback period - 1; default
// period 30. The sums roll as TA-Lib's do (trailing pair removed, then the new pair added), so
// results are TA-Lib's bit for bit. As registered, the first series is the bar's high and the
// second its low (TA-Lib's reference convention). Streams are single-threaded values.
#pragma once

#include <span>
#include <vector>

namespace qtb::ind {

// REQUIRES: period >= 1; x, y and out of the same length.
void correl(std::span<const double> x, std::span<const double> y, int period,
            std::span<double> out);

// The running sums, updated in TA-Lib's order.
struct CorrelationSums {
  double x = 0, y = 0, xx = 0, yy = 0, xy = 0;
  void add(double vx, double vy);
  void remove(double vx, double vy);
  // The coefficient over `period` pairs.
  double correlation(double period) const;
};

class CorrelStream {
 public:
  explicit CorrelStream(int period);
  double update(double x, double y);

 private:
  struct Pair {
    double x = 0, y = 0;
  };
  std::vector<Pair> window_;  // ring; next_ is the oldest pair once full
  std::size_t next_ = 0;
  std::size_t count_ = 0;
  CorrelationSums sums_;
};

}  // namespace qtb::ind
