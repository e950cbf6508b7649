#include "data/cache/series_view.h"

#include <gtest/gtest.h>

#include <array>
#include <string>

namespace qtb {
namespace {

// Four bars at ts 10, 20, 30, 40 ns; close i is (i+1) raw units, volume 100*(i+1) raw units.
class FourBars : public ::testing::Test {
 protected:
  FourBars() {
    for (std::size_t c = 0; c < bar_cache::kColumnCount; ++c) {
      for (std::size_t i = 0; i < 4; ++i) data_[c][i] = static_cast<int64_t>((c + 1) * (i + 1));
      columns_[c] = data_[c].data();
    }
    for (std::size_t i = 0; i < 4; ++i) data_[0][i] = static_cast<int64_t>(10 * (i + 1));
    view_ = SeriesView(columns_, 4);
  }

  std::string ts_of(const SeriesView& v) const {
    std::string out;
    for (int64_t ts : v.ts_ns()) out += std::to_string(ts) + " ";
    return out;
  }
  SeriesView slice(int64_t from, int64_t to) const {
    return view_.slice(Timestamp::from_ns(from), Timestamp::from_ns(to));
  }

  std::array<std::array<int64_t, 4>, bar_cache::kColumnCount> data_{};
  SeriesView::Columns columns_{};
  SeriesView view_;
};

TEST_F(FourBars, LowerBoundFindsFirstBarAtOrAfter) {
  EXPECT_EQ(view_.lower_bound(Timestamp::from_ns(5)), 0u);
  EXPECT_EQ(view_.lower_bound(Timestamp::from_ns(10)), 0u);
  EXPECT_EQ(view_.lower_bound(Timestamp::from_ns(11)), 1u);
  EXPECT_EQ(view_.lower_bound(Timestamp::from_ns(40)), 3u);
  EXPECT_EQ(view_.lower_bound(Timestamp::from_ns(41)), 4u);
}

TEST_F(FourBars, SliceIsHalfOpenAtBothBoundaries) {
  EXPECT_EQ(ts_of(slice(20, 40)), "20 30 ");
  EXPECT_EQ(ts_of(slice(15, 35)), "20 30 ");
  EXPECT_EQ(ts_of(slice(40, 41)), "40 ");
  EXPECT_EQ(ts_of(slice(0, 10)), "");
  EXPECT_EQ(ts_of(slice(0, 1000)), "10 20 30 40 ");
}

TEST_F(FourBars, EmptyOrInvertedRangeGivesEmptySlice) {
  EXPECT_TRUE(slice(41, 50).empty());
  EXPECT_TRUE(slice(30, 30).empty());
  EXPECT_TRUE(slice(30, 20).empty());
}

TEST_F(FourBars, SliceKeepsColumnsAligned) {
  const SeriesView s = slice(30, 50);
  ASSERT_EQ(s.size(), 2u);
  // Column kClose (index 4) holds 5 * (i + 1): bar 2 -> 15, bar 3 -> 20.
  EXPECT_EQ(s.close(0), Price::from_raw(15));
  EXPECT_EQ(s.close(1), Price::from_raw(20));
  EXPECT_EQ(s.ts(1), Timestamp::from_ns(40));
}

TEST_F(FourBars, BarAssemblesEveryField) {
  const Bar b = view_.bar(1);  // column c holds (c + 1) * 2 for bar 1
  EXPECT_EQ(b.ts, Timestamp::from_ns(20));
  EXPECT_EQ(b.open, Price::from_raw(4));
  EXPECT_EQ(b.high, Price::from_raw(6));
  EXPECT_EQ(b.low, Price::from_raw(8));
  EXPECT_EQ(b.close, Price::from_raw(10));
  EXPECT_EQ(b.volume, Quantity::from_raw(12));
  EXPECT_EQ(b.adj_close, Price::from_raw(14));
}

TEST(SeriesView, DefaultIsEmpty) {
  const SeriesView v;
  EXPECT_TRUE(v.empty());
  EXPECT_EQ(v.lower_bound(Timestamp::from_ns(0)), 0u);
  EXPECT_TRUE(v.slice(Timestamp::from_ns(0), Timestamp::from_ns(100)).empty());
}

}  // namespace
}  // namespace qtb
