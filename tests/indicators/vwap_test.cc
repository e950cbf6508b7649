#include "indicators/vwap.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace qtb::ind {
namespace {

TEST(Vwap, WeighsTypicalPriceByVolumeOverTheWindow) {
  // Typical prices (12+9+9)/3 = 10, (21+18+21)/3 = 20, (31+29+30)/3 = 30.
  // Period 2: (10*100 + 20*300) / 400 = 17.5; (20*300 + 30*0) / 300 = 20.
  const std::vector<double> high = {12, 21, 31};
  const std::vector<double> low = {9, 18, 29};
  const std::vector<double> close = {9, 21, 30};
  const std::vector<double> volume = {100, 300, 0};
  std::vector<double> out(3);
  vwap({{}, high, low, close, volume}, 2, out);
  EXPECT_TRUE(std::isnan(out[0]));
  EXPECT_DOUBLE_EQ(out[1], 17.5);
  EXPECT_DOUBLE_EQ(out[2], 20);
}

TEST(Vwap, WindowWithoutVolumeHasNoValue) {
  const std::vector<double> price = {10, 10, 10};
  const std::vector<double> volume = {500, 0, 0};
  std::vector<double> out(3);
  vwap({{}, price, price, price, volume}, 2, out);
  EXPECT_DOUBLE_EQ(out[1], 10);
  EXPECT_TRUE(std::isnan(out[2]));
  VwapStream stream(2);
  stream.update(10, 10, 10, 500);
  stream.update(10, 10, 10, 0);
  EXPECT_TRUE(std::isnan(stream.update(10, 10, 10, 0)));
}

}  // namespace
}  // namespace qtb::ind
