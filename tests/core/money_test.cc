#include "core/money.h"

#include <gtest/gtest.h>

namespace qtb {
namespace {

TEST(Money, NotionalIsExact) {
  // liquibook's example: 100 @ 1250 costs 125000.
  EXPECT_EQ(notional("1250"_px, "100"_qty), "125000"_usd);
  // 333 sh @ 12.3456789 = 4111.1110737 -> 6 digits, half-even: 4111.111074
  EXPECT_EQ(notional("12.3456789"_px, "333"_qty).to_string(), "4111.111074");
  // Fractional shares: 0.5 @ 101.25 = 50.625
  EXPECT_EQ(notional("101.25"_px, "0.5"_qty), "50.625"_usd);
  EXPECT_EQ(notional("101.25"_px, "-2"_qty), -"202.5"_usd);
}

TEST(Money, RoundsToCentsHalfEven) {
  EXPECT_EQ("50.625"_usd.round(2, Rounding::kHalfEven), "50.62"_usd);
  EXPECT_EQ("50.635"_usd.round(2, Rounding::kHalfEven), "50.64"_usd);
  EXPECT_EQ("1234.50"_usd.round(0, Rounding::kHalfEven), "1234"_usd);
  EXPECT_EQ("1235.50"_usd.round(0, Rounding::kHalfEven), "1236"_usd);
  EXPECT_EQ("50.625"_usd.to_string(2), "50.62");
}

TEST(Money, UnitPriceOfTotalCost) {
  // 1000.00 + 1.00 fee over 100 shares = 10.01 per share.
  EXPECT_EQ(unit_price("1001"_usd, "100"_qty), "10.01"_px);
  // 100 / 3 = 33.333333333|3 -> 33.333333333
  EXPECT_EQ(unit_price("100"_usd, "3"_qty), "33.333333333"_px);
  EXPECT_EQ(unit_price("100"_usd, "-4"_qty), "-25"_px);
}

TEST(Money, ProRataSplitsBasis) {
  // Basis 1000.00 for 300 shares; 100 of them carry 333.333333(3) -> 333.333333.
  EXPECT_EQ(pro_rata("1000"_usd, "100"_qty, "300"_qty), "333.333333"_usd);
  EXPECT_EQ(pro_rata("1000"_usd, "300"_qty, "300"_qty), "1000"_usd);
}

TEST(Money, CurrenciesDoNotMix) {
  const Money eur = Money::parse("5", *Currency::parse("EUR")).value();
  EXPECT_THROW(eur + "5"_usd, CurrencyMismatch);
  EXPECT_EQ((eur + eur).to_string(), "10");
  EXPECT_EQ(eur.currency().code(), "EUR");
  EXPECT_FALSE(Currency::parse("usd").ok());
  EXPECT_FALSE(Currency::parse("US").ok());
}

TEST(Money, ParseErrorsNameTheText) {
  EXPECT_EQ(Money::parse("12,50").error().message(), "not a number \"12,50\"");
  EXPECT_EQ(Money::parse("0.0000001").error().message(),
            "\"0.0000001\" has more than 6 decimal places");
}

TEST(Money, OverflowIsDetected) {
  const Money big = Money::from_raw(INT64_MAX);
  EXPECT_THROW(big + Money::from_raw(1), OverflowError);
  // 9e9 * 9e9 cannot fit in Money's +/-9.2e12.
  EXPECT_THROW(notional("9000000000"_px, "9000000000"_qty), OverflowError);
}

}  // namespace
}  // namespace qtb
