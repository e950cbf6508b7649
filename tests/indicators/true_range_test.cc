#include "indicators/true_range.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace qtb::ind {
namespace {

TEST(TrueRange, TakesTheGreatestOfRangeAndBothGaps) {
  EXPECT_EQ(true_range(12, 9, 10), 3);  // inside: 12 - 9
  EXPECT_EQ(true_range(13, 10, 8), 5);  // gap up: 13 - previous close 8
  EXPECT_EQ(true_range(9, 7, 11), 4);   // gap down: previous close 11 - 7
}

TEST(Trange, FirstBarHasNoPreviousCloseAndStreamMatchesBatch) {
  const std::vector<double> high = {10, 12, 11, 13};
  const std::vector<double> low = {8, 9, 7, 10};
  const std::vector<double> close = {9, 11, 8, 12};
  std::vector<double> out(4);
  trange(high, low, close, out);
  EXPECT_TRUE(std::isnan(out[0]));
  EXPECT_EQ(out[1], 3);  // max(12 - 9, |9 - 12|, |9 - 9|)
  EXPECT_EQ(out[2], 4);  // max(11 - 7, |11 - 11|, |11 - 7|)
  EXPECT_EQ(out[3], 5);  // max(13 - 10, |8 - 13|, |8 - 10|)
  TrangeStream stream;
  for (std::size_t i = 0; i < 4; ++i) {
    const double value = stream.update(high[i], low[i], close[i]);
    EXPECT_TRUE(i == 0 ? std::isnan(value) : value == out[i]) << i;
  }
}

}  // namespace
}  // namespace qtb::ind
