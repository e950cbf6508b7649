// ExchangeCalendar: NYSE/NASDAQ trading sessions (regular 09:30-16:00 America/New_York,
// early closes at 13:00), holidays by rule and the special closures, with exact UTC instants
// across daylight-saving changes. Immutable after construction; thread-safe to share.
// Built once per process by the caller and passed by reference (no global instance).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"

namespace qtb {

struct Session {
  Date date;        // New York trading date
  Timestamp open;   // UTC instant of the opening bell
  Timestamp close;  // UTC instant of the closing bell (early or regular)
  bool early_close = false;
};

class ExchangeCalendar {
 public:
  // The NYSE calendar (NASDAQ observes the same holidays and hours) for dates in
  // [first_year, last_year]. Queries outside that range are answered by the same rules.
  static ExchangeCalendar nyse(int first_year = 1990, int last_year = 2040);

  bool is_session(Date date) const;
  // The session on `date`, or nullopt on weekends, holidays and special closures.
  std::optional<Session> session(Date date) const;
  // Name of the holiday or closure on `date` ("Good Friday", "Hurricane Sandy"), or "".
  std::string closure_reason(Date date) const;
  // First session strictly after / before `date`.
  Date next_session(Date date) const;
  Date previous_session(Date date) const;
  // Every session date in [from, to], ascending.
  std::vector<Date> sessions_between(Date from, Date to) const;
  // The session whose [open, close) contains `ts`, or nullopt.
  std::optional<Session> session_at(Timestamp ts) const;

  // America/New_York conversions (US DST rules of the Energy Policy Act of 2005 from 2007,
  // the 1987 rules before). Offset is -5h (EST) or -4h (EDT).
  static int64_t new_york_offset_ns(Timestamp ts);
  static Date new_york_date(Timestamp ts);
  // UTC instant of New York wall-clock time `local_ns_of_day` on `date`.
  // REQUIRES: the local time exists and is unambiguous (true for market hours). Otherwise an
  // ambiguous time gives its first (EDT) occurrence and a skipped one the EDT instant an hour on.
  static Timestamp new_york_to_utc(Date date, int64_t local_ns_of_day);

 private:
  ExchangeCalendar() = default;
  // Flags of `date`: from the table inside [first_year, last_year], else from the rules.
  uint8_t flags(Date date) const;

  int first_year_ = 0;
  int last_year_ = 0;
  // Per-day flags for [first_year, last_year]: bit 0 session, bit 1 early close, bit 2 the
  // early close is at 14:00 (before 1993) rather than 13:00, bit 3 New York is on EDT.
  std::vector<uint8_t> day_flags_;
  Date first_day_;
};

}  // namespace qtb
