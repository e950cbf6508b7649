// Test helpers: trades in one line each, a ledger run over them, and its state as short text.
#pragma once

#include <fmt/format.h>

#include <string>
#include <vector>

#include "tax/tax_ledger.h"

namespace qtb::tax::testing {

inline Trade make_trade(Side side, const std::string& id, const char* date, const char* qty,
                        const char* px, const char* fees = "0", const std::string& account = "",
                        const std::string& symbol = "XYZ") {
  Trade t;
  t.trade_id = id;
  t.trade_date = *Date::parse(date);
  t.ts = Timestamp::from_date(t.trade_date);
  t.symbol = symbol;
  t.side = side;
  t.quantity = *Quantity::parse(qty);
  t.price = *Price::parse(px);
  t.fees = *Money::parse(fees);
  t.account = account;
  return t;
}

inline Trade buy(const std::string& id, const char* date, const char* qty, const char* px,
                 const char* fees = "0", const std::string& account = "") {
  return make_trade(Side::kBuy, id, date, qty, px, fees, account);
}

inline Trade sell(const std::string& id, const char* date, const char* qty, const char* px,
                  const char* fees = "0", const std::string& account = "") {
  return make_trade(Side::kSell, id, date, qty, px, fees, account);
}

// Applies `trades` in the order given (lines numbered from 2, as under a header); the caller
// lists them in time order. Fails the test on a refused trade.
inline TaxLedger run_ledger(std::vector<Trade> trades, LotMethod method = LotMethod::kFifo) {
  TaxLedger ledger(method);
  uint32_t line = 2;
  for (Trade& t : trades) {
    t.line = line++;
    const Status s = ledger.apply(t);
    EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message());
  }
  return ledger;
}

// "[B1 100@1050.00 2023-12-05, ...]": lot id, shares, adjusted basis, adjusted acquisition date.
inline std::string lots(const TaxLedger& ledger) {
  std::string out = "[";
  for (const Lot& l : ledger.open_lots()) {
    if (out.size() > 1) out += ", ";
    out += fmt::format("{} {}@{} {}", l.lot_id, l.quantity.to_string(), l.basis.to_string(2),
                       l.adjusted_acquired.to_string());
  }
  return out + "]";
}

// "S1:B1 100 proceeds=750.00 basis=1000.00 disallowed=250.00 short 2024-01-02": one per line.
inline std::string sales(const TaxLedger& ledger) {
  std::string out;
  for (const Disposition& d : ledger.dispositions()) {
    out += fmt::format("{}:{} {} proceeds={} basis={} disallowed={} {} {}\n", d.sell_trade_id,
                       d.lot_id, d.quantity.to_string(), d.proceeds.to_string(2),
                       d.basis.to_string(2), d.disallowed.to_string(2),
                       d.long_term ? "long" : "short", d.acquired.to_string());
  }
  return out;
}

}  // namespace qtb::tax::testing
