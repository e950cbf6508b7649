// TaxLedger: lots per (account, symbol), relieved by a LotMethod, with wash sales applied as
// trades arrive (Treas. Reg. §1.1091-1; interpretations in docs/tax.md).
//
// Trades must be applied in time order (sort_trades). A loss sale is matched at once against
// replacement shares bought in the 30 days before it that are still held, then stays pending
// for 30 days and is matched against later purchases as they arrive, so a disallowed loss is
// added to a replacement lot before that lot can be sold. The same symbol in any account is
// substantially identical.
//
// Short sales are not supported yet: a SELL beyond the long position is an error.
// Single-threaded; owns its state.
//
// Cost: a hash lookup to find the position plus O(lots touched) per trade for FIFO/LIFO; HIFO and
// specific identification scan the position's open lots (bench/tax_bench.cc).
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/result.h"
#include "tax/lot.h"
#include "tax/lot_method.h"
#include "tax/trade.h"

namespace qtb::tax {

class TaxLedger {
 public:
  explicit TaxLedger(LotMethod method) : method_(method) {}

  // Applies one trade. A SELL of more than the account holds, or naming lots it cannot
  // relieve, fails with a message naming the trade, and leaves the ledger unchanged.
  Status apply(const Trade& trade);

  // Every disposition so far, in sale order (lots of one sale in relief order).
  const std::vector<Disposition>& dispositions() const { return dispositions_; }
  // Every wash-sale match so far, in the order made.
  const std::vector<WashSale>& wash_sales() const { return wash_sales_; }
  // Open lots sorted by (account, symbol, acquisition order).
  std::vector<Lot> open_lots() const;

 private:
  static constexpr uint32_t kNoSplit = UINT32_MAX;
  // A lot as stored: trivially copyable, so inserting a split part is a memmove. Names live
  // once in trade_ids_ and Position.
  struct LotSlot {
    Quantity quantity;
    Money basis;
    Money wash_adjustment;
    Date acquired;
    Date adjusted_acquired;
    uint64_t seq = 0;
    uint64_t origin_seq = 0;
    uint32_t origin = 0;           // trade_ids_ index of the opening BUY
    uint32_t split_by = kNoSplit;  // trade_ids_ index of the loss sale that split this part off
    bool replacement = false;
  };
  struct Position {
    std::string account;
    std::string symbol;
    std::vector<LotSlot> lots;  // acquisition order; relieved lots have quantity 0
    std::size_t head = 0;       // lots before head are closed
    Quantity open;
  };
  struct PendingLoss {
    std::size_t disposition;
    Date window_end;  // last day a purchase still replaces (sale date + 30)
  };
  struct SymbolBook {
    std::vector<uint32_t> positions;  // every account's position in this symbol
    std::deque<PendingLoss> pending;  // loss sales with unmatched shares, in sale order
  };
  struct Relief {
    std::size_t lot;
    Quantity quantity;
  };
  struct Candidate {  // a possible replacement lot of a loss sale
    uint64_t seq;
    uint32_t position;
    std::size_t lot;
  };

  uint32_t position_index(const std::string& account, const std::string& symbol);
  void open_lot(const Trade& trade, uint32_t position);
  std::string lot_id(const LotSlot& lot) const;
  Lot to_lot(const LotSlot& slot, const Position& position) const;
  Status sell(const Trade& trade, uint32_t position);
  Result<std::vector<Relief>> plan_relief(const Trade& trade, const Position& position) const;
  void compact(Position& position);

  // wash_sale.cc
  void match_loss_backward(std::size_t disposition, uint32_t symbol);
  void match_pending_forward(uint32_t position, uint32_t symbol, Date acquired);
  // Matches `shares` of the loss disposition to lot `lot` of `position`, splitting the lot
  // when only part of it is matched. Returns the index of the matched lot.
  std::size_t absorb_loss(std::size_t disposition, uint32_t position, std::size_t lot,
                          Quantity shares);

  LotMethod method_;
  uint64_t next_seq_ = 0;
  std::vector<std::string> trade_ids_;  // every trade's id, in the order applied
  std::vector<Position> positions_;
  std::vector<uint32_t> position_symbol_;  // symbol book of each position
  std::vector<SymbolBook> symbols_;
  std::unordered_map<std::string, uint32_t> position_by_key_;  // account '\x1f' symbol
  std::unordered_map<std::string, uint32_t> symbol_by_name_;
  std::vector<Disposition> dispositions_;
  std::vector<WashSale> wash_sales_;
  std::vector<Candidate> candidates_;  // scratch of match_loss_backward, reused
};

}  // namespace qtb::tax
