// Orders and fills as the strategy API, the simulated exchange and the journal see them.
// Plain value types.
#pragma once

#include <cstdint>
#include <string>

#include "core/date.h"
#include "core/money.h"
#include "core/price.h"
#include "core/quantity.h"

namespace qtb {

using SymbolId = uint32_t;  // dense index of a symbol in the run (sorted by name)
using OrderId = uint64_t;   // 1, 2, 3... in submission order: derived from inputs only

enum class OrderSide : uint8_t { kBuy, kSell };
enum class OrderType : uint8_t { kMarket, kLimit, kStop };
enum class OrderStatus : uint8_t { kAccepted, kFilled, kRejected, kCanceled };

struct OrderRequest {
  SymbolId symbol = 0;
  OrderSide side = OrderSide::kBuy;
  OrderType type = OrderType::kMarket;
  Quantity quantity;  // > 0
  Price limit_price;  // kLimit only
  Price stop_price;   // kStop only
};

struct Order {
  OrderId id = 0;
  OrderRequest request;
  OrderStatus status = OrderStatus::kAccepted;
  Timestamp ts_submitted;
  Timestamp ts_updated;
  std::string reason;  // why rejected or canceled, e.g. "INSUFFICIENT_CASH: cash=... required=..."
};

struct Fill {
  OrderId order_id = 0;
  SymbolId symbol = 0;
  OrderSide side = OrderSide::kBuy;
  Quantity quantity;
  Price price;
  Money commission;
  Timestamp ts;
};

// Stable upper-case names used in CSV output: "BUY", "LIMIT", "FILLED".
const char* to_string(OrderSide side);
const char* to_string(OrderType type);
const char* to_string(OrderStatus status);

}  // namespace qtb
