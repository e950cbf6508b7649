#include "indicators/beta.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace qtb::ind {
namespace {

TEST(Beta, SlopeOfSecondSeriesReturnsOnFirstSeriesReturns) {
  // x: 100 -> 110 -> 99, returns 0.1, -0.1; y: 100 -> 110 -> 143, returns 0.1, 0.3.
  // Sx = 0, Sy = 0.4, Sxx = 0.02, Sxy = 0.01 - 0.03 = -0.02:
  // beta = (2 * -0.02 - 0 * 0.4) / (2 * 0.02 - 0) = -1.
  const std::vector<double> x = {100, 110, 99};
  const std::vector<double> y = {100, 110, 143};
  std::vector<double> out(3);
  beta(x, y, 2, out);
  EXPECT_TRUE(std::isnan(out[0]));
  EXPECT_TRUE(std::isnan(out[1]));  // lookback = period: two returns need three prices
  EXPECT_NEAR(out[2], -1.0, 1e-12);
}

TEST(Beta, TwiceTheReturnsGiveBetaTwoAndTheWindowRolls) {
  // x returns 0.1, -0.1, 0.1; y returns 0.2, -0.2, 0.2.
  const std::vector<double> x = {100, 110, 99, 108.9};
  const std::vector<double> y = {50, 60, 48, 57.6};
  std::vector<double> out(4);
  beta(x, y, 2, out);
  EXPECT_NEAR(out[2], 2.0, 1e-9);
  EXPECT_NEAR(out[3], 2.0, 1e-9);
}

TEST(Beta, FlatFirstSeriesGivesZero) {
  const std::vector<double> x = {10, 10, 10, 10};
  const std::vector<double> y = {10, 11, 12, 11};
  std::vector<double> out(4);
  beta(x, y, 3, out);
  EXPECT_EQ(out[3], 0);  // p Sxx - Sx^2 = 0: TA-Lib writes 0
}

TEST(BetaStream, ProducesTheBatchValues) {
  const std::vector<double> x = {100, 101, 99, 102, 104, 103, 107};
  const std::vector<double> y = {50, 51, 50, 52, 51, 53, 55};
  std::vector<double> batch(7);
  beta(x, y, 3, batch);
  BetaStream stream(3);
  for (std::size_t i = 0; i < 7; ++i) {
    const double value = stream.update(x[i], y[i]);
    EXPECT_TRUE(std::isnan(batch[i]) ? std::isnan(value) : value == batch[i]) << i;
  }
}

}  // namespace
}  // namespace qtb::ind
