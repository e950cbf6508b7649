#include "indicators/ultosc.h"

#include <gtest/gtest.h>

#include <vector>

#include "expect_series.h"
#include "indicators/indicator.h"

namespace qtb::ind {
namespace {

// Per bar from bar 1, with the previous close: (bp, tr) = (1, 2), (1, 2), (1, 3), (4, 4).
// e.g. bar 3: close 10 - min(low 9, prev 12) = 1; tr = max(12 - 9, |12 - 12|, |12 - 9|) = 3.
const std::vector<double> kHigh = {11, 12, 13, 12, 14};
const std::vector<double> kLow = {9, 10, 11, 9, 12};
const std::vector<double> kClose = {10, 11, 12, 10, 14};

TEST(Ultosc, WeighsTheShortestWindowFourTimes) {
  // Periods 3, 1, 2 are sorted to 1, 2, 3 (weights 4, 2, 1).
  // bar 3: A1 = 1/3, A2 = 2/5, A3 = 3/7: 100 (4/3 + 4/5 + 3/7) / 7 = 26900/735.
  // bar 4: A1 = 1, A2 = 5/7, A3 = 6/9: 100 (4 + 10/7 + 2/3) / 7 = 12800/147.
  EXPECT_EQ(ultosc_lookback(3, 1, 2), 3);
  std::vector<double> out(kClose.size());
  ultosc(kHigh, kLow, kClose, 3, 1, 2, out);
  EXPECT_SERIES(out, {kNaN, kNaN, kNaN, 26900.0 / 735, 12800.0 / 147});
  UltoscStream stream(3, 1, 2);
  std::vector<double> streamed;
  for (std::size_t i = 0; i < kClose.size(); ++i) {
    streamed.push_back(stream.update(kHigh[i], kLow[i], kClose[i]));
  }
  EXPECT_SERIES(streamed, {kNaN, kNaN, kNaN, 26900.0 / 735, 12800.0 / 147});
}

}  // namespace
}  // namespace qtb::ind
