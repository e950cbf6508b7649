// Wash-sale matching of TaxLedger (26 U.S.C. §1091, Treas. Reg. §1.1091-1, -2).
#include <fmt/format.h>

#include <algorithm>

#include "tax/tax_ledger.h"

namespace qtb::tax {
namespace {

// §1091(a): the 61-day period runs from 30 days before to 30 days after the sale date.
constexpr int32_t kWindowDays = 30;

}  // namespace

void TaxLedger::match_loss_backward(std::size_t disposition, uint32_t symbol) {
  const Disposition& loss = dispositions_[disposition];
  const Date window_start = loss.sold - kWindowDays;
  std::vector<Candidate>& candidates = candidates_;
  candidates.clear();
  for (const uint32_t p : symbols_[symbol].positions) {
    const Position& pos = positions_[p];
    for (std::size_t i = pos.lots.size(); i-- > pos.head;) {
      const LotSlot& lot = pos.lots[i];
      if (lot.acquired < window_start) break;  // lots are in acquisition (trade date) order
      // Shares of the lot being sold are never their own replacement (docs/tax.md), and a
      // share that already absorbed a loss absorbs no other (Reg. §1.1091-1(e)).
      if (!lot.quantity.is_positive() || lot.replacement || lot.origin_seq == loss.origin_seq) {
        continue;
      }
      candidates.push_back(Candidate{lot.seq, p, i});
    }
  }
  // Reg. §1.1091-1(c): replacement shares are matched in the order they were acquired.
  std::sort(candidates.begin(), candidates.end(),
            [](const Candidate& a, const Candidate& b) { return a.seq < b.seq; });
  for (const Candidate& c : candidates) {
    const Quantity unmatched = loss.quantity - loss.wash_matched;
    if (unmatched.is_zero()) break;
    // A split (shares < lot) matches every remaining loss share, so the loop ends before a
    // shifted index could be used.
    absorb_loss(disposition, c.position, c.lot,
                std::min(unmatched, positions_[c.position].lots[c.lot].quantity));
  }
  if (loss.wash_matched < loss.quantity) {
    symbols_[symbol].pending.push_back(PendingLoss{disposition, loss.sold + kWindowDays});
  }
}

void TaxLedger::match_pending_forward(uint32_t position, uint32_t symbol, Date acquired) {
  std::deque<PendingLoss>& pending = symbols_[symbol].pending;
  // Sales arrive in date order, so windows close in the order they were opened.
  while (!pending.empty() && pending.front().window_end < acquired) pending.pop_front();
  for (auto it = pending.begin(); it != pending.end();) {
    std::vector<LotSlot>& lots = positions_[position].lots;
    const std::size_t last = lots.size() - 1;  // the new lot, or its unmatched remainder
    if (lots[last].replacement) break;
    const Disposition& loss = dispositions_[it->disposition];
    const Quantity shares = std::min(loss.quantity - loss.wash_matched, lots[last].quantity);
    absorb_loss(it->disposition, position, last, shares);
    if (loss.wash_matched == loss.quantity) {
      it = pending.erase(it);
    } else {
      ++it;
    }
  }
}

std::size_t TaxLedger::absorb_loss(std::size_t disposition, uint32_t position, std::size_t lot,
                                   Quantity shares) {
  Disposition& loss = dispositions_[disposition];
  Position& pos = positions_[position];
  std::vector<LotSlot>& lots = pos.lots;
  // Reg. §1.1091-1(b) partial wash sale: only the matched shares' share of the loss is
  // disallowed. Cumulative pro rata keeps the parts summing exactly to the whole loss.
  const Money whole_loss = loss.loss();
  const Money before = pro_rata(whole_loss, loss.wash_matched, loss.quantity);
  loss.wash_matched += shares;
  const Money disallowed = pro_rata(whole_loss, loss.wash_matched, loss.quantity) - before;
  loss.disallowed += disallowed;
  if (shares < lots[lot].quantity) {
    LotSlot part = lots[lot];
    part.quantity = shares;
    part.basis = pro_rata(lots[lot].basis, shares, lots[lot].quantity);
    part.wash_adjustment = pro_rata(lots[lot].wash_adjustment, shares, lots[lot].quantity);
    part.split_by = loss.sell_index;
    lots[lot].quantity -= shares;
    lots[lot].basis -= part.basis;
    lots[lot].wash_adjustment -= part.wash_adjustment;
    lots.insert(lots.begin() + static_cast<std::ptrdiff_t>(lot), part);
  }
  LotSlot& replacement = lots[lot];
  // §1091(d): the disallowed loss goes into the replacement shares' basis; §1223(3): their
  // holding period includes the period the sold shares were held.
  const int32_t tacked_days = loss.sold - loss.acquired;
  replacement.basis += disallowed;
  replacement.wash_adjustment += disallowed;
  replacement.replacement = true;
  replacement.adjusted_acquired = replacement.acquired - tacked_days;
  WashSale w;
  w.disposition = disposition;
  w.loss_trade_id = loss.sell_trade_id;
  w.loss_lot_id = loss.lot_id;
  w.symbol = loss.symbol;
  w.loss_account = loss.account;
  w.sold = loss.sold;
  w.replacement_lot_id = lot_id(replacement);
  w.replacement_account = pos.account;
  w.replacement_acquired = replacement.acquired;
  w.shares = shares;
  w.disallowed = disallowed;
  w.tacked_days = tacked_days;
  w.adjusted_acquired = replacement.adjusted_acquired;
  wash_sales_.push_back(std::move(w));
  return lot;
}

}  // namespace qtb::tax
