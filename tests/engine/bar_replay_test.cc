#include "engine/bar_replay.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace qtb {
namespace {

Bar at_day(int day) {
  return Bar{Timestamp::from_date(Date::from_ymd(2024, 1, day)),
             "1"_px,
             "1"_px,
             "1"_px,
             "1"_px,
             Quantity(),
             Price()};
}

TEST(BarReplay, MergesByTimestampThenSymbolId) {
  const std::vector<Bar> a{at_day(2), at_day(4)};
  const std::vector<Bar> b{at_day(2), at_day(3), at_day(4)};
  BarReplay replay({std::span<const Bar>(a), std::span<const Bar>(b)});
  std::string order;
  ReplayStep step;
  while (replay.next(&step)) {
    order += std::to_string(step.bar->ts.utc_date().day()) + (step.symbol == 0 ? "a" : "b") +
             std::to_string(step.index) + " ";
  }
  EXPECT_EQ(order, "2a0 2b0 3b1 4a1 4b2 ");
}

TEST(BarReplay, EmptySeriesYieldNothing) {
  BarReplay replay({std::span<const Bar>()});
  ReplayStep step;
  EXPECT_FALSE(replay.next(&step));
}

// Against a naive model: every (ts, symbol) pair sorted. Seeded random, ragged timestamps.
TEST(BarReplay, MatchesSortedPairsOnRandomRaggedSeries) {
  std::mt19937_64 rng(7);
  std::vector<std::vector<Bar>> series(20);
  std::vector<std::pair<int64_t, SymbolId>> expected;
  for (SymbolId s = 0; s < series.size(); ++s) {
    int64_t ts = static_cast<int64_t>(rng() % 50);
    const std::size_t n = rng() % 40;
    for (std::size_t i = 0; i < n; ++i) {
      ts += 1 + static_cast<int64_t>(rng() % 3);
      series[s].push_back(Bar{Timestamp::from_ns(ts), {}, {}, {}, {}, {}, {}});
      expected.emplace_back(ts, s);
    }
  }
  std::sort(expected.begin(), expected.end());
  std::vector<std::span<const Bar>> spans(series.begin(), series.end());
  BarReplay replay(spans);
  std::vector<std::pair<int64_t, SymbolId>> got;
  ReplayStep step;
  while (replay.next(&step)) {
    EXPECT_EQ(step.bar, &series[step.symbol][step.index]);
    got.emplace_back(step.bar->ts.ns(), step.symbol);
  }
  EXPECT_EQ(got, expected);
}

}  // namespace
}  // namespace qtb
