// Worked examples of IRS Publication 550 ("Wash Sales"), Treas. Reg. §1.1091-1(h) and
// §1.1091-2(a), transcribed with their numbers. Where an example gives no dates, the dates
// chosen here sit inside the 30-day window as the example says.
#include <gtest/gtest.h>

#include "ledger_fixture.h"

namespace qtb::tax {
namespace {

using testing::buy;
using testing::lots;
using testing::run_ledger;
using testing::sales;
using testing::sell;

// Pub. 550, Wash Sales, Example 1: "You buy 100 shares of X stock for $1,000. You sell these
// shares for $750 and within 30 days from the sale you buy 100 shares of the same stock for
// $800." The $250 loss is disallowed; the new basis is $800 + $250 = $1,050.
TEST(Pub550, Example1WholeLossDisallowedAndAddedToNewShares) {
  const TaxLedger ledger =
      run_ledger({buy("B1", "2024-01-02", "100", "10"), sell("S1", "2024-06-03", "100", "7.5"),
                  buy("B2", "2024-06-20", "100", "8")});
  EXPECT_EQ(sales(ledger),
            "S1:B1 100 proceeds=750.00 basis=1000.00 disallowed=250.00 short 2024-01-02\n");
  // Tacking (§1223(3)): B1 was held 2024-01-02..2024-06-03, 153 days, so B2's holding period
  // starts 153 days before 2024-06-20: 2024-01-19.
  EXPECT_EQ(lots(ledger), "[B2 100@1050.00 2024-01-19]");
  EXPECT_EQ(ledger.dispositions()[0].gain(), "0"_usd);
}

// Pub. 550, Wash Sales, Example 2: "You buy 100 shares of M stock for $1,000. You sell these
// shares for $750 and within 30 days from the sale you buy 50 shares of the same stock for
// $400." $125 disallowed (50 shares), $125 deductible; new basis $400 + $125 = $525.
TEST(Pub550, Example2PartialRepurchaseDisallowsHalfTheLoss) {
  const TaxLedger ledger =
      run_ledger({buy("B1", "2024-01-02", "100", "10"), sell("S1", "2024-06-03", "100", "7.5"),
                  buy("B2", "2024-06-20", "50", "8")});
  const Disposition& d = ledger.dispositions()[0];
  EXPECT_EQ(d.disallowed, "125"_usd);
  EXPECT_EQ(d.gain(), "-125"_usd);
  EXPECT_EQ(lots(ledger), "[B2 50@525.00 2024-01-19]");
}

// Treas. Reg. §1.1091-2(a) Example 1: a share bought for $100 in 1935, sold 15 January 1955
// for $80; a share bought 1 February 1955 for $90 has basis $110 (100 + 90 - 80).
TEST(Reg1091_2, Example1NewShareCostingMoreThanSalePrice) {
  const TaxLedger ledger =
      run_ledger({buy("B1", "1935-06-01", "1", "100"), sell("S1", "1955-01-15", "1", "80"),
                  buy("B2", "1955-02-01", "1", "90")});
  EXPECT_EQ(ledger.open_lots()[0].basis, "110"_usd);
}

// §1.1091-2(a) Example 2: the same, the new share bought for $70: basis $90 (100 + 70 - 80).
TEST(Reg1091_2, Example2NewShareCostingLessThanSalePrice) {
  const TaxLedger ledger =
      run_ledger({buy("B1", "1935-06-01", "1", "100"), sell("S1", "1955-01-15", "1", "80"),
                  buy("B2", "1955-02-01", "1", "70")});
  EXPECT_EQ(ledger.open_lots()[0].basis, "90"_usd);
}

// §1.1091-1(h) Example (1): 100 shares bought 1 December 1954 for $10,000, 100 more on
// 15 December 1954 for $9,000; the first 100 sold 3 January 1955 for $9,000. The later shares
// were bought within 30 days before the sale, so the $1,000 loss is not allowed; they take
// basis $9,000 + $1,000 = $10,000.
TEST(Reg1091_1, ExampleOnePurchaseBeforeTheSaleReplaces) {
  const TaxLedger ledger =
      run_ledger({buy("B1", "1954-12-01", "100", "100"), buy("B2", "1954-12-15", "100", "90"),
                  sell("S1", "1955-01-03", "100", "90")});
  EXPECT_EQ(ledger.dispositions()[0].disallowed, "1000"_usd);
  // B1 held 1954-12-01..1955-01-03 = 33 days; B2's period starts 33 days before 12-15.
  EXPECT_EQ(lots(ledger), "[B2 100@10000.00 1954-11-12]");
}

// §1.1091-1(h) Example (2): 100 shares bought 21 September 1954 for $5,000; 50 bought
// 21 December 1954 for $2,750 and 25 on 27 December 1954 for $1,125; the 100 sold 3 January
// 1955 for $4,000. Loss $1,000; 75 shares replaced, so $750 disallowed and $250 deductible.
// Basis: the 50 shares $2,750 + $500 = $3,250; the 25 shares $1,125 + $250 = $1,375.
TEST(Reg1091_1, ExampleTwoReplacementsBoughtBeforeTheSale) {
  const TaxLedger ledger =
      run_ledger({buy("B1", "1954-09-21", "100", "50"), buy("B2", "1954-12-21", "50", "55"),
                  buy("B3", "1954-12-27", "25", "45"), sell("S1", "1955-01-03", "100", "40")});
  const Disposition& d = ledger.dispositions()[0];
  EXPECT_EQ(d.disallowed, "750"_usd);
  EXPECT_EQ(d.gain(), "-250"_usd);
  // B1 held 1954-09-21..1955-01-03 = 104 days, tacked onto each replacement.
  EXPECT_EQ(lots(ledger), "[B2 50@3250.00 1954-09-08, B3 25@1375.00 1954-09-14]");
}

// §1.1091-1(h) Example (3): 100 shares bought 15 September 1954 for $5,000, sold 1 February
// 1956 for $4,000; 50 shares bought on each of 15-18 February 1956 for $2,000. The loss is
// disallowed and the replacement shares are the first 100 bought: those of 15 and 16
// February, whose holding period includes that of the shares sold.
TEST(Reg1091_1, ExampleThreeFirstSharesBoughtAreTheReplacements) {
  const TaxLedger ledger =
      run_ledger({buy("B1", "1954-09-15", "100", "50"), sell("S1", "1956-02-01", "100", "40"),
                  buy("B2", "1956-02-15", "50", "40"), buy("B3", "1956-02-16", "50", "40"),
                  buy("B4", "1956-02-17", "50", "40"), buy("B5", "1956-02-18", "50", "40")});
  EXPECT_EQ(ledger.dispositions()[0].disallowed, "1000"_usd);
  EXPECT_TRUE(ledger.dispositions()[0].long_term);
  // B1 held 1954-09-15..1956-02-01 = 504 days; each replacement half absorbs $500.
  EXPECT_EQ(lots(ledger),
            "[B2 50@2500.00 1954-09-29, B3 50@2500.00 1954-09-30, B4 50@2000.00 1956-02-17, "
            "B5 50@2000.00 1956-02-18]");
}

}  // namespace
}  // namespace qtb::tax
