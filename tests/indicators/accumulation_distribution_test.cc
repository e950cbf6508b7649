#include "indicators/accumulation_distribution.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace qtb::ind {
namespace {

// Bar 0: ((11 - 8) - (12 - 11)) / (12 - 8) * 100 = 50
// Bar 1: high == low adds nothing
// Bar 2: ((7 - 6) - (10 - 7)) / 4 * 200 = -100
// Bar 3: ((10 - 0) - (10 - 10)) / 10 * 10 = 10
// AD: 50, 50, -50, -40
const std::vector<double> kHigh = {12, 10, 10, 10};
const std::vector<double> kLow = {8, 10, 6, 0};
const std::vector<double> kClose = {11, 10, 7, 10};
const std::vector<double> kVolume = {100, 300, 200, 10};

TEST(Ad, AccumulatesCloseLocationTimesVolume) {
  std::vector<double> out(4);
  ad(kHigh, kLow, kClose, kVolume, out);
  EXPECT_EQ(out, (std::vector<double>{50, 50, -50, -40}));
}

TEST(Adosc, EmasSeededWithTheFirstAdValue) {
  // fast 2: k = 2/3; slow 3: k = 1/2; both start at AD[0] = 50.
  // fast: 50, 50, 2/3 * -50 + 1/3 * 50 = -50/3, 2/3 * -40 + 1/3 * -50/3 = -290/9
  // slow: 50, 50, 0, -20
  std::vector<double> out(4);
  adosc(kHigh, kLow, kClose, kVolume, 2, 3, out);
  EXPECT_TRUE(std::isnan(out[0]));  // lookback max(2, 3) - 1 = 2
  EXPECT_TRUE(std::isnan(out[1]));
  EXPECT_NEAR(out[2], -50.0 / 3, 1e-12);
  EXPECT_NEAR(out[3], -110.0 / 9, 1e-12);  // -290/9 + 20
}

TEST(Adosc, IsAlwaysFastMinusSlowEvenWhenFastIsTheLongerPeriod) {
  std::vector<double> out(4);
  adosc(kHigh, kLow, kClose, kVolume, 3, 2, out);
  EXPECT_NEAR(out[3], 110.0 / 9, 1e-12);
}

TEST(AdoscStream, ProducesTheBatchValues) {
  std::vector<double> batch(4);
  adosc(kHigh, kLow, kClose, kVolume, 2, 3, batch);
  AdoscStream stream(2, 3);
  for (std::size_t i = 0; i < 4; ++i) {
    const double value = stream.update(kHigh[i], kLow[i], kClose[i], kVolume[i]);
    EXPECT_TRUE(std::isnan(batch[i]) ? std::isnan(value) : value == batch[i]) << i;
  }
}

}  // namespace
}  // namespace qtb::ind
