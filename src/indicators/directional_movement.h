// Wilder's directional movement system as TA-Lib computes it (ta_PLUS_DI.c, ta_MINUS_DI.c,
// ta_DX.c, ta_ADX.c, ta_ADXR.c; "New Concepts in Technical Trading Systems", 1978).
//
// Per bar: diff+ = high - prev high, diff- = prev low - low; +DM1 = diff+ when diff+ > 0 and
// diff+ > diff- (else 0), -DM1 = diff- when diff- > 0 and diff- > diff+ (else 0); TR1 is the
// true range. TA-Lib's seeding: the smoothed +DM, -DM and TR start as the plain SUM of the
// first period - 1 one-bar values (bars 1..period-1), then every bar from `period` on applies
// Wilder's x = x - x / period + x1. Hence:
//   +DI = 100 * +DM / TR, -DI likewise (0 when TR is zero)        lookback period
//   DX  = 100 * |+DI - -DI| / (+DI + -DI) (the previous DX when undefined, 0 at first)
//                                                                 lookback period
//   ADX = mean of the first `period` DX, then (adx * (period - 1) + dx) / period, holding
//         its value when DX is undefined                          lookback 2 * period - 1
//   ADXR = (ADX + ADX `period - 1` bars ago) / 2                  lookback 3 * period - 2
// TA-Lib quirk kept for parity: +DI/-DI with period 1 are +DM1 / TR1, without the factor 100.
// Streams are single-threaded values; batch functions run the same code over arrays.
#pragma once

#include <optional>
#include <span>
#include <vector>

namespace qtb::ind {

// The smoothed +DM, -DM and TR shared by every indicator above.
class DirectionalMovement {
 public:
  // REQUIRES: period >= 1.
  explicit DirectionalMovement(int period);
  // Feeds one bar; true once the smoothed sums cover `period` bars (bar index >= period).
  bool update(double high, double low, double close);
  double plus_di() const;   // 100 * +DM / TR, 0 when TR is zero
  double minus_di() const;  // 100 * -DM / TR, 0 when TR is zero
  // 100 * |+DI - -DI| / (+DI + -DI); nullopt when TR or the DI sum is zero.
  std::optional<double> dx() const;
  // The last bar's one-bar values (period 1 DI).
  double plus_dm1() const { return plus_dm1_; }
  double minus_dm1() const { return minus_dm1_; }
  double true_range1() const { return tr1_; }

 private:
  int period_;
  bool started_ = false;
  int summed_ = 0;  // one-bar values in the plain-sum seed, up to period_ - 1
  double prev_high_ = 0, prev_low_ = 0, prev_close_ = 0;
  double plus_dm1_ = 0, minus_dm1_ = 0, tr1_ = 0;
  double plus_dm_ = 0, minus_dm_ = 0, tr_ = 0;
};

enum class DiSide { kPlus, kMinus };

class DiStream {
 public:
  DiStream(int period, DiSide side);
  double update(double high, double low, double close);

 private:
  DirectionalMovement dm_;
  DiSide side_;
  bool one_bar_;
};

class DxStream {
 public:
  explicit DxStream(int period);  // REQUIRES: period >= 2
  double update(double high, double low, double close);

 private:
  DirectionalMovement dm_;
  double last_ = 0;
};

class AdxStream {
 public:
  explicit AdxStream(int period);  // REQUIRES: period >= 2
  double update(double high, double low, double close);

 private:
  DirectionalMovement dm_;
  int period_;
  int dx_seen_ = 0;
  double sum_dx_ = 0;
  double adx_ = 0;
};

class AdxrStream {
 public:
  explicit AdxrStream(int period);  // REQUIRES: period >= 2
  double update(double high, double low, double close);

 private:
  AdxStream adx_;
  std::vector<double> past_adx_;  // the last period - 1 ADX values, a ring
  std::size_t next_ = 0;
  std::size_t count_ = 0;
};

// Batch forms. REQUIRES: high, low, close and out of the same length; periods as above.
void plus_di(std::span<const double> high, std::span<const double> low,
             std::span<const double> close, int period, std::span<double> out);
void minus_di(std::span<const double> high, std::span<const double> low,
              std::span<const double> close, int period, std::span<double> out);
void dx(std::span<const double> high, std::span<const double> low, std::span<const double> close,
        int period, std::span<double> out);
void adx(std::span<const double> high, std::span<const double> low, std::span<const double> close,
         int period, std::span<double> out);
void adxr(std::span<const double> high, std::span<const double> low, std::span<const double> close,
          int period, std::span<double> out);

}  // namespace qtb::ind
