// TA-Lib 0.6.4's own outputs for the bundled S&P 500 series (tests/fixtures/talib/, copied from
// shared/data/talib with its provenance: computed from TA-Lib's public C source, default
// parameters, unstable period 0), and the inputs they were computed from (data/spx/SPX.csv,
// parsed to the same doubles).
#pragma once

#include <span>
#include <string>
#include <vector>

#include "indicators/indicator.h"

namespace qtb::ind::testing {

struct SpxSeries {
  std::vector<double> open, high, low, close, volume;
  BarColumns columns() const { return {open, high, low, close, volume}; }
};

// Loaded once per test binary.
const SpxSeries& spx_inputs();
// The reference column ("SMA", "MACD.macdsignal"); NaN where TA-Lib gives no value.
// Empty when the column does not exist.
const std::vector<double>& talib_column(const std::string& name);

// Relative error bound of the issue: |ours - ref| <= 1e-9 * max(|ref|, 1).
inline constexpr double kTalibTolerance = 1e-9;

// Compares `ours` with the reference column: same NaN positions, values within tolerance.
// Returns "" when they match, else a description of the first few differences.
std::string compare_with_talib(std::span<const double> ours, const std::string& column);

}  // namespace qtb::ind::testing
