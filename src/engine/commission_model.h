// CommissionModel: what one fill costs, in exact Money rounded half-even to cents.
// Models are immutable after construction and safe to share between threads.
#pragma once

#include <memory>
#include <string_view>

#include "core/money.h"
#include "core/result.h"

namespace qtb {

class CommissionModel {
 public:
  virtual ~CommissionModel() = default;
  // The commission for one fill of `quantity` (> 0) shares at `price`.
  virtual Money for_fill(Quantity quantity, Price price) const = 0;
};

// A flat amount per order (every fill is one order: no partial fills yet).
std::unique_ptr<CommissionModel> per_order_commission(Money amount);
// `per_share` times the shares.
std::unique_ptr<CommissionModel> per_share_commission(Money per_share);
// `bps` basis points (1 bp = 0.01 %) of the trade value; bps is in Money's 6-digit units.
std::unique_ptr<CommissionModel> bps_commission(Amount bps);
// Interactive Brokers "Fixed" pricing for US stocks: USD 0.005 per share, at least USD 1.00,
// at most 1% of trade value (the cap wins over the minimum). Source:
// https://www.interactivebrokers.com/en/pricing/commissions-stocks.php (its examples:
// 100 @ 25 = 1.00, 1,000 @ 25 = 5.00, 1,000 @ 0.25 = 2.50). Regulatory pass-through fees
// (SEC, FINRA TAF) are not modelled.
std::unique_ptr<CommissionModel> ib_fixed_commission();

// Parses "none", "ib_fixed", "per_order:X", "per_share:X" or "bps:X" (X exact decimal >= 0).
Result<std::unique_ptr<CommissionModel>> parse_commission_model(std::string_view spec);

}  // namespace qtb
