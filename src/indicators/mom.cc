#include "indicators/mom.h"

#include "indicators/indicator.h"

namespace qtb::ind {

void mom(std::span<const double> in, int period, std::span<double> out) {
  const auto p = static_cast<std::size_t>(period);
  for (std::size_t i = 0; i < in.size(); ++i) out[i] = i < p ? kNaN : in[i] - in[i - p];
}

MomStream::MomStream(int period) : window_(static_cast<std::size_t>(period) + 1) {}

double MomStream::update(double value) {
  window_.push(value);
  if (!window_.full()) return kNaN;
  return value - window_.at_lag(window_.capacity() - 1);
}

}  // namespace qtb::ind
