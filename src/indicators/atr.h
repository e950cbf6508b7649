// ATR and NATR: Wilder's average true range (TA-Lib ta_ATR.c, ta_NATR.c).
//
// ATR seeds with the simple mean of the first `period` true ranges (bars 1..period; bar 0 has
// no previous close), then smooths atr = (atr * (period - 1) + tr) / period. Lookback = period.
// NATR = 100 * ATR / close (0 where close is zero). TA-Lib quirk kept for parity: NATR with
// period 1 returns the raw true range, not normalised. Streams are single-threaded values.
#pragma once

#include <span>

namespace qtb::ind {

// REQUIRES: period >= 1; all spans of the same length.
void atr(std::span<const double> high, std::span<const double> low, std::span<const double> close,
         int period, std::span<double> out);
void natr(std::span<const double> high, std::span<const double> low, std::span<const double> close,
          int period, std::span<double> out);

class AtrStream {
 public:
  explicit AtrStream(int period);
  // The ATR including this bar; NaN for the first `period` bars.
  double update(double high, double low, double close);

 private:
  int period_;
  int seen_ = 0;  // true ranges seen, up to period_
  bool has_prev_ = false;
  double prev_close_ = 0;
  double sum_ = 0;
  double value_ = 0;
};

class NatrStream {
 public:
  explicit NatrStream(int period);
  double update(double high, double low, double close);

 private:
  AtrStream atr_;
  bool raw_true_range_;
};

}  // namespace qtb::ind
