// CSV parse and validate throughput on generated bar files: 1M one-minute bars over ~10 years
// of real NYSE sessions (early closes respected), and 1M daily rows. Prices follow a seeded
// random walk in cents; each benchmark checks its answer (bar count, close checksum, zero
// problems) and reports bars/s (items) and bytes/s.
#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <cmath>
#include <random>
#include <sstream>
#include <string>

#include "core/calendar.h"
#include "data/bar_validator.h"
#include "data/csv_bar_reader.h"

namespace qtb::data {
namespace {

constexpr std::size_t kRows = 1'000'000;

struct GeneratedFile {
  std::string text;
  int64_t close_sum_cents = 0;
};

// Appends one OHLCV row from a random walk step; returns the close in cents.
int64_t append_row(std::string& out, const std::string& ts, int64_t& px_cents,
                   std::mt19937_64& rng) {
  std::uniform_int_distribution<int64_t> step(-5, 5);
  std::uniform_int_distribution<int64_t> wick(0, 8);
  std::uniform_int_distribution<int64_t> volume(100, 500000);
  const int64_t open = px_cents;
  px_cents = std::max<int64_t>(100, px_cents + step(rng));
  const int64_t close = px_cents;
  const int64_t high = std::max(open, close) + wick(rng);
  const int64_t low = std::max<int64_t>(1, std::min(open, close) - wick(rng));
  const auto cents = [](int64_t c) { return fmt::format("{}.{:02}", c / 100, c % 100); };
  out += fmt::format("{},{},{},{},{},{}\n", ts, cents(open), cents(high), cents(low), cents(close),
                     volume(rng));
  return close;
}

GeneratedFile minute_file(const ExchangeCalendar& calendar) {
  GeneratedFile f;
  f.text = "timestamp,open,high,low,close,volume\n";
  std::mt19937_64 rng(42);
  int64_t px = 10000;
  std::size_t rows = 0;
  for (Date d : calendar.sessions_between(Date::from_ymd(2010, 1, 1), Date::from_ymd(2030, 1, 1))) {
    const Session s = *calendar.session(d);
    for (Timestamp t = s.open; t < s.close && rows < kRows; t = t + kNanosPerMinute, ++rows) {
      f.close_sum_cents += append_row(f.text, t.to_iso8601(), px, rng);
    }
    if (rows == kRows) break;
  }
  return f;
}

GeneratedFile daily_file() {
  GeneratedFile f;
  f.text = "timestamp,open,high,low,close,volume\n";
  std::mt19937_64 rng(7);
  int64_t px = 10000;
  // Timestamps hold 1677..2262, so the dates cycle through 200,000 days from 1700 (this case
  // measures parsing only; the validated case is the minute file).
  const Date first = Date::from_ymd(1700, 1, 1);
  for (std::size_t rows = 0; rows < kRows; ++rows) {
    const Date d = first + static_cast<int32_t>(rows % 200'000);
    f.close_sum_cents += append_row(f.text, d.to_string(), px, rng);
  }
  return f;
}

const ExchangeCalendar& nyse() {
  static const ExchangeCalendar calendar = ExchangeCalendar::nyse();
  return calendar;
}

const GeneratedFile& minute() {
  static const GeneratedFile f = minute_file(nyse());
  return f;
}

const GeneratedFile& daily() {
  static const GeneratedFile f = daily_file();
  return f;
}

bool check_parse(benchmark::State& state, const ParsedBars& p, const GeneratedFile& f) {
  int64_t sum = 0;
  for (const Bar& b : p.bars) sum += b.close.raw() / 10'000'000;
  if (p.bars.size() != kRows || !p.problems.empty() || sum != f.close_sum_cents) {
    state.SkipWithError("parse result does not match the generated file");
    return false;
  }
  return true;
}

void report(benchmark::State& state, const GeneratedFile& f) {
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(kRows));
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(f.text.size()));
}

void BM_ParseMinuteCsv(benchmark::State& state) {
  const GeneratedFile& f = minute();
  for (auto _ : state) {
    Result<ParsedBars> p = parse_bar_csv(f.text, "minute.csv");
    if (!p.ok() || !check_parse(state, *p, f)) return;
    benchmark::DoNotOptimize(p->bars.data());
  }
  report(state, f);
}
BENCHMARK(BM_ParseMinuteCsv)->Unit(benchmark::kMillisecond);

void BM_ParseDailyCsv(benchmark::State& state) {
  const GeneratedFile& f = daily();
  for (auto _ : state) {
    Result<ParsedBars> p = parse_bar_csv(f.text, "daily.csv");
    if (!p.ok() || !check_parse(state, *p, f)) return;
    benchmark::DoNotOptimize(p->bars.data());
  }
  report(state, f);
}
BENCHMARK(BM_ParseDailyCsv)->Unit(benchmark::kMillisecond);

void BM_ParseAndValidateMinuteCsv(benchmark::State& state) {
  const GeneratedFile& f = minute();
  for (auto _ : state) {
    Result<ParsedBars> p = parse_bar_csv(f.text, "minute.csv");
    if (!p.ok() || !check_parse(state, *p, f)) return;
    const ValidationReport r = validate_bars(*p, nyse());
    if (!r.problems().empty()) {
      state.SkipWithError(r.problems().front().message.c_str());
      return;
    }
  }
  report(state, f);
}
BENCHMARK(BM_ParseAndValidateMinuteCsv)->Unit(benchmark::kMillisecond);

// Baseline: the naive reader (iostreams, a std::string per field, strtod) on the same file.
void BM_BaselineIostreamDailyCsv(benchmark::State& state) {
  const GeneratedFile& f = daily();
  for (auto _ : state) {
    std::istringstream in(f.text);
    std::string line;
    std::string field;
    std::getline(in, line);  // header
    std::size_t rows = 0;
    int64_t sum = 0;
    while (std::getline(in, line)) {
      std::istringstream cells(line);
      for (int col = 0; std::getline(cells, field, ','); ++col) {
        if (col == 4) sum += std::llround(std::strtod(field.c_str(), nullptr) * 100);
      }
      ++rows;
    }
    if (rows != kRows || sum != f.close_sum_cents) {
      state.SkipWithError("baseline result does not match the generated file");
      return;
    }
  }
  report(state, f);
}
BENCHMARK(BM_BaselineIostreamDailyCsv)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace qtb::data
