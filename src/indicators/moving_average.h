// TA-Lib's MAType: the moving average an indicator such as BBANDS, STOCH, MACDEXT, PPO or APO
// is parameterised with (TA-Lib numbering, so parameters match its documentation).
#pragma once

#include <memory>
#include <span>

#include "core/result.h"

namespace qtb::ind {

enum class MaType {
  kSma = 0,
  kEma = 1,
  kWma = 2,
  kDema = 3,
  kTema = 4,
  kTrima = 5,
  kKama = 6,
  kMama = 7,
  kT3 = 8
};

// From the numeric parameter (0..8); fails for a type qtb does not implement (MAMA, 7).
Result<MaType> ma_type_from_param(double value);
// "SMA", "EMA", ...
const char* ma_type_name(MaType type);

// Leading values without output for `type` at `period`. A period of 1 (allowed by TA_MA, e.g.
// for MACDEXT's signal) passes the input through unchanged with lookback 0, as TA_MA does.
int moving_average_lookback(MaType type, int period);

// Batch moving average of `type`. REQUIRES: a supported type, out.size() >= in.size().
void moving_average(MaType type, std::span<const double> in, int period, std::span<double> out);

// Streaming moving average of `type`: update() returns NaN inside the lookback.
class MovingAverageStream {
 public:
  virtual ~MovingAverageStream() = default;
  virtual double update(double value) = 0;
};
std::unique_ptr<MovingAverageStream> make_moving_average_stream(MaType type, int period);

}  // namespace qtb::ind
