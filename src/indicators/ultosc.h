// ULTOSC: Williams' ultimate oscillator as TA-Lib computes it (ta_ULTOSC.c). Per bar, with the
// previous close pc: buying pressure bp = close - min(low, pc) and true range
// tr = max(high - low, |pc - high|, |pc - low|). The three periods are sorted (shortest
// first); for each, A = sum bp / sum tr over that many bars (term skipped when the tr sum is
// within 1e-14 of 0); ULTOSC = 100 * (4 A_short + 2 A_mid + A_long) / 7.
// Lookback = longest period. O(1) per update. Streams are single-threaded values.
#pragma once

#include <array>
#include <span>

#include "indicators/ring_window.h"

namespace qtb::ind {

int ultosc_lookback(int period1, int period2, int period3);

// REQUIRES: periods >= 1; high, low, close and out of the same size.
void ultosc(std::span<const double> high, std::span<const double> low,
            std::span<const double> close, int period1, int period2, int period3,
            std::span<double> out);

class UltoscStream {
 public:
  UltoscStream(int period1, int period2, int period3);
  // ULTOSC including this bar; NaN inside the lookback.
  double update(double high, double low, double close);

 private:
  std::array<std::size_t, 3> periods_;  // shortest first
  RingWindow pressure_;                 // bp of the last `longest` bars
  RingWindow range_;                    // tr of the last `longest` bars
  std::array<double, 3> pressure_sum_{};
  std::array<double, 3> range_sum_{};
  double prev_close_ = 0;
  bool has_prev_ = false;
};

}  // namespace qtb::ind
