// RollingExtreme: the maximum (or minimum) of the last `period` values, and the index of the
// bar that holds it, in amortised O(1) per value: a monotonic deque kept in fixed rings (no
// allocation after construction). Among equal values the newest wins, as TA-Lib's scans with
// >= / <= (ta_AROON.c, ta_MAX.c). Exact, so it gives TA-Lib's numbers. Single-threaded value.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace qtb::ind {

class RollingExtreme {
 public:
  enum class Kind : uint8_t { kMax, kMin };

  // REQUIRES: period >= 1.
  RollingExtreme(Kind kind, std::size_t period);

  // Adds the next value (bar index count()).
  void push(double value);
  // Values pushed so far.
  int64_t count() const { return next_index_; }
  // The extreme of the last `period` values (fewer at the start). REQUIRES: count() > 0.
  double value() const { return values_[head_]; }
  // The bar index (0-based, in push order) of value(). REQUIRES: count() > 0.
  int64_t index() const { return indices_[head_]; }

 private:
  bool dominates(double value, double other) const {
    return kind_ == Kind::kMax ? value >= other : value <= other;
  }

  Kind kind_;
  int64_t period_;
  std::vector<double> values_;
  std::vector<int64_t> indices_;
  std::size_t head_ = 0;
  std::size_t size_ = 0;
  int64_t next_index_ = 0;
};

}  // namespace qtb::ind
