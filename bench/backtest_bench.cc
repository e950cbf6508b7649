// Backtest kernel throughput: sma_cross (10/30, 100 shares, USD 1 per order, fills at the next
// open) over 500 symbols x 2000 daily bars = 1M bars of a seeded random walk, end to end
// (replay, strategy, orders, fills, portfolio, journal). Beside it the same arithmetic as a
// plain loop (SmaStream per symbol, integer-cent cash); both check the same final equity.
#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include "engine/backtest.h"
#include "indicators/sma.h"
#include "strategy/builtin_strategies.h"

namespace {

using namespace qtb;

constexpr int kSymbols = 500;
constexpr int kBarsPerSymbol = 2000;
constexpr int64_t kCashCents = 1'000'000'000 * int64_t{100};

Price cents(int64_t c) { return Price::from_raw(c * 10'000'000); }

struct Universe {
  std::vector<std::string> names;
  std::vector<std::vector<Bar>> bars;
  std::vector<std::vector<int64_t>> open_cents, close_cents;
};

// Each symbol: close = previous close +- up to 1 %, open between previous close and close.
const Universe& universe() {
  static const Universe u = [] {
    Universe out;
    std::mt19937_64 rng(42);
    for (int s = 0; s < kSymbols; ++s) {
      out.names.push_back(fmt::format("S{}", 1000 + s));
      std::vector<Bar> bars;
      std::vector<int64_t> opens, closes;
      int64_t close = 5000 + static_cast<int64_t>(rng() % 20000);
      for (int d = 0; d < kBarsPerSymbol; ++d) {
        const int64_t step = static_cast<int64_t>(rng() % 201) - 100;  // -1 % .. +1 %
        const int64_t open = close + close * (step / 2) / 10000;
        const int64_t next = std::max<int64_t>(100, close + close * step / 10000);
        const int64_t high = std::max(open, next) + 5, low = std::min(open, next) - 5;
        bars.push_back(Bar{Timestamp::from_date(Date::from_ymd(2000, 1, 1) + d), cents(open),
                           cents(high), cents(low), cents(next), "1000"_qty, Price()});
        opens.push_back(open);
        closes.push_back(next);
        close = next;
      }
      out.bars.push_back(std::move(bars));
      out.open_cents.push_back(std::move(opens));
      out.close_cents.push_back(std::move(closes));
    }
    return out;
  }();
  return u;
}

// The same decisions and cash arithmetic as sma_cross under next_open, without the kernel.
int64_t hand_loop_final_equity_cents(const Universe& u) {
  struct S {
    ind::SmaStream fast{10}, slow{30};
    double prev = std::nan("");
    int64_t shares = 0;
    int pending = 0;  // +1 buy, -1 sell at the next open
  };
  std::vector<S> st(kSymbols);
  int64_t cash = kCashCents;
  for (int d = 0; d < kBarsPerSymbol; ++d) {
    for (int s = 0; s < kSymbols; ++s) {
      S& x = st[static_cast<std::size_t>(s)];
      const int64_t open = u.open_cents[static_cast<std::size_t>(s)][static_cast<std::size_t>(d)];
      if (x.pending == 1) cash -= 100 * open + 100, x.shares = 100;
      if (x.pending == -1) cash += x.shares * open - 100, x.shares = 0;
      x.pending = 0;
      const int64_t c = u.close_cents[static_cast<std::size_t>(s)][static_cast<std::size_t>(d)];
      const double close = static_cast<double>(c) / 100;
      const double diff = x.fast.update(close) - x.slow.update(close);
      const double prev = x.prev;
      x.prev = diff;
      if (std::isnan(diff) || std::isnan(prev)) continue;
      if (prev <= 0 && diff > 0 && x.shares == 0) x.pending = 1;
      if (prev >= 0 && diff < 0 && x.shares > 0) x.pending = -1;
    }
  }
  int64_t equity = cash;
  for (int s = 0; s < kSymbols; ++s) {
    equity +=
        st[static_cast<std::size_t>(s)].shares * u.close_cents[static_cast<std::size_t>(s)].back();
  }
  return equity;
}

int64_t expected_equity_cents() {
  static const int64_t e = hand_loop_final_equity_cents(universe());
  return e;
}

void BM_BacktestSmaCross(benchmark::State& state) {
  const Universe& u = universe();
  const StrategyRegistry registry = strategies::builtin_strategy_registry();
  const StrategyConfig config = *registry.configure("sma_cross", {}, PositionSizing{});
  const std::unique_ptr<CommissionModel> commission = per_order_commission("1"_usd);
  uint64_t events = 0;
  for (auto _ : state) {
    std::vector<SymbolSeries> series;
    for (int s = 0; s < kSymbols; ++s) {
      series.push_back(
          SymbolSeries{u.names[static_cast<std::size_t>(s)], u.bars[static_cast<std::size_t>(s)]});
    }
    std::unique_ptr<Strategy> strategy = registry.create("sma_cross", config);
    Result<BacktestJournal> j =
        run_backtest(series, *strategy,
                     BacktestConfig{Money::from_raw(kCashCents * 10'000), FillTiming::kNextOpen,
                                    commission.get()});
    const Money equity = j->final_cash + j->final_positions_value;
    if (equity.raw() != expected_equity_cents() * 10'000) {
      state.SkipWithError("final equity differs from the hand loop");
      return;
    }
    events = j->events;
    benchmark::DoNotOptimize(j->fills.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * kSymbols * kBarsPerSymbol);
  state.counters["events"] = static_cast<double>(events);
  state.counters["final_equity_usd"] = static_cast<double>(expected_equity_cents()) / 100;
}
BENCHMARK(BM_BacktestSmaCross)->Unit(benchmark::kMillisecond);

void BM_HandLoopSmaCross(benchmark::State& state) {
  const Universe& u = universe();
  for (auto _ : state) {
    const int64_t equity = hand_loop_final_equity_cents(u);
    if (equity != expected_equity_cents()) {
      state.SkipWithError("hand loop is not deterministic");
      return;
    }
    benchmark::DoNotOptimize(equity);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * kSymbols * kBarsPerSymbol);
}
BENCHMARK(BM_HandLoopSmaCross)->Unit(benchmark::kMillisecond);

}  // namespace
