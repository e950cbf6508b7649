// SimulatedExchange: the backtest venue. Accepts orders, keeps the unfilled ones resting per
// symbol, fills them by the bar rules of fill_rules.h, charges the CommissionModel and checks a
// cash account's limits before each fill. Whole fills only (no partial fills or volume cap yet);
// orders are GTC until filled or canceled.
// Reject reasons (stable codes, then the numbers):
//   INVALID_ORDER: quantity=0           INSUFFICIENT_CASH: cash=900.00 required=1001.00
//   SHORT_NOT_ALLOWED: position=0 order=100
// Reports every status change and fill to the ExecutionListener synchronously, after the order's
// own state is final. Single-threaded; the Portfolio, model and listener must outlive it.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "engine/commission_model.h"
#include "engine/order.h"
#include "model/bar.h"
#include "portfolio/portfolio.h"

namespace qtb {

// When an order sent while a bar is the latest one first meets the market.
enum class FillTiming : uint8_t {
  kNextOpen,  // at the open of the symbol's next bar
  kClose,     // at this bar's close (the strategy decided on the close and trades on it)
};

// Parses "next_open" or "close".
Result<FillTiming> parse_fill_timing(std::string_view text);

class ExecutionListener {
 public:
  virtual ~ExecutionListener() = default;
  virtual void on_order_update(const Order& order) = 0;
  virtual void on_fill(const Order& order, const Fill& fill) = 0;
};

class SimulatedExchange {
 public:
  SimulatedExchange(std::size_t symbol_count, FillTiming timing, const CommissionModel& commission,
                    const Portfolio& portfolio, ExecutionListener& listener);

  // Accepts order `id` (ids are consecutive from 1), sent while `bar` is the symbol's latest bar.
  // With kClose a marketable order fills at bar.close at once.
  void submit(OrderId id, const OrderRequest& request, const Bar& bar, Timestamp now);
  // Records order `id` as rejected for `reason` without judging it (e.g. NO_MARKET).
  void reject(OrderId id, const OrderRequest& request, Timestamp now, std::string reason);
  // Matches the symbol's resting orders against its new bar, oldest first.
  void on_bar(SymbolId symbol, const Bar& bar);
  // Cancels a resting order; false when it is not resting.
  bool cancel(OrderId id, Timestamp now);

  // REQUIRES: 1 <= id <= order_count().
  const Order& order(OrderId id) const { return orders_[id - 1]; }
  std::size_t order_count() const { return orders_.size(); }
  std::size_t resting_count(SymbolId symbol) const { return resting_[symbol].size(); }

 private:
  // Fills `order` at `price` if the account allows; rejects it otherwise.
  void execute(Order& order, Price price, Timestamp ts);
  std::optional<std::string> check_account(const OrderRequest& request, Price price,
                                           Money commission) const;
  void finish(Order& order, OrderStatus status, Timestamp ts, std::string reason);

  FillTiming timing_;
  const CommissionModel& commission_;
  const Portfolio& portfolio_;
  ExecutionListener& listener_;
  std::vector<Order> orders_;
  std::vector<std::vector<OrderId>> resting_;  // per symbol, oldest first
};

}  // namespace qtb
