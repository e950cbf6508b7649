// CorporateActionRow: one split or cash dividend as stored in corporate_actions. Value type.
// The data layer's corporate-action model converts to and from this row.
#pragma once

#include <cstdint>

#include "core/date.h"
#include "core/money.h"

namespace qtb::store {

enum class CorporateActionKind { kSplit, kDividend };

struct CorporateActionRow {
  Date ex_date;
  CorporateActionKind kind = CorporateActionKind::kSplit;
  // Split: new shares per old, numerator / denominator (a 3-for-2 split is 3 / 2); 1 / 1 for a
  // dividend.
  int64_t split_numerator = 1;
  int64_t split_denominator = 1;
  // Dividend per share with its currency; zero for a split.
  Money dividend;

  friend bool operator==(const CorporateActionRow&, const CorporateActionRow&) = default;
};

// "split" or "dividend", as stored in corporate_actions.kind.
const char* corporate_action_kind_name(CorporateActionKind kind);

}  // namespace qtb::store
