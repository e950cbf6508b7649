// Validates parsed bars: prices, ranges, volume, timestamp order, trading sessions against the
// exchange calendar, missing sessions and suspicious jumps. Each rule is its own function in
// bar_validator.cc; docs/data.md lists every kind with its severity. The calendar is borrowed
// for the call only. Pure; thread-safe for distinct outputs.
#pragma once

#include <optional>
#include <span>

#include "data/csv_bar_reader.h"
#include "data/validation_report.h"
#include "model/bar.h"
#include "model/bar_interval.h"

namespace qtb {
class ExchangeCalendar;
}

namespace qtb::data {

struct ValidateOptions {
  std::optional<BarInterval> interval;  // bar length; default: infer_interval(bars)
  bool check_sessions = true;           // OUTSIDE_SESSION and MISSING_SESSION
  bool extended_hours = false;  // intraday bars may lie in 04:00-20:00 New York on session days
  // SUSPICIOUS_JUMP when |close / previous close - 1| exceeds this; <= 0 turns the check off.
  double jump_threshold = 0.5;
  bool strict = false;  // warnings (MISSING_SESSION, SUSPICIOUS_JUMP) count as errors
};

// Warning for MISSING_SESSION and SUSPICIOUS_JUMP, error for every other kind.
Severity default_severity(ProblemKind kind);

// 1day when every bar is stamped at 00:00 UTC, else the smallest gap between consecutive
// distinct timestamps (1min for a single intraday bar).
BarInterval infer_interval(std::span<const Bar> bars);

// The New York trading date of a bar: its UTC date for a daily bar stamped at 00:00 UTC
// (model/bar.h), otherwise the New York date of its instant.
Date trading_date(Timestamp ts);

// Every problem in `parsed`: its parse problems plus each rule's findings, sorted by line.
ValidationReport validate_bars(const ParsedBars& parsed, const ExchangeCalendar& calendar,
                               const ValidateOptions& options = {});

}  // namespace qtb::data
