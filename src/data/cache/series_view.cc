#include "data/cache/series_view.h"

#include <algorithm>

namespace qtb {

Bar SeriesView::bar(std::size_t i) const {
  return Bar{ts(i), open(i), high(i), low(i), close(i), volume(i), adj_close(i)};
}

std::size_t SeriesView::lower_bound(Timestamp t) const {
  const std::span<const int64_t> ts = ts_ns();
  return static_cast<std::size_t>(std::lower_bound(ts.begin(), ts.end(), t.ns()) - ts.begin());
}

SeriesView SeriesView::subview(std::size_t begin, std::size_t end) const {
  assert(begin <= end && end <= size_);
  Columns moved{};
  // An empty view keeps null columns so it never points past its mapping.
  if (begin == end) return SeriesView(moved, 0);
  for (std::size_t c = 0; c < bar_cache::kColumnCount; ++c) moved[c] = columns_[c] + begin;
  return SeriesView(moved, end - begin);
}

SeriesView SeriesView::slice(Timestamp from, Timestamp to) const {
  if (to <= from) return SeriesView();
  const std::size_t begin = lower_bound(from);
  const std::size_t end = std::max(begin, lower_bound(to));
  return subview(begin, end);
}

}  // namespace qtb
