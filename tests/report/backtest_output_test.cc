#include "report/backtest_output.h"

#include <gtest/gtest.h>

#include "report/report_html.h"

namespace qtb::report {
namespace {

Timestamp day(int d) { return Timestamp::from_date(Date::from_ymd(2024, 1, d)); }

// One round trip of 10 shares of ABC: buy at 10.50 on the 2nd, sell at 11.25 on the 3rd.
BacktestJournal journal() {
  BacktestJournal j;
  j.symbols = {"ABC"};
  j.equity = {EquityRow{day(2), "894"_usd, "105"_usd, "999"_usd},
              EquityRow{day(3), "1006.5"_usd, "0"_usd, "1006.5"_usd}};
  const OrderRequest buy{0, OrderSide::kBuy, OrderType::kMarket, "10"_qty, {}, {}};
  j.order_events = {Order{1, buy, OrderStatus::kAccepted, day(2), day(2), ""},
                    Order{1, buy, OrderStatus::kFilled, day(2), day(2), ""}};
  j.fills = {Fill{1, 0, OrderSide::kBuy, "10"_qty, "10.5"_px, "1"_usd, day(2)},
             Fill{2, 0, OrderSide::kSell, "10"_qty, "11.25"_px, "1"_usd, day(3)}};
  j.trades = {RoundTrip{0, day(2), day(3), "10"_qty, "105"_usd, "112.5"_usd, "2"_usd}};
  j.orders = 2;
  j.final_cash = "1006.5"_usd;
  j.final_positions_value = "0"_usd;
  return j;
}

TEST(BacktestOutput, EquityCsvHasExactMoneyAndDrawdown) {
  // Peak 999 then 1006.5: drawdown 0 on both rows.
  EXPECT_EQ(render_equity_csv(journal()),
            "timestamp,cash,positions_value,equity,drawdown\n"
            "2024-01-02,894.00,105.00,999.00,0.00000000\n"
            "2024-01-03,1006.50,0.00,1006.50,0.00000000\n");
}

TEST(BacktestOutput, FillsAndTradesCsv) {
  EXPECT_EQ(render_fills_csv(journal()),
            "timestamp,order_id,symbol,side,quantity,price,commission\n"
            "2024-01-02,1,ABC,BUY,10,10.50,1.00\n"
            "2024-01-03,2,ABC,SELL,10,11.25,1.00\n");
  // pnl 112.5 - 105 - 2 = 5.5 over one day.
  EXPECT_EQ(render_trades_csv(journal()),
            "symbol,entry_time,exit_time,quantity,entry_price,exit_price,commission,pnl,"
            "holding_days\n"
            "ABC,2024-01-02,2024-01-03,10,10.50,11.25,2.00,5.50,1\n");
}

TEST(BacktestOutput, OrdersCsvHasOneRowPerStatusChange) {
  EXPECT_EQ(render_orders_csv(journal()),
            "timestamp,order_id,symbol,side,type,quantity,limit_price,stop_price,status,reason\n"
            "2024-01-02,1,ABC,BUY,MARKET,10,,,ACCEPTED,\"\"\n"
            "2024-01-02,1,ABC,BUY,MARKET,10,,,FILLED,\"\"\n");
}

TEST(BacktestOutput, SummaryJsonCarriesFinalEquityAndMetrics) {
  const BacktestJournal j = journal();
  const std::string json =
      render_summary_json(j, BacktestRunInfo{"x", {}, "", "", "", "1000"_usd}, journal_metrics(j));
  EXPECT_NE(json.find("\"final_equity\": \"1006.50\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"trades\": 1"), std::string::npos);
  EXPECT_NE(json.find("\"orders\": 2"), std::string::npos);
  EXPECT_EQ(json.find("wall"), std::string::npos);  // nothing non-deterministic
}

TEST(BacktestOutput, ReportHtmlIsSelfContainedAndEscapesNames) {
  BacktestJournal j = journal();
  j.symbols = {"A<B"};
  const std::string html =
      render_report_html(j, BacktestRunInfo{"x", {}, "", "", "", "1000"_usd}, journal_metrics(j));
  EXPECT_NE(html.find("A&lt;B"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  // No link leaves the page: the only URLs are the SVG namespace names.
  std::string rest = html;
  const std::string xmlns = "xmlns=\"http://www.w3.org/2000/svg\"";
  for (std::size_t at; (at = rest.find(xmlns)) != std::string::npos;) rest.erase(at, xmlns.size());
  EXPECT_EQ(rest.find("http"), std::string::npos);
  EXPECT_NE(html.find("<polyline"), std::string::npos);
  EXPECT_NE(html.find("final equity 1006.50"), std::string::npos);
}

}  // namespace
}  // namespace qtb::report
