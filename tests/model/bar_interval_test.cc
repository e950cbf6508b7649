#include "model/bar_interval.h"

#include <gtest/gtest.h>

namespace qtb {
namespace {

TEST(BarInterval, ParsesCanonicalNames) {
  EXPECT_EQ(BarInterval::parse("1min")->ns(), kNanosPerMinute);
  EXPECT_EQ(BarInterval::parse("5min")->ns(), 5 * kNanosPerMinute);
  EXPECT_EQ(BarInterval::parse("1h")->ns(), kNanosPerHour);
  EXPECT_EQ(BarInterval::parse("1day")->ns(), kNanosPerDay);
  EXPECT_EQ(BarInterval::parse("1d")->name(), "1day");
  EXPECT_EQ(BarInterval::parse("60min")->name(), "1h");
  EXPECT_EQ(BarInterval::parse("30min")->name(), "30min");
  EXPECT_TRUE(BarInterval::parse("1day")->is_daily());
  EXPECT_TRUE(BarInterval::parse("15min")->is_intraday());
}

TEST(BarInterval, RejectsIntervalsThatDoNotDivideADay) {
  for (const char* bad : {"", "min", "0min", "7min", "5h", "2day", "1week", "-1min", "5 min"}) {
    EXPECT_FALSE(BarInterval::parse(bad).ok()) << bad;
  }
  EXPECT_EQ(BarInterval::parse("7min").error().message(),
            "bar interval \"7min\": supported are N min and N h dividing a day, and 1day");
}

}  // namespace
}  // namespace qtb
