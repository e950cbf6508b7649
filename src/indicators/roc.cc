#include "indicators/roc.h"

#include "indicators/indicator.h"

namespace qtb::ind {
namespace {

double change(RocForm form, double value, double prev) {
  if (prev == 0.0) return 0.0;
  return form == RocForm::kPercent ? (value / prev - 1.0) * 100.0 : (value - prev) / prev;
}

void rate_of_change(RocForm form, std::span<const double> in, int period, std::span<double> out) {
  const auto p = static_cast<std::size_t>(period);
  for (std::size_t i = 0; i < in.size(); ++i) {
    out[i] = i < p ? kNaN : change(form, in[i], in[i - p]);
  }
}

}  // namespace

void roc(std::span<const double> in, int period, std::span<double> out) {
  rate_of_change(RocForm::kPercent, in, period, out);
}

void rocp(std::span<const double> in, int period, std::span<double> out) {
  rate_of_change(RocForm::kFraction, in, period, out);
}

RocStream::RocStream(RocForm form, int period)
    : form_(form), window_(static_cast<std::size_t>(period) + 1) {}

double RocStream::update(double value) {
  window_.push(value);
  if (!window_.full()) return kNaN;
  return change(form_, value, window_.at_lag(window_.capacity() - 1));
}

}  // namespace qtb::ind
