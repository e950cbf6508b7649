#include "core/money.h"

#include <fmt/format.h>

namespace qtb {

Result<Currency> Currency::parse(std::string_view code) {
  if (code.size() != 3)
    return invalid_argument(fmt::format("currency \"{}\" is not 3 letters", code));
  Currency c;
  for (std::size_t i = 0; i < 3; ++i) {
    if (code[i] < 'A' || code[i] > 'Z') {
      return invalid_argument(fmt::format("currency \"{}\" is not 3 upper-case letters", code));
    }
    c.code_[i] = code[i];
  }
  return c;
}

Result<Money> Money::parse(std::string_view text, Currency currency) {
  Result<Amount> amount = Amount::parse(text);
  if (!amount.ok()) return amount.error();
  return Money(*amount, currency);
}

Money notional(Price price, Quantity quantity, Currency currency, Rounding mode) {
  // raw_p * raw_q is in 10^-(9+6); Money is 10^-6, so divide by 10^9.
  constexpr int64_t kDen =
      fixed_point::pow10(Price::kDecimals + Quantity::kDecimals - Amount::kDecimals);
  return Money::from_raw(fixed_point::mul_div(price.raw(), quantity.raw(), kDen, mode), currency);
}

Price unit_price(Money total, Quantity quantity, Rounding mode) {
  // total(10^-6) / qty(10^-6) -> price 10^-9: multiply by 10^9 before dividing.
  int64_t den = quantity.raw();
  int64_t num = total.raw();
  if (den < 0) {
    den = -den;
    num = fixed_point::checked_sub(0, num, "unit_price");
  }
  return Price::from_raw(fixed_point::mul_div(num, Price::kScale, den, mode));
}

Money pro_rata(Money total, Quantity part, Quantity whole, Rounding mode) {
  return Money::from_raw(fixed_point::mul_div(total.raw(), part.raw(), whole.raw(), mode),
                         total.currency());
}

}  // namespace qtb
