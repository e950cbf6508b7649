#include "indicators/linear_regression.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <random>
#include <vector>

namespace qtb::ind {
namespace {

std::vector<double> run(const std::vector<double>& in, int period, RegressionOutput output) {
  std::vector<double> out(in.size());
  linear_regression(in, period, output, out);
  return out;
}

// Window [1, 3, 2] at x = 0, 1, 2: mean x 1, mean y 2, Sxy = (-1)(-1) + 0 + (1)(0) = 1,
// Sxx = 2, so m = 0.5 and b = 2 - 0.5 * 1 = 1.5.
// Window [3, 2, 6]: mean y 11/3, Sxy = (-1)(-2/3) + (1)(7/3) = 3, m = 1.5, b = 11/3 - 1.5 = 13/6.
const std::vector<double> kSeries = {1, 3, 2, 6};

TEST(LinearRegression, HandComputedLineOverThreeBars) {
  const auto value = run(kSeries, 3, RegressionOutput::kValue);
  const auto slope = run(kSeries, 3, RegressionOutput::kSlope);
  const auto intercept = run(kSeries, 3, RegressionOutput::kIntercept);
  const auto forecast = run(kSeries, 3, RegressionOutput::kForecast);
  const auto angle = run(kSeries, 3, RegressionOutput::kAngle);
  EXPECT_TRUE(std::isnan(value[1]));  // lookback period - 1
  EXPECT_NEAR(slope[2], 0.5, 1e-12);
  EXPECT_NEAR(intercept[2], 1.5, 1e-12);
  EXPECT_NEAR(value[2], 2.5, 1e-12);                                      // b + 2m
  EXPECT_NEAR(forecast[2], 3.0, 1e-12);                                   // b + 3m
  EXPECT_NEAR(angle[2], std::atan(0.5) * 180 / std::numbers::pi, 1e-12);  // 26.565...
  EXPECT_NEAR(slope[3], 1.5, 1e-12);
  EXPECT_NEAR(intercept[3], 13.0 / 6, 1e-12);
  EXPECT_NEAR(value[3], 31.0 / 6, 1e-12);     // 13/6 + 3
  EXPECT_NEAR(forecast[3], 40.0 / 6, 1e-12);  // 13/6 + 4.5
}

TEST(LinearRegression, AStraightLineIsReproducedExactly) {
  // y = 2t + 1: slope 2 and 45-degree-plus angle atan(2), the value is the last point.
  std::vector<double> line;
  for (int t = 0; t < 10; ++t) line.push_back(2 * t + 1);
  const auto value = run(line, 4, RegressionOutput::kValue);
  const auto slope = run(line, 4, RegressionOutput::kSlope);
  for (std::size_t t = 3; t < line.size(); ++t) {
    EXPECT_NEAR(value[t], line[t], 1e-12) << t;
    EXPECT_NEAR(slope[t], 2, 1e-12) << t;
  }
}

// The naive model: TA-Lib's formulas re-summed over each window.
double naive(const std::vector<double>& in, std::size_t t, int period, RegressionOutput output) {
  const double p = period;
  double sum_y = 0, sum_xy = 0;
  for (int i = period - 1; i >= 0; --i) {
    const double y = in[t - static_cast<std::size_t>(i)];
    sum_y += y;
    sum_xy += i * y;
  }
  const double sum_x = p * (p - 1) / 2;
  const double sum_x2 = p * (p - 1) * (2 * p - 1) / 6;
  const double m = (p * sum_xy - sum_x * sum_y) / (sum_x * sum_x - p * sum_x2);
  const double b = (sum_y - m * sum_x) / p;
  switch (output) {
    case RegressionOutput::kSlope:
      return m;
    case RegressionOutput::kAngle:
      return std::atan(m) * 180 / std::numbers::pi;
    case RegressionOutput::kIntercept:
      return b;
    case RegressionOutput::kForecast:
      return b + m * p;
    case RegressionOutput::kValue:
      break;
  }
  return b + m * (p - 1);
}

TEST(LinearRegression, RollingSumsStayWithinToleranceOfReSummingOnALongSeries) {
  std::mt19937_64 rng(7);
  std::normal_distribution<double> step(0.0, 10.0);
  std::vector<double> prices = {4000};
  for (int i = 1; i < 20000; ++i) prices.push_back(prices.back() + step(rng));
  for (const int period : {2, 14, 50}) {
    for (const auto output : {RegressionOutput::kValue, RegressionOutput::kSlope,
                              RegressionOutput::kIntercept, RegressionOutput::kForecast}) {
      const auto batch = run(prices, period, output);
      LinearRegressionStream stream(period, output);
      for (std::size_t t = 0; t < prices.size(); ++t) {
        const double streamed = stream.update(prices[t]);
        if (t + 1 < static_cast<std::size_t>(period)) continue;
        const double expected = naive(prices, t, period, output);
        ASSERT_NEAR(batch[t], expected, 1e-9 * std::max(std::fabs(expected), 1.0)) << t;
        ASSERT_EQ(streamed, batch[t]) << t;
      }
    }
  }
}

}  // namespace
}  // namespace qtb::ind
