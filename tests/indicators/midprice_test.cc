#include "indicators/midprice.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace qtb::ind {
namespace {

TEST(Midprice, AveragesTheHighestHighAndLowestLow) {
  // Period 2: bars 0-1: (12 + 8) / 2 = 10; bars 1-2: (12 + 7) / 2 = 9.5.
  const std::vector<double> high = {10, 12, 11};
  const std::vector<double> low = {8, 9, 7};
  std::vector<double> out(high.size());
  midprice(high, low, 2, out);
  EXPECT_TRUE(std::isnan(out[0]));
  EXPECT_EQ(out[1], 10);
  EXPECT_EQ(out[2], 9.5);
}

}  // namespace
}  // namespace qtb::ind
