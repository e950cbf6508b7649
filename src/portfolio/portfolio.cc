#include "portfolio/portfolio.h"

#include <cassert>

namespace qtb {
namespace {

// notional(price, quantity) with a fast path: for whole shares at a price of at most six
// decimals the product is exact in int64 and needs no 128-bit division. The mark runs once per
// bar per held symbol, where the division was ~20 % of a backtest (bench/backtest_bench.cc).
Money market_value(Price price, Quantity quantity, Currency currency) {
  constexpr int64_t kPricePerMoneyUnit = Price::kScale / Amount::kScale;  // 10^3
  int64_t product = 0;
  if (quantity.raw() % Quantity::kScale == 0 && price.raw() % kPricePerMoneyUnit == 0 &&
      !__builtin_mul_overflow(price.raw() / kPricePerMoneyUnit, quantity.raw() / Quantity::kScale,
                              &product)) {
    return Money::from_raw(product, currency);
  }
  return notional(price, quantity, currency);
}

}  // namespace

Price Position::average_cost() const {
  if (quantity.is_zero()) return Price();
  return unit_price(cost_basis, quantity);
}

Portfolio::Portfolio(Money initial_cash, std::size_t symbol_count)
    : cash_(initial_cash),
      positions_value_(Money(Amount(), initial_cash.currency())),
      commissions_(Money(Amount(), initial_cash.currency())),
      positions_(symbol_count) {
  for (Position& p : positions_) {
    p.cost_basis = p.realized_pnl = p.market_value = positions_value_;
  }
}

Money Portfolio::realized_pnl() const {
  Money total = positions_value_ - positions_value_;
  for (const Position& p : positions_) total += p.realized_pnl;
  return total;
}

Money Portfolio::unrealized_pnl() const {
  Money total = positions_value_ - positions_value_;
  for (const Position& p : positions_) total += p.unrealized_pnl();
  return total;
}

void Portfolio::apply_fill(uint32_t symbol, Quantity signed_quantity, Price price,
                           Money commission) {
  Position& p = positions_[symbol];
  const Currency ccy = cash_.currency();
  if (p.last_price.is_zero()) p.last_price = price;
  commissions_ += commission;
  cash_ -= commission;
  if (signed_quantity.is_positive()) {
    const Money cost = notional(price, signed_quantity, ccy);
    cash_ -= cost;
    p.cost_basis += cost;
    p.quantity += signed_quantity;
  } else {
    const Quantity sold = -signed_quantity;
    assert(sold <= p.quantity);
    const Money proceeds = notional(price, sold, ccy);
    // Selling everything relieves the whole basis, so no rounding residue stays behind.
    const Money relieved =
        sold == p.quantity ? p.cost_basis : pro_rata(p.cost_basis, sold, p.quantity);
    cash_ += proceeds;
    p.realized_pnl += proceeds - relieved;
    p.cost_basis -= relieved;
    p.quantity -= sold;
  }
  revalue(p);
}

void Portfolio::mark(uint32_t symbol, Price price) {
  Position& p = positions_[symbol];
  p.last_price = price;
  if (p.quantity.is_zero() && p.market_value.is_zero()) return;  // the common flat case
  revalue(p);
}

void Portfolio::revalue(Position& p) {
  const Money value = market_value(p.last_price, p.quantity, cash_.currency());
  positions_value_ += value - p.market_value;
  p.market_value = value;
}

}  // namespace qtb
