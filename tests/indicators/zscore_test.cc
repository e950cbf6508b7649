#include "indicators/zscore.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace qtb::ind {
namespace {

TEST(Zscore, MeasuresDistanceFromTheMeanInStandardDeviations) {
  // Window 2,4,4,4,5,5,7,9: mean 5, population sd 2; the last value 9 is (9 - 5) / 2 = 2.
  const std::vector<double> in = {2, 4, 4, 4, 5, 5, 7, 9, 1};
  std::vector<double> out(in.size());
  zscore(in, 8, out);
  EXPECT_TRUE(std::isnan(out[6]));
  EXPECT_DOUBLE_EQ(out[7], 2);
  // Window 4,4,4,5,5,7,9,1: mean 39/8, variance 229/8 - (39/8)^2 = 311/64, z = (1 - 39/8) / sd.
  EXPECT_NEAR(out[8], (1 - 39.0 / 8) / std::sqrt(311.0 / 64), 1e-12);
}

TEST(Zscore, FlatWindowIsZero) {
  const std::vector<double> in(5, 250.5);
  std::vector<double> out(in.size());
  zscore(in, 3, out);
  EXPECT_EQ(out[4], 0);
}

}  // namespace
}  // namespace qtb::ind
