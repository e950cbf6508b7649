// Tax books on 1,000,000 generated trades over 500 symbols and 2 accounts (seeded): each
// symbol's price is a random walk in cents, about 55% of trades are BUYs, SELLs never exceed
// the account's position, about 2,000 trades a trading day for ~500 days, so losses and
// repurchases within 30 days are frequent. Measured: every trade through TaxLedger (FIFO lot
// relief, wash-sale matching both ways) plus the Form 8949 rows of every year; and parsing the
// same trades from CSV text. Checks: shares conserved, disallowed loss == basis added, and a
// fixed number of dispositions. Reports trades/s and peak resident memory (ru_maxrss).
#include <benchmark/benchmark.h>
#include <fmt/format.h>
#include <sys/resource.h>

#include <random>
#include <string>
#include <vector>

#include "tax/form8949.h"
#include "tax/tax_ledger.h"
#include "tax/trades_csv.h"

namespace qtb::tax {
namespace {

constexpr int kTrades = 1'000'000;
constexpr int kSymbols = 500;
constexpr int kTradesPerDay = 2'000;

// rising: every price a cent above the last, so no sale loses and no wash sale happens (the
// baseline: lot relief and Form 8949 rows alone).
std::vector<Trade> generate_trades(bool rising) {
  std::mt19937_64 rng(20240101);
  std::uniform_int_distribution<int> pick_symbol(0, kSymbols - 1);
  std::uniform_int_distribution<int> pick_account(0, 1);
  std::uniform_int_distribution<int> percent(0, 99);
  std::uniform_int_distribution<int64_t> shares(1, 200);
  std::uniform_int_distribution<int64_t> step(-40, 40);
  std::vector<int64_t> px_cents(kSymbols, 10'000);
  std::vector<int64_t> held(kSymbols * 2, 0);
  std::vector<Trade> trades;
  trades.reserve(kTrades);
  Date day = Date::from_ymd(2023, 1, 3);
  for (int i = 0; i < kTrades; ++i) {
    if (i > 0 && i % kTradesPerDay == 0) {
      day = day + 1;
      while (day.is_weekend()) day = day + 1;
    }
    const int s = pick_symbol(rng);
    const int a = pick_account(rng);
    int64_t& position = held[static_cast<std::size_t>(s * 2 + a)];
    const int64_t walk = step(rng);
    px_cents[static_cast<std::size_t>(s)] =
        rising ? 10'000 + i : std::max<int64_t>(100, px_cents[static_cast<std::size_t>(s)] + walk);
    Trade t;
    t.trade_id = fmt::format("T{}", i);
    t.trade_date = day;
    t.ts = Timestamp::from_date(day) + (i % kTradesPerDay + 1) * kNanosPerSecond;
    t.symbol = fmt::format("S{:03}", s);
    t.account = a == 0 ? "IB1" : "IB2";
    const bool sell = position > 0 && percent(rng) >= 55;
    const int64_t qty = sell ? std::min(position, shares(rng)) : shares(rng);
    position += sell ? -qty : qty;
    t.side = sell ? Side::kSell : Side::kBuy;
    t.quantity = Quantity::from_units(qty);
    t.price = Price::from_raw(px_cents[static_cast<std::size_t>(s)] * 10'000'000);
    t.fees = rising ? Money() : Money::from_raw(1'000'000);  // 1.00
    t.line = static_cast<uint32_t>(i + 2);
    trades.push_back(std::move(t));
  }
  return trades;
}

const std::vector<Trade>& trades(bool rising = false) {
  static const std::vector<Trade> kWalk = generate_trades(false);
  static const std::vector<Trade> kRising = generate_trades(true);
  return rising ? kRising : kWalk;
}

double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// state.range(0): 0 random walk (frequent wash sales), 1 rising prices (none).
void BM_LedgerWashSalesAndForm8949(benchmark::State& state) {
  const std::vector<Trade>& input = trades(state.range(0) == 1);
  std::size_t rows = 0;
  std::size_t washes = 0;
  std::size_t open_lots = 0;
  for (auto _ : state) {
    TaxLedger ledger(LotMethod::kFifo);
    for (const Trade& t : input) {
      if (!ledger.apply(t).ok()) state.SkipWithError("trade refused");
    }
    rows = 0;
    for (int year = 2023; year <= 2025; ++year) {
      FormOptions options;
      options.year = year;
      rows += form8949_rows(ledger.dispositions(), options).size();
    }
    // The answer: every disposition lands on a form, shares and disallowed losses balance.
    Quantity bought;
    for (const Trade& t : input) bought += t.side == Side::kBuy ? t.quantity : Quantity();
    Quantity sold;
    Money disallowed;
    for (const Disposition& d : ledger.dispositions()) {
      sold += d.quantity;
      disallowed += d.disallowed;
    }
    Money added;
    for (const WashSale& w : ledger.wash_sales()) added += w.disallowed;
    const std::vector<Lot> open = ledger.open_lots();
    Quantity still_open;
    for (const Lot& l : open) still_open += l.quantity;
    if (rows != ledger.dispositions().size() || bought != sold + still_open ||
        disallowed != added) {
      state.SkipWithError("books do not balance");
    }
    washes = ledger.wash_sales().size();
    open_lots = open.size();
    benchmark::DoNotOptimize(rows);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * kTrades);
  state.counters["form8949_rows"] = static_cast<double>(rows);
  state.counters["wash_sales"] = static_cast<double>(washes);
  state.counters["open_lots"] = static_cast<double>(open_lots);
  state.counters["peak_rss_MiB"] = peak_rss_mib();
}
BENCHMARK(BM_LedgerWashSalesAndForm8949)
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

std::string trades_csv_text() {
  std::string text = "trade_id,datetime,symbol,side,quantity,price,fees,account\n";
  for (const Trade& t : trades()) {
    text += fmt::format("{},{},{},{},{},{},{},{}\n", t.trade_id, t.trade_date.to_string(), t.symbol,
                        t.side == Side::kBuy ? "BUY" : "SELL", t.quantity.to_string(),
                        t.price.to_string(), t.fees.to_string(), t.account);
  }
  return text;
}

void BM_ParseTradesCsv(benchmark::State& state) {
  const std::string text = trades_csv_text();
  for (auto _ : state) {
    Result<std::vector<Trade>> parsed = parse_trades_csv(text, "bench.csv");
    if (!parsed.ok() || parsed->size() != static_cast<std::size_t>(kTrades) ||
        (*parsed)[12345].price != trades()[12345].price) {
      state.SkipWithError("parse mismatch");
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * kTrades);
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_ParseTradesCsv)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
}  // namespace qtb::tax
