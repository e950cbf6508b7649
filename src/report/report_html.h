// report.html: a self-contained page (no scripts, no network) with the equity curve, the
// underwater drawdown curve as inline SVG, and the metrics table. Deterministic text.
// Pure function; thread-safe.
#pragma once

#include <string>

#include "engine/backtest.h"
#include "report/backtest_output.h"
#include "report/metrics.h"

namespace qtb::report {

std::string render_report_html(const BacktestJournal& journal, const BacktestRunInfo& info,
                               const PerformanceMetrics& metrics);

}  // namespace qtb::report
