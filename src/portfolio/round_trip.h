// RoundTripTracker: turns a symbol's fills into round-trip trades (flat -> long -> flat) for
// trades.csv and the win-rate/profit-factor metrics. Long-only, like Portfolio.
// Single-threaded.
#pragma once

#include <cstdint>
#include <vector>

#include "core/date.h"
#include "core/money.h"

namespace qtb {

struct RoundTrip {
  uint32_t symbol = 0;
  Timestamp entry_ts;  // first fill that opened the position
  Timestamp exit_ts;   // fill that made it flat again
  Quantity quantity;   // shares bought over the trip
  Money entry_value;   // sum of buy notionals
  Money exit_value;    // sum of sell notionals
  Money commission;    // all fills of the trip
  // exit_value - entry_value - commission.
  Money pnl() const { return exit_value - entry_value - commission; }
};

class RoundTripTracker {
 public:
  explicit RoundTripTracker(std::size_t symbol_count);

  // Records a fill; `position_after` is the symbol's quantity once the fill is booked.
  void on_fill(uint32_t symbol, Quantity signed_quantity, Price price, Money commission,
               Timestamp ts, Quantity position_after);

  // Trips closed so far, in the order they closed.
  const std::vector<RoundTrip>& closed() const { return closed_; }

 private:
  std::vector<RoundTrip> open_;
  std::vector<bool> is_open_;
  std::vector<RoundTrip> closed_;
};

}  // namespace qtb
