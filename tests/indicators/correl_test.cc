#include "indicators/correl.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace qtb::ind {
namespace {

TEST(Correl, HandComputedCoefficients) {
  // Window 1: x 1, 2, 3 and y 2, 4, 6 lie on a line: r = 1.
  // Window 2: x 2, 3, 4 (deviations -1, 0, 1), y 4, 6, 9 (mean 19/3; deviations -7/3, -1/3,
  // 8/3): Sxy = 7/3 + 8/3 = 5, Sxx = 2, Syy = (49 + 1 + 64)/9 = 114/9, r = 5 / sqrt(228/9)
  // = 15 / sqrt(228) = 0.99339...
  const std::vector<double> x = {1, 2, 3, 4};
  const std::vector<double> y = {2, 4, 6, 9};
  std::vector<double> out(4);
  correl(x, y, 3, out);
  EXPECT_TRUE(std::isnan(out[1]));
  EXPECT_NEAR(out[2], 1.0, 1e-12);
  EXPECT_NEAR(out[3], 15 / std::sqrt(228.0), 1e-12);
}

TEST(Correl, OppositeMovesGiveMinusOneAndAFlatSeriesGivesZero) {
  const std::vector<double> x = {1, 2, 3, 5};
  const std::vector<double> down = {9, 7, 5, 1};
  const std::vector<double> flat = {4, 4, 4, 4};
  std::vector<double> out(4);
  correl(x, down, 4, out);
  EXPECT_NEAR(out[3], -1.0, 1e-12);
  correl(x, flat, 4, out);
  EXPECT_EQ(out[3], 0);  // zero variance: TA-Lib writes 0
}

TEST(CorrelStream, ProducesTheBatchValues) {
  const std::vector<double> x = {1, 2, 3, 5, 4, 8, 7};
  const std::vector<double> y = {2, 1, 4, 4, 6, 5, 9};
  std::vector<double> batch(7);
  correl(x, y, 3, batch);
  CorrelStream stream(3);
  for (std::size_t i = 0; i < 7; ++i) {
    const double value = stream.update(x[i], y[i]);
    EXPECT_TRUE(std::isnan(batch[i]) ? std::isnan(value) : value == batch[i]) << i;
  }
}

}  // namespace
}  // namespace qtb::ind
