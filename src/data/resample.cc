#include "data/resample.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "core/calendar.h"

namespace qtb::data {
namespace {

int64_t floor_div(int64_t a, int64_t b) {
  const int64_t q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

Status check_intervals(std::span<const Bar> bars, BarInterval from, BarInterval to) {
  if (from.is_daily() && !to.is_daily()) {
    return invalid_argument(fmt::format("resample: cannot make {} bars from 1day bars", to.name()));
  }
  if (to < from || to.ns() % from.ns() != 0) {
    return invalid_argument(
        fmt::format("resample: {} is not a whole multiple of {}", to.name(), from.name()));
  }
  const auto it = std::adjacent_find(bars.begin(), bars.end(),
                                     [](const Bar& a, const Bar& b) { return b.ts < a.ts; });
  if (it != bars.end()) {
    return invalid_argument(
        fmt::format("resample: bars out of order at {}", (it + 1)->ts.to_iso8601()));
  }
  return {};
}

void merge_into(Bar& bucket, const Bar& bar) {
  bucket.high = std::max(bucket.high, bar.high);
  bucket.low = std::min(bucket.low, bar.low);
  bucket.close = bar.close;
  bucket.adj_close = bar.adj_close;
  bucket.volume += bar.volume;
}

// Builds buckets one input bar at a time; the session lookup is cached across a session.
class Bucketer {
 public:
  Bucketer(BarInterval to, const ExchangeCalendar& calendar, bool extended_hours)
      : to_(to), calendar_(calendar), extended_hours_(extended_hours) {}

  void add(const Bar& bar) {
    const std::optional<Timestamp> start = bucket_start(bar.ts);
    if (!start) {
      ++out_.dropped_outside_session;
      return;
    }
    if (!out_.bars.empty() && out_.bars.back().ts == *start) {
      merge_into(out_.bars.back(), bar);
      return;
    }
    Bar bucket = bar;
    bucket.ts = *start;
    out_.bars.push_back(bucket);
  }

  ResampledBars take() { return std::move(out_); }

 private:
  // Start of the bucket holding a bar starting at `ts`, or nullopt when it is dropped.
  std::optional<Timestamp> bucket_start(Timestamp ts) {
    const Date date = ExchangeCalendar::new_york_date(ts);
    if (!looked_up_ || looked_up_date_ != date) look_up(date);
    if (!is_session_) return std::nullopt;
    const bool regular = ts >= session_.open && ts < session_.close;
    if (!regular && !extended_hours_) return std::nullopt;
    if (to_.is_daily()) return Timestamp::from_date(session_.date);
    const Timestamp anchor = ts >= session_.close ? session_.close : session_.open;
    return anchor + floor_div(ts - anchor, to_.ns()) * to_.ns();
  }

  // A plain Session plus flags rather than optional<Session>: g++ 12 -O3 warns
  // maybe-uninitialized on the optional here.
  void look_up(Date date) {
    const std::optional<Session> s = calendar_.session(date);
    looked_up_ = true;
    looked_up_date_ = date;
    is_session_ = s.has_value();
    if (s) session_ = *s;
  }

  BarInterval to_;
  const ExchangeCalendar& calendar_;
  bool extended_hours_;
  bool looked_up_ = false;
  Date looked_up_date_;
  bool is_session_ = false;
  Session session_;
  ResampledBars out_;
};

}  // namespace

Result<ResampledBars> resample_bars(std::span<const Bar> bars, BarInterval from, BarInterval to,
                                    const ExchangeCalendar& calendar,
                                    const ResampleOptions& options) {
  const Status ok = check_intervals(bars, from, to);
  if (!ok.ok()) return ok.error();
  if (from.is_daily()) return ResampledBars{std::vector<Bar>(bars.begin(), bars.end()), 0};
  Bucketer bucketer(to, calendar, options.extended_hours);
  for (const Bar& bar : bars) bucketer.add(bar);
  return bucketer.take();
}

}  // namespace qtb::data
