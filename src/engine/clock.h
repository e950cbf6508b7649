// Clock: where the kernel reads "now". Backtests use TestClock, advanced by the replay; live
// trading will plug in a wall clock behind the same interface, so components never read the
// system time themselves. Not thread-safe; owned by the kernel, used by reference.
#pragma once

#include <cassert>

#include "core/date.h"

namespace qtb {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual Timestamp now() const = 0;
};

// A simulated clock that only moves forward.
class TestClock final : public Clock {
 public:
  explicit TestClock(Timestamp start = Timestamp()) : now_(start) {}
  Timestamp now() const override { return now_; }
  // REQUIRES: ts >= now(): a backtest never goes back in time.
  void advance_to(Timestamp ts) {
    assert(ts >= now_);
    now_ = ts;
  }

 private:
  Timestamp now_;
};

}  // namespace qtb
