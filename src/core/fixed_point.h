// Exact fixed-point decimal machinery shared by Price, Quantity and Money.
// A value is an int64 "raw" count of 10^-D units. Text is parsed digit by digit and printed
// from the integer, never through double. Arithmetic that would overflow throws
// qtb::OverflowError; rounding is always named by the caller.
// Stateless and thread-safe.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace qtb {

enum class Rounding {
  kHalfEven,  // banker's rounding: ties to the even neighbour (default for money)
  kHalfUp,    // ties away from zero
  kDown,      // toward zero (truncate)
  kFloor,     // toward negative infinity
  kCeiling,   // toward positive infinity
};

namespace fixed_point {

// 128-bit intermediate for exact products (GCC/Clang extension).
__extension__ using Int128 = __int128;

constexpr int64_t pow10(int n) {
  int64_t p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}

enum class ParseStatus { kOk, kEmpty, kBadChar, kNoDigits, kTooManyDecimals, kOverflow };

struct ParseOutcome {
  ParseStatus status = ParseStatus::kOk;
  int64_t raw = 0;
  std::size_t bad_pos = 0;  // index of the offending character for kBadChar
};

// Divides `num` by `den` (den > 0) rounding the quotient as `mode` says.
constexpr Int128 divide_rounded(Int128 num, Int128 den, Rounding mode) {
  Int128 q = num / den;
  Int128 r = num % den;
  if (r == 0) return q;
  const bool negative = num < 0;
  const Int128 abs_r2 = (r < 0 ? -r : r) * 2;
  switch (mode) {
    case Rounding::kDown:
      return q;
    case Rounding::kFloor:
      return negative ? q - 1 : q;
    case Rounding::kCeiling:
      return negative ? q : q + 1;
    case Rounding::kHalfUp:
      if (abs_r2 >= den) return negative ? q - 1 : q + 1;
      return q;
    case Rounding::kHalfEven:
      if (abs_r2 > den || (abs_r2 == den && (q % 2 != 0))) return negative ? q - 1 : q + 1;
      return q;
  }
  return q;
}

// Parses plain decimal text ("-12.50", "+3", ".5", "7.") into raw units of 10^-decimals.
// Digits beyond `decimals` are an error unless `mode` is given (then they are rounded).
constexpr ParseOutcome parse(std::string_view text, int decimals, const Rounding* mode) {
  ParseOutcome out;
  if (text.empty()) {
    out.status = ParseStatus::kEmpty;
    return out;
  }
  std::size_t i = 0;
  bool negative = false;
  if (text[0] == '-' || text[0] == '+') {
    negative = text[0] == '-';
    ++i;
  }
  Int128 value = 0;
  int frac_digits = 0;
  bool seen_dot = false;
  bool seen_digit = false;
  Int128 extra_num = 0;  // digits beyond `decimals`, rounded at the end
  Int128 extra_den = 1;
  constexpr Int128 kLimit = static_cast<Int128>(INT64_MAX) + 1;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '.') {
      if (seen_dot) {
        out.status = ParseStatus::kBadChar;
        out.bad_pos = i;
        return out;
      }
      seen_dot = true;
      continue;
    }
    if (c < '0' || c > '9') {
      out.status = ParseStatus::kBadChar;
      out.bad_pos = i;
      return out;
    }
    seen_digit = true;
    const int digit = c - '0';
    if (seen_dot && frac_digits >= decimals) {
      if (mode == nullptr) {
        if (digit != 0) out.status = ParseStatus::kTooManyDecimals;
        continue;  // trailing zeros beyond the scale are exact
      }
      if (extra_den < static_cast<Int128>(pow10(18))) {
        extra_num = extra_num * 10 + digit;
        extra_den *= 10;
      } else if (digit != 0 && extra_num % 10 == 0) {
        extra_num += 1;  // sticky digit: keeps "exactly half" from looking exact
      }
      continue;
    }
    value = value * 10 + digit;
    if (seen_dot) ++frac_digits;
    if (value > kLimit * 10) {  // early stop; final range check below
      out.status = ParseStatus::kOverflow;
      return out;
    }
  }
  if (!seen_digit) {
    out.status = ParseStatus::kNoDigits;
    return out;
  }
  if (out.status == ParseStatus::kTooManyDecimals) return out;
  for (int k = frac_digits; k < decimals; ++k) {
    value *= 10;
    if (value > kLimit * 10) {
      out.status = ParseStatus::kOverflow;
      return out;
    }
  }
  if (negative) value = -value;
  if (extra_num != 0) {
    const Int128 signed_extra = negative ? -extra_num : extra_num;
    value = divide_rounded(value * extra_den + signed_extra, extra_den, *mode);
  }
  if (value > INT64_MAX || value < INT64_MIN) {
    out.status = ParseStatus::kOverflow;
    return out;
  }
  out.raw = static_cast<int64_t>(value);
  return out;
}

// Exact decimal text of raw / 10^decimals, keeping at least `min_decimals` fraction digits
// and dropping trailing zeros beyond them.
std::string format(int64_t raw, int decimals, int min_decimals);

// raw * 10^(to - from), rounded when to < from. Throws OverflowError.
int64_t rescale(int64_t raw, int from_decimals, int to_decimals, Rounding mode);

// a * b / den rounded, computed in 128 bits. Throws OverflowError if the result leaves int64.
int64_t mul_div(int64_t a, int64_t b, int64_t den, Rounding mode);

// Checked int64 arithmetic; throw OverflowError naming `what`.
int64_t checked_add(int64_t a, int64_t b, const char* what);
int64_t checked_sub(int64_t a, int64_t b, const char* what);
int64_t checked_mul(int64_t a, int64_t b, const char* what);

// One-line human reason for a failed parse, e.g. `not a number "1O2.5"`.
std::string parse_error_message(const ParseOutcome& outcome, std::string_view text, int decimals);

}  // namespace fixed_point

// CRTP-free template for a typed decimal with a fixed number of fraction digits.
// Distinct Tag types keep Price, Quantity and Money amounts from mixing by accident.
template <typename Tag, int Decimals>
class FixedDecimal {
 public:
  static constexpr int kDecimals = Decimals;
  static constexpr int64_t kScale = fixed_point::pow10(Decimals);

  constexpr FixedDecimal() = default;
  static constexpr FixedDecimal from_raw(int64_t raw) { return FixedDecimal(raw); }
  // Whole units, e.g. from_units(100) == 100.000... Throws OverflowError.
  static FixedDecimal from_units(int64_t units) {
    return FixedDecimal(fixed_point::checked_mul(units, kScale, "from_units"));
  }

  // Exact parse; more fraction digits than kDecimals (other than zeros) is an error.
  static Result<FixedDecimal> parse(std::string_view text) { return parse_impl(text, nullptr); }
  // Parse that rounds fraction digits beyond kDecimals as `mode` says.
  static Result<FixedDecimal> parse(std::string_view text, Rounding mode) {
    return parse_impl(text, &mode);
  }

  constexpr int64_t raw() const { return raw_; }
  // For analytics only (returns, indicators); never feed the result back into money.
  // Below 2^53 raw units both the integer and the power of ten are exact doubles, so the one
  // IEEE division gives the double nearest the decimal, the same one strtod would give.
  double to_double() const {
    constexpr int64_t kExactLimit = int64_t{1} << 53;
    if (raw_ > -kExactLimit && raw_ < kExactLimit) {
      return static_cast<double>(raw_) / static_cast<double>(kScale);
    }
    return static_cast<double>(raw_ / kScale) +
           static_cast<double>(raw_ % kScale) / static_cast<double>(kScale);
  }
  // Exact, shortest text: "101.25", "-0.5", "100".
  std::string to_string() const { return fixed_point::format(raw_, Decimals, 0); }
  // Text with exactly `decimals` fraction digits, rounded by `mode`.
  std::string to_string(int decimals, Rounding mode = Rounding::kHalfEven) const {
    return fixed_point::format(round(decimals, mode).raw_, Decimals, decimals);
  }
  // The value rounded to `decimals` fraction digits (0 <= decimals <= kDecimals).
  FixedDecimal round(int decimals, Rounding mode) const {
    if (decimals >= Decimals) return *this;
    const int64_t step = fixed_point::pow10(Decimals - decimals);
    return FixedDecimal(fixed_point::mul_div(raw_, 1, step, mode) * step);
  }

  constexpr bool is_zero() const { return raw_ == 0; }
  constexpr bool is_positive() const { return raw_ > 0; }
  constexpr bool is_negative() const { return raw_ < 0; }
  FixedDecimal abs() const { return raw_ < 0 ? -*this : *this; }

  friend FixedDecimal operator+(FixedDecimal a, FixedDecimal b) {
    return FixedDecimal(fixed_point::checked_add(a.raw_, b.raw_, "add"));
  }
  friend FixedDecimal operator-(FixedDecimal a, FixedDecimal b) {
    return FixedDecimal(fixed_point::checked_sub(a.raw_, b.raw_, "subtract"));
  }
  FixedDecimal operator-() const {
    return FixedDecimal(fixed_point::checked_sub(0, raw_, "negate"));
  }
  FixedDecimal& operator+=(FixedDecimal other) { return *this = *this + other; }
  FixedDecimal& operator-=(FixedDecimal other) { return *this = *this - other; }
  // Scaling by a whole number (e.g. 3 lots of a price).
  friend FixedDecimal operator*(FixedDecimal a, int64_t k) {
    return FixedDecimal(fixed_point::checked_mul(a.raw_, k, "multiply"));
  }
  // a * num / den, rounded (pro-rata splits, split ratios). REQUIRES: den > 0.
  FixedDecimal mul_div(int64_t num, int64_t den, Rounding mode) const {
    return FixedDecimal(fixed_point::mul_div(raw_, num, den, mode));
  }

  friend constexpr auto operator<=>(FixedDecimal a, FixedDecimal b) = default;
  friend constexpr bool operator==(FixedDecimal a, FixedDecimal b) = default;

 private:
  constexpr explicit FixedDecimal(int64_t raw) : raw_(raw) {}

  static Result<FixedDecimal> parse_impl(std::string_view text, const Rounding* mode) {
    const fixed_point::ParseOutcome out = fixed_point::parse(text, Decimals, mode);
    if (out.status != fixed_point::ParseStatus::kOk) {
      return Error(out.status == fixed_point::ParseStatus::kOverflow ? ErrorCode::kOutOfRange
                                                                     : ErrorCode::kInvalidArgument,
                   fixed_point::parse_error_message(out, text, Decimals));
    }
    return FixedDecimal(out.raw);
  }

  int64_t raw_ = 0;
};

// Compile-time parse for literals: a malformed literal fails to compile.
template <typename T>
consteval T parse_literal(const char* text, std::size_t len) {
  const fixed_point::ParseOutcome out =
      fixed_point::parse(std::string_view(text, len), T::kDecimals, nullptr);
  if (out.status != fixed_point::ParseStatus::kOk) {
    throw "invalid fixed-point literal";  // NOLINT: a throw in consteval is a compile error
  }
  return T::from_raw(out.raw);
}

}  // namespace qtb
