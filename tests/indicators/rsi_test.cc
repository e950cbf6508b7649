#include "indicators/rsi.h"

#include <gtest/gtest.h>

#include <vector>

#include "expect_series.h"
#include "indicators/indicator.h"

namespace qtb::ind {
namespace {

// Closes 1 2 3 2 4: changes +1 +1 -1 +2.
const std::vector<double> kCloses = {1, 2, 3, 2, 4};

TEST(Rsi, SeedsWithMeanChangesThenSmoothsLikeWilder) {
  std::vector<double> out(kCloses.size());
  rsi(kCloses, 2, out);
  // bar 2: G = (1 + 1) / 2 = 1, L = 0 -> 100.
  // bar 3: G = (1 * 1 + 0) / 2 = 0.5, L = (0 * 1 + 1) / 2 = 0.5 -> 50.
  // bar 4: G = (0.5 + 2) / 2 = 1.25, L = 0.5 / 2 = 0.25 -> 100 * 1.25 / 1.5 = 250 / 3.
  EXPECT_SERIES(out, {kNaN, kNaN, 100, 50, 250.0 / 3});
}

TEST(Rsi, FlatSeriesIsZeroAsInTalib) {
  const std::vector<double> flat = {5, 5, 5, 5};
  std::vector<double> out(flat.size());
  rsi(flat, 2, out);
  EXPECT_SERIES(out, {kNaN, kNaN, 0, 0});
}

TEST(Rsi, StreamGivesTheBatchValues) {
  RsiStream stream(2);
  std::vector<double> out;
  for (const double c : kCloses) out.push_back(stream.update(c));
  EXPECT_SERIES(out, {kNaN, kNaN, 100, 50, 250.0 / 3});
}

}  // namespace
}  // namespace qtb::ind
