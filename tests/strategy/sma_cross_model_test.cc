// sma_cross through the whole kernel against a naive model on seeded random multi-symbol data:
// the same decisions (SmaStream per symbol), fills at the next open, cash in integer cents.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "engine/backtest.h"
#include "indicators/sma.h"
#include "strategy/builtin_strategies.h"

namespace qtb {
namespace {

constexpr int kSymbols = 20;
constexpr int kDays = 300;

Price cents(int64_t c) { return Price::from_raw(c * 10'000'000); }

struct Universe {
  std::vector<std::vector<Bar>> bars;
  std::vector<std::vector<int64_t>> open, close;  // cents
};

Universe random_universe(uint64_t seed) {
  Universe u;
  std::mt19937_64 rng(seed);
  for (int s = 0; s < kSymbols; ++s) {
    std::vector<Bar> bars;
    std::vector<int64_t> opens, closes;
    int64_t close = 1000 + static_cast<int64_t>(rng() % 9000);
    for (int d = 0; d < kDays; ++d) {
      const int64_t step = static_cast<int64_t>(rng() % 401) - 200;  // -2 % .. +2 %
      const int64_t open = close + close * (step / 3) / 10000;
      const int64_t next = std::max<int64_t>(100, close + close * step / 10000);
      bars.push_back(Bar{Timestamp::from_date(Date::from_ymd(2020, 1, 1) + d), cents(open),
                         cents(std::max(open, next)), cents(std::min(open, next)), cents(next),
                         "1000"_qty, Price()});
      opens.push_back(open);
      closes.push_back(next);
      close = next;
    }
    u.bars.push_back(std::move(bars));
    u.open.push_back(std::move(opens));
    u.close.push_back(std::move(closes));
  }
  return u;
}

// 50 shares a trade, USD 1 per order, plenty of cash.
int64_t model_final_equity_cents(const Universe& u) {
  struct State {
    ind::SmaStream fast{5}, slow{20};
    double prev = std::nan("");
    int64_t shares = 0;
    int pending = 0;
  };
  std::vector<State> st(kSymbols);
  int64_t cash = 10'000'000 * int64_t{100};
  for (std::size_t d = 0; d < kDays; ++d) {
    for (std::size_t s = 0; s < kSymbols; ++s) {
      State& x = st[s];
      if (x.pending == 1) {
        cash -= 50 * u.open[s][d] + 100;
        x.shares = 50;
      } else if (x.pending == -1) {
        cash += x.shares * u.open[s][d] - 100;
        x.shares = 0;
      }
      x.pending = 0;
      const double c = static_cast<double>(u.close[s][d]) / 100;
      const double diff = x.fast.update(c) - x.slow.update(c);
      const double prev = x.prev;
      x.prev = diff;
      if (std::isnan(diff) || std::isnan(prev)) continue;
      if (prev <= 0 && diff > 0 && x.shares == 0) x.pending = 1;
      if (prev >= 0 && diff < 0 && x.shares > 0) x.pending = -1;
    }
  }
  for (std::size_t s = 0; s < kSymbols; ++s) cash += st[s].shares * u.close[s].back();
  return cash;
}

TEST(SmaCrossModel, KernelMatchesNaiveLoopOnRandomMultiSymbolData) {
  for (const uint64_t seed : {1u, 2u, 3u}) {
    const Universe u = random_universe(seed);
    std::vector<SymbolSeries> series;
    for (int s = 0; s < kSymbols; ++s) {
      // Zero-padded names keep name order equal to the model's index order.
      series.push_back(
          SymbolSeries{fmt::format("S{}", 100 + s), u.bars[static_cast<std::size_t>(s)]});
    }
    const StrategyRegistry registry = strategies::builtin_strategy_registry();
    Result<StrategyConfig> config =
        registry.configure("sma_cross", {"fast=5", "slow=20"}, PositionSizing::fixed("50"_qty));
    ASSERT_TRUE(config.ok());
    std::unique_ptr<Strategy> strategy = registry.create("sma_cross", *config);
    const std::unique_ptr<CommissionModel> fee = per_order_commission("1"_usd);
    Result<BacktestJournal> j =
        run_backtest(series, *strategy, {"10000000"_usd, FillTiming::kNextOpen, fee.get()});
    ASSERT_TRUE(j.ok());
    EXPECT_GT(j->fills.size(), 50u) << seed;
    const Money equity = j->final_cash + j->final_positions_value;
    EXPECT_EQ(equity.raw(), model_final_equity_cents(u) * 10'000) << "seed " << seed;
  }
}

}  // namespace
}  // namespace qtb
