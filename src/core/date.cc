#include "core/date.h"

#include <fmt/format.h>

#include "core/fixed_point.h"

namespace qtb {
namespace {

using fixed_point::Int128;

// Reads exactly `n` digits at text[pos]; returns -1 if any is not a digit.
int read_digits(std::string_view text, std::size_t pos, std::size_t n) {
  if (pos + n > text.size()) return -1;
  int v = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const char c = text[pos + i];
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

Error bad(std::string_view text, const char* why) {
  return invalid_argument(fmt::format("not a date/time \"{}\" ({})", text, why));
}

// Parses the date at the start of `text`; sets *consumed to 10 or 8 characters.
Result<Date> parse_date_prefix(std::string_view text, std::size_t* consumed) {
  int y = read_digits(text, 0, 4);
  int m = -1;
  int d = -1;
  if (text.size() >= 10 && text[4] == '-' && text[7] == '-') {
    m = read_digits(text, 5, 2);
    d = read_digits(text, 8, 2);
    *consumed = 10;
  } else {
    m = read_digits(text, 4, 2);
    d = read_digits(text, 6, 2);
    *consumed = 8;
  }
  if (y < 0 || m < 0 || d < 0) return bad(text, "expected YYYY-MM-DD");
  if (!Date::is_valid_ymd(y, m, d)) return bad(text, "no such calendar day");
  return Date::from_ymd(y, m, d);
}

// The instant `ns`, or an error when it is outside Timestamp's int64 range.
Result<Timestamp> instant_in_range(std::string_view text, Int128 ns) {
  if (ns < INT64_MIN || ns > INT64_MAX) {
    return out_of_range(fmt::format(
        "date/time \"{}\" is outside the timestamp range 1677-09-21..2262-04-11", text));
  }
  return Timestamp::from_ns(static_cast<int64_t>(ns));
}

}  // namespace

Result<Date> Date::parse(std::string_view text) {
  std::size_t used = 0;
  Result<Date> d = parse_date_prefix(text, &used);
  if (!d.ok()) return d;
  if (used != text.size()) return bad(text, "trailing characters after the date");
  return d;
}

void Date::to_ymd(int* year, int* month, int* day) const {
  const int z = days_ + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp < 10 ? mp + 3 : mp - 9;
  *year = yoe + era * 400 + (m <= 2 ? 1 : 0);
  *month = m;
  *day = d;
}

int Date::year() const {
  int y, m, d;
  to_ymd(&y, &m, &d);
  return y;
}
int Date::month() const {
  int y, m, d;
  to_ymd(&y, &m, &d);
  return m;
}
int Date::day() const {
  int y, m, d;
  to_ymd(&y, &m, &d);
  return d;
}

std::string Date::to_string() const {
  int y, m, d;
  to_ymd(&y, &m, &d);
  return fmt::format("{:04}-{:02}-{:02}", y, m, d);
}

Result<Timestamp> Timestamp::parse(std::string_view text) {
  std::size_t pos = 0;
  Result<Date> date = parse_date_prefix(text, &pos);
  if (!date.ok()) return date.error();
  // 128 bits: the date alone may leave int64 (year 9999), or leave it only until the time of
  // day brings it back (1677-09-21T00:12:43.145224192Z is the earliest instant).
  Int128 ns = static_cast<Int128>(date->days()) * kNanosPerDay;
  if (pos == text.size()) return instant_in_range(text, ns);
  if (text[pos] != 'T' && text[pos] != ' ') return bad(text, "expected 'T' or ' ' after the date");
  ++pos;
  const int hh = read_digits(text, pos, 2);
  if (hh < 0 || pos + 2 >= text.size() || text[pos + 2] != ':') return bad(text, "expected hh:mm");
  const int mm = read_digits(text, pos + 3, 2);
  if (mm < 0) return bad(text, "expected hh:mm");
  pos += 5;
  int ss = 0;
  if (pos < text.size() && text[pos] == ':') {
    ss = read_digits(text, pos + 1, 2);
    if (ss < 0) return bad(text, "expected seconds");
    pos += 3;
  }
  if (hh > 23 || mm > 59 || ss > 59) return bad(text, "time of day out of range");
  ns += hh * kNanosPerHour + mm * kNanosPerMinute + ss * kNanosPerSecond;
  if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
    ++pos;
    int64_t frac = 0;
    int digits = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
      if (digits < 9) {
        frac = frac * 10 + (text[pos] - '0');
        ++digits;
      } else if (text[pos] != '0') {
        return bad(text, "more than 9 fraction digits of a second");
      }
      ++pos;
    }
    if (digits == 0) return bad(text, "empty fraction of a second");
    for (int i = digits; i < 9; ++i) frac *= 10;
    ns += frac;
  }
  if (pos == text.size()) return instant_in_range(text, ns);
  if (text[pos] == 'Z' && pos + 1 == text.size()) return instant_in_range(text, ns);
  if (text[pos] != '+' && text[pos] != '-') return bad(text, "expected Z or +hh:mm offset");
  const int sign = text[pos] == '-' ? -1 : 1;
  const int oh = read_digits(text, pos + 1, 2);
  int om = 0;
  std::size_t end = pos + 3;
  if (end < text.size()) {
    if (text[end] == ':') ++end;
    om = read_digits(text, end, 2);
    end += 2;
  }
  if (oh < 0 || om < 0 || end != text.size() || oh > 23 || om > 59) {
    return bad(text, "malformed UTC offset");
  }
  // Local = UTC + offset, so UTC = local - offset.
  ns -= static_cast<Int128>(sign) * (oh * kNanosPerHour + om * kNanosPerMinute);
  return instant_in_range(text, ns);
}

std::string Timestamp::to_iso8601() const {
  const Date d = utc_date();
  const int64_t tod = ns_of_day();
  const int64_t h = tod / kNanosPerHour;
  const int64_t m = (tod / kNanosPerMinute) % 60;
  const int64_t s = (tod / kNanosPerSecond) % 60;
  const int64_t frac = tod % kNanosPerSecond;
  if (frac == 0) return fmt::format("{}T{:02}:{:02}:{:02}Z", d.to_string(), h, m, s);
  std::string f = fmt::format("{:09}", frac);
  while (f.back() == '0') f.pop_back();
  return fmt::format("{}T{:02}:{:02}:{:02}.{}Z", d.to_string(), h, m, s, f);
}

}  // namespace qtb
