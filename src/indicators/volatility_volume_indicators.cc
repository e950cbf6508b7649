// Registration of the volatility indicators (TRANGE, ATR, NATR, realized_vol), Wilder's
// directional movement system (PLUS_DI, MINUS_DI, DX, ADX, ADXR; TA-Lib files these under
// momentum, and so does their `group`) and the volume indicators (OBV, AD, ADOSC).
#include <string>
#include <utility>

#include "indicators/accumulation_distribution.h"
#include "indicators/atr.h"
#include "indicators/directional_movement.h"
#include "indicators/indicator_adapter.h"
#include "indicators/obv.h"
#include "indicators/realized_volatility.h"
#include "indicators/registry.h"
#include "indicators/true_range.h"

namespace qtb::ind {
namespace {

constexpr uint8_t kHlc = kHigh | kLow | kClose;
constexpr uint8_t kHlcv = kHigh | kLow | kClose | kVolume;

ParamSpec period_param(double default_value, double min) {
  return {"period", default_value, min, 100000, true, "bars in the window"};
}

using HlcBatch = void (*)(std::span<const double>, std::span<const double>, std::span<const double>,
                          int, std::span<double>);

// An indicator of high, low and close with one integer `period`. Traits provide info(),
// lookback(period), kBatch and make_stream(period).
template <typename Traits>
struct HlcPeriodImpl {
  static IndicatorInfo info() { return Traits::info(); }
  explicit HlcPeriodImpl(std::span<const double> params) : period(static_cast<int>(params[0])) {}
  int lookback() const { return Traits::lookback(period); }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    Traits::kBatch(bars.high, bars.low, bars.close, period, outputs[0]);
  }
  struct Stream {
    explicit Stream(const HlcPeriodImpl& impl) : stream(Traits::make_stream(impl.period)) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      outputs[0] = stream.update(bar.high, bar.low, bar.close);
    }
    decltype(Traits::make_stream(2)) stream;
  };
  int period;
};

IndicatorInfo hlc_info(std::string name, std::string talib_name, std::string group,
                       std::string description, ParamSpec period) {
  std::string output = name;
  return {std::move(name),
          std::move(talib_name),
          std::move(group),
          std::move(description),
          kHlc,
          {std::move(period)},
          {std::move(output)},
          {}};
}

struct AtrTraits {
  static IndicatorInfo info() {
    return hlc_info("atr", "ATR", "volatility",
                    "average true range (Wilder smoothing, seeded with the mean true range)",
                    period_param(14, 1));
  }
  static int lookback(int period) { return period; }
  static constexpr HlcBatch kBatch = &atr;
  static AtrStream make_stream(int period) { return AtrStream(period); }
};

struct NatrTraits {
  static IndicatorInfo info() {
    return hlc_info("natr", "NATR", "volatility",
                    "normalised average true range: 100 * ATR / close", period_param(14, 1));
  }
  static int lookback(int period) { return period; }
  static constexpr HlcBatch kBatch = &natr;
  static NatrStream make_stream(int period) { return NatrStream(period); }
};

struct PlusDiTraits {
  static IndicatorInfo info() {
    return hlc_info("plus_di", "PLUS_DI", "momentum", "plus directional indicator (Wilder)",
                    period_param(14, 1));
  }
  static int lookback(int period) { return period; }
  static constexpr HlcBatch kBatch = &plus_di;
  static DiStream make_stream(int period) { return DiStream(period, DiSide::kPlus); }
};

struct MinusDiTraits {
  static IndicatorInfo info() {
    return hlc_info("minus_di", "MINUS_DI", "momentum", "minus directional indicator (Wilder)",
                    period_param(14, 1));
  }
  static int lookback(int period) { return period; }
  static constexpr HlcBatch kBatch = &minus_di;
  static DiStream make_stream(int period) { return DiStream(period, DiSide::kMinus); }
};

struct DxTraits {
  static IndicatorInfo info() {
    return hlc_info("dx", "DX", "momentum", "directional movement index (Wilder)",
                    period_param(14, 2));
  }
  static int lookback(int period) { return period; }
  static constexpr HlcBatch kBatch = &dx;
  static DxStream make_stream(int period) { return DxStream(period); }
};

struct AdxTraits {
  static IndicatorInfo info() {
    return hlc_info("adx", "ADX", "momentum", "average directional movement index (Wilder)",
                    period_param(14, 2));
  }
  static int lookback(int period) { return 2 * period - 1; }
  static constexpr HlcBatch kBatch = &adx;
  static AdxStream make_stream(int period) { return AdxStream(period); }
};

struct AdxrTraits {
  static IndicatorInfo info() {
    return hlc_info("adxr", "ADXR", "momentum",
                    "average directional movement rating: (ADX + ADX period-1 bars ago) / 2",
                    period_param(14, 2));
  }
  static int lookback(int period) { return 3 * period - 2; }
  static constexpr HlcBatch kBatch = &adxr;
  static AdxrStream make_stream(int period) { return AdxrStream(period); }
};

struct TrangeImpl {
  static IndicatorInfo info() {
    return {"trange",     "TRANGE",
            "volatility", "true range: max(high, previous close) - min(low, previous close)",
            kHlc,         {},
            {"trange"},   {}};
  }
  explicit TrangeImpl(std::span<const double> /*params*/) {}
  int lookback() const { return 1; }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    trange(bars.high, bars.low, bars.close, outputs[0]);
  }
  struct Stream {
    explicit Stream(const TrangeImpl& /*impl*/) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      outputs[0] = stream.update(bar.high, bar.low, bar.close);
    }
    TrangeStream stream;
  };
};

struct ObvImpl {
  static IndicatorInfo info() {
    return {"obv", "OBV", "volume", "on-balance volume", kClose | kVolume, {}, {"obv"}, {}};
  }
  explicit ObvImpl(std::span<const double> /*params*/) {}
  int lookback() const { return 0; }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    obv(bars.close, bars.volume, outputs[0]);
  }
  struct Stream {
    explicit Stream(const ObvImpl& /*impl*/) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      outputs[0] = stream.update(bar.close, bar.volume);
    }
    ObvStream stream;
  };
};

struct AdImpl {
  static IndicatorInfo info() {
    return {"ad", "AD", "volume", "Chaikin accumulation/distribution line", kHlcv, {}, {"ad"}, {}};
  }
  explicit AdImpl(std::span<const double> /*params*/) {}
  int lookback() const { return 0; }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    ad(bars.high, bars.low, bars.close, bars.volume, outputs[0]);
  }
  struct Stream {
    explicit Stream(const AdImpl& /*impl*/) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      outputs[0] = stream.update(bar.high, bar.low, bar.close, bar.volume);
    }
    AdStream stream;
  };
};

struct AdoscImpl {
  static IndicatorInfo info() {
    return {"adosc",
            "ADOSC",
            "volume",
            "Chaikin A/D oscillator: EMA(fast) - EMA(slow) of the A/D line",
            kHlcv,
            {{"fast", 3, 2, 100000, true, "bars in the fast EMA"},
             {"slow", 10, 2, 100000, true, "bars in the slow EMA"}},
            {"adosc"},
            {}};
  }
  explicit AdoscImpl(std::span<const double> params)
      : fast(static_cast<int>(params[0])), slow(static_cast<int>(params[1])) {}
  int lookback() const { return std::max(fast, slow) - 1; }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    adosc(bars.high, bars.low, bars.close, bars.volume, fast, slow, outputs[0]);
  }
  struct Stream {
    explicit Stream(const AdoscImpl& impl) : stream(impl.fast, impl.slow) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      outputs[0] = stream.update(bar.high, bar.low, bar.close, bar.volume);
    }
    AdoscStream stream;
  };
  int fast;
  int slow;
};

struct RealizedVolImpl {
  static IndicatorInfo info() {
    return {"realized_vol",
            "",
            "volatility",
            "annualised sample standard deviation of log close-to-close returns",
            kClose,
            {{"period", 20, 2, 100000, true, "returns in the window"},
             {"periods_per_year", 252, 1e-6, 1e9, false,
              "bars per year for annualisation (252 daily, 52 weekly, 12 monthly)"}},
            {"realized_vol"},
            {}};
  }
  explicit RealizedVolImpl(std::span<const double> params)
      : period(static_cast<int>(params[0])), periods_per_year(params[1]) {}
  int lookback() const { return period; }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    realized_volatility(bars.close, period, periods_per_year, outputs[0]);
  }
  struct Stream {
    explicit Stream(const RealizedVolImpl& impl) : stream(impl.period, impl.periods_per_year) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      outputs[0] = stream.update(bar.close);
    }
    RealizedVolatilityStream stream;
  };
  int period;
  double periods_per_year;
};

template <typename Impl>
void add(IndicatorRegistry& registry) {
  registry.add(Impl::info(), factory_for<Impl>());
}

}  // namespace

void register_volatility_volume_indicators(IndicatorRegistry& registry) {
  add<TrangeImpl>(registry);
  add<HlcPeriodImpl<AtrTraits>>(registry);
  add<HlcPeriodImpl<NatrTraits>>(registry);
  add<RealizedVolImpl>(registry);
  add<HlcPeriodImpl<PlusDiTraits>>(registry);
  add<HlcPeriodImpl<MinusDiTraits>>(registry);
  add<HlcPeriodImpl<DxTraits>>(registry);
  add<HlcPeriodImpl<AdxTraits>>(registry);
  add<HlcPeriodImpl<AdxrTraits>>(registry);
  add<ObvImpl>(registry);
  add<AdImpl>(registry);
  add<AdoscImpl>(registry);
}

}  // namespace qtb::ind
