#include "indicators/rolling_extreme.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <vector>

namespace qtb::ind {
namespace {

TEST(RollingExtreme, TracksTheWindowMaximumAndItsLatestBar) {
  RollingExtreme max(RollingExtreme::Kind::kMax, 3);
  max.push(5);
  max.push(7);
  max.push(7);
  EXPECT_EQ(max.value(), 7);
  EXPECT_EQ(max.index(), 2);  // the later of the two 7s
  max.push(4);
  max.push(3);  // bars 2..4: 7 4 3
  EXPECT_EQ(max.index(), 2);
  max.push(2);  // bars 3..5: 4 3 2
  EXPECT_EQ(max.value(), 4);
  EXPECT_EQ(max.index(), 3);
}

TEST(RollingExtreme, MatchesANaiveScanOnRandomInput) {
  std::mt19937_64 rng(7);
  std::uniform_int_distribution<int> digit(0, 9);  // small range: many ties
  for (const std::size_t period : {1u, 2u, 5u, 17u}) {
    RollingExtreme min(RollingExtreme::Kind::kMin, period);
    std::vector<double> seen;
    for (int i = 0; i < 500; ++i) {
      const double v = digit(rng);
      seen.push_back(v);
      min.push(v);
      const std::size_t from = seen.size() > period ? seen.size() - period : 0;
      std::size_t best = from;
      for (std::size_t j = from; j < seen.size(); ++j) {
        if (seen[j] <= seen[best]) best = j;
      }
      ASSERT_EQ(min.value(), seen[best]) << "period " << period << " bar " << i;
      ASSERT_EQ(min.index(), static_cast<int64_t>(best)) << "period " << period << " bar " << i;
    }
  }
}

}  // namespace
}  // namespace qtb::ind
