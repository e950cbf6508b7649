#include "core/date.h"

#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

namespace qtb {
namespace {

TEST(Date, ConvertsCivilDates) {
  EXPECT_EQ(Date::from_ymd(1970, 1, 1).days(), 0);
  EXPECT_EQ(Date::from_ymd(2000, 3, 1).days(), 11017);
  EXPECT_EQ(Date::from_ymd(2024, 2, 29).to_string(), "2024-02-29");
  EXPECT_EQ(Date::from_ymd(1969, 12, 31).days(), -1);
  EXPECT_EQ(Date::from_ymd(2024, 1, 1).weekday(), Weekday::kMonday);
  EXPECT_EQ(Date::from_ymd(2000, 1, 1).weekday(), Weekday::kSaturday);
  EXPECT_TRUE(Date::from_ymd(2000, 1, 1).is_weekend());
}

TEST(Date, ParsesAndRejects) {
  EXPECT_EQ(Date::parse("2024-02-29")->to_string(), "2024-02-29");
  EXPECT_EQ(Date::parse("20240229")->to_string(), "2024-02-29");
  EXPECT_FALSE(Date::parse("2023-02-29").ok());
  EXPECT_FALSE(Date::parse("1900-02-29").ok());
  EXPECT_TRUE(Date::parse("2000-02-29").ok());
  EXPECT_FALSE(Date::parse("2024-13-01").ok());
  EXPECT_FALSE(Date::parse("2024-1-01").ok());
  EXPECT_FALSE(Date::parse("2024-01-01x").ok());
  EXPECT_EQ(Date::parse("2023-02-29").error().message(),
            "not a date/time \"2023-02-29\" (no such calendar day)");
}

TEST(Timestamp, ParsesIso8601WithOffsets) {
  const int64_t midnight = Date::from_ymd(2024, 1, 2).days() * kNanosPerDay;
  EXPECT_EQ(Timestamp::parse("2024-01-02")->ns(), midnight);
  // 09:30 in New York (EST, -05:00) is 14:30 UTC.
  EXPECT_EQ(Timestamp::parse("2024-01-02T09:30:00-05:00")->ns(),
            midnight + 14 * kNanosPerHour + 30 * kNanosPerMinute);
  EXPECT_EQ(Timestamp::parse("2024-01-02 14:30:00Z")->to_iso8601(), "2024-01-02T14:30:00Z");
  EXPECT_EQ(Timestamp::parse("2024-01-02T14:30")->to_iso8601(), "2024-01-02T14:30:00Z");
  EXPECT_EQ(Timestamp::parse("2024-01-02T14:30:00.123+00:00")->to_iso8601(),
            "2024-01-02T14:30:00.123Z");
  EXPECT_EQ(Timestamp::parse("2024-01-02T14:30:00.000000001Z")->ns(),
            midnight + 14 * kNanosPerHour + 30 * kNanosPerMinute + 1);
  // Crossing midnight backwards: 01:00+05:30 is 19:30 UTC the previous day.
  EXPECT_EQ(Timestamp::parse("2024-01-02T01:00:00+0530")->to_iso8601(), "2024-01-01T19:30:00Z");
}

TEST(Timestamp, RejectsMalformed) {
  for (const char* bad : {"2024-01-02T25:00:00Z", "2024-01-02T09:30:00+5", "2024-01-02X09:30",
                          "2024-01-02T09:30:00Q", "2024-01-02T09:30:00.Z", "yesterday"}) {
    EXPECT_FALSE(Timestamp::parse(bad).ok()) << bad;
  }
}

// Found by fuzz/date_fuzz.cc: the date's nanoseconds overflowed int64 (undefined behaviour)
// before the range was checked. int64 ns spans 1677-09-21T00:12:43.145224192Z to
// 2262-04-11T23:47:16.854775807Z (INT64_MIN and INT64_MAX ns).
TEST(Timestamp, ParsesTheWholeInt64RangeAndRejectsBeyondIt) {
  EXPECT_EQ(Timestamp::parse("1677-09-21T00:12:43.145224192Z")->ns(), INT64_MIN);
  EXPECT_EQ(Timestamp::parse("2262-04-11T23:47:16.854775807Z")->ns(), INT64_MAX);
  // The same instant through an offset: 18:47:16 at -05:00 is 23:47:16 UTC.
  EXPECT_EQ(Timestamp::parse("2262-04-11T18:47:16.854775807-05:00")->ns(), INT64_MAX);
  for (const char* beyond : {"9999-12-31", "4048-01-02", "1677-09-21", "1677-09-21T00:12:43Z",
                             "2262-04-11T23:47:16.854775808Z", "2262-04-11T18:47:17-05:00"}) {
    const Result<Timestamp> t = Timestamp::parse(beyond);
    ASSERT_FALSE(t.ok()) << beyond;
    EXPECT_EQ(t.error().code(), ErrorCode::kOutOfRange) << beyond;
  }
}

// Found by fuzz/date_fuzz.cc: ns_of_day() computed ns - days * kNanosPerDay, and the day
// 1677-09-21 starts before INT64_MIN ns, so printing the earliest instant overflowed.
TEST(Timestamp, EarliestInstantPrintsAndParsesBack) {
  const Timestamp t = Timestamp::from_ns(INT64_MIN);
  // INT64_MIN = -106752 days + 763145224192 ns; 763.145224192 s is 00:12:43.145224192.
  EXPECT_EQ(t.ns_of_day(), 763'145'224'192);
  EXPECT_EQ(t.utc_date().to_string(), "1677-09-21");
  EXPECT_EQ(t.to_iso8601(), "1677-09-21T00:12:43.145224192Z");
  EXPECT_EQ(*Timestamp::parse(t.to_iso8601()), t);
}

TEST(Timestamp, NegativeInstantsLandOnTheRightDay) {
  const Timestamp t = Timestamp::from_ns(-1);
  EXPECT_EQ(t.utc_date().to_string(), "1969-12-31");
  EXPECT_EQ(t.to_iso8601(), "1969-12-31T23:59:59.999999999Z");
}

RC_GTEST_PROP(DateProperty, CivilRoundTrip, ()) {
  const int32_t days = *rc::gen::inRange(-200000, 200000);
  const Date d = Date::from_days(days);
  int y, m, dd;
  d.to_ymd(&y, &m, &dd);
  RC_ASSERT(Date::is_valid_ymd(y, m, dd));
  RC_ASSERT(Date::from_ymd(y, m, dd).days() == days);
  if (y >= 1000 && y <= 9999) RC_ASSERT(Date::parse(d.to_string())->days() == days);
}

RC_GTEST_PROP(DateProperty, TimestampTextRoundTrip, ()) {
  const int64_t ns =
      *rc::gen::inRange<int64_t>(-2'000'000'000'000'000'000, 4'000'000'000'000'000'000);
  const Timestamp t = Timestamp::from_ns(ns);
  RC_ASSERT(Timestamp::parse(t.to_iso8601())->ns() == ns);
}

}  // namespace
}  // namespace qtb
