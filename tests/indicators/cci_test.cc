#include "indicators/cci.h"

#include <gtest/gtest.h>

#include <vector>

#include "expect_series.h"
#include "indicators/indicator.h"

namespace qtb::ind {
namespace {

TEST(Cci, IsDistanceFromMeanInMeanDeviations) {
  // high = low = close, so the typical price is the close: 1 2 6 3.
  // bar 2: mean 3, mean deviation (2 + 1 + 3) / 3 = 2: (6 - 3) / (0.015 * 2) = 100.
  // bar 3: mean 11/3, deviations 5/3, 7/3, 2/3 -> 14/9: (3 - 11/3) / (0.015 * 14/9) = -200/7.
  const std::vector<double> v = {1, 2, 6, 3};
  std::vector<double> out(v.size());
  cci(v, v, v, 3, out);
  EXPECT_SERIES(out, {kNaN, kNaN, 100, -200.0 / 7});
  CciStream stream(3);
  std::vector<double> streamed;
  for (const double x : v) streamed.push_back(stream.update(x, x, x));
  EXPECT_SERIES(streamed, {kNaN, kNaN, 100, -200.0 / 7});
}

TEST(Cci, FlatWindowIsZero) {
  const std::vector<double> v = {2, 2, 2};
  std::vector<double> out(v.size());
  cci(v, v, v, 2, out);
  EXPECT_SERIES(out, {kNaN, 0, 0});
}

}  // namespace
}  // namespace qtb::ind
