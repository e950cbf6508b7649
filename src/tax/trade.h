// Trade: one execution as the tax books see it (a row of TRADES.csv, later a fill event).
// Plain value type; thread-compatible.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "core/price.h"
#include "core/quantity.h"

namespace qtb::tax {

enum class Side { kBuy, kSell };

struct Trade {
  std::string trade_id;  // unique; a BUY's id is the id of the lot it opens
  Timestamp ts;          // execution instant (UTC); orders trades
  Date trade_date;       // New York trade date: what the forms and the 30-day windows use
  std::string symbol;
  Side side = Side::kBuy;
  Quantity quantity;  // > 0
  Price price;        // >= 0
  Money fees;         // USD; added to basis on a BUY, subtracted from proceeds on a SELL
  std::string account;
  std::vector<std::string> lot_ids;  // lots a SELL relieves under specific identification
  uint32_t line = 0;                 // 1-based line in the source file (0 when built in code)
};

// Sorts by (trade_date, ts, line): the order the ledger must see trades in. The trade date
// leads so that a date-only row and a timestamped row of the same day stay on that day.
void sort_trades(std::vector<Trade>& trades);

}  // namespace qtb::tax
