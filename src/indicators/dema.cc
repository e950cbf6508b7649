#include "indicators/dema.h"

#include <cmath>

#include "indicators/indicator.h"

namespace qtb::ind {

// The second EMA starts on the first EMA's first value, as TA-Lib ta_DEMA.c runs its EMA over
// the first EMA's output array.
double DemaStream::update(double value) {
  const double e1 = ema1_.update(value);
  if (std::isnan(e1)) return kNaN;
  const double e2 = ema2_.update(e1);
  if (std::isnan(e2)) return kNaN;
  return 2.0 * e1 - e2;
}

void dema(std::span<const double> in, int period, std::span<double> out) {
  DemaStream stream(period);
  for (std::size_t i = 0; i < in.size(); ++i) out[i] = stream.update(in[i]);
}

}  // namespace qtb::ind
