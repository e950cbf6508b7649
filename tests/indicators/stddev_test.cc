#include "indicators/stddev.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace qtb::ind {
namespace {

// The population example of "Standard deviation" (Wikipedia): 2,4,4,4,5,5,7,9 has mean 5,
// variance 4 and standard deviation 2.
const std::vector<double> kExample = {2, 4, 4, 4, 5, 5, 7, 9};

TEST(Stddev, IsThePopulationStandardDeviationTimesNbdev) {
  std::vector<double> out(kExample.size());
  stddev(kExample, 8, 1, out);
  EXPECT_TRUE(std::isnan(out[6]));
  EXPECT_DOUBLE_EQ(out[7], 2);
  stddev(kExample, 8, 1.5, out);
  EXPECT_DOUBLE_EQ(out[7], 3);
}

TEST(Stddev, FlatWindowIsZero) {
  // TA-Lib returns 0 for a variance below 1e-8, rounding noise of its running sums included.
  const std::vector<double> in = {4100.25, 4100.25, 4100.25, 4100.25};
  std::vector<double> out(in.size());
  stddev(in, 3, 1, out);
  EXPECT_EQ(out[2], 0);
  EXPECT_EQ(out[3], 0);
}

TEST(Variance, IsThePopulationVariance) {
  std::vector<double> out(kExample.size());
  variance(kExample, 8, out);
  EXPECT_DOUBLE_EQ(out[7], 4);
  // Period 2 on 4, 4, 5: 0, then ((4-4.5)^2 + (5-4.5)^2) / 2 = 0.25.
  variance(std::vector<double>{4, 4, 5}, 2, out);
  EXPECT_EQ(out[1], 0);
  EXPECT_DOUBLE_EQ(out[2], 0.25);
}

TEST(Variance, StreamMatchesBatchBitForBit) {
  const std::vector<double> in = {101.5, 99.25, 100.75, 102, 98.5, 97.25, 103.5};
  std::vector<double> out(in.size());
  variance(in, 3, out);
  VarianceStream stream(3);
  for (std::size_t i = 0; i < in.size(); ++i) {
    EXPECT_EQ(stream.update(in[i]), i >= 2);
    if (i >= 2) {
      EXPECT_EQ(stream.variance(), out[i]) << i;
    }
  }
}

}  // namespace
}  // namespace qtb::ind
