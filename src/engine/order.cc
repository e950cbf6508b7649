#include "engine/order.h"

namespace qtb {

const char* to_string(OrderSide side) { return side == OrderSide::kBuy ? "BUY" : "SELL"; }

const char* to_string(OrderType type) {
  switch (type) {
    case OrderType::kMarket:
      return "MARKET";
    case OrderType::kLimit:
      return "LIMIT";
    case OrderType::kStop:
      return "STOP";
  }
  return "?";
}

const char* to_string(OrderStatus status) {
  switch (status) {
    case OrderStatus::kAccepted:
      return "ACCEPTED";
    case OrderStatus::kFilled:
      return "FILLED";
    case OrderStatus::kRejected:
      return "REJECTED";
    case OrderStatus::kCanceled:
      return "CANCELED";
  }
  return "?";
}

}  // namespace qtb
