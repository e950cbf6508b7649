#include "indicators/bop.h"

#include <gtest/gtest.h>

#include <vector>

#include "expect_series.h"

namespace qtb::ind {
namespace {

TEST(Bop, IsBodyOverRangeAndZeroForAFlatBar) {
  // (11 - 10) / (12 - 8) = 0.25; (9 - 10) / (12 - 8) = -0.25; high == low -> 0.
  const std::vector<double> open = {10, 10, 5};
  const std::vector<double> high = {12, 12, 5};
  const std::vector<double> low = {8, 8, 5};
  const std::vector<double> close = {11, 9, 5};
  std::vector<double> out(3);
  bop(open, high, low, close, out);
  EXPECT_SERIES(out, {0.25, -0.25, 0});
  EXPECT_EQ(bop_of(10, 12, 8, 11), 0.25);
}

}  // namespace
}  // namespace qtb::ind
