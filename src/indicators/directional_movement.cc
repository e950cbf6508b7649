#include "indicators/directional_movement.h"

#include <cmath>

#include "indicators/indicator.h"
#include "indicators/true_range.h"

namespace qtb::ind {
namespace {

// TA-Lib's TA_IS_ZERO (ta_utility.h, 0.6.x epsilon).
constexpr double kTalibEpsilon = 1e-14;
bool is_zero(double v) { return -kTalibEpsilon < v && v < kTalibEpsilon; }

template <typename Stream>
void run(Stream stream, std::span<const double> high, std::span<const double> low,
         std::span<const double> close, std::span<double> out) {
  for (std::size_t i = 0; i < close.size(); ++i) out[i] = stream.update(high[i], low[i], close[i]);
}

}  // namespace

DirectionalMovement::DirectionalMovement(int period) : period_(period) {}

bool DirectionalMovement::update(double high, double low, double close) {
  if (!started_) {
    started_ = true;
    prev_high_ = high;
    prev_low_ = low;
    prev_close_ = close;
    return false;
  }
  const double diff_plus = high - prev_high_;
  const double diff_minus = prev_low_ - low;
  plus_dm1_ = diff_plus > 0 && diff_plus > diff_minus ? diff_plus : 0.0;
  minus_dm1_ = diff_minus > 0 && diff_plus < diff_minus ? diff_minus : 0.0;
  tr1_ = true_range(high, low, prev_close_);
  prev_high_ = high;
  prev_low_ = low;
  prev_close_ = close;
  // Bars 1..period-1 are summed, later bars smoothed (TA-Lib ta_ADX.c).
  if (summed_ < period_ - 1) {
    ++summed_;
    plus_dm_ += plus_dm1_;
    minus_dm_ += minus_dm1_;
    tr_ += tr1_;
    return false;
  }
  const auto p = static_cast<double>(period_);
  plus_dm_ = plus_dm_ - plus_dm_ / p + plus_dm1_;
  minus_dm_ = minus_dm_ - minus_dm_ / p + minus_dm1_;
  tr_ = tr_ - tr_ / p + tr1_;
  return true;
}

double DirectionalMovement::plus_di() const {
  return is_zero(tr_) ? 0.0 : 100.0 * (plus_dm_ / tr_);
}

double DirectionalMovement::minus_di() const {
  return is_zero(tr_) ? 0.0 : 100.0 * (minus_dm_ / tr_);
}

std::optional<double> DirectionalMovement::dx() const {
  if (is_zero(tr_)) return std::nullopt;
  const double minus = minus_di();
  const double plus = plus_di();
  const double sum = minus + plus;
  if (is_zero(sum)) return std::nullopt;
  return 100.0 * (std::fabs(minus - plus) / sum);
}

DiStream::DiStream(int period, DiSide side) : dm_(period), side_(side), one_bar_(period <= 1) {}

double DiStream::update(double high, double low, double close) {
  if (!dm_.update(high, low, close)) return kNaN;
  if (one_bar_) {  // TA-Lib ta_PLUS_DI.c: no smoothing and no factor 100 for period 1
    const double dm1 = side_ == DiSide::kPlus ? dm_.plus_dm1() : dm_.minus_dm1();
    return is_zero(dm_.true_range1()) ? 0.0 : dm1 / dm_.true_range1();
  }
  return side_ == DiSide::kPlus ? dm_.plus_di() : dm_.minus_di();
}

DxStream::DxStream(int period) : dm_(period) {}

double DxStream::update(double high, double low, double close) {
  if (!dm_.update(high, low, close)) return kNaN;
  if (const std::optional<double> value = dm_.dx()) last_ = *value;
  return last_;
}

AdxStream::AdxStream(int period) : dm_(period), period_(period) {}

double AdxStream::update(double high, double low, double close) {
  if (!dm_.update(high, low, close)) return kNaN;
  const std::optional<double> value = dm_.dx();
  const auto pd = static_cast<double>(period_);
  if (dx_seen_ < period_) {  // the first ADX is the mean of `period` DX (undefined ones add 0)
    if (value) sum_dx_ += *value;
    if (++dx_seen_ < period_) return kNaN;
    adx_ = sum_dx_ / pd;
    return adx_;
  }
  if (value) adx_ = (adx_ * (pd - 1) + *value) / pd;
  return adx_;
}

AdxrStream::AdxrStream(int period)
    : adx_(period), past_adx_(static_cast<std::size_t>(period - 1), 0.0) {}

double AdxrStream::update(double high, double low, double close) {
  const double value = adx_.update(high, low, close);
  if (std::isnan(value)) return kNaN;
  double result = kNaN;
  if (count_ == past_adx_.size()) {
    result = (value + past_adx_[next_]) / 2.0;
  } else {
    ++count_;
  }
  past_adx_[next_] = value;
  next_ = next_ + 1 == past_adx_.size() ? 0 : next_ + 1;
  return result;
}

void plus_di(std::span<const double> high, std::span<const double> low,
             std::span<const double> close, int period, std::span<double> out) {
  run(DiStream(period, DiSide::kPlus), high, low, close, out);
}

void minus_di(std::span<const double> high, std::span<const double> low,
              std::span<const double> close, int period, std::span<double> out) {
  run(DiStream(period, DiSide::kMinus), high, low, close, out);
}

void dx(std::span<const double> high, std::span<const double> low, std::span<const double> close,
        int period, std::span<double> out) {
  run(DxStream(period), high, low, close, out);
}

void adx(std::span<const double> high, std::span<const double> low, std::span<const double> close,
         int period, std::span<double> out) {
  run(AdxStream(period), high, low, close, out);
}

void adxr(std::span<const double> high, std::span<const double> low, std::span<const double> close,
          int period, std::span<double> out) {
  run(AdxrStream(period), high, low, close, out);
}

}  // namespace qtb::ind
