#include "indicators/cmo.h"

#include "indicators/indicator.h"

namespace qtb::ind {
namespace {

double cmo_of(double gain, double loss) {
  const double total = gain + loss;
  return talib_is_zero(total) ? 0.0 : 100.0 * ((gain - loss) / total);
}

}  // namespace

void cmo(std::span<const double> in, int period, std::span<double> out) {
  WilderGainLoss averages(period);
  for (std::size_t i = 0; i < in.size(); ++i) {
    out[i] = averages.update(in[i]) ? cmo_of(averages.gain(), averages.loss()) : kNaN;
  }
}

double CmoStream::update(double value) {
  return averages_.update(value) ? cmo_of(averages_.gain(), averages_.loss()) : kNaN;
}

}  // namespace qtb::ind
