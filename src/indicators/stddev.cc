#include "indicators/stddev.h"

#include <cmath>

#include "indicators/indicator.h"

namespace qtb::ind {

void stddev(std::span<const double> in, int period, double nbdev, std::span<double> out) {
  variance(in, period, out);
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (!std::isnan(out[i])) out[i] = stddev_of_variance(out[i]) * nbdev;
  }
}

double StddevStream::update(double value) {
  if (!variance_.update(value)) return kNaN;
  return stddev_of_variance(variance_.variance()) * nbdev_;
}

}  // namespace qtb::ind
