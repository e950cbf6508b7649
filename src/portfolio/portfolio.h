// Portfolio: cash and long positions of one account, in exact Money, fed by fills.
// Equity = cash + the positions valued at each symbol's last mark (the latest close).
// Symbols are dense indexes 0..symbol_count-1 assigned by the engine. Short positions are not
// supported yet: a fill may not take a position below zero (the venue rejects such orders).
// Single-threaded; one Portfolio per backtest.
#pragma once

#include <cstdint>
#include <vector>

#include "core/money.h"
#include "core/price.h"
#include "core/quantity.h"

namespace qtb {

struct Position {
  Quantity quantity;
  Money cost_basis;    // what the open shares cost, commissions excluded
  Money realized_pnl;  // proceeds minus relieved basis, commissions excluded
  Price last_price;    // the latest mark (or fill price before the first mark)
  Money market_value;  // notional(last_price, quantity), half-even to Money's 6 digits

  // Cost basis per share; zero when flat.
  Price average_cost() const;
  Money unrealized_pnl() const { return market_value - cost_basis; }
};

class Portfolio {
 public:
  Portfolio(Money initial_cash, std::size_t symbol_count);

  Money cash() const { return cash_; }
  Money positions_value() const { return positions_value_; }
  Money equity() const { return cash_ + positions_value_; }
  Money commissions() const { return commissions_; }
  Money realized_pnl() const;
  Money unrealized_pnl() const;
  // REQUIRES: symbol < symbol_count.
  const Position& position(uint32_t symbol) const { return positions_[symbol]; }
  std::size_t symbol_count() const { return positions_.size(); }

  // Books a fill of `signed_quantity` shares (positive buys, negative sells) at `price`.
  // Cash moves by the notional and the commission. REQUIRES: the position stays >= 0.
  void apply_fill(uint32_t symbol, Quantity signed_quantity, Price price, Money commission);
  // Revalues the symbol's position at `price` (the bar's close).
  void mark(uint32_t symbol, Price price);

 private:
  void revalue(Position& position);

  Money cash_;
  Money positions_value_;
  Money commissions_;
  std::vector<Position> positions_;
};

}  // namespace qtb
