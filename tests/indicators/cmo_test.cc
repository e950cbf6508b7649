#include "indicators/cmo.h"

#include <gtest/gtest.h>

#include <vector>

#include "expect_series.h"
#include "indicators/indicator.h"

namespace qtb::ind {
namespace {

TEST(Cmo, UsesWilderAveragesOfGainsAndLosses) {
  // Closes 1 2 3 2 4, the RSI example: (G, L) = (1, 0), (0.5, 0.5), (1.25, 0.25).
  // CMO = 100 (G - L) / (G + L): 100, 0, 100 * 1 / 1.5 = 200 / 3.
  const std::vector<double> closes = {1, 2, 3, 2, 4};
  std::vector<double> out(closes.size());
  cmo(closes, 2, out);
  EXPECT_SERIES(out, {kNaN, kNaN, 100, 0, 200.0 / 3});
  CmoStream stream(2);
  std::vector<double> streamed;
  for (const double c : closes) streamed.push_back(stream.update(c));
  EXPECT_SERIES(streamed, {kNaN, kNaN, 100, 0, 200.0 / 3});
}

TEST(Cmo, FlatSeriesIsZero) {
  const std::vector<double> flat = {3, 3, 3};
  std::vector<double> out(flat.size());
  cmo(flat, 2, out);
  EXPECT_SERIES(out, {kNaN, kNaN, 0});
}

}  // namespace
}  // namespace qtb::ind
