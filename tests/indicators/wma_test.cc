#include "indicators/wma.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace qtb::ind {
namespace {

TEST(Wma, WeighsTheNewestValueMost) {
  // Period 3, weights 1,2,3 over 6: (6*1 + 12*2 + 18*3) / 6 = 84 / 6 = 14,
  // (12 + 36 + 72) / 6 = 20, (18 + 48 + 90) / 6 = 26.
  const std::vector<double> in = {6, 12, 18, 24, 30};
  std::vector<double> out(in.size());
  wma(in, 3, out);
  EXPECT_TRUE(std::isnan(out[0]));
  EXPECT_TRUE(std::isnan(out[1]));
  EXPECT_DOUBLE_EQ(out[2], 14);
  EXPECT_DOUBLE_EQ(out[3], 20);
  EXPECT_DOUBLE_EQ(out[4], 26);
}

TEST(Wma, StreamMatchesBatchOnAShortSeries) {
  const std::vector<double> in = {3, 1, 4, 1, 5, 9, 2, 6};
  std::vector<double> out(in.size());
  wma(in, 4, out);
  WmaStream stream(4);
  for (std::size_t i = 0; i < in.size(); ++i) {
    const double s = stream.update(in[i]);
    if (i < 3) {
      EXPECT_TRUE(std::isnan(s));
    } else {
      EXPECT_EQ(s, out[i]) << i;
    }
  }
  // Last window 5, 9, 2, 6: (5 + 18 + 6 + 24) / 10 = 5.3.
  EXPECT_DOUBLE_EQ(out[7], 5.3);
}

}  // namespace
}  // namespace qtb::ind
