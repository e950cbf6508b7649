#include "indicators/realized_volatility.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

namespace qtb::ind {
namespace {

TEST(RealizedVolatility, SampleStdDevOfLogReturnsAnnualised) {
  // Log returns r, -r, r with r = ln(1.1).
  // Period 2, window [r, -r]: mean 0, squared deviations 2 r^2, sample variance 2 r^2 / 1,
  // so vol = r sqrt(2) sqrt(252).
  // Period 3, window [r, -r, r]: mean r/3, deviations 2r/3, -4r/3, 2r/3, squares 24 r^2 / 9,
  // variance (8/3) r^2 / 2 = 4 r^2 / 3, so vol = 2 r / sqrt(3) * sqrt(252).
  const std::vector<double> close = {100, 110, 100, 110};
  const double r = std::log(1.1);
  std::vector<double> out(4);
  realized_volatility(close, 2, 252, out);
  EXPECT_TRUE(std::isnan(out[1]));  // lookback = period
  EXPECT_NEAR(out[2], r * std::sqrt(2.0) * std::sqrt(252.0), 1e-12);
  EXPECT_NEAR(out[3], r * std::sqrt(2.0) * std::sqrt(252.0), 1e-12);
  realized_volatility(close, 3, 252, out);
  EXPECT_TRUE(std::isnan(out[2]));
  EXPECT_NEAR(out[3], 2 * r / std::sqrt(3.0) * std::sqrt(252.0), 1e-12);
}

TEST(RealizedVolatility, PeriodsPerYearScalesBySquareRoot) {
  const std::vector<double> close = {100, 110, 100};
  std::vector<double> daily(3);
  std::vector<double> weekly(3);
  realized_volatility(close, 2, 252, daily);
  realized_volatility(close, 2, 52, weekly);
  EXPECT_NEAR(daily[2] / weekly[2], std::sqrt(252.0 / 52), 1e-12);
}

TEST(RealizedVolatility, ConstantGrowthHasZeroVolatility) {
  std::vector<double> close = {100};
  for (int i = 0; i < 30; ++i) close.push_back(close.back() * 1.01);
  std::vector<double> out(close.size());
  realized_volatility(close, 5, 252, out);
  for (std::size_t i = 5; i < out.size(); ++i) EXPECT_NEAR(out[i], 0, 1e-9) << i;
}

TEST(RealizedVolatility, RollingUpdateMatchesTwoPassOnALongSeries) {
  std::mt19937_64 rng(11);
  std::normal_distribution<double> step(0.0, 0.02);
  std::vector<double> close = {100};
  for (int i = 1; i < 20000; ++i) close.push_back(close.back() * std::exp(step(rng)));
  const int period = 20;
  std::vector<double> out(close.size());
  realized_volatility(close, period, 252, out);
  RealizedVolatilityStream stream(period, 252);
  for (std::size_t t = 0; t < close.size(); ++t) {
    const double streamed = stream.update(close[t]);
    if (t < static_cast<std::size_t>(period)) {
      ASSERT_TRUE(std::isnan(out[t]) && std::isnan(streamed)) << t;
      continue;
    }
    double mean = 0;
    for (std::size_t i = t + 1 - period; i <= t; ++i) mean += std::log(close[i] / close[i - 1]);
    mean /= period;
    double m2 = 0;
    for (std::size_t i = t + 1 - period; i <= t; ++i) {
      const double d = std::log(close[i] / close[i - 1]) - mean;
      m2 += d * d;
    }
    const double expected = std::sqrt(m2 / (period - 1)) * std::sqrt(252.0);
    ASSERT_NEAR(out[t], expected, 1e-9 * expected) << t;
    ASSERT_EQ(streamed, out[t]) << t;
  }
}

}  // namespace
}  // namespace qtb::ind
