#include "data/cache/bar_cache.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "data/cache/bar_cache_writer.h"
#include "test_bars.h"

namespace qtb {
namespace {

using testing_support::random_bars;
using testing_support::ScratchDir;

Timestamp day(int d) { return Timestamp::from_date(Date::from_ymd(2024, 1, d)); }

// Two tickers of daily bars: AAA on Jan 1..10, BBB on Jan 5..14.
class BarCacheTest : public ::testing::Test {
 protected:
  BarCacheTest() : cache_(dir_.path()) {
    const BarCacheWriter writer(dir_.path());
    aaa_ = random_bars(1, 10, day(1), kNanosPerDay);
    bbb_ = random_bars(2, 10, day(5), kNanosPerDay);
    EXPECT_TRUE(writer.write("AAA", BarInterval::daily(), aaa_).ok());
    EXPECT_TRUE(writer.write("BBB", BarInterval::daily(), bbb_).ok());
  }

  ScratchDir dir_;
  BarCache cache_;
  std::vector<Bar> aaa_;
  std::vector<Bar> bbb_;
};

TEST_F(BarCacheTest, LoadManySlicesEveryTickerToTheHalfOpenRange) {
  const std::vector<std::string> tickers{"BBB", "AAA"};
  Result<LoadedSeries> loaded = cache_.load_many(tickers, BarInterval::daily(), day(3), day(8));
  ASSERT_TRUE(loaded.ok()) << loaded.error().message();
  ASSERT_EQ(loaded->views.size(), 2u);
  // BBB: Jan 5, 6, 7 (Jan 8 excluded). AAA: Jan 3..7.
  ASSERT_EQ(loaded->views[0].size(), 3u);
  EXPECT_EQ(loaded->views[0].ts(0), day(5));
  EXPECT_EQ(loaded->views[0].close(2), bbb_[2].close);
  ASSERT_EQ(loaded->views[1].size(), 5u);
  EXPECT_EQ(loaded->views[1].ts(0), day(3));
  EXPECT_EQ(loaded->views[1].close(4), aaa_[6].close);
  EXPECT_EQ(loaded->series[1].symbol(), "AAA");
  EXPECT_EQ(loaded->series[1].size(), 10u);
}

TEST_F(BarCacheTest, LoadedViewsSurviveMovingTheResult) {
  const std::vector<std::string> tickers{"AAA"};
  Result<LoadedSeries> loaded = cache_.load_many(tickers, BarInterval::daily(), day(1), day(31));
  ASSERT_TRUE(loaded.ok());
  const LoadedSeries moved = std::move(loaded).value();
  EXPECT_EQ(moved.views[0].close(9), aaa_[9].close);
}

TEST_F(BarCacheTest, LoadManyNamesTheMissingFile) {
  const std::vector<std::string> tickers{"AAA", "MSFT"};
  Result<LoadedSeries> loaded = cache_.load_many(tickers, BarInterval::daily(), day(1), day(9));
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().code(), ErrorCode::kNotFound);
  EXPECT_NE(loaded.error().message().find("MSFT/1day.qtbc"), std::string::npos)
      << loaded.error().message();
}

TEST_F(BarCacheTest, OtherIntervalIsAnotherFile) {
  const Result<MappedSeries> r = cache_.open("AAA", BarInterval::minutes(1));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code(), ErrorCode::kNotFound);
}

TEST_F(BarCacheTest, IsFreshWhenTheStoreFingerprintMatches) {
  EXPECT_TRUE(cache_.is_fresh("AAA", BarInterval::daily(), fingerprint_of(aaa_)));
}

TEST_F(BarCacheTest, IsStaleWhenTheStoreGainedABar) {
  std::vector<Bar> store = aaa_;
  store.push_back(Bar{day(11), "1"_px, "1"_px, "1"_px, "1"_px, "1"_qty, {}});
  EXPECT_FALSE(cache_.is_fresh("AAA", BarInterval::daily(), fingerprint_of(store)));
}

TEST_F(BarCacheTest, IsStaleWhenAStoreBarWasRevised) {
  // Same count, first and last ts: only the content hash can tell.
  std::vector<Bar> store = aaa_;
  store[4].close = store[4].close + Price::from_raw(1);
  EXPECT_FALSE(cache_.is_fresh("AAA", BarInterval::daily(), fingerprint_of(store)));
}

TEST_F(BarCacheTest, IsStaleWhenNotCachedOrCorrupt) {
  EXPECT_FALSE(cache_.is_fresh("ZZZ", BarInterval::daily(), fingerprint_of({})));
  const std::filesystem::path path = *cache_.path_for("AAA", BarInterval::daily());
  testing_support::write_bytes(path, "garbage");
  EXPECT_FALSE(cache_.is_fresh("AAA", BarInterval::daily(), fingerprint_of(aaa_)));
}

TEST_F(BarCacheTest, OpenRejectsASymbolUnsafeAsAFileName) {
  const Result<MappedSeries> r = cache_.open("../AAA", BarInterval::daily());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code(), ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace qtb
