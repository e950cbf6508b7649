#include "indicators/ta_ma.h"

#include <algorithm>

#include "indicators/indicator.h"

namespace qtb::ind {
namespace {

class CopyStream final : public MovingAverageStream {
 public:
  double update(double value) override { return value; }
};

}  // namespace

int ta_ma_lookback(MaType type, int period) {
  return period == 1 ? 0 : moving_average_lookback(type, period);
}

void ta_ma(MaType type, std::span<const double> in, int period, std::span<double> out) {
  if (period == 1) {
    std::copy(in.begin(), in.end(), out.begin());
    return;
  }
  moving_average(type, in, period, out);
}

std::unique_ptr<MovingAverageStream> make_ta_ma_stream(MaType type, int period) {
  if (period == 1) return std::make_unique<CopyStream>();
  return make_moving_average_stream(type, period);
}

int max_supported_ma_type() {
  int k = -1;
  while (k < 8 && ma_type_from_param(k + 1).ok()) ++k;
  return k;
}

void fill_nan(std::span<double> out, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < std::min(to, out.size()); ++i) out[i] = kNaN;
}

}  // namespace qtb::ind
