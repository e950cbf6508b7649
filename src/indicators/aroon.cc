#include "indicators/aroon.h"

#include "indicators/indicator.h"

namespace qtb::ind {

void aroon(std::span<const double> high, std::span<const double> low, int period,
           std::span<double> out_down, std::span<double> out_up) {
  AroonStream stream(period);
  for (std::size_t i = 0; i < high.size(); ++i) {
    const AroonLines lines = stream.update(high[i], low[i]);
    out_down[i] = lines.down;
    out_up[i] = lines.up;
  }
}

void aroonosc(std::span<const double> high, std::span<const double> low, int period,
              std::span<double> out) {
  AroonStream stream(period);
  for (std::size_t i = 0; i < high.size(); ++i) out[i] = stream.update_oscillator(high[i], low[i]);
}

AroonStream::AroonStream(int period)
    : highest_(RollingExtreme::Kind::kMax, static_cast<std::size_t>(period) + 1),
      lowest_(RollingExtreme::Kind::kMin, static_cast<std::size_t>(period) + 1),
      period_(period),
      factor_(100.0 / period) {}

bool AroonStream::push(double high, double low) {
  highest_.push(high);
  lowest_.push(low);
  return highest_.count() > period_;
}

AroonLines AroonStream::update(double high, double low) {
  if (!push(high, low)) return {kNaN, kNaN};
  const int64_t today = highest_.count() - 1;
  // TA-Lib: factor * (period - bars since the extreme).
  return {factor_ * static_cast<double>(period_ - (today - lowest_.index())),
          factor_ * static_cast<double>(period_ - (today - highest_.index()))};
}

double AroonStream::update_oscillator(double high, double low) {
  if (!push(high, low)) return kNaN;
  return factor_ * static_cast<double>(highest_.index() - lowest_.index());
}

}  // namespace qtb::ind
