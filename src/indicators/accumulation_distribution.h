// AD and ADOSC: Chaikin's accumulation/distribution line and oscillator (TA-Lib ta_AD.c,
// ta_ADOSC.c).
//
// AD is the running sum of ((close - low) - (high - close)) / (high - low) * volume over bars
// with high > low (bars with high == low add nothing). Lookback 0.
// ADOSC = EMA(fast) of AD - EMA(slow) of AD, always fast minus slow whatever the periods. As in
// TA-Lib, both EMAs are seeded with the FIRST AD value (not an SMA) and then run
// ema = k * ad + (1 - k) * ema with k = 2 / (period + 1); the output starts after
// max(fast, slow) - 1 bars. Defaults 3 and 10. Streams are single-threaded values.
#pragma once

#include <span>

namespace qtb::ind {

// One bar's money-flow volume, 0 when high == low.
double money_flow_volume(double high, double low, double close, double volume);

// REQUIRES: all spans of the same length.
void ad(std::span<const double> high, std::span<const double> low, std::span<const double> close,
        std::span<const double> volume, std::span<double> out);
// REQUIRES: fast >= 2, slow >= 2.
void adosc(std::span<const double> high, std::span<const double> low, std::span<const double> close,
           std::span<const double> volume, int fast, int slow, std::span<double> out);

class AdStream {
 public:
  double update(double high, double low, double close, double volume);

 private:
  double value_ = 0;
};

class AdoscStream {
 public:
  AdoscStream(int fast, int slow);
  // fast EMA - slow EMA of AD; NaN for the first max(fast, slow) - 1 bars.
  double update(double high, double low, double close, double volume);

 private:
  double fast_k_, slow_k_;
  int lookback_;
  int seen_ = 0;
  AdStream ad_;
  double fast_ema_ = 0;
  double slow_ema_ = 0;
};

}  // namespace qtb::ind
