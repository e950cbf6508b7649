// session_at over every minute of 2019-2020, as a bar validator calls it, against a naive
// lookup through new_york_date() + session(); plus is_session and building the table.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <optional>
#include <vector>

#include "core/calendar.h"

namespace qtb {
namespace {

// Minutes inside sessions in 2019-2020: 252 + 253 sessions of 390 minutes, less 180 minutes
// on each of the 5 early closes (2019-07-03, 2019-11-29, 2019-12-24, 2020-11-27, 2020-12-24).
constexpr int64_t kSessionMinutes = (252 + 253) * 390 - 5 * 180;

std::vector<Timestamp> minutes_2019_2020() {
  std::vector<Timestamp> out;
  const int64_t begin = Date::from_ymd(2019, 1, 1).days() * kNanosPerDay;
  const int64_t end = Date::from_ymd(2021, 1, 1).days() * kNanosPerDay;
  for (int64_t ns = begin; ns < end; ns += kNanosPerMinute) out.push_back(Timestamp::from_ns(ns));
  return out;
}

void check(benchmark::State& state, int64_t inside) {
  if (inside != kSessionMinutes) state.SkipWithError("wrong number of in-session minutes");
}

void BM_SessionAt(benchmark::State& state) {
  const ExchangeCalendar calendar = ExchangeCalendar::nyse();
  const std::vector<Timestamp> minutes = minutes_2019_2020();
  int64_t inside = 0;
  for (auto _ : state) {
    inside = 0;
    for (const Timestamp ts : minutes) inside += calendar.session_at(ts).has_value() ? 1 : 0;
    benchmark::DoNotOptimize(inside);
  }
  check(state, inside);
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(minutes.size()));
}
BENCHMARK(BM_SessionAt)->Unit(benchmark::kMillisecond);

// Baseline: the New York date of each instant (a DST computation), then its session.
void BM_SessionAtViaNewYorkDate(benchmark::State& state) {
  const ExchangeCalendar calendar = ExchangeCalendar::nyse();
  const std::vector<Timestamp> minutes = minutes_2019_2020();
  int64_t inside = 0;
  for (auto _ : state) {
    inside = 0;
    for (const Timestamp ts : minutes) {
      const std::optional<Session> s = calendar.session(ExchangeCalendar::new_york_date(ts));
      inside += s && ts >= s->open && ts < s->close ? 1 : 0;
    }
    benchmark::DoNotOptimize(inside);
  }
  check(state, inside);
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(minutes.size()));
}
BENCHMARK(BM_SessionAtViaNewYorkDate)->Unit(benchmark::kMillisecond);

void BM_IsSession(benchmark::State& state) {
  const ExchangeCalendar calendar = ExchangeCalendar::nyse();
  const Date first = Date::from_ymd(2019, 1, 1);
  int64_t sessions = 0;
  for (auto _ : state) {
    sessions = 0;
    for (Date d = first; d < first + 731; d = d + 1) sessions += calendar.is_session(d) ? 1 : 0;
    benchmark::DoNotOptimize(sessions);
  }
  if (sessions != 252 + 253) state.SkipWithError("wrong number of sessions in 2019-2020");
  state.SetItemsProcessed(state.iterations() * 731);
}
BENCHMARK(BM_IsSession);

// Building the default 1990-2040 table (18,628 days).
void BM_BuildNyse(benchmark::State& state) {
  for (auto _ : state) {
    const ExchangeCalendar calendar = ExchangeCalendar::nyse();
    if (!calendar.is_session(Date::from_ymd(2024, 3, 28))) state.SkipWithError("2024-03-28");
    benchmark::DoNotOptimize(calendar);
  }
  state.SetItemsProcessed(state.iterations() * 18628);
}
BENCHMARK(BM_BuildNyse)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace qtb
