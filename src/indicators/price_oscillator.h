// APO and PPO, the absolute and percentage price oscillators, as TA-Lib computes them
// (ta_APO.c, ta_PPO.c): fast = MA(type, fast), slow = MA(type, slow), each started at the
// series' first value (unlike MACD, the fast MA is not re-seeded to align with the slow one);
// slow < fast are swapped.
//   APO = fast - slow;  PPO = 100 * (fast - slow) / slow, and 0 when |slow| < 1e-14.
// Lookback = MA lookback of max(fast, slow). Streams are single-threaded values.
#pragma once

#include <memory>
#include <span>

#include "indicators/moving_average.h"

namespace qtb::ind {

int price_oscillator_lookback(int fast, int slow, MaType type);

// REQUIRES: fast, slow >= 2, a supported type, out.size() >= in.size().
void apo(std::span<const double> in, int fast, int slow, MaType type, std::span<double> out);
void ppo(std::span<const double> in, int fast, int slow, MaType type, std::span<double> out);

class PriceOscillatorStream {
 public:
  enum class Form { kAbsolute, kPercentage };
  PriceOscillatorStream(Form form, int fast, int slow, MaType type);
  // APO or PPO including `value`; NaN inside the lookback.
  double update(double value);

 private:
  Form form_;
  std::unique_ptr<MovingAverageStream> fast_;
  std::unique_ptr<MovingAverageStream> slow_;
};

}  // namespace qtb::ind
