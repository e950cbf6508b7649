// BarReplay: merges several symbols' bar series into one stream ordered by (ts, symbol id),
// the tie-break that keeps multi-symbol runs deterministic (ids are assigned in symbol-name
// order). It reads the caller's arrays in place and never copies bars: memory is one cursor
// per symbol plus the symbols grouped by their next timestamp.
// Why groups and not a heap of symbols: bars of many symbols share timestamps (daily closes,
// minute bars), so a group per distinct timestamp makes each step O(1) amortised; a binary
// heap over 500 symbols cost ~60 % of a whole sma_cross run (bench/backtest_bench.cc).
// Single-threaded; the spans must outlive the replay.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <span>
#include <vector>

#include "engine/order.h"
#include "model/bar.h"

namespace qtb {

struct ReplayStep {
  SymbolId symbol = 0;
  std::size_t index = 0;
  const Bar* bar = nullptr;
};

class BarReplay {
 public:
  // REQUIRES: each series ascending by ts.
  explicit BarReplay(std::vector<std::span<const Bar>> series);

  // The next bar in (ts, symbol) order; false when every series is exhausted.
  bool next(ReplayStep* step);

 private:
  // Queues `symbol` to be replayed at `ts_ns`.
  void enqueue(int64_t ts_ns, SymbolId symbol);

  std::vector<std::span<const Bar>> series_;
  std::vector<std::size_t> cursor_;
  std::map<int64_t, std::vector<SymbolId>> waiting_;  // next timestamp -> symbols
  std::vector<SymbolId> current_;                     // the group being replayed
  std::size_t position_ = 0;                          // next entry of current_
  std::vector<std::vector<SymbolId>> spare_;          // emptied groups, reused
};

}  // namespace qtb
