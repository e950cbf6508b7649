// Bar cache load time against a CSV baseline, page cache warm: the fixture writes every file
// once, then each iteration maps/parses the same files, so the kernel serves them from memory.
// Targets (issue): 100 symbols x 10 years of daily bars < 50 ms; 1 year of 1-minute bars of one
// symbol < 20 ms. Each benchmark checks the sum of the closes it read against the sum of the
// closes generated, and reports bars/s.
#include <benchmark/benchmark.h>
#include <fmt/format.h>
#include <stdlib.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "data/cache/bar_cache.h"
#include "data/cache/bar_cache_writer.h"
#include "data/cache/xxhash64.h"

namespace qtb {
namespace {

constexpr int kDailySymbols = 100;
constexpr std::size_t kDailyBars = 2520;        // 10 years x 252 sessions
constexpr std::size_t kMinuteBars = 252 * 390;  // 98,280: one year of regular sessions

// A seeded random walk in whole cents, so the CSV text looks like vendor data.
std::vector<Bar> walk(uint64_t seed, std::size_t count, Timestamp start, int64_t step_ns,
                      int64_t* close_sum) {
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<int64_t> step(-50, 50);
  constexpr int64_t kCent = 10'000'000;  // Price raw units per cent
  int64_t cents = 10'000;
  std::vector<Bar> bars;
  bars.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    cents = std::max<int64_t>(100, cents + step(rng));
    const Price close = Price::from_raw(cents * kCent);
    const Price open = Price::from_raw((cents + step(rng) / 5) * kCent);
    const Price high = Price::from_raw((std::max(cents, open.raw() / kCent) + 20) * kCent);
    const Price low = Price::from_raw((std::min(cents, open.raw() / kCent) - 20) * kCent);
    const Quantity volume = Quantity::from_units(1000 + (step(rng) + 50) * 100);
    bars.push_back(
        Bar{start + static_cast<int64_t>(i) * step_ns, open, high, low, close, volume, close});
    *close_sum += close.raw();
  }
  return bars;
}

void write_csv(const std::filesystem::path& path, const std::vector<Bar>& bars) {
  std::ofstream out(path);
  out << "timestamp,open,high,low,close,volume,adj_close\n";
  for (const Bar& b : bars) {
    out << b.ts.to_iso8601() << ',' << b.open.to_string() << ',' << b.high.to_string() << ','
        << b.low.to_string() << ',' << b.close.to_string() << ',' << b.volume.to_string() << ','
        << b.adj_close.to_string() << '\n';
  }
}

// Files written once per process, removed at exit.
struct Corpus {
  std::filesystem::path root;
  std::vector<std::string> daily_tickers;
  int64_t daily_close_sum = 0;
  int64_t minute_close_sum = 0;

  Corpus() {
    std::string pattern = "/tmp/qtb_bar_cache_bench_XXXXXX";
    root = ::mkdtemp(pattern.data());
    const BarCacheWriter writer(root / "cache");
    std::filesystem::create_directories(root / "csv");
    const Timestamp day0 = Timestamp::from_date(Date::from_ymd(2014, 1, 2));
    for (int s = 0; s < kDailySymbols; ++s) {
      const std::string ticker = fmt::format("S{}", 100 + s);
      const auto bars =
          walk(static_cast<uint64_t>(s + 1), kDailyBars, day0, kNanosPerDay, &daily_close_sum);
      check(writer.write(ticker, BarInterval::daily(), bars));
      write_csv(root / "csv" / fmt::format("{}_1day.csv", ticker), bars);
      daily_tickers.push_back(ticker);
    }
    const Timestamp open = Timestamp::parse("2024-01-02T14:30:00Z").value();
    const auto minute = walk(1000, kMinuteBars, open, kNanosPerMinute, &minute_close_sum);
    check(writer.write("SPY", BarInterval::minutes(1), minute));
    write_csv(root / "csv" / "SPY_1min.csv", minute);
  }
  ~Corpus() { std::filesystem::remove_all(root); }

  static void check(const Status& s) {
    if (!s.ok()) throw std::runtime_error(s.error().message());
  }
};

const Corpus& corpus() {
  static const Corpus c;
  return c;
}

int64_t sum_closes(const SeriesView& view) {
  int64_t sum = 0;
  for (int64_t raw : view.close_raw()) sum += raw;
  return sum;
}

// The baseline: std::ifstream, getline, split on ',', Timestamp::parse / Price::parse.
Result<std::vector<Bar>> read_csv(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);  // header
  std::vector<Bar> bars;
  std::string_view f[7];
  while (std::getline(in, line)) {
    std::string_view rest = line;
    for (auto& field : f) {
      const std::size_t comma = rest.find(',');
      field = rest.substr(0, comma);
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    }
    auto ts = Timestamp::parse(f[0]);
    auto o = Price::parse(f[1]), h = Price::parse(f[2]), l = Price::parse(f[3]);
    auto c = Price::parse(f[4]), a = Price::parse(f[6]);
    auto v = Quantity::parse(f[5]);
    if (!ts || !o || !h || !l || !c || !v || !a) {
      return invalid_argument(fmt::format("{}: bad row", path.string()));
    }
    bars.push_back(Bar{*ts, *o, *h, *l, *c, *v, *a});
  }
  return bars;
}

void expect_sum(benchmark::State& state, int64_t got, int64_t want) {
  if (got != want) state.SkipWithError("sum of closes differs from the generated bars");
}

void BM_CacheLoadDaily100Symbols10Years(benchmark::State& state) {
  const Corpus& c = corpus();
  const BarCache cache(c.root / "cache");
  const auto verify = static_cast<CacheVerify>(state.range(0));
  const Timestamp from = Timestamp::from_date(Date::from_ymd(1990, 1, 1));
  const Timestamp to = Timestamp::from_date(Date::from_ymd(2100, 1, 1));
  for (auto _ : state) {
    Result<LoadedSeries> loaded =
        cache.load_many(c.daily_tickers, BarInterval::daily(), from, to, verify);
    if (!loaded.ok()) return state.SkipWithError(loaded.error().message().c_str());
    int64_t sum = 0;
    for (const SeriesView& v : loaded->views) sum += sum_closes(v);
    expect_sum(state, sum, c.daily_close_sum);
  }
  state.SetItemsProcessed(state.iterations() * kDailySymbols * static_cast<int64_t>(kDailyBars));
  state.SetLabel(verify == CacheVerify::kChecksum ? "checksum" : "header-only");
}
BENCHMARK(BM_CacheLoadDaily100Symbols10Years)
    ->Arg(static_cast<int>(CacheVerify::kChecksum))
    ->Arg(static_cast<int>(CacheVerify::kHeaderOnly))
    ->Unit(benchmark::kMillisecond);

void BM_CsvLoadDaily100Symbols10Years(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state) {
    int64_t sum = 0;
    for (const std::string& t : c.daily_tickers) {
      auto bars = read_csv(c.root / "csv" / fmt::format("{}_1day.csv", t));
      if (!bars.ok()) return state.SkipWithError(bars.error().message().c_str());
      for (const Bar& b : *bars) sum += b.close.raw();
    }
    expect_sum(state, sum, c.daily_close_sum);
  }
  state.SetItemsProcessed(state.iterations() * kDailySymbols * static_cast<int64_t>(kDailyBars));
}
BENCHMARK(BM_CsvLoadDaily100Symbols10Years)->Unit(benchmark::kMillisecond);

void BM_CacheLoadMinute1Year(benchmark::State& state) {
  const Corpus& c = corpus();
  const BarCache cache(c.root / "cache");
  const auto verify = static_cast<CacheVerify>(state.range(0));
  for (auto _ : state) {
    Result<MappedSeries> s = cache.open("SPY", BarInterval::minutes(1), verify);
    if (!s.ok()) return state.SkipWithError(s.error().message().c_str());
    expect_sum(state, sum_closes(*s), c.minute_close_sum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(kMinuteBars));
  state.SetLabel(verify == CacheVerify::kChecksum ? "checksum" : "header-only");
}
BENCHMARK(BM_CacheLoadMinute1Year)
    ->Arg(static_cast<int>(CacheVerify::kChecksum))
    ->Arg(static_cast<int>(CacheVerify::kHeaderOnly))
    ->Unit(benchmark::kMillisecond);

void BM_CsvLoadMinute1Year(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state) {
    auto bars = read_csv(c.root / "csv" / "SPY_1min.csv");
    if (!bars.ok()) return state.SkipWithError(bars.error().message().c_str());
    int64_t sum = 0;
    for (const Bar& b : *bars) sum += b.close.raw();
    expect_sum(state, sum, c.minute_close_sum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(kMinuteBars));
}
BENCHMARK(BM_CsvLoadMinute1Year)->Unit(benchmark::kMillisecond);

// Checksum speed alone: what CacheVerify::kChecksum adds per byte.
void BM_Xxh64(benchmark::State& state) {
  std::vector<unsigned char> data(static_cast<std::size_t>(state.range(0)));
  for (std::size_t i = 0; i < data.size(); ++i) data[i] = static_cast<unsigned char>(i * 131);
  for (auto _ : state) benchmark::DoNotOptimize(xxh64(data.data(), data.size()));
  state.SetBytesProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_Xxh64)->Arg(5'505'024);  // a 98,280-bar file's payload: 7 x 786,432 bytes

}  // namespace
}  // namespace qtb
