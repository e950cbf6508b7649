#include "indicators/stoch.h"

#include <gtest/gtest.h>

#include <vector>

#include "expect_series.h"
#include "indicators/indicator.h"

namespace qtb::ind {
namespace {

TEST(Stoch, SmoothsFastKTwice) {
  const std::vector<double> high = {10, 12, 11, 13, 12, 14};
  const std::vector<double> low = {8, 9, 9, 10, 10, 11};
  const std::vector<double> close = {9, 11, 10, 12, 11, 14};
  // fastK (period 3): 50, 75, 50 (see stochf_test), bar 5: HH 14, LL 10: 100 (14 - 10) / 4 = 100.
  // slowK = SMA2: 62.5, 62.5, 75; slowD = SMA2 of slowK: 62.5, 68.75. Lookback 2 + 1 + 1 = 4.
  const StochParams p{3, 2, MaType::kSma, 2, MaType::kSma};
  EXPECT_EQ(stoch_lookback(p), 4);
  std::vector<double> k(close.size());
  std::vector<double> d(close.size());
  stoch(high, low, close, p, k, d);
  EXPECT_SERIES(k, {kNaN, kNaN, kNaN, kNaN, 62.5, 75});
  EXPECT_SERIES(d, {kNaN, kNaN, kNaN, kNaN, 62.5, 68.75});
  StochStream stream(p);
  std::vector<double> sk;
  std::vector<double> sd;
  for (std::size_t i = 0; i < close.size(); ++i) {
    const StochasticLines lines = stream.update(high[i], low[i], close[i]);
    sk.push_back(lines.k);
    sd.push_back(lines.d);
  }
  EXPECT_SERIES(sk, {kNaN, kNaN, kNaN, kNaN, 62.5, 75});
  EXPECT_SERIES(sd, {kNaN, kNaN, kNaN, kNaN, 62.5, 68.75});
}

TEST(Stoch, ShortSeriesIsAllNaN) {
  const std::vector<double> v = {1, 2, 3};
  std::vector<double> k(3);
  std::vector<double> d(3);
  stoch(v, v, v, StochParams{}, k, d);
  EXPECT_SERIES(k, {kNaN, kNaN, kNaN});
  EXPECT_SERIES(d, {kNaN, kNaN, kNaN});
}

}  // namespace
}  // namespace qtb::ind
