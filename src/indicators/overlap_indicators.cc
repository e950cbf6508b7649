// Registration of the overlap studies (moving averages, bands, SAR, midpoints).
#include "indicators/ema.h"
#include "indicators/indicator_adapter.h"
#include "indicators/registry.h"
#include "indicators/sma.h"

namespace qtb::ind {
namespace {

struct SmaImpl {
  static IndicatorInfo info() {
    return {"sma", "SMA", "overlap", "simple moving average", kClose,
            {{"period", 30, 2, 100000, true, "bars in the window"}}, {"sma"}, {}};
  }
  explicit SmaImpl(std::span<const double> params) : period(static_cast<int>(params[0])) {}
  int lookback() const { return period - 1; }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    sma(bars.close, period, outputs[0]);
  }
  struct Stream {
    explicit Stream(const SmaImpl& impl) : sma(impl.period) {}
    void update(const BarPoint& bar, std::span<double> outputs) { outputs[0] = sma.update(bar.close); }
    SmaStream sma;
  };
  int period;
};

struct EmaImpl {
  static IndicatorInfo info() {
    return {"ema", "EMA", "overlap", "exponential moving average (SMA-seeded, k = 2/(period+1))",
            kClose, {{"period", 30, 2, 100000, true, "bars in the window"}}, {"ema"}, {}};
  }
  explicit EmaImpl(std::span<const double> params) : period(static_cast<int>(params[0])) {}
  int lookback() const { return period - 1; }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const {
    ema(bars.close, period, outputs[0]);
  }
  struct Stream {
    explicit Stream(const EmaImpl& impl) : ema(impl.period) {}
    void update(const BarPoint& bar, std::span<double> outputs) { outputs[0] = ema.update(bar.close); }
    EmaStream ema;
  };
  int period;
};

}  // namespace

void register_overlap_indicators(IndicatorRegistry& registry) {
  registry.add(SmaImpl::info(), factory_for<SmaImpl>());
  registry.add(EmaImpl::info(), factory_for<EmaImpl>());
}

}  // namespace qtb::ind
