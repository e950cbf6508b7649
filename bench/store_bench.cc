// Bulk bar load into each backend, 1,000,000 one-minute bars per run, reported as items/s
// (bars/s). Targets (issue): SQLite >= 300,000 bars/s; PostgreSQL COPY >= 200,000 bars/s on
// loopback. Each run checks the stored row count and the sum of the stored closes' raw values.
//   scripts/with_postgres.sh build/<rel>/bench/qtb_store_bench
#include <benchmark/benchmark.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "store/market_data_repository.h"
#include "store/store.h"

namespace qtb::store {
namespace {

constexpr int64_t kBars = 1'000'000;

// Deterministic minute bars from 2020-01-02 14:30Z with prices moving in cents; close raw sum is
// checked after loading.
std::vector<Bar> make_bars() {
  std::vector<Bar> bars;
  bars.reserve(kBars);
  const Timestamp start = Timestamp::from_date(Date::from_ymd(2020, 1, 2)) + 870 * kNanosPerMinute;
  for (int64_t i = 0; i < kBars; ++i) {
    const int64_t cents = 10'000 + (i * 7919) % 5'000;  // 100.00 .. 149.99
    const Price close = Price::from_raw(cents * 10'000'000);
    bars.push_back(Bar{start + i * kNanosPerMinute, close, close + Price::from_raw(50'000'000),
                       close - Price::from_raw(30'000'000), close,
                       Quantity::from_raw((100 + i % 1000) * 1'000'000), close});
  }
  return bars;
}

const std::vector<Bar>& bars() {
  static const std::vector<Bar> kAll = make_bars();
  return kAll;
}

int64_t close_raw_sum(const std::vector<Bar>& v) {
  int64_t sum = 0;
  for (const Bar& b : v) sum += b.close.raw();
  return sum;
}

// Inserts all bars under a new ticker per iteration, then checks count and close sum.
void run_insert(benchmark::State& state, Store& store) {
  MarketDataRepository repo(store);
  const int64_t expected_sum = close_raw_sum(bars());
  int run = 0;
  for (auto _ : state) {
    state.PauseTiming();
    Instrument instrument;
    instrument.ticker = fmt::format("B{}", run++);
    const InstrumentId id = repo.upsert_symbol(instrument).value();
    state.ResumeTiming();
    const Status s = repo.insert_bars(id, BarInterval::minutes(1), bars());
    state.PauseTiming();
    if (!s.ok()) {
      state.SkipWithError(s.error().message().c_str());
      break;
    }
    const std::vector<Bar> loaded =
        repo.load_bars(id, BarInterval::minutes(1), Timestamp::from_ns(INT64_MIN),
                       Timestamp::from_ns(INT64_MAX))
            .value();
    if (static_cast<int64_t>(loaded.size()) != kBars || close_raw_sum(loaded) != expected_sum) {
      state.SkipWithError("stored bars differ from the inserted ones");
      break;
    }
    state.ResumeTiming();
  }
  state.SetItemsProcessed(state.iterations() * kBars);
}

std::filesystem::path temp_db_dir() {
  return std::filesystem::temp_directory_path() / fmt::format("qtb_store_bench_{}", getpid());
}

void BM_SqliteBulkInsert(benchmark::State& state) {
  const std::filesystem::path dir = temp_db_dir();
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  {
    auto store = open_store("sqlite:" + (dir / "bench.db").string());
    if (!store.ok()) {
      state.SkipWithError(store.error().message().c_str());
    } else {
      run_insert(state, **store);
    }
  }
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_SqliteBulkInsert)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

void BM_PostgresCopy(benchmark::State& state) {
  const char* url = std::getenv("QTB_BENCH_PG_URL");
  if (url == nullptr) {
    state.SkipWithError("QTB_BENCH_PG_URL is not set: run under scripts/with_postgres.sh");
    return;
  }
  auto store = open_store(url);
  if (!store.ok()) {
    state.SkipWithError(store.error().message().c_str());
    return;
  }
  run_insert(state, **store);
}
BENCHMARK(BM_PostgresCopy)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

// Baseline: the naive way, one parameterised INSERT per bar through Store::execute (prepared,
// or parsed by the server, each time) inside one transaction; kBaselineBars bars per run.
constexpr int64_t kBaselineBars = 50'000;

void run_row_by_row(benchmark::State& state, Store& store) {
  MarketDataRepository repo(store);
  int run = 0;
  for (auto _ : state) {
    state.PauseTiming();
    Instrument instrument;
    instrument.ticker = fmt::format("R{}", run++);
    const InstrumentId id = repo.upsert_symbol(instrument).value();
    state.ResumeTiming();
    const Status s = store.in_transaction([&]() -> Status {
      for (int64_t i = 0; i < kBaselineBars; ++i) {
        const Bar& b = bars()[static_cast<std::size_t>(i)];
        const std::vector<SqlValue> row = {
            int64_t{id},         std::string("1min"),  b.ts.ns(),
            b.open.to_string(),  b.high.to_string(),   b.low.to_string(),
            b.close.to_string(), b.volume.to_string(), b.adj_close.to_string()};
        QTB_TRY_STATUS(store.execute(
            "INSERT INTO market_data (symbol_id, interval, ts_ns, open, high, low, close, "
            "volume, adj_close) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            row));
      }
      return {};
    });
    state.PauseTiming();
    if (!s.ok() || repo.count_bars(id, BarInterval::minutes(1)).value_or(-1) != kBaselineBars) {
      state.SkipWithError(s.ok() ? "row count differs" : s.error().message().c_str());
      break;
    }
    state.ResumeTiming();
  }
  state.SetItemsProcessed(state.iterations() * kBaselineBars);
}

void BM_BaselineSqliteRowByRow(benchmark::State& state) {
  const std::filesystem::path dir = temp_db_dir();
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  {
    auto store = open_store("sqlite:" + (dir / "bench.db").string()).value();
    run_row_by_row(state, *store);
  }
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_BaselineSqliteRowByRow)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

void BM_BaselinePostgresRowByRow(benchmark::State& state) {
  const char* url = std::getenv("QTB_BENCH_PG_URL");
  if (url == nullptr) {
    state.SkipWithError("QTB_BENCH_PG_URL is not set: run under scripts/with_postgres.sh");
    return;
  }
  auto store = open_store(url);
  if (!store.ok()) {
    state.SkipWithError(store.error().message().c_str());
    return;
  }
  run_row_by_row(state, **store);
}
BENCHMARK(BM_BaselinePostgresRowByRow)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

// Reading back: load_bars of the whole 1,000,000-bar series from SQLite.
void BM_SqliteLoadBars(benchmark::State& state) {
  const std::filesystem::path dir = temp_db_dir();
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  {
    auto store = open_store("sqlite:" + (dir / "bench.db").string()).value();
    MarketDataRepository repo(*store);
    Instrument instrument;
    instrument.ticker = "LOAD";
    const InstrumentId id = repo.upsert_symbol(instrument).value();
    (void)repo.insert_bars(id, BarInterval::minutes(1), bars());
    const int64_t expected_sum = close_raw_sum(bars());
    for (auto _ : state) {
      const std::vector<Bar> loaded =
          repo.load_bars(id, BarInterval::minutes(1), Timestamp::from_ns(INT64_MIN),
                         Timestamp::from_ns(INT64_MAX))
              .value();
      if (close_raw_sum(loaded) != expected_sum) {
        state.SkipWithError("loaded bars differ from the inserted ones");
        break;
      }
    }
    state.SetItemsProcessed(state.iterations() * kBars);
  }
  std::filesystem::remove_all(dir);
}
BENCHMARK(BM_SqliteLoadBars)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

}  // namespace
}  // namespace qtb::store
