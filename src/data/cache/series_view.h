// SeriesView: a non-owning columnar view of bars sorted by strictly increasing timestamp,
// normally into a MappedSeries. Copying is cheap (seven pointers and a size). A view is valid
// while the mapping it points into lives; it is immutable and safe to read from many threads.
#pragma once

#include <array>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <span>

#include "core/date.h"
#include "core/price.h"
#include "core/quantity.h"
#include "data/cache/bar_cache_format.h"
#include "model/bar.h"

namespace qtb {

class SeriesView {
 public:
  using Columns = std::array<const int64_t*, bar_cache::kColumnCount>;

  SeriesView() = default;
  // REQUIRES: each column points to `size` int64 values; timestamps strictly increase.
  SeriesView(const Columns& columns, std::size_t size) : columns_(columns), size_(size) {}

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  std::span<const int64_t> column(bar_cache::Column c) const {
    return {columns_[static_cast<std::size_t>(c)], size_};
  }
  std::span<const int64_t> ts_ns() const { return column(bar_cache::Column::kTs); }
  std::span<const int64_t> open_raw() const { return column(bar_cache::Column::kOpen); }
  std::span<const int64_t> high_raw() const { return column(bar_cache::Column::kHigh); }
  std::span<const int64_t> low_raw() const { return column(bar_cache::Column::kLow); }
  std::span<const int64_t> close_raw() const { return column(bar_cache::Column::kClose); }
  std::span<const int64_t> volume_raw() const { return column(bar_cache::Column::kVolume); }
  std::span<const int64_t> adj_close_raw() const { return column(bar_cache::Column::kAdjClose); }

  // REQUIRES: i < size() for every typed accessor.
  Timestamp ts(std::size_t i) const { return Timestamp::from_ns(at(bar_cache::Column::kTs, i)); }
  Price open(std::size_t i) const { return price(bar_cache::Column::kOpen, i); }
  Price high(std::size_t i) const { return price(bar_cache::Column::kHigh, i); }
  Price low(std::size_t i) const { return price(bar_cache::Column::kLow, i); }
  Price close(std::size_t i) const { return price(bar_cache::Column::kClose, i); }
  Quantity volume(std::size_t i) const {
    return Quantity::from_raw(at(bar_cache::Column::kVolume, i));
  }
  Price adj_close(std::size_t i) const { return price(bar_cache::Column::kAdjClose, i); }
  Bar bar(std::size_t i) const;

  // Index of the first bar with ts >= t; size() when there is none.
  std::size_t lower_bound(Timestamp t) const;
  // Bars [begin, end). REQUIRES: begin <= end <= size().
  SeriesView subview(std::size_t begin, std::size_t end) const;
  // Bars with from <= ts < to; empty when to <= from.
  SeriesView slice(Timestamp from, Timestamp to) const;

 private:
  int64_t at(bar_cache::Column c, std::size_t i) const {
    assert(i < size_);
    return columns_[static_cast<std::size_t>(c)][i];
  }
  Price price(bar_cache::Column c, std::size_t i) const { return Price::from_raw(at(c, i)); }

  Columns columns_{};
  std::size_t size_ = 0;
};

}  // namespace qtb
