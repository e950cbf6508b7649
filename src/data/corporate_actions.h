// Corporate actions (splits, cash dividends) and backward price adjustment. Raw bars stay as
// stored; adjust_bars returns adjusted copies. Pure functions; thread-safe.
//
// Adjustment (CRSP cumulative factors; Yahoo Finance "Adj Close", whose method is the CRSP
// one, see docs/data.md): each action makes a factor applied to every bar strictly before
// its ex-date.
//   split n-for-d (2:1, reverse 1:10): price factor d/n, volume factor n/d;
//   cash dividend D: price factor 1 - D / C, C the raw close of the last bar before the
//   ex-date; volume unchanged.
// A bar's price is multiplied by the product of the factors of all later ex-dates.
// Exactness: split ratios are kept as an exact reduced fraction; dividend factors are decimals
// with kFactorDecimals fraction digits, each factor and each running product rounded
// half-even. A price is then raw * dividend_product * split_den / split_num computed in 128
// bits and rounded half-even once to Price's 9 digits; volume is rounded half-even to
// Quantity's 6 digits.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "core/result.h"
#include "model/bar.h"

namespace qtb::data {

enum class CorporateActionKind { kSplit, kCashDividend };

struct CorporateAction {
  std::string ticker;  // upper-case, e.g. "AAPL"
  Date ex_date;
  CorporateActionKind kind = CorporateActionKind::kSplit;
  // Split: `numerator` new shares for every `denominator` old (2-for-1: 2/1; 1-for-10: 1/10).
  int64_t numerator = 1;
  int64_t denominator = 1;
  Money dividend;  // per share, for kCashDividend
};

enum class AdjustMode { kSplitOnly, kSplitAndDividend };

// Digits of the decimal dividend factors (see the header comment).
inline constexpr int kFactorDecimals = 12;

// Parses CSV `symbol,ex_date,type,value` with a header row; type is `split` (value "2:1") or
// `dividend` / `cash_dividend` (value "0.24", USD). Every bad row is reported, one per line:
// `actions.csv:3 value: split ratio must be N:D with positive integers, got "2-1"`.
Result<std::vector<CorporateAction>> parse_corporate_actions_csv(std::string_view text,
                                                                 std::string_view file);

// Backward-adjusted copies of `raw` (ascending by ts) for the actions of one instrument
// (`actions` in any order; the caller filters by ticker). adj_close of each output bar is its
// adjusted close. Fails when a dividend is not below the previous close (factor <= 0).
Result<std::vector<Bar>> adjust_bars(std::span<const Bar> raw,
                                     std::span<const CorporateAction> actions, AdjustMode mode);

}  // namespace qtb::data
