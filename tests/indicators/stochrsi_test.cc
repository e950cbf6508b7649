#include "indicators/stochrsi.h"

#include <gtest/gtest.h>

#include <vector>

#include "expect_series.h"
#include "indicators/indicator.h"

namespace qtb::ind {
namespace {

TEST(StochRsi, IsTheFastStochasticOfRsi) {
  // RSI(2) of 1 2 3 2 4 3: 100, 50, 250/3 (rsi_test), then G = 1.25 / 2, L = (0.25 + 1) / 2,
  // both 0.625 -> 50. fastK(2) over RSI: bar 3 (50 - 50) / 50 = 0, bar 4 100, bar 5 0.
  // fastD = SMA2: bar 4 50, bar 5 50. Lookback 2 + 1 + 1 = 4.
  const std::vector<double> closes = {1, 2, 3, 2, 4, 3};
  EXPECT_EQ(stochrsi_lookback(2, 2, 2, MaType::kSma), 4);
  std::vector<double> k(closes.size());
  std::vector<double> d(closes.size());
  stochrsi(closes, 2, 2, 2, MaType::kSma, k, d);
  EXPECT_SERIES(k, {kNaN, kNaN, kNaN, kNaN, 100, 0});
  EXPECT_SERIES(d, {kNaN, kNaN, kNaN, kNaN, 50, 50});
  StochRsiStream stream(2, 2, 2, MaType::kSma);
  std::vector<double> sk;
  for (const double c : closes) sk.push_back(stream.update(c).k);
  EXPECT_SERIES(sk, {kNaN, kNaN, kNaN, kNaN, 100, 0});
}

}  // namespace
}  // namespace qtb::ind
