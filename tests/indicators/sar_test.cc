#include "indicators/sar.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace qtb::ind {
namespace {

TEST(Sar, StartsLongAndReversesAtTheExtremePoint) {
  // Bar 1 rises (+DM 1 > -DM -1): long, SAR = bar 0's low 9, EP = bar 1's high 11.
  // bar 1: out 9;   next 9 + 0.02 * (11 - 9) = 9.04.
  // bar 2: out 9.04; new high 12: EP 12, af 0.04; next 9.04 + 0.04 * 2.96 = 9.1584.
  // bar 3: low 8 <= 9.1584: short at EP 12 (>= both highs); out 12; af 0.02, EP 8;
  //        next 12 + 0.02 * (8 - 12) = 11.92, raised to the previous high 12.
  // bar 4: out 12; new low 7: EP 7, af 0.04; next 12 + 0.04 * (7 - 12) = 11.8.
  // bar 5: high 12 >= 11.8: long at EP 7 (<= both lows); out 7; af 0.02, EP 12;
  //        next 7 + 0.02 * 5 = 7.1, lowered to the previous low 7.
  // bar 6: out 7.
  const std::vector<double> high = {10, 11, 12, 11.5, 10, 12, 13};
  const std::vector<double> low = {9, 10, 11, 8, 7, 9, 12};
  std::vector<double> out(high.size());
  sar(high, low, {0.02, 0.2}, out);
  EXPECT_TRUE(std::isnan(out[0]));
  EXPECT_DOUBLE_EQ(out[1], 9);
  EXPECT_DOUBLE_EQ(out[2], 9.04);
  EXPECT_DOUBLE_EQ(out[3], 12);
  EXPECT_DOUBLE_EQ(out[4], 12);
  EXPECT_DOUBLE_EQ(out[5], 7);
  EXPECT_DOUBLE_EQ(out[6], 7);
}

TEST(Sar, StartsShortWhenTheSecondBarFallsMore) {
  // Bar 1: +DM = 9.5 - 10 < 0, -DM = 9 - 8 = 1 > 0: short, SAR = bar 0's high 10, EP 8.
  // bar 1: out 10; next 10 + 0.02 * (8 - 10) = 9.96, kept above bar 1's high 9.5.
  // bar 2: out 9.96.
  const std::vector<double> high = {10, 9.5, 9};
  const std::vector<double> low = {9, 8, 8.5};
  std::vector<double> out(high.size());
  sar(high, low, {0.02, 0.2}, out);
  EXPECT_DOUBLE_EQ(out[1], 10);
  EXPECT_DOUBLE_EQ(out[2], 9.96);
}

TEST(Sar, AccelerationStopsAtTheMaximum) {
  // Maximum 0.03 with step 0.02: the second new high would make af 0.04, capped to 0.03.
  // bar 1: out 9 (long, EP 11); next 9 + 0.02 * 2 = 9.04.
  // bar 2: new high 12, af 0.03 (capped); out 9.04; next 9.04 + 0.03 * 2.96 = 9.1288.
  // bar 3: out 9.1288.
  const std::vector<double> high = {10, 11, 12, 13};
  const std::vector<double> low = {9, 10, 11, 12};
  std::vector<double> out(high.size());
  sar(high, low, {0.02, 0.03}, out);
  EXPECT_DOUBLE_EQ(out[2], 9.04);
  EXPECT_DOUBLE_EQ(out[3], 9.1288);
}

}  // namespace
}  // namespace qtb::ind
