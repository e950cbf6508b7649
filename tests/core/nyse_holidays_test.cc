#include "core/nyse_holidays.h"

#include <gtest/gtest.h>

#include <string>

namespace qtb::nyse {
namespace {

std::string iso(Date d) { return d.to_string(); }

TEST(EasterSunday, MatchesPublishedDates) {
  // Published Gregorian Easter dates, including the earliest (March 22) and latest (April 25)
  // possible ones.
  EXPECT_EQ(iso(easter_sunday(1818)), "1818-03-22");
  EXPECT_EQ(iso(easter_sunday(1943)), "1943-04-25");
  EXPECT_EQ(iso(easter_sunday(2000)), "2000-04-23");
  EXPECT_EQ(iso(easter_sunday(2008)), "2008-03-23");
  EXPECT_EQ(iso(easter_sunday(2011)), "2011-04-24");
  EXPECT_EQ(iso(easter_sunday(2024)), "2024-03-31");
  EXPECT_EQ(iso(easter_sunday(2038)), "2038-04-25");
  EXPECT_EQ(iso(easter_sunday(2285)), "2285-03-22");
}

TEST(NthWeekday, FindsFirstThirdAndLastWeekdayOfAMonth) {
  // 2024-01-01 is a Monday, so the 3rd Monday is the 15th.
  EXPECT_EQ(iso(nth_weekday(2024, 1, Weekday::kMonday, 1)), "2024-01-01");
  EXPECT_EQ(iso(nth_weekday(2024, 1, Weekday::kMonday, 3)), "2024-01-15");
  // 2024-05-31 is a Friday, so the last Monday of May is the 27th.
  EXPECT_EQ(iso(nth_weekday(2024, 5, Weekday::kMonday, -1)), "2024-05-27");
  // 2024-11-01 is a Friday: Thursdays fall on 7, 14, 21, 28.
  EXPECT_EQ(iso(nth_weekday(2024, 11, Weekday::kThursday, 4)), "2024-11-28");
  // 2024-02-29 (leap day) is a Thursday and the last one of the month.
  EXPECT_EQ(iso(nth_weekday(2024, 2, Weekday::kThursday, -1)), "2024-02-29");
}

TEST(Classify, NamesHolidaysClosuresAndWeekends) {
  EXPECT_STREQ(classify(Date::from_ymd(2024, 3, 29)).reason, "Good Friday");
  EXPECT_STREQ(classify(Date::from_ymd(2012, 10, 30)).reason, "Hurricane Sandy");
  EXPECT_STREQ(classify(Date::from_ymd(2024, 3, 30)).reason, "Weekend");
  // 2021-07-04 was a Sunday, observed on Monday the 5th.
  EXPECT_STREQ(classify(Date::from_ymd(2021, 7, 5)).reason, "Independence Day");
  EXPECT_FALSE(classify(Date::from_ymd(2024, 3, 28)).closed);
}

TEST(Classify, SaturdayNewYearIsNotObservedOnDecember31) {
  // 2022-01-01 was a Saturday; Rule 7.2's year-end exception keeps Friday 2021-12-31 open.
  const DayRule rule = classify(Date::from_ymd(2021, 12, 31));
  EXPECT_FALSE(rule.closed);
  EXPECT_EQ(rule.close_hour, 16);
}

TEST(Classify, SaturdayHolidaysCloseThePrecedingFriday) {
  // July 4 2026, June 19 2027 and December 25 2027 are Saturdays.
  EXPECT_STREQ(classify(Date::from_ymd(2026, 7, 3)).reason, "Independence Day");
  EXPECT_STREQ(classify(Date::from_ymd(2027, 6, 18)).reason, "Juneteenth");
  EXPECT_STREQ(classify(Date::from_ymd(2027, 12, 24)).reason, "Christmas Day");
}

TEST(Classify, EarlyClosesBefore1993WereAt14) {
  // exchange_calendars xnys and pandas_market_calendars: Christmas Eve 1991 (Tuesday) and
  // Black Friday 1992 closed at 14:00; Black Friday 1991 was a full day.
  EXPECT_EQ(classify(Date::from_ymd(1991, 12, 24)).close_hour, 14);
  EXPECT_EQ(classify(Date::from_ymd(1992, 11, 27)).close_hour, 14);
  EXPECT_EQ(classify(Date::from_ymd(1991, 11, 29)).close_hour, 16);
  EXPECT_EQ(classify(Date::from_ymd(1993, 11, 26)).close_hour, 13);
}

}  // namespace
}  // namespace qtb::nyse
