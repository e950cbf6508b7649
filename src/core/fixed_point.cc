#include "core/fixed_point.h"

#include <fmt/format.h>

namespace qtb::fixed_point {

std::string format(int64_t raw, int decimals, int min_decimals) {
  const bool negative = raw < 0;
  // Work in unsigned so INT64_MIN prints correctly.
  uint64_t magnitude = negative ? (~static_cast<uint64_t>(raw) + 1) : static_cast<uint64_t>(raw);
  const auto scale = static_cast<uint64_t>(pow10(decimals));
  const uint64_t whole = magnitude / scale;
  uint64_t frac = magnitude % scale;
  char frac_buf[24];
  int frac_len = decimals;
  for (int i = decimals - 1; i >= 0; --i) {
    frac_buf[i] = static_cast<char>('0' + frac % 10);
    frac /= 10;
  }
  while (frac_len > min_decimals && frac_buf[frac_len - 1] == '0') --frac_len;
  std::string out;
  out.reserve(32);
  if (negative) out.push_back('-');
  out += fmt::format_int(whole).str();
  if (frac_len > 0) {
    out.push_back('.');
    out.append(frac_buf, static_cast<std::size_t>(frac_len));
  }
  return out;
}

int64_t rescale(int64_t raw, int from_decimals, int to_decimals, Rounding mode) {
  if (to_decimals >= from_decimals) {
    return checked_mul(raw, pow10(to_decimals - from_decimals), "rescale");
  }
  return mul_div(raw, 1, pow10(from_decimals - to_decimals), mode);
}

int64_t mul_div(int64_t a, int64_t b, int64_t den, Rounding mode) {
  if (den <= 0) throw OverflowError("mul_div: non-positive denominator");
  const Int128 q = divide_rounded(static_cast<Int128>(a) * b, den, mode);
  if (q > INT64_MAX || q < INT64_MIN) {
    throw OverflowError(fmt::format("fixed-point overflow in mul_div({}, {}, {})", a, b, den));
  }
  return static_cast<int64_t>(q);
}

int64_t checked_add(int64_t a, int64_t b, const char* what) {
  int64_t out = 0;
  if (__builtin_add_overflow(a, b, &out)) {
    throw OverflowError(fmt::format("fixed-point overflow in {}", what));
  }
  return out;
}

int64_t checked_sub(int64_t a, int64_t b, const char* what) {
  int64_t out = 0;
  if (__builtin_sub_overflow(a, b, &out)) {
    throw OverflowError(fmt::format("fixed-point overflow in {}", what));
  }
  return out;
}

int64_t checked_mul(int64_t a, int64_t b, const char* what) {
  int64_t out = 0;
  if (__builtin_mul_overflow(a, b, &out)) {
    throw OverflowError(fmt::format("fixed-point overflow in {}", what));
  }
  return out;
}

std::string parse_error_message(const ParseOutcome& outcome, std::string_view text, int decimals) {
  switch (outcome.status) {
    case ParseStatus::kOk:
      return "";
    case ParseStatus::kEmpty:
      return "empty value";
    case ParseStatus::kBadChar:
    case ParseStatus::kNoDigits:
      return fmt::format("not a number \"{}\"", text);
    case ParseStatus::kTooManyDecimals:
      return fmt::format("\"{}\" has more than {} decimal places", text, decimals);
    case ParseStatus::kOverflow:
      return fmt::format("\"{}\" is out of range", text);
  }
  return "unparseable";
}

}  // namespace qtb::fixed_point
