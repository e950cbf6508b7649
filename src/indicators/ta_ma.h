// TA_MA as TA-Lib's composite indicators call it (STOCH, STOCHF, STOCHRSI, MACDEXT, APO, PPO):
// a moving average of a chosen MaType, where period 1 copies the input for every type
// (ta_MA.c) and so has lookback 0. Other periods go to moving_average().
#pragma once

#include <memory>
#include <span>

#include "indicators/moving_average.h"

namespace qtb::ind {

int ta_ma_lookback(MaType type, int period);
// REQUIRES: a supported type, out.size() >= in.size().
void ta_ma(MaType type, std::span<const double> in, int period, std::span<double> out);
std::unique_ptr<MovingAverageStream> make_ta_ma_stream(MaType type, int period);

// The largest k such that MA types 0..k are all implemented: the upper bound of an MA-type
// parameter, so the registry refuses a type qtb lacks instead of a stream failing later.
int max_supported_ma_type();

// `in` from `offset` on, or an empty span when offset is past its end.
inline std::span<const double> tail(std::span<const double> in, std::size_t offset) {
  return offset < in.size() ? in.subspan(offset) : std::span<const double>();
}
inline std::span<double> tail(std::span<double> in, std::size_t offset) {
  return offset < in.size() ? in.subspan(offset) : std::span<double>();
}
// out[from, min(to, size)) = NaN.
void fill_nan(std::span<double> out, std::size_t from, std::size_t to);

}  // namespace qtb::ind
