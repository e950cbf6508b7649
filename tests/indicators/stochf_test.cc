#include "indicators/stochf.h"

#include <gtest/gtest.h>

#include <vector>

#include "expect_series.h"
#include "indicators/indicator.h"

namespace qtb::ind {
namespace {

const std::vector<double> kHigh = {10, 12, 11, 13, 12};
const std::vector<double> kLow = {8, 9, 9, 10, 10};
const std::vector<double> kClose = {9, 11, 10, 12, 11};

TEST(FastK, IsCloseWithinTheWindowRange) {
  // bar 2: HH 12, LL 8: 100 (10 - 8) / 4 = 50; bar 3: HH 13, LL 9: 100 (12 - 9) / 4 = 75;
  // bar 4: HH 13, LL 9: 100 (11 - 9) / 4 = 50.
  std::vector<double> out(kClose.size());
  fast_k(kHigh, kLow, kClose, 3, out);
  EXPECT_SERIES(out, {kNaN, kNaN, 50, 75, 50});
}

TEST(Stochf, BothLinesStartAtTheTotalLookback) {
  // fastD = SMA2 of fastK: bar 3 (50 + 75) / 2 = 62.5, bar 4 (75 + 50) / 2 = 62.5.
  // Lookback 2 + 1 = 3, so fastK's 50 on bar 2 is not reported (TA-Lib).
  std::vector<double> k(kClose.size());
  std::vector<double> d(kClose.size());
  stochf(kHigh, kLow, kClose, 3, 2, MaType::kSma, k, d);
  EXPECT_EQ(stochf_lookback(3, 2, MaType::kSma), 3);
  EXPECT_SERIES(k, {kNaN, kNaN, kNaN, 75, 50});
  EXPECT_SERIES(d, {kNaN, kNaN, kNaN, 62.5, 62.5});
  StochfStream stream(3, 2, MaType::kSma);
  std::vector<double> sk;
  std::vector<double> sd;
  for (std::size_t i = 0; i < kClose.size(); ++i) {
    const StochasticLines lines = stream.update(kHigh[i], kLow[i], kClose[i]);
    sk.push_back(lines.k);
    sd.push_back(lines.d);
  }
  EXPECT_SERIES(sk, {kNaN, kNaN, kNaN, 75, 50});
  EXPECT_SERIES(sd, {kNaN, kNaN, kNaN, 62.5, 62.5});
}

TEST(Stochf, FlatWindowGivesZero) {
  const std::vector<double> flat = {4, 4, 4};
  std::vector<double> k(3);
  std::vector<double> d(3);
  stochf(flat, flat, flat, 2, 1, MaType::kSma, k, d);
  EXPECT_SERIES(k, {kNaN, 0, 0});
  EXPECT_SERIES(d, {kNaN, 0, 0});  // period 1 copies fastK (TA_MA)
}

}  // namespace
}  // namespace qtb::ind
