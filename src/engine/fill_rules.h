// Bar-based fill prices, the rules SimulatedExchange applies (docs/backtest.md):
//  - An order resting from an earlier bar meets the new bar's open first. MARKET fills at the
//    open. A buy LIMIT fills at the open when the bar opens at or below the limit (a gap in the
//    buyer's favour), else at the limit when the low reaches it; a sell LIMIT mirrors that.
//    A buy STOP fills at the open when the bar opens at or above the stop (gapped through:
//    the open, not the stop), else at the stop when the high reaches it; a sell STOP mirrors.
//  - An order judged at a bar's close (fill rule `close`) fills at the close when it is
//    marketable there: MARKET always, buy LIMIT when close <= limit, buy STOP when
//    close >= stop, sells mirrored; otherwise it rests for the next bars.
// Pure functions; thread-safe.
#pragma once

#include <optional>

#include "engine/order.h"
#include "model/bar.h"

namespace qtb {

// The price a resting order fills at within `bar`, or nullopt when the bar does not reach it.
std::optional<Price> resting_fill_price(const OrderRequest& order, const Bar& bar);

// The price an order fills at when judged at `close`, or nullopt when not marketable there.
std::optional<Price> close_fill_price(const OrderRequest& order, Price close);

}  // namespace qtb
