// RSI: Wilder's relative strength index, as TA-Lib computes it (ta_RSI.c, classic mode):
// the average gain G and average loss L are seeded with the plain means of the first
// `period` price changes, then smoothed as G = (G * (period - 1) + gain) / period;
// RSI = 100 * G / (G + L), and 0 when G + L is within 1e-14 of zero. Lookback = period.
// Streams are single-threaded values.
#pragma once

#include <span>

namespace qtb::ind {

// TA-Lib's TA_IS_ZERO: |v| < 1e-14.
inline bool talib_is_zero(double v) { return -1e-14 < v && v < 1e-14; }

// Wilder's smoothed average gain and loss of a price stream (shared by RSI and CMO).
class WilderGainLoss {
 public:
  explicit WilderGainLoss(int period) : period_(period) {}
  // Feeds the next price; true once `period` changes have been seen (gain()/loss() valid).
  bool update(double value) {
    if (changes_ < 0) {
      prev_ = value;
      changes_ = 0;
      return false;
    }
    const double change = value - prev_;
    prev_ = value;
    if (changes_ >= period_) {
      // TA-Lib's operation order: multiply by (period - 1), add today's move, divide.
      loss_ *= static_cast<double>(period_ - 1);
      gain_ *= static_cast<double>(period_ - 1);
      add(change);
      loss_ /= period_;
      gain_ /= period_;
      return true;
    }
    add(change);
    if (++changes_ < period_) return false;
    loss_ /= period_;
    gain_ /= period_;
    return true;
  }
  double gain() const { return gain_; }
  double loss() const { return loss_; }

 private:
  // Branch-free (a random walk's signs defeat the branch predictor): adding 0.0 to the other
  // sum leaves it unchanged, and loss + (-change) is exactly loss - change, so the numbers are
  // TA-Lib's bit for bit (bench/indicators_bench.cc measures the gain).
  void add(double change) {
    gain_ += change > 0.0 ? change : 0.0;
    loss_ += change < 0.0 ? -change : 0.0;
  }

  int period_;
  int changes_ = -1;  // -1 before the first price
  double prev_ = 0;
  double gain_ = 0;
  double loss_ = 0;
};

// REQUIRES: period >= 2, out.size() >= in.size().
void rsi(std::span<const double> in, int period, std::span<double> out);

class RsiStream {
 public:
  explicit RsiStream(int period) : averages_(period) {}
  // The RSI including `value`; NaN for the first `period` values.
  double update(double value);

 private:
  WilderGainLoss averages_;
};

}  // namespace qtb::ind
