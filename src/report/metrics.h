// Performance metrics of one equity curve and its round trips. Formulas and conventions are in
// docs/metrics.md (simple returns per period, sample standard deviation, periods_per_year
// periods a year, risk-free rate annual and spread evenly over the periods). Analytics only:
// doubles, never fed back into money. Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <span>

namespace qtb::report {

struct MetricsOptions {
  double periods_per_year = 252;
  double risk_free_rate = 0;  // annual, e.g. 0.02
};

// NaN where a metric is undefined (e.g. Sharpe of a flat curve); JSON writes it as null.
struct PerformanceMetrics {
  std::size_t periods = 0;  // number of returns (equity points - 1)
  double total_return = 0;
  double cagr = 0;
  double annual_volatility = 0;
  double sharpe = 0;
  double sortino = 0;
  double max_drawdown = 0;                // a positive fraction: 0.25 is a 25 % fall
  std::size_t max_drawdown_duration = 0;  // longest time below a prior peak, in periods
  double calmar = 0;
  std::size_t trades = 0;
  double win_rate = 0;
  double profit_factor = 0;
  double exposure = 0;  // fraction of equity points holding any position
};

struct MetricsInput {
  std::span<const double> equity;           // one point per period, > 0
  std::span<const double> positions_value;  // same length as equity (for exposure)
  std::span<const double> trade_pnl;        // closed round trips, net of commission
};

PerformanceMetrics compute_metrics(const MetricsInput& input, const MetricsOptions& options = {});

// Metrics of a return series (one simple return per period), through the equity curve
// 1, 1 + r_1, (1 + r_1)(1 + r_2), ...; trade statistics and exposure are NaN.
PerformanceMetrics compute_return_metrics(std::span<const double> returns,
                                          const MetricsOptions& options = {});

}  // namespace qtb::report
