// RingWindow: the last `capacity` values of a stream, for the O(1) rolling updates of the
// streaming indicators (the value leaving a window, the middle of a TRIMA window). A plain
// value type; single-threaded like the streams that own it.
#pragma once

#include <cassert>
#include <cstddef>
#include <vector>

namespace qtb::ind {

class RingWindow {
 public:
  // REQUIRES: capacity >= 1.
  explicit RingWindow(std::size_t capacity) : values_(capacity, 0.0) { assert(capacity >= 1); }

  // Stores `value` as the newest, dropping the oldest once full.
  void push(double value) {
    values_[next_] = value;
    next_ = next_ + 1 == values_.size() ? 0 : next_ + 1;
    if (count_ < values_.size()) ++count_;
  }
  // The value pushed `lag` pushes ago (0 = newest). REQUIRES: lag < size().
  double at_lag(std::size_t lag) const {
    assert(lag < count_);
    const std::size_t n = values_.size();
    std::size_t at = next_ + n - 1 - lag;  // < 2n since lag < n
    if (at >= n) at -= n;
    return values_[at];
  }
  std::size_t size() const { return count_; }
  std::size_t capacity() const { return values_.size(); }
  bool full() const { return count_ == values_.size(); }

 private:
  std::vector<double> values_;
  std::size_t next_ = 0;
  std::size_t count_ = 0;
};

}  // namespace qtb::ind
