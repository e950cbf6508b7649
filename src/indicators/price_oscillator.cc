#include "indicators/price_oscillator.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "indicators/indicator.h"
#include "indicators/rsi.h"
#include "indicators/ta_ma.h"

namespace qtb::ind {
namespace {

using Form = PriceOscillatorStream::Form;

double oscillator(Form form, double fast, double slow) {
  if (form == Form::kAbsolute) return fast - slow;
  return talib_is_zero(slow) ? 0.0 : (fast - slow) / slow * 100.0;
}

void price_oscillator(Form form, std::span<const double> in, int fast, int slow, MaType type,
                      std::span<double> out) {
  std::vector<double> fast_ma(in.size());
  ta_ma(type, in, std::min(fast, slow), fast_ma);
  ta_ma(type, in, std::max(fast, slow), out);
  const auto lookback = static_cast<std::size_t>(price_oscillator_lookback(fast, slow, type));
  for (std::size_t i = lookback; i < in.size(); ++i) out[i] = oscillator(form, fast_ma[i], out[i]);
}

}  // namespace

int price_oscillator_lookback(int fast, int slow, MaType type) {
  return ta_ma_lookback(type, std::max(fast, slow));
}

void apo(std::span<const double> in, int fast, int slow, MaType type, std::span<double> out) {
  price_oscillator(Form::kAbsolute, in, fast, slow, type, out);
}

void ppo(std::span<const double> in, int fast, int slow, MaType type, std::span<double> out) {
  price_oscillator(Form::kPercentage, in, fast, slow, type, out);
}

PriceOscillatorStream::PriceOscillatorStream(Form form, int fast, int slow, MaType type)
    : form_(form),
      fast_(make_ta_ma_stream(type, std::min(fast, slow))),
      slow_(make_ta_ma_stream(type, std::max(fast, slow))) {}

double PriceOscillatorStream::update(double value) {
  const double fast = fast_->update(value);
  const double slow = slow_->update(value);
  if (std::isnan(slow)) return kNaN;
  return oscillator(form_, fast, slow);
}

}  // namespace qtb::ind
