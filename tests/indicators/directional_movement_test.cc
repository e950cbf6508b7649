#include "indicators/directional_movement.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace qtb::ind {
namespace {

// Bar:        0    1    2    3    4    5
// high       10   12   11   13   12   14
// low         8    9    7   10    9   11
// close       9   11    8   12   10   13
// +DM1            2    0    2    0    2     (high - previous high when it beats the low's drop)
// -DM1            0    2    0    1    0     (previous low - low when it beats the high's rise)
// TR1             3    4    5    3    4
// Period 2 seeds with bar 1's values (+DM 2, -DM 0, TR 3), then x = x - x/2 + x1:
// bar 2: +DM 1,    -DM 2,   TR 5.5    DX = 100 * |1 - 2| / (1 + 2)        = 100/3
// bar 3: +DM 2.5,  -DM 1,   TR 7.75   DX = 100 * 1.5 / 3.5                = 300/7
// bar 4: +DM 1.25, -DM 1.5, TR 6.875  DX = 100 * 0.25 / 2.75              = 100/11
// bar 5: +DM 2.625,-DM 0.75,TR 7.4375 DX = 100 * 1.875 / 3.375            = 500/9
const std::vector<double> kHigh = {10, 12, 11, 13, 12, 14};
const std::vector<double> kLow = {8, 9, 7, 10, 9, 11};
const std::vector<double> kClose = {9, 11, 8, 12, 10, 13};

using Batch = void (*)(std::span<const double>, std::span<const double>, std::span<const double>,
                       int, std::span<double>);

std::vector<double> run(Batch batch, int period) {
  std::vector<double> out(kClose.size());
  batch(kHigh, kLow, kClose, period, out);
  return out;
}

TEST(DirectionalIndicators, WilderSmoothedDmOverTr) {
  const std::vector<double> plus = run(&plus_di, 2);
  const std::vector<double> minus = run(&minus_di, 2);
  EXPECT_TRUE(std::isnan(plus[1]));
  EXPECT_TRUE(std::isnan(minus[1]));
  EXPECT_DOUBLE_EQ(plus[2], 100 * 1 / 5.5);
  EXPECT_DOUBLE_EQ(minus[2], 100 * 2 / 5.5);
  EXPECT_DOUBLE_EQ(plus[3], 100 * 2.5 / 7.75);
  EXPECT_DOUBLE_EQ(minus[3], 100 * 1 / 7.75);
  EXPECT_DOUBLE_EQ(plus[5], 100 * 2.625 / 7.4375);
  EXPECT_DOUBLE_EQ(minus[5], 100 * 0.75 / 7.4375);
}

TEST(DirectionalIndicators, PeriodOneIsTheOneBarRatioWithoutPercentAsTalibDoes) {
  const std::vector<double> plus = run(&plus_di, 1);
  const std::vector<double> minus = run(&minus_di, 1);
  EXPECT_TRUE(std::isnan(plus[0]));
  EXPECT_DOUBLE_EQ(plus[1], 2.0 / 3);  // +DM1 / TR1
  EXPECT_EQ(minus[1], 0);
  EXPECT_DOUBLE_EQ(minus[2], 2.0 / 4);
}

TEST(Dx, IsTheDiSpreadOverTheDiSum) {
  const std::vector<double> out = run(&dx, 2);
  EXPECT_TRUE(std::isnan(out[1]));
  EXPECT_NEAR(out[2], 100.0 / 3, 1e-12);
  EXPECT_NEAR(out[3], 300.0 / 7, 1e-12);
  EXPECT_NEAR(out[4], 100.0 / 11, 1e-12);
  EXPECT_NEAR(out[5], 500.0 / 9, 1e-12);
}

TEST(Dx, IsZeroUntilThereIsDirectionalMovement) {
  // Identical bars: DM1 = 0 (TR1 = 2), so +DI + -DI = 0 and DX is undefined: TA-Lib writes 0
  // first and then repeats the previous DX.
  const std::vector<double> high = {10, 10, 10, 10};
  const std::vector<double> low = {8, 8, 8, 8};
  const std::vector<double> close = {9, 9, 9, 9};
  std::vector<double> out(4);
  dx(high, low, close, 2, out);
  EXPECT_EQ(out[2], 0);
  EXPECT_EQ(out[3], 0);
  // A flat series has TR = 0 as well.
  const std::vector<double> flat = {5, 5, 5, 5};
  dx(flat, flat, flat, 2, out);
  EXPECT_EQ(out[2], 0);
  EXPECT_EQ(out[3], 0);
}

TEST(Adx, SeedsWithMeanDxThenSmoothsLikeWilder) {
  const std::vector<double> out = run(&adx, 2);
  EXPECT_TRUE(std::isnan(out[2]));            // lookback 2 * 2 - 1 = 3
  EXPECT_NEAR(out[3], 800.0 / 21, 1e-12);     // (100/3 + 300/7) / 2
  EXPECT_NEAR(out[4], 5450.0 / 231, 1e-12);   // (800/21 + 100/11) / 2
  EXPECT_NEAR(out[5], 27425.0 / 693, 1e-12);  // (5450/231 + 500/9) / 2
}

TEST(Adxr, AveragesAdxWithItsValuePeriodMinusOneBarsAgo) {
  const std::vector<double> out = run(&adxr, 2);
  EXPECT_TRUE(std::isnan(out[3]));             // lookback 3 * 2 - 2 = 4
  EXPECT_NEAR(out[4], 14250.0 / 462, 1e-12);   // (5450/231 + 800/21) / 2
  EXPECT_NEAR(out[5], 43775.0 / 1386, 1e-12);  // (27425/693 + 5450/231) / 2
}

}  // namespace
}  // namespace qtb::ind
