#include "engine/commission_model.h"

#include <string>

namespace qtb {
namespace {

Money cents(Money m) { return m.round(2, Rounding::kHalfEven); }

class PerOrder final : public CommissionModel {
 public:
  explicit PerOrder(Money amount) : amount_(amount) {}
  Money for_fill(Quantity, Price) const override { return amount_; }

 private:
  Money amount_;
};

class PerShare final : public CommissionModel {
 public:
  explicit PerShare(Money per_share) : per_share_(per_share) {}
  Money for_fill(Quantity quantity, Price) const override {
    // per_share * quantity: the quantity's raw carries 10^6, so divide that scale back out.
    return cents(per_share_.mul_div(quantity.raw(), Quantity::kScale, Rounding::kHalfEven));
  }

 private:
  Money per_share_;
};

class Bps final : public CommissionModel {
 public:
  explicit Bps(Amount bps) : bps_(bps) {}
  Money for_fill(Quantity quantity, Price price) const override {
    const Money value = notional(price, quantity);
    // value * bps / 10000, with bps carrying Amount's 10^6 scale.
    return cents(value.mul_div(bps_.raw(), 10000 * Amount::kScale, Rounding::kHalfEven));
  }

 private:
  Amount bps_;
};

class IbFixed final : public CommissionModel {
 public:
  Money for_fill(Quantity quantity, Price price) const override {
    const Money per_share = "0.005"_usd;
    const Money minimum = "1"_usd;
    Money fee = per_share.mul_div(quantity.raw(), Quantity::kScale, Rounding::kHalfEven);
    if (fee < minimum) fee = minimum;
    const Money cap = notional(price, quantity).mul_div(1, 100, Rounding::kHalfEven);
    if (fee > cap) fee = cap;
    return cents(fee);
  }
};

Result<Amount> parse_amount(std::string_view spec, std::string_view text) {
  Result<Amount> amount = Amount::parse(text);
  if (!amount.ok()) return amount.error().with_context("--commission " + std::string(spec));
  if (amount->is_negative()) {
    return invalid_argument("--commission " + std::string(spec) + ": must not be negative");
  }
  return amount;
}

}  // namespace

std::unique_ptr<CommissionModel> per_order_commission(Money amount) {
  return std::make_unique<PerOrder>(amount);
}
std::unique_ptr<CommissionModel> per_share_commission(Money per_share) {
  return std::make_unique<PerShare>(per_share);
}
std::unique_ptr<CommissionModel> bps_commission(Amount bps) { return std::make_unique<Bps>(bps); }
std::unique_ptr<CommissionModel> ib_fixed_commission() { return std::make_unique<IbFixed>(); }

Result<std::unique_ptr<CommissionModel>> parse_commission_model(std::string_view spec) {
  if (spec == "none") return per_order_commission("0"_usd);
  if (spec == "ib_fixed") return ib_fixed_commission();
  const std::size_t colon = spec.find(':');
  if (colon != std::string_view::npos) {
    const std::string_view kind = spec.substr(0, colon);
    const std::string_view value = spec.substr(colon + 1);
    if (kind == "per_order" || kind == "per_share" || kind == "bps") {
      Result<Amount> amount = parse_amount(spec, value);
      if (!amount.ok()) return amount.error();
      if (kind == "per_order") return per_order_commission(Money::usd(*amount));
      if (kind == "per_share") return per_share_commission(Money::usd(*amount));
      return bps_commission(*amount);
    }
  }
  return invalid_argument("--commission " + std::string(spec) +
                          ": expected none, ib_fixed, per_order:X, per_share:X or bps:X");
}

}  // namespace qtb
