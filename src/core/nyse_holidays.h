// NYSE holiday and early-close rules for one New York trading date, computed from the rules
// (no tables beyond the handful of one-off closures). Pure functions, thread-safe.
// ExchangeCalendar precomputes these per day; call them directly only for tests and tools.
//
// Sources: NYSE Rule 7.2 (holidays, weekend observance) and the NYSE holiday and hours pages
// (https://www.nyse.com/markets/hours-calendars); the historical exceptions are cross-checked
// against the NYSE closings history collected by pandas_market_calendars
// (holidays_nyse.py) and the session table of exchange_calendars (tests/resources/xnys.csv).
// The rules are faithful from 1990 on; earlier dates get the same modern rules.
#pragma once

#include <cstdint>

#include "core/date.h"

namespace qtb::nyse {

// How a date trades under the rules: closed (with a reason), or open until a local close hour.
struct DayRule {
  bool closed = false;
  // Local (New York) closing hour: 16, or 13/14 on an early close. Meaningless when closed.
  int8_t close_hour = 16;
  // Static string naming the closure ("Good Friday", "Weekend") or "" when open.
  const char* reason = "";
};

// The rule for `date` (New York trading date).
DayRule classify(Date date);

// Easter Sunday of the Gregorian `year` (anonymous Gregorian algorithm, Meeus,
// "Astronomical Algorithms", 2nd ed., ch. 8).
Date easter_sunday(int year);

// The `n`th (1-based) `weekday` of month `month` in `year`; n = -1 means the last one.
Date nth_weekday(int year, int month, Weekday weekday, int n);

}  // namespace qtb::nyse
