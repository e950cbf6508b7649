#include "indicators/moving_average.h"

#include <fmt/format.h>

#include <cassert>

#include "indicators/ema.h"
#include "indicators/sma.h"

namespace qtb::ind {
namespace {

template <typename S>
class StreamOf final : public MovingAverageStream {
 public:
  explicit StreamOf(int period) : stream_(period) {}
  double update(double value) override { return stream_.update(value); }

 private:
  S stream_;
};

bool is_supported(MaType type) { return type == MaType::kSma || type == MaType::kEma; }

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
    case MaType::kSma: return "SMA";
    case MaType::kEma: return "EMA";
    case MaType::kWma: return "WMA";
    case MaType::kDema: return "DEMA";
    case MaType::kTema: return "TEMA";
    case MaType::kTrima: return "TRIMA";
    case MaType::kKama: return "KAMA";
    case MaType::kMama: return "MAMA";
    case MaType::kT3: return "T3";
  }
  return "?";
}

int moving_average_lookback(MaType type, int period) {
  switch (type) {
    case MaType::kSma:
    case MaType::kEma: return period - 1;
    default: assert(false && "unsupported moving average"); return 0;
  }
}

void moving_average(MaType type, std::span<const double> in, int period, std::span<double> out) {
  switch (type) {
    case MaType::kSma: sma(in, period, out); return;
    case MaType::kEma: ema(in, period, out); return;
    default: assert(false && "unsupported moving average");
  }
}

std::unique_ptr<MovingAverageStream> make_moving_average_stream(MaType type, int period) {
  switch (type) {
    case MaType::kSma: return std::make_unique<StreamOf<SmaStream>>(period);
    case MaType::kEma: return std::make_unique<StreamOf<EmaStream>>(period);
    default: assert(false && "unsupported moving average"); return nullptr;
  }
}

}  // namespace qtb::ind
