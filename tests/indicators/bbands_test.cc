#include "indicators/bbands.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "indicators/registry.h"
#include "talib_reference.h"

namespace qtb::ind {
namespace {

TEST(Bbands, BandsSitTwoPopulationDeviationsFromTheSma) {
  // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, population variance (9+1+1+1+0+0+4+16)/8 = 4, sd 2.
  // Upper 5 + 2*2 = 9, lower 5 - 2*2 = 1.
  const std::vector<double> in = {2, 4, 4, 4, 5, 5, 7, 9};
  std::vector<double> upper(8), middle(8), lower(8);
  bbands(in, {8, 2, 2, MaType::kSma}, upper, middle, lower);
  EXPECT_TRUE(std::isnan(upper[6]));
  EXPECT_DOUBLE_EQ(middle[7], 5);
  EXPECT_DOUBLE_EQ(upper[7], 9);
  EXPECT_DOUBLE_EQ(lower[7], 1);
}

TEST(Bbands, UpAndDownMultipliersAreIndependent) {
  // Same window: upper 5 + 1*2 = 7, lower 5 - 3*2 = -1.
  const std::vector<double> in = {2, 4, 4, 4, 5, 5, 7, 9};
  std::vector<double> upper(8), middle(8), lower(8);
  bbands(in, {8, 1, 3, MaType::kSma}, upper, middle, lower);
  EXPECT_DOUBLE_EQ(upper[7], 7);
  EXPECT_DOUBLE_EQ(lower[7], -1);
}

TEST(Bbands, OtherMiddleBandTypesKeepTheSmaDeviation) {
  // EMA middle (period 3, k = 1/2) on 1, 2, 6: seed (1+2+6)/3 = 3 equals the SMA; next value 3:
  // EMA (3 - 3)/2 + 3 = 3. Window 2, 6, 3: mean 11/3, variance (4 + 36 + 9)/3 - 121/9 = 26/9.
  const std::vector<double> in = {1, 2, 6, 3};
  std::vector<double> upper(4), middle(4), lower(4);
  bbands(in, {3, 1, 1, MaType::kEma}, upper, middle, lower);
  EXPECT_DOUBLE_EQ(middle[3], 3);
  EXPECT_NEAR(upper[3], 3 + std::sqrt(26.0 / 9), 1e-12);
  EXPECT_NEAR(lower[3], 3 - std::sqrt(26.0 / 9), 1e-12);
}

TEST(Bbands, FlatWindowHasZeroWidth) {
  const std::vector<double> in(6, 100);
  std::vector<double> upper(6), middle(6), lower(6);
  bbands(in, {5, 2, 2, MaType::kSma}, upper, middle, lower);
  EXPECT_EQ(upper[5], 100);
  EXPECT_EQ(lower[5], 100);
}

TEST(Bbands, Period20ReproducesTalibOnSpx) {
  // The fixture's one non-default set: BBANDS(20, 2, 2, SMA).
  const IndicatorRegistry registry = IndicatorRegistry::with_builtins();
  auto indicator = registry.create("bbands", std::vector<double>{20, 2, 2, 0});
  ASSERT_TRUE(indicator.ok());
  const testing::SpxSeries& spx = testing::spx_inputs();
  const std::size_t n = spx.close.size();
  std::vector<double> upper(n), middle(n), lower(n);
  const std::vector<std::span<double>> outputs = {upper, middle, lower};
  (*indicator)->compute(spx.columns(), outputs);
  EXPECT_EQ(testing::compare_with_talib(upper, "BBANDS_20_2_2.upperband"), "");
  EXPECT_EQ(testing::compare_with_talib(middle, "BBANDS_20_2_2.middleband"), "");
  EXPECT_EQ(testing::compare_with_talib(lower, "BBANDS_20_2_2.lowerband"), "");
}

}  // namespace
}  // namespace qtb::ind
