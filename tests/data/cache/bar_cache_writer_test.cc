#include "data/cache/bar_cache_writer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "test_bars.h"

namespace qtb {
namespace {

using testing_support::random_bars;
using testing_support::ScratchDir;

const Timestamp kStart = Timestamp::from_date(Date::from_ymd(2024, 1, 2));

std::string listing(const std::filesystem::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    names.push_back(std::filesystem::relative(entry.path(), dir).string());
  }
  std::sort(names.begin(), names.end());
  std::string out;
  for (const std::string& n : names) out += n + " ";
  return out;
}

TEST(BarCacheWriter, WritesOneFilePerSymbolAndInterval) {
  ScratchDir dir;
  const BarCacheWriter writer(dir.path());
  const std::vector<Bar> bars = random_bars(1, 5, kStart, kNanosPerMinute);
  ASSERT_TRUE(writer.write("AAPL", BarInterval::daily(), bars).ok());
  ASSERT_TRUE(writer.write("AAPL", BarInterval::minutes(1), bars).ok());
  ASSERT_TRUE(writer.write("BRK.B", BarInterval::hours(1), bars).ok());
  // No temporary files are left behind.
  EXPECT_EQ(listing(dir.path()), "AAPL AAPL/1day.qtbc AAPL/1min.qtbc BRK.B BRK.B/1h.qtbc ");
}

TEST(BarCacheWriter, FileSizeIsHeaderPlusSevenPaddedColumns) {
  ScratchDir dir;
  const std::filesystem::path path = dir.path() / "x.qtbc";
  // 9 bars = 72 bytes per column, padded to 128: 256 + 7 * 128 = 1152.
  ASSERT_TRUE(
      BarCacheWriter::write_file(path, "X", BarInterval::daily(), random_bars(2, 9, kStart, 1))
          .ok());
  EXPECT_EQ(std::filesystem::file_size(path), 1152u);
}

TEST(BarCacheWriter, RejectsBarsOutOfOrder) {
  ScratchDir dir;
  std::vector<Bar> bars = random_bars(3, 4, kStart, kNanosPerDay);
  std::swap(bars[2].ts, bars[3].ts);
  const Status s = BarCacheWriter(dir.path()).write("SPY", BarInterval::daily(), bars);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(s.error().message(),
            "bar cache SPY/1day: bar 3 at 2024-01-04T00:00:00Z comes before bar 2; bars must be "
            "sorted by time without duplicates");
  EXPECT_EQ(listing(dir.path()), "");
}

TEST(BarCacheWriter, RejectsDuplicateTimestamps) {
  ScratchDir dir;
  std::vector<Bar> bars = random_bars(4, 3, kStart, kNanosPerDay);
  bars[1].ts = bars[0].ts;
  const Status s = BarCacheWriter(dir.path()).write("SPY", BarInterval::daily(), bars);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message().find("bar 1 at 2024-01-02T00:00:00Z duplicates bar 0"),
            std::string::npos)
      << s.error().message();
}

TEST(BarCacheWriter, RejectsSymbolsUnsafeAsFileNames) {
  ScratchDir dir;
  const BarCacheWriter writer(dir.path());
  for (const char* symbol : {"", "..", "../x", "A/B", "A B", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"}) {
    const Status s = writer.write(symbol, BarInterval::daily(), {});
    ASSERT_FALSE(s.ok()) << symbol;
    EXPECT_EQ(s.error().code(), ErrorCode::kInvalidArgument) << symbol;
  }
  EXPECT_EQ(listing(dir.path()), "");
}

TEST(BarCacheWriter, ReportsIoErrorNamingTheFile) {
  ScratchDir dir;
  const std::filesystem::path blocker = dir.path() / "file";
  testing_support::write_bytes(blocker, "not a directory");
  const Status s = BarCacheWriter(blocker).write("SPY", BarInterval::daily(), {});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code(), ErrorCode::kIoError);
  EXPECT_NE(s.error().message().find(blocker.string()), std::string::npos) << s.error().message();
}

}  // namespace
}  // namespace qtb
