// Hand-computed wash-sale cases, one per rule of Reg. §1.1091-1 as docs/tax.md reads it.
// Round numbers: 100 shares bought at 10 (basis 1000) and sold at 8 (proceeds 800) lose 200.
#include <gtest/gtest.h>

#include "ledger_fixture.h"

namespace qtb::tax {
namespace {

using testing::buy;
using testing::lots;
using testing::run_ledger;
using testing::sales;
using testing::sell;

// Sale 2024-03-01 (2024 is a leap year): the window is 2024-01-31 .. 2024-03-31.
TEST(WashSale, PurchaseThirtyDaysAfterTheSaleReplaces) {
  const TaxLedger ledger =
      run_ledger({buy("B1", "2024-01-02", "100", "10"), sell("S1", "2024-03-01", "100", "8"),
                  buy("B2", "2024-03-31", "100", "9")});
  EXPECT_EQ(ledger.dispositions()[0].disallowed, "200"_usd);
  EXPECT_EQ(ledger.open_lots()[0].basis, "1100"_usd);  // 900 + 200
}

TEST(WashSale, PurchaseThirtyOneDaysAfterTheSaleDoesNotReplace) {
  const TaxLedger ledger =
      run_ledger({buy("B1", "2024-01-02", "100", "10"), sell("S1", "2024-03-01", "100", "8"),
                  buy("B2", "2024-04-01", "100", "9")});
  EXPECT_TRUE(ledger.wash_sales().empty());
  EXPECT_EQ(lots(ledger), "[B2 100@900.00 2024-04-01]");
}

TEST(WashSale, PurchaseThirtyDaysBeforeTheSaleReplaces) {
  const TaxLedger ledger =
      run_ledger({buy("B1", "2023-11-01", "100", "10"), buy("B2", "2024-01-31", "100", "9"),
                  sell("S1", "2024-03-01", "100", "8")});
  EXPECT_EQ(ledger.dispositions()[0].disallowed, "200"_usd);
  // B1 held 2023-11-01..2024-03-01 = 121 days; B2 starts 121 days before 2024-01-31.
  EXPECT_EQ(lots(ledger), "[B2 100@1100.00 2023-10-02]");
}

TEST(WashSale, PurchaseThirtyOneDaysBeforeTheSaleDoesNotReplace) {
  const TaxLedger ledger =
      run_ledger({buy("B1", "2023-11-01", "100", "10"), buy("B2", "2024-01-30", "100", "9"),
                  sell("S1", "2024-03-01", "100", "8")});
  EXPECT_TRUE(ledger.wash_sales().empty());
}

// RULES.md "known bug to avoid": the window includes the sale date, so a purchase later the
// same day replaces.
TEST(WashSale, SameDayPurchaseAfterTheSaleReplaces) {
  const TaxLedger ledger =
      run_ledger({buy("B1", "2024-01-02", "100", "10"), sell("S1", "2024-03-01", "100", "8"),
                  buy("B2", "2024-03-01", "100", "8")});
  EXPECT_EQ(ledger.dispositions()[0].disallowed, "200"_usd);
  EXPECT_EQ(ledger.open_lots()[0].basis, "1000"_usd);
}

// A purchase earlier on the sale day (another lot) replaces too: B2 at 10:00, S1 at 15:00
// sells B1 (FIFO) at a loss of 200.
TEST(WashSale, SameDayPurchaseBeforeTheSaleReplaces) {
  std::vector<Trade> trades = {buy("B1", "2024-01-02", "100", "10"),
                               buy("B2", "2024-03-01", "100", "8"),
                               sell("S1", "2024-03-01", "100", "8")};
  trades[1].ts = Timestamp::parse("2024-03-01T10:00:00-05:00").value();
  trades[2].ts = Timestamp::parse("2024-03-01T15:00:00-05:00").value();
  const TaxLedger ledger = run_ledger(trades);
  EXPECT_EQ(ledger.dispositions()[0].disallowed, "200"_usd);
  EXPECT_EQ(lots(ledger), "[B2 100@1000.00 2024-01-02]");  // 800 + 200; 59 days tacked
}

// A split replacement part can be named by its own id under specific identification: selling
// "B2/S1" (40 shares, basis 360 + 80) at 12 gains 480 - 440 = 40.
TEST(WashSale, SplitReplacementPartCanBeSoldBySpecificIdentification) {
  std::vector<Trade> trades = {
      buy("B1", "2024-01-02", "40", "10"), sell("S1", "2024-03-01", "40", "8"),
      buy("B2", "2024-03-05", "100", "9"), sell("S2", "2024-06-03", "40", "12")};
  trades[3].lot_ids = {"B2/S1"};
  const TaxLedger ledger = run_ledger(trades, LotMethod::kSpecific);
  EXPECT_EQ(ledger.dispositions()[1].lot_id, "B2/S1");
  EXPECT_EQ(ledger.dispositions()[1].gain(), "40"_usd);
  EXPECT_EQ(lots(ledger), "[B2 60@540.00 2024-03-05]");
}

// 200 shares bought in one purchase, 100 sold at a loss 10 days later: the other 100 came in
// the same purchase as the shares sold, so they are not a replacement (docs/tax.md).
TEST(WashSale, RestOfTheSameLotIsNotAReplacement) {
  const TaxLedger ledger =
      run_ledger({buy("B1", "2024-02-20", "200", "10"), sell("S1", "2024-03-01", "100", "8")});
  EXPECT_TRUE(ledger.wash_sales().empty());
  EXPECT_EQ(ledger.dispositions()[0].gain(), "-200"_usd);
}

// Two later purchases of 60 each against a 100-share loss: the first 60 and 40 of the second
// replace (order of acquisition); the second lot splits, 40 shares absorbing 80 of the loss.
TEST(WashSale, ReplacementsMatchInOrderOfAcquisitionAndSplitTheLastLot) {
  const TaxLedger ledger =
      run_ledger({buy("B1", "2024-01-02", "100", "10"), sell("S1", "2024-03-01", "100", "8"),
                  buy("B2", "2024-03-05", "60", "9"), buy("B3", "2024-03-06", "60", "9")});
  EXPECT_EQ(ledger.dispositions()[0].disallowed, "200"_usd);
  // 59 days tacked: B2 2024-01-06, B3's matched part 2024-01-07.
  EXPECT_EQ(lots(ledger),
            "[B2 60@660.00 2024-01-06, B3/S1 40@440.00 2024-01-07, B3 20@180.00 2024-03-06]");
}

// Reg. §1.1091-1(e): 100 replacement shares absorb the first loss only. Two 100-share lots
// are sold at a loss on successive days; one 100-share purchase follows.
TEST(WashSale, AReplacementShareAbsorbsOnlyOneLoss) {
  const TaxLedger ledger =
      run_ledger({buy("B1", "2024-01-02", "100", "10"), buy("B2", "2024-01-03", "100", "10"),
                  sell("S1", "2024-03-01", "100", "8"), sell("S2", "2024-03-02", "100", "8"),
                  buy("B3", "2024-03-10", "100", "9")});
  EXPECT_EQ(sales(ledger),
            "S1:B1 100 proceeds=800.00 basis=1000.00 disallowed=200.00 short 2024-01-02\n"
            "S2:B2 100 proceeds=800.00 basis=1000.00 disallowed=0.00 short 2024-01-03\n");
  EXPECT_EQ(ledger.wash_sales().size(), 1u);
}

// Reg. §1.1091-1(b): several losses are matched in the order of sale. S1 loses 200 on 100
// shares and S2 loses 100 on 50 shares; 120 shares bought later replace all of S1 and 20 of
// S2 (20/50 x 100 = 40 disallowed). Tacking: S1's shares were held 59 days (B2/S1 from
// 2024-01-11), S2's 60 days (the other 20 from 2024-01-10).
TEST(WashSale, LossesAreMatchedInOrderOfSale) {
  const TaxLedger ledger =
      run_ledger({buy("B1", "2024-01-02", "150", "10"), sell("S1", "2024-03-01", "100", "8"),
                  sell("S2", "2024-03-02", "50", "8"), buy("B2", "2024-03-10", "120", "9")});
  EXPECT_EQ(ledger.dispositions()[0].disallowed, "200"_usd);
  EXPECT_EQ(ledger.dispositions()[1].disallowed, "40"_usd);
  EXPECT_EQ(lots(ledger), "[B2/S1 100@1100.00 2024-01-11, B2 20@220.00 2024-01-10]");
}

// A gain is never a wash sale, whatever is bought around it.
TEST(WashSale, GainsAreNeverWashSales) {
  const TaxLedger ledger =
      run_ledger({buy("B1", "2024-01-02", "100", "10"), sell("S1", "2024-03-01", "100", "12"),
                  buy("B2", "2024-03-05", "100", "11")});
  EXPECT_TRUE(ledger.wash_sales().empty());
}

// Chain: B2 replaces S1's loss (basis 900 + 200 = 1100), then B2 is sold at 850 (loss 250
// on the adjusted basis) and B3 replaces that: basis 800 + 250 = 1050. Holding periods tack
// twice: B1 2024-01-02..03-01 (59 days) onto B2 (2024-03-05 -> 2024-01-06); B2 from
// 2024-01-06 to its sale 2024-03-20 (74 days) onto B3 (2024-03-25 -> 2024-01-11).
TEST(WashSale, ChainCarriesTheAdjustedBasisForward) {
  const TaxLedger ledger =
      run_ledger({buy("B1", "2024-01-02", "100", "10"), sell("S1", "2024-03-01", "100", "8"),
                  buy("B2", "2024-03-05", "100", "9"), sell("S2", "2024-03-20", "100", "8.5"),
                  buy("B3", "2024-03-25", "100", "8")});
  EXPECT_EQ(sales(ledger),
            "S1:B1 100 proceeds=800.00 basis=1000.00 disallowed=200.00 short 2024-01-02\n"
            "S2:B2 100 proceeds=850.00 basis=1100.00 disallowed=250.00 short 2024-01-06\n");
  EXPECT_EQ(lots(ledger), "[B3 100@1050.00 2024-01-11]");
}

// A December loss replaced in January is disallowed in the year of the sale.
TEST(WashSale, DecemberLossReplacedInJanuaryIsDisallowed) {
  const TaxLedger ledger =
      run_ledger({buy("B1", "2024-06-03", "100", "10"), sell("S1", "2024-12-20", "100", "8"),
                  buy("B2", "2025-01-10", "100", "9")});
  EXPECT_EQ(ledger.dispositions()[0].disallowed, "200"_usd);
  EXPECT_EQ(ledger.dispositions()[0].sold.year(), 2024);
  EXPECT_EQ(ledger.open_lots()[0].basis, "1100"_usd);
}

// The same symbol in another account is substantially identical.
TEST(WashSale, PurchaseInAnotherAccountReplaces) {
  const TaxLedger ledger = run_ledger({buy("B1", "2024-01-02", "100", "10", "0", "taxable"),
                                       sell("S1", "2024-03-01", "100", "8", "0", "taxable"),
                                       buy("B2", "2024-03-05", "100", "9", "0", "other")});
  ASSERT_EQ(ledger.wash_sales().size(), 1u);
  EXPECT_EQ(ledger.wash_sales()[0].replacement_account, "other");
  EXPECT_EQ(ledger.open_lots()[0].basis, "1100"_usd);
}

// A replacement bought before the sale but sold before it is no longer held: not a
// replacement (docs/tax.md). B2 is bought and sold (at a gain) before S1's loss.
TEST(WashSale, EarlierPurchaseAlreadySoldDoesNotReplace) {
  const TaxLedger ledger =
      run_ledger({buy("B1", "2024-01-02", "100", "10"), buy("B2", "2024-02-15", "100", "7"),
                  sell("S0", "2024-02-20", "100", "7.5"), sell("S1", "2024-03-01", "100", "8")},
                 LotMethod::kLifo);
  EXPECT_TRUE(ledger.wash_sales().empty());
}

// A loss of 1.00 on 3 shares does not divide evenly: one replacement share disallows
// 0.333333 (half-even), a later lot of two the rest, 0.666667, so the parts sum to the loss.
TEST(WashSale, PartialDisallowancesSumExactlyToTheLoss) {
  const TaxLedger ledger =
      run_ledger({buy("B1", "2024-01-02", "3", "10"), sell("S1", "2024-03-01", "3", "9.666666667"),
                  buy("B2", "2024-03-02", "1", "9"), buy("B3", "2024-03-03", "2", "9")});
  const Money loss = ledger.dispositions()[0].loss();
  EXPECT_EQ(loss, "1.000000"_usd);  // 30 - 29.000000001 rounded to 29.000000
  ASSERT_EQ(ledger.wash_sales().size(), 2u);
  EXPECT_EQ(ledger.wash_sales()[0].disallowed, "0.333333"_usd);
  EXPECT_EQ(ledger.wash_sales()[1].disallowed, "0.666667"_usd);
  EXPECT_EQ(ledger.dispositions()[0].disallowed, loss);
}

}  // namespace
}  // namespace qtb::tax
