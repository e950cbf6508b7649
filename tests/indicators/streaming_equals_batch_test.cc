// For every registered indicator: the streaming form, fed bar by bar, produces the batch
// form's numbers (same NaN positions; values within 1e-9 relative) on random OHLCV series.
#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

#include <cmath>
#include <random>
#include <vector>

#include "indicators/registry.h"

namespace qtb::ind {
namespace {

struct RandomBars {
  std::vector<double> open, high, low, close, volume;
  BarColumns columns() const { return {open, high, low, close, volume}; }
};

// A geometric random walk with consistent OHLC (low <= open, close <= high) and volume.
RandomBars random_bars(uint64_t seed, std::size_t n) {
  std::mt19937_64 rng(seed);
  std::normal_distribution<double> step(0.0, 0.02);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  RandomBars bars;
  double price = 100;
  for (std::size_t i = 0; i < n; ++i) {
    const double open = price;
    price *= std::exp(step(rng));
    const double close = price;
    bars.open.push_back(open);
    bars.close.push_back(close);
    bars.high.push_back(std::max(open, close) * (1 + 0.01 * unit(rng)));
    bars.low.push_back(std::min(open, close) * (1 - 0.01 * unit(rng)));
    bars.volume.push_back(std::floor(1e5 + 1e6 * unit(rng)));
  }
  return bars;
}

std::string first_mismatch(const Indicator& indicator, const RandomBars& bars) {
  const std::size_t n = bars.close.size();
  const std::size_t outs = indicator.info().outputs.size();
  std::vector<std::vector<double>> batch(outs, std::vector<double>(n));
  std::vector<std::span<double>> spans(batch.begin(), batch.end());
  indicator.compute(bars.columns(), spans);
  std::unique_ptr<IndicatorStream> stream = indicator.stream();
  std::vector<double> point(outs);
  for (std::size_t i = 0; i < n; ++i) {
    stream->update({bars.open[i], bars.high[i], bars.low[i], bars.close[i], bars.volume[i]}, point);
    for (std::size_t k = 0; k < outs; ++k) {
      const double b = batch[k][i];
      const double s = point[k];
      const bool same = (std::isnan(b) && std::isnan(s)) ||
                        std::fabs(b - s) <= 1e-9 * std::max(std::fabs(b), 1.0);
      if (!same) {
        return indicator.info().name + " output " + indicator.info().outputs[k] + " bar " +
               std::to_string(i) + ": batch " + std::to_string(b) + " stream " + std::to_string(s);
      }
    }
  }
  return "";
}

TEST(StreamingEqualsBatch, EveryIndicatorWithDefaultsOnALongSeries) {
  const IndicatorRegistry registry = IndicatorRegistry::with_builtins();
  const RandomBars bars = random_bars(42, 2000);
  for (const IndicatorInfo* info : registry.list()) {
    auto indicator = registry.create(info->name);
    ASSERT_TRUE(indicator.ok()) << info->name;
    EXPECT_EQ(first_mismatch(**indicator, bars), "");
  }
}

RC_GTEST_PROP(StreamingEqualsBatch, EveryIndicatorOnRandomSeriesAndPeriods, ()) {
  static const IndicatorRegistry registry = IndicatorRegistry::with_builtins();
  const auto seed = *rc::gen::arbitrary<uint64_t>();
  const auto n = *rc::gen::inRange<std::size_t>(0, 300);
  const RandomBars bars = random_bars(seed, n);
  for (const IndicatorInfo* info : registry.list()) {
    // Integer parameters drawn from a small range within their limits, others at default.
    std::vector<double> params;
    for (const ParamSpec& spec : info->params) {
      if (spec.integer) {
        const double hi = std::min(spec.max, spec.min + 40);
        params.push_back(static_cast<double>(
            *rc::gen::inRange<int>(static_cast<int>(spec.min), static_cast<int>(hi) + 1)));
      } else {
        params.push_back(spec.default_value);
      }
    }
    auto indicator = registry.create(info->name, params);
    if (!indicator.ok()) continue;  // a combination the indicator refuses (e.g. fast >= slow)
    const std::string mismatch = first_mismatch(**indicator, bars);
    RC_ASSERT(mismatch == "");
  }
}

}  // namespace
}  // namespace qtb::ind
