#include "indicators/kama.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace qtb::ind {
namespace {

TEST(Kama, EfficientMoveUsesTheFastConstantThenChopUsesTheSlowOne) {
  // Period 2 on 10, 11, 12, 11. Bar 2: change 12 - 10 = 2 over volatility |1| + |1| = 2, so
  // efficiency 1 and sc = (2/3)^2 = 4/9; KAMA starts from the previous close 11:
  // 11 + (12 - 11) * 4/9 = 103/9.
  // Bar 3: change 11 - 11 = 0, efficiency 0, sc = (2/31)^2 = 4/961:
  // 103/9 + (11 - 103/9) * 4/961 = 103/9 - 16/8649.
  const std::vector<double> in = {10, 11, 12, 11};
  std::vector<double> out(in.size());
  kama(in, 2, out);
  EXPECT_TRUE(std::isnan(out[0]));
  EXPECT_TRUE(std::isnan(out[1]));  // lookback = period
  EXPECT_NEAR(out[2], 103.0 / 9, 1e-12);
  EXPECT_NEAR(out[3], 103.0 / 9 - 16.0 / 8649, 1e-12);
}

TEST(Kama, FlatWindowCountsAsFullyEfficient) {
  // TA-Lib treats zero volatility as efficiency 1: on a flat series KAMA is the price.
  const std::vector<double> in(10, 7.25);
  std::vector<double> out(in.size());
  kama(in, 3, out);
  for (std::size_t i = 3; i < in.size(); ++i) EXPECT_EQ(out[i], 7.25);
}

TEST(Kama, StreamMatchesBatchBitForBit) {
  const std::vector<double> in = {10, 10.5, 9.8, 10.2, 11, 11.4, 10.9, 12, 12.5, 12.1};
  std::vector<double> out(in.size());
  kama(in, 4, out);
  KamaStream stream(4);
  for (std::size_t i = 0; i < in.size(); ++i) {
    const double s = stream.update(in[i]);
    if (i < 4) {
      EXPECT_TRUE(std::isnan(s)) << i;
    } else {
      EXPECT_EQ(s, out[i]) << i;
    }
  }
}

}  // namespace
}  // namespace qtb::ind
