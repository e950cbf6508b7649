#include "report/metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace qtb::report {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<double> simple_returns(std::span<const double> equity) {
  std::vector<double> r;
  for (std::size_t i = 1; i < equity.size(); ++i) r.push_back(equity[i] / equity[i - 1] - 1);
  return r;
}

double mean(std::span<const double> x) {
  double sum = 0;
  for (const double v : x) sum += v;
  return sum / static_cast<double>(x.size());
}

// Sample standard deviation (divides by n - 1); NaN below two values.
double sample_std(std::span<const double> x) {
  if (x.size() < 2) return kNaN;
  const double m = mean(x);
  double ss = 0;
  for (const double v : x) ss += (v - m) * (v - m);
  return std::sqrt(ss / static_cast<double>(x.size() - 1));
}

// Ratio that is NaN instead of +-inf or 0/0 when the denominator is zero.
double ratio(double num, double den) { return den == 0 ? kNaN : num / den; }

void drawdown_stats(std::span<const double> equity, PerformanceMetrics* m) {
  double peak = equity.empty() ? 0 : equity[0];
  std::size_t peak_index = 0;
  for (std::size_t i = 0; i < equity.size(); ++i) {
    if (equity[i] >= peak) {
      peak = equity[i];
      peak_index = i;
      continue;
    }
    m->max_drawdown = std::max(m->max_drawdown, 1 - equity[i] / peak);
    m->max_drawdown_duration = std::max(m->max_drawdown_duration, i - peak_index);
  }
}

void trade_stats(std::span<const double> pnl, PerformanceMetrics* m) {
  m->trades = pnl.size();
  double gains = 0;
  double losses = 0;
  std::size_t wins = 0;
  for (const double p : pnl) {
    if (p > 0) {
      ++wins;
      gains += p;
    } else {
      losses -= p;
    }
  }
  m->win_rate = pnl.empty() ? kNaN : static_cast<double>(wins) / static_cast<double>(pnl.size());
  m->profit_factor = ratio(gains, losses);
}

}  // namespace

PerformanceMetrics compute_metrics(const MetricsInput& input, const MetricsOptions& options) {
  PerformanceMetrics m;
  const std::span<const double> equity = input.equity;
  trade_stats(input.trade_pnl, &m);
  std::size_t invested = 0;
  for (const double v : input.positions_value) invested += v != 0 ? 1 : 0;
  m.exposure =
      equity.empty() ? kNaN : static_cast<double>(invested) / static_cast<double>(equity.size());
  if (equity.size() < 2) {
    m.total_return = m.cagr = m.annual_volatility = m.sharpe = m.sortino = m.calmar = kNaN;
    return m;
  }
  const std::vector<double> r = simple_returns(equity);
  const double n = static_cast<double>(r.size());
  const double ppy = options.periods_per_year;
  m.periods = r.size();
  m.total_return = equity.back() / equity.front() - 1;
  m.cagr = std::pow(equity.back() / equity.front(), ppy / n) - 1;
  const double sd = sample_std(r);
  m.annual_volatility = sd * std::sqrt(ppy);
  const double rf = options.risk_free_rate / ppy;
  double downside = 0;
  for (const double v : r) downside += std::min(0.0, v - rf) * std::min(0.0, v - rf);
  const double excess = mean(r) - rf;
  m.sharpe = ratio(excess, sd) * std::sqrt(ppy);
  m.sortino = ratio(excess, std::sqrt(downside / n)) * std::sqrt(ppy);
  drawdown_stats(equity, &m);
  m.calmar = ratio(m.cagr, m.max_drawdown);
  return m;
}

PerformanceMetrics compute_return_metrics(std::span<const double> returns,
                                          const MetricsOptions& options) {
  std::vector<double> equity{1.0};
  for (const double r : returns) equity.push_back(equity.back() * (1 + r));
  PerformanceMetrics m = compute_metrics(MetricsInput{equity, {}, {}}, options);
  m.exposure = kNaN;
  return m;
}

}  // namespace qtb::report
