#include "core/calendar.h"

#include <date/tz.h>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

namespace qtb {
namespace {

const ExchangeCalendar& nyse() {
  static const ExchangeCalendar calendar = ExchangeCalendar::nyse();
  return calendar;
}

Date ymd(int y, int m, int d) { return Date::from_ymd(y, m, d); }
std::string iso(Timestamp t) { return t.to_iso8601(); }

// Weekdays on which the NYSE is closed, per year, as "MM-DD". 2023-2027: the NYSE's published
// holiday schedules (https://www.nyse.com/markets/hours-calendars). 2028-2030: the rules worked
// by hand (e.g. 2028-01-01 is a Saturday, so no New Year holiday; Easter 2028 is April 16).
// 2000-2022: the session table of exchange_calendars (tests/resources/xnys.csv), which also
// lists the special closures (2001-09-11..14, 2004-06-11, 2007-01-02, 2012-10-29/30,
// 2018-12-05).
const std::map<int, std::string> kWeekdayClosures = {
    {2000, "01-17 02-21 04-21 05-29 07-04 09-04 11-23 12-25"},
    {2001, "01-01 01-15 02-19 04-13 05-28 07-04 09-03 09-11 09-12 09-13 09-14 11-22 12-25"},
    {2002, "01-01 01-21 02-18 03-29 05-27 07-04 09-02 11-28 12-25"},
    {2003, "01-01 01-20 02-17 04-18 05-26 07-04 09-01 11-27 12-25"},
    {2004, "01-01 01-19 02-16 04-09 05-31 06-11 07-05 09-06 11-25 12-24"},
    {2005, "01-17 02-21 03-25 05-30 07-04 09-05 11-24 12-26"},
    {2006, "01-02 01-16 02-20 04-14 05-29 07-04 09-04 11-23 12-25"},
    {2007, "01-01 01-02 01-15 02-19 04-06 05-28 07-04 09-03 11-22 12-25"},
    {2008, "01-01 01-21 02-18 03-21 05-26 07-04 09-01 11-27 12-25"},
    {2009, "01-01 01-19 02-16 04-10 05-25 07-03 09-07 11-26 12-25"},
    {2010, "01-01 01-18 02-15 04-02 05-31 07-05 09-06 11-25 12-24"},
    {2011, "01-17 02-21 04-22 05-30 07-04 09-05 11-24 12-26"},
    {2012, "01-02 01-16 02-20 04-06 05-28 07-04 09-03 10-29 10-30 11-22 12-25"},
    {2013, "01-01 01-21 02-18 03-29 05-27 07-04 09-02 11-28 12-25"},
    {2014, "01-01 01-20 02-17 04-18 05-26 07-04 09-01 11-27 12-25"},
    {2015, "01-01 01-19 02-16 04-03 05-25 07-03 09-07 11-26 12-25"},
    {2016, "01-01 01-18 02-15 03-25 05-30 07-04 09-05 11-24 12-26"},
    {2017, "01-02 01-16 02-20 04-14 05-29 07-04 09-04 11-23 12-25"},
    {2018, "01-01 01-15 02-19 03-30 05-28 07-04 09-03 11-22 12-05 12-25"},
    {2019, "01-01 01-21 02-18 04-19 05-27 07-04 09-02 11-28 12-25"},
    {2020, "01-01 01-20 02-17 04-10 05-25 07-03 09-07 11-26 12-25"},
    {2021, "01-01 01-18 02-15 04-02 05-31 07-05 09-06 11-25 12-24"},
    {2022, "01-17 02-21 04-15 05-30 06-20 07-04 09-05 11-24 12-26"},
    {2023, "01-02 01-16 02-20 04-07 05-29 06-19 07-04 09-04 11-23 12-25"},
    {2024, "01-01 01-15 02-19 03-29 05-27 06-19 07-04 09-02 11-28 12-25"},
    {2025, "01-01 01-09 01-20 02-17 04-18 05-26 06-19 07-04 09-01 11-27 12-25"},
    {2026, "01-01 01-19 02-16 04-03 05-25 06-19 07-03 09-07 11-26 12-25"},
    {2027, "01-01 01-18 02-15 03-26 05-31 06-18 07-05 09-06 11-25 12-24"},
    {2028, "01-17 02-21 04-14 05-29 06-19 07-04 09-04 11-23 12-25"},
    {2029, "01-01 01-15 02-19 03-30 05-28 06-19 07-04 09-03 11-22 12-25"},
    {2030, "01-01 01-21 02-18 04-19 05-27 06-19 07-04 09-02 11-28 12-25"},
};

// 13:00 early closes per year, same sources. July 3 closes early when July 4 is Tuesday,
// Wednesday or Friday (and Thursday from 2013; until 2012 it was Friday July 5 instead);
// December 24 when it is Monday..Thursday; Dec 26 2003 was a one-off.
const std::map<int, std::string> kEarlyCloses = {
    {2000, "07-03 11-24"},
    {2001, "07-03 11-23 12-24"},
    {2002, "07-05 11-29 12-24"},
    {2003, "07-03 11-28 12-24 12-26"},
    {2004, "11-26"},
    {2005, "11-25"},
    {2006, "07-03 11-24"},
    {2007, "07-03 11-23 12-24"},
    {2008, "07-03 11-28 12-24"},
    {2009, "11-27 12-24"},
    {2010, "11-26"},
    {2011, "11-25"},
    {2012, "07-03 11-23 12-24"},
    {2013, "07-03 11-29 12-24"},
    {2014, "07-03 11-28 12-24"},
    {2015, "11-27 12-24"},
    {2016, "11-25"},
    {2017, "07-03 11-24"},
    {2018, "07-03 11-23 12-24"},
    {2019, "07-03 11-29 12-24"},
    {2020, "11-27 12-24"},
    {2021, "11-26"},
    {2022, "11-25"},
    {2023, "07-03 11-24"},
    {2024, "07-03 11-29 12-24"},
    {2025, "07-03 11-28 12-24"},
    {2026, "11-27 12-24"},
    {2027, "11-26"},
    {2028, "07-03 11-24"},
    {2029, "07-03 11-23 12-24"},
    {2030, "07-03 11-29 12-24"},
};

std::string month_day(Date d) { return d.to_string().substr(5); }

void append(std::string* list, const std::string& item) {
  if (!list->empty()) *list += ' ';
  *list += item;
}

TEST(NyseCalendar, WeekdayClosures2000To2030MatchPublishedSchedules) {
  for (const auto& [year, expected] : kWeekdayClosures) {
    std::string closed;
    for (Date d = ymd(year, 1, 1); d <= ymd(year, 12, 31); d = d + 1) {
      if (!d.is_weekend() && !nyse().is_session(d)) append(&closed, month_day(d));
    }
    EXPECT_EQ(closed, expected) << year;
  }
}

TEST(NyseCalendar, EarlyCloses2000To2030MatchPublishedSchedules) {
  for (const auto& [year, expected] : kEarlyCloses) {
    std::string early;
    for (Date d = ymd(year, 1, 1); d <= ymd(year, 12, 31); d = d + 1) {
      const std::optional<Session> s = nyse().session(d);
      if (!s || !s->early_close) continue;
      append(&early, month_day(d));
      // Every early close in these years is at 13:00 New York.
      EXPECT_EQ(iso(s->close), iso(ExchangeCalendar::new_york_to_utc(d, 13 * kNanosPerHour)))
          << d.to_string();
    }
    EXPECT_EQ(early, expected) << year;
  }
}

TEST(NyseCalendar, SessionsAreWeekdaysOnly) {
  EXPECT_FALSE(nyse().is_session(ymd(2024, 3, 30)));  // Saturday
  EXPECT_FALSE(nyse().is_session(ymd(2024, 3, 31)));  // Sunday
  EXPECT_TRUE(nyse().is_session(ymd(2024, 4, 1)));
  EXPECT_FALSE(nyse().session(ymd(2024, 3, 31)).has_value());
}

TEST(NyseCalendar, NamesTheReasonForAClosure) {
  EXPECT_EQ(nyse().closure_reason(ymd(2012, 10, 29)), "Hurricane Sandy");
  EXPECT_EQ(nyse().closure_reason(ymd(2025, 1, 9)), "Funeral of President Carter");
  EXPECT_EQ(nyse().closure_reason(ymd(2024, 3, 29)), "Good Friday");
  EXPECT_EQ(nyse().closure_reason(ymd(2022, 6, 20)), "Juneteenth");
  EXPECT_EQ(nyse().closure_reason(ymd(2024, 3, 30)), "Weekend");
  EXPECT_EQ(nyse().closure_reason(ymd(2024, 3, 28)), "");
  // Before 1990, outside the default table, the rules still answer.
  EXPECT_EQ(nyse().closure_reason(ymd(1985, 9, 27)), "Hurricane Gloria");
}

TEST(NyseCalendar, JuneteenthIsAHolidayFrom2022Only) {
  EXPECT_TRUE(nyse().is_session(ymd(2021, 6, 18)));   // Friday before a Saturday June 19
  EXPECT_FALSE(nyse().is_session(ymd(2022, 6, 20)));  // Sunday June 19, observed Monday
  EXPECT_FALSE(nyse().is_session(ymd(2023, 6, 19)));
}

TEST(NyseCalendar, RegularSessionOpensAndClosesInNewYorkTimeAcrossDst) {
  // EST is UTC-5: 09:30 EST = 14:30Z. DST began Sunday 2024-03-10; EDT is UTC-4: 13:30Z.
  const Session before = *nyse().session(ymd(2024, 3, 8));
  EXPECT_EQ(iso(before.open), "2024-03-08T14:30:00Z");
  EXPECT_EQ(iso(before.close), "2024-03-08T21:00:00Z");
  EXPECT_FALSE(before.early_close);
  const Session after = *nyse().session(ymd(2024, 3, 11));
  EXPECT_EQ(iso(after.open), "2024-03-11T13:30:00Z");
  EXPECT_EQ(iso(after.close), "2024-03-11T20:00:00Z");
  // DST ended Sunday 2024-11-03.
  EXPECT_EQ(iso(nyse().session(ymd(2024, 11, 1))->open), "2024-11-01T13:30:00Z");
  EXPECT_EQ(iso(nyse().session(ymd(2024, 11, 1))->close), "2024-11-01T20:00:00Z");
  EXPECT_EQ(iso(nyse().session(ymd(2024, 11, 4))->open), "2024-11-04T14:30:00Z");
  EXPECT_EQ(iso(nyse().session(ymd(2024, 11, 4))->close), "2024-11-04T21:00:00Z");
}

TEST(NyseCalendar, EarlyClosesAreAt13NewYork) {
  // 13:00 EDT = 17:00Z; 13:00 EST = 18:00Z.
  const Session july = *nyse().session(ymd(2024, 7, 3));
  EXPECT_TRUE(july.early_close);
  EXPECT_EQ(iso(july.open), "2024-07-03T13:30:00Z");
  EXPECT_EQ(iso(july.close), "2024-07-03T17:00:00Z");
  EXPECT_EQ(iso(nyse().session(ymd(2024, 11, 29))->close), "2024-11-29T18:00:00Z");
  EXPECT_EQ(iso(nyse().session(ymd(2024, 12, 24))->close), "2024-12-24T18:00:00Z");
  // The Y2K close of 1999-12-31 (NYSE, 1999-04-06) and a 14:00 close before 1993.
  EXPECT_EQ(iso(nyse().session(ymd(1999, 12, 31))->close), "1999-12-31T18:00:00Z");
  EXPECT_EQ(iso(nyse().session(ymd(1991, 12, 24))->close), "1991-12-24T19:00:00Z");
}

TEST(NyseCalendar, SessionAtIncludesTheOpenAndExcludesTheClose) {
  const Timestamp open = *Timestamp::parse("2024-03-11T13:30:00Z");
  const Timestamp close = *Timestamp::parse("2024-03-11T20:00:00Z");
  ASSERT_TRUE(nyse().session_at(open).has_value());
  EXPECT_EQ(nyse().session_at(open)->date, ymd(2024, 3, 11));
  EXPECT_TRUE(nyse().session_at(close - 1).has_value());
  EXPECT_FALSE(nyse().session_at(close).has_value());
  EXPECT_FALSE(nyse().session_at(open - 1).has_value());
}

TEST(NyseCalendar, SessionAtIsEmptyOnHolidaysWeekendsAndAfterAnEarlyClose) {
  EXPECT_FALSE(
      nyse().session_at(*Timestamp::parse("2024-03-29T15:00:00Z")).has_value());  // Good Friday
  EXPECT_FALSE(
      nyse().session_at(*Timestamp::parse("2024-03-30T15:00:00Z")).has_value());  // Saturday
  // 2024-11-29 closes at 13:00 EST = 18:00Z.
  EXPECT_TRUE(nyse().session_at(*Timestamp::parse("2024-11-29T17:59:00Z")).has_value());
  EXPECT_FALSE(nyse().session_at(*Timestamp::parse("2024-11-29T18:00:00Z")).has_value());
}

TEST(NyseCalendar, NextAndPreviousSessionSkipLongWeekends) {
  // Labor Day 2024-09-02 follows the weekend of Aug 31 / Sep 1.
  EXPECT_EQ(nyse().next_session(ymd(2024, 8, 30)), ymd(2024, 9, 3));
  EXPECT_EQ(nyse().previous_session(ymd(2024, 9, 3)), ymd(2024, 8, 30));
  // Good Friday 2024-03-29 then the weekend.
  EXPECT_EQ(nyse().previous_session(ymd(2024, 4, 1)), ymd(2024, 3, 28));
  // Strictly after: a session's next session is the following one.
  EXPECT_EQ(nyse().next_session(ymd(2024, 12, 24)), ymd(2024, 12, 26));
  // September 11: closed Tuesday..Friday, reopened Monday 2001-09-17.
  EXPECT_EQ(nyse().next_session(ymd(2001, 9, 10)), ymd(2001, 9, 17));
}

TEST(NyseCalendar, SessionsBetweenIsInclusiveAndAscending) {
  // Week of 2024-07-01: Mon..Wed, Independence Day Thursday, Friday.
  const std::vector<Date> week = nyse().sessions_between(ymd(2024, 7, 1), ymd(2024, 7, 7));
  EXPECT_EQ(week, (std::vector<Date>{ymd(2024, 7, 1), ymd(2024, 7, 2), ymd(2024, 7, 3),
                                     ymd(2024, 7, 5)}));
  EXPECT_TRUE(nyse().sessions_between(ymd(2024, 7, 7), ymd(2024, 7, 1)).empty());
}

TEST(NyseCalendar, SessionsBetweenMatchesSpxTradingDays2000To2020) {
  const char* root = std::getenv("QTB_SOURCE_DIR");
  ASSERT_NE(root, nullptr) << "QTB_SOURCE_DIR is not set";
  std::ifstream in(std::string(root) + "/data/spx/SPX.csv");
  ASSERT_TRUE(in) << "cannot open data/spx/SPX.csv";
  std::string line;
  std::getline(in, line);  // header
  std::vector<Date> spx;
  while (std::getline(in, line)) {
    const Result<Date> d = Date::parse(line.substr(0, line.find(',')));
    ASSERT_TRUE(d.ok()) << line;
    spx.push_back(*d);
  }
  ASSERT_EQ(spx.front(), ymd(2000, 1, 3));
  ASSERT_EQ(spx.back(), ymd(2020, 4, 17));
  const std::vector<Date> ours = nyse().sessions_between(spx.front(), spx.back());
  std::vector<Date> only_spx;
  std::vector<Date> only_ours;
  std::set_difference(spx.begin(), spx.end(), ours.begin(), ours.end(),
                      std::back_inserter(only_spx));
  std::set_difference(ours.begin(), ours.end(), spx.begin(), spx.end(),
                      std::back_inserter(only_ours));
  EXPECT_TRUE(only_spx.empty()) << "SPX traded on " << only_spx.front().to_string();
  EXPECT_TRUE(only_ours.empty()) << "SPX has no bar on " << only_ours.front().to_string();
  EXPECT_EQ(ours.size(), spx.size());
}

TEST(NyseCalendar, AnswersOutsideItsTableByTheSameRules) {
  const ExchangeCalendar narrow = ExchangeCalendar::nyse(2020, 2021);
  for (Date d = ymd(1990, 1, 1); d <= ymd(2040, 12, 31); d = d + 1) {
    const std::optional<Session> a = narrow.session(d);
    const std::optional<Session> b = nyse().session(d);
    ASSERT_EQ(a.has_value(), b.has_value()) << d.to_string();
    if (!a) continue;
    ASSERT_EQ(a->open.ns(), b->open.ns()) << d.to_string();
    ASSERT_EQ(a->close.ns(), b->close.ns()) << d.to_string();
    ASSERT_EQ(a->early_close, b->early_close) << d.to_string();
  }
}

// Naive model of session_at: the session of the New York date of `ts`, if `ts` is inside it.
RC_GTEST_PROP(NyseCalendarProperty, SessionAtMatchesTheSessionOfTheNewYorkDate, ()) {
  const int64_t ns = *rc::gen::inRange<int64_t>(ymd(1990, 1, 1).days() * kNanosPerDay,
                                                ymd(2041, 1, 1).days() * kNanosPerDay);
  const Timestamp ts = Timestamp::from_ns(ns);
  const Date ny_date = ExchangeCalendar::new_york_date(ts);
  const std::optional<Session> s = nyse().session(ny_date);
  const bool inside = s && ts >= s->open && ts < s->close;
  const std::optional<Session> got = nyse().session_at(ts);
  RC_ASSERT(got.has_value() == inside);
  if (got) RC_ASSERT(got->date == ny_date);
}

RC_GTEST_PROP(NyseCalendarProperty, SessionAtHoldsAtTheBellsOfRandomSessions, ()) {
  const Date d = Date::from_days(*rc::gen::inRange(7305, 25567));  // 1990-01-01 .. 2039-12-31
  const std::optional<Session> s = nyse().session(d);
  if (!s) return;
  RC_ASSERT(nyse().session_at(s->open).has_value());
  RC_ASSERT(nyse().session_at(s->close - 1).has_value());
  RC_ASSERT(!nyse().session_at(s->close).has_value());
  RC_ASSERT(!nyse().session_at(s->open - 1).has_value());
}

RC_GTEST_PROP(NyseCalendarProperty, NextAndPreviousSessionAgreeWithSessionsBetween, ()) {
  const Date d = Date::from_days(*rc::gen::inRange(7305, 25567));
  const Date next = nyse().next_session(d);
  const Date prev = nyse().previous_session(d);
  RC_ASSERT(nyse().sessions_between(d + 1, next) == std::vector<Date>{next});
  RC_ASSERT(nyse().sessions_between(prev, d - 1) == std::vector<Date>{prev});
}

// std::chrono seconds since the epoch to a Timestamp.
Timestamp from_sys(date::sys_seconds s) {
  return Timestamp::from_ns(static_cast<int64_t>(s.time_since_epoch().count()) * kNanosPerSecond);
}

TEST(NewYorkTime, OffsetMatchesTzDatabaseAroundEveryTransition1990To2037) {
  using std::chrono::hours;
  using std::chrono::seconds;
  const date::time_zone* zone = date::locate_zone("America/New_York");
  date::sys_seconds t = date::sys_days{date::year{1990} / 1 / 1};
  const date::sys_seconds end = date::sys_days{date::year{2038} / 1 / 1};
  int transitions = 0;
  for (date::sys_info info = zone->get_info(t); info.end < end; info = zone->get_info(t)) {
    t = info.end;
    ++transitions;
    for (seconds delta = -hours(48); delta <= hours(48); delta += hours(1)) {
      const date::sys_seconds at = t + delta;
      ASSERT_EQ(ExchangeCalendar::new_york_offset_ns(from_sys(at)),
                zone->get_info(at).offset.count() * kNanosPerSecond)
          << from_sys(at).to_iso8601();
    }
    const date::sys_seconds just_before = t - seconds(1);
    ASSERT_EQ(ExchangeCalendar::new_york_offset_ns(from_sys(just_before)),
              zone->get_info(just_before).offset.count() * kNanosPerSecond);
  }
  // Two changes a year for 48 years.
  EXPECT_EQ(transitions, 96);
}

TEST(NewYorkTime, MarketHoursToUtcMatchTzDatabase1990To2037) {
  const date::time_zone* zone = date::locate_zone("America/New_York");
  for (Date d = ymd(1990, 1, 1); d <= ymd(2037, 12, 31); d = d + 1) {
    for (const int64_t local_ns : {9 * kNanosPerHour + 30 * kNanosPerMinute, 16 * kNanosPerHour}) {
      const date::local_seconds local{
          std::chrono::seconds((d.days() * kNanosPerDay + local_ns) / kNanosPerSecond)};
      const Timestamp expected = from_sys(zone->to_sys(local));
      const Timestamp got = ExchangeCalendar::new_york_to_utc(d, local_ns);
      ASSERT_EQ(iso(got), iso(expected)) << d.to_string();
      ASSERT_EQ(ExchangeCalendar::new_york_date(got), d) << d.to_string();
    }
  }
}

TEST(NewYorkTime, AmbiguousAndSkippedLocalTimes) {
  // 2024-11-03 01:30 happens twice; the first (EDT, UTC-4) is 05:30Z.
  EXPECT_EQ(iso(ExchangeCalendar::new_york_to_utc(ymd(2024, 11, 3), 90 * kNanosPerMinute)),
            "2024-11-03T05:30:00Z");
  // 2024-03-10 02:30 does not exist; it maps to 03:30 EDT = 07:30Z.
  EXPECT_EQ(iso(ExchangeCalendar::new_york_to_utc(ymd(2024, 3, 10), 150 * kNanosPerMinute)),
            "2024-03-10T07:30:00Z");
}

TEST(NewYorkTime, DateRollsOverAtNewYorkMidnight) {
  // 2024-01-02T04:59:59Z is 23:59:59 EST on Jan 1; 05:00Z is midnight of Jan 2.
  EXPECT_EQ(ExchangeCalendar::new_york_date(*Timestamp::parse("2024-01-02T04:59:59Z")),
            ymd(2024, 1, 1));
  EXPECT_EQ(ExchangeCalendar::new_york_date(*Timestamp::parse("2024-01-02T05:00:00Z")),
            ymd(2024, 1, 2));
  EXPECT_EQ(ExchangeCalendar::new_york_offset_ns(*Timestamp::parse("2024-07-01T12:00:00Z")),
            -4 * kNanosPerHour);
}

}  // namespace
}  // namespace qtb
