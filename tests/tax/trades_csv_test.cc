#include "tax/trades_csv.h"

#include <gtest/gtest.h>

namespace qtb::tax {
namespace {

constexpr const char* kHeader =
    "trade_id,datetime,symbol,side,quantity,price,fees,account,lot_ids\n";

std::string parse_error(const std::string& rows) {
  Result<std::vector<Trade>> r = parse_trades_csv(kHeader + rows, "trades.csv");
  return r.ok() ? "ok" : r.error().message();
}

TEST(TradesCsv, ParsesEveryColumnExactly) {
  Result<std::vector<Trade>> r =
      parse_trades_csv(std::string(kHeader) +
                           "T1,2024-03-01,AAPL,BUY,100.5,180.123456789,1.25,IB1,\n"
                           "T2,2024-03-04T15:59:00-05:00,AAPL,sell,50,181,0.5,IB1,\"T1;T0\"\n",
                       "trades.csv");
  ASSERT_TRUE(r.ok()) << r.error().message();
  ASSERT_EQ(r->size(), 2u);
  const Trade& b = (*r)[0];
  EXPECT_EQ(b.trade_id, "T1");
  EXPECT_EQ(b.trade_date, Date::from_ymd(2024, 3, 1));
  EXPECT_EQ(b.side, Side::kBuy);
  EXPECT_EQ(b.quantity, "100.5"_qty);
  EXPECT_EQ(b.price, "180.123456789"_px);
  EXPECT_EQ(b.fees, "1.25"_usd);
  EXPECT_EQ(b.account, "IB1");
  EXPECT_EQ(b.line, 2u);
  const Trade& s = (*r)[1];
  EXPECT_EQ(s.side, Side::kSell);
  EXPECT_EQ(s.lot_ids, (std::vector<std::string>{"T1", "T0"}));
  EXPECT_EQ(s.ts.to_iso8601(), "2024-03-04T20:59:00Z");
}

// 2024-03-05T02:30:00Z is 21:30 on 4 March in New York (EST, UTC-5): the trade date is the
// 4th (DESIGN.md §4: dates in tax forms are New York trade dates).
TEST(TradesCsv, UtcTimestampBecomesNewYorkTradeDate) {
  Result<std::vector<Trade>> r = parse_trades_csv(
      std::string(kHeader) + "T1,2024-03-05T02:30:00Z,AAPL,BUY,1,1,0,,\n", "trades.csv");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)[0].trade_date, Date::from_ymd(2024, 3, 4));
}

TEST(TradesCsv, OptionalColumnsMayBeAbsentAndColumnsInAnyOrder) {
  Result<std::vector<Trade>> r = parse_trades_csv(
      "symbol,side,trade_id,quantity,price,fees,datetime\r\nMSFT,BUY,X,3,400,0,2024-01-02\r\n",
      "t.csv");
  ASSERT_TRUE(r.ok()) << r.error().message();
  EXPECT_EQ((*r)[0].symbol, "MSFT");
  EXPECT_EQ((*r)[0].account, "");
}

TEST(TradesCsv, BadPriceNamesFileLineAndField) {
  EXPECT_EQ(parse_error("T1,2024-03-01,AAPL,BUY,100,180,0,,\nT2,2024-03-01,AAPL,BUY,1,1O2.5,0,,\n"),
            "trades.csv:3 price: not a number \"1O2.5\"");
}

TEST(TradesCsv, BadSideIsNamed) {
  EXPECT_EQ(parse_error("T1,2024-03-01,AAPL,SHORT,100,180,0,,\n"),
            "trades.csv:2 side: expected BUY or SELL, got \"SHORT\"");
}

TEST(TradesCsv, ZeroQuantityIsRefused) {
  EXPECT_EQ(parse_error("T1,2024-03-01,AAPL,BUY,0,180,0,,\n"),
            "trades.csv:2 quantity: must be positive");
}

TEST(TradesCsv, NegativeFeesAreRefused) {
  EXPECT_EQ(parse_error("T1,2024-03-01,AAPL,BUY,1,180,-1,,\n"),
            "trades.csv:2 fees: must not be negative");
}

TEST(TradesCsv, DuplicateTradeIdIsRefused) {
  EXPECT_EQ(parse_error("T1,2024-03-01,AAPL,BUY,1,180,0,,\nT1,2024-03-02,AAPL,BUY,1,180,0,,\n"),
            "trades.csv:3 trade_id: duplicate \"T1\"");
}

TEST(TradesCsv, BadDateIsRefused) {
  const std::string message = parse_error("T1,2024-02-30,AAPL,BUY,1,180,0,,\n");
  EXPECT_EQ(message.rfind("trades.csv:2 datetime: ", 0), 0u) << message;
}

TEST(TradesCsv, LotIdsOnABuyAreRefused) {
  EXPECT_EQ(parse_error("T1,2024-03-01,AAPL,BUY,1,180,0,,T0\n"),
            "trades.csv:2 lot_ids: only a SELL names lots");
}

TEST(TradesCsv, MissingRequiredColumnIsRefused) {
  Result<std::vector<Trade>> r =
      parse_trades_csv("trade_id,datetime,symbol,side,quantity,price\n", "t.csv");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message(), "t.csv:1: missing column \"fees\"");
}

TEST(TradesCsv, SortPutsTradesInDateThenTimeOrder) {
  Result<std::vector<Trade>> r =
      parse_trades_csv(std::string(kHeader) +
                           "A,2024-03-02,X,BUY,1,1,0,,\nB,2024-03-01T15:00:00Z,X,BUY,1,1,0,,\n"
                           "C,2024-03-01T14:00:00Z,X,BUY,1,1,0,,\n",
                       "t.csv");
  ASSERT_TRUE(r.ok());
  sort_trades(*r);
  EXPECT_EQ((*r)[0].trade_id + (*r)[1].trade_id + (*r)[2].trade_id, "CBA");
}

}  // namespace
}  // namespace qtb::tax
