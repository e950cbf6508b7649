// Momentum indicators (docs/BENCHMARKS.md): ns per streaming update through the typed stream
// classes, and batch throughput over 1M bars through the registry with TA-Lib's default
// parameters. Each case checks its answer: the sum of its outputs must be finite and non-zero.
#include <benchmark/benchmark.h>

#include <cmath>
#include <random>
#include <stdexcept>
#include <vector>

#include "indicators/aroon.h"
#include "indicators/cci.h"
#include "indicators/macd.h"
#include "indicators/mfi.h"
#include "indicators/mom.h"
#include "indicators/registry.h"
#include "indicators/roc.h"
#include "indicators/rsi.h"
#include "indicators/stoch.h"
#include "indicators/ultosc.h"
#include "indicators/willr.h"

namespace {

using namespace qtb::ind;  // NOLINT(google-build-using-namespace): benchmark file

struct Series {
  std::vector<double> open, high, low, close, volume;
  BarColumns columns() const { return {open, high, low, close, volume}; }
};

// A seeded geometric random walk with consistent OHLC.
Series make_series(std::size_t n) {
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
  return s;
}

constexpr std::size_t kStreamBars = 1 << 16;
const Series& stream_series() {
  static const Series s = make_series(kStreamBars);
  return s;
}

void check(benchmark::State& state, double acc) {
  if (!std::isfinite(acc) || acc == 0) state.SkipWithError("no values");
  state.counters["checksum"] = acc;
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}

// `step(stream, series, i)` returns one output of bar i.
template <typename Make, typename Step>
void stream_case(benchmark::State& state, Make make, Step step) {
  const Series& s = stream_series();
  auto stream = make();
  // Past every lookback before timing, so that even a 1-iteration run has a value to check.
  constexpr std::size_t kWarmup = 100;
  double acc = 0;
  for (std::size_t i = 0; i < kWarmup; ++i) acc += std::isnan(step(stream, s, i)) ? 0 : 1;
  if (acc == 0) state.SkipWithError("no values after the warm-up");
  std::size_t i = kWarmup;
  for (auto _ : state) {
    const double v = step(stream, s, i);
    if (!std::isnan(v)) acc += v;
    i = (i + 1) & (kStreamBars - 1);
  }
  benchmark::DoNotOptimize(acc);
  check(state, acc);
}

void BM_Stream_rsi_14(benchmark::State& state) {
  stream_case(
      state, [] { return RsiStream(14); },
      [](RsiStream& st, const Series& s, std::size_t i) { return st.update(s.close[i]); });
}
void BM_Stream_mom_10(benchmark::State& state) {
  stream_case(
      state, [] { return MomStream(10); },
      [](MomStream& st, const Series& s, std::size_t i) { return st.update(s.close[i]); });
}
void BM_Stream_roc_10(benchmark::State& state) {
  stream_case(
      state, [] { return RocStream(RocForm::kPercent, 10); },
      [](RocStream& st, const Series& s, std::size_t i) { return st.update(s.close[i]); });
}
void BM_Stream_willr_14(benchmark::State& state) {
  stream_case(
      state, [] { return WillrStream(14); },
      [](WillrStream& st, const Series& s, std::size_t i) {
        return st.update(s.high[i], s.low[i], s.close[i]);
      });
}
void BM_Stream_aroon_14(benchmark::State& state) {
  stream_case(
      state, [] { return AroonStream(14); },
      [](AroonStream& st, const Series& s, std::size_t i) {
        return st.update(s.high[i], s.low[i]).up;
      });
}
void BM_Stream_mfi_14(benchmark::State& state) {
  stream_case(
      state, [] { return MfiStream(14); },
      [](MfiStream& st, const Series& s, std::size_t i) {
        return st.update(s.high[i], s.low[i], s.close[i], s.volume[i]);
      });
}
void BM_Stream_ultosc_7_14_28(benchmark::State& state) {
  stream_case(
      state, [] { return UltoscStream(7, 14, 28); },
      [](UltoscStream& st, const Series& s, std::size_t i) {
        return st.update(s.high[i], s.low[i], s.close[i]);
      });
}
void BM_Stream_cci_14(benchmark::State& state) {
  stream_case(
      state, [] { return CciStream(14); },
      [](CciStream& st, const Series& s, std::size_t i) {
        return st.update(s.high[i], s.low[i], s.close[i]);
      });
}
void BM_Stream_stoch_5_3_3(benchmark::State& state) {
  stream_case(
      state, [] { return StochStream(StochParams{}); },
      [](StochStream& st, const Series& s, std::size_t i) {
        return st.update(s.high[i], s.low[i], s.close[i]).d;
      });
}
void BM_Stream_macd_12_26_9(benchmark::State& state) {
  stream_case(
      state, [] { return MacdStream(macd_params(12, 26, 9)); },
      [](MacdStream& st, const Series& s, std::size_t i) { return st.update(s.close[i]).hist; });
}
BENCHMARK(BM_Stream_rsi_14);
BENCHMARK(BM_Stream_mom_10);
BENCHMARK(BM_Stream_roc_10);
BENCHMARK(BM_Stream_willr_14);
BENCHMARK(BM_Stream_aroon_14);
BENCHMARK(BM_Stream_mfi_14);
BENCHMARK(BM_Stream_ultosc_7_14_28);
BENCHMARK(BM_Stream_cci_14);
BENCHMARK(BM_Stream_stoch_5_3_3);
BENCHMARK(BM_Stream_macd_12_26_9);

// Batch through the registry with default parameters: bars per second.
constexpr std::size_t kBatchBars = 1'000'000;
void BM_Batch(benchmark::State& state, const char* name) {
  static const IndicatorRegistry registry = IndicatorRegistry::with_builtins();
  static const Series s = make_series(kBatchBars);
  auto indicator = registry.create(name);
  if (!indicator.ok()) throw std::runtime_error(indicator.error().message());
  const std::size_t outs = (*indicator)->info().outputs.size();
  std::vector<std::vector<double>> out(outs, std::vector<double>(kBatchBars));
  std::vector<std::span<double>> spans(out.begin(), out.end());
  for (auto _ : state) {
    (*indicator)->compute(s.columns(), spans);
    benchmark::DoNotOptimize(out[0].data());
  }
  double acc = 0;
  for (const auto& column : out) {
    for (const double v : column) {
      if (!std::isnan(v)) acc += v;
    }
  }
  if (!std::isfinite(acc) || acc == 0) state.SkipWithError("no values");
  state.counters["checksum"] = acc;
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(kBatchBars));
}
#define QTB_MOMENTUM_BATCH(name) \
  BENCHMARK_CAPTURE(BM_Batch, name, #name)->Unit(benchmark::kMillisecond)
QTB_MOMENTUM_BATCH(rsi);
QTB_MOMENTUM_BATCH(cmo);
QTB_MOMENTUM_BATCH(mom);
QTB_MOMENTUM_BATCH(roc);
QTB_MOMENTUM_BATCH(rocp);
QTB_MOMENTUM_BATCH(trix);
QTB_MOMENTUM_BATCH(cci);
QTB_MOMENTUM_BATCH(willr);
QTB_MOMENTUM_BATCH(stoch);
QTB_MOMENTUM_BATCH(stochf);
QTB_MOMENTUM_BATCH(stochrsi);
QTB_MOMENTUM_BATCH(macd);
QTB_MOMENTUM_BATCH(macdext);
QTB_MOMENTUM_BATCH(apo);
QTB_MOMENTUM_BATCH(ppo);
QTB_MOMENTUM_BATCH(ultosc);
QTB_MOMENTUM_BATCH(bop);
QTB_MOMENTUM_BATCH(aroon);
QTB_MOMENTUM_BATCH(aroonosc);
QTB_MOMENTUM_BATCH(mfi);

}  // namespace
