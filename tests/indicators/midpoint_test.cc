#include "indicators/midpoint.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace qtb::ind {
namespace {

TEST(Midpoint, AveragesTheWindowsHighestAndLowest) {
  // Period 3: {1,5,3} -> (5+1)/2 = 3, {5,3,2} -> 3.5, {3,2,4} -> 3 (the 5 has left).
  const std::vector<double> in = {1, 5, 3, 2, 4};
  std::vector<double> out(in.size());
  midpoint(in, 3, out);
  EXPECT_TRUE(std::isnan(out[1]));
  EXPECT_EQ(out[2], 3);
  EXPECT_EQ(out[3], 3.5);
  EXPECT_EQ(out[4], 3);
}

TEST(Midpoint, BatchAndStreamFollowANaiveScanOnASawtooth) {
  std::vector<double> in;
  for (int i = 0; i < 60; ++i) in.push_back(static_cast<double>((i * 7) % 11) - (i % 5));
  std::vector<double> out(in.size());
  midpoint(in, 6, out);
  MidpointStream stream(6);
  for (std::size_t i = 0; i < in.size(); ++i) {
    const double s = stream.update(in[i]);
    if (i < 5) continue;
    double hi = in[i];
    double lo = in[i];
    for (std::size_t j = i - 5; j <= i; ++j) {
      hi = std::max(hi, in[j]);
      lo = std::min(lo, in[j]);
    }
    EXPECT_EQ(s, (hi + lo) / 2) << i;
    EXPECT_EQ(out[i], (hi + lo) / 2) << i;
  }
}

}  // namespace
}  // namespace qtb::ind
