#include <gtest/gtest.h>

#include "ledger_fixture.h"

namespace qtb::tax {
namespace {

using testing::buy;
using testing::lots;
using testing::run_ledger;
using testing::sales;
using testing::sell;

// Three lots of 100 at 10, 30, 20 (basis 1000, 3000, 2000), then 150 sold at 25 = 3750.
std::vector<Trade> three_lots_then_sell() {
  return {buy("B1", "2024-01-02", "100", "10"), buy("B2", "2024-01-03", "100", "30"),
          buy("B3", "2024-01-04", "100", "20"), sell("S1", "2024-12-02", "150", "25")};
}

// FIFO: all of B1 (3750*100/150 = 2500 - 1000) and half of B2 (1250 - 1500). The B2 loss
// of 250 has B3 as a possible replacement only if bought within 30 days: it is not (11 months).
TEST(LotRelief, FifoRelievesOldestFirst) {
  const TaxLedger ledger = run_ledger(three_lots_then_sell(), LotMethod::kFifo);
  EXPECT_EQ(sales(ledger),
            "S1:B1 100 proceeds=2500.00 basis=1000.00 disallowed=0.00 short 2024-01-02\n"
            "S1:B2 50 proceeds=1250.00 basis=1500.00 disallowed=0.00 short 2024-01-03\n");
  EXPECT_EQ(lots(ledger), "[B2 50@1500.00 2024-01-03, B3 100@2000.00 2024-01-04]");
}

TEST(LotRelief, LifoRelievesNewestFirst) {
  const TaxLedger ledger = run_ledger(three_lots_then_sell(), LotMethod::kLifo);
  EXPECT_EQ(sales(ledger),
            "S1:B3 100 proceeds=2500.00 basis=2000.00 disallowed=0.00 short 2024-01-04\n"
            "S1:B2 50 proceeds=1250.00 basis=1500.00 disallowed=0.00 short 2024-01-03\n");
  EXPECT_EQ(lots(ledger), "[B1 100@1000.00 2024-01-02, B2 50@1500.00 2024-01-03]");
}

TEST(LotRelief, HifoRelievesHighestUnitBasisFirst) {
  const TaxLedger ledger = run_ledger(three_lots_then_sell(), LotMethod::kHifo);
  EXPECT_EQ(sales(ledger),
            "S1:B2 100 proceeds=2500.00 basis=3000.00 disallowed=0.00 short 2024-01-03\n"
            "S1:B3 50 proceeds=1250.00 basis=1000.00 disallowed=0.00 short 2024-01-04\n");
  EXPECT_EQ(lots(ledger), "[B1 100@1000.00 2024-01-02, B3 50@1000.00 2024-01-04]");
}

TEST(LotRelief, SpecificIdentificationRelievesNamedLotsInOrder) {
  std::vector<Trade> trades = three_lots_then_sell();
  trades.back().lot_ids = {"B3", "B1"};
  const TaxLedger ledger = run_ledger(trades, LotMethod::kSpecific);
  EXPECT_EQ(sales(ledger),
            "S1:B3 100 proceeds=2500.00 basis=2000.00 disallowed=0.00 short 2024-01-04\n"
            "S1:B1 50 proceeds=1250.00 basis=500.00 disallowed=0.00 short 2024-01-02\n");
  EXPECT_EQ(lots(ledger), "[B1 50@500.00 2024-01-02, B2 100@3000.00 2024-01-03]");
}

// Reg. §1.1012-1(c)(1): without adequate identification the first lots acquired are sold.
TEST(LotRelief, SpecificWithoutNamedLotsFallsBackToFifo) {
  const TaxLedger ledger = run_ledger(three_lots_then_sell(), LotMethod::kSpecific);
  EXPECT_EQ(lots(ledger), "[B2 50@1500.00 2024-01-03, B3 100@2000.00 2024-01-04]");
}

TEST(LotRelief, UnknownLotIdIsRefusedNamingTheTrade) {
  TaxLedger ledger(LotMethod::kSpecific);
  ASSERT_TRUE(ledger.apply(buy("B1", "2024-01-02", "100", "10")).ok());
  Trade s = sell("S1", "2024-02-01", "10", "12");
  s.lot_ids = {"B9"};
  s.line = 7;
  const Status status = ledger.apply(s);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().message(),
            "trade S1 (line 7) lot_ids: no open lot \"B9\" of XYZ in account \"\"");
  EXPECT_EQ(lots(ledger), "[B1 100@1000.00 2024-01-02]");
}

TEST(LotRelief, NamedLotsHoldingTooFewSharesAreRefused) {
  TaxLedger ledger(LotMethod::kSpecific);
  ASSERT_TRUE(ledger.apply(buy("B1", "2024-01-02", "100", "10")).ok());
  ASSERT_TRUE(ledger.apply(buy("B2", "2024-01-03", "100", "10")).ok());
  Trade s = sell("S1", "2024-02-01", "150", "12");
  s.lot_ids = {"B2"};
  s.line = 4;
  const Status status = ledger.apply(s);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().message(),
            "trade S1 (line 4) lot_ids: the lots named hold 100 of the 150 shares sold");
}

TEST(LotRelief, SellBeyondLongPositionIsRefusedAsUnsupportedShort) {
  TaxLedger ledger(LotMethod::kFifo);
  ASSERT_TRUE(ledger.apply(buy("B1", "2024-01-02", "100", "10", "0", "IB1")).ok());
  Trade s = sell("S1", "2024-02-01", "101", "12", "0", "IB1");
  s.line = 3;
  const Status status = ledger.apply(s);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().message(),
            "trade S1 (line 3): SELL 101 XYZ exceeds the 100 shares held in account \"IB1\" "
            "(short sales are not supported yet)");
}

// Fees: basis 100 x 10 + 5 = 1005; sale of 40 at 12 = 480 - 2 fee = 478; basis relieved
// 1005 x 40/100 = 402. Remaining 60 carry 603.
TEST(LotRelief, FeesAddToBasisAndReduceProceedsProRata) {
  const TaxLedger ledger = run_ledger(
      {buy("B1", "2024-01-02", "100", "10", "5"), sell("S1", "2024-03-01", "40", "12", "2")});
  EXPECT_EQ(sales(ledger),
            "S1:B1 40 proceeds=478.00 basis=402.00 disallowed=0.00 short 2024-01-02\n");
  EXPECT_EQ(lots(ledger), "[B1 60@603.00 2024-01-02]");
}

// One sale over two lots: the 3.00 fee splits by shares, 50/80 and 30/80: 1.875 and 1.125.
// Proceeds 80 x 20 = 1600 - 3 = 1597: 998.125 and 598.875.
TEST(LotRelief, SaleFeesSplitAcrossLotsByShares) {
  const TaxLedger ledger =
      run_ledger({buy("B1", "2024-01-02", "50", "10"), buy("B2", "2024-01-03", "50", "10"),
                  sell("S1", "2024-03-01", "80", "20", "3")});
  ASSERT_EQ(ledger.dispositions().size(), 2u);
  EXPECT_EQ(ledger.dispositions()[0].proceeds, "998.125"_usd);
  EXPECT_EQ(ledger.dispositions()[1].proceeds, "598.875"_usd);
}

// Fractional shares: 0.5 at 300 = 150; sell 0.2 at 310 = 62, basis 150 x 0.2/0.5 = 60.
TEST(LotRelief, FractionalSharesProRate) {
  const TaxLedger ledger =
      run_ledger({buy("B1", "2024-01-02", "0.5", "300"), sell("S1", "2024-02-01", "0.2", "310")});
  EXPECT_EQ(sales(ledger),
            "S1:B1 0.2 proceeds=62.00 basis=60.00 disallowed=0.00 short 2024-01-02\n");
  EXPECT_EQ(lots(ledger), "[B1 0.3@90.00 2024-01-02]");
}

// 3 x 333.333333333 = 999.999999999, which rounds to a basis of 1000.000000. Selling 1 relieves
// 333.333333 (half-even at 6 digits), leaving 666.666667, so the pieces still sum to 1000 exactly.
TEST(LotRelief, ProRataSplitConservesBasisExactly) {
  const TaxLedger ledger = run_ledger(
      {buy("B1", "2024-01-02", "3", "333.333333333"), sell("S1", "2024-02-01", "1", "400")});
  const Money relieved = ledger.dispositions()[0].basis;
  const Money open = ledger.open_lots()[0].basis;
  EXPECT_EQ(relieved, "333.333333"_usd);
  EXPECT_EQ(relieved + open, "1000.000000"_usd);
}

TEST(LotRelief, LotsArePerAccount) {
  TaxLedger ledger(LotMethod::kFifo);
  ASSERT_TRUE(ledger.apply(buy("B1", "2024-01-02", "100", "10", "0", "A")).ok());
  const Status s = ledger.apply(sell("S1", "2024-02-01", "50", "12", "0", "B"));
  EXPECT_FALSE(s.ok());
}

// Held more than a year: bought 2023-03-15, sold 2024-03-16.
TEST(LotRelief, DispositionTermFollowsHoldingPeriod) {
  const TaxLedger ledger =
      run_ledger({buy("B1", "2023-03-15", "10", "10"), buy("B2", "2023-03-16", "10", "10"),
                  sell("S1", "2024-03-16", "20", "11")});
  EXPECT_TRUE(ledger.dispositions()[0].long_term);
  EXPECT_FALSE(ledger.dispositions()[1].long_term);
}

}  // namespace
}  // namespace qtb::tax
