#include "portfolio/round_trip.h"

namespace qtb {

RoundTripTracker::RoundTripTracker(std::size_t symbol_count)
    : open_(symbol_count), is_open_(symbol_count, false) {}

void RoundTripTracker::on_fill(uint32_t symbol, Quantity signed_quantity, Price price,
                               Money commission, Timestamp ts, Quantity position_after) {
  RoundTrip& trip = open_[symbol];
  const Currency ccy = commission.currency();
  if (!is_open_[symbol]) {
    const Money zero(Amount(), ccy);
    trip = RoundTrip{symbol, ts, ts, Quantity(), zero, zero, zero};
    is_open_[symbol] = true;
  }
  trip.commission += commission;
  if (signed_quantity.is_positive()) {
    trip.quantity += signed_quantity;
    trip.entry_value += notional(price, signed_quantity, ccy);
  } else {
    trip.exit_value += notional(price, -signed_quantity, ccy);
  }
  if (position_after.is_zero()) {
    trip.exit_ts = ts;
    closed_.push_back(trip);
    is_open_[symbol] = false;
  }
}

}  // namespace qtb
