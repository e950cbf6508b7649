#include "engine/simulated_exchange.h"

#include <algorithm>
#include <cassert>
#include <string>

#include "engine/fill_rules.h"

namespace qtb {

Result<FillTiming> parse_fill_timing(std::string_view text) {
  if (text == "next_open") return FillTiming::kNextOpen;
  if (text == "close") return FillTiming::kClose;
  return invalid_argument("--fill " + std::string(text) + ": expected next_open or close");
}

SimulatedExchange::SimulatedExchange(std::size_t symbol_count, FillTiming timing,
                                     const CommissionModel& commission, const Portfolio& portfolio,
                                     ExecutionListener& listener)
    : timing_(timing),
      commission_(commission),
      portfolio_(portfolio),
      listener_(listener),
      resting_(symbol_count) {}

void SimulatedExchange::submit(OrderId id, const OrderRequest& request, const Bar& bar,
                               Timestamp now) {
  assert(id == orders_.size() + 1);
  orders_.push_back(Order{id, request, OrderStatus::kAccepted, now, now, {}});
  Order& order = orders_.back();
  const bool priced_ok = (request.type != OrderType::kLimit || request.limit_price.is_positive()) &&
                         (request.type != OrderType::kStop || request.stop_price.is_positive());
  if (!request.quantity.is_positive() || !priced_ok) {
    finish(order, OrderStatus::kRejected, now,
           "INVALID_ORDER: quantity=" + request.quantity.to_string() + " limit=" +
               request.limit_price.to_string() + " stop=" + request.stop_price.to_string());
    return;
  }
  listener_.on_order_update(order);
  if (timing_ == FillTiming::kClose) {
    if (const std::optional<Price> price = close_fill_price(request, bar.close)) {
      execute(order, *price, now);
      return;
    }
  }
  resting_[request.symbol].push_back(id);
}

void SimulatedExchange::reject(OrderId id, const OrderRequest& request, Timestamp now,
                               std::string reason) {
  assert(id == orders_.size() + 1);
  orders_.push_back(Order{id, request, OrderStatus::kAccepted, now, now, {}});
  finish(orders_.back(), OrderStatus::kRejected, now, std::move(reason));
}

void SimulatedExchange::on_bar(SymbolId symbol, const Bar& bar) {
  std::vector<OrderId>& resting = resting_[symbol];
  if (resting.empty()) return;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < resting.size(); ++i) {
    Order& order = orders_[resting[i] - 1];
    if (const std::optional<Price> price = resting_fill_price(order.request, bar)) {
      execute(order, *price, bar.ts);
    } else {
      resting[kept++] = resting[i];
    }
  }
  resting.resize(kept);
}

bool SimulatedExchange::cancel(OrderId id, Timestamp now) {
  if (id == 0 || id > orders_.size()) return false;
  Order& order = orders_[id - 1];
  std::vector<OrderId>& resting = resting_[order.request.symbol];
  const auto it = std::find(resting.begin(), resting.end(), id);
  if (it == resting.end()) return false;
  resting.erase(it);
  finish(order, OrderStatus::kCanceled, now, "CANCELED_BY_STRATEGY");
  return true;
}

void SimulatedExchange::execute(Order& order, Price price, Timestamp ts) {
  const OrderRequest& request = order.request;
  const Money commission = commission_.for_fill(request.quantity, price);
  if (std::optional<std::string> denied = check_account(request, price, commission)) {
    finish(order, OrderStatus::kRejected, ts, std::move(*denied));
    return;
  }
  order.status = OrderStatus::kFilled;
  order.ts_updated = ts;
  const Fill fill{order.id, request.symbol, request.side, request.quantity, price, commission, ts};
  listener_.on_fill(order, fill);
  listener_.on_order_update(order);
}

std::optional<std::string> SimulatedExchange::check_account(const OrderRequest& request,
                                                            Price price, Money commission) const {
  if (request.side == OrderSide::kBuy) {
    const Money required = notional(price, request.quantity) + commission;
    if (required > portfolio_.cash()) {
      return "INSUFFICIENT_CASH: cash=" + portfolio_.cash().to_string(2) +
             " required=" + required.to_string(2);
    }
    return std::nullopt;
  }
  const Quantity held = portfolio_.position(request.symbol).quantity;
  if (request.quantity > held) {
    return "SHORT_NOT_ALLOWED: position=" + held.to_string() +
           " order=" + request.quantity.to_string();
  }
  return std::nullopt;
}

void SimulatedExchange::finish(Order& order, OrderStatus status, Timestamp ts, std::string reason) {
  order.status = status;
  order.ts_updated = ts;
  order.reason = std::move(reason);
  listener_.on_order_update(order);
}

}  // namespace qtb
