#include "indicators/t3.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace qtb::ind {
namespace {

TEST(T3, LagsALinearTrendByOnePointFiveTimesOneMinusVfactor) {
  // Period 2 (k = 2/3): on 1, 2, 3, .. each SMA-seeded EMA stage lags its input by 0.5, so
  // e_j = x - 0.5 j. With a = 0.7: c1 = -0.343, c2 = 2.499, c3 = -6.069, c4 = 4.913 (sum 1),
  // and T3 = x - 0.5 (6 c1 + 5 c2 + 4 c3 + 3 c4) = x - 0.5 * 0.9 = x - 0.45.
  std::vector<double> in(10);
  for (std::size_t i = 0; i < in.size(); ++i) in[i] = static_cast<double>(i + 1);
  std::vector<double> out(in.size());
  t3(in, 2, 0.7, out);
  for (std::size_t i = 0; i < 6; ++i) EXPECT_TRUE(std::isnan(out[i])) << i;  // 6 * (2 - 1)
  for (std::size_t i = 6; i < in.size(); ++i) EXPECT_NEAR(out[i], in[i] - 0.45, 1e-12) << i;
}

TEST(T3, ZeroVfactorIsTheThirdEma) {
  // a = 0 leaves only c4 = 1: T3 = e3, lagging 3 * 0.5 = 1.5 on the same trend.
  std::vector<double> in(8);
  for (std::size_t i = 0; i < in.size(); ++i) in[i] = static_cast<double>(2 * i);
  std::vector<double> out(in.size());
  t3(in, 2, 0.0, out);
  EXPECT_NEAR(out[6], 12 - 2 * 1.5, 1e-12);
  EXPECT_NEAR(out[7], 14 - 2 * 1.5, 1e-12);
}

TEST(T3, StreamMatchesBatchBitForBit) {
  const std::vector<double> in = {5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 5, 3, 8, 9, 9, 1, 2, 3, 4, 5};
  std::vector<double> out(in.size());
  t3(in, 3, 0.7, out);
  T3Stream stream(3, 0.7);
  for (std::size_t i = 0; i < in.size(); ++i) {
    const double s = stream.update(in[i]);
    if (i < 12) {
      EXPECT_TRUE(std::isnan(s)) << i;
    } else {
      EXPECT_EQ(s, out[i]) << i;
    }
  }
}

}  // namespace
}  // namespace qtb::ind
