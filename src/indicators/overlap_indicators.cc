// Registration of the overlap studies (moving averages, bands, SAR, midpoints) and the
// rolling statistics that share their machinery (STDDEV, VAR, VWAP, z-score).
// Parameter defaults and ranges are TA-Lib 0.6.4's (ta_func/ta_<NAME>.c, params.json).
#include <limits>
#include <memory>

#include "indicators/bbands.h"
#include "indicators/dema.h"
#include "indicators/ema.h"
#include "indicators/indicator_adapter.h"
#include "indicators/kama.h"
#include "indicators/midpoint.h"
#include "indicators/midprice.h"
#include "indicators/moving_average.h"
#include "indicators/registry.h"
#include "indicators/sar.h"
#include "indicators/sma.h"
#include "indicators/stddev.h"
#include "indicators/t3.h"
#include "indicators/ta_ma.h"
#include "indicators/tema.h"
#include "indicators/trima.h"
#include "indicators/variance.h"
#include "indicators/vwap.h"
#include "indicators/wma.h"
#include "indicators/zscore.h"

namespace qtb::ind {
namespace {

// TA-Lib's bounds for real parameters (TA_REAL_MIN / TA_REAL_MAX).
constexpr double kRealMax = 3e37;

ParamSpec period_param(double default_period, double min_period = 2) {
  return {"period", default_period, min_period, 100000, true, "bars in the window"};
}

int to_int(double value) { return static_cast<int>(value); }

// A moving average of close with one period parameter: Traits names it and gives its
// batch function, stream and lookback.
template <typename Traits>
struct PeriodAverageImpl {
  static IndicatorInfo info() { return Traits::info(); }
  explicit PeriodAverageImpl(std::span<const double> params) : period(to_int(params[0])) {}
  int lookback() const { return Traits::lookback(period); }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    Traits::batch(bars.close, period, outputs[0]);
  }
  struct Stream {
    explicit Stream(const PeriodAverageImpl& impl) : stream(impl.period) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      outputs[0] = stream.update(bar.close);
    }
    typename Traits::Stream stream;
  };
  int period;
};

struct SmaTraits {
  using Stream = SmaStream;
  static IndicatorInfo info() {
    return {"sma",   "SMA", "overlap", "simple moving average", kClose, {period_param(30)},
            {"sma"}, {}};
  }
  static int lookback(int period) { return period - 1; }
  static void batch(std::span<const double> in, int p, std::span<double> out) { sma(in, p, out); }
};

struct EmaTraits {
  using Stream = EmaStream;
  static IndicatorInfo info() {
    return {"ema",     "EMA",
            "overlap", "exponential moving average (SMA-seeded, k = 2/(period+1))",
            kClose,    {period_param(30)},
            {"ema"},   {}};
  }
  static int lookback(int period) { return period - 1; }
  static void batch(std::span<const double> in, int p, std::span<double> out) { ema(in, p, out); }
};

struct WmaTraits {
  using Stream = WmaStream;
  static IndicatorInfo info() {
    return {"wma",     "WMA",
            "overlap", "linearly weighted moving average (newest weighs most)",
            kClose,    {period_param(30)},
            {"wma"},   {}};
  }
  static int lookback(int period) { return period - 1; }
  static void batch(std::span<const double> in, int p, std::span<double> out) { wma(in, p, out); }
};

struct DemaTraits {
  using Stream = DemaStream;
  static IndicatorInfo info() {
    return {"dema",    "DEMA",
            "overlap", "double exponential moving average 2*EMA - EMA(EMA)",
            kClose,    {period_param(30)},
            {"dema"},  {}};
  }
  static int lookback(int period) { return 2 * (period - 1); }
  static void batch(std::span<const double> in, int p, std::span<double> out) { dema(in, p, out); }
};

struct TemaTraits {
  using Stream = TemaStream;
  static IndicatorInfo info() {
    return {"tema",    "TEMA",
            "overlap", "triple exponential moving average 3*e1 - 3*e2 + e3",
            kClose,    {period_param(30)},
            {"tema"},  {}};
  }
  static int lookback(int period) { return 3 * (period - 1); }
  static void batch(std::span<const double> in, int p, std::span<double> out) { tema(in, p, out); }
};

struct TrimaTraits {
  using Stream = TrimaStream;
  static IndicatorInfo info() {
    return {"trima",   "TRIMA",
            "overlap", "triangular moving average (SMA of an SMA)",
            kClose,    {period_param(30)},
            {"trima"}, {}};
  }
  static int lookback(int period) { return period - 1; }
  static void batch(std::span<const double> in, int p, std::span<double> out) { trima(in, p, out); }
};

struct KamaTraits {
  using Stream = KamaStream;
  static IndicatorInfo info() {
    return {"kama",    "KAMA",
            "overlap", "Kaufman adaptive moving average (fast 2, slow 30)",
            kClose,    {period_param(30)},
            {"kama"},  {}};
  }
  static int lookback(int period) { return period; }
  static void batch(std::span<const double> in, int p, std::span<double> out) { kama(in, p, out); }
};

struct MidpointTraits {
  using Stream = MidpointStream;
  static IndicatorInfo info() {
    return {"midpoint",   "MIDPOINT",
            "overlap",    "(highest + lowest close) / 2 over the period",
            kClose,       {period_param(14)},
            {"midpoint"}, {}};
  }
  static int lookback(int period) { return period - 1; }
  static void batch(std::span<const double> in, int p, std::span<double> out) {
    midpoint(in, p, out);
  }
};

struct ZscoreTraits {
  using Stream = ZscoreStream;
  static IndicatorInfo info() {
    return {"zscore",     "",
            "statistics", "(close - SMA) / population standard deviation",
            kClose,       {period_param(20)},
            {"zscore"},   {}};
  }
  static int lookback(int period) { return period - 1; }
  static void batch(std::span<const double> in, int p, std::span<double> out) {
    zscore(in, p, out);
  }
};

struct T3Impl {
  static IndicatorInfo info() {
    return {"t3",      "T3",
            "overlap", "Tillson T3: generalised DEMA applied three times",
            kClose,    {period_param(5), {"vfactor", 0.7, 0, 1, false, "volume factor a"}},
            {"t3"},    {}};
  }
  explicit T3Impl(std::span<const double> params) : period(to_int(params[0])), vfactor(params[1]) {}
  int lookback() const { return 6 * (period - 1); }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    t3(bars.close, period, vfactor, outputs[0]);
  }
  struct Stream {
    explicit Stream(const T3Impl& impl) : t3(impl.period, impl.vfactor) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      outputs[0] = t3.update(bar.close);
    }
    T3Stream t3;
  };
  int period;
  double vfactor;
};

struct StddevImpl {
  static IndicatorInfo info() {
    return {"stddev",     "STDDEV",
            "statistics", "population standard deviation times nbdev",
            kClose,       {period_param(5), {"nbdev", 1, -kRealMax, kRealMax, false, "multiplier"}},
            {"stddev"},   {}};
  }
  explicit StddevImpl(std::span<const double> params)
      : period(to_int(params[0])), nbdev(params[1]) {}
  int lookback() const { return period - 1; }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    stddev(bars.close, period, nbdev, outputs[0]);
  }
  struct Stream {
    explicit Stream(const StddevImpl& impl) : sd(impl.period, impl.nbdev) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      outputs[0] = sd.update(bar.close);
    }
    StddevStream sd;
  };
  int period;
  double nbdev;
};

// TA-Lib's VAR takes nbdev and ignores it; kept so TA-Lib parameter lists carry over.
struct VarImpl {
  static IndicatorInfo info() {
    return {"var",
            "VAR",
            "statistics",
            "population variance (nbdev is ignored, as in TA-Lib)",
            kClose,
            {period_param(5, 1), {"nbdev", 1, -kRealMax, kRealMax, false, "ignored (TA-Lib)"}},
            {"var"},
            {}};
  }
  explicit VarImpl(std::span<const double> params) : period(to_int(params[0])) {}
  int lookback() const { return period - 1; }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    variance(bars.close, period, outputs[0]);
  }
  struct Stream {
    explicit Stream(const VarImpl& impl) : var(impl.period) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      outputs[0] = var.update(bar.close) ? var.variance() : kNaN;
    }
    VarianceStream var;
  };
  int period;
};

struct BbandsImpl {
  static IndicatorInfo info() {
    return {"bbands",
            "BBANDS",
            "overlap",
            "Bollinger Bands: MA +/- nbdev * population standard deviation",
            kClose,
            {period_param(5),
             {"nbdev_up", 2, -kRealMax, kRealMax, false, "upper multiplier"},
             {"nbdev_dn", 2, -kRealMax, kRealMax, false, "lower multiplier"},
             {"ma_type", 0, 0, static_cast<double>(max_supported_ma_type()), true,
              "middle band: 0 SMA, 1 EMA, 2 WMA, 3 DEMA, 4 TEMA, 5 TRIMA, 6 KAMA"}},
            {"upper", "middle", "lower"},
            {"upperband", "middleband", "lowerband"}};
  }
  explicit BbandsImpl(std::span<const double> params)
      : p{to_int(params[0]), params[1], params[2], static_cast<MaType>(to_int(params[3]))} {}
  int lookback() const { return moving_average_lookback(p.ma_type, p.period); }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    bbands(bars.close, p, outputs[0], outputs[1], outputs[2]);
  }
  struct Stream {
    explicit Stream(const BbandsImpl& impl) : bands(impl.p) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      bands.update(bar.close, outputs[0], outputs[1], outputs[2]);
    }
    BbandsStream bands;
  };
  BbandsParams p;
};

struct SarImpl {
  static IndicatorInfo info() {
    return {"sar",
            "SAR",
            "overlap",
            "Wilder's parabolic stop and reverse",
            kHigh | kLow,
            {{"acceleration", 0.02, 0, kRealMax, false, "acceleration factor step"},
             {"maximum", 0.2, 0, kRealMax, false, "acceleration factor cap"}},
            {"sar"},
            {}};
  }
  explicit SarImpl(std::span<const double> params) : p{params[0], params[1]} {}
  int lookback() const { return 1; }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    sar(bars.high, bars.low, p, outputs[0]);
  }
  struct Stream {
    explicit Stream(const SarImpl& impl) : s(impl.p) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      outputs[0] = s.update(bar.high, bar.low);
    }
    SarStream s;
  };
  SarParams p;
};

struct MidpriceImpl {
  static IndicatorInfo info() {
    return {"midprice",   "MIDPRICE",
            "overlap",    "(highest high + lowest low) / 2 over the period",
            kHigh | kLow, {period_param(14)},
            {"midprice"}, {}};
  }
  explicit MidpriceImpl(std::span<const double> params) : period(to_int(params[0])) {}
  int lookback() const { return period - 1; }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    midprice(bars.high, bars.low, period, outputs[0]);
  }
  struct Stream {
    explicit Stream(const MidpriceImpl& impl) : mid(impl.period) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      outputs[0] = mid.update(bar.high, bar.low);
    }
    MidpriceStream mid;
  };
  int period;
};

struct VwapImpl {
  static IndicatorInfo info() {
    return {"vwap",
            "",
            "volume",
            "rolling volume-weighted average of the typical price (high+low+close)/3",
            kHigh | kLow | kClose | kVolume,
            {period_param(20, 1)},
            {"vwap"},
            {}};
  }
  explicit VwapImpl(std::span<const double> params) : period(to_int(params[0])) {}
  int lookback() const { return period - 1; }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    vwap(bars, period, outputs[0]);
  }
  struct Stream {
    explicit Stream(const VwapImpl& impl) : v(impl.period) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      outputs[0] = v.update(bar.high, bar.low, bar.close, bar.volume);
    }
    VwapStream v;
  };
  int period;
};

template <typename Impl>
void add(IndicatorRegistry& registry) {
  registry.add(Impl::info(), factory_for<Impl>());
}

}  // namespace

void register_overlap_indicators(IndicatorRegistry& registry) {
  add<PeriodAverageImpl<SmaTraits>>(registry);
  add<PeriodAverageImpl<EmaTraits>>(registry);
  add<PeriodAverageImpl<WmaTraits>>(registry);
  add<PeriodAverageImpl<DemaTraits>>(registry);
  add<PeriodAverageImpl<TemaTraits>>(registry);
  add<PeriodAverageImpl<TrimaTraits>>(registry);
  add<PeriodAverageImpl<KamaTraits>>(registry);
  add<PeriodAverageImpl<MidpointTraits>>(registry);
  add<PeriodAverageImpl<ZscoreTraits>>(registry);
  add<T3Impl>(registry);
  add<StddevImpl>(registry);
  add<VarImpl>(registry);
  add<BbandsImpl>(registry);
  add<SarImpl>(registry);
  add<MidpriceImpl>(registry);
  add<VwapImpl>(registry);
}

}  // namespace qtb::ind
