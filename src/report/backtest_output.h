// The files a backtest writes (docs/backtest.md lists their columns): summary.json,
// equity.csv, orders.csv, fills.csv, trades.csv and report.html (report_html.h). Money and
// prices are exact decimal text;
// nothing in them depends on the wall clock, so the same run gives the same bytes.
// Pure functions apart from write_backtest_outputs; thread-safe.
#pragma once

#include <map>
#include <string>

#include "core/money.h"
#include "core/result.h"
#include "engine/backtest.h"
#include "report/metrics.h"

namespace qtb::report {

// What the run was asked to do, echoed into summary.json.
struct BacktestRunInfo {
  std::string strategy;
  std::map<std::string, double, std::less<>> params;
  std::string commission;
  std::string fill;
  std::string size;
  Money initial_cash;
};

// Metrics of the journal's equity curve and round trips.
PerformanceMetrics journal_metrics(const BacktestJournal& journal,
                                   const MetricsOptions& options = {});

std::string render_summary_json(const BacktestJournal& journal, const BacktestRunInfo& info,
                                const PerformanceMetrics& metrics);
// The metrics object alone, as `qtb metrics` prints it.
std::string render_metrics_json(const PerformanceMetrics& metrics);
std::string render_equity_csv(const BacktestJournal& journal);
std::string render_orders_csv(const BacktestJournal& journal);
std::string render_fills_csv(const BacktestJournal& journal);
std::string render_trades_csv(const BacktestJournal& journal);

// Writes all six files into `dir` (created if missing); kIoError names the file.
Status write_backtest_outputs(const std::string& dir, const BacktestJournal& journal,
                              const BacktestRunInfo& info);

}  // namespace qtb::report
