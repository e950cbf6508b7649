#include "engine/fill_rules.h"

namespace qtb {

std::optional<Price> resting_fill_price(const OrderRequest& order, const Bar& bar) {
  const bool buy = order.side == OrderSide::kBuy;
  switch (order.type) {
    case OrderType::kMarket:
      return bar.open;
    case OrderType::kLimit: {
      const Price limit = order.limit_price;
      if (buy ? bar.open <= limit : bar.open >= limit) return bar.open;
      if (buy ? bar.low <= limit : bar.high >= limit) return limit;
      return std::nullopt;
    }
    case OrderType::kStop: {
      const Price stop = order.stop_price;
      if (buy ? bar.open >= stop : bar.open <= stop) return bar.open;
      if (buy ? bar.high >= stop : bar.low <= stop) return stop;
      return std::nullopt;
    }
  }
  return std::nullopt;
}

std::optional<Price> close_fill_price(const OrderRequest& order, Price close) {
  const bool buy = order.side == OrderSide::kBuy;
  switch (order.type) {
    case OrderType::kMarket:
      return close;
    case OrderType::kLimit:
      if (buy ? close <= order.limit_price : close >= order.limit_price) return close;
      return std::nullopt;
    case OrderType::kStop:
      if (buy ? close >= order.stop_price : close <= order.stop_price) return close;
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace qtb
