#include "engine/simulated_exchange.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace qtb {
namespace {

Bar bar(int day, Price open, Price high, Price low, Price close) {
  return Bar{Timestamp::from_date(Date::from_ymd(2024, 1, day)),
             open,
             high,
             low,
             close,
             "1000"_qty,
             Price()};
}

// Books fills into the portfolio, like the kernel, and logs what happened as short strings.
class Recorder final : public ExecutionListener {
 public:
  explicit Recorder(Portfolio& portfolio) : portfolio_(portfolio) {}
  void on_order_update(const Order& o) override {
    log.push_back(std::to_string(o.id) + " " + to_string(o.status) +
                  (o.reason.empty() ? "" : " " + o.reason));
  }
  void on_fill(const Order&, const Fill& f) override {
    const Quantity q = f.side == OrderSide::kBuy ? f.quantity : -f.quantity;
    portfolio_.apply_fill(f.symbol, q, f.price, f.commission);
    log.push_back(std::to_string(f.order_id) + " fill " + f.quantity.to_string() + "@" +
                  f.price.to_string() + " fee " + f.commission.to_string());
  }
  std::vector<std::string> log;

 private:
  Portfolio& portfolio_;
};

struct Venue {
  explicit Venue(FillTiming timing, Money cash = "10000"_usd)
      : portfolio(cash, 1),
        commission(per_order_commission("1"_usd)),
        recorder(portfolio),
        exchange(1, timing, *commission, portfolio, recorder) {}
  Portfolio portfolio;
  std::unique_ptr<CommissionModel> commission;
  Recorder recorder;
  SimulatedExchange exchange;
};

const OrderRequest kBuy100{0, OrderSide::kBuy, OrderType::kMarket, "100"_qty, {}, {}};

TEST(SimulatedExchange, NextOpenMarketOrderFillsAtTheNextBarsOpen) {
  Venue v(FillTiming::kNextOpen);
  const Bar b1 = bar(2, "10"_px, "11"_px, "9"_px, "10.5"_px);
  v.exchange.submit(1, kBuy100, b1, b1.ts);
  EXPECT_EQ(v.recorder.log, std::vector<std::string>{"1 ACCEPTED"});
  v.exchange.on_bar(0, bar(3, "10.8"_px, "12"_px, "10"_px, "11"_px));
  // 100 * 10.80 + 1 = 1081 leaves 8919.
  EXPECT_EQ(v.recorder.log,
            (std::vector<std::string>{"1 ACCEPTED", "1 fill 100@10.8 fee 1", "1 FILLED"}));
  EXPECT_EQ(v.portfolio.cash(), "8919"_usd);
}

TEST(SimulatedExchange, CloseMarketOrderFillsAtThisBarsClose) {
  Venue v(FillTiming::kClose);
  const Bar b1 = bar(2, "10"_px, "11"_px, "9"_px, "10.5"_px);
  v.exchange.submit(1, kBuy100, b1, b1.ts);
  // 100 * 10.50 + 1 = 1051 leaves 8949.
  EXPECT_EQ(v.portfolio.cash(), "8949"_usd);
  EXPECT_EQ(v.exchange.order(1).status, OrderStatus::kFilled);
}

TEST(SimulatedExchange, RejectsBuyBeyondCashWithNumbers) {
  Venue v(FillTiming::kClose, "1000"_usd);
  const Bar b1 = bar(2, "10"_px, "11"_px, "9"_px, "10.5"_px);
  v.exchange.submit(1, kBuy100, b1, b1.ts);
  // Needs 100 * 10.50 + 1 = 1051 > 1000.
  EXPECT_EQ(v.recorder.log.back(), "1 REJECTED INSUFFICIENT_CASH: cash=1000.00 required=1051.00");
  EXPECT_EQ(v.portfolio.cash(), "1000"_usd);
}

TEST(SimulatedExchange, RejectsSellBeyondPosition) {
  Venue v(FillTiming::kClose);
  const Bar b1 = bar(2, "10"_px, "11"_px, "9"_px, "10.5"_px);
  v.exchange.submit(1, OrderRequest{0, OrderSide::kSell, OrderType::kMarket, "5"_qty, {}, {}}, b1,
                    b1.ts);
  EXPECT_EQ(v.recorder.log.back(), "1 REJECTED SHORT_NOT_ALLOWED: position=0 order=5");
}

TEST(SimulatedExchange, RejectsZeroQuantity) {
  Venue v(FillTiming::kClose);
  const Bar b1 = bar(2, "10"_px, "11"_px, "9"_px, "10.5"_px);
  v.exchange.submit(1, OrderRequest{0, OrderSide::kBuy, OrderType::kMarket, "0"_qty, {}, {}}, b1,
                    b1.ts);
  EXPECT_EQ(v.exchange.order(1).status, OrderStatus::kRejected);
  EXPECT_EQ(v.exchange.order(1).reason.substr(0, 14), "INVALID_ORDER:");
}

TEST(SimulatedExchange, LimitRestsUntilABarReachesIt) {
  Venue v(FillTiming::kClose);
  const Bar b1 = bar(2, "10"_px, "11"_px, "9"_px, "10.5"_px);
  v.exchange.submit(1, OrderRequest{0, OrderSide::kBuy, OrderType::kLimit, "100"_qty, "9.5"_px, {}},
                    b1, b1.ts);
  EXPECT_EQ(v.exchange.resting_count(0), 1u);                           // close 10.5 > 9.5
  v.exchange.on_bar(0, bar(3, "10"_px, "10.2"_px, "9.8"_px, "10"_px));  // low 9.8 > 9.5
  EXPECT_EQ(v.exchange.resting_count(0), 1u);
  v.exchange.on_bar(0, bar(4, "9.2"_px, "9.6"_px, "9"_px, "9.4"_px));  // gaps below: open 9.2
  EXPECT_EQ(v.exchange.resting_count(0), 0u);
  EXPECT_EQ(v.recorder.log[1], "1 fill 100@9.2 fee 1");
}

TEST(SimulatedExchange, SellStopGappedThroughFillsAtTheOpen) {
  Venue v(FillTiming::kClose);
  const Bar b1 = bar(2, "10"_px, "11"_px, "9"_px, "10.5"_px);
  v.exchange.submit(1, kBuy100, b1, b1.ts);  // 100 @ 10.50 + 1
  v.exchange.submit(2, OrderRequest{0, OrderSide::kSell, OrderType::kStop, "100"_qty, {}, "9.5"_px},
                    b1, b1.ts);
  EXPECT_EQ(v.exchange.resting_count(0), 1u);  // close 10.5 is above the stop
  v.exchange.on_bar(0, bar(3, "8"_px, "8.5"_px, "7.5"_px, "8.2"_px));  // opens below 9.5
  EXPECT_EQ(v.recorder.log.back(), "2 FILLED");
  EXPECT_EQ(v.recorder.log[v.recorder.log.size() - 2], "2 fill 100@8 fee 1");
  // 10000 - 1051 + 800 - 1 = 9748.
  EXPECT_EQ(v.portfolio.cash(), "9748"_usd);
}

TEST(SimulatedExchange, IbFixedCommissionIsCharged) {
  Portfolio portfolio("10000"_usd, 1);
  Recorder recorder(portfolio);
  const std::unique_ptr<CommissionModel> ib = ib_fixed_commission();
  SimulatedExchange exchange(1, FillTiming::kClose, *ib, portfolio, recorder);
  const Bar b1 = bar(2, "25"_px, "25"_px, "25"_px, "25"_px);
  exchange.submit(1, kBuy100, b1, b1.ts);
  // 100 @ 25: 0.50 per-share fee raised to the 1.00 minimum; cash 10000 - 2500 - 1.
  EXPECT_EQ(recorder.log[1], "1 fill 100@25 fee 1");
  EXPECT_EQ(portfolio.cash(), "7499"_usd);
}

TEST(SimulatedExchange, CancelRemovesARestingOrder) {
  Venue v(FillTiming::kNextOpen);
  const Bar b1 = bar(2, "10"_px, "11"_px, "9"_px, "10.5"_px);
  v.exchange.submit(1, kBuy100, b1, b1.ts);
  EXPECT_TRUE(v.exchange.cancel(1, b1.ts));
  EXPECT_FALSE(v.exchange.cancel(1, b1.ts));
  v.exchange.on_bar(0, bar(3, "10.8"_px, "12"_px, "10"_px, "11"_px));
  EXPECT_EQ(v.recorder.log.back(), "1 CANCELED CANCELED_BY_STRATEGY");
  EXPECT_EQ(v.portfolio.cash(), "10000"_usd);
}

}  // namespace
}  // namespace qtb
