#include "indicators/tema.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace qtb::ind {
namespace {

TEST(Tema, TracksALinearTrendWithoutLag) {
  // Period 2 on 1,2,3,..: e1 lags 0.5 (1.5, 2.5, ..), e2 lags 1 (2, 3, ..) and e3 lags 1.5
  // (seed (2+3)/2 = 2.5 at the fourth value). 3*e1 - 3*e2 + e3 = 3*3.5 - 3*3 + 2.5 = 4.
  const std::vector<double> in = {1, 2, 3, 4, 5, 6, 7};
  std::vector<double> out(in.size());
  tema(in, 2, out);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_TRUE(std::isnan(out[i])) << i;
  for (std::size_t i = 3; i < in.size(); ++i) EXPECT_NEAR(out[i], in[i], 1e-12) << i;
}

TEST(Tema, ConstantInputGivesTheConstant) {
  const std::vector<double> in(20, 42.5);
  std::vector<double> out(in.size());
  tema(in, 5, out);
  EXPECT_TRUE(std::isnan(out[11]));  // lookback 3 * (5 - 1) = 12
  for (std::size_t i = 12; i < in.size(); ++i) EXPECT_DOUBLE_EQ(out[i], 42.5);
}

}  // namespace
}  // namespace qtb::ind
