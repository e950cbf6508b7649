#include "data/resample.h"

#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

#include <map>

#include "core/calendar.h"

namespace qtb::data {
namespace {

const ExchangeCalendar& nyse() {
  static const ExchangeCalendar calendar = ExchangeCalendar::nyse();
  return calendar;
}

// A bar starting at New York wall time hh:mm on `date`.
Bar ny_bar(Date date, int hh, int mm, const char* o, const char* h, const char* l, const char* c,
           int64_t volume) {
  Bar b;
  b.ts = ExchangeCalendar::new_york_to_utc(date, hh * kNanosPerHour + mm * kNanosPerMinute);
  b.open = *Price::parse(o);
  b.high = *Price::parse(h);
  b.low = *Price::parse(l);
  b.close = *Price::parse(c);
  b.volume = Quantity::from_units(volume);
  return b;
}

// "14:30Z o h l c v" per output bar.
std::string bars_text(const std::vector<Bar>& bars) {
  std::string out;
  for (const Bar& b : bars) {
    out += b.ts.to_iso8601().substr(11, 5) + "Z " + b.open.to_string() + " " + b.high.to_string() +
           " " + b.low.to_string() + " " + b.close.to_string() + " " + b.volume.to_string() + "\n";
  }
  return out;
}

constexpr Date kJan2 = Date::from_ymd(2024, 1, 2);  // a Tuesday, EST (UTC-5)

TEST(Resample, FiveMinuteBarAggregatesItsMinutes) {
  const std::vector<Bar> in = {ny_bar(kJan2, 9, 30, "10", "11", "9.5", "10.5", 100),
                               ny_bar(kJan2, 9, 31, "10.5", "12", "10", "11", 200),
                               ny_bar(kJan2, 9, 34, "11", "11.5", "9", "9.25", 300),
                               ny_bar(kJan2, 9, 35, "9.25", "9.5", "9", "9.5", 50)};
  Result<ResampledBars> r =
      resample_bars(in, BarInterval::minutes(1), BarInterval::minutes(5), nyse());
  ASSERT_TRUE(r.ok()) << r.error().message();
  // 09:30-09:35: open 10, high max(11,12,11.5)=12, low min(9.5,10,9)=9, close 9.25, vol 600.
  EXPECT_EQ(bars_text(r->bars), "14:30Z 10 12 9 9.25 600\n14:35Z 9.25 9.5 9 9.5 50\n");
}

TEST(Resample, HourBucketsStartAtTheOpenAndTheLastIsCutAtTheClose) {
  std::vector<Bar> in;
  for (int k = 0; k < 13; ++k) {  // 30-minute bars 09:30 .. 15:30
    in.push_back(
        ny_bar(kJan2, 9 + (30 + 30 * k) / 60, (30 + 30 * k) % 60, "10", "10", "10", "10", 1));
  }
  Result<ResampledBars> r =
      resample_bars(in, BarInterval::minutes(30), BarInterval::hours(1), nyse());
  ASSERT_TRUE(r.ok());
  // Buckets 09:30, 10:30, ..., 15:30 EST = 14:30Z ... 20:30Z; the last holds one bar.
  ASSERT_EQ(r->bars.size(), 7U);
  EXPECT_EQ(r->bars.front().ts.to_iso8601(), "2024-01-02T14:30:00Z");
  EXPECT_EQ(r->bars.back().ts.to_iso8601(), "2024-01-02T20:30:00Z");
  EXPECT_EQ(r->bars.back().volume, "1"_qty);
  EXPECT_EQ(r->bars.front().volume, "2"_qty);
}

TEST(Resample, EarlyCloseDropsBarsAfterOnePm) {
  const Date day = Date::from_ymd(2024, 11, 29);  // day after Thanksgiving, closes 13:00
  const std::vector<Bar> in = {ny_bar(day, 12, 59, "10", "10", "10", "10", 5),
                               ny_bar(day, 13, 0, "10", "10", "10", "10", 7)};
  Result<ResampledBars> r =
      resample_bars(in, BarInterval::minutes(1), BarInterval::hours(1), nyse());
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->bars.size(), 1U);
  EXPECT_EQ(r->bars[0].ts,
            ExchangeCalendar::new_york_to_utc(day, 12 * kNanosPerHour + 30 * kNanosPerMinute));
  EXPECT_EQ(r->dropped_outside_session, 1U);
}

TEST(Resample, DailyBarIsStampedWithTheSessionDate) {
  const Date jan3 = kJan2 + 1;
  const std::vector<Bar> in = {ny_bar(kJan2, 9, 30, "10", "11", "9", "10.5", 100),
                               ny_bar(kJan2, 15, 59, "10.5", "12", "10", "11", 200),
                               ny_bar(jan3, 9, 30, "11", "11", "11", "11", 1)};
  Result<ResampledBars> r =
      resample_bars(in, BarInterval::minutes(1), BarInterval::daily(), nyse());
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->bars.size(), 2U);
  EXPECT_EQ(r->bars[0].ts, Timestamp::from_date(kJan2));
  EXPECT_EQ(bars_text(r->bars), "00:00Z 10 12 9 11 300\n00:00Z 11 11 11 11 1\n");
}

TEST(Resample, ExtendedHoursAlignAfterCloseBucketsToTheClose) {
  const std::vector<Bar> in = {ny_bar(kJan2, 15, 45, "10", "10", "10", "10", 1),
                               ny_bar(kJan2, 16, 10, "10", "10", "10", "10", 2)};
  Result<ResampledBars> regular =
      resample_bars(in, BarInterval::minutes(1), BarInterval::hours(1), nyse());
  ASSERT_TRUE(regular.ok());
  EXPECT_EQ(regular->dropped_outside_session, 1U);
  ResampleOptions ext;
  ext.extended_hours = true;
  Result<ResampledBars> r =
      resample_bars(in, BarInterval::minutes(1), BarInterval::hours(1), nyse(), ext);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(bars_text(r->bars), "20:30Z 10 10 10 10 1\n21:00Z 10 10 10 10 2\n");
}

TEST(Resample, RejectsFinerOrNonMultipleTargets) {
  EXPECT_FALSE(resample_bars({}, BarInterval::daily(), BarInterval::minutes(5), nyse()).ok());
  EXPECT_FALSE(resample_bars({}, BarInterval::minutes(5), BarInterval::minutes(1), nyse()).ok());
  Result<ResampledBars> r =
      resample_bars({}, BarInterval::minutes(2), BarInterval::minutes(5), nyse());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message(), "resample: 5min is not a whole multiple of 2min");
}

TEST(Resample, RejectsUnsortedInput) {
  const std::vector<Bar> in = {ny_bar(kJan2, 9, 31, "1", "1", "1", "1", 1),
                               ny_bar(kJan2, 9, 30, "1", "1", "1", "1", 1)};
  EXPECT_FALSE(resample_bars(in, BarInterval::minutes(1), BarInterval::minutes(5), nyse()).ok());
}

// Random minute bars over a few sessions (EST, EDT, an early close), some outside hours.
std::vector<Bar> random_minute_bars() {
  const Date days[] = {kJan2, Date::from_ymd(2024, 3, 11), Date::from_ymd(2024, 11, 29),
                       Date::from_ymd(2024, 11, 30)};  // the last is a Saturday
  std::vector<Bar> bars;
  for (Date day : days) {
    const auto minutes = *rc::gen::unique<std::vector<int>>(rc::gen::inRange(8 * 60, 17 * 60));
    std::vector<int> sorted = minutes;
    std::sort(sorted.begin(), sorted.end());
    for (int m : sorted) {
      const int64_t low = *rc::gen::inRange<int64_t>(100, 20000);
      const int64_t high = low + *rc::gen::inRange<int64_t>(0, 500);
      Bar b;
      b.ts = ExchangeCalendar::new_york_to_utc(day, m * kNanosPerMinute);
      b.low = Price::from_raw(low * 10'000'000);  // cents
      b.high = Price::from_raw(high * 10'000'000);
      b.open = Price::from_raw(*rc::gen::inRange(low, high + 1) * 10'000'000);
      b.close = Price::from_raw(*rc::gen::inRange(low, high + 1) * 10'000'000);
      b.volume = Quantity::from_units(*rc::gen::inRange<int64_t>(0, 100000));
      bars.push_back(b);
    }
  }
  return bars;
}

// Naive model: each in-session bar goes to the bucket the calendar says it belongs to.
std::map<int64_t, Bar> model_buckets(const std::vector<Bar>& in, BarInterval to,
                                     uint32_t* dropped) {
  std::map<int64_t, Bar> buckets;
  for (const Bar& b : in) {
    const std::optional<Session> s = nyse().session_at(b.ts);
    if (!s) {
      ++*dropped;
      continue;
    }
    const int64_t start = to.is_daily() ? Timestamp::from_date(s->date).ns()
                                        : s->open.ns() + (b.ts - s->open) / to.ns() * to.ns();
    auto [it, fresh] = buckets.try_emplace(start, b);
    if (fresh) continue;
    it->second.high = std::max(it->second.high, b.high);
    it->second.low = std::min(it->second.low, b.low);
    it->second.close = b.close;
    it->second.volume += b.volume;
  }
  return buckets;
}

RC_GTEST_PROP(Resample, MatchesNaiveBucketModel, ()) {
  const std::vector<Bar> in = random_minute_bars();
  const BarInterval to =
      *rc::gen::element(BarInterval::minutes(5), BarInterval::hours(1), BarInterval::daily());
  Result<ResampledBars> r = resample_bars(in, BarInterval::minutes(1), to, nyse());
  RC_ASSERT(r.ok());
  uint32_t dropped = 0;
  const std::map<int64_t, Bar> model = model_buckets(in, to, &dropped);
  RC_ASSERT(r->dropped_outside_session == dropped);
  RC_ASSERT(r->bars.size() == model.size());
  std::size_t k = 0;
  for (const auto& [start, expected] : model) {  // std::map is ascending: output is sorted
    const Bar& got = r->bars[k++];
    RC_ASSERT(got.ts.ns() == start);
    RC_ASSERT(got.open == expected.open);
    RC_ASSERT(got.high == expected.high);
    RC_ASSERT(got.low == expected.low);
    RC_ASSERT(got.close == expected.close);
    RC_ASSERT(got.volume == expected.volume);
  }
}

}  // namespace
}  // namespace qtb::data
