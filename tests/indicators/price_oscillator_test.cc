#include "indicators/price_oscillator.h"

#include <gtest/gtest.h>

#include <vector>

#include "expect_series.h"
#include "indicators/indicator.h"

namespace qtb::ind {
namespace {

const std::vector<double> kCloses = {2, 4, 8, 4, 6, 10};

TEST(Apo, IsFastMinusSlowAverage) {
  // SMA2: 3, 6, 6, 5, 8; SMA3: 14/3, 16/3, 6, 20/3 -> 4/3, 2/3, -1, 4/3.
  std::vector<double> out(kCloses.size());
  apo(kCloses, 2, 3, MaType::kSma, out);
  EXPECT_SERIES(out, {kNaN, kNaN, 4.0 / 3, 2.0 / 3, -1, 4.0 / 3});
}

TEST(Apo, FastEmaStartsAtTheFirstBarUnlikeMacd) {
  // EMA2 from bar 0: seed 3 on bar 1, bar 2 (8 - 3) 2/3 + 3 = 19/3; EMA3 14/3: APO 5/3
  // (MACD's re-seeded fast EMA would give 4/3).
  std::vector<double> out(kCloses.size());
  apo(kCloses, 2, 3, MaType::kEma, out);
  EXPECT_NEAR(out[2], 5.0 / 3, 1e-12);
}

TEST(Ppo, IsThePercentOfTheSlowAverage) {
  // 100 (4/3) / (14/3) = 200/7, 100 (2/3) / (16/3) = 12.5, -100/6, 100 (4/3) / (20/3) = 20.
  std::vector<double> out(kCloses.size());
  ppo(kCloses, 3, 2, MaType::kSma, out);  // reversed periods are swapped
  EXPECT_SERIES(out, {kNaN, kNaN, 200.0 / 7, 12.5, -100.0 / 6, 20});
  PriceOscillatorStream stream(PriceOscillatorStream::Form::kPercentage, 2, 3, MaType::kSma);
  std::vector<double> streamed;
  for (const double c : kCloses) streamed.push_back(stream.update(c));
  EXPECT_SERIES(streamed, {kNaN, kNaN, 200.0 / 7, 12.5, -100.0 / 6, 20});
}

TEST(Ppo, ZeroSlowAverageGivesZero) {
  const std::vector<double> zeros = {0, 0, 0};
  std::vector<double> out(3);
  ppo(zeros, 2, 3, MaType::kSma, out);
  EXPECT_SERIES(out, {kNaN, kNaN, 0});
}

}  // namespace
}  // namespace qtb::ind
