#include "tax/form8949.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tax/tax_report.h"
#include "tax/trades_csv.h"

namespace qtb::tax {
namespace {

std::string fixture_path() {
  const char* root = std::getenv("QTB_SOURCE_DIR");
  return std::string(root == nullptr ? "." : root) + "/tests/fixtures/tax/trades_2024.csv";
}

TaxReport report_2024(FormRounding rounding) {
  Result<std::vector<Trade>> trades = read_trades_csv(fixture_path());
  EXPECT_TRUE(trades.ok()) << (trades.ok() ? "" : trades.error().message());
  FormOptions options;
  options.year = 2024;
  options.rounding = rounding;
  Result<TaxReport> report = build_tax_report(*trades, LotMethod::kFifo, options);
  EXPECT_TRUE(report.ok());
  return *report;
}

// trades_2024.csv by hand:
// S1 sells 120 AAPL at 170 less 2 fee = 20398, FIFO: all of B1 (100, basis 100 x 150 + 1 =
// 15001, proceeds 20398 x 100/120 = 16998.333333, long-term: held 2023-01-10..2024-02-01) and
// 20 of B2 (basis 9501 x 20/50 = 3800.40, proceeds 3399.666667, loss 400.733333). B3 (IB2,
// 2024-02-20, 19 days later, another account) replaces those 20 shares: 400.73 disallowed.
// S2: 10.5 MSFT at 420 = 4410 - 0.5 = 4409.50 against 4200: gain 209.50.
// S3: 20 TSLA at 200 = 4000 against 5000; B6 on 2025-01-08 replaces all 20: 1000 disallowed.
TEST(Form8949, RowsForTheFixtureYear) {
  const TaxReport report = report_2024(FormRounding::kCents);
  EXPECT_EQ(form8949_csv(report.rows, FormRounding::kCents),
            "description,date_acquired,date_sold,proceeds,cost_basis,code,adjustment,gain_loss,"
            "box,term,symbol,quantity,lot_id,account,sell_trade_id\n"
            "20 sh AAPL,2024-01-16,2024-02-01,3399.67,3800.40,W,400.73,0.00,A,short,AAPL,20,B2,"
            "IB1,S1\n"
            "10.5 sh MSFT,2024-03-15,2024-04-02,4409.50,4200.00,,,209.50,A,short,MSFT,10.5,B4,"
            "IB1,S2\n"
            "20 sh TSLA,2024-12-02,2024-12-20,4000.00,5000.00,W,1000.00,0.00,A,short,TSLA,20,B5,"
            "IB1,S3\n"
            "100 sh AAPL,2023-01-10,2024-02-01,16998.33,15001.00,,,1997.33,D,long,AAPL,100,B1,"
            "IB1,S1\n");
}

// Line 1b: proceeds 3399.67 + 4409.50 + 4000 = 11809.17; basis 3800.40 + 4200 + 5000 =
// 13000.40; adjustments 400.73 + 1000 = 1400.73; gain 209.50. Line 8b: the B1 row.
TEST(Form8949, ScheduleDTotalsByLine) {
  const TaxReport report = report_2024(FormRounding::kCents);
  EXPECT_EQ(schedule_d_csv(report.schedule_d, FormRounding::kCents),
            "line,box,proceeds,cost_basis,adjustment,gain_loss\n"
            "1b,A,11809.17,13000.40,1400.73,209.50\n"
            "2,B,0.00,0.00,0.00,0.00\n"
            "3,C,0.00,0.00,0.00,0.00\n"
            "7,,,,,209.50\n"
            "8b,D,16998.33,15001.00,0.00,1997.33\n"
            "9,E,0.00,0.00,0.00,0.00\n"
            "10,F,0.00,0.00,0.00,0.00\n"
            "15,,,,,1997.33\n");
}

// Whole dollars (Form 8949 instructions: drop under 50 cents, round 50-99 cents up); column
// (h) is computed from the rounded columns: 3400 - 3800 + 401 = 1.
TEST(Form8949, WholeDollarRoundingRoundsEachColumnHalfUp) {
  const TaxReport report = report_2024(FormRounding::kWholeDollars);
  const std::string csv = form8949_csv(report.rows, FormRounding::kWholeDollars);
  EXPECT_NE(csv.find("20 sh AAPL,2024-01-16,2024-02-01,3400,3800,W,401,1,A,"), std::string::npos)
      << csv;
  EXPECT_NE(csv.find("10.5 sh MSFT,2024-03-15,2024-04-02,4410,4200,,,210,A,"), std::string::npos)
      << csv;
  EXPECT_EQ(report.schedule_d.net_short_term, "211"_usd);  // 1 + 210 + 0
}

// The year-end snapshot excludes B6 (2025); B3 is split: 20 replacement shares with basis
// 20 x 165 + 400.73 and holding period from 2024-02-04 (B2 held 16 days, 2024-01-16..02-01).
TEST(Form8949, OpenLotsAndWashSalesFiles) {
  const TaxReport report = report_2024(FormRounding::kCents);
  EXPECT_EQ(open_lots_csv(report.open_lots),
            "account,symbol,lot_id,quantity,date_acquired,adjusted_date_acquired,adjusted_basis,"
            "wash_sale_adjustment\n"
            "IB1,AAPL,B2,30,2024-01-16,2024-01-16,5700.60,0.00\n"
            "IB2,AAPL,B3/S1,20,2024-02-20,2024-02-04,3700.73,400.73\n"
            "IB2,AAPL,B3,10,2024-02-20,2024-02-20,1650.00,0.00\n");
  EXPECT_EQ(wash_sales_csv(report.wash_sales, 2024),
            "loss_trade_id,loss_lot_id,symbol,loss_account,date_sold,replacement_lot_id,"
            "replacement_account,replacement_date_acquired,shares,disallowed_loss,basis_added,"
            "holding_days_tacked,replacement_adjusted_date_acquired\n"
            "S1,B2,AAPL,IB1,2024-02-01,B3/S1,IB2,2024-02-20,20,400.73,400.73,16,2024-02-04\n"
            "S3,B5,TSLA,IB1,2024-12-20,B6,IB1,2025-01-08,20,1000.00,1000.00,18,2024-12-21\n");
}

TEST(Form8949, WriteTaxReportWritesTheFourFiles) {
  const TaxReport report = report_2024(FormRounding::kCents);
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "qtb_tax_report_test";
  std::filesystem::remove_all(dir);
  FormOptions options;
  options.year = 2024;
  ASSERT_TRUE(write_tax_report(report, options, dir.string()).ok());
  for (const char* name : {"form8949.csv", "schedule_d.csv", "wash_sales.csv", "open_lots.csv"}) {
    std::ifstream in(dir / name);
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_FALSE(text.str().empty()) << name;
  }
  std::filesystem::remove_all(dir);
}

TEST(Form8949, RefusedTradeFailsTheReportNamingIt) {
  Result<std::vector<Trade>> trades = parse_trades_csv(
      "trade_id,datetime,symbol,side,quantity,price,fees\nS1,2024-01-02,AAPL,SELL,5,10,0\n",
      "t.csv");
  ASSERT_TRUE(trades.ok());
  FormOptions options;
  options.year = 2024;
  Result<TaxReport> report = build_tax_report(*trades, LotMethod::kFifo, options);
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.error().message().rfind("trade S1 (line 2): SELL 5 AAPL exceeds", 0), 0u);
}

}  // namespace
}  // namespace qtb::tax
