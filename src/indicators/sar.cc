#include "indicators/sar.h"

#include <algorithm>

#include "indicators/indicator.h"

namespace qtb::ind {

// TA-Lib ta_SAR.c lowers the acceleration to the maximum when it is larger.
SarStream::SarStream(const SarParams& params)
    : acceleration_(std::min(params.acceleration, params.maximum)),
      maximum_(params.maximum),
      af_(acceleration_) {}

// Bar 2 picks the direction from bar 1's range; TA-Lib then treats bar 2 as its own previous
// bar for the range limits.
void SarStream::start(double high, double low) {
  const double plus_dm = high - prev_high_;
  const double minus_dm = prev_low_ - low;
  long_ = !(minus_dm > 0 && plus_dm < minus_dm);
  if (long_) {
    ep_ = high;
    sar_ = prev_low_;
  } else {
    ep_ = low;
    sar_ = prev_high_;
  }
  prev_high_ = high;
  prev_low_ = low;
}

double SarStream::update(double high, double low) {
  ++seen_;
  if (seen_ == 1) {
    prev_high_ = high;
    prev_low_ = low;
    return kNaN;
  }
  if (seen_ == 2) start(high, low);
  const double prev_high = prev_high_;
  const double prev_low = prev_low_;
  prev_high_ = high;
  prev_low_ = low;
  double out = 0;
  if (long_) {
    if (low <= sar_) {  // reverse to short at the extreme point, above both bars' highs
      long_ = false;
      sar_ = std::max({ep_, prev_high, high});
      out = sar_;
      af_ = acceleration_;
      ep_ = low;
      sar_ = std::max({sar_ + af_ * (ep_ - sar_), prev_high, high});
    } else {
      out = sar_;
      if (high > ep_) {
        ep_ = high;
        af_ = std::min(af_ + acceleration_, maximum_);
      }
      sar_ = std::min({sar_ + af_ * (ep_ - sar_), prev_low, low});
    }
  } else if (high >= sar_) {  // reverse to long at the extreme point, below both bars' lows
    long_ = true;
    sar_ = std::min({ep_, prev_low, low});
    out = sar_;
    af_ = acceleration_;
    ep_ = high;
    sar_ = std::min({sar_ + af_ * (ep_ - sar_), prev_low, low});
  } else {
    out = sar_;
    if (low < ep_) {
      ep_ = low;
      af_ = std::min(af_ + acceleration_, maximum_);
    }
    sar_ = std::max({sar_ + af_ * (ep_ - sar_), prev_high, high});
  }
  return out;
}

void sar(std::span<const double> high, std::span<const double> low, const SarParams& params,
         std::span<double> out) {
  SarStream stream(params);
  for (std::size_t i = 0; i < high.size(); ++i) out[i] = stream.update(high[i], low[i]);
}

}  // namespace qtb::ind
