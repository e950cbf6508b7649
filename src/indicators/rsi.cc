#include "indicators/rsi.h"

#include "indicators/indicator.h"

namespace qtb::ind {
namespace {

double rsi_of(double gain, double loss) {
  const double total = gain + loss;
  return talib_is_zero(total) ? 0.0 : 100.0 * (gain / total);
}

}  // namespace

void rsi(std::span<const double> in, int period, std::span<double> out) {
  WilderGainLoss averages(period);
  for (std::size_t i = 0; i < in.size(); ++i) {
    out[i] = averages.update(in[i]) ? rsi_of(averages.gain(), averages.loss()) : kNaN;
  }
}

double RsiStream::update(double value) {
  return averages_.update(value) ? rsi_of(averages_.gain(), averages_.loss()) : kNaN;
}

}  // namespace qtb::ind
