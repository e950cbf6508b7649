#include "engine/backtest.h"

#include <algorithm>
#include <cassert>

#include "engine/bar_replay.h"
#include "engine/clock.h"
#include "portfolio/portfolio.h"

namespace qtb {
namespace {

// The kernel for one run: the strategy's context and the exchange's listener.
class BacktestKernel final : public StrategyContext, public ExecutionListener {
 public:
  BacktestKernel(const std::vector<SymbolSeries>& series, Strategy& strategy,
                 const BacktestConfig& config)
      : strategy_(strategy),
        portfolio_(config.initial_cash, series.size()),
        exchange_(series.size(), config.fill, *config.commission, portfolio_, *this),
        trips_(series.size()),
        visible_(series.size(), 0) {
    for (const SymbolSeries& s : series) {
      journal_.symbols.push_back(s.symbol);
      series_.push_back(s.bars);
    }
  }

  BacktestJournal run() {
    BarReplay replay(series_);
    strategy_.on_start(*this);
    ReplayStep step;
    bool started = false;
    while (replay.next(&step)) {
      const Timestamp ts = step.bar->ts;
      if (started && ts != clock_.now()) record_equity();
      started = true;
      clock_.advance_to(ts);
      process_bar(step);
    }
    if (started) record_equity();
    strategy_.on_stop(*this);
    drain_submissions(false);
    journal_.trades = trips_.closed();
    journal_.orders = exchange_.order_count();
    journal_.final_cash = portfolio_.cash();
    journal_.final_positions_value = portfolio_.positions_value();
    return std::move(journal_);
  }

  Timestamp now() const override { return clock_.now(); }
  std::span<const std::string> symbols() const override { return journal_.symbols; }
  std::span<const Bar> history(SymbolId symbol) const override {
    return series_[symbol].first(visible_[symbol]);
  }
  Result<Bar> bar_at(SymbolId symbol, std::size_t index) const override {
    if (index >= visible_[symbol]) {
      return out_of_range("LOOK_AHEAD: " + journal_.symbols[symbol] + " bar " +
                          std::to_string(index) + " is not visible at " +
                          clock_.now().to_iso8601() +
                          " (bars seen: " + std::to_string(visible_[symbol]) + ")");
    }
    return series_[symbol][index];
  }
  OrderId submit_order(const OrderRequest& request) override {
    pending_.push_back(request);
    return exchange_.order_count() + pending_.size();
  }
  const Portfolio& portfolio() const override { return portfolio_; }

  void on_order_update(const Order& order) override {
    ++journal_.events;
    journal_.order_events.push_back(order);
    strategy_.on_order_update(*this, order);
  }
  void on_fill(const Order&, const Fill& fill) override {
    ++journal_.events;
    const Quantity signed_qty = fill.side == OrderSide::kBuy ? fill.quantity : -fill.quantity;
    portfolio_.apply_fill(fill.symbol, signed_qty, fill.price, fill.commission);
    trips_.on_fill(fill.symbol, signed_qty, fill.price, fill.commission, fill.ts,
                   portfolio_.position(fill.symbol).quantity);
    journal_.fills.push_back(fill);
    strategy_.on_fill(*this, fill);
  }

 private:
  void process_bar(const ReplayStep& step) {
    ++journal_.bars_processed;
    ++journal_.events;
    visible_[step.symbol] = step.index + 1;
    exchange_.on_bar(step.symbol, *step.bar);
    portfolio_.mark(step.symbol, step.bar->close);
    strategy_.on_bar(*this, BarEvent{step.symbol, step.index, step.bar});
    drain_submissions(true);
  }

  // Sends queued orders to the exchange, each against its symbol's latest bar; a callback may
  // queue more, which go next. After the last bar (`running` false) they are rejected.
  void drain_submissions(bool running) {
    for (std::size_t i = 0; i < pending_.size(); ++i) {
      const OrderRequest request = pending_[i];
      const OrderId id = exchange_.order_count() + 1;
      const SymbolId symbol = request.symbol;
      if (symbol >= series_.size() || visible_[symbol] == 0 || !running) {
        exchange_.reject(id, request, clock_.now(),
                         running
                             ? "NO_MARKET: no bar of symbol " + std::to_string(symbol) + " seen yet"
                             : "NO_MARKET: the backtest has ended");
        continue;
      }
      exchange_.submit(id, request, series_[symbol][visible_[symbol] - 1], clock_.now());
    }
    pending_.clear();
  }

  void record_equity() {
    journal_.equity.push_back(EquityRow{clock_.now(), portfolio_.cash(),
                                        portfolio_.positions_value(), portfolio_.equity()});
  }

  Strategy& strategy_;
  TestClock clock_;
  Portfolio portfolio_;
  SimulatedExchange exchange_;
  RoundTripTracker trips_;
  std::vector<std::span<const Bar>> series_;
  std::vector<std::size_t> visible_;
  std::vector<OrderRequest> pending_;
  BacktestJournal journal_;
};

}  // namespace

Result<BacktestJournal> run_backtest(std::vector<SymbolSeries> series, Strategy& strategy,
                                     const BacktestConfig& config) {
  assert(config.commission != nullptr);
  std::sort(series.begin(), series.end(),
            [](const SymbolSeries& a, const SymbolSeries& b) { return a.symbol < b.symbol; });
  for (std::size_t i = 1; i < series.size(); ++i) {
    if (series[i].symbol == series[i - 1].symbol) {
      return invalid_argument("symbol " + series[i].symbol + " given twice");
    }
  }
  BacktestKernel kernel(series, strategy, config);
  return kernel.run();
}

}  // namespace qtb
