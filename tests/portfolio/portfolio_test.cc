#include "portfolio/portfolio.h"

#include <gtest/gtest.h>

#include <string>

namespace qtb {
namespace {

std::string book(const Portfolio& p, uint32_t symbol) {
  const Position& pos = p.position(symbol);
  return pos.quantity.to_string() + "@" + pos.average_cost().to_string() +
         " mv=" + pos.market_value.to_string() + " realized=" + pos.realized_pnl.to_string() +
         " cash=" + p.cash().to_string() + " equity=" + p.equity().to_string();
}

TEST(Portfolio, BuyMovesCashByNotionalAndCommission) {
  Portfolio p("10000"_usd, 1);
  p.apply_fill(0, "100"_qty, "50"_px, "1"_usd);
  // cash 10000 - 100 * 50 - 1 = 4999; the position is worth 5000 at the fill price.
  EXPECT_EQ(book(p, 0), "100@50 mv=5000 realized=0 cash=4999 equity=9999");
  EXPECT_EQ(p.commissions(), "1"_usd);
}

TEST(Portfolio, MarkRevaluesAtTheCloseAndShowsUnrealizedPnl) {
  Portfolio p("10000"_usd, 1);
  p.apply_fill(0, "100"_qty, "50"_px, "0"_usd);
  p.mark(0, "55"_px);
  // 100 * 55 = 5500 market value; basis 5000, so 500 unrealized.
  EXPECT_EQ(book(p, 0), "100@50 mv=5500 realized=0 cash=5000 equity=10500");
  EXPECT_EQ(p.unrealized_pnl(), "500"_usd);
}

TEST(Portfolio, PartialSellRealizesProRataBasis) {
  Portfolio p("10000"_usd, 1);
  p.apply_fill(0, "100"_qty, "50"_px, "1"_usd);
  p.mark(0, "55"_px);
  p.apply_fill(0, "-40"_qty, "60"_px, "1"_usd);
  // Proceeds 40 * 60 = 2400, relieved basis 5000 * 40/100 = 2000: realized 400.
  // Cash 4999 + 2400 - 1 = 7398; 60 shares left at basis 3000, marked at 55 = 3300.
  EXPECT_EQ(book(p, 0), "60@50 mv=3300 realized=400 cash=7398 equity=10698");
  EXPECT_EQ(p.realized_pnl(), "400"_usd);
}

TEST(Portfolio, SellingEverythingLeavesNoBasisResidue) {
  Portfolio p("1000"_usd, 1);
  p.apply_fill(0, "3"_qty, "10"_px, "0"_usd);
  p.apply_fill(0, "1"_qty, "10.01"_px, "0"_usd);  // basis 40.01 over 4 shares
  p.apply_fill(0, "-1"_qty, "11"_px, "0"_usd);    // relieves 40.01/4 = 10.0025
  p.apply_fill(0, "-3"_qty, "11"_px, "0"_usd);    // relieves the remaining 30.0075 exactly
  EXPECT_TRUE(p.position(0).cost_basis.is_zero());
  // Realized 44 - 40.01 = 3.99, equity 1000 + 3.99.
  EXPECT_EQ(book(p, 0), "0@0 mv=0 realized=3.99 cash=1003.99 equity=1003.99");
}

TEST(Portfolio, PositionsValueSumsSymbols) {
  Portfolio p("10000"_usd, 2);
  p.apply_fill(0, "10"_qty, "100"_px, "0"_usd);
  p.apply_fill(1, "20"_qty, "50"_px, "0"_usd);
  p.mark(0, "110"_px);
  p.mark(1, "45"_px);
  // 10 * 110 + 20 * 45 = 1100 + 900 = 2000; cash 10000 - 1000 - 1000 = 8000.
  EXPECT_EQ(p.positions_value(), "2000"_usd);
  EXPECT_EQ(p.equity(), "10000"_usd);
}

// Marks take a fast path for whole shares at <= 6-decimal prices; it must agree with notional().
TEST(Portfolio, MarkAgreesWithNotionalOnAndOffTheFastPath) {
  Portfolio p("1000000"_usd, 1);
  p.apply_fill(0, "3"_qty, "10"_px, "0"_usd);
  p.mark(0, "12.3456789"_px);  // 9 decimals: general path, 37.0370367 -> 37.037037 (half-even)
  EXPECT_EQ(p.positions_value(), notional("12.3456789"_px, "3"_qty));
  EXPECT_EQ(p.positions_value().to_string(), "37.037037");
  p.mark(0, "12.345678"_px);  // fast path: 3 * 12.345678 = 37.037034 exactly
  EXPECT_EQ(p.positions_value().to_string(), "37.037034");
  p.apply_fill(0, "0.5"_qty, "10"_px, "0"_usd);  // fractional shares: general path
  p.mark(0, "2"_px);
  EXPECT_EQ(p.positions_value(), "7"_usd);
}

}  // namespace
}  // namespace qtb
