// Civil dates (proleptic Gregorian) as days since 1970-01-01, and UTC nanosecond timestamps.
// Value types, thread-safe. Conversions use Howard Hinnant's days_from_civil / civil_from_days
// algorithms (http://howardhinnant.github.io/date_algorithms.html).
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace qtb {

enum class Weekday { kSunday = 0, kMonday, kTuesday, kWednesday, kThursday, kFriday, kSaturday };

class Date {
 public:
  constexpr Date() = default;
  static constexpr Date from_days(int32_t days_since_epoch) { return Date(days_since_epoch); }
  // REQUIRES: a valid calendar date (use is_valid_ymd or parse for untrusted input).
  static constexpr Date from_ymd(int year, int month, int day) {
    return Date(days_from_civil(year, month, day));
  }
  static constexpr bool is_valid_ymd(int year, int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
  }
  // Parses "YYYY-MM-DD" (also "YYYYMMDD").
  static Result<Date> parse(std::string_view text);

  constexpr int32_t days() const { return days_; }
  int year() const;
  int month() const;
  int day() const;
  void to_ymd(int* year, int* month, int* day) const;
  Weekday weekday() const {
    // 1970-01-01 was a Thursday.
    const int32_t w = (days_ % 7 + 7 + 4) % 7;
    return static_cast<Weekday>(w);
  }
  bool is_weekend() const {
    const Weekday w = weekday();
    return w == Weekday::kSaturday || w == Weekday::kSunday;
  }
  std::string to_string() const;  // "YYYY-MM-DD"

  constexpr Date operator+(int32_t n) const { return Date(days_ + n); }
  constexpr Date operator-(int32_t n) const { return Date(days_ - n); }
  constexpr int32_t operator-(Date other) const { return days_ - other.days_; }
  friend constexpr auto operator<=>(Date a, Date b) = default;

  static constexpr bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
  static constexpr int days_in_month(int y, int m) {
    constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return (m == 2 && is_leap(y)) ? 29 : kDays[m - 1];
  }
  static constexpr int32_t days_from_civil(int y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  }

 private:
  constexpr explicit Date(int32_t days) : days_(days) {}
  int32_t days_ = 0;
};

constexpr int64_t kNanosPerSecond = 1'000'000'000;
constexpr int64_t kNanosPerMinute = 60 * kNanosPerSecond;
constexpr int64_t kNanosPerHour = 60 * kNanosPerMinute;
constexpr int64_t kNanosPerDay = 24 * kNanosPerHour;

// A UTC instant in nanoseconds since the Unix epoch (range 1677..2262).
class Timestamp {
 public:
  constexpr Timestamp() = default;
  static constexpr Timestamp from_ns(int64_t ns) { return Timestamp(ns); }
  static constexpr Timestamp from_date(Date d) { return Timestamp(d.days() * kNanosPerDay); }
  // Parses ISO 8601: "2024-01-02" (midnight UTC), "2024-01-02T09:30:00-05:00",
  // "2024-01-02 14:30:00Z", "2024-01-02T14:30:00.123456789+00:00". A date-time with no offset
  // is taken as UTC.
  static Result<Timestamp> parse(std::string_view text);

  constexpr int64_t ns() const { return ns_; }
  // The UTC calendar date containing this instant.
  Date utc_date() const {
    int64_t d = ns_ / kNanosPerDay;
    if (ns_ % kNanosPerDay < 0) --d;
    return Date::from_days(static_cast<int32_t>(d));
  }
  // Nanoseconds since the UTC midnight that starts utc_date().
  // (Not ns_ - utc_date() * kNanosPerDay: that overflows on the first day, 1677-09-21.)
  int64_t ns_of_day() const {
    const int64_t r = ns_ % kNanosPerDay;
    return r < 0 ? r + kNanosPerDay : r;
  }
  // "2024-01-02T14:30:00Z", with ".fraction" only when non-zero.
  std::string to_iso8601() const;

  constexpr Timestamp operator+(int64_t delta_ns) const { return Timestamp(ns_ + delta_ns); }
  constexpr Timestamp operator-(int64_t delta_ns) const { return Timestamp(ns_ - delta_ns); }
  constexpr int64_t operator-(Timestamp other) const { return ns_ - other.ns_; }
  friend constexpr auto operator<=>(Timestamp a, Timestamp b) = default;

 private:
  constexpr explicit Timestamp(int64_t ns) : ns_(ns) {}
  int64_t ns_ = 0;
};

}  // namespace qtb
