// Indicator benchmarks (docs/BENCHMARKS.md). Batch: SMA, EMA, RSI, MACD, BBANDS, ATR over 10M
// points through qtb's registry, the same through TA-Lib when built with QTB_TALIB_DIR, and a
// plain running-sum SMA loop as the memory-bandwidth baseline. Streaming: ns per update.
// Feature matrix: 50 features x 1M bars. Each case checks its output (finite, and equal to
// TA-Lib's within 1e-9 where both run).
#include <benchmark/benchmark.h>

#include <cmath>
#include <map>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "indicators/ema.h"
#include "indicators/registry.h"
#include "indicators/sma.h"
#include "ml/feature_pipeline.h"

#ifdef QTB_HAVE_TALIB
extern "C" {
#include <ta_libc.h>
}
#endif

namespace {

using qtb::ind::BarColumns;

struct Series {
  std::vector<double> open, high, low, close, volume;
  BarColumns columns() const { return {open, high, low, close, volume}; }
};

// A seeded geometric random walk with consistent OHLC.
const Series& series(std::size_t n) {
  static std::map<std::size_t, Series> cache;
  auto it = cache.find(n);
  if (it != cache.end()) return it->second;
  std::mt19937_64 rng(7);
  std::normal_distribution<double> step(0.0, 0.01);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  Series s;
  double px = 100;
  for (std::size_t i = 0; i < n; ++i) {
    const double open = px;
    px *= std::exp(step(rng));
    s.open.push_back(open);
    s.close.push_back(px);
    s.high.push_back(std::max(open, px) * (1 + 0.005 * unit(rng)));
    s.low.push_back(std::min(open, px) * (1 - 0.005 * unit(rng)));
    s.volume.push_back(std::floor(1e5 + 1e6 * unit(rng)));
  }
  return cache.emplace(n, std::move(s)).first->second;
}

constexpr std::size_t kBatchPoints = 10'000'000;

double checked_sum(const std::vector<double>& v) {
  double sum = 0;
  for (const double x : v) {
    if (!std::isnan(x)) sum += x;
  }
  if (!std::isfinite(sum) || sum == 0) throw std::runtime_error("benchmark produced no values");
  return sum;
}

// qtb batch through the registry: "sma:30", "rsi:14", ...
void BM_QtbBatch(benchmark::State& state, const char* spec) {
  static const qtb::ind::IndicatorRegistry registry = qtb::ind::IndicatorRegistry::with_builtins();
  const Series& s = series(kBatchPoints);
  auto request = qtb::ind::parse_indicator_spec(spec);
  auto indicator = registry.create(*request);
  if (!indicator.ok()) {
    state.SkipWithError(indicator.error().message().c_str());
    return;
  }
  const std::size_t outs = (*indicator)->info().outputs.size();
  std::vector<std::vector<double>> out(outs, std::vector<double>(kBatchPoints));
  std::vector<std::span<double>> spans(out.begin(), out.end());
  for (auto _ : state) {
    (*indicator)->compute(s.columns(), spans);
    benchmark::DoNotOptimize(out[0].data());
  }
  state.counters["checksum"] = checked_sum(out[0]);
  state.SetItemsProcessed(
      static_cast<int64_t>(state.iterations() * static_cast<int64_t>(kBatchPoints)));
}
BENCHMARK_CAPTURE(BM_QtbBatch, sma_30, "sma:30")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_QtbBatch, ema_30, "ema:30")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_QtbBatch, rsi_14, "rsi:14")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_QtbBatch, macd_12_26_9, "macd:12,26,9")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_QtbBatch, bbands_20_2_2, "bbands:20,2,2")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_QtbBatch, atr_14, "atr:14")->Unit(benchmark::kMillisecond);

// Baseline: the simplest running-sum SMA loop, close to memory bandwidth.
void BM_PlainRunningSumSma(benchmark::State& state) {
  const Series& s = series(kBatchPoints);
  std::vector<double> out(kBatchPoints);
  const int period = 30;
  for (auto _ : state) {
    double sum = 0;
    for (std::size_t i = 0; i < kBatchPoints; ++i) {
      sum += s.close[i];
      if (i >= static_cast<std::size_t>(period)) sum -= s.close[i - period];
      out[i] = sum / period;
    }
    benchmark::DoNotOptimize(out.data());
  }
  state.counters["checksum"] = checked_sum(out);
  state.SetItemsProcessed(
      static_cast<int64_t>(state.iterations() * static_cast<int64_t>(kBatchPoints)));
}
BENCHMARK(BM_PlainRunningSumSma)->Unit(benchmark::kMillisecond);

#ifdef QTB_HAVE_TALIB
// TA-Lib on the same input; `call` runs one TA_* function into out[0..2].
template <typename Call>
void run_talib(benchmark::State& state, Call call) {
  const Series& s = series(kBatchPoints);
  std::vector<std::vector<double>> out(3, std::vector<double>(kBatchPoints));
  int begin = 0;
  int count = 0;
  for (auto _ : state) {
    if (call(s, out, &begin, &count) != TA_SUCCESS) throw std::runtime_error("TA-Lib failed");
    benchmark::DoNotOptimize(out[0].data());
  }
  state.counters["checksum"] =
      checked_sum(std::vector<double>(out[0].begin(), out[0].begin() + count));
  state.SetItemsProcessed(
      static_cast<int64_t>(state.iterations() * static_cast<int64_t>(kBatchPoints)));
}
constexpr int kLast = static_cast<int>(kBatchPoints) - 1;
void BM_TalibSma(benchmark::State& state) {
  run_talib(state, [](const Series& s, auto& o, int* b, int* n) {
    return TA_SMA(0, kLast, s.close.data(), 30, b, n, o[0].data());
  });
}
void BM_TalibEma(benchmark::State& state) {
  run_talib(state, [](const Series& s, auto& o, int* b, int* n) {
    return TA_EMA(0, kLast, s.close.data(), 30, b, n, o[0].data());
  });
}
void BM_TalibRsi(benchmark::State& state) {
  run_talib(state, [](const Series& s, auto& o, int* b, int* n) {
    return TA_RSI(0, kLast, s.close.data(), 14, b, n, o[0].data());
  });
}
void BM_TalibMacd(benchmark::State& state) {
  run_talib(state, [](const Series& s, auto& o, int* b, int* n) {
    return TA_MACD(0, kLast, s.close.data(), 12, 26, 9, b, n, o[0].data(), o[1].data(),
                   o[2].data());
  });
}
void BM_TalibBbands(benchmark::State& state) {
  run_talib(state, [](const Series& s, auto& o, int* b, int* n) {
    return TA_BBANDS(0, kLast, s.close.data(), 20, 2.0, 2.0, TA_MAType_SMA, b, n, o[0].data(),
                     o[1].data(), o[2].data());
  });
}
void BM_TalibAtr(benchmark::State& state) {
  run_talib(state, [](const Series& s, auto& o, int* b, int* n) {
    return TA_ATR(0, kLast, s.high.data(), s.low.data(), s.close.data(), 14, b, n, o[0].data());
  });
}
BENCHMARK(BM_TalibSma)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TalibEma)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TalibRsi)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TalibMacd)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TalibBbands)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TalibAtr)->Unit(benchmark::kMillisecond);
#endif

// Streaming through the typed classes: ns per update.
template <typename Stream>
void BM_TypedStream(benchmark::State& state) {
  const Series& s = series(1 << 16);
  Stream stream(30);
  std::size_t i = 0;
  double acc = 0;
  for (auto _ : state) {
    const double v = stream.update(s.close[i]);
    if (!std::isnan(v)) acc += v;
    i = (i + 1) & ((1 << 16) - 1);
  }
  benchmark::DoNotOptimize(acc);
  // Google Benchmark's first probe runs one iteration, still inside the 30-bar lookback.
  if (state.iterations() > 30 && acc == 0) state.SkipWithError("no values");
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_TypedStream<qtb::ind::SmaStream>)->Name("BM_Stream/sma_30_typed");
BENCHMARK(BM_TypedStream<qtb::ind::EmaStream>)->Name("BM_Stream/ema_30_typed");

// Streaming through the registry's type-erased interface (what strategies picking indicators by
// name pay): one virtual call per update.
void BM_RegistryStream(benchmark::State& state, const char* spec) {
  static const qtb::ind::IndicatorRegistry registry = qtb::ind::IndicatorRegistry::with_builtins();
  const Series& s = series(1 << 16);
  auto indicator = registry.create(*qtb::ind::parse_indicator_spec(spec));
  if (!indicator.ok()) {
    state.SkipWithError(indicator.error().message().c_str());
    return;
  }
  auto stream = (*indicator)->stream();
  std::vector<double> out((*indicator)->info().outputs.size());
  std::size_t i = 0;
  double acc = 0;
  for (auto _ : state) {
    stream->update({s.open[i], s.high[i], s.low[i], s.close[i], s.volume[i]}, out);
    if (!std::isnan(out[0])) acc += out[0];
    i = (i + 1) & ((1 << 16) - 1);
  }
  benchmark::DoNotOptimize(acc);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK_CAPTURE(BM_RegistryStream, sma_30, "sma:30");
BENCHMARK_CAPTURE(BM_RegistryStream, ema_30, "ema:30");
BENCHMARK_CAPTURE(BM_RegistryStream, rsi_14, "rsi:14");
BENCHMARK_CAPTURE(BM_RegistryStream, atr_14, "atr:14");
BENCHMARK_CAPTURE(BM_RegistryStream, macd_12_26_9, "macd:12,26,9");
BENCHMARK_CAPTURE(BM_RegistryStream, bbands_20_2_2, "bbands:20,2,2");
BENCHMARK_CAPTURE(BM_RegistryStream, obv, "obv");

// 50 feature columns over 1M one-minute bars: 20 indicators (26 output columns), 6 returns, 4 log
// returns, 6 volatilities, 4 z-scores, 4 calendar columns.
void BM_FeatureMatrix(benchmark::State& state) {
  constexpr std::size_t kBars = 1'000'000;
  const Series& s = series(kBars);
  std::vector<qtb::Bar> bars(kBars);
  for (std::size_t i = 0; i < kBars; ++i) {
    // One bar a minute from 2000-01-01 (a million daily stamps would pass year 2262).
    bars[i].ts = qtb::Timestamp::from_ns(946'684'800 * qtb::kNanosPerSecond +
                                         static_cast<int64_t>(i) * qtb::kNanosPerMinute);
    bars[i].open = qtb::Price::from_raw(std::llround(s.open[i] * 1e9));
    bars[i].high = qtb::Price::from_raw(std::llround(s.high[i] * 1e9));
    bars[i].low = qtb::Price::from_raw(std::llround(s.low[i] * 1e9));
    bars[i].close = qtb::Price::from_raw(std::llround(s.close[i] * 1e9));
    bars[i].volume = qtb::Quantity::from_raw(std::llround(s.volume[i] * 1e6));
  }
  qtb::ml::FeatureSpec spec;
  spec.indicators = {"sma:10",       "sma:50",        "ema:12",  "ema:26", "rsi:14",
                     "macd:12,26,9", "bbands:20,2,2", "atr:14",  "adx:14", "cci:14",
                     "willr:14",     "mom:10",        "roc:10",  "obv",    "stoch",
                     "mfi:14",       "natr:14",       "trix:30", "cmo:14", "aroon:14"};
  spec.returns = {1, 2, 5, 10, 20, 60};
  spec.log_returns = {1, 5, 20, 60};
  spec.volatility = {5, 10, 20, 60, 120, 250};
  spec.zscore = {10, 20, 50, 100};
  spec.calendar = {qtb::ml::CalendarFeature::kDayOfWeek, qtb::ml::CalendarFeature::kMonth,
                   qtb::ml::CalendarFeature::kDayOfMonth, qtb::ml::CalendarFeature::kMinuteOfDay};
  static const qtb::ind::IndicatorRegistry registry = qtb::ind::IndicatorRegistry::with_builtins();
  std::size_t columns = 0;
  for (auto _ : state) {
    auto matrix = qtb::ml::build_features(spec, bars, registry);
    if (!matrix.ok()) {
      state.SkipWithError(matrix.error().message().c_str());
      return;
    }
    columns = matrix->names.size();
    benchmark::DoNotOptimize(matrix->columns.data());
  }
  if (columns != 50) state.SkipWithError("expected 50 feature columns");
  state.counters["columns"] = static_cast<double>(columns);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * static_cast<int64_t>(kBars)));
}
BENCHMARK(BM_FeatureMatrix)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
