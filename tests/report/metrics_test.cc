#include "report/metrics.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace qtb::report {
namespace {

PerformanceMetrics of(const std::vector<double>& equity, const std::vector<double>& pnl = {},
                      MetricsOptions options = {}) {
  const std::vector<double> positions(equity.size(), 0.0);
  return compute_metrics(MetricsInput{equity, positions, pnl}, options);
}

TEST(Metrics, ReturnsVolatilityAndSharpeOfAThreePointCurve) {
  // Equity 100, 110, 99: returns +0.10 and -0.10; mean 0; sample std
  // sqrt((0.01 + 0.01) / 1) = 0.141421356; annual vol = 0.141421356 * sqrt(252) = 2.244994.
  const PerformanceMetrics m = of({100, 110, 99});
  EXPECT_EQ(m.periods, 2u);
  EXPECT_NEAR(m.total_return, -0.01, 1e-12);
  EXPECT_NEAR(m.annual_volatility, 2.2449944320643649, 1e-12);
  EXPECT_NEAR(m.sharpe, 0.0, 1e-12);
  // CAGR = 0.99^(252/2) - 1.
  EXPECT_NEAR(m.cagr, std::pow(0.99, 126.0) - 1, 1e-12);
}

TEST(Metrics, SharpeAndSortinoWithRiskFree) {
  // Returns 0.02, -0.01, 0.03 (equity 100, 102, 100.98, 104.0094); periods/year 4, rf 4%/yr
  // -> 0.01 per period. Excess 0.01, -0.02, 0.02: mean 0.003333..; sample std of returns
  // = 0.0208166600; Sharpe = 0.0033333/0.0208167 * 2 = 0.32025631.
  // Downside deviation = sqrt((0 + 0.0004 + 0) / 3) = 0.0115470054; Sortino = 0.0033333 /
  // 0.0115470054 * 2 = 0.57735027.
  const PerformanceMetrics m = of({100, 102, 100.98, 104.0094}, {}, MetricsOptions{4, 0.04});
  EXPECT_NEAR(m.sharpe, 0.32025630761017426, 1e-9);
  EXPECT_NEAR(m.sortino, 0.57735026918962573, 1e-9);
}

TEST(Metrics, MaxDrawdownDepthAndDuration) {
  // Peak 120 at index 1, trough 90 (-25 %), back above 120 at index 5: 3 periods under water
  // (indexes 2, 3, 4 -> duration measured from the peak to the last point below it = 3).
  const PerformanceMetrics m = of({100, 120, 90, 100, 110, 130, 125});
  EXPECT_NEAR(m.max_drawdown, 0.25, 1e-12);
  EXPECT_EQ(m.max_drawdown_duration, 3u);
  EXPECT_NEAR(m.calmar, m.cagr / 0.25, 1e-12);
}

TEST(Metrics, TradeStatistics) {
  // Wins 30 + 10 = 40, losses 20: win rate 2/3, profit factor 2.
  const PerformanceMetrics m = of({100, 101}, {30, -20, 10});
  EXPECT_EQ(m.trades, 3u);
  EXPECT_NEAR(m.win_rate, 2.0 / 3.0, 1e-12);
  EXPECT_NEAR(m.profit_factor, 2.0, 1e-12);
}

TEST(Metrics, ExposureCountsInvestedPoints) {
  const std::vector<double> equity{100, 100, 100, 100};
  const std::vector<double> positions{0, 50, 50, 0};
  EXPECT_NEAR(compute_metrics(MetricsInput{equity, positions, {}}).exposure, 0.5, 1e-12);
}

TEST(Metrics, ReturnSeriesCompoundsIntoAnEquityCurve) {
  // Returns +10 %, -10 %: equity 1, 1.1, 0.99 -> the same numbers as the equity test above.
  const std::vector<double> r{0.10, -0.10};
  const PerformanceMetrics m = compute_return_metrics(r);
  EXPECT_NEAR(m.total_return, -0.01, 1e-12);
  EXPECT_NEAR(m.annual_volatility, 2.2449944320643649, 1e-12);
  EXPECT_NEAR(m.max_drawdown, 0.1, 1e-12);
  EXPECT_TRUE(std::isnan(m.exposure));
}

TEST(Metrics, UndefinedRatiosAreNaN) {
  const PerformanceMetrics flat = of({100, 100, 100});
  EXPECT_TRUE(std::isnan(flat.sharpe));    // zero volatility
  EXPECT_TRUE(std::isnan(flat.calmar));    // zero drawdown
  EXPECT_TRUE(std::isnan(flat.win_rate));  // no trades
  EXPECT_TRUE(std::isnan(of({100}).total_return));
}

}  // namespace
}  // namespace qtb::report
