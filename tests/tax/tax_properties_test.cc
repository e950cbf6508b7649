// Property tests of the ledger on seeded random trade streams (rapidcheck draws the seed).
#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

#include <algorithm>
#include <map>
#include <random>

#include "tax/tax_ledger.h"
#include "tax/tax_report.h"

namespace qtb::tax {
namespace {

struct StreamOptions {
  bool rising_prices = false;  // every price above every earlier one, no fees: no losses
};

// A random stream of BUYs and SELLs over two symbols and two accounts that never sells more
// than an account holds. Timestamps are distinct and increasing.
std::vector<Trade> random_trades(uint64_t seed, int count, StreamOptions options) {
  std::mt19937_64 rng(seed);
  auto uniform = [&rng](int64_t lo, int64_t hi) {
    return std::uniform_int_distribution<int64_t>(lo, hi)(rng);
  };
  const char* const kSymbols[] = {"AAA", "BBB"};
  const char* const kAccounts[] = {"A", "B"};
  std::map<std::string, Quantity> held;
  std::vector<Trade> trades;
  Date day = Date::from_ymd(2024, 1, 2);
  for (int i = 0; i < count; ++i) {
    day = day + static_cast<int32_t>(uniform(0, 4));
    Trade t;
    t.trade_id = "T" + std::to_string(i);
    t.trade_date = day;
    t.ts = Timestamp::from_date(day) + (i + 1) * kNanosPerSecond;
    t.symbol = kSymbols[uniform(0, 1)];
    t.account = kAccounts[uniform(0, 1)];
    Quantity& position = held[t.account + "/" + t.symbol];
    const bool sell = position.is_positive() && uniform(0, 2) > 0;
    t.side = sell ? Side::kSell : Side::kBuy;
    t.quantity = sell ? Quantity::from_raw(uniform(1, position.raw()))
                      : Quantity::from_raw(uniform(1, 100'000'000));  // up to 100 shares
    position = sell ? position - t.quantity : position + t.quantity;
    t.price = options.rising_prices ? Price::from_units(10 + i)
                                    : Price::from_raw(uniform(5'000'000'000, 15'000'000'000));
    t.fees = options.rising_prices ? Money() : Money::from_raw(uniform(0, 1'000'000));
    t.line = static_cast<uint32_t>(i + 2);
    trades.push_back(std::move(t));
  }
  return trades;
}

TaxLedger run(const std::vector<Trade>& trades, LotMethod method = LotMethod::kFifo) {
  TaxLedger ledger(method);
  for (const Trade& t : trades) RC_ASSERT(ledger.apply(t).ok());
  return ledger;
}

LotMethod any_method() {
  return *rc::gen::element(LotMethod::kFifo, LotMethod::kLifo, LotMethod::kHifo);
}

RC_GTEST_PROP(TaxProperties, SharesAreConserved, ()) {
  const auto trades =
      random_trades(*rc::gen::arbitrary<uint64_t>(), *rc::gen::inRange(1, 200), StreamOptions{});
  const TaxLedger ledger = run(trades, any_method());
  Quantity bought;
  Quantity sold_trades;
  for (const Trade& t : trades) (t.side == Side::kBuy ? bought : sold_trades) += t.quantity;
  Quantity sold;
  for (const Disposition& d : ledger.dispositions()) sold += d.quantity;
  Quantity open;
  for (const Lot& l : ledger.open_lots()) open += l.quantity;
  RC_ASSERT(sold == sold_trades);
  RC_ASSERT(bought == sold + open);
}

// Every disallowed dollar lands in some replacement lot's basis: cost paid + disallowed =
// basis relieved + basis still open, exactly.
RC_GTEST_PROP(TaxProperties, DisallowedLossEqualsBasisAdded, ()) {
  const auto trades =
      random_trades(*rc::gen::arbitrary<uint64_t>(), *rc::gen::inRange(1, 200), StreamOptions{});
  const TaxLedger ledger = run(trades, any_method());
  Money disallowed;
  for (const Disposition& d : ledger.dispositions()) disallowed += d.disallowed;
  Money added;
  for (const WashSale& w : ledger.wash_sales()) added += w.disallowed;
  RC_ASSERT(disallowed == added);
  Money cost;
  for (const Trade& t : trades) {
    if (t.side == Side::kBuy) cost += notional(t.price, t.quantity) + t.fees;
  }
  Money basis;
  for (const Disposition& d : ledger.dispositions()) basis += d.basis;
  for (const Lot& l : ledger.open_lots()) basis += l.basis;
  RC_ASSERT(cost + disallowed == basis);
  for (const Disposition& d : ledger.dispositions()) {
    RC_ASSERT(!d.disallowed.is_negative());
    RC_ASSERT(d.disallowed <= (d.loss().is_positive() ? d.loss() : Money()));
  }
}

RC_GTEST_PROP(TaxProperties, NoLossesMeansNoWashSales, ()) {
  StreamOptions options;
  options.rising_prices = true;
  const auto trades =
      random_trades(*rc::gen::arbitrary<uint64_t>(), *rc::gen::inRange(1, 200), options);
  const TaxLedger ledger = run(trades, any_method());
  for (const Disposition& d : ledger.dispositions()) RC_ASSERT(!d.loss().is_positive());
  RC_ASSERT(ledger.wash_sales().empty());
}

RC_GTEST_PROP(TaxProperties, ResultsDoNotDependOnInputOrder, ()) {
  const uint64_t seed = *rc::gen::arbitrary<uint64_t>();
  const auto trades = random_trades(seed, *rc::gen::inRange(1, 200), StreamOptions{});
  std::vector<Trade> shuffled = trades;
  std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937_64(seed ^ 0x9e3779b97f4a7c15ULL));
  for (std::size_t i = 0; i < shuffled.size(); ++i) shuffled[i].line = static_cast<uint32_t>(i + 2);
  FormOptions options;
  options.year = 2024;
  const LotMethod method = any_method();
  const Result<TaxReport> a = build_tax_report(trades, method, options);
  const Result<TaxReport> b = build_tax_report(shuffled, method, options);
  RC_ASSERT(a.ok());
  RC_ASSERT(b.ok());
  RC_ASSERT(form8949_csv(a->rows, FormRounding::kCents) ==
            form8949_csv(b->rows, FormRounding::kCents));
  RC_ASSERT(wash_sales_csv(a->wash_sales, 2024) == wash_sales_csv(b->wash_sales, 2024));
  RC_ASSERT(open_lots_csv(a->open_lots) == open_lots_csv(b->open_lots));
}

}  // namespace
}  // namespace qtb::tax
