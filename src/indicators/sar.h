// SAR: Wilder's parabolic stop and reverse (TA-Lib SAR). The first bar only seeds: the trade
// starts short when bar 2's -DM beats its +DM (low fell more than high rose), long otherwise,
// with the first SAR at bar 1's low (long) or high (short) and the extreme point at bar 2's
// high (long) or low (short). Each bar the SAR moves af * (ep - sar) toward the extreme point
// and is kept outside this and the previous bar's range; af starts at `acceleration`, grows
// by it at each new extreme up to `maximum`, and resets on a reversal, when the SAR jumps to
// the extreme point. Lookback 1.
#pragma once

#include <span>

namespace qtb::ind {

struct SarParams {
  double acceleration = 0.02;
  double maximum = 0.2;
};

// REQUIRES: high.size() == low.size() <= out.size(), acceleration and maximum >= 0.
void sar(std::span<const double> high, std::span<const double> low, const SarParams& params,
         std::span<double> out);

class SarStream {
 public:
  explicit SarStream(const SarParams& params);
  // The SAR for this bar (computed from the bars before it); NaN for the first bar.
  double update(double high, double low);

 private:
  void start(double high, double low);

  double acceleration_;
  double maximum_;
  int seen_ = 0;
  bool long_ = true;
  double af_ = 0;
  double ep_ = 0;
  double sar_ = 0;
  double prev_high_ = 0;
  double prev_low_ = 0;
};

}  // namespace qtb::ind
