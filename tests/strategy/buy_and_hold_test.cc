#include "strategy/buy_and_hold.h"

#include <gtest/gtest.h>

#include <vector>

#include "engine/backtest.h"
#include "strategy/builtin_strategies.h"

namespace qtb {
namespace {

TEST(BuyAndHold, BuysOnceOnTheFirstBarAndHolds) {
  std::vector<Bar> bars;
  for (int i = 0; i < 3; ++i) {
    const Price px = Price::from_units(20 + i);  // closes 20, 21, 22
    bars.push_back(Bar{Timestamp::from_date(Date::from_ymd(2024, 1, 2 + i)), px, px, px, px,
                       "1"_qty, Price()});
  }
  const StrategyRegistry registry = strategies::builtin_strategy_registry();
  std::unique_ptr<Strategy> s = registry.create(
      "buy_and_hold", *registry.configure("buy_and_hold", {}, PositionSizing::fixed("50"_qty)));
  const std::unique_ptr<CommissionModel> fee = per_order_commission("1"_usd);
  Result<BacktestJournal> j =
      run_backtest({{"X", bars}}, *s, {"5000"_usd, FillTiming::kNextOpen, fee.get()});
  ASSERT_TRUE(j.ok());
  ASSERT_EQ(j->fills.size(), 1u);
  // Fills at day 2's open 21: cash 5000 - 1050 - 1 = 3949; equity at the end 3949 + 50 * 22.
  EXPECT_EQ(j->final_cash, "3949"_usd);
  EXPECT_EQ(j->equity.back().equity, "5049"_usd);
}

TEST(BuyAndHold, PercentSizingSpendsThatShareOfEquityAtTheClose) {
  std::vector<Bar> bars;
  for (int i = 0; i < 3; ++i) {
    const Price px = Price::from_units(20 + i);  // closes 20, 21, 22
    bars.push_back(Bar{Timestamp::from_date(Date::from_ymd(2024, 1, 2 + i)), px, px, px, px,
                       "1"_qty, Price()});
  }
  const StrategyRegistry registry = strategies::builtin_strategy_registry();
  std::unique_ptr<Strategy> s = registry.create(
      "buy_and_hold",
      *registry.configure("buy_and_hold", {}, *parse_position_sizing("percent:50")));
  const std::unique_ptr<CommissionModel> fee = per_order_commission("1"_usd);
  Result<BacktestJournal> j =
      run_backtest({{"X", bars}}, *s, {"10000"_usd, FillTiming::kClose, fee.get()});
  ASSERT_TRUE(j.ok());
  // 50 % of 10000 at 20 = 250 shares: cash 10000 - 5000 - 1 = 4999; end 4999 + 250 * 22.
  ASSERT_EQ(j->fills.size(), 1u);
  EXPECT_EQ(j->fills[0].quantity, "250"_qty);
  EXPECT_EQ(j->equity.back().equity, "10499"_usd);
}

}  // namespace
}  // namespace qtb
