#include "data/bar_validator.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/calendar.h"

namespace qtb::data {
namespace {

// Collects findings with the severity each kind has under the options.
class Sink {
 public:
  Sink(const std::string& file, bool strict, ValidationReport& report)
      : file_(file), strict_(strict), report_(report) {}

  void add(uint32_t line, Field field, ProblemKind kind, std::string message) {
    Severity severity = default_severity(kind);
    if (strict_) severity = Severity::kError;
    report_.add(Problem{file_, line, field, kind, severity, std::move(message)});
  }

 private:
  const std::string& file_;
  bool strict_;
  ValidationReport& report_;
};

std::string format_ts(Timestamp ts) {
  return ts.ns_of_day() == 0 ? ts.utc_date().to_string() : ts.to_iso8601();
}

void check_positive_prices(const Bar& bar, uint32_t line, bool has_adj_close, Sink& sink) {
  const std::pair<Field, Price> prices[] = {{Field::kOpen, bar.open},
                                            {Field::kHigh, bar.high},
                                            {Field::kLow, bar.low},
                                            {Field::kClose, bar.close},
                                            {Field::kAdjClose, bar.adj_close}};
  for (const auto& [field, px] : prices) {
    if (px.is_positive() || (field == Field::kAdjClose && !has_adj_close)) continue;
    sink.add(line, field, ProblemKind::kNonPositivePrice,
             fmt::format("price must be positive, got {}", px.to_string()));
  }
}

void check_high_low(const Bar& bar, uint32_t line, Sink& sink) {
  if (bar.high >= bar.low) return;
  sink.add(line, Field::kHigh, ProblemKind::kHighBelowLow,
           fmt::format("high {} is below low {}", bar.high.to_string(), bar.low.to_string()));
}

// REQUIRES: bar.low <= bar.high (otherwise the range is empty and HIGH_BELOW_LOW says so).
void check_in_range(const Bar& bar, uint32_t line, Field field, Sink& sink) {
  const Price px = field == Field::kOpen ? bar.open : bar.close;
  if (bar.high < bar.low || (px >= bar.low && px <= bar.high)) return;
  sink.add(line, field,
           field == Field::kOpen ? ProblemKind::kOpenOutsideRange : ProblemKind::kCloseOutsideRange,
           fmt::format("{} {} is outside [low {}, high {}]", field_name(field), px.to_string(),
                       bar.low.to_string(), bar.high.to_string()));
}

void check_volume(const Bar& bar, uint32_t line, Sink& sink) {
  if (!bar.volume.is_negative()) return;
  sink.add(line, Field::kVolume, ProblemKind::kNegativeVolume,
           fmt::format("volume must not be negative, got {}", bar.volume.to_string()));
}

void check_bar_values(const ParsedBars& parsed, Sink& sink) {
  for (std::size_t i = 0; i < parsed.bars.size(); ++i) {
    const Bar& bar = parsed.bars[i];
    const uint32_t line = parsed.lines[i];
    check_positive_prices(bar, line, parsed.has_adj_close, sink);
    check_high_low(bar, line, sink);
    check_in_range(bar, line, Field::kOpen, sink);
    check_in_range(bar, line, Field::kClose, sink);
    check_volume(bar, line, sink);
  }
}

// Indices of parsed.bars ordered by (ts, file position).
std::vector<uint32_t> time_order(const ParsedBars& parsed) {
  std::vector<uint32_t> order(parsed.bars.size());
  std::iota(order.begin(), order.end(), 0U);
  const bool sorted = std::is_sorted(parsed.bars.begin(), parsed.bars.end(),
                                     [](const Bar& a, const Bar& b) { return a.ts < b.ts; });
  if (!sorted) {
    std::stable_sort(order.begin(), order.end(),
                     [&](uint32_t a, uint32_t b) { return parsed.bars[a].ts < parsed.bars[b].ts; });
  }
  return order;
}

void check_unsorted(const ParsedBars& parsed, Sink& sink) {
  std::size_t max_at = 0;
  for (std::size_t i = 1; i < parsed.bars.size(); ++i) {
    const Timestamp ts = parsed.bars[i].ts;
    if (ts >= parsed.bars[max_at].ts) {
      if (ts > parsed.bars[max_at].ts) max_at = i;
      continue;
    }
    sink.add(parsed.lines[i], Field::kTimestamp, ProblemKind::kUnsortedTimestamp,
             fmt::format("{} is earlier than {} on line {}", format_ts(ts),
                         format_ts(parsed.bars[max_at].ts), parsed.lines[max_at]));
  }
}

// A repeat is reported on every row after the first (in file order) with that timestamp.
void check_duplicates(const ParsedBars& parsed, const std::vector<uint32_t>& order, Sink& sink) {
  for (std::size_t k = 1; k < order.size(); ++k) {
    const Bar& bar = parsed.bars[order[k]];
    std::size_t first = k - 1;
    if (bar.ts != parsed.bars[order[first]].ts) continue;
    while (first > 0 && parsed.bars[order[first - 1]].ts == bar.ts) --first;
    sink.add(parsed.lines[order[k]], Field::kTimestamp, ProblemKind::kDuplicateTimestamp,
             fmt::format("{} repeats line {}", format_ts(bar.ts), parsed.lines[order[first]]));
  }
}

std::string closure_text(const ExchangeCalendar& calendar, Date date) {
  if (date.is_weekend()) return "weekend";
  std::string reason = calendar.closure_reason(date);
  return reason.empty() ? "exchange closed" : reason;
}

void check_daily_sessions(const ParsedBars& parsed, const ExchangeCalendar& calendar, Sink& sink) {
  for (std::size_t i = 0; i < parsed.bars.size(); ++i) {
    const Date date = trading_date(parsed.bars[i].ts);
    if (calendar.is_session(date)) continue;
    sink.add(parsed.lines[i], Field::kTimestamp, ProblemKind::kOutsideSession,
             fmt::format("{} is not a trading session ({})", date.to_string(),
                         closure_text(calendar, date)));
  }
}

// The hours a bar may cover on `session`: regular [open, close), or 04:00-20:00 New York.
std::pair<Timestamp, Timestamp> allowed_hours(const Session& session, bool extended_hours) {
  if (!extended_hours) return {session.open, session.close};
  return {ExchangeCalendar::new_york_to_utc(session.date, 4 * kNanosPerHour),
          ExchangeCalendar::new_york_to_utc(session.date, 20 * kNanosPerHour)};
}

void check_intraday_sessions(const ParsedBars& parsed, BarInterval interval,
                             const ExchangeCalendar& calendar, bool extended_hours, Sink& sink) {
  std::optional<Session> session;
  std::pair<Timestamp, Timestamp> hours;
  for (std::size_t i = 0; i < parsed.bars.size(); ++i) {
    const Timestamp start = parsed.bars[i].ts;
    if (!session || start < hours.first || start >= hours.second) {
      session = calendar.session(ExchangeCalendar::new_york_date(start));
      if (session) hours = allowed_hours(*session, extended_hours);
    }
    if (session && start >= hours.first && start + interval.ns() <= hours.second) continue;
    const std::string why =
        session
            ? fmt::format("outside the {} hours {} to {}", extended_hours ? "extended" : "session",
                          hours.first.to_iso8601(), hours.second.to_iso8601())
            : fmt::format("{} is not a trading session ({})",
                          ExchangeCalendar::new_york_date(start).to_string(),
                          closure_text(calendar, ExchangeCalendar::new_york_date(start)));
    sink.add(parsed.lines[i], Field::kTimestamp, ProblemKind::kOutsideSession,
             fmt::format("bar {} + {}: {}", start.to_iso8601(), interval.name(), why));
  }
}

void check_missing_sessions(const ParsedBars& parsed, const std::vector<uint32_t>& order,
                            bool daily, const ExchangeCalendar& calendar, Sink& sink) {
  if (order.empty()) return;
  std::vector<Date> have;
  for (uint32_t i : order) {
    const Timestamp ts = parsed.bars[i].ts;
    const Date d = daily ? trading_date(ts) : ExchangeCalendar::new_york_date(ts);
    if (have.empty() || have.back() != d) have.push_back(d);
  }
  std::size_t k = 0;
  for (Date session : calendar.sessions_between(have.front(), have.back())) {
    while (k < have.size() && have[k] < session) ++k;
    if (k < have.size() && have[k] == session) continue;
    sink.add(0, Field::kRow, ProblemKind::kMissingSession,
             fmt::format("no bar for session {}", session.to_string()));
  }
}

void check_jumps(const ParsedBars& parsed, const std::vector<uint32_t>& order, double threshold,
                 Sink& sink) {
  for (std::size_t k = 1; k < order.size(); ++k) {
    const Bar& prev = parsed.bars[order[k - 1]];
    const Bar& bar = parsed.bars[order[k]];
    if (!prev.close.is_positive()) continue;
    const double change = bar.close.to_double() / prev.close.to_double() - 1.0;
    if (std::fabs(change) <= threshold) continue;
    sink.add(parsed.lines[order[k]], Field::kClose, ProblemKind::kSuspiciousJump,
             fmt::format("close {} is {:+.1f}% from {} on line {} (threshold {:.1f}%)",
                         bar.close.to_string(), change * 100, prev.close.to_string(),
                         parsed.lines[order[k - 1]], threshold * 100));
  }
}

}  // namespace

Severity default_severity(ProblemKind kind) {
  return kind == ProblemKind::kMissingSession || kind == ProblemKind::kSuspiciousJump
             ? Severity::kWarning
             : Severity::kError;
}

BarInterval infer_interval(std::span<const Bar> bars) {
  const bool all_midnight =
      std::all_of(bars.begin(), bars.end(), [](const Bar& b) { return b.ts.ns_of_day() == 0; });
  if (all_midnight) return BarInterval::daily();
  int64_t gap = kNanosPerDay;
  for (std::size_t i = 1; i < bars.size(); ++i) {
    const int64_t d = std::abs(bars[i].ts - bars[i - 1].ts);
    if (d > 0 && d < gap) gap = d;
  }
  if (gap == kNanosPerDay) gap = kNanosPerMinute;
  return BarInterval::minutes(std::max<int64_t>(1, gap / kNanosPerMinute));
}

Date trading_date(Timestamp ts) {
  return ts.ns_of_day() == 0 ? ts.utc_date() : ExchangeCalendar::new_york_date(ts);
}

ValidationReport validate_bars(const ParsedBars& parsed, const ExchangeCalendar& calendar,
                               const ValidateOptions& options) {
  ValidationReport report;
  for (const Problem& p : parsed.problems) report.add(p);
  Sink sink(parsed.file, options.strict, report);
  check_bar_values(parsed, sink);
  check_unsorted(parsed, sink);
  const std::vector<uint32_t> order = time_order(parsed);
  check_duplicates(parsed, order, sink);
  if (options.check_sessions) {
    const BarInterval interval = options.interval.value_or(infer_interval(parsed.bars));
    if (interval.is_daily()) {
      check_daily_sessions(parsed, calendar, sink);
    } else {
      check_intraday_sessions(parsed, interval, calendar, options.extended_hours, sink);
    }
    check_missing_sessions(parsed, order, interval.is_daily(), calendar, sink);
  }
  if (options.jump_threshold > 0) check_jumps(parsed, order, options.jump_threshold, sink);
  report.sort_by_line();
  return report;
}

}  // namespace qtb::data
