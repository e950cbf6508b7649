// The indicator framework: every indicator exists as a batch function (span in, span out) and
// a streaming class (O(1) per bar) that give the same numbers, plus a type-erased `Indicator`
// the registry hands to the CLI, the feature pipeline and strategies that pick indicators by
// name. Analytics use double (STYLE.md); prices enter as Price::to_double().
//
// Conventions (docs/indicators.md): outputs have the input's length; positions inside the
// lookback hold NaN (TA-Lib returns no value there); after the lookback the numbers are
// TA-Lib 0.6.4's with its default settings (unstable period 0). Batch functions REQUIRE output
// spans as long as the input. Streams are single-threaded values; indicators are immutable and
// thread-safe to share.
#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace qtb::ind {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The input columns of a bar series. Unused columns may be empty.
struct BarColumns {
  std::span<const double> open;
  std::span<const double> high;
  std::span<const double> low;
  std::span<const double> close;
  std::span<const double> volume;
  std::size_t size() const { return close.size(); }
};

// One bar for a stream.
struct BarPoint {
  double open = 0;
  double high = 0;
  double low = 0;
  double close = 0;
  double volume = 0;
};

// Which columns an indicator reads (bit mask).
enum InputColumn : uint8_t {
  kOpen = 1,
  kHigh = 2,
  kLow = 4,
  kClose = 8,
  kVolume = 16,
};

struct ParamSpec {
  std::string name;  // "period", "fast", "nbdev_up"
  double default_value = 0;
  double min = 0;
  double max = 0;
  bool integer = true;
  std::string help;
};

struct IndicatorInfo {
  std::string name;        // CLI name, lower-case: "sma", "macd", "linearreg_slope"
  std::string talib_name;  // TA-Lib function name ("SMA"), empty when TA-Lib has none
  std::string group;       // "overlap", "momentum", "volatility", "volume", "statistics"
  std::string description;
  uint8_t inputs = kClose;  // InputColumn bits
  std::vector<ParamSpec> params;
  // Output column names: {"sma"}; {"macd", "macd_signal", "macd_hist"}.
  std::vector<std::string> outputs;
  // TA-Lib's output names in the same order ("macd", "macdsignal", "macdhist"), for the
  // reference columns "MACD.macdsignal"; empty for a single-output function.
  std::vector<std::string> talib_outputs;
};

// A streaming instance: one bar in, one value per output out (NaN until ready).
class IndicatorStream {
 public:
  virtual ~IndicatorStream() = default;
  // REQUIRES: outputs.size() == number of outputs.
  virtual void update(const BarPoint& bar, std::span<double> outputs) = 0;
};

// An indicator with its parameters bound.
class Indicator {
 public:
  virtual ~Indicator() = default;
  virtual const IndicatorInfo& info() const = 0;
  // Leading bars without output (TA-Lib's lookback for these parameters).
  virtual int lookback() const = 0;
  // Batch over a whole series. REQUIRES: one output span per output, each of bars.size().
  virtual void compute(const BarColumns& bars,
                       std::span<const std::span<double>> outputs) const = 0;
  // A fresh stream that will produce, bar by bar, what compute() produces.
  virtual std::unique_ptr<IndicatorStream> stream() const = 0;
  // The bound parameter values, in info().params order.
  virtual std::span<const double> params() const = 0;
};

}  // namespace qtb::ind
