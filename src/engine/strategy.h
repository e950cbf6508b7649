// The strategy API: what a strategy implements and what it may call. A strategy sees bars
// only up to "now": history() ends at the current bar and bar_at() refuses later indexes, so
// look-ahead is impossible by construction. Orders sent from a callback run after it returns
// (the same in backtest and live). Callbacks run on the kernel's single thread; the context is
// valid only during a callback.
#pragma once

#include <cstddef>
#include <span>
#include <string>

#include "core/result.h"
#include "engine/order.h"
#include "model/bar.h"

namespace qtb {

class Portfolio;

struct BarEvent {
  SymbolId symbol = 0;
  std::size_t index = 0;  // position of the bar in its symbol's series
  const Bar* bar = nullptr;
  const Bar& get() const { return *bar; }
};

class StrategyContext {
 public:
  virtual ~StrategyContext() = default;
  virtual Timestamp now() const = 0;
  // Symbol names by SymbolId (sorted by name).
  virtual std::span<const std::string> symbols() const = 0;
  // The symbol's bars from its first up to and including the latest one seen.
  virtual std::span<const Bar> history(SymbolId symbol) const = 0;
  // Bar `index` of the symbol; an kOutOfRange error naming LOOK_AHEAD when it is after now.
  virtual Result<Bar> bar_at(SymbolId symbol, std::size_t index) const = 0;
  // Queues an order; it reaches the exchange when the callback returns. Returns its id.
  virtual OrderId submit_order(const OrderRequest& request) = 0;
  virtual const Portfolio& portfolio() const = 0;
};

class Strategy {
 public:
  virtual ~Strategy() = default;
  virtual void on_start(StrategyContext&) {}
  virtual void on_bar(StrategyContext& context, const BarEvent& event) = 0;
  virtual void on_fill(StrategyContext&, const Fill&) {}
  virtual void on_order_update(StrategyContext&, const Order&) {}
  virtual void on_stop(StrategyContext&) {}
};

}  // namespace qtb
