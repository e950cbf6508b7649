#include "engine/backtest.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "portfolio/portfolio.h"

namespace qtb {
namespace {

Bar bar(int day, Price open, Price close) {
  return Bar{Timestamp::from_date(Date::from_ymd(2024, 1, day)),
             open,
             std::max(open, close),
             std::min(open, close),
             close,
             "1000"_qty,
             Price()};
}

// A strategy whose on_bar is a lambda, for scripted scenarios.
class Scripted final : public Strategy {
 public:
  using OnBar = std::function<void(StrategyContext&, const BarEvent&)>;
  explicit Scripted(OnBar on_bar) : on_bar_(std::move(on_bar)) {}
  void on_bar(StrategyContext& context, const BarEvent& event) override { on_bar_(context, event); }

 private:
  OnBar on_bar_;
};

BacktestJournal run(const std::vector<SymbolSeries>& series, Strategy& strategy, FillTiming fill) {
  const std::unique_ptr<CommissionModel> commission = per_order_commission("1"_usd);
  Result<BacktestJournal> j =
      run_backtest(series, strategy, BacktestConfig{"10000"_usd, fill, commission.get()});
  EXPECT_TRUE(j.ok());
  return std::move(*j);
}

const std::vector<Bar> kAbc{bar(2, "10"_px, "10"_px), bar(3, "11"_px, "12"_px),
                            bar(4, "13"_px, "14"_px)};

TEST(Backtest, StrategyCannotReadAFutureBar) {
  std::vector<std::string> seen;
  Scripted s([&](StrategyContext& ctx, const BarEvent& ev) {
    EXPECT_EQ(ctx.history(ev.symbol).size(), ev.index + 1);
    EXPECT_TRUE(ctx.bar_at(ev.symbol, ev.index).ok());
    Result<Bar> future = ctx.bar_at(ev.symbol, ev.index + 1);
    ASSERT_FALSE(future.ok());
    seen.push_back(future.error().message());
  });
  run({{"ABC", kAbc}}, s, FillTiming::kClose);
  ASSERT_EQ(seen.size(), 3u);
  EXPECT_EQ(seen[0], "LOOK_AHEAD: ABC bar 1 is not visible at 2024-01-02T00:00:00Z (bars seen: 1)");
}

TEST(Backtest, NextOpenBuyFillsAtFollowingOpenAndEquityTracksCloses) {
  Scripted s([](StrategyContext& ctx, const BarEvent& ev) {
    if (ev.index == 0) {
      ctx.submit_order(
          OrderRequest{ev.symbol, OrderSide::kBuy, OrderType::kMarket, "100"_qty, {}, {}});
    }
  });
  const BacktestJournal j = run({{"ABC", kAbc}}, s, FillTiming::kNextOpen);
  ASSERT_EQ(j.fills.size(), 1u);
  EXPECT_EQ(j.fills[0].price, "11"_px);
  // Day 3: cash 10000 - 1100 - 1 = 8899, 100 * 12 = 1200 -> 10099. Day 4: 8899 + 1400.
  ASSERT_EQ(j.equity.size(), 3u);
  EXPECT_EQ(j.equity[0].equity, "10000"_usd);
  EXPECT_EQ(j.equity[1].equity, "10099"_usd);
  EXPECT_EQ(j.equity[2].equity, "10299"_usd);
  EXPECT_EQ(j.bars_processed, 3u);
  EXPECT_EQ(j.events, 3u + 2u + 1u);  // 3 bars, ACCEPTED and FILLED, one fill
}

TEST(Backtest, OrderSentOnTheLastBarRestsUnfilledUnderNextOpen) {
  Scripted s([](StrategyContext& ctx, const BarEvent& ev) {
    if (ev.index == 2) {
      ctx.submit_order(
          OrderRequest{ev.symbol, OrderSide::kBuy, OrderType::kMarket, "1"_qty, {}, {}});
    }
  });
  const BacktestJournal j = run({{"ABC", kAbc}}, s, FillTiming::kNextOpen);
  EXPECT_TRUE(j.fills.empty());
  EXPECT_EQ(j.order_events.back().status, OrderStatus::kAccepted);  // rests unfilled: GTC
}

TEST(Backtest, SymbolsGetIdsInNameOrderAndOneEquityRowPerTimestamp) {
  const std::vector<Bar> b{bar(2, "5"_px, "5"_px), bar(4, "6"_px, "6"_px)};
  std::string order;
  Scripted s([&](StrategyContext& ctx, const BarEvent& ev) {
    order += ctx.symbols()[ev.symbol] + std::to_string(ev.index) + " ";
  });
  const BacktestJournal j = run({{"ZZZ", b}, {"ABC", kAbc}}, s, FillTiming::kClose);
  EXPECT_EQ(order, "ABC0 ZZZ0 ABC1 ABC2 ZZZ1 ");
  EXPECT_EQ(j.equity.size(), 3u);
}

// Records the callbacks it gets and sends one order from on_stop.
class Lifecycle final : public Strategy {
 public:
  void on_start(StrategyContext&) override { log += "start "; }
  void on_bar(StrategyContext& ctx, const BarEvent& ev) override {
    log += "bar" + std::to_string(ev.index) + " ";
    if (ev.index == 0) {
      ctx.submit_order(
          OrderRequest{ev.symbol, OrderSide::kBuy, OrderType::kMarket, "1"_qty, {}, {}});
    }
  }
  void on_fill(StrategyContext&, const Fill& f) override {
    log += "fill@" + f.price.to_string() + " ";
  }
  void on_order_update(StrategyContext&, const Order& o) override {
    log += std::string(to_string(o.status)) + " ";
  }
  void on_stop(StrategyContext& ctx) override {
    log += "stop ";
    ctx.submit_order(OrderRequest{0, OrderSide::kSell, OrderType::kMarket, "1"_qty, {}, {}});
  }
  std::string log;
};

TEST(Backtest, CallbacksArriveInOrderAndOrdersAfterTheEndAreRejected) {
  Lifecycle s;
  const BacktestJournal j = run({{"ABC", kAbc}}, s, FillTiming::kNextOpen);
  // The buy is accepted after bar 0 returns and fills at bar 1's open (11) before bar 1.
  EXPECT_EQ(s.log, "start bar0 ACCEPTED fill@11 FILLED bar1 bar2 stop REJECTED ");
  EXPECT_EQ(j.order_events.back().reason, "NO_MARKET: the backtest has ended");
  EXPECT_EQ(j.orders, 2u);
}

TEST(Backtest, DuplicateSymbolIsAnError) {
  Scripted s([](StrategyContext&, const BarEvent&) {});
  const std::unique_ptr<CommissionModel> c = per_order_commission("0"_usd);
  Result<BacktestJournal> j =
      run_backtest({{"ABC", kAbc}, {"ABC", kAbc}}, s, BacktestConfig{"1"_usd, {}, c.get()});
  EXPECT_FALSE(j.ok());
}

}  // namespace
}  // namespace qtb
