// sma_cross on the bundled MSFT daily closes, checked against a plain loop written here.
#include "strategy/sma_cross.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <deque>
#include <string>
#include <vector>

#include "data/csv_bar_reader.h"
#include "engine/backtest.h"
#include "strategy/builtin_strategies.h"

namespace qtb {
namespace {

std::string source_path(const std::string& relative) {
  const char* root = std::getenv("QTB_SOURCE_DIR");
  return std::string(root == nullptr ? "." : root) + "/" + relative;
}

// SMA by a running sum in the same order as TA-Lib (add new, divide, drop oldest), so the
// doubles match bit for bit and a crossing is decided the same way.
class NaiveSma {
 public:
  explicit NaiveSma(std::size_t n) : n_(n) {}
  bool ready() const { return window_.size() == n_; }
  double push(double x) {
    if (window_.size() == n_) {
      sum_ -= window_.front();
      window_.pop_front();
    }
    sum_ += x;
    window_.push_back(x);
    return sum_ / static_cast<double>(n_);
  }

 private:
  std::size_t n_;
  std::deque<double> window_;
  double sum_ = 0;
};

struct Expected {
  int64_t final_equity_cents = 0;
  int trades = 0;
};

// Fill rule `close`, 100 shares, USD 1 per order: cash arithmetic in integer cents (the MSFT
// closes have two decimals), crossing as in sma_cross.h.
Expected independent_run(const std::vector<Bar>& bars, std::size_t fast, std::size_t slow) {
  NaiveSma f(fast), s(slow);
  int64_t cash = 100000 * 100;
  int64_t shares = 0;
  double prev = std::nan("");
  Expected out;
  for (const Bar& b : bars) {
    const int64_t close_cents = b.close.raw() / 10'000'000;  // 9 decimals -> cents
    const double c = b.close.to_double();
    const double fv = f.push(c), sv = s.push(c);
    const double diff = f.ready() && s.ready() ? fv - sv : std::nan("");
    if (!std::isnan(diff) && !std::isnan(prev)) {
      if (prev <= 0 && diff > 0 && shares == 0) {
        cash -= 100 * close_cents + 100;
        shares = 100;
        ++out.trades;
      } else if (prev >= 0 && diff < 0 && shares > 0) {
        cash += shares * close_cents - 100;
        shares = 0;
      }
    }
    prev = diff;
    out.final_equity_cents = cash + shares * close_cents;
  }
  return out;
}

TEST(SmaCross, MsftFinalEquityMatchesIndependentLoop) {
  Result<data::ParsedBars> parsed = data::read_bar_csv(source_path("data/dow30/MSFT.csv"));
  ASSERT_TRUE(parsed.ok()) << parsed.error().message();
  ASSERT_TRUE(parsed->problems.empty());
  const std::vector<Bar>& bars = parsed->bars;
  ASSERT_GT(bars.size(), 2000u);

  const StrategyRegistry registry = strategies::builtin_strategy_registry();
  Result<StrategyConfig> config = registry.configure("sma_cross", {}, PositionSizing{});
  ASSERT_TRUE(config.ok());
  std::unique_ptr<Strategy> strategy = registry.create("sma_cross", *config);
  const std::unique_ptr<CommissionModel> commission = per_order_commission("1"_usd);
  Result<BacktestJournal> j = run_backtest({{"MSFT", bars}}, *strategy,
                                           {"100000"_usd, FillTiming::kClose, commission.get()});
  ASSERT_TRUE(j.ok());

  const Expected expected = independent_run(bars, 10, 30);
  ASSERT_GT(expected.trades, 10);
  const Money equity = j->final_cash + j->final_positions_value;
  EXPECT_EQ(equity.raw(), expected.final_equity_cents * 10'000);
  EXPECT_EQ(static_cast<int>(j->fills.size() + 1) / 2, expected.trades);
  EXPECT_EQ(j->equity.size(), bars.size());
  EXPECT_EQ(j->equity.back().equity, equity);
}

TEST(SmaCross, BuysOnUpCrossAndSellsOnDownCross) {
  // fast=1, slow=2: diff = close - mean(last two) has the sign of the last change.
  // Closes 10, 9, 11, 12, 8 give diffs from day 2: 9 - 9.5 = -0.5, 11 - 10 = 1 (up cross: buy
  // at 11), 12 - 11.5 = 0.5, 8 - 10 = -2 (down cross: sell at 8).
  std::vector<Bar> bars;
  const int closes[] = {10, 9, 11, 12, 8};
  for (int i = 0; i < 5; ++i) {
    const Price px = Price::from_units(closes[i]);
    bars.push_back(Bar{Timestamp::from_date(Date::from_ymd(2024, 1, 2 + i)), px, px, px, px,
                       "1"_qty, Price()});
  }
  const StrategyRegistry registry = strategies::builtin_strategy_registry();
  Result<StrategyConfig> config =
      registry.configure("sma_cross", {"fast=1", "slow=2"}, PositionSizing::fixed("10"_qty));
  ASSERT_TRUE(config.ok());
  std::unique_ptr<Strategy> strategy = registry.create("sma_cross", *config);
  const std::unique_ptr<CommissionModel> none = per_order_commission("0"_usd);
  Result<BacktestJournal> j =
      run_backtest({{"X", bars}}, *strategy, {"1000"_usd, FillTiming::kClose, none.get()});
  ASSERT_TRUE(j.ok());
  ASSERT_EQ(j->fills.size(), 2u);
  EXPECT_EQ(j->fills[0].price, "11"_px);
  EXPECT_EQ(j->fills[1].price, "8"_px);
  // Bought 10 @ 11, sold 10 @ 8: 1000 - 30 = 970.
  EXPECT_EQ(j->final_cash, "970"_usd);
  ASSERT_EQ(j->trades.size(), 1u);
  EXPECT_EQ(j->trades[0].pnl(), "-30"_usd);
}

}  // namespace
}  // namespace qtb
