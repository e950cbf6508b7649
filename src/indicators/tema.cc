#include "indicators/tema.h"

#include <cmath>

#include "indicators/indicator.h"

namespace qtb::ind {

// Each EMA starts on the previous one's first value (TA-Lib ta_TEMA.c chains its EMAs over
// output arrays).
double TemaStream::update(double value) {
  const double e1 = ema1_.update(value);
  if (std::isnan(e1)) return kNaN;
  const double e2 = ema2_.update(e1);
  if (std::isnan(e2)) return kNaN;
  const double e3 = ema3_.update(e2);
  if (std::isnan(e3)) return kNaN;
  return 3.0 * e1 - 3.0 * e2 + e3;
}

void tema(std::span<const double> in, int period, std::span<double> out) {
  TemaStream stream(period);
  for (std::size_t i = 0; i < in.size(); ++i) out[i] = stream.update(in[i]);
}

}  // namespace qtb::ind
