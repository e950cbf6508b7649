#include "indicators/macd.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "expect_series.h"
#include "indicators/indicator.h"

namespace qtb::ind {
namespace {

const std::vector<double> kCloses = {2, 4, 8, 4, 6, 10};

struct Lines {
  std::vector<double> macd, signal, hist;
};

Lines batch(const MacdParams& p, const std::vector<double>& in = kCloses) {
  Lines l{std::vector<double>(in.size()), std::vector<double>(in.size()),
          std::vector<double>(in.size())};
  macd(in, p, l.macd, l.signal, l.hist);
  return l;
}

TEST(Macd, FastEmaIsSeededOnTheSlowEmasFirstBar) {
  // slow EMA3 (k 1/2): bar 2 (2 + 4 + 8) / 3 = 14/3, then 13/3, 31/6, 91/12.
  // fast EMA2 (k 2/3), seeded on bar 2 with (4 + 8) / 2 = 6 (TA-Lib; seeding from bar 0 would
  // give 19/3), then 14/3, 50/9, 230/27.
  // macd: 4/3, 1/3, 7/18, 101/108. signal EMA2 of macd: bar 3 (4/3 + 1/3) / 2 = 5/6, then
  // 29/54, 65/81. Lookback 2 + 1 = 3.
  const MacdParams p = macd_params(2, 3, 2);
  EXPECT_EQ(macd_lookback(p), 3);
  const Lines l = batch(p);
  EXPECT_SERIES(l.macd, {kNaN, kNaN, kNaN, 1.0 / 3, 7.0 / 18, 101.0 / 108});
  EXPECT_SERIES(l.signal, {kNaN, kNaN, kNaN, 5.0 / 6, 29.0 / 54, 65.0 / 81});
  EXPECT_SERIES(l.hist, {kNaN, kNaN, kNaN, -0.5, -4.0 / 27, 43.0 / 324});
}

TEST(Macd, SwapsFastAndSlowWhenGivenInReverse) {
  EXPECT_SERIES(batch(macd_params(3, 2, 2)).macd, batch(macd_params(2, 3, 2)).macd);
}

TEST(Macd, StreamGivesTheBatchValues) {
  MacdStream stream(macd_params(2, 3, 2));
  std::vector<double> m;
  std::vector<double> s;
  for (const double c : kCloses) {
    const MacdLines lines = stream.update(c);
    m.push_back(lines.macd);
    s.push_back(lines.signal);
  }
  EXPECT_SERIES(m, {kNaN, kNaN, kNaN, 1.0 / 3, 7.0 / 18, 101.0 / 108});
  EXPECT_SERIES(s, {kNaN, kNaN, kNaN, 5.0 / 6, 29.0 / 54, 65.0 / 81});
}

TEST(MacdExt, TakesAnAverageTypePerLine) {
  // SMA lines: slow SMA3 14/3, 16/3, 6, 20/3; fast SMA2 6, 6, 5, 8; macd 4/3, 2/3, -1, 4/3;
  // signal SMA2 1, -1/6, 1/6; hist -1/3, -5/6, 7/6.
  const MacdParams p{2, MaType::kSma, 3, MaType::kSma, 2, MaType::kSma};
  const Lines l = batch(p);
  EXPECT_SERIES(l.macd, {kNaN, kNaN, kNaN, 2.0 / 3, -1, 4.0 / 3});
  EXPECT_SERIES(l.signal, {kNaN, kNaN, kNaN, 1, -1.0 / 6, 1.0 / 6});
  EXPECT_SERIES(l.hist, {kNaN, kNaN, kNaN, -1.0 / 3, -5.0 / 6, 7.0 / 6});
}

TEST(MacdExt, MixedTypesAlignOnTheLongerLookback) {
  // fast EMA2 (lookback 1) and slow SMA3 (lookback 2): the fast EMA starts a bar late so both
  // give their first value on bar 2: fast = (4 + 8) / 2 = 6 (not 19/3), slow = 14/3,
  // macd = 4/3. Signal period 1 copies macd (TA_MA), so the lookback is 2.
  const MacdParams p{2, MaType::kEma, 3, MaType::kSma, 1, MaType::kSma};
  EXPECT_EQ(macd_lookback(p), 2);
  const Lines l = batch(p);
  EXPECT_NEAR(l.macd[2], 4.0 / 3, 1e-12);
  EXPECT_EQ(l.signal[2], l.macd[2]);
  EXPECT_EQ(l.hist[2], 0);
}

TEST(MacdExt, ReversedPeriodsSwapWithTheirTypes) {
  // fast 3 SMA / slow 2 EMA is read as fast 2 EMA / slow 3 SMA: the case above.
  const MacdParams p{3, MaType::kSma, 2, MaType::kEma, 1, MaType::kSma};
  EXPECT_NEAR(batch(p).macd[2], 4.0 / 3, 1e-12);
}

}  // namespace
}  // namespace qtb::ind
