#include "report/report_html.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace qtb::report {
namespace {

constexpr double kWidth = 900;
constexpr double kHeight = 260;
constexpr std::size_t kMaxPoints = 2000;  // keeps the page small for long minute runs

std::string escape(const std::string& text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// An SVG line chart of `values` scaled to the box, labelled with its top and bottom values.
// Axis labels: plain decimals (2 places) or, for fractions such as drawdown, percent.
std::string axis_label(double value, bool percent) {
  return percent ? fmt::format("{:.2f}%", value * 100) : fmt::format("{:.2f}", value);
}

std::string svg_chart(const std::vector<double>& values, const char* colour, const char* title,
                      bool percent) {
  if (values.empty()) return "<p>no data</p>";
  const auto [lo_it, hi_it] = std::minmax_element(values.begin(), values.end());
  const double lo = *lo_it;
  const double hi = *hi_it == lo ? lo + 1 : *hi_it;
  const std::size_t step = std::max<std::size_t>(1, values.size() / kMaxPoints);
  const double last = static_cast<double>(std::max<std::size_t>(1, values.size() - 1));
  std::string points;
  for (std::size_t i = 0; i < values.size(); i += step) {
    const double x = static_cast<double>(i) / last * kWidth;
    const double y = kHeight - (values[i] - lo) / (hi - lo) * kHeight;
    points += fmt::format("{:.1f},{:.1f} ", x, y);
  }
  return fmt::format(
      "<h2>{}</h2><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" "
      "viewBox=\"0 0 {} {}\"><rect width=\"100%\" height=\"100%\" fill=\"#fafafa\"/>"
      "<polyline fill=\"none\" stroke=\"{}\" stroke-width=\"1.2\" points=\"{}\"/>"
      "<text x=\"4\" y=\"12\" font-size=\"11\">{}</text>"
      "<text x=\"4\" y=\"{}\" font-size=\"11\">{}</text></svg>\n",
      title, kWidth, kHeight + 4, kWidth, kHeight + 4, colour, points, axis_label(hi, percent),
      kHeight, axis_label(lo, percent));
}

std::string metric_row(const char* name, double value) {
  return fmt::format("<tr><td>{}</td><td>{}</td></tr>", name,
                     std::isnan(value) ? std::string("n/a") : fmt::format("{:.4f}", value));
}

std::string count_row(const char* name, int64_t value) {
  return fmt::format("<tr><td>{}</td><td>{}</td></tr>", name, value);
}

}  // namespace

std::string render_report_html(const BacktestJournal& journal, const BacktestRunInfo& info,
                               const PerformanceMetrics& m) {
  std::vector<double> equity;
  std::vector<double> drawdown;
  double peak = 0;
  for (const EquityRow& row : journal.equity) {
    const double e = row.equity.to_double();
    peak = std::max(peak, e);
    equity.push_back(e);
    drawdown.push_back(peak > 0 ? e / peak - 1 : 0);
  }
  std::string symbols;
  for (const std::string& s : journal.symbols) symbols += (symbols.empty() ? "" : ", ") + s;
  std::string html =
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>qtb backtest</title>"
      "<style>body{font-family:sans-serif;margin:24px}td{padding:2px 12px}</style></head><body>\n";
  html += fmt::format("<h1>{} on {}</h1><p>final equity {} from {}; {} bars; {} fills</p>\n",
                      escape(info.strategy), escape(symbols),
                      (journal.final_cash + journal.final_positions_value).to_string(2),
                      info.initial_cash.to_string(2), journal.bars_processed, journal.fills.size());
  html += svg_chart(equity, "#1f5fa8", "Equity", false);
  html += svg_chart(drawdown, "#b03030", "Drawdown (underwater)", true);
  html += "<h2>Metrics</h2><table>";
  html += metric_row("total return", m.total_return) + metric_row("CAGR", m.cagr) +
          metric_row("annual volatility", m.annual_volatility) + metric_row("Sharpe", m.sharpe) +
          metric_row("Sortino", m.sortino) + metric_row("max drawdown", m.max_drawdown) +
          count_row("max drawdown duration (bars)", static_cast<int64_t>(m.max_drawdown_duration)) +
          metric_row("Calmar", m.calmar) + count_row("trades", static_cast<int64_t>(m.trades)) +
          metric_row("win rate", m.win_rate) + metric_row("profit factor", m.profit_factor) +
          metric_row("exposure", m.exposure);
  html += "</table></body></html>\n";
  return html;
}

}  // namespace qtb::report
