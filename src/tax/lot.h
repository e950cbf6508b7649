// The tax books' records: open lots, dispositions (one per lot relieved by a sale, one Form
// 8949 row each) and wash-sale matches. Plain value types; thread-compatible.
#pragma once

#include <cstdint>
#include <string>

#include "core/date.h"
#include "core/money.h"
#include "core/quantity.h"

namespace qtb::tax {

struct Lot {
  std::string lot_id;     // the opening BUY's trade id; "<id>/<loss sale id>" for a split part
  std::string origin_id;  // the opening BUY's trade id (specific identification names it)
  std::string account;
  std::string symbol;
  Quantity quantity;         // open shares, > 0 while open
  Money basis;               // adjusted basis of the open shares: cost + fees + wash adjustments
  Money wash_adjustment;     // disallowed losses added to `basis` (§1091(d))
  Date acquired;             // trade date of the purchase
  Date adjusted_acquired;    // after holding-period tacking (§1223(3)); == acquired otherwise
  bool replacement = false;  // these shares already absorbed one loss (Reg. §1.1091-1(e))
  uint64_t seq = 0;          // acquisition order
  uint64_t origin_seq = 0;   // seq of the opening BUY (split parts share it)
};

struct Disposition {
  std::string sell_trade_id;
  std::string lot_id;
  std::string origin_id;
  std::string account;
  std::string symbol;
  Quantity quantity;
  Date acquired;  // adjusted acquisition date (after tacking): Form 8949 column (b)
  Date sold;
  Money proceeds;         // price x quantity - this lot's share of the sale's fees
  Money basis;            // adjusted basis of the shares relieved
  Money disallowed;       // wash-sale loss disallowed, >= 0: column (g) with code W
  Quantity wash_matched;  // loss shares matched to replacement shares so far
  bool long_term = false;
  uint64_t lot_seq = 0;
  uint64_t origin_seq = 0;  // the relieved lot's origin_seq
  uint32_t sell_index = 0;  // the sale's position in the ledger's trade order

  Money loss() const { return basis - proceeds; }               // positive when the sale lost money
  Money gain() const { return proceeds - basis + disallowed; }  // column (h)
};

struct WashSale {
  std::size_t disposition = 0;  // index of the loss disposition in the ledger
  std::string loss_trade_id;
  std::string loss_lot_id;
  std::string symbol;
  std::string loss_account;
  Date sold;
  std::string replacement_lot_id;
  std::string replacement_account;
  Date replacement_acquired;
  Quantity shares;          // loss shares matched to replacement shares
  Money disallowed;         // loss disallowed == basis added to the replacement lot
  int32_t tacked_days = 0;  // holding period carried over to the replacement lot
  Date adjusted_acquired;   // the replacement lot's adjusted acquisition date
};

}  // namespace qtb::tax
