#include "core/calendar.h"

#include "core/nyse_holidays.h"

namespace qtb {
namespace {

constexpr uint8_t kSessionBit = 1;
constexpr uint8_t kEarlyCloseBit = 2;
constexpr uint8_t kTwoPmCloseBit = 4;
constexpr uint8_t kDaylightBit = 8;

constexpr int64_t kEstOffsetNs = -5 * kNanosPerHour;
constexpr int64_t kEdtOffsetNs = -4 * kNanosPerHour;
constexpr int64_t kOpenLocalNs = 9 * kNanosPerHour + 30 * kNanosPerMinute;

// UTC nanoseconds [start, end) of daylight saving time in New York in `year`.
struct DaylightSpan {
  int64_t start_ns;
  int64_t end_ns;
};

DaylightSpan daylight_span(int year) {
  Date start;
  Date end;
  if (year >= 2007) {
    // Energy Policy Act of 2005 §110 (15 U.S.C. §260a): 2nd Sunday of March to 1st of November.
    start = nyse::nth_weekday(year, 3, Weekday::kSunday, 2);
    end = nyse::nth_weekday(year, 11, Weekday::kSunday, 1);
  } else if (year >= 1987) {
    // Pub. L. 99-359 (1986): 1st Sunday of April to last Sunday of October.
    start = nyse::nth_weekday(year, 4, Weekday::kSunday, 1);
    end = nyse::nth_weekday(year, 10, Weekday::kSunday, -1);
  } else {
    // Uniform Time Act of 1966: last Sunday of April to last Sunday of October (ignores the
    // 1974-75 energy-crisis exceptions; dates before 1987 are outside the supported range).
    start = nyse::nth_weekday(year, 4, Weekday::kSunday, -1);
    end = nyse::nth_weekday(year, 10, Weekday::kSunday, -1);
  }
  // Clocks change at 02:00 local: 02:00 EST is 07:00 UTC, 02:00 EDT is 06:00 UTC.
  return {start.days() * kNanosPerDay + 7 * kNanosPerHour,
          end.days() * kNanosPerDay + 6 * kNanosPerHour};
}

uint8_t flags_by_rule(Date date) {
  const nyse::DayRule rule = nyse::classify(date);
  if (rule.closed) return 0;
  uint8_t flags = kSessionBit;
  if (rule.close_hour != 16) flags |= kEarlyCloseBit;
  if (rule.close_hour == 14) flags |= kTwoPmCloseBit;
  // Clocks change at 02:00 on a Sunday, so a weekday keeps one offset all day; 17:00 UTC is
  // midday in New York.
  const Timestamp midday = Timestamp::from_ns(date.days() * kNanosPerDay + 17 * kNanosPerHour);
  if (ExchangeCalendar::new_york_offset_ns(midday) == kEdtOffsetNs) flags |= kDaylightBit;
  return flags;
}

// REQUIRES: flags has kSessionBit.
Session make_session(Date date, uint8_t flags) {
  const int64_t offset_ns = (flags & kDaylightBit) != 0 ? kEdtOffsetNs : kEstOffsetNs;
  // UTC = local - offset.
  const int64_t midnight_ns = date.days() * kNanosPerDay - offset_ns;
  const bool early = (flags & kEarlyCloseBit) != 0;
  const int64_t close_hours = !early ? 16 : ((flags & kTwoPmCloseBit) != 0 ? 14 : 13);
  return Session{date, Timestamp::from_ns(midnight_ns + kOpenLocalNs),
                 Timestamp::from_ns(midnight_ns + close_hours * kNanosPerHour), early};
}

}  // namespace

ExchangeCalendar ExchangeCalendar::nyse(int first_year, int last_year) {
  ExchangeCalendar calendar;
  calendar.first_year_ = first_year;
  calendar.last_year_ = last_year;
  calendar.first_day_ = Date::from_ymd(first_year, 1, 1);
  if (first_year > last_year) return calendar;  // Every query falls back to the rules.
  const Date end = Date::from_ymd(last_year + 1, 1, 1);
  calendar.day_flags_.reserve(static_cast<std::size_t>(end - calendar.first_day_));
  for (Date d = calendar.first_day_; d < end; d = d + 1) {
    calendar.day_flags_.push_back(flags_by_rule(d));
  }
  return calendar;
}

uint8_t ExchangeCalendar::flags(Date date) const {
  const int32_t index = date - first_day_;
  if (index >= 0 && static_cast<std::size_t>(index) < day_flags_.size()) {
    return day_flags_[static_cast<std::size_t>(index)];
  }
  return flags_by_rule(date);
}

bool ExchangeCalendar::is_session(Date date) const { return (flags(date) & kSessionBit) != 0; }

std::optional<Session> ExchangeCalendar::session(Date date) const {
  const uint8_t f = flags(date);
  if ((f & kSessionBit) == 0) return std::nullopt;
  return make_session(date, f);
}

std::string ExchangeCalendar::closure_reason(Date date) const {
  if (is_session(date)) return "";
  return nyse::classify(date).reason;
}

Date ExchangeCalendar::next_session(Date date) const {
  Date d = date + 1;
  while (!is_session(d)) d = d + 1;
  return d;
}

Date ExchangeCalendar::previous_session(Date date) const {
  Date d = date - 1;
  while (!is_session(d)) d = d - 1;
  return d;
}

std::vector<Date> ExchangeCalendar::sessions_between(Date from, Date to) const {
  std::vector<Date> out;
  if (to < from) return out;
  // About 252 sessions in 365 days; 5/7 is a safe upper bound.
  out.reserve(static_cast<std::size_t>((to - from + 1) * 5 / 7 + 2));
  for (Date d = from; d <= to; d = d + 1) {
    if (is_session(d)) out.push_back(d);
  }
  return out;
}

std::optional<Session> ExchangeCalendar::session_at(Timestamp ts) const {
  // A session (09:30-16:00 at UTC-5 or UTC-4, i.e. 13:30-21:00 UTC at the widest) never
  // crosses a UTC midnight, so the UTC date of `ts` is the only candidate.
  const Date date = ts.utc_date();
  const uint8_t f = flags(date);
  if ((f & kSessionBit) == 0) return std::nullopt;
  const Session s = make_session(date, f);
  if (ts < s.open || ts >= s.close) return std::nullopt;
  return s;
}

int64_t ExchangeCalendar::new_york_offset_ns(Timestamp ts) {
  // Daylight time spans March..November, so the UTC year is the New York year here.
  const DaylightSpan span = daylight_span(ts.utc_date().year());
  return ts.ns() >= span.start_ns && ts.ns() < span.end_ns ? kEdtOffsetNs : kEstOffsetNs;
}

Date ExchangeCalendar::new_york_date(Timestamp ts) {
  return (ts + new_york_offset_ns(ts)).utc_date();
}

Timestamp ExchangeCalendar::new_york_to_utc(Date date, int64_t local_ns_of_day) {
  const int64_t local_ns = date.days() * kNanosPerDay + local_ns_of_day;
  // Try daylight time first: an ambiguous time (01:30 on the November change) then maps to
  // its first occurrence and a skipped one (02:30 in March) to 03:30 EDT.
  const Timestamp as_edt = Timestamp::from_ns(local_ns - kEdtOffsetNs);
  if (new_york_offset_ns(as_edt) == kEdtOffsetNs) return as_edt;
  return Timestamp::from_ns(local_ns - kEstOffsetNs);
}

}  // namespace qtb
