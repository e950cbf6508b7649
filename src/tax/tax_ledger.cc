#include "tax/tax_ledger.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/fixed_point.h"
#include "tax/holding_period.h"

namespace qtb::tax {
namespace {

// a.basis / a.quantity > b.basis / b.quantity, exactly (cross-multiplied in 128 bits).
template <typename L>
bool higher_unit_basis(const L& a, const L& b) {
  using fixed_point::Int128;
  const Int128 lhs = static_cast<Int128>(a.basis.raw()) * b.quantity.raw();
  const Int128 rhs = static_cast<Int128>(b.basis.raw()) * a.quantity.raw();
  return lhs != rhs ? lhs > rhs : a.seq < b.seq;
}

std::string describe(const Trade& t) {
  return fmt::format("trade {} (line {})", t.trade_id, t.line);
}

}  // namespace

uint32_t TaxLedger::position_index(const std::string& account, const std::string& symbol) {
  std::string key = account;
  key += '\x1f';
  key += symbol;
  if (auto it = position_by_key_.find(key); it != position_by_key_.end()) return it->second;
  uint32_t sym = 0;
  if (auto s = symbol_by_name_.find(symbol); s != symbol_by_name_.end()) {
    sym = s->second;
  } else {
    sym = static_cast<uint32_t>(symbols_.size());
    symbols_.emplace_back();
    symbol_by_name_.emplace(symbol, sym);
  }
  const auto index = static_cast<uint32_t>(positions_.size());
  positions_.emplace_back();
  positions_.back().account = account;
  positions_.back().symbol = symbol;
  position_symbol_.push_back(sym);
  symbols_[sym].positions.push_back(index);
  position_by_key_.emplace(std::move(key), index);
  return index;
}

Status TaxLedger::apply(const Trade& trade) {
  const uint32_t position = position_index(trade.account, trade.symbol);
  trade_ids_.push_back(trade.trade_id);
  if (trade.side == Side::kBuy) {
    open_lot(trade, position);
    return {};
  }
  return sell(trade, position);
}

void TaxLedger::open_lot(const Trade& trade, uint32_t position) {
  LotSlot lot;
  lot.origin = static_cast<uint32_t>(trade_ids_.size() - 1);
  lot.quantity = trade.quantity;
  lot.basis = notional(trade.price, trade.quantity) + trade.fees;
  lot.acquired = trade.trade_date;
  lot.adjusted_acquired = trade.trade_date;
  lot.seq = next_seq_++;
  lot.origin_seq = lot.seq;
  Position& pos = positions_[position];
  pos.lots.push_back(lot);
  pos.open += trade.quantity;
  match_pending_forward(position, position_symbol_[position], trade.trade_date);
}

Result<std::vector<TaxLedger::Relief>> TaxLedger::plan_relief(const Trade& trade,
                                                              const Position& pos) const {
  std::vector<std::size_t> order;
  Quantity wanted = trade.quantity;
  const auto take_open = [&](std::size_t i) {
    if (!pos.lots[i].quantity.is_positive()) return;
    order.push_back(i);
    wanted -= std::min(wanted, pos.lots[i].quantity);
  };
  if (method_ == LotMethod::kLifo) {
    for (std::size_t i = pos.lots.size(); i-- > pos.head && wanted.is_positive();) take_open(i);
  } else if (method_ == LotMethod::kHifo ||
             (method_ == LotMethod::kSpecific && !trade.lot_ids.empty())) {
    for (std::size_t i = pos.head; i < pos.lots.size(); ++i) {
      if (pos.lots[i].quantity.is_positive()) order.push_back(i);
    }
  } else {  // FIFO, and specific identification when the sale names no lots
    for (std::size_t i = pos.head; i < pos.lots.size() && wanted.is_positive(); ++i) take_open(i);
  }
  if (method_ == LotMethod::kHifo) {
    std::sort(order.begin(), order.end(), [&pos](std::size_t a, std::size_t b) {
      return higher_unit_basis(pos.lots[a], pos.lots[b]);
    });
  }
  if (method_ == LotMethod::kSpecific && !trade.lot_ids.empty()) {
    std::vector<std::size_t> named;
    for (const std::string& id : trade.lot_ids) {
      const std::size_t before = named.size();
      for (const std::size_t i : order) {
        const LotSlot& lot = pos.lots[i];
        if ((trade_ids_[lot.origin] == id || lot_id(lot) == id) &&
            std::find(named.begin(), named.end(), i) == named.end()) {
          named.push_back(i);
        }
      }
      if (named.size() == before) {
        return invalid_argument(
            fmt::format("{} lot_ids: no open lot \"{}\" of {} in account \"{}\"", describe(trade),
                        id, trade.symbol, trade.account));
      }
    }
    order = std::move(named);
  }
  std::vector<Relief> plan;
  Quantity remaining = trade.quantity;
  for (const std::size_t i : order) {
    if (remaining.is_zero()) break;
    const Quantity take = std::min(remaining, pos.lots[i].quantity);
    plan.push_back(Relief{i, take});
    remaining -= take;
  }
  if (remaining.is_positive()) {
    return invalid_argument(fmt::format("{} lot_ids: the lots named hold {} of the {} shares sold",
                                        describe(trade), (trade.quantity - remaining).to_string(),
                                        trade.quantity.to_string()));
  }
  return plan;
}

Status TaxLedger::sell(const Trade& trade, uint32_t position) {
  Position& pos = positions_[position];
  if (trade.quantity > pos.open) {
    return invalid_argument(fmt::format(
        "{}: SELL {} {} exceeds the {} shares held in account \"{}\" (short sales are not "
        "supported yet)",
        describe(trade), trade.quantity.to_string(), trade.symbol, pos.open.to_string(),
        trade.account));
  }
  Result<std::vector<Relief>> plan = plan_relief(trade, pos);
  if (!plan.ok()) return plan.error();
  const Money net = notional(trade.price, trade.quantity) - trade.fees;
  Quantity done;
  Money allocated;
  const std::size_t first = dispositions_.size();
  for (const Relief& relief : *plan) {
    LotSlot& lot = pos.lots[relief.lot];
    Disposition d;
    d.sell_trade_id = trade.trade_id;
    d.sell_index = static_cast<uint32_t>(trade_ids_.size() - 1);
    d.lot_id = lot_id(lot);
    d.origin_id = trade_ids_[lot.origin];
    d.account = pos.account;
    d.symbol = pos.symbol;
    d.quantity = relief.quantity;
    d.acquired = lot.adjusted_acquired;
    d.sold = trade.trade_date;
    d.lot_seq = lot.seq;
    d.origin_seq = lot.origin_seq;
    d.basis = pro_rata(lot.basis, relief.quantity, lot.quantity);
    const Money adjustment = pro_rata(lot.wash_adjustment, relief.quantity, lot.quantity);
    // Cumulative allocation keeps the parts summing exactly to the sale's net proceeds.
    done += relief.quantity;
    const Money cumulative = pro_rata(net, done, trade.quantity);
    d.proceeds = cumulative - allocated;
    allocated = cumulative;
    d.long_term = is_long_term(lot.adjusted_acquired, trade.trade_date);
    lot.basis -= d.basis;
    lot.wash_adjustment -= adjustment;
    lot.quantity -= relief.quantity;
    pos.open -= relief.quantity;
    dispositions_.push_back(std::move(d));
  }
  compact(pos);
  // Reg. §1.1091-1(b): losses are taken in the order of sale; the lots of one sale in the
  // order they were acquired.
  std::vector<std::size_t> losses;
  for (std::size_t i = first; i < dispositions_.size(); ++i) {
    if (dispositions_[i].loss().is_positive()) losses.push_back(i);
  }
  std::sort(losses.begin(), losses.end(), [this](std::size_t a, std::size_t b) {
    return dispositions_[a].lot_seq < dispositions_[b].lot_seq;
  });
  for (const std::size_t i : losses) match_loss_backward(i, position_symbol_[position]);
  return {};
}

void TaxLedger::compact(Position& pos) {
  while (pos.lots.size() > pos.head && pos.lots.back().quantity.is_zero()) pos.lots.pop_back();
  while (pos.head < pos.lots.size() && pos.lots[pos.head].quantity.is_zero()) ++pos.head;
  if (pos.head >= 64 && pos.head * 2 > pos.lots.size()) {
    pos.lots.erase(pos.lots.begin(), pos.lots.begin() + static_cast<std::ptrdiff_t>(pos.head));
    pos.head = 0;
  }
}

std::string TaxLedger::lot_id(const LotSlot& lot) const {
  if (lot.split_by == kNoSplit) return trade_ids_[lot.origin];
  return trade_ids_[lot.origin] + "/" + trade_ids_[lot.split_by];
}

Lot TaxLedger::to_lot(const LotSlot& slot, const Position& position) const {
  Lot lot;
  lot.lot_id = lot_id(slot);
  lot.origin_id = trade_ids_[slot.origin];
  lot.account = position.account;
  lot.symbol = position.symbol;
  lot.quantity = slot.quantity;
  lot.basis = slot.basis;
  lot.wash_adjustment = slot.wash_adjustment;
  lot.acquired = slot.acquired;
  lot.adjusted_acquired = slot.adjusted_acquired;
  lot.replacement = slot.replacement;
  lot.seq = slot.seq;
  lot.origin_seq = slot.origin_seq;
  return lot;
}

std::vector<Lot> TaxLedger::open_lots() const {
  std::vector<Lot> out;
  for (const Position& pos : positions_) {
    for (std::size_t i = pos.head; i < pos.lots.size(); ++i) {
      if (pos.lots[i].quantity.is_positive()) out.push_back(to_lot(pos.lots[i], pos));
    }
  }
  // Within a position the vector is already in acquisition order (a split part first).
  std::stable_sort(out.begin(), out.end(), [](const Lot& a, const Lot& b) {
    return a.account != b.account ? a.account < b.account : a.symbol < b.symbol;
  });
  return out;
}

}  // namespace qtb::tax
