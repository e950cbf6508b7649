#include "core/nyse_holidays.h"

#include <array>

namespace qtb::nyse {
namespace {

struct Closure {
  Date date;
  const char* reason;
};

// Unscheduled full-day closures (NYSE closings history; pandas_market_calendars
// holidays_nyse.py; NYSE press releases for 2018 and 2025).
constexpr std::array<Closure, 12> kSpecialClosures = {{
    {Date::from_ymd(1985, 9, 27), "Hurricane Gloria"},
    {Date::from_ymd(1994, 4, 27), "Funeral of President Nixon"},
    {Date::from_ymd(2001, 9, 11), "September 11"},
    {Date::from_ymd(2001, 9, 12), "September 11"},
    {Date::from_ymd(2001, 9, 13), "September 11"},
    {Date::from_ymd(2001, 9, 14), "September 11"},
    {Date::from_ymd(2004, 6, 11), "Funeral of President Reagan"},
    {Date::from_ymd(2007, 1, 2), "Funeral of President Ford"},
    {Date::from_ymd(2012, 10, 29), "Hurricane Sandy"},
    {Date::from_ymd(2012, 10, 30), "Hurricane Sandy"},
    {Date::from_ymd(2018, 12, 5), "Funeral of President George H. W. Bush"},
    {Date::from_ymd(2025, 1, 9), "Funeral of President Carter"},
}};

const char* special_closure(Date date) {
  for (const Closure& c : kSpecialClosures) {
    if (c.date == date) return c.reason;
  }
  return nullptr;
}

// NYSE Rule 7.2: a holiday on a Saturday closes the preceding Friday, one on a Sunday the
// following Monday.
Date observed(Date holiday) {
  switch (holiday.weekday()) {
    case Weekday::kSaturday:
      return holiday - 1;
    case Weekday::kSunday:
      return holiday + 1;
    default:
      return holiday;
  }
}

// Name of the holiday observed on weekday `date`, or nullptr.
const char* holiday_name(Date date, int y, int m, int d) {
  switch (m) {
    case 1:
      // Rule 7.2 keeps the exchange open at the end of the yearly accounting period, so a
      // Saturday New Year's Day is not observed on Friday Dec 31 (e.g. 2021-12-31 traded).
      if (d == 1 || (d == 2 && date.weekday() == Weekday::kMonday)) return "New Year's Day";
      // Observed by the NYSE since 1998.
      if (y >= 1998 && date == nth_weekday(y, 1, Weekday::kMonday, 3)) {
        return "Martin Luther King, Jr. Day";
      }
      return nullptr;
    case 2:
      return date == nth_weekday(y, 2, Weekday::kMonday, 3) ? "Washington's Birthday" : nullptr;
    case 3:
    case 4:
      return date == easter_sunday(y) - 2 ? "Good Friday" : nullptr;
    case 5:
      return date == nth_weekday(y, 5, Weekday::kMonday, -1) ? "Memorial Day" : nullptr;
    case 6:
      // A federal holiday from 2021; the NYSE first closed for it in 2022.
      return y >= 2022 && date == observed(Date::from_ymd(y, 6, 19)) ? "Juneteenth" : nullptr;
    case 7:
      return date == observed(Date::from_ymd(y, 7, 4)) ? "Independence Day" : nullptr;
    case 9:
      return date == nth_weekday(y, 9, Weekday::kMonday, 1) ? "Labor Day" : nullptr;
    case 11:
      return date == nth_weekday(y, 11, Weekday::kThursday, 4) ? "Thanksgiving Day" : nullptr;
    case 12:
      return date == observed(Date::from_ymd(y, 12, 25)) ? "Christmas Day" : nullptr;
    default:
      return nullptr;
  }
}

// Early close on the eve of Independence Day (NYSE hours pages; exchange_calendars xnys):
// from 1995 July 3 closes at 13:00 when it is a Monday, Tuesday or Thursday. When July 4 is a
// Thursday the early close was Friday July 5 until 2012 and is Wednesday July 3 from 2013.
// When July 4 falls on a weekend or Monday there is no early close (e.g. Thursday 2015-07-02
// and Friday 2021-07-02 closed at 16:00).
int8_t independence_close_hour(Date date, int y, int d) {
  const Weekday w = date.weekday();
  if (y < 1995) return 16;
  if (d == 3 && (w == Weekday::kMonday || w == Weekday::kTuesday || w == Weekday::kThursday)) {
    return 13;
  }
  if (d == 3 && w == Weekday::kWednesday && y >= 2013) return 13;
  if (d == 5 && w == Weekday::kFriday && y >= 1996 && y <= 2012) return 13;
  return 16;
}

// Local closing hour of a weekday that is not a holiday.
int8_t close_hour(Date date, int y, int m, int d) {
  switch (m) {
    case 7:
      return independence_close_hour(date, y, d);
    case 11:
      // The day after Thanksgiving: 14:00 in 1992, 13:00 from 1993, a full day before 1992.
      if (date != nth_weekday(y, 11, Weekday::kThursday, 4) + 1 || y < 1992) return 16;
      return y == 1992 ? 14 : 13;
    case 12:
      // Christmas Eve on Monday..Thursday (a Friday Dec 24 is the observed Christmas holiday):
      // 14:00 until 1992, 13:00 from 1993.
      if (d == 24) return y >= 1993 ? 13 : 14;
      // One-off 13:00 closes on the Friday after a Thursday Christmas.
      if (d == 26 && (y == 1997 || y == 2003)) return 13;
      // The NYSE board closed at 13:00 on 1999-12-31 to prepare for the Y2K change (NYSE
      // announcement of 1999-04-06; also in exchange_calendars xnys).
      if (d == 31 && y == 1999) return 13;
      return 16;
    default:
      return 16;
  }
}

}  // namespace

Date easter_sunday(int year) {
  const int a = year % 19;
  const int b = year / 100;
  const int c = year % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return Date::from_ymd(year, month, day);
}

Date nth_weekday(int year, int month, Weekday weekday, int n) {
  const int target = static_cast<int>(weekday);
  if (n < 0) {
    const Date last = Date::from_ymd(year, month, Date::days_in_month(year, month));
    return last - (static_cast<int>(last.weekday()) - target + 7) % 7;
  }
  const Date first = Date::from_ymd(year, month, 1);
  return first + (target - static_cast<int>(first.weekday()) + 7) % 7 + 7 * (n - 1);
}

DayRule classify(Date date) {
  if (const char* reason = special_closure(date)) return {true, 16, reason};
  if (date.is_weekend()) return {true, 16, "Weekend"};
  int y = 0;
  int m = 0;
  int d = 0;
  date.to_ymd(&y, &m, &d);
  if (const char* name = holiday_name(date, y, m, d)) return {true, 16, name};
  return {false, close_hour(date, y, m, d), ""};
}

}  // namespace qtb::nyse
