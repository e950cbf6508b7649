#include "data/cache/mapped_series.h"

#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "data/cache/bar_cache_format.h"
#include "data/cache/bar_cache_writer.h"
#include "test_bars.h"

namespace qtb {
namespace {

using testing_support::random_bars;
using testing_support::read_bytes;
using testing_support::ScratchDir;
using testing_support::write_bytes;

const Timestamp kStart = Timestamp::from_date(Date::from_ymd(2024, 1, 2));

class MappedSeriesTest : public ::testing::Test {
 protected:
  std::filesystem::path write(const std::vector<Bar>& bars, const std::string& name = "s.qtbc") {
    const std::filesystem::path path = dir_.path() / name;
    const Status s = BarCacheWriter::write_file(path, "SPY", BarInterval::daily(), bars);
    EXPECT_TRUE(s.ok()) << s.error().message();
    return path;
  }
  // Opens a copy of `bytes` in a new file. A new name each time: on ext4, truncating and
  // rewriting a file forces a flush on close (auto_da_alloc), ~3 ms per call.
  Result<MappedSeries> open_bytes(const std::string& bytes) {
    patched_ = dir_.path() / ("patched-" + std::to_string(patch_count_++) + ".qtbc");
    write_bytes(patched_, bytes);
    return MappedSeries::open(patched_);
  }
  // Checks that the last open_bytes() failed validation with a message naming the file.
  void expect_rejected(const Result<MappedSeries>& r, const std::string& reason) const {
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code(), ErrorCode::kValidation);
    EXPECT_EQ(r.error().message().rfind("bar cache " + patched_.string() + ": ", 0), 0u)
        << r.error().message();
    EXPECT_NE(r.error().message().find(reason), std::string::npos) << r.error().message();
  }

  ScratchDir dir_;
  std::filesystem::path patched_;
  int patch_count_ = 0;
};

void expect_same_bars(const SeriesView& view, const std::vector<Bar>& model) {
  ASSERT_EQ(view.size(), model.size());
  for (std::size_t i = 0; i < model.size(); ++i) {
    const Bar b = view.bar(i);
    EXPECT_EQ(b.ts, model[i].ts) << i;
    EXPECT_EQ(b.open, model[i].open) << i;
    EXPECT_EQ(b.high, model[i].high) << i;
    EXPECT_EQ(b.low, model[i].low) << i;
    EXPECT_EQ(b.close, model[i].close) << i;
    EXPECT_EQ(b.volume, model[i].volume) << i;
    EXPECT_EQ(b.adj_close, model[i].adj_close) << i;
    EXPECT_EQ(view.close_raw()[i], model[i].close.raw()) << i;
  }
}

TEST_F(MappedSeriesTest, RandomSeriesRoundTripExactly) {
  // Sizes around the 8-bar (64-byte) column padding boundary and one larger series.
  const std::size_t sizes[] = {1, 7, 8, 9, 63, 64, 65, 1000};
  uint64_t seed = 1;
  for (std::size_t n : sizes) {
    const std::vector<Bar> model = random_bars(seed++, n, kStart, kNanosPerMinute);
    Result<MappedSeries> s = MappedSeries::open(write(model));
    ASSERT_TRUE(s.ok()) << s.error().message();
    expect_same_bars(*s, model);
    EXPECT_EQ(s->symbol(), "SPY");
    EXPECT_TRUE(s->interval().is_daily());
    EXPECT_EQ(s->source(), fingerprint_of(model));
  }
}

TEST_F(MappedSeriesTest, EmptySeriesRoundTrips) {
  const std::filesystem::path path = write({});
  EXPECT_EQ(std::filesystem::file_size(path), 256u);  // header only
  Result<MappedSeries> s = MappedSeries::open(path);
  ASSERT_TRUE(s.ok()) << s.error().message();
  EXPECT_TRUE(s->empty());
  EXPECT_EQ(s->source().count, 0u);
  EXPECT_EQ(s->lower_bound(kStart), 0u);
}

TEST_F(MappedSeriesTest, SingleBarRoundTrips) {
  const std::vector<Bar> model{
      Bar{kStart, "470.5"_px, "472.25"_px, "469.125"_px, "471.000000001"_px, "1234.5"_qty, {}}};
  Result<MappedSeries> s = MappedSeries::open(write(model));
  ASSERT_TRUE(s.ok()) << s.error().message();
  expect_same_bars(*s, model);
  EXPECT_EQ(s->close(0).to_string(), "471.000000001");
}

TEST_F(MappedSeriesTest, ColumnsStartOn64ByteBoundaries) {
  Result<MappedSeries> s = MappedSeries::open(write(random_bars(3, 9, kStart, 1)));
  ASSERT_TRUE(s.ok());
  for (std::size_t c = 0; c < bar_cache::kColumnCount; ++c) {
    const auto addr =
        reinterpret_cast<std::uintptr_t>(s->column(static_cast<bar_cache::Column>(c)).data());
    EXPECT_EQ(addr % 64, 0u) << "column " << c;
  }
}

TEST_F(MappedSeriesTest, EveryTruncationIsRejected) {
  const std::string bytes = read_bytes(write(random_bars(4, 3, kStart, 1)));
  ASSERT_EQ(bytes.size(), 256u + 7 * 64);  // 3 bars = 24 bytes, padded to 64 per column
  for (std::size_t len = 0; len < bytes.size(); ++len) {
    SCOPED_TRACE(len);
    expect_rejected(open_bytes(bytes.substr(0, len)), "truncated");
  }
}

TEST_F(MappedSeriesTest, EveryFlippedByteIsRejected) {
  const std::string bytes = read_bytes(write(random_bars(5, 3, kStart, 1)));
  for (std::size_t at = 0; at < bytes.size(); ++at) {
    std::string patched = bytes;
    patched[at] = static_cast<char>(patched[at] ^ 0x10);
    const Result<MappedSeries> r = open_bytes(patched);
    ASSERT_FALSE(r.ok()) << "flip at byte " << at << " was accepted";
    EXPECT_EQ(r.error().code(), ErrorCode::kValidation);
  }
}

TEST_F(MappedSeriesTest, FlippedPayloadByteFailsTheChecksum) {
  std::string bytes = read_bytes(write(random_bars(6, 3, kStart, 1)));
  bytes[256 + 4 * 64 + 3] ^= 0x01;  // a byte of the first close
  expect_rejected(open_bytes(bytes), "payload checksum mismatch");
}

TEST_F(MappedSeriesTest, HeaderOnlyVerificationDoesNotHashThePayload) {
  std::string bytes = read_bytes(write(random_bars(6, 3, kStart, 1)));
  bytes[256 + 4 * 64 + 3] ^= 0x01;
  const std::filesystem::path path = dir_.path() / "patched.qtbc";
  write_bytes(path, bytes);
  EXPECT_TRUE(MappedSeries::open(path, CacheVerify::kHeaderOnly).ok());
  EXPECT_FALSE(MappedSeries::open(path, CacheVerify::kChecksum).ok());
}

TEST_F(MappedSeriesTest, WrongMagicIsRejected) {
  std::string bytes = read_bytes(write(random_bars(7, 3, kStart, 1)));
  bytes[0] = 'X';
  expect_rejected(open_bytes(bytes), "bad magic");
}

TEST_F(MappedSeriesTest, OtherFormatVersionIsRejected) {
  std::string bytes = read_bytes(write(random_bars(8, 3, kStart, 1)));
  const uint32_t version = 2;
  std::memcpy(bytes.data() + 8, &version, sizeof version);
  expect_rejected(open_bytes(bytes), "unsupported format version 2 (this build reads version 1)");
}

TEST_F(MappedSeriesTest, ByteSwappedEndianMarkerIsRejected) {
  std::string bytes = read_bytes(write(random_bars(9, 3, kStart, 1)));
  const uint64_t swapped = 0x0807060504030201ULL;
  std::memcpy(bytes.data() + 16, &swapped, sizeof swapped);
  expect_rejected(open_bytes(bytes), "other byte order");
}

TEST_F(MappedSeriesTest, TrailingBytesAreRejected) {
  const std::string bytes = read_bytes(write(random_bars(10, 3, kStart, 1)));
  expect_rejected(open_bytes(bytes + "x"), "1 unexpected bytes after the last column");
}

TEST_F(MappedSeriesTest, MissingFileIsNotFound) {
  const Result<MappedSeries> r = MappedSeries::open(dir_.path() / "absent.qtbc");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code(), ErrorCode::kNotFound);
  EXPECT_NE(r.error().message().find("absent.qtbc"), std::string::npos);
}

TEST_F(MappedSeriesTest, OldMappingStaysValidAfterAtomicReplace) {
  const std::vector<Bar> old_bars = random_bars(11, 100, kStart, 1);
  const std::vector<Bar> new_bars = random_bars(12, 50, kStart, 1);
  const std::filesystem::path path = write(old_bars);
  Result<MappedSeries> old_map = MappedSeries::open(path);
  ASSERT_TRUE(old_map.ok());
  write(new_bars);  // rename()s a new file over `path`
  expect_same_bars(*old_map, old_bars);
  Result<MappedSeries> new_map = MappedSeries::open(path);
  ASSERT_TRUE(new_map.ok());
  expect_same_bars(*new_map, new_bars);
}

TEST_F(MappedSeriesTest, MoveTransfersTheMapping) {
  const std::vector<Bar> model = random_bars(13, 10, kStart, 1);
  Result<MappedSeries> opened = MappedSeries::open(write(model));
  ASSERT_TRUE(opened.ok());
  MappedSeries moved(std::move(opened).value());
  expect_same_bars(moved, model);
  EXPECT_TRUE(opened->empty());  // NOLINT(bugprone-use-after-move): moved-from is empty
  Result<MappedSeries> other = MappedSeries::open(write(random_bars(14, 3, kStart, 1), "o.qtbc"));
  ASSERT_TRUE(other.ok());
  *other = std::move(moved);   // unmaps the 3-bar file, takes the 10-bar one
  EXPECT_TRUE(moved.empty());  // NOLINT(bugprone-use-after-move)
  expect_same_bars(*other, model);
}

}  // namespace
}  // namespace qtb
