#include "core/fixed_point.h"

#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

#include <cstdlib>

#include "core/price.h"
#include "core/quantity.h"

namespace qtb {
namespace {

TEST(Price, ParsesExactDecimalText) {
  EXPECT_EQ(Price::parse("101.25")->raw(), 101'250'000'000);
  EXPECT_EQ(Price::parse("-0.5")->raw(), -500'000'000);
  EXPECT_EQ(Price::parse("+3")->raw(), 3'000'000'000);
  EXPECT_EQ(Price::parse(".5")->raw(), 500'000'000);
  EXPECT_EQ(Price::parse("7.")->raw(), 7'000'000'000);
  EXPECT_EQ(Price::parse("0.000000001")->raw(), 1);
}

TEST(Price, TrailingZerosBeyondScaleAreExact) {
  EXPECT_EQ(Price::parse("1.5000000000000")->raw(), 1'500'000'000);
}

TEST(Price, RejectsMoreDecimalsThanScaleUnlessRoundingIsNamed) {
  Result<Price> p = Price::parse("1.0000000001");
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.error().message(), "\"1.0000000001\" has more than 9 decimal places");
  // 1.0000000005 is exactly half a unit: half-even keeps the even neighbour 1.000000000.
  EXPECT_EQ(Price::parse("1.0000000005", Rounding::kHalfEven)->raw(), 1'000'000'000);
  EXPECT_EQ(Price::parse("1.0000000015", Rounding::kHalfEven)->raw(), 1'000'000'002);
  EXPECT_EQ(Price::parse("1.0000000005", Rounding::kHalfUp)->raw(), 1'000'000'001);
  // Just above half: a later non-zero digit must round up even with half-even.
  EXPECT_EQ(Price::parse("1.00000000050000000000000001", Rounding::kHalfEven)->raw(),
            1'000'000'001);
  EXPECT_EQ(Price::parse("-1.0000000005", Rounding::kHalfUp)->raw(), -1'000'000'001);
  EXPECT_EQ(Price::parse("-1.0000000009", Rounding::kDown)->raw(), -1'000'000'000);
  EXPECT_EQ(Price::parse("-1.0000000001", Rounding::kFloor)->raw(), -1'000'000'001);
  EXPECT_EQ(Price::parse("1.0000000001", Rounding::kCeiling)->raw(), 1'000'000'001);
}

TEST(Price, RejectsMalformedText) {
  for (const char* bad :
       {"", "-", ".", "1O2.5", "1.2.3", "1e5", " 1", "1 ", "--1", "0x10", "NaN"}) {
    Result<Price> p = Price::parse(bad);
    EXPECT_FALSE(p.ok()) << bad;
  }
  EXPECT_EQ(Price::parse("1O2.5").error().message(), "not a number \"1O2.5\"");
  EXPECT_EQ(Price::parse("").error().message(), "empty value");
}

TEST(Price, DetectsOverflowOnParse) {
  // Price holds at most 9223372036.854775807.
  EXPECT_TRUE(Price::parse("9223372036.854775807").ok());
  Result<Price> p = Price::parse("9223372036.854775808");
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.error().code(), ErrorCode::kOutOfRange);
  EXPECT_TRUE(Price::parse("-9223372036.854775808").ok());
  EXPECT_FALSE(Price::parse("99999999999999999999999999999999").ok());
}

TEST(Price, DetectsOverflowInArithmetic) {
  const Price big = Price::from_raw(INT64_MAX);
  EXPECT_THROW(big + Price::from_raw(1), OverflowError);
  EXPECT_THROW(-Price::from_raw(INT64_MIN), OverflowError);
  EXPECT_THROW(big * 2, OverflowError);
  EXPECT_THROW(Price::from_units(10'000'000'000), OverflowError);
  EXPECT_EQ((big - Price::from_raw(1)).raw(), INT64_MAX - 1);
}

TEST(Price, FormatsExactly) {
  EXPECT_EQ("101.25"_px.to_string(), "101.25");
  EXPECT_EQ("100"_px.to_string(), "100");
  EXPECT_EQ("-0.000000001"_px.to_string(), "-0.000000001");
  EXPECT_EQ(Price::from_raw(INT64_MIN).to_string(), "-9223372036.854775808");
  EXPECT_EQ("2.5"_px.to_string(2), "2.50");
}

TEST(Price, RoundsExplicitly) {
  // 2.345 to cents: half-even -> 2.34 (4 is even), half-up -> 2.35.
  EXPECT_EQ("2.345"_px.to_string(2, Rounding::kHalfEven), "2.34");
  EXPECT_EQ("2.355"_px.to_string(2, Rounding::kHalfEven), "2.36");
  EXPECT_EQ("2.345"_px.to_string(2, Rounding::kHalfUp), "2.35");
  EXPECT_EQ("-2.345"_px.to_string(2, Rounding::kHalfUp), "-2.35");
  EXPECT_EQ("-2.341"_px.to_string(2, Rounding::kFloor), "-2.35");
  EXPECT_EQ("2.341"_px.to_string(2, Rounding::kCeiling), "2.35");
  EXPECT_EQ("2.349"_px.to_string(2, Rounding::kDown), "2.34");
  EXPECT_EQ("0.5"_px.round(0, Rounding::kHalfEven), "0"_px);
  EXPECT_EQ("1.5"_px.round(0, Rounding::kHalfEven), "2"_px);
}

TEST(Price, MulDivRoundsTheExactQuotient) {
  // 10.00 * 1 / 3 = 3.333333333|33.. -> 3.333333333
  EXPECT_EQ("10"_px.mul_div(1, 3, Rounding::kHalfEven), "3.333333333"_px);
  // 2-for-1 split: 101.25 / 2 = 50.625 exactly.
  EXPECT_EQ("101.25"_px.mul_div(1, 2, Rounding::kHalfEven), "50.625"_px);
}

TEST(Price, ToDoubleIsTheNearestDoubleLikeStrtod) {
  // The same double the C library's decimal parser gives (indicators then match references
  // computed from the text).
  for (const char* text :
       {"101.25", "-0.5", "1438.359985", "0.000000001", "1469.25", "28.6", "9007199.254740991"}) {
    EXPECT_EQ(Price::parse(text)->to_double(), std::strtod(text, nullptr)) << text;
  }
}

TEST(Quantity, HoldsFractionalShares) {
  EXPECT_EQ(Quantity::parse("0.123456")->raw(), 123456);
  EXPECT_FALSE(Quantity::parse("0.1234567").ok());
  EXPECT_EQ("100"_qty + "0.5"_qty, "100.5"_qty);
}

RC_GTEST_PROP(FixedPointProperty, PriceTextRoundTrips, (int64_t raw)) {
  const Price p = Price::from_raw(raw);
  const Result<Price> back = Price::parse(p.to_string());
  RC_ASSERT(back.ok());
  RC_ASSERT(back->raw() == raw);
}

RC_GTEST_PROP(FixedPointProperty, FixedWidthTextRoundTripsAfterRounding, (int64_t raw)) {
  const Quantity q = Quantity::from_raw(raw / 16);  // keep away from the edges after rounding
  const int decimals = *rc::gen::inRange(0, 7);
  const std::string text = q.to_string(decimals, Rounding::kHalfEven);
  const Result<Quantity> back = Quantity::parse(text);
  RC_ASSERT(back.ok());
  RC_ASSERT(back->raw() == q.round(decimals, Rounding::kHalfEven).raw());
  // Rounding moves the value by at most half a step.
  const int64_t step = fixed_point::pow10(Quantity::kDecimals - decimals);
  const fixed_point::Int128 diff = static_cast<fixed_point::Int128>(back->raw()) - q.raw();
  RC_ASSERT((diff < 0 ? -diff : diff) * 2 <= step);
}

RC_GTEST_PROP(FixedPointProperty, AdditionMatchesWideIntegerOrThrows, (int64_t a, int64_t b)) {
  const fixed_point::Int128 wide = static_cast<fixed_point::Int128>(a) + b;
  if (wide > INT64_MAX || wide < INT64_MIN) {
    RC_ASSERT_THROWS_AS(Price::from_raw(a) + Price::from_raw(b), OverflowError);
  } else {
    RC_ASSERT((Price::from_raw(a) + Price::from_raw(b)).raw() == static_cast<int64_t>(wide));
  }
}

}  // namespace
}  // namespace qtb
