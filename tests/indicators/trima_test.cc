#include "indicators/trima.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

#include "indicators/sma.h"

namespace qtb::ind {
namespace {

TEST(Trima, EvenPeriodWeighsTheMiddleTwice) {
  // Period 4, weights 1,2,2,1 (sum 6), TA-Lib's own example: (1 + 4 + 8 + 8) / 6 = 3.5,
  // then (2 + 8 + 16 + 16) / 6 = 7.
  const std::vector<double> in = {1, 2, 4, 8, 16};
  std::vector<double> out(in.size());
  trima(in, 4, out);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_TRUE(std::isnan(out[i]));
  EXPECT_DOUBLE_EQ(out[3], 3.5);
  EXPECT_DOUBLE_EQ(out[4], 7);
}

TEST(Trima, OddPeriodPeaksInTheMiddle) {
  // Period 5, weights 1,2,3,2,1 (sum 9): (1 + 4 + 12 + 16 + 16) / 9 = 49 / 9, then twice that.
  const std::vector<double> in = {1, 2, 4, 8, 16, 32};
  std::vector<double> out(in.size());
  trima(in, 5, out);
  EXPECT_TRUE(std::isnan(out[3]));
  EXPECT_DOUBLE_EQ(out[4], 49.0 / 9);
  EXPECT_DOUBLE_EQ(out[5], 98.0 / 9);
}

// TRIMA(p) = SMA(SMA(x, ceil(p/2)), floor(p/2) + 1), the textbook definition (ta_TRIMA.c).
TEST(Trima, EqualsAnSmaOfAnSmaOnRandomSeries) {
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> price(50, 150);
  std::vector<double> in(200);
  for (double& x : in) x = price(rng);
  for (int p = 2; p <= 13; ++p) {
    std::vector<double> inner(in.size());
    std::vector<double> model(in.size());
    const int first = (p + 1) / 2;
    const int second = p / 2 + 1;
    sma(in, first, inner);
    const auto skip = static_cast<std::size_t>(first - 1);
    sma(std::span<const double>(inner).subspan(skip), second,
        std::span<double>(model).subspan(skip));
    std::vector<double> out(in.size());
    trima(in, p, out);
    for (std::size_t i = 0; i < in.size(); ++i) {
      if (i + 1 < static_cast<std::size_t>(p)) {
        EXPECT_TRUE(std::isnan(out[i])) << p << " " << i;
      } else {
        EXPECT_NEAR(out[i], model[i], 1e-10 * model[i]) << p << " " << i;
      }
    }
  }
}

TEST(Trima, StreamMatchesBatchBitForBit) {
  const std::vector<double> in = {5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 5};
  for (int p : {2, 3, 4, 5}) {
    std::vector<double> out(in.size());
    trima(in, p, out);
    TrimaStream stream(p);
    for (std::size_t i = 0; i < in.size(); ++i) {
      const double s = stream.update(in[i]);
      if (std::isnan(out[i])) {
        EXPECT_TRUE(std::isnan(s));
      } else {
        EXPECT_EQ(s, out[i]) << p << " " << i;
      }
    }
  }
}

}  // namespace
}  // namespace qtb::ind
