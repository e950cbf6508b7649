// Money: an exact amount with its currency; 6 fraction digits, range about +/-9.2e12.
// Arithmetic across currencies is a programming error and throws CurrencyMismatch.
// Notional is never Price * Quantity by operator: call notional(px, qty) and see the rounding.
#pragma once

#include <array>
#include <stdexcept>
#include <string>
#include <string_view>

#include "core/fixed_point.h"
#include "core/price.h"
#include "core/quantity.h"

namespace qtb {

// ISO 4217 code, three upper-case letters.
class Currency {
 public:
  constexpr Currency() : code_{'U', 'S', 'D'} {}
  static Result<Currency> parse(std::string_view code);
  static constexpr Currency usd() { return Currency(); }
  std::string code() const { return std::string(code_.data(), code_.size()); }
  friend constexpr bool operator==(Currency a, Currency b) = default;

 private:
  std::array<char, 3> code_;
};

class CurrencyMismatch : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

struct AmountTag {};
using Amount = FixedDecimal<AmountTag, 6>;

class Money {
 public:
  static constexpr int kDecimals = Amount::kDecimals;

  constexpr Money() = default;
  constexpr Money(Amount amount, Currency currency) : amount_(amount), currency_(currency) {}
  static constexpr Money usd(Amount amount) { return Money(amount, Currency::usd()); }
  static constexpr Money from_raw(int64_t raw, Currency currency = Currency::usd()) {
    return Money(Amount::from_raw(raw), currency);
  }
  // Exact parse of "123.45" in `currency`.
  static Result<Money> parse(std::string_view text, Currency currency = Currency::usd());

  constexpr Amount amount() const { return amount_; }
  constexpr int64_t raw() const { return amount_.raw(); }
  constexpr Currency currency() const { return currency_; }
  double to_double() const { return amount_.to_double(); }
  std::string to_string() const { return amount_.to_string(); }
  std::string to_string(int decimals, Rounding mode = Rounding::kHalfEven) const {
    return amount_.to_string(decimals, mode);
  }
  // Cents by default: round(2, kHalfEven). Whole dollars for tax forms: round(0, ...).
  Money round(int decimals, Rounding mode) const {
    return Money(amount_.round(decimals, mode), currency_);
  }
  bool is_zero() const { return amount_.is_zero(); }
  bool is_negative() const { return amount_.is_negative(); }
  bool is_positive() const { return amount_.is_positive(); }
  Money abs() const { return Money(amount_.abs(), currency_); }
  Money mul_div(int64_t num, int64_t den, Rounding mode) const {
    return Money(amount_.mul_div(num, den, mode), currency_);
  }

  friend Money operator+(Money a, Money b) {
    check_same(a, b);
    return Money(a.amount_ + b.amount_, a.currency_);
  }
  friend Money operator-(Money a, Money b) {
    check_same(a, b);
    return Money(a.amount_ - b.amount_, a.currency_);
  }
  Money operator-() const { return Money(-amount_, currency_); }
  Money& operator+=(Money other) { return *this = *this + other; }
  Money& operator-=(Money other) { return *this = *this - other; }
  friend bool operator==(Money a, Money b) = default;
  friend std::strong_ordering operator<=>(Money a, Money b) {
    check_same(a, b);
    return a.amount_ <=> b.amount_;
  }

 private:
  static void check_same(Money a, Money b) {
    if (!(a.currency_ == b.currency_)) {
      throw CurrencyMismatch("money: " + a.currency_.code() + " vs " + b.currency_.code());
    }
  }

  Amount amount_;
  Currency currency_;
};

consteval Money operator""_usd(const char* text, std::size_t len) {
  return Money::usd(parse_literal<Amount>(text, len));
}

// price * quantity, rounded to Money's 6 digits by `mode`. Throws OverflowError.
Money notional(Price price, Quantity quantity, Currency currency = Currency::usd(),
               Rounding mode = Rounding::kHalfEven);

// money / quantity as a per-unit price (average cost). REQUIRES: quantity != 0.
Price unit_price(Money total, Quantity quantity, Rounding mode = Rounding::kHalfEven);

// total * part / whole, for pro-rata allocation of basis or fees. REQUIRES: whole > 0.
Money pro_rata(Money total, Quantity part, Quantity whole, Rounding mode = Rounding::kHalfEven);

}  // namespace qtb
