#include "indicators/dema.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace qtb::ind {
namespace {

TEST(Dema, TracksALinearTrendWithoutLag) {
  // Period 2, k = 2/3. EMA of 1,2,3,..: seed (1+2)/2 = 1.5, then 2.5, 3.5, .. (lag 0.5).
  // EMA of that: seed (1.5+2.5)/2 = 2, then 3, 4, .. (lag 1). DEMA = 2*e1 - e2: at the third
  // value 2*2.5 - 2 = 3, the input itself; lookback 2 * (2 - 1) = 2.
  const std::vector<double> in = {1, 2, 3, 4, 5, 6};
  std::vector<double> out(in.size());
  dema(in, 2, out);
  EXPECT_TRUE(std::isnan(out[0]));
  EXPECT_TRUE(std::isnan(out[1]));
  for (std::size_t i = 2; i < in.size(); ++i) EXPECT_NEAR(out[i], in[i], 1e-12) << i;
}

TEST(Dema, SecondEmaIsSeededFromTheFirstEmasOutputs) {
  // Period 3, k = 1/2 on 3, 6, 9, 3, 3: e1 = 6 (seed), (3-6)/2+6 = 4.5, (3-4.5)/2+4.5 = 3.75.
  // e2 seeds at the third e1 value: (6 + 4.5 + 3.75) / 3 = 4.75; DEMA = 7.5 - 4.75 = 2.75.
  const std::vector<double> in = {3, 6, 9, 3, 3};
  std::vector<double> out(in.size());
  dema(in, 3, out);
  for (std::size_t i = 0; i < 4; ++i) EXPECT_TRUE(std::isnan(out[i])) << i;
  EXPECT_DOUBLE_EQ(out[4], 2.75);
}

}  // namespace
}  // namespace qtb::ind
