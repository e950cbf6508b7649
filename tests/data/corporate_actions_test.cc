#include "data/corporate_actions.h"

#include <gtest/gtest.h>

#include "data/fixture.h"

namespace qtb::data {
namespace {

Bar daily(int day, const char* open, const char* close, int64_t volume) {
  Bar b;
  b.ts = Timestamp::from_date(Date::from_ymd(2024, 1, day));
  b.open = *Price::parse(open);
  b.close = *Price::parse(close);
  b.high = std::max(b.open, b.close);
  b.low = std::min(b.open, b.close);
  b.volume = Quantity::from_units(volume);
  return b;
}

CorporateAction split(int day, int64_t num, int64_t den) {
  CorporateAction a;
  a.ticker = "XYZ";
  a.ex_date = Date::from_ymd(2024, 1, day);
  a.kind = CorporateActionKind::kSplit;
  a.numerator = num;
  a.denominator = den;
  return a;
}

CorporateAction dividend(int day, const char* amount) {
  CorporateAction a;
  a.ticker = "XYZ";
  a.ex_date = Date::from_ymd(2024, 1, day);
  a.kind = CorporateActionKind::kCashDividend;
  a.dividend = *Money::parse(amount);
  return a;
}

// "open/close/volume" per bar.
std::string text(const std::vector<Bar>& bars) {
  std::string out;
  for (const Bar& b : bars) {
    out += (out.empty() ? "" : " ") + b.open.to_string() + "/" + b.close.to_string() + "/" +
           b.volume.to_string();
  }
  return out;
}

std::vector<Bar> adjust(const std::vector<Bar>& raw, const std::vector<CorporateAction>& actions,
                        AdjustMode mode = AdjustMode::kSplitAndDividend) {
  Result<std::vector<Bar>> out = adjust_bars(raw, actions, mode);
  EXPECT_TRUE(out.ok()) << (out.ok() ? "" : out.error().message());
  return out.ok() ? *out : std::vector<Bar>{};
}

TEST(CorporateActions, TwoForOneSplitHalvesEarlierPricesAndDoublesVolume) {
  const std::vector<Bar> raw = {daily(2, "100", "100", 1000), daily(3, "100", "100", 1000),
                                daily(4, "50", "50", 2000)};
  // Factor 1/2 before 2024-01-04: 100.00 -> 50.00, volume 1000 -> 2000.
  EXPECT_EQ(text(adjust(raw, {split(4, 2, 1)})), "50/50/2000 50/50/2000 50/50/2000");
}

TEST(CorporateActions, ReverseSplitMultipliesEarlierPrices) {
  const std::vector<Bar> raw = {daily(2, "1.5", "1.5", 1000), daily(3, "15", "15", 100)};
  // 1-for-10: factor 10/1: 1.50 -> 15.00, volume 1000 -> 100.
  EXPECT_EQ(text(adjust(raw, {split(3, 1, 10)})), "15/15/100 15/15/100");
}

TEST(CorporateActions, ThreeForOneRoundsHalfEvenAtNineDigits) {
  const std::vector<Bar> raw = {daily(2, "100", "100", 100), daily(3, "33", "33", 300)};
  // 100 / 3 = 33.3333333333... -> 33.333333333; volume 100 * 3 = 300.
  EXPECT_EQ(text(adjust(raw, {split(3, 3, 1)})), "33.333333333/33.333333333/300 33/33/300");
}

TEST(CorporateActions, DollarDividendOnFiftyCloseIsFactorPointNineEight) {
  const std::vector<Bar> raw = {daily(2, "51", "50", 1000), daily(3, "49", "49", 1000)};
  // factor = 1 - 1/50 = 0.98: close 50 -> 49.00, open 51 -> 49.98; volume unchanged.
  EXPECT_EQ(text(adjust(raw, {dividend(3, "1")})), "49.98/49/1000 49/49/1000");
}

TEST(CorporateActions, DividendFactorIsRoundedToTwelveDigits) {
  const std::vector<Bar> raw = {daily(2, "28.6", "28.6", 1), daily(3, "28.36", "28.36", 1)};
  // 1 - 0.24/28.6 = 0.991608391608|39.. -> 0.991608391608; 28.6 * that = 28.35999999998889
  // -> 28.360000000 at 9 digits: the previous close less the dividend, as it should be.
  EXPECT_EQ(text(adjust(raw, {dividend(3, "0.24")})), "28.36/28.36/1 28.36/28.36/1");
}

TEST(CorporateActions, SplitAndDividendCompound) {
  const std::vector<Bar> raw = {daily(2, "100", "100", 10), daily(3, "50", "50", 20),
                                daily(4, "49", "49", 20)};
  // Split 2:1 ex 01-03; $1 dividend ex 01-04 on previous raw close 50: factor 0.98.
  // 01-02: 100 * 0.98 / 2 = 49; 01-03: 50 * 0.98 = 49.
  EXPECT_EQ(text(adjust(raw, {split(3, 2, 1), dividend(4, "1")})), "49/49/20 49/49/20 49/49/20");
}

TEST(CorporateActions, SplitOnlyModeIgnoresDividends) {
  const std::vector<Bar> raw = {daily(2, "50", "50", 1), daily(3, "49", "49", 1)};
  EXPECT_EQ(text(adjust(raw, {dividend(3, "1")}, AdjustMode::kSplitOnly)), "50/50/1 49/49/1");
}

TEST(CorporateActions, AdjustedCloseIsWrittenToAdjClose) {
  const std::vector<Bar> raw = {daily(2, "100", "100", 1), daily(3, "50", "50", 1)};
  EXPECT_EQ(adjust(raw, {split(3, 2, 1)})[0].adj_close, "50"_px);
}

TEST(CorporateActions, DividendNotBelowPreviousCloseFails) {
  const std::vector<Bar> raw = {daily(2, "1", "1", 1), daily(3, "1", "1", 1)};
  Result<std::vector<Bar>> out =
      adjust_bars(raw, std::vector{dividend(3, "1")}, AdjustMode::kSplitAndDividend);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().message(), "dividend 1 on 2024-01-03 is not below the previous close 1");
}

// Found by fuzz/corporate_actions_fuzz.cc: the adjusted price was cast to int64 unchecked, so
// it wrapped silently. 1-for-10^9 makes 100 into 10^11, past Price's ~9.22e9.
TEST(CorporateActions, AdjustedPriceBeyondPriceRangeFails) {
  const std::vector<Bar> raw = {daily(2, "100", "100", 1), daily(3, "100", "100", 1)};
  Result<std::vector<Bar>> out =
      adjust_bars(raw, std::vector{split(3, 1, 1'000'000'000)}, AdjustMode::kSplitOnly);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().code(), ErrorCode::kOutOfRange);
  EXPECT_EQ(out.error().message(), "adjusting price 100 overflows");
}

// The volume went through Quantity::mul_div, which throws OverflowError: 10^6 shares times a
// 10^7-for-1 split is 10^13 shares, past Quantity's ~9.22e12. Now an error value.
TEST(CorporateActions, AdjustedVolumeBeyondQuantityRangeFails) {
  const std::vector<Bar> raw = {daily(2, "100", "100", 1'000'000), daily(3, "1", "1", 1)};
  Result<std::vector<Bar>> out =
      adjust_bars(raw, std::vector{split(3, 10'000'000, 1)}, AdjustMode::kSplitOnly);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.error().code(), ErrorCode::kOutOfRange);
  EXPECT_EQ(out.error().message(), "adjusting volume 1000000 overflows");
}

TEST(CorporateActions, ParsesTheActionsTable) {
  Result<std::vector<CorporateAction>> actions = parse_corporate_actions_csv(
      testing::read_repo_file("tests/fixtures/data/corporate_actions.csv"), "ca.csv");
  ASSERT_TRUE(actions.ok()) << actions.error().message();
  ASSERT_EQ(actions->size(), 3U);
  const CorporateAction& aapl_split = (*actions)[0];
  EXPECT_EQ(aapl_split.ticker, "AAPL");
  EXPECT_EQ(aapl_split.ex_date, Date::from_ymd(2020, 8, 31));
  EXPECT_EQ(aapl_split.numerator, 4);
  EXPECT_EQ(aapl_split.denominator, 1);
  EXPECT_EQ((*actions)[1].ticker, "AAPL");  // upper-cased from "aapl"
  EXPECT_EQ((*actions)[1].kind, CorporateActionKind::kCashDividend);
  EXPECT_EQ((*actions)[1].dividend, "0.82"_usd);
  EXPECT_EQ((*actions)[2].denominator, 8);
}

TEST(CorporateActions, ReportsEveryBadRowWithLineAndField) {
  Result<std::vector<CorporateAction>> actions = parse_corporate_actions_csv(
      testing::read_repo_file("tests/fixtures/data/bad_corporate_actions.csv"), "bad.csv");
  ASSERT_FALSE(actions.ok());
  EXPECT_EQ(actions.error().message(),
            "bad.csv:2 value: split ratio must be N:D with positive integers, got \"4-1\"\n"
            "bad.csv:4 ex_date: not a date/time \"2020-13-07\" (no such calendar day)\n"
            "bad.csv:5 type: expected split or dividend, got \"bonus\"");
}

TEST(CorporateActions, RequiresTheHeaderRow) {
  EXPECT_FALSE(parse_corporate_actions_csv("AAPL,2020-08-31,split,4:1\n", "h.csv").ok());
}

}  // namespace
}  // namespace qtb::data
