#include "indicators/rolling_extreme.h"

#include <cassert>

namespace qtb::ind {

RollingExtreme::RollingExtreme(Kind kind, std::size_t period)
    : kind_(kind),
      period_(static_cast<int64_t>(period)),
      values_(period, 0.0),
      indices_(period, 0) {
  assert(period >= 1);
}

void RollingExtreme::push(double value) {
  const std::size_t capacity = values_.size();
  // The oldest entry leaves once it is `period` bars behind the new one; at most one can.
  if (size_ > 0 && indices_[head_] <= next_index_ - period_) {
    head_ = head_ + 1 == capacity ? 0 : head_ + 1;
    --size_;
  }
  // Entries the new value dominates can never be the extreme again.
  while (size_ > 0) {
    std::size_t back = head_ + size_ - 1;
    if (back >= capacity) back -= capacity;
    if (!dominates(value, values_[back])) break;
    --size_;
  }
  std::size_t at = head_ + size_;
  if (at >= capacity) at -= capacity;
  values_[at] = value;
  indices_[at] = next_index_++;
  ++size_;
}

}  // namespace qtb::ind
