#include "indicators/atr.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace qtb::ind {
namespace {

// True ranges of bars 1..5: 3, 4, 5, 3, 4 (see true_range_test.cc for the first three;
// bar 4: max(12 - 9, |12 - 12|, |12 - 9|) = 3, bar 5: max(14 - 11, |10 - 14|, |10 - 11|) = 4).
const std::vector<double> kHigh = {10, 12, 11, 13, 12, 14};
const std::vector<double> kLow = {8, 9, 7, 10, 9, 11};
const std::vector<double> kClose = {9, 11, 8, 12, 10, 13};

TEST(Atr, SeedsWithMeanTrueRangeThenSmoothsLikeWilder) {
  std::vector<double> out(6);
  atr(kHigh, kLow, kClose, 3, out);
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(std::isnan(out[static_cast<std::size_t>(i)])) << i;
  EXPECT_DOUBLE_EQ(out[3], 4.0);       // (3 + 4 + 5) / 3
  EXPECT_DOUBLE_EQ(out[4], 11.0 / 3);  // (4 * 2 + 3) / 3
  EXPECT_DOUBLE_EQ(out[5], 34.0 / 9);  // (11/3 * 2 + 4) / 3
}

TEST(Atr, PeriodOneIsTheTrueRange) {
  std::vector<double> out(6);
  atr(kHigh, kLow, kClose, 1, out);
  EXPECT_TRUE(std::isnan(out[0]));
  EXPECT_EQ(out[1], 3);
  EXPECT_EQ(out[3], 5);
  EXPECT_EQ(out[5], 4);
}

TEST(Natr, IsAtrAsPercentOfClose) {
  std::vector<double> out(6);
  natr(kHigh, kLow, kClose, 3, out);
  EXPECT_TRUE(std::isnan(out[2]));
  EXPECT_DOUBLE_EQ(out[3], 100.0 * 4 / 12);
  EXPECT_DOUBLE_EQ(out[4], 100.0 * (11.0 / 3) / 10);
  EXPECT_DOUBLE_EQ(out[5], 3400.0 / 117);  // 100 * (34/9) / 13
}

TEST(Natr, PeriodOneReturnsTheRawTrueRangeAsTalibDoes) {
  std::vector<double> out(6);
  natr(kHigh, kLow, kClose, 1, out);
  EXPECT_EQ(out[1], 3);  // not 100 * 3 / 11: TA-Lib ta_NATR.c falls back to TRANGE
  NatrStream stream(1);
  stream.update(kHigh[0], kLow[0], kClose[0]);
  EXPECT_EQ(stream.update(kHigh[1], kLow[1], kClose[1]), 3);
}

TEST(AtrStream, ProducesTheBatchValues) {
  AtrStream stream(3);
  std::vector<double> batch(6);
  atr(kHigh, kLow, kClose, 3, batch);
  for (std::size_t i = 0; i < 6; ++i) {
    const double value = stream.update(kHigh[i], kLow[i], kClose[i]);
    EXPECT_TRUE(std::isnan(batch[i]) ? std::isnan(value) : value == batch[i]) << i;
  }
}

}  // namespace
}  // namespace qtb::ind
