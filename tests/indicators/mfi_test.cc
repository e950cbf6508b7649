#include "indicators/mfi.h"

#include <gtest/gtest.h>

#include <vector>

#include "expect_series.h"
#include "indicators/indicator.h"

namespace qtb::ind {
namespace {

TEST(Mfi, IsThePositiveShareOfMoneyFlow) {
  // high = low = close = typical price 10 11 10 10 12, volume 1 100 200 300 400.
  // Flows: bar 1 up 11 * 100 = 1100; bar 2 down 10 * 200 = 2000; bar 3 unchanged: none;
  // bar 4 up 12 * 400 = 4800. Period 2: bar 2 100 * 1100 / 3100 = 1100/31; bar 3 0; bar 4 100.
  const std::vector<double> tp = {10, 11, 10, 10, 12};
  const std::vector<double> volume = {1, 100, 200, 300, 400};
  std::vector<double> out(tp.size());
  mfi(tp, tp, tp, volume, 2, out);
  EXPECT_SERIES(out, {kNaN, kNaN, 1100.0 / 31, 0, 100});
  MfiStream stream(2);
  std::vector<double> streamed;
  for (std::size_t i = 0; i < tp.size(); ++i) {
    streamed.push_back(stream.update(tp[i], tp[i], tp[i], volume[i]));
  }
  EXPECT_SERIES(streamed, {kNaN, kNaN, 1100.0 / 31, 0, 100});
}

TEST(Mfi, NoVolumeIsZero) {
  const std::vector<double> tp = {1, 2, 3};
  const std::vector<double> volume = {0, 0, 0};
  std::vector<double> out(3);
  mfi(tp, tp, tp, volume, 2, out);
  EXPECT_SERIES(out, {kNaN, kNaN, 0});
}

}  // namespace
}  // namespace qtb::ind
