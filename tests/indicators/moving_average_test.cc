#include "indicators/moving_average.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

#include "indicators/wma.h"

namespace qtb::ind {
namespace {

const MaType kImplemented[] = {MaType::kSma,  MaType::kEma,   MaType::kWma,  MaType::kDema,
                               MaType::kTema, MaType::kTrima, MaType::kKama, MaType::kT3};

std::vector<double> random_walk(uint64_t seed, std::size_t n) {
  std::mt19937_64 rng(seed);
  std::normal_distribution<double> step(0, 1);
  std::vector<double> out(n);
  double x = 100;
  for (double& v : out) v = x += step(rng);
  return out;
}

TEST(MovingAverage, LookbackIsTheLeadingNanCountAndTheStreamMatches) {
  const std::vector<double> in = random_walk(3, 120);
  for (MaType type : kImplemented) {
    for (int period : {2, 5, 9}) {
      std::vector<double> out(in.size());
      moving_average(type, in, period, out);
      const int lookback = moving_average_lookback(type, period);
      auto stream = make_moving_average_stream(type, period);
      for (std::size_t i = 0; i < in.size(); ++i) {
        const double s = stream->update(in[i]);
        EXPECT_EQ(std::isnan(out[i]), static_cast<int>(i) < lookback)
            << ma_type_name(type) << " " << period << " " << i;
        if (!std::isnan(out[i])) {
          EXPECT_EQ(s, out[i]) << ma_type_name(type) << " " << i;
        }
      }
    }
  }
}

TEST(MovingAverage, DispatchesToTheNamedAverage) {
  const std::vector<double> in = random_walk(5, 50);
  std::vector<double> via_type(in.size());
  std::vector<double> direct(in.size());
  moving_average(MaType::kWma, in, 7, via_type);
  wma(in, 7, direct);
  for (std::size_t i = 6; i < in.size(); ++i) EXPECT_EQ(via_type[i], direct[i]);
}

TEST(MovingAverage, PeriodOneCopiesTheInputForEveryType) {
  // TA_MA returns the input unchanged for a period of 1, with lookback 0.
  const std::vector<double> in = {3, 1, 4, 1, 5};
  for (MaType type : kImplemented) {
    std::vector<double> out(in.size());
    moving_average(type, in, 1, out);
    EXPECT_EQ(out, in) << ma_type_name(type);
    EXPECT_EQ(moving_average_lookback(type, 1), 0);
    EXPECT_EQ(make_moving_average_stream(type, 1)->update(2.5), 2.5);
  }
}

TEST(MovingAverage, TypeParameterRefusesMamaAndOutOfRangeCodes) {
  EXPECT_EQ(*ma_type_from_param(8), MaType::kT3);
  EXPECT_EQ(ma_type_from_param(7).error().message(),
            "moving average type 7 (MAMA) is not supported");
  EXPECT_FALSE(ma_type_from_param(9).ok());
  EXPECT_FALSE(ma_type_from_param(2.5).ok());
}

}  // namespace
}  // namespace qtb::ind
