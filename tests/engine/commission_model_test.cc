#include "engine/commission_model.h"

#include <gtest/gtest.h>

namespace qtb {
namespace {

Money fee(std::string_view spec, Quantity q, Price px) {
  Result<std::unique_ptr<CommissionModel>> model = parse_commission_model(spec);
  EXPECT_TRUE(model.ok()) << spec;
  return (*model)->for_fill(q, px);
}

TEST(CommissionModel, PerOrderIsFlat) {
  EXPECT_EQ(fee("per_order:1", "100"_qty, "50"_px), "1"_usd);
  EXPECT_EQ(fee("per_order:1", "1"_qty, "5000"_px), "1"_usd);
}

TEST(CommissionModel, PerShareScalesWithQuantityRoundedToCents) {
  // 250 * 0.01 = 2.50; 333 * 0.0035 = 1.1655 -> 1.17 (half-even at the cent).
  EXPECT_EQ(fee("per_share:0.01", "250"_qty, "10"_px), "2.5"_usd);
  EXPECT_EQ(fee("per_share:0.0035", "333"_qty, "10"_px), "1.17"_usd);
}

TEST(CommissionModel, BpsIsAFractionOfTradeValue) {
  // 10 bp of 100 * 50 = 5000 is 5.00; 2.5 bp of 1234.56 = 0.30864 -> 0.31.
  EXPECT_EQ(fee("bps:10", "100"_qty, "50"_px), "5"_usd);
  EXPECT_EQ(fee("bps:2.5", "1"_qty, "1234.56"_px), "0.31"_usd);
}

// The examples on IB's pricing page (commission_model.h cites it).
TEST(CommissionModel, IbFixedMatchesPublishedExamples) {
  EXPECT_EQ(fee("ib_fixed", "100"_qty, "25"_px), "1"_usd);       // 0.50 raised to the 1.00 min
  EXPECT_EQ(fee("ib_fixed", "1000"_qty, "25"_px), "5"_usd);      // 1000 * 0.005
  EXPECT_EQ(fee("ib_fixed", "1000"_qty, "0.25"_px), "2.5"_usd);  // capped at 1% of 250
}

TEST(CommissionModel, IbFixedCapWinsOverMinimum) {
  // Trade value 100 * 0.50 = 50: the 1.00 minimum exceeds 1% (0.50), the cap applies.
  EXPECT_EQ(fee("ib_fixed", "100"_qty, "0.5"_px), "0.5"_usd);
}

TEST(CommissionModel, RejectsUnknownOrNegativeSpecs) {
  EXPECT_FALSE(parse_commission_model("flat:1").ok());
  EXPECT_FALSE(parse_commission_model("per_order:-1").ok());
  Result<std::unique_ptr<CommissionModel>> bad = parse_commission_model("per_share:1O");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message().find("--commission per_share:1O"), std::string::npos);
}

}  // namespace
}  // namespace qtb
