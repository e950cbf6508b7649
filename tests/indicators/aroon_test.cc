#include "indicators/aroon.h"

#include <gtest/gtest.h>

#include <vector>

#include "expect_series.h"
#include "indicators/indicator.h"

namespace qtb::ind {
namespace {

// Period 3 looks at 4 bars. Highs 7 on bars 1 and 2, lows 3 on bars 1 and 3: ties go to the
// later bar (TA-Lib).
const std::vector<double> kHigh = {5, 7, 7, 4, 3, 2};
const std::vector<double> kLow = {4, 3, 5, 3, 2, 1};

TEST(Aroon, CountsBarsSinceTheExtremeLatestOnTies) {
  // bar 3: high at bar 2 (1 bar ago): up 100/3 (3 - 1) = 200/3; low at bar 3: down 100.
  // bar 4: high at bar 2: up 100/3; low 2 at bar 4: down 100.
  // bar 5: high at bar 2 (3 bars ago): up 0; low 1 at bar 5: down 100.
  std::vector<double> down(kHigh.size());
  std::vector<double> up(kHigh.size());
  aroon(kHigh, kLow, 3, down, up);
  EXPECT_SERIES(up, {kNaN, kNaN, kNaN, 200.0 / 3, 100.0 / 3, 0});
  EXPECT_SERIES(down, {kNaN, kNaN, kNaN, 100, 100, 100});
}

TEST(AroonOsc, IsUpMinusDown) {
  // 100/3 (index_high - index_low): (2 - 3), (2 - 4), (2 - 5).
  std::vector<double> out(kHigh.size());
  aroonosc(kHigh, kLow, 3, out);
  EXPECT_SERIES(out, {kNaN, kNaN, kNaN, -100.0 / 3, -200.0 / 3, -100});
  AroonStream stream(3);
  std::vector<double> streamed;
  for (std::size_t i = 0; i < kHigh.size(); ++i) {
    streamed.push_back(stream.update_oscillator(kHigh[i], kLow[i]));
  }
  EXPECT_SERIES(streamed, {kNaN, kNaN, kNaN, -100.0 / 3, -200.0 / 3, -100});
}

}  // namespace
}  // namespace qtb::ind
