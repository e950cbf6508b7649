#include "indicators/moving_average.h"

#include <fmt/format.h>

#include <cassert>

#include "indicators/dema.h"
#include "indicators/ema.h"
#include "indicators/kama.h"
#include "indicators/sma.h"
#include "indicators/t3.h"
#include "indicators/tema.h"
#include "indicators/trima.h"
#include "indicators/wma.h"

namespace qtb::ind {
namespace {

// TA_MA passes T3 its default volume factor.
constexpr double kT3VolumeFactor = 0.7;

template <typename S>
class StreamOf final : public MovingAverageStream {
 public:
  explicit StreamOf(int period) : stream_(period) {}
  double update(double value) override { return stream_.update(value); }

 private:
  S stream_;
};

class T3StreamOf final : public MovingAverageStream {
 public:
  explicit T3StreamOf(int period) : stream_(period, kT3VolumeFactor) {}
  double update(double value) override { return stream_.update(value); }

 private:
  T3Stream stream_;
};

// TA_MA returns the input unchanged for a period of 1, whatever the type.
class IdentityStream final : public MovingAverageStream {
 public:
  double update(double value) override { return value; }
};

bool is_supported(MaType type) { return type != MaType::kMama; }

}  // namespace

Result<MaType> ma_type_from_param(double value) {
  const int code = static_cast<int>(value);
  if (code < 0 || code > 8 || code != value) {
    return invalid_argument(fmt::format("moving average type {} is not 0..8", value));
  }
  const auto type = static_cast<MaType>(code);
  if (!is_supported(type)) {
    return invalid_argument(
        fmt::format("moving average type {} ({}) is not supported", code, ma_type_name(type)));
  }
  return type;
}

const char* ma_type_name(MaType type) {
  switch (type) {
    case MaType::kSma:
      return "SMA";
    case MaType::kEma:
      return "EMA";
    case MaType::kWma:
      return "WMA";
    case MaType::kDema:
      return "DEMA";
    case MaType::kTema:
      return "TEMA";
    case MaType::kTrima:
      return "TRIMA";
    case MaType::kKama:
      return "KAMA";
    case MaType::kMama:
      return "MAMA";
    case MaType::kT3:
      return "T3";
  }
  return "?";
}

int moving_average_lookback(MaType type, int period) {
  if (period <= 1) return 0;
  switch (type) {
    case MaType::kSma:
    case MaType::kEma:
    case MaType::kWma:
    case MaType::kTrima:
      return period - 1;
    case MaType::kDema:
      return 2 * (period - 1);
    case MaType::kTema:
      return 3 * (period - 1);
    case MaType::kKama:
      return period;
    case MaType::kT3:
      return 6 * (period - 1);
    case MaType::kMama:
      break;
  }
  assert(false && "unsupported moving average");
  return 0;
}

void moving_average(MaType type, std::span<const double> in, int period, std::span<double> out) {
  if (period <= 1) {
    for (std::size_t i = 0; i < in.size(); ++i) out[i] = in[i];
    return;
  }
  switch (type) {
    case MaType::kSma:
      sma(in, period, out);
      return;
    case MaType::kEma:
      ema(in, period, out);
      return;
    case MaType::kWma:
      wma(in, period, out);
      return;
    case MaType::kDema:
      dema(in, period, out);
      return;
    case MaType::kTema:
      tema(in, period, out);
      return;
    case MaType::kTrima:
      trima(in, period, out);
      return;
    case MaType::kKama:
      kama(in, period, out);
      return;
    case MaType::kT3:
      t3(in, period, kT3VolumeFactor, out);
      return;
    case MaType::kMama:
      break;
  }
  assert(false && "unsupported moving average");
}

std::unique_ptr<MovingAverageStream> make_moving_average_stream(MaType type, int period) {
  if (period <= 1) return std::make_unique<IdentityStream>();
  switch (type) {
    case MaType::kSma:
      return std::make_unique<StreamOf<SmaStream>>(period);
    case MaType::kEma:
      return std::make_unique<StreamOf<EmaStream>>(period);
    case MaType::kWma:
      return std::make_unique<StreamOf<WmaStream>>(period);
    case MaType::kDema:
      return std::make_unique<StreamOf<DemaStream>>(period);
    case MaType::kTema:
      return std::make_unique<StreamOf<TemaStream>>(period);
    case MaType::kTrima:
      return std::make_unique<StreamOf<TrimaStream>>(period);
    case MaType::kKama:
      return std::make_unique<StreamOf<KamaStream>>(period);
    case MaType::kT3:
      return std::make_unique<T3StreamOf>(period);
    case MaType::kMama:
      break;
  }
  assert(false && "unsupported moving average");
  return nullptr;
}

}  // namespace qtb::ind
