// Registration of the momentum indicators: oscillators and rates of change. Defaults, ranges
// and output order are TA-Lib's (tests/fixtures/talib/params.json); each indicator's formula
// and conventions are in its header and in docs/indicators.md.
#include <cmath>

#include "indicators/aroon.h"
#include "indicators/bop.h"
#include "indicators/cci.h"
#include "indicators/cmo.h"
#include "indicators/indicator_adapter.h"
#include "indicators/macd.h"
#include "indicators/mfi.h"
#include "indicators/mom.h"
#include "indicators/price_oscillator.h"
#include "indicators/registry.h"
#include "indicators/roc.h"
#include "indicators/rsi.h"
#include "indicators/stoch.h"
#include "indicators/stochf.h"
#include "indicators/stochrsi.h"
#include "indicators/ta_ma.h"
#include "indicators/trix.h"
#include "indicators/ultosc.h"
#include "indicators/willr.h"

namespace qtb::ind {
namespace {

constexpr double kMaxPeriod = 100000;

ParamSpec period_param(std::string name, double default_value, double min,
                       std::string help = "bars in the window") {
  return {std::move(name), default_value, min, kMaxPeriod, true, std::move(help)};
}

// MA-type parameters stop at the last type qtb implements without a gap (see ta_ma.h).
ParamSpec ma_type_param(std::string name) {
  return {std::move(name),
          0,
          0,
          static_cast<double>(max_supported_ma_type()),
          true,
          "moving average type: 0=SMA 1=EMA 2=WMA 3=DEMA 4=TEMA 5=TRIMA 6=KAMA 7=MAMA 8=T3"};
}

int as_int(double value) { return static_cast<int>(value); }
// REQUIRES: the registry checked the range, which admits only implemented types.
MaType as_ma(double value) { return ma_type_from_param(value).value(); }

// A single-period, single-input indicator on close: RSI, CMO, MOM, ROC, ROCP, TRIX.
template <typename Traits>
struct ClosePeriodImpl {
  static IndicatorInfo info() {
    return {Traits::kName,   Traits::kTalib,
            "momentum",      Traits::kDescription,
            kClose,          {period_param("period", Traits::kDefault, Traits::kMin)},
            {Traits::kName}, {}};
  }
  explicit ClosePeriodImpl(std::span<const double> params) : period(as_int(params[0])) {}
  int lookback() const { return Traits::lookback(period); }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    Traits::batch(bars.close, period, outputs[0]);
  }
  struct Stream {
    explicit Stream(const ClosePeriodImpl& impl) : stream(Traits::stream(impl.period)) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      outputs[0] = stream.update(bar.close);
    }
    decltype(Traits::stream(2)) stream;
  };
  int period;
};

struct RsiTraits {
  static constexpr const char* kName = "rsi";
  static constexpr const char* kTalib = "RSI";
  static constexpr const char* kDescription = "relative strength index (Wilder smoothing)";
  static constexpr double kDefault = 14;
  static constexpr double kMin = 2;
  static int lookback(int period) { return period; }
  static void batch(std::span<const double> in, int p, std::span<double> out) { rsi(in, p, out); }
  static RsiStream stream(int p) { return RsiStream(p); }
};

struct CmoTraits {
  static constexpr const char* kName = "cmo";
  static constexpr const char* kTalib = "CMO";
  static constexpr const char* kDescription = "Chande momentum oscillator (Wilder smoothing)";
  static constexpr double kDefault = 14;
  static constexpr double kMin = 2;
  static int lookback(int period) { return period; }
  static void batch(std::span<const double> in, int p, std::span<double> out) { cmo(in, p, out); }
  static CmoStream stream(int p) { return CmoStream(p); }
};

struct MomTraits {
  static constexpr const char* kName = "mom";
  static constexpr const char* kTalib = "MOM";
  static constexpr const char* kDescription = "momentum: close - close[period bars ago]";
  static constexpr double kDefault = 10;
  static constexpr double kMin = 1;
  static int lookback(int period) { return period; }
  static void batch(std::span<const double> in, int p, std::span<double> out) { mom(in, p, out); }
  static MomStream stream(int p) { return MomStream(p); }
};

struct RocTraits {
  static constexpr const char* kName = "roc";
  static constexpr const char* kTalib = "ROC";
  static constexpr const char* kDescription = "rate of change: (close / prev - 1) * 100";
  static constexpr double kDefault = 10;
  static constexpr double kMin = 1;
  static int lookback(int period) { return period; }
  static void batch(std::span<const double> in, int p, std::span<double> out) { roc(in, p, out); }
  static RocStream stream(int p) { return RocStream(RocForm::kPercent, p); }
};

struct RocpTraits {
  static constexpr const char* kName = "rocp";
  static constexpr const char* kTalib = "ROCP";
  static constexpr const char* kDescription = "rate of change: (close - prev) / prev";
  static constexpr double kDefault = 10;
  static constexpr double kMin = 1;
  static int lookback(int period) { return period; }
  static void batch(std::span<const double> in, int p, std::span<double> out) { rocp(in, p, out); }
  static RocStream stream(int p) { return RocStream(RocForm::kFraction, p); }
};

struct TrixTraits {
  static constexpr const char* kName = "trix";
  static constexpr const char* kTalib = "TRIX";
  static constexpr const char* kDescription = "1-bar percent change of a triple EMA";
  static constexpr double kDefault = 30;
  static constexpr double kMin = 1;
  static int lookback(int period) { return trix_lookback(period); }
  static void batch(std::span<const double> in, int p, std::span<double> out) { trix(in, p, out); }
  static TrixStream stream(int p) { return TrixStream(p); }
};

// A single-period indicator on high, low, close: CCI, WILLR.
template <typename Traits>
struct HlcPeriodImpl {
  static IndicatorInfo info() {
    return {Traits::kName,
            Traits::kTalib,
            "momentum",
            Traits::kDescription,
            kHigh | kLow | kClose,
            {period_param("period", Traits::kDefault, 2)},
            {Traits::kName},
            {}};
  }
  explicit HlcPeriodImpl(std::span<const double> params) : period(as_int(params[0])) {}
  int lookback() const { return period - 1; }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    Traits::batch(bars.high, bars.low, bars.close, period, outputs[0]);
  }
  struct Stream {
    explicit Stream(const HlcPeriodImpl& impl) : stream(impl.period) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      outputs[0] = stream.update(bar.high, bar.low, bar.close);
    }
    typename Traits::StreamType stream;
  };
  int period;
};

struct CciTraits {
  static constexpr const char* kName = "cci";
  static constexpr const char* kTalib = "CCI";
  static constexpr const char* kDescription = "commodity channel index";
  static constexpr double kDefault = 14;
  using StreamType = CciStream;
  static void batch(std::span<const double> h, std::span<const double> l, std::span<const double> c,
                    int p, std::span<double> out) {
    cci(h, l, c, p, out);
  }
};

struct WillrTraits {
  static constexpr const char* kName = "willr";
  static constexpr const char* kTalib = "WILLR";
  static constexpr const char* kDescription = "Williams' %R";
  static constexpr double kDefault = 14;
  using StreamType = WillrStream;
  static void batch(std::span<const double> h, std::span<const double> l, std::span<const double> c,
                    int p, std::span<double> out) {
    willr(h, l, c, p, out);
  }
};

struct StochImpl {
  static IndicatorInfo info() {
    return {"stoch",
            "STOCH",
            "momentum",
            "slow stochastic oscillator",
            kHigh | kLow | kClose,
            {period_param("fastk_period", 5, 1, "bars in the %K window"),
             period_param("slowk_period", 3, 1, "bars in the slow %K average"),
             ma_type_param("slowk_matype"),
             period_param("slowd_period", 3, 1, "bars in the %D average"),
             ma_type_param("slowd_matype")},
            {"stoch_slowk", "stoch_slowd"},
            {"slowk", "slowd"}};
  }
  explicit StochImpl(std::span<const double> params)
      : p{as_int(params[0]), as_int(params[1]), as_ma(params[2]), as_int(params[3]),
          as_ma(params[4])} {}
  int lookback() const { return stoch_lookback(p); }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    stoch(bars.high, bars.low, bars.close, p, outputs[0], outputs[1]);
  }
  struct Stream {
    explicit Stream(const StochImpl& impl) : stream(impl.p) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      const StochasticLines lines = stream.update(bar.high, bar.low, bar.close);
      outputs[0] = lines.k;
      outputs[1] = lines.d;
    }
    StochStream stream;
  };
  StochParams p;
};

struct StochfImpl {
  static IndicatorInfo info() {
    return {"stochf",
            "STOCHF",
            "momentum",
            "fast stochastic oscillator",
            kHigh | kLow | kClose,
            {period_param("fastk_period", 5, 1, "bars in the %K window"),
             period_param("fastd_period", 3, 1, "bars in the %D average"),
             ma_type_param("fastd_matype")},
            {"stochf_fastk", "stochf_fastd"},
            {"fastk", "fastd"}};
  }
  explicit StochfImpl(std::span<const double> params)
      : fastk(as_int(params[0])), fastd(as_int(params[1])), type(as_ma(params[2])) {}
  int lookback() const { return stochf_lookback(fastk, fastd, type); }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    stochf(bars.high, bars.low, bars.close, fastk, fastd, type, outputs[0], outputs[1]);
  }
  struct Stream {
    explicit Stream(const StochfImpl& impl) : stream(impl.fastk, impl.fastd, impl.type) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      const StochasticLines lines = stream.update(bar.high, bar.low, bar.close);
      outputs[0] = lines.k;
      outputs[1] = lines.d;
    }
    StochfStream stream;
  };
  int fastk;
  int fastd;
  MaType type;
};

struct StochRsiImpl {
  static IndicatorInfo info() {
    return {"stochrsi",
            "STOCHRSI",
            "momentum",
            "fast stochastic of RSI",
            kClose,
            {period_param("period", 14, 2, "bars in the RSI"),
             period_param("fastk_period", 5, 1, "RSI values in the %K window"),
             period_param("fastd_period", 3, 1, "bars in the %D average"),
             ma_type_param("fastd_matype")},
            {"stochrsi_fastk", "stochrsi_fastd"},
            {"fastk", "fastd"}};
  }
  explicit StochRsiImpl(std::span<const double> params)
      : period(as_int(params[0])),
        fastk(as_int(params[1])),
        fastd(as_int(params[2])),
        type(as_ma(params[3])) {}
  int lookback() const { return stochrsi_lookback(period, fastk, fastd, type); }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    stochrsi(bars.close, period, fastk, fastd, type, outputs[0], outputs[1]);
  }
  struct Stream {
    explicit Stream(const StochRsiImpl& impl)
        : stream(impl.period, impl.fastk, impl.fastd, impl.type) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      const StochasticLines lines = stream.update(bar.close);
      outputs[0] = lines.k;
      outputs[1] = lines.d;
    }
    StochRsiStream stream;
  };
  int period;
  int fastk;
  int fastd;
  MaType type;
};

// MACD (EMA lines) and MACDEXT (MA-typed lines) share the implementation.
struct MacdOutputs {
  static void write(const MacdLines& lines, std::span<double> outputs) {
    outputs[0] = lines.macd;
    outputs[1] = lines.signal;
    outputs[2] = lines.hist;
  }
};

struct MacdImpl {
  static IndicatorInfo info() {
    return {"macd",
            "MACD",
            "momentum",
            "moving average convergence/divergence (EMA)",
            kClose,
            {period_param("fast", 12, 2, "bars in the fast EMA"),
             period_param("slow", 26, 2, "bars in the slow EMA"),
             period_param("signal", 9, 1, "bars in the signal EMA")},
            {"macd", "macd_signal", "macd_hist"},
            {"macd", "macdsignal", "macdhist"}};
  }
  explicit MacdImpl(std::span<const double> params)
      : p(macd_params(as_int(params[0]), as_int(params[1]), as_int(params[2]))) {}
  int lookback() const { return macd_lookback(p); }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    macd(bars.close, p, outputs[0], outputs[1], outputs[2]);
  }
  struct Stream {
    explicit Stream(const MacdImpl& impl) : stream(impl.p) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      MacdOutputs::write(stream.update(bar.close), outputs);
    }
    MacdStream stream;
  };
  MacdParams p;
};

struct MacdExtImpl {
  static IndicatorInfo info() {
    return {"macdext",
            "MACDEXT",
            "momentum",
            "MACD with a moving average type per line",
            kClose,
            {period_param("fast", 12, 2, "bars in the fast MA"), ma_type_param("fast_matype"),
             period_param("slow", 26, 2, "bars in the slow MA"), ma_type_param("slow_matype"),
             period_param("signal", 9, 1, "bars in the signal MA"), ma_type_param("signal_matype")},
            {"macdext", "macdext_signal", "macdext_hist"},
            {"macd", "macdsignal", "macdhist"}};
  }
  explicit MacdExtImpl(std::span<const double> params)
      : p{as_int(params[0]), as_ma(params[1]),  as_int(params[2]),
          as_ma(params[3]),  as_int(params[4]), as_ma(params[5])} {}
  int lookback() const { return macd_lookback(p); }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    macd(bars.close, p, outputs[0], outputs[1], outputs[2]);
  }
  struct Stream {
    explicit Stream(const MacdExtImpl& impl) : stream(impl.p) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      MacdOutputs::write(stream.update(bar.close), outputs);
    }
    MacdStream stream;
  };
  MacdParams p;
};

// APO and PPO.
template <PriceOscillatorStream::Form kForm>
struct PriceOscillatorImpl {
  static constexpr bool kAbsolute = kForm == PriceOscillatorStream::Form::kAbsolute;
  static IndicatorInfo info() {
    return {kAbsolute ? "apo" : "ppo",
            kAbsolute ? "APO" : "PPO",
            "momentum",
            kAbsolute ? "absolute price oscillator: MA(fast) - MA(slow)"
                      : "percentage price oscillator: 100 * (MA(fast) - MA(slow)) / MA(slow)",
            kClose,
            {period_param("fast", 12, 2, "bars in the fast MA"),
             period_param("slow", 26, 2, "bars in the slow MA"), ma_type_param("matype")},
            {kAbsolute ? "apo" : "ppo"},
            {}};
  }
  explicit PriceOscillatorImpl(std::span<const double> params)
      : fast(as_int(params[0])), slow(as_int(params[1])), type(as_ma(params[2])) {}
  int lookback() const { return price_oscillator_lookback(fast, slow, type); }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    if (kAbsolute) {
      apo(bars.close, fast, slow, type, outputs[0]);
    } else {
      ppo(bars.close, fast, slow, type, outputs[0]);
    }
  }
  struct Stream {
    explicit Stream(const PriceOscillatorImpl& impl)
        : stream(kForm, impl.fast, impl.slow, impl.type) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      outputs[0] = stream.update(bar.close);
    }
    PriceOscillatorStream stream;
  };
  int fast;
  int slow;
  MaType type;
};

struct UltoscImpl {
  static IndicatorInfo info() {
    return {"ultosc",
            "ULTOSC",
            "momentum",
            "Williams' ultimate oscillator",
            kHigh | kLow | kClose,
            {period_param("period1", 7, 1, "bars in the first (weight 4 if shortest) window"),
             period_param("period2", 14, 1, "bars in the second window"),
             period_param("period3", 28, 1, "bars in the third window")},
            {"ultosc"},
            {}};
  }
  explicit UltoscImpl(std::span<const double> params)
      : p1(as_int(params[0])), p2(as_int(params[1])), p3(as_int(params[2])) {}
  int lookback() const { return ultosc_lookback(p1, p2, p3); }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    ultosc(bars.high, bars.low, bars.close, p1, p2, p3, outputs[0]);
  }
  struct Stream {
    explicit Stream(const UltoscImpl& impl) : stream(impl.p1, impl.p2, impl.p3) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      outputs[0] = stream.update(bar.high, bar.low, bar.close);
    }
    UltoscStream stream;
  };
  int p1;
  int p2;
  int p3;
};

struct BopImpl {
  static IndicatorInfo info() {
    return {"bop",
            "BOP",
            "momentum",
            "balance of power: (close - open) / (high - low)",
            kOpen | kHigh | kLow | kClose,
            {},
            {"bop"},
            {}};
  }
  explicit BopImpl(std::span<const double> /*params*/) {}
  int lookback() const { return 0; }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    bop(bars.open, bars.high, bars.low, bars.close, outputs[0]);
  }
  struct Stream {
    explicit Stream(const BopImpl& /*impl*/) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      outputs[0] = bop_of(bar.open, bar.high, bar.low, bar.close);
    }
  };
};

struct AroonImpl {
  static IndicatorInfo info() {
    return {"aroon",
            "AROON",
            "momentum",
            "Aroon down and up",
            kHigh | kLow,
            {period_param("period", 14, 2)},
            {"aroon_down", "aroon_up"},
            {"aroondown", "aroonup"}};
  }
  explicit AroonImpl(std::span<const double> params) : period(as_int(params[0])) {}
  int lookback() const { return period; }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    aroon(bars.high, bars.low, period, outputs[0], outputs[1]);
  }
  struct Stream {
    explicit Stream(const AroonImpl& impl) : stream(impl.period) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      const AroonLines lines = stream.update(bar.high, bar.low);
      outputs[0] = lines.down;
      outputs[1] = lines.up;
    }
    AroonStream stream;
  };
  int period;
};

struct AroonOscImpl {
  static IndicatorInfo info() {
    return {"aroonosc",   "AROONOSC",
            "momentum",   "Aroon oscillator: up - down",
            kHigh | kLow, {period_param("period", 14, 2)},
            {"aroonosc"}, {}};
  }
  explicit AroonOscImpl(std::span<const double> params) : period(as_int(params[0])) {}
  int lookback() const { return period; }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    aroonosc(bars.high, bars.low, period, outputs[0]);
  }
  struct Stream {
    explicit Stream(const AroonOscImpl& impl) : stream(impl.period) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      outputs[0] = stream.update_oscillator(bar.high, bar.low);
    }
    AroonStream stream;
  };
  int period;
};

struct MfiImpl {
  static IndicatorInfo info() {
    return {"mfi",
            "MFI",
            "momentum",
            "money flow index",
            kHigh | kLow | kClose | kVolume,
            {period_param("period", 14, 2)},
            {"mfi"},
            {}};
  }
  explicit MfiImpl(std::span<const double> params) : period(as_int(params[0])) {}
  int lookback() const { return period; }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    mfi(bars.high, bars.low, bars.close, bars.volume, period, outputs[0]);
  }
  struct Stream {
    explicit Stream(const MfiImpl& impl) : stream(impl.period) {}
    void update(const BarPoint& bar, std::span<double> outputs) {
      outputs[0] = stream.update(bar.high, bar.low, bar.close, bar.volume);
    }
    MfiStream stream;
  };
  int period;
};

template <typename Impl>
void add(IndicatorRegistry& registry) {
  registry.add(Impl::info(), factory_for<Impl>());
}

}  // namespace

void register_momentum_indicators(IndicatorRegistry& registry) {
  add<ClosePeriodImpl<RsiTraits>>(registry);
  add<ClosePeriodImpl<CmoTraits>>(registry);
  add<ClosePeriodImpl<MomTraits>>(registry);
  add<ClosePeriodImpl<RocTraits>>(registry);
  add<ClosePeriodImpl<RocpTraits>>(registry);
  add<ClosePeriodImpl<TrixTraits>>(registry);
  add<HlcPeriodImpl<CciTraits>>(registry);
  add<HlcPeriodImpl<WillrTraits>>(registry);
  add<StochImpl>(registry);
  add<StochfImpl>(registry);
  add<StochRsiImpl>(registry);
  add<MacdImpl>(registry);
  add<MacdExtImpl>(registry);
  add<PriceOscillatorImpl<PriceOscillatorStream::Form::kAbsolute>>(registry);
  add<PriceOscillatorImpl<PriceOscillatorStream::Form::kPercentage>>(registry);
  add<UltoscImpl>(registry);
  add<BopImpl>(registry);
  add<AroonImpl>(registry);
  add<AroonOscImpl>(registry);
  add<MfiImpl>(registry);
}

}  // namespace qtb::ind
