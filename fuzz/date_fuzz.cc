// Fuzzes Date::parse and Timestamp::parse (core/date.h).
// Properties: an accepted date or instant prints back to itself (to_string / to_iso8601 and
// parse again); a plain date read as a timestamp is midnight UTC of that date; an instant keeps
// its nanoseconds of day within [0, one day).
#include <cstdint>
#include <string>

#include "core/date.h"
#include "fuzz/fuzz_check.h"

namespace {

void check_date(std::string_view text) {
  const qtb::Result<qtb::Date> date = qtb::Date::parse(text);
  if (!date.ok()) return;
  FUZZ_CHECK(text.size() == 8 || text.size() == 10, "accepted a date of odd length");
  const std::string printed = date->to_string();
  const qtb::Result<qtb::Date> again = qtb::Date::parse(printed);
  FUZZ_CHECK(again.ok() && *again == *date, "date printed as \"" + printed + "\"");
  int y = 0;
  int m = 0;
  int d = 0;
  date->to_ymd(&y, &m, &d);
  FUZZ_CHECK(qtb::Date::from_ymd(y, m, d) == *date, "from_ymd(to_ymd) differs");
}

void check_timestamp(std::string_view text) {
  const qtb::Result<qtb::Timestamp> ts = qtb::Timestamp::parse(text);
  if (!ts.ok()) return;
  FUZZ_CHECK(ts->ns_of_day() >= 0 && ts->ns_of_day() < qtb::kNanosPerDay, "ns_of_day range");
  const std::string printed = ts->to_iso8601();
  const qtb::Result<qtb::Timestamp> again = qtb::Timestamp::parse(printed);
  FUZZ_CHECK(again.ok() && *again == *ts, "timestamp printed as \"" + printed + "\"");
  if (const qtb::Result<qtb::Date> date = qtb::Date::parse(text); date.ok()) {
    FUZZ_CHECK(*ts == qtb::Timestamp::from_date(*date), "a plain date is not midnight UTC");
  }
}

}  // namespace

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string_view text = qtb::fuzz::as_text(data, size);
  check_date(text);
  check_timestamp(text);
  return 0;
}
