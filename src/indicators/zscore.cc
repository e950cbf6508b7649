#include "indicators/zscore.h"

#include "indicators/indicator.h"

namespace qtb::ind {

double ZscoreStream::update(double value) {
  if (!variance_.update(value)) return kNaN;
  const double sd = stddev_of_variance(variance_.variance());
  return sd == 0 ? 0.0 : (value - variance_.mean()) / sd;
}

// The stream holds only running sums and its window; the batch runs it to share its rounding.
void zscore(std::span<const double> in, int period, std::span<double> out) {
  ZscoreStream stream(period);
  for (std::size_t i = 0; i < in.size(); ++i) out[i] = stream.update(in[i]);
}

}  // namespace qtb::ind
