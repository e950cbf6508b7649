#include "indicators/trix.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "expect_series.h"
#include "indicators/indicator.h"

namespace qtb::ind {
namespace {

TEST(Trix, IsThePercentChangeOfATripleEma) {
  // EMA2 (k 2/3) of 1 2 4 8 16: e1 = 3/2, 19/6, 115/18, 691/54 (bars 1..4);
  // e2 = 7/3, 136/27, 827/81 (bars 2..4); e3 = 199/54, 3905/486 (bars 3..4).
  // TRIX bar 4 = (3905/486 / (199/54) - 1) 100 = (3905/1791 - 1) 100 = 211400/1791.
  const std::vector<double> closes = {1, 2, 4, 8, 16};
  EXPECT_EQ(trix_lookback(2), 4);
  std::vector<double> out(closes.size());
  trix(closes, 2, out);
  EXPECT_TRUE(std::isnan(out[3]));
  EXPECT_NEAR(out[4], 211400.0 / 1791, 1e-10);
  TrixStream stream(2);
  std::vector<double> streamed;
  for (const double c : closes) streamed.push_back(stream.update(c));
  EXPECT_TRUE(std::isnan(streamed[3]));
  EXPECT_NEAR(streamed[4], 211400.0 / 1791, 1e-10);
}

}  // namespace
}  // namespace qtb::ind
