#include "data/bar_validator.h"

#include <gtest/gtest.h>

#include "core/calendar.h"
#include "data/fixture.h"

namespace qtb::data {
namespace {

using testing::parse_fixture;

const ExchangeCalendar& nyse() {
  static const ExchangeCalendar calendar = ExchangeCalendar::nyse();
  return calendar;
}

ValidationReport validate_fixture(const std::string& name, const ValidateOptions& options = {}) {
  return validate_bars(parse_fixture(name), nyse(), options);
}

TEST(BarValidator, CleanFileHasNoProblems) {
  const ValidationReport r = validate_fixture("good_daily.csv");
  EXPECT_EQ(r.to_text(), "");
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.summary("good_daily.csv"), "good_daily.csv: 0 errors, 0 warnings");
}

TEST(BarValidator, ParseProblemsAreInTheReport) {
  const ValidationReport r = validate_fixture("bad_number.csv");
  // The unparsed row leaves its session without a bar, which is what an import would store.
  EXPECT_EQ(r.to_text(),
            "bad_number.csv:3 close: not a number \"1O2.5\" [BAD_NUMBER]\n"
            "bad_number.csv: no bar for session 2024-01-03 [MISSING_SESSION]\n");
  EXPECT_FALSE(r.ok());
}

TEST(BarValidator, FlagsNonPositivePrice) {
  EXPECT_EQ(validate_fixture("non_positive_price.csv").to_text(),
            "non_positive_price.csv:3 low: price must be positive, got 0 [NON_POSITIVE_PRICE]\n");
}

TEST(BarValidator, FlagsHighBelowLow) {
  EXPECT_EQ(validate_fixture("high_below_low.csv").to_text(),
            "high_below_low.csv:3 high: high 100 is below low 102 [HIGH_BELOW_LOW]\n");
}

TEST(BarValidator, FlagsOpenOutsideRange) {
  EXPECT_EQ(validate_fixture("open_outside_range.csv").to_text(),
            "open_outside_range.csv:3 open: open 102.5 is outside [low 100, high 102] "
            "[OPEN_OUTSIDE_RANGE]\n");
}

TEST(BarValidator, FlagsCloseOutsideRange) {
  EXPECT_EQ(validate_fixture("close_outside_range.csv").to_text(),
            "close_outside_range.csv:3 close: close 99.5 is outside [low 100, high 102] "
            "[CLOSE_OUTSIDE_RANGE]\n");
}

TEST(BarValidator, FlagsNegativeVolume) {
  EXPECT_EQ(validate_fixture("negative_volume.csv").to_text(),
            "negative_volume.csv:3 volume: volume must not be negative, got -1100 "
            "[NEGATIVE_VOLUME]\n");
}

TEST(BarValidator, FlagsDuplicateTimestampAgainstFirstLine) {
  EXPECT_EQ(validate_fixture("duplicate_timestamp.csv").to_text(),
            "duplicate_timestamp.csv:4 timestamp: 2024-01-03 repeats line 3 "
            "[DUPLICATE_TIMESTAMP]\n");
}

TEST(BarValidator, FlagsUnsortedTimestamp) {
  EXPECT_EQ(validate_fixture("unsorted_timestamp.csv").to_text(),
            "unsorted_timestamp.csv:4 timestamp: 2024-01-03 is earlier than 2024-01-04 on line "
            "3 [UNSORTED_TIMESTAMP]\n");
}

TEST(BarValidator, FlagsDailyBarOnAWeekend) {
  EXPECT_EQ(validate_fixture("outside_session.csv").to_text(),
            "outside_session.csv:4 timestamp: 2024-01-06 is not a trading session (weekend) "
            "[OUTSIDE_SESSION]\n");
}

TEST(BarValidator, FlagsDailyBarOnAHoliday) {
  Result<ParsedBars> p = parse_bar_csv(
      "timestamp,close\n2024-07-03,10\n2024-07-04,10\n"
      "2024-07-05,10\n",
      "h.csv");
  ASSERT_TRUE(p.ok());
  const ValidationReport r = validate_bars(*p, nyse());
  ASSERT_EQ(r.problems().size(), 1U) << r.to_text();
  EXPECT_EQ(r.problems()[0].line, 3U);
  EXPECT_EQ(r.problems()[0].kind, ProblemKind::kOutsideSession);
  EXPECT_NE(r.problems()[0].message.find("2024-07-04 is not a trading session"), std::string::npos);
}

TEST(BarValidator, MissingSessionIsAFileLevelWarning) {
  const ValidationReport r = validate_fixture("missing_session.csv");
  EXPECT_EQ(r.to_text(), "missing_session.csv: no bar for session 2024-01-04 [MISSING_SESSION]\n");
  EXPECT_EQ(r.warnings(), 1U);
  EXPECT_TRUE(r.ok());
}

TEST(BarValidator, StrictMakesWarningsErrors) {
  ValidateOptions strict;
  strict.strict = true;
  const ValidationReport r = validate_fixture("missing_session.csv", strict);
  EXPECT_EQ(r.errors(), 1U);
  EXPECT_FALSE(r.ok());
}

TEST(BarValidator, FlagsSuspiciousJumpAsWarning) {
  // 160 / 100 - 1 = +60%, above the default 50%.
  const ValidationReport r = validate_fixture("suspicious_jump.csv");
  EXPECT_EQ(r.to_text(),
            "suspicious_jump.csv:3 close: close 160 is +60.0% from 100 on line 2 (threshold "
            "50.0%) [SUSPICIOUS_JUMP]\n");
  EXPECT_EQ(r.problems()[0].severity, Severity::kWarning);
}

TEST(BarValidator, JumpThresholdIsConfigurable) {
  ValidateOptions loose;
  loose.jump_threshold = 0.7;
  EXPECT_EQ(validate_fixture("suspicious_jump.csv", loose).to_text(), "");
}

TEST(BarValidator, FlagsIntradayBarAtTheClose) {
  // 16:00 EST = 21:00 UTC: the bar [21:00, 21:01) starts at the close.
  EXPECT_EQ(validate_fixture("intraday_outside_session.csv").to_text(),
            "intraday_outside_session.csv:5 timestamp: bar 2024-01-02T21:00:00Z + 1min: outside "
            "the session hours 2024-01-02T14:30:00Z to 2024-01-02T21:00:00Z [OUTSIDE_SESSION]\n");
}

TEST(BarValidator, IntradayBarMustEndByTheClose) {
  ValidateOptions five;
  five.interval = BarInterval::minutes(5);
  const ValidationReport r = validate_fixture("intraday_outside_session.csv", five);
  // 15:59 + 5min ends 16:04, past the close; 16:00 starts at it.
  EXPECT_EQ(r.count(ProblemKind::kOutsideSession), 2U) << r.to_text();
}

TEST(BarValidator, ExtendedHoursAcceptsAfterCloseBars) {
  ValidateOptions ext;
  ext.extended_hours = true;
  EXPECT_EQ(validate_fixture("intraday_outside_session.csv", ext).to_text(), "");
}

TEST(BarValidator, InfersDailyAndMinuteIntervals) {
  EXPECT_EQ(infer_interval(parse_fixture("good_daily.csv").bars), BarInterval::daily());
  EXPECT_EQ(infer_interval(parse_fixture("intraday_outside_session.csv").bars),
            BarInterval::minutes(1));
}

TEST(BarValidator, SummaryCountsByKind) {
  const ValidationReport r = validate_fixture("missing_session.csv");
  EXPECT_EQ(r.summary("m.csv"), "m.csv: 0 errors, 1 warning (MISSING_SESSION 1)");
}

}  // namespace
}  // namespace qtb::data
