#include "indicators/roc.h"

#include <gtest/gtest.h>

#include <vector>

#include "expect_series.h"
#include "indicators/indicator.h"
#include "indicators/mom.h"

namespace qtb::ind {
namespace {

const std::vector<double> kCloses = {10, 11, 12, 9, 0, 5, 7};

TEST(Mom, IsTheChangeOverThePeriod) {
  // 12 - 10, 9 - 11, 0 - 12, 5 - 9, 7 - 0.
  std::vector<double> out(kCloses.size());
  mom(kCloses, 2, out);
  EXPECT_SERIES(out, {kNaN, kNaN, 2, -2, -12, -4, 7});
  MomStream stream(2);
  std::vector<double> streamed;
  for (const double c : kCloses) streamed.push_back(stream.update(c));
  EXPECT_SERIES(streamed, {kNaN, kNaN, 2, -2, -12, -4, 7});
}

TEST(Roc, IsPercentChangeAndZeroAfterAZeroPrice) {
  // (12/10 - 1) 100 = 20, (9/11 - 1) 100 = -200/11, -100, (5/9 - 1) 100 = -400/9, prev 0 -> 0.
  std::vector<double> out(kCloses.size());
  roc(kCloses, 2, out);
  EXPECT_SERIES(out, {kNaN, kNaN, 20, -200.0 / 11, -100, -400.0 / 9, 0});
  RocStream stream(RocForm::kPercent, 2);
  std::vector<double> streamed;
  for (const double c : kCloses) streamed.push_back(stream.update(c));
  EXPECT_SERIES(streamed, {kNaN, kNaN, 20, -200.0 / 11, -100, -400.0 / 9, 0});
}

TEST(Rocp, IsFractionalChange) {
  std::vector<double> out(kCloses.size());
  rocp(kCloses, 2, out);
  EXPECT_SERIES(out, {kNaN, kNaN, 0.2, -2.0 / 11, -1, -4.0 / 9, 0});
}

}  // namespace
}  // namespace qtb::ind
