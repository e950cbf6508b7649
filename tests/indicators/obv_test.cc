#include "indicators/obv.h"

#include <gtest/gtest.h>

#include <vector>

namespace qtb::ind {
namespace {

TEST(Obv, AddsVolumeOnUpClosesSubtractsOnDownClosesFromTheFirstVolume) {
  const std::vector<double> close = {10, 11, 11, 9, 12};
  const std::vector<double> volume = {100, 200, 300, 400, 500};
  std::vector<double> out(5);
  obv(close, volume, out);
  // 100; +200 = 300; unchanged close holds 300; -400 = -100; +500 = 400.
  EXPECT_EQ(out, (std::vector<double>{100, 300, 300, -100, 400}));
  ObvStream stream;
  for (std::size_t i = 0; i < 5; ++i) EXPECT_EQ(stream.update(close[i], volume[i]), out[i]);
}

}  // namespace
}  // namespace qtb::ind
