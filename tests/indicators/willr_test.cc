#include "indicators/willr.h"

#include <gtest/gtest.h>

#include <vector>

#include "expect_series.h"
#include "indicators/indicator.h"

namespace qtb::ind {
namespace {

TEST(Willr, IsDistanceBelowTheHighestHighInPercent) {
  // bar 2: HH 12, LL 8: -100 (12 - 10) / 4 = -50; bar 3: HH 13, LL 9: -100 (13 - 12) / 4 = -25.
  const std::vector<double> high = {10, 12, 11, 13};
  const std::vector<double> low = {8, 9, 9, 10};
  const std::vector<double> close = {9, 11, 10, 12};
  std::vector<double> out(close.size());
  willr(high, low, close, 3, out);
  EXPECT_SERIES(out, {kNaN, kNaN, -50, -25});
  WillrStream stream(3);
  std::vector<double> streamed;
  for (std::size_t i = 0; i < close.size(); ++i) {
    streamed.push_back(stream.update(high[i], low[i], close[i]));
  }
  EXPECT_SERIES(streamed, {kNaN, kNaN, -50, -25});
}

TEST(Willr, FlatWindowIsZero) {
  const std::vector<double> v = {7, 7};
  std::vector<double> out(2);
  willr(v, v, v, 2, out);
  EXPECT_SERIES(out, {kNaN, 0});
}

}  // namespace
}  // namespace qtb::ind
