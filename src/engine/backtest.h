// run_backtest: the kernel in backtest mode. Replays bars in (ts, symbol) order on a TestClock;
// for each bar: resting orders meet the bar (SimulatedExchange), the portfolio marks the
// close, the strategy's on_bar runs, then the orders it sent reach the exchange. One equity
// row is journaled per distinct timestamp, after every bar of that timestamp.
// Deterministic: same inputs, same journal. Single-threaded; independent runs share nothing
// and may run on many threads at once.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "engine/commission_model.h"
#include "engine/order.h"
#include "engine/simulated_exchange.h"
#include "engine/strategy.h"
#include "model/bar.h"
#include "portfolio/round_trip.h"

namespace qtb {

struct SymbolSeries {
  std::string symbol;
  std::span<const Bar> bars;  // ascending by ts; must outlive the run
};

struct BacktestConfig {
  Money initial_cash = "100000"_usd;
  FillTiming fill = FillTiming::kNextOpen;
  const CommissionModel* commission = nullptr;  // REQUIRES: non-null
};

struct EquityRow {
  Timestamp ts;
  Money cash;
  Money positions_value;
  Money equity;
};

// One row per order status change, a snapshot of the order after the change.
using OrderEvent = Order;

struct BacktestJournal {
  std::vector<std::string> symbols;  // by SymbolId
  std::vector<EquityRow> equity;
  std::vector<OrderEvent> order_events;
  std::vector<Fill> fills;
  std::vector<RoundTrip> trades;
  uint64_t bars_processed = 0;
  uint64_t events = 0;  // bars + order status changes + fills
  uint64_t orders = 0;  // orders submitted (ids 1..orders)
  Money final_cash;
  Money final_positions_value;
};

// Runs `strategy` over `series` (sorted here by symbol name). Errors: duplicate symbols.
Result<BacktestJournal> run_backtest(std::vector<SymbolSeries> series, Strategy& strategy,
                                     const BacktestConfig& config);

}  // namespace qtb
