#include "indicators/bop.h"

namespace qtb::ind {

void bop(std::span<const double> open, std::span<const double> high, std::span<const double> low,
         std::span<const double> close, std::span<double> out) {
  for (std::size_t i = 0; i < close.size(); ++i)
    out[i] = bop_of(open[i], high[i], low[i], close[i]);
}

}  // namespace qtb::ind
