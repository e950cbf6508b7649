// Reads TRADES.csv: `trade_id,datetime,symbol,side,quantity,price,fees[,account][,lot_ids]`
// with a header row (columns found by name, any order). Numbers go through the exact decimal
// parsers, never double. `datetime` is YYYY-MM-DD (taken as the New York trade date) or
// ISO 8601 with an offset (converted to the New York date; no offset means UTC). `side` is BUY
// or SELL (any case). `lot_ids` lists lot ids separated by ';' or '|'. Handles a UTF-8 BOM,
// CRLF, blank lines and double-quoted fields.
// The first bad row fails the whole read with a message naming file:line field and reason,
// e.g. `trades.csv:17 price: not a number "1O2.5"`. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "tax/trade.h"

namespace qtb::tax {

// Parses CSV `text`; `file` names it in messages. Trades come back in file order.
Result<std::vector<Trade>> parse_trades_csv(std::string_view text, std::string_view file);

// Reads and parses the file at `path`; an unreadable file is a kIoError naming it.
Result<std::vector<Trade>> read_trades_csv(const std::string& path);

}  // namespace qtb::tax
