#include "engine/fill_rules.h"

#include <gtest/gtest.h>

namespace qtb {
namespace {

// open 100, high 110, low 90, close 105.
const Bar kBar{Timestamp(), "100"_px, "110"_px, "90"_px, "105"_px, "1000"_qty, Price()};

OrderRequest limit(OrderSide side, Price px) {
  return OrderRequest{0, side, OrderType::kLimit, "1"_qty, px, Price()};
}
OrderRequest stop(OrderSide side, Price px) {
  return OrderRequest{0, side, OrderType::kStop, "1"_qty, Price(), px};
}

std::string resting(const OrderRequest& o, const Bar& bar = kBar) {
  const std::optional<Price> px = resting_fill_price(o, bar);
  return px ? px->to_string() : "none";
}

TEST(FillRules, MarketFillsAtTheOpen) {
  EXPECT_EQ(resting(OrderRequest{0, OrderSide::kBuy, OrderType::kMarket, "1"_qty, {}, {}}), "100");
}

TEST(FillRules, BuyLimitBelowOpenFillsAtLimitWhenLowReachesIt) {
  EXPECT_EQ(resting(limit(OrderSide::kBuy, "95"_px)), "95");
  EXPECT_EQ(resting(limit(OrderSide::kBuy, "89"_px)), "none");
}

TEST(FillRules, BuyLimitFillsAtOpenWhenBarGapsBelowIt) {
  // Opens at 100 under a 102 limit: the buyer gets the better open, min(open, limit).
  EXPECT_EQ(resting(limit(OrderSide::kBuy, "102"_px)), "100");
}

TEST(FillRules, SellLimitMirrorsBuy) {
  EXPECT_EQ(resting(limit(OrderSide::kSell, "108"_px)), "108");
  EXPECT_EQ(resting(limit(OrderSide::kSell, "98"_px)), "100");
  EXPECT_EQ(resting(limit(OrderSide::kSell, "111"_px)), "none");
}

TEST(FillRules, StopGappedThroughFillsAtTheOpenNotTheStop) {
  // A sell stop at 102 when the bar opens at 100: filled at 100, worse than the stop.
  EXPECT_EQ(resting(stop(OrderSide::kSell, "102"_px)), "100");
  EXPECT_EQ(resting(stop(OrderSide::kBuy, "98"_px)), "100");
}

TEST(FillRules, StopTouchedIntrabarFillsAtTheStop) {
  EXPECT_EQ(resting(stop(OrderSide::kSell, "95"_px)), "95");
  EXPECT_EQ(resting(stop(OrderSide::kBuy, "108"_px)), "108");
  EXPECT_EQ(resting(stop(OrderSide::kBuy, "111"_px)), "none");
}

TEST(FillRules, AtCloseOnlyMarketableOrdersFill) {
  EXPECT_EQ(close_fill_price(limit(OrderSide::kBuy, "105"_px), "105"_px), "105"_px);
  EXPECT_FALSE(close_fill_price(limit(OrderSide::kBuy, "104"_px), "105"_px).has_value());
  EXPECT_EQ(close_fill_price(stop(OrderSide::kSell, "106"_px), "105"_px), "105"_px);
  EXPECT_FALSE(close_fill_price(stop(OrderSide::kSell, "104"_px), "105"_px).has_value());
}

}  // namespace
}  // namespace qtb
