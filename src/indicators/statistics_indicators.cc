// Registration of the statistics indicators: the linear-regression family (LINEARREG,
// LINEARREG_SLOPE, LINEARREG_ANGLE, LINEARREG_INTERCEPT, TSF), CORREL and BETA.
#include <string>

#include "indicators/beta.h"
#include "indicators/correl.h"
#include "indicators/indicator_adapter.h"
#include "indicators/linear_regression.h"
#include "indicators/registry.h"

namespace qtb::ind {
namespace {

struct RegressionName {
  const char* name;
  const char* talib_name;
  const char* description;
};

constexpr RegressionName regression_name(RegressionOutput output) {
  switch (output) {
    case RegressionOutput::kValue:
      return {"linearreg", "LINEARREG", "least-squares line's value at the newest bar"};
    case RegressionOutput::kSlope:
      return {"linearreg_slope", "LINEARREG_SLOPE", "least-squares line's slope per bar"};
    case RegressionOutput::kAngle:
      return {"linearreg_angle", "LINEARREG_ANGLE", "least-squares line's slope in degrees"};
    case RegressionOutput::kIntercept:
      return {"linearreg_intercept", "LINEARREG_INTERCEPT",
              "least-squares line's value at the oldest bar of the window"};
    case RegressionOutput::kForecast:
      return {"tsf", "TSF", "time series forecast: the least-squares line one bar ahead"};
  }
  return {"", "", ""};
}

template <RegressionOutput kOutput>
struct LinearRegressionImpl {
  static IndicatorInfo info() {
    constexpr RegressionName names = regression_name(kOutput);
    return {names.name,   names.talib_name,
            "statistics", names.description,
            kClose,       {{"period", 14, 2, 100000, true, "bars in the window"}},
            {names.name}, {}};
  }
  explicit LinearRegressionImpl(std::span<const double> params)
      : period(static_cast<int>(params[0])) {}
  int lookback() const { return period - 1; }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    linear_regression(bars.close, period, kOutput, outputs[0]);
  }
  struct Stream {
    explicit Stream(const LinearRegressionImpl& impl) : stream(impl.period, kOutput) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      outputs[0] = stream.update(bar.close);
    }
    LinearRegressionStream stream;
  };
  int period;
};

// CORREL and BETA read two series: the bar's high (first) and low (second), TA-Lib's
// reference convention (tests/fixtures/talib/params.json).
struct CorrelImpl {
  static IndicatorInfo info() {
    return {"correl",     "CORREL",
            "statistics", "Pearson correlation of high (first series) and low (second series)",
            kHigh | kLow, {{"period", 30, 1, 100000, true, "bars in the window"}},
            {"correl"},   {}};
  }
  explicit CorrelImpl(std::span<const double> params) : period(static_cast<int>(params[0])) {}
  int lookback() const { return period - 1; }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    correl(bars.high, bars.low, period, outputs[0]);
  }
  struct Stream {
    explicit Stream(const CorrelImpl& impl) : stream(impl.period) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      outputs[0] = stream.update(bar.high, bar.low);
    }
    CorrelStream stream;
  };
  int period;
};

struct BetaImpl {
  static IndicatorInfo info() {
    return {
        "beta",       "BETA",
        "statistics", "regression slope of low's returns (second series) on high's returns (first)",
        kHigh | kLow, {{"period", 5, 1, 100000, true, "returns in the window"}},
        {"beta"},     {}};
  }
  explicit BetaImpl(std::span<const double> params) : period(static_cast<int>(params[0])) {}
  int lookback() const { return period; }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    beta(bars.high, bars.low, period, outputs[0]);
  }
  struct Stream {
    explicit Stream(const BetaImpl& impl) : stream(impl.period) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      outputs[0] = stream.update(bar.high, bar.low);
    }
    BetaStream stream;
  };
  int period;
};

template <typename Impl>
void add(IndicatorRegistry& registry) {
  registry.add(Impl::info(), factory_for<Impl>());
}

}  // namespace

void register_statistics_indicators(IndicatorRegistry& registry) {
  add<LinearRegressionImpl<RegressionOutput::kValue>>(registry);
  add<LinearRegressionImpl<RegressionOutput::kSlope>>(registry);
  add<LinearRegressionImpl<RegressionOutput::kAngle>>(registry);
  add<LinearRegressionImpl<RegressionOutput::kIntercept>>(registry);
  add<LinearRegressionImpl<RegressionOutput::kForecast>>(registry);
  add<CorrelImpl>(registry);
  add<BetaImpl>(registry);
}

}  // namespace qtb::ind
