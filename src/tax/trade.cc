#include "tax/trade.h"

#include <algorithm>

namespace qtb::tax {

void sort_trades(std::vector<Trade>& trades) {
  std::stable_sort(trades.begin(), trades.end(), [](const Trade& a, const Trade& b) {
    if (a.trade_date != b.trade_date) return a.trade_date < b.trade_date;
    return a.ts != b.ts ? a.ts < b.ts : a.line < b.line;
  });
}

}  // namespace qtb::tax
