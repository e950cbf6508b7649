// Resampling bars to a coarser interval, aligned to exchange sessions: intraday buckets start
// at the session open (09:30 New York), so 1h bars are 09:30-10:30, ..., 15:30-16:00, the last
// bucket cut at the close (13:00 on early-close days). `1day` gathers a session's bars into one
// bar stamped with the session date at 00:00 UTC (model/bar.h). open = first open, high = max,
// low = min, close and adj_close = last, volume = sum. Bars outside sessions are dropped and
// counted unless extended hours are asked for; then pre-open buckets align to the open and
// post-close buckets to the close. Pure; the calendar is borrowed for the call.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/result.h"
#include "model/bar.h"
#include "model/bar_interval.h"

namespace qtb {
class ExchangeCalendar;
}

namespace qtb::data {

struct ResampleOptions {
  bool extended_hours = false;  // keep bars outside regular hours on session days
};

struct ResampledBars {
  std::vector<Bar> bars;                 // ascending by bucket start
  uint32_t dropped_outside_session = 0;  // input bars on no session or outside its hours
};

// Aggregates `bars` (ascending by ts, of interval `from`) into `to`. Fails when `to` is not
// coarser than `from` or not a whole multiple of it, when `from` is daily and `to` is not, or
// when `bars` are out of order.
Result<ResampledBars> resample_bars(std::span<const Bar> bars, BarInterval from, BarInterval to,
                                    const ExchangeCalendar& calendar,
                                    const ResampleOptions& options = {});

}  // namespace qtb::data
