// BBANDS: Bollinger Bands (TA-Lib BBANDS). middle = MA(x, period, ma_type);
// upper = middle + nbdev_up * sd, lower = middle - nbdev_dn * sd, where sd is the population
// standard deviation of the last `period` values (always around their simple mean, as TA-Lib,
// whatever the middle band's type). Lookback: the moving average's.
#pragma once

#include <memory>
#include <span>

#include "indicators/moving_average.h"
#include "indicators/variance.h"

namespace qtb::ind {

struct BbandsParams {
  int period = 5;
  double nbdev_up = 2;
  double nbdev_dn = 2;
  MaType ma_type = MaType::kSma;
};

// REQUIRES: period >= 2, a supported ma_type, each output as long as `in`.
void bbands(std::span<const double> in, const BbandsParams& params, std::span<double> upper,
            std::span<double> middle, std::span<double> lower);

class BbandsStream {
 public:
  explicit BbandsStream(const BbandsParams& params);
  // Adds `value` and writes the three bands (NaN inside the lookback).
  void update(double value, double& upper, double& middle, double& lower);

 private:
  BbandsParams params_;
  std::unique_ptr<MovingAverageStream> middle_;
  VarianceStream variance_;
};

}  // namespace qtb::ind
