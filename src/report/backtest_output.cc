#include "report/backtest_output.h"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <vector>

#include "report/report_html.h"

namespace qtb::report {
namespace {

std::string money_text(Money m) { return fixed_point::format(m.raw(), Money::kDecimals, 2); }
std::string price_text(Price p) { return fixed_point::format(p.raw(), Price::kDecimals, 2); }

// Daily runs print dates; anything with a time of day prints ISO 8601 instants.
bool all_midnight(const BacktestJournal& journal) {
  for (const EquityRow& row : journal.equity) {
    if (row.ts.ns_of_day() != 0) return false;
  }
  return true;
}

std::string time_text(Timestamp ts, bool dates) {
  return dates ? ts.utc_date().to_string() : ts.to_iso8601();
}

Status write_text(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (!out.flush()) return Error(ErrorCode::kIoError, path.string() + ": cannot write");
  return {};
}

nlohmann::ordered_json metrics_object(const PerformanceMetrics& m) {
  nlohmann::ordered_json metrics;
  metrics["periods"] = m.periods;
  metrics["total_return"] = m.total_return;
  metrics["cagr"] = m.cagr;
  metrics["annual_volatility"] = m.annual_volatility;
  metrics["sharpe"] = m.sharpe;
  metrics["sortino"] = m.sortino;
  metrics["max_drawdown"] = m.max_drawdown;
  metrics["max_drawdown_duration"] = m.max_drawdown_duration;
  metrics["calmar"] = m.calmar;
  metrics["trades"] = m.trades;
  metrics["win_rate"] = m.win_rate;
  metrics["profit_factor"] = m.profit_factor;
  metrics["exposure"] = m.exposure;
  return metrics;
}

}  // namespace

std::string render_metrics_json(const PerformanceMetrics& metrics) {
  return metrics_object(metrics).dump(2) + "\n";
}

PerformanceMetrics journal_metrics(const BacktestJournal& journal, const MetricsOptions& options) {
  std::vector<double> equity;
  std::vector<double> positions;
  std::vector<double> pnl;
  for (const EquityRow& row : journal.equity) {
    equity.push_back(row.equity.to_double());
    positions.push_back(row.positions_value.to_double());
  }
  for (const RoundTrip& trip : journal.trades) pnl.push_back(trip.pnl().to_double());
  return compute_metrics(MetricsInput{equity, positions, pnl}, options);
}

std::string render_summary_json(const BacktestJournal& journal, const BacktestRunInfo& info,
                                const PerformanceMetrics& m) {
  nlohmann::ordered_json j;
  j["strategy"] = info.strategy;
  nlohmann::ordered_json params = nlohmann::ordered_json::object();
  for (const auto& [name, value] : info.params) params[name] = value;
  j["params"] = params;
  j["symbols"] = journal.symbols;
  j["fill"] = info.fill;
  j["commission"] = info.commission;
  j["size"] = info.size;
  j["initial_cash"] = money_text(info.initial_cash);
  j["final_cash"] = money_text(journal.final_cash);
  j["final_positions_value"] = money_text(journal.final_positions_value);
  j["final_equity"] = money_text(journal.final_cash + journal.final_positions_value);
  j["bars_processed"] = journal.bars_processed;
  j["events"] = journal.events;
  j["orders"] = journal.orders;
  j["fills"] = journal.fills.size();
  j["first"] = journal.equity.empty() ? "" : journal.equity.front().ts.to_iso8601();
  j["last"] = journal.equity.empty() ? "" : journal.equity.back().ts.to_iso8601();
  j["metrics"] = metrics_object(m);
  return j.dump(2) + "\n";
}

std::string render_equity_csv(const BacktestJournal& journal) {
  const bool dates = all_midnight(journal);
  std::string text = "timestamp,cash,positions_value,equity,drawdown\n";
  Money peak = journal.equity.empty() ? Money() : journal.equity.front().equity;
  for (const EquityRow& row : journal.equity) {
    if (row.equity > peak) peak = row.equity;
    const double drawdown = row.equity.to_double() / peak.to_double() - 1;
    text += fmt::format("{},{},{},{},{:.8f}\n", time_text(row.ts, dates), money_text(row.cash),
                        money_text(row.positions_value), money_text(row.equity), drawdown);
  }
  return text;
}

std::string render_orders_csv(const BacktestJournal& journal) {
  const bool dates = all_midnight(journal);
  std::string text =
      "timestamp,order_id,symbol,side,type,quantity,limit_price,stop_price,status,reason\n";
  for (const Order& o : journal.order_events) {
    const OrderRequest& r = o.request;
    const std::string symbol = r.symbol < journal.symbols.size() ? journal.symbols[r.symbol] : "";
    text += fmt::format("{},{},{},{},{},{},{},{},{},\"{}\"\n", time_text(o.ts_updated, dates), o.id,
                        symbol, to_string(r.side), to_string(r.type), r.quantity.to_string(),
                        r.type == OrderType::kLimit ? price_text(r.limit_price) : "",
                        r.type == OrderType::kStop ? price_text(r.stop_price) : "",
                        to_string(o.status), o.reason);
  }
  return text;
}

std::string render_fills_csv(const BacktestJournal& journal) {
  const bool dates = all_midnight(journal);
  std::string text = "timestamp,order_id,symbol,side,quantity,price,commission\n";
  for (const Fill& f : journal.fills) {
    text += fmt::format("{},{},{},{},{},{},{}\n", time_text(f.ts, dates), f.order_id,
                        journal.symbols[f.symbol], to_string(f.side), f.quantity.to_string(),
                        price_text(f.price), money_text(f.commission));
  }
  return text;
}

std::string render_trades_csv(const BacktestJournal& journal) {
  const bool dates = all_midnight(journal);
  std::string text =
      "symbol,entry_time,exit_time,quantity,entry_price,exit_price,commission,pnl,holding_days\n";
  for (const RoundTrip& t : journal.trades) {
    const double days =
        static_cast<double>(t.exit_ts - t.entry_ts) / static_cast<double>(kNanosPerDay);
    text += fmt::format("{},{},{},{},{},{},{},{},{}\n", journal.symbols[t.symbol],
                        time_text(t.entry_ts, dates), time_text(t.exit_ts, dates),
                        t.quantity.to_string(), price_text(unit_price(t.entry_value, t.quantity)),
                        price_text(unit_price(t.exit_value, t.quantity)), money_text(t.commission),
                        money_text(t.pnl()), days);
  }
  return text;
}

Status write_backtest_outputs(const std::string& dir, const BacktestJournal& journal,
                              const BacktestRunInfo& info) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Error(ErrorCode::kIoError, dir + ": cannot create directory: " + ec.message());
  const std::filesystem::path base(dir);
  const PerformanceMetrics metrics = journal_metrics(journal);
  QTB_TRY_STATUS(write_text(base / "summary.json", render_summary_json(journal, info, metrics)));
  QTB_TRY_STATUS(write_text(base / "equity.csv", render_equity_csv(journal)));
  QTB_TRY_STATUS(write_text(base / "orders.csv", render_orders_csv(journal)));
  QTB_TRY_STATUS(write_text(base / "fills.csv", render_fills_csv(journal)));
  QTB_TRY_STATUS(write_text(base / "trades.csv", render_trades_csv(journal)));
  QTB_TRY_STATUS(write_text(base / "report.html", render_report_html(journal, info, metrics)));
  return {};
}

}  // namespace qtb::report
